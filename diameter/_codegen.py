"""Generation of one decode and one encode function per command / grouped class.

Theory of operation
-------------------
For each class we write Python source text for a function specialised to its fields, compile it
with a :mod:`linecache` entry (so tracebacks and ``inspect.getsource`` show the generated code)
and cache it in the :class:`~diameter.converter.Converter`. The source builder, shared with the
learned layouts (:mod:`diameter._layout`), is :mod:`diameter._source`; this module imports the
layouts, which import only the builder.

Decoding is one pass over the AVPs. The generated function first walks the AVPs *in CCF order*:
for each field it compares the current AVP header with the field's code (and vendor) and, on a
match, decodes the value inline and reads the next header. A message whose AVPs come in the
order of its CCF is decoded by this straight-line code alone. Whatever is left (AVPs out of
order, repeated singletons, unknown AVPs) goes through :func:`_rest`, a general loop that
dispatches on (code, vendor) through a dict; its results are merged into the fields afterwards.

The buffer ``b`` handed to the generated functions is the message followed by 12 zero bytes, so
that reading an AVP header with one ``struct.unpack_from('!III')`` never runs off the end; every
length is checked against ``end`` before it is used.

Objects are built without calling ``__init__`` (attrs validators and converters are not used by
the schema): the generated code fills an instance of a "twin" class that has the same slots
but no frozen ``__setattr__``, then assigns the real class to ``__class__``. CPython allows this
between classes with identical slot layouts; it is about five times cheaper than the attrs
``__init__`` of a frozen class. Equality, hashing and frozenness behave as for an instance built
by ``__init__`` (pinned by tests).

Encoding concatenates the AVPs in CCF order. The header bytes that are constant for a field
(code, flags, Vendor-ID) are literals in the source; a fixed-size AVP (numbers, Time) is packed
whole, header and value, by one precompiled ``struct.Struct.pack``. This general encoder of a
command class learns the shapes of the messages it encodes (:mod:`diameter._shapes`): the
function of a learned shape takes its place in the converter and hands it what it does not take.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from . import _layout, _shapes
from ._source import VALUE_ERRORS, _ipv4, _ipv6, emit_object, source_name
from ._source import Source as _Source
from .errors import (
    AvpNotAllowed,
    AvpUnsupported,
    DecodeError,
    EncodeError,
    InvalidAvpLength,
    InvalidAvpValue,
    MissingAvp,
    TooManyAvps,
)
from .schema import AvpDef, CommandInfo, FieldSpec
from .types import ADDRESS, DIAMETER_IDENTITY, GROUPED, OCTET_STRING, UTF8STRING
from .wire import Avp

if TYPE_CHECKING:
    from .converter import Converter

__all__ = [
    "make_decoder",
    "make_encoder",
    "value_decoder",
    "value_encoder",
    "Decoder",
    "Encoder",
    "Match",
    "match_plan",
]

Decoder = Callable[..., Any]
Encoder = Callable[..., bytes]

_III = struct.Struct("!III").unpack_from
_U32 = struct.Struct("!I").unpack_from
_PAD = (b"", b"\x00\x00\x00", b"\x00\x00", b"\x00")
_MISSING = object()
_FAILED_AVP_CODE = 279
# What a value decoder may raise on bad data; turned into InvalidAvpValue with the AVP.
_VALUE_ERRORS = VALUE_ERRORS
_ENCODE_ERRORS = (struct.error, AttributeError, TypeError, ValueError, UnicodeEncodeError, OverflowError)


def _avp_at(b: bytes, pos: int, end: int) -> Avp | None:
    """The raw AVP at ``pos``, as far as its header can be read (for Failed-AVP)."""
    if end - pos < 8:
        return None
    code, fl, w = _III(b, pos)
    flags = fl >> 24
    length = min(fl & 0xFFFFFF, end - pos)
    if flags & 0x80:
        return Avp(code, bytes(b[pos + 12 : pos + max(length, 12)]), w, flags)
    return Avp(code, bytes(b[pos + 8 : pos + max(length, 8)]), 0, flags)


def bad_length(b: bytes, pos: int, end: int, why: str = "") -> InvalidAvpLength:
    if end - pos < 8:
        return InvalidAvpLength(f"{end - pos} bytes left, too few for an AVP header", offset=pos)
    code, fl, _ = _III(b, pos)
    length = fl & 0xFFFFFF
    return InvalidAvpLength(
        f"AVP {code} has length {length}{why or ', which does not fit its container'}",
        avp=_avp_at(b, pos, end),
        offset=pos,
    )


def invalid_value(b: bytes, pos: int, end: int, error: BaseException) -> DecodeError:
    if isinstance(error, struct.error):
        return bad_length(b, pos, end, ", which does not fit its data format")
    code = _III(b, pos)[0] if end - pos >= 8 else -1
    return InvalidAvpValue(f"AVP {code}: invalid value: {error}", avp=_avp_at(b, pos, end), offset=pos)


def _missing(spec: FieldSpec, owner: str, count: int = 0) -> MissingAvp:
    d = spec.definition
    size = d.format.size or 0
    if spec.kind == "many" and count:
        msg = f"{owner}: {d.name} occurs {count} times, at least {spec.min} required"
    else:
        msg = f"{owner}: required AVP {d.name} is missing"
    return MissingAvp(msg, avp=Avp(d.code, bytes(size), d.vendor, d.flags))


def _too_many(spec: FieldSpec, owner: str, value: Any, conv: Converter) -> TooManyAvps:
    d = spec.definition
    try:
        data = value_encoder(d, conv)(value)
    except Exception:  # pragma: no cover - the value was just decoded
        data = b""
    limit = spec.max if spec.max is not None else 1
    return TooManyAvps(
        f"{owner}: {d.name} occurs more than {limit} time{'s' if limit != 1 else ''}",
        avp=Avp(d.code, data, d.vendor, d.flags),
    )


def _note(wf: dict[tuple[str, int], int] | None, name: str, index: int, flags: int) -> dict[tuple[str, int], int]:
    """Record a received flag byte that differs from the dictionary's rule."""
    if wf is None:
        wf = {}
    wf[(name, index)] = flags
    return wf


