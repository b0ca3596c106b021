"""What an agent reads and writes in the bytes (diameter.core.agent), checked on hand-built
messages: every boundary of the AVP walk, vendor AVPs of the routing codes, repeated AVPs,
values that are not UTF-8, messages longer than 64 KiB and bytes past the Message Length, and
Application-Ids above 2^24; and the routing table's own texts (diameter.routing)."""

from __future__ import annotations

import struct

import pytest

from diameter.core.agent import (
    RedirectUsage,
    add_proxy_info,
    forwarded,
    proxy_infos_echoed,
    redirect_answer,
    redirect_of,
    result_code,
    routing_view,
    take_proxy_info,
)
from diameter.errors import InvalidAvpLength
from diameter.routing import Route, RouteTable, Server
from diameter.wire import AVP_M, FLAG_E, FLAG_P, FLAG_R, FLAG_T, Avp, iter_avps, peek_header

BIG_APP = 0xFFFFFFF0


def msg(
    *avps: Avp | bytes, flags: int = FLAG_R | FLAG_P, code: int = 272, app: int = 4, hbh: int = 7, tail: bytes = b""
) -> bytes:
    """A message of these AVPs (bytes are taken as they are); ``tail``: bytes past its length."""
    body = b"".join(a if isinstance(a, bytes) else a.encode() for a in avps)
    head = struct.pack("!I", 0x01000000 | (20 + len(body))) + bytes((flags,)) + code.to_bytes(3, "big")
    return head + struct.pack("!III", app, hbh, 99) + body + tail


def text(code: int, value: str | bytes, vendor: int = 0) -> Avp:
    return Avp(code, value.encode() if isinstance(value, str) else value, vendor, AVP_M)


def u32(code: int, value: int) -> Avp:
    return Avp(code, value.to_bytes(4, "big"), 0, AVP_M)


# -- routing_view -----------------------------------------------------------------------------------


def test_routing_view_reads_each_routing_avp_and_the_first_of_each_repeated_one() -> None:
    raw = msg(
        text(263, "s;1"),
        text(263, "s;2"),
        text(283, "one.example"),
        text(283, "two.example"),
        text(293, "h1"),
        text(293, "h2"),
        text(264, "o1"),
        text(264, "o2"),
        text(1, "alice"),
        text(1, "bob"),
        text(282, "r1"),
        text(282, "r2"),
        app=BIG_APP,
    )
    v = routing_view(raw)
    assert (v.application_id, v.session_id, v.destination_realm, v.destination_host) == (
        BIG_APP,
        "s;1",
        "one.example",
        "h1",
    )
    assert (v.origin_host, v.user_name, v.route_records) == ("o1", "alice", ["r1", "r2"])


def test_routing_view_skips_vendor_avps_of_the_routing_codes_and_other_avps() -> None:
    raw = msg(
        text(283, "vendor.example", 10415),
        text(293, "vh", 10415),
        text(1, "vu", 10415),
        text(263, "vs", 10415),
        text(282, "vr", 10415),
        text(264, "vo", 10415),
        text(296, "realm.example"),  # Origin-Realm: not read
        text(283, "real.example"),
    )
    v = routing_view(raw)
    assert (v.destination_realm, v.destination_host, v.user_name, v.session_id, v.origin_host) == (
        "real.example",
        None,
        None,
        None,
        None,
    )
    assert v.route_records == []


def test_routing_view_reads_text_that_is_not_utf8_with_replacement_characters() -> None:
    v = routing_view(msg(text(283, b"\xffx"), text(282, b"a\xfe")))
    assert v.destination_realm == "\ufffdx" and v.route_records == ["a\ufffd"]


def test_routing_view_reads_up_to_the_message_length_only_and_past_64_kib() -> None:
    big = text(7777, b"x" * 70_000)
    raw = msg(big, text(283, "far.example"), tail=text(293, "not.this").encode())
    assert peek_header(raw).length > 65535
    v = routing_view(raw)
    assert v.destination_realm == "far.example" and v.destination_host is None


@pytest.mark.parametrize(
    ("body", "offset", "message"),
    [
        (b"\x00\x00\x01\x1b\x40\x00\x00", 20, "7 bytes left, too few for an AVP header"),
        (b"\x00\x00\x01\x1b\x40\x00\x00\x07", 20, "AVP 283 length 7 does not fit"),
        (b"\x00\x00\x01\x1b\xc0\x00\x00\x0b\x00\x00\x28\xaf", 20, "AVP 283 length 11 does not fit"),
        (b"\x00\x00\x01\x1b\x40\x00\x00\x10abcd", 20, "AVP 283 length 16 does not fit"),
        (text(263, "s").encode() + b"\x00\x00\x01\x1b\x40\x00\x00\x09", 32, "AVP 283 length 9 does not fit"),
    ],
)
def test_routing_view_refuses_avps_that_do_not_split(body: bytes, offset: int, message: str) -> None:
    with pytest.raises(InvalidAvpLength) as e:
        routing_view(msg(body))
    assert e.value.offset == offset and e.value.message == message and e.value.result_code == 5014


