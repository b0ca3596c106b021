"""Learned layouts (diameter._layout): the decoder's fast path for recurring message layouts
gives exactly what the general decoder gives, objects and errors alike."""

from __future__ import annotations

import struct
from ipaddress import IPv4Address, IPv6Address
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diameter
from diameter import Converter, DecodeError, _layout, apps
from diameter.schema import ErrorAnswer, fields_of, is_command, is_grouped

from builders import full_instance
from golden import command_classes
from strategies import instances

COMMANDS = [c for _, c in command_classes() if not issubclass(c, ErrorAnswer)]
_ids = [c.__name__ for c in COMMANDS]
# the grouped classes with layouts of their own
GROUPED = sorted(
    {
        c
        for m in apps.load_all()
        for c in apps.members(m).values()
        if isinstance(c, type)
        and is_grouped(c)
        and len([s for s in fields_of(c) if s.kind != "extra"]) >= _layout.MIN_GROUPED_FIELDS
    },
    key=lambda c: (c.__module__, c.__name__),
)


def _layouts(conv: Converter, cls: type) -> _layout.Layouts:
    found = conv.learned_layouts(cls)
    assert found is not None, f"{cls.__name__} has no learned layouts"
    return found


def _outcome(conv: Converter, cls: type, wire: bytes) -> tuple[str, Any]:
    """What decoding gives: the object (with the attributes equality leaves out), or the error."""
    try:
        m: diameter.Message = conv.decode_as(cls, wire)
    except DecodeError as e:
        return "error", (type(e), e.result_code, e.offset, str(e))
    return "ok", (m, type(m), getattr(m, "wire_flags"), m.hop_by_hop, m.end_to_end, m.retransmit, diameter.encode(m))


def _learn(conv: Converter, cls: type, wire: bytes) -> None:
    for _ in range(_layout.LEARN_AFTER):
        conv.decode_as(cls, wire)


def _unknown_avps(value: Any) -> bool:
    """Whether ``value`` holds unknown AVPs (``* [ AVP ]``) at any level: those are not learned."""
    if not (is_command(type(value)) or is_grouped(type(value))):
        return False
    for spec in fields_of(type(value)):
        v = getattr(value, spec.name)
        if spec.kind == "extra" and v:
            return True
        for item in v if isinstance(v, tuple) else (v,):
            if _unknown_avps(item):
                return True
    return False


def _avp_count(cls: type, wire: bytes) -> int:
    """The AVPs of message ``wire`` at every level, each a field of its class."""
    items = getattr(_layout, "_walk")(cls, wire + bytes(12), 20, len(wire), 1, [0], [1 << 30])  # noqa: B009
    assert items is not None

    def count(items: list[Any]) -> int:
        return sum(1 + (count(i.children) if i.children else 0) for i in items)

    return count(items)


@pytest.mark.parametrize("cls", COMMANDS, ids=_ids)
def test_every_command_is_learned_and_decodes_as_the_general_decoder_does(cls: type) -> None:
    """Every command with every field filled is learned (unless it holds more than
    MAX_LAYOUT_AVPS AVPs: then it is not) and decodes as the general decoder does."""
    msg = full_instance(cls)
    wire = diameter.encode(msg)
    conv = Converter()
    _learn(conv, cls, wire)
    layouts = _layouts(conv, cls)
    if _avp_count(cls, wire) > _layout.MAX_LAYOUT_AVPS:
        assert layouts.by_length.get(len(wire), ()) == ()
        assert _outcome(conv, cls, wire) == _outcome(Converter(layouts=False), cls, wire)
        return
    assert len(layouts.by_length[len(wire)]) == 1
    fast = layouts.by_length[len(wire)][0]
    h = diameter.header_of(msg)
    got = fast(wire + bytes(12), len(wire), conv.max_depth, h.flags, h.application_id, h.hop_by_hop, h.end_to_end)
    assert got is not None
    assert got == msg and type(got) is cls
    assert _outcome(conv, cls, wire) == _outcome(Converter(layouts=False), cls, wire)


@pytest.mark.slow
@pytest.mark.parametrize("cls", COMMANDS[::7], ids=_ids[::7])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_learned_layouts_agree_with_the_general_decoder(cls: type, data: st.DataObject) -> None:
    msg = data.draw(instances(cls, 2))
    wire = diameter.encode(msg)
    conv = Converter()
    _learn(conv, cls, wire)
    learned = _layouts(conv, cls).by_length.get(len(wire), ())
    assert bool(learned) == (not _unknown_avps(msg))
    assert _outcome(conv, cls, wire) == _outcome(Converter(layouts=False), cls, wire)


