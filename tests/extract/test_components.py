"""Each extraction step on small texts written for the purpose (not the bundled papers)."""

from __future__ import annotations

import pytest

from citekg.extract import Paper, extract_papers
from citekg.extract.candidates import Candidate
from citekg.extract.catalog import load_catalog
from citekg.extract.components.classify import Typing
from citekg.extract.components.discovery import (
    find_acronyms,
    find_organizations,
    find_shapes,
    is_name_shaped,
)
from citekg.extract.components.results import find_numbers
from citekg.extract.parallel import extract_parallel
from citekg.extract.pipeline import cached_pipeline, load_pipeline


@pytest.fixture(scope="module")
def nlp():
    """The rules alone: the vetting step, which may leave out a new name the rules found,
    has its own tests (test_vetting.py)."""
    nlp = load_pipeline(records_only=True)
    nlp.remove_pipe("citekg_vetting")
    return nlp


def run(nlp, abstract: str, title: str = "A Study"):
    (x,) = extract_papers([Paper(id="t", title=title, abstract=abstract)], nlp)
    return x


def scores(nlp, abstract: str, fields=("model", "benchmark", "value")) -> set[tuple]:
    """The results extracted from ``abstract``, as tuples of ``fields``."""
    return {tuple(r[f] for f in fields) for r in run(nlp, abstract).results}


def found_names(nlp, abstract: str) -> set[str]:
    """The names of the entities extracted from ``abstract``."""
    return {e.name for e in run(nlp, abstract).entities}


def types(nlp, abstract: str, title: str = "A Study") -> dict[str, str]:
    """Each entity extracted from ``abstract``, by name, with its type."""
    return {e.name: e.type for e in run(nlp, abstract, title).entities}


def names(x, kind=None):
    return {e.name: e for e in x.entities if kind is None or e.type == kind}


# -- discovery ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "word",
    [
        "Qwen2-VL-72B",
        "text-davinci-002",
        "RoFormer",
        "HotpotQA",
        "SVAMP",
        "Make-A-Video",
        "phi-3.5-mini",
        "TPH-YOLOv5",
    ],
)
def test_name_shapes(word):
    assert is_name_shaped(word)


@pytest.mark.parametrize(
    "word",
    [
        "LLMs",
        "Transformer",
        "7B",
        "3D",
        "COVID-19",
        "system-2",
        "Fine-Tuned",
        "Long-Term",
        "A100",
        "top-1",
        "https://x.io/a1",
        "eXecution",
    ],
)
def test_not_name_shapes(word):
    assert not is_name_shaped(word)


def test_shape_with_size_and_modifier():
    text = "We tune Zorblax-7B, a BERTa5-based model, and QuibbleNet 2 (see https://x.org/q2)."
    assert [c.text for c in find_shapes(text)] == ["Zorblax-7B", "BERTa5", "QuibbleNet 2"]


def test_acronym_definitions():
    text = (
        "We propose Gradient Flux Routing (GFR) and Sparse Echo Memory, or SEM. "
        "The Hidden-Unit Zeta (HuZeta) model also helps."
    )
    pairs = {(a.text, b.text) for a, b in find_acronyms(text, [0])}
    assert pairs == {
        ("Gradient Flux Routing", "GFR"),
        ("Sparse Echo Memory", "SEM"),
        ("Hidden-Unit Zeta", "HuZeta"),
    }


def test_a_one_word_name_and_its_acronym_are_one_entity(nlp):
    # "Zorbulator3D" and "Z3D" are also found by their shapes; the definition still joins them
    x = run(
        nlp,
        "We construct a new dataset named Zorbulator3D (Z3D) of excavator scenes. Our "
        "method outperforms the baseline on the challenging Z3D dataset.",
    )
    found = names(x)
    assert "Z3D" not in found and "Z3D" in found["Zorbulator3D"].aliases
    assert found["Zorbulator3D"].type == "dataset" and found["Zorbulator3D"].introduced


def test_contribution_names_a_new_entity(nlp):
    x = run(
        nlp,
        "We introduce Zorblax, a new open language model. Zorblax outperforms GPT-4 "
        "on MMLU. We also release QuibbleBench, a benchmark of 5,000 questions.",
    )
    found = names(x)
    assert found["Zorblax"].introduced and found["Zorblax"].type == "model"
    assert found["QuibbleBench"].introduced and found["QuibbleBench"].type == "benchmark"
    assert not found["GPT-4"].introduced and "compares_with" in found["GPT-4"].relations


def test_title_and_naming_rules(nlp):
    x = run(
        nlp,
        "We call the resulting method Gradient Echo. It works.",
        title="Zorblax: Scaling Open Models to Many Tasks",
    )
    found = names(x)
    assert found["Zorblax"].introduced
    assert found["Gradient Echo"].introduced
    # a title in capitals names only what the abstract writes the same way
    shouted = run(
        nlp,
        "We introduce ZEME, a novel agent that is 200 times faster than Zorbent57.",
        title="HUMAN-LEVEL ATARI 200X FASTER",
    )
    assert not {"HUMAN", "ATARI", "FASTER", "HUMAN-LEVEL"} & set(names(shouted))
    assert "ZEME" in names(shouted)


def test_a_new_thing_named_without_we_and_not_its_neighbour(nlp):
    x = run(
        nlp,
        "To train ZorbBack, a new dataset called DataZorb containing 120,286 samples is "
        "created. ZorbBack then runs on the CPU.",
    )
    found = names(x)
    assert found["DataZorb"].introduced and found["DataZorb"].type == "dataset"
    assert "ZorbBack" not in found or found["ZorbBack"].type != "dataset"


def test_prior_work_is_not_introduced(nlp):
    x = run(
        nlp, "A recently proposed method named Context Optimization (CoOp) is strong. We study it."
    )
    assert all(not e.introduced for e in x.entities)


def test_parts_defined_after_an_indefinite_article_are_introduced(nlp):
    x = run(
        nlp,
        "We propose Vorlax, a tracker for drones. Vorlax consists of two modules: (1) the "
        "Quintic Flow Alignment Module (QFAM), which aligns frames, and (2) a lightweight "
        "Skew Memory (SM) block. We also design a gated ribbon fusion module (GRFM). Earlier "
        "trackers use a modified Brisk Pyramid Network (BPN) and Temporal Brisk Networks (TBNs).",
    )
    found = names(x)
    introduced = {e.name for e in x.entities if e.introduced}
    assert {
        "Vorlax",
        "Quintic Flow Alignment Module",
        "Skew Memory",
        "gated ribbon fusion module",
    } <= introduced
    # what exists already, or is named in the plural, is not the paper's
    assert not {"Brisk Pyramid Network", "Temporal Brisk Networks"} & introduced
    assert "Brisk Pyramid Network" in found
    # a name with digits after "our" is the name, not an adjective like "open-source"
    x = run(nlp, "Scaling this recipe yields our ZorbThinker3-7B model, and our open-source kit.")
    assert names(x)["ZorbThinker3-7B"].introduced
    # coordinated adjectives before the noun: "a novel, deep learning model (X)"
    x = run(nlp, "We propose a novel, deep learning model (ZorbCept512), to show gains.")
    assert names(x)["ZorbCept512"].introduced and names(x)["ZorbCept512"].type == "model"


def test_a_set_of_questions_is_a_benchmark_and_its_parts_are_the_papers(nlp):
    x = run(
        nlp,
        "We introduce ZorbCult: a set of 1,227 human-written questions for assessing LLMs' "
        "cultural knowledge. We evaluate models on two setups: ZorbCult-Easy and "
        "ZorbCult-Hard.",
    )
    found = names(x)
    for name in ("ZorbCult", "ZorbCult-Easy", "ZorbCult-Hard"):
        assert found[name].type == "benchmark" and found[name].introduced, name
    assert found["ZorbCult-Hard"].family == "ZorbCult"  # a part of the paper's benchmark


def test_an_evaluation_set_is_a_benchmark(nlp):
    x = run(nlp, "We first introduce ZeeTRUE: a comprehensive evaluation set, spanning tasks.")
    assert names(x)["ZeeTRUE"].type == "benchmark"


def test_a_short_form_defined_by_the_long_form_after_it(nlp):
    x = run(
        nlp,
        "Our contributions are twofold: (1) ZMEB (Zorb Multimodal Embedding Benchmark), "
        "which covers 36 datasets, and (2) a model trained on ZMEB.",
    )
    found = names(x)
    entity = found.get("Zorb Multimodal Embedding Benchmark") or found.get("ZMEB")
    assert entity is not None and entity.type == "benchmark"
    assert {"ZMEB", "Zorb Multimodal Embedding Benchmark"} == {entity.name, *entity.aliases}


def test_head_nouns_type_and_alias(nlp):
    x = run(nlp, "We evaluate on the Quokka dataset and the Marmot benchmark.")
    found = names(x)
    assert found["Quokka"].type == "dataset" and "Quokka dataset" in found["Quokka"].aliases
    assert found["Marmot"].type == "benchmark"


def test_organisations(nlp):
    x = run(nlp, "Work by Zarnia University and Quillfeather AI, with Google's PaLM.")
    orgs = names(x, "organization")
    assert {"Zarnia University", "Quillfeather AI", "Google"} <= set(orgs)
    assert "Google" in names(x)["PaLM"].developer


# -- typing and generic classes -----------------------------------------------------------------
def test_generic_classes_are_never_entities(nlp):
    x = run(
        nlp,
        "Large language models (LLMs) and diffusion models beat CNNs, RNNs and "
        "Transformers. Vision-language models (VLMs) too.",
    )
    assert x.entities == ()


def test_context_types(nlp):
    x = run(
        nlp,
        "Zorblax-7B is trained on FooCorpus-2 and evaluated on BarQA-3, where it "
        "outperforms Quux-13B.",
    )
    found = names(x)
    assert found["FooCorpus-2"].type == "dataset" and "trained_on" in found["FooCorpus-2"].relations
    assert found["BarQA-3"].type == "benchmark" and "evaluates_on" in found["BarQA-3"].relations
    assert found["Quux-13B"].type == "model"


def test_common_words_need_their_case(nlp):
    animals = run(nlp, "The alpaca and the falcon are animals. We solve math problems.")
    assert animals.entities == ()
    models = run(nlp, "We compare Alpaca, Falcon and Vicuna on MATH.")
    assert {"Alpaca", "Falcon", "Vicuna", "MATH"} <= set(names(models))


# -- resolution ---------------------------------------------------------------------------------
def test_one_entity_per_thing(nlp):
    x = run(nlp, "We propose Gradient Flux Routing (GFR). GFR beats GPT4 and gpt-4 and GPT-4.")
    found = names(x)
    assert set(found) == {"Gradient Flux Routing", "GPT-4"}
    assert "GFR" in found["Gradient Flux Routing"].aliases
    assert sum(1 for m in x.mentions if m.entity == found["GPT-4"].key) == 3


def test_variants_keep_their_own_entity(nlp):
    x = run(nlp, "We release Qwen2-72B and Qwen2-72B-Instruct, and compare with Llama 2 13B.")
    found = names(x)
    assert found["Qwen2-72B"].family == "Qwen2" and found["Qwen2-72B"].parameters == "72B"
    assert found["Llama 2 13B"].family == "Llama 2" and found["Llama 2 13B"].parameters == "13B"
    assert found["Qwen2-72B-Instruct"].family in ("Qwen2-72B", "Qwen2")


def test_a_known_name_with_a_capitalised_variant_suffix_is_the_variant(nlp):
    # "Falcon" is a catalog model and a common word: "Falcon-Chat" is its variant
    x = run(nlp, "We introduce Falcon-Chat, tuned for dialogue, and Zorb-Instruct.")
    found = names(x)
    assert found["Falcon-Chat"].introduced and found["Falcon-Chat"].type == "model"
    assert "Falcon" not in found


def test_a_variant_written_after_a_spaced_dash(nlp):
    x = run(nlp, "We release Mixtral 8x7B - Instruct, which beats Llama 2 70B – chat.")
    assert {"Mixtral 8x7B - Instruct", "Llama 2 70B – chat"} <= set(names(x))


def test_a_title_comparing_two_models_introduces_neither(nlp):
    x = run(
        nlp,
        "We show that a 5-layer ZorbNet-U is enough for image registration.",
        title="ZorbNet-U vs Transformer: Is ZorbNet-U Outdated in Image Registration?",
    )
    assert not any(e.introduced for e in x.entities)


def test_a_title_naming_a_model_and_its_variant_names_two(nlp):
    x = run(
        nlp,
        "We release Quarn and Quarn-chat, trained on 300B tokens.",
        title="Quarn and Quarn-chat: Open Generative Models for Welsh",
    )
    introduced = {e.name for e in x.entities if e.introduced}
    assert {"Quarn", "Quarn-chat"} <= introduced
    assert "Quarn and Quarn-chat" not in names(x)
    x = run(
        nlp,
        "MergeKat is a toolkit for merging models.",
        title="Zorbee's MergeKat: A Toolkit for Merging Large Language Models",
    )
    assert names(x)["MergeKat"].introduced and "Zorbee's MergeKat" not in names(x)


def test_evidence_offsets_point_at_the_text(nlp):
    paper = Paper(id="e", title="On GPT-4", abstract="First sentence. We test GPT-4 here.")
    (x,) = extract_papers([paper], nlp)
    for m in x.mentions:
        source = paper.title if m.field == "title" else paper.abstract
        assert source[m.start : m.end] == m.text
        assert m.text in m.sentence and 0 < m.confidence <= 1 and m.rule
    assert {m.sentence for m in x.mentions} == {"On GPT-4", "We test GPT-4 here."}


# -- results ------------------------------------------------------------------------------------
def test_results_with_models_benchmarks_and_metrics(nlp):
    x = run(
        nlp,
        "Zorblax-7B achieves 84.2 on MMLU, 37.9 on GPQA and an FID of 2.97 on "
        "ImageNet. It improves by +17.9% over Quux-13B, and GPT-4 and Claude 3 "
        "reach 70% and 71% on HellaSwag respectively.",
    )
    got = {(r["model"], r["benchmark"], r["value"], r["metric"]) for r in x.results}
    assert ("Zorblax-7B", "MMLU", 84.2, None) in got
    assert ("Zorblax-7B", "GPQA", 37.9, None) in got
    assert ("Zorblax-7B", "ImageNet", 2.97, "FID") in got
    assert ("GPT-4", "HellaSwag", 70.0, None) in got and (
        "Claude 3",
        "HellaSwag",
        71.0,
        None,
    ) in got
    assert not any(r["value"] == 17.9 for r in x.results)


def test_numbers_that_are_not_scores():
    text = "It has 7B parameters, 12,500 problems, +3.1 points, was made in 2023, and scores 69%."
    assert [v for *_, v in find_numbers(text)] == [69.0]


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        ("It reaches 43.6% mIoU with only 4.0 GFLOPs.", [43.6]),
        ("It is 0.9% and 2.5% mIoU better than SeaFormer.", []),
        ("It gets 13.7% / 12.7% relative WER reduction.", []),
        ("GPT-4 gets 14.4%, far below the human performance of 78.2%.", [14.4]),
        ("Compared to YOLOv5, it improves about 7%.", []),
        ("It achieves a $52.5$ AP on COCO and 26.1\\% on ODinW, for $5 a run.", [52.5, 26.1]),
        ("It is as good with just 11% computational budget of 215.3 GFLOPs.", []),
        ("It is within 5% of Zorb-4 and 10% of Zorb-5, and gets 80%.", [80.0]),
        ("It beats the baselines by as much as nearly 20%.", []),
        ("It gives a 2.4 - 5.6% non-parametric kNN classification improvement.", []),
        ("It gives a 27% reduction in error rate and surpasses a score of 90%.", []),
        ("It gets recall@1=71% (previously 52%) with a fraction (<3%) of the data.", [71.0]),
        ("It beats Zorb by 7% (F1) on NER and 4% on RE.", []),
        ("It surpasses them with an astounding enhancement of 30.16 points in MAE.", []),
        ("It uses only 94% inference computation.", []),
        ("It shows a performance drop of 22% in terms of macro F1.", []),
        ("It compresses Zorb-7B with a loss of only 2.84 WikiText2 ppl.", []),
        ("It gets 93.2%, above the current state-of-the-art accuracy of 77.0%.", [93.2]),
        ("New techniques may be needed to push beyond 60% accuracy.", []),
        ("It reveals labeling error rates: 14% in ZorbRef, 24% in ZorbRef+, and 5% in X.", []),
        ("With label noise of 20%, Zorb reaches 71.5% on it.", [71.5]),
        ("Zorb gets 81.2% when trained on less than 10% of the available data.", [81.2]),
        ("Zorb gets 71.5% on X with a 90% noise rate, 60.1% at 80% noisy labels.", [71.5, 60.1]),
        ("At 50% sparsity, Zorb keeps 64.2%, and 61.0% at 60% structured sparsity.", [64.2, 61.0]),
        ("It gets 86.8% on ZorbBench, with only a 4.3% performance gap under noise.", [86.8]),
        ("It gets 99.3%, surpassing existing methods over 30%, 25% on X and Y.", [99.3]),
        ("It reaches 46.8%, compared to less than 10% for existing methods.", [46.8]),
        ("It gets 77.6% on ZorbFact (vs. 72.6% for prior ones), 63.2% (vs. 57.8%).", [77.6, 63.2]),
        ("It beats X by 1.44% and 55.49% in-domain accuracy, and 2.29% and 48.1% in all.", []),
        ("It beats X by 9.14% mean recall on the ZorbSet dataset and 8.92% on FlimSet.", []),
        ("It achieves bitrate savings of up to 27.93% on LPIPS, a cost saving of 96%.", []),
        ("Others get 10 or greater, against the dense model's 5.12; Zorb gets 6.72.", [6.72]),
        ("Raters reach a Fleiss' Kappa score of 0.4; Zorb gets 71.2% on ZorbSet.", [71.2]),
        ("It beats them by a margin of 2.1%p and 2.4%p in CIDEr-D on X and Y.", []),
        ("We see an improvement of Zorb over baseline (3% ~ 6.3% by R@1).", []),
        ("It boosts small models over 70% compared to the baselines.", []),
        ("Zorb beat 99% of the participating data scientists.", []),
        ("It gets approximately 50% relative accuracy gains on X and 120% on Y.", []),
        ("It enhances the performance by ~30% than the baseline.", []),
        ("Models show sensitivity to encoding, with deviations of about 60%.", []),
        ("It gets 65.6 mAP, beating X by 18.5 mAP, and 52.7 mAP in one-shot cases.", [65.6, 52.7]),
        (
            "All of them are lower than 50%, with Zorb-7 (48.1%) first; none higher than 60%.",
            [48.1],
        ),
        ("About 23% of the questions need images, and 9% of all samples are noisy.", []),
        (
            "Zorb solves 28.8% of the ZorbEval problems and answers 61.5% of the questions.",
            [28.8, 61.5],
        ),
        ("It leads to the correct classification of 98.9% of ZorbNet images.", [98.9]),
        (
            "Zorb gets 62.1%; other models span from 16.0% to 62.1%, gains ranging from 1 to 3.3%.",
            [62.1],
        ),
        ("Zorb models achieve accuracies ranging from 76.5% to 80.9%.", [76.5, 80.9]),
    ],
)
def test_costs_gains_and_human_scores_are_not_scores(text, scores):
    assert [v for *_, v in find_numbers(text)] == scores


def test_a_score_reached_by_achieving_it_and_one_without_a_benchmark(nlp):
    got = scores(
        nlp,
        "We introduce the ZORBMIX dataset of synthetic questions. Models fine-tuned on "
        "ZORBMIX surpass their counterparts on the MATH benchmark. Notably, Zorb-72B achieves "
        "a 45.0% accuracy. The effectiveness of Zorb-72B is shown by achieving 0.0719 mean "
        "absolute error on the PCQM4Mv2 split.",
    )
    assert ("Zorb-72B", "MATH", 45.0) in got
    assert ("Zorb-72B", "PCQM4Mv2", 0.0719) in got


def test_a_name_that_scores_is_not_a_metric(nlp):
    got = scores(
        nlp, "As a fast version, ZorbDet-Tiny scores 31.2% mAP on the Zorbscenes benchmark."
    )
    assert got == {("ZorbDet-Tiny", "Zorbscenes", 31.2)}


def test_a_structured_abstract_scores_on_its_only_dataset(nlp):
    # a PubMed-style heading before "The proposed model", and metrics such as AUROC
    got = scores(
        nlp,
        "Objective We predict readmission. Methods Using the ZORBIC-IV database, we train "
        "a classifier. Results The proposed model achieved an AUPRC of 0.6156 (+36.41%) and "
        "an AUROC of 0.8955 compared to a baseline.",
        ("benchmark", "value", "metric"),
    )
    assert got == {("ZORBIC-IV", 0.6156, "AUPRC"), ("ZORBIC-IV", 0.8955, "AUROC")}


def test_a_score_beside_an_unnamed_competitors_is_ours(nlp):
    got = scores(
        nlp,
        "We introduce ZorbTagger. It achieves the best F1-score of 90.17 beyond 84.72 on the "
        "ZORB-GM corpus and an AUROC of 0.891 vs. 0.876 on ZORB-ICU. It surpasses Quux-7B on "
        "ZORB-QA (66.5 vs. 65.9).",
    )
    assert got == {
        ("ZorbTagger", "ZORB-GM", 90.17),
        ("ZorbTagger", "ZORB-ICU", 0.891),
        ("ZorbTagger", "ZORB-QA", 66.5),
        ("Quux-7B", "ZORB-QA", 65.9),
    }


def test_it_is_the_system_the_paper_names_most(nlp):
    x = run(
        nlp,
        "We present ZorbSeg, a segmentation framework based on context-guided feature "
        "reconstruction. ZorbSeg is evaluated on ADE20K. Our ZorbSeg achieves 43.6% mIoU on "
        "ADE20K, and it reaches 45.1% mIoU on COCO-Stuff.",
        title="Context-Guided Feature Reconstruction for Efficient Segmentation",
    )
    assert {(r["model"], r["value"]) for r in x.results} == {("ZorbSeg", 43.6), ("ZorbSeg", 45.1)}


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (  # a group of scores before one benchmark, each with its metric words
            "We present Zarti, with a zero-shot FID score of 7.23 and finetuned FID score of "
            "3.22 on MS-COCO. We also introduce ZartiPrompts, a new benchmark.",
            {("MS-COCO", 7.23), ("MS-COCO", 3.22)},
        ),
        (  # scores joined by slashes
            "ZorbV2 sets records: 84.0% top-1 accuracy on ImageNet-V2 image classification, "
            "63.1 / 54.4 box / mask mAP on COCO object detection, and 59.9 mIoU on ADE20K.",
            {("ImageNet-V2", 84.0), ("COCO", 63.1), ("COCO", 54.4), ("ADE20K", 59.9)},
        ),
        (  # benchmarks listed, scores "respectively"
            "We evaluate Zorb-agent on SWE-bench and HumanEval, achieving a pass@1 rate of "
            "12.5% and 87.7%, respectively.",
            {("SWE-bench", 12.5), ("HumanEval", 87.7)},
        ),
    ],
)
def test_each_score_goes_to_its_benchmark(nlp, abstract, expected):
    x = run(nlp, abstract)
    assert {(r["benchmark"], r["value"]) for r in x.results} == expected


# -- catalog and workers ------------------------------------------------------------------------
def test_catalog_size_and_sources():
    entries = load_catalog()
    core = [e for e in entries if e.type in ("model", "dataset", "benchmark", "organization")]
    assert len(core) >= 3000
    generated = [e for e in entries if e.source != "curated"]
    assert len(generated) >= 1000
    assert all(" " in e.source and e.source.split()[0] for e in generated)  # "package version"
    known_ids = {
        "hf_model_type",
        "hf_dataset",
        "lm_eval_task",
        "lmms_eval_task",
        "tfds",
        "torchvision",
        "timm",
        "open_clip",
        "litellm",
        "homepage",
    }
    assert all(set(dict(e.ids)) <= known_ids for e in entries)
    assert all(not e.ids for e in entries if e.source == "curated")  # never invented
    keys = [e.key for e in entries]
    assert len(keys) == len(set(keys))


