"""Learned shapes: a second encoder for messages shaped like ones already encoded.

A node encodes the same few kinds of message again and again: its answers, or the requests of a
client, differ in their values far more than in their *shape*, meaning which fields are set, how
many values each repeated field holds, and the shape of each grouped value in turn. After a
command class's general encoder (see :mod:`diameter._codegen`) has encoded :data:`LEARN_AFTER`
messages, the message at hand is walked and, if it can be (nothing received kept with it, every
grouped value of its field's class, no unknown AVPs), a function is generated for exactly that
shape:

1. a check of the shape: every field of the shape read once, the absent ones compared with
   None, the repeated ones by their count, the grouped values by their class; the values bound
   to locals on the way;
2. each value of variable length turned into bytes as the general encoder does (strings
   encoded, addresses and times by their format), and every AVP length summed from them;
3. one :mod:`struct` packing of the whole message, headers and values, with a format kept
   per tuple of the padded lengths of those values (so the AVP header words, constants but for
   their length, are literals in the source).

A message that does not fit the shape, or a value the packing refuses (a number out of range, a
string where a number goes, ...) falls back to the general encoder, which gives the same bytes
or the precise error: a learned shape changes the speed of encoding, never its result. Each
learned function is checked, when it is learned, to give the general encoder's bytes for the
message it was learned from.

Bounds: :data:`MAX_SHAPES` per class, learned from at most :data:`MAX_ATTEMPTS` walks; a shape
holds at most :data:`MAX_SHAPE_AVPS` AVPs; at most :data:`MAX_FORMATS` formats are kept per
shape (a message whose lengths need another one goes to the general encoder).
``Converter(layouts=False)`` turns learning off.
"""

from __future__ import annotations

import struct
from datetime import UTC, datetime
from ipaddress import IPv4Address
from typing import TYPE_CHECKING, Any

from ._source import Source, source_name
from .errors import EncodeError
from .schema import CommandInfo
from .types import ADDRESS, DIAMETER_IDENTITY, GROUPED, OCTET_STRING, TIME, UTF8STRING

if TYPE_CHECKING:
    from collections.abc import Callable

    from .converter import Converter

__all__ = ["LEARN_AFTER", "MAX_SHAPES", "MAX_SHAPE_AVPS", "Shapes", "generate", "learnable"]

#: encodes by the general encoder between two walks of a message to learn its shape
LEARN_AFTER = 8
#: learned shapes per command class
MAX_SHAPES = 4
#: walks of messages per class (a message that cannot be learned still costs one)
MAX_ATTEMPTS = 16
#: AVPs (at every level) a shape holds at most
MAX_SHAPE_AVPS = 128
#: values and constant segments packed by one call
CHUNK = 30
#: struct formats kept per shape (one per tuple of padded value lengths)
MAX_FORMATS = 64

#: what the packing may raise on a value the general encoder would refuse or explain
_ERRORS = (struct.error, AttributeError, TypeError, ValueError, UnicodeEncodeError, OverflowError)

# Time (RFC 6733 §4.3.1) as the general encoder takes it (diameter.types.encode_time): whole
# seconds since 1900-01-01 UTC, from 1968-01-20 to 2104-02-26 (NTP eras 0 and 1)
_NTP_EPOCH = datetime(1900, 1, 1, tzinfo=UTC)
_MIN_NTP = 1 << 31
_MAX_NTP = (1 << 32) + (1 << 31) - 1


def _fast_ipv4() -> bool:
    """Whether an IPv4Address keeps its value as an int in ``_ip`` (CPython's ipaddress does);
    if not, IPv4 addresses are encoded as the general encoder does."""
    try:
        return IPv4Address("192.0.2.1")._ip == 0xC0000201  # type: ignore[attr-defined,no-any-return]
    except AttributeError:  # pragma: no cover - another ipaddress
        return False


_FAST_IPV4 = _fast_ipv4()


def learnable(cls: type) -> bool:
    """Whether messages of ``cls`` can have learned shapes: a command class with its own code
    (the generic answer-message takes its code from the instance)."""
    info = getattr(cls, "__diameter__", None)
    return isinstance(info, CommandInfo) and info.code is not None