def flagged_body(conv: Converter, o: Any, wf: dict[tuple[str, int], int]) -> bytes:
    """The AVPs of ``o`` with the flag bytes it was received with (slow path of the encoder)."""
    parts: list[bytes] = []
    for spec in o.__diameter__.fields:
        value = getattr(o, spec.name)
        if spec.kind == "extra":
            parts.extend(a.encode() for a in value)
            continue
        values = value if spec.kind == "many" else (() if value is None else (value,))
        d = spec.definition
        enc = value_encoder(d, conv)
        for i, v in enumerate(values):
            parts.append(Avp(d.code, enc(v), d.vendor, wf.get((spec.name, i), d.flags)).encode())
    return b"".join(parts)


def _repeated(b: bytes, pos: int, end: int, owner: str, name: str) -> TooManyAvps:
    """A second occurrence of a single AVP, met by the in-order pass."""
    return TooManyAvps(f"{owner}: {name} occurs more than 1 time", avp=_avp_at(b, pos, end), offset=pos)


def _span(b: bytes, pos: int, end: int, table: dict[tuple[int, int], Any]) -> int:
    """The end of the AVP at ``pos`` and of the AVPs after it that no field of the class takes
    (the stretch the general loop handles in one go)."""
    nxt: int = pos + max(((_III(b, pos)[1] & 0xFFFFFF) + 3) & -4, 8)
    while nxt < end:
        c, fl, w = _III(b, nxt)
        length = fl & 0xFFFFFF
        if (c, w if fl >= 0x80000000 else 0) in table or length < 8:
            break
        nxt += (length + 3) & -4
    return min(nxt, end)


def _nesting(owner: str) -> DecodeError:
    return InvalidAvpValue(f"{owner}: grouped AVPs nested deeper than the configured limit")


# --- generic value codecs (fallback loop, Avp.value, Failed-AVP) ----------------------------


def value_decoder(d: AvpDef[Any], conv: Converter) -> Decoder:
    """``f(b, start, end, depth, strict)`` decoding one AVP's data (``b[start:end]``)."""
    fmt = d.format
    if fmt is GROUPED:
        if d.cls is None:
            raise TypeError(f"{d.name} is Grouped but has no class")
        return conv.decoder(d.cls)
    size = fmt.size
    decode = fmt.decode
    enum_map = d.enum_map

    def dec(b: bytes, s: int, e: int, depth: int, strict: bool) -> Any:
        if size is not None and e - s != size:
            raise struct.error(f"{e - s} bytes, {fmt.name} takes {size}")
        v = decode(b[s:e])
        if enum_map is not None:
            return enum_map.get(v, v)
        return v

    return dec


