"""The AVP data formats of RFC 6733 §4.2 (basic) and §4.3 (derived).

Each format is a :class:`DataFormat` object that knows the Python type of its values and how to
turn the AVP's data bytes into a value and back. The code generator in :mod:`diameter._codegen`
inlines the common ones (fixed-size numbers, strings) and calls ``decode`` / ``encode`` for the
rest. ``decode`` may raise ``ValueError`` or ``struct.error`` for bad data; the converter turns
these into :class:`diameter.errors.InvalidAvpValue` / ``InvalidAvpLength`` carrying the AVP.

Value types:

=====================  ==============================================================
OctetString            ``bytes``
Integer32/64           ``int`` (signed)
Unsigned32/64          ``int``
Float32/64             ``float``
Grouped                the grouped AVP's class
Address                ``IPv4Address`` / ``IPv6Address`` (families 1, 2);
                       :class:`OtherAddress` for every other family (E.164, ...)
Time                   timezone-aware ``datetime`` in UTC
UTF8String             ``str``
DiameterIdentity       ``str``
DiameterURI            :class:`DiameterURI`
Enumerated             the AVP's ``IntEnum`` member, or ``int`` for a value it does not name
IPFilterRule           :class:`IPFilterRule`
=====================  ==============================================================
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from datetime import UTC, datetime
from ipaddress import IPv4Address, IPv6Address
from typing import Any, Final, Generic, TypeVar

import attrs

from ._ipfilter import IPFilterRule
from ._uri import DiameterURI

__all__ = [
    "DataFormat",
    "OtherAddress",
    "AddressValue",
    "DiameterURI",
    "IPFilterRule",
    "OCTET_STRING",
    "INTEGER32",
    "INTEGER64",
    "UNSIGNED32",
    "UNSIGNED64",
    "FLOAT32",
    "FLOAT64",
    "GROUPED",
    "ADDRESS",
    "TIME",
    "UTF8STRING",
    "DIAMETER_IDENTITY",
    "DIAMETER_URI",
    "ENUMERATED",
    "IP_FILTER_RULE",
    "FORMATS",
]

T = TypeVar("T")


@attrs.frozen
class OtherAddress:
    """An Address of a family other than IPv4 (1) and IPv6 (2), kept as received.

    ``family`` is the IANA address family number (8 is E.164, whose ``data`` is the ASCII
    digits of the number).
    """

    family: int
    data: bytes

    def __str__(self) -> str:
        if self.family == 8:
            try:
                return "E.164:" + self.data.decode("ascii")
            except UnicodeDecodeError:
                pass
        return f"family {self.family}:{self.data.hex()}"


AddressValue = IPv4Address | IPv6Address | OtherAddress


class DataFormat(Generic[T]):
    """One AVP data format: its name, its values' Python type, and its codec.

    ``struct_code`` is set for fixed-size numeric formats (the ``struct`` format character);
    ``size`` is the fixed data length in bytes, if any.
    """

    __slots__ = ("name", "python_type", "decode", "encode", "struct_code", "size")

    def __init__(
        self,
        name: str,
        python_type: Any,
        decode: Callable[[bytes], T],
        encode: Callable[[T], bytes],
        *,
        struct_code: str | None = None,
    ) -> None:
        self.name = name
        self.python_type = python_type
        self.decode = decode
        self.encode = encode
        self.struct_code = struct_code
        self.size = struct.calcsize("!" + struct_code) if struct_code else None

    def __repr__(self) -> str:
        return f"<DataFormat {self.name}>"


def _numeric(name: str, code: str, python_type: type) -> DataFormat[Any]:
    s = struct.Struct("!" + code)

    def decode(data: bytes) -> Any:
        return s.unpack(data)[0]

    def encode(value: Any) -> bytes:
        return s.pack(value)

    return DataFormat(name, python_type, decode, encode, struct_code=code)


def _decode_utf8(data: bytes) -> str:
    return data.decode()


def _encode_utf8(value: str) -> bytes:
    return value.encode()


def _identity(data: bytes) -> bytes:
    return bytes(data)


def _encode_octets(value: bytes) -> bytes:
    if not isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(f"expected bytes, got {type(value).__name__}")
    return bytes(value)


_FAMILY = struct.Struct("!H")


def decode_address(data: bytes) -> AddressValue:
    """RFC 6733 §4.3.1 Address: a 2-byte IANA address family, then the address."""
    if len(data) < 2:
        raise ValueError("Address shorter than its 2-byte family")
    family = (data[0] << 8) | data[1]
    if family == 1:
        if len(data) != 6:
            raise ValueError(f"IPv4 Address of {len(data) - 2} bytes, expected 4")
        return IPv4Address(data[2:])
    if family == 2:
        if len(data) != 18:
            raise ValueError(f"IPv6 Address of {len(data) - 2} bytes, expected 16")
        return IPv6Address(data[2:])
    return OtherAddress(family, bytes(data[2:]))


def encode_address(value: AddressValue) -> bytes:
    if isinstance(value, IPv4Address):
        return b"\x00\x01" + value.packed
    if isinstance(value, IPv6Address):
        return b"\x00\x02" + value.packed
    if isinstance(value, OtherAddress):
        return _FAMILY.pack(value.family) + value.data
    raise TypeError(f"expected an IPv4Address, IPv6Address or OtherAddress, got {type(value).__name__}")


# RFC 6733 §4.3.1 Time: seconds since 1900-01-01 UTC as in NTP (RFC 5905). The 32-bit value
# wraps on 2036-02-07 06:28:16 UTC; values with the most significant bit clear are taken to be
# after that date (RFC 2030 §3), so the format covers 1968-01-20 .. 2104-02-26.
NTP_UNIX_OFFSET: Final = 2208988800
_UNIX_OF_NTP_ERA1: Final = (1 << 32) - NTP_UNIX_OFFSET  # 2036-02-07T06:28:16Z
_MIN_UNIX: Final = (1 << 31) - NTP_UNIX_OFFSET  # 1968-01-20T03:14:08Z
_MAX_UNIX: Final = _UNIX_OF_NTP_ERA1 + (1 << 31) - 1  # 2104-02-26T09:42:23Z
_U32 = struct.Struct("!I")
_fromtimestamp = datetime.fromtimestamp
_UTC = UTC


def decode_time(data: bytes) -> datetime:
    (ntp,) = _U32.unpack(data)
    if ntp & 0x80000000:
        return _fromtimestamp(ntp - NTP_UNIX_OFFSET, _UTC)
    return _fromtimestamp(ntp + _UNIX_OF_NTP_ERA1, _UTC)


def encode_time(value: datetime) -> bytes:
    if not isinstance(value, datetime):
        raise TypeError(f"expected a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("Time needs a timezone-aware datetime (e.g. tzinfo=timezone.utc)")
    unix = int(value.timestamp() // 1)
    if not _MIN_UNIX <= unix <= _MAX_UNIX:
        raise ValueError(f"{value.isoformat()} is outside the Time range 1968-01-20 .. 2104-02-26")
    return _U32.pack((unix + NTP_UNIX_OFFSET) & 0xFFFFFFFF)


def _decode_uri(data: bytes) -> DiameterURI:
    return DiameterURI.parse(data.decode())


def _encode_str_value(value: object) -> bytes:
    return str(value).encode()


def _decode_ipfilter(data: bytes) -> IPFilterRule:
    return IPFilterRule.parse(data.decode())


def _decode_grouped(data: bytes) -> Any:  # pragma: no cover - grouped AVPs are decoded by the converter
    raise TypeError("Grouped data is decoded by the converter")


OCTET_STRING: Final[DataFormat[bytes]] = DataFormat("OctetString", bytes, _identity, _encode_octets)
INTEGER32: Final[DataFormat[int]] = _numeric("Integer32", "i", int)
INTEGER64: Final[DataFormat[int]] = _numeric("Integer64", "q", int)
UNSIGNED32: Final[DataFormat[int]] = _numeric("Unsigned32", "I", int)
UNSIGNED64: Final[DataFormat[int]] = _numeric("Unsigned64", "Q", int)
FLOAT32: Final[DataFormat[float]] = _numeric("Float32", "f", float)
FLOAT64: Final[DataFormat[float]] = _numeric("Float64", "d", float)
GROUPED: Final[DataFormat[Any]] = DataFormat("Grouped", object, _decode_grouped, _decode_grouped)
ADDRESS: Final[DataFormat[AddressValue]] = DataFormat("Address", AddressValue, decode_address, encode_address)
TIME: Final[DataFormat[datetime]] = DataFormat("Time", datetime, decode_time, encode_time)
UTF8STRING: Final[DataFormat[str]] = DataFormat("UTF8String", str, _decode_utf8, _encode_utf8)
DIAMETER_IDENTITY: Final[DataFormat[str]] = DataFormat("DiameterIdentity", str, _decode_utf8, _encode_utf8)
DIAMETER_URI: Final[DataFormat[DiameterURI]] = DataFormat("DiameterURI", DiameterURI, _decode_uri, _encode_str_value)
ENUMERATED: Final[DataFormat[int]] = _numeric("Enumerated", "i", int)
IP_FILTER_RULE: Final[DataFormat[IPFilterRule]] = DataFormat(
    "IPFilterRule", IPFilterRule, _decode_ipfilter, _encode_str_value
)

#: Every data format by its RFC name.
FORMATS: Final[dict[str, DataFormat[Any]]] = {
    f.name: f
    for f in (
        OCTET_STRING,
        INTEGER32,
        INTEGER64,
        UNSIGNED32,
        UNSIGNED64,
        FLOAT32,
        FLOAT64,
        GROUPED,
        ADDRESS,
        TIME,
        UTF8STRING,
        DIAMETER_IDENTITY,
        DIAMETER_URI,
        ENUMERATED,
        IP_FILTER_RULE,
    )
}
