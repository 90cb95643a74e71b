"""Score extractions against a gold file annotated under the guidelines.

The rules are those of the reference scorer shipped with the annotation
guidelines, so figures are comparable:

- papers are aligned by id, else by normalised title;
- names compare after folding (compatibility forms, case, every character that
  is not a letter or digit); an entity matches when any of its names (name and
  aliases) equals any of the gold entity's names, each gold entity once;
- *strict* mode needs equal types; *lenient* mode accepts dataset for
  benchmark and model for method, and the reverse;
- predictions matching an optional gold entity count neither way, nor do
  predictions whose name matches a gold entity of another type when that
  entity is optional (or, leniently, when both types are outside the core);
- ``introduced`` compares the names of the entities marked introduced;
- a result matches on value (to 1e-6), benchmark and, when the gold names one,
  model, names compared through the gold entities' aliases.

Core types are model, dataset, benchmark and organization; ``method`` is scored
but kept out of the core figures.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from citekg.extract.records import TYPE_GROUPS

__all__ = [
    "CORE_TYPES",
    "Counts",
    "Score",
    "counts_neither",
    "evaluate",
    "format_scores",
    "match_entities",
    "score_records",
]

CORE_TYPES = ("model", "dataset", "benchmark", "organization")


def _fold(text: Any) -> str:
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    folded = folded.replace("\\times", "x").replace("×", "x")
    return re.sub(r"[\W_]+", "", folded)


def _names(entity: dict[str, Any]) -> set[str]:
    out = {_fold(entity.get("name", ""))}
    out.update(_fold(a) for a in entity.get("aliases") or [])
    out.discard("")
    return out


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the derived figures."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return round(self.tp / (self.tp + self.fp), 3) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return round(self.tp / (self.tp + self.fn), 3) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return round(2 * p * r / (p + r), 3) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "p": self.precision,
            "r": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Score:
    """Per-type, core, introduced and results counts for one mode."""

    mode: str
    papers: int = 0
    papers_missing: int = 0
    types: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    introduced: Counts = field(default_factory=Counts)
    results: Counts = field(default_factory=Counts)
    errors: list[tuple[str, str, str, str, str | None]] = field(default_factory=list)

    @property
    def core(self) -> Counts:
        return Counts(
            sum(self.types[t].tp for t in CORE_TYPES),
            sum(self.types[t].fp for t in CORE_TYPES),
            sum(self.types[t].fn for t in CORE_TYPES),
        )

    def to_dict(self) -> dict[str, Any]:
        """The same shape as the reference scorer's ``--json`` output."""
        return {
            "mode": self.mode,
            "papers": self.papers,
            "papers_missing": self.papers_missing,
            "types": {t: self.types[t].to_dict() for t in (*CORE_TYPES, "method")},
            "core": self.core.to_dict(),
            "introduced": self.introduced.to_dict(),
            "results": self.results.to_dict(),
        }


def _type_ok(gold: str, pred: str | None, mode: str) -> bool:
    return (
        gold == pred if mode == "strict" else TYPE_GROUPS.get(gold) == TYPE_GROUPS.get(pred or "")
    )


def match_entities(
    gold_entities: list[dict], pred_entities: list[dict], mode: str = "lenient"
) -> tuple[list[tuple[dict, dict | None]], set[int]]:
    """Pair each predicted entity with the gold entity it matches, as the scorer does.

    Returns ``(pairs, used)``: for each prediction, in order, the gold entity it
    matched, or None; and the indexes of the gold entities matched. A prediction
    without a gold entity is a false positive unless :func:`counts_neither` says so.

    >>> pairs, used = match_entities([{"name": "GPT-4", "type": "model"}],
    ...     [{"name": "gpt4", "type": "model"}, {"name": "Zorb", "type": "model"}])
    >>> [g and g["name"] for _, g in pairs], used
    (['GPT-4', None], {0})
    """
    used: set[int] = set()
    pairs: list[tuple[dict, dict | None]] = []
    for entity in pred_entities:
        kind, names = entity.get("type"), _names(entity)
        match = None
        for i, gold_entity in enumerate(gold_entities):
            if i in used or not names & _names(gold_entity):
                continue
            if _type_ok(gold_entity["type"], kind, mode) or gold_entity.get("optional"):
                match = i
                break
        if match is not None:
            used.add(match)
        pairs.append((entity, gold_entities[match] if match is not None else None))
    return pairs, used


def _same_name(entity: dict, gold_entities: list[dict]) -> list[dict]:
    """The gold entities that share a name with ``entity``, whatever their type."""
    names = _names(entity)
    return [g for g in gold_entities if names & _names(g)]


def counts_neither(entity: dict, gold_entities: list[dict], mode: str = "lenient") -> bool:
    """Whether an unmatched prediction is left out of the count: its name is that of a
    gold entity of another type that is optional, or (leniently) when both types are
    outside the core."""
    same_name = _same_name(entity, gold_entities)
    return bool(same_name) and (
        same_name[0].get("optional")
        or (
            mode == "lenient"
            and same_name[0]["type"] not in CORE_TYPES
            and entity.get("type") not in CORE_TYPES
        )
    )


