"""The Python API: every CLI command is one function here.

>>> import citekg
>>> kg = citekg.build()                      # the bundled corpus, in memory
>>> kg.report.built, kg.nx.number_of_nodes() > 100
(100, True)
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from citekg._version import __version__
from citekg.errors import InputError, StrictModeError, UsageError
from citekg.extract.corpus import BUNDLED_CORPUS_NAME, bundled_corpus
from citekg.extract.records import Extraction, Paper, Reject
from citekg.extract.sources import (
    RejectedRecordWarning,
    detect_format,
    merge_duplicates,
    read_records,
)
from citekg.graph.kg import KnowledgeGraph

__all__ = [
    "BuildReport",
    "KnowledgeGraph",
    "build",
    "evaluate",
    "export",
    "extract",
    "load",
    "load_into",
    "query",
    "read",
    "serve",
    "validate",
]

PathLike = str | os.PathLike[str]
#: Papers per batch sent to an extraction worker.
PARALLEL_BATCH = 500
Progress = Callable[[str, int, int | None], None]

#: Files a build writes besides the exports of :data:`citekg.exports.FORMATS`.
PAPERS_FILE = "papers.jsonl"
EXTRACTIONS_FILE = "extractions.jsonl"
REJECTS_FILE = "rejects.jsonl"
MANIFEST_FILE = "build.json"
REPORT_FILE = "report.html"
#: The graph files of a build folder, in the order ``citekg report`` and ``stats`` read them:
#: exact RDF first (it gives back the very graph), then the viewers' formats.
GRAPH_FILES = (
    "papers.ttl",
    "papers.nt",
    "papers.nt.gz",
    "papers.jsonld",
    "ntriples",
    "papers.graphml",
    "papers.gexf",
    "neo4j",
)


@dataclass
class BuildReport:
    """What a build read, kept, merged, rejected, found and wrote."""

    inputs: list[str] = field(default_factory=list)
    read: int = 0
    built: int = 0
    merged: int = 0
    rejected: int = 0
    without_abstract: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    edges: dict[str, int] = field(default_factory=dict)
    outputs: dict[str, Path] = field(default_factory=dict)
    store: Any = None
    seconds: float = 0.0

    @property
    def tally(self) -> str:
        """The one-line account of the input: ``read N, built M, merged D, rejected K``."""
        return (
            f"read {self.read}, built {self.built}, merged {self.merged}, rejected {self.rejected}"
        )

    def counts(self) -> dict[str, Any]:
        """The deterministic figures (no paths, no timings), as stored in ``build.json``."""
        return {
            "read": self.read,
            "built": self.built,
            "merged": self.merged,
            "rejected": self.rejected,
            "without_abstract": self.without_abstract,
            "entities": dict(sorted(self.entities.items())),
            "edges": dict(sorted(self.edges.items())),
        }


def _inputs(inputs: PathLike | Iterable[PathLike] | None) -> list[tuple[Path, str]]:
    """(path, label) per input; the bundled corpus when there is none."""
    if inputs is None:
        return [(bundled_corpus(), f"bundled:{BUNDLED_CORPUS_NAME}")]
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    out = [(Path(p), str(p)) for p in inputs]
    return out or [(bundled_corpus(), f"bundled:{BUNDLED_CORPUS_NAME}")]


def _records(inputs: list[tuple[Path, str]], input_format: str | None) -> Iterator[Paper | Reject]:
    # Check every file before reading any, so a typo in the last name fails fast.
    formats = [input_format or detect_format(path) for path, _ in inputs]
    for (path, label), fmt in zip(inputs, formats, strict=True):
        for record in read_records(path, fmt):
            if label != str(path):
                record = replace(record, file=label)
            yield record


def read(
    inputs: PathLike | Iterable[PathLike] | None = None,
    *,
    input_format: str | None = None,
    on_reject: Callable[[Reject], Any] | None = None,
    report: BuildReport | None = None,
) -> list[Paper]:
    """Read and de-duplicate the papers of ``inputs`` (default: the bundled corpus).

    Rejected records go to ``on_reject`` (without one, each is a
    :class:`~citekg.extract.RejectedRecordWarning`); counts go to ``report``.
    The CLI twin is ``citekg read``.

    >>> papers = read()
    >>> len(papers), papers[-1].rank, papers[-1].citations
    (100, 100, 1498)
    """
    report = report if report is not None else BuildReport()

    def warn(record: Reject) -> None:
        warnings.warn(str(record), RejectedRecordWarning, stacklevel=4)  # read()'s caller

    return _read_merged(_inputs(inputs), input_format, report, on_reject or warn)


def _read_merged(
    sources: list[tuple[Path, str]],
    input_format: str | None,
    report: BuildReport,
    on_reject: Callable[[Reject], Any],
    keep: Callable[[Paper], Paper] | None = None,
) -> list[Paper]:
    """:func:`read` of ``sources``: each paper as ``keep`` returns it (the streaming build
    sets its abstract aside), rejects to ``on_reject``, the counts in ``report``."""
    report.inputs = [label for _, label in sources]
    papers: list[Paper] = []
    for record in _records(sources, input_format):
        report.read += 1
        if isinstance(record, Reject):
            report.rejected += 1
            on_reject(record)
        else:
            papers.append(record if keep is None else keep(record))
    merged = merge_duplicates(papers)
    del papers
    report.merged = merged.merged
    report.built = len(merged.papers)
    report.without_abstract = sum(1 for p in merged.papers if not p.abstract)
    return merged.papers


def extract(
    inputs: PathLike | Iterable[PathLike] | None = None,
    *,
    input_format: str | None = None,
    workers: int | None = None,
    dask: str | Any | None = None,
    on_reject: Callable[[Reject], Any] | None = None,
    progress: Progress | None = None,
    report: BuildReport | None = None,
) -> tuple[list[Paper], list[Extraction]]:
    """Read ``inputs`` and extract their entities: the papers and one Extraction per paper.

    ``workers`` processes share the work (default: one per CPU core; small
    inputs run in this process). With ``dask`` (a scheduler address such as
    ``"tcp://10.0.0.5:8786"``, or a ``distributed.Client``), the extraction
    runs on that Dask cluster instead. The output does not depend on either.
    The CLI twin is ``citekg extract``.
    """
    papers = read(inputs, input_format=input_format, on_reject=on_reject, report=report)
    return papers, _extract_papers(papers, workers=workers, dask=dask, progress=progress)


def _extract_papers(
    papers: list[Paper],
    *,
    workers: int | None,
    dask: str | Any | None,
    progress: Progress | None,
    known: dict[str, tuple[str, str, Extraction]] | None = None,
) -> list[Extraction]:
    """One Extraction per paper, in order. ``known`` maps a paper id to the (title,
    abstract, extraction) of an earlier build: a paper whose text is unchanged is not
    extracted again."""
    known = known or {}
    reused: dict[int, Extraction] = {}
    todo: list[Paper] = []
    for i, paper in enumerate(papers):
        previous = known.get(paper.id)
        if previous is not None and previous[:2] == (paper.title, paper.abstract):
            reused[i] = previous[2]
        else:
            todo.append(paper)
    fresh = _extraction_stream(todo, len(todo), workers=workers, dask=dask)
    extractions = []
    for i in range(len(papers)):
        extractions.append(reused[i] if i in reused else next(fresh))
        if progress is not None and (i % 100 == 99 or i == len(papers) - 1):
            progress("extract", i + 1, len(papers))
    return extractions


def _extraction_stream(
    papers: Iterable[Paper], count: int, *, workers: int | None, dask: str | Any | None
) -> Iterator[Extraction]:
    """One Extraction per paper of ``papers`` (``count`` of them), in order: on the Dask
    cluster ``dask``, or in ``workers`` processes. ``papers`` is read as it is needed."""
    from citekg.extract.parallel import extract_parallel

    if dask is not None:
        from citekg.extract.distributed import extract_dask

        # batches small enough to spread even a small input over the cluster
        size = max(10, min(PARALLEL_BATCH, count // 8 or 1))
        return iter(extract_dask(papers, dask, batch_size=size))
    if count < 2 * PARALLEL_BATCH:
        workers = 1  # starting processes would cost more than it saves
    return iter(extract_parallel(papers, workers, batch_size=PARALLEL_BATCH))


def evaluate(
    gold: PathLike,
    predictions: PathLike,
    *,
    input_format: str | None = None,
    ignore: Iterable[str] = (),
    workers: int | None = None,
) -> dict[str, Any]:
    """Strict and lenient scores of ``predictions`` against the ``gold`` file.

    ``predictions`` is either a JSON Lines file of extractions (what ``citekg
    extract`` writes) or any input citekg reads, which is then extracted first.
    The CLI twin is ``citekg evaluate``.
    """
    from citekg.extract.evaluate import evaluate as score

    path = Path(predictions)
    if _is_extraction_file(path):
        return score(gold, path, ignore=ignore)
    _, extractions = extract(
        path, input_format=input_format, workers=workers, on_reject=lambda r: None
    )
    return score(gold, [x.to_dict() for x in extractions], ignore=ignore)


def _is_extraction_file(path: Path) -> bool:
    """True for a JSON Lines file whose records have ``entities`` (an extraction output)."""
    if path.suffix.lower() not in (".jsonl", ".json", ".ndjson"):
        return False
    try:
        with open(path, encoding="utf-8") as handle:
            first = next((line for line in handle if line.strip()), "")
        return "entities" in json.loads(first)
    except (OSError, ValueError, TypeError):
        return False


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class _PreviousBuild:
    papers: list[Paper]
    extractions: dict[str, Extraction]
    rejects: list[Reject]
    manifest: dict[str, Any]


def _read_build(folder: Path) -> _PreviousBuild:
    """What an earlier build wrote and an update needs: papers, extractions, rejects."""
    from citekg.exports import read_jsonl

    needed = (PAPERS_FILE, EXTRACTIONS_FILE, MANIFEST_FILE)
    missing = [name for name in needed if not (folder / name).is_file()]
    if missing:
        raise InputError(
            f"{folder}: not a build folder citekg can update (missing {', '.join(missing)}; "
            "builds before citekg 0.1 wrote no papers.jsonl: build it again once)"
        )
    try:
        papers = [Paper.from_dict(d) for d in read_jsonl(folder / PAPERS_FILE)]
        extractions = {
            x.paper: x for x in map(Extraction.from_dict, read_jsonl(folder / EXTRACTIONS_FILE))
        }
        rejects = []
        if (folder / REJECTS_FILE).is_file():
            rejects = [Reject(**d) for d in read_jsonl(folder / REJECTS_FILE)]
        manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (ValueError, KeyError, TypeError) as err:
        raise InputError(f"{folder}: a build file cannot be read ({err})") from err
    return _PreviousBuild(papers, extractions, rejects, manifest)


def _manifest_names(folder: Path) -> set[str]:
    """The top-level names the previous build's manifest in ``folder`` lists."""
    try:
        manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
        return {name.split("/", 1)[0] for name in manifest.get("files", {})}
    except (OSError, ValueError, AttributeError):
        return set()


