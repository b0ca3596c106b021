"""Accounting on a node (RFC 6733 §9): a client whose records nothing loses, and a server that
keeps each record once.

:class:`AccountingClient` runs one :class:`~diameter.core.accounting.ClientAccounting` state
machine per session: the records are numbered, interim records go out on the interval (the
server's answer may set it), and Accounting-Realtime-Required decides what a record that cannot
be delivered means. Every record is put in the client's :class:`~diameter.store.RecordStore`
when it is made, before it is sent, and leaves it only when an answer comes (RFC 6733 §9.4):
records that could not be delivered (no peer, no answer in time) stay, and are sent again by the
client while a peer is open, with the T flag when they may have arrived before; with a
:class:`~diameter.store.SqliteStore` they survive a restart of the client, killed or not, and a
new client on the same file sends them.

:class:`AccountingServer` answers Accounting-Requests and keeps each record in a
:class:`~diameter.store.ReceivedStore` once: a record whose Session-Id and
Accounting-Record-Number it has already (a record sent again after a failure) is answered again
and not kept twice (§9.4, Appendix C); it counts them in :attr:`AccountingServer.duplicates`.
Its sessions follow the stateful server's machine (the supervision timer Ts).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .apps.base import AccountingAnswer, AccountingRequest, FailedAVP
from .core.accounting import (
    AcctAction,
    AcctAnswer,
    AcctState,
    ClientAccounting,
    DisconnectUser,
    LoseRecord,
    Realtime,
    RecordType,
    SendRecord,
    ServerAccounting,
    StoreRecord,
)
from .core.service import PeerError, RequestTimeout
from .errors import DiameterError
from .schema import Message, evolve
from .store import AsyncReceivedStore, MemoryStore, ReceivedStore, RecordStore, StoreFull
from .wire import AVP_M, Avp

if TYPE_CHECKING:
    from .asyncio import Node

__all__ = ["AccountingClient", "AccountingSession", "AccountingServer", "Realtime", "RecordType"]

log = logging.getLogger("diameter.accounting")

#: Acct-Application-Id of the base accounting application (RFC 6733 §2.4)
BASE_ACCOUNTING: int = 3
ACCOUNTING_RECORD_TYPE_CODE: int = 480


class AccountingSession:
    """One accounting session of an :class:`AccountingClient`: ``start`` (or ``event``), then
    ``stop``; interim records go out by themselves. ``fields``: what every record of the
    session carries besides what the client fills (User-Name, Acct-Session-Id, vendor AVPs)."""

    def __init__(self, client: AccountingClient, session_id: str, fields: Mapping[str, Any]) -> None:
        self.client = client
        self.session_id = session_id
        self.fields = dict(fields)
        self.machine = ClientAccounting(session_id, realtime=client.realtime, interim_interval=client.interim_interval)
        #: why the user's service was ended (DELIVER_AND_GRANT, a refused record), or None
        self.disconnected: str | None = None
        self._timer: asyncio.TimerHandle | None = None

    @property
    def state(self) -> AcctState:
        return self.machine.state

    async def start(self, **fields: Any) -> None:
        """The start record; returns when it is answered or kept to be sent later."""
        await self.client._carry(self, self.machine.start(self.client._now()), fields)

    async def event(self, **fields: Any) -> None:
        """The event record of a one-time service."""
        await self.client._carry(self, self.machine.event(self.client._now()), fields)

    async def stop(self, **fields: Any) -> None:
        """The stop record (kept, to be sent later, while another record of the session waits
        for its answer)."""
        self._cancel_timer()
        await self.client._carry(self, self.machine.stop(self.client._now()), fields)

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


class AccountingClient:
    """A node's accounting client (see the module's text).

    ``destination_realm`` (and ``destination_host``) address the records; ``store`` keeps them
    until answered (default: in memory); ``realtime`` and ``interim_interval`` are the sessions'
    Accounting-Realtime-Required and Acct-Interim-Interval until a server's answer changes them;
    ``request_class``: the Accounting-Request class to build (the base protocol's by default;
    an application's own, such as TS 32.299's for Rf, with ``fields`` for its AVPs);
    ``resend_interval``: how often stored records are tried again while a peer is open."""

    def __init__(
        self,
        node: Node,
        *,
        destination_realm: str,
        destination_host: str | None = None,
        store: RecordStore | None = None,
        realtime: Realtime = Realtime.GRANT_AND_STORE,
        interim_interval: int | None = None,
        request_class: type = AccountingRequest,
        acct_application_id: int | None = BASE_ACCOUNTING,
        resend_interval: float = 5.0,
        timeout: float | None = None,
    ) -> None:
        self.node = node
        self.destination_realm = destination_realm
        self.destination_host = destination_host
        self.store: RecordStore = store if store is not None else MemoryStore()
        self.realtime = realtime
        self.interim_interval = interim_interval
        self.request_class = request_class
        self.acct_application_id = acct_application_id
        self.resend_interval = resend_interval
        self.timeout = timeout
        self.sessions: dict[str, AccountingSession] = {}
        #: records delivered, kept to be sent again, lost (GRANT_AND_LOSE, or no room)
        self.delivered = 0
        self.stored = 0
        self.lost = 0
        self._busy: set[int] = set()  # ids of stored records being sent
        self._tasks: set[asyncio.Task[None]] = set()  # interim records being sent
        self._resender: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        node.prepare(request_class)

    def _now(self) -> float:
        return asyncio.get_running_loop().time()

    def session(self, session_id: str | None = None, **fields: Any) -> AccountingSession:
        """A new accounting session (a new Session-Id of the node unless given)."""
        sid = session_id or self.node.session_id()
        s = AccountingSession(self, sid, fields)
        self.sessions[sid] = s
        self._ensure_resender()
        return s

    # -- records --------------------------------------------------------------------------------

    def _build(
        self, session: AccountingSession, record_type: RecordType, number: int, fields: Mapping[str, Any]
    ) -> Message:
        local = self.node.local
        values: dict[str, Any] = {
            "session_id": session.session_id,
            "origin_host": local.origin_host,
            "origin_realm": local.origin_realm,
            "destination_realm": self.destination_realm,
            "accounting_record_type": record_type,
            "accounting_record_number": number,
            "accounting_realtime_required": session.machine.realtime,
        }
        if self.destination_host is not None:
            values["destination_host"] = self.destination_host
        if self.acct_application_id is not None:
            values["acct_application_id"] = self.acct_application_id
        if session.machine.interim_interval is not None:
            values["acct_interim_interval"] = session.machine.interim_interval
        values.update(session.fields)
        values.update(fields)
        message: Message = self.request_class(**values)
        return message

    async def _carry(self, session: AccountingSession, actions: list[AcctAction], fields: Mapping[str, Any]) -> None:
        """Carry out what the session's machine says."""
        while actions:
            action = actions.pop(0)
            if isinstance(action, SendRecord):
                actions += await self._send_new(session, action.record_type, action.number, fields)
            elif isinstance(action, StoreRecord):
                self._keep(session, action.record_type, action.number, fields)
            elif isinstance(action, DisconnectUser):
                session.disconnected = action.reason
                log.warning("accounting session %s: %s", session.session_id, action.reason)
            elif isinstance(action, LoseRecord):
                self.lost += 1
        self._arm(session)
        if session.state is AcctState.IDLE and session.machine.pending is None:
            self.sessions.pop(session.session_id, None)

    def _keep(
        self, session: AccountingSession, record_type: RecordType, number: int, fields: Mapping[str, Any]
    ) -> None:
        """A record made while another of the session waits (its stop): stored, sent later."""
        message = self._build(session, record_type, number, fields)
        try:
            self.store.add(session.session_id, number, self.node.conv.encode(message))
            self.stored += 1
            self._wake.set()
        except StoreFull as e:
            self.lost += 1
            log.error("accounting record %s/%d lost: %s", session.session_id, number, e)

    async def _send_new(
        self, session: AccountingSession, record_type: RecordType, number: int, fields: Mapping[str, Any]
    ) -> list[AcctAction]:
        message = self._build(session, record_type, number, fields)
        machine = session.machine
        try:
            # kept as being sent: if this process dies before the answer, the record may have
            # arrived, and goes again with the T flag
            rid: int | None = self.store.add(session.session_id, number, self.node.conv.encode(message), attempts=1)
        except StoreFull:
            rid = None
        if rid is not None:
            self._busy.add(rid)
        try:
            try:
                answer = await self.node.request(message, timeout=self.timeout)  # type: ignore[arg-type]
            except (PeerError, RequestTimeout, DiameterError) as e:
                if isinstance(e, PeerError) and rid is not None:
                    self.store.attempted(rid, -1)  # refused before it was sent: never sent
                log.info("accounting record %s/%d not delivered: %s", session.session_id, number, e)
                # the record is in the store already: kept there, or taken out of it
                rest: list[AcctAction] = []
                for a in machine.send_failed(self._now(), buffer_space=rid is not None):
                    if isinstance(a, StoreRecord):
                        self.stored += 1
                        self._wake.set()
                    elif isinstance(a, LoseRecord):
                        self.lost += 1
                        if rid is not None:
                            self.store.delete(rid)
                    else:
                        rest.append(a)
                return rest
            if rid is not None:
                self.store.delete(rid)
            self.delivered += 1
            code = int(getattr(answer, "result_code", 0) or 0)
            interim = getattr(answer, "acct_interim_interval", None)
            realtime = getattr(answer, "accounting_realtime_required", None)
            return machine.answered(
                self._now(),
                code,
                interim_interval=interim if isinstance(interim, int) else None,
                realtime=Realtime(realtime) if isinstance(realtime, int) and realtime in (1, 2, 3) else None,
            )
        finally:
            if rid is not None:
                self._busy.discard(rid)

    def _arm(self, session: AccountingSession) -> None:
        """The interim timer of the session, at its machine's deadline."""
        session._cancel_timer()
        when = session.machine.deadline
        if when is None:
            return
        loop = asyncio.get_running_loop()

        def due() -> None:
            session._timer = None
            task = loop.create_task(self._carry(session, session.machine.timer(self._now()), {}))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

        session._timer = loop.call_at(when, due)

    # -- stored records ---------------------------------------------------------------------

    def _ensure_resender(self) -> None:
        if self._resender is None or self._resender.done():
            self._resender = asyncio.get_running_loop().create_task(self._resend_forever())

    async def _resend_forever(self) -> None:
        while True:
            # (asyncio.wait, not wait_for: Python 3.11's wait_for can swallow a cancellation
            # that comes as the event is set)
            waiter = asyncio.ensure_future(self._wake.wait())
            try:
                await asyncio.wait({waiter}, timeout=self.resend_interval)
            finally:
                waiter.cancel()
            self._wake.clear()
            if self.node.service.open_peers():
                await self.resend()

    async def resend(self, batch: int = 64) -> int:
        """Send the stored records once (those not being sent already), ``batch`` at a time;
        returns how many were answered."""
        answered = 0
        while True:
            records = [r for r in self.store.pending(limit=batch + len(self._busy)) if r.id not in self._busy][:batch]
            if not records:
                return answered
            results = await asyncio.gather(*(self._resend_one(r) for r in records))
            done = sum(results)
            answered += done
            if done < len(records):
                return answered  # some could not go: try again later

    async def _resend_one(self, record: Any) -> bool:
        self._busy.add(record.id)
        try:
            message = self.node.conv.decode(record.data)
            if record.attempts:
                message = evolve(message, retransmit=True)  # it may have arrived (Appendix C)
            else:
                self.store.attempted(record.id)  # from now on it may arrive
            try:
                await self.node.request(message, timeout=self.timeout)  # type: ignore[arg-type]
            except RequestTimeout:
                return False
            except PeerError:
                if not record.attempts:
                    self.store.attempted(record.id, -1)
                return False
            except DiameterError:
                return False
            # answered: delivered, or refused by the server (sending it again would not help)
            self.store.delete(record.id)
            self.delivered += 1
            return True
        finally:
            self._busy.discard(record.id)

    async def flush(self, timeout: float) -> int:
        """Send the stored records until none is left or ``timeout`` seconds passed; returns
        how many are left."""
        deadline = self._now() + timeout
        while len(self.store) and self._now() < deadline:
            if self.node.service.open_peers():
                await self.resend()
            if len(self.store):
                await asyncio.sleep(min(0.2, max(0.0, deadline - self._now())))
        return len(self.store)

    async def close(self) -> None:
        """Stop sending stored records (they stay in the store) and the interim timers."""
        for s in self.sessions.values():
            s._cancel_timer()
        for t in list(self._tasks):
            t.cancel()
        if self._resender is not None:
            self._resender.cancel()
            try:
                await self._resender
            except asyncio.CancelledError:
                pass
            self._resender = None


