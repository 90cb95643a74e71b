"""The knowledge graph as a Python object: names in, plain answers out.

:class:`KnowledgeGraph` wraps the one ``networkx.MultiDiGraph`` (``.nx``),
offers it as RDF (``.rdf``) and answers the questions people ask of a citation
graph: which papers mention a model, who introduced it, what it descends from,
what it is mentioned with, which model leads a benchmark. :func:`read_graph`
makes one from a file ``citekg build`` wrote (Turtle or GraphML); it is
``citekg.load``.

Every traversal accepts a node id (``"model/gpt-4"``), an IRI, or a name: a
label, an alias or a paper title, compared case- and punctuation-insensitively
(``"gpt4"``, ``"GPT 4"`` and ``"GPT-4"`` are one name). Answers are plain data
(node ids, lists and tuples of them, numbers) in a fixed order, so they can be
compared, stored or printed as they are; :meth:`KnowledgeGraph.label` turns an
id back into a name.
"""

from __future__ import annotations

import difflib
import io
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import networkx as nx

from citekg.errors import InputError
from citekg.extract.naming import fold_name
from citekg.graph.files import error_line, parse_rdf, rdf_format, read_bytes

if TYPE_CHECKING:
    import os

    import rdflib

    from citekg.api import BuildReport
    from citekg.extract.records import Extraction, Paper

__all__ = [
    "ENTITY_KINDS",
    "LOWER_IS_BETTER",
    "KnowledgeGraph",
    "LeaderboardRow",
    "Link",
    "UnknownNameError",
    "lower_is_better",
    "read_graph",
]

#: Entity kinds, in the order a name shared by several kinds resolves to them.
ENTITY_KINDS = ("model", "dataset", "benchmark", "method", "organization")
_KIND_ORDER = {kind: i for i, kind in enumerate((*ENTITY_KINDS, "paper", "result"))}

#: Words of a metric's name that mean a lower value is better (``FID``, ``top-1 error``...).
LOWER_IS_BETTER = frozenset(
    {
        "bpd",
        "cer",
        "ece",
        "eer",
        "err",
        "error",
        "fid",
        "fvd",
        "kid",
        "latency",
        "loss",
        "mae",
        "mse",
        "nll",
        "per",
        "perplexity",
        "ppl",
        "rmse",
        "ter",
        "wer",
    }
)
_WORDS = re.compile(r"[a-z]+")

#: File suffixes read as GraphML; anything else goes to rdflib.
_GRAPHML_SUFFIXES = (".graphml",)


def lower_is_better(metric: str | None) -> bool:
    """True when a lower value of ``metric`` is better: one of its words (or that word
    without a final ``s``) is in :data:`LOWER_IS_BETTER`. Higher is better otherwise,
    and for results that name no metric.

    >>> lower_is_better("FID"), lower_is_better("top-1 error rate"), lower_is_better("WER")
    (True, True, True)
    >>> lower_is_better("accuracy"), lower_is_better("mIoU"), lower_is_better(None)
    (False, False, False)
    """
    if not metric:
        return False
    words = _WORDS.findall(metric.casefold())
    return any(w in LOWER_IS_BETTER or w.rstrip("s") in LOWER_IS_BETTER for w in words)


class Link(NamedTuple):
    """One edge of a :meth:`~KnowledgeGraph.lineage`: ``source -kind-> target`` (node ids)."""

    source: str
    kind: str
    target: str


class LeaderboardRow(NamedTuple):
    """One reported result on a benchmark (see :meth:`KnowledgeGraph.leaderboard`).

    ``model`` is the node id of the model or method the result is credited to
    (None when the paper names none), ``paper`` the paper that reports it and
    ``result`` the result node.
    """

    model: str | None
    value: float
    metric: str | None
    paper: str
    result: str


