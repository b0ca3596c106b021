"""Learned layouts: a second decoder for messages shaped like ones already seen.

The messages two nodes exchange repeat themselves: the Credit-Control-Requests a gateway sends
differ in their values far more often than in their *layout*, meaning which AVPs they hold, in
which order, with which flags and lengths. After a command class's general decoder (see
:mod:`diameter._codegen`) has decoded :data:`LEARN_AFTER` messages of one total length, the
message at hand is walked once more and, if every AVP in it, at every level, is one of its
class's fields (with the V bit and, for a fixed-size format, the length of its definition; M and
P bits as the peer sets them), a function is generated for exactly that layout:

1. one check of every AVP header at once: the message as one big integer, masked to its header
   bytes, compared with the learned headers;
2. one :mod:`struct` unpacking of every value (numbers as numbers, the others as bytes);
3. the objects filled straight from that tuple, innermost first, with the same conversions as
   the general decoder.

A message of that length whose headers differ, or a value that does not convert (bad UTF-8, an
unknown address family, ...), falls back to the general decoder, which gives the same object or
the precise error: a learned layout changes the speed of decoding, never its result. Nothing of
the values is kept; only the layout is.

Bounds: a few layouts per message length and :data:`MAX_LAYOUTS` per class, learned from at
most :data:`MAX_ATTEMPTS` walks per length; the counts of lengths seen are forgotten past
:data:`MAX_LENGTHS`; a layout holds at most :data:`MAX_LAYOUT_AVPS` AVPs (a larger message is
not learned), which bounds the time one message can spend learning. ``Converter(layouts=False)`` turns learning off.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import Any

from . import _source
from .schema import CommandInfo, ErrorAnswer, FieldSpec
from .types import ADDRESS, DIAMETER_IDENTITY, GROUPED, OCTET_STRING, UTF8STRING

__all__ = ["LEARN_AFTER", "MAX_LAYOUTS", "MAX_LAYOUT_AVPS", "Layouts", "learnable"]

#: decodes of one length by the general decoder before its layout is learned
LEARN_AFTER = 8
#: learned layouts per command class (all lengths together)
MAX_LAYOUTS = 64
#: layouts per message length
MAX_PER_LENGTH = 4
#: walks of one message length (a message that cannot be learned still costs one walk)
MAX_ATTEMPTS = 6
#: message lengths counted per class before the counts are forgotten
MAX_LENGTHS = 4096
#: fields a grouped AVP class needs to have layouts of its own (smaller ones decode fast anyway)
MIN_GROUPED_FIELDS = 8
#: AVPs (at every level) a learned layout holds at most: learning one costs time in proportion
#: to them (generating and compiling its function), and a message with more is not learned (its
#: values cost more than its headers anyway); this bounds what one message can cost to learn
MAX_LAYOUT_AVPS = 128

_III = struct.Struct("!III").unpack_from

Layout = Callable[..., Any]


class _Item:
    """One AVP of a learned layout."""

    __slots__ = ("spec", "index", "pos", "length", "header", "flags", "children")

    def __init__(
        self, spec: FieldSpec, index: int, pos: int, length: int, header: int, flags: int, children: list[_Item] | None
    ) -> None:
        self.spec = spec
        self.flags = flags
        self.index = index
        self.pos = pos
        self.length = length
        self.header = header
        self.children = children


def _fields(cls: type) -> list[FieldSpec]:
    return [s for s in cls.__diameter__.fields if s.kind != "extra"]  # type: ignore[attr-defined]


def _walk(
    cls: type, b: bytes, pos: int, end: int, level: int, deepest: list[int], left: list[int]
) -> list[_Item] | None:
    """The AVPs of ``b[pos:end]`` as fields of ``cls``, or None if any is not one (an unknown
    AVP, a V bit or a length its definition does not allow) or if there are more than
    ``left[0]`` of them at every level (counted down). M and P bits other than the
    dictionary's are learned as they are (kept in ``wire_flags``, as the general decoder does)."""
    fields = _fields(cls)
    where = {(s.definition.code, s.definition.vendor): i for i, s in enumerate(fields)}
    items: list[_Item] = []
    while pos < end:
        if pos + 8 > end:
            return None
        code, fl, w = _III(b, pos)
        flags, length = fl >> 24, fl & 0xFFFFFF
        vendor = w if flags & 0x80 else 0
        i = where.get((code, vendor))
        left[0] -= 1
        if i is None or left[0] < 0:
            return None
        d = fields[i].definition
        header = 12 if vendor else 8
        if (flags ^ d.flags) & 0x80 or length < header or pos + length > end:
            return None
        if d.format.size is not None and length != header + d.format.size:
            return None
        children = None
        if d.format is GROUPED:
            assert d.cls is not None
            deepest[0] = max(deepest[0], level)
            children = _walk(d.cls, b, pos + header, pos + length, level + 1, deepest, left)
            if children is None:
                return None
        items.append(_Item(fields[i], i, pos, length, header, flags, children))
        pos += (length + 3) & -4
    return items if pos == end else None


