"""``citekg_results``: scores the text reports for a model on a benchmark.

A result is a number tied to a benchmark (or dataset) mention in the same
sentence, a model, and a metric when one is named:

- ``84.2 on MMLU, 37.9 on GPQA`` and ``57.8 PQ on COCO``: the number, then the
  benchmark a few words later;
- ``an FID of 2.97 on ImageNet``, ``a success rate of 74%``: a metric before the number;
- ``on ImageNet, RepVGG runs ... 80% top-1 accuracy``: the benchmark earlier in the clause;
- ``from 17.7% to 78.7%``: both numbers.

What is not a score: improvements (``+17.9%``, ``by 10%``, ``a 2x speed-up``),
sizes and counts (``7B``, ``12,500 problems``, ``30K conversations``), years,
and numbers inside names (``GSM8K``, ``ImageNet 256×256``). The model is the
nearest model named before the number in its sentence, the paper's own entity
when the text says ``our method``/``our model``, else the paper's introduced
model, else none.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from citekg.extract.candidates import DocEntity, DocResult, doc_text, get_extension, set_extension
from citekg.extract.components.base import BatchComponent
from citekg.extract.components.sentences import SENT_STARTS_ATTR
from citekg.extract.lexicon import METRICS, words_pattern

#: A model's mention: start, end, text as written, and its entity.
ModelMention = tuple[int, int, str, DocEntity]

__all__ = ["Results", "find_numbers", "metric_near"]

_NUMBER = re.compile(
    # a number, or one in TeX math ("$52.5$"), but not money ("$5"), nor a part of a
    # name after a slash ("ViT-B/16"), nor a range's end after a colon ("mAP50:95"),
    # nor a metric's threshold ("mAP@0.5", "mAP@[0.5:0.95]");
    # after another number it is one of a group
    # ("43.6/47.7/50.2"). What may not come before the number is tested after its
    # first digit (each look-behind one character wider), so that the pattern starts
    # with a digit and the regex engine skips quickly to the next one.
    r"(\d(?<![\w.,@^]\d)(?<!@\[\d)(?<![^\d%]/\d)(?<!\d:\d)(?<!\$(?!\d+(?:\.\d+)?\$)\d)"
    r"(?:\d{0,2}(?:\.\d+)?|\d{3}(?:\.\d+)?))(\s*\\?%|\s*percent\b)?"
    # (an error in millimetres is a score too: "a PA-MPJPE of 6.3mm")
    r"(?:mm(?![A-Za-z]))?(?![\w.]*\d|,\d|[A-Za-z])"
)
_SLASH_CHAIN = re.compile(r"(?:\s*%?\s*/\s*\d+(?:\.\d+)?)+")
_NOT_SCORE_AFTER = re.compile(
    r"^\s*(?:%\s*)?(?:x\b|×|times|fold|[-\s]?(?:b|m|k|t)\b|billion|million|thousand|trillion|"
    r"parameters?|params|tokens?|gpus?|tpus?|hours?|days?|weeks?|months?|years?|minutes?|"
    r"seconds?|languages?|tasks?\b(?!\s+\w+\s+(?:surpass|exceed))|datasets?|benchmarks?|"
    r"images?|videos?|examples?|samples?|questions?|problems?|layers?|pairs?|masks?|classes|"
    r"categories|models?|steps?|epochs?|shots?|-shot|way|nodes|authors|participants|votes|"
    r"conversations|annotators|experts|subjects|disciplines|domains|instructions?|words?|"
    r"pages?|times|h\b|institutions?|teams?|[gtpm]?flops|macs|fps|ms\b|gb\b|mb\b|\$|\\times|\d|"
    r"-?bits?\b|k?bps\b|[kmg]?hz\b|"
    # a tuple of settings: "under (0.5, 8*10^{-7})-DP"
    r",[^()]{1,30}\)\s*-\s*[A-Za-z])",
    re.IGNORECASE,
)
#: The verbs by which one system beats another.
_BEATS = r"(?:outperform|surpass|beat|exceed)"
_IMPROVEMENT_BEFORE = re.compile(
    # (not "by" right after a score, which names who scored it: "88.14% by YOLOv3-tiny to")
    r"(?:[+±↑↓]\s*|(?<!%\s)\bby\s+(?!achiev|reach|obtain|scor|attain|get|record|yield)"
    r"(?:an?\s+)?(?:average\s+of\s+|absolute\s+|relative\s+)?"
    r"(?:[\w\-]+\s+){0,4}?(?:of\s+)?(?:[~∼≈]\s*)?|\bwithin\s+|"
    r"\b(?:improv\w*|gains?|increas\w*|reduc\w*|drops?|decreas\w*|declines?|enhancements?|"
    r"margins?|loss(?:es)?|degradations?|ratio|speed-?ups?|savings?|deviations?)\s+"
    # "gains in the overall accuracy of up to 3%": what improved, then by how much
    r"(?:in\s+(?:the\s+)?(?:[\w\-]+\s+){1,3}?(?=of\s|by\s|up\s+to\s))?"
    r"(?:(?:of|by|about|around|roughly|approximately|nearly|over|up\s+to|"
    r"more\s+than|less\s+than|only|just|at\s+least|at\s+most)\s+){0,2}(?:[~∼]\s*)?|"
    r"\btop\s+|(?<![\d.])1/|"
    # "a substantial improvement of X over baseline (3% ~ 6.3% by R@1)"
    r"\b(?:improvements?|gains?)\s+(?:of\s+[\w\-]+\s+)?over\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}"
    r"\(\s*|"
    # "surpassing existing methods over 30%": by how much, not a score (but not "beats X
    # with over 90% accuracy")
    rf"\b{_BEATS}\w*\s+(?:(?!with\b|at\b|achiev|reach|scor|attain|obtain)[\w\-']+\s+){{1,4}}"
    r"(?:by\s+)?(?:over|more\s+than|up\s+to|nearly|about|around|roughly)\s+)$",
    re.IGNORECASE,
)
#: What any match of :data:`_IMPROVEMENT_BEFORE` contains (lower-cased): a cheap test
#: that skips the regex, which is slow to search, for most numbers.
_IMPROVEMENT_HINTS = (
    "+",
    "±",
    "↑",
    "↓",
    "by",
    "improv",
    "gain",
    "increas",
    "reduc",
    "top",
    "1/",
    "within",
    "drop",
    "decreas",
    "declin",
    "enhancement",
    "loss",
    "margin",
    "degradation",
    "ratio",
    "speed",
    "saving",
    "deviation",
    "outperform",
    "surpass",
    "beat",
    "exceed",
)
#: Any of :data:`_IMPROVEMENT_HINTS`, found in one pass.
_IMPROVEMENT_HINT = re.compile("|".join(map(re.escape, _IMPROVEMENT_HINTS)))
_IMPROVEMENT_AFTER = re.compile(
    # ("2.4%p", "3 pp": percentage points, a difference)
    r"^\s*(?:%p\b|pp\b|p\.p\.|percentage\s+points?\b)|"
    # "over 70% compared to the baselines": a gain
    r"^\s*%?\s*compared\s+(?:to|with)\s+(?:the\s+)?(?:baselines?|previous|prior|existing|"
    r"original|vanilla|standard)\b|"
    r"^\s*%?\s*(?:\(absolute\)\s*)?(?:absolute|relative|improvement|gain|increase|higher|"
    r"lower|better|worse|fewer|more|less|faster|slower|smaller|larger|reduction|decrease|"
    r"boost|speed-?ups?|points?\s+(?:higher|better|improvement|gain)|"
    # "by 18% over ImageNet and 6% over the next best baseline"
    r"over\s+(?:the\s+)?(?:next|previous|prior|best|strongest|second|existing|current|"
    r"baselines?\b)|"
    # "5.6% non-parametric kNN classification improvement", "a 6% absolute performance gain"
    r"(?:(?!(?:on|in|for|at|and|than|of|to|with)\s)(?:[\w@\-]+|\(\w+\))\s+){1,3}"
    r"(?:higher|lower|better|worse|improvements?|gains?|reductions?|increases?|boosts?|"
    r"degradations?|drops?|gaps?)\b|"
    # "0.3% degradation", "a 20% compression ratio", "a 4.3% gap": a loss, a ratio or a
    # difference, not a score
    r"(?:degradations?|drops?|deteriorations?|gaps?|(?:compression\s+)?ratio)\b)",
    re.IGNORECASE,
)
#: A score of people, not of a model: "the human performance of 78.24%" (but not a
#: score measured against people's: "a mean human normalized score of 1.46", "126.7% mean
#: human performance", the usual metrics of Atari)
_HUMAN_BEFORE = re.compile(
    r"(?<!mean )(?<!median )\bhumans?\b(?![\s\-]normali[sz]ed)[^.;,\d]{0,30}$", re.IGNORECASE
)
#: A competitor's score after the paper's own: "90.17 beyond 84.72 on X", "0.565 vs. 0.526";
#: a score of its own when the sentence names who was beaten ("surpasses GPT-4 (66.5 vs. 65.9)").
_VERSUS = re.compile(
    r"\s*%?\s*\(?\s*(?:beyond|vs\.?|versus|against|compared\s+(?:to|with))\s+", re.IGNORECASE
)
_VERSUS_NUMBER = re.compile(_VERSUS.pattern + r"\d+(?:\.\d+)?\s*%?\s*\)?", re.IGNORECASE)
_RIVAL = re.compile(rf"\b{_BEATS}", re.IGNORECASE)
_OURS = re.compile(
    r"\bour\s+(?:\w+\s+){0,2}?(?:method|model|approach|framework|system|agent)s?\b|"
    r"\bours\b|"
    # a new clause whose subject is the paper's own system: "..., and it sets", "It attains"
    # (after a structured abstract's heading: "Results The proposed model achieved ...")
    r"(?:^(?:(?:Results?|Findings|Conclusions?)\s*:?\s+)?|[,;:]\s*|\band\s+|\bwhile\s+)"
    r"(?:it|we|the\s+(?:\w+\s+){0,2}model|"
    r"this\s+(?:\w+\s+)?model)\s+(?!is\b|was\b)\w+",
    re.IGNORECASE,
)
_METRIC_PATTERN = re.compile(words_pattern(m.lower() for m in METRICS), re.IGNORECASE)
#: A metric right after a number: "2.97 FID", "57.8 PQ", "74% accuracy".
_METRIC_AFTER = re.compile(r"\s*%?\s*(?:" + _METRIC_PATTERN.pattern + r")\b", re.IGNORECASE)
#: What may stand between a metric and its number: "FID of 2.97", "accuracy (top-1) is 80".
_METRIC_GAP = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:of|:|=|is|was|reaches|reached|at|as high as)?\s*"
    r"(?:about|around|roughly|approximately|nearly|only|just)?\s*",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# the small patterns of the rules below, compiled once
_IMPROVEMENT_LIST_GAP = re.compile(
    # "gains of 2.37% on VQA and 3.84%", "a gain of 2.4 mAP for all classes and 8.3"
    r"\s*%?\s*(?:(?:to\s|[~∼–-])\s*|"  # a range of gains: "by 2% to 5%", "by 3%~20%"
    # (with a metric of up to three words: "by 1.44% and 55.49% in-domain accuracy, and 2.29%",
    # "by 9.14% mean recall on X and 8.92%"; but "by 18.5 mAP, and 52.7 mAP in ..." may
    # go on with a score)
    r"(?:\([^()]{1,20}\)\s*)?(?:[\w@\-]+\s+){0,3}(?:[\w@\-]+\s+[\w@\-]+(?=,))?"
    r"(?:(?:on|in|for|of)\s+[^.;,]{1,40}?)?"
    r"(?:,\s*(?:and\s+)?|\s+and\s+))"
)
# numbers listed before their unit: "at 124 and 78 FPS" (both are speeds)
_AND_CHAIN = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|and\s+)\d+(?:\.\d+)?)+")
# a share of named data that a method needs, not a score: "needs only 10% of MS Marco";
# but "Codex solves 28.8% of the HumanEval problems" is one
_SHARE_OF_NAME = re.compile(r"\s*of\s+(?:the\s+)?[A-Z]")
_NEEDS_BEFORE = re.compile(
    r"\b(?:only|just|needs?|uses?|using|with|requires?|on)\s+$", re.IGNORECASE
)
# a threshold crossed, not a score: "the first open model to surpass 70% on MMMU" (while
# "reaches over 80%" is the score 80)
_BOUND_BEFORE = re.compile(
    # "surpasses a score of 90%", "(<3%)"; and a score of the past: "(previously 52%)"
    r"\b(?:surpass|exceed)(?:es|ed|ing)?\s+(?:an?\s+(?:score|accuracy)\s+of\s+)?$|"
    # (not an arrow: "SVAMP (89.1% -> 91.9%)" goes to 91.9)
    r"(?:(?<![-=])[<>]|[≤≥])\s*$|\bpreviously\s+(?:[\w\-]+\s+){0,2}$|\bbeyond\s+$|"
    # "scores well above 68%", "far below 50%": a bound, however near
    r"\b(?:well|far|way)\s+(?:above|below|over|under|beyond)\s+$|"
    # "compared to less than 10% for existing methods", "less than 2% language annotations",
    # "the accuracies of all of them are lower than 50%"
    r"\b(?:less|fewer|lower|higher|greater)\s+than\s+$|"
    # "the current state-of-the-art accuracy of 77.0%": a competitor's score
    r"\b(?:current|previous|prior)\s+state[- ]of[- ]the[- ]art\s+(?:[\w\-]+\s+)?(?:of\s+)?$",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(
    # "0.5% of the parameters", "just 11% computational budget": a share, not a score
    r"^\s*(?:of\s+the\s+(?:parameters|data|compute|training)|"
    # "0.2% of past methods' model parameters and 0.4% of their training tokens"
    r"of\s+(?:[\w'’\-]+\s+){0,4}(?:parameters|params|tokens|compute|FLOPs|memory|costs?|"
    r"cache|size|footprint|storage)\b|"
    r"(?:of\s+(?:the\s+|its\s+)?)?(?:computational|compute|training|inference|time)\s+"
    r"(?:budget|costs?|time|resources?|computation|memory)\b|"
    # "on 90.0% of the 2760 variable and lead time combinations": a share of a count
    r"of\s+(?:the\s+|all\s+)?\d[\d,]*\s|"
    # "beat 99% of the participating data scientists": a share of people
    r"of\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}(?:participants|scientists|teams|users|humans|people|"
    r"annotators|respondents|experts|players|competitors|contestants)\b)"
)
#: "reasoning models span from 16.04% to 62.07%", "gains ranging from 1.8% to 3.3%": the
#: ends of a range some models fall in, no one model's score (but "Zorb models achieve
#: accuracies ranging from 76.5% to 80.9%" are the scores of a family)
_SPREAD_FROM = re.compile(
    r"^(?!.*\b(?:achiev|reach|obtain|attain)).*"
    r"\b(?:span(?:s|ning)?|rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$",
    re.I | re.S,
)
_SPREAD_TO = re.compile(r"\s*%?\s*(?:to|and)\s+\d+(?:\.\d+)?")
#: A name after a number with "by": "ranged from 88.14% by YOLOv3-tiny to 95.22% by
#: YOLOv4" gives each end of the spread its model, which makes both scores
_BY_NAME_AFTER = re.compile(r"\s*%?\s*(?:by\s+(?:the\s+)?|\(\s*)[A-Z]")  # or "35% (GPT-4)"
#: A spread or interval in brackets after a score: "0.68 (SD 0.0027)", "0.76 (0.0032)",
#: "(95% CI 0.61-0.70)"
_SPREAD_BRACKET_BEFORE = re.compile(
    r"(?<![\w\-.])\d+(?:\.\d+)?\s*%?\s*[(\[]\s*"  # (a number, not a name's: "Zorb-7 (48.1%)")
    r"(?:(?:SD|s\.d\.|std|SE|IQR|CI|95%\s*CI)\s*[:=,]?\s*|±\s*|\+/-\s*)?$"
)
#: "about 23% of the questions require images": a share of the items, unless a verb of
#: success comes before (:data:`_SOLVED_BEFORE`): "Codex solves 28.8% of the problems"
_ITEM_SHARE = re.compile(
    r"\s*of\s+(?:the\s+|all\s+|its\s+)?(?:[\w\-]+\s+)?(?:questions|samples|examples|"
    r"instances|images|items|queries|prompts|responses|sentences|documents|pixels)\b"
)
_SOLVED_BEFORE = re.compile(
    r"\b(?:solv|prov|answer|correct|classif|pass|succe|recogni|detect|identif|label)", re.I
)
#: Between a list of benchmarks and the numbers that follow it: "dev of", ":", "with".
_SHORT_GAP = re.compile(r"\s*(?:[a-z][\w\-]*\s+){0,2}(?:of|:|with|at|=)?\s*", re.I)
_ON_AFTER = re.compile(r"\s*(?:on|in)\s")
_PERCENT_GAP = re.compile(r"\s*%?\s*")
_RANGE_GAP = re.compile(r"\s*%?\s*(?:,\s*(?:and\s+)?|and\s+|to\s+|[~∼]\s*)\s*")
#: Between two listed numbers, each maybe with its metric: "56% and 59%", "87.7 AP50, 53.8
#: mAP, and 23.7 mAP"
_LIST_GAP = re.compile(
    r"\s*%?\s*(?:(?!and\b|on\b|in\b|for\b|of\b)[A-Za-z][\w@.:\-]{0,11}\s*)?"
    r"(?:,\s*(?:and\s+)?|and\s+)\s*(?:an?\s+)?"  # "an 81.77% and an 83.57% F1-score"
)
_IMPROVED_LIST_GAP = re.compile(r"\s*%?\s*(?:,\s*(?:and\s+)?|and\s+|/\s*|[-–~∼]\s*|to\s+)\s*")
_MODIFIER_AFTER = re.compile(r"-(?:like|style|type|family)\b", re.I)
_OUR_BEFORE = re.compile(r"\b[Oo]ur\s+$")
_OUR_USING = re.compile(
    r"\b[Oo]ur\b[^.,;]{0,60}?\b(?:models?|variants?|systems?|methods?|approach)\s+"
    r"(?:using|with|based\s+on|built\s+on|on\s+top\s+of)\s+(?:an?\s+|the\s+)?$"
)
_WITH_BACKBONE = re.compile(r"\s+with\s+(?:an?\s+|the\s+)?(?:[a-z][\w\-]*\s+)?")
#: What a model does to the one after it: "X outperforms Y", "X demonstrates significant
#: improvements over Y"
_COMPARED = re.compile(
    # ("MagicoderS-CL-7B based on CodeLlama even surpasses ChatGPT")
    r"(?:,?\s+(?:based|built)\s+on\s+[\w\-.]+,?)?"
    r"\s+(?:(?:also|even|further|consistently|significantly|substantially)\s+)?"
    rf"(?:{_BEATS}\w*|(?:\w+\s+){{1,3}}(?:improvements?|gains?)\s+over)\s"
)
#: The base a model is built on, which is not the one compared: "based on CodeLlama"
_BASE_BEFORE = re.compile(r"\b(?:based|built)\s+on\s+$")
#: What puts a model after another as the one measured against: "X trained comparably to
#: Y achieves", "X, relative to Y, reaches"
_MEASURED_AGAINST = re.compile(r"\b(?:compar\w*|relative)\s+(?:to|with)\s+(?:the\s+)?$")
_CLAUSE_BREAK = re.compile(r"[;.]|,\s+(?:and|but|while|whereas)\b")
#: Before the score of the one measured against: "(vs. 76.2%)"
_VERSUS_BEFORE = re.compile(r"\b(?:vs\.?|versus)\s*$", re.IGNORECASE)
_BACKBONE_BEFORE = re.compile(
    r"\b(?:built|based|trained)\s+(?:up)?on\s+(?:top\s+of\s+)?(?:the\s+)?$|\bpowered\s+by\s+(?:the\s+)?$"
)
_AND_SCORES = re.compile(
    r"\band\s+(?:also\s+)?(?:achiev|attain|obtain|reach|set|scor)\w*\b|"
    # "X surpasses Y on MATH, with accuracy of 55.89", "..., achieving 55.89"
    r",\s+(?:with\s+(?:an?\s+)?(?:[\w\-]+\s+){1,3}of\s+(?:$|\d)|(?:achiev|reach|attain|scor)ing\b)"
)
_SLASH_GAP = re.compile(r"\s*%?\s*/\s*")
_THEY = re.compile(r"\s*(?:They|These(?: \w+)?)\b")
_NAME_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+|/)\s*(?:the\s+)?")
_BRACKETED_NAME_GAP = re.compile(r"\s*(?:model|version)?\s*\(\s*")
_MODEL_AFTER = re.compile(r"\b(?:with|using|by|for|of)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}(?:\(\s*)?$")
_IMPROVEMENT_CLAUSE = re.compile(
    r"\b(?:improv\w*|gains?|increas\w*|outperform\w*\s+[\w\- ]+\s+by|by)\b[^.;]{0,60}$"
)
_IMPROVEMENTS_OF = re.compile(r"(?:improvements?|gains?|increases?)\s+(?:of\s+)?$")
_TIMES = re.compile(r"\s*(?:×|x|\$\\times|\\times)")
_CLAUSE = re.compile(r"[;]|\bwhereas\b|\bbut\b", re.IGNORECASE)
#: What a paper compares with, and nothing after it to the bracket but its description
_COMPARED_BEFORE = re.compile(
    r"\b(?:outperform\w*|surpass\w*|than|compared\s+(?:to|with)|versus|vs\.?|previous|prior)\b"
    r"(?:[^.;()]|\(\s*[\d.]+\s*%?\s*\))*$",  # (past other such numbers: "(23%) and ... (")
    re.IGNORECASE,
)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_ON_BENCH = re.compile(
    # (a metric may hold "&" or "+": "86.1 J&F on DAVIS")
    r"^\s*%?\s*(?:[\w\-@/&+]+\s+){0,6}?(?:on|in|for|at|of)\s+(?:the\s+)?"
    r"(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: The same after other measurements listed behind the score: "24.5 PQ, 32.1 mIoU, and
#: 11.6 FPS on the ADE20K dataset" (not "61.4% accuracy at length 16K, and on Path-256")
_ON_BENCH_AFTER_LIST = re.compile(
    r"^\s*%?\s*(?:[\w\-@/&+]+\s+){0,2}?(?:[\w\-@/&+]+)?"
    r"(?:,\s*(?:and\s+)?\d[\d.]*\s*%?\s*[\w\-@/&+]+)+\s+(?:on|in)\s+(?:the\s+)?"
    r"(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
# (a model fine-tuned on a benchmark is then scored on it: "When fine-tuned on Science QA,
# ... achieves 92.53%")
_TRAINED_ON_BEFORE = re.compile(r"\bpre-?trained\s+on\s+(?:the\s+)?$", re.I)
_GROUP_GAP = re.compile(
    # "80.3 MOTA, 77.3 IDF1 and 63.1 HOTA on MOT17": a metric after each number
    r"\s*%?\s*(?:(?!(?:on|in|at|for)\s)[A-Za-z][\w@\-]*(?:\s+|(?=,))){0,3}?"
    r"(?:,\s*(?:and\s+)?|and\s+|to\s+|-|–|/)\s*"
    r"(?:(?:[A-Za-z@\-]+\s+){1,3}(?:of|is|at)\s+)?"  # "7.23 and finetuned FID score of 3.22"
)


# a sign or mark glued to a number ("-2.3", "#1"), not the hyphen of a name ("Kinetics-400")
#: A sign or unit right before a number: "-1.2", "$5", "×4" and "1024×1024" (but the
#: dash of a range, "2%-7%", is none)
_SIGN_BEFORE = re.compile(r"(?:(?<![A-Za-z0-9%])-|[−–$#×]|(?<=\d)[xX])$")
_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
#: What any match of :data:`_BOUND_BEFORE` contains, lower-cased.
_BOUND_HINTS = (
    "than",
    "surpass",
    "exceed",
    "<",
    ">",
    "previously",
    "beyond",
    "state",
    "above",
    "below",
    "over",
    "under",
    "less",
    "fewer",
)


def _name_part_before(text: str, start: int) -> bool:
    """Whether a number at ``start`` is part of a name: an ASCII letter or digit and a
    hyphen right before it ("Kinetics-400", "GPT-4"), or a slash after a name that ends
    in a number ("ResNets20/32", "ResNet-50/101": the sizes of one family)."""
    if start < 2:
        return False
    if text[start - 1] == "-":
        return text[start - 2] in _ASCII_ALNUM
    if text[start - 1] == "/" and text[start - 2].isdigit():
        word = _WORD_BEFORE_SLASH.search(text, max(0, start - 30), start - 1)
        return word is not None and any(c.isalpha() for c in word.group())
    return False


#: The word before a slash: "ResNets20" of "ResNets20/32".
_WORD_BEFORE_SLASH = re.compile(r"[\w\-.]+\Z")


def _bound_before(text: str, start: int) -> bool:
    """:data:`_BOUND_BEFORE` in the 60 characters before ``start``, searched only if
    they hold one of its words (in ASCII text, whose case folds simply; other text is
    always searched)."""
    lo = max(0, start - 60)
    before = text[lo:start]
    if before.isascii():
        lowered = before.lower()
        if not any(hint in lowered for hint in _BOUND_HINTS):
            return False
    return _BOUND_BEFORE.search(text, lo, start) is not None


#: A setting's value, not a score: a one-letter variable ("ε=8/255", "σ = 1.0", "k=5"),
#: a radius, norm or budget ("ℓ2 radius 1.5", "norms less than 0.25 and 0.5")
_SETTING_VALUE_BEFORE = re.compile(
    r"(?:(?<![\w\u0370-\u03ff])[A-Za-z\u0370-\u03ff](?:_\w+)?\s*[=<>≤≥]\s*(?:\d+(?:\.\d+)?/)?|"
    # ("perturbations of size 8/255 and 128/255": a budget, written as a fraction)
    r"\b(?:radius|radii|norms?|budgets?|thresholds?|sizes?)\s+(?:(?:less|smaller|greater|"
    r"larger)\s+than\s+|of\s+|up\s+to\s+|=\s*)?"
    r"(?:\d+(?:\.\d+)?(?:/\d+)?\s*(?:,|and|or)\s+)?(?:\d+(?:\.\d+)?/)?)$"
)


#: Errors in a dataset's labels, measured: "labeling error rates: 14% in RefCOCO, 24% in
#: RefCOCO+", "label noise of 20%": what the data holds, not what a model scores
_LABEL_ERRORS_BEFORE = re.compile(
    r"\b(?:label(?:l?ing|s)?|annotation)\s+(?:errors?|noise)(?:\s+rates?)?"
    r"(?:\s+(?:of|is|are|at))?\s*:?\s*"
    r"(?:(?:and\s+)?\d+(?:\.\d+)?\s*%\s+(?:in|on|for|of)\s+[^\s,;]+\s*,?\s*)*(?:and\s+)?$",
    re.IGNORECASE,
)


#: A share of the training data, alone or in a list: "with 1%, 5% and 10% labeled data",
#: "under 1% data and 10% data settings"
_DATA_SHARE_AFTER = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)\d+(?:\.\d+)?\s*%)*"
    r"\s+(?:of\s+(?:the\s+)?)?(?:(?:labell?ed|unlabell?ed|annotated|training|available)\s+)?"
    r"(?:data|images|samples|examples|annotations|labels)\b"
    # "poisoned 0.01% of the LAION-400M or COYO-700M datasets": a share of named data
    r"|\s+of\s+(?:the\s+)?(?-i:[A-Z][\w\-]*(?:\s+(?:or|and)\s+[A-Z][\w\-]*)?)\s+"
    r"(?:datasets?|corpus|corpora)\b",
    re.IGNORECASE,
)
#: A setting of the data or the model, not a score: "CIFAR-100 with 90% noise", "a 90%
#: noise rate", "90% noisy labels", "at 50% sparsity", "a masking ratio of 75%"
_CONDITION_AFTER = re.compile(
    r"\s*(?:(?:symmetric|asymmetric|label|pair|pair-?flip|instance-dependent|open-set|"
    r"unstructured|structured)\s+)?(?:noise|noisy|sparsity|sparse|pruning|pruned|"
    r"corruptions?|corrupted|occlu\w*|mask(?:ing)?\s+ratio|missing)\b",
    re.IGNORECASE,
)
_CONDITION_BEFORE = re.compile(
    r"\b(?:noise|sparsity|pruning|corruption|masking|mask|missing)\s+(?:rates?|ratios?|"
    r"levels?)?\s*(?:of|=|:|at)?\s*$",
    re.IGNORECASE,
)
#: A limit set on the data, not a score: "we cap the word error rate at 4% during
#: filtering", "and cap it at 0%"
_CAP_BEFORE = re.compile(
    r"\b(?:cap|caps|capped|capping|threshold|thresholded|clip|clipped)\b[^.;%]{0,40}\bat\s+$",
    re.IGNORECASE,
)
#: A bound, not a score: "a perplexity of 10 or greater"
_BOUND_AFTER = re.compile(
    r"\s*%?\s*(?:\w+\s+)?or\s+(?:greater|more|higher|above|less|lower|below)\b"
)
#: The score of an unnamed model's: "compared to the dense model's 5.12 PPL"
_UNNAMED_OWNER_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2}(?:model|baseline|method|network)['’]s\s+$"
)
#: Agreement among people, not a model's score: "Fleiss' Kappa score of 0.4"
_AGREEMENT_BEFORE = re.compile(
    r"\b(?:Fleiss|Krippendorff|Cohen|inter-?(?:annotator|rater|coder))\b[^.;\d]{0,40}$", re.I
)
#: A number right after "(vs." is the score of what is compared with: "77.6% on SciFact
#: (vs. 72.6% for prior retrievers)"
_OPEN_VERSUS_BEFORE = re.compile(r"\(\s*(?:vs\.?|versus|compared\s+(?:to|with))\s*$", re.I)
#: ... unless the sentence named it: "X trained comparably to Y achieves 78.6% (vs. 76.2%)"
_COMPARABLY = re.compile(r"\b(?:comparabl[ey]|relative)\s+(?:to|with)\s", re.I)
#: A number on data the text does not name: "3.2% WER on the new dataset"
_ON_UNNAMED_DATA = re.compile(
    r"\s*%?\s*(?:[\w\-]+\s+){0,3}?(?:\([^()]{1,10}\)\s+)?(?:on|in)\s+(?:the|a|our|this)\s+"
    r"(?:new|proposed|collected|own|in-house)\s+(?:[\w\-]+\s+)?"
    r"(?:dataset|benchmark|test\s+set|corpus|data)\b"
)
#: A number on a name right after it: "25.2% on BRIGHT", "0.91 on the ACME-7 split"
_ON_OTHER_NAME = re.compile(
    r"\s*%?\s*(?:[a-z][\w\-]*\s+){0,2}?(?:on|in)\s+(?:the\s+)?"
    r"([A-Z][A-Za-z0-9\-]*[A-Z0-9][A-Za-z0-9\-]*)\b"
)
#: "improves the success rate from 88.9% to 94.9%", "advances the pass rate on X (48.0%
#: to 57.0%)", "(43.4% → 46.3%)": the first number is the old score
_FROM_BEFORE = re.compile(r"(?:\bfrom\s+|\(\s*)$")
_ARROW_AFTER = re.compile(r"\s*(?:%|\\%)?\s*(?:→|->)\s*[\d$]")
_TO_AFTER = re.compile(r"\s*(?:%|\\%)?\s*(?:to\s+|→\s*|->\s*)[\d$]")


def _unnamed_old_score(
    text: str, number: tuple[int, int, float], models: list[ModelMention]
) -> bool:
    """Whether ``number`` is the score a paper improves on in a sentence that names no
    model but its own (``models``, the sentence's): "our method improves the success
    rate from 88.9% to 94.9%", "Our StableSyncNet achieved ..., increasing from 91% to
    94%", "ZorbProver advances the state of the art on X (48.0% to 57.0%)" (but "raising
    Alpaca's accuracy from 32.5% to 65.1%" is Alpaca's); or the score of a rival it
    leaves unnamed, whatever the sentence's models (:func:`_unnamed_in_brackets`)."""
    start, end = number[0], number[1]
    if _unnamed_in_brackets(text, start, models):
        return True
    return all(m[3].introduced for m in models) and (
        (
            _FROM_BEFORE.search(text, max(0, start - 6), start) is not None
            and _TO_AFTER.match(text, end) is not None
        )
        # "from 16.8% → 12.7% final-answer error and 14.0% → 3.4% reasoning error": an arrow
        # says which is the old one without "from"
        or _ARROW_AFTER.match(text, end) is not None
    )


