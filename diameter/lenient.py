"""Lenient decoding: a message of another release still decodes to its typed class.

RFC 6733 asks a node to refuse a message whose AVPs do not fit the command's CCF (5008
DIAMETER_AVP_NOT_ALLOWED, 5009, 5005, 5004, 5001): :meth:`Converter.decode
<diameter.converter.Converter.decode>` does, and the node answers so. Traffic from other
releases of a specification often breaks the CCF in small ways (an AVP a later release added to
a grouped AVP without ``* [ AVP ]``, a required AVP an older release did not have), and a
capture tool, a relay or an application may rather see the message and decide.

:func:`decode_lenient` first decodes as :meth:`Converter.decode` does; when that fails on the
AVPs (not on the header or on the framing of the AVPs), it builds the command's class AVP by
AVP, keeping what fits:

- an AVP the class (or a grouped AVP's class) does not name goes to its ``* [ AVP ]`` field
  when it has one, else to :attr:`Lenient.leftovers` with where it was;
- an AVP whose value does not decode, and an occurrence past the CCF's maximum, go to the
  leftovers too;
- a required AVP that is absent leaves its field ``None`` (which its type does not admit);
- every such departure is one :class:`~diameter.errors.DecodeError` in :attr:`Lenient.errors`,
  with the Result-Code the strict decoder would have answered with.

Errors in the header or in AVP lengths (the bytes cannot be split into AVPs) are raised as by
:meth:`Converter.decode`: there is nothing to keep.
"""

from __future__ import annotations

import struct
from typing import Any, Generic, TypeVar

import attrs

from . import _codegen
from .converter import DEFAULT_CONVERTER, Converter
from .errors import (
    AvpNotAllowed,
    AvpUnsupported,
    DecodeError,
    InvalidAvpLength,
    InvalidAvpValue,
    MissingAvp,
    TooManyAvps,
)
from .schema import ErrorAnswer, GenericMessage, Message, command_info, fields_of
from .types import GROUPED
from .wire import FLAG_E, FLAG_P, FLAG_R, FLAG_T, Avp, decode_header, iter_avps

__all__ = ["Lenient", "decode_lenient"]

M = TypeVar("M", bound=Message)


@attrs.frozen
class Lenient(Generic[M]):
    """What :func:`decode_lenient` gives: the message, what did not fit, and why."""

    message: M
    #: each departure from the CCF, with the Result-Code a strict receiver answers with
    errors: tuple[DecodeError, ...] = ()
    #: the AVPs kept out of the message, each with where it was (``"CCR.ps_information"``)
    leftovers: tuple[tuple[str, Avp], ...] = ()

    @property
    def strict(self) -> bool:
        """Whether the message decoded as :meth:`Converter.decode` decodes it (no errors)."""
        return not self.errors


def decode_lenient(data: bytes | bytearray | memoryview, converter: Converter | None = None) -> Lenient[Message]:
    """Decode ``data`` into its command's class, keeping what does not fit (see the module)."""
    conv = converter or DEFAULT_CONVERTER
    data = bytes(data)
    try:
        return Lenient(conv.decode(data))
    except DecodeError as e:
        if len(data) > conv.max_length:
            raise
        first = e
    header = decode_header(data)  # a header error was raised above already
    flags = header.flags
    if flags & FLAG_E and not flags & FLAG_R:
        cls = conv.dictionary.error_answer
    else:
        cls = conv.dictionary.command(header.application_id, header.command_code, bool(flags & FLAG_R))
    if cls is None:  # (a GenericMessage does not fail)
        raise first
    builder = _Builder(conv)
    raw = [a for _, a in iter_avps(data, 20)]
    more: dict[str, Any] = dict(
        hop_by_hop=header.hop_by_hop, end_to_end=header.end_to_end, retransmit=bool(flags & FLAG_T)
    )
    info = command_info(cls)
    names = {s.name for s in fields_of(cls)}
    if info.application_id_field is not None and info.application_id_field not in names:
        more[info.application_id_field] = header.application_id
    if issubclass(cls, ErrorAnswer):
        more.update(
            command_code=header.command_code, application_id=header.application_id, proxiable=bool(flags & FLAG_P)
        )
    message = builder.make(cls, raw, cls.__name__, conv.max_depth, more)
    assert isinstance(message, Message) and not isinstance(message, GenericMessage)
    return Lenient(message, tuple(builder.errors), tuple(builder.leftovers))