def test_a_generated_name_without_the_releases_point_zero_is_an_alias(tmp_path):
    curated, generated = tmp_path / "curated", tmp_path / "generated"
    curated.mkdir(), generated.mkdir()
    (curated / "models.jsonl").write_text(
        '{"name": "zorbvec 2.0", "type": "model"}\n{"name": "Zorbnet 3", "type": "model"}\n'
    )
    (generated / "pkg.jsonl").write_text(
        '{"name": "Zorbvec2", "type": "model", "source": "pkg 1", "ids": {"timm": "zv2"}}\n'
        '{"name": "Zorbnet3", "type": "model", "source": "pkg 1"}\n'
        '{"name": "Zorbnet 3.0", "type": "model", "source": "pkg 1"}\n'
    )
    entries = load_catalog([curated / "models.jsonl", generated / "pkg.jsonl"])
    assert [(e.name, e.aliases, e.ids) for e in entries] == [
        ("zorbvec 2.0", ("Zorbvec2",), ()),
        ("Zorbnet 3", ("Zorbnet 3.0",), ()),
    ]


def test_parallel_extraction_gives_the_same_records(nlp):
    papers = [
        Paper(
            id=str(i),
            title=f"Study {i}",
            abstract=f"We tune Zorblax-{i}B on MMLU and reach {50 + i}.5 on GSM8K, beating GPT-4.",
        )
        for i in range(12)
    ]
    sequential = list(extract_papers(papers, nlp))
    parallel = list(extract_parallel(papers, workers=2, batch_size=5))
    assert parallel == sequential
    assert [x.paper for x in parallel] == [str(i) for i in range(12)]


def test_parallel_workers_run_the_pipeline_they_are_given(data_dir):
    """Forked workers inherit the ``nlp`` passed in: a pipeline with a small catalog
    gives its own answers in every batch, not the bundled catalog's."""
    from citekg.extract import load_pipeline

    small = load_pipeline(catalog=[data_dir / "catalog_small.jsonl"])
    papers = [
        Paper(id=str(i), title=f"Study {i}", abstract="We compare Mixtral with GPT-4 on MMLU.")
        for i in range(8)
    ]
    expected = list(extract_papers(papers, small))
    parallel = list(extract_parallel(papers, workers=2, batch_size=3, nlp=small))
    assert parallel == expected
    assert parallel != list(extract_papers(papers, cached_pipeline()))


def test_records_pickle_as_plain_tuples_and_come_back_equal_and_frozen():
    """Records cross process boundaries as tuples of their fields (Python's own
    pickling of slots dataclasses looks up ``fields()`` per object, which was slow)."""
    import dataclasses
    import pickle

    from citekg.extract import records
    from citekg.extract.records import Entity, Extraction, Institution, Mention, Reject

    paper = Paper(
        id="p1",
        title="A Study",
        abstract="We fine-tune GPT-4.",
        citations=12,
        authors=("A. B",),
        institutions=(Institution("OpenAI", ror="https://ror.org/x"),),
        merged_from=("in.jsonl:3",),
    )
    entity = Entity(key="model/gpt-4", name="GPT-4", type="model", aliases=("GPT4",))
    mention = Mention("model/gpt-4", "model", "GPT-4", "abstract", 13, 18, "s", "catalog", 0.9)
    extraction = Extraction("p1", "A Study", (entity,), (mention,), ({"value": 1.0},))
    reject = Reject(file="in.jsonl", line=4, reason="no title", raw="{}")
    for record in (paper, paper.institutions[0], entity, extraction, reject):
        assert type(record).__reduce__(record)[0] is records._rebuild
        back = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == record and type(back) is type(record)
        if record is not extraction:  # its results are dicts
            assert hash(back) == hash(record)
        with pytest.raises(dataclasses.FrozenInstanceError):
            back.__setattr__(dataclasses.fields(back)[0].name, "changed")


def test_extraction_freezes_what_lives_long_and_unfreezes_after(nlp):
    """Papers and pipeline stay out of garbage collection while papers are extracted,
    and full collections wait, and only then: both end with the extraction, and an
    outer freeze is kept."""
    import gc

    from citekg.extract.extraction import long_lived_frozen

    papers = [Paper(id=str(i), title="A Study", abstract="We tune GPT-4.") for i in range(3)]
    thresholds = gc.get_threshold()
    seen = []
    for _ in extract_papers(papers, nlp):
        seen.append((gc.get_freeze_count(), gc.get_threshold()))
    assert all(count > 0 for count, _ in seen) and gc.get_freeze_count() == 0
    # full collections wait while extracting; young ones do not, and all is restored
    assert all(during[2] > thresholds[2] and during[:2] == thresholds[:2] for _, during in seen)
    assert gc.get_threshold() == thresholds
    with long_lived_frozen():
        outer = gc.get_freeze_count()
        list(extract_papers(papers, nlp))
        assert gc.get_freeze_count() >= outer > 0  # the inner run left the outer freeze
    assert gc.get_freeze_count() == 0


# -- malformed names --------------------------------------------------------------------------
def test_names_stop_at_sentence_ends_and_em_dashes(nlp):
    x = run(
        nlp,
        "Zorblat 70B even outperforms Quixnet-2 and Quixnet-early-release. Additionally, the "
        "vision encoder—FlorpViT-6B is reused across tasks.",
    )
    found = names(x)
    assert "Quixnet-early-release" in found
    assert "FlorpViT-6B" in found
    assert not [n for n in found if ". " in n or "—" in n]


def test_adjectives_and_counts_are_not_names(nlp):
    x = run(
        nlp,
        "Zorblat surpasses Transformer-based policies and GPT-like agents, and leads on 8 of 18 "
        "benchmarks, including ZorbQA.",
    )
    assert not {"Transformer-based", "GPT-like", "8 of 18"} & set(names(x))
    assert "ZorbQA" in names(x)


def test_a_dataset_is_named_without_its_head_noun(nlp):
    x = run(
        nlp,
        "We introduce the QUIZMATH dataset, a mixture of web data and synthetic questions. "
        "Models fine-tuned on QUIZMATH improve on the MATH benchmark.",
    )
    assert "QUIZMATH" in names(x, "dataset")
    assert names(x)["QUIZMATH"].introduced
    assert "QUIZMATH dataset" not in names(x)


def test_a_list_belongs_to_the_noun_right_before_it(nlp):
    x = run(
        nlp,
        "Using the Zorb-Red dataset, we study risk categories, including Flimsy Hazards and "
        "Wobbly Uses. Scaling Zorblat shows two properties of LLMs: Scaling Laws and Quick "
        "Learning.",
    )
    assert not {"Flimsy Hazards", "Wobbly Uses", "Scaling Laws", "Quick Learning"} & set(names(x))


def test_a_catalog_benchmark_types_its_list_neighbours(nlp):
    x = run(
        nlp,
        "We evaluate Zorblat on SWE-bench and ZorbFix, achieving 12.5% and 87.7%. It leads on "
        "NoCaps, Zorbr30k captioning, RefCOCO and GQA.",
    )
    assert {"ZorbFix", "Zorbr30k"} <= set(names(x, "benchmark"))


def test_a_counted_list_after_a_comma(nlp):
    x = run(
        nlp,
        "Zorblat outperforms prior methods on four change detection datasets, Zorb-CD, WHU-ZB, "
        "ZBCD, and Q2Looking. Across benchmarks, Quux-7B performs worse.",
    )
    assert {"Zorb-CD", "WHU-ZB", "ZBCD", "Q2Looking"} <= set(names(x, "dataset"))
    assert "Quux-7B" not in names(x, "dataset")


def test_lists_after_e_g_and_as_well_as(nlp):
    x = run(
        nlp,
        "Papers on one dataset (e.g., Zorb Unplugged) ignore others. Zorblat improves on "
        "BABEL, MLS, CommonVoice as well as ZorbPopuli, lowering error rates.",
    )
    assert "Zorb Unplugged" in names(x, "dataset")
    assert "ZorbPopuli" in names(x)


def test_settings_and_sentence_openers_are_not_names(nlp):
    found = found_names(
        nlp,
        "Zorblat scores 56.3% on the ZorbCode benchmark (Zero-Shot, Pass@1). Experiments on "
        "Zorbspeech dataset show gains in 8 of 18 benchmarks.",
    )
    assert "Zorbspeech" in found
    assert not {"Zero-Shot", "Experiments on Zorbspeech", "8 of 18", "8 of 18 benchmarks"} & found


def test_a_modifier_before_a_known_name_makes_a_variant(nlp):
    x = run(
        nlp,
        "We introduce the Open-Vocabulary SAM, a SAM-inspired model. We also introduce a "
        "Space-Time U-Net architecture that generates videos. Finally, ZorbMath-Mistral 7B "
        "surpasses open models.",
        title="Open-Vocabulary SAM: Segment and Recognize Interactively",
    )
    found = names(x)
    for variant in ("Open-Vocabulary SAM", "Space-Time U-Net", "ZorbMath-Mistral 7B"):
        assert variant in found
    assert found["Open-Vocabulary SAM"].introduced and found["Space-Time U-Net"].introduced
    assert "Mistral 7B" not in found
    assert not any(e.introduced for e in x.entities if e.name in ("SAM", "U-Net"))


def test_a_capitalised_head_noun_is_part_of_the_name(nlp):
    x = run(
        nlp,
        "We present the solution of team Zorb for the Video Scene Parsing in the Wild "
        "Challenge. It also wins the Open Graph Benchmark Large-Scale Challenge, while "
        "ZorbEval and Zorb Arena agree. A New Benchmark is not a name.",
        title="Motion Forecasting for Driving: The Zorbmo Open Motion Dataset",
    )
    found = names(x)
    assert "Video Scene Parsing in the Wild Challenge" in names(x, "benchmark")
    assert "Open Graph Benchmark Large-Scale Challenge" in found
    assert "Open Graph Benchmark" not in found
    assert found["Zorbmo Open Motion Dataset"].introduced
    assert not {"ZorbEval and Zorb Arena", "A New Benchmark", "New Benchmark"} & set(found)


def test_sizes_urls_generic_acronyms_and_false_definitions_are_not_names(nlp):
    x = run(
        nlp,
        "Foundation models (FMs) are reshaping imaging, and FMs need data. We release Zorb "
        "at 2B and 9B sizes, unlike ConvNet baselines. Code is at models111https://zorb.ai. "
        "ZorbLoRA extends LLaMA2 7B from 4k context to 100k, or LLaMA2 70B to 32k.",
        title="ZORB-Pro: A More Robust Multi-discipline Understanding Benchmark",
    )
    found = set(names(x))
    assert not {"FMs", "2B and 9B", "ConvNet", "models111https"} & found
    assert not [n for n in found if "from 4k" in n or n.startswith("A More Robust")]
    assert "ZORB-Pro" in found


def test_list_items_end_at_lower_case_and_belong_to_the_nearest_noun(nlp):
    x = run(
        nlp,
        "Weather models trained on reanalysis datasets like ZERA5 for training are cheap. "
        "Zorb outperforms generative models on standard benchmarks such as CIFAR-10 and "
        "ZSUN 256x256. Unlike representation models (Zeters et al., 2018), it is robust on "
        "Cityscapes-C.",
    )
    assert "ZERA5" in names(x, "dataset")
    assert "ZSUN 256x256" in names(x, "benchmark")
    assert "Zeters" not in names(x)
    assert "Cityscapes-C" in names(x)


def test_a_task_in_the_title_and_a_field_of_ai_are_not_names(nlp):
    x = run(
        nlp,
        "Automatic radiology report generation is hard. We build on Multimodal AI for "
        "Radiology Applications (MAIRA), which we extend.",
        title="Radiology Report Generation with Layer-Wise Anatomical Attention",
    )
    found = names(x)
    assert "Radiology Report Generation" not in found
    assert "MAIRA" not in names(x, "organization")
    assert "Multimodal AI" not in found


def test_descriptive_titles_counts_services_and_clauses(nlp):
    x = run(
        nlp,
        "We study Large Reasoning Models across 4 NLP benchmarks. Zorbini is offered through "
        "services including Zorb Studio and Cloud Zortex AI. On the KITTI 3D benchmark, "
        "ZorbBEV achieves 61.2%. We release ZorbVLA and model checkpoints, which others may "
        "use. It outperforms Runway Gen-3, Zuma 1.6, and others, with 77.5 on AIME.",
        title="Scaling Instruction-Finetuned Zorb Models",
    )
    found = names(x)
    assert not {
        "Scaling Instruction-Finetuned Zorb Models",
        "Large Reasoning Models",
        "4 NLP",
        "NLP",
        "Zorb Studio",
        "model checkpoints",
    } & set(found)
    assert found["ZorbBEV"].type == "model"
    assert "Zuma 1.6" in found
    assert ("KITTI 3D", 61.2) in {(r["benchmark"], r["value"]) for r in x.results}
    assert ("AIME", 77.5) in {(r["benchmark"], r["value"]) for r in x.results}


def test_a_subtitle_types_its_name_only_when_it_says_what_it_is(nlp):
    x = run(
        nlp,
        "We introduce the Zorby Python Problems (ZPP) dataset of 210 problems.",
        title="ZPP: Exploring Limitations of Language Models Beyond Basic Code Generation",
    )
    assert names(x)["Zorby Python Problems"].type == "dataset"
    y = run(
        nlp,
        "ZorbSaga tests code generation.",
        title="ZorbSaga: Redefining the Benchmark to Evaluate Code Generating LLMs",
    )
    assert names(y)["ZorbSaga"].type == "benchmark"
    # an amount of data says what it is too
    title = "ZorbSpeech: 5,000 Hours of Transcribed Financial Audio for Speech Recognition"
    z = run(nlp, "We present a corpus of earnings calls.", title=title)
    assert names(z)["ZorbSpeech"].type == "dataset"


def test_sizes_and_versions_joined_by_a_slash(nlp):
    x = run(nlp, "Zorb matches Qwen-2.5-7B/72B and GPT-4o/4/3.5, using a ViT-B/16 encoder.")
    found = set(names(x))
    assert {"Qwen2.5-7B", "GPT-4o", "ViT-B/16"} <= found  # Qwen2.5-7B: the catalog's name
    assert not [n for n in found if n.endswith(("/72B", "/3.5"))]


def test_the_short_form_of_a_class_is_a_class_everywhere(nlp):
    x = run(
        nlp,
        "We combine an autoencoder (AE) with a NeRF, and the AE architecture corrects "
        "artifacts. Zorb-Vet checks vision-language (VL) skills, and the VL model ranks 94-th "
        "percentile on Codeforces.",
    )
    assert not {"AE", "VL", "94-th"} & set(names(x))


def test_a_model_named_in_a_metric_is_no_mention_of_it(nlp):
    x = run(nlp, "Zorb obtains an Inception score of 9.46 and a CLIP score of 0.31 on CIFAR10.")
    assert not {"Inception", "CLIP"} & set(names(x))


def test_a_family_is_written_as_its_name_not_a_word_folding_like_it(nlp):
    x = run(
        nlp,
        "Multiple-choice questions (MCQ) are used to assess LLMs. We compare Zorb with Qwen2-72B.",
    )
    assert "Multiple-choice questions" not in names(x)
    assert names(x)["Qwen2-72B"].family == "Qwen2"


def test_what_a_contribution_spells_out_or_merely_trains_is_not_introduced(nlp):
    x = run(
        nlp,
        "We present ZINO (DETR with Improved deNoising anchOr boxes), an end-to-end object "
        "detector, and we successfully train a ViT model with two billion parameters. The "
        "model also reaches 84.9% top-1 accuracy on ImageNet.",
    )
    found = names(x)
    assert found["ZINO"].introduced
    assert not found["DETR"].introduced
    vit = next(e for e in x.entities if e.key == "model/vision-transformer")
    assert not vit.introduced
    assert {(r["model"], r["value"]) for r in x.results} == {("ZINO", 84.9)}
    y = run(
        nlp,
        "We successfully train a ViT model with two billion parameters. The model also "
        "reaches 84.9% top-1 accuracy on ImageNet.",
    )
    assert {(r["model"], r["value"]) for r in y.results} == {("Vision Transformer", 84.9)}


def test_participles_plural_classes_and_versions_glued_to_a_name(nlp):
    x = run(
        nlp,
        "Multimodal datasets are key. Fine-tuning with AI-evolved instructions helps. Zorb is "
        "preferred to SDXLv1.0 in 70% of cases.",
    )
    found = names(x)
    assert not {"Multimodal", "Multimodal datasets", "AI-evolved"} & set(found)
    assert found["SDXLv1.0"].type == "model"


# -- titles, organisations, versions -----------------------------------------------------------
def test_title_names_end_at_a_spaced_dash_and_topics_are_not_names(nlp):
    x = run(
        nlp,
        "Zorbench Discovery simulates the search for stable crystals with machine learning.",
        title="Zorbench Discovery -- A framework to evaluate machine learning predictions",
    )
    assert names(x)["Zorbench Discovery"].introduced
    assert names(x)["Zorbench Discovery"].type == "benchmark"  # "a framework to evaluate"
    y = run(
        nlp,
        "Tree ensembles such as XGBoost are recommended for tabular data.",
        title="Tabular Data: Deep Learning is Not All You Need",
    )
    assert "Tabular Data" not in names(y)
    z = run(
        nlp,
        "We introduce generative zorblets, software agents that simulate human behavior.",
        title="Generative Zorblets: Interactive Simulacra of Human Behavior",
    )
    assert names(z)["Generative Zorblets"].introduced  # presented, though in lower case


def test_centres_institutes_and_double_hyphens(nlp):
    x = run(
        nlp,
        "Notes come from the Zorb Israel Deaconess Medical Center. "
        "This paper describes the ZORBLab submission to the challenge, and our novel agent "
        "QUIMBY. It is compared to the European Centre for Zorbic Weather Forecasts (ECZWF)'s "
        "forecast and beats the ECZWF ensemble. We thank the Zorblen Institute for AI. Next, "
        "we propose ZORB-INSTRUCT--An approach for safety.",
    )
    orgs = names(x, "organization")
    assert "European Centre for Zorbic Weather Forecasts" in orgs
    assert "Zorblen Institute for AI" in orgs
    assert "Zorb Israel Deaconess Medical Center" in orgs
    assert not [e for e in x.entities if "ECZWF" in (e.name, *e.aliases) and e.type == "model"]
    assert "ZORBLab" in orgs and not orgs["ZORBLab"].introduced
    assert names(x)["QUIMBY"].introduced
    assert "ZORB-INSTRUCT" in names(x)
    assert not [n for n in names(x) if "--" in n]


def test_baselines_versions_and_rankings_type_their_names(nlp):
    x = run(
        nlp,
        "We add a stem to a strong ZORBA-TDNN baseline. We release ZPT-1.5, a new weather "
        "model. It improves on its predecessor, ZPT-1. Ranked by F1, we find ZorbNet > QIBBLE "
        "> ZAGNN. It is 6x faster than Zestormer.",
    )
    models = names(x, "model")
    assert {"ZORBA-TDNN", "ZPT-1", "QIBBLE", "ZAGNN", "Zestormer"} <= set(models)


def test_modalities_adjectives_and_misspelt_classes_are_not_names(nlp):
    x = run(
        nlp,
        "Zorbnet segments clinically acquired MRI data and LiDAR scans, and it injects context "
        "into channel-independent (CI) models and a Tranformer encoder for Remote Sensing (RS). "
        "Zorbnet outperforms ZORBART-$\\alpha$ on ZorbQA.",
    )
    unwanted = {"MRI", "LiDAR", "channel-independent", "CI", "Tranformer", "Remote Sensing", "RS"}
    assert not unwanted & set(names(x))
    assert not [n for n in names(x) if n.endswith("-")]


def test_namely_names_a_new_thing_not_a_list_of_known_ones(nlp):
    x = run(
        nlp,
        "We propose a novel latent diffusion transformer, namely Muffin, for video generation. "
        "Muffin is fast. We evaluate on three platforms, namely Zorbcode and Quibforces.",
    )
    found = names(x)
    assert found["Muffin"].introduced
    assert not found.get("Zorbcode") or not found["Zorbcode"].introduced


def test_tasks_hybrid_classes_variants_and_spellings_with_a_head(nlp):
    x = run(
        nlp,
        "We present Zwin-LM, a family of aligned models: (1) Zwin-LM-SFT, models finetuned on "
        "instructions. Unlike Neural Machine Translation (NMT) models and CNN-TDNN hybrids, it "
        "handles Text-to-SQL. We develop a novel dataset, ZorbHop-RAG, and introduce the "
        "ZorbMix Benchmark. ZorbMix is hard.",
        title="ZorbMix: A Benchmark for Hallucination",
    )
    found = names(x)
    assert found["Zwin-LM-SFT"].type == "model"
    assert found["ZorbHop-RAG"].type == "dataset"
    assert not {"Neural Machine Translation", "NMT", "CNN-TDNN", "Text-to-SQL"} & set(found)
    # a Bench part makes a benchmark; a class acronym after common words is a class
    y = names(
        run(
            nlp,
            "We introduce ZEOBench-VLM, beyond Generic VLM benchmarks, Human-LLM agreement and "
            "Arabic NLP datasets. It follows the American Zorb Association, unlike the Earth "
            "Zorbics Transformer (EZT).",
            title="ZEOBench-VLM: Benchmarking Vision-Language Models for Zorbic Tasks",
        )
    )
    assert y["ZEOBench-VLM"].type == "benchmark" and y["American Zorb Association"]
    assert not {"Generic VLM", "Human-LLM", "Arabic NLP"} & set(y)
    assert "Earth Zorbics Transformer" in y or "EZT" in y
    mix = [e for e in x.entities if e.name.startswith("ZorbMix")]
    assert len(mix) == 1 and {"ZorbMix", "ZorbMix Benchmark"} <= {mix[0].name, *mix[0].aliases}


def test_scores_after_hyphenated_names_subjects_of_comparisons_and_backbones(nlp):
    x = run(
        nlp,
        "We propose ZorbMAE. Our ZorbMAE with the vanilla ViT can achieve 87.4% on "
        "Kinetics-400, 75.4% on UCF101, and 62.6% on HMDB51. Notably, ZorbSeg outperforms "
        "EfficientNet-L2 and achieves 90.6% mIoU on Pascal VOC. It runs with 1ms latency on an "
        "iPhone 12.",
    )
    scores = {(r["model"], r["benchmark"], r["value"]) for r in x.results}
    assert {
        ("ZorbMAE", "Kinetics-400", 87.4),
        ("ZorbMAE", "UCF101", 75.4),
        ("ZorbMAE", "HMDB51", 62.6),
        ("ZorbSeg", "Pascal VOC", 90.6),
    } <= scores
    assert not {r for r in scores if r[0] in ("Vision Transformer", "EfficientNet-L2")}
    assert "iPhone 12" not in names(x)


def test_variants_written_with_slashes_are_entities_of_their_own(nlp):
    source = "We propose ZORB-YOLO-T/S/M. They beat Zlama-2-7B/70B and GPT-4o/4/3.5 with ViT-B/16."
    x = run(nlp, source)
    found = names(x)
    assert {"ZORB-YOLO-T", "ZORB-YOLO-S", "ZORB-YOLO-M", "Zlama-2-7B", "Zlama-2-70B"} <= set(found)
    assert found["ZORB-YOLO-S"].introduced
    assert {"GPT-4", "GPT-3.5", "GPT-4o"} <= set(found) and found["GPT-3.5"].key == "model/gpt-3.5"
    assert "ViT-B/16" in found and "ViT-B" not in found
    # the mention is what is written: "70B" names Zlama-2-70B
    written = {m.text for m in x.mentions if m.entity == found["Zlama-2-70B"].key}
    assert written == {"70B"} and all(source[m.start : m.end] == m.text for m in x.mentions)


