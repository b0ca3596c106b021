"""Data formats (RFC 6733 §4.2, §4.3), the raw wire layer (§3, §4.1) and the codec's errors.

Expected bytes are written out here from the RFC's layouts, never produced by the package's
own encoders: a test that compared the codec with itself could not fail.
"""

from __future__ import annotations

import itertools
import math
import struct
import weakref
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from enum import IntEnum
from ipaddress import IPv4Address, IPv6Address
from typing import Any, NamedTuple

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diameter import errors, registry, types
from diameter.converter import Converter, decode, decode_avp_value, encode_avp
from diameter.data import from_json, to_dict, to_json
from diameter.errors import (
    AvpUnsupported,
    EncodeError,
    InvalidAvpLength,
    InvalidHeader,
    InvalidMessageLength,
    UnsupportedVersion,
)
from diameter.registry import Dictionary
from diameter.schema import (
    AVP,
    Answer,
    AvpDef,
    CommandInfo,
    ErrorAnswer,
    FieldSpec,
    GenericMessage,
    M,
    P,
    Request,
    avp,
    command,
    command_info,
    evolve,
    fields_of,
    grouped,
    grouped_info,
    is_command,
    is_grouped,
    python_name,
    repeated,
)
from diameter.types import (
    ADDRESS,
    DIAMETER_IDENTITY,
    DIAMETER_URI,
    ENUMERATED,
    FLOAT32,
    FLOAT64,
    FORMATS,
    GROUPED,
    INTEGER32,
    INTEGER64,
    IP_FILTER_RULE,
    OCTET_STRING,
    TIME,
    UNSIGNED32,
    UNSIGNED64,
    UTF8STRING,
    AddressValue,
    DataFormat,
    DiameterURI,
    IPFilterRule,
    OtherAddress,
    decode_time,
    encode_time,
)
from diameter.wire import Avp, Header, decode_header, encode_avps, iter_avps, message_length, pad, peek_header

UTC = UTC


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, us: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, us, tzinfo=UTC)


def avp_wire(code: int, flags: int, data: bytes, vendor: int | None = None) -> bytes:
    """An AVP laid out as RFC 6733 §4.1 says: AVP Code (4 bytes), AVP Flags (1), AVP Length
    (3: header and data, not the padding), Vendor-ID (4, only with the V bit), the data, and
    zero bytes up to a multiple of four."""
    header = 8 if vendor is None else 12
    out = struct.pack("!IB", code, flags) + (header + len(data)).to_bytes(3, "big")
    if vendor is not None:
        out += struct.pack("!I", vendor)
    return out + data + b"\x00" * (-len(data) % 4)


def message_wire(code: int, avps: bytes, *, flags: int = 0x80, app: int = 0, hbh: int = 1, e2e: int = 2) -> bytes:
    """A message laid out as RFC 6733 §3 says: Version 1, Message Length (3 bytes), command
    flags, Command Code (3), Application-ID, Hop-by-Hop and End-to-End Identifiers, AVPs."""
    return (
        bytes([1])
        + (20 + len(avps)).to_bytes(3, "big")
        + bytes([flags])
        + code.to_bytes(3, "big")
        + struct.pack("!III", app, hbh, e2e)
        + avps
    )


def test_the_wire_helpers_follow_the_rfc_layout() -> None:
    # the helpers above, checked once against bytes written out in full
    assert avp_wire(264, 0x40, b"abcde") == bytes.fromhex("000001084000000d6162636465000000")
    assert avp_wire(0x01020304, 0xC0, b"\x01\x02", 10415) == bytes.fromhex("01020304c000000e000028af01020000")
    assert message_wire(280, b"", hbh=0x11223344, e2e=0x55667788) == bytes.fromhex(
        "0100001480000118000000001122334455667788"
    )


# --- test vectors: values and their bytes on the wire ---------------------------------------
#
# One AVP definition per data format, outside the global dictionary. Some are vendor-specific
# (V bit, 12-byte header) and some not (8-byte header), so both AVP header layouts are covered.

VENDOR = 10415  # 0x000028AF

D_INTEGER32: AvpDef[int] = AvpDef("T-Integer32", 0x00FF0001, INTEGER32, M, register=False)
D_INTEGER64: AvpDef[int] = AvpDef("T-Integer64", 0x00FF0002, INTEGER64, M, VENDOR, register=False)
D_UNSIGNED32: AvpDef[int] = AvpDef("T-Unsigned32", 0x00FF0003, UNSIGNED32, M, register=False)
D_UNSIGNED64: AvpDef[int] = AvpDef("T-Unsigned64", 0x00FF0004, UNSIGNED64, 0, VENDOR, register=False)
D_FLOAT32: AvpDef[float] = AvpDef("T-Float32", 0x00FF0005, FLOAT32, M | P, register=False)
D_FLOAT64: AvpDef[float] = AvpDef("T-Float64", 0x00FF0006, FLOAT64, M, VENDOR, register=False)
D_TIME: AvpDef[datetime] = AvpDef("T-Time", 0x00FF0007, TIME, M, VENDOR, register=False)
D_TIME_NV: AvpDef[datetime] = AvpDef("T-Time-NV", 0x00FF0008, TIME, M, register=False)
D_ENUMERATED: AvpDef[int] = AvpDef("T-Enumerated", 0x00FF0009, ENUMERATED, M, register=False)
D_ADDRESS: AvpDef[AddressValue] = AvpDef("T-Address", 0x00FF000A, ADDRESS, M, register=False)
D_UTF8: AvpDef[str] = AvpDef("T-UTF8String", 0x00FF000B, UTF8STRING, 0, VENDOR, register=False)
D_IDENTITY: AvpDef[str] = AvpDef("T-DiameterIdentity", 0x00FF000C, DIAMETER_IDENTITY, M, register=False)
D_URI: AvpDef[DiameterURI] = AvpDef("T-DiameterURI", 0x00FF000D, DIAMETER_URI, M, register=False)
D_OCTETS: AvpDef[bytes] = AvpDef("T-OctetString", 0x00FF000E, OCTET_STRING, 0, register=False)


class Vector(NamedTuple):
    definition: AvpDef[Any]
    value: Any  # what is encoded
    data: bytes  # the AVP's data (RFC 6733 §4.2/§4.3), without header or padding
    decoded: Any = None  # what the data decodes to, when not ``value`` itself
    note: str = ""


def h(text: str) -> bytes:
    return bytes.fromhex(text)