class UnknownNameError(KeyError):
    """A name that no node of the graph carries; ``suggestions`` holds up to 3 close names."""

    def __init__(self, message: str, suggestions: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.suggestions = list(suggestions)

    def __str__(self) -> str:
        return str(self.args[0])


class KnowledgeGraph:
    """A citation knowledge graph: ``.nx``, the ``networkx.MultiDiGraph`` of papers,
    entities and results, ``.rdf``, the same graph as an rdflib ``Graph`` (made on
    first use), and the traversals below.

    ``papers``, ``extractions`` and ``report`` are what a build read, found and
    counted; a graph from :func:`read_graph` (``citekg.load``) has none of them
    (empty lists and None).

    >>> import citekg
    >>> kg = citekg.build()  # the bundled corpus; or citekg.load("out/papers.ttl")
    >>> kg
    <KnowledgeGraph: 100 papers, ... nodes, ... edges>

    The examples of the methods use this ``kg``. Names resolve through labels,
    aliases and titles, so ``"gpt4"`` is GPT-4; answers are node ids:

    >>> kg.papers_mentioning("gpt4")[:2]
    ['paper/gpt-4-technical-report', 'paper/the-llama-3-herd-of-models']
    >>> [kg.label(p) for p in kg.introduced_by("LLaVA")]
    ['Visual Instruction Tuning']

    Names are indexed on first use; after adding nodes to ``.nx``, make a new
    ``KnowledgeGraph(kg.nx)`` to find them by name.
    """

    def __init__(
        self,
        G: nx.MultiDiGraph,
        papers: list[Paper] | None = None,
        extractions: list[Extraction] | None = None,
        report: BuildReport | None = None,
    ) -> None:
        self.nx = G
        self.papers = papers if papers is not None else []
        self.extractions = extractions if extractions is not None else []
        self.report = report

    @cached_property
    def rdf(self) -> rdflib.Graph:
        """The graph as an rdflib ``Graph`` (:func:`citekg.graph.rdf.to_rdf`), made once.

        >>> len(kg.rdf) > 10 * kg.nx.number_of_nodes()
        True
        """
        from citekg.graph.rdf import to_rdf

        return to_rdf(self.nx)

    def __repr__(self) -> str:
        papers = sum(1 for _, kind in self.nx.nodes(data="kind") if kind == "paper")
        return (
            f"<KnowledgeGraph: {papers} papers, "
            f"{self.nx.number_of_nodes()} nodes, {self.nx.number_of_edges()} edges>"
        )

    # -- names ---------------------------------------------------------------------------

    @cached_property
    def _names(self) -> dict[str, list[str]]:
        """Folded name -> the nodes carrying it, the preferred one first.

        Entities come before papers; among them a label before an alias, then the
        kinds in :data:`ENTITY_KINDS` order, then the node id. Results have no name.
        """
        ranked: dict[str, dict[str, tuple[int, int, int, str]]] = {}
        for node, data in self.nx.nodes(data=True):
            kind = data.get("kind", "")
            if kind == "result":
                continue  # "GPT-4 on GPQA: 39 accuracy" is a description, not a name
            group = 0 if kind in ENTITY_KINDS else 1
            order = _KIND_ORDER.get(kind, len(_KIND_ORDER))
            names = [(0, data.get("label")), (0, data.get("title"))]
            names += [(1, alias) for alias in data.get("aliases") or ()]
            names += [(1, data.get(k)) for k in ("arxiv_id", "doi", "openalex_id", "s2_id")]
            for tier, name in names:
                folded = fold_name(str(name)) if name else ""
                if folded:
                    rank = (group, tier, order, str(node))
                    best = ranked.setdefault(folded, {})
                    if node not in best or rank < best[node]:
                        best[node] = rank
        return {folded: sorted(nodes, key=nodes.__getitem__) for folded, nodes in ranked.items()}

    @cached_property
    def _iris(self) -> dict[str, str]:
        return {str(iri): node for node, iri in self.nx.nodes(data="iri") if iri}

    def resolve(self, name: str, kind: str | None = None) -> str:
        """The node id of ``name``: a node id, an IRI, a label, an alias or a paper title.

        Names are compared folded (:func:`~citekg.extract.naming.fold_name`:
        case, spaces and punctuation ignored); a paper is also found by its
        arXiv id, DOI, OpenAlex or Semantic Scholar id, a result only by its id
        or IRI. An entity's label wins over another entity's alias; a name
        several kinds share goes to the first of model, dataset, benchmark,
        method, organization, and to a paper only when no entity has it, unless
        ``kind`` says which. An unknown name raises :class:`UnknownNameError`
        (a ``KeyError``) with up to three close names as suggestions.

        >>> kg.resolve("gpt4"), kg.resolve("GPT 4"), kg.resolve("model/gpt-4")
        ('model/gpt-4', 'model/gpt-4', 'model/gpt-4')
        >>> kg.resolve("SAM"), kg.resolve("segment anything")
        ('model/segment-anything-model', 'model/segment-anything-model')
        >>> kg.resolve("Segment Anything", kind="paper"), kg.resolve("visual instruction tuning")
        ('paper/segment-anything', 'paper/visual-instruction-tuning')
        >>> kg.resolve("LLaVa-OneVision")
        'model/llava-onevision'
        >>> kg.resolve("Mistrall")
        Traceback (most recent call last):
        ...
        citekg.graph.kg.UnknownNameError: no node named 'Mistrall'; did you mean 'Mistral', ...?
        """
        if kind is not None and kind not in _KIND_ORDER:
            raise ValueError(f"unknown kind {kind!r}; choose from {', '.join(_KIND_ORDER)}")
        return self._resolve(name, (kind,) if kind else None)

    def _resolve(self, name: str, kinds: tuple[str, ...] | None) -> str:
        if not isinstance(name, str):
            raise TypeError(f"a name or node id is a str, not {type(name).__name__}")
        what = _describe(kinds)
        node = name if name in self.nx else self._iris.get(name)
        if node is not None:
            kind = self.nx.nodes[node].get("kind")
            if kinds is None or kind in kinds:
                return node
            raise UnknownNameError(f"{name!r} is a {kind}, not a {what}")
        folded = fold_name(name)
        found = self._names.get(folded, []) if folded else []
        fitting = [n for n in found if kinds is None or self.nx.nodes[n].get("kind") in kinds]
        if fitting:
            return fitting[0]
        if found:
            other = found[0]
            raise UnknownNameError(
                f"no {what} named {name!r} ({other} is a {self.nx.nodes[other].get('kind')})"
            )
        suggestions = self._suggest(folded, kinds)
        hint = f"; did you mean {', '.join(map(repr, suggestions))}?" if suggestions else ""
        raise UnknownNameError(f"no {what} named {name!r}{hint}", suggestions)

    def _suggest(self, folded: str, kinds: tuple[str, ...] | None) -> list[str]:
        if not folded:
            return []
        keys = [
            key
            for key, nodes in self._names.items()
            if kinds is None or any(self.nx.nodes[n].get("kind") in kinds for n in nodes)
        ]
        out: list[str] = []
        for key in difflib.get_close_matches(folded, keys, n=6, cutoff=0.6):
            nodes = self._names[key]
            best = next(n for n in nodes if kinds is None or self.nx.nodes[n].get("kind") in kinds)
            label = self.label(best)
            if label not in out:
                out.append(label)
        return out[:3]

    def label(self, node: str) -> str:
        """The label of a node (a node id or any name :meth:`resolve` knows).

        >>> kg.label("paper/visual-instruction-tuning"), kg.label("gpt4")
        ('Visual Instruction Tuning', 'GPT-4')
        """
        node = self._resolve(node, None)
        return str(self.nx.nodes[node].get("label") or node)

    # -- helpers -------------------------------------------------------------------------

    def _kind(self, node: str) -> str:
        return str(self.nx.nodes[node].get("kind", ""))

    def _in(self, node: str, kind: str) -> Iterator[str]:
        """Sources of the ``kind`` edges into ``node``."""
        for source, keys in self.nx.pred[node].items():
            if any(key == kind or data.get("kind") == kind for key, data in keys.items()):
                yield source

    def _out(self, node: str, kind: str) -> Iterator[str]:
        """Targets of the ``kind`` edges out of ``node``."""
        for target, keys in self.nx.succ[node].items():
            if any(key == kind or data.get("kind") == kind for key, data in keys.items()):
                yield target

    def _by_citations(self, papers: Iterable[str]) -> list[str]:
        """Papers, most cited first, ties by node id."""
        return sorted(set(papers), key=lambda p: (-(self.nx.nodes[p].get("citations") or 0), p))

    def _mentioning(self, entity: str) -> set[str]:
        return {p for p in self._in(entity, "mentions") if self._kind(p) == "paper"}

    # -- traversals ----------------------------------------------------------------------

    def papers_mentioning(self, entity: str) -> list[str]:
        """The papers that mention ``entity`` (any entity kind), most cited first.

        Every entity a paper introduces, evaluates on or compares with is also
        mentioned. Variants are separate entities: the papers mentioning
        LLaVA-OneVision are not listed under LLaVA.

        >>> [kg.label(p) for p in kg.papers_mentioning("llava")]
        ['Visual Instruction Tuning', 'Improved Baselines with Visual Instruction Tuning']
        """
        node = self._resolve(entity, ENTITY_KINDS)
        return self._by_citations(self._mentioning(node))

    def entities_of(self, paper: str, kind: str | None = None) -> list[str]:
        """The entities ``paper`` mentions, introduces or is affiliated with, of ``kind`` if
        given; ordered by kind (model, dataset, benchmark, method, organization) then id.

        >>> kg.entities_of("Visual Instruction Tuning")
        ['model/gpt-4', 'model/llava', 'benchmark/scienceqa', 'method/instruction-tuning']
        >>> kg.entities_of("Visual Instruction Tuning", kind="model")
        ['model/gpt-4', 'model/llava']
        """
        if kind is not None and kind not in ENTITY_KINDS:
            raise ValueError(f"unknown entity kind {kind!r}; choose from {', '.join(ENTITY_KINDS)}")
        node = self._resolve(paper, ("paper",))
        found = {
            target
            for target in self.nx.succ[node]
            if self._kind(target) in ENTITY_KINDS and (kind is None or self._kind(target) == kind)
        }
        return sorted(found, key=lambda n: (_KIND_ORDER[self._kind(n)], n))

    def introduced_by(self, entity: str) -> list[str]:
        """The papers that introduce ``entity``, most cited first (usually one, or none).

        >>> kg.introduced_by("Segment Anything Model")
        ['paper/segment-anything']
        >>> kg.introduced_by("BERT")
        []
        """
        node = self._resolve(entity, ENTITY_KINDS)
        return self._by_citations(
            p for p in self._in(node, "introduces") if self._kind(p) == "paper"
        )

    def developer_of(self, model: str) -> list[str]:
        """The organizations that develop ``model`` (any entity), sorted by id.

        When the entity itself names none, the nearest ``variant_of`` ancestor
        that does answers for it: LLaVA-OneVision is developed by whoever
        develops LLaVA. An entity without developers up its family gives ``[]``.

        >>> kg.developer_of("GPT-4")
        ['organization/openai']
        >>> kg.developer_of("LLaVA-OneVision") == kg.developer_of("LLaVA")
        True
        """
        frontier = [self._resolve(model, ENTITY_KINDS)]
        seen = set(frontier)
        while frontier:
            found = {org for node in frontier for org in self._out(node, "developed_by")}
            if found:
                return sorted(found)
            frontier = sorted({up for n in frontier for up in self._out(n, "variant_of")} - seen)
            seen.update(frontier)
        return []

    def lineage(self, entity: str) -> list[Link]:
        """Where ``entity`` comes from, as :class:`Link` edges in breadth-first order.

        From an entity the walk goes up ``variant_of`` to its family and to the
        papers that introduce it (``paper -introduces-> entity``); from a paper,
        along ``builds_on`` to the papers it builds on. So the answer holds the
        entity's family chain, the papers introducing each member of it and the
        ``builds_on`` chains behind those papers. ``entity`` may also be a paper.
        Each edge appears once; neighbours are visited in id order.

        >>> for source, kind, target in kg.lineage("LLaVA-OneVision")[:4]:
        ...     print(kg.label(source), f"-{kind}->", kg.label(target))
        LLaVA-OneVision -variant_of-> LLaVA
        LLaVA-OneVision: Easy Visual Task Transfer -introduces-> LLaVA-OneVision
        Visual Instruction Tuning -introduces-> LLaVA
        LLaVA-OneVision: Easy Visual Task Transfer -builds_on-> Visual Instruction Tuning
        """
        start = self._resolve(entity, (*ENTITY_KINDS, "paper"))
        queue = deque([start])
        seen = {start}
        links: list[Link] = []
        while queue:
            node = queue.popleft()
            if self._kind(node) == "paper":
                steps = [Link(node, "builds_on", t) for t in sorted(self._out(node, "builds_on"))]
            else:
                steps = [Link(node, "variant_of", t) for t in sorted(self._out(node, "variant_of"))]
                steps += [Link(p, "introduces", node) for p in sorted(self._in(node, "introduces"))]
            for link in steps:
                links.append(link)
                step = link.target if link.source == node else link.source
                if step not in seen:
                    seen.add(step)
                    queue.append(step)
        return links

    def co_mentioned(self, entity: str, kind: str | None = None) -> list[tuple[str, int]]:
        """Entities mentioned together with ``entity`` (of ``kind`` if given), as
        ``(node id, number of papers mentioning both)``, most first, ties by id.

        >>> kg.co_mentioned("GPT-4")[:2]
        [('method/chain-of-thought-prompting', 2), ('model/chatgpt', 2)]
        >>> kg.co_mentioned("LLaVA", kind="model")
        [('model/clip-vit-l-336px', 1), ('model/gpt-4', 1)]
        """
        if kind is not None and kind not in ENTITY_KINDS:
            raise ValueError(f"unknown entity kind {kind!r}; choose from {', '.join(ENTITY_KINDS)}")
        node = self._resolve(entity, ENTITY_KINDS)
        counts: Counter[str] = Counter()
        for paper in self._mentioning(node):
            counts.update(
                other
                for other in set(self._out(paper, "mentions"))
                if other != node
                and self._kind(other) in ENTITY_KINDS
                and (kind is None or self._kind(other) == kind)
            )
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    def leaderboard(self, benchmark: str, metric: str | None = None) -> list[LeaderboardRow]:
        """The results reported on ``benchmark`` (a benchmark or dataset), best first.

        A result is a ``result`` node with an ``on_benchmark`` edge to it. With
        ``metric``, only the results of that metric (compared folded); without,
        results are grouped by metric (in name order, those naming no metric
        last) and ranked within each group. Lower is better for a metric
        :func:`lower_is_better` recognises (FID, perplexity, error, WER, loss,
        latency...), higher otherwise; ties go by paper and result id.

        >>> for row in kg.leaderboard("MMLU"):
        ...     print(kg.label(row.model), row.value)
        Qwen2-72B 84.2
        Phi-3-medium 78.0
        Phi-3-small 75.0
        Phi-3-mini 69.0
        """
        node = self._resolve(benchmark, ("benchmark", "dataset"))
        wanted = fold_name(metric) if metric else None
        rows = []
        for result in self._in(node, "on_benchmark"):
            data = self.nx.nodes[result]
            if data.get("kind") != "result" or data.get("value") is None:
                continue
            if wanted is not None and fold_name(str(data.get("metric") or "")) != wanted:
                continue
            papers = sorted(self._in(result, "reports"))
            models = sorted(self._out(result, "of_model"))
            rows.append(
                LeaderboardRow(
                    model=models[0] if models else None,
                    value=float(data["value"]),
                    metric=data.get("metric") or None,
                    paper=papers[0] if papers else "",
                    result=result,
                )
            )

        def order(row: LeaderboardRow) -> tuple[Any, ...]:
            sign = 1 if lower_is_better(row.metric) else -1
            group = (row.metric is None, fold_name(row.metric or ""), row.metric or "")
            return (*group, sign * row.value, row.paper, row.result)

        return sorted(rows, key=order)

    def shortest_path(self, a: str, b: str) -> list[str]:
        """The node ids of a shortest path from ``a`` to ``b``, edges taken in either
        direction; ``[]`` when no path joins them. Among paths of the same length
        the one found visiting neighbours in id order is given, so the answer does
        not depend on the order the graph was built in.

        >>> [kg.label(n) for n in kg.shortest_path("LLaVA", "Segment Anything Model")]
        ['LLaVA', ..., 'Segment Anything Model']
        """
        source, target = self._resolve(a, None), self._resolve(b, None)
        parents: dict[str, str | None] = {source: None}
        queue = deque([source])
        while queue and target not in parents:
            node = queue.popleft()
            for step in sorted(set(self.nx.succ[node]) | set(self.nx.pred[node])):
                if step not in parents:
                    parents[step] = node
                    queue.append(step)
        if target not in parents:
            return []
        path = [target]
        while (parent := parents[path[-1]]) is not None:
            path.append(parent)
        return path[::-1]

    def ego(self, entity: str, radius: int = 1) -> nx.MultiDiGraph:
        """The subgraph of the nodes at most ``radius`` edges from ``entity`` (edges taken
        in either direction), with every edge among them; a copy, safe to modify.

        >>> sub = kg.ego("Visual Instruction Tuning")
        >>> "model/llava" in sub, "paper/improved-baselines-with-visual-instruction-tuning" in sub
        (True, True)
        """
        node = self._resolve(entity, None)
        return nx.ego_graph(self.nx, node, radius=radius, undirected=True)

    def top(self, kind: str, by: str = "papers", n: int | None = 10) -> list[tuple[str, int]]:
        """The ``n`` entities of ``kind`` most mentioned (all with ``n=None``), as
        ``(node id, score)``, highest first, ties by id. ``by="papers"`` scores an
        entity by the number of papers mentioning it, ``by="citations"`` by the
        sum of those papers' citations. Entities no paper mentions are left out.

        >>> [model for model, _ in kg.top("model", n=2)]
        ['model/gpt-4', 'model/gpt-3']
        >>> [model for model, _ in kg.top("model", by="citations", n=2)]
        ['model/gpt-3', 'model/gpt-4']
        """
        if kind not in ENTITY_KINDS:
            raise ValueError(f"unknown entity kind {kind!r}; choose from {', '.join(ENTITY_KINDS)}")
        if by not in ("papers", "citations"):
            raise ValueError(f"by must be 'papers' or 'citations', not {by!r}")
        scores = []
        for node in self.nx.nodes:
            if self._kind(node) != kind:
                continue
            papers = self._mentioning(node)
            if not papers:
                continue
            if by == "papers":
                score = len(papers)
            else:
                score = sum(int(self.nx.nodes[p].get("citations") or 0) for p in papers)
            scores.append((node, score))
        scores.sort(key=lambda item: (-item[1], item[0]))
        return scores if n is None else scores[:n]


def _describe(kinds: tuple[str, ...] | None) -> str:
    if kinds is None:
        return "node"
    if set(kinds) == set(ENTITY_KINDS):
        return "entity"
    if set(kinds) == {*ENTITY_KINDS, "paper"}:
        return "entity or paper"
    return " or ".join(kinds)


# -- reading ----------------------------------------------------------------------------


def _read_folder(path: Path) -> nx.MultiDiGraph:
    """The graph of a folder citekg wrote: Neo4j CSV files or N-Triples shards."""
    if any(path.glob("nodes-*.csv")):
        from citekg.exports.neo4j import from_neo4j

        try:
            return from_neo4j(path)
        except (ValueError, OSError, IndexError) as err:
            raise InputError(f"{path}: not a citekg Neo4j folder ({err})") from err
    shards = sorted(path.glob("part-*.nt*"))
    if not shards:
        raise InputError(f"{path}: is a folder with no Neo4j CSV files or N-Triples shards")
    from citekg.graph.rdf import from_rdf

    data = b"".join(read_bytes(shard) for shard in shards)
    return from_rdf(parse_rdf(data, "nt", path))


def _graph_format(path: Path, data: bytes, format: str | None) -> str:
    """``"graphml"`` or an rdflib parser name for ``path`` (suffix first, then a look inside)."""
    if format is not None:
        from rdflib.parser import Parser
        from rdflib.plugin import PluginException, get

        lowered = {"ttl": "turtle", "ntriples": "nt", "jsonld": "json-ld"}.get(
            format.lower(), format.lower()
        )
        if lowered in ("graphml", "gexf"):
            return lowered
        try:
            get(lowered, Parser)
        except PluginException as err:
            raise InputError(
                f"unknown graph format {format!r}; use graphml, turtle, nt or another rdflib format"
            ) from err
        return lowered
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    suffix = Path(name).suffix.lower()
    head = data[:4096].lstrip()
    if suffix in _GRAPHML_SUFFIXES or (suffix == ".xml" and b"<graphml" in head):
        return "graphml"
    if suffix == ".gexf":
        return "gexf"
    guessed = rdf_format(path)
    if guessed is not None:
        return guessed
    if b"<graphml" in head:
        return "graphml"
    if b"<gexf" in head:
        return "gexf"
    raise InputError(
        f"{path}: unknown graph format {suffix or '(no suffix)'}; "
        "use a Turtle (.ttl), N-Triples (.nt) or other RDF file, or GraphML (.graphml)"
    )


def read_graph(path: str | os.PathLike[str], *, format: str | None = None) -> KnowledgeGraph:
    """A :class:`KnowledgeGraph` from a graph file ``citekg build`` wrote: ``citekg.load``.

    Turtle (``.ttl``), N-Triples (``.nt``), JSON-LD (``.jsonld``) or any RDF
    format rdflib knows by its suffix, or a folder of N-Triples shards, is read
    back with :func:`citekg.graph.rdf.from_rdf`, and gives the
    very graph that was written; GraphML (``.graphml``) with
    :func:`citekg.exports.graphml.from_graphml`, GEXF (``.gexf``) with
    :func:`citekg.exports.gexf.from_gexf` and a Neo4j CSV folder with
    :func:`citekg.exports.neo4j.from_neo4j`: these give the same nodes, edges
    and attributes but not the graph's name and version. ``format``
    (``"turtle"``, ``"nt"``, ``"graphml"``...) overrides the suffix; gzipped
    files are read as they are. A file that cannot be read as a citekg graph
    raises :class:`~citekg.errors.InputError` (``path: reason``).

    >>> read_graph("missing.ttl")
    Traceback (most recent call last):
    ...
    citekg.errors.InputError: missing.ttl: no such file
    """
    path = Path(path)
    if path.is_dir():
        return KnowledgeGraph(_read_folder(path))
    data = read_bytes(path)
    fmt = _graph_format(path, data, format)
    if fmt in ("graphml", "gexf"):
        from citekg.exports.gexf import from_gexf
        from citekg.exports.graphml import from_graphml

        reader = from_graphml if fmt == "graphml" else from_gexf
        try:
            G = reader(io.BytesIO(data))
        except Exception as err:  # the XML parser and networkx raise many kinds
            name = {"graphml": "GraphML", "gexf": "GEXF"}[fmt]
            raise InputError(f"{path}: not a citekg {name} file ({error_line(err)})") from err
        return KnowledgeGraph(G)

    from citekg.graph.rdf import from_rdf
    from citekg.graph.vocab import CITEKG, RDF

    graph = parse_rdf(data, fmt, path)
    if (None, RDF.type, CITEKG.KnowledgeGraph) not in graph:
        raise InputError(f"{path}: not a citekg graph (no {CITEKG.KnowledgeGraph} resource)")
    return KnowledgeGraph(from_rdf(graph))