class _Builder:
    """Generates one layout function. Positions are those of the learned bytes; ``origin`` is
    where the function's base is in them: 0 for a message (its ``b`` starts with the header),
    the start of the data for a grouped AVP (its ``pos``)."""

    def __init__(self, src: _source.Source, origin: int, start: int, *, message: bool) -> None:
        self.src = src
        self.origin = origin
        self.message = message
        self.fmt: list[str] = []
        self.k = 0  # next index in the unpacked tuple
        self.cur = start  # byte offset the struct format has reached
        self.n = 0  # object counter
        self.mask: list[tuple[int, int]] = []  # header byte ranges, from the origin

    def _at(self, pos: int) -> str:
        """The generated expression of a learned position."""
        return str(pos) if self.message else f"pos + {pos - self.origin}"

    def _take(self, code: str, count: int = 1) -> list[str]:
        self.fmt.append(code)
        refs = [f"t[{self.k + j}]" for j in range(count)]
        self.k += count
        return refs

    def _skip_to(self, pos: int) -> None:
        if pos > self.cur:
            self.fmt.append(f"{pos - self.cur}x")
            self.cur = pos

    def value(self, item: _Item) -> str:
        """The expression of one AVP's value (emitting the objects of a grouped one)."""
        d = item.spec.definition
        fmt = d.format
        self._skip_to(item.pos)
        self.mask.append((item.pos - self.origin, item.header))
        self.fmt.append(f"{item.header}x")
        self.cur = item.pos + item.header
        size = item.length - item.header
        start = self.cur
        if fmt is GROUPED:
            assert d.cls is not None and item.children is not None
            expr = self.build(d.cls, item.children, f"b[{self._at(start)}:{self._at(item.pos + item.length)}]")
        elif fmt.struct_code is not None:
            (ref,) = self._take(fmt.struct_code)
            expr = ref if d.enum_map is None else f"{self.src.bind(d.enum_map, 'e')}.get({ref}, {ref})"
        elif fmt is UTF8STRING or fmt is DIAMETER_IDENTITY:
            expr = f"{self._take(f'{size}s')[0]}.decode()"
        elif fmt is OCTET_STRING:
            expr = self._take(f"{size}s")[0]
        elif fmt is ADDRESS and size in (6, 18):
            f = self.src.bind(fmt.decode, "f")
            if size == 6:
                fam, addr = self._take("HI", 2)
                expr = f"(_v4({addr}) if {fam} == 1 else {f}(b[{self._at(start)}:{self._at(start + size)}]))"
            else:
                fam, addr = self._take("H16s", 2)
                expr = f"(_v6(_from_bytes({addr}, 'big')) if {fam} == 2 else {f}(b[{self._at(start)}:{self._at(start + size)}]))"
        else:
            expr = f"{self.src.bind(fmt.decode, 'f')}({self._take(f'{size}s')[0]})"
        if fmt is GROUPED:
            self._skip_to(item.pos + item.length)  # its last AVP's padding is inside it
        else:
            self.cur = item.pos + item.length
        return expr

    def build(self, cls: type, items: list[_Item], wire_bytes: str) -> str:
        """Emit the statements that build one object of ``cls`` from ``items`` (decoded from the
        bytes of the expression ``wire_bytes``); its name."""
        values: dict[int, list[str]] = {}
        wire_flags: list[str] = []  # received flag bytes other than the dictionary's
        for item in items:
            got = values.setdefault(item.index, [])
            if item.flags != item.spec.definition.flags:
                wire_flags.append(
                    f"({item.spec.name!r}, {len(got) if item.spec.kind == 'many' else 0}): {item.flags:#x}"
                )
            got.append(self.value(item))
        exprs: list[str] = []
        for i, s in enumerate(_fields(cls)):
            found = values.get(i)
            if s.kind == "many":
                exprs.append("()" if found is None else f"({', '.join(found)},)")
            else:
                exprs.append("None" if found is None else found[0])
        self.n += 1
        o = f"o{self.n}"
        _source.emit_object(
            self.src,
            2,
            o,
            cls,
            exprs,
            extra="()",
            wire_flags=f"{{{', '.join(wire_flags)}}}" if wire_flags else "None",
            wire_bytes=wire_bytes,
        )
        return o


