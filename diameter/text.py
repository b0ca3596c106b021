"""Messages as an indented, named tree, like a protocol dissector shows them.

::

    Capabilities-Exchange-Request (CER): code 257, application 0, flags R, hop-by-hop 0x00000001, end-to-end 0x00000002
      Origin-Host (264, M): client.example.com
      Host-IP-Address (257, M): 127.0.0.1
      Vendor-Specific-Application-Id (260, M):
        Vendor-Id (266, M): 10415
        Auth-Application-Id (258, M): 16777238
      Inband-Security-Id (299, M): NO_INBAND_SECURITY (0)
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from .errors import DecodeError
from .schema import AvpDef, ErrorAnswer, GenericMessage, Message, fields_of, is_grouped
from .wire import AVP_M, AVP_P, Avp

__all__ = ["format_message", "format_value"]


def _flags(avp_flags: int, vendor: int) -> str:
    out = []
    if vendor:
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


def _raw(a: Avp, indent: int, out: list[str]) -> None:
    pad = "  " * indent
    d: AvpDef[Any] | None = a.definition
    name = d.name if d is not None else "Unknown-AVP"
    head = f"{pad}{name} ({a.code}{_flags(a.flags, a.vendor)})"
    try:
        value = a.value
    except DecodeError as e:
        out.append(f"{head}: 0x{a.data.hex()}  <invalid: {e.message}>")
        return
    if d is not None and d.is_grouped:
        out.append(head + ":")
        for inner in value:
            _raw(inner, indent + 1, out)
        return
    out.append(f"{head}: {format_value(value)}")


def _object(obj: Any, indent: int, out: list[str]) -> None:
    for spec in fields_of(type(obj)):
        value = getattr(obj, spec.name)
        if spec.kind == "extra":
            for a in value:
                _raw(a, indent, out)
            continue
        values = value if spec.kind == "many" else (() if value is None else (value,))
        d = spec.definition
        for v in values:
            head = f"{'  ' * indent}{d.name} ({d.code}{_flags(d.flags, d.vendor)})"
            if is_grouped(v):
                out.append(head + ":")
                _object(v, indent + 1, out)
            else:
                if d.enum_map is not None and not isinstance(v, IntEnum):
                    v = d.enum_map.get(v, v)
                elif d.vendor_values and not isinstance(v, IntEnum):
                    # values named per vendor: by the Vendor-Id beside it (Experimental-Result)
                    named = d.vendor_values.get(getattr(obj, "vendor_id", None) or 0)
                    if named is not None:
                        v = named._value2member_map_.get(v, v)
                out.append(f"{head}: {format_value(v)}")


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
            app = info.application_id if info.application_id is not None else getattr(msg, info.application_id_field or "", 0)
            proxiable = info.proxiable
        flags = "".join(f for f, on in (("R", info.request), ("P", proxiable), ("E", info.error)) if on)
    if msg.retransmit:
        flags += "T"
    out = [
        f"{name}: code {code}, application {app}, flags {flags or '-'}, "
        f"hop-by-hop 0x{msg.hop_by_hop:08x}, end-to-end 0x{msg.end_to_end:08x}"
    ]
    if isinstance(msg, GenericMessage):
        for a in msg.avps:
            _raw(a, 1, out)
    else:
        _object(msg, 1, out)
    return "\n".join(out)
