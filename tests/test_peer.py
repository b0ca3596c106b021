"""The RFC 6733 §5.6 peer state machine: two peers wired back to back, a fake clock."""

from __future__ import annotations

import random
import re
from collections import deque

import attrs
import pytest

import diameter
from diameter.apps.base import (
    AnswerMessage,
    CapabilitiesExchangeAnswer,
    CapabilitiesExchangeRequest,
    DeviceWatchdogAnswer,
    DeviceWatchdogRequest,
    DisconnectCause,
    DisconnectPeerAnswer,
    DisconnectPeerRequest,
    ResultCode,
)
from diameter.capabilities import LocalCapabilities
from diameter.peer import (
    HISTORY,
    TRANSITIONS,
    Closed,
    Connect,
    Deliver,
    Disconnect,
    Event,
    Failback,
    Failover,
    Opened,
    Output,
    Peer,
    PeerState,
    Send,
    Undecodable,
)
from diameter.schema import Message, evolve
from diameter.watchdog import WatchdogState

S = PeerState


def state(p: Peer) -> PeerState:
    return p.state  # read through a call, so that mypy does not narrow it between events


def caps(host: str, apps: frozenset[int] = frozenset({4})) -> LocalCapabilities:
    return LocalCapabilities(origin_host=host, origin_realm="example.com", auth_application_ids=apps)


class Net:
    """Connections between two peers; delivers every output in order."""

    def __init__(self, a: Peer, b: Peer) -> None:
        self.peers = {"a": a, "b": b}
        self.ends: dict[tuple[str, int], tuple[str, int]] = {}  # (who, token) -> other end
        self.fresh: set[tuple[str, int]] = set()  # accepted ends whose first message is awaited
        self.seen: dict[str, list[Output]] = {"a": [], "b": []}
        self.queue: deque[tuple[str, Output]] = deque()
        self.next_token = 1
        self.cut = False  # drop all bytes (a silent network)
        self.now = 0.0

    def other(self, who: str) -> str:
        return "b" if who == "a" else "a"

    def feed(self, who: str, outputs: list[Output]) -> None:
        for o in outputs:
            self.queue.append((who, o))
        while self.queue:
            w, o = self.queue.popleft()
            self.seen[w].append(o)
            self.handle(w, o)

    def handle(self, who: str, o: Output) -> None:
        peer, other = self.peers[who], self.other(who)
        if isinstance(o, Connect):
            mine, theirs = self.next_token, self.next_token + 1
            self.next_token += 2
            self.ends[(who, mine)] = (other, theirs)
            self.ends[(other, theirs)] = (who, mine)
            self.fresh.add((other, theirs))
            self.feed(who, peer.connected(self.now, mine))
        elif isinstance(o, Send):
            if self.cut or (who, o.conn) not in self.ends:
                return
            to, token = self.ends[(who, o.conn)]
            if (to, token) in self.fresh:
                self.fresh.discard((to, token))
                cer = diameter.decode(o.data)
                assert isinstance(cer, CapabilitiesExchangeRequest)
                self.feed(to, self.peers[to].incoming(self.now, token, cer))
            else:
                self.feed(to, self.peers[to].data_received(self.now, token, o.data))
        elif isinstance(o, Disconnect):
            end = self.ends.pop((who, o.conn), None)
            if end is not None:
                self.ends.pop(end, None)
                self.fresh.discard(end)
                self.feed(end[0], self.peers[end[0]].connection_lost(self.now, end[1]))

    def advance(self, who: str) -> None:
        deadline = self.peers[who].deadline
        assert deadline is not None
        self.now = max(self.now, deadline)
        self.feed(who, self.peers[who].timer(self.now))

    def outputs(self, who: str, kind: type) -> list[Output]:
        return [o for o in self.seen[who] if isinstance(o, kind)]


def pair(a_host: str = "a.example.com", b_host: str = "b.example.com", **kw: frozenset[int]) -> tuple[Peer, Peer, Net]:
    a = Peer(caps(a_host, kw.get("a_apps", frozenset({4}))), peer_host=b_host, rng=random.Random(1), tw=30.0)
    b = Peer(caps(b_host, kw.get("b_apps", frozenset({4}))), rng=random.Random(2), tw=30.0)
    return a, b, Net(a, b)


def test_open_from_one_side() -> None:
    a, b, net = pair()
    net.feed("a", a.start(0.0))
    assert state(a) is S.I_OPEN and state(b) is S.R_OPEN
    [opened_a] = net.outputs("a", Opened)
    [opened_b] = net.outputs("b", Opened)
    assert isinstance(opened_a, Opened) and opened_a.agreement.auth_application_ids == {4}
    assert isinstance(opened_b, Opened) and opened_b.agreement.peer_host == "a.example.com"
    assert [h[1] for h in a.history] == [Event.START, Event.I_RCV_CONN_ACK, Event.I_RCV_CEA]
    assert [h[1] for h in b.history] == [Event.R_CONN_CER]


def test_application_messages_are_delivered_both_ways() -> None:
    a, b, net = pair()
    net.feed("a", a.start(0.0))
    hbh, e2e = a.identifiers()
    generic = diameter.GenericMessage(
        command_code=8388999,
        application_id=4,
        request=True,
        hop_by_hop=hbh,
        end_to_end=e2e,
        avps=(diameter.Avp(263, b"s;1", 0, 0x40),),
    )
    net.feed("a", a.send(1.0, generic))
    [delivered] = net.outputs("b", Deliver)
    # the raw bytes are delivered, for the node to decode: they decode to the message sent
    assert isinstance(delivered, Deliver) and delivered.conn == b.open_conn
    assert delivered.raw == diameter.encode(generic) and diameter.decode(delivered.raw) == generic
    hbh, e2e = b.identifiers()
    answer = diameter.GenericMessage(
        command_code=8388999,
        application_id=4,
        request=False,
        hop_by_hop=hbh,
        end_to_end=e2e,
        avps=(diameter.Avp(268, (2001).to_bytes(4, "big"), 0, 0x40),),
    )
    net.feed("b", b.send_raw(1.5, diameter.encode(answer)))
    [back] = net.outputs("a", Deliver)
    assert isinstance(back, Deliver) and back.conn == a.open_conn and diameter.decode(back.raw) == answer


def test_watchdog_keeps_an_idle_connection_alive() -> None:
    a, b, net = pair()
    net.feed("a", a.start(0.0))
    for _ in range(5):
        net.advance("a")  # DWR out, DWA back
        assert state(a) is S.I_OPEN and wd_state(a) is WatchdogState.OKAY and not a.watchdog.pending
    assert any(h[1] is Event.RCV_DWA for h in a.history)
    assert any(h[1] is Event.RCV_DWR for h in b.history)


def test_unanswered_watchdog_closes_the_connection() -> None:
    a, b, net = pair()
    net.feed("a", a.start(0.0))
    net.cut = True
    net.advance("a")  # DWR sent, lost
    net.advance("a")  # no DWA: SUSPECT
    assert wd_state(a) is WatchdogState.SUSPECT and state(a) is S.I_OPEN
    net.advance("a")  # still nothing: close
    assert state(a) is S.CLOSED
    [closed] = net.outputs("a", Closed)
    assert isinstance(closed, Closed) and "watchdog" in closed.reason
    assert state(b) is S.CLOSED  # it saw its connection go


@pytest.mark.parametrize("who", ["a", "b"])
def test_dpr_dpa_from_either_side(who: str) -> None:
    a, b, net = pair()
    net.feed("a", a.start(0.0))
    net.feed(who, net.peers[who].stop(5.0, DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU))
    assert state(a) is S.CLOSED and state(b) is S.CLOSED
    assert any(h[1] is Event.RCV_DPR for h in net.peers[net.other(who)].history)
    assert any(h[1] is Event.RCV_DPA for h in net.peers[who].history)


def test_no_common_application() -> None:
    a, b, net = pair(a_apps=frozenset({4}), b_apps=frozenset({1}))
    net.feed("a", a.start(0.0))
    assert state(a) is S.CLOSED and state(b) is S.CLOSED
    [closed] = net.outputs("a", Closed)
    assert isinstance(closed, Closed) and "5010" in closed.reason


def test_timeout_waiting_for_cea() -> None:
    a, _b, net = pair()
    net.cut = True
    net.feed("a", a.start(0.0))
    assert state(a) is S.WAIT_I_CEA
    net.advance("a")
    assert state(a) is S.CLOSED and (S.WAIT_I_CEA, Event.TIMEOUT, S.CLOSED) in a.history


@pytest.mark.parametrize("hosts", [("a.example.com", "b.example.com"), ("z.example.com", "b.example.com")])
def test_election_when_both_connect_at_once(hosts: tuple[str, str]) -> None:
    a, b, net = pair(*hosts)
    # both start before either connection is up: both connections come up, both CERs cross
    a_out, b_out = a.start(0.0), b.start(0.0)
    net.feed("a", a_out)
    net.feed("b", b_out)
    assert state(a) in (S.I_OPEN, S.R_OPEN) and state(b) in (S.I_OPEN, S.R_OPEN)
    assert a.open_conn is not None and b.open_conn is not None
    # they agree on one connection: the one the higher Origin-Host accepted (RFC 6733 §5.6.4)
    assert net.ends[("a", a.open_conn)] == ("b", b.open_conn)
    higher = "a" if hosts[0] > hosts[1] else "b"
    assert state(net.peers[higher]) is S.R_OPEN
    assert len(net.ends) == 2  # the other connection is gone
    assert any(h[0] in (S.WAIT_RETURNS, S.WAIT_CONN_ACK_ELECT) for p in (a, b) for h in p.history)


def test_bytes_that_do_not_decode_are_reported() -> None:
    a, b, net = pair()
    net.feed("a", a.start(0.0))
    conn = a.open_conn
    assert conn is not None
    bad = bytes.fromhex("0100001880000118000000000000000000000000" + "00000108")
    net.feed("a", [Send(conn, bad)])
    [u] = net.outputs("b", Undecodable)
    assert isinstance(u, Undecodable) and u.error.result_code == 5014 and state(b) is S.R_OPEN


def test_cer_and_cea_list_the_addresses_of_their_connection() -> None:
    """Over SCTP the I/O layer gives each connection's local addresses: the CER and the CEA
    list them as Host-IP-Address (RFC 6733 §5.3.5), in place of the configured ones."""
    from ipaddress import IPv4Address, IPv6Address

    from diameter.apps.base import CapabilitiesExchangeAnswer

    a, b = Peer(caps("a.example.com"), rng=random.Random(1)), Peer(caps("b.example.com"), rng=random.Random(2))
    mine = (IPv4Address("127.0.0.1"), IPv4Address("127.0.0.2"))
    a.start(0.0)
    [cer_out] = a.connected(0.0, 1, host_ip_addresses=mine)
    assert isinstance(cer_out, Send)
    cer = diameter.decode(cer_out.data)
    assert isinstance(cer, CapabilitiesExchangeRequest) and cer.host_ip_address == mine
    theirs = (IPv6Address("::1"), IPv4Address("192.0.2.1"))
    cea_out = [o for o in b.incoming(0.0, 7, cer, host_ip_addresses=theirs) if isinstance(o, Send)]
    cea = diameter.decode(cea_out[0].data)
    assert isinstance(cea, CapabilitiesExchangeAnswer) and cea.host_ip_address == theirs
    c = Peer(caps("c.example.com"), rng=random.Random(3))  # without addresses: the configured ones
    [plain] = [o for o in c.incoming(0.0, 9, cer) if isinstance(o, Send)]
    answer = diameter.decode(plain.data)
    assert isinstance(answer, CapabilitiesExchangeAnswer)
    assert answer.host_ip_address == (IPv4Address("127.0.0.1"),)