class AccountingServer:
    """Answers the Accounting-Requests a node receives and keeps each record once in ``store``
    (see the module's text). ``answer_class``: the answer of ``request_class``;
    ``interim_interval``: an Acct-Interim-Interval the answers set; ``supervision``: the
    sessions' supervision timer (default: twice their interim interval)."""

    def __init__(
        self,
        node: Node,
        store: ReceivedStore | AsyncReceivedStore,
        *,
        request_class: type = AccountingRequest,
        answer_class: type = AccountingAnswer,
        interim_interval: int | None = None,
        supervision: float | None = None,
        on_record: Callable[[Message, bool], None] | None = None,
    ) -> None:
        self.node = node
        self.store = store
        self.answer_class = answer_class
        self.interim_interval = interim_interval
        self.supervision = supervision
        self.on_record = on_record
        self.sessions: dict[str, ServerAccounting] = {}
        #: records received again (kept once); sessions ended by their supervision timer
        self.duplicates = 0
        self.expired = 0
        self._swept = 0.0
        awaited = inspect.iscoroutinefunction(getattr(store, "receive", None))
        node.handle(request_class, self.answer_async if awaited else self.answer)

    def _sweep(self, now: float) -> None:
        """The sessions whose supervision timer expired end (looked at most once a second)."""
        if now < self._swept + 1.0:
            return
        self._swept = now
        for sid, machine in list(self.sessions.items()):
            if machine.deadline is not None and machine.deadline <= now:
                machine.timer(now)
                log.info("accounting session %s: no record within its supervision time", sid)
                del self.sessions[sid]
                self.expired += 1

    def _invalid(self, request: Any) -> Message | None:
        """The answer to a record whose Accounting-Record-Type is none of RFC 6733's (§9.8.1):
        DIAMETER_INVALID_AVP_VALUE (5004) with the AVP in Failed-AVP; None for a valid one."""
        value = int(request.accounting_record_type)
        if value in (1, 2, 3, 4):
            return None
        local = self.node.local
        failed = FailedAVP(avps=(Avp(ACCOUNTING_RECORD_TYPE_CODE, value.to_bytes(4, "big"), 0, AVP_M),))
        answer: Message = self.answer_class(
            session_id=request.session_id,
            result_code=5004,
            origin_host=local.origin_host,
            origin_realm=local.origin_realm,
            accounting_record_type=value,
            accounting_record_number=int(request.accounting_record_number),
            failed_avp=failed,
            error_message=f"Accounting-Record-Type {value} is not one of RFC 6733's",
        )
        return answer

    def answer(self, request: Any) -> Message:
        """The answer to an Accounting-Request, the record kept (a store that is not awaited)."""
        invalid = self._invalid(request)
        if invalid is not None:
            return invalid
        try:
            new: Any = self.store.receive(*self._row(request))
            if not isinstance(new, bool):
                if inspect.iscoroutine(new):
                    new.close()
                raise TypeError("an AsyncReceivedStore is awaited: use answer_async")
            stored = True
        except Exception as e:  # the store failed (a full disk): OUT_OF_SPACE
            log.error("accounting record %s/%s not stored: %s", request.session_id, request.accounting_record_number, e)
            new, stored = False, False
        return self._answer(request, new, stored)

    async def answer_async(self, request: Any) -> Message:
        """The same, with a store that is awaited (:class:`~diameter.store.PostgresStore`)."""
        invalid = self._invalid(request)
        if invalid is not None:
            return invalid
        try:
            new = await self.store.receive(*self._row(request))  # type: ignore[misc]
            stored = True
        except Exception as e:  # the database failed: OUT_OF_SPACE
            log.error("accounting record %s/%s not stored: %s", request.session_id, request.accounting_record_number, e)
            new, stored = False, False
        return self._answer(request, new, stored)

    def _row(self, request: Any) -> tuple[str, str, int, int, bytes]:
        data = request.wire_bytes or self.node.conv.encode(request)
        return (
            request.origin_host,
            request.session_id,
            int(request.accounting_record_number),
            int(request.accounting_record_type),
            data,
        )

    def _answer(self, request: Any, new: bool, stored: bool) -> Message:
        now = asyncio.get_running_loop().time()
        self._sweep(now)
        record_type = RecordType(int(request.accounting_record_type))
        number = int(request.accounting_record_number)
        if stored and not new:
            self.duplicates += 1
        machine = self.sessions.get(request.session_id)
        if machine is None:
            machine = self.sessions[request.session_id] = ServerAccounting(
                request.session_id, supervision=self.supervision
            )
        interim = self.interim_interval or request.acct_interim_interval
        [result] = [
            a
            for a in machine.record(now, record_type, stored=stored, interim_interval=interim)
            if isinstance(a, AcctAnswer)
        ]
        if machine.state is AcctState.IDLE:
            self.sessions.pop(request.session_id, None)
        if self.on_record is not None and stored:
            self.on_record(request, new)
        local = self.node.local
        fields: dict[str, Any] = {
            "session_id": request.session_id,
            "result_code": result.result_code,
            "origin_host": local.origin_host,
            "origin_realm": local.origin_realm,
            "accounting_record_type": record_type,
            "accounting_record_number": number,
            "acct_application_id": request.acct_application_id,
        }
        if self.interim_interval is not None:
            fields["acct_interim_interval"] = self.interim_interval
        answer: Message = self.answer_class(**fields)
        return answer