# fmt: off
VECTORS: list[Vector] = [
    # Integer32 (§4.2): 32-bit signed, two's complement, most significant byte first
    Vector(D_INTEGER32, 0, h("00000000")),
    Vector(D_INTEGER32, 0x01020304, h("01020304"), note="byte order"),
    Vector(D_INTEGER32, -1, h("ffffffff")),
    Vector(D_INTEGER32, -0x01020304, h("fefdfcfc"), note="two's complement, each byte differs"),
    Vector(D_INTEGER32, 2**31 - 1, h("7fffffff")),
    Vector(D_INTEGER32, -(2**31), h("80000000")),
    # Integer64 (§4.2): 64-bit signed, two's complement
    Vector(D_INTEGER64, -0x0102030405060708, h("fefdfcfbfaf9f8f8"), note="every byte differs"),
    Vector(D_INTEGER64, 0x0102030405060708, h("0102030405060708")),
    Vector(D_INTEGER64, -1, h("ffffffffffffffff")),
    Vector(D_INTEGER64, 2**63 - 1, h("7fffffffffffffff")),
    Vector(D_INTEGER64, -(2**63), h("8000000000000000")),
    # Unsigned32 / Unsigned64 (§4.2): the top bit is a value bit, not a sign
    Vector(D_UNSIGNED32, 0, h("00000000")),
    Vector(D_UNSIGNED32, 0x01020304, h("01020304")),
    Vector(D_UNSIGNED32, 0x80000000, h("80000000")),
    Vector(D_UNSIGNED32, 2**32 - 1, h("ffffffff")),
    Vector(D_UNSIGNED64, 0x0102030405060708, h("0102030405060708")),
    Vector(D_UNSIGNED64, 2**63, h("8000000000000000")),
    Vector(D_UNSIGNED64, 2**64 - 1, h("ffffffffffffffff")),
    # Float32 (§4.2): IEEE 754 binary32, sign, 8-bit exponent (bias 127), 23-bit fraction
    Vector(D_FLOAT32, 1.5, h("3fc00000")),
    Vector(D_FLOAT32, -2.0, h("c0000000")),
    Vector(D_FLOAT32, -0.0, h("80000000"), note="the sign of zero is kept"),
    Vector(D_FLOAT32, math.inf, h("7f800000")),
    Vector(D_FLOAT32, 2.0**-149, h("00000001"), note="smallest subnormal"),
    # 0.1 has no binary32 form: it is rounded to the nearest one, 0x3DCCCCCD, which is
    # 13421773 / 2**27 = 0.100000001490116..., and that (not 0.1) is what comes back
    Vector(D_FLOAT32, 0.1, h("3dcccccd"), decoded=13421773 / 2**27, note="rounded to binary32"),
    # Float64 (§4.2): IEEE 754 binary64, 11-bit exponent (bias 1023), 52-bit fraction
    Vector(D_FLOAT64, 1.5, h("3ff8000000000000")),
    Vector(D_FLOAT64, -0.0, h("8000000000000000")),
    Vector(D_FLOAT64, 0.1, h("3fb999999999999a"), note="exact: 0.1 is a binary64 value"),
    Vector(D_FLOAT64, -math.inf, h("fff0000000000000")),
    Vector(D_FLOAT64, 2.0**-1074, h("0000000000000001")),
    # Time (§4.3.1): the NTP seconds since 1900-01-01T00:00:00Z (RFC 5905), as Unsigned32. The
    # count wraps at 2036-02-07T06:28:16Z; a value with the top bit clear is after the wrap
    # (RFC 2030 §3), so the bytes cover 1968-01-20T03:14:08Z (0x80000000) .. 2104-02-26T09:42:23Z
    # (0x7FFFFFFF). Seconds counted with datetime arithmetic, not with the package:
    Vector(D_TIME, utc(1968, 1, 20, 3, 14, 8), h("80000000"), note="first second of the range: 2**31"),
    Vector(D_TIME, utc(1968, 1, 20, 3, 14, 9), h("80000001")),
    Vector(D_TIME, utc(1970, 1, 1), h("83aa7e80"), note="Unix epoch: 2208988800"),
    Vector(D_TIME, utc(2000, 1, 1), h("bc17c200"), note="3155673600"),
    Vector(D_TIME, utc(2036, 2, 7, 6, 28, 15), h("ffffffff"), note="last second of NTP era 0"),
    Vector(D_TIME, utc(2036, 2, 7, 6, 28, 16), h("00000000"), note="first second of era 1"),
    Vector(D_TIME, utc(2040, 1, 1), h("0754fd00"), note="4417977600 - 2**32"),
    Vector(D_TIME, utc(2100, 1, 1), h("7830d580"), note="6311433600 - 2**32"),
    Vector(D_TIME, utc(2104, 2, 26, 9, 42, 22), h("7ffffffe")),
    Vector(D_TIME, utc(2104, 2, 26, 9, 42, 23), h("7fffffff"), note="last second of the range"),
    Vector(D_TIME_NV, utc(2036, 2, 7, 6, 28, 16), h("00000000")),
    Vector(D_TIME_NV, utc(2000, 1, 1), h("bc17c200")),
    # Enumerated (§4.3.1): derived from Integer32
    Vector(D_ENUMERATED, 3, h("00000003")),
    Vector(D_ENUMERATED, -1, h("ffffffff")),
    # Address (§4.3.1): 2-byte IANA address family, then the address; 6 bytes need 2 of padding
    Vector(D_ADDRESS, IPv4Address("192.0.2.1"), h("0001c0000201")),
    Vector(D_ADDRESS, IPv6Address("2001:db8::1"), h("0002" "20010db8000000000000000000000001")),
    Vector(D_ADDRESS, OtherAddress(8, b"4912345"), h("0008" "34393132333435"), note="E.164: ASCII digits"),
    # UTF8String, DiameterIdentity, DiameterURI (§4.3.1): UTF-8 octets, padded
    Vector(D_UTF8, "h\u00e9llo", h("68c3a96c6c6f"), note="e-acute is 2 bytes in UTF-8"),
    Vector(D_UTF8, "", b""),
    Vector(D_IDENTITY, "aaa.example.com", b"aaa.example.com"),
    Vector(D_URI, DiameterURI.parse("aaa://a.example:3868;transport=tcp"), b"aaa://a.example:3868;transport=tcp"),
    # OctetString (§4.2): the bytes as they are; 3 bytes need 1 of padding
    Vector(D_OCTETS, b"\x00\xff\x01", h("00ff01")),
]
# fmt: on


def vector_id(v: Vector) -> str:
    return f"{v.definition.format.name}-{v.data.hex() or 'empty'}"


def same(a: Any, b: Any) -> bool:
    """Equal, and for floats of the same sign (-0.0 == 0.0 in Python)."""
    if isinstance(a, float) or isinstance(b, float):
        return type(a) is type(b) and a == b and math.copysign(1.0, a) == math.copysign(1.0, b)
    if isinstance(a, datetime):
        return a == b and a.utcoffset() == timedelta(0)
    return bool(a == b and type(a) is type(b))


def expected_avp(v: Vector) -> bytes:
    d = v.definition
    return avp_wire(d.code, d.flags, v.data, d.vendor or None)


VECTOR_DEFINITIONS = (
    D_INTEGER32,
    D_INTEGER64,
    D_UNSIGNED32,
    D_UNSIGNED64,
    D_FLOAT32,
    D_FLOAT64,
    D_TIME,
    D_TIME_NV,
    D_ENUMERATED,
    D_ADDRESS,
    D_UTF8,
    D_IDENTITY,
    D_URI,
    D_OCTETS,
)
VECTOR_DICTIONARY = Dictionary()
for _d in VECTOR_DEFINITIONS:
    VECTOR_DICTIONARY.add_avp(_d)
VECTOR_CONVERTER = Converter(dictionary=VECTOR_DICTIONARY, layouts=False)


def test_the_vector_definitions_have_the_flags_of_their_header() -> None:
    # the V bit follows the vendor; the M and P bits are those given
    assert [d.flags for d in (D_INTEGER32, D_INTEGER64, D_UNSIGNED64, D_FLOAT32)] == [0x40, 0xC0, 0x80, 0x60]


@pytest.mark.parametrize("v", VECTORS, ids=vector_id)
def test_vector_value_to_bytes_and_back(v: Vector) -> None:
    fmt = v.definition.format
    decoded = v.value if v.decoded is None else v.decoded
    assert fmt.encode(v.value) == v.data
    assert same(fmt.decode(v.data), decoded)


@pytest.mark.parametrize("v", VECTORS, ids=vector_id)
def test_vector_as_a_whole_avp(v: Vector) -> None:
    # encode: the AVP object and its wire form, header, Vendor-ID and padding included
    wire = expected_avp(v)
    assert encode_avp(v.definition, v.value, VECTOR_CONVERTER).encode() == wire
    # decode: split the hand-made AVP, then decode its data by the definition
    [(offset, avp)] = list(iter_avps(wire))
    assert offset == 0
    assert (avp.code, avp.flags, avp.vendor, avp.data) == (
        v.definition.code,
        v.definition.flags,
        v.definition.vendor,
        v.data,
    )
    decoded = v.value if v.decoded is None else v.decoded
    assert same(decode_avp_value(avp, VECTOR_CONVERTER), decoded)


D_VECTORS: AvpDef[Any] = AvpDef("T-Vectors", 0x00FF00FF, GROUPED, M, register=False)


@grouped(D_VECTORS)
class Vectors:
    integer32: tuple[int, ...] = repeated(D_INTEGER32, default=())
    integer64: tuple[int, ...] = repeated(D_INTEGER64, default=())
    unsigned32: tuple[int, ...] = repeated(D_UNSIGNED32, default=())
    unsigned64: tuple[int, ...] = repeated(D_UNSIGNED64, default=())
    float32: tuple[float, ...] = repeated(D_FLOAT32, default=())
    float64: tuple[float, ...] = repeated(D_FLOAT64, default=())
    time: tuple[datetime, ...] = repeated(D_TIME, default=())
    time_nv: tuple[datetime, ...] = repeated(D_TIME_NV, default=())
    enumerated: tuple[int, ...] = repeated(D_ENUMERATED, default=())
    address: tuple[AddressValue, ...] = repeated(D_ADDRESS, default=())
    utf8: tuple[str, ...] = repeated(D_UTF8, default=())
    identity: tuple[str, ...] = repeated(D_IDENTITY, default=())
    uri: tuple[DiameterURI, ...] = repeated(D_URI, default=())
    octets: tuple[bytes, ...] = repeated(D_OCTETS, default=())


def test_vectors_through_the_generated_codecs() -> None:
    # The generated encoders and decoders inline the fixed-size formats: all the vectors
    # again, as the AVPs of one grouped value, in the order of its fields.
    fields = dict(zip(VECTOR_DEFINITIONS, Vectors.__attrs_attrs__[: len(VECTOR_DEFINITIONS)], strict=True))  # type: ignore[attr-defined]
    values: dict[str, list[Any]] = {a.name: [] for a in fields.values()}
    decoded: dict[str, list[Any]] = {a.name: [] for a in fields.values()}
    wire = b""
    for d in VECTOR_DEFINITIONS:
        for v in VECTORS:
            if v.definition is d:
                values[fields[d].name].append(v.value)
                decoded[fields[d].name].append(v.value if v.decoded is None else v.decoded)
                wire += expected_avp(v)
    assert VECTOR_CONVERTER.encode_grouped(Vectors(**{k: tuple(x) for k, x in values.items()})) == wire
    back = VECTOR_CONVERTER.decode_grouped(Vectors, wire)
    for name, expected in decoded.items():
        got = getattr(back, name)
        assert len(got) == len(expected) and all(map(same, got, expected)), name


def test_float_nan_keeps_being_nan() -> None:
    # IEEE 754: an exponent of all ones with a non-zero fraction is a NaN
    assert math.isnan(FLOAT32.decode(h("7fc00000"))) and math.isnan(FLOAT64.decode(h("7ff8000000000000")))
    assert FLOAT32.encode(math.nan)[:2] in (h("7fc0"), h("ffc0"))


