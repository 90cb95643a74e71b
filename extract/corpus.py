"""The bundled default corpus: the user's list of the 100 best AI papers of the last five years."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["BUNDLED_CORPUS_NAME", "bundled_corpus"]

BUNDLED_CORPUS_NAME = "best-ai-papers.txt"


def bundled_corpus() -> Path:
    """The path of the bundled paper list (what ``citekg build`` reads with no input).

    >>> bundled_corpus().name
    'best-ai-papers.txt'
    """
    return Path(str(resources.files("citekg") / "data" / BUNDLED_CORPUS_NAME))
