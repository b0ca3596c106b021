"""Learned shapes (diameter._shapes): the encoder's fast path for recurring message shapes
gives exactly what the general encoder gives, bytes and errors alike."""

from __future__ import annotations

import inspect
import struct
from datetime import UTC, datetime, timedelta, timezone
from ipaddress import IPv4Address, IPv6Address
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diameter
from diameter import Converter, EncodeError, _shapes, apps, data
from diameter.apps import credit_control as cc
from diameter.apps import tgpp
from diameter.apps.base import AnswerMessage
from diameter.schema import ErrorAnswer, fields_of, is_command, is_grouped
from diameter.types import OtherAddress
from diameter.wire import Avp

from builders import full_instance
from golden import command_classes
from strategies import instances

COMMANDS = [c for _, c in command_classes() if not issubclass(c, ErrorAnswer)]
_ids = [c.__name__ for c in COMMANDS]
REFERENCE = Converter(layouts=False)


def _outcome(conv: Converter, msg: Any, **ids: int) -> tuple[str, Any]:
    """What encoding gives: the bytes, or the error's type and text."""
    try:
        return "ok", conv.encode(msg, **ids)
    except (EncodeError, ValueError) as e:
        return "error", (type(e), str(e))


def _expected(msg: Any, **ids: int) -> tuple[str, Any]:
    return _outcome(REFERENCE, msg, **ids)


def _learned(msg: Any) -> Converter:
    """A converter that has learned the shape of ``msg``."""
    conv = Converter()
    for _ in range(_shapes.LEARN_AFTER):
        conv.encode(msg)
    shapes = conv.learned_shapes(type(msg))
    assert shapes is not None and len(shapes.fns) == 1, "the shape was not learned"
    return conv


def _avp_count(value: Any) -> int:
    n = 0
    for spec in fields_of(type(value)):
        v = getattr(value, spec.name)
        for item in v if isinstance(v, tuple) else (v,) if v is not None else ():
            n += 1 + (_avp_count(item) if is_grouped(type(item)) else 0)
    return n


def _variant(value: Any, salt: int) -> Any:
    """``value`` with every string, byte string and number changed (``salt`` says how) and the
    same shape: the strings are longer, so the lengths in the headers differ."""
    changes: dict[str, Any] = {}
    for spec in fields_of(type(value)):
        v = getattr(value, spec.name)
        if spec.kind == "extra" or v is None:
            continue
        fmt = spec.definition.format.name
        items = v if isinstance(v, tuple) else (v,)
        new = []
        for item in items:
            if is_grouped(type(item)):
                item = _variant(item, salt)
            elif type(item) is str:
                item = item + "é" * salt
            elif type(item) is bytes:
                item = item + bytes(range(salt))
            elif type(item) is int and fmt.startswith("Unsigned"):
                item = item ^ salt  # (stays in range)
            elif type(item) is datetime:
                item = item + timedelta(seconds=salt)
            new.append(item)
        changes[spec.name] = tuple(new) if isinstance(v, tuple) else new[0]
    return attrs.evolve(value, **changes)


@pytest.mark.parametrize("cls", COMMANDS, ids=_ids)
def test_every_command_is_learned_and_encodes_as_the_general_encoder_does(cls: type) -> None:
    """Every command with every field set has a shape (unless it holds more than
    MAX_SHAPE_AVPS AVPs: then none), which encodes it and messages of its shape with other
    values, lengths, identifiers and T flag as the general encoder does."""
    msg = full_instance(cls)
    fn = _shapes.generate(cls, msg)
    if _avp_count(msg) > _shapes.MAX_SHAPE_AVPS:
        assert fn is None
        return
    assert fn is not None
    for m in (msg, _variant(msg, 1), _variant(msg, 6)):
        assert ("ok", fn(m, m.hop_by_hop, m.end_to_end)) == _expected(m)
    assert ("ok", fn(msg, 7, 0xFFFFFFFF)) == _expected(msg, hop_by_hop=7, end_to_end=0xFFFFFFFF)
    # the T flag is part of the shape
    retransmitted = attrs.evolve(msg, retransmit=True)
    assert fn(retransmitted, 1, 2) is None
    again = _shapes.generate(cls, retransmitted)
    assert again is not None and ("ok", again(retransmitted, 1, 2)) == _expected(
        retransmitted, hop_by_hop=1, end_to_end=2
    )
    assert again(msg, 1, 2) is None