class Shapes:
    """The learned shapes of one command class, in the order learned (``fns``): the last one
    learned is the converter's encoder of the class, and each passes what it does not take to
    the one learned before it, the first to the general encoder. :meth:`seen` is told of every
    message the general encoder encodes."""

    __slots__ = ("cls", "conv", "fns", "count", "attempts")

    def __init__(self, cls: type, conv: Converter) -> None:
        self.cls = cls
        self.conv = conv
        self.fns: list[Callable[..., Any]] = []
        self.count = 0
        self.attempts = 0

    def seen(self, o: Any, hbh: int, e2e: int, data: bytes) -> None:
        """The general encoder encoded ``o`` to ``data``: every :data:`LEARN_AFTER` such
        messages, learn the shape of the one at hand."""
        self.count += 1
        if self.count % LEARN_AFTER or self.attempts >= MAX_ATTEMPTS or len(self.fns) >= MAX_SHAPES:
            return
        self.attempts += 1
        fn = generate(self.cls, o)
        # kept only if it gives the general encoder's bytes (it always should: tests pin it)
        if fn is None or fn(o, hbh, e2e) != data:
            return
        # then it comes first: what it does not take goes on to the previous first
        encoders = self.conv._encoders
        fn.__globals__["_next"] = encoders[self.cls]
        encoders[self.cls] = fn
        self.fns.append(fn)


#: one part of a shape's bytes, in order (see :func:`layout_format`):
#: ``("c", bytes)`` constant bytes; ``("m", length)`` the first word of the message, Version and
#: Message Length; ``("h", code, flags, vendor, length)`` an AVP header; a length is
#: ``(const, own, padded)``: ``const``, plus the exact length of value ``own`` (an index in the
#: tuple of value lengths, or None), plus the padded lengths of the values ``padded``;
#: ``("v", code)`` a value packed with struct code ``code``; ``("s", index)`` a value of bytes
#: whose exact length is the tuple's ``index``-th, zero-padded to 4 bytes
Part = tuple[Any, ...]


def _padded(n: int) -> int:
    return (n + 3) & -4


def _length(spec: tuple[int, int | None, tuple[int, ...]], lengths: tuple[int, ...]) -> int:
    const, own, padded = spec
    n = const + (lengths[own] if own is not None else 0) + sum(_padded(lengths[i]) for i in padded)
    if n > 0xFFFFFF:
        raise ValueError(f"{n} bytes exceed the 24-bit length")
    return n


def layout_format(parts: list[Part], lengths: tuple[int, ...]) -> tuple[list[str], list[bytes]]:
    """The struct codes and the constant segments of a shape's bytes for the given exact
    lengths of its values of variable length. The bytes are a segment, a value, a segment, and
    so on, ending with a segment; ``codes`` has one code for each of those, in that order, and
    ``segments`` the constant bytes of each segment (``b""`` where two values meet)."""
    codes: list[str] = []
    segments: list[bytes] = []
    seg = bytearray()
    for part in parts:
        kind = part[0]
        if kind == "c":
            seg += part[1]
        elif kind == "m":
            seg += struct.pack("!I", 0x01000000 | _length(part[1], lengths))
        elif kind == "h":
            _, code, flags, vendor, spec = part
            seg += struct.pack("!II", code, (flags << 24) | _length(spec, lengths))
            if vendor:
                seg += struct.pack("!I", vendor)
        else:
            codes.append(f"{len(seg)}s")
            segments.append(bytes(seg))
            seg = bytearray()
            codes.append(part[1] if kind == "v" else f"{_padded(lengths[part[1]])}s")
    codes.append(f"{len(seg)}s")
    segments.append(bytes(seg))
    return codes, segments


