"""The converter: golden bytes, round trips of every class, errors and limits, robustness."""

from __future__ import annotations

import struct
from collections.abc import Callable
from datetime import UTC, datetime
from ipaddress import IPv4Address, IPv6Address
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diameter
from diameter import Avp, Converter, DecodeError, EncodeError, GenericMessage, Message, _layout, apps, decode, encode
from diameter import types as dtypes
from diameter.apps import base
from diameter.apps.base import (
    ACR,
    CEA,
    CER,
    DWR,
    RAA,
    RAR,
    AccountingRecordType,
    AnswerMessage,
    DisconnectCause,
    FailedAVP,
    ProxyInfo,
    ResultCode,
    VendorSpecificApplicationId,
)
from diameter.errors import (
    AvpNotAllowed,
    AvpUnsupported,
    InvalidAvpLength,
    InvalidAvpValue,
    InvalidHeader,
    InvalidMessageLength,
    LimitExceeded,
    MissingAvp,
    TooManyAvps,
    UnsupportedVersion,
)
from diameter.registry import DEFAULT
from diameter.schema import ErrorAnswer, command_info, evolve, fields_of, grouped_info, is_command, is_grouped

from builders import full_instance
from strategies import instances

# Each class once: the module also binds the short aliases (CER is CapabilitiesExchangeRequest),
# so the classes are collected by identity before they are sorted.
COMMANDS = sorted(
    {c for c in apps.members(base).values() if isinstance(c, type) and is_command(c)}, key=lambda c: c.__name__
)
GROUPED = sorted(
    {c for c in apps.members(base).values() if isinstance(c, type) and is_grouped(c)}, key=lambda c: c.__name__
)


def _class_id(cls: type) -> str:
    """A readable test id: the short name where the class has one (``CER``), else its name."""
    return (command_info(cls).alias or cls.__name__) if is_command(cls) else cls.__name__


# --- helpers building wire bytes by hand from the RFC 6733 layouts (§3, §4.1) ---------------


def avp_bytes(code: int, data: bytes, flags: int = 0x40, vendor: int | None = None) -> bytes:
    if vendor is not None:
        head = struct.pack("!IBBHI", code, flags | 0x80, 0, 0, vendor)
        length = 12 + len(data)
        head = struct.pack("!II", code, ((flags | 0x80) << 24) | length) + struct.pack("!I", vendor)
    else:
        length = 8 + len(data)
        head = struct.pack("!II", code, (flags << 24) | length)
    return head + data + b"\x00" * (-len(data) % 4)


def message_bytes(code: int, avps: bytes, *, flags: int = 0x80, app: int = 0, hbh: int = 1, e2e: int = 2) -> bytes:
    return (
        struct.pack("!II", 0x01000000 | (20 + len(avps)), (flags << 24) | code)
        + struct.pack("!III", app, hbh, e2e)
        + avps
    )


def u32(v: int) -> bytes:
    return struct.pack("!I", v)


# --- golden bytes ---------------------------------------------------------------------------


def test_dwr_golden_bytes() -> None:
    expected = message_bytes(
        280,
        avp_bytes(264, b"client.example.com") + avp_bytes(296, b"example.com") + avp_bytes(278, u32(7)),
        hbh=0x11223344,
        e2e=0x55667788,
    )
    msg = DWR(
        origin_host="client.example.com",
        origin_realm="example.com",
        origin_state_id=7,
        hop_by_hop=0x11223344,
        end_to_end=0x55667788,
    )
    assert Converter().encode(msg) == expected
    assert decode(expected) == msg


def test_cer_golden_bytes() -> None:
    vsai = avp_bytes(266, u32(10415)) + avp_bytes(258, u32(16777238))
    body = (
        avp_bytes(264, b"c.example")
        + avp_bytes(296, b"example")
        + avp_bytes(257, b"\x00\x01" + bytes([127, 0, 0, 1]))
        + avp_bytes(257, b"\x00\x02" + IPv6Address("2001:db8::1").packed)
        + avp_bytes(266, u32(0))
        + avp_bytes(269, b"prod", flags=0)
        + avp_bytes(265, u32(10415))
        + avp_bytes(258, u32(4))
        + avp_bytes(299, u32(0))
        + avp_bytes(260, vsai)
        + avp_bytes(267, u32(3), flags=0)
    )
    expected = message_bytes(257, body)
    msg = CER(
        origin_host="c.example",
        origin_realm="example",
        host_ip_address=(IPv4Address("127.0.0.1"), IPv6Address("2001:db8::1")),
        vendor_id=0,
        product_name="prod",
        supported_vendor_id=(10415,),
        auth_application_id=(4,),
        inband_security_id=(0,),
        vendor_specific_application_id=(VendorSpecificApplicationId(vendor_id=10415, auth_application_id=16777238),),
        firmware_revision=3,
        hop_by_hop=1,
        end_to_end=2,
    )
    assert Converter().encode(msg) == expected
    assert decode(expected) == msg


def test_acr_golden_bytes_with_time_and_application_id() -> None:
    t = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    ntp = int(t.timestamp()) + 2208988800 - 2**32  # after the 2036 rollover the value wraps
    assert ntp < 0  # 2026 is before the rollover: no wrap
    ntp += 2**32
    body = (
        avp_bytes(263, b"s;1")
        + avp_bytes(264, b"h")
        + avp_bytes(296, b"r")
        + avp_bytes(283, b"d")
        + avp_bytes(480, u32(2))
        + avp_bytes(485, u32(0))
        + avp_bytes(287, struct.pack("!Q", 2**40))
        + avp_bytes(55, u32(ntp))
    )
    expected = message_bytes(271, body, flags=0xC0, app=3)
    msg = ACR(
        session_id="s;1",
        origin_host="h",
        origin_realm="r",
        destination_realm="d",
        accounting_record_type=AccountingRecordType.START_RECORD,
        accounting_record_number=0,
        accounting_sub_session_id=2**40,
        event_timestamp=t,
        hop_by_hop=1,
        end_to_end=2,
    )
    assert Converter().encode(msg) == expected
    assert Converter().decode_as(ACR, expected) == msg  # decode() gives 3GPP's ACR once it is loaded


def test_header_fields_and_flags() -> None:
    # the base RAR/RAA of an application with no commands of its own (Gx's, 16777238, has its own)
    msg = RAR(
        session_id="s",
        origin_host="h",
        origin_realm="r",
        destination_realm="d",
        destination_host="dh",
        auth_application_id=16777999,
        re_auth_request_type=0,
        retransmit=True,
        hop_by_hop=9,
        end_to_end=10,
    )
    data = Converter().encode(msg)
    assert data[4] == 0x80 | 0x40 | 0x10  # R, P, T
    assert struct.unpack("!I", data[8:12])[0] == 16777999  # Application-Id from Auth-Application-Id
    back = decode(data)
    assert isinstance(back, RAR) and back.retransmit and back.hop_by_hop == 9 and back.end_to_end == 10
    # the answer travels with its request's Application-Id
    raa = RAA(
        session_id="s",
        result_code=ResultCode.DIAMETER_SUCCESS,
        origin_host="h",
        origin_realm="r",
        application_id=16777999,
    )
    raa_back = decode(Converter().encode(raa))
    assert isinstance(raa_back, RAA) and raa_back.application_id == 16777999
    assert Converter().encode(msg, hop_by_hop=1, end_to_end=2)[12:20] == struct.pack("!II", 1, 2)
    h = diameter.header_of(msg)
    assert (h.version, h.length, h.command_code, h.application_id) == (1, len(data), 258, 16777999)
    assert h.is_request and h.is_proxiable and h.is_retransmit and not h.is_error
    assert (h.hop_by_hop, h.end_to_end) == (9, 10)


def test_error_bit_answer_decodes_into_answer_message() -> None:
    # a CEA-coded answer with the E bit is the generic answer-message (RFC 6733 §7.2)
    body = avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(268, u32(3010))
    msg = decode(message_bytes(257, body, flags=0x20))
    assert isinstance(msg, AnswerMessage)
    assert msg.command_code == 257 and msg.result_code == ResultCode.DIAMETER_UNKNOWN_PEER
    assert Converter().encode(msg) == message_bytes(257, body, flags=0x20)


# --- round trips ----------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("cls", COMMANDS, ids=_class_id)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_command_round_trips(cls: type, data: st.DataObject) -> None:
    msg = data.draw(instances(cls))
    wire = encode(msg)
    # decode_as: with other dictionaries loaded, an ASR whose Application-Id is 1 is NASREQ's
    back: Message = Converter().decode_as(cls, wire)
    assert back == msg
    assert type(back) is cls
    assert encode(back) == wire
    info = command_info(cls)
    if (
        info.code is not None
        and DEFAULT.command(diameter.header_of(msg).application_id, info.code, info.request) is cls
    ):
        assert decode(wire) == msg


@pytest.mark.slow
@pytest.mark.parametrize("cls", GROUPED, ids=_class_id)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_grouped_avp_round_trips(cls: type, data: st.DataObject) -> None:
    conv = diameter.converter.DEFAULT_CONVERTER
    value = data.draw(instances(cls))
    wire = conv.encode_grouped(value)
    assert conv.decode_grouped(cls, wire) == value


def test_all_base_commands_are_covered() -> None:
    names = [command_info(c).alias or command_info(c).name for c in COMMANDS]
    assert len(set(COMMANDS)) == len(COMMANDS) == len(set(names))  # each class once, aliases or not
    assert set(names) == {
        "CER",
        "CEA",
        "DWR",
        "DWA",
        "DPR",
        "DPA",
        "ACR",
        "ACA",
        "ASR",
        "ASA",
        "STR",
        "STA",
        "RAR",
        "RAA",
        "answer-message",
    }


def test_decoded_objects_behave_like_constructed_ones() -> None:
    msg = CEA(
        result_code=ResultCode.DIAMETER_SUCCESS,
        origin_host="h",
        origin_realm="r",
        host_ip_address=(IPv4Address("10.0.0.1"),),
        vendor_id=1,
        product_name="p",
        failed_avp=FailedAVP(avps=(Avp(1, b"x", 0, 0x40),)),
    )
    back = decode(encode(msg))
    assert back == msg and hash(back) == hash(msg)
    assert repr(back) == repr(msg)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        back.origin_host = "x"  # type: ignore[misc]
    changed = evolve(back, origin_host="other")
    assert changed.origin_host == "other" and changed != back
    assert isinstance(back, CEA) and type(back) is CEA
    assert isinstance(back.result_code, ResultCode)


def test_unknown_enum_value_is_kept_as_int() -> None:
    body = avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(273, u32(77))
    msg = decode(message_bytes(282, body))
    assert msg.disconnect_cause == 77 and not isinstance(msg.disconnect_cause, DisconnectCause)  # type: ignore[attr-defined]
    assert encode(msg) == message_bytes(282, body)


