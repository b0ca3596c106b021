"""The node's own answers (:func:`diameter.core.answers.own_answer`), on requests built byte by
byte from RFC 6733 §3 (the header) and §4.1 (the AVP header), and read back the same way."""

from __future__ import annotations

import struct

import pytest

from diameter import Avp
from diameter.apps.base import ORIGIN_HOST as ORIGIN_HOST_DEF
from diameter.apps.base import RESULT_CODE as RESULT_CODE_DEF
from diameter.apps.base import SESSION_ID as SESSION_ID_DEF
from diameter.apps.base import AccountingAnswer, AnswerMessage, CapabilitiesExchangeAnswer, ResultCode
from diameter.apps.credit_control import CC_REQUEST_TYPE as CC_REQUEST_TYPE_DEF
from diameter.apps.credit_control import CCA
from diameter.converter import DEFAULT_CONVERTER
from diameter.core.answers import is_protocol_error, own_answer
from diameter.schema import AVP, Answer, Request, command, repeated
from diameter.schema import avp as schema_avp

R, P, E, T = 0x80, 0x40, 0x20, 0x10
V, M = 0x80, 0x40
HBH, E2E = 0x11223344, 0x55667788

SESSION_ID, ORIGIN_HOST, ORIGIN_REALM, RESULT_CODE = 263, 264, 296, 268
ORIGIN_STATE_ID, ERROR_MESSAGE, FAILED_AVP, PROXY_INFO = 278, 281, 279, 284
PROXY_HOST, PROXY_STATE = 280, 33
AUTH_APPLICATION_ID, CC_REQUEST_TYPE, CC_REQUEST_NUMBER = 258, 416, 415
SERVICE_CONTEXT_ID, DESTINATION_REALM, USER_NAME = 461, 283, 1


# -- RFC 6733 §3 and §4.1, by hand ----------------------------------------------------------------


def avp(code: int, data: bytes, flags: int = M, vendor: int | None = None, length: int | None = None) -> bytes:
    """An AVP: Code (32), Flags (8), Length (24), [Vendor-ID (32)], data, padding to 32 bits.
    ``length`` overrides the AVP Length field (to make it lie)."""
    if vendor is None:
        real = 8 + len(data)
        head = struct.pack("!II", code, (flags << 24) | (real if length is None else length))
    else:
        real = 12 + len(data)
        head = struct.pack("!III", code, ((flags | V) << 24) | (real if length is None else length), vendor)
    return head + data + b"\x00" * (-len(data) % 4)


def u32(n: int) -> bytes:
    return struct.pack("!I", n)


def request(
    *avps: bytes,
    flags: int = R | P,
    code: int = 272,
    app: int = 4,
    hbh: int = HBH,
    e2e: int = E2E,
    length: int | None = None,
) -> bytes:
    """A message: Version (8), Message Length (24), Flags (8), Command Code (24), Application-Id,
    Hop-by-Hop, End-to-End (32 each), then the AVPs."""
    body = b"".join(avps)
    n = 20 + len(body) if length is None else length
    return struct.pack("!IIIII", (1 << 24) | n, (flags << 24) | code, app, hbh, e2e) + body


def parse(raw: bytes) -> tuple[tuple[int, int, int, int, int, int, int], list[tuple[int, int, int, bytes]]]:
    """(version, length, flags, code, application, hop-by-hop, end-to-end) and the AVPs
    (code, flags, vendor, data) of a whole message."""
    vl, fc, app, hbh, e2e = struct.unpack_from("!IIIII", raw)
    head = (vl >> 24, vl & 0xFFFFFF, fc >> 24, fc & 0xFFFFFF, app, hbh, e2e)
    assert head[1] == len(raw) and len(raw) % 4 == 0
    return head, parse_avps(raw[20:])


def parse_avps(data: bytes) -> list[tuple[int, int, int, bytes]]:
    out = []
    pos = 0
    while pos < len(data):
        code, fl = struct.unpack_from("!II", data, pos)
        flags, length = fl >> 24, fl & 0xFFFFFF
        vendor = struct.unpack_from("!I", data, pos + 8)[0] if flags & V else 0
        start = pos + (12 if flags & V else 8)
        assert length >= start - pos and pos + length <= len(data)
        out.append((code, flags, vendor, data[start : pos + length]))
        pos += (length + 3) & ~3
    assert pos == len(data)
    return out


