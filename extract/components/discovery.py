"""``citekg_discovery``: find names the catalog does not know.

Rules, each over the text with compiled regular expressions (no per-token loop):

- **shape**: words shaped like names: letters with digits (``Qwen2-VL-72B``,
  ``YOLOv5``, ``text-davinci-002``), inner capitals (``RoFormer``,
  ``HotpotQA``), capitals only (``SVAMP``), capitalised hyphen compounds
  (``Make-A-Video``); a name followed by a version or size (``Claude 3.0``,
  ``DeepSeekMath 7B``) becomes the longer name;
- **acronym**: definitions ``Long Name (LN)``, ``LN: Long Name``, ``Long Name, or LN``
  (the letters of the short form must match the long form, as in Schwartz and
  Hearst's algorithm); both forms become one entity;
- **head**: names before a typing head noun (``the MATH dataset``,
  ``the Beyond the Imitation Game benchmark``);
- **organization**: ``University of X``, ``X University``, ``X Institute of
  Technology``, ``X Centre for Y``, ``X Association``, ``X Research``, ``X AI``,
  ``X Labs``;
- **contribution** and **title**: what the paper presents as its own (``we
  introduce X``, ``X, a new ...``, ``called X``, a title ``X: ...``): marked
  ``introduced``, with the head noun of the description as type evidence.

Candidates are typed later (``citekg_typing``); here a rule only records the
type its own evidence gives.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

import numpy
from spacy.lang.lex_attrs import word_shape
from spacy.language import Language
from spacy.tokens import Doc, Token

from citekg.extract.candidates import Candidate, doc_text, get_extension, set_extension
from citekg.extract.components.base import BatchComponent
from citekg.extract.lexicon import (
    BENCHMARK_HEADS,
    CONTRIBUTION_VERBS,
    DATASET_HEADS,
    FOOTNOTE_MARK,
    METHOD_HEADS,
    METRIC_FOLDS,
    MODEL_HEADS,
    NAMED,
    NAMING_VERBS,
    is_common_word,
    is_generic,
    is_well_formed,
    names_a_language,
    words_pattern,
)
from citekg.extract.naming import fold_name

__all__ = [
    "Discovery",
    "find_acronyms",
    "find_shapes",
    "head_type",
    "initials_of",
    "is_name_shaped",
    "match_acronym",
]

_WORD = re.compile(r"\S+")
_LEAD = "(\"'“‘[{«"
_TRAIL = ".,;:!?)\"'”’]}»~"  # "~": TeX's unbreakable space, "SDXL~(2.6B parameters)"
_SIZE = re.compile(r"\d+(?:\.\d+)?[BMKT]|\d+x\d+[BMKT]?|\d+×\d+[BMKT]?", re.IGNORECASE)
_VERSION = re.compile(r"v?\d{1,2}(?:\.\d+){0,2}[a-z]?|v\.?\d+(?:\.\d+)*", re.IGNORECASE)
_NUMBERISH = re.compile(
    # "200-action ActivityNet", "the top-3 Open LLM Leaderboard models"
    r"[\d.,×x%+\-]+[kKmMbBtT]?|\d+(?:st|nd|rd|th)|\d+-[a-z]+|top-?\d+",
    re.IGNORECASE,
)
_COUNTED = frozenset(
    ["of", "percent", "points", "x", "times", "layer", "layers", "day", "epoch", "step", "fold"]
)
#: Tiers and editions written after a model's name: "Gemini Pro", "Claude 3 Opus",
#: "Zorb Tiny" (or glued to it, "Hibou-L", "ViT-Huge": see the resolution step)
TIER_WORDS = frozenset(
    [
        "pro",
        "turbo",
        "flash",
        "ultra",
        "sonnet",
        "opus",
        "haiku",
        "mini",
        "small",
        "medium",
        "large",
        "base",
        "chat",
        "instruct",
        "vision",
        "xl",
        "xxl",
        "nano",
        "plus",
        "max",
        "lite",
        "coder",
        "math",
        "moe",
        "titan",
        "omni",
        "air",
        "edge",
        "core",
        "tiny",
        "huge",
        "giant",
    ]
)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "our",
        "their",
        "its",
        "his",
        "her",
        "my",
        "your",
        "we",
        "it",
        "they",
        "of",
        "in",
        "on",
        "for",
        "to",
        "with",
        "by",
        "from",
        "and",
        "or",
        "as",
        "at",
        "via",
        "across",  # "Across Deep Learning Tracks from TREC 2019 to 2023": a sentence's start
        "among",
        "during",
        "into",
        "over",
        "under",
        "than",
        "then",
        "also",
        "which",
        "who",
        "whose",
        "when",
        "where",
        "while",
        "both",
        "each",
        "every",
        "all",
        "any",
        "some",
        "such",
        "other",
        "another",
        "more",
        "most",
        "new",
        "novel",
        "first",
        "second",
        "third",
    ]
)


_MODIFIER = re.compile(
    r"-(?:based|like|style|sized|powered|driven|generated|only|free|specific|inspired|level|"
    r"scale|centric|aware|guided|conditioned|augmented|enhanced|compatible|friendly|native)$",
    re.IGNORECASE,
)
_CITATION_GLUED = re.compile(r"(?<=\w)\[\d+(?:\s*[,\-–]\s*\d+)*\]?$")
_URLISH = re.compile(r"://|^www\.|\.(?:com|org|io|net|ai|edu|html?|github)(?:/|$)|@", re.I)


def _strip(word: str, start: int) -> tuple[str, int]:
    """A word without surrounding punctuation, a possessive or a ``-based`` modifier,
    and its new start."""
    stripped, lead = _stripped(word)
    return stripped, start + lead


@lru_cache(maxsize=200_000)
def _stripped(word: str) -> tuple[str, int]:
    """:func:`_strip` of a word at offset 0 (words repeat: each is stripped once)."""
    macro = _TEX_MACRO.match(word)  # "\\texttt{TinyGSM}": the name inside the macro
    lead = macro.end() if macro else len(word) - len(word.lstrip(_LEAD))
    word = word[lead:]
    word = word.rstrip(_TRAIL)
    if word.endswith(("'s", "’s")):
        word = word[:-2].rstrip(_TRAIL)  # "(ECMWF)'s" names ECMWF
    if word.count("(") != word.count(")"):  # "GPT-4V(ision" -> keep the part before "("
        word = word.split("(")[0].rstrip(_TRAIL)
    if "[" in word:
        cited = _CITATION_GLUED.search(word)
        if cited:  # "Navsim[7]": a reference number glued to the name
            word = word[: cited.start()]
    footnote = FOOTNOTE_MARK.search(word)
    if footnote:  # "ComDensE111 https://...": a page's footnote mark glued to the word
        word = word[: footnote.start()]
    glued = _GLUED_COMMA.search(word)
    if glued:  # "YOLOv8s,and": a page that lost the space after a comma
        word = word[: glued.start()]
    dollar = word.find("$\\", 1)
    if dollar > 0 and word[dollar - 1].isalnum():  # "MobileNetV2$\times" -> before the TeX
        word = word[:dollar]  # (not "NLVR$^2$", a name written in TeX)
    word = _MODIFIER.sub("", word)  # "T5-based" names T5
    if word.endswith(")") and word.count(")") > word.count("("):
        word = word[:-1]  # "(ViT)-based": the bracket closed before the modifier
    word = _GLUED_ARTICLE.sub("", word)  # "GraphMAE-a simple graph autoencoder": a dash
    glued = _GLUED_PLURAL.search(word)
    if glued and is_common_word(glued.group(1)) and not word[: glued.start()].islower():
        word = word[: glued.start()]  # "ProtGPT2-sequences": what the model made
    return word, lead


_GLUED_COMMA = re.compile(r",(?=[A-Za-z])")
#: An article glued to a name by a dash: "GraphMAE-a simple graph autoencoder"
_GLUED_ARTICLE = re.compile(r"(?<=[\w)])-(?:a|an|the)$")
#: A common plural glued to a name by a hyphen: "ProtGPT2-sequences", "GPT-4-outputs"
_GLUED_PLURAL = re.compile(r"(?<=[\w)])-([a-z]{3,}s)$")
_TEX_MACRO = re.compile(r"\\[A-Za-z]+\{")
_AFTER_TRANSFORMER = re.compile(r"[A-Z][a-z]+ormer")


def _after_transformer(word: str) -> bool:
    """A name made after the Transformer: "Restormer", "Informer"; not "Transformer",
    nor its misspellings ("Tranformer", one letter away)."""
    if _AFTER_TRANSFORMER.fullmatch(word) is None or is_generic(word):
        return False
    lowered = word.lower().removesuffix("s")
    return SequenceMatcher(None, lowered, "transformer").ratio() < 0.9


#: Size tiers that end a model's name, too rare as words to end anything else
_TIERS = frozenset(("Ti", "XS", "XXS", "XL", "XXL"))


@lru_cache(maxsize=200_000)
def is_name_shaped(word: str) -> bool:
    """Whether a single word looks like a name: digits and letters, inner capitals,
    capitals only, or a capitalised hyphen compound.

    >>> [is_name_shaped(w) for w in ("Qwen2-VL-72B", "RoFormer", "SVAMP", "Make-A-Video")]
    [True, True, True, True]
    >>> [is_name_shaped(w) for w in ("Zorb-J", "Top-K", "zorb-bench", "micro-bench")]
    [True, False, True, False]
    >>> [is_name_shaped(w) for w in ("model", "Model", "7B", "3D", "LLMs", "COVID-19", "v2")]
    [False, False, False, False, False, False, False]
    """
    if len(word) < 2 or not any(c.isalpha() for c in word) or word[0].isdigit():
        return False
    if not word[0].isalnum() or is_generic(word) or _URLISH.search(word):
        return False
    if re.fullmatch(r"[A-Z]{2,}s", word):
        return False  # an acronym in the plural names a class: LLMs, GANs, PLMs
    letters = [c for c in word if c.isalpha()]
    if any(c.isdigit() for c in word):
        if len(word) < 3 or (word.islower() and len(word) <= 3):
            return False
        if not any(c.isupper() for c in word):
            # "text-davinci-002", "phi-3.5-mini" yes; "system-2" or "stage-1" no
            parts = [p for p in re.split(r"[\W\d_]+", word) if len(p) >= 2]
            pieces = [p for p in re.split(r"-", word) if p]
            return len(pieces) >= 3 or any(not is_common_word(p) for p in parts)
        return True
    if (
        re.fullmatch(r"[a-z][A-Z][a-z]{3,}|[a-z]*[A-Z]{2,}[a-z]{3,}", word)
        and len(word) >= 6
        and is_common_word(word.lower())
    ):
        # "eXecution" in "Understanding, and eXecution Evaluation", "undERstanding",
        # "LANguage": a word with an acrostic's capitals
        return False
    if re.search(r"[a-z][A-Z]|[A-Z]{2,}[a-z]{2,}|^[A-Z]{2,}-[A-Za-z]", word):
        return True  # "RoFormer", "ALFWorld", "SWE-bench", "GEO-Bench"
    if _LOWER_BENCH.fullmatch(word) and not is_common_word(word[: word.index("-")]):
        return True  # "fev-bench": a benchmark's name in lower case (not "micro-bench")
    if _after_transformer(word):
        return True
    if sum(c.isupper() for c in letters) >= 2 and not any(c.islower() for c in letters):
        return len(letters) >= 2
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        capitals = sum(1 for p in parts if p[0].isupper())
        if len(parts) < 2 or not parts[0][0].isupper() or capitals < 2:
            return False
        # "Fine-Tuned", "Long-Term", "Vision-Language": words, not a name;
        # "Make-A-Video": three capitalised parts make one; a size tier ends one ("Vim-Ti")
        if (len(parts) >= 3 and capitals == len(parts)) or parts[-1] in _TIERS:
            return True
        if len(parts) == 2 and len(parts[1]) == 1 and parts[0] not in _LETTERED_WORDS:
            return True  # "Auto-J", "Vall-E", "Path-X": a word and a letter, a name
        return not all(is_common_word(p) for p in parts)
    return False


#: Words that take a letter after a hyphen without making a name: "Top-K", "Type-A".
_LETTERED_WORDS = frozenset(
    "Top Type Class Plan Subtask Task Level Grade Stage Part Section Figure Table Appendix "
    "Constant Group Vitamin Track".split()
)


#: A month and day that date a model's snapshot: "GPT-4 0613", "Claude 2 1106".
_SNAPSHOT = re.compile(r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
#: Verbs in -s that follow a versioned name ("X 2.5 has"), not plural nouns ("2 models").
VERBS_AFTER_NAME = frozenset(
    "has was is does achieves outperforms surpasses uses shows performs obtains reaches "
    "scores demonstrates exhibits supports yields attains includes features delivers "
    "provides offers runs requires remains beats matches sets ranks learns generates "
    "improves enables produces employs leverages relies trains predicts solves handles "
    "struggles fails excels lags falls gets makes takes allows addresses combines consists "
    "contains extends builds adopts applies integrates introduces incorporates utilizes "
    "follows represents serves works competes exceeds rivals trails".split()
)


def _extension_ok(word: str, next_word: str | None) -> bool:
    """Whether ``word`` after a name is part of it: a size, a version, a tier."""
    if _SIZE.fullmatch(word):
        return True
    if _VERSION.fullmatch(word):
        # "Claude 3.0", "SAM 2", not "2 models", "3 times" or "5 of"
        if next_word is None or word[:1] in "vV":
            return True  # ("AlphaFold v2.0 of DeepMind": "v" makes it a version)
        nxt = next_word.strip(",.;:()").lower()
        if nxt in VERBS_AFTER_NAME:
            return True  # "MiniCPM-Llama3-V 2.5 has", not a count of things
        return not ((nxt.endswith("s") and nxt.isalpha()) or nxt in _COUNTED or nxt == "%")
    if word in _ROMAN:
        return True  # "DIHARD III", "Pascal VOC II"
    if _PLUS_WORD.fullmatch(word):
        return True  # "EGTEA Gaze+": a capitalised word with a plus ends the name
    tier, _, size = word.partition("-")
    if size and _SIZE.fullmatch(size):
        word = tier  # "LLaMA Pro-8.3B": a tier and its size
    if size and _VERSION.fullmatch(tier) and size.isalpha() and size[:1].isupper():
        return True  # "Moirai 1.0-Large", "Spider 2.0-Lite": a release and its variant
    return word.lower() in TIER_WORDS and word[:1].isupper()


_PLUS_WORD = re.compile(r"[A-Z][A-Za-z]+\+")


#: Release numbers in Roman numerals (not "I", "V" or "X", which are also other words)
_ROMAN = frozenset("II III IV VI VII VIII IX".split())
_ROMAN_AFTER = re.compile(
    r" (?:" + "|".join(sorted(_ROMAN, key=len, reverse=True)) + r")(?![\w\-])"
)


def _words(text: str) -> Iterator[tuple[str, int]]:
    """Whitespace-separated words with offsets, split at ``/`` between names
    (``GPT-4/ChatGPT``) but not in ``ViT-B/16``."""
    return _split_names(_WORD.finditer(text))


# "/" between names, and between sizes or versions ("Qwen-2.5-7B/72B", "GPT-4o/4/3.5"),
# but not in "ViT-B/16"; an em dash; a colon with no space after it before a capital
# ("SR-HetGNN:Session-based Recommendation", as some titles are written)
_NAME_JOINT = re.compile(
    r"/(?!\d)|—|--|(?:(?<=\d)|(?<=\d[A-Za-z]))/(?=\d)|:(?=[A-Z])|(?<=[a-z][a-z])\((?=[A-Z])"
)


#: A name's version, a hyphen and the same name again: "YOLOv8-YOLOv12", "GPT3-GPT4".
_VERSION_RANGE = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,})v?\d+(?:\.\d+)*[a-z]?-(?=\1v?\d)")


def _split_names(matches: Iterable[re.Match[str]]) -> Iterator[tuple[str, int]]:
    """Each matched word with its offset, cut at ``/`` between names (not ``ViT-B/16``)
    or sizes (``Qwen-2.5-7B/72B``), at a dash (``model—InternViT-6B``,
    ``RED-INSTRUCT--An``) and at a bracket glued to a word (``inference(AfriXNLI)``).

    >>> [w for w, _ in _words("Qwen-2.5-7B/72B, GPT-4o/4/3.5 and ViT-B/16")]
    ['Qwen-2.5-7B', '72B,', 'GPT-4o', '4', '3.5', 'and', 'ViT-B/16']
    >>> [w for w, _ in _words("natural language inference(AfriXNLI), GPT-4V(ision)")]
    ['natural', 'language', 'inference', 'AfriXNLI),', 'GPT-4V(ision)']
    >>> [w for w, _ in _words("from YOLOv8-YOLOv12 to YOLO-World (GPT3-GPT4)")]
    ['from', 'YOLOv8', 'YOLOv12', 'to', 'YOLO-World', '(GPT3', 'GPT4)']
    """
    for m in matches:
        word, start = m.group(0), m.start()
        span = _VERSION_RANGE.search(word) if "-" in word else None
        if span is not None:
            # "YOLOv8-YOLOv12": the first and the last version of a range, two names
            yield word[: span.end() - 1], start
            word, start = word[span.end() :], start + span.end()
        if (
            "/" not in word
            and "—" not in word
            and "--" not in word
            and ":" not in word
            and "(" not in word
        ) or _URLISH.search(word):
            yield word, start
            continue
        offset = 0
        for joint in _NAME_JOINT.finditer(word):
            yield word[offset : joint.start()], start + offset
            offset = joint.end()
        yield word[offset:], start + offset


#: A release number after a benchmark's or dataset's name: "Spider 2.0", "VQA v2".
# a subset or a year's edition of a benchmark: "GPQA Diamond", "AIME 2024"
_SUBSET_AFTER = re.compile(
    r"(?:[ -](?:Hard|Pro|(?i:lite|diamond|verified)|Extended|Multilingual|Multimodal|"
    r"(?:19|20)\d\d(?:-\d+[kK])?)"
    r"(?:\s+(?:[Cc]hallenge\s+)?(?:[Tt]ask|Track)\s?\d+[a-z]?)?| ?['’]\d\d|"
    r"\s+(?:[Cc]hallenge\s+)?(?:[Tt]ask|Track)\s?\d+[a-z]?)(?![\w\-])"
)  # "WMT'22", "AIME '24" too, a year's split ("X 2017-5k") and a challenge's task
# ("DCASE 2024 Task 9")
#: A continual-learning setting made of a dataset: "Split CIFAR-100", "Permuted MNIST"
_SETTING_BEFORE = re.compile(
    r"(?<![\w\-])(?:(?:Split|Permuted|Rotated|Sequential|Seq)[ -]|(?:split|permuted|rotated)-)$"
)
#: One digit after a dataset's or benchmark's name, closing a list item or before its
#: head noun: a release ("Argoverse 2 motion forecasting benchmark", "AlpacaEval 2 and")
_SECOND_RELEASE_AFTER = re.compile(
    r" ([1-9])(?=\s*(?:[,;:)&]|\.(?!\d)|$)|\s+(?:and|or)\b|"
    r"\s+(?:[a-z][\w\-]*\s+){0,4}(?:benchmarks?|datasets?|challenge|leaderboard)\b)"
)
#: A year after a dataset's name: its edition ("VOC 2007", "COCO 2017", "ISIC-2018")
_EDITION_AFTER = re.compile(r"[ -](?:19|20)\d\d(?:-\d+[kK])?(?![\w\-])")
#: A split of a dataset that has a name of its own: "LibriSpeech test-clean"
_NAMED_SPLIT_AFTER = re.compile(r" (?:test|dev)-(?:clean|other)(?![\w\-])")
_RELEASE_AFTER = re.compile(r" (?:[vV]\.?\d+(?:\.\d+)*|\d+\.\d+)\b")  # ("Speech Commands V2")
#: A release in a Roman numeral or a number of three digits after a known name
_NUMBERED_RELEASE_AFTER = re.compile(
    r"[ \-](?:II|III|IV|VI{0,3}|IX|X|\d{3})(?![\w.%×$\\\-]|\s*[%×]|,\d)"
)
_GLUED_PREFIX = re.compile(r"(?<![\w\-])[A-Z][a-z]{2,}-$")
#: A word in lower case glued before a dataset's name: "mini-ImageNet", "tiered-ImageNet"
_LOWER_PREFIX_BEFORE = re.compile(r"(?<![\w\-])[a-z]{3,}-$")
_GLUED_SUFFIX = re.compile(r"-[A-Z0-9][\w+]*(?:-[A-Z0-9][\w+]*)*")
#: A number and its unit, written as one word: "1-bit", "3-layer", "8bit"
_MEASURE = re.compile(r"\d[\d.,]*-?[a-z]+")
# a slash ends the word: "SQuAD v1.1/v2.0", "Llama 2 7B/13B" (the other pieces are
# variants of their own)
_NEXT_WORD = re.compile(r" ([^\s,;:()~/]+)(?=([\s,;:.)~/]|$))")
_FOLLOWING_WORD = re.compile(r"[\s,;:.)]*\s*(\S+)")


#: A shared task of a series after its name (and year): " 2023 Task 3", " Task 4", " Track 3"
_TASK_AFTER = re.compile(r"(?:[ -](?:19|20)\d\d)?\s+(?:[Tt]ask|Track)\s?\d+[a-z]?(?![\w\-])")


def extend_name(text: str, start: int, end: int) -> int:
    """Where a name at ``text[start:end]`` really ends: after a size, version or tier
    that follows it (``Claude`` + `` 3.0``, ``Llama 2`` + `` 13B``), up to three words.

    >>> text = "We compare Llama 2 13B and Claude 3.0 with SAM 2 models."
    >>> text[11:extend_name(text, 11, 18)], text[27:extend_name(text, 27, 33)]
    ('Llama 2 13B', 'Claude 3.0')
    >>> text[43:extend_name(text, 43, 46)]
    'SAM'
    >>> text = "The latest ZorbCPM-V 2.5 has features, and ZorbCa 1 learns from traces."
    >>> text[11:extend_name(text, 11, 20)], text[43:extend_name(text, 43, 49)]
    ('ZorbCPM-V 2.5', 'ZorbCa 1')
    >>> text = "It gets 27.6% on ZIHARD II and 19.6% on ZIHARD III."
    >>> text[17:extend_name(text, 17, 23)], text[40:extend_name(text, 40, 46)]
    ('ZIHARD II', 'ZIHARD III')
    >>> text = "It beats Zorb 1.0-Large and reaches 35.8 on ZorbSQL 2.0-Lite."
    >>> text[9:extend_name(text, 9, 13)], text[44:extend_name(text, 44, 51)]
    ('Zorb 1.0-Large', 'ZorbSQL 2.0-Lite')
    >>> text = "It beats Zorb-4 0613, and Zorb 2 1024 tokens."
    >>> text[9:extend_name(text, 9, 15)], text[26:extend_name(text, 26, 32)]
    ('Zorb-4 0613', 'Zorb 2')
    >>> text = "ZorbGPT 1) reads images and 2) scales; (with Zorb 2) it wins."
    >>> text[0:extend_name(text, 0, 7)], text[45:extend_name(text, 45, 49)]
    ('ZorbGPT', 'Zorb 2')
    """
    for _ in range(3):
        # a size, version or snapshot starts with a digit or "v", a tier with a capital:
        # no other next word extends the name (a quick test before the patterns)
        first = text[end + 1 : end + 2]
        if not (
            text.startswith(" ", end)
            and (first.isdecimal() or first in ("v", "V") or first.isupper())
        ):
            break
        m = _NEXT_WORD.match(text, end)
        if not m:
            break
        word = m.group(1).rstrip(".")
        if (
            m.group(2) == ")"
            and len(word) == 1
            and text.rfind("(", 0, end) <= text.rfind(")", 0, end)
        ):
            break  # "ZorbGPT 1) accommodates ..., 2) ...": an enumeration, not a version
        possessive = word.endswith(("'s", "’s"))
        if possessive:  # "Stable Diffusion 2.1's 200,000 GPU hours"
            word = word[:-2]
        nxt = _FOLLOWING_WORD.match(text, m.end())
        # what follows a clause's end says nothing of the number: "StyleTTS 2: Towards"
        following = nxt.group(1) if nxt and m.group(2) not in (",", ";", ":", ")") else None
        snapshot = _SNAPSHOT.fullmatch(word) and (
            m.group(1).endswith(".") or text[m.end() : m.end() + 1] in ",;:)"
        )
        if not (snapshot or _extension_ok(word, following)):
            break  # (a dated snapshot that ends a list item is part of it: "GPT-4 0613,")
        end += 1 + len(word)
        if possessive or m.group(2) in (",", ";", ":", ")", "/"):
            break
    return end


# Words that may be name-shaped: a digit, an inner or second capital, a capital after
# a hyphen. One C-level scan skips the plain words that make up most of a text.
_SHAPE_HINT = re.compile(r"\S*(?:\d|[a-z][A-Z]|[A-Z][A-Z]|-[A-Z]|[a-z]ormer|[a-z]-bench\b)\S*")
#: A benchmark's name in lower case: "fev-bench"
_LOWER_BENCH = re.compile(r"[a-z][a-z0-9]{1,11}-bench")


def _hinted_words(text: str, positions: list[int] | None = None) -> Iterator[tuple[str, int]]:
    """Whitespace-delimited words that may be names: from one regex scan, or from the
    char offsets of tokens whose spaCy shape hints at a name (``Xxxxd``, ``XxXxx``)."""
    if positions is None:
        matches = list(_SHAPE_HINT.finditer(text))
    else:
        matches, last = [], -1
        for pos in positions:
            if pos < last:
                continue  # another token of a word already taken
            space = text.rfind(" ", 0, pos)
            # (a line break counts only after the last space: no scan back to the title)
            start = max(space, text.rfind("\n", space + 1, pos)) + 1
            m = _WORD.match(text, start)
            if m is not None and m.end() > last:
                matches.append(m)
                last = m.end()
    return _split_names(matches)


_TRANSFORMER_AFTER = re.compile(r" Transformer(?![\w\-])")
# the same, ending a phrase: not "a BERT Transformer encoder"
_TRANSFORMER_CLOSING = re.compile(r" Transformer(?=[,.;:)]|$)")


_INITIALS = re.compile(r"[A-Z]{2,5}")
_NEXT_NAME = re.compile(r" ([^\s,;:()]+?)\.?(?=[\s,;:)]|$)")


def _spells_a_class(text: str, initials: str) -> bool:
    """Whether ``text`` defines ``initials`` as words in lower case, a kind of thing and
    no name: "neural video codec (NVC)", "large language models (LLMs)".

    >>> _spells_a_class("the neural video codec (NVC) and NVC X", "NVC")
    True
    >>> _spells_a_class("Northwestern Polytechnical University (NWPU) and NWPU X", "NWPU")
    False
    """
    for form in (f"({initials})", f"({initials}s)"):
        at = text.find(form)
        if at > 0:
            before = text[max(0, at - 40) : at].split()
            return bool(before) and before[-1][:1].islower()
    return False


def _initials_name_end(text: str, word: str, end: int) -> int:
    """Where a name that begins with an institute's initials ends: "NWPU VHR-10", "BBC
    XSum" (the next word a name with a digit, a lower-case letter or more than five
    capitals; not "MIT CSAIL", two names, nor "WHEN FLUE", words in capitals)."""
    nxt = _NEXT_NAME.match(text, end)
    if nxt is None or is_common_word(word.lower()) or is_generic(word):
        return end
    after = nxt.group(1)
    if not any(c.isdigit() for c in after) and _spells_a_class(text, word):
        # "neural video codec (NVC) ... the NVC DCVC-FM": a kind, then a name (but
        # "brain-computer interface (BCI) ... BCI IV-2a" names a competition's data)
        return end
    if (
        (any(c.isdigit() or c.islower() for c in after) or len(after) > 5)
        and is_name_shaped(after)
        and not is_common_word(after.lower())
    ):
        return nxt.end(1)
    return end


#: A capitalised word that opens a list item before a name's shape, and the end of the
#: item: "(Financial PhraseBank, FiQA-SA and TweetFinSent)"
_ITEM_WORD_BEFORE = re.compile(r"(?:[(:]|,)\s*([A-Z][a-z]{2,})\s$")
_ITEM_END = re.compile(r"\s*(?:[,;)]|and\s|or\s)")


def _with_item_word(
    text: str, cand: Candidate, title_end: int, known_starts: frozenset[int] | set[int]
) -> Candidate:
    """``cand``, with the capitalised word before it when the two open an item of a list
    in the abstract: "(Financial PhraseBank, FiQA-SA and TweetFinSent)" (a title
    capitalises every word, a sentence its first); not a known name (``known_starts``,
    where they begin): "(Meta Llama-3, ...)" names the maker and its model.

    >>> text = "T\\n\\nsentiment (Financial ZorbBank, FiQA)"
    >>> start = text.index("Zorb")
    >>> _with_item_word(text, Candidate(start, start + 8, "ZorbBank", "shape"), 1, set()).text
    'Financial ZorbBank'
    """
    if cand.start <= title_end or not _ITEM_END.match(text, cand.end):
        return cand
    m = _ITEM_WORD_BEFORE.search(text, max(0, cand.start - 24), cand.start)
    if m is None or m.start(1) in known_starts:
        return cand
    word = m.group(1)
    if word.lower() in _STOP or word.endswith(("ing", "ed")) or is_generic(word):
        return cand
    cand.start = m.start(1)
    cand.text = text[cand.start : cand.end]
    return cand


def find_shapes(text: str, words: Iterator[tuple[str, int]] | None = None) -> Iterator[Candidate]:
    """Name-shaped words of ``text``, each extended by a following size or version.

    >>> [c.text for c in find_shapes("We train DeepSeekMath 7B and Qwen2-VL-72B (Claude 3.0).")]
    ['DeepSeekMath 7B', 'Qwen2-VL-72B']
    """
    last_end = -1
    for raw, raw_start in _hinted_words(text) if words is None else words:
        word, lead, extensible, initials = _shaped_word(raw)
        start = raw_start + lead
        if start < last_end or word is None:
            continue
        end = stripped_end = start + len(word)
        if extensible:
            end = extend_name(text, start, end)
            task = _TASK_AFTER.match(text, end) if text.startswith((" ", "-"), end) else None
            if task is not None:
                end = task.end()  # "SemEval 2023 Task 3": one task of the series
        if end == stripped_end:
            if text.startswith(" Transformer", end) and _TRANSFORMER_AFTER.match(text, end):
                end += len(" Transformer")  # "CSWin Transformer": the name, with its class
            elif initials:
                end = _initials_name_end(text, word, end)
        last_end = end
        yield Candidate(start, end, text[start:end], "shape", confidence=0.6)


@lru_cache(maxsize=200_000)
def _shaped_word(raw: str) -> tuple[str | None, int, bool, bool]:
    """What :func:`find_shapes` asks of a word, which depends on its spelling alone (and
    words repeat, so each is asked once): the word stripped (:func:`_strip`), or None
    if it is not name-shaped; where it starts in ``raw``; whether a size or version
    after it may extend it (no clause's punctuation after it in ``raw``); and whether
    it is initials (``[A-Z]{2,5}``)."""
    word, lead = _stripped(raw)
    if not is_name_shaped(word):
        return None, lead, False, False
    cut = len(word) + lead  # where the stripped word ends in the raw one
    extensible = raw.endswith(word) or raw[cut : cut + 1] not in ",;:.)"
    return word, lead, extensible, _INITIALS.fullmatch(word) is not None


#: A lower-case prefix that names a family of data: "ogbl-" of "ogbl-ppa", "ogbn-arxiv"
_LOWER_PREFIX = re.compile(r"[a-z][a-z\d]{2,}-(?=[a-z\d])")
_SIBLING_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)\s*")


@lru_cache(maxsize=4096)
def _prefixed(prefix: str) -> re.Pattern[str]:
    """Words that start with ``prefix`` ("ogbl-"), not inside another word.

    The pattern starts with the prefix and only then looks behind it (at the prefix
    and the character before), so the regex engine searches for the prefix's letters
    instead of trying every position of the text: some 15 times as fast as the same
    pattern with the lookbehind first, and it matches the same words.
    """
    escaped = re.escape(prefix)
    return re.compile(rf"{escaped}(?<![\w\-]{escaped})[a-z\d]+(?:-[a-z\d]+)*")


def find_prefix_siblings(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Words listed next to a found name that share its lower-case prefix: in
    "ogbl-ddi, ogbl-collab, ogbl-ppa and ogbl-ciation2" the shape rule finds the last
    (it has a digit), and its list-mates are names of the same family.

    >>> text = "We use zorb-abc, zorb-def and zorb-data2."
    >>> found = [Candidate(text.index("zorb-data2"), len(text) - 1, "zorb-data2", "shape")]
    >>> [c.text for c in find_prefix_siblings(text, found)]
    ['zorb-def', 'zorb-abc']
    """
    found: list[Candidate] = []
    taken: set[tuple[int, int]] | None = None  # the spans found: built at the first prefix
    for cand in candidates:
        prefix = _LOWER_PREFIX.match(cand.text) if cand.rule == "shape" else None
        if prefix is None:
            continue
        if taken is None:
            taken = {(c.start, c.end) for c in candidates}
        siblings = {(m.start(), m.end()) for m in _prefixed(prefix.group(0)).finditer(text)}
        # walk the list both ways from the found name, one separator at a time
        for step in (-1, 1):
            start, end = cand.start, cand.end
            while True:
                nxt = next(
                    (
                        (a, b)
                        for a, b in siblings
                        if (step < 0 and _SIBLING_GAP.fullmatch(text, b, start))
                        or (step > 0 and _SIBLING_GAP.fullmatch(text, end, a))
                    ),
                    None,
                )
                if nxt is None or nxt in taken:
                    break
                taken.add(nxt)
                found.append(
                    Candidate(nxt[0], nxt[1], text[nxt[0] : nxt[1]], "shape", confidence=0.6)
                )
                start, end = nxt
    return found


# -- acronyms ---------------------------------------------------------------------------------

_PAREN = re.compile(r"\(\s*([A-Za-z][\w\-.$^²+]{0,14}?)\s*\)")
#: A long form in brackets after its short form: "MMEB (Massive Multimodal Embedding
#: Benchmark)"
_PAREN_LONG = re.compile(
    r"\(\s*([A-Z][\w\-]*(?:\s+(?:of|for|and|in|on|the|[A-Z][\w\-]*)){1,7})\s*\)"
)
_SHORT_BEFORE = re.compile(r"(?<![\w\-])([A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*)\s+$")


def initials_of(words: list[str]) -> str:
    """The capitals that start ``words`` (and their hyphenated parts), function words
    left out: "Massive Multimodal Embedding Benchmark" -> "MMEB"."""
    return "".join(p[0] for w in words for p in w.split("-") if p and p[0].isupper())


#: A name, then a shorter name for it in brackets: "X-8B (MN-8B for brevity)"
_FOR_SHORT = re.compile(
    r"(?<![\w\-])([A-Z][\w\-.]*[\w])\s+\(\s*(?:hereafter\s+)?([A-Za-z][\w\-.]{0,30}[\w])"
    r"\s+for\s+(?:short|brevity)\s*\)"
)
_LONG_OR = re.compile(r",\s+or\s+([A-Za-z][\w\-.]{1,14})\b")


def match_acronym(short: str, words: list[str]) -> int | None:
    """How many of the last ``words`` spell ``short`` (Schwartz-Hearst), or None.

    >>> match_acronym("DPO", "we call Direct Preference Optimization".split())
    3
    >>> match_acronym("HuBERT", "the Hidden-Unit BERT".split())
    2
    >>> match_acronym("RLHF", "learning from human feedback".split()) is None
    True
    """
    letters = [c.lower() for c in short if c.isalnum()]
    if any(c.isdigit() for c in letters) and not any(c.isdigit() for w in words for c in w):
        letters = [c for c in letters if not c.isdigit()]  # "Mask2Former"
    if len(letters) < 2 or not words:
        return None
    # first, words whose initials spell it ("Tree of Thoughts" for ToT): the initials of
    # each word's hyphenated parts, joined over the last words (two or more of them)
    spelled = "".join(letters)
    initials = [
        "".join(p[0].lower() for p in w.split("-") if p)
        for w in words[-min(len(words), len(letters)) :]
    ]
    for count in range(len(initials), 1, -1):
        if "".join(initials[-count:]) == spelled:
            return count
    long = " ".join(words)
    s, li = len(letters) - 1, len(long) - 1
    while s >= 0:
        c = letters[s]
        while li >= 0 and (long[li].lower() != c or (s == 0 and li > 0 and long[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        li -= 1
        s -= 1
    begin = long.rfind(" ", 0, li + 1) + 1
    count = len(long[begin:].split())
    return count if count <= min(len(letters) + 5, 2 * len(letters) + 2) else None


def _word_spans(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The words of ``text[start:end]`` with their offsets in ``text``."""
    return [(m.group(), m.start()) for m in _WORD.finditer(text, start, end)]


def _long_form(text: str, sent_start: int, paren_start: int, short: str) -> tuple[int, int] | None:
    size = 2 * len(short) + 4  # how many words before the brackets may spell ``short``
    # only the last words of the sentence matter: read them from a little before the
    # brackets, less the first (which may be cut), if that gives enough of them; else
    # read the whole sentence
    low = paren_start - 12 * size - 40
    words = _word_spans(text, low, paren_start)[1:] if low > sent_start else []
    tokens = [w.rstrip(",;:") for w, _ in words]
    while tokens and tokens[-1] == "":
        tokens.pop()
        words.pop()
    if len(tokens) < size:
        words = _word_spans(text, sent_start, paren_start)
        tokens = [w.rstrip(",;:") for w, _ in words]
        while tokens and tokens[-1] == "":
            tokens.pop()
            words.pop()
    if not tokens:
        return None
    window = tokens[-size:]
    count = match_acronym(short, window)
    if count is None:
        return None
    first = len(words) - count
    if ")" in words[first][0] or any("(" in w or ")" in w for w, _ in words[first + 1 :]):
        # "expression comprehension (REC) and segmentation (RES)": another acronym's
        # brackets are inside, so the words before these spell no name of their own (an
        # opening one before the first word is not: "datasets (Spiking Heidelberg Digits
        # (SHD) and ...")
        return None
    begin = words[first][1]
    # drop leading articles and pronouns ("the Hidden-Unit BERT")
    while count > 1 and words[first][0].lower() in _STOP:
        first += 1
        count -= 1
        begin = words[first][1]
    word = words[first][0]
    begin += len(word) - len(word.lstrip("(["))  # "(Spiking Heidelberg Digits (SHD)"
    end = words[-1][1] + len(words[-1][0].rstrip(",;:"))
    return begin, end


def find_acronyms(
    text: str,
    sent_starts: list[int],
    parens: list[int] | None = None,
    ors: list[int] | None = None,
) -> Iterator[tuple[Candidate, Candidate]]:
    """``(long form, short form)`` pairs defined in ``text``.

    >>> text = "We propose Low-Rank Adaptation, or LoRA, and Tree of Thoughts (ToT)."
    >>> pairs = find_acronyms(text, [0])
    >>> [(a.text, b.text) for a, b in pairs]
    [('Tree of Thoughts', 'ToT'), ('Low-Rank Adaptation', 'LoRA')]
    >>> pairs = find_acronyms("We train Zorb-Nemo-8B (ZN-8B for short).", [0])
    >>> [(a.text, b.text) for a, b in pairs]
    [('Zorb-Nemo-8B', 'ZN-8B')]
    """

    def sentence_start(pos: int) -> int:
        return sent_starts[max(bisect_right(sent_starts, pos) - 1, 0)] if sent_starts else 0

    for m in _anchored(_PAREN, text, parens):
        short = m.group(1)
        if not any(c.isupper() for c in short) or short.isdigit() or len(short) < 2:
            continue
        span = _long_form(text, sentence_start(m.start()), m.start(), short)
        if span is None:
            continue
        if text.endswith(("'s", "’s"), span[0], span[1]):
            span = (span[0], span[1] - 2)  # "Adam Mickiewicz University’s (AMU) solution"
        long = Candidate(span[0], span[1], text[span[0] : span[1]], "acronym", confidence=0.7)
        abbr = Candidate(m.start(1), m.end(1), short, "acronym", confidence=0.7)
        yield long, abbr
    for m in _anchored(_PAREN_LONG, text, parens):
        # "MMEB (Massive Multimodal Embedding Benchmark)": the short form first
        before = _SHORT_BEFORE.search(text, max(0, m.start() - 20), m.start())
        long_text = m.group(1)
        words = long_text.split()
        if before is None or not words[-1][:1].isupper():
            continue
        short = before.group(1)
        if match_acronym(short, words) != len(words) or initials_of(words) != short.upper():
            continue
        long = Candidate(m.start(1), m.end(1), long_text, "acronym", confidence=0.7)
        abbr = Candidate(before.start(1), before.end(1), short, "acronym", confidence=0.7)
        yield long, abbr
    if " for brevity)" in text or " for short)" in text:
        for m in _FOR_SHORT.finditer(text):
            # "Mistral-NeMo-Minitron-8B (MN-Minitron-8B for brevity)": a short name; "a
            # Pick and Choose Graph Neural Network (PC-GNN for short)": an acronym
            short = m.group(2)
            paren = text.index("(", m.end(1))
            span = _long_form(text, sentence_start(m.start()), paren, short)
            if span is None and not is_name_shaped(m.group(1)):
                continue
            begin, end = span or m.span(1)
            long = Candidate(begin, end, text[begin:end], "acronym", confidence=0.7)
            abbr = Candidate(m.start(2), m.end(2), short, "acronym", confidence=0.7)
            yield long, abbr
    commas = None if ors is None else [text.rfind(",", max(0, p - 3), p) for p in ors]
    for m in _anchored(_LONG_OR, text, [c for c in commas if c >= 0] if commas else commas):
        short = m.group(1)
        if not any(c.isupper() for c in short):
            continue
        span = _long_form(text, sentence_start(m.start()), m.start(), short)
        if span is None or text.startswith(short, span[0]):
            continue  # "LLaMA2 7B from 4k to 100k, or LLaMA2 70B": no definition
        long = Candidate(span[0], span[1], text[span[0] : span[1]], "acronym", confidence=0.7)
        abbr = Candidate(m.start(1), m.end(1), short, "acronym", confidence=0.7)
        yield long, abbr


# -- head nouns, organisations ----------------------------------------------------------------


def _anchored(
    pattern: re.Pattern[str], text: str, positions: list[int] | None
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` over the whole text, or only at the trigger ``positions``
    (char offsets of the tokens the pattern starts with), which is much faster."""
    if positions is None:
        yield from pattern.finditer(text)
        return
    for pos in positions:
        m = pattern.match(text, pos)
        if m is not None:
            yield m


_CAP = r"(?:[A-Z][\w.+\-]*|[\w.+\-]*\d[\w.+\-]*)"
_HEAD_NOUN = re.compile(
    r"(?<=\S )(?P<head>data\s?sets?|benchmarks?|bench|corpus|corpora|suite|challenge|leaderboard|"
    r"arena|testbed|environments?|competition|shared task)\b"
)
#: A head noun written with a capital is part of the name: "the Waymo Open Motion
#: Dataset", "the Video Scene Parsing in the Wild Challenge".
_CAPITAL_HEADS = (
    r"Data\s?[Ss]ets?|Benchmarks?|Bench|BENCH|Corpus|Corpora|Suite|Challenge|Leaderboard|Arena|"
    r"Testbed|Competition|Cup|CUP|Shared Task|Exam|Examination|Tracks?|Survey"
)
_TITLED_HEAD = re.compile(rf"(?P<head>{_CAPITAL_HEADS})\b")
_TITLED_NAME_BEFORE = re.compile(
    r"(?P<name>(?:[A-Z][\w+\-@]*|[\w+\-]*\d[\w+\-]*)"  # "Constraint@AAAI2021 Shared Task"
    r"(?:\s+(?:(?:of|in|the|to)\s+){0,2}(?:[A-Z][\w+\-]*|[\w+\-]*\d[\w+\-]*|[a-z]+[A-Z][\w+\-]*))"
    r"{0,6})\s+$"
)  # a camel-case word inside: "SIGIR eCom Challenge"
#: A contest is named with its year, after it or before it: "KDD Cup 2021", "the 2020
#: ACM RecSys Challenge" (a dataset's year is an edition annotators part from it)
_CONTEST_HEADS = frozenset(("Challenge", "Competition", "Cup", "CUP", "Shared Task"))
#: What a shared task is on, part of its name: "the WMT 2022 Shared Task on Quality
#: Estimation".
_TOPIC_AFTER = re.compile(r" on [A-Z][\w\-]*(?: (?:of |and |for )?[A-Z][\w\-]*){0,5}")
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d(?![\w\-])")
_SURVEY_OF = re.compile(r" of [A-Z][\w\-]*(?: (?:and )?[A-Z][\w\-]*){0,4}")
_CAPITAL_NEXT = re.compile(r" [A-Z]")
_NUMBER_NEXT = re.compile(r" \d")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NAME_BEFORE = re.compile(
    rf"(?<![\w.+\-])(?P<name>{_CAP}(?:\s+(?:(?:the|of|in|on|for|a|to)\s+)?{_CAP}){{0,5}})\s+$"
)
_ORG = re.compile(
    r"\b(?:University of (?:[A-Z][\w\-]+)(?:[ ,]+[A-Z][\w\-]+){0,2}"
    r"|(?:[A-Z][\w\-]+ ){1,3}(?:University|Institute of Technology|Research|Laboratory|Labs?|"
    r"Association|Society|Consortium|Agency|Council|Committee|Commission|"
    r"Foundation(?![ \-][Mm]odels?\b)|"
    # "the Royal Netherlands Meteorological Institute" (with "of" or "for", below)
    r"Institute(?! (?:of|for) [A-Z])|"
    r"Organi[sz]ation|Medical Cent(?:er|re)|Hospital)(?![\w\-])"  # (not "Lab" of "Laboratory")
    r"|(?:[A-Z][\w\-]+ ){1,2}AI(?= |,|\.|$)"
    r"|(?:[A-Z][\w\-]+ ){0,3}(?:Institute|Centre|Center) (?:of|for) [A-Z][\w\-]+"
    r"(?:,? (?:and |& |on |of )?[A-Z][\w\-]+){0,4})"
)


#: A name right after a head noun: "the BCD datasets SYSU", "the SCD dataset SECOND"
NAME_AFTER_HEAD = re.compile(
    r" (?:[A-Z][\w+\-]*[A-Z0-9+][\w+\-]*|[A-Z]{2,}|[a-z]+[A-Z][\w+\-]*)"
    r"(?=\s*[,;:.)]|\s+(?:and|or)\s|$)"  # (not "the CriteoTB benchmark DLRM model")
)
_CONNECTORS = frozenset(("on", "in", "for", "to", "with", "from"))
#: Words before an organisation's name that are no part of it.
_ORG_LEAD_WORDS = _STOP | {"at", "from", "by", "with"}
_ORG_HEADS = frozenset(("University", "Institute", "Centre", "Center", "Laboratory", "Lab", "Labs"))


def _capital_head_type(head: str) -> str:
    """The type a capitalised head noun gives its name: "Challenge" benchmark, "Dataset"
    dataset, and dataset for one that says nothing more ("Corpus")."""
    return head_type(head.lower().replace(" ", "")) or "dataset"


def _name_start(text: str, words: list[str], end: int) -> int:
    """Where the name made of ``words``, ending at ``end`` in ``text``, starts (found from
    its last word back, so that any spacing between the words is kept)."""
    start = end - len(words[-1])
    for word in reversed(words[:-1]):
        start = text.rindex(word, 0, start)
    return start


@lru_cache(maxsize=4096)
def head_type(head: str) -> str | None:
    """The entity type a head noun gives, if any.

    >>> head_type("Benchmark"), head_type("dataset"), head_type("approach"), head_type("cat")
    ('benchmark', 'dataset', 'method', None)
    """
    word = head.lower().replace(" ", "")
    if word in DATASET_HEADS or word in ("dataset", "datasets"):
        return "dataset"
    if word in BENCHMARK_HEADS:
        return "benchmark"
    if word in MODEL_HEADS:
        return "model"
    if word in METHOD_HEADS:
        return "method"
    return None


def _name_words_ok(name: str) -> bool:
    words = name.split()
    if words[0].lower() in _STOP or is_generic(name) or not is_well_formed(name):
        return False
    if len(words) == 1:
        word = words[0]
        return is_name_shaped(word) or not is_common_word(word)
    return any(is_name_shaped(w) or not is_common_word(w) for w in words) or len(words) >= 2


def find_head_names(
    text: str, positions: list[int] | None = None
) -> Iterator[tuple[Candidate, Candidate]]:
    """Names typed by the head noun after them, each with its spelling including the head.

    >>> pairs = find_head_names("We use the MATH dataset and the XYZ benchmark.")
    >>> [(a.text, b.text, a.type) for a, b in pairs]
    [('MATH', 'MATH dataset', 'dataset'), ('XYZ', 'XYZ benchmark', 'benchmark')]
    """
    for head_match in _anchored(_HEAD_NOUN, text, positions):
        if NAME_AFTER_HEAD.match(text, head_match.end()):
            # "the three BCD datasets SYSU, LEVIR-CD+ ...": the names follow the head
            # noun; the word before it says what kind of data they are
            continue
        if PROCESS_AFTER.match(text, head_match.end()):
            continue  # "for High-IPC Dataset Distillation": a process on data, no name
        # within the line: a name never runs from the title into the abstract,
        window_start = max(text.rfind("\n", 0, head_match.start()) + 1, head_match.start() - 90)
        # nor across a sentence end ("... Cloud AI. On the KITTI 3D benchmark")
        window_start = max(window_start, text.rfind(". ", window_start, head_match.start()) + 2)
        before = text[window_start : head_match.start()].rstrip()
        last_word = before[max(before.rfind(" "), before.rfind("\n")) + 1 :]
        if not any(c.isupper() or c.isdigit() for c in last_word):
            continue  # a name ends with a capital or digit word: "the new dataset" has none
        m = _NAME_BEFORE.search(text, window_start, head_match.start())
        if m is None:
            continue
        name = m.group("name")
        # drop leading capitalised stop words: "The MATH" -> "MATH"
        words = name.split()
        offset = m.start("name")
        while (
            words
            and (
                words[0].lower() in _STOP
                or _NUMBERISH.fullmatch(words[0])
                # "the Lean-based miniF2F-curriculum dataset": an adjective before the name
                or (
                    len(words) > 1
                    and _MODIFIER.search(words[0]) is not None
                    and any(map(is_name_shaped, words[1:]))
                )
            )
        ):
            words = words[1:]
        if len(words) > 2 and words[1] == "the" and words[0].endswith(("ed", "ing")):
            words = words[2:]  # "Benchmarked the AIME 2024 dataset": a verb, then the name
        if len(words) > 2 and words[1] in _CONNECTORS and is_common_word(words[0]):
            # "Experiments on Librispeech dataset": a sentence's first word is no part
            words = words[2:]
        cut = next(
            (
                i
                for i in range(len(words) - 2, 0, -1)
                if words[i] in _CONNECTORS
                # "GPT-3 on MovieLens", "2.18 FID on ImageNet 256x256 benchmarks"
                and (
                    any(map(is_name_shaped, words[:i]))
                    or fold_name(words[i - 1]) in METRIC_FOLDS
                    # "a MAE of 67.1 and MSE of 301.6 on X dataset": a score on it
                    or _NUMBERISH.fullmatch(words[i - 1]) is not None
                )
                and any(is_name_shaped(w) or not is_common_word(w) for w in words[i + 1 :])
            ),
            None,
        )
        if (
            len(words) > 1
            and words[-1].isdigit()
            and words[-2] in _CONNECTORS
            and head_match.group("head").lower().endswith(("s", "corpora"))
        ):
            continue  # "LLMs on 11 datasets": a count of them, not a name
        if cut is not None:
            # "GPT-3 on MovieLens 100K dataset": a name before the connector is another
            # name; the dataset's is after it
            words = words[cut + 1 :]
        if not words:
            continue
        if (
            len(words) == 1
            and head_match.group("head").lower().endswith(("s", "corpora"))
            and (
                m.start("name") == window_start
                or text[m.start("name") - 2 : m.start("name")] == ". "
            )
        ):
            continue  # "Multimodal datasets are ...": a sentence's first word and a class
        end = m.end("name")
        offset = _name_start(text, words, end)
        name = text[offset:end]
        if not any(c.isalpha() for c in name):
            continue
        if name.lower() in _SPLIT_WORDS:
            continue  # "on Zorb-Valid and Test datasets": a split of the name before
        if not _name_words_ok(name) and not _capitalised_common_name(text, name, offset):
            continue
        if A_KIND_BEFORE.search(text, max(0, offset - 40), offset) and not any(
            c.isupper() for part in name.split("-") for c in part[1:]
        ):
            # "FormalMATH, a large-scale Lean4 benchmark", "a Visible-Event benchmark
            # (termed VisEvent)": a benchmark in Lean4, of visible and event data, not
            # one named so (but "a ZorbQA benchmark", in its own capitals, may be)
            continue
        head = head_match.group("head").lower()
        kind = (
            "benchmark"
            if head.startswith(
                ("bench", "suite", "chall", "leader", "arena", "test", "envi", "compe", "shared")
            )
            else "dataset"
        )
        alias_end = head_match.end("head")
        year = re.match(r" (?:19|20)\d\d\b", text[alias_end : alias_end + 5])
        alias_end += year.end() if year else 0
        # "the Hanabi challenge": the name with its head noun is a spelling of it too
        yield (
            Candidate(
                offset,
                end,
                text[offset:end],
                "head",
                type=kind,
                type_rule=f"head:{head}",
                confidence=0.8,
            ),
            Candidate(
                offset,
                alias_end,
                text[offset:alias_end],
                "head-alias",
                type=kind,
                type_rule=f"head:{head}",
                confidence=0.8,
            ),
        )


def find_titled_names(text: str, positions: list[int] | None = None) -> Iterator[Candidate]:
    """Names that end in a capitalised head noun, which is part of them, outside the
    title (where every word has a capital).

    >>> text = "T\\n\\nWe release the Waymo Open Motion Dataset. A New Benchmark is here."
    >>> [(c.text, c.type) for c in find_titled_names(text)]
    [('Waymo Open Motion Dataset', 'dataset')]
    >>> [c.text for c in find_titled_names("T\\n\\nIt tops Zorbos Benchmark II.")]
    ['Zorbos Benchmark II']
    """
    title_end = text.find("\n\n")
    for head_match in _anchored(_TITLED_HEAD, text, positions):
        contest = head_match.group("head") in _CONTEST_HEADS
        in_title = head_match.start() < title_end
        if in_title and not contest:
            continue
        window_start = max(0 if in_title else title_end, head_match.start() - 90)
        m = _TITLED_NAME_BEFORE.search(text, window_start, head_match.start())
        if m is None:
            continue
        words = m.group("name").split()
        if in_title:
            # in a title every word has a capital, but a contest's name follows "the" in
            # lower case: "Submissions to the WMT25 Evaluation Shared Task"
            if "the" in words:
                words = words[len(words) - words[::-1].index("the") :]
            elif text[max(0, m.start("name") - 4) : m.start("name")] != "the ":
                continue  # ("Performance on the Hateful Memes Challenge": after "the")
        # not "The", "3rd in the": a name starts with a capital or a digit in a name
        while words and (
            words[0].lower() in _STOP
            or words[0].lower() in _CONNECTORS
            or (_NUMBERISH.fullmatch(words[0]) and not (contest and _YEAR.fullmatch(words[0])))
        ):
            words = words[1:]
        content = [w for w in words if w.lower() not in _CONNECTORS and w.lower() not in _STOP]
        head = head_match.group("head")
        # "the Legacy Survey of Space and Time": what a sky survey is of
        survey_of = _SURVEY_OF.match(text, head_match.end("head")) if head == "Survey" else None
        if len(content) < 2 and all(is_common_word(w) for w in content) and survey_of is None:
            continue  # "A New Benchmark" is no name
        cut = next(
            (
                i
                for i in range(len(words) - 2, 0, -1)
                if words[i] in _CONNECTORS
                and any(is_name_shaped(w) or not is_common_word(w) for w in words[:i])
            ),
            None,
        )
        if cut is not None:
            # "Introduction of HM3DSem in the Habitat ObjectNav Challenge": a name before
            # the connector is another name (but "Parsing in the Wild Challenge" is one)
            rest = words[cut + 1 :]
            while rest and rest[0].lower() in _STOP:
                rest = rest[1:]
            words = rest or words
        offset = _name_start(text, words, m.end("name"))
        end = head_match.end("head")
        year = _YEAR_AFTER.match(text, end) if contest else None
        if year is not None:
            end = year.end()
        if head == "Survey" and _CAPITAL_NEXT.match(text, end):
            continue  # "the Transiting Exoplanet Survey Satellite": the name goes on
        if head.startswith("Track") and (
            _NUMBER_NEXT.match(text, end) or words[-1] in _CONTEST_HEADS
        ):
            continue  # "Zorb 2022 Challenge Track 2", "DSTC11 Track 3": a part of a contest
        topic = _TOPIC_AFTER.match(text, end) if head == "Shared Task" else survey_of
        if topic is not None:
            end = topic.end()
        release = _ROMAN_AFTER.match(text, end)
        if release is not None:
            end = release.end()  # "Chronos Benchmark II": a second release
        name = text[offset:end]
        if not is_well_formed(name) or is_generic(name):
            continue
        kind = _capital_head_type(head_match.group("head"))
        yield Candidate(
            offset, end, name, "head", type=kind, type_rule="head:titled", confidence=0.8
        )


#: Adjectives that make "X AI" a field, not a company, though rare as English words.
_FIELD_ADJECTIVES = frozenset(
    "multimodal generative explainable conversational embodied trustworthy agentic "
    "interpretable neurosymbolic federated human-centered human-centric causal".split()
)


#: Where a match of :data:`_ORG` may start: a capital at the start of a word.
_CAPITAL_START = re.compile(r"[A-Z](?<!\w[A-Z])")


def _org_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_ORG.finditer(text, start, end)``, found faster: every match starts with a
    capital that starts a word, which one scan finds (a pattern that starts with the
    set of capitals, which the regex engine skips to), and ``_ORG`` is tried there only.
    """
    last = start
    for capital in _CAPITAL_START.finditer(text, start, end):
        at = capital.start()
        if at < last:
            continue
        m = _ORG.match(text, at, end)
        if m is not None:
            yield m
            last = m.end()


def find_organizations(text: str, positions: list[int] | None = None) -> Iterator[Candidate]:
    """Organisations named by their form (``University of X``, ``X Research``...).

    >>> [c.text for c in find_organizations("At Tsinghua University and Quillfeather AI.")]
    ['Tsinghua University', 'Quillfeather AI']
    """
    if positions is None:
        matches: Iterator[re.Match[str]] = _ORG.finditer(text)
    else:  # the trigger word (University, Research, AI...) is inside the name
        seen: set[int] = set()
        found = []
        for pos in positions:
            for m in _org_matches(text, max(0, pos - 70), min(len(text), pos + 80)):
                if m.start() <= pos < m.end() and m.start() not in seen:
                    seen.add(m.start())
                    found.append(m)
        matches = iter(sorted(found, key=lambda m: m.start()))
    for m in matches:
        name = m.group(0).strip()
        words = name.split()
        while words and words[0].lower() in _ORG_LEAD_WORDS:
            words = words[1:]
        if len(words) < 2:
            continue
        if (
            words[-1] in ("AI", "Research")
            and not _ORG_HEADS.intersection(words)
            and all(_field_word(part) for w in words[:-1] for part in w.split("-"))
        ):
            # "Responsible AI", "Multimodal AI", "Recent Research", "Audio-Language
            # Multimodal Research", "Language Model Pretraining Research": not a company
            continue
        name = " ".join(words)
        start = m.start() + m.group(0).index(name)
        yield Candidate(
            start,
            start + len(name),
            name,
            "organization",
            type="organization",
            type_rule="organization-form",
            confidence=0.75,
        )


_POSSESSIVE_LEAD = re.compile(r"[A-Z][\w\-]*['’]s\s+(?=\S)")


def _field_word(word: str) -> bool:
    """A word of a field's name: common ("Language"), an adjective of fields
    ("Multimodal"), or common after "pre"/"post" ("Pretraining")."""
    lower = word.lower()
    return (
        is_common_word(word)
        or lower in _FIELD_ADJECTIVES
        or any(lower.startswith(p) and is_common_word(lower[len(p) :]) for p in ("pre", "post"))
    )


#: The head nouns a list may follow ("benchmarks such as ...", "data sets: ...").
_LIST_HEAD_WORDS = (
    r"benchmarks?|data\s?sets?|tasks|environments|games|suites|corpora|models|"
    r"baselines|LLMs|VLMs|architectures|systems|networks|methods|approaches|techniques|"
    r"algorithms"
)
_LISTED = re.compile(
    rf"\b(?P<head>{_LIST_HEAD_WORDS})\b"
    r"(?P<glue>[^.:;(),]{0,60}?,?\s*(?:such as|including|like|"
    r"namely|e\.g\.,?|i\.e\.,?|:)|\s*\((?:\s*(?:e\.g\.|i\.e\.|namely),?)?|,(?=\s+[A-Z0-9])|\s*—|\s--|"
    # "diffusion models for text (e.g., D3PM and ...)": a few words, then the examples
    r"[^.:;(),]{1,30}?\s*\(\s*(?:e\.g\.|i\.e\.|namely),?)\s*"
    r"(?P<items>(?:[^.;()]|\.(?=\d)){3,240})"
)
_LISTED_HEAD = re.compile(rf"\b(?:{_LIST_HEAD_WORDS})\b")
#: The first of these after a list's head noun ends the glue of :data:`_LISTED`
#: (or is its ":" or "(").
_GLUE_STOP = re.compile(r"[.;():]")
_GLUE_WORD = re.compile(r"such as|including|like|namely|i\.e\.|—| --")


def _may_list(text: str, pos: int) -> bool:
    """Whether :data:`_LISTED` may match at ``pos``: a cheap test that never says no
    where it matches (so most head nouns skip its slow lazy glue).

    The glue is a comma right after the head, or words free of ``.;():`` (one comma
    allowed) up to "such as", "including", "like", "namely", "e.g." or ":", or an
    opening bracket or dash after spaces: so it ends at or before the first of
    ``.;():`` after the head, which the test finds once.

    >>> _may_list("the benchmarks such as X", 4), _may_list("the benchmarks we made. X", 4)
    (True, False)
    """
    head = _LISTED_HEAD.match(text, pos)
    if head is None:
        return False
    end = head.end()
    if text.startswith(",", end):
        return True
    stop = _GLUE_STOP.search(text, end)
    stop_at = stop.start() if stop else len(text)
    if text.startswith((":", "("), stop_at) or text.startswith("e.g.", stop_at - 1):
        return True
    return _GLUE_WORD.search(text, end, stop_at) is not None


_ITEM = re.compile(
    r"^(?:[A-Z][\w\-.']*|(?=[\w\-.']*[A-Za-z])[\w\-.']*\d[\w\-.']*)(?: (?:of |and |the |on )?"
    r"(?:[A-Z][\w\-.']*|\d[\w\-.']*)){0,4}$"
)


#: The name at the start of a list item that goes on in lower case ("ERA5 for training").
_ITEM_LEAD = re.compile(
    r"(?=[\w\-.+']*[A-Za-z])[A-Z0-9][\w\-.+']*(?:\s+(?:of\s+|the\s+)?[A-Z0-9][\w\-.+']*)*"
    r"(?=\s+[a-z])"
)
#: A score after a listed name: "CVQA with 57.4%".
_WITH_SCORE = re.compile(r"\s+with\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?\d[\d.]*\s*%?$")
#: A plural noun right before "such as", "including", "like": the list's own head.
_GLUE_NOUN = re.compile(
    r"\b([A-Za-z]{3,}s|people|children|women|men|data|media|criteria)(?:,?\s+"
    r"(?:such as|including|like)|:)$"  # (or "models on two setups: A and B")
)
#: A count before a plural head that a bare comma, not "such as", joins to its list.
_COUNT_BEFORE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w\-]+\s+){0,4}$",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"\s*the\s+(?=[A-Z0-9])")
_LIST_HEADS = re.compile(r"\b(?:benchmarks?|datasets?|models|baselines|tasks|LLMs)\b")


def find_listed(text: str, positions: list[int] | None = None) -> Iterator[Candidate]:
    """Names listed after a typing noun: ``tasks: Game of 24, Creative Writing and
    Mini Crosswords``, ``benchmarks (MultiArith, GSM8K)``.

    >>> [(c.text, c.type) for c in find_listed("on reasoning tasks (Last Letter, Coin Flip).")]
    [('Last Letter', 'benchmark'), ('Coin Flip', 'benchmark')]
    >>> list(find_listed("teach LLMs to act as specific people such as Beethoven, Queen Zorb."))
    []
    """
    if positions is not None:
        positions = [pos for pos in positions if _may_list(text, pos)]
    for m in _anchored(_LISTED, text, positions):
        head = m.group("head").lower().replace(" ", "")  # "data sets"
        glue = m.group("glue")
        if glue == "," and not _COUNT_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue  # "on four change detection datasets, A, B, C and D", counted
        if _LIST_HEADS.search(glue):
            continue  # "models on standard benchmarks such as": the benchmarks are listed
        glue_noun = _GLUE_NOUN.search(glue)
        if glue_noun is not None and glue_noun.group(1).lower() not in (head, "others"):
            continue  # "models ... through services including": services are listed
        if glue.endswith(":") and text[max(0, m.start() - 3) : m.start()] == "of ":
            continue  # "two properties of LLMs: Scaling Laws and ...": not LLMs listed
        if glue.endswith(":") and text.find("\n\n", m.end("glue")) >= 0:
            continue  # "Product of Experts with LLMs: Boosting ...": a title's colon
        kind = head_type(head.rstrip("s") if head.endswith("ies") is False else head)
        if head in ("tasks", "games", "environments", "suites", "benchmarks", "benchmark"):
            kind = "benchmark"
        elif head.startswith(("dataset", "corpora")):
            kind = "dataset"
        elif head in (
            "models",
            "baselines",
            "llms",
            "vlms",
            "architectures",
            "systems",
            "networks",
        ):
            kind = "model"
        elif head in ("methods", "approaches", "techniques", "algorithms"):
            kind = "method"
        items = m.group("items")
        base = m.start("items")
        pos = 0
        for piece in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", items):
            at = items.find(piece, pos)
            pos = at + len(piece)
            article = _ARTICLE.match(piece)
            if article:  # "like the Anomaly Transformer and DCdetector"
                piece, at = piece[article.end() :], at + article.end()
            name = piece.strip()
            lead = None if _ITEM.match(name) else _ITEM_LEAD.match(name)
            if lead is not None and name[lead.end() :].lstrip().startswith("et al"):
                break  # "(Peters et al., 2018)": a citation, not a list
            # "like ERA5 for training": the list ends with ERA5; but not "such as CVQA
            # with 57.4%, Babel-ImageNet with 50.2% and ...": each item with its score
            last = lead is not None and not _WITH_SCORE.match(name, lead.end())
            if lead is not None:
                name = lead.group(0)
            maker = _POSSESSIVE_LEAD.match(name)
            if maker is not None:  # "like Meta's LLaMA": the model, after its maker
                name, at = name[maker.end() :], at + piece.find(name) + maker.end()
                piece = name
            words = name.split()
            if len(words) > 1 and fold_name(words[-1]) in METRIC_FOLDS:
                # "benchmarks (e.g., NoCaps CIDEr)": the benchmark, and what it measures
                name = name[: name.rindex(" ")]
            evaluated = name.split(" on ", 1)
            if len(evaluated) == 2 and is_name_shaped(evaluated[0]):
                # "models like LLaVA-Med on RoMed": the model, and where it was evaluated
                name, last = evaluated[0], True
            if (
                not name
                or not _ITEM.match(name)
                or _MEASURE.fullmatch(name)  # "tasks: 30-day readmission prediction, ..."
                or is_generic(name)
                or not any(c.isalpha() for c in name)
            ):
                if name and name[0].islower():
                    break  # the list is over
                continue
            if len(name.split()) == 1 and is_common_word(name) and not name.isupper():
                continue
            start = base + at + (len(piece) - len(piece.lstrip()))
            yield Candidate(
                start,
                start + len(name),
                name,
                "list",
                type=kind,
                type_rule=f"list:{head}",
                confidence=0.65,
            )
            if last:
                break


#: A plural data noun that ends a list of the names before it.
_PLURAL_DATA_HEAD = re.compile(r"(?P<head>data\s?sets|benchmarks|corpora)\b")
#: The last item of a list that ends at the end of the searched text, with its
#: acronym in brackets and the separator after it: "Gibson, ", "Houston 2013 and ",
#: and, in a list of scores, "Pavia University, 96.92% on the ".
_LISTED_ITEM = (
    r"(?<![\w\-.+'])(?P<item>[A-Z0-9][\w\-.+']*(?:\s+(?:of\s+)?[A-Z0-9][\w\-.+']*){0,3})"
    r"(?:\s*\([^()]{1,20}\))?"  # its acronym: "Habitat-Matterport 3D (HM3D)"
)
_ITEM_BEFORE = re.compile(
    _LISTED_ITEM + r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    r"(?:[-−]?\d[\d.]*\s*%?\s+(?:on|in)\s+(?:the\s+)?)?$"
)
#: The list's last item, right before its head noun.
_LAST_ITEM_BEFORE = re.compile(_LISTED_ITEM + r"\s+$")
#: Words that start a reference to part of the paper, not a name: "Table 2, A and B".
_PART_OF_PAPER = frozenset(("table", "figure", "fig", "fig.", "section", "appendix", "eq", "eq."))
#: The words for a dataset's splits, which are no names by themselves.
_SPLIT_WORDS = frozenset(
    "train training valid validation val dev development test testing eval evaluation "
    "held-out".split()
)


def _list_item_ok(item: str) -> bool:
    words = item.split()
    return (
        words[0].lower() not in _STOP
        and words[0].lower() not in _PART_OF_PAPER
        and _name_words_ok(item)
        and not names_a_language(item)
        and not _NUMBERISH.fullmatch(item)
    )


def find_listed_before(text: str, positions: list[int] | None = None) -> Iterator[Candidate]:
    """Names listed before a plural data noun, but the last, which the head-noun rule
    finds: "the Gibson, HM3D and MP3D datasets", "97.6% on Pavia University, 96.9% on
    the University of Houston and 99.5% on Salinas datasets".

    >>> text = "We test on the Gibson, Zorbix (ZB), and Quandor datasets."
    >>> [(c.text, c.type) for c in find_listed_before(text)]
    [('Zorbix', 'dataset'), ('Gibson', 'dataset')]
    >>> list(find_listed_before("As shown in Table 2, the Zorb and Quibble datasets"))
    []
    """
    for head_match in _anchored(_PLURAL_DATA_HEAD, text, positions):
        end = head_match.start()
        # within the sentence and the line
        low = max(text.rfind("\n", 0, end) + 1, text.rfind(". ", 0, end) + 2, end - 400)
        last = _LAST_ITEM_BEFORE.search(text, max(low, end - 80), end)
        if last is None or not _list_item_ok(last.group("item")):
            continue
        head = head_match.group("head").lower().replace(" ", "")
        kind = "benchmark" if head == "benchmarks" else "dataset"
        cursor = last.start()
        while cursor > low:
            m = _ITEM_BEFORE.search(text, max(low, cursor - 120), cursor)
            if m is None or not _list_item_ok(m.group("item")):
                break
            yield Candidate(
                m.start("item"),
                m.end("item"),
                m.group("item"),
                "list",
                type=kind,
                type_rule=f"list:{head}",
                confidence=0.65,
            )
            cursor = m.start()


# -- contributions and titles -----------------------------------------------------------------

_AUX = (
    r"(?:(?:also|further|then|first|now|hereby|publicly|openly|additionally|finally|here|"
    r"next|thus|therefore|are|will|can|would|have|has|had|could|successfully)\s+)*"
)
_CONTRIB = re.compile(
    r"\b(?:(?:[Ww]e|[Tt]his (?:paper|work|report|study)|[Oo]ur work)\s+"
    + _AUX
    + r"(?:(?:\w+)\s+and\s+)?(?P<verb>"
    + "|".join(sorted(CONTRIBUTION_VERBS, key=len, reverse=True))
    + r")|(?:[Bb]y|[Aa]nd|[Ww]hile|[Ff]urther|[Aa]lso)\s+(?P<gerund>introducing|presenting|"
    r"proposing|releasing|developing|building|creating|constructing|curating|collecting))\b"
)
_VERB = re.compile(r"\w+(?:-\w+)?\b")
#: The mark of a list's first item after a contribution verb: "we present: (1) X"
_FIRST_ITEM = re.compile(r":?\s*\(?(?:1|i|a)\)(?=\s)")
#: "The resulting model, eSEN, ...", "The resulting ViT-G model": what the paper's
#: procedure made is its own (a name before the noun, or one after it and a comma)
_RESULTING = re.compile(
    r"\b[Tt]he\s+resulting\s+(?:(?P<before>[\w\-.]*[A-Z0-9][\w\-.]*)\s+)?"
    r"(?:models?|datasets?|benchmarks?|corpus|system|network|checkpoints?|policy|agent)\b"
)
#: Where an apposition of names ends: a comma, a clause mark or a bracket
_APPOSITION_END = re.compile(r"[,;:.(]|\s(?:which|that|is|are)\s")
#: "on" or "upon" right after a contribution verb: "we build upon X" uses X
_BUILT_ON = re.compile(r"\s+(?:up)?on\s")
# (``\b(?:[Ww]e|[Tt]his (?:paper|work|report|study)|[Oo]ur work)``, written to start with
# the set of its first letters, which the regex engine skips to: some twice as fast)
_CONTRIB_BEFORE = re.compile(
    r"[WwTtOo](?<!\w[WwTtOo])(?:(?<=[Ww])e|(?<=[Tt])his (?:paper|work|report|study)|"
    # (a clause of a few words before "and": "we thoroughly pursue this problem and propose")
    r"(?<=[Oo])ur (?:work|study|paper|research))\s+" + _AUX + r"(?:(?:\w+\s+){1,5}and\s+)?$"
)
#: A tool the paper uses to make its contribution: "(we) ... and use it to train X",
#: "We use OS-Copilot to create FRIDAY"
_USE_TO_BEFORE = re.compile(
    r"\b(?:use|uses|used|leverage|leverages|employ|employs)\s+"
    r"(?:it|them|this(?:\s+\w+)?|these(?:\s+\w+)?|[A-Z][\w\-]*)\s+to\s+$"
)
_WE = re.compile(r"\b[Ww]e\b")
#: A sentence whose subject is "we", up to an "and" before a second verb
_WE_LEADS = re.compile(r"\s*(?:[A-Z]\w*,\s+)?[Ww]e\s+[^.;]*\band\s+$")
#: A name or a definite thing next ("to train UGround", "to construct the ... (DimeNet)";
#: not "to train an autoregressive GPT model", "to create diverse user profiles")
_DEFINITE_NEXT = re.compile(r"\s+(?:the\s+|[A-Z])")
_GERUND_BEFORE = re.compile(r"\b(?:[Bb]y|[Aa]nd|[Ww]hile|[Ff]urther|[Aa]lso)\s+$")
_NAMING = re.compile(
    r"\b(?P<verb>" + "|".join(sorted(NAMING_VERBS, key=len, reverse=True)) + r")\s+"
    # ("we name the model X", "which we dub the VIDeo quality EVALuator (VIDEVAL)": the
    # words after "the" are a noun in lower case, or the name)
    r"(?:(?:it|this|them|these|(?:the|our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?|as)\s+)?"
    r"(?:the\s+)?"
)
# "a novel Latent Diffusion Transformer, namely Latte": what "namely" names is new
_NOUN_BEFORE_NAMING = re.compile(
    r"\b(?:(?P<test>test|evaluation)\s+set|(?P<noun>dataset|benchmark|corpus|suite|model|"
    r"method|framework|approach|algorithm|architecture|system|agent|technique|data|llm))s?"
    # "large-scale data of grounded image-text pairs (called GrIT)", "a new dataset for
    # table extraction, called PubTables-1M"
    r"(?:\s+of\s+(?:[\w\-]+\s+){0,3}[\w\-]+\s*\(|\s+(?:for|of|on)\s+(?:[\w\-]+\s+){0,2}[\w\-]+)?"
    r"(?:\s*\()?\s*,?\s*"  # "our text pair dataset (called CCPairs)"
    r"(?:(?:which|that)\s+we\s+)?$",  # "a new BVQA model, which we dub VIDEVAL"
    re.I,
)
#: A model trained on the data that ends a phrase before a naming verb: "a model trained
#: on this data, which we call RT-X" names the model, not the data
_TRAINED_ON_END = re.compile(
    r"\b(?:model|policy|agent|network|system)s?\s+(?:pre-?)?(?:trained|fine-tuned|learned)\s+"
    r"(?:on|with|from)\s+(?:[\w\-]+\s+){0,3}$",
    re.I,
)
_NEW_THING = re.compile(r"\b(?:novel|new)\b[^,;.]{0,60},?\s*$", re.I)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|this (?:paper|work|report|study))\b", re.I)
_PRIOR_WORK = re.compile(
    r"\b(?:recent(?:ly)?|existing|previous(?:ly)?|prior|popular|well-known|known|so-called|"
    r"widely|standard|conventional|original)\b[^.]{0,40}$",
    re.I,
)
_OUR = re.compile(
    # "our ...", "the proposed method, X"; a hyphenated word may be an adjective
    # ("our open-source model"), but not two capitalised ones ("Our Multi-Instance Pose
    # Network"), the name's first word
    r"\b(?:[Oo]ur|(?<=[Tt]he\s)proposed)\s+(?:(?:largest|smallest|best|final|flagship|new|"
    r"novel|proposed|resulting|first|main|open|strongest|"
    # (not a capitalised one with a digit, a name: "our ZorbThinker3-7B model")
    r"(?![A-Z][\w]*-[A-Z])(?![A-Z][\w\-]*\d)[\w]+-[\w]+|"
    r"fine-tuned|trained)\s+)*(?:(?P<noun>model|method|"
    r"approach|framework|dataset|benchmark|test|suite|corpus|system|architecture|algorithm|"
    r"technique|agent)s?\s*[,:]?\s*(?:the\s+)?)?"
)
#: A head noun that is the verb of its clause: "X sets a new state of the art", "X models
#: the ...": no type.
VERB_NOUN_AFTER = re.compile(r"\s+(?:sets|models)\s+(?:a|an|the|new|state|records?)\b", re.I)
_CLASS_NOUN = re.compile(
    r"\s+(?:models|networks|transformers|architectures|methods|approaches|systems|agents)\b"
)
_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+(?:[\w\-]+,?\s+){0,5}?(?P<noun>dataset|corpus|benchmark|suite|model|"
    r"collection|method|framework|family)\b"
)
_NEW_LIST = re.compile(
    r"\b(?:new|novel)\s+(?:[\w\-]+\s+){0,2}(?:tasks|benchmarks?|datasets?|environments|games|"
    r"models)\b[^.:;]{0,80}:"
)
_TITLE_REPORT = re.compile(
    r"^(?:The\s+)?(?P<name>.+?)[:,]?\s+(?:Technical Report|System Card|Model Card|Herd of Models)\b"
)
#: The rest of "X, a new dataset called Y": the new thing is Y, not X
_NAMES_ANOTHER = re.compile(rf"\s+(?:[\w\-]+\s+){{0,3}}?{NAMED}\b")
_APPOSITIVE_NEW = re.compile(
    # (not "a recently proposed model", "a newly curated dataset": others' new work)
    r",\s+(?:a|an|our)\s+(?:(?!recently|previously|originally|widely)[\w\-]+\s+){0,2}?"
    r"(?:new|novel|proposed)\b(?P<rest>[^.]{0,80})|"
    # "X, a benchmark proposed in this work"
    r",\s+(?:a|an|the)\s+(?P<made>(?:[\w\-]+\s+){1,4}?)(?:proposed|introduced|presented|"
    r"constructed|collected|created|curated|built)\s+(?:in|by|for)\s+(?:this|our)\s+"
    r"(?:work|paper|study)\b"
)
#: What a paper releases that is no method: "we release model checkpoints, ...".
_RELEASED_THINGS = frozenset(
    "model models checkpoint checkpoints weights code data dataset datasets benchmark "
    "benchmarks demo demos api".split()
)


def _capitalised_common_name(text: str, name: str, offset: int) -> bool:
    """Whether a common word before a head noun is a name all the same: capitalised in
    mid-sentence, and never written in lower case ("we present Chameleon dataset", "the
    Pasture benchmark"; not "the English dataset", a language).

    >>> _capitalised_common_name("We present Chameleon dataset.", "Chameleon", 11)
    True
    >>> _capitalised_common_name("A chameleon. We present Chameleon dataset.", "Chameleon", 24)
    False
    """
    return (
        name.isalpha()
        and name[:1].isupper()
        and name[1:].islower()
        # (not after a possessive: "WMT22's Metrics shared task")
        and re.search(r"(?<!['’])[a-z,;]\s+$", text[max(0, offset - 20) : offset]) is not None
        and not names_a_language(name)
        and name.lower() not in _STOP
        and re.search(rf"\b{name.lower()}\b", text) is None
    )


def _capitalised_inside(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` as written, after the first word of a sentence."""
    return re.search(rf"[a-z,;]\s+{re.escape(word)}\b", text) is not None


_TITLE_FOR = re.compile(r"^(?P<name>.+?)\s+(?:for|with|via|in|on|:)\s", re.I)
# what ends a title's name and starts its subtitle: "X: ...", "X -- ...", "X — ..."
_TITLE_SEP = re.compile(r":|\s+(?:--?|[—–])\s+")
#: A shared-task system paper's title, "TEAM at EVENT YEAR[ Task N]: ...": "Synerise at
#: RecSys 2021: ...", "Zorb at SemEval-2022 Task 11: ...". It names the team that took
#: part and the contest (a benchmark), not a model of the paper.
_TITLE_AT_EVENT = re.compile(
    r"(?P<team>[A-Z][\w&.+\-]*(?: [A-Z][\w&.+\-]*){0,2}) at "
    r"(?P<event>(?:[A-Z][\w\-]* ){0,2}[A-Z][\w\-]*?[- ]?(?:19|20)\d\d"
    r"(?: (?:[Ss]hared )?[Tt]ask \d+[A-Za-z]?| Challenge| Cup| Shared Task)?)\s*(?::|\s[—–-]\s)"
)
_SUBTITLE_NAME = re.compile(
    rf"^\s*(?:[Tt]he\s+)?(?P<name>(?![Aa]n?\s)(?:\S+\s+){{1,6}}?(?P<head>{_CAPITAL_HEADS}))\s*$"
)
# (a perspective paper is "A Perspective on X", not "Revisiting X From ViT Perspective")
_SURVEY_WORDS = ("survey", "review", "overview", "tutorial", "primer", "perspective")
_SURVEY = re.compile(
    r"\b(?:survey|review|overview|tutorial|primer)\b|\bperspectives?\s+(?:on|of|for)\b|"
    r"^(?:an?\s+)?(?:[\w\-]+\s+)?perspectives?\b",
    re.I,
)
#: What any match of :data:`_TITLE_REPORT` contains: a cheap first test.
_REPORT_WORDS = ("Technical Report", "System Card", "Model Card", "Herd of Models")


def _is_survey(title: str) -> bool:
    """Whether a title says it surveys ("A Survey of ..."): :data:`_SURVEY`, searched
    only if the title holds one of its words (an ASCII title's case folds simply)."""
    if title.isascii():
        lowered = title.lower()
        if not any(word in lowered for word in _SURVEY_WORDS):
            return False
    return _SURVEY.search(title) is not None


_TYPE_NOUN = re.compile(
    r"(?<![\w\-])("  # not "Human-LLM"
    + words_pattern(
        (
            *"dataset database benchmark corpus suite model models architecture network framework "
            "method approach algorithm technique strategy system assistant family series paradigm "
            "loss objective agent agents environment environments challenge leaderboard arena "
            "collection test mechanism module platform llm llms".split(),
            "question set",
            "problem set",
            "test set",
            "evaluation set",
            "data set",  # "WaveFake: A Data Set to Facilitate ..."
        )
    )
    + r")\b",
    re.I,
)
_HEAD_SPLIT = re.compile(
    r",|:|;|\s--?\s|\s[-–—]\s|\s(?:which|that|to|for|of|in|on|with|based|from|using|by|as|"
    r"where|whose|and\s+(?:use|apply|show|demonstrate|evaluate|find))\s"
)
#: An article and one adjective, which a comma may follow inside the noun phrase
_ADJECTIVE_ONLY = re.compile(
    r"\s*(?:a|an)\s+(?:novel|new|simple|efficient|effective|lightweight|robust|general|"
    r"unified|powerful|scalable|fast|strong|flexible|principled|generic|large|small)\s*"
)
#: The rest of an object that the head split cut at "based": "X based framework (ACR)"
_BASED_ACRONYM = re.compile(r"\s*(?:based|driven|guided)\s+(?:[a-z][\w\-]*\s+){0,2}\((?=[A-Z])")
#: An object that is one of a family: "the latest generation", "a new version"
_GENERATION_HEAD = re.compile(r"\b(?:generation|version|iteration|edition|successor)\s*$", re.I)
#: An indefinite article (or "the first") and adjectives in lower case, before a word that
#: says what kind
A_KIND_BEFORE = re.compile(r"\b(?:a|an|the\s+first)\s+(?:[a-z][\w\-]*\s+){0,2}$")
#: Contribution verbs whose object is data
_DATA_VERBS = frozenset("collect collects collected curate curates curated".split())
#: A name given right after the head of an object: ", which we dub X", "(called X)"
_NAMED_AFTER_HEAD = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+we\s+(?:dub|call|name|term|coin)|\(?\s*(?:called|named|"
    r"dubbed|termed|coined))\b"
)
_KNOWN_AS = re.compile(r"^[^.;]*?\b(?:known\s+as|called|named|dubbed|termed)\s+")
_PREPOSITION = re.compile(r"\s*(?:upon|on|from|with|in|to|for|by|of|over|into|across)\b")
_MEASURE_NOUN_BEFORE = re.compile(
    r"\b(?:metrics?|measures?|scores?|loss(?:es)?|criteri(?:a|on)|indicators?)\s*,?\s*$", re.I
)
#: A capitalised word right before a name: "Instruct" of "Instruct Pix2Pix"
_MODIFIER_BEFORE = re.compile(r"(?<![\w\-.])([A-Z][a-z]{2,}) \Z")
_MODIFIER_LEAD = re.compile(r"(?:^|[.!?:;\n(\"“]\s*)$")


def _modifies(text: str, m: re.Match[str]) -> bool:
    """Whether the capitalised word ``m`` before a known model is a word of a longer
    name: not a sentence's first word, a stop word, a class or a common adjective
    capitalised for a sentence or a heading (a company's name is a catalog name)."""
    word = m.group(1)
    if word.lower() in _STOP or is_generic(word) or word.lower() in _PLAIN_MODIFIERS:
        return False
    before = text[max(0, m.start(1) - 3) : m.start(1)]
    return not _MODIFIER_LEAD.search(before) and m.start(1) > 0


_PLAIN_MODIFIERS = frozenset(
    "vanilla original standard baseline base pretrained fine-tuned frozen our the "
    # a question after an enumeration: "(i) Can mBERT be used as ..."
    "can could does do did is are was were will would should how why what when which".split()
)
#: A lower-case variant word glued to a known model: "vid2vid-zero", "Whisper-tiny"
_SPACED_VARIANT = re.compile(r" [-–] (?i:instruct|chat|base)\b(?![\w\-])")
_VARIANT_SUFFIX = re.compile(
    r"-(?:zero|lite|mini|tiny|small|medium|base|large|huge|plus|pro|max|ultra|turbo|instruct|"
    r"chat|nano|micro|next|flash)"
    r"(?![\w\-])",
    re.I,
)
_TAIL_LEAD = re.compile(r"^[\s,:\-–—]*(?:(?:of|in|the|a|an|our|called|named|dubbed|termed)\s+)*")
_CAPITAL_RUN = re.compile(
    r"(?:[A-Z][\w\-]*|[\w\-]*\d[\w\-]*)(?:\s+(?:of\s+|in\s+|for\s+|and\s+)?"
    # (a version keeps its decimals: "Zorbus 2.5")
    r"(?:[A-Z][\w\-]*|[\w\-]*\d[\w\-]*(?:\.\d+)*))*"
)


_LIST_GLUE = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:[,;]\s*(?:and\s+|or\s+)?|and\s+|or\s+|"
    r"[,;][^,;.]{0,60}?[;,]\s*(?:and\s+)?)(?:\(\d\)\s*)?(?:the\s+|an?\s+)?"
)
_CAPITALISED_PHRASE = re.compile(r"((?:[A-Z][\w\-]*)(?:\s+(?:of|in|for|and)?\s*[A-Z][\w\-]*){0,4})")


def _names_a_class(candidates: list[Candidate], i: int) -> bool:
    """Whether candidate ``i`` is a generic class, or the acronym of one ("LMs")."""
    cand = candidates[i]
    partner = candidates[cand.partner] if cand.partner is not None else None
    return is_generic(cand.text) or (
        cand.rule == "acronym" and partner is not None and is_generic(partner.text)
    )


def _new_data(subtitle: str) -> bool:
    """Whether a title's subtitle says the name before it is a new dataset or benchmark:
    "Lean Workbook: A large-scale Lean problem set formalized from ..." (a name of common
    words, which other titles' heads often are: "Deep Learning: A Critical Appraisal")."""
    return _INDEFINITE.match(subtitle) is not None and type_from_description(subtitle) in (
        "dataset",
        "benchmark",
    )


_INDEFINITE = re.compile(r"\s*(?:A|An)\s")


#: A description that opens with a set of items: "a set of 1,227 questions", "a
#: collection of 50K image-text pairs" (questions and tasks to test on; else data)
_SET_OF_ITEMS = re.compile(
    # (after the name, if the description starts with it: "X: a set of ...")
    r"(?:\s*[\w\-]+\s*[:,]|[\s,:]*)\s*(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:set|collection|corpus|suite)\s+of\s+"
    r"(?:(?:[\d.,]+[KMkm]?|[\w\-]+)\s+){0,5}?(questions|problems|prompts|tasks|queries|tests|"
    r"puzzles|exams?|instructions|examples|samples|images|videos|dialogues|conversations|"
    r"pairs|documents|recordings|utterances)\b",
    re.I,
)
_TEST_ITEMS = frozenset("questions problems prompts tasks queries tests puzzles exam exams".split())


def _noun_type(noun: str) -> str | None:
    """The type a type noun of :data:`_TYPE_NOUN` gives: its last word's, but a test
    set is for evaluating ("a language identification test set": a benchmark)."""
    if noun.lower() in ("test set", "evaluation set"):
        return "benchmark"
    return head_type(noun.split()[-1])


def type_from_description(text: str) -> str | None:
    """The type the first type noun of a description gives ("a new dataset of ..."); a
    framework or platform "to evaluate" is a benchmark; an amount of data ("5,000 Hours
    of Transcribed Financial Audio") a dataset.

    >>> type_from_description(" 5,000 Hours of Transcribed Audio for Speech Recognition")
    'dataset'
    >>> type_from_description(" A Collection of Open-Source Pretrained Large Language Models")
    'model'
    >>> type_from_description(" A Large Aerial Image Database for Agricultural Pattern Analysis")
    'dataset'
    >>> type_from_description(" Multimodal Dataset Pruning Using Captioning Models")
    'method'
    >>> type_from_description(" Datasets for Patent Classification")
    'dataset'
    >>> type_from_description(" Key Information Extraction Datasets Involving Long Documents")
    'dataset'
    """
    if _AMOUNT_OF_DATA.match(text):
        return "dataset"
    plural = _PLURAL_DATA_START.match(text)
    if plural is not None:
        # "CinPatent: Datasets for Patent Classification": what the subtitle opens with
        return "benchmark" if plural.group(1).lower() == "benchmarks" else "dataset"
    items = _SET_OF_ITEMS.match(text)
    if items is not None:
        # "a set of 1,227 human-written questions for assessing LLMs": test items
        return "benchmark" if items.group(1).lower() in _TEST_ITEMS else "dataset"
    relative = _RELATIVE_CLAUSE.search(text, 0, 120)
    # "an instantiation of this recipe, which sets a new state of the art on the LIBERO
    # benchmark": what the clause after says it did is not what it is
    m = _TYPE_NOUN.search(text, 0, relative.start() if relative else 120)
    if m and m.group(1).lower() in _GROUP_NOUNS:
        # "A Collection of Open-Source Pretrained Large Language Models": what it groups
        inner = _TYPE_NOUN.search(text, m.end(), min(len(text), m.end() + 70))
        if inner and _OF_AFTER.match(text, m.end()):
            m = inner
    kind = _noun_type(m.group(1)) if m else None
    if kind in ("dataset", "benchmark") and m and PROCESS_AFTER.match(text, m.end()):
        return "method"  # "Multimodal Dataset Pruning Using ...": a process on data
    if kind == "benchmark" and m and _MODEL_NOUN_AFTER.match(text, m.end()):
        return "model"  # "two benchmark models: ...": models to compare with
    if kind == "method" and m and evaluates(text, m.start(), m.end()):
        return "benchmark"
    return kind


#: A description that says at once what the name is for: evaluation ("X for evaluation
#: and ...", "X for benchmarking"), which a test set is
_FOR_EVALUATION = re.compile(r"\s*,?\s*for\s+(?:evaluation|benchmarking)\b", re.I)
#: A description opening with data in the plural: " Datasets for Patent Classification",
#: " New Benchmarks and Baselines for X" (one name for several sets)
_PLURAL_DATA_START = re.compile(
    r"\s*(?:(?:new|large(?:-scale)?|open|two|three|multilingual)\s+)?"
    # "Kleister: Key Information Extraction Datasets Involving ...": a title's words of
    # what the data is for, before the noun (not a preposition: "... Across Datasets")
    r"(?:(?!(?:Across|Among|Between|For|From|In|Of|On|Over|To|With|Via|Using)\b)"
    r"(?-i:[A-Z][\w\-]*)\s+){0,4}"
    r"(datasets|benchmarks|corpora|databases)\b",
    re.I,
)
#: A process noun right after a data noun, which then only says what it works on, in a
#: title's capitals ("Dataset Pruning"; not "a benchmark consisting of")
PROCESS_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:ing|tion|sis|ment)\b")
#: A model noun after "benchmark", whose head it is ("benchmark models").
_MODEL_NOUN_AFTER = re.compile(r"\s+(?i:models?|networks?|baselines?)\b")


_BENCHMARK_WORD = re.compile(
    # ("HateCheck: Functional Tests for Hate Speech Detection Models")
    r"\b(?i:benchmark(?:s|ing)?|test\s+suite|leaderboard|(?:functional|diagnostic)\s+tests)\b"
)
#: The last word of a title's name that says the paper looks at it again
_REVISITED = frozenset(("Revisited", "Reconsidered", "Reloaded", "Redux", "Reexamined"))
#: A name that says it is a benchmark: "GEO-Bench", "ZorbArena"
_BENCH_ENDING = re.compile(r"(?:[Bb]ench(?:mark)?|BENCH|Arena)\s*$")
#: A subtitle that calls the name a task set for models: "TOFU: A Task of Fictitious
#: Unlearning for LLMs" (not "Multi-Task Learning for ...")
_TASK_SUBTITLE = re.compile(r"\s*(?:An?|The)\s+(?:[\w\-]+\s+)?Task\s+(?:of|for)\s")
_RELATIVE_CLAUSE = re.compile(r"\s(?:which|that|where|who)\s(?!(?:is|are)\s)")
# a phrase after a contribution's object that is about something else ("on the X dataset")
_OTHER_PHRASE = re.compile(r"\s(?:on|using|with|against|from|over|across|via)\s")


def evaluates(text: str, start: int, end: int) -> bool:
    """Whether the method noun at ``text[start:end]`` is one made to evaluate ("an
    evaluation framework", "a platform for assessing"), which makes it a benchmark.

    >>> text = "an evaluation framework, a framework for assessing LLMs, a framework"
    >>> evaluates(text, 14, 23), evaluates(text, 27, 36), evaluates(text, 59, 68)
    (True, True, False)
    """
    return text[start:end].lower() in _EVALUATING_NOUNS and (
        _TO_EVALUATE.match(text, end) is not None
        or _EVALUATION_BEFORE.search(text, max(0, start - 14), start) is not None
    )


# what evaluates as a benchmark does; an evaluation method, strategy or metric is a method
_EVALUATING_NOUNS = frozenset(
    ("framework", "platform", "toolkit", "environment", "suite", "testbed", "harness", "arena")
)


_EVALUATION_BEFORE = re.compile(r"\b(?:evaluation|benchmarking|assessment)\s+$", re.I)


def apposition_type(text: str, pos: int) -> str | None:
    """The type the head noun of an apposition at ``text[pos]`` gives: its last type
    noun before a preposition or clause ("WebVoyager, an innovative Large Multimodal
    Model (LMM) powered web agent that ..."); None if there is no apposition or no type
    noun heads it ("OpenVLA, a 7B-parameter open-source VLA trained on ...").

    >>> text = "Zorb, an open web agent that browses, and Zorbo, a model trained on data."
    >>> apposition_type(text, 4), apposition_type(text, 47), apposition_type(text, 9)
    ('model', 'model', None)
    """
    m = _APPOSITION_HEAD.match(text, pos)
    if m is None:
        return None
    nouns = list(_TYPE_NOUN.finditer(m.group("head")))
    if not nouns:
        return None
    kind = _noun_type(nouns[-1].group(1))
    noun = nouns[-1]
    head = m.group("head") + text[m.end() : m.end() + 40]
    if kind == "method" and evaluates(head, noun.start(), noun.end()):
        return "benchmark"  # "ZebraLogic, a comprehensive evaluation framework for ..."
    return kind


_APPOSITION_HEAD = re.compile(
    r",\s+(?:a|an)\s+(?P<head>[^,;.()]{1,80}?)"
    r"(?=\s+(?:of|for|on|in|trained|that|which|with|to|from|by|using|and)\s|[,;.()]|$)"
)
_GROUP_NOUNS = frozenset(("collection", "suite", "family", "series"))
_OF_AFTER = re.compile(r"\s+of\s")
_AMOUNT_OF_DATA = re.compile(
    r"\W*(?:(?:a|an|over|nearly|about)\s+)?\d[\d.,]*\s*(?:[KMB]|million|billion|thousand)?\+?"
    r"\s+(?:hours?|images?|videos?|clips?|utterances?|sentences?|documents?|tokens?|pairs?|"
    r"samples?|examples?|questions?|conversations?|dialogues?|scenes?|frames?|words?|"
    r"recordings?|patients?|molecules?|proteins?)\b",
    re.I,
)
_TO_EVALUATE = re.compile(r"\s+(?:to|for)\s+(?:evaluat|benchmark|assess)", re.I)
_COMPARED = re.compile(
    r"\w+\.?\s+(?:to\s+|with\s+|against\s+)?(?:the\s+|both\s+|strong\s+|prior\s+)?"
    r"(?P<names>[A-Z][\w\-.]*(?:\s[A-Z0-9][\w\-.]*){0,2}"
    r"(?:(?:,\s*|,?\s+and\s+|,?\s+or\s+)[A-Z][\w\-.]*(?:\s[A-Z0-9][\w\-.]*){0,2}){0,5})"
)


#: A capitalised word after " on " that a score may be on: "Nordland" of "58.4% on
#: Nordland" (not "Area" of "on Area 5", a split).
_ON_WORD = re.compile(r"(?:the\s+)?([A-Z][a-z]{2,})(?=[\s,.;:)]|$)(?! \d)")
#: A score right before " on ": "58.4%", "97.1".
_SCORE_END = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*%?$")


#: An apposition that says what a plain capitalised word names: ", a massive corpus of"
_DESCRIBED_AS_DATA = re.compile(
    r",\s+an?\s+(?:[\w\-]+\s+){0,4}?(dataset|corpus|benchmark|database|collection)\b"
    r"(?!\s+(?:models?|methods?|approach))"
)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w\-.])([A-Z][a-z]+[A-Za-z0-9]*)$")


def _plain_word_may_name(word: str) -> bool:
    """Whether a capitalised word with a plain word's shape may be a name that its
    context types: not an English word, a stop word, a language or a class."""
    return not (
        is_common_word(word) or word.lower() in _STOP or names_a_language(word) or is_generic(word)
    )


def find_described(text: str) -> Iterator[Candidate]:
    """Capitalised words that an apposition calls data, though their shape is a plain
    word's: "person disambiguation in Quotebank, a massive corpus of quotations".

    >>> [c.text for c in find_described("We use Zorbank, a large corpus of news. Also, a dataset.")]
    ['Zorbank']
    """
    at = text.find(", a")
    while at >= 0:
        m = _DESCRIBED_AS_DATA.match(text, at)
        word = _CAPITALISED_BEFORE.search(text, max(0, at - 30), at) if m else None
        if word is not None:
            name = word.group(1)
            if (
                _plain_word_may_name(name)
                and not is_name_shaped(name)  # (the shape rule finds it, typing types it)
                and not _NAMES_ANOTHER.match(text, m.end())  # "To train X, a new dataset called Y"
            ):
                kind = head_type(m.group(1)) or "dataset"
                yield Candidate(
                    word.start(1),
                    word.end(1),
                    name,
                    "described",
                    type=kind,
                    type_rule=f"apposition:{m.group(1)}",
                    confidence=0.6,
                )
        at = text.find(", a", at + 3)


def find_scored_on(text: str) -> Iterator[Candidate]:
    """Capitalised words a score is on, benchmarks by that context, though their shape is
    a plain word's (the shape rule finds the others). Found from each " on " (a
    regex over the whole text tried every digit: ten times slower).

    >>> text = "It gets 58.4% on Nordland, 90% on Monday, 3 on English and 70% on Area 5."
    >>> [c.text for c in find_scored_on(text)]
    ['Nordland']
    """
    at = text.find(" on ")
    while at >= 0:
        m = _ON_WORD.match(text, at + 4)
        if m is not None and _SCORE_END.search(text[max(0, at - 16) : at]) is not None:
            name = m.group(1)
            if _plain_word_may_name(name) and is_well_formed(name):
                yield Candidate(
                    m.start(1),
                    m.end(1),
                    name,
                    "scored",
                    type="benchmark",
                    type_rule="context:score-on",
                    confidence=0.6,
                )
        at = text.find(" on ", at + 4)


def find_compared(text: str, positions: list[int]) -> Iterator[Candidate]:
    """Capitalised names after a comparison (``outperforms X``, ``compared to A and B``)
    that no other rule found: uncommon words, typed by their context later.

    >>> [c.text for c in find_compared("It is compared to Riffusion and Mubert.", [6])]
    ['Riffusion', 'Mubert']
    """
    for pos in positions:
        m = _COMPARED.match(text, pos)
        if m is None:
            continue
        base = m.start("names")
        names = m.group("names")
        for part in re.finditer(r"(?:(?!,|\s+and\s|\s+or\s).)+", names):
            piece = re.sub(r"^\s*(?:and|or)\s+", "", part.group(0)).strip()
            piece = _SENTENCE_END.split(piece, maxsplit=1)[0].rstrip(".")  # "YOLOv1. The"
            piece = _GLUED_ARTICLE.sub("", piece)  # "Zorb-72B-a model with ...": a dash
            if not piece:
                continue
            words = piece.split()
            if is_generic(piece) or all(is_common_word(w) for w in words):
                continue
            start = base + part.start() + part.group(0).index(piece)
            yield Candidate(start, start + len(piece), piece, "compared", confidence=0.6)


_TRIGGER_KINDS = (
    "contrib",
    "gerund",
    "naming",
    "our",
    "new",
    "head",
    "list",
    "org",
    "paren",
    "or",
    "shape",
    "compare",
)
_TRIGGER_WORDS = {
    "contrib": CONTRIBUTION_VERBS,
    "gerund": {
        "introducing",
        "presenting",
        "proposing",
        "releasing",
        "developing",
        "building",
        "creating",
        "constructing",
        "curating",
        "collecting",
    },
    "naming": NAMING_VERBS,
    "compare": {
        "outperforms",
        "outperform",
        "outperforming",
        "outperformed",
        "surpasses",
        "surpass",
        "surpassing",
        "surpassed",
        "than",
        "versus",
        "vs",
        "compared",
        "beats",
        "beating",
    },
    "our": {"our", "proposed"},
    "new": {"new", "novel", "this"},
    "head": {
        "dataset",
        "datasets",
        "data",
        "benchmark",
        "benchmarks",
        "bench",
        "corpus",
        "corpora",
        "suite",
        "challenge",
        "leaderboard",
        "arena",
        "testbed",
        "environment",
        "environments",
        "competition",
        "cup",
        "shared",  # "shared task"
        "exam",
        "examination",
        "track",
        "tracks",
        "survey",
    },
    "list": {
        "data",  # "data sets"
        "benchmarks",
        "benchmark",
        "datasets",
        "dataset",
        "tasks",
        "environments",
        "games",
        "suites",
        "corpora",
        "models",
        "baselines",
        "llms",
        "vlms",
        "architectures",
        "systems",
        "networks",
        "methods",
        "approaches",
        "techniques",
        "algorithms",
    },
    "org": {
        "university",
        "institute",
        "centre",
        "center",
        "research",
        "lab",
        "labs",
        "laboratory",
        "association",
        "society",
        "consortium",
        "agency",
        "council",
        "committee",
        "commission",
        "foundation",
        "organization",
        "organisation",
        "hospital",
        "ai",
    },
    "paren": {"("},
    "or": {"or"},
}


#: How many words' trigger kinds :class:`Discovery` remembers before it starts again.
_MAX_WORDS = 200_000


@lru_cache(maxsize=4096)
def _shape_hinted(shape: str) -> bool:
    """:func:`_shape_hint`, remembered: shapes repeat across documents."""
    return _shape_hint(shape)


def _shape_hint(shape: str) -> bool:
    """Whether a token shape (``Xxxxd``, ``XxXxx``, ``XXXX``, ``xxxx-d``) hints at a name."""
    return (
        ("d" in shape and ("x" in shape or "X" in shape))
        or "xX" in shape
        or "XX" in shape
        or ("-X" in shape)
    )


def _presents(abstract: str, name: str) -> bool:
    """Whether the abstract presents ``name`` (in any case) as the paper's own: "we
    introduce generative agents"."""
    return (
        re.search(
            r"\b(?:introduc|present|propos|develop|describ)\w*\s+(?:[\w\-]+\s+){0,3}?"
            + re.escape(name.lower()),
            abstract.lower(),
        )
        is not None
    )


#: What opens the noun phrase of a part the paper adds: an indefinite article and up to
#: three lower-case words ("a lightweight", "an innovative", "a proposed") or a numbered
#: item ("(1) the", "2) a"); not words that say the part exists already ("a modified").
_INDEFINITE_BEFORE = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]wo|[Tt]hree)|(?:\d\)|\((?:\d|i+|[a-c])\))(?:\s+(?:the|an?))?)\s+"
    r"(?:(?!(?:of|the|with|by|on|in|for|modified|standard|pre-?trained|conventional|vanilla|"
    r"traditional|typical|existing|classic|popular|well-known|improved|original)\b)"
    r"[a-z][\w-]*,?\s+){0,3}$"
)
_COMPONENT_NOUNS = (
    r"(?:module|block|mechanism|layer|branch|loss|scheme|strategy|unit|component|"
    r"head|network|encoder|decoder|attention|paradigm|objective|operator|adapter)"
)
_COMPONENT_AFTER = re.compile(r"\)\s*" + _COMPONENT_NOUNS + r"s?\b", re.I)
_COMPONENT_LAST = re.compile(r"\b" + _COMPONENT_NOUNS + r"$", re.I)
_AND_BEFORE = re.compile(r"\)\s+and\s+$")


