"""Lenient decoding: messages that break their CCF still decode to their class, with what did
not fit kept aside and each departure listed with the Result-Code a strict receiver gives."""

from __future__ import annotations

import struct

import pytest

import diameter
from diameter import apps
from diameter.converter import Converter
from diameter.errors import (
    AvpNotAllowed,
    AvpUnsupported,
    DecodeError,
    InvalidAvpLength,
    InvalidAvpValue,
    InvalidHeader,
    MissingAvp,
    TooManyAvps,
)
from diameter.lenient import decode_lenient
from diameter.wire import Avp

apps.load_all()
from diameter.apps import tgpp  # noqa: E402
from diameter.apps.base import DWR, DeviceWatchdogRequest  # noqa: E402


def avp(code: int, data: bytes, vendor: int = 0, flags: int = 0x40) -> bytes:
    return Avp(code, data, vendor, flags | (0x80 if vendor else 0)).encode()


def message(code: int, app: int, body: bytes, flags: int = 0xC0) -> bytes:
    return (
        struct.pack("!I", 0x01000000 | (20 + len(body)))
        + struct.pack("!I", flags << 24 | code)
        + struct.pack("!III", app, 7, 8)
        + body
    )


def acr_with(ps_information_data: bytes, *more: bytes) -> bytes:
    """A 3GPP ACR (TS 32.299) whose Service-Information holds a PS-Information of this data."""
    service_information = avp(874, ps_information_data, 10415, 0xC0)
    body = b"".join(
        [
            avp(263, b"pgw.example.com;1;1"),
            avp(264, b"pgw.example.com"),
            avp(296, b"example.com"),
            avp(283, b"ofcs.example.com"),
            avp(480, struct.pack("!I", 2)),
            avp(485, struct.pack("!I", 1)),
            *more,
            avp(873, service_information, 10415, 0xC0),
        ]
    )
    return message(271, 3, body)


PS_INFORMATION = avp(2, struct.pack("!I", 77), 10415, 0x80)  # 3GPP-Charging-Id
PDN_CONNECTION_ID = avp(1065, b"\x01\x02", 10415, 0x80)  # TS 29.212: not in TS 32.299's PS-Information


def test_an_avp_an_older_release_put_in_a_grouped_avp_is_kept_aside() -> None:
    data = acr_with(PS_INFORMATION + PDN_CONNECTION_ID)
    with pytest.raises(AvpNotAllowed):  # strict: 5008, as RFC 6733 requires of a node
        diameter.decode(data)
    got = decode_lenient(data)
    acr = got.message
    assert isinstance(acr, tgpp.AccountingRequest) and not got.strict
    assert acr.service_information is not None and acr.service_information.ps_information is not None
    assert acr.service_information.ps_information.tgpp_charging_id == struct.pack("!I", 77)
    assert acr.session_id == "pgw.example.com;1;1" and (acr.hop_by_hop, acr.end_to_end) == (7, 8)
    [(where, kept)] = got.leftovers
    assert where == "AccountingRequest.service_information.ps_information" and (kept.code, kept.vendor) == (1065, 10415)
    [error] = got.errors
    assert isinstance(error, AvpNotAllowed) and error.result_code == 5008 and error.avp == kept
    assert "PDN-Connection-ID" in str(error)


def test_a_message_that_fits_is_the_strict_decoders() -> None:
    data = acr_with(PS_INFORMATION)
    got = decode_lenient(data)
    assert got.strict and got.errors == () and got.leftovers == () and got.message == diameter.decode(data)