def codes(raw: bytes) -> list[int]:
    return [c for c, _, _, _ in parse(raw)[1]]


def data_of(raw: bytes, code: int) -> list[bytes]:
    return [d for c, _, _, d in parse(raw)[1] if c == code]


def answer(
    req: bytes,
    rc: int,
    *,
    answer_class: type | None = None,
    failed: tuple[Avp, ...] = (),
    error_message: str | None = None,
    origin_state_id: int | None = None,
) -> bytes:
    return own_answer(
        req,
        rc,
        origin_host="node.example.com",
        origin_realm="example.com",
        answer_class=answer_class,
        failed=failed,
        error_message=error_message,
        origin_state_id=origin_state_id,
    )


SESSION = avp(SESSION_ID, b"client.example.com;1;42")
CCR_AVPS = (
    SESSION,
    avp(ORIGIN_HOST, b"client.example.com"),
    avp(ORIGIN_REALM, b"example.com"),
    avp(DESTINATION_REALM, b"example.com"),
    avp(AUTH_APPLICATION_ID, u32(4)),
    avp(SERVICE_CONTEXT_ID, b"32251@3gpp.org"),
    avp(CC_REQUEST_TYPE, u32(4)),
    avp(CC_REQUEST_NUMBER, u32(9)),
)


def proxy_info(host: bytes, state: bytes) -> bytes:
    return avp(PROXY_INFO, avp(PROXY_HOST, host) + avp(PROXY_STATE, state))


# -- tests -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rc, protocol",
    [
        (1001, False),
        (2001, False),
        (2999, False),
        (3000, True),
        (3001, True),
        (3007, True),
        (3999, True),
        (4000, False),
        (4001, False),
        (5005, False),
        (5012, False),
    ],
)
def test_is_protocol_error_is_3xxx(rc: int, protocol: bool) -> None:
    assert is_protocol_error(rc) is protocol


@pytest.mark.parametrize("rc", [2001, 2999, 3000, 3004, 3999, 4000, 4001, 5005, 5012])
@pytest.mark.parametrize("cls", [None, CCA])
def test_the_e_bit_is_set_for_protocol_errors_only(rc: int, cls: type | None) -> None:
    raw = answer(request(*CCR_AVPS), rc, answer_class=cls)
    (_, _, flags, _, _, _, _), _ = parse(raw)
    assert bool(flags & E) is (3000 <= rc < 4000)
    assert not flags & R and not flags & T
    assert data_of(raw, RESULT_CODE) == [u32(rc)]


@pytest.mark.parametrize("req_flags", [R, R | P, R | P | T, R | T])
def test_the_p_bit_is_copied_and_r_and_t_are_not(req_flags: int) -> None:
    for rc in (3001, 5005):
        (_, _, flags, _, _, _, _), _ = parse(answer(request(*CCR_AVPS, flags=req_flags), rc, answer_class=CCA))
        assert flags & P == req_flags & P
        assert flags & ~(P | E) == 0


def test_the_header_fields_are_copied() -> None:
    req = request(*CCR_AVPS, code=0x123456, app=0xDEADBEEF, hbh=0xCAFEF00D, e2e=0x0BADC0DE)
    for rc in (3001, 5012):
        (version, _length, _, code, app, hbh, e2e), _ = parse(answer(req, rc))
        assert (version, code, app, hbh, e2e) == (1, 0x123456, 0xDEADBEEF, 0xCAFEF00D, 0x0BADC0DE)


def test_origin_host_realm_result_code_state_and_error_message() -> None:
    raw = answer(request(*CCR_AVPS), 3001, origin_state_id=77, error_message="no such command")
    assert codes(raw) == [SESSION_ID, ORIGIN_HOST, ORIGIN_REALM, RESULT_CODE, ORIGIN_STATE_ID, ERROR_MESSAGE]
    assert data_of(raw, ORIGIN_HOST) == [b"node.example.com"]
    assert data_of(raw, ORIGIN_REALM) == [b"example.com"]
    assert data_of(raw, ORIGIN_STATE_ID) == [u32(77)]
    assert data_of(raw, ERROR_MESSAGE) == [b"no such command"]
    msg = DEFAULT_CONVERTER.decode(raw)
    assert isinstance(msg, AnswerMessage) and msg.result_code == 3001 and msg.origin_state_id == 77