def _ccr() -> Any:
    """A TS 32.299 CCR with what it requires and a PS-Information with every field, three
    levels of grouped AVPs deep: 110 AVPs at every level, 2,100 bytes, within MAX_LAYOUT_AVPS
    (the CCR with every field at every level has 1,522)."""
    from diameter.apps import tgpp

    return attrs.evolve(
        full_instance(tgpp.CCR, 4),
        service_information=tgpp.ServiceInformation(ps_information=full_instance(tgpp.PSInformation, 3)),
    )


def _ccr_wire() -> tuple[type, bytes]:
    from diameter.apps import tgpp

    return tgpp.CCR, diameter.encode(_ccr())


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(flips=st.lists(st.tuples(st.integers(20, 1 << 16), st.integers(0, 255)), min_size=1, max_size=4))
def test_same_length_with_other_bytes_decodes_or_fails_as_the_general_decoder(flips: list[tuple[int, int]]) -> None:
    # other values (the fast path), other headers (its check fails: the general decoder), bad
    # values (UTF-8, address families, enumerations, lengths): the same outcome either way
    cls, wire = _ccr_wire()
    conv = _learned_ccr()
    data = bytearray(wire)
    for pos, value in flips:
        data[20 + pos % (len(data) - 20)] = value
    assert _outcome(conv, cls, bytes(data)) == _outcome(_GENERAL, cls, bytes(data))


_GENERAL = Converter(layouts=False)
_CCR_CONVERTER = Converter()


def _learned_ccr() -> Converter:
    """A shared converter that has learned the CCR's layout (taught in each test: a mutation
    run makes converters forget what they learned, see conftest.py)."""
    _learn(_CCR_CONVERTER, *_ccr_wire())
    return _CCR_CONVERTER


def test_values_are_read_from_each_message_not_kept() -> None:
    from diameter.apps import tgpp

    msg = _ccr()
    conv = Converter()
    _learn(conv, tgpp.CCR, diameter.encode(msg))
    assert _layouts(conv, tgpp.CCR).by_length
    for n in (1, 2, 3):
        other = attrs.evolve(msg, cc_request_number=n, session_id=msg.session_id[:-1] + str(n), hop_by_hop=n)
        assert conv.decode(diameter.encode(other)) == other


def test_a_layout_is_not_used_past_the_depth_limit() -> None:
    cls, wire = _ccr_wire()
    conv = Converter()
    _learn(conv, cls, wire)
    conv.max_depth = 1
    with pytest.raises(DecodeError) as e:
        conv.decode(wire)
    assert "nested deeper than the configured limit" in str(e.value)  # the general decoder's error


def test_retransmit_flag_and_ids_come_from_the_header() -> None:
    cls, wire = _ccr_wire()
    conv = Converter()
    _learn(conv, cls, wire)
    again = bytearray(wire)
    again[4] |= 0x10
    again[12:20] = bytes(range(1, 9))
    m = conv.decode(bytes(again))
    assert m.retransmit and m.hop_by_hop == 0x01020304 and m.end_to_end == 0x05060708
    assert m == _GENERAL.decode(bytes(again))


def test_layouts_off_never_learn() -> None:
    cls, wire = _ccr_wire()
    conv = Converter(layouts=False)
    for _ in range(3 * _layout.LEARN_AFTER):
        conv.decode(wire)
    assert conv.learned_layouts(cls) is None and "_learn" not in conv.decoder(cls).__globals__


def test_an_unlearnable_layout_is_walked_a_bounded_number_of_times() -> None:
    from diameter.apps.base import DWR
    from diameter.wire import Avp

    msg = DWR(origin_host="a.example", origin_realm="example", avps=(Avp(9999, b"x", 0, 0),))
    wire = diameter.encode(msg)
    conv = Converter()
    for _ in range(_layout.LEARN_AFTER * (_layout.MAX_ATTEMPTS + 3)):
        assert conv.decode(wire) == msg
    layouts = _layouts(conv, DWR)
    assert layouts.attempts[len(wire)] == _layout.MAX_ATTEMPTS
    assert not layouts.by_length