def test_out_of_order_avps_decode() -> None:
    in_order = avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(278, u32(5))
    shuffled = avp_bytes(278, u32(5)) + avp_bytes(296, b"r") + avp_bytes(264, b"h")
    assert decode(message_bytes(280, shuffled)) == decode(message_bytes(280, in_order))
    # re-encoding the decoded message gives the received bytes; a changed copy is encoded by the
    # rules, in CCF order
    assert encode(decode(message_bytes(280, shuffled))) == message_bytes(280, shuffled)
    changed = diameter.evolve(decode(message_bytes(280, shuffled)), origin_host="h")
    assert encode(changed) == message_bytes(280, in_order)


def test_repeated_avps_split_by_others_keep_their_order() -> None:
    body = (
        avp_bytes(264, b"h")
        + avp_bytes(296, b"r")
        + avp_bytes(257, b"\x00\x01" + bytes(4))
        + avp_bytes(266, u32(0))
        + avp_bytes(257, b"\x00\x01" + bytes([1, 2, 3, 4]))
        + avp_bytes(269, b"p", 0)
    )
    msg = decode(message_bytes(257, body))
    assert msg.host_ip_address == (IPv4Address("0.0.0.0"), IPv4Address("1.2.3.4"))  # type: ignore[attr-defined]


def test_unknown_avps_are_kept_at_every_level() -> None:
    unknown = avp_bytes(99999, b"abc", flags=0, vendor=12345)
    known_elsewhere = avp_bytes(1, b"alice")  # User-Name: known, but not in the answer-message CCF
    pi = avp_bytes(284, avp_bytes(280, b"ph") + avp_bytes(33, b"st") + unknown)
    body = avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(268, u32(2001)) + pi + known_elsewhere + unknown
    wire = message_bytes(272, body, flags=0x20, app=4)  # an error answer carrying Proxy-Info
    msg = decode(wire)
    assert isinstance(msg, AnswerMessage)
    assert msg.proxy_info[0].avps == (Avp(99999, b"abc", 12345, 0x80),)
    assert msg.avps == (Avp(1, b"alice", 0, 0x40), Avp(99999, b"abc", 12345, 0x80))
    assert msg.avps[0].name == "User-Name" and msg.avps[0].value == "alice"
    assert encode(msg) == wire


def test_generic_message_for_unknown_command() -> None:
    body = avp_bytes(263, b"s;1") + avp_bytes(264, b"h") + avp_bytes(999999, b"\x01\x02", flags=0xC0, vendor=10415)
    wire = message_bytes(8388620, body, flags=0xC0, app=16777999, hbh=5, e2e=6)
    msg = decode(wire)
    assert isinstance(msg, GenericMessage)
    assert (msg.command_code, msg.application_id, msg.request, msg.proxiable) == (8388620, 16777999, True, True)
    assert [a.name for a in msg.avps] == ["Session-Id", "Origin-Host", None]
    assert msg.avps[0].value == "s;1"
    assert msg.avps[2].value == b"\x01\x02"
    assert encode(msg) == wire


def test_decode_as_and_user_declared_command() -> None:
    from diameter import AVP, Answer, AvpDef, M, Request, avp, command, repeated
    from diameter.types import UNSIGNED32, UTF8STRING

    greeting = AvpDef("Test-Greeting", 4242, UTF8STRING, M, vendor=99999)
    count = AvpDef("Test-Count", 4243, UNSIGNED32, vendor=99999)

    @command("Test-Hello-Answer", code=16000001, application_id=16777001, request=False)
    class HelloAnswer(Answer):
        result_code: int = avp(base.RESULT_CODE)

    @command("Test-Hello-Request", code=16000001, application_id=16777001, request=True, proxiable=True)
    class HelloRequest(Request[HelloAnswer]):
        session_id: str = avp(base.SESSION_ID, fixed=True)
        greeting_: str = avp(greeting)
        counts: tuple[int, ...] = repeated(count, max=2, default=())
        avps: tuple[Avp, ...] = repeated(AVP, default=())

    msg = HelloRequest(session_id="s", greeting_="hello", counts=(1, 2))
    wire = encode(msg)
    assert wire[20:24] == struct.pack("!I", 263)  # Session-Id first
    assert decode(wire) == msg
    assert Converter().decode_as(HelloRequest, wire) == msg
    with pytest.raises(EncodeError, match="counts"):
        encode(HelloRequest(session_id="s", greeting_="x", counts=(1, 2, 3)))
    too_many = message_bytes(
        16000001,
        avp_bytes(263, b"s")
        + avp_bytes(4242, b"g", vendor=99999)
        + b"".join(avp_bytes(4243, u32(i), flags=0, vendor=99999) for i in range(3)),
        flags=0xC0,
        app=16777001,
    )
    with pytest.raises(TooManyAvps) as e:
        decode(too_many)
    assert e.value.result_code == 5009 and e.value.avp == Avp(4243, u32(2), 99999, 0x80)


# --- errors ---------------------------------------------------------------------------------


def dwr(*avps: bytes, flags: int = 0x80) -> bytes:
    return message_bytes(280, b"".join(avps), flags=flags)


def test_missing_required_avp() -> None:
    with pytest.raises(MissingAvp) as e:
        decode(dwr(avp_bytes(264, b"h")))
    assert e.value.result_code == 5005
    assert e.value.avp == Avp(296, b"", 0, 0x40)  # Failed-AVP: the missing AVP's code (RFC 6733 §7.5)


def test_missing_minimum_of_repeated_avp() -> None:
    body = avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(266, u32(0)) + avp_bytes(269, b"p", 0)
    with pytest.raises(MissingAvp, match="Host-IP-Address"):
        decode(message_bytes(257, body))


def test_too_many_occurrences() -> None:
    with pytest.raises(TooManyAvps) as e:
        decode(dwr(avp_bytes(264, b"h"), avp_bytes(296, b"r"), avp_bytes(296, b"r2")))
    assert e.value.result_code == 5009
    assert e.value.avp == Avp(296, b"r2", 0, 0x40)


def test_avp_not_allowed_without_star_avp() -> None:
    # Proxy-Info admits * [ AVP ], Experimental-Result does not.
    inner = avp_bytes(266, u32(10415)) + avp_bytes(298, u32(5001)) + avp_bytes(264, b"x")
    body = avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(268, u32(5001)) + avp_bytes(297, inner)
    with pytest.raises(AvpNotAllowed) as e:
        decode(message_bytes(272, body, flags=0x20, app=4))
    assert e.value.result_code == 5008 and e.value.avp == Avp(264, b"x", 0, 0x40)


def test_unknown_mandatory_avp_strict_and_relaxed() -> None:
    wire = dwr(avp_bytes(264, b"h"), avp_bytes(296, b"r"), avp_bytes(123456, b"zz", flags=0x40))
    with pytest.raises(AvpUnsupported) as e:
        decode(wire)
    assert e.value.result_code == 5001 and e.value.avp == Avp(123456, b"zz", 0, 0x40)
    relaxed = Converter(strict=False).decode(wire)
    assert relaxed.avps == (Avp(123456, b"zz", 0, 0x40),)  # type: ignore[attr-defined]
    assert encode(relaxed) == wire


@pytest.mark.parametrize(
    "avp, error, code",
    [
        (avp_bytes(278, b"\x00\x00\x01"), InvalidAvpLength, 5014),  # Unsigned32 of 3 bytes
        (avp_bytes(278, u32(1) + u32(1)), InvalidAvpLength, 5014),
        (struct.pack("!II", 278, 0x40000004), InvalidAvpLength, 5014),  # length below the header
        (struct.pack("!II", 278, 0x40000100) + u32(0), InvalidAvpLength, 5014),  # runs past the end
        (avp_bytes(278, u32(0), vendor=5)[:12], InvalidAvpLength, 5014),  # truncated vendor AVP
    ],
)
def test_invalid_avp_lengths(avp: bytes, error: type[DecodeError], code: int) -> None:
    with pytest.raises(error) as e:
        decode(dwr(avp_bytes(264, b"h"), avp_bytes(296, b"r"), avp))
    assert e.value.result_code == code


def test_invalid_values() -> None:
    with pytest.raises(InvalidAvpValue) as e:
        decode(dwr(avp_bytes(264, b"\xff\xfe"), avp_bytes(296, b"r")))
    assert e.value.result_code == 5004 and e.value.avp == Avp(264, b"\xff\xfe", 0, 0x40)
    bad_address = avp_bytes(257, b"\x00\x01\x7f\x00")  # IPv4 family with two bytes
    body = avp_bytes(264, b"h") + avp_bytes(296, b"r") + bad_address + avp_bytes(266, u32(0)) + avp_bytes(269, b"p", 0)
    with pytest.raises(InvalidAvpValue, match="IPv4"):
        decode(message_bytes(257, body))


_HEADER_DAMAGE: list[tuple[str, Callable[[bytes], bytes], type[DecodeError]]] = [
    # RFC 6733 §3: version 1; the reserved command flags (r) are zero; a request has no E bit
    ("version-2", lambda b: b"\x02" + b[1:], UnsupportedVersion),
    ("version-0", lambda b: b"\x00" + b[1:], UnsupportedVersion),
    *[
        (f"reserved-bit-{bit:#04x}", lambda b, bit=bit: b[:4] + bytes([b[4] | bit]) + b[5:], InvalidHeader)
        for bit in (0x08, 0x04, 0x02, 0x01)
    ],
    ("E-on-request", lambda b: b[:4] + bytes([b[4] | 0x20]) + b[5:], InvalidHeader),
    # §3: the Message Length counts the whole message and is a multiple of four (5015)
    ("length-past-end", lambda b: b[:-4], InvalidMessageLength),
    ("bytes-past-length", lambda b: b + bytes(4), InvalidMessageLength),
    ("not-multiple-of-4", lambda b: b[:3] + bytes([b[3] + 2]) + b[4:] + bytes(2), InvalidMessageLength),
    ("not-multiple-of-4-shorter", lambda b: b[:3] + bytes([b[3] - 1]) + b[4:-1], InvalidMessageLength),
    ("length-below-header", lambda b: b[:1] + (16).to_bytes(3, "big") + b[4:16], InvalidMessageLength),
    ("half-a-header", lambda b: b[:10], InvalidMessageLength),
    ("empty", lambda b: b"", InvalidMessageLength),
]


@pytest.mark.parametrize("mutate, error", [(m, e) for _, m, e in _HEADER_DAMAGE], ids=[i for i, _, _ in _HEADER_DAMAGE])
def test_invalid_headers(mutate: Callable[[bytes], bytes], error: type[DecodeError]) -> None:
    cer = CER(
        origin_host="h", origin_realm="r", host_ip_address=(IPv4Address("192.0.2.1"),), vendor_id=0, product_name="p"
    )
    for good, cls in ((encode(DWR(origin_host="h", origin_realm="r")), DWR), (encode(cer), CER)):  # even, odd code
        learned = Converter()
        for _ in range(_layout.LEARN_AFTER):
            learned.decode(good)
        for conv in (learned, Converter(layouts=False)):
            with pytest.raises(DecodeError) as e:
                conv.decode(mutate(good))
            assert type(e.value) is error and e.value.result_code == RESULT_CODES[error]
            assert e.value.avp is None  # no AVP is to blame
        with pytest.raises(DecodeError) as e:
            Converter().decode_as(cls, mutate(good))  # decode_as checks the header too
        assert type(e.value) is error


