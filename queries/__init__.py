"""citekg's SPARQL cookbook: the ``.rq`` files of this folder, installed as ``citekg.queries``.

Each file opens with a comment header (title, question, parameters, engines
checked); ``citekg query --list`` shows them and :mod:`citekg.graph.sparql`
runs them.
"""
