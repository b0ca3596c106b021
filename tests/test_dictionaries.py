"""Every bundled dictionary: golden bytes and round trips of every command and grouped class."""

from __future__ import annotations

import typing
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diameter
from diameter import apps
from diameter.registry import DEFAULT
from diameter.schema import ErrorAnswer, command_info, fields_of, is_command, is_grouped

from builders import full_instance
from golden import GOLDEN, command_classes, path_of
from strategies import instances

COMMANDS = command_classes()
GROUPED = sorted(
    {c for m in apps.load_all() for c in apps.members(m).values() if isinstance(c, type) and is_grouped(c)},
    key=lambda c: (c.__module__, c.__name__),
)
_ids = [f"{m}.{c.__name__}" for m, c in COMMANDS]


@pytest.mark.parametrize("module, cls", COMMANDS, ids=_ids)
def test_golden_bytes(module: str, cls: type) -> None:
    p = path_of(module, cls)
    assert p.exists(), f"{p.name} missing: run python tests/golden.py"
    golden = bytes.fromhex(p.read_text())
    msg = full_instance(cls)
    assert diameter.encode(msg) == golden
    back: object = diameter.Converter().decode_as(cls, golden)
    assert back == msg


def test_no_stale_golden_files() -> None:
    expected = {path_of(m, c).name for m, c in COMMANDS}
    assert {p.name for p in GOLDEN.glob("*.hex")} == expected


@pytest.mark.slow
@pytest.mark.parametrize("module, cls", COMMANDS, ids=_ids)
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_command_round_trips(module: str, cls: type, data: st.DataObject) -> None:
    msg = data.draw(instances(cls, 2))
    wire = diameter.encode(msg)
    back: diameter.Message = diameter.Converter().decode_as(cls, wire)
    assert back == msg
    assert diameter.encode(back) == wire


@pytest.mark.slow
@pytest.mark.parametrize("cls", GROUPED, ids=[f"{c.__module__.rsplit('.', 1)[1]}.{c.__name__}" for c in GROUPED])
@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_grouped_avp_round_trips(cls: type, data: st.DataObject) -> None:
    conv = diameter.converter.DEFAULT_CONVERTER
    value = data.draw(instances(cls, 2))
    assert conv.decode_grouped(cls, conv.encode_grouped(value)) == value


def _registered_for(application_id: int, code: int, request: bool) -> type:
    """The class a header's (Application-Id, command code, R flag) must decode into: of the
    classes defined for that Application-Id, else of those sent with any application's
    (ASR, STR, RAR of RFC 6733), the one of the dictionary loaded last (apps.BUNDLED order)."""
    order = {name.rsplit(".", 1)[-1]: i for i, name in enumerate(apps.BUNDLED)}  # (COMMANDS: tgpp.gx as gx)
    exact, anywhere = [], []
    for module, cls in COMMANDS:
        info = command_info(cls)
        if (info.code, info.request) != (code, request):
            continue
        if info.application_id == application_id:
            exact.append((order[module], cls))
        elif info.application_id is None:
            anywhere.append((order[module], cls))
    found = max(exact or anywhere, key=lambda t: t[0])
    return found[1]


def _same_content(a: Any, b: Any) -> bool:
    """Whether ``b`` holds what ``a`` holds, field by field (``b`` may be of a later class of
    the same AVP or command that has more fields)."""
    if isinstance(a, tuple):
        return isinstance(b, tuple) and len(a) == len(b) and all(map(_same_content, a, b))
    if is_command(type(a)) or is_grouped(type(a)):
        return all(_same_content(getattr(a, s.name), getattr(b, s.name)) for s in fields_of(type(a)))
    return bool(a == b) and type(a) is type(b)


