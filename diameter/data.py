"""Messages as plain data: ``to_dict`` / ``from_dict`` and JSON, through cattrs.

Values take a readable form that converts back exactly:

===========================  ==================================================
bytes (OctetString)          hex string, ``"0a1b"``
IPv4 / IPv6 Address          ``"192.0.2.1"``, ``"2001:db8::1"``
other Address families       ``{"family": 8, "data": "<hex>"}``
Time                         ISO 8601 with offset, ``"2026-11-25T10:00:00+00:00"``
Enumerated (named value)     the name, ``"DIAMETER_SUCCESS"``; an unnamed value stays a number
DiameterURI, IPFilterRule    their text
unknown AVPs (``avps``)      ``{"code": .., "vendor": .., "flags": .., "data": "<hex>", "name": ..}``
===========================  ==================================================

Fields that hold their default (``None``, ``()``, 0 for the header identifiers) are left out.
:func:`message_to_dict` adds the command name so that :func:`message_from_dict` can find the
class again.

A decoded object's ``wire_flags`` (the AVP flag bytes received that differ from the dictionary's)
is kept under ``"wire_flags"``, at each object's own level, as a list of ``[field, index, flags]``,
so that the object rebuilt from the dict encodes with the received flags. Every other attribute
that is not a constructor argument (``wire_bytes``, the received bytes themselves) is left out:
the rebuilt object is encoded by the dictionary's rules otherwise (AVPs in the dictionary's
order, the header flags of its class).
"""

from __future__ import annotations

import json
import sys
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from enum import IntEnum
from ipaddress import IPv4Address, IPv6Address, ip_address
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from .errors import DiameterError
from .registry import DEFAULT
from .schema import GenericMessage, Message, fields_of, is_command, is_grouped
from .types import DiameterURI, IPFilterRule, OtherAddress
from .wire import Avp

__all__ = [
    "converter",
    "to_dict",
    "from_dict",
    "to_json",
    "from_json",
    "message_to_dict",
    "message_from_dict",
    "DataError",
]

T = TypeVar("T")


class DataError(DiameterError, ValueError):
    """A dict or JSON document that does not describe a valid object of the class."""


def _hex(b: bytes) -> str:
    return b.hex()


def _unhex(v: Any, _: Any) -> bytes:
    if not isinstance(v, str):
        raise ValueError(f"expected a hex string, got {type(v).__name__}")
    return bytes.fromhex(v)


def _addr_unstructure(a: Any) -> Any:
    if isinstance(a, OtherAddress):
        return {"family": a.family, "data": a.data.hex()}
    return str(a)


def _addr_structure(v: Any, t: Any) -> Any:
    if v is None and type(None) in typing.get_args(t):
        return None
    if isinstance(v, str):
        return ip_address(v)
    if isinstance(v, dict):
        return OtherAddress(int(v["family"]), bytes.fromhex(v["data"]))
    raise ValueError(f"expected an address string or {{family, data}}, got {v!r}")


def _time_structure(v: Any, _: Any) -> datetime:
    if not isinstance(v, str):
        raise ValueError(f"expected an ISO 8601 time string, got {v!r}")
    t = datetime.fromisoformat(v)
    if t.tzinfo is None:
        raise ValueError(f"time {v!r} has no UTC offset")
    return t


def _is_enum_union(t: Any) -> bool:
    if typing.get_origin(t) not in (types.UnionType, typing.Union):
        return False
    args = typing.get_args(t)
    return int in args and any(isinstance(a, type) and issubclass(a, IntEnum) for a in args)


def _enum_union_structure(v: Any, t: Any) -> Any:
    enum_cls = next(a for a in typing.get_args(t) if isinstance(a, type) and issubclass(a, IntEnum))
    if v is None and type(None) in typing.get_args(t):
        return None
    if isinstance(v, str):
        try:
            return enum_cls[v]
        except KeyError:
            raise ValueError(f"{v!r} is not a value of {enum_cls.__name__}") from None
    if isinstance(v, int) and not isinstance(v, bool):
        try:
            return enum_cls(v)
        except ValueError:
            return v
    raise ValueError(f"expected a {enum_cls.__name__} name or a number, got {v!r}")


def _enum_union_unstructure_factory(t: Any) -> Any:
    enum_cls = next(a for a in typing.get_args(t) if isinstance(a, type) and issubclass(a, IntEnum))
    names = {int(m): m.name for m in enum_cls}

    def unstructure(v: Any) -> Any:
        return names.get(v, v)

    return unstructure


_ADDRESS_TYPES: frozenset[Any] = frozenset((IPv4Address, IPv6Address, OtherAddress))


