"""Overload control, sans-IO: the admission queue of received requests, ordered by RFC 7944
DRMP priority.

:class:`~diameter.core.service.Service` uses these pieces; nothing here reads a clock (``now``
is passed in) or touches a socket.

- :class:`AdmissionQueue`: received requests waiting for a handler, by priority (PRIORITY_0
  first) and in their order of arrival within a priority; the lowest-priority, newest one is
  the one evicted when a request of higher priority finds it full.
- raw helpers: finding a top-level AVP in a message's bytes without decoding it, and reading an
  AVP from a decoded message where its class has a field for it.
"""

from __future__ import annotations

import struct
from collections import deque
from typing import Any, Final, Generic, TypeVar

import attrs

from ..schema import fields_of, is_command
from ..wire import AVP_V, Avp

__all__ = [
    "AdmissionQueue",
    "DRMP",
    "DEFAULT_PRIORITY",
    "LOWEST_PRIORITY",
    "find_avp",
    "first_avp",
    "priority_of",
]

T = TypeVar("T")

#: the DRMP AVP (RFC 7944 §9.1)
DRMP: Final = 301
#: RFC 7944: PRIORITY_0 is the highest, PRIORITY_15 the lowest; a request without DRMP is
#: treated as PRIORITY_10
DEFAULT_PRIORITY: Final = 10
LOWEST_PRIORITY: Final = 15

_AVP_HEADER: Final = struct.Struct("!II")


# -- raw AVPs ------------------------------------------------------------------------------------


def find_avp(data: bytes, code: int, start: int = 20) -> Avp | None:
    """The first top-level AVP ``code`` (no Vendor-ID) of the message ``data``, reading the AVP
    headers only; ``None`` when there is none or the AVPs do not split."""
    end = min(len(data), int.from_bytes(data[1:4], "big")) if len(data) >= 4 else 0
    pos = start
    while pos + 8 <= end:
        c, fl = _AVP_HEADER.unpack_from(data, pos)
        length = fl & 0xFFFFFF
        if length < 8 or pos + length > end:
            return None
        if c == code and not fl >> 24 & AVP_V:
            return Avp(c, bytes(data[pos + 8:pos + length]), 0, fl >> 24)
        pos += (length + 3) & ~3
    return None


_WHERE: dict[tuple[type, int], str | None] = {}


def _where(cls: type, code: int) -> str | None:
    """The field of ``cls`` that holds AVP ``code``: its own, ``avps`` (``* [ AVP ]``), or
    ``None`` (only the raw bytes have it)."""
    key = (cls, code)
    if key not in _WHERE:
        found: str | None = None
        if is_command(cls):
            for spec in fields_of(cls):
                if spec.definition.code == code and spec.definition.vendor == 0:
                    found = spec.name
                    break
            else:
                found = next((s.name for s in fields_of(cls) if s.kind == "extra"), None)
        elif "avps" in attrs.fields_dict(cls):
            found = "avps"
        _WHERE[key] = found
    return _WHERE[key]


def first_avp(msg: object, raw: bytes, code: int) -> Any:
    """The first top-level AVP ``code`` of a decoded message: its field's value where its class
    has one (``None`` when absent), else the raw :class:`~diameter.wire.Avp` from its
    ``* [ AVP ]`` field, else from its bytes ``raw`` (headers only: nothing is decoded twice)."""
    name = _where(type(msg), code)
    if name is None:
        return find_avp(raw, code)
    value = getattr(msg, name)
    if isinstance(value, tuple):
        if name == "avps" or (value and isinstance(value[0], Avp)):
            return next((a for a in value if isinstance(a, Avp) and a.code == code and a.vendor == 0), None)
        return value[0] if value else None
    return value


def _unsigned(data: bytes) -> int:
    return int.from_bytes(data, "big")


def priority_of(value: object, default: int) -> int:
    """The DRMP priority of a request's DRMP AVP ``value`` (decoded or raw), or ``default``
    when it has none or one outside PRIORITY_0..PRIORITY_15."""
    if value is None:
        return default
    try:
        p = _unsigned(value.data) if isinstance(value, Avp) and len(value.data) == 4 else int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default
    return p if 0 <= p <= LOWEST_PRIORITY else default


# -- the admission queue -------------------------------------------------------------------------


class AdmissionQueue(Generic[T]):
    """Received requests waiting for a handler: one FIFO per DRMP priority, each entry with
    the time it must have left by (its deadline)."""

    def __init__(self) -> None:
        self._levels: list[deque[tuple[float, T]]] = [deque() for _ in range(LOWEST_PRIORITY + 1)]
        self._len = 0

    def __len__(self) -> int:
        return self._len

    def push(self, priority: int, deadline: float, item: T) -> None:
        self._levels[priority].append((deadline, item))
        self._len += 1

    def pop(self) -> T | None:
        """The oldest request of the highest priority."""
        for level in self._levels:
            if level:
                self._len -= 1
                return level.popleft()[1]
        return None

    def lowest(self) -> int | None:
        """The lowest priority (highest PRIORITY_n) waiting."""
        for p in range(LOWEST_PRIORITY, -1, -1):
            if self._levels[p]:
                return p
        return None

    def evict(self) -> T:
        """Take the newest request of the lowest priority."""
        p = self.lowest()
        assert p is not None, "evict from an empty queue"
        self._len -= 1
        return self._levels[p].pop()[1]

    @property
    def next_deadline(self) -> float | None:
        heads = [level[0][0] for level in self._levels if level]
        return min(heads, default=None)

    def expire(self, now: float) -> list[T]:
        """Take every request whose deadline is ``now`` or earlier, oldest first."""
        out: list[tuple[float, T]] = []
        for level in self._levels:
            while level and level[0][0] <= now:
                out.append(level.popleft())
        self._len -= len(out)
        out.sort(key=lambda e: e[0])
        return [item for _, item in out]

    def items(self) -> list[T]:
        return [item for level in self._levels for _, item in level]