def value_encoder(d: AvpDef[Any], conv: Converter) -> Callable[[Any], bytes]:
    """``f(value) -> bytes``: one AVP's data (without header)."""
    if d.format is GROUPED:
        if d.cls is None:
            raise TypeError(f"{d.name} is Grouped but has no class")
        return conv.encoder(d.cls)
    return d.format.encode


# --- the general loop ------------------------------------------------------------------------


def _rest(
    b: bytes,
    pos: int,
    end: int,
    depth: int,
    strict: bool,
    table: dict[tuple[int, int], tuple[int, Decoder]],
    extra_ok: bool,
    owner: str,
    known: dict[tuple[int, int], Any],
) -> tuple[list[tuple[int, Any, int]], list[Avp] | None]:
    late: list[tuple[int, Any, int]] = []
    extra: list[Avp] | None = None
    while pos < end:
        code, fl, w = _III(b, pos)
        length = fl & 0xFFFFFF
        if fl >= 0x80000000:
            if length < 12 or pos + length > end:
                raise bad_length(b, pos, end)
            key = (code, w)
            start = pos + 12
        else:
            if length < 8 or pos + length > end:
                raise bad_length(b, pos, end)
            key = (code, 0)
            start = pos + 8
        entry = table.get(key)
        if entry is not None:
            try:
                late.append((entry[0], entry[1](b, start, pos + length, depth, strict), fl >> 24))
            except _VALUE_ERRORS as e:
                raise invalid_value(b, pos, end, e) from None
        else:
            raw = Avp(code, bytes(b[start : pos + length]), key[1], fl >> 24)
            if key not in known:
                if strict and fl & 0x40000000:
                    # RFC 6733 §4.1: an unrecognised AVP with the M bit set MUST be rejected.
                    raise AvpUnsupported(
                        f"{owner}: AVP {code} (vendor {key[1]}) with the M bit is not supported", avp=raw, offset=pos
                    )
            if not extra_ok:
                name = known[key].name if key in known else f"AVP {code} (vendor {key[1]})"
                raise AvpNotAllowed(f"{owner}: {name} is not allowed here", avp=raw, offset=pos)
            if extra is None:
                extra = []
            extra.append(raw)
        pos += (length + 3) & -4
    return late, extra


# --- source generation -----------------------------------------------------------------------


def _read_header(src: _Source, ind: int) -> None:
    """Read the header at ``pos`` into ``c`` (code), ``fl`` (flags and length) and ``w`` (the
    Vendor-ID, or the first data word), or set ``c = -1`` at the end of the container. Nothing
    is checked here: a field matches only an AVP with its exact flags and a length that fits,
    and whatever no field matches is checked by the general loop."""
    src.emit(ind, "if pos < end:")
    src.emit(ind + 1, "c, fl, w = _III(b, pos)")
    src.emit(ind, "else:")
    src.emit(ind + 1, "c = -1")


def _fixed_length(d: AvpDef[Any]) -> int | None:
    """The AVP Length of a fixed-size AVP (header included)."""
    size = d.format.size
    return None if size is None else (12 if d.vendor else 8) + size


def _advance(src: _Source, ind: int, d: AvpDef[Any]) -> None:
    length = _fixed_length(d)
    src.emit(ind, f"pos += {length}" if length is not None else "pos += (ln + 3) & -4")
    _read_header(src, ind)


