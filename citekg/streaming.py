"""A build that streams: N-Triples shards from inputs too big for one graph in memory.

:func:`citekg.build` takes this path when the only export asked for is
N-Triples in shards (``citekg build -f nt --shard-size N [--gzip]``): no
networkx graph is built. The papers are read, merged and extracted in worker
batches as they stream by, and turned into triples through
:mod:`citekg.graph.stream`:

1. read: each record's abstract goes to a spool file on disk and the record is
   kept without it, so duplicates merge exactly as in a normal build while
   the text of a million abstracts stays on disk;
2. extract (pass 1): abstracts are read back and extracted in worker batches
   (a few batches in flight); ``papers.jsonl`` and ``extractions.jsonl`` are
   written as the records come back, and
   :class:`~citekg.graph.stream.EntityKeys` keeps what crosses papers;
3. triples (pass 2): both files are read back in chunks of :data:`CHUNK`
   papers, each chunk in a worker process that writes its papers' triples to
   shards of its own and hands back what they taught about entities; then
   the entities' triples make the last shards.

The driver holds the papers' identity keys and node ids (small records, not
their text), the entity tables, and the workers one chunk and one shard of
lines each: never a graph, a list of papers or of extractions. Each shard is
sorted and holds no duplicate, and no triple is in two shards (a paper's
triples all have subjects of its own), so the shards hold exactly the triples
of the in-memory build, in other files (at most, not exactly, N lines each):
concatenated and sorted, both give the same bytes. The same input gives the
same shards, and the folder is published with the rest of the build, whole,
or not at all.
"""

from __future__ import annotations

import itertools
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from citekg.api import (
    EXTRACTIONS_FILE,
    PAPERS_FILE,
    REJECTS_FILE,
    BuildReport,
    Progress,
    RejectLog,
    _extraction_stream,
    _inputs,
    _manifest_names,
    _read_merged,
    _remove_stale,
    _write_manifest,
)
from citekg.extract.records import Extraction, Paper, Reject
from citekg.graph.stream import Part

__all__ = ["AbstractSpool", "ShardWriter", "build_streaming"]

PathLike = str | os.PathLike[str]


class AbstractSpool:
    """Abstracts set aside in a file while the rest of each paper is kept in memory.

    :meth:`put` returns a marker to keep in the paper's ``abstract`` field: not
    empty when the abstract is not, so merging duplicates picks the same record's
    abstract as it would with the text itself; :meth:`get` reads it back.

    >>> with AbstractSpool() as spool:
    ...     marker = spool.put("We train GPT-4.")
    ...     spool.get(marker), spool.put(""), spool.get("")
    ('We train GPT-4.', '', '')
    """

    def __init__(self, workdir: PathLike | None = None) -> None:
        self._file = tempfile.TemporaryFile(dir=workdir)  # noqa: SIM115 - closed in close()
        self._end = 0

    def put(self, text: str) -> str:
        """Store ``text``; its marker (``""`` for no text)."""
        if not text:
            return ""
        data = text.encode("utf-8")
        self._file.seek(self._end)
        self._file.write(data)
        marker = f"{self._end}+{len(data)}"
        self._end += len(data)
        return marker

    def get(self, marker: str) -> str:
        """The text stored under ``marker``."""
        if not marker:
            return ""
        offset, _, size = marker.partition("+")
        self._file.seek(int(offset))
        return self._file.read(int(size)).decode("utf-8")

    def close(self) -> None:
        """Delete the spool file."""
        self._file.close()

    def __enter__(self) -> AbstractSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ShardWriter:
    """N-Triples lines to ``part-NNNNN.nt[.gz]`` files in ``folder``, as they come.

    Every ``shard_size`` lines make a shard, sorted, written (and gzipped) in
    a background thread while the next one fills: compression runs outside
    the GIL. Lines must be distinct across :meth:`add` calls; within one call
    duplicates are dropped. ``prefix`` goes before each file name; ``names``
    lists the files written, in order.
    """

    def __init__(self, folder: Path, shard_size: int, compress: bool, prefix: str = "") -> None:
        self.folder = folder
        self.shard_size = shard_size
        self.compress = compress
        self.prefix = prefix
        self.count = 0
        self.names: list[str] = []
        self._lines: list[str] = []
        self._index = 0
        self._pool = ThreadPoolExecutor(max_workers=1)
        self._pending: Future[int] | None = None

    def add(self, lines: list[str]) -> None:
        """Add the lines of one paper (or of any group whose duplicates stay within it)."""
        self._lines.extend(dict.fromkeys(lines))  # not a set: its order varies by process
        while len(self._lines) >= self.shard_size:
            self._flush(self._lines[: self.shard_size])
            del self._lines[: self.shard_size]

    def _flush(self, lines: list[str]) -> None:
        """Write ``lines`` as the next shard, once the previous one is written."""
        from citekg.exports.ntriples import _write_lines, shard_name

        lines.sort()
        self._wait()
        name = self.prefix + shard_name(self._index, self.compress)
        self.names.append(name)
        path = self.folder / name
        self._index += 1

        def write() -> int:
            with open(path, "wb") as handle:
                return _write_lines(iter(lines), handle, self.compress)

        self._pending = self._pool.submit(write)

    def _wait(self) -> None:
        if self._pending is not None:
            self.count += self._pending.result()
            self._pending = None

    def close(self) -> int:
        """Write the last shard (an empty one if there were no lines); returns the count."""
        if self._lines or self._index == 0:
            self._flush(self._lines)
            self._lines = []
        self._wait()
        self._pool.shutdown()
        return self.count


