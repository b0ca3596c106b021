"""The sans-IO node (:class:`diameter.core.service.Service`): two or three services wired back
to back on a fake clock, with no sockets and no asyncio.

The harness (:class:`Net`) plays the I/O layer of diameter/asyncio/node.py: it opens the
connections a service asks for (``Connect`` → ``accepted`` on the target, ``connected`` on the
opener), carries ``Write`` s to the other end's ``data_received``, turns a ``Close`` into the
other end's ``connection_lost``, runs handlers synchronously (``Dispatch`` → ``answered``), and
records everything else. Time moves only in :meth:`Net.advance`, from one service deadline to the
next, so that a timer fires at exactly its deadline.
"""

from __future__ import annotations

import logging
import random
import struct
from collections import deque
from collections.abc import Callable
from ipaddress import IPv4Address

import pytest

from diameter import Avp, GenericMessage, Message, _codegen
from diameter.apps.base import (
    AUTH_APPLICATION_ID,
    ORIGIN_HOST,
    ORIGIN_REALM,
    RESULT_CODE,
    SESSION_ID,
    STA,
    AnswerMessage,
    CapabilitiesExchangeAnswer,
    CapabilitiesExchangeRequest,
    DeviceWatchdogAnswer,
    DeviceWatchdogRequest,
    DisconnectCause,
    DisconnectPeerRequest,
    ResultCode,
)
from diameter.apps.base import SessionTerminationRequest as STR_REQ
from diameter.apps.credit_control import CCA, CCR, CCRequestType
from diameter.capabilities import LocalCapabilities
from diameter.converter import DEFAULT_CONVERTER, Converter
from diameter.core.service import (
    Close,
    Connect,
    Dispatch,
    Doic,
    InvalidAnswer,
    Limits,
    Output,
    Overloaded,
    PeerDown,
    PeerEntry,
    PeerError,
    PeerUp,
    ProbeAnswered,
    Reject,
    RequestTimeout,
    Resolve,
    Service,
    StartTls,
    Write,
)
from diameter.errors import DecodeError
from diameter.peer import PeerState
from diameter.schema import AVP, Answer, Request, avp, command, evolve, repeated
from diameter.watchdog import WatchdogState
from diameter.wire import AVP_M, FLAG_E, FLAG_R, FLAG_T, iter_avps, peek_header

REALM = "example.com"
R_AND_E = FLAG_R | FLAG_E
TW = 30.0
TC = 10.0

Handler = Callable[[Message], Message]


def caps(
    host: str, apps: frozenset[int] = frozenset({4}), inband: frozenset[int] = frozenset({0})
) -> LocalCapabilities:
    return LocalCapabilities(origin_host=host, origin_realm=REALM, auth_application_ids=apps, inband_security=inband)


def ccr(n: int = 0, origin: str = "a", dest: str | None = None) -> CCR:
    return CCR(
        session_id=f"{origin};1;{n}",
        origin_host=origin,
        origin_realm=REALM,
        destination_realm=REALM,
        auth_application_id=4,
        service_context_id="32251@3gpp.org",
        cc_request_type=CCRequestType.EVENT_REQUEST,
        cc_request_number=n,
        destination_host=dest,
    )


def cca(req: CCR, origin: str, rc: int = ResultCode.DIAMETER_SUCCESS) -> CCA:
    return CCA(
        session_id=req.session_id,
        result_code=rc,
        origin_host=origin,
        origin_realm=REALM,
        auth_application_id=4,
        cc_request_type=req.cc_request_type,
        cc_request_number=req.cc_request_number,
    )


def answering(origin: str) -> Handler:
    def handler(req: Message) -> Message:
        assert isinstance(req, CCR)
        return cca(req, origin)

    return handler


def decode(raw: bytes) -> Message:
    """Credit-Control as RFC 4006's own classes whatever other dictionaries are loaded."""
    h = peek_header(raw)
    if h.command_code == 272 and h.application_id == 4 and not h.flags & FLAG_E:
        return DEFAULT_CONVERTER.decode_as(CCR if h.flags & FLAG_R else CCA, raw)
    return DEFAULT_CONVERTER.decode(raw)


def avps_of(raw: bytes) -> dict[int, list[Avp]]:
    out: dict[int, list[Avp]] = {}
    for _, a in iter_avps(raw, 20):
        out.setdefault(a.code, []).append(a)
    return out


def result_code(raw: bytes) -> int:
    return int.from_bytes(avps_of(raw)[268][0].data, "big")


def with_avps(raw: bytes, avps: list[Avp]) -> bytes:
    """``raw``'s header with other AVPs (and the Message Length fixed)."""
    body = b"".join(a.encode() for a in avps)
    return struct.pack("!I", 0x01000000 | (20 + len(body))) + raw[4:20] + body


def set_flags(raw: bytes, flags: int, hbh: int | None = None) -> bytes:
    out = raw[:4] + bytes((flags,)) + raw[5:]
    if hbh is not None:
        out = out[:12] + hbh.to_bytes(4, "big") + out[16:]
    return out


def state(svc: Service, host: str) -> PeerState:
    return svc.peers[host].peer.state  # through a call: mypy does not narrow it


def wd(svc: Service, host: str) -> WatchdogState:
    return svc.peers[host].peer.watchdog.state  # through a call: mypy does not narrow it


class Net:
    """The I/O layer for a few services, on a fake clock."""

    def __init__(self) -> None:
        self.now = 0.0
        self.services: dict[str, Service] = {}
        self.ends: dict[tuple[str, int], tuple[str, int]] = {}  # (service, conn) -> the other end
        self.next_conn = 1
        #: every output of every service, with the time it came
        self.seen: dict[str, list[tuple[float, Output]]] = {}
        #: the bytes each service received: (time, from, conn, data)
        self.received: dict[str, list[tuple[float, str, int, bytes]]] = {}
        self.mute: set[tuple[str, str]] = set()  # (from, to): bytes dropped
        self.hold: set[tuple[str, str]] = set()  # (from, to): bytes kept in ``held`` until release()
        self.held: list[tuple[str, int, bytes]] = []
        self.manual: set[str] = set()  # services whose Dispatches wait in ``dispatched``
        self.dispatched: dict[str, list[Dispatch]] = {}
        self.unreachable: set[str] = set()
        self.queue: deque[tuple[str, Output]] = deque()

    def add(
        self,
        name: str,
        local: LocalCapabilities | None = None,
        *,
        tw: float = TW,
        tc: float = TC,
        limits: Limits | None = None,
        seed: int = 0,
        handler: Handler | None = None,
        converter: Converter = DEFAULT_CONVERTER,
        doic: Doic | None = None,
    ) -> Service:
        # one converter for all unless asked: each builds its codecs on first use
        svc = Service(
            local or caps(name), converter=converter, tw=tw, tc=tc, limits=limits, rng=random.Random(seed), doic=doic
        )
        svc.handle(CCR, handler or answering(name))
        self.services[name] = svc
        self.seen[name] = []
        self.received[name] = []
        self.dispatched[name] = []
        return svc

    # -- delivering ------------------------------------------------------------------------

    def feed(self, name: str, outputs: list[Output]) -> list[Output]:
        """Carry out ``outputs`` of ``name`` (and everything they lead to); returns them."""
        for o in outputs:
            self.queue.append((name, o))
        while self.queue:
            who, o = self.queue.popleft()
            self.seen[who].append((self.now, o))
            self.handle(who, o)
        return outputs

    def handle(self, who: str, o: Output) -> None:
        svc = self.services[who]
        if isinstance(o, Connect):
            target = o.peer.target
            assert isinstance(target, str)
            if target in self.unreachable:
                self.feed(who, svc.connect_failed(self.now, o.peer))
                return
            mine, theirs = self.next_conn, self.next_conn + 1
            self.next_conn += 2
            self.ends[(who, mine)] = (target, theirs)
            self.ends[(target, theirs)] = (who, mine)
            self.feed(target, self.services[target].accepted(self.now, theirs))
            self.feed(who, svc.connected(self.now, o.peer, mine))
        elif isinstance(o, Write):
            self.deliver(who, o.conn, o.data)
        elif isinstance(o, Close):
            end = self.ends.pop((who, o.conn), None)
            if end is not None:
                self.ends.pop(end, None)
                self.feed(end[0], self.services[end[0]].connection_lost(self.now, end[1]))
        elif isinstance(o, Dispatch):
            if who in self.manual:
                self.dispatched[who].append(o)
            else:
                self.answer(who, o)

    def deliver(self, who: str, conn: int, data: bytes, *, held: bool = False) -> None:
        end = self.ends.get((who, conn))
        if end is None:
            return
        to, theirs = end
        if (who, to) in self.mute:
            return
        if (who, to) in self.hold and not held:
            self.held.append((who, conn, data))
            return
        self.received[to].append((self.now, who, theirs, data))
        self.feed(to, self.services[to].data_received(self.now, theirs, data))

    def release(self) -> None:
        held, self.held = self.held, []
        for who, conn, data in held:
            self.deliver(who, conn, data, held=True)

    def answer(self, who: str, d: Dispatch) -> list[Output]:
        result: Message | BaseException
        try:
            result = d.handler(d.request)
        except Exception as e:
            result = e
        return self.feed(who, self.services[who].answered(self.now, d.ref, result))

    def inject(self, to: str, conn: int, data: bytes) -> list[Output]:
        """Bytes arriving at ``to`` on its connection ``conn`` (as if from its other end)."""
        self.received[to].append((self.now, "?", conn, data))
        return self.feed(to, self.services[to].data_received(self.now, conn, data))

    def cut(self, who: str, conn: int) -> None:
        """The connection fails: both ends learn it."""
        end = self.ends.pop((who, conn))
        self.ends.pop(end, None)
        self.feed(who, self.services[who].connection_lost(self.now, conn))
        self.feed(end[0], self.services[end[0]].connection_lost(self.now, end[1]))

    # -- time --------------------------------------------------------------------------------

    def advance(self, seconds: float) -> None:
        """Move the clock ``seconds`` on, firing every timer at its deadline on the way."""
        until = self.now + seconds
        for _ in range(100_000):
            due = [(d, n) for n, s in self.services.items() if (d := s.deadline) is not None and d <= until]
            if not due:
                break
            when = min(d for d, _ in due)
            self.now = max(self.now, when)
            for n, s in self.services.items():
                d = s.deadline
                if d is not None and d <= self.now:
                    self.feed(n, s.timer(self.now))
        else:
            raise AssertionError(f"timers still due at {self.now}: a deadline that does not move")
        self.now = until

    def advance_until(self, done: Callable[[], bool], step: float = 0.25, limit: float = 1000.0) -> None:
        """Advance ``step`` by ``step`` until ``done()`` (at most ``limit`` seconds)."""
        start = self.now
        while not done():
            assert self.now - start < limit, "never happened"
            self.advance(step)

    # -- the application ---------------------------------------------------------------------

    def connect(self, who: str, to: str, *, reconnect: bool = True) -> PeerEntry:
        entry, out = self.services[who].connect(self.now, to, peer_host=to, reconnect=reconnect)
        self.feed(who, out)
        return entry

    def request(self, who: str, msg: Message, *, timeout: float = 1000.0, peer: str | None = None) -> int:
        ref, out = self.services[who].request(self.now, msg, timeout=timeout, peer=peer)
        self.feed(who, out)
        return ref

    # -- looking ---------------------------------------------------------------------------

    def outputs(self, who: str, kind: type) -> list[Output]:
        return [o for _, o in self.seen[who] if isinstance(o, kind)]

    def timed(self, who: str, kind: type) -> list[tuple[float, Output]]:
        return [(t, o) for t, o in self.seen[who] if isinstance(o, kind)]

    def result(self, who: str, ref: int) -> Output | None:
        for _, o in self.seen[who]:
            if isinstance(o, (Resolve, Reject, ProbeAnswered)) and o.ref == ref:
                return o
        return None

    def requests_at(self, to: str, command: int = 272) -> list[bytes]:
        """The requests of ``command`` that ``to`` received."""
        return [d for _, _, _, d in self.received[to] if d[4] & FLAG_R and peek_header(d).command_code == command]

    def dwrs(self, sender: str, to: str) -> list[float]:
        """When ``to`` received DWRs from ``sender``."""
        return [
            t
            for t, w, _, d in self.received[to]
            if w == sender and d[4] & FLAG_R and peek_header(d).command_code == 280
        ]

    def conn_of(self, who: str, peer: str) -> int:
        conn = self.services[who].peers[peer].peer.open_conn
        assert conn is not None
        return conn