def _unnamed_in_brackets(text: str, start: int, models: list[ModelMention]) -> bool:
    """Whether the number at ``start`` stands in brackets after what the paper compares
    with, unnamed: "outperforming the previous state-of-the-art of traditional docking
    (23%) and deep learning (20%) methods" (not "outperforming GPT-4 (80.1%)")."""
    bracket = text.rfind("(", max(0, start - 40), start)
    if bracket < 0 or ")" in text[bracket:start]:
        return False
    compared = list(_COMPARED_BEFORE.finditer(text, max(0, bracket - 100), bracket))
    return bool(compared) and not any(compared[-1].start() <= m[0] < start for m in models)


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, float]]:
    """``(start, end, value)`` of the numbers in ``text[start:end]`` that could be scores.

    >>> text = "It gets 84.2 on MMLU (+3.1%), trained on 7B tokens in 2023, 69% on GSM8K."
    >>> [v for _, _, v in find_numbers(text)]
    [84.2, 69.0]
    >>> [v for _, _, v in find_numbers("87.4% on Kinetics-400, 75.4% on UCF101 (-1.2)")]
    [87.4, 75.4]
    >>> [v for _, _, v in find_numbers("45% at ε=8/255, F1=85.2, 61% under ℓ2 radius 1.5")]
    [45.0, 85.2, 61.0]
    >>> find_numbers("It beats X by 1.2/1.7 BLEU, by margins of 1%-84%, with a 39% speedup.")
    []
    >>> [v for _, _, v in find_numbers("ResNets20/32 on CIFAR-10 reach 92.1/93.4")]
    [92.1, 93.4]
    >>> [v for _, _, v in find_numbers("It reaches 51.4% mAP50 and 31.8% mAP50:95.")]
    [51.4, 31.8]
    """
    end = len(text) if end is None else end
    out: list[tuple[int, int, float]] = []
    improvement_end = -1
    chain_end = -1  # the end of a slash chain of gains: "by 1.2/1.7 BLEU"
    for m in _NUMBER.finditer(text, start, end):
        if m.start() < chain_end:
            continue
        if _name_part_before(text, m.start()):
            continue  # "Kinetics-400", "GPT-4": part of a name, which no list of gains ends
        if improvement_end >= 0 and _IMPROVEMENT_LIST_GAP.fullmatch(
            text[improvement_end : m.start()]
        ):
            improvement_end = m.end()  # "gains of 2.37% on VQA and 3.84% on NLVR2"
            continue
        improvement_end = -1
        value_text, percent = m.group(1), m.group(2)
        value = float(value_text)
        before = text[max(0, m.start() - 40) : m.start()]
        chain = _SLASH_CHAIN.match(text, m.end())  # "2.78/3.83/5.62 ms": all are times
        tail = chain.end() if chain else m.end()
        after = text[tail : tail + 30]
        if after[:1] == "$" and before.endswith("$"):
            after = after[1:]  # "$52.5$ AP": TeX math
        lowered = before.lower()
        if (
            "from" in before
            and _SPREAD_FROM.search(before)
            and not _BY_NAME_AFTER.match(text, tail)  # "from 88.14% by X to 95.22% by Y"
        ):
            spread = _SPREAD_TO.match(text, tail)
            chain_end = spread.end() if spread else tail  # (the range's other end too)
            continue
        if (_IMPROVEMENT_HINT.search(lowered) and _IMPROVEMENT_BEFORE.search(before)) or (
            _SIGN_BEFORE.search(before) and not text.startswith("$", m.end())
        ):
            improvement_end = m.end()
            chain_end = tail
            continue
        if not percent and _NOT_SCORE_AFTER.match(after):
            continue
        if not percent and not chain:
            listed = _AND_CHAIN.match(text, m.end())
            if listed and _NOT_SCORE_AFTER.match(text[listed.end() : listed.end() + 30]):
                continue  # "124 and 78 FPS"
        if percent and (
            _SHARE_OF.match(text[tail : tail + 70])
            or (_ITEM_SHARE.match(text, tail) and not _SOLVED_BEFORE.search(before))
            or (_SHARE_OF_NAME.match(after) and _NEEDS_BEFORE.search(before))
            or _DATA_SHARE_AFTER.match(text, tail)
        ):
            continue
        if _bound_before(text, m.start()):
            continue
        if _SPREAD_BRACKET_BEFORE.search(before):
            continue  # "0.68 (SD 0.0027)": the spread of the score before it
        if (
            _CONDITION_AFTER.match(text, tail)
            or _CONDITION_BEFORE.search(before)
            or _CAP_BEFORE.search(before)
        ):
            continue  # "on CIFAR-100 with a 90% noise rate", "at 50% sparsity", "cap it at 4%"
        if _BOUND_AFTER.match(text, tail) or _UNNAMED_OWNER_BEFORE.search(before):
            continue  # "a perplexity of 10 or greater", "the dense model's 5.12 PPL"
        if _AGREEMENT_BEFORE.search(before):
            continue  # "a Fleiss' Kappa score of 0.4 among 25 evaluators"
        if (
            _OPEN_VERSUS_BEFORE.search(before)
            and not _RIVAL.search(text, start, m.start())
            and not _COMPARABLY.search(text, start, m.start())
        ):
            continue  # "(vs. 72.6% for prior retrievers)": an unnamed competitor's
        if _SETTING_VALUE_BEFORE.search(before):
            continue  # "robust accuracy at ε=2/255", "under ℓ2 radius 1.5"
        lo = max(start, m.start() - 100)
        if (
            text.find("abel", lo, m.start()) >= 0 or text.find("nnotation", lo, m.start()) >= 0
        ) and _LABEL_ERRORS_BEFORE.search(text, lo, m.start()):
            continue  # "labeling error rates: 14% in RefCOCO, 24% in RefCOCO+"
        if _IMPROVEMENT_AFTER.match(text[tail : tail + 70]):
            # (and the numbers listed after it are gains too: "50% relative accuracy
            # gains on MathVista and 120% on MathVerse")
            improvement_end = m.end()
            last = m.start()
            while out and _IMPROVED_LIST_GAP.fullmatch(text[out[-1][1] : last]):
                # "0.9% and 2.5% mIoU better than", "2.18%-7.20% and 1.57%-16.30% increase":
                # all are gains
                last = out.pop()[0]
            continue
        if "human" in lowered and _HUMAN_BEFORE.search(before):
            continue
        if (
            out
            and _VERSUS.fullmatch(text, out[-1][1], m.start())
            and not _RIVAL.search(text, start, m.start())
        ):
            continue  # the score of an unnamed competitor after ours
        if not percent and "." not in value_text and 1900 <= value <= 2099:
            continue  # a year
        if value_text.startswith("0") and "." not in value_text and value_text != "0":
            continue
        out.append((m.start(), m.end(), value))
    return out