def test_routing_view_takes_exactly_a_header_or_a_vendor_header_long_avp() -> None:
    v = routing_view(msg(b"\x00\x00\x01\x1b\x40\x00\x00\x08", b"\x00\x00\x01\x25\xc0\x00\x00\x0c\x00\x00\x28\xaf"))
    assert v.destination_realm == "" and v.destination_host is None


# -- forwarding and Proxy-Info --------------------------------------------------------------------


def test_forwarded_keeps_the_flags_the_ids_and_drops_bytes_past_the_length() -> None:
    raw = msg(text(283, "x"), app=BIG_APP, flags=FLAG_R | FLAG_P, tail=b"junk")
    out = forwarded(raw, 0xA1B2C3D4, "peer.example")
    h = peek_header(out)
    assert (h.flags, h.application_id, h.hop_by_hop, h.end_to_end, h.length) == (
        FLAG_R | FLAG_P,
        BIG_APP,
        0xA1B2C3D4,
        99,
        len(out),
    )
    [(_, realm), (_, record)] = list(iter_avps(out, 20))
    assert realm == text(283, "x") and record == text(282, "peer.example")
    again = forwarded(out, 5, None, retransmit=True)
    assert again[4] == FLAG_R | FLAG_P | FLAG_T and again[20:] == out[20:]
    assert forwarded(raw, 1, None)[4] == raw[4]


def test_proxy_info_added_taken_and_echoed_exactly() -> None:
    raw = msg(text(263, "s;1"), text(283, "x"))
    mine = add_proxy_info(raw, "me.example", b"\x00\x01")
    [*_, (_, info)] = list(iter_avps(mine, 20))
    assert info.code == 284 and info.flags == AVP_M
    assert list(iter_avps(info.data)) == [(0, text(280, "me.example")), (20, Avp(33, b"\x00\x01", 0, AVP_M))]
    assert peek_header(mine).length == len(mine)
    # the answer: another's Proxy-Info before mine, and an AVP after it
    answer = msg(text(263, "s;1"), flags=FLAG_P)
    answer = add_proxy_info(add_proxy_info(answer, "other", b"o"), "me.example", b"\x00\x01")
    answer = answer[:1] + (len(answer) + 12).to_bytes(3, "big") + answer[4:] + u32(268, 2001).encode()
    rest, state = take_proxy_info(answer + b"tail", "me.example")
    assert state == b"\x00\x01"
    assert [a.code for _, a in iter_avps(rest, 20)] == [263, 284, 268] and peek_header(rest).length == len(rest)
    assert take_proxy_info(answer, "ME.example") == (answer, None)
    no_state = add_proxy_info(msg(flags=0), "me", b"")
    no_state = no_state[:20] + Avp(284, text(280, "me").encode(), 0, AVP_M).encode()
    no_state = no_state[:1] + len(no_state).to_bytes(3, "big") + no_state[4:]
    assert take_proxy_info(no_state, "me")[1] == b""
    vendor = msg(Avp(284, text(280, "me").encode(), 10415, AVP_M))
    assert take_proxy_info(vendor, "me") == (vendor, None)
    broken_inner = msg(Avp(284, b"\x00\x00\x01\x18\x40\x00\x00\x30", 0, AVP_M))
    assert take_proxy_info(broken_inner, "me") == (broken_inner, None)
    broken = msg(b"\x00\x00\x01\x1c\x40\x00\x00\x07")
    assert take_proxy_info(broken, "me") == (broken, None)
    # §6.2: copied into an answer that has none, in their order; not into one that has one
    request = add_proxy_info(add_proxy_info(msg(text(283, "x")), "a", b"1"), "b", b"2")
    plain = msg(u32(268, 2001), flags=FLAG_P)
    echoed = proxy_infos_echoed(request, plain)
    assert [(a.code, a.value[0].data) for _, a in iter_avps(echoed, 20) if a.code == 284] == [(284, b"a"), (284, b"b")]
    assert echoed[: len(plain)][20:] == plain[20:] and peek_header(echoed).length == len(echoed)
    assert proxy_infos_echoed(request, echoed) == echoed
    assert proxy_infos_echoed(request + b"junk", plain) == echoed
    assert proxy_infos_echoed(msg(Avp(284, b"", 10415, AVP_M)), plain) == plain
    assert proxy_infos_echoed(msg(b"\x00\x00\x01\x1c\x40\x00\x00\x07"), plain) == plain
    assert proxy_infos_echoed(request, msg(b"\x00\x00\x01\x1c\x40\x00\x00\x07")) == msg(
        b"\x00\x00\x01\x1c\x40\x00\x00\x07"
    )