def test_the_session_id_comes_first_wherever_it_was_in_the_request() -> None:
    req = request(
        avp(ORIGIN_HOST, b"client.example.com"),
        avp(AUTH_APPLICATION_ID, u32(4)),
        avp(CC_REQUEST_TYPE, u32(1)),
        avp(CC_REQUEST_NUMBER, u32(0)),
        SESSION,
        avp(SESSION_ID, b"second;1;1"),
    )
    for rc, cls in ((3001, None), (5012, CCA)):
        raw = answer(req, rc, answer_class=cls)
        assert codes(raw)[0] == SESSION_ID
        assert data_of(raw, SESSION_ID) == [b"client.example.com;1;42"]


def test_a_session_id_that_is_not_utf8_is_not_copied() -> None:
    req = request(avp(SESSION_ID, b"bad\xff\xfe;1"), *CCR_AVPS[1:])
    for rc, cls in ((3001, None), (5004, CCA)):
        raw = answer(req, rc, answer_class=cls)
        assert SESSION_ID not in codes(raw)
        assert codes(raw)[:3] == [ORIGIN_HOST, ORIGIN_REALM, RESULT_CODE]


def test_no_session_id_in_the_request_none_in_the_answer() -> None:
    raw = answer(request(*CCR_AVPS[1:]), 3001)
    assert codes(raw) == [ORIGIN_HOST, ORIGIN_REALM, RESULT_CODE]


def test_proxy_info_avps_are_copied_in_their_order() -> None:
    first, second, third = (
        proxy_info(b"p1.example.com", b"\x01\x02\x03"),
        proxy_info(b"p2.example.com", b"x"),
        proxy_info(b"p3.example.com", b""),
    )
    req = request(CCR_AVPS[0], first, *CCR_AVPS[1:4], second, *CCR_AVPS[4:], third)
    for rc, cls in ((3002, None), (5012, CCA)):
        raw = answer(req, rc, answer_class=cls, error_message="x")
        proxies = [(f, d) for c, f, _, d in parse(raw)[1] if c == PROXY_INFO]
        assert [d for _, d in proxies] == [first[8:], second[8:], third[8:]]
        assert all(f & M for f, _ in proxies)
        assert codes(raw)[-3:] == [PROXY_INFO] * 3  # last, after Error-Message (the CCFs' order)
    msg = DEFAULT_CONVERTER.decode(answer(req, 3002))
    assert isinstance(msg, AnswerMessage)
    assert [p.proxy_host for p in msg.proxy_info] == ["p1.example.com", "p2.example.com", "p3.example.com"]
    assert [p.proxy_state for p in msg.proxy_info] == [b"\x01\x02\x03", b"x", b""]


def test_the_answer_classes_required_avps_are_copied_for_a_permanent_failure() -> None:
    req = request(*CCR_AVPS, avp(USER_NAME, b"alice"))
    raw = answer(req, ResultCode.DIAMETER_UNABLE_TO_COMPLY, answer_class=CCA)
    assert data_of(raw, AUTH_APPLICATION_ID) == [u32(4)]
    assert data_of(raw, CC_REQUEST_TYPE) == [u32(4)]
    assert data_of(raw, CC_REQUEST_NUMBER) == [u32(9)]
    # not what CCA does not require (or does not have)
    for code in (SERVICE_CONTEXT_ID, DESTINATION_REALM, USER_NAME):
        assert code not in codes(raw)
    assert codes(raw).count(ORIGIN_HOST) == 1 and data_of(raw, ORIGIN_HOST) == [b"node.example.com"]
    cca = DEFAULT_CONVERTER.decode_as(CCA, raw)
    assert (cca.auth_application_id, cca.cc_request_type, cca.cc_request_number) == (4, 4, 9)
    assert cca.result_code == 5012 and cca.session_id == "client.example.com;1;42"
    assert (cca.hop_by_hop, cca.end_to_end) == (HBH, E2E)


