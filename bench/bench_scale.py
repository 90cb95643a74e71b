"""A whole build at scale, stage by stage, with peak memory, beside the plain baselines.

Run by hand::

    python bench/make_corpus.py --papers 100000 -o /tmp/c100k.jsonl
    python bench/bench_scale.py /tmp/c100k.jsonl --workers 2
    python bench/bench_scale.py /tmp/c1m.jsonl --workers 2 --stream   # N-Triples shards only

For each stage (read, extract, graph, Turtle, GraphML, gzipped N-Triples
shards, store load) it prints seconds, items/s and the peak RSS so far (this
process, and worker processes), then the baselines over the same data in the
same run: the bare ``spacy.blank("en")`` tokenizer over the same texts,
networkx ``write_graphml``, pyoxigraph's bulk load of the N-Triples, and
rdflib's Turtle serializer when the graph is small enough for it
(``--rdflib-max`` triples; it needs about 1.2 GB per million triples).

With ``--stream`` it runs the streaming build instead (gzipped N-Triples shards
only, no graph in memory; :mod:`citekg.streaming`) and prints its stages, and
the peak RSS of the whole process tree, extraction workers included, sampled
from /proc.
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


class TreeMemory:
    """Peak resident memory of this process and all its descendants together (the
    extraction workers), sampled from /proc every ``interval`` seconds in a thread:
    the sum of their RSS (pages shared by forked workers counted in each) and of
    their PSS (shared pages split among the processes sharing them)."""

    def __init__(self, interval: float = 0.25) -> None:
        import threading

        self.interval = interval
        self.peak_mb = 0.0
        self.peak_pss_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _tree(pid: int) -> list[int]:
        out, todo = [], [pid]
        while todo:
            current = todo.pop()
            out.append(current)
            for task in Path(f"/proc/{current}/task").glob("*/children"):
                with contextlib.suppress(OSError):
                    todo += [int(c) for c in task.read_text().split()]
        return out

    @staticmethod
    def _memory(pid: int) -> tuple[float, float]:
        """(RSS, PSS) of one process in MB; PSS shares pages among the processes using them."""
        rss = pss = 0.0
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss = int(line.split()[1]) / 1024
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1]) / 1024
        return rss, pss

    def sample(self) -> float:
        """The current total RSS, in MB; updates the peaks of RSS and PSS."""
        import os

        sizes = [self._memory(pid) for pid in self._tree(os.getpid())]
        rss, pss = sum(r for r, _ in sizes), sum(p for _, p in sizes)
        self.peak_mb = max(self.peak_mb, rss)
        self.peak_pss_mb = max(self.peak_pss_mb, pss)
        return rss

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def stream(corpus: Path, workers: int, shard_size: int, out: Path) -> None:
    """The streaming build (``citekg build -f nt --gzip --shard-size N``), stage by stage:
    read + merge, extract (pass 1), triples to shards (pass 2), as the build reports
    its progress; peak RSS of the whole process tree, workers included."""
    import citekg

    marks: dict[str, float] = {}
    counts: dict[str, int] = {}
    start = time.perf_counter()

    def progress(stage: str, done: int, total: int | None) -> None:
        now = time.perf_counter()
        marks.setdefault(f"{stage}:first", now)
        marks[f"{stage}:last"] = now
        counts[stage] = done

    with TreeMemory() as memory:
        kg = citekg.build(
            [corpus],
            out,
            formats=["nt"],
            compress=True,
            shard_size=shard_size,
            workers=workers,
            on_reject=print,
            progress=progress,
        )
        end = time.perf_counter()
    n = kg.report.built
    triples = sum(kg.report.counts()["edges"].values())
    stages = [
        ("read + merge", start, marks["extract:first"]),
        (f"extract, {workers} worker(s) (pass 1)", marks["extract:first"], marks["extract:last"]),
        ("resolve entities", marks["extract:last"], marks["write ntriples:first"]),
        ("triples to shards (pass 2)", marks["write ntriples:first"], marks["write ntriples:last"]),
        ("entities, last shard, build.json", marks["write ntriples:last"], end),
    ]
    print(f"{n} papers, {sum(kg.report.entities.values())} entities, {triples} edges")
    print(f"{'stage':40} {'seconds':>9} {'papers/s':>9}")
    for label, a, b in stages:
        print(f"{label:40} {b - a:9.1f} {n / (b - a) if b > a else 0:9.0f}")
    print(f"{'total':40} {end - start:9.1f} {n / (end - start):9.0f}")
    shards = sorted((out / "ntriples").iterdir())
    size = sum(p.stat().st_size for p in shards)
    print(f"{len(shards)} shards, {size / 1e6:.0f} MB")
    print(
        f"peak memory of the process tree (driver + workers): RSS {memory.peak_mb:.0f} MB, "
        f"PSS {memory.peak_pss_mb:.0f} MB"
    )


def _rss_mb() -> tuple[float, float]:
    """Peak resident memory so far, in MB: this process, and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


