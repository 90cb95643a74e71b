"""JSON-LD: the RDF graph as compact JSON, for web developers and JSON-LD processors.

The document is ``{"@context": ..., "@graph": [...]}`` with one node object
per subject and one node object per line: ``"@id": "kg:model/gpt-4"``,
``"@type": "ck:Model"``, ``"rdfs:label": "GPT-4"``. The context holds only
prefixes (citekg's vocabularies and ``kg:`` for the graph's base IRI), so every
key and type is a compact IRI that expands without guessing. Literals keep
their exact lexical form and datatype (``{"@value": "84.2", "@type":
"xsd:decimal"}``), so the graph read back equals :func:`citekg.graph.rdf.to_rdf`
triple for triple. The context is embedded, so processors never fetch it; it
is also written on its own (:func:`write_jsonld_context`) for applications
that compact their own data with citekg's terms.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import IO, Any

import networkx as nx
import rdflib
from rdflib import RDF, Literal

from citekg.exports.atomic import write_text_pieces
from citekg.graph.rdf import triples
from citekg.graph.vocab import prefixes

__all__ = [
    "CONTEXT_FILE",
    "generate_jsonld",
    "jsonld_context",
    "read_jsonld",
    "write_jsonld",
    "write_jsonld_context",
]

#: The file name of the context a build writes beside ``papers.jsonld``.
CONTEXT_FILE = "papers.context.jsonld"


def jsonld_context(G: nx.MultiDiGraph) -> dict[str, str]:
    """The JSON-LD context of ``G``: prefix -> namespace, ``kg`` being its base IRI."""
    return dict(prefixes(G))


class _Compactor:
    """IRI -> compact IRI (``ck:Paper``) with the longest matching namespace."""

    def __init__(self, context: dict[str, str]) -> None:
        self.namespaces = sorted(context.items(), key=lambda item: (-len(item[1]), item[0]))
        self.cache: dict[str, str] = {}

    def __call__(self, iri: str) -> str:
        compact = self.cache.get(iri)
        if compact is None:
            compact = iri
            for prefix, namespace in self.namespaces:
                local = iri[len(namespace) :]
                # a local part starting with // would be read as an absolute IRI
                if iri.startswith(namespace) and not local.startswith("//"):
                    compact = f"{prefix}:{local}"
                    break
            self.cache[iri] = compact
        return compact


def _node_objects(G: nx.MultiDiGraph, compact: _Compactor) -> Iterator[dict[str, Any]]:
    subjects: dict[str, dict[str, Any]] = {}
    for s, p, o in triples(G):
        node = subjects.get(str(s))
        if node is None:
            node = subjects[str(s)] = {"@id": compact(str(s))}
        if p == RDF.type:
            key, value = "@type", compact(str(o))
        elif isinstance(o, Literal):
            key = compact(str(p))
            if o.language:
                value = {"@value": str(o), "@language": o.language}
            elif o.datatype is not None:
                value = {"@value": str(o), "@type": compact(str(o.datatype))}
            else:
                value = str(o)
        else:
            key, value = compact(str(p)), {"@id": compact(str(o))}
        if key not in node:
            node[key] = value
        elif isinstance(node[key], list):
            node[key].append(value)
        else:
            node[key] = [node[key], value]
    yield from subjects.values()


def generate_jsonld(G: nx.MultiDiGraph) -> Iterator[str]:
    """The JSON-LD document of ``G``, in pieces (one node object per line)."""
    context = jsonld_context(G)
    compact = _Compactor(context)
    yield '{\n  "@context": '
    yield json.dumps(context, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    yield ',\n  "@graph": ['
    separator = "\n    "
    for node in _node_objects(G, compact):
        yield separator + json.dumps(node, ensure_ascii=False)
        separator = ",\n    "
    yield "\n  ]\n}\n"


def write_jsonld(G: nx.MultiDiGraph, dest: str | os.PathLike[str] | IO[bytes]) -> int:
    """Write ``G`` as JSON-LD to a path (atomically) or a binary file; returns the bytes written.

    >>> import io, json, networkx as nx
    >>> G = nx.MultiDiGraph(base_iri="https://example.org/")
    >>> G.add_node("model/bert", kind="model", label="BERT", aliases=["Bert"])
    >>> buf = io.BytesIO(); _ = write_jsonld(G, buf)
    >>> bert = json.loads(buf.getvalue())["@graph"][1]
    >>> bert["@id"], bert["@type"][0], bert["rdfs:label"]
    ('kg:model/bert', 'ck:Model', 'BERT')
    """
    return write_text_pieces(generate_jsonld(G), dest)


def write_jsonld_context(G: nx.MultiDiGraph, dest: str | os.PathLike[str] | IO[bytes]) -> int:
    """Write the context of ``G`` alone, ``{"@context": {...}}``; returns the bytes written."""
    return write_text_pieces([json.dumps({"@context": jsonld_context(G)}, indent=2) + "\n"], dest)


def read_jsonld(path: str | os.PathLike[str], **kwargs: Any) -> rdflib.Graph:
    """An rdflib Graph from a JSON-LD file (its context embedded, nothing fetched)."""
    return rdflib.Graph().parse(str(path), format="json-ld", **kwargs)
