"""Build citekg's spaCy pipeline: ``spacy.blank("en")`` plus citekg's own components.

Nothing is downloaded: the tokenizer is spaCy's rule-based English one and
every component's data ships inside this package.

>>> nlp = load_pipeline()
>>> nlp.pipe_names  # doctest: +NORMALIZE_WHITESPACE
['citekg_sentences', 'citekg_catalog', 'citekg_discovery', 'citekg_typing',
 'citekg_resolution', 'citekg_relations', 'citekg_results', 'citekg_vetting']
>>> doc = nlp("We compare GPT-4 with Llama-2 on MMLU: 86.4 vs 68.9.")
>>> [(e.text, e.label_) for e in doc.ents]
[('GPT-4', 'model'), ('Llama-2', 'model'), ('MMLU', 'benchmark')]
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache

import spacy
from spacy.language import Language

import citekg.extract.components  # noqa: F401 - registers the factories

__all__ = ["PIPE_NAMES", "cached_pipeline", "load_pipeline"]

#: The components of the default pipeline, in order.
PIPE_NAMES = (
    "citekg_sentences",
    "citekg_catalog",
    "citekg_discovery",
    "citekg_typing",
    "citekg_resolution",
    "citekg_relations",
    "citekg_results",
    "citekg_vetting",
)


def load_pipeline(
    catalog: Sequence[str | os.PathLike[str]] | None = None, *, records_only: bool = False
) -> Language:
    """A ready-to-run pipeline; ``catalog`` replaces the bundled catalog files.

    With ``records_only`` the components skip the spaCy annotations that
    extraction records do not need (token sentence starts, ``doc.spans``,
    ``doc.ents``), which is faster; citekg's own extraction uses that.
    The result saves with ``nlp.to_disk(path)`` and loads back, data included,
    with ``spacy.load(path)``.
    """
    configs: dict[str, dict] = {
        # doc.ents comes from the resolution step, so the catalog need not set it
        "citekg_catalog": {"set_ents": False},
    }
    if records_only:
        configs["citekg_sentences"] = {"mark_tokens": False}
        configs["citekg_catalog"]["spans_key"] = ""
        configs["citekg_resolution"] = {"set_ents": False}
        configs["citekg_vetting"] = {"set_ents": False}
    nlp = spacy.blank("en")
    for name in PIPE_NAMES:
        nlp.add_pipe(name, config=configs.get(name, {}))
    settings = {"catalog": [str(p) for p in catalog]} if catalog is not None else {}
    nlp.get_pipe("citekg_catalog").initialize(nlp=nlp, **settings)
    return nlp


@lru_cache(maxsize=1)
def cached_pipeline() -> Language:
    """The pipeline citekg's extraction runs, built once per process (building it takes a
    moment), with ``records_only`` set."""
    return load_pipeline(records_only=True)