def client_and_servers(*servers: str, client_limits: Limits | None = None, server_tw: float = TW) -> Net:
    """Client ``a`` connected to each of ``servers`` (in that order)."""
    net = Net()
    net.add("a", limits=client_limits, seed=1)
    for i, s in enumerate(servers):
        net.add(s, tw=server_tw, seed=10 + i)
    for s in servers:
        net.connect("a", s)
        assert state(net.services["a"], s) is PeerState.I_OPEN
    return net


# -- 1. request and answer ------------------------------------------------------------------------


def test_a_request_and_its_answer_go_round_trip_through_two_services() -> None:
    net = client_and_servers("b")
    a, b = net.services["a"], net.services["b"]
    assert [type(o) for o in net.outputs("a", PeerUp)] == [PeerUp]
    assert [o.peer for o in net.outputs("a", PeerUp) if isinstance(o, PeerUp)] == [a.peers["b"]]
    assert len(net.outputs("b", PeerUp)) == 1
    req = ccr(7)
    ref = net.request("a", req)
    [dispatch] = net.outputs("b", Dispatch)
    assert isinstance(dispatch, Dispatch) and type(dispatch.request) is CCR
    assert dispatch.request.session_id == req.session_id and dispatch.request.cc_request_number == 7
    res = net.result("a", ref)
    assert isinstance(res, Resolve)
    assert type(res.answer) is CCA
    assert res.answer.result_code == ResultCode.DIAMETER_SUCCESS and res.answer.cc_request_number == 7
    assert res.answer.session_id == req.session_id and res.answer.origin_host == "b"
    # the answer carries the request's identifiers
    [sent] = net.requests_at("b")
    [back] = [d for _, _, _, d in net.received["a"] if peek_header(d).command_code == 272]
    assert peek_header(back).hop_by_hop == peek_header(sent).hop_by_hop
    assert peek_header(back).end_to_end == peek_header(sent).end_to_end
    assert a.counters[("b", "Credit-Control-Request", "sent")] == 1
    assert a.counters[("b", "Credit-Control-Answer", 2001)] == 1
    assert b.counters[("a", "Credit-Control-Request", "received")] == 1
    assert a.peers["b"].pending.next_deadline is None  # nothing left pending


def test_no_code_is_generated_on_the_hot_path_once_the_classes_are_prepared(monkeypatch: pytest.MonkeyPatch) -> None:
    # the base protocol is prepared when the service is made, a handled request and its answer
    # when the handler is registered, what a client sends when it prepares it
    made: list[tuple[Converter, str, type]] = []
    make_decoder, make_encoder = _codegen.make_decoder, _codegen.make_encoder

    def spy_decoder(cls: type, conv: Converter) -> _codegen.Decoder:
        made.append((conv, "decoder", cls))
        return make_decoder(cls, conv)

    def spy_encoder(cls: type, conv: Converter) -> _codegen.Encoder:
        made.append((conv, "encoder", cls))
        return make_encoder(cls, conv)

    monkeypatch.setattr(_codegen, "make_decoder", spy_decoder)
    monkeypatch.setattr(_codegen, "make_encoder", spy_encoder)
    str_ = STR_REQ(
        session_id="a;1;9",
        origin_host="a",
        origin_realm=REALM,
        destination_realm=REALM,
        auth_application_id=4,
        termination_cause=1,
    )
    for prepared in (True, False):
        net = Net()
        a = net.add("a", seed=1, converter=Converter())
        b = net.add("b", seed=10, converter=Converter())
        if prepared:
            a.prepare(STR_REQ)
        made.clear()
        net.connect("a", "b")
        refs = [net.request("a", ccr(3)), net.request("a", str_)]
        net.advance(TW + 3)  # a watchdog exchange too
        results = [net.result("a", ref) for ref in refs]
        assert all(isinstance(r, Resolve) for r in results)
        assert [type(r.answer) for r in results if isinstance(r, Resolve)] == [CCA, AnswerMessage]
        assert not any(isinstance(o, PeerDown) for _, o in net.seen["a"])
        # b has no handler for the STR: it decodes it once to answer it (3001)
        assert [(what, cls) for conv, what, cls in made if conv is b.conv] == [("decoder", STR_REQ)]
        mine = [(what, cls) for conv, what, cls in made if conv is a.conv]
        # not prepared, the client makes its request's encoder when it first sends one
        assert mine == ([] if prepared else [("encoder", STR_REQ)])
    with pytest.raises(TypeError, match="is not a command class"):
        a.prepare(int)


# -- 2. timeouts -----------------------------------------------------------------------------------


def test_a_request_times_out_at_its_deadline_and_its_late_answer_is_unmatched() -> None:
    net = client_and_servers("b")
    net.manual.add("b")
    net.advance(1.0)
    ref = net.request("a", ccr(1), timeout=5.0)
    net.advance(4.999)
    assert net.result("a", ref) is None
    net.advance(0.001)
    [(when, rej)] = net.timed("a", Reject)
    assert isinstance(rej, Reject) and rej.ref == ref and isinstance(rej.error, RequestTimeout)
    assert when == 6.0
    # the handler answers late: counted, not resolved
    [d] = net.dispatched["b"]
    net.answer("b", d)
    assert not net.outputs("a", Resolve)
    assert net.services["a"].counters[("b", "unmatched answer", "discarded")] == 1


# -- 3. the watchdog at the service level ------------------------------------------------------


def test_a_suspect_peer_gets_no_new_requests_and_its_pending_ones_fail_over_with_the_t_flag() -> None:
    net = client_and_servers("b", "c", server_tw=1000.0)
    a = net.services["a"]
    net.manual.add("b")
    first = net.request("a", ccr(1))  # routed to b (the first open peer)
    assert len(net.requests_at("b")) == 1 and not net.requests_at("c")
    [original] = net.requests_at("b")
    net.mute.add(("b", "a"))  # b stops answering (and sending) anything to a
    start = net.now
    net.advance_until(lambda: bool(net.dwrs("a", "b")))
    [dwr_at] = net.dwrs("a", "b")
    assert TW - 2 <= dwr_at - start <= TW + 2
    net.advance_until(lambda: wd(a, "b") is not WatchdogState.OKAY)
    assert wd(a, "b") is WatchdogState.SUSPECT
    assert wd(a, "c") is WatchdogState.OKAY
    # the pending request went to c at once, with the T flag and the same End-to-End identifier
    [moved] = net.requests_at("c")
    [suspect_at] = [t for t, _, _, d in net.received["c"] if d == moved]
    assert TW - 2 <= suspect_at - dwr_at <= TW + 2
    assert net.now - 0.25 < suspect_at <= net.now
    assert moved[4] & 0x10 and not original[4] & 0x10
    assert peek_header(moved).end_to_end == peek_header(original).end_to_end
    assert moved[20:] == original[20:]
    res = net.result("a", first)
    assert isinstance(res, Resolve) and isinstance(res.answer, CCA) and res.answer.origin_host == "c"
    # new requests go to c, never to b
    with pytest.raises(PeerError, match="not available"):
        a.request(net.now, ccr(2), timeout=10.0, peer="b")
    second = net.request("a", ccr(3))
    assert len(net.requests_at("c")) == 2 and len(net.requests_at("b")) == 1
    assert isinstance(net.result("a", second), Resolve)
    assert a.peers["b"].up  # still open, only not trusted
    # after the next Tw, b is closed
    net.advance_until(lambda: state(a, "b") is not PeerState.I_OPEN)
    [(down_at, down)] = net.timed("a", PeerDown)
    assert TW - 2 <= down_at - suspect_at <= TW + 2
    assert wd(a, "b") is WatchdogState.DOWN and state(a, "b") is PeerState.CLOSED
    assert isinstance(down, PeerDown) and down.peer is a.peers["b"] and "watchdog" in down.reason
    assert not net.services["b"].peers  # b learnt the connection closed and forgot a


def test_with_no_other_peer_the_requests_of_a_suspect_peer_stay_pending_until_it_closes() -> None:
    net = client_and_servers("b", server_tw=1000.0)
    a = net.services["a"]
    net.manual.add("b")
    ref = net.request("a", ccr(1))
    net.mute.add(("b", "a"))
    net.advance_until(lambda: wd(a, "b") is not WatchdogState.OKAY)
    assert wd(a, "b") is WatchdogState.SUSPECT
    assert net.result("a", ref) is None
    assert len(a.peers["b"].pending) == 1  # kept: no other peer to take it
    with pytest.raises(PeerError):
        a.request(net.now, ccr(2), timeout=10.0)
    with pytest.raises(PeerError, match="not available"):
        a.request(net.now, ccr(2), timeout=10.0, peer="b")
    net.advance_until(lambda: state(a, "b") is not PeerState.I_OPEN)
    rej = net.result("a", ref)
    assert isinstance(rej, Reject) and type(rej.error) is PeerError
    assert len(a.peers["b"].pending) == 0


# -- 4. REOPEN -------------------------------------------------------------------------------------


