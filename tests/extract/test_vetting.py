"""The vetting step: which entities it judges, what it drops, and where its weights come from."""

from __future__ import annotations

import json

import pytest

from citekg.extract import load_pipeline
from citekg.extract.candidates import get_extension
from citekg.extract.components.vetting import (
    WEIGHTS,
    entity_features,
    known_to_catalog,
    read_weights,
)
from citekg.extract.data import train_vetting
from citekg.extract.extraction import extract_papers
from citekg.extract.records import Paper

TEXT = (
    "A Study of Things\n\n"
    "We evaluate on the KLM benchmark and the Quorble benchmark, and on MMLU. "
    "Zorb-7B reaches 84.2 on the Quorble benchmark. We also compare with Blarg-2B."
)


@pytest.fixture()
def nlp():
    return load_pipeline()


def _no_new_benchmarks(nlp, threshold=0.5):
    """A model that rejects every new benchmark (and keeps everything else)."""
    nlp.get_pipe("citekg_vetting").set_model(
        {"bias": 5.0, "threshold": threshold, "weights": {"type=benchmark": -10.0}}
    )
    return nlp


def test_a_new_name_the_model_rejects_is_left_out(nlp):
    doc = _no_new_benchmarks(nlp)(TEXT)
    names = {e.name for e in get_extension(doc, "citekg_entities")}
    assert "KLM" not in names
    assert [(e.name, p) for e, p in get_extension(doc, "citekg_vetted_out")] == [("KLM", 0.007)]
    assert "KLM" not in {span.text for span in doc.ents}  # doc.ents follows


def test_what_the_catalog_knows_and_what_a_score_is_about_are_kept(nlp):
    doc = _no_new_benchmarks(nlp)(TEXT)
    names = {e.name for e in get_extension(doc, "citekg_entities")}
    assert "MMLU" in names  # the catalog knows it
    assert "Quorble" in names  # "84.2 on the Quorble benchmark"
    assert "Blarg-2B" in names  # a model: the test model only rejects benchmarks


def test_threshold_zero_keeps_everything(nlp):
    kept = _no_new_benchmarks(nlp, threshold=0.0)(TEXT)
    assert "KLM" in {e.name for e in get_extension(kept, "citekg_entities")}
    assert get_extension(kept, "citekg_vetted_out") is None


def test_the_threshold_in_the_config_overrides_the_model():
    nlp = load_pipeline()
    nlp.replace_pipe("citekg_vetting", "citekg_vetting", config={"threshold": 0.0})
    assert nlp.get_pipe("citekg_vetting").threshold == 0.0
    assert load_pipeline().get_pipe("citekg_vetting").threshold == read_weights()["threshold"]


def test_extraction_records_leave_out_the_vetted_entities(nlp):
    (record,) = extract_papers(
        [Paper(id="p", title="A Study of Things", abstract=TEXT.split("\n\n")[1])],
        _no_new_benchmarks(nlp),
    )
    assert "KLM" not in {e.name for e in record.entities}
    assert all(m.text != "KLM" for m in record.mentions)


def test_features_hold_no_names_and_cross_the_type():
    features = entity_features(
        "dataset",
        "Quorble-7",
        ["shape|head:dataset", "family:model/quorble"],
        in_title=True,
        mentions=5,
        confidence=0.85,
        introduced=True,
        family=True,
        parameters=False,
        relations=["trained_on"],
    )
    assert not any("quorble" in f.lower() for f in features)
    assert "rule=family" in features and "rule=family:model/quorble" not in features
    assert {"dataset&title", "dataset&introduced", "dataset&mentions=3"} <= set(features)
    assert {"relation=trained_on", "confidence>=0.8", "shape=digit", "family"} <= set(features)
    assert len(features) == len(set(features))


def test_catalog_rules_are_known_whichever_side_of_the_bar():
    assert known_to_catalog(["catalog:curated"])
    assert known_to_catalog(["shape|catalog:folded"])
    assert not known_to_catalog(["shape|head:dataset", "acronym"])


