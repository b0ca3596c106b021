"""The asyncio layer: a :class:`Node` that speaks Diameter over TCP (RFC 6733 §2.1)."""

from .node import Node, PeerError, RequestTimeout
from .sync import BlockingNode

__all__ = ["BlockingNode", "Node", "PeerError", "RequestTimeout"]