@pytest.mark.slow
@pytest.mark.parametrize("cls", COMMANDS[::5], ids=_ids[::5])
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_shape_encodes_what_it_takes_as_the_general_encoder_and_passes_on_the_rest(
    cls: type, data: st.DataObject
) -> None:
    """Learned from one message, a shape gives another message the general encoder's bytes, or
    passes it on (here to nothing: None); a message of its own shape it always takes."""
    first = data.draw(instances(cls, 2))
    fn = _shapes.generate(cls, first)
    unknown = any(spec.kind == "extra" and getattr(first, spec.name) for spec in fields_of(cls))
    if fn is None:
        assert unknown or _avp_count(first) > _shapes.MAX_SHAPE_AVPS or _has_unknown(first)
        return
    assert ("ok", fn(first, first.hop_by_hop, first.end_to_end)) == _expected(first)
    other = data.draw(instances(cls, 2))
    got = fn(other, other.hop_by_hop, other.end_to_end)
    if got is not None:
        assert ("ok", got) == _expected(other)
    same_shape = _variant(first, data.draw(st.integers(1, 9)))
    assert ("ok", fn(same_shape, same_shape.hop_by_hop, same_shape.end_to_end)) == _expected(same_shape)


def _has_unknown(value: Any) -> bool:
    for spec in fields_of(type(value)):
        v = getattr(value, spec.name)
        if spec.kind == "extra" and v:
            return True
        for item in v if isinstance(v, tuple) else (v,):
            if is_grouped(type(item)) and _has_unknown(item):
                return True
    return False


def _gy_ccr(**changes: Any) -> Any:
    from ipaddress import ip_address

    ccr = tgpp.CCR(
        session_id="pgw.example.com;1;2",
        origin_host="pgw.example.com",
        origin_realm="example.com",
        destination_realm="ocs.example.com",
        auth_application_id=4,
        service_context_id="32251@3gpp.org",
        cc_request_type=cc.CCRequestType.UPDATE_REQUEST,
        cc_request_number=1,
        event_timestamp=datetime(2026, 12, 5, 10, 0, 0, tzinfo=UTC),
        subscription_id=(
            cc.SubscriptionId(
                subscription_id_type=cc.SubscriptionIdType.END_USER_IMSI, subscription_id_data="001010123456789"
            ),
        ),
        multiple_services_credit_control=(
            tgpp.MultipleServicesCreditControl(
                requested_service_unit=cc.RequestedServiceUnit(), rating_group=7, service_identifier=(1, 2)
            ),
        ),
        service_information=tgpp.ServiceInformation(
            ps_information=tgpp.PSInformation(
                tgpp_charging_id=b"\x00\x00\x00\x01",
                sgsn_address=(ip_address("192.0.2.1"),),
                ggsn_address=(ip_address("192.0.2.2"),),
                called_station_id="internet",
            )
        ),
        hop_by_hop=1,
        end_to_end=2,
    )
    return diameter.evolve(ccr, **changes)


def test_the_converter_learns_a_shape_at_the_learn_after_th_encode_and_puts_it_first() -> None:
    msg = _gy_ccr()
    conv = Converter()
    general = conv.encoder(tgpp.CCR)
    for _ in range(_shapes.LEARN_AFTER - 1):
        conv.encode(msg)
    shapes = conv.learned_shapes(tgpp.CCR)
    assert shapes is not None and shapes.fns == [] and conv.encoder(tgpp.CCR) is general
    assert conv.encode(msg) == REFERENCE.encode(msg)
    assert len(shapes.fns) == 1 and conv.encoder(tgpp.CCR) is shapes.fns[0]
    assert shapes.fns[0].__globals__["_next"] is general
    # the shape's messages, with other values and ids, and messages of other shapes
    for m in (
        msg,
        _gy_ccr(session_id="pgw.example.com;12345;6789", cc_request_number=2**32 - 1),
        _gy_ccr(retransmit=True, hop_by_hop=0xFFFFFFFF, end_to_end=0),
        _gy_ccr(user_name="alice"),
        _gy_ccr(subscription_id=()),
        _gy_ccr(subscription_id=[*msg.subscription_id, *msg.subscription_id]),
        _gy_ccr(service_information=None),
    ):
        assert _outcome(conv, m) == _expected(m)
        assert _outcome(conv, m, hop_by_hop=9, end_to_end=10) == _expected(m, hop_by_hop=9, end_to_end=10)


