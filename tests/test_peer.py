"""The RFC 6733 §5.6 peer state machine: two peers wired back to back, a fake clock."""

from __future__ import annotations

import random
from collections import deque

import pytest

import diameter
from diameter.apps.base import CapabilitiesExchangeRequest, DisconnectCause
from diameter.capabilities import LocalCapabilities
from diameter.peer import (
    TRANSITIONS,
    Closed,
    Connect,
    Deliver,
    Disconnect,
    Event,
    Opened,
    Output,
    Peer,
    PeerState,
    Send,
    Undecodable,
)
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
    generic = diameter.GenericMessage(command_code=8388999, application_id=4, request=True, hop_by_hop=hbh,
                                      end_to_end=e2e, avps=(diameter.Avp(263, b"s;1", 0, 0x40),))
    net.feed("a", a.send(1.0, generic))
    [delivered] = net.outputs("b", Deliver)
    assert isinstance(delivered, Deliver) and delivered.message == generic


def test_watchdog_keeps_an_idle_connection_alive() -> None:
    a, b, net = pair()
    net.feed("a", a.start(0.0))
    for _ in range(5):
        net.advance("a")  # DWR out, DWA back
        assert state(a) is S.I_OPEN and a.watchdog.state is WatchdogState.OKAY and not a.watchdog.pending
    assert any(h[1] is Event.RCV_DWA for h in a.history)
    assert any(h[1] is Event.RCV_DWR for h in b.history)


def test_unanswered_watchdog_closes_the_connection() -> None:
    a, b, net = pair()
    net.feed("a", a.start(0.0))
    net.cut = True
    net.advance("a")  # DWR sent, lost
    net.advance("a")  # no DWA: SUSPECT
    assert a.watchdog.state is WatchdogState.SUSPECT and state(a) is S.I_OPEN
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
    a, b, net = pair()
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


def test_transition_table_is_rfc_6733() -> None:
    assert len(TRANSITIONS) == 42
    assert TRANSITIONS[(S.WAIT_RETURNS, Event.I_RCV_CEA)] == (("R-Disc",), S.I_OPEN)
    assert TRANSITIONS[(S.WAIT_CONN_ACK_ELECT, Event.I_RCV_CONN_NACK)] == (("R-Snd-CEA",), S.R_OPEN)
    assert TRANSITIONS[(S.R_OPEN, Event.RCV_DPR)] == (("Snd-DPA",), S.CLOSING)
    states = {k[0] for k in TRANSITIONS}
    assert states == set(PeerState)
