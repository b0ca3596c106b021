"""Agent roles in the sans-IO core, on a fake clock: a relay forwarding from the bytes (RFC 6733
§6.1.8, §6.1.9), loops (3005), no route (3002), servers too busy (3004) and failing (the T flag),
a proxy's typed hooks and its Proxy-Info (§6.7), a redirect agent (§6.1.7) and clients that
follow and cache its indications (§6.13, §6.14). The same roles against freeDiameter:
tests/test_agent_freediameter.py."""

from __future__ import annotations

import struct

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from diameter.apps.base import AnswerMessage, ResultCode
from diameter.apps.credit_control import CCA, CCR
from diameter.capabilities import RELAY_APPLICATION_ID
from diameter.converter import DEFAULT_CONVERTER
from diameter.core.agent import (
    add_proxy_info,
    forwarded,
    proxy_infos_echoed,
    redirect_answer,
    redirect_of,
    routing_view,
    take_proxy_info,
)
from diameter.core.service import Limits, Reject, Resolve, Service
from diameter.errors import InvalidAvpLength
from diameter.routing import Route, RouteTable, Server
from diameter.schema import Message, evolve
from diameter.types import DiameterURI
from diameter.wire import AVP_M, FLAG_E, FLAG_R, FLAG_T, Avp, iter_avps, peek_header

from test_service import REALM, Net, avps_of, caps, ccr, decode, generic, result_code

RELAY = frozenset({RELAY_APPLICATION_ID})


def relay_net(
    *servers: str, action: str = "relay", route: Route | None = None, limits: Limits | None = None
) -> tuple[Net, Service]:
    """Client ``a`` → agent ``r`` → ``servers`` (each connected to ``r``)."""
    net = Net()
    net.add("a", seed=1)
    r = net.add("r", caps("r", RELAY), seed=2, limits=limits)
    r.routing = RouteTable([route or Route(realm=REALM, application_id=4, action=action, servers=servers)])  # type: ignore[arg-type]
    for i, s in enumerate(servers):
        net.add(s, seed=10 + i)
        net.connect("r", s)
    net.connect("a", "r")
    return net, r


def route_records(raw: bytes) -> list[str]:
    return [a.data.decode("utf-8", "replace") for a in avps_of(raw).get(282, [])]


def answer_of(net: Net, ref: int) -> Message:
    res = net.result("a", ref)
    assert isinstance(res, Resolve), res
    return res.answer


# -- the bytes ---------------------------------------------------------------------------------


def test_forwarded_changes_the_hop_by_hop_identifier_and_appends_one_route_record() -> None:
    raw = DEFAULT_CONVERTER.encode(ccr(1), hop_by_hop=0x11, end_to_end=0x22)
    out = forwarded(raw, 0x99, "a.example.com")
    h = peek_header(out)
    assert (h.hop_by_hop, h.end_to_end, h.length) == (0x99, 0x22, len(out))
    assert out[20 : len(raw)] == raw[20:]  # its own AVPs untouched
    assert route_records(out) == ["a.example.com"]
    again = forwarded(out, 0x5, "b", retransmit=True)
    assert route_records(again) == ["a.example.com", "b"] and again[4] & FLAG_T
    assert forwarded(raw, 0x99, None)[20:] == raw[20:]


def test_routing_view_reads_the_routing_avps_and_refuses_avps_that_do_not_split() -> None:
    raw = forwarded(DEFAULT_CONVERTER.encode(ccr(1, dest="s1"), hop_by_hop=1, end_to_end=1), 2, "x")
    v = routing_view(forwarded(raw, 3, "y"))
    assert (v.application_id, v.destination_realm, v.destination_host, v.origin_host) == (4, REALM, "s1", "a")
    assert v.route_records == ["x", "y"] and v.session_id == "a;1;1" and v.user_name is None
    broken = raw[:1] + (len(raw) + 4).to_bytes(3, "big") + raw[4:] + b"\x00\x00\x01\x07"
    with pytest.raises(InvalidAvpLength):
        routing_view(broken)