def test_nothing_but_the_basics_is_copied_for_a_protocol_error_or_without_a_class() -> None:
    req = request(*CCR_AVPS)
    for raw in (answer(req, 3004, answer_class=CCA), answer(req, 5012)):
        assert codes(raw) == [SESSION_ID, ORIGIN_HOST, ORIGIN_REALM, RESULT_CODE]


def test_the_avp_in_failed_avp_is_never_copied() -> None:
    number = Avp(CC_REQUEST_NUMBER, u32(9), flags=M)
    raw = answer(request(*CCR_AVPS), ResultCode.DIAMETER_INVALID_AVP_VALUE, answer_class=CCA, failed=(number,))
    top = [c for c in codes(raw) if c == CC_REQUEST_NUMBER]
    assert top == []
    assert data_of(raw, AUTH_APPLICATION_ID) == [u32(4)] and data_of(raw, CC_REQUEST_TYPE) == [u32(4)]
    [failed] = data_of(raw, FAILED_AVP)
    assert parse_avps(failed) == [(CC_REQUEST_NUMBER, M, 0, u32(9))]


def test_an_avp_whose_data_does_not_fit_its_type_is_never_copied() -> None:
    req = request(
        SESSION,
        avp(AUTH_APPLICATION_ID, u32(4) + u32(4)),  # Unsigned32 with 8 bytes
        avp(CC_REQUEST_TYPE, b"\x00\x00\x01"),  # Enumerated with 3 bytes
        avp(CC_REQUEST_NUMBER, u32(9)),
    )
    raw = answer(req, 5014, answer_class=CCA)
    assert AUTH_APPLICATION_ID not in codes(raw) and CC_REQUEST_TYPE not in codes(raw)
    assert data_of(raw, CC_REQUEST_NUMBER) == [u32(9)]
    # and a Proxy-Info whose inside does not split into AVPs is not echoed either
    broken = avp(PROXY_INFO, struct.pack("!II", PROXY_HOST, (M << 24) | 200))
    raw = answer(request(SESSION, broken, proxy_info(b"p.example.com", b"s")), 3001)
    assert len(data_of(raw, PROXY_INFO)) == 1
    assert isinstance(DEFAULT_CONVERTER.decode(raw), AnswerMessage)


def test_failed_avp_holds_the_given_avps_in_order() -> None:
    given = (
        Avp(CC_REQUEST_NUMBER, u32(0), flags=M),
        Avp(1234, b"abc", vendor=10415, flags=M | V),
        Avp(99999, b"", flags=0),
    )
    raw = answer(request(*CCR_AVPS), 5005, answer_class=CCA, failed=given)
    [(_, flags, _, data)] = [a for a in parse(raw)[1] if a[0] == FAILED_AVP]
    assert flags & M
    assert parse_avps(data) == [(CC_REQUEST_NUMBER, M, 0, u32(0)), (1234, M | V, 10415, b"abc"), (99999, 0, 0, b"")]
    assert codes(raw).count(FAILED_AVP) == 1
    assert FAILED_AVP not in codes(answer(request(*CCR_AVPS), 5005, answer_class=CCA))


def test_a_truncated_request_is_answered_with_what_could_be_read() -> None:
    # the last AVP says it is 64 bytes long; the message ends 4 bytes into its data
    req = request(
        SESSION,
        avp(AUTH_APPLICATION_ID, u32(4)),
        avp(CC_REQUEST_TYPE, u32(2)),
        avp(CC_REQUEST_NUMBER, u32(9), length=64),
        proxy_info(b"late.example.com", b"s"),
    )
    req = req[: 20 + len(SESSION) + 12 + 12 + 12]
    req = struct.pack("!I", (1 << 24) | len(req)) + req[4:]
    raw = answer(req, 5014, answer_class=CCA)
    head, _ = parse(raw)
    assert (head[5], head[6]) == (HBH, E2E)
    assert codes(raw) == [SESSION_ID, ORIGIN_HOST, ORIGIN_REALM, RESULT_CODE, AUTH_APPLICATION_ID, CC_REQUEST_TYPE]
    # an AVP Length shorter than an AVP header, and a header with fewer bytes than it says
    for bad in (avp(CC_REQUEST_NUMBER, b"", length=0), avp(CC_REQUEST_NUMBER, b"", length=5)):
        raw = answer(request(SESSION, bad, avp(AUTH_APPLICATION_ID, u32(4))), 5014, answer_class=CCA)
        assert codes(raw) == [SESSION_ID, ORIGIN_HOST, ORIGIN_REALM, RESULT_CODE]
    raw = answer(request(SESSION, length=400), 3009)
    assert codes(raw) == [SESSION_ID, ORIGIN_HOST, ORIGIN_REALM, RESULT_CODE]
    # a bare header
    raw = answer(request(), 3009)
    assert codes(raw) == [ORIGIN_HOST, ORIGIN_REALM, RESULT_CODE]
    # 4 bytes left after the last AVP: too few for an AVP header
    raw = answer(request(SESSION, b"\x00\x00\x01\x00"), 5014, answer_class=CCA)
    assert codes(raw) == [SESSION_ID, ORIGIN_HOST, ORIGIN_REALM, RESULT_CODE]