def _new_component(text: str, long: Candidate, short: Candidate, known: set) -> bool:
    """Whether an acronym's definition names a part the paper adds: "a lightweight
    Context Gating Block (CGB)", "an uncertainty-aware module (UAM) is designed", "(2) the
    Semantic Fusion Module (SFM), which ...", and a second part right after the first
    ("a Joint Fusion Module (JFM) and Spatial Fusion Module (SFM)").

    Not a known name ("a Feature Pyramid Network (FPN)" the catalog holds), a plural one
    ("GCNs and Temporal Convolutional Networks (TCNs)") or one after words that say it
    exists already ("a modified Path Aggregation Network (PANet)").
    """
    if long.span in known or short.span in known:
        return False
    written = long.text
    upper = written[:1].isupper()
    last = _COMPONENT_LAST.search(written) is not None
    if not (last or (upper and _COMPONENT_AFTER.match(text, short.end) is not None)):
        return False
    if not upper and " " not in written:
        return False  # "cross-attention (CA)": one lower-case word, a technique
    before = max(0, long.start - 60)
    if _INDEFINITE_BEFORE.search(text, before, long.start) is not None:
        return True
    # the second of two parts: "... (JFM) and Spatial Fusion Module (SFM)"
    return upper and last and _AND_BEFORE.search(text, before, long.start) is not None