def test_the_function_is_named_and_inspectable() -> None:
    conv = _learned(_gy_ccr())
    shapes = conv.learned_shapes(tgpp.CCR)
    assert shapes is not None
    [fn] = shapes.fns
    assert fn.__name__ == "shape_CreditControlRequest"
    source = inspect.getsource(fn)
    assert "o.session_id" in source and "return _next(o, hbh, e2e)" in source


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("cc_request_number", -1),
        ("cc_request_number", 2**32),
        ("cc_request_number", "1"),
        ("cc_request_type", 2**31),
        ("origin_host", b"bytes.example.com"),
        ("origin_host", 7),
        ("session_id", "\udc80"),
        ("event_timestamp", datetime(2026, 12, 5)),  # naive
        ("event_timestamp", datetime(1968, 1, 20, 3, 14, 7, tzinfo=UTC)),
        ("event_timestamp", datetime(2104, 2, 26, 9, 42, 24, tzinfo=UTC)),
        ("event_timestamp", "2026-12-05"),
        ("subscription_id", None),
        ("subscription_id", ("001010123456789",)),
    ],
)
def test_a_value_the_general_encoder_refuses_is_refused_with_its_error(field: str, value: Any) -> None:
    conv = _learned(_gy_ccr())
    bad = _gy_ccr(**{field: value})
    outcome = _outcome(conv, bad)
    assert outcome[0] == "error"
    assert outcome == _expected(bad)


def test_identifiers_out_of_range_are_refused_as_before() -> None:
    conv = _learned(_gy_ccr())
    for ids in ({"hop_by_hop": -1}, {"end_to_end": 2**32}):
        with pytest.raises(EncodeError, match="32-bit unsigned"):
            conv.encode(_gy_ccr(), **ids)
    with pytest.raises(EncodeError, match="32-bit unsigned"):
        conv.encode(_gy_ccr(hop_by_hop=2**32))


@pytest.mark.parametrize(
    "stamp",
    [
        datetime(1968, 1, 20, 3, 14, 8, tzinfo=UTC),  # the first second of the Time range
        datetime(2036, 2, 7, 6, 28, 15, tzinfo=UTC),  # the last of NTP era 0
        datetime(2036, 2, 7, 6, 28, 16, tzinfo=UTC),  # the first of era 1
        datetime(2104, 2, 26, 9, 42, 23, 999999, tzinfo=UTC),  # the last
        datetime(2026, 12, 5, 12, 0, 0, 500000, tzinfo=timezone(timedelta(hours=-5))),
    ],
)
def test_times_across_the_range_encode_as_the_general_encoder(stamp: datetime) -> None:
    conv = _learned(_gy_ccr())
    m = _gy_ccr(event_timestamp=stamp)
    assert conv.encode(m) == REFERENCE.encode(m)


def test_addresses_of_another_family_than_learned_are_passed_on() -> None:
    conv = _learned(_gy_ccr())
    ps = _gy_ccr().service_information.ps_information
    for address in (IPv6Address("2001:db8::1"), OtherAddress(8, b"\x01\x02\x03"), IPv4Address("198.51.100.7")):
        m = _gy_ccr(
            service_information=tgpp.ServiceInformation(ps_information=attrs.evolve(ps, sgsn_address=(address,)))
        )
        assert conv.encode(m) == REFERENCE.encode(m)