def test_message_over_the_configured_limit() -> None:
    wire = encode(DWR(origin_host="h" * 100, origin_realm="r"))
    for conv in (Converter(max_length=len(wire) - 4), Converter(max_length=len(wire) - 1)):
        for decode_ in (conv.decode, lambda w: conv.decode_as(DWR, w)):  # noqa: B023  (called in this iteration)
            with pytest.raises(LimitExceeded) as e:
                decode_(wire)
            assert e.value.result_code == 5015 and e.value.offset == 0
            assert f"message of {len(wire)} bytes exceeds the limit of {conv.max_length}" in str(e.value)
    assert Converter(max_length=len(wire)).decode(wire) == DWR(origin_host="h" * 100, origin_realm="r")
    assert Converter(max_length=len(wire)).decode_as(DWR, wire) == DWR(origin_host="h" * 100, origin_realm="r")


def test_limits() -> None:
    wire = encode(DWR(origin_host="h" * 100, origin_realm="r"))
    with pytest.raises(LimitExceeded):
        Converter(max_length=64).decode(wire)
    nested = avp_bytes(284, avp_bytes(280, b"p") + avp_bytes(33, b"s"))
    body = avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(268, u32(2001)) + nested
    wire = message_bytes(272, body, flags=0x20)
    assert Converter(max_depth=1).decode(wire).proxy_info  # type: ignore[attr-defined]
    with pytest.raises(InvalidAvpValue, match="nested deeper"):
        Converter(max_depth=0).decode(wire)


def test_encode_errors_name_the_field() -> None:
    with pytest.raises(EncodeError, match="origin_state_id"):
        encode(DWR(origin_host="h", origin_realm="r", origin_state_id=-1))
    with pytest.raises(EncodeError, match="origin_host"):
        encode(DWR(origin_host=5, origin_realm="r"))  # type: ignore[arg-type]
    with pytest.raises(EncodeError, match="timezone"):
        encode(
            ACR(
                session_id="s",
                origin_host="h",
                origin_realm="r",
                destination_realm="d",
                accounting_record_type=1,
                accounting_record_number=0,
                event_timestamp=datetime(2020, 1, 1),
            )
        )
    with pytest.raises(EncodeError, match="proxy_state"):
        encode(
            RAA(
                session_id="s",
                result_code=2001,
                origin_host="h",
                origin_realm="r",
                proxy_info=(ProxyInfo(proxy_host="p", proxy_state="text"),),  # type: ignore[arg-type]
            )
        )


@pytest.mark.parametrize("flags", [0x00, 0x80, 0x40, 0x20, 0x10, 0xC0, 0x50, 0xD0, 0x30])
def test_generic_message_keeps_every_header_flag(flags: int) -> None:
    # RFC 6733 §3: R, P, E and T are the four command flags; a message of an unknown command
    # gives them back as received
    body = avp_bytes(263, b"s;2") + avp_bytes(999998, b"\x00", flags=0x00)
    wire = message_bytes(8388621, body, flags=flags, app=16777998, hbh=0xFFFFFFFF, e2e=0x80000000)
    from diameter.registry import Dictionary

    # an E-bit answer is the base answer-message; with no dictionary at all, it is generic too
    convs = [Converter(dictionary=Dictionary())]
    if not flags & 0x20:
        convs += [diameter.converter.DEFAULT_CONVERTER, Converter(layouts=False)]
    for conv in convs:
        msg = conv.decode(wire)
        assert type(msg) is GenericMessage
        assert (msg.request, msg.proxiable, msg.error, msg.retransmit) == (
            bool(flags & 0x80),
            bool(flags & 0x40),
            bool(flags & 0x20),
            bool(flags & 0x10),
        )
        assert (msg.command_code, msg.application_id, msg.hop_by_hop, msg.end_to_end) == (
            8388621,
            16777998,
            0xFFFFFFFF,
            0x80000000,
        )
        assert msg.avps == (Avp(263, b"s;2", 0, 0x40), Avp(999998, b"\x00", 0, 0))
        assert encode(msg) == wire
        assert diameter.header_of(msg).flags == flags


def test_generic_message_encoding_errors_and_overrides() -> None:
    msg = GenericMessage(
        command_code=8388621, application_id=1, request=True, avps=(Avp(1, b"a"),), hop_by_hop=3, end_to_end=4
    )
    assert encode(msg, hop_by_hop=5, end_to_end=6)[12:20] == struct.pack("!II", 5, 6)
    assert encode(msg)[12:20] == struct.pack("!II", 3, 4)
    with pytest.raises(EncodeError, match=r"^GenericMessage: "):
        encode(evolve(msg, avps=(b"not an Avp",)))
    with pytest.raises(EncodeError, match=r"^GenericMessage: "):
        encode(evolve(msg, application_id=None))
    for hbh, e2e in ((-1, 0), (0, -1), (1 << 32, 0), (0, 1 << 32)):
        with pytest.raises(EncodeError, match="32-bit unsigned"):
            encode(msg, hop_by_hop=hbh, end_to_end=e2e)
        with pytest.raises(EncodeError, match="32-bit unsigned"):
            encode(DWR(origin_host="h", origin_realm="r"), hop_by_hop=hbh, end_to_end=e2e)
    assert encode(msg, hop_by_hop=0xFFFFFFFF, end_to_end=0)[12:20] == b"\xff" * 4 + bytes(4)
    assert (
        encode(DWR(origin_host="h", origin_realm="r"), hop_by_hop=0, end_to_end=0xFFFFFFFF)[12:20]
        == bytes(4) + b"\xff" * 4
    )


def test_decode_avp_value_by_the_dictionary() -> None:
    from diameter.converter import decode_avp_value, encode_avp

    assert decode_avp_value(Avp(264, b"host")) == "host"
    assert decode_avp_value(Avp(268, u32(2001))) is ResultCode.DIAMETER_SUCCESS
    assert decode_avp_value(Avp(268, u32(77))) == 77  # not a named value: the number
    assert decode_avp_value(Avp(257, b"\x00\x01" + bytes([10, 0, 0, 1]))) == IPv4Address("10.0.0.1")
    assert decode_avp_value(Avp(123456, b"raw", 99)) == b"raw"  # no dictionary knows it: the data
    inner = avp_bytes(280, b"p") + avp_bytes(33, b"s")
    assert decode_avp_value(Avp(284, inner)) == (Avp(280, b"p", 0, 0x40), Avp(33, b"s", 0, 0x40))
    for avp, error, text in [
        # RFC 6733 §7.1.5: data of another size than its format's is 5014, as in a message
        (Avp(268, b"\x00\x01"), InvalidAvpLength, "Result-Code: "),
        (Avp(287, bytes(4)), InvalidAvpLength, "Accounting-Sub-Session-Id: "),
        (Avp(264, b"\xff"), InvalidAvpValue, "Origin-Host: invalid value: "),
        (Avp(257, b"\x00\x01\x00"), InvalidAvpValue, "Host-IP-Address: invalid value: "),
        (Avp(284, b"\x00\x00\x01"), InvalidAvpLength, "3 bytes left, too few for an AVP header"),
    ]:
        with pytest.raises(DecodeError) as e:
            decode_avp_value(avp)
        assert type(e.value) is error and e.value.message.startswith(text), e.value
        if avp.code != 284:
            assert e.value.avp == avp and e.value.result_code == RESULT_CODES[error]
    conv = Converter(max_depth=3)
    assert decode_avp_value(Avp(264, b"h"), conv) == "h"
    d = base.ORIGIN_HOST
    assert encode_avp(d, "h.example") == Avp(264, b"h.example", 0, 0x40)
    assert encode_avp(base.RESULT_CODE, 2001) == Avp(268, u32(2001), 0, 0x40)
    assert encode_avp(base.PROXY_INFO, ProxyInfo(proxy_host="p", proxy_state=b"s"), conv) == Avp(284, inner, 0, 0x40)
    with pytest.raises(EncodeError, match=r"^Result-Code: "):
        encode_avp(base.RESULT_CODE, -1)
    with pytest.raises(EncodeError, match=r"^Origin-Host: "):
        encode_avp(d, 5)
    with pytest.raises(EncodeError, match=r"proxy_state"):  # the grouped encoder's own error, as it is
        encode_avp(base.PROXY_INFO, ProxyInfo(proxy_host="p", proxy_state="text"))  # type: ignore[arg-type]


def test_fast_addresses_are_used_where_they_equal_the_constructors() -> None:
    from diameter import _source

    assert _source._checked_fast_address() == (_source._ipv4_from_int, _source._ipv6_from_int)
    assert (_source._ipv4, _source._ipv6) == (_source._ipv4_from_int, _source._ipv6_from_int)
    for v in (0, 1, 0xC0000201, 0xFFFFFFFF):
        a = _source._ipv4_from_int(v)
        assert type(a) is IPv4Address and a == IPv4Address(v) and str(a) == str(IPv4Address(v))
    for v in (0, 1, (0x20010DB8 << 96) | 1, (1 << 128) - 1):
        b = _source._ipv6_from_int(v)
        assert type(b) is IPv6Address and b == IPv6Address(v) and b.scope_id is None and hash(b) == hash(IPv6Address(v))


def test_too_few_bytes_for_an_avp_header_at_the_end() -> None:
    # RFC 6733 §4.1: an AVP header is at least 8 bytes; 4 bytes after the last AVP are not one
    for tail in (bytes(4), b"\x00\x00\x01\x08"):
        wire = dwr(avp_bytes(264, b"h"), avp_bytes(296, b"r"), tail)
        for conv in (Converter(), Converter(layouts=False), Converter(strict=False)):
            with pytest.raises(InvalidAvpLength) as e:
                conv.decode(wire)
            assert e.value.message == "4 bytes left, too few for an AVP header"
            assert (e.value.offset, e.value.avp, e.value.result_code) == (len(wire) - 4, None, 5014)
    # inside a grouped AVP too, its offset counted from the start of the message
    pi = avp_bytes(284, avp_bytes(280, b"p") + avp_bytes(33, b"s") + bytes(4))
    wire = message_bytes(
        272, avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(268, u32(2001)) + pi, flags=0x20, app=4
    )
    with pytest.raises(InvalidAvpLength) as e:
        decode(wire)
    assert (e.value.message, e.value.offset) == ("4 bytes left, too few for an AVP header", len(wire) - 4)


