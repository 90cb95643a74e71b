"""Running SPARQL over a citekg graph: the cookbook in ``queries/``, parameters, two engines.

Each file of the cookbook opens with a comment header::

    # Title: Leaderboard of a benchmark
    # Question: Which models score what on a benchmark, best first?
    # Parameter: ?target = "MMLU" - the benchmark's name or one of its aliases
    # Checked on: Oxigraph 0.5, rdflib 7.6, Virtuoso 7.2

A parameter is a variable the query reads through ``COALESCE(?target,
"MMLU")`` and also projects, so the file runs as it is on any engine (with its
default), and :func:`run_query` binds a value as an RDF term: Oxigraph's
substitutions (SPARQL-dev SEP-0007) or rdflib's ``initBindings``. A value is
never pasted into the query text, so ``x" } ; DROP ALL ; #`` is a string that
matches nothing. Parameter columns are left out of the answer.

Oxigraph is the default engine. rdflib's engine orders joins by the number
of fixed terms, which can make a type pattern a cross product; the cookbook
is written to stay fast on both (the tests time every file on each).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from citekg.errors import InputError, UsageError

__all__ = [
    "ENGINES",
    "Parameter",
    "Query",
    "QueryResult",
    "cookbook",
    "format_result",
    "read_query",
    "run_query",
]

ENGINES = ("oxigraph", "rdflib")
_HEADER = re.compile(r"^#\s*(Title|Question|Parameters?|Checked on):\s*(.*)$")
_PARAMETER = re.compile(
    r"^\?(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<default>\"(?:[^\"\\]|\\.)*\"|<[^>]*>|-?\d+|"
    r"[A-Za-z][\w-]*:[\w-]*|none)\s*(?:-\s*(?P<description>.*))?$"
)
_PREFIX = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w-]*)?:\s*<([^>]*)>", re.IGNORECASE | re.MULTILINE)
_XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


@dataclass(frozen=True)
class Parameter:
    """A query parameter: its variable name, default (SPARQL term text, or None) and meaning."""

    name: str
    default: str | None
    description: str = ""

    @property
    def kind(self) -> str:
        """``"iri"``, ``"integer"`` or ``"string"``: how a value given for it is read."""
        if self.default is None or self.default.startswith("<") or _is_prefixed(self.default):
            return "iri" if self.default is not None else "any"
        if re.fullmatch(r"-?\d+", self.default):
            return "integer"
        return "string"


def _is_prefixed(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z][\w-]*:[\w-]*", text)) and not text.startswith("http")


@dataclass(frozen=True)
class Query:
    """A SPARQL query with what its header says about it."""

    name: str
    text: str
    title: str = ""
    question: str = ""
    parameters: tuple[Parameter, ...] = ()
    engines: str = ""
    source: str = ""

    @property
    def prefixes(self) -> dict[str, str]:
        """The query's PREFIX declarations."""
        return {prefix or "": iri for prefix, iri in _PREFIX.findall(self.text)}


@dataclass
class QueryResult:
    """The answer: variable names and rows of values (strings, numbers or None)."""

    variables: list[str]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def to_dicts(self) -> list[dict[str, Any]]:
        """The rows as dicts, variable -> value."""
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]


def parse_query(text: str, name: str, source: str = "") -> Query:
    """A :class:`Query` from its text; the header comment lines give its metadata."""
    meta: dict[str, str] = {}
    parameters = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _HEADER.match(line)
        if not match:
            continue
        key, value = match.group(1), match.group(2).strip()
        if key == "Parameter":
            parsed = _PARAMETER.match(value)
            if parsed is None:
                raise InputError(f"{source or name}: cannot read the parameter line {line!r}")
            default = parsed.group("default")
            parameters.append(
                Parameter(
                    parsed.group("name"),
                    None if default == "none" else default,
                    (parsed.group("description") or "").strip(),
                )
            )
        else:
            meta[key] = value
    return Query(
        name=name,
        text=text,
        title=meta.get("Title", ""),
        question=meta.get("Question", ""),
        parameters=tuple(parameters),
        engines=meta.get("Checked on", ""),
        source=source,
    )


def cookbook() -> dict[str, Query]:
    """The queries of ``queries/`` (installed as ``citekg.queries``), by name."""
    folder = resources.files("citekg.queries")
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse_query(
                entry.read_text(encoding="utf-8"), name, f"queries/{entry.name}"
            )
    return out


