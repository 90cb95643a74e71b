"""Build the one in-memory model: a ``networkx.MultiDiGraph`` of papers and entities.

Node ids are the local part of each node's IRI (``paper/arxiv-2303.08774``,
``model/gpt-4``, ``organization/openai``), so every view of the graph (RDF,
GraphML, Python) names a thing the same way. Edges are keyed by their kind, so
a pair of nodes has at most one edge of each kind.

>>> from citekg.extract import Paper, extract_papers
>>> paper = Paper(id="p1", title="GPT-4 Technical Report", abstract="GPT-4 beats GPT-3.5.")
>>> G = build_graph([paper], extract_papers([paper]))
>>> sorted(G.successors("paper/gpt-4-technical-report"))
['model/gpt-3.5', 'model/gpt-4']
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from citekg._version import __version__
from citekg.extract.catalog import CatalogEntry
from citekg.extract.naming import fold_name, slugify
from citekg.extract.records import Extraction, Paper
from citekg.graph.vocab import DEFAULT_BASE_IRI

__all__ = [
    "EDGE_KINDS",
    "NODE_KINDS",
    "build_graph",
    "entity_node_id",
    "institution_node_id",
    "paper_node_ids",
    "resolve_across_papers",
]

#: Node kinds, in the order exports list them.
NODE_KINDS = ("paper", "model", "dataset", "benchmark", "method", "organization")
#: Edge kinds; the first four link papers to entities, the rest as named.
EDGE_KINDS = (
    "mentions",
    "introduces",
    "evaluates_on",
    "trained_on",
    "compares_with",
    "developed_by",
    "affiliated_with",
    "variant_of",
    "cites",
    "builds_on",
)


def _paper_ident(paper: Paper) -> str:
    if paper.arxiv_id:
        return f"arxiv-{slugify(paper.arxiv_id)}"
    if paper.doi:
        return f"doi-{slugify(paper.doi)}"
    if paper.openalex_id:
        return f"openalex-{paper.openalex_id.lower()}"
    if paper.s2_id:
        return f"s2-{slugify(paper.s2_id)}"
    return slugify(paper.title)


def paper_node_ids(papers: Iterable[Paper]) -> dict[str, str]:
    """Node ids for papers, keyed by :attr:`Paper.key`; stable whatever the input order.

    From the arXiv id, else the DOI, the OpenAlex id, the S2 id, else a slug
    of the title. Two papers with the same slug are told apart by suffixes
    given in the order of their keys, not of the input.

    >>> two = [Paper(id="a", title="Models 中文"), Paper(id="b", title="Models 日本")]
    >>> ids = paper_node_ids(two)
    >>> sorted(ids.values())
    ['paper/models', 'paper/models-2']
    """
    by_slug: dict[str, list[str]] = defaultdict(list)
    for paper in papers:
        by_slug[_paper_ident(paper)].append(paper.key)
    out = {}
    for slug, keys in by_slug.items():
        for i, key in enumerate(sorted(set(keys))):
            out[key] = f"paper/{slug}" if i == 0 else f"paper/{slug}-{i + 1}"
    return out


def entity_node_id(kind: str, name: str) -> str:
    """The node id of an entity of ``kind`` named ``name`` (its catalog key when it has one).

    >>> entity_node_id("organization", "Google DeepMind")
    'organization/google-deepmind'
    """
    return f"{kind}/{slugify(name)}"


_PARENTHETICAL = re.compile(r"\s*\([^()]*\)\s*$")


def _org_index(catalog: Mapping[str, CatalogEntry] | None) -> dict[str, str]:
    """Folded organisation name or alias -> catalog key."""
    index: dict[str, str] = {}
    for key, entry in (catalog or {}).items():
        if entry.type == "organization":
            for form in entry.surface_forms:
                index.setdefault(fold_name(form), key)
    return index


def institution_node_id(name: str, orgs: Mapping[str, str]) -> str:
    """The node of an input institution: the catalog organisation it names, if any.

    OpenAlex writes ``OpenAI (United States)``; the country in brackets is
    ignored when looking the name up among the catalog's names and aliases.

    >>> institution_node_id("OpenAI (United States)", {"openai": "organization/openai"})
    'organization/openai'
    >>> institution_node_id("Example Lab (France)", {})
    'organization/example-lab-france'
    """
    for candidate in (name, _PARENTHETICAL.sub("", name)):
        key = orgs.get(fold_name(candidate))
        if key is not None:
            return key
    return entity_node_id("organization", name)


_GROUPS = {"model": "mm", "method": "mm", "dataset": "db", "benchmark": "db", "organization": "org"}


def resolve_across_papers(extractions: Iterable[Extraction]) -> dict[str, str]:
    """Entity keys to merge across papers: ``{key: the key of the same entity}``.

    One paper defines ``Gradient Flux Routing (GFR)``, another only says
    ``GFR``: the second entity's name is an alias the first paper gave, so both
    are one node. A name that is an alias of two different entities is left
    alone, as are names across type groups (a dataset is never a model).

    >>> from citekg.extract.records import Entity, Extraction
    >>> a = Extraction("a", "A", (Entity("method/gradient-flux-routing", "Gradient Flux Routing",
    ...                                  "method", aliases=("GFR",)),))
    >>> b = Extraction("b", "B", (Entity("method/gfr", "GFR", "method"),))
    >>> resolve_across_papers([a, b])
    {'method/gfr': 'method/gradient-flux-routing'}
    """
    extractions = list(extractions)
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for extraction in extractions:
        for entity in extraction.entities:
            group = _GROUPS.get(entity.type, entity.type)
            for alias in entity.aliases:
                owners[(group, fold_name(alias))].add(entity.key)
    mapping: dict[str, str] = {}
    for extraction in extractions:
        for entity in extraction.entities:
            group = _GROUPS.get(entity.type, entity.type)
            targets = owners.get((group, fold_name(entity.name)), set()) - {entity.key}
            if len(targets) == 1:
                mapping[entity.key] = next(iter(targets))
    # never a chain or a cycle: a key that others map to stays itself
    return {k: v for k, v in sorted(mapping.items()) if v not in mapping and k != v}


def _set(attrs: dict[str, Any], name: str, value: Any) -> None:
    if value not in (None, "", (), []):
        attrs[name] = value


def _add_entity(G: nx.MultiDiGraph, node: str, kind: str, label: str, base: str) -> None:
    if node not in G:
        G.add_node(node, kind=kind, label=label, iri=base + node, aliases=[])


def build_graph(
    papers: Iterable[Paper],
    extractions: Iterable[Extraction],
    *,
    catalog: Mapping[str, CatalogEntry] | None = None,
    base_iri: str = DEFAULT_BASE_IRI,
) -> nx.MultiDiGraph:
    """The knowledge graph of ``papers`` and their ``extractions`` (matched by paper id).

    ``catalog`` (catalog key -> entry) adds the catalog's aliases to entity
    nodes. Organisations come from the text, from the catalog's developers
    (``developed_by``) and from the papers' institutions (``affiliated_with``);
    references between papers of the input become ``cites`` edges.
    """
    papers = list(papers)
    extractions = list(extractions)
    by_paper = {x.paper: x for x in extractions}
    same = resolve_across_papers(extractions)
    ids = paper_node_ids(papers)
    G = nx.MultiDiGraph(name="citekg", citekg_version=__version__, base_iri=base_iri)

    key_to_node: dict[str, str] = {}
    for paper in papers:
        node = ids[paper.key]
        for key in (*paper.keys, f"id:{paper.id}"):
            key_to_node.setdefault(key, node)
        attrs: dict[str, Any] = {"kind": "paper", "label": paper.title, "iri": base_iri + node}
        attrs["title"] = paper.title
        for name in (
            "abstract",
            "citations",
            "rank",
            "year",
            "doi",
            "arxiv_id",
            "openalex_id",
            "s2_id",
        ):
            _set(attrs, name, getattr(paper, name))
        _set(attrs, "authors", list(paper.authors))
        _set(attrs, "categories", list(paper.categories))
        attrs["source"] = paper.origin
        G.add_node(node, **attrs)

    observed: dict[str, set[str]] = defaultdict(set)
    orgs = _org_index(catalog)
    for paper in papers:
        node = ids[paper.key]
        extraction = by_paper.get(paper.id)
        if extraction is None:
            continue
        by_entity: dict[str, list] = defaultdict(list)
        for mention in extraction.mentions:
            by_entity[mention.entity].append(mention)
        for entity in extraction.entities:
            target = same.get(entity.key, entity.key)
            name = entity.name if target == entity.key else None
            if target != entity.key:
                observed[target].add(entity.name)
            _add_entity(G, target, entity.type, name or entity.name, base_iri)
            observed[target].update(entity.aliases)
            mentions = sorted(
                by_entity.get(entity.key, ()), key=lambda m: (m.field != "title", m.start)
            )
            edge: dict[str, Any] = {"kind": "mentions", "count": len(mentions)}
            if mentions:
                first = mentions[0]
                edge.update(
                    field=first.field,
                    start=first.start,
                    end=first.end,
                    sentence=first.sentence,
                    rule=first.rule,
                    confidence=max(m.confidence for m in mentions),
                )
            # every entity is mentioned; how the paper relates to it is a second edge
            G.add_edge(node, target, key="mentions", **edge)
            for kind in entity.relations:
                if kind != "mentions":
                    G.add_edge(
                        node,
                        target,
                        key=kind,
                        kind=kind,
                        rule="extract:relations",
                        confidence=entity.confidence,
                    )
            for org in entity.developer:
                org_node = entity_node_id("organization", org)
                _add_entity(G, org_node, "organization", org, base_iri)
                G.add_edge(
                    target, org_node, key="developed_by", kind="developed_by", rule="catalog"
                )
            if entity.family:
                fam = entity_node_id(entity.type, entity.family)
                _add_entity(G, fam, entity.type, entity.family, base_iri)
                G.add_edge(target, fam, key="variant_of", kind="variant_of", rule="catalog")

        for inst in paper.institutions:
            org_node = institution_node_id(inst.name, orgs)
            label = catalog[org_node].name if catalog and org_node in catalog else inst.name
            _add_entity(G, org_node, "organization", label, base_iri)
            if inst.ror:
                G.nodes[org_node].setdefault("ror", inst.ror)
            G.add_edge(
                node,
                org_node,
                key="affiliated_with",
                kind="affiliated_with",
                rule=f"input:{paper.origin}",
            )

        for ref in paper.references:
            cited = key_to_node.get(ref)
            if cited is not None and cited != node:
                G.add_edge(node, cited, key="cites", kind="cites", rule=f"input:{paper.origin}")

    for node, data in G.nodes(data=True):
        if data["kind"] == "paper":
            continue
        introducers = sorted(u for u, _, k in G.in_edges(node, keys=True) if k == "introduces")
        if introducers:
            data["introduced_by"] = introducers
        aliases = set(observed.get(node, ()))
        entry = catalog.get(node) if catalog else None
        if entry is not None:
            aliases.update(entry.aliases)
            data["catalog"] = entry.source
            if entry.family:
                data["family"] = entry.family
        aliases.discard(data["label"])
        data["aliases"] = sorted(aliases)
    return G