def _remove_stale(folder: Path, previous: set[str], current: set[str]) -> None:
    """Delete what the previous build wrote and this one did not (another format): a
    folder holds one build's files, never a mix. Only names citekg listed are touched."""
    import shutil

    for name in sorted(previous - current):
        path = folder / name
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        elif path.is_file():
            path.unlink(missing_ok=True)


def _files(path: Path, name: str) -> list[tuple[str, Path]]:
    """(name, path) of a staged file, or of each file in a staged folder (``neo4j/x.csv``)."""
    if not path.is_dir():
        return [(name, path)]
    return [(f"{name}/{p.name}", p) for p in sorted(path.iterdir()) if p.is_file()]


class RejectLog:
    """The rejected records of a build, each kept once (same file, line, reason and
    text), and each passed on to ``on_reject``; call it with a :class:`Reject`."""

    def __init__(
        self, on_reject: Callable[[Reject], Any] | None, earlier: Iterable[Reject] = ()
    ) -> None:
        self.rejects: list[Reject] = list(earlier)
        self._seen = {(r.file, r.line, r.reason, r.raw) for r in self.rejects}
        self._on_reject = on_reject

    def __call__(self, reject: Reject) -> None:
        key = (reject.file, reject.line, reject.reason, reject.raw)
        if key not in self._seen:
            self._seen.add(key)
            self.rejects.append(reject)
        if self._on_reject is not None:
            self._on_reject(reject)