# -- which AVPs of the request are copied, in detail -------------------------------------------------

HOST_IP_ADDRESS, VENDOR_ID, PRODUCT_NAME = 257, 266, 269
VENDOR_SPECIFIC_APPLICATION_ID, ACCT_APPLICATION_ID = 260, 259
ACCOUNTING_RECORD_TYPE, ACCOUNTING_RECORD_NUMBER = 480, 485
MULTIPLE_SERVICES_CREDIT_CONTROL, RATING_GROUP = 456, 432


def test_every_instance_of_a_required_repeated_avp_is_copied_and_one_of_a_single_one() -> None:
    """CEA: 1* { Host-IP-Address }, { Vendor-Id }, { Product-Name }."""
    ip1, ip2 = b"\x00\x01\x0a\x00\x00\x01", b"\x00\x01\x0a\x00\x00\x02"  # IPv4 10.0.0.1, 10.0.0.2
    first, second = avp(HOST_IP_ADDRESS, ip1), avp(HOST_IP_ADDRESS, ip2)
    cer = request(
        avp(ORIGIN_HOST, b"peer.example.com"),
        avp(ORIGIN_REALM, b"example.com"),
        first,
        second,
        avp(VENDOR_ID, u32(10415)),
        avp(VENDOR_ID, u32(99)),
        avp(PRODUCT_NAME, b"p", flags=0),
        code=257,
        app=0,
    )
    raw = answer(cer, ResultCode.DIAMETER_NO_COMMON_APPLICATION, answer_class=CapabilitiesExchangeAnswer)
    assert data_of(raw, HOST_IP_ADDRESS) == [ip1, ip2]
    assert data_of(raw, VENDOR_ID) == [u32(10415)]
    assert data_of(raw, PRODUCT_NAME) == [b"p"]
    cea = DEFAULT_CONVERTER.decode(raw)
    assert isinstance(cea, CapabilitiesExchangeAnswer) and cea.vendor_id == 10415


def test_a_single_valued_avp_the_request_carries_twice_is_copied_once() -> None:
    req = request(*CCR_AVPS, avp(CC_REQUEST_TYPE, u32(1)), avp(AUTH_APPLICATION_ID, u32(5)))
    raw = answer(req, ResultCode.DIAMETER_UNABLE_TO_COMPLY, answer_class=CCA)
    assert data_of(raw, CC_REQUEST_TYPE) == [u32(4)]
    assert data_of(raw, AUTH_APPLICATION_ID) == [u32(4)]
    assert isinstance(DEFAULT_CONVERTER.decode_as(CCA, raw), CCA)


