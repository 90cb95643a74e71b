"""The graph's N-Triples without the graph: for inputs too big to hold in memory.

:func:`~citekg.graph.build.build_graph` holds every paper, extraction and edge
at once. What it computes across papers is small by comparison: which entity
keys are one entity (:func:`~citekg.graph.build.resolve_across_papers`), each
entity's name, kind, aliases and introducing papers, and the families of
variants. This module computes the same triples in two passes over the papers
and their extractions, holding only tables of entities:

1. :class:`EntityKeys` sees each extraction once and keeps, per entity key,
   what crosses papers; :meth:`EntityKeys.resolve` turns it into a
   :class:`Resolution` (merged keys, names, introducers, families).
2. :class:`TripleStream` turns one paper at a time into the triples only it
   has (the paper, its results, its links and their evidence), through a graph
   of that paper alone built by the very functions ``build_graph`` uses, and
   folds the paper's entities into a table of entity nodes.
   :meth:`TripleStream.finish` then gives the entities' triples, the links
   between entities (``developed_by``, ``variant_of``) and ``builds_on``.

Where ``build_graph`` lets the first paper in node-id order decide (an
entity's kind and label, its parameter count), the table keeps the value from
the paper with the smallest node id, so papers may come in any order. The
lines are the ones :func:`~citekg.exports.terms.ntriples_lines` writes for
the whole graph: sorted and de-duplicated, the two give the same bytes.

>>> from citekg.extract import Paper, extract_papers
>>> from citekg.graph.build import build_graph, paper_node, paper_node_ids
>>> from citekg.exports.terms import ntriples_lines
>>> papers = [Paper(id="a", title="GPT-4 Technical Report", abstract="We introduce GPT-4."),
...           Paper(id="b", title="On GPT-4", abstract="We evaluate GPT-4 on MMLU.")]
>>> extractions = list(extract_papers(papers))
>>> keys = EntityKeys()
>>> ids = paper_node_ids(papers)
>>> for i, (p, x) in enumerate(zip(papers, extractions)):
...     keys.add(paper_node(ids, p), (p.id, i), x)
>>> stream = TripleStream(ids, keys.resolve())
>>> lines = [line for p, x in zip(papers, extractions) for line in stream.paper_lines(p, x)]
>>> lines += stream.finish()
>>> sorted(set(lines)) == sorted(set(ntriples_lines(build_graph(papers, extractions))))
True
"""

from __future__ import annotations

import itertools
import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from citekg._version import __version__
from citekg.extract.catalog import CatalogEntry
from citekg.extract.naming import fold_name
from citekg.extract.records import TYPE_GROUPS, Extraction, Paper
from citekg.graph.build import (
    _add_extraction,
    _add_institutions,
    _add_results,
    _org_index,
    _paper_attrs,
    entity_node_id,
    finish_entity,
    paper_node,
)
from citekg.graph.iri import mint
from citekg.graph.links import MAX_INTRODUCERS, builds_on_via, cited_nodes
from citekg.graph.rdf import (
    _author_list,
    _evidence_iri,
    _evidence_triples,
    _header_triples,
    _link_triples,
    _node_triples,
    _Vocabulary,
)
from citekg.graph.vocab import DEFAULT_BASE_IRI

__all__ = ["EntityKeys", "Part", "Resolution", "TripleStream"]

#: Edges that go from an entity to an entity; every paper naming the entity adds them again.
_ENTITY_EDGES = ("developed_by", "variant_of")
_BUILDS_ON_RULE = "links:introduced-entity"


@dataclass
class Resolution:
    """What the first pass learnt across papers, as ``build_graph`` would compute it.

    ``same`` merges entity keys (:func:`~citekg.graph.build.resolve_across_papers`),
    ``names`` gives each key its first name in node-id order, ``introducers``
    the papers that introduce each entity node (those more than
    :data:`~citekg.graph.links.MAX_INTRODUCERS` introduce left out), and
    ``family`` the families of each variant.
    """

    same: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    introducers: dict[str, set[str]] = field(default_factory=dict)
    family: dict[str, set[str]] = field(default_factory=dict)


