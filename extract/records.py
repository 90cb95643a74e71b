"""Plain records that flow between citekg's stages.

Every stage is a function over these dataclasses: readers yield :class:`Paper`
and :class:`Reject`; the extractor turns a paper into an :class:`Extraction`;
the graph builder consumes both. They hold only strings, numbers and tuples,
so they pickle cheaply into worker processes and serialise to JSON as they are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields, replace
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar

_T = TypeVar("_T")

__all__ = [
    "ENTITY_TYPES",
    "Entity",
    "Extraction",
    "Institution",
    "Mention",
    "Paper",
    "Reject",
    "normalize_title",
]


def _pickles_as_tuple(cls: type[_T]) -> type[_T]:
    """Pickle the frozen slots dataclass ``cls`` as a tuple of its field values.

    For a slots dataclass Python's own ``__getstate__`` and ``__setstate__`` look
    up ``fields()`` on every object, which made pickling extraction records (in
    worker processes, for the parent) cost about 60 microseconds a paper, a tenth
    of extracting it. One C-level attribute getter per class brings that to 23;
    unpickling, which sets the slots by name without calling ``__init__``, stays
    at about 23.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    assert len(names) >= 2, "attrgetter of one name gives no tuple"
    _SLOT_NAMES[cls] = names
    state = attrgetter(*names)

    def __reduce__(self: Any) -> tuple[Any, tuple[Any, ...]]:
        return _rebuild, (cls, state(self))

    cls.__reduce__ = __reduce__  # type: ignore[method-assign,assignment]
    return cls


_SLOT_NAMES: dict[type, tuple[str, ...]] = {}


def _rebuild(cls: type[_T], values: tuple[Any, ...]) -> _T:
    """The record of class ``cls`` with these field values (the inverse of its
    ``__reduce__``); the values were checked when the record was first made."""
    record = object.__new__(cls)
    for name, value in zip(_SLOT_NAMES[cls], values, strict=True):
        object.__setattr__(record, name, value)
    return record


#: The entity types of the annotation guidelines: four core types plus ``method``.
ENTITY_TYPES = ("model", "dataset", "benchmark", "organization", "method")

#: The kinds of thing the types name, which the guidelines' lenient reading does not
#: tell apart: a system (model or method), data (dataset or benchmark), an organisation.
TYPE_GROUPS: dict[str | None, str] = {
    "model": "system",
    "method": "system",
    "dataset": "data",
    "benchmark": "data",
    "organization": "organization",
}


def normalize_title(title: str) -> str:
    """Fold a title to the key used to spot the same paper twice.

    Unicode compatibility forms, case, accents, punctuation and runs of spaces
    are folded away.

    >>> normalize_title("  GPT-4 Technical   Report. ")
    'gpt 4 technical report'
    >>> normalize_title("Ｓegment Ａnything") == normalize_title("Segment anything")
    True
    """
    text = unicodedata.normalize("NFKD", title).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


@_pickles_as_tuple
@dataclass(frozen=True, slots=True)
class Institution:
    """An organisation a paper's authors are affiliated with (from OpenAlex and the like)."""

    name: str
    ror: str | None = None


