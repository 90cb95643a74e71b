"""The ``citekg`` command line. Each command parses its options, calls one function of
:mod:`citekg.api`, and turns citekg's errors into one-line messages and exit statuses:

- 0: done;
- 1: ``--strict`` and some records were rejected (the outputs are still written);
- 2: bad usage or an input/output that cannot be used at all (missing file,
  directory, empty or binary file, unwritable folder);
- 130: interrupted (the previous build is left as it was).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from citekg._version import __version__
from citekg.errors import CitekgError, StrictModeError, UsageError
from citekg.exports.formats import FORMATS
from citekg.extract.sources.detect import INPUT_FORMATS

__all__ = ["cli", "main"]

#: How many rejected records are printed before the rest are only counted.
MAX_REJECT_LINES = 20


def _examples(*lines: str) -> str:
    """A help epilog listing example command lines, kept as written (click's ``\\b``)."""
    title = "Example:" if len(lines) == 1 else "Examples:"
    return f"{title}\n\n\b\n" + "\n".join(f"  {line}" for line in lines)


def _stderr(message: str) -> None:
    click.echo(message, err=True)


class _RejectPrinter:
    """Prints ``file:line: reason`` for the first rejects, counts the rest, keeps them all."""

    def __init__(self, limit: int = MAX_REJECT_LINES) -> None:
        self.limit = limit
        self.count = 0
        self.rejects: list[Any] = []

    def __call__(self, reject: Any) -> None:
        self.count += 1
        self.rejects.append(reject)
        if self.count <= self.limit:
            _stderr(str(reject))

    def finish(self, where: str | None) -> None:
        hidden = self.count - self.limit
        if hidden > 0:
            more = f"; all are in {where}" if where else ""
            _stderr(f"... and {hidden} more rejected record(s){more}")


@contextmanager
def _errors() -> Iterator[None]:
    """Turn citekg's errors into one line on stderr and the documented exit status."""
    try:
        yield
    except StrictModeError as err:
        _stderr(f"citekg: strict mode: {err}")
        sys.exit(err.exit_code)
    except CitekgError as err:
        _stderr(f"citekg: error: {err}")
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        _stderr("citekg: interrupted; outputs already published are unchanged")
        sys.exit(130)


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[str, int, int | None], None] | None]:
    """A progress callback drawing a bar on stderr, or None when not wanted."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        tasks: dict[str, Any] = {}

        def update(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


def _interactive(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()


#: ``--format`` values: every export format's name and aliases, and ``all``.
EXPORT_CHOICES = [*(n for f in FORMATS.values() for n in (f.name, *f.aliases)), "all"]
#: ``--evidence`` values: :data:`citekg.graph.rdf.EVIDENCE_LEVELS` (spelt out here, so
#: that starting the CLI does not import rdflib; a test checks they agree).
EVIDENCE_CHOICES = ["full", "compact", "none"]


def evidence_option(default: str) -> Callable[[Any], Any]:
    """``--evidence``; ``default`` says what happens without it."""
    return click.option(
        "--evidence",
        type=click.Choice(EVIDENCE_CHOICES),
        default=None,
        help="How much of each edge's evidence the RDF exports and the store carry: full "
        "(the statement reified with its sentence, rule and confidence, and a Web Annotation "
        "of the quote), compact (no annotation), none (the statements alone: under a quarter of "
        f"the triples) {default}.",
    )


gzip_option = click.option("--gzip", "compress", is_flag=True, help="Gzip the N-Triples output.")
shard_size_option = click.option(
    "--shard-size",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Split N-Triples into a folder of files of at most N triples (for bulk loaders).",
)
input_argument = click.argument(
    "inputs", nargs=-1, type=click.Path(path_type=Path, dir_okay=True, exists=False)
)
format_option = click.option(
    "--input-format",
    "input_format",
    type=click.Choice(list(INPUT_FORMATS)),
    default=None,
    help="Input format, when detection from the name and first record is not wanted.",
)
strict_option = click.option(
    "--strict", is_flag=True, help="Exit with status 1 if any input record was rejected."
)
out_file_option = click.option(
    "-o",
    "--out",
    "out_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="JSON Lines file to write (default: standard output).",
)
rejects_option = click.option(
    "--rejects",
    "rejects_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Also write rejected records to this JSON Lines file.",
)
workers_option = click.option(
    "-j",
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Extraction processes [default: one per CPU core; small inputs use one].",
)
quiet_option = click.option(
    "-q", "--quiet", is_flag=True, help="No progress bar and no summary; errors only."
)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=_examples(
        "citekg build                 # the bundled 100 papers into out/",
        "citekg build works.jsonl.gz -o kg/",
    ),
)
@click.version_option(__version__, prog_name="citekg")
def cli() -> None:
    """Turn lists of AI papers into a citation knowledge graph (Turtle and GraphML)."""


@cli.command(
    epilog=_examples(
        "citekg build                                   # the bundled 100 papers into out/",
        "citekg build papers.txt works.jsonl.gz -o kg/",
        "citekg build arxiv.jsonl --input-format arxiv --strict --quiet",
        "citekg build -f all                            # every export format",
        "citekg build dump.jsonl.gz -f nt --gzip --shard-size 1000000",
        "citekg build dump.jsonl.gz --store kg.db --evidence none",
        "citekg build --update out/ new-papers.jsonl        # add papers to a build",
    ),
)
@input_argument
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("out"),
    show_default=True,
    help="Output folder.",
)
@format_option
@click.option(
    "-f",
    "--format",
    "export_formats",
    multiple=True,
    type=click.Choice(EXPORT_CHOICES, case_sensitive=False),
    help="Export format to write; repeat for several, 'all' for every one "
    "[default: turtle, graphml]. See: citekg formats.",
)
@gzip_option
@shard_size_option
@click.option(
    "--base-iri",
    default=None,
    metavar="IRI",
    help="Namespace of the graph's IRIs [default: https://w3id.org/citekg/id/].",
)
@evidence_option("[default: full; --update keeps the earlier build's]")
@workers_option
@click.option(
    "--update",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    metavar="OUT",
    help="Add INPUTS to the earlier build in OUT: only new papers are extracted, and OUT "
    "is rewritten with its formats (-o is ignored).",
)
@click.option(
    "--store",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    metavar="PATH",
    help="Also make the Oxigraph store at PATH hold exactly the built graph.",
)
@click.option(
    "--dask",
    "dask_address",
    default=None,
    metavar="ADDRESS",
    help="Run the extraction on the Dask cluster whose scheduler is at ADDRESS "
    "(tcp://host:8786); needs pip install 'citekg[dask]'.",
)
@click.option(
    "--report/--no-report",
    "html_report",
    default=None,
    help="Write report.html, the corpus at a glance [default: yes; --update keeps the "
    "earlier build's choice].",
)
@strict_option
@quiet_option
def build(
    inputs: tuple[Path, ...],
    out_dir: Path,
    input_format: str | None,
    export_formats: tuple[str, ...],
    compress: bool,
    shard_size: int | None,
    base_iri: str | None,
    evidence: str | None,
    workers: int | None,
    update: Path | None,
    store: Path | None,
    dask_address: str | None,
    html_report: bool | None,
    strict: bool,
    quiet: bool,
) -> None:
    """Build the knowledge graph of INPUTS (default: the bundled list of 100 papers).

    Reads paper lists, JSON Lines, CSV, OpenAlex, Semantic Scholar and arXiv
    files (gzip, bz2 or xz too), extracts the models, datasets, benchmarks and
    organisations of each abstract, and writes the exports (default: papers.ttl,
    papers.graphml), report.html, extractions.jsonl, rejects.jsonl and build.json
    into the output folder.
    """
    from citekg import api

    if update is not None:
        out_dir = update
        if not inputs:
            raise click.UsageError("--update OUT needs the new INPUTS to add")
    printer = _RejectPrinter()
    with _errors(), _progress(_interactive(quiet)) as progress:
        try:
            kg = api.build(
                list(inputs) or None,
                out_dir,
                input_format=input_format,
                formats=list(export_formats) or None,
                compress=compress,
                shard_size=shard_size,
                base_iri=base_iri,
                evidence=evidence,
                workers=workers,
                dask=dask_address,
                update=update,
                store=store,
                strict=strict,
                html_report=html_report,
                on_reject=printer,
                progress=progress,
            )
        except StrictModeError as err:
            printer.finish(str(out_dir / api.REJECTS_FILE))
            if not quiet and err.kg is not None:
                _summary(err.kg.report)
            raise
        printer.finish(str(out_dir / api.REJECTS_FILE))
        if not quiet:
            _summary(kg.report)


def _summary(report: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    table = Table(title="citekg build", title_justify="left", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("papers", str(report.built))
    table.add_row("  without abstract", str(report.without_abstract))
    table.add_row("  duplicates merged", str(report.merged))
    table.add_row("  records rejected", str(report.rejected))
    for kind, count in report.entities.items():
        table.add_row(f"{kind} entities", str(count))
    for kind, count in report.edges.items():
        table.add_row(f"{kind} edges", str(count))
    table.add_row("seconds", f"{report.seconds:.1f}")
    console.print(table)
    for name, path in report.outputs.items():
        click.echo(f"{name + ':':22} {path}")  # not rich: long paths must not wrap
    if report.store is not None:
        click.echo(f"{'store:':22} {report.store.text()}")
    console.print(report.tally)


def _write_records(records: list[Any], dest: Path | None) -> None:
    from citekg.exports.jsonl import generate_jsonl, write_jsonl

    if dest is None:
        for line in generate_jsonl(records):
            sys.stdout.write(line)
    else:
        write_jsonl(records, dest)


@cli.command(
    epilog=_examples(
        "citekg extract                                 # bundled corpus, to stdout",
        "citekg extract papers.csv -o extractions.jsonl",
    ),
)
@input_argument
@out_file_option
@rejects_option
@format_option
@workers_option
@strict_option
@quiet_option
def extract(
    inputs: tuple[Path, ...],
    out_file: Path | None,
    rejects_file: Path | None,
    input_format: str | None,
    workers: int | None,
    strict: bool,
    quiet: bool,
) -> None:
    """Extract entities from INPUTS: one JSON line per paper, in the annotation
    guidelines' format (name, type, aliases, introduced, results) plus the mentions
    with their evidence (offsets, sentence, rule, confidence)."""
    from citekg import api

    printer = _RejectPrinter()
    with _errors(), _progress(_interactive(quiet)) as progress:
        report = api.BuildReport()
        _, extractions = api.extract(
            list(inputs) or None,
            input_format=input_format,
            workers=workers,
            on_reject=printer,
            progress=progress,
            report=report,
        )
        _write_records(extractions, out_file)
        _finish_records(printer, rejects_file, report, strict, quiet)


def _finish_records(
    printer: _RejectPrinter, rejects_file: Path | None, report: Any, strict: bool, quiet: bool
) -> None:
    from citekg.exports.jsonl import write_jsonl

    if rejects_file is not None:
        write_jsonl(printer.rejects, rejects_file)
    printer.finish(str(rejects_file) if rejects_file else None)
    if not quiet:
        _stderr(report.tally)
    if strict and report.rejected:
        raise StrictModeError(f"{report.rejected} record(s) rejected ({report.tally})")


@cli.command(
    epilog=_examples(
        "citekg read works.jsonl.gz -o papers.jsonl",
        "citekg read papers.csv --rejects bad.jsonl --strict",
    ),
)
@input_argument
@out_file_option
@rejects_option
@format_option
@strict_option
@quiet_option
def read(
    inputs: tuple[Path, ...],
    out_file: Path | None,
    rejects_file: Path | None,
    input_format: str | None,
    strict: bool,
    quiet: bool,
) -> None:
    """Read INPUTS into citekg's paper records (one JSON line each), duplicates merged.

    Shows what citekg understood of a file (ids, citations, year, authors,
    institutions, references) before building anything from it."""
    from citekg import api

    printer = _RejectPrinter()
    with _errors():
        report = api.BuildReport()
        papers = api.read(
            list(inputs) or None, input_format=input_format, on_reject=printer, report=report
        )
        _write_records(papers, out_file)
        _finish_records(printer, rejects_file, report, strict, quiet)


@cli.command(
    epilog=_examples(
        "citekg evaluate --gold gold.jsonl extractions.jsonl",
        "citekg evaluate --gold gold.jsonl papers.jsonl --ignore organization --json",
    ),
)
@click.option(
    "--gold",
    "gold",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    required=True,
    help="Gold annotations (JSON Lines, the guidelines' format).",
)
@click.argument("predictions", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--ignore",
    default="",
    metavar="TYPES",
    help="Comma-separated types to leave out of the predictions, e.g. organization.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", is_flag=True, help="Also list every false positive and negative.")
@format_option
@workers_option
def evaluate(
    gold: Path,
    predictions: Path,
    ignore: str,
    as_json: bool,
    errors: bool,
    input_format: str | None,
    workers: int | None,
) -> None:
    """Score PREDICTIONS against GOLD: precision, recall and F1 per type, core, introduced
    entities and results, in strict and lenient mode.

    PREDICTIONS is a JSON Lines file written by citekg extract, or any input citekg
    reads (a paper list, JSONL, CSV...), which is extracted first."""
    import json as jsonlib

    from citekg import api
    from citekg.extract.evaluate import format_scores

    with _errors():
        scores = api.evaluate(
            gold,
            predictions,
            input_format=input_format,
            ignore=[t for t in ignore.split(",") if t],
            workers=workers,
        )
        if errors:
            for row in scores["lenient"].errors:
                click.echo("\t".join(str(x) for x in row))
        if as_json:
            click.echo(jsonlib.dumps({m: s.to_dict() for m, s in scores.items()}, indent=1))
        else:
            click.echo(format_scores(scores))


@cli.command(epilog=_examples("citekg formats"))
def formats() -> None:
    """List the input formats citekg reads and the export formats it writes."""
    from citekg.exports.formats import DEFAULT_FORMATS

    click.echo("Input formats (--input-format):")
    for name, description in INPUT_FORMATS.items():
        click.echo(f"  {name:10} {description}")
    click.echo("Export formats (--format; * = written by default):")
    for fmt in FORMATS.values():
        names = ", ".join((fmt.name, *fmt.aliases))
        mark = "*" if fmt.name in DEFAULT_FORMATS else " "
        click.echo(f"{mark} {names:22} {fmt.filename:16} {fmt.description}")


@cli.command(
    epilog=_examples(
        "citekg export out/papers.ttl -f gexf -o out/papers.gexf",
        "citekg export out/papers.ttl -f neo4j -o out/neo4j",
        "citekg export out/papers.ttl -f nt --gzip -o kg.nt.gz",
        "citekg export out/papers.ttl -f turtle --evidence none -o lean.ttl",
    ),
)
@click.argument("graph_file", type=click.Path(path_type=Path, exists=True))
@click.option(
    "-f",
    "--format",
    "export_format",
    required=True,
    type=click.Choice(EXPORT_CHOICES[:-1], case_sensitive=False),
    help="Format to write (see: citekg formats).",
)
@click.option(
    "-o",
    "--out",
    "dest",
    type=click.Path(path_type=Path),
    required=True,
    help="File (or folder, for neo4j and sharded N-Triples) to write.",
)
@gzip_option
@shard_size_option
@evidence_option("[default: all the source has]")
def export(
    graph_file: Path,
    export_format: str,
    dest: Path,
    compress: bool,
    shard_size: int | None,
    evidence: str | None,
) -> None:
    """Write the graph of GRAPH_FILE (papers.ttl, or any export citekg reads back) in
    another format, without extracting again."""
    from citekg import api

    with _errors():
        api.export(
            graph_file,
            dest,
            format=export_format,
            compress=compress,
            shard_size=shard_size,
            evidence=evidence,
        )
    click.echo(f"{export_format}: {dest}")


@cli.command(
    epilog=_examples(
        "citekg validate out/papers.ttl",
        "citekg validate kg.nt --shapes my-shapes.ttl",
    ),
)
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--shapes",
    type=click.Path(path_type=Path),
    default=None,
    metavar="FILE",
    help="SHACL shapes file to use instead of citekg's own (graph/shapes.ttl).",
)
def validate(file: Path, shapes: Path | None) -> None:
    """Check FILE (papers.ttl, or any RDF file) against citekg's SHACL shapes.

    Prints one line per violation (focus node, path, value, message, shape) and
    a summary. Exit status 0 when the graph conforms, 1 when it does not, 2 when
    FILE or the shapes cannot be read."""
    from citekg import api

    with _errors():
        report = api.validate(file, shapes=shapes)
    click.echo(report.text())
    if not report.conforms:
        sys.exit(1)


@cli.command(
    name="load",
    epilog=_examples(
        "citekg load out/ --store kg.db            # embedded Oxigraph store, nothing to start",
        "citekg load out/papers.nt.gz --store kg.db",
        "citekg load out/ --endpoint http://127.0.0.1:7878/store",
        "CITEKG_ENDPOINT_USER=dba CITEKG_ENDPOINT_PASSWORD=... \\",
        "  citekg load out/ --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth \\",
        "  --graph https://w3id.org/citekg/id/",
    ),
)
@click.argument("source", type=click.Path(path_type=Path, exists=True))
@click.option(
    "--store",
    type=click.Path(path_type=Path, dir_okay=True),
    default=None,
    metavar="PATH",
    help="Persistent Oxigraph store (a folder; created if missing).",
)
@click.option(
    "--endpoint",
    default=None,
    metavar="URL",
    help="SPARQL 1.1 Graph Store Protocol URL of a server. Credentials come from "
    "CITEKG_ENDPOINT_USER and CITEKG_ENDPOINT_PASSWORD, or CITEKG_ENDPOINT_TOKEN.",
)
@click.option(
    "--graph",
    default=None,
    metavar="IRI",
    help="Named graph to load into [default: the default graph].",
)
def load_command(source: Path, store: Path | None, endpoint: str | None, graph: str | None) -> None:
    """Load the export SOURCE (a build folder, papers.nt[.gz], papers.ttl, papers.jsonld,
    or a folder of N-Triples shards) into a store or a SPARQL server.

    Loading the same export again adds no triple; a new batch adds only what is new.
    Exit status 1 if the server is down or refuses the data (nothing is reported as
    loaded that was not), 2 for bad input."""
    from citekg import api

    with _errors():
        report = api.load_into(source, store=store, endpoint=endpoint, graph=graph)
    click.echo(report.text())


@cli.command(
    epilog=_examples(
        "citekg query --list",
        "citekg query leaderboard --param target=GSM8K",
        "citekg query top-entities -p kind=ck:Benchmark --format csv",
        "citekg query my-question.rq --store kg.db --format json",
        "citekg query papers-mentioning -p target=GPT-4 --data kg.nt --engine rdflib",
    ),
)
@click.argument("name_or_file", required=False)
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="Bind a parameter of the query (repeatable); see --list for each query's.",
)
@click.option(
    "--store",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    metavar="PATH",
    help="Query an Oxigraph store (citekg load --store).",
)
@click.option(
    "--data",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar="FILE",
    help="Query an RDF file (Turtle, N-Triples, JSON-LD) [default: out/papers.ttl].",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
@click.option(
    "--engine",
    type=click.Choice(["oxigraph", "rdflib"]),
    default="oxigraph",
    show_default=True,
    help="SPARQL engine.",
)
@click.option("--list", "list_queries", is_flag=True, help="List the cookbook and exit.")
def query(
    name_or_file: str | None,
    params: tuple[str, ...],
    store: Path | None,
    data: Path | None,
    output_format: str,
    engine: str,
    list_queries: bool,
) -> None:
    """Run NAME_OR_FILE, a query of the cookbook (queries/) or any .rq file, over a
    store or an RDF file, and print the rows."""
    from citekg import api
    from citekg.graph.sparql import cookbook, format_result, parameters_text

    with _errors():
        if list_queries:
            for name, item in cookbook().items():
                click.echo(f"{name:28} {item.question}")
                if item.parameters:
                    click.echo(f"{'':28} parameters: {parameters_text(item.parameters)}")
            return
        if not name_or_file:
            raise UsageError("name a query (citekg query --list shows them) or give a .rq file")
        bound = {}
        for item in params:
            key, sep, value = item.partition("=")
            if not sep or not key.strip():
                raise UsageError(f"--param wants KEY=VALUE, not {item!r}")
            bound[key.strip()] = value
        if store is None and data is None:
            data = Path("out/papers.ttl")
            if not data.exists():
                raise UsageError("give --store PATH or --data FILE (no out/papers.ttl here)")
        result = api.query(name_or_file, store=store, data=data, params=bound, engine=engine)
        click.echo(format_result(result, output_format), nl=False)


@cli.command(
    epilog=_examples(
        "citekg serve --store kg.db                # http://127.0.0.1:7878/sparql",
        "citekg serve --store kg.db --port 8000",
    ),
)
@click.option(
    "--store",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    metavar="PATH",
    help="Oxigraph store written by citekg load.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True)
def serve(store: Path, port: int) -> None:
    """Serve a store as a read-only SPARQL endpoint on 127.0.0.1, for YASGUI,
    Protégé and other HTTP clients, until Ctrl-C."""
    from citekg.exports.serve import make_server

    with _errors():
        server = make_server(store, port=port)
        click.echo(f"SPARQL endpoint: {server.url} (read-only; Ctrl-C to stop)", err=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()


@cli.command(
    epilog=_examples(
        "citekg report out/                 # writes out/report.html",
        "citekg report out/ -o ~/corpus.html --max-nodes 3000",
    ),
)
@click.argument("out", type=click.Path(path_type=Path, exists=True), default=Path("out"))
@click.option(
    "-o",
    "--out",
    "dest",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="HTML file to write [default: report.html in OUT].",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Draw at most N papers and entities in the network view [default: 1500].",
)
def report(out: Path, dest: Path | None, max_nodes: int | None) -> None:
    """Write the HTML report of the build in OUT (default: out/): one offline page with
    the headline numbers, top-entity charts, leaderboards, a searchable network of
    papers and entities, and the map of which papers build on which."""
    from citekg import api

    with _errors():
        path = api.report(out, dest, max_nodes=max_nodes)
    click.echo(f"report: {path}")


@cli.command(
    epilog=_examples(
        "citekg stats                       # the build in out/",
        "citekg stats out/ --top 20",
        "citekg stats kg/papers.ttl --json | jq .headline",
    ),
)
@click.argument("out", type=click.Path(path_type=Path, exists=True), default=Path("out"))
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="Rows of each top-entities table.",
)
@click.option("--json", "as_json", is_flag=True, help="Print everything as JSON instead.")
def stats(out: Path, top: int, as_json: bool) -> None:
    """Print the headline numbers of the build in OUT (a build folder or a graph file;
    default: out/) and its top models, datasets, benchmarks and organisations, by
    papers and by citation-weighted mentions, as aligned tables."""
    from citekg import api
    from citekg.graph.stats import format_stats

    with _errors():
        figures = api.stats(out, top=top)
    if as_json:
        click.echo(json.dumps(figures.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_stats(figures), nl=False)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``citekg`` script."""
    cli.main(args=argv, prog_name="citekg")


if __name__ == "__main__":  # pragma: no cover
    main()
