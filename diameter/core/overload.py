"""Overload control, sans-IO: the admission queue of received requests (ordered by RFC 7944
DRMP priority) and DOIC (RFC 7683) with its loss algorithm, as reporting and as reacting node.

:class:`~diameter.core.service.Service` uses these pieces; nothing here reads a clock (``now``
is passed in) or touches a socket.

- :class:`AdmissionQueue`: received requests waiting for a handler, by priority (PRIORITY_0
  first) and in their order of arrival within a priority; the lowest-priority, newest one is
  the one evicted when a request of higher priority finds it full.
- :class:`Reporter`: the reporting node's state: how much of the traffic it asks its clients to
  abate, computed from its own admission queue (the formula is on :meth:`Reporter.step`), and the
  OC-Supported-Features / OC-OLR AVPs its answers carry.
- :class:`Reactor`: the reacting node's state: the overload reports (OC-OLR, HOST_REPORT) its
  peers sent, each kept until its validity ends.
- raw helpers: finding a top-level AVP in a message's bytes without decoding it, appending AVPs
  to an encoded message (RFC 6733 leaves the order of AVPs free), and reading an AVP from a
  decoded message where its class has a field for it.
"""

from __future__ import annotations

import struct
from collections import deque
from typing import Any, Final, Generic, TypeVar

import attrs

from ..errors import DecodeError
from ..schema import fields_of, is_command
from ..wire import AVP_V, Avp, iter_avps

__all__ = [
    "Doic",
    "AdmissionQueue",
    "Reporter",
    "Reactor",
    "OverloadReport",
    "DRMP",
    "DEFAULT_PRIORITY",
    "LOWEST_PRIORITY",
    "find_avp",
    "first_avp",
    "append_avps",
    "supported_features",
]

T = TypeVar("T")

#: AVP codes (RFC 7944 §9.1, RFC 7683 §7)
DRMP: Final = 301
OC_SUPPORTED_FEATURES: Final = 621
OC_FEATURE_VECTOR: Final = 622
OC_OLR: Final = 623
OC_SEQUENCE_NUMBER: Final = 624
OC_VALIDITY_DURATION: Final = 625
OC_REPORT_TYPE: Final = 626
OC_REDUCTION_PERCENTAGE: Final = 627
#: OC-Feature-Vector bit of the loss algorithm (OLR_DEFAULT_ALGO, RFC 7683 §7.2)
LOSS: Final = 1
#: OC-Report-Type HOST_REPORT (RFC 7683 §7.6)
HOST_REPORT: Final = 0
#: RFC 7683 §7.5: the validity of a report without OC-Validity-Duration, and its maximum
DEFAULT_VALIDITY: Final = 30
MAX_VALIDITY: Final = 86_400
#: RFC 7944: PRIORITY_0 is the highest, PRIORITY_15 the lowest; a request without DRMP is
#: treated as PRIORITY_10
DEFAULT_PRIORITY: Final = 10
LOWEST_PRIORITY: Final = 15

_AVP_HEADER: Final = struct.Struct("!II")


# -- configuration -------------------------------------------------------------------------------


@attrs.frozen
class Doic:
    """DOIC (RFC 7683) of one node, loss algorithm only. DOIC is negotiated per request: a
    request carrying OC-Supported-Features says its sender abates on overload reports."""

    #: reporting node: answer a request that offers DOIC with OC-Supported-Features (loss), and
    #: with an OC-OLR while the node is overloaded
    report: bool = True
    #: reacting node: offer DOIC in the requests the node sends, and abate the requests to a
    #: peer that reported overload
    react: bool = True
    #: OC-Validity-Duration of the reports the node sends, seconds (1 to 86,400)
    validity: int = DEFAULT_VALIDITY
    #: seconds between two updates of the reduction the node asks for
    interval: float = 1.0
    #: the highest OC-Reduction-Percentage the node asks for: below 100, so that some requests
    #: still come and carry the news of the end of the overload before the report expires
    max_reduction: int = 95

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.validity <= MAX_VALIDITY:
            raise ValueError(f"validity must be between 1 and {MAX_VALIDITY} seconds")
        if self.interval <= 0:
            raise ValueError("interval must be positive")
        if not 1 <= self.max_reduction <= 100:
            raise ValueError("max_reduction must be between 1 and 100")


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
            return Avp(c, bytes(data[pos + 8 : pos + length]), 0, fl >> 24)
        pos += (length + 3) & ~3
    return None


