"""Names: the folded form used to compare them, spelling variants, and URL-safe slugs.

One place decides when two names are the same name (``GPT-4``, ``GPT4`` and
``gpt 4`` fold to ``gpt4``), which spellings of a name to look for in text,
and how a name becomes the stable part of an identifier.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from itertools import product

__all__ = ["fold_name", "slugify", "spelling_variants"]

_NON_ALNUM = re.compile(r"[\W_]+")
_CHUNKS = re.compile(r"[\s\-_]+|(?<=[^\W\d_])(?=\d)")
_CHUNKS_KEPT = re.compile(f"({_CHUNKS.pattern})")
_FINAL_CAPS = re.compile(r"^([A-Z][a-z]{2,}(?:[A-Z][a-z]+)*)([A-Z]{2,})$")


@lru_cache(maxsize=200_000)
def fold_name(name: str) -> str:
    """Fold a name for comparison: compatibility forms, case, everything not a letter or digit.

    The same folding as the reference scorer, so two names the scorer
    considers equal are equal here.

    >>> fold_name("GPT-4") == fold_name("gpt4") == fold_name("GPT 4")
    True
    >>> fold_name("Mixtral 8×7B")
    'mixtral8x7b'

    A Greek letter folds to its spelled name, as papers write it both ways:

    >>> fold_name("PixArt-Σ") == fold_name("PixArt-Sigma"), fold_name("π0")
    (True, 'pi0')
    """
    text = unicodedata.normalize("NFKC", name).casefold().replace("×", "x")
    if not text.isascii():
        text = text.translate(_GREEK)
    return _NON_ALNUM.sub("", text)


_GREEK = str.maketrans(
    dict(
        zip(
            "αβγδεζηθικλμνξοπρσςτυφχψω",
            "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron "
            "pi rho sigma sigma tau upsilon phi chi psi omega".split(),
            strict=True,
        )
    )
)


def spelling_variants(name: str) -> set[str]:
    """The spellings of ``name`` to look for: as written, and with its parts joined by
    a space, a hyphen or nothing (a letter followed by a digit starts a new part); with
    three to five parts, also with some of them glued as written ("Llama2-Chat",
    "BIGBench Hard").

    Case is left alone: matching is case-insensitive, and the case policy
    compares the text with these exact spellings.

    >>> sorted(spelling_variants("Llama 2-Chat"))
    ['Llama 2 Chat', 'Llama 2-Chat', 'Llama 2Chat', 'Llama-2-Chat', 'Llama2-Chat', 'Llama2Chat']
    >>> sorted(spelling_variants("GPT4"))
    ['GPT 4', 'GPT-4', 'GPT4']
    >>> sorted(spelling_variants("ScienceQA"))
    ['Science QA', 'ScienceQA']
    """
    parts = [p for p in _CHUNKS.split(name.strip()) if p]
    out = {name.strip()}
    if len(parts) > 1:
        out.update(sep.join(parts) for sep in (" ", "-", ""))
    pieces = _CHUNKS_KEPT.split(name.strip())
    if 5 <= len(pieces) <= 9:  # three to five parts: some joined, others not
        words, seps = pieces[0::2], pieces[1::2]
        for keep in product((False, True), repeat=len(seps)):
            glued = ((s if k else "") + w for k, s, w in zip(keep, seps, words[1:], strict=True))
            out.add(words[0] + "".join(glued))
    if "-" in name:
        out.add(name.strip().replace("-", " "))  # "DeepSeek-R1" is also "DeepSeek R1"
    tail = _FINAL_CAPS.match(name.strip())
    if tail:  # "ScienceQA" is also written "Science QA"
        out.add(f"{tail.group(1)} {tail.group(2)}")
    return out


@lru_cache(maxsize=200_000)
def slugify(name: str, max_length: int = 80) -> str:
    """A lowercase ASCII slug for identifiers; never empty, stable for a given name.

    Accents are dropped, ``+`` becomes ``plus``, other runs of non-alphanumerics
    a hyphen. A name with nothing left (all CJK, all symbols) gets a short hash, and one
    that lost letters to the ASCII folding gets a hash suffix, so it collides with no other.

    >>> slugify("GPT-4"), slugify("Llama 2-Chat"), slugify("Café++ (v2)")
    ('gpt-4', 'llama-2-chat', 'cafeplusplus-v2')
    >>> slugify("通义千问").startswith("x-")
    True
    >>> slugify("Qwen 中文") != slugify("Qwen 日本")
    True
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("+", "plus")
    text = text.replace("×", "x").lower()
    ascii_text = text.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9.]+", "-", ascii_text).strip("-.")
    slug = re.sub(r"\.{2,}", ".", slug)
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()
    if not slug:
        return "x-" + digest[:10]
    # letters the ASCII slug dropped (CJK, Greek...) would make names collide
    lost = len(ascii_text) != len(text) and any(c.isalnum() for c in text if ord(c) > 127)
    if lost or len(slug) > max_length:
        slug = f"{slug[: max_length - 9].rstrip('-.')}-{digest[:8]}"
    return slug
