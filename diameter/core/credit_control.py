"""Credit-Control sessions (RFC 8506 §7), sans-IO: the client's state machine of a
session-based credit-control session, with the Tx timer, Credit-Control-Failure-Handling
(CCFH) and failover to an alternate server (§5.5, §5.7); the client's one-time event requests
with Direct-Debiting-Failure-Handling (DDFH); and the server's session supervision timer Tcc.

As the other machines of :mod:`diameter.core`, events go in with ``now``, actions come out, and
:attr:`deadline` says when :meth:`timer` is next due. The client's rows (RFC 8506 §7, client,
session based)::

    Idle      access requested                     CCR-I, start Tx              PendingI
    PendingI  successful answer                    stop Tx                      Open
    PendingI  failure to send / temporary error:   grant service (CONTINUE)     Idle
              CONTINUE, else                       terminate service            Idle
    PendingI  Tx expired: CONTINUE                 grant service                PendingI
              TERMINATE, RETRY_AND_TERMINATE       terminate service            Idle
    PendingI  END_USER_SERVICE_DENIED (4010) or    terminate service            Idle
              USER_UNKNOWN (5030)
    PendingI  CREDIT_CONTROL_NOT_APPLICABLE (4011) grant service                Idle
    PendingI  failed answer: CONTINUE              grant service                Idle
              otherwise                            terminate service            Idle
    PendingI  service terminated / rating change   queued                       PendingI
    Open      granted units used, no final units   CCR-U, start Tx              PendingU
    Open      granted units used, final action     terminate service, CCR-T     PendingT
              TERMINATE
    Open      a rating change or termination       CCR-U or CCR-T               PendingU/T
              queued
    Open      rating change, Validity-Time elapses CCR-U, start Tx              PendingU
    Open      service terminated                   CCR-T                        PendingT
    Open      RAR                                  RAA, CCR-U, start Tx         PendingU
    PendingU  (as PendingI, for the update; a successful answer goes back to Open; RAR: RAA)
    PendingT  answer, failure, or anything else    -                            Idle

Failover (§5.5, §5.7): when the request cannot be delivered, or Tx expires, and CCFH is
CONTINUE or RETRY_AND_TERMINATE, the client first sends it to an alternate server with the T
flag (:class:`Failover`); only when that fails too does the row above apply. With TERMINATE it
does not fail over.

The server's rows (RFC 8506 §7, server, session based)::

    Idle  CCR-I processed             CCA-I, start Tcc          Open
    Open  CCR-U processed             CCA-U, restart Tcc        Open
    Open  CCR-T processed             CCA-T, stop Tcc           Idle
    Open  Tcc expired                 release reserved units    Idle
"""

from __future__ import annotations

import enum
from typing import Final

import attrs

__all__ = [
    "CcState",
    "CCFH",
    "DDFH",
    "ClientCreditControl",
    "ClientEvent",
    "ServerCreditControl",
    "SendCCR",
    "Failover",
    "GrantService",
    "TerminateService",
    "SendRAA",
    "ReleaseUnits",
    "BufferRequest",
    "RequestType",
    "CcAction",
    "CreditControlError",
]

END_USER_SERVICE_DENIED: Final = 4010
CREDIT_CONTROL_NOT_APPLICABLE: Final = 4011
USER_UNKNOWN: Final = 5030
DIAMETER_SUCCESS: Final = 2001
#: Tx's recommended value (RFC 8506 §13: 10 seconds)
TX_DEFAULT: Final = 10.0


class CreditControlError(Exception):
    """An event the credit-control state machine does not take in its state."""


class CcState(enum.Enum):
    IDLE = "Idle"
    PENDING_I = "PendingI"
    PENDING_U = "PendingU"
    PENDING_T = "PendingT"
    PENDING_E = "PendingE"
    PENDING_B = "PendingB"
    OPEN = "Open"


