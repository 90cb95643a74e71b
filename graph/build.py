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

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import networkx as nx

from citekg._version import __version__
from citekg.extract.catalog import CatalogEntry
from citekg.extract.naming import fold_name, slugify
from citekg.extract.records import TYPE_GROUPS, Extraction, Mention, Paper
from citekg.graph.iri import mint
from citekg.graph.vocab import DEFAULT_BASE_IRI

__all__ = [
    "EDGE_KINDS",
    "NODE_KINDS",
    "build_graph",
    "entity_node_id",
    "finish_entity",
    "institution_node_id",
    "paper_node",
    "paper_node_ids",
    "resolve_across_papers",
    "result_node_id",
]

#: Node kinds, in the order exports list them.
NODE_KINDS = ("paper", "model", "dataset", "benchmark", "method", "organization", "result")
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
    "reports",
    "on_benchmark",
    "of_model",
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
    Read them with :func:`paper_node`.

    From the arXiv id, else the DOI, the OpenAlex id, the S2 id, else a slug
    of the title. Two papers with the same slug are told apart by suffixes
    given in the order of their keys, not of the input.

    Two papers that :func:`~citekg.extract.merge_duplicates` kept apart may
    share their strongest key (the same DOI, different arXiv ids: their ids
    conflict). Keyed by that key alone they would share one node, which the
    in-memory build fills with the last paper's values and a streaming build
    with both papers' titles; so such papers are keyed by :func:`_paper_ref`
    instead, and each has a node of its own.

    >>> two = [Paper(id="a", title="Models 中文"), Paper(id="b", title="Models 日本")]
    >>> ids = paper_node_ids(two)
    >>> sorted(ids.values())  # the slugs keep a digest of the letters ASCII cannot spell
    ['paper/models-41d0fed7', 'paper/models-c17d97c2']
    >>> two = [Paper(id="a", title="A", doi="10.1/a_b"), Paper(id="b", title="B", doi="10.1/a-b")]
    >>> sorted(paper_node_ids(two).values())
    ['paper/doi-10.1-a-b', 'paper/doi-10.1-a-b-2']
    >>> two = [Paper(id="a", title="A", doi="10.1/x", openalex_id="W1"),
    ...        Paper(id="b", title="B", doi="10.1/x", openalex_id="W2")]
    >>> ids = paper_node_ids(two)
    >>> [paper_node(ids, p) for p in two]  # one key, two papers: two nodes
    ['paper/doi-10.1-x', 'paper/doi-10.1-x-2']
    """
    papers = list(papers)
    out = _node_ids(papers, lambda paper: paper.key)
    if len(out) < len(papers):  # some papers share their key (rare): count them only then
        sharing = Counter(paper.key for paper in papers)
        out = _node_ids(papers, lambda p: p.key if sharing[p.key] == 1 else _paper_ref(p))
    return out


def _node_ids(papers: list[Paper], ref: Callable[[Paper], str]) -> dict[str, str]:
    """:func:`paper_node_ids`, each paper keyed by ``ref(paper)``."""
    by_slug: dict[str, list[str]] = defaultdict(list)
    for paper in papers:
        by_slug[_paper_ident(paper)].append(ref(paper))
    out = {}
    for slug, refs in by_slug.items():
        for i, key in enumerate(sorted(set(refs))):
            out[key] = f"paper/{slug}" if i == 0 else f"paper/{slug}-{i + 1}"
    return out


def _paper_ref(paper: Paper) -> str:
    """What tells ``paper`` apart from another paper with the same strongest key:
    all its identity keys, its input id and where it was read."""
    return "\x1f".join((*paper.keys, f"id:{paper.id}", paper.origin))


def paper_node(ids: Mapping[str, str], paper: Paper) -> str:
    """The node id of ``paper`` in ``ids`` (what :func:`paper_node_ids` returned).

    Most papers are found by their key; the few that share it with another
    paper by :func:`_paper_ref`, which is longer and so kept for them alone
    (a streaming build holds ``ids`` for every paper).
    """
    node = ids.get(paper.key)
    return node if node is not None else ids[_paper_ref(paper)]


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
            group = TYPE_GROUPS.get(entity.type, entity.type)
            for alias in entity.aliases:
                owners[(group, fold_name(alias))].add(entity.key)
    mapping: dict[str, str] = {}
    for extraction in extractions:
        for entity in extraction.entities:
            group = TYPE_GROUPS.get(entity.type, entity.type)
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
        G.add_node(node, kind=kind, label=label, iri=mint(base, node), aliases=[])


def _evidence(mention: Mention) -> dict[str, Any]:
    """Edge attributes that say where a statement was read: quote, field, offsets, sentence."""
    return {
        "text": mention.text,
        "field": mention.field,
        "start": mention.start,
        "end": mention.end,
        "sentence": mention.sentence,
    }


def _paper_attrs(paper: Paper, node: str, base_iri: str) -> dict[str, Any]:
    attrs: dict[str, Any] = {"kind": "paper", "label": paper.title, "iri": mint(base_iri, node)}
    attrs["paper_id"] = paper.id
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
    _set(attrs, "categories", sorted(set(paper.categories)))
    attrs["source"] = paper.origin
    return attrs


def result_node_id(paper_node: str, result: Mapping[str, Any]) -> str:
    """The node id of a reported result: the paper's id plus a digest of the claim.

    The same claim (model, benchmark, metric, value) read twice in one paper
    is one node; the id does not depend on the order of the results.

    >>> result_node_id("paper/arxiv-2303.08774", {"model": "GPT-4", "benchmark": "MMLU",
    ...                                           "value": 86.4, "metric": "accuracy"})
    'result/arxiv-2303.08774-00f4139fb0'
    """
    claim = "\x1f".join(
        str(result.get(k) if result.get(k) is not None else "")
        for k in ("model", "benchmark", "metric", "value")
    )
    digest = hashlib.sha1(claim.encode("utf-8")).hexdigest()[:10]
    return f"result/{paper_node.partition('/')[2]}-{digest}"


def _result_label(result: Mapping[str, Any]) -> str:
    value = result["value"]
    number = f"{value:g}" if isinstance(value, float) else str(value)
    metric = f" {result['metric']}" if result.get("metric") else ""
    model = f"{result['model']} on " if result.get("model") else ""
    return f"{model}{result['benchmark']}: {number}{metric}"


def _entity_index(extraction: Extraction, same: Mapping[str, str]) -> dict[tuple[str, str], str]:
    """(type group, folded name or alias) -> entity node, for one paper's entities."""
    index: dict[tuple[str, str], str] = {}
    for entity in extraction.entities:
        node = same.get(entity.key, entity.key)
        group = TYPE_GROUPS.get(entity.type, entity.type)
        for name in (entity.name, *entity.aliases):
            index.setdefault((group, fold_name(name)), node)
    return index


