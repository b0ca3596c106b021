"""Accounting sessions (RFC 6733 §8.2, §9), sans-IO: the client's state machine of a session's
records and the server's (stateful) session supervision.

The client (:class:`ClientAccounting`) numbers the session's records (Accounting-Record-Number:
0 for the first, then one more for each, §9.8.3), sends an interim record each
Acct-Interim-Interval (§9.8.2; the server's answer may set it), and decides from
Accounting-Realtime-Required (§9.8.7) what a record that cannot be delivered means:
DELIVER_AND_GRANT ends the user's service, GRANT_AND_STORE keeps the record to send it later,
GRANT_AND_LOSE goes on without it. It returns actions: send a record, store it, disconnect the
user. How records are stored and sent again later (the "PendingB" rows of the table: sent from
storage, deleted once answered) is :mod:`diameter.accounting`'s, over a durable
:mod:`diameter.store`.

The client's rows, RFC 6733 §8.2::

    Idle      access requested                      send start record      PendingS
    Idle      one-time service                      send event record      PendingE
    PendingS  successful start answer               -                      Open
    PendingS  failure to send, buffer space,        store start record     Open
              realtime not DELIVER_AND_GRANT
    PendingS  failure to send, no buffer space,     -                      Open
              GRANT_AND_LOSE
    PendingS  failure to send, no buffer space,     disconnect user        Idle
              not GRANT_AND_LOSE
    PendingS  failed start answer, GRANT_AND_LOSE   -                      Open
    PendingS  failed start answer, otherwise        disconnect user        Idle
    PendingS  user service terminated               store stop record      PendingS
    Open      interim interval elapses              send interim record    PendingI
    Open      user service terminated               send stop record       PendingL
    PendingI  (as PendingS, for the interim record; back to Open)
    PendingE  successful event answer               -                      Idle
    PendingE  failure to send, buffer space         store event record     Idle
    PendingE  failure to send, no buffer space      -                      Idle
    PendingE  failed event answer                   -                      Idle
    PendingL  successful stop answer                -                      Idle
    PendingL  failure to send, buffer space         store stop record      Idle
    PendingL  failure to send, no buffer space      -                      Idle
    PendingL  failed stop answer                    -                      Idle

(The table stores a record that failed to be sent in PendingS and PendingI "with buffer space
and realtime not equal to DELIVER_AND_GRANT"; with DELIVER_AND_GRANT and a failure the user is
disconnected, as the "no buffer space, not GRANT_AND_LOSE" row says: the service is granted only
while records are delivered.)

The server's rows (stateful)::

    Idle   start record processed          answer, start Ts       Open
    Idle   event record processed          answer                 Idle
    Idle   no space to store records       answer OUT_OF_SPACE    Idle
    Open   interim record processed        answer, restart Ts     Open
    Open   stop record processed           answer, stop Ts        Idle
    Open   no space to store records       answer OUT_OF_SPACE,   Idle
                                           stop Ts
    Open   session supervision timer Ts    stop Ts                Idle
           expired
"""

from __future__ import annotations

import enum
from typing import Final

import attrs

__all__ = [
    "AcctState",
    "RecordType",
    "Realtime",
    "ClientAccounting",
    "ServerAccounting",
    "SendRecord",
    "StoreRecord",
    "LoseRecord",
    "DisconnectUser",
    "AcctAnswer",
    "SessionExpired",
    "AcctAction",
    "AccountingError",
    "DIAMETER_OUT_OF_SPACE",
]

DIAMETER_OUT_OF_SPACE: Final = 4002
DIAMETER_SUCCESS: Final = 2001


class AccountingError(Exception):
    """An event the accounting state machine does not take in its state."""


class AcctState(enum.Enum):
    IDLE = "Idle"
    PENDING_S = "PendingS"
    PENDING_I = "PendingI"
    PENDING_E = "PendingE"
    PENDING_L = "PendingL"
    OPEN = "Open"


class RecordType(enum.IntEnum):
    """Accounting-Record-Type (RFC 6733 §9.8.1)."""

    EVENT_RECORD = 1
    START_RECORD = 2
    INTERIM_RECORD = 3
    STOP_RECORD = 4


class Realtime(enum.IntEnum):
    """Accounting-Realtime-Required (RFC 6733 §9.8.7)."""

    DELIVER_AND_GRANT = 1
    GRANT_AND_STORE = 2
    GRANT_AND_LOSE = 3


@attrs.frozen
class SendRecord:
    """Build and send the record (an ACR) of this type and number."""

    record_type: RecordType
    number: int


@attrs.frozen
class StoreRecord:
    """Keep the record of this type and number, to be sent later."""

    record_type: RecordType
    number: int