class CCFH(enum.IntEnum):
    """Credit-Control-Failure-Handling (RFC 8506 §8.14)."""

    TERMINATE = 0
    CONTINUE = 1
    RETRY_AND_TERMINATE = 2


class DDFH(enum.IntEnum):
    """Direct-Debiting-Failure-Handling (RFC 8506 §8.15)."""

    TERMINATE_OR_BUFFER = 0
    CONTINUE = 1


class RequestType(enum.IntEnum):
    """CC-Request-Type (RFC 8506 §8.3)."""

    INITIAL_REQUEST = 1
    UPDATE_REQUEST = 2
    TERMINATION_REQUEST = 3
    EVENT_REQUEST = 4


@attrs.frozen
class SendCCR:
    """Send a Credit-Control-Request of this type and CC-Request-Number."""

    request_type: RequestType
    number: int


@attrs.frozen
class Failover:
    """Send the pending request again to an alternate server, with the T flag."""

    request_type: RequestType
    number: int


@attrs.frozen
class GrantService:
    """Give (or go on giving) the end user the service without credit control."""

    reason: str


@attrs.frozen
class TerminateService:
    reason: str


@attrs.frozen
class SendRAA:
    result_code: int = DIAMETER_SUCCESS


@attrs.frozen
class ReleaseUnits:
    """(server) Release the units reserved for the session: it ended without a CCR-T."""


@attrs.frozen
class BufferRequest:
    """(event) Keep the event request to send it later (DDFH TERMINATE_OR_BUFFER)."""

    number: int


CcAction = SendCCR | Failover | GrantService | TerminateService | SendRAA | ReleaseUnits | BufferRequest


def _success(code: int) -> bool:
    return 2000 <= code < 3000


def _temporary(code: int) -> bool:
    return 4000 <= code < 5000


