"""Run the examples in every docstring of citekg and its three stage subpackages."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import citekg.exports
import citekg.extract
import citekg.graph

PACKAGES = (citekg, citekg.extract, citekg.graph, citekg.exports)
MODULES = sorted(
    {pkg.__name__ for pkg in PACKAGES}
    | {
        info.name
        for pkg in PACKAGES
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")
        if not info.name.endswith("__main__")
    }
)


def test_modules_are_found():
    assert "citekg.extract.sources.paper_list" in MODULES
    assert "citekg.exports.graphml" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
