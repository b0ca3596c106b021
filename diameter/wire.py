"""The Diameter wire format: message header and AVP header (RFC 6733 §3, §4.1).

::

     0                   1                   2                   3
    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
    |    Version    |                 Message Length                |
    | command flags |                  Command Code                 |
    |                         Application-ID                        |
    |                      Hop-by-Hop Identifier                    |
    |                      End-to-End Identifier                    |
    |  AVPs ...
    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

    |                           AVP Code                            |
    |V M P r r r r r|                  AVP Length                   |
    |                        Vendor-ID (opt)                        |
    |    Data ...   (padded to a multiple of four bytes; the padding is not in AVP Length)

This module holds the raw layer: :class:`Header`, :class:`Avp` (an AVP as received, lossless)
and the functions that split bytes into them and join them back.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import Any, Final

import attrs

from .errors import EncodeError, InvalidAvpLength, InvalidHeader, InvalidMessageLength, UnsupportedVersion

__all__ = [
    "Framer",
    "Oversized",
    "FLAG_R",
    "FLAG_P",
    "FLAG_E",
    "FLAG_T",
    "AVP_V",
    "AVP_M",
    "AVP_P",
    "HEADER_LENGTH",
    "Header",
    "Avp",
    "decode_header",
    "peek_header",
    "message_length",
    "iter_avps",
    "encode_avps",
    "pad",
]

# Command flags (RFC 6733 §3)
FLAG_R: Final = 0x80  #: Request
FLAG_P: Final = 0x40  #: Proxiable
FLAG_E: Final = 0x20  #: Error
FLAG_T: Final = 0x10  #: potentially reTransmitted message
_RESERVED_COMMAND_FLAGS: Final = 0x0F

# AVP flags (RFC 6733 §4.1)
AVP_V: Final = 0x80  #: Vendor-Specific
AVP_M: Final = 0x40  #: Mandatory
AVP_P: Final = 0x20  #: Protected (end-to-end security; reserved by RFC 6733)

HEADER_LENGTH: Final = 20

_HEADER = struct.Struct("!IIIII")
_AVP_HEADER = struct.Struct("!II")
_AVP_VENDOR = struct.Struct("!III")
_PAD: Final = (b"", b"\x00\x00\x00", b"\x00\x00", b"\x00")


def pad(length: int) -> bytes:
    """The zero bytes that pad ``length`` bytes of data to a multiple of four."""
    return _PAD[length & 3]


@attrs.frozen
class Header:
    """A decoded message header."""

    version: int
    length: int
    flags: int
    command_code: int
    application_id: int
    hop_by_hop: int
    end_to_end: int

    @property
    def is_request(self) -> bool:
        return bool(self.flags & FLAG_R)

    @property
    def is_proxiable(self) -> bool:
        return bool(self.flags & FLAG_P)

    @property
    def is_error(self) -> bool:
        return bool(self.flags & FLAG_E)

    @property
    def is_retransmit(self) -> bool:
        return bool(self.flags & FLAG_T)


def peek_header(data: bytes) -> Header:
    """The header fields of the first 20 bytes of ``data``, without checking them."""
    if len(data) < HEADER_LENGTH:
        raise InvalidMessageLength(f"{len(data)} bytes are fewer than a 20-byte header", offset=0)
    vl, fc, app, hbh, e2e = _HEADER.unpack_from(data)
    return Header(vl >> 24, vl & 0xFFFFFF, fc >> 24, fc & 0xFFFFFF, app, hbh, e2e)


def message_length(prefix: bytes) -> int:
    """The Message Length of the message whose first four (or more) bytes are ``prefix``.

    For framing a byte stream; raises :class:`InvalidHeader` for a version other than 1 and
    :class:`InvalidMessageLength` for a length shorter than a header.
    """
    if len(prefix) < 4:
        raise InvalidMessageLength("fewer than 4 bytes of header", offset=0)
    if prefix[0] != 1:
        raise UnsupportedVersion(f"version {prefix[0]}, only version 1 is defined", offset=0)
    length = (prefix[1] << 16) | (prefix[2] << 8) | prefix[3]
    if length < HEADER_LENGTH or length & 3:
        raise InvalidMessageLength(f"Message Length {length} is not a multiple of 4 of at least 20", offset=1)
    return length


def decode_header(data: bytes) -> Header:
    """Decode and check the 20-byte header at the start of ``data`` (a whole message).

    Checks (RFC 6733 §3): version 1, reserved command flags zero, no E flag on a request,
    and a Message Length equal to ``len(data)``.
    """
    h = peek_header(data)
    if h.version != 1:
        raise UnsupportedVersion(f"version {h.version}, only version 1 is defined", offset=0)
    if h.flags & _RESERVED_COMMAND_FLAGS:
        raise InvalidHeader(f"reserved command flag bits set (flags 0x{h.flags:02x})", offset=4)
    if h.flags & FLAG_R and h.flags & FLAG_E:
        raise InvalidHeader("E flag set on a request", offset=4)
    if h.length != len(data) or h.length & 3:
        raise InvalidMessageLength(f"Message Length {h.length} but {len(data)} bytes", offset=1)
    return h


@attrs.frozen
class Avp:
    """One AVP exactly as received: its code, flags, Vendor-ID and data bytes.

    Used for AVPs a class does not name (the ``avps`` field of a ``* [ AVP ]`` CCF) and by the
    generic message. ``flags`` keeps the V, M and P bits as received; the V bit is also set on
    encoding (and by the constructor) when ``vendor`` is not zero. ``name`` and ``value`` look the AVP up in the loaded
    dictionaries, so an AVP known to any of them reads as a named, typed value.
    """

    code: int
    data: bytes = attrs.field(repr=lambda d: d.hex() if len(d) <= 32 else d[:32].hex() + "...")
    vendor: int = 0
    flags: int = 0

    def __attrs_post_init__(self) -> None:
        if self.vendor and not self.flags & AVP_V:
            object.__setattr__(self, "flags", self.flags | AVP_V)

    @property
    def is_mandatory(self) -> bool:
        return bool(self.flags & AVP_M)

    @property
    def has_vendor(self) -> bool:
        return bool(self.flags & AVP_V) or self.vendor != 0

    @property
    def definition(self) -> Any:
        """The AVP's :class:`diameter.schema.AvpDef` in the loaded dictionaries, or ``None``."""
        from .registry import DEFAULT

        return DEFAULT.avp(self.code, self.vendor)

    @property
    def name(self) -> str | None:
        d = self.definition
        return None if d is None else str(d.name)

    @property
    def value(self) -> Any:
        """The data decoded by the AVP's data format: ``tuple[Avp, ...]`` for a Grouped AVP,
        the raw ``data`` for an AVP no dictionary knows. Raises :class:`DecodeError` for data
        that does not fit the format."""
        from .converter import decode_avp_value

        return decode_avp_value(self)

    def encode(self) -> bytes:
        """The AVP's wire form, padded. Raises :class:`EncodeError` for data too long for the
        24-bit AVP Length."""
        data = self.data
        vendor = self.has_vendor
        length = (12 if vendor else 8) + len(data)
        if length > 0xFFFFFF:
            raise EncodeError(f"AVP {self.code}: {len(data)} bytes of data do not fit the 24-bit AVP Length")
        if vendor:
            head = _AVP_VENDOR.pack(self.code, ((self.flags | AVP_V) << 24) | length, self.vendor)
        else:
            head = _AVP_HEADER.pack(self.code, (self.flags << 24) | length)
        return head + data + _PAD[len(data) & 3]