def test_proxy_info_of_this_node_is_taken_from_the_answer_only_when_it_is_the_last_one() -> None:
    raw = DEFAULT_CONVERTER.encode(ccr(1), hop_by_hop=1, end_to_end=1)
    mine = add_proxy_info(add_proxy_info(raw, "other", b"o"), "me", b"\x01\x02")
    rest, state = take_proxy_info(mine, "me")
    assert state == b"\x01\x02" and rest == add_proxy_info(raw, "other", b"o")
    assert peek_header(rest).length == len(rest)
    assert take_proxy_info(rest, "me") == (rest, None)  # the last is another's
    assert take_proxy_info(raw, "me") == (raw, None)
    # §6.2: an answer without Proxy-Info gets the request's, in their order
    answer = DEFAULT_CONVERTER.encode(decode_cca(raw), hop_by_hop=1, end_to_end=1)
    echoed = proxy_infos_echoed(mine, answer)
    infos = [a for _, a in iter_avps(echoed, 20) if a.code == 284]
    assert [i.value[0].data for i in infos] == [b"other", b"me"]
    assert proxy_infos_echoed(mine, echoed) == echoed
    assert proxy_infos_echoed(raw, answer) == answer


def decode_cca(raw: bytes) -> CCA:
    req = decode(raw)
    assert isinstance(req, CCR)
    return CCA(
        session_id=req.session_id,
        result_code=2001,
        origin_host="s",
        origin_realm=REALM,
        auth_application_id=4,
        cc_request_type=req.cc_request_type,
        cc_request_number=req.cc_request_number,
    )


def test_a_redirect_answer_reads_back_and_a_caching_usage_needs_its_time() -> None:
    raw = DEFAULT_CONVERTER.encode(ccr(1), hop_by_hop=7, end_to_end=8)
    data = redirect_answer(
        raw, origin_host="rd", origin_realm=REALM, hosts=["aaa://s1:3868", "aaa://s2"], usage=2, max_cache_time=60
    )
    assert data[4] & FLAG_E and not data[4] & FLAG_R and result_code(data) == 3006
    assert redirect_of(data) == (["aaa://s1:3868", "aaa://s2"], 2, 60)
    assert isinstance(decode(data), AnswerMessage)
    plain = redirect_answer(raw, origin_host="rd", origin_realm=REALM, hosts=["aaa://s1"])
    assert redirect_of(plain) == (["aaa://s1"], 0, 0) and 261 not in avps_of(plain)
    with pytest.raises(ValueError, match="Redirect-Max-Cache-Time"):
        redirect_answer(raw, origin_host="rd", origin_realm=REALM, hosts=["aaa://s1"], usage=1)
    assert redirect_of(raw) is None


# -- relay ---------------------------------------------------------------------------------------


def test_a_relay_forwards_with_a_new_hop_by_hop_and_its_route_record_and_restores_the_answers() -> None:
    net, r = relay_net("s1")
    ref = net.request("a", ccr(1))
    [req_at_r] = net.requests_at("r")
    [req_at_s] = net.requests_at("s1")
    assert peek_header(req_at_s).hop_by_hop != peek_header(req_at_r).hop_by_hop
    assert peek_header(req_at_s).end_to_end == peek_header(req_at_r).end_to_end
    assert route_records(req_at_s) == ["a"]
    assert req_at_s[20 : len(req_at_r)] == req_at_r[20:]
    answer = answer_of(net, ref)
    assert isinstance(answer, CCA) and answer.origin_host == "s1" and answer.result_code == 2001
    [ans_at_s] = [d for _, w, _, d in net.received["r"] if w == "s1" and peek_header(d).command_code == 272]
    [ans_at_a] = [d for _, w, _, d in net.received["a"] if w == "r" and peek_header(d).command_code == 272]
    assert ans_at_a[:12] == ans_at_s[:12] and ans_at_a[16:] == ans_at_s[16:]
    assert peek_header(ans_at_a).hop_by_hop == peek_header(req_at_r).hop_by_hop
    assert r.counters[("s1", "command 272", "forwarded")] == 1


