"""Extraction on a Dask cluster: the same records as one machine, from many.

``citekg build --dask tcp://scheduler:8786`` sends batches of
``(id, title, abstract)`` to the cluster's workers. Each worker process loads
citekg's pipeline once (the process-wide cache of
:func:`~citekg.extract.pipeline.cached_pipeline`) and returns the batch's
compact :class:`~citekg.extract.records.Extraction` records; the driver takes
them back in input order, builds the graph and writes the exports. At most
``window`` batches are in flight, so the driver's memory does not grow with
the input. The result is identical to a single-machine build (tested on a
``LocalCluster``).

Dask is optional: ``pip install 'citekg[dask]'``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from citekg.errors import UsageError
from citekg.extract.parallel import _batches
from citekg.extract.records import Extraction, Paper

__all__ = ["CONNECT_TIMEOUT", "extract_dask"]

#: Seconds to wait for the scheduler before giving up with a one-line error.
CONNECT_TIMEOUT = 20.0


def _extract_batch(batch: list[tuple[str, str, str]]) -> list[Extraction]:
    """Run on a Dask worker: the pipeline is loaded once per worker process."""
    from citekg.extract.extraction import extract_papers
    from citekg.extract.pipeline import cached_pipeline

    papers = [Paper(id=pid, title=title, abstract=abstract) for pid, title, abstract in batch]
    return list(extract_papers(papers, cached_pipeline()))


def _client(address: str | Any) -> tuple[Any, bool]:
    """A Dask client for ``address`` (a scheduler address, or a Client already made)."""
    try:
        from distributed import Client
    except ImportError as err:
        raise UsageError(
            "--dask needs the dask extra: pip install 'citekg[dask]' (dask[distributed])"
        ) from err
    if isinstance(address, Client):
        return address, False
    try:
        return Client(address, timeout=f"{CONNECT_TIMEOUT}s"), True
    except OSError as err:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {err}") from None


def extract_dask(
    papers: Iterable[Paper],
    address: str | Any,
    *,
    batch_size: int = 500,
    window: int | None = None,
) -> Iterator[Extraction]:
    """Yield one Extraction per paper, in order, computed on the Dask cluster at ``address``.

    ``window`` batches (default: twice the cluster's worker threads) are
    submitted ahead of the one being collected.
    """
    client, owned = _client(address)
    try:
        if window is None:
            threads = sum(client.nthreads().values()) or 1
            window = 2 * threads
        pending: deque[Any] = deque()
        for batch in _batches(papers, batch_size):
            pending.append(client.submit(_extract_batch, batch, pure=False))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        if owned:
            client.close()
