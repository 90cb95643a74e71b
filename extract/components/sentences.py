"""``citekg_sentences``: sentence boundaries for titles and abstracts, found cheaply.

Abstracts are well-formed prose, so a sentence ends at ``.``, ``!`` or ``?``
followed (after closing quotes or brackets) by a word starting with a capital,
a digit or an opening bracket, unless the mark ends an abbreviation (``et al.``,
``Fig.``, ``vs.``; spaCy's tokenizer already keeps ``e.g.``, ``i.e.`` and
initials such as ``J.`` in one token). A line break inside whitespace (the
blank line between a paper's title and its abstract) is a boundary too.

Candidate tokens are found with one vectorised pass over the Doc's token ids;
only those few are looked at in Python, and only sentence starts are marked.
The character offsets of the starts are kept in ``doc._.citekg_sent_starts``
so later steps find a mention's sentence by bisection.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

import numpy
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["SENT_STARTS_ATTR", "SentenceSplitter", "sentence_of"]

#: ``doc._.citekg_sent_starts``: character offsets of the sentence starts, 0 first.
SENT_STARTS_ATTR = "citekg_sent_starts"
if not Doc.has_extension(SENT_STARTS_ATTR):
    Doc.set_extension(SENT_STARTS_ATTR, default=None)

_END_MARKS = (".", "!", "?", "…")
_CLOSERS = frozenset({")", "]", "}", '"', "'", "”", "’", "»"})
_OPENERS = frozenset({"(", "[", "{", '"', "'", "“", "‘", "«"})
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
    i = max(bisect_right(starts, start) - 1, 0)
    j = bisect_right(starts, max(end - 1, start))
    first = starts[i] if starts else 0
    last = starts[j] if j < len(starts) else len(text)
    return text[first:last].strip()


class SentenceSplitter:
    """Marks sentence starts; see the module docstring for the rules."""

    def __init__(self, nlp: Language, name: str = "citekg_sentences") -> None:
        self.name = name
        self._end_ids = numpy.asarray(
            [nlp.vocab.strings.add(m) for m in _END_MARKS], dtype="uint64"
        )

    def starts(self, doc: Doc) -> list[int]:
        """Indices of the tokens that start a sentence, the first token excluded."""
        if len(doc) < 2:
            return []
        array = doc.to_array([ORTH, IS_SPACE])
        candidates = numpy.flatnonzero(numpy.isin(array[:, 0], self._end_ids) | (array[:, 1] == 1))
        out = []
        n = len(doc)
        for i in candidates.tolist():
            token = doc[i]
            if token.is_space:
                if "\n" in token.text and i + 1 < n:
                    out.append(i + 1)
                continue
            j = i + 1
            # closing quotes and brackets stick to the mark: `."` or `.)`
            while j < n and doc[j].text in _CLOSERS and not doc[j - 1].whitespace_:
                j += 1
            if j >= n:
                continue
            following = doc[j]
            if following.is_space:
                continue  # a line break: handled as its own candidate
            first = following.text[0]
            if not (first.isupper() or first.isdigit() or following.text in _OPENERS):
                continue
            if token.text == "." and i > 0 and doc[i - 1].lower_ in _ABBREVIATIONS:
                continue
            out.append(j)
        return out

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            doc._.set(SENT_STARTS_ATTR, [0])
            return doc
        starts = self.starts(doc)
        doc[0].is_sent_start = True
        for i in starts:
            doc[i].is_sent_start = True
        if len(doc) > 1 and doc[1].is_sent_start is None:
            doc[1].is_sent_start = False  # so a one-sentence Doc counts as segmented
        doc._.set(SENT_STARTS_ATTR, [0, *(doc[i].idx for i in starts)])
        return doc

    def to_disk(self, path: Any, *, exclude: Any = ()) -> None:
        """Nothing to save: the splitter has no data."""

    def from_disk(self, path: Any, *, exclude: Any = ()) -> SentenceSplitter:
        """Nothing to load."""
        return self


@Language.factory(
    "citekg_sentences",
    assigns=["token.is_sent_start", f"doc._.{SENT_STARTS_ATTR}"],
    default_config={},
)
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    """Factory of the ``citekg_sentences`` component."""
    return SentenceSplitter(nlp, name)