def test_received_values_keep_their_bytes_in_a_learned_shape() -> None:
    """A decoded grouped value placed in a built message, a message with received flags (from
    JSON) and one with unknown AVPs are passed on to the general encoder, which keeps them."""
    conv = _learned(_gy_ccr())
    received = diameter.decode(REFERENCE.encode(_gy_ccr()))
    assert isinstance(received, tgpp.CCR)
    odd = bytearray(diameter.encode(_gy_ccr()))
    odd[20 + 4] &= ~0x40  # Session-Id without its M bit
    flagged = diameter.decode(bytes(odd))
    from_json = data.from_json(tgpp.CCR, data.to_json(flagged))
    unknown = _gy_ccr(avps=(Avp(code=99999, flags=0, data=b"kept"),))
    for m in (
        _gy_ccr(subscription_id=received.subscription_id),
        _gy_ccr(service_information=received.service_information),
        flagged,
        from_json,
        diameter.evolve(flagged, hop_by_hop=5),
        unknown,
    ):
        assert conv.encode(m) == REFERENCE.encode(m)
    assert conv.encode(from_json) == bytes(odd)


def test_layouts_off_learns_no_shapes_and_answer_messages_have_none() -> None:
    conv = Converter(layouts=False)
    for _ in range(3 * _shapes.LEARN_AFTER):
        conv.encode(_gy_ccr())
    assert conv.learned_shapes(tgpp.CCR) is None
    assert not _shapes.learnable(AnswerMessage)
    assert Converter().learned_shapes(AnswerMessage) is None
    assert not _shapes.learnable(cc.SubscriptionId)


def test_shapes_per_class_and_walks_are_bounded() -> None:
    conv = Converter()
    shapes = conv.learned_shapes(tgpp.CCR)
    assert shapes is not None
    # a new shape every LEARN_AFTER messages: at most MAX_SHAPES are kept
    for k in range(_shapes.MAX_SHAPES + 3):
        m = _gy_ccr(subscription_id=_gy_ccr().subscription_id * (k + 1))
        for _ in range(_shapes.LEARN_AFTER):
            assert conv.encode(m) == REFERENCE.encode(m)
    assert len(shapes.fns) == _shapes.MAX_SHAPES
    # each kept shape still takes its own messages; the chain ends at the general encoder
    for k in range(_shapes.MAX_SHAPES + 3):
        m = _gy_ccr(subscription_id=_gy_ccr().subscription_id * (k + 1), session_id=f"s;{k}")
        assert conv.encode(m) == REFERENCE.encode(m)
    # a message that cannot be learned costs a walk, up to MAX_ATTEMPTS in all
    conv = Converter()
    shapes = conv.learned_shapes(tgpp.CCR)
    assert shapes is not None
    unknown = _gy_ccr(avps=(Avp(code=99999, flags=0, data=b""),))
    for _ in range(_shapes.LEARN_AFTER * (_shapes.MAX_ATTEMPTS + 4)):
        conv.encode(unknown)
    assert shapes.attempts == _shapes.MAX_ATTEMPTS and shapes.fns == []


def test_formats_per_shape_are_bounded() -> None:
    conv = _learned(_gy_ccr())
    shapes = conv.learned_shapes(tgpp.CCR)
    assert shapes is not None
    formats = shapes.fns[0].__globals__["_formats"]
    for n in range(_shapes.MAX_FORMATS + 10):
        m = _gy_ccr(session_id="s" * (n + 1))
        assert conv.encode(m) == REFERENCE.encode(m)
    assert len(formats) == _shapes.MAX_FORMATS


def test_a_shape_holds_at_most_max_shape_avps() -> None:
    many = _gy_ccr(subscription_id=_gy_ccr().subscription_id * 60)  # 180 AVPs in them
    assert _shapes.generate(tgpp.CCR, many) is None
    fits = _gy_ccr(subscription_id=_gy_ccr().subscription_id * 10)
    assert _shapes.generate(tgpp.CCR, fits) is not None


def test_a_message_longer_than_the_length_field_is_refused_as_before() -> None:
    conv = _learned(_gy_ccr())
    for big in (_gy_ccr(session_id="x" * 0x1000000), _gy_ccr(service_information=None, session_id="x" * 0x1000000)):
        with pytest.raises(EncodeError, match="24-bit Message Length"):
            conv.encode(big)


