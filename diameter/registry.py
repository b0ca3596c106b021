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
from collections.abc import Callable, Iterator, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .converter import Converter
    from .schema import AvpDef

__all__ = ["Dictionary", "DEFAULT", "LaterCommand"]

K = TypeVar("K")


class LaterCommand:
    """A command class of a generated module, not built yet: what the registry needs to know of
    it (its header) and how to build it. :class:`Dictionary` builds it when first looked up."""

    __slots__ = ("module", "qualname", "name", "code", "application_id", "request", "error", "alias", "build")

    def __init__(
        self,
        module: str,
        qualname: str,
        name: str,
        code: int | None,
        application_id: int | None,
        request: bool,
        error: bool,
        alias: str | None,
        build: Callable[[], type],
    ) -> None:
        self.module = module
        self.qualname = qualname
        self.name = name
        self.code = code
        self.application_id = application_id
        self.request = request
        self.error = error
        self.alias = alias
        self.build = build

    def __repr__(self) -> str:
        return f"<command {self.module}.{self.qualname}, built on first use>"


def _module_of(entry: type | LaterCommand) -> str:
    return entry.module if isinstance(entry, LaterCommand) else entry.__module__


def _header(entry: type | LaterCommand) -> LaterCommand | Any:
    """What the registry reads of a command: a :class:`LaterCommand`, or a class's CommandInfo
    (both have ``name``, ``code``, ``application_id``, ``request``, ``error``, ``alias``)."""
    if isinstance(entry, LaterCommand):
        return entry
    from .schema import command_info

    return command_info(entry)


class Table(Mapping[K, type]):
    """A read-only mapping to command classes, each built on first lookup."""

    __slots__ = ("_entries",)

    def __init__(self) -> None:
        self._entries: dict[K, type | LaterCommand] = {}

    def __getitem__(self, key: K) -> type:
        entry = self._entries[key]
        if isinstance(entry, LaterCommand):
            entry = self._entries[key] = entry.build()
        return entry

    def __iter__(self) -> Iterator[K]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def find(self, key: K) -> type | None:
        """The class for ``key`` (built now if it is not yet), or ``None``: ``get`` without the
        KeyError a miss costs ``Mapping.get``, for the lookups of every decoded header."""
        entry = self._entries.get(key)
        if isinstance(entry, LaterCommand):
            entry = self._entries[key] = entry.build()
        return entry

    def entry(self, key: K) -> type | LaterCommand | None:
        """The class, or what is known of it while it is not built."""
        return self._entries.get(key)

    def entries(self) -> dict[K, type | LaterCommand]:
        return self._entries

    def __repr__(self) -> str:
        return f"Table({self._entries!r})"


