"""The asyncio layer: a :class:`Node` that speaks Diameter over TCP and SCTP (RFC 6733 §2.1)."""

from .node import Abated, Doic, InvalidAnswer, Limits, Node, Overloaded, PeerError, RequestTimeout, Transport
from .sctp import SctpParameters, SctpUnavailable
from .sync import BlockingNode

__all__ = [
    "Abated",
    "BlockingNode",
    "Doic",
    "InvalidAnswer",
    "Limits",
    "Node",
    "Overloaded",
    "PeerError",
    "RequestTimeout",
    "SctpParameters",
    "SctpUnavailable",
    "Transport",
]
