"""Data formats (RFC 6733 §4.2, §4.3) and the raw wire layer."""

from __future__ import annotations

import struct
from datetime import datetime, timedelta, timezone
from ipaddress import IPv4Address, IPv6Address

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diameter.errors import InvalidAvpLength, InvalidHeader, InvalidMessageLength
from diameter.types import (
    ADDRESS,
    FLOAT32,
    INTEGER32,
    TIME,
    UNSIGNED64,
    OtherAddress,
    decode_time,
    encode_time,
)
from diameter.wire import Avp, decode_header, iter_avps, message_length

UTC = timezone.utc


def test_time_before_and_after_the_2036_rollover() -> None:
    # RFC 6733 §4.3.1 / RFC 5905: NTP seconds since 1900; the 32-bit value wraps on
    # 2036-02-07T06:28:16Z, and values with the top bit clear are after the wrap.
    era_start = datetime(2036, 2, 7, 6, 28, 16, tzinfo=UTC)
    assert decode_time(b"\x00\x00\x00\x00") == era_start
    assert decode_time(b"\xff\xff\xff\xff") == era_start - timedelta(seconds=1)
    assert decode_time(struct.pack("!I", 0x80000000)) == datetime(1968, 1, 20, 3, 14, 8, tzinfo=UTC)
    assert encode_time(era_start) == b"\x00\x00\x00\x00"
    assert encode_time(datetime(1970, 1, 1, tzinfo=UTC)) == struct.pack("!I", 2208988800)
    assert encode_time(datetime(2104, 2, 26, 9, 42, 23, tzinfo=UTC)) == b"\x7f\xff\xff\xff"
    with pytest.raises(ValueError, match="outside"):
        encode_time(datetime(2104, 2, 26, 9, 42, 24, tzinfo=UTC))
    with pytest.raises(ValueError, match="timezone"):
        encode_time(datetime(2020, 1, 1))
    # another offset is the same instant
    assert encode_time(datetime(2020, 1, 1, 2, tzinfo=timezone(timedelta(hours=2)))) == encode_time(
        datetime(2020, 1, 1, tzinfo=UTC))


@given(st.datetimes(min_value=datetime(1968, 1, 21), max_value=datetime(2104, 2, 25), timezones=st.just(UTC)))
def test_time_round_trips_to_the_second(t: datetime) -> None:
    assert TIME.decode(TIME.encode(t)) == t.replace(microsecond=0)


def test_addresses() -> None:
    assert ADDRESS.decode(b"\x00\x01\xc0\x00\x02\x01") == IPv4Address("192.0.2.1")
    assert ADDRESS.decode(b"\x00\x02" + bytes(15) + b"\x01") == IPv6Address("::1")
    e164 = ADDRESS.decode(b"\x00\x0849123")
    assert e164 == OtherAddress(8, b"49123") and str(e164) == "E.164:49123"
    assert ADDRESS.encode(e164) == b"\x00\x0849123"
    for bad in (b"\x00", b"\x00\x01\x01\x02", b"\x00\x02" + bytes(4)):
        with pytest.raises(ValueError):
            ADDRESS.decode(bad)


def test_numbers() -> None:
    assert INTEGER32.decode(b"\xff\xff\xff\xfe") == -2
    assert UNSIGNED64.encode(2**64 - 1) == b"\xff" * 8
    assert FLOAT32.decode(FLOAT32.encode(1.5)) == 1.5
    with pytest.raises(struct.error):
        INTEGER32.encode(2**31)


def test_header_checks_and_framing() -> None:
    good = struct.pack("!IIIII", 0x01000014, 0x80000118, 0, 1, 2)
    h = decode_header(good)
    assert (h.command_code, h.is_request, h.hop_by_hop, h.end_to_end) == (280, True, 1, 2)
    assert message_length(good[:4]) == 20
    with pytest.raises(InvalidHeader):
        message_length(b"\x02\x00\x00\x14")
    with pytest.raises(InvalidMessageLength):
        message_length(b"\x01\x00\x00\x13")
    with pytest.raises(InvalidHeader):
        decode_header(struct.pack("!IIIII", 0x01000014, 0xA0000118, 0, 1, 2))


def test_raw_avps_split_and_join() -> None:
    data = Avp(1, b"abc", 0, 0x40).encode() + Avp(2, b"", 10415, 0x80).encode()
    assert data == b"\x00\x00\x00\x01\x40\x00\x00\x0babc\x00" + b"\x00\x00\x00\x02\x80\x00\x00\x0c\x00\x00\x28\xaf"
    assert [a for _, a in iter_avps(data)] == [Avp(1, b"abc", 0, 0x40), Avp(2, b"", 10415, 0x80)]
    assert Avp(2, b"", 10415).flags == 0x80  # V follows the vendor
    with pytest.raises(InvalidAvpLength):
        list(iter_avps(data[:-2]))
