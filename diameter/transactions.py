"""Identifiers and pending requests (RFC 6733 §3, §6.1, §8.8), sans-IO.

- :class:`HopByHop`: Hop-by-Hop identifiers, unique per connection (RFC 6733 §3: "an
  increasing sequence of identifiers ... starting at a random value").
- :class:`EndToEnd`: End-to-End identifiers (RFC 6733 §3: "the high order 12 bits contain the
  low order 12 bits of current time, and the low order 20 bits to a random value"), then
  incremented, so they stay unique for at least 4 minutes across reboots.
- :class:`SessionIds`: Session-Id values (RFC 6733 §8.8:
  ``<DiameterIdentity>;<high 32 bits>;<low 32 bits>[;<optional value>]``, the high 32 bits
  set from the time at start-up and the low 32 bits incremented).
- :class:`PendingTable`: requests sent and not yet answered, by Hop-by-Hop identifier, each
  with a deadline; bounded, and empty again once every request has been answered or timed out.

Time is passed in (``now``, seconds); nothing here reads a clock.
"""

from __future__ import annotations

import heapq
import random
from typing import Generic, TypeVar

import attrs

__all__ = ["HopByHop", "EndToEnd", "SessionIds", "Pending", "PendingTable", "TableFull"]

T = TypeVar("T")


class HopByHop:
    """Hop-by-Hop identifiers for one connection."""

    def __init__(self, rng: random.Random | None = None) -> None:
        self._next = (rng or random.Random()).getrandbits(32)

    def next(self) -> int:
        value = self._next
        self._next = (value + 1) & 0xFFFFFFFF
        return value


class EndToEnd:
    """End-to-End identifiers of one node, started at ``start_time`` (seconds since the epoch)."""

    def __init__(self, start_time: float, rng: random.Random | None = None) -> None:
        high = (int(start_time) & 0xFFF) << 20
        self._next = high | (rng or random.Random()).getrandbits(20)

    def next(self) -> int:
        value = self._next
        self._next = (value + 1) & 0xFFFFFFFF
        return value


class SessionIds:
    """Session-Id values of one node (RFC 6733 §8.8)."""

    def __init__(self, identity: str, start_time: float) -> None:
        if not identity or ";" in identity:
            raise ValueError(f"{identity!r} is not a DiameterIdentity")
        self.identity = identity
        self.high = int(start_time) & 0xFFFFFFFF
        self._low = 0

    def next(self, optional: str | None = None) -> str:
        self._low = (self._low + 1) & 0xFFFFFFFF
        if self._low == 0:  # the low 32 bits wrapped: move the high part on (still unique)
            self.high = (self.high + 1) & 0xFFFFFFFF
        value = f"{self.identity};{self.high};{self._low}"
        return value if optional is None else f"{value};{optional}"


class TableFull(Exception):
    """The pending table holds as many requests as it may."""


@attrs.define
class Pending(Generic[T]):
    """One request waiting for its answer."""

    hop_by_hop: int
    end_to_end: int
    deadline: float
    context: T


class PendingTable(Generic[T]):
    """Requests waiting for answers, by Hop-by-Hop identifier, at most ``limit`` of them."""

    def __init__(self, limit: int = 10_000) -> None:
        self.limit = limit
        self._by_hbh: dict[int, Pending[T]] = {}
        # the deadlines, earliest first: (deadline, order of adding, entry); entries answered
        # since stay until they come to the top (or the heap is rebuilt, when they are most of it)
        self._deadlines: list[tuple[float, int, Pending[T]]] = []
        self._added = 0

    def _live(self, entry: Pending[T]) -> bool:
        return self._by_hbh.get(entry.hop_by_hop) is entry

    def _top(self) -> tuple[float, int, Pending[T]] | None:
        """The heap's earliest entry still pending (those before it dropped)."""
        heap = self._deadlines
        while heap and not self._live(heap[0][2]):
            heapq.heappop(heap)
        return heap[0] if heap else None

    def __len__(self) -> int:
        return len(self._by_hbh)

    def add(self, hop_by_hop: int, end_to_end: int, deadline: float, context: T) -> Pending[T]:
        if len(self._by_hbh) >= self.limit:
            raise TableFull(f"{self.limit} requests are already waiting for answers")
        if hop_by_hop in self._by_hbh:
            raise ValueError(f"Hop-by-Hop identifier {hop_by_hop:#010x} is already pending")
        entry = Pending(hop_by_hop, end_to_end, deadline, context)
        self._by_hbh[hop_by_hop] = entry
        heap = self._deadlines
        if len(heap) > 2 * len(self._by_hbh) + 64:  # mostly answered ones: keep it small
            heap[:] = [item for item in heap if self._live(item[2])]
            heapq.heapify(heap)
        self._added += 1
        heapq.heappush(heap, (deadline, self._added, entry))
        return entry

    def answer(self, hop_by_hop: int, end_to_end: int) -> Pending[T] | None:
        """The request an answer belongs to, removed from the table; ``None`` for an answer
        that matches no pending request (RFC 6733 §6.2: such answers are discarded)."""
        entry = self._by_hbh.get(hop_by_hop)
        if entry is None or entry.end_to_end != end_to_end:
            return None
        del self._by_hbh[hop_by_hop]
        return entry

    def expire(self, now: float) -> list[Pending[T]]:
        """Remove and return the requests whose deadline has passed, the earliest first."""
        gone: list[Pending[T]] = []
        while (top := self._top()) is not None and top[0] <= now:
            heapq.heappop(self._deadlines)
            del self._by_hbh[top[2].hop_by_hop]
            gone.append(top[2])
        return gone

    def entries(self) -> list[Pending[T]]:
        """The pending requests (a copy)."""
        return list(self._by_hbh.values())

    def take_all(self) -> list[Pending[T]]:
        """Remove and return every pending request (the connection failed: fail them over)."""
        entries = list(self._by_hbh.values())
        self._by_hbh.clear()
        self._deadlines.clear()
        return entries

    @property
    def next_deadline(self) -> float | None:
        top = self._top()
        return None if top is None else top[0]