def test_decode_dispatches_to_the_latest_definition() -> None:
    # every command decodes through the registry into the class registered for its header
    # (a later dictionary's class replaces an earlier one: 3GPP's ACR and CCR are unions)
    superseded = set()
    for _, cls in COMMANDS:
        msg = full_instance(cls)
        wire = diameter.encode(msg)
        h = diameter.wire.peek_header(wire)
        if issubclass(cls, ErrorAnswer):
            expected: type = cls
        else:
            expected = _registered_for(h.application_id, h.command_code, h.is_request)
        back = diameter.decode(wire)
        assert type(back) is expected, cls
        assert (back.hop_by_hop, back.end_to_end) == (msg.hop_by_hop, msg.end_to_end)
        if expected is cls:
            assert back == msg and diameter.encode(back) == wire
        else:
            superseded.add(f"{cls.__module__.rsplit('.', 1)[1]}.{command_info(cls).alias}")
            assert _same_content(msg, back), cls
    assert superseded == {"base.ACR", "base.ACA", "credit_control.CCR", "credit_control.CCA"}


#: A sample of AVPs of each bundled specification: (name, code, Vendor-ID, data format, flags the
#: sender sets: M (0x40), V (0x80)), from the AVP tables of the specifications.
SPEC_AVPS: dict[str, list[tuple[str, int, int, str, int]]] = {
    "RFC 6733 §4.5": [
        ("Session-Id", 263, 0, "UTF8String", 0x40),
        ("Origin-Host", 264, 0, "DiameterIdentity", 0x40),
        ("Origin-Realm", 296, 0, "DiameterIdentity", 0x40),
        ("Result-Code", 268, 0, "Unsigned32", 0x40),
        ("Auth-Application-Id", 258, 0, "Unsigned32", 0x40),
        ("Vendor-Specific-Application-Id", 260, 0, "Grouped", 0x40),
        ("Host-IP-Address", 257, 0, "Address", 0x40),
        ("Product-Name", 269, 0, "UTF8String", 0x00),  # M: MUST NOT
        ("Firmware-Revision", 267, 0, "Unsigned32", 0x00),
        ("Error-Message", 281, 0, "UTF8String", 0x00),
        ("Proxy-Info", 284, 0, "Grouped", 0x40),
        ("Proxy-State", 33, 0, "OctetString", 0x40),
        ("Route-Record", 282, 0, "DiameterIdentity", 0x40),
        ("Redirect-Host", 292, 0, "DiameterURI", 0x40),
        ("User-Name", 1, 0, "UTF8String", 0x40),
    ],
    "RFC 4006 §12": [
        ("CC-Request-Number", 415, 0, "Unsigned32", 0x40),
        ("CC-Request-Type", 416, 0, "Enumerated", 0x40),
        ("Service-Context-Id", 461, 0, "UTF8String", 0x40),
        ("Multiple-Services-Credit-Control", 456, 0, "Grouped", 0x40),
        ("CC-Total-Octets", 421, 0, "Unsigned64", 0x40),
        ("Subscription-Id", 443, 0, "Grouped", 0x40),
        ("Subscription-Id-Data", 444, 0, "UTF8String", 0x40),
        ("Subscription-Id-Type", 450, 0, "Enumerated", 0x40),
        ("Validity-Time", 448, 0, "Unsigned32", 0x40),
    ],
    "RFC 7155 (NASREQ)": [
        ("NAS-Port", 5, 0, "Unsigned32", 0x40),
        ("Framed-IP-Address", 8, 0, "OctetString", 0x40),
        ("Framed-MTU", 12, 0, "Unsigned32", 0x40),
        ("Called-Station-Id", 30, 0, "UTF8String", 0x40),
    ],
    "RFC 4072 (EAP)": [
        ("EAP-Payload", 462, 0, "OctetString", 0x40),
        ("EAP-Reissued-Payload", 463, 0, "OctetString", 0x40),
        ("Accounting-EAP-Auth-Method", 465, 0, "Unsigned64", 0x40),
    ],
    "RFC 4004 (Mobile IPv4)": [
        ("MIP-Reg-Request", 320, 0, "OctetString", 0x40),
        ("MIP-Mobile-Node-Address", 333, 0, "Address", 0x40),
        ("MIP-Home-Agent-Address", 334, 0, "Address", 0x40),
        ("MIP-Feature-Vector", 337, 0, "Unsigned32", 0x40),
    ],
    "3GPP TS 29.272 (S6a)": [
        ("Subscription-Data", 1400, 10415, "Grouped", 0xC0),
        ("ULR-Flags", 1405, 10415, "Unsigned32", 0xC0),
        ("Visited-PLMN-Id", 1407, 10415, "OctetString", 0xC0),
        ("Cancellation-Type", 1420, 10415, "Enumerated", 0xC0),
    ],
    "3GPP TS 29.212 (Gx)": [
        ("Charging-Rule-Install", 1001, 10415, "Grouped", 0xC0),
        ("Charging-Rule-Remove", 1002, 10415, "Grouped", 0xC0),
        ("Charging-Rule-Name", 1005, 10415, "OctetString", 0xC0),
        ("Event-Trigger", 1006, 10415, "Enumerated", 0xC0),
        ("QoS-Information", 1016, 10415, "Grouped", 0xC0),
        ("Bearer-Control-Mode", 1023, 10415, "Enumerated", 0xC0),
        ("RAT-Type", 1032, 10415, "Enumerated", 0x80),  # M: MUST NOT
    ],
    "3GPP TS 29.229 / 29.329 (Cx, Sh)": [
        ("Supported-Features", 628, 10415, "Grouped", 0x80),
        ("MSISDN", 701, 10415, "OctetString", 0xC0),
    ],
    "3GPP TS 32.299 (Rf, Ro)": [
        ("Service-Information", 873, 10415, "Grouped", 0xC0),
        ("PS-Information", 874, 10415, "Grouped", 0xC0),
        ("IMS-Information", 876, 10415, "Grouped", 0xC0),
        ("SMS-Information", 2000, 10415, "Grouped", 0xC0),
    ],
}

