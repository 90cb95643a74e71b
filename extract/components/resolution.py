"""``citekg_resolution``: one entity per real thing in a paper.

Typed candidates become :class:`~citekg.extract.candidates.DocEntity` records:

- mentions of one catalog entry are one entity, whatever their spelling;
- an acronym and its long form are one entity, named by the long form (the
  guidelines' "most complete" spelling) with the acronym as alias;
- discovered spellings that fold to the same name are one entity;
- a variant keeps its own entity and points to its family with its size:
  ``Qwen2-72B`` is a variant of ``Qwen2``, parameters ``72B``.

Entity keys are ``type/slug`` of the canonical name, so the same name gets the
same key in every paper; catalog entities keep their catalog key.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from citekg.extract.candidates import Candidate, DocEntity, doc_text, get_extension, set_extension
from citekg.extract.components.catalog import UsesCatalog
from citekg.extract.components.discovery import TIER_WORDS, extend_name
from citekg.extract.naming import fold_name, slugify

__all__ = ["Resolution", "parameter_count"]

_PARAMS = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?\s?[BMT]|\d+x\d+[BMT])(?![\w])", re.IGNORECASE)
_TYPE_ORDER = ("model", "method", "dataset", "benchmark", "organization")
_BRACKET_AFTER = re.compile(r" ?\( ?")
#: What ends a name that only spells out what the shorter one is ("X Benchmark", "X
#: Shared Task"): the same entity written with its head noun, no variant of it.
_HEAD_WORD_REST = re.compile(
    r"[\s\-_]+(?i:benchmark|leaderboard|dataset|data\s+set|corpus|challenge|shared\s+task|"
    r"suite|arena|test\s+set)s?$"
)
#: The types whose variants of the paper's own entity are the paper's own too.
_OWN_VARIANT_TYPES = frozenset(("model", "benchmark", "dataset"))
_WITH_HEAD = re.compile(
    r"(.+?)\s+(?:Benchmark|(?:Benchmarking\s+|Evaluation\s+)?(?:Dataset|Data Set|Corpus)|Suite)"
)
_HEAD_AFTER = re.compile(
    r"(.+?)\s+(?i:benchmark|dataset|data set|corpus|suite|challenge|test set)(?:\s+(?:19|20)\d\d)?"
)
_VERSION_SUFFIX = re.compile(r"\s+v\d+(?:\.\d+)*$")
#: A split of a benchmark written after its name: "MiniF2F-test", "ZorbQA val",
#: "ZorbVista testmini", "ZorbVQA test-dev"
_SPLITS = (
    "test",
    "val",
    "valid",
    "validation",
    "dev",
    "test-mini",
    "testmini",
    "test-dev",
    "test-std",
)
_SPLIT_SUFFIX = re.compile(rf"(.+?)[\-_ ](?i:{'|'.join(_SPLITS)})$")
_DATA_TYPES = ("dataset", "benchmark")
#: A name of capitalised pieces glued together: "PerAct", "MoCo" (two pieces at least)
_CAMEL = re.compile(r"(?:[A-Z][a-z]+){2,}")
_WORD_BREAK = re.compile(r"[\s\-]")


def blend_of(short: str, long: str) -> bool:
    """Whether ``short`` glues the beginnings of the words of ``long``, in order, at least
    one of them cut: "PerAct" of "Perceiver-Actor", "MoCo" of "Momentum Contrast".

    >>> blend_of("PerAct", "Perceiver-Actor"), blend_of("MoCo", "Momentum Contrast")
    (True, True)
    >>> blend_of("PerAct", "Perceiver Transformer"), blend_of("DeepSeek", "Deep Seek")
    (False, False)
    >>> blend_of("ChartBench", "ChartX benchmarks")  # each word capitalised, as its piece
    False
    """
    pieces = re.findall(r"[A-Z][a-z]+", short)
    words = [w for w in _WORD_BREAK.split(long) if w]
    return (
        len(pieces) == len(words) >= 2
        and all(
            w.startswith(p[0]) and w.lower().startswith(p.lower())
            for p, w in zip(pieces, words, strict=True)
        )
        and any(len(w) > len(p) for p, w in zip(pieces, words, strict=True))
    )


_NAME_PARTS = re.compile(r"(?<=\w)(?=[\s\-_/+])")


@lru_cache(maxsize=65_536)
def parameter_count(name: str) -> str | None:
    """The size written in a model's name, if any.

    >>> parameter_count("Qwen2-72B-Instruct"), parameter_count("Mixtral 8x7B")
    ('72B', '8x7B')
    >>> parameter_count("GPT-4") is None
    True
    """
    m = _PARAMS.search(name)
    return m.group(1).replace(" ", "").upper().replace("X", "x") if m else None


#: A tier glued to the paper's own model's name: "-B", "-L", "-Large" (not a size, which
#: annotators keep in the model's name: "-1.5B")
_TIER_GLUED = re.compile(
    r"-(?:[BLSTHG]|(?i:" + "|".join(sorted(TIER_WORDS)) + r"))(?![\w\-/]|\.\w)"
)

_RULE_WEIGHTS = (
    ("catalog", 3.0),
    ("acronym-of", 3.0),
    # "we describe the CompilerGym architecture": the architecture of a thing of any type
    ("head:architecture", 1.0),
    ("head", 3.0),
    ("apposition", 3.0),
    ("copula", 3.0),
    ("organization", 3.0),
    ("acronym-head", 2.0),
    ("family", 2.0),
    ("list", 1.5),
    ("suffix", 1.5),
    ("context", 1.0),
    ("contribution", 1.0),
    ("naming", 1.0),
    ("title", 1.0),
    ("our", 1.0),
    ("introduced:default", 0.5),
)


#: Rules that type a name by its spelling: every mention repeats the same evidence, so
#: it counts once ("RocketQA" named six times is not six votes for benchmark).
_OF_THE_NAME = ("suffix",)


def _with_maker(text: str, entities: list[DocEntity]) -> None:
    """A model named with its maker before it ("OpenAI o1-preview", "Meta Llama 3") is
    also known by that spelling: it becomes an alias."""
    ends = {m.end: m for e in entities if e.type == "organization" for m in e.mentions}
    if not ends:
        return
    for entity in entities:
        if entity.type != "model":
            continue
        for mention in entity.mentions:
            maker = ends.get(mention.start - 1)
            if maker is not None and text[mention.start - 1] == " ":
                spelled = text[maker.start : mention.end]
                if spelled not in entity.aliases and spelled != entity.name:
                    entity.aliases.append(spelled)


@lru_cache(maxsize=4096)
def _weight(rule: str) -> float:
    """How much a typing rule's verdict counts when mentions disagree."""
    return next((w for prefix, w in _RULE_WEIGHTS if rule.startswith(prefix)), 0.75)


