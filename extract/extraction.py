"""Run the pipeline over papers and turn each Doc into a plain :class:`Extraction` record.

The Doc never leaves this module: what goes on to the graph (or back from a
worker process) is a small record of entities, mentions with evidence, and
results.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from citekg.extract.candidates import DocEntity, get_extension, set_extension
from citekg.extract.components.sentences import SENT_STARTS_ATTR, sentence_of
from citekg.extract.pipeline import cached_pipeline
from citekg.extract.records import Entity, Extraction, Mention, Paper

__all__ = ["MIN_CONFIDENCE", "doc_to_extraction", "extract_papers"]

#: Entities below this confidence are left out of the extraction.
MIN_CONFIDENCE = 0.5


def _entity(entity: DocEntity) -> Entity:
    order = ("introduces", "trained_on", "evaluates_on", "compares_with", "mentions")
    relations = tuple(k for k in order if k in entity.relations) or ("mentions",)
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
    sentences: dict[str, str] = {}
    for entity in entities:
        for cand in entity.mentions:
            if cand.start < title_end:
                field, offset = "title", 0
            else:
                field, offset = "abstract", abstract_start
            mentions.append(
                Mention(
                    entity=entity.key,
                    type=entity.type,
                    text=cand.text,
                    field=field,
                    start=cand.start - offset,
                    end=cand.end - offset,
                    sentence=_shared(sentences, sentence_of(text, starts, cand.start, cand.end)),
                    rule=sys.intern(
                        cand.rule if not cand.type_rule else f"{cand.rule}|{cand.type_rule}"
                    ),
                    confidence=round(cand.confidence, 3),
                )
            )
    mentions.sort(key=lambda m: (m.field != "title", m.start, m.end))
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


def _shared(pool: dict[str, str], value: str) -> str:
    """The pooled string equal to ``value`` (so that equal strings are one object)."""
    return pool.setdefault(value, value)


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
    for doc, paper in nlp.pipe(pairs, batch_size=batch_size, as_tuples=True):
        yield doc_to_extraction(doc, paper)


def _make_doc(nlp: Language, text: str) -> Doc:
    """Tokenise ``text`` and keep it on the Doc, so no component has to rebuild
    ``doc.text`` from the tokens."""
    doc = nlp.make_doc(text)
    set_extension(doc, "citekg_text", text)
    return doc
