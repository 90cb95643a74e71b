#!/usr/bin/env node
/**
 * Reads a GraphML or GEXF file with the parsers Gephi Lite uses and prints the resulting
 * graphology graph as one JSON object on stdout.
 *
 *   node tests/js/read_graph.mjs graphml|gexf FILE
 *
 * The parse calls mirror Gephi Lite's importer (packages/gephi-lite/src/core/graph/import):
 *
 *   graphml.parse(Graph, content, { addMissingNodes: true })
 *   gexf.parse(Graph, content, { allowUndeclaredAttributes: true, addMissingNodes: true })
 *
 * with `Graph` the default graphology constructor. Both parsers start from a simple graph of the
 * file's default edge type and copy it into a mixed and/or multi graph as soon as they meet an
 * edge of another type or a parallel edge, so parallel edges survive.
 *
 * Gephi Lite runs in a browser and imports the `/browser` entry points (window.DOMParser); under
 * Node the packages' own entry points inject @xmldom/xmldom's DOMParser into the same
 * `common/parser.js`. xmldom reports recoverable XML errors through console.warn / console.error
 * and carries on where a browser would return a <parsererror> document, so everything logged
 * through `console` while parsing is captured and returned in "warnings": a clean file has none.
 *
 * Output: {"type", "multi", "order", "size", "attributes", "nodes": {id: attributes},
 *          "edges": [{"key", "source", "target", "undirected", "attributes"}], "warnings": [...]}
 * Non-finite numbers (NaN from a non-numeric typed value, +/-Infinity) are written as the bare
 * tokens NaN / Infinity / -Infinity, which Python's json module reads back as floats.
 *
 * Exit status: 0 on success, 1 on any parse or read error (message on stderr), 2 on bad usage.
 */
import { readFileSync } from "node:fs";
import { format } from "node:util";

import Graph from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";

const PARSERS = {
  graphml: (content) => graphml.parse(Graph, content, { addMissingNodes: true }),
  gexf: (content) =>
    gexf.parse(Graph, content, { allowUndeclaredAttributes: true, addMissingNodes: true }),
};

const CAPTURED_METHODS = ["warn", "error", "log", "info", "debug"];

/**
 * Runs `fn` with every console method in CAPTURED_METHODS redirected into the returned list, so
 * nothing the libraries log can reach stdout and corrupt the JSON.
 */
function captureConsole(fn) {
  const messages = [];
  const saved = {};
  for (const method of CAPTURED_METHODS) {
    saved[method] = console[method];
    console[method] = (...args) => messages.push(`console.${method}: ${format(...args)}`);
  }
  try {
    return { value: fn(), messages };
  } catch (error) {
    error.capturedMessages = messages;
    throw error;
  } finally {
    for (const method of CAPTURED_METHODS) console[method] = saved[method];
  }
}

/** Sentinel for non-finite numbers; U+0000 cannot occur in an XML 1.0 document. */
const NONFINITE = "\u0000nonfinite\u0000";

function toJSON(value) {
  const text = JSON.stringify(value, (_key, v) =>
    typeof v === "number" && !Number.isFinite(v) ? NONFINITE + String(v) : v,
  );
  return text.replace(/"\\u0000nonfinite\\u0000(NaN|Infinity|-Infinity)"/g, "$1");
}

function describe(graph, warnings) {
  const nodes = [];
  graph.forEachNode((node, attributes) => nodes.push([node, attributes]));
  const edges = [];
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    edges.push({ key, source, target, undirected, attributes });
  });
  return {
    type: graph.type,
    multi: graph.multi,
    order: graph.order,
    size: graph.size,
    attributes: graph.getAttributes(),
    // Object.fromEntries defines own properties, so even an id like "__proto__" is kept.
    nodes: Object.fromEntries(nodes),
    edges,
    warnings,
  };
}

function main(argv) {
  const [fmt, file] = argv;
  if (argv.length !== 2 || !Object.hasOwn(PARSERS, fmt)) {
    process.stderr.write("usage: node read_graph.mjs graphml|gexf FILE\n");
    return 2;
  }

  let content;
  try {
    // Like Blob.text() in the browser: UTF-8, a leading BOM dropped, bad bytes become U+FFFD.
    content = new TextDecoder("utf-8").decode(readFileSync(file));
  } catch (error) {
    process.stderr.write(`read_graph: cannot read ${file}: ${error.message}\n`);
    return 1;
  }

  let result;
  try {
    result = captureConsole(() => PARSERS[fmt](content));
  } catch (error) {
    process.stderr.write(`read_graph: ${fmt} parse error in ${file}: ${error?.stack ?? error}\n`);
    for (const message of error?.capturedMessages ?? []) process.stderr.write(`${message}\n`);
    return 1;
  }

  process.stdout.write(`${toJSON(describe(result.value, result.messages))}\n`);
  return 0;
}

// exitCode rather than process.exit(): lets a large stdout write drain into a pipe.
process.exitCode = main(process.argv.slice(2));