def test_a_relay_forwards_an_application_and_avps_in_no_dictionary() -> None:
    net = Net()
    net.add("a", caps("a", frozenset({4, 99999})), seed=1)
    r = net.add("r", caps("r", RELAY), seed=2)
    r.routing = RouteTable([Route(realm="far.example", action="relay", servers=("s1",))])
    net.add("s1", caps("s1", frozenset({99999})), seed=3)
    net.connect("r", "s1")
    net.connect("a", "r")
    avps = (
        Avp(263, b"a;1;1", 0, AVP_M),
        Avp(264, b"a", 0, AVP_M),
        Avp(296, REALM.encode(), 0, AVP_M),
        Avp(283, b"far.example", 0, AVP_M),
        Avp(7777, b"opaque", 424242, AVP_M),
    )
    raw = set_hbh(generic(4242, 99999, avps), 5)
    net.inject("r", net.conn_of("r", "a"), raw)
    [at_s] = net.requests_at("s1", 4242)
    assert at_s[20 : len(raw)] == raw[20:] and route_records(at_s) == ["a"]
    # s1 has no such command: its 3001 comes back to a with a's Hop-by-Hop identifier
    [back] = [d for _, w, _, d in net.received["a"] if w == "r" and peek_header(d).command_code == 4242]
    assert result_code(back) == 3001 and peek_header(back).hop_by_hop == 5 and back[4] & FLAG_E


def set_hbh(raw: bytes, hbh: int) -> bytes:
    return raw[:12] + struct.pack("!I", hbh) + raw[16:]


def test_two_relays_routing_to_each_other_answer_loop_detected() -> None:
    net = Net()
    net.add("a", seed=1)
    for name, other in (("r1", "r2"), ("r2", "r1")):
        svc = net.add(name, caps(name, RELAY), seed=len(name) + ord(name[1]))
        svc.routing = RouteTable([Route(realm=REALM, action="relay", servers=(other,))])
    net.connect("r1", "r2")
    net.connect("a", "r1")
    ref = net.request("a", ccr(1))
    answer = answer_of(net, ref)
    assert isinstance(answer, AnswerMessage) and answer.result_code == ResultCode.DIAMETER_LOOP_DETECTED
    assert answer.origin_host == "r1"
    [looped] = [d for d in net.requests_at("r1") if route_records(d)]
    assert route_records(looped) == ["a", "r1"]


def test_no_route_and_no_open_server_are_unable_to_deliver() -> None:
    net, _r = relay_net("s1")
    ref = net.request("a", evolve(ccr(1), destination_realm="nowhere.example"))
    answer = answer_of(net, ref)
    assert isinstance(answer, AnswerMessage) and answer.result_code == ResultCode.DIAMETER_UNABLE_TO_DELIVER
    assert "nowhere.example" in (answer.error_message or "")
    net.services["r"].disconnect(net.now, net.services["r"].peers["s1"])
    net.feed("r", [])
    net.advance(1)
    answer = answer_of(net, net.request("a", ccr(2)))
    assert isinstance(answer, AnswerMessage) and answer.result_code == ResultCode.DIAMETER_UNABLE_TO_DELIVER
    assert net.requests_at("s1") == [] or len(net.requests_at("s1")) == 0


def test_a_request_for_this_node_is_handled_here_not_forwarded() -> None:
    net, _r = relay_net("s1")
    answer = answer_of(net, net.request("a", ccr(1, dest="r")))
    assert isinstance(answer, CCA) and answer.origin_host == "r"
    assert net.requests_at("s1") == []


def test_destination_host_of_a_connected_peer_goes_to_it_directly() -> None:
    net, _r = relay_net("s1", "s2")
    for n in range(4):
        answer = answer_of(net, net.request("a", ccr(n, dest="s2")))
        assert isinstance(answer, CCA) and answer.origin_host == "s2"
    assert len(net.requests_at("s2")) == 4 and net.requests_at("s1") == []


def test_servers_are_chosen_by_priority_then_by_fewest_pending_per_weight() -> None:
    route = Route(realm=REALM, application_id=4, servers=(Server("s1", 1), Server("s2", 0, 1), Server("s3", 0, 3)))
    net, _r = relay_net("s1", "s2", "s3", route=route)
    net.manual.update({"s2", "s3"})
    for n in range(8):
        net.request("a", ccr(n))
    assert (len(net.requests_at("s1")), len(net.requests_at("s2")), len(net.requests_at("s3"))) == (0, 2, 6)