def _is_address_union(t: Any) -> bool:
    """``AddressValue`` (a required or repeated Address) or ``AddressValue | None``."""
    if typing.get_origin(t) not in (types.UnionType, typing.Union):
        return False
    return set(typing.get_args(t)) - {type(None)} == _ADDRESS_TYPES


def _avp_unstructure(a: Avp) -> dict[str, Any]:
    d: dict[str, Any] = {"code": a.code}
    if a.vendor:
        d["vendor"] = a.vendor
    d["flags"] = a.flags
    d["data"] = a.data.hex()
    name = a.name
    if name is not None:
        d["name"] = name
    return d


def _avp_structure(v: Any, _: Any) -> Avp:
    if not isinstance(v, dict):
        raise ValueError(f"expected an AVP object, got {v!r}")
    return Avp(int(v["code"]), bytes.fromhex(v.get("data", "")), int(v.get("vendor", 0)), int(v.get("flags", 0)))


def _strict(t: type) -> Any:
    def structure(v: Any, _: Any) -> Any:
        if (type(v) is bool and t is not bool) or not isinstance(v, t):
            if t is float and isinstance(v, int) and type(v) is not bool:
                return float(v)
            raise ValueError(f"expected {t.__name__}, got {v!r}")
        return v

    return structure


_WIRE_FLAGS = "wire_flags"


def _wire_flags_unstructure(wf: dict[tuple[str, int], int]) -> list[list[Any]]:
    return [[name, index, flags] for (name, index), flags in wf.items()]


def _wire_flags_structure(v: Any, names: frozenset[str]) -> dict[tuple[str, int], int] | None:
    if v is None:
        return None
    if not isinstance(v, list):
        raise ValueError(f"wire_flags: expected a list of [field, index, flags], got {v!r}")
    wf: dict[tuple[str, int], int] = {}
    for item in v:
        if not (
            isinstance(item, list)
            and len(item) == 3
            and isinstance(item[0], str)
            and item[0] in names
            and all(type(n) is int for n in item[1:])
            and item[1] >= 0
            and 0 <= item[2] <= 0xFF
        ):
            raise ValueError(f"wire_flags: {item!r} is not [field, index, flags] of an AVP field of the class")
        wf[(item[0], item[1])] = item[2]
    return wf


def _leaves(e: BaseException) -> list[str]:
    if isinstance(e, BaseExceptionGroup):
        return [m for sub in e.exceptions for m in _leaves(sub)]
    return [str(e)]