def test_header_fields_beyond_their_width_are_refused() -> None:
    # RFC 6733 §3: the Command Code and the Message Length are 24-bit fields; a wider value must
    # not spill into the flags (a reserved bit: 3008 at the peer) or wrap the length
    from diameter.apps.base import AnswerMessage

    for code in (1 << 24, (1 << 24) | 280, -1):
        with pytest.raises(EncodeError, match=r"^GenericMessage: "):
            Converter().encode(GenericMessage(command_code=code, request=True))
        with pytest.raises(EncodeError, match=r"^AnswerMessage\.header: "):
            Converter().encode(AnswerMessage(command_code=code, origin_host="h", origin_realm="r", result_code=3001))
    assert Converter().encode(GenericMessage(command_code=0xFFFFFF, request=True))[4:8] == b"\x80\xff\xff\xff"
    answer = AnswerMessage(command_code=0xFFFFFF, origin_host="h", origin_realm="r", result_code=3001)
    assert Converter().encode(answer)[4:8] == b"\x20\xff\xff\xff"
    huge = GenericMessage(command_code=1, avps=(Avp(1, bytes((1 << 24) - 28)),))  # 20 + 8 + data: 2**24 bytes
    with pytest.raises(EncodeError, match="24-bit Message Length"):
        Converter().encode(huge)
    fits = GenericMessage(command_code=1, avps=(Avp(1, bytes((1 << 24) - 32)),))
    assert Converter().encode(fits)[:4] == b"\x01\xff\xff\xfc"


def test_a_repeat_met_by_the_resumed_in_order_pass_is_named_as_received() -> None:
    # Origin-State-Id first, then Origin-Host (taken by the general loop), then the in-order pass
    # resumes at Origin-Realm and meets a second Origin-State-Id: reported where it is, with the
    # flags it came with (RFC 6733 §7.5: the offending AVP)
    head = avp_bytes(278, u32(4)) + avp_bytes(264, b"h") + avp_bytes(296, b"r")
    for flags in (0x40, 0x00):
        wire = dwr(head + avp_bytes(278, u32(5), flags=flags))
        for conv in (Converter(), Converter(layouts=False)):
            with pytest.raises(TooManyAvps) as e:
                conv.decode(wire)
            assert e.value.avp == Avp(278, u32(5), 0, flags) and e.value.offset == 20 + len(head)
            assert e.value.message == "Device-Watchdog-Request: Origin-State-Id occurs more than 1 time"


def test_input_of_any_bytes_like_type() -> None:
    wire = encode(DWR(origin_host="h", origin_realm="r", origin_state_id=1))
    expected = DWR(origin_host="h", origin_realm="r", origin_state_id=1)
    for data in (wire, bytearray(wire), memoryview(wire)):
        assert decode(data) == expected and Converter().decode_as(DWR, data) == expected
    value = ProxyInfo(proxy_host="p", proxy_state=b"s")
    conv = diameter.converter.DEFAULT_CONVERTER
    grouped = conv.encode_grouped(value)
    assert grouped == avp_bytes(280, b"p") + avp_bytes(33, b"s")
    assert conv.decode_grouped(ProxyInfo, grouped) == value


def test_decode_avp_value_of_a_vendor_avp() -> None:
    from diameter.apps import tgpp  # noqa: F401 - defines ULR-Flags (1405, 10415)
    from diameter.converter import decode_avp_value

    assert decode_avp_value(Avp(1405, u32(3), 10415)) == 3
    assert decode_avp_value(Avp(1405, u32(3), 0)) == u32(3)  # (1405, 0): no definition


def test_encoding_checks_the_ccf_counts_and_the_message_length() -> None:
    # RFC 6733 §3.2: 1* [ Host-IP-Address ] in CER; a message of more than 2**24 - 1 bytes
    # has no Message Length (§3)
    with pytest.raises(EncodeError) as e:
        Converter().encode(CER(origin_host="h", origin_realm="r", host_ip_address=(), vendor_id=0, product_name="p"))
    assert str(e.value) == (
        "CapabilitiesExchangeRequest.host_ip_address (Host-IP-Address): 0 values, the CCF allows at least 1; got ()"
    )
    from diameter import Answer, Request, avp, command, repeated

    @command("Test-Counted-Answer", code=16000003, application_id=16777003, request=False)
    class CountedAnswer(Answer):
        result_code: int = avp(base.RESULT_CODE)

    @command("Test-Counted-Request", code=16000003, application_id=16777003, request=True)
    class CountedRequest(Request[CountedAnswer]):
        hosts: tuple[str, ...] = repeated(base.ROUTE_RECORD, min=2, max=3)

    for hosts in ((), ("a",), ("a", "b", "c", "d")):
        with pytest.raises(EncodeError) as e:
            Converter().encode(CountedRequest(hosts=hosts))
        assert (
            str(e.value)
            == f"CountedRequest.hosts (Route-Record): {len(hosts)} values, the CCF allows 2 to 3; got {hosts!r}"
        )
    for fine in (("a", "b"), ("a", "b", "c")):
        wire = Converter().encode(CountedRequest(hosts=fine))
        assert wire == message_bytes(
            16000003, b"".join(avp_bytes(282, h.encode()) for h in fine), app=16777003, hbh=0, e2e=0
        )
    big = DWR(origin_host="h" * ((1 << 24) - 20 - 8 - 12), origin_realm="r")  # 2**24 bytes in all
    with pytest.raises(EncodeError) as e:
        Converter().encode(big)
    assert str(e.value) == f"DeviceWatchdogRequest.header: message of {1 << 24} bytes exceeds the 24-bit Message Length"
    fits = evolve(big, origin_host="h" * ((1 << 24) - 20 - 8 - 12 - 4))
    assert Converter().encode(fits)[:4] == b"\x01\xff\xff\xfc"


@pytest.mark.parametrize("proxiable, retransmit", [(False, False), (True, False), (False, True), (True, True)])
def test_answer_message_takes_p_and_t_from_the_instance(proxiable: bool, retransmit: bool) -> None:
    # RFC 6733 §7.2: the answer-message has E set, and R clear, its request's command code,
    # Application-Id and P bit; T is the retransmission flag (§3)
    msg = AnswerMessage(
        command_code=275,
        application_id=16777238,
        proxiable=proxiable,
        retransmit=retransmit,
        origin_host="h",
        origin_realm="r",
        result_code=3002,
        hop_by_hop=1,
        end_to_end=2,
    )
    body = avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(268, u32(3002))
    wire = message_bytes(275, body, flags=0x20 | (0x40 if proxiable else 0) | (0x10 if retransmit else 0), app=16777238)
    assert Converter().encode(msg) == wire
    for conv in (Converter(), Converter(layouts=False)):
        back = conv.decode(wire)
        assert back == msg and type(back) is AnswerMessage
        assert (back.proxiable, back.retransmit, back.command_code, back.application_id) == (
            proxiable,
            retransmit,
            275,
            16777238,
        )


def test_fields_declared_after_the_star_avp_field_are_encoded_with_their_received_flags() -> None:
    from diameter import AVP, Answer, Request, avp, command, repeated

    @command("Test-Middle-Answer", code=16000005, application_id=16777005, request=False)
    class MiddleAnswer(Answer):
        result_code: int = avp(base.RESULT_CODE)

    @command("Test-Middle-Request", code=16000005, application_id=16777005, request=True)
    class MiddleRequest(Request[MiddleAnswer]):
        origin_host: str = avp(base.ORIGIN_HOST)
        avps: tuple[Avp, ...] = repeated(AVP, default=())
        origin_state_id: int | None = avp(base.ORIGIN_STATE_ID, default=None)

    # the fields go out in declared order, the unknown AVPs between them; an Origin-State-Id
    # received without the M bit is sent back so
    for flags in (0x40, 0x00):
        body = avp_bytes(264, b"h") + avp_bytes(99999, b"x", flags=0) + avp_bytes(278, u32(9), flags=flags)
        wire = message_bytes(16000005, body, app=16777005)
        for conv in (Converter(), Converter(layouts=False)):
            msg = conv.decode_as(MiddleRequest, wire)
            assert msg == MiddleRequest(
                origin_host="h", avps=(Avp(99999, b"x", 0, 0),), origin_state_id=9, hop_by_hop=1, end_to_end=2
            )
            assert conv.encode(msg) == wire


def test_missing_and_surplus_repeated_avps_are_counted_in_the_message() -> None:
    from diameter import AVP, Answer, Request, avp, command, repeated

    @command("Test-Count-Answer", code=16000007, application_id=16777007, request=False)
    class CountAnswer(Answer):
        result_code: int = avp(base.RESULT_CODE)

    @command("Test-Count-Request", code=16000007, application_id=16777007, request=True)
    class CountRequest(Request[CountAnswer]):
        route_record: tuple[str, ...] = repeated(base.ROUTE_RECORD, min=2, max=3)
        avps: tuple[Avp, ...] = repeated(AVP, default=())

    def request(*hosts: bytes) -> bytes:
        return message_bytes(16000007, b"".join(avp_bytes(282, h) for h in hosts), app=16777007)

    cases: list[tuple[bytes, type[DecodeError], str, Avp]] = [
        (request(), MissingAvp, "Test-Count-Request: required AVP Route-Record is missing", Avp(282, b"", 0, 0x40)),
        (
            request(b"a"),
            MissingAvp,
            "Test-Count-Request: Route-Record occurs 1 times, at least 2 required",
            Avp(282, b"", 0, 0x40),
        ),
        (
            request(b"a", b"b", b"c", b"d"),
            TooManyAvps,
            "Test-Count-Request: Route-Record occurs more than 3 times",
            Avp(282, b"d", 0, 0x40),
        ),
    ]
    for wire, error, message, failed in cases:
        for conv in (Converter(), Converter(layouts=False)):
            with pytest.raises(error) as e:
                conv.decode_as(CountRequest, wire)
            assert (e.value.message, e.value.avp) == (message, failed)
    assert Converter().decode_as(CountRequest, request(b"a", b"b", b"c")).route_record == ("a", "b", "c")
    # CER: 1* { Host-IP-Address }, none sent
    body = avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(266, u32(0)) + avp_bytes(269, b"p", 0)
    with pytest.raises(MissingAvp) as e:
        decode(message_bytes(257, body))
    assert e.value.message == "Capabilities-Exchange-Request: required AVP Host-IP-Address is missing"
    assert e.value.avp == Avp(257, b"", 0, 0x40)


def test_failed_avp_keeps_reserved_flag_bits_as_received() -> None:
    # RFC 6733 §4.1: the r bits are not the V bit; an AVP with one set keeps its 8-byte header
    for flags in (0x41, 0x01, 0x5F):
        wire = dwr(avp_bytes(264, b"\xff\xfeh", flags=flags), avp_bytes(296, b"r"))
        for conv in (Converter(), Converter(layouts=False)):
            with pytest.raises(InvalidAvpValue) as e:
                conv.decode(wire)
            assert (e.value.avp, e.value.offset) == (Avp(264, b"\xff\xfeh", 0, flags), 20)