def test_missing_repeated_bad_and_unknown_avps() -> None:
    base = [avp(263, b"s;1"), avp(264, b"pgw.example.com"), avp(296, b"example.com")]
    body = b"".join(
        [
            base[0],
            base[1],  # Origin-Realm missing
            avp(283, b"ofcs.example.com"),
            avp(480, struct.pack("!I", 2)),
            avp(485, struct.pack("!I", 1)),
            avp(485, struct.pack("!I", 2)),  # Accounting-Record-Number twice
            avp(55, b"\x00\x01"),  # Event-Timestamp (Time) of two bytes
            avp(99999, b"x", 0, 0x40),  # unknown, with M
        ]
    )
    data = message(271, 3, body)
    with pytest.raises(DecodeError):
        diameter.decode(data)
    got = decode_lenient(data)
    acr = got.message
    assert isinstance(acr, tgpp.AccountingRequest)
    # a required AVP that is absent: None, which the field's type does not admit (the error says so)
    assert getattr(acr, "origin_realm") is None and acr.accounting_record_number == 1 and acr.event_timestamp is None
    assert [type(e) for e in got.errors] == [TooManyAvps, InvalidAvpLength, AvpUnsupported, MissingAvp]
    assert [e.result_code for e in got.errors] == [5009, 5014, 5001, 5005]
    assert [(a.code, w) for w, a in got.leftovers] == [(485, "AccountingRequest"), (55, "AccountingRequest")]
    assert [(a.code, a.data) for a in acr.avps] == [(99999, b"x")]  # the ACR's * [ AVP ] keeps it
    # with a converter that accepts unknown M-bit AVPs, that one is no error
    relaxed = decode_lenient(data, Converter(strict=False))
    assert [type(e) for e in relaxed.errors] == [TooManyAvps, InvalidAvpLength, MissingAvp]


def test_a_value_that_does_not_decode_is_kept_aside() -> None:
    bad_utf8 = avp(1, b"\xff\xfe")  # User-Name (UTF8String)
    data = acr_with(PS_INFORMATION, bad_utf8)
    got = decode_lenient(data)
    assert isinstance(got.message, tgpp.AccountingRequest) and got.message.user_name is None
    [error] = got.errors
    assert isinstance(error, InvalidAvpValue) and error.result_code == 5004
    assert got.leftovers == (("AccountingRequest", Avp(1, b"\xff\xfe", 0, 0x40)),)


def test_what_cannot_be_split_into_avps_is_still_an_error() -> None:
    good = diameter.encode(DWR(origin_host="a.example.com", origin_realm="example.com"))
    with pytest.raises(InvalidHeader):
        decode_lenient(b"\x02" + good[1:])  # version 2
    cut = good[:-4] + struct.pack("!I", 0)
    broken = cut[:20] + cut[20:24] + b"\x40\x00\x00\xff" + cut[28:]  # AVP length past the end
    with pytest.raises(InvalidAvpLength):
        decode_lenient(broken)
    assert decode_lenient(good).message == DeviceWatchdogRequest(
        origin_host="a.example.com", origin_realm="example.com"
    )


def test_encoding_the_lenient_message_gives_what_fitted() -> None:
    data = acr_with(PS_INFORMATION + PDN_CONNECTION_ID)
    got = decode_lenient(data)
    again = diameter.decode(diameter.encode(got.message))
    assert again == got.message and again.service_information is not None  # type: ignore[attr-defined]


def test_the_header_gives_what_a_strict_decoder_takes_from_it() -> None:
    from diameter.apps.base import AnswerMessage, ReAuthRequest
    from diameter.errors import LimitExceeded

    # a base RAR (sent with its application's Application-Id) without Destination-Host's realm
    body = (
        avp(263, b"s;1")
        + avp(264, b"h.example.com")
        + avp(296, b"example.com")
        + avp(293, b"d.example.com")
        + avp(258, struct.pack("!I", 16777999))
        + avp(285, struct.pack("!I", 0))
    )
    got = decode_lenient(message(258, 16777999, body))
    assert isinstance(got.message, ReAuthRequest) and got.message.auth_application_id == 16777999
    assert [type(e) for e in got.errors] == [MissingAvp] and "Destination-Realm" in str(got.errors[0])
    # an answer-message (E bit) whose Error-Reporting-Host is not a DiameterIdentity
    err = message(
        272,
        4,
        avp(264, b"h.example.com")
        + avp(296, b"example.com")
        + avp(268, struct.pack("!I", 3002))
        + avp(294, b"\xff\xfe", 0, 0),
        flags=0x60,
    )
    got = decode_lenient(err)
    assert isinstance(got.message, AnswerMessage) and got.message.result_code == 3002
    assert (got.message.command_code, got.message.application_id, got.message.proxiable) == (272, 4, True)
    assert [type(e) for e in got.errors] == [InvalidAvpValue]
    # too long for the converter, and an unknown command whose AVPs cannot be split: raised
    with pytest.raises(LimitExceeded):
        decode_lenient(acr_with(PS_INFORMATION), Converter(max_length=64))
    with pytest.raises(InvalidAvpLength):
        decode_lenient(message(8388999, 16777999, avp(263, b"s;1")[:-4] + b"\x00\x00\x01\x07\x40\x00\x00\xff"))