def test_layouts_per_length_are_bounded() -> None:
    # several layouts of one length: Session-Ids of equal length in different AVP orders
    from diameter.apps.base import DWR

    conv = Converter()
    # AVP Lengths of 17 to 20 all pad to 20: the same message length, other headers
    wires = [
        diameter.encode(DWR(origin_host="h" * h + ".example", origin_realm="r" * r + ".example", origin_state_id=1))
        for h, r in [(1, 1), (1, 2), (2, 1), (3, 4), (4, 3), (2, 2)]
    ]
    assert len({len(w) for w in wires}) == 1
    for w in wires:
        _learn(conv, DWR, w)
        assert conv.decode(w) == _GENERAL.decode(w)
    assert len(_layouts(conv, DWR).by_length[len(wires[0])]) == _layout.MAX_PER_LENGTH


def _toggle_m_bits(wire: bytes) -> bytes:
    """``wire`` with the M bit of every AVP flipped, at every level (as a peer that reads the
    flag rules otherwise sends it)."""
    from diameter.registry import DEFAULT
    from diameter.types import GROUPED
    from diameter.wire import iter_avps

    out = bytearray(wire)

    def walk(start: int, end: int) -> None:
        for offset, avp in iter_avps(wire[start:end]):
            out[start + offset + 4] ^= 0x40
            d = DEFAULT.avps.get((avp.code, avp.vendor))
            if d is not None and d.format is GROUPED:
                data = start + offset + (12 if avp.vendor else 8)
                walk(data, data + len(avp.data))

    walk(20, len(wire))
    return bytes(out)


def test_a_peer_setting_other_m_bits_is_learned_with_its_flags() -> None:
    cls, wire = _ccr_wire()
    other = _toggle_m_bits(wire)
    conv = Converter()
    _learn(conv, cls, other)
    assert _layouts(conv, cls).by_length[len(other)]
    fast, general = _outcome(conv, cls, other), _outcome(_GENERAL, cls, other)
    assert fast == general and fast[0] == "ok"
    assert fast[1][-1] == other  # encoding gives the received flags back


# --- grouped AVPs: layouts of their own, used where the message's layout is not known ---------


def _grouped_outcome(conv: Converter, cls: type, data: bytes) -> tuple[str, Any]:
    try:
        v = conv.decode_grouped(cls, data)
    except DecodeError as e:
        return "error", (type(e), e.result_code, e.offset, str(e))
    return "ok", (v, type(v), v.wire_flags, conv.encode_grouped(v))


def _learn_grouped(conv: Converter, cls: type, data: bytes) -> None:
    for _ in range(_layout.LEARN_AFTER):
        conv.decode_grouped(cls, data)


@pytest.mark.parametrize("cls", GROUPED, ids=[c.__name__ for c in GROUPED])
def test_every_wide_grouped_avp_is_learned_and_decodes_as_the_general_decoder_does(cls: type) -> None:
    """Each wide grouped class with every field filled, as deep as MAX_LAYOUT_AVPS allows, is
    learned and decodes as the general decoder does; filled deeper than that, it is not
    learned, and decodes the same."""

    def count(data: bytes) -> int:
        items = getattr(_layout, "_walk")(cls, data + bytes(12), 0, len(data), 2, [0], [1 << 30])  # noqa: B009
        assert items is not None

        def n(items: list[Any]) -> int:
            return sum(1 + (n(i.children) if i.children else 0) for i in items)

        return n(items)

    for start in range(5):  # full_instance fills every field down to depth 4 - start
        value = full_instance(cls, start)
        data = Converter().encode_grouped(value)
        if count(data) <= _layout.MAX_LAYOUT_AVPS:
            break
        conv = Converter()
        _learn_grouped(conv, cls, data)
        assert _layouts(conv, cls).by_length.get(len(data), ()) == ()
        assert _grouped_outcome(conv, cls, data) == _grouped_outcome(_GENERAL, cls, data)
    conv = Converter()
    _learn_grouped(conv, cls, data)
    [fast] = _layouts(conv, cls).by_length[len(data)]
    got = fast(data + bytes(12), 0, len(data), conv.max_depth)
    assert got == value and type(got) is cls
    assert _grouped_outcome(conv, cls, data) == _grouped_outcome(_GENERAL, cls, data)