def _score_entities(
    gold: dict, pred: dict, mode: str, ignore: tuple[str, ...], score: Score
) -> list[dict]:
    gold_entities = gold.get("entities", [])
    pred_entities = [
        e for e in pred.get("entities", []) if isinstance(e, dict) and e.get("type") not in ignore
    ]
    pairs, used = match_entities(gold_entities, pred_entities, mode)
    for entity, matched in pairs:
        kind = entity.get("type")
        if matched is None:
            if counts_neither(entity, gold_entities, mode):
                continue
            if kind in CORE_TYPES or kind == "method":
                score.types[kind].fp += 1
                same_name = _same_name(entity, gold_entities)
                score.errors.append(
                    (
                        gold.get("id"),
                        "FP",
                        kind,
                        entity.get("name"),
                        same_name[0]["type"] if same_name else None,
                    )
                )
        elif not matched.get("optional"):
            score.types[matched["type"]].tp += 1
    for i, gold_entity in enumerate(gold_entities):
        if i not in used and not gold_entity.get("optional"):
            score.types[gold_entity["type"]].fn += 1
            score.errors.append(
                (gold.get("id"), "FN", gold_entity["type"], gold_entity.get("name"), None)
            )
    return pred_entities


def _score_introduced(gold: dict, pred_entities: list[dict], score: Score) -> None:
    gold_entities = gold.get("entities", [])
    required = [_names(e) for e in gold_entities if e.get("introduced") and not e.get("optional")]
    optional = [_names(e) for e in gold_entities if e.get("introduced") and e.get("optional")]
    used: set[int] = set()
    for names in (_names(e) for e in pred_entities if e.get("introduced")):
        hit = next((k for k, g in enumerate(required) if k not in used and names & g), None)
        if hit is None:
            if not any(names & g for g in optional):
                score.introduced.fp += 1
        else:
            used.add(hit)
            score.introduced.tp += 1
    score.introduced.fn += len(required) - len(used)


def _score_results(gold: dict, pred: dict, score: Score) -> None:
    canon: dict[str, str] = {}
    for entity in gold.get("entities", []):
        for name in _names(entity):
            canon.setdefault(name, _fold(entity.get("name", "")))

    def canonical(name: Any) -> str:
        folded = _fold(name or "")
        return canon.get(folded, folded)

    gold_results = list(gold.get("results", []))
    used: set[int] = set()
    for result in pred.get("results", []) or []:
        hit = None
        for k, expected in enumerate(gold_results):
            if k in used:
                continue
            try:
                same_value = abs(float(result.get("value")) - float(expected["value"])) < 1e-6
            except (TypeError, ValueError):
                same_value = False
            same_model = expected.get("model") is None or (
                canonical(result.get("model")) == canonical(expected["model"])
            )
            if (
                same_value
                and same_model
                and (canonical(result.get("benchmark")) == canonical(expected["benchmark"]))
            ):
                hit = k
                break
        if hit is None:
            score.results.fp += 1
        else:
            used.add(hit)
            score.results.tp += 1
    score.results.fn += len(gold_results) - len(used)


def score_records(
    gold: Iterable[dict],
    predicted: Iterable[dict],
    mode: str = "lenient",
    ignore: Iterable[str] = (),
) -> Score:
    """Score prediction records against gold records (both in the guidelines' format).

    >>> gold = [{"id": "p1", "title": "T", "entities": [{"name": "GPT-4", "type": "model"}],
    ...          "results": []}]
    >>> pred = [{"id": "x", "title": "T", "entities": [{"name": "gpt4", "type": "model"}]}]
    >>> score_records(gold, pred).core.f1
    1.0
    """
    if mode not in ("strict", "lenient"):
        raise ValueError(f"mode must be strict or lenient, not {mode!r}")
    ignore = tuple(ignore)
    gold_by_id = {str(r.get("id")): r for r in gold}
    pred_by_id = {str(r.get("id")): r for r in predicted}
    pred_by_title = {_fold(r.get("title", "")): r for r in pred_by_id.values()}
    score = Score(mode=mode, papers=len(gold_by_id))
    for gid, gold_record in gold_by_id.items():
        pred_record = pred_by_id.get(gid) or pred_by_title.get(_fold(gold_record.get("title", "")))
        if pred_record is None:
            score.papers_missing += 1
            pred_record = {"entities": [], "results": []}
        pred_entities = _score_entities(gold_record, pred_record, mode, ignore, score)
        _score_introduced(gold_record, pred_entities, score)
        _score_results(gold_record, pred_record, score)
    return score


def _read_jsonl(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate(
    gold: str | os.PathLike[str],
    predicted: Iterable[dict] | str | os.PathLike[str],
    *,
    ignore: Iterable[str] = (),
) -> dict[str, Score]:
    """Strict and lenient scores of ``predicted`` (records or a JSONL file) against ``gold``."""
    gold_records = _read_jsonl(gold)
    records = (
        _read_jsonl(predicted) if isinstance(predicted, str | os.PathLike) else list(predicted)
    )
    return {
        mode: score_records(gold_records, records, mode, ignore) for mode in ("strict", "lenient")
    }


def format_scores(scores: dict[str, Score]) -> str:
    """The scores as an aligned text table, one block per mode."""
    lines = []
    for mode, score in scores.items():
        lines.append(f"{mode} ({score.papers} papers, {score.papers_missing} missing)")
        rows = [
            *((t, score.types[t]) for t in (*CORE_TYPES, "method")),
            ("core", score.core),
            ("introduced", score.introduced),
            ("results", score.results),
        ]
        for name, counts in rows:
            lines.append(
                f"  {name:13s} P={counts.precision:.3f} R={counts.recall:.3f} "
                f"F1={counts.f1:.3f}  (tp={counts.tp} fp={counts.fp} fn={counts.fn})"
            )
    return "\n".join(lines)