def test_limits_of_the_ccf_nesting_and_occurrences() -> None:
    from diameter.apps.tgpp.gx import CreditControlRequest as GxCCR

    def address(last: int) -> bytes:
        return avp(1050, b"\x00\x01" + bytes([192, 0, 2, last]), 10415, 0x80)  # AN-GW-Address, 0*2 in the CCR

    qos = avp(1016, avp(1041, struct.pack("!I", 5), 10415, 0x80), 10415, 0x80)  # QoS-Information
    body = (
        avp(263, b"s;1")
        + avp(258, struct.pack("!I", 16777238))
        + avp(264, b"pgw.example.com")
        + avp(296, b"example.com")
        + avp(283, b"pcrf.example.com")
        + avp(416, struct.pack("!I", 1))
        + avp(415, struct.pack("!I", 0))
        + qos
        + address(1)
        + address(2)
        + address(3)
    )
    data = message(272, 16777238, body)
    got = decode_lenient(data)
    ccr = got.message
    assert isinstance(ccr, GxCCR) and [str(a) for a in ccr.an_gw_address] == ["192.0.2.1", "192.0.2.2"]
    assert [type(e) for e in got.errors] == [TooManyAvps] and got.leftovers[0][1].data.endswith(b"\x03")
    # grouped AVPs nested deeper than the converter allows: the grouped AVP is kept aside
    shallow = decode_lenient(message(272, 16777238, body[: len(body) - 3 * len(address(1))]), Converter(max_depth=0))
    assert isinstance(shallow.message, GxCCR) and shallow.message.qos_information is None
    assert [e.result_code for e in shallow.errors] == [5004] and shallow.leftovers[0][1].code == 1016


def test_the_flags_received_are_kept_as_the_strict_decoder_keeps_them() -> None:
    # a PS-Information holding an AVP it does not admit (strict: 5008), with flags other than
    # the rules' at two levels: Origin-Host without M, and 3GPP-Charging-Id with M
    ps = avp(2, b"\x00\x00\x00\x07", 10415, 0xC0) + avp(263, b"not here")
    data = acr_with(ps).replace(avp(264, b"pgw.example.com"), avp(264, b"pgw.example.com", flags=0x00))
    with pytest.raises(AvpNotAllowed):
        diameter.decode(data)
    got = decode_lenient(data).message
    assert getattr(got, "wire_flags") == {("origin_host", 0): 0x00}
    inner = got.service_information.ps_information  # type: ignore[attr-defined]
    assert inner.wire_flags == {("tgpp_charging_id", 0): 0xC0}
    # encoding writes them back: the AVPs as received, but the one kept aside
    out = diameter.encode(got)
    assert avp(264, b"pgw.example.com", flags=0x00) in out and avp(2, b"\x00\x00\x00\x07", 10415, 0xC0) in out
    # the tree shows them too
    from diameter.text import format_message

    tree = format_message(got)
    assert "Origin-Host (264): pgw.example.com" in tree and "3GPP-Charging-Id (2, vendor 10415, M)" in tree
