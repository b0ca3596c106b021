"""A typed Diameter stack (RFC 6733).

The names most users need are here: :func:`decode`, :func:`encode`, :class:`DecodeError`,
and the schema helpers to declare commands and AVPs of your own.
"""

from .converter import Converter, decode, encode, header_of
from .errors import DecodeError, DiameterError, EncodeError
from .schema import (
    AVP,
    Answer,
    AvpDef,
    ErrorAnswer,
    GenericMessage,
    M,
    Message,
    P,
    Request,
    avp,
    command,
    evolve,
    grouped,
    repeated,
)
from .wire import Avp

# isort: split
from .apps import base as _base  # noqa: F401  the base protocol is always known
from .lenient import Lenient, decode_lenient
from .validate import ValidationError, validate

__all__ = [
    "AVP",
    "M",
    "P",
    "Answer",
    "Avp",
    "AvpDef",
    "Converter",
    "DecodeError",
    "DiameterError",
    "EncodeError",
    "ErrorAnswer",
    "GenericMessage",
    "Lenient",
    "Message",
    "Request",
    "avp",
    "command",
    "decode",
    "decode_lenient",
    "encode",
    "evolve",
    "grouped",
    "header_of",
    "repeated",
    "validate",
    "ValidationError",
]
