"""Paper-to-paper links: ``cites`` from the input's references, ``builds_on`` inferred.

``A builds_on B`` when paper A mentions an entity that paper B introduces:
"Improved Baselines with Visual Instruction Tuning" mentions LLaVA, which
"Visual Instruction Tuning" introduces. The entities are the evidence, kept in
the edge's ``via`` list. Introducing an entity is also mentioning it, so a
paper that introduces what another paper introduces (two claims on one name)
builds on nothing through it; a variant counts through its family: a paper
that mentions Llama 2-Chat builds on the paper that introduces Llama 2.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("paper/a", kind="paper"); G.add_node("paper/b", kind="paper")
>>> G.add_node("model/llava", kind="model")
>>> G.add_edge("paper/a", "model/llava", key="introduces", kind="introduces")
'introduces'
>>> G.add_edge("paper/b", "model/llava", key="mentions", kind="mentions")
'mentions'
>>> add_builds_on(G)
1
>>> G.edges["paper/b", "paper/a", "builds_on"]["via"]
['model/llava']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

import networkx as nx

from citekg.extract.records import Paper
from citekg.graph.build import paper_node

__all__ = [
    "MAX_INTRODUCERS",
    "add_builds_on",
    "add_citations",
    "builds_on_via",
    "citation_index",
    "cited_nodes",
]

#: An entity more papers than this claim to introduce is not evidence of a
#: link: the claims are extraction noise or a generic name, and linking every
#: mention to every claimant would grow the graph quadratically.
MAX_INTRODUCERS = 3


def citation_index(papers: Iterable[Paper], ids: Mapping[str, str]) -> dict[str, str]:
    """Every identity key (and ``id:`` input id) of ``papers`` -> the paper's node id;
    a key two papers share names the first in node-id order."""
    key_to_node: dict[str, str] = {}
    for node, paper in sorted(((paper_node(ids, p), p) for p in papers), key=lambda np: np[0]):
        for key in (*paper.keys, f"id:{paper.id}"):
            key_to_node.setdefault(key, node)
    return key_to_node


def cited_nodes(paper: Paper, node: str, key_to_node: Mapping[str, str]) -> list[str]:
    """The papers of the graph ``paper`` (node ``node``) cites, each once, in reference order."""
    cited = (key_to_node.get(ref) for ref in paper.references)
    return list(dict.fromkeys(c for c in cited if c is not None and c != node))


def add_citations(G: nx.MultiDiGraph, papers: Iterable[Paper], ids: Mapping[str, str]) -> int:
    """Add ``cites`` edges for references that name another paper of the graph.

    A reference may be any identity key of the cited paper (``doi:...``,
    ``arxiv:...``, ``openalex:W...``, ``s2:...``, ``title:...``) or its input
    ``id``. Returns the number of edges added.
    """
    papers = list(papers)
    key_to_node = citation_index(papers, ids)
    added = 0
    for paper in papers:
        node = paper_node(ids, paper)
        for cited in cited_nodes(paper, node, key_to_node):
            if not G.has_edge(node, cited, key="cites"):
                G.add_edge(node, cited, key="cites", kind="cites", rule=f"input:{paper.origin}")
                added += 1
    return added


def builds_on_via(
    paper: str,
    mentioned: Iterable[str],
    introducers: Mapping[str, set[str]],
    family: Mapping[str, set[str]],
) -> dict[str, set[str]]:
    """The papers ``paper`` builds on through the entities it mentions: source -> entities.

    ``introducers`` maps an entity to the papers that introduce it (entities
    more than :data:`MAX_INTRODUCERS` papers introduce left out), ``family`` a
    variant to its families.
    """
    via: dict[str, set[str]] = defaultdict(set)
    for entity in mentioned:
        for target in (entity, *family.get(entity, ())):
            sources = introducers.get(target, ())
            if paper in sources:
                continue
            for source in sources:
                via[source].add(target)
    return via


def add_builds_on(G: nx.MultiDiGraph) -> int:
    """Add ``A builds_on B`` for every entity B introduces and A mentions; returns the count.

    Mentioning a variant counts for its family (``variant_of``), one step.
    Papers that both introduce the entity are not linked through it, nor is
    any paper through an entity more than :data:`MAX_INTRODUCERS` papers introduce.
    """
    introducers: dict[str, set[str]] = defaultdict(set)
    for u, v, kind in G.edges(keys=True):
        if kind == "introduces":
            introducers[v].add(u)
    introducers = {e: p for e, p in introducers.items() if len(p) <= MAX_INTRODUCERS}
    if not introducers:
        return 0
    family: dict[str, set[str]] = defaultdict(set)
    mentioned: dict[str, list[str]] = defaultdict(list)
    for u, v, kind in G.edges(keys=True):
        if kind == "variant_of":
            family[u].add(v)
        elif kind == "mentions":
            mentioned[u].append(v)
    links: dict[tuple[str, str], set[str]] = {}
    for paper, entities in mentioned.items():
        for source, via in builds_on_via(paper, entities, introducers, family).items():
            links[(paper, source)] = via
    for (paper, source), entities in sorted(links.items()):
        G.add_edge(
            paper,
            source,
            key="builds_on",
            kind="builds_on",
            via=sorted(entities),
            rule="links:introduced-entity",
        )
    return len(links)
