"""The spaCy pipeline: components, the catalog matcher's case policy, evidence, saving."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points

import pytest
import spacy

from citekg.extract import Paper, extract_papers, load_pipeline


@pytest.fixture(scope="module")
def nlp(data_dir):
    return load_pipeline(catalog=[data_dir / "catalog_small.jsonl"])


def ents(nlp, text):
    return [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]


def test_blank_english_plus_citekg_components(nlp):
    assert nlp.lang == "en"
    assert nlp.pipe_names == [
        "citekg_sentences",
        "citekg_catalog",
        "citekg_discovery",
        "citekg_typing",
        "citekg_resolution",
        "citekg_relations",
        "citekg_results",
        "citekg_vetting",
    ]
    assert nlp.meta.get("name") == "pipeline"  # spacy.blank's, not a downloaded model


def test_spelling_variants_match(nlp):
    found = ents(nlp, "GPT4, gpt-4 and GPT 4 differ from LLaMA 2, Llama-2 and llama2.")
    assert [k for _, _, k in found] == ["model/gpt-4"] * 3 + ["model/llama-2"] * 3


def test_case_policy(nlp):
    assert ents(nlp, "An alpaca ate grass.") == []
    assert ents(nlp, "We fine-tune Alpaca.") == [("Alpaca", "model", "model/alpaca")]
    assert ents(nlp, "We study math problems and Math.") == []
    assert ents(nlp, "Results on MATH improve.") == [("MATH", "benchmark", "benchmark/math")]
    assert ents(nlp, "The bert and Bert variants.") == []
    assert ents(nlp, "Sam said hi.") == []
    assert ents(nlp, "The Segment Anything Model (SAM).")[1][2] == "model/segment-anything-model"
    assert ents(nlp, "Pretrained on Imagenet.") == [("Imagenet", "dataset", "dataset/imagenet")]
    assert ents(nlp, "Pretrained on IMAGENET.") == [("IMAGENET", "dataset", "dataset/imagenet")]


def test_longest_match_wins_and_urls_are_skipped(nlp):
    assert ents(nlp, "We release Llama 2-Chat.") == [
        ("Llama 2-Chat", "model", "model/llama-2-chat")
    ]
    assert ents(nlp, "Code at https://github.com/x/gpt-4 and text-davinci-002.") == [
        ("text-davinci-002", "model", "model/text-davinci-002")
    ]


def test_sentences(nlp):
    text = (
        "A Title\n\nWe use GPT-4, e.g. on MMLU. It scores 86.4%. Smith et al. agree. "
        'We cite (Fig. 2) and J. Doe. "Quoted." Then (a bracket). 3 models win! ok? Yes.'
    )
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents] == [
        "A Title",
        "We use GPT-4, e.g. on MMLU.",
        "It scores 86.4%.",
        "Smith et al. agree.",
        "We cite (Fig. 2) and J. Doe.",
        '"Quoted."',
        "Then (a bracket).",
        "3 models win! ok?",
        "Yes.",
    ]
    starts = doc._.citekg_sent_starts
    assert [text[i : i + 4] for i in starts][:3] == ["A Ti", "We u", "It s"]


def test_a_blank_line_ends_a_sentence_even_after_an_abbreviation(nlp):
    """A title that ends with an abbreviation still ends before the abstract."""
    from citekg.extract.components.sentences import sentence_starts

    text = "Humans vs.\n\nWe compare Llama 2 with Smith et al. Their end"
    starts = sentence_starts(text)
    assert [text[i : i + 5] for i in starts] == ["Human", "We co"]


def test_latin_abbreviations_with_inner_dots_end_no_sentence():
    from citekg.extract.components.sentences import sentence_starts

    text = "Large models, e.g. GPT-4, do well. I.e. They win w.r.t. MMLU, a.k.a. Massive."
    starts = sentence_starts(text)
    assert [text[i : i + 6] for i in starts] == ["Large ", "I.e. T"]


def test_extraction_records_keep_evidence(nlp):
    paper = Paper(
        id="p",
        title="Llama 2: Open Models",
        abstract="We compare Llama 2 with GPT4. GPT-4 by OpenAI wins on MMLU. "
        "The Segment Anything Model (SAM) is unrelated.",
    )
    (x,) = extract_papers([paper], nlp)
    names = {e.name: e for e in x.entities}
    assert set(names) == {"Llama 2", "GPT-4", "OpenAI", "MMLU", "Segment Anything Model"}
    assert names["GPT-4"].aliases == ()  # GPT4 is the same name once folded
    assert names["Segment Anything Model"].aliases == ("SAM",)
    assert names["GPT-4"].developer == ("OpenAI",)
    title_mention = next(m for m in x.mentions if m.field == "title")
    assert (title_mention.entity, title_mention.start, title_mention.end) == ("model/llama-2", 0, 7)
    gpt = [m for m in x.mentions if m.entity == "model/gpt-4"]
    assert [paper.abstract[m.start : m.end] for m in gpt] == ["GPT4", "GPT-4"]
    assert gpt[0].sentence == "We compare Llama 2 with GPT4."
    assert gpt[1].sentence == "GPT-4 by OpenAI wins on MMLU."
    assert gpt[1].confidence > gpt[0].confidence  # exact spelling beats a variant
    assert all(0 <= m.confidence <= 1 and m.rule.startswith("catalog:") for m in x.mentions)


def test_paper_without_abstract_is_read_from_its_title(nlp):
    (x,) = extract_papers([Paper(id="t", title="BERT and GPT-4")], nlp)
    assert [e.name for e in x.entities] == ["BERT", "GPT-4"]


def test_to_disk_and_spacy_load_in_a_fresh_process(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    code = (
        "import spacy, sys; nlp = spacy.load(sys.argv[1]);"
        "print(nlp.pipe_names, [(e.text, e.kb_id_) for e in nlp('We fine-tune Llama-2.').ents])"
    )
    # A fresh interpreter that never imports citekg: the factories come from the entry points.
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "pipeline")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    names, ents = out.strip().split("] [")
    assert names.split(", ")[-1] == "'citekg_vetting'" and "'citekg_discovery'" in names
    assert ents == "('Llama-2', 'model/llama-2')]"


def test_bytes_round_trip(nlp):
    clone = spacy.blank("en")
    clone.add_pipe("citekg_sentences")
    clone.add_pipe("citekg_catalog")
    clone.from_bytes(nlp.to_bytes())
    assert clone.get_pipe("citekg_catalog").entries == nlp.get_pipe("citekg_catalog").entries
    assert [e.kb_id_ for e in clone("GPT-4").ents] == ["model/gpt-4"]


def test_factories_are_published_as_entry_points():
    from citekg.extract.pipeline import PIPE_NAMES

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(PIPE_NAMES) <= names


def test_records_only_pipeline_gives_the_same_records(data_dir):
    """The fast path (no Spans, no doc.ents) finds exactly what the full pipeline finds."""
    papers = [
        Paper(id="a", title="Zorblax: A Model", abstract="Zorblax beats GPT-4, Llama-2 on MMLU."),
        Paper(id="b", title="A Study", abstract="See https://example.org/gpt4 and GPT 4: 86.4%."),
    ]
    catalog = [data_dir / "catalog_small.jsonl"]
    full = load_pipeline(catalog=catalog)
    fast = load_pipeline(catalog=catalog, records_only=True)
    assert list(extract_papers(papers, fast)) == list(extract_papers(papers, full))


def test_extension_values_are_read_where_spacy_keeps_them(nlp):
    from citekg.extract.candidates import get_extension, set_extension

    doc = nlp.make_doc("One text.")
    set_extension(doc, "citekg_results", [1])
    assert doc._.citekg_results == [1] and get_extension(doc, "citekg_results") == [1]
    doc._.citekg_entities = [2]
    assert get_extension(doc, "citekg_entities") == [2]
    assert get_extension(doc, "citekg_candidates") is None


def test_components_run_a_batch_at_a_time_with_the_same_result(nlp):
    """Each component's ``pipe`` takes a whole batch before it yields (so ``nlp.pipe``
    runs one component over many Docs in turn), and gives what ``nlp(text)`` gives."""
    texts = [
        f"We release Zorblax-{i} and compare it with GPT-4 on MMLU: {60 + i}.1." for i in range(7)
    ]
    taken: list[int] = []

    def stream():
        for i, text in enumerate(texts):
            taken.append(i)
            yield nlp.make_doc(text)

    first = next(nlp.get_pipe("citekg_sentences").pipe(stream(), batch_size=3))
    assert len(taken) == 3 and first.text == texts[0]
    piped = list(nlp.pipe(texts, batch_size=3))
    single = [nlp(text) for text in texts]
    assert [[(e.text, e.label_, e.kb_id_) for e in d.ents] for d in piped] == [
        [(e.text, e.label_, e.kb_id_) for e in d.ents] for d in single
    ]
    assert [d._.citekg_results for d in piped] == [d._.citekg_results for d in single]
    assert all(d._.citekg_results for d in piped)


def test_later_components_see_the_catalog_disabled_between_batches(data_dir):
    """Typing and resolution look the catalog up once per batch: disabling it between
    two runs of ``nlp.pipe`` takes effect, and enabling it again restores it."""
    nlp = load_pipeline(catalog=[data_dir / "catalog_small.jsonl"])
    texts = ["We fine-tune Llama 2 and GPT-4 for OpenAI."] * 3

    def keys():
        return [[e.kb_id_ for e in doc.ents] for doc in nlp.pipe(texts, batch_size=2)]

    with_catalog = keys()
    assert with_catalog[0] == ["model/llama-2", "model/gpt-4", "organization/openai"]
    nlp.disable_pipe("citekg_catalog")
    assert keys() != with_catalog
    nlp.enable_pipe("citekg_catalog")
    assert keys() == with_catalog
