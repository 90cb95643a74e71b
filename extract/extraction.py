"""Run the pipeline over papers and turn each Doc into a plain :class:`Extraction` record.

The Doc never leaves this module: what goes on to the graph (or back from a
worker process) is a small record of entities and mentions with evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from citekg.extract.components.sentences import SENT_STARTS_ATTR, sentence_of
from citekg.extract.naming import fold_name
from citekg.extract.pipeline import cached_pipeline
from citekg.extract.records import Entity, Extraction, Mention, Paper

__all__ = ["doc_to_extraction", "extract_papers"]


def doc_to_extraction(doc: Doc, paper: Paper, nlp: Language) -> Extraction:
    """The Extraction of one processed paper (``doc`` is ``nlp(paper.text)``).

    Mentions keep offsets into the title or the abstract, the sentence
    around them, the rule that found them and a confidence; entities are the
    mentions grouped by catalog key, with the other spellings as aliases.
    """
    catalog = nlp.get_pipe("citekg_catalog")
    title_end = len(paper.title)
    abstract_start = title_end + 2
    text = paper.text  # the Doc's text, without rebuilding it from the tokens
    starts = doc._.get(SENT_STARTS_ATTR) or [0]
    mentions: list[Mention] = []
    groups: dict[str, list[str]] = {}
    for ent in doc.spans[catalog.spans_key]:
        entry = catalog.entry(ent.kb_id_)
        if entry is None:
            continue
        if ent.start_char < title_end:
            field, offset = "title", 0
        else:
            field, offset = "abstract", abstract_start
        mentions.append(
            Mention(
                entity=entry.key,
                type=entry.type,
                text=ent.text,
                field=field,
                start=ent.start_char - offset,
                end=ent.end_char - offset,
                sentence=sentence_of(text, starts, ent.start_char, ent.end_char),
                rule=f"catalog:{entry.source}",
                confidence=catalog.confidence(ent),
            )
        )
        groups.setdefault(entry.key, []).append(ent.text)
    entities = []
    for key, texts in groups.items():
        entry = catalog.entry(key)
        assert entry is not None
        folded = fold_name(entry.name)
        aliases = tuple(dict.fromkeys(t for t in texts if fold_name(t) != folded))
        entities.append(
            Entity(
                key=entry.key,
                name=entry.name,
                type=entry.type,
                aliases=aliases,
                developer=entry.developer,
                family=entry.family,
            )
        )
    return Extraction(
        paper=paper.id, title=paper.title, entities=tuple(entities), mentions=tuple(mentions)
    )


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
    pairs = ((paper.text, paper) for paper in papers)
    for doc, paper in nlp.pipe(pairs, batch_size=batch_size, as_tuples=True):
        yield doc_to_extraction(doc, paper, nlp)