class _Gen:
    """The parts of one shape's function while the message is walked."""

    def __init__(self) -> None:
        self.src = Source()
        self.n = 0
        self.avps = 0
        self.parts: list[Part] = []
        self.args: list[str] = []  # the expressions of the values, in order
        self.lengths: list[str] = []  # the exact lengths of the values of bytes, in order

    def var(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}{self.n}"

    def emit(self, text: str) -> None:
        self.src.emit(2, text)

    def value(self, code: str, expr: str) -> None:
        self.parts.append(("v", code))
        self.args.append(expr)

    def node(self, o: Any, expr: str) -> tuple[int, list[int]] | None:
        """Emit the check and the parts of object ``o`` (bound to local ``expr``); the padded
        length of its AVPs as a constant and the indices of the value lengths to add, or None
        if it cannot be learned."""
        info = type(o).__diameter__
        if getattr(o, "wire_flags", None) is not None or getattr(o, "wire_bytes", None) is not None:
            return None
        const, idxs = 0, []
        for s in info.fields:
            value = getattr(o, s.name)
            if s.kind == "extra":
                if value:  # unknown AVPs: left to the general encoder
                    return None
                self.emit(f"if {expr}.{s.name}: {_MISS}")
                continue
            if s.kind == "many":
                items = tuple(value)
                if not items:  # (a list, or anything but the empty tuple, goes to the general encoder)
                    self.emit(f"if {expr}.{s.name} is not _EMPTY: {_MISS}")
                    continue
                names = [self.var("v") for _ in items]
                # (ValueError if it holds another number of values)
                self.emit(f"{', '.join(names)}, = {expr}.{s.name}")
            elif value is None:
                self.emit(f"if {expr}.{s.name} is not None: {_MISS}")
                continue
            else:
                items = (value,)
                names = [f"{expr}.{s.name}"]  # (read where it is used, or bound by avp())
            for item, name in zip(items, names, strict=True):
                got = self.avp(s.definition, item, name)
                if got is None:
                    return None
                const += got[0]
                idxs += got[1]
        return const, idxs

    def avp(self, d: Any, value: Any, v: str) -> tuple[int, list[int]] | None:
        """Emit one AVP of definition ``d`` holding ``value`` (in local ``v``); its padded
        length as in :meth:`node`."""
        self.avps += 1
        if self.avps > MAX_SHAPE_AVPS:
            return None
        fmt = d.format
        h = 12 if d.vendor else 8
        fast_ipv4 = fmt is ADDRESS and type(value) is IPv4Address and _FAST_IPV4
        if "." in v and (fmt is GROUPED or fast_ipv4):
            local = self.var("v")  # (used more than once)
            self.emit(f"{local} = {v}")
            v = local
        if fmt.struct_code is not None:
            assert fmt.size is not None
            self.parts.append(("h", d.code, d.flags, d.vendor, (h + fmt.size, None, ())))
            self.value(fmt.struct_code, v)
            return h + fmt.size, []
        if fmt is GROUPED:
            if d.cls is None or type(value) is not d.cls:
                return None
            # (a value of another class with the same fields is encoded as the general encoder
            # does: by the field's class; one without them raises AttributeError)
            self.emit(f"if {v}.wire_bytes is not None or {v}.wire_flags is not None: {_MISS}")
            at = len(self.parts)
            self.parts.append(())  # (its header, once its length is known)
            got = self.node(value, v)
            if got is None:
                return None
            const, idxs = got
            self.parts[at] = ("h", d.code, d.flags, d.vendor, (h + const, None, tuple(idxs)))
            return h + const, idxs
        if fmt is TIME:
            t = self.var("t")
            self.emit(f"{t} = {v} - _NTP_EPOCH")  # (TypeError for a naive datetime)
            self.emit(f"{t} = {t}.days * 86400 + {t}.seconds")  # (whole seconds, rounded down)
            self.emit(f"if not {_MIN_NTP} <= {t} <= {_MAX_NTP}: {_MISS}")
            self.parts.append(("h", d.code, d.flags, d.vendor, (h + 4, None, ())))
            self.value("I", f"{t} & 0xFFFFFFFF")
            return h + 4, []
        if fast_ipv4:
            self.emit(f"if type({v}) is not _IPv4Address: {_MISS}")
            self.parts.append(("h", d.code, d.flags, d.vendor, (h + 6, None, ())))
            self.parts.append(("c", b"\x00\x01"))
            self.value("I", f"{v}._ip")
            self.parts.append(("c", b"\x00\x00"))
            return h + 8, []
        x = self.var("x")
        if fmt is DIAMETER_IDENTITY and type(value) is str and value.isascii():
            # A node's own identity, its peers' and realms are the same string objects message
            # after message (from its configuration): the bytes of the one learned are kept
            s, b = self.src.bind(value, "S"), self.src.bind(value.encode(), "B")
            self.emit(f"{x} = {b} if {v} is {s} else {v}.encode()")
        elif fmt is UTF8STRING or fmt is DIAMETER_IDENTITY:
            self.emit(f"{x} = {v}.encode()")
        elif fmt is OCTET_STRING:
            self.emit(f"{x} = {v}")
            self.emit(f"if type({x}) is not bytes: {x} = {self.src.bind(fmt.encode, 'f')}({x})")
        else:
            self.emit(f"{x} = {self.src.bind(fmt.encode, 'f')}({v})")
        i = len(self.lengths)
        self.lengths.append(f"len({x})")
        self.parts.append(("h", d.code, d.flags, d.vendor, (h, i, ())))
        self.parts.append(("s", i))
        self.args.append(x)
        return h, [i]


#: how the generated code leaves a message it does not take to the next shape or encoder
_MISS = "return _next(o, hbh, e2e)"


def _not_learned(o: Any, hbh: int, e2e: int) -> None:
    """The next encoder of a shape not yet kept (it is then checked on its own)."""
    return None


def _tuple(items: list[str]) -> str:
    """Source of a tuple of ``items``, made of tuples of at most 30: CPython 3.11 builds a
    longer tuple display (or call) item by item through a list, several times slower."""
    chunks = [items[i : i + 30] for i in range(0, len(items), 30)] or [[]]
    return " + ".join("(" + "".join(f"{x}, " for x in chunk) + ")" for chunk in chunks)


