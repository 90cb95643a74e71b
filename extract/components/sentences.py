"""``citekg_sentences``: sentence boundaries for titles and abstracts, found cheaply.

Abstracts are well-formed prose, so a sentence ends at ``.``, ``!`` or ``?``
followed (after closing quotes or brackets) by a word starting with a capital,
a digit or an opening bracket, unless the mark ends an abbreviation (``et al.``,
``Fig.``, ``vs.``; spaCy's tokenizer already keeps ``e.g.``, ``i.e.`` and
initials such as ``J.`` in one token). A line break inside whitespace (the
blank line between a paper's title and its abstract) is a boundary too.

Boundaries are found with one regular expression over the text (which the
pipeline keeps beside the Doc), and only the few sentence-start tokens are marked.
The character offsets of the starts are kept in ``doc._.citekg_sent_starts``
so later steps find a mention's sentence by bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from citekg.extract.candidates import doc_text, set_extension
from citekg.extract.components.base import BatchComponent

__all__ = [
    "SENT_STARTS_ATTR",
    "SentenceSplitter",
    "sentence_indexes",
    "sentence_of",
    "sentence_starts",
]

#: ``doc._.citekg_sent_starts``: character offsets of the sentence starts, 0 first.
SENT_STARTS_ATTR = "citekg_sent_starts"
if not Doc.has_extension(SENT_STARTS_ATTR):
    Doc.set_extension(SENT_STARTS_ATTR, default=None)

_ABBREVIATIONS = frozenset(
    [
        "al",
        "fig",
        "figs",
        "eq",
        "eqs",
        "vs",
        "cf",
        "approx",
        "no",
        "nos",
        "sec",
        "ref",
        "refs",
        "dr",
        "mr",
        "ms",
        "prof",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "st",
        "etc",
        "resp",
        "viz",
        "ca",
        "vol",
        "pp",
        "ch",
        "e.g",  # "e.g. GPT-4": the dots inside are part of the word
        "i.e",
        "w.r.t",
        "a.k.a",
    ]
)


def sentence_of(text: str, starts: list[int], start: int, end: int) -> str:
    """The sentence of ``text`` holding ``text[start:end]``, given the sentence ``starts``.

    A span that crosses a boundary gets every sentence it touches.

    >>> text = "One. Two GPT-4 here. Three."
    >>> sentence_of(text, [0, 5, 21], 9, 14)
    'Two GPT-4 here.'
    >>> sentence_of(text, [0, 5, 21], 2, 7)
    'One. Two GPT-4 here.'
    """
    i, j = sentence_indexes(starts, start, end)
    first = starts[i] if starts else 0
    last = starts[j] if j < len(starts) else len(text)
    return text[first:last].strip()


def sentence_indexes(starts: list[int], start: int, end: int) -> tuple[int, int]:
    """``(i, j)``: the span ``[start, end)`` lies in sentences ``i`` to ``j - 1`` (indexes
    into ``starts``), so its sentence text runs from ``starts[i]`` to ``starts[j]``
    (or the end of the text when ``j == len(starts)``).

    >>> sentence_indexes([0, 5, 21], 9, 14), sentence_indexes([0, 5, 21], 2, 7)
    ((1, 2), (0, 2))
    """
    first = bisect_right(starts, start) - 1
    return (first if first > 0 else 0), bisect_right(starts, end - 1 if end > start else start)


_MARK_END = re.compile(r"""[.!?…]["')\]”’]*\s+(?=["'(\[“‘]?[A-Z0-9])""")
_BLANK_LINE = re.compile(r"\n\s*\n\s*")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: The run of word characters and dots that ends a string (empty if none does).
_WORD_BEFORE = re.compile(r"[\w.]*\Z")


def _is_word_char(char: str) -> bool:
    """Whether regular expressions' ``\\w`` matches ``char``."""
    return char.isalnum() or char == "_"


def _abbreviation_or_initial(head: str) -> bool:
    """Whether the mark ending ``head`` (the 12 characters before it, and it) closes an
    abbreviation (``e.g.``, ``Fig.``) or an initial (``J.``), so no sentence ends there."""
    mark = head[-1]
    if mark in ".!?":
        # the word (letters, digits, dots) right before the mark
        before = _WORD_BEFORE.search(head, 0, len(head) - 1)
        word = before.group() if before is not None else ""
        if word and word.lower().rstrip(".") in _ABBREVIATIONS:
            return True
    return (
        mark == "."
        and len(head) >= 2
        and head[-2] in _UPPER
        and (len(head) == 2 or not _is_word_char(head[-3]))
    )


def sentence_starts(text: str) -> list[int]:
    r"""Character offsets where sentences start, 0 first.

    A sentence ends at ``.``, ``!`` or ``?`` (closing quotes or brackets
    included) before a capital, a digit or an opening bracket, unless the
    mark ends an abbreviation or an initial; a blank line ends one too.

    >>> text = "We build X, e.g. for you. It works, cf. Fig. 2. J. Doe agrees.\n\nNext."
    >>> [text[i:i + 4] for i in sentence_starts(text)]
    ['We b', 'It w', 'J. D', 'Next']
    """
    # two plain patterns, not one alternation: the regex engine then skips quickly to
    # the next mark (or line break) instead of trying both branches at every character
    ends = {
        m.end()
        for m in _MARK_END.finditer(text)
        if not _abbreviation_or_initial(text[max(0, m.start() - 12) : m.start() + 1])
    }
    if "\n" in text:
        ends.update(m.end() for m in _BLANK_LINE.finditer(text))
    ends.discard(len(text))
    return [0, *sorted(ends)]


class SentenceSplitter(BatchComponent):
    """Marks sentence starts found by :func:`sentence_starts`; see the module docstring."""

    def __init__(
        self, nlp: Language, name: str = "citekg_sentences", *, mark_tokens: bool = True
    ) -> None:
        self.name = name
        self.mark_tokens = mark_tokens

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            set_extension(doc, SENT_STARTS_ATTR, [0])
            return doc
        starts = sentence_starts(doc_text(doc))
        set_extension(doc, SENT_STARTS_ATTR, starts)
        if not self.mark_tokens:
            return doc  # only the offsets are wanted (extraction records)
        doc[0].is_sent_start = True
        for offset in starts[1:]:
            span = doc.char_span(offset, offset + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
        if len(doc) > 1 and doc[1].is_sent_start is None:
            doc[1].is_sent_start = False  # so a one-sentence Doc counts as segmented
        return doc

    def to_disk(self, path: Any, *, exclude: Any = ()) -> None:
        """Nothing to save: the splitter has no data."""

    def from_disk(self, path: Any, *, exclude: Any = ()) -> SentenceSplitter:
        """Nothing to load."""
        return self


@Language.factory(
    "citekg_sentences",
    assigns=["token.is_sent_start", f"doc._.{SENT_STARTS_ATTR}"],
    default_config={"mark_tokens": True},
)
def make_sentence_splitter(nlp: Language, name: str, mark_tokens: bool) -> SentenceSplitter:
    """Factory of the ``citekg_sentences`` component."""
    return SentenceSplitter(nlp, name, mark_tokens=mark_tokens)
