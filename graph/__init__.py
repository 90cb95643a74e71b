"""Stage 2, the graph: papers and extractions in, one ``networkx.MultiDiGraph`` out,
and the same graph as RDF.

>>> from citekg.graph import build_graph, to_rdf, NODE_KINDS
>>> NODE_KINDS[0]
'paper'
"""

from citekg.graph.build import (
    EDGE_KINDS,
    NODE_KINDS,
    build_graph,
    entity_node_id,
    paper_node_ids,
    result_node_id,
)
from citekg.graph.links import add_builds_on, add_citations
from citekg.graph.rdf import CLASSES, PREDICATES, from_rdf, node_iri, to_rdf, triples
from citekg.graph.stats import CorpusStats, corpus_stats, format_stats
from citekg.graph.vocab import CITEKG, DEFAULT_BASE_IRI, VOCAB_IRI, bind_prefixes, ontology

__all__ = [
    "CITEKG",
    "CLASSES",
    "DEFAULT_BASE_IRI",
    "EDGE_KINDS",
    "NODE_KINDS",
    "PREDICATES",
    "VOCAB_IRI",
    "CorpusStats",
    "add_builds_on",
    "add_citations",
    "bind_prefixes",
    "build_graph",
    "corpus_stats",
    "entity_node_id",
    "format_stats",
    "from_rdf",
    "node_iri",
    "ontology",
    "paper_node_ids",
    "result_node_id",
    "to_rdf",
    "triples",
]
