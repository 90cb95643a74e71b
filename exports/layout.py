"""A precomputed 2-D layout, so GraphML and GEXF files open in Gephi already laid out.

Gephi, Gephi Lite and Cytoscape place every node at the origin (or at random)
when a file has no coordinates; the user then has to run a layout before the
map means anything. :func:`layout` computes positions once, at export time:

- the *core*, the :data:`CORE_SIZE` best-connected nodes (the entities many
  papers share, and the papers that mention the most), is laid out by a
  force-directed Fruchterman-Reingold simulation in NumPy;
- every other node (for a large corpus, most papers) is placed at the mean
  of its already-placed neighbours, plus a small offset derived from its id,
  so a paper sits among the entities it mentions; nodes with no placed
  neighbour go on an outer ring.

The work is linear in the graph beyond the fixed-size core, and the result
depends only on the graph (sorted ids, a fixed seed, rounded coordinates),
so the same graph gives the same file.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Hashable

import networkx as nx
import numpy as np

__all__ = ["CORE_SIZE", "SCALE", "layout"]

#: Nodes laid out by the force simulation; the rest are placed by their neighbours.
CORE_SIZE = 500
#: Pull towards the centre, so disconnected pieces stay in view.
GRAVITY = 1.0
#: Half the width of the drawing, in Gephi's units.
SCALE = 1000.0


def _unit(node: str) -> tuple[float, float]:
    """Two numbers in [0, 1) from the node id: a stable per-node jitter."""
    digest = hashlib.blake2b(node.encode("utf-8"), digest_size=8).digest()
    return (
        int.from_bytes(digest[:4], "big") / 2**32,
        int.from_bytes(digest[4:], "big") / 2**32,
    )


def _force_layout(adjacency: np.ndarray, iterations: int, seed: int) -> np.ndarray:
    """Fruchterman-Reingold positions in [-1, 1]^2 for a dense symmetric adjacency.

    Each step is a few n x n array operations and one matrix product (the
    displacement of node i is ``p_i * sum_j f_ij - sum_j f_ij * p_j``), not a
    loop over pairs.
    """
    n = adjacency.shape[0]
    if n < 2:
        return np.zeros((n, 2))
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1.0, 1.0, size=(n, 2))
    k = 2.0 / math.sqrt(n)
    temperature = 0.2
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        squares = (pos**2).sum(axis=1)
        distance2 = squares[:, None] + squares[None, :] - 2.0 * (pos @ pos.T)
        np.clip(distance2, 1e-4, None, out=distance2)
        # repulsion k^2/d between all pairs, attraction d^2/k along edges, as f_ij (p_i - p_j)
        strength = (k * k) / distance2 - adjacency * (np.sqrt(distance2) / k)
        np.fill_diagonal(strength, 0.0)
        displacement = pos * strength.sum(axis=1)[:, None] - strength @ pos
        # gravity: keeps small components near the big one instead of flung to the rim
        displacement -= GRAVITY * pos * np.sqrt(squares)[:, None]
        length = np.sqrt((displacement**2).sum(axis=1))
        np.clip(length, 0.01, None, out=length)
        pos += displacement * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    pos -= pos.mean(axis=0)
    extent = np.abs(pos).max()
    return pos / extent if extent > 0 else pos


def layout(
    G: nx.Graph, *, core_size: int = CORE_SIZE, iterations: int = 50, seed: int = 0
) -> dict[Hashable, tuple[float, float]]:
    """Node -> (x, y) in [-:data:`SCALE`, :data:`SCALE`], rounded to 0.1.

    >>> import networkx as nx
    >>> pos = layout(nx.path_graph(["a", "b", "c"]))
    >>> sorted(pos), all(abs(x) <= SCALE and abs(y) <= SCALE for x, y in pos.values())
    (['a', 'b', 'c'], True)
    >>> pos == layout(nx.path_graph(["c", "b", "a"]))  # depends on the graph, not on its order
    True
    """
    names = {node: str(node) for node in G}
    neighbours: dict[Hashable, set[Hashable]] = {node: set() for node in G}
    for u, v in G.edges():
        if u != v:
            neighbours[u].add(v)
            neighbours[v].add(u)
    by_degree = sorted(G, key=lambda node: (-len(neighbours[node]), names[node]))
    core = sorted(by_degree[:core_size], key=names.__getitem__)
    index = {node: i for i, node in enumerate(core)}
    adjacency = np.zeros((len(core), len(core)))
    for node in core:
        for other in neighbours[node]:
            j = index.get(other)
            if j is not None:
                adjacency[index[node], j] = 1.0
    placed = {
        node: (float(x), float(y))
        for node, (x, y) in zip(core, _force_layout(adjacency, iterations, seed), strict=True)
    }
    spread = 2.0 / math.sqrt(max(len(core), 1))
    for node in by_degree[core_size:]:
        around = [
            placed[other]
            for other in sorted(neighbours[node], key=names.__getitem__)
            if other in placed
        ]
        a, b = _unit(names[node])
        angle = 2.0 * math.pi * a
        if around:
            radius = spread * (0.3 + 0.7 * b)
            cx = sum(p[0] for p in around) / len(around)
            cy = sum(p[1] for p in around) / len(around)
        else:
            radius, cx, cy = 1.1 + 0.2 * b, 0.0, 0.0
        placed[node] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    extent = max((max(abs(x), abs(y)) for x, y in placed.values()), default=1.0) or 1.0
    factor = SCALE / extent
    return {
        node: (round(x * factor, 1) + 0.0, round(y * factor, 1) + 0.0)
        for node, (x, y) in placed.items()
    }