def _emit_value(src: _Source, ind: int, d: AvpDef[Any], target: str, conv: Converter) -> None:
    """Emit statements that decode the matched AVP's value into ``target`` (``x = {}`` or
    ``lst.append({})``, a format string)."""
    h = 12 if d.vendor else 8
    fmt = d.format
    if fmt.struct_code is not None:
        # The match checked code, flags and length. The header read already holds the first
        # data word of a non-vendor AVP in ``w``.
        if not d.vendor and fmt.struct_code == "I":
            value = "w"
        elif not d.vendor and fmt.struct_code == "i":
            src.emit(ind, "v = w if w < 0x80000000 else w - 0x100000000")
            value = "v"
        else:
            un = src.bind(struct.Struct("!" + fmt.struct_code).unpack_from, "u")
            value = f"{un}(b, pos + {h})[0]"
        if d.enum_map is not None:
            em = src.bind(d.enum_map, "e")
            if value != "v":
                src.emit(ind, f"v = {value}")
            src.emit(ind, target.format(f"{em}.get(v, v)"))
        else:
            src.emit(ind, target.format(value))
        return
    src.emit(ind, "ln = fl & 0xFFFFFF")
    src.emit(ind, f"if ln < {h} or pos + ln > end: raise _bad_length(b, pos, end)")
    if fmt is UTF8STRING or fmt is DIAMETER_IDENTITY:
        src.emit(ind, target.format(f"b[pos + {h}:pos + ln].decode()"))
    elif fmt is OCTET_STRING:
        src.emit(ind, target.format(f"b[pos + {h}:pos + ln]"))
    elif fmt is GROUPED:
        dec = _deferred(src, d, conv.decoder)
        src.emit(ind, target.format(f"{dec}(b, pos + {h}, pos + ln, depth, strict)"))
    elif fmt is ADDRESS:
        # IPv4 and IPv6 inline; the ipaddress constructors are cheapest from an int. The family
        # is the data's first two bytes: for a non-vendor AVP ``w`` already holds them.
        src.ns.update(_v4=_ipv4, _v6=_ipv6, _U32=_U32, _from_bytes=int.from_bytes)
        f = src.bind(fmt.decode, "f")
        a = h + 2  # where the address starts

        def family(n: int) -> str:
            return f"b[pos + {h + 1}] == {n} and b[pos + {h}] == 0" if d.vendor else f"w >> 16 == {n}"

        src.emit(ind, f"if ln == {a + 4} and {family(1)}:")
        src.emit(ind + 1, target.format(f"_v4(_U32(b, pos + {a})[0])"))
        src.emit(ind, f"elif ln == {a + 16} and {family(2)}:")
        src.emit(ind + 1, target.format(f"_v6(_from_bytes(b[pos + {a}:pos + {a + 16}], 'big'))"))
        src.emit(ind, "else:")
        src.emit(ind + 1, target.format(f"{f}(b[pos + {h}:pos + ln])"))
    else:
        f = src.bind(fmt.decode, "f")
        src.emit(ind, target.format(f"{f}(b[pos + {h}:pos + ln])"))


def _deferred(src: _Source, d: AvpDef[Any], make: Callable[[type], Callable[..., Any]]) -> str:
    """A global name for the generated function of grouped AVP ``d``'s class, made on its first
    call: generating a message's function neither builds nor generates the grouped AVPs it has
    not met yet (and a recursive grouped AVP needs no special case). That first call puts the
    function itself in the name's place, so later calls go straight to it."""
    src._n += 1
    name = f"_g{src._n}"
    ns = src.ns

    def first(*args: Any) -> Any:
        if d.cls is None:
            raise TypeError(f"{d.name} is Grouped but has no class")
        fn = ns[name] = make(d.cls)
        return fn(*args)

    ns[name] = first
    return name


def _on_call(d: AvpDef[Any], make: Callable[[type], Callable[..., Any]]) -> Callable[..., Any]:
    """The generated function of grouped AVP ``d``'s class, looked up when called."""

    def call(*args: Any) -> Any:
        if d.cls is None:
            raise TypeError(f"{d.name} is Grouped but has no class")
        return make(d.cls)(*args)

    return call


def _exact(d: AvpDef[Any]) -> str:
    """Given ``c == code``: the AVP has exactly the flags the dictionary sends (and, for a
    fixed-size format, its length, within the container)."""
    length = _fixed_length(d)
    vendor = f" and w == {d.vendor}" if d.vendor else ""
    if length is not None:
        return f"fl == {(d.flags << 24) | length:#x}{vendor} and pos + {length} <= end"
    return f"fl >> 24 == {d.flags:#x}{vendor}"


def _loose(d: AvpDef[Any]) -> str:
    """Given ``c == code``: the AVP is ``d`` whatever its M and P bits (a peer may set them
    otherwise than the dictionary's rule); its V bit, which decides the header layout, and for a
    fixed-size format its length must agree."""
    length = _fixed_length(d)
    v = 0x80000000 if d.vendor else 0
    vendor = f" and w == {d.vendor}" if d.vendor else ""
    if length is not None:
        return f"fl & 0x80ffffff == {v | length:#x}{vendor} and pos + {length} <= end"
    return f"fl >= 0x80000000{vendor}" if d.vendor else "fl < 0x80000000"