def test_after_a_failure_the_peer_reconnects_and_takes_requests_only_after_three_dwas() -> None:
    net = client_and_servers("b", "c", server_tw=1000.0)
    a = net.services["a"]
    net.mute.add(("b", "a"))
    net.advance_until(lambda: state(a, "b") is not PeerState.I_OPEN)
    [(closed_at, _)] = net.timed("a", PeerDown)
    assert wd(a, "b") is WatchdogState.DOWN
    net.mute.clear()
    connects = len(net.outputs("a", Connect))
    net.advance(closed_at + TC - 0.01 - net.now)
    assert len(net.outputs("a", Connect)) == connects
    net.advance(0.01)
    [(when, _)] = net.timed("a", Connect)[connects:]
    assert when == closed_at + TC
    assert state(a, "b") is PeerState.I_OPEN and a.peers["b"].up
    assert wd(a, "b") is WatchdogState.REOPEN
    assert net.dwrs("a", "b")[-1] == net.now  # a DWR at once
    for dwas in (1, 2):
        assert a.peers["b"].peer.watchdog.num_dwa == dwas
        with pytest.raises(PeerError, match="not available"):
            a.request(net.now, ccr(dwas), timeout=10.0, peer="b")
        before = len(net.requests_at("b"))
        net.request("a", ccr(10 + dwas))
        assert len(net.requests_at("b")) == before  # routed to c
        net.advance(TW + 2)
    assert wd(a, "b") is WatchdogState.OKAY
    ref = net.request("a", ccr(20), peer="b")
    assert isinstance(net.result("a", ref), Resolve)


def test_reopen_with_no_other_peer_refuses_requests_until_three_dwas() -> None:
    net = client_and_servers("b", server_tw=1000.0)
    a = net.services["a"]
    net.mute.add(("b", "a"))
    net.advance_until(lambda: state(a, "b") is not PeerState.I_OPEN)
    net.mute.clear()
    net.advance(TC)
    assert wd(a, "b") is WatchdogState.REOPEN
    with pytest.raises(PeerError):
        a.request(net.now, ccr(1), timeout=10.0)
    net.advance(TW + 2)
    with pytest.raises(PeerError):
        a.request(net.now, ccr(1), timeout=10.0)
    net.advance(TW + 2)
    ref = net.request("a", ccr(2))
    assert isinstance(net.result("a", ref), Resolve)


# -- 5. overflow on failover ---------------------------------------------------------------------


def test_failover_past_the_other_peers_table_rejects_the_excess_as_overloaded() -> None:
    net = client_and_servers("b", "c", client_limits=Limits(max_pending=2))
    a = net.services["a"]
    net.manual.update({"b", "c"})
    on_c = net.request("a", ccr(1), peer="c")
    on_b = [net.request("a", ccr(2 + i), peer="b") for i in range(2)]
    with pytest.raises(Overloaded):
        a.request(net.now, ccr(9), timeout=10.0, peer="b")
    assert len(a.peers["b"].pending) == 2 and len(a.peers["c"].pending) == 1
    net.advance(1.0)
    cut_at = net.now
    net.cut("a", net.conn_of("a", "b"))
    results = {ref: net.result("a", ref) for ref in on_b}
    rejected = [r for r in results.values() if isinstance(r, Reject)]
    assert len(rejected) == 1 and isinstance(rejected[0].error, Overloaded)
    assert [t for t, o in net.timed("a", Reject)] == [cut_at]  # at once, not at a timeout
    assert len(a.peers["c"].pending) == 2
    moved = [d for d in net.requests_at("c") if d[4] & FLAG_T]
    assert len(moved) == 1
    assert peek_header(moved[0]).end_to_end in {peek_header(d).end_to_end for d in net.requests_at("b")}
    [moved_ref] = [ref for ref, r in results.items() if r is None]
    with pytest.raises(Overloaded):
        a.request(net.now, ccr(10), timeout=10.0, peer="c")
    with pytest.raises(Overloaded):
        a.request(net.now, ccr(10), timeout=10.0)  # c is the only open peer, and full
    for d in net.dispatched["c"]:
        net.answer("c", d)
    assert isinstance(net.result("a", on_c), Resolve)
    assert isinstance(net.result("a", moved_ref), Resolve)


# -- 6. connections before their CER -----------------------------------------------------------


def cer_bytes(origin: str, *, drop: int | None = None) -> bytes:
    raw = DEFAULT_CONVERTER.encode(caps(origin).cer(), hop_by_hop=0x77, end_to_end=0x88)
    if drop is not None:
        raw = with_avps(raw, [a for _, a in iter_avps(raw, 20) if a.code != drop])
    return raw


def test_an_accepted_connection_that_sends_no_cer_is_closed_at_the_cer_timeout() -> None:
    svc = Service(caps("s"), limits=Limits(cer_timeout=3.0), rng=random.Random(0))
    assert svc.accepted(0.0, 1) == []
    assert svc.accepted(1.0, 2) == []
    assert svc.deadline == 3.0
    assert svc.timer(2.999) == []
    assert svc.timer(3.0) == [Close(1)]
    assert svc.connections == 1 and svc.deadline == 4.0
    assert svc.timer(4.0) == [Close(2)]
    assert svc.connections == 0 and svc.deadline is None


def test_connections_past_max_connections_are_closed_as_they_are_accepted() -> None:
    svc = Service(caps("s"), limits=Limits(max_connections=3), rng=random.Random(0))
    for conn in (1, 2, 3):
        assert svc.accepted(0.0, conn) == []
    assert svc.accepted(0.0, 4) == [Close(4)]
    assert svc.connections == 3
    assert svc.timer(10.0) == [Close(1), Close(2), Close(3)]
    assert svc.accepted(10.0, 5) == []


def test_a_first_message_that_is_not_a_cer_closes_the_connection_without_an_answer() -> None:
    svc = Service(caps("s"), rng=random.Random(0))
    svc.accepted(0.0, 1)
    data = DEFAULT_CONVERTER.encode(ccr(1), hop_by_hop=1, end_to_end=2)
    assert svc.data_received(0.0, 1, data) == [Close(1)]
    assert svc.connections == 0 and not svc.peers and not svc._entries
    # a DWR is not a CER either
    svc.accepted(0.0, 2)
    dwr = DEFAULT_CONVERTER.encode(
        DeviceWatchdogRequest(origin_host="x", origin_realm=REALM), hop_by_hop=1, end_to_end=2
    )
    assert svc.data_received(0.0, 2, dwr) == [Close(2)]


def test_a_cer_without_origin_realm_gets_a_5005_cea_then_the_connection_closes() -> None:
    svc = Service(caps("s"), rng=random.Random(0))
    svc.accepted(0.0, 1)
    out = svc.data_received(0.0, 1, cer_bytes("x", drop=296))
    assert len(out) == 2 and isinstance(out[0], Write) and out[1] == Close(1)
    assert out[0].conn == 1
    cea = DEFAULT_CONVERTER.decode(out[0].data)
    assert isinstance(cea, CapabilitiesExchangeAnswer)
    assert cea.result_code == ResultCode.DIAMETER_MISSING_AVP
    assert (cea.hop_by_hop, cea.end_to_end) == (0x77, 0x88)
    assert not svc.peers and not svc._entries and svc.connections == 0


def test_a_cer_with_the_nodes_own_origin_host_gets_a_3010_cea_then_the_connection_closes() -> None:
    svc = Service(caps("s"), rng=random.Random(0))
    svc.accepted(0.0, 1)
    out = svc.data_received(0.0, 1, cer_bytes("s"))
    writes = [o for o in out if isinstance(o, Write)]
    assert len(writes) == 1
    h = peek_header(writes[0].data)  # the answer-message of the CER, with the E bit (3010 is a protocol error)
    assert (h.command_code, h.application_id, h.hop_by_hop, h.end_to_end) == (257, 0, 0x77, 0x88)
    assert not h.flags & FLAG_R
    assert result_code(writes[0].data) == ResultCode.DIAMETER_UNKNOWN_PEER
    assert Close(1) in out and out.index(Close(1)) > out.index(writes[0])
    assert not [o for o in out if isinstance(o, PeerUp)]
    assert not svc.peers and not svc._entries and svc.connections == 0


@pytest.mark.parametrize("case", ["own-origin-host", "e-bit-in-cer"])
def test_a_cer_refused_with_a_protocol_error_gets_the_answer_message_with_the_e_bit(case: str) -> None:
    """RFC 6733 §7.1.3, §7.2: a protocol error (3xxx) is only answered with the E bit set."""
    svc = Service(caps("s"), converter=DEFAULT_CONVERTER, rng=random.Random(0))
    svc.accepted(0.0, 1)
    if case == "own-origin-host":
        data = cer_bytes("s")
    else:
        data = set_flags(cer_bytes("x"), R_AND_E)
    out = svc.data_received(0.0, 1, data)
    [write] = [o for o in out if isinstance(o, Write)]
    assert Close(1) in out
    assert 3000 <= result_code(write.data) < 4000
    assert write.data[4] & FLAG_E


# -- 7. the peer table -------------------------------------------------------------------------


def test_a_hundred_peers_that_connect_and_leave_leave_nothing_behind() -> None:
    net = Net()
    s = net.add("s", seed=0)
    for i in range(100):
        name = f"p{i}"
        net.add(name, seed=i + 1)
        net.connect(name, "s", reconnect=False)
        assert name in s.peers and s.peers[name].up
        ref = net.request(name, ccr(i, origin=name))
        assert isinstance(net.result(name, ref), Resolve)
        if i % 2:
            net.feed(name, net.services[name].disconnect(net.now, net.services[name].peers["s"]))
        else:
            net.cut(name, net.conn_of(name, "s"))
        assert name not in s.peers
        net.advance(0.5)
    assert s.peers == {} and s._entries == [] and s.connections == 0
    assert len(net.outputs("s", PeerDown)) == 100
    assert s.deadline is None


# -- 8. duplicate detection --------------------------------------------------------------------


def test_a_retransmitted_request_is_handled_once_and_answered_from_the_window() -> None:
    net = client_and_servers("s", server_tw=TW)
    s = net.services["s"]
    net.manual.add("s")
    conn = net.conn_of("s", "a")
    first = DEFAULT_CONVERTER.encode(ccr(5), hop_by_hop=0x1001, end_to_end=0xE2E)
    again = set_flags(first, first[4] | FLAG_T, hbh=0x1002)

    def answers_written() -> list[bytes]:
        return [
            o.data
            for _, o in net.seen["s"]
            if isinstance(o, Write) and peek_header(o.data).command_code == 272 and not o.data[4] & FLAG_R
        ]

    net.inject("s", conn, first)
    net.inject("s", conn, again)
    assert len(net.dispatched["s"]) == 1 and not answers_written()
    net.answer("s", net.dispatched["s"].pop())
    answers = answers_written()
    assert sorted(peek_header(d).hop_by_hop for d in answers) == [0x1001, 0x1002]
    assert {peek_header(d).end_to_end for d in answers} == {0xE2E}
    assert all(result_code(d) == 2001 for d in answers)
    assert s.counters[("a", "Credit-Control-Request", "duplicate")] == 1
    # within the window: from the cache
    net.advance(s.limits.duplicate_window - 1)
    net.inject("s", conn, set_flags(again, again[4], hbh=0x1003))
    assert not net.dispatched["s"]
    assert [peek_header(d).hop_by_hop for d in answers_written()[2:]] == [0x1003]
    assert answers_written()[2][20:] == answers[0][20:]
    # after the window: a new request
    net.advance(1.0)
    net.inject("s", conn, set_flags(again, again[4], hbh=0x1004))
    assert len(net.dispatched["s"]) == 1
    assert len(answers_written()) == 3