def test_too_busy_from_a_server_is_retried_at_another() -> None:
    net = Net()
    net.add("a", seed=1)
    r = net.add("r", caps("r", RELAY), seed=2)
    r.routing = RouteTable([Route(realm=REALM, servers=("s1", "s2"))])
    net.add("s1", limits=Limits(max_in_flight=1, max_queued=0), seed=3)
    net.add("s2", seed=4)
    net.connect("r", "s1")
    net.connect("r", "s2")
    net.connect("a", "r")
    net.manual.add("s1")
    first = net.request("a", ccr(1))  # taken by s1 and held
    second = net.request("a", ccr(2))  # s1 is full: 3004, retried at s2
    answer = answer_of(net, second)
    assert isinstance(answer, CCA) and answer.origin_host == "s2"
    assert net.result("a", first) is None
    # pinned to s1 by its Destination-Host: the 3004 is the answer
    pinned = answer_of(net, net.request("a", ccr(3, dest="s1")))
    assert isinstance(pinned, AnswerMessage) and pinned.result_code == 3004 and pinned.origin_host == "s1"


def test_a_failed_server_has_its_forwarded_requests_retransmitted_with_the_t_flag() -> None:
    net, _r = relay_net("s1", "s2")
    net.manual.add("s1")
    refs = [net.request("a", ccr(n)) for n in range(6)]
    held = len(net.dispatched["s1"])
    assert held >= 1
    net.cut("r", net.conn_of("r", "s1"))
    retransmitted = [d for d in net.requests_at("s2") if d[4] & FLAG_T]
    assert len(retransmitted) == held
    assert all(route_records(d) == ["a"] for d in retransmitted)
    for ref in refs:
        assert isinstance(answer_of(net, ref), CCA)


def test_a_failed_server_with_no_other_gets_unable_to_deliver_and_a_silent_one_times_out() -> None:
    net, r = relay_net("s1")
    net.manual.add("s1")
    ref = net.request("a", ccr(1))
    net.cut("r", net.conn_of("r", "s1"))
    answer = answer_of(net, ref)
    assert isinstance(answer, AnswerMessage) and answer.result_code == ResultCode.DIAMETER_UNABLE_TO_DELIVER
    net.advance_until(lambda: net.services["r"].peers["s1"].peer.available)
    r.forward_timeout = 5.0
    ref = net.request("a", ccr(2))
    net.advance(5.5)
    answer = answer_of(net, ref)
    assert isinstance(answer, AnswerMessage) and answer.result_code == ResultCode.DIAMETER_UNABLE_TO_DELIVER
    assert "no answer from s1" in (answer.error_message or "")


def test_a_relay_with_a_full_pending_table_answers_too_busy() -> None:
    net, _r = relay_net("s1", limits=Limits(max_pending=2))
    net.manual.add("s1")
    refs = [net.request("a", ccr(n)) for n in range(3)]
    answer = answer_of(net, refs[2])
    assert isinstance(answer, AnswerMessage) and answer.result_code == ResultCode.DIAMETER_TOO_BUSY


# -- proxy -------------------------------------------------------------------------------------


def test_a_proxy_hook_rewrites_the_request_and_the_answer_and_its_proxy_info_comes_and_goes() -> None:
    net, r = relay_net("s1", action="proxy")
    r.hooks[CCR] = lambda req: evolve(req, service_context_id="rewritten@example")
    r.hooks[CCA] = lambda ans: evolve(ans, origin_host="hidden.example")
    answer = answer_of(net, net.request("a", evolve(ccr(1), proxy_info=())))
    [at_s] = net.requests_at("s1")
    req = decode(at_s)
    assert isinstance(req, CCR) and req.service_context_id == "rewritten@example"
    assert [p.proxy_host for p in req.proxy_info] == ["r"] and route_records(at_s) == ["a"]
    assert isinstance(answer, CCA) and answer.origin_host == "hidden.example" and answer.proxy_info == ()
    [ans_at_r] = [d for _, w, _, d in net.received["r"] if w == "s1" and peek_header(d).command_code == 272]
    assert 284 in avps_of(ans_at_r)  # the server echoed it (§6.2); the proxy took it (§6.1.9)