def test_a_slash_between_two_names_of_several_words_makes_no_variant(nlp):
    # "MS COCO/Pascal VOC": the piece after the slash begins a name of its own
    found = names(run(nlp, "Zorbnet leads on MS COCO/Pascal VOC/Open Images for detection."))
    assert {"COCO", "Pascal VOC", "Open Images"} <= set(found)
    assert not {"MS Pascal", "MS Open"} & set(found)


def test_settings_tasks_teams_classes_and_devices_are_not_names(nlp):
    x = run(
        nlp,
        "Graph Transformers (GTs) and Zorbic Foundation Models (ZFM) are popular. Zorbnet "
        "beats them in W4A16 and W3A3 settings, in the sub-10B category, in Legal Case "
        "Retrieval and Anomaly Detection, on massive GPT-family models, and as team "
        "zorb@ZOLIEE-22. Taking the GLUE benchmark as an example, its MRR rises. The DEV and "
        "TEST evaluation sets are re-processed for the XL subset. It runs on a Tesla T4 GPU, "
        "reads CXR images, and is compared against QIFS. ZorbEvalPack covers three coding "
        "tasks (Code Repair, Code Explanation).",
        title="Zorbnet: A Case Study on Zorbic",
    )
    found = set(names(x))
    unwanted = {
        "Graph Transformers", "GTs", "Zorbic Foundation Models", "ZFM", "W4A16", "W3A3",
        "sub-10B", "Legal Case Retrieval", "Anomaly Detection", "GPT-family",
        "zorb@ZOLIEE-22", "Taking the GLUE", "MRR", "DEV", "TEST", "XL", "Tesla", "CXR",
        "A Case Study", "Code Repair", "Code Explanation",
    }  # fmt: skip
    assert not unwanted & found
    assert {"GLUE", "QIFS"} <= found


def test_a_model_noun_before_a_name_types_it(nlp):
    x = run(
        nlp,
        "The optical flow model ZenseRotation and the video prediction models QonvLSTM and "
        "ZredRNN-v2 are compared. First, an efficient GNN architecture — GZarmer, is designed.",
    )
    models = names(x, "model")
    assert {"ZenseRotation", "QonvLSTM", "ZredRNN-v2", "GZarmer"} <= set(models)


def test_a_name_keeps_the_transformer_it_names(nlp):
    x = run(
        nlp,
        "We present ZSWin Transformer, an efficient backbone. ZSWin Transformer reaches 85.4% "
        "top-1 accuracy on ImageNet-1K, above BERT Transformers.",
        title="ZSWin Transformer: A General Vision Transformer Backbone",
    )
    found = names(x)
    assert found["ZSWin Transformer"].introduced and "ZSWin" not in found
    assert {(r["model"], r["value"]) for r in x.results} == {("ZSWin Transformer", 85.4)}


def test_possessives_brackets_and_related_adjectives(nlp):
    x = run(
        nlp,
        "Zorbcast is trained on ECMWF’s ZERA5 reanalysis and tested on GUI-related tasks. "
        "Evaluations on the Zorbic Medical Licensing Exam benchmark (ZorbakuQA) show gains. "
        "It beats Facebook’s Wav2Zorb-BERT.",
    )
    found = names(x)
    assert found["ZERA5"].type == "dataset"
    assert "GUI-related" not in found
    exam = [e for e in x.entities if "ZorbakuQA" in (e.name, *e.aliases)]
    assert len(exam) == 1 and "Zorbic Medical Licensing Exam" in (exam[0].name, *exam[0].aliases)
    assert any("Facebook" in (e.name, *e.aliases) for e in x.entities if e.type == "organization")


def test_the_noun_before_called_types_the_name_and_participles_end_no_name(nlp):
    x = run(
        nlp,
        "To address contamination, we collect a new test set called ZovelEval. Across all "
        "Zodex-002-predicted solutions, Zorbed-l beats closed models such as Zohere's "
        "Zembed-V3.",
    )
    found = names(x)
    assert found["ZovelEval"].type == "benchmark" and found["ZovelEval"].introduced
    assert not [n for n in found if n.endswith(("-predicted", "'s"))]


def test_a_list_item_may_carry_its_score_in_brackets(nlp):
    x = run(
        nlp,
        "On MS-COCO, ZOOD reaches 51.1 AP, surpassing ATSS (47.7 AP), QFL (48.2 AP), and ZAA "
        "(49.0 AP). It improves FUNSD (0.7895 $\\to$ 0.8420), ZORD (0.9493 $\\to$ 0.9601) and "
        "ZROIE (0.9524 $\\to$ 0.9781).",
    )
    found = names(x)
    assert found["QFL"].type == found["ZAA"].type == "model"
    assert found["ZORD"].type in ("dataset", "benchmark") and "ZROIE" in found
    scores = {(r["model"], r["value"]) for r in x.results}
    assert {("ATSS", 47.7), ("QFL", 48.2), ("ZAA", 49.0)} <= scores
    assert {(r["benchmark"], r["value"]) for r in x.results} >= {("ZORD", 0.9601)}


def test_the_papers_own_variant_wins_over_the_known_name_inside_it(nlp):
    x = run(
        nlp,
        "We present Sparse R-CNN, a purely sparse method. Sparse R-CNN reaches 44.5 AP on "
        "COCO, the best among DETR-like detectors, e.g., 45.7% AP with a ResNet-50 backbone.",
        title="Sparse R-CNN: End-to-End Object Detection",
    )
    found = names(x)
    assert found["Sparse R-CNN"].introduced
    assert "R-CNN" not in found
    assert ("Sparse R-CNN", 44.5) in {(r["model"], r["value"]) for r in x.results}
    assert "DETR" not in {r["model"] for r in x.results}


def test_counts_lists_sizes_fields_and_metric_names_are_not_names(nlp):
    x = run(
        nlp,
        "We introduce two multilingual models, and Zeka Core, Flash, and Edge, trained on a "
        "1.6TB dataset. Across SOTA MTL models and ANN tuning, in multilingual coreference "
        "resolution, the ZoNLL score rises.",
        title="Findings of the ZabyLM Challenge: Sample-Efficient Pretraining on Plausible Corpora",
    )
    found = set(names(x))
    fields = run(
        nlp,
        "Models lag in law compared to general fields like STEM. ZorbLM reaches 36.5% "
        "and 33.6% on Zorb-Valid and Test datasets. We also propose two benchmark "
        "models: QUAR-NET and another.",
    )
    assert not {"STEM", "Test"} & set(names(fields))
    scored = run(
        nlp,
        "Benchmarked the QUUX 2024 dataset, ZorbRL attains 60.4. It achieved a MAE of 67.1 "
        "and MSE of 301.6 on Zorb-Crowd dataset. ZorbCount beats others by ~20% in the "
        "total count MAE, with speedups of 40% over MoEs trained with the Zorbel library. "
        "We build the first LLM-embodied agent. "
        "It gets 47.3 on SWE-bench Multilingual.",
    )
    found_scored = names(scored)
    assert {"QUUX 2024", "Zorb-Crowd", "SWE-bench Multilingual"} <= set(found_scored)
    assert not {"MAE", "MoEs", "LLM-embodied", "SWE-bench"} & set(found_scored)
    assert not any(" of " in n or "Benchmarked" in n for n in found_scored)
    assert names(fields)["QUAR-NET"].type == "model"
    unwanted = {
        "two multilingual", "Zeka Core, Flash, and Edge", "1.6TB", "SOTA MTL", "ANN",
        "Multi-Task Learning", "multilingual coreference resolution", "ZoNLL",
        "Sample-Efficient Pretraining on Plausible Corpora",
    }  # fmt: skip
    assert not unwanted & found


def test_amounts_kinds_of_data_and_metrics_in_use_are_not_names(nlp):
    x = run(
        nlp,
        "Multivariate time series (MTS) forecasting is hard. Our experiments on the open "
        "170-hour ZORBSHELL-1 dataset show gains. With MAE pre-training, ZorbNet reaches the "
        "MAE of 0.0723 eV on the ZORBQM benchmark.",
    )
    found = names(x)
    assert not {"Multivariate time series", "MTS", "170-hour ZORBSHELL-1"} & set(found)
    assert "ZORBSHELL-1" in found
    assert [m.start for m in x.mentions if m.text == "MAE"] == [126]  # not the metric at 164


def test_a_block_is_a_method_and_a_centre_is_named_whole(nlp):
    x = run(
        nlp,
        "We propose the Zorbformer block to enhance local features. We train on scans "
        "from Stanford University Medical Centre and Quux Hospital.",
    )
    found = names(x)
    assert found["Zorbformer"].type == "method"
    assert "Stanford University Medical Centre" in names(x, "organization")
    assert "Stanford University" not in found


def test_a_capital_s_names_a_model_and_its_variants_are_models(nlp):
    x = run(
        nlp,
        "We introduce Zorbcoder, a series of open models. We build an enhanced ZorbcoderS. "
        "Both Zorbcoder and ZorbcoderS substantially outperform code models. Notably, "
        "ZorbcoderS-CL-7B even surpasses ChatGPT on ZorbEval.",
    )
    found = names(x, "model")
    assert {"Zorbcoder", "ZorbcoderS", "ZorbcoderS-CL-7B"} <= set(found)
    assert "ZorbcoderS" not in found["Zorbcoder"].aliases


def test_a_plus_makes_another_entity_of_the_family(nlp):
    # HumanEval+ extends the catalog's HumanEval; "-plus" is how open_clip writes a "+"
    x = run(
        nlp,
        "We introduce ZorbCoder. ZorbCoder outperforms Quux-7B on HumanEval+, while neither "
        "could on HumanEval. It also beats EVA-02-CLIP-E/14+.",
    )
    found = names(x)
    assert found["HumanEval+"].type == "benchmark" and found["HumanEval"].key != (
        found["HumanEval+"].key
    )
    assert found["EVA02-CLIP-E-14-plus"].key == "model/eva02-clip-e-14-plus"


def test_a_suite_of_models_is_models_and_a_bench_is_a_benchmark(nlp):
    x = run(
        nlp,
        "We introduce ZorbQA, a suite of models that outperform Quux-7B on conversational QA. "
        "We also present the ZorbRAG Bench, which covers ten datasets. ZorbQA leads there.",
        title="ZorbQA: Surpassing Quux-7B on Conversational QA",
    )
    assert names(x)["ZorbQA"].type == "model"
    assert "ZorbRAG Bench" in names(x, "benchmark")


def test_a_version_with_an_s_is_another_model_not_a_plural(nlp):
    # catalog names: FastSpeech 2 (its "2s" variant is another model) and MViTv2 (plural)
    x = run(
        nlp,
        "We design FastSpeech 2s, which generates waveforms directly. We compare MViTv2s' "
        "pooling attention to window attention.",
    )
    found = names(x)
    assert "FastSpeech 2s" in found and "FastSpeech 2" not in found
    assert "MViTv2s" not in found


def test_data_of_something_called_x_is_a_dataset(nlp):
    x = run(
        nlp,
        "We construct large-scale data of grounded image-text pairs (called ZorbIT) to train "
        "the model.",
    )
    assert names(x)["ZorbIT"].type == "dataset" and names(x)["ZorbIT"].introduced


def test_catalog_names_with_some_parts_glued(nlp):
    x = run(nlp, "Zorblat beats Llama2-Chat on BigBench Hard and on AGIEval.")
    assert {"BIG-Bench Hard", "Llama 2-Chat"} <= set(names(x))


def test_what_the_paper_makes_with_a_tool_or_establishes_is_introduced(nlp):
    x = run(
        nlp,
        "We collect 10M GUI elements and use it to train ZorbGround, a strong grounding "
        "model. We use QuuxOS to create FLIMDAY, a self-improving agent. For evaluation, "
        "we establish a bilingual benchmark -- ZorbWebBench -- for web tasks. Our study "
        "introduces the Zorb Prompt Shield (ZPS), a lightweight classifier. Finally, we use "
        "ZorbAct to train an autoregressive GPT model.",
    )
    found = names(x)
    for name in ("ZorbGround", "FLIMDAY", "ZorbWebBench", "Zorb Prompt Shield"):
        assert found[name].introduced, name
    assert "QuuxOS" not in found or not found["QuuxOS"].introduced
    assert "GPT" not in found or not found["GPT"].introduced


def test_a_name_described_as_made_in_this_work_is_introduced(nlp):
    found = names(
        run(
            nlp,
            "We validate ZADES on ZailbreakQR, a benchmark proposed in this work. We build on "
            "the Contrastive Zorb Pre-training (ZORBCLIP, a recently proposed model).",
        )
    )
    assert found["ZailbreakQR"].introduced
    assert not any(e.introduced for n, e in found.items() if "ZORBCLIP" in (n, *e.aliases))


def test_a_word_in_capitals_before_the_model_noun_names_one(nlp):
    found = types(
        nlp,
        "Synthesized data helps both the STEADY model and the ZUMBT model. "
        "They use a TAP model. The BASE model is small.",
    )
    assert found.get("STEADY") == "model" and found.get("ZUMBT") == "model"
    assert "TAP" not in found and "BASE" not in found


def test_a_makers_name_in_a_product_or_data_name_is_not_the_maker(nlp):
    found = types(
        nlp,
        "ZorbETA is deployed in production at Google Maps and tested on the Waymo Motion "
        "Prediction challenge. Workers were hired on Amazon Mechanical Turk. We compare it "
        "with Baidu's ZorbNet.",
    )
    assert not {"Google", "Waymo", "Amazon"} & set(found)
    assert found.get("Baidu") == "organization"


def test_a_cup_written_in_capitals_keeps_its_year(nlp):
    found = types(
        nlp,
        "The ZORB CUP 2022 proposes a forecasting task on wind power data, in which teams compete.",
        title="A Solution",
    )
    assert found.get("ZORB CUP 2022") == "benchmark" and "ZORB" not in found


def test_an_apposition_may_write_its_type_noun_with_a_capital(nlp):
    found = types(
        nlp,
        "In this study, we introduce ZORBD, a Benchmark for DNA language models, featuring "
        "a collection of tasks. ZORBD is available online.",
    )
    assert found.get("ZORBD") == "benchmark"


def test_a_title_whose_subtitle_opens_with_data_in_the_plural(nlp):
    found = types(
        nlp,
        "Patent classification assigns classes to each patent. We release ZorbPat with "
        "three subsets.",
        title="ZorbPat: Datasets for Patent Classification",
    )
    assert found.get("ZorbPat") == "dataset"


def test_data_listed_after_a_counted_head_noun_and_a_comma(nlp):
    found = types(
        nlp,
        "We use three publicly available fake news datasets, Zorbset, FLIMQA, and "
        "Quuxbank, for evaluation. Our method improves the performance.",
    )
    assert {found.get(n) for n in ("Zorbset", "FLIMQA", "Quuxbank")} == {"dataset"}


def test_a_range_of_versions_names_its_first_and_last(nlp):
    found = types(
        nlp,
        "We evaluate recent Zorbnet variants (ZorbNetv8-ZorbNetv12) and GPT3-GPT4 on FlimSet, "
        "where ZorbNetv8 gets 61.2% and ZorbNetv12 gets 70.1%.",
    )
    assert "ZorbNetv8-ZorbNetv12" not in found and "GPT3-GPT4" not in found
    assert found.get("ZorbNetv8") == found.get("ZorbNetv12") == "model"


def test_wireless_signals_are_no_models(nlp):
    found = types(
        nlp,
        "We present ZorbSense, a model for sensing based on WiFi. Compared with mmWave and "
        "RFID, WiFi Channel State Information (CSI) is cheap; ZorbSense beats Flimformer.",
    )
    assert {"WiFi", "mmWave", "RFID", "CSI"}.isdisjoint(found)
    assert found.get("ZorbSense") == "model"


def test_a_contest_series_before_its_year_is_no_model_of_the_paper(nlp):
    found = types(
        nlp,
        "This paper reviews the ZORBIE 2021 Challenge on Foggy Deblurring of images. We "
        "introduce FB-Fog, a new dataset of foggy images.",
        title="ZORBIE 2021 Challenge on Foggy Deblurring",
    )
    assert "ZORBIE" not in found and found.get("FB-Fog") == "dataset"


def test_a_name_glued_to_what_it_does_is_a_model(nlp):
    found = types(
        nlp,
        "We evaluate methods combining ZorbDetector with one or more classifiers, and we "
        "release ZorbDescriptor flavours through the hub. The Object Detector and the "
        "Detector are compared.",
    )
    assert found.get("ZorbDetector") == found.get("ZorbDescriptor") == "model"
    assert "Object Detector" not in found and "Detector" not in found


def test_a_name_described_by_what_it_does_is_a_model_and_a_blend_its_short_form(nlp):
    x = run(
        nlp,
        "We propose ZorbCap, a video captioner based on a large multimodal model. We also "
        "study FlimClinic, a multimodal agent benchmark.",
        title="ZorbCap: Efficient Video Captioning and a New Benchmark",
    )
    found = names(x)
    assert found["ZorbCap"].type == "model" and found["FlimClinic"].type == "benchmark"
    x = run(
        nlp,
        "We investigate this with ZorQuux, a language-conditioned behavior-cloning agent. "
        "ZorQuux encodes goals with a Zorbeiver Transformer.",
        title="Zorbeiver-Quuxtor: A Multi-Task Transformer for Robotic Manipulation",
    )
    assert "ZorQuux" in names(x)["Zorbeiver-Quuxtor"].aliases


def test_what_data_comes_from_is_a_dataset(nlp):
    found = types(
        nlp,
        "Using 53k hours of unlabeled data from ZorbVox achieves WERs of 3.0% on ZorbSpeech. "
        "We use yield data from the ZDA National Statistics Service.",
    )
    assert found.get("ZorbVox") == "dataset" and found.get("ZDA") != "dataset"


def test_a_coined_name_written_in_lower_case_is_the_catalogs(nlp):
    found = names(run(nlp, "It gets an mAP of 70.1% on the nuscenes validation set."))
    assert "nuScenes" in found
    assert "alpaca" not in {n.lower() for n in names(run(nlp, "An alpaca grazes."))}


def test_releases_and_their_variants_and_benchmarks_named_in_lower_case(nlp):
    found = names(
        run(
            nlp,
            "ZorbCast does well on three benchmarks: zev-bench, GIFT-Eval, and Zorbos "
            "Benchmark II. It scores 35.83 on Spider 2.0-Snow and is smaller than Moirai "
            "1.0-Large.",
        )
    )
    assert {"zev-bench", "Zorbos Benchmark II", "Spider 2.0-Snow", "Moirai 1.0-Large"} <= set(found)
    assert found["zev-bench"].type == "benchmark" and "Spider" not in found


def test_a_catalog_name_spelled_out_before_a_task_noun_is_the_tasks(nlp):
    x = run(
        nlp, "We study it.", title="Pseudo-Labeling for Massively Multilingual Speech Recognition"
    )
    assert "Massively Multilingual Speech" not in names(x)
    x = run(nlp, "We compare with Massively Multilingual Speech on 100 languages.")
    assert "Massively Multilingual Speech" in names(x)


def test_a_configuration_named_with_its_system_is_one_entity(nlp):
    x = run(nlp, "ZorbCast shows better RMSE scores than the IFS HRES at short lead times.")
    assert "HRES" in names(x) and "Integrated Forecasting System" not in names(x)
    assert "IFS HRES" in names(x)["HRES"].aliases


def test_a_head_noun_types_a_variant_named_after_a_dataset(nlp):
    # CheXpert and ImageNet are catalog datasets
    found = types(
        nlp,
        "Trained on CheXpert, the CheXpert-Zorb-NET model performs best. We also improve the "
        "FID of a previously trained ImageNet-64 model from 2.07 to 1.55.",
    )
    assert found["CheXpert-Zorb-NET"] == "model" and found["ImageNet-64"] != "model"


def test_a_plural_head_types_catalog_words_in_its_list(nlp):
    # Chameleon is also a catalog model (an ambiguous word); Falcon stays a model
    found = types(
        nlp,
        "ZorbGAT obtains state-of-the-art results on Chameleon and Zornell datasets, and "
        "Falcon fails there.",
    )
    assert found["Chameleon"] == "dataset" and found["Zornell"] == "dataset"
    assert found["Falcon"] == "model"


def test_a_plural_data_head_before_a_list_outweighs_shapes(nlp):
    # "-7" reads like a model's version, and a score after a list like its subject
    found = types(
        nlp,
        "We evaluated ZorbNet on four open-source databases: ZER2013, RAF-ZB, AffectZet-7 "
        "and ExpZ, achieving accuracies of 79.79%, 94.76%, 72.39% and 75.67% respectively.",
    )
    assert found["ZorbNet"] == "model"
    for name in ("ZER2013", "RAF-ZB", "AffectZet-7", "ExpZ"):
        assert found[name] in ("dataset", "benchmark"), name


def test_a_benchmark_split_is_the_benchmark(nlp):
    x = run(
        nlp,
        "We evaluate ZorbProver on the ZorbF2F benchmark. ZorbProver reaches 60.2% on "
        "ZorbF2F-test.",
    )
    found = names(x, "benchmark")
    assert list(found) == ["ZorbF2F"] and "ZorbF2F-test" in found["ZorbF2F"].aliases


def test_an_adjective_before_a_name_and_its_head_noun_is_no_part_of_it(nlp):
    x = run(
        nlp,
        "We improve the state of the art on the Lean-based zorbF2F-curriculum dataset from "
        "31% to 42%. A Large-scale Multilingual dataset is also released.",
    )
    found = names(x)
    assert "zorbF2F-curriculum" in found and "Lean-based zorbF2F-curriculum" not in found
    assert "Multilingual" not in found


def test_an_apposition_overrides_the_catalogs_type_of_a_name(nlp):
    # lmms-eval knows a SimpleVQA benchmark; this paper's SimpleVQA is a model
    found = types(
        nlp,
        "We use SimpleVQA, a BVQA model that consists of a trainable Swin Transformer-B, "
        "as our base model for ZorbVQ.",
    )
    assert found["SimpleVQA"] == "model"


def test_a_dataset_of_a_class_is_not_named_after_it(nlp):
    x = run(
        nlp,
        "Zorbic quality assessment (ZQA) is hard. To promote ZQA methods, we contribute a "
        "large-scale ZQA dataset, called ZorbPix.",
    )
    found = names(x)
    assert "ZorbPix" in found and not {"ZQA", "ZQA dataset"} & set(found)


def test_a_name_given_after_a_kind_of_thing_is_the_contribution(nlp):
    x = run(
        nlp,
        "We create a new fusion-based ZVQA model, which we dub the ZORbeo quality EVALuator "
        "(ZOREVAL), that balances the trade-off. ZOREVAL achieves state-of-the-art results.",
    )
    found = names(x)
    own = found["ZORbeo quality EVALuator"]
    assert own.type == "model" and own.introduced and "ZOREVAL" in own.aliases
    assert not any(e.introduced for e in x.entities if e is not own)


def test_a_title_of_two_common_words_before_a_new_dataset_names_it(nlp):
    abstract = "Language models are not good at formal proofs. We release our data."
    x = run(nlp, abstract, "Pocket Atlas: A large-scale Lean problem set formalized from math")
    assert names(x)["Pocket Atlas"].introduced
    for title in (
        "Deep Learning: A Critical Appraisal",
        "Towards Diverse Behaviors: A Benchmark for Imitation Learning",
    ):
        assert not run(nlp, abstract, title).entities, title


def test_a_name_the_text_defines_as_a_process_is_a_task(nlp):
    x = run(
        nlp,
        "Zorbformalization is the process of translating mathematics to formal proofs. We "
        "fine-tune ZorbLM-7B on the ZorbProof dataset.",
        "Zorbformalization with Large Language Models",
    )
    found = names(x)
    assert "Zorbformalization" not in found and "ZorbLM-7B" in found


def test_names_after_the_data_noun_and_a_comma_are_data(nlp):
    found = types(
        nlp,
        "ZorbIR outperforms other training-free methods on the open domain datasets, ZIRR "
        "and ZIRCO, as well as the fashion domain dataset, FashionZQ.",
    )
    for name in ("ZIRR", "ZIRCO", "FashionZQ"):
        assert found.get(name) in ("dataset", "benchmark"), name
    # a name that starts a clause is no name of the data before it
    found = types(
        nlp,
        "We present ZorbCover, a feature learning method. On the Da-ZACOS dataset, "
        "ZorbCover outperformed the best system by 20%.",
    )
    assert found["ZorbCover"] in ("model", "method")