class Stages:
    """Timed stages, printed as a table."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, float, float, float, float]] = []

    def run(self, label: str, count: int, fn: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        result = fn()
        seconds = time.perf_counter() - start
        own, children = _rss_mb()
        self.rows.append((label, seconds, count / seconds if seconds else 0.0, own, children))
        print(f"  {label:34} {seconds:9.2f} s", file=sys.stderr, flush=True)
        return result

    def print(self) -> None:
        print(f"{'stage':36} {'seconds':>9} {'items/s':>11} {'peak MB':>9} {'workers MB':>10}")
        for label, seconds, rate, own, children in self.rows:
            print(f"{label:36} {seconds:9.2f} {rate:11.0f} {own:9.0f} {children:10.0f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSON Lines from bench/make_corpus.py")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--shard-size", type=int, default=1_000_000)
    parser.add_argument("--rdflib-max", type=int, default=1_000_000)
    parser.add_argument(
        "--stream", action="store_true", help="run the streaming sharded build instead"
    )
    parser.add_argument("--out", type=Path, help="build folder for --stream (default: temporary)")
    args = parser.parse_args(argv)
    if args.stream:
        with tempfile.TemporaryDirectory(dir=args.out.parent if args.out else None) as tmp:
            stream(args.corpus, args.workers, args.shard_size, args.out or Path(tmp) / "out")
        return

    import networkx as nx
    import pyoxigraph
    import spacy

    from citekg.api import _extract_papers, read
    from citekg.exports import write_graphml, write_ntriples, write_turtle
    from citekg.exports.store import load_store
    from citekg.extract.pipeline import cached_pipeline
    from citekg.graph.build import build_graph

    stages = Stages()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        papers = stages.run("read + merge", 0, lambda: read([args.corpus], on_reject=print))
        n = len(papers)
        stages.rows[-1] = (
            stages.rows[-1][0],
            stages.rows[-1][1],
            n / stages.rows[-1][1],
            *stages.rows[-1][3:],
        )
        extractions = stages.run(
            f"extract, {args.workers} worker(s)",
            n,
            lambda: _extract_papers(papers, workers=args.workers, dask=None, progress=None),
        )
        catalog = {e.key: e for e in cached_pipeline().get_pipe("citekg_catalog").entries}
        G = stages.run("graph", n, lambda: build_graph(papers, extractions, catalog=catalog))
        edges = G.number_of_edges()
        stages.run("write Turtle", n, lambda: write_turtle(G, out / "papers.ttl"))
        stages.run("write GraphML", edges, lambda: write_graphml(G, out / "papers.graphml"))
        triples = stages.run(
            "write N-Triples shards (gzip)",
            n,
            lambda: write_ntriples(G, out / "shards", compress=True, shard_size=args.shard_size),
        )
        stages.run(
            "load store (citekg load)", triples, lambda: load_store(out / "shards", out / "db")
        )
        print(
            f"{n} papers, {G.number_of_nodes()} nodes, {edges} edges, {triples} triples",
        )
        stages.print()

        print("baselines, same data, same run:")
        base = Stages()
        texts = [p.text for p in papers]
        blank = spacy.blank("en")
        base.run("spacy.blank tokenizer", n, lambda: sum(1 for _ in blank.pipe(texts)))
        plain = nx.MultiDiGraph()
        plain.add_nodes_from(
            (u, {k: v for k, v in d.items() if isinstance(v, str | int | float)})
            for u, d in G.nodes(data=True)
        )
        plain.add_edges_from(
            (u, v, k, {a: x for a, x in d.items() if isinstance(x, str | int | float)})
            for u, v, k, d in G.edges(keys=True, data=True)
        )
        base.run(
            "networkx write_graphml", edges, lambda: nx.write_graphml(plain, out / "nx.graphml")
        )
        write_ntriples(G, out / "all.nt")
        store = pyoxigraph.Store(str(out / "db2"))
        base.run(
            "pyoxigraph bulk_load (N-Triples)",
            triples,
            lambda: store.bulk_load(
                path=str(out / "all.nt"), format=pyoxigraph.RdfFormat.N_TRIPLES
            ),
        )
        if triples <= args.rdflib_max:
            from citekg.graph.rdf import to_rdf

            graph = base.run("rdflib: build Graph", triples, lambda: to_rdf(G))
            base.run(
                "rdflib: serialize Turtle", triples, lambda: graph.serialize(str(out / "r.ttl"))
            )
        base.print()


if __name__ == "__main__":
    main()