def test_a_proxy_hook_may_answer_itself_and_a_failing_hook_is_5012() -> None:
    net, r = relay_net("s1", action="proxy")

    def refuse(req: CCR) -> CCA:
        return CCA(
            session_id=req.session_id,
            result_code=5003,
            origin_host="r",
            origin_realm=REALM,
            auth_application_id=4,
            cc_request_type=req.cc_request_type,
            cc_request_number=req.cc_request_number,
        )

    r.hooks[CCR] = refuse
    answer = answer_of(net, net.request("a", ccr(1)))
    assert isinstance(answer, CCA) and answer.result_code == 5003 and net.requests_at("s1") == []

    def broken(req: CCR) -> None:
        raise RuntimeError("bug")

    r.hooks[CCR] = broken
    answer = answer_of(net, net.request("a", ccr(2)))
    assert isinstance(answer, CCA) and answer.result_code == ResultCode.DIAMETER_UNABLE_TO_COMPLY


def test_a_relay_runs_no_hook_and_passes_proxy_info_of_others_through() -> None:
    net, r = relay_net("s1")
    r.hooks[CCR] = lambda req: pytest.fail("a relay runs no hook")
    from diameter.apps.base import ProxyInfo

    info = (ProxyInfo(proxy_host="up.example", proxy_state=b"\x07"),)
    answer = answer_of(net, net.request("a", evolve(ccr(1), proxy_info=info)))
    assert isinstance(answer, CCA) and answer.proxy_info == info


# -- redirect ----------------------------------------------------------------------------------


def redirect_net(usage: str = "dont_cache", cache: int | None = None) -> tuple[Net, Service]:
    net = Net()
    a = net.add("a", seed=1)
    a.target_of = lambda uri: uri.fqdn if isinstance(uri, DiameterURI) else None
    rd = net.add("rd", caps("rd", RELAY), seed=2)
    rd.routing = RouteTable(
        [
            Route(
                realm=REALM,
                action="redirect",
                servers=("s1",),
                redirect_usage=usage,  # type: ignore[arg-type]
                redirect_max_cache_time=cache,
            )
        ]
    )
    rd.uris["s1"] = "aaa://s1:3868;transport=tcp"
    net.add("s1", seed=3)
    net.connect("a", "rd")
    return net, rd


def test_a_client_follows_a_redirect_connecting_to_the_server_it_names() -> None:
    net, _rd = redirect_net()
    answer = answer_of(net, net.request("a", ccr(1)))
    assert isinstance(answer, CCA) and answer.origin_host == "s1"
    [redirect] = [d for _, w, _, d in net.received["a"] if w == "rd" and peek_header(d).command_code == 272]
    assert redirect_of(redirect) == (["aaa://s1:3868;transport=tcp"], 0, 0)
    assert net.services["a"].peers["s1"].up
    # DONT_CACHE: the next request goes to the redirect agent again
    answer_of(net, net.request("a", ccr(2)))
    assert len(net.requests_at("rd")) == 2


@pytest.mark.parametrize(
    ("usage", "same", "other"),
    [
        ("all_realm", ccr(2), evolve(ccr(3), destination_realm="other.example")),
        ("all_session", evolve(ccr(2), session_id="a;1;1"), ccr(3)),
        ("all_user", evolve(ccr(2), user_name="alice"), evolve(ccr(3), user_name="bob")),
    ],
)
def test_a_cached_redirect_sends_the_requests_of_its_usage_directly_until_it_expires(
    usage: str, same: CCR, other: CCR
) -> None:
    net, _rd = redirect_net(usage, 60)
    first = ccr(1) if usage != "all_user" else evolve(ccr(1), user_name="alice")
    assert isinstance(answer_of(net, net.request("a", first)), CCA)
    assert len(net.requests_at("rd")) == 1
    assert isinstance(answer_of(net, net.request("a", same)), CCA)
    assert len(net.requests_at("rd")) == 1 and len(net.requests_at("s1")) == 2
    res = net.result("a", net.request("a", other))
    assert len(net.requests_at("rd")) == 2, res
    net.advance(61)
    answer_of(net, net.request("a", same))
    assert len(net.requests_at("rd")) == 3


