"""Emit a typed Python module, and its stub, from a parsed ``.dia`` schema.

The stub (``.pyi``) reads like a hand-written declaration: enums, then one :class:`AvpDef` per
AVP, then the grouped AVP classes and the command classes, each with its CCF as its docstring;
type checkers read it. The module (``.py``) defines the same AVPs and describes the enums and
classes as data, which :mod:`diameter._later` builds on first use: importing a dictionary costs
its AVP definitions only.
"""

from __future__ import annotations

import importlib
import keyword
import re
from typing import Any

import attrs

from ..apps import module_name
from ..schema import AvpDef, python_name
from .parser import AvpLine, Definition, DictError, Rule, Schema

__all__ = ["emit", "Emitted", "class_name", "const_name", "module_for"]

_PY_TYPES = {
    "OctetString": "bytes",
    "Integer32": "int",
    "Integer64": "int",
    "Unsigned32": "int",
    "Unsigned64": "int",
    "Float32": "float",
    "Float64": "float",
    "Address": "AddressValue",
    "Time": "datetime",
    "UTF8String": "str",
    "DiameterIdentity": "str",
    "DiameterURI": "DiameterURI",
    "Enumerated": "int",
    "IPFilterRule": "IPFilterRule",
}
_FORMAT_CONST = {
    "OctetString": "OCTET_STRING",
    "Integer32": "INTEGER32",
    "Integer64": "INTEGER64",
    "Unsigned32": "UNSIGNED32",
    "Unsigned64": "UNSIGNED64",
    "Float32": "FLOAT32",
    "Float64": "FLOAT64",
    "Grouped": "GROUPED",
    "Address": "ADDRESS",
    "Time": "TIME",
    "UTF8String": "UTF8STRING",
    "DiameterIdentity": "DIAMETER_IDENTITY",
    "DiameterURI": "DIAMETER_URI",
    "Enumerated": "ENUMERATED",
    "IPFilterRule": "IP_FILTER_RULE",
}


#: the data formats whose values an @enum or @values may name
_NAMED_FORMATS = ("Enumerated", "Unsigned32", "Integer32", "Unsigned64", "Integer64")


def class_name(name: str) -> str:
    """``Capabilities-Exchange-Request`` → ``CapabilitiesExchangeRequest``."""
    if name == "answer-message":
        return "AnswerMessage"
    if name.upper().startswith("3GPP"):
        name = "TGPP" + name[4:]
    parts = [p for p in re.split(r"[-_.\s]+", name) if p]
    out = "".join(p[:1].upper() + p[1:] for p in parts)
    if out == const_name(name):  # an all-capitals name (AMBR, DRMP): the class would shadow the AVP
        out = "".join(p[:1].upper() + p[1:].lower() for p in parts)
    if out[:1].isdigit():
        out = "N" + out
    return out


def const_name(name: str) -> str:
    """``Origin-Host`` → ``ORIGIN_HOST``."""
    return python_name(name).rstrip("_").upper()


def _member(label: str) -> str:
    """An enum member's name: a label that starts with ``3GPP`` starts with ``TGPP`` (as class,
    constant and field names do), another that starts with a digit gets ``V_``."""
    m = re.sub(r"[^A-Za-z0-9_]", "_", label)
    if m[:4].upper() == "3GPP":
        m = "TGPP" + m[4:]
    elif m[:1].isdigit():
        m = "V_" + m
    if keyword.iskeyword(m):
        m += "_"
    return m


def _legacy_member(label: str) -> str | None:
    """The name earlier versions gave a ``3GPP...`` label (``V_3GPP_EPS``), kept as an alias."""
    return "V_3GPP" + _member(label)[4:] if label[:4].upper() == "3GPP" else None


def module_for(inherit: str) -> str:
    """The module an ``@inherits`` name refers to: a bare name is ``diameter.apps.NAME``."""
    return inherit if "." in inherit else f"diameter.apps.{inherit}"


@attrs.frozen
class _Avp:
    """What the emitter needs to know of an AVP, local or inherited."""

    name: str
    const: str
    format: str
    enum: str | None  # enum class name
    cls: str | None  # grouped class name
    module: str | None  # None: defined in this module
    code: int
    vendor: int
    field: str = ""  # the Python field name (python_name of the AVP name unless that collides)
    flags: str = ""  # the bits that MUST be set, as in the .dia table ("MV", ...)


