"""The Node harness reads hand-written GraphML and GEXF with Gephi Lite's parsers.

The expectations record what graphology-graphml 0.5.2 and graphology-gexf 0.13.2 actually do
(``common/parser.js`` and ``common/defaults.js`` of each package), including their surprises.
"""

from __future__ import annotations

from tests.nodejs import read_with_graphology

GRAPHML = """\
<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="g0" for="graph" attr.name="title" attr.type="string"/>
  <key id="n0" for="node" attr.name="label" attr.type="string"/>
  <key id="n1" for="node" attr.name="year" attr.type="int"/>
  <key id="n2" for="node" attr.name="score" attr.type="double"/>
  <key id="n3" for="node" attr.name="open" attr.type="boolean"/>
  <key id="n4" for="node" attr.name="citations" attr.type="long"/>
  <key id="nr" for="node" attr.name="r" attr.type="int"/>
  <key id="ng" for="node" attr.name="g" attr.type="int"/>
  <key id="nb" for="node" attr.name="b" attr.type="int"/>
  <key id="e0" for="edge" attr.name="relation" attr.type="string"/>
  <key id="e1" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="citekg" edgedefault="directed">
    <data key="g0">tiny</data>
    <node id="p1">
      <data key="n0">Attention Is All You Need</data>
      <data key="n1">2017</data>
      <data key="n2">0.75</data>
      <data key="n3">True</data>
      <data key="n4">9007199254740993</data>
      <data key="nr">255</data><data key="ng">128</data><data key="nb">0</data>
    </node>
    <node id="m1">
      <data key="n0">Transformer</data>
      <data key="n1">2017</data>
      <data key="n3">false</data>
    </node>
    <edge id="e-a" source="p1" target="m1" label="ignored">
      <data key="e0">introduces</data><data key="e1">1.0</data>
    </edge>
    <edge id="e-b" source="p1" target="m1">
      <data key="e0">evaluates</data><data key="e1">2.5</data>
    </edge>
  </graph>
</graphml>
"""

GEXF = """\
<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="2024-05-01">
    <creator>citekg</creator>
    <description>tiny</description>
  </meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
      <attribute id="0" title="kind" type="string"/>
      <attribute id="1" title="year" type="integer"/>
      <attribute id="2" title="score" type="double"/>
      <attribute id="3" title="open" type="boolean"/>
      <attribute id="venue" title="Venue" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="0" title="relation" type="string"/>
    </attributes>
    <nodes>
      <node id="p1" label="Attention Is All You Need">
        <attvalues>
          <attvalue for="0" value="paper"/>
          <attvalue for="1" value="2017"/>
          <attvalue for="2" value="0.75"/>
          <attvalue for="3" value="true"/>
          <attvalue for="venue" value="NeurIPS"/>
        </attvalues>
        <viz:color r="255" g="128" b="0"/>
        <viz:size value="12.5"/>
        <viz:position x="10.0" y="-20.5" z="0.0"/>
      </node>
      <node id="m1" label="Transformer">
        <attvalues>
          <attvalue for="0" value="model"/>
          <attvalue for="1" value="2017"/>
          <attvalue for="3" value="false"/>
        </attvalues>
        <viz:color hex="#1f77b4"/>
        <viz:size value="4"/>
        <viz:position x="0" y="0"/>
      </node>
    </nodes>
    <edges>
      <edge id="e-a" source="p1" target="m1" label="introduces" weight="1.0">
        <attvalues><attvalue for="0" value="introduces"/></attvalues>
        <viz:color r="10" g="20" b="30" a="0.5"/>
      </edge>
      <edge id="e-b" source="p1" target="m1" weight="2.5">
        <attvalues><attvalue for="0" value="evaluates"/></attvalues>
      </edge>
    </edges>
  </graph>
</gexf>
"""


def test_graphology_reads_hand_written_graphml_and_gexf(tmp_path):
    graphml_path = tmp_path / "tiny.graphml"
    graphml_path.write_text(GRAPHML, encoding="utf-8")
    g = read_with_graphology(graphml_path, "graphml")

    assert g["warnings"] == []
    # The parser starts from a simple graph and copies it into a multi graph on the parallel edge.
    assert (g["type"], g["multi"], g["order"], g["size"]) == ("directed", True, 2, 2)
    # <graph id> becomes a graph attribute; graph <data> is read only before the first <node>.
    assert g["attributes"] == {"id": "citekg", "title": "tiny"}
    p1 = g["nodes"]["p1"]
    assert p1["label"] == "Attention Is All You Need"
    assert p1["year"] == 2017 and type(p1["year"]) is int
    assert p1["score"] == 0.75 and type(p1["score"]) is float
    assert p1["open"] is True  # boolean: value.lower() == "true"
    assert p1["citations"] == 2**53  # long is a JS double: 9007199254740993 loses its last bit
    # Numeric r/g/b data become one hex `color`; r, g and b themselves are dropped.
    assert p1["color"] == "#ff8000"
    assert not {"r", "g", "b"} & p1.keys()
    assert g["nodes"]["m1"] == {"label": "Transformer", "year": 2017, "open": False}
    # Parallel edges keep their ids as keys; the XML attribute label="..." is ignored.
    assert g["edges"] == [
        {
            "key": "e-a",
            "source": "p1",
            "target": "m1",
            "undirected": False,
            "attributes": {"relation": "introduces", "weight": 1},
        },
        {
            "key": "e-b",
            "source": "p1",
            "target": "m1",
            "undirected": False,
            "attributes": {"relation": "evaluates", "weight": 2.5},
        },
    ]

    gexf_path = tmp_path / "tiny.gexf"
    gexf_path.write_text(GEXF, encoding="utf-8")
    x = read_with_graphology(gexf_path, "gexf")

    assert x["warnings"] == []
    assert (x["type"], x["multi"], x["order"], x["size"]) == ("directed", True, 2, 2)
    # <meta> children become graph attributes, lastmodifieddate is renamed.
    assert x["attributes"] == {
        "creator": "citekg",
        "description": "tiny",
        "lastModifiedDate": "2024-05-01",
    }
    assert x["nodes"]["p1"] == {
        "label": "Attention Is All You Need",  # the label XML attribute
        "kind": "paper",  # a numeric attribute id is replaced by its title
        "year": 2017,
        "score": 0.75,
        "open": True,
        "venue": "NeurIPS",  # a non-numeric id is kept and the title "Venue" ignored
        "color": "rgb(255,128,0)",  # viz:color r/g/b -> a CSS rgb() string, not hex
        "size": 12.5,  # viz:size
        "x": 10,  # viz:position
        "y": -20.5,
        "z": 0,
    }
    assert type(x["nodes"]["p1"]["year"]) is int
    assert x["nodes"]["m1"] == {
        "label": "Transformer",
        "kind": "model",
        "year": 2017,
        "open": False,
        "color": "#1f77b4",  # viz:color hex="..." is taken as it is
        "size": 4,
        "x": 0,
        "y": 0,
    }
    assert x["edges"] == [
        {
            "key": "e-a",
            "source": "p1",
            "target": "m1",
            "undirected": False,
            "attributes": {
                "label": "introduces",
                "weight": 1,
                "relation": "introduces",
                "color": "rgba(10,20,30,0.5)",  # with a="..." the string is rgba()
            },
        },
        {
            "key": "e-b",
            "source": "p1",
            "target": "m1",
            "undirected": False,
            "attributes": {"weight": 2.5, "relation": "evaluates"},
        },
    ]