_POSSESSIVE_LEAD = re.compile(r"[A-Z][\w\-]*['’]s\s+")


def _names_joined(name: str) -> list[tuple[int, int]]:
    """The spans of the names in ``name``: two for a model and its variant joined by
    "and" ("Zorb and Zorb-chat"), else the whole (as "Draft, Sketch, and Prove" is one).

    >>> _names_joined("Zorb and Zorb-chat"), _names_joined("Draft, Sketch, and Prove")
    ([(0, 4), (9, 18)], [(0, 24)])
    """
    first, joined, second = name.partition(" and ")
    if joined and first and second.startswith((f"{first}-", f"{first} ")):
        return [(0, len(first)), (len(first) + len(joined), len(name))]
    return [(0, len(name))]


def _drop_shouted(text: str, title_end: int, candidates: list[Candidate]) -> None:
    """In a title written in capitals ("HUMAN-LEVEL ATARI 200X FASTER") a word's case
    says nothing, so a name found there stays only if the abstract writes it the same."""
    abstract = text[title_end:]
    for cand in candidates:
        if cand.key is None and cand.start < title_end and cand.text not in abstract:
            cand.dropped = True


def _spanned(
    text: str, start: int, end: int, rule: str, confidence: float, **fields: Any
) -> Candidate:
    """A candidate that ``rule`` found at ``text[start:end]``."""
    return Candidate(start, end, text[start:end], rule, confidence=confidence, **fields)