#: A sample of commands: (dictionary module, short name, command code, Application-Id) from the
#: specifications; None for the base commands sent with their application's Application-Id.
SPEC_COMMANDS: list[tuple[str, str, int, int | None]] = [
    ("base", "CER", 257, 0),
    ("base", "DWR", 280, 0),
    ("base", "DPR", 282, 0),  # RFC 6733 §5
    ("base", "ACR", 271, 3),
    ("base", "ASR", 274, None),
    ("base", "STR", 275, None),
    ("base", "RAR", 258, None),
    ("credit_control", "CCR", 272, 4),  # RFC 4006 §3
    ("nasreq", "AAR", 265, 1),  # RFC 7155 §3
    ("eap", "DER", 268, 5),  # RFC 4072 §3
    ("mip4", "AMR", 260, 2),
    ("mip4", "HAR", 262, 2),  # RFC 4004 §5
    ("tgpp", "ULR", 316, 16777251),
    ("tgpp", "CLR", 317, 16777251),
    ("tgpp", "AIR", 318, 16777251),  # TS 29.272
    ("tgpp", "IDR", 319, 16777251),
    ("tgpp", "DSR", 320, 16777251),
    ("tgpp", "PUR", 321, 16777251),
    ("tgpp", "RSR", 322, 16777251),
    ("tgpp", "NOR", 323, 16777251),
    ("tgpp", "UAR", 300, 16777216),
    ("tgpp", "SAR", 301, 16777216),
    ("tgpp", "LIR", 302, 16777216),  # TS 29.229
    ("tgpp", "MAR", 303, 16777216),
    ("tgpp", "RTR", 304, 16777216),
    ("tgpp", "PPR", 305, 16777216),
    ("tgpp", "SLR", 8388635, 16777302),
    ("tgpp", "SNR", 8388636, 16777302),  # TS 29.219 (Sy)
    # the interface modules of diameter.apps.tgpp, each with its Application-Id
    ("gx", "CCR", 272, 16777238),
    ("gx", "RAR", 258, 16777238),  # TS 29.212 §5.6
    ("gxx", "CCR", 272, 16777266),
    ("gxx", "RAR", 258, 16777266),  # TS 29.212 §5a.6
    ("sd", "TSR", 8388637, 16777303),
    ("sd", "CCR", 272, 16777303),
    ("sd", "RAR", 258, 16777303),  # §5b.6
    ("rx", "AAR", 265, 16777236),
    ("rx", "RAR", 258, 16777236),
    ("rx", "STR", 275, 16777236),  # TS 29.214 §5.6
    ("rx", "ASR", 274, 16777236),
    ("s9", "CCR", 272, 16777267),
    ("s9", "RAR", 258, 16777267),
    ("s9", "TER", 8388656, 16777267),  # TS 29.215
    ("sh", "UDR", 306, 16777217),
    ("sh", "PUR", 307, 16777217),
    ("sh", "SNR", 308, 16777217),  # TS 29.329 §6.1
    ("sh", "PNR", 309, 16777217),
    ("s13", "ECR", 324, 16777252),  # TS 29.272 §7.2.19
    ("s7a", "UVR", 8388638, 16777308),
    ("s7a", "CVR", 8388642, 16777308),
    ("s7a", "IDR", 319, 16777308),  # TS 29.272
    ("s7a", "DSR", 320, 16777308),
    ("s7a", "RSR", 322, 16777308),
    ("swx", "MAR", 303, 16777265),
    ("swx", "SAR", 301, 16777265),
    ("swx", "RTR", 304, 16777265),  # TS 29.273 §8
    ("swx", "PPR", 305, 16777265),
    ("sta", "DER", 268, 16777250),
    ("sta", "AAR", 265, 16777250),
    ("sta", "STR", 275, 16777250),  # TS 29.273 §5
    ("sta", "ASR", 274, 16777250),
    ("sta", "RAR", 258, 16777250),
    ("swm", "DER", 268, 16777264),
    ("swm", "AAR", 265, 16777264),
    ("swm", "STR", 275, 16777264),  # §7
    ("swm", "ASR", 274, 16777264),
    ("swm", "RAR", 258, 16777264),
    ("s6b", "DER", 268, 16777272),
    ("s6b", "AAR", 265, 16777272),
    ("s6b", "STR", 275, 16777272),  # §9
    ("s6b", "ASR", 274, 16777272),
    ("s6b", "RAR", 258, 16777272),
    ("s6c", "SRR", 8388647, 16777312),
    ("s6c", "ALR", 8388648, 16777312),
    ("s6c", "RDR", 8388649, 16777312),  # TS 29.338
    ("sgd", "OFR", 8388645, 16777313),
    ("sgd", "TFR", 8388646, 16777313),  # TS 29.338 §6.3
    ("s6t", "CIR", 8388718, 16777345),
    ("s6t", "RIR", 8388719, 16777345),
    ("s6t", "NIR", 8388726, 16777345),  # TS 29.336
    ("slg", "PLR", 8388620, 16777255),
    ("slg", "LRR", 8388621, 16777255),  # TS 29.172 §7.3
    ("slh", "RIR", 8388622, 16777291),  # TS 29.173 §6.2
    ("t6a", "CIR", 8388718, 16777346),
    ("t6a", "RIR", 8388719, 16777346),
    ("t6a", "CMR", 8388732, 16777346),  # TS 29.128
    ("t6a", "ODR", 8388733, 16777346),
    ("t6a", "TDR", 8388734, 16777346),
]


