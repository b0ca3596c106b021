"""The declarative schema: AVP definitions, field specifiers and the class decorators.

An AVP is defined once, as an :class:`AvpDef` (name, code, vendor, data format, flags, named
values). Grouped AVPs and commands are frozen, slotted, keyword-only attrs classes whose fields
refer to those definitions::

    PROXY_HOST: Final = AvpDef("Proxy-Host", 280, DIAMETER_IDENTITY, M)
    PROXY_STATE: Final = AvpDef("Proxy-State", 33, OCTET_STRING, M)
    PROXY_INFO: Final[AvpDef[ProxyInfo]] = AvpDef("Proxy-Info", 284, GROUPED, M)

    @grouped(PROXY_INFO)
    class ProxyInfo:
        proxy_host: str = avp(PROXY_HOST)                        # { Proxy-Host }
        proxy_state: bytes = avp(PROXY_STATE)                    # { Proxy-State }
        avps: tuple[Avp, ...] = repeated(AVP, default=())        # * [ AVP ]

The annotation gives the cardinality: ``T`` exactly one, ``T | None`` (with ``default=None``)
at most one, ``tuple[T, ...]`` (through :func:`repeated`) any number between ``min`` and
``max``. Because the decorators are PEP 681 ``dataclass_transform`` decorators and the
specifiers are typed by the definition, mypy checks every constructor call: a missing required
AVP, a value of the wrong type, a misspelt field or a write to a frozen message is a type error.
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Callable
from enum import IntEnum
from typing import Any, ClassVar, Final, Generic, TypeVar, overload

import attrs

if sys.version_info >= (3, 12):  # pragma: no cover
    from typing import dataclass_transform
else:
    from typing_extensions import dataclass_transform

from .types import GROUPED, OCTET_STRING, DataFormat
from .wire import AVP_M, AVP_P, AVP_V, Avp

__all__ = [
    "M",
    "P",
    "V",
    "AvpDef",
    "AVP",
    "FieldSpec",
    "CommandInfo",
    "GroupedInfo",
    "Message",
    "Request",
    "Answer",
    "ErrorAnswer",
    "GenericMessage",
    "avp",
    "repeated",
    "vendor_values",
    "grouped",
    "command",
    "fields_of",
    "command_info",
    "evolve",
    "grouped_info",
    "is_command",
    "is_grouped",
    "python_name",
]

T = TypeVar("T")
C = TypeVar("C", bound=type)
A = TypeVar("A", bound="Answer", covariant=True)

M: Final = AVP_M  #: the AVP's M bit MUST be set
P: Final = AVP_P  #: the AVP's P bit MUST be set
V: Final = AVP_V  #: vendor-specific (set automatically when a vendor id is given)

_KEY: Final = "diameter"
_IDS: Final = struct.Struct("!II")


class AvpDef(Generic[T]):
    """The definition of one AVP: name, code, vendor, data format, flags, named values.

    ``flags`` holds the bits to set when sending (``M``, ``P``); ``V`` is implied by a non-zero
    ``vendor``. ``enum`` is an ``IntEnum`` naming the values of an Enumerated (or Unsigned32)
    AVP; a received value it does not name is kept as a plain ``int``. For a Grouped AVP,
    ``cls`` is set by :func:`grouped` to the class that holds its value.
    """

    __slots__ = (
        "name",
        "code",
        "vendor",
        "format",
        "flags",
        "enum_name",
        "cls_name",
        "_enum",
        "_enum_map",
        "_cls",
        "_vendor_values",
        "_later",
    )

    def __init__(
        self,
        name: str,
        code: int,
        format: DataFormat[T],
        flags: int = 0,
        vendor: int = 0,
        *,
        enum: type[IntEnum] | None = None,
        register: bool = True,
    ) -> None:
        if not 0 <= code <= 0xFFFFFFFF and register:
            raise ValueError(f"AVP code {code} out of range")
        if not 0 <= vendor <= 0xFFFFFFFF:
            raise ValueError(f"Vendor-Id {vendor} out of range")
        self.name = name
        self.code = code
        self.vendor = vendor
        self.format = format
        self.flags = (flags & (AVP_M | AVP_P)) | (AVP_V if vendor else 0)
        self._enum = enum
        self._enum_map: dict[int, IntEnum] | None = None
        self._cls: type | None = None
        #: the names of its enum and of its class, known before they are built
        self.enum_name: str | None = enum.__name__ if enum is not None else None
        self.cls_name: str | None = None
        self._vendor_values: dict[int, type[IntEnum] | Callable[[], type[IntEnum]]] = {}
        # what builds the enum and the class of a generated module on first use
        self._later: dict[str, Callable[[], Any]] | None = None
        if register:
            from .registry import DEFAULT

            DEFAULT.add_avp(self)

    def later(self, what: str, name: str, build: Callable[[], Any]) -> None:
        """Have the enum (``what="enum"``) or the class (``"cls"``) named ``name`` built by
        ``build`` when first asked for (the generated modules build their classes on first use)."""
        if self._later is None:
            self._later = {}
        self._later[what] = build
        if what == "enum":
            self.enum_name = name
        else:
            self.cls_name = name

    @property
    def enum(self) -> type[IntEnum] | None:
        """The ``IntEnum`` naming its values, if any."""
        if self._enum is None and self._later is not None and "enum" in self._later:
            self._enum = self._later.pop("enum")()
        return self._enum

    @property
    def enum_map(self) -> dict[int, IntEnum] | None:
        """Its named values by number."""
        if self._enum_map is None:
            enum = self.enum
            if enum is not None:
                self._enum_map = {int(m.value): m for m in enum}
        return self._enum_map

    @property
    def cls(self) -> type | None:
        """For a Grouped AVP, the class that holds its value (set by :func:`grouped`)."""
        if self._cls is None and self._later is not None and "cls" in self._later:
            self._later.pop("cls")()  # its @grouped sets it
        return self._cls

    @cls.setter
    def cls(self, value: type | None) -> None:
        self._cls = value
        if value is not None:
            self.cls_name = value.__name__

    @property
    def vendor_values(self) -> dict[int, type[IntEnum]]:
        """Names of its values that hold with a given Vendor-Id (Experimental-Result-Code's with
        the Vendor-Id of its Experimental-Result): Vendor-Id → enum (see :func:`vendor_values`)."""
        for vendor, enum in list(self._vendor_values.items()):
            if not isinstance(enum, type):
                self._vendor_values[vendor] = enum()
        return self._vendor_values  # type: ignore[return-value]

    @property
    def is_grouped(self) -> bool:
        return self.format is GROUPED

    def __repr__(self) -> str:
        vendor = f", vendor {self.vendor}" if self.vendor else ""
        return f"<AvpDef {self.name} ({self.code}{vendor}) {self.format.name}>"


def vendor_values(definition: AvpDef[Any], vendor_id: int, enum: type[IntEnum]) -> type[IntEnum]:
    """Record that ``enum`` names the values of ``definition`` given with ``vendor_id`` (the
    generated modules call it for their ``@values``); the AVP still decodes as a number."""
    definition._vendor_values[vendor_id] = enum
    return enum


def vendor_values_later(definition: AvpDef[Any], vendor_id: int, build: Callable[[], type[IntEnum]]) -> None:
    """:func:`vendor_values` with an enum built by ``build`` when first asked for."""
    definition._vendor_values[vendor_id] = build


#: Stands for ``AVP`` in ``* [ AVP ]``: the field that keeps the AVPs a class does not name.
AVP: Final[AvpDef[Avp]] = AvpDef("AVP", -1, OCTET_STRING, register=False)  # type: ignore[arg-type]


@attrs.frozen
class FieldSpec:
    """How one attrs field maps to AVPs: the definition and the cardinality from the CCF.

    ``kind`` is ``"one"`` (``{ X }``), ``"optional"`` (``[ X ]``), ``"many"`` (``n*m``) or
    ``"extra"`` (``* [ AVP ]``). ``name`` is the Python field name.
    """

    definition: AvpDef[Any]
    kind: str
    min: int = 0
    max: int | None = None
    fixed: bool = False
    name: str = ""


@overload
def avp(definition: AvpDef[T], *, fixed: bool = False) -> T: ...
@overload
def avp(definition: AvpDef[T], *, default: None, fixed: bool = False) -> T | None: ...
def avp(definition: AvpDef[Any], *, default: Any = attrs.NOTHING, fixed: bool = False) -> Any:
    """A field holding one AVP: required (``{ X }``), or optional with ``default=None``
    (``[ X ]``). ``fixed=True`` marks a fixed-position AVP (``< X >``), encoded first."""
    if default is attrs.NOTHING:
        spec = FieldSpec(definition, "one", 1, 1, fixed)
    elif default is None:
        spec = FieldSpec(definition, "optional", 0, 1, fixed)
    else:
        raise TypeError("avp() takes default=None (optional AVP) or no default (required AVP)")
    return attrs.field(default=default, metadata={_KEY: spec})


@overload
def repeated(definition: AvpDef[T], *, min: int = 0, max: int | None = None) -> tuple[T, ...]: ...
@overload
def repeated(definition: AvpDef[T], *, default: tuple[()], min: int = 0, max: int | None = None) -> tuple[T, ...]: ...
def repeated(definition: AvpDef[Any], *, default: Any = attrs.NOTHING, min: int = 0, max: int | None = None) -> Any:
    """A field holding ``min`` to ``max`` occurrences of an AVP as a tuple (``min*max[ X ]``).

    Give ``default=()`` when ``min`` is 0. With ``AVP`` as the definition, the field keeps the
    AVPs the class does not name (``* [ AVP ]``), as :class:`diameter.wire.Avp` objects.
    """
    if default is not attrs.NOTHING and default != ():
        raise TypeError("repeated() takes default=() or no default")
    if definition is AVP:
        spec = FieldSpec(definition, "extra", 0, None)
    else:
        spec = FieldSpec(definition, "many", min, max)
    return attrs.field(default=default, metadata={_KEY: spec})


@attrs.frozen
class GroupedInfo:
    """What :func:`grouped` records about a grouped AVP class (``cls.__diameter__``)."""

    definition: AvpDef[Any]
    fields: tuple[FieldSpec, ...]
    extra: str | None  # name of the ``* [ AVP ]`` field, if any


@attrs.frozen
class CommandInfo:
    """What :func:`command` records about a command class (``cls.__diameter__``).

    ``application_id`` is ``None`` when the Application-Id is taken from the value of the
    field named ``application_id_field`` (e.g. ``Auth-Application-Id`` for ASR, STR, RAR), or
    from the message itself (the generic answer-message).
    """

    name: str
    code: int | None
    application_id: int | None
    request: bool
    proxiable: bool
    error: bool
    fields: tuple[FieldSpec, ...]
    extra: str | None
    application_id_field: str | None = None
    alias: str | None = None


def _specs(cls: type) -> tuple[tuple[FieldSpec, ...], str | None]:
    specs: list[FieldSpec] = []
    extra: str | None = None
    for a in attrs.fields(cls):
        spec = a.metadata.get(_KEY)
        if spec is None:
            continue
        spec = attrs.evolve(spec, name=a.name)
        if spec.kind == "extra":
            if extra is not None:
                raise TypeError(f"{cls.__name__} has two '* [ AVP ]' fields")
            extra = a.name
        specs.append(spec)
    # RFC 6733 §3.2: fixed-position AVPs come first, in their declared order.
    specs.sort(key=lambda s: not s.fixed)
    seen: dict[tuple[int, int], str] = {}
    for s in specs:
        if s.kind == "extra":
            continue
        key = (s.definition.code, s.definition.vendor)
        if key in seen:
            raise TypeError(f"{cls.__name__}: fields {seen[key]} and {s.name} are both {s.definition.name}")
        seen[key] = s.name
    return tuple(specs), extra


def _make_class(cls: type) -> type:
    if not hasattr(cls, "wire_flags"):
        # The AVP flag bytes received that differ from the dictionary's rules, by (field name,
        # index): the decoder fills it, the encoder honours it, so that decoding and encoding
        # gives the received bytes back. Not part of equality; evolve() drops it.
        # And the bytes the object was decoded from (a message's whole, a grouped AVP's data):
        # encoding an object that was decoded gives them back as they were (AVP order, flags,
        # padding), the Hop-by-Hop and End-to-End Identifiers of a message set as asked.
        cls.__annotations__ = {
            **cls.__dict__.get("__annotations__", {}),
            "wire_flags": "dict[tuple[str, int], int] | None",
            "wire_bytes": "bytes | None",
        }
        cls.wire_flags = attrs.field(default=None, init=False, eq=False, repr=False)  # type: ignore[attr-defined]
        cls.wire_bytes = attrs.field(default=None, init=False, eq=False, repr=False)  # type: ignore[attr-defined]
    return attrs.define(frozen=True, slots=True, kw_only=True, weakref_slot=False, cache_hash=False)(cls)


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(avp, repeated, attrs.field))
def grouped(definition: AvpDef[Any]) -> Callable[[C], C]:
    """Make a class the value class of the Grouped AVP ``definition``."""
    if not definition.is_grouped:
        raise TypeError(f"{definition.name} is {definition.format.name}, not Grouped")

    def wrap(cls: C) -> C:
        new = _make_class(cls)
        specs, extra = _specs(new)
        new.__diameter__ = GroupedInfo(definition, specs, extra)  # type: ignore[attr-defined]
        definition.cls = new
        return new  # type: ignore[return-value]

    return wrap


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(avp, repeated, attrs.field))
def _message_base(cls: C) -> C:
    return _make_class(cls)  # type: ignore[return-value]


@_message_base
class Message:
    """Base class of every command class.

    The header fields that vary per message are fields here: ``hop_by_hop``, ``end_to_end`` and
    ``retransmit`` (the T flag). The command code, Application-Id and the R, P and E flags
    come from the class (:func:`command_info`).
    """

    hop_by_hop: int = attrs.field(default=0, repr=False)
    end_to_end: int = attrs.field(default=0, repr=False)
    retransmit: bool = attrs.field(default=False, repr=False)
    #: the received AVP flag bytes that differ from the dictionary's, by (field name, index)
    wire_flags: dict[tuple[str, int], int] | None = attrs.field(default=None, init=False, eq=False, repr=False)
    #: the bytes a decoded message was decoded from (None for one built or changed in code)
    wire_bytes: bytes | None = attrs.field(default=None, init=False, eq=False, repr=False)

    __diameter__: ClassVar[CommandInfo]


class Request(Message, Generic[A]):
    """Base class of request commands; ``A`` is the class of the answer."""

    __slots__ = ()


class Answer(Message):
    """Base class of answer commands."""

    __slots__ = ()


@_message_base
class ErrorAnswer(Answer):
    """Base class of the generic answer-message (RFC 6733 §7.2): an answer with the E bit
    whose command code, Application-Id and P flag are those of the request it answers."""

    command_code: int = attrs.field(default=0)
    application_id: int = attrs.field(default=0)
    proxiable: bool = attrs.field(default=False)


@_message_base
class GenericMessage(Message):
    """A message of a command no loaded dictionary knows: its header and its AVPs as received.

    Each :class:`~diameter.wire.Avp` is named and typed through ``avp.name`` / ``avp.value``
    where any dictionary knows it. Encoding gives back the received bytes.
    """

    command_code: int = attrs.field()
    application_id: int = attrs.field(default=0)
    request: bool = attrs.field(default=False)
    proxiable: bool = attrs.field(default=False)
    error: bool = attrs.field(default=False)
    avps: tuple[Avp, ...] = attrs.field(default=())


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(avp, repeated, attrs.field))
def command(
    name: str,
    *,
    code: int | None,
    application_id: int | None = 0,
    request: bool,
    proxiable: bool = False,
    error: bool = False,
    application_id_field: str | None = None,
    alias: str | None = None,
    register: bool = True,
) -> Callable[[C], C]:
    """Make a class a command: its name, code, Application-Id and header flags.

    Give ``application_id=None`` and ``application_id_field`` to take the Application-Id from
    that field's value (ASR, STR, RAR are sent with the Application-Id of their application).
    """

    def wrap(cls: C) -> C:
        if not issubclass(cls, Request if request else Answer):
            raise TypeError(f"{cls.__name__} must derive from {'Request' if request else 'Answer'}")
        new = _make_class(cls)
        specs, extra = _specs(new)
        info = CommandInfo(
            name, code, application_id, request, proxiable, error, specs, extra, application_id_field, alias
        )
        new.__diameter__ = info  # type: ignore[attr-defined]
        if register:
            from .registry import DEFAULT

            DEFAULT.add_command(new)
        return new  # type: ignore[return-value]

    return wrap


_HEADER_FIELDS: Final = frozenset(("hop_by_hop", "end_to_end", "retransmit"))


def evolve(obj: T, **changes: Any) -> T:
    """A copy of a command or grouped AVP object with some fields changed (``attrs.evolve``,
    typed for classes declared with this module's decorators).

    The copy is encoded by the dictionary's rules (the decoded grouped AVPs it keeps keep their
    received bytes), except that a decoded message whose header fields only (``hop_by_hop``,
    ``end_to_end``, ``retransmit``) change keeps the received bytes of its AVPs, as a relay
    wants."""
    new: Any = attrs.evolve(obj, **changes)  # type: ignore[misc]
    raw = getattr(obj, "wire_bytes", None)
    if raw is not None and changes.keys() <= _HEADER_FIELDS:
        flags = raw[4] & ~0x10 | (0x10 if new.retransmit else 0)
        raw = raw[:4] + bytes((flags,)) + raw[5:12] + _IDS.pack(new.hop_by_hop, new.end_to_end) + raw[20:]
        object.__setattr__(new, "wire_bytes", raw)
        object.__setattr__(new, "wire_flags", getattr(obj, "wire_flags", None))
    return new  # type: ignore[no-any-return]


def is_command(obj: object) -> bool:
    """Whether ``obj`` is a command class or instance."""
    cls = obj if isinstance(obj, type) else type(obj)
    return isinstance(getattr(cls, "__diameter__", None), CommandInfo)


def is_grouped(obj: object) -> bool:
    """Whether ``obj`` is a grouped AVP class or instance."""
    cls = obj if isinstance(obj, type) else type(obj)
    return isinstance(getattr(cls, "__diameter__", None), GroupedInfo)


def command_info(cls: type) -> CommandInfo:
    info = getattr(cls, "__diameter__", None)
    if not isinstance(info, CommandInfo):
        raise TypeError(f"{cls.__name__} is not a command class")
    return info


def grouped_info(cls: type) -> GroupedInfo:
    info = getattr(cls, "__diameter__", None)
    if not isinstance(info, GroupedInfo):
        raise TypeError(f"{cls.__name__} is not a grouped AVP class")
    return info


def fields_of(cls: type) -> tuple[FieldSpec, ...]:
    """The AVP fields of a command or grouped class, fixed-position ones first."""
    info = getattr(cls, "__diameter__", None)
    if not isinstance(info, (CommandInfo, GroupedInfo)):
        raise TypeError(f"{cls.__name__} is neither a command nor a grouped AVP class")
    return info.fields


_KEYWORDS: Final = frozenset(
    "False None True and as assert async await break class continue def del elif else except "
    "finally for from global if import in is lambda nonlocal not or pass raise return try while "
    "with yield match case type".split()
)


def python_name(avp_name: str) -> str:
    """The Python field name of an AVP name: ``Origin-Host`` → ``origin_host``, ``Class`` →
    ``class_``, ``3GPP-Charging-Id`` → ``tgpp_charging_id``."""
    n = avp_name.replace("-", "_").replace(".", "_").replace(" ", "_").lower()
    if n[:4] == "3gpp":
        n = "tgpp" + n[4:]
    if n[:1].isdigit():
        n = "n" + n
    if n in _KEYWORDS:
        n += "_"
    return n