def iter_avps(data: bytes, start: int = 0, end: int | None = None) -> Iterator[tuple[int, Avp]]:
    """Split ``data[start:end]`` into AVPs, yielding ``(offset, Avp)`` pairs.

    Raises :class:`InvalidAvpLength` for an AVP header that does not fit.
    """
    if end is None:
        end = len(data)
    pos = start
    while pos < end:
        if end - pos < 8:
            raise InvalidAvpLength(f"{end - pos} bytes left, too few for an AVP header", offset=pos)
        code, fl = _AVP_HEADER.unpack_from(data, pos)
        flags = fl >> 24
        length = fl & 0xFFFFFF
        if flags & AVP_V:
            if length < 12 or pos + length > end:
                raise InvalidAvpLength(f"AVP {code} length {length} does not fit", offset=pos)
            vendor = _AVP_HEADER.unpack_from(data, pos + 4)[1]
            value = data[pos + 12 : pos + length]
        else:
            if length < 8 or pos + length > end:
                raise InvalidAvpLength(f"AVP {code} length {length} does not fit", offset=pos)
            vendor = 0
            value = data[pos + 8 : pos + length]
        yield pos, Avp(code, bytes(value), vendor, flags)
        pos += (length + 3) & ~3


def encode_avps(avps: Iterator[Avp] | tuple[Avp, ...] | list[Avp]) -> bytes:
    """The wire form of a sequence of raw AVPs."""
    return b"".join(a.encode() for a in avps)


