"""IRIs of the data: a base IRI plus a node id, valid whatever the id holds.

Node ids are built from stable identifiers (``paper/arxiv-2303.08774``,
``model/gpt-4``), so an IRI does not change from run to run or with the order
of the input. Ids are ASCII slugs already; :func:`mint` still percent-encodes
anything outside the IRI path characters, so an id made elsewhere (a user's
own graph) gives an IRI every Turtle parser accepts.

>>> mint("https://example.org/kg/", "model/gpt-4")
'https://example.org/kg/model/gpt-4'
>>> mint("https://example.org/kg/", 'odd <name> #1 "q" 100%')
'https://example.org/kg/odd%20%3Cname%3E%20%231%20%22q%22%20100%25'
>>> node_id("https://example.org/kg/", mint("https://example.org/kg/", "a b/c"))
'a b/c'
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlsplit

from citekg.errors import InputError

__all__ = ["check_base_iri", "mint", "node_id"]

# Characters left unescaped in the path of an IRI we mint: RFC 3987 ipath
# characters minus those some stores reject in practice ('\'', '(', ')', '*').
_SAFE = "/-._~!$&+,;=:@"
_BAD_BASE = re.compile(r"[\x00-\x20<>\"{}|\\^`]")


def check_base_iri(base: str) -> str:
    """``base`` if it can prefix node ids: absolute, with no character IRIs forbid,
    ending in ``/`` or ``#``. Raises :class:`~citekg.errors.InputError` otherwise.

    >>> check_base_iri("https://example.org/kg/")
    'https://example.org/kg/'
    >>> check_base_iri("example.org/kg")
    Traceback (most recent call last):
    ...
    citekg.errors.InputError: base IRI 'example.org/kg' is not absolute (it needs a scheme, e.g. https://)
    """
    parts = urlsplit(base)
    if not parts.scheme or not (parts.netloc or parts.scheme in ("urn", "tag")):
        raise InputError(f"base IRI {base!r} is not absolute (it needs a scheme, e.g. https://)")
    if _BAD_BASE.search(base):
        raise InputError(
            f'base IRI {base!r} holds a space, a control character or one of <>"{{}}|\\^`'
        )
    if not base.endswith(("/", "#")) and not (parts.scheme == "urn" and base.endswith(":")):
        raise InputError(f"base IRI {base!r} must end with '/' or '#' (or ':' for a URN)")
    return base


def mint(base: str, node: str) -> str:
    """The IRI of ``node`` under ``base``: the percent-encoded id appended."""
    return base + quote(node, safe=_SAFE)


def node_id(base: str, iri: str) -> str | None:
    """The node id of an IRI minted under ``base`` (inverse of :func:`mint`), or None."""
    if not iri.startswith(base):
        return None
    return unquote(iri[len(base) :])