def _inherited(s: Schema, tolerant: bool = False) -> dict[str, _Avp]:
    out: dict[str, _Avp] = {}
    for mod_name, only in s.inherits:
        module = module_for(mod_name)
        try:
            mod = importlib.import_module(module)
        except ImportError as e:
            if tolerant:
                continue
            raise DictError(f"@inherits {mod_name}: cannot import {module}: {e}", s.path) from None
        found: dict[str, _Avp] = {}
        for const, value in vars(mod).items():
            if isinstance(value, AvpDef) and const.isupper() and value.code >= 0:
                d: AvpDef[Any] = value
                found[d.name] = _Avp(
                    d.name,
                    const,
                    d.format.name,
                    d.enum_name,
                    d.cls_name,
                    module,
                    d.code,
                    d.vendor,
                    "",
                    ("M" if d.flags & 0x40 else "") + ("V" if d.vendor else "") + ("P" if d.flags & 0x20 else ""),
                )
        for n in only:
            if n not in found:
                raise DictError(f"@inherits {mod_name}: it defines no AVP {n}", s.path)
        for n, a in found.items():
            if not only or n in only:
                out.setdefault(n, a)
    return out


def _ccf_text(rule: Rule) -> str:
    o, c = {"fixed": ("<", ">"), "required": ("{", "}"), "optional": ("[", "]")}[rule.kind]
    default = (0, 1) if rule.kind == "optional" else (1, 1)
    if (rule.min, rule.max) == default:
        q = ""
    else:
        lo = str(rule.min) if rule.min or rule.max is not None else ""
        q = f"{lo}*{rule.max if rule.max is not None else ''}"
    return f"{q:>4} {o} {rule.name} {c}"


@attrs.frozen
class Emitted:
    """The two texts of a compiled dictionary: the module and its stub for type checkers."""

    module: str
    stub: str


