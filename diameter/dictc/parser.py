"""Parser of the ``.dia`` dictionary format (see ``schemas/README.md``) into an AST."""

from __future__ import annotations

import re
from pathlib import Path

import attrs

__all__ = ["DictError", "AvpLine", "Rule", "Definition", "Schema", "parse", "parse_file", "merge", "FORMAT_NAMES"]

FORMAT_NAMES = frozenset(
    "OctetString Integer32 Integer64 Unsigned32 Unsigned64 Float32 Float64 Grouped Address Time "
    "UTF8String DiameterIdentity DiameterURI Enumerated IPFilterRule".split()
)


class DictError(Exception):
    """A syntax or consistency error in a dictionary source, with its file and line."""

    def __init__(self, message: str, path: str = "", line: int = 0) -> None:
        where = f"{path}:{line}: " if path else ""
        super().__init__(where + message)


@attrs.frozen
class AvpLine:
    name: str
    code: int
    format: str
    flags: str  # subset of "MVP"
    vendor: int
    line: int
    path: str = ""


@attrs.frozen
class Rule:
    """One CCF element: ``kind`` is ``fixed`` (``< >``), ``required`` (``{ }``) or
    ``optional`` (``[ ]``); ``min`` / ``max`` the occurrences (``max`` ``None`` for any)."""

    name: str
    kind: str
    min: int
    max: int | None
    line: int


@attrs.frozen
class Definition:
    """A command (``@messages``) or a grouped AVP (``@grouped``)."""

    name: str
    alias: str | None
    code: int | None  # None: "code" (the generic answer-message)
    flags: frozenset[str]  # REQ, PXY, ERR
    application: int | str | None  # an id, an AVP name, or None (the file's @id)
    vendor: int  # grouped: vendor of the AVP header
    rules: tuple[Rule, ...]
    line: int
    default_id: int | None = None  # the @id of the file it was written in
    path: str = ""


@attrs.define
class Schema:
    name: str = ""
    id: int | None = None
    vendor: int = 0
    vendors: dict[str, int] = attrs.Factory(dict)
    inherits: list[tuple[str, tuple[str, ...]]] = attrs.Factory(list)
    avps: list[AvpLine] = attrs.Factory(list)
    enums: dict[str, list[tuple[str, int, int]]] = attrs.Factory(dict)  # AVP → (label, value, line)
    grouped: list[Definition] = attrs.Factory(list)
    messages: list[Definition] = attrs.Factory(list)
    path: str = ""
    #: commands that moved to another module: (module, command names); still importable from here
    moved: list[tuple[str, tuple[str, ...]]] = attrs.Factory(list)
    #: named values of an AVP another module defines, valid with one Vendor-Id (the
    #: Experimental-Result-Code of an Experimental-Result with that Vendor-Id): AVP → values
    values: dict[str, list[tuple[str, int, int]]] = attrs.Factory(dict)


_QUAL = r"(?:(\d*)\s*\*\s*(\d*))?"
_RULE = re.compile(_QUAL + r"\s*([<{\[])\s*([A-Za-z0-9][A-Za-z0-9_.\-]*)\s*([>}\]])")
_CMD_HEAD = re.compile(
    r"^<\s*([A-Za-z][\w\-]*)\s*>\s*(?:\(\s*([A-Za-z][\w\-]*)\s*\))?\s*::=\s*<\s*Diameter\s+Header\s*:\s*(.*?)\s*>(.*)$"
)
_GRP_HEAD = re.compile(
    r"^<?\s*([A-Za-z0-9][\w\-.]*)\s*>?\s*::=\s*<\s*AVP\s+Header\s*:\s*(\d+)\s*(?:,?\s*(\d+))?\s*>(.*)$"
)
_CLOSE = {"<": ">", "{": "}", "[": "]"}
_KIND = {"<": "fixed", "{": "required", "[": "optional"}


def _int(text: str, path: str, line: int, what: str) -> int:
    try:
        v = int(text, 0)
    except ValueError:
        raise DictError(f"{what} {text!r} is not a number", path, line) from None
    if not 0 <= v <= 0xFFFFFFFF:
        raise DictError(f"{what} {v} out of range", path, line)
    return v


