"""The dictionary of known AVPs and commands, used to dispatch decoding.

AVP definitions register themselves in :data:`DEFAULT` when they are created, and command
classes when :func:`diameter.schema.command` finishes them, so importing a dictionary module
(e.g. ``diameter.apps.base``) is all it takes to teach the default decoder its messages.
:meth:`Dictionary.of` makes a dictionary of chosen modules only, for a
:class:`~diameter.converter.Converter` (and a node) that knows exactly those applications.
"""

from __future__ import annotations

import importlib
import weakref
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .converter import Converter
    from .schema import AvpDef

__all__ = ["Dictionary", "DEFAULT"]


class Dictionary:
    """AVP definitions by (code, vendor) and by name; command classes by
    (Application-Id, command code, R flag)."""

    def __init__(self) -> None:
        self.avps: dict[tuple[int, int], AvpDef[Any]] = {}
        self.avps_by_name: dict[str, AvpDef[Any]] = {}
        self.commands: dict[tuple[int, int, bool], type] = {}
        # commands sent with the Application-Id of their application (ASR, STR, RAR, ...)
        self.any_application: dict[tuple[int, bool], type] = {}
        self.commands_by_name: dict[str, type] = {}
        #: every command class ever added, by "module.QualifiedName" (superseded ones too)
        self.commands_by_path: dict[str, type] = {}
        self.error_answer: type | None = None
        #: how many times the commands changed (for caches of lookups in this dictionary)
        self.generation = 0
        #: converters that cache lookups in this dictionary
        self.listeners: weakref.WeakSet[Converter] = weakref.WeakSet()

    @classmethod
    def of(cls, *modules: ModuleType | str) -> Dictionary:
        """A dictionary of the AVPs and commands of ``modules`` only (module objects, or names:
        ``"tgpp.gx"`` is ``diameter.apps.tgpp.gx``), after the base protocol's, which every
        node needs. A module's AVPs are those it defines and those it takes from others;
        its commands are those it defines. The order is the choice: where two modules define a
        command for the same (Application-Id, code, R), the later one's is used
        (``Dictionary.of("credit_control", "tgpp")`` decodes a CCR of application 4 into
        TS 32.299's class, ``Dictionary.of("tgpp", "credit_control")`` into RFC 8506's)."""
        from .apps import module_name
        from .schema import AvpDef, is_command

        d = cls()
        for m in ("base", *modules):
            module = importlib.import_module(module_name(m)) if isinstance(m, str) else m
            values = list(vars(module).values())
            for value in values:
                if isinstance(value, AvpDef):
                    d.add_avp(value)
            for value in values:
                if isinstance(value, type) and is_command(value) and value.__module__ == module.__name__:
                    d.add_command(value)
        return d

    def add_avp(self, definition: AvpDef[Any]) -> None:
        """Add an AVP definition. The first definition of a (code, vendor) pair wins, except
        that a later Grouped definition of a Grouped AVP replaces the earlier one: it extends
        it (a later specification's union, e.g. TS 32.299's Multiple-Services-Credit-Control)."""
        key = (definition.code, definition.vendor)
        old = self.avps.get(key)
        if old is None or (old.is_grouped and definition.is_grouped and old.name == definition.name):
            self.avps[key] = definition
            self.avps_by_name[definition.name] = definition
        else:
            self.avps_by_name.setdefault(definition.name, definition)

    def add_command(self, cls: type) -> None:
        from .schema import command_info

        info = command_info(cls)
        self.commands_by_path[f"{cls.__module__}.{cls.__qualname__}"] = cls
        self.generation += 1
        for conv in list(self.listeners):
            conv.dictionary_changed()
        if info.code is None:
            if info.error:
                self.error_answer = cls
                self.commands_by_name.setdefault(info.name, cls)
            return
        if info.application_id is None:
            self.any_application[(info.code, info.request)] = cls
        else:
            self.commands[(info.application_id, info.code, info.request)] = cls
        # a later definition of the same command in the same application (e.g. 3GPP's ACR after
        # the base one) wins; in another application (Gx's CCR after Gy's) it takes no name from
        # the first: a name means the command of the application that defined it first
        for name in (info.name, info.alias) if info.alias else (info.name,):
            old = self.commands_by_name.get(name)
            if old is None or command_info(old).application_id == info.application_id:
                self.commands_by_name[name] = cls

    def avp(self, code: int, vendor: int = 0) -> AvpDef[Any] | None:
        return self.avps.get((code, vendor))

    def command(self, application_id: int, code: int, request: bool) -> type | None:
        """The class for a header's (Application-Id, command code, R flag), or ``None``."""
        cls = self.commands.get((application_id, code, request))
        if cls is None:
            cls = self.any_application.get((code, request))
        return cls


#: The dictionary every generated module and every user-declared class registers into.
DEFAULT = Dictionary()
