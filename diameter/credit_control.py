"""Credit-Control on a node (RFC 8506): a client whose sessions follow the client's state
machine of §7 (:mod:`diameter.core.credit_control`), and a server whose sessions follow the
server's (:class:`CreditControlServer`: the supervision timer Tcc).

:class:`CreditControlClient` makes :class:`CreditControlSession` s. A session's requests are
numbered (CC-Request-Number), carry its Session-Id, and, after the initial answer, the
answering server as their Destination-Host (the session stays with its server). Each waits Tx
for its answer; a request that cannot be delivered, or is not answered within Tx, goes to an
alternate server with the T flag where Credit-Control-Failure-Handling allows (CONTINUE,
RETRY_AND_TERMINATE; the server's answer may set it), and the session's service is granted or
terminated as the RFC's table says: :attr:`CreditControlSession.granted`. A termination or a
rating change while a request is pending is sent once its answer comes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._serving import answer_of, rearm
from .apps.credit_control import CCR
from .core.credit_control import (
    CCFH,
    DDFH,
    BufferRequest,
    CcAction,
    CcState,
    ClientCreditControl,
    ClientEvent,
    Failover,
    GrantService,
    RequestType,
    SendCCR,
    ServerCreditControl,
    TerminateService,
)
from .core.service import PeerError, RequestTimeout
from .errors import DiameterError
from .schema import Message, evolve

if TYPE_CHECKING:
    from .asyncio import Node

__all__ = ["CreditControlClient", "CreditControlSession", "CreditControlServer", "EventOutcome", "CCFH", "DDFH"]

log = logging.getLogger("diameter.credit_control")


def _granted_terms(answer: object) -> tuple[object, object]:
    """The Validity-Time and Final-Unit-Indication of a CCA: its own, or its first
    Multiple-Services-Credit-Control's."""
    validity = getattr(answer, "validity_time", None)
    fui = getattr(answer, "final_unit_indication", None)
    mscc = getattr(answer, "multiple_services_credit_control", ())
    if mscc:
        validity = validity if validity is not None else getattr(mscc[0], "validity_time", None)
        fui = fui if fui is not None else getattr(mscc[0], "final_unit_indication", None)
    return validity, fui


@attrs.define
class EventOutcome:
    """What came of a one-time event request: the service granted or not (and why), the
    answer, and whether the request was kept to be sent again."""

    session_id: str
    granted: bool = False
    reason: str = ""
    answer: Message | None = None
    buffered: bool = False


class CreditControlSession:
    """A session-based credit-control session (see the module's text)."""

    def __init__(self, client: CreditControlClient, session_id: str, fields: Mapping[str, Any]) -> None:
        self.client = client
        self.session_id = session_id
        self.fields = dict(fields)
        self.machine = ClientCreditControl(session_id, ccfh=client.ccfh, tx=client.tx)
        #: the server of the session (the initial answer's Origin-Host), its Destination-Host
        self.server: str | None = None
        #: whether the end user has the service; why it ended
        self.granted = False
        self.ended: str | None = None
        #: the last answer received, and every request sent: (type, number, peer, T flag)
        self.answer: Message | None = None
        self.sent: list[tuple[RequestType, int, str | None, bool]] = []

    @property
    def state(self) -> CcState:
        return self.machine.state

    async def start(self, **fields: Any) -> Message | None:
        """CCR-I; returns the answer (None when none came)."""
        return await self.client._carry(self, self.machine.start(self.client._now()), fields)

    async def update(self, **fields: Any) -> Message | None:
        """The granted units are used: CCR-U (or, after final units to terminate, CCR-T)."""
        return await self.client._carry(self, self.machine.units_used(self.client._now()), fields)

    async def terminate(self, **fields: Any) -> Message | None:
        """The service ends: CCR-T (sent once a pending request is answered)."""
        return await self.client._carry(self, self.machine.terminate(self.client._now()), fields)