def test_names_given_as_examples_or_appositions_of_a_model_noun_are_models(nlp):
    found = types(
        nlp,
        "The transformer based model (e.g., ZusingTF) has been used for ECG classification. "
        "It surpasses the state-of-the-art text retrieval model, ZV-Embed-v1, on the MTEB "
        "retrieval benchmark.",
    )
    assert found.get("ZusingTF") == "model" and found.get("ZV-Embed-v1") == "model"


def test_a_known_name_inside_an_acronyms_long_form_is_no_mention(nlp):
    # COCO is "Common Objects in Context" in the catalog
    x = run(
        nlp,
        "We introduce an open-domain benchmarking dataset named Composed Zorb Retrieval on "
        "Common Objects in context (CZRCO), the first with multiple ground truths.",
    )
    found = names(x)
    assert (
        "COCO" not in found
        and "CZRCO" in found["Composed Zorb Retrieval on Common Objects in context"].aliases
    )
    # and "a ... dataset named" types it, which the long form's last word does not
    assert found["Composed Zorb Retrieval on Common Objects in context"].type == "dataset"


def test_a_word_between_an_indefinite_article_and_a_data_noun_is_its_kind(nlp):
    x = run(
        nlp,
        "We present ZorbMATH, a large-scale Zean4 benchmark of 5,560 problems. We also "
        "evaluate on the ZorbF2F benchmark.",
    )
    found = names(x)
    assert "Zean4" not in found and "ZorbMATH" in found and "ZorbF2F" in found


def test_a_title_that_starts_with_a_long_form_names_it(nlp):
    x = run(
        nlp,
        "We propose an online training procedure for a prover. Our approach uses a new "
        "search algorithm, ZyperTree Proof Search (ZTPS), that learns from past searches.",
        "ZyperTree Proof Search for Neural Theorem Proving",
    )
    found = names(x)
    assert "ZyperTree" not in found
    assert found["ZyperTree Proof Search"].introduced


def test_a_reference_number_glued_to_a_name_is_no_part_of_it(nlp):
    found = names(run(nlp, "ZorbFlow reaches 90.3 PDMS on ZavSim[7] and on ZavBench[3, 4]."))
    assert {"ZavSim", "ZavBench"} <= set(found) and not any("[" in n for n in found)


def test_a_release_number_after_known_data_names_the_release(nlp):
    found = names(
        run(
            nlp,
            "ZorbFormer gets 36.6% on EPIC-Kitchens 100, 2.1 FID on ImageNet 256×256 and "
            "1.9 FID on ImageNet 512$\\times$512, and 71.0 mAP on COCO 2017.",
        )
    )
    assert "EPIC-Kitchens 100" in found and "ImageNet" in found
    assert not {"ImageNet 256", "ImageNet 512"} & set(found)


def test_what_a_paper_collects_and_a_test_set_are_data(nlp):
    found = types(
        nlp,
        "We collect Zathbath containing 1,684 hours of labelled speech across 12 languages. "
        "First, we create Zasha-Abhijnaanam, a language identification test set.",
    )
    assert found["Zathbath"] == "dataset" and found["Zasha-Abhijnaanam"] == "benchmark"


def test_benchmark_as_a_verb_types_nothing(nlp):
    found = types(
        nlp,
        "We propose ZolCA, which connects a graph encoder and a language model. We "
        "extensively benchmark ZolCA on molecule captioning.",
    )
    assert found["ZolCA"] == "model"


def test_a_plural_data_head_before_a_bracketed_list_types_it(nlp):
    found = types(
        nlp,
        "Then, ZorbKANs are explored on four realistic image databases (ZID2011, ZID2013, "
        "ZLIVE, and KonZorb-10k) for score prediction.",
    )
    for name in ("ZID2011", "ZID2013", "ZLIVE", "KonZorb-10k"):
        assert found.get(name) in ("dataset", "benchmark"), name


def test_a_long_form_never_spans_another_acronyms_brackets(nlp):
    x = run(
        nlp,
        "Zorbing expression comprehension (ZEC) and segmentation (ZES) are two related "
        "tasks. On datasets (Spiking Zorbberg Digits (SZD) and others), ZorbNet is best.",
    )
    found = names(x)
    assert not any("(" in name or ")" in name for name in found), found
    assert "Spiking Zorbberg Digits" in found


def test_benchmark_before_models_qualifies_them(nlp):
    found = types(
        nlp,
        "We propose a spatiotemporal network (ZLCAFormer). Tests on four traffic datasets "
        "show that our proposed ZLCAFormer outperforms current benchmark models.",
    )
    assert found["ZLCAFormer"] == "model"


def test_the_acronym_of_a_task_in_capitals_is_a_task(nlp):
    x = run(
        nlp,
        "Continuous Zorb Language Recognition (CZLR) is hard. For the characteristics of CZLR, "
        "ZorbNet fuses two streams and reaches 20.1% WER on Zorb-2014.",
    )
    found = names(x)
    assert "CZLR" not in found and "ZorbNet" in found
    # an assessment, a restoration or a verification is a task too
    x = run(
        nlp,
        "We propose ZorbReward. We test how current Zorbic Image Quality Assessment (ZIQA) "
        "models agree with people.",
    )
    found = names(x)
    assert not {"ZIQA", "Zorbic Image Quality Assessment"} & set(found)
    assert "ZorbReward" in found
    # a system named after its task is a name ("(ZLNLP) methods" would be a class)
    x = run(
        nlp,
        "In this paper, we aim at providing an effective Pairwise Zorbing Neural Link "
        "Prediction (PZNLP) framework. We evaluate the proposed PZNLP framework on ogbl-ddi. "
        "PZNLP achieves top 1 performance on ogbl-ddi.",
    )
    assert "PZNLP" in [a for e in x.entities for a in (e.name, *e.aliases)]


def test_a_repository_path_without_its_address_names_nothing(nlp):
    x = run(
        nlp,
        "ZorbNet beats ZorbGAN/ZorbVAE on ShanghaiTech. The codes will be available at: "
        "ZorbYoutuResearch/CrowdZorb-P2PNet.",
    )
    found = names(x)
    assert "ZorbNet" in found and "ZorbGAN" in found
    assert not {"ZorbYoutuResearch", "CrowdZorb-P2PNet"} & set(found)


def test_a_metric_spelled_out_before_its_acronym_is_no_model(nlp):
    # MAE is also a catalog model (masked autoencoders)
    x = run(
        nlp,
        "We propose ZorbEBC, a counting model. ZorbEBC improves methods by up to 44.5% in "
        "mean absolute error (MAE) on the Zorb-QNRF dataset.",
    )
    assert "MAE" not in names(x) and "ZorbEBC" in names(x)
    x = run(nlp, "We show that masked autoencoders (MAE) scale well on Zorb-1K.")
    assert names(x).get("MAE") is not None


def test_an_acronym_defined_unlike_every_spelled_out_catalog_form_is_not_that_entry(nlp):
    # the catalog's GAT is "Graph Attention Network", whose initials spell GAN, not GAT
    x = run(nlp, "We propose ZorbFormer, a Graph-Aware Transformer (GAT), for Zorb-Mol.")
    assert "GAT" not in names(x) and "Graph-Aware Transformer" in names(x)
    x = run(nlp, "We compare ZorbFormer with graph attention networks (GAT) on Zorb-Mol.")
    assert names(x).get("GAT") is not None
    # BTCV's other catalog name, "Synapse multi-organ", is no expansion of its letters
    x = run(
        nlp,
        "We train ZorbSeg on the Multi Atlas Labeling Beyond The Cranial Vault (BTCV) "
        "dataset. ZorbSeg tops the BTCV leaderboard.",
    )
    assert names(x)["BTCV"].type == "dataset"


def test_releases_counts_and_words_glued_to_a_name(nlp):
    # Spider is a catalog benchmark; ChatGPT a catalog model
    x = run(
        nlp,
        "We introduce Spider 2.0, which extends Spider 1.0. We curate 75 ML competitions and "
        "compile ZorbChat, a corpus of user-ChatGPT conversations. We release codebases, and "
        "dozens of checkpoints.",
    )
    found = names(x)
    assert {"Spider 2.0", "Spider 1.0"} <= set(names(x, "benchmark"))
    assert found["Spider 2.0"].introduced and "Spider" not in found
    assert "ChatGPT" in found and not {"75 ML", "user-ChatGPT", "codebases"} & set(found)


def test_a_long_name_a_licence_and_a_bilstm_name_nothing_else(nlp):
    # "Large Language and Vision Assistant" is the catalog's long name of LLaVA; MIT an
    # organisation of the catalog
    found = found_names(
        nlp,
        "We present the Large Language and Vision Assistant for Zorbology (LLaVA-Zorb). It "
        "beats a BiLSTM baseline, and is released under the MIT License.",
    )
    assert "LLaVA-Zorb" in found or "Large Language and Vision Assistant for Zorbology" in found
    assert not {"LLaVA", "BiLSTM", "Massachusetts Institute of Technology"} & found


def test_a_title_word_the_abstract_capitalises_and_its_glued_variants(nlp):
    x = run(
        nlp,
        "We perform continued pretraining, creating TowerBase, then finetune it, creating "
        "TowerInstruct. It outperforms ZorbNetV2$\\times 1.4$. We release the Tower "
        "models.",
        title="Tower: An Open Multilingual Large Language Model for Translation",
    )
    found = names(x, "model")
    assert found["Tower"].introduced and {"TowerBase", "TowerInstruct"} <= set(found)
    assert "ZorbNetV2" in found and not any("$" in name for name in names(x))


def test_an_llm_called_x_is_a_model_and_a_series_is_a_class(nlp):
    found = types(
        nlp,
        "We then propose a financial LLM called ZorbMA by fine-tuning Quux-7B with the "
        "constructed dataset. ZorbYOLO-series detectors are fast.",
    )
    assert found["ZorbMA"] == "model" and "ZorbYOLO-series" not in found


def test_sets_as_a_verb_is_no_head_noun(nlp):
    found = types(
        nlp,
        "We propose Z-Branchformer. Z-Branchformer sets new state-of-the-art word error rates "
        "of 1.81% on LibriSpeech test-clean.",
    )
    assert found["Z-Branchformer"] == "model"


def test_a_maker_written_before_its_model_is_named(nlp):
    x = run(nlp, "Zorbcoder is trained much as OpenAI Codex was, and beats it on HumanEval.")
    assert "OpenAI" in names(x, "organization")
    assert "Codex" in {e.name for e in x.entities if e.type == "model"}


def test_scores_joined_by_slashes_go_to_names_joined_by_slashes(nlp):
    x = run(
        nlp,
        "We propose ZAMO-YOLO-T/S/M. They can achieve 43.6/47.7/50.2 mAP on COCO with the "
        "latency of 2.78/3.83/5.62 ms on T4 GPUs, using a ViT-B/16 backbone.",
    )
    scores = {(r["model"], r["benchmark"], r["value"]) for r in x.results}
    assert scores == {
        ("ZAMO-YOLO-T", "COCO", 43.6),
        ("ZAMO-YOLO-S", "COCO", 47.7),
        ("ZAMO-YOLO-M", "COCO", 50.2),
    }


def test_our_models_on_a_backbone_score_as_ours(nlp):
    x = run(
        nlp,
        "We present ZimCSE, a contrastive framework. We evaluate ZimCSE on STS-B, and our "
        "unsupervised models using BERT base achieve 76.3% on STS-B.",
    )
    assert {(r["model"], r["value"]) for r in x.results} == {("ZimCSE", 76.3)}


def test_named_tiers_after_a_version_belong_to_the_name(nlp):
    x = run(
        nlp,
        "We train a hundred-billion-parameter model called ZERNIE 3.0 Titan. It outperforms "
        "ZERNIE 3.0 Titan's teacher and Zeka 2 Edge.",
    )
    found = names(x)
    assert found["ZERNIE 3.0 Titan"].introduced
    assert "ZERNIE 3.0" not in found


def test_a_translation_direction_is_no_name(nlp):
    found = found_names(
        nlp,
        "ZorbMT reaches 29.1 BLEU on WMT14 En-De. We also report ZH-EN results, and gains on "
        "the PL-NL and NL-PL directions of CodeSearchNet.",
    )
    assert "ZorbMT" in found
    assert not found & {"ZH-EN", "PL-NL", "NL-PL", "En-De"}


def test_a_name_before_on_is_not_part_of_the_dataset_name(nlp):
    found = types(nlp, "We evaluate ZorbNet-7 on Quillbank 100K dataset and it works well.")
    assert found.get("Quillbank 100K") == "dataset"
    assert not [n for n in found if " on " in n]


def test_tex_spaces_and_footnote_marks_are_not_part_of_names(nlp):
    x = run(
        nlp,
        "We propose ZorbDensE, a model that outperforms ZorbXL~(2.6B parameters). Results "
        "show the design as implemented in ZorbDensE111 https://github.com/x/zorbdense works.",
    )
    found = names(x)
    assert {"ZorbDensE", "ZorbXL"} <= set(found)
    assert not [n for n in found if "~" in n or "111" in n]
    assert not [a for e in x.entities for a in e.aliases if "111" in a]


def test_a_greek_letter_and_its_name_are_one_entity(nlp):
    x = run(
        nlp,
        "In this paper, we introduce ZorbArt-Sigma, a diffusion model. ZorbArt-Sigma is fast.",
        title="ZorbArt-Σ: Weak-to-Strong Training of Diffusion Models",
    )
    (entity,) = [e for e in x.entities if e.name.startswith("ZorbArt")]
    assert {entity.name, *entity.aliases} == {"ZorbArt-Σ", "ZorbArt-Sigma"}


def test_a_title_that_is_a_long_form_names_no_shorter_entity(nlp):
    x = run(
        nlp,
        "We propose a novel model called Zorbic Learning for Sequential Quilting (ZL4SQ). "
        "ZL4SQ beats earlier quilting models.",
        title="Zorbic Learning for Sequential Quilting",
    )
    assert "Zorbic Learning" not in {n for e in x.entities for n in (e.name, *e.aliases)}
    assert any("ZL4SQ" in (e.name, *e.aliases) for e in x.entities)


def test_a_metric_listed_with_another_is_a_metric(nlp):
    found = found_names(nlp, "Our ZorbNet model reduces the MSE and MAE by 9.17% and 2.3%.")
    assert "MAE" not in found and "ZorbNet" in found


def test_a_name_ending_votes_once_for_its_type(nlp):
    found = types(
        nlp,
        "We propose an optimized training approach, called ZorbQA, to improve dense retrieval. "
        "We make three technical contributions in ZorbQA. ZorbQA outperforms previous models "
        "on MS MARCO. We study the strategies in ZorbQA, and our ZorbQA retriever helps.",
        title="ZorbQA: An Optimized Training Approach to Dense Passage Retrieval",
    )
    assert found["ZorbQA"] == "method"


def test_a_benchmark_named_after_a_model_keeps_the_bare_name_as_alias(nlp):
    x = run(nlp, "We apply ZorbFew to the RAFT benchmark, attaining super-human performance.")
    raft = names(x)["RAFT benchmark"]
    assert raft.type == "benchmark" and "RAFT" in raft.aliases


def test_organisations_joined_by_a_hyphen_are_each_an_organisation(nlp):
    found = types(nlp, "Foundation models include Zorbvi by NASA-IBM and others.")
    assert found.get("NASA") == found.get("IBM") == "organization"
    assert "NASA-IBM" not in found


def test_numbers_that_are_gains_speeds_shares_or_thresholds_are_no_scores(nlp):
    found = scores(
        nlp,
        "ZorbDet provides a gain of 2.4 mAP for all classes and 8.3 mAP for novel classes "
        "on LVIS. ZorbDet-L and ZorbDet-X achieve 54.7% and 56.5% AP on COCO at 124 and 78 "
        "FPS, respectively. ZorbRet only needs 10% of MS MARCO training data. ZorbVL is the "
        "first model to surpass 70% on MMMU.",
    )
    assert found == {("ZorbDet-L", "COCO", 54.7), ("ZorbDet-X", "COCO", 56.5)}


def test_scores_each_with_its_metric_before_one_benchmark(nlp):
    found = scores(
        nlp, "We design ZorbTrack, and it achieves 80.3 MOTA, 77.3 IDF1 and 63.1 HOTA on MOT17."
    )
    assert found == {("ZorbTrack", "MOT17", v) for v in (80.3, 77.3, 63.1)}


def test_pretraining_data_is_not_the_benchmark_of_a_score(nlp):
    found = scores(
        nlp,
        "We propose ZorbDet, a real-time detector. ZorbDet-L achieves 54.0% AP on the COCO "
        "dataset. ZorbDet-X attains 57.1% AP when pretrained on Objects365. When pretrained "
        "on Objects365, ZorbDet-M attains 49.3% AP.",
    )
    assert not [r for r in found if r[1] == "Objects365"]
    # scored on the benchmark named before; "Objects365, ZorbDet-M attains" is no list
    assert {("ZorbDet-L", "COCO", 54.0), ("ZorbDet-M", "COCO", 49.3)} <= found


def test_names_in_apposition_to_a_class_are_the_contribution(nlp):
    x = run(
        nlp,
        "First, we introduce two language models (LMs), ZorbCheetah-1B and ZorbCheetah-3B, "
        "with 1 billion and 3 billion parameters respectively.",
    )
    found = names(x)
    assert found["ZorbCheetah-1B"].introduced and found["ZorbCheetah-3B"].introduced
    assert "language models" not in found


def test_counts_units_and_folds_are_not_names(nlp):
    found = found_names(
        nlp,
        "ZorbDNA surpasses SotA on 7 of 8 datasets. It required over 10,000 GPU-hours to "
        "train, and gets 79.2% on S3DIS 6 fold.",
    )
    assert not [n for n in found if "7 of 8" in n or "GPU" in n]
    assert "S3DIS 6" not in found and "S3DIS" in found


def test_a_benchmarking_dataset_is_the_name_it_extends(nlp):
    x = run(
        nlp,
        "We introduce the publicly available ZorbTermQA Benchmarking Dataset, on which "
        "models fail.",
        title="ZorbTermQA: Hypothetical Terms Dataset for Benchmarking Hallucination",
    )
    (entity,) = [e for e in x.entities if "ZorbTermQA" in e.name]
    assert {entity.name, *entity.aliases} == {"ZorbTermQA", "ZorbTermQA Benchmarking Dataset"}


def test_a_model_before_a_plural_head_stays_a_model(nlp):
    found = types(nlp, "Our findings align with NLLB-200 benchmarks on other African languages.")
    assert list(found.values()) == ["model"]


def test_a_catalog_model_with_its_class_closing_a_phrase(nlp):
    found = found_names(nlp, "ZorbAct encodes voxels with a Perceiver Transformer, and acts.")
    assert "Perceiver Transformer" in found and "Perceiver" not in found


def test_an_organisation_form_and_its_possessive_acronym(nlp):
    x = run(
        nlp,
        "This paper describes Adam Zorbiewicz University’s (AZU) solution for the shared "
        "task. AZU ranks first.",
    )
    (org,) = [e for e in x.entities if e.type == "organization"]
    assert org.name == "Adam Zorbiewicz University" and "AZU" in org.aliases
    assert not org.introduced
    assert "Adam" not in names(x)  # the optimiser of the catalog, inside the name


def test_the_paper_says_what_its_own_work_is_over_the_catalog(nlp):
    x = run(
        nlp,
        "To bridge this gap, we introduce WebVoyager, an innovative web agent that completes "
        "user instructions end-to-end.",
        title="WebVoyager: Building an End-to-End Web Agent",
    )
    assert [(e.name, e.type, e.introduced) for e in x.entities] == [("WebVoyager", "model", True)]


def test_a_subset_after_a_catalog_benchmark_is_another_benchmark(nlp):
    found = scores(nlp, "ZorbR1 reaches 71.5 on GPQA Diamond and 80.2 on GPQA.")
    assert found == {("ZorbR1", "GPQA Diamond", 71.5), ("ZorbR1", "GPQA", 80.2)}


def test_an_acronym_of_a_lower_case_kind_of_datasets_names_no_entity(nlp):
    found = found_names(nlp, "Multiple-choice question (MCQ) datasets like MMLU are widely used.")
    assert found == {"MMLU"}


def test_names_listed_after_like_the(nlp):
    found = types(
        nlp, "Existing methods like the Zorbomaly Transformer and ZCdetector have progressed."
    )
    assert found == {"Zorbomaly Transformer": "method", "ZCdetector": "method"}


def test_tasks_of_extraction_and_their_acronyms_are_no_entities(nlp):
    found = found_names(
        nlp,
        "Knowledge Base Question Answering (KBQA) is hard, and previous KBQA methods fail. "
        "We test on ZorbRED, a large-scale RE dataset, for further improvement.111Our code "
        "is public.",
    )
    assert found == {"ZorbRED"}


def test_a_word_glued_before_a_catalog_model_makes_a_variant(nlp):
    found = found_names(
        nlp,
        "The second-tier models include Instruct-Starcoder and Zorbcoder, on a Hybrid "
        "Transformer-Mamba design.",
    )
    assert "Instruct-Starcoder" in found and "StarCoder" not in found
    assert "Transformer-Mamba" not in found


def test_a_year_after_a_catalog_benchmark_or_dataset_is_its_edition(nlp):
    found = scores(nlp, "ZorbR1 reaches 40.0 on AIME 2024 and 64.5 on COCO 2017.")
    assert found == {("ZorbR1", "AIME 2024", 40.0), ("ZorbR1", "COCO 2017", 64.5)}
    found = scores(nlp, "ZorbTTS reaches a WER of 1.88 on LibriSpeech test-clean.")
    assert found == {("ZorbTTS", "LibriSpeech test-clean", 1.88)}
    found = scores(nlp, "ZorbR1 reaches 40.0 on AIME '24 and 31.5 on AIME’25.")
    assert found == {("ZorbR1", "AIME '24", 40.0), ("ZorbR1", "AIME’25", 31.5)}
    x = run(nlp, "We train on VOC-2012 and ImageNet, as in (Deng et al., 2009), since 2017.")
    assert {"VOC-2012", "ImageNet"} <= set(names(x)) and "ImageNet 2009" not in names(x)
    assert names(x)["VOC-2012"].type == "dataset"


def test_capitals_that_mark_an_acronym_and_settings_are_no_names(nlp):
    x = run(
        nlp,
        "We introduce a ZoRb conditioned DAnce GEneraTion model, named ZDG. Zorb and dance "
        "generation are hard. ZDG achieves ACR=0.958 on ImageNet.",
    )
    assert "ZDG" in names(x)
    assert not {"ZoRb", "GEneraTion", "DAnce", "ACR=0.958"} & set(names(x))


def test_an_institute_the_text_names_data_after_is_that_data_throughout(nlp):
    x = run(nlp, "We build on the Inria dataset. We train on Pascal VOC, Inria and COCO.")
    assert all(e.type != "organization" for e in x.entities)


def test_a_technique_spelled_in_lower_case_is_a_method(nlp):
    x = run(nlp, "We propose task-aware key-value (KV) cache compression for long inputs.")
    assert all(e.type != "model" for e in x.entities)


def test_a_model_written_after_its_maker_has_that_spelling_as_alias(nlp):
    x = run(nlp, "OpenAI o1-preview solves 7.7% of the problems, and Zorb-7B 3.1%.")
    assert "OpenAI o1-preview" in names(x)["o1-preview"].aliases


def test_terms_counts_and_kinds_of_data_before_or_as_names(nlp):
    found = found_names(
        nlp,
        "Exams from Spring 2022 and Autumn 2022 were used. Evaluations on the 200-action "
        "ZorbNet-1.3 dataset and a public WSI dataset show gains in SPL. We study "
        "Single-view 3D Mesh Reconstruction.",
    )
    assert found == {"ZorbNet-1.3"}