def _rules(text: str, path: str, line: int) -> list[Rule]:
    out: list[Rule] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        if text[pos].isspace():
            pos += 1
            continue
        m = _RULE.match(text, pos)
        if m is None:
            raise DictError(f"cannot read a CCF element at {text[pos:]!r}", path, line)
        lo, hi, open_, name, close = m.groups()
        if _CLOSE[open_] != close:
            raise DictError(f"{open_} closed by {close}", path, line)
        kind = _KIND[open_]
        qualified = m.group(0).lstrip()[0] in "0123456789*"
        if qualified:
            mn = int(lo) if lo else (1 if kind == "required" else 0)
            mx = int(hi) if hi else None
        else:
            mn, mx = (0, 1) if kind == "optional" else (1, 1)
        if kind == "required" and mn == 0:
            raise DictError(f"{{ {name} }} with a minimum of 0; write [ {name} ]", path, line)
        if mx is not None and mx < max(mn, 1):
            raise DictError(f"{name}: maximum {mx} below minimum {mn}", path, line)
        out.append(Rule(name, kind, mn, mx, line))
        pos = m.end()
    return out


def parse(text: str, path: str = "<string>") -> Schema:
    """Parse the text of one ``.dia`` file."""
    s = Schema(path=path)
    section = ""
    enum_name = ""
    current: list[Rule] | None = None
    pending: dict[str, object] | None = None

    def finish() -> None:
        nonlocal pending, current
        if pending is not None and current is not None:
            d = Definition(rules=tuple(current), default_id=s.id, path=path, **pending)  # type: ignore[arg-type]
            (s.messages if section == "messages" else s.grouped).append(d)
        pending = None
        current = None

    for no, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("@"):
            finish()
            word, _, rest = line.partition(" ")
            rest = rest.strip()
            key = word[1:]
            if key == "name":
                if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*", rest):
                    raise DictError(f"@name {rest!r} is not a Python module name", path, no)
                s.name = rest
            elif key == "id":
                s.id = _int(rest, path, no, "@id")
            elif key == "vendor":
                parts = rest.split()
                if not parts:
                    raise DictError("@vendor needs an id", path, no)
                s.vendor = _int(parts[0], path, no, "@vendor")
                if len(parts) > 1:
                    s.vendors[parts[1]] = s.vendor
            elif key == "inherits":
                parts = rest.split()
                if not parts:
                    raise DictError("@inherits needs a module", path, no)
                s.inherits.append((parts[0], tuple(parts[1:])))
            elif key == "moved":
                parts = rest.split()
                if len(parts) < 2:
                    raise DictError("@moved needs a module and the commands that moved to it", path, no)
                s.moved.append((parts[0], tuple(parts[1:])))
            elif key in ("avps", "vendors", "messages", "grouped"):
                if rest:
                    raise DictError(f"unexpected {rest!r} after {word}", path, no)
                section = key
            elif key == "values":
                if not rest or " " in rest:
                    raise DictError("@values needs one AVP name", path, no)
                section = "values"
                enum_name = rest
                s.values.setdefault(rest, [])
            elif key == "enum":
                if not rest or " " in rest:
                    raise DictError("@enum needs one AVP name", path, no)
                section = "enum"
                enum_name = rest
                if rest in s.enums:
                    raise DictError(f"second @enum {rest}", path, no)
                s.enums[rest] = []
            else:
                raise DictError(f"unknown section {word}", path, no)
            continue
        if section == "avps":
            parts = line.split()
            if len(parts) not in (4, 5):
                raise DictError("an AVP line is: name code type flags [vendor]", path, no)
            name, code_text, fmt, flags = parts[:4]
            if fmt not in FORMAT_NAMES:
                raise DictError(f"unknown data format {fmt}", path, no)
            flags = "" if flags == "-" else flags
            if not set(flags) <= set("MVP"):
                raise DictError(f"flags {flags!r}: use M, V, P or -", path, no)
            if len(parts) == 5:
                vtext = parts[4]
                vendor = s.vendors[vtext] if vtext in s.vendors else _int(vtext, path, no, "vendor")
            else:
                vendor = s.vendor if "V" in flags else 0
            if "V" in flags and not vendor:
                raise DictError(f"{name}: V flag without a vendor", path, no)
            if vendor and "V" not in flags:
                raise DictError(f"{name}: vendor {vendor} without the V flag", path, no)
            s.avps.append(AvpLine(name, _int(code_text, path, no, "AVP code"), fmt, flags, vendor, no, path))
        elif section == "vendors":
            parts = line.split()
            if len(parts) != 2:
                raise DictError("a vendor line is: id name", path, no)
            s.vendors[parts[1]] = _int(parts[0], path, no, "vendor id")
        elif section in ("enum", "values"):
            parts = line.split()
            if len(parts) != 2:
                raise DictError("an enum line is: NAME value", path, no)
            try:
                value = int(parts[1], 0)
            except ValueError:
                raise DictError(f"enum value {parts[1]!r} is not a number", path, no) from None
            (s.enums if section == "enum" else s.values)[enum_name].append((parts[0], value, no))
        elif section in ("messages", "grouped"):
            if "::=" in line:
                finish()
                if section == "messages":
                    m = _CMD_HEAD.match(line)
                    if m is None:
                        raise DictError("expected <Name> [(ALIAS)] ::= < Diameter Header: code, flags... >", path, no)
                    name, alias, head, tail = m.groups()
                    head = head.replace("[", ",").replace("]", "")
                    items = [x.strip() for x in head.split(",") if x.strip()]
                    if not items:
                        raise DictError("Diameter Header without a command code", path, no)
                    ccode: int | None = None if items[0] == "code" else _int(items[0], path, no, "command code")
                    flags_set: set[str] = set()
                    application: int | str | None = None
                    for it in items[1:]:
                        if it in ("REQ", "PXY", "ERR"):
                            flags_set.add(it)
                        elif it.isdigit():
                            application = int(it)
                        elif re.fullmatch(r"[A-Za-z][\w\-]*", it):
                            application = it
                        else:
                            raise DictError(f"unexpected {it!r} in the Diameter Header", path, no)
                    pending = dict(
                        name=name,
                        alias=alias,
                        code=ccode,
                        flags=frozenset(flags_set),
                        application=application,
                        vendor=0,
                        line=no,
                    )
                else:
                    m = _GRP_HEAD.match(line)
                    if m is None:
                        raise DictError("expected Name ::= < AVP Header: code [vendor] >", path, no)
                    name, gcode, vendor_t, tail = m.groups()
                    pending = dict(
                        name=name,
                        alias=None,
                        code=int(gcode),
                        flags=frozenset(),
                        application=None,
                        vendor=int(vendor_t) if vendor_t else 0,
                        line=no,
                    )
                current = _rules(tail, path, no)
            else:
                if current is None:
                    raise DictError("CCF element outside a definition", path, no)
                current.extend(_rules(line, path, no))
        else:
            raise DictError("text outside any section", path, no)
    finish()
    if not s.name:
        raise DictError("missing @name", path, 1)
    return s


