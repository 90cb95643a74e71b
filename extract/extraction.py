"""Run the pipeline over papers and turn each Doc into a plain :class:`Extraction` record.

The Doc never leaves this module: what goes on to the graph (or back from a
worker process) is a small record of entities, mentions with evidence, and
results.
"""

from __future__ import annotations

import gc
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from citekg.extract.candidates import DocEntity, get_extension, set_extension
from citekg.extract.components.sentences import SENT_STARTS_ATTR, sentence_indexes
from citekg.extract.pipeline import cached_pipeline
from citekg.extract.records import Entity, Extraction, Mention, Paper

__all__ = ["MIN_CONFIDENCE", "doc_to_extraction", "extract_papers", "long_lived_frozen"]

#: Entities below this confidence are left out of the extraction.
MIN_CONFIDENCE = 0.5


_RELATION_ORDER = ("introduces", "trained_on", "evaluates_on", "compares_with", "mentions")


def _entity(entity: DocEntity) -> Entity:
    found = entity.relations
    relations = tuple([k for k in _RELATION_ORDER if k in found]) or ("mentions",)
    return Entity(
        key=entity.key,
        name=entity.name,
        type=entity.type,
        aliases=tuple(entity.aliases),
        introduced=entity.introduced,
        developer=tuple(entity.developer),
        family=entity.family,
        parameters=entity.parameters,
        relations=relations,
        confidence=round(entity.confidence, 3),
    )


def doc_to_extraction(doc: Doc, paper: Paper) -> Extraction:
    """The Extraction of one processed paper (``doc`` is ``nlp(paper.text)``).

    Mentions keep offsets into the title or the abstract, the sentence
    around them, the rule that found them and a confidence.
    """
    title_end = len(paper.title)
    abstract_start = title_end + 2
    text = paper.text  # the Doc's text, without rebuilding it from the tokens
    starts = get_extension(doc, SENT_STARTS_ATTR) or [0]
    found = get_extension(doc, "citekg_entities") or []
    entities = [e for e in found if e.confidence >= MIN_CONFIDENCE]
    mentions: list[Mention] = []
    # one string object per sentence and per rule: records pickle (to and from worker
    # processes) far smaller when the same object is shared by many mentions
    sentences: dict[tuple[int, int], str] = {}
    n_starts = len(starts)
    for entity in entities:
        key, kind = entity.key, entity.type
        for cand in entity.mentions:
            start, end = cand.start, cand.end
            first, last = sentence_indexes(starts, start, end)
            sentence = sentences.get((first, last))
            if sentence is None:
                sentence = sentences[first, last] = text[
                    starts[first] : starts[last] if last < n_starts else len(text)
                ].strip()
            offset = 0 if start < title_end else abstract_start
            mentions.append(
                Mention(
                    key,
                    kind,
                    text[start:end],  # as written: "S" of "DAMO-YOLO-T/S" names DAMO-YOLO-S
                    "title" if start < title_end else "abstract",
                    start - offset,
                    end - offset,
                    sentence,
                    _rule_name(cand.rule, cand.type_rule),
                    round(cand.confidence, 3),
                )
            )
    mentions.sort(key=_mention_order)
    results = tuple(
        {
            "model": r.model,
            "benchmark": r.benchmark,
            "value": r.value,
            "metric": r.metric,
            "sentence": r.sentence,
            "rule": r.rule,
        }
        for r in (get_extension(doc, "citekg_results") or [])
    )
    return Extraction(
        paper=paper.id,
        title=paper.title,
        entities=tuple(_entity(e) for e in entities),
        mentions=tuple(mentions),
        results=results,
    )


@lru_cache(maxsize=4096)
def _rule_name(rule: str, type_rule: str) -> str:
    """The evidence's rule: what found the mention, and what typed it if that differs;
    one string object per pair (records pickle smaller)."""
    return sys.intern(f"{rule}|{type_rule}" if type_rule else rule)


def _mention_order(mention: Mention) -> tuple[bool, int, int]:
    return mention.field != "title", mention.start, mention.end


def extract_papers(
    papers: Iterable[Paper], nlp: Language | None = None, *, batch_size: int = 256
) -> Iterator[Extraction]:
    """Yield one Extraction per paper, in order; a paper without abstract is read from its title.

    >>> from citekg.extract.records import Paper
    >>> paper = Paper(id="p", title="Mistral 7B", abstract="It beats Llama 2 13B on MMLU.")
    >>> [(e.name, e.type) for e in next(extract_papers([paper])).entities]
    [('Mistral 7B', 'model'), ('Llama 2 13B', 'model'), ('MMLU', 'benchmark')]
    """
    nlp = nlp or cached_pipeline()
    pairs = ((_make_doc(nlp, paper.text), paper) for paper in papers)
    with long_lived_frozen():
        for doc, paper in nlp.pipe(pairs, batch_size=batch_size, as_tuples=True):
            yield doc_to_extraction(doc, paper)


#: The third garbage-collection threshold while extraction runs: full collections
#: wait for this many second-generation ones (Python's default is 10).
FULL_COLLECTION_WAIT = 1000


@contextmanager
def long_lived_frozen() -> Iterator[None]:
    """Leave long-lived objects out of garbage collection until the block ends,
    unless an outer block already does.

    Two kinds live long: what exists when the block starts (the pipeline, the
    papers read), which is frozen; and what the block makes to keep (the
    extractions), which full collections would visit over and over as it grows,
    so these wait (:data:`FULL_COLLECTION_WAIT`). Young collections still run.
    A full collection visits every tracked object; on 20,000 papers the 14 full
    collections took 1.2 of 13 seconds, and a ``gc.collect()`` after the run found
    no cyclic garbage to free. Frozen before a fork, the objects also stay out of
    the workers' collections, so the workers do not copy the pages they are on by
    touching them.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(*thresholds[:2], max(thresholds[2], FULL_COLLECTION_WAIT))
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


#: A TeX tie ("MS~MARCO", "Embeddings~(HyDE)", as arXiv metadata keeps them) between
#: two characters of prose; not the "~" of a web address ("/~user") or "~10%".
_TEX_TIE = re.compile(r"(?<=[\w.,;:)\]])~(?=[\w(\[])")


def _make_doc(nlp: Language, text: str) -> Doc:
    """Tokenise ``text`` and keep it on the Doc, so no component has to rebuild
    ``doc.text`` from the tokens.

    A TeX tie reads as the space it stands for: one character for one, so every
    offset still points into ``text``, and the evidence quotes it as written.

    >>> doc = _make_doc(cached_pipeline(), "We fine-tune on the MS~MARCO dataset.")
    >>> doc.text
    'We fine-tune on the MS MARCO dataset.'
    """
    if "~" in text:
        text = _TEX_TIE.sub(" ", text)
    doc = nlp.make_doc(text)
    set_extension(doc, "citekg_text", text)
    return doc