class Match(NamedTuple):
    """The plan of how the in-order pass of a class's decoder recognises one field's AVP from
    the header it has read (``c``: code, ``fl``: flags and length, ``w``: the Vendor-ID or
    the first data word): data that the emitters turn into source, testable without ``exec``."""

    spec: FieldSpec
    number: int  # the field's number among the AVP fields (its local ``f<number>``)
    code: int
    vendor: int
    flags: int  # the flag byte the rule sends (M, P; V with a vendor)
    length: int | None  # the AVP Length of a fixed-size AVP (header included)
    exact: str  # given ``c == code``: the AVP has the rule's flags (and fits, when fixed-size)
    loose: str  # given ``c == code``: the AVP is this field's, whatever its M and P bits


def match_plan(fields: list[FieldSpec]) -> tuple[Match, ...]:
    """The :class:`Match` of each AVP field (``* [ AVP ]`` aside), in CCF order."""
    return tuple(
        Match(
            s,
            i,
            s.definition.code,
            s.definition.vendor,
            s.definition.flags,
            _fixed_length(s.definition),
            _exact(s.definition),
            _loose(s.definition),
        )
        for i, s in enumerate(fields)
    )


def _emit_pass(src: _Source, ind: int, fields: list[FieldSpec], conv: Converter, repeat_check: bool) -> None:
    """One in-order pass over the fields: each takes the AVP at ``pos`` if it is its own.

    An AVP whose M or P bit differs from the rule is taken too, its flag byte recorded (``wf``)
    so that encoding gives it back. Each field's value code is emitted once a pass; the pass
    after a misplaced AVP (``repeat_check``) also checks for repeats."""
    for m in match_plan(fields):
        i, s, d = m.number, m.spec, m.spec.definition
        if i % 8 == 0 and i:
            # past the last AVP, skip the remaining fields' checks a block at a time
            src.emit(ind, "if c == -1: break")
        src.emit(ind, f"# {s.name}: {d.name} ({s.kind})")
        if s.kind == "many":
            src.emit(ind, f"if c == {m.code}:")
            src.emit(ind + 1, f"if f{i} is None: f{i} = []")
            src.emit(ind + 1, "while True:")
            src.emit(ind + 2, f"if {m.exact}: pass")
            src.emit(ind + 2, f"elif {m.loose}: wf = _note(wf, {s.name!r}, len(f{i}), fl >> 24)")
            src.emit(ind + 2, "else: break")
            _emit_value(src, ind + 2, d, f"f{i}.append({{}})", conv)
            _advance(src, ind + 2, d)
            src.emit(ind + 2, f"if c != {m.code}: break")
            continue
        sentinel = "_MISSING" if s.kind == "one" else "None"
        # The rule's flags, or others (recorded in wf as the condition is evaluated): the field's
        # value code once, and for an AVP with the rule's flags no more tests than a branch of
        # its own would take.
        note = f"(wf := _note(wf, {s.name!r}, 0, fl >> 24)) is not None"
        src.emit(ind, f"if c == {m.code} and ({m.exact} or ({m.loose} and {note})):")
        if repeat_check:
            # a repeat only if the AVP is whole (a fixed-size one is, by the match)
            fits = (
                ""
                if m.length is not None
                else (f" if {12 if m.vendor else 8} <= fl & 0xFFFFFF <= end - pos else _bad_length(b, pos, end)")
            )
            src.emit(ind + 1, f"if f{i} is not {sentinel}: raise _repeated(b, pos, end, _owner, {d.name!r}){fits}")
        _emit_value(src, ind + 1, d, f"f{i} = {{}}", conv)
        _advance(src, ind + 1, d)


def _emit_probe(src: _Source, key: str, args: str) -> None:
    """Try the learned layouts of this length first (see :mod:`diameter._layout`)."""
    src.emit(1, f"known = _layouts.get({key})")
    src.emit(1, "if known is not None:")
    src.emit(2, "for lay in known:")
    src.emit(3, f"o = lay({args})")
    src.emit(3, "if o is not None: return o")