def _shape(text: str, start: int, end: int, confidence: float, **typed: str | None) -> Candidate:
    """A candidate found by its shape at ``text[start:end]``."""
    return _spanned(text, start, end, "shape", confidence, **typed)


def _data_named_after_makers(
    text: str, candidates: list[Candidate]
) -> Iterator[tuple[Candidate, Candidate]]:
    """A company's name before a data head noun names data: "on the Amazon dataset",
    "the Yelp benchmark" (a name and its spelling with the head, as head names are)."""
    for known in candidates:
        if known.type != "organization" or not known.key:
            continue
        head = _DATA_HEAD_AFTER.match(text, known.end)
        if head is None:
            continue
        kind = "benchmark" if head.group(1) == "benchmark" else "dataset"
        rule = f"head:{head.group(1)}"
        spelled = text[known.start : head.end()]
        yield (
            Candidate(
                known.start, known.end, known.text, "head", kind, type_rule=rule, confidence=0.8
            ),
            Candidate(
                known.start, head.end(), spelled, "head-alias", kind, type_rule=rule, confidence=0.8
            ),
        )


_DATA_HEAD_AFTER = re.compile(r" (dataset|benchmark|corpus)\b")


def _around_known(
    text: str, known: Candidate, known_spans: frozenset[tuple[int, int]] | set = frozenset()
) -> list[Candidate]:
    """The longer names a known (catalog) name is part of: a subset, a release, a
    setting, its class, a prefix or a suffix glued to it, a capitalised word before it
    (none of ``known_spans``, the known names: "Google BERT" is two).

    Each pattern is tried only if the character it needs next to the name is there
    (a space, a hyphen...): most known names have none of these longer forms.
    """
    found: list[Candidate] = []
    kind, key, start, end = known.type, known.key, known.start, known.end
    model = kind == "model"
    after = text[end : end + 1]  # what each pattern after the name starts with
    before = text[start - 1 : start] if start else ""
    if kind == "benchmark" and key:
        subset = _SUBSET_AFTER.match(text, end)
        if subset:  # "GPQA" + " Diamond", "SWE-bench" + " Verified": another benchmark
            found.append(_shape(text, start, subset.end(), 0.7))
    elif kind == "dataset" and key and after in (" ", "-"):
        edition = _EDITION_AFTER.match(text, end) or _NAMED_SPLIT_AFTER.match(text, end)
        if edition:  # "VOC" + " 2007", "COCO" + " 2017": that year's edition
            # ("LibriSpeech" + " test-clean": a split with a name of its own)
            found.append(_shape(text, start, edition.end(), 0.7))
    if key and after in (" ", "-") and kind in ("dataset", "benchmark"):
        second = _SECOND_RELEASE_AFTER.match(text, end)
        if second:  # "Argoverse" + " 2", "AlpacaEval" + " 2": a later release
            found.append(_shape(text, start, second.end(1), 0.7))
        numbered = _NUMBERED_RELEASE_AFTER.match(text, end)
        if numbered:  # "EPIC-Kitchens" + " 100", "DIHARD" + " III" (not "ImageNet 256×256")
            found.append(_shape(text, start, numbered.end(), 0.75))
    if model or (  # "Claude" + " 3.0", "Llama 2" + " 13B"
        after == " " and kind in ("benchmark", "dataset") and _RELEASE_AFTER.match(text, end)
    ):  # "Spider" + " 2.0"
        longer = extend_name(text, start, end)
        if longer > end:
            found.append(_shape(text, start, longer, 0.7))
        spaced = _SPACED_VARIANT.match(text, longer) if model else None
        if spaced is not None:  # "Mixtral 8x7B - Instruct": the variant, spaced
            found.append(
                _shape(text, start, spaced.end(), 0.6, type="model", type_rule=f"family:{key}")
            )
    setting = (
        _SETTING_BEFORE.search(text, max(0, start - 11), start)
        # (the pattern ends in a space or hyphen, and "$" may match before a newline)
        if before in (" ", "-", "\n") and key and kind in ("dataset", "benchmark")
        else None
    )
    if setting:  # "Split CIFAR-100": a benchmark of its own, made of the dataset
        glued = _GLUED_SUFFIX.match(text, end)  # "Split ImageNet" + "-R"
        found.append(
            _shape(
                text,
                setting.start(),
                glued.end() if glued else end,
                0.7,
                type="benchmark",
                type_rule="setting",
            )
        )
    if model and after == " " and _TRANSFORMER_CLOSING.match(text, end):
        # "with a Perceiver Transformer, and": the name with its class
        found.append(_shape(text, start, end + len(" Transformer"), 0.6))
    lead = (
        _GLUED_PREFIX.search(text, max(0, start - 20), start)
        if before == "-" and key and model
        else None
    )
    data_lead = (
        _LOWER_PREFIX_BEFORE.search(text, max(0, start - 20), start)
        if before == "-" and key and kind in ("dataset", "benchmark")
        else None
    )
    if data_lead is not None:
        # "mini-" + "ImageNet", "tiered-" + "ImageNet": a dataset of its own, made from it
        found.append(
            _shape(text, data_lead.start(), end, 0.6, type=kind, type_rule=f"family:{key}")
        )
    if lead and not is_generic(lead.group(0)[:-1]):
        # "Instruct-" + "Starcoder": one word, a variant of the known model (not
        # "Transformer-Mamba", two classes), with what is glued after ("Math-Qwen-Chat")
        glued = _GLUED_SUFFIX.match(text, end)
        found.append(
            _shape(
                text,
                lead.start(),
                glued.end() if glued else end,
                0.6,
                type=kind,
                type_rule=f"family:{key}",
            )
        )
    glued = _GLUED_SUFFIX.match(text, end) if after == "-" and key else None
    if glued and _VERSION_RANGE.search(text, start, glued.end()):
        glued = None  # "YOLOv8" + "-YOLOv12": a range of versions, not one name
    if glued and is_name_shaped(text[start : glued.end()]):
        # "Cityscapes" + "-C": one word, a variant of the known name
        found.append(_shape(text, start, glued.end(), 0.6))
    modifier = (
        _MODIFIER_BEFORE.search(text, max(0, start - 16), start)
        if before == " " and key and model and text.find("\n\n") < start
        else None
    )
    if modifier is not None and modifier.span(1) not in known_spans and _modifies(text, modifier):
        # "Instruct Pix2Pix", "Rotated FCOS" mid-sentence: a capitalised word before a
        # known model is part of another model's name
        found.append(
            _shape(text, modifier.start(1), end, 0.6, type="model", type_rule=f"modified:{key}")
        )
    variant = _VARIANT_SUFFIX.match(text, end) if after == "-" and model else None
    if variant is not None:  # "vid2vid" + "-zero": the known model's variant
        found.append(
            _shape(text, start, variant.end(), 0.6, type="model", type_rule=f"family:{key}")
        )
    return found


