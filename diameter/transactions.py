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
from collections.abc import Hashable
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


K = TypeVar("K", bound=Hashable)


class Deadlines(Generic[K]):
    """Times by key, the earliest found without a walk over them all: set, replace or clear any
    key's time, read the earliest. A heap whose replaced and cleared times are dropped as they
    come to its top (and all at once, when they are most of it)."""

    def __init__(self) -> None:
        # key -> its item in the heap: (its time, the order it was set in, the key)
        self._at: dict[K, tuple[float, int, K]] = {}
        self._heap: list[tuple[float, int, K]] = []
        self._set = 0

    def __len__(self) -> int:
        return len(self._at)

    def set(self, key: K, when: float | None) -> None:
        """``key``'s time is now ``when`` (None: it has none)."""
        if when is None:
            self._at.pop(key, None)
            return
        old = self._at.get(key)
        if old is not None and old[0] == when:
            return
        heap = self._heap
        if len(heap) > 2 * len(self._at) + 64:  # mostly times since replaced or cleared
            heap[:] = self._at.values()
            heapq.heapify(heap)
        self._set += 1
        item = self._at[key] = (when, self._set, key)
        heapq.heappush(heap, item)

    def discard(self, key: K) -> None:
        self._at.pop(key, None)

    def clear(self) -> None:
        self._at.clear()
        self._heap.clear()

    def earliest(self) -> tuple[float, K] | None:
        """The earliest time and its key (None: no key has a time)."""
        heap, at = self._heap, self._at
        while heap and at.get(heap[0][2]) is not heap[0]:
            heapq.heappop(heap)
        return (heap[0][0], heap[0][2]) if heap else None


class PendingTable(Generic[T]):
    """Requests waiting for answers, by Hop-by-Hop identifier, at most ``limit`` of them."""

    def __init__(self, limit: int = 10_000) -> None:
        self.limit = limit
        self._by_hbh: dict[int, Pending[T]] = {}
        self._deadlines: Deadlines[int] = Deadlines()  # by Hop-by-Hop identifier

    def __len__(self) -> int:
        return len(self._by_hbh)

    def add(self, hop_by_hop: int, end_to_end: int, deadline: float, context: T) -> Pending[T]:
        if len(self._by_hbh) >= self.limit:
            raise TableFull(f"{self.limit} requests are already waiting for answers")
        if hop_by_hop in self._by_hbh:
            raise ValueError(f"Hop-by-Hop identifier {hop_by_hop:#010x} is already pending")
        entry = Pending(hop_by_hop, end_to_end, deadline, context)
        self._by_hbh[hop_by_hop] = entry
        self._deadlines.set(hop_by_hop, deadline)
        return entry

    def answer(self, hop_by_hop: int, end_to_end: int) -> Pending[T] | None:
        """The request an answer belongs to, removed from the table; ``None`` for an answer
        that matches no pending request (RFC 6733 §6.2: such answers are discarded)."""
        entry = self._by_hbh.get(hop_by_hop)
        if entry is None or entry.end_to_end != end_to_end:
            return None
        del self._by_hbh[hop_by_hop]
        self._deadlines.discard(hop_by_hop)
        return entry

    def expire(self, now: float) -> list[Pending[T]]:
        """Remove and return the requests whose deadline has passed, the earliest first."""
        gone: list[Pending[T]] = []
        while (top := self._deadlines.earliest()) is not None and top[0] <= now:
            self._deadlines.discard(top[1])
            gone.append(self._by_hbh.pop(top[1]))
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
        top = self._deadlines.earliest()
        return None if top is None else top[0]
