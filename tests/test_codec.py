"""The converter: golden bytes, round trips of every class, errors and limits, robustness."""

from __future__ import annotations

import struct
from datetime import datetime, timezone
from ipaddress import IPv4Address, IPv6Address
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diameter
from diameter import Avp, Converter, DecodeError, EncodeError, GenericMessage, Message, decode, encode
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
)
from diameter.registry import DEFAULT
from diameter.schema import command_info, evolve, is_command, is_grouped

from strategies import instances

# Each class once: the module also binds the short aliases (CER is CapabilitiesExchangeRequest),
# so the classes are collected by identity before they are sorted.
COMMANDS = sorted({c for c in vars(base).values() if isinstance(c, type) and is_command(c)}, key=lambda c: c.__name__)
GROUPED = sorted({c for c in vars(base).values() if isinstance(c, type) and is_grouped(c)}, key=lambda c: c.__name__)


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
    return struct.pack("!II", 0x01000000 | (20 + len(avps)), (flags << 24) | code) + struct.pack("!III", app, hbh, e2e) + avps


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
    msg = DWR(origin_host="client.example.com", origin_realm="example.com", origin_state_id=7,
              hop_by_hop=0x11223344, end_to_end=0x55667788)
    assert encode(msg) == expected
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
    assert encode(msg) == expected
    assert decode(expected) == msg


def test_acr_golden_bytes_with_time_and_application_id() -> None:
    t = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
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
    msg = ACR(session_id="s;1", origin_host="h", origin_realm="r", destination_realm="d",
              accounting_record_type=AccountingRecordType.START_RECORD, accounting_record_number=0,
              accounting_sub_session_id=2**40, event_timestamp=t, hop_by_hop=1, end_to_end=2)
    assert encode(msg) == expected
    assert Converter().decode_as(ACR, expected) == msg  # decode() gives 3GPP's ACR once it is loaded


def test_header_fields_and_flags() -> None:
    msg = RAR(session_id="s", origin_host="h", origin_realm="r", destination_realm="d", destination_host="dh",
              auth_application_id=16777238, re_auth_request_type=0, retransmit=True, hop_by_hop=9, end_to_end=10)
    data = encode(msg)
    assert data[4] == 0x80 | 0x40 | 0x10  # R, P, T
    assert struct.unpack("!I", data[8:12])[0] == 16777238  # Application-Id from Auth-Application-Id
    back = decode(data)
    assert isinstance(back, RAR) and back.retransmit and back.hop_by_hop == 9 and back.end_to_end == 10
    # the answer travels with its request's Application-Id
    raa = RAA(session_id="s", result_code=ResultCode.DIAMETER_SUCCESS, origin_host="h", origin_realm="r",
              application_id=16777238)
    raa_back = decode(encode(raa))
    assert isinstance(raa_back, RAA) and raa_back.application_id == 16777238
    assert encode(msg, hop_by_hop=1, end_to_end=2)[12:20] == struct.pack("!II", 1, 2)
    h = diameter.header_of(msg)
    assert (h.version, h.length, h.command_code, h.application_id) == (1, len(data), 258, 16777238)
    assert h.is_request and h.is_proxiable and h.is_retransmit and not h.is_error
    assert (h.hop_by_hop, h.end_to_end) == (9, 10)


def test_error_bit_answer_decodes_into_answer_message() -> None:
    # a CEA-coded answer with the E bit is the generic answer-message (RFC 6733 §7.2)
    body = avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(268, u32(3010))
    msg = decode(message_bytes(257, body, flags=0x20))
    assert isinstance(msg, AnswerMessage)
    assert msg.command_code == 257 and msg.result_code == ResultCode.DIAMETER_UNKNOWN_PEER
    assert encode(msg) == message_bytes(257, body, flags=0x20)


# --- round trips ----------------------------------------------------------------------------


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
    if info.code is not None and DEFAULT.command(diameter.header_of(msg).application_id, info.code, info.request) is cls:
        assert decode(wire) == msg


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
    assert set(names) == {"CER", "CEA", "DWR", "DWA", "DPR", "DPA", "ACR", "ACA", "ASR", "ASA", "STR", "STA",
                     "RAR", "RAA", "answer-message"}


def test_decoded_objects_behave_like_constructed_ones() -> None:
    msg = CEA(result_code=ResultCode.DIAMETER_SUCCESS, origin_host="h", origin_realm="r",
              host_ip_address=(IPv4Address("10.0.0.1"),),
              vendor_id=1, product_name="p", failed_avp=FailedAVP(avps=(Avp(1, b"x", 0, 0x40),)))
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
    # re-encoding puts them in CCF order
    assert encode(decode(message_bytes(280, shuffled))) == message_bytes(280, in_order)


def test_repeated_avps_split_by_others_keep_their_order() -> None:
    body = (avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(257, b"\x00\x01" + bytes(4))
            + avp_bytes(266, u32(0)) + avp_bytes(257, b"\x00\x01" + bytes([1, 2, 3, 4])) + avp_bytes(269, b"p", 0))
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
    from diameter import AVP, AvpDef, M, Request, Answer, avp, command, repeated
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
    too_many = message_bytes(16000001, avp_bytes(263, b"s") + avp_bytes(4242, b"g", vendor=99999)
                             + b"".join(avp_bytes(4243, u32(i), flags=0, vendor=99999) for i in range(3)),
                             flags=0xC0, app=16777001)
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


