"""Cross-check of our encoder with an independent implementation: Wireshark's Diameter dissector.

One message of every command class of :mod:`diameter.apps.base` is built with every field
filled (repeated fields with two values, grouped AVPs, IPv4 and IPv6 addresses, times on both
sides of the 2036 NTP era change, DiameterURIs, non-ASCII UTF-8, vendor-specific AVPs in the
``* [ AVP ]`` fields). All are encoded, written into one pcap as TCP segments to port 3868
with ``text2pcap`` and dissected by one ``tshark -T pdml`` run. For each message the test
checks that tshark reports no problem in the Diameter layer and reads the same header and,
AVP by AVP (recursing into grouped AVPs), the same code, vendor, flags, length and value.

The same run dissects the golden messages (every command class of the other bundled
dictionaries, :func:`builders.full_instance`) and the independent vectors of
``tests/data/oracles`` (python-diameter's bytes, compared with the objects their descriptions
give, see test_oracles). Their values are compared by tshark's reading too (numbers, text,
addresses, times, URIs, IPFilterRules, enumerated values), except for the AVPs Wireshark's
dictionary does not know (:data:`UNKNOWN_TO_WIRESHARK`) or types otherwise
(:data:`RAW_COMPARED`), whose data bytes are compared; test_values_compared keeps both lists
and the share of values compared by tshark's reading from drifting.

tshark and text2pcap come with Wireshark (Debian: ``apt-get install tshark``); without them
the tests are skipped.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import UTC, datetime
from ipaddress import IPv4Address, IPv6Address, ip_address
from typing import Any, Final

import attrs
import pytest

import diameter
from diameter import Avp, Message, apps
from diameter.apps import base
from diameter.apps.base import (
    ACA,
    ACR,
    ASA,
    ASR,
    CEA,
    CER,
    DPA,
    DPR,
    DWA,
    DWR,
    RAA,
    RAR,
    STA,
    STR,
    AccountingRealtimeRequired,
    AccountingRecordType,
    AnswerMessage,
    DisconnectCause,
    ExperimentalResult,
    FailedAVP,
    InbandSecurityId,
    ProxyInfo,
    ReAuthRequestType,
    RedirectHostUsage,
    ResultCode,
    TerminationCause,
    VendorSpecificApplicationId,
)
from diameter.converter import encode_avp
from diameter.schema import AvpDef, ErrorAnswer, command_info, fields_of, is_command, is_grouped
from diameter.types import (
    ADDRESS,
    DIAMETER_IDENTITY,
    DIAMETER_URI,
    ENUMERATED,
    FLOAT32,
    FLOAT64,
    GROUPED,
    INTEGER32,
    INTEGER64,
    IP_FILTER_RULE,
    OCTET_STRING,
    TIME,
    UNSIGNED32,
    UNSIGNED64,
    UTF8STRING,
    DiameterURI,
)
from diameter.wire import AVP_M, AVP_V, FLAG_E, FLAG_P, FLAG_R, FLAG_T

from builders import full_instance
from golden import command_classes as all_command_classes
from test_oracles import DISPATCHED, FLAG_VERDICTS, KNOWN_GAPS, class_named, expected_message
from test_oracles import NAMES as ORACLE_NAMES
from test_oracles import load as load_vector

TIMEOUT: Final = 60  # seconds, for each of text2pcap and tshark
PORT: Final = 3868

# Wireshark expert info (epan/proto.h): severities and the groups that mean a bad encoding.
PI_WARN: Final = 0x00600000
PI_UNDECODED: Final = 0x05000000
PI_MALFORMED: Final = 0x07000000

# -- the messages ---------------------------------------------------------------------------------

TGPP: Final = 10415
SESSION: Final = "client.example.com;1876543210;523;mobile@200.1.1.88"
HOST_V4: Final = IPv4Address("192.0.2.1")
HOST_V6: Final = IPv6Address("2001:db8::17:1")
URI_1: Final = DiameterURI.parse("aaa://host.example.com:3868;transport=tcp")
URI_2: Final = DiameterURI.parse("aaas://backup.example.net;transport=sctp;protocol=diameter")
BEFORE_2036: Final = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)  # NTP era 0 (MSB set)
AFTER_2036: Final = datetime(2040, 2, 29, 23, 59, 58, tzinfo=UTC)  # NTP era 1 (MSB clear)
NON_ASCII: Final = "José Grüße ✓ 東京"


def raw(code: int, data: bytes, *, vendor: int = 0, flags: int = 0) -> Avp:
    """An AVP for a ``* [ AVP ]`` field, its data written by hand."""
    return Avp(code, data, vendor, flags)


def u32(n: int) -> bytes:
    return struct.pack("!I", n)


# AVPs the classes do not name, for the ``* [ AVP ]`` fields and Failed-AVP: 3GPP-IMSI (code 1,
# vendor 10415, UTF8String; unknown to our base dictionary) and base AVPs outside the CCF
# (Session-Timeout, Destination-Realm), whose typed values are compared too.
EXTRA: Final = (
    raw(1, b"001010123456789", vendor=TGPP, flags=AVP_M),
    raw(27, u32(3600), flags=AVP_M),
)
FAILED: Final = FailedAVP(
    avps=(
        raw(283, b"unknown-realm.example", flags=AVP_M),
        raw(1, b"00101", vendor=TGPP),
    )
)
PROXIES: Final = (
    ProxyInfo(proxy_host="proxy1.example.com", proxy_state=b"\x00\x01\x02\xff"),
    ProxyInfo(proxy_host="p2.example.org", proxy_state=b"st", avps=(raw(27, u32(60), flags=AVP_M),)),
)
ROUTES: Final = ("relay1.example.com", "relay-22.example.net")
VSAI: Final = (
    VendorSpecificApplicationId(vendor_id=TGPP, auth_application_id=16777251),
    VendorSpecificApplicationId(vendor_id=TGPP, acct_application_id=16777216),
)


def build_messages() -> list[Message]:
    """One message of every command class, each field filled (repeated ones twice)."""
    cer = CER(
        origin_host="peer1.example.com",
        origin_realm="example.com",
        host_ip_address=(HOST_V4, HOST_V6),
        vendor_id=TGPP,
        product_name=NON_ASCII,
        origin_state_id=0xFFFF_FFF0,
        supported_vendor_id=(TGPP, 5535),
        auth_application_id=(4, 16777251),
        inband_security_id=(InbandSecurityId.NO_INBAND_SECURITY, InbandSecurityId.TLS),
        acct_application_id=(3, 0xFFFF_FFFF),
        vendor_specific_application_id=VSAI,
        firmware_revision=0x01020304,
        avps=EXTRA,
        hop_by_hop=0x8000_0101,
        end_to_end=0xF001_0101,
        retransmit=True,
    )
    cea = CEA(
        result_code=ResultCode.DIAMETER_SUCCESS,
        origin_host="peer22.example.org",
        origin_realm="example.org",
        host_ip_address=(HOST_V6, HOST_V4),
        vendor_id=5535,
        product_name="diameter-typed",
        origin_state_id=7,
        error_message="no error; just testing",
        failed_avp=FAILED,
        supported_vendor_id=(TGPP, 13019),
        auth_application_id=(0xFFFF_FFFF, 1),
        inband_security_id=(InbandSecurityId.TLS, 0),
        acct_application_id=(3, 4),
        vendor_specific_application_id=tuple(reversed(VSAI)),
        firmware_revision=1,
        avps=EXTRA,
        hop_by_hop=0x8000_0202,
        end_to_end=0xF002_0202,
    )
    dpr = DPR(
        origin_host="a.b",
        origin_realm="b",
        disconnect_cause=DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU,
        avps=EXTRA,
        hop_by_hop=0x8000_0303,
        end_to_end=0xF003_0303,
    )
    dpa = DPA(
        result_code=ResultCode.DIAMETER_UNABLE_TO_COMPLY,
        origin_host="abc.d",
        origin_realm="cd",
        error_message=NON_ASCII,
        failed_avp=FAILED,
        avps=EXTRA,
        hop_by_hop=0x8000_0404,
        end_to_end=0xF004_0404,
    )
    dwr = DWR(
        origin_host="watch.example.com",
        origin_realm="example.com",
        origin_state_id=0,
        avps=EXTRA,
        hop_by_hop=0x8000_FFFF,
        end_to_end=0xF0FF_FFFF,
    )
    dwa = DWA(
        result_code=2001,
        origin_host="dog.example.com",
        origin_realm="example.com",
        error_message="x",
        failed_avp=FAILED,
        origin_state_id=0x7FFF_FFFF,
        avps=EXTRA,
        hop_by_hop=0x8000_0505,
        end_to_end=0xF005_0505,
    )
    answer = AnswerMessage(
        command_code=272,
        application_id=4,
        proxiable=True,
        session_id=SESSION,
        origin_host="relay.example.com",
        origin_realm="example.com",
        result_code=ResultCode.DIAMETER_UNABLE_TO_DELIVER,
        origin_state_id=99,
        error_message="no route to " + NON_ASCII,
        error_reporting_host="relay.example.com",
        failed_avp=FAILED,
        experimental_result=ExperimentalResult(vendor_id=TGPP, experimental_result_code=5420),
        proxy_info=PROXIES,
        avps=EXTRA,
        hop_by_hop=0x8000_0606,
        end_to_end=0xF006_0606,
    )
    rar = RAR(
        session_id=SESSION,
        origin_host="server.example.com",
        origin_realm="example.com",
        destination_realm="client.example.net",
        destination_host="client.client.example.net",
        auth_application_id=16777238,
        re_auth_request_type=ReAuthRequestType.AUTHORIZE_AUTHENTICATE,
        user_name=NON_ASCII,
        origin_state_id=12345,
        proxy_info=PROXIES,
        route_record=ROUTES,
        avps=EXTRA,
        hop_by_hop=0x8000_0707,
        end_to_end=0xF007_0707,
        retransmit=True,
    )
    raa = RAA(
        session_id=SESSION,
        result_code=ResultCode.DIAMETER_REDIRECT_INDICATION,
        origin_host="client.client.example.net",
        origin_realm="client.example.net",
        user_name="user@example.net",
        origin_state_id=1,
        error_message="redirected",
        error_reporting_host="server.example.com",
        failed_avp=FAILED,
        redirect_host=(URI_1, URI_2),
        redirect_host_usage=RedirectHostUsage.REALM_AND_APPLICATION,
        redirect_max_cache_time=86400,
        proxy_info=PROXIES,
        avps=EXTRA,
        hop_by_hop=0x8000_0808,
        end_to_end=0xF008_0808,
        application_id=16777238,
    )
    str_ = STR(
        session_id="s;1",
        origin_host="nas.example.com",
        origin_realm="example.com",
        destination_realm="aaa.example.org",
        auth_application_id=1,
        termination_cause=TerminationCause.DIAMETER_ADMINISTRATIVE,
        user_name="bob",
        destination_host="aaa1.aaa.example.org",
        class_=(b"\x00class-1", bytes(range(250, 256))),
        origin_state_id=42,
        proxy_info=tuple(reversed(PROXIES)),
        route_record=ROUTES,
        avps=EXTRA,
        hop_by_hop=0x8000_0909,
        end_to_end=0xF009_0909,
    )
    sta = STA(
        session_id="s;1",
        result_code=ResultCode.DIAMETER_SUCCESS,
        origin_host="aaa1.aaa.example.org",
        origin_realm="aaa.example.org",
        user_name="bob",
        class_=(b"c", b"\xff\xfe"),
        error_message="fine",
        error_reporting_host="r.example",
        failed_avp=FAILED,
        origin_state_id=0xFFFF_FFFF,
        redirect_host=(URI_2, URI_1),
        redirect_host_usage=RedirectHostUsage.DONT_CACHE,
        redirect_max_cache_time=0,
        proxy_info=PROXIES,
        avps=EXTRA,
        hop_by_hop=0x8000_0A0A,
        end_to_end=0xF00A_0A0A,
        application_id=1,
    )
    asr = ASR(
        session_id=SESSION + ";asr",
        origin_host="server.example.com",
        origin_realm="example.com",
        destination_realm="client.example.net",
        destination_host="client.client.example.net",
        auth_application_id=16777236,
        user_name="alice@example.net",
        origin_state_id=3,
        proxy_info=PROXIES,
        route_record=ROUTES,
        avps=EXTRA,
        hop_by_hop=0x8000_0B0B,
        end_to_end=0xF00B_0B0B,
    )
    asa = ASA(
        session_id=SESSION + ";asr",
        result_code=ResultCode.DIAMETER_UNKNOWN_SESSION_ID,
        origin_host="client.client.example.net",
        origin_realm="client.example.net",
        user_name="alice@example.net",
        origin_state_id=4,
        error_message="who?",
        error_reporting_host="client.client.example.net",
        failed_avp=FAILED,
        redirect_host=(URI_1, URI_2),
        redirect_host_usage=RedirectHostUsage.ALL_USER,
        redirect_max_cache_time=0xFFFF_FFFF,
        proxy_info=PROXIES,
        avps=EXTRA,
        hop_by_hop=0x8000_0C0C,
        end_to_end=0xF00C_0C0C,
        application_id=16777236,
    )
    acr = ACR(
        session_id=SESSION + ";acct",
        origin_host="nas.example.com",
        origin_realm="example.com",
        destination_realm="acct.example.org",
        accounting_record_type=AccountingRecordType.INTERIM_RECORD,
        accounting_record_number=0x8000_0001,
        acct_application_id=3,
        vendor_specific_application_id=VSAI[1],
        user_name=NON_ASCII,
        destination_host="acct1.acct.example.org",
        accounting_sub_session_id=0xFFFF_FFFF_FFFF_FFFE,
        acct_session_id=b"\x00\x01acct\xff",
        acct_multi_session_id="multi;1",
        acct_interim_interval=300,
        accounting_realtime_required=AccountingRealtimeRequired.GRANT_AND_LOSE,
        origin_state_id=5,
        event_timestamp=BEFORE_2036,
        proxy_info=PROXIES,
        route_record=ROUTES,
        avps=EXTRA,
        hop_by_hop=0x8000_0D0D,
        end_to_end=0xF00D_0D0D,
        retransmit=True,
    )
    aca = ACA(
        session_id=SESSION + ";acct",
        result_code=ResultCode.DIAMETER_SUCCESS,
        origin_host="acct1.acct.example.org",
        origin_realm="acct.example.org",
        accounting_record_type=AccountingRecordType.STOP_RECORD,
        accounting_record_number=0,
        acct_application_id=3,
        vendor_specific_application_id=VSAI[0],
        user_name="u",
        accounting_sub_session_id=0x0123_4567_89AB_CDEF,
        acct_session_id=b"1234",
        acct_multi_session_id=NON_ASCII,
        error_message="e",
        error_reporting_host="acct1.acct.example.org",
        failed_avp=FAILED,
        acct_interim_interval=0,
        accounting_realtime_required=AccountingRealtimeRequired.DELIVER_AND_GRANT,
        origin_state_id=6,
        event_timestamp=AFTER_2036,
        proxy_info=PROXIES,
        avps=EXTRA,
        hop_by_hop=0x8000_0E0E,
        end_to_end=0xF00E_0E0E,
    )
    return [cer, cea, dpr, dpa, dwr, dwa, answer, rar, raa, str_, sta, asr, asa, acr, aca]


def command_classes() -> set[type]:
    """Every command class diameter.apps.base defines."""
    return {obj for obj in apps.members(base).values() if isinstance(obj, type) and is_command(obj)}


HAND_BUILT: Final = build_messages()

# AVPs whose dissection Wireshark (4.0) gets wrong in a way that stops it dissecting the rest of
# the message: the golden messages are checked without them. Field name -> reason.
WIRESHARK_FAILS: Final[dict[str, str]] = {
    "der_s6b_flags": (
        "TS 29.273 §9.2.3.7 DER-S6b-Flags (1523, Unsigned32): Wireshark's built-in handler of that "
        "AVP fails an assertion (diameter.3gpp.rar_flags_spare) and dissects nothing after it"
    ),
}


def _checkable(message: Message) -> Message:
    present = {f: None for f in WIRESHARK_FAILS if getattr(message, f, None) is not None}
    return diameter.evolve(message, **present) if present else message


# Every command class of the other bundled dictionaries, fully populated (the golden messages).
GOLDEN: Final = [_checkable(full_instance(cls)) for module, cls in all_command_classes() if module != "base"]


def oracle_messages() -> list[tuple[str, Message, bytes]]:
    """The independent vectors of tests/data/oracles (python-diameter's bytes), each with the
    object built from its description (the class our decoder picks for it)."""
    out = []
    for vector in ORACLE_NAMES:
        if vector in KNOWN_GAPS:  # no class of ours for it (see test_oracles)
            continue
        meta, data = load_vector(vector)
        cls = class_named(DISPATCHED.get(meta["class"], meta["class"]))
        out.append((vector, expected_message(cls, meta), data))
    return out


ORACLES: Final = oracle_messages()
MESSAGES: Final[list[Message]] = HAND_BUILT + GOLDEN + [m for _, m, _ in ORACLES]
IDS: Final = (
    [f"base.{type(m).__name__}" for m in HAND_BUILT]
    + [f"{type(m).__module__.rsplit('.', 1)[1]}.{type(m).__name__}" for m in GOLDEN]
    + [f"oracle.{name}" for name, _, _ in ORACLES]
)
# The AVP flag bytes python-diameter's dictionary gives where ours differs (see test_oracles).
ORACLE_FLAGS: Final = {key: theirs for key, (theirs, _, _) in FLAG_VERDICTS.items()}


def test_every_command_class_covered() -> None:
    built = [type(m) for m in HAND_BUILT]
    assert len(built) == len(set(built)), "a command class is built twice"
    assert set(built) == command_classes()


@pytest.mark.parametrize("message", HAND_BUILT, ids=lambda m: type(m).__name__)
def test_every_field_filled(message: Message) -> None:
    """Each message fills every field of its class, repeated ones with two values or more."""
    for spec in fields_of(type(message)):
        value = getattr(message, spec.name)
        if spec.kind in ("many", "extra"):
            assert len(value) >= min(2, spec.max or 2), f"{spec.name} has fewer than two values"
        else:
            assert value is not None, f"{spec.name} is not set"


# -- running tshark -------------------------------------------------------------------------------


def hex_dump(packets: list[bytes]) -> str:
    """The packets in the ``od -Ax -tx1`` format text2pcap reads, one block per packet."""
    lines: list[str] = []
    for data in packets:
        for offset in range(0, len(data), 16):
            lines.append(f"{offset:06x} " + " ".join(f"{b:02x}" for b in data[offset : offset + 16]))
        lines.append("")
    return "\n".join(lines) + "\n"


def run(args: list[str], env: dict[str, str]) -> str:
    try:
        done = subprocess.run(args, capture_output=True, encoding="utf-8", timeout=TIMEOUT, env=env, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{args[0]} took more than {TIMEOUT} s")
    assert done.returncode == 0, f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr}"
    return done.stdout


@attrs.frozen
class Dissected:
    """What the test sends and what tshark read, for every message."""

    encoded: list[bytes]
    packets: list[ET.Element]


@pytest.fixture(scope="module")
def dissected(tmp_path_factory: pytest.TempPathFactory) -> Dissected:
    missing = [tool for tool in ("tshark", "text2pcap") if shutil.which(tool) is None]
    if missing:
        reason = f"{' and '.join(missing)} not installed (Debian/Ubuntu: apt-get install tshark)"
        print(f"SKIPPED test_tshark: {reason}")
        pytest.skip(reason)
    tmp = tmp_path_factory.mktemp("tshark")
    encoded = [diameter.encode(m) for m in HAND_BUILT + GOLDEN] + [data for _, _, data in ORACLES]
    (tmp / "messages.txt").write_text(hex_dump(encoded))
    # A configuration directory of its own: the user's Wireshark preferences do not apply.
    env = dict(os.environ, WIRESHARK_CONFIG_DIR=str(tmp / "config"), LC_ALL="C.UTF-8", TZ="UTC")
    (tmp / "config").mkdir()
    pcap = tmp / "messages.pcap"
    run(["text2pcap", "-q", "-T", f"{PORT},{PORT}", str(tmp / "messages.txt"), str(pcap)], env)
    pdml = run(
        [
            "tshark",
            "-n",
            "-r",
            str(pcap),
            "-d",
            f"tcp.port=={PORT},diameter",
            "-o",
            "tcp.desegment_tcp_streams:FALSE",
            "-T",
            "pdml",
        ],
        env,
    )
    (tmp / "messages.pdml").write_text(pdml, encoding="utf-8")
    packets = ET.fromstring(pdml).findall("packet")
    assert len(packets) == len(MESSAGES), f"tshark read {len(packets)} packets, {len(MESSAGES)} written"
    return Dissected(encoded, packets)


# -- reading the PDML -----------------------------------------------------------------------------


def name(e: ET.Element) -> str:
    return e.get("name", "")


def show(e: ET.Element) -> str:
    return e.get("show", "")


def raw_bytes(e: ET.Element) -> bytes:
    return bytes.fromhex(e.get("value", ""))


def size(e: ET.Element) -> int:
    return int(e.get("size", "-1"))


def child(e: ET.Element, field: str) -> ET.Element | None:
    for c in e:
        if name(c) == field:
            return c
    return None


def _framing_items(e: ET.Element) -> list[ET.Element]:
    """The elements under ``e`` outside the data of non-grouped AVPs (where Wireshark's value
    dissectors run): the message and AVP headers, at every nesting level."""
    out: list[ET.Element] = []
    for c in e:
        out.append(c)
        if name(c) == "diameter.avp":
            for part in c:
                if name(part) in _HEADER_FIELDS or any(name(x) == "diameter.avp" for x in part):
                    out.extend(_framing_items(part) if name(part) not in _HEADER_FIELDS else [part, *part.iter()])
                elif name(part) in ("_ws.expert", "_ws.malformed"):
                    out.append(part)
        else:
            out.extend(_framing_items(c))
    return out


def expert_problems(e: ET.Element, framing_only: bool = False, unknown_ok: bool = False) -> list[str]:
    """Expert infos of severity warning or error, or of group malformed or undecoded, and
    malformed-packet markers, anywhere under ``e`` (outside non-grouped AVP data with
    ``framing_only``; notices of AVPs unknown to Wireshark are left out with ``unknown_ok``)."""
    problems: list[str] = []
    parent = {c: p for p in e.iter() for c in p}
    for item in _framing_items(e) if framing_only else e.iter():
        if name(item) == "_ws.malformed":
            problems.append(item.get("showname", "Malformed Packet"))
        if name(item) != "_ws.expert":
            continue
        sev = child(item, "_ws.expert.severity")
        group = child(item, "_ws.expert.group")
        severity = int(show(sev)) if sev is not None else PI_WARN
        grp = int(show(group)) if group is not None else 0
        text = item.get("showname", "expert info")
        if (framing_only or unknown_ok) and re.search(r"Unknown (AVP \d+|Vendor)", text):
            continue  # AVPs our dictionaries know and Wireshark's does not: their bytes are compared
        if "Data is empty" in text and _empty_grouped(item, parent):
            # Wireshark warns about every AVP without data, but a Grouped AVP whose members are
            # all optional may be empty (e.g. RFC 4006 §8.18 Requested-Service-Unit in a Gy CCR).
            continue
        if severity >= PI_WARN or grp in (PI_MALFORMED, PI_UNDECODED):
            problems.append(text)
    return problems


def _empty_grouped(item: ET.Element, parent: dict[ET.Element, ET.Element]) -> bool:
    """Whether the expert info ``item`` belongs to a Grouped AVP (of our dictionaries)."""
    at: ET.Element | None = item
    while at is not None and name(at) != "diameter.avp":
        at = parent.get(at)
    if at is None:
        return False
    code, vendor = child(at, "diameter.avp.code"), child(at, "diameter.avp.vendorId")
    if code is None:
        return False
    d = diameter.registry.DEFAULT.avp(int(show(code)), int(show(vendor)) if vendor is not None else 0)
    return d is not None and d.is_grouped


_MONTHS: Final = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
_TIME: Final = re.compile(r"([A-Z][a-z]{2})\s+(\d{1,2}), (\d{4}) (\d\d):(\d\d):(\d\d)(?:\.\d+)? UTC")


def parse_time(text: str) -> datetime:
    """Wireshark's display of a UTC absolute time: ``May  6, 2024 07:08:09.000000000 UTC``."""
    m = _TIME.fullmatch(text)
    if m is None:
        raise ValueError(f"not a tshark UTC time: {text!r}")
    mon, day, year, hh, mm, ss = m.groups()
    return datetime(int(year), _MONTHS[mon], int(day), int(hh), int(mm), int(ss), tzinfo=UTC)


@attrs.frozen
class ShownAvp:
    """One AVP as tshark shows it."""

    code: int
    vendor: int
    flags: int
    length: int  # AVP Length (header and data, no padding)
    elem: ET.Element  # the diameter.avp field
    value: ET.Element | None  # the field of its data (diameter.<AVP name>)

    @property
    def key(self) -> tuple[int, int]:
        return self.code, self.vendor


_HEADER_FIELDS: Final = frozenset(
    {"diameter.avp.code", "diameter.avp.flags", "diameter.avp.len", "diameter.avp.vendorId", "diameter.avp.pad"}
)


def shown_avps(container: ET.Element) -> list[ShownAvp]:
    """The AVPs directly under a diameter proto or under the data field of a grouped AVP."""
    out: list[ShownAvp] = []
    for e in container:
        if name(e) != "diameter.avp":
            continue
        code = child(e, "diameter.avp.code")
        flags = child(e, "diameter.avp.flags")
        length = child(e, "diameter.avp.len")
        vendor = child(e, "diameter.avp.vendorId")
        values = [c for c in e if name(c) not in _HEADER_FIELDS]
        assert code is not None and flags is not None and length is not None, ET.tostring(e)
        out.append(
            ShownAvp(
                code=int(show(code)),
                vendor=int(show(vendor)) if vendor is not None else 0,
                flags=int(show(flags), 16),
                length=int(show(length)),
                elem=e,
                value=values[0] if values else None,
            )
        )
    return out


# -- comparing ------------------------------------------------------------------------------------


def expected_header(m: Message) -> tuple[int, int, int]:
    """Command code, Application-Id and command flags, as the class and the CCF say."""
    info = command_info(type(m))
    if isinstance(m, ErrorAnswer):
        code, proxiable = m.command_code, m.proxiable
    else:
        assert info.code is not None
        code, proxiable = info.code, info.proxiable
    app = info.application_id
    if app is None:
        app = getattr(m, info.application_id_field or "application_id")
    assert isinstance(app, int)
    flags = (FLAG_R if info.request else 0) | (FLAG_P if proxiable else 0)
    flags |= (FLAG_E if info.error else 0) | (FLAG_T if m.retransmit else 0)
    return code, app, flags


# Measured with tshark 4.0.17: 6722 of the 6920 non-grouped values of the golden messages and
# the vectors (97.1%) are compared by tshark's reading; the others are those of the AVPs below.
VALUE_FRACTION: Final = 0.97

# AVPs our dictionaries define and Wireshark's (4.0) does not: tshark shows their data
# undissected (grouped ones with all they contain), so their bytes are compared. A later
# Wireshark may know more of them; an AVP not listed here fails test_values_compared.
UNKNOWN_TO_WIRESHARK: Final = frozenset(
    {
        "5GS-RAN-NAS-Release-Cause",
        "Alternate-Digest-Algorithm",
        "Alternate-Digest-HA1",
        "AMF-Instance-Id",
        "APN-Rate-Control-Status",
        "Battery-Indicator",
        "Call-Reference-Info",
        "Callee-Information",
        "CPDT-Information",
        "Desired-Max-Latency",
        "Desired-Max-Loss",
        "DRA-Binding",
        "DRA-Deployment",
        "ECN-IP-Codepoint",
        "ERP-Realm",
        "ERP-RK-Request",
        "Exclude-Identifiers",
        "Failed-PCSCF",
        "FLUS-Identifier",
        "IMS-Emergency-Indicator",
        "Include-Identifiers",
        "Key",
        "M2M-Information",
        "MA-Information",
        "MBMS-Charged-Party",
        "MDT-Configuration-NR",
        "Media-Component-Status",
        "MPS-Action",
        "NID",
        "NR-Cell-Global-Identity",
        "Number-Of-UEs",
        "OC-Maximum-Rate",
        "OFR-Flags",
        "P-CSCF-Subscription-Info",
        "PLMN-RAT-Usage-Control",
        "ProSe-Information",
        "PSCell-Info",
        "QoS-Capability",
        "QoS-Final-Unit-Indication",
        "Reference-Id",
        "Registration-Time-Out",
        "Related-Trigger",
        "RTR-Flags",
        "SCEF-Reference-ID-Ext",
        "SCEF-Reference-ID-for-Deletion-Ext",
        "SF-Provisional-Indication",
        "SF-ULR-Timestamp",
        "SMSF-3GPP-SBI-Support-Indicator",
        "SMSF-Non-3GPP-SBI-Support-Indicator",
        "SMSMI-Correlation-ID",
        "SN-Request-Type",
        "Status-AS-Code",
        "Subscription-Id-Extension",
        "TCP-Source-Port",
        "Third-Context-Identifier",
        "Trace-Reporting-Consumer-Uri",
        "Transit-IOI-List",
        "UE-Local-IPv6-Prefix",
        "Updated-Network-Configuration",
        "Wireline-User-Location-Info",
    }
)

# AVPs whose values are compared by their data bytes, not by tshark's reading: Wireshark's
# dictionary gives them another data format than ours (and the specification's). Name -> reason.
RAW_COMPARED: Final[dict[str, str]] = {
    "Framed-IPX-Network": "RFC 7155 §4.4.10.6.1: Unsigned32; Wireshark's dictionary has UTF8String",
    "ISUP-Cause-Location": "TS 32.299 §7.2.80D: Unsigned32; Wireshark's dictionary has OctetString",
    "From-Address": "TS 32.299 §7.2.67A: UTF8String (a SIP or TEL URI); Wireshark's dictionary has IPAddress",
    "Cell-Portion-ID": "TS 29.172 §7.4.58: Unsigned32; Wireshark's dictionary has OctetString",
    "Application-Server-ID": (
        "UTF8String in schemas/tgpp_ts32299_services.dia (OMA-DDS-Charging_Data §6.2.5, not re-checked "
        "here); Wireshark's dictionary (and python-diameter's) has Unsigned32"
    ),
}


class Checker:
    """Compares an object of ours with tshark's reading of it, collecting the differences.

    Every non-grouped value is compared by tshark's reading of it (numbers, text, addresses,
    times, URIs, enumerated values), except for the AVPs Wireshark's dictionary does not know
    (tshark shows their data undissected) and those of :data:`RAW_COMPARED`, which Wireshark
    dissects as something else than their data format: those are compared by their data bytes,
    written by our encoder (``lenient``: the golden messages and the independent vectors, whose
    AVPs include many Wireshark does not know; elsewhere an undissected AVP is an error).
    ``by_value`` and ``by_bytes`` count the AVPs compared each way, by name. ``flags`` gives
    the AVP flag bytes to expect instead of our dictionary's, by (code, vendor).
    """

    def __init__(self, lenient: bool = False, flags: dict[tuple[int, int], int] | None = None) -> None:
        self.errors: list[str] = []
        self.lenient = lenient
        self.flags = flags or {}
        self.by_value: Counter[str] = Counter()
        self.by_bytes: Counter[str] = Counter()
        self.unknown: set[str] = set()  # AVPs tshark does not dissect (unknown to Wireshark)

    def fail(self, where: str, what: str) -> None:
        self.errors.append(f"{where}: {what}")

    def equal(self, where: str, what: str, ours: object, tshark: object) -> None:
        if ours != tshark:
            self.fail(where, f"{what}: ours {ours!r}, tshark {tshark!r}")

    def avps(self, where: str, obj: object, container: ET.Element, data_size: int) -> None:
        """The AVPs of ``obj`` (a message or grouped value) against those tshark shows."""
        shown = shown_avps(container)
        self.equal(where, "AVP bytes dissected", data_size, sum(size(s.elem) for s in shown))
        by_key: dict[tuple[int, int], list[ShownAvp]] = defaultdict(list)
        for s in shown:
            by_key[s.key].append(s)
        expected_keys: set[tuple[int, int]] = set()
        position = 0
        for spec in fields_of(type(obj)):
            value = getattr(obj, spec.name)
            values: tuple[Any, ...] = (
                tuple(value) if spec.kind in ("many", "extra") else (() if value is None else (value,))
            )
            if spec.kind == "extra":
                # Raw AVPs: several keys; grouped so the comparison below sees each in order.
                raw_by_key: dict[tuple[int, int], list[Avp]] = defaultdict(list)
                for a in values:
                    raw_by_key[a.code, a.vendor].append(a)
                for key, avps in raw_by_key.items():
                    expected_keys.add(key)
                    label = f"{where}.{spec.name}[AVP {key[0]}" + (f" vendor {key[1]}]" if key[1] else "]")
                    self.occurrences(label, None, avps, by_key.get(key, []))
                continue
            d = spec.definition
            key = (d.code, d.vendor)
            expected_keys.add(key)
            if spec.fixed and values:
                # RFC 6733 §3.2: fixed-position AVPs come first.
                at = shown[position] if position < len(shown) else None
                self.equal(where, f"fixed AVP {d.name} at position {position}", key, at and at.key)
                position += 1
            self.occurrences(f"{where}.{spec.name}", d, list(values), by_key.get(key, []))
        for key, extra in by_key.items():
            if key not in expected_keys:
                self.fail(where, f"{len(extra)} AVP(s) {key} we did not encode")

    def occurrences(self, where: str, d: AvpDef[Any] | None, values: list[Any], shown: list[ShownAvp]) -> None:
        if len(values) != len(shown):
            self.fail(where, f"{len(values)} value(s) encoded, tshark shows {len(shown)} AVP(s)")
        for i, (value, s) in enumerate(zip(values, shown, strict=False)):  # a count mismatch is failed above
            at = f"{where}[{i}]" if len(values) > 1 else where
            if d is None:
                self.raw_avp(at, value, s)
            else:
                self.avp(at, d, value, s)

    def header(self, where: str, s: ShownAvp, flags: int, data_length: int) -> None:
        self.equal(where, "AVP flags", flags, s.flags)
        header_length = 12 if flags & AVP_V else 8
        self.equal(where, "AVP Length", header_length + data_length, s.length)
        self.equal(where, "AVP size with padding", (s.length + 3) & ~3, size(s.elem))

    def avp(self, where: str, d: AvpDef[Any], value: Any, s: ShownAvp) -> None:
        """A typed AVP: flags from the definition, value compared by its data format."""
        if s.value is None:
            self.fail(where, "tshark shows no value")
            return
        self.header(where, s, self.flags.get((d.code, d.vendor), d.flags), size(s.value))
        if d.name in RAW_COMPARED and d.format is not GROUPED:  # Wireshark types it otherwise
            self.by_bytes[d.name] += 1
            self.equal(where, "data", encode_avp(d, value).data, raw_bytes(s.value))
            return
        if name(s.value).startswith("diameter.avp."):  # .unknown, .invalid-data: not dissected
            if self.lenient and name(s.value) == "diameter.avp.unknown":  # unknown to Wireshark
                self.unknown.add(d.name)
                self.by_bytes[d.name] += 1
                self.equal(where, "data", encode_avp(d, value).data, raw_bytes(s.value))
                return
            self.fail(where, f"tshark reads the data as {name(s.value)!r}: {s.value.get('showname')}")
            return
        self.value(where, d, value, s.value)

    def raw_avp(self, where: str, a: Avp, s: ShownAvp) -> None:
        """An AVP of a ``* [ AVP ]`` field: flags and data bytes as given; typed value too when
        our dictionary knows the AVP."""
        if s.value is None:
            self.fail(where, "tshark shows no value")
            return
        self.header(where, s, a.flags | (AVP_V if a.vendor else 0), size(s.value))
        self.equal(where, "data", a.data, raw_bytes(s.value))
        if name(s.value).startswith("diameter.avp."):
            self.fail(where, f"tshark reads the data as {name(s.value)!r}: {s.value.get('showname')}")
        d = a.definition
        if d is not None and d.format is not GROUPED:
            self.value(where, d, a.value, s.value)

    def value(self, where: str, d: AvpDef[Any], value: Any, f: ET.Element) -> None:
        fmt = d.format
        text = show(f)
        if fmt is not GROUPED:
            self.by_value[d.name] += 1
        if fmt is GROUPED:
            assert is_grouped(value), f"{where}: {value!r} is not a grouped value"
            self.avps(where, value, f, size(f))
        elif fmt in (UNSIGNED32, UNSIGNED64, INTEGER32, INTEGER64, ENUMERATED):
            self.equal(where, "number", int(value), int(text) if text.lstrip("-").isdigit() else text)
        elif fmt in (FLOAT32, FLOAT64):
            self.equal(where, "number", float(value), float(text))
        elif fmt in (UTF8STRING, DIAMETER_IDENTITY):
            self.equal(where, "text", value, text)
            self.equal(where, "UTF-8 bytes", value.encode(), raw_bytes(f))
        elif fmt is OCTET_STRING:
            self.equal(where, "bytes", value, raw_bytes(f))
        elif fmt is DIAMETER_URI:
            self.equal(where, "URI text", str(value), text)
            self.equal(where, "URI", value, DiameterURI.parse(text))
        elif fmt is ADDRESS:
            family = next((c for c in f.iter() if name(c).endswith(".addr_family")), None)
            addr = next((c for c in f.iter() if name(c).endswith((".IPv4", ".IPv6"))), None)
            if family is None or addr is None:
                self.fail(where, f"tshark shows no address: {f.get('showname')}")
                return
            self.equal(where, "address family", 1 if isinstance(value, IPv4Address) else 2, int(show(family)))
            self.equal(where, "address", value, ip_address(show(addr)))
        elif fmt is IP_FILTER_RULE:
            self.equal(where, "rule", str(value), text)
        elif fmt is TIME:
            try:
                self.equal(where, "time", value, parse_time(text))
            except ValueError as e:
                self.fail(where, str(e))
        else:
            self.fail(where, f"no comparison for data format {fmt.name}")


def check_message(dissected: Dissected, index: int) -> Checker:
    """tshark's reading of message ``index`` against our object (problems tshark reports are
    asserted here; the differences are in the checker's ``errors``)."""
    message = MESSAGES[index]
    data = dissected.encoded[index]
    packet = dissected.packets[index]
    where = type(message).__name__
    lenient = index >= len(HAND_BUILT)  # golden messages and vectors: AVPs unknown to Wireshark
    golden = len(HAND_BUILT) <= index < len(HAND_BUILT) + len(GOLDEN)  # placeholder values

    protos = [p for p in packet.iter("proto") if name(p) == "diameter"]
    assert len(protos) == 1, f"{where}: tshark found {len(protos)} Diameter PDUs in the packet"
    proto = protos[0]
    # Value-level problems count too, but in the golden messages (placeholder values).
    problems = expert_problems(proto, framing_only=golden, unknown_ok=lenient)
    if not lenient:
        problems += [p.get("showname", "") for p in packet.findall("proto") if name(p) == "_ws.malformed"]
    assert not problems, f"{where}: tshark reports\n" + "\n".join(problems)

    def header_field(field: str) -> str:
        f = child(proto, field)
        assert f is not None, f"{where}: no {field} in tshark's output"
        return show(f)

    check = Checker(lenient=lenient, flags=ORACLE_FLAGS if index >= len(HAND_BUILT) + len(GOLDEN) else None)
    code, app, flags = expected_header(message)
    check.equal(where, "message size", len(data), size(proto))
    check.equal(where, "version", 1, int(header_field("diameter.version"), 16))
    check.equal(where, "Message Length", len(data), int(header_field("diameter.length")))
    check.equal(where, "command flags", flags, int(header_field("diameter.flags"), 16))
    check.equal(where, "command code", code, int(header_field("diameter.cmd.code")))
    check.equal(where, "Application-Id", app, int(header_field("diameter.applicationId")))
    check.equal(where, "Hop-by-Hop", message.hop_by_hop, int(header_field("diameter.hopbyhopid"), 16))
    check.equal(where, "End-to-End", message.end_to_end, int(header_field("diameter.endtoendid"), 16))
    check.avps(where, message, proto, len(data) - 20)
    return check


@pytest.mark.parametrize("index", range(len(MESSAGES)), ids=IDS)
def test_tshark_agrees(dissected: Dissected, index: int) -> None:
    check = check_message(dissected, index)
    assert not check.errors, "tshark disagrees:\n" + "\n".join(check.errors)


def test_values_compared(dissected: Dissected) -> None:
    """How the golden messages' and the vectors' values are compared: by tshark's reading,
    except for the AVPs unknown to Wireshark and those of RAW_COMPARED (all of which occur)."""
    by_value: Counter[str] = Counter()
    by_bytes: Counter[str] = Counter()
    unknown: set[str] = set()
    for index in range(len(HAND_BUILT), len(MESSAGES)):
        check = check_message(dissected, index)
        by_value += check.by_value
        by_bytes += check.by_bytes
        unknown |= check.unknown
    assert set(by_bytes) == unknown | set(RAW_COMPARED), "an AVP compared by its bytes without a reason"
    assert not unknown & set(by_value) and not set(RAW_COMPARED) & set(by_value)
    total = sum(by_value.values()) + sum(by_bytes.values())
    fraction = sum(by_value.values()) / total
    print(
        f"{sum(by_value.values())} of {total} values compared by tshark's reading ({fraction:.1%}); "
        f"{len(unknown)} AVPs unknown to Wireshark, {len(RAW_COMPARED)} typed otherwise"
    )
    assert fraction >= VALUE_FRACTION, f"only {fraction:.1%} of the values compared by tshark's reading"
    assert unknown <= UNKNOWN_TO_WIRESHARK, (
        f"new AVPs Wireshark does not know: {sorted(unknown - UNKNOWN_TO_WIRESHARK)}"
    )


def test_checker_notices_differences() -> None:
    """The comparison itself: a wrong value, a missing and an unexpected AVP are reported."""
    xml = (
        '<proto name="diameter">'
        '<field name="diameter.avp" size="12"><field name="diameter.avp.code" show="264"/>'
        '<field name="diameter.avp.flags" show="0x40"/><field name="diameter.avp.len" show="9"/>'
        '<field name="diameter.Origin-Host" show="b" size="1" value="62"/>'
        '<field name="diameter.avp.pad" size="3"/></field>'
        '<field name="diameter.avp" size="12"><field name="diameter.avp.code" show="27"/>'
        '<field name="diameter.avp.flags" show="0x40"/><field name="diameter.avp.len" show="12"/>'
        '<field name="diameter.Session-Timeout" show="1" size="4" value="00000001"/></field>'
        "</proto>"
    )
    check = Checker()
    check.avps("DWR", DWR(origin_host="a", origin_realm="r"), ET.fromstring(xml), 24)
    text = "\n".join(check.errors)
    assert "ours 'a', tshark 'b'" in text
    assert "origin_realm: 1 value(s) encoded, tshark shows 0" in text
    assert "AVP(s) (27, 0) we did not encode" in text
