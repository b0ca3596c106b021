"""The sans-IO protocol core of a Diameter node: the peer table, routing, pending requests,
the node's own answers and its limits (:mod:`diameter.core.service`)."""