def _read_light(
    inputs: list[tuple[Path, str]],
    input_format: str | None,
    spool: AbstractSpool,
    report: BuildReport,
    keep: Callable[[Reject], Any],
) -> list[Paper]:
    """The merged papers of ``inputs``, each with its abstract in ``spool`` (a marker
    in its place), with the counts of :func:`citekg.api.read` in ``report``."""
    return _read_merged(
        inputs,
        input_format,
        report,
        keep,
        lambda paper: replace(paper, abstract=spool.put(paper.abstract)),
    )


def _write_line(handle: IO[bytes], record: Any) -> None:
    """One JSON line, as :func:`citekg.exports.write_jsonl` writes it."""
    handle.write(json.dumps(record.to_dict(), ensure_ascii=False).encode("utf-8") + b"\n")


@dataclass(frozen=True)
class _Chunk:
    """A run of papers for one pass-2 task: its byte ranges in the two record files."""

    index: int
    size: int
    papers: tuple[int, int]
    extractions: tuple[int, int]


#: Papers per pass-2 task. Each task writes shards of its own (its last one short),
#: so the shards have at most, not exactly, ``shard_size`` triples.
CHUNK = 10_000

#: What pass-2 workers need, set before they are forked (so inherited, not pickled):
#: the TripleStream's arguments, the record files, the shard folder and options.
_PASS2: dict[str, Any] = {}


