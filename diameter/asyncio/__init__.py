"""The asyncio layer: a :class:`Node` that speaks Diameter over TCP (RFC 6733 §2.1)."""

from .node import Node, PeerError, RequestTimeout

__all__ = ["Node", "PeerError", "RequestTimeout"]
