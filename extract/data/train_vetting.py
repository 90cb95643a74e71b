"""Learn the weights of the ``citekg_vetting`` step (``vetting.json``) from annotated abstracts.

Run by hand at development time; the runtime only reads ``vetting.json``::

    # 1. features and labels of what citekg found, one file per annotated set
    python -m citekg.extract.data.train_vetting rows --pred PRED_DIR --gold GOLD_DIR \\
        --round aa,ab,ac --round ad,ae,af ...
    # (or, for a new round only, keeping the rows already written)
    python -m citekg.extract.data.train_vetting rows --append --pred ... --round ag,ah
    # 2. the weights, and what they do to rounds they were not trained on
    python -m citekg.extract.data.train_vetting fit
    python -m citekg.extract.data.train_vetting check

``rows`` reads, for each set ``S`` of each ``--round`` (in the order they were
annotated), citekg's extraction ``PRED_DIR/S.jsonl`` and the gold
``GOLD_DIR/S/gold.jsonl``, and writes ``vetting-train.jsonl``: one line per
model, dataset, benchmark or organisation that the vetting step would judge (a
new name, not in a reported score), with its features
(:func:`~citekg.extract.components.vetting.entity_features`) and whether the
gold counts it, by the scorer's own matching (an entity matching an optional
gold entity, or one the scorer leaves out, is not a row). No text and no names
are kept, so the file can ship while the abstracts do not.

``fit`` learns an L2-regularised logistic regression by Newton's method (the
same rows give the same weights, to the last digit written) and writes
``vetting.json``. ``check`` trains on the rounds before each round and scores
that round (the way the step meets new text), then prints precision before and
after, and the true and false entities dropped.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import srsly

from citekg.extract.components.vetting import (
    WEIGHTS,
    entity_features,
    known_to_catalog,
    probability,
)
from citekg.extract.evaluate import CORE_TYPES, counts_neither, match_entities

ROWS = Path(__file__).with_name("vetting-train.jsonl")

#: Defaults of the fit: L2 strength, features seen fewer times are left out, and
#: the probability under which an entity is dropped.
L2 = 4.0
MIN_COUNT = 3
THRESHOLD = 0.6


def _features(entity: dict[str, Any], mentions: list[dict[str, Any]]) -> list[str]:
    return entity_features(
        entity["type"],
        entity["name"],
        [m["rule"] for m in mentions],
        in_title=any(m["field"] == "title" for m in mentions),
        mentions=len(mentions),
        confidence=entity["confidence"],
        introduced=bool(entity.get("introduced")),
        family=bool(entity.get("family")),
        parameters=bool(entity.get("parameters")),
        relations=entity.get("relations") or (),
    )


def rows_of(predicted: dict[str, Any], gold: dict[str, Any]) -> list[tuple[bool, list[str]]]:
    """``(counted, features)`` for each entity of one extraction record that the
    vetting step judges (a new name of a core type, not in a reported score),
    against the gold record of the same paper."""
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for mention in predicted.get("mentions", []):
        by_entity.setdefault(mention["entity"], []).append(mention)
    results = predicted.get("results", [])
    scored = {r.get("model") for r in results} | {r.get("benchmark") for r in results}
    gold_entities = gold.get("entities", [])
    pairs, _ = match_entities(gold_entities, predicted.get("entities", []))
    out = []
    for entity, matched in pairs:
        mentions = by_entity.get(entity["key"], [])
        if (
            entity["type"] not in CORE_TYPES
            or entity["name"] in scored
            or known_to_catalog(m["rule"] for m in mentions)
        ):
            continue
        if matched is None:
            if counts_neither(entity, gold_entities):
                continue
            counted = False
        elif matched.get("optional") or matched["type"] not in CORE_TYPES:
            continue
        else:
            counted = True
        out.append((counted, _features(entity, mentions)))
    return out


def write_rows(
    pred_dir: Path,
    gold_dir: Path,
    rounds: list[list[str]],
    out: Path = ROWS,
    *,
    append: bool = False,
) -> int:
    """Write the training rows of every set of ``rounds``; returns how many rows the
    file holds. With ``append`` the rows already in ``out`` stay, and ``rounds`` are
    numbered after their last round (a new round's abstracts need not be kept to
    rebuild the earlier rounds' rows)."""
    lines = []
    first = 1
    if append and out.exists():
        kept = read_rows(out)
        lines = [json.dumps(row, sort_keys=True) for row in kept]
        first += max((row["round"] for row in kept), default=0)
    for number, sets in enumerate(rounds, first):
        for name in sets:
            gold = {str(r["id"]): r for r in srsly.read_jsonl(gold_dir / name / "gold.jsonl")}
            for predicted in srsly.read_jsonl(pred_dir / f"{name}.jsonl"):
                record = gold.get(str(predicted.get("id")))
                if record is None:
                    continue
                for counted, features in rows_of(predicted, record):
                    row = {"round": number, "set": name, "counted": counted, "features": features}
                    lines.append(json.dumps(row, sort_keys=True))
    out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def read_rows(path: Path = ROWS) -> list[dict[str, Any]]:
    """The training rows written by :func:`write_rows`."""
    return list(srsly.read_jsonl(path))


def fit(
    rows: Iterable[dict[str, Any]], *, l2: float = L2, min_count: int = MIN_COUNT
) -> tuple[float, dict[str, float]]:
    """``(bias, weights)`` of the L2-regularised logistic regression over ``rows``.

    Features seen in fewer than ``min_count`` rows get no weight. Newton's
    method on the exact objective, so the result does not depend on a random
    start or a step size.
    """
    rows = list(rows)
    seen = Counter(f for row in rows for f in set(row["features"]))
    names = sorted(f for f, n in seen.items() if n >= min_count)
    index = {f: i for i, f in enumerate(names, 1)}  # column 0 is the bias
    X = np.zeros((len(rows), len(names) + 1))
    X[:, 0] = 1.0
    for r, row in enumerate(rows):
        for f in row["features"]:
            if f in index:
                X[r, index[f]] = 1.0
    y = np.array([1.0 if row["counted"] else 0.0 for row in rows])
    penalty = np.full(len(names) + 1, l2)
    penalty[0] = 0.0  # the bias is not shrunk
    w = np.zeros(len(names) + 1)
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(X @ w)))
        gradient = X.T @ (p - y) + penalty * w
        hessian = (X * (p * (1.0 - p))[:, None]).T @ X + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    weights = {f: round(float(w[i]), 4) for f, i in index.items() if round(float(w[i]), 4)}
    return round(float(w[0]), 4), weights


