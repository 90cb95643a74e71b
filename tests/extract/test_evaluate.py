"""``citekg evaluate`` gives the reference scorer's figures on the same files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from citekg.cli import cli
from citekg.extract.evaluate import score_records

REFERENCE = Path(__file__).parents[3] / "shared" / "eval" / "score.py"


@pytest.fixture(scope="module")
def predictions(bundled_build, tmp_path_factory):
    _, out = bundled_build
    return out / "extractions.jsonl"


@pytest.mark.skipif(
    not REFERENCE.exists(), reason="the reference scorer (../shared/eval) is absent"
)
@pytest.mark.parametrize("mode", ["strict", "lenient"])
def test_same_figures_as_the_reference_scorer(predictions, data_dir, mode):
    gold = data_dir / "seed-gold.jsonl"
    reference = json.loads(
        subprocess.run(
            [sys.executable, str(REFERENCE), str(gold), str(predictions), "--json", "--mode", mode],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    result = CliRunner().invoke(cli, ["evaluate", "--gold", str(gold), str(predictions), "--json"])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.output)[mode]
    assert ours == reference


@pytest.mark.skipif(
    not REFERENCE.exists(), reason="the reference scorer (../shared/eval) is absent"
)
def test_same_figures_with_ignored_types(predictions, data_dir):
    gold = data_dir / "seed-gold.jsonl"
    reference = json.loads(
        subprocess.run(
            [
                sys.executable,
                str(REFERENCE),
                str(gold),
                str(predictions),
                "--json",
                "--ignore",
                "organization",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    result = CliRunner().invoke(
        cli,
        ["evaluate", "--gold", str(gold), str(predictions), "--json", "--ignore", "organization"],
    )
    assert json.loads(result.output)["lenient"] == reference


def test_evaluate_an_input_file_extracts_it_first(data_dir):
    result = CliRunner().invoke(
        cli,
        [
            "evaluate",
            "--gold",
            str(data_dir / "seed-gold.jsonl"),
            str(Path(__file__).parents[2] / "citekg/data/best-ai-papers.txt"),
        ],
    )
    assert result.exit_code == 0
    assert "lenient (100 papers, 0 missing)" in result.output
    assert "strict (100 papers, 0 missing)" in result.output


def test_scoring_rules():
    gold = [
        {
            "id": "a",
            "title": "T",
            "entities": [
                {
                    "name": "Segment Anything Model",
                    "type": "model",
                    "aliases": ["SAM"],
                    "introduced": True,
                },
                {"name": "SA-1B", "type": "dataset", "introduced": True},
                {"name": "OpenAI", "type": "organization", "optional": True},
            ],
            "results": [{"model": "SAM", "benchmark": "SA-1B", "value": 1.5, "metric": None}],
        }
    ]
    pred = [
        {
            "id": "zzz",
            "title": "t",
            "entities": [
                {"name": "SAM", "type": "model", "introduced": True},
                {"name": "SA-1B", "type": "benchmark"},  # lenient: dataset ~ benchmark
                {"name": "OpenAI", "type": "organization"},  # optional: not a false positive
                {"name": "GPT-4", "type": "model"},
            ],  # a false positive
            "results": [{"model": "Segment Anything Model", "benchmark": "sa1b", "value": 1.5}],
        }
    ]
    lenient = score_records(gold, pred, "lenient")
    strict = score_records(gold, pred, "strict")
    assert (lenient.core.tp, lenient.core.fp, lenient.core.fn) == (2, 1, 0)
    assert (strict.core.tp, strict.core.fp, strict.core.fn) == (1, 2, 1)
    assert (lenient.introduced.tp, lenient.introduced.fn) == (1, 1)
    assert lenient.results.tp == 1 and lenient.results.fp == 0