def make_decoder(cls: type, conv: Converter) -> Decoder:
    info = cls.__diameter__  # type: ignore[attr-defined]
    is_message = isinstance(info, CommandInfo)
    specs: tuple[FieldSpec, ...] = info.fields
    owner = info.name if is_message else info.definition.name
    src = _Source()
    ns = src.ns
    ns.update(
        _III=_III,
        _MISSING=_MISSING,
        _bad_length=bad_length,
        _invalid_value=invalid_value,
        _missing=_missing,
        _too_many=_too_many,
        _nesting=_nesting,
        _rest=_rest,
        _span=_span,
        _repeated=_repeated,
        _note=_note,
        _VALUE_ERRORS=_VALUE_ERRORS,
        _conv=conv,
        _known=conv.dictionary.avps,
        _owner=owner,
    )
    fname = "decode_" + cls.__name__
    layouts = _layout.Layouts(cls) if conv.layouts and _layout.learnable(cls) else None
    if layouts is not None:
        conv._layouts[cls] = layouts
        ns.update(_layouts=layouts.by_length, _seen=layouts.seen, _learn=layouts.learn)
    if is_message:
        src.emit(0, f"def {fname}(b, end, depth, strict, flags, code, app, hbh, e2e):")
        if layouts is not None:
            _emit_probe(src, "end", "b, end, depth, flags, app, hbh, e2e")
        src.emit(1, "pos = 20")
    else:
        src.emit(0, f"def {fname}(b, pos, end, depth, strict):")
        src.emit(1, "p0 = pos")
        if layouts is not None:
            _emit_probe(src, "end - pos", "b, pos, end, depth")
        src.emit(1, "if depth <= 0: raise _nesting(_owner)")
        src.emit(1, "depth -= 1")
        if (info.definition.code, info.definition.vendor) == (_FAILED_AVP_CODE, 0):
            # RFC 6733 §7.5: Failed-AVP holds the offending AVPs, an unrecognised M-bit one too
            # (the 5001 answer, §7.1.5); the answer is not rejected for it
            src.emit(1, "strict = False")
    fields = [s for s in specs if s.kind != "extra"]
    table: dict[tuple[int, int], tuple[int, Decoder]] = {}
    for i, s in enumerate(fields):
        src.emit(1, f"f{i} = {'_MISSING' if s.kind == 'one' else 'None'}")
    src.emit(1, "ex = wf = None")
    for i, s in enumerate(fields):
        d = s.definition
        table[(d.code, d.vendor)] = (
            i,
            value_decoder(d, conv) if d.format is not GROUPED else _on_call(d, conv.decoder),
        )
    src.emit(1, "try:")
    _read_header(src, 2)
    # The first in-order pass meets each field at most once, so it needs no repetition check.
    src.emit(2, "while True:  # one pass; 'break' ends it early")
    _emit_pass(src, 3, fields, conv, repeat_check=False)
    src.emit(3, "break")
    src.emit(2, "while pos < end:")
    # An AVP the in-order pass cannot place (out of CCF order, unknown, or with a length its
    # format does not allow): the general loop takes it and the unknown AVPs after it, then the
    # in-order pass resumes, so one misplaced AVP does not slow down the rest.
    src.emit(3, "nxt = _span(b, pos, end, _table)")
    src.emit(3, f"late, more = _rest(b, pos, nxt, depth, strict, _table, {info.extra is not None}, _owner, _known)")
    src.emit(3, "if more: ex = more if ex is None else ex + more")
    if fields:
        src.emit(3, "for i, v, fb in late:")
        for i, s in enumerate(fields):
            sp = src.bind(s, "s")
            flags = s.definition.flags
            src.emit(4, f"{'if' if i == 0 else 'elif'} i == {i}:")
            if s.kind == "many":
                src.emit(5, f"if f{i} is None: f{i} = []")
                src.emit(5, f"if fb != {flags:#x}: wf = _note(wf, {s.name!r}, len(f{i}), fb)")
                src.emit(5, f"f{i}.append(v)")
            else:
                src.emit(
                    5,
                    f"if f{i} is not {'_MISSING' if s.kind == 'one' else 'None'}: raise _too_many({sp}, _owner, v, _conv)",
                )
                src.emit(5, f"if fb != {flags:#x}: wf = _note(wf, {s.name!r}, 0, fb)")
                src.emit(5, f"f{i} = v")
    src.emit(3, "pos = nxt")
    _read_header(src, 3)
    src.emit(3, "while True:  # one more pass")
    _emit_pass(src, 4, fields, conv, repeat_check=True)
    src.emit(4, "break")
    src.emit(1, "except _VALUE_ERRORS as e:")
    src.emit(2, "raise _invalid_value(b, pos, end, e) from None")
    ns["_table"] = table
    # checks
    for i, s in enumerate(fields):
        sp = src.bind(s, "s")
        if s.kind == "one":
            src.emit(1, f"if f{i} is _MISSING: raise _missing({sp}, _owner)")
        elif s.kind == "many":
            if s.min:
                src.emit(1, f"if f{i} is None or len(f{i}) < {s.min}: raise _missing({sp}, _owner, len(f{i} or ()))")
            if s.max is not None:
                src.emit(
                    1,
                    f"if f{i} is not None and len(f{i}) > {s.max}: raise _too_many({sp}, _owner, f{i}[{s.max}], _conv)",
                )
    values = [f"() if f{i} is None else tuple(f{i})" if s.kind == "many" else f"f{i}" for i, s in enumerate(fields)]
    emit_object(
        src,
        1,
        "o",
        cls,
        values,
        extra="() if ex is None else tuple(ex)",
        wire_flags="wf",
        wire_bytes="b[:end]" if is_message else "b[p0:end]",
    )
    if layouts is not None:
        # count the decodes of this length; learn its layout at the LEARN_AFTER-th
        key, start = ("end", "20") if is_message else ("end - p0", "p0")
        src.emit(1, f"k = _seen.get({key}, 0) + 1")
        src.emit(1, f"if k < {_layout.LEARN_AFTER}:")
        src.emit(2, f"if k == 1 and len(_seen) >= {_layout.MAX_LENGTHS}: _seen.clear()")
        src.emit(2, f"_seen[{key}] = k")
        src.emit(1, f"elif k == {_layout.LEARN_AFTER}:")
        src.emit(2, f"_learn(b, {start}, end)")
    src.emit(1, "return o")
    return src.compile(fname, source_name(fname, cls))  # type: ignore[no-any-return]