def _extract(
    papers: list[Paper],
    spool: AbstractSpool,
    papers_out: IO[bytes],
    extractions_out: IO[bytes],
    keys: Any,
    ids: dict[str, str],
    *,
    workers: int | None,
    dask: str | Any | None,
    progress: Progress | None,
) -> list[_Chunk]:
    """Pass 1: extract every paper in worker batches, writing ``papers.jsonl`` and
    ``extractions.jsonl`` as the records come back, and feed ``keys`` (EntityKeys).
    Returns the files' chunks of :data:`CHUNK` papers, for pass 2."""
    from citekg.graph.build import paper_node

    paper_marks: list[int] = []
    extraction_marks: list[int] = []

    def whole() -> Iterator[Paper]:
        for i, light in enumerate(papers):
            if i % CHUNK == 0:
                paper_marks.append(papers_out.tell())
            paper = replace(light, abstract=spool.get(light.abstract))
            _write_line(papers_out, paper)
            yield paper

    if progress is not None:
        progress("extract", 0, len(papers))
    stream = _extraction_stream(whole(), len(papers), workers=workers, dask=dask)
    for i, (light, extraction) in enumerate(zip(papers, stream, strict=True)):
        if i % CHUNK == 0:
            extraction_marks.append(extractions_out.tell())
        _write_line(extractions_out, extraction)
        keys.add(paper_node(ids, light), (light.id, i), extraction)
        if progress is not None and (i % 1000 == 999 or i == len(papers) - 1):
            progress("extract", i + 1, len(papers))
    paper_marks.append(papers_out.tell())
    extraction_marks.append(extractions_out.tell())
    return [
        _Chunk(
            index,
            min(CHUNK, len(papers) - index * CHUNK),
            (paper_marks[index], paper_marks[index + 1]),
            (extraction_marks[index], extraction_marks[index + 1]),
        )
        for index in range(len(paper_marks) - 1)
    ]


def _read_range(path: Path, span: tuple[int, int]) -> list[bytes]:
    """The lines of ``path`` between two byte offsets."""
    with open(path, "rb") as handle:
        handle.seek(span[0])
        return handle.read(span[1] - span[0]).splitlines()


def _chunk_triples(chunk: _Chunk) -> tuple[Part, list[str], int]:
    """Pass 2 for one chunk (in a worker): its papers' triples to shards of its own.
    Returns what the papers taught about entities, the shard files and the triples."""
    from citekg.graph.stream import TripleStream

    job = _PASS2
    stream = TripleStream(job["ids"], job["resolution"], **job["options"])
    prefix = f"chunk-{chunk.index:06d}-"
    writer = ShardWriter(job["folder"], job["shard_size"], job["compress"], prefix)
    papers = _read_range(job["papers"], chunk.papers)
    extractions = _read_range(job["extractions"], chunk.extractions)
    for paper, extraction in zip(papers, extractions, strict=True):
        writer.add(
            stream.paper_lines(
                Paper.from_dict(json.loads(paper)), Extraction.from_dict(json.loads(extraction))
            )
        )
    count = writer.close()
    return stream.part(), writer.names, count


def _map_chunks(chunks: list[_Chunk], workers: int) -> Iterator[tuple[Part, list[str], int]]:
    """:func:`_chunk_triples` of each chunk, in order: in ``workers`` forked processes,
    or here when there is one worker, one chunk, or no ``fork`` on this platform."""
    import multiprocessing

    if workers <= 1 or len(chunks) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(_chunk_triples, chunks)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_chunk_triples, chunks)