def _extend_to_longer_names(text: str, candidates: list[Candidate]) -> None:
    """Extend the paper's own name by one word where the paper writes that longer name
    elsewhere and the text goes on with that word here too: "We propose MatSci ML, a
    benchmark" beside "the MatSci ML benchmark" is MatSci ML, not MatSci; and by one word
    before it: "we introduce GUI Odyssey, a dataset" beside the title's "GUI Odyssey" is
    GUI Odyssey, not Odyssey.

    >>> text = "We propose Zorb ML, a benchmark. The Zorb ML benchmark has data."
    >>> found = [Candidate(11, 15, "Zorb", "contribution", introduced=True)]
    >>> found.append(Candidate(37, 44, "Zorb ML", "head"))
    >>> _extend_to_longer_names(text, found)
    >>> [c.text for c in found]
    ['Zorb ML', 'Zorb ML']
    >>> text = "GUI Zorb: A Dataset. We introduce GUI Zorb, a dataset."
    >>> found = [Candidate(0, 8, "GUI Zorb", "title")]
    >>> found.append(Candidate(38, 42, "Zorb", "described", introduced=True))
    >>> _extend_to_longer_names(text, found)
    >>> [(c.start, c.text) for c in found]
    [(0, 'GUI Zorb'), (34, 'GUI Zorb')]
    """
    longer = {
        c.text: c.introduced
        for c in candidates
        if " " in c.text and not c.dropped and c.rule not in ("head-alias", "acronym")
    }
    if not longer:
        return
    own = [name for name, introduced in longer.items() if introduced]
    for cand in candidates:
        if cand.key is not None:
            # only the paper's own name, whose end the rule guessed: the catalog's
            # "Llama 2" beside "Llama 2 13B", "MMAU" beside "MMAU Test-mini" are names
            continue
        prefix, suffix = cand.text + " ", " " + cand.text
        # a name found by its shape alone takes only a word before it, from the paper's
        # own longer name: "UX-Net" of "termed 3D UX-Net" beside the title's "3D UX-Net"
        for name in longer if cand.introduced else own:
            end = cand.start + len(name)
            if (
                cand.introduced
                and name.startswith(prefix)
                and " " not in name[len(prefix) :]
                and text.startswith(name, cand.start)
                and not text[end : end + 1].isalnum()
            ):
                cand.end, cand.text = end, name
                break
            start = cand.start - (len(name) - len(cand.text))
            if (
                name.endswith(suffix)
                and " " not in name[: -len(suffix)]
                and start >= 0
                and text.startswith(name, start)
                and not text[start - 1 : start].isalnum()
            ):
                cand.start, cand.text = start, name
                break