# -- Result-Code and redirects -------------------------------------------------------------------


def test_result_code_is_the_first_top_level_one_of_four_bytes() -> None:
    assert result_code(msg(u32(268, 3004), u32(268, 2001))) == 3004
    assert result_code(msg(text(263, "s"), u32(268, 0xFFFFFFFF))) == 0xFFFFFFFF
    assert result_code(msg(Avp(268, b"\x00\x00\x07\xd1", 10415, AVP_M), u32(268, 2001))) == 2001
    assert result_code(msg(Avp(268, b"\x00\x00\x07", 0, AVP_M))) is None
    assert result_code(msg(b"\x00\x00\x01\x0c\x40\x00\x00\x07")) is None
    assert result_code(msg(b"\x00\x00\x01\x0c\x40\x00\x00\x10\x00\x00\x07\xd1")) is None  # past the end
    assert result_code(msg(text(263, "s"), tail=u32(268, 2001).encode())) is None
    assert result_code(msg(text(7777, b"x" * 70_000), u32(268, 5003))) == 5003
    assert result_code(msg(b"\x00\x00\x01\x0c\x40\x00\x00")) is None  # 7 bytes: no AVP header


def test_redirect_answer_carries_what_its_usage_needs() -> None:
    request = msg(text(263, "s;1"), text(283, "x"), flags=FLAG_R | FLAG_P)
    data = redirect_answer(
        request, origin_host="rd", origin_realm="r.example", hosts=["aaa://a", "aaa://b"], usage=3, max_cache_time=60
    )
    h = peek_header(data)
    assert h.flags == FLAG_E | FLAG_P and (h.hop_by_hop, h.end_to_end, h.length) == (7, 99, len(data))
    avps = [a for _, a in iter_avps(data, 20)]
    assert [a.code for a in avps] == [263, 264, 296, 268, 292, 292, 261, 262]
    assert avps[4:] == [text(292, "aaa://a"), text(292, "aaa://b"), u32(261, 3), u32(262, 60)]
    assert redirect_of(data) == (["aaa://a", "aaa://b"], 3, 60)
    timed = redirect_answer(request, origin_host="rd", origin_realm="r", hosts=["aaa://a"], max_cache_time=0)
    assert [a for _, a in iter_avps(timed, 20)][-2:] == [u32(261, 0), u32(262, 0)]
    with_state = redirect_answer(request, origin_host="rd", origin_realm="r", hosts=["aaa://a"], origin_state_id=9)
    assert u32(278, 9) in [a for _, a in iter_avps(with_state, 20)]
    with pytest.raises(ValueError, match="needs a Redirect-Max-Cache-Time"):
        redirect_answer(request, origin_host="rd", origin_realm="r", hosts=["aaa://a"], usage=RedirectUsage.ALL_USER)


def test_redirect_of_reads_only_redirect_indications() -> None:
    e = FLAG_E | FLAG_P
    assert redirect_of(msg(u32(268, 3006), text(292, "aaa://a"), flags=e)) == (["aaa://a"], 0, 0)
    assert redirect_of(msg(u32(268, 3006), text(292, "aaa://a"), flags=FLAG_P)) is None  # no E bit
    assert redirect_of(msg(u32(268, 3004), text(292, "aaa://a"), flags=e)) is None
    assert redirect_of(msg(u32(268, 3006), flags=e)) is None  # no Redirect-Host
    assert redirect_of(msg(u32(268, 3006), text(292, "aaa://v", 10415), u32(261, 2), flags=e)) is None
    assert redirect_of(msg(u32(268, 3006), text(292, b"aaa://\xff"), flags=e)) == (["aaa://\ufffd"], 0, 0)
    odd = msg(u32(268, 3006), text(292, "aaa://a"), Avp(261, b"\x01", 0, AVP_M), Avp(262, b"", 0, AVP_M), flags=e)
    assert redirect_of(odd) == (["aaa://a"], 0, 0)
    vendor_usage = msg(u32(268, 3006), text(292, "aaa://a"), Avp(261, b"\x00\x00\x00\x02", 5, AVP_M), flags=e)
    assert redirect_of(vendor_usage) == (["aaa://a"], 0, 0)
    broken = msg(u32(268, 3006), text(292, "aaa://a"), b"\x00\x00\x01\x06\x40\x00\x00\x30", flags=e)
    assert redirect_of(broken) is None
    past = msg(u32(268, 3006), text(292, "aaa://a"), flags=e, tail=u32(261, 5).encode())
    assert redirect_of(past) == (["aaa://a"], 0, 0)