def _add_results(
    G: nx.MultiDiGraph,
    paper_node: str,
    extraction: Extraction,
    same: Mapping[str, str],
    base_iri: str,
) -> None:
    """Result nodes (``reports`` from the paper, ``on_benchmark``, ``of_model``).

    A result's benchmark and model are the paper's entities of that name. A
    result that names no model is credited to the model or method the paper
    introduces when it introduces exactly one (rule ``links:introduced-model``).
    """
    if not extraction.results:
        return
    index = _entity_index(extraction, same)
    introduced = sorted(
        {
            same.get(e.key, e.key)
            for e in extraction.entities
            if "introduces" in e.relations and e.type in ("model", "method")
        }
    )
    for result in extraction.results:
        if result.get("value") is None or not result.get("benchmark"):
            continue
        node = result_node_id(paper_node, result)
        if node in G:
            continue
        attrs: dict[str, Any] = {"kind": "result", "label": _result_label(result)}
        attrs["iri"] = mint(base_iri, node)
        attrs["value"] = float(result["value"])
        for name in ("metric", "model", "benchmark", "sentence", "rule"):
            _set(attrs, name, result.get(name))
        G.add_node(node, **attrs)
        G.add_edge(paper_node, node, key="reports", kind="reports", rule=result.get("rule", ""))
        bench = index.get((TYPE_GROUPS["benchmark"], fold_name(result["benchmark"])))
        if bench is None:
            bench = entity_node_id("benchmark", result["benchmark"])
            _add_entity(G, bench, "benchmark", result["benchmark"], base_iri)
        G.add_edge(node, bench, key="on_benchmark", kind="on_benchmark", rule="results")
        if result.get("model"):
            model = index.get((TYPE_GROUPS["model"], fold_name(result["model"])))
            if model is None:
                model = entity_node_id("model", result["model"])
                _add_entity(G, model, "model", result["model"], base_iri)
            G.add_edge(node, model, key="of_model", kind="of_model", rule="results")
        elif len(introduced) == 1:
            G.add_edge(
                node, introduced[0], key="of_model", kind="of_model", rule="links:introduced-model"
            )