def _check_evidence(evidence: str | None) -> None:
    """Raise :class:`UsageError` unless ``evidence`` is None or an evidence level."""
    from citekg.graph.rdf import EVIDENCE_LEVELS

    if evidence is not None and evidence not in EVIDENCE_LEVELS:
        raise UsageError(f"evidence must be one of {', '.join(EVIDENCE_LEVELS)}, not {evidence!r}")


def _write_manifest(
    stage: Any,
    report: BuildReport,
    *,
    formats: list[str],
    compress: bool,
    shard_size: int | None,
    html_report: bool,
    base_iri: str,
    evidence: str,
) -> None:
    """Stage ``build.json`` (what was built, how, and the size and digest of every file
    staged so far) and record the build's outputs in ``report``."""
    files = {
        name: {"bytes": path.stat().st_size, "sha256": _sha256(path)}
        for tmp, target in stage.staged
        for name, path in _files(tmp, target.name)
    }
    manifest = {
        "citekg": __version__,
        "inputs": report.inputs,
        "formats": formats,
        "compress": compress,
        "shard_size": shard_size,
        "report": html_report,
        "base_iri": base_iri,
        "evidence": evidence,
        "counts": report.counts(),
        "files": files,
    }
    with stage.open(MANIFEST_FILE) as handle:
        handle.write(json.dumps(manifest, indent=2).encode("utf-8") + b"\n")
    report.outputs = {t.name: t for t in stage.targets}