class _Builder:
    def __init__(self, conv: Converter) -> None:
        self.conv = conv
        self.errors: list[DecodeError] = []
        self.leftovers: list[tuple[str, Avp]] = []

    def left(self, where: str, avp: Avp, error: DecodeError) -> None:
        self.errors.append(error)
        self.leftovers.append((where, avp))

    def make(self, cls: type, avps: list[Avp], where: str, depth: int, more: dict[str, Any] | None = None) -> Any:
        """An object of ``cls`` for ``avps`` (and the keyword arguments ``more``), with the flags
        its AVPs were received with where they differ from the rules (``wire_flags``), as the
        strict decoder records them."""
        wf: dict[tuple[str, int], int] = {}
        obj = cls(**self.build(cls, avps, where, depth, wf), **(more or {}))
        if wf:
            object.__setattr__(obj, "wire_flags", wf)
        return obj

    def build(
        self, cls: type, avps: list[Avp], where: str, depth: int, wf: dict[tuple[str, int], int]
    ) -> dict[str, Any]:
        """The keyword arguments of ``cls`` for ``avps``, AVP by AVP; the received flags that
        differ from the rules go to ``wf``."""
        specs = [s for s in fields_of(cls) if s.kind != "extra"]
        by_key = {(s.definition.code, s.definition.vendor): s for s in specs}
        extra_field = next((s.name for s in fields_of(cls) if s.kind == "extra"), None)
        known = self.conv.dictionary.avps
        values: dict[str, Any] = {}
        extra: list[Avp] = []
        for avp in avps:
            spec = by_key.get((avp.code, avp.vendor))
            if spec is None:
                d = known.get((avp.code, avp.vendor))
                name = d.name if d is not None else f"AVP {avp.code} (vendor {avp.vendor})"
                if d is None and avp.flags & 0x40 and self.conv.strict:
                    self.errors.append(AvpUnsupported(f"{where}: {name} with the M bit is not supported", avp=avp))
                if extra_field is not None:
                    extra.append(avp)
                else:
                    self.left(where, avp, AvpNotAllowed(f"{where}: {name} is not allowed here", avp=avp))
                continue
            d = spec.definition
            at = f"{where}.{spec.name}"
            try:
                if d.format is GROUPED:
                    if depth <= 0:  # as the strict decoder says it
                        raise InvalidAvpValue(f"{at}: grouped AVPs nested deeper than the configured limit")
                    inner = [a for _, a in iter_avps(avp.data)]
                    assert d.cls is not None
                    value: Any = self.make(d.cls, inner, at, depth - 1)
                else:
                    value = _codegen.value_decoder(d, self.conv)(avp.data, 0, len(avp.data), depth, self.conv.strict)
            except DecodeError as e:
                self.left(where, avp, e)
                continue
            except struct.error as e:  # data of another size than its fixed-size format's
                self.left(where, avp, InvalidAvpLength(f"{at}: {e}", avp=avp))
                continue
            except _codegen._VALUE_ERRORS as e:
                self.left(where, avp, InvalidAvpValue(f"{at}: invalid value: {e}", avp=avp))
                continue
            if spec.kind == "many":
                got = values.setdefault(spec.name, [])
                if spec.max is not None and len(got) >= spec.max:
                    self.left(where, avp, TooManyAvps(f"{at}: more than {spec.max}", avp=avp))
                    continue
                if avp.flags != d.flags:
                    wf[(spec.name, len(got))] = avp.flags
                got.append(value)
            elif spec.name in values:
                self.left(where, avp, TooManyAvps(f"{at}: more than one", avp=avp))
            else:
                if avp.flags != d.flags:
                    wf[(spec.name, 0)] = avp.flags
                values[spec.name] = value
        for s in specs:
            got_n = len(values[s.name]) if s.kind == "many" and s.name in values else int(s.name in values)
            if got_n < s.min:
                self.errors.append(
                    MissingAvp(
                        f"{where}: {s.definition.name} missing"
                        + (f" ({got_n} of at least {s.min})" if s.kind == "many" else "")
                    )
                )
            if s.kind == "many":
                values[s.name] = tuple(values.get(s.name, ()))
            elif s.name not in values:
                values[s.name] = None
        if extra_field is not None:
            values[extra_field] = tuple(extra)
        return values