def _pair_extractions(
    papers: list[Paper], extractions: list[Extraction]
) -> list[Extraction | None]:
    """The extraction of each paper: the one at its place when the two lists align
    (as a build makes them: two inputs may give papers the same id, ``rank-1``),
    else the last one with its id."""
    if len(papers) == len(extractions) and all(
        p.id == x.paper for p, x in zip(papers, extractions, strict=True)
    ):
        return list(extractions)
    by_paper = {x.paper: x for x in extractions}
    return [by_paper.get(p.id) for p in papers]


def build_graph(
    papers: Iterable[Paper],
    extractions: Iterable[Extraction],
    *,
    catalog: Mapping[str, CatalogEntry] | None = None,
    base_iri: str = DEFAULT_BASE_IRI,
) -> nx.MultiDiGraph:
    """The knowledge graph of ``papers`` and their ``extractions`` (matched by place when
    the two lists align, else by paper id).

    ``catalog`` (catalog key -> entry) adds the catalog's aliases, ids and
    developers to entity nodes. Organisations come from the text, from the
    catalog's developers (``developed_by``) and from the papers' institutions
    (``affiliated_with``). Reported results become ``result`` nodes.
    Paper-to-paper links are added last: ``cites`` from the input's
    references, ``builds_on`` from entities one paper introduces and another
    mentions (:mod:`citekg.graph.links`). Papers are visited in node-id order,
    so the graph does not depend on the order of the input.
    """
    from citekg.graph.links import add_builds_on, add_citations

    ids = paper_node_ids(papers := list(papers))
    extractions = list(extractions)
    pairs = sorted(
        zip(papers, _pair_extractions(papers, extractions), strict=True),
        key=lambda pair: paper_node(ids, pair[0]),
    )
    papers = [paper for paper, _ in pairs]
    same = resolve_across_papers(sorted(extractions, key=lambda x: x.paper))
    G = nx.MultiDiGraph(name="citekg", citekg_version=__version__, base_iri=base_iri)

    for paper in papers:
        node = paper_node(ids, paper)
        G.add_node(node, **_paper_attrs(paper, node, base_iri))

    observed: dict[str, set[str]] = defaultdict(set)
    # an entity merged into another takes that one's name, whichever paper comes first
    names: dict[str, str] = {}
    for _, extraction in pairs:
        for entity in extraction.entities if extraction is not None else ():
            names.setdefault(entity.key, entity.name)
    orgs = _org_index(catalog)
    for paper, extraction in pairs:
        node = paper_node(ids, paper)
        if extraction is not None:
            _add_extraction(G, node, extraction, same, names, observed, base_iri)
            _add_results(G, node, extraction, same, base_iri)
        _add_institutions(G, node, paper, orgs, catalog, base_iri)

    _finish_entities(G, observed, catalog)
    add_citations(G, papers, ids)
    add_builds_on(G)
    return G