class ClientCreditControl:
    """A session-based credit-control session of a client (see the module's text)."""

    def __init__(self, session_id: str, *, ccfh: CCFH = CCFH.TERMINATE, tx: float = TX_DEFAULT) -> None:
        self.session_id = session_id
        self.ccfh = ccfh
        self.tx = tx
        self.state = CcState.IDLE
        self.next_number = 0
        self.pending: tuple[RequestType, int] | None = None
        #: the pending request went to the alternate server already
        self.failed_over = False
        #: the service goes on without credit control (CCFH CONTINUE after a failure)
        self.uncontrolled = False
        self._tx_at: float | None = None
        self._validity_at: float | None = None
        self._queued_termination = False
        self._queued_rating_change = False
        #: the last grant is the final one, with the action TERMINATE (the next use ends it)
        self.final_units = False
        self.history: list[tuple[float, str, CcState]] = []

    @property
    def deadline(self) -> float | None:
        times = [t for t in (self._tx_at, self._validity_at if self.state is CcState.OPEN else None) if t is not None]
        return min(times) if times else None

    def _go(self, now: float, event: str, state: CcState) -> None:
        self.state = state
        self.history.append((now, event, state))
        if state is CcState.IDLE:
            self._tx_at = self._validity_at = None
            self.pending = None

    def _send(self, now: float, event: str, kind: RequestType, state: CcState) -> list[CcAction]:
        number = self.next_number
        self.next_number += 1
        self.pending = (kind, number)
        self.failed_over = False
        self._tx_at = now + self.tx if kind is not RequestType.TERMINATION_REQUEST else None
        self._go(now, event, state)
        return [SendCCR(kind, number)]

    # -- the user's events ------------------------------------------------------------------

    def start(self, now: float) -> list[CcAction]:
        """The user or device requests access: CCR-I."""
        if self.state is not CcState.IDLE or self.next_number:
            raise CreditControlError(f"session {self.session_id}: start in state {self.state.value}")
        return self._send(now, "access requested", RequestType.INITIAL_REQUEST, CcState.PENDING_I)

    def units_used(self, now: float) -> list[CcAction]:
        """The granted units are used up: CCR-U, or, with a Final-Unit-Action of TERMINATE,
        the end of the service and CCR-T."""
        if self.state is not CcState.OPEN:
            raise CreditControlError(f"session {self.session_id}: units used in state {self.state.value}")
        if self.final_units:
            return [
                TerminateService("final units used"),
                *self._send(now, "final units used", RequestType.TERMINATION_REQUEST, CcState.PENDING_T),
            ]
        return self._send(now, "granted units used", RequestType.UPDATE_REQUEST, CcState.PENDING_U)

    def rating_changed(self, now: float) -> list[CcAction]:
        """A change in rating condition: CCR-U (queued while a request is pending)."""
        if self.state is CcState.OPEN:
            return self._send(now, "change in rating condition", RequestType.UPDATE_REQUEST, CcState.PENDING_U)
        if self.state in (CcState.PENDING_I, CcState.PENDING_U):
            self._queued_rating_change = True
            self.history.append((now, "change in rating condition queued", self.state))
        return []

    def terminate(self, now: float) -> list[CcAction]:
        """The user's service ends: CCR-T (queued while a request is pending)."""
        if self.state is CcState.OPEN:
            return self._send(now, "user service terminated", RequestType.TERMINATION_REQUEST, CcState.PENDING_T)
        if self.state in (CcState.PENDING_I, CcState.PENDING_U):
            self._queued_termination = True
            self.history.append((now, "termination queued", self.state))
            return []
        return []

    def rar(self, now: float) -> list[CcAction]:
        """A Re-Auth-Request from the server."""
        if self.state is CcState.OPEN:
            return [SendRAA(), *self._send(now, "RAR received", RequestType.UPDATE_REQUEST, CcState.PENDING_U)]
        if self.state is CcState.PENDING_U:
            return [SendRAA()]
        return [SendRAA(5002)]  # DIAMETER_UNKNOWN_SESSION_ID

    # -- the server's answers and failures ------------------------------------------------------

    def answered(
        self,
        now: float,
        result_code: int,
        *,
        validity_time: float | None = None,
        final_unit_terminate: bool = False,
        ccfh: CCFH | None = None,
    ) -> list[CcAction]:
        """The answer to the pending request: its Result-Code, Validity-Time, whether it gives a
        Final-Unit-Indication with the action TERMINATE, and a CCFH the server sets."""
        if self.pending is None:
            return []
        if ccfh is not None:
            self.ccfh = ccfh
        kind = self.pending[0]
        state = self.state
        self.pending = None
        self._tx_at = None
        if state is CcState.PENDING_T:
            self._go(now, "termination answer" if _success(result_code) else "failed termination answer", CcState.IDLE)
            return []
        if state not in (CcState.PENDING_I, CcState.PENDING_U):
            return []
        name = "initial" if kind is RequestType.INITIAL_REQUEST else "update"
        if _success(result_code):
            self.final_units = final_unit_terminate
            self._validity_at = now + validity_time if validity_time else None
            self._go(now, f"successful {name} answer", CcState.OPEN)
            return self._dequeue(now)
        if result_code == END_USER_SERVICE_DENIED or (result_code == USER_UNKNOWN and state is CcState.PENDING_I):
            self._go(now, f"{name} answer {result_code}", CcState.IDLE)
            return [TerminateService(f"{name} answer {result_code}")]
        if result_code == CREDIT_CONTROL_NOT_APPLICABLE:
            self._go(now, "CREDIT_CONTROL_NOT_APPLICABLE", CcState.IDLE)
            return [GrantService("credit control not applicable")]
        return self._failed(now, f"failed {name} answer {result_code}")

    def _dequeue(self, now: float) -> list[CcAction]:
        if self._queued_termination:
            self._queued_termination = self._queued_rating_change = False
            return self._send(now, "queued termination", RequestType.TERMINATION_REQUEST, CcState.PENDING_T)
        if self._queued_rating_change:
            self._queued_rating_change = False
            return self._send(now, "queued change in rating condition", RequestType.UPDATE_REQUEST, CcState.PENDING_U)
        return []

    def _failed(self, now: float, why: str) -> list[CcAction]:
        """A failed answer, or a failure with no alternate server left: by CCFH."""
        if self.ccfh is CCFH.CONTINUE:
            self.uncontrolled = True
            self._go(now, why + ", CONTINUE", CcState.IDLE)
            return [GrantService(why)]
        self._go(now, why + f", {self.ccfh.name}", CcState.IDLE)
        return [TerminateService(why)]

    def send_failed(self, now: float, *, temporary: bool = False) -> list[CcAction]:
        """The pending request could not be delivered (no peer, the connection failed), or the
        server answered a temporary error (``temporary``): fail over to an alternate server
        first where CCFH allows, else by CCFH."""
        if self.pending is None:
            return []
        kind, number = self.pending
        if self.state is CcState.PENDING_T:
            self._go(now, "failure to send the termination", CcState.IDLE)
            return []
        if self.ccfh is not CCFH.TERMINATE and not self.failed_over:
            self.failed_over = True
            self._tx_at = now + self.tx
            self.history.append((now, "failover to an alternate server", self.state))
            return [Failover(kind, number)]
        return self._failed(now, "temporary error" if temporary else "failure to send")

    def timer(self, now: float) -> list[CcAction]:
        if self._tx_at is not None and now >= self._tx_at and self.pending is not None:
            self._tx_at = None
            kind, number = self.pending
            if self.ccfh is CCFH.TERMINATE:
                self._go(now, "Tx expired, TERMINATE", CcState.IDLE)
                return [TerminateService("no answer within Tx")]
            if self.ccfh is CCFH.CONTINUE:
                # the service goes on while the answer may still come, or a failover's
                self.history.append((now, "Tx expired, CONTINUE", self.state))
                out: list[CcAction] = [GrantService("no answer within Tx")]
                if not self.failed_over:
                    self.failed_over = True
                    out.append(Failover(kind, number))
                return out
            # RETRY_AND_TERMINATE: the alternate server, then the end of the service
            if not self.failed_over:
                self.failed_over = True
                self._tx_at = now + self.tx
                self.history.append((now, "Tx expired, failover", self.state))
                return [Failover(kind, number)]
            self._go(now, "Tx expired at the alternate server too", CcState.IDLE)
            return [TerminateService("no answer within Tx from either server")]
        if self.state is CcState.OPEN and self._validity_at is not None and now >= self._validity_at:
            self._validity_at = None
            return self._send(now, "Validity-Time elapsed", RequestType.UPDATE_REQUEST, CcState.PENDING_U)
        return []