def _header(d: AvpDef[Any], length: int | str) -> str:
    """Source for the packed AVP header with the given length (int or expression)."""
    fl = d.flags << 24
    if d.vendor:
        return f"_hv({d.code}, {fl:#x} | ({length}), {d.vendor})"
    return f"_h({d.code}, {fl:#x} | ({length}))"


def _emit_encode_value(src: _Source, ind: int, d: AvpDef[Any], value: str, conv: Converter) -> None:
    """Emit statements appending the AVP for ``value`` to the list ``p``."""
    fmt = d.format
    h = 12 if d.vendor else 8
    if fmt.struct_code is not None:
        assert fmt.size is not None
        fl = (d.flags << 24) | (h + fmt.size)
        code = ("!III" if d.vendor else "!II") + fmt.struct_code
        pk = src.bind(struct.Struct(code).pack, "p")
        if fmt.size & 3:  # pragma: no cover - every fixed-size format is 4 or 8 bytes
            raise AssertionError(fmt.name)
        if d.vendor:
            src.emit(ind, f"p.append({pk}({d.code}, {fl:#x}, {d.vendor}, {value}))")
        else:
            src.emit(ind, f"p.append({pk}({d.code}, {fl:#x}, {value}))")
        return
    if fmt is UTF8STRING or fmt is DIAMETER_IDENTITY:
        src.emit(ind, f"x = {value}.encode()")
    elif fmt is OCTET_STRING:
        src.emit(ind, f"x = {value}")
        src.emit(ind, "if x.__class__ is not bytes: x = _octets(x)")
    elif fmt is GROUPED:
        enc = _deferred(src, d, conv.encoder)
        src.emit(ind, f"x = {enc}({value})")
        src.emit(ind, f"p.append({_header(d, f'{h} + len(x)')} + x)")
        return
    else:
        f = src.bind(fmt.encode, "f")
        src.emit(ind, f"x = {f}({value})")
    src.emit(ind, "n = len(x)")
    src.emit(ind, f"p.append({_header(d, f'{h} + n')} + x + _PAD[n & 3])")