class Discovery(BatchComponent):
    """Adds discovered candidates to ``doc._.citekg_candidates``; see the module docstring."""

    def __init__(self, nlp: Language, name: str = "citekg_discovery") -> None:
        self.name = name
        strings = nlp.vocab.strings
        self._trigger_ids: dict[int, tuple[str, ...]] = {}
        for kind, words in _TRIGGER_WORDS.items():
            for word in words:
                key = strings.add(word)
                self._trigger_ids[key] = (*self._trigger_ids.get(key, ()), kind)
        #: the rules each flagged word of the vocabulary starts (:meth:`_word_kinds`)
        self._kinds_of: dict[int, tuple[str, ...]] = {}
        words = frozenset(w for group in _TRIGGER_WORDS.values() for w in group)
        # one lexeme flag marks every token a rule may start from: a trigger word or a
        # name-like shape. spaCy computes it once per word of the vocabulary, so finding
        # a Doc's few flagged tokens is one array operation, not a loop over its tokens.
        self._flag = nlp.vocab.add_flag(
            lambda string: (
                string.lower() in words
                or _shape_hint(word_shape(_TEX_MACRO.sub("", string)))
                or _after_transformer(string)
                or string in _TIERS  # "Vim-Ti", split at its hyphen by the tokenizer
            )
        )

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        starts = get_extension(doc, "citekg_sent_starts") or [0]
        hits = self._triggers(doc)
        candidates: list[Candidate] = list(get_extension(doc, "citekg_candidates") or [])
        known_spans = {c.span for c in candidates if c.key}
        for known in list(candidates):
            candidates.extend(_around_known(text, known, known_spans))
        title_end = text.find("\n\n")
        title_end = len(text) if title_end < 0 else title_end
        known_starts = {start for start, _ in known_spans}
        candidates.extend(
            _with_item_word(text, c, title_end, known_starts)
            for c in find_shapes(text, _hinted_words(text, hits["shape"]))
        )
        candidates.extend(find_prefix_siblings(text, candidates))
        heads = list(find_head_names(text, hits["head"]))
        found = {name.span for name, _ in heads}
        pairs = (
            *find_acronyms(text, starts, hits["paren"], hits["or"]),
            *heads,
            *(p for p in _data_named_after_makers(text, candidates) if p[0].span not in found),
        )
        for pair in pairs:
            first, second = pair
            first.partner, second.partner = len(candidates) + 1, len(candidates)
            candidates.extend(pair)
            if first.rule == "acronym" and _new_component(text, first, second, known_spans):
                first.introduced = second.introduced = True
        candidates.extend(find_titled_names(text, hits["head"]))
        candidates.extend(find_organizations(text, hits["org"]))
        candidates.extend(find_listed(text, hits["list"]))
        listed = {c.span: c for c in find_listed_before(text, hits["head"])}
        for cand in candidates:
            if cand.rule == "organization" and cand.span in listed:
                # "97.6% on Pavia University, ... and 99.5% on Salinas datasets": data
                # named after its place, one of a list of data
                cand.dropped = True
        candidates.extend(listed.values())
        candidates.extend(find_compared(text, hits["compare"]))
        candidates.extend(find_scored_on(text))
        candidates.extend(find_described(text))
        self._contributions(text, title_end, candidates, hits)
        _extend_to_longer_names(text, candidates)
        title = text[:title_end]
        if title == title.upper():
            _drop_shouted(text, title_end, candidates)
        set_extension(doc, "citekg_candidates", candidates)
        return doc

    def _triggers(self, doc: Doc) -> dict[str, list[int]]:
        """Char offsets of the tokens each rule starts from, found from the token ids
        spaCy already computed (one array, one pass), so that no rule scans the text."""
        hits: dict[str, list[int]] = {kind: [] for kind in _TRIGGER_KINDS}
        if not len(doc):
            return hits
        kinds_of, word_kinds = self._kinds_of, self._word_kinds
        for i in numpy.flatnonzero(doc.to_array(self._flag)).tolist():
            token = doc[i]
            kinds = kinds_of.get(token.orth)
            if kinds is None:
                kinds = word_kinds(token)
            if kinds:
                idx = token.idx
                for kind in kinds:
                    hits[kind].append(idx)
        return hits

    def _word_kinds(self, token: Token) -> tuple[str, ...]:
        """The rules a flagged word starts: those it is a trigger word of, and "shape"
        if it is none or its shape hints at a name; remembered per word of the
        vocabulary (a word's kinds depend on its spelling alone)."""
        kinds = self._trigger_ids.get(token.lower, ())
        # flagged and no trigger word: a name-like shape, or a name like "Restormer"
        # (and "bench", which may end a name in lower case: "fev-bench")
        if not kinds or _shape_hinted(token.shape_) or token.lower_ == "bench":
            kinds = (*kinds, "shape")
        if len(self._kinds_of) >= _MAX_WORDS:
            self._kinds_of.clear()
        self._kinds_of[token.orth] = kinds
        return kinds

    # -- introduced ---------------------------------------------------------------------------
    def _contributions(
        self, text: str, title_end: int, candidates: list[Candidate], hits: dict[str, list[int]]
    ) -> None:
        self._title(text[:title_end], candidates, text)
        for pos in hits["contrib"]:
            m = _VERB.match(text, pos)
            before = text[max(0, pos - 70) : pos]
            lowered = before.lower()
            if (
                (
                    m
                    and ("we" in lowered or "this " in lowered or "our " in lowered)
                    and _CONTRIB_BEFORE.search(before)
                )
                or (
                    # "Specifically, we discuss that ... structure, and propose X": the
                    # sentence's "we" does the second verb too, however long the first clause
                    m
                    and lowered.endswith("and ")
                    and _WE_LEADS.match(text, start_of_sentence(text, pos), pos)
                )
                or (
                    m
                    and "to" in lowered
                    and _USE_TO_BEFORE.search(before)
                    and _DEFINITE_NEXT.match(text, m.end())
                    and _WE.search(text, start_of_sentence(text, pos), pos)
                )
            ):
                self._introduce_after(text, m.end(), candidates, "contribution", m.group(0))
        if "resulting " in text:
            for m in _RESULTING.finditer(text):
                # "The resulting models, Suri-SFT and Suri-I-ORPO, generate ...", "The
                # resulting ViT-G model": what the paper's own procedure made
                start, end = m.span("before") if m.group("before") else (m.end(), m.end())
                if text.startswith(",", m.end()):
                    stop = _APPOSITION_END.search(text, m.end() + 1)
                    start, end = m.end() + 1, stop.start() if stop else m.end()
                inside = sorted(
                    (c for c in candidates if start <= c.start and c.end <= end),
                    key=lambda c: (c.start, -c.end),
                )
                last = -1
                for cand in inside:
                    if cand.start >= last:
                        if last >= 0 and not _SIBLING_GAP.fullmatch(text, last, cand.start):
                            break  # the list is over ("X enables training ... on MMLU")
                        last = cand.end
                    if cand.key is None:  # (a reading inside or of the same name too)
                        cand.introduced = True
        for pos in hits["gerund"]:
            m = _VERB.match(text, pos)
            if (
                m
                and _GERUND_BEFORE.search(text[max(0, pos - 12) : pos])
                and not _PREPOSITION.match(text, m.end())  # "building upon this, ..."
            ):
                self._introduce_after(text, m.end(), candidates, "contribution")
        for m in _anchored(_NAMING, text, hits["naming"]):
            if m.start() < title_end:
                continue
            sentence = text[start_of_sentence(text, m.start()) : m.start()]
            if m.group("verb") == "namely" and not _NEW_THING.search(sentence):
                continue  # "datasets, namely COCO and LVIS": a list, unless of new things
            if _MEASURE_NOUN_BEFORE.search(sentence):
                continue  # "composite metrics named Csig, Cbak and Covl": metrics
            if (
                _FIRST_PERSON.search(sentence) or _NEW_THING.search(sentence)
            ) and not _PRIOR_WORK.search(sentence):
                # "a new test set called NovelEval": the noun before the verb types it
                # (also without "we": "a new dataset called DataBack ... is created")
                naming = _NOUN_BEFORE_NAMING.search(sentence)
                noun = None
                if naming is not None:
                    noun = "benchmark" if naming.group("test") else naming.group("noun")
                    if noun.lower() == "data" and _TRAINED_ON_END.search(
                        sentence, 0, naming.start()
                    ):
                        noun = "model"
                self._introduce_at(text, m.end(), candidates, "naming", noun=noun)
        for m in _anchored(_OUR, text, hits["our"]):
            # "our Zero-shot-CoT", "our largest model, PaLM-E-562B", "our Llama Guard 3 model"
            self._introduce_at(text, m.end(), candidates, "our", noun=m.group("noun"))
        for m in _anchored(_NEW_LIST, text, hits["new"]):
            listed = self._candidates_from(candidates, m.end(), m.end() + 3)
            for i in self._listed_from(text, candidates, listed[:1]):
                self._mark(candidates, i, "contribution", type_from_description(m.group(0)))
        if hits["new"]:
            # "X, a novel framework for ...": a name described as new is the paper's
            for i, cand in enumerate(list(candidates)):
                if cand.start < title_end or cand.rule == "organization":
                    continue
                # (the apposition opens with a comma: a quick test before the pattern)
                m = (
                    _APPOSITIVE_NEW.match(text, cand.end)
                    if text.startswith(",", cand.end)
                    else None
                )
                if m is not None and not _NAMES_ANOTHER.match(m.group("rest") or ""):
                    description = m.group("rest") or f" {m.group('made')}"
                    self._mark(candidates, i, "contribution", type_from_description(description))

    def _candidates_from(self, candidates: list[Candidate], start: int, end: int) -> list[int]:
        """Indexes of the live candidates (no organisations) starting in ``[start, end)``,
        by start, the longest first (ties in list order: the index ends each sort key)."""
        found = [
            (c.start, -c.end, i)
            for i, c in enumerate(candidates)
            if start <= c.start < end and not c.dropped and c.rule != "organization"
        ]
        if len(found) > 1:
            found.sort()
        return [i for _, _, i in found]

    def _listed_from(self, text: str, candidates: list[Candidate], first: list[int]) -> list[int]:
        """The first name and the names coordinated after it (``A, B, and C``)."""
        if not first:
            return []
        listed = [first[0]]
        tail = self._candidates_from(candidates, candidates[first[0]].end, len(text))
        for i in tail:
            if candidates[i].start < candidates[listed[-1]].end:
                continue
            between = text[candidates[listed[-1]].end : candidates[i].start]
            if candidates[i].partner in listed or _LIST_GLUE.fullmatch(between):
                listed.append(i)
            else:
                break
        return listed

    def _mark(self, candidates: list[Candidate], index: int, rule: str, kind: str | None) -> None:
        cand = candidates[index]
        cand.introduced = True
        cand.type_rule = cand.type_rule or (f"{rule}:description" if kind else "")
        if kind and cand.type is None:
            cand.type = kind
        cand.confidence = max(cand.confidence, 0.8)
        if cand.partner is not None:
            candidates[cand.partner].introduced = True
            if kind and candidates[cand.partner].type is None:
                candidates[cand.partner].type = kind

    def _introduce_after(
        self, text: str, pos: int, candidates: list[Candidate], rule: str, verb: str = ""
    ) -> None:
        """Mark the names heading the object of a contribution verb, or its appositives;
        what a data verb makes is data unless its description says otherwise ("We
        collect Kathbath containing 1,684 hours of labelled speech")."""
        if _BUILT_ON.match(text, pos):
            return  # "We build upon the popular OpenAI Gym interface": used, not made
        enumerated = _FIRST_ITEM.match(text, pos)
        if enumerated is not None:
            pos = enumerated.end()  # "we present: (1) ZorbBench, ... and (2) ..."
        obj = text[pos : _clause_end(text, pos)]
        head = _HEAD_SPLIT.split(obj, maxsplit=1)[0]
        if obj.startswith(",", len(head)) and _ADJECTIVE_ONLY.fullmatch(head):
            # "a novel, deep learning model (X)": coordinated adjectives, one phrase
            rest = obj[len(head) + 1 :]
            head = obj[: len(head) + 1 + len(_HEAD_SPLIT.split(rest, maxsplit=1)[0])]
        description = obj[len(head) :]
        # "We train Frobnet on the QZ dataset": the noun after "on" types QZ, not Frobnet
        other = _OTHER_PHRASE.search(obj)
        kind = type_from_description(obj[: other.start()] if other else obj)
        if kind is None and _FOR_EVALUATION.match(description):
            kind = "benchmark"  # "we also develop AgroEvals for evaluation": a test set
        if kind is None and verb.lower() in _DATA_VERBS:
            kind = "dataset"
        inside = self._candidates_from(candidates, pos, pos + len(head))
        # not a name nested in another ("BERT" in "Hidden-Unit BERT")
        inside = [
            i
            for i in inside
            if not any(
                j != i
                and candidates[j].start <= candidates[i].start
                and candidates[i].end <= candidates[j].end
                and (candidates[j].end - candidates[j].start)
                > (candidates[i].end - candidates[i].start)
                for j in inside
            )
        ]
        # ("release our own BERT (SEC-BERT)": a new one of a known kind, as "a ViT model")
        indefinite = head.lstrip().lower().startswith(("a ", "an ", "our own "))
        # (only an indefinite head asks which spans the catalog knows)
        known = {(c.start, c.end) for c in candidates if c.key is not None} if indefinite else ()
        # the first name that is not a known one of the kind: what brackets name after it
        first_new = next(
            (i for i in inside if (candidates[i].start, candidates[i].end) not in known), None
        )
        # "We present DINO (DETR with Improved ...)": what the brackets spell out is not
        # introduced too (an acronym's partner still is, through the name it explains)
        bracket = head.find("(")
        closing = head.find(")", bracket) if bracket >= 0 else -1
        bracket_end = len(head) if closing < 0 else closing
        inside = [
            i
            for i in inside
            # "we train latent diffusion models": a class; "we train a ViT model": an
            # instance of a known architecture, not a new one
            if not _CLASS_NOUN.match(text, candidates[i].end)
            and not (indefinite and (candidates[i].start, candidates[i].end) in known)
            # "two language models (LMs), Cheetah-1.2B and ...": a class, then the names
            and not _names_a_class(candidates, i)
            and not (0 <= bracket < candidates[i].start - pos < bracket_end and i != first_new)
        ]
        if inside and indefinite and _NAMED_AFTER_HEAD.match(description):
            # "a new fusion-based BVQA model, which we dub VIDEVAL": a kind of thing, and
            # the name the naming verb gives it (marked by the naming rule)
            return
        indent = len(head) - len(head.lstrip())
        if len(inside) == 1 and _known_then_words(
            text, candidates, pos + indent, pos + len(head.rstrip())
        ):
            # "we introduce Gemma Scope, an open suite of ...": a new name, not Gemma
            start, end = pos + indent, pos + len(head.rstrip())
            candidates.append(
                _spanned(
                    text,
                    start,
                    end,
                    "contribution",
                    0.8,
                    introduced=True,
                    type=kind,
                    type_rule=f"{rule}:description" if kind else "",
                )
            )
            self._appositives(text, pos + len(head), pos + len(obj), candidates, rule)
            return
        based = _BASED_ACRONYM.match(description)
        if based is not None:  # "a novel Syntax Modeling based framework (LARSON)"
            at = pos + len(head) + based.end()
            for i in self._candidates_from(candidates, at, at + 1):
                self._mark(candidates, i, rule, kind)
        if inside:
            for i in inside:  # "the Segment Anything Model (SAM) and dataset (SA-1B)"
                self._mark(candidates, i, rule, kind)
            self._appositives(text, pos + len(head), pos + len(obj), candidates, rule)
            return
        if _GENERATION_HEAD.search(head):
            # "the latest generation of MobileNets, known as MobileNetV4": the family is
            # not the paper's, what it names is
            named = _KNOWN_AS.search(description)
            if named is not None:
                at = pos + len(head) + named.end()
                for i in self._candidates_from(candidates, at, at + 3)[:1]:
                    self._mark(candidates, i, rule, kind)
            return
        # "a new dataset, X,", "the notion of X", "two benchmarks: A, ...; and B"
        lead = _TAIL_LEAD.match(description)
        tail_start = pos + len(head) + (lead.end() if lead else 0)
        first = self._candidates_from(candidates, tail_start, tail_start + 3)
        if first:
            for i in self._listed_from(text, candidates, first):
                self._mark(candidates, i, rule, kind)
            return
        words = head.strip().split()
        if not words:
            return
        # a capitalised name in the head phrase that no rule found: "the Auto-Correlation
        # mechanism", "Self-Refine"
        run = _CAPITAL_RUN.search(head)
        if run and (
            words[0].lower() in _STOP  # ("new" and "novel" are stop words)
            or run.start() == (len(head) - len(head.lstrip()))
        ):
            name = run.group(0)
            name_words = name.split()
            while (
                name_words
                and head_type(name_words[-1]) is not None
                # (a capitalised "Transformer" ends an architecture's name: "propose Graph
                # Convolutional Transformer", as "Swin Transformer")
                and not (len(name_words) > 1 and name_words[-1] == "Transformer")
            ):
                name_words.pop()  # "Auto-Correlation mechanism" -> "Auto-Correlation"
            name = " ".join(name_words)
            if not any(c.isalpha() for c in name) or _MEASURE.fullmatch(name):
                name = ""  # "680,000 hours", "a 1-bit LLM" name nothing
            all_words = all(is_common_word(w) for w in re.split(r"[\s\-]+", name) if w)
            start = pos + run.start()
            if (
                name
                and not is_generic(name)
                and (
                    not all_words
                    or (len(name_words) == 1 and "-" in name)
                    or _ends_with_known(text, candidates, start, start + len(name))
                )
            ):
                candidates.extend(
                    Candidate(
                        start + begin,
                        start + end,
                        name[begin:end],
                        rule,
                        type=kind,
                        type_rule=f"{rule}:description" if kind else "",
                        introduced=True,
                        confidence=0.7,
                    )
                    for begin, end in _names_joined(name)
                )
                return
        # a lower-case method named in place: "we propose momentum distillation, a ..."
        if 1 <= len(words) <= 3 and words[0].lower() not in _STOP and description[:1] in (",", "-"):
            name = " ".join(words)
            if (
                not is_generic(name)
                and all(w[:1].islower() for w in words)
                and (len(words) > 1 or not (is_common_word(name) or name.endswith("s")))
                and not _RELEASED_THINGS.intersection(w.lower() for w in words)
            ):
                start = pos + obj.index(words[0])
                candidates.append(
                    Candidate(
                        start,
                        start + len(name),
                        name,
                        rule,
                        type=kind or "method",
                        type_rule=f"{rule}:lowercase",
                        introduced=True,
                        confidence=0.6,
                    )
                )

    def _appositives(
        self, text: str, start: int, end: int, candidates: list[Candidate], rule: str
    ) -> None:
        """In a contribution sentence, a name described by an apposition is the paper's
        too: "we release OLMo together with its data, Dolma, a corpus of ..."."""
        for i in self._candidates_from(candidates, start, end):
            m = _APPOSITION.match(text, candidates[i].end)
            if m is not None and not candidates[i].introduced:
                self._mark(candidates, i, rule, head_type(m.group("noun")))

    def _introduce_at(
        self, text: str, pos: int, candidates: list[Candidate], rule: str, noun: str | None = None
    ) -> None:
        """Mark the name that starts at ``pos`` (after "called", "named", "our ...")."""
        for i in self._candidates_from(candidates, pos, pos + 2):
            cand = candidates[i]
            after = text[cand.end : cand.end + 20].split()
            kind = head_type(noun) if noun else None
            if rule == "our" and not noun:
                # "our X" with X the paper's own name: not a catalog entity, or one
                # followed by a type noun ("our Llama Guard 3 model"; not "our X sets a
                # new state of the art", a verb)
                head_kind = (
                    head_type(after[0].strip(",.;:"))
                    if after and not VERB_NOUN_AFTER.match(text, cand.end)
                    else None
                )
                if (
                    cand.key is not None
                    and head_kind is None
                    and (text[cand.end : cand.end + 1] == "-" or (after and after[0][:1].isalpha()))
                ):
                    return  # "our LLaMA-based model", "our GPT-4 based baseline"
                kind = head_kind
            if kind is None:
                kind = type_from_description(text[cand.end : cand.end + 80])
            self._mark(candidates, i, rule, kind)
            return
        if rule == "our":
            return
        # a capitalised phrase not found by another rule: "dubbed Robotics Transformer"
        m = _CAPITALISED_PHRASE.match(text, pos)
        if (
            m
            and not is_generic(m.group(1))
            # a common word is a name here if the text keeps writing it so ("namely Latte")
            and (not is_common_word(m.group(1)) or text.count(m.group(1).strip()) >= 2)
        ):
            name = m.group(1).strip()
            candidates.append(
                Candidate(
                    pos,
                    pos + len(name),
                    name,
                    rule,
                    introduced=True,
                    type=type_from_description(text[pos : pos + 120]),
                    type_rule=f"{rule}:description",
                    confidence=0.7,
                )
            )

    def _title(self, title: str, candidates: list[Candidate], text: str) -> None:
        """``X: subtitle``, ``X for Y`` and ``X Technical Report`` titles introduce X."""
        abstract = text[len(title) :]
        if self._title_event(title, candidates):
            return
        m = _TITLE_REPORT.match(title) if any(w in title for w in _REPORT_WORDS) else None
        if m:
            self._title_name(m.start("name"), m.end("name"), title, candidates, "model")
            return
        if _is_survey(title):
            return
        sep = _TITLE_SEP.search(title)
        if sep is not None and self._title_headed(title[: sep.start()], candidates):
            return
        if sep is not None:
            head, subtitle = title[: sep.start()], title[sep.end() :]
            dataset = _SUBTITLE_NAME.match(subtitle) if len(head.split()) >= 3 else None
            if (
                dataset
                and not dataset["head"].endswith(("s", "Corpora"))  # plural: a description
                and all(w[:1].isupper() or w in _CONNECTORS for w in dataset["name"].split())
            ):
                # "Motion Forecasting for Driving: The Waymo Open Motion Dataset"
                start = sep.end() + dataset.start("name")
                head_kind = _capital_head_type(dataset["head"])
                self._title_name(start, start + len(dataset["name"]), title, candidates, head_kind)
                return
        else:
            if self._title_is_name(title, candidates, text):
                self._title_name(0, len(title), title, candidates, "model")
                return
            m = _TITLE_FOR.match(title)
            if not m:
                return
            folded = fold_name(title)
            if any(c.start > len(title) and fold_name(c.text) == folded for c in candidates):
                # "Contrastive Learning for Sequential Recommendation (CL4SRec)": the whole
                # title is the name, and its first words are none
                return
            head, subtitle = m.group("name"), title[m.end("name") :]
            # "Flow Matching for ...": only a name the catalog or the abstract knows
            matched = [
                c for c in candidates if c.start == 0 and c.end == len(head) and not c.dropped
            ]
            if not matched and head.strip() not in abstract:
                # "Flow Matching for ...": named again, capitalised, as a name is; not
                # "Radiology Report Generation with ...", a task the abstract writes
                # in lower case
                return
        words = head.split()
        if len(words) >= 2 and words[-1] in _REVISITED:
            # "nnU-Net Revisited: A Call for ...": the name, looked at again
            head = head[: head.rindex(words[-1])].rstrip()
            words = words[:-1]
        if not 1 <= len(words) <= 6:
            return
        if "vs" in words or "vs." in words or "versus" in words:
            return  # "U-Net vs Transformer: Is U-Net Outdated ...?": a comparison
        if len(words) >= 3 and words[0].lower().endswith("ing") and words[1].lower() in _STOP:
            return  # "Pushing the limits of self-supervised ResNets: ...": a clause
        named = any(is_name_shaped(_strip(w, 0)[0]) for w in words)
        # one word, not a common one, or one the abstract capitalises mid-sentence ("Tower:
        # ..." and "we release the Tower models")
        single = len(words) == 1 and (
            not is_common_word(words[0]) or _capitalised_inside(abstract, words[0])
        )
        repeated = (
            len(words) > 1
            and head.strip().lower() in abstract.lower()
            # (a phrase of a sentence-case title ends in a word, not a name's part:
            # "Grandmaster level in StarCraft II using ...")
            and not (words[-1].islower() and is_common_word(words[-1]))
        )
        known = any(c.start == 0 and c.end <= len(head) and c.key for c in candidates)
        # (two capitalised words, a name's length; longer heads of common words are
        # phrases: "Towards Diverse Behaviors: A Benchmark for ...")
        new_data = (
            len(words) == 2
            and all(w[:1].isupper() and not w.endswith("ing") for w in words)
            and _new_data(subtitle)
        )
        if not (named or single or repeated or known or new_data) or is_generic(head):
            return
        if (
            len(words) > 1
            and all(is_common_word(w) for w in words)
            and not (repeated or known or new_data)
        ):
            return
        if (
            repeated
            and not (named or known)
            and head.strip() not in abstract
            and not _presents(abstract, head.strip())
        ):
            return  # "Tabular Data: ...", a topic the abstract writes only in lower case
        # "X: Exploring Limits of Language Models" says what the paper does, not what X
        # is, unless the type noun comes at once ("X: Redefining the Benchmark for ...")
        opening = subtitle.split()
        # "X: LLM Hallucination Benchmark", "X: Benchmarking Frontier LLM Understanding",
        # "X: A Large Scale AI Agent Model Context Protocol Tool Use Benchmark": a
        # benchmark, whatever other type noun comes first
        evaluated = (
            _BENCHMARK_WORD.search(subtitle)
            or _TASK_SUBTITLE.match(subtitle)
            # "ZORB-Bench: Toward Foundation Models for ...": the name says what it is
            or _BENCH_ENDING.search(head)
        )
        if opening and opening[0].lower().endswith("ing"):
            subtitle = " ".join(opening[:4])
        kind = "benchmark" if evaluated else type_from_description(subtitle)
        # "Zorbee's MergeKit: ...": the maker's possessive is no part of the name
        lead = _POSSESSIVE_LEAD.match(head)
        offset = lead.end() if lead is not None and lead.end() < len(head.rstrip()) else 0
        for start, end in _names_joined(head.rstrip()[offset:]):
            self._title_name(offset + start, offset + end, title, candidates, kind)

    @staticmethod
    def _title_headed(head: str, candidates: list[Candidate]) -> bool:
        """Whether the title's name ends in a capitalised head noun, which makes all of
        it one name: "ICASSP 2021 Deep Noise Suppression Challenge: ..." (a contest the
        paper takes part in), "The Zorb Reading Benchmark: ..." (the paper's own)."""
        words = head.split()
        if not 2 <= len(words) <= 8 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
            return False
        m = _TITLED_HEAD.fullmatch(words[-1])
        if (
            m is None
            or is_generic(head)
            or words[-1].endswith(("s", "Corpora"))  # "The FineWeb Datasets": a description
            or words[0].lower().endswith("ing")  # "Documenting Large Webtext Corpora"
        ):
            return False
        start = len(head) - len(head.lstrip())
        if words[0].lower() in _STOP:
            start = head.index(words[1], start)
        end = len(head.rstrip())
        for c in candidates:
            if start <= c.start and c.end <= end:
                c.dropped = True
        kind = _capital_head_type(m.group("head"))
        candidates.append(
            _spanned(
                head,
                start,
                end,
                "title",
                0.75,
                introduced=m.group("head") not in _CONTEST_HEADS,
                type=kind,
                type_rule="title:head",
            )
        )
        return True

    @staticmethod
    def _title_event(title: str, candidates: list[Candidate]) -> bool:
        """Whether the title is a shared-task paper's ("TEAM at EVENT YEAR: ..."); if so
        the team is an organisation and the event a benchmark, and names found inside
        either (``SemEval-2022`` of ``SemEval-2022 Task 11``) give way to them."""
        m = _TITLE_AT_EVENT.match(title)
        if m is None or is_generic(m["team"]):
            return False
        for group, kind in (("team", "organization"), ("event", "benchmark")):
            start, end = m.span(group)
            inside = [c for c in candidates if start <= c.start and c.end <= end]
            if any(c.key for c in inside):
                continue  # the catalog knows it ("Google at WMT 2022")
            for c in inside:
                c.dropped = True
            candidates.append(
                _spanned(title, start, end, "title", 0.75, type=kind, type_rule=f"title:{group}")
            )
        return True

    @staticmethod
    def _title_is_name(title: str, candidates: list[Candidate], text: str) -> bool:
        """A short Title-Case title that is itself a name: "Video Swin Transformer",
        "Transformer in Transformer" (spelled out again in the abstract)."""
        words = title.split()
        if not 1 <= len(words) <= 4 or any(
            not (w[:1].isupper() or w[:1].isdigit() or w.lower() in ("in", "of", "for", "and"))
            for w in words
        ):
            return False
        folded = fold_name(title)
        if any(fold_name(c.text) == folded and c.start > len(title) for c in candidates):
            return True
        if (
            is_generic(title)
            or _is_survey(title)
            or (len(words) > 1 and words[0].lower().endswith("ing"))  # "Scaling X Models"
            or words[0].lower() in _TITLE_OPENERS
        ):
            return False
        parts = [p for w in words for p in w.split("-") if p.lower() not in ("in", "of", "for")]
        return not all(is_common_word(p) for p in parts)

    def _title_name(
        self, start: int, end: int, title: str, candidates: list[Candidate], kind: str | None
    ) -> None:
        inside = [
            i
            for i, c in enumerate(candidates)
            if c.start == start and c.end == end and not c.dropped
        ]
        if not inside and _known_then_words(title, candidates, start, end):
            inside = []  # "Gemma Scope: ...": a new name made from a known one
        elif not inside and not _ends_with_known(title, candidates, start, end):
            inside = [
                i
                for i, c in enumerate(candidates)
                if start <= c.start
                and c.end <= end
                and not c.dropped
                and c.rule != "organization"
                # "...: The Waymo Open Motion Dataset" names data, not the company in it
                and not (c.key is not None and c.type == "organization")
                # "WHEN FLUE MEETS FLANG: ...": words in capitals are no names
                and not (c.text.isalpha() and c.text.isupper() and is_common_word(c.text))
            ]
        if inside and _one_name_around(title[start:end], [candidates[i] for i in inside], start):
            inside = []  # "Audio Flamingo 2: ...", "Dynamic-SUPERB Phase-2: ...": one name
        if inside:
            for i in inside:
                self._mark(candidates, i, "title", kind)
                _own_model_over_known_data(candidates, i, kind)
            return
        name = title[start:end].strip()
        if name and not is_generic(name):
            candidates.append(
                Candidate(
                    start,
                    start + len(name),
                    name,
                    "title",
                    introduced=True,
                    type=kind,
                    type_rule="title:subtitle" if kind else "",
                    confidence=0.75,
                )
            )


