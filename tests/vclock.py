"""An asyncio event loop on virtual time, for the node tests with timers.

:class:`VirtualClockLoop` is a :class:`asyncio.SelectorEventLoop` whose clock (``time()``) is
the real monotonic clock plus an offset. Its selector waits for real I/O at most ``slice``
seconds; when nothing happened by then and the loop meant to sleep longer (until its next
timer), the offset jumps forward by the rest of the timeout. Timers (``call_at``,
``asyncio.sleep``, ``wait_for``) then fire at once in real time but in their order and at their
virtual times, while sockets on loopback keep working: bytes written by one end of a loopback
connection are readable at once, so a wait for them never jumps the clock.

Everything the tests run must live on the loop (no threads, no other processes): a thread's
work is not I/O the selector sees, and the clock would jump past it. Host names are given as
numeric addresses for the same reason (a name is resolved in a thread).
"""

from __future__ import annotations

import asyncio
import selectors
import time
from collections.abc import Coroutine, Mapping
from typing import Any, TypeVar

__all__ = ["LoopErrors", "VirtualClockLoop", "run"]

T = TypeVar("T")


class _JumpingSelector(selectors.BaseSelector):
    """A selector that waits at most ``slice`` seconds of real time, then jumps the loop's
    clock to the end of the timeout it was asked for."""

    def __init__(self, loop: VirtualClockLoop, slice: float) -> None:
        self._inner = selectors.DefaultSelector()
        self._loop = loop
        self._slice = slice

    def register(self, fileobj: Any, events: int, data: Any = None) -> selectors.SelectorKey:
        return self._inner.register(fileobj, events, data)

    def unregister(self, fileobj: Any) -> selectors.SelectorKey:
        return self._inner.unregister(fileobj)

    def modify(self, fileobj: Any, events: int, data: Any = None) -> selectors.SelectorKey:
        return self._inner.modify(fileobj, events, data)

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        if timeout is None or timeout <= self._slice:
            return self._inner.select(timeout)
        start = time.monotonic()
        events = self._inner.select(self._slice)
        if not events:
            self._loop.advance(timeout - (time.monotonic() - start))
        return events

    def close(self) -> None:
        self._inner.close()

    def get_map(self) -> Mapping[Any, selectors.SelectorKey]:
        return self._inner.get_map()


class VirtualClockLoop(asyncio.SelectorEventLoop):
    """An event loop whose clock jumps over the time it would spend waiting for timers."""

    def __init__(self, slice: float = 0.002) -> None:
        self.offset = 0.0  #: the virtual seconds added to the real monotonic clock so far
        super().__init__(_JumpingSelector(self, slice))

    def time(self) -> float:
        return time.monotonic() + self.offset

    def advance(self, seconds: float) -> None:
        if seconds > 0:
            self.offset += seconds


class LoopErrors(AssertionError):
    """Errors the loop caught in callbacks (a protocol callback or a task that raised)."""


def run(main: Coroutine[Any, Any, T], timeout: float = 600.0) -> T:
    """Run ``main`` on a :class:`VirtualClockLoop`, within ``timeout`` virtual seconds (a hung
    test ends at once in real time: its timeout is a timer like any other).

    An exception the loop catches in a callback (``data_received`` that raised, a task whose
    exception nobody retrieved) fails the run with :class:`LoopErrors`, after ``main``."""
    errors: list[str] = []

    def record(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        errors.append(f"{context.get('message')}: {context.get('exception')!r}")

    with asyncio.Runner(loop_factory=VirtualClockLoop) as runner:
        runner.get_loop().set_exception_handler(record)
        result = runner.run(asyncio.wait_for(main, timeout))
    if errors:
        raise LoopErrors("; ".join(errors))
    return result