def test_an_empty_address_at_the_end_is_an_invalid_value() -> None:
    # RFC 6733 §4.3.1: an Address holds a 2-byte family and the address; 8 bytes of header alone
    # (the last AVP of the message) are no Address
    body = (
        avp_bytes(264, b"h")
        + avp_bytes(296, b"r")
        + avp_bytes(266, u32(0))
        + avp_bytes(269, b"p", 0)
        + avp_bytes(257, b"")
    )
    wire = message_bytes(257, body)
    for conv in (Converter(), Converter(layouts=False)):
        with pytest.raises(InvalidAvpValue) as e:
            conv.decode(wire)
        assert e.value.message.startswith("AVP 257: invalid value: ")
        assert (e.value.avp, e.value.offset) == (Avp(257, b"", 0, 0x40), len(wire) - 8)


def test_command_code_zero_is_a_command_code() -> None:
    from diameter.registry import Dictionary

    msg = GenericMessage(command_code=0, request=True, hop_by_hop=1, end_to_end=2)
    assert encode(msg) == message_bytes(0, b"")
    assert Converter(dictionary=Dictionary()).decode(encode(msg)) == msg


def _every_format_command() -> tuple[type, list[tuple[str, Any, bytes]]]:
    """A command with a field of each fixed-size format and of the others, with and without a
    Vendor-ID, and the wire form of each value written out by RFC 6733 §4.2-4.3."""
    from enum import IntEnum

    from diameter import AVP, Answer, AvpDef, M, Request, avp, command, repeated

    class Colour(IntEnum):
        RED = 1
        BLUE = -2

    fields: list[tuple[str, Any, Any, bytes]] = [
        ("i32", dtypes.INTEGER32, -(2**31), struct.pack("!i", -(2**31))),
        ("i32b", dtypes.INTEGER32, -1, struct.pack("!i", -1)),
        ("i64", dtypes.INTEGER64, -(2**63) + 5, struct.pack("!q", -(2**63) + 5)),
        ("u32", dtypes.UNSIGNED32, 0xFFFFFFFF, b"\xff" * 4),
        ("u64", dtypes.UNSIGNED64, 2**64 - 2, struct.pack("!Q", 2**64 - 2)),
        ("f32", dtypes.FLOAT32, -1.5, struct.pack("!f", -1.5)),
        ("f64", dtypes.FLOAT64, 2.25, struct.pack("!d", 2.25)),
        (
            "t",
            dtypes.TIME,
            datetime(2030, 5, 6, 7, 8, 9, tzinfo=UTC),
            struct.pack("!I", int(datetime(2030, 5, 6, 7, 8, 9, tzinfo=UTC).timestamp()) + 2208988800),
        ),
        ("s", dtypes.UTF8STRING, "h\u00e9", "h\u00e9".encode()),
        ("o", dtypes.OCTET_STRING, b"\x00\x01\x02", b"\x00\x01\x02"),
        ("ident", dtypes.DIAMETER_IDENTITY, "peer.example", b"peer.example"),
        ("a4", dtypes.ADDRESS, IPv4Address("198.51.100.7"), b"\x00\x01" + IPv4Address("198.51.100.7").packed),
        ("a6", dtypes.ADDRESS, IPv6Address("2001:db8::7"), b"\x00\x02" + IPv6Address("2001:db8::7").packed),
    ]
    defs: list[tuple[str, Any, Any, bytes]] = []
    code = 4300
    for vendor in (0, 99991):
        for name, fmt, value, raw in fields:
            code += 1
            d = AvpDef(f"Test-{name}-{vendor}", code, fmt, M, vendor=vendor)
            defs.append((f"{name}_{vendor}", d, value, raw))
    colour = AvpDef("Test-Colour", 4399, dtypes.ENUMERATED, M, enum=Colour)
    colour_v = AvpDef("Test-Colour-V", 4399, dtypes.ENUMERATED, M, vendor=99991, enum=Colour)
    defs += [("colour_0", colour, Colour.BLUE, struct.pack("!i", -2)), ("colour_99991", colour_v, Colour.RED, u32(1))]

    @command("Test-Formats-Answer", code=16000009, application_id=16777009, request=False)
    class FormatsAnswer(Answer):
        result_code: int = avp(base.RESULT_CODE)

    namespace: dict[str, Any] = {"__annotations__": {}}
    for name, d, _, _ in defs:
        namespace["__annotations__"][name] = Any
        namespace[name] = repeated(d)
    namespace["__annotations__"]["avps"] = tuple[Avp, ...]
    namespace["avps"] = repeated(AVP, default=())
    cls = command("Test-Formats-Request", code=16000009, application_id=16777009, request=True)(
        type("FormatsRequest", (Request,), namespace)
    )
    return cls, [(name, value, avp_bytes(d.code, raw, 0x40, d.vendor or None)) for name, d, value, raw in defs]


def test_every_data_format_with_and_without_a_vendor_id() -> None:
    # RFC 6733 §4.2 and §4.3: the wire form of each basic and derived format, one and two values
    # of each, through the general decoder and a learned layout
    cls, fields = _every_format_command()
    msg = cls(**{name: (value,) for name, value, _ in fields}, hop_by_hop=1, end_to_end=2)
    wire = message_bytes(16000009, b"".join(raw for _, _, raw in fields), app=16777009)
    assert encode(msg) == wire
    twice = cls(**{name: (value, value) for name, value, _ in fields}, hop_by_hop=1, end_to_end=2)
    wire2 = message_bytes(16000009, b"".join(raw + raw for _, _, raw in fields), app=16777009)
    assert encode(twice) == wire2
    for m, w in ((msg, wire), (twice, wire2)):
        general = Converter(layouts=False)
        learned = Converter()
        for _ in range(_layout.LEARN_AFTER):
            learned.decode_as(cls, w)
        assert learned.learned_layouts(cls).by_length[len(w)]  # type: ignore[union-attr]
        for conv in (general, learned):
            back: Message = conv.decode_as(cls, w)
            assert back == m and conv.encode(back) == w
            for name, value, _ in fields:
                got = getattr(back, name)[0]
                assert got == value and type(got) is type(value), name
            assert getattr(back, "wire_flags") is None
    # out of order: the general loop decodes each format too
    backwards = message_bytes(16000009, b"".join(raw for _, _, raw in reversed(fields)), app=16777009)
    assert Converter().decode_as(cls, backwards) == msg


def test_a_truncated_avp_after_its_field_was_taken_is_a_length_error() -> None:
    # RFC 6733 §4.1, §7.1.5: trailing bytes that are no whole AVP are 5014, whether or not an AVP
    # of the code their header names came before (an AVP that is not there occurs no time)
    for tail, message in [
        (struct.pack("!I", 296), "4 bytes left, too few for an AVP header"),
        (struct.pack("!II", 296, 0x40000010), "AVP 296 has length 16, which does not fit its container"),
    ]:
        for first in (avp_bytes(264, b"h") + avp_bytes(296, b"r"), avp_bytes(296, b"r") + avp_bytes(264, b"h")):
            wire = dwr(first + tail)
            for conv in (Converter(), Converter(layouts=False)):
                with pytest.raises(InvalidAvpLength) as e:
                    conv.decode(wire)
                assert (e.value.message, e.value.offset) == (message, 20 + len(first))


def test_the_general_loop_steps_over_unpadded_and_empty_avps() -> None:
    # RFC 6733 §4.1: an AVP takes its length rounded up to a multiple of four; unknown AVPs in a
    # row (one of length 12, one vendor-specific with no data: 12 bytes) go to the * [ AVP ] field
    unknown = [Avp(99991, b"abcd", 0, 0), Avp(99992, b"", 12345, 0x80), Avp(99993, b"xyz", 0, 0), Avp(99994, b"", 0, 0)]
    body = avp_bytes(264, b"h") + avp_bytes(296, b"r") + b"".join(a.encode() for a in unknown) + avp_bytes(278, u32(1))
    for conv in (Converter(), Converter(layouts=False)):
        msg = conv.decode(dwr(body))
        assert msg == DWR(
            origin_host="h", origin_realm="r", origin_state_id=1, avps=tuple(unknown), hop_by_hop=1, end_to_end=2
        )


def test_a_grouped_avp_out_of_order_is_decoded_as_strictly() -> None:
    # Experimental-Result after Proxy-Info (out of CCF order: the general loop decodes it) holding
    # an unknown AVP with the M bit: 5001 (RFC 6733 §4.1); for a relay's converter the AVP is
    # still not allowed there (no * [ AVP ] in Experimental-Result: 5008)
    unknown = avp_bytes(77777, b"m", flags=0x40)
    er = avp_bytes(297, avp_bytes(266, u32(10415)) + avp_bytes(298, u32(5030)) + unknown)
    head = avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(268, u32(3002))
    pi = avp_bytes(284, avp_bytes(280, b"p") + avp_bytes(33, b"s"))
    wire = message_bytes(275, head + pi + er, flags=0x20, app=4)
    at = 20 + len(head + pi) + 8 + 12 + 12
    for conv in (Converter(), Converter(layouts=False)):
        with pytest.raises(AvpUnsupported) as e:
            conv.decode(wire)
        assert (e.value.avp, e.value.offset) == (Avp(77777, b"m", 0, 0x40), at)
    with pytest.raises(AvpNotAllowed) as e2:
        Converter(strict=False).decode(wire)
    assert (e2.value.avp, e2.value.offset) == (Avp(77777, b"m", 0, 0x40), at)


def test_the_dispatch_cache_keeps_applications_and_commands_apart() -> None:
    # the class of a message depends on the Application-Id, the command code and the R and E
    # bits of its header (RFC 6733 §3): decoding one never changes how another decodes
    from diameter.apps import nasreq

    conv = Converter()
    dwa = encode(full_instance(base.DWA))  # an answer of application 0
    assert type(conv.decode(dwa)) is base.DWA
    assert type(conv.decode(dwa[:8] + struct.pack("!I", 7) + dwa[12:])) is GenericMessage  # DWA is application 0's
    nasreq_acr = encode(full_instance(nasreq.ACR))
    assert type(conv.decode(nasreq_acr)) is nasreq.ACR
    for app in (0, 2):  # no Accounting-Request for these applications: a generic message
        other = nasreq_acr[:8] + struct.pack("!I", app) + nasreq_acr[12:]
        assert type(conv.decode(other)) is GenericMessage
    assert type(conv.decode(nasreq_acr)) is nasreq.ACR
    assert type(conv.decode(message_bytes(0, b"", flags=0))) is GenericMessage  # code 0, app 0, answer
    assert type(conv.decode(nasreq_acr)) is nasreq.ACR
    from diameter.apps import mip4

    amr = encode(full_instance(mip4.AMR))  # application 2
    assert type(conv.decode(amr)) is mip4.AMR
    for app in (1, 4):  # no AA-Mobile-Node-Request there
        assert type(conv.decode(amr[:8] + struct.pack("!I", app) + amr[12:])) is GenericMessage
    assert type(conv.decode(amr)) is mip4.AMR