def learnable(cls: type) -> bool:
    """Whether ``cls`` learns layouts: a command class (not the generic answer-message), or a
    grouped class of at least :data:`MIN_GROUPED_FIELDS` fields."""
    if isinstance(cls.__diameter__, CommandInfo):  # type: ignore[attr-defined]
        return not issubclass(cls, ErrorAnswer)
    return len(_fields(cls)) >= MIN_GROUPED_FIELDS


class Layouts:
    """The learned layouts of one command class, or of one grouped AVP class with at least
    :data:`MIN_GROUPED_FIELDS` fields (held by its general decoder). A message's layouts are
    keyed by its length, a grouped AVP's by the length of its data; a grouped AVP's layouts serve
    where its message's layout is not known (yet, or ever: a message whose other AVPs vary)."""

    def __init__(self, cls: type) -> None:
        self.cls = cls
        #: length -> the layouts of that length
        self.by_length: dict[int, tuple[Layout, ...]] = {}
        #: length -> decodes by the general decoder (reset after each walk)
        self.seen: dict[int, int] = {}
        self.attempts: dict[int, int] = {}
        self.count = 0
        self.message = isinstance(cls.__diameter__, CommandInfo)  # type: ignore[attr-defined]

    def learn(self, b: bytes, pos: int, end: int) -> Layout | None:
        """Walk ``b[pos:end]`` (the AVPs of a message or of a grouped AVP, just decoded by the
        general decoder) and, if it can be, install a function for its layout."""
        key = end if self.message else end - pos
        # a count past LEARN_AFTER stays there: no more walks of this length
        if self.count >= MAX_LAYOUTS or len(self.by_length.get(key, ())) >= MAX_PER_LENGTH:
            self.seen[key] = LEARN_AFTER + 1
            return None
        attempts = self.attempts.get(key, 0) + 1
        self.attempts[key] = attempts
        self.seen[key] = 0 if attempts < MAX_ATTEMPTS else LEARN_AFTER + 1
        # levels of nesting: a message's AVPs are at level 1, a grouped AVP is itself level 1
        deepest = [0 if self.message else 1]
        items = _walk(self.cls, b, pos, end, 1 if self.message else 2, deepest, [MAX_LAYOUT_AVPS])
        if items is None:
            return None
        fn = self._generate(b, pos, end, key, items, deepest[0])
        self.by_length[key] = (*self.by_length.get(key, ()), fn)
        self.count += 1
        return fn

    def _generate(self, b: bytes, pos: int, end: int, key: int, items: list[_Item], depth: int) -> Layout:
        src = _source.Source()
        src.ns.update(
            _from_bytes=int.from_bytes, _v4=_source._ipv4, _v6=_source._ipv6, _VALUE_ERRORS=_source.VALUE_ERRORS
        )
        name = f"layout_{self.cls.__name__}_{key}_{len(self.by_length.get(key, ()))}"
        if self.message:
            src.emit(0, f"def {name}(b, end, depth, flags, app, hbh, e2e):")
            builder = _Builder(src, 0, pos, message=True)
            learned = b  # the check covers the whole (padded) buffer
        else:
            src.emit(0, f"def {name}(b, pos, end, depth):")
            builder = _Builder(src, pos, pos, message=False)
            learned = b[pos:end]  # the check covers the grouped AVP's data
        body = len(src.lines)
        src.emit(1, "try:")
        top = builder.build(self.cls, items, "b[:end]" if self.message else "b[pos:end]")
        src.emit(1, "except _VALUE_ERRORS:")
        src.emit(2, "return None")
        src.emit(1, f"return {top}")
        mask = bytearray(len(learned))
        for at, size in builder.mask:
            mask[at : at + size] = b"\xff" * size
        m = int.from_bytes(mask, "big")
        src.ns.update(
            _M=m, _E=int.from_bytes(learned, "big") & m, _S=struct.Struct("!" + "".join(builder.fmt)).unpack_from
        )
        # the depth and header checks, then the values
        if self.message:
            check = f"len(b) != {len(b)} or _from_bytes(b, 'big') & _M != _E"
        else:
            check = "_from_bytes(b[pos:end], 'big') & _M != _E"
        src.lines[body:body] = [
            f"    if depth < {depth} or {check}:",
            "        return None",
            f"    t = _S(b, {pos if self.message else 'pos'})",
        ]
        fn: Layout = src.compile(name, _source.source_name(name, self.cls))
        return fn