class Dictionary:
    """AVP definitions by (code, vendor) and by name; command classes by
    (Application-Id, command code, R flag), each built on first lookup."""

    def __init__(self) -> None:
        self.avps: dict[tuple[int, int], AvpDef[Any]] = {}
        self.avps_by_name: dict[str, AvpDef[Any]] = {}
        self.commands: Table[tuple[int, int, bool]] = Table()
        # commands sent with the Application-Id of their application (ASR, STR, RAR, ...)
        self.any_application: Table[tuple[int, bool]] = Table()
        self.commands_by_name: Table[str] = Table()
        #: every command class ever added, by "module.QualifiedName" (superseded ones too)
        self.commands_by_path: Table[str] = Table()
        self._error_answer: type | LaterCommand | None = None
        #: how many times the commands changed (for caches of lookups in this dictionary)
        self.generation = 0
        #: converters that cache lookups in this dictionary
        self.listeners: weakref.WeakSet[Converter] = weakref.WeakSet()
        #: dictionary modules to import on the first lookup this dictionary cannot answer
        #: (:data:`DEFAULT` has every bundled one: ``diameter.apps.BUNDLED``)
        self.autoload: tuple[str, ...] = ()
        #: module name → rank: where two modules define the same command, the higher rank's is
        #: used whatever the order they were imported in (:data:`DEFAULT` ranks the bundled
        #: modules in ``diameter.apps.BUNDLED`` order: TS 32.299's CCR and ACR over RFC 8506's
        #: and RFC 6733's); modules it does not rank come after all, in the order they are added
        self.precedence: dict[str, int] = {}

    @property
    def error_answer(self) -> type | None:
        """The class of the generic answer-message (RFC 6733 §7.2)."""
        if isinstance(self._error_answer, LaterCommand):
            self._error_answer = self._error_answer.build()
        return self._error_answer

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
            later: dict[str, LaterCommand] = getattr(module, "_LATER_COMMANDS", {})
            for value in values:
                if (
                    isinstance(value, type)
                    and is_command(value)
                    and value.__module__ == module.__name__
                    and value.__qualname__ not in later
                ):
                    d.add_command(value)
            for entry in later.values():
                d.add_command(entry)
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

    def _rank(self, entry: type | LaterCommand) -> int:
        return self.precedence.get(_module_of(entry), len(self.precedence))

    def _put(self, table: dict[K, type | LaterCommand], key: K, entry: type | LaterCommand, rank: int) -> None:
        old = table.get(key)
        if old is None or rank >= self._rank(old):
            table[key] = entry

    def add_command(self, cls: type | LaterCommand) -> None:
        """Add a command class, or one to be built on first lookup (:class:`LaterCommand`).

        Where two modules define the same command (same Application-Id, code and R flag), the
        one later in :attr:`precedence` is used, and among modules it does not list (a user's
        own) the one added last, which also wins over the listed ones. A command's name (``CCR``,
        ``Credit-Control-Request``) means the command of the application that comes first
        in that order."""
        info = _header(cls)
        path = f"{_module_of(cls)}.{cls.qualname if isinstance(cls, LaterCommand) else cls.__qualname__}"
        self.commands_by_path._entries[path] = cls
        self.generation += 1
        for conv in list(self.listeners):
            conv.dictionary_changed()
        rank = self._rank(cls)
        if info.code is None:
            if info.error:
                if self._error_answer is None or rank >= self._rank(self._error_answer):
                    self._error_answer = cls
                self.commands_by_name._entries.setdefault(info.name, cls)
            return
        if info.application_id is None:
            self._put(self.any_application._entries, (info.code, info.request), cls, rank)
        else:
            self._put(self.commands._entries, (info.application_id, info.code, info.request), cls, rank)
        # a later definition of the same command in the same application (e.g. 3GPP's ACR after
        # the base one) wins; in another application (Gx's CCR after Gy's) it takes no name from
        # the first: a name means the command of the application that comes first
        names = self.commands_by_name._entries
        for name in (info.name, info.alias) if info.alias else (info.name,):
            old = names.get(name)
            if old is None:
                names[name] = cls
            elif _header(old).application_id == info.application_id:
                if rank >= self._rank(old):
                    names[name] = cls
            elif rank < self._rank(old):
                names[name] = cls

    def avp(self, code: int, vendor: int = 0) -> AvpDef[Any] | None:
        d = self.avps.get((code, vendor))
        if d is None and self.load_autoload():
            d = self.avps.get((code, vendor))
        return d

    def command(self, application_id: int, code: int, request: bool) -> type | None:
        """The class for a header's (Application-Id, command code, R flag), or ``None``."""
        cls = self.commands.find((application_id, code, request))
        if cls is None:
            cls = self.any_application.find((code, request))
            if cls is None and self.load_autoload():
                return self.command(application_id, code, request)
        return cls

    def load_autoload(self) -> bool:
        """Import the :attr:`autoload` modules, if any are left (they register into this
        dictionary as they are imported); whether there were any."""
        if not self.autoload:
            return False
        from .apps import module_name

        names, self.autoload = self.autoload, ()
        for name in names:
            importlib.import_module(module_name(name))
        return True

    def answer_class(self, request_class: type) -> type | None:
        """The answer class defined with command class ``request_class`` (same module, command
        code and Application-Id), among this dictionary's commands."""
        from .schema import command_info

        info = command_info(request_class)
        for path, entry in self.commands_by_path.entries().items():
            other = _header(entry)
            if (
                _module_of(entry) == request_class.__module__
                and not other.request
                and other.code == info.code
                and other.application_id == info.application_id
            ):
                return self.commands_by_path[path]
        return None


#: The dictionary every generated module and every user-declared class registers into.
DEFAULT = Dictionary()
