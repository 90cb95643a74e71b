"""``citekg_typing``: give every candidate a type from evidence, or drop it.

Evidence, strongest first:

1. the catalog: the candidate is a catalog name, spelled differently
   (``Claude3.5-Sonnet``), in the plural (``ControlNets``), or a variant of one
   (``Qwen2-VL-72B`` starts with the model ``Qwen2``);
2. a head noun right after it (``X dataset``, ``X model``) or at the end of its
   acronym's long form (``... Benchmark (GPQA)``);
3. its ending (``-QA``, ``-Bench`` benchmark; ``-Instruct``, ``-Net``, ``GPT``
   model);
4. its context: ``evaluated on X`` or ``84.2 on X`` (benchmark), ``trained on X``
   (dataset), ``outperforms X`` or ``than X`` (model);
5. a list it stands in: ``GSM8K, SVAMP and AQuA`` share the type of the known items;
6. the description of a contribution (``we introduce X, a new dataset``).

The generic classes of the guidelines (Transformer, LLM, diffusion model...) are
dropped whatever the evidence; a discovered name with no evidence at all is
dropped too, so that only names with a reason to be entities reach the graph.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from citekg.extract.candidates import Candidate, doc_text, get_extension, set_extension
from citekg.extract.components.catalog import UsesCatalog
from citekg.extract.components.discovery import (
    A_KIND_BEFORE,
    NAME_AFTER_HEAD,
    PROCESS_AFTER,
    TIER_WORDS,
    VERB_NOUN_AFTER,
    VERBS_AFTER_NAME,
    apposition_type,
    evaluates,
    head_type,
    initials_of,
    start_of_sentence,
)
from citekg.extract.lexicon import (
    BENCHMARK_SUFFIXES,
    DATA_HEAD_BEFORE,
    METRIC_FOLDS,
    MODEL_SUFFIXES,
    NAMED,
    TASK_NOUNS,
    in_code_path,
    is_common_word,
    is_frequent_word,
    is_generic,
    is_well_formed,
    names_a_code_host,
    names_a_language,
    names_a_licence,
    names_a_metric,
    used_as_metric,
)
from citekg.extract.naming import fold_name
from citekg.extract.records import TYPE_GROUPS

__all__ = ["Typing", "context_type", "suffix_type"]

_BENCH_STEMS = (
    "evaluat",
    "test",
    "benchmark",
    "result",
    "accuracy",
    "performance",
    "score",
    "sota",
    "state-of-the-art",
    "achiev",
    "attain",
    "reach",
    "obtain",
    "experiment",
    "gain",
    "improv",
    "outperform",
    "metric",
    "leaderboard",
    "rank",
)
#: What a dataset holds, before "from" or "of" and its name: "unlabeled data from X",
#: "recordings of X" (not "models from X")
_DATA_NOUNS = frozenset(
    "data recordings utterances transcripts transcriptions audiobooks dialogues".split()
)
_DATA_STEMS = (
    "train",
    "pre-train",
    "pretrain",
    "fine-tun",
    "finetun",
    "distill",
    "learn",
    "collected",
    "curated",
    "built",
    "scraped",
    "sourced",
    "derived",
)
_MODEL_VERBS = ("outperform", "surpass", "beat", "rival", "match", "fine-tun", "finetun")
_MODEL_WORDS = frozenset(["than", "versus", "vs", "vs.", "over", "like", "including"])
_FILLERS = frozenset(["the", "both", "several", "a", "an"])
#: A kind's initials ending the words before a name: "than the state-of-the-art NVC X"
_CLASS_INITIALS = re.compile(r"(?<![\w\-])[A-Z]{2,5}s?\s*$")
#: Nouns for what a model is compared with, and the words that may qualify them, between
#: a comparing word and a name: "outperforming state-of-the-art approaches X"
_RIVAL_NOUNS = frozenset(
    "approach approaches method methods model models baseline baselines system systems "
    "codec codecs architecture architectures network networks algorithm algorithms "
    "detector detectors framework frameworks llm llms competitor competitors".split()
)
_RIVAL_WORDS = frozenset(
    "the a an previous prior existing recent strong competitive leading popular "
    "state-of-the-art sota best current latest advanced traditional conventional standard "
    "other several many all most top open-source proprietary closed-source larger two three "
    "both learned neural commercial well-known established representative mainstream".split()
)
# one word ending in "Lab": "IDLab", "SenseLabs" (not "MATLAB", not "Colab")
_LAB = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z0-9]Labs?")
# "/S", "/72B", "/3.5" after a name: the parts that vary
_SLASHED = re.compile(r"/([A-Za-z0-9][A-Za-z0-9.]{0,5}?)(?=[/\s,;:)]|\.(?:\s|$)|$)")
# after a slashed piece, a capitalised word: the piece begins another name
_NAME_GOES_ON = re.compile(r" [A-Z]")
# plural heads that make a spelled-out acronym a class of models, not one model
_CLASS_HEADS = frozenset(("models", "transformers", "networks", "machines", "llms"))
#: A phrase ending in a metric's name names a metric ("Conditional Success Rate").
_METRIC_TAIL = re.compile(r"\b(?:[Ss]uccess|[Ww]in|[Ee]rror|[Pp]ass|[Hh]it)\s+[Rr]ates?$")
#: An author cited by name and year: "Conneau and Lample, 2019)", "Guo et al., 2018"
_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_CITATION_AFTER = re.compile(
    r"\s+et\s+al\b|(?:\s+(?:and|&)\s+[A-Z][\w\-']+)?,?\s+(?:19|20)\d\d[a-z]?\s*[);,]"
)
#: Plural nouns that type the names listed after them ("datasets ..., including X").
_LISTED_DATA = {
    "datasets": "dataset",
    "sets": "dataset",  # "data sets, such as the Microsoft Academic Graph"
    "corpora": "dataset",
    "databases": "dataset",
    "benchmarks": "benchmark",
    "tasks": "benchmark",
    "suites": "benchmark",
    "environments": "benchmark",
    "games": "benchmark",
    "testbeds": "benchmark",
    "spaces": "benchmark",  # "NAS search spaces such as NAS-Bench-201"
    "websites": "organization",  # "fact-checking websites, such as PolitiFact and Snopes"
}
_NUMBER_WORD = re.compile(r"\d[\d.,]*%?")
_SPACED_VERSION_S = re.compile(r"\s\d+s$")
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
#: Type rules a list's head noun overrides: a name's shape, or the clause after it.
_WEAK_TYPE_RULES = frozenset({"suffix", "context:subject-of-score"})
_PLURAL_HEAD_AFTER = re.compile(r"\s+(datasets|benchmarks)\b")
_PLURAL_HEAD_BEFORE = re.compile(r"\b(datasets|benchmarks|corpora|databases)(?:\s*[:(]\s*|\s+)$")
#: A task's words in lower case right before a bracket: "sentiment analysis (".
_TASK_BEFORE_BRACKET = re.compile(r"(?<![\w\-])([a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,4})\s*\($")
#: A count of data in a sentence: "eight benchmark datasets from five categories of tasks"
_DATA_PLURAL = re.compile(r"\b(datasets|benchmarks|corpora)\b", re.I)
_APPOSITION = re.compile(
    r",\s+(?:a|an|the|one\s+of\s+the)\s+(?:[\w\-]+,?\s+){0,5}?"
    r"(?:(?:suite|collection|family|series|set)\s+"
    r"of\s+(?:[\w\-]+,?\s+){0,3}?)?(?P<noun>[Dd]ataset|[Cc]orpus|[Bb]enchmark|models?|method|"
    r"framework|algorithm|architecture|network|technique|(?<=training )data|system|baseline|"
    # "AuroraCap, a video captioner based on ...": a model named by what it does
    r"(?:captioner|detector|classifier|encoder|decoder|tracker|segmenter|predictor|"
    r"vocoder|agent|assistant|chatbot)(?!s?\s+(?:benchmarks?|datasets?|corpus|suite|"
    r"environments?|platform|framework|arena|simulator|leaderboard))|"
    # "a suite of mobile-side MLLMs": a suite of what it names
    r"suite(?!s?\s+of\s)|collection(?!s?\s+of\s))s?\b"
)
#: A model noun right after a name: "the TRADE model", "the ZORB network"
_MODEL_WORD_AFTER = re.compile(r" (?:model|network|architecture)\b")
#: What a sentence's subject is said to be: "X is a large dataset suitable for ...", "X
#: serves as a new benchmark" (data nouns only: "X is a model" says less than its shape)
_COPULA = re.compile(
    r"\s+(?:is|was|serves\s+as)\s+(?:a|an|the|one\s+of\s+the)\s+(?:[\w\-]+,?\s+){0,4}?"
    r"(?P<noun>dataset|corpus|benchmark|database|test\s+suite)s?\b"
)
# "the benchmark X", "the optical flow model X", "architecture — X", "a novel dataset, X"
# (not "On the KITTI benchmark, X achieves": a clause ends there)
_BEFORE_HEAD = re.compile(
    # (plural data nouns too: "on two benchmark datasets XD-Violence and UCF-Crime")
    r"\b(datasets?|benchmarks?|corpus|corpora|suite|models?|networks?|architectures?|baselines?|"
    r"(?:training|instruction|fine-?tuning) set)\s*[—–]?\s*$",
    re.IGNORECASE,
)
#: A plural data head noun, a few words, and what opens a list: "datasets, i.e., ",
#: "datasets with emotion annotations -- ", "benchmarks: "
_DATA_LIST_BEFORE = re.compile(
    r"\b(datasets|benchmarks|corpora)\b[^.;()\n]{0,60}?"
    r"(?:\s--|\s?[—–:]|,?\s*(?:i\.e\.|e\.g\.|namely|viz\.),?)\s*$",
    re.IGNORECASE,
)
#: What follows a name that ends a phrase or goes on a list (no verb: a clause's subject)
_LISTED_OR_END_AFTER = re.compile(r"\s*(?:[,;.)]|and\s|or\s|$)")
_BEFORE_THE_HEAD = re.compile(
    r"\bthe\s+(?:[\w\-]+\s+){0,3}?(datasets?|benchmarks?|corpus|corpora|models?|baselines?),\s*$",
    re.IGNORECASE,
)
#: A head noun and the bracket that gives examples of it: "the transformer based model
#: (e.g., FusingTF)"
_EXAMPLES_BEFORE = re.compile(
    r"\b(datasets?|benchmarks?|corpus|corpora|models?|baselines?)\s*\(\s*(?:e\.g\.|i\.e\.|"
    r"such\s+as),?\s*$",
    re.IGNORECASE,
)
_BEFORE_NEW_HEAD = re.compile(
    r"\b(?:a|an)\s+(?:novel|new)\s+(?:[\w\-]+\s+){0,3}?(dataset|benchmark|corpus|suite),\s*$",
    re.IGNORECASE,
)
_AFTER_HEAD = re.compile(r"^[\s-]*(?:\(\s*\w+\s*\)\s*)?([A-Za-z][\w\-]*)")
#: The end of a knowledge graph's name, which is data: "Open Research Knowledge Graph"
_DATA_GRAPH = re.compile(r"\b(?:Knowledge|Academic|Citation|Scholarly|Research)\s+Graph$")
#: Words in lower case between a name and a data head noun: "ETHOS hate speech
#: detection dataset" (not across a clause: :data:`_NOT_DESCRIBING`, or "-ed" words)
_DATA_DESCRIBED_AFTER = re.compile(
    # (not a noun that qualifies another: "outperforms current benchmark models")
    r" ((?:[a-z][a-z\-]+ ){1,4})(datasets?|corpus|corpora|benchmarks?)\b"
    r"(?!\s+(?:models?|methods?|approaches|systems?|baselines?|results?|performance|scores?)\b)|"
    r"( )(knowledge graphs?)\b"  # "DBLP, SemOpenAlex knowledge graphs and ..."
)
_NOT_DESCRIBING = frozenset(
    "a an the and or of on in for to with from by as at is are was were be been has have "
    "that which this these our their its new novel large small public other across over "
    "against under via using through into upon within among between than versus".split()
)
# what separates two items of a list (or of a ranking, "CHGNet > M3GNet"); an item may
# carry a lower-case task word ("NoCaps, Flickr30k captioning, RefCOCO") or its score in
# brackets ("ATSS (47.7 AP), GFL (48.2 AP)")
_LIST_SEP = re.compile(
    r"^(?:\s+[a-z][a-z\-]+)?\s*(?:\s*\([^()]*\d[^()]{0,30}\))?"  # "ATSS (47.7 AP), GFL"
    r"\s*(?:,\s*(?:and|or|as well as)?|and|or|as well as|/|>|\(|\)\s*,?)\s*"
    r"(?:the\s+[a-z][a-z\-]+\s+)?$"  # "RVL-CDIP and the multilingual XFUND"
)
#: A list's last item after "the" and a word: "..., RVL-CDIP and the multilingual XFUND"
_THE_WORD_END = re.compile(r"(?:,|\band|\bor)\s+the\s+[a-z][a-z\-]+\s+$")

#: How every match of :data:`_LIST_SEP` ends, trailing spaces aside: a cheap first test.
_LIST_SEP_ENDS = (",", "and", "or", "as", "/", ">", "(", ")")
#: A plural acronym: "LVLMs", "GTs".
_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")

#: Type given to a candidate that only has a model-like shape: no type, so dropped,
#: unless one of these evidence kinds supports it.
_DISCOVERY_RULES = (
    "shape",
    "acronym",
    "head",
    "organization",
    "contribution",
    "naming",
    "our",
    "title",
    "compared",
)


#: A year opening the rest of a name: "2020 Challenge" of "NTIRE 2020 Challenge".
_YEAR_START = re.compile(r"(?:19|20)\d\d\b")


@lru_cache(maxsize=65_536)
def suffix_type(name: str) -> str | None:
    """The type a name's ending gives.

    >>> suffix_type("HotpotQA"), suffix_type("Arena-Hard"), suffix_type("Qwen2-72B-Instruct")
    ('benchmark', 'benchmark', 'model')
    >>> suffix_type("SA-1B") is None, suffix_type("DataComp-1B") is None, suffix_type("ZorbLM-7B")
    (True, True, 'model')
    """
    parts = [p for p in re.split(r"[\s\-_/]+", name) if p]
    last = parts[-1].lower() if parts else ""
    folded = fold_name(name)
    if any(folded.endswith(s) for s in BENCHMARK_SUFFIXES) and len(folded) > 3:
        return "benchmark"
    if len(parts) > 1 and any(fold_name(p).endswith("bench") for p in parts[:-1]):
        return "benchmark"  # "GEOBench-VLM", "MMBench-Video": a benchmark of VLMs, videos
    if last in MODEL_SUFFIXES or any(
        fold_name(p).endswith(s) for p in parts for s in ("gpt", "bert", "former", "llama", "vit")
    ):
        return "model"
    if re.search(r"\s(?:Task|Track)\s?\d+[a-z]?$", name):
        return "benchmark"  # "SemEval-2023 Task 4", a shared task
    if re.search(r"\s\d+(?:\.\d+)?[BT]$", name):
        return "model"  # "Mistral 7B"; not "SA-1B" or "LVD-142M", sizes ending dataset names
    # (after a size: "ZorbLM-7B"; a size alone says nothing, as "DataComp-1B" is data)
    if re.search(
        # ("LM" after a lower-case letter, a digit or a hyphen, or in "LLM", "VLM": "ZorbLM",
        # "Zorb-LM", "ZorbLLM"; not "FELM", initials of "Factuality Evaluation of ... LMs")
        r"(?:Net|Former|GAN|Diffusion|(?<![A-Z])LM|LLM|VLM|GPT|BERT)(?:[\-\s]?v?\d+)?"
        r"(?:-\d+(?:\.\d+)?[BM])?$",
        name,
    ):
        return "model"
    if _AGENT_GLUED.search(name):
        return "model"  # "MegaDetector", "MegaDescriptor": a model named by what it does
    return None


#: An agent noun glued to a word before it, ending a name: "MegaDetector", "PoseTracker"
#: (not "Detector" alone, nor "Object Detector", words).
_AGENT_GLUED = re.compile(
    r"(?<=[a-z0-9])(?:Detector|Descriptor|Classifier|Segmenter|Tracker|Captioner|Recognizer|"
    r"Estimator|Predictor)(?:[\-\s]?v?\d+(?:\.\d+)?)?$"
)


#: A word of a name after its first that makes it data: "StarCoder-Data", "X Corpus"
_DATA_PART = re.compile(r"(?<=\w)[\s\-](?:Data|Corpus|Dataset)(?![\w])")
_VERSION_END = re.compile(r"[\-\s]?[vV]?\d+(?:\.\d+)*$")


def _ends_in_model_word(name: str) -> bool:
    """Whether the last word of ``name`` makes it a model whatever it is named after:
    "DROID-SLAM", "KLUE-BERT", "KLUE-RoBERTa LARGE" (not "ImageNet-64" or "ShapeNet55",
    data whose names end in "Net" and a number).

    >>> [_ends_in_model_word(n) for n in ("DROID-SLAM", "ZorbQA-BERT", "ImageNet-64")]
    [True, True, False]
    """
    parts = [p for p in re.split(r"[\s\-_/]+", name) if p]
    if len(parts) < 2:
        return False
    last = parts[-1].lower()
    return last in MODEL_SUFFIXES or last.endswith(("gpt", "bert", "former", "llama", "vit"))


@lru_cache(maxsize=65_536)
def _version_stem(name: str) -> str:
    """A name without its final version number: "EPT-1.5" -> "EPT" ("EPT" if too short)."""
    stem = _VERSION_END.sub("", name)
    return stem if len(stem) >= 2 else name


def context_type(text: str, start: int) -> tuple[str, str] | None:
    """``(type, rule)`` from the few words before ``text[start:]``.

    >>> context_type("We evaluate it on SVAMP", 18)
    ('benchmark', 'context:evaluated-on')
    >>> context_type("It outperforms PaLM", 15)
    ('model', 'context:compared')
    >>> context_type("It reaches 84.2 on the MMLU", 23), context_type("pre-trained on C4", 15)
    (('benchmark', 'context:score-on'), ('dataset', 'context:trained-on'))
    """
    window = text[max(0, start - 90) : start]
    listed = _LISTED_BEFORE.search(window)
    if listed is not None:
        # "a new SoTA on LSAT and BoardgameQA": the last of a list of data is where the
        # first is (a list of rivals has rules of its own)
        found = _window_type(window[: listed.start()])
        if found is not None and found[0] in ("dataset", "benchmark"):
            return found
    return _window_type(window)


#: Names of a list before its last one: "LSAT and ", "A, B, and "
_LISTED_BEFORE = re.compile(r"(?:[A-Z][\w\-.+]*,?\s+){1,3}(?:and|or)\s+$")


@lru_cache(maxsize=65_536)
def _window_type(window: str) -> tuple[str, str] | None:
    """:func:`context_type` of the text before a name (the typing and relations steps
    both ask it for every mention, so each window is judged once)."""
    words = [w.strip(",;:()").lower() for w in window.split()[-9:]]
    while words and (words[-1] in _FILLERS or words[-1].endswith(("'s", "’s"))):
        words.pop()  # "trained on ECMWF's ERA5": the owner says nothing of the name
    if not words:
        return None
    last = words[-1]
    head = words[:-1]
    if last in ("on", "in") and any(_NUMBER_WORD.fullmatch(w) for w in head[-3:]):
        return "benchmark", "context:score-on"
    if (
        last in ("from", "of")
        and head
        and head[-1] in _DATA_NOUNS
        and not window.rstrip().lower().endswith(" the")
    ):
        # "53k hours of unlabeled data from X" (not "data from the USDA ...", a source)
        return "dataset", "context:data-from"
    if last in ("on", "from", "with", "using", "in", "across"):
        # the nearest verb decides: "trained on A and evaluated on B"
        for word in reversed(head[-7:]):
            if word.startswith(_DATA_STEMS) and last in ("on", "from", "with", "using"):
                return "dataset", "context:trained-on"
            if word.startswith(_BENCH_STEMS) and last in ("on", "in", "across"):
                return "benchmark", "context:evaluated-on"
    for t in (-1, -2):
        # "datasets of OGB, including X" (or "including W, X"), "benchmarks such as X":
        # the noun listed types it
        if len(words) < -t or not (
            words[t] in ("including", "like") or (words[t] == "as" and words[t - 1] == "such")
        ):
            continue
        for word in reversed(words[:t][-8:]):
            if word in _LISTED_DATA:
                return _LISTED_DATA[word], "context:listed"
            if word in ("models", "baselines", "methods", "llms"):
                break
        break
    if (
        len(words) >= 3
        and words[-1] in ("on", "upon")
        and words[-2] in ("based", "built")
        and words[-3] in ("dataset", "data", "benchmark", "corpus")
    ):
        return "dataset", "context:data-from"  # "our homemade dataset based on X"
    for i in (-1, -2):  # the trigger, or the trigger and one word ("outperforms strong X")
        if len(words) < -i:
            break
        word, prev = words[i], words[i - 1] if len(words) > -i else ""
        if (
            word in _MODEL_WORDS
            or word.startswith(_MODEL_VERBS)
            or (word in ("to", "with", "against") and prev.startswith("compar"))
            or (word == "as" and prev == "such")
            or (
                word == "by" and prev in ("exemplified", "typified", "inspired", "powered")
            )  # "approaches, exemplified by X", "inspired by X (Zorbic Cross-Modal Embedding)"
            or (word in ("on", "upon") and prev in ("based", "built"))
            or (word in ("from", "with") and prev.startswith("initiali"))
            # "higher than that of ECMWF-HRES"
            or (word == "of" and prev in ("that", "those") and words[i - 2 : i - 1] == ["than"])
        ):
            return "model", "context:compared"
    for i in range(-3, -6, -1):
        # "outperforming state-of-the-art approaches X", "than the previous best codec X":
        # the trigger, then only words that say what kind of rival follows
        if len(words) < -i:
            break
        word = words[i]
        if word in _MODEL_WORDS or word.startswith(_MODEL_VERBS):
            if (words[-1] in _RIVAL_NOUNS or _CLASS_INITIALS.search(window)) and all(
                w in _RIVAL_WORDS or w in _RIVAL_NOUNS for w in words[i + 1 : -1]
            ):
                return "model", "context:compared"
            break
    return None


_MODEL_AFTER = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?,?\s*(?:which\s+|that\s+)?(?:also\s+|further\s+)?"
    r"(?:achiev|attain|obtain|reach|scor|outperform|surpass|beat|match|rival|generat|answer|"
    # "NeuralGCM is competitive with machine-learning models"
    r"(?:is|are|remains?)\s+(?:highly\s+)?(?:competitive|on\s+par)\s+with)",
    re.IGNORECASE,
)

#: A size in operations or weights right after a name: "X-S with 1.3G FLOPs", "X (86M
#: parameters)"; only a model has one
_SIZED_AFTER = re.compile(
    r"\s*(?:\(|,|with|at|of)?\s*(?:only\s+|just\s+)?\d[\d.,]*\s?[KMGBT]?\s?"
    r"(?:G?FLOPs|MACs|params|parameters)\b"
)

#: A capitalised word glued before a name: "Mobile" + "SAM", "Tiny" + "Llama"
_GLUED_TO_MODEL = re.compile(r"[A-Z][a-z]{2,}([A-Z][\w\-]{2,})")


#: A list's head noun that makes its names tasks: "on ASR, VSR, and AVSR tasks"
_TASKS_AFTER = re.compile(r"\s+tasks\b")

#: A part of some data named after it: "the LEDGAR subset of the LexGLUE benchmark"
_PART_OF_AFTER = re.compile(r"\s+(?:subset|split|partition|portion)\s+of\s")
#: A split of the data the name is: "X's test set", "X's official validation split"
_SPLIT_OF_AFTER = re.compile(
    r"['’]s\s+(?:official\s+|standard\s+|public\s+)?(?:test|training|train|validation|val|dev)"
    r"(?:ing)?\s+(?:set|split|partition)\b"
)
#: "X, on which we evaluate": what models are evaluated on, or trained on
_ON_WHICH_AFTER = re.compile(
    r",?\s+(?:on|with)\s+which\s+(?:we\s+|they\s+|models\s+are\s+)?(?:\w+ly\s+)?"
    r"(?P<verb>evaluat|test|benchmark|assess|train|pre-?train|fine-?tun)"
)


def after_type(text: str, end: int) -> tuple[str, str] | None:
    """``(type, rule)`` from the words after a name: "X achieves 84.2" makes X a model.

    >>> after_type("Zorblax-7B achieves 84.2 on MMLU", 10)
    ('model', 'context:subject-of-score')
    >>> after_type("Zorblax-S with 1.3G FLOPs", 9)
    ('model', 'context:sized')
    >>> after_type("we release ZorbQuiz, on which we evaluate twenty LLMs", 19)
    ('benchmark', 'context:evaluated-on')
    """
    if _MODEL_AFTER.match(text, end, min(len(text), end + 80)):
        return "model", "context:subject-of-score"
    if _SIZED_AFTER.match(text, end, min(len(text), end + 40)):
        return "model", "context:sized"
    if _PART_OF_AFTER.match(text, end):
        return "dataset", "context:part-of"
    if _SPLIT_OF_AFTER.match(text, end):
        return "dataset", "context:split-of"  # "ZorbNet's test set": data with splits
    on_which = _ON_WHICH_AFTER.match(text, end, min(len(text), end + 60))
    if on_which is not None:
        if on_which.group("verb").startswith(("evaluat", "test", "benchmark", "assess")):
            return "benchmark", "context:evaluated-on"
        return "dataset", "context:trained-on"
    return None


def _as_class(*forms: Candidate) -> None:
    """Mark the forms of a spelled-out class: dropped, and every other mention of the
    same text with them (see ``Typing.__call__``)."""
    for form in forms:
        form.dropped, form.type_rule = True, "class"


_LOWER_WORD_AFTER = re.compile(r" [a-z]")
#: A preposition opening a sentence, before a name: what follows the name's comma is
#: the sentence's subject, not an apposition ("With ZorbD, a unified network is ...")
_FRONTED_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?:With|On|For|From)\s+(?:the\s+)?$")


def _apposition(text: str, end: int) -> re.Match[str] | None:
    """The typed apposition after a name that ends at ``text[end]``, read past one
    closing bracket ("BIG-Bench Extra Hard (BBEH), a new benchmark", "\\texttt{TinyGSM},
    a synthetic dataset"); none where the noun phrase is a clause's subject ("After
    tuning on X, a duo of models achieves"); or past what brackets after it spell out
    ("ZELMET (How to Evaluate Zorbs Thoroughly), a comprehensive benchmark")."""
    if text.startswith(" (", end):
        close = text.find(")", end, end + 120)
        if close > 0 and text.find("(", end + 2, close) < 0:
            end = close
    m = _APPOSITION.match(text, end + (text[end : end + 1] in (")", "}")))
    if m is not None and _NAMING_AFTER.match(text, m.end()):
        return None  # "To train X, a new dataset called Y": the noun is Y's, not X's
    return None if m is None or _VERB_AFTER.match(text, m.end()) else m


def _copula(text: str, start: int, end: int) -> re.Match[str] | None:
    """What the name at ``text[start:end]`` is said to be when it opens a sentence:
    "ZorbNet is a large dataset of ..." (not "trained on ZorbNet is a ...").

    >>> _copula("We study it. ZorbNet is a large dataset of maps.", 13, 20).group("noun")
    'dataset'
    >>> _copula("A model trained on ZorbNet is a large dataset.", 19, 26) is None
    True
    """
    opening = text[:start].rstrip()
    if opening and opening[-1] not in ".\n:":
        return None
    return _COPULA.match(text, end)


def _renamed_from_family(cand: Candidate, catalog) -> bool:
    """Whether a name typed by its catalog family adds words of its own, so that its
    context may type it otherwise: "the CheXpert-Shifa-NET model" (not "an ImageNet-64
    model", a model of the dataset ImageNet at 64 pixels)."""
    if not cand.type_rule.startswith("family:") or catalog is None:
        return False
    family = catalog.entry(cand.type_rule[len("family:") :])
    if family is None:
        return False
    folded, stem = fold_name(cand.text), fold_name(family.name)
    return folded.startswith(stem) and any(c.isalpha() for c in folded[len(stem) :])


# the verb after a name that is the subject of a clause
#: A task noun right after an acronym's closing bracket: "(HOI) detection"
_TASK_NOUN_AFTER = re.compile(r"\)\s+(?:" + "|".join(sorted(TASK_NOUNS)) + r")\b", re.I)
_NAMING_AFTER = re.compile(rf"\s+{NAMED}\b")
_VERB_AFTER = re.compile(rf"\s+(?:\w+ly\s+)?(?:{'|'.join(sorted(VERBS_AFTER_NAME))})\b")


#: "benchmark" as a verb: "we extensively benchmark X", "to benchmark X"
_BENCHMARK_VERB_BEFORE = re.compile(r"\b(?:[Ww]e|to)\s+(?:\w+ly\s+)?benchmark\s*$")
#: A head noun of a system after a name: "(PLNLP) framework"
_SYSTEM_AFTER = re.compile(
    r"\)?\s+(?:framework|model|method|network|system|architecture|approach|algorithm)\b"
)
#: One word before a known name, itself name-shaped (a capital or digit), and a space:
#: "N-body " of "N-body MNIST"
_NAME_WORD_PREFIX = re.compile(r"[\w\-]*[A-Z0-9][\w\-]* ")
_DATA_AFTER_PAIR = re.compile(r"\)?\s+(?:dataset|benchmark|corpus)(?![\w\-])")
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)$")


def capitals_spell(short: str, long: str) -> bool:
    """Whether the capitals of ``short`` are the initials of ``long``'s words, as in an
    acronym written with some lower case: "MedVQA" and "Med-VQA" of "Medical Visual
    Question Answering" (not "Keqing" of "Knowledge-based question answering").

    >>> capitals_spell("MedVQA", "medical Visual Question Answering")
    True
    >>> capitals_spell("Keqing", "Knowledge-based question answering")
    False
    """
    capitals = "".join(c for c in short if c.isupper())
    return len(capitals) >= 3 and capitals == _initials(long)


def _initials(form: str) -> str:
    """The capitalised first letters of the words of ``form``: "Multi-Head Attention" ->
    "MHA"."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", form) if w).upper()


def _singular(folded: str) -> str:
    return folded[:-1] if folded.endswith("s") else folded


def _long_forms(forms: tuple[str, ...], letters: str) -> set[str]:
    """The folded long forms among a catalog entry's ``forms`` to compare a paper's
    definition of the acronym ``letters`` with: those whose initials spell it, else the
    forms spelled out in words that hold its letters ("Masked Autoencoders" for MAE,
    "Vision Transformer" for ViT), but none with a digit or an acronym in it ("MS COCO",
    "SOLAR 10.7B"), which say nothing of what the letters stand for."""
    spelled = [form for form in forms if len(form.split()) > 1]
    spelling = [form for form in spelled if _initials(form) == letters]
    if not spelling:
        spelling = [
            form
            for form in spelled
            if _SPELLED_OUT.fullmatch(form) and _letters_in_order(letters, form)
        ]
    return {_singular(fold_name(form)) for form in spelling}


def _letters_in_order(letters: str, form: str) -> bool:
    """Whether ``form`` begins with the first of ``letters`` and holds the others in
    order, as an expansion does ("Masked AutoEncoders" for MAE; "Synapse multi-organ",
    another name of BTCV, does not)."""
    folded = form.lower()
    if not folded.startswith(letters[:1].lower()):
        return False
    pos = 0
    for letter in letters.lower():
        pos = folded.find(letter, pos) + 1
        if pos == 0:
            return False
    return True


#: Words with at most one capital, joined by spaces, hyphens or a comma.
_SPELLED_OUT = re.compile(r"[A-Za-z][a-z]*(?:(?:,? |-)[A-Za-z][a-z]*)+")


def _described_otherwise(cand: Candidate, catalog_type: str | None, text: str) -> bool:
    """Whether the apposition of ``cand`` describes it as another kind of thing than the
    catalog's entry of that name: "we introduce WebVoyager, an ... web agent" (a catalog
    knows the WebVoyager benchmark), "we use SimpleVQA, a BVQA model" (not the SimpleVQA
    benchmark of lmms-eval). The paper says what it means by a name."""
    described = apposition_type(text, cand.end)
    return described is not None and TYPE_GROUPS.get(described) != TYPE_GROUPS.get(catalog_type)


#: The type rule of a mention of the paper's own work typed by its description
#: elsewhere, against the catalog.
_OWN_DESCRIPTION = "apposition:own"


def _joins_organizations(cand: Candidate, catalog: list[Candidate]) -> bool:
    """Whether ``cand`` is only catalog organisations joined by hyphens or slashes
    ("NASA-IBM", "Google/DeepMind")."""
    pos = cand.start
    for known in sorted(catalog, key=lambda c: c.start):
        if known.start < pos or known.type != "organization":
            continue
        if known.start > pos:
            break
        pos = known.end
        if pos == cand.end:
            return True
        if cand.text[pos - cand.start] not in "-/":
            return False
        pos += 1
    return False


#: The nouns of a definition of a task or a process: "X is the process of"
_TASK_DEFINITION_NOUNS = frozenset("process task problem act practice study field".split())
#: What stands between the name and that noun: "X is the", "X (XY) refers to a"
_DEFINED_AS = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:is|refers\s+to)\s+(?:the|a|an)\s+$")


def defined_as_task(text: str) -> list[int]:
    """Where the names end that ``text`` defines as a task or a process.

    >>> t = "Autoformalization is the process of translating. Zorbing (ZB) is the task of"
    >>> [t[:end].split()[-1] for end in defined_as_task(t)]
    ['Autoformalization', 'Zorbing']
    """
    ends = []
    # (each " of " and the word before it, with str.find: a regex search of every
    # abstract for these rare definitions cost more than the rest of the step)
    pos = text.find(" of")
    while pos >= 0:
        space = text.rfind(" ", 0, pos)
        if (
            text[space + 1 : pos] in _TASK_DEFINITION_NOUNS
            and not text[pos + 3 : pos + 4].isalnum()
        ):
            defined = _DEFINED_AS.search(text, max(0, space - 40), space + 1)
            if defined is not None:
                ends.append(defined.start())
        pos = text.find(" of", pos + 3)
    return ends


def _written_before(text: str, name: str, end: int) -> bool:
    """Whether ``name`` is written in ``text`` as a whole word ending at ``end``."""
    start = end - len(name)
    return text.endswith(name, 0, end) and (start == 0 or not text[start - 1].isalnum())


#: A word in lower case but for some capitals inside: "expLicit", "duPLEX", "eCom", or
#: in capitals at odd places: "MusIc", "GEneraTion", "VISually-grounded"
_MARKED_WORD = re.compile(r"(?:[a-z]+[A-Z]|[A-Z]{2,}[a-z]|[A-Z][a-z]+[A-Z])[A-Za-z]*(?:-[a-z]+)*")


def marks_acronym_letters(name: str, text: str) -> bool:
    """Whether ``name`` is a plain word with capitals inside that spell out an acronym,
    as in "a novel expLicit syntAx Refinement ... mOdeliNg framework (LARSON)": the
    text writes the same word elsewhere in ordinary case, so it is no name of its own
    (unlike "eCom" or "fastText", written one way only).

    >>> marks_acronym_letters("duPLEX", "called duPLEX dueling (QPLEX), a duplex network")
    True
    >>> marks_acronym_letters("fastText", "We compare fastText with GloVe.")
    False
    >>> marks_acronym_letters("ZoRb", "the ZoRb model (ZR) improves Zorb scores")
    True
    >>> marks_acronym_letters("DeepZorb", "We compare DeepZorb with BERT (x.io/deepzorb/).")
    False
    >>> marks_acronym_letters("IllumiZeRF", "IllumiZeRF relights. See illumizerf.github.io.")
    False
    """
    if not _MARKED_WORD.fullmatch(name):
        return False
    folded = name.lower()
    # (not in a web address: "github.io/zorbnet/" is no plain word)
    plain = re.compile(rf"(?<![\w\-/.])(?:{folded}|{folded.capitalize()})(?![\w\-/]|\.\w)")
    return plain.search(text) is not None


#: A data noun and "like", "such as", "including" before a list's names
_DATA_LIKE_BEFORE = re.compile(
    r"\b(?:datasets?|data|corpora)\s*,?\s+(?:like|such\s+as|including|e\.g\.,?)\s[^.;:()]*$"
)


def _listed_data_of(cand: Candidate, known_type: str | None, text: str) -> bool:
    """Whether ``cand``, listed as data or named before a data head noun, names the data
    of what the catalog knows as an organisation ("web-scale datasets such as LAION",
    "the nuScenes and Waymo datasets"), not the organisation; or, listed after "datasets",
    the data of what it knows as a model ("datasets like Alpaca and WizardLM")."""
    if cand.type not in ("dataset", "benchmark"):
        return False
    if known_type == "model":
        # "datasets like Alpaca and WizardLM": the instruction data named after the models
        # (not "13 held-in datasets, InstructBLIP attains ...": a list the rule misread)
        return (
            cand.rule == "list"
            and cand.type_rule.startswith("list:data")
            and _DATA_LIKE_BEFORE.search(text, max(0, cand.start - 60), cand.start) is not None
        )
    return known_type == "organization" and (
        cand.rule == "list" or (cand.rule == "head" and cand.type_rule.startswith("head:"))
    )


class Typing(UsesCatalog):
    """Types the candidates of ``doc._.citekg_candidates`` in place; see the module docstring."""

    def __init__(self, nlp: Language, name: str = "citekg_typing") -> None:
        self.nlp = nlp
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        candidates: list[Candidate] = get_extension(doc, "citekg_candidates") or []
        if not candidates:
            return doc
        text = doc_text(doc)
        catalog = self._catalog()
        redefined = self._redefined(candidates, catalog) if catalog is not None else set()
        defined = defined_as_task(text)
        self._overlaps(candidates, text)
        self._long_forms_elsewhere(candidates, text)
        repeated = self._own_variants(candidates, text)
        if catalog is not None:
            self._makers(candidates, catalog)
        self._spelled_by_another(candidates)
        for cand in candidates:
            metric = fold_name(cand.text) in METRIC_FOLDS
            if not cand.dropped and (
                (metric and used_as_metric(text, cand.start, cand.end))
                or names_a_licence(text, cand.end, cand.start)
                or in_code_path(text, cand.start, cand.end)
                or names_a_code_host(text, cand.start, cand.end)
            ):
                # "the MAE of 0.0723 eV", "the MIT License", "available at: Lab/Repo"
                cand.dropped = True
                continue
            if cand.dropped or cand.key is not None:
                continue
            if is_generic(cand.text) or not (
                is_well_formed(
                    # "We introduce CoT-VLA, a 7B VLA": classes joined into the paper's name
                    # (not "a radar-LiDAR framework", classes joined to say what kind)
                    cand.text,
                    joined_classes_ok=cand.introduced
                    and cand.rule != "acronym"
                    and not _LOWER_WORD_AFTER.match(text, cand.end),
                )
                or self._data_named_after_task(cand, candidates, text)
            ):
                cand.dropped = True
                continue
            if len(cand.text.split()) > 1 and _METRIC_TAIL.search(cand.text):
                cand.dropped = True  # "Independent Success Rate": a metric of its own
                continue
            if _SURNAME.fullmatch(cand.text) and _CITATION_AFTER.match(text, cand.end):
                cand.dropped = True  # "(Conneau and Lample, 2019)": authors cited, no name
                continue
            if defined and any(_written_before(text, cand.text, end) for end in defined):
                cand.dropped = True  # "Autoformalization is the process of ...": a task
                continue
            if marks_acronym_letters(cand.text, text):
                cand.dropped = True  # "duPLEX dueling ... (QPLEX)": a word, letters marked
                continue
            if catalog is not None:
                self._from_catalog(cand, catalog, text, redefined)
            if (
                cand.type is None
                or cand.type_rule.endswith("description")
                or _renamed_from_family(cand, catalog)
            ):
                self._from_evidence(cand, candidates, text)
            if cand.type is None and catalog is not None:
                self._glued(cand, catalog)
            if cand.type is not None and names_a_metric(text, cand.end):
                cand.dropped = True  # "a CLIP score of 0.31", "the CoNLL score": a metric
        self._nested_known(candidates)
        for mention, variant in repeated:
            if variant.type is not None and not variant.dropped:
                mention.type, mention.type_rule = variant.type, "own-variant"
                candidates.append(mention)
        classes = {c.text for c in candidates if c.type_rule == "class"}
        for cand in candidates:
            if cand.text in classes:
                cand.dropped = True  # every mention of a class spelled out as one
        self._versions(candidates)
        self._slashed(candidates, text, catalog)
        self._lists(candidates, text, catalog)
        self._task_lists(candidates, text)
        self._versions(candidates)  # again, for the variants of names the lists typed
        self._generic_pairs(candidates, text)
        self._acronym_pairs(candidates)
        self._bare_letter_pairs(candidates)
        for cand in candidates:
            if not cand.dropped and cand.type is None:
                cand.dropped = True
        set_extension(doc, "citekg_candidates", candidates)
        return doc

    # -- steps -------------------------------------------------------------------------------
    @staticmethod
    def _redefined(candidates: list[Candidate], catalog) -> set[str]:
        """A known acronym the paper defines as something else is not the catalog's
        entity anywhere in it: "Global Aggregation Encoder (GAE)" is not generalized
        advantage estimation (GAE). Only where the catalog writes a long form of the
        acronym and the text's is unlike it, so that "Generative Adversarial Networks
        (GANs)" stays the known GAN."""
        known_at = {c.span: c for c in candidates if c.key is not None}
        redefined: set[str] = set()
        for cand in candidates:
            if cand.rule != "acronym" or cand.partner is None:
                continue
            partner = candidates[cand.partner]
            short, long = (cand, partner) if len(cand.text) < len(partner.text) else (partner, cand)
            known = known_at.get(short.span)
            key = known.key if known is not None else None
            if key is None and short.text.endswith("s") and short.text[:-1].isupper():
                # "neural transformation units (NTUs)", then "each NTU": not the university
                plural_of = catalog.lookup(short.text[:-1])
                key = plural_of.key if plural_of is not None else None
            if key is None or key in redefined:
                continue
            entry = catalog.entry(key)
            if entry is None:
                continue
            letters = short.text.removesuffix("s").upper()
            spelled_as = known_at.get(long.span)
            if (
                spelled_as is not None
                and spelled_as.key not in (None, key)
                and sum(c.isupper() for c in short.text) >= 2
                and _letters_in_order(letters, long.text)
            ):
                # "grouped-query attention (GQA)": another known entity's acronym here
                redefined.add(key)
                continue
            long_forms = _long_forms(entry.surface_forms, letters)
            written = _singular(fold_name(long.text))
            if not long_forms and _initials(long.text) == letters:
                # "Dynamic Memory Compression (DMC)", spelled letter for letter: compare
                # with the names the catalog spells out that hold the letters in order
                # ("DeepMind Control Suite"; not "Synapse multi-organ" of BTCV)
                long_forms = {
                    _singular(fold_name(form))
                    for form in entry.surface_forms
                    if len(form.split()) > 1
                    and not any(c.isdigit() for c in form)
                    and _letters_in_order(letters, form)
                }
            if long_forms and all(
                SequenceMatcher(None, written, form).ratio() < 0.6 for form in long_forms
            ):  # (not a typo or another inflection: "projected gradient decent (PGD)")
                redefined.add(key)
        for cand in candidates:
            if cand.key in redefined:
                cand.dropped = True
        return redefined

    @staticmethod
    def _long_forms_elsewhere(candidates: list[Candidate], text: str) -> None:
        """A discovered name that starts where an acronym's long form is written again
        and ends inside it is a piece of it: the title "HyperTree Proof Search for
        Neural Theorem Proving" names "HyperTree Proof Search (HTPS)" of the abstract,
        not "HyperTree". The long form takes the piece's place (and its being the
        paper's own)."""
        longs = [
            c
            for c in candidates
            if c.rule == "acronym" and not c.dropped and c.key is None and " " in c.text
        ]
        for long in longs:
            pos = text.find(long.text)
            while pos >= 0:
                end = pos + len(long.text)
                for cand in candidates:
                    if (
                        cand.start == pos
                        and cand.end < end
                        and cand is not long
                        and cand.key is None
                        and not cand.dropped
                    ):
                        cand.dropped = True
                        if cand.introduced:
                            long.introduced = True
                            if long.partner is not None:
                                candidates[long.partner].introduced = True
                pos = text.find(long.text, end)

    @staticmethod
    def _nested_known(candidates: list[Candidate]) -> None:
        """A known name inside a longer known name is no mention of its own: "Atari" in
        "Atari 100K" (which the catalog knows once its case is folded)."""
        known = [c for c in candidates if c.key is not None and not c.dropped]
        if len(known) < 2:
            return
        # Most known names nest in none: in start order, a name can lie inside another
        # only if an earlier-starting one reaches its end, which one sweep tells.
        reach = -1
        for inner in sorted(known, key=lambda c: (c.start, -c.end)):
            nested = reach >= inner.end
            reach = max(reach, inner.end)
            if (
                nested
                and inner.type != "organization"
                and any(
                    outer.key != inner.key
                    and outer.start <= inner.start
                    and inner.end <= outer.end
                    and outer.end - outer.start > inner.end - inner.start
                    for outer in known
                )
            ):
                inner.dropped = True

    @staticmethod
    def _overlaps(candidates: list[Candidate], text: str) -> None:
        """Catalog names win over discovered ones at the same place; a longer discovered
        name around a catalog name (a variant) wins over it."""
        catalog = [c for c in candidates if c.key is not None]
        # (keyed by catalog keys: a known candidate's key is never None)
        described: dict[str | None, Candidate] = {}
        renamed: set[str | None] = set()  # institutes the text names data after
        for cand in candidates:
            if cand.key is not None or cand.dropped:
                continue
            # (no step moves a name: the overlapping ones, in order, are found at once)
            start, end = cand.start, cand.end
            for known in [k for k in catalog if k.end > start and end > k.start]:
                if known.dropped:
                    continue
                if (
                    known.start == cand.start
                    and known.end == cand.end
                    and cand.rule == "head"
                    and known.type in ("model", "method", "organization")
                    # not "the NLLB-200 benchmarks", the benchmarks a model was tested on
                    and not cand.type_rule.endswith("s")
                ):
                    # "the Vicuna benchmark": a benchmark named after a model is its own
                    # entity, spelled with its head noun
                    cand.dropped = known.dropped = True
                    if known.type == "organization":
                        renamed.add(known.key)
                    if cand.partner is not None:
                        candidates[cand.partner].partner = None
                    break
                if (known.start, known.end) == (cand.start, cand.end) and _listed_data_of(
                    cand, known.type, text
                ):
                    # "web-scale datasets such as LAION": the organisation's data, each
                    # time the paper names it
                    known.dropped = True
                    renamed.add(known.key)
                    break
                if known.start == cand.start and known.end == cand.end:
                    if _described_otherwise(cand, known.type, text):
                        known.dropped = True
                        described[known.key] = cand
                        continue
                    cand.dropped = True  # the same name: keep the catalog's
                    known.introduced = known.introduced or cand.introduced
                    if cand.rule == "head" and known.type in ("model", "method", "organization"):
                        # "the NLLB-200 benchmarks": the model, and no benchmark named so
                        if cand.partner is not None:
                            candidates[cand.partner].dropped = True
                        break
                    if cand.partner is not None:
                        known.partner = cand.partner
                        candidates[cand.partner].partner = candidates.index(known)
                    break
                if cand.start <= known.start and known.end <= cand.end:
                    if (
                        cand.rule == "list"
                        and known.type == "organization"
                        and known.start == cand.start
                        and any(
                            k.start > known.end and k.end == cand.end and k.type != "organization"
                            for k in catalog
                        )
                    ):
                        cand.dropped = True  # "(Meta Llama-3, ...)": the maker, and its model
                        break
                    if (
                        known.type == "organization"
                        and _joins_organizations(cand, catalog)
                        # "person search benchmarks, CUHK-SYSU and PRW": data, named so
                        and not DATA_HEAD_BEFORE.search(text, max(0, cand.start - 60), cand.start)
                    ):
                        cand.dropped = True  # "Prithvi by NASA-IBM": two organisations
                        break
                    # one word up to the known name: "TPH-YOLOv5", "WizardMath-Mistral 7B"
                    prefix = cand.text[: known.start - cand.start]
                    compound = (
                        cand.rule == "shape"
                        and not any(c.isspace() for c in prefix)
                        # "user-ChatGPT conversations": a word before the name, not a variant
                        and not (
                            prefix[:-1].islower()
                            and is_common_word(prefix[:-1])
                            and known.text[:1].isupper()
                        )
                    )
                    introduced_rule = cand.rule in ("title", "contribution", "naming", "our")
                    if (
                        compound
                        or cand.type_rule == f"modified:{known.key}"  # "Instruct Pix2Pix"
                        or cand.type_rule == f"family:{known.key}"  # "mini-ImageNet"
                        or (cand.start == known.start and (cand.rule == "shape" or introduced_rule))
                        or cand.type_rule == "setting"  # "Split CIFAR-100" around CIFAR-100
                        or (cand.end == known.end and introduced_rule and cand.introduced)
                        # the title's "Audio Flamingo 2", "Dynamic-SUPERB Phase-2": one name
                        or (cand.rule == "title" and cand.introduced and cand.start < known.start)
                        # "the WMT 2019 Metrics shared task": one task of the WMT series
                        # (or "the WMT 2022 Shared Task on Quality Estimation")
                        or cand.type_rule == "head:shared task"
                        or (cand.rule == "head" and "Shared Task" in cand.text)
                    ):
                        # "Qwen2-VL-72B" around "Qwen2", "TPH-YOLOv5" around "YOLOv5",
                        # the paper's "Open-Vocabulary SAM": one longer name, a variant
                        known.dropped = True
                        cand.introduced = cand.introduced or known.introduced
                        continue
                    if cand.rule == "organization":
                        # "Stanford University Medical Centre" around Stanford University:
                        # the text names the centre; "Adam Mickiewicz University" around
                        # the optimiser Adam, the university
                        known.dropped = True
                        continue
                    if cand.type_rule == "head:titled":
                        # "the Open Graph Benchmark Large-Scale Challenge": another name
                        known.dropped = True
                        continue
                    if (
                        cand.rule == "acronym"
                        and known.type in ("model", "dataset", "benchmark")
                        and (known.start, known.end) != (cand.start, cand.end)
                        and cand.partner is not None
                        and candidates[cand.partner].start > cand.end
                        and not any(c in cand.text for c in "(),;")
                        and fold_name(candidates[cand.partner].text) not in fold_name(known.text)
                    ):
                        # "Large Language and Vision Assistant for BioMedicine (LLaVA-Med)"
                        # spells LLaVA-Med out, not the LLaVA whose long name is inside;
                        # "Composed Image Retrieval on Common Objects in context (CIRCO)"
                        # is not COCO
                        known.dropped = True
                        continue
                    if (
                        cand.rule == "acronym"
                        and known.type == "organization"
                        and known.start == cand.start
                        and cand.partner is not None
                    ):
                        # "the Microsoft Academic Graph (MAG)", "Stanford Large-Scale 3D
                        # Indoor Spaces (S3DIS)": the institute's name starts another name
                        known.dropped = True
                        continue
                    if (
                        cand.rule == "head"
                        and cand.end == known.end
                        and _NAME_WORD_PREFIX.fullmatch(cand.text, 0, known.start - cand.start)
                        # (a language says which part: "the English Wikipedia dataset")
                        and not names_a_language(cand.text[: known.start - cand.start - 1])
                    ):
                        # "a newly proposed chaotic N-body MNIST dataset": one word that is
                        # a name's makes a variant of the known data, which is not named
                        known.dropped = True
                        continue
                    if cand.rule in ("head", "head-alias", "acronym", "list"):
                        continue  # "Beyond the Imitation Game" around a catalog word
                    cand.dropped = True
                    break
                if known.start <= cand.start and cand.end <= known.end:
                    cand.dropped = True  # inside a catalog name
                    known.introduced = known.introduced or cand.introduced
                    break
                cand.dropped = True  # a partial overlap: the catalog's reading wins
                break
        for known in catalog:
            if known.key in renamed:
                # "the Inria dataset", then "Pascal VOC, Inria, and ...": the data each time
                known.dropped = True
                continue
            own = described.get(known.key) if not known.dropped else None
            if own is not None:
                # the paper's other mentions of its own WebVoyager: its type, not the catalog's
                known.key, known.type, known.type_rule = None, own.type, _OWN_DESCRIPTION
                known.introduced = True
        # discovered candidates overlapping each other: keep the longer
        live = sorted(
            (c for c in candidates if not c.dropped and c.key is None),
            key=lambda c: (c.start, -(c.end - c.start)),
        )
        survivor: Candidate | None = None  # the last one kept: what the next is compared with
        for b in live:
            a, survivor = survivor, b
            if a is None:
                continue
            Typing._settle_overlap(a, b, candidates)
            if b.dropped:
                survivor = a

    @staticmethod
    def _spelled_by_another(candidates: list[Candidate]) -> None:
        """A known short name ("ARC") that spells the name of another known entity of the
        paper ("The Abstraction and Reasoning Corpus (ARC-AGI)") is that entity, not the
        one the catalog gives the short name alone (the AI2 Reasoning Challenge)."""
        known = [c for c in candidates if c.key is not None and not c.dropped]
        spelled = {initials_of(c.text.split()): c for c in known if len(c.text.split()) > 2}
        if not spelled:
            return
        for cand in known:
            other = spelled.get(cand.text) if cand.text.isupper() else None
            if other is not None and other.key != cand.key and other.type == cand.type:
                cand.key, cand.type_rule = other.key, "catalog:spelled"

    @staticmethod
    def _makers(candidates: list[Candidate], catalog) -> None:
        """A known maker written before its model's name is named too: "OpenAI Codex",
        "DeepMind Chinchilla" name OpenAI and DeepMind (as "Google's PaLM" does)."""
        for cand in list(candidates):
            if cand.dropped or cand.key is None or cand.type != "model" or " " not in cand.text:
                continue
            first = cand.text.split(" ", 1)[0]
            entry = catalog.lookup(first)
            if entry is None or entry.type != "organization" or first not in entry.surface_forms:
                continue
            model = catalog.entry(cand.key)
            if (
                model is not None
                and fold_name(model.name).startswith(fold_name(first))
                and not model.name.startswith(first + " ")
            ):
                continue  # "DeepSeek R1" is DeepSeek-R1 written with a space (but "OpenAI
                # GPT" names OpenAI's GPT)
            candidates.append(
                Candidate(
                    cand.start,
                    cand.start + len(first),
                    first,
                    "catalog:maker",
                    type="organization",
                    key=entry.key,
                    type_rule="catalog",
                    confidence=0.8,
                )
            )

    @staticmethod
    def _own_variants(candidates: list[Candidate], text: str) -> list[tuple[Candidate, Candidate]]:
        """The paper's own variant of a known name ("Sparse R-CNN", around R-CNN) is that
        variant wherever it is written, in any case, not the known name inside it: the
        catalog's matches inside its other mentions give way (resolution then finds them).
        Returns the mentions of the variant written in another case, each with the
        variant it repeats, to add once the variant is typed."""
        mine = [c for c in candidates if c.introduced and c.key is None and not c.dropped]
        mentions: list[tuple[Candidate, Candidate]] = []
        if not mine:
            return mentions
        known = [(k.start, k.end) for k in candidates if k.key is not None]
        own = [
            c
            for c in mine
            if any(c.start <= s and e <= c.end and (s, e) != (c.start, c.end) for s, e in known)
        ]
        for variant in own:
            # in any case: "Oriented R-CNN" is also "oriented R-CNN" mid-sentence
            written = re.compile(rf"(?<![\w\-]){re.escape(variant.text)}(?![\w\-])", re.I)
            for m in written.finditer(text, variant.end):
                pos, end = m.span()
                inside = [
                    c for c in candidates if pos <= c.start and c.end <= end and not c.dropped
                ]
                if m.group(0) != variant.text and not any(c.span == (pos, end) for c in inside):
                    # the variant in another case ("oriented R-CNN"), which resolution,
                    # matching names as written, would not find: a mention of its own
                    mention = Candidate(pos, end, m.group(0), "shape", confidence=0.6)
                    mentions.append((mention, variant))
                for cand in inside:
                    if cand.span != (pos, end):
                        cand.dropped = True
        return mentions

    @staticmethod
    def _settle_overlap(a: Candidate, b: Candidate, candidates: list[Candidate]) -> None:
        """Of two overlapping discovered names (``a`` starts first), drop the shorter;
        of two readings of one span, keep ``a`` with what ``b`` knew."""
        if b.dropped or (a.partner is not None and candidates[a.partner] is b):
            return  # a name and its spelling with a head noun: both kept
        if b.start < a.end and a.text != b.text:
            shorter = b if (b.end - b.start) <= (a.end - a.start) else a
            longer = a if shorter is b else b
            if shorter.rule in ("organization", "head") and longer.rule == "shape":
                return
            longer.introduced = longer.introduced or shorter.introduced
            longer.type = longer.type or shorter.type
            shorter.dropped = True
        elif b.start == a.start and b.end == a.end:
            a.introduced = a.introduced or b.introduced
            a.type = a.type or b.type
            a.type_rule = a.type_rule or b.type_rule
            if b.partner is not None and a.partner is None:
                a.partner = b.partner
            b.dropped = True

    @staticmethod
    def _from_catalog(
        cand: Candidate, catalog, text: str, redefined: set[str] | frozenset = frozenset()
    ) -> None:
        if cand.type_rule == _OWN_DESCRIPTION:
            return
        entry = catalog.lookup(cand.text)
        if (
            entry is None
            and cand.text.endswith("s")
            and len(cand.text) > 3
            and not _SPACED_VERSION_S.search(cand.text)  # "FastSpeech 2s" is another name
        ):
            entry = catalog.lookup(cand.text[:-1])  # "ControlNets", "MViTv2s'"
        for head in (" benchmark", " dataset"):  # "Beyond the Imitation Game" (benchmark)
            if entry is None and len(cand.text.split()) > 1:
                entry = catalog.lookup(cand.text + head)
        if entry is not None and cand.text.endswith("+") and cand.text not in entry.surface_forms:
            # "EVA-02-CLIP-E/14+" is the catalog's EVA02-CLIP-E-14-plus; "HumanEval+"
            # extends HumanEval: another benchmark, of its family
            entry = catalog.lookup(cand.text.rstrip("+") + "plus" * cand.text.count("+"))
        if entry is not None and (
            catalog.initials_in_a_name(text, cand.start, cand.end, entry)
            or catalog.initials_of_data(text, cand.start, cand.end, entry)
        ):
            return  # "UCF" of "UCF CC 50", "the datasets SYSU, ...": not the university
        if entry is not None and entry.key in redefined:
            return  # the paper's own acronym (see _redefined)
        if entry is not None and _listed_data_of(cand, entry.type, text):
            return  # "web-scale datasets such as LAION": its data, listed
        if entry is not None and not _described_otherwise(cand, entry.type, text):
            cand.key, cand.type, cand.type_rule = entry.key, entry.type, "catalog:folded"
            cand.confidence = max(cand.confidence, 0.85)
            return
        family = catalog.family_of(cand.text)
        if family is not None and family.type != "model" and _ends_in_model_word(cand.text):
            family = None  # "DROID-SLAM", "KLUE-BERT": a model named after its data
        if family is not None and family.type == "model" and _DATA_PART.search(cand.text):
            # "StarCoder-Data", "Zorb-7B Corpus": the data a model family was trained on
            cand.type = cand.type or "dataset"
            cand.type_rule = cand.type_rule or f"data-of:{family.key}"
            cand.confidence = max(cand.confidence, 0.75)
            return
        if family is not None and family.type in ("model", "dataset", "benchmark"):
            cand.type = cand.type or family.type
            cand.type_rule = cand.type_rule or f"family:{family.key}"
            cand.confidence = max(cand.confidence, 0.75)

    @staticmethod
    def _glued(cand: Candidate, catalog) -> None:
        """Type a name no evidence typed that glues a capitalised word before a known
        model: "MobileSAM", "TinyLlama" are models too."""
        glued = _GLUED_TO_MODEL.fullmatch(cand.text)
        base = catalog.lookup(glued.group(1)) if glued is not None else None
        if base is not None and base.type == "model":
            cand.type, cand.type_rule = "model", f"glued:{base.key}"
            cand.confidence = max(cand.confidence, 0.7)

    @staticmethod
    def _from_evidence(cand: Candidate, candidates: list[Candidate], text: str) -> None:
        def settle(kind: str | None, rule: str, confidence: float) -> None:
            cand.type, cand.type_rule = kind, rule
            cand.confidence = max(cand.confidence, confidence)

        if cand.rule == "head-alias":
            return  # typed with its partner
        if (
            cand.rule == "shape"
            and not cand.introduced
            and cand.partner is None
            and cand.text.isalpha()
            and cand.text.isupper()
            and is_frequent_word(cand.text)
            and not DATA_HEAD_BEFORE.search(text, max(0, cand.start - 60), cand.start)
            and _apposition(text, cand.end) is None  # "SOLID, the largest ... corpus"
            and not (  # "the TRADE model": a model named by a word in capitals (not "a
                # TAP model", a model of a kind, or "the BASE model", a size)
                _MODEL_WORD_AFTER.match(text, cand.end)
                and text.endswith("the ", 0, cand.start)
                and cand.text.lower() not in TIER_WORDS
            )
        ):
            # "the DEV and TEST sets": a word in capitals, not an acronym (but "the SCD
            # dataset SECOND" names one)
            return None
        if _LAB.fullmatch(cand.text):
            cand.introduced = False  # "the IDLab submission": a lab, not the paper's own
            return settle("organization", "suffix:lab", 0.7)
        after = _AFTER_HEAD.match(text[cand.end : cand.end + 40])
        if after is not None and NAME_AFTER_HEAD.match(text, cand.end + after.end(1)):
            after = None  # "the BCD datasets SYSU, ...": the names follow; BCD is a kind
        if after is not None and PROCESS_AFTER.match(text, cand.end + after.end(1)):
            after = None  # "High-IPC Dataset Distillation": a process, on data of a kind
        if (
            after is not None
            and not any(c.isupper() for c in cand.text[1:])
            and A_KIND_BEFORE.search(text, max(0, cand.start - 40), cand.start)
            and head_type(after.group(1)) in ("dataset", "benchmark")
        ):
            after = None  # "a large-scale Lean4 benchmark": a benchmark in Lean4
        noun = after.group(1) if after else ""
        kind = head_type(noun) if noun else None
        if (
            kind is not None
            and cand.rule == "acronym"
            and (
                is_generic(f"{cand.text} {noun}")
                or (cand.text.islower() and noun.lower() == "data")
            )
        ):
            # "an open-source Vision-Language (VL) Model", "in-distribution (ID) data":
            # a class or a kind of data spelled out, not a name, wherever it is written
            _as_class(cand, *([candidates[cand.partner]] if cand.partner is not None else []))
            return None
        if kind and VERB_NOUN_AFTER.match(text, cand.end):
            kind = None  # "E-Branchformer sets new state-of-the-art results": a verb
        if (
            kind == "method"
            and cand.rule == "shape"
            and noun.lower() in ("learning", "training", "tuning", "attention", "loss", "data")
        ):
            kind = None  # "RLHF training" says nothing about RLHF itself
        if kind is not None:
            return settle(kind, f"head:{noun.lower()}", 0.75)
        described = _DATA_DESCRIBED_AFTER.match(text, cand.end)
        words = (described.group(1) or "").split() if described is not None else []
        if described is not None and not (
            set(words) & _NOT_DESCRIBING
            or any(w.endswith("ed") for w in words)
            or (words and words[0] in VERBS_AFTER_NAME)  # "CompilerGym offers larger datasets"
        ):
            # "we use ETHOS hate speech detection dataset", "SemOpenAlex knowledge graph":
            # the data, described
            noun = (described.group(2) or described.group(4)).lower()
            return settle(head_type(noun) or "dataset", f"head:{noun}", 0.7)
        copula = _copula(text, cand.start, cand.end)
        if copula is not None:  # "EarthNet2021 is a large dataset suitable for ..."
            noun = copula.group("noun").lower()
            return settle(head_type(noun) or "dataset", f"copula:{noun}", 0.7)
        apposition = _apposition(text, cand.end)
        if apposition is not None and _FRONTED_BEFORE.search(
            text, max(0, cand.start - 12), cand.start
        ):
            apposition = None  # "With ZorbD, a unified network is presented": a subject
        if apposition is not None:  # "MuLan, a joint music-text embedding model"
            kind = head_type(apposition.group("noun"))
            if kind == "method" and evaluates(text, *apposition.span("noun")):
                kind = "benchmark"  # "ZebraLogic, a comprehensive evaluation framework"
            return settle(kind, f"apposition:{apposition.group('noun').lower()}", 0.7)
        # (not across the title's end: "... of Large Language Models\n\nFinanceQA is")
        window = max(cand.start - 30, text.rfind("\n\n", 0, cand.start) + 2, 0)
        before = _BEFORE_HEAD.search(text, window, cand.start)
        if before is None and text[cand.start - 2 : cand.start] == ", ":
            before = _BEFORE_NEW_HEAD.search(text, max(0, cand.start - 70), cand.start)
            if before is None and _LISTED_OR_END_AFTER.match(text, cand.end):
                # "on the open domain datasets, CIRR and CIRCO, as well as the fashion
                # domain dataset, FashionIQ" (not "on the two datasets, ZorbNet is best")
                before = _BEFORE_THE_HEAD.search(text, max(0, cand.start - 70), cand.start)
        if before is None and text[cand.start - 1 : cand.start] in (" ", ","):
            before = _EXAMPLES_BEFORE.search(text, max(0, cand.start - 40), cand.start)
        if before is not None and before.group(1).lower().endswith(" set"):
            return settle("dataset", "head-before:set", 0.7)  # "the training set TableInstruct"
        if before is not None and _BENCHMARK_VERB_BEFORE.search(
            text, max(0, before.start() - 25), before.end()
        ):
            before = None  # "we extensively benchmark MolCA on ...": a verb
        if before is not None and head_type(before.group(1)) in ("dataset", "benchmark", "model"):
            return settle(head_type(before.group(1)), f"head-before:{before.group(1).lower()}", 0.7)
        listed = _DATA_LIST_BEFORE.search(text, max(window - 60, 0), cand.start)
        if listed is not None:
            # "five benchmark datasets, i.e., CTW1500, Total-Text, ...", "five datasets with
            # emotion annotations -- EmoMusic, DEAM, ...": the first of a list of data
            noun = listed.group(1).lower()
            return settle(head_type(noun), f"head-before:{noun}", 0.7)
        if cand.partner is not None and cand.rule == "acronym":
            partner = candidates[cand.partner]
            short, long = (cand, partner) if cand.start > partner.start else (partner, cand)
            kind = suffix_type(short.text) if suffix_type(short.text) == "benchmark" else None
            words = long.text.split()
            last = words[-1] if words else ""
            if kind is not None and len(last) > 4 and last.lower().endswith(("or", "er")):
                kind = None  # "VIDeo quality EVALuator (VIDEVAL)": a system, not an "-Eval"
            if (
                not (long.introduced or short.introduced)
                and last.lower() in _CLASS_HEADS
                and (
                    (short.text.endswith("s") and short.text[:-1].isupper())
                    or any(is_generic(" ".join(words[-k:])) for k in (2, 3))
                    # "retrieval models (RM)": a kind, in lower case and plural (but "graph
                    # isomorphism networks (GIN)" are one architecture)
                    or (long.text.islower() and last.lower() == "models")
                )
                # (an acronym inside is no name's capital: "DNA language models (DNALMs)")
                # (but a capital after a hyphen is title case: "Audio-Language Models")
                and not any(
                    c.isdigit() or c.isupper()
                    for w in words
                    if not w.isupper()
                    for part in w.split("-")
                    for c in part[1:]
                )
            ):
                _as_class(short, long)  # "Graph Transformers (GTs)": a class
                return
            kind = kind or head_type(last.strip("-"))
            apposition = _apposition(text, short.end) if kind is None else None
            if apposition is not None and head_type(apposition.group("noun")) in (
                "dataset",
                "benchmark",
            ):
                # "BIG-Bench Extra Hard (BBEH), a new benchmark": the pair described as
                # data (a described method or framework stays the model it defaults to)
                kind = head_type(apposition.group("noun"))
                return settle(kind, f"apposition:{apposition.group('noun').lower()}", 0.75)
            if kind is None and last.lower().endswith(("ing", "tion", "ment", "ization")):
                kind = "method"  # "Low-Rank Adaptation", "Stochastic Differential Editing"
            if kind is None and _DATA_GRAPH.search(long.text):
                kind = "dataset"  # "the Open Research Knowledge Graph (ORKG)"
            if kind is None:
                context = context_type(text, long.start)
                if context is not None and context[1] == "context:listed":
                    return settle(*context, 0.7)  # "data sets, such as the X Graph (XG)"
            if kind is None and cand.type is not None:
                return  # typed by the description of the paper's own work: "a dataset named"
            if kind is None and long.introduced:
                # "we propose task-aware key-value (KV) cache compression": words in
                # lower case spell out a technique; a named model has capitals
                kind = "method" if long.text.islower() else "model"
            if kind is not None:
                return settle(kind, f"acronym-head:{last.lower()}", 0.75)
            if not cand.introduced:
                return  # "Partial Differential Equations (PDEs)": a concept, not a name
        found = context_type(text, cand.start) or after_type(text, cand.end)
        if found is not None and found[0] == "model" and cand.type is None:
            return settle(*found, 0.6)  # "outperforms UnifiedQA" beats the -QA ending
        kind = suffix_type(cand.text)
        if kind == "model" and (
            (found is not None and found[1] == "context:score-on")
            or _SPLIT_OF_AFTER.match(text, cand.end)
        ):
            # "0.361 on MeteoNet", "ZorbNet's test set": data, whatever the name's ending
            kind = None
        if kind is not None and cand.type is None:
            return settle(kind, "suffix", 0.65)
        if found is not None and cand.type is None:
            return settle(*found, 0.6)
        if cand.introduced and cand.type is None:
            # the paper's own named contribution without a type noun: call it a model
            words = cand.text.split()
            if (
                len(words) == 1
                and is_common_word(cand.text)
                and not cand.text.isupper()
                and text.count(cand.text) < 2
            ):
                return None  # a common word, unless the text keeps writing it so ("Latte")
            if any(
                o.type is not None
                and not o.dropped
                and o.text.startswith(f"{cand.text} ")
                and _YEAR_START.match(o.text, len(cand.text) + 1)
                for o in candidates
            ):
                return None  # "NTIRE" of "the NTIRE 2020 Challenge": a series, not a model
            return settle("model", "introduced:default", 0.6)
        return None

    @staticmethod
    def _versions(candidates: list[Candidate]) -> None:
        """An untyped name that is another version of a typed one takes its type: "its
        predecessor, EPT-1" beside the model EPT-1.5, "Kinetics-600" beside Kinetics-400;
        one that adds a suffix to a model ("Xwin-LM-SFT") is a model, and one that adds a
        part after a hyphen to data is data ("TAP-Vid-DAVIS" beside TAP-Vid)."""
        untyped = [c for c in candidates if not c.dropped and c.type is None and c.rule == "shape"]
        if not untyped:
            return
        typed: dict[str, str] = {}
        models: set[str] = set()  # names typed model by any mention, which outweighs data
        for cand in candidates:
            if not cand.dropped and cand.type in ("model", "dataset", "benchmark"):
                for stem in {cand.text, _version_stem(cand.text)}:
                    typed.setdefault(stem, cand.type)
                    if cand.type == "model":
                        models.add(stem)
        for cand in untyped:
            stem = _version_stem(cand.text)
            if stem != cand.text and stem in typed:
                cand.type, cand.type_rule = typed[stem], "version-of-typed"
                cand.confidence = max(cand.confidence, 0.6)
                continue
            # "Xwin-LM-SFT" beside the model Xwin-LM, "MagicoderS-CL-7B" beside MagicoderS,
            # "TowerBase" beside Tower: a variant of a model is a model
            name = cand.text
            cuts = [
                i for i, c in enumerate(name) if c == "-" or (c.isupper() and name[i - 1].islower())
            ]
            if any(name[:i] in models for i in cuts if i > 1):
                cand.type, cand.type_rule = "model", "variant-of-typed"
                cand.confidence = max(cand.confidence, 0.6)
                continue
            # "TAP-Vid-DAVIS" beside the benchmark TAP-Vid: a part of data, after a hyphen
            # (not a size, "BEACON-B", nor two acronyms, "UAV-DETR": a model named so)
            kinds = [
                typed.get(name[:i])
                for i in cuts
                if i > 1
                and name[i] == "-"
                and len(name) - i > 3
                and not (name[:i].isupper() and name[i + 1 :].isupper())
            ]
            kind = next((k for k in kinds if k in ("dataset", "benchmark")), None)
            if kind is not None and not any(name[:i] in models for i in cuts if i > 1):
                cand.type, cand.type_rule = kind, "variant-of-typed"
                cand.confidence = max(cand.confidence, 0.6)

    @classmethod
    def _slashed(cls, candidates: list[Candidate], text: str, catalog) -> None:
        """Variants written after a name with slashes, each its own entity: "DAMO-YOLO-T/S"
        names DAMO-YOLO-S, "Llama-2-7B/70B" Llama-2-70B, "GPT-4o/4/3.5" GPT-3.5. The
        mention is the part written ("S"), the name the whole variant."""
        for cand in list(candidates):
            if cand.dropped or cand.type not in ("model", "dataset", "benchmark"):
                continue
            if text[cand.end : cand.end + 1] != "/":
                continue
            stem, sep, last = max(
                (cand.text.rpartition(s) for s in "- "), key=lambda parts: len(parts[0])
            )
            if not sep or not last:
                continue
            pos = cand.end
            while (piece := _SLASHED.match(text, pos)) is not None:
                pos = piece.end()
                word = piece.group(1)
                if word[0].isdigit() != last[0].isdigit():
                    break  # "ViT-B/16" is one name, not ViT-B and ViT-16
                if _NAME_GOES_ON.match(text, pos):
                    break  # "PASCAL VOC/PASCAL Context": a name of its own follows
                variant = Candidate(
                    piece.start(1),
                    piece.end(1),
                    f"{stem}{sep}{word}",
                    cand.rule,
                    type=cand.type,
                    type_rule="slashed-variant",
                    introduced=cand.introduced,
                    confidence=cand.confidence,
                )
                if catalog is not None:
                    cls._from_catalog(variant, catalog, text)
                candidates.append(variant)

    @staticmethod
    def _data_named_after_task(cand: Candidate, candidates: list[Candidate], text: str) -> bool:
        """Whether ``cand`` is the long form of an acronym that a singular data noun
        follows, a task's name made the data's: "The Global Wheat Head Detection (GWHD)
        dataset" (not "Anomaly Detection", a task in capitals)."""
        if cand.rule != "acronym" or cand.partner is None:
            return False
        words = cand.text.split()
        end = max(cand.end, candidates[cand.partner].end)
        return (
            len(words) > 2
            and words[-1].lower() in TASK_NOUNS
            # one set, with "the" (not "a large-scale Multiple-Choice Question Answering
            # (MCQA) dataset", a kind of them)
            and text[max(0, cand.start - 4) : cand.start].lower() == "the "
            and _DATA_AFTER_PAIR.match(text, end) is not None
            and is_well_formed(" ".join(words[:-1]))
        )

    @staticmethod
    def _task_lists(candidates: list[Candidate], text: str) -> None:
        """Untyped names in brackets after a task, in a sentence that counts datasets or
        benchmarks, are those data: "eight benchmark datasets from five categories of
        tasks: sentiment analysis (PhraseBank, FiQA-SA and TweetFinSent), relation
        extraction (REFinD)". Not a task's acronym: "sentiment analysis (SA)"."""
        acronyms = {c.span for c in candidates if c.rule == "acronym"}
        for cand in candidates:
            if cand.dropped or cand.type is not None or cand.rule not in _DISCOVERY_RULES:
                continue
            bracket = text.rfind("(", max(0, cand.start - 80), cand.start)
            if bracket < 0 or any(c in text[bracket : cand.start] for c in ").;"):
                continue
            close = text.find(")", cand.end, cand.end + 80)
            if close < 0 or any(c in text[cand.end : close] for c in "(.;"):
                continue
            task = _TASK_BEFORE_BRACKET.search(text, max(0, bracket - 60), bracket + 1)
            if task is None or cand.span in acronyms:
                continue
            initials = "".join(w[0] for w in re.split(r"[\s\-]+", task.group(1)))
            folded = fold_name(cand.text)
            if initials.endswith(folded) or initials.endswith(folded[:-1]):
                continue  # "named entity recognition (NER)", "question answering (QAs)"
            sentence = start_of_sentence(text, bracket)
            counts = list(_DATA_PLURAL.finditer(text, sentence, task.start()))
            if counts:
                count = counts[-1]
                cand.type, cand.type_rule = head_type(count.group(1)), "task-list"

    @staticmethod
    def _lists(candidates: list[Candidate], text: str, catalog) -> None:
        """Untyped names in a list with typed ones take their type; a plural head noun
        after the list types its catalog names that are also words ("on Chameleon and
        Cornell datasets": not the model Chameleon)."""
        live = sorted((c for c in candidates if not c.dropped), key=lambda c: c.start)
        groups: list[list[Candidate]] = []
        for cand in live:
            between = text[groups[-1][-1].end : cand.start] if groups else ""
            if (
                groups
                and (between.rstrip().endswith(_LIST_SEP_ENDS) or _THE_WORD_END.search(between))
                and _LIST_SEP.match(between)
                # "on Objects365 and ZorbSet, ZorbDet-M attains": a clause ends at the comma
                and not (between.strip() == "," and _VERB_AFTER.match(text, cand.end))
            ):
                groups[-1].append(cand)
            else:
                groups.append([cand])
        for group in groups:
            after = _PLURAL_HEAD_AFTER.match(text, group[-1].end) if len(group) > 1 else None
            if after is not None and catalog is not None:
                kind = head_type(after.group(1))
                for cand in group:
                    entry = catalog.entry(cand.key) if cand.key else None
                    if entry is not None and entry.ambiguous and entry.type != kind:
                        cand.key, cand.type, cand.type_rule = None, kind, "list-head"
            kinds: list[str | None] = [
                c.type for c in group if c.type in ("model", "dataset", "benchmark")
            ]
            before = (
                _PLURAL_HEAD_BEFORE.search(text, max(0, group[0].start - 16), group[0].start)
                if len(group) > 2
                else None
            )
            if before is not None:
                # "the benchmark datasets Set5, Set14, BSD100", "four open-source databases:
                # FER2013, RAF-DB, AffectNet-7 and ExpW", "four databases (BID2011, CID2013,
                # CLIVE, and KonIQ-10k)": the head noun before the list says
                # more than a name's shape ("-7") or the clause after it
                kinds = [head_type(before.group(1))]
                for cand in group:
                    if cand.key is None and cand.type_rule in _WEAK_TYPE_RULES:
                        cand.type = None
            if len(group) < 2 or not kinds:
                continue
            if _TASKS_AFTER.match(text, group[-1].end):
                continue  # "on ASR, VSR, and AVSR tasks": tasks, whatever their neighbours
            known = {c.type for c in group if c.key is not None}
            if len(known) == 1 and known <= {"dataset", "benchmark"}:
                # "on SWE-bench and HumanEvalFix, achieving ...": the catalog's benchmark
                # says more about its neighbour than the clause after it
                (kind,) = known
                for cand in group:
                    if cand.key is None and cand.type_rule.startswith("context:"):
                        cand.type, cand.type_rule = kind, "list"
                kinds = [c.type for c in group if c.type in ("model", "dataset", "benchmark")]
            # the most frequent type; a tie goes by a fixed order, never by set order
            kind = max(("benchmark", "dataset", "model"), key=kinds.count)
            for cand in group:
                if cand.type is None and cand.rule in _DISCOVERY_RULES:
                    cand.type, cand.type_rule = kind, "list"
                    cand.confidence = max(cand.confidence, 0.6)

    @staticmethod
    def _generic_pairs(candidates: list[Candidate], text: str) -> None:
        """An acronym defined in the plural or as a generic class names a class, not an
        entity: "Visual Language Models (VLM)", "large vision-language models (LVLMs)";
        a long form in lower case needs a head noun that types it."""
        classes: set[str] = set()
        for cand in candidates:
            if cand.partner is None or cand.rule != "acronym" or cand.key is not None:
                continue
            other = candidates[cand.partner]
            long, short = (cand, other) if cand.start < other.start else (other, cand)
            if short.key is not None or long.key is not None:
                continue
            # a plural acronym of a lower-case or generic phrase names a class: "large
            # vision-language models (LVLMs)"; "Diffusion Transformers (DiTs)" does not
            plural = _PLURAL_ACRONYM.fullmatch(short.text) is not None and (
                long.text[:1].islower() or is_generic(short.text[:-1])
            )
            # in lower case, or capitalised only as a sentence's first word ("Multiple-choice
            # question (MCQ) datasets like ...")
            lower = long.text == long.text.lower() or (
                long.text[1:] == long.text[1:].lower()
                and _SENTENCE_END_BEFORE.search(text, max(0, long.start - 3), long.start)
                is not None
            )
            # a head noun types the pair, unless plural: "multiple-choice question (MCQ)
            # datasets" are a kind of datasets
            head = long.type_rule.startswith("head:") and not long.type_rule.endswith("s")
            typed = head or (
                long.type_rule.startswith("acronym-head:")
                and head_type(long.text.split()[-1]) is not None
            )
            weak = lower and not long.introduced and not typed
            # a task spelled out in capitals ("Continuous Sign Language Recognition
            # (CSLR)"): its acronym names the task wherever it stands (not a name
            # spelled as one: "Knowledge-based question answering (Keqing)", "(LGCNet)")
            task = (
                not (long.introduced or short.introduced)
                and (short.text.isupper() or capitals_spell(short.text, long.text))
                and (
                    (long.text.split()[-1].lower() in TASK_NOUNS and not is_well_formed(long.text))
                    # "Human-Object Interaction (HOI) detection": what the task is about
                    or (short.end > long.end and _TASK_NOUN_AFTER.match(text, short.end))
                )
                # "an effective Pairwise Learning Neural Link Prediction (PLNLP) framework":
                # a system named after its task; "The Global Wheat Head Detection (GWHD)
                # dataset": data
                and not _SYSTEM_AFTER.match(text, max(short.end, long.end))
                and not Typing._data_named_after_task(long, candidates, text)
            )
            if is_generic(short.text) or is_generic(long.text) or plural or weak or task:
                long.dropped = short.dropped = True
                classes.add(short.text)
        # the short form of a class is a class wherever it stands: "autoencoder (AE)
        # ... the AE can correct"
        for cand in candidates:
            if cand.key is None and (
                cand.text in classes
                # "a large-scale IQA dataset" of "Image quality assessment (IQA)": a
                # dataset of the class, not named so
                or (
                    cand.rule == "head-alias"
                    and cand.partner is not None
                    and candidates[cand.partner].text in classes
                )
                # "the first Korean LCR benchmark" of "Legal Case Retrieval (LCR)": a
                # benchmark of the task in a language, described, not named
                or (
                    cand.rule in ("head", "head-alias")
                    and cand.text.split()[-1] in classes
                    and names_a_language(cand.text.split()[0])
                    and len(cand.text.split()) == 2
                )
            ):
                cand.dropped = True

    @staticmethod
    def _acronym_pairs(candidates: list[Candidate]) -> None:
        """An acronym and its long form are one thing: they share a type, and a
        catalog reading of the long form wins over one of the short form
        (``grouped-query attention (GQA)`` is not the GQA benchmark)."""
        for cand in candidates:
            if cand.partner is None or cand.dropped or cand.rule == "head-alias":
                continue
            other = candidates[cand.partner]
            if other.dropped:
                continue
            long, short = (cand, other) if cand.start < other.start else (other, cand)
            if long.key and short.key and long.key != short.key:
                short.key, short.type, short.type_rule = long.key, long.type, "acronym-of"
            elif (
                short.key
                and not long.key
                and short.type == "organization"
                and long.type not in (None, "organization")
            ):
                # "a Prior-Data Fitted Network (PFN)": the text spells the initials out as
                # something other than the company the catalog knows by them
                short.key, short.type, short.type_rule = None, long.type, "acronym-partner"
            elif short.key and not long.key:
                long.key, long.type, long.type_rule = short.key, short.type, "acronym-of"
            elif long.key and not short.key:
                short.key, short.type, short.type_rule = long.key, long.type, "acronym-of"
            if cand.type is None and other.type is not None:
                cand.type, cand.type_rule = other.type, "acronym-partner"

    @staticmethod
    def _bare_letter_pairs(candidates: list[Candidate]) -> None:
        """Two capital letters that neither the catalog nor the text defines are no
        name: "the RT head" is a part, "pixel coordinate (UV)" a quantity, "HT Demucs"
        a prefix, "the SR benchmark datasets" a field. An acronym the text defines
        ("Decision Transformer (DT)") or the catalog knows ("NQ") stays, and so do its
        other mentions."""
        if not any(len(c.text) == 2 for c in candidates):
            return  # (two capital letters are two characters: none here)
        defined = {
            c.text
            for c in candidates
            if c.key is not None
            or (c.partner is not None and c.rule == "acronym")
            or c.rule.startswith("catalog")
        }
        for cand in candidates:
            if (
                not cand.dropped
                and len(cand.text) == 2
                and cand.text not in defined
                and _TWO_CAPITALS.fullmatch(cand.text)
            ):
                cand.dropped = True
                if cand.partner is not None and cand.rule == "head":
                    candidates[cand.partner].dropped = True  # and "SR benchmark" with it


@Language.factory("citekg_typing", assigns=["doc._.citekg_candidates"], default_config={})
def make_typing(nlp: Language, name: str) -> Typing:
    """Factory of the ``citekg_typing`` component."""
    return Typing(nlp, name)
