"""Parse and normalise the fields every reader shares: counts, years, identifiers, text.

Each parser returns the clean value or raises :class:`FieldError` with a
reason short enough for a ``file:line: reason`` report.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "FieldError",
    "clean_text",
    "parse_arxiv_id",
    "parse_citations",
    "parse_doi",
    "parse_openalex_id",
    "parse_year",
]


class FieldError(ValueError):
    """A field's value is not what its name promises; the message is the reason."""


# Spaces people and spreadsheets put between digit groups: space, no-break
# space, narrow no-break space, thin space, figure space, apostrophe, underscore.
_GROUP_SEPARATORS = " \u00a0\u202f\u2009\u2007'\u2019_"
_SUFFIX = {"k": 1_000, "m": 1_000_000}
_SPACES = re.compile(r"\s+")
# Control and format characters (Unicode Cc and the Cf seen in text: soft hyphen,
# zero-width and bidi marks, BOM, tags) and lone surrogates; whitespace is
# folded instead. One regex, as this runs on every field.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f"
    "\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0001\U000e0020-\U000e007f]"
)


def clean_text(value: Any) -> str:
    """Fold hard line breaks and runs of whitespace into single spaces; strip the ends.

    Control characters (other than whitespace) are dropped.

    >>> clean_text("  Attention is\\n  all you   need\\x07 ")
    'Attention is all you need'
    """
    if value is None:
        return ""
    text = _INVISIBLE.sub("", str(value))
    return _SPACES.sub(" ", text).strip()


def parse_citations(value: Any) -> int | None:
    """A citation count from an int or from text such as ``20 121``, ``20,121``, ``1.2k``.

    Digit groups may be separated by commas, dots, spaces of any width or
    apostrophes; ``k`` and ``M`` suffixes scale. ``None`` and ``""`` mean unknown.

    >>> parse_citations("20 121")
    20121
    >>> parse_citations("20\\u202f121"), parse_citations("20,121"), parse_citations("1.2k")
    (20121, 20121, 1200)
    >>> parse_citations("many")
    Traceback (most recent call last):
    ...
    citekg.extract.sources.fields.FieldError: citation count 'many' is not a number
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise FieldError(f"citation count {value!r} is not a number")
    if isinstance(value, int):
        if value < 0:
            raise FieldError(f"citation count {value} is negative")
        return value
    if isinstance(value, float):
        if value != value or value < 0 or value != int(value):
            raise FieldError(f"citation count {value!r} is not a whole number")
        return int(value)
    text = str(value).strip()
    bad = FieldError(f"citation count {text!r} is not a number")
    if not text:
        return None
    suffix = text[-1].lower()
    if suffix in _SUFFIX:
        number = text[:-1].strip().replace(",", ".")
        if not re.fullmatch(r"\d+(\.\d+)?", number):
            raise bad
        return round(float(number) * _SUFFIX[suffix])
    for sep in _GROUP_SEPARATORS:
        text = text.replace(sep, " ")
    if re.fullmatch(r"\d+", text):
        return int(text)
    # Grouped thousands: 20 121, 20,121, 20.121, 1 234 567 (one separator kind only).
    match = re.fullmatch(r"(\d{1,3})((?:([ ,.])\d{3})(?:\3\d{3})*)", text)
    if match:
        return int(re.sub(r"\D", "", text))
    raise bad


def parse_year(value: Any) -> int | None:
    """A publication year (1000-2999) from an int or text; a date's year is taken.

    >>> parse_year("2023-07-18"), parse_year(2021), parse_year("")
    (2023, 2021, None)
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise FieldError(f"year {value!r} is not a year")
    if isinstance(value, int):
        year = value
    else:
        match = re.match(r"\s*(\d{4})(?:[-/]\d{1,2}(?:[-/]\d{1,2})?(?:[T ].*)?)?\s*$", str(value))
        if not match:
            raise FieldError(f"year {str(value)!r} is not a year")
        year = int(match.group(1))
    if not 1000 <= year <= 2999:
        raise FieldError(f"year {year} is out of range")
    return year


_DOI = re.compile(r"(10\.\d{4,9}/\S+)", re.IGNORECASE)
_ARXIV_NEW = re.compile(r"(\d{4}\.\d{4,5})(v\d+)?", re.IGNORECASE)
_ARXIV_OLD = re.compile(r"([a-z\-]+(?:\.[A-Z]{2})?/\d{7})(v\d+)?", re.IGNORECASE)


def parse_doi(value: Any) -> str | None:
    """A bare, lower-cased DOI from a DOI, a ``doi:`` CURIE or a doi.org URL.

    >>> parse_doi("https://doi.org/10.48550/arXiv.2303.08774")
    '10.48550/arxiv.2303.08774'
    """
    if not value:
        return None
    match = _DOI.search(str(value).strip())
    if not match:
        raise FieldError(f"doi {str(value)!r} is not a DOI")
    return match.group(1).rstrip(".,;").lower()


def parse_arxiv_id(value: Any) -> str | None:
    """A versionless arXiv id from an id, an ``arXiv:`` CURIE, an abs/pdf URL or an arXiv DOI.

    >>> parse_arxiv_id("https://arxiv.org/abs/2303.08774v3")
    '2303.08774'
    >>> parse_arxiv_id("10.48550/arXiv.1706.03762"), parse_arxiv_id("hep-th/9901001v2")
    ('1706.03762', 'hep-th/9901001')
    """
    if not value:
        return None
    text = str(value).strip()
    text = re.sub(r"^(https?://)?(www\.)?(export\.)?arxiv\.org/(abs|pdf)/", "", text, flags=re.I)
    text = re.sub(r"^(10\.48550/)?arxiv[:.]", "", text, flags=re.I)
    text = re.sub(r"\.pdf$", "", text, flags=re.I)
    for pattern in (_ARXIV_NEW, _ARXIV_OLD):
        match = pattern.fullmatch(text)
        if match:
            return match.group(1)
    raise FieldError(f"arXiv id {str(value)!r} is not an arXiv identifier")


def parse_openalex_id(value: Any) -> str | None:
    """An OpenAlex work id (``W123``) from the id or its URL.

    >>> parse_openalex_id("https://openalex.org/W2741809807")
    'W2741809807'
    """
    if not value:
        return None
    match = re.fullmatch(r"(?:https?://openalex\.org/)?([Ww]\d+)", str(value).strip())
    if not match:
        raise FieldError(f"OpenAlex id {str(value)!r} is not an OpenAlex id")
    return match.group(1).upper()