def test_a_list_between_dashes_and_an_acronym_inside_an_item(nlp):
    x = run(
        nlp,
        "ZorbSeg gains across three remote sensing benchmarks—ZorbDA, iZorb, and WHU-ZD—"
        "outperforming others. We use two preference datasets—Zorbic Helpful-Harmless (HH) "
        "and Quill Beavertails—and more. HH is large.",
    )
    found = names(x)
    assert {"ZorbDA", "iZorb", "WHU-ZD"} <= set(found)
    assert found["Zorbic Helpful-Harmless"].aliases == ("HH",)


def test_a_version_before_a_possessive_is_part_of_the_name(nlp):
    found = found_names(nlp, "It needs 24,602 GPU hours, against Stable Diffusion 2.1's 200,000.")
    assert "Stable Diffusion 2.1" in found


def test_acrostics_fields_and_modifiers_in_capitals_are_no_names(nlp):
    found = found_names(
        nlp,
        "We propose ZorbSpeech, an audio undERstanding and LANguage model with ChatGPT-Assisted "
        "data from Audio-Language Multimodal Research and Software-engineering AI, with "
        "non-autoregressive decoding and a KL-divergence loss, tested on SWE-bench lite.",
    )
    assert found == {"ZorbSpeech", "SWE-bench Lite"}  # the catalog's spelling


def test_two_capitals_nobody_defines_are_no_name(nlp):
    # undefined two-letter capitals: a part, a quantity, a prefix
    found = found_names(
        nlp,
        "Our Zephyrnet adds a head named QT head on top of Mask R-CNN. It keeps the "
        "pixel coordinate (VW) of each point. It beats Flux Demucs and HQ Demucs on "
        "the MUSDB18 benchmark and outperforms XB and ZenoNet on CodaQA.",
    )
    assert not {"QT", "VW", "HQ", "XB"} & found
    assert {"ZenoNet", "MUSDB18"} <= found
    # defined by the text, or known to the catalog: kept
    (quantizer,) = run(
        nlp, "We propose the Decision Quantizer (DQ), a model for offline RL. DQ beats ZenoNet."
    ).entities[:1]
    assert (quantizer.name, quantizer.aliases) == ("Decision Quantizer", ("DQ",))
    assert "NQ" in found_names(nlp, "It gains 3 points on TriviaQA, NQ and WebQ datasets.")


def test_no_institute_from_a_web_address_or_from_initials_that_begin_a_name(nlp):
    found = types(
        nlp,
        "Code: \\url{https://github.com/EleutherAI/zorb}. ZenoNet is evaluated on four "
        "public datasets: UCF-QNRF, UCF CC 50, NWPU, and ShanghaiTech A-B.",
    )
    assert "EleutherAI" not in found
    assert "University of Central Florida" not in found
    assert found.get("UCF CC 50") == "dataset"
    # the institute named as such stays, and so do two institutes joined
    kept = types(nlp, "Work done at UCF and at the MIT-IBM Watson AI Lab with EleutherAI.")
    assert {"University of Central Florida", "EleutherAI"} <= set(kept)


def test_a_continual_learning_setting_is_a_benchmark_made_of_a_dataset(nlp):
    found = types(
        nlp,
        "ZenoNet reaches 87.8% in Split CIFAR-100 and 70.6% in Split ImageNet-R. "
        "We also split CIFAR-10 into five tasks and test on Permuted MNIST.",
    )
    assert found["Split CIFAR-100"] == found["Split ImageNet-R"] == "benchmark"
    assert found["Permuted MNIST"] == "benchmark"
    assert found["CIFAR-10"] == "dataset"  # "split" as a verb leaves the dataset alone


@pytest.mark.parametrize(
    ("abstract", "title", "expected"),
    [
        # an acronym pair described as a benchmark
        (
            "We introduce Zorb Extra Hard (ZEH), a new benchmark designed to push LLM "
            "reasoning. The best model scores 9.8% on ZEH.",
            "A Study",
            {"Zorb Extra Hard": "benchmark"},
        ),
        # a framework made to evaluate is a benchmark; an evaluation strategy a method
        (
            "We introduce ZorbLogic, a comprehensive evaluation framework for assessing "
            "LLM reasoning on grid puzzles. ZorbLogic enables controllable complexity.",
            "ZorbLogic: On the Scaling Limits of LLMs for Logical Reasoning",
            {"ZorbLogic": "benchmark"},
        ),
        (
            "We propose ZorbRank, a rigorous evaluation strategy for assessing answers.",
            "A Study",
            {"ZorbRank": "method"},
        ),
        # "a suite of MLLMs" is models, "a suite of three benchmarks" benchmarks
        (
            "This paper introduces Zorbix, a suite of mobile-side MLLMs with 0.6B to 4B "
            "parameters. Zorbix achieves first-tier performance.",
            "Zorbix Technical Report: An Efficient Mobile-side Multimodal Language Model",
            {"Zorbix": "model"},
        ),
        (
            "We introduce Zorb-Bench, a suite of three benchmarks with satellite imagery.",
            "A Study",
            {"Zorb-Bench": "benchmark"},
        ),
        # a relative clause after the description does not type the name
        (
            "Our analysis informs an Optimized Fine-Tuning recipe. We propose ZorbVLA-OFT, "
            "an instantiation of this recipe, which sets a new state of the art on the "
            "LIBERO simulation benchmark.",
            "A Study",
            {"ZorbVLA-OFT": "model", "LIBERO": "benchmark"},
        ),
    ],
)
def test_what_a_description_says_the_new_thing_is(nlp, abstract, title, expected):
    assert types(nlp, abstract, title) == expected


def test_a_plural_head_noun_before_a_list_types_it(nlp):
    found = types(
        nlp,
        "We evaluate on the classic SR benchmark datasets Zet5, Zet14, ZSD100, and "
        "Zurban100, and show superior performance.",
    )
    assert found == dict.fromkeys(("Zet5", "Zet14", "ZSD100", "Zurban100"), "dataset")


def test_a_repeated_name_repeats_its_evidence_and_adds_no_vote(nlp):
    # the title's description ("of LLMs") copied to three repeats does not outvote
    # the abstract's apposition
    assert types(
        nlp,
        "We present Zorbox, a comprehensive dataset of logic puzzles. Zorbox has a "
        "thousand puzzles of growing size. Zorbox grows with the puzzles. In Zorbox "
        "the puzzles are checked by hand.",
        "Zorbox: On the Reasoning Limits of LLMs",
    ) == {"Zorbox": "dataset"}


def test_classes_kinds_of_data_and_fields_spelled_with_capitals_are_no_names(nlp):
    found = types(
        nlp,
        "We present Zorb-VL, an open-source Vision-Language (VL) Model for real-world "
        "understanding; the VL design keeps language skills. For in-distribution (ID) "
        "data, the ranking of classes is stable. When evaluating state-of-the-art models "
        "like Zorbava-Med on ZoroMed, we observe drops.",
        "Zorbma: an Open Corpus of Three Trillion Tokens for Language Model Pretraining Research",
    )
    assert not {"Vision-Language", "VL", "in-distribution", "ID"} & set(found)
    assert "Language Model Pretraining Research" not in found
    assert "Zorbava-Med on ZoroMed" not in found and found.get("Zorbava-Med") == "model"


def test_languages_are_no_data_and_a_listed_model_drops_its_makers_possessive(nlp):
    found = types(
        nlp,
        "We expand the datasets of three languages, namely Hindi, Gujarati and Indian "
        "English, and translate ZorbQA, a large-scale English QA dataset. Closed models "
        "beat open-source models like Meta's Zorbama and Google's Zemma.",
    )
    assert not {"Hindi", "Gujarati", "Indian English", "English QA"} & set(found)
    assert {"Zorbama", "Zemma"} <= set(found)
    assert not {"Meta's Zorbama", "Google's Zemma"} & set(found)


def test_a_company_name_before_a_data_head_and_initials_the_text_spells_out(nlp):
    x = run(
        nlp,
        "ZorbRec beats current models on the Amazon dataset. ZabPFN is a Prior-Data "
        "Fitted Network (PFN) trained offline. We thank Preferred Networks (PFN).",
    )
    found = {e.name: e for e in x.entities}
    assert found["Amazon dataset"].type == "dataset"
    assert "Amazon" in found["Amazon dataset"].aliases and "Amazon" not in found
    network = found["Prior-Data Fitted Network"]
    assert (network.type, network.aliases) == ("model", ("PFN",))
    assert found["Preferred Networks"].type == "organization"  # written out: the company


def test_tasks_in_capitals_with_hyphenated_words_are_no_names(nlp):
    found = types(
        nlp,
        "We create ZorbRC, a new multi-choice Reading Comprehension dataset, and ZorbMCQA, "
        "a large-scale Multiple-Choice Question Answering (MCQA) dataset for Natural "
        "Language Inference.",
    )
    assert not {
        "Reading Comprehension",
        "Multiple-Choice Question Answering",
        "Natural Language Inference",
    } & set(found)
    assert {"ZorbRC", "ZorbMCQA"} <= set(found)


def test_a_clause_subject_after_a_list_and_a_comma_without_its_space(nlp):
    # the list of benchmarks ends where the clause's subject (a model) begins
    found = types(
        nlp,
        "Across Zorb-4.1 and Qwen3-235B-A22B on ZafeData_600, ZafeData_1K, and CoZafe, "
        "Zorb-4.1 attains the best accuracy.",
    )
    assert not {"ZafeData_600", "ZafeData_1K", "CoZafe"} & {
        name for name, kind in found.items() if kind == "model"
    }
    # "YOLOv8s,and": a page that lost the space after a comma
    assert "ZOLOv8,the" not in found_names(nlp, "We beat ZOLOv8,the baseline, on VisDrone.")


def test_a_name_inside_a_tex_macro_and_data_after_training_set(nlp):
    found = types(
        nlp,
        "We introduce \\texttt{TinyZSM}, a synthetic dataset of grade school math problems. "
        "We also train ZableLM on our carefully built training set ZableInstruct, "
        "achieving comparable performance with GPT-3.5.",
    )
    assert found["TinyZSM"] == "dataset"
    assert found["ZableInstruct"] == "dataset"


def test_a_noun_phrase_after_a_comma_that_a_verb_follows_is_a_subject(nlp):
    # "a duo of models" is what achieves the score, not what ZorbMath is
    assert types(
        nlp,
        "We release ZorbMath, a synthetic dataset of math problems. After finetuning on "
        "ZorbMath, a duo of models achieves 81.5% accuracy.",
    ) == {"ZorbMath": "dataset"}


def test_a_type_noun_after_on_or_with_types_the_other_name_not_the_contribution(nlp):
    found = types(
        nlp,
        "We train Frobnet on the Quzzle dataset. We present Blorbo, a benchmark with 500 "
        "tasks. Frobnet beats Blorbo-free baselines.",
    )
    assert found["Frobnet"] == "model"  # not the dataset it is trained on
    assert found["Blorbo"] == "benchmark"  # the noun before "with" still types it


def test_slashed_versions_are_variants_and_slashed_scores_go_to_them_in_order(nlp):
    from citekg.extract.components.discovery import extend_name

    text = "We tune Zorb 2 7B/13B on it."
    assert text[8 : extend_name(text, 8, 14)] == "Zorb 2 7B"  # the slash ends the word
    x = run(
        nlp,
        "On the QuizBench v1.1/v2.0 question answering task, ZorbBERT achieves a dev F1 "
        "score of 90.0/79.2. We also tune Llama 2 7B/13B.",
    )
    found = names(x)
    assert found["QuizBench v1.1"].type == found["QuizBench v2.0"].type == "benchmark"
    assert {"Llama 2 7B", "Llama 2 13B"} <= set(found)
    triples = {(r["model"], r["benchmark"], r["value"]) for r in x.results}
    assert triples == {("ZorbBERT", "QuizBench v1.1", 90.0), ("ZorbBERT", "QuizBench v2.0", 79.2)}


def test_a_version_before_a_colon_or_comma_ends_the_name(nlp):
    # "2: Towards" is a release, not a count of things ("2 models")
    x = run(
        nlp,
        "In this paper, we present ZorbTTS 2, a text-to-speech model. ZorbTTS 2 "
        "differs from its predecessor.",
        title="ZorbTTS 2: Towards Human-Level Text-to-Speech",
    )
    assert set(names(x)) == {"ZorbTTS 2"}
    assert names(x)["ZorbTTS 2"].introduced


def test_a_measure_and_a_plural_glued_to_a_name_are_no_names(nlp):
    found = found_names(
        nlp,
        "In this work, we introduce a 1-bit LLM variant, namely Frobnet, in which every "
        "weight is ternary. AlphaFold prediction of ZorbGPT2-sequences yields "
        "well-folded structures.",
    )
    assert "1-bit" not in found
    assert "ZorbGPT2" in found and "ZorbGPT2-sequences" not in found


def test_a_tex_tie_reads_as_a_space_and_the_evidence_quotes_it_as_written(nlp):
    x = run(
        nlp,
        "We fine-tune on the large QZ~MARCO dataset and use Zorb Document "
        "Embeddings~(ZDE). See https://example.org/~zorb for code.",
    )
    found = names(x)
    assert "QZ MARCO" in found and found["QZ MARCO"].type == "dataset"
    assert "QZ~MARCO" in {m.text for m in x.mentions}  # offsets into the text as given
    assert "ZDE" in found["Zorb Document Embeddings"].aliases


def test_a_naming_verb_in_brackets_takes_the_noun_before_them(nlp):
    assert types(
        nlp, "It learns from our curated large-scale text pair dataset (called QQPairs)."
    ) == {"QQPairs": "dataset"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "respectively" or not, a list of numbers then a list of as many benchmarks
            "ZorbGen achieves 71.6 and 54.4 exact match scores on QuizQA and ZebQA. ZorbCoder "
            "reaches scores of up to 53% and 55% on HumanEval and MBPP, respectively.",
            {
                ("ZorbGen", "QuizQA", 71.6),
                ("ZorbGen", "ZebQA", 54.4),
                ("ZorbCoder", "HumanEval", 53.0),
                ("ZorbCoder", "MBPP", 55.0),
            },
        ),
        (  # the model named right after the scores, with "for"
            "ZorbStar boosts GSM8K accuracy from 12.51% to 63.91% for ZorbGPT-7B, and from "
            "36.46% to 81.88% for BlipLlama-13B.",
            {(m, "GSM8K", v) for m in ("ZorbGPT-7B",) for v in (12.51, 63.91)}
            | {(m, "GSM8K", v) for m in ("BlipLlama-13B",) for v in (36.46, 81.88)},
        ),
    ],
)
def test_listed_scores_pair_with_their_benchmarks_and_models(nlp, text, expected):
    assert scores(nlp, text) == expected


def test_cited_authors_and_licence_codes_are_no_names(nlp):
    found = found_names(
        nlp,
        "We evaluate on SentEval (Conneau and Kiela, 2018) and compare dual encoders "
        "(Guo et al., 2018). We release ZorbSteer2, a permissively licensed preference "
        "dataset (CC-BY-4.0), under Apache-2.0. Lower-resource corpora have issues.",
    )
    assert found == {"SentEval", "ZorbSteer2"}


def test_editions_verbs_and_appositions_that_type_a_name(nlp):
    found = types(
        nlp,
        "It improves over 10 directions of the WMT'21 and WMT'22 test sets. Moderation "
        "tools such as Zorb-Guard2 score reasonably well. ZorbMix joins ZorbTrain, the "
        "training data of Zorbguard, and ZorbTest, a test set with 5K items.",
    )
    assert found["WMT'21"] == found["WMT'22"] == "benchmark"
    assert found["Zorb-Guard2"] == "model"  # "score" is the verb here, not a metric
    assert found["ZorbTrain"] == "dataset"


def test_list_mates_sharing_a_prefix_and_a_dash_glued_article(nlp):
    x = run(
        nlp,
        "We evaluate ZorbLP on 4 link prediction datasets of the Zorb Graph Benchmark, "
        "including zgbl-ddi, zgbl-collab, zgbl-ppa and zgbl-citation2. The results show "
        "that ZorbMAE-a simple graph autoencoder-beats every Message Passing Neural Network "
        "(MPNN).",
    )
    found = names(x)
    listed = {"zgbl-ddi", "zgbl-collab", "zgbl-ppa", "zgbl-citation2"}
    assert listed <= set(found) and {found[n].type for n in listed} == {"dataset"}
    # "datasets ..., including X" types X and says nothing of how the paper uses it
    assert found["zgbl-collab"].relations == ("mentions",)
    assert "ZorbMAE-a" not in found
    shapes = [c.text for c in find_shapes("that ZorbMAE-a simple graph autoencoder-beats")]
    assert shapes == ["ZorbMAE"]
    assert "MPNN" not in found  # a class of networks


def test_benchmarks_listed_right_before_as_many_numbers_pair_in_order(nlp):
    assert scores(
        nlp,
        "ZorbSci-7B achieves a new state of the art on QuizQA and ZebQA dev of 77.6% and "
        "52.9%. "
        "ZorbCast beats HRES on 90.0% of the 2760 targets on ERA5.",
    ) == {("ZorbSci-7B", "QuizQA", 77.6), ("ZorbSci-7B", "ZebQA", 52.9)}


def test_our_name_that_sets_a_record_and_tracking_metrics(nlp):
    found = types(
        nlp,
        "Experiments on the VisDrone2019 and UAVDT datasets show our ZorbMOT sets a new "
        "state-of-the-art performance in MOTA and IDF1 metrics.",
    )
    assert found["ZorbMOT"] == "model"  # "sets" is the verb, not a head noun
    assert not {"MOTA", "IDF1"} & set(found)


def test_spaced_catalog_names_year_splits_and_metric_led_head_names(nlp):
    x = run(
        nlp,
        "Details are hidden (as in the DeepSeek R1 technical report). ZorbGen gets an FID "
        "of 23.3 on QuizBench 2017-5k and 2.18 FID on ImageNet 256x256 benchmarks. The "
        "problem is NP-hard for Non-IID data.",
    )
    found = names(x)
    assert "DeepSeek-R1" in found  # the catalog's "DeepSeek-R1", written with a space
    assert "ImageNet 256x256" in found and "FID on ImageNet 256x256" not in found
    assert not {"NP-hard", "Non-IID"} & set(found)
    found = found_names(
        nlp,
        "We propose two metrics, Independent Success Rate and Conditional Success Rate, on "
        "ZorbNav-Bench. It gets 20 HOTA, saves a FLOP and beats SLAM systems.",
    )
    assert found == {"ZorbNav-Bench"}
    assert extend_name_subset("We evaluate on QuizBench 2017-5k.", "QuizBench") == (
        "QuizBench 2017-5k"
    )


def extend_name_subset(text: str, name: str) -> str:
    """The name a known benchmark ``name`` grows to with its edition ("X 2017-5k")."""
    from citekg.extract.candidates import Candidate
    from citekg.extract.components.discovery import _around_known

    start = text.index(name)
    known = Candidate(start, start + len(name), name, "catalog", type="benchmark", key="b/x")
    return max((c.text for c in _around_known(text, known)), key=len, default=name)


def test_a_catalog_short_form_written_again_and_a_challenge_task(nlp):
    x = run(
        nlp,
        "It reaches the best scores on the AudioCaps (AC) dataset. We examine biases in the "
        "AC dataset. We rank first in DCASE 2024 Task 9.",
    )
    found = names(x)
    assert "AC" not in found and "AC" in found["AudioCaps"].aliases  # one entity
    assert found["DCASE 2024 Task 9"].type == "benchmark"


def test_a_title_about_a_benchmark_and_tasks_named_by_their_modalities(nlp):
    x = run(
        nlp,
        "We present ZorbLens for Text-to-3D and Image-to-Video generation.",
        title="ZorbLens: A Large Scale Agent Model Tool Use Benchmark",
    )
    assert {e.name: e.type for e in x.entities} == {"ZorbLens": "benchmark"}


def test_a_contest_keeps_its_year_and_a_shared_task_title_names_team_and_contest(nlp):
    x = run(
        nlp,
        "The 2031 ACM Zorbsys Challenge asks for rankings. Our methods won the QDD Cup "
        "2030, the Frob Challenge 2029 and the SIGZ eZorb Challenge 2028.",
        title="Quillnet at Zorbsys 2031: Ranking posts with a fast model",
    )
    found = {e.name: e.type for e in x.entities}
    for contest in (
        "2031 ACM Zorbsys Challenge",
        "QDD Cup 2030",
        "Frob Challenge 2029",
        "SIGZ eZorb Challenge 2028",
        "Zorbsys 2031",
    ):
        assert found.get(contest) == "benchmark", contest
    assert found.get("Quillnet") == "organization"
    x = run(nlp, "We rank third.", title="QLM at SemZval-2031 Task 11: A System for NER")
    assert {e.name: e.type for e in x.entities} == {
        "QLM": "organization",
        "SemZval-2031 Task 11": "benchmark",
    }


def test_capitals_marking_an_acronym_in_plain_words_and_a_colon_without_space(nlp):
    x = run(
        nlp,
        "We propose a novel expLicit syntAx Refinement and Subsentence mOdeliNg based "
        "framework (LARZON). LARZON outperforms fastZext.",
        title="ZR-HetZNN:Session-based Explicit Syntax Modeling",
    )
    found = names(x)
    assert not {"expLicit", "syntAx", "mOdeliNg"} & set(found)
    assert "fastZext" in found  # written one way only: a name
    assert found["LARZON"].introduced  # the acronym after "X based framework"
    assert "ZR-HetZNN" in found and found["ZR-HetZNN"].introduced


def test_size_tiers_sizes_appositions_and_words_glued_to_a_known_model(nlp):
    x = run(
        nlp,
        "Our ZorbMamba-S with 1.3G FLOPs improves Vim-Ti with 1.5G FLOPs by 5.6% on "
        "ImageNet, and runs "
        "faster than the advanced MobileSAM. It matches QUILL, one of the largest "
        "self-supervised systems to date. We beat SoTAs on iPhone12.",
    )
    found = {e.name: e.type for e in x.entities}
    assert found.get("ZorbMamba-S") == "model"  # "with 1.3G FLOPs": sized, so a model
    assert found.get("Vim-Ti") == "model"  # a size tier ends a name
    assert found.get("MobileSAM") == "model"  # a word glued before SAM
    assert found.get("QUILL") == "model"  # "one of the largest ... systems"
    assert not {"SoTAs", "iPhone12"} & set(found)


def test_a_known_name_inside_a_longer_known_one_is_no_mention_of_its_own(nlp):
    x = run(nlp, "It reaches super-human scores on the Atari 100K benchmark.")
    assert {e.name for e in x.entities} == {"Atari 100k"}


def test_a_score_normalised_by_people_is_a_models_score_and_peoples_own_is_not(nlp):
    text = (
        "ZorbAgent achieves a mean human normalized score of 1.46 on the Atari 100k "
        "benchmark. QuillAgent reaches 126.7% mean human performance on the Atari 100k "
        "benchmark, while the human performance of 78.2% on Atari 100k is far off. A simple "
        "baseline model scores well above 68% AUC on the MIND dataset."
    )
    assert scores(nlp, text) == {
        ("ZorbAgent", "Atari 100k", 1.46),
        ("QuillAgent", "Atari 100k", 126.7),
    }


def test_titles_that_take_a_perspective_or_open_with_a_clause_and_a_new_generation(nlp):
    x = run(
        nlp,
        "ZorbViT outperforms ResNet-50 on ImageNet.",
        title="ZorbViT: Revisiting Mobile CNN From ViT Perspective",
    )
    assert names(x)["ZorbViT"].introduced  # a perspective is no survey here
    x = run(
        nlp,
        "QuillRL reaches 77.1% on ImageNet with a ResNet50.",
        title="Pushing the limits of self-supervised ResNets: Can we do without labels?",
    )
    assert not any(e.introduced for e in x.entities if e.name.startswith("ResNet"))
    x = run(nlp, "We present the latest generation of MobileNets, known as ZorbNetV4 (ZN4).")
    found = names(x)
    assert found["ZorbNetV4"].introduced and not found["MobileNet"].introduced
    x = run(
        nlp, "ZorbNet beats BERT.", title="ZorbNet: A High Performance GPU-Dedicated Architecture"
    )
    assert "GPU-Dedicated" not in names(x)