def append_avps(message: bytes, avps: bytes) -> bytes:
    """``message`` (an encoded message) with the encoded ``avps`` after its own, its Message
    Length fixed."""
    if not avps:
        return message
    length = int.from_bytes(message[1:4], "big") + len(avps)
    return message[:1] + length.to_bytes(3, "big") + message[4:] + avps


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
    if value == ():
        return None
    if isinstance(value, tuple):
        if name == "avps" or isinstance(value[0], Avp):
            return next((a for a in value if isinstance(a, Avp) and a.code == code and a.vendor == 0), None)
        return value[0]
    return value


def _avp(code: int, data: bytes) -> bytes:
    return Avp(code, data).encode()


_SUPPORTED: Final = _avp(OC_SUPPORTED_FEATURES, _avp(OC_FEATURE_VECTOR, LOSS.to_bytes(8, "big")))


def supported_features() -> bytes:
    """OC-Supported-Features with the loss algorithm's bit, encoded."""
    return _SUPPORTED


def _olr(sequence: int, reduction: int, validity: int) -> bytes:
    return _avp(
        OC_OLR,
        _avp(OC_SEQUENCE_NUMBER, sequence.to_bytes(8, "big"))
        + _avp(OC_REPORT_TYPE, HOST_REPORT.to_bytes(4, "big"))
        + _avp(OC_REDUCTION_PERCENTAGE, reduction.to_bytes(4, "big"))
        + _avp(OC_VALIDITY_DURATION, validity.to_bytes(4, "big")),
    )


def _unsigned(data: bytes) -> int:
    return int.from_bytes(data, "big")


def olr_fields(value: object) -> tuple[int, int, int | None, int | None] | None:
    """(sequence number, report type, reduction percentage, validity duration) of an OC-OLR,
    decoded (the OCOLR class) or raw; ``None`` when it lacks what it requires."""
    if isinstance(value, Avp):
        got: dict[int, int] = {}
        try:
            for _, a in iter_avps(value.data):
                if a.vendor == 0 and a.code not in got and len(a.data) in (4, 8):
                    got[a.code] = _unsigned(a.data)
        except DecodeError:
            return None  # AVPs that do not split: no report
        if OC_SEQUENCE_NUMBER not in got or OC_REPORT_TYPE not in got:
            return None
        return (
            got[OC_SEQUENCE_NUMBER],
            got[OC_REPORT_TYPE],
            got.get(OC_REDUCTION_PERCENTAGE),
            got.get(OC_VALIDITY_DURATION),
        )
    try:
        return (
            int(getattr(value, "oc_sequence_number")),
            int(getattr(value, "oc_report_type")),
            getattr(value, "oc_reduction_percentage"),
            getattr(value, "oc_validity_duration"),
        )
    except (AttributeError, TypeError, ValueError):
        return None


def priority_of(value: object, default: int) -> int:
    """The DRMP priority of a request's DRMP AVP ``value`` (decoded or raw), or ``default``
    when it has none or one outside PRIORITY_0..PRIORITY_15."""
    if value is None:
        return default
    try:
        if isinstance(value, Avp):
            p = _unsigned(value.data) if len(value.data) == 4 else -1
        else:
            p = int(value)  # type: ignore[call-overload]
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


# -- the reporting node --------------------------------------------------------------------------


