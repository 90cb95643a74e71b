"""``citekg_vetting``: leave out the newly found names that look like the ones annotators reject.

Names the catalog knows are right 95% of the time on abstracts citekg had not
seen; names that discovery found (by shape, head noun, apposition, context) 77%,
and 71% when the paper mentions them once. The rules give each entity a
confidence from the rule that fired, one rule at a time; what makes a new name
doubtful is usually a combination: a short all-capital name typed dataset by
its head noun alone, found once, not in the title. This step scores each new
model, dataset, benchmark and organisation with a logistic regression over
such combinations (:func:`entity_features`) and drops it when the estimated
probability that an annotator would count it is below the threshold.

Left alone: what the catalog knows, a name a reported score is about ("84.2
on X" is good evidence for X), and methods, which the guidelines do not score.

The weights (``extract/data/vetting.json``) are learnt by
``python -m citekg.extract.data.train_vetting`` from
``extract/data/vetting-train.jsonl``: for every new name that citekg found in
the 246 sets of abstracts annotated under the guidelines (AA to JM), its features
and whether the gold counts it (6,698 names). The names come from citekg's output
before the rules written for those abstracts (or, for the latest rounds, from the
version that scored them blind, with the vetting step off), so they are mostly the
mistakes it makes on text it has not seen. The features hold no names: a rule, a
type, a shape, a count.

Measured by training on the earlier rounds of annotation and scoring each next
round (sixty-one rounds in turn, 6,536 new names; ``train_vetting check``): at the
threshold of 0.6, 440 false names dropped against 291 true ones, their precision
from 0.849 to 0.906, and every round gains precision. The threshold was 0.5 (334
false for 160 true, precision 0.892) until the round HV-HY. Over all rounds the
names between 0.5 and 0.6 are mostly true (79 false, 110 true); over the twelve
latest, whose fits had the most rows behind them, mostly false (27 false, 20
true), and so in the three rounds annotated after the threshold was raised (7
false, 4 true): 0.6 buys precision on new text with recall, and the guidelines'
bar asks for precision. On the rounds annotated after this step was written, each
scored blind by the version of its day, core precision rose in almost every round
and recall fell a little: it trades recall for precision at about the same F1 (the
README's table gives every round).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from citekg.extract.candidates import DocEntity, doc_text, get_extension, set_extension
from citekg.extract.components.base import BatchComponent

__all__ = [
    "VETTED_TYPES",
    "Vetting",
    "entity_features",
    "known_to_catalog",
    "make_vetting",
    "probability",
    "read_weights",
]

#: The entity types the step may leave out (the scored ones; methods are not).
VETTED_TYPES = frozenset({"model", "dataset", "benchmark", "organization"})

#: The bundled weights (found by package, as the catalog and the word lists are).
WEIGHTS = Path(str(resources.files("citekg.extract.data") / "vetting.json"))

_DIGIT = re.compile(r"\d")
_INNER_CAPS = re.compile(r"[a-z][A-Z]")
_CONFIDENCE_BINS = (0.95, 0.9, 0.8, 0.7, 0.6)


def _rule_features(rule: str) -> tuple[str, ...]:
    """A mention's rule as features: what fired (``head``), and with its detail
    (``head:dataset``), or the catalog it came from without its version; never a
    catalog key, which would name the entity (``family:model/bert``)."""
    out = []
    for part in rule.split("|"):
        kind, _, detail = part.partition(":")
        out.append(kind)
        if detail and "/" not in detail:
            out.append(f"{kind}:{detail.split()[0]}" if kind == "catalog" else part)
    return tuple(out)


def known_to_catalog(rules: Iterable[str]) -> bool:
    """Whether a mention's rule (what found it, ``|``, what typed it) comes from the catalog.

    >>> known_to_catalog(["shape|catalog:folded"]), known_to_catalog(["shape|head:dataset"])
    (True, False)
    """
    return any(part.startswith("catalog") for rule in rules for part in rule.split("|"))


def entity_features(
    type: str,
    name: str,
    rules: Iterable[str],
    *,
    in_title: bool,
    mentions: int,
    confidence: float,
    introduced: bool,
    family: bool,
    parameters: bool,
    relations: Iterable[str] = (),
) -> list[str]:
    """The features of one entity: its type, the rules that found and typed its
    mentions, the shape of its name, how often and where it is mentioned; each
    also crossed with the type (a name's shape says more about a dataset than
    about an organisation). Plain strings, so a model is a table of weights.

    >>> entity_features("dataset", "XQ", ["shape|head:dataset"], in_title=False,
    ...     mentions=1, confidence=0.6, introduced=False, family=False, parameters=False,
    ...     relations=["evaluates_on"])[:6]
    ['type=dataset', 'rule=head', 'rule=head:dataset', 'rule=shape', 'shape=allcaps', 'words=1']
    """
    found = sorted({f for rule in rules for f in _rule_features(rule)})
    plain = [f"rule={f}" for f in found]
    if _DIGIT.search(name):
        plain.append("shape=digit")
    if name.isupper():
        plain.append("shape=allcaps")
    if " " in name:
        plain.append("shape=space")
    if "-" in name:
        plain.append("shape=hyphen")
    if name[:1].islower():
        plain.append("shape=lower")
    if _INNER_CAPS.search(name):
        plain.append("shape=inner")
    plain.append(f"words={min(len(name.split()), 4)}")
    if len(name) <= 3:
        plain.append("short")
    if len(name) >= 20:
        plain.append("long")
    plain.append(f"mentions={min(mentions, 3)}")
    if in_title:
        plain.append("title")
    if introduced:
        plain.append("introduced")
    plain += [f"relation={r}" for r in sorted(set(relations) or {"mentions"})]
    crossed = [f"{type}&{f}" for f in plain]
    if family:
        plain.append("family")
    if parameters:
        plain.append("parameters")
    band = next((b for b in _CONFIDENCE_BINS if confidence >= b), 0.0)
    plain.append(f"confidence>={band}")
    return [f"type={type}", *plain, *crossed]


def read_weights(path: str | Path = WEIGHTS) -> dict[str, Any]:
    """The model saved by the training script: ``bias``, ``threshold`` and ``weights``."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def probability(features: Iterable[str], weights: dict[str, float], bias: float) -> float:
    """The logistic regression's probability that an entity with these features is real."""
    z = bias + sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