@pytest.mark.slow
@pytest.mark.parametrize("cls", GROUPED[::5], ids=[c.__name__ for c in GROUPED[::5]])
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_grouped_layouts_agree_with_the_general_decoder(cls: type, data: st.DataObject) -> None:
    value = data.draw(instances(cls, 2))
    wire = _GENERAL.encode_grouped(value)
    conv = Converter()
    _learn_grouped(conv, cls, wire)
    assert bool(_layouts(conv, cls).by_length.get(len(wire))) == (not _unknown_avps(value))
    assert _grouped_outcome(conv, cls, wire) == _grouped_outcome(_GENERAL, cls, wire)


def _ps_information() -> tuple[type, bytes]:
    from diameter.apps import tgpp

    # every field, nested two levels deep: 100 AVPs, within MAX_LAYOUT_AVPS
    return tgpp.PSInformation, _GENERAL.encode_grouped(full_instance(tgpp.PSInformation, 3))


_PS_CONVERTER = Converter()


def _learned_ps() -> Converter:
    """A shared converter that has learned the PS-Information's layout (see _learned_ccr)."""
    _learn_grouped(_PS_CONVERTER, *_ps_information())
    return _PS_CONVERTER


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(flips=st.lists(st.tuples(st.integers(0, 1 << 16), st.integers(0, 255)), min_size=1, max_size=4))
def test_a_grouped_avp_with_other_bytes_decodes_or_fails_as_the_general_decoder(flips: list[tuple[int, int]]) -> None:
    cls, data = _ps_information()
    mutated = bytearray(data)
    for pos, value in flips:
        mutated[pos % len(mutated)] = value
    assert _grouped_outcome(_learned_ps(), cls, bytes(mutated)) == _grouped_outcome(_GENERAL, cls, bytes(mutated))


def test_grouped_layouts_serve_a_message_whose_own_layout_is_not_learned() -> None:
    from diameter.apps import tgpp
    from diameter.wire import Avp

    msg = attrs.evolve(_ccr(), multiple_services_credit_control=(full_instance(tgpp.MultipleServicesCreditControl, 3),))
    conv = Converter()
    for n in range(3 * _layout.LEARN_AFTER):
        # an unknown AVP of another length each time: the message's layout is never learned
        other = attrs.evolve(msg, cc_request_number=n, avps=(Avp(9999, bytes(4 * n), 0, 0),))
        wire = diameter.encode(other)
        assert conv.decode(wire) == other == _GENERAL.decode(wire)
    assert not _layouts(conv, tgpp.CCR).by_length
    assert _layouts(conv, tgpp.PSInformation).by_length
    assert _layouts(conv, tgpp.MultipleServicesCreditControl).by_length


def test_a_grouped_layout_is_not_used_past_the_depth_limit() -> None:
    cls, data = _ps_information()
    conv = Converter()
    _learn_grouped(conv, cls, data)
    conv.max_depth = 1  # PS-Information nests grouped AVPs
    assert _grouped_outcome(conv, cls, data) == _grouped_outcome(Converter(layouts=False, max_depth=1), cls, data)
    assert _grouped_outcome(conv, cls, data)[0] == "error"


# --- the bounds documented in diameter._layout, exactly ------------------------------------


def _dwr_wire(host: str = "a.example", state: int | None = 1) -> bytes:
    from diameter.apps.base import DWR

    return diameter.encode(DWR(origin_host=host, origin_realm="example", origin_state_id=state))


def test_a_layout_is_learned_at_the_learn_after_th_decode_of_a_length() -> None:
    from diameter.apps.base import DWR

    wire = _dwr_wire()
    conv = Converter()
    for n in range(1, _layout.LEARN_AFTER):
        conv.decode(wire)
        layouts = _layouts(conv, DWR)
        assert layouts.seen == {len(wire): n} and not layouts.by_length  # counted, not yet walked
    conv.decode(wire)  # the LEARN_AFTER-th
    layouts = _layouts(conv, DWR)
    assert list(layouts.by_length) == [len(wire)] and len(layouts.by_length[len(wire)]) == 1
    assert layouts.attempts == {len(wire): 1} and layouts.count == 1
    assert layouts.seen == {len(wire): 0}  # counting starts again (another layout of this length)
    conv.decode(wire)  # the learned layout decodes it: nothing is counted
    assert layouts.seen == {len(wire): 0}
    assert conv.decode(wire) == _GENERAL.decode(wire)