def test_an_optional_vendor_specific_application_id_is_copied_but_other_optional_avps_are_not() -> None:
    vsai = avp(VENDOR_SPECIFIC_APPLICATION_ID, avp(VENDOR_ID, u32(10415)) + avp(ACCT_APPLICATION_ID, u32(3)))
    acr = request(
        SESSION,
        avp(ORIGIN_HOST, b"client.example.com"),
        avp(ORIGIN_REALM, b"example.com"),
        avp(DESTINATION_REALM, b"example.com"),
        avp(ACCOUNTING_RECORD_TYPE, u32(2)),
        avp(ACCOUNTING_RECORD_NUMBER, u32(0)),
        vsai,
        avp(USER_NAME, b"alice"),
        code=271,
        app=3,
    )
    raw = answer(acr, ResultCode.DIAMETER_UNABLE_TO_COMPLY, answer_class=AccountingAnswer)
    assert data_of(raw, VENDOR_SPECIFIC_APPLICATION_ID) == [vsai[8:]]
    assert USER_NAME not in codes(raw)  # [ User-Name ] in the ACA too, but optional
    # an optional repeated AVP of the answer is not copied either: CCA's * [ Multiple-Services-Credit-Control ]
    mscc = avp(MULTIPLE_SERVICES_CREDIT_CONTROL, avp(RATING_GROUP, u32(7)))
    raw = answer(request(*CCR_AVPS, mscc), ResultCode.DIAMETER_UNABLE_TO_COMPLY, answer_class=CCA)
    assert MULTIPLE_SERVICES_CREDIT_CONTROL not in codes(raw)


def test_a_class_that_is_not_a_command_copies_nothing() -> None:
    raw = answer(request(*CCR_AVPS), ResultCode.DIAMETER_UNABLE_TO_COMPLY, answer_class=int)
    assert codes(raw) == [SESSION_ID, ORIGIN_HOST, ORIGIN_REALM, RESULT_CODE]


def test_only_the_avps_within_the_message_length_are_read() -> None:
    """A buffer holding the request and the start of the next message: the answer is to the
    request only (RFC 6733 §3: Message Length)."""
    req = request(*CCR_AVPS[1:])
    for after in (
        request(SESSION, avp(CC_REQUEST_TYPE, u32(1)), hbh=1, e2e=2),  # the next message
        SESSION + avp(CC_REQUEST_TYPE, u32(1)),
    ):  # bytes that split into AVPs
        for rc, cls in ((3001, None), (5012, CCA)):
            raw = answer(req + after, rc, answer_class=cls)
            assert raw == answer(req, rc, answer_class=cls)
            assert SESSION_ID not in codes(raw)


def test_the_avps_the_node_writes_have_the_m_bit() -> None:
    """RFC 6733 §4.5 / §7: Origin-Host, Origin-Realm, Result-Code, Origin-State-Id and Failed-AVP
    are sent with the M bit; Error-Message without it (§7.3)."""
    for rc, cls in ((3001, None), (5005, CCA)):
        raw = answer(
            request(*CCR_AVPS),
            rc,
            answer_class=cls,
            origin_state_id=9,
            error_message="x",
            failed=(Avp(CC_REQUEST_NUMBER, u32(0), flags=M),),
        )
        flags = {c: f for c, f, _, _ in parse(raw)[1]}
        for code in (ORIGIN_HOST, ORIGIN_REALM, RESULT_CODE, ORIGIN_STATE_ID, FAILED_AVP):
            assert flags[code] & M, code
        assert not flags[ERROR_MESSAGE] & M


@command("Placeholder-First-Request", code=0x8A9B0D, application_id=0x01A2B3C5, request=True)
class PlaceholderFirstRequest(Request["PlaceholderFirstAnswer"]):
    session_id: str = schema_avp(SESSION_ID_DEF, fixed=True)
    origin_host: str = schema_avp(ORIGIN_HOST_DEF)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    cc_request_type: int = schema_avp(CC_REQUEST_TYPE_DEF)


@command("Placeholder-First-Answer", code=0x8A9B0D, application_id=0x01A2B3C5, request=False)
class PlaceholderFirstAnswer(Answer):
    """The ``* [ AVP ]`` of an answer need not come last (TS 29.272's ULA has AVPs after it)."""

    session_id: str = schema_avp(SESSION_ID_DEF, fixed=True)
    result_code: int = schema_avp(RESULT_CODE_DEF)
    origin_host: str = schema_avp(ORIGIN_HOST_DEF)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    cc_request_type: int = schema_avp(CC_REQUEST_TYPE_DEF)


def test_a_required_avp_after_the_answers_any_avp_is_copied_too() -> None:
    raw = answer(
        request(*CCR_AVPS, code=0x8A9B0D, app=0x01A2B3C5),
        ResultCode.DIAMETER_UNABLE_TO_COMPLY,
        answer_class=PlaceholderFirstAnswer,
    )
    assert data_of(raw, CC_REQUEST_TYPE) == [u32(4)]
