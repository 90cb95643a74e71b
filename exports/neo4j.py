"""CSV files for ``neo4j-admin database import``: Neo4j's bulk loader.

``write_neo4j(G, "out/neo4j")`` writes a folder with one node file per kind
(``nodes-paper.csv``, ``nodes-model.csv``...) and one relationship file per
edge kind (``relationships-mentions.csv``...), their headers typed as the
import tool wants them, plus ``import.sh``, the command that loads them::

    id:ID,:LABEL,citations:int,label:string,authors:string[],...
    :START_ID,:END_ID,:TYPE,count:int,confidence:double,...

Node ids are citekg's node ids (``paper/2303.08774``, ``model/gpt-4``),
unique across all files, so one id space serves every relationship. Papers
are labelled ``Paper``; entities ``Entity`` plus their kind (``Entity;Model``),
results ``Result``. Lists (aliases, authors) are ``string[]`` joined with
``;``, the import tool's default array delimiter; a ``;`` inside an item is
written as ``,``. Fields may span lines (abstracts), hence
``--multiline-fields=true`` in ``import.sh``. Files are sorted and
deterministic.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from citekg.exports.atomic import atomic_folder
from citekg.exports.attributes import base_iri_of, clean, format_value, value_type

__all__ = ["ARRAY_DELIMITER", "from_neo4j", "read_neo4j", "write_neo4j"]

#: neo4j-admin's default ``--array-delimiter``.
ARRAY_DELIMITER = ";"
_ARRAY = "string[]"
_NEO4J_TYPES = {"boolean": "boolean", "int": "int", "long": "long", "double": "double"}


def _label(kind: str) -> str:
    if kind in ("paper", "result"):
        return kind.capitalize()
    return f"Entity{ARRAY_DELIMITER}{kind.capitalize()}"


def _relationship_type(kind: str) -> str:
    return kind.upper()


def _column_types(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    values: dict[str, list[Any]] = defaultdict(list)
    for attrs in rows:
        for name, value in attrs.items():
            if value is not None and not (isinstance(value, float) and value != value):
                values[name].append(value)
    types = {}
    for name in sorted(values):
        if any(isinstance(v, list | tuple | set | frozenset) for v in values[name]):
            types[name] = _ARRAY
        else:
            types[name] = _NEO4J_TYPES.get(value_type(values[name]), "string")
    return types


def _cell(value: Any, kind: str) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if kind == _ARRAY:
        if isinstance(value, set | frozenset):
            items = sorted(value)
        elif isinstance(value, list | tuple):
            items = list(value)
        else:
            items = [value]
        return ARRAY_DELIMITER.join(
            clean(str(x)).replace(ARRAY_DELIMITER, ",") for x in items if x is not None
        )
    return format_value(value, kind)


def _write_csv(path: Path, header: list[str], rows: Iterable[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _import_script(node_files: list[str], relationship_files: list[str]) -> str:
    options = [
        "--multiline-fields=true",
        f"--array-delimiter='{ARRAY_DELIMITER}'",
        *[f"--nodes={name}" for name in node_files],
        *[f"--relationships={name}" for name in relationship_files],
    ]
    lines = [
        "#!/bin/sh",
        "# Load this folder into a new, empty Neo4j database (the server must be stopped):",
        "#   sh import.sh [DATABASE]   (default database: neo4j)",
        "# neo4j-admin must be on PATH; run from this folder.",
        "set -e",
        'neo4j-admin database import full "${1:-neo4j}" \\',
    ]
    return "\n".join(lines + [f"  {opt} \\" for opt in options[:-1]] + [f"  {options[-1]}"]) + "\n"


def write_neo4j(G: nx.MultiDiGraph, dest: str | os.PathLike[str]) -> int:
    """Write ``G`` as neo4j-admin import CSV files into the folder ``dest``; returns the rows.

    The folder is replaced as a whole (atomically): it never holds files of
    two builds.

    >>> import tempfile, pathlib, networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper/a", kind="paper", label="A", year=2023, authors=["X", "Y"])
    >>> G.add_node("model/b", kind="model", label="B", aliases=[])
    >>> _ = G.add_edge("paper/a", "model/b", key="mentions", kind="mentions", count=2)
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "neo4j"
    >>> write_neo4j(G, out)
    3
    >>> header, row = (out / "nodes-paper.csv").read_text().splitlines()
    >>> header
    'id:ID,:LABEL,authors:string[],kind:string,label:string,year:int'
    >>> row
    'paper/a,Paper,X;Y,paper,A,2023'
    >>> (out / "relationships-mentions.csv").read_text().splitlines()[0]
    ':START_ID,:END_ID,:TYPE,count:int'
    """
    by_kind: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for node, data in G.nodes(data=True):
        by_kind[str(data.get("kind", ""))].append((str(node), data))
    edges: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for u, v, key, data in G.edges(keys=True, data=True):
        kind = str(data.get("kind", key))
        edges[kind].append((str(u), str(v), {k: x for k, x in data.items() if k != "kind"}))
    rows = 0
    node_files, relationship_files = [], []
    with atomic_folder(dest) as folder:
        for kind in sorted(by_kind):
            nodes = sorted(by_kind[kind], key=lambda item: item[0])
            types = _column_types(data for _, data in nodes)
            name = f"nodes-{kind or 'other'}.csv"
            header = ["id:ID", ":LABEL", *(f"{col}:{t}" for col, t in types.items())]
            _write_csv(
                folder / name,
                header,
                (
                    [clean(node), _label(kind), *(_cell(data.get(c), t) for c, t in types.items())]
                    for node, data in nodes
                ),
            )
            node_files.append(name)
            rows += len(nodes)
        for kind in sorted(edges):
            links = sorted(edges[kind], key=lambda item: item[:2])
            types = _column_types(data for *_, data in links)
            name = f"relationships-{kind}.csv"
            header = [":START_ID", ":END_ID", ":TYPE", *(f"{c}:{t}" for c, t in types.items())]
            _write_csv(
                folder / name,
                header,
                (
                    [
                        clean(u),
                        clean(v),
                        _relationship_type(kind),
                        *(_cell(data.get(c), t) for c, t in types.items()),
                    ]
                    for u, v, data in links
                ),
            )
            relationship_files.append(name)
            rows += len(links)
        (folder / "import.sh").write_text(
            _import_script(node_files, relationship_files), encoding="utf-8"
        )
    return rows


def _parse(text: str, kind: str) -> Any:
    if text == "":
        return None
    if kind == _ARRAY:
        return text.split(ARRAY_DELIMITER)
    if kind == "boolean":
        return text == "true"
    if kind in ("int", "long"):
        return int(text)
    if kind == "double":
        return float(text)
    return text


def _read_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        return header, list(reader)


def read_neo4j(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """The citekg graph of a folder written by :func:`write_neo4j` (see :func:`from_neo4j`)."""
    return from_neo4j(path)


def from_neo4j(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read back a :func:`write_neo4j` folder: nodes with typed properties, edges keyed by kind.

    Empty cells are absent properties (an empty list of aliases comes back as
    ``[]`` on entities, as the other readers do). Raises ``ValueError`` when a
    relationship refers to an id no node file defines.
    """
    folder = Path(path)
    G = nx.MultiDiGraph()
    for file in sorted(folder.glob("nodes-*.csv")):
        header, rows = _read_rows(file)
        columns = [tuple(h.rsplit(":", 1)) for h in header[2:]]
        for row in rows:
            attrs = {c: _parse(cell, t) for (c, t), cell in zip(columns, row[2:], strict=True)}
            attrs = {c: v for c, v in attrs.items() if v is not None}
            if attrs.get("kind") not in ("paper", "result"):
                attrs.setdefault("aliases", [])
            G.add_node(row[0], **attrs)
    edges = []
    for file in sorted(folder.glob("relationships-*.csv")):
        header, rows = _read_rows(file)
        columns = [tuple(h.rsplit(":", 1)) for h in header[3:]]
        for row in rows:
            u, v, kind = row[0], row[1], row[2].lower()
            for end in (u, v):
                if end not in G:
                    raise ValueError(f"{file.name}: relationship to unknown node id {end!r}")
            attrs = {c: _parse(cell, t) for (c, t), cell in zip(columns, row[3:], strict=True)}
            edges.append((u, v, kind, {c: x for c, x in attrs.items() if x is not None}))
    H = nx.MultiDiGraph()  # nodes and edges in id order, as the other readers give them
    H.add_nodes_from(sorted(G.nodes(data=True)))
    for u, v, kind, attrs in sorted(edges, key=lambda e: e[:3]):
        H.add_edge(u, v, key=kind, kind=kind, **attrs)
    base = base_iri_of(H)
    if base is not None:
        H.graph["base_iri"] = base
    return H