class ClientEvent:
    """A one-time event request (RFC 8506 §7, client, event based: direct debiting), with
    Direct-Debiting-Failure-Handling: TERMINATE_OR_BUFFER keeps a request that may have been
    debited to send it again (the T flag) and refuses the service; CONTINUE grants it."""

    def __init__(self, session_id: str, *, ddfh: DDFH = DDFH.TERMINATE_OR_BUFFER, tx: float = TX_DEFAULT) -> None:
        self.session_id = session_id
        self.ddfh = ddfh
        self.tx = tx
        self.state = CcState.IDLE
        self._tx_at: float | None = None
        self.failed_over = False
        self.history: list[tuple[float, str, CcState]] = []

    @property
    def deadline(self) -> float | None:
        return self._tx_at

    def _go(self, now: float, event: str, state: CcState) -> None:
        self.state = state
        self.history.append((now, event, state))
        if state is CcState.IDLE:
            self._tx_at = None

    def request(self, now: float) -> list[CcAction]:
        if self.state is not CcState.IDLE:
            raise CreditControlError(f"session {self.session_id}: event request in state {self.state.value}")
        self._tx_at = now + self.tx
        self._go(now, "one-time service requested", CcState.PENDING_E)
        return [SendCCR(RequestType.EVENT_REQUEST, 0)]

    def answered(self, now: float, result_code: int) -> list[CcAction]:
        if self.state is not CcState.PENDING_E:
            return []
        if _success(result_code):
            self._go(now, "successful answer", CcState.IDLE)
            return [GrantService("debited")]
        if result_code == CREDIT_CONTROL_NOT_APPLICABLE:
            self._go(now, "CREDIT_CONTROL_NOT_APPLICABLE", CcState.IDLE)
            return [GrantService("credit control not applicable")]
        if self.ddfh is DDFH.CONTINUE and _temporary(result_code):
            self._go(now, f"temporary error {result_code}, CONTINUE", CcState.IDLE)
            return [GrantService(f"temporary error {result_code}")]
        self._go(now, f"failed answer {result_code}", CcState.IDLE)
        return [TerminateService(f"answer {result_code}")]

    def send_failed(self, now: float) -> list[CcAction]:
        """The request could not be delivered (or no answer came within Tx): the alternate
        server first, then by DDFH."""
        if self.state is not CcState.PENDING_E:
            return []
        if not self.failed_over:
            self.failed_over = True
            self._tx_at = now + self.tx
            self.history.append((now, "failover to an alternate server", self.state))
            return [Failover(RequestType.EVENT_REQUEST, 0)]
        if self.ddfh is DDFH.CONTINUE:
            self._go(now, "failure to send, CONTINUE", CcState.IDLE)
            return [GrantService("failure to send")]
        self._go(now, "failure to send, TERMINATE_OR_BUFFER", CcState.PENDING_B)
        return [BufferRequest(0), TerminateService("failure to send")]

    def buffered_sent(self, now: float) -> list[CcAction]:
        """The buffered request was delivered later (answered, whatever its Result-Code)."""
        if self.state is CcState.PENDING_B:
            self._go(now, "buffered request delivered", CcState.IDLE)
        return []

    def timer(self, now: float) -> list[CcAction]:
        if self._tx_at is not None and now >= self._tx_at:
            self._tx_at = None
            return self.send_failed(now)
        return []