def test_an_answer_naming_an_unsupported_avp_in_failed_avp_decodes() -> None:
    # RFC 6733 §7.1.5 (5001) and §7.5: the answer to a message with an unrecognised M-bit AVP
    # carries that AVP in Failed-AVP; the answer is not itself rejected for it
    unsupported = Avp(77777, b"m", 0, 0x40)
    body = (
        avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(268, u32(5001)) + avp_bytes(279, unsupported.encode())
    )
    wire = message_bytes(275, body, flags=0x20, app=4)
    for conv in (Converter(), Converter(layouts=False), Converter(strict=False)):
        msg = conv.decode(wire)
        assert isinstance(msg, AnswerMessage) and msg.result_code == 5001
        assert msg.failed_avp == FailedAVP(avps=(unsupported,))
        assert conv.encode(msg) == wire
        assert conv.decode_grouped(FailedAVP, unsupported.encode()) == FailedAVP(avps=(unsupported,))
    # elsewhere the M bit still counts: Proxy-Info holding it is rejected
    pi = avp_bytes(284, avp_bytes(280, b"p") + avp_bytes(33, b"s") + unsupported.encode())
    with pytest.raises(AvpUnsupported):
        decode(message_bytes(275, body + pi, flags=0x20, app=4))


def test_decode_grouped_is_as_strict_as_its_converter() -> None:
    data = avp_bytes(280, b"p") + avp_bytes(33, b"s") + avp_bytes(77777, b"m", flags=0x40)
    with pytest.raises(AvpUnsupported) as e:
        Converter().decode_grouped(ProxyInfo, data)
    assert (e.value.avp, e.value.offset) == (Avp(77777, b"m", 0, 0x40), 24)
    relaxed = Converter(strict=False).decode_grouped(ProxyInfo, data)
    assert relaxed == ProxyInfo(proxy_host="p", proxy_state=b"s", avps=(Avp(77777, b"m", 0, 0x40),))


def test_avp_codes_of_32_bits() -> None:
    # RFC 6733 §4.1: the AVP Code is 32 bits; codes from 2**31 on (no Vendor-ID) encode and decode
    from diameter import AVP, Answer, AvpDef, M, Request, avp, command, repeated

    high = AvpDef("Test-High-Code", 0xFFFFFFF0, dtypes.UNSIGNED32, M)
    high_text = AvpDef("Test-High-Text", 0xFFFFFFF1, dtypes.UTF8STRING, M)

    @command("Test-High-Answer", code=16000011, application_id=16777011, request=False)
    class HighAnswer(Answer):
        result_code: int = avp(base.RESULT_CODE)

    @command("Test-High-Request", code=16000011, application_id=16777011, request=True)
    class HighRequest(Request[HighAnswer]):
        number: int = avp(high)
        text: str = avp(high_text)
        avps: tuple[Avp, ...] = repeated(AVP, default=())

    msg = HighRequest(number=7, text="t", hop_by_hop=1, end_to_end=2)
    wire = message_bytes(16000011, avp_bytes(0xFFFFFFF0, u32(7)) + avp_bytes(0xFFFFFFF1, b"t"), app=16777011)
    assert encode(msg) == wire
    assert Converter().decode_as(HighRequest, wire) == msg


def test_octet_strings_of_any_bytes_like_type_encode_as_bytes() -> None:
    # an OctetString value may be any bytes-like object; a str is refused, naming the field
    expected = encode(
        RAA(
            session_id="s",
            result_code=2001,
            origin_host="h",
            origin_realm="r",
            proxy_info=(ProxyInfo(proxy_host="p", proxy_state=b"st"),),
        )
    )
    for state in (bytearray(b"st"), memoryview(b"st")):
        raa = RAA(
            session_id="s",
            result_code=2001,
            origin_host="h",
            origin_realm="r",
            proxy_info=(ProxyInfo(proxy_host="p", proxy_state=state),),  # type: ignore[arg-type]
        )
        assert Converter().encode(raa) == expected
    with pytest.raises(EncodeError) as e:
        Converter().encode_grouped(ProxyInfo(proxy_host="p", proxy_state="st"))  # type: ignore[arg-type]
    assert str(e.value) == "ProxyInfo.proxy_state (Proxy-State): expected bytes, not str; got 'st'"


# --- damage with a known answer: the Result-Code (RFC 6733 §7.1) and Failed-AVP (§7.5) -------

#: The Result-Code each decode error answers with: 3008 DIAMETER_INVALID_HDR_BITS (§7.1.3);
#: 5001 AVP_UNSUPPORTED, 5004 INVALID_AVP_VALUE, 5005 MISSING_AVP, 5008 AVP_NOT_ALLOWED,
#: 5009 AVP_OCCURS_TOO_MANY_TIMES, 5014 INVALID_AVP_LENGTH, 5015 INVALID_MESSAGE_LENGTH (§7.1.5).
RESULT_CODES: dict[type[DecodeError], int] = {
    InvalidHeader: 3008,
    UnsupportedVersion: 5011,
    InvalidMessageLength: 5015,
    LimitExceeded: 5015,
    InvalidAvpLength: 5014,
    InvalidAvpValue: 5004,
    MissingAvp: 5005,
    AvpNotAllowed: 5008,
    TooManyAvps: 5009,
    AvpUnsupported: 5001,
}


def test_each_decode_error_class_carries_its_result_code() -> None:
    import diameter.errors

    defined = {
        c
        for c in vars(diameter.errors).values()
        if isinstance(c, type) and issubclass(c, DecodeError) and c is not DecodeError
    }
    assert defined == set(RESULT_CODES)  # a new error class needs its Result-Code here
    for cls, code in RESULT_CODES.items():
        e = cls("what went wrong", avp=Avp(1, b"x"), offset=24)
        assert e.result_code == code and cls.result_code == code
        assert str(e) == f"what went wrong at offset 24 (Result-Code {code})"
        assert (e.message, e.avp, e.offset) == ("what went wrong", Avp(1, b"x"), 24)
        assert str(cls("no offset")) == f"no offset (Result-Code {code})" and cls("no offset").avp is None


@attrs.define
class _Node:
    """One AVP of a message under test, written back to bytes by :func:`_serialize` (the AVP
    header of RFC 6733 §4.1). A grouped AVP's data is its children's bytes."""

    code: int
    flags: int
    vendor: int
    data: bytes
    children: list[_Node] | None = None
    length: int | None = None  # an AVP Length other than the true one
    pos: int = -1  # where _serialize put the AVP, from the start of the message


def _field_of(owner: type, code: int, vendor: int) -> Any:
    for spec in fields_of(owner):
        if spec.kind != "extra" and (spec.definition.code, spec.definition.vendor) == (code, vendor):
            return spec
    return None


def _parse(data: bytes, owner: type) -> list[_Node]:
    """The AVPs of well-formed ``data`` (AVPs of ``owner``), grouped ones split into children."""
    nodes = []
    pos = 0
    while pos < len(data):
        code, fl = struct.unpack_from("!II", data, pos)
        h = 12 if fl >> 31 else 8
        vendor = struct.unpack_from("!I", data, pos + 8)[0] if h == 12 else 0
        payload = data[pos + h : pos + (fl & 0xFFFFFF)]
        spec = _field_of(owner, code, vendor)
        children = None
        if spec is not None and spec.definition.cls is not None:
            children = _parse(payload, spec.definition.cls)
        nodes.append(_Node(code, fl >> 24, vendor, payload, children))
        pos += (len(payload) + h + 3) & -4
    return nodes


def _serialize(nodes: list[_Node], start: int) -> bytes:
    out = bytearray()
    for n in nodes:
        n.pos = start + len(out)
        h = 12 if n.flags & 0x80 else 8
        payload = n.data if n.children is None else _serialize(n.children, n.pos + h)
        n.data = payload
        out += struct.pack("!II", n.code, (n.flags << 24) | (h + len(payload) if n.length is None else n.length))
        if h == 12:
            out += struct.pack("!I", n.vendor)
        out += payload + bytes(-len(payload) % 4)
    return bytes(out)


def _message(header: bytes, nodes: list[_Node]) -> bytes:
    body = _serialize(nodes, 20)
    return struct.pack("!I", 0x01000000 | (20 + len(body))) + header[4:20] + body


@attrs.frozen
class _Site:
    """Where an AVP of a message is: its index at each level, the fields leading to it (name,
    occurrence, kind), the class whose CCF holds it, and its field there."""

    index: tuple[int, ...]
    path: tuple[tuple[str, int, str], ...]
    owner: type
    spec: Any
    occurrence: int
    count: int  # occurrences of the field in its owner


def _sites(
    nodes: list[_Node], owner: type, index: tuple[int, ...] = (), path: tuple[tuple[str, int, str], ...] = ()
) -> list[_Site]:
    out = []
    seen: dict[str, int] = {}
    specs = [_field_of(owner, n.code, n.vendor) for n in nodes]
    for i, (n, spec) in enumerate(zip(nodes, specs, strict=True)):
        if spec is None:
            continue  # an AVP of * [ AVP ]: no CCF rule to break
        k = seen[spec.name] = seen.get(spec.name, -1) + 1
        count = sum(s is spec for s in specs)
        out.append(_Site(index + (i,), path, owner, spec, k, count))
        if n.children is not None:
            out += _sites(n.children, spec.definition.cls, index + (i,), path + ((spec.name, k, spec.kind),))
    return out


def _node(nodes: list[_Node], index: tuple[int, ...]) -> tuple[list[_Node], _Node]:
    """The list holding the node at ``index``, and the node."""
    for i in index[:-1]:
        children = nodes[i].children
        assert children is not None
        nodes = children
    return nodes, nodes[index[-1]]


def _edit(obj: Any, path: tuple[tuple[str, int, str], ...], change: Any) -> Any:
    """``obj`` with ``change`` applied to the object at ``path`` (a copy; objects are frozen)."""
    if not path:
        return change(obj)
    (name, k, kind), rest = path[0], path[1:]
    value = getattr(obj, name)
    if kind == "many":
        value = (*value[:k], _edit(value[k], rest, change), *value[k + 1 :])
    else:
        value = _edit(value, rest, change)
    return attrs.evolve(obj, **{name: value})


def _without(site: _Site, extra: Avp | None = None) -> Any:
    """The change to the owner object: the site's value gone (and ``extra`` among its AVPs)."""

    def change(o: Any) -> Any:
        s = site.spec
        value = getattr(o, s.name)
        new = (*value[: site.occurrence], *value[site.occurrence + 1 :]) if s.kind == "many" else None
        o = attrs.evolve(o, **{s.name: new})
        if extra is not None:
            name = _extra_field(type(o))
            assert name is not None
            o = attrs.evolve(o, **{name: (*getattr(o, name), extra)})
        return o

    return change


def _extra_field(cls: type) -> str | None:
    return next((s.name for s in fields_of(cls) if s.kind == "extra"), None)


def _raw(n: _Node) -> Avp:
    return Avp(n.code, n.data, n.vendor, n.flags)


_UNKNOWN_CODE = 0xFFFFFF01  # an AVP code no bundled dictionary defines (checked below)
_USER_NAME = Avp(1, b"alice", 0, 0x40)  # known to the base dictionary, in no base grouped CCF