def test_a_redirect_to_an_unreachable_server_fails_the_request_and_loops_stop() -> None:
    net, _rd = redirect_net()
    net.unreachable.add("s1")
    res = net.result("a", net.request("a", ccr(1)))
    net.advance(1)
    res = net.result("a", 1)
    assert isinstance(res, (Reject, Resolve))
    # a redirect agent naming itself: followed at most MAX_REDIRECTS times, then answered
    net2, rd2 = redirect_net()
    rd2.routing = RouteTable([Route(realm=REALM, action="redirect", servers=("rd",))])
    answer = answer_of(net2, net2.request("a", ccr(1)))
    assert isinstance(answer, AnswerMessage) and answer.result_code == ResultCode.DIAMETER_REDIRECT_INDICATION
    assert len(net2.requests_at("rd")) == 4


def test_the_forwarded_requests_are_counted_until_answered() -> None:
    net, r = relay_net("s1", "s2")
    net.manual.update({"s1", "s2"})
    for n in range(4):
        net.request("a", ccr(n))
    assert r.forwarding == 4
    for s in ("s1", "s2"):
        while net.dispatched[s]:
            net.answer(s, net.dispatched[s].pop())
    assert r.forwarding == 0


# -- the asyncio node ----------------------------------------------------------------------------


def test_an_asyncio_relay_drains_its_forwarded_requests_and_runs_hooks_over_tcp() -> None:
    import asyncio

    from diameter.asyncio import Node

    async def main() -> None:
        server = Node(caps("s1"))

        async def slow(req: CCR) -> CCA:
            await asyncio.sleep(0.3)
            return decode_cca_of(req)

        server.handle(CCR, slow)
        sport = await server.listen("127.0.0.1", 0)
        relay = Node(
            caps("r", RELAY),
            routing=RouteTable([Route(realm=REALM, application_id=4, action="proxy", servers=("s1",))]),
        )
        relay.hook(CCR, lambda req: evolve(req, user_name="seen-by-proxy"))
        with pytest.raises(TypeError):
            relay.hook(int, lambda m: m)
        rport = await relay.listen("127.0.0.1", 0)
        await relay.connect("127.0.0.1", sport, peer_host="s1")
        client = Node(caps("a"))
        await client.connect("127.0.0.1", rport)
        pending = asyncio.ensure_future(client.request(ccr(1)))
        await asyncio.sleep(0.1)
        assert relay.service.forwarding == 1
        assert await relay.drain(5) == 0
        answer = await pending
        assert isinstance(answer, CCA) and answer.user_name == "seen-by-proxy" and answer.origin_host == "s1"
        for n in (client, relay, server):
            await n.close()

    asyncio.run(main())


def decode_cca_of(req: CCR) -> CCA:
    return CCA(
        session_id=req.session_id,
        result_code=2001,
        origin_host="s1",
        origin_realm=REALM,
        auth_application_id=4,
        cc_request_type=req.cc_request_type,
        cc_request_number=req.cc_request_number,
        user_name=req.user_name,
    )


def test_a_request_for_the_agents_realm_and_an_application_it_serves_is_handled_here() -> None:
    net = Net()
    net.add("a", seed=1)
    r = net.add("r", caps("r", frozenset({4, RELAY_APPLICATION_ID})), seed=2)
    r.routing = RouteTable([Route(realm=REALM, action="relay", servers=("s1",))])
    net.add("s1", seed=3)
    net.connect("r", "s1")
    net.connect("a", "r")
    answer = answer_of(net, net.request("a", ccr(1)))
    assert isinstance(answer, CCA) and answer.origin_host == "r" and net.requests_at("s1") == []
    # another application of the realm, or another realm: the table
    answer = answer_of(net, net.request("a", evolve(ccr(2), destination_realm="elsewhere")))
    assert isinstance(answer, AnswerMessage) and answer.result_code == ResultCode.DIAMETER_UNABLE_TO_DELIVER


