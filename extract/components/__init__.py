"""citekg's spaCy components, one module each; importing this package registers them.

Each component is registered with ``Language.factory`` and published under the
``spacy_factories`` entry point, so ``nlp.add_pipe("citekg_catalog")`` and
``spacy.load()`` of a saved pipeline work without importing citekg first.
"""

from citekg.extract.components.catalog import CatalogMatcher, make_catalog_matcher
from citekg.extract.components.sentences import SentenceSplitter, make_sentence_splitter

__all__ = ["CatalogMatcher", "SentenceSplitter", "make_catalog_matcher", "make_sentence_splitter"]
