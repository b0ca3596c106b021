"""Messages as an indented, named tree, like a protocol dissector shows them.

::

    Capabilities-Exchange-Request (CER): code 257, application 0, flags R, hop-by-hop 0x00000001, end-to-end 0x00000002
      Origin-Host (264, M): client.example.com
      Host-IP-Address (257, M): 127.0.0.1
      Vendor-Specific-Application-Id (260, M):
        Vendor-Id (266, M): 10415
        Auth-Application-Id (258, M): 16777238
      Inband-Security-Id (299, M): NO_INBAND_SECURITY (0)

Each AVP shows its code and flags: ``vendor N`` for the V bit and its Vendor-ID, then ``M`` and
``P``. A decoded message shows them as they were received (an Origin-Host a peer sent without
the M bit reads ``Origin-Host (264)``), a built one as the dictionary sets them: the flags
:func:`diameter.encode` writes. Any nesting depth prints (the tree is walked without recursion).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from enum import IntEnum
from typing import Any

from .errors import DecodeError
from .schema import AvpDef, ErrorAnswer, GenericMessage, Message, fields_of, is_grouped
from .wire import AVP_M, AVP_P, AVP_V, Avp

__all__ = ["format_message", "format_value"]


def _flags(avp_flags: int, vendor: int) -> str:
    out = []
    if vendor or avp_flags & AVP_V:  # the V bit: a Vendor-ID follows the header (0 if a peer sent 0)
        out.append(f"vendor {vendor}")
    if avp_flags & AVP_M:
        out.append("M")
    if avp_flags & AVP_P:
        out.append("P")
    return ", " + ", ".join(out) if out else ""


def format_value(value: Any) -> str:
    """One value as text: enum names with their number, bytes as hex (and text when printable)."""
    if isinstance(value, IntEnum):
        return f"{value.name} ({int(value)})"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, bytes):
        if value and all(32 <= c < 127 for c in value):
            return f'"{value.decode("ascii")}" (0x{value.hex()})'
        return "0x" + value.hex() if value else "(empty)"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, str):
        return value
    return str(value)


# The tree is walked with an explicit stack, not by recursion, so that no nesting depth (a
# Failed-AVP or another grouped AVP kept raw nests as deep as the message is long) raises
# RecursionError. Each level is a generator of steps: a line of text, or the generator of a
# level below, which the walk takes up at once and leaves when it is exhausted.
_Step = str | Iterator["_Step"]


def _raw(avps: Iterable[Avp], indent: int) -> Iterator[_Step]:
    """The lines of raw AVPs, with their flags as they hold them (as received)."""
    pad = "  " * indent
    for a in avps:
        d: AvpDef[Any] | None = a.definition
        name = d.name if d is not None else "Unknown-AVP"
        head = f"{pad}{name} ({a.code}{_flags(a.flags, a.vendor)})"
        try:
            value = a.value
        except DecodeError as e:
            yield f"{head}: 0x{a.data.hex()}  <invalid: {e.message}>"
            continue
        if d is not None and d.is_grouped:
            yield head + ":"
            yield _raw(value, indent + 1)
            continue
        yield f"{head}: {format_value(value)}"


def _object(obj: Any, indent: int) -> Iterator[_Step]:
    """The lines of a message's or grouped AVP's fields. Each AVP shows the flag byte it was
    received with (``wire_flags``: the ones that differ from the dictionary's), else the
    dictionary's, which are the ones a built object is sent with: the flags ``encode`` writes."""
    pad = "  " * indent
    received: dict[tuple[str, int], int] | None = getattr(obj, "wire_flags", None)
    for spec in fields_of(type(obj)):
        value = getattr(obj, spec.name)
        if spec.kind == "extra":
            yield _raw(value, indent)
            continue
        values = value if spec.kind == "many" else (() if value is None else (value,))
        d = spec.definition
        for i, v in enumerate(values):
            flags = d.flags if received is None else received.get((spec.name, i), d.flags)
            head = f"{pad}{d.name} ({d.code}{_flags(flags, d.vendor)})"
            if is_grouped(v):
                yield head + ":"
                yield _object(v, indent + 1)
                continue
            if d.enum_map is not None and not isinstance(v, IntEnum):
                v = d.enum_map.get(v, v)
            elif d.vendor_values and not isinstance(v, IntEnum):
                # values named per vendor: by the Vendor-Id beside it (Experimental-Result)
                named = d.vendor_values.get(getattr(obj, "vendor_id", None) or 0)
                if named is not None:
                    v = named._value2member_map_.get(v, v)
            yield f"{head}: {format_value(v)}"


def _walk(top: Iterator[_Step], out: list[str]) -> None:
    stack = [top]
    while stack:
        step = next(stack[-1], None)
        if step is None:
            stack.pop()
        elif isinstance(step, str):
            out.append(step)
        else:
            stack.append(step)


def format_message(msg: Message) -> str:
    """The message as an indented tree of named AVPs (unknown AVPs shown raw)."""
    if isinstance(msg, GenericMessage):
        name = f"Unknown command {msg.command_code}"
        code, app = msg.command_code, msg.application_id
        flags = "".join(f for f, on in (("R", msg.request), ("P", msg.proxiable), ("E", msg.error)) if on)
    else:
        info = type(msg).__diameter__
        name = info.name + (f" ({info.alias})" if info.alias else "")
        if isinstance(msg, ErrorAnswer):
            code, app, proxiable = msg.command_code, msg.application_id, msg.proxiable
        else:
            code = info.code or 0
            app = (
                info.application_id
                if info.application_id is not None
                else getattr(msg, info.application_id_field or "", 0)
            )
            proxiable = info.proxiable
        flags = "".join(f for f, on in (("R", info.request), ("P", proxiable), ("E", info.error)) if on)
    if msg.retransmit:
        flags += "T"
    out = [
        f"{name}: code {code}, application {app}, flags {flags or '-'}, "
        f"hop-by-hop 0x{msg.hop_by_hop:08x}, end-to-end 0x{msg.end_to_end:08x}"
    ]
    _walk(_raw(msg.avps, 1) if isinstance(msg, GenericMessage) else _object(msg, 1), out)
    return "\n".join(out)