def _own_model_over_known_data(candidates: list[Candidate], index: int, kind: str | None) -> None:
    """A title that calls its name a model makes it one, where the catalog knows data of
    that name: "KEPLER: A Unified Model for Knowledge Embedding ..." is no Kepler mission.
    Every mention of the name changes with it."""
    cand = candidates[index]
    if kind != "model" or cand.key is None or cand.type not in ("dataset", "benchmark"):
        return
    key = cand.key
    for other in candidates:
        if other.key == key:
            other.key, other.type, other.type_rule = None, "model", "title:subtitle"


#: A sentence's end: ``[.!?]\s+`` or ``\n\n``, written to start with the set of its
#: first characters, which lets the regex engine skip to them (2.7 times as fast).
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])\s+|(?<=\n)\n)")
#: A title's first words that make it a sentence or a topic, not a name.
_TITLE_OPENERS = _STOP | {
    "towards",
    "toward",
    "on",
    "beyond",
    "rethinking",
    "revisiting",
    "learning",
    "why",
    "how",
    "what",
    "when",
    "is",
    "are",
    "do",
    "does",
    "can",
}


def _one_name_around(head: str, inside: list[Candidate], start: int) -> bool:
    """Whether a title's name ``head`` (at ``start``) is one name around the names found
    in it: a capitalised word before them or two names in it ("Audio Flamingo 2",
    "Dynamic-SUPERB Phase-2"), not a maker before its model ("Meta Llama 3")."""
    words = head.split()
    spans = {(c.start, c.end) for c in inside}
    first = min(c.start for c in inside)
    if not (first > start or len(spans) > 1) or not 2 <= len(words) <= 4:
        return False
    if any(c.type == "organization" for c in inside) or head.isupper():
        return False  # (a title in capitals has its own rule)
    if words[0].lower() in _TITLE_OPENERS or head_type(words[-1]) is not None:
        # "The FineWeb Datasets: ...": data, named after its head noun; "Towards
        # Scalable AASIST: ...": a title's opening words, no part of a name
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in words) and not all(
        is_common_word(w) for w in words
    )