@attrs.frozen
class Oversized:
    """A message longer than a :class:`Framer` takes: its 20-byte ``header`` and its declared
    ``length``. The framer skips its bytes without keeping them (the node answers a request
    with DIAMETER_INVALID_MESSAGE_LENGTH, 5015)."""

    header: bytes
    length: int


class Framer:
    """Splits a byte stream into Diameter messages (RFC 6733 §3), one per connection.

    :meth:`feed` returns the whole messages the bytes complete, each as ``bytes``, and an
    :class:`Oversized` for a message whose declared length exceeds ``max_length``: that is
    known from its first 20 bytes, and its remaining bytes are dropped as they come, so a peer
    cannot make the node buffer more than ``max_length`` bytes. A message with another version
    than 1 is still framed when its length is valid (the node answers it with
    DIAMETER_UNSUPPORTED_VERSION, 5011). A Message Length under 20 or not a multiple of 4, or a
    bad version with an implausible length, cannot be framed: :meth:`feed` still returns the
    messages before it, and :attr:`error` says why the stream ends there (an
    :class:`InvalidMessageLength` or :class:`UnsupportedVersion`); later calls return nothing.
    """

    __slots__ = ("max_length", "_buf", "_skip", "_error")

    def __init__(self, max_length: int = 1 << 20) -> None:
        if max_length < HEADER_LENGTH:
            raise ValueError(f"max_length must be at least {HEADER_LENGTH}")
        self.max_length = max_length
        self._buf = bytearray()
        self._skip = 0
        self._error: InvalidHeader | InvalidMessageLength | None = None

    @property
    def error(self) -> InvalidHeader | InvalidMessageLength | None:
        """Why the stream cannot be framed any further (``None``: it can)."""
        return self._error

    @property
    def buffered(self) -> int:
        """Bytes held for a message not yet complete."""
        return len(self._buf)

    def take_buffered(self) -> bytes:
        """The bytes held for a message not yet complete, which the framer forgets."""
        data = bytes(self._buf)
        self._buf.clear()
        return data

    def feed(self, data: bytes) -> list[bytes | Oversized]:
        out: list[bytes | Oversized] = []
        if self._error is not None:
            return out
        if self._skip:
            n = min(self._skip, len(data))
            self._skip -= n
            data = data[n:]
        buf = self._buf
        buf += data
        while len(buf) >= 4 and not self._skip:
            length = (buf[1] << 16) | (buf[2] << 8) | buf[3]
            if length < HEADER_LENGTH or length & 3 or (buf[0] != 1 and length > self.max_length):
                self._error = (
                    UnsupportedVersion(f"version {buf[0]}, only version 1 is defined", offset=0)
                    if buf[0] != 1
                    else InvalidMessageLength(
                        f"Message Length {length} is not a multiple of 4 of at least 20", offset=1
                    )
                )
                buf.clear()
                break
            if length > self.max_length:
                if len(buf) < HEADER_LENGTH:
                    break
                out.append(Oversized(bytes(buf[:HEADER_LENGTH]), length))
                n = min(length, len(buf))
                del buf[:n]
                self._skip = length - n
                continue
            if len(buf) < length:
                break
            out.append(bytes(buf[:length]))
            del buf[:length]
        return out