#: The kinds of damage, each done to one AVP (the site) of a well-formed message.
DAMAGE = (
    "short",
    "past-container",
    "fixed-size",
    "unknown-m",
    "unknown",
    "repeated",
    "removed",
    "bad-utf8",
    "bad-address",
    "not-allowed",
)

_Check = Callable[[DecodeError, bytes], None]


def _exactly(avp: Avp, offset: int | None) -> _Check:
    """The error names ``avp`` for Failed-AVP (at ``offset`` when given)."""

    def check(error: DecodeError, data: bytes) -> None:
        assert error.avp == avp
        if offset is not None:
            assert error.offset == offset

    return check


def _says(check: _Check, message: str, *, prefix: bool = False) -> _Check:
    """``check``, and the error's message is ``message`` (starts with it, with ``prefix``)."""

    def both(error: DecodeError, data: bytes) -> None:
        check(error, data)
        assert error.message.startswith(message) if prefix else error.message == message, error.message
        where = f" at offset {error.offset}" if error.offset is not None else ""
        assert str(error) == f"{error.message}{where} (Result-Code {RESULT_CODES[type(error)]})"

    return both


def _owner_name(cls: type) -> str:
    """How errors name a command (its name) or a grouped AVP class (its AVP's name)."""
    return command_info(cls).name if is_command(cls) else grouped_info(cls).definition.name


def _damage(
    kind: str, header: bytes, nodes: list[_Node], site: _Site, obj: Any, strict: bool = True
) -> tuple[bytes, Any, Any] | None:
    """Apply ``kind`` to the AVP at ``site`` (``nodes`` are changed in place): the damaged message
    and what decoding it must give, ``(error class, check of the error)`` or ``("ok", the object)``;
    None where ``kind`` does not apply to that AVP. The rules are RFC 6733's: §4.1 (AVP header,
    M bit), §4.2, §4.3.1 and §7.1.5 (lengths, values), §3.2 (the CCF of the owner)."""
    siblings, n = _node(nodes, site.index)
    s = site.spec
    d = s.definition
    h = 12 if n.flags & 0x80 else 8
    limit = 1 if s.kind in ("one", "optional") else s.max
    missing = s.kind == "one" or (s.kind == "many" and site.count - 1 < s.min)
    # §7.5: for a missing AVP, Failed-AVP holds its code and vendor and zero-filled data
    missing_avp = Avp(d.code, bytes(d.format.size or 0), d.vendor, d.flags)
    owner = _owner_name(site.owner)
    left = site.count - 1
    missing_message = (
        f"{owner}: {d.name} occurs {left} times, at least {s.min} required"
        if s.kind == "many" and left
        else f"{owner}: required AVP {d.name} is missing"
    )
    container = ", which does not fit its container"

    def container_end() -> int:
        """Where the message or grouped AVP holding the site ends (once serialized)."""
        if len(site.index) == 1:
            return 20 + sum(len(x.data) + (12 if x.flags & 0x80 else 8) + (-len(x.data) % 4) for x in nodes)
        parent = _node(nodes, site.index[:-1])[1]
        return parent.pos + (12 if parent.flags & 0x80 else 8) + len(parent.data)

    def at_site(error: DecodeError, data: bytes) -> None:
        # Failed-AVP: the AVP's header as received, and of its data no more than its AVP Length
        # and its container hold
        assert error.offset == n.pos and error.avp is not None
        assert (error.avp.code, error.avp.vendor, error.avp.flags) == (n.code, n.vendor, n.flags)
        assert data[n.pos + h : n.pos + h + len(error.avp.data)] == error.avp.data
        declared = struct.unpack_from("!I", data, n.pos + 4)[0] & 0xFFFFFF
        assert len(error.avp.data) <= max(0, min(declared, container_end() - n.pos) - h)
        if h <= declared <= container_end() - n.pos:  # an AVP whole where it is: all its data
            assert error.avp.data == data[n.pos + h : n.pos + declared]

    if kind == "short":  # AVP Length below the size of its own header (§4.1)
        n.length = h - 1
        return _message(header, nodes), InvalidAvpLength, _says(at_site, f"AVP {n.code} has length {h - 1}{container}")
    if kind == "past-container":  # AVP Length past the end of the message or grouped AVP
        _message(header, nodes)
        n.length = container_end() - n.pos + 4
        return (
            _message(header, nodes),
            InvalidAvpLength,
            _says(at_site, f"AVP {n.code} has length {n.length}{container}"),
        )
    if kind == "fixed-size":  # a fixed-size format (§4.2) with four bytes more
        if d.format.size is None:
            return None
        n.data += bytes(4)
        return (
            _message(header, nodes),
            InvalidAvpLength,
            _says(at_site, f"AVP {n.code} has length {h + len(n.data)}, which does not fit its data format"),
        )
    if kind in ("unknown-m", "unknown"):  # the AVP's code replaced by one no dictionary knows
        assert DEFAULT.avp(_UNKNOWN_CODE, n.vendor) is None
        n.code = _UNKNOWN_CODE
        n.flags = n.flags | 0x40 if kind == "unknown-m" else n.flags & ~0x40
        data = _message(header, nodes)
        if kind == "unknown-m" and strict:
            # §4.1: an AVP with the M bit that the receiver does not recognise is rejected (5001)
            return (
                data,
                AvpUnsupported,
                _says(
                    _exactly(_raw(n), n.pos),
                    f"{owner}: AVP {n.code} (vendor {n.vendor}) with the M bit is not supported",
                ),
            )
        if _extra_field(site.owner) is None:  # no * [ AVP ] in the owner's CCF
            return (
                data,
                AvpNotAllowed,
                _says(_exactly(_raw(n), n.pos), f"{owner}: AVP {n.code} (vendor {n.vendor}) is not allowed here"),
            )
        if missing:
            return data, MissingAvp, _says(_exactly(missing_avp, None), missing_message)
        return data, "ok", _edit(obj, site.path, _without(site, _raw(n)))
    if kind == "repeated":  # a copy of the AVP right after it
        siblings.insert(site.index[-1] + 1, _Node(n.code, n.flags, n.vendor, n.data, n.children))
        data = _message(header, nodes)
        if limit is not None and site.count + 1 > limit:
            beyond = [x for x in siblings if (x.code, x.vendor) == (n.code, n.vendor)][limit]

            def past_limit(error: DecodeError, data: bytes) -> None:
                # the first occurrence past the CCF's limit, at its place when the error has one
                _exactly(_raw(beyond), None)(error, data)
                assert error.offset in (None, beyond.pos)

            return (
                data,
                TooManyAvps,
                _says(past_limit, f"{owner}: {d.name} occurs more than {limit} time{'s' if limit != 1 else ''}"),
            )

        def twice(o: Any) -> Any:
            value = getattr(o, s.name)
            return attrs.evolve(o, **{s.name: (*value[: site.occurrence + 1], *value[site.occurrence :])})

        return data, "ok", _edit(obj, site.path, twice)
    if kind == "removed":
        del siblings[site.index[-1]]
        data = _message(header, nodes)
        if missing:
            return data, MissingAvp, _says(_exactly(missing_avp, None), missing_message)
        return data, "ok", _edit(obj, site.path, _without(site))
    if kind == "bad-utf8":  # §4.3.1: UTF8String (and so DiameterIdentity) data is UTF-8
        if d.format not in (dtypes.UTF8STRING, dtypes.DIAMETER_IDENTITY) or not n.data:
            return None
        n.data = b"\xff" + n.data[1:]
        data = _message(header, nodes)
        return data, InvalidAvpValue, _says(_exactly(_raw(n), n.pos), f"AVP {n.code}: invalid value: ", prefix=True)
    if kind == "bad-address":  # §4.3.1 Address: family 1 is IPv4 (4 bytes), family 2 IPv6 (16)
        if d.format is not dtypes.ADDRESS or n.data[:2] not in (b"\x00\x01", b"\x00\x02"):
            return None
        n.data = n.data[:2] + (bytes(16) if n.data[:2] == b"\x00\x01" else bytes(4))
        data = _message(header, nodes)
        return data, InvalidAvpValue, _says(_exactly(_raw(n), n.pos), f"AVP {n.code}: invalid value: ", prefix=True)
    if kind == "not-allowed":  # a known AVP that a grouped AVP's CCF does not name
        if n.children is None or _field_of(d.cls, 1, 0) is not None:
            return None
        user_name = _Node(_USER_NAME.code, _USER_NAME.flags, 0, _USER_NAME.data)
        n.children.append(user_name)
        data = _message(header, nodes)
        if _extra_field(d.cls) is None:
            return (
                data,
                AvpNotAllowed,
                _says(_exactly(_USER_NAME, user_name.pos), f"{d.name}: User-Name is not allowed here"),
            )

        def more(o: Any) -> Any:
            name = _extra_field(type(o))
            assert name is not None
            return attrs.evolve(o, **{name: (*getattr(o, name), _USER_NAME)})

        return data, "ok", _edit(obj, (*site.path, (s.name, site.occurrence, s.kind)), more)
    raise AssertionError(kind)


def _damaged_class(name: str) -> type:
    if name.startswith("tgpp."):
        from diameter.apps import tgpp

        return getattr(tgpp, name[5:])  # type: ignore[no-any-return]
    return getattr(base, name)  # type: ignore[no-any-return]


_DAMAGED = [_class_id(c) for c in COMMANDS] + ["tgpp.CancelLocationRequest"]  # with vendor AVPs


@pytest.mark.parametrize("kind", DAMAGE)
@pytest.mark.parametrize("name", _DAMAGED)
def test_each_kind_of_damage_gives_its_result_code_and_failed_avp(name: str, kind: str) -> None:
    """Every AVP of a fully populated message, at every level, damaged one way at a time: the
    exact error class (so Result-Code) and Failed-AVP, or the exact object where the CCF admits
    the change; the same with and without learned layouts."""
    cls = _damaged_class(name)
    msg: Message = full_instance(cls)
    wire = Converter().encode(msg)
    info = command_info(cls)
    # RFC 6733 §3: R for a request, P as the command's (the request's, for answer-message), E
    proxiable = getattr(msg, "proxiable") if issubclass(cls, ErrorAnswer) else info.proxiable
    assert wire[4] == 0x80 * info.request | 0x40 * proxiable | 0x20 * info.error
    learned = Converter()
    for _ in range(_layout.LEARN_AFTER):
        learned.decode_as(cls, wire)
    layouts = learned.learned_layouts(cls)
    assert (layouts is not None and len(wire) in layouts.by_length) == _layout.learnable(cls)
    converters = [(learned, True), (Converter(layouts=False), True)]
    if kind == "unknown-m":
        converters.append((Converter(strict=False), False))
    applied = 0
    for site in _sites(_parse(wire[20:], cls), cls):
        for conv, strict in converters:
            nodes = _parse(wire[20:], cls)
            done = _damage(kind, wire[:20], nodes, site, msg, strict)
            if done is None:
                continue
            applied += 1
            data, expected, check = done
            assert data != wire
            label = f"{kind} at {[p[0] for p in site.path] + [site.spec.name]} (strict={strict})"
            if expected == "ok":
                back: Message = conv.decode_as(cls, data)
                assert back == check and type(back) is cls, label
                assert (back.hop_by_hop, back.end_to_end) == (msg.hop_by_hop, msg.end_to_end)
                continue
            with pytest.raises(DecodeError) as e:
                conv.decode_as(cls, data)
            assert type(e.value) is expected, f"{label}: {e.value!r}"
            assert e.value.result_code == RESULT_CODES[expected]
            check(e.value, data)
    assert applied or kind in ("bad-address", "not-allowed", "fixed-size")