def build(
    inputs: PathLike | Iterable[PathLike] | None = None,
    out_dir: PathLike | None = None,
    *,
    input_format: str | None = None,
    formats: Iterable[str] | None = None,
    compress: bool = False,
    shard_size: int | None = None,
    base_iri: str | None = None,
    evidence: str | None = None,
    workers: int | None = None,
    dask: str | Any | None = None,
    update: PathLike | None = None,
    store: PathLike | None = None,
    strict: bool = False,
    html_report: bool | None = None,
    on_reject: Callable[[Reject], Any] | None = None,
    progress: Progress | None = None,
) -> KnowledgeGraph:
    """Read, extract, build the graph and, with ``out_dir``, write every export.

    With no ``inputs`` the bundled corpus is built. The exports named in
    ``formats`` (names or aliases from :data:`citekg.exports.FORMATS`, or
    ``"all"``; default ``papers.ttl`` and ``papers.graphml``),
    ``extractions.jsonl``, ``rejects.jsonl`` and ``build.json`` are written to
    temporary files and published together at the end, so an interrupted
    build leaves the previous one intact. With ``html_report`` (the default, and
    kept by ``update``), ``report.html`` is written too (see :func:`report`).
    ``compress`` gzips N-Triples and
    ``shard_size`` splits them into a folder of files of at most that many
    triples. When they are the only export (and not an update), the build
    streams, in memory bounded by the entities rather than the papers
    (:mod:`citekg.streaming`): the KnowledgeGraph returned then has the
    report and an empty graph, which is in the shards, and no report is
    written (it needs the graph: ``citekg report`` on a build that fits in memory).
    ``evidence`` says how much of each edge's evidence the RDF exports and the
    store carry (:data:`~citekg.graph.rdf.EVIDENCE_LEVELS`): ``"full"`` (the
    default) reifies each statement with its sentence, rule and confidence and
    annotates the quote with Web Annotation selectors; ``"compact"`` leaves out
    the annotation; ``"none"`` writes the statements alone, under a quarter of the
    triples. GraphML and the other property-graph exports keep it all.
    ``dask`` runs the extraction on a Dask cluster (see :func:`extract`).
    ``update`` names an earlier build folder: ``inputs`` are added to its papers
    (duplicates merged), only papers whose text is new are extracted, and the
    folder is rewritten with the formats, base IRI and evidence level it had; updating twice
    with the same input changes nothing the second time. ``store`` then makes
    the Oxigraph store at that path hold exactly the written graph (triples the
    build no longer has are removed; see :func:`load_into`).
    With ``strict``, a rejected record raises
    :class:`~citekg.errors.StrictModeError` after the outputs are written.
    The CLI twin is ``citekg build``.
    """
    from citekg.exports import Staging, resolve_formats, write_jsonl
    from citekg.extract.extraction import long_lived_frozen
    from citekg.extract.pipeline import cached_pipeline
    from citekg.graph.build import build_graph
    from citekg.graph.iri import check_base_iri
    from citekg.graph.vocab import DEFAULT_BASE_IRI

    started = time.perf_counter()
    base = check_base_iri(base_iri) if base_iri else None  # before any work
    _check_evidence(evidence)
    previous = _read_build(Path(update)) if update is not None else None
    if previous is not None:
        out_dir = update
        manifest = previous.manifest
        formats = formats if formats is not None else manifest.get("formats")
        compress = compress or bool(manifest.get("compress"))
        if shard_size is None:
            shard_size = manifest.get("shard_size")
        base = base or manifest.get("base_iri")
        evidence = evidence or manifest.get("evidence")
        if html_report is None:
            html_report = bool(manifest.get("report", True))
    evidence = evidence or "full"
    asked_for_report = html_report is True
    html_report = True if html_report is None else html_report
    try:
        exports = resolve_formats(formats)
    except KeyError as err:
        raise UsageError(err.args[0]) from None
    if (compress or shard_size is not None) and "ntriples" not in {f.name for f in exports}:
        raise UsageError("compress and shard_size apply to N-Triples: add the ntriples format")
    if shard_size is not None and shard_size < 1:
        raise UsageError(f"shard size must be at least 1, not {shard_size}")
    if store is not None and (out_dir is None or not any(f.model == "rdf" for f in exports)):
        raise UsageError("a store is loaded from the build's RDF export: give -o and an RDF format")
    if _streams(exports, shard_size, out_dir, previous):
        if asked_for_report:
            raise UsageError(
                "a streaming build (sharded N-Triples only) writes no report: it never holds "
                "the graph; add another format, or drop --report"
            )
        return _build_streaming(
            inputs,
            Path(out_dir),  # type: ignore[arg-type]
            input_format=input_format,
            compress=compress,
            shard_size=shard_size,  # type: ignore[arg-type]
            base_iri=base or DEFAULT_BASE_IRI,
            evidence=evidence,
            workers=workers,
            dask=dask,
            store=store,
            strict=strict,
            on_reject=on_reject,
            progress=progress,
            started=started,
        )
    report = BuildReport()
    keep = RejectLog(on_reject, previous.rejects if previous is not None else ())
    rejects = keep.rejects

    papers = read(inputs, input_format=input_format, on_reject=keep, report=report)
    known: dict[str, tuple[str, str, Extraction]] = {}
    if previous is not None:
        # a record this build already took in (same file and line) is not added again
        origins = {o for p in previous.papers for o in (p.origin, *p.merged_from)}
        fresh = [p for p in papers if p.origin not in origins]
        report.merged += len(papers) - len(fresh)
        merged = merge_duplicates([*previous.papers, *fresh])
        papers = merged.papers
        report.merged += merged.merged
        report.built = len(papers)
        report.without_abstract = sum(1 for p in papers if not p.abstract)
        report.inputs = list(dict.fromkeys([*manifest.get("inputs", []), *report.inputs]))
        known = {
            p.id: (p.title, p.abstract, previous.extractions[p.id])
            for p in previous.papers
            if p.id in previous.extractions
        }
    extractions = _extract_papers(
        papers, workers=workers, dask=dask, progress=progress, known=known
    )
    catalog = {e.key: e for e in cached_pipeline().get_pipe("citekg_catalog").entries}
    with long_lived_frozen():  # the papers and extractions: the graph builds 14% faster
        G = build_graph(papers, extractions, catalog=catalog, base_iri=base or DEFAULT_BASE_IRI)
    if evidence != "full":
        G.graph["evidence"] = evidence  # read by the RDF writers
    kinds = Counter(d["kind"] for _, d in G.nodes(data=True))
    report.entities = {k: n for k, n in sorted(kinds.items()) if k != "paper"}
    report.edges = dict(sorted(Counter(k for _, _, k in G.edges(keys=True)).items()))

    if out_dir is not None:
        out = Path(out_dir)
        stale_names = _manifest_names(out)
        names = [fmt.output_name(compress=compress, shard_size=shard_size) for fmt in exports]
        feed = _store_feed(store, out, names)
        # the graph, papers and extractions are left out of the collections the
        # writers' many short-lived objects set off (1.4 of 22 s on 10,000 papers)
        with _aborting(feed), long_lived_frozen(), Staging(out) as stage:
            for fmt, name in zip(exports, names, strict=True):
                if progress is not None:
                    progress(f"write {name}", 0, None)
                # the store loads the export it is fed as it is written (StoreFeed)
                tap = feed.tap if feed is not None and name == feed.name else None
                fmt.stage(G, stage, compress=compress, shard_size=shard_size, tap=tap)
            with stage.open(PAPERS_FILE) as handle:
                write_jsonl(papers, handle)
            with stage.open(EXTRACTIONS_FILE) as handle:
                write_jsonl(extractions, handle)
            with stage.open(REJECTS_FILE) as handle:
                write_jsonl(rejects, handle)
            if html_report:
                from citekg.exports.report import write_report

                if progress is not None:
                    progress(f"write {REPORT_FILE}", 0, None)
                with stage.open(REPORT_FILE) as handle:
                    write_report(KnowledgeGraph(G), handle, rejected=report.rejected)
            _write_manifest(
                stage,
                report,
                formats=[fmt.name for fmt in exports],
                compress=compress,
                shard_size=shard_size,
                html_report=html_report,
                base_iri=base or DEFAULT_BASE_IRI,
                evidence=evidence,
            )
        if feed is not None:
            report.store = feed.result()
        _remove_stale(out, stale_names, set(report.outputs))
        if feed is None and store is not None:
            from citekg.exports.store import load_store

            report.store = load_store(out, store, replace=True)

    report.seconds = time.perf_counter() - started
    kg = KnowledgeGraph(G, papers, extractions, report)
    if strict and report.rejected:
        error = StrictModeError(f"{report.rejected} record(s) rejected ({report.tally})")
        error.kg = kg
        raise error
    return kg


