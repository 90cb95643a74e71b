"""``citekg_relations``: how the paper relates to each entity, and who developed what.

Per (paper, entity), from the words around each mention:

- ``introduces``: the paper presents it as its own (found by discovery);
- ``trained_on``: ``trained on X``, ``pre-trained on X``, ``fine-tuned on X``;
- ``evaluates_on``: ``evaluated on X``, ``84.2 on X``, and benchmarks by default;
- ``compares_with``: ``outperforms X``, ``compared with X``, ``than X``;
- ``mentions``: everything else.

``developed_by`` (entity -> organisation) comes from the catalog and from the
text: ``Google's PaLM``, ``LLaMA, developed by Meta``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from citekg.extract.candidates import DocEntity, doc_text, get_extension
from citekg.extract.components.base import BatchComponent
from citekg.extract.components.classify import context_type

__all__ = ["RELATION_KINDS", "Relations"]

#: The paper-to-entity relations, strongest first.
RELATION_KINDS = ("introduces", "trained_on", "evaluates_on", "compares_with", "mentions")

_DEVELOPED_BY = re.compile(
    r"^,?\s*(?:\([^)]*\)\s*)?,?\s*(?:which\s+(?:was|is)\s+|(?:was|is)\s+)?"
    r"(?:developed|released|created|built|trained|introduced|proposed|published|open-sourced)"
    r"\s+by\s+$"
)


class Relations(BatchComponent):
    """Sets ``DocEntity.relations`` and text-based developers; see the module docstring."""

    def __init__(self, nlp: Language, name: str = "citekg_relations") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        entities: list[DocEntity] = get_extension(doc, "citekg_entities") or []
        if not entities:
            return doc
        text = doc_text(doc)
        for entity in entities:
            entity.relations = self._relations(entity, text)
        self._developers(entities, text)
        return doc

    @staticmethod
    def _relations(entity: DocEntity, text: str) -> dict[str, str]:
        out: dict[str, str] = {}
        if entity.introduced:
            out["introduces"] = "rule:introduced"
        for mention in entity.mentions:
            found = context_type(text, mention.start)
            if found is None:
                continue
            kind, rule = found
            if rule == "context:listed":
                continue  # "datasets such as X" types X, and says nothing of its use
            if kind == "dataset" and entity.type in ("dataset", "benchmark"):
                out.setdefault("trained_on", rule)
            elif kind == "benchmark" and entity.type in ("dataset", "benchmark"):
                out.setdefault("evaluates_on", rule)
            elif kind == "model" and entity.type in ("model", "method") and not entity.introduced:
                out.setdefault("compares_with", rule)
        if entity.type == "benchmark" and not entity.introduced:
            out.setdefault("evaluates_on", "type:benchmark")
        if not out:
            out["mentions"] = "default"
        return out

    @staticmethod
    def _developers(entities: list[DocEntity], text: str) -> None:
        orgs = [(m, e) for e in entities if e.type == "organization" for m in e.mentions]
        if not orgs:
            return
        things = [
            (m, e)
            for e in entities
            if e.type in ("model", "dataset", "benchmark", "method")
            for m in e.mentions
        ]
        for org_mention, org in orgs:
            after = text[org_mention.end : org_mention.end + 4]
            if after.startswith(("'s ", "’s ")):
                start = org_mention.end + 3
                for mention, thing in things:
                    if start <= mention.start <= start + 1 and org.name not in thing.developer:
                        thing.developer.append(org.name)
            for mention, thing in things:
                between = text[mention.end : org_mention.start]
                if (
                    0 < len(between) < 60
                    and _DEVELOPED_BY.match(between)
                    and org.name not in thing.developer
                ):
                    thing.developer.append(org.name)


@Language.factory("citekg_relations", assigns=["doc._.citekg_entities"], default_config={})
def make_relations(nlp: Language, name: str) -> Relations:
    """Factory of the ``citekg_relations`` component."""
    return Relations(nlp, name)