# --- robustness: nothing but DecodeError for any input ---------------------------------------

_VALID = [
    encode(m)
    for m in (
        DWR(origin_host="h", origin_realm="r", origin_state_id=3),
        CEA(
            result_code=2001,
            origin_host="h",
            origin_realm="r",
            host_ip_address=(IPv6Address("::1"),),
            vendor_id=1,
            product_name="p",
            vendor_specific_application_id=(VendorSpecificApplicationId(vendor_id=1, acct_application_id=3),),
            failed_avp=FailedAVP(avps=(Avp(5, b"abc", 7, 0xC0),)),
        ),
        ACR(
            session_id="s",
            origin_host="h",
            origin_realm="r",
            destination_realm="d",
            accounting_record_type=2,
            accounting_record_number=1,
            event_timestamp=datetime(2030, 1, 1, tzinfo=UTC),
            proxy_info=(ProxyInfo(proxy_host="p", proxy_state=b"s"),),
        ),
    )
]


def _header_faults(data: bytes) -> set[type[DecodeError]]:
    """What is wrong with the header of ``data`` by RFC 6733 §3: version 1 (5011), the reserved
    command flags zero, no E flag on a request (3008), a Message Length of all the bytes, a
    multiple of four (5015)."""
    if len(data) < 20:
        return {InvalidMessageLength}
    faults: set[type[DecodeError]] = set()
    if data[0] != 1:
        faults.add(UnsupportedVersion)
    if data[4] & 0x0F or data[4] & 0xA0 == 0xA0:
        faults.add(InvalidHeader)
    if int.from_bytes(data[1:4], "big") != len(data) or len(data) % 4:
        faults.add(InvalidMessageLength)
    return faults


def _assert_failed_avp_is_from(e: DecodeError, data: bytes) -> None:
    """Failed-AVP (RFC 6733 §7.5), where the error has one, names an AVP of ``data``."""
    a = e.avp
    if a is None:
        return
    if isinstance(e, MissingAvp):  # the missing AVP's code and vendor, zero-filled data
        d = DEFAULT.avp(a.code, a.vendor)
        assert d is not None and a.flags == d.flags and not any(a.data)
        return
    if e.offset is None:  # a repetition met after the in-order pass: the value encoded again
        assert isinstance(e, TooManyAvps)
        code = struct.pack("!I", a.code)
        assert sum(data[p : p + 4] == code for p in range(20, len(data), 4)) >= 2
        return
    b = data + bytes(12)
    code, fl = struct.unpack_from("!II", b, e.offset)
    h = 12 if fl >> 31 else 8
    assert (a.code, a.flags, a.vendor) == (
        code,
        fl >> 24,
        struct.unpack_from("!I", b, e.offset + 8)[0] if h == 12 else 0,
    )
    assert data[e.offset + h : e.offset + h + len(a.data)] == a.data


# one for every input: a converter makes its decoders on first use, and a flipped byte can name
# any of the hundreds of command classes loaded
_RELAXED = Converter(strict=False, max_depth=2)


def _decode_gives_a_round_trip_or_its_error(data: bytes) -> None:
    """Any input: either a message that encodes to bytes decoding back to the same message (and
    encoding again to the same bytes), or a DecodeError of a known class, with the Result-Code
    of its class, the header's fault when the header has one, and a Failed-AVP from the input."""
    faults = _header_faults(data)
    for conv in (diameter.converter.DEFAULT_CONVERTER, _RELAXED):
        try:
            msg = conv.decode(data)
        except DecodeError as e:
            assert type(e) in RESULT_CODES and e.result_code == RESULT_CODES[type(e)]
            assert (
                type(e) in faults
                if faults
                else type(e) not in (InvalidHeader, UnsupportedVersion, InvalidMessageLength)
            )
            _assert_failed_avp_is_from(e, data)
        else:
            assert not faults
            wire = conv.encode(msg)
            back = conv.decode(wire)
            assert back == msg and type(back) is type(msg)
            hbh, e2e = struct.unpack_from("!II", data, 12)
            assert (back.hop_by_hop, back.end_to_end, back.retransmit) == (hbh, e2e, bool(data[4] & 0x10))
            assert (msg.hop_by_hop, msg.end_to_end, msg.retransmit) == (hbh, e2e, bool(data[4] & 0x10))
            assert getattr(back, "wire_flags", None) == getattr(msg, "wire_flags", None)
            assert conv.encode(back) == wire
            assert wire[4] & 0xA0 == data[4] & 0xA0 and wire[5:8] == data[5:8]  # R, E, command code


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_decode_or_raise_their_error(data: bytes) -> None:
    _decode_gives_a_round_trip_or_its_error(data)


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(
    st.binary(min_size=16, max_size=40).map(
        lambda b: b"\x01" + (4 + len(b) + -len(b) % 4).to_bytes(3, "big") + b + bytes(-len(b) % 4)
    )
)
def test_random_headers_of_the_right_length_decode_or_raise_their_error(data: bytes) -> None:
    _decode_gives_a_round_trip_or_its_error(data)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(
    st.binary(max_size=120).map(
        lambda b: (
            struct.pack("!I", 0x01000000 | (20 + len(b) + (-len(b) % 4)))
            + b"\x80\x00\x01\x18"
            + bytes(12)
            + b
            + bytes(-len(b) % 4)
        )
    )
)
def test_random_bodies_behind_a_valid_header_decode_or_raise_their_error(data: bytes) -> None:
    _decode_gives_a_round_trip_or_its_error(data)


@pytest.mark.slow
@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(_VALID),
    st.lists(st.tuples(st.integers(0, 400), st.integers(0, 255)), min_size=1, max_size=4),
    st.integers(0, 400),
)
def test_mutated_messages_decode_or_raise_their_error(base_msg: bytes, flips: list[tuple[int, int]], cut: int) -> None:
    data = bytearray(base_msg)
    for pos, value in flips:
        data[pos % len(data)] = value
    _decode_gives_a_round_trip_or_its_error(bytes(data))
    _decode_gives_a_round_trip_or_its_error(bytes(data[: max(cut, 20)]))


def test_generated_code_is_inspectable() -> None:
    import inspect

    conv = Converter()
    source = inspect.getsource(conv.decoder(DWR))
    assert source.startswith("def decode_DeviceWatchdogRequest(")
    assert "# origin_realm: Origin-Realm (one)" in source
    assert "def encode_DeviceWatchdogRequest(" in inspect.getsource(conv.encoder(DWR))


def test_avps_with_other_flags_than_the_rule_still_decode() -> None:
    # Origin-Host without M, Origin-Realm with P, Origin-State-Id without M: all accepted.
    body = avp_bytes(264, b"h", flags=0) + avp_bytes(296, b"r", flags=0x60) + avp_bytes(278, u32(9), flags=0)
    conv = Converter()  # generated afresh here
    msg = conv.decode(dwr(body))
    assert msg == DWR(origin_host="h", origin_realm="r", origin_state_id=9, hop_by_hop=1, end_to_end=2)
    # nothing is lost: the received flags come back on encoding (a relay forwards them as is)
    assert conv.encode(msg) == dwr(body)
    assert msg.wire_flags == {("origin_host", 0): 0x00, ("origin_realm", 0): 0x60, ("origin_state_id", 0): 0x00}
    # an object changed by the application is encoded by the rules, as one built by it
    ruled = dwr(avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(278, u32(10)))
    assert encode(evolve(msg, origin_state_id=10)) == ruled
    assert encode(DWR(origin_host="h", origin_realm="r", origin_state_id=10, hop_by_hop=1, end_to_end=2)) == ruled
    # nested and repeated fields too, in and out of CCF order
    vsai = avp_bytes(260, avp_bytes(266, u32(10415), flags=0) + avp_bytes(258, u32(4)))
    cer = (
        avp_bytes(264, b"h")
        + avp_bytes(296, b"r")
        + avp_bytes(257, b"\x00\x01" + bytes(4))
        + avp_bytes(257, b"\x00\x01" + bytes(4), flags=0)
        + avp_bytes(266, u32(0))
        + avp_bytes(269, b"p", flags=0x40)
        + vsai
        + avp_bytes(267, u32(1), flags=0x40)
    )
    wire = message_bytes(257, cer)
    back = conv.decode(wire)
    assert conv.encode(back) == wire
    from diameter.data import from_json, to_json

    # the received flags survive JSON (this CER is in CCF order, so its bytes come back whole)
    assert conv.encode(from_json(type(back), to_json(back))) == wire


def test_decoded_addresses_are_ordinary_ipaddress_objects() -> None:
    import pickle

    v4, v6 = IPv4Address("192.0.2.1"), IPv6Address("2001:db8::1")
    cea = CEA(
        result_code=2001, origin_host="h", origin_realm="r", host_ip_address=(v4, v6), vendor_id=0, product_name="p"
    )
    a, b = decode(encode(cea)).host_ip_address  # type: ignore[attr-defined]
    assert type(a) is IPv4Address and type(b) is IPv6Address
    assert (a, b) == (v4, v6) and hash(a) == hash(v4) and hash(b) == hash(v6)
    assert str(b) == "2001:db8::1" and b.scope_id is None and not a.is_loopback and a in {v4}
    assert pickle.loads(pickle.dumps(a)) == v4 and pickle.loads(pickle.dumps(b)) == v6
    assert a + 1 == IPv4Address("192.0.2.2") and b.exploded == v6.exploded


def test_in_order_pass_resumes_after_a_misplaced_avp() -> None:
    # Origin-State-Id first (its CCF place is last), then the rest in order, an unknown AVP,
    # and a repeated Origin-Host after it: decoded fields, kept AVP, then 5009 for the repeat.
    unknown = avp_bytes(123456, b"u", flags=0)
    body = avp_bytes(278, u32(4)) + avp_bytes(264, b"h") + avp_bytes(296, b"r") + unknown
    msg = decode(dwr(body))
    assert msg == DWR(
        origin_host="h",
        origin_realm="r",
        origin_state_id=4,
        avps=(Avp(123456, b"u", 0, 0),),
        hop_by_hop=1,
        end_to_end=2,
    )
    with pytest.raises(TooManyAvps) as e:
        decode(dwr(body + avp_bytes(264, b"again")))
    assert e.value.avp == Avp(264, b"again", 0, 0x40)