# -- 9. overload -----------------------------------------------------------------------------------


def test_a_request_past_max_in_flight_with_no_admission_queue_gets_a_3004_answer_message() -> None:
    # (the admission queue itself: tests/test_overload.py)
    net = Net()
    net.add("a", seed=1)
    net.add("s", limits=Limits(max_in_flight=1, max_queued=0), seed=2)
    net.connect("a", "s")
    net.manual.add("s")
    first = net.request("a", ccr(1))
    second = net.request("a", ccr(2))
    assert len(net.dispatched["s"]) == 1
    res = net.result("a", second)
    assert isinstance(res, Resolve) and isinstance(res.answer, AnswerMessage)
    assert res.answer.result_code == ResultCode.DIAMETER_TOO_BUSY
    [busy] = [d for _, _, _, d in net.received["a"] if peek_header(d).command_code == 272]
    assert busy[4] & FLAG_E and result_code(busy) == 3004
    assert net.result("a", first) is None
    net.answer("s", net.dispatched["s"].pop())
    assert isinstance(net.result("a", first), Resolve)
    third = net.request("a", ccr(3))  # room again
    assert len(net.dispatched["s"]) == 1 and net.result("a", third) is None


# -- 10. the order of the checks ---------------------------------------------------------------


def ccr_avps(n: int) -> list[Avp]:
    return [a for _, a in iter_avps(DEFAULT_CONVERTER.encode(ccr(n), hop_by_hop=1, end_to_end=1), 20)]


class Checks:
    def __init__(self) -> None:
        self.net = client_and_servers("s")
        self.conn = self.net.conn_of("s", "a")
        self.n = 0

    def send(self, data: bytes) -> bytes:
        """``data`` (its identifiers made fresh) sent to s; s's one answer."""
        self.n += 1
        data = data[:12] + (0x3000 + self.n).to_bytes(4, "big") + (0x4000 + self.n).to_bytes(4, "big") + data[20:]
        before = len(self.net.seen["s"])
        self.net.inject("s", self.conn, data)
        writes = [o.data for _, o in self.net.seen["s"][before:] if isinstance(o, Write)]
        assert len(writes) == 1
        h = peek_header(writes[0])
        assert (h.hop_by_hop, h.end_to_end) == (0x3000 + self.n, 0x4000 + self.n)
        assert not h.flags & FLAG_R
        assert h.command_code == peek_header(data).command_code
        assert h.application_id == peek_header(data).application_id
        return writes[0]


def generic(code: int, app: int, avps: tuple[Avp, ...] = (Avp(263, b"a;9;1", 0, AVP_M),)) -> bytes:
    return DEFAULT_CONVERTER.encode(
        GenericMessage(command_code=code, application_id=app, request=True, proxiable=True, avps=avps),
        hop_by_hop=1,
        end_to_end=1,
    )


def test_an_application_not_agreed_is_3007_before_the_command_and_the_avps() -> None:
    c = Checks()
    for data in (
        generic(8388000, 16777251),  # an unknown command of that application
        generic(316, 16777251),  # S6a ULR without its required AVPs
        generic(272, 5),
    ):  # a known command code, another application
        answer = c.send(data)
        assert answer[4] & FLAG_E
        assert result_code(answer) == ResultCode.DIAMETER_APPLICATION_UNSUPPORTED
        assert avps_of(answer)[263][0].data == b"a;9;1"
        assert isinstance(decode(answer), AnswerMessage)
    assert not c.net.outputs("s", Dispatch)


def test_an_unknown_command_of_an_agreed_application_is_3001() -> None:
    c = Checks()
    answer = c.send(generic(8388000, 4))
    assert answer[4] & FLAG_E and result_code(answer) == ResultCode.DIAMETER_COMMAND_UNSUPPORTED
    assert not c.net.outputs("s", Dispatch)


def test_an_undecodable_request_gets_its_commands_answer_with_the_error() -> None:
    c = Checks()
    avps = ccr_avps(3)
    bad = with_avps(generic(272, 4), [Avp(461, b"\xff\xfe", 0, AVP_M) if a.code == 461 else a for a in avps])
    answer = c.send(bad)
    assert not answer[4] & FLAG_E
    assert result_code(answer) == ResultCode.DIAMETER_INVALID_AVP_VALUE
    got = decode(answer)
    assert type(got) is CCA
    assert got.session_id == "a;1;3" and got.cc_request_number == 3 and got.auth_application_id == 4
    [failed] = got.failed_avp
    assert [(a.code, a.data) for a in failed.avps] == [(461, b"\xff\xfe")]
    # missing CC-Request-Number: 5005
    answer = c.send(with_avps(bad, [a for a in avps if a.code != 415]))
    assert not answer[4] & FLAG_E and result_code(answer) == ResultCode.DIAMETER_MISSING_AVP
    assert avps_of(answer)[263][0].data == b"a;1;3"
    assert not c.net.outputs("s", Dispatch)


def test_a_handler_that_raises_or_returns_another_answer_gets_5012_in_its_commands_answer() -> None:
    def raising(req: Message) -> Message:
        raise RuntimeError("boom")

    def wrong(req: Message) -> Message:
        assert isinstance(req, CCR)
        return STA(
            session_id=req.session_id, result_code=ResultCode.DIAMETER_SUCCESS, origin_host="s", origin_realm=REALM
        )

    def unencodable(req: Message) -> Message:
        assert isinstance(req, CCR)
        return evolve(cca(req, "s"), cc_request_number=-1)  # not an Unsigned32

    for handler in (raising, wrong, unencodable):
        net = Net()
        net.add("a", seed=1)
        net.add("s", seed=2, handler=handler)
        net.connect("a", "s")
        ref = net.request("a", ccr(4))
        assert len(net.outputs("s", Dispatch)) == 1
        [raw] = [d for _, _, _, d in net.received["a"] if peek_header(d).command_code == 272]
        assert not raw[4] & FLAG_E and result_code(raw) == ResultCode.DIAMETER_UNABLE_TO_COMPLY
        res = net.result("a", ref)
        assert isinstance(res, Resolve) and type(res.answer) is CCA
        assert res.answer.result_code == ResultCode.DIAMETER_UNABLE_TO_COMPLY
        assert res.answer.session_id == "a;1;4" and res.answer.cc_request_number == 4


# -- 11. in-band TLS ---------------------------------------------------------------------------


def tls_pair() -> Net:
    net = Net()
    net.add("a", caps("a", inband=frozenset({0, 1})), seed=1)
    net.add("s", caps("s", inband=frozenset({0, 1})), seed=2)
    net.connect("a", "s")
    return net


def test_in_band_tls_holds_the_writes_until_it_is_up() -> None:
    net = tls_pair()
    a, s = net.services["a"], net.services["s"]
    [start_a] = net.outputs("a", StartTls)
    [start_s] = net.outputs("s", StartTls)
    assert isinstance(start_a, StartTls) and isinstance(start_s, StartTls)
    assert start_a.peer is a.peers["s"] and start_s.peer is s.peers["a"]
    assert not start_a.server_side and start_s.server_side
    assert not net.outputs("a", PeerUp) and not net.outputs("s", PeerUp)
    before = len(net.outputs("a", Write))
    ref, out = a.request(net.now, ccr(1), timeout=10.0)
    assert not [o for o in out if isinstance(o, Write)]
    net.feed("a", out)
    assert len(net.outputs("a", Write)) == before and not net.requests_at("s")
    net.feed("s", s.tls_done(net.now, start_s.conn))
    assert len(net.outputs("s", PeerUp)) == 1
    out = net.feed("a", a.tls_done(net.now, start_a.conn))
    assert [type(o) for o in out] == [Write, PeerUp]
    res = net.result("a", ref)
    assert isinstance(res, Resolve) and isinstance(res.answer, CCA)


def test_in_band_tls_that_fails_closes_the_connection_and_the_peer_goes_down() -> None:
    net = tls_pair()
    a = net.services["a"]
    [start_a] = net.outputs("a", StartTls)
    assert isinstance(start_a, StartTls)
    out = net.feed("a", a.tls_done(net.now, start_a.conn, "handshake failed"))
    assert Close(start_a.conn) in out
    downs = [o for o in out if isinstance(o, PeerDown)]
    assert len(downs) == 1 and not net.outputs("a", PeerUp)
    assert state(a, "s") is PeerState.CLOSED and not a.peers["s"].up
    assert len(net.outputs("s", PeerDown)) == 1 and not net.services["s"].peers
    with pytest.raises(PeerError):
        a.request(net.now, ccr(1), timeout=10.0)


def test_a_request_held_during_in_band_tls_fails_at_once_when_tls_fails() -> None:
    net = tls_pair()
    a = net.services["a"]
    [start_a] = net.outputs("a", StartTls)
    assert isinstance(start_a, StartTls)
    net.advance(1.0)
    ref = net.request("a", ccr(1), timeout=10.0)
    assert net.result("a", ref) is None
    net.feed("a", a.tls_done(net.now, start_a.conn, "handshake failed"))
    [(when, rej)] = net.timed("a", Reject)
    assert isinstance(rej, Reject) and rej.ref == ref and type(rej.error) is PeerError and when == 1.0
    assert not net.requests_at("s")


# -- 12. probes --------------------------------------------------------------------------------


def test_a_probe_is_answered_when_the_dwa_comes_and_fails_when_the_peer_closes_first() -> None:
    net = client_and_servers("s")
    a = net.services["a"]
    net.hold.add(("s", "a"))
    ref, out = a.probe(net.now, "s")
    net.feed("a", out)
    assert [peek_header(o.data).command_code for o in out if isinstance(o, Write)] == [280]
    assert net.result("a", ref) is None
    net.release()
    assert net.result("a", ref) == ProbeAnswered(ref)
    ref2, out = a.probe(net.now)
    net.feed("a", out)
    assert net.result("a", ref2) is None
    net.held.clear()
    net.cut("s", net.conn_of("s", "a"))
    rej = net.result("a", ref2)
    assert isinstance(rej, Reject) and isinstance(rej.error, PeerError)
    assert len(net.outputs("a", ProbeAnswered)) == 1
    with pytest.raises(PeerError):
        a.probe(net.now, "s")


def test_reconnection_backs_off_while_the_peer_is_unreachable_and_starts_over_once_it_opened() -> None:
    """A configured peer is tried again after Tc, 2 Tc, 4 Tc, then every 8 Tc; once it has
    opened, a failure is retried after Tc again."""
    net = Net()
    a = net.add("a", seed=1)
    net.add("b", seed=2, tw=1000.0)
    net.unreachable.add("b")
    net.connect("a", "b")
    net.advance(TC * (1 + 2 + 4 + 8 + 8) + 1)
    times = [t for t, _ in net.timed("a", Connect)]
    assert times == [0.0, TC, 3 * TC, 7 * TC, 15 * TC, 23 * TC]
    assert len(net.outputs("a", PeerDown)) == 6 and not net.outputs("a", PeerUp)
    net.unreachable.clear()
    net.advance(8 * TC)
    assert state(a, "b") is PeerState.I_OPEN and net.timed("a", Connect)[-1][0] == 31 * TC
    net.cut("a", net.conn_of("a", "b"))
    down_at = net.now
    net.advance(TC)
    assert net.timed("a", Connect)[-1][0] == down_at + TC
    assert state(a, "b") is PeerState.I_OPEN