def test_what_cannot_be_learned() -> None:
    """No shape for: a message of another class than asked, a class that is not learnable, a
    decoded message or one holding a decoded grouped value, a grouped value of another class
    than its field's."""
    ccr = _gy_ccr()
    assert _shapes.generate(cc.CCR, ccr) is None
    decoded = REFERENCE.decode_as(tgpp.CCR, REFERENCE.encode(ccr))
    assert _shapes.generate(tgpp.CCR, decoded) is None
    holding = _gy_ccr(subscription_id=decoded.subscription_id)
    assert _shapes.generate(tgpp.CCR, holding) is None
    other = _gy_ccr(
        multiple_services_credit_control=(cc.MultipleServicesCreditControl(rating_group=7),),
    )
    assert _shapes.generate(tgpp.CCR, other) is None
    assert _outcome(_learned(ccr), other) == _expected(other)


def test_layout_format_plan() -> None:
    """The plan of a shape's bytes, without generated code: a message header, an AVP of a
    string of length 5 (padded to 8), a vendor AVP holding an Unsigned32, a grouped AVP holding
    a string of length 2."""
    parts: list[_shapes.Part] = [
        ("m", (20 + 8 + 16 + 8 + 8, None, (0, 1))),
        ("v", "I"),  # flags and code
        ("c", b"\x00\x00\x00\x04"),  # Application-Id
        ("v", "I"),  # Hop-by-Hop
        ("v", "I"),  # End-to-End
        ("h", 263, 0x40, 0, (8, 0, ())),
        ("s", 0),
        ("h", 1000, 0xC0, 10415, (16, None, ())),
        ("v", "I"),
        ("h", 443, 0x40, 0, (8 + 8, None, (1,))),
        ("h", 444, 0x40, 0, (8, 1, ())),
        ("s", 1),
    ]
    codes, segments = _shapes.layout_format(parts, (5, 2))
    assert codes == ["4s", "I", "4s", "I", "0s", "I", "8s", "8s", "12s", "I", "16s", "4s", "0s"]
    assert segments == [
        struct.pack("!I", 0x01000000 | 72),
        b"\x00\x00\x00\x04",
        b"",
        struct.pack("!II", 263, 0x40000000 | 13),
        struct.pack("!III", 1000, 0xC0000000 | 16, 10415),
        struct.pack("!IIII", 443, 0x40000000 | 20, 444, 0x40000000 | 10),
        b"",
    ]
    with pytest.raises(ValueError, match="24-bit"):
        _shapes.layout_format(parts, (0x1000000, 2))


def test_every_bundled_command_class_is_learnable() -> None:
    for module in apps.load_all():
        for c in apps.members(module).values():
            if isinstance(c, type) and is_command(c) and not issubclass(c, ErrorAnswer):
                assert _shapes.learnable(c), c


def test_a_shape_without_values_of_variable_length() -> None:
    """A command of numbers only: one format, no lengths to look up (an empty key)."""
    from diameter import Answer, AvpDef, avp, command, repeated
    from diameter.types import UNSIGNED32, UNSIGNED64

    number = AvpDef("Test-Shape-Number", 4244, UNSIGNED32, vendor=99999, register=False)
    wide = AvpDef("Test-Shape-Wide", 4245, UNSIGNED64, register=False)

    @command("Test-Shape-Answer", code=16000002, application_id=16777002, request=False, register=False)
    class NumbersAnswer(Answer):
        number_: int = avp(number)
        wide_: tuple[int, ...] = repeated(wide, default=())

    conv = Converter()
    msgs = [NumbersAnswer(number_=n, wide_=(n, 2**64 - 1 - n)) for n in range(_shapes.LEARN_AFTER + 3)]
    for m in msgs:
        assert conv.encode(m) == REFERENCE.encode(m)
    shapes = conv.learned_shapes(NumbersAnswer)
    assert shapes is not None and len(shapes.fns) == 1
    fresh = _shapes.generate(NumbersAnswer, msgs[0])  # (passes on to nothing)
    assert fresh is not None
    assert all(fresh(m, 1, 2) == REFERENCE.encode(m, hop_by_hop=1, end_to_end=2) for m in msgs)
    assert _outcome(conv, NumbersAnswer(number_=2**32)) == _expected(NumbersAnswer(number_=2**32))
