"""Identity and duplicates: DOI, arXiv, OpenAlex, S2 ids, then the normalised title."""

from __future__ import annotations

from citekg.extract import Institution, Paper, merge_duplicates, read_papers


def test_merge_across_inputs(data_dir):
    rejects = []
    papers = list(
        read_papers(
            [data_dir / "openalex_works.jsonl", data_dir / "s2_papers.jsonl"],
            on_reject=rejects.append,
        )
    )
    assert len(rejects) == 2
    result = merge_duplicates(papers)
    # "Attention Is All You Need" is in both: OpenAlex (no DOI) and S2 (arXiv id, DOI)
    assert result.merged == 1
    attention = next(p for p in result.papers if p.title.lower().startswith("attention"))
    assert attention.openalex_id == "W2963403868" and attention.arxiv_id == "1706.03762"
    assert attention.citations == 100500  # the larger count
    assert attention.merged_from == (f"{data_dir / 's2_papers.jsonl'}:2",)
    assert attention.institutions  # kept from OpenAlex
    assert len(result.papers) == len(papers) - 1


def test_title_duplicates_within_one_file(data_dir):
    result = merge_duplicates(read_papers(data_dir / "papers.jsonl", on_reject=lambda r: None))
    assert [p.id for p in result.papers] == ["j1", "j2"]  # j6 is "mistral 7b" again
    assert result.merged == 1 and result.papers[0].citations == 1600


def test_conflicting_ids_are_not_merged():
    a = Paper(id="a", title="Same Title", doi="10.1/a")
    b = Paper(id="b", title="Same Title", doi="10.1/b")
    assert merge_duplicates([a, b]).merged == 0


def test_a_record_bridging_two_others_merges_all_three():
    a = Paper(id="a", title="One", doi="10.1/x")
    b = Paper(id="b", title="Two", arxiv_id="2101.00001")
    c = Paper(id="c", title="Three", doi="10.1/x", arxiv_id="2101.00001", year=2021)
    result = merge_duplicates([a, b, c])
    assert result.merged == 2 and len(result.papers) == 1
    (merged,) = result.papers
    assert (merged.id, merged.arxiv_id, merged.year) == ("a", "2101.00001", 2021)
    d = Paper(id="d", title="Two")  # b's title still finds the merged record
    assert merge_duplicates([a, b, c, d]).merged == 3


def test_merge_keeps_first_values_and_unites_lists():
    a = Paper(id="a", title="T", abstract="first", authors=("X",), institutions=(Institution("I"),))
    b = Paper(
        id="b",
        title="t",
        abstract="second",
        authors=("X", "Y"),
        institutions=(Institution("I"), Institution("J", "https://ror.org/0abcdef12")),
    )
    (m,) = merge_duplicates([a, b]).papers
    assert m.abstract == "first" and m.authors == ("X", "Y")
    assert [i.name for i in m.institutions] == ["I", "J"]