# -- 12b. a command whose code and Application-Id use every byte of their fields ---------------

WIDE_APP = 0x01A2B3C4


@command("Wide-Request", code=0x8A9B0C, application_id=WIDE_APP, request=True, proxiable=True)
class WideRequest(Request["WideAnswer"]):
    session_id: str = avp(SESSION_ID, fixed=True)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@command("Wide-Answer", code=0x8A9B0C, application_id=WIDE_APP, request=False, proxiable=True)
class WideAnswer(Answer):
    session_id: str = avp(SESSION_ID, fixed=True)
    result_code: int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


def test_an_oversized_request_gets_its_commands_answer_with_5015() -> None:
    """RFC 6733 §7.1.5: DIAMETER_INVALID_MESSAGE_LENGTH, in the command's own answer (E bit clear),
    for a command whose code and Application-Id fill their fields."""
    net = Net()
    net.add("a", caps("a", apps=frozenset({4, WIDE_APP})), seed=1)
    b = net.add("b", caps("b", apps=frozenset({4, WIDE_APP})), seed=2)
    net.connect("a", "b")
    conn = net.conn_of("b", "a")
    header = struct.pack(
        "!IIIII",
        0x01000000 | (DEFAULT_CONVERTER.max_length + 4),
        (FLAG_R << 24) | 0x8A9B0C,
        WIDE_APP,
        0x0A0B0C0D,
        0x01020304,
    )
    out = net.inject("b", conn, header)
    [w] = [o for o in out if isinstance(o, Write)]
    assert w.conn == conn
    h = peek_header(w.data)
    assert (h.command_code, h.application_id, h.hop_by_hop, h.end_to_end) == (
        0x8A9B0C,
        WIDE_APP,
        0x0A0B0C0D,
        0x01020304,
    )
    assert not h.flags & (FLAG_R | FLAG_E)
    assert result_code(w.data) == ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH
    assert b.counters[("a", "Wide-Answer", ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH)] == 1


# -- 13. stopping the node ---------------------------------------------------------------------


def dprs_at(net: Net, to: str) -> list[bytes]:
    return net.requests_at(to, 282)


def test_stop_sends_every_open_peer_a_dpr_closes_connections_before_their_cer_and_reconnects_nothing() -> None:
    net = client_and_servers("b", "c")
    a = net.services["a"]
    net.add("d", seed=3)
    net.unreachable.add("d")
    net.connect("a", "d")  # configured, down, waiting to be tried again
    assert a.peers["d"].restart_at is not None
    assert a.accepted(net.now, 99) == []  # a connection that has not sent its CER yet
    net.advance(1.0)
    out = net.feed("a", a.stop(net.now, DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU))
    assert Close(99) in out
    for peer in ("b", "c"):
        [dpr] = dprs_at(net, peer)
        got = decode(dpr)
        assert isinstance(got, DisconnectPeerRequest)
        assert got.disconnect_cause == DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU and got.origin_host == "a"
    assert a.connections == 0  # the DPAs came and the connections closed
    assert {o.peer.host for o in net.outputs("a", PeerDown) if isinstance(o, PeerDown)} >= {"b", "c"}
    assert not a.open_peers()
    stopped = net.now
    net.advance(20 * TC)
    assert [t for t, _ in net.timed("a", Connect) if t >= stopped] == []  # nothing reconnects
    assert a.accepted(net.now, 100) == [Close(100)]  # nor is any connection taken in
    assert a.deadline is None


def test_stop_sends_a_rebooting_dpr_by_default() -> None:
    net = client_and_servers("b")
    net.feed("a", net.services["a"].stop(net.now))
    [dpr] = dprs_at(net, "b")
    got = decode(dpr)
    assert isinstance(got, DisconnectPeerRequest) and got.disconnect_cause == DisconnectCause.REBOOTING


def test_after_stop_a_connect_starts_the_node_again() -> None:
    net = client_and_servers("b")
    a = net.services["a"]
    net.feed("a", a.stop(net.now))
    assert a.connections == 0
    net.connect("a", "b")
    assert state(a, "b") is PeerState.I_OPEN
    net.advance(1.0)
    assert a.accepted(net.now, 100) == []


# -- 14. cancelling a request ------------------------------------------------------------------


def test_a_cancelled_request_is_forgotten_its_late_answer_is_unmatched_and_it_never_times_out() -> None:
    net = client_and_servers("b")
    a = net.services["a"]
    net.manual.add("b")
    kept = net.request("a", ccr(1), timeout=5.0)
    gone = net.request("a", ccr(2), timeout=5.0)
    other = net.request("a", ccr(3), timeout=5.0)
    a.cancel(gone)
    a.cancel(12345)  # no such request: nothing happens
    assert len(a.peers["b"].pending) == 2
    for d in list(net.dispatched["b"]):
        net.answer("b", d)
    assert isinstance(net.result("a", kept), Resolve) and isinstance(net.result("a", other), Resolve)
    assert net.result("a", gone) is None
    assert a.counters[("b", "unmatched answer", "discarded")] == 1
    net.advance(10.0)
    assert net.result("a", gone) is None and not net.outputs("a", Reject)
    assert len(a.peers["b"].pending) == 0


# -- 15. an answer that does not decode --------------------------------------------------------


def test_an_answer_that_does_not_decode_fails_its_request_with_invalid_answer() -> None:
    net = client_and_servers("b")
    a = net.services["a"]
    net.manual.add("b")
    ref = net.request("a", ccr(1), timeout=5.0)
    [sent] = net.requests_at("b")
    good = DEFAULT_CONVERTER.encode(
        cca(ccr(1), "b"), hop_by_hop=peek_header(sent).hop_by_hop, end_to_end=peek_header(sent).end_to_end
    )
    # CC-Request-Number (Unsigned32) with 3 bytes
    bad = with_avps(good, [Avp(415, b"\x00\x00\x01", 0, AVP_M) if x.code == 415 else x for _, x in iter_avps(good, 20)])
    net.inject("a", net.conn_of("a", "b"), bad)
    rej = net.result("a", ref)
    assert isinstance(rej, Reject) and isinstance(rej.error, InvalidAnswer)
    assert rej.error.raw == bad
    assert isinstance(rej.error.error, DecodeError)
    rc = rej.error.error.result_code
    assert rc == ResultCode.DIAMETER_INVALID_AVP_LENGTH
    assert "b" in str(rej.error) and "does not decode" in str(rej.error)
    assert a.counters[("b", "undecodable answer", rc)] == 1
    assert len(a.peers["b"].pending) == 0


# -- 16. a base protocol message that does not decode -------------------------------------------


def test_a_dwr_that_does_not_decode_gets_a_dwa_with_the_error_and_failed_avp() -> None:
    net = client_and_servers("b")
    a = net.services["a"]
    conn = net.conn_of("a", "b")
    good = DEFAULT_CONVERTER.encode(
        DeviceWatchdogRequest(origin_host="b", origin_realm=REALM, origin_state_id=7),
        hop_by_hop=0x51515151,
        end_to_end=0x6161,
    )
    broken = Avp(278, b"\x00\x07", 0, AVP_M)  # Origin-State-Id (Unsigned32) with 2 bytes
    bad = with_avps(good, [broken if x.code == 278 else x for _, x in iter_avps(good, 20)])
    out = net.inject("a", conn, bad)
    [w] = [o for o in out if isinstance(o, Write)]
    assert w.conn == conn
    h = peek_header(w.data)
    assert (h.command_code, h.application_id, h.hop_by_hop, h.end_to_end) == (280, 0, 0x51515151, 0x6161)
    assert not h.flags & (FLAG_R | FLAG_E)  # 5014 is a permanent failure: the DWA itself (§7.2)
    dwa = decode(w.data)
    assert isinstance(dwa, DeviceWatchdogAnswer)
    assert dwa.result_code == ResultCode.DIAMETER_INVALID_AVP_LENGTH and dwa.origin_host == "a"
    assert dwa.failed_avp is not None and [(x.code, x.data) for x in dwa.failed_avp.avps] == [(278, b"\x00\x07")]
    assert dwa.error_message
    assert a.counters[("b", "Device-Watchdog-Answer", ResultCode.DIAMETER_INVALID_AVP_LENGTH)] == 1
    assert state(a, "b") is PeerState.I_OPEN


def test_a_dwa_that_does_not_decode_is_discarded() -> None:
    net = client_and_servers("b")
    a = net.services["a"]
    good = DEFAULT_CONVERTER.encode(
        DeviceWatchdogAnswer(result_code=2001, origin_host="b", origin_realm=REALM, origin_state_id=7),
        hop_by_hop=0x5151,
        end_to_end=0x6161,
    )
    bad = with_avps(good, [Avp(278, b"\x00\x07", 0, AVP_M) if x.code == 278 else x for _, x in iter_avps(good, 20)])
    before = sum(a.counters.values())
    assert net.inject("a", net.conn_of("a", "b"), bad) == []
    assert sum(a.counters.values()) == before
    assert state(a, "b") is PeerState.I_OPEN


# -- 17. failover, in detail --------------------------------------------------------------------


def test_every_request_of_a_closed_peer_fails_at_once_when_no_other_peer_can_take_it() -> None:
    net = client_and_servers("b")
    net.manual.add("b")
    refs = [net.request("a", ccr(i)) for i in range(3)]
    net.advance(1.0)
    net.cut("a", net.conn_of("a", "b"))
    [down] = net.outputs("a", PeerDown)
    assert isinstance(down, PeerDown)
    for ref in refs:
        rej = net.result("a", ref)
        assert isinstance(rej, Reject) and type(rej.error) is PeerError
        assert str(rej.error) == f"peer b closed: {down.reason}"
    assert [t for t, _ in net.timed("a", Reject)] == [1.0] * 3


def test_every_request_past_the_room_of_the_other_peer_fails_over_or_fails_at_once() -> None:
    net = client_and_servers("b", "c", client_limits=Limits(max_pending=3))
    a = net.services["a"]
    net.manual.update({"b", "c"})
    on_c = [net.request("a", ccr(i), peer="c") for i in range(2)]
    on_b = [net.request("a", ccr(10 + i), peer="b") for i in range(3)]
    net.cut("a", net.conn_of("a", "b"))
    results = [net.result("a", ref) for ref in on_b]
    assert results[0] is None  # moved to c, its last room
    for r in results[1:]:
        assert isinstance(r, Reject) and isinstance(r.error, Overloaded)
        assert "failed over from b" in str(r.error)
    assert len(a.peers["c"].pending) == 3
    for d in net.dispatched["c"]:
        net.answer("c", d)
    assert all(isinstance(net.result("a", ref), Resolve) for ref in on_c + on_b[:1])


