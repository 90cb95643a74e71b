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


#: Modules whose examples share ``kg``, the bundled corpus built once per session: their
#: class docstring shows ``kg = citekg.build()``, the other docstrings reuse it.
USES_BUNDLED_KG = {"citekg.graph.kg"}


def test_modules_are_found():
    assert "citekg.extract.sources.paper_list" in MODULES
    assert "citekg.exports.graphml" in MODULES
    assert set(MODULES) >= USES_BUNDLED_KG


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name, request):
    module = importlib.import_module(name)
    extraglobs = {}
    if name in USES_BUNDLED_KG:
        extraglobs["kg"] = request.getfixturevalue("bundled_build")[0]
    result = doctest.testmod(
        module, extraglobs=extraglobs, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    )
    assert result.failed == 0