@pytest.mark.parametrize("spec", list(SPEC_AVPS))
def test_dictionaries_define_the_avps_of_their_specifications(spec: str) -> None:
    apps.load_all()
    for name, code, vendor, fmt, flags in SPEC_AVPS[spec]:
        d = DEFAULT.avp(code, vendor)
        assert d is not None, f"{spec}: {name} ({code}, vendor {vendor}) is not defined"
        assert (d.name, d.code, d.vendor, d.format.name, d.flags) == (name, code, vendor, fmt, flags)
        assert DEFAULT.avps_by_name[name].name == name  # (another vendor may define the name too)
        assert d.is_grouped == (fmt == "Grouped") and (d.cls is not None) == d.is_grouped


def test_every_request_has_its_answer() -> None:
    by_module: dict[str, dict[str, type]] = {}
    for module, cls in COMMANDS:
        by_module.setdefault(module, {})[cls.__name__] = cls
    pairs = 0
    for module, cls in COMMANDS:
        info = command_info(cls)
        if not info.request:
            continue
        # RFC 6733 §3: an answer has the request's command code, without the R bit, and travels
        # with its Application-Id; the request class names its answer class (Request[Answer])
        answers = [
            c for c in by_module[module].values() if not command_info(c).request and command_info(c).code == info.code
        ]
        assert len(answers) == 1, f"{module}.{cls.__name__}: answers {answers}"
        answer = command_info(answers[0])
        assert (answer.application_id, answer.error) == (info.application_id, False)
        assert answer.proxiable == info.proxiable  # the P bit of the answer is the request's (§3)
        assert typing.get_args(cls.__orig_bases__[0])[0].__forward_arg__ == answers[0].__name__  # type: ignore[attr-defined]
        pairs += 1
    unpaired = sum(not command_info(c).request and not issubclass(c, ErrorAnswer) for _, c in COMMANDS)
    assert pairs == unpaired  # and no answer without its request
    found = {
        (m, command_info(c).alias, command_info(c).code, command_info(c).application_id)
        for m, c in COMMANDS
        if command_info(c).request
    }
    assert set(SPEC_COMMANDS) <= found, set(SPEC_COMMANDS) - found


