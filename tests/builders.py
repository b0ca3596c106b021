"""Deterministic, fully populated instances of any schema class (for golden bytes)."""

from __future__ import annotations

from datetime import UTC, datetime
from ipaddress import IPv4Address, IPv6Address
from typing import Any

from diameter.schema import AvpDef, ErrorAnswer, FieldSpec, command_info, fields_of, is_command
from diameter.types import DiameterURI, IPFilterRule

__all__ = ["full_instance", "value_for"]

_URI = DiameterURI.parse("aaa://peer.example.com:3868;transport=tcp")
_RULE = IPFilterRule.parse("permit out 17 from 192.0.2.0/24 5060 to any")


def value_for(d: AvpDef[Any], n: int, depth: int) -> Any:
    """A value of definition ``d``; ``n`` varies it between repetitions."""
    name = d.format.name
    if d.is_grouped:
        assert d.cls is not None
        return full_instance(d.cls, depth + 1)
    if d.enum is not None:
        members = list(d.enum)
        return members[n % len(members)]
    if name in ("Integer32", "Integer64", "Enumerated"):
        return (d.code % 97 + n) * (-1 if name == "Integer64" else 1)
    if name in ("Unsigned32", "Unsigned64"):
        return d.code * 3 + n
    if name in ("Float32", "Float64"):
        return 1.5 + n
    if name == "OctetString":
        return bytes([d.code & 0xFF, n, 0x00, 0xFF, 0x30 + n % 10])
    if name == "UTF8String":
        return f"{d.name.lower()}-{n}"
    if name == "DiameterIdentity":
        return f"node{n}.example.com"
    if name == "Address":
        return IPv4Address(0xC0000201 + n) if n % 2 == 0 else IPv6Address((0x20010DB8 << 96) + n)
    if name == "Time":
        return datetime(2026, 1, 1, 12, 0, n, tzinfo=UTC)
    if name == "DiameterURI":
        return _URI
    if name == "IPFilterRule":
        return _RULE
    raise AssertionError(f"no value for {d.name} ({name})")


def _field(spec: FieldSpec, depth: int) -> Any:
    d = spec.definition
    if spec.kind == "extra":
        return ()
    if spec.kind == "one":
        return value_for(d, 0, depth)
    deep = depth >= 4  # past this depth only what the CCF requires, so recursion ends
    if spec.kind == "optional":
        return None if deep else value_for(d, 0, depth)
    count = spec.min if deep else max(spec.min, min(2, spec.max if spec.max is not None else 2))
    return tuple(value_for(d, i, depth) for i in range(count))


def full_instance(cls: type, depth: int = 0) -> Any:
    """An instance of ``cls`` with every field set (two values for repeated ones)."""
    kwargs: dict[str, Any] = {s.name: _field(s, depth) for s in fields_of(cls)}
    if is_command(cls):
        kwargs.update(hop_by_hop=0x22221111, end_to_end=0x44443333)
        info = command_info(cls)
        if issubclass(cls, ErrorAnswer):
            kwargs.update(command_code=272, application_id=4, proxiable=True)
        elif info.application_id_field is not None and info.application_id_field not in kwargs:
            kwargs[info.application_id_field] = 16777999  # an application with no commands of its own
    return cls(**kwargs)