def parse_file(path: str | Path) -> Schema:
    p = Path(path)
    return parse(p.read_text(encoding="utf-8"), str(p))


def merge(schemas: list[Schema]) -> Schema:
    """One schema from several files that share a ``@name`` (one module, several sources).

    Each message keeps the ``@id`` of its own file; an AVP, enum, grouped AVP or command
    defined in two of the files is an error.
    """
    if not schemas:
        raise ValueError("nothing to merge")
    if len(schemas) == 1:
        return schemas[0]
    out = Schema(
        name=schemas[0].name,
        path=", ".join(s.path for s in schemas),
        vendor=next((s.vendor for s in schemas if s.vendor), 0),
    )
    seen_avps: dict[str, AvpLine] = {}
    for s in schemas:
        if s.name != out.name:
            raise DictError(f"cannot merge @name {s.name} into {out.name}", s.path)
        for k, v in s.vendors.items():
            out.vendors.setdefault(k, v)
        for inh in s.inherits:
            if inh not in out.inherits:
                out.inherits.append(inh)
        for a in s.avps:
            if a.name in seen_avps:
                first = seen_avps[a.name]
                raise DictError(f"AVP {a.name} is also defined in {first.path}:{first.line}", s.path, a.line)
            seen_avps[a.name] = a
            out.avps.append(a)
        for e, values in s.enums.items():
            if e in out.enums:
                raise DictError(f"@enum {e} is defined in two files", s.path)
            out.enums[e] = values
        out.grouped.extend(s.grouped)
        out.messages.extend(s.messages)
        out.moved.extend(s.moved)
        for avp_name, values in s.values.items():  # each specification adds its values
            out.values.setdefault(avp_name, []).extend(values)
    return out
