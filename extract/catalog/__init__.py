"""The catalog of known entities: models, datasets, benchmarks, organisations, methods.

Entries live in JSON Lines files inside this package (``curated/`` is written
by hand); each line is an object with ``name``, ``type``, ``aliases``,
``family``, ``developer`` and ``ambiguous`` (plus, for generated entries,
``source`` and ``ids``). :func:`load_catalog` reads them into
:class:`CatalogEntry` records, keyed by type and slug, with duplicates folded.

>>> entries = load_catalog()
>>> gpt4 = next(e for e in entries if e.key == "model/gpt-4")
>>> gpt4.name, gpt4.type
('GPT-4', 'model')
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from citekg.errors import InputError
from citekg.extract.naming import fold_name, slugify
from citekg.extract.records import ENTITY_TYPES

__all__ = ["CatalogEntry", "bundled_catalog_files", "entry_from_dict", "load_catalog"]


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """One known entity.

    ``key`` (``type/slug``) is its identity across papers and runs.
    ``ambiguous`` entries are common words too (Alpaca, Falcon, MATH) and are
    only accepted when the text writes them exactly as the catalog does.
    ``ids`` holds external identifiers copied from the source catalog, never invented.
    """

    key: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    family: str | None = None
    developer: tuple[str, ...] = ()
    ambiguous: bool = False
    source: str = "curated"
    ids: tuple[tuple[str, str], ...] = field(default=())

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The name followed by its aliases."""
        return (self.name, *self.aliases)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this entry is stored as."""
        out: dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "family": self.family,
            "developer": list(self.developer),
            "ambiguous": self.ambiguous,
            "source": self.source,
        }
        if self.ids:
            out["ids"] = dict(self.ids)
        return out


def entry_from_dict(data: dict[str, Any], source: str = "curated") -> CatalogEntry:
    """Build a CatalogEntry from its JSON object; raises ValueError when it is not one."""
    name = str(data.get("name") or "").strip()
    kind = data.get("type")
    if not name:
        raise ValueError("entry has no name")
    if kind not in ENTITY_TYPES:
        raise ValueError(f"entry {name!r} has type {kind!r}; expected one of {ENTITY_TYPES}")
    aliases = tuple(dict.fromkeys(a.strip() for a in data.get("aliases") or () if a.strip()))
    return CatalogEntry(
        key=f"{kind}/{slugify(name)}",
        name=name,
        type=kind,
        aliases=tuple(a for a in aliases if a != name),
        family=data.get("family") or None,
        developer=tuple(data.get("developer") or ()),
        ambiguous=bool(data.get("ambiguous", False)),
        source=str(data.get("source") or source),
        ids=tuple(sorted((str(k), str(v)) for k, v in (data.get("ids") or {}).items())),
    )


def bundled_catalog_files() -> list[Path]:
    """The catalog files shipped inside the package, in a fixed order."""
    root = resources.files("citekg.extract.catalog")
    files = []
    for folder in ("curated", "generated"):
        sub = root / folder
        if sub.is_dir():
            files.extend(Path(str(p)) for p in sub.iterdir() if p.name.endswith(".jsonl"))
    return sorted(files)


def load_catalog(paths: Iterable[str | os.PathLike[str]] | None = None) -> list[CatalogEntry]:
    """Read catalog entries from ``paths`` (default: the bundled files).

    Entries with the same key are folded: the first keeps its name and type
    and gains the others' aliases and developers. Raises
    :class:`~citekg.errors.InputError` naming the file and line of a bad entry.
    """
    by_key: dict[str, CatalogEntry] = {}
    for path in bundled_catalog_files() if paths is None else paths:
        path = Path(path)
        source = path.parent.name if path.parent.name != "catalog" else "catalog"
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    entry = entry_from_dict(json.loads(line), source)
                except (ValueError, TypeError, AttributeError) as err:
                    raise InputError(f"{path}:{number}: bad catalog entry: {err}") from err
                old = by_key.get(entry.key)
                if old is None:
                    by_key[entry.key] = entry
                    continue
                aliases = tuple(dict.fromkeys((*old.aliases, entry.name, *entry.aliases)))
                developer = tuple(dict.fromkeys((*old.developer, *entry.developer)))
                by_key[entry.key] = CatalogEntry(
                    old.key,
                    old.name,
                    old.type,
                    tuple(a for a in aliases if a != old.name),
                    old.family or entry.family,
                    developer,
                    old.ambiguous or entry.ambiguous,
                    old.source,
                    old.ids or entry.ids,
                )
    # A generated entry that shares a spelling with a curated one of another key is a
    # reading the curators did not choose ("UnifiedQA" the dataset vs. the model); one
    # that differs only by a release's ".0" is the curated entity spelled another way
    # ("Wav2Vec2" of wav2vec 2.0), so it becomes an alias (its ids stay behind: a
    # curated entry carries none).
    curated_forms = {
        fold_name(form)
        for e in by_key.values()
        if e.source == "curated"
        for form in e.surface_forms
    }
    releases = {
        _release_fold(form): e.key
        for e in by_key.values()
        if e.source == "curated"
        for form in e.surface_forms
    }
    for e in list(by_key.values()):
        if e.source == "curated" or any(fold_name(f) in curated_forms for f in e.surface_forms):
            continue
        folds = map(_release_fold, e.surface_forms)
        same = next((releases[k] for k in folds if k in releases), None)
        if same is not None and by_key[same].type == e.type:
            owner = by_key[same]
            aliases = tuple(dict.fromkeys((*owner.aliases, *e.surface_forms)))
            by_key[same] = replace(owner, aliases=aliases)
            curated_forms.update(fold_name(f) for f in e.surface_forms)
    return [
        e
        for e in by_key.values()
        if e.source == "curated" or not any(fold_name(f) in curated_forms for f in e.surface_forms)
    ]


_POINT_ZERO = re.compile(r"(?<=\d)\.0(?![\w.])")


def _release_fold(name: str) -> str:
    """The folded name without a release's ".0": "wav2vec 2.0" -> "wav2vec2"."""
    return fold_name(_POINT_ZERO.sub("", name))
