"""Time every export writer on a synthetic graph, beside the plain baselines, in one run.

Run by hand: ``python bench/bench_exports.py --papers 100000 --baseline-papers 2000 10000``.

The graph is built by citekg's own graph builder from the extractions of the
bundled corpus, repeated: paper ``i`` is bundled paper ``i % 100`` under a new
id and title, with its entities, mentions, evidence and results. It prints,
per writer, seconds (the median of ``--repeat`` runs; one run above 20,000
papers), triples/s (RDF) or edges/s (property graphs) and the output size;
then the baselines over the same graph: building an rdflib Graph and calling
its Turtle and N-Triples serializers, and networkx's ``write_graphml`` (on a
copy with lists joined and None dropped, which it needs). rdflib needs about
1.2 GB per million triples and its Turtle writer is worse than linear, so
``--baseline-papers`` runs the baselines (and the citekg writers again, for
the ratio) on smaller graphs of the same shape, rdflib's Turtle writer only up
to ``--turtle-baseline-max`` papers.
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def synthetic_graph(papers: int) -> Any:
    """A citekg graph of ``papers`` papers made from the bundled corpus' extractions."""
    import citekg
    from citekg.extract.pipeline import cached_pipeline
    from citekg.graph.build import build_graph

    kg = citekg.build()
    base_papers, base_extractions = kg.papers, kg.extractions
    many_papers, many_extractions = [], []
    for i in range(papers):
        paper = base_papers[i % len(base_papers)]
        extraction = base_extractions[i % len(base_extractions)]
        pid = f"synthetic-{i}"
        many_papers.append(
            dataclasses.replace(
                paper, id=pid, title=f"{paper.title} ({i})", doi=None, arxiv_id=None, rank=i + 1
            )
        )
        many_extractions.append(dataclasses.replace(extraction, paper=pid))
    catalog = {e.key: e for e in cached_pipeline().get_pipe("citekg_catalog").entries}
    return build_graph(many_papers, many_extractions, catalog=catalog)


def _time(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """(median seconds over ``repeat`` runs, the last result)."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def _plain_copy(G: Any) -> Any:
    """``G`` as networkx's write_graphml accepts it: no None, list or dict values."""

    def clean(data: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for key, value in data.items():
            if isinstance(value, list | tuple):
                value = " | ".join(map(str, value))
            if value is None or isinstance(value, dict):
                continue
            out[key] = value
        return out

    import networkx as nx

    H = nx.MultiDiGraph()
    H.add_nodes_from((n, clean(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, k, clean(d)) for u, v, k, d in G.edges(keys=True, data=True))
    return H


def run_writers(
    G: Any, folder: Path, triples: int, repeat: int
) -> list[tuple[str, float, float, int]]:
    """(format, median seconds, items/s, bytes) for every citekg writer."""
    from citekg.exports import FORMATS

    rows = []
    for fmt in FORMATS.values():
        path = folder / fmt.filename
        seconds, _ = _time(lambda fmt=fmt, path=path: fmt.writer(G, path), repeat)
        items = triples if fmt.model == "rdf" else G.number_of_edges()
        rows.append((f"citekg {fmt.name}", seconds, items / seconds, _size(path)))
    shards = folder / "shards"
    seconds, _ = _time(
        lambda: FORMATS["ntriples"].writer(G, shards, compress=True, shard_size=1_000_000), repeat
    )
    rows.append(("citekg ntriples gz shards", seconds, triples / seconds, _size(shards)))
    return rows


def run_baselines(
    G: Any, folder: Path, triples: int, repeat: int, turtle: bool
) -> list[tuple[str, float, float, int]]:
    """(baseline, seconds, items/s, bytes): rdflib and networkx doing the same job; medians
    of ``repeat`` runs, but one run of rdflib's Turtle writer (minutes, and superlinear)."""
    import networkx as nx

    from citekg.graph.rdf import to_rdf

    rows = []
    seconds_graph, graph = _time(lambda: to_rdf(G), repeat)
    rows.append(("rdflib: build Graph", seconds_graph, triples / seconds_graph, 0))
    for name, fmt in (("turtle", "turtle"), ("ntriples", "nt")):
        if name == "turtle" and not turtle:
            continue
        path = folder / f"rdflib.{fmt}"
        seconds, _ = _time(
            lambda path=path, fmt=fmt, graph=graph: graph.serialize(str(path), format=fmt),
            1 if fmt == "turtle" else repeat,
        )
        rows.append((f"rdflib: serialize {name}", seconds, triples / seconds, _size(path)))
        total = seconds_graph + seconds
        rows.append((f"rdflib: build + {name}", total, triples / total, _size(path)))
    del graph
    plain = _plain_copy(G)
    path = folder / "nx.graphml"
    seconds, _ = _time(lambda: nx.write_graphml(plain, path), repeat)
    rows.append(("networkx write_graphml", seconds, G.number_of_edges() / seconds, _size(path)))
    return rows


def _print(title: str, rows: list[tuple[str, float, float, int]]) -> None:
    print(title)
    print(f"  {'writer':30} {'seconds':>9} {'items/s':>12} {'MB':>9}")
    for label, seconds, rate, size in rows:
        print(f"  {label:30} {seconds:9.2f} {rate:12.0f} {size / 1e6:9.1f}")


def _ratios(ours: list, baselines: list) -> None:
    get = {label: seconds for label, seconds, *_ in ours + baselines}
    print("  ratios (baseline seconds / citekg seconds):")
    if "rdflib: build + turtle" in get:
        print(f"    turtle:   {get['rdflib: build + turtle'] / get['citekg turtle']:.1f}x")
    print(f"    ntriples: {get['rdflib: build + ntriples'] / get['citekg ntriples']:.1f}x")
    print(f"    graphml:  {get['networkx write_graphml'] / get['citekg graphml']:.2f}x")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--baseline-papers", type=int, nargs="+", default=[2_000])
    parser.add_argument(
        "--turtle-baseline-max",
        type=int,
        default=2_000,
        help="largest graph to run rdflib's Turtle writer on (it takes minutes)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (median)")
    args = parser.parse_args(argv)

    from citekg.exports.terms import oxigraph_triples

    sizes = sorted({*args.baseline_papers, args.papers})
    with tempfile.TemporaryDirectory() as tmp:
        for papers in sizes:
            seconds, G = _time(lambda papers=papers: synthetic_graph(papers))
            triples = sum(1 for _ in oxigraph_triples(G))
            print(
                f"{papers} papers: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, "
                f"{triples} triples (graph built in {seconds:.1f} s)"
            )
            folder = Path(tmp) / str(papers)
            folder.mkdir()
            ours = run_writers(G, folder, triples, args.repeat if papers <= 20_000 else 1)
            _print("  citekg writers", ours)
            if papers in args.baseline_papers:
                turtle = papers <= args.turtle_baseline_max
                baselines = run_baselines(G, folder, triples, args.repeat, turtle)
                _print("  baselines", baselines)
                _ratios(ours, baselines)
            del G
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