def test_an_own_variant_in_lower_case_and_initials_that_begin_a_data_name(nlp):
    x = run(
        nlp,
        "This work proposes a detector, termed Oriented R-CNN. The oriented R-CNN head "
        "refines proposals, and oriented R-CNN reaches 75.9 mAP on DOTA. We test on the "
        "ZWPU QHR-10 and SSDD datasets.",
        title="Oriented R-CNN for Object Detection",
    )
    found = names(x)
    assert "R-CNN" not in found and found["Oriented R-CNN"].introduced
    assert "ZWPU QHR-10" in found


def test_names_right_after_a_data_head_noun_and_a_part_of_a_benchmark(nlp):
    x = run(
        nlp,
        "We obtain 83.1% F1 on the three ZCD datasets SYSU, QEVIR-CD+, and WZU-CD; on the "
        "QCD dataset SECOND, we obtain 24.1% SeK. We use the QEDGAR subset of the LexGLUE "
        "benchmark and split-CIFAR10.",
    )
    found = {e.name: e.type for e in x.entities}
    assert {"SYSU", "QEVIR-CD+", "WZU-CD", "SECOND", "QEDGAR", "split-CIFAR10"} <= set(found)
    assert "ZCD" not in found and "QCD" not in found  # a kind of data, not a name
    assert "Sun Yat-sen University" not in found  # "SYSU" names data here
    assert found["QEDGAR"] in ("dataset", "benchmark")


def test_titles_that_name_a_task_or_shout_and_no_type_from_the_titles_last_word(nlp):
    x = run(
        nlp, "We present ZOFU to study forgetting.", title="ZOFU: A Task of Fictitious Unlearning"
    )
    assert {e.name: e.type for e in x.entities} == {"ZOFU": "benchmark"}
    x = run(
        nlp,
        "We contribute the Financial Language Zorb Evaluation (FLZE), a suite of benchmarks.",
        title="WHEN FLZE MEETS FLANQ: Benchmarks and a Language Model for Finance",
    )
    assert not {"WHEN", "MEETS"} & set(names(x))
    x = run(
        nlp,
        "QuillQA is a testing suite for analysts.",
        title="QuillQA: A Benchmark for Evaluating Large Language Models",
    )
    assert {e.name: e.type for e in x.entities} == {"QuillQA": "benchmark"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range of gains, a gain "over the next best", a gain "of at least ~"
        ("ZorbNet improves on MMLU by 3%~20% and by 2% to 5% on GSM8K.", set()),
        (
            "Pretraining on it raises accuracy by 18% over ImageNet and 6% over the next best.",
            set(),
        ),
        ("ZorbNet shows an accuracy increase of at least ∼16.7% on CIFAR-10.", set()),
        # a privacy budget, a resolution and a saving of time are no scores
        ("ZorbNet reaches 83.8% top-1 on ImageNet under (0.5, 8*10^{-7})-DP.", {83.8}),
        ("ZorbNet gets 75.9% mAP on DOTA at an image size of 1024×1024.", {75.9}),
        ("ZorbNet can diminish 94% time costs on ImageNet.", set()),
    ],
)
def test_ranges_of_gains_settings_and_sizes_are_no_scores(nlp, text, expected):
    assert {value for _, _, value in scores(nlp, text)} == expected


def test_the_papers_own_model_with_a_backbone_scores(nlp):
    x = run(
        nlp,
        "We propose a detector, termed Zorb R-CNN. Without tricks, Zorb R-CNN with ResNet50 "
        "achieves 75.87% mAP on DOTA.",
    )
    assert {(r["model"], r["value"]) for r in x.results} == {("Zorb R-CNN", 75.87)}


def test_new_names_made_from_known_ones_and_metrics_named_in_a_list(nlp):
    x = run(
        nlp,
        "In this work, we propose vid2vid-zero, a simple method. We also introduce Gemma "
        "Zorbscope, an open suite of sparse autoencoders. We report composite metrics "
        "named Csig, Cbak and Covl. And building upon this, a mask mechanism is applied.",
    )
    found = names(x)
    assert found["vid2vid-zero"].introduced and "vid2vid" not in found
    assert found["Gemma Zorbscope"].introduced
    assert "Gemma" not in found or not found["Gemma"].introduced
    assert not {"Csig", "Cbak", "Covl", "upon this"} & set(found)


def test_a_title_whose_name_ends_in_a_head_noun_and_speech_metrics(nlp):
    x = run(
        nlp,
        "We test a two-stage network. ZorbTTS reaches a MOS of 4.2 on LJSpeech.",
        title="ICASSP 2031 Deep Zorb Suppression Challenge: Decoupling Magnitude and Phase",
    )
    found = {e.name: e for e in x.entities}
    contest = found["ICASSP 2031 Deep Zorb Suppression Challenge"]
    assert contest.type == "benchmark" and not contest.introduced
    assert "MOS" not in found
    assert {(r["model"], r["value"], r["metric"]) for r in x.results} == {("ZorbTTS", 4.2, "MOS")}


def test_number_pattern_matches_as_written():
    """Results' number pattern tests what comes before a number after its first digit
    (so the regex engine skips to digits): the same matches as the pattern written
    with its look-behinds first."""
    import re

    from citekg.extract.components.results import _NUMBER

    as_written = re.compile(
        r"(?<![\w.,@^])(?<![^\d%]/)(?<!\$(?!\d+(?:\.\d+)?\$))"
        r"(\d{1,3}(?:\.\d+)?|\d{4}(?:\.\d+)?)(\s*\\?%|\s*percent\b)?"
        r"(?![\w.]*\d|,\d|[A-Za-z])"
    )
    texts = [
        "It gets 84.2 on MMLU (+3.1%), 7B tokens in 2023, 69% on GSM8K, $52.5$ AP, $5 each.",
        "ViT-B/16 and 43.6/47.7/50.2 AP, 12,500 problems, 0.5 percent, 3x, @1 and ^2, 1234.5",
        "a/1 %/2 1/2 $1.5$ $12 .5 ,5 x7 _8 99 percentile 100 percent",
    ]
    for text in texts:
        for start in range(len(text)):
            found = [(m.span(), m.groups()) for m in _NUMBER.finditer(text, start)]
            assert found == [(m.span(), m.groups()) for m in as_written.finditer(text, start)]


def test_a_capitalised_word_before_a_known_model_mid_sentence_names_another(nlp):
    x = run(
        nlp,
        "H2ZBox-v2 comes close to a counterpart, Rotated FCOS, on DOTA. Compared with BERT, "
        "it wins. We also tune Vanilla BERT and Google BERT.",
        title="Zorb: Oriented Object Detection",
    )
    found = {e.name: e.type for e in x.entities}
    assert found.get("Rotated FCOS") == "model"
    assert "Compared with BERT" not in found and "Vanilla BERT" not in found
    assert found.get("Google") == "organization"  # a company before a model: two names


def test_names_listed_after_search_spaces_or_environments_such_as_are_benchmarks(nlp):
    x = run(
        nlp,
        "We study NAS spaces such as ZorbBench-101 (ZB101), ZB201 and ZB301, and "
        "environments such as QuillWorld.",
    )
    found = {e.name: e.type for e in x.entities}
    assert found.get("ZB201") == "benchmark" and found.get("ZB301") == "benchmark"
    assert found.get("QuillWorld") == "benchmark"


def test_a_common_word_company_glued_to_a_word_is_no_company(nlp):
    x = run(nlp, "We apply Meta-Learning to QM7b, and Google-internal models to USPTO-50k.")
    found = {e.name: e.type for e in x.entities}
    assert "Meta" not in found  # "Meta-Learning" is a word
    assert found.get("Google") == "organization"  # "Google-internal" is Google's


def test_two_institutes_initials_right_after_a_data_head_noun_name_data(nlp):
    x = run(nlp, "Experiments on two person search benchmarks, CUHK-SYSU and ZRW, show gains.")
    assert names(x)["CUHK-SYSU"].type in ("dataset", "benchmark")
    assert all(e.type != "organization" for e in x.entities)


def test_a_model_named_after_data_is_a_model(nlp):
    x = run(nlp, "We compare with DROID-SLAM and KITTI-BERT, and test on ImageNet-64.")
    assert names(x)["DROID-SLAM"].type == "model" and names(x)["KITTI-BERT"].type == "model"
    assert names(x)["ImageNet-64"].type in ("dataset", "benchmark")


def test_data_described_in_lower_case_words_before_its_head_noun(nlp):
    x = run(
        nlp,
        "We use ZORBS hate speech detection dataset. ZorbBERT is retrained on SOLID, the "
        "largest English offensive language identification corpus. It gives Top-10 "
        "repair suggestions, and ZorbLM generated instruction dataset is large.",
    )
    assert names(x)["ZORBS"].type == "dataset" and names(x)["SOLID"].type == "dataset"
    assert "Top-10" not in names(x)
    assert names(x).get("ZorbLM") is None or names(x)["ZorbLM"].type == "model"


def test_settings_and_shares_are_no_scores(nlp):
    found = scores(
        nlp,
        "ZorbNet reaches 45.1% robust accuracy on CIFAR-10 at ε=8/255 and 61.2% on ImageNet "
        "under ℓ2 radius 1.5 (σ=1.0). ZorbLM needs only 0.2% of past methods' model "
        "parameters and 0.4% of their training tokens to reach 55.2% on MMLU.",
    )
    assert found == {
        ("ZorbNet", "CIFAR-10", 45.1),
        ("ZorbNet", "ImageNet", 61.2),
        ("ZorbLM", "MMLU", 55.2),
    }


def test_a_score_after_a_comparison_is_the_subjects(nlp):
    found = scores(
        nlp,
        "ZorbMoE surpasses Llama 2 70B on MATH and ARC-Challenge, with accuracy of 55.9 and "
        "95.8 respectively.",
    )
    assert found == {("ZorbMoE", "MATH", 55.9), ("ZorbMoE", "ARC-Challenge", 95.8)}


def test_contributions_after_a_clause_our_capitalised_name_and_the_proposed_method(nlp):
    x = run(
        nlp,
        "Therefore, we thoroughly pursue this problem and propose a novel ZorbNet framework. "
        "Our Multi-Instance Zorb Network (MIZNet) predicts poses. The proposed method, "
        "Efficient ZORB (Ef-ZORB), achieves gains. Our Llama-based model beats GPT-4.",
    )
    introduced = {e.name for e in x.entities if e.introduced}
    assert {"ZorbNet", "Multi-Instance Zorb Network", "Efficient ZORB"} <= introduced
    assert not {"LLaMA", "GPT-4"} & introduced


def test_weakness_ids_file_formats_scans_units_and_deep_classes_are_no_names(nlp):
    x = run(
        nlp,
        "ZorbVul finds CWE-119, CWE-787 and CVE-2021-44228 cases. We write SVG code from "
        "580k SVG-text instructions in TrueType fonts, and compare with state-of-the-art "
        "SVG-VAE and DeepSVG. Low-dose CT (LDCT) scans feed Deep Convolutional Neural "
        "Network (DCNN)-based models. On the 16 kHz LibriTTS dataset, ZorbCodec attains a "
        "ViSQOL score of 4.30 at 1.5 kbps.",
    )
    found = set(names(x))
    unwanted = {
        "CWE-119", "CWE-787", "CVE-2021-44228", "SVG", "SVG-text", "TrueType", "LDCT",
        "Deep Convolutional Neural Network", "Hz LibriTTS",
    }  # fmt: skip
    assert not unwanted & found
    assert {"SVG-VAE", "DeepSVG", "LibriTTS"} <= found
    more = run(
        nlp,
        "ZorbMIA beats others on English-language benchmarks with GPT-enriched prompts, "
        "using the CPU, DRAM and disk of one machine.",
    )
    assert not {"English-language", "GPT-enriched", "DRAM"} & set(names(more))
    assert {r["value"] for r in x.results} == {4.3}


def test_combinatorial_problems_are_tasks_and_an_organisations_data_is_data(nlp):
    x = run(
        nlp,
        "ZorbGLOP achieves state-of-the-art performance on routing problems including TSP, "
        "ATSP, CVRP and PCTSP. ZorbCO is evaluated on the Maximal Independent Set benchmark. "
        "ZorbDrive outperforms specialized models across both the nuScenes and Waymo "
        "datasets.",
    )
    found = names(x)
    assert not {"TSP", "CVRP", "PCTSP", "Maximal Independent Set"} & set(found)
    assert found["Waymo"].type in ("dataset", "benchmark")


def test_an_acronym_spelled_out_as_something_else_or_as_a_task(nlp):
    x = run(
        nlp,
        "We propose Dynamic Memory Compression (DMC), a method for key-value cache "
        "compression. DMC beats up-trained grouped-query attention (GQA); GQA and DMC can be "
        "combined for Long-CoT LLMs. Audio-Visual Speech Recognition (AVSR) is robust, and "
        "ZorbFormer is strong on ASR, QVSR, and AVSR tasks.",
        title="Curriculum Selection for High-IPC Dataset Distillation via Minimax Diffusion",
    )
    found = names(x)
    assert "Dynamic Memory Compression" in found
    unwanted = {"DeepMind Control Suite", "GQA", "QVSR", "AVSR", "Long-CoT", "High-IPC"}
    hoi = run(nlp, "Zorb-Object Interaction (ZOI) detection localises pairs. ZorbHOI wins.")
    assert not {"Zorb-Object Interaction", "ZOI"} & set(names(hoi))
    assert not unwanted & set(found)
    assert not names(x, "organization")  # "Minimax" is a word, not the company MiniMax
    # an acronym before a class's acronym names data: "KIT-ML" (not "Human-LLM")
    kit = run(nlp, "Experiments on HumanML3D and KIT-ML datasets show that ZorbControl wins.")
    assert names(kit)["KIT-ML"].type in ("dataset", "benchmark")


def test_a_known_acronym_the_paper_defines_otherwise_is_its_own(nlp):
    x = run(
        nlp,
        "We train a Global Aggregation Encoder (GAE) with projected gradient decent (PGD) "
        "and Generative Adversarial Networks (GANs). GAE helps.",
    )
    assert names(x)["Global Aggregation Encoder"].key.startswith("model/")
    assert "generalized advantage estimation" not in names(x)
    assert any(e.key and "projected-gradient" in e.key for e in x.entities)


def test_knowledge_graphs_named_and_listed_are_data(nlp):
    x = run(
        nlp,
        "We evaluate on several data sets, such as the Zorbsoft Academic Graph (ZAG). We "
        "use DBLP, ZorbAlex knowledge graphs and Wikipedia. The benchmark leverages the Open "
        "Zorb Knowledge Graph (OZKG). Temporal Knowledge Graph (TKG) reasoning is hard.",
    )
    for name in ("Zorbsoft Academic Graph", "ZorbAlex", "Open Zorb Knowledge Graph", "DBLP"):
        assert names(x)[name].type == "dataset", name
    assert "Temporal Knowledge Graph" not in names(x)


def test_metrics_settings_and_classes_of_audio_models_are_no_entities(nlp):
    x = run(
        nlp,
        "Gains of 6.43% in event-F1 and 1.96% in PSDS1 are reached on CALVIN ABC→D by "
        "ZorbSED. We evaluate Audio-Language Models and an answer location module (ALM).",
    )
    assert not {"event-F1", "PSDS1", "ABC→D", "Audio-Language Models"} & set(names(x))


def test_the_old_score_of_an_unnamed_system_and_a_systems_backbone(nlp):
    found = scores(
        nlp,
        "On CALVIN our method improves the success rate from 88.9% "
        "to 94.9%. Training raises ZorbLM's accuracy on MMLU from 50.1% to 57.2%. "
        "ZorbAgent, a system built on GPT-4o, achieves an accuracy of 35.3% on HotpotQA.",
    )
    assert {r for r in found if r[1] == "CALVIN"} == {(None, "CALVIN", 94.9)}
    assert {("ZorbLM", "MMLU", 50.1), ("ZorbLM", "MMLU", 57.2)} <= found
    assert ("ZorbAgent", "HotpotQA", 35.3) in found


def test_the_old_score_an_own_named_system_improves_on(nlp):
    found = scores(
        nlp,
        "We introduce ZorbSync. Our ZorbSync achieved a significant improvement in accuracy, "
        "increasing from 91% to 94% on the HDTF test set.",
    )
    assert {r for r in found if r[1] == "HDTF"} == {("ZorbSync", "HDTF", 94.0)}


def test_the_old_score_in_brackets_and_a_subject_that_improves_over_another(nlp):
    found = scores(
        nlp,
        "We present ZorbProver. ZorbProver advances the pass rate on QuuxF2F-valid (48.0% "
        "to 57.0%) and QuuxF2F-test (45.5% → 47.1%). ZorbProver-V2 demonstrates significant "
        "improvements over ZorbProver-V1, achieving 63.5% on the QuuxBench benchmark.",
    )
    assert found == {
        ("ZorbProver", "QuuxF2F-valid", 57.0),
        ("ZorbProver", "QuuxF2F-test", 47.1),
        ("ZorbProver-V2", "QuuxBench", 63.5),
    }


def test_a_score_achieved_by_the_model_named_after_it(nlp):
    found = scores(
        nlp,
        "We fine-tune ZorbVL-7B. In our evaluation on ZorbBench, we benchmarked 15 "
        "different models, highlighting a 31.42% question-pair accuracy achieved by the "
        "state-of-the-art QuuxGPT-4V.",
    )
    assert found == {("QuuxGPT-4V", "ZorbBench", 31.42)}


def test_an_old_score_before_an_arrow_and_a_score_on_unnamed_data(nlp):
    found = scores(
        nlp,
        "We present ZorbVerifier, evaluated on the ZorbMath benchmark. It improves the "
        "previous best results from 16.8% → 12.7% final-answer error and 14.0% → 3.4% "
        "reasoning error.",
    )
    assert {v for *_, v in found} == {12.7, 3.4}
    found = scores(
        nlp,
        "We present ZorbSpeak. Our final model achieves 3.2% word error rate (WER) on the new "
        "dataset and 15.6% WER on the Flim Voice benchmark.",
    )
    assert {v for *_, v in found} == {15.6}


def test_a_score_on_a_name_not_found_is_not_the_earlier_benchmarks(nlp):
    found = scores(
        nlp,
        "We present Zorbion, a retriever. Our model achieves 77.6% success on ZorbFact, 25.2% "
        "on STEADY, 63.2% on FlimCorpus, and remains competitive on FEVER.",
    )
    assert found == {("Zorbion", "ZorbFact", 77.6), ("Zorbion", "FlimCorpus", 63.2)}


def test_the_score_in_brackets_of_a_rival_named_before_it(nlp):
    found = scores(
        nlp,
        "ZorbMoE-L trained comparably to QuuxNet-L achieves 78.6% on the ZorbNet benchmark "
        "(vs. 76.2%).",
    )
    assert ("QuuxNet-L", "ZorbNet", 76.2) in found


def test_what_a_sentence_says_its_subject_is_and_a_score_on_it_type_a_name(nlp):
    found = types(
        nlp,
        "We study forecasting. ZorbNet2021 is a large dataset suitable for training deep "
        "networks. FlimNet is a new benchmark for nowcasting. Our model gets 0.452 on "
        "QuuxNet. A model trained on ZorbNet2021 is a strong baseline.",
    )
    assert found == {"ZorbNet2021": "dataset", "FlimNet": "benchmark", "QuuxNet": "benchmark"}


def test_a_name_evaluated_across_benchmarks_is_not_one(nlp):
    found = types(
        nlp,
        "We develop ZorbWebGLM based on ChatGLM3-6B. We evaluate ZorbWebGLM across diverse "
        "web navigation benchmarks.",
    )
    assert found["ZorbWebGLM"] == "model"


def test_losses_ratios_shares_and_bit_widths_are_no_scores():
    text = (
        "ZorbKV shows less than 0.3 perplexity (PPL) degradation and less than 1.7% "
        "degradation on GSM8K. It reaches 48.6% on ImageNet-1k at a compression ratio of "
        "0.78%. ZorbCF gets 60.2% with a 20% compression ratio, shrinking the cache to 25% of its "
        "original size, with only 12.5% of the cache, as low as 1.25-bit, an average "
        "speedup of 3.36 and an accuracy drop less than 0.92%."
    )
    assert [v for _, _, v in find_numbers(text)] == [48.6, 60.2]


def test_the_subject_measured_against_another_and_a_variant_of_a_model(nlp):
    found = scores(
        nlp,
        "Contrastive learning with ZorbMoE, a sparse model. ZorbMoE-L/16 trained comparably "
        "to CLIP-L/14 achieves 78.6% zero-shot ImageNet accuracy (vs. 76.2%).",
    )
    assert found == {("ZorbMoE-L/16", "ImageNet", 78.6), ("CLIP-L/14", "ImageNet", 76.2)}
    # a name typed model by one mention and data by another: its variant is a model
    cands = [
        Candidate(0, 7, "ZorbMoE", "shape", type="dataset"),
        Candidate(20, 27, "ZorbMoE", "shape", type="model"),
        Candidate(40, 52, "ZorbMoE-L/16", "shape"),
    ]
    Typing._versions(cands)
    assert cands[2].type == "model"


def test_releases_names_after_plural_heads_and_subtitles_name_data(nlp):
    x = run(
        nlp,
        "ZorbCast ranks 1st on the Argoverse 2 multi-agent motion forecasting benchmark and "
        "on two benchmark datasets ZD-Violence and UCF-Zorb, and won the 2021 Waymo Open "
        "Dataset Motion Prediction Challenge. It beats ZorbNet (YOLOv8n.Therefore).",
        "Zorb Motion Forecasting for Autonomous Driving : The Zorb Open Motion Dataset",
    )
    found = names(x)
    assert found["Argoverse 2"].type in ("dataset", "benchmark")
    assert found["ZD-Violence"].type in ("dataset", "benchmark")
    assert found["UCF-Zorb"].type in ("dataset", "benchmark")
    assert found["Zorb Open Motion Dataset"].type == "dataset"
    assert "2021 Waymo Open Dataset Motion Prediction Challenge" in found
    assert not any("Therefore" in n for n in found)


def test_molecules_metrics_and_kinds_in_lower_case_are_no_entities(nlp):
    x = run(
        nlp,
        "DNA language models (DNALMs) are trained on DNA and mRNA, and retrieval models (RM) "
        "help. ZorbAD reaches 99.1 I-AUROC and a minADE of 0.52 on ZorbAV. We study graph "
        "isomorphism networks (GIN).",
    )
    found = set(names(x))
    assert not {"DNA language models", "DNA", "mRNA", "retrieval models", "I-AUROC"} & found
    assert "minADE" not in found and "GIN" in found


def test_ranges_of_gains_and_scores_after_an_arrow(nlp):
    found = scores(
        nlp,
        "With ZorbLM we achieve new results on SVAMP (89.1% -> 91.9%) and GSM8K (92% -> "
        "95.5%). ZorbAD improves the baseline, achieving 2.18%-7.20% and 1.57%-16.30% "
        "increase on MVTec AD.",
    )
    assert ("ZorbLM", "SVAMP", 91.9) in found and ("ZorbLM", "GSM8K", 95.5) in found
    assert not any(r[1] == "MVTec AD" for r in found)


def test_data_listed_after_i_e_or_a_dash(nlp):
    x = run(
        nlp,
        "Experiments on five benchmark datasets, i.e., ZTW1500, Zorb-Text, ZCDAR2015 and "
        "ZLT2017 show gains. We use five datasets with emotion annotations -- ZmoMusic, "
        "ZEAM and ZMEmo -- which span styles.",
    )
    for name in ("ZTW1500", "Zorb-Text", "ZCDAR2015", "ZLT2017", "ZmoMusic", "ZEAM", "ZMEmo"):
        assert names(x)[name].type in ("dataset", "benchmark"), name