def test_dictionary_breadth() -> None:
    apps.load_all()
    # the bundled specifications together define thousands of AVPs, vendor-specific ones
    # (3GPP, 10415) most of them; each name names one definition
    assert len(DEFAULT.avps) >= 3000
    assert sum(v == 10415 for _, v in DEFAULT.avps) >= 1500
    assert len(COMMANDS) >= 2 * len(SPEC_COMMANDS) and len(GROUPED) >= 500
    for d in DEFAULT.avps.values():
        assert DEFAULT.avp(d.code, d.vendor) is d
        assert d.flags & 0x80 == (0x80 if d.vendor else 0) and not d.flags & ~0xE0


# Result-Code values of the IETF applications (the IANA registry), and Termination-Cause's of
# RFC 7155: (value, name, specification)
IETF_RESULT_CODES: typing.Final = [
    (3011, "DIAMETER_REALM_REDIRECT_INDICATION", "RFC 7075"),
    (4005, "DIAMETER_ERROR_MIP_REPLY_FAILURE", "RFC 4004"),
    (4006, "DIAMETER_ERROR_HA_NOT_AVAILABLE", "RFC 4004"),
    (4007, "DIAMETER_ERROR_BAD_KEY", "RFC 4004"),
    (4008, "DIAMETER_ERROR_MIP_FILTER_NOT_SUPPORTED", "RFC 4004"),
    (4010, "DIAMETER_END_USER_SERVICE_DENIED", "RFC 8506"),
    (4011, "DIAMETER_CREDIT_CONTROL_NOT_APPLICABLE", "RFC 8506"),
    (4012, "DIAMETER_CREDIT_LIMIT_REACHED", "RFC 8506"),
    (5024, "DIAMETER_ERROR_NO_FOREIGN_HA_SERVICE", "RFC 4004"),
    (5025, "DIAMETER_ERROR_END_TO_END_MIP_KEY_ENCRYPTION", "RFC 4004"),
    (5030, "DIAMETER_USER_UNKNOWN", "RFC 8506"),
    (5031, "DIAMETER_RATING_FAILED", "RFC 8506"),
]
RFC7155_TERMINATION_CAUSES: typing.Final = [
    "USER_REQUEST",
    "LOST_CARRIER",
    "LOST_SERVICE",
    "IDLE_TIMEOUT",
    "SESSION_TIMEOUT",
    "ADMIN_RESET",
    "ADMIN_REBOOT",
    "PORT_ERROR",
    "NAS_ERROR",
    "NAS_REQUEST",
    "NAS_REBOOT",
    "PORT_UNNEEDED",
    "PORT_PREEMPTED",
    "PORT_SUSPENDED",
    "SERVICE_UNAVAILABLE",
    "CALLBACK",
    "USER_ERROR",
    "HOST_REQUEST",
]


