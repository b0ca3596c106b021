"""Errors raised by the codec.

Every failure to decode is a :class:`DecodeError` that carries what a Diameter node needs to
answer it (RFC 6733 §7): the Result-Code and, where one AVP is to blame, that AVP for the
Failed-AVP of the answer. Nothing else escapes :func:`diameter.decode` for any input bytes.

Encoding a value that cannot be represented (an Unsigned32 out of range, a string where bytes
are expected, a naive datetime) raises :class:`EncodeError`, which names the field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .wire import Avp

__all__ = [
    "DiameterError",
    "DecodeError",
    "InvalidHeader",
    "UnsupportedVersion",
    "InvalidMessageLength",
    "InvalidAvpLength",
    "InvalidAvpValue",
    "MissingAvp",
    "AvpNotAllowed",
    "TooManyAvps",
    "AvpUnsupported",
    "LimitExceeded",
    "EncodeError",
]


class DiameterError(Exception):
    """Base class of every error this package raises on purpose."""


class DecodeError(DiameterError):
    """Bytes that are not a valid Diameter message for the dictionary in use.

    ``result_code`` is the RFC 6733 §7.1 Result-Code to answer with, ``avp`` the offending AVP
    (for Failed-AVP, §7.5) when there is one, ``offset`` the byte offset of the problem in the
    decoded buffer when known.
    """

    result_code: int = 5004  # DIAMETER_INVALID_AVP_VALUE

    def __init__(self, message: str, *, avp: Avp | None = None, offset: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.avp = avp
        self.offset = offset

    def __str__(self) -> str:
        where = f" at offset {self.offset}" if self.offset is not None else ""
        return f"{self.message}{where} (Result-Code {self.result_code})"


class InvalidHeader(DecodeError):
    """Bad version, reserved flag bits set, or contradictory flags (RFC 6733 §3)."""

    result_code = 3008  # DIAMETER_INVALID_HDR_BITS


class UnsupportedVersion(InvalidHeader):
    """A header whose version is not 1."""

    result_code = 5011  # DIAMETER_UNSUPPORTED_VERSION


class InvalidMessageLength(DecodeError):
    """The Message Length does not match the bytes, or is not a multiple of four."""

    result_code = 5015  # DIAMETER_INVALID_MESSAGE_LENGTH


class InvalidAvpLength(DecodeError):
    """An AVP Length that is too short, runs past its container or does not fit its type."""

    result_code = 5014  # DIAMETER_INVALID_AVP_LENGTH


class InvalidAvpValue(DecodeError):
    """An AVP whose data cannot be decoded as its data format (RFC 6733 §7.1.5)."""

    result_code = 5004  # DIAMETER_INVALID_AVP_VALUE


class MissingAvp(DecodeError):
    """A required AVP is absent or occurs fewer times than the CCF requires."""

    result_code = 5005  # DIAMETER_MISSING_AVP


class AvpNotAllowed(DecodeError):
    """An AVP the command or grouped AVP does not admit (no ``* [ AVP ]`` in its CCF)."""

    result_code = 5008  # DIAMETER_AVP_NOT_ALLOWED


class TooManyAvps(DecodeError):
    """An AVP occurs more often than the CCF admits."""

    result_code = 5009  # DIAMETER_AVP_OCCURS_TOO_MANY_TIMES


class AvpUnsupported(DecodeError):
    """An AVP with the M bit set that the receiver does not recognise (RFC 6733 §4.1)."""

    result_code = 5001  # DIAMETER_AVP_UNSUPPORTED


class LimitExceeded(DecodeError):
    """A configured limit (message length, grouped nesting depth) was exceeded."""

    result_code = 5015  # DIAMETER_INVALID_MESSAGE_LENGTH


class EncodeError(DiameterError, ValueError):
    """A value that cannot be encoded as its AVP's data format."""