#: The exports a build can feed to its store as it writes them: one plain file each.
_FED_EXPORTS = ("papers.nt", "papers.ttl", "papers.jsonld")


def _store_feed(store: PathLike | None, out: Path, names: list[str]) -> Any:
    """A :class:`~citekg.exports.store.StoreFeed` that loads ``store`` with the export of
    ``names`` that :func:`~citekg.exports.store.load_store` would take from the build
    folder, when it is one plain file; else None (gzipped or sharded N-Triples are
    loaded after they are written)."""
    if store is None:
        return None
    from citekg.exports.store import StoreFeed, build_export

    name = build_export(names)
    if name not in _FED_EXPORTS:
        return None
    return StoreFeed(store, out / name)


@contextmanager
def _aborting(feed: Any) -> Iterator[None]:
    """Stop ``feed``'s load if the block fails: the export it is fed is not published."""
    try:
        yield
    except BaseException:
        if feed is not None:
            feed.abort()
        raise


def _streams(
    exports: list[Any], shard_size: int | None, out_dir: PathLike | None, previous: Any
) -> bool:
    """True when a build streams (:mod:`citekg.streaming`): its one export is N-Triples
    in shards, written to a folder, and it is not an update."""
    only_shards = [f.name for f in exports] == ["ntriples"] and shard_size is not None
    return only_shards and out_dir is not None and previous is None