@_pickles_as_tuple
@dataclass(frozen=True, slots=True)
class Paper:
    """One paper as read from an input, whatever its format.

    ``id`` is the input's own identifier when it has one (an OpenAlex W-id, a
    Semantic Scholar paperId, an ``id`` column), otherwise the identity key
    built from the best identifier available (see :attr:`key`).
    ``references`` holds identity keys (``openalex:W…``, ``s2:…``, ``doi:…``,
    ``arxiv:…``) of cited works; ``categories`` are subject labels such as
    arXiv's ``cs.CL``; they become ``cites`` edges when the cited
    work is in the input too. ``file`` and ``line`` say where the record
    started; ``merged_from`` lists the ``file:line`` of duplicates merged into it.
    """

    id: str
    title: str
    abstract: str = ""
    citations: int | None = None
    rank: int | None = None
    year: int | None = None
    doi: str | None = None
    arxiv_id: str | None = None
    openalex_id: str | None = None
    s2_id: str | None = None
    authors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    institutions: tuple[Institution, ...] = ()
    references: tuple[str, ...] = ()
    file: str = ""
    line: int = 0
    merged_from: tuple[str, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        """Identity keys, strongest first: DOI, arXiv id, OpenAlex id, S2 id, title.

        >>> Paper(id="x", title="Attention Is All You Need", arxiv_id="1706.03762").keys
        ('arxiv:1706.03762', 'title:attention is all you need')
        """
        out = []
        if self.doi:
            out.append(f"doi:{self.doi.lower()}")
        if self.arxiv_id:
            out.append(f"arxiv:{self.arxiv_id.lower()}")
        if self.openalex_id:
            out.append(f"openalex:{self.openalex_id.upper()}")
        if self.s2_id:
            out.append(f"s2:{self.s2_id.lower()}")
        title = normalize_title(self.title)
        if title:
            out.append(f"title:{title}")
        return tuple(out)

    @property
    def key(self) -> str:
        """The strongest identity key: the paper's identity across inputs."""
        keys = self.keys
        return keys[0] if keys else f"id:{self.id}"

    @property
    def origin(self) -> str:
        """Where the record came from, as ``file:line``."""
        return f"{self.file}:{self.line}"

    @property
    def text(self) -> str:
        """The text the extractor reads: the title, a blank line, the abstract."""
        return f"{self.title}\n\n{self.abstract}" if self.abstract else self.title

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (tuples become lists, institutions dicts)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Paper:
        """Inverse of :meth:`to_dict`; unknown keys are ignored."""
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        for name in ("authors", "categories", "references", "merged_from"):
            if name in kwargs:
                kwargs[name] = tuple(kwargs[name] or ())
        if "institutions" in kwargs:
            kwargs["institutions"] = tuple(
                i if isinstance(i, Institution) else Institution(**i)
                for i in kwargs["institutions"] or ()
            )
        return cls(**kwargs)

    def merge(self, other: Paper) -> Paper:
        """This paper completed with what ``other`` (a duplicate of it) knows.

        Fields this record has win; empty ones are filled from ``other``; the
        larger citation count is kept (sources lag each other); lists are
        united in order.
        """
        updates: dict[str, Any] = {}
        for name in ("abstract", "rank", "year", "doi", "arxiv_id", "openalex_id", "s2_id"):
            if not getattr(self, name) and getattr(other, name):
                updates[name] = getattr(other, name)
        if other.citations is not None and (
            self.citations is None or other.citations > self.citations
        ):
            updates["citations"] = other.citations
        for name in ("authors", "categories", "institutions", "references"):
            mine = getattr(self, name)
            extra = tuple(x for x in getattr(other, name) if x not in mine)
            if extra:
                updates[name] = mine + extra
        updates["merged_from"] = (*self.merged_from, other.origin, *other.merged_from)
        return replace(self, **updates)


@_pickles_as_tuple
@dataclass(frozen=True, slots=True)
class Reject:
    """A record that could not be read: where, why, and its raw text (nothing is lost)."""

    file: str
    line: int
    reason: str
    raw: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, as written to ``rejects.jsonl``."""
        return asdict(self)


class Mention(NamedTuple):
    """One occurrence of an entity in a paper's title or abstract, with its evidence.

    ``start``/``end`` are character offsets into ``field`` (``"title"`` or
    ``"abstract"``); ``sentence`` is the sentence around it; ``rule`` names
    the catalog entry or the rule that fired; ``confidence`` is in [0, 1].
    A named tuple rather than a dataclass: papers have many mentions, and tuples
    pickle to and from worker processes about three times faster.
    """

    entity: str
    type: str
    text: str
    field: str
    start: int
    end: int
    sentence: str
    rule: str
    confidence: float


@_pickles_as_tuple
@dataclass(frozen=True, slots=True)
class Entity:
    """An entity found in one paper, in the annotation guidelines' shape.

    ``key`` identifies it across papers (its catalog id, or a key built from
    its name); ``name`` is the canonical name; ``aliases`` the other surface
    forms the paper uses.
    """

    key: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    introduced: bool = False
    developer: tuple[str, ...] = ()
    family: str | None = None
    parameters: str | None = None
    relations: tuple[str, ...] = ("mentions",)
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        """The guidelines' entity object (name, type, aliases, introduced) plus citekg's extras."""
        out: dict[str, Any] = {"name": self.name, "type": self.type}
        if self.aliases:
            out["aliases"] = list(self.aliases)
        if self.introduced:
            out["introduced"] = True
        out["key"] = self.key
        out["relations"] = list(self.relations)
        if self.family:
            out["family"] = self.family
        if self.parameters:
            out["parameters"] = self.parameters
        if self.developer:
            out["developer"] = list(self.developer)
        out["confidence"] = self.confidence
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        """Inverse of :meth:`to_dict`."""
        return cls(
            key=data["key"],
            name=data["name"],
            type=data["type"],
            aliases=tuple(data.get("aliases", ())),
            introduced=bool(data.get("introduced")),
            developer=tuple(data.get("developer", ())),
            family=data.get("family"),
            parameters=data.get("parameters"),
            relations=tuple(data.get("relations", ("mentions",))),
            confidence=float(data.get("confidence", 1.0)),
        )


@_pickles_as_tuple
@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extractor found in one paper: the contract between extract/ and graph/."""

    paper: str
    title: str
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    results: tuple[dict[str, Any], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """One line of ``citekg extract``'s JSONL: the guidelines' format plus evidence."""
        return {
            "id": self.paper,
            "title": self.title,
            "entities": [e.to_dict() for e in self.entities],
            "results": [dict(r) for r in self.results],
            "mentions": [m._asdict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        """Inverse of :meth:`to_dict`: a line of ``extractions.jsonl`` back as a record."""
        return cls(
            paper=data["id"],
            title=data.get("title", ""),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", ())),
            mentions=tuple(Mention(**m) for m in data.get("mentions", ())),
            results=tuple(dict(r) for r in data.get("results", ())),
        )
