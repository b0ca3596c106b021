"""Dict and JSON conversion round-trips every class; readable values; clear errors."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from ipaddress import IPv4Address

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diameter import apps
from diameter import Avp
from diameter.apps import base
from diameter.apps.base import ACR, CEA, AccountingRecordType, FailedAVP, ResultCode
from diameter.data import DataError, from_dict, from_json, message_from_dict, message_to_dict, to_dict, to_json
from diameter.schema import Message, is_command, is_grouped
from diameter.types import OtherAddress

from strategies import instances

CLASSES = sorted((c for c in apps.members(base).values() if isinstance(c, type) and (is_command(c) or is_grouped(c))),
                 key=lambda c: c.__name__)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_class_round_trips_through_dict_and_json(cls: type, data: st.DataObject) -> None:
    obj = data.draw(instances(cls))
    assert from_dict(cls, to_dict(obj)) == obj
    assert from_json(cls, to_json(obj)) == obj
    if isinstance(obj, Message):
        assert message_from_dict(json.loads(json.dumps(message_to_dict(obj)))) == obj


def test_values_are_readable() -> None:
    acr = ACR(session_id="s", origin_host="h", origin_realm="r", destination_realm="d",
              accounting_record_type=AccountingRecordType.STOP_RECORD, accounting_record_number=7,
              acct_session_id=b"\x01\xff", event_timestamp=datetime(2040, 5, 6, 7, 8, 9, tzinfo=timezone.utc))
    d = to_dict(acr)
    assert d == {
        "session_id": "s", "origin_host": "h", "origin_realm": "r", "destination_realm": "d",
        "accounting_record_type": "STOP_RECORD", "accounting_record_number": 7, "acct_session_id": "01ff",
        "event_timestamp": "2040-05-06T07:08:09+00:00",
    }
    cea = CEA(result_code=5999, origin_host="h", origin_realm="r",
              host_ip_address=(IPv4Address("192.0.2.1"), OtherAddress(8, b"4912345")), vendor_id=0, product_name="p",
              failed_avp=FailedAVP(avps=(Avp(263, b"x", 0, 0x40),)))
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
    good = {"result_code": 2001, "origin_host": "h", "origin_realm": "r", "host_ip_address": ["192.0.2.1"],
            "vendor_id": 0, "product_name": "p"}
    assert from_dict(CEA, good).origin_host == "h"
    with pytest.raises(DataError, match=fragment):
        from_dict(CEA, {**good, **change})


def test_bad_json_and_unknown_command() -> None:
    with pytest.raises(DataError, match="not JSON"):
        from_json(CEA, "{")
    with pytest.raises(DataError, match="unknown command"):
        message_from_dict({"command": "No-Such-Request"})