def test_a_request_fails_over_to_its_destination_host() -> None:
    net = client_and_servers("b", "c", "d")
    net.manual.update({"b", "c", "d"})
    ref = net.request("a", ccr(1, dest="d"), peer="b")
    net.cut("a", net.conn_of("a", "b"))
    assert not net.requests_at("c")
    [moved] = net.requests_at("d")
    assert moved[4] & FLAG_T
    net.answer("d", net.dispatched["d"].pop())
    res = net.result("a", ref)
    assert isinstance(res, Resolve) and isinstance(res.answer, CCA) and res.answer.origin_host == "d"


def test_a_failed_over_request_takes_the_next_hop_by_hop_identifier_of_its_new_connection() -> None:
    """RFC 6733 §3: Hop-by-Hop identifiers are a sequence per connection; the retransmission
    takes one from the connection it goes on."""
    net = client_and_servers("b", "c")
    net.manual.update({"b", "c"})
    net.request("a", ccr(1), peer="c")
    net.request("a", ccr(2), peer="b")
    net.cut("a", net.conn_of("a", "b"))
    net.request("a", ccr(3), peer="c")
    first, moved, third = net.requests_at("c")
    assert moved[4] & FLAG_T
    hbhs = [peek_header(d).hop_by_hop for d in (first, moved, third)]
    assert hbhs == [hbhs[0], (hbhs[0] + 1) & 0xFFFFFFFF, (hbhs[0] + 2) & 0xFFFFFFFF]


def test_a_probe_of_a_closed_peer_fails_and_its_requests_still_fail_over() -> None:
    net = client_and_servers("b", "c")
    a = net.services["a"]
    net.manual.update({"b", "c"})
    net.hold.add(("b", "a"))
    probe, out = a.probe(net.now, "b")
    net.feed("a", out)
    ref = net.request("a", ccr(1), peer="b")
    net.held.clear()
    net.cut("a", net.conn_of("a", "b"))
    rej = net.result("a", probe)
    assert isinstance(rej, Reject) and type(rej.error) is PeerError and "peer b closed" in str(rej.error)
    [moved] = net.requests_at("c")
    assert moved[4] & FLAG_T
    net.answer("c", net.dispatched["c"].pop())
    assert isinstance(net.result("a", ref), Resolve)


def test_the_requests_kept_on_a_suspect_peer_are_answered_when_it_answers() -> None:
    net = client_and_servers("b", server_tw=1000.0)
    a = net.services["a"]
    net.manual.add("b")
    refs = [net.request("a", ccr(i)) for i in range(2)]
    net.mute.add(("b", "a"))
    net.advance_until(lambda: wd(a, "b") is not WatchdogState.OKAY)
    assert len(a.peers["b"].pending) == 2
    net.mute.clear()
    for d in list(net.dispatched["b"]):
        net.answer("b", d)
    for ref in refs:
        assert isinstance(net.result("a", ref), Resolve)
    assert a.counters[("b", "unmatched answer", "discarded")] == 0


def test_a_request_that_times_out_says_which_peer_did_not_answer() -> None:
    net = client_and_servers("b")
    net.manual.add("b")
    ref = net.request("a", ccr(1), timeout=2.0)
    net.advance(2.0)
    rej = net.result("a", ref)
    assert isinstance(rej, Reject) and isinstance(rej.error, RequestTimeout)
    assert str(rej.error) == "no answer from b"


# -- 18. reconnection after the peer's DPR ------------------------------------------------------


def dpr_from(net: Net, who: str, to: str, cause: DisconnectCause) -> float:
    """``who`` disconnects ``to`` with ``cause``; when ``to`` learnt the connection closed."""
    svc = net.services[who]
    net.feed(who, svc.disconnect(net.now, svc.peers[to], cause))
    return net.now


def test_a_peer_that_said_busy_is_tried_again_after_8_tc() -> None:
    net = client_and_servers("b")
    a = net.services["a"]
    net.advance(1.0)
    at = dpr_from(net, "b", "a", DisconnectCause.BUSY)
    assert state(a, "b") is PeerState.CLOSED
    net.advance(8 * TC - 0.5)
    assert [t for t, _ in net.timed("a", Connect) if t > at] == []
    net.advance(1.0)
    assert [t for t, _ in net.timed("a", Connect) if t > at] == [at + 8 * TC]


def test_a_peer_that_said_rebooting_is_tried_again_after_tc() -> None:
    net = client_and_servers("b")
    net.advance(1.0)
    at = dpr_from(net, "b", "a", DisconnectCause.REBOOTING)
    net.advance(TC + 0.5)
    assert [t for t, _ in net.timed("a", Connect) if t > at] == [at + TC]


def test_a_peer_that_does_not_want_to_talk_to_us_is_never_tried_again() -> None:
    net = client_and_servers("b")
    a = net.services["a"]
    net.advance(1.0)
    at = dpr_from(net, "b", "a", DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU)
    net.advance(20 * TC)
    assert [t for t, _ in net.timed("a", Connect) if t > at] == []
    assert a.peers["b"].restart_at is None and a.deadline is None
    # b comes back by itself, then leaves again: still no reconnection from a
    net.connect("b", "a", reconnect=False)
    assert a.peers["b"].up
    at = dpr_from(net, "b", "a", DisconnectCause.REBOOTING)
    net.advance(20 * TC)
    assert [t for t, _ in net.timed("a", Connect) if t > at] == []


def test_disconnect_sends_the_cause_and_closes_at_tc_when_no_dpa_comes() -> None:
    net = client_and_servers("b")
    a = net.services["a"]
    net.advance(100.0)
    net.mute.add(("b", "a"))
    start = net.now
    net.feed("a", a.disconnect(net.now, a.peers["b"], DisconnectCause.BUSY))
    [dpr] = dprs_at(net, "b")
    got = decode(dpr)
    assert isinstance(got, DisconnectPeerRequest) and got.disconnect_cause == DisconnectCause.BUSY
    net.advance(TC - 0.5)
    assert not net.outputs("a", PeerDown)
    net.advance(1.0)
    [(when, _)] = net.timed("a", PeerDown)
    assert when == start + TC
    net.advance(20 * TC)
    assert len(net.outputs("a", Connect)) == 1  # the first one only: no reconnection


# -- 19. the timer, late -----------------------------------------------------------------------


def test_a_late_timer_call_carries_out_everything_that_fell_due() -> None:
    net = client_and_servers("b")
    a = net.services["a"]
    net.manual.add("b")
    ref = net.request("a", ccr(1), timeout=5.0)
    net.add("d", seed=3)
    net.unreachable.add("d")
    net.connect("a", "d")  # after b in the table, retried at TC
    assert a.accepted(net.now, 99) == []
    out = a.timer(net.now + 3 * TW)  # every deadline is past
    assert Close(99) in out
    assert any(isinstance(o, Reject) and o.ref == ref and isinstance(o.error, RequestTimeout) for o in out)
    assert any(isinstance(o, Write) and peek_header(o.data).command_code == 280 for o in out)  # b's DWR
    assert any(isinstance(o, Connect) and o.peer is a.peers["d"] for o in out)


# -- 20. transport events on connections the node does not know ---------------------------------


def test_tls_done_and_connection_lost_on_unknown_or_pre_cer_connections_do_nothing() -> None:
    svc = Service(caps("s"), rng=random.Random(0))
    assert svc.tls_done(0.0, 5) == [] and svc.tls_done(0.0, 5, "failed") == []
    assert svc.connection_lost(0.0, 5) == []
    svc.accepted(0.0, 1)
    assert svc.tls_done(0.0, 1) == [] and svc.tls_done(0.0, 1, "failed") == []
    assert svc.connections == 1
    assert svc.connection_lost(0.0, 1) == []
    assert svc.connections == 0 and svc.deadline is None
    assert svc.connection_lost(0.0, 1) == []  # reported twice


def test_in_band_tls_up_reports_the_peer_that_is_up() -> None:
    net = tls_pair()
    a = net.services["a"]
    [start_a] = net.outputs("a", StartTls)
    assert isinstance(start_a, StartTls)
    out = a.tls_done(net.now, start_a.conn)
    [up] = [o for o in out if isinstance(o, PeerUp)]
    assert up.peer is a.peers["s"]


def test_a_failed_reconnection_after_a_failure_is_retried_with_a_longer_delay() -> None:
    net = client_and_servers("b", server_tw=1000.0)
    a = net.services["a"]
    net.unreachable.add("b")
    net.advance(1.0)
    cut_at = net.now
    net.cut("a", net.conn_of("a", "b"))
    net.advance(TC + 2 * TC + 0.5)
    assert [t for t, _ in net.timed("a", Connect)][1:] == [cut_at + TC, cut_at + 3 * TC]
    assert wd(a, "b") is WatchdogState.DOWN and state(a, "b") is PeerState.CLOSED


# -- 21. probes --------------------------------------------------------------------------------


def test_a_probe_without_an_open_peer_raises_peer_error() -> None:
    svc = Service(caps("s"), rng=random.Random(0))
    with pytest.raises(PeerError) as e:
        svc.probe(0.0)
    assert str(e.value) == "no open peer"
    with pytest.raises(PeerError) as e:
        svc.probe(0.0, "x")
    assert str(e.value) == "no open peer x"


# -- 22. what the node logs ----------------------------------------------------------------------


def test_the_node_logs_closes_failovers_and_refused_reconnections_with_the_peer_and_the_reason(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="diameter.node")
    net = client_and_servers("b", "c")
    net.manual.update({"b", "c"})
    ref = net.request("a", ccr(1), peer="b")
    net.cut("a", net.conn_of("a", "b"))
    [down] = net.outputs("a", PeerDown)
    assert isinstance(down, PeerDown)
    dpr_from(net, "c", "a", DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU)
    messages = [r.getMessage() for r in caplog.records]  # every record formats
    assert any("b" in m and down.reason in m and "closed" in m for m in messages)
    [moved] = net.requests_at("c")
    e2e = f"{peek_header(moved).end_to_end:#x}"
    assert any(e2e in m and " b " in f" {m} " and " c" in m for m in messages), messages
    assert any("peer c " in m and "no reconnection" in m for m in messages)
    assert net.result("a", ref) is not None


# -- 23. the node's own answers: what they carry and how they are counted ------------------------


def test_the_nodes_own_answer_carries_its_error_message_and_origin_state_id_and_is_counted() -> None:
    net = Net()
    net.add("a", seed=1)
    s = net.add(
        "s",
        LocalCapabilities(
            origin_host="s", origin_realm=REALM, auth_application_ids=frozenset({4}), origin_state_id=0x5EED
        ),
        seed=2,
    )
    net.connect("a", "s")
    conn = net.conn_of("s", "a")
    out = net.inject("s", conn, generic(8388000, 4))
    [w] = [o for o in out if isinstance(o, Write)]
    got = decode(w.data)
    assert isinstance(got, AnswerMessage) and got.result_code == ResultCode.DIAMETER_COMMAND_UNSUPPORTED
    assert got.origin_state_id == 0x5EED
    assert got.error_message and "8388000" in got.error_message
    assert s.counters[("a", "answer-message", ResultCode.DIAMETER_COMMAND_UNSUPPORTED)] == 1
    # a permanent failure: the command's own answer, counted under its name
    bad = with_avps(generic(272, 4), [Avp(415, b"\x00\x01", 0, AVP_M) if a.code == 415 else a for a in ccr_avps(3)])
    out = net.inject("s", conn, bad)
    [w] = [o for o in out if isinstance(o, Write)]
    assert not w.data[4] & FLAG_E and peek_header(w.data).command_code == 272
    got_avps = avps_of(w.data)
    assert [x.data for x in got_avps[278]] == [(0x5EED).to_bytes(4, "big")]
    assert got_avps[281][0].data  # Error-Message
    assert s.counters[("a", "Credit-Control-Answer", result_code(w.data))] == 1


