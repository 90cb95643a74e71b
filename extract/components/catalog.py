"""``citekg_catalog``: find the catalog's known entities in a Doc.

Matching is a ``PhraseMatcher`` on lower-cased tokens over every spelling
variant of every name and alias (``GPT-4``, ``GPT 4``, ``GPT4``), which is
nearly free per document. What makes it precise is the case policy applied to
each hit (:func:`accept_case`): a common-word name (``Alpaca``, ``MATH``)
counts only when written exactly as the catalog writes it, a short acronym
only in its own case, anything else when the text shows a capital or a digit.
Overlapping hits go through a swappable overlap policy (longest wins).

The matches land in ``doc.spans[spans_key]`` and in ``doc.ents`` (label: the
entity type, ``kb_id_``: the catalog key).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry

from citekg.extract.candidates import Candidate, doc_text, get_extension, set_extension
from citekg.extract.catalog import CatalogEntry, entry_from_dict, load_catalog
from citekg.extract.components.base import BatchComponent
from citekg.extract.lexicon import (
    DATA_HEAD_BEFORE,
    TASK_NOUNS,
    inside_url,
    is_common_word,
    names_a_licence,
    names_a_metric,
)
from citekg.extract.naming import fold_name, spelling_variants

__all__ = [
    "CatalogMatcher",
    "UsesCatalog",
    "accept_case",
    "catalog_of",
    "make_catalog_matcher",
    "prefer_longest",
]

OverlapPolicy = Callable[[Iterable[Span]], list[Span]]
#: A catalog hit: start and end token, start and end character, entry index.
_Hit = tuple[int, int, int, int, int]
#: How many case verdicts a matcher remembers before it starts again.
_MAX_VERDICTS = 200_000
# where a name's parts meet: "Qwen2-VL", "Qwen|2", "7|B", and "SDXL|v1.0"
_PART_BOUNDARY = re.compile(
    r"[\s\-_/]+|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])|(?<=[A-Z])(?=v\d)|(?<=\w)(?=\+)|"
    r"(?<=\w)(?=['’]\d\d\b)"  # "WMT'22": a year's edition of WMT
)


@registry.misc("citekg.prefer_longest.v1")
def prefer_longest() -> OverlapPolicy:
    """Overlap policy: keep the longest span, then the first (spaCy's ``filter_spans``)."""
    return filter_spans


def _prefer_longest(hits: list[_Hit]) -> list[_Hit]:
    """:func:`prefer_longest` (spaCy's ``filter_spans``) on hits instead of Spans: the
    longest first, then the earliest, no token taken twice; in text order."""
    ranked = sorted(hits, key=lambda h: (h[1] - h[0], -h[0]), reverse=True)
    kept: list[_Hit] = []
    taken: set[int] = set()
    for hit in ranked:
        if hit[0] not in taken and hit[1] - 1 not in taken:
            kept.append(hit)
            taken.update(range(hit[0], hit[1]))
    return sorted(kept, key=lambda h: h[0])


def written_as_word(text: str, written: str) -> bool:
    """Whether ``written``, one capitalised word, is also written in lower case in
    ``text`` on its own (not joined by a hyphen): a paper on "apple yield" means the
    fruit by "Apple Leaf Diseases", not the company.

    >>> written_as_word("Apple Leaf Diseases. They cut apple yield.", "Apple")
    True
    >>> written_as_word("Apple's model and meta-learning", "Apple")
    False
    """
    if not written.isalpha() or written != written.capitalize():
        return False
    word = written.lower()
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if end < len(text) and text[end] == "s":
            end += 1  # "apples"
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and (
            end == len(text) or not (text[end].isalnum() or text[end] == "-")
        ):
            return True
        at = text.find(word, at + 1)
    return False


def accept_case(text: str, exact: frozenset[str], ambiguous: bool) -> bool:
    """Whether ``text``, matched case-insensitively, is written so that it names the entity.

    ``exact`` holds the entry's spellings in their catalog case; ``ambiguous``
    entries are also common words. The policy, in order:

    1. a spelling of the catalog, exactly: yes;
    2. a digit in it (``gpt4``, ``llama-2``): yes;
    3. no capital letter (``alpaca``, ``vision transformer``): no, unless a coined word
       of six letters or more whose catalog spelling has inner capitals (``nuscenes``);
    4. four letters or fewer in another case (``Bert``, ``Sam``): no;
    5. one word capitalised from an all-capitals spelling (``Nvidia``), the
       entry not ambiguous: yes;
    6. one word capitalised, and either the entry is ambiguous or the word is an English
       word merely capitalised (``Math``, ``Multiple`` at a sentence start): no;
    7. one word in capitals (``PEGASUS``), though the entry is ambiguous: yes;
    8. otherwise (``Chain-of-Thought``, ``LLAMA``): yes.

    >>> forms = frozenset({"Alpaca"})
    >>> accept_case("Alpaca", forms, True), accept_case("alpaca", forms, True)
    (True, False)
    >>> gpt = frozenset({"GPT-4", "GPT 4", "GPT4"})
    >>> accept_case("gpt-4", gpt, False), accept_case("Gpt-4", gpt, False)
    (True, True)
    >>> accept_case("Bert", frozenset({"BERT"}), False)
    False
    >>> accept_case("Math", frozenset({"MATH"}), True)
    False
    >>> accept_case("Chain-of-Thought", frozenset({"chain-of-thought"}), True)
    True
    >>> accept_case("Multiple", frozenset({"MultiPL-E"}), False)
    False
    >>> accept_case("Nvidia", frozenset({"NVIDIA"}), False)
    True
    >>> accept_case("PEGASUS", frozenset({"Pegasus"}), True)
    True
    >>> accept_case("nuscenes", frozenset({"nuScenes"}), False)
    True
    >>> zorb = frozenset({"Zorb"})
    >>> accept_case("Zorbs", zorb, False), accept_case("ZorbS", zorb, False)
    (True, False)
    """
    if text in exact:
        return True
    if text[-1:] == "S" and text[-2:-1].islower():
        return False  # "MagicoderS" is another name, not Magicoders
    if any(c.isdigit() for c in text):
        return True
    letters = [c for c in text if c.isalpha()]
    if not any(c.isupper() for c in letters):
        # "nuscenes" for "nuScenes": a coined word in lower case, not an English one
        return (
            not ambiguous
            and len(letters) >= 6
            and text.isalpha()
            and not is_common_word(text)
            and any(any(c.isupper() for c in form[1:]) for form in exact)
        )
    if len(letters) <= 4:
        return False
    one_word = not any(c.isspace() or c == "-" for c in text)
    if not one_word:
        return True
    if not ambiguous and text == text.capitalize() and text.upper() in exact:
        return True  # "Nvidia" for "NVIDIA": a name's capitals, not a word's
    if text.isupper():
        return True  # "PEGASUS" for "Pegasus": a word in capitals is written as a name
    return not (ambiguous or (text == text.capitalize() and is_common_word(text)))


def _pattern_tokenizer(nlp: Language):
    """A copy of the pipeline's tokenizer for the patterns.

    spaCy's tokenizer caches 10,000 chunks and never makes room again: tokenising
    thousands of patterns with it would leave no cache for the texts and make
    every later document 8 to 12 times slower to tokenise.
    """
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        copy = Tokenizer(nlp.vocab)
        copy.from_bytes(tokenizer.to_bytes())
        return copy
    return tokenizer


# a device's model number after a company's name: "Tesla T4", "Tesla V100 GPUs"
#: The next word of a name, after an institute's initials ("UCF" + " CC", "CMU" + "-MOSI"),
#: unless the institute's name goes on ("NTU Research", "MIT-IBM").
_NAME_PART_AFTER = re.compile(
    r"[ -](?!(?:Research|Labs?|AI|Inc|Team|Group|University|Institute|School|College)\b)"
    r"([A-Z0-9][\w+]*)"
)


#: A part with a digit glued after a name by a hyphen, not a size: "-o1", "-4o" (not
#: "-7B" or "-1T", which make a variant of the name before); or "-to-", which makes the
#: name a task's ("Massively Multilingual Speech-to-Speech Translation")
_VERSION_GLUED_AFTER = re.compile(r"-(?:(?!\d+(?:\.\d+)?[BMKT]\b)[A-Za-z]{0,3}\d|to-\w)")
#: A word glued after a name by a hyphen: "-Learning" of "Meta-Learning"
_GLUED_WORD_AFTER = re.compile(r"-([A-Za-z]{3,})\b(?!-)")
#: A task noun in title case right after a name: "... Speech Recognition"
_TASK_WORD_AFTER = re.compile(
    r" (?:" + "|".join(sorted(w.capitalize() for w in TASK_NOUNS)) + r")\b"
)
#: A product named after its maker, which names the product, not the company: "Google
#: Maps", "Baidu Maps", "Amazon Mechanical Turk", "Google Translate"
_PRODUCT_AFTER = re.compile(
    r" (?:Maps|Search|Translate|Scholar|Books|Mechanical Turk|Photos|Lens|Street View|"
    r"Trends|News|Earth)\b"
)
#: Capitalised words and a data noun after a maker's name: the name of its data ("Waymo
#: Motion Prediction challenge", "Amazon Reviews dataset")
_DATA_NAMED_AFTER = re.compile(
    r"(?: [A-Z][\w\-]*){1,4} (?i:challenge|benchmark|dataset|corpus|leaderboard)\b"
)
#: What users leave on a platform, after its name: its data, not the company ("GitHub
#: pull requests, Kaggle notebooks", "Reddit posts")
_PLATFORM_DATA_AFTER = re.compile(
    r" (?:pull requests|issues|notebooks|repositories|repos|commits|discussions|posts|"
    r"comments|threads|questions|answers|reviews|tweets|videos)\b"
)
_DEVICE_MAKERS = frozenset(("tesla", "nvidia", "intel", "amd", "apple", "qualcomm"))
_DEVICE_AFTER = re.compile(r" (?:[A-Z]\d{1,4}|[A-Z]{1,2}\d{2,4}[A-Za-z]?)\b(?! ?(?:model|dataset))")


class _HitStarts:
    """The character offsets where a Doc's catalog hits begin, worked out on the first
    question (only an institute's initials before another name ask it)."""

    __slots__ = ("_doc", "_raw", "_starts")

    def __init__(self, doc: Doc, raw: list[tuple[int, int, int]]) -> None:
        self._doc, self._raw = doc, raw
        self._starts: set[int] | None = None

    def __contains__(self, pos: object) -> bool:
        if self._starts is None:
            self._starts = {self._doc[start].idx for _, start, _ in self._raw}
        return pos in self._starts


class CatalogMatcher(BatchComponent):
    """Matches catalog entries; see the module docstring for the policy."""

    def __init__(
        self,
        nlp: Language,
        name: str = "citekg_catalog",
        *,
        spans_key: str = "citekg_catalog",
        set_ents: bool = True,
        overlap_policy: OverlapPolicy = filter_spans,
        confidence_exact: float = 0.95,
        confidence_variant: float = 0.85,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.set_ents = set_ents
        self.overlap_policy = overlap_policy
        self.confidence_exact = confidence_exact
        self.confidence_variant = confidence_variant
        self.entries: list[CatalogEntry] = []
        self._by_key: dict[str, CatalogEntry] = {}
        self._by_folded: dict[str, CatalogEntry] = {}
        self._by_match_id: dict[int, int] = {}
        self._exact: list[frozenset[str]] = []
        self._written: list[frozenset[str]] = []
        self._verdicts: dict[tuple[str, int], bool] = {}
        self._families: dict[str, CatalogEntry | None] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")

    # -- data -----------------------------------------------------------------
    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        catalog: list[str] | None = None,
    ) -> None:
        """Load the catalog: the bundled files, or the JSONL files listed in ``catalog``."""
        self.set_entries(load_catalog(catalog))

    def set_entries(self, entries: Iterable[CatalogEntry]) -> None:
        """Replace the catalog and rebuild the matcher."""
        self.entries = list(entries)
        self._by_key = {entry.key: entry for entry in self.entries}
        self._by_folded = {}
        for entry in self.entries:
            for form in entry.surface_forms:
                self._by_folded.setdefault(fold_name(form), entry)
        # "IBM", "CMU", "NTU": institutes' initials, which go on an institute's name
        self._initials = frozenset(
            form.lower()
            for entry in self.entries
            if entry.type == "organization"
            for form in entry.surface_forms
            if form.isupper()
        )
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._by_match_id = {}
        self._exact = []
        self._written = []
        self._verdicts = {}
        self._families = {}
        tokenizer = _pattern_tokenizer(self.nlp)
        for index, entry in enumerate(self.entries):
            variants: set[str] = set()
            for form in entry.surface_forms:
                variants |= spelling_variants(form)
            if not entry.ambiguous and entry.type in ("model", "method"):
                # "ViTs", "ControlNets", "Switch Transformers": a family in the plural
                variants |= {v + "s" for v in variants if v[-1:].isalpha() and len(v) > 2}
            self._exact.append(frozenset(variants))
            self._written.append(frozenset(entry.surface_forms))
            # the tokenizer splits "ImageNet-1K" but not "imagenet-1k": match both cuts
            patterns = sorted(variants | {v.lower() for v in variants})
            self.matcher.add(entry.key, list(tokenizer.pipe(patterns)))
            self._by_match_id[self.nlp.vocab.strings[entry.key]] = index

    def entry(self, key: str) -> CatalogEntry | None:
        """The entry with catalog key ``key``, if any."""
        return self._by_key.get(key)

    def lookup(self, name: str) -> CatalogEntry | None:
        """The entry one of whose names folds like ``name`` (``GPT4`` -> GPT-4), if any.

        Ambiguous entries (common words) are only found by their exact spelling.
        """
        entry = self._by_folded.get(fold_name(name))
        if entry is not None and entry.ambiguous and name not in entry.surface_forms:
            return None
        return entry

    def family_of(self, name: str) -> CatalogEntry | None:
        """The catalog entry whose name starts ``name`` at a part boundary, the longest
        such (``Qwen2-VL-72B`` -> Qwen2-VL if known, else Qwen2), if any; remembered
        until the catalog changes (the same names come back in paper after paper)."""
        if name in self._families:
            return self._families[name]
        if len(self._families) >= _MAX_VERDICTS:
            self._families.clear()
        family = self._families[name] = self._find_family(name)
        return family

    def _find_family(self, name: str) -> CatalogEntry | None:
        """:meth:`family_of`, worked out."""
        cuts = [m.start() for m in _PART_BOUNDARY.finditer(name)]
        for cut in sorted(cuts, reverse=True):
            head = name[:cut].rstrip(" -_/")
            if len(fold_name(head)) < 2:
                continue
            entry = self.lookup(head)
            # written as the name is ("Qwen2" of "Qwen2-72B"), not a word that folds like
            # it ("Multiple" of "Multiple-choice" is not MultiPL-E)
            if entry is not None and accept_case(
                head, frozenset(entry.surface_forms), entry.ambiguous
            ):
                return entry
        return None

    # -- matching -------------------------------------------------------------
    def match(self, doc: Doc) -> list[Span]:
        """The catalog spans of ``doc`` that pass the case policy, overlaps resolved."""
        spans = [
            Span(doc, start, end, label=self.entries[index].type, kb_id=self.entries[index].key)
            for start, end, _, _, index in self._accepted(doc)
        ]
        return self.overlap_policy(spans) if spans else []

    def _accepted(self, doc: Doc) -> list[_Hit]:
        """The matcher's hits outside URLs that pass the case policy, in match order."""
        raw = self.matcher(doc)
        if not raw:
            return []
        text = doc_text(doc)
        hits = []
        starts = _HitStarts(doc, raw)  # where the known names begin, if asked
        for match_id, start, end in raw:
            index = self._by_match_id[match_id]
            # a few Token objects per hit cost less than arrays over the whole Doc
            first = doc[start]
            last = first if end - start == 1 else doc[end - 1]
            begin, stop = first.idx, last.idx + len(last)
            # spaCy's like_url needs a "." or an "http://": no token without one is a URL
            written = text[begin:stop]
            if ("." in written or ":" in written) and (
                first.like_url or any(doc[i].like_url for i in range(start + 1, end))
            ):
                continue
            if text[begin - 1 : begin] == "/" and inside_url(text, begin):
                continue  # a path the tokenizer split off its address
            if " " in written and _VERSION_GLUED_AFTER.match(text, stop):
                continue  # "OpenAI GPT" of "OpenAI GPT-o1": the name goes on, another one
            if " " in written and written[1:].islower() and self._sentence_case(text, begin, index):
                continue  # "Hateful memes are ...": a sentence's capital, not the title's
            if " " in written and _TASK_WORD_AFTER.match(text, stop) and self._spelled_out(written):
                # "Massively Multilingual Speech Recognition": words of a task's name, not
                # the model called "Massively Multilingual Speech"
                continue
            if self._accepts(written, index) and not self._names_a_metric(
                text, begin, stop, index, starts
            ):
                hits.append((start, end, begin, stop, index))
        return hits

    @staticmethod
    def _spelled_out(written: str) -> bool:
        """Whether a name of several words is plain words in title case (no digit, no
        capital inside a word): "Massively Multilingual Speech", not "Llama 2" or "GPT-4o
        Mini"."""
        return all(w[:1].isupper() and w[1:].islower() for w in written.split())

    def _sentence_case(self, text: str, begin: int, index: int) -> bool:
        """Whether a name written in lower case but for its first letter starts a
        sentence, while every spelling of the catalog capitalises a later word ("Hateful
        memes are a menace", for the benchmark Hateful Memes)."""
        before = text[max(0, begin - 3) : begin].rstrip(" ")
        if before and not before.endswith((".", "!", "?", "\n")):
            return False
        return all(any(c.isupper() for c in form[1:]) for form in self._exact[index])

    def initials_in_a_name(
        self,
        text: str,
        begin: int,
        stop: int,
        entry: CatalogEntry,
        known_starts: Container[int] = (),
    ) -> bool:
        """Whether ``text[begin:stop]``, written as the initials of the institute
        ``entry``, begins another name: "UCF CC 50", "NTU RGB+D", "CMU-MOSI" are data
        (not "MIT-IBM", two institutes, "NTU Research", or "the ECMWF Integrated
        Forecasting System", where a name the catalog knows begins, at one of
        ``known_starts``: the maker, then its product)."""
        written = text[begin:stop]
        if entry.type != "organization" or not written.isupper() or written == entry.name:
            return False
        m = _NAME_PART_AFTER.match(text, stop)
        return (
            m is not None
            and m.group(1).lower() not in self._initials
            and m.start(1) not in known_starts
        )

    @staticmethod
    def initials_of_data(text: str, begin: int, stop: int, entry: CatalogEntry) -> bool:
        """Whether ``text[begin:stop]``, the initials of the institute ``entry``, names
        data instead, as a name right after a data head noun does: "the BCD datasets
        SYSU, LEVIR-CD+, ..." (a change-detection dataset, not Sun Yat-sen University)."""
        return (
            entry.type == "organization"
            and text[begin:stop].isupper()
            and DATA_HEAD_BEFORE.search(text, max(0, begin - 60), begin) is not None
        )

    def _names_a_metric(
        self, text: str, begin: int, stop: int, index: int, known_starts: Container[int] = ()
    ) -> bool:
        """A model's name in a metric's: "an Inception score of 9.46", "CLIP score"; a
        company's in a device's ("Tesla T4", "Tesla V100") or a licence's ("MIT License");
        an institute's initials in a dataset's name ("UCF CC 50")."""
        entry = self.entries[index]
        kind = entry.type
        if kind == "organization":
            if names_a_licence(text, stop):
                return True  # "under the MIT License": a licence, not the institute
            if self.initials_in_a_name(text, begin, stop, entry, known_starts):
                return True
            if self.initials_of_data(text, begin, stop, entry):
                return True
            if (
                _PRODUCT_AFTER.match(text, stop)
                or _DATA_NAMED_AFTER.match(text, stop)
                or _PLATFORM_DATA_AFTER.match(text, stop)
            ):
                # "deployed in production at Google Maps": the product; "the Waymo Motion
                # Prediction challenge", "GitHub pull requests": the data
                return True
            if (
                entry.ambiguous
                and not text.startswith(("'s", "’s"), stop)  # "Meta's Llama 2": the company
                and written_as_word(text, text[begin:stop])
            ):
                return True  # "Apple Leaf Diseases" beside "apple yield": the fruit
            glued = _GLUED_WORD_AFTER.match(text, stop) if entry.ambiguous else None
            if glued is not None and is_common_word(glued.group(1)):
                # "Meta-Learning", "Meta-Training": a word, not the company (but
                # "Google-internal" is Google's)
                return True
            return (
                entry.name.lower() in _DEVICE_MAKERS and _DEVICE_AFTER.match(text, stop) is not None
            )
        return kind == "model" and names_a_metric(text, stop)

    def _accepts(self, written: str, index: int) -> bool:
        """:func:`accept_case` for entry ``index``, remembered: the same names come back
        in paper after paper."""
        key = (written, index)
        verdict = self._verdicts.get(key)
        if verdict is None:
            if len(self._verdicts) >= _MAX_VERDICTS:
                self._verdicts.clear()
            entry = self.entries[index]
            verdict = accept_case(written, self._exact[index], entry.ambiguous)
            self._verdicts[key] = verdict
        return verdict

    def confidence(self, span: Span, written: str | None = None) -> float:
        """How sure a catalog hit is: higher when written exactly as an alias."""
        index = self._by_match_id.get(self.nlp.vocab.strings[span.kb_id_])
        text = span.text if written is None else written
        if index is not None and text in self._written[index]:
            return self.confidence_exact
        return self.confidence_variant

    def _candidate(self, text: str, start: int, end: int, index: int) -> Candidate:
        """The candidate for a hit of entry ``index`` at ``text[start:end]``."""
        entry = self.entries[index]
        written = text[start:end]
        exact = written in self._written[index]
        return Candidate(
            start,
            end,
            written,
            f"catalog:{entry.source}",
            type=entry.type,
            key=entry.key,
            type_rule="catalog",
            confidence=self.confidence_exact if exact else self.confidence_variant,
        )

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        """Write the spans to ``doc.spans[spans_key]``, as candidates for the later
        steps, and, if configured, to ``doc.ents``."""
        if self.spans_key:
            doc.spans[self.spans_key] = spans
        candidates = get_extension(doc, "citekg_candidates") or []
        if spans:
            text = doc_text(doc)
            strings = self.nlp.vocab.strings
            for span in spans:
                index = self._by_match_id[strings[span.kb_id_]]
                candidates.append(self._candidate(text, span.start_char, span.end_char, index))
        set_extension(doc, "citekg_candidates", candidates)
        if self.set_ents:
            # Reading doc.ents walks every token: do it only if another
            # component set entities before this one.
            existing = list(doc.ents) if doc.has_annotation("ENT_IOB") else []
            doc.set_ents(filter_spans([*existing, *spans]) if existing else spans)

    def __call__(self, doc: Doc) -> Doc:
        if self.spans_key or self.set_ents or self.overlap_policy is not filter_spans:
            self.set_annotations(doc, self.match(doc))
            return doc
        # only candidates are wanted (extraction records): no Span objects
        candidates = get_extension(doc, "citekg_candidates") or []
        hits = _prefer_longest(self._accepted(doc))
        if hits:
            text = doc_text(doc)
            candidates.extend(self._candidate(text, h[2], h[3], h[4]) for h in hits)
        set_extension(doc, "citekg_candidates", candidates)
        return doc

    # -- serialisation ----------------------------------------------------------
    def _entries_data(self) -> list[dict[str, Any]]:
        return [e.to_dict() for e in self.entries]

    def _load_entries(self, data: list[dict[str, Any]]) -> None:
        self.set_entries(entry_from_dict(d) for d in data)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the catalog as ``entries.jsonl`` in the folder ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / "entries.jsonl", self._entries_data())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> CatalogMatcher:
        """Load the catalog saved by :meth:`to_disk`."""
        self._load_entries(list(srsly.read_jsonl(Path(path) / "entries.jsonl")))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The catalog as msgpack bytes."""
        return srsly.msgpack_dumps({"entries": self._entries_data()})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> CatalogMatcher:
        """Load the catalog from :meth:`to_bytes` output."""
        self._load_entries(srsly.msgpack_loads(data)["entries"])
        return self


def catalog_of(nlp: Language) -> CatalogMatcher | None:
    """The pipeline's enabled ``citekg_catalog`` component, if it has one.

    Later components look it up once per paper: by name, since ``nlp.pipe_names``
    builds two lists on every call and costs twice as much as this. Whether it is
    disabled is read from the set behind ``nlp.disabled`` where spaCy has one (the
    property builds a frozen list per call, about 4 microseconds).
    """
    try:
        pipe = nlp.get_pipe("citekg_catalog")
    except KeyError:
        return None
    disabled = getattr(nlp, "_disabled", None)
    if not isinstance(disabled, set):
        disabled = nlp.disabled
    if "citekg_catalog" in disabled or not isinstance(pipe, CatalogMatcher):
        return None
    return pipe


_UNSET: Any = object()


class UsesCatalog(BatchComponent):
    """A later component that reads the pipeline's catalog (:func:`catalog_of`): looked up
    once per batch when ``nlp.pipe`` runs it, else once per Doc."""

    nlp: Language
    _batch_catalog: Any = _UNSET

    def begin_batch(self) -> None:
        self._batch_catalog = catalog_of(self.nlp)

    def end_batch(self) -> None:
        self._batch_catalog = _UNSET

    def _catalog(self) -> CatalogMatcher | None:
        found = self._batch_catalog
        return catalog_of(self.nlp) if found is _UNSET else found


@Language.factory(
    "citekg_catalog",
    assigns=["doc.ents", "doc.spans", "doc._.citekg_candidates"],
    default_config={
        "spans_key": "citekg_catalog",
        "set_ents": True,
        "overlap_policy": {"@misc": "citekg.prefer_longest.v1"},
        "confidence_exact": 0.95,
        "confidence_variant": 0.85,
    },
)
def make_catalog_matcher(
    nlp: Language,
    name: str,
    spans_key: str,
    set_ents: bool,
    overlap_policy: OverlapPolicy,
    confidence_exact: float,
    confidence_variant: float,
) -> CatalogMatcher:
    """Factory of the ``citekg_catalog`` component (data loads in ``initialize``)."""
    return CatalogMatcher(
        nlp,
        name,
        spans_key=spans_key,
        set_ents=set_ents,
        overlap_policy=overlap_policy,
        confidence_exact=confidence_exact,
        confidence_variant=confidence_variant,
    )
