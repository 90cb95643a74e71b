"""Stage 1, ingest and extraction: papers in, :class:`Extraction` records out.

- :mod:`~citekg.extract.sources` reads paper lists, JSON Lines, CSV, OpenAlex,
  Semantic Scholar and arXiv dumps into :class:`Paper` records;
- :func:`load_pipeline` builds the spaCy pipeline (``spacy.blank("en")`` plus
  citekg's components), and :func:`extract_papers` runs it.

spaCy is imported only when the pipeline is needed, so reading is light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from citekg.extract.corpus import bundled_corpus
from citekg.extract.records import (
    ENTITY_TYPES,
    Entity,
    Extraction,
    Institution,
    Mention,
    Paper,
    Reject,
)
from citekg.extract.sources import (
    INPUT_FORMATS,
    MergeResult,
    RejectedRecordWarning,
    detect_format,
    merge_duplicates,
    read_papers,
    read_records,
)

if TYPE_CHECKING:
    from citekg.extract.extraction import doc_to_extraction, extract_papers
    from citekg.extract.pipeline import load_pipeline

__all__ = [
    "ENTITY_TYPES",
    "INPUT_FORMATS",
    "Entity",
    "Extraction",
    "Institution",
    "Mention",
    "MergeResult",
    "Paper",
    "Reject",
    "RejectedRecordWarning",
    "bundled_corpus",
    "detect_format",
    "doc_to_extraction",
    "extract_papers",
    "load_pipeline",
    "merge_duplicates",
    "read_papers",
    "read_records",
]

_LAZY = {
    "load_pipeline": "citekg.extract.pipeline",
    "extract_papers": "citekg.extract.extraction",
    "doc_to_extraction": "citekg.extract.extraction",
}


def __getattr__(name: str) -> Any:
    """Import the spaCy-backed functions on first use."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'citekg.extract' has no attribute {name!r}")