def _build_streaming(
    inputs: PathLike | Iterable[PathLike] | None,
    out_dir: Path,
    *,
    store: PathLike | None,
    strict: bool,
    started: float,
    **options: Any,
) -> KnowledgeGraph:
    """:func:`build` by :func:`citekg.streaming.build_streaming`: the returned
    KnowledgeGraph has the report, and an empty graph (the graph is in the shards)."""
    import networkx as nx

    from citekg.streaming import build_streaming

    if inputs is not None and not isinstance(inputs, str | os.PathLike):
        inputs = list(inputs)
    report = build_streaming(inputs, out_dir, **options)
    if store is not None:
        from citekg.exports.store import load_store

        report.store = load_store(out_dir, store, replace=True)
    report.seconds = time.perf_counter() - started
    G = nx.MultiDiGraph(name="citekg", citekg_version=__version__, base_iri=options["base_iri"])
    kg = KnowledgeGraph(G, [], [], report)
    if strict and report.rejected:
        error = StrictModeError(f"{report.rejected} record(s) rejected ({report.tally})")
        error.kg = kg
        raise error
    return kg


def export(
    source: PathLike | KnowledgeGraph,
    dest: PathLike,
    *,
    format: str,
    compress: bool = False,
    shard_size: int | None = None,
    evidence: str | None = None,
) -> Path:
    """Write the graph of ``source`` (a graph file or folder :func:`load` reads, or a
    :class:`KnowledgeGraph`) to ``dest`` in ``format`` (a name or alias of
    :data:`citekg.exports.FORMATS`), atomically. ``evidence`` trims the evidence an
    RDF format writes, as in :func:`build` (a level cannot add evidence the source
    lacks). The CLI twin is ``citekg export``.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> _ = build(out_dir=out)
    >>> export(out / "papers.ttl", out / "papers.gexf", format="gexf").stat().st_size > 0
    True
    """
    from citekg.exports import get_format

    try:
        fmt = get_format(format)
    except KeyError as err:
        raise UsageError(err.args[0]) from None
    if (compress or shard_size is not None) and fmt.name != "ntriples":
        raise UsageError("compress and shard_size apply to the ntriples format only")
    _check_evidence(evidence)
    kg = source if isinstance(source, KnowledgeGraph) else load(source)
    options: dict[str, Any] = {}
    if fmt.name == "ntriples":
        options = {"compress": compress, "shard_size": shard_size}
    G = kg.nx
    had = G.graph.get("evidence")
    if evidence is not None:
        G.graph["evidence"] = evidence
    try:
        fmt.writer(G, Path(dest), **options)
    finally:
        if had is None:
            G.graph.pop("evidence", None)
        else:
            G.graph["evidence"] = had
    return Path(dest)