# --- Time: the range of the format, both ends (RFC 6733 §4.3.1, RFC 2030 §3) -----------------

TIME_RANGE_MESSAGE = r"is outside the Time range 1968-01-20 \.\. 2104-02-26"


@pytest.mark.parametrize(
    "t",
    [
        utc(1968, 1, 20, 3, 14, 7),  # one second before the range: NTP 0x7FFFFFFF would read as 2104
        utc(1960, 1, 1),  # 0x70DA8700, which reads as 2096-02-06T06:28:16Z
        utc(1900, 1, 1),  # NTP 0 of era 0, which reads as 2036
        utc(1, 1, 1),
        utc(2104, 2, 26, 9, 42, 24),  # one second after the range: it would read as 1968
        utc(2200, 1, 1),
        datetime(2104, 2, 26, 11, 42, 24, tzinfo=timezone(timedelta(hours=2))),  # 09:42:24Z
        datetime(1968, 1, 20, 1, 14, 7, tzinfo=timezone(timedelta(hours=-2))),  # 03:14:07Z
    ],
    ids=str,
)
def test_time_outside_the_range_is_refused(t: datetime) -> None:
    with pytest.raises(ValueError, match=TIME_RANGE_MESSAGE):
        encode_time(t)
    with pytest.raises(EncodeError, match="T-Time"):
        encode_avp(D_TIME, t, VECTOR_CONVERTER)


def test_time_range_ends_in_other_timezones() -> None:
    # the range is one of instants: the same instants in other offsets are inside
    assert encode_time(datetime(1968, 1, 20, 5, 14, 8, tzinfo=timezone(timedelta(hours=2)))) == h("80000000")
    assert encode_time(datetime(2104, 2, 26, 7, 42, 23, tzinfo=timezone(timedelta(hours=-2)))) == h("7fffffff")


def test_time_decode_covers_every_32_bit_value() -> None:
    # every 4-byte value is a time inside the range; the ends are the neighbours 0x80000000
    # (first) and 0x7FFFFFFF (last)
    assert decode_time(h("80000000")) == utc(1968, 1, 20, 3, 14, 8)
    assert decode_time(h("7fffffff")) == utc(2104, 2, 26, 9, 42, 23)
    # what 1960 would have encoded to, were it accepted, is a time of 2096
    assert decode_time(h("70da8700")) == utc(2096, 2, 6, 6, 28, 16)  # 1960-01-01 + 2**32 s
    for data in (b"", h("000000"), h("0000000000")):
        with pytest.raises(struct.error):
            decode_time(data)


def test_time_keeps_whole_seconds_rounding_down() -> None:
    # Time counts whole seconds: the fraction of a second is dropped, towards the past also
    # before 1970 (the NTP seconds of 1969-12-31T23:59:59.5Z are 2208988799.5)
    assert encode_time(utc(2000, 1, 1, 0, 0, 0, 999999)) == h("bc17c200")
    assert encode_time(utc(1969, 12, 31, 23, 59, 59, 500000)) == h("83aa7e7f")
    assert encode_time(utc(1968, 1, 20, 3, 14, 8, 1)) == h("80000000")
    with pytest.raises(ValueError, match=TIME_RANGE_MESSAGE):
        encode_time(utc(1968, 1, 20, 3, 14, 7, 999999))


class _NoOffset(tzinfo):
    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return None

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str | None:
        return None


def test_time_needs_an_aware_datetime() -> None:
    with pytest.raises(ValueError, match=r"^Time needs a timezone-aware datetime \(e\.g\. tzinfo=timezone\.utc\)$"):
        encode_time(datetime(2020, 1, 1))
    # a tzinfo that knows no offset is as good as none
    with pytest.raises(ValueError, match="timezone-aware"):
        encode_time(datetime(2020, 1, 1, tzinfo=_NoOffset()))
    with pytest.raises(TypeError, match="expected a datetime, got str"):
        encode_time("2020-01-01T00:00:00Z")  # type: ignore[arg-type]
    # another offset is the same instant
    assert encode_time(datetime(2020, 1, 1, 2, tzinfo=timezone(timedelta(hours=2)))) == encode_time(utc(2020, 1, 1))


def test_decoded_times_are_in_utc() -> None:
    t = decode_time(h("00000000"))
    assert t.tzinfo is UTC and t == utc(2036, 2, 7, 6, 28, 16)


@given(
    st.datetimes(
        min_value=datetime(1968, 1, 20, 3, 14, 8), max_value=datetime(2104, 2, 26, 9, 42, 23), timezones=st.just(UTC)
    )
)
def test_time_round_trips_to_the_second(t: datetime) -> None:
    assert TIME.decode(TIME.encode(t)) == t.replace(microsecond=0)


# --- Message Length: a multiple of four (RFC 6733 §3) ----------------------------------------


@pytest.mark.parametrize("length", [21, 22, 23, 25, 0x10002, 0xFFFFFF])
def test_framing_refuses_a_length_that_is_not_a_multiple_of_four(length: int) -> None:
    # §3: "the Message Length field is always a multiple of 4"
    with pytest.raises(InvalidMessageLength, match=f"Message Length {length} is not a multiple of 4") as e:
        message_length(b"\x01" + length.to_bytes(3, "big"))
    assert e.value.result_code == 5015 and e.value.offset == 1


def test_header_check_refuses_a_length_that_is_not_a_multiple_of_four() -> None:
    # a 38-byte message that says it is 38 bytes long: the header, then Origin-Host "h" and
    # Origin-Realm "r" (9 bytes each) without their padding; consistent, but not a multiple of 4
    avps = avp_wire(264, 0x40, b"h")[:9] + avp_wire(296, 0x40, b"r")[:9]
    wire = bytes([1]) + (20 + len(avps)).to_bytes(3, "big") + message_wire(280, b"")[4:] + avps
    assert len(wire) == 38 and wire[1:4] == b"\x00\x00\x26"
    with pytest.raises(InvalidMessageLength, match="Message Length 38 but 38 bytes") as e:
        decode_header(wire)
    assert e.value.result_code == 5015 and e.value.offset == 1
    with pytest.raises(InvalidMessageLength) as e:
        decode(wire)
    assert e.value.result_code == 5015


# --- the M bit (RFC 6733 §4.1): unknown vendor AVPs too ---------------------------------------


def test_unknown_mandatory_vendor_avp_is_unsupported() -> None:
    # §4.1: an AVP with the M bit that the receiver does not know MUST be rejected, with
    # DIAMETER_AVP_UNSUPPORTED (5001, §7.1.5) and the AVP in Failed-AVP (§7.5). The Vendor-Id
    # changes nothing: an AVP code of vendor 99999 is as unknown as any.
    unknown = avp_wire(264, 0xC0, b"zz", vendor=99999)  # Origin-Host's code, but of another vendor
    wire = message_wire(280, avp_wire(264, 0x40, b"h") + avp_wire(296, 0x40, b"r") + unknown)
    with pytest.raises(AvpUnsupported, match=r"AVP 264 \(vendor 99999\) with the M bit is not supported") as e:
        Converter(layouts=False).decode(wire)
    assert e.value.result_code == 5001
    assert e.value.avp == Avp(264, b"zz", 99999, 0xC0)
    assert e.value.offset == 20 + 12 + 12  # after the header, Origin-Host and Origin-Realm
    # without the M bit it is kept; a relay (strict=False) keeps it with the M bit too
    relaxed = Converter(strict=False).decode(wire)
    assert relaxed.avps == (Avp(264, b"zz", 99999, 0xC0),)  # type: ignore[attr-defined]
    optional = message_wire(
        280, avp_wire(264, 0x40, b"h") + avp_wire(296, 0x40, b"r") + avp_wire(264, 0x80, b"zz", vendor=99999)
    )
    assert decode(optional).avps == (Avp(264, b"zz", 99999, 0x80),)  # type: ignore[attr-defined]


# --- further checks of the formats ------------------------------------------------------------