class EntityKeys:
    """Pass 1: per entity key, what the graph needs across papers; papers in any order.

    Its size grows with the distinct entity keys and their names, not with the papers.
    """

    def __init__(self) -> None:
        self._owners: dict[tuple[str, str], set[str]] = defaultdict(set)
        # key -> (type group, folded name) -> the last place it was seen (the order of
        # resolve_across_papers: paper id, then input order, then entity order)
        self._spellings: dict[str, dict[tuple[str, str], tuple[str, int, int]]] = defaultdict(dict)
        self._names: dict[str, tuple[str, int, str]] = {}  # key -> (paper node, index, name)
        self._introducers: dict[str, set[str]] = defaultdict(set)
        self._families: dict[str, set[str]] = defaultdict(set)

    def add(self, paper_node: str, order: tuple[str, int], extraction: Extraction) -> None:
        """Take in the extraction of the paper ``paper_node``; ``order`` is its (paper id,
        position in the input): the order in which a later spelling overrides an earlier."""
        for index, entity in enumerate(extraction.entities):
            key = entity.key
            group = TYPE_GROUPS.get(entity.type, entity.type)
            for alias in entity.aliases:
                self._owners[(group, fold_name(alias))].add(key)
            spelling = (group, fold_name(entity.name))
            place = (*order, index)
            spellings = self._spellings[key]
            if place > spellings.get(spelling, ("", -1, -1)):
                spellings[spelling] = place
            first = self._names.get(key)
            if first is None or (paper_node, index) < first[:2]:
                self._names[key] = (paper_node, index, entity.name)
            if "introduces" in entity.relations:
                claimants = self._introducers[key]
                if len(claimants) <= MAX_INTRODUCERS:  # one more than the cap tells "too many"
                    claimants.add(paper_node)
            if entity.family:
                self._families[key].add(entity_node_id(entity.type, entity.family))

    def _same(self) -> dict[str, str]:
        """Entity keys to merge, exactly as :func:`resolve_across_papers` gives them."""
        mapping: dict[str, str] = {}
        for key, spellings in self._spellings.items():
            best: tuple[tuple[str, int, int], str] | None = None
            for spelling, place in spellings.items():
                targets = self._owners.get(spelling, set()) - {key}
                if len(targets) == 1 and (best is None or place > best[0]):
                    best = (place, next(iter(targets)))
            if best is not None:
                mapping[key] = best[1]
        return {k: v for k, v in sorted(mapping.items()) if v not in mapping and k != v}

    def resolve(self) -> Resolution:
        """The :class:`Resolution` of every extraction added."""
        same = self._same()
        introducers: dict[str, set[str]] = defaultdict(set)
        for key, papers in self._introducers.items():
            introducers[same.get(key, key)] |= papers
        family: dict[str, set[str]] = defaultdict(set)
        for key, families in self._families.items():
            family[same.get(key, key)] |= families
        return Resolution(
            same=same,
            names={key: name for key, (_, _, name) in self._names.items()},
            introducers={e: p for e, p in introducers.items() if len(p) <= MAX_INTRODUCERS},
            family=dict(family),
        )


@dataclass(slots=True)
class _EntityNode:
    """An entity node as the table keeps it: each value with the paper that set it."""

    first: str  # the node id of the paper that added it first; that paper sets kind and label
    kind: str
    label: str
    aliases: set[str]
    parameters: tuple[str, str] | None = None  # (paper node, value)
    ror: tuple[str, str] | None = None

    def attrs(self) -> dict[str, Any]:
        """The node's attributes, before :func:`~citekg.graph.build.finish_entity`."""
        data: dict[str, Any] = {"kind": self.kind, "label": self.label, "aliases": []}
        if self.parameters is not None:
            data["parameters"] = self.parameters[1]
        if self.ror is not None:
            data["ror"] = self.ror[1]
        return data


def _earlier(current: tuple[str, str] | None, paper: str, value: Any) -> tuple[str, str] | None:
    """``(paper, value)`` if the paper comes before the one that set ``current``."""
    if value is None or (current is not None and current[0] <= paper):
        return current
    return (paper, value)


class _LinkSpool:
    """``builds_on`` links set aside on disk until every entity's kind is known."""

    def __init__(self, workdir: str | Path | None) -> None:
        self._file = tempfile.TemporaryFile("w+", encoding="utf-8", dir=workdir)  # noqa: SIM115
        self.count = 0

    def add(self, paper: str, source: str, via: list[str]) -> None:
        self._file.write(json.dumps([paper, source, via]) + "\n")
        self.count += 1

    def __iter__(self) -> Iterator[tuple[str, str, list[str]]]:
        self._file.seek(0)
        for line in self._file:
            paper, source, via = json.loads(line)
            yield paper, source, via

    def close(self) -> None:
        self._file.close()


@dataclass
class Part:
    """What :class:`TripleStream` learnt from some papers, for another to absorb: the
    papers may be turned into triples in several processes, a part each."""

    entities: dict[str, _EntityNode]
    entity_edges: set[tuple[str, str, str]]
    nodes: Counter[str]
    edges: Counter[str]
    links: list[tuple[str, str, list[str]]]