def generate(cls: type, o: Any) -> Callable[..., Any] | None:
    """The function encoding messages of ``o``'s shape (None if it has none to learn): it
    returns the message's bytes, or None when the message does not fit the shape or a value
    needs the general encoder."""
    info: CommandInfo = cls.__diameter__  # type: ignore[attr-defined]
    if type(o) is not cls or not learnable(cls):
        return None
    g = _Gen()
    src = g.src
    fname = f"shape_{cls.__name__}"
    src.emit(0, f"def {fname}(o, hbh, e2e):")
    src.emit(1, "try:")
    g.emit(f"if o.wire_bytes is not None or o.wire_flags is not None: {_MISS}")
    # the message header: Version and Message Length (its part set below), flags and code,
    # Application-Id, the identifiers
    g.parts.append(())
    flags = (0x80 if info.request else 0) | (0x40 if info.proxiable else 0) | (0x20 if info.error else 0)
    # (the T flag is part of the shape: the header's second word is then a constant)
    retransmit = bool(getattr(o, "retransmit", False))
    if retransmit:
        flags |= 0x10
    g.emit(f"if {'not ' if retransmit else ''}o.retransmit: {_MISS}")
    g.parts.append(("c", struct.pack("!I", (flags << 24) | info.code)))  # type: ignore[operator]
    if info.application_id is not None:
        g.parts.append(("c", struct.pack("!I", info.application_id)))
    else:
        g.value("I", f"o.{info.application_id_field}")
    g.value("I", "hbh")
    g.value("I", "e2e")
    got = g.node(o, "o")
    if got is None:
        return None
    const, idxs = got
    g.parts[0] = ("m", (20 + const, None, tuple(idxs)))
    parts = g.parts
    # The items packed: segment, value, segment, ..., segment (layout_format's order); a segment
    # where two values meet (the identifiers, say) is left out. They are packed in calls of at
    # most CHUNK arguments: CPython 3.11 passes more through a list built item by item, several
    # times slower.
    nonempty = [False] * (len(g.args) + 1)
    values = 0
    for part in parts:
        if part[0] in ("v", "s"):
            values += 1
        else:
            nonempty[values] = True
    kept = sorted([2 * i for i, full in enumerate(nonempty) if full] + [2 * j + 1 for j in range(len(g.args))])
    names = [f"s{i // 2}" if i % 2 == 0 else g.args[i // 2] for i in kept]
    kept_segments = [i // 2 for i in kept if i % 2 == 0]
    chunks = [(a, min(a + CHUNK, len(kept))) for a in range(0, len(kept), CHUNK)]
    formats: dict[tuple[int, ...], tuple[Any, ...]] = {}

    # the last key used and its format, as one pair (so that threads see one or the other whole),
    # compared before a lookup: a run of messages of one set of lengths skips hashing the key
    last: list[tuple[Any, Any]] = [(None, None)]

    def lookup(key: tuple[int, ...]) -> tuple[Any, ...] | None:
        entry = formats.get(key)
        if entry is None:
            if len(formats) >= MAX_FORMATS:
                return None
            try:
                codes, segments = layout_format(parts, key)
            except ValueError:  # longer than a message can be: the general encoder says so
                return None
            packs = [struct.Struct("!" + "".join(codes[i] for i in kept[a:b])).pack for a, b in chunks]
            entry = formats[key] = (*packs, *(segments[i] for i in kept_segments))
        last[0] = (key, entry)
        return entry

    src.ns.update(
        _formats=formats,
        _last=last,
        _lookup=lookup,
        _NTP_EPOCH=_NTP_EPOCH,
        _IPv4Address=IPv4Address,
        _EMPTY=(),
        _ERRORS=_ERRORS,
        _EncodeError=EncodeError,
        _next=_not_learned,
    )
    g.emit(f"k = {_tuple(g.lengths)}")
    g.emit("p = _last[0]")
    g.emit("c = p[1] if k == p[0] else _lookup(k)")
    g.emit(f"if c is None: {_MISS}")
    packs = [f"q{i}" for i in range(len(chunks))]
    g.emit(f"{''.join(x + ', ' for x in packs + [f's{i}' for i in kept_segments])}= c")
    calls = [f"{q}({', '.join(names[a:b])})" for q, (a, b) in zip(packs, chunks, strict=True)]
    g.emit(f"return {calls[0]}" if len(calls) == 1 else f"return b''.join(({''.join(c + ', ' for c in calls)}))")
    src.emit(1, "except _EncodeError:")  # (from the general encoder, at the end of the chain)
    src.emit(2, "raise")
    src.emit(1, "except _ERRORS:")
    src.emit(2, _MISS)
    return src.compile(fname, source_name(fname, cls))  # type: ignore[no-any-return]