def build_streaming(
    inputs: PathLike | list[PathLike] | None,
    out_dir: PathLike,
    *,
    input_format: str | None = None,
    compress: bool = False,
    shard_size: int,
    base_iri: str,
    evidence: str = "full",
    workers: int | None = None,
    dask: str | Any | None = None,
    on_reject: Callable[[Reject], Any] | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    """Build ``inputs`` into ``out_dir`` as N-Triples shards of ``shard_size`` lines,
    plus ``papers.jsonl``, ``extractions.jsonl``, ``rejects.jsonl`` and ``build.json``,
    in memory bounded by the entities rather than the papers, with the edges' evidence
    at level ``evidence`` (:data:`~citekg.graph.rdf.EVIDENCE_LEVELS`). Returns the report.

    :func:`citekg.build` calls this when the only export is sharded N-Triples.
    """
    from citekg.exports import Staging, write_jsonl
    from citekg.extract.pipeline import cached_pipeline
    from citekg.graph.build import paper_node_ids
    from citekg.graph.links import citation_index
    from citekg.graph.stream import EntityKeys, TripleStream

    report = BuildReport()
    keep = RejectLog(on_reject)
    rejects = keep.rejects

    out = Path(out_dir)
    stale_names = _manifest_names(out)
    with (
        Staging(out) as stage,
        tempfile.TemporaryDirectory(prefix=".citekg-stream-", dir=out) as work,
    ):
        shards = stage.path("ntriples")  # staged first: build.json lists it first
        with AbstractSpool(work) as spool:
            papers = _read_light(_inputs(inputs), input_format, spool, report, keep)
            ids = paper_node_ids(papers)
            citations = citation_index(papers, ids) if any(p.references for p in papers) else {}
            keys = EntityKeys()
            with stage.open(PAPERS_FILE) as papers_out, stage.open(EXTRACTIONS_FILE) as x_out:
                chunks = _extract(
                    papers,
                    spool,
                    papers_out,
                    x_out,
                    keys,
                    ids,
                    workers=workers,
                    dask=dask,
                    progress=progress,
                )
            del papers
        catalog = {e.key: e for e in cached_pipeline().get_pipe("citekg_catalog").entries}
        triples = TripleStream(
            ids,
            keys.resolve(),
            citations=citations,
            catalog=catalog,
            base_iri=base_iri,
            evidence=evidence,
            workdir=work,
        )
        del keys
        staged = {target.name: tmp for tmp, target in stage.staged}
        _PASS2.update(
            ids=ids,
            resolution=triples.resolution,
            options=dict(
                citations=citations, catalog=catalog, base_iri=base_iri, evidence=evidence
            ),
            papers=staged[PAPERS_FILE],
            extractions=staged[EXTRACTIONS_FILE],
            shard_size=shard_size,
            compress=compress,
        )
        try:
            _write_shards(triples, chunks, shards, workers=workers, progress=progress)
        finally:
            _PASS2.clear()
        report.entities = {k: n for k, n in sorted(triples.nodes.items()) if k != "paper"}
        report.edges = dict(sorted(triples.edges.items()))
        with stage.open(REJECTS_FILE) as handle:
            write_jsonl(rejects, handle)
        _write_manifest(
            stage,
            report,
            formats=["ntriples"],
            compress=compress,
            shard_size=shard_size,
            html_report=False,  # the report needs the graph, which is only in the shards
            base_iri=base_iri,
            evidence=evidence,
        )
    _remove_stale(out, stale_names, set(report.outputs))
    return report


def _write_shards(
    triples: Any,
    chunks: list[_Chunk],
    dest: Path,
    *,
    workers: int | None,
    progress: Progress | None,
) -> int:
    """Pass 2: every chunk's triples (in ``workers`` processes), then the entities',
    into the shard folder ``dest``, published whole (see
    :func:`~citekg.exports.atomic.atomic_folder`); returns the number of triples."""
    from citekg.exports.atomic import atomic_folder
    from citekg.exports.ntriples import shard_name
    from citekg.extract.parallel import default_workers

    count = sum(chunk.size for chunk in chunks)
    done = total = 0
    if progress is not None:
        progress("write ntriples", 0, count)
    with atomic_folder(dest) as folder:
        _PASS2["folder"] = folder
        names: list[str] = []
        workers = default_workers() if workers is None else workers
        for chunk, (part, files, lines) in zip(chunks, _map_chunks(chunks, workers), strict=True):
            triples.absorb(part)
            names += files
            total += lines
            done += chunk.size
            if progress is not None:
                progress("write ntriples", done, count)
        last = ShardWriter(folder, _PASS2["shard_size"], _PASS2["compress"], "entities-")
        try:
            for lines in _chunks(triples.finish(), 65536):
                last.add(lines)
        finally:
            total += last.close()
        for index, name in enumerate([*names, *last.names]):
            os.replace(folder / name, folder / shard_name(index, _PASS2["compress"]))
    return total


def _chunks(lines: Iterator[str], size: int) -> Iterator[list[str]]:
    """``lines`` in lists of ``size``."""
    while chunk := list(itertools.islice(lines, size)):
        yield chunk
