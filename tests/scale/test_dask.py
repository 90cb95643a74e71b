"""The distributed build: a Dask LocalCluster with two worker processes gives the same build."""

from __future__ import annotations

import pytest

import citekg


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed", reason="pip install 'citekg[dask]'")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


def test_a_dask_build_equals_the_single_machine_build(cluster, bundled_build, tmp_path):
    _, single = bundled_build
    out = tmp_path / "dask"
    citekg.build(out_dir=out, dask=cluster.scheduler_address)
    for name in ("papers.ttl", "papers.graphml", "extractions.jsonl", "rejects.jsonl"):
        assert (out / name).read_bytes() == (single / name).read_bytes(), name


def test_each_worker_loads_the_pipeline_once_and_order_is_kept(cluster):
    from distributed import Client

    from citekg.extract import bundled_corpus, read_papers
    from citekg.extract.distributed import extract_dask

    papers = list(read_papers(bundled_corpus()))
    with Client(cluster.scheduler_address) as client:
        records = list(extract_dask(papers, client, batch_size=5))
        assert [r.paper for r in records] == [p.id for p in papers]  # input order
        # on each worker: how many times the process built citekg's pipeline (a lambda,
        # since Dask pickles it by value; this test module does not import on workers)
        loads = client.run(
            lambda: (
                __import__("citekg.extract.pipeline", fromlist=["_"])
                .cached_pipeline.cache_info()
                .misses
            )
        )
    assert sorted(loads.values()) == [1, 1]  # 20 batches, both workers, one build each


def test_an_unreachable_scheduler_is_a_usage_error(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr("citekg.extract.distributed.CONNECT_TIMEOUT", 2.0)
    with pytest.raises(citekg.UsageError, match="cannot reach the Dask scheduler"):
        citekg.build(out_dir=tmp_path, dask="tcp://127.0.0.1:1")


def test_cli_dask_option_errors_in_one_line(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    from click.testing import CliRunner

    from citekg.cli import cli

    monkeypatch.setattr("citekg.extract.distributed.CONNECT_TIMEOUT", 1.0)
    result = CliRunner().invoke(
        cli, ["build", "-o", str(tmp_path), "--dask", "tcp://127.0.0.1:1", "-q"]
    )
    assert result.exit_code == 2
    assert result.output.startswith("citekg: error: cannot reach the Dask scheduler")
    assert result.output.count("\n") == 1