def test_address_families() -> None:
    # RFC 6733 §4.3.1: AddressType is an IANA address family; 1 IPv4, 2 IPv6, others kept
    assert str(OtherAddress(8, b"49123")) == "E.164:49123"
    assert str(OtherAddress(8, b"\xff1")) == "family 8:ff31"  # E.164 digits are ASCII
    assert str(OtherAddress(5, b"49")) == "family 5:3439"
    assert str(OtherAddress(0x0102, b"")) == "family 258:"
    assert ADDRESS.decode(h("01020a0b")) == OtherAddress(0x0102, h("0a0b"))  # both family bytes count
    assert ADDRESS.encode(OtherAddress(0x0102, h("0a0b"))) == h("01020a0b")
    assert ADDRESS.decode(h("0003")) == OtherAddress(3, b"")
    assert type(ADDRESS.decode(h("00017f000001"))) is IPv4Address
    assert type(ADDRESS.decode(h("0002") + bytes(16))) is IPv6Address


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "Address shorter than its 2-byte family"),
        (h("00"), "Address shorter than its 2-byte family"),
        (h("0001"), "IPv4 Address of 0 bytes, expected 4"),
        (h("0001010203"), "IPv4 Address of 3 bytes, expected 4"),
        (h("00010102030405"), "IPv4 Address of 5 bytes, expected 4"),
        (h("000200000000"), "IPv6 Address of 4 bytes, expected 16"),
        (h("0002") + bytes(15), "IPv6 Address of 15 bytes, expected 16"),
        (h("0002") + bytes(17), "IPv6 Address of 17 bytes, expected 16"),
    ],
    ids=lambda x: x.hex() if isinstance(x, bytes) else None,
)
def test_address_of_the_wrong_size(data: bytes, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{message}$"):
        ADDRESS.decode(data)


def test_address_of_another_type_is_refused() -> None:
    with pytest.raises(TypeError, match="^expected an IPv4Address, IPv6Address or OtherAddress, got str$"):
        ADDRESS.encode("192.0.2.1")  # type: ignore[arg-type]


def test_octet_strings() -> None:
    for buffer in (bytearray(b"ab"), memoryview(b"ab")):
        out = OCTET_STRING.encode(buffer)  # type: ignore[arg-type]
        assert out == b"ab" and type(out) is bytes
    assert type(OCTET_STRING.decode(memoryview(b"ef"))) is bytes  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^expected bytes, got str$"):
        OCTET_STRING.encode("text")  # type: ignore[arg-type]


def test_strings_are_utf8() -> None:
    # §4.3.1 UTF8String: UTF-8 (RFC 3629); bytes that are not UTF-8 are no UTF8String
    for fmt in (UTF8STRING, DIAMETER_IDENTITY, DIAMETER_URI, IP_FILTER_RULE):
        with pytest.raises(UnicodeDecodeError):
            fmt.decode(h("ff"))
    assert UTF8STRING.encode("\u20ac") == h("e282ac")
    rule = IP_FILTER_RULE.decode(b"permit out 17 from 192.0.2.0/24 5060 to any")
    assert isinstance(rule, IPFilterRule) and str(rule) == "permit out 17 from 192.0.2.0/24 5060 to any"
    assert IP_FILTER_RULE.encode(rule) == b"permit out 17 from 192.0.2.0/24 5060 to any"


@pytest.mark.parametrize(
    "fmt, value",
    [
        (INTEGER32, 2**31),
        (INTEGER32, -(2**31) - 1),
        (UNSIGNED32, -1),
        (UNSIGNED32, 2**32),
        (INTEGER64, 2**63),
        (UNSIGNED64, -1),
        (UNSIGNED64, 2**64),
        (ENUMERATED, 2**31),
        (FLOAT32, 1e39),
    ],
    ids=str,
)
def test_numbers_out_of_range_are_refused(fmt: DataFormat[Any], value: Any) -> None:
    with pytest.raises((struct.error, OverflowError)):
        fmt.encode(value)


@pytest.mark.parametrize(
    "fmt", [INTEGER32, INTEGER64, UNSIGNED32, UNSIGNED64, FLOAT32, FLOAT64, TIME, ENUMERATED], ids=str
)
def test_fixed_size_data_of_another_size_is_refused(fmt: DataFormat[Any]) -> None:
    # §4.2: Integer32, Unsigned32, Float32 (and Time, Enumerated) are 4 bytes; the 64-bit ones 8
    size = 8 if fmt in (INTEGER64, UNSIGNED64, FLOAT64) else 4
    assert fmt.size == (None if fmt is TIME else size)
    for n in (0, size - 1, size + 1, 2 * size):
        with pytest.raises(struct.error):
            fmt.decode(bytes(n))


def test_a_data_format_of_its_own() -> None:
    # DataFormat is public: a format of fixed size gets its size from its struct code
    fmt: DataFormat[int] = DataFormat(
        "Unsigned16", int, lambda b: int.from_bytes(b, "big"), lambda v: v.to_bytes(2, "big"), struct_code="H"
    )
    assert (fmt.name, fmt.python_type, fmt.struct_code, fmt.size) == ("Unsigned16", int, "H", 2)
    assert fmt.encode(0x0102) == h("0102") and fmt.decode(h("0102")) == 0x0102
    assert DataFormat("Q8", int, int.from_bytes, int.to_bytes, struct_code="Q").size == 8
    free: DataFormat[bytes] = DataFormat("Free", bytes, bytes, bytes)
    assert (free.struct_code, free.size) == (None, None)
    assert repr(free) == "<DataFormat Free>"


def test_fixed_size_formats_are_built_from_a_struct_code() -> None:
    # how INTEGER32 .. FLOAT64 are made (types._numeric): network byte order (RFC 6733 §4.2)
    fmt = types._numeric("Integer16", "h", int)
    assert (fmt.name, fmt.python_type, fmt.struct_code, fmt.size) == ("Integer16", int, "h", 2)
    assert fmt.encode(-2) == h("fffe") and fmt.decode(h("fffe")) == -2
    assert fmt.encode(0x0102) == h("0102") and fmt.decode(h("0102")) == 0x0102
    with pytest.raises(struct.error):
        fmt.decode(h("010203"))


def test_grouped_data_is_for_the_converter() -> None:
    # a Grouped AVP's data is AVPs (§4.4): only the converter, which knows the class, reads them
    for codec in (GROUPED.decode, GROUPED.encode):
        with pytest.raises(TypeError, match="^Grouped data is decoded by the converter$"):
            codec(b"")


def test_the_formats_by_their_rfc_names() -> None:
    # RFC 6733 §4.2 basic and §4.3 derived formats, and IPFilterRule (§4.3.1)
    names = [
        "OctetString",
        "Integer32",
        "Integer64",
        "Unsigned32",
        "Unsigned64",
        "Float32",
        "Float64",
        "Grouped",
        "Address",
        "Time",
        "UTF8String",
        "DiameterIdentity",
        "DiameterURI",
        "Enumerated",
        "IPFilterRule",
    ]
    assert list(FORMATS) == names
    assert all(f.name == n for n, f in FORMATS.items())
    assert repr(FORMATS["Integer64"]) == "<DataFormat Integer64>"
    # the Python type of each format's values
    assert [FORMATS[n].python_type for n in names if n not in ("Grouped", "Address")] == [
        bytes,
        int,
        int,
        int,
        int,
        float,
        float,
        datetime,
        str,
        str,
        DiameterURI,
        int,
        IPFilterRule,
    ]
    assert FORMATS["Grouped"].python_type is object and FORMATS["Address"].python_type == AddressValue
    # struct codes of the fixed-size formats (the generated code packs with them)
    assert {n: f.struct_code for n, f in FORMATS.items() if f.struct_code} == {
        "Integer32": "i",
        "Integer64": "q",
        "Unsigned32": "I",
        "Unsigned64": "Q",
        "Float32": "f",
        "Float64": "d",
        "Enumerated": "i",
    }
    assert [n for n, f in FORMATS.items() if f.size is not None] == [
        "Integer32",
        "Integer64",
        "Unsigned32",
        "Unsigned64",
        "Float32",
        "Float64",
        "Enumerated",
    ]


def test_header_checks_and_framing() -> None:
    good = struct.pack("!IIIII", 0x01000014, 0x80000118, 0, 1, 2)
    hd = decode_header(good)
    assert (hd.command_code, hd.is_request, hd.hop_by_hop, hd.end_to_end) == (280, True, 1, 2)
    assert message_length(good[:4]) == 20
    with pytest.raises(InvalidHeader):
        message_length(b"\x02\x00\x00\x14")
    with pytest.raises(InvalidHeader):
        decode_header(struct.pack("!IIIII", 0x01000014, 0xA0000118, 0, 1, 2))


def test_raw_avps_split_and_join() -> None:
    data = Avp(1, b"abc", 0, 0x40).encode() + Avp(2, b"", 10415, 0x80).encode()
    assert data == b"\x00\x00\x00\x01\x40\x00\x00\x0babc\x00" + b"\x00\x00\x00\x02\x80\x00\x00\x0c\x00\x00\x28\xaf"
    assert [a for _, a in iter_avps(data)] == [Avp(1, b"abc", 0, 0x40), Avp(2, b"", 10415, 0x80)]
    assert Avp(2, b"", 10415).flags == 0x80  # V follows the vendor
    with pytest.raises(InvalidAvpLength):
        list(iter_avps(data[:-2]))


# --- the message header (RFC 6733 §3) --------------------------------------------------------


def test_header_fields_each_from_their_own_bytes() -> None:
    wire = h("01000014c00102030405060708090a0b0c0d0e0f")
    for hd in (peek_header(wire), decode_header(wire)):
        assert hd == Header(
            version=1,
            length=20,
            flags=0xC0,
            command_code=0x010203,
            application_id=0x04050607,
            hop_by_hop=0x08090A0B,
            end_to_end=0x0C0D0E0F,
        )
    assert message_length(wire) == 20
    assert message_length(h("01010204")) == 0x010204  # the three length bytes, most significant first
    assert message_length(h("01fffffc")) == 0xFFFFFC


@pytest.mark.parametrize(
    "flags, is_request, proxiable, error, retransmit",
    [
        (0x80, True, False, False, False),  # R
        (0x40, False, True, False, False),  # P
        (0x20, False, False, True, False),  # E (an answer)
        (0x10, False, False, False, True),  # T
        (0x00, False, False, False, False),
        (0xD0, True, True, False, True),
        (0x70, False, True, True, True),
    ],
)
def test_header_flags(flags: int, is_request: bool, proxiable: bool, error: bool, retransmit: bool) -> None:
    hd = decode_header(message_wire(280, b"", flags=flags))
    assert (hd.is_request, hd.is_proxiable, hd.is_error, hd.is_retransmit) == (is_request, proxiable, error, retransmit)
    assert hd.flags == flags


@pytest.mark.parametrize("bit", [0x01, 0x02, 0x04, 0x08])
def test_reserved_command_flags_are_refused(bit: int) -> None:
    # §3: the reserved bits "MUST be set to zero"; DIAMETER_INVALID_HDR_BITS (3008, §7.1.3)
    with pytest.raises(InvalidHeader, match=rf"reserved command flag bits set \(flags 0x{0x80 | bit:02x}\)") as e:
        decode_header(message_wire(280, b"", flags=0x80 | bit))
    assert e.value.result_code == 3008 and e.value.offset == 4


def test_error_flag_on_a_request_is_refused() -> None:
    # §3: "If set [E], the message contains a protocol error ... This bit MUST NOT be set in
    # request messages"
    with pytest.raises(InvalidHeader, match="^E flag set on a request at offset 4") as e:
        decode_header(message_wire(280, b"", flags=0xA0))
    assert e.value.result_code == 3008 and e.value.offset == 4 and e.value.message == "E flag set on a request"
    assert decode_header(message_wire(280, b"", flags=0x20)).is_error


@pytest.mark.parametrize("version", [0, 2, 0xFF])
def test_only_version_one(version: int) -> None:
    # §3: "This Version field MUST be set to 1"
    wire = bytes([version]) + message_wire(280, b"")[1:]
    for check in (decode_header, message_length):
        with pytest.raises(UnsupportedVersion, match=f"version {version}, only version 1 is defined") as e:
            check(wire)
        # §7.1.5: DIAMETER_UNSUPPORTED_VERSION; still an InvalidHeader for those who catch that
        assert e.value.result_code == 5011 and e.value.offset == 0 and isinstance(e.value, InvalidHeader)
    assert peek_header(wire).version == version  # peek_header does not check


def test_message_length_must_match_the_bytes() -> None:
    wire = message_wire(280, avp_wire(264, 0x40, b"host"))
    assert decode_header(wire).length == 32
    for data in (wire + bytes(4), wire[:-4]):
        with pytest.raises(InvalidMessageLength, match=f"Message Length 32 but {len(data)} bytes") as e:
            decode_header(data)
        assert e.value.result_code == 5015 and e.value.offset == 1


@pytest.mark.parametrize("size", [0, 1, 19])
def test_fewer_bytes_than_a_header(size: int) -> None:
    wire = message_wire(280, b"")[:size]
    for check in (peek_header, decode_header):
        with pytest.raises(InvalidMessageLength, match=f"^{size} bytes are fewer than a 20-byte header") as e:
            check(wire)
        assert e.value.result_code == 5015 and e.value.offset == 0


@pytest.mark.parametrize("size", [0, 1, 3])
def test_framing_needs_four_bytes(size: int) -> None:
    with pytest.raises(InvalidMessageLength, match="^fewer than 4 bytes of header at offset 0") as e:
        message_length(h("01000014")[:size])
    assert e.value.result_code == 5015 and e.value.offset == 0 and e.value.message == "fewer than 4 bytes of header"


@pytest.mark.parametrize("length", [0, 4, 16, 19])
def test_framing_refuses_a_length_shorter_than_a_header(length: int) -> None:
    with pytest.raises(InvalidMessageLength, match=f"Message Length {length} is not a multiple of 4 of at least 20"):
        message_length(b"\x01" + length.to_bytes(3, "big"))


# --- AVPs as received (RFC 6733 §4.1) -----------------------------------------------------


def test_padding() -> None:
    # §4.1: data is padded with zero bytes to a 32-bit boundary
    assert [pad(n) for n in range(9)] == [b"", bytes(3), bytes(2), bytes(1), b"", bytes(3), bytes(2), bytes(1), b""]


def test_avp_encode_writes_the_header_by_the_rfc() -> None:
    assert Avp(0x01020304, b"abcde", 0, 0x40).encode() == avp_wire(0x01020304, 0x40, b"abcde")
    assert Avp(7, b"", 0, 0).encode() == h("0000000700000008")
    assert Avp(7, b"\x01\x02\x03\x04", 0x0A0B0C0D, 0xE0).encode() == avp_wire(7, 0xE0, b"\x01\x02\x03\x04", 0x0A0B0C0D)
    # a V bit with Vendor-Id 0 still has the 12-byte header
    assert Avp(7, b"x", 0, 0x80).encode() == avp_wire(7, 0x80, b"x", 0)
    # the V bit is set whenever there is a vendor
    assert Avp(7, b"x", 5, 0x40).flags == 0xC0
    assert Avp(7, b"x", 5, 0x40).encode() == avp_wire(7, 0xC0, b"x", 5)
    assert Avp(7, b"x", 0, 0x20).flags == 0x20
    # the largest AVP Length fits the 3 bytes
    big = Avp(1, bytes(0xFFFFF0), 0, 0x40).encode()
    assert big[4:8] == h("40fffff8") and len(big) == 0xFFFFF8


def test_avp_too_long_for_its_length_field() -> None:
    # §4.1: AVP Length is 3 bytes, so header and data are at most 0xFFFFFF bytes. More must be
    # refused, not wrap into the flags byte (which read 0x41, an M bit and a reserved bit)
    assert len(Avp(1, bytes(0xFFFFFF - 8), 0, 0x40).encode()) == 0xFFFFFF + 1  # the longest, and 1 of padding
    assert Avp(1, bytes(0xFFFFFF - 12), 5).encode()[4:8] == h("80ffffff")
    for avp_ in (Avp(1, bytes(0xFFFFFF - 7), 0, 0x40), Avp(1, bytes(0xFFFFFF - 11), 5)):
        message = f"AVP 1: {len(avp_.data)} bytes of data do not fit the 24-bit AVP Length"
        with pytest.raises(EncodeError, match=message):
            avp_.encode()


def test_avp_repr_shows_the_data_in_hex() -> None:
    assert repr(Avp(1, b"\x01\xab", 0, 0x40)) == "Avp(code=1, data=01ab, vendor=0, flags=64)"
    assert repr(Avp(1, bytes(range(32)))) == f"Avp(code=1, data={bytes(range(32)).hex()}, vendor=0, flags=0)"
    # longer data is cut after 32 bytes
    assert repr(Avp(1, bytes(range(33)))) == f"Avp(code=1, data={bytes(range(32)).hex()}..., vendor=0, flags=0)"


def test_splitting_moves_on_by_the_padded_length() -> None:
    # §4.1: the next AVP starts after this one's padding; read at most 5 AVPs, so that a split
    # that does not move on fails here instead of running forever
    data = avp_wire(1, 0, b"a") + avp_wire(2, 0, b"") + avp_wire(3, 0x80, b"bc", 4)
    assert list(itertools.islice(iter_avps(data), 5)) == [
        (0, Avp(1, b"a")),
        (12, Avp(2, b"")),
        (20, Avp(3, b"bc", 4, 0x80)),
    ]


def test_smallest_avps() -> None:
    # an AVP without data is its header alone: 8 bytes, or 12 with the V bit
    assert list(iter_avps(h("0000000140000008"))) == [(0, Avp(1, b"", 0, 0x40))]
    assert list(iter_avps(h("000000018000000c00000009"))) == [(0, Avp(1, b"", 9, 0x80))]
    assert list(iter_avps(h("00000001000000080000000200000008"))) == [(0, Avp(1, b"")), (8, Avp(2, b""))]


def test_avp_flag_properties() -> None:
    assert Avp(1, b"", 0, 0x40).is_mandatory and not Avp(1, b"", 0, 0xA0).is_mandatory
    assert Avp(1, b"", 0, 0x80).has_vendor and Avp(1, b"", 3).has_vendor and not Avp(1, b"", 0, 0x60).has_vendor


def test_avp_name_and_value_from_the_loaded_dictionaries() -> None:
    # Origin-Host (264, RFC 6733 §6.3) is in the base dictionary, code 999999 in none
    origin = Avp(264, b"host.example", 0, 0x40)
    assert origin.name == "Origin-Host" and origin.value == "host.example"
    assert origin.definition is not None and origin.definition.code == 264
    unknown = Avp(999999, b"\x01", 0, 0)
    assert unknown.definition is None and unknown.name is None and unknown.value == b"\x01"
    assert Avp(264, b"h", 10415).name is None  # the same code of another vendor is another AVP


def test_split_avps_with_their_offsets() -> None:
    a = avp_wire(1, 0x40, b"abcde")  # 13 bytes + 3 of padding
    b = avp_wire(2, 0xC0, b"", 0x01020304)  # 12 bytes
    c = avp_wire(3, 0x00, b"\x00\x00\x00\x05")  # 12 bytes
    data = a + b + c
    assert list(iter_avps(data)) == [
        (0, Avp(1, b"abcde", 0, 0x40)),
        (16, Avp(2, b"", 0x01020304, 0xC0)),
        (28, Avp(3, b"\x00\x00\x00\x05", 0, 0)),
    ]
    # a part of a buffer: start and end
    assert list(iter_avps(b"junk" + data + b"junk", 4 + 16, 4 + 28)) == [(20, Avp(2, b"", 0x01020304, 0xC0))]
    assert list(iter_avps(data, 16)) == [(16, Avp(2, b"", 0x01020304, 0xC0)), (28, Avp(3, bytes([0, 0, 0, 5])))]
    assert list(iter_avps(data, 0, 16)) == [(0, Avp(1, b"abcde", 0, 0x40))]
    assert list(iter_avps(b"")) == []
    # the last AVP's padding may be missing at the end of the buffer
    assert list(iter_avps(a[:13])) == [(0, Avp(1, b"abcde", 0, 0x40))]
    assert encode_avps([Avp(1, b"abcde", 0, 0x40), Avp(2, b"", 0x01020304, 0xC0)]) == a + b
    assert encode_avps(x for x in (Avp(3, b"\x00\x00\x00\x05"),)) == c
    assert encode_avps(()) == b""


@pytest.mark.parametrize(
    "data, offset, message",
    [
        (h("00000001"), 0, "4 bytes left, too few for an AVP header"),
        (avp_wire(1, 0, b"") + h("00000002400000"), 8, "7 bytes left, too few for an AVP header"),
        (h("0000000100000007"), 0, "AVP 1 length 7 does not fit"),  # shorter than its header
        (h("0000000100000000"), 0, "AVP 1 length 0 does not fit"),
        (h("000000010000000d00000000"), 0, "AVP 1 length 13 does not fit"),  # past the end
        (h("000000028000000b00000000"), 0, "AVP 2 length 11 does not fit"),  # V: 12-byte header
        (h("000000028000000800000000"), 0, "AVP 2 length 8 does not fit"),
        (h("000000028000001000000000"), 0, "AVP 2 length 16 does not fit"),
        (avp_wire(1, 0, b"") + h("00000003c000000d00000001"), 8, "AVP 3 length 13 does not fit"),
    ],
    ids=lambda x: x.hex() if isinstance(x, bytes) else None,
)
def test_avp_lengths_that_do_not_fit(data: bytes, offset: int, message: str) -> None:
    # §4.1 AVP Length; DIAMETER_INVALID_AVP_LENGTH (5014, §7.1.5)
    # str() adds where and which Result-Code (errors.DecodeError.__str__)
    with pytest.raises(InvalidAvpLength, match=rf"^{message} at offset {offset} \(Result-Code 5014\)$") as e:
        list(iter_avps(data))
    assert e.value.result_code == 5014 and e.value.offset == offset and e.value.message == message


def test_avp_that_ends_exactly_at_the_end_of_its_part() -> None:
    data = avp_wire(1, 0, b"1234") + avp_wire(2, 0x80, b"5678", 9)
    assert [o for o, _ in iter_avps(data, 0, 12)] == [0]
    assert [o for o, _ in iter_avps(data, 12, 28)] == [12]
    with pytest.raises(InvalidAvpLength):
        list(iter_avps(data, 0, 11))
    with pytest.raises(InvalidAvpLength):
        list(iter_avps(data, 12, 27))


# --- errors: the Result-Code each one answers with (RFC 6733 §7.1) ----------------------------


@pytest.mark.parametrize(
    "error, code",
    [
        (errors.DecodeError, 5004),  # DIAMETER_INVALID_AVP_VALUE, §7.1.5
        (errors.InvalidHeader, 3008),  # DIAMETER_INVALID_HDR_BITS, §7.1.3
        (errors.InvalidMessageLength, 5015),  # DIAMETER_INVALID_MESSAGE_LENGTH, §7.1.5
        (errors.InvalidAvpLength, 5014),  # DIAMETER_INVALID_AVP_LENGTH
        (errors.InvalidAvpValue, 5004),  # DIAMETER_INVALID_AVP_VALUE
        (errors.MissingAvp, 5005),  # DIAMETER_MISSING_AVP
        (errors.AvpNotAllowed, 5008),  # DIAMETER_AVP_NOT_ALLOWED
        (errors.TooManyAvps, 5009),  # DIAMETER_AVP_OCCURS_TOO_MANY_TIMES
        (errors.AvpUnsupported, 5001),  # DIAMETER_AVP_UNSUPPORTED
        (errors.LimitExceeded, 5015),  # answered as an invalid message length
    ],
)
def test_decode_errors_carry_their_result_code(error: type[errors.DecodeError], code: int) -> None:
    failed = Avp(264, b"h", 0, 0x40)
    e = error("bad thing", avp=failed, offset=28)
    assert e.result_code == code and type(e).result_code == code
    assert e.message == "bad thing" and e.avp is failed and e.offset == 28
    assert e.args == ("bad thing",)
    assert str(e) == f"bad thing at offset 28 (Result-Code {code})"
    bare = error("bad thing")
    assert bare.avp is None and bare.offset is None
    assert str(bare) == f"bad thing (Result-Code {code})"
    assert str(error("x", offset=0)) == f"x at offset 0 (Result-Code {code})"  # offset 0 is an offset
    assert isinstance(e, errors.DecodeError) and isinstance(e, errors.DiameterError)


def test_encode_error_is_a_value_error() -> None:
    assert issubclass(errors.EncodeError, errors.DiameterError) and issubclass(errors.EncodeError, ValueError)
    assert not issubclass(errors.EncodeError, errors.DecodeError)
    assert str(errors.EncodeError("origin_host: no")) == "origin_host: no"


# --- the registry: definitions and commands by their keys ------------------------------------


def test_registry_first_avp_definition_wins() -> None:
    d = Dictionary()
    assert (
        d.avps,
        d.avps_by_name,
        dict(d.commands),
        dict(d.any_application),
        dict(d.commands_by_name),
        dict(d.commands_by_path),
        d.error_answer,
        len(d.listeners),
    ) == ({}, {}, {}, {}, {}, {}, None, 0)
    first = AvpDef("First", 1000, UNSIGNED32, register=False)
    d.add_avp(first)
    d.add_avp(AvpDef("Second", 1000, UNSIGNED32, register=False))  # same code, vendor 0
    assert d.avp(1000) is first and d.avp(1000, 0) is first
    assert d.avps_by_name["First"] is first and d.avps_by_name["Second"].name == "Second"
    assert d.avp(1000, 10415) is None  # another vendor's code 1000 is another AVP
    vendor = AvpDef("Vendor", 1000, UNSIGNED32, vendor=10415, register=False)
    d.add_avp(vendor)
    assert d.avp(1000, 10415) is vendor and d.avp(1000) is first
    assert d.avps_by_name["First"] is first and d.avps_by_name["Vendor"] is vendor


def test_registry_a_later_grouped_definition_extends_the_earlier() -> None:
    d = Dictionary()
    g1 = AvpDef("Group", 2000, GROUPED, register=False)
    g2 = AvpDef("Group", 2000, GROUPED, register=False)
    d.add_avp(g1)
    d.add_avp(g2)
    assert d.avp(2000) is g2 and d.avps_by_name["Group"] is g2
    # but not a Grouped one of another name, nor a non-Grouped one
    d.add_avp(AvpDef("Other", 2000, GROUPED, register=False))
    d.add_avp(AvpDef("Group", 2000, OCTET_STRING, register=False))
    assert d.avp(2000) is g2 and d.avps_by_name["Group"] is g2
    o1 = AvpDef("Plain", 2001, OCTET_STRING, register=False)
    d.add_avp(o1)
    d.add_avp(AvpDef("Plain", 2001, OCTET_STRING, register=False))
    assert d.avp(2001) is o1
    g3 = AvpDef("Late", 2002, GROUPED, register=False)
    d.add_avp(AvpDef("Late", 2002, OCTET_STRING, register=False))
    d.add_avp(g3)
    assert d.avp(2002) is not g3


class _Spy:
    def __init__(self) -> None:
        self.calls = 0

    def dictionary_changed(self) -> None:
        self.calls += 1


def test_registry_commands() -> None:
    d = Dictionary()
    spy = _Spy()
    d.listeners.add(spy)  # type: ignore[arg-type]

    @command("Test-Answer", code=8388700, application_id=16777999, request=False, register=False)
    class TestAnswer(Answer):
        pass

    @command("Test-Request", code=8388700, application_id=16777999, request=True, alias="TR", register=False)
    class TestRequest(Request[TestAnswer]):
        pass

    @command("Any-Request", code=8388701, application_id=None, request=True, register=False)
    class AnyRequest(Request[TestAnswer]):
        pass

    @command("Error-Answer", code=None, application_id=None, request=False, error=True, register=False)
    class TestError(ErrorAnswer):
        pass

    for cls in (TestAnswer, TestRequest, AnyRequest, TestError):
        d.add_command(cls)
    assert spy.calls == 4  # each change tells the converters to forget their dispatch
    assert d.generation == 4  # and counts (the node's route cache keys on it)
    assert d.command(16777999, 8388700, True) is TestRequest
    assert d.command(16777999, 8388700, False) is TestAnswer
    assert d.command(0, 8388700, True) is None and d.command(16777999, 8388702, True) is None
    # a command sent with the Application-Id of its application: any Application-Id
    assert d.command(4, 8388701, True) is AnyRequest and d.command(16777999, 8388701, True) is AnyRequest
    assert d.command(4, 8388701, False) is None
    assert d.commands == {(16777999, 8388700, True): TestRequest, (16777999, 8388700, False): TestAnswer}
    assert d.any_application == {(8388701, True): AnyRequest}
    assert d.error_answer is TestError
    assert d.commands_by_name == {
        "Test-Answer": TestAnswer,
        "Test-Request": TestRequest,
        "TR": TestRequest,
        "Any-Request": AnyRequest,
        "Error-Answer": TestError,
    }
    assert d.commands_by_path[f"{__name__}.test_registry_commands.<locals>.TestRequest"] is TestRequest

    # a later definition of a command replaces the earlier one, by key and by name
    @command("Test-Request", code=8388700, application_id=16777999, request=True, register=False)
    class Newer(Request[TestAnswer]):
        pass

    d.add_command(Newer)
    assert d.command(16777999, 8388700, True) is Newer and d.commands_by_name["Test-Request"] is Newer
    assert d.commands_by_name["TR"] is TestRequest and len(d.commands_by_path) == 5
    assert spy.calls == 5 and d.generation == 5

    # the same command in another application (Gx's CCR after Gy's): chosen by the header's
    # Application-Id, but the name and the alias keep meaning the first application's
    @command("Test-Request", code=8388700, application_id=16777888, request=True, alias="TR", register=False)
    class OtherApp(Request[TestAnswer]):
        pass

    d.add_command(OtherApp)
    assert d.command(16777888, 8388700, True) is OtherApp and d.command(16777999, 8388700, True) is Newer
    assert d.commands_by_name["Test-Request"] is Newer and d.commands_by_name["TR"] is TestRequest


def test_registry_the_first_error_answer_keeps_its_name() -> None:
    d = Dictionary()

    @command("Error-Answer", code=None, application_id=None, request=False, error=True, register=False)
    class First(ErrorAnswer):
        pass

    @command("Error-Answer", code=None, application_id=None, request=False, error=True, register=False)
    class Second(ErrorAnswer):
        pass

    d.add_command(First)
    d.add_command(Second)
    assert d.error_answer is Second and d.commands_by_name == {"Error-Answer": First}

    # a command without code that is not an error answer is only known by its path
    @command("Nothing", code=None, application_id=None, request=False, register=False)
    class Nothing(Answer):
        pass

    d.add_command(Nothing)
    assert d.error_answer is Second and "Nothing" not in d.commands_by_name and d.commands == {}
    assert d.any_application == {}


def test_converters_listen_to_their_dictionary() -> None:
    d = Dictionary()
    conv = Converter(dictionary=d)
    assert list(d.listeners) == [conv]


# --- the schema: definitions, field specifiers and the class decorators -----------------------


def test_avp_definition() -> None:
    d = AvpDef("X", 0xFFFFFFFF, UNSIGNED32, 0xFF, 0xFFFFFFFF, register=False)
    # only M and P are taken from flags; V follows the vendor (RFC 6733 §4.1)
    assert (d.name, d.code, d.vendor, d.format, d.flags) == ("X", 0xFFFFFFFF, 0xFFFFFFFF, UNSIGNED32, 0xE0)
    assert AvpDef("X", 0, UNSIGNED32, 0xFF, register=False).flags == 0x60
    assert AvpDef("X", 0, UNSIGNED32, 0x80, register=False).flags == 0
    assert AvpDef("X", 0, UNSIGNED32, vendor=1, register=False).flags == 0x80
    assert (d.cls, d.enum, d.enum_map) == (None, None, None)
    assert repr(D_TIME) == "<AvpDef T-Time (16711687, vendor 10415) Time>"
    assert repr(D_OCTETS) == "<AvpDef T-OctetString (16711694) OctetString>"
    assert D_VECTORS.is_grouped and not D_OCTETS.is_grouped
    assert D_VECTORS.cls is Vectors and D_OCTETS.cls is None and D_OCTETS.enum is None and D_OCTETS.enum_map is None


@pytest.mark.parametrize("code, vendor", [(-1, 0), (2**32, 0), (0, -1), (0, 2**32)])
def test_avp_definition_codes_are_32_bit(code: int, vendor: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # RFC 6733 §4.1: AVP Code and Vendor-ID are 32-bit fields
    monkeypatch.setattr(registry, "DEFAULT", Dictionary())
    what = "AVP code" if code != 0 else "Vendor-Id"
    with pytest.raises(ValueError, match=f"^{what} {code if code else vendor} out of range$"):
        AvpDef("X", code, UNSIGNED32, vendor=vendor)
    assert registry.DEFAULT.avps == {}


def test_avp_definition_registers_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = Dictionary()
    monkeypatch.setattr(registry, "DEFAULT", fresh)
    d = AvpDef("Y", 5, UNSIGNED32, M, 7)
    assert fresh.avp(5, 7) is d and fresh.avps_by_name == {"Y": d}
    AvpDef("Z", 6, UNSIGNED32, register=False)
    assert fresh.avp(6) is None
    # the largest AVP Code and Vendor-ID (RFC 6733 §4.1: 32 bits each)
    top = AvpDef("Top", 0xFFFFFFFF, UNSIGNED32, vendor=0xFFFFFFFF)
    assert fresh.avp(0xFFFFFFFF, 0xFFFFFFFF) is top
    assert AvpDef("Zero", 0, UNSIGNED32).code == 0 and fresh.avp(0) is not None
    # only a registered definition needs a valid code: "* [ AVP ]" stands for any
    assert AVP.code == -1 and "AVP" not in fresh.avps_by_name


def test_enumerated_values_by_number() -> None:
    class Colour(IntEnum):
        RED = 0
        GREEN = 7

    d = AvpDef("Colour", 9, ENUMERATED, enum=Colour, register=False)
    assert d.enum is Colour and d.enum_map == {0: Colour.RED, 7: Colour.GREEN}
    conv = Converter(dictionary=Dictionary(), layouts=False)
    conv.dictionary.add_avp(d)
    green = decode_avp_value(Avp(9, h("00000007")), conv)
    assert green is Colour.GREEN
    other = decode_avp_value(Avp(9, h("00000005")), conv)  # a value the enum does not name: an int
    assert other == 5 and type(other) is int


def test_field_specifiers() -> None:
    @grouped(AvpDef("G", 3000, GROUPED, register=False))
    class G:
        fixed: str = avp(D_IDENTITY, fixed=True)
        one: int = avp(D_UNSIGNED32)
        maybe: int | None = avp(D_INTEGER32, default=None)
        many: tuple[int, ...] = repeated(D_INTEGER64, min=1, max=3)
        some: tuple[float, ...] = repeated(D_FLOAT32, default=())
        late_fixed: float | None = avp(D_FLOAT64, default=None, fixed=True)
        avps: tuple[Avp, ...] = repeated(AVP, default=())

    info = grouped_info(G)
    assert fields_of(G) == info.fields
    assert info.extra == "avps" and info.definition.name == "G"
    # RFC 6733 §3.2: fixed-position AVPs first, in their order; then the others in theirs
    assert [(s.name, s.kind, s.min, s.max, s.fixed) for s in info.fields] == [
        ("fixed", "one", 1, 1, True),
        ("late_fixed", "optional", 0, 1, True),
        ("one", "one", 1, 1, False),
        ("maybe", "optional", 0, 1, False),
        ("many", "many", 1, 3, False),
        ("some", "many", 0, None, False),
        ("avps", "extra", 0, None, False),
    ]
    assert info.fields[0].definition is D_IDENTITY and info.fields[-1].definition is AVP
    g = G(fixed="f", one=1, many=(2,))
    assert (g.maybe, g.some, g.late_fixed, g.avps) == (None, (), None, ())
    with pytest.raises(TypeError):
        G(one=1, many=(2,))  # type: ignore[call-arg]  # a required field
    with pytest.raises(TypeError):
        G(fixed="f", one=1)  # type: ignore[call-arg]  # a repeated field without default is required
    assert is_grouped(G) and is_grouped(g) and not is_command(G) and not is_command(g)


def test_field_specifier_defaults() -> None:
    with pytest.raises(
        TypeError, match=r"^avp\(\) takes default=None \(optional AVP\) or no default \(required AVP\)$"
    ):
        avp(D_UNSIGNED32, default=0)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match=r"^repeated\(\) takes default=\(\) or no default$"):
        repeated(D_UNSIGNED32, default=(1,))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^repeated\(\) takes default=\(\) or no default$"):
        repeated(D_UNSIGNED32, default=None)  # type: ignore[call-overload]


def test_class_declarations_that_make_no_sense() -> None:
    with pytest.raises(TypeError, match="^T-Unsigned32 is Unsigned32, not Grouped$"):
        grouped(D_UNSIGNED32)
    with pytest.raises(TypeError, match="^Two has two '\\* \\[ AVP \\]' fields$"):

        @grouped(AvpDef("G2", 3001, GROUPED, register=False))
        class Two:
            a: tuple[Avp, ...] = repeated(AVP, default=())
            b: tuple[Avp, ...] = repeated(AVP, default=())

    with pytest.raises(TypeError, match="^Twice: fields a and b are both T-Unsigned32$"):

        @grouped(AvpDef("G3", 3002, GROUPED, register=False))
        class Twice:
            a: int = avp(D_UNSIGNED32)
            b: tuple[int, ...] = repeated(D_UNSIGNED32, default=())

    with pytest.raises(TypeError, match="^Late: fields a and b are both T-Unsigned32$"):

        @grouped(AvpDef("G5", 3004, GROUPED, register=False))
        class Late:
            avps: tuple[Avp, ...] = repeated(AVP, default=())  # "* [ AVP ]" first: the check goes on
            a: int = avp(D_UNSIGNED32)
            b: int | None = avp(D_UNSIGNED32, default=None)

    with pytest.raises(TypeError, match="^Backwards must derive from Request$"):

        @command("Backwards", code=1, request=True, register=False)
        class Backwards(Answer):
            pass

    with pytest.raises(TypeError, match="^Backwards2 must derive from Answer$"):

        @command("Backwards2", code=1, request=False, register=False)
        class Backwards2(Request[Answer]):
            pass


def test_same_code_of_two_vendors_is_two_fields() -> None:
    @grouped(AvpDef("G4", 3003, GROUPED, register=False))
    class TwoVendors:
        a: int = avp(AvpDef("A", 1, UNSIGNED32, register=False))
        b: int = avp(AvpDef("A", 1, UNSIGNED32, vendor=5, register=False))

    assert [s.name for s in fields_of(TwoVendors)] == ["a", "b"]


def test_command_declaration(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = Dictionary()
    monkeypatch.setattr(registry, "DEFAULT", fresh)

    @command("Thing-Answer", code=8388710, application_id=16777998, request=False, proxiable=True)
    class ThingAnswer(Answer):
        result_code: int = avp(D_UNSIGNED32)

    @command("Thing-Request", code=8388710, application_id=None, request=True, application_id_field="app", alias="THR")
    class ThingRequest(Request[ThingAnswer]):
        app: int = avp(D_INTEGER32)
        avps: tuple[Avp, ...] = repeated(AVP, default=())

    assert command_info(ThingAnswer) == CommandInfo(
        "Thing-Answer",
        8388710,
        16777998,
        False,
        True,
        False,
        (FieldSpec(D_UNSIGNED32, "one", 1, 1, False, "result_code"),),
        None,
    )
    info = command_info(ThingRequest)
    assert (info.name, info.code, info.application_id, info.request, info.proxiable, info.error) == (
        "Thing-Request",
        8388710,
        None,
        True,
        False,
        False,
    )
    assert (info.application_id_field, info.alias, info.extra) == ("app", "THR", "avps")
    # registered in the (global) dictionary as they are declared
    assert fresh.command(16777998, 8388710, False) is ThingAnswer
    assert fresh.command(1, 8388710, True) is ThingRequest and fresh.commands_by_name["THR"] is ThingRequest
    assert is_command(ThingRequest) and is_command(ThingRequest(app=1)) and not is_grouped(ThingRequest)

    @command("Unlisted", code=8388711, request=True, register=False)
    class Unlisted(Request[ThingAnswer]):
        pass

    assert fresh.command(0, 8388711, True) is None and command_info(Unlisted).application_id == 0
    assert (command_info(Unlisted).proxiable, command_info(Unlisted).error) == (False, False)
    assert command_info(Unlisted).application_id_field is None and command_info(Unlisted).alias is None


def test_message_objects() -> None:
    @command("Obj-Answer", code=8388712, request=False, register=False)
    class ObjAnswer(Answer):
        result_code: int = avp(D_UNSIGNED32)
        note: str | None = avp(D_UTF8, default=None)

    a = ObjAnswer(result_code=2001)
    # header fields of the base class: zero identifiers, no T flag
    assert (a.hop_by_hop, a.end_to_end, a.retransmit, a.note) == (0, 0, False, None)
    assert a.wire_flags is None
    with pytest.raises(TypeError):
        ObjAnswer(2001)  # type: ignore[call-arg]  # keyword-only
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.result_code = 1  # type: ignore[misc]
    b = evolve(a, note="n", hop_by_hop=5)
    assert (b.result_code, b.note, b.hop_by_hop) == (2001, "n", 5) and a.note is None
    # the received flags are no part of equality
    object.__setattr__(b, "wire_flags", {("note", 0): 0})
    assert b == ObjAnswer(result_code=2001, note="n", hop_by_hop=5) and "wire_flags" not in repr(b)
    assert "hop_by_hop" not in repr(b) and "result_code=2001" in repr(b)
    with pytest.raises(TypeError):
        ObjAnswer(result_code=1, wire_flags={})  # type: ignore[call-arg]
    e = ErrorAnswer()
    assert (e.command_code, e.application_id, e.proxiable) == (0, 0, False)
    g = GenericMessage(command_code=5)
    assert (g.application_id, g.request, g.proxiable, g.error, g.avps) == (0, False, False, False, ())
    with pytest.raises(TypeError):
        GenericMessage()  # type: ignore[call-arg]


def test_grouped_objects() -> None:
    # declared here, at run time, like a class of a user's own dictionary
    d_when = AvpDef("When", 3100, TIME, M, register=False)
    d_count = AvpDef("Count", 3101, UNSIGNED32, M, register=False)

    @grouped(AvpDef("Stamp", 3102, GROUPED, M, register=False))
    class Stamp:
        when: datetime = avp(d_when)
        counts: tuple[int, ...] = repeated(d_count, default=())

    s = Stamp(when=utc(2030, 1, 2), counts=(1, 2))
    assert s.wire_flags is None  # type: ignore[attr-defined]
    assert repr(s) == "Stamp(when=" + repr(utc(2030, 1, 2)) + ", counts=(1, 2))"
    with pytest.raises(TypeError):
        Stamp(utc(2030, 1, 2))  # type: ignore[call-arg]  # keyword-only
    with pytest.raises(TypeError):
        Stamp(when=utc(2030, 1, 2), wire_flags={})  # type: ignore[call-arg]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        s.when = utc(2031, 1, 1)  # type: ignore[misc]
    # compact objects: slots, no __dict__, no weak references
    assert not hasattr(s, "__dict__")
    with pytest.raises(TypeError):
        weakref.ref(s)
    # the received flags are no part of equality
    t = Stamp(when=utc(2030, 1, 2), counts=(1, 2))
    object.__setattr__(t, "wire_flags", {("when", 0): 0})
    assert s == t and hash(s) == hash(t)
    # the annotations stay the field types (what diameter.data converts by)
    assert from_json(Stamp, to_json(s)) == s
    assert to_dict(s) == {"when": "2030-01-02T00:00:00+00:00", "counts": [1, 2]}  # defaults left out
    # decoded objects get the received flags
    conv = Converter(dictionary=Dictionary(), layouts=False)
    wire = avp_wire(3100, 0x00, h("bc17c200")) + avp_wire(3101, 0x40, h("00000007"))
    got = conv.decode_grouped(Stamp, wire)
    assert got == Stamp(when=utc(2000, 1, 1), counts=(7,)) and got.wire_flags == {("when", 0): 0}
    assert hash(got) == hash(Stamp(when=utc(2000, 1, 1), counts=(7,)))  # usable as a key, like a constructed one
    assert conv.encode_grouped(got) == wire


def test_a_plain_annotated_attribute_is_a_field() -> None:
    # the decorators are dataclass_transform ones: type checkers take an annotated attribute
    # with a default for a field of the constructor, and so does the class
    @grouped(AvpDef("Labelled", 3104, GROUPED, register=False))
    class Labelled:
        count: int = avp(AvpDef("Count", 3101, UNSIGNED32, M, register=False))
        label: str = "none"

    assert Labelled(count=1, label="x").label == "x" and Labelled(count=1).label == "none"
    assert [s.name for s in fields_of(Labelled)] == ["count"]  # not an AVP


def test_grouped_avp_without_fields() -> None:
    # nothing in RFC 6733 §4.4 keeps a Grouped AVP from holding no AVPs
    @grouped(AvpDef("Empty", 3103, GROUPED, register=False))
    class Empty:
        pass

    conv = Converter(dictionary=Dictionary(), layouts=False)
    assert conv.encode_grouped(Empty()) == b"" and conv.decode_grouped(Empty, b"") == Empty()
    assert fields_of(Empty) == () and grouped_info(Empty).extra is None


def test_info_of_what_is_not_declared() -> None:
    class Plain:
        pass

    with pytest.raises(TypeError, match="^Plain is not a command class$"):
        command_info(Plain)
    with pytest.raises(TypeError, match="^Vectors is not a command class$"):
        command_info(Vectors)
    with pytest.raises(TypeError, match="^Plain is not a grouped AVP class$"):
        grouped_info(Plain)
    with pytest.raises(TypeError, match="^Plain is neither a command nor a grouped AVP class$"):
        fields_of(Plain)
    assert not is_command(Plain) and not is_grouped(Plain()) and not is_command(3)


@pytest.mark.parametrize(
    "name, python",
    [
        ("Origin-Host", "origin_host"),
        ("Class", "class_"),  # a keyword
        ("Type", "type_"),  # a soft keyword too
        ("Match", "match_"),
        ("3GPP-Charging-Id", "tgpp_charging_id"),
        ("3gpp.Thing", "tgpp_thing"),
        ("2-Step Thing", "n2_step_thing"),  # no identifier starts with a digit
        ("Some.Dotted Name", "some_dotted_name"),
        ("Result-Code", "result_code"),
        ("From", "from_"),
        ("None", "none"),  # lowered first: "none" is no keyword
        ("", ""),
    ],
)
def test_python_names(name: str, python: str) -> None:
    assert python_name(name) == python
