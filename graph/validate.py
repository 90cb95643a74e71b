"""Check an RDF graph against citekg's SHACL shapes (``graph/shapes.ttl``) with pySHACL.

The shapes say what a graph written by citekg guarantees: a paper has exactly
one title, a result exactly one value on exactly one benchmark, evidence
reifies a statement of the graph, a quote is the text at its offsets...
:func:`validate` runs them (no inference) and returns a :class:`ValidationReport`
whose :meth:`~ValidationReport.text` is what ``citekg validate`` prints.

>>> import networkx as nx
>>> from citekg.graph.rdf import to_rdf
>>> G = nx.MultiDiGraph(base_iri="https://example.org/kg/", citekg_version="0.1.0")
>>> G.add_node("model/bert", kind="model", label="BERT", aliases=["BERT-base"])
>>> print(validate(to_rdf(G)))
conforms: ... triples, 13 shapes
>>> G.add_node("paper/x", kind="paper", label="X")  # a paper without a title
>>> report = validate(to_rdf(G))
>>> report.conforms, [(v.focus, v.path) for v in report.violations]
(False, [('https://example.org/kg/paper/x', 'http://purl.org/dc/terms/title')])
>>> print(report.text())
kg:paper/x  dcterms:title  Violation: a paper needs exactly one title ... (shape cksh:PaperShape)
does not conform: 1 violation in 1 focus node
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from citekg.errors import InputError
from citekg.graph.files import error_line, parse_rdf, rdf_format, read_bytes
from citekg.graph.vocab import CITEKG, RDF, SH, bind_prefixes

__all__ = ["CKSH", "SHAPES_FILE", "ValidationReport", "Violation", "load_shapes", "validate"]

#: The name of citekg's shapes file, shipped inside the ``citekg.graph`` package.
SHAPES_FILE = "shapes.ttl"
#: The namespace of citekg's shapes (``cksh:PaperShape``...), apart from the vocabulary's.
CKSH = Namespace("https://w3id.org/citekg/shapes#")

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
_IRI_IN_TEXT = re.compile(r"<?\b(https?://[^\s<>\"{}|^`]+[^\s<>\"{}|^`.,;:)])>?")
_MAX_VALUE = 60  # characters of a literal value shown in the text report


@dataclass(frozen=True, order=True)
class Violation:
    """One result of the validation. IRIs are full; ``value`` is a literal's lexical
    form or a resource's IRI, empty when the result has no value (a missing
    property); ``path`` starts with ``^`` for an inverse path; ``shape`` is the
    node shape whose constraint failed."""

    focus: str
    path: str
    value: str
    severity: str
    message: str
    shape: str


@dataclass(frozen=True)
class ValidationReport:
    """Whether a graph conforms to the shapes, and every violation, sorted."""

    conforms: bool
    violations: list[Violation]
    triples: int
    shapes: int = 0
    #: (prefix, namespace) pairs used by :meth:`text` to shorten IRIs.
    prefixes: tuple[tuple[str, str], ...] = field(default=(), repr=False, compare=False)

    @property
    def focus_nodes(self) -> int:
        """How many distinct focus nodes have a violation."""
        return len({v.focus for v in self.violations})

    def summary(self) -> str:
        """One line: ``conforms: 19,775 triples, 13 shapes`` or ``does not conform: ...``."""
        if self.conforms:
            return f"conforms: {self.triples:,} triples, {_count(self.shapes, 'shape')}"
        return (
            f"does not conform: {_count(len(self.violations), 'violation')} in "
            f"{_count(self.focus_nodes, 'focus node')}"
        )

    def text(self) -> str:
        """The readable report: one line per violation (focus node, path, value,
        severity, message and shape, IRIs shortened with the graph's prefixes),
        then the :meth:`summary`."""
        short = _Shortener(self.prefixes)
        lines = []
        for v in self.violations:
            parts = [short(v.focus) or "-", short.path(v.path) or "-"]
            if v.value:
                parts.append(short.value(v.value))
            message = short.message(v.message)
            shape = f" (shape {short(v.shape)})" if v.shape else ""
            lines.append("  ".join(parts) + f"  {v.severity}: {message}{shape}")
        lines.append(self.summary())
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text()


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


class _Shortener:
    """Shortens IRIs with the longest matching namespace: ``kg:paper/x``, ``ck:Paper``."""

    def __init__(self, prefixes: tuple[tuple[str, str], ...]) -> None:
        self.prefixes = sorted(
            ((p, ns) for p, ns in prefixes if ns), key=lambda item: (-len(item[1]), item[0])
        )

    def __call__(self, iri: str) -> str:
        for prefix, ns in self.prefixes:
            if iri.startswith(ns):
                return f"{prefix}:{iri[len(ns) :]}"
        return iri

    def path(self, path: str) -> str:
        return "^" + self(path[1:]) if path.startswith("^") else self(path)

    def value(self, value: str) -> str:
        if _IRI_IN_TEXT.fullmatch(value) or value.startswith("_:"):
            return self(value)
        if len(value) > _MAX_VALUE:
            value = value[: _MAX_VALUE - 1] + "…"
        return json.dumps(value, ensure_ascii=False)

    def message(self, message: str) -> str:
        return _IRI_IN_TEXT.sub(lambda m: self(m.group(1)), " ".join(message.split()))


def load_shapes(shapes: Graph | str | os.PathLike[str] | None = None) -> Graph:
    """The shapes graph: citekg's own (``graph/shapes.ttl``) by default, else the
    given graph or file."""
    if shapes is None:
        text = resources.files("citekg.graph").joinpath(SHAPES_FILE).read_text(encoding="utf-8")
        return Graph().parse(data=text, format="turtle")
    return _load(shapes)


def validate(
    data: Graph | str | os.PathLike[str],
    shapes: Graph | str | os.PathLike[str] | None = None,
) -> ValidationReport:
    """Validate ``data`` (an rdflib Graph, or an RDF file: Turtle, N-Triples,
    RDF/XML, JSON-LD..., the format guessed from the suffix, Turtle otherwise)
    against ``shapes`` (default: citekg's shapes).

    Raises :class:`~citekg.errors.InputError` for a file that is missing or
    cannot be parsed, and for shapes pySHACL cannot use.
    """
    import pyshacl

    graph = _load(data)
    shapes_graph = load_shapes(shapes)
    shape_count = len(_top_shapes(shapes_graph))
    if not shape_count:
        raise InputError(f"{_name(shapes)}: no SHACL shapes in it (no sh:NodeShape, no target)")
    try:
        conforms, results, _ = pyshacl.validate(
            graph,
            shacl_graph=shapes_graph,
            inference="none",
            advanced=True,  # SHACL-AF in user shapes; citekg's use SHACL-SPARQL only
            allow_warnings=False,
        )
    except Exception as err:  # pySHACL raises its own errors for shapes it cannot load
        raise InputError(f"{_name(shapes)}: unusable SHACL shapes ({error_line(err)})") from err
    if isinstance(results, Exception):  # pySHACL returns a ValidationFailure, not raises
        raise InputError(f"{_name(shapes)}: unusable SHACL shapes ({error_line(results)})")
    violations = sorted(
        _violation(results, result, shapes_graph, graph)
        for result in results.subjects(RDF.type, SH.ValidationResult)
    )
    return ValidationReport(
        conforms=bool(conforms) and not violations,
        violations=violations,
        triples=len(graph),
        shapes=shape_count,
        prefixes=_prefixes(graph, shapes_graph),
    )


def _name(source: Any) -> str:
    if source is None:
        return f"citekg.graph/{SHAPES_FILE}"
    return "shapes graph" if isinstance(source, Graph) else str(source)


def _load(source: Graph | str | os.PathLike[str]) -> Graph:
    """An rdflib Graph from a Graph (as it is) or a file (gzipped too); InputError when
    the file is missing, empty or not valid RDF in the format its suffix says."""
    if isinstance(source, Graph):
        return source
    return parse_rdf(read_bytes(source), rdf_format(source) or "turtle", source)


def _top_shapes(shapes: Graph) -> set[Node]:
    """The shapes counted in the summary: declared ``sh:NodeShape``, or with a target."""
    found = set(shapes.subjects(RDF.type, SH.NodeShape))
    for target in _TARGETS:
        found.update(shapes.subjects(target, None))
    return found


def _owner(shapes: Graph, shape: Node, focus: Node, data: Graph) -> Node:
    """The node shape a result belongs to: the shape itself, or the node shape that
    has this property shape (the one targeting the focus node when several share it)."""
    if (shape, SH.path, None) not in shapes:
        return shape
    types = set(data.objects(focus, RDF.type))
    owners = sorted(set(shapes.subjects(SH.property, shape)), key=str)
    if not owners:  # a property shape nested deeper, or copied by pySHACL: by target
        owners = sorted({s for cls in types for s in shapes.subjects(SH.targetClass, cls)}, key=str)
    if len(owners) > 1:
        targeting = [o for o in owners if types & set(shapes.objects(o, SH.targetClass))]
        owners = targeting or owners
    return owners[0] if owners else shape


def _term(node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, BNode):
        return node.n3()
    return str(node)


def _path(results: Graph, path: Node | None) -> str:
    """A property path as a string: the IRI, ``^IRI`` for an inverse path, SPARQL syntax
    for the rest."""
    if path is None:
        return ""
    if isinstance(path, URIRef):
        return str(path)
    inverse = results.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path(results, inverse)
    for pred, op in (
        (SH.zeroOrMorePath, "*"),
        (SH.oneOrMorePath, "+"),
        (SH.zeroOrOnePath, "?"),
    ):
        inner = results.value(path, pred)
        if inner is not None:
            return f"({_path(results, inner)}){op}"
    alternatives = results.value(path, SH.alternativePath)
    if alternatives is not None:
        return "|".join(_path(results, p) for p in Collection(results, alternatives))
    if (path, RDF.first, None) in results:
        return "/".join(_path(results, p) for p in Collection(results, path))
    return _term(path)


def _violation(results: Graph, result: Node, shapes: Graph, data: Graph) -> Violation:
    focus = results.value(result, SH.focusNode)
    source = results.value(result, SH.sourceShape)
    value = results.value(result, SH.value)
    severity = results.value(result, SH.resultSeverity)
    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    if not messages:
        component = results.value(result, SH.sourceConstraintComponent)
        messages = [f"fails {_term(component).rpartition('#')[2] or 'a constraint'}"]
    shape = _owner(shapes, source, focus, data) if source is not None else None
    return Violation(
        focus=_term(focus),
        path=_path(results, results.value(result, SH.resultPath)),
        value=str(value) if isinstance(value, Literal) else _term(value),
        severity=_term(severity).rpartition("#")[2] or "Violation",
        message="; ".join(messages),
        shape=_term(shape),
    )


def _prefixes(data: Graph, shapes: Graph) -> tuple[tuple[str, str], ...]:
    """Prefixes to shorten IRIs with: citekg's (``kg:`` from the graph's
    ``ck:KnowledgeGraph`` when the data does not bind it), the shapes', the data's."""
    by_ns: dict[str, str] = {}
    standard = Graph(bind_namespaces="none")
    heads = sorted(str(s) for s in data.subjects(RDF.type, CITEKG.KnowledgeGraph))
    bind_prefixes(standard, heads[0] if heads else "")
    for graph in (standard, shapes, data):  # later ones win, for a prefix or a namespace
        for prefix, ns in graph.namespaces():
            by_ns = {n: p for n, p in by_ns.items() if p != prefix}
            by_ns[str(ns)] = prefix
    return tuple(sorted((p, n) for n, p in by_ns.items()))
