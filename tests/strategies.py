"""Hypothesis strategies derived from the schema: any command or grouped class."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import IntEnum
from functools import cache
from ipaddress import IPv4Address, IPv6Address
from typing import Any

from hypothesis import strategies as st

from diameter.registry import DEFAULT
from diameter.schema import AvpDef, ErrorAnswer, FieldSpec, command_info, fields_of, is_command
from diameter.types import (
    ADDRESS,
    DIAMETER_IDENTITY,
    DIAMETER_URI,
    ENUMERATED,
    FLOAT32,
    FLOAT64,
    GROUPED,
    INTEGER32,
    INTEGER64,
    IP_FILTER_RULE,
    OCTET_STRING,
    TIME,
    UNSIGNED32,
    UNSIGNED64,
    UTF8STRING,
    OtherAddress,
)
from diameter.wire import Avp

from value_strategies import diameter_uris, ip_filter_rules

__all__ = ["values_of", "instances", "unknown_avps", "u32"]

u32 = st.integers(0, 0xFFFFFFFF)
_text = st.text(st.characters(codec="utf-8"), max_size=20)
_identity = st.from_regex(r"[a-z0-9]([a-z0-9.-]{0,20}[a-z0-9])?", fullmatch=True)
_time = st.datetimes(min_value=datetime(1968, 1, 21), max_value=datetime(2104, 2, 25), timezones=st.just(UTC)).map(
    lambda t: t.replace(microsecond=0)
)
_address = st.one_of(
    st.integers(0, 2**32 - 1).map(IPv4Address),
    st.integers(0, 2**128 - 1).map(IPv6Address),
    st.builds(OtherAddress, st.integers(3, 0xFFFF), st.binary(max_size=16)),
    st.from_regex(r"[0-9]{1,15}", fullmatch=True).map(lambda d: OtherAddress(8, d.encode())),
)

_SIMPLE: dict[Any, st.SearchStrategy[Any]] = {
    OCTET_STRING: st.binary(max_size=24),
    INTEGER32: st.integers(-(2**31), 2**31 - 1),
    INTEGER64: st.integers(-(2**63), 2**63 - 1),
    UNSIGNED32: u32,
    UNSIGNED64: st.integers(0, 2**64 - 1),
    FLOAT32: st.floats(width=32, allow_nan=False),
    FLOAT64: st.floats(allow_nan=False),
    ADDRESS: _address,
    TIME: _time,
    UTF8STRING: _text,
    DIAMETER_IDENTITY: _identity,
    DIAMETER_URI: diameter_uris(),
    ENUMERATED: st.integers(-(2**31), 2**31 - 1),
    IP_FILTER_RULE: ip_filter_rules(),
}


def _enum_values(enum: type[IntEnum], raw: st.SearchStrategy[int]) -> st.SearchStrategy[Any]:
    # A decoded value the dictionary names becomes its member; others stay plain ints.
    members = {int(m): m for m in enum}
    return st.one_of(st.sampled_from(list(enum)), raw.map(lambda v: members.get(v, v)))


def values_of(d: AvpDef[Any], depth: int = 3) -> st.SearchStrategy[Any]:
    """Values of one AVP definition."""
    if d.format is GROUPED:
        assert d.cls is not None
        return instances(d.cls, depth - 1)
    raw = _SIMPLE[d.format]
    if d.enum is not None:
        return _enum_values(d.enum, raw)
    return raw


def _known(code: int, vendor: int) -> bool:
    return DEFAULT.avp(code, vendor) is not None


#: AVPs no dictionary knows, without the M bit (so strict decoding keeps them).
unknown_avps = st.builds(
    Avp,
    code=st.integers(100000, 0xFFFFFFFF),
    data=st.binary(max_size=12),
    vendor=st.sampled_from([0, 0, 99999, 0xFFFFFFFF]),
    flags=st.sampled_from([0x00, 0x20]),
).filter(lambda a: not _known(a.code, a.vendor))


def _field(spec: FieldSpec, depth: int) -> st.SearchStrategy[Any]:
    if spec.kind == "extra":
        return st.lists(unknown_avps, max_size=2 if depth > 0 else 0).map(tuple)
    inner = values_of(spec.definition, depth)
    if spec.kind == "one":
        return inner
    if spec.kind == "optional":
        return st.none() | inner if depth > 0 else st.none()
    lo = spec.min
    hi = min(spec.max if spec.max is not None else lo + 2, lo + 2)
    if depth <= 0:
        hi = lo
    return st.lists(inner, min_size=lo, max_size=hi).map(tuple)


@cache
def instances(cls: type, depth: int = 3) -> st.SearchStrategy[Any]:
    """Objects of a command or grouped class, every field drawn from its definition."""
    kwargs: dict[str, st.SearchStrategy[Any]] = {s.name: _field(s, depth) for s in fields_of(cls)}
    if is_command(cls):
        kwargs.update(hop_by_hop=u32, end_to_end=u32, retransmit=st.booleans())
        info = command_info(cls)
        if issubclass(cls, ErrorAnswer):
            kwargs.update(command_code=st.integers(0, 0xFFFFFF), application_id=u32, proxiable=st.booleans())
        elif info.application_id_field is not None and info.application_id_field not in kwargs:
            kwargs[info.application_id_field] = u32
    return st.fixed_dictionaries(kwargs).map(lambda kw: cls(**kw))
