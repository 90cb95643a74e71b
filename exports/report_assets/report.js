/* citekg report: draws the network and builds_on views with graphology + sigma.js, and wires
 * the search box, the click panel, the legend and the leaderboard filter. The data comes from
 * the JSON block #citekg-data, written by citekg.exports.report. Text from the corpus is only
 * ever set with textContent. `window.citekgReport` exposes the state for tests and users:
 * { ready, selected, select(nodeOrName), search(query), network, buildsOn }. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("citekg-data").textContent);
  var Graph = window.graphology && (window.graphology.MultiDirectedGraph || window.graphology.Graph);
  var SigmaClass = window.Sigma && (window.Sigma.Sigma || window.Sigma);
  var state = { ready: false, selected: null, network: null, buildsOn: null, errors: [] };
  window.citekgReport = state;

  var FADED = "#e4e6e8";
  var hiddenKinds = {};

  /* The same folding as citekg's fold_name: compatibility forms, case, no punctuation. */
  function fold(text) {
    return String(text).normalize("NFKC").toLowerCase().replace(/×/g, "x")
      .replace(/[^\p{L}\p{N}]+/gu, "");
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function makeGraph(view) {
    var graph = new Graph();
    view.nodes.forEach(function (row) {
      graph.addNode(row[0], {
        label: row[1], kind: row[2], x: row[3], y: row[4], size: row[5],
        color: data.colors[row[2]] || "#7f7f7f"
      });
    });
    view.edges.forEach(function (row, i) {
      var source = view.nodes[row[0]][0];
      var target = view.nodes[row[1]][0];
      graph.addEdgeWithKey("e" + i, source, target, {
        kind: row[2], label: row[3] || null, size: row[2] === "builds_on" ? 1.5 : 0.6,
        color: row[2] === "builds_on" ? "#9aa5b1" : "#cfd6dd"
      });
    });
    return graph;
  }

  function hasWebGL() {
    try {
      var canvas = document.createElement("canvas");
      return !!(canvas.getContext("webgl2") || canvas.getContext("webgl"));
    } catch (err) {
      return false;
    }
  }

  function startSigma(container, graph, settings) {
    if (!SigmaClass || !Graph) {
      var why = hasWebGL()
        ? "The network view could not load its libraries (" + (window.citekgLibraryErrors || []).join("; ") + ")."
        : "The network view needs WebGL, which this browser has turned off; the rest of the page works.";
      container.appendChild(el("p", { "class": "notice" }, why));
      state.errors = (window.citekgLibraryErrors || []).slice();
      return null;
    }
    try {
      return new SigmaClass(graph, container, settings);
    } catch (err) {
      container.appendChild(el("p", { "class": "notice" },
        "The network view needs WebGL, which this browser does not offer (" + err.message + ")."));
      state.errors.push(String(err));
      return null;
    }
  }

  /* -- the network view -------------------------------------------------------------------- */

  var container = document.getElementById("network-view");
  var graph = makeGraph(data.network);
  var neighbours = null;

  function focusSet(node) {
    var set = new Set([node]);
    graph.forEachNeighbor(node, function (other) { set.add(other); });
    return set;
  }

  var renderer = startSigma(container, graph, {
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.6,
    defaultEdgeType: "line",
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
    nodeReducer: function (node, attrs) {
      var out = Object.assign({}, attrs);
      if (hiddenKinds[attrs.kind]) out.hidden = true;
      if (neighbours) {
        if (node === state.selected) {
          out.highlighted = true; out.forceLabel = true; out.zIndex = 2;
        } else if (neighbours.has(node)) {
          out.forceLabel = graph.degree(state.selected) <= 40; out.zIndex = 1;
        } else {
          out.color = FADED; out.label = null; out.zIndex = 0;
        }
      }
      return out;
    },
    edgeReducer: function (edge, attrs) {
      var out = Object.assign({}, attrs);
      var ends = graph.extremities(edge);
      if (hiddenKinds[graph.getNodeAttribute(ends[0], "kind")] ||
          hiddenKinds[graph.getNodeAttribute(ends[1], "kind")]) out.hidden = true;
      if (neighbours) {
        if (ends[0] === state.selected || ends[1] === state.selected) {
          out.color = "#6e7781"; out.size = 1.2; out.zIndex = 1;
        } else {
          out.hidden = true;
        }
      }
      return out;
    }
  });
  state.network = renderer;

  var details = document.getElementById("details");

  function paperItem(id, sentence, text) {
    var paper = data.papers[id] || [id, null, 0];
    var li = el("li");
    var link = el("a", { href: "#network", "data-node": id }, paper[0]);
    li.appendChild(link);
    var meta = [];
    if (paper[1]) meta.push(paper[1]);
    meta.push(paper[2].toLocaleString("en") + " citations");
    li.appendChild(el("span", { "class": "kind-tag" }, meta.join(", ")));
    if (sentence) {
      var quote = el("blockquote");
      var at = text ? sentence.indexOf(text) : -1;
      if (at >= 0) {
        quote.appendChild(document.createTextNode(sentence.slice(0, at)));
        quote.appendChild(el("mark", null, text));
        quote.appendChild(document.createTextNode(sentence.slice(at + text.length)));
      } else {
        quote.textContent = sentence;
      }
      li.appendChild(quote);
    }
    return li;
  }

  function showDetails(node) {
    details.textContent = "";
    var attrs = graph.getNodeAttributes(node);
    var info = data.details[node] || {};
    var heading = el("h3", { "data-node": node }, attrs.label);
    heading.appendChild(el("span", { "class": "kind-tag" }, attrs.kind));
    details.appendChild(heading);
    if (attrs.kind === "paper") {
      var paper = data.papers[node];
      details.appendChild(el("p", { "class": "muted" },
        (paper[1] ? paper[1] + ", " : "") + paper[2].toLocaleString("en") + " citations"));
      details.appendChild(el("h4", null, "Entities it mentions (" + info.entities.length + ")"));
      var list = el("ul");
      info.entities.forEach(function (entity) {
        if (!graph.hasNode(entity)) return;
        var li = el("li");
        li.appendChild(el("a", { href: "#network", "data-node": entity }, graph.getNodeAttribute(entity, "label")));
        li.appendChild(el("span", { "class": "kind-tag" }, graph.getNodeAttribute(entity, "kind")));
        list.appendChild(li);
      });
      details.appendChild(list);
      return;
    }
    if (info.aliases && info.aliases.length) {
      details.appendChild(el("p", null, "Also written: " + info.aliases.join(", ")));
    }
    if (info.developed_by && info.developed_by.length) {
      details.appendChild(el("p", null, "Developed by " + info.developed_by.join(", ")));
    }
    if (info.introduced_by && info.introduced_by.length) {
      var intro = el("p", null, "Introduced by ");
      info.introduced_by.forEach(function (paperId, i) {
        if (i) intro.appendChild(document.createTextNode("; "));
        intro.appendChild(el("a", { href: "#network", "data-node": paperId }, data.papers[paperId][0]));
      });
      if (info.introducers > info.introduced_by.length) {
        intro.appendChild(document.createTextNode(
          " and " + (info.introducers - info.introduced_by.length) + " more papers"));
      }
      details.appendChild(intro);
    }
    var count = info.count || 0;
    details.appendChild(el("h4", { "data-papers": String(count) },
      "Mentioned in " + count + (count === 1 ? " paper" : " papers")));
    var ol = el("ol");
    (info.papers || []).forEach(function (row) { ol.appendChild(paperItem(row[0], row[1], row[2])); });
    details.appendChild(ol);
    if (count > (info.papers || []).length) {
      details.appendChild(el("p", { "class": "muted" },
        "and " + (count - info.papers.length) + " less cited papers"));
    }
  }

  function resolve(nodeOrName) {
    if (graph.hasNode(nodeOrName)) return nodeOrName;
    var hits = search(nodeOrName);
    return hits.length ? hits[0].node : null;
  }

  function select(nodeOrName) {
    var node = nodeOrName === null ? null : resolve(nodeOrName);
    state.selected = node;
    neighbours = node ? focusSet(node) : null;
    container.setAttribute("data-selected", node || "");
    if (!node) {
      details.textContent = "";
      details.appendChild(el("p", { "class": "muted" }, "Click a node, or search, to see its papers and the sentences that mention it."));
    } else {
      showDetails(node);
    }
    if (renderer) {
      renderer.refresh();
      if (node) {
        var shown = renderer.getNodeDisplayData(node);
        if (shown) renderer.getCamera().animate({ x: shown.x, y: shown.y, ratio: 0.35 }, { duration: 400 });
      }
    }
    return node;
  }
  state.select = select;

  /* -- search ------------------------------------------------------------------------------ */

  var searchBox = document.getElementById("search");
  var results = document.getElementById("search-results");
  var current = [];

  function search(query) {
    var q = fold(query);
    if (!q) return [];
    var exact = [], prefix = [], inside = [], seen = {};
    data.names.forEach(function (row) {
      var folded = row[0];
      var bucket = folded === q ? exact : folded.indexOf(q) === 0 ? prefix : folded.indexOf(q) > 0 ? inside : null;
      if (bucket) bucket.push({ node: row[1], name: row[2] });
    });
    var byLabel = function (a, b) {
      var la = graph.getNodeAttribute(a.node, "label"), lb = graph.getNodeAttribute(b.node, "label");
      var ka = graph.getNodeAttribute(a.node, "kind") === "paper", kb = graph.getNodeAttribute(b.node, "kind") === "paper";
      return (ka - kb) || (la.length - lb.length) || (la < lb ? -1 : la > lb ? 1 : 0);
    };
    var hits = [];
    [exact, prefix, inside].forEach(function (bucket) {
      bucket.sort(byLabel).forEach(function (hit) {
        if (!seen[hit.node] && graph.hasNode(hit.node)) { seen[hit.node] = true; hits.push(hit); }
      });
    });
    return hits.slice(0, 12);
  }
  state.search = search;

  function showResults() {
    current = search(searchBox.value);
    results.textContent = "";
    current.forEach(function (hit, i) {
      var attrs = graph.getNodeAttributes(hit.node);
      var li = el("li", { role: "option", "data-node": hit.node, "aria-selected": i === 0 ? "true" : "false" }, attrs.label);
      var tag = attrs.kind + (hit.name !== attrs.label ? " · " + hit.name : "");
      li.appendChild(el("span", { "class": "kind-tag" }, tag));
      li.addEventListener("mousedown", function (event) {
        event.preventDefault();
        pick(hit.node);
      });
      results.appendChild(li);
    });
    results.hidden = current.length === 0;
  }

  function pick(node) {
    results.hidden = true;
    searchBox.value = graph.getNodeAttribute(node, "label");
    select(node);
  }

  searchBox.addEventListener("input", showResults);
  searchBox.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
      current = search(searchBox.value);
      if (current.length) pick(current[0].node);
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });
  searchBox.addEventListener("blur", function () { results.hidden = true; });

  /* -- zoom, clicks, legend, links ---------------------------------------------------------- */

  if (renderer) {
    renderer.on("clickNode", function (event) { select(event.node); });
    renderer.on("clickStage", function () { select(null); });
    renderer.on("enterNode", function () { container.style.cursor = "pointer"; });
    renderer.on("leaveNode", function () { container.style.cursor = ""; });
    var camera = renderer.getCamera();
    document.getElementById("zoom-in").addEventListener("click", function () { camera.animatedZoom({ duration: 300 }); });
    document.getElementById("zoom-out").addEventListener("click", function () { camera.animatedUnzoom({ duration: 300 }); });
    document.getElementById("zoom-reset").addEventListener("click", function () { camera.animatedReset({ duration: 300 }); });
  }

  document.querySelectorAll(".legend .kind").forEach(function (button) {
    button.addEventListener("click", function () {
      var kind = button.getAttribute("data-kind");
      hiddenKinds[kind] = !hiddenKinds[kind];
      button.setAttribute("aria-pressed", hiddenKinds[kind] ? "false" : "true");
      if (renderer) renderer.refresh();
    });
  });

  /* any element with data-node outside the chart SVGs' own handler selects that node */
  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("[data-node]") : null;
    if (!target || target.closest("#search-results") || target.tagName === "H3" && target.closest("#details")) return;
    var node = target.getAttribute("data-node");
    if (!graph.hasNode(node)) return;
    event.preventDefault();
    select(node);
    document.getElementById("network").scrollIntoView({ behavior: "smooth", block: "start" });
  });

  var filter = document.getElementById("board-filter");
  if (filter) {
    filter.addEventListener("input", function () {
      var q = fold(filter.value);
      document.querySelectorAll(".board").forEach(function (board) {
        board.hidden = q !== "" && board.getAttribute("data-name").indexOf(q) < 0;
      });
    });
  }

  /* -- the builds_on map --------------------------------------------------------------------- */

  var mapContainer = document.getElementById("builds-on-view");
  if (data.builds_on.nodes.length) {
    state.buildsOn = startSigma(mapContainer, makeGraph(data.builds_on), {
      defaultEdgeType: "arrow",
      renderEdgeLabels: true,
      labelRenderedSizeThreshold: 4,
      edgeLabelSize: 11
    });
  } else {
    mapContainer.appendChild(el("p", { "class": "notice" }, "No paper of this corpus builds on another."));
  }

  state.ready = true;
  document.body.setAttribute("data-ready", "true");
})();