def load_into(
    source: PathLike,
    *,
    store: PathLike | None = None,
    endpoint: str | None = None,
    graph: str | None = None,
) -> Any:
    """Load the export ``source`` (a build folder, ``papers.nt[.gz]``, ``papers.ttl``,
    ``papers.jsonld`` or a folder of N-Triples shards) into a database: the
    persistent Oxigraph ``store`` at a path, or the SPARQL Graph Store Protocol
    ``endpoint`` of a server (credentials from ``CITEKG_ENDPOINT_USER`` and
    ``CITEKG_ENDPOINT_PASSWORD``, or ``CITEKG_ENDPOINT_TOKEN``). ``graph`` names
    the graph to load into (default: the default graph). Returns a
    :class:`~citekg.exports.store.LoadReport`; loading the same export twice adds
    nothing. The CLI twin is ``citekg load``.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> _ = build(out_dir=out)
    >>> first = load_into(out, store=out / "kg.db")
    >>> again = load_into(out, store=out / "kg.db")
    >>> first.added == first.triples > 0, again.added
    (True, 0)
    """
    from citekg.exports.store import load_store, push

    if (store is None) == (endpoint is None):
        raise UsageError("give either a store path or an endpoint URL")
    if store is not None:
        return load_store(source, store, graph=graph)
    return push(source, str(endpoint), graph=graph)


def serve(store: PathLike, *, port: int = 7878, block: bool = True) -> Any:
    """Serve the Oxigraph ``store`` as a read-only SPARQL endpoint on 127.0.0.1:``port``.

    With ``block`` (the CLI), serves until interrupted; otherwise starts a
    background thread and returns the :class:`~citekg.exports.serve.SparqlServer`
    (``.url``, ``.shutdown()``). The CLI twin is ``citekg serve``.
    """
    from citekg.exports.serve import make_server

    server = make_server(store, port=port)
    if not block:
        server.start()
        return server
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return server


def query(
    name_or_file: PathLike,
    *,
    store: PathLike | None = None,
    data: PathLike | KnowledgeGraph | Any = None,
    params: dict[str, str] | None = None,
    engine: str = "oxigraph",
) -> Any:
    """Run a cookbook query (``"leaderboard"``) or any ``.rq`` file over a graph.

    The graph is an Oxigraph ``store`` (``citekg load --store``) or ``data``: an
    RDF file (``out/papers.ttl``), a :class:`KnowledgeGraph`, an rdflib Graph or a
    pyoxigraph Store. ``params`` binds the query's parameters (``{"target":
    "GSM8K"}``) as RDF terms, never as query text. Returns a
    :class:`~citekg.graph.sparql.QueryResult` (``.variables``, ``.rows``,
    ``.to_dicts()``). The CLI twin is ``citekg query``.

    >>> kg = build()
    >>> rows = query("leaderboard", data=kg, params={"target": "GSM8K"}).to_dicts()
    >>> rows[0]["model"], rows[0]["value"]
    ('Qwen2-72B', 89.5)
    """
    from citekg.graph.sparql import run_query

    if isinstance(data, KnowledgeGraph):
        import pyoxigraph

        from citekg.exports.terms import oxigraph_triples

        oxigraph = pyoxigraph.Store()
        oxigraph.extend(
            pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in oxigraph_triples(data.nx)
        )
        data = oxigraph if engine == "oxigraph" else data.rdf
    return run_query(str(name_or_file), store=store, data=data, params=params, engine=engine)


def _rejected_of(folder: Path, name: str | None = None) -> int | None:
    """The count of rejected records in ``folder``'s ``build.json`` (when ``name`` is given,
    only if that build wrote it); ``None`` when there is no manifest to say."""
    manifest_path = folder / MANIFEST_FILE
    if not manifest_path.is_file():
        return None
    try:
        manifest = json.loads(manifest_path.read_text("utf-8"))
        if name is not None and name not in manifest.get("files", {}):
            return None
        return int(manifest["counts"]["rejected"])
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise InputError(f"{manifest_path}: not a citekg build manifest ({err})") from None


