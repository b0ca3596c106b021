"""The asyncio layer: a :class:`Node` that speaks Diameter over TCP and SCTP (RFC 6733 §2.1)."""

from .node import Node, PeerError, RequestTimeout, Transport
from .sctp import SctpUnavailable
from .sync import BlockingNode

__all__ = ["BlockingNode", "Node", "PeerError", "RequestTimeout", "SctpUnavailable", "Transport"]