@attrs.frozen
class LoseRecord:
    """The record could not be delivered and is not kept (GRANT_AND_LOSE, or no buffer space)."""

    record_type: RecordType
    number: int


@attrs.frozen
class DisconnectUser:
    reason: str


@attrs.frozen
class AcctAnswer:
    """(server) Answer the record with this Result-Code."""

    result_code: int


@attrs.frozen
class SessionExpired:
    """(server) The session's supervision timer expired: no record came for too long."""


AcctAction = SendRecord | StoreRecord | LoseRecord | DisconnectUser | AcctAnswer | SessionExpired

_PENDING_OF: Final = {
    RecordType.START_RECORD: AcctState.PENDING_S,
    RecordType.INTERIM_RECORD: AcctState.PENDING_I,
    RecordType.EVENT_RECORD: AcctState.PENDING_E,
    RecordType.STOP_RECORD: AcctState.PENDING_L,
}


class ClientAccounting:
    """One accounting session of a client (RFC 6733 §8.2, client). ``interim_interval``: the
    seconds between interim records (None: none, unless the server's answer sets one)."""

    def __init__(
        self,
        session_id: str,
        *,
        realtime: Realtime = Realtime.GRANT_AND_STORE,
        interim_interval: int | None = None,
    ) -> None:
        self.session_id = session_id
        self.realtime = realtime
        self.interim_interval = interim_interval
        self.state = AcctState.IDLE
        self.next_number = 0
        #: the record waiting for its answer: (type, number)
        self.pending: tuple[RecordType, int] | None = None
        self._interim_at: float | None = None
        self._stop_stored = False  # the service ended while a record was pending
        self.history: list[tuple[float, str, AcctState]] = []

    @property
    def deadline(self) -> float | None:
        return self._interim_at if self.state is AcctState.OPEN else None

    def _go(self, now: float, event: str, state: AcctState) -> None:
        self.state = state
        self.history.append((now, event, state))
        if state is not AcctState.OPEN:
            self._interim_at = None

    def _send(self, now: float, event: str, record_type: RecordType) -> list[AcctAction]:
        number = self.next_number
        self.next_number += 1
        self.pending = (record_type, number)
        self._go(now, event, _PENDING_OF[record_type])
        return [SendRecord(record_type, number)]

    def start(self, now: float) -> list[AcctAction]:
        """The user or device is given access: the start record."""
        if self.state is not AcctState.IDLE or self.next_number:
            raise AccountingError(f"session {self.session_id}: start in state {self.state.value}")
        return self._send(now, "access requested", RecordType.START_RECORD)

    def event(self, now: float) -> list[AcctAction]:
        """A one-time service: the event record."""
        if self.state is not AcctState.IDLE or self.next_number:
            raise AccountingError(f"session {self.session_id}: event in state {self.state.value}")
        return self._send(now, "one-time service", RecordType.EVENT_RECORD)

    def stop(self, now: float) -> list[AcctAction]:
        """The user's service ends: the stop record (stored while another is pending)."""
        if self.state is AcctState.OPEN:
            return self._send(now, "user service terminated", RecordType.STOP_RECORD)
        if self.state in (AcctState.PENDING_S, AcctState.PENDING_I) and not self._stop_stored:
            number = self.next_number
            self.next_number += 1
            self._stop_stored = True
            self._go(now, "user service terminated", self.state)
            return [StoreRecord(RecordType.STOP_RECORD, number)]
        raise AccountingError(f"session {self.session_id}: stop in state {self.state.value}")

    def timer(self, now: float) -> list[AcctAction]:
        if self.state is AcctState.OPEN and self._interim_at is not None and now >= self._interim_at:
            return self._send(now, "interim interval elapsed", RecordType.INTERIM_RECORD)
        return []

    def _opened(self, now: float, event: str) -> list[AcctAction]:
        if self._stop_stored:
            # the service ended while the record was pending: its stop record is stored
            self._go(now, event + " (stop record stored)", AcctState.IDLE)
            return []
        self._go(now, event, AcctState.OPEN)
        if self.interim_interval:
            self._interim_at = now + self.interim_interval
        return []

    def answered(
        self,
        now: float,
        result_code: int,
        *,
        interim_interval: int | None = None,
        realtime: Realtime | None = None,
    ) -> list[AcctAction]:
        """The answer to the pending record; the server may set Acct-Interim-Interval and
        Accounting-Realtime-Required in it (§9.8.2, §9.8.7)."""
        if self.pending is None:
            return []
        if interim_interval is not None:
            self.interim_interval = interim_interval
        if realtime is not None:
            self.realtime = realtime
        success = 2000 <= result_code < 3000
        # (the pending record is answered: its type decides nothing the state does not)
        self.pending = None
        state = self.state
        if state in (AcctState.PENDING_S, AcctState.PENDING_I):
            name = "start" if state is AcctState.PENDING_S else "interim"
            if success:
                return self._opened(now, f"successful {name} answer")
            if self.realtime is Realtime.GRANT_AND_LOSE:
                return self._opened(now, f"failed {name} answer, GRANT_AND_LOSE")
            self._go(now, f"failed {name} answer", AcctState.IDLE)
            return [DisconnectUser(f"{name} record refused ({result_code})")]
        if state in (AcctState.PENDING_E, AcctState.PENDING_L):
            kind = "event" if state is AcctState.PENDING_E else "stop"
            self._go(now, f"{'successful' if success else 'failed'} {kind} answer", AcctState.IDLE)
            return []
        return []

    def send_failed(self, now: float, *, buffer_space: bool = True) -> list[AcctAction]:
        """The pending record could not be delivered (no peer, no answer in time); whether the
        store has room for it."""
        if self.pending is None:
            return []
        record_type, number = self.pending
        self.pending = None
        state = self.state
        keep = StoreRecord(record_type, number)
        lose = LoseRecord(record_type, number)
        if state in (AcctState.PENDING_S, AcctState.PENDING_I):
            name = "start" if state is AcctState.PENDING_S else "interim"
            if self.realtime is Realtime.DELIVER_AND_GRANT:
                self._go(now, f"failure to send the {name} record, DELIVER_AND_GRANT", AcctState.IDLE)
                return [lose, DisconnectUser(f"the {name} record could not be delivered")]
            if buffer_space and self.realtime is Realtime.GRANT_AND_STORE:
                return [keep, *self._opened(now, f"failure to send, {name} record stored")]
            if self.realtime is Realtime.GRANT_AND_LOSE:
                return [lose, *self._opened(now, f"failure to send, {name} record lost (GRANT_AND_LOSE)")]
            self._go(now, f"failure to send the {name} record, no buffer space", AcctState.IDLE)
            return [lose, DisconnectUser(f"the {name} record could not be delivered or stored")]
        if state in (AcctState.PENDING_E, AcctState.PENDING_L):
            kind = "event" if state is AcctState.PENDING_E else "stop"
            stored = buffer_space and self.realtime is not Realtime.GRANT_AND_LOSE
            self._go(now, f"failure to send the {kind} record", AcctState.IDLE)
            return [keep if stored else lose]
        return []