class CreditControlClient:
    """A node's credit-control client: ``destination_realm``, the CCR class (RFC 8506's by
    default; TS 32.299's for Gy), CCFH and Tx (RFC 8506 §13: 10 s) until a server's answer
    sets CCFH, and the fields every request carries (Service-Context-Id, ...)."""

    def __init__(
        self,
        node: Node,
        *,
        destination_realm: str,
        request_class: type = CCR,
        ccfh: CCFH = CCFH.TERMINATE,
        tx: float = 10.0,
        auth_application_id: int = 4,
        **fields: Any,
    ) -> None:
        self.node = node
        self.destination_realm = destination_realm
        self.request_class = request_class
        self.ccfh = ccfh
        self.tx = tx
        self.auth_application_id = auth_application_id
        self.fields = fields
        self.sessions: dict[str, CreditControlSession] = {}
        #: event requests kept to be sent again (DDFH TERMINATE_OR_BUFFER)
        self.buffered: list[Message] = []
        node.prepare(request_class)

    def _now(self) -> float:
        return asyncio.get_running_loop().time()

    def session(self, session_id: str | None = None, **fields: Any) -> CreditControlSession:
        sid = session_id or self.node.session_id()
        s = CreditControlSession(self, sid, {**self.fields, **fields})
        self.sessions[sid] = s
        return s

    async def event(self, *, ddfh: DDFH = DDFH.TERMINATE_OR_BUFFER, **fields: Any) -> EventOutcome:
        """A one-time event request (direct debiting, RFC 8506 §7 event based): sent, failed
        over to an alternate server with the T flag when it cannot be delivered or Tx passes,
        then, by Direct-Debiting-Failure-Handling, granted anyway (CONTINUE) or refused and
        kept (TERMINATE_OR_BUFFER) in :attr:`buffered`, which :meth:`send_buffered` sends
        again later with the T flag."""
        sid = self.node.session_id()
        machine = ClientEvent(sid, ddfh=ddfh, tx=self.tx)
        outcome = EventOutcome(sid)
        local = self.node.local
        message: Message = self.request_class(
            **{
                "session_id": sid,
                "origin_host": local.origin_host,
                "origin_realm": local.origin_realm,
                "destination_realm": self.destination_realm,
                "auth_application_id": self.auth_application_id,
                "cc_request_type": int(RequestType.EVENT_REQUEST),
                "cc_request_number": 0,
                **self.fields,
                **fields,
            }
        )
        actions = machine.request(self._now())
        tried: set[str] = set()
        while actions:
            action = actions.pop(0)
            if isinstance(action, (SendCCR, Failover)):
                peer = self._choose(message) if isinstance(action, SendCCR) else self._alternate(tried)
                if isinstance(action, Failover):
                    if peer is None:
                        actions += machine.send_failed(self._now())
                        continue
                    message = evolve(message, retransmit=True)
                if peer is not None:
                    tried.add(peer)
                try:
                    answer = await self.node.request(message, peer=peer, timeout=self.tx)  # type: ignore[arg-type]
                except (PeerError, RequestTimeout, DiameterError) as e:
                    log.info("credit-control event %s not delivered: %s", sid, e)
                    actions += machine.send_failed(self._now())
                    continue
                outcome.answer = answer
                code = getattr(answer, "result_code", None)
                actions += machine.answered(self._now(), code if isinstance(code, int) else 5012)
            elif isinstance(action, GrantService):
                outcome.granted, outcome.reason = True, action.reason
            elif isinstance(action, TerminateService):
                outcome.granted, outcome.reason = False, action.reason
            elif isinstance(action, BufferRequest):
                self.buffered.append(evolve(message, retransmit=True))
                outcome.buffered = True
        return outcome

    async def send_buffered(self) -> int:
        """Send the buffered event requests again (T flag: they may have been debited);
        returns how many are still buffered."""
        left: list[Message] = []
        for message in self.buffered:
            try:
                await self.node.request(message, timeout=self.tx)  # type: ignore[arg-type]
            except (PeerError, RequestTimeout, DiameterError):
                left.append(message)
        self.buffered = left
        return len(left)

    def _alternate(self, tried: set[str]) -> str | None:
        """An open peer other than those tried that agreed on the application."""
        for e in self.node.service.open_peers():
            agreement = e.peer.agreement
            if e.host is None or e.host in tried or not e.peer.available or agreement is None:
                continue
            if self.auth_application_id in agreement.application_ids or 0xFFFFFFFF in agreement.application_ids:
                return e.host
        return None

    def _build(self, s: CreditControlSession, kind: RequestType, number: int, fields: Mapping[str, Any]) -> Message:
        local = self.node.local
        values: dict[str, Any] = {
            "session_id": s.session_id,
            "origin_host": local.origin_host,
            "origin_realm": local.origin_realm,
            "destination_realm": self.destination_realm,
            "auth_application_id": self.auth_application_id,
            "cc_request_type": int(kind),
            "cc_request_number": number,
        }
        if s.server is not None:
            values["destination_host"] = s.server
        values.update(s.fields)
        values.update(fields)
        message: Message = self.request_class(**values)
        return message

    def _choose(self, message: Message) -> str | None:
        """The peer the node's routing gives the session's first request (so that a failover
        knows which server not to try again)."""
        service = self.node.service
        chosen = service.routing.choose(message, [e for e in service.open_peers() if e.peer.available])
        return chosen.host if chosen is not None else None

    async def _carry(
        self, s: CreditControlSession, actions: list[CcAction], fields: Mapping[str, Any]
    ) -> Message | None:
        answer: Message | None = None
        tried: set[str] = set()
        message: Message | None = None
        while actions:
            action = actions.pop(0)
            if isinstance(action, GrantService):
                s.granted = True
            elif isinstance(action, TerminateService):
                s.granted = False
                s.ended = action.reason
            elif isinstance(action, (SendCCR, Failover)):
                peer: str | None
                if isinstance(action, SendCCR):
                    tried = set()
                    message = self._build(s, action.request_type, action.number, fields)
                    peer = s.server or self._choose(message)
                else:
                    assert message is not None
                    peer = self._alternate(tried)
                    if peer is None:
                        actions += s.machine.send_failed(self._now())
                        continue
                    message = evolve(message, retransmit=True, destination_host=peer)
                    s.server = peer  # the alternate server keeps the session (RFC 8506 §5.5)
                if peer is not None:
                    tried.add(peer)
                got = await self._send(s, action.request_type, action.number, message, peer)
                if isinstance(got, Message):
                    answer = got
                    actions += self._answered(s, got)
                else:
                    actions += got
        if s.state is CcState.IDLE:
            self.sessions.pop(s.session_id, None)
        return answer

    async def _send(
        self, s: CreditControlSession, kind: RequestType, number: int, message: Message, peer: str | None
    ) -> Message | list[CcAction]:
        s.sent.append((kind, number, peer or s.server, bool(getattr(message, "retransmit", False))))
        try:
            return await self.node.request(message, peer=peer, timeout=self.tx)  # type: ignore[arg-type]
        except RequestTimeout:
            due = s.machine.deadline
            return s.machine.timer(max(self._now(), due if due is not None else 0.0))
        except (PeerError, DiameterError) as e:
            log.info("credit-control request %s/%d not delivered: %s", s.session_id, number, e)
            return s.machine.send_failed(self._now())

    def _answered(self, s: CreditControlSession, answer: Message) -> list[CcAction]:
        s.answer = answer
        code = getattr(answer, "result_code", None)
        if not isinstance(code, int):
            code = 5012  # no Result-Code: treated as a failed answer
        origin = getattr(answer, "origin_host", None)
        if 2000 <= code < 3000 and isinstance(origin, str):
            s.server = origin  # the server that answered keeps the session (after a failover too)
        validity, fui = _granted_terms(answer)
        ccfh = getattr(answer, "credit_control_failure_handling", None)
        actions = s.machine.answered(
            self._now(),
            code,
            validity_time=validity if isinstance(validity, int) else None,
            final_unit_terminate=fui is not None and int(getattr(fui, "final_unit_action", -1)) == 0,
            ccfh=CCFH(ccfh) if isinstance(ccfh, int) and ccfh in (0, 1, 2) else None,
        )
        if s.state is CcState.OPEN and 2000 <= code < 3000:
            s.granted = True
        return actions


