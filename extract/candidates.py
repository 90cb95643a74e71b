"""What citekg's spaCy components pass to each other on a Doc.

The components run in order (sentences -> catalog -> discovery -> typing ->
resolution -> relations -> results) and each reads and writes these ``Doc``
extensions, all in character offsets of ``doc._.citekg_text``:

- ``citekg_text``: the Doc's text (rebuilding ``doc.text`` walks every token,
  so it is kept once);
- ``citekg_candidates``: :class:`Candidate` names found by the catalog and the
  discovery rules, typed by the typing step;
- ``citekg_entities``: :class:`DocEntity` records after resolution;
- ``citekg_results``: :class:`DocResult` scores after the results step;
- ``citekg_vetted_out``: the entities the vetting step left out, each with its probability.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

__all__ = [
    "Candidate",
    "DocEntity",
    "DocResult",
    "doc_text",
    "get_extension",
    "register_extensions",
    "set_extension",
]

EXTENSIONS = (
    "citekg_text",
    "citekg_candidates",
    "citekg_entities",
    "citekg_results",
    "citekg_acronyms",
    "citekg_vetted_out",
)


def register_extensions() -> None:
    """Register citekg's Doc extensions once (idempotent)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


def get_extension(doc: Doc, name: str) -> Any:
    """``doc._.<name>`` for one of citekg's Doc extensions (all have default ``None``).

    Read straight from ``doc.user_data``, where ``doc._`` stores it: each
    ``doc._`` access builds an ``Underscore`` object (about 2 µs), and the
    components read and write these values some 25 times per paper.
    """
    user_data: dict[Any, Any] = doc.user_data
    return user_data.get(("._.", name, None, None))  # spaCy's key for a Doc extension


def set_extension(doc: Doc, name: str, value: Any) -> None:
    """``doc._.<name> = value`` for one of citekg's Doc extensions (see :func:`get_extension`)."""
    user_data: dict[Any, Any] = doc.user_data
    user_data[("._.", name, None, None)] = value


def doc_text(doc: Doc) -> str:
    """The Doc's text, computed once and kept in ``doc._.citekg_text``."""
    text = get_extension(doc, "citekg_text")
    if text is None:
        text = doc.text
        set_extension(doc, "citekg_text", text)
    return text


@dataclass(slots=True)
class Candidate:
    """A name found in the text, before it is resolved to an entity.

    ``rule`` says what found it (``catalog:curated``, ``shape``, ``acronym``,
    ``contribution``, ``title``, ``head``, ``organization``...); ``type`` is
    filled by the catalog or the typing step, with the evidence in
    ``type_rule``; ``key`` is the catalog key when the catalog knows the name.
    ``introduced`` marks the paper's own contribution; ``partner`` links an
    acronym and its long form (index into the candidate list).
    """

    start: int
    end: int
    text: str
    rule: str
    type: str | None = None
    key: str | None = None
    type_rule: str = ""
    introduced: bool = False
    confidence: float = 0.5
    partner: int | None = None
    dropped: bool = False

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` character offsets."""
        return self.start, self.end


@dataclass(slots=True)
class DocEntity:
    """One entity of a paper after resolution, with every place it is mentioned."""

    key: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Candidate] = field(default_factory=list)
    introduced: bool = False
    family: str | None = None
    parameters: str | None = None
    developer: list[str] = field(default_factory=list)
    relations: dict[str, str] = field(default_factory=dict)
    confidence: float = 0.5


@dataclass(slots=True)
class DocResult:
    """A score the text reports: model (or None), benchmark, value, metric, and where."""

    model: str | None
    benchmark: str
    value: float
    metric: str | None
    start: int
    end: int
    sentence: str
    rule: str