@pytest.mark.parametrize(
    "mutate, error",
    [
        (lambda b: b"\x02" + b[1:], InvalidHeader),  # version 2
        (lambda b: b[:4] + b"\x81" + b[5:], InvalidHeader),  # reserved flag bit
        (lambda b: b[:4] + b"\xa0" + b[5:], InvalidHeader),  # E bit on a request
        (lambda b: b[:-4], InvalidMessageLength),  # length field says more than there is
        (lambda b: b + b"\x00\x00\x00\x00", InvalidMessageLength),
        (lambda b: b[:10], InvalidMessageLength),
    ],
)
def test_invalid_headers(mutate: Any, error: type[DecodeError]) -> None:
    good = encode(DWR(origin_host="h", origin_realm="r"))
    with pytest.raises(error) as e:
        decode(mutate(good))
    assert e.value.result_code in (3008, 5015)


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
        encode(ACR(session_id="s", origin_host="h", origin_realm="r", destination_realm="d", accounting_record_type=1,
                   accounting_record_number=0, event_timestamp=datetime(2020, 1, 1)))
    with pytest.raises(EncodeError, match="proxy_state"):
        encode(RAA(session_id="s", result_code=2001, origin_host="h", origin_realm="r",
                   proxy_info=(ProxyInfo(proxy_host="p", proxy_state="text"),)))  # type: ignore[arg-type]


# --- robustness: nothing but DecodeError for any input ---------------------------------------

_VALID = [encode(m) for m in (
    DWR(origin_host="h", origin_realm="r", origin_state_id=3),
    CEA(result_code=2001, origin_host="h", origin_realm="r", host_ip_address=(IPv6Address("::1"),), vendor_id=1,
        product_name="p", vendor_specific_application_id=(VendorSpecificApplicationId(vendor_id=1, acct_application_id=3),),
        failed_avp=FailedAVP(avps=(Avp(5, b"abc", 7, 0xC0),))),
    ACR(session_id="s", origin_host="h", origin_realm="r", destination_realm="d", accounting_record_type=2,
        accounting_record_number=1, event_timestamp=datetime(2030, 1, 1, tzinfo=timezone.utc),
        proxy_info=(ProxyInfo(proxy_host="p", proxy_state=b"s"),)),
)]


def _decode_only_decode_errors(data: bytes) -> None:
    for conv in (diameter.converter.DEFAULT_CONVERTER, Converter(strict=False, max_depth=2)):
        try:
            msg = conv.decode(data)
        except DecodeError as e:
            assert 1000 <= e.result_code <= 5999
        else:
            assert encode(msg)  # whatever decodes also encodes


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_raise_only_decode_errors(data: bytes) -> None:
    _decode_only_decode_errors(data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=120).map(lambda b: struct.pack("!I", 0x01000000 | (20 + len(b) + (-len(b) % 4)))
                                   + b"\x80\x00\x01\x18" + bytes(12) + b + bytes(-len(b) % 4)))
def test_random_bodies_behind_a_valid_header_raise_only_decode_errors(data: bytes) -> None:
    _decode_only_decode_errors(data)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(_VALID), st.lists(st.tuples(st.integers(0, 400), st.integers(0, 255)), min_size=1, max_size=4),
       st.integers(0, 400))
def test_mutated_messages_raise_only_decode_errors(base_msg: bytes, flips: list[tuple[int, int]], cut: int) -> None:
    data = bytearray(base_msg)
    for pos, value in flips:
        data[pos % len(data)] = value
    _decode_only_decode_errors(bytes(data))
    _decode_only_decode_errors(bytes(data[: max(cut, 20)]))


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
    msg = decode(dwr(body))
    assert msg == DWR(origin_host="h", origin_realm="r", origin_state_id=9, hop_by_hop=1, end_to_end=2)
    # nothing is lost: the received flags come back on encoding (a relay forwards them as is)
    assert encode(msg) == dwr(body)
    assert msg.wire_flags == {("origin_host", 0): 0x00, ("origin_realm", 0): 0x60,  # type: ignore[attr-defined]
                              ("origin_state_id", 0): 0x00}
    # an object changed by the application is encoded by the rules
    assert encode(evolve(msg, origin_state_id=10)) == encode(DWR(origin_host="h", origin_realm="r",
                                                                    origin_state_id=10, hop_by_hop=1, end_to_end=2))
    # nested and repeated fields too, in and out of CCF order
    vsai = avp_bytes(260, avp_bytes(266, u32(10415), flags=0) + avp_bytes(258, u32(4)))
    cer = (avp_bytes(264, b"h") + avp_bytes(296, b"r") + avp_bytes(257, b"\x00\x01" + bytes(4))
           + avp_bytes(257, b"\x00\x01" + bytes(4), flags=0) + avp_bytes(266, u32(0)) + avp_bytes(269, b"p", flags=0x40)
           + vsai + avp_bytes(267, u32(1), flags=0x40))
    wire = message_bytes(257, cer)
    back = decode(wire)
    assert encode(back) == wire
    from diameter.data import to_json

    assert "wire_flags" not in to_json(back)


def test_decoded_addresses_are_ordinary_ipaddress_objects() -> None:
    import pickle

    v4, v6 = IPv4Address("192.0.2.1"), IPv6Address("2001:db8::1")
    cea = CEA(result_code=2001, origin_host="h", origin_realm="r", host_ip_address=(v4, v6), vendor_id=0,
              product_name="p")
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
    assert msg == DWR(origin_host="h", origin_realm="r", origin_state_id=4, avps=(Avp(123456, b"u", 0, 0),),
                      hop_by_hop=1, end_to_end=2)
    with pytest.raises(TooManyAvps) as e:
        decode(dwr(body + avp_bytes(264, b"again")))
    assert e.value.avp == Avp(264, b"again", 0, 0x40)