def test_a_request_with_a_protocol_error_in_its_header_gets_the_answer_message_even_with_an_answer_class() -> None:
    c = Checks()
    s = c.net.services["s"]
    data = set_flags(DEFAULT_CONVERTER.encode(ccr(3), hop_by_hop=1, end_to_end=1), R_AND_E)
    answer = c.send(data)
    rc = result_code(answer)
    assert 3000 <= rc < 4000 and answer[4] & FLAG_E
    assert isinstance(decode(answer), AnswerMessage)
    assert s.counters[("a", "answer-message", rc)] == 1
    assert not s.counters[("a", "Credit-Control-Answer", rc)]


# -- 24. two entries for one peer ----------------------------------------------------------------


def test_when_the_peers_own_connection_closes_the_connection_the_node_opened_to_it_stays() -> None:
    """README "Limits and defaults", peer table: a peer that connected to the node is forgotten
    when it closes; peers the node connects to are kept."""
    svc = Service(caps("a"), converter=DEFAULT_CONVERTER, rng=random.Random(0))
    svc.accepted(0.0, 1)
    svc.data_received(0.0, 1, cer_bytes("b"))  # b connected to a
    incoming = svc.peers["b"]
    assert incoming.up and not incoming.configured
    entry, out = svc.connect(0.0, "b-target", peer_host="b")  # and a connects to b
    assert entry is not incoming and [type(o) for o in out] == [Connect]
    [cer] = [o for o in svc.connected(0.0, entry, 2) if isinstance(o, Write)]
    h = peek_header(cer.data)
    cea = DEFAULT_CONVERTER.encode(
        caps("b").cea(ResultCode.DIAMETER_SUCCESS), hop_by_hop=h.hop_by_hop, end_to_end=h.end_to_end
    )
    out = svc.data_received(0.0, 2, cea)
    assert any(isinstance(o, PeerUp) and o.peer is entry for o in out)
    assert svc.peers["b"] is entry
    svc.connection_lost(1.0, 1)  # b's own connection goes
    assert incoming not in svc._entries
    assert svc.peers["b"] is entry and entry.up
    _ref, out = svc.request(1.0, ccr(1), timeout=5.0, peer="b")
    assert [o.conn for o in out if isinstance(o, Write)] == [2]


# -- 25. connections before their CER, in detail ------------------------------------------------


def dwr_bytes(hbh: int) -> bytes:
    return DEFAULT_CONVERTER.encode(
        DeviceWatchdogRequest(origin_host="x", origin_realm=REALM), hop_by_hop=hbh, end_to_end=hbh + 1
    )


def dwas(out: list[Output]) -> list[int]:
    """The Hop-by-Hop identifiers of the DWAs written."""
    return [
        peek_header(o.data).hop_by_hop
        for o in out
        if isinstance(o, Write) and peek_header(o.data).command_code == 280 and not o.data[4] & FLAG_R
    ]


def test_a_cer_in_pieces_waits_for_its_last_byte() -> None:
    svc = Service(caps("s"), converter=DEFAULT_CONVERTER, rng=random.Random(0))
    svc.accepted(0.0, 1)
    cer = cer_bytes("x")
    assert svc.data_received(0.0, 1, cer[:3]) == []
    assert svc.data_received(0.0, 1, cer[3:30]) == []
    assert svc.connections == 1
    out = svc.data_received(0.0, 1, cer[30:])
    assert any(isinstance(o, PeerUp) for o in out) and svc.peers["x"].up


def test_the_messages_after_the_cer_in_the_same_bytes_are_handled_in_order() -> None:
    svc = Service(caps("s"), converter=DEFAULT_CONVERTER, rng=random.Random(0))
    svc.accepted(0.0, 1)
    third = dwr_bytes(0x303)
    out = svc.data_received(0.0, 1, cer_bytes("x") + dwr_bytes(0x101) + dwr_bytes(0x202) + third[:10])
    assert dwas(out) == [0x101, 0x202]
    assert dwas(svc.data_received(0.0, 1, third[10:])) == [0x303]


@pytest.mark.parametrize("case", ["bad-length", "oversized", "after-the-cer"])
def test_bytes_that_cannot_be_framed_before_the_cer_close_the_connection_without_an_answer(case: str) -> None:
    svc = Service(caps("s"), converter=DEFAULT_CONVERTER, rng=random.Random(0))
    svc.accepted(0.0, 7)
    if case == "bad-length":
        data = struct.pack("!II", 0x01000015, 0)  # Message Length 21: not a multiple of 4
    elif case == "oversized":
        data = struct.pack("!IIIII", 0x01000000 | (DEFAULT_CONVERTER.max_length + 4), (FLAG_R << 24) | 257, 0, 1, 2)
    else:
        data = cer_bytes("x") + struct.pack("!II", 0x01000015, 0)
    assert svc.data_received(0.0, 7, data) == [Close(7)]
    assert svc.connections == 0 and not svc.peers and not svc._entries


@pytest.mark.parametrize(
    "code, app, flags",
    [
        (0x010101, 0, FLAG_R),  # a command whose low bytes are 257
        (257, 0x01000000, FLAG_R),  # CER's code, another application
        (257, 0, 0),
    ],
)  # a CEA
def test_a_first_message_that_is_not_a_cer_request_closes_without_an_answer(code: int, app: int, flags: int) -> None:
    svc = Service(caps("s"), converter=DEFAULT_CONVERTER, rng=random.Random(0))
    svc.accepted(0.0, 1)
    cer = cer_bytes("x")
    data = cer[:4] + struct.pack("!II", (flags << 24) | code, app) + cer[12:]
    assert svc.data_received(0.0, 1, data) == [Close(1)]
    assert not svc.peers and svc.connections == 0


def test_an_invalid_cer_is_answered_on_its_connection_with_its_identifiers_the_error_and_failed_avp() -> None:
    svc = Service(caps("s"), converter=DEFAULT_CONVERTER, rng=random.Random(0))
    svc.accepted(0.0, 3)
    raw = cer_bytes("x")
    raw = raw[:12] + (0x77665544).to_bytes(4, "big") + (0x88776655).to_bytes(4, "big") + raw[20:]
    bad = with_avps(raw, [Avp(266, b"\x00\x01", 0, AVP_M) if a.code == 266 else a for _, a in iter_avps(raw, 20)])
    out = svc.data_received(0.0, 3, bad)  # Vendor-Id (Unsigned32) with 2 bytes
    assert len(out) == 2 and out[1] == Close(3)
    w = out[0]
    assert isinstance(w, Write) and w.conn == 3
    cea = DEFAULT_CONVERTER.decode(w.data)
    assert isinstance(cea, CapabilitiesExchangeAnswer)
    assert (cea.hop_by_hop, cea.end_to_end) == (0x77665544, 0x88776655)
    assert cea.result_code == ResultCode.DIAMETER_INVALID_AVP_LENGTH and cea.error_message
    assert cea.failed_avp is not None and [(a.code, a.data) for a in cea.failed_avp.avps] == [(266, b"\x00\x01")]
    # a missing AVP: its Result-Code and an Error-Message
    svc.accepted(0.0, 4)
    [w] = [o for o in svc.data_received(0.0, 4, cer_bytes("x", drop=296)) if isinstance(o, Write)]
    missing = DEFAULT_CONVERTER.decode(w.data)
    assert isinstance(missing, CapabilitiesExchangeAnswer) and missing.error_message


def test_protocol_error_answers_to_a_first_cer_carry_the_reason_on_its_connection() -> None:
    svc = Service(caps("s"), converter=DEFAULT_CONVERTER, rng=random.Random(0))
    svc.accepted(0.0, 5)
    [w] = [o for o in svc.data_received(0.0, 5, set_flags(cer_bytes("x"), R_AND_E)) if isinstance(o, Write)]
    assert w.conn == 5
    got = decode(w.data)
    assert isinstance(got, AnswerMessage) and got.error_message
    svc.accepted(0.0, 6)
    [w] = [o for o in svc.data_received(0.0, 6, cer_bytes("s")) if isinstance(o, Write)]
    assert w.conn == 6
    got = decode(w.data)
    assert isinstance(got, AnswerMessage) and got.error_message and "s" in got.error_message


def test_a_cer_whose_origin_host_is_not_a_name_of_the_certificate_closes_the_connection() -> None:
    svc = Service(caps("s"), converter=DEFAULT_CONVERTER, rng=random.Random(0))
    svc.accepted(0.0, 1, identity=lambda host: host == "x")
    assert svc.data_received(0.0, 1, cer_bytes("y")) == [Close(1)]
    assert not svc.peers and svc.connections == 0
    svc.accepted(0.0, 2, identity=lambda host: host == "x")
    out = svc.data_received(0.0, 2, cer_bytes("x"))
    assert any(isinstance(o, PeerUp) for o in out) and svc.peers["x"].up


def test_a_cer_refused_by_the_capabilities_exchange_leaves_nothing_behind() -> None:
    svc = Service(caps("s"), converter=DEFAULT_CONVERTER, rng=random.Random(0))
    svc.accepted(0.0, 1)
    raw = DEFAULT_CONVERTER.encode(caps("x", apps=frozenset({5})).cer(), hop_by_hop=1, end_to_end=2)
    out = svc.data_received(0.0, 1, raw)
    [w] = [o for o in out if isinstance(o, Write)]
    assert result_code(w.data) == ResultCode.DIAMETER_NO_COMMON_APPLICATION
    assert not svc.peers and not svc._entries


def test_the_connections_own_addresses_go_in_the_cea_and_the_cer() -> None:
    mine = (IPv4Address("192.0.2.7"),)
    svc = Service(caps("s"), converter=DEFAULT_CONVERTER, rng=random.Random(0))
    svc.accepted(0.0, 1, host_ip_addresses=mine)
    [w] = [o for o in svc.data_received(0.0, 1, cer_bytes("x")) if isinstance(o, Write)]
    cea = DEFAULT_CONVERTER.decode(w.data)
    assert isinstance(cea, CapabilitiesExchangeAnswer) and tuple(cea.host_ip_address) == mine
    entry, _ = svc.connect(0.0, "t", peer_host="y")
    [w] = [o for o in svc.connected(0.0, entry, 2, host_ip_addresses=mine) if isinstance(o, Write)]
    cer = DEFAULT_CONVERTER.decode(w.data)
    assert isinstance(cer, CapabilitiesExchangeRequest) and tuple(cer.host_ip_address) == mine