def _known_then_words(text: str, candidates: list[Candidate], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a known name followed by one or two capitalised
    words that are no type noun: "Gemma Scope", a suite of its own, not Gemma (a size or
    a version after a known name is found as its variant, not here).

    >>> known = [Candidate(0, 5, "Zorb", "catalog", key="model/zorb")]
    >>> _known_then_words("Zorb Scope", known, 0, 10), _known_then_words("Zorb Model", known, 0, 10)
    (True, False)
    """
    for c in candidates:
        if c.key is None or c.dropped or c.start != start or not c.end < end:
            continue
        words = text[c.end : end].split()
        return 1 <= len(words) <= 2 and all(
            w[:1].isupper() and w.isalpha() and not is_generic(w) and head_type(w) is None
            for w in words
        )
    return False


def _ends_with_known(text: str, candidates: list[Candidate], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a capitalised modifier before a catalog name, a
    variant of it: "Open-Vocabulary SAM", "Space-Time U-Net", "Video Swin Transformer"
    (not "BERT and GPT-4": the modifier is one or two capitalised words, and no name).

    >>> known = [Candidate(16, 19, "SAM", "catalog", key="model/sam")]
    >>> _ends_with_known("Open-Vocabulary SAM", known, 0, 19)
    True
    """
    for c in candidates:
        if c.key is None or c.end != end or c.start <= start or c.dropped:
            continue
        words = text[start : c.start].split()
        return (
            1 <= len(words) <= 2
            and all(w[:1].isupper() and w.lower() not in _STOP for w in words)
            and not any(o.key and start <= o.start < c.start for o in candidates)
        )
    return False


def start_of_sentence(text: str, pos: int) -> int:
    """Where the sentence around ``pos`` starts (after the last sentence end before it).

    The ends are looked for from a point some 250 characters back, between two
    characters that are no spaces: a sentence end holds one such character at most,
    at its start, so none runs over that point and the ends after it are those a scan
    from the text's start finds. Only if none is there is the whole text scanned.

    >>> text = "One. Two!  Three\\n\\nFour and " + "x" * 300 + " five"
    >>> [start_of_sentence(text, p) for p in (3, 8, 14, 20, len(text))]
    [0, 5, 11, 18, 18]
    """
    low = pos - 250
    while low > 0 and (text[low - 1].isspace() or text[low].isspace()):
        low -= 1
    end = 0
    if low > 0:
        for m in _SENTENCE_END.finditer(text, low, pos):
            end = m.end()
        if end:
            return end
    for m in _SENTENCE_END.finditer(text, 0, pos):
        end = m.end()
    return end


#: ``\.(?:\s|$)|\n\n``, starting with the set of its first characters (as
#: :data:`_SENTENCE_END`)
_CLAUSE_END = re.compile(r"[.\n](?:(?<=\.)(?:\s|$)|(?<=\n)\n)")


def _clause_end(text: str, pos: int) -> int:
    """Where the sentence around ``pos`` ends (a period followed by space, or the text end)."""
    m = _CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)


@Language.factory("citekg_discovery", assigns=["doc._.citekg_candidates"], default_config={})
def make_discovery(nlp: Language, name: str) -> Discovery:
    """Factory of the ``citekg_discovery`` component."""
    return Discovery(nlp, name)
