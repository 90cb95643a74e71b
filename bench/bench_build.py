"""Time each stage of a build on a synthetic corpus made from the bundled abstracts.

Run by hand (``make bench`` or ``python bench/bench_build.py --papers 20000``);
it prints seconds and items per second per stage, next to the bare
``spacy.blank("en")`` tokenizer over the same texts in the same run, which is
the baseline that matters (absolute times vary with the machine).

The corpus repeats the bundled papers with their sentences shuffled and a
number appended to each title, so every paper is distinct and nothing merges.
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=20000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)

    import spacy

    from citekg.exports import write_graphml, write_turtle
    from citekg.extract import extract_papers, load_pipeline, merge_duplicates, read_papers
    from citekg.extract.parallel import extract_parallel
    from citekg.graph import build_graph

    rows: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        make_corpus(corpus, args.papers)
        n = args.papers
        papers = timed(
            "read + merge", n, lambda: merge_duplicates(read_papers(corpus)).papers, rows
        )
        texts = [p.text for p in papers]
        blank = spacy.blank("en")
        timed("baseline: blank tokenizer", n, lambda: sum(1 for _ in blank.pipe(texts)), rows)
        nlp = timed("load pipeline", 1, lambda: load_pipeline(records_only=True), rows)
        extractions = timed("extract", n, lambda: list(extract_papers(papers, nlp)), rows)
        parallel = timed(
            f"extract, {args.workers} workers",
            n,
            lambda: list(extract_parallel(papers, args.workers, nlp=nlp)),
            rows,
        )
        assert parallel == extractions, "parallel extraction differs from sequential"
        G = timed("graph", n, lambda: build_graph(papers, extractions), rows)
        timed("write turtle", n, lambda: write_turtle(G, Path(tmp) / "p.ttl"), rows)
        timed("write graphml", n, lambda: write_graphml(G, Path(tmp) / "p.graphml"), rows)

    print(f"{args.papers} papers, {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    print(f"{'stage':28} {'seconds':>9} {'items/s':>10}")
    for label, seconds, rate in rows:
        print(f"{label:28} {seconds:9.2f} {rate:10.0f}")
    base = next(r for r in rows if r[0].startswith("baseline"))[2]
    extract_rate = next(r for r in rows if r[0] == "extract")[2]
    print(f"extract throughput / bare tokenizer: {extract_rate / base:.2f}")
    workers_rate = next(r for r in rows if r[0].startswith("extract, "))[2]
    print(f"{args.workers} workers / 1 worker: {workers_rate / extract_rate:.2f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB", file=sys.stdout)


if __name__ == "__main__":
    main()
