"""Run-time errors that name the class, the field, the AVP and the value: diameter.validate, and
the encoder's errors, which it explains."""

from __future__ import annotations

from datetime import datetime
from ipaddress import IPv4Address
from typing import Any

import pytest

import diameter
from diameter import ValidationError, validate
from diameter.apps.base import CER, ProxyInfo, VendorSpecificApplicationId
from diameter.apps.credit_control import CCR, CCRequestType, SubscriptionIdType


def _cer(**changes: Any) -> Any:
    cer = CER(
        origin_host="h", origin_realm="r", host_ip_address=(IPv4Address("127.0.0.1"),), vendor_id=0, product_name="p"
    )
    return diameter.evolve(cer, **changes)


def _ccr(**changes: Any) -> Any:
    ccr = CCR(
        session_id="s;1",
        origin_host="h",
        origin_realm="r",
        destination_realm="d",
        auth_application_id=4,
        service_context_id="32251@3gpp.org",
        cc_request_type=CCRequestType.INITIAL_REQUEST,
        cc_request_number=0,
    )
    return diameter.evolve(ccr, **changes)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        # the late and unclear errors of the encoder, each made precise
        ({"origin_host": 5}, "CapabilitiesExchangeRequest.origin_host (Origin-Host): expected a str, not int; got 5"),
        ({"vendor_id": -1}, "CapabilitiesExchangeRequest.vendor_id (Vendor-Id): not a valid Unsigned32"),
        ({"vendor_id": 1 << 32}, "CapabilitiesExchangeRequest.vendor_id (Vendor-Id): not a valid Unsigned32"),
        (
            {"vendor_id": "0"},
            "CapabilitiesExchangeRequest.vendor_id (Vendor-Id): expected an int (Unsigned32), not str",
        ),
        (
            {"host_ip_address": IPv4Address("127.0.0.1")},
            "CapabilitiesExchangeRequest.host_ip_address (Host-IP-Address): expected a tuple of values",
        ),
        (
            {"host_ip_address": ()},
            "CapabilitiesExchangeRequest.host_ip_address (Host-IP-Address): 0 values, the CCF allows at least 1",
        ),
        (
            {"host_ip_address": ("127.0.0.1",)},
            "CapabilitiesExchangeRequest.host_ip_address (Host-IP-Address): expected an IPv4Address, IPv6Address or OtherAddress, not str",
        ),
        # a grouped value of another class is blamed on the field that holds it, not inside it
        (
            {"vendor_specific_application_id": (ProxyInfo(proxy_host="p", proxy_state=b"x"),)},
            "CapabilitiesExchangeRequest.vendor_specific_application_id (Vendor-Specific-Application-Id): "
            "expected VendorSpecificApplicationId, not ProxyInfo",
        ),
        # and a wrong value inside a grouped one names the path to it
        (
            {"vendor_specific_application_id": (VendorSpecificApplicationId(vendor_id="x", auth_application_id=4),)},  # type: ignore[arg-type]
            "CapabilitiesExchangeRequest.vendor_specific_application_id.vendor_id (Vendor-Id): expected an int",
        ),
    ],
)
def test_encoding_a_wrong_value_names_it(changes: dict[str, Any], message: str) -> None:
    bad = _cer(**changes)
    with pytest.raises(ValidationError) as e:
        diameter.encode(bad)
    assert str(e.value).startswith(message)
    assert isinstance(e.value, diameter.EncodeError)  # what encode raised before, more precisely
    with pytest.raises(ValidationError) as again:
        validate(bad)
    assert str(again.value) == str(e.value)
    assert again.value.path.startswith("CapabilitiesExchangeRequest") and again.value.field in str(e.value)


def test_validate_catches_what_encodes_silently() -> None:
    # a member of another AVP's enum is an int, and would be encoded as its number
    wrong = _ccr(cc_request_type=SubscriptionIdType.END_USER_IMSI)
    assert diameter.encode(wrong)  # (the encoder cannot tell)
    with pytest.raises(
        ValidationError,
        match=r"CreditControlRequest\.cc_request_type \(CC-Request-Type\): "
        r"a member of SubscriptionIdType, not of CCRequestType",
    ):
        validate(wrong)
    # so is a bool
    with pytest.raises(
        ValidationError,
        match=r"CapabilitiesExchangeRequest\.origin_state_id \(Origin-State-Id\): "
        r"expected an int \(Unsigned32\), not bool",
    ):
        validate(_cer(origin_state_id=True))
    # values the dictionary does not name stay valid, as do members of the right enum
    validate(_ccr(cc_request_type=7))
    validate(_ccr(cc_request_type=CCRequestType.TERMINATION_REQUEST))
    validate(_cer())
    # a naive datetime cannot be a Time
    with pytest.raises(ValidationError, match="Event-Timestamp"):
        validate(_ccr(event_timestamp=datetime(2026, 1, 1)))


def test_a_decoded_grouped_value_of_another_class_is_not_passed_on_as_its_bytes() -> None:
    # decoded objects encode to the bytes they came from; one put in a field of another class
    # must not go out under that field's AVP header
    cer = diameter.decode(
        diameter.encode(
            _cer(vendor_specific_application_id=(VendorSpecificApplicationId(vendor_id=10415, auth_application_id=4),))
        )
    )
    vsai = cer.vendor_specific_application_id[0]  # type: ignore[attr-defined]
    assert vsai.wire_bytes is not None
    with pytest.raises(ValidationError, match="expected ProxyInfo, not VendorSpecificApplicationId"):
        diameter.encode(diameter.evolve(_acr_with_proxy(), proxy_info=(vsai,)))


def _acr_with_proxy() -> Any:
    from diameter.apps.base import ACR

    return ACR(
        session_id="s",
        origin_host="h",
        origin_realm="r",
        destination_realm="d",
        accounting_record_type=2,
        accounting_record_number=0,
    )


def test_validation_error_fields() -> None:
    e = ValidationError("A.b", "c", "C-Avp", "x" * 200, "why")
    assert (e.path, e.field, e.avp, e.reason) == ("A.b", "c", "C-Avp", "why") and len(str(e)) < 130
