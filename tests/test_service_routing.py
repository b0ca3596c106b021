"""The sans-IO node (:class:`diameter.core.service.Service`): routing (RFC 6733 §6.1), failover
(§5.5.4), the peer table, reconnection, TLS identity and what the node logs, on the harness of
tests/test_service.py."""

from __future__ import annotations

import logging
import random
import re
from ipaddress import IPv4Address
from itertools import pairwise

import pytest

from diameter import Avp, GenericMessage, Message
from diameter.apps.base import (
    STA,
    STR,
    DisconnectCause,
    ResultCode,
    TerminationCause,
)
from diameter.apps.credit_control import CCA, CCR
from diameter.capabilities import RELAY_APPLICATION_ID, LocalCapabilities
from diameter.converter import DEFAULT_CONVERTER, Converter
from diameter.core.service import (
    Connect,
    InvalidAnswer,
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
from diameter.peer import PeerState
from diameter.watchdog import WatchdogState
from diameter.wire import AVP_M, FLAG_E, FLAG_R, FLAG_T, peek_header

from test_service import (
    REALM,
    TC,
    TW,
    Net,
    answering,
    avps_of,
    caps,
    ccr,
    client_and_servers,
    generic,
    result_code,
    state,
    tls_pair,
    wd,
)

APP_CC = 4
APP_OTHER = 5


def local(host: str, apps: frozenset[int], realm: str = REALM) -> LocalCapabilities:
    return LocalCapabilities(
        origin_host=host, origin_realm=realm, auth_application_ids=apps, inband_security=frozenset({0})
    )


def routed_to(net: Net, ref: int) -> str:
    """The peer that answered the application's request ``ref``."""
    res = net.result("a", ref)
    assert isinstance(res, Resolve), res
    host = getattr(res.answer, "origin_host", None)
    assert isinstance(host, str)
    return host


def up(e: PeerEntry) -> bool:
    return e.up  # through a call: mypy does not narrow it


def host(e: PeerEntry) -> str | None:
    return e.host  # through a call: mypy does not narrow it


def reconnects(e: PeerEntry) -> bool:
    return e.reconnect


def str_(n: int, app: int = APP_CC, dest: str | None = None) -> STR:
    return STR(
        session_id=f"a;2;{n}",
        origin_host="a",
        origin_realm=REALM,
        destination_realm=REALM,
        auth_application_id=app,
        termination_cause=TerminationCause.DIAMETER_LOGOUT,
        destination_host=dest,
    )


def sta_handler(origin: str) -> object:
    def handler(req: Message) -> Message:
        assert isinstance(req, STR)
        return STA(
            session_id=req.session_id, result_code=ResultCode.DIAMETER_SUCCESS, origin_host=origin, origin_realm=REALM
        )

    return handler


# -- 1. routing (RFC 6733 §6.1) ----------------------------------------------------------------


def test_destination_host_picks_that_open_peer_over_the_first_one() -> None:
    net = client_and_servers("b", "c")
    assert routed_to(net, net.request("a", ccr(1, dest="c"))) == "c"
    assert routed_to(net, net.request("a", ccr(2, dest="b"))) == "b"
    assert routed_to(net, net.request("a", ccr(3))) == "b"  # no Destination-Host: the first one


def test_a_request_goes_to_a_peer_that_agreed_on_its_application() -> None:
    net = Net()
    net.add("a", local("a", frozenset({APP_CC, APP_OTHER})), seed=1)
    net.add("b", local("b", frozenset({APP_OTHER})), seed=2)
    net.add("c", local("c", frozenset({APP_CC})), seed=3)
    net.connect("a", "b")
    net.connect("a", "c")
    for s in ("b", "c"):
        net.services[s].handle(STR, sta_handler(s))
    assert routed_to(net, net.request("a", ccr(1))) == "c"
    # STR (and ASR, RAR) take their application from Auth-Application-Id
    assert routed_to(net, net.request("a", str_(1, APP_CC))) == "c"
    assert routed_to(net, net.request("a", str_(2, APP_OTHER))) == "b"
    # a Destination-Host wins over the application
    assert routed_to(net, net.request("a", str_(3, APP_CC, dest="b"))) == "b"


def test_an_application_no_peer_agreed_on_goes_to_the_first_open_peer() -> None:
    net = Net()
    net.add("a", local("a", frozenset({APP_CC, APP_OTHER})), seed=1)
    net.add("b", local("b", frozenset({APP_OTHER})), seed=2)
    net.connect("a", "b")
    net.services["b"].handle(STR, sta_handler("b"))
    ref = net.request("a", str_(1, 16777238))
    assert routed_to(net, ref) == "b"


def test_a_peer_of_the_destination_realm_comes_first_among_those_that_agreed() -> None:
    net = Net()
    net.add("a", seed=1)
    net.add("b", local("b", frozenset({APP_CC}), realm="other.net"), seed=2)
    net.add("c", local("c", frozenset({APP_CC})), seed=3)
    net.connect("a", "b")
    net.connect("a", "c")
    assert routed_to(net, net.request("a", ccr(1))) == "c"  # Destination-Realm example.com
    other = ccr(2)
    other = CCR(
        **{
            **{
                f: getattr(other, f)
                for f in (
                    "session_id",
                    "origin_host",
                    "origin_realm",
                    "auth_application_id",
                    "service_context_id",
                    "cc_request_type",
                    "cc_request_number",
                )
            },
            "destination_realm": "other.net",
        }
    )
    assert routed_to(net, net.request("a", other)) == "b"


def test_a_relay_peer_takes_every_application() -> None:
    relay = RELAY_APPLICATION_ID
    net = Net()
    net.add("a", local("a", frozenset({relay})), seed=1)
    net.add("b", local("b", frozenset({APP_OTHER})), seed=2)
    net.add("c", local("c", frozenset({relay})), seed=3)
    net.connect("a", "b")
    net.connect("a", "c")
    assert routed_to(net, net.request("a", ccr(1))) == "c"


def test_a_received_request_of_application_0_is_not_refused_as_unsupported() -> None:
    """The base application (Application-Id 0) is agreed with every peer: an unknown base
    command gets 3001, never 3007."""
    net = client_and_servers("s")
    conn = net.conn_of("s", "a")
    before = len(net.seen["s"])
    net.inject("s", conn, generic(8388001, 0))
    [answer] = [o.data for _, o in net.seen["s"][before:] if isinstance(o, Write)]
    assert answer[4] & FLAG_E and result_code(answer) == ResultCode.DIAMETER_COMMAND_UNSUPPORTED


def test_a_request_to_an_unknown_or_closed_peer_is_a_peer_error_naming_it() -> None:
    net = client_and_servers("b")
    a = net.services["a"]
    with pytest.raises(PeerError, match="nowhere"):
        a.request(net.now, ccr(1), timeout=1.0, peer="nowhere")
    with pytest.raises(PeerError, match="nowhere"):
        a.probe(net.now, "nowhere")
    net.services["a"].disconnect(net.now, a.peers["b"])
    net.feed("a", a.disconnect(net.now, a.peers["b"]))
    with pytest.raises(PeerError, match="no open peer"):
        a.request(net.now, ccr(1), timeout=1.0)
    with pytest.raises(PeerError, match="no open peer"):
        a.probe(net.now)
    with pytest.raises(PeerError, match="b"):
        a.request(net.now, ccr(1), timeout=1.0, peer="b")


def test_a_peer_that_is_not_open_yet_takes_no_request_and_no_probe() -> None:
    net = Net()
    a = net.add("a", seed=1)
    net.add("b", seed=2)
    net.unreachable.add("b")
    entry = net.connect("a", "b")
    assert entry.host == "b" and a.peers["b"] is entry  # known before it answers
    assert not entry.up and a.open_peers() == []
    with pytest.raises(PeerError):
        a.request(net.now, ccr(1), timeout=1.0)
    with pytest.raises(PeerError):
        a.request(net.now, ccr(1), timeout=1.0, peer="b")
    with pytest.raises(PeerError):
        a.probe(net.now)


def test_a_full_peer_is_overloaded_and_the_error_names_it() -> None:
    net = Net()
    net.add("a", seed=1, limits=__import__("diameter.core.service", fromlist=["Limits"]).Limits(max_pending=1))
    net.add("b", seed=2)
    net.connect("a", "b")
    net.manual.add("b")
    net.request("a", ccr(1))
    with pytest.raises(Overloaded, match="b"):
        net.services["a"].request(net.now, ccr(2), timeout=1.0)


# -- 2. failover (RFC 6733 §5.5.4) -------------------------------------------------------------


def test_failover_keeps_the_end_to_end_id_takes_a_new_hop_by_hop_id_and_routes_again() -> None:
    """Requests pending on a peer that fails go to another (routed again: here by their
    Destination-Host), with the T flag, the same End-to-End identifier and a Hop-by-Hop
    identifier of the new connection."""
    net = client_and_servers("b", "c", "d")
    a = net.services["a"]
    net.manual.update({"b", "d"})
    refs = [net.request("a", ccr(i, dest="d"), peer="b") for i in range(3)]
    originals = net.requests_at("b")
    assert len(originals) == 3
    net.request("a", ccr(9), peer="d")  # one before, on d's connection
    net.cut("a", net.conn_of("a", "b"))
    moved = [d for d in net.requests_at("d") if d[4] & FLAG_T]
    assert len(moved) == 3 and not net.requests_at("c")
    assert [peek_header(d).end_to_end for d in moved] == [peek_header(d).end_to_end for d in originals]
    assert [d[20:] for d in moved] == [d[20:] for d in originals]
    # Hop-by-Hop identifiers of d's connection: unique, one after the other
    net.request("a", ccr(10), peer="d")
    on_d = [peek_header(d).hop_by_hop for d in net.requests_at("d")]
    assert on_d == list(range(on_d[0], on_d[0] + 5))
    for dsp in list(net.dispatched["d"]):
        net.answer("d", dsp)
    for ref in refs:
        assert routed_to(net, ref) == "d"
    assert len(a.peers["d"].pending) == 0


def test_requests_no_peer_can_take_fail_at_once_each_naming_the_peer_and_why() -> None:
    net = client_and_servers("b")
    net.manual.add("b")
    net.advance(1.0)
    refs = [net.request("a", ccr(i)) for i in range(3)]
    net.feed("b", net.services["b"].disconnect(net.now, net.services["b"].peers["a"]))
    [down] = net.outputs("a", PeerDown)
    assert isinstance(down, PeerDown) and down.peer is net.services["a"].peers["b"]
    for ref in refs:
        rej = net.result("a", ref)
        assert isinstance(rej, Reject) and type(rej.error) is PeerError
        assert "b" in str(rej.error) and down.reason in str(rej.error)
    assert [t for t, _ in net.timed("a", Reject)] == [1.0] * 3


def test_failover_onto_a_full_peer_rejects_every_request_as_overloaded() -> None:
    from diameter.core.service import Limits

    net = client_and_servers("b", "c", client_limits=Limits(max_pending=2))
    net.manual.update({"b", "c"})
    net.request("a", ccr(0), peer="c")
    net.request("a", ccr(1), peer="c")
    refs = [net.request("a", ccr(2 + i), peer="b") for i in range(2)]
    net.cut("a", net.conn_of("a", "b"))
    for ref in refs:
        rej = net.result("a", ref)
        assert isinstance(rej, Reject) and isinstance(rej.error, Overloaded) and "b" in str(rej.error)


def test_a_request_kept_on_a_suspect_peer_is_still_answered_by_it() -> None:
    net = client_and_servers("b", server_tw=1000.0)
    a = net.services["a"]
    net.hold.add(("b", "a"))
    ref = net.request("a", ccr(1))
    net.advance_until(lambda: wd(a, "b") is not WatchdogState.OKAY)
    assert net.result("a", ref) is None
    net.hold.clear()
    net.release()
    assert routed_to(net, ref) == "b"


def test_a_request_kept_on_a_suspect_peer_fails_with_the_reason_when_it_closes() -> None:
    net = client_and_servers("b", server_tw=1000.0)
    a = net.services["a"]
    net.manual.add("b")
    ref = net.request("a", ccr(1))
    net.mute.add(("b", "a"))
    net.advance_until(lambda: state(a, "b") is not PeerState.I_OPEN)
    [down] = net.outputs("a", PeerDown)
    rej = net.result("a", ref)
    assert isinstance(rej, Reject) and isinstance(down, PeerDown) and down.reason in str(rej.error)


# -- 3. answers --------------------------------------------------------------------------------


def test_two_answers_in_one_read_both_resolve_and_answers_carry_no_t_flag() -> None:
    net = client_and_servers("b")
    net.hold.add(("b", "a"))
    refs = [net.request("a", ccr(i)) for i in range(2)]
    held = net.held
    net.held = []
    assert len(held) == 2
    conn = held[0][1]
    a_conn = net.ends[("b", conn)][1]
    net.inject("a", a_conn, held[0][2] + held[1][2])
    for ref in refs:
        assert routed_to(net, ref) == "b"
    for _, _, _, d in net.received["a"]:
        assert not d[4] & FLAG_T


def test_an_answer_matches_on_all_four_bytes_of_its_end_to_end_id() -> None:
    net = Net()
    a = Service(caps("a"), converter=DEFAULT_CONVERTER, tw=TW, tc=TC, rng=random.Random(1), start_time=1_700_000_000.0)
    a.handle(CCR, answering("a"))
    net.services["a"], net.seen["a"], net.received["a"], net.dispatched["a"] = a, [], [], []
    net.add("b", seed=2)
    net.connect("a", "b")
    ref = net.request("a", ccr(1))
    [sent] = net.requests_at("b")
    assert peek_header(sent).end_to_end >> 20 == 1_700_000_000 & 0xFFF  # RFC 6733 §3
    assert routed_to(net, ref) == "b"


def _answer_bytes(request: bytes, avps: list[Avp]) -> bytes:
    body = b"".join(x.encode() for x in avps)
    return (
        ((20 + len(body)) | 0x01000000).to_bytes(4, "big")
        + bytes((request[4] & ~FLAG_R & 0xFF,))
        + request[5:20]
        + body
    )


def test_an_answer_that_does_not_decode_fails_its_request_with_the_bytes_and_is_counted() -> None:
    net = client_and_servers("b")
    a = net.services["a"]
    net.manual.add("b")
    ref = net.request("a", ccr(1))
    [req] = net.requests_at("b")
    bad = _answer_bytes(req, [Avp(263, b"a;1;1", 0, AVP_M), Avp(268, b"\x00\x07", 0, AVP_M)])
    net.inject("a", net.conn_of("a", "b"), bad)
    rej = net.result("a", ref)
    assert isinstance(rej, Reject) and isinstance(rej.error, InvalidAnswer)
    assert rej.error.raw == bad and rej.error.error.result_code == ResultCode.DIAMETER_INVALID_AVP_LENGTH
    assert "b" in str(rej.error)
    assert a.counters[("b", "undecodable answer", ResultCode.DIAMETER_INVALID_AVP_LENGTH)] == 1


def test_an_answer_to_a_generic_request_resolves_as_a_generic_message_counted_without_result_code() -> None:
    net = client_and_servers("b")
    a = net.services["a"]
    net.mute.add(("b", "a"))  # b's own 3001 answer is lost
    msg = GenericMessage(
        command_code=8388002, application_id=APP_CC, request=True, proxiable=True, avps=(Avp(263, b"a;3;1", 0, AVP_M),)
    )
    ref = net.request("a", msg)
    [req] = net.requests_at("b", 8388002)
    ans = _answer_bytes(req, [Avp(263, b"a;3;1", 0, AVP_M)])
    net.inject("a", net.conn_of("a", "b"), ans)
    res = net.result("a", ref)
    assert isinstance(res, Resolve) and isinstance(res.answer, GenericMessage)
    assert a.counters[("b", "command 8388002", "-")] == 1
    assert a.counters[("b", "command 8388002", "sent")] == 1


# -- 4. the peer table ---------------------------------------------------------------------------


def test_connect_again_after_disconnect_reuses_the_entry_and_its_watchdog() -> None:
    net = client_and_servers("b")
    a = net.services["a"]
    entry = a.peers["b"]
    net.feed("a", a.disconnect(net.now, entry))
    assert state(a, "b") is PeerState.CLOSED and not entry.up and not reconnects(entry)
    net.advance(1.0)
    again, out = a.connect(net.now, "b", peer_host="b")
    net.feed("a", out)
    assert again is entry and up(entry)
    assert a.open_peers() == [entry] and reconnects(entry)
    assert len(net.outputs("a", PeerUp)) == 2


def test_after_stop_a_new_connect_reconnects_again() -> None:
    net = client_and_servers("b")
    a = net.services["a"]
    net.feed("a", a.stop(net.now))
    assert state(a, "b") is PeerState.CLOSED
    entry, out = a.connect(net.now, "b", peer_host="b")
    net.feed("a", out)
    assert entry.up
    net.cut("a", net.conn_of("a", "b"))
    down_at = net.now
    net.advance(TC)
    assert net.timed("a", Connect)[-1][0] == down_at + TC and entry.up


def test_connect_reconnects_by_default() -> None:
    net = Net()
    a = net.add("a", seed=1)
    net.add("b", seed=2)
    net.unreachable.add("b")
    entry, out = a.connect(net.now, "b", peer_host="b")
    net.feed("a", out)
    assert entry.reconnect and entry.configured
    net.advance(TC)
    assert [t for t, _ in net.timed("a", Connect)] == [0.0, TC]


def test_connect_without_identity_learns_it_from_the_cea() -> None:
    net = Net()
    a = net.add("a", seed=1)
    net.add("b", seed=2)
    entry, out = a.connect(net.now, "b")
    assert entry.host is None and "b" not in a.peers
    net.feed("a", out)
    assert host(entry) == "b" and a.peers["b"] is entry and up(entry)
    assert routed_to(net, net.request("a", ccr(1))) == "b"


def test_the_side_that_accepted_routes_requests_to_its_peer() -> None:
    net = client_and_servers("b")
    b = net.services["b"]
    entry = b.peers["a"]
    assert not entry.configured and b.open_peers() == [entry] and b.connections == 1
    ref, out = b.request(net.now, ccr(1, origin="b"), timeout=10.0)
    net.feed("b", out)
    res = net.result("b", ref)
    assert isinstance(res, Resolve) and isinstance(res.answer, CCA) and res.answer.origin_host == "a"
    ref2, out = net.services["a"].request(net.now, ccr(2), timeout=10.0)
    net.feed("a", out)
    assert routed_to(net, ref2) == "b"


def test_connect_to_an_identity_already_open_leaves_the_open_entry_in_the_table() -> None:
    net = Net()
    a = net.add("a", seed=1)
    net.add("b", seed=2)
    net.connect("b", "a")  # b connected to a: a's entry for b is open
    incoming = a.peers["b"]
    assert incoming.up and not incoming.configured
    net.unreachable.add("elsewhere")
    entry, out = a.connect(net.now, "elsewhere", peer_host="b")
    net.feed("a", out)
    assert entry is not incoming and a.peers["b"] is incoming
    ref = net.request("a", ccr(1), peer="b")
    assert routed_to(net, ref) == "b"


def test_known_peers_refuses_another_identity() -> None:
    net = Net()
    net.services["a"] = Service(
        caps("a"), converter=DEFAULT_CONVERTER, known_peers=["b"], tw=TW, tc=TC, rng=random.Random(1)
    )
    net.seen["a"], net.received["a"], net.dispatched["a"] = [], [], []
    a = net.services["a"]
    net.add("b", seed=2)
    net.add("c", seed=3)
    net.connect("b", "a")
    net.connect("c", "a")
    assert a.peers["b"].up and "c" not in a.peers
    assert state(net.services["c"], "a") is not PeerState.I_OPEN
    cea = [d for _, w, _, d in net.received["c"] if peek_header(d).command_code == 257]
    assert cea and result_code(cea[0]) == ResultCode.DIAMETER_UNKNOWN_PEER


def test_the_watchdog_runs_at_the_services_tw_and_the_seeded_node_is_reproducible() -> None:
    def run() -> list[float]:
        net = Net()
        net.add("a", seed=1, tw=6.0)
        net.add("b", seed=2, tw=1000.0)
        net.connect("a", "b")
        net.advance(40.0)
        return net.dwrs("a", "b")

    first = run()
    assert len(first) >= 5 and all(4.0 <= t2 - t1 <= 8.0 for t1, t2 in pairwise(first))
    assert run() == first


def test_the_cer_carries_the_connections_host_ip_addresses() -> None:
    a = Service(caps("a"), converter=DEFAULT_CONVERTER, rng=random.Random(1))
    entry, out = a.connect(0.0, "b", peer_host="b")
    assert [type(o) for o in out] == [Connect]
    out = a.connected(0.0, entry, 7, host_ip_addresses=(IPv4Address("10.1.2.3"),))
    [cer] = [o for o in out if isinstance(o, Write)]
    assert cer.conn == 7
    assert [a.data for a in avps_of(cer.data)[257]] == [b"\x00\x01\x0a\x01\x02\x03"]
    assert a.connections == 1


def test_a_message_longer_than_the_converters_limit_gets_5015() -> None:
    net = Net()
    small = Converter(max_length=2048)
    net.services["s"] = Service(caps("s"), converter=small, tw=TW, tc=TC, rng=random.Random(2))
    net.services["s"].handle(CCR, answering("s"))
    net.seen["s"], net.received["s"], net.dispatched["s"] = [], [], []
    net.add("a", seed=1)
    net.connect("a", "s")
    conn = net.conn_of("s", "a")
    ok = DEFAULT_CONVERTER.encode(ccr(1), hop_by_hop=0x51, end_to_end=0x61)
    big = generic(272, APP_CC, (Avp(263, b"a;1;1", 0, AVP_M), Avp(999, b"x" * 4000, 0, 0)))
    big = big[:12] + (0x52).to_bytes(4, "big") + big[16:]
    before = len(net.seen["s"])
    net.inject("s", conn, ok + big)
    answers = {peek_header(o.data).hop_by_hop: o.data for _, o in net.seen["s"][before:] if isinstance(o, Write)}
    assert set(answers) == {0x51, 0x52}
    assert result_code(answers[0x51]) == ResultCode.DIAMETER_SUCCESS
    assert result_code(answers[0x52]) == ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH


def test_handle_takes_request_classes_only() -> None:
    a = Service(caps("a"), converter=DEFAULT_CONVERTER)
    with pytest.raises(TypeError, match="CreditControlAnswer|CCA"):
        a.handle(CCA, answering("a"))
    with pytest.raises(TypeError):
        a.handle(int, answering("a"))
    a.handle(STR, sta_handler("a"))
    assert a.handlers[STR] is not None


# -- 5. reconnection -----------------------------------------------------------------------------


def _dpr_from_b(cause: DisconnectCause) -> tuple[Net, PeerEntry]:
    net = client_and_servers("b")
    entry = net.services["a"].peers["b"]
    net.advance(1.0)
    b = net.services["b"]
    net.feed("b", b.disconnect(net.now, b.peers["a"], cause))
    assert state(net.services["a"], "b") is PeerState.CLOSED
    dpas = [d for _, _, _, d in net.received["b"] if peek_header(d).command_code == 282 and not d[4] & FLAG_R]
    assert len(dpas) == 1  # a answered the DPR before closing
    return net, entry


def test_a_peer_that_rebooted_is_reconnected_after_tc() -> None:
    net, entry = _dpr_from_b(DisconnectCause.REBOOTING)
    net.advance(TC - 0.5)
    assert len(net.outputs("a", Connect)) == 1
    net.advance(0.5)
    assert [t for t, _ in net.timed("a", Connect)] == [0.0, 1.0 + TC] and entry.up


def test_a_busy_peer_is_reconnected_after_8_tc() -> None:
    net, entry = _dpr_from_b(DisconnectCause.BUSY)
    net.advance(8 * TC - 0.5)
    assert len(net.outputs("a", Connect)) == 1
    net.advance(1.0)
    assert [t for t, _ in net.timed("a", Connect)] == [0.0, 1.0 + 8 * TC] and entry.up


def test_a_peer_that_does_not_want_to_talk_to_us_is_not_reconnected() -> None:
    net, entry = _dpr_from_b(DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU)
    net.advance(100 * TC)
    assert len(net.outputs("a", Connect)) == 1 and not entry.reconnect and entry.restart_at is None
    assert net.services["a"].deadline is None


def test_a_peer_that_connected_back_meanwhile_is_not_connected_to_again() -> None:
    net = client_and_servers("b", server_tw=1000.0)
    a = net.services["a"]
    entry = a.peers["b"]
    net.cut("a", net.conn_of("a", "b"))
    net.connect("b", "a")  # b connects to a before a's reconnection is due
    assert entry.up and state(a, "b") is PeerState.R_OPEN
    net.advance(TC + 1)
    assert len(net.outputs("a", Connect)) == 1 and state(a, "b") is PeerState.R_OPEN


def test_a_late_timer_call_carries_out_everything_due() -> None:
    """The I/O layer may call ``timer`` late: a timeout, a watchdog DWR and a reconnection all
    due at once all come out."""
    net = client_and_servers("c", "b", server_tw=1000.0)
    a = net.services["a"]
    net.manual.add("c")
    ref = net.request("a", ccr(1), peer="c", timeout=5.0)
    net.cut("a", net.conn_of("a", "b"))
    late = net.now + TW + 5
    out = a.timer(late)
    rej = [o for o in out if isinstance(o, Reject)]
    assert len(rej) == 1 and rej[0].ref == ref and isinstance(rej[0].error, RequestTimeout)
    assert "c" in str(rej[0].error)
    assert any(isinstance(o, Write) and peek_header(o.data).command_code == 280 for o in out)
    assert any(isinstance(o, Connect) for o in out)


# -- 6. TLS ----------------------------------------------------------------------------------------


def test_a_peer_whose_origin_host_is_not_the_expected_one_is_closed_and_not_reconnected() -> None:
    net = Net()
    a = net.add("a", seed=1)
    net.add("b", seed=2)
    entry, out = a.connect(net.now, "b", peer_host="b", expected_host="b.example.org")
    assert entry.expected_host == "b.example.org"
    net.feed("a", out)
    assert not net.outputs("a", PeerUp) and not entry.up and not entry.reconnect
    dprs = [d for _, _, _, d in net.received["b"] if peek_header(d).command_code == 282 and d[4] & FLAG_R]
    assert len(dprs) == 1
    assert int.from_bytes(avps_of(dprs[0])[273][0].data, "big") == DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU
    net.advance(100 * TC)
    assert len(net.outputs("a", Connect)) == 1


def test_a_peer_with_the_expected_origin_host_opens() -> None:
    net = Net()
    a = net.add("a", seed=1)
    net.add("b", seed=2)
    entry, out = a.connect(net.now, "b", peer_host="b", expected_host="b")
    net.feed("a", out)
    [up] = net.outputs("a", PeerUp)
    assert isinstance(up, PeerUp) and up.peer is entry and entry.up


def test_start_tls_and_peer_up_name_the_peer() -> None:
    net = tls_pair()
    a = net.services["a"]
    [start] = net.outputs("a", StartTls)
    assert isinstance(start, StartTls) and start.peer is a.peers["s"]
    out = a.tls_done(net.now, start.conn)
    ups = [o for o in out if isinstance(o, PeerUp)]
    assert len(ups) == 1 and ups[0].peer is a.peers["s"]
    assert a.tls_done(net.now, 999) == []
    assert a.accepted(net.now, 1000) == []
    assert a.tls_done(net.now, 1000) == []  # before its CER: no peer yet


# -- 7. logs ---------------------------------------------------------------------------------------


def test_the_node_logs_name_the_peer(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="diameter.node")
    net = client_and_servers("b", "c", server_tw=1000.0)
    a = net.services["a"]
    net.manual.add("b")
    net.request("a", ccr(1), peer="b")
    net.mute.add(("b", "a"))
    net.advance_until(lambda: state(a, "b") is not PeerState.I_OPEN)  # suspected, failed over, closed
    net.mute.clear()
    net.advance(TC + 1)  # reconnected
    net.advance_until(lambda: wd(a, "b") is WatchdogState.OKAY)  # trusted again
    _dpr_from_b_net = net
    b = _dpr_from_b_net.services["b"]
    net.feed("b", b.disconnect(net.now, b.peers["a"], DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU))
    tls = tls_pair()
    [start] = tls.outputs("a", StartTls)
    assert isinstance(start, StartTls)
    tls.feed("a", tls.services["a"].tls_done(tls.now, start.conn, "handshake failed"))
    exp = Net()
    exp.add("a", seed=1)
    exp.add("b", seed=2)
    _, out = exp.services["a"].connect(exp.now, "b", peer_host="b", expected_host="other")
    exp.feed("a", out)
    records = [r for r in caplog.records if r.name == "diameter.node"]
    words = [set(re.findall(r"[\w.-]+", r.getMessage())) for r in records]
    for expected in (
        {"b", "suspected"},
        {"b", "trusted"},
        {"b", "closed", "watchdog"},
        {"reconnecting", "b", "10.0"},
        {"b", "open", "I-Open"},
        {"over", "b", "c"},
        {"b", "want"},
        {"s", "TLS", "handshake", "failed"},
        {"b", "other"},
    ):
        assert any(expected <= w for w in words), (expected, [r.getMessage() for r in records])


def test_a_connection_attempt_that_never_completes_gives_up_after_the_services_tc() -> None:
    a = Service(caps("a"), converter=DEFAULT_CONVERTER, tc=4.0, rng=random.Random(1))
    entry, out = a.connect(0.0, "b", peer_host="b", reconnect=False)
    assert [type(o) for o in out] == [Connect]
    assert not up(entry) and a.open_peers() == []
    with pytest.raises(PeerError):
        a.request(0.0, ccr(1), timeout=1.0)
    with pytest.raises(PeerError):
        a.probe(0.0)
    assert a.deadline == 4.0
    out = a.timer(4.0)
    downs = [o for o in out if isinstance(o, PeerDown)]
    assert len(downs) == 1 and downs[0].peer is entry and not up(entry)


def test_answers_the_node_drops_or_cannot_decode_are_logged_with_the_peer(caplog: pytest.LogCaptureFixture) -> None:
    net = client_and_servers("b")
    net.manual.add("b")
    net.request("a", ccr(1), timeout=1.0)
    [req] = net.requests_at("b")
    bad = _answer_bytes(req, [Avp(263, b"a;1;1", 0, AVP_M), Avp(268, b"\x00\x07", 0, AVP_M)])
    net.inject("a", net.conn_of("a", "b"), bad)  # undecodable
    net.inject("a", net.conn_of("a", "b"), bad)  # matches nothing any more
    words = [set(re.findall(r"[\w.-]+", r.getMessage())) for r in caplog.records if r.name == "diameter.node"]
    assert any({"undecodable", "b", "268"} <= w for w in words), words  # the peer, and the error
    assert any({"b", "matches"} <= w for w in words), words


def test_a_peer_that_failed_and_stays_unreachable_backs_off_then_reopens() -> None:
    net = client_and_servers("b", server_tw=1000.0)
    a = net.services["a"]
    net.unreachable.add("b")
    net.cut("a", net.conn_of("a", "b"))
    down_at = net.now
    net.advance(3 * TC + 1)
    assert [t - down_at for t, _ in net.timed("a", Connect)[1:]] == [TC, 3 * TC]
    net.unreachable.clear()
    net.advance(4 * TC)
    assert state(a, "b") is PeerState.I_OPEN and wd(a, "b") is WatchdogState.REOPEN


def test_a_probe_pending_when_its_peer_closes_fails_naming_the_peer() -> None:
    net = client_and_servers("b")
    a = net.services["a"]
    net.hold.add(("b", "a"))
    ref, out = a.probe(net.now, "b")
    net.feed("a", out)
    net.held.clear()
    net.cut("a", net.conn_of("a", "b"))
    rej = net.result("a", ref)
    [down] = net.outputs("a", PeerDown)
    assert isinstance(rej, Reject) and isinstance(down, PeerDown) and type(rej.error) is PeerError
    assert "b" in re.findall(r"[\w.-]+", str(rej.error)) and down.reason in str(rej.error)
    assert not net.outputs("a", ProbeAnswered)
