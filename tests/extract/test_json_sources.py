"""JSON Lines and JSON documents: plain fields, OpenAlex, Semantic Scholar, arXiv."""

from __future__ import annotations

import bz2
import json
import lzma

import pytest

from citekg.extract import Paper, Reject, RejectedRecordWarning, read_papers
from citekg.extract.sources import read_records
from citekg.extract.sources.openalex import abstract_from_inverted_index


def _split(records):
    return (
        [r for r in records if isinstance(r, Paper)],
        [r for r in records if isinstance(r, Reject)],
    )


def test_generic_jsonl(data_dir):
    papers, rejects = _split(list(read_records(data_dir / "papers.jsonl")))
    assert [p.id for p in papers] == ["j1", "j2", "j6"]
    j1, j2, _ = papers
    assert (j1.citations, j1.year, j1.arxiv_id) == (1500, 2023, "2310.06825")  # citationCount
    assert (j2.citations, j2.year, j2.references) == (900, 2024, ("id:j1",))  # cited_by_count
    assert {(r.line, r.reason.split(":")[0]) for r in rejects} == {
        (3, "invalid JSON"),
        (4, "expected a JSON object, got a list"),
        (5, "no title"),
        (6, "citation count -4 is negative"),
    }
    assert rejects[0].raw == '{"id": "j3", "title": "Broken", "abstract": "x",'


def test_openalex(data_dir):
    papers, rejects = _split(list(read_records(data_dir / "openalex_works.jsonl")))
    gpt4, attention, no_abstract = papers
    assert gpt4.id == gpt4.openalex_id == "W4361866080"
    assert gpt4.doi == "10.48550/arxiv.2303.08774" and gpt4.arxiv_id == "2303.08774"
    assert gpt4.abstract == "We report the development of GPT-4, a large-scale, multimodal model."
    assert gpt4.citations == 20121 and gpt4.year == 2023
    assert gpt4.authors == ("Josh Achiam",)
    assert [(i.name, i.ror) for i in gpt4.institutions] == [
        ("OpenAI (United States)", "https://ror.org/05wx9n238")
    ]
    assert gpt4.references == ("openalex:W2963403868", "openalex:W9999999999")
    assert len(attention.institutions) == 1  # the same institution twice is listed once
    assert no_abstract.abstract == ""
    assert [(r.line, r.reason) for r in rejects] == [
        (4, "no title"),
        (5, "citation count 'lots' is not a number"),
    ]


def test_openalex_api_response_document(tmp_path, data_dir):
    works = [
        json.loads(line) for line in (data_dir / "openalex_works.jsonl").read_text().splitlines()
    ]
    path = tmp_path / "response.json"
    path.write_text(json.dumps({"meta": {"count": 5}, "results": works[:3]}, indent=2))
    papers, rejects = _split(list(read_records(path)))
    assert [p.openalex_id for p in papers] == ["W4361866080", "W2963403868", "W3000000001"]
    assert not rejects
    assert papers[1].line > papers[0].line > 1  # each element reports the line it starts on


def test_inverted_index_positions():
    assert abstract_from_inverted_index({"b": [1], "a": [0, 2]}) == "a b a"
    assert abstract_from_inverted_index(None) == ""


def test_semantic_scholar(data_dir):
    papers, rejects = _split(list(read_records(data_dir / "s2_papers.jsonl")))
    assert not rejects
    llama, attention, bulk = papers
    assert llama.s2_id == "57e849d0de13ed5f91d086936296721d4ff75a75"
    assert llama.arxiv_id == "2302.13971" and llama.citations == 9000
    assert llama.references == ("s2:204e3073870fae3d05bcbc2f6a8e263d9b72e776",)
    assert attention.doi == "10.48550/arxiv.1706.03762" and attention.abstract == ""
    assert bulk.s2_id == "CorpusId:1234" and bulk.citations == 7 and bulk.doi == "10.1000/example.1"


def test_arxiv_snapshot(data_dir):
    papers, rejects = _split(list(read_records(data_dir / "arxiv_snapshot.jsonl")))
    sam, old = papers
    assert sam.id == sam.arxiv_id == "2304.02643"
    assert sam.title == "Segment Anything"  # hard line break folded
    assert sam.abstract.startswith("We introduce the Segment Anything (SA) project: a new task")
    assert "\n" not in sam.abstract and "  " not in sam.abstract
    assert sam.year == 2023 and sam.authors == ("Alexander Kirillov", "Eric Mintun", "Nikhila Ravi")
    assert sam.categories == ("cs.CV", "cs.AI", "cs.LG")
    assert old.arxiv_id == "hep-th/9901001" and old.year == 1999
    assert [(r.line, r.reason) for r in rejects] == [(3, "no title")]


def test_forced_schema(data_dir):
    # Forcing arXiv on OpenAlex records rejects them (no arXiv id), one line each.
    records = list(read_records(data_dir / "openalex_works.jsonl", "arxiv"))
    assert all(isinstance(r, Reject) for r in records) and len(records) == 5


def test_bz2_and_xz(tmp_path, data_dir):
    raw = (data_dir / "s2_papers.jsonl").read_bytes()
    (tmp_path / "a.jsonl.bz2").write_bytes(bz2.compress(raw))
    (tmp_path / "a.jsonl.xz").write_bytes(lzma.compress(raw))
    for name in ("a.jsonl.bz2", "a.jsonl.xz"):
        assert len([r for r in read_records(tmp_path / name) if isinstance(r, Paper)]) == 3


def test_invalid_utf8_line_is_rejected(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"title": "ok"}\n{"title": "caf\xe9"}\n')
    papers, rejects = _split(list(read_records(path)))
    assert [p.title for p in papers] == ["ok"]
    assert [(r.line, r.reason, r.raw) for r in rejects] == [
        (2, "line is not valid UTF-8", '{"title": "caf\\xe9"}')
    ]


def test_jsonl_with_broken_first_line_keeps_line_granularity(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"title": \n{"title": "B"}\n')
    papers, rejects = _split(list(read_records(path)))
    assert [p.title for p in papers] == ["B"] and [r.line for r in rejects] == [1]


def test_read_papers_warns_about_rejects_without_a_callback(data_dir):
    with pytest.warns(RejectedRecordWarning) as caught:
        papers = list(read_papers(data_dir / "papers.jsonl"))
    assert len(papers) == 3
    messages = [str(w.message) for w in caught]
    assert len(messages) == 4 and messages[0].endswith(
        "papers.jsonl:3: invalid JSON: "
        "Expecting property name enclosed in double "
        "quotes (column 49)"
    )
