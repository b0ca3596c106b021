"""Check an object against its class's CCF and its AVPs' data formats, before it is encoded.

mypy catches most mistakes before a program runs; :func:`validate` catches them at run time,
in code that mypy does not check or that builds values dynamically (from JSON, from a
configuration). It raises :class:`ValidationError` naming the object's class, the field, the
AVP and the value given, and why it cannot be encoded: a value of another type, a number out
of its format's range, a member of another AVP's enum, a grouped value of another class (blamed
on the field that holds it), a required AVP missing, too few or too many of a repeated one.

The encoder does not call it on its fast path; when encoding fails, :meth:`Converter.encode`
runs it to name the culprit (and raises the encoder's own error if it finds none).
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from ipaddress import IPv4Address, IPv6Address
from typing import Any

from ._codegen import _ENCODE_ERRORS
from .errors import EncodeError
from .schema import FieldSpec, fields_of
from .types import (
    ADDRESS,
    DIAMETER_IDENTITY,
    DIAMETER_URI,
    FLOAT32,
    FLOAT64,
    GROUPED,
    IP_FILTER_RULE,
    OCTET_STRING,
    TIME,
    UTF8STRING,
    DataFormat,
    DiameterURI,
    IPFilterRule,
    OtherAddress,
)
from .wire import Avp

__all__ = ["ValidationError", "validate"]


class ValidationError(EncodeError):
    """A value that its field cannot hold: ``path`` (the class, and the fields down to the
    object that holds it), ``field``, ``avp`` (the AVP's name), ``value`` and ``reason``."""

    def __init__(self, path: str, field: str, avp: str, value: object, reason: str) -> None:
        self.path = path
        self.field = field
        self.avp = avp
        self.value = value
        self.reason = reason
        shown = repr(value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        super().__init__(f"{path}.{field} ({avp}): {reason}; got {shown}")


_EXPECTED: dict[DataFormat[Any], tuple[tuple[type, ...], str]] = {
    OCTET_STRING: ((bytes, bytearray, memoryview), "bytes"),
    UTF8STRING: ((str,), "a str"),
    DIAMETER_IDENTITY: ((str,), "a str"),
    DIAMETER_URI: ((DiameterURI, str), "a DiameterURI or str"),
    IP_FILTER_RULE: ((IPFilterRule, str), "an IPFilterRule or str"),
    ADDRESS: ((IPv4Address, IPv6Address, OtherAddress), "an IPv4Address, IPv6Address or OtherAddress"),
    TIME: ((datetime,), "a timezone-aware datetime"),
    FLOAT32: ((float, int), "a float"),
    FLOAT64: ((float, int), "a float"),
}


def _value(path: str, spec: FieldSpec, v: object) -> None:
    d = spec.definition
    fmt = d.format
    if fmt is GROUPED:
        cls = d.cls
        if cls is None or not isinstance(v, cls):
            want = cls.__name__ if cls is not None else "a grouped value"
            raise ValidationError(path, spec.name, d.name, v, f"expected {want}, not {type(v).__name__}")
        _check(v, f"{path}.{spec.name}")
        return
    expected = _EXPECTED.get(fmt)
    if expected is None:  # the integer formats
        if not isinstance(v, int) or isinstance(v, bool):
            raise ValidationError(path, spec.name, d.name, v, f"expected an int ({fmt.name}), not {type(v).__name__}")
        if isinstance(v, IntEnum) and d.enum is not None and not isinstance(v, d.enum):
            raise ValidationError(
                path, spec.name, d.name, v, f"a member of {type(v).__name__}, not of {d.enum.__name__}"
            )
    elif not isinstance(v, expected[0]) or isinstance(v, bool):
        raise ValidationError(path, spec.name, d.name, v, f"expected {expected[1]}, not {type(v).__name__}")
    try:
        fmt.encode(v)
    except _ENCODE_ERRORS as e:  # (what the encoder turns into an EncodeError)
        raise ValidationError(path, spec.name, d.name, v, f"not a valid {fmt.name} ({e})") from None


def _check(obj: Any, path: str) -> None:
    for spec in fields_of(type(obj)):
        value = getattr(obj, spec.name)
        name = spec.definition.name
        if spec.kind == "extra":
            if not isinstance(value, tuple) or not all(isinstance(a, Avp) for a in value):
                raise ValidationError(path, spec.name, "* [ AVP ]", value, "expected a tuple of diameter.Avp")
        elif spec.kind == "one":
            if value is None:
                raise ValidationError(path, spec.name, name, value, "a required AVP is missing")
            _value(path, spec, value)
        elif spec.kind == "optional":
            if value is not None:
                _value(path, spec, value)
        else:
            if not isinstance(value, (tuple, list)):
                raise ValidationError(path, spec.name, name, value, "expected a tuple of values (a repeated AVP)")
            if len(value) < spec.min or (spec.max is not None and len(value) > spec.max):
                bound = f"{spec.min} to {spec.max}" if spec.max is not None else f"at least {spec.min}"
                raise ValidationError(path, spec.name, name, value, f"{len(value)} values, the CCF allows {bound}")
            for v in value:
                _value(path, spec, v)


def validate(obj: object) -> None:
    """Check a command or grouped AVP object, and every grouped value in it; raise
    :class:`ValidationError` on the first value that cannot be encoded as its field requires."""
    _check(obj, type(obj).__name__)