# -- the routing table's texts ----------------------------------------------------------------------


def test_routes_describe_themselves_and_check_their_values() -> None:
    r = Route(
        realm="example.net", application_id=4, servers=("a",), destination_host="h*", origin_host="o*", user_name="u*"
    )
    assert r.describe() == (
        "realm example.net, application 4, Destination-Host h*, Origin-Host o*, User-Name u*: relay"
    )
    assert Route().describe() == "realm *, application any: relay"
    assert Route(action="redirect", redirect_usage="all_user", redirect_max_cache_time=0).redirect_max_cache_time == 0
    with pytest.raises(ValueError, match="redirect_usage all_user needs a redirect_max_cache_time"):
        Route(redirect_usage="all_user")
    for bad in (-1, 2**32):
        with pytest.raises(ValueError, match=f"redirect_max_cache_time {bad} is not an Unsigned32"):
            Route(redirect_max_cache_time=bad)
    Route(redirect_max_cache_time=2**32 - 1)
    with pytest.raises(ValueError, match="server x: weight must be at least 1, not 0"):
        Server("x", 0, 0)
    assert Route(servers=("a", Server("b", 1, 2))).servers == (Server("a"), Server("b", 1, 2))


class _Req:
    """A request as the table reads it."""

    def __init__(self, **values: object) -> None:
        self.__dict__.update(values)


def test_matches_needs_every_pattern_given_to_match_a_string() -> None:
    r = Route(realm="r", application_id=4, user_name="*@vip")
    assert r.matches("r", 4, _Req(user_name="a@vip"))
    assert not r.matches("r", 4, _Req(user_name="a@other"))
    assert not r.matches("r", 4, _Req())  # no User-Name
    assert not r.matches("r", 4, _Req(user_name=b"a@vip"))
    assert not r.matches("other", 4, _Req(user_name="a@vip")) and not r.matches("r", 5, _Req(user_name="a@vip"))
    assert Route().matches(None, 0, None)
    assert not Route(destination_host="h").matches("r", 4, _Req(destination_host="H"))  # case counts


def test_the_table_knows_whether_it_forwards() -> None:
    assert not RouteTable([]).forwards and not RouteTable([Route(action="local")]).forwards
    assert RouteTable([Route(action="local"), Route(action="redirect")]).forwards
    assert RouteTable([Route()]).forwards


def test_explain_says_each_step_in_words() -> None:
    from diameter.apps.credit_control import CCR, CCRequestType

    def ccr(realm: str, host: str | None = None) -> CCR:
        return CCR(
            session_id="s",
            origin_host="o",
            origin_realm="r",
            destination_realm=realm,
            destination_host=host,
            auth_application_id=4,
            service_context_id="x",
            cc_request_type=CCRequestType.EVENT_REQUEST,
            cc_request_number=0,
        )

    table = RouteTable(
        [
            Route(realm="here.example", action="local"),
            Route(realm="far.example", application_id=4, servers=(Server("a", 1, 2), Server("b", 0, 5))),
            Route(realm="moved.example", action="redirect", servers=("aaa://c",)),
            Route(realm="empty.example", servers=()),
        ]
    )
    assert table.explain(ccr("far.example"), ["a", "b"]) == [
        "request: application 4, Destination-Realm far.example, Destination-Host None",
        "entry 2 of 4 matches (realm far.example, application 4: relay)",
        "its servers: a (priority 1, weight 2), b (priority 0, weight 5)",
        "-> b: the connected server of the best priority",
    ]
    assert table.explain(ccr("far.example", "a"), ["a"])[1:] == [
        "-> a: its Destination-Host is a connected peer (RFC 6733 §6.1.5)"
    ]
    assert table.explain(ccr("far.example", "z"), ["a"])[-1] == "-> a: the connected server of the best priority"
    assert table.explain(ccr("here.example"), [])[1:] == [
        "entry 1 of 4 matches (realm here.example, application any: local)",
        "-> handled by this node (action local)",
    ]
    assert table.explain(ccr("moved.example"), [])[-1] == (
        "-> answered DIAMETER_REDIRECT_INDICATION (3006) naming them, Redirect-Host-Usage DONT_CACHE"
    )
    assert table.explain(ccr("empty.example"), ["a"])[-2:] == [
        "its servers: none",
        "-> no connected server: DIAMETER_UNABLE_TO_DELIVER (3002)",
    ]
    assert table.explain(ccr("nowhere.example"), ["a"])[-1] == (
        "no entry matches: the default routing (a peer that agreed on the application, one of the realm first)"
    )