def test_classes_and_tasks_of_tracking_and_spiking_networks_are_no_entities(nlp):
    x = run(
        nlp,
        "Spiking neural networks (SNNs) are efficient. ZorbSNN, an SNN, beats other SNNs. "
        "For video object segmentation (VOS) and RGB-T tracking, ZorbVOS reaches 86.1 J&F "
        "on DAVIS.",
    )
    found = set(names(x))
    assert not {"Spiking neural networks", "SNN", "SNNs", "VOS", "RGB-T"} & found
    assert ("ZorbVOS", "DAVIS", 86.1) in {
        (r["model"], r["benchmark"], r["value"]) for r in x.results
    }


def test_errors_in_millimetres_and_measurements_listed_before_the_benchmark(nlp):
    found = scores(
        nlp,
        "On COCO, ZorbSeg is fast. ZorbSeg achieves 24.5 PQ, 32.1 mIoU, and 11.6 FPS on the "
        "ADE20K dataset. ZorbHand reaches a PA-MPJPE of 5.8mm on FreiHAND. ZorbAttn is "
        "better than chance on Path-X, with 61.4% accuracy at length 16K, and on Path-256.",
    )
    assert {("ZorbSeg", "ADE20K", 24.5), ("ZorbSeg", "ADE20K", 32.1)} <= found
    assert ("ZorbHand", "FreiHAND", 5.8) in found
    assert ("ZorbAttn", "Path-256", 61.4) not in found


def test_a_lower_case_word_glued_before_a_dataset_names_another_dataset(nlp):
    x = run(nlp, "We reach 66.6% on mini-Kinetics and 70.1% on tiny-COCO.")
    assert {"mini-Kinetics", "tiny-COCO"} <= set(names(x))
    assert not {"Kinetics-400", "COCO"} & set(names(x))


def test_a_lower_case_word_glued_before_imagenet_is_its_few_shot_version(nlp):
    x = run(nlp, "Few-shot accuracy on mini-ImageNet improves by 3-8%.")
    assert "ImageNet" not in names(x)


def test_an_institute_starting_a_defined_name_and_the_words_of_text_rewriting(nlp):
    x = run(
        nlp,
        "We use the Microsoft Zorb Academic Graph (MZAG) and a CRF. For GEC, ZorbEdit reaches a "
        "SARI of 41.2 on Newsela.",
    )
    found = set(names(x))
    assert "Microsoft Zorb Academic Graph" in found and "Microsoft" not in found
    assert not {"CRF", "GEC", "SARI"} & found


def test_shares_of_labelled_data_are_no_scores_and_a_bare_ast_is_no_audio_model(nlp):
    found = scores(nlp, "ZorbSSL reaches 40.1 mAP on COCO with 1%, 5% and 10% labeled data.")
    assert found == {("ZorbSSL", "COCO", 40.1)}
    x = run(nlp, "ZorbCode parses each function into an AST before translating it to Rust.")
    assert "Audio Spectrogram Transformer" not in names(x)


def test_classes_of_models_with_a_size_or_modality_before_them_are_no_entities(nlp):
    x = run(
        nlp,
        "We evaluate Large Zorb-Language Models (LZLMs), Omni Language Models (OLMs) and "
        "Text-to-Image Generation Models (T2IMs) on ZorbBench, and Large Vision-Language "
        "Models such as ZorbVL. Speech Transformer is one architecture.",
    )
    found = set(names(x))
    assert {"ZorbBench", "ZorbVL"} <= found
    assert (
        not {
            "Large Zorb-Language Models",
            "LZLMs",
            "Omni Language Models",
            "Text-to-Image Generation Models",
            "Large Vision-Language Models",
        }
        & found
    )


def test_names_listed_before_a_plural_data_noun_are_data(nlp):
    found = types(
        nlp,
        "We evaluate on the Gibsonia, Quarrix (QX), and Tellmar datasets. ZorbNet reaches "
        "97.6% on Pavia Zorb University, 96.9% on the University of Quandor and 99.5% on "
        "Salinor datasets. We use three paired data sets: Houston 2013, Trentor and MUZZL. "
        "As shown in Table 2, the Vexa and Wumbat datasets are hard.",
    )
    for name in (
        "Gibsonia",
        "Quarrix",
        "Tellmar",
        "Pavia Zorb University",
        "University of Quandor",
        "Salinor",
        "Houston 2013",
        "Trentor",
        "MUZZL",
    ):
        assert found.get(name) == "dataset", name
    assert "Table 2" not in found


def test_a_shared_task_is_a_benchmark_named_with_its_series(nlp):
    x = run(
        nlp,
        "ZorbMetric is the best on the WMT 2019 Metrics shared task. We present the joint "
        "contribution of Zorbel and Unbabel to the WMT 2022 Shared Task on Quality Estimation.",
        title="ZorbMetric: The Zorbel Submission to the WMT 2024 Metrics Shared Task",
    )
    found = {a for e in x.entities for a in (e.name, *e.aliases)}
    assert {
        "WMT 2019 Metrics shared task",
        "WMT 2022 Shared Task on Quality Estimation",
        "WMT 2024 Metrics Shared Task",
    } <= found
    assert (
        not {"WMT 2019", "WMT 2022", "Unbabel to the WMT 2022 Shared Task on Quality Estimation"}
        & found
    )


def test_a_name_before_a_connector_is_no_part_of_a_challenges_name(nlp):
    x = run(nlp, "Introduction of ZorbSem in the Zorbat ObjectNav Challenge doubled its entries.")
    assert "Zorbat ObjectNav Challenge" in names(x)


def test_a_titles_name_around_known_names_is_one_name(nlp):
    x = run(
        nlp,
        "We introduce Audio Flamingo 2 (AF2), an audio-language model. While the first "
        "generation of Dynamic-SUPERB was limited, Dynamic-SUPERB Phase-2 is broader.",
        title="Audio Flamingo 2: An Audio-Language Model with Long-Audio Understanding",
    )
    assert "Audio Flamingo 2" in names(x) and "Flamingo 2" not in names(x)
    x = run(
        nlp,
        "We present Dynamic-SUPERB Phase-2, an open benchmark.",
        title="Dynamic-SUPERB Phase-2: A Collaboratively Expanding Benchmark",
    )
    assert "Dynamic-SUPERB Phase-2" in names(x) and "Phase-2" not in names(x)
    x = run(nlp, "We release FineWeb, a dataset.", title="The FineWeb Datasets: Decanting the Web")
    assert "The FineWeb Datasets" not in names(x)


def test_a_test_mini_split_is_its_benchmark_and_an_enumeration_no_version(nlp):
    x = run(nlp, "ZorbAudio reaches 64.5% on the MMAU Test-mini benchmark.")
    mmau = [e for e in x.entities if e.name == "MMAU"]
    assert mmau and "MMAU Test-mini" in mmau[0].aliases
    x = run(nlp, "Compared to prior models, ZorbGPT 1) reads any size and 2) scales.")
    assert "ZorbGPT" in names(x) and "ZorbGPT 1" not in names(x)


def test_a_hyphenated_word_in_title_case_before_a_data_noun_is_its_kind(nlp):
    x = run(nlp, "We propose a large-scale Visible-Event benchmark (termed ZorbEvent).")
    assert "ZorbEvent" in names(x) and "Visible-Event" not in names(x)


def test_a_baseline_is_a_model(nlp):
    found = types(
        nlp,
        "ZorbEval competes with zorbComet, a strong encoder-only sequence-tagging baseline, "
        "and beats the QuandorNet baseline.",
    )
    assert found.get("zorbComet") == "model" and found.get("QuandorNet") == "model"


def test_techniques_listed_namely_and_a_listed_metric_after_a_benchmark(nlp):
    found = types(
        nlp,
        "We compare with VPR techniques (namely ZorbPlace, QuixVPR and NetZLAD). Scores on "
        "captioning benchmarks (e.g., ZorbCaps CIDEr) mislead.",
    )
    assert {found.get(n) for n in ("ZorbPlace", "QuixVPR", "NetZLAD")} == {"method"}
    assert "ZorbCaps" in found and "ZorbCaps CIDEr" not in found


def test_data_listed_with_an_organisations_name_is_data(nlp):
    x = run(
        nlp,
        "Web-scale datasets such as LAION are uncurated. On a subset of LAION, ZorbDedup "
        "removes half of the data.",
    )
    laion = [e for e in x.entities if e.name == "LAION"]
    assert laion and laion[0].type == "dataset"


def test_hardware_fields_and_adjectives_made_of_names_are_no_entities(nlp):
    x = run(
        nlp,
        "ZorbYOLO runs on the STM32H7A3 and an ESP32-S3 MCU, bringing TinyML to "
        "ZorbFilter-induced data.",
    )
    found = set(names(x))
    assert "ZorbYOLO" in found
    assert not {"STM32H7A3", "ESP32-S3", "MCU", "TinyML", "ZorbFilter-induced"} & found


def test_a_title_on_a_process_on_data_and_a_field_spelled_out(nlp):
    found = types(
        nlp,
        "We propose a pruning signal, Zieve. Current models fail in the Zorb Language "
        "Processing (ZLP) field.",
        title="Zieve: Multimodal Dataset Pruning Using Image Captioning Models",
    )
    assert found.get("Zieve") == "method"
    assert "Zorb Language Processing" not in found and "ZLP" not in found


def test_scores_listed_with_with_and_on_a_plain_word(nlp):
    found = scores(
        nlp,
        "ZorbCLIP sets a new state of the art on multilingual benchmarks, such as ZVQA with "
        "57.4%, Babel-Zorbnet with 50.2% and XM9999 with 64.3%. ZorbVPR reaches 88.0% on "
        "ZorbSLS and 58.4% on Nordlund.",
    )
    assert {
        ("ZorbCLIP", "ZVQA", 57.4),
        ("ZorbCLIP", "Babel-Zorbnet", 50.2),
        ("ZorbCLIP", "XM9999", 64.3),
        ("ZorbVPR", "Nordlund", 58.4),
    } <= found


def test_gains_in_slash_chains_margins_and_speedups_are_no_scores(nlp):
    found = scores(
        nlp,
        "ZorbLite outperforms the Transformer on WMT'14 English-French by 1.2/1.7 BLEU. "
        "ZorbAudio beats other models on ZorbBench by margins of 1%-84%. ZorbMQA gives a "
        "39% speedup on ImageNet.",
    )
    assert not found


def test_a_common_word_capitalised_mid_sentence_before_a_head_noun_is_a_name(nlp):
    found = types(
        nlp,
        "ZorbNet fails on Garden dataset, though it was trained on the English dataset, "
        "and on ZMT22's Metrics shared task.",
    )
    assert found.get("Garden") == "dataset" or found.get("Garden dataset") == "dataset"
    assert "English" not in found and "Metrics" not in found
    found = types(nlp, "A garden grew. ZorbNet fails on Garden dataset.")
    assert "Garden" not in found and "Garden dataset" not in found


def test_a_plus_word_ends_a_name_and_questions_gpus_and_dofs_are_no_names(nlp):
    x = run(
        nlp,
        "ZorbAnt wins on benchmarks such as ZORBEA Gaze+ and Ego9D. We ask: (i) Can mBERT store "
        "facts? It trains on A100-80GB GPUs and tracks 6DoF object poses.",
    )
    found = set(names(x))
    assert "ZORBEA Gaze+" in found and "ZORBEA" not in found
    assert not {"Can mBERT", "A100-80GB", "6DoF"} & found


def test_sizes_after_a_slash_of_a_name_are_no_scores(nlp):
    found = scores(nlp, "ZorbHessian reaches 92.1% on ResNets20/32 on CIFAR-10.")
    assert not any(value == 32.0 for _, _, value in found)


def test_titles_that_open_with_towards_a_data_set_and_bit_error_rates(nlp):
    x = run(nlp, "We scale ZorbSIST to more data.", title="Towards Scalable ZorbSIST: Refining It")
    assert "Towards Scalable ZorbSIST" not in names(x)
    found = types(nlp, "We present ZorbFake.", title="ZorbFake: A Data Set to Facilitate Detection")
    assert found.get("ZorbFake") == "dataset"
    x = run(nlp, "ZorbMark reaches an average Bit Error Rate (BER) of 0.48% across attacks.")
    assert not {"BER", "Bit Error Rate"} & set(names(x))


def test_metrics_written_with_a_prefix_or_a_range_are_no_names(nlp):
    x = run(
        nlp,
        "On the ZorbNet dataset, ZorbSpot exceeds the state of the art by 3 Average-mAP "
        "points. Experiments on ZorbDrone2019 show that ZorbDet achieves 51.4% mAP50 and "
        "31.8% mAP50:95 with only 13.5M parameters.",
    )
    assert not {"Average-mAP", "mAP50:95", "mAP50"} & set(names(x))
    assert not any(r["value"] == 95.0 for r in x.results)


def test_listed_scores_each_with_its_metric_go_to_the_listed_benchmarks_in_order(nlp):
    found = scores(
        nlp,
        "On the aerial benchmarks ZDIOR, ZDOTA-v2.0, and ZLAE-80C, ZorbOVAD achieves 87.7 "
        "AP50, 53.8 mAP, and 23.7 mAP, respectively.",
    )
    assert found == {
        ("ZorbOVAD", "ZDIOR", 87.7),
        ("ZorbOVAD", "ZDOTA-v2.0", 53.8),
        ("ZorbOVAD", "ZLAE-80C", 23.7),
    }


def test_a_part_of_a_named_benchmark_after_a_hyphen_is_a_benchmark(nlp):
    found = types(
        nlp,
        "We demonstrate state-of-the-art performance on the ZAP-Vid benchmark. For example, "
        "ZAP-Vid-DAVIS performance improves from 61.3% to 67.4%. ZBEACON-B is a baseline.",
    )
    assert found.get("ZAP-Vid-DAVIS") == "benchmark"
    assert found.get("ZBEACON-B") != "benchmark"


def test_rivals_after_a_comparison_and_the_kind_they_are_are_models(nlp):
    found = types(
        nlp,
        "Diffusion improves perceptual quality at a given bit-rate, outperforming "
        "state-of-the-art approaches ZO-ELIC and ZiFiC as measured by FID score.",
    )
    assert found.get("ZO-ELIC") == "model" and found.get("ZiFiC") == "model"
    x = run(
        nlp,
        "We build on the conditional neural video codec (NVC). Our codec offers a 10.1% "
        "bitrate saving over the previous state-of-the-art NVC ZCVC-FM.",
    )
    assert names(x).get("ZCVC-FM") is not None and names(x)["ZCVC-FM"].type == "model"
    assert "NVC ZCVC-FM" not in names(x)


def test_counts_durations_and_ranks_are_no_part_of_names(nlp):
    x = run(
        nlp,
        "We evaluate LLMs on 11 datasets across 5 tasks: 30-day readmission prediction, "
        "mortality prediction and triage. We find contamination in ZorbLM and the top-3 "
        "Zorb Open Leaderboard models.",
    )
    found = names(x)
    assert not [n for n in found if "11" in n or "30-day" in n or "top-3" in n], found


def test_a_model_familys_data_and_what_models_are_evaluated_on_are_data(nlp):
    found = types(
        nlp,
        "In pre-training sets such as RedZorb-Data-1T and Mistral-Data, we find that 8% of "
        "HumanEval overlaps. We construct and release ZorbQuiz, on which we evaluate twenty "
        "LLMs.",
    )
    assert found.get("Mistral-Data") == "dataset"
    assert found.get("ZorbQuiz") == "benchmark"


def test_a_known_acronym_defined_otherwise_in_the_plural_is_not_the_known_entity(nlp):
    x = run(
        nlp,
        "The encoder is a sequence of massive instruction tuning units (MITs). Each MIT "
        "holds a ZorbFormer block.",
    )
    assert not [e for e in x.entities if e.type == "organization"]


def test_the_papers_own_name_takes_the_word_it_is_written_with_elsewhere(nlp):
    x = run(
        nlp,
        "We propose ZorbSci ML, a novel benchmark for materials. The ZorbSci ML benchmark "
        "provides diverse data.",
    )
    assert "ZorbSci ML" in names(x) and "ZorbSci" not in names(x)
    assert names(x)["ZorbSci ML"].introduced


def test_perceptual_metrics_are_no_benchmarks(nlp):
    x = run(nlp, "Our codec saves 27.93% on LPIPS and 53.55% on DISTS compared to ZS-ILLM.")
    assert not {"DISTS", "LPIPS"} & set(names(x))


def test_a_sentences_capital_on_a_known_title_is_no_name_but_a_titles_contest_is(nlp):
    x = run(nlp, "Hateful memes are a growing menace on social media.")
    assert not x.entities
    found = types(
        nlp,
        "We explore which models work best for it.",
        title="A Review of Models and their Performance on the Zorb Memes Challenge",
    )
    assert found.get("Zorb Memes Challenge") == "benchmark"


def test_tiers_written_after_the_papers_own_model_are_its_variants(nlp):
    x = run(
        nlp,
        "This work introduces Zorbax, our first family of LLMs for writing. The Zorbax "
        "family consists of Zorbax Mini (1.8B), Zorbax Base (6B) and Zorbax Ultra (34B).",
        title="Zorbax: Foundation Models for Creative Writing",
    )
    found = names(x)
    for tier in ("Zorbax Mini", "Zorbax Base", "Zorbax Ultra"):
        assert tier in found and found[tier].family == "Zorbax" and found[tier].introduced


def test_rivals_exemplified_and_makers_inside_a_known_name(nlp):
    found = types(nlp, "Previous approaches, exemplified by ZorbWriter, rely on SFT.")
    assert found.get("ZorbWriter") == "model"
    x = run(nlp, "Our model surpasses larger models such as DeepSeek R1 and ZorbLM-70B.")
    assert not names(x, "organization")
    x = run(nlp, "We show that fine-tuning OpenAI GPT beats fine-tuning ZorbLM.")
    assert "OpenAI" in names(x, "organization")


def test_a_known_name_glued_to_a_version_is_part_of_another_name(nlp):
    x = run(nlp, "We demonstrate that OpenAI GPT-o1, despite no fine-tuning, outperforms ZorbLM.")
    found = names(x)
    assert "GPT-o1" in found and "OpenAI GPT" not in found and "o1" not in found


def test_a_set_of_environments_is_a_benchmark_and_what_we_build_upon_is_not_ours(nlp):
    x = run(
        nlp,
        "We introduce ZorbGym, a set of environments for compiler optimization. We build "
        "upon the popular OpenAI Gym interface. We describe the ZorbGym architecture. "
        "ZorbGym offers larger datasets than prior work.",
        title="ZorbGym: Robust Compiler Optimization Environments for AI Research",
    )
    found = names(x)
    assert found["ZorbGym"].type == "benchmark" and found["ZorbGym"].introduced
    assert "OpenAI Gym" in found and not found["OpenAI Gym"].introduced


def test_a_name_given_for_short_or_brevity_is_an_alias(nlp):
    x = run(nlp, "It yields a strong Mistral-Zorb-Minitron-8B (MZ-Minitron-8B for brevity) model.")
    assert "MZ-Minitron-8B" in names(x)["Mistral-Zorb-Minitron-8B"].aliases
    x = run(nlp, "We propose a Pick and Choose Zorb Network (PCZ-Net for short) for graphs.")
    assert "PCZ-Net" in names(x)["Pick and Choose Zorb Network"].aliases


def test_what_the_papers_procedure_results_in_is_introduced(nlp):
    x = run(
        nlp,
        "We fine-tune Mistral-7B with our recipe. The resulting models, ZorbSFT and "
        "Zorb-I-ORPO, generate longer texts than ZorbBase-7B. The resulting dataset, "
        "ZorbData enables training a 7B model to 64% accuracy on ZorbQA.",
    )
    found = names(x)
    assert found["ZorbSFT"].introduced and found["Zorb-I-ORPO"].introduced
    assert found["ZorbData"].introduced
    assert not found["ZorbBase-7B"].introduced and not found["ZorbQA"].introduced


def test_a_report_titles_colon_is_no_part_of_the_name(nlp):
    x = run(nlp, "This report describes the contest.", title="Zorb Prize 2024: Technical Report")
    assert "Zorb Prize 2024" in names(x) and not [n for n in names(x) if n.endswith(":")]


def test_a_known_short_name_spelling_another_known_name_of_the_paper_is_that_one(nlp):
    x = run(
        nlp,
        "The Abstraction and Reasoning Corpus (ARC-AGI) poses a challenge for ZorbLM. "
        "Our method scores 71.6% on ARC.",
        title="Product of Experts with LLMs: Boosting Zorb Performance on ARC",
    )
    found = names(x)
    assert "ARC" in found["Abstraction and Reasoning Corpus"].aliases
    assert "Boosting Zorb Performance" not in found


def test_a_plain_word_an_apposition_calls_data_is_a_dataset(nlp):
    found = types(
        nlp,
        "We study person disambiguation in Zorbank, a massive corpus of quotations from "
        "the news. To train Zorbix, a new dataset called ZorbData is created.",
    )
    assert found.get("Zorbank") == "dataset"
    assert found.get("Zorbix") != "dataset"


def test_tiers_glued_to_the_papers_own_model_are_its_variants(nlp):
    x = run(
        nlp,
        "This paper introduces the Zorbou family of vision transformers, pretraining two "
        "model variants, Zorbou-B and Zorbou-L, on slides. Zorbou-1.5B is not released.",
        title="Zorbou: A Family of Foundational Vision Transformers for Pathology",
    )
    found = names(x)
    assert found["Zorbou-B"].family == "Zorbou" and found["Zorbou-L"].introduced
    x = run(nlp, "ZorbMT3 is a state-of-the-art automatic music transcription (AMT) model.")
    assert "automatic music transcription" not in names(x)


def test_mathematicians_adjectives_are_no_names(nlp):
    x = run(
        nlp,
        "We improve ZorbGraph by introducing a Markovian noise model and Cartesian tensors, "
        "and a Riemannian flow.",
    )
    assert not {"Markovian", "Cartesian", "Riemannian"} & set(names(x))


def test_a_shared_task_of_a_series_is_one_name_and_macro_f1_written_short_a_metric(nlp):
    x = run(
        nlp,
        "This paper presents the best solution to the ZorbEval 2023 Task 3 on persuasion. "
        "ZorbNet reaches an M-F1 of 65.41 on ZorbGood.",
    )
    found = names(x)
    assert found.get("ZorbEval 2023 Task 3") and found["ZorbEval 2023 Task 3"].type == "benchmark"
    assert "ZorbEval" not in found and "M-F1" not in found
    found = names(run(nlp, "Our system ranked first in ZSTC11 Track 3, a benchmark of spoken DST."))
    assert "ZSTC11 Track 3" in found and "ZSTC11" not in found


def test_every_tier_word_extends_a_name_and_makes_a_glued_variant(nlp):
    x = run(
        nlp,
        "We present Zorbio, our audio model, and its dialogue variant Zorbio-Chat. Both "
        "run on microcontrollers and are evaluated on ZorbPerf Tiny.",
        title="Zorbio: Audio Models for Devices",
    )
    found = names(x)
    assert "Zorbio-Chat" in found and found["Zorbio-Chat"].family == "Zorbio"
    assert "ZorbPerf Tiny" in found


def test_models_listed_as_datasets_conferences_and_tier_sizes(nlp):
    found = types(
        nlp,
        "Empirical validations on datasets like Alpaca and WizardLM support our findings. "
        "Trained on 13 held-in datasets, InstructBLIP attains the best results.",
    )
    assert found.get("Alpaca") == "dataset" and found.get("WizardLM") == "dataset"
    assert found.get("InstructBLIP") == "model"
    x = run(
        nlp,
        "ZorbLIMA (NeurIPS 2023) and ZorbGasus (ICLR 2024) select data. We train on code, "
        "yielding LLaMA Pro-8.3B, a versatile foundation model.",
    )
    assert not {"NeurIPS", "ICLR"} & set(names(x)) and "LLaMA Pro-8.3B" in names(x)


