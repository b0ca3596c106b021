"""The source builder of the generated code: one for the decoders and encoders
(:mod:`diameter._codegen`) and the learned layouts (:mod:`diameter._layout`).

:class:`Source` collects the lines of one generated function and the globals it uses, and
compiles it with a :mod:`linecache` entry of its own (:func:`source_name`), so that tracebacks
and ``inspect.getsource`` show the generated code while the function lives. :func:`emit_object`
emits the statements that build a decoded object in a :func:`twin` of its class (see
:mod:`diameter._codegen`, "Theory of operation"); ``_ipv4`` and ``_ipv6`` make address objects
from ints for the generated code.
"""

from __future__ import annotations

import itertools
import linecache
import struct
import weakref
from collections.abc import Callable
from ipaddress import IPv4Address, IPv6Address
from typing import Any

from .schema import CommandInfo, ErrorAnswer

__all__ = ["Source", "source_name", "twin", "emit_object", "VALUE_ERRORS"]

#: what a value's decoding may raise (turned into InvalidAvpValue by the generated code)
VALUE_ERRORS = (ValueError, UnicodeDecodeError, struct.error, OverflowError, IndexError, TypeError)


class Source:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.ns: dict[str, Any] = {}
        self._n = 0
        self._bound: dict[tuple[int, str], str] = {}  # (id of a value, hint) -> its name

    def emit(self, indent: int, text: str) -> None:
        self.lines.append("    " * indent + text)

    def bind(self, value: Any, hint: str = "k") -> str:
        """A global name in the generated module for ``value`` (one name per value and hint;
        the namespace keeps the value alive, so its id stays its own)."""
        name = self._bound.get((id(value), hint))
        if name is not None and self.ns.get(name) is value:
            return name
        self._n += 1
        name = f"_{hint}{self._n}"
        self.ns[name] = value
        self._bound[(id(value), hint)] = name
        return name

    def compile(self, name: str, filename: str) -> Any:
        # The names the function uses are globals of its own namespace: on CPython 3.11 a
        # specialised global load costs about what a local does, while binding them as
        # keyword-only defaults (the cattrs technique) was measured 8 % slower per call.
        text = "\n".join(self.lines) + "\n"
        linecache.cache[filename] = (len(text), None, text.splitlines(True), filename)
        exec(compile(text, filename, "exec"), self.ns)
        fn = self.ns[name]
        # its source stays readable (inspect, tracebacks) while the function lives, and no longer
        weakref.finalize(fn, linecache.cache.pop, filename, None)
        return fn


_SOURCES = itertools.count(1)


def source_name(fname: str, cls: type) -> str:
    """The file name of a generated function's source in ``linecache``: unique (the class's
    module and qualified name, and a counter), so that two classes of one name in two
    dictionaries, or two converters, never show each other's code."""
    return f"<diameter generated {fname} of {cls.__module__}.{cls.__qualname__} #{next(_SOURCES)}>"


def _twin(cls: type) -> type:
    """A class with the same slots as ``cls`` whose instances can be filled freely."""
    base = cls.__base__
    assert base is not None
    slots = cls.__dict__.get("__slots__", ())
    return type(
        f"_{cls.__name__}Twin",
        (base,),
        # Both halves of the tp_setattro slot: with only ``__setattr__`` replaced, a frozen
        # base's Python ``__delattr__`` makes every attribute store go through the generic
        # slot wrapper (about 60 ns a store instead of 5).
        {
            "__slots__": tuple(slots),
            "__setattr__": object.__setattr__,
            "__delattr__": object.__delattr__,
            "__init__": object.__init__,
        },
    )


_TWINS: dict[type, type] = {}


def twin(cls: type) -> type:
    """The twin class of ``cls`` (one per class, shared by its decoders)."""
    t = _TWINS.get(cls)
    if t is None:
        t = _TWINS[cls] = _twin(cls)
    return t


def _ipv4_from_int(value: int, _new: Any = object.__new__, _cls: type = IPv4Address) -> IPv4Address:
    a: IPv4Address = _new(_cls)
    a._ip = value  # type: ignore[attr-defined]
    return a


def _ipv6_from_int(value: int, _new: Any = object.__new__, _cls: type = IPv6Address) -> IPv6Address:
    a: IPv6Address = _new(_cls)
    a._ip = value  # type: ignore[attr-defined]
    a._scope_id = None  # type: ignore[attr-defined]
    return a


def _checked_fast_address() -> tuple[Callable[[int], IPv4Address], Callable[[int], IPv6Address]]:
    """Address objects from an int, filling the ipaddress classes' slots directly (a third of
    the constructor's cost). Used only where the result is indistinguishable from the
    constructor's on this Python; otherwise the constructors."""
    try:
        for v in (0, 0x7F000001, 0xFFFFFFFF):
            a, b = _ipv4_from_int(v), IPv4Address(v)
            if not (a == b and hash(a) == hash(b) and str(a) == str(b) and a.packed == b.packed):
                raise ValueError
        for v in (0, 1, 0x20010DB8 << 96, (1 << 128) - 1):
            c, d = _ipv6_from_int(v), IPv6Address(v)
            if not (c == d and hash(c) == hash(d) and str(c) == str(d) and c.scope_id == d.scope_id):
                raise ValueError
    except Exception:  # pragma: no cover - a Python whose ipaddress classes differ
        return IPv4Address, IPv6Address
    return _ipv4_from_int, _ipv6_from_int


_ipv4, _ipv6 = _checked_fast_address()


def emit_object(
    src: Source, ind: int, o: str, cls: type, values: list[str], *, extra: str, wire_flags: str, wire_bytes: str
) -> None:
    """Emit the statements that make ``o``, an object of ``cls``, from one expression per field
    (``values``, in field order, the ``* [ AVP ]`` field aside): a twin filled slot by slot, then
    given its class. A message also takes the header's values (``flags``, ``code``, ``app``,
    ``hbh``, ``e2e`` in the generated function). ``wire_bytes`` is the expression of the bytes
    it is decoded from."""
    info = cls.__diameter__  # type: ignore[attr-defined]
    src.emit(ind, f"{o} = {src.bind(twin(cls), 'T')}()")
    fields = [s for s in info.fields if s.kind != "extra"]
    for s, value in zip(fields, values, strict=True):
        src.emit(ind, f"{o}.{s.name} = {value}")
    if info.extra is not None:
        src.emit(ind, f"{o}.{info.extra} = {extra}")
    src.emit(ind, f"{o}.wire_flags = {wire_flags}")
    src.emit(ind, f"{o}.wire_bytes = {wire_bytes}")
    if isinstance(info, CommandInfo):
        src.emit(ind, f"{o}.hop_by_hop = hbh")
        src.emit(ind, f"{o}.end_to_end = e2e")
        src.emit(ind, f"{o}.retransmit = flags & 0x10 != 0")
        if info.application_id_field is not None and all(f.name != info.application_id_field for f in fields):
            src.emit(ind, f"{o}.{info.application_id_field} = app")
        if issubclass(cls, ErrorAnswer):
            src.emit(ind, f"{o}.command_code = code")
            src.emit(ind, f"{o}.application_id = app")
            src.emit(ind, f"{o}.proxiable = flags & 0x40 != 0")
    src.emit(ind, f"{o}.__class__ = {src.bind(cls, 'C')}")
