"""Authorization sessions on a node (RFC 6733 §8): the client's and the server's state machines
of :mod:`diameter.core.sessions`, driven by the node.

:class:`AuthClient` opens :class:`AuthSession` s for an application: the application's
authorization request (NASREQ's AAR, Diameter EAP's DER, Rx's AAR, ...) built with the
session's Session-Id, sent, and its answer's Auth-Session-State, Session-Timeout,
Authorization-Lifetime and Auth-Grace-Period applied; later requests carry the answering server
as Destination-Host. The session re-authorizes when its lifetime ends, answers the server's
Re-Auth-Request (and re-authorizes) and Abort-Session-Request (and ends with an STR), and sends
an STR when it ends (:meth:`AuthSession.terminate`, or when Session-Timeout or the grace period
runs out). :attr:`AuthSession.granted` says whether the user has the service.

:class:`AuthServer` keeps the server's session table: each authorization request goes to the
application's handler, whose answer (its Result-Code and timers) moves the session's machine;
an STR is answered and ends the session; :meth:`AuthServer.abort` sends an ASR; a session whose
lifetime and grace period, or Session-Timeout, ran out is cleaned up. A handler sees the
session's state before its request in :meth:`AuthServer.state`.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._serving import answer_of, rearm
from .apps.base import (
    AbortSessionAnswer,
    AbortSessionRequest,
    AnswerMessage,
    ReAuthAnswer,
    ReAuthRequest,
    SessionTerminationAnswer,
    SessionTerminationRequest,
)
from .core.service import PeerError, RequestTimeout
from .core.sessions import (
    NO_STATE_MAINTAINED,
    AuthAction,
    AuthState,
    Cleanup,
    ClientAuthSession,
    DisconnectUser,
    GrantAccess,
    ProvideService,
    Reauthorize,
    SendASA,
    SendAuthRequest,
    SendRAA,
    SendSTR,
    ServerAuthSession,
    SessionTimers,
    TerminationCause,
)
from .errors import DiameterError
from .schema import Answer, Message, Request

if TYPE_CHECKING:
    from .asyncio import Node

__all__ = ["AuthClient", "AuthSession", "AuthServer", "TerminationCause"]

log = logging.getLogger("diameter.sessions")

A = TypeVar("A", bound=Answer)


def _timers(answer: object) -> SessionTimers:
    def value(name: str) -> int | None:
        v = getattr(answer, name, None)
        return v if isinstance(v, int) else None

    return SessionTimers(
        session_timeout=value("session_timeout"),
        authorization_lifetime=value("authorization_lifetime"),
        auth_grace_period=value("auth_grace_period"),
    )


#: the authorization clients of each node
_CLIENTS: weakref.WeakKeyDictionary[Node, list[AuthClient[Any]]] = weakref.WeakKeyDictionary()


def _owner(clients: list[AuthClient[Any]], session_id: str) -> AuthClient[Any]:
    """The client that has the session (the last one made when none has: it answers 5002)."""
    for c in clients:
        if session_id in c.sessions:
            return c
    return clients[-1]


class AuthSession(Generic[A]):
    """A client's authorization session (see the module's text); ``A``: the answer class of
    its application's authorization request."""

    def __init__(self, client: AuthClient[A], session_id: str, fields: Mapping[str, Any], stateful: bool) -> None:
        self.client = client
        self.session_id = session_id
        self.fields = dict(fields)
        self.machine = ClientAuthSession(session_id, stateful=stateful)
        self.server: str | None = None
        self.granted = False
        self.ended: str | None = None
        #: the last authorization answer
        self.answer: A | AnswerMessage | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    @property
    def state(self) -> AuthState:
        return self.machine.state

    async def open(self, **fields: Any) -> A | AnswerMessage | None:
        """The authorization request; returns its answer (None when none came)."""
        self.fields.update(fields)
        return await self.client._carry(self, self.machine.request_access(self.client._now()))

    async def reauthorize(self, **fields: Any) -> A | AnswerMessage | None:
        """Authorize again (stateful, open sessions)."""
        self.fields.update(fields)
        return await self.client._carry(self, self.machine.request_access(self.client._now()))

    async def terminate(self, cause: TerminationCause = TerminationCause.DIAMETER_LOGOUT) -> None:
        """The service ends: an STR for a stateful session, waiting for its STA."""
        await self.client._carry(self, self.machine.terminate(self.client._now(), cause))

    def _spawn(self, coro: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


class AuthClient(Generic[A]):
    """A node's authorization client for one application: ``request_class`` (its
    authorization request), ``auth_application_id``, ``destination_realm``, and the fields every
    request carries (Auth-Request-Type for NASREQ, ...). ``stateful`` False asks for sessions
    without state (Auth-Session-State NO_STATE_MAINTAINED). ``timeout``: how long a request
    waits for its answer (the node's request timeout by default)."""

    def __init__(
        self,
        node: Node,
        *,
        request_class: type[Request[A]],
        auth_application_id: int,
        destination_realm: str,
        stateful: bool = True,
        timeout: float | None = None,
        **fields: Any,
    ) -> None:
        self.node = node
        self.request_class = request_class
        self.auth_application_id = auth_application_id
        self.destination_realm = destination_realm
        self.stateful = stateful
        self.timeout = timeout
        self.fields = fields
        self.sessions: dict[str, AuthSession[A]] = {}
        node.prepare(request_class, SessionTerminationRequest)
        # the node's RAR and ASR go to the client of their session (a node may have several)
        clients = _CLIENTS.setdefault(node, [])
        clients.append(self)
        node.handle(ReAuthRequest, lambda req: _owner(clients, req.session_id)._on_rar(req))
        node.handle(AbortSessionRequest, lambda req: _owner(clients, req.session_id)._on_asr(req))

    def _now(self) -> float:
        return asyncio.get_running_loop().time()

    def session(self, session_id: str | None = None, **fields: Any) -> AuthSession[A]:
        sid = session_id or self.node.session_id()
        s: AuthSession[A] = AuthSession(self, sid, {**self.fields, **fields}, self.stateful)
        self.sessions[sid] = s
        return s

    def _common(self, s: AuthSession[A]) -> dict[str, Any]:
        local = self.node.local
        values: dict[str, Any] = {
            "session_id": s.session_id,
            "origin_host": local.origin_host,
            "origin_realm": local.origin_realm,
            "destination_realm": self.destination_realm,
            "auth_application_id": self.auth_application_id,
        }
        if s.server is not None:
            values["destination_host"] = s.server
        return values

    async def _request(self, message: Any) -> Any:
        try:
            return await self.node.request(message, timeout=self.timeout)
        except (PeerError, RequestTimeout, DiameterError) as e:
            log.info("authorization session request not answered: %s", e)
            return None

    async def _carry(self, s: AuthSession[A], actions: list[AuthAction]) -> A | AnswerMessage | None:
        answer: A | AnswerMessage | None = None
        while actions:
            action = actions.pop(0)
            if isinstance(action, (SendAuthRequest, Reauthorize)):
                values = self._common(s)
                if not s.machine.stateful:
                    values["auth_session_state"] = NO_STATE_MAINTAINED
                values.update(s.fields)
                answer = await self._request(self.request_class(**values))
                if answer is None:
                    actions += s.machine.answer(self._now(), 3002)  # not delivered: a failed answer
                    continue
                s.answer = answer
                code = getattr(answer, "result_code", None)
                code = code if isinstance(code, int) else 5012
                origin = getattr(answer, "origin_host", None)
                if 2000 <= code < 3000 and isinstance(origin, str):
                    s.server = origin
                state = getattr(answer, "auth_session_state", None)
                actions += s.machine.answer(
                    self._now(),
                    code,
                    auth_session_state=int(state) if state is not None else None,
                    timers=_timers(answer),
                )
            elif isinstance(action, SendSTR):
                str_ = SessionTerminationRequest(**self._common(s), termination_cause=int(action.termination_cause))
                sta = await self._request(str_)
                if sta is None:
                    log.info("session %s: no STA; ended all the same", s.session_id)
                actions += s.machine.sta(self._now())
                s.granted = False
                s.ended = s.ended or action.termination_cause.name
            elif isinstance(action, (GrantAccess, ProvideService)):
                s.granted = True
            elif isinstance(action, (DisconnectUser, Cleanup)):
                s.granted = False
                s.ended = s.ended or action.reason  # the first reason
        self._arm(s)
        if s.state is AuthState.IDLE:
            self.sessions.pop(s.session_id, None)
        return answer

    def _arm(self, s: AuthSession[A]) -> None:
        if s._timer is not None:
            s._timer.cancel()
            s._timer = None
        when = s.machine.deadline
        if when is None:
            return
        loop = asyncio.get_running_loop()

        def due() -> None:
            s._timer = None
            s._spawn(self._carry(s, s.machine.timer(self._now())))

        s._timer = loop.call_at(when, due)

    def _on_rar(self, req: ReAuthRequest) -> ReAuthAnswer:
        s = self.sessions.get(req.session_id)
        actions = s.machine.rar(self._now()) if s is not None else [SendRAA(5002)]
        [raa] = [a for a in actions if isinstance(a, SendRAA)]
        if s is not None:
            s._spawn(self._carry(s, [a for a in actions if not isinstance(a, SendRAA)]))
        local = self.node.local
        return ReAuthAnswer(
            session_id=req.session_id,
            result_code=raa.result_code,
            origin_host=local.origin_host,
            origin_realm=local.origin_realm,
        )

    def _on_asr(self, req: AbortSessionRequest) -> AbortSessionAnswer:
        s = self.sessions.get(req.session_id)
        actions = s.machine.asr(self._now()) if s is not None else [SendASA(5002)]
        [asa] = [a for a in actions if isinstance(a, SendASA)]
        if s is not None:
            s.granted = False
            s.ended = "aborted by the server"
            s._spawn(self._carry(s, [a for a in actions if not isinstance(a, SendASA)]))
        local = self.node.local
        return AbortSessionAnswer(
            session_id=req.session_id,
            result_code=asa.result_code,
            origin_host=local.origin_host,
            origin_realm=local.origin_realm,
        )

    async def close(self) -> None:
        for s in list(self.sessions.values()):
            if s._timer is not None:
                s._timer.cancel()
            for t in list(s._tasks):
                t.cancel()


class AuthServer:
    """A node's authorization server for one application: ``handler`` answers its authorization
    requests (``request_class``); the session table follows each answer (see the module's
    text). ``stateful`` False: every session is stateless (no table)."""

    def __init__(
        self,
        node: Node,
        *,
        request_class: type,
        handler: Callable[[Any], Awaitable[Message] | Message],
        auth_application_id: int,
        stateful: bool = True,
    ) -> None:
        self.node = node
        self.handler = handler
        self.auth_application_id = auth_application_id
        self.stateful = stateful
        #: Session-Id -> (its machine, the client's Origin-Host)
        self.sessions: dict[str, tuple[ServerAuthSession, str]] = {}
        self.cleaned: list[tuple[str, str]] = []  # (Session-Id, why) of the sessions that ended
        self._timer: asyncio.TimerHandle | None = None
        node.handle(request_class, self._on_request)
        node.handle(SessionTerminationRequest, self._on_str)

    def _now(self) -> float:
        return asyncio.get_running_loop().time()

    def state(self, session_id: str) -> AuthState:
        """The session's state (Idle when the table has no such session)."""
        found = self.sessions.get(session_id)
        return found[0].state if found is not None else AuthState.IDLE

    def _clean(self, session_id: str, actions: list[AuthAction]) -> None:
        for a in actions:
            if isinstance(a, Cleanup):
                self.sessions.pop(session_id, None)
                self.cleaned.append((session_id, a.reason))

    def sweep(self) -> None:
        """Clean up the sessions whose timers ran out (done by a timer at the earliest of them,
        and at each request)."""
        now = self._now()
        for sid, (machine, _) in list(self.sessions.items()):
            if machine.deadline is not None and machine.deadline <= now:
                self._clean(sid, machine.timer(now))
        self._arm()

    def _arm(self) -> None:
        self._timer = rearm(self._timer, (m.deadline for m, _ in self.sessions.values()), self.sweep)

    async def _on_request(self, req: Any) -> Message:
        self.sweep()
        answer = await answer_of(self.handler, req)
        code = getattr(answer, "result_code", None)
        authorized = isinstance(code, int) and 2000 <= code < 3000
        state = getattr(answer, "auth_session_state", None)
        stateful = self.stateful and state != NO_STATE_MAINTAINED
        found = self.sessions.get(req.session_id)
        machine = found[0] if found is not None else ServerAuthSession(req.session_id, stateful=stateful)
        actions = machine.auth_request(self._now(), authorized=authorized, timers=_timers(answer))
        if stateful and machine.state is AuthState.OPEN:
            self.sessions[req.session_id] = (machine, req.origin_host)
        self._clean(req.session_id, actions)
        self._arm()
        return answer

    def _on_str(self, req: SessionTerminationRequest) -> SessionTerminationAnswer:
        found = self.sessions.get(req.session_id)
        if found is not None:
            self._clean(req.session_id, found[0].str_received(self._now()))
        local = self.node.local
        return SessionTerminationAnswer(
            session_id=req.session_id,
            result_code=2001 if found is not None else 5002,
            origin_host=local.origin_host,
            origin_realm=local.origin_realm,
        )

    async def abort(self, session_id: str, *, retries: int = 3) -> bool:
        """End a session from the server: an ASR to its client (sent again up to ``retries``
        times when it cannot be delivered); True when the client answered it."""
        found = self.sessions.get(session_id)
        if found is None:
            return False
        machine, client = found
        actions = machine.abort(self._now())
        local = self.node.local
        while actions:
            try:
                asa = await self.node.request(
                    AbortSessionRequest(
                        session_id=session_id,
                        origin_host=local.origin_host,
                        origin_realm=local.origin_realm,
                        destination_realm=local.origin_realm,
                        destination_host=client,
                        auth_application_id=self.auth_application_id,
                    ),
                )
            except (PeerError, RequestTimeout, DiameterError):
                retries -= 1
                machine.asr_failed(self._now())
                if retries < 0:
                    return False
                await asyncio.sleep(max(0.0, (machine.deadline or self._now()) - self._now()))
                actions = machine.timer(self._now())
                continue
            code = getattr(asa, "result_code", 0)
            self._clean(session_id, machine.asa(self._now(), int(code or 0)))
            return True
        return False
