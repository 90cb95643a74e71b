"""Build ``common_words.txt``: the most frequent English words, for telling names from words.

Run by hand at development time; the runtime only reads the text file::

    python -m citekg.extract.data.build_common_words [--wheels DIR] [--size 25000]

The frequencies are the English lexeme probabilities of ``spacy-lookups-data``
(MIT licence, Explosion AI), read from its wheel with ``zipfile``: the package
itself is never imported or needed at run time. Only lower-case alphabetic
words (hyphens and apostrophes allowed) are kept, most frequent first.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

PACKAGE = "spacy-lookups-data"
VERSION = "1.0.5"
MEMBER = "spacy_lookups_data/data/en_lexeme_prob.json.gz"
OUT = Path(__file__).with_name("common_words.txt")
_WORD = re.compile(r"[a-z][a-z'\-]*[a-z]|[a-z]")


def _wheel(folder: Path) -> Path:
    found = sorted(folder.glob(f"spacy_lookups_data-{VERSION}-*.whl"))
    if not found:
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--dest",
                str(folder),
                f"{PACKAGE}=={VERSION}",
            ],
            check=True,
        )
        found = sorted(folder.glob(f"spacy_lookups_data-{VERSION}-*.whl"))
    return found[0]


def build(wheels: Path, size: int) -> list[str]:
    """The ``size`` most probable lower-case English words, most frequent first."""
    with zipfile.ZipFile(_wheel(wheels)) as archive:
        probs = json.loads(gzip.decompress(archive.read(MEMBER)))
    words = [w for w in probs if _WORD.fullmatch(w)]
    words.sort(key=lambda w: (-probs[w], w))
    return words[:size]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheels", type=Path, default=Path.home() / ".cache/citekg/wheels")
    parser.add_argument("--size", type=int, default=25000)
    args = parser.parse_args(argv)
    words = build(args.wheels, args.size)
    header = (
        f"# The {len(words)} most frequent lower-case English words, most frequent first.\n"
        f"# Source: {PACKAGE} {VERSION} en_lexeme_prob (MIT licence, Explosion AI).\n"
        f"# Made by citekg/extract/data/build_common_words.py; do not edit by hand.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {OUT}")


if __name__ == "__main__":
    main()