class ServerAccounting:
    """One accounting session of a stateful server (RFC 6733 §8.2, server stateful): the
    session supervision timer Ts runs from a start or interim record for ``supervision``
    seconds (by default twice the session's Acct-Interim-Interval, when it has one)."""

    def __init__(self, session_id: str, *, supervision: float | None = None) -> None:
        self.session_id = session_id
        self.supervision = supervision
        self.state = AcctState.IDLE
        self._ts: float | None = None
        self.history: list[tuple[float, str, AcctState]] = []

    @property
    def deadline(self) -> float | None:
        return self._ts if self.state is AcctState.OPEN else None

    def _go(self, now: float, event: str, state: AcctState) -> None:
        self.state = state
        self.history.append((now, event, state))

    def _restart_ts(self, now: float, interim_interval: int | None) -> None:
        span = (
            self.supervision if self.supervision is not None else (2 * interim_interval if interim_interval else None)
        )
        self._ts = now + span if span else None

    def record(
        self, now: float, record_type: RecordType, *, stored: bool = True, interim_interval: int | None = None
    ) -> list[AcctAction]:
        """A record received and processed (``stored`` False: no space left to store it)."""
        if not stored:
            self._go(now, "no space to store records", AcctState.IDLE)
            self._ts = None
            return [AcctAnswer(DIAMETER_OUT_OF_SPACE)]
        # (an interim record of a session the server has no state for, after its restart, opens it)
        if record_type in (RecordType.START_RECORD, RecordType.INTERIM_RECORD):
            self._restart_ts(now, interim_interval)
            self._go(now, f"{record_type.name.lower()} processed", AcctState.OPEN)
        elif record_type is RecordType.STOP_RECORD:
            self._ts = None
            self._go(now, "stop record processed", AcctState.IDLE)
        else:
            self._go(now, f"{record_type.name.lower()} processed", self.state)
        return [AcctAnswer(DIAMETER_SUCCESS)]

    def timer(self, now: float) -> list[AcctAction]:
        if self.state is AcctState.OPEN and self._ts is not None and now >= self._ts:
            self._ts = None
            self._go(now, "session supervision timer expired", AcctState.IDLE)
            return [SessionExpired()]
        return []
