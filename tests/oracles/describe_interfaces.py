#!/usr/bin/env python3
"""What the interface vectors hold: one message of every command class of the 3GPP interface
modules (``diameter.apps.tgpp.<interface>``), described by AVP name and value.

``tests/oracles/make_vectors.py`` runs it (with this repository's environment, ``.venv``) as
``.venv/bin/python tests/oracles/describe_interfaces.py OUT.json``. It writes, for each command class, its header (command code,
Application-Id, R and P flags) and its AVPs as a tree of ``{"name", "format", "code", "vendor",
"kind", "value"}`` (grouped AVPs with ``"avps"``), values from tests/builders.py, in the
order of the command's CCF (see ``_nodes``). ``tests/oracles/make_vectors.py`` then builds each message with
python-diameter, choosing every AVP by its name in python-diameter's own dictionary (its code,
vendor, data format and flags), so that our decoder is checked against another encoder and
another dictionary; ``code`` and ``vendor`` here are ours, used only for the AVPs python-diameter
does not know (written with ``struct``, and marked so). ``data`` is our encoding of the value,
for those.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from ipaddress import IPv4Address, IPv6Address
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from diameter.converter import encode_avp  # noqa: E402
from diameter.schema import command_info, fields_of  # noqa: E402

from builders import value_for  # noqa: E402
from golden import command_classes  # noqa: E402


def _leaf(value: Any, fmt: str) -> tuple[str, Any]:
    if fmt in ("Float32", "Float64"):
        return fmt.lower(), float(value)
    if isinstance(value, int):
        return "int", int(value)
    if isinstance(value, bytes):
        return "bytes", value.hex()
    if isinstance(value, datetime):
        return "time", value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, IPv4Address | IPv6Address):
        return "address", str(value)
    if isinstance(value, str):
        return "str", value
    return "str", str(value)  # DiameterURI, IPFilterRule: their text


def _nodes(cls: type, depth: int = 0) -> list[dict[str, Any]]:
    """Every AVP of ``cls`` once (repeated ones twice at the top level); in a grouped AVP every
    AVP but optional grouped ones; below that what the CCF requires only."""
    out: list[dict[str, Any]] = []
    for spec in fields_of(cls):
        if spec.kind == "extra" or (spec.min == 0 and (depth >= 2 or (depth == 1 and spec.definition.is_grouped))):
            continue
        d = spec.definition
        count = 1 if spec.kind != "many" else max(spec.min, 2 if depth == 0 and spec.max != 1 else 1)
        for n in range(count):
            node: dict[str, Any] = {
                "name": d.name,
                "format": d.format.name,
                "code": d.code,
                "vendor": d.vendor,
                "flags": d.flags,
            }
            if d.is_grouped:
                assert d.cls is not None
                node["kind"] = "grouped"
                node["avps"] = _nodes(d.cls, depth + 1)
            else:
                v = value_for(d, n, depth)
                node["kind"], node["value"] = _leaf(v, d.format.name)
                node["data"] = encode_avp(d, v).data.hex()
            out.append(node)
    return out


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("interfaces.json")
    described = []
    hbh = 0x5100_0000
    for module, cls in command_classes():
        if not cls.__module__.startswith("diameter.apps.tgpp."):
            continue
        info = command_info(cls)
        hbh += 1
        described.append(
            {
                "name": f"{module}_{(info.alias or cls.__name__).lower()}",
                "class": f"{cls.__module__.removeprefix('diameter.apps.')}.{cls.__name__}",
                "command": info.name,
                "command_code": info.code,
                "application_id": info.application_id,
                "request": info.request,
                "proxiable": info.proxiable,
                "hop_by_hop": hbh,
                "end_to_end": hbh ^ 0x0F0F_0F0F,
                "avps": _nodes(cls),
            }
        )
    out.write_text("[\n" + ",\n".join(json.dumps(d, ensure_ascii=False) for d in described) + "\n]\n", encoding="utf-8")
    print(f"{len(described)} command classes described in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