class CreditControlServer:
    """A node's credit-control server: ``handler`` answers the CCRs, and each session follows
    the server's machine (RFC 8506 §7): its supervision timer Tcc runs from each request answered
    successfully (``tcc`` seconds, or twice the Validity-Time the answer grants, as §13
    recommends), and a session it ends is reported to ``on_expired`` (release its reserved
    units). :meth:`state` tells a handler where a session stands."""

    def __init__(
        self,
        node: Node,
        *,
        handler: Callable[[Any], Awaitable[Message] | Message],
        request_class: type = CCR,
        tcc: float = 20.0,
        on_expired: Callable[[str], None] | None = None,
    ) -> None:
        self.node = node
        self.handler = handler
        self.tcc = tcc
        self.on_expired = on_expired
        self.sessions: dict[str, ServerCreditControl] = {}
        #: the sessions Tcc ended
        self.expired: list[str] = []
        self._timer: asyncio.TimerHandle | None = None
        node.handle(request_class, self._on_request)

    def _now(self) -> float:
        return asyncio.get_running_loop().time()

    def state(self, session_id: str) -> CcState:
        machine = self.sessions.get(session_id)
        return machine.state if machine is not None else CcState.IDLE

    def sweep(self) -> None:
        """End the sessions whose Tcc expired (done by a timer at the earliest Tcc, and at each
        request)."""
        now = self._now()
        for sid, machine in list(self.sessions.items()):
            if machine.deadline is not None and machine.deadline <= now and machine.timer(now):
                del self.sessions[sid]
                self.expired.append(sid)
                log.info("credit-control session %s: no request within Tcc; units released", sid)
                if self.on_expired is not None:
                    self.on_expired(sid)
        self._arm()

    def _arm(self) -> None:
        self._timer = rearm(self._timer, (m.deadline for m in self.sessions.values()), self.sweep)

    async def _on_request(self, req: Any) -> Message:
        self.sweep()
        answer = await answer_of(self.handler, req)
        code = getattr(answer, "result_code", None)
        if isinstance(code, int) and 2000 <= code < 3000:
            validity, _ = _granted_terms(answer)
            try:
                kind = RequestType(int(req.cc_request_type))
            except ValueError:
                return answer  # a CC-Request-Type of no session: the handler's answer, no state
            machine = self.sessions.get(req.session_id)
            if machine is None:
                machine = ServerCreditControl(req.session_id, tcc=self.tcc)
            if isinstance(validity, int) and validity > 0:
                machine.tcc = 2.0 * validity
            machine.request(self._now(), kind)
            if machine.state is CcState.OPEN:
                self.sessions[req.session_id] = machine
            else:
                self.sessions.pop(req.session_id, None)
            self._arm()
        return answer