def test_a_cer_from_a_peer_the_node_is_connecting_to_goes_to_that_peers_entry() -> None:
    svc = Service(caps("s"), converter=DEFAULT_CONVERTER, rng=random.Random(0))
    entry, _ = svc.connect(0.0, "t", peer_host="x")
    svc.accepted(0.0, 1)
    svc.data_received(0.0, 1, cer_bytes("x"))
    assert svc.peers["x"] is entry and len(svc._entries) == 1


def due(svc: Service) -> float | None:
    return svc.deadline  # through a call: mypy does not narrow it


def restart_at(entry: PeerEntry) -> float | None:
    return entry.restart_at  # through a call: mypy does not narrow it


def test_a_cer_refused_from_a_configured_peer_waiting_to_reconnect_keeps_its_reconnection() -> None:
    svc = Service(caps("s"), converter=DEFAULT_CONVERTER, tc=TC, rng=random.Random(0))
    entry, _ = svc.connect(0.0, "t", peer_host="x")
    svc.connect_failed(0.0, entry)
    assert restart_at(entry) == TC
    svc.accepted(5.0, 1)
    raw = DEFAULT_CONVERTER.encode(caps("x", apps=frozenset({5})).cer(), hop_by_hop=1, end_to_end=2)
    out = svc.data_received(5.0, 1, raw)
    [w] = [o for o in out if isinstance(o, Write)]
    assert result_code(w.data) == ResultCode.DIAMETER_NO_COMMON_APPLICATION
    assert (restart_at(entry) or 0.0) > 5.0
    assert svc.peers["x"] is entry


# -- 26. limits ---------------------------------------------------------------------------------


def test_limits_take_the_smallest_sensible_values_and_refuse_the_others() -> None:
    Limits(cer_timeout=0.5, duplicate_window=0.0, write_low_water=0, write_high_water=1)
    Limits(write_low_water=5, write_high_water=5)
    for name in ("max_connections", "max_pending", "max_in_flight", "max_duplicates", "write_high_water"):
        with pytest.raises(ValueError, match=f"^{name} must be at least 1$"):
            Limits(**{name: 0})
    for kwargs in ({"cer_timeout": 0.0}, {"cer_timeout": -1.0}, {"duplicate_window": -0.5}):
        with pytest.raises(ValueError, match="^cer_timeout must be positive and duplicate_window not negative$"):
            Limits(**kwargs)  # type: ignore[arg-type]
    for low, high in ((-1, 10), (11, 10)):
        with pytest.raises(ValueError, match="^write_low_water must be between 0 and write_high_water$"):
            Limits(write_low_water=low, write_high_water=high)


# -- 27. opening --------------------------------------------------------------------------------


def cea_for(cer: Write, host: str) -> bytes:
    h = peek_header(cer.data)
    return DEFAULT_CONVERTER.encode(
        caps(host).cea(ResultCode.DIAMETER_SUCCESS), hop_by_hop=h.hop_by_hop, end_to_end=h.end_to_end
    )


def test_a_peer_whose_identity_is_not_its_certificates_gets_a_dpr_and_is_not_reconnected() -> None:
    svc = Service(caps("s"), converter=DEFAULT_CONVERTER, tc=TC, rng=random.Random(0))
    entry, _ = svc.connect(50.0, "t", expected_host="x")
    [cer] = [o for o in svc.connected(50.0, entry, 1) if isinstance(o, Write)]
    out = svc.data_received(50.0, 1, cea_for(cer, "y"))
    assert not [o for o in out if isinstance(o, PeerUp)]
    [dpr] = [o for o in out if isinstance(o, Write)]
    got = decode(dpr.data)
    assert isinstance(got, DisconnectPeerRequest) and got.disconnect_cause == DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU
    assert due(svc) == 50.0 + TC  # the DPA's wait
    out = svc.timer(50.0 + TC)
    assert svc.connections == 0
    assert any(isinstance(o, PeerDown) for o in out)
    assert restart_at(entry) is None
    assert svc.deadline is None  # no reconnection
    # the certificate's name, the peer's identity: open
    entry, _ = svc.connect(100.0, "t2", expected_host="z")
    [cer] = [o for o in svc.connected(100.0, entry, 2) if isinstance(o, Write)]
    out = svc.data_received(100.0, 2, cea_for(cer, "z"))
    [up] = [o for o in out if isinstance(o, PeerUp)]
    assert up.peer is entry and svc.peers["z"] is entry


def test_connect_reconnects_by_default_and_reuses_a_closed_entry() -> None:
    svc = Service(caps("s"), converter=DEFAULT_CONVERTER, tc=TC, rng=random.Random(0))
    entry, out = svc.connect(0.0, "t", peer_host="x")
    assert [type(o) for o in out] == [Connect]
    svc.connect_failed(0.0, entry)
    assert restart_at(entry) == TC  # tried again
    svc.disconnect(1.0, entry)
    assert restart_at(entry) is None and svc.deadline is None
    again, out = svc.connect(2.0, "t3", peer_host="x", expected_host="x")
    assert again is entry and svc._entries == [entry] and entry.target == "t3"
    assert [o.peer for o in out if isinstance(o, Connect)] == [entry]
    svc.connect_failed(2.0, entry)
    assert restart_at(entry) is not None  # reconnect=True again


# -- 28. routing -----------------------------------------------------------------------------------


def routing_net() -> Net:
    """a agreed on 5 with b (a's realm), on 4 with c (another realm) and with d (a's realm)."""
    net = Net()
    net.add("a", caps("a", apps=frozenset({4, 5})), seed=1)
    net.add("b", caps("b", apps=frozenset({5})), seed=2)
    net.add(
        "c", LocalCapabilities(origin_host="c", origin_realm="other.net", auth_application_ids=frozenset({4})), seed=3
    )
    net.add("d", caps("d", apps=frozenset({4})), seed=4)
    for s in ("b", "c", "d"):
        net.connect("a", s)
    return net


def routed_to(net: Net, msg: Message) -> str:
    ref = net.request("a", msg)
    res = net.result("a", ref)
    assert isinstance(res, Resolve)
    return str(getattr(res.answer, "origin_host"))


def test_a_request_goes_to_its_destination_host_else_to_a_peer_of_its_application_in_its_realm() -> None:
    net = routing_net()
    assert routed_to(net, ccr(1)) == "d"  # application 4, realm example.com
    assert routed_to(net, ccr(2, dest="c")) == "c"
    assert routed_to(net, evolve(ccr(3), destination_realm="other.net")) == "c"
    assert routed_to(net, evolve(ccr(4), destination_realm="nowhere.net")) == "c"  # the first agreed on 4
    # a command sent with its application's Application-Id (STR): routed on its Auth-Application-Id
    net.services["d"].handle(
        STR_REQ, lambda r: STA(session_id=r.session_id, result_code=2001, origin_host="d", origin_realm=REALM)
    )
    net.services["c"].handle(
        STR_REQ, lambda r: STA(session_id=r.session_id, result_code=2001, origin_host="c", origin_realm="other.net")
    )
    str_ = STR_REQ(
        session_id="a;1;9",
        origin_host="a",
        origin_realm=REALM,
        destination_realm=REALM,
        auth_application_id=4,
        termination_cause=1,
    )
    assert routed_to(net, str_) == "d"


def test_an_unknown_command_of_the_base_application_is_3001_not_3007() -> None:
    c = Checks()
    answer = c.send(generic(8388001, 0))
    assert result_code(answer) == ResultCode.DIAMETER_COMMAND_UNSUPPORTED


def test_a_generic_request_is_routed_on_its_application_and_errors_name_what_is_missing() -> None:
    net = routing_net()
    a = net.services["a"]
    msg = GenericMessage(
        command_code=8388002, application_id=4, request=True, proxiable=True, avps=(Avp(263, b"a;1;77", 0, AVP_M),)
    )
    ref = net.request("a", msg)
    res = net.result("a", ref)
    assert isinstance(res, Resolve) and isinstance(res.answer, AnswerMessage) and res.answer.origin_host == "c"
    with pytest.raises(PeerError) as e:
        a.request(net.now, ccr(1), timeout=1.0, peer="nobody")
    assert str(e.value) == "no open peer nobody"
    net.feed("a", a.disconnect(net.now, a.peers["b"]))
    with pytest.raises(PeerError) as e:
        a.request(net.now, ccr(1), timeout=1.0, peer="b")  # known, closed
    assert str(e.value) == "no open peer b"
    net.feed("a", a.stop(net.now))
    with pytest.raises(PeerError) as e:
        a.request(net.now, ccr(1), timeout=1.0)
    assert str(e.value) == "no open peer"


def _every_deadline(svc: Service) -> float | None:
    """The earliest time of everything the service times, found the slow way."""
    times: list[float | None] = [c.deadline for c in getattr(svc, "_conns").values()]
    for e in getattr(svc, "_entries"):
        times += [e.peer.deadline, e.pending.next_deadline, e.restart_at]
    if svc.queued:
        times.append(getattr(svc, "_queue").next_deadline)
    return min((t for t in times if t is not None), default=None)


class CheckedNet(Net):
    """A Net that checks, after every output carried out, that each service's deadline is the
    earliest of everything it times (it keeps it without walking every peer)."""

    checks = 0

    def handle(self, who: str, o: Output) -> None:
        super().handle(who, o)
        for svc in self.services.values():
            assert svc.deadline == _every_deadline(svc)
            self.checks += 1


def test_the_deadline_is_the_earliest_of_every_peer_and_connection() -> None:
    """Many peers, requests with timeouts of their own, answers, a server that does not answer,
    failed connections and reconnections, connections that never send a CER, watchdogs and
    timeouts: at every step the service's deadline is the earliest time it keeps."""
    rng = random.Random(11)
    net = CheckedNet()
    hub = net.add("hub")
    names = [f"p{i}" for i in range(12)]
    for n in names:
        net.add(n)
        net.connect(n, "hub")
    net.manual.add("p3")  # its handler never answers
    for step in range(300):
        action = rng.random()
        who = rng.choice(names)
        svc = net.services[who]
        if action < 0.5 and any(e.up for e in svc.open_peers()):
            try:
                net.request(who, ccr(step, origin=who), timeout=rng.choice([0.5, 2.0, 7.0, 40.0]))
            except PeerError:
                pass
        elif action < 0.6 and any(e.up for e in hub.open_peers()):
            try:
                net.request("hub", ccr(step, origin="hub", dest=who), timeout=rng.choice([1.0, 3.0]), peer=who)
            except PeerError:
                pass
        elif action < 0.65:
            conns = [c for (s, c) in net.ends if s == who]
            if conns:
                net.cut(who, rng.choice(conns))
        elif action < 0.7:
            net.feed("hub", hub.accepted(net.now, 10_000 + step))  # no CER ever comes on it
        else:
            net.advance(rng.choice([0.1, 0.7, 3.0, 12.0]))
        assert hub.deadline == _every_deadline(hub)
    net.advance(200.0)
    assert net.checks > 10_000
    assert hub.deadline == _every_deadline(hub) is not None  # the watchdogs of the open peers