class ServerCreditControl:
    """A session-based credit-control session of a server, with its supervision timer Tcc
    (RFC 8506 §13 recommends twice the Validity-Time the server grants; ``tcc``, 20 s by
    default)."""

    def __init__(self, session_id: str, *, tcc: float = 2 * TX_DEFAULT) -> None:
        self.session_id = session_id
        self.tcc = tcc
        self.state = CcState.IDLE
        self._tcc_at: float | None = None
        self.history: list[tuple[float, str, CcState]] = []

    @property
    def deadline(self) -> float | None:
        return self._tcc_at

    def _go(self, now: float, event: str, state: CcState) -> None:
        self.state = state
        self.history.append((now, event, state))

    def request(self, now: float, request_type: RequestType) -> list[CcAction]:
        """A CCR processed (answered by the application's handler)."""
        if request_type is RequestType.INITIAL_REQUEST or (
            request_type is RequestType.UPDATE_REQUEST and self.state is CcState.OPEN
        ):
            self._tcc_at = now + self.tcc
            self._go(now, f"{request_type.name} processed", CcState.OPEN)
        elif request_type is RequestType.TERMINATION_REQUEST:
            self._tcc_at = None
            self._go(now, "TERMINATION_REQUEST processed", CcState.IDLE)
        else:
            self._go(now, f"{request_type.name} processed", self.state)
        return []

    def timer(self, now: float) -> list[CcAction]:
        if self.state is CcState.OPEN and self._tcc_at is not None and now >= self._tcc_at:
            self._tcc_at = None
            self._go(now, "Tcc expired", CcState.IDLE)
            return [ReleaseUnits()]
        return []