#: RFC 6733 §5.6.1, transcribed row by row with the RFC's own names: (state, event, actions,
#: next state). 43 rows.
RFC_6733_TABLE: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("Closed", "Start", ("I-Snd-Conn-Req",), "Wait-Conn-Ack"),
    ("Closed", "R-Conn-CER", ("R-Accept", "Process-CER", "R-Snd-CEA"), "R-Open"),
    ("Wait-Conn-Ack", "I-Rcv-Conn-Ack", ("I-Snd-CER",), "Wait-I-CEA"),
    ("Wait-Conn-Ack", "I-Rcv-Conn-Nack", ("Cleanup",), "Closed"),
    ("Wait-Conn-Ack", "R-Conn-CER", ("R-Accept", "Process-CER"), "Wait-Conn-Ack/Elect"),
    ("Wait-Conn-Ack", "Timeout", ("Error",), "Closed"),
    ("Wait-I-CEA", "I-Rcv-CEA", ("Process-CEA",), "I-Open"),
    ("Wait-I-CEA", "R-Conn-CER", ("R-Accept", "Process-CER", "Elect"), "Wait-Returns"),
    ("Wait-I-CEA", "I-Peer-Disc", ("I-Disc",), "Closed"),
    ("Wait-I-CEA", "I-Rcv-Non-CEA", ("Error",), "Closed"),
    ("Wait-I-CEA", "Timeout", ("Error",), "Closed"),
    ("Wait-Conn-Ack/Elect", "I-Rcv-Conn-Ack", ("I-Snd-CER", "Elect"), "Wait-Returns"),
    ("Wait-Conn-Ack/Elect", "I-Rcv-Conn-Nack", ("R-Snd-CEA",), "R-Open"),
    ("Wait-Conn-Ack/Elect", "R-Peer-Disc", ("R-Disc",), "Wait-Conn-Ack"),
    ("Wait-Conn-Ack/Elect", "R-Conn-CER", ("R-Reject",), "Wait-Conn-Ack/Elect"),
    ("Wait-Conn-Ack/Elect", "Timeout", ("Error",), "Closed"),
    ("Wait-Returns", "Win-Election", ("I-Disc", "R-Snd-CEA"), "R-Open"),
    ("Wait-Returns", "I-Peer-Disc", ("I-Disc", "R-Snd-CEA"), "R-Open"),
    ("Wait-Returns", "I-Rcv-CEA", ("R-Disc",), "I-Open"),
    ("Wait-Returns", "R-Peer-Disc", ("R-Disc",), "Wait-I-CEA"),
    ("Wait-Returns", "R-Conn-CER", ("R-Reject",), "Wait-Returns"),
    ("Wait-Returns", "Timeout", ("Error",), "Closed"),
    ("R-Open", "Send-Message", ("R-Snd-Message",), "R-Open"),
    ("R-Open", "R-Rcv-Message", ("Process",), "R-Open"),
    ("R-Open", "R-Rcv-DWR", ("Process-DWR", "R-Snd-DWA"), "R-Open"),
    ("R-Open", "R-Rcv-DWA", ("Process-DWA",), "R-Open"),
    ("R-Open", "R-Conn-CER", ("R-Reject",), "R-Open"),
    ("R-Open", "Stop", ("R-Snd-DPR",), "Closing"),
    ("R-Open", "R-Rcv-DPR", ("R-Snd-DPA",), "Closing"),
    ("R-Open", "R-Peer-Disc", ("R-Disc",), "Closed"),
    ("I-Open", "Send-Message", ("I-Snd-Message",), "I-Open"),
    ("I-Open", "I-Rcv-Message", ("Process",), "I-Open"),
    ("I-Open", "I-Rcv-DWR", ("Process-DWR", "I-Snd-DWA"), "I-Open"),
    ("I-Open", "I-Rcv-DWA", ("Process-DWA",), "I-Open"),
    ("I-Open", "R-Conn-CER", ("R-Reject",), "I-Open"),
    ("I-Open", "Stop", ("I-Snd-DPR",), "Closing"),
    ("I-Open", "I-Rcv-DPR", ("I-Snd-DPA",), "Closing"),
    ("I-Open", "I-Peer-Disc", ("I-Disc",), "Closed"),
    ("Closing", "I-Rcv-DPA", ("I-Disc",), "Closed"),
    ("Closing", "R-Rcv-DPA", ("R-Disc",), "Closed"),
    ("Closing", "Timeout", ("Error",), "Closed"),
    ("Closing", "I-Peer-Disc", ("I-Disc",), "Closed"),
    ("Closing", "R-Peer-Disc", ("R-Disc",), "Closed"),
)