class TripleStream:
    """Pass 2: the N-Triples lines of each paper as it comes, then of the entities.

    ``ids`` maps each paper's identity key to its node id
    (:func:`~citekg.graph.build.paper_node_ids` over every paper, read with
    :func:`~citekg.graph.build.paper_node`);
    ``citations`` maps identity keys to node ids for ``cites`` links
    (:func:`~citekg.graph.links.citation_index`; empty when no paper has
    references). Papers may be split among several streams, in processes of
    their own: each hands its :meth:`part` to the one that :meth:`absorb` s them
    all and calls :meth:`finish`; ``builds_on`` links absorbed wait in a
    temporary file in ``workdir``.
    ``nodes`` and ``edges`` count the graph's nodes and edges by kind, as a
    build reports them, once :meth:`finish` has run. ``evidence`` is the evidence
    level of the triples (:data:`~citekg.graph.rdf.EVIDENCE_LEVELS`).
    """

    def __init__(
        self,
        ids: Mapping[str, str],
        resolution: Resolution,
        *,
        citations: Mapping[str, str] | None = None,
        catalog: Mapping[str, CatalogEntry] | None = None,
        base_iri: str = DEFAULT_BASE_IRI,
        evidence: str = "full",
        workdir: str | Path | None = None,
    ) -> None:
        from citekg.exports.terms import NTriplesTerms

        self.ids = ids
        self.resolution = resolution
        self.citations = citations or {}
        self.catalog = catalog
        self.base = base_iri
        self.evidence = evidence
        self.terms = NTriplesTerms()
        self.vocab = _Vocabulary(self.terms)
        self.nodes: Counter[str] = Counter()
        self.edges: Counter[str] = Counter()
        self._orgs = _org_index(catalog)
        self._entities: dict[str, _EntityNode] = {}
        self._entity_edges: set[tuple[str, str, str]] = set()
        self._links: list[tuple[str, str, list[str]]] = []
        self._workdir = workdir
        self._spool: _LinkSpool | None = None

    def paper_graph(
        self, paper: Paper, extraction: Extraction | None
    ) -> tuple[nx.MultiDiGraph, dict[str, set[str]]]:
        """The graph of ``paper`` alone, built as ``build_graph`` builds each paper, and
        the names the paper used for each entity (its ``observed`` aliases)."""
        node = paper_node(self.ids, paper)
        G = nx.MultiDiGraph()
        G.add_node(node, **_paper_attrs(paper, node, self.base))
        observed: dict[str, set[str]] = defaultdict(set)
        if extraction is not None:
            same, names = self.resolution.same, self.resolution.names
            _add_extraction(G, node, extraction, same, names, observed, self.base)
            _add_results(G, node, extraction, same, self.base)
        _add_institutions(G, node, paper, self._orgs, self.catalog, self.base)
        for cited in cited_nodes(paper, node, self.citations):
            G.add_edge(node, cited, key="cites", kind="cites", rule=f"input:{paper.origin}")
        return G, observed

    def paper_lines(self, paper: Paper, extraction: Extraction | None) -> list[str]:
        """The N-Triples lines only ``paper`` has; its entities go to the table."""
        G, observed = self.paper_graph(paper, extraction)
        node = paper_node(self.ids, paper)
        self._fold_entities(G, node, observed)
        mentioned = [v for _, v, kind in G.out_edges(node, keys=True) if kind == "mentions"]
        res = self.resolution
        for source, via in builds_on_via(node, mentioned, res.introducers, res.family).items():
            self._links.append((node, source, sorted(via)))
        return self._own_lines(G, node)

    def part(self) -> Part:
        """What the papers seen so far left for :meth:`finish`, handed over (and
        forgotten here): :meth:`absorb` it into the stream that finishes."""
        part = Part(self._entities, self._entity_edges, self.nodes, self.edges, self._links)
        self._entities, self._entity_edges, self._links = {}, set(), []
        self.nodes, self.edges = Counter(), Counter()
        return part

    def absorb(self, part: Part) -> None:
        """Take in the :class:`Part` of papers another stream turned into triples; its
        ``builds_on`` links wait in a temporary file until :meth:`finish`."""
        for node, other in part.entities.items():
            entry = self._entities.get(node)
            if entry is None:
                self._entities[node] = other
                continue
            if other.first < entry.first:
                entry.first, entry.kind, entry.label = other.first, other.kind, other.label
            entry.aliases |= other.aliases
            if other.parameters is not None:
                entry.parameters = _earlier(entry.parameters, *other.parameters)
            if other.ror is not None:
                entry.ror = _earlier(entry.ror, *other.ror)
        self._entity_edges |= part.entity_edges
        self.nodes.update(part.nodes)
        self.edges.update(part.edges)
        if part.links:
            if self._spool is None:
                self._spool = _LinkSpool(self._workdir)
            for link in part.links:
                self._spool.add(*link)

    def _fold_entities(
        self, G: nx.MultiDiGraph, paper: str, observed: Mapping[str, set[str]]
    ) -> None:
        """Merge the entity nodes of one paper's graph into the table."""
        for node, data in G.nodes(data=True):
            kind = data.get("kind")
            if kind is None or kind in ("paper", "result"):
                continue  # a cited paper, or what this paper owns
            entry = self._entities.get(node)
            if entry is None:
                entry = self._entities[node] = _EntityNode(paper, kind, data["label"], set())
            elif paper < entry.first:
                entry.first, entry.kind, entry.label = paper, kind, data["label"]
            entry.aliases.update(observed.get(node, ()))
            entry.parameters = _earlier(entry.parameters, paper, data.get("parameters"))
            entry.ror = _earlier(entry.ror, paper, data.get("ror"))
        for u, v, kind in G.edges(keys=True):
            if kind in _ENTITY_EDGES:
                self._entity_edges.add((u, v, kind))

    def _own_lines(self, G: nx.MultiDiGraph, paper: str) -> list[str]:
        """The triples of the paper, its results and their outgoing links with evidence."""
        T, V, base = self.terms, self.vocab, self.base
        out: list[tuple[Any, ...]] = []
        for node, data in G.nodes(data=True):
            kind = data.get("kind")
            if node != paper and kind != "result":
                continue
            self.nodes[kind] += 1
            s = T.minted(mint(base, node))
            out += _node_triples(data, node, base, T, V, s)
            for _, v, edge_kind, edge_data in G.out_edges(node, keys=True, data=True):
                self.edges[edge_kind] += 1
                o = T.minted(mint(base, v))
                out += _link_triples(edge_kind, set(), V, s, o)
                ev_iri = _evidence_iri(base, node, v, edge_kind)
                edge = (node, v, edge_kind, edge_data)
                out += _evidence_triples(
                    ev_iri, edge, T, V, base, s, o, kind == "paper", self.evidence
                )
            out += _author_list(data, node, base, T, V)
        return [f"{s} {p} {o} .\n" for s, p, o in out]

    def finish(self) -> Iterator[str]:
        """The lines of the graph's header, its entities and the links between them,
        and ``builds_on``: call once, after every paper."""
        T, V, base = self.terms, self.vocab, self.base
        graph = {"name": "citekg", "citekg_version": __version__, "base_iri": base}
        out: list[tuple[Any, ...]] = list(_header_triples(graph, T, V))
        for node, entry in self._entities.items():
            data = entry.attrs()
            finish_entity(node, data, entry.aliases, self.catalog)
            self.nodes[entry.kind] += 1
            out += _node_triples(data, node, base, T, V, T.minted(mint(base, node)))
        for u, v, kind in sorted(self._entity_edges):
            self.edges[kind] += 1
            s, o = T.minted(mint(base, u)), T.minted(mint(base, v))
            out += _link_triples(kind, set(), V, s, o)
            edge = (u, v, kind, {"kind": kind, "rule": "catalog"})
            ev_iri = _evidence_iri(base, u, v, kind)
            out += _evidence_triples(ev_iri, edge, T, V, base, s, o, False, self.evidence)
        yield from (f"{s} {p} {o} .\n" for s, p, o in out)
        yield from self._builds_on_lines()

    def _builds_on_lines(self) -> Iterator[str]:
        """``builds_on`` links: CiTO's reading of each needs the kinds of what it goes through."""
        T, V, base = self.terms, self.vocab, self.base
        spooled = self._spool if self._spool is not None else ()
        try:
            for paper, source, via in itertools.chain(spooled, self._links):
                self.edges["builds_on"] += 1
                s, o = T.minted(mint(base, paper)), T.minted(mint(base, source))
                kinds = {self._entities[e].kind for e in via if e in self._entities}
                triples = list(_link_triples("builds_on", kinds, V, s, o))
                data = {"kind": "builds_on", "via": via, "rule": _BUILDS_ON_RULE}
                ev_iri = _evidence_iri(base, paper, source, "builds_on")
                edge = (paper, source, "builds_on", data)
                triples += _evidence_triples(ev_iri, edge, T, V, base, s, o, True, self.evidence)
                yield from (f"{s} {p} {o} .\n" for s, p, o in triples)
        finally:
            if self._spool is not None:
                self._spool.close()