def make_encoder(cls: type, conv: Converter) -> Encoder:
    info = cls.__diameter__  # type: ignore[attr-defined]
    is_message = isinstance(info, CommandInfo)
    src = _Source()
    src.ns.update(
        _h=struct.Struct("!II").pack,
        _hv=struct.Struct("!III").pack,
        _HDR=struct.Struct("!IIIII").pack,
        _PAD=_PAD,
        _ENCODE_ERRORS=_ENCODE_ERRORS,
        EncodeError=EncodeError,
        _octets=OCTET_STRING.encode,
    )
    fname = "encode_" + cls.__name__
    if is_message:
        src.emit(0, f"def {fname}(o, hbh, e2e):")
    else:
        src.emit(0, f"def {fname}(o):")
    src.ns.update(_flagged_body=flagged_body, _conv=conv, _IDS=struct.Struct("!II").pack)
    # an object as it was decoded: the bytes it came from (the identifiers as asked)
    src.emit(1, "r = o.wire_bytes")
    if is_message:
        src.emit(1, "if r is not None:")
        src.emit(2, "if hbh == o.hop_by_hop and e2e == o.end_to_end: return r")
        src.emit(2, "if 0 <= hbh <= 0xFFFFFFFF and 0 <= e2e <= 0xFFFFFFFF: return r[:12] + _IDS(hbh, e2e) + r[20:]")
    else:  # (and of this class: a decoded value of another class in the field is not passed on)
        src.emit(1, f"if r is not None and o.__class__ is {src.bind(cls, 'C')}: return r")
    shapes = _shapes.Shapes(cls, conv) if is_message and conv.layouts and _shapes.learnable(cls) else None
    if shapes is not None:  # it learns shapes, which then come before it (see diameter._shapes)
        conv._shapes[cls] = shapes
        src.ns["_seen"] = shapes.seen
    src.emit(1, "f = ''")
    src.emit(1, "try:")
    src.emit(2, "wf = o.wire_flags")
    src.emit(2, "if wf is not None:  # received with flags other than the rules: keep them")
    src.emit(3, "body = _flagged_body(_conv, o, wf)")
    src.emit(2, "else:")
    fast_start = len(src.lines)
    src.emit(2, "p = []")
    for s in info.fields:
        d = s.definition
        src.emit(2, f"f = {s.name!r}")
        if s.kind == "extra":
            src.emit(2, f"for a in o.{s.name}: p.append(a.encode())")
        elif s.kind == "one":
            _emit_encode_value(src, 2, d, f"o.{s.name}", conv)
        elif s.kind == "optional":
            src.emit(2, f"v = o.{s.name}")
            src.emit(2, "if v is not None:")
            _emit_encode_value(src, 3, d, "v", conv)
        else:
            src.emit(2, f"for v in o.{s.name}:")
            _emit_encode_value(src, 3, d, "v", conv)
        if s.kind == "many" and (s.min or s.max is not None):
            cond = []
            if s.min:
                cond.append(f"len(o.{s.name}) < {s.min}")
            if s.max is not None:
                cond.append(f"len(o.{s.name}) > {s.max}")
            src.emit(2, f"if {' or '.join(cond)}:")
            src.emit(
                3,
                f"raise ValueError(f'{{len(o.{s.name})}} values, the CCF allows {s.min} to {s.max if s.max is not None else 'any number'}')",
            )
    src.emit(2, "body = b''.join(p)")
    src.lines[fast_start:] = ["    " + line for line in src.lines[fast_start:]]  # under the else
    if is_message:
        flags = (0x80 if info.request else 0) | (0x40 if info.proxiable else 0) | (0x20 if info.error else 0)
        src.emit(2, "f = 'header'")
        src.emit(2, "n = 20 + len(body)")
        src.emit(2, "if n > 0xFFFFFF: raise ValueError(f'message of {n} bytes exceeds the 24-bit Message Length')")
        if info.code is None:  # generic answer-message: code, Application-Id and P from the instance
            src.emit(
                2,
                "if not 0 <= o.command_code <= 0xFFFFFF: raise ValueError(f'command code {o.command_code} does not fit 24 bits')",
            )
            src.emit(
                2,
                f"fc = ({flags:#x} | (0x40 if o.proxiable else 0) | (0x10 if o.retransmit else 0)) << 24 | o.command_code",
            )
            app = "o.application_id"
        else:
            src.emit(2, f"fc = {(flags << 24) | info.code:#x} | (0x10000000 if o.retransmit else 0)")
            app = str(info.application_id) if info.application_id is not None else f"o.{info.application_id_field}"
        src.emit(2, f"r = _HDR(0x01000000 | n, fc, {app}, hbh, e2e) + body")
    else:
        src.emit(2, "return body")
    src.emit(1, "except EncodeError:")
    src.emit(2, "raise")
    src.emit(1, "except _ENCODE_ERRORS as e:")
    src.emit(2, f"raise EncodeError(f'{cls.__name__}.{{f}}: {{e}}') from e")
    if is_message:
        if shapes is not None and info.code is not None:
            src.emit(1, "_seen(o, hbh, e2e, r)")
        src.emit(1, "return r")
    return src.compile(fname, source_name(fname, cls))  # type: ignore[no-any-return]