def test_a_known_name_before_to_is_part_of_a_task(nlp):
    x = run(
        nlp,
        "We study it.",
        title="ZorbVS Corpus and Massively Multilingual Speech-to-Speech Translation",
    )
    assert "Massively Multilingual Speech" not in names(x)


def test_initials_ending_in_lm_are_no_model_by_their_ending(nlp):
    found = types(
        nlp,
        "We introduce a benchmark for Zorbic Evaluation of large Language Models, referred "
        "to as ZELM. ZELM spans many domains; ZorbLLM and Zorb-LM fail on it.",
        title="ZELM: Benchmarking Zorbic Evaluation of Large Language Models",
    )
    assert found.get("ZELM") == "benchmark"
    assert found.get("ZorbLLM") == "model"


def test_a_dash_glued_before_an_article_is_not_part_of_a_rival(nlp):
    found = types(
        nlp,
        "ZorbMed-R1 even outperforms Zorbwen-VL-72B-a model with 36x more parameters.",
    )
    assert "Zorbwen-VL-72B-a" not in found and "Zorbwen-VL-72B" in found


def test_a_task_acronym_in_mixed_case_names_the_task(nlp):
    found = types(
        nlp,
        "This work evaluates ZorbNet for the task of Medical Zorbic Question Answering "
        "(MedZQA). Our experiments are conducted on two MedZQA benchmark datasets, and "
        "on existing medical Zorbic Question Answering (Med-ZQA) benchmarks.",
    )
    assert "MedZQA" not in found and "Med-ZQA" not in found


def test_a_benchmark_in_capitals_and_the_first_item_of_a_contribution(nlp):
    x = run(
        nlp,
        "Zorb Case Retrieval (ZCR) is a task. To address these issues, we present: "
        "(1) FLIMAR BENCH, the first large-scale Korean ZCR benchmark, over 100-55K cases; "
        "and (2) ZorbSearchLM, a model.",
        title="ZorbSearchLM: Rethinking Zorb Case Retrieval",
    )
    found = names(x)
    assert found["FLIMAR BENCH"].type == "benchmark" and found["FLIMAR BENCH"].introduced
    assert not {"FLIMAR", "BENCH", "Korean ZCR", "100-55K"} & set(found)


def test_the_last_of_a_list_of_benchmarks_is_typed_as_the_first(nlp):
    found = types(
        nlp,
        "ZorbLM also achieves a new SoTA on FLSAT and BoardZorb, surpassing previous "
        "models that are trained on the respective training sets.",
    )
    assert found.get("BoardZorb") == "benchmark"


def test_a_gain_in_a_metric_is_no_score(nlp):
    assert scores(
        nlp,
        "ZorbCLIP achieves the best results on ZQA-RAD with gains in the overall accuracy "
        "of up to 3%. ZorbCLIP reaches 71.2% on ZQA-RAD.",
    ) == {("ZorbCLIP", "ZQA-RAD", 71.2)}


def test_what_a_system_is_inspired_by_is_a_model(nlp):
    x = run(
        nlp,
        "We propose ZorbRet, which is inspired by FCME (Flimsy Cross-Modal Embedding). "
        "We apply the Vision Transformer (ViT)-based recipe image encoder.",
    )
    found = names(x)
    assert found["Flimsy Cross-Modal Embedding"].type == "model"
    assert "FCME" in found["Flimsy Cross-Modal Embedding"].aliases
    assert all(")" not in alias for e in x.entities for alias in e.aliases)


def test_a_titled_exam_is_a_benchmark_and_its_scores_go_in_order(nlp):
    x = run(
        nlp,
        "ZorbSky reaches an accuracy of 67.2% and 66.4% on the Zorbian National Chef Exam "
        "and the National Flim Examination, respectively.",
    )
    found = names(x)
    assert found["Zorbian National Chef Exam"].type == "benchmark"
    assert found["National Flim Examination"].type == "benchmark"
    assert {(r["benchmark"], r["value"]) for r in x.results} == {
        ("Zorbian National Chef Exam", 67.2),
        ("National Flim Examination", 66.4),
    }


def test_a_size_word_glued_to_a_known_model_is_its_variant(nlp):
    found = types(nlp, "We adapt Whisper-Small and Whisper-Medium to child speech.")
    assert found.get("Whisper-Medium") == "model"


def test_a_metric_after_points_in_is_no_benchmark(nlp):
    found = types(
        nlp,
        "ZorbIE outperforms the prior state of the art by 57 absolute points in micro-F1 "
        "and 79 points in macro-F1.",
    )
    assert "micro-F1" not in found and "macro-F1" not in found


def test_a_titled_survey_is_data_and_a_titled_track_a_benchmark(nlp):
    found = types(
        nlp,
        "We train on the Zorbic Degree Survey and the Legacy Survey of Space and Time, "
        "with data of the Transiting Zorbplanet Survey Satellite. Across Deep Zorbing "
        "Tracks, ZorbNet helps the TREC 2031 Flim Track but not the Quux 2031 Challenge "
        "Track 2.",
    )
    assert found.get("Zorbic Degree Survey") == "dataset"
    assert found.get("Legacy Survey of Space and Time") == "dataset"
    assert "Transiting Zorbplanet Survey" not in found
    assert found.get("TREC 2031 Flim Track") == "benchmark"
    assert found.get("Deep Zorbing Tracks") == "benchmark"
    assert not any(name.endswith("Challenge Track") for name in found)


def test_what_a_dataset_is_based_on_is_data(nlp):
    found = types(
        nlp,
        "VehicleZorb reaches 87.7% precision on our homemade dataset based on UA-FLIMRAC.",
    )
    assert found.get("UA-FLIMRAC") == "dataset"


def test_a_fronted_with_phrase_is_no_apposition(nlp):
    x = run(
        nlp,
        "We propose a new dataset named Zorbic Road Plate Dataset (ZRPD). With ZRPD, a "
        "unified detection and recognition network with high efficiency is presented.",
    )
    assert names(x)["Zorbic Road Plate Dataset"].type == "dataset"


def test_the_x_dataset_and_x_listed_later_are_one_dataset(nlp):
    x = run(
        nlp,
        "We build a patch dataset based on the Inria dataset. Then, we train ZorbYOLO on a "
        "combination of Pascal VOC, Inria, and ZorbPatch datasets.",
    )
    inria = [e for e in x.entities if "Inria" in (e.name, *e.aliases)]
    assert len(inria) == 1 and inria[0].type == "dataset"


def test_sky_surveys_are_known_data(nlp):
    found = types(
        nlp,
        "We train ZorbNet on Galaxy Zoo 2 (GZ2) labels of Sloan Digital Sky Survey images "
        "and test it on TESS and ZTF light curves.",
    )
    assert found.get("Galaxy Zoo 2") == found.get("Sloan Digital Sky Survey") == "dataset"
    assert found.get("Transiting Exoplanet Survey Satellite") == "dataset"
    assert found.get("Zwicky Transient Facility") == "dataset"


def test_a_change_with_a_model_named_after_it_is_that_models(nlp):
    assert scores(
        nlp,
        "We reduce the WER on the ZorbST test set 13.93% to 9.11% with ZorbSpeech-Small and "
        "from 13.23% to 8.61% with ZorbSpeech-Medium. ZorbST is a dataset of child speech.",
    ) == {
        ("ZorbSpeech-Small", "ZorbST", 13.93),
        ("ZorbSpeech-Small", "ZorbST", 9.11),
        ("ZorbSpeech-Medium", "ZorbST", 13.23),
        ("ZorbSpeech-Medium", "ZorbST", 8.61),
    }


def test_a_name_with_a_test_set_of_its_own_is_data(nlp):
    found = types(nlp, "It sets a new state of the art on ZorbNet's test set.")
    assert found.get("ZorbNet") in ("dataset", "benchmark")


def test_a_lower_case_task_of_a_series_and_a_glued_participle(nlp):
    found = types(
        nlp,
        "We use the ZorbEval-2020 task 11 dataset and GPT-4-coded labels; ZorbNet lowers "
        "the error against baselines (RMSE 0.0365, MAE 0.0204).",
    )
    assert "ZorbEval-2020 task 11" in found
    assert not {"GPT-4-coded", "MAE 0.0204", "RMSE 0.0365"} & set(found)


def test_classes_joined_into_the_papers_own_name_are_a_name(nlp):
    found = types(
        nlp,
        "Vision-language-action (VLA) models map images to actions. We introduce MoE-VLA, "
        "a 7B VLA that routes tokens. We also propose a 4D radar-LiDAR framework to fuse "
        "sensors.",
        title="MoE-VLA: Experts for Robot Control",
    )
    assert found.get("MoE-VLA") == "model" and "radar-LiDAR" not in found


def test_a_title_name_ending_in_bench_is_a_benchmark(nlp):
    found = types(
        nlp,
        "We evaluate many models on it.",
        title="ZORB-Bench: Toward Foundation Models for Earth Monitoring",
    )
    assert found.get("ZORB-Bench") == "benchmark"


def test_an_apposition_after_the_spelled_out_name_types_the_name(nlp):
    found = types(
        nlp,
        "In this work, we present ZELMET (How to Evaluate Zorbic Models Effectively and "
        "Thoroughly), a comprehensive benchmark of seven categories.",
    )
    assert found.get("ZELMET") == "benchmark"


def test_examples_in_brackets_after_a_few_words_are_listed(nlp):
    found = types(
        nlp,
        "ZorbBERT improves over existing diffusion models for text (e.g., Z3PM and "
        "Flimfusion-7) in perplexity.",
    )
    assert found.get("Z3PM") == "model"


def test_a_revisited_title_names_what_it_revisits_and_a_code_host_is_no_maker(nlp):
    found = types(
        nlp,
        "We benchmark ZorbU-Net against recent networks. Our implementation is freely "
        "accessible on GitHub (https://github.com/zorb/zorbunet).",
        title="ZorbU-Net Revisited: A Call for Rigorous Validation",
    )
    assert "ZorbU-Net" in found and "ZorbU-Net Revisited" not in found
    assert "GitHub" not in found


def test_a_contribution_keeps_the_decimals_of_its_version(nlp):
    found = types(nlp, "We introduce Zorbus 2.5, a model for detection.")
    assert found.get("Zorbus 2.5") == "model" and "Zorbus 2" not in found


def test_a_name_found_by_shape_takes_the_word_before_it_from_the_title(nlp):
    found = types(
        nlp,
        "We propose a lightweight volumetric ConvNet, termed 3D ZX-Net, which adapts the "
        "hierarchical transformer. 3D ZX-Net consistently outperforms FlimUNETR.",
        title="3D ZX-Net: A Large Kernel Volumetric ConvNet",
    )
    assert found.get("3D ZX-Net") == "model" and "ZX-Net" not in found


def test_a_robot_model_with_a_hyphen_is_no_graphics_card(nlp):
    # "RTX" is a graphics card; "ZT-X", named "which we call", is the paper's model
    found = types(
        nlp,
        "We show that a high-capacity model trained on this data, which we call RT-X, "
        "exhibits positive transfer. We train on an RTX 3090.",
    )
    assert found.get("RT-X") == "model" and "RTX" not in found


def test_a_committee_is_an_organization_and_its_initials_are_no_data(nlp):
    found = types(
        nlp,
        "Pronouncements by the Zorbian Open Market Committee (ZOMC) drive returns. We "
        "construct a dataset of ZOMC speeches. We compare Zorbic Foundation Models.",
    )
    assert found.get("Zorbian Open Market Committee") == "organization"
    assert "Zorbic Foundation" not in found


def test_a_company_named_by_a_word_the_paper_writes_in_lower_case_is_that_word(nlp):
    # "Apple Leaf Diseases" beside "apple yield" is the fruit; "Apple's ZorbELM" the company
    found = types(
        nlp,
        "Five types of apple leaf diseases affect apple yield. ZorbNet detects them.",
        title="Real-Time Detection of Apple Leaf Diseases Using ZorbNet",
    )
    assert "Apple" not in found and "ZorbNet" in found
    found = types(nlp, "We compare with Apple's ZorbELM and Meta's Llama 2 for meta learning.")
    assert {"Apple", "Meta"} <= set(found)


def test_data_listed_in_brackets_after_their_tasks(nlp):
    found = types(
        nlp,
        "We study ZorbGPT using eight benchmark datasets from five categories of tasks: "
        "sentiment analysis (Zorbic PhraseBank, FiQA-ZA and TweetZorbSent), named entity "
        "recognition (NER), relation extraction (REZorbD), and question answering over "
        "reports (FinQA and ConvFinQA).",
    )
    for name in ("Zorbic PhraseBank", "FiQA-ZA", "TweetZorbSent", "REZorbD"):
        assert found.get(name) in ("dataset", "benchmark"), name
    assert "NER" not in found and "PhraseBank" not in found


def test_a_title_that_calls_its_name_datasets_and_a_task_named_dataset(nlp):
    found = types(
        nlp,
        "We introduce two new datasets (Zorbster NDA and Zorbster Charity). The Global "
        "Zorb Head Detection (GZHD) dataset has 4,700 images. We also develop ZorbEvals for "
        "evaluation and compare ZorbGPT with others.",
        title="Zorbster: Key Information Extraction Datasets Involving Long Documents",
    )
    assert found.get("Zorbster") == "dataset"
    assert found.get("Global Zorb Head Detection") == "dataset"
    assert found.get("ZorbEvals") == "benchmark"
    # "a ... Question Answering (ZQA) dataset" is a kind of data, not one
    found = types(nlp, "ZorbQ is a large-scale Multiple-Choice Question Answering (MCQA) dataset.")
    assert "MCQA" not in found and "Multiple-Choice Question Answering" not in found


def test_scores_of_a_spread_by_model_of_a_respective_list_and_of_unnamed_rivals(nlp):
    got = scores(
        nlp,
        "We build the ZorbWeed12 dataset. The accuracy in terms of mAP@0.5 ranged from "
        "88.14% by YOLOv3-tiny to 95.22% by YOLOv4 on ZorbWeed12, and in terms of "
        "mAP@[0.5:0.95] from 68.18% by YOLOv3-tiny on ZorbWeed12.",
    )
    assert {("YOLOv3-tiny", "ZorbWeed12", 88.14), ("YOLOv4", "ZorbWeed12", 95.22)} <= got
    assert not {v for _, _, v in got} & {0.5, 0.95}
    x = run(
        nlp,
        "We introduce two new datasets (Zorbster NDA and Zorbster Charity). "
        "The best model achieved an 81.77% and an 83.57% F1-score on respectively the "
        "Zorbster NDA and the Zorbster Charity datasets.",
    )
    assert {(r["benchmark"], r["value"], r["metric"]) for r in x.results} == {
        ("Zorbster NDA", 81.77, "F1-score"),
        ("Zorbster Charity", 83.57, "F1-score"),
    }
    got = scores(
        nlp,
        "ZorbDock obtains a 38% top-1 success rate on ZorbBind, outperforming the previous "
        "state of the art of traditional docking (23%) and deep learning (20%) methods. "
        "ZorbNet reaches 81.2% on MMLU, outperforming GPT-4 (80.1%).",
    )
    assert ("ZorbDock", "ZorbBind", 38.0) in got and ("GPT-4", "MMLU", 80.1) in got
    assert not {v for _, _, v in got} & {23.0, 20.0}


def test_weather_models_versions_and_institutes(nlp):
    found = types(
        nlp,
        "ZorbGCM is competitive with machine-learning models for ten-day forecasts. Powered "
        "by ZorbFold v2.0 of DeepMind, it beats AlphaFold-Multimer v.2.3. Tracking is also "
        "better than that of ZCMWF-HRES. GenZorb has greater skill than ENS, the ensemble "
        "forecast of the European Centre for Medium-Range Weather Forecasts.",
    )
    assert found.get("ZorbGCM") == "model" and found.get("ZCMWF-HRES") == "model"
    assert {"ZorbFold v2.0", "AlphaFold-Multimer v.2.3"} <= set(found)
    assert "École Normale Supérieure" not in found
    orgs = [
        c.text
        for c in find_organizations(
            "Maps of the Royal Zorbian Meteorological Institute (RZMI) and the National Zorb "
            "Energy Laboratory's toolkit, read by Zorb Researchers."
        )
    ]
    assert orgs == ["Royal Zorbian Meteorological Institute", "National Zorb Energy Laboratory"]


def test_a_variant_of_known_data_a_release_a_limit_and_a_comparison(nlp):
    found = types(
        nlp,
        "We test on the MovingMNIST dataset and a newly proposed chaotic N-body MNIST "
        "dataset, and on the English Wikipedia dataset.",
    )
    assert "N-body MNIST" in found and "MNIST" not in found
    assert "Wikipedia" in found and "English Wikipedia" not in found
    got = scores(
        nlp,
        "ZorbAST reaches 98.1% accuracy on Speech Commands V2. For the XL subset of "
        "ZorbSpeech, we cap the word error rate at 4% during filtering.",
    )
    assert got == {("ZorbAST", "Speech Commands V2", 98.1)}


def test_a_maker_before_its_model_in_a_list_makes_no_third_name(nlp):
    found = types(nlp, "We evaluate open models (Meta Llama-3, Mistral-7B and Google Gemma-7B).")
    assert {"Meta", "Google"} <= set(found) and found.get("Gemma-7B") == "model"
    assert not {"Meta Llama-3", "Google Gemma-7B"} & set(found)


def test_the_subject_built_on_a_base_wins_and_a_platforms_data_is_no_company(nlp):
    x = run(
        nlp,
        "Notably, ZorbCoderS-CL-7B based on CodeLlama even surpasses the prominent ChatGPT "
        "on HumanEval+ (66.5 vs. 65.9 in pass@1).",
        title="ZorbCoder: Empowering Code Generation",
    )
    got = {(r["model"], r["benchmark"], r["value"]) for r in x.results}
    assert got == {("ZorbCoderS-CL-7B", "HumanEval+", 66.5), ("ChatGPT", "HumanEval+", 65.9)}
    found = types(nlp, "We add sources such as GitHub pull requests and Kaggle notebooks.")
    assert not {"GitHub", "Kaggle"} & set(found)


def test_a_spread_in_brackets_is_no_score_and_a_bracketed_model_owns_its_score(nlp):
    got = [v for _, _, v in find_numbers("It gets 0.68 (SD 0.0027) on X and 0.76 (0.0032) on Y.")]
    assert got == [0.68, 0.76]
    got = scores(
        nlp,
        "ZorbGPT and Flimbo-7B are evaluated on ZorbAlign. We found high error rates, "
        "ranging from 35% (ZorbGPT) to 68% (Flimbo-7B).",
    )
    assert got == {("ZorbGPT", "ZorbAlign", 35.0), ("Flimbo-7B", "ZorbAlign", 68.0)}


def test_a_second_verb_of_we_and_a_new_one_of_a_known_kind_are_introduced(nlp):
    x = run(
        nlp,
        "Specifically, we discuss that attention is a suitable basis to learn the hidden "
        "structure of the records, and propose ZorbGCT, which uses data statistics. We also "
        "test FIN-BERT, an existing BERT model for finance, and release our own BERT "
        "(ZEC-BERT), pre-trained on filings.",
    )
    introduced = {e.name for e in x.entities if e.introduced}
    assert {"ZorbGCT", "ZEC-BERT"} <= introduced and "BERT" not in introduced
    # a capitalised "Transformer" ends the name of the architecture a paper proposes
    doc = nlp.make_doc("A Study\n\nWe propose Zorbic Lattice Transformer, which routes tokens.")
    for name, pipe in nlp.pipeline:
        doc = pipe(doc)
        if name == "citekg_discovery":
            break
    found = {c.text for c in doc._.citekg_candidates if c.introduced}
    assert "Zorbic Lattice Transformer" in found and "Zorbic Lattice" not in found


def test_a_budget_written_as_a_fraction_and_a_share_of_named_data_are_no_scores():
    text = (
        "ZorbAT reaches 65.88% against perturbations of size 8/255 and 128/255 on "
        "CIFAR-10. We could have poisoned 0.01% of the ZorbWeb-400M or ZOYO-700M datasets."
    )
    assert [v for _, _, v in find_numbers(text)] == [65.88]


def test_the_catalog_knows_the_reanalyses_and_forecast_systems_of_weather_papers(nlp):
    found = types(
        nlp,
        "We downscale ERA-Interim predictors to E-OBS observations and compare with "
        "HRRR, the Global Forecast System and CMIP5 runs archived by NOAA.",
    )
    assert found.get("ERA-Interim") == found.get("E-OBS") == found.get("CMIP5") == "dataset"
    assert found.get("High-Resolution Rapid Refresh") == "model" and "NOAA" in found


def test_a_dataset_for_something_called_x_and_the_last_item_after_the_and_a_word(nlp):
    found = types(
        nlp,
        "To address this, we develop a new, more comprehensive dataset for table "
        "extraction, called ZorbTables-1M. ZorbTables-1M contains nearly one million tables.",
        title="ZorbTables-1M: Towards comprehensive table extraction from documents",
    )
    assert found.get("ZorbTables-1M") == "dataset"
    found = types(
        nlp, "It does well on benchmarks, including FUNSD, CORD and the multilingual ZFUND."
    )
    assert found.get("ZFUND") in ("dataset", "benchmark")


def test_an_institutes_initials_before_a_known_name_are_its_maker(nlp):
    found = types(
        nlp,
        "ZorbCastNet matches the accuracy of the ECMWF Integrated Forecasting System (IFS), "
        "a numerical weather prediction model.",
    )
    assert found.get("European Centre for Medium-Range Weather Forecasts") == "organization"
    assert found.get("Integrated Forecasting System") == "model"


def test_a_title_that_calls_its_name_a_model_beats_known_data_of_that_name(nlp):
    x = run(
        nlp,
        "We propose a unified model for Knowledge Embedding and Pre-trained LanguagE "
        "Representation (KEPLER). Experiments show that KEPLER achieves strong results.",
        title="KEPLER: A Unified Model for Knowledge Embedding",
    )
    types_by_alias = {a: e.type for e in x.entities for a in (e.name, *e.aliases)}
    assert types_by_alias.get("KEPLER") == "model"


def test_sign_languages_and_radar_images_are_what_data_holds(nlp):
    found = types(
        nlp,
        "We introduce ZSL-News, a large-scale Chinese Sign Language (CSL) dataset of 1,985 "
        "hours. It is the largest public ASL dataset. SAR data are valuable.",
    )
    assert "ZSL-News" in found
    assert not {"Chinese Sign Language", "CSL", "ASL", "SAR"} & set(found)


def test_a_class_of_sequence_models_a_noise_and_a_kind_of_camera_are_no_names(nlp):
    found = types(
        nlp,
        "Large sequence model (SM) such as ZorbGPT has displayed outstanding performance. "
        "Models overfit on the simplified AWGN model. Unlike DSLR cameras, phones are small.",
    )
    assert "ZorbGPT" in found
    assert not {"SM", "sequence model", "AWGN", "DSLR"} & set(found)


def test_a_sentence_case_titles_phrase_ending_in_a_word_is_no_name(nlp):
    found = types(
        nlp,
        "AlphaStar was rated at Grandmaster level for all three StarCraft races.",
        title="Grandmaster level in StarCraft II using multi-agent reinforcement learning",
    )
    assert "Grandmaster level" not in found and "AlphaStar" in found


def test_a_temporal_convolutional_network_is_a_class(nlp):
    found = types(
        nlp, "We propose ZorbEEG-TCNet, a novel temporal convolutional network (TCN) for EEG."
    )
    assert "ZorbEEG-TCNet" in found
    assert not {"temporal convolutional network", "TCN"} & set(found)


def test_a_suite_of_tests_is_a_benchmark_and_fact_checking_websites_are_organizations(nlp):
    found = types(
        nlp,
        "We introduce ZorbCheck, a suite of functional tests for hate speech detection "
        "models. Claims come from 26 fact-checking websites, such as ZorbiFact and Snopes.",
        title="ZorbCheck: Functional Tests for Hate Speech Detection Models",
    )
    assert found.get("ZorbCheck") == "benchmark"
    assert found.get("ZorbiFact") == "organization"