def test_the_layout_function_is_named_and_inspectable() -> None:
    import inspect

    from diameter.apps.base import DWR

    wire = _dwr_wire()
    conv = Converter()
    _learn(conv, DWR, wire)
    [fn] = _layouts(conv, DWR).by_length[len(wire)]
    name = f"layout_DeviceWatchdogRequest_{len(wire)}_0"
    assert fn.__name__ == name and fn.__code__.co_filename.startswith(
        f"<diameter generated {name} of diameter.apps.base.DeviceWatchdogRequest #"
    )
    source = inspect.getsource(fn)
    assert source.startswith(f"def {name}(b, end, depth, flags, app, hbh, e2e):")
    assert "_from_bytes(b, 'big') & _M != _E" in source and f"len(b) != {len(wire) + 12}" in source


def test_a_layout_checks_every_header_byte_and_reads_every_value_byte() -> None:
    from diameter.apps.base import DWR

    wire = _dwr_wire()
    conv = Converter()
    _learn(conv, DWR, wire)
    [fn] = _layouts(conv, DWR).by_length[len(wire)]
    args = (len(wire), conv.max_depth, 0x80, 0, 0, 0)  # flags, Application-Id, ids of the header
    original = DWR(origin_host="a.example", origin_realm="example", origin_state_id=1)
    assert fn(wire + bytes(12), *args) == original
    headers, values = set(), set()
    pos = 20
    while pos < len(wire):  # RFC 6733 §4.1: 8-byte headers here (no V bit), data, padding
        length = int.from_bytes(wire[pos + 5 : pos + 8], "big")
        headers |= set(range(pos, pos + 8))
        values |= set(range(pos + 8, pos + length))
        pos += (length + 3) & -4
    for i in range(20, len(wire)):
        changed = bytearray(wire)
        changed[i] ^= 0x01
        got = fn(bytes(changed) + bytes(12), *args)
        if i in headers:
            assert got is None, i  # another layout: the general decoder's business
        elif i in values:
            assert got is not None and got != original and got == _GENERAL.decode(bytes(changed)), i
        else:
            assert got == original, i  # padding
    assert fn(wire + bytes(11), *args) is None  # another buffer length


def test_layouts_per_class_are_bounded() -> None:
    from diameter.apps.base import DWR

    conv = Converter()
    lengths = set()
    for n in range(_layout.MAX_LAYOUTS + 3):
        wire = _dwr_wire(host="h" * (1 + 4 * n))  # each four bytes longer
        lengths.add(len(wire))
        _learn(conv, DWR, wire)
        assert conv.decode(wire) == _GENERAL.decode(wire)
    layouts = _layouts(conv, DWR)
    assert len(lengths) == _layout.MAX_LAYOUTS + 3
    assert layouts.count == _layout.MAX_LAYOUTS == len(layouts.by_length)
    last = _dwr_wire(host="h" * (1 + 4 * (_layout.MAX_LAYOUTS + 2)))
    assert len(last) not in layouts.by_length and layouts.seen[len(last)] == _layout.LEARN_AFTER + 1


def test_counts_of_lengths_are_forgotten_past_the_bound() -> None:
    from diameter.apps.base import DWR

    conv = Converter()
    wire = _dwr_wire()
    conv.decode(wire)
    layouts = _layouts(conv, DWR)
    layouts.seen.clear()
    layouts.seen.update({-n: 1 for n in range(1, _layout.MAX_LENGTHS)})  # MAX_LENGTHS - 1 other lengths
    conv.decode(wire)  # a length not counted yet: one more, at the bound
    assert len(layouts.seen) == _layout.MAX_LENGTHS and layouts.seen[len(wire)] == 1
    conv.decode(wire)  # a length already counted: counted on
    assert len(layouts.seen) == _layout.MAX_LENGTHS and layouts.seen[len(wire)] == 2
    other = _dwr_wire(host="longer.example")
    conv.decode(other)  # a new length past the bound: the counts are forgotten
    assert layouts.seen == {len(other): 1}


def test_a_layout_holds_at_most_max_layout_avps() -> None:
    """A message of MAX_LAYOUT_AVPS AVPs is learned; one of one more is not (learning costs
    time in proportion to the AVPs: this bounds what one message can cost), and decodes the
    same."""
    from diameter.apps.base import STR, TerminationCause

    assert _layout.MAX_LAYOUT_AVPS == 128
    for extra, learned in ((0, True), (1, False)):
        msg = STR(
            session_id="a;1",
            origin_host="a.example.com",
            origin_realm="example.com",
            destination_realm="example.com",
            auth_application_id=4,
            termination_cause=TerminationCause.DIAMETER_LOGOUT,
            class_=tuple(bytes([i]) for i in range(_layout.MAX_LAYOUT_AVPS - 6 + extra)),
        )
        wire = diameter.encode(msg)
        assert _avp_count(STR, wire) == _layout.MAX_LAYOUT_AVPS + extra
        conv = Converter()
        _learn(conv, STR, wire)
        assert len(_layouts(conv, STR).by_length.get(len(wire), ())) == int(learned)
        assert conv.decode_as(STR, wire) == msg
        assert _outcome(conv, STR, wire) == _outcome(Converter(layouts=False), STR, wire)


