"""Time every cookbook query on Oxigraph and rdflib over the bundled build.

Run by hand (``python bench/bench_queries.py``); prints, per query, the median
seconds of ``--runs`` runs on each engine. The cookbook is written so that
rdflib's join ordering stays fast: every query should take well under two
seconds on both engines here. The tests check that both engines give the same
rows; timings live here, not in the test suite.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    import pyoxigraph
    import rdflib

    import citekg
    from citekg.graph.sparql import cookbook, run_query

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    out = Path(tempfile.mkdtemp()) / "out"
    citekg.build(out_dir=out, html_report=False)
    store = pyoxigraph.Store()
    store.load(path=str(out / "papers.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    graph = rdflib.Graph().parse(out / "papers.ttl", format="turtle")

    print(f"{'query':30} {'oxigraph s':>11} {'rdflib s':>10} {'rows':>6}")
    worst = 0.0
    for name, query in cookbook().items():
        medians = []
        rows = 0
        for engine, data in (("oxigraph", store), ("rdflib", graph)):
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                result = run_query(query, data=data, engine=engine)
                times.append(time.perf_counter() - start)
            rows = len(result.rows)
            medians.append(statistics.median(times))
        worst = max(worst, *medians)
        print(f"{name:30} {medians[0]:11.4f} {medians[1]:10.4f} {rows:6d}")
    print(f"slowest query, either engine: {worst:.3f} s")


if __name__ == "__main__":
    main()