def in_our_terms(state: str, event: str, actions: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """An RFC row's event and actions as diameter.peer names them. Where the names differ, the
    table says the same thing:

    - In R-Open and I-Open only one connection is left, so the RFC's "R-Rcv-X"/"I-Rcv-X" events
      and "R-Snd-X"/"I-Snd-X" actions are one "Rcv-X"/"Snd-X" acting on the open connection
      (R-Conn-CER, R-Reject and the Peer-Disc/Disc names keep their side: a second connection
      or the open one going).
    - In Closing, likewise, the DPA can only come on the connection the DPR went out on: the
      RFC's two rows I-Rcv-DPA → I-Disc and R-Rcv-DPA → R-Disc are one row Rcv-DPA → Disc
      (close the open connection). This is the one deliberate difference in the row count:
      43 rows in the RFC, 42 here.
    """
    if state in ("R-Open", "I-Open", "Closing"):
        event = re.sub(r"^[IR]-Rcv-", "Rcv-", event)
        actions = tuple(re.sub(r"^[IR]-Snd-", "Snd-", a) for a in actions)
    if state == "Closing" and event == "Rcv-DPA":
        actions = ("Disc",)
    return event, actions


def test_transition_table_is_rfc_6733() -> None:
    """Every row of diameter.peer.TRANSITIONS is the RFC 6733 §5.6.1 row for that state and
    event, and every RFC row is there (see in_our_terms for how the names map)."""
    expected: dict[tuple[PeerState, Event], tuple[tuple[str, ...], PeerState]] = {}
    for state_name, event_name, actions, next_name in RFC_6733_TABLE:
        event_name, actions = in_our_terms(state_name, event_name, actions)
        key = (PeerState(state_name), Event(event_name))
        row = (actions, PeerState(next_name))
        assert expected.setdefault(key, row) == row  # merged rows agree
    assert len(RFC_6733_TABLE) == 43 and len(expected) == 42
    for key, row in expected.items():
        assert TRANSITIONS.get(key) == row, key
    assert TRANSITIONS.keys() == expected.keys()
    # every state has rows and every event is used, as in the RFC
    assert {k[0] for k in TRANSITIONS} == set(PeerState)
    assert {k[1] for k in TRANSITIONS} == set(Event)


# -- one peer driven by hand: the remote side is played with encoded messages ----------------

ME = "a.example.com"  # lower than the remote's Origin-Host: loses the election
REMOTE = LocalCapabilities(
    origin_host="b.example.com", origin_realm="example.net", auth_application_ids=frozenset({4}), origin_state_id=9
)
# connection tokens: the one the local node opens, the peer's, a second one of the peer's
I, R, R2 = 11, 22, 33  # noqa: E741
TC = 10.0


def lone(host: str = ME, **kw: object) -> Peer:
    return Peer(caps(host), rng=random.Random(5), tc=TC, tw=30.0, **kw)  # type: ignore[arg-type]


def deadline(p: Peer) -> float | None:
    return p.deadline  # read through a call, as state()


def wd_state(p: Peer) -> WatchdogState:
    return p.watchdog.state


def pending(p: Peer) -> bool:
    return p.watchdog.pending


def num_dwa(p: Peer) -> int:
    return p.watchdog.num_dwa


def available(p: Peer) -> bool:
    return p.available  # read through a call, as state()


def conns(p: Peer) -> tuple[int | None, int | None]:
    """The peer's (I side, R side) connections."""
    return p.i_conn, p.r_conn


def wire(m: Message, hbh: int = 0x1234, e2e: int = 0x5678) -> bytes:
    return diameter.encode(evolve(m, hop_by_hop=hbh, end_to_end=e2e))


def sent(outputs: list[Output], conn: int) -> list[Message]:
    return [diameter.decode(o.data) for o in outputs if isinstance(o, Send) and o.conn == conn]


def delivered(outputs: list[Output], conn: int | None = None) -> list[Message]:
    """The messages delivered (as raw bytes, for the node) in ``outputs``, decoded."""
    return [diameter.decode(o.raw) for o in outputs if isinstance(o, Deliver) and conn in (None, o.conn)]


def app_message() -> diameter.GenericMessage:
    return diameter.GenericMessage(
        command_code=8388999,
        application_id=4,
        request=True,
        hop_by_hop=7,
        end_to_end=8,
        avps=(diameter.Avp(263, b"s;1", 0, 0x40),),
    )


DWR = DeviceWatchdogRequest(origin_host="b.example.com", origin_realm="example.net")
DWA = DeviceWatchdogAnswer(result_code=2001, origin_host="b.example.com", origin_realm="example.net")
DPA = DisconnectPeerAnswer(result_code=2001, origin_host="b.example.com", origin_realm="example.net")


def dpr(cause: int = DisconnectCause.BUSY) -> DisconnectPeerRequest:
    return DisconnectPeerRequest(origin_host="b.example.com", origin_realm="example.net", disconnect_cause=cause)


def reach(target: PeerState, host: str = ME, side: str = "I") -> Peer:
    """A peer brought to ``target`` by the events of RFC 6733 §5.6.1 (``side``: which connection
    the peer is closing on, for Closing)."""
    p = lone(host)
    if target is S.CLOSED:
        return p
    if target is S.R_OPEN or (target is S.CLOSING and side == "R"):
        p.incoming(0.0, R, REMOTE.cer())
        if target is S.CLOSING:
            p.stop(0.5)
        return p
    p.start(0.0)
    if target is S.WAIT_CONN_ACK_ELECT:
        p.incoming(0.0, R, REMOTE.cer())
    elif target is not S.WAIT_CONN_ACK:
        p.connected(0.0, I)
        if target is S.WAIT_RETURNS:
            p.incoming(0.0, R, REMOTE.cer())
        elif target in (S.I_OPEN, S.CLOSING):
            p.data_received(0.0, I, wire(REMOTE.cea(2001)))
            if target is S.CLOSING:
                p.stop(0.5)
    assert state(p) is target, (state(p), target)
    return p


def fire(p: Peer, event: Event) -> list[Output]:
    """Make ``event`` happen to ``p`` as the I/O layer or the remote would."""
    conn = p.open_conn if p.open_conn is not None else I
    if event is Event.START:
        return p.start(1.0)
    if event is Event.R_CONN_CER:
        token = R if state(p) in (S.CLOSED, S.WAIT_CONN_ACK, S.WAIT_I_CEA) else R2  # R2: a second one
        return p.incoming(1.0, token, REMOTE.cer())
    if event is Event.I_RCV_CONN_ACK:
        return p.connected(1.0, I)
    if event is Event.I_RCV_CONN_NACK:
        return p.connect_failed(1.0)
    if event is Event.TIMEOUT:
        assert p.deadline is not None
        return p.timer(p.deadline)
    if event is Event.I_RCV_CEA:
        return p.data_received(1.0, I, wire(REMOTE.cea(2001)))
    if event is Event.I_RCV_NON_CEA:
        return p.data_received(1.0, I, wire(DWR))
    if event is Event.I_PEER_DISC:
        return p.connection_lost(1.0, I)
    if event is Event.R_PEER_DISC:
        return p.connection_lost(1.0, R)
    if event is Event.SEND_MESSAGE:
        return p.send(1.0, app_message())
    if event is Event.RCV_MESSAGE:
        return p.data_received(1.0, conn, diameter.encode(app_message()))
    if event is Event.RCV_DWR:
        return p.data_received(1.0, conn, wire(DWR, 0xD1, 0xD2))
    if event is Event.RCV_DWA:
        assert p.deadline is not None
        assert any(isinstance(m, DeviceWatchdogRequest) for m in sent(p.timer(p.deadline), conn))
        assert p.watchdog.pending
        return p.data_received(p.deadline, conn, wire(DWA))
    if event is Event.STOP:
        return p.stop(1.0)
    if event is Event.RCV_DPR:
        return p.data_received(1.0, conn, wire(dpr(), 0xE1, 0xE2))
    if event is Event.RCV_DPA:
        return p.data_received(1.0, conn, wire(DPA))
    raise AssertionError(event)  # Win-Election is the peer's own: see its test


def check_action(action: str, p: Peer, out: list[Output], event: Event, conn: int | None) -> None:
    """What each RFC 6733 §5.6.3 action visibly does (``conn``: the open connection before)."""
    if action == "I-Snd-Conn-Req":
        assert Connect() in out
    elif action == "I-Snd-CER":
        [cer] = sent(out, I)
        assert isinstance(cer, CapabilitiesExchangeRequest) and cer.origin_host == p.local.origin_host
    elif action == "R-Accept":
        assert p.r_conn == R and Disconnect(R) not in out
    elif action == "R-Snd-CEA":
        [cea] = sent(out, R)
        assert isinstance(cea, CapabilitiesExchangeAnswer) and cea.result_code == ResultCode.DIAMETER_SUCCESS
        assert [o.conn for o in out if isinstance(o, Opened)] == [R]
    elif action == "R-Reject":
        assert Disconnect(R2) in out and p.r_conn != R2 and not sent(out, R2)
    elif action in ("Error", "Cleanup"):
        assert [o for o in out if isinstance(o, Closed)] and p.i_conn is None and p.r_conn is None
        assert p.deadline is None
    elif action == "Process-CEA":
        [opened] = [o for o in out if isinstance(o, Opened)]
        assert isinstance(opened, Opened) and opened.conn == I and opened.agreement.peer_host == "b.example.com"
    elif action == "I-Disc":
        assert p.i_conn is None
        assert (Disconnect(I) in out) is (event is not Event.I_PEER_DISC)  # a lost one is gone already
    elif action == "R-Disc":
        assert p.r_conn is None
        assert (Disconnect(R) in out) is (event is not Event.R_PEER_DISC)
    elif action == "Disc":
        assert conn is not None and Disconnect(conn) in out and p.open_conn is None
    elif action == "Snd-Message":
        assert conn is not None and Send(conn, diameter.encode(app_message())) in out
    elif action == "Process":
        assert conn is not None and delivered(out, conn) == [app_message()]
        assert [o.raw for o in out if isinstance(o, Deliver)] == [diameter.encode(app_message())]
    elif action == "Snd-DWA":
        assert conn is not None
        [dwa] = sent(out, conn)
        assert isinstance(dwa, DeviceWatchdogAnswer) and (dwa.hop_by_hop, dwa.end_to_end) == (0xD1, 0xD2)
    elif action == "Process-DWA":
        assert not p.watchdog.pending
    elif action == "Snd-DPR":
        assert conn is not None
        [req] = sent(out, conn)
        assert isinstance(req, DisconnectPeerRequest)
    elif action == "Snd-DPA":
        assert conn is not None
        [ans] = sent(out, conn)
        assert isinstance(ans, DisconnectPeerAnswer) and (ans.hop_by_hop, ans.end_to_end) == (0xE1, 0xE2)
    else:  # Process-CER, Elect, Process-DWR: seen through the actions that follow them
        assert action in ("Process-CER", "Elect", "Process-DWR"), action


ROWS = [k for k in TRANSITIONS if k[1] is not Event.WIN_ELECTION]


@pytest.mark.parametrize(("start", "event"), ROWS, ids=[f"{s.value}:{e.value}" for s, e in ROWS])
def test_every_row_drives_a_peer(start: PeerState, event: Event) -> None:
    """RFC 6733 §5.6.1 row by row on a real peer: the event moves it to the next state, recorded
    in ``history`` (but for application messages while open, which leave the state as it is),
    and each action of the row is carried out."""
    side = "R" if event is Event.R_PEER_DISC else "I"
    p = reach(start, side=side)
    conn, before = p.open_conn, len(p.history)
    out = fire(p, event)
    actions, nxt = TRANSITIONS[(start, event)]
    unrecorded = event in (Event.SEND_MESSAGE, Event.RCV_MESSAGE) and start in (S.I_OPEN, S.R_OPEN)
    assert list(p.history)[before:] == ([] if unrecorded else [(start, event, nxt)])
    assert state(p) is nxt
    for action in actions:
        check_action(action, p, out, event, conn)


def test_traffic_leaves_the_history_to_the_exchanges() -> None:
    """Application messages sent and received while open are not recorded: after more of them
    than the history holds, the DWR exchanged before them is still there."""
    p = reach(S.I_OPEN)
    p.data_received(1.0, I, wire(DWR, 0xD1, 0xD2))
    for _ in range(HISTORY + 1):
        assert sent(p.send(1.0, app_message()), I) == [app_message()]
        assert delivered(p.data_received(1.0, I, diameter.encode(app_message())), I) == [app_message()]
    assert list(p.history)[-1] == (S.I_OPEN, Event.RCV_DWR, S.I_OPEN)


def test_win_election_row() -> None:
    """RFC 6733 §5.6.1/§5.6.4: the responder whose Origin-Host succeeds the peer's wins: it drops
    the connection it initiated (I-Disc) and answers the CER (R-Snd-CEA), R-Open."""
    p = reach(S.WAIT_I_CEA, host="z.example.com")
    out = p.incoming(1.0, R, REMOTE.cer())
    assert list(p.history)[-2:] == [
        (S.WAIT_I_CEA, Event.R_CONN_CER, S.WAIT_RETURNS),
        (S.WAIT_RETURNS, Event.WIN_ELECTION, S.R_OPEN),
    ]
    assert state(p) is S.R_OPEN and p.open_conn == R
    for action in TRANSITIONS[(S.WAIT_RETURNS, Event.WIN_ELECTION)][0]:
        check_action(action, p, out, Event.WIN_ELECTION, None)


def test_election_won_after_the_connection_comes_up() -> None:
    """RFC 6733 §5.6.1 Wait-Conn-Ack/Elect, I-Rcv-Conn-Ack: I-Snd-CER, Elect; winning then sends
    the CEA on the R side and drops the new I connection."""
    p = lone("z.example.com")
    p.start(0.0)
    p.incoming(0.0, R, REMOTE.cer())
    out = p.connected(1.0, I)
    assert [h[1] for h in p.history] == [Event.START, Event.R_CONN_CER, Event.I_RCV_CONN_ACK, Event.WIN_ELECTION]
    [cer] = sent(out, I)
    assert isinstance(cer, CapabilitiesExchangeRequest)  # sent before the election, then dropped
    assert Disconnect(I) in out and state(p) is S.R_OPEN and p.i_conn is None
    [cea] = sent(out, R)
    assert isinstance(cea, CapabilitiesExchangeAnswer) and cea.result_code == ResultCode.DIAMETER_SUCCESS


def test_election_lost_waits_for_the_cea() -> None:
    """The loser of the election (§5.6.4) keeps both connections in Wait-Returns until the CEA
    arrives on its own connection (I-Rcv-CEA: R-Disc, I-Open)."""
    p = lone(ME)
    p.start(0.0)
    p.incoming(0.0, R, REMOTE.cer())
    out = p.connected(1.0, I)
    assert state(p) is S.WAIT_RETURNS and conns(p) == (I, R)
    assert not sent(out, R) and Disconnect(I) not in out and p.deadline == 1.0 + TC
    out = p.data_received(2.0, I, wire(REMOTE.cea(2001)))
    assert state(p) is S.I_OPEN and Disconnect(R) in out and conns(p) == (I, None) and p.open_conn == I


def test_connect_failure_while_waiting_for_the_connection() -> None:
    """RFC 6733 §5.6.1 Wait-Conn-Ack, I-Rcv-Conn-Nack: Cleanup, Closed; the peer can be started
    again."""
    p = reach(S.WAIT_CONN_ACK)
    out = p.connect_failed(3.0)
    assert out == [Closed("connection failed")] and state(p) is S.CLOSED and p.deadline is None
    assert p.start(4.0) == [Connect()] and state(p) is S.WAIT_CONN_ACK and p.deadline == 4.0 + TC


def test_connect_failure_while_a_cer_waits_for_the_election() -> None:
    """RFC 6733 §5.6.1 Wait-Conn-Ack/Elect, I-Rcv-Conn-Nack: no election to hold, answer the
    waiting CER (R-Snd-CEA) and open on the R side."""
    p = reach(S.WAIT_CONN_ACK_ELECT)
    cer = REMOTE.cer()
    out = p.connect_failed(3.0)
    assert state(p) is S.R_OPEN and p.open_conn == R
    [cea] = sent(out, R)
    assert isinstance(cea, CapabilitiesExchangeAnswer) and cea.result_code == ResultCode.DIAMETER_SUCCESS
    assert (cea.hop_by_hop, cea.end_to_end) == (cer.hop_by_hop, cer.end_to_end)
    [opened] = [o for o in out if isinstance(o, Opened)]
    assert isinstance(opened, Opened) and opened.agreement.peer_host == "b.example.com"
    assert not [o for o in out if isinstance(o, Closed)]


def test_second_cer_is_rejected_and_the_first_kept() -> None:
    """RFC 6733 §5.6.1 R-Reject in Wait-Conn-Ack/Elect, Wait-Returns, R-Open and I-Open: the
    new connection is closed without an answer; the one in use stays."""
    for start in (S.WAIT_CONN_ACK_ELECT, S.WAIT_RETURNS, S.R_OPEN, S.I_OPEN):
        p = reach(start)
        kept = conns(p)
        assert p.incoming(1.0, R2, REMOTE.cer(), rest=wire(DWR)) == [Disconnect(R2)]
        assert state(p) is start and conns(p) == kept
        assert p.data_received(1.0, R2, wire(DWR)) == []  # nothing is read from it


def test_cer_while_closing_closes_the_new_connection() -> None:
    """No row for R-Conn-CER in Closing: the new connection is refused, nothing else changes."""
    p = reach(S.CLOSING)
    before = len(p.history)
    assert p.incoming(1.0, R2, REMOTE.cer()) == [Disconnect(R2)]
    assert state(p) is S.CLOSING and len(p.history) == before and p.r_conn is None


def test_a_message_other_than_cea_first_closes() -> None:
    """RFC 6733 §5.6.1 Wait-I-CEA, I-Rcv-Non-CEA: Error, Closed (§5.3: the CER/CEA exchange
    comes first)."""
    for first in (wire(DWR), diameter.encode(app_message()), wire(dpr())):
        p = reach(S.WAIT_I_CEA)
        out = p.data_received(1.0, I, first)
        assert state(p) is S.CLOSED and Disconnect(I) in out and not sent(out, I)
        assert Closed("a message other than CEA before the capabilities exchange") in out
        assert not [o for o in out if isinstance(o, Deliver)]


def test_sending_needs_an_open_peer() -> None:
    """Send-Message only has rows in R-Open and I-Open (RFC 6733 §5.6.1)."""
    for start in (S.CLOSED, S.WAIT_CONN_ACK, S.WAIT_I_CEA, S.WAIT_RETURNS, S.CLOSING):
        p = reach(start)
        with pytest.raises(RuntimeError, match=f"^peer is {re.escape(start.value)}, not open$"):
            p.send(1.0, app_message())
        assert state(p) is start


@pytest.mark.parametrize(
    "header",
    [
        bytes([2, 0x10, 0x00, 0x04]),  # version 2 and a length over the limit (1 MiB): implausible
        bytes([0, 0xFF, 0xFF, 0xFC]),  # version 0, 16 MiB
        bytes([2, 0, 0, 22]),  # version 2, not a multiple of 4
        bytes([1, 0, 0, 19]),  # shorter than a header
        bytes([1, 0, 0, 22]),  # not a multiple of 4
        bytes([1, 0, 0, 0]),
    ],
)
def test_bad_framing_closes_the_connection(header: bytes) -> None:
    """RFC 6733 §3: the Message Length is a multiple of 4 covering at least the 20-byte header;
    a stream that breaks this (or has another version than 1 with an implausible length) cannot
    be framed any further, so the connection is closed. (Another version with a valid length is
    framed: see test_other_version_with_a_valid_length_is_framed.)"""
    p = reach(S.I_OPEN)
    out = p.data_received(5.0, I, header + bytes(16) + wire(DWR))
    assert out == [Disconnect(I), Closed("invalid bytes on the connection")]
    assert state(p) is S.CLOSED and p.open_conn is None and p.agreement is None
    assert p.data_received(6.0, I, wire(DWR)) == []  # the connection is gone


def test_framing_across_reads() -> None:
    """Messages are framed by their Message Length (RFC 6733 §3), however the bytes arrive:
    split across reads, or several in one read."""
    p = reach(S.R_OPEN)
    data = wire(DWR, 1, 1) + wire(DWR, 2, 2)
    assert p.data_received(1.0, R, data[:3]) == []  # not even a length yet
    assert p.data_received(1.0, R, data[3:19]) == []
    out = p.data_received(1.0, R, data[19 : len(data) - 1])
    assert [m.hop_by_hop for m in sent(out, R)] == [1]
    out = p.data_received(1.0, R, data[-1:] + wire(DWR, 3, 3) + wire(DWR, 4, 4))
    assert [m.hop_by_hop for m in sent(out, R)] == [2, 3, 4]
    assert state(p) is S.R_OPEN


def test_header_only_message_is_reported_not_fatal() -> None:
    """A 20-byte message frames correctly: it is reported as undecodable (for the node to answer
    with its Result-Code) and the connection stays."""
    p = reach(S.I_OPEN)
    header = bytes.fromhex("0100001480000118000000000000000100000002")
    out = p.data_received(1.0, I, header + wire(DWR))
    [bad] = [o for o in out if isinstance(o, Undecodable)]
    assert isinstance(bad, Undecodable) and bad.conn == I and bad.raw == header
    assert len(sent(out, I)) == 1 and state(p) is S.I_OPEN  # the DWR after it is still answered


@pytest.mark.parametrize("cause", list(DisconnectCause))
def test_dpr_from_us_carries_the_cause_and_dpa_closes(cause: DisconnectCause) -> None:
    """RFC 6733 §5.4: Stop sends a DPR with the Disconnect-Cause; the DPA closes the connection
    (Closing, Rcv-DPA: Disc, Closed)."""
    p = reach(S.I_OPEN)
    out = p.stop(2.0, cause)
    [req] = sent(out, I)
    assert isinstance(req, DisconnectPeerRequest) and req.disconnect_cause == cause
    assert (req.origin_host, req.origin_realm) == (ME, "example.com")
    assert state(p) is S.CLOSING and p.deadline == 2.0 + TC and p.open_conn == I
    out = p.data_received(3.0, I, wire(DPA, req.hop_by_hop, req.end_to_end))
    assert out == [Disconnect(I), Closed("disconnected (DPR/DPA)")] and state(p) is S.CLOSED


def test_stop_defaults_to_rebooting() -> None:
    """RFC 6733 §5.4.3: REBOOTING is the cause for a node going down to come back."""
    p = reach(S.R_OPEN)
    [req] = sent(p.stop(1.0), R)
    assert isinstance(req, DisconnectPeerRequest) and req.disconnect_cause == DisconnectCause.REBOOTING


@pytest.mark.parametrize("side", ["I", "R"])
def test_dpr_from_the_peer_is_answered_and_its_cause_kept(side: str) -> None:
    """RFC 6733 §5.4: the DPR is answered with a DPA (same identifiers, DIAMETER_SUCCESS) and
    its Disconnect-Cause kept (§5.4.3: the node uses it to decide whether to reconnect); the
    peer waits in Closing for the other side to close, or times out."""
    p = reach(S.I_OPEN if side == "I" else S.R_OPEN)
    conn = I if side == "I" else R
    out = p.data_received(4.0, conn, wire(dpr(DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU), 0x77, 0x88))
    [ans] = sent(out, conn)
    assert isinstance(ans, DisconnectPeerAnswer) and ans.result_code == ResultCode.DIAMETER_SUCCESS
    assert (ans.hop_by_hop, ans.end_to_end) == (0x77, 0x88)
    assert (ans.origin_host, ans.origin_realm) == (ME, "example.com")
    assert p.remote_disconnect_cause == DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU
    assert state(p) is S.CLOSING and p.deadline == 4.0 + TC and Disconnect(conn) not in out
    assert p.timer(4.0 + TC - 0.5) == [] and state(p) is S.CLOSING
    assert p.connection_lost(5.0, conn) == [Closed("connection lost")] and state(p) is S.CLOSED
    assert p.remote_disconnect_cause == DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU  # still known


def test_a_dpa_outside_closing_changes_nothing() -> None:
    p = reach(S.I_OPEN)
    assert p.data_received(1.0, I, wire(DPA)) == [] and state(p) is S.I_OPEN
    assert p.history[-1] == (S.WAIT_I_CEA, Event.I_RCV_CEA, S.I_OPEN)


def test_both_sides_send_dpr_at_once() -> None:
    """Each side's DPR is answered in Closing too, and each DPA closes."""
    p = reach(S.I_OPEN)
    [req] = sent(p.stop(1.0, DisconnectCause.BUSY), I)
    out = p.data_received(1.5, I, wire(dpr(DisconnectCause.BUSY), 5, 6))
    [ans] = sent(out, I)
    assert isinstance(ans, DisconnectPeerAnswer) and state(p) is S.CLOSING
    assert p.remote_disconnect_cause == DisconnectCause.BUSY
    out = p.data_received(2.0, I, wire(DPA, req.hop_by_hop, req.end_to_end))
    assert state(p) is S.CLOSED and Disconnect(I) in out


@pytest.mark.parametrize("waiting", [S.WAIT_CONN_ACK, S.WAIT_I_CEA, S.WAIT_CONN_ACK_ELECT, S.WAIT_RETURNS, S.CLOSING])
def test_timeout_in_every_waiting_state(waiting: PeerState) -> None:
    """RFC 6733 §5.6.1: Timeout in each state waiting for the peer: Error, Closed; the timer
    is Tc after the state was entered, and nothing happens before."""
    p = reach(waiting)
    entered = 0.5 if waiting is S.CLOSING else 0.0
    assert p.deadline == entered + TC
    assert p.timer(entered + TC - 0.01) == [] and state(p) is waiting
    out = p.timer(entered + TC)
    assert state(p) is S.CLOSED and Closed("timeout") in out
    assert p.history[-1] == (waiting, Event.TIMEOUT, S.CLOSED)
    assert {o.conn for o in out if isinstance(o, Disconnect)} == {c for c in (I, R) if c in conns_before(waiting)}
    assert conns(p) == (None, None) and deadline(p) is None
    assert p.timer(entered + 10 * TC) == [] and len([h for h in p.history if h[1] is Event.TIMEOUT]) == 1


def conns_before(waiting: PeerState) -> set[int]:
    """The connections a peer reached by reach() holds in ``waiting``."""
    return set(c for c in conns(reach(waiting)) if c is not None)


def test_probe_sends_a_dwr_when_open() -> None:
    """A DWR on demand (RFC 6733 §5.5.1), with the local Origin-State-Id; nothing when not open."""
    p = Peer(
        LocalCapabilities(
            origin_host=ME, origin_realm="example.com", auth_application_ids=frozenset({4}), origin_state_id=1234
        ),
        rng=random.Random(5),
        tc=TC,
    )
    assert p.probe(0.0) == []
    p.start(0.0)
    [cer] = sent(p.connected(0.0, I), I)
    p.data_received(0.0, I, wire(REMOTE.cea(2001)))
    out = p.probe(1.0)
    [dwr] = sent(out, I)
    assert isinstance(dwr, DeviceWatchdogRequest)
    assert (dwr.origin_host, dwr.origin_realm, dwr.origin_state_id) == (ME, "example.com", 1234)
    assert dwr.hop_by_hop == (cer.hop_by_hop + 1) & 0xFFFFFFFF  # the next Hop-by-Hop identifier
    assert dwr.end_to_end == (cer.end_to_end + 1) & 0xFFFFFFFF
    assert state(p) is S.I_OPEN and len(out) == 1
    p.stop(2.0)
    assert p.probe(3.0) == []


@pytest.mark.parametrize("code", [ResultCode.DIAMETER_NO_COMMON_APPLICATION, ResultCode.DIAMETER_UNKNOWN_PEER, 3004])
def test_cea_with_a_failure_result_code_closes(code: int) -> None:
    """RFC 6733 §5.3: a CEA whose Result-Code is not DIAMETER_SUCCESS ends the exchange: the
    connection is closed and the peer is not open."""
    p = reach(S.WAIT_I_CEA)
    out = p.data_received(1.0, I, wire(REMOTE.cea(code, error_message="no")))
    assert state(p) is S.CLOSED and Disconnect(I) in out and p.agreement is None
    assert Closed(f"capabilities exchange refused: Result-Code {int(code)}") in out
    assert not [o for o in out if isinstance(o, Opened)]


def test_cea_that_shares_nothing_closes_too() -> None:
    """A CEA saying DIAMETER_SUCCESS with no application in common with us: no agreement."""
    p = reach(S.WAIT_I_CEA)
    other = attrs.evolve(REMOTE, auth_application_ids=frozenset({16777251}))
    out = p.data_received(1.0, I, wire(other.cea(2001)))
    assert state(p) is S.CLOSED and Closed("capabilities exchange refused: Result-Code 2001") in out


def test_cea_failure_while_waiting_returns_closes_both() -> None:
    p = reach(S.WAIT_RETURNS)
    out = p.data_received(1.0, I, wire(REMOTE.cea(5010)))
    assert state(p) is S.CLOSED and {Disconnect(I), Disconnect(R)} <= set(out) and conns(p) == (None, None)


@pytest.mark.parametrize(
    ("remote", "known", "code"),
    [
        (attrs.evolve(REMOTE, auth_application_ids=frozenset({1})), None, ResultCode.DIAMETER_NO_COMMON_APPLICATION),
        (REMOTE, ["c.example.com"], ResultCode.DIAMETER_UNKNOWN_PEER),
    ],
)
def test_cer_that_fails_is_answered_then_closed(
    remote: LocalCapabilities, known: list[str] | None, code: ResultCode
) -> None:
    """RFC 6733 §5.3: the CEA carries the failure (and an Error-Message); the connection is then
    closed and the peer stays closed."""
    p = lone(known_peers=known)
    cer = evolve(remote.cer(), hop_by_hop=0x42, end_to_end=0x43)
    out = p.incoming(1.0, R, cer)
    [cea] = sent(out, R)
    # a protocol error (3010) is the answer-message with the E bit (§7.2); a 5xxx, the CEA
    expected = AnswerMessage if code // 1000 == 3 else CapabilitiesExchangeAnswer
    assert isinstance(cea, expected) and cea.result_code == code and cea.error_message
    assert (cea.hop_by_hop, cea.end_to_end) == (0x42, 0x43)
    # either way the header is the CER's (§7.2): command code 257, Application-Id 0, R bit clear;
    # the E bit only for the protocol error
    [raw] = [o.data for o in out if isinstance(o, Send)]
    assert int.from_bytes(raw[5:8], "big") == 257 and int.from_bytes(raw[8:12], "big") == 0
    assert not raw[4] & 0x80 and bool(raw[4] & 0x20) == (code // 1000 == 3)
    assert out[-2:] == [Disconnect(R), Closed(f"capabilities exchange failed: Result-Code {int(code)}")]
    assert state(p) is S.CLOSED and p.agreement is None and not [o for o in out if isinstance(o, Opened)]


def test_cer_from_the_peer_contents() -> None:
    """RFC 6733 §5.3.1: the CER the peer sends carries the local capabilities, field by field,
    with fresh Hop-by-Hop and End-to-End identifiers (§3)."""
    from ipaddress import IPv4Address

    from diameter.apps.base import VendorSpecificApplicationId

    local = LocalCapabilities(
        origin_host=ME,
        origin_realm="example.com",
        host_ip_addresses=(IPv4Address("192.0.2.10"),),
        vendor_id=10415,
        product_name="test-node",
        auth_application_ids=frozenset({4, 1}),
        acct_application_ids=frozenset({3}),
        vendor_specific=((10415, 16777238, None),),
        supported_vendor_ids=frozenset({10415}),
        inband_security=frozenset({0, 1}),
        origin_state_id=31,
        firmware_revision=2,
    )
    p = Peer(local, rng=random.Random(3), start_time=0x00ABC123)
    p.start(0.0)
    [cer] = sent(p.connected(0.0, I), I)
    assert isinstance(cer, CapabilitiesExchangeRequest)
    assert (cer.origin_host, cer.origin_realm, cer.vendor_id, cer.product_name) == (
        ME,
        "example.com",
        10415,
        "test-node",
    )
    assert cer.host_ip_address == (IPv4Address("192.0.2.10"),) and cer.origin_state_id == 31
    assert cer.auth_application_id == (1, 4) and cer.acct_application_id == (3,)
    assert cer.vendor_specific_application_id == (
        VendorSpecificApplicationId(vendor_id=10415, auth_application_id=16777238),
    )
    assert cer.supported_vendor_id == (10415,) and cer.inband_security_id == (0, 1)
    assert cer.firmware_revision == 2
    assert cer.end_to_end >> 20 == 0x123  # RFC 6733 §3: low 12 bits of the start time
    hbh, e2e = p.identifiers()
    assert (hbh, e2e) == ((cer.hop_by_hop + 1) & 0xFFFFFFFF, (cer.end_to_end + 1) & 0xFFFFFFFF)


def test_cea_to_the_peer_contents() -> None:
    """RFC 6733 §5.3.2: the CEA answers the CER with its identifiers, DIAMETER_SUCCESS and the
    local capabilities; the agreement is what both have in common."""
    local = LocalCapabilities(
        origin_host=ME,
        origin_realm="example.com",
        auth_application_ids=frozenset({4, 5}),
        acct_application_ids=frozenset({3}),
        origin_state_id=8,
        product_name="n",
    )
    p = Peer(local, rng=random.Random(3))
    cer = evolve(attrs.evolve(REMOTE, acct_application_ids=frozenset({3})).cer(), hop_by_hop=1, end_to_end=2)
    out = p.incoming(0.0, R, cer)
    [cea] = sent(out, R)
    assert isinstance(cea, CapabilitiesExchangeAnswer)
    assert (cea.result_code, cea.hop_by_hop, cea.end_to_end) == (ResultCode.DIAMETER_SUCCESS, 1, 2)
    assert (cea.origin_host, cea.origin_state_id, cea.product_name) == (ME, 8, "n")
    assert cea.auth_application_id == (4, 5) and cea.acct_application_id == (3,) and cea.error_message is None
    [opened] = [o for o in out if isinstance(o, Opened)]
    assert isinstance(opened, Opened) and opened.conn == R
    assert opened.agreement.auth_application_ids == {4} and opened.agreement.acct_application_ids == {3}
    assert p.agreement == opened.agreement and p.peer_host == "b.example.com"


@pytest.mark.parametrize("give_up", ["timeout", "stop"])
def test_connection_attempt_that_ends_after_the_peer_gave_up(give_up: str) -> None:
    """The I/O layer reports a connection attempt's outcome whenever it comes; if the peer left
    Wait-Conn-Ack meanwhile (Timeout or Stop, RFC 6733 §5.6.1), there is no row for
    I-Rcv-Conn-Ack or I-Rcv-Conn-Nack: a late failure changes nothing and a late connection is
    closed, not used."""
    for late in ("failed", "connected"):
        p = reach(S.WAIT_CONN_ACK)
        if give_up == "timeout":
            p.timer(TC)
        else:
            assert p.stop(1.0) == [Closed("stopped")]
        assert state(p) is S.CLOSED
        before = list(p.history)
        out = p.connect_failed(TC + 1) if late == "failed" else p.connected(TC + 1, I)
        assert out == ([] if late == "failed" else [Disconnect(I)])
        assert state(p) is S.CLOSED and list(p.history) == before and conns(p) == (None, None)
        assert p.data_received(TC + 2, I, wire(REMOTE.cea(2001))) == []  # nothing is read from it


def test_peer_defaults() -> None:
    """Tc and Tw default to 30 s (RFC 6733 §12 suggests 30 s for Tc; RFC 3539 §3.4.1 for Tw),
    End-to-End identifiers start from time 0, and counters start at nothing."""
    p = Peer(caps(ME))
    assert p.start(100.0) == [Connect()] and p.deadline == 130.0
    assert p.watchdog.tw_init == 30.0 and p.known_peers is None and p.peer_host is None
    assert p.dwa_received == 0 and p.remote_disconnect_cause is None and next(iter(p.history))[1] is Event.START
    _, e2e = p.identifiers()
    assert e2e >> 20 == 0  # start_time 0
    q = Peer(caps(ME), known_peers=iter(["b.example.com"]), tw=12.0, start_time=0xFFF00000 + 0x7AB)
    assert q.known_peers == frozenset({"b.example.com"}) and q.watchdog.tw_init == 12.0
    assert q.identifiers()[1] >> 20 == 0x7AB


def test_history_keeps_the_latest_transitions() -> None:
    """``history`` is bounded (HISTORY = 256 transitions), oldest dropped first."""
    p = reach(S.I_OPEN)
    for i in range(HISTORY):
        p.data_received(float(i), I, wire(DWR, i, i))
    assert HISTORY == 256 and len(p.history) == HISTORY
    assert all(h == (S.I_OPEN, Event.RCV_DWR, S.I_OPEN) for h in p.history)
    q = reach(S.I_OPEN)
    for i in range(HISTORY - 3):
        q.data_received(float(i), I, wire(DWR, i, i))
    assert [h[1] for h in list(q.history)[:3]] == [Event.START, Event.I_RCV_CONN_ACK, Event.I_RCV_CEA]


def test_watchdog_reopens_with_the_next_connection() -> None:
    """RFC 3539 §3.4: one watchdog per peer, kept across connections: after a failed connection
    it is DOWN, and a peer that opens again goes to REOPEN (a DWR at once, Tw from TwInit), not
    straight to OKAY."""
    p = Peer(caps(ME), rng=random.Random(4), tc=TC, tw=12.0)
    p.incoming(0.0, R, REMOTE.cer())
    assert wd_state(p) is WatchdogState.OKAY and available(p)
    assert 10.0 <= (deadline(p) or 0.0) <= 14.0
    watchdog = p.watchdog
    p.connection_lost(1.0, R)
    assert wd_state(p) is WatchdogState.DOWN and deadline(p) is None and not available(p)  # closed: nothing due
    out = p.incoming(50.0, R2, REMOTE.cer())
    assert p.watchdog is watchdog and wd_state(p) is WatchdogState.REOPEN and p.watchdog.tw_init == 12.0
    assert pending(p) and num_dwa(p) == 0 and not available(p)
    assert [type(m) for m in sent(out, R2)] == [CapabilitiesExchangeAnswer, DeviceWatchdogRequest]
    assert 58.0 <= (deadline(p) or 0.0) <= 64.0
    assert p.open_conn == R2 and state(p) is S.R_OPEN


def test_watchdog_in_the_peer_both_sides() -> None:
    """RFC 3539 §3.4.1 in R-Open and I-Open: an idle connection gets a DWR (with the
    Origin-State-Id, RFC 6733 §5.5.1) after Tw, failover after another Tw, and the connection is
    closed after a third (the peer's Peer-Disc row for the open side)."""
    for start, conn in ((S.R_OPEN, R), (S.I_OPEN, I)):
        p = Peer(attrs.evolve(caps(ME), origin_state_id=66), rng=random.Random(6), tc=TC, tw=30.0)
        if start is S.R_OPEN:
            p.incoming(0.0, R, REMOTE.cer())
        else:
            p.start(0.0)
            p.connected(0.0, I)
            p.data_received(0.0, I, wire(REMOTE.cea(2001)))
        assert p.deadline is not None
        [dwr] = sent(p.timer(p.deadline), conn)
        assert isinstance(dwr, DeviceWatchdogRequest) and dwr.origin_state_id == 66 and dwr.origin_host == ME
        assert p.timer(p.deadline) == [Failover()] and p.watchdog.state is WatchdogState.SUSPECT
        assert state(p) is start and not available(p)
        out = p.timer(p.deadline)
        assert out == [Disconnect(conn), Closed("watchdog: no answer to DWR")] and state(p) is S.CLOSED
        event = Event.R_PEER_DISC if start is S.R_OPEN else Event.I_PEER_DISC
        assert p.history[-1] == (start, event, S.CLOSED)


def test_any_message_restarts_the_watchdog_timer() -> None:
    """RFC 3539 §3.4.1: a received message (a DWR or an application message) sets the timer
    again; sending does not."""
    p = reach(S.R_OPEN)
    first = deadline(p)
    assert first is not None
    p.send(first - 1.0, app_message())
    assert deadline(p) == first
    p.data_received(first - 1.0, R, wire(DWR))
    after_dwr = deadline(p)
    assert after_dwr is not None and after_dwr >= first - 1.0 + 28.0
    p.data_received(after_dwr - 1.0, R, diameter.encode(app_message()))
    later = deadline(p)
    assert later is not None and later >= after_dwr - 1.0 + 28.0
    assert not p.watchdog.pending and p.watchdog.state is WatchdogState.OKAY


def test_dwr_is_answered_in_every_state_with_a_connection() -> None:
    """RFC 3539 §3.4.1: a DWR is answered whatever the watchdog's state; outside R-Open/I-Open
    this is not a transition."""
    p = reach(S.WAIT_RETURNS)
    before = list(p.history)
    out = p.data_received(1.0, R, wire(DWR, 0x31, 0x32))
    [dwa] = sent(out, R)
    assert isinstance(dwa, DeviceWatchdogAnswer) and (dwa.hop_by_hop, dwa.end_to_end) == (0x31, 0x32)
    assert dwa.result_code == ResultCode.DIAMETER_SUCCESS and (dwa.origin_host, dwa.origin_realm) == (ME, "example.com")
    assert list(p.history) == before and state(p) is S.WAIT_RETURNS
    q = reach(S.CLOSING)
    out = q.data_received(1.0, I, wire(DWR))
    assert len(sent(out, I)) == 1 and state(q) is S.CLOSING and q.history[-1][1] is Event.STOP


def test_dwa_is_counted_in_every_state() -> None:
    """A caller waiting for the answer to its DWR sees ``dwa_received`` go up."""
    p = reach(S.I_OPEN)
    p.probe(1.0)
    p.data_received(2.0, I, wire(DWA))
    assert p.dwa_received == 1 and p.history[-1] == (S.I_OPEN, Event.RCV_DWA, S.I_OPEN)
    p.stop(3.0)
    p.data_received(4.0, I, wire(DWA))
    assert p.dwa_received == 2 and p.history[-1][1] is Event.STOP  # Closing: no Rcv-DWA row


def test_messages_outside_the_open_states_are_not_delivered() -> None:
    p = reach(S.WAIT_RETURNS)
    assert p.data_received(1.0, R, diameter.encode(app_message())) == []
    q = reach(S.CLOSING)
    assert q.data_received(1.0, I, diameter.encode(app_message())) == [] and state(q) is S.CLOSING


def test_duplicate_cea_is_ignored() -> None:
    """A CEA has a row only while waiting for one (Wait-I-CEA, Wait-Returns)."""
    p = reach(S.I_OPEN)
    agreement = p.agreement
    assert p.data_received(1.0, I, wire(REMOTE.cea(5010))) == []
    assert state(p) is S.I_OPEN and p.agreement == agreement


def test_stop_before_open_closes_every_connection() -> None:
    """Stop outside R-Open/I-Open has no DPR to send: the connections are closed at once."""
    for start in (S.WAIT_CONN_ACK, S.WAIT_I_CEA, S.WAIT_CONN_ACK_ELECT, S.WAIT_RETURNS, S.CLOSING):
        p = reach(start)
        held = set(c for c in conns(p) if c is not None)
        out = p.stop(1.0)
        assert state(p) is S.CLOSED and out[-1] == Closed("stopped")
        assert {o.conn for o in out if isinstance(o, Disconnect)} == held and not [
            o for o in out if isinstance(o, Send)
        ]
        assert deadline(p) is None
        for conn in held:  # closed: nothing more is read from them
            assert p.data_received(2.0, conn, wire(DWR)) == []
    assert reach(S.CLOSED).stop(1.0) == []


def test_open_connection_in_closing() -> None:
    """In Closing, the DPR/DPA exchange runs on the connection that was open: I or R."""
    assert reach(S.CLOSING, side="I").open_conn == I
    assert reach(S.CLOSING, side="R").open_conn == R
    assert reach(S.WAIT_RETURNS).open_conn is None


def test_bytes_read_after_the_cer_are_kept() -> None:
    """The bytes the node read after the CER (``rest``) are the start of the next message."""
    p = lone()
    data = wire(DWR, 0x51, 0x52)
    p.incoming(0.0, R, REMOTE.cer(), rest=data[:10])
    [dwa] = sent(p.data_received(1.0, R, data[10:]), R)
    assert isinstance(dwa, DeviceWatchdogAnswer) and dwa.hop_by_hop == 0x51


def test_bad_framing_is_judged_on_four_bytes() -> None:
    """The version and the length are in the first four bytes (RFC 6733 §3): a bad header is
    found as soon as they are there, not before."""
    p = reach(S.I_OPEN)
    assert p.data_received(1.0, I, bytes([1, 0, 0])) == [] and state(p) is S.I_OPEN
    assert p.data_received(1.0, I, bytes([19])) == [Disconnect(I), Closed("invalid bytes on the connection")]
    q = reach(S.I_OPEN)  # a bad version: judged with its length, also on the fourth byte
    assert q.data_received(1.0, I, bytes([2, 0x10, 0x00])) == [] and state(q) is S.I_OPEN
    assert q.data_received(1.0, I, bytes([0x04])) == [Disconnect(I), Closed("invalid bytes on the connection")]


def test_bad_framing_on_a_connection_when_closed_does_nothing_more() -> None:
    p = reach(S.CLOSING)
    out = p.data_received(1.0, I, bytes([9, 9, 9, 9]))
    assert out == [Disconnect(I), Closed("invalid bytes on the connection")] and state(p) is S.CLOSED


def test_empty_host_ip_addresses_mean_the_configured_ones() -> None:
    """RFC 6733 §5.3.1: Host-IP-Address is mandatory; no addresses from the I/O layer means the
    configured ones."""
    from ipaddress import IPv4Address

    p = lone()
    p.start(0.0)
    [cer] = sent(p.connected(0.0, I, host_ip_addresses=()), I)
    assert isinstance(cer, CapabilitiesExchangeRequest) and cer.host_ip_address == (IPv4Address("127.0.0.1"),)
    q = lone()
    [cea] = sent(q.incoming(0.0, R, REMOTE.cer(), host_ip_addresses=()), R)
    assert isinstance(cea, CapabilitiesExchangeAnswer) and cea.host_ip_address == (IPv4Address("127.0.0.1"),)


def test_lost_connections_that_are_not_the_peers() -> None:
    """A connection the peer does not hold (a rejected one, one already gone) changes nothing."""
    p = reach(S.I_OPEN)
    assert p.connection_lost(1.0, R2) == [] and state(p) is S.I_OPEN
    assert p.connection_lost(1.0, R) == [] and state(p) is S.I_OPEN


def test_full_life_of_two_peers_back_to_back() -> None:
    """Two peers wired together through a whole life: open (§5.3), watchdog (§5.5), an
    application request each way, DPR/DPA (§5.4); each one's history is RFC 6733 §5.6.1 (the
    application messages not recorded)."""
    a, b, net = pair()
    net.feed("a", a.start(0.0))
    net.advance("a")  # a's DWR, b's DWA
    net.advance("b")  # b's watchdog: DWR, DWA
    for who, p in (("a", a), ("b", b)):
        hbh, e2e = p.identifiers()
        msg = diameter.GenericMessage(
            command_code=8388999,
            application_id=4,
            request=True,
            hop_by_hop=hbh,
            end_to_end=e2e,
            avps=(diameter.Avp(263, b"s;" + who.encode(), 0, 0x40),),
        )
        net.feed(who, p.send(net.now, msg))
    net.feed("b", b.stop(net.now, DisconnectCause.BUSY))
    assert [h for h in a.history] == [
        (S.CLOSED, Event.START, S.WAIT_CONN_ACK),
        (S.WAIT_CONN_ACK, Event.I_RCV_CONN_ACK, S.WAIT_I_CEA),
        (S.WAIT_I_CEA, Event.I_RCV_CEA, S.I_OPEN),
        (S.I_OPEN, Event.RCV_DWA, S.I_OPEN),
        (S.I_OPEN, Event.RCV_DWR, S.I_OPEN),
        (S.I_OPEN, Event.RCV_DPR, S.CLOSING),
        (S.CLOSING, Event.I_PEER_DISC, S.CLOSED),
    ]
    assert [h for h in b.history] == [
        (S.CLOSED, Event.R_CONN_CER, S.R_OPEN),
        (S.R_OPEN, Event.RCV_DWR, S.R_OPEN),
        (S.R_OPEN, Event.RCV_DWA, S.R_OPEN),
        (S.R_OPEN, Event.STOP, S.CLOSING),
        (S.CLOSING, Event.RCV_DPA, S.CLOSED),
    ]
    assert a.remote_disconnect_cause == DisconnectCause.BUSY and b.remote_disconnect_cause is None
    assert [len(net.outputs(w, Deliver)) for w in ("a", "b")] == [1, 1]


def test_bad_framing_fails_only_its_own_connection() -> None:
    """A stream that cannot be framed (RFC 6733 §3) is closed like a failed transport: the
    Peer-Disc event of its side (§5.6.1). A garbled second connection does not take the first
    one down with it."""
    p = reach(S.WAIT_RETURNS)
    out = p.data_received(1.0, R, bytes([7, 0xFF, 0xFF, 0xFC]))  # version 7, 16 MiB: cannot be framed
    assert out == [Disconnect(R)] and state(p) is S.WAIT_I_CEA and conns(p) == (I, None)
    assert p.history[-1] == (S.WAIT_RETURNS, Event.R_PEER_DISC, S.WAIT_I_CEA)
    p.data_received(2.0, I, wire(REMOTE.cea(2001)))
    assert state(p) is S.I_OPEN
    q = reach(S.WAIT_CONN_ACK_ELECT)
    assert q.data_received(1.0, R, bytes([1, 0, 0, 3])) == [Disconnect(R)]
    assert state(q) is S.WAIT_CONN_ACK and q.history[-1] == (S.WAIT_CONN_ACK_ELECT, Event.R_PEER_DISC, S.WAIT_CONN_ACK)
    z = reach(S.I_OPEN)
    z.data_received(1.0, I, bytes(4))
    assert state(z) is S.CLOSED and z.history[-1] == (S.I_OPEN, Event.I_PEER_DISC, S.CLOSED)


def test_the_rng_makes_a_peer_reproducible() -> None:
    """Every random choice (Hop-by-Hop and End-to-End starts, RFC 6733 §3; the watchdog jitter,
    RFC 3539 §3.4.1, for each connection) comes from the ``rng`` given: equally seeded peers
    behave identically, differently seeded ones do not."""

    def run(seed: int) -> tuple[list[int], list[float]]:
        p = Peer(caps(ME), rng=random.Random(seed), tc=TC, tw=30.0, start_time=5000.0)
        ids = list(p.identifiers())
        deadlines = []
        for conn in (R, R2):  # two connections one after the other
            p.incoming(0.0, conn, REMOTE.cer())
            d = deadline(p)
            assert d is not None
            deadlines.append(d)
            p.connection_lost(1.0, conn)
        ids += p.identifiers()
        return ids, deadlines

    assert run(11) == run(11)
    a, b = run(11), run(12)
    assert a[0][0] != b[0][0] and a[0][1] != b[0][1] and a[1] != b[1]
    assert a[1][0] != a[1][1]  # a new jitter for the new connection


def test_fresh_peer_state() -> None:
    p = Peer(caps(ME), peer_host="b.example.com")
    assert p.peer_host == "b.example.com" and p.agreement is None and deadline(p) is None
    assert state(p) is S.CLOSED and conns(p) == (None, None) and p.open_conn is None
    assert p.timer(1e9) == [] and len(p.history) == 0


def test_host_ip_addresses_are_forgotten_with_their_connection() -> None:
    """The addresses given for a connection are its own: once that connection is gone, a new
    connection with the same token and no addresses advertises the configured ones."""
    from ipaddress import IPv4Address

    special = (IPv4Address("198.51.100.1"),)
    for end in ("timeout", "lost"):
        p = lone()
        p.start(0.0)
        p.connected(0.0, I, host_ip_addresses=special)
        if end == "timeout":
            p.timer(TC)
        else:
            p.connection_lost(1.0, I)
        assert state(p) is S.CLOSED
        p.start(20.0)
        [cer] = sent(p.connected(20.0, I), I)
        assert isinstance(cer, CapabilitiesExchangeRequest) and cer.host_ip_address == (IPv4Address("127.0.0.1"),)


def test_bytes_on_a_lost_connection_are_ignored() -> None:
    """After connection_lost, what was buffered for that connection and anything reported
    later on it are dropped."""
    p = reach(S.R_OPEN)
    assert p.data_received(1.0, R, wire(DWR)[:10]) == []
    p.connection_lost(2.0, R)
    assert p.data_received(3.0, R, wire(DWR)[10:] + wire(DWR)) == []
    q = reach(S.WAIT_RETURNS)
    q.connection_lost(1.0, R)
    assert q.data_received(1.0, R, wire(DWR)) == [] and state(q) is S.WAIT_I_CEA


def test_messages_longer_than_64_kib_are_framed() -> None:
    """RFC 6733 §3: Message Length is 24 bits: a message over 65535 bytes is framed whole."""
    p = reach(S.R_OPEN)
    big = diameter.GenericMessage(
        command_code=8388999,
        application_id=4,
        request=True,
        hop_by_hop=1,
        end_to_end=2,
        avps=(diameter.Avp(263, b"s;1", 0, 0x40), diameter.Avp(999, bytes(70_000), 0, 0)),
    )
    data = diameter.encode(big)
    assert len(data) > 0x10000
    out = p.data_received(1.0, R, data[:40_000])
    assert out == []
    out = p.data_received(1.0, R, data[40_000:] + wire(DWR))
    assert [o.raw for o in out if isinstance(o, Deliver)] == [data] and delivered(out, R) == [big]
    assert len(sent(out, R)) == 1


def test_cea_from_a_host_that_is_not_a_known_peer() -> None:
    """RFC 6733 §5.3: ``known_peers`` applies to the CEA too: an answer from another host does not
    open the peer."""
    p = lone(known_peers=["c.example.com"])
    p.start(0.0)
    p.connected(0.0, I)
    out = p.data_received(1.0, I, wire(REMOTE.cea(2001)))
    assert state(p) is S.CLOSED and Closed("capabilities exchange refused: Result-Code 2001") in out
    ok = lone(known_peers=["b.example.com"])
    ok.start(0.0)
    ok.connected(0.0, I)
    ok.data_received(1.0, I, wire(REMOTE.cea(2001)))
    assert state(ok) is S.I_OPEN


def test_a_peer_that_was_open_closes_cleanly_on_every_later_failure() -> None:
    """Once a peer has been open its watchdog is DOWN, with a timer (RFC 3539 §3.4.1); each
    later failure (connect failure, non-CEA first, failed CEA, failed CER) closes the peer and
    keeps the watchdog's DOWN timer in step with the time of the failure."""

    def was_open() -> Peer:
        p = reach(S.R_OPEN)
        p.connection_lost(1.0, R)
        assert wd_state(p) is WatchdogState.DOWN
        return p

    def check(p: Peer, out: list[Output], when: float) -> None:
        assert state(p) is S.CLOSED and [o for o in out if isinstance(o, Closed)]
        d = p.watchdog.deadline
        assert d is not None and when + 28.0 <= d <= when + 32.0

    p = was_open()
    p.start(100.0)
    check(p, p.connect_failed(105.0), 105.0)
    p = was_open()
    p.start(100.0)
    p.connected(100.0, I)
    check(p, p.data_received(106.0, I, wire(DWR)), 106.0)
    p = was_open()
    p.start(100.0)
    p.connected(100.0, I)
    check(p, p.data_received(107.0, I, wire(REMOTE.cea(5010))), 107.0)
    p = was_open()
    refused = attrs.evolve(REMOTE, auth_application_ids=frozenset({1}))
    check(p, p.incoming(108.0, R2, refused.cer()), 108.0)


@pytest.mark.parametrize("incoming", ["DWR", "message"])
def test_only_a_dwa_answers_the_peers_dwr(incoming: str) -> None:
    """RFC 3539 §3.4.1 in the peer: a DWR or an application message from the remote restarts the
    watchdog timer but does not answer our DWR; when the timer fires again with it unanswered,
    the peer fails over (SUSPECT) instead of sending another DWR."""
    p = reach(S.I_OPEN)
    first = deadline(p)
    assert first is not None
    assert len(sent(p.timer(first), I)) == 1 and pending(p)
    data = wire(DWR) if incoming == "DWR" else diameter.encode(app_message())
    p.data_received(first + 5.0, I, data)
    assert pending(p)
    again = deadline(p)
    assert again is not None and again >= first + 5.0 + 28.0
    assert sent(p.timer(again), I) == [] and wd_state(p) is WatchdogState.SUSPECT


def test_dwa_carries_the_origin_state_id() -> None:
    """RFC 6733 §5.5.2: the DWA has the sender's Origin-State-Id (when it has one)."""
    p = Peer(attrs.evolve(caps(ME), origin_state_id=4242), rng=random.Random(1), tc=TC)
    p.incoming(0.0, R, REMOTE.cer())
    [dwa] = sent(p.data_received(1.0, R, wire(DWR)), R)
    assert isinstance(dwa, DeviceWatchdogAnswer) and dwa.origin_state_id == 4242


# -- the watchdog across connections, failover and failback (RFC 3539 §3.4.1) ----------------


def app_answer(hbh: int = 7, e2e: int = 8) -> diameter.GenericMessage:
    return diameter.GenericMessage(
        command_code=8388999,
        application_id=4,
        request=False,
        hop_by_hop=hbh,
        end_to_end=e2e,
        avps=(diameter.Avp(263, b"s;1", 0, 0x40), diameter.Avp(268, (2001).to_bytes(4, "big"), 0, 0x40)),
    )


def reopened(side: str) -> tuple[Peer, int, list[Output]]:
    """A peer whose open connection failed, open again on a new connection of ``side``: the
    peer, that connection, and the outputs of the event that opened it."""
    if side == "R":
        p = reach(S.R_OPEN)
        p.connection_lost(1.0, R)
        assert state(p) is S.CLOSED and wd_state(p) is WatchdogState.DOWN
        return p, R2, p.incoming(50.0, R2, REMOTE.cer())
    p = reach(S.I_OPEN)
    p.connection_lost(1.0, I)
    assert state(p) is S.CLOSED and wd_state(p) is WatchdogState.DOWN
    p.start(50.0)
    p.connected(50.0, I)
    return p, I, p.data_received(50.0, I, wire(REMOTE.cea(2001)))


def answer_dwr(p: Peer, dwr: Message, conn: int, now: float) -> list[Output]:
    assert isinstance(dwr, DeviceWatchdogRequest)
    return p.data_received(now, conn, wire(DWA, dwr.hop_by_hop, dwr.end_to_end))


@pytest.mark.parametrize("side", ["I", "R"])
def test_reopen_after_a_failed_connection_needs_three_dwas(side: str) -> None:
    """RFC 3539 §3.4.1: the watchdog outlives a failed connection (DOWN); the next connection
    starts in REOPEN: a DWR right after the capabilities exchange, and the peer is not
    ``available`` for requests until three DWAs came back, then Failback."""
    p, conn, out = reopened(side)
    assert state(p) is (S.I_OPEN if side == "I" else S.R_OPEN) and p.open_conn == conn
    assert wd_state(p) is WatchdogState.REOPEN and not available(p) and pending(p)
    # the DWR goes out right after the CEA (sent on the R side, received on the I side) and Opened
    assert [type(o) for o in out] == ([Send] if side == "R" else []) + [Opened, Send]
    assert [type(m) for m in sent(out, conn)] == ([CapabilitiesExchangeAnswer] if side == "R" else []) + [
        DeviceWatchdogRequest
    ]
    dwr1 = sent(out, conn)[-1]
    assert answer_dwr(p, dwr1, conn, 51.0) == [] and num_dwa(p) == 1 and not available(p)
    d = deadline(p)
    assert d is not None and 78.0 <= d <= 82.0  # Tw from the reopen
    [dwr2] = sent(p.timer(d), conn)  # REOPEN keeps probing every Tw
    assert answer_dwr(p, dwr2, conn, d + 1.0) == [] and num_dwa(p) == 2 and not available(p)
    d = deadline(p)
    assert d is not None
    [dwr3] = sent(p.timer(d), conn)
    assert answer_dwr(p, dwr3, conn, d + 1.0) == [Failback()]
    assert available(p) and wd_state(p) is WatchdogState.OKAY and not pending(p)


def test_reopen_between_two_peers_back_to_back() -> None:
    """The same, with both ends wired together: the watchdog of ``a`` closes a silent
    connection; when ``a`` connects again both ends are in REOPEN (each sends a DWR right after
    the CER/CEA exchange) and neither is available until its three DWAs, then each fails back
    once."""
    a, b, net = pair()
    net.feed("a", a.start(0.0))
    assert available(a) and available(b)
    net.cut = True
    for _ in range(3):  # DWR lost; SUSPECT; closed
        net.advance("a")
    assert state(a) is S.CLOSED and state(b) is S.CLOSED
    assert wd_state(a) is WatchdogState.DOWN and wd_state(b) is WatchdogState.DOWN
    assert len(net.outputs("a", Failover)) == 1
    net.cut = False
    seen_a, seen_b = len(net.seen["a"]), len(net.seen["b"])
    net.feed("a", a.start(net.now))
    assert state(a) is S.I_OPEN and state(b) is S.R_OPEN
    new_a, new_b = net.seen["a"][seen_a:], net.seen["b"][seen_b:]
    opened_at = next(i for i, o in enumerate(new_a) if isinstance(o, Opened))
    after_open = [o for o in new_a[opened_at:] if isinstance(o, Send)]
    assert isinstance(diameter.decode(after_open[0].data), DeviceWatchdogRequest)  # a's first send once open
    b_sends = [diameter.decode(o.data) for o in new_b if isinstance(o, Send)]
    assert [type(m) for m in b_sends[:2]] == [CapabilitiesExchangeAnswer, DeviceWatchdogRequest]
    assert wd_state(a) is WatchdogState.REOPEN and wd_state(b) is WatchdogState.REOPEN
    assert not available(a) and not available(b)
    for _ in range(20):
        if available(a) and available(b):
            break
        who = min(("a", "b"), key=lambda w: deadline(net.peers[w]) or float("inf"))
        net.advance(who)
    assert available(a) and available(b)
    assert len(net.outputs("a", Failback)) == 1 and len(net.outputs("b", Failback)) == 1
    assert a.watchdog.num_dwa == 3 and b.watchdog.num_dwa == 3


@pytest.mark.parametrize("who", ["local", "remote"])
def test_watchdog_starts_afresh_after_dpr_dpa(who: str) -> None:
    """A DPR/DPA exchange is no failure (RFC 3539's REOPEN is for failed connections): the next
    connection starts the watchdog in INITIAL and goes to OKAY at once, no DWR, available."""
    p = reach(S.I_OPEN)
    if who == "local":
        [req] = sent(p.stop(1.0), I)
        p.data_received(2.0, I, wire(DPA, req.hop_by_hop, req.end_to_end))
    else:
        p.data_received(1.0, I, wire(dpr()))
        p.connection_lost(2.0, I)
    assert state(p) is S.CLOSED and not available(p)
    assert wd_state(p) is WatchdogState.INITIAL
    p.start(10.0)
    p.connected(10.0, I)
    out = p.data_received(10.0, I, wire(REMOTE.cea(2001)))
    assert state(p) is S.I_OPEN and wd_state(p) is WatchdogState.OKAY and available(p) and not pending(p)
    assert sent(out, I) == [] and not [o for o in out if isinstance(o, Failback)]
    q = reach(S.R_OPEN)  # and on the R side
    [req] = sent(q.stop(1.0), R)
    q.data_received(2.0, R, wire(DPA, req.hop_by_hop, req.end_to_end))
    out = q.incoming(10.0, R2, REMOTE.cer())
    assert [type(m) for m in sent(out, R2)] == [CapabilitiesExchangeAnswer] and available(q)


@pytest.mark.parametrize("traffic", ["DWA", "DWR", "request", "answer"])
def test_failover_when_a_dwr_goes_unanswered_and_failback_when_traffic_returns(traffic: str) -> None:
    """RFC 3539 §3.4.1: a DWR unanswered for Tw: SUSPECT, Failover (the peer is no longer
    available); any message received then: OKAY, Failback (and the message is processed)."""
    p = reach(S.I_OPEN)
    assert available(p)
    d = deadline(p)
    assert d is not None
    [dwr] = sent(p.timer(d), I)
    assert isinstance(dwr, DeviceWatchdogRequest) and available(p)  # still OKAY while waiting
    d = deadline(p)
    assert d is not None
    assert p.timer(d) == [Failover()]
    assert wd_state(p) is WatchdogState.SUSPECT and not available(p) and state(p) is S.I_OPEN
    if traffic == "DWA":
        out = answer_dwr(p, dwr, I, d + 1.0)
        assert out == [Failback()] and not pending(p)
    elif traffic == "DWR":
        out = p.data_received(d + 1.0, I, wire(DWR, 0x41, 0x42))
        assert [o for o in out if not isinstance(o, Send)] == [Failback()]
        [dwa] = sent(out, I)
        assert isinstance(dwa, DeviceWatchdogAnswer) and dwa.hop_by_hop == 0x41
    else:
        data = diameter.encode(app_message() if traffic == "request" else app_answer())
        out = p.data_received(d + 1.0, I, data)
        assert out == [Failback(), Deliver(I, data)]
    assert available(p) and wd_state(p) is WatchdogState.OKAY and state(p) is S.I_OPEN
    again = deadline(p)
    assert again is not None and again >= d + 1.0 + 28.0


def test_failover_and_failback_between_two_peers() -> None:
    a, b, net = pair()
    net.feed("a", a.start(0.0))
    net.cut = True
    net.advance("a")  # a's DWR, lost
    net.advance("a")  # SUSPECT
    assert net.outputs("a", Failover) == [Failover()] and not available(a) and state(a) is S.I_OPEN
    net.cut = False
    net.feed("b", b.probe(net.now))  # b's DWR reaches a: traffic again
    assert net.outputs("a", Failback) == [Failback()] and available(a)


@pytest.mark.parametrize("start", [S.I_OPEN, S.R_OPEN])
def test_cer_on_an_open_connection_is_refused_and_the_connection_kept(start: PeerState) -> None:
    """RFC 6733 §5.3: capabilities are exchanged once per connection: a CER on a connection
    already open gets a CEA with DIAMETER_UNABLE_TO_COMPLY (5012), and nothing else changes."""
    p = reach(start)
    conn, agreement, before = p.open_conn, p.agreement, list(p.history)
    assert conn is not None
    out = p.data_received(1.0, conn, wire(REMOTE.cer(), 0x61, 0x62))
    [cea] = sent(out, conn)
    assert isinstance(cea, CapabilitiesExchangeAnswer)
    assert cea.result_code == ResultCode.DIAMETER_UNABLE_TO_COMPLY and int(cea.result_code) == 5012
    assert cea.error_message == "capabilities already exchanged"
    assert (cea.hop_by_hop, cea.end_to_end) == (0x61, 0x62) and cea.origin_host == ME
    assert [o for o in out if not isinstance(o, Send)] == []  # no Disconnect, no Closed, no Deliver
    assert state(p) is start and p.open_conn == conn and p.agreement == agreement and available(p)
    assert list(p.history) == before
    [dwa] = sent(p.data_received(2.0, conn, wire(DWR, 0x63, 0x64)), conn)  # the connection still works
    assert isinstance(dwa, DeviceWatchdogAnswer) and dwa.hop_by_hop == 0x63


def test_oversized_message_is_reported_by_its_header_and_skipped() -> None:
    """A Message Length over the converter's max_length: known from the header, reported as
    Undecodable (DIAMETER_INVALID_MESSAGE_LENGTH, 5015) with the 20-byte header; the rest of
    the message is skipped as it arrives, not buffered, and the connection stays."""
    from diameter.converter import Converter
    from diameter.errors import InvalidMessageLength

    p = Peer(caps(ME), rng=random.Random(5), tc=TC, tw=30.0, converter=Converter(max_length=256))
    p.incoming(0.0, R, REMOTE.cer())
    assert state(p) is S.R_OPEN
    big = diameter.GenericMessage(
        command_code=8388999,
        application_id=4,
        request=True,
        hop_by_hop=1,
        end_to_end=2,
        avps=(diameter.Avp(263, b"s;1", 0, 0x40), diameter.Avp(999, bytes(1000), 0, 0)),
    )
    data = diameter.encode(big)
    assert len(data) > 1000
    assert p.data_received(1.0, R, data[:12]) == []  # the length is known, the header not whole yet
    out = p.data_received(1.0, R, data[12:400])
    [u] = out
    assert isinstance(u, Undecodable) and u.conn == R and u.raw == data[:20]
    assert isinstance(u.error, InvalidMessageLength) and u.error.result_code == 5015
    # the Message Length field (byte 1 of the header) is what is wrong, and the text says why
    assert u.error.offset == 1 and f"Message Length {len(data)} exceeds the limit of 256" in str(u.error)
    assert p._buffers[R].buffered == 0  # nothing of it kept
    assert p.data_received(1.0, R, data[400:-4]) == [] and p._buffers[R].buffered == 0
    out = p.data_received(2.0, R, data[-4:] + wire(DWR, 3, 4) + diameter.encode(app_message()))
    assert delivered(out, R) == [app_message()]
    [dwa] = sent(out, R)
    assert isinstance(dwa, DeviceWatchdogAnswer) and dwa.hop_by_hop == 3
    assert not [o for o in out if isinstance(o, (Undecodable, Disconnect, Closed))] and state(p) is S.R_OPEN
    at_limit = diameter.encode(
        diameter.GenericMessage(
            command_code=8388999,
            application_id=4,
            request=True,
            hop_by_hop=5,
            end_to_end=6,
            avps=(diameter.Avp(263, b"s;1", 0, 0x40), diameter.Avp(999, bytes(256 - 20 - 12 - 8), 0, 0)),
        )
    )
    assert len(at_limit) == 256  # exactly max_length: taken whole
    assert [o.raw for o in p.data_received(3.0, R, at_limit) if isinstance(o, Deliver)] == [at_limit]


@pytest.mark.parametrize("version", [0, 2, 255])
def test_other_version_with_a_valid_length_is_framed(version: int) -> None:
    """RFC 6733 §3: a message with another version than 1 but a valid length frames; it is
    handed on for the node to answer with DIAMETER_UNSUPPORTED_VERSION (5011): raw when it is
    an application message, as Undecodable (5011) for a base-protocol command (a DWR); the
    connection stays."""
    from diameter.errors import UnsupportedVersion

    p = reach(S.I_OPEN)
    app = bytearray(diameter.encode(app_message()))
    dwr = bytearray(wire(DWR, 0x21, 0x22))
    app[0] = dwr[0] = version
    header_only = bytes([version, 0, 0, 20]) + bytes(16)  # command code 0: not a base command
    out = p.data_received(1.0, I, bytes(app) + bytes(dwr) + header_only + wire(DWR, 0x31, 0x32))
    assert [type(o) for o in out] == [Deliver, Undecodable, Deliver, Send]
    assert out[0] == Deliver(I, bytes(app)) and out[2] == Deliver(I, header_only)
    u = out[1]
    assert isinstance(u, Undecodable) and u.conn == I and u.raw == bytes(dwr)
    assert isinstance(u.error, UnsupportedVersion) and u.error.result_code == 5011
    [dwa] = sent(out, I)  # only the version-1 DWR is answered by the peer itself
    assert isinstance(dwa, DeviceWatchdogAnswer) and dwa.hop_by_hop == 0x31
    assert state(p) is S.I_OPEN and available(p)


@pytest.mark.parametrize("side", ["I", "R"])
def test_reopen_throws_answers_away_but_delivers_requests(side: str) -> None:
    """RFC 3539 §3.4.1 REOPEN: received messages other than DWA are thrown away by the watchdog;
    the peer keeps delivering requests (the node answers them) but drops answers, until the
    connection is trusted again."""
    p, conn, out = reopened(side)
    assert wd_state(p) is WatchdogState.REOPEN
    answer, request = diameter.encode(app_answer()), diameter.encode(app_message())
    assert p.data_received(51.0, conn, answer) == []
    assert p.data_received(51.0, conn, request) == [Deliver(conn, request)]
    assert state(p) is (S.I_OPEN if side == "I" else S.R_OPEN) and num_dwa(p) == 0  # no DWA counted
    dwr, now = sent(out, conn)[-1], 52.0
    for _ in range(2):
        assert answer_dwr(p, dwr, conn, now) == [] and not available(p)
        d = deadline(p)
        assert d is not None
        [dwr] = sent(p.timer(d), conn)
        now = d + 1.0
        assert p.data_received(now, conn, answer) == []  # still thrown away
    assert answer_dwr(p, dwr, conn, now) == [Failback()] and available(p)
    assert p.data_received(now + 1.0, conn, answer) == [Deliver(conn, answer)]  # trusted again


def test_undecodable_cea_closes() -> None:
    """A CEA the peer cannot decode (here: a bare header, no Result-Code) ends the capabilities
    exchange like a failed one (Wait-I-CEA: closed)."""
    p = reach(S.WAIT_I_CEA)
    bare_cea = bytes.fromhex("0100001400000101000000000000000100000002")
    out = p.data_received(1.0, I, bare_cea)
    assert state(p) is S.CLOSED and Disconnect(I) in out and conns(p) == (None, None)
    [closed] = [o for o in out if isinstance(o, Closed)]
    assert isinstance(closed, Closed) and closed.reason.startswith("undecodable CEA")
    assert not [o for o in out if isinstance(o, (Opened, Undecodable))]


@pytest.mark.parametrize("side", ["I", "R"])
def test_answers_are_still_delivered_while_closing(side: str) -> None:
    """After our DPR (Closing), answers to requests sent before it still arrive on the open
    connection and are delivered; new requests are not."""
    p = reach(S.CLOSING, side=side)
    conn = p.open_conn
    assert conn is not None
    answer = diameter.encode(app_answer())
    assert p.data_received(1.0, conn, answer) == [Deliver(conn, answer)]
    assert p.data_received(1.0, conn, diameter.encode(app_message())) == []
    assert state(p) is S.CLOSING


def test_send_raw_sends_the_bytes_as_given() -> None:
    """send_raw: a message the node already encoded goes out unchanged on the open connection
    (Send-Message); outside the open states it is refused."""
    p = reach(S.R_OPEN)
    data = diameter.encode(app_message())
    before = list(p.history)
    assert p.send_raw(1.0, data) == [Send(R, data)]
    assert list(p.history) == before and state(p) is S.R_OPEN
    i = reach(S.I_OPEN)
    assert i.send_raw(1.0, data) == [Send(I, data)] and state(i) is S.I_OPEN
    q = reach(S.CLOSING)
    with pytest.raises(RuntimeError, match="^peer is Closing, not open$"):
        q.send_raw(1.0, data)


def test_a_cer_refused_with_the_e_bit_answer_message_closes() -> None:
    """A peer refusing our CER with a protocol error answers with the answer-message and the E
    bit (RFC 6733 §7.2): like a failed CEA, the connection closes and the peer is not open."""
    p = reach(S.WAIT_I_CEA)
    refusal = AnswerMessage(
        command_code=257,
        application_id=0,
        origin_host="remote.example.com",
        origin_realm="example.com",
        result_code=ResultCode.DIAMETER_UNKNOWN_PEER,
    )
    out = p.data_received(1.0, I, wire(refusal))
    assert state(p) is S.CLOSED and Disconnect(I) in out and p.agreement is None
    assert Closed("capabilities exchange refused: Result-Code 3010") in out


def test_watchdog_after_dpr_dpa_is_the_peers_own_and_only_that_close_was_clean() -> None:
    """After a DPR/DPA exchange the next connection's watchdog starts afresh (INITIAL, then
    OKAY) with the peer's Tw and its jitter (RFC 3539 §3.4.1: TwInit ± 2 s) drawn from the
    peer's ``rng``; a connection that fails after that is a failure again: the one after it goes
    through REOPEN (a DWR at once, not available)."""

    def run(seed: int) -> tuple[float, Peer]:
        p = Peer(caps(ME), rng=random.Random(seed), tc=TC, tw=12.0)
        p.incoming(0.0, R, REMOTE.cer())
        [req] = sent(p.stop(1.0), R)
        p.data_received(2.0, R, wire(DPA, req.hop_by_hop, req.end_to_end))
        assert state(p) is S.CLOSED and wd_state(p) is WatchdogState.INITIAL
        p.incoming(100.0, R2, REMOTE.cer())
        d = deadline(p)
        assert wd_state(p) is WatchdogState.OKAY and available(p) and p.watchdog.tw_init == 12.0
        assert d is not None and 110.0 <= d <= 114.0
        return d, p

    assert run(7)[0] == run(7)[0] and run(7)[0] != run(8)[0]
    _, p = run(7)
    p.connection_lost(101.0, R2)  # a failure this time
    assert state(p) is S.CLOSED and wd_state(p) is WatchdogState.DOWN
    out = p.incoming(150.0, 44, REMOTE.cer())
    assert [type(m) for m in sent(out, 44)] == [CapabilitiesExchangeAnswer, DeviceWatchdogRequest]
    assert wd_state(p) is WatchdogState.REOPEN and not available(p)


def test_bytes_after_a_refused_cer_go_with_the_connection() -> None:
    """A CER that fails (here 5010) is answered and its connection closed (RFC 6733 §5.3): the
    bytes the node read after it (``rest``) are not processed."""
    p = lone()
    cer = attrs.evolve(REMOTE, auth_application_ids=frozenset({1})).cer()
    out = p.incoming(0.0, R, cer, rest=wire(DWR, 0x51, 0x52) + diameter.encode(app_message()))
    assert [type(m) for m in sent(out, R)] == [CapabilitiesExchangeAnswer]  # no DWA
    assert out[-2:] == [Disconnect(R), Closed("capabilities exchange failed: Result-Code 5010")]
    assert not [o for o in out if isinstance(o, (Deliver, Undecodable))] and state(p) is S.CLOSED


def test_whole_messages_read_after_the_cer_are_processed_at_once() -> None:
    """Whole messages in ``rest`` are processed with the CER, at ``now``: a DWR is answered, an
    application message delivered, and the watchdog timer restarts from then (RFC 3539 §3.4.1)."""
    p = lone()
    request = diameter.encode(app_message())
    out = p.incoming(5.0, R, REMOTE.cer(), rest=wire(DWR, 0x51, 0x52) + request)
    [cea, dwa] = sent(out, R)
    assert isinstance(cea, CapabilitiesExchangeAnswer) and isinstance(dwa, DeviceWatchdogAnswer)
    assert dwa.hop_by_hop == 0x51 and out[-1] == Deliver(R, request) and state(p) is S.R_OPEN
    d = deadline(p)
    assert d is not None and 33.0 <= d <= 37.0


def test_base_command_codes_of_another_application_are_for_the_node() -> None:
    """CER, DWR and DPR are the base protocol's only with Application-Id 0 (RFC 6733 §2.4): a
    request with command code 280 in application 16777216 (0x01000000: its low three bytes are
    zero) is delivered raw to the node, not answered as a DWR."""
    p = reach(S.I_OPEN)
    for code in (257, 280, 282):
        data = diameter.encode(
            diameter.GenericMessage(
                command_code=code,
                application_id=0x01000000,
                request=True,
                hop_by_hop=7,
                end_to_end=8,
                avps=(diameter.Avp(263, b"s;1", 0, 0x40),),
            )
        )
        assert p.data_received(1.0, I, data) == [Deliver(I, data)]
        # and in application 0, a command code that only ends like a base one (0x01xxxx)
        other = diameter.encode(
            diameter.GenericMessage(
                command_code=0x010000 | code,
                application_id=0,
                request=True,
                hop_by_hop=9,
                end_to_end=10,
                avps=(diameter.Avp(263, b"s;1", 0, 0x40),),
            )
        )
        assert p.data_received(1.0, I, other) == [Deliver(I, other)]
    assert state(p) is S.I_OPEN and available(p)


def test_a_message_other_than_cea_first_closes_after_a_failed_connection() -> None:
    """Wait-I-CEA, I-Rcv-Non-CEA (RFC 6733 §5.6.1): Error, Closed; an undecodable CEA, and a
    refusal with the E-bit answer-message (§7.2), likewise — also when the watchdog is DOWN from
    a failed connection before (RFC 3539: it stays DOWN)."""
    bare_cea = bytes.fromhex("0100001400000101000000000000000100000002")
    refusal = wire(
        AnswerMessage(
            command_code=257,
            application_id=0,
            origin_host="b.example.com",
            origin_realm="example.net",
            result_code=ResultCode.DIAMETER_UNKNOWN_PEER,
        )
    )
    other = "a message other than CEA before the capabilities exchange"
    for first, reason in (
        (diameter.encode(app_message()), other),
        (wire(DWR), other),
        (bare_cea, "undecodable CEA: "),
        (refusal, "capabilities exchange refused: Result-Code 3010"),
    ):
        p = reach(S.I_OPEN)
        p.connection_lost(1.0, I)
        assert wd_state(p) is WatchdogState.DOWN
        p.start(2.0)
        p.connected(2.0, I)
        assert state(p) is S.WAIT_I_CEA
        out = p.data_received(3.0, I, first)
        [closed] = [o for o in out if isinstance(o, Closed)]
        assert out == [Disconnect(I), closed] and isinstance(closed, Closed) and closed.reason.startswith(reason)
        assert state(p) is S.CLOSED and wd_state(p) is WatchdogState.DOWN


@pytest.mark.parametrize("request_bit", [True, False])
def test_undecodable_cer_or_cea_on_an_open_connection_is_reported(request_bit: bool) -> None:
    """Outside Wait-I-CEA a CER or CEA (command code 257) that does not decode ends no
    capabilities exchange: it is reported as Undecodable (the node answers a request) and the
    open connection stays."""
    for start, conn in ((S.I_OPEN, I), (S.R_OPEN, R)):
        p = reach(start)
        bare = bytes.fromhex("01000014" + ("80" if request_bit else "00") + "000101000000000000000100000002")
        [u] = p.data_received(1.0, conn, bare)
        assert isinstance(u, Undecodable) and u.conn == conn and u.raw == bare
        assert state(p) is start and p.open_conn == conn and available(p)


def test_cer_on_an_open_connection_is_answered_with_the_connections_addresses() -> None:
    """The 5012 CEA to a CER on an open connection lists that connection's own addresses as
    Host-IP-Address (RFC 6733 §5.3.5), as the CEA of the exchange did."""
    from ipaddress import IPv4Address

    p = lone()
    mine = (IPv4Address("192.0.2.7"), IPv4Address("192.0.2.8"))
    p.incoming(0.0, R, REMOTE.cer(), host_ip_addresses=mine)
    [cea] = sent(p.data_received(1.0, R, wire(REMOTE.cer(), 0x61, 0x62)), R)
    assert isinstance(cea, CapabilitiesExchangeAnswer) and cea.result_code == ResultCode.DIAMETER_UNABLE_TO_COMPLY
    assert cea.host_ip_address == mine


@pytest.mark.parametrize("side", ["I", "R"])
def test_cer_on_a_reopened_connection_is_not_a_dwa(side: str) -> None:
    """RFC 3539 §3.4.1 REOPEN: only DWAs count towards the three; a CER on the connection (refused
    with 5012) is not one."""
    p, conn, _ = reopened(side)
    [cea] = sent(p.data_received(51.0, conn, wire(REMOTE.cer(), 0x61, 0x62)), conn)
    assert isinstance(cea, CapabilitiesExchangeAnswer) and int(cea.result_code) == 5012
    assert wd_state(p) is WatchdogState.REOPEN and num_dwa(p) == 0 and pending(p) and not available(p)


def test_cer_on_a_suspect_connection_is_traffic_again() -> None:
    """RFC 3539 §3.4.1 SUSPECT: any message received fails back, a CER on the open connection too
    (it is refused with 5012, and the connection is trusted again)."""
    p = reach(S.I_OPEN)
    d = deadline(p)
    assert d is not None
    p.timer(d)  # DWR, unanswered
    d = deadline(p)
    assert d is not None and p.timer(d) == [Failover()]
    out = p.data_received(d + 1.0, I, wire(REMOTE.cer(), 0x61, 0x62))
    assert [o for o in out if not isinstance(o, Send)] == [Failback()]
    assert available(p) and wd_state(p) is WatchdogState.OKAY


@pytest.mark.parametrize("command", ["CER", "DWR", "DPR"])
def test_undecodable_non_cea_first_closes(command: str) -> None:
    """Wait-I-CEA, I-Rcv-Non-CEA (RFC 6733 §5.6.1): a message other than a CEA on the I
    connection is an Error and closes, whether or not it decodes (its header says what it is:
    a request, command code 257, 280 or 282)."""
    p = reach(S.WAIT_I_CEA)
    code = {"CER": "101", "DWR": "118", "DPR": "11a"}[command]
    bare = bytes.fromhex("0100001480000" + code + "000000000000000100000002")
    out = p.data_received(1.0, I, bare)
    assert state(p) is S.CLOSED and Disconnect(I) in out and [o for o in out if isinstance(o, Closed)]


@pytest.mark.parametrize("what", ["CEA", "DWR", "DWA", "CER"])
def test_what_does_not_decode_before_the_cea_is_named_in_the_close(what: str) -> None:
    """Wait-I-CEA: an undecodable CEA is the I-Rcv-CEA event that fails, anything else the
    I-Rcv-Non-CEA event (RFC 6733 §5.6.1); the history and the reason of the close say which.
    A CEA is command 257 with the R bit clear: another answer, or a CER, is not one."""
    p = reach(S.WAIT_I_CEA)
    flags, code = {"CEA": ("00", "101"), "DWR": ("80", "118"), "DWA": ("00", "118"), "CER": ("80", "101")}[what]
    bare = bytes.fromhex("01000014" + flags + "000" + code + "000000000000000100000002")
    out = p.data_received(1.0, I, bare)
    [closed] = [o for o in out if isinstance(o, Closed)]
    event = Event.I_RCV_CEA if what == "CEA" else Event.I_RCV_NON_CEA
    assert p.history[-1][:2] == (S.WAIT_I_CEA, event) and state(p) is S.CLOSED
    name = "CEA" if what == "CEA" else "message before the CEA"
    assert closed.reason.startswith(f"undecodable {name}: ")