def check(rows: list[dict[str, Any]], threshold: float = THRESHOLD, **options: Any) -> str:
    """Train on the rounds before each round, score that round; a table of the figures."""
    rounds = sorted({row["round"] for row in rows})
    lines = ["round  sets          P before  P after  true dropped  false dropped"]
    total = Counter()
    for number in rounds[2:]:
        bias, weights = fit((r for r in rows if r["round"] < number), **options)
        test = [r for r in rows if r["round"] == number]
        dropped = [r for r in test if probability(r["features"], weights, bias) < threshold]
        tp = sum(r["counted"] for r in test)
        fp = len(test) - tp
        lost = sum(r["counted"] for r in dropped)
        removed = len(dropped) - lost
        total.update(tp=tp, fp=fp, lost=lost, removed=removed)
        sets = ",".join(sorted({r["set"] for r in test}))
        lines.append(
            f"{number:5d}  {sets:12.12s}  {tp / (tp + fp):8.3f}  "
            f"{(tp - lost) / (tp - lost + fp - removed):7.3f}  {lost:12d}  {removed:13d}"
        )
    tp, fp, lost, removed = total["tp"], total["fp"], total["lost"], total["removed"]
    lines.append(
        f"{'all':>5s}  {'':12s}  {tp / (tp + fp):8.3f}  "
        f"{(tp - lost) / (tp - lost + fp - removed):7.3f}  {lost:12d}  {removed:13d}"
    )
    return "\n".join(lines)


def write_weights(
    rows: list[dict[str, Any]],
    out: Path = WEIGHTS,
    *,
    threshold: float = THRESHOLD,
    l2: float = L2,
    min_count: int = MIN_COUNT,
) -> None:
    """Fit on all ``rows`` and write the model the vetting step reads."""
    bias, weights = fit(rows, l2=l2, min_count=min_count)
    model = {
        "about": "citekg_vetting: logistic regression, written by "
        "python -m citekg.extract.data.train_vetting fit",
        "bias": bias,
        "threshold": threshold,
        "l2": l2,
        "min_count": min_count,
        "rows": len(rows),
        "counted": sum(r["counted"] for r in rows),
        "weights": dict(sorted(weights.items())),
    }
    out.write_text(json.dumps(model, indent=1, sort_keys=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m citekg.extract.data.train_vetting")
    sub = parser.add_subparsers(dest="command", required=True)
    rows = sub.add_parser("rows", help="features and labels from extractions and gold files")
    rows.add_argument("--pred", type=Path, required=True, help="folder of SET.jsonl extractions")
    rows.add_argument("--gold", type=Path, required=True, help="folder of SET/gold.jsonl files")
    rows.add_argument("--round", action="append", required=True, help="sets of one round: a,b,c")
    rows.add_argument(
        "--append", action="store_true", help="keep the rows written before; add these rounds"
    )
    for name in ("fit", "check"):
        one = sub.add_parser(name)
        one.add_argument("--threshold", type=float, default=THRESHOLD)
        one.add_argument("--l2", type=float, default=L2)
        one.add_argument("--min-count", type=int, default=MIN_COUNT)
    args = parser.parse_args(argv)
    if args.command == "rows":
        rounds = [r.split(",") for r in args.round]
        n = write_rows(args.pred, args.gold, rounds, append=args.append)
        print(f"{ROWS}: {n} rows")
    elif args.command == "fit":
        write_weights(read_rows(), threshold=args.threshold, l2=args.l2, min_count=args.min_count)
        print(f"{WEIGHTS}: written")
    else:
        print(check(read_rows(), args.threshold, l2=args.l2, min_count=args.min_count))
    return 0


if __name__ == "__main__":
    sys.exit(main())