def read_query(name_or_file: str | os.PathLike[str]) -> Query:
    """A cookbook query by name (``leaderboard``, or ``leaderboard.rq``) or any ``.rq`` file."""
    text = os.fspath(name_or_file)
    path = Path(text)
    if path.is_file():
        try:
            body = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(f"{path}: cannot read ({err})") from err
        return parse_query(body, path.stem, str(path))
    book = cookbook()
    name = text[:-3] if text.endswith(".rq") else text
    if name in book:
        return book[name]
    raise InputError(f"{text}: no such query file or cookbook query; available: {', '.join(book)}")


def _bind(query: Query, values: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """Parameter name -> (kind, value) for the values given; unknown names are errors."""
    declared = {p.name: p for p in query.parameters}
    out = {}
    for name, value in values.items():
        name = name.lstrip("?")
        if name not in declared:
            known = ", ".join(declared) or "none"
            raise UsageError(f"{query.name}: no parameter {name!r}; it takes: {known}")
        kind = declared[name].kind
        if kind == "integer" and not re.fullmatch(r"-?\d+", value.strip()):
            raise UsageError(f"{query.name}: parameter {name} wants an integer, not {value!r}")
        if kind in ("iri", "any") and (value.startswith("<") or _is_prefixed(value)):
            value = _expand(value, query.prefixes)
            kind = "iri"
        elif kind == "iri" and re.match(r"^[a-z][a-z0-9+.-]*://", value):
            kind = "iri"
        elif kind in ("iri", "any"):
            kind = "string"
        out[name] = (kind, value)
    return out


def _expand(value: str, prefixes: Mapping[str, str]) -> str:
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    prefix, _, local = value.partition(":")
    if prefix not in prefixes:
        raise UsageError(f"unknown prefix {prefix!r} in {value!r}")
    return prefixes[prefix] + local


def _syntax_error(query: Query, err: Exception) -> InputError:
    """``source:line:column: message`` from either engine's syntax error."""
    text = str(err)
    where = query.source or query.name
    match = re.search(r"(\d+):(\d+)", text)
    line = getattr(err, "lineno", None)
    col = getattr(err, "col", None)
    if line is not None and col is not None:
        position = f"{line}:{col}"
    elif match:
        position = f"{match.group(1)}:{match.group(2)}"
    else:
        position = "?"
    message = text.splitlines()[0] if text else type(err).__name__
    return InputError(f"{where}:{position}: SPARQL syntax error: {message}")


def _oxigraph_value(term: Any) -> Any:
    import pyoxigraph

    if term is None:
        return None
    if isinstance(term, pyoxigraph.Literal):
        return _number(term.value, term.datatype.value)
    return term.value


def _rdflib_value(term: Any) -> Any:
    import rdflib

    if term is None:
        return None
    if isinstance(term, rdflib.Literal):
        return _number(str(term), str(term.datatype) if term.datatype else "")
    return str(term)


_INTEGERS = {
    f"http://www.w3.org/2001/XMLSchema#{t}"
    for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger", "gYear")
}
_REALS = {f"http://www.w3.org/2001/XMLSchema#{t}" for t in ("decimal", "double", "float")}


def _number(text: str, datatype: str) -> Any:
    """Numbers as Python numbers (engines spell one decimal 78.0 or 78), other values as text."""
    try:
        if datatype in _INTEGERS:
            return int(text)
        if datatype in _REALS:
            return float(text)
    except ValueError:
        return text
    return text


def _load_oxigraph(data: Path) -> Any:
    import gzip

    import pyoxigraph

    from citekg.graph.files import rdf_format

    fmt_name = rdf_format(data) or "turtle"
    formats = {
        "turtle": pyoxigraph.RdfFormat.TURTLE,
        "nt": pyoxigraph.RdfFormat.N_TRIPLES,
        "json-ld": pyoxigraph.RdfFormat.JSON_LD,
        "xml": pyoxigraph.RdfFormat.RDF_XML,
    }
    if fmt_name not in formats:
        raise InputError(f"{data}: cannot query this format; use Turtle, N-Triples or JSON-LD")
    store = pyoxigraph.Store()
    raw = data.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    try:
        store.bulk_load(raw, formats[fmt_name])
    except SyntaxError as err:
        raise InputError(f"{data}: {err}") from err
    return store


def run_query(
    query: Query | str,
    *,
    store: str | os.PathLike[str] | None = None,
    data: str | os.PathLike[str] | Any = None,
    params: Mapping[str, str] | None = None,
    engine: str = "oxigraph",
) -> QueryResult:
    """Run ``query`` (a :class:`Query`, a cookbook name or a file) over a graph.

    The graph is the Oxigraph ``store`` at a path (``citekg load --store``), or
    ``data``: an RDF file (Turtle, N-Triples, JSON-LD; gzipped too), an rdflib
    Graph or a pyoxigraph Store. ``params`` binds parameters by name, as RDF
    terms. ``engine`` is ``"oxigraph"`` (default) or ``"rdflib"``.
    """
    if not isinstance(query, Query):
        query = read_query(query)
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if (store is None) == (data is None):
        raise UsageError("give either a store (--store PATH) or a data file (--data FILE)")
    bound = _bind(query, params or {})
    hidden = {p.name for p in query.parameters}
    if engine == "oxigraph":
        return _run_oxigraph(query, bound, hidden, store, data)
    return _run_rdflib(query, bound, hidden, store, data)


def _run_oxigraph(
    query: Query, bound: dict[str, tuple[str, str]], hidden: set[str], store: Any, data: Any
) -> QueryResult:
    import pyoxigraph

    if store is not None:
        path = Path(store)
        if not path.is_dir():
            raise InputError(f"{path}: no such store (create it with citekg load OUT --store)")
        db = pyoxigraph.Store.read_only(str(path))
    elif isinstance(data, pyoxigraph.Store):
        db = data
    else:
        db = _load_oxigraph(Path(data))
    substitutions = {}
    for name, (kind, value) in bound.items():
        if kind == "iri":
            term = pyoxigraph.NamedNode(value)
        elif kind == "integer":
            term = pyoxigraph.Literal(value.strip(), datatype=pyoxigraph.NamedNode(_XSD_INTEGER))
        else:
            term = pyoxigraph.Literal(value)
        substitutions[pyoxigraph.Variable(name)] = term
    try:
        results = db.query(query.text, substitutions=substitutions or None)
    except SyntaxError as err:
        raise _syntax_error(query, err) from None
    except (ValueError, RuntimeError) as err:
        raise InputError(f"{query.source or query.name}: {err}") from None
    if not isinstance(results, pyoxigraph.QuerySolutions):
        raise InputError(f"{query.source or query.name}: only SELECT queries are supported")
    variables = [v.value for v in results.variables]
    keep = [i for i, v in enumerate(variables) if v not in hidden]
    rows = [tuple(_oxigraph_value(row[i]) for i in keep) for row in results]
    return QueryResult([variables[i] for i in keep], rows)


def _run_rdflib(
    query: Query, bound: dict[str, tuple[str, str]], hidden: set[str], store: Any, data: Any
) -> QueryResult:
    import rdflib
    from pyparsing import ParseException

    if store is not None:
        raise UsageError("the rdflib engine reads a data file (--data), not an Oxigraph store")
    if isinstance(data, rdflib.Graph):
        graph = data
    else:
        from citekg.graph.files import parse_rdf, rdf_format, read_bytes

        path = Path(data)
        graph = parse_rdf(read_bytes(path), rdf_format(path) or "turtle", path)
    bindings: dict[str, Any] = {}
    for name, (kind, value) in bound.items():
        if kind == "iri":
            bindings[name] = rdflib.URIRef(value)
        elif kind == "integer":
            bindings[name] = rdflib.Literal(int(value.strip()))
        else:
            bindings[name] = rdflib.Literal(value)
    try:
        results = graph.query(query.text, initBindings=bindings or None)
    except ParseException as err:
        raise _syntax_error(query, err) from None
    except Exception as err:  # rdflib raises many kinds on bad queries
        raise InputError(f"{query.source or query.name}: {type(err).__name__}: {err}") from None
    if results.type != "SELECT":
        raise InputError(f"{query.source or query.name}: only SELECT queries are supported")
    variables = [str(v) for v in results.vars]
    keep = [i for i, v in enumerate(variables) if v not in hidden]
    rows = [tuple(_rdflib_value(row[i]) for i in keep) for row in results]
    return QueryResult([variables[i] for i in keep], rows)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The result as an aligned text ``table``, ``csv`` or ``json`` (a list of objects)."""
    if fmt == "json":
        return json.dumps(result.to_dicts(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows(["" if v is None else v for v in row] for row in result.rows)
        return buffer.getvalue()
    if fmt != "table":
        raise UsageError(f"unknown output format {fmt!r}; choose table, csv or json")
    cells = [[_cell(v) for v in row] for row in result.rows]
    widths = [
        min(60, max([len(name)] + [len(row[i]) for row in cells]))
        for i, name in enumerate(result.variables)
    ]
    lines = [
        "  ".join(name.ljust(w) for name, w in zip(result.variables, widths, strict=True)).rstrip()
    ]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append(
            "  ".join(_clip(v, w).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
        )
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return " ".join(str(value).split())


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def parameters_text(parameters: Iterable[Parameter]) -> str:
    """``?target="MMLU", ?kind`` for listings."""
    return ", ".join(
        f"{p.name}={p.default}" if p.default is not None else p.name for p in parameters
    )
