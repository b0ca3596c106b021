"""Generated dictionary modules build their enums and classes on first use.

A generated module (``diameter.apps.*``, or one :func:`diameter.dictc.load` compiles) defines
its AVPs (:class:`~diameter.schema.AvpDef`) when imported, and describes its enums, grouped AVP
classes and command classes as data. :func:`install` gives the module a ``__getattr__``
(PEP 562) that builds each of them the first time it is asked for — by an import, by an
attribute access, by the registry when a message of that command arrives, or by the converter
when a field holds that grouped AVP — and keeps it in the module, so that it is built once.
Its ``.pyi`` stub declares the same classes for type checkers.
"""

from __future__ import annotations

import importlib
import threading
import types
from collections.abc import Callable, Mapping
from enum import IntEnum
from functools import partial
from typing import Any, Final

import attrs

from .registry import DEFAULT, LaterCommand
from .schema import AVP, Answer, AvpDef, ErrorAnswer, Request, avp, command, grouped, repeated, vendor_values_later

__all__ = ["install", "build_all", "Field", "Header", "Enums", "Values", "Grouped", "Commands"]

#: One field: (Python name, annotation, AVP definition, min, max, fixed position). The definition
#: is ``AVP`` for ``* [ AVP ]``, and ``None`` for an answer's plain ``application_id: int`` field.
Field = tuple[str, str, "AvpDef[Any] | None", int, "int | None", bool]

#: (name, code, Application-Id, request, proxiable, error, Application-Id field, alias, the name of
#: a request's answer class: None for one that has none, answered by the answer-message)
Header = tuple[str, "int | None", "int | None", bool, bool, bool, "str | None", "str | None", "str | None"]

#: The tables of a generated module, by class name
Enums = Mapping[str, tuple[AvpDef[Any], str, tuple[tuple[str, int], ...]]]
Values = Mapping[str, tuple[AvpDef[Any], int, str, tuple[tuple[str, int], ...]]]
Grouped = Mapping[str, tuple[AvpDef[Any], str, tuple[Field, ...]]]
Commands = Mapping[str, tuple[Header, str, tuple[Field, ...]]]

_LOCK: Final = threading.RLock()


class _Module:
    def __init__(
        self,
        ns: dict[str, Any],
        enums: Enums,
        values: Values,
        grouped: Grouped,
        commands: Commands,
        imported: Mapping[str, str],
    ) -> None:
        self.ns = ns
        self.module: str = ns["__name__"]
        self.enums = enums
        self.values = values
        self.grouped = grouped
        self.commands = commands
        self.imported = imported
        self.aliases = {head[7]: name for name, (head, _, _) in commands.items() if head[7]}
        for name, (d, _, _) in enums.items():
            d.later("enum", name, partial(self.get, name))
        for name, (d, vendor, _, _) in values.items():
            vendor_values_later(d, vendor, partial(self.get, name))
        for name, (d, _, _) in grouped.items():
            d.later("cls", name, partial(self.get, name))
        later: dict[str, LaterCommand] = {}
        for name, (head, _, _) in commands.items():
            later[name] = LaterCommand(
                self.module, name, head[0], head[1], head[2], head[3], head[5], head[7], partial(self.get, name)
            )
            DEFAULT.add_command(later[name])
        ns["_LATER_COMMANDS"] = later

    def names(self) -> list[str]:
        return sorted(
            {*self.ns, *self.enums, *self.values, *self.grouped, *self.commands, *self.aliases, *self.imported}
        )

    def get(self, name: str) -> Any:
        """The module's attribute ``name``, built now if it is not yet."""
        value = self.ns.get(name)
        if value is not None:
            return value
        with _LOCK:
            value = self.ns.get(name)
            if value is not None:
                return value
            if name in self.enums:
                _, doc, members = self.enums[name]
                value = self._enum(name, doc, members)
            elif name in self.values:
                _, _, doc, members = self.values[name]
                value = self._enum(name, doc, members)
            elif name in self.grouped:
                d, doc, fields = self.grouped[name]
                value = grouped(d)(type(name, (), self._namespace(name, doc, fields)))
            elif name in self.commands:
                value = self._command(name, *self.commands[name])
            elif name in self.aliases:
                value = self.get(self.aliases[name])
            elif name in self.imported:
                value = getattr(importlib.import_module(self.imported[name]), name)
            else:
                raise AttributeError(f"module {self.module!r} has no attribute {name!r}")
            self.ns[name] = value
            return value

    def _enum(self, name: str, doc: str, members: tuple[tuple[str, int], ...]) -> type[IntEnum]:
        enum = IntEnum(name, members, module=self.module, qualname=name)  # type: ignore[misc]
        enum.__doc__ = doc
        return enum

    def _namespace(self, name: str, doc: str, fields: tuple[Field, ...]) -> dict[str, Any]:
        ns: dict[str, Any] = {"__module__": self.module, "__qualname__": name, "__doc__": doc}
        annotations: dict[str, str] = {}
        for field, annotation, d, low, high, fixed in fields:
            annotations[field] = annotation
            if d is None:
                ns[field] = attrs.field(default=0)
            elif d is AVP:
                ns[field] = repeated(AVP, default=())
            elif (low, high) == (1, 1):
                ns[field] = avp(d, fixed=fixed)
            elif (low, high) == (0, 1):
                ns[field] = avp(d, default=None, fixed=fixed)
            elif low:
                ns[field] = repeated(d, min=low, max=high)
            else:
                ns[field] = repeated(d, min=low, max=high, default=())
        ns["__annotations__"] = annotations
        return ns

    def _command(self, name: str, head: Header, doc: str, fields: tuple[Field, ...]) -> type:
        cname, code, application_id, request, proxiable, error, application_id_field, alias, answer = head
        base: Any = ErrorAnswer if code is None else Answer
        if request:  # Request["TheAnswer"], as the stub declares it
            base = Request.__class_getitem__(answer if answer else ErrorAnswer)  # type: ignore[attr-defined]
        ns = self._namespace(name, doc, fields)
        cls = types.new_class(name, (base,), exec_body=lambda body: body.update(ns))
        return command(
            cname,
            code=code,
            application_id=application_id,
            request=request,
            proxiable=proxiable,
            error=error,
            application_id_field=application_id_field,
            alias=alias,
            register=False,
        )(cls)


def install(
    ns: dict[str, Any],
    enums: Enums,
    values: Values,
    grouped: Grouped,
    commands: Commands,
    imported: Mapping[str, str],
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Describe a generated module's enums, classes and re-exported names (its globals ``ns``),
    register its commands (built on first lookup) and return its ``__getattr__`` and
    ``__dir__``. ``commands`` values are (header, CCF, fields); ``imported`` names the module
    each re-exported name comes from."""
    m = _Module(ns, enums, values, grouped, commands, imported)
    return m.get, m.names


def build_all(module: Any) -> dict[str, Any]:
    """Every name a module defines, its enums and classes built (for tests and tools that walk a
    whole dictionary): what ``vars(module)`` gives once nothing is left to build on first use."""
    getter = getattr(module, "__getattr__", None)
    m = getattr(getter, "__self__", None)
    if isinstance(m, _Module):
        for name in (*m.enums, *m.values, *m.grouped, *m.commands, *m.aliases):
            m.get(name)
    return dict(vars(module))