class Reporter:
    """What the node, as a DOIC reporting node, tells the clients that offer DOIC.

    Every ``Doic.interval`` seconds the reduction ``r`` (a share, 0 to ``max_reduction`` %) it
    asks for is updated (:meth:`step`) from the share of the requests it refused in that
    interval and from its admission queue's occupancy. While ``r`` is above zero the node is
    overloaded and its answers carry an OC-OLR with a new sequence number whenever the
    percentage changes, and at least every half validity so that the report stays alive; when
    ``r`` falls back to zero, an OC-OLR with reduction 0 and validity 0 ends the report, in
    every answer until the last report would have expired anyway."""

    def __init__(self, doic: Doic, first_sequence: int = 0) -> None:
        self.doic = doic
        self.reduction = 0.0
        self.sequence = first_sequence
        self._arrived = 0
        self._refused = 0
        self._interval_end: float | None = None
        self._sent_percent: int | None = None  # the percentage of the current sequence number
        self._sequence_at = 0.0
        self._ending_until: float | None = None  # send the end of the report until then
        self._encoded: tuple[tuple[int, int, int], bytes] | None = None  # the last OC-OLR encoded

    def arrival(self, now: float, occupancy: float) -> None:
        """A request reached admission (dispatched, queued or refused)."""
        if self._interval_end is None or now >= self._interval_end:
            self._roll(now, occupancy)
        self._arrived += 1

    def refusal(self, now: float, occupancy: float) -> None:
        """A request was answered 3004: refused when it came, evicted, or it waited too long."""
        self._roll(now, occupancy)
        self._refused += 1

    def step(self, refused: float, occupancy: float) -> None:
        """One update, with ``refused`` the share of the requests of the last interval that were
        refused and ``occupancy`` the admission queue's fill (0 to 1):

        - some refused: ``r ← 1 − (1 − r)(1 − refused)``: the clients already send ``1 − r`` of
          their traffic, and of that the node could not take the share ``refused``;
        - none refused and the queue under half full: ``r ← r − 0.1`` (ten points back per
          interval, down to 0);
        - none refused and the queue half full or more: ``r`` stays (about the right load).

        ``r`` is capped at ``max_reduction`` %."""
        r = self.reduction
        refused = min(refused, 1.0)  # (a request refused after waiting may have come before)
        if refused > 0:
            r = 1.0 - (1.0 - r) * (1.0 - refused)
        elif occupancy < 0.5:
            r = max(0.0, r - 0.1)
        self.reduction = min(r, self.doic.max_reduction / 100)

    def _roll(self, now: float, occupancy: float) -> None:
        if self._interval_end is None:
            self._interval_end = now + self.doic.interval
            return
        if now < self._interval_end:
            return
        self.step(self._refused / self._arrived if self._arrived else 0.0, occupancy)
        self._arrived = self._refused = 0
        idle = int((now - self._interval_end) // self.doic.interval)
        for _ in range(min(idle, 20)):  # intervals in which nothing came
            self.step(0.0, occupancy)
        self._interval_end += (idle + 1) * self.doic.interval

    @property
    def percent(self) -> int:
        return round(self.reduction * 100)

    def overloaded(self, now: float, occupancy: float) -> bool:
        self._roll(now, occupancy)
        return self.percent > 0

    def avps(self, now: float, occupancy: float) -> bytes:
        """The AVPs of an answer to a request that offered DOIC: OC-Supported-Features (loss),
        and the OC-OLR while overloaded or ending."""
        self._roll(now, occupancy)
        out = supported_features()
        percent = self.percent
        validity = self.doic.validity
        if percent > 0:
            if percent != self._sent_percent or now - self._sequence_at >= validity / 2:
                self.sequence += 1
                self._sent_percent, self._sequence_at = percent, now
            self._ending_until = self._sequence_at + validity
            return out + self._report(self.sequence, percent, validity)
        if self._ending_until is not None and now < self._ending_until:
            if self._sent_percent != 0:
                self.sequence += 1
                self._sent_percent, self._sequence_at = 0, now
            return out + self._report(self.sequence, 0, 0)
        self._ending_until = None
        return out

    def _report(self, sequence: int, percent: int, validity: int) -> bytes:
        key = (sequence, percent, validity)
        if self._encoded is None or self._encoded[0] != key:
            self._encoded = (key, _olr(sequence, percent, validity))
        return self._encoded[1]


# -- the reacting node ---------------------------------------------------------------------------


@attrs.frozen
class OverloadReport:
    """An overload report (OC-OLR, HOST_REPORT) a peer sent: reduce the traffic to ``host`` by
    ``reduction`` % until ``expires`` (the service's clock)."""

    host: str
    sequence: int
    reduction: int
    expires: float


class Reactor:
    """The overload reports the node, as a DOIC reacting node, received: one per host."""

    def __init__(self) -> None:
        self.reports: dict[str, OverloadReport] = {}
        self._sequences: dict[str, int] = {}  # the last sequence number taken from each host

    def learn(self, now: float, host: str, olr: object) -> None:
        """An answer from ``host`` carried ``olr`` (decoded or raw)."""
        fields = olr_fields(olr)
        if fields is None:
            return
        sequence, kind, reduction, validity = fields
        if kind != HOST_REPORT:
            return  # realm reports (RFC 7683 §5.5) are not handled
        if sequence <= self._sequences.get(host, -1):
            return  # the same report again, or an older one
        if validity is None or validity > MAX_VALIDITY:
            validity = DEFAULT_VALIDITY
        if reduction is not None and reduction > 100:
            return  # RFC 7683 §7.7: ignored
        self._sequences[host] = sequence
        if validity == 0 or not reduction:
            self.reports.pop(host, None)  # the overload ended
            return
        self.reports[host] = OverloadReport(host, sequence, reduction, now + validity)

    def active(self, now: float, host: str | None) -> OverloadReport | None:
        if host is None:
            return None
        report = self.reports.get(host)
        if report is not None and now >= report.expires:
            del self.reports[host]
            return None
        return report