class Vetting(BatchComponent):
    """Drops the doubtful entities from ``doc._.citekg_entities``; see the module docstring.

    The dropped ones are kept in ``doc._.citekg_vetted_out`` with their
    probability, for whoever wants to see what was left out and why.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "citekg_vetting",
        *,
        threshold: float | None = None,
        set_ents: bool = True,
    ) -> None:
        self.name = name
        self._threshold = threshold
        self.set_ents = set_ents
        self.model: dict[str, Any] = {}
        self.weights: dict[str, float] = {}
        self.bias = 0.0
        self.threshold = 0.0
        self.set_model(read_weights())

    def set_model(self, model: dict[str, Any]) -> None:
        """Use ``model`` (as :func:`read_weights` returns it)."""
        self.model = model
        self.weights = dict(model["weights"])
        self.bias = float(model["bias"])
        threshold = self._threshold if self._threshold is not None else model["threshold"]
        self.threshold = float(threshold)

    def __call__(self, doc: Doc) -> Doc:
        entities: list[DocEntity] = get_extension(doc, "citekg_entities") or []
        if not entities or self.threshold <= 0.0:
            return doc
        title_end = _title_end(doc_text(doc))
        results = get_extension(doc, "citekg_results") or []
        scored = {r.model for r in results} | {r.benchmark for r in results}
        kept: list[DocEntity] = []
        out: list[tuple[DocEntity, float]] = []
        for entity in entities:
            p = 1.0
            if entity.type in VETTED_TYPES and entity.name not in scored:
                rules = _rules(entity)  # built only for the entities the step may judge
                if not known_to_catalog(rules):
                    p = self.score(entity, rules, title_end)
            if p >= self.threshold:
                kept.append(entity)
            else:
                out.append((entity, round(p, 3)))
        if out:
            set_extension(doc, "citekg_entities", kept)
            set_extension(doc, "citekg_vetted_out", out)
            if self.set_ents:  # the resolution step made a span of every mention
                gone = {entity.key for entity, _ in out}
                doc.ents = [span for span in doc.ents if span.kb_id_ not in gone]
        return doc

    def score(self, entity: DocEntity, rules: list[str], title_end: int) -> float:
        """The probability that ``entity`` (whose mentions' ``rules`` are given) is one
        an annotator would count."""
        features = entity_features(
            entity.type,
            entity.name,
            rules,
            in_title=any(m.start < title_end for m in entity.mentions),
            mentions=len(entity.mentions),
            confidence=entity.confidence,
            introduced=entity.introduced,
            family=entity.family is not None,
            parameters=entity.parameters is not None,
            relations=entity.relations,
        )
        return probability(features, self.weights, self.bias)

    # -- serialisation ----------------------------------------------------------
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the model as ``vetting.json`` in the folder ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "vetting.json", self.model)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Vetting:
        """Load the model saved by :meth:`to_disk`."""
        self.set_model(srsly.read_json(Path(path) / "vetting.json"))
        return self


def _rules(entity: DocEntity) -> list[str]:
    """Each mention's rule as the extraction records write it: what found it, ``|``,
    what typed it when that differs."""
    return [f"{m.rule}|{m.type_rule}" if m.type_rule else m.rule for m in entity.mentions]


def _title_end(text: str) -> int:
    """Where the title ends in a paper's text: the title, a blank line, the abstract
    (:attr:`citekg.extract.records.Paper.text`); a paper without an abstract is all title."""
    end = text.find("\n\n")
    return len(text) if end < 0 else end


@Language.factory(
    "citekg_vetting",
    assigns=["doc._.citekg_entities", "doc._.citekg_vetted_out", "doc.ents"],
    default_config={"threshold": None, "set_ents": True},
)
def make_vetting(nlp: Language, name: str, threshold: float | None, set_ents: bool) -> Vetting:
    """Factory of the ``citekg_vetting`` component; ``threshold`` overrides the model's
    (0 keeps everything), and ``set_ents`` drops the left-out entities' ``doc.ents``."""
    return Vetting(nlp, name, threshold=threshold, set_ents=set_ents)
