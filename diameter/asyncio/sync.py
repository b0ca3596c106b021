"""A blocking facade over :class:`~diameter.asyncio.Node`, for scripts and tests that are not
async: the node runs on an event loop in a thread of its own."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine, Sequence
from typing import Any, TypeVar

from ..apps.base import AnswerMessage
from ..capabilities import LocalCapabilities
from ..schema import Answer, Request
from .node import Node, Transport

__all__ = ["BlockingNode"]

A = TypeVar("A", bound=Answer)
T = TypeVar("T")


class BlockingNode:
    """``BlockingNode(local)`` then ``connect()``, ``request()``, ``close()``, all blocking."""

    def __init__(self, local: LocalCapabilities, **options: Any) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="diameter-node", daemon=True)
        self._thread.start()
        self.node: Node = self._call(self._make(local, options))

    @staticmethod
    async def _make(local: LocalCapabilities, options: dict[str, Any]) -> Node:
        return Node(local, **options)

    def _call(self, coro: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def listen(self, host: str | Sequence[str] = "127.0.0.1", port: int = 3868, *, transport: Transport = "tcp") -> int:
        return self._call(self.node.listen(host, port, transport=transport))

    def connect(
        self,
        host: str | Sequence[str],
        port: int = 3868,
        *,
        transport: Transport = "tcp",
        local_addresses: str | Sequence[str] | None = None,
    ) -> None:
        self._call(self.node.connect(host, port, transport=transport, local_addresses=local_addresses))

    def request(self, message: Request[A], *, timeout: float | None = None) -> A | AnswerMessage:
        return self._call(self.node.request(message, timeout=timeout))

    def close(self) -> None:
        try:
            self._call(self.node.close(), timeout=30)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._loop.close()

    def __enter__(self) -> BlockingNode:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