class _ModuleNames(Mapping[str, Any]):
    """A module's names as the local namespace of its annotations: a generated module builds
    the classes and enums its annotations name on first use, so they are asked for by name."""

    def __init__(self, module: str) -> None:
        self.module = sys.modules.get(module)

    def __getitem__(self, name: str) -> Any:
        try:
            return getattr(self.module, name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(dir(self.module))

    def __len__(self) -> int:
        return len(dir(self.module))


def _resolve_types(cls: type) -> None:
    attrs.resolve_types(cls, localns=_ModuleNames(cls.__module__))  # type: ignore[arg-type]


def _make_converter() -> cattrs.Converter:
    c = cattrs.Converter()
    for scalar in (str, int, float, bool):
        c.register_structure_hook(scalar, _strict(scalar))
    c.register_unstructure_hook(bytes, _hex)
    c.register_structure_hook(bytes, _unhex)
    for t in (IPv4Address, IPv6Address, DiameterURI, IPFilterRule):
        c.register_unstructure_hook(t, str)
    c.register_structure_hook(DiameterURI, lambda v, _: DiameterURI.parse(v))
    c.register_structure_hook(IPFilterRule, lambda v, _: IPFilterRule.parse(v))
    c.register_unstructure_hook(OtherAddress, _addr_unstructure)
    c.register_structure_hook_func(_is_address_union, _addr_structure)
    c.register_unstructure_hook(datetime, lambda t: t.isoformat())
    c.register_structure_hook(datetime, _time_structure)
    c.register_unstructure_hook(IntEnum, lambda e: e.name)
    c.register_structure_hook_func(_is_enum_union, _enum_union_structure)
    c.register_unstructure_hook_factory(_is_enum_union, _enum_union_unstructure_factory)
    c.register_unstructure_hook(Avp, _avp_unstructure)
    c.register_structure_hook(Avp, _avp_structure)

    def is_schema_class(t: Any) -> bool:
        return isinstance(t, type) and (is_command(t) or is_grouped(t) or t is GenericMessage)

    def unstructure_factory(cls: type) -> Any:
        _resolve_types(cls)
        # What the constructor does not take (wire_flags, wire_bytes, ...) is not data; wire_flags
        # alone is added back below.
        hidden: dict[str, Any] = {a.name: override(omit=True) for a in attrs.fields(cls) if not a.init}
        base: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(cls, c, _cattrs_omit_if_default=True, **hidden)
        if _WIRE_FLAGS not in hidden:
            return base

        def unstructure(obj: Any) -> dict[str, Any]:
            d: dict[str, Any] = base(obj)
            wf = obj.wire_flags
            if wf is not None:
                d[_WIRE_FLAGS] = _wire_flags_unstructure(wf)
            return d

        return unstructure

    def structure_factory(cls: type) -> Any:
        _resolve_types(cls)
        # init=False attributes are neither read nor allowed as keys, wire_flags aside
        base: Callable[[Any, Any], Any] = make_dict_structure_fn(cls, c, _cattrs_forbid_extra_keys=True)
        fields = attrs.fields_dict(cls)
        if _WIRE_FLAGS not in fields or fields[_WIRE_FLAGS].init:
            return base
        # the fields wire_flags may name: a generic message's AVPs keep their own flags
        names = frozenset() if cls is GenericMessage else frozenset(s.name for s in fields_of(cls) if s.kind != "extra")

        def structure(v: Any, t: Any) -> Any:
            if not isinstance(v, dict) or _WIRE_FLAGS not in v:
                return base(v, t)
            v = dict(v)
            wf = _wire_flags_structure(v.pop(_WIRE_FLAGS), names)
            obj = base(v, t)
            # set as the decoder sets it: past the frozen class's __setattr__, into its slot
            object.__setattr__(obj, _WIRE_FLAGS, wf)
            return obj

        return structure

    c.register_unstructure_hook_factory(is_schema_class, unstructure_factory)
    c.register_structure_hook_factory(is_schema_class, structure_factory)
    return c


#: The cattrs converter with the hooks above; register more hooks on it for your own types.
converter = _make_converter()


def to_dict(obj: Any) -> dict[str, Any]:
    """A command or grouped AVP object as a dict of plain values."""
    d = converter.unstructure(obj)
    assert isinstance(d, dict)
    return d


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build an object of ``cls`` from :func:`to_dict` output. Raises :class:`DataError`."""
    try:
        return converter.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as e:
        if isinstance(e, cattrs.BaseValidationError):
            detail = "; ".join(cattrs.transform_error(e)) + " (" + "; ".join(_leaves(e)) + ")"
        else:
            detail = str(e)
        raise DataError(f"not a valid {cls.__name__}: {detail}") from e


def to_json(obj: Any, *, indent: int | None = 2) -> str:
    """:func:`to_dict` as JSON text."""
    return json.dumps(to_dict(obj), indent=indent, ensure_ascii=False)


def from_json(cls: type[T], text: str | bytes) -> T:
    """Build an object of ``cls`` from :func:`to_json` output. Raises :class:`DataError`."""
    try:
        data = json.loads(text)
    except ValueError as e:
        raise DataError(f"not JSON: {e}") from e
    if not isinstance(data, dict):
        raise DataError("expected a JSON object")
    return from_dict(cls, data)


def message_to_dict(msg: Message) -> dict[str, Any]:
    """:func:`to_dict` with the command's name first, under ``"command"``, and its class under
    ``"class"`` (two dictionaries may define commands of the same name, e.g. the base and the
    NASREQ Re-Auth-Request)."""
    if isinstance(msg, GenericMessage):
        return {"command": None, **to_dict(msg)}
    cls = type(msg)
    return {"command": cls.__diameter__.name, "class": f"{cls.__module__}.{cls.__qualname__}", **to_dict(msg)}


def _command(path: object, name: object) -> type | None:
    cls = DEFAULT.commands_by_path.get(path) if isinstance(path, str) else None
    if cls is None and isinstance(name, str):
        cls = DEFAULT.commands_by_name.get(name)
    return cls


def message_from_dict(data: dict[str, Any]) -> Message:
    """The inverse of :func:`message_to_dict`."""
    data = dict(data)
    name = data.pop("command", None)
    path = data.pop("class", None)
    if name is None and path is None:
        return from_dict(GenericMessage, data)
    cls = _command(path, name)
    if cls is None and DEFAULT.load_autoload():  # (the bundled dictionaries not imported yet)
        cls = _command(path, name)
    if cls is None:
        raise DataError(f"unknown command {name or path!r}")
    msg: object = from_dict(cls, data)
    assert isinstance(msg, Message)
    return msg