def test_grouped_classes_learn_from_min_grouped_fields_on() -> None:
    from diameter.apps import credit_control, ietf

    assert _layout.MIN_GROUPED_FIELDS == 8
    seven, eight = credit_control.GrantedServiceUnit, ietf.FilterRule
    assert [len([s for s in fields_of(c) if s.kind != "extra"]) for c in (seven, eight)] == [7, 8]
    assert not _layout.learnable(seven) and _layout.learnable(eight)
    conv = Converter()
    assert conv.learned_layouts(seven) is None and conv.learned_layouts(eight) is not None
    assert Converter(layouts=False).learned_layouts(eight) is None
    from diameter.apps.base import DWR, AnswerMessage

    assert _layout.learnable(DWR) and not _layout.learnable(AnswerMessage)
    assert conv.learned_layouts(AnswerMessage) is None


def _nesting(wire: bytes, start: int = 20, end: int | None = None) -> int:
    """Levels of grouped AVPs in ``wire[start:end]`` (0 when none is grouped)."""
    from diameter.registry import DEFAULT
    from diameter.types import GROUPED
    from diameter.wire import iter_avps

    deepest = 0
    for offset, avp in iter_avps(wire[start:end]):
        d = DEFAULT.avps.get((avp.code, avp.vendor))
        if d is not None and d.format is GROUPED:
            data = start + offset + (12 if avp.vendor else 8)
            deepest = max(deepest, 1 + _nesting(wire, data, data + len(avp.data)))
    return deepest


def test_a_layout_takes_exactly_the_depth_its_nesting_needs() -> None:
    # Converter(max_depth=n) admits n levels of grouped AVPs: the layout as the general decoder
    cls, wire = _ccr_wire()
    levels = _nesting(wire)
    assert levels >= 3
    conv = Converter()
    _learn(conv, cls, wire)
    [fast] = _layouts(conv, cls).by_length[len(wire)]
    h = diameter.header_of(_GENERAL.decode(wire))
    args = (wire + bytes(12), len(wire))
    ids = (h.flags, h.application_id, h.hop_by_hop, h.end_to_end)
    assert fast(*args, levels, *ids) == _GENERAL.decode(wire)
    assert fast(*args, levels - 1, *ids) is None
    assert Converter(layouts=False, max_depth=levels).decode(wire) == _GENERAL.decode(wire)
    with pytest.raises(DecodeError, match="nested deeper"):
        Converter(layouts=False, max_depth=levels - 1).decode(wire)


def test_a_message_ending_in_an_empty_avp_is_learned() -> None:
    from diameter.apps.base import DWR

    wire = diameter.encode(DWR(origin_host="h.example", origin_realm=""))  # last AVP: 8 bytes, no data
    conv = Converter()
    _learn(conv, DWR, wire)
    assert len(_layouts(conv, DWR).by_length[len(wire)]) == 1
    assert conv.decode(wire) == DWR(origin_host="h.example", origin_realm="") == _GENERAL.decode(wire)


def test_a_v_bit_on_an_avp_defined_without_a_vendor_is_not_learned() -> None:
    # Origin-Host with the V bit and Vendor-ID 0: a 12-byte header (RFC 6733 §4.1) the general
    # decoder reads; a layout of the definition's 8-byte header would read the Vendor-ID as data
    from diameter.apps.base import DWR

    host = b"h.example"
    avp = struct.pack("!III", 264, (0xC0 << 24) | (12 + len(host)), 0) + host + bytes(-len(host) % 4)
    realm = struct.pack("!II", 296, (0x40 << 24) | 15) + b"example" + b"\x00"
    body = avp + realm
    wire = struct.pack("!IIIII", 0x01000000 | (20 + len(body)), 0x80000118, 0, 0, 0) + body
    conv = Converter()
    for _ in range(3 * _layout.LEARN_AFTER):
        assert conv.decode(wire) == DWR(origin_host="h.example", origin_realm="example")
    assert not _layouts(conv, DWR).by_length