def test_the_result_code_is_read_from_the_headers_and_nothing_else() -> None:
    from diameter.core.agent import result_code as read_result_code

    answer = DEFAULT_CONVERTER.encode(decode_cca(DEFAULT_CONVERTER.encode(ccr(1))), hop_by_hop=1, end_to_end=1)
    assert read_result_code(answer) == 2001
    assert read_result_code(DEFAULT_CONVERTER.encode(ccr(1))) is None  # a request has none
    vendor = answer[:20] + Avp(268, (3004).to_bytes(4, "big"), 10415, AVP_M).encode()
    vendor = vendor[:1] + len(vendor).to_bytes(3, "big") + vendor[4:]
    assert read_result_code(vendor) is None  # a vendor's AVP of the same code is another AVP
    broken = answer[:20] + b"\x00\x00\x01\x0c\x40\x00\x00\x04"  # an AVP Length below its header
    assert read_result_code(broken[:1] + len(broken).to_bytes(3, "big") + broken[4:]) is None
    wide = answer[:20] + Avp(268, b"\x00" * 8, 0, AVP_M).encode()
    assert read_result_code(wide[:1] + len(wide).to_bytes(3, "big") + wide[4:]) is None


# -- hostile bytes -----------------------------------------------------------------------------

_ROUTING_CODES = st.sampled_from([1, 263, 264, 268, 282, 283, 284, 293, 296, 7777])


@st.composite
def _raw_avps(draw: st.DrawFn) -> bytes:
    """AVPs as bytes: routing ones with any data, vendor ones, and now and then a broken one."""
    out = Avp(283, REALM.encode(), 0, AVP_M).encode() if draw(st.integers(0, 3)) else b""
    for _ in range(draw(st.integers(0, 8))):
        code = draw(_ROUTING_CODES)
        data = draw(st.one_of(st.sampled_from([REALM.encode(), b"r", b"s1", b"a", b""]), st.binary(max_size=12)))
        vendor = draw(st.sampled_from([0, 0, 10415]))
        out += Avp(code, data, vendor, AVP_M if draw(st.booleans()) else 0).encode()
    if draw(st.integers(0, 5)) == 0:
        out += draw(st.binary(min_size=1, max_size=12))  # a tail that is no AVP
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=_raw_avps(), app=st.sampled_from([4, 99999, 99999]), flags=st.sampled_from([0x80, 0xC0, 0x90, 0xC1]))
def test_any_request_a_relay_receives_is_forwarded_intact_or_answered(body: bytes, app: int, flags: int) -> None:
    net = Net()
    net.add("a", caps("a", frozenset({4, 99999})), seed=1)
    r = net.add("r", caps("r", RELAY), seed=2)
    r.routing = RouteTable([Route(realm=REALM, action="proxy", servers=("s1",))])
    r.hooks[CCR] = lambda req: req  # decoded, as a proxy's hook needs
    net.add("s1", caps("s1", frozenset({4, 99999})), seed=3)
    net.connect("r", "s1")
    net.connect("a", "r")
    raw = struct.pack("!I", 0x01000000 | (20 + len(body))) + bytes((flags,)) + (272).to_bytes(3, "big")
    raw += struct.pack("!III", app, 0x77, 0x88) + body
    before = len(net.received["a"])
    net.inject("r", net.conn_of("r", "a"), raw)  # nothing raises
    forwarded_ = [d for d in net.requests_at("s1") if peek_header(d).end_to_end == 0x88]
    back = [
        d
        for _, w, _, d in net.received["a"][before:]
        if w == "r" and peek_header(d).command_code == 272 and not d[4] & FLAG_R  # (a request to "a" itself)
    ]
    event("forwarded" if forwarded_ else "answered" if back else "closed or elsewhere")
    if forwarded_:
        [at_s] = forwarded_
        assert at_s[20 : len(raw)] == raw[20:] or 284 in avps_of(at_s)  # as it came (a hook may re-encode)
        assert route_records(at_s)[-1:] == ["a"]
    if state_of(net) and not forwarded_:
        assert back, "neither forwarded nor answered"
    for d in back:
        assert peek_header(d).hop_by_hop == 0x77


def state_of(net: Net) -> bool:
    """Whether the relay still has the client as an open peer (a message that breaks the
    framing closes the connection instead of being answered)."""
    e = net.services["r"].peers.get("a")
    return e is not None and e.up