class _Emitter:
    def __init__(self, s: Schema, source_name: str, unresolved: list[str] | None = None) -> None:
        self.unresolved = unresolved
        self.s = s
        self.source_name = source_name
        self.avps: dict[str, _Avp] = dict(_inherited(s, tolerant=unresolved is not None))
        # imports of the stub, and of the module (which imports AVP definitions only)
        self.imports: dict[str, set[str]] = {}
        self.rt_imports: dict[str, set[str]] = {}
        self.out: list[str] = []
        self.exports: list[str] = []
        #: imported types that the module's fields use: re-exported explicitly (``X as X``), so
        #: that a user (and mypy --strict) can import them from the module whose classes take them
        self.exported: set[str] = set()
        #: where each re-exported name comes from (the module imports it on first use)
        self.reexported: dict[str, str] = {}
        # the module's data: enums, @values, AVP lines, grouped classes, commands
        self.rt_enums: list[str] = []
        self.rt_values: list[str] = []
        self.rt_avps: list[str] = []
        self.rt_grouped: list[str] = []
        self.rt_commands: list[str] = []
        local_names = set()
        taken = {a.const: a.name for a in self.avps.values()}
        for line in s.avps:
            if line.name in local_names:
                raise DictError(f"AVP {line.name} defined twice", s.path, line.line)
            local_names.add(line.name)
            enum = class_name(line.name) if line.name in s.enums else None
            cls = class_name(line.name) if line.format == "Grouped" else None
            const, field = const_name(line.name), python_name(line.name)
            if taken.get(const, line.name) != line.name:
                # two names that differ only in case or punctuation (Service-Id, Service-ID):
                # the later one's Python names carry its code
                const, field = f"{const}_{line.code}", f"{field.rstrip('_')}_{line.code}"
            taken[const] = line.name
            self.avps[line.name] = _Avp(line.name, const, line.format, enum, cls, None, line.code, line.vendor, field)
        for e, values in s.enums.items():
            a = self.avps.get(e)
            if a is None or a.module is not None:
                raise DictError(f"@enum {e}: no such AVP in this file's @avps", s.path)
            if a.format not in _NAMED_FORMATS:
                raise DictError(f"@enum {e}: {a.format} AVPs have no named values", s.path)
            seen: set[str] = set()
            for label, _, no in values:
                if _member(label) in seen:
                    raise DictError(f"@enum {e}: {label} twice", s.path, no)
                seen.add(_member(label))
        # A @grouped definition of an inherited Grouped AVP extends it: this module gets its own
        # definition of the AVP (same code, vendor and flags) whose class carries the union, as
        # a later specification does (TS 32.299's Multiple-Services-Credit-Control).
        self.extensions: list[AvpLine] = []
        for g in s.grouped:
            a = self.avps.get(g.name)
            if a is not None and a.module is not None and a.format == "Grouped":
                self.extensions.append(AvpLine(g.name, a.code, "Grouped", a.flags, a.vendor, g.line, s.path))
                self.avps[g.name] = _Avp(
                    g.name, a.const, "Grouped", None, a.cls, None, a.code, a.vendor, a.field, a.flags
                )
        grouped_names = {g.name for g in s.grouped}
        for line in s.avps:
            if line.format == "Grouped" and line.name not in grouped_names:
                raise DictError(f"Grouped AVP {line.name} has no definition under @grouped", s.path, line.line)

    def need(self, module: str, name: str, *, runtime: bool = False) -> None:
        self.imports.setdefault(module, set()).add(name)
        if runtime:
            self.rt_imports.setdefault(module, set()).add(name)

    def avp(self, name: str, line: int) -> _Avp:
        a = self.avps.get(name)
        if a is None and self.unresolved is not None:
            # lint mode: note the name and carry on with a stand-in
            self.unresolved.append(name)
            a = _Avp(name, const_name(name), "OctetString", None, None, None, 0, 0)
        if a is None:
            raise DictError(f"unknown AVP {name}", self.s.path, line)
        if a.module is not None:
            self.need(a.module, a.const, runtime=True)
        return a

    def reexport(self, module: str, name: str) -> None:
        self.need(module, name)
        self.exported.add(name)
        self.reexported[name] = module

    def value_type(self, a: _Avp) -> str:
        if a.module is not None:
            if a.enum:
                self.reexport(a.module, a.enum)
            if a.cls:
                self.reexport(a.module, a.cls)
        if a.format == "Grouped":
            assert a.cls is not None
            return a.cls
        t = _PY_TYPES[a.format]
        if t in ("AddressValue", "DiameterURI", "IPFilterRule"):
            self.reexport("diameter.types", t)
        elif t == "datetime":
            self.need("datetime", "datetime")
            self.reexported["datetime"] = "datetime"  # (for annotations evaluated at run time)
        if a.enum:
            return f"{a.enum} | {t}"
        return t

    def field(self, rule: Rule) -> tuple[str, str]:
        """The field of a rule: its line in the stub, and its entry in the module's data."""
        if rule.name == "AVP":
            self.need("diameter.schema", "AVP")
            self.need("diameter.schema", "repeated")
            self.need("diameter.wire", "Avp")
            self.reexported["Avp"] = "diameter.wire"  # (for annotations evaluated at run time)
            self.need("diameter.schema", "AVP", runtime=True)
            return (
                "    avps: tuple[Avp, ...] = repeated(AVP, default=())",
                '("avps", "tuple[Avp, ...]", AVP, 0, None, False)',
            )
        a = self.avp(rule.name, rule.line)
        t = self.value_type(a)
        fname = a.field or python_name(a.name)
        fixed = ", fixed=True" if rule.kind == "fixed" else ""
        if (rule.min, rule.max) == (1, 1):
            self.need("diameter.schema", "avp")
            stub, ann = f"    {fname}: {t} = avp({a.const}{fixed})", t
        elif (rule.min, rule.max) == (0, 1):
            self.need("diameter.schema", "avp")
            stub, ann = f"    {fname}: {t} | None = avp({a.const}, default=None{fixed})", f"{t} | None"
        else:
            self.need("diameter.schema", "repeated")
            args = [a.const]
            if rule.min:
                args.append(f"min={rule.min}")
            if rule.max is not None:
                args.append(f"max={rule.max}")
            if not rule.min:
                args.append("default=()")
            stub, ann = f"    {fname}: tuple[{t}, ...] = repeated({', '.join(args)})", f"tuple[{t}, ...]"
        return stub, f'("{fname}", "{ann}", {a.const}, {rule.min}, {rule.max}, {rule.kind == "fixed"})'

    def body(self, d: Definition, header: str) -> tuple[list[str], str, list[str]]:
        """The class body of the stub, the docstring, and the fields of the module's data."""
        lines = [f'    """{header}']
        for r in d.rules:
            lines.append("    " + _ccf_text(r).rstrip())
        lines.append('    """')
        doc = "\n".join(lines)[7:-3]
        lines.append("")
        names: set[str] = set()
        data: list[str] = []
        for r in d.rules:
            f, entry = self.field(r)
            fname = f.split(":", 1)[0].strip()
            if fname in names:
                raise DictError(f"{d.name}: {r.name} appears twice", self.s.path, r.line)
            names.add(fname)
            lines.append(f)
            data.append(entry)
        return lines, doc, data

    def run(self) -> Emitted:
        s = self.s
        o = self.out
        # enums
        if s.enums:
            self.need("enum", "IntEnum")
        for e, values in s.enums.items():
            cname = class_name(e)
            self.exports.append(cname)
            o.append("")
            o.append("")
            o.append(f"class {cname}(IntEnum):")
            o.append(f'    """Values of {e}."""')
            o.append("")
            members: list[tuple[str, int]] = []
            for label, value, _ in values:
                o.append(f"    {_member(label)} = {value}")
                members.append((_member(label), value))
                legacy = _legacy_member(label)
                if legacy is not None:
                    o.append(f"    {legacy} = {value}  # its earlier name, an alias")
                    members.append((legacy, value))
            self.rt_enums.append(f'    "{cname}": ({self.avps[e].const}, "Values of {e}.", {_tuple(members)}),')
        # values of another module's AVP, for this module's vendor (@values)
        for e, values in s.values.items():
            a = self.avps.get(e)
            if a is None or a.module is None:
                raise DictError(f"@values {e}: not an AVP this module inherits (use @enum for its own)", s.path)
            if a.format not in _NAMED_FORMATS:
                raise DictError(f"@values {e}: {a.format} AVPs have no named values", s.path)
            cname = class_name(e)
            self.exports.append(cname)
            doc = (
                f"Values of {e} (an AVP of {a.module}) with Vendor-Id {s.vendor}; a value two\n"
                "    specifications name differently has the first name, the others as aliases."
            )
            o += ["", "", f"class {cname}(IntEnum):", f'    """{doc}"""', ""]
            self.need("enum", "IntEnum")
            named: dict[str, int] = {}
            for label, value, no in values:
                member = _member(label)
                if member in named:
                    if named[member] != value:
                        raise DictError(f"@values {e}: {label} is {named[member]} and {value}", s.path, no)
                    continue
                named[member] = value
                o.append(f"    {member} = {value}")
            self.need(a.module, a.const, runtime=True)
            self.rt_values.append(f'    "{cname}": ({a.const}, {s.vendor}, {doc!r}, {_tuple(list(named.items()))}),')
        # AVPs
        o.append("")
        o.append("")
        o.append("# AVPs: name, code, data format, flags that MUST be set, vendor")
        self.need("typing", "Final", runtime=True)
        self.need("diameter.schema", "AvpDef", runtime=True)
        for line in s.avps + self.extensions:
            a = self.avps[line.name]
            if line in self.extensions:
                o.append(f"# {line.name}: extends the definition this module inherits")
                self.rt_avps.append(f"# {line.name}: extends the definition this module inherits")
            fmt = _FORMAT_CONST[line.format]
            self.need("diameter.types", fmt, runtime=True)
            args = [f'"{line.name}"', str(line.code), fmt]
            flag_names = [f for f in "MP" if f in line.flags]
            for f in flag_names:
                self.need("diameter.schema", f, runtime=True)
            if flag_names or line.vendor:
                args.append(" | ".join(flag_names) or "0")
            if line.vendor:
                args.append(f"vendor={line.vendor}")
            self.rt_avps.append(f"{a.const}: Final = AvpDef({', '.join(args)})")
            if a.enum:
                args.append(f"enum={a.enum}")
            if a.cls:
                ann = f"Final[AvpDef[{a.cls}]]"
            else:
                t = _PY_TYPES[line.format]
                if t in ("AddressValue", "DiameterURI", "IPFilterRule"):
                    self.need("diameter.types", t)
                elif t == "datetime":
                    self.need("datetime", "datetime")
                ann = f"Final[AvpDef[{t}]]"
            o.append(f"{a.const}: {ann} = AvpDef({', '.join(args)})")
            self.exports.append(a.const)
        # grouped
        for g in s.grouped:
            a = self.avp(g.name, g.line)
            if a.module is not None or a.format != "Grouped":
                raise DictError(f"{g.name} is not a Grouped AVP of this file", s.path, g.line)
            if a.code != g.code or a.vendor != g.vendor:
                raise DictError(f"{g.name}: AVP Header {g.code} does not match its AVP line ({a.code})", s.path, g.line)
            self.need("diameter.schema", "grouped")
            assert a.cls is not None
            self.exports.append(a.cls)
            vendor = f", {g.vendor}" if g.vendor else ""
            o += ["", "", f"@grouped({a.const})", f"class {a.cls}:"]
            lines, doc, data = self.body(g, f"{g.name} ::= < AVP Header: {g.code}{vendor} >")
            o += lines
            self.rt_grouped.append(f'    "{a.cls}": ({a.const}, {_doc(doc)}, {_fields(data)}),')
        # commands
        answers: dict[int, Definition] = {m.code: m for m in s.messages if "REQ" not in m.flags and m.code is not None}
        requests: dict[int, Definition] = {m.code: m for m in s.messages if "REQ" in m.flags and m.code is not None}
        for m in s.messages:
            o += ["", ""] + self.command(m, answers, requests)
        self.moved()
        return Emitted(self.render_module(), self.render())

    def command(self, m: Definition, answers: dict[int, Definition], requests: dict[int, Definition]) -> list[str]:
        s = self.s
        cname = class_name(m.name)
        self.exports.append(cname)
        self.need("diameter.schema", "command")
        request = "REQ" in m.flags
        args = [f'"{m.name}"', f"code={m.code}"]
        extra_field: str | None = None
        app = m.application
        application_id: int | None = None
        application_id_field: str | None = None
        if m.code is None:
            if "ERR" not in m.flags or request:
                raise DictError("only the answer-message (ERR) may have a variable command code", s.path, m.line)
            args.append("application_id=None")
        else:
            if app is None and not request and m.code in requests and isinstance(requests[m.code].application, str):
                # The answer travels with its request's Application-Id, which the request takes
                # from an AVP the answer does not carry: the answer keeps it as a plain field.
                args.append('application_id=None, application_id_field="application_id"')
                extra_field = "    application_id: int = attrs.field(default=0)"
                application_id_field = "application_id"
                self.need("attrs", "")
            elif isinstance(app, str):
                a = self.avp(app, m.line)
                if not any(r.name == app for r in m.rules):
                    raise DictError(f"{m.name}: Application-Id from {app}, which it does not contain", s.path, m.line)
                application_id_field = a.field or python_name(a.name)
                args.append(f'application_id=None, application_id_field="{application_id_field}"')
            else:
                the_id = app if app is not None else m.default_id
                if the_id is None:
                    raise DictError(f"{m.name}: no Application-Id (give @id or one in the header)", s.path, m.line)
                args.append(f"application_id={the_id}")
                application_id = the_id
        args.append(f"request={request}")
        proxiable = "PXY" in m.flags and m.code is not None
        if proxiable:
            args.append("proxiable=True")
        if "ERR" in m.flags:
            args.append("error=True")
        if m.alias:
            args.append(f'alias="{m.alias}"')
        if m.code is None:
            base = "ErrorAnswer"
            self.need("diameter.schema", "ErrorAnswer")
        elif request:
            ans = answers.get(m.code)
            if ans is not None:
                base = f'Request["{class_name(ans.name)}"]'
            else:
                base = "Request[ErrorAnswer]"
                self.need("diameter.schema", "ErrorAnswer")
            self.need("diameter.schema", "Request")
        else:
            base = "Answer"
            self.need("diameter.schema", "Answer")
        name = f"<{m.name}>" if not m.alias else f"<{m.alias}>"
        head_items = ["code" if m.code is None else str(m.code)] + sorted(m.flags, key=["REQ", "PXY", "ERR"].index)
        if app is not None:
            head_items.append(str(app))
        lines = [f"@command({', '.join(args)})", f"class {cname}({base}):"]
        body, doc, data = self.body(m, f"{name} ::= < Diameter Header: {', '.join(head_items)} >")
        lines += body
        if extra_field:
            lines.append(extra_field)
            data.append('("application_id", "int", None, 0, 1, False)')
        if m.alias:
            lines += ["", "", f"{m.alias} = {cname}"]
            self.exports.append(m.alias)
        answer = class_name(answers[m.code].name) if request and m.code in answers else None
        header = (
            m.name,
            m.code,
            application_id,
            request,
            proxiable,
            "ERR" in m.flags,
            application_id_field,
            m.alias,
            answer,
        )
        self.rt_commands.append(f'    "{cname}": ({header!r}, {_doc(doc)}, {_fields(data)}),')
        return lines

    def moved(self) -> None:
        """Commands that moved to another module (``@moved``) stay importable from this one: for
        type checkers by an explicit re-export, at run time imported on first use, so that the
        module they moved to, which builds on this one, is not imported with it."""
        if not self.s.moved:
            return
        o = self.out
        o += ["", "", "# Commands that moved to the module of their interface; importable from here too"]
        for mod, commands in self.s.moved:  # the @name of a bundled module, or a full module path
            module = module_name(mod)
            for command in commands:
                cname = class_name(command)
                o.append(f"from {module} import {cname} as {cname}")
                self.exports.append(cname)
                self.reexported[cname] = module

    def _imports(self, imports: dict[str, set[str]], exported: set[str]) -> list[str]:
        head: list[str] = []
        std = [m for m in sorted(imports) if m in ("enum", "typing", "datetime")]
        third = [m for m in sorted(imports) if m == "attrs"]
        own = [m for m in sorted(imports) if m not in std and m not in third]
        for group in (std, third, own):
            for mod in group:
                names = sorted(n for n in imports[mod] if n)
                if mod.startswith("diameter."):
                    names = [f"{n} as {n}" if n in exported else n for n in names]
                if not names:
                    head.append(f"import {mod}")
                elif len(", ".join(names)) + len(mod) < 80:
                    head.append(f"from {mod} import {', '.join(names)}")
                else:
                    head.append(f"from {mod} import (")
                    head += [f"    {n}," for n in names]
                    head.append(")")
            if group:
                head.append("")
        return head

    def _all(self) -> list[str]:
        return ["__all__ = [", *(f'    "{n}",' for n in self.exports), "]"]

    def render(self) -> str:
        """The stub."""
        head = [
            f'"""Dictionary {self.s.name!r}: generated from {self.source_name} by `python -m diameter.dictc`.',
            "",
            "The declarations type checkers read; the module builds the same classes on first use.",
            "Do not edit: change the source and regenerate.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
        ]
        return "\n".join(head + self._imports(self.imports, self.exported) + self._all() + self.out) + "\n"

    def render_module(self) -> str:
        """The module: the AVP definitions, and the enums and classes as data (see the stub)."""
        for name in ("install", "Enums", "Values", "Grouped", "Commands"):
            self.need("diameter._later", name, runtime=True)
        head = [
            f'"""Dictionary {self.s.name!r}: generated from {self.source_name} by `python -m diameter.dictc`.',
            "",
            "Its AVPs are defined on import; its enums and classes are built on first use",
            "(diameter._later), and declared for type checkers in the stub beside this file.",
            "Do not edit: change the source and regenerate.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
        ]
        o = head + self._imports(self.rt_imports, set()) + self._all()
        o += ["", "# AVPs: name, code, data format, flags that MUST be set, vendor", *self.rt_avps]
        o += [
            "",
            "# Enums: class name: (AVP, docstring, (member, value)...)",
            "_ENUMS: Final[Enums] = {",
            *self.rt_enums,
            "}",
        ]
        o += [
            "",
            "# Values of another module's AVP for this module's vendor: (AVP, Vendor-Id, docstring, members)",
            "_VALUES: Final[Values] = {",
            *self.rt_values,
            "}",
        ]
        o += [
            "",
            "# Grouped AVPs: class name: (AVP, CCF, fields: (name, type, AVP, min, max, fixed)...)",
            "_GROUPED: Final[Grouped] = {",
            *self.rt_grouped,
            "}",
        ]
        o += [
            "",
            "# Commands: class name: ((name, code, Application-Id, request, proxiable, error,",
            "# Application-Id field, alias, answer class), CCF, fields)",
            "_COMMANDS: Final[Commands] = {",
            *self.rt_commands,
            "}",
        ]
        o += [
            "",
            "# Names of other modules that its classes use or that it re-exports: name: module",
            "_IMPORTED: Final[dict[str, str]] = {",
            *(f'    "{n}": "{m}",' for n, m in sorted(self.reexported.items())),
            "}",
        ]
        o += ["", "__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)"]
        return "\n".join(o) + "\n"


def _doc(doc: str) -> str:
    if '"""' in doc or "\\" in doc:
        return repr(doc)
    return f'"""{doc}"""'


def _tuple(members: list[tuple[str, int]]) -> str:
    return "(" + "".join(f'("{n}", {v}), ' for n, v in members).rstrip(" ") + ")"


def _fields(data: list[str]) -> str:
    return "(\n" + "".join(f"        {d},\n" for d in data) + "    )"


def emit(s: Schema, source_name: str, *, unresolved: list[str] | None = None) -> Emitted:
    """The module and stub texts for schema ``s`` (``source_name`` is shown in their docstrings).

    With an ``unresolved`` list, AVP names that no file defines are appended to it instead of
    raising :class:`DictError` (the text is then not a working module): for checking a file
    whose references are written by someone else.
    """
    return _Emitter(s, source_name, unresolved).run()