class _Group:
    __slots__ = ("key", "members")

    def __init__(self, key: str | None) -> None:
        self.key = key
        self.members: list[int] = []


class Resolution(UsesCatalog):
    """Groups candidates into entities; see the module docstring."""

    def __init__(
        self, nlp: Language, name: str = "citekg_resolution", *, set_ents: bool = True
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.set_ents = set_ents

    def __call__(self, doc: Doc) -> Doc:
        candidates: list[Candidate] = get_extension(doc, "citekg_candidates") or []
        live = [i for i, c in enumerate(candidates) if not c.dropped and c.type is not None]
        catalog = self._catalog()
        parent = {i: i for i in live}

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(a: int, b: int) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        by_name: dict[str, int] = {}
        for i in live:
            cand = candidates[i]
            ident = cand.key or f"~{fold_name(cand.text)}"
            if ident in by_name:
                union(by_name[ident], i)
            else:
                by_name[ident] = i

            plural = fold_name(cand.text)
            if cand.text.endswith("s") and f"~{plural[:-1]}" in by_name and cand.key is None:
                union(by_name[f"~{plural[:-1]}"], i)
        for i in live:
            # "the Zorbia dataset" whose "Zorbia" the catalog read as something else, and
            # "Zorbia" listed later among datasets: one dataset
            cand = candidates[i]
            noun = cand.type_rule[5:] if cand.type_rule.startswith("head:") else ""
            if cand.rule == "head-alias" and noun and cand.text.lower().endswith(" " + noun):
                j = by_name.get(f"~{fold_name(cand.text[: -len(noun) - 1])}")
                if j is not None and candidates[j].type == cand.type:
                    union(j, i)
        # "AudioCaps (AC)", then "the AC dataset": a short form the catalog's entity took,
        # written again just so and found by another rule, names the same entity
        # (not a short form the text defines for itself: "a Prior-Data Fitted Network (PFN)"
        # beside "Preferred Networks (PFN)")
        keyed_texts = {candidates[i].text: i for i in live if candidates[i].key is not None}
        for i in live:
            cand = candidates[i]
            defined = cand.partner is not None and (
                cand.rule == "acronym"
                or cand.type_rule == "acronym-partner"
                or candidates[cand.partner].rule == "acronym"
            )
            j = keyed_texts.get(cand.text) if cand.key is None and not defined else None
            if j is not None:
                union(j, i)
        # "PerAct" beside "Perceiver-Actor": a name blended from the first letters of
        # each word of another is its short form (the paper's own coinage, unkeyed both)
        blends = [
            i for i in live if candidates[i].key is None and _CAMEL.fullmatch(candidates[i].text)
        ]
        if blends:
            longs = [
                i
                for i in live
                if candidates[i].key is None and _WORD_BREAK.search(candidates[i].text)
            ]
            for i in blends:
                for j in longs:
                    if blend_of(candidates[i].text, candidates[j].text):
                        union(j, i)
                        break
        for i in live:
            # "Mistral 7B v0.1" is a release of Mistral 7B: one entity (no "v", no release)
            name = candidates[i].text
            base = _VERSION_SUFFIX.sub("", name) if "v" in name else name
            if base != candidates[i].text and candidates[i].type == "model":
                other = next(
                    (
                        j
                        for j in live
                        if j != i
                        and (
                            candidates[j].text == base
                            or fold_name(candidates[j].text) == fold_name(base)
                        )
                    ),
                    None,
                )
                if other is not None:
                    union(other, i)
            # "MiniF2F-test" beside "miniF2F": a split of the benchmark, one entity
            split = (
                _SPLIT_SUFFIX.match(name)
                if candidates[i].type in _DATA_TYPES and name.lower().endswith(_SPLITS)
                else None
            )
            if split is not None:
                folded = fold_name(split.group(1))
                other = next(
                    (
                        j
                        for j in live
                        if j != i
                        and candidates[j].type in _DATA_TYPES
                        and fold_name(candidates[j].text) == folded
                    ),
                    None,
                )
                if other is not None:
                    union(other, i)
        text = doc_text(doc)
        starts = {candidates[i].start: i for i in live}
        for i in live:
            # "the Japanese Medical Licensing Exam benchmark (IgakuQA)": one benchmark
            cand = candidates[i]
            if cand.type in ("dataset", "benchmark") and cand.rule == "head-alias":
                opened = _BRACKET_AFTER.match(text, cand.end)
                j = starts.get(opened.end()) if opened else None
                if (
                    j is not None
                    and candidates[j].type in ("dataset", "benchmark")
                    and text.startswith(")", candidates[j].end)
                ):
                    union(i, j)
        for i in live:
            # "the HalluMix Benchmark" and "HalluMix": one benchmark, named both ways
            cand = candidates[i]
            spelled = _WITH_HEAD.fullmatch(cand.text) if cand.key is None else None
            if spelled and cand.type in ("dataset", "benchmark"):
                j = by_name.get(f"~{fold_name(spelled.group(1))}")
                if j is not None and candidates[j].type in ("dataset", "benchmark"):
                    union(j, i)
        spans = {candidates[i].span: i for i in live}
        for i in live:
            partner = first = candidates[i].partner
            if first is not None and first not in parent:
                # the partner gave way to another reading of its span ("E3D" found by
                # its shape and by "Excavator3D (E3D)"): the link goes to that reading
                partner = spans.get(candidates[first].span)
                if partner is None:
                    # or to a longer reading around it ("Anthropic Helpful-Harmless (HH)")
                    start, end = candidates[first].span
                    partner = next(
                        (
                            j
                            for j in live
                            if candidates[j].start <= start and end <= candidates[j].end
                        ),
                        None,
                    )
            if partner is not None and partner in parent and partner != i:
                a, b = candidates[i], candidates[partner]
                if a.key and b.key and a.key != b.key:
                    continue  # both known, and different: trust the catalog
                union(i, partner)

        self._more_mentions(text, candidates, live, union, parent)
        groups: dict[int, list[int]] = {}
        for i in parent:
            groups.setdefault(find(i), []).append(i)
        merged = [
            self._entity([candidates[i] for i in sorted(members)], catalog)
            for _, members in sorted(groups.items())
        ]
        entities = [e for e in merged if e is not None]
        _with_maker(text, entities)
        self._families(entities, catalog)
        # a variant of the paper's own model is the paper's too ("Qwen2-72B" of Qwen2), as
        # a part of its own benchmark is ("ZorbBench-Hard" of ZorbBench)
        changed = True
        while changed:  # Qwen2-72B-Instruct of Qwen2-72B of Qwen2
            introduced = {e.name for e in entities if e.introduced}
            changed = False
            for entity in entities:
                if entity.type not in _OWN_VARIANT_TYPES or entity.introduced or not entity.family:
                    continue
                if entity.family in introduced or _catalog_family(catalog, entity.family) in (
                    introduced
                ):  # "EVA-02-CLIP-L/14+" of EVA02-CLIP-L-14, of the paper's EVA-CLIP
                    entity.introduced = changed = True
        set_extension(doc, "citekg_entities", entities)
        if self.set_ents:
            self._set_ents(doc, entities)
        return doc

    @staticmethod
    def _set_ents(doc: Doc, entities: list[DocEntity]) -> None:
        """Every mention of a resolved entity becomes a ``doc.ents`` span (label: type,
        ``kb_id_``: entity key), for spaCy users and displaCy."""
        if not entities:
            return
        starts = doc.to_array(IDX).tolist()  # token char offsets: bisect, no char_span
        spans = []
        for entity in entities:
            for mention in entity.mentions:
                first = bisect_right(starts, mention.start) - 1
                last = bisect_left(starts, mention.end)
                if 0 <= first < last:
                    spans.append(Span(doc, first, last, label=entity.type, kb_id=entity.key))
        doc.set_ents(filter_spans(spans))

    def _entity(self, members: list[Candidate], catalog) -> DocEntity | None:
        keyed = [c for c in members if c.key]
        entry = catalog.entry(keyed[0].key) if keyed and catalog is not None else None
        if entry is not None:
            name, kind, key = entry.name, entry.type, entry.key
            family, developer = entry.family, list(entry.developer)
        else:
            votes = {t: 0.0 for t in _TYPE_ORDER}
            seen = set()
            for c in members:
                # a repeat copies another mention's evidence: it is no vote of its own
                if c.type and c.rule != "repeat" and (c.type, c.type_rule) not in seen:
                    votes[c.type] += _weight(c.type_rule)
                    if c.type_rule.startswith(_OF_THE_NAME):
                        seen.add((c.type, c.type_rule))
            kind = max(_TYPE_ORDER, key=lambda t: (votes[t], -_TYPE_ORDER.index(t)))
            name = self._canonical(members)
            key, family, developer = f"{kind}/{slugify(name)}", None, []
        folded = fold_name(name)
        aliases = []
        for cand in members:
            if (
                fold_name(cand.text) != folded or cand.text.isascii() != name.isascii()
            ) and cand.text not in aliases:  # "PixArt-Alpha" of "PixArt-α" is written apart
                aliases.append(cand.text)
        bare = _HEAD_AFTER.fullmatch(name) if members[0].rule == "head-alias" else None
        if bare and all(c.rule == "head-alias" for c in members):
            # "the RAFT benchmark", named after a model (RAFT) and so kept with its head
            # noun, is also just "RAFT"
            aliases.append(bare.group(1))
        return DocEntity(
            key=key,
            name=name,
            type=kind,
            aliases=aliases,
            mentions=sorted(members, key=lambda c: c.start),
            # a paper may found a lab, but it never introduces one as its contribution
            introduced=kind != "organization" and any(c.introduced for c in members),
            family=family,
            parameters=parameter_count(name) if kind == "model" else None,
            developer=developer,
            confidence=max(c.confidence for c in members),
        )

    @staticmethod
    def _more_mentions(
        text: str,
        candidates: list[Candidate],
        live: list[int],
        union,
        parent: dict[int, int],
    ) -> None:
        """Every other place a discovered name is written is a mention too (the catalog
        finds its own names everywhere; discovery rules often fire only once)."""
        covered = bytearray(len(text) + 1)  # 1 where a live candidate already stands
        variants: dict[str, int] = {}  # a variant's folded name: a candidate of it
        for i in live:
            start, end = candidates[i].start, candidates[i].end
            covered[start:end] = b"\x01" * (end - start)
            variants.setdefault(fold_name(candidates[i].text), i)
        for i in list(live):
            cand = candidates[i]
            if cand.key is not None or len(cand.text) < 3 or cand.rule == "head-alias":
                continue
            name = cand.text
            pos = text.find(name)
            while pos >= 0:
                end = pos + len(name)
                starts = pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-_")
                bounded = starts and (
                    end == len(text) or not (text[end].isalnum() or text[end] in "-_")
                )
                tier = (
                    _TIER_GLUED.match(text, end)
                    if starts and not bounded and cand.type == "model" and cand.introduced
                    else None
                )
                if (bounded or tier) and not (covered[pos] or covered[end - 1]):
                    # "Weaver Mini (1.8B), Weaver Base (6B)" after the model Weaver, and
                    # "Hibou-B and Hibou-L" after Hibou: its variants, each an entity
                    if tier is not None:
                        stop = tier.end()
                    else:
                        stop = extend_name(text, pos, end) if cand.type == "model" else end
                    extra = Candidate(
                        pos,
                        stop,
                        text[pos:stop],
                        "repeat",
                        type=cand.type,
                        type_rule=cand.type_rule,
                        confidence=cand.confidence,
                    )
                    candidates.append(extra)
                    index = len(candidates) - 1
                    parent[index] = index
                    if stop == end:
                        union(i, index)
                    else:
                        variant = variants.setdefault(fold_name(extra.text), index)
                        union(variant, index)
                    covered[pos:stop] = b"\x01" * (stop - pos)
                pos = text.find(name, end)

    @staticmethod
    def _canonical(members: list[Candidate]) -> str:
        """The most complete spelling: an acronym's long form, else the longest name that
        is no split of another ("ZorbF2F", not "ZorbF2F-test")."""
        longs = [
            c
            for c in members
            if c.partner is not None and c.rule == "acronym" and len(c.text.split()) > 1
        ]
        if longs:
            return max(longs, key=lambda c: (len(c.text), -c.start)).text
        names = [c for c in members if c.rule != "head-alias"] or members
        whole = [
            c
            for c in names
            if not (c.text.lower().endswith(_SPLITS) and _SPLIT_SUFFIX.match(c.text))
        ]
        return max(whole or names, key=lambda c: (len(c.text), -c.start)).text

    @staticmethod
    def _families(entities: list[DocEntity], catalog) -> None:
        """A model whose name starts with another entity's name is its variant; so is a
        benchmark or dataset whose name starts with one of the paper's own of its type
        ("ZorbBench-Hard" of the paper's ZorbBench)."""
        by_folded = {fold_name(e.name): e for e in entities}
        for entity in entities:
            if entity.family is not None or entity.type not in _OWN_VARIANT_TYPES:
                continue
            model = entity.type == "model"
            parts = _NAME_PARTS.split(entity.name)
            for cut in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:cut]).strip(" -_/")
                other = by_folded.get(fold_name(head))
                if (
                    other is not None
                    and other is not entity
                    and other.type == entity.type
                    and (
                        model
                        or (other.introduced and not _HEAD_WORD_REST.match(entity.name, len(head)))
                    )
                ):
                    entity.family = other.name
                    break
                if not model:
                    continue
                entry = catalog.lookup(head) if catalog is not None else None
                if entry is not None and entry.type == "model" and entry.key != entity.key:
                    entity.family = entry.name
                    entity.developer = entity.developer or list(entry.developer)
                    break


def _catalog_family(catalog, name: str) -> str | None:
    """The family the catalog gives the entry named ``name``, if any."""
    entry = catalog.lookup(name) if catalog is not None else None
    return entry.family if entry is not None else None


@Language.factory(
    "citekg_resolution",
    assigns=["doc._.citekg_entities", "doc.ents"],
    default_config={"set_ents": True},
)
def make_resolution(nlp: Language, name: str, set_ents: bool) -> Resolution:
    """Factory of the ``citekg_resolution`` component."""
    return Resolution(nlp, name, set_ents=set_ents)