def _add_institutions(
    G: nx.MultiDiGraph,
    node: str,
    paper: Paper,
    orgs: Mapping[str, str],
    catalog: Mapping[str, CatalogEntry] | None,
    base_iri: str,
) -> None:
    """The organisations the input says the paper's authors belong to (``affiliated_with``)."""
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


def _add_extraction(
    G: nx.MultiDiGraph,
    node: str,
    extraction: Extraction,
    same: Mapping[str, str],
    names: Mapping[str, str],
    observed: dict[str, set[str]],
    base_iri: str,
) -> None:
    """The entities of one paper: a ``mentions`` edge each, plus its typed relations."""
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for mention in extraction.mentions:
        by_entity[mention.entity].append(mention)
    for entity in extraction.entities:
        target = same.get(entity.key, entity.key)
        if target != entity.key:
            observed[target].add(entity.name)
        _add_entity(G, target, entity.type, names.get(target, entity.name), base_iri)
        observed[target].update(entity.aliases)
        if entity.parameters:
            G.nodes[target].setdefault("parameters", entity.parameters)
        mentions = sorted(
            by_entity.get(entity.key, ()), key=lambda m: (m.field != "title", m.start)
        )
        evidence = _evidence(mentions[0]) if mentions else {}
        confidence = max((m.confidence for m in mentions), default=entity.confidence)
        # every entity is mentioned; how the paper relates to it is a second edge
        G.add_edge(
            node,
            target,
            key="mentions",
            kind="mentions",
            count=len(mentions),
            rule=mentions[0].rule if mentions else "extract",
            confidence=confidence,
            **evidence,
        )
        for kind in entity.relations:
            if kind != "mentions":
                G.add_edge(
                    node,
                    target,
                    key=kind,
                    kind=kind,
                    rule="extract:relations",
                    confidence=entity.confidence,
                    **evidence,
                )
        for org in entity.developer:
            org_node = entity_node_id("organization", org)
            _add_entity(G, org_node, "organization", org, base_iri)
            G.add_edge(target, org_node, key="developed_by", kind="developed_by", rule="catalog")
        if entity.family:
            fam = entity_node_id(entity.type, entity.family)
            _add_entity(G, fam, entity.type, entity.family, base_iri)
            G.add_edge(target, fam, key="variant_of", kind="variant_of", rule="catalog")


def _finish_entities(
    G: nx.MultiDiGraph,
    observed: Mapping[str, set[str]],
    catalog: Mapping[str, CatalogEntry] | None,
) -> None:
    """Aliases, catalog facts and ``introduced_by`` on every entity node."""
    for node, data in G.nodes(data=True):
        if data["kind"] in ("paper", "result"):
            continue
        introducers = sorted(u for u, _, k in G.in_edges(node, keys=True) if k == "introduces")
        if introducers:
            data["introduced_by"] = introducers
        finish_entity(node, data, observed.get(node, ()), catalog)


def finish_entity(
    node: str,
    data: dict[str, Any],
    observed: Iterable[str],
    catalog: Mapping[str, CatalogEntry] | None,
) -> None:
    """Complete an entity node's attributes once every paper is seen: its aliases (the
    names papers used, plus the catalog's, less its label) and the catalog's facts."""
    aliases = set(observed)
    entry = catalog.get(node) if catalog else None
    if entry is not None:
        aliases.update(entry.aliases)
        data["catalog"] = entry.source
        if entry.family:
            data["family"] = entry.family
        if entry.ids:
            data["external_ids"] = [f"{k}:{v}" for k, v in sorted(entry.ids)]
    aliases.discard(data["label"])
    data["aliases"] = sorted(aliases)