def test_training_rows_follow_the_scorer():
    predicted = {
        "id": "p",
        "entities": [
            {"name": "Zorb", "type": "model", "key": "model/zorb", "confidence": 0.6},
            {"name": "Blip", "type": "dataset", "key": "dataset/blip", "confidence": 0.6},
            {"name": "GPT-4", "type": "model", "key": "model/gpt-4", "confidence": 0.95},
            {"name": "Quux", "type": "benchmark", "key": "benchmark/quux", "confidence": 0.6},
            {"name": "Maybe", "type": "dataset", "key": "dataset/maybe", "confidence": 0.6},
            {"name": "fancy loss", "type": "method", "key": "method/fancy", "confidence": 0.6},
        ],
        "mentions": [
            {"entity": "model/zorb", "rule": "shape", "field": "abstract"},
            {"entity": "dataset/blip", "rule": "head|head:dataset", "field": "title"},
            {"entity": "model/gpt-4", "rule": "catalog:curated", "field": "abstract"},
            {"entity": "benchmark/quux", "rule": "shape", "field": "abstract"},
            {"entity": "dataset/maybe", "rule": "head|head:dataset", "field": "abstract"},
        ],
        "results": [{"model": "Zorb", "benchmark": "Quux", "value": 1.0}],
    }
    gold = {
        "id": "p",
        "entities": [
            {"name": "Blip", "type": "benchmark"},  # lenient: dataset for benchmark
            {"name": "Maybe", "type": "dataset", "optional": True},
        ],
    }
    rows = train_vetting.rows_of(predicted, gold)
    # Zorb and Quux are in a result, GPT-4 is the catalog's, Maybe is optional, the method
    # is not scored: only Blip is judged, and the gold counts it
    assert [(counted, f[0]) for counted, f in rows] == [(True, "type=dataset")]
    gold["entities"][0]["name"] = "Blop"
    assert [counted for counted, _ in train_vetting.rows_of(predicted, gold)] == [False]


def test_the_shipped_weights_are_the_fit_of_the_shipped_rows():
    rows = train_vetting.read_rows()
    shipped = read_weights()
    bias, weights = train_vetting.fit(rows, l2=shipped["l2"], min_count=shipped["min_count"])
    assert shipped["rows"] == len(rows) and shipped["counted"] == sum(r["counted"] for r in rows)
    assert bias == pytest.approx(shipped["bias"], abs=2e-4)
    assert weights.keys() == shipped["weights"].keys()
    assert all(weights[f] == pytest.approx(w, abs=2e-4) for f, w in shipped["weights"].items())


def test_fit_is_deterministic_and_separates_the_classes():
    rows = [{"counted": True, "features": ["a", "b"]}] * 6 + [
        {"counted": False, "features": ["a", "c"]}
    ] * 4
    first = train_vetting.fit(rows, l2=1.0, min_count=1)
    assert first == train_vetting.fit(list(reversed(rows)), l2=1.0, min_count=1)
    _, weights = first
    assert weights["b"] > 0 > weights["c"]


def test_each_later_round_gains_precision_when_trained_on_the_ones_before():
    """What the module docstring claims, recomputed from the shipped rows."""
    table = train_vetting.check(train_vetting.read_rows()).splitlines()
    rounds = [line.split() for line in table[1:]]
    assert len(rounds) >= 7  # six or more rounds scored, and the total
    for cells in rounds:
        before, after, true_dropped, false_dropped = map(float, cells[-4:])
        assert after > before
    assert false_dropped > true_dropped  # the total line: more false names than true


def test_the_weights_file_is_valid_json_with_a_threshold_in_range():
    model = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert 0.0 < model["threshold"] < 1.0
    assert all(isinstance(w, float) for w in model["weights"].values())


def test_rows_of_a_new_round_append_after_the_rounds_written_before(tmp_path):
    predicted = {
        "id": "p",
        "entities": [{"name": "Blip", "type": "dataset", "key": "dataset/blip", "confidence": 0.6}],
        "mentions": [{"entity": "dataset/blip", "rule": "head|head:dataset", "field": "title"}],
        "results": [],
    }
    gold = {"id": "p", "entities": [{"name": "Blip", "type": "dataset"}]}
    for name in ("s1", "s2", "s3"):
        (tmp_path / "gold" / name).mkdir(parents=True)
        (tmp_path / "gold" / name / "gold.jsonl").write_text(json.dumps(gold) + "\n")
        (tmp_path / f"{name}.jsonl").write_text(json.dumps(predicted) + "\n")
    out = tmp_path / "rows.jsonl"
    assert train_vetting.write_rows(tmp_path, tmp_path / "gold", [["s1"], ["s2"]], out) == 2
    before = out.read_text()
    n = train_vetting.write_rows(tmp_path, tmp_path / "gold", [["s3"]], out, append=True)
    assert n == 3 and out.read_text().startswith(before)
    assert [(r["round"], r["set"]) for r in train_vetting.read_rows(out)] == [
        (1, "s1"),
        (2, "s2"),
        (3, "s3"),
    ]
    # without append the file holds the given rounds only
    assert train_vetting.write_rows(tmp_path, tmp_path / "gold", [["s3"]], out) == 1
