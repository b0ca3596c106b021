"""What the node-level servers of sessions (:mod:`diameter.sessions`,
:mod:`diameter.credit_control`) share: one timer at the earliest of their sessions' deadlines,
and calling an application's handler that may or may not be a coroutine."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from .schema import Message


def rearm(
    handle: asyncio.TimerHandle | None, deadlines: Iterable[float | None], callback: Callable[[], None]
) -> asyncio.TimerHandle | None:
    """Cancel ``handle`` and return a new timer calling ``callback`` at the earliest of
    ``deadlines`` (None when there is none)."""
    if handle is not None:
        handle.cancel()
    times = [t for t in deadlines if t is not None]
    return asyncio.get_running_loop().call_at(min(times), callback) if times else None


async def answer_of(handler: Callable[[Any], Awaitable[Message] | Message], request: Any) -> Message:
    """The handler's answer to ``request``, awaited when it is awaitable."""
    result = handler(request)
    answer: Message = await result if isinstance(result, Awaitable) else result
    return answer