@pytest.mark.parametrize("value, name, spec", IETF_RESULT_CODES)
def test_application_result_codes_have_their_names(value: int, name: str, spec: str) -> None:
    from diameter.apps.base import ResultCode
    from diameter.apps.credit_control import CreditControlAnswer

    assert ResultCode(value).name == name, spec
    # a received answer carries the member, not a bare integer
    cca = CreditControlAnswer(
        session_id="s;1",
        result_code=value,
        origin_host="h",
        origin_realm="r",
        auth_application_id=4,
        cc_request_type=1,
        cc_request_number=0,
    )
    decoded = diameter.decode(diameter.encode(cca))  # (TS 32.299's CCA, when loaded, extends RFC 8506's)
    assert decoded.result_code is ResultCode[name]  # type: ignore[attr-defined]


def test_termination_cause_has_the_values_of_rfc_7155() -> None:
    from diameter.apps.base import TerminationCause

    # RADIUS Acct-Terminate-Cause (RFC 2866 §5.10, 1..18) plus 10
    assert [(m.name, m.value) for m in TerminationCause if m.value > 10] == [
        (n, i + 11) for i, n in enumerate(RFC7155_TERMINATION_CAUSES)
    ]
    assert TerminationCause(1).name == "DIAMETER_LOGOUT" and TerminationCause(8).name == "DIAMETER_SESSION_TIMEOUT"


def test_a_dictionary_of_chosen_applications() -> None:
    """Dictionary.of: exactly the given modules (after the base protocol), the later one's
    command used where two define the same (Application-Id, code, R)."""
    from diameter.apps import credit_control, tgpp
    from diameter.apps.tgpp import gx
    from diameter.converter import Converter
    from diameter.registry import Dictionary

    gy_ccr = diameter.encode(full_instance(tgpp.CreditControlRequest))
    gx_ccr = diameter.encode(full_instance(gx.CreditControlRequest))
    dwr = diameter.encode(full_instance(diameter.apps.base.DeviceWatchdogRequest))

    only_gx = Converter(dictionary=Dictionary.of("tgpp.gx"))
    assert type(only_gx.decode(gx_ccr)) is gx.CreditControlRequest
    assert type(only_gx.decode(dwr)) is diameter.apps.base.DeviceWatchdogRequest  # the base is always there
    assert isinstance(
        Converter(dictionary=Dictionary.of("tgpp.gx"), strict=False).decode(gy_ccr), diameter.GenericMessage
    )  # Gy is not in it
    # the order is the choice between RFC 8506's and TS 32.299's CCR (both application 4)
    assert Dictionary.of(credit_control, tgpp).command(4, 272, True) is tgpp.CreditControlRequest
    assert Dictionary.of(tgpp, credit_control).command(4, 272, True) is credit_control.CreditControlRequest
    rfc = Converter(dictionary=Dictionary.of("credit_control"))
    assert (
        type(rfc.decode(diameter.encode(full_instance(credit_control.CreditControlRequest))))
        is credit_control.CreditControlRequest
    )
    # the AVPs a module takes from others are in it, those of other modules not (a module may
    # be named by its full path too: a dictionary of one's own, diameter.apps.loaded.NAME)
    d = Dictionary.of("diameter.apps.tgpp.gx")
    assert d.command(16777238, 272, True) is gx.CreditControlRequest
    assert (
        d.avp(1016, 10415) is tgpp.QOS_INFORMATION and d.avp(873, 10415) is None
    )  # QoS-Information; Service-Information
    assert diameter.registry.DEFAULT.avp(873, 10415) is not None
