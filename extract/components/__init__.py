"""citekg's spaCy components, one module each; importing this package registers them.

Each component is registered with ``Language.factory`` and published under the
``spacy_factories`` entry point, so ``nlp.add_pipe("citekg_catalog")`` and
``spacy.load()`` of a saved pipeline work without importing citekg first.
The order of the default pipeline: sentences, catalog, discovery, typing,
resolution, relations, results, vetting.
"""

from citekg.extract.components.catalog import CatalogMatcher, make_catalog_matcher
from citekg.extract.components.classify import Typing, make_typing
from citekg.extract.components.discovery import Discovery, make_discovery
from citekg.extract.components.relations import Relations, make_relations
from citekg.extract.components.resolution import Resolution, make_resolution
from citekg.extract.components.results import Results, make_results
from citekg.extract.components.sentences import SentenceSplitter, make_sentence_splitter
from citekg.extract.components.vetting import Vetting, make_vetting

__all__ = [
    "CatalogMatcher",
    "Discovery",
    "Relations",
    "Resolution",
    "Results",
    "SentenceSplitter",
    "Typing",
    "Vetting",
    "make_catalog_matcher",
    "make_discovery",
    "make_relations",
    "make_resolution",
    "make_results",
    "make_sentence_splitter",
    "make_typing",
    "make_vetting",
]