def metric_near(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """The metric named next to the number at ``text[start:end]`` (within ``[lo, hi)``).

    >>> t = "an FID of 2.97 on ImageNet and 57.8 PQ on COCO"
    >>> metric_near(t, 10, 14, 0, len(t)), metric_near(t, 31, 35, 0, len(t))
    ('FID', 'PQ')
    """
    after = text[end : min(hi, end + 25)]
    m = _METRIC_AFTER.match(after)
    if m:
        return _canonical_metric(m.group(0).strip(" %"))
    before = text[max(lo, start - 45) : start]
    found = list(_METRIC_PATTERN.finditer(before))
    if found:
        last = found[-1]
        if _METRIC_GAP.fullmatch(before, last.end()):
            return _canonical_metric(last.group(0))
    return None


_CANONICAL_METRICS = {metric.lower(): metric for metric in reversed(METRICS)}


def _canonical_metric(found: str) -> str:
    """The lexicon's spelling of a metric found in any case (``fid`` -> ``FID``)."""
    return _CANONICAL_METRICS.get(found.lower(), found)


class Results(BatchComponent):
    """Writes :class:`~citekg.extract.candidates.DocResult` records to ``doc._.citekg_results``."""

    def __init__(self, nlp: Language, name: str = "citekg_results") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        entities: list[DocEntity] = get_extension(doc, "citekg_entities") or []
        set_extension(doc, "citekg_results", [])
        benches = sorted(
            (
                (m.start, m.end, m.text, e)
                for e in entities
                if e.type in ("benchmark", "dataset")
                for m in e.mentions
            ),
            key=lambda b: (b[0], b[1]),
        )
        own_bench = [e for e in entities if e.introduced and e.type in ("benchmark", "dataset")]
        if not benches and not own_bench:
            return doc
        text = doc_text(doc)
        starts = get_extension(doc, SENT_STARTS_ATTR) or [0]
        mentions = sorted(
            (
                (m.start, m.end, m.text, e)
                for e in entities
                if e.type in ("model", "method")
                for m in e.mentions
                if not _MODIFIER_AFTER.match(text, m.end)  # "DETR-like models": a class
            ),
            key=lambda x: (x[0], x[1]),
        )
        names = sorted((m.start, m.end) for e in entities for m in e.mentions)
        own = _own_system(entities)
        fallback = _fallback_benchmark(
            own_bench,
            # not data a model was pretrained on
            [b for b in benches if not _TRAINED_ON_BEFORE.search(text, max(0, b[0] - 30), b[0])],
        )
        results: list[DocResult] = []
        seen: set[tuple[str | None, str, float]] = set()
        for k, sent_start in enumerate(starts):
            sent_end = starts[k + 1] if k + 1 < len(starts) else len(text)
            if not _DIGIT.search(text, sent_start, sent_end):
                continue  # no number, so no score: most sentences
            sentence = text[sent_start:sent_end]
            in_sentence = [b for b in benches if sent_start <= b[0] < sent_end]
            numbers = [
                n
                for n in find_numbers(text, sent_start, sent_end)
                if not _inside(n[0], n[1], names) and not _after_name(text, n[0], names)
            ]
            numbers = _drop_improvement_lists(text, numbers)
            models = [m for m in mentions if sent_start <= m[0] < sent_end]
            numbers = [n for n in numbers if not _unnamed_old_score(text, n, models)]
            if not numbers:
                continue
            groups = _number_groups(text, numbers) if _RESPECTIVELY.search(sentence) else []
            respective = self._respectively(text, numbers, groups, models)
            respective_bench = self._respectively(text, numbers, groups, in_sentence, exact=True)
            # "71.6 and 54.4 exact match on TriviaQA and WebQ": as many benchmarks listed
            # right after the numbers, in order ("respectively" or not)
            listed = _number_groups(text, numbers)
            # "an 81.77% and an 83.57% F1-score": the metric after a list is each number's
            metric_of_list = {i: group[-1] for group in listed for i in group[:-1]}
            for group in listed:
                if any(i in respective_bench for i in group):
                    continue
                chosen = _coordinated_after(text, in_sentence, numbers[group[-1]][1], len(group))
                if chosen is None:
                    # "such as PubMedQA and MedMCQA dev of 77.6% and 52.9%": just as many
                    # benchmarks listed right before the numbers
                    chosen = _coordinated(
                        text, in_sentence, numbers[group[0]][0], len(group), exact=True
                    )
                    if chosen is not None and not _SHORT_GAP.fullmatch(
                        text, chosen[-1][1], numbers[group[0]][0]
                    ):
                        chosen = None
                if chosen is not None:
                    respective_bench.update(
                        (i, (m[2], m[3])) for i, m in zip(group, chosen, strict=True)
                    )
            slashed = _slash_groups(text, numbers)
            if slashed:
                # "X-T/S/M achieve 43.6/47.7/50.2 AP", or "They" after the sentence naming
                # them: as many names written with slashes as numbers, in order
                previous = starts[k - 1] if k else sent_start
                pool = models
                if _THEY.match(text, sent_start):
                    pool = [m for m in mentions if previous <= m[0] < sent_end]
                respective = {
                    **self._respectively(text, numbers, slashed, pool, exact=True),
                    **respective,
                }
                # "on SQuAD v1.1/v2.0 ... 90.0/79.2": benchmarks written with slashes too
                respective_bench = {
                    **self._respectively(text, numbers, slashed, in_sentence, exact=True),
                    **respective_bench,
                }
            subject = own or _last_model(mentions, sent_start)
            carried = None
            for i, (n_start, n_end, value) in enumerate(numbers):
                if _ON_UNNAMED_DATA.match(text, n_end):
                    continue  # "3.2% WER on the new dataset and 15.6% WER on X": unnamed data
                bench = respective_bench.get(i) or self._benchmark(
                    text, n_start, n_end, numbers, i, in_sentence, sent_start
                )
                if (
                    bench is None
                    and carried is not None
                    and not any(carried[2] < b[0] < n_start for b in in_sentence)
                ):
                    bench = carried[:2]  # "... on the clean test set and 3.3 on the other"
                if bench is None and fallback is None:
                    continue  # a number tied to no benchmark (most of them)
                metric = metric_near(text, n_start, n_end, sent_start, sent_end)
                if metric is None and i in metric_of_list:
                    last = numbers[metric_of_list[i]]
                    metric = metric_near(text, last[0], last[1], sent_start, sent_end)
                if (
                    bench is None
                    and fallback is not None
                    and (metric or respective or "%" in text[n_start:n_end])
                    and (models or _OURS.search(sentence))
                ):
                    bench = (fallback.name, fallback)
                if bench is None:
                    continue
                carried = (*bench, n_end)
                written = text[n_start:n_end]
                if (
                    "." not in written
                    and "%" not in written
                    and "percent" not in written
                    and (metric is None and not _ON_AFTER.match(text[n_end : n_end + 5]))
                ):
                    continue  # a bare integer is a count unless a metric or "on X" says otherwise
                model = (
                    respective.get(i)
                    or _model_after(text, n_end, models)
                    or self._model(text, n_start, models, sent_start, subject)
                )
                if (
                    i + 1 < len(numbers)
                    and i not in respective
                    and _VERSUS.fullmatch(text, n_end, numbers[i + 1][0])
                ):
                    model = _winner(text, sent_start, n_start, models, own) or model
                model_name = model[0] if model else None
                key = (model_name, bench[1].name, value)
                if key in seen:
                    continue
                seen.add(key)
                results.append(
                    DocResult(
                        model=model_name,
                        benchmark=bench[0],
                        value=value,
                        metric=metric,
                        start=n_start,
                        end=n_end,
                        sentence=sentence.strip(),
                        rule="results:respectively"
                        if i in respective or i in respective_bench
                        else "results:number-benchmark",
                    )
                )
        set_extension(doc, "citekg_results", results)
        return doc

    @staticmethod
    def _benchmark(
        text: str, n_start: int, n_end: int, numbers: list, i: int, benches: list, sent_start: int
    ) -> tuple[str, DocEntity] | None:
        next_number = numbers[i + 1][0] if i + 1 < len(numbers) else len(text)
        # "84.2 on MMLU", "57.8 PQ on the competition-level MATH", "84.5% ImageNet zero-shot"
        for b_start, _, surface, entity in benches:
            if n_end <= b_start < next_number:
                gap = text[n_end:b_start]
                versus = _VERSUS_NUMBER.match(gap)
                if versus:
                    gap = gap[versus.end() :]  # "90.17 beyond 84.72 on X"
                if _TRAINED_ON_BEFORE.search(gap):
                    break  # "57.1% AP when pretrained on Objects365": data
                if len(gap) <= 70 and (
                    _ON_BENCH.match(gap)
                    or _PERCENT_GAP.fullmatch(gap)
                    or _ON_BENCH_AFTER_LIST.match(gap)
                ):
                    return surface, entity
                break
        # "from 17.7% to 78.7% on X", "8.7, 8.9 on MT-bench": the benchmark after the group
        j = i
        while j + 1 < len(numbers) and _GROUP_GAP.fullmatch(
            text[numbers[j][1] : numbers[j + 1][0]]
        ):
            j += 1
        if j > i:
            found = Results._benchmark(
                text, numbers[j][0], numbers[j][1], numbers, j, benches, sent_start
            )
            if found is not None:
                return found
        # the benchmark named earlier in the clause: "On ImageNet, RepVGG reaches over 80%"
        # (but not when the number is on another name: "77.6% on SciFact, 25.2% on BRIGHT",
        # where BRIGHT is no benchmark found)
        other = _ON_OTHER_NAME.match(text, n_end)
        if other is not None and not _METRIC_AFTER.match(text, other.start(1)):
            return None
        before = sorted((b for b in benches if b[1] <= n_start), key=lambda b: (b[0], -b[1]))
        if before:
            b_start, b_end, surface, entity = before[-1]
            if _TRAINED_ON_BEFORE.search(text, max(0, b_start - 30), b_start):
                return None  # "When pretrained on Objects365, X attains 57.1% AP": data
            gap = text[b_end:n_start]
            previous_number = numbers[i - 1][1] if i > 0 else sent_start
            grouped = i > 0 and _RANGE_GAP.fullmatch(text[numbers[i - 1][1] : n_start])
            if (
                len(gap) <= 120
                and not _CLAUSE.search(gap)
                and (previous_number <= b_start or grouped)
            ):
                return surface, entity
        return None

    @staticmethod
    def _model(
        text: str, n_start: int, models: list[ModelMention], sent_start: int, own: DocEntity | None
    ) -> tuple[str, DocEntity] | None:
        found = Results._nearest_model(text, n_start, models, sent_start, own)
        if found is None:
            return None
        # "InstructGPT model (text-davinci-002)": the name in brackets is the precise one
        for m in models:
            if m[3] is found[1]:
                continue
            gap_start = next((x[1] for x in models if x[3] is found[1]), None)
            if (
                gap_start is not None
                and _BRACKETED_NAME_GAP.fullmatch(text[gap_start : m[0]])
                and m[3].type == "model"
            ):
                return m[2], m[3]
        return found

    @staticmethod
    def _nearest_model(
        text: str, n_start: int, models: list[ModelMention], sent_start: int, own: DocEntity | None
    ) -> tuple[str, DocEntity] | None:
        before = [m for m in models if m[1] <= n_start]
        window = text[before[-1][1] if before else sent_start : n_start]
        if own is not None and _OURS.search(window):
            return own.name, own
        for kind in ("model",):
            typed = [m for m in before if m[3].type == kind]
            for m in reversed(typed[:-1]):
                # "X outperforms Y w/ Z and achieves 90.6%": the score is the subject's
                if _COMPARED.match(text, m[1]) and _AND_SCORES.search(text, m[1], n_start):
                    return m[2], m[3]
            if len(typed) >= 2:
                # "our VideoMAE with the vanilla ViT can achieve 87.4%", "(the paper's)
                # Oriented R-CNN with ResNet50 achieves": ours, on a backbone
                owner, backbone = typed[-2], typed[-1]
                if (
                    owner[3].introduced or _OUR_BEFORE.search(text, max(0, owner[0] - 5), owner[0])
                ) and _WITH_BACKBONE.fullmatch(text, owner[1], backbone[0]):
                    return owner[2], owner[3]
            if (
                typed
                and own is not None
                and _OUR_USING.search(text, max(sent_start, typed[-1][0] - 80), typed[-1][0])
            ):
                return own.name, own  # "our models using BERT base achieve 76.3%": ours
            if (
                len(typed) >= 2
                and _BACKBONE_BEFORE.search(text, max(sent_start, typed[-1][0] - 25), typed[-1][0])
                and typed[-2][0] >= sent_start
            ):
                # "CiteAgent, a system built on the GPT-4o LM, ... achieves 35.3%": the
                # system's score, not its backbone's
                return typed[-2][2], typed[-2][3]
            if (
                len(typed) >= 2
                and typed[-2][0] >= sent_start
                and _MEASURED_AGAINST.search(text, max(sent_start, typed[-1][0] - 25), typed[-1][0])
                and not _CLAUSE_BREAK.search(text, typed[-2][1], typed[-1][0])
                and not _VERSUS_BEFORE.search(text, max(sent_start, n_start - 20), n_start)
            ):
                # "X-L/16 trained comparably to Y-L/14 achieves 78.6%": the subject's score
                return typed[-2][2], typed[-2][3]
            if typed:
                return typed[-1][2], typed[-1][3]
            after = [m for m in models if m[0] >= n_start and m[3].type == kind]
            if after and _MODEL_AFTER.search(text[n_start : after[0][0]]):
                return after[0][2], after[0][3]
        if before:
            return before[-1][2], before[-1][3]
        return (own.name, own) if own is not None else None

    @staticmethod
    def _respectively(
        text: str, numbers: list, groups: list[list[int]], names: list, *, exact: bool = False
    ) -> dict:
        """Numbers matched in order to the names listed before them: "A and B reach 56%
        and 59% respectively" (models), "on X and Y, with 12.5% and 87.7%, respectively"
        (benchmarks, ``exact``: a list of just as many names). ``groups`` are the
        sentence's listed numbers (:func:`_number_groups`), none without "respectively"."""
        out = {}
        for group in groups:
            chosen = _coordinated(text, names, numbers[group[0]][0], len(group), exact=exact)
            if chosen is None:
                continue
            for i, m in zip(group, chosen, strict=True):
                out[i] = (m[2], m[3])
        return out


def _slash_groups(text: str, numbers: list) -> list[list[int]]:
    """The indexes of ``numbers`` written joined by slashes ("43.6/47.7/50.2")."""
    groups: list[list[int]] = []
    for i in range(1, len(numbers)):
        if _SLASH_GAP.fullmatch(text[numbers[i - 1][1] : numbers[i][0]]):
            if groups and groups[-1][-1] == i - 1:
                groups[-1].append(i)
            else:
                groups.append([i - 1, i])
    return groups


def _number_groups(text: str, numbers: list) -> list[list[int]]:
    """The indexes of ``numbers`` written as lists of two or more ("56% and 59%")."""
    groups: list[list[int]] = [[0]] if numbers else []
    for i in range(1, len(numbers)):
        if _LIST_GAP.fullmatch(text[numbers[i - 1][1] : numbers[i][0]]):
            groups[-1].append(i)
        else:
            groups.append([i])
    return [group for group in groups if len(group) >= 2]


def _coordinated(
    text: str, names: list, before: int, count: int, *, exact: bool = False
) -> list | None:
    """``count`` names written as a list ("A, B and C") before ``before``: the first list
    of exactly that length, else (unless ``exact``) the end of the first longer one."""
    runs: list[list] = []
    for m in names:
        if m[1] > before:
            break
        if runs and runs[-1][-1][3] is m[3]:
            continue  # the same entity twice in a row ("GPT-4V(ision)")
        gap = text[runs[-1][-1][1] : m[0]] if runs else None
        if gap is not None and _NAME_LIST_GAP.fullmatch(gap):
            runs[-1].append(m)
        else:
            runs.append([m])
    same = [run for run in runs if len(run) == count]
    if same:
        return same[0]
    longer = [run for run in runs if len(run) > count]
    return longer[0][-count:] if longer and not exact else None


#: After a change, the model that made it: "13.9% to 9.1% with Zorb-Small" (the first
#: number, then the second with the change before it)
_TO_WITH_AFTER = re.compile(r"\s*%?\s+to\s+\d+(?:\.\d+)?\s*%?\s+with\s+(?:the\s+)?")
_WITH_AFTER = re.compile(r"\s*%?\s+with\s+(?:the\s+)?")
_FROM_TO_BEFORE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*%?\s+to\s+\d+(?:\.\d+)?\s*%?$")
#: After a score, the model it is "for": "from 36.46% to 81.88% for Mistral-7B".
_FOR_AFTER = re.compile(
    r"\s*%?\s*(?:(?:→|->|to)\s*\d+(?:\.\d+)?\s*%?\s*)?\)?,?\s*(?:for|"
    r"by(?=\s+(?:the\s+)?[A-Z])|"  # "88.14% by YOLOv3-tiny"
    # "a 31.42% question-pair accuracy achieved by the state-of-the-art GPT-4V"
    r"(?:[\w\-]+\s+){0,3}(?:achieved|obtained|attained|reached|scored)\s+by)\s+(?:the\s+)?"
    r"(?:(?:state-of-the-art|best|strongest|leading|top-performing|proprietary|open)\s+)?"
)


_BRACKET_AFTER = re.compile(r"\s*%?\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")


def _model_after(text: str, end: int, models: list[ModelMention]) -> tuple[str, DocEntity] | None:
    """The model named right after a score with "for" ("63.91% for LLaMA2-7B", "from
    12.51% to 63.91% for LLaMA2-7B": both numbers are LLaMA2-7B's), "achieved by"
    ("a 31.42% accuracy achieved by the state-of-the-art GPT-4V"), "with" after a
    change ("13.9% to 9.1% with Zorb-Small"), or alone in brackets ("35% (GPT-4)")."""
    m = _FOR_AFTER.match(text, end) or _BRACKET_AFTER.match(text, end)
    if m is not None and m.group(0).rstrip().endswith("("):
        # "35% (GPT-4) to 68% (MPT-7B-Instruct)": the model in brackets, alone
        for start, stop, name, entity in models:
            if start == m.end() and entity.type == "model" and _CLOSE.match(text, stop):
                return name, entity
        return None
    if m is None:
        # "the WER from 13.9% to 9.1% with Zorb-Small": a change the model named after
        # it made, both numbers its own (not "reaches 84.2% with Zorb", a backbone)
        m = _TO_WITH_AFTER.match(text, end)
        if m is None and _FROM_TO_BEFORE.search(text, max(0, end - 40), end):
            m = _WITH_AFTER.match(text, end)
    if m is None:
        return None
    for start, _, name, entity in models:
        if start == m.end() and entity.type == "model":
            return name, entity
    return None


def _coordinated_after(text: str, names: list, after: int, count: int) -> list | None:
    """``count`` names written as a list right after ``after`` ("... 54.4 exact match
    scores on TriviaQA and WebQ"): the list that the words after the numbers lead to,
    if it holds exactly ``count`` names."""
    run: list = []
    for m in names:
        if m[0] < after:
            continue
        if not run:
            if not _ON_BENCH.match(text[after : m[0]]):
                return None
            run.append(m)
        elif run[-1][3] is m[3]:
            continue
        elif _NAME_LIST_GAP.fullmatch(text[run[-1][1] : m[0]]):
            run.append(m)
        else:
            break
    return run if len(run) == count else None


def _winner(
    text: str, sent_start: int, before: int, models: list[ModelMention], own: DocEntity | None
) -> tuple[str, DocEntity] | None:
    """Who scored the first of "X surpasses Y on B (66.5 vs. 65.9)": X, the subject
    of the comparison, or the paper's own system for "It surpasses Y"; the nearest
    model, Y, keeps the second score."""
    verbs = list(_RIVAL.finditer(text, sent_start, before))
    if not verbs:
        return None
    verb = verbs[-1].start()
    for m in reversed(models):
        if (
            m[1] <= verb
            and m[3].type == "model"
            and _COMPARED.match(text, m[1])
            and not _BASE_BEFORE.search(text, max(0, m[0] - 12), m[0])
        ):
            return m[2], m[3]
    return (own.name, own) if own is not None else None


def _last_model(mentions: list[ModelMention], before: int) -> DocEntity | None:
    """The model named last before ``before``: what "the model" or "it" stands for in a
    paper that introduces none ("we train a ViT model ... The model also reaches ...")."""
    earlier = [m for m in mentions if m[1] <= before and m[3].type == "model"]
    return earlier[-1][3] if earlier else None


def _own_system(entities: list[DocEntity]) -> DocEntity | None:
    """The paper's own system, which "it" and "our model" stand for: of the models and
    methods it introduces, the one it names most often, a model and then the first on a
    tie (the abstract's "CGRSeg", three times, over the title's long phrase, once)."""
    mine = [e for e in entities if e.introduced and e.type in ("model", "method")]
    return max(mine, key=lambda e: (len(e.mentions), e.type == "model"), default=None)


def _fallback_benchmark(own: list[DocEntity], benches: list) -> DocEntity | None:
    """What a score given without a benchmark refers to: the paper's own benchmark, or
    the only benchmark the paper names, or its own dataset, or the only dataset it names
    ("We introduce the X dataset ... fine-tuned on X ... on the MATH benchmark. Our
    model achieves 45.0%": MATH, a benchmark, over X, the training data)."""
    named = {b[3].key: b[3] for b in benches}
    for kind in ("benchmark", "dataset"):
        mine = [e for e in own if e.type == kind]
        if len(mine) == 1:
            return mine[0]
        if not mine:
            theirs = [e for e in named.values() if e.type == kind]
            if len(theirs) == 1:
                return theirs[0]
    return None


def _drop_improvement_lists(text: str, numbers: list) -> list:
    """After "improvements of 2.37% on VQA", "and 3.84% on NLVR2" is an improvement too."""
    out = []
    dropped_clause = -1
    for start, end, value in numbers:
        before = text[max(0, start - 80) : start]
        if (
            dropped_clause >= 0
            and (start - dropped_clause < 80)
            and _IMPROVEMENT_CLAUSE.search(before)
        ):
            continue
        if _IMPROVEMENTS_OF.search(before):
            dropped_clause = start
            continue
        out.append((start, end, value))
    return out


def _after_name(text: str, start: int, names: list[tuple[int, int]]) -> bool:
    """A number right after a name is part of it: "ImageNet 256", "Flores 200"."""
    i = bisect_right(names, (start, float("inf"))) - 1
    while i >= 0:
        if 0 < start - names[i][1] <= 1 and text[names[i][1] : start] == " ":
            return bool(_TIMES.match(text[start : start + 12].lstrip("0123456789")))
        i -= 1
        if i >= 0 and names[i][1] < start - 2:
            break
    return False


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_right(spans, (start, float("inf"))) - 1
    while i >= 0 and spans[i][0] <= start:
        if spans[i][1] >= end:
            return True
        i -= 1
    return False


@Language.factory("citekg_results", assigns=["doc._.citekg_results"], default_config={})
def make_results(nlp: Language, name: str) -> Results:
    """Factory of the ``citekg_results`` component."""
    return Results(nlp, name)