def _read_output(path: PathLike | KnowledgeGraph) -> tuple[KnowledgeGraph, int | None]:
    """The graph of a build folder (its first file of :data:`GRAPH_FILES`), of a graph
    file or in memory, and the build's count of rejected records (``None`` when no
    ``build.json`` or build report says)."""
    if isinstance(path, KnowledgeGraph):
        return path, path.report.rejected if path.report is not None else None
    path = Path(path)
    if path.is_file():
        return load(path), _rejected_of(path.parent, path.name)
    if not (path / MANIFEST_FILE).is_file():
        return load(path), None  # a folder that is a graph: Neo4j CSV files, N-Triples shards
    rejected = _rejected_of(path)
    for name in GRAPH_FILES:
        candidate = path / name
        if candidate.exists():
            return load(candidate), rejected
    raise InputError(
        f"{path}: no graph file in this folder (looked for {', '.join(GRAPH_FILES)}); "
        "run citekg build first"
    )


def stats(out: PathLike | KnowledgeGraph, *, top: int = 10) -> Any:
    """The headline numbers, top entities, leaderboards and ``builds_on`` links of a build
    folder, a graph file or a :class:`KnowledgeGraph`: a
    :class:`~citekg.graph.stats.CorpusStats` (``.headline``, ``.top``, ``.to_dict()``).
    The CLI twin is ``citekg stats``.

    >>> stats(build()).headline["papers"]
    100
    """
    from citekg.graph.stats import corpus_stats

    kg, rejected = _read_output(out)
    return corpus_stats(kg, rejected=rejected, top=top)


def report(
    out: PathLike | KnowledgeGraph,
    dest: PathLike | None = None,
    *,
    max_nodes: int | None = None,
) -> Path:
    """Write the HTML report of a build folder (or a graph file, or a
    :class:`KnowledgeGraph`) to ``dest`` (default: ``report.html`` in the folder) and
    return its path. One self-contained page: headline numbers, top-entity charts,
    leaderboards, a searchable network view and the ``builds_on`` map; see
    :mod:`citekg.exports.report`. The CLI twin is ``citekg report``.
    """
    from citekg.exports.report import MAX_NETWORK_NODES, write_report

    if dest is None:
        if isinstance(out, KnowledgeGraph):
            raise UsageError("give the report's path (dest) for a graph built in memory")
        dest = (Path(out) if Path(out).is_dir() else Path(out).parent) / REPORT_FILE
    kg, rejected = _read_output(out)
    if max_nodes is not None and max_nodes < 1:
        raise UsageError(f"max_nodes must be at least 1, not {max_nodes}")
    path = Path(dest)
    write_report(kg, path, rejected=rejected, max_nodes=max_nodes or MAX_NETWORK_NODES)
    return path


def load(path: PathLike, *, format: str | None = None) -> KnowledgeGraph:
    """The :class:`KnowledgeGraph` of a graph file a build wrote: Turtle or GraphML.

    ``papers.ttl`` (or any RDF file rdflib reads, by its suffix) gives back the
    very graph that was built; ``papers.graphml`` the same nodes, edges and
    attributes, as do GEXF files and Neo4j CSV folders. ``format`` overrides the
    suffix. The loaded graph has no papers,
    extractions or report, only ``.nx``, ``.rdf`` and the traversals. A file
    that is not a citekg graph raises :class:`~citekg.errors.InputError`.
    See :func:`citekg.graph.kg.read_graph`.
    """
    from citekg.graph.kg import read_graph

    return read_graph(path, format=format)


def validate(path_or_graph: Any, shapes: PathLike | Any | None = None) -> Any:
    """Check a graph against citekg's SHACL shapes (``graph/shapes.ttl``), or ``shapes``.

    ``path_or_graph`` is an RDF file (``papers.ttl``; the format from the
    suffix), an rdflib ``Graph``, a :class:`KnowledgeGraph` or its networkx
    graph. Returns a :class:`~citekg.graph.validate.ValidationReport`:
    ``.conforms``, ``.violations`` and ``.text()``, the report
    ``citekg validate`` prints. A file that cannot be read or parsed raises
    :class:`~citekg.errors.InputError`. The CLI twin is ``citekg validate``.
    """
    import networkx as nx

    from citekg.graph.rdf import to_rdf
    from citekg.graph.validate import validate as run

    if isinstance(path_or_graph, KnowledgeGraph):
        path_or_graph = path_or_graph.rdf
    elif isinstance(path_or_graph, nx.Graph):
        path_or_graph = to_rdf(path_or_graph)
    return run(path_or_graph, shapes)