def test_a_learned_address_of_another_family_decodes_as_the_general_decoder() -> None:
    # RFC 6733 §4.3.1 Address: the family decides the form; a layout learned with IPv4 and IPv6
    # Host-IP-Addresses meets other families of the same sizes in the next messages
    from diameter.apps.base import CER
    from diameter.types import OtherAddress

    v4, v6 = IPv4Address("192.0.2.1"), IPv6Address("2001:db8::1")
    msg = CER(origin_host="h", origin_realm="r", host_ip_address=(v4, v6), vendor_id=0, product_name="p")
    wire = diameter.encode(msg)
    conv = Converter()
    _learn(conv, CER, wire)
    assert _layouts(conv, CER).by_length[len(wire)]
    at4 = wire.index(b"\x00\x01" + v4.packed)
    at6 = wire.index(b"\x00\x02" + v6.packed)
    for family4, family6 in [(3, 3), (8, 1), (2, 1), (1, 2), (0, 0)]:
        other = bytearray(wire)
        other[at4 : at4 + 2] = family4.to_bytes(2, "big")
        other[at6 : at6 + 2] = family6.to_bytes(2, "big")
        assert _outcome(conv, CER, bytes(other)) == _outcome(_GENERAL, CER, bytes(other))
    e164 = bytearray(wire)
    e164[at4 : at4 + 2] = (8).to_bytes(2, "big")
    got = conv.decode(bytes(e164)).host_ip_address  # type: ignore[attr-defined]
    assert got == (OtherAddress(8, v4.packed), v6)


def test_a_grouped_layout_takes_exactly_the_depth_its_nesting_needs() -> None:
    # a grouped AVP's own level counts: its data nesting L more levels needs max_depth L + 1
    cls, data = _ps_information()
    wire = bytes(8) + data  # _nesting reads AVPs from an offset: any prefix will do
    levels = 1 + _nesting(wire, 8)
    assert levels >= 2
    conv = Converter()
    _learn_grouped(conv, cls, data)
    [fast] = _layouts(conv, cls).by_length[len(data)]
    name = f"layout_PSInformation_{len(data)}_0"
    assert fast.__name__ == name and fast.__code__.co_filename.startswith(f"<diameter generated {name} of ")
    padded = data + bytes(12)
    expected = _GENERAL.decode_grouped(cls, data)
    assert fast(padded, 0, len(data), levels) == expected
    assert fast(padded, 0, len(data), levels - 1) is None
    assert Converter(layouts=False, max_depth=levels).decode_grouped(cls, data) == expected
    with pytest.raises(DecodeError, match="nested deeper"):
        Converter(layouts=False, max_depth=levels - 1).decode_grouped(cls, data)
    # the same bytes further into a buffer: positions are relative to the grouped AVP's data
    shifted = bytes(20) + data + bytes(12)
    assert fast(shifted, 20, 20 + len(data), levels) == expected


def test_a_grouped_layout_meets_addresses_of_other_families() -> None:
    # RFC 6733 §4.3.1: the family decides the form of an Address; inside a learned grouped AVP
    # other families of the same size decode as the general decoder decodes them
    from diameter.types import OtherAddress

    cls, data = _ps_information()
    conv = _learned_ps()
    v4 = IPv4Address(0xC0000201)  # builders.value_for: the first value of an Address field
    at = data.index(b"\x00\x01" + v4.packed)
    for family in (8, 3, 2):
        other = bytearray(data)
        other[at : at + 2] = family.to_bytes(2, "big")
        assert _grouped_outcome(conv, cls, bytes(other)) == _grouped_outcome(_GENERAL, cls, bytes(other))
    e164 = bytearray(data)
    e164[at : at + 2] = (8).to_bytes(2, "big")
    # the layouts learned for this length (other tests may have taught the shared converter more)
    layouts = _layouts(conv, cls).by_length[len(data)]
    decoded = [fast(bytes(e164) + bytes(12), 0, len(data), conv.max_depth) for fast in layouts]
    got = next((d for d in decoded if d is not None), None)
    assert got is not None and got == _GENERAL.decode_grouped(cls, bytes(e164))
    assert OtherAddress(8, v4.packed) in got.pdp_address + got.sgsn_address + got.ggsn_address
