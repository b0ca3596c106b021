"""Dict and JSON conversion round-trips every class; readable values; clear errors."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime
from ipaddress import IPv4Address, IPv6Address
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diameter
from diameter import Avp, apps
from diameter.apps import base
from diameter.apps.base import ACR, CEA, CER, AccountingRecordType, FailedAVP, ResultCode
from diameter.data import DataError, from_dict, from_json, message_from_dict, message_to_dict, to_dict, to_json
from diameter.schema import AvpDef, GenericMessage, Message, fields_of, is_command, is_grouped
from diameter.types import ADDRESS, OtherAddress
from diameter.wire import AVP_M, iter_avps

from builders import full_instance
from strategies import instances

CLASSES = sorted(
    (c for c in apps.members(base).values() if isinstance(c, type) and (is_command(c) or is_grouped(c))),
    key=lambda c: c.__name__,
)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_class_round_trips_through_dict_and_json(cls: type, data: st.DataObject) -> None:
    obj = data.draw(instances(cls))
    assert from_dict(cls, to_dict(obj)) == obj
    assert from_json(cls, to_json(obj)) == obj
    if isinstance(obj, Message):
        assert message_from_dict(json.loads(json.dumps(message_to_dict(obj)))) == obj


def _bundled_classes() -> list[type]:
    found: dict[type, None] = {}  # a module may name another's class too
    for name in apps.BUNDLED:
        for c in apps.members(name).values():
            if isinstance(c, type) and (is_command(c) or is_grouped(c)):
                found.setdefault(c, None)
    return list(found)


BUNDLED_CLASSES = _bundled_classes()

# What full_instance does not give: unknown AVPs in ``* [ AVP ]``, Addresses of other families,
# Enumerated values the dictionary does not name, the T flag.
_UNKNOWN_AVPS = (Avp(263, b"in-extra", 0, 0x40), Avp(100001, b"\x00\xff", 99999, 0x80), Avp(200002, b"", 0, 0))
_OTHER_ADDRESSES = (OtherAddress(8, b"4912345678"), OtherAddress(0xFFFF, b"\x01\x02"))


def _unnamed(d: AvpDef[Any]) -> int:
    named = d.enum_map or {}
    return next(v for v in itertools.count(0x7FFF0000) if v not in named)


def _vary(d: AvpDef[Any], value: Any, n: int) -> Any:
    if is_grouped(value):
        return _varied(value)
    if d.format is ADDRESS:
        return _OTHER_ADDRESSES[n % 2]
    if d.enum is not None:
        return _unnamed(d)
    return value


def _varied(obj: Any) -> Any:
    """``obj`` (from full_instance) with the values full_instance leaves out, at every level."""
    changes: dict[str, Any] = {}
    for s in fields_of(type(obj)):
        v = getattr(obj, s.name)
        if s.kind == "extra":
            changes[s.name] = _UNKNOWN_AVPS
        elif s.kind == "many":
            changes[s.name] = tuple(_vary(s.definition, x, i) for i, x in enumerate(v))
        elif v is not None:
            changes[s.name] = _vary(s.definition, v, 0)
    if is_command(obj):
        changes["retransmit"] = True
    return attrs.evolve(obj, **changes)


def test_bundled_classes_are_all_there() -> None:
    assert len(BUNDLED_CLASSES) > 800
    assert {c.__module__ for c in BUNDLED_CLASSES} >= {apps.module_name(n) for n in apps.BUNDLED}


@pytest.mark.parametrize(
    "cls", BUNDLED_CLASSES, ids=lambda c: f"{c.__module__.removeprefix('diameter.apps.')}.{c.__name__}"
)
def test_every_bundled_class_round_trips_with_every_field_set(cls: type) -> None:
    plain = full_instance(cls)
    for s in fields_of(cls):  # every optional and repeated field of this level set
        assert s.kind in ("one", "extra") or getattr(plain, s.name) not in (None, ()), s.name
    for obj in (plain, _varied(plain)):
        assert from_dict(cls, to_dict(obj)) == obj
        assert from_json(cls, to_json(obj)) == obj
        if is_command(cls):
            assert message_from_dict(json.loads(json.dumps(message_to_dict(obj)))) == obj


def test_optional_and_repeated_addresses_read_back() -> None:
    from diameter.apps.tgpp import APNConfiguration, DeferredLocationType, DeferredMTLRData, ServingNode

    def deferred(address: IPv4Address | IPv6Address | OtherAddress | None) -> DeferredMTLRData:
        return DeferredMTLRData(
            deferred_location_type=DeferredLocationType.ENTERING_INTO_AREA,
            serving_node=ServingNode(gmlc_address=address),
        )

    for address in (IPv4Address("192.0.2.7"), IPv6Address("2001:db8::7"), OtherAddress(8, b"4912345"), None):
        assert from_json(DeferredMTLRData, to_json(deferred(address))) == deferred(address)
    d = to_dict(deferred(OtherAddress(3, b"")))
    assert d["serving_node"] == {"gmlc_address": {"family": 3, "data": ""}}
    assert from_dict(ServingNode, {"gmlc_address": None}) == ServingNode()  # null is absent
    with pytest.raises(DataError, match="gmlc_address"):
        from_dict(ServingNode, {"gmlc_address": 7})
    apn = full_instance(APNConfiguration)
    apn = attrs.evolve(apn, served_party_ip_address=(IPv6Address("2001:db8::1"), OtherAddress(8, b"1")))
    assert to_dict(apn)["served_party_ip_address"] == ["2001:db8::1", {"family": 8, "data": "31"}]
    assert from_json(APNConfiguration, to_json(apn)) == apn


def test_values_are_readable() -> None:
    acr = ACR(
        session_id="s",
        origin_host="h",
        origin_realm="r",
        destination_realm="d",
        accounting_record_type=AccountingRecordType.STOP_RECORD,
        accounting_record_number=7,
        acct_session_id=b"\x01\xff",
        event_timestamp=datetime(2040, 5, 6, 7, 8, 9, tzinfo=UTC),
    )
    d = to_dict(acr)
    assert d == {
        "session_id": "s",
        "origin_host": "h",
        "origin_realm": "r",
        "destination_realm": "d",
        "accounting_record_type": "STOP_RECORD",
        "accounting_record_number": 7,
        "acct_session_id": "01ff",
        "event_timestamp": "2040-05-06T07:08:09+00:00",
    }
    cea = CEA(
        result_code=5999,
        origin_host="h",
        origin_realm="r",
        host_ip_address=(IPv4Address("192.0.2.1"), OtherAddress(8, b"4912345")),
        vendor_id=0,
        product_name="p",
        failed_avp=FailedAVP(avps=(Avp(263, b"x", 0, 0x40),)),
    )
    d = to_dict(cea)
    assert d["result_code"] == 5999  # a value the dictionary does not name stays a number
    assert d["host_ip_address"] == ["192.0.2.1", {"family": 8, "data": "34393132333435"}]
    assert d["failed_avp"] == {"avps": [{"code": 263, "flags": 64, "data": "78", "name": "Session-Id"}]}
    assert message_to_dict(cea)["command"] == "Capabilities-Exchange-Answer"
    assert from_dict(CEA, {**d, "result_code": "DIAMETER_SUCCESS"}).result_code is ResultCode.DIAMETER_SUCCESS


@pytest.mark.parametrize(
    "change, fragment",
    [
        ({"origin_host": None}, "origin_host"),
        ({"result_code": "NOT_A_RESULT"}, "NOT_A_RESULT"),
        ({"host_ip_address": ["not-an-address"]}, "host_ip_address"),
        ({"unexpected_field": 1}, "unexpected_field"),
    ],
)
def test_bad_documents_raise_data_error(change: dict[str, object], fragment: str) -> None:
    good = {
        "result_code": 2001,
        "origin_host": "h",
        "origin_realm": "r",
        "host_ip_address": ["192.0.2.1"],
        "vendor_id": 0,
        "product_name": "p",
    }
    assert from_dict(CEA, good).origin_host == "h"
    with pytest.raises(DataError, match=fragment):
        from_dict(CEA, {**good, **change})


def test_bad_json_and_unknown_command() -> None:
    with pytest.raises(DataError, match="not JSON"):
        from_json(CEA, "{")
    with pytest.raises(DataError, match="unknown command"):
        message_from_dict({"command": "No-Such-Request"})


ORACLES = Path(__file__).resolve().parent / "data" / "oracles"
VECTORS = sorted(ORACLES.glob("*.hex")) + sorted((ORACLES / "interfaces").glob("*.hex"))


def _json_round_trip(msg: Message) -> Message:
    return message_from_dict(json.loads(json.dumps(message_to_dict(msg))))


def _m_cleared(data: bytes, *codes: int) -> bytes:
    """``data`` with the M bit of one AVP cleared: the AVP of ``codes[-1]`` inside the grouped
    AVPs of the codes before it. Its length does not change, nor does any other byte."""
    pos, end, at = 20, len(data), 0
    for code in codes:
        at = next(offset for offset, a in iter_avps(data, pos, end) if a.code == code)
        length = int.from_bytes(data[at + 5 : at + 8], "big")
        pos, end = at + (12 if data[at + 4] & 0x80 else 8), at + length
    out = bytearray(data)
    out[at + 4] &= ~AVP_M & 0xFF
    return bytes(out)


def test_received_avp_flags_survive_the_json_round_trip() -> None:
    from diameter.apps.base import VendorSpecificApplicationId

    vsai = VendorSpecificApplicationId(vendor_id=10415, auth_application_id=16777251)
    cer = CER(
        origin_host="peer.example.com",
        origin_realm="example.com",
        host_ip_address=(IPv4Address("192.0.2.1"),),
        vendor_id=10415,
        product_name="p",
        vendor_specific_application_id=(vsai,),
    )
    data = _m_cleared(_m_cleared(diameter.encode(cer), 264), 260, 266)  # Origin-Host; Vendor-Id in the grouped AVP
    msg = diameter.decode(data)
    assert msg == cer and getattr(msg, "wire_flags") == {("origin_host", 0): 0}
    d = message_to_dict(msg)
    assert d["wire_flags"] == [["origin_host", 0, 0]]
    assert d["vendor_specific_application_id"] == [
        {"vendor_id": 10415, "auth_application_id": 16777251, "wire_flags": [["vendor_id", 0, 0]]}
    ]
    assert "wire_bytes" not in json.dumps(d)  # the received bytes are not data
    back = _json_round_trip(msg)
    assert back == msg and getattr(back, "wire_flags") == getattr(msg, "wire_flags")
    assert getattr(back.vendor_specific_application_id[0], "wire_flags") == {("vendor_id", 0): 0}
    assert diameter.encode(back) == data
    assert diameter.encode(from_json(CER, to_json(msg))) == data
    # without them, the dictionary's flags: at the message's level only here
    top_level_dropped = from_dict(CER, {k: v for k, v in to_dict(msg).items() if k != "wire_flags"})
    assert diameter.encode(top_level_dropped) == _m_cleared(diameter.encode(cer), 260, 266)
    assert to_dict(cer).keys() == to_dict(msg).keys() - {"wire_flags"}  # nothing for a message built here


@pytest.mark.parametrize(
    "wire_flags, fragment",
    [
        ("origin_host", "wire_flags"),
        ([["no_such_field", 0, 0]], "no_such_field"),
        ([["origin_host", -1, 0]], "origin_host"),
        ([["origin_host", 0, 256]], "256"),
        ([["origin_host", 0]], "origin_host"),
        ([["avps", 0, 0]], "avps"),
    ],
)
def test_bad_wire_flags_raise_data_error(wire_flags: object, fragment: str) -> None:
    good = {
        "result_code": 2001,
        "origin_host": "h",
        "origin_realm": "r",
        "host_ip_address": ["192.0.2.1"],
        "vendor_id": 0,
        "product_name": "p",
    }
    flagged = from_dict(CEA, {**good, "wire_flags": [["origin_host", 0, 0]]})
    assert getattr(flagged, "wire_flags") == {("origin_host", 0): 0}
    assert getattr(from_dict(CEA, {**good, "wire_flags": None}), "wire_flags") is None
    with pytest.raises(DataError, match=fragment):
        from_dict(CEA, {**good, "wire_flags": wire_flags})
    with pytest.raises(DataError, match="wire_bytes"):
        from_dict(CEA, {**good, "wire_bytes": "00"})


def test_every_vector_re_encodes_to_its_bytes_after_the_json_round_trip() -> None:
    assert len(VECTORS) > 100
    kept = 0
    for path in VECTORS:
        data = bytes.fromhex("".join(path.read_text().split()))
        msg = diameter.decode(data)
        kept += getattr(msg, "wire_flags") is not None
        assert diameter.encode(_json_round_trip(msg)) == data, path.name
    assert kept > 30  # python-diameter sets M where our dictionary does not


def test_generic_message_round_trips() -> None:
    raw = GenericMessage(
        command_code=0xABCDE,
        application_id=99,
        request=True,
        hop_by_hop=1,
        end_to_end=2,
        avps=(Avp(263, b"s", 0, 0x40), Avp(100001, b"\x01", 99999, 0x20)),
    )
    data = diameter.encode(raw)
    msg = diameter.decode(data)
    assert isinstance(msg, GenericMessage) and message_to_dict(msg)["command"] is None
    back = _json_round_trip(msg)
    assert back == msg and diameter.encode(back) == data


def test_attributes_that_are_no_constructor_argument_are_not_data() -> None:
    from diameter.schema import avp, grouped
    from diameter.types import GROUPED, UNSIGNED32

    value = AvpDef("Test-Value", 0xFFFF0002, UNSIGNED32, register=False)

    @grouped(AvpDef("Test-Grouped", 0xFFFF0001, GROUPED, register=False))
    class Noted:
        value_: int | None = avp(value, default=None)
        note: str | None = attrs.field(default=None, init=False)

    obj = Noted(value_=1)
    object.__setattr__(obj, "note", "kept out")
    object.__setattr__(obj, "wire_flags", {("value_", 0): 0x40})
    assert to_dict(obj) == {"value_": 1, "wire_flags": [["value_", 0, 64]]}
    assert getattr(from_json(Noted, to_json(obj)), "note") is None
    with pytest.raises(DataError, match="note"):
        from_dict(Noted, {"value_": 1, "note": "x"})
