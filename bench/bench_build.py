"""Time each stage of a build on a synthetic corpus made from the bundled abstracts.

Run by hand (``make bench`` or ``python bench/bench_build.py --papers 20000``);
it prints seconds and items per second per stage, next to the bare
``spacy.blank("en")`` tokenizer over the same texts in the same run, which is
the baseline that matters (absolute times vary with the machine).

The corpus repeats the bundled papers with their sentences shuffled and a
number appended to each title, so every paper is distinct and nothing merges.

The tokenizer baseline, one-process extraction and the parallel extraction are
each run ``--repeat`` times, interleaved, and the best time of each is kept (as
``timeit`` does): on a shared machine a single run of either moves by a third.
Each repeat starts from a new blank pipeline and a new citekg pipeline, so that
every timed pass meets cold tokenizer caches, as a single run does (spaCy's
tokenizer caches what it has tokenised: a second pass over the same texts is
twice as fast for the bare tokenizer, and far less so for the whole extraction).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path


def make_corpus(path: Path, papers: int, seed: int = 0) -> None:
    """Write ``papers`` JSONL records built from the bundled abstracts."""
    from citekg.extract import bundled_corpus, load_pipeline, read_papers

    rng = random.Random(seed)
    base = list(read_papers(bundled_corpus()))
    splitter_nlp = load_pipeline()
    splitter = splitter_nlp.get_pipe("citekg_sentences")
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(papers):
            paper = base[i % len(base)]
            doc = splitter(splitter_nlp.make_doc(paper.abstract))
            sentences = [s.text.strip() for s in doc.sents]
            rng.shuffle(sentences)
            record = {
                "id": f"b{i}",
                "title": f"{paper.title} ({i})",
                "abstract": " ".join(sentences),
                "citations": rng.randint(0, 50000),
                "year": rng.randint(2019, 2025),
            }
            handle.write(json.dumps(record) + "\n")


def timed(label: str, count: int, fn, rows: list):
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    rows.append((label, seconds, count / seconds if seconds else float("inf")))
    return result


def best_of(runs: dict[str, list[float]], label: str, fn):
    """Run ``fn``, add its time to ``runs[label]``, return its result."""
    start = time.perf_counter()
    result = fn()
    runs.setdefault(label, []).append(time.perf_counter() - start)
    return result


TOKENIZER, EXTRACT = "baseline: blank tokenizer", "extract"


def extraction_round(papers: list, workers: int, runs: dict[str, list[float]]) -> list:
    """One timed pass of the bare tokenizer, one of extraction in this process and one
    with ``workers`` processes, each with new pipelines (cold caches); returns the
    extractions."""
    import spacy

    from citekg.extract import extract_papers, load_pipeline
    from citekg.extract.parallel import extract_parallel

    texts = [p.text for p in papers]
    blank, nlp = spacy.blank("en"), load_pipeline(records_only=True)
    best_of(runs, TOKENIZER, lambda: sum(1 for _ in blank.pipe(texts)))
    extractions = best_of(runs, EXTRACT, lambda: list(extract_papers(papers, nlp)))
    parallel = best_of(
        runs,
        f"extract, {workers} workers",
        lambda: list(extract_parallel(papers, workers, nlp=nlp)),
    )
    assert parallel == extractions, "parallel extraction differs from sequential"
    return extractions


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=20000)
    parser.add_argument(
        "--input",
        type=Path,
        help="time these papers (any format citekg reads) instead of the synthetic corpus: "
        "real abstracts, each seen once, meet the tokenizer's cache cold",
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of the timed extraction stages (best kept)"
    )
    args = parser.parse_args(argv)

    from citekg.exports import write_graphml, write_turtle
    from citekg.extract import load_pipeline, merge_duplicates, read_papers
    from citekg.graph import build_graph

    rows: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.input or Path(tmp) / "corpus.jsonl"
        if args.input is None:
            make_corpus(corpus, args.papers)
        papers = timed(
            "read + merge", 1, lambda: merge_duplicates(read_papers(corpus)).papers, rows
        )
        n = len(papers)
        rows[-1] = (rows[-1][0], rows[-1][1], n / rows[-1][1])
        timed("load pipeline", 1, lambda: load_pipeline(records_only=True), rows)
        runs: dict[str, list[float]] = {}
        for _ in range(args.repeat):
            extractions = extraction_round(papers, args.workers, runs)
        for label, seconds in runs.items():
            rows.append((label, min(seconds), n / min(seconds)))
        G = timed("graph", n, lambda: build_graph(papers, extractions), rows)
        timed("write turtle", n, lambda: write_turtle(G, Path(tmp) / "p.ttl"), rows)
        timed("write graphml", n, lambda: write_graphml(G, Path(tmp) / "p.graphml"), rows)

    print(f"{n} papers, {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    print(f"{'stage':28} {'seconds':>9} {'items/s':>10}")
    for label, seconds, rate in rows:
        print(f"{label:28} {seconds:9.2f} {rate:10.0f}")
    base = next(r for r in rows if r[0].startswith("baseline"))[2]
    extract_rate = next(r for r in rows if r[0] == "extract")[2]
    print(f"extract throughput / bare tokenizer: {extract_rate / base:.2f} (best of {args.repeat})")
    ratios = [t / e for t, e in zip(runs[TOKENIZER], runs[EXTRACT], strict=True)]
    print(f"  per run: {', '.join(f'{r:.2f}' for r in ratios)}")
    workers_rate = next(r for r in rows if r[0].startswith("extract, "))[2]
    print(f"{args.workers} workers / 1 worker: {workers_rate / extract_rate:.2f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB", file=sys.stdout)


if __name__ == "__main__":
    main()
