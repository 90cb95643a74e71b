"""Write a realistic synthetic corpus of N papers, as JSON Lines, for the scale benchmarks.

Run by hand: ``python bench/make_corpus.py --papers 100000 -o corpus-100k.jsonl``.

Each paper is made of 4 to 9 sentences drawn from the bundled abstracts. Every
entity name extraction found in a drawn sentence is swapped for a random
catalog name of the same type (a benchmark for a benchmark, a model for a
model), so the corpus names thousands of distinct entities, as real dumps do,
rather than the bundled papers' few hundred. Titles are bundled titles with
their introduced name swapped the same way and a number appended (so no two
papers merge); citation counts follow a log-normal law (median about 20, a
long tail into the thousands); years are 2019 to 2025. The same ``--seed``
gives the same file.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import defaultdict
from pathlib import Path


def _material() -> tuple[list[tuple[str, list[tuple[str, str]]]], list[str], dict[str, list[str]]]:
    """(sentences with the entity names in them, titles, catalog names by type)."""
    import citekg
    from citekg.extract import load_pipeline

    kg = citekg.build()
    nlp = load_pipeline()
    splitter = nlp.get_pipe("citekg_sentences")
    names_by_type: dict[str, list[str]] = defaultdict(list)
    for entry in nlp.get_pipe("citekg_catalog").entries:
        if entry.type in ("model", "dataset", "benchmark", "method") and not entry.ambiguous:
            names_by_type[entry.type].append(entry.name)
    sentences = []
    for paper, extraction in zip(kg.papers, kg.extractions, strict=True):
        found = sorted(
            {(m.text, m.type) for m in extraction.mentions if m.type in names_by_type},
            key=lambda item: -len(item[0]),
        )
        doc = splitter(nlp.make_doc(paper.abstract))
        for sentence in doc.sents:
            text = sentence.text.strip()
            if len(text) > 20:
                sentences.append((text, [(t, k) for t, k in found if t in text]))
    titles = [paper.title for paper in kg.papers]
    return sentences, titles, {k: sorted(v) for k, v in names_by_type.items()}


def _swap(text: str, names: list[tuple[str, str]], pool: dict[str, list[str]], rng) -> str:
    for name, kind in names:
        if name in text:
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", rng.choice(pool[kind]), text)
    return text


def make_corpus(path: Path, papers: int, seed: int = 0) -> None:
    """Write ``papers`` synthetic records to ``path`` (JSON Lines)."""
    rng = random.Random(seed)
    sentences, titles, pool = _material()
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(papers):
            chosen = [sentences[rng.randrange(len(sentences))] for _ in range(rng.randint(4, 9))]
            abstract = " ".join(_swap(text, names, pool, rng) for text, names in chosen)
            title_names = [(n, k) for t, names in chosen[:1] for n, k in names]
            title = _swap(titles[rng.randrange(len(titles))], title_names, pool, rng)
            record = {
                "id": f"synthetic-{i}",
                "title": f"{title} ({i})",
                "abstract": abstract,
                "citations": int(math.exp(rng.gauss(3.0, 1.6))),
                "year": rng.randint(2019, 2025),
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args(argv)
    make_corpus(args.out, args.papers, args.seed)
    print(f"{args.papers} papers -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
