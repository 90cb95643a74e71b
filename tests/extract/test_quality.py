"""The measured bar on the bundled corpus (lenient mode, as the reference scorer).

The gold file is ``tests/data/seed-gold.jsonl``, a copy of the gold annotation of
the 100 bundled papers; ``citekg.extract.evaluate`` applies the reference
scorer's rules (``test_evaluate.py`` checks that the figures are the same).
"""

from __future__ import annotations

import pytest

from citekg.extract.evaluate import evaluate


@pytest.fixture(scope="module")
def scores(bundled_build, data_dir):
    kg, _ = bundled_build
    return evaluate(data_dir / "seed-gold.jsonl", [x.to_dict() for x in kg.extractions])


def test_core_entities(scores):
    core = scores["lenient"].core
    assert core.f1 >= 0.95, core.to_dict()
    assert core.precision >= 0.93, core.to_dict()


def test_introduced(scores):
    assert scores["lenient"].introduced.f1 >= 0.90, scores["lenient"].introduced.to_dict()


def test_results(scores):
    assert scores["lenient"].results.f1 >= 0.80, scores["lenient"].results.to_dict()


def test_every_paper_is_scored(scores):
    assert scores["lenient"].papers == 100 and scores["lenient"].papers_missing == 0


@pytest.fixture(scope="module")
def dev_scores(data_dir):
    """The development set: 40 abstracts written and annotated for citekg (tests/data/dev)."""
    import citekg

    return citekg.evaluate(
        data_dir / "dev" / "gold.jsonl", data_dir / "dev" / "papers.jsonl", workers=1
    )


def test_development_set(dev_scores):
    lenient = dev_scores["lenient"]
    assert lenient.papers == 40 and lenient.papers_missing == 0
    assert lenient.core.f1 >= 0.90, lenient.core.to_dict()
    assert lenient.core.precision >= 0.93, lenient.core.to_dict()
    assert lenient.introduced.f1 >= 0.75, lenient.introduced.to_dict()
    assert lenient.results.f1 >= 0.60, lenient.results.to_dict()
