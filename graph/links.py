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

__all__ = ["MAX_INTRODUCERS", "add_builds_on", "add_citations"]

#: An entity more papers than this claim to introduce is not evidence of a
#: link: the claims are extraction noise or a generic name, and linking every
#: mention to every claimant would grow the graph quadratically.
MAX_INTRODUCERS = 3


def add_citations(G: nx.MultiDiGraph, papers: Iterable[Paper], ids: Mapping[str, str]) -> int:
    """Add ``cites`` edges for references that name another paper of the graph.

    A reference may be any identity key of the cited paper (``doi:...``,
    ``arxiv:...``, ``openalex:W...``, ``s2:...``, ``title:...``) or its input
    ``id``. Returns the number of edges added.
    """
    papers = list(papers)
    key_to_node: dict[str, str] = {}
    for paper in papers:
        for key in (*paper.keys, f"id:{paper.id}"):
            key_to_node.setdefault(key, ids[paper.key])
    added = 0
    for paper in papers:
        node = ids[paper.key]
        for ref in paper.references:
            cited = key_to_node.get(ref)
            if cited is not None and cited != node and not G.has_edge(node, cited, key="cites"):
                G.add_edge(node, cited, key="cites", kind="cites", rule=f"input:{paper.origin}")
                added += 1
    return added


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
    for u, v, kind in G.edges(keys=True):
        if kind == "variant_of":
            family[u].add(v)
    via: dict[tuple[str, str], set[str]] = defaultdict(set)
    for paper, entity, kind in G.edges(keys=True):
        if kind != "mentions":
            continue
        for target in (entity, *family.get(entity, ())):
            for source in introducers.get(target, ()):
                if source != paper and paper not in introducers[target]:
                    via[(paper, source)].add(target)
    for (paper, source), entities in sorted(via.items()):
        G.add_edge(
            paper,
            source,
            key="builds_on",
            kind="builds_on",
            via=sorted(entities),
            rule="links:introduced-entity",
        )
    return len(via)
