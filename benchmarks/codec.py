#!/usr/bin/env python3
"""Codec benchmark: this repository's ``diameter`` against PyPI ``python-diameter`` 0.9.0.

Both packages are imported as ``diameter``, so each side runs in its own long-lived worker
process: ours with the current interpreter and the repository on ``sys.path``, python-diameter
with the interpreter of a virtual environment (``benchmarks/.venv-python-diameter``, created and
filled by ``pip install python-diameter==0.9.0`` on first use, reused afterwards). The same file
is the worker of both sides (``--worker ours`` / ``--worker python-diameter``); the
python-diameter side imports nothing from this repository.

Cases (both sides build them from the same plain data, :data:`CER_VALUES`, :data:`ACR_VALUES`,
:data:`CCR_VALUES`):

* ``CER``: a Capabilities-Exchange-Request of 19 top-level AVPs (3 grouped
  Vendor-Specific-Application-Id);
* ``ACR``: a base accounting Accounting-Request (Application-Id 3) of 16 AVPs with a Proxy-Info
  and two Route-Record;
* ``CCR``: the headline case, a 3GPP Gy Credit-Control-Request (TS 32.299, CC-Request-Type
  UPDATE_REQUEST) as an operator's PGW sends it: 59 AVPs counting the nested ones (two
  Subscription-Id, two Multiple-Services-Credit-Control with Requested- and Used-Service-Unit,
  User-Equipment-Info, Service-Information / PS-Information with 16 AVPs).

Our worker loads every bundled dictionary (:func:`diameter.apps.load_all`), as a charging
server does, so the decoder picks the 3GPP classes: the CCR is ``diameter.apps.tgpp``'s, and so
is the ACR (TS 32.299's ACR replaces the base one in the registry; the ACR case is built with the
class the decoder picks, with the same AVPs, so its bytes are the same as with the base class).

Before timing, the script checks that both sides build the same message: each side decodes its
own bytes and the other side's, and our decoder must turn python-diameter's bytes into an object
equal to ours. Byte-level differences (AVP order, flags) are reported, not fatal; a difference
in content is fatal (exit status 2).

Directions: ``encode`` is message object -> bytes (``diameter.encode(msg)`` /
``msg.as_bytes()``), cycling through :data:`VARIANTS` messages of the case built beforehand
with other values and the same shape, as a client sends them. Our encoder learns recurring
shapes (``diameter._shapes``): ``encode`` is its steady state, ``encode, layouts off`` the
general encoder alone (``Converter(layouts=False)``), its speed on the first messages of a kind
(python-diameter's ``encode`` is measured again for that row). ``decode`` is bytes -> message object with typed values
(``diameter.decode(b)`` / ``Message.from_bytes(b)``), followed by reading a few values on both
sides, nested ones too (so that a lazy decoder would pay for them). Each decode measurement
cycles through :data:`VARIANTS` messages of the case with other values and the same layout
(:func:`variant`), as a server receives them from one client. Our decoder learns recurring
layouts (``diameter._layout``): ``decode`` is its steady state; ``decode, new message layout``
keeps the message's own layout from being learned (the script spends the class's layout budget),
so the message is decoded by the general decoder and only its wide grouped AVPs (PS-Information,
Multiple-Services-Credit-Control, ...) by learned layouts, as when a message's top-level layout
is new; ``decode, layouts off`` is the general decoder alone (``Converter(layouts=False)``),
its speed on the first messages of a kind. python-diameter has one decoder: its ``decode`` is
measured again for each of these rows. ``encode, as decoded`` encodes python-diameter's own
message (its bytes as shipped, with its flags) after decoding it: ours gives back the bytes it
decoded; python-diameter's row is ``as_bytes()`` of the message it decoded from them. Each
measurement runs a calibrated number of iterations (about ``--target`` seconds) with the garbage
collector paused, as ``timeit`` does, each iteration handling the :data:`VARIANTS` messages of
its series in a loop (the same message, for ``encode, as decoded``), so that little but the codec
is timed (freeDiameter's C loop below has no overhead of its own); the rounds alternate which
side goes first. The table shows the best round
per side (``--stat median`` for the median).

Then, in the same run, the CCR is timed against freeDiameter's own C codec (:mod:`fd_codec`, built
against the installed ``libfreediameter-dev``): its ``fd_msg_bufferize`` of the parsed message
against our ``encode`` row, its ``fd_msg_parse_buffer`` + ``fd_msg_parse_dict`` against our
``decode`` row (skipped, with the reason printed, where freeDiameter's headers, extensions, gcc or
openssl are missing).

Usage (from the repository root)::

    python3 benchmarks/codec.py            # ~1.5 minutes: 5 rounds of ~1 s per series
    python3 benchmarks/codec.py --quick    # ~10 s
    python3 benchmarks/codec.py --json     # machine-readable results on stdout
"""

from __future__ import annotations

import argparse
import copy
import gc
import importlib
import json
import operator
import os
import platform
import statistics
import subprocess
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from itertools import repeat
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, Literal, TypedDict, cast

if TYPE_CHECKING:
    from diameter.schema import Message

HERE: Final = Path(__file__).resolve().parent
REPO: Final = HERE.parent
DEFAULT_VENV: Final = HERE / ".venv-python-diameter"
PD_VERSION: Final = "0.9.0"
PD_REQUIREMENT: Final = f"python-diameter=={PD_VERSION}"

OURS: Final = "ours"
THEIRS: Final = "python-diameter"
SIDES: Final = (OURS, THEIRS)
Op = Literal["encode", "encode-general", "reencode", "decode", "decode-new", "decode-general"]
OPS: Final[tuple[Op, ...]] = ("encode", "encode-general", "reencode", "decode", "decode-new", "decode-general")
#: how the table names the directions
OP_NAMES: Final[dict[str, str]] = {
    "encode": "encode",
    "encode-general": "encode, layouts off",
    "reencode": "encode, as decoded",
    "decode": "decode",
    "decode-new": "decode, new message layout",
    "decode-general": "decode, layouts off",
}

HOP_BY_HOP: Final = 0x1234ABCD
END_TO_END: Final = 0x5678EF01


# --- the messages, as plain data both sides build from ---------------------------------------


class VsaiValues(TypedDict):
    vendor_id: int
    auth_application_id: int | None
    acct_application_id: int | None


class CerValues(TypedDict):
    origin_host: str
    origin_realm: str
    host_ip_address: list[str]
    vendor_id: int
    product_name: str
    origin_state_id: int
    supported_vendor_id: list[int]
    auth_application_id: list[int]
    inband_security_id: list[int]
    acct_application_id: list[int]
    vendor_specific_application_id: list[VsaiValues]
    firmware_revision: int


class ProxyInfoValues(TypedDict):
    proxy_host: str
    proxy_state: bytes


class AcrValues(TypedDict):
    session_id: str
    origin_host: str
    origin_realm: str
    destination_realm: str
    accounting_record_type: int
    accounting_record_number: int
    acct_application_id: int
    user_name: str
    destination_host: str
    acct_interim_interval: int
    origin_state_id: int
    event_timestamp: datetime
    proxy_info: list[ProxyInfoValues]
    route_record: list[str]


class SubscriptionIdValues(TypedDict):
    subscription_id_type: int
    subscription_id_data: str


class ServiceUnitValues(TypedDict, total=False):
    cc_time: int
    cc_total_octets: int
    cc_input_octets: int
    cc_output_octets: int


class MsccValues(TypedDict):
    requested_service_unit: ServiceUnitValues
    used_service_unit: list[ServiceUnitValues]
    service_identifier: list[int]
    rating_group: int
    reporting_reason: list[int]


class UserEquipmentInfoValues(TypedDict):
    user_equipment_info_type: int
    user_equipment_info_value: bytes


class PsInformationValues(TypedDict):
    tgpp_charging_id: bytes
    tgpp_pdp_type: int
    pdp_address: list[str]
    sgsn_address: list[str]
    ggsn_address: list[str]
    tgpp_imsi_mcc_mnc: str
    tgpp_ggsn_mcc_mnc: str
    tgpp_nsapi: bytes
    called_station_id: str
    tgpp_selection_mode: str
    tgpp_charging_characteristics: str
    tgpp_sgsn_mcc_mnc: str
    tgpp_ms_timezone: bytes
    charging_rule_base_name: str
    tgpp_user_location_info: bytes
    tgpp_rat_type: bytes


class ServiceInformationValues(TypedDict):
    ps_information: PsInformationValues


class CcrValues(TypedDict):
    session_id: str
    origin_host: str
    origin_realm: str
    destination_realm: str
    auth_application_id: int
    service_context_id: str
    cc_request_type: int
    cc_request_number: int
    destination_host: str
    origin_state_id: int
    event_timestamp: datetime
    subscription_id: list[SubscriptionIdValues]
    multiple_services_indicator: int
    multiple_services_credit_control: list[MsccValues]
    user_equipment_info: UserEquipmentInfoValues
    service_information: ServiceInformationValues


CER_VALUES: Final[CerValues] = {
    "origin_host": "client.bench.example.net",
    "origin_realm": "bench.example.net",
    "host_ip_address": ["192.0.2.10", "2001:db8::a"],
    "vendor_id": 10415,
    "product_name": "diameter-bench",
    "origin_state_id": 1700000000,
    "supported_vendor_id": [10415, 5535, 13019, 9],
    "auth_application_id": [4, 16777238],
    "inband_security_id": [0],
    "acct_application_id": [3],
    "vendor_specific_application_id": [
        {"vendor_id": 10415, "auth_application_id": 16777251, "acct_application_id": None},
        {"vendor_id": 10415, "auth_application_id": 16777238, "acct_application_id": None},
        {"vendor_id": 10415, "auth_application_id": None, "acct_application_id": 3},
    ],
    "firmware_revision": 1,
}

ACR_VALUES: Final[AcrValues] = {
    "session_id": "client.bench.example.net;1700000000;42;acct",
    "origin_host": "client.bench.example.net",
    "origin_realm": "bench.example.net",
    "destination_realm": "example.org",
    "accounting_record_type": 3,  # INTERIM_RECORD
    "accounting_record_number": 7,
    "acct_application_id": 3,
    "user_name": "alice@bench.example.net",
    "destination_host": "aaa.example.org",
    "acct_interim_interval": 300,
    "origin_state_id": 1700000000,
    "event_timestamp": datetime(2024, 5, 17, 12, 30, 45, tzinfo=UTC),
    "proxy_info": [{"proxy_host": "proxy.example.net", "proxy_state": b"\x00\x01state"}],
    "route_record": ["relay1.example.net", "relay2.example.org"],
}

CCR_VALUES: Final[CcrValues] = {
    "session_id": "pgw01.epc.mnc260.mcc310.3gppnetwork.org;1700000000;7731;gy",
    "origin_host": "pgw01.epc.mnc260.mcc310.3gppnetwork.org",
    "origin_realm": "epc.mnc260.mcc310.3gppnetwork.org",
    "destination_realm": "ocs.mnc260.mcc310.3gppnetwork.org",
    "auth_application_id": 4,
    "service_context_id": "32251@3gpp.org",
    "cc_request_type": 2,  # UPDATE_REQUEST
    "cc_request_number": 3,
    "destination_host": "ocs01.ocs.mnc260.mcc310.3gppnetwork.org",
    "origin_state_id": 1700000000,
    "event_timestamp": datetime(2024, 5, 17, 12, 30, 45, tzinfo=UTC),
    "subscription_id": [
        {"subscription_id_type": 0, "subscription_id_data": "14155550123"},  # END_USER_E164
        {"subscription_id_type": 1, "subscription_id_data": "310260123456789"},  # END_USER_IMSI
    ],
    "multiple_services_indicator": 1,  # MULTIPLE_SERVICES_SUPPORTED
    "multiple_services_credit_control": [
        {
            "requested_service_unit": {},
            "used_service_unit": [
                {
                    "cc_time": 295,
                    "cc_total_octets": 48213497,
                    "cc_input_octets": 2214932,
                    "cc_output_octets": 45998565,
                }
            ],
            "service_identifier": [1],
            "rating_group": 100,
            "reporting_reason": [],
        },
        {
            "requested_service_unit": {"cc_total_octets": 10485760},
            "used_service_unit": [
                {
                    "cc_time": 300,
                    "cc_total_octets": 10485760,
                    "cc_input_octets": 512000,
                    "cc_output_octets": 9973760,
                }
            ],
            "service_identifier": [2],
            "rating_group": 200,
            "reporting_reason": [3],  # QUOTA_EXHAUSTED
        },
    ],
    "user_equipment_info": {"user_equipment_info_type": 0, "user_equipment_info_value": b"3569380356438091"},
    "service_information": {
        "ps_information": {
            "tgpp_charging_id": bytes.fromhex("1a2b3c4d"),
            "tgpp_pdp_type": 0,  # IPv4
            "pdp_address": ["10.45.17.201"],
            "sgsn_address": ["192.0.2.33"],
            "ggsn_address": ["198.51.100.7"],
            "tgpp_imsi_mcc_mnc": "310260",
            "tgpp_ggsn_mcc_mnc": "310260",
            "tgpp_nsapi": b"5",
            "called_station_id": "internet.mnc260.mcc310.gprs",
            "tgpp_selection_mode": "0",
            "tgpp_charging_characteristics": "0800",
            "tgpp_sgsn_mcc_mnc": "310260",
            "tgpp_ms_timezone": b"\x40\x00",
            "charging_rule_base_name": "rb-default",
            "tgpp_user_location_info": bytes.fromhex("82130062000113006200a1b2c3"),  # TAI + ECGI
            "tgpp_rat_type": b"\x06",  # EUTRAN
        }
    },
}

CASES: Final[dict[str, Mapping[str, object]]] = {"CER": CER_VALUES, "ACR": ACR_VALUES, "CCR": CCR_VALUES}
#: messages per case that a decode measurement cycles through
VARIANTS: Final = 16


def variant(case: str, i: int) -> dict[str, Any]:
    """Message ``i`` of the series a decode measurement cycles through: the case's values with
    other numbers and addresses (strings keep their widths), so every message of the series has
    the layout of the first and none has its values."""
    v: dict[str, Any] = copy.deepcopy(dict(CASES[case]))
    v["origin_state_id"] += i
    if case == "ACR":
        v["accounting_record_number"] += i
        v["session_id"] = v["session_id"].replace(";42;", f";{42 + i};")
    elif case == "CCR":
        v["cc_request_number"] += i
        v["session_id"] = v["session_id"].replace(";7731;", f";{7731 + i};")
        used = v["multiple_services_credit_control"][1]["used_service_unit"][0]
        used["cc_time"] += i
        used["cc_input_octets"] += 1000 * i
        used["cc_total_octets"] += 1000 * i
        ps = v["service_information"]["ps_information"]
        ps["tgpp_charging_id"] = (0x1A2B3C4D + i).to_bytes(4, "big")
        ps["pdp_address"] = [f"10.45.17.{200 + i}"]
    return v


def normalize(value: object, like: object) -> object:
    """``value`` (a decoded field of either library) in the plain form of ``like`` (the value
    in :data:`CASES`), so that both libraries' results compare with ``==``."""
    if value is None or like is None:
        return value
    if isinstance(like, dict):
        return {k: normalize(getattr(value, k, None), v) for k, v in like.items()}
    if isinstance(like, list):
        if not isinstance(value, (list, tuple)):
            return value
        return [normalize(v, like[i] if i < len(like) else None) for i, v in enumerate(value)]
    if isinstance(like, str):
        if isinstance(value, bytes):  # python-diameter: DiameterIdentity is an OctetString
            return value.decode("utf-8", "replace")
        if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], int):
            return value[1]  # python-diameter: Address is (family, text)
        if hasattr(value, "packed"):  # ipaddress objects
            return str(value)
        return value
    if isinstance(like, datetime) and isinstance(value, datetime):
        return value.astimezone(UTC)  # a naive datetime is local time (python-diameter)
    if isinstance(like, int) and isinstance(value, int):
        return int(value)  # IntEnum -> int
    return value


def compare_fields(message: object, values: Mapping[str, object]) -> list[str]:
    """The fields of a decoded ``message`` that do not match ``values``."""
    problems = []
    for name, want in values.items():
        got = normalize(getattr(message, name, None), want)
        if got != want:
            problems.append(f"{name}: got {got!r}, expected {want!r}")
    return problems


# --- wire-level comparison (stdlib only) -----------------------------------------------------

AVP_NAMES: Final = {
    1: "User-Name", 33: "Proxy-State", 55: "Event-Timestamp", 85: "Acct-Interim-Interval",
    257: "Host-IP-Address", 258: "Auth-Application-Id", 259: "Acct-Application-Id",
    260: "Vendor-Specific-Application-Id", 263: "Session-Id", 264: "Origin-Host",
    265: "Supported-Vendor-Id", 266: "Vendor-Id", 267: "Firmware-Revision", 269: "Product-Name",
    278: "Origin-State-Id", 280: "Proxy-Host", 282: "Route-Record", 283: "Destination-Realm",
    284: "Proxy-Info", 293: "Destination-Host", 296: "Origin-Realm", 299: "Inband-Security-Id",
    480: "Accounting-Record-Type", 485: "Accounting-Record-Number",
    30: "Called-Station-Id", 412: "CC-Input-Octets", 414: "CC-Output-Octets",
    415: "CC-Request-Number", 416: "CC-Request-Type", 420: "CC-Time", 421: "CC-Total-Octets",
    432: "Rating-Group", 437: "Requested-Service-Unit", 439: "Service-Identifier",
    443: "Subscription-Id", 444: "Subscription-Id-Data", 446: "Used-Service-Unit",
    450: "Subscription-Id-Type", 455: "Multiple-Services-Indicator",
    456: "Multiple-Services-Credit-Control", 458: "User-Equipment-Info",
    459: "User-Equipment-Info-Type", 460: "User-Equipment-Info-Value", 461: "Service-Context-Id",
}  # fmt: skip
TGPP: Final = 10415
TGPP_AVP_NAMES: Final = {
    2: "3GPP-Charging-Id", 3: "3GPP-PDP-Type", 8: "3GPP-IMSI-MCC-MNC", 9: "3GPP-GGSN-MCC-MNC",
    10: "3GPP-NSAPI", 12: "3GPP-Selection-Mode", 13: "3GPP-Charging-Characteristics",
    18: "3GPP-SGSN-MCC-MNC", 21: "3GPP-RAT-Type", 22: "3GPP-User-Location-Info",
    23: "3GPP-MS-TimeZone", 847: "GGSN-Address", 872: "Reporting-Reason",
    873: "Service-Information", 874: "PS-Information", 1004: "Charging-Rule-Base-Name",
    1227: "PDP-Address", 1228: "SGSN-Address",
}  # fmt: skip
#: (code, vendor) of the grouped AVPs the wire comparison looks into
GROUPED_AVPS: Final = frozenset(
    {(260, 0), (284, 0), (437, 0), (443, 0), (446, 0), (456, 0), (458, 0), (873, TGPP), (874, TGPP)}
)

WireAvp = tuple[int, int, int, bytes]  # code, flags, vendor, data


def avp_name(code: int, vendor: int = 0) -> str:
    if vendor == 0:
        return AVP_NAMES.get(code, f"AVP {code}")
    if vendor == TGPP and code in TGPP_AVP_NAMES:
        return TGPP_AVP_NAMES[code]
    return f"AVP {code}/{vendor}"


def split_avps(data: bytes) -> list[WireAvp]:
    avps: list[WireAvp] = []
    pos = 0
    while pos + 8 <= len(data):
        code = int.from_bytes(data[pos : pos + 4], "big")
        flags = data[pos + 4]
        length = int.from_bytes(data[pos + 5 : pos + 8], "big")
        if length < 8 or pos + length > len(data):
            avps.append((code, flags, -1, data[pos:]))
            break
        if flags & 0x80:
            vendor = int.from_bytes(data[pos + 8 : pos + 12], "big")
            avps.append((code, flags, vendor, data[pos + 12 : pos + length]))
        else:
            avps.append((code, flags, 0, data[pos + 8 : pos + length]))
        pos += (length + 3) & ~3
    return avps


def count_avps(data: bytes) -> int:
    """The AVPs in ``data`` (AVPs, not a message), those inside the grouped AVPs of
    :data:`GROUPED_AVPS` included."""
    return sum(1 + (count_avps(avp[3]) if (avp[0], avp[2]) in GROUPED_AVPS else 0) for avp in split_avps(data))


def wire_diff(ours: bytes, theirs: bytes) -> list[str]:
    """How python-diameter's bytes differ from ours, one line per difference."""
    if ours == theirs:
        return []
    lines: list[str] = []
    if len(ours) < 20 or len(theirs) < 20:
        return [f"message of {len(ours)} bytes (ours) vs {len(theirs)} bytes (python-diameter)"]
    fields = ("version/length", "flags/command code", "Application-Id", "Hop-by-Hop", "End-to-End")
    for i, name in enumerate(fields):
        a, b = ours[4 * i : 4 * i + 4], theirs[4 * i : 4 * i + 4]
        if a != b:
            lines.append(f"header {name}: {a.hex()} (ours) vs {b.hex()} (python-diameter)")
    lines += _avps_diff(split_avps(ours[20:]), split_avps(theirs[20:]), "")
    if not lines:
        lines.append("only padding bytes differ")
    return lines


def _avps_diff(a: list[WireAvp], b: list[WireAvp], where: str) -> list[str]:
    lines: list[str] = []
    ka = [(x[0], x[2]) for x in a]
    kb = [(x[0], x[2]) for x in b]
    if ka != kb:
        only_a = Counter(ka) - Counter(kb)
        only_b = Counter(kb) - Counter(ka)
        for label, only in (("ours", only_a), ("python-diameter", only_b)):
            if only:
                items = ", ".join(f"{avp_name(c, v)} x{n}" for (c, v), n in only.items())
                lines.append(f"{where}AVPs only in {label}: {items}")
        if not only_a and not only_b:
            lines.append(
                f"{where}same AVPs, different order: ours [{', '.join(avp_name(*k) for k in ka)}]"
                f" vs python-diameter [{', '.join(avp_name(*k) for k in kb)}]"
            )
    seen: Counter[tuple[int, int]] = Counter()
    by_key: dict[tuple[int, int, int], WireAvp] = {}
    for x in b:
        key = (x[0], x[2])
        by_key[(x[0], x[2], seen[key])] = x
        seen[key] += 1
    seen.clear()
    for x in a:
        key = (x[0], x[2])
        y = by_key.get((x[0], x[2], seen[key]))
        seen[key] += 1
        if y is None:
            continue
        name = where + avp_name(x[0], x[2])
        if x[1] != y[1]:
            lines.append(f"{name}: AVP flags 0x{x[1]:02x} (ours) vs 0x{y[1]:02x} (python-diameter)")
        if x[3] != y[3]:
            if (x[0], x[2]) in GROUPED_AVPS:
                lines += _avps_diff(split_avps(x[3]), split_avps(y[3]), name + " / ")
            else:
                lines.append(f"{name}: data {x[3].hex()} (ours) vs {y[3].hex()} (python-diameter)")
    return lines


# --- the workers -----------------------------------------------------------------------------


def timed(fn: Callable[[], object], n: int) -> float:
    """Seconds taken by ``n`` calls of ``fn``, with the cyclic GC paused (as ``timeit``)."""
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        t0 = time.perf_counter()
        for _ in repeat(None, n):
            fn()
        return time.perf_counter() - t0
    finally:
        if enabled:
            gc.enable()


class OursSide:
    """This repository's codec."""

    name = OURS

    def __init__(self) -> None:
        import diameter.apps

        # Every bundled dictionary, as a charging server loads them: the decoder then picks the
        # 3GPP (TS 32.299) CCR and ACR classes, the unions of the IETF and 3GPP definitions.
        diameter.apps.load_all()
        self.messages: dict[str, Message] = {
            "CER": self._cer(CER_VALUES),
            "ACR": self._acr(ACR_VALUES),
            "CCR": self._ccr(CCR_VALUES),
        }
        self.received: dict[str, bytes] = {}  # python-diameter's bytes (set by check)

    def info(self) -> dict[str, object]:
        import diameter

        return {
            "impl": self.name,
            "module": diameter.__file__,
            "python": platform.python_version(),
            "executable": sys.executable,
        }

    @staticmethod
    def _cer(v: CerValues) -> Message:
        from ipaddress import ip_address

        from diameter.apps.base import CER, InbandSecurityId, VendorSpecificApplicationId

        return CER(
            origin_host=v["origin_host"],
            origin_realm=v["origin_realm"],
            host_ip_address=tuple(ip_address(a) for a in v["host_ip_address"]),
            vendor_id=v["vendor_id"],
            product_name=v["product_name"],
            origin_state_id=v["origin_state_id"],
            supported_vendor_id=tuple(v["supported_vendor_id"]),
            auth_application_id=tuple(v["auth_application_id"]),
            inband_security_id=tuple(InbandSecurityId(i) for i in v["inband_security_id"]),
            acct_application_id=tuple(v["acct_application_id"]),
            vendor_specific_application_id=tuple(
                VendorSpecificApplicationId(
                    vendor_id=g["vendor_id"],
                    auth_application_id=g["auth_application_id"],
                    acct_application_id=g["acct_application_id"],
                )
                for g in v["vendor_specific_application_id"]
            ),
            firmware_revision=v["firmware_revision"],
            hop_by_hop=HOP_BY_HOP,
            end_to_end=END_TO_END,
        )

    @staticmethod
    def _acr(v: AcrValues) -> Message:
        from diameter.apps.base import AccountingRecordType, ProxyInfo
        from diameter.registry import DEFAULT

        # The class the decoder picks for an ACR header (TS 32.299's once the 3GPP dictionary is
        # loaded); the base one would not compare equal to what decode() returns.
        ACR = DEFAULT.command(3, 271, True)
        assert ACR is not None
        return ACR(  # type: ignore[no-any-return]
            session_id=v["session_id"],
            origin_host=v["origin_host"],
            origin_realm=v["origin_realm"],
            destination_realm=v["destination_realm"],
            accounting_record_type=AccountingRecordType(v["accounting_record_type"]),
            accounting_record_number=v["accounting_record_number"],
            acct_application_id=v["acct_application_id"],
            user_name=v["user_name"],
            destination_host=v["destination_host"],
            acct_interim_interval=v["acct_interim_interval"],
            origin_state_id=v["origin_state_id"],
            event_timestamp=v["event_timestamp"],
            proxy_info=tuple(
                ProxyInfo(proxy_host=p["proxy_host"], proxy_state=p["proxy_state"]) for p in v["proxy_info"]
            ),
            route_record=tuple(v["route_record"]),
            hop_by_hop=HOP_BY_HOP,
            end_to_end=END_TO_END,
        )

    @staticmethod
    def _ccr(v: CcrValues) -> Message:
        from ipaddress import ip_address

        from diameter.apps import credit_control as cc
        from diameter.apps import tgpp

        def units(u: ServiceUnitValues, cls: Any) -> Any:
            return cls(**u)

        ps = v["service_information"]["ps_information"]
        return tgpp.CreditControlRequest(
            session_id=v["session_id"],
            origin_host=v["origin_host"],
            origin_realm=v["origin_realm"],
            destination_realm=v["destination_realm"],
            auth_application_id=v["auth_application_id"],
            service_context_id=v["service_context_id"],
            cc_request_type=cc.CCRequestType(v["cc_request_type"]),
            cc_request_number=v["cc_request_number"],
            destination_host=v["destination_host"],
            origin_state_id=v["origin_state_id"],
            event_timestamp=v["event_timestamp"],
            subscription_id=tuple(
                cc.SubscriptionId(
                    subscription_id_type=cc.SubscriptionIdType(s["subscription_id_type"]),
                    subscription_id_data=s["subscription_id_data"],
                )
                for s in v["subscription_id"]
            ),
            multiple_services_indicator=cc.MultipleServicesIndicator(v["multiple_services_indicator"]),
            multiple_services_credit_control=tuple(
                tgpp.MultipleServicesCreditControl(
                    requested_service_unit=units(m["requested_service_unit"], cc.RequestedServiceUnit),
                    used_service_unit=tuple(units(u, tgpp.UsedServiceUnit) for u in m["used_service_unit"]),
                    service_identifier=tuple(m["service_identifier"]),
                    rating_group=m["rating_group"],
                    reporting_reason=tuple(tgpp.ReportingReason(r) for r in m["reporting_reason"]),
                )
                for m in v["multiple_services_credit_control"]
            ),
            user_equipment_info=cc.UserEquipmentInfo(
                user_equipment_info_type=cc.UserEquipmentInfoType(v["user_equipment_info"]["user_equipment_info_type"]),
                user_equipment_info_value=v["user_equipment_info"]["user_equipment_info_value"],
            ),
            service_information=tgpp.ServiceInformation(
                ps_information=tgpp.PSInformation(
                    tgpp_charging_id=ps["tgpp_charging_id"],
                    tgpp_pdp_type=tgpp.TGPPPDPType(ps["tgpp_pdp_type"]),
                    pdp_address=tuple(ip_address(a) for a in ps["pdp_address"]),
                    sgsn_address=tuple(ip_address(a) for a in ps["sgsn_address"]),
                    ggsn_address=tuple(ip_address(a) for a in ps["ggsn_address"]),
                    tgpp_imsi_mcc_mnc=ps["tgpp_imsi_mcc_mnc"],
                    tgpp_ggsn_mcc_mnc=ps["tgpp_ggsn_mcc_mnc"],
                    tgpp_nsapi=ps["tgpp_nsapi"],
                    called_station_id=ps["called_station_id"],
                    tgpp_selection_mode=ps["tgpp_selection_mode"],
                    tgpp_charging_characteristics=ps["tgpp_charging_characteristics"],
                    tgpp_sgsn_mcc_mnc=ps["tgpp_sgsn_mcc_mnc"],
                    tgpp_ms_timezone=ps["tgpp_ms_timezone"],
                    charging_rule_base_name=ps["charging_rule_base_name"],
                    tgpp_user_location_info=ps["tgpp_user_location_info"],
                    tgpp_rat_type=ps["tgpp_rat_type"],
                )
            ),
            hop_by_hop=HOP_BY_HOP,
            end_to_end=END_TO_END,
        )

    def encode_all(self) -> dict[str, object]:
        from diameter import encode

        return {"cases": {k: encode(m).hex() for k, m in self.messages.items()}}

    @staticmethod
    def _differences(got: object, want: Message) -> list[str]:
        import attrs

        if type(got) is not type(want):
            return [f"decoded a {type(got).__name__}, expected a {type(want).__name__}"]
        return [
            f"{a.name}: {getattr(got, a.name)!r} != {getattr(want, a.name)!r}"
            for a in attrs.fields(cast("type[attrs.AttrsInstance]", type(want)))
            if getattr(got, a.name) != getattr(want, a.name)
        ] or ["objects differ"]

    def _decode_check(self, data: bytes, want: Message) -> list[str]:
        from diameter import DiameterError, decode

        try:
            got = decode(data)
        except DiameterError as e:
            return [f"decode failed: {e}"]
        return [] if got == want else self._differences(got, want)

    def check(self, peer: Mapping[str, str], shipped: Mapping[str, str]) -> dict[str, object]:
        # python-diameter's bytes of each case, for "reencode": as shipped where they differ and
        # are still a valid message (its CCR: Origin-Host without the M bit), else with the fix
        from diameter import DecodeError, decode, encode

        for k in self.messages:
            self.received[k] = bytes.fromhex(peer[k])
            if k in shipped:
                try:
                    decode(bytes.fromhex(shipped[k]))
                    self.received[k] = bytes.fromhex(shipped[k])
                except DecodeError:
                    pass
        cases: dict[str, dict[str, list[str]]] = {}
        for k, m in self.messages.items():
            problems = self._decode_check(encode(m), m) + compare_fields(m, CASES[k])
            cases[k] = {"self": problems, "peer": self._decode_check(bytes.fromhex(peer[k]), m)}
        outcome = {k: self._decode_check(bytes.fromhex(h), self.messages[k]) for k, h in shipped.items()}
        return {"cases": cases, "shipped": outcome}

    def op(self, case: str, op: Op) -> tuple[Callable[[Any], object], list[Any]]:
        from diameter import Converter, _layout, decode, encode
        from diameter.apps.base import ACR, CER
        from diameter.apps.tgpp import CCR

        build = {"CER": self._cer, "ACR": self._acr, "CCR": self._ccr}[case]
        if op in ("encode", "encode-general"):
            encode_fn = encode if op == "encode" else Converter(layouts=False).encode
            return encode_fn, [build(variant(case, i)) for i in range(VARIANTS)]  # type: ignore[operator]
        if op == "reencode":
            received = self.received[case]
            decoded = decode(received)
            assert encode(decoded) == received, f"{case}: not the bytes decoded"
            return encode, [decoded] * VARIANTS
        decode_fn = decode
        if op == "decode-general":
            decode_fn = Converter(layouts=False).decode
        elif op == "decode-new":
            # the message's own layout is never learned (its budget is spent), those of its
            # wide grouped AVPs are: as for a message whose top-level layout is new
            conv = Converter()
            learned = conv.learned_layouts(type(self.messages[case]))  # the class the decoder picks
            assert learned is not None
            learned.count = _layout.MAX_LAYOUTS
            decode_fn = conv.decode
        series = [encode(build(variant(case, i))) for i in range(VARIANTS)]  # type: ignore[operator]
        if case == "CCR":

            def decode_ccr(b: bytes) -> object:
                m = cast(CCR, decode_fn(b))
                ps = m.service_information.ps_information  # type: ignore[union-attr]
                return (
                    m.session_id,
                    m.subscription_id[1].subscription_id_data,
                    m.multiple_services_credit_control[1].used_service_unit[0].cc_total_octets,
                    m.multiple_services_credit_control[1].reporting_reason[0],
                    ps.tgpp_charging_id,  # type: ignore[union-attr]
                    ps.called_station_id,  # type: ignore[union-attr]
                    ps.tgpp_user_location_info,  # type: ignore[union-attr]
                )

            return decode_ccr, series
        if case == "CER":

            def decode_cer(b: bytes) -> object:
                m = cast(CER, decode_fn(b))
                return (
                    m.origin_host,
                    m.host_ip_address[1],
                    m.supported_vendor_id[-1],
                    m.vendor_specific_application_id[-1].acct_application_id,
                    m.firmware_revision,
                )

            return decode_cer, series

        def decode_acr(b: bytes) -> object:
            m = cast(ACR, decode_fn(b))
            return (
                m.session_id,
                m.accounting_record_number,
                m.event_timestamp,
                m.proxy_info[0].proxy_state,
                m.route_record[1],
            )

        return decode_acr, series


class TheirsSide:
    """python-diameter (untyped; imported through importlib so that a type checker run on this
    file never confuses it with this repository's package)."""

    name = THEIRS

    def __init__(self) -> None:
        self.pd: Any = importlib.import_module("diameter")
        self.msgmod: Any = importlib.import_module("diameter.message")
        self.cmds: Any = importlib.import_module("diameter.message.commands")
        self.grouped: Any = importlib.import_module("diameter.message.avp.grouped")
        self.messages: dict[str, Any] = {
            "CER": self._cer(CER_VALUES),
            "ACR": self._acr(ACR_VALUES),
            "CCR": self._ccr(CCR_VALUES),
        }
        # As shipped, before _fix_avp_defs.
        self.shipped = {k: m.as_bytes() for k, m in self.messages.items()}
        self.notes = self._fix_avp_defs()

    def info(self) -> dict[str, object]:
        from importlib.metadata import version

        return {
            "impl": self.name,
            "version": version("python-diameter"),
            "module": self.pd.__file__,
            "python": platform.python_version(),
            "executable": sys.executable,
        }

    def _cer(self, v: Mapping[str, Any]) -> Any:
        m = self.cmds.CapabilitiesExchangeRequest()
        m.header.hop_by_hop_identifier = HOP_BY_HOP
        m.header.end_to_end_identifier = END_TO_END
        m.origin_host = v["origin_host"].encode()
        m.origin_realm = v["origin_realm"].encode()
        m.host_ip_address = list(v["host_ip_address"])
        m.vendor_id = v["vendor_id"]
        m.product_name = v["product_name"]
        m.origin_state_id = v["origin_state_id"]
        m.supported_vendor_id = list(v["supported_vendor_id"])
        m.auth_application_id = list(v["auth_application_id"])
        m.inband_security_id = list(v["inband_security_id"])
        m.acct_application_id = list(v["acct_application_id"])
        m.vendor_specific_application_id = [
            self.grouped.VendorSpecificApplicationId(**g) for g in v["vendor_specific_application_id"]
        ]
        m.firmware_revision = v["firmware_revision"]
        return m

    def _acr(self, v: Mapping[str, Any]) -> Any:
        m = self.cmds.AccountingRequest()
        m.header.application_id = 3
        m.header.hop_by_hop_identifier = HOP_BY_HOP
        m.header.end_to_end_identifier = END_TO_END
        m.session_id = v["session_id"]
        m.origin_host = v["origin_host"].encode()
        m.origin_realm = v["origin_realm"].encode()
        m.destination_realm = v["destination_realm"].encode()
        m.accounting_record_type = v["accounting_record_type"]
        m.accounting_record_number = v["accounting_record_number"]
        m.acct_application_id = v["acct_application_id"]
        m.user_name = v["user_name"]
        m.destination_host = v["destination_host"].encode()
        m.acct_interim_interval = v["acct_interim_interval"]
        m.origin_state_id = v["origin_state_id"]
        m.event_timestamp = v["event_timestamp"]
        m.proxy_info = [
            self.grouped.ProxyInfo(proxy_host=p["proxy_host"].encode(), proxy_state=p["proxy_state"])
            for p in v["proxy_info"]
        ]
        m.route_record = [r.encode() for r in v["route_record"]]
        return m

    def _ccr(self, v: Mapping[str, Any]) -> Any:
        g = self.grouped
        m = self.cmds.CreditControlRequest()
        m.header.application_id = 4
        m.header.hop_by_hop_identifier = HOP_BY_HOP
        m.header.end_to_end_identifier = END_TO_END
        m.session_id = v["session_id"]
        m.origin_host = v["origin_host"].encode()
        m.origin_realm = v["origin_realm"].encode()
        m.destination_realm = v["destination_realm"].encode()
        m.auth_application_id = v["auth_application_id"]
        m.service_context_id = v["service_context_id"]
        m.cc_request_type = v["cc_request_type"]
        m.cc_request_number = v["cc_request_number"]
        m.destination_host = v["destination_host"].encode()
        m.origin_state_id = v["origin_state_id"]
        m.event_timestamp = v["event_timestamp"]
        for s in v["subscription_id"]:
            m.add_subscription_id(s["subscription_id_type"], s["subscription_id_data"])
        m.multiple_services_indicator = v["multiple_services_indicator"]
        for c in v["multiple_services_credit_control"]:
            m.multiple_services_credit_control.append(
                g.MultipleServicesCreditControl(
                    requested_service_unit=g.RequestedServiceUnit(**c["requested_service_unit"]),
                    used_service_unit=[g.UsedServiceUnit(**u) for u in c["used_service_unit"]],
                    service_identifier=list(c["service_identifier"]),
                    rating_group=c["rating_group"],
                    reporting_reason=list(c["reporting_reason"]),
                )
            )
        m.user_equipment_info = g.UserEquipmentInfo(**v["user_equipment_info"])
        ps = v["service_information"]["ps_information"]
        m.service_information = g.ServiceInformation(
            ps_information=g.PsInformation(**{k: list(x) if isinstance(x, list) else x for k, x in ps.items()})
        )
        return m

    def _fix_avp_defs(self) -> list[str]:
        """Drop repeated entries from the ``avp_def`` of the classes used: an AVP listed twice
        is encoded twice (python-diameter 0.9.0 lists Origin-State-Id twice in
        AccountingRequest)."""
        notes = []
        for m in self.messages.values():
            cls = type(m)
            seen: set[tuple[int, int]] = set()
            kept = []
            for d in cls.avp_def:
                key = (d.avp_code, d.vendor_id)
                if key in seen:
                    notes.append(
                        f"python-diameter {cls.__name__}.avp_def lists {d.attr_name} (AVP {d.avp_code}) "
                        "twice, so as_bytes() emits it twice; the benchmark removes the repeat"
                    )
                    continue
                seen.add(key)
                kept.append(d)
            if len(kept) != len(cls.avp_def):
                cls.avp_def = tuple(kept)
        return notes

    def encode_all(self) -> dict[str, object]:
        return {
            "cases": {k: m.as_bytes().hex() for k, m in self.messages.items()},
            "shipped": {k: b.hex() for k, b in self.shipped.items()},
            "notes": self.notes,
        }

    def _decode_check(self, data: bytes, values: Mapping[str, object]) -> list[str]:
        try:
            got = self.msgmod.Message.from_bytes(data)
        except Exception as e:
            return [f"decode failed: {type(e).__name__}: {e}"]
        return compare_fields(got, values)

    def check(self, peer: Mapping[str, str], shipped: Mapping[str, str]) -> dict[str, object]:
        cases = {
            k: {
                "self": self._decode_check(m.as_bytes(), CASES[k]),
                "peer": self._decode_check(bytes.fromhex(peer[k]), CASES[k]),
            }
            for k, m in self.messages.items()
        }
        return {"cases": cases, "shipped": {}}

    def op(self, case: str, op: Op) -> tuple[Callable[[Any], object], list[Any]]:
        msg = self.messages[case]
        build = {"CER": self._cer, "ACR": self._acr, "CCR": self._ccr}[case]
        as_bytes = operator.methodcaller("as_bytes")
        if op in ("encode", "encode-general"):  # (python-diameter has one encoder)
            return as_bytes, [build(variant(case, i)) for i in range(VARIANTS)]
        if op == "reencode":
            decoded = self.msgmod.Message.from_bytes(self.shipped.get(case) or msg.as_bytes())
            return as_bytes, [decoded] * VARIANTS
        # every decode row is the same here: python-diameter has one decoder
        series = [build(variant(case, i)).as_bytes() for i in range(VARIANTS)]
        from_bytes = self.msgmod.Message.from_bytes
        if case == "CCR":

            def decode_ccr(b: bytes) -> object:
                m = from_bytes(b)
                ps = m.service_information.ps_information
                return (
                    m.session_id,
                    m.subscription_id[1].subscription_id_data,
                    m.multiple_services_credit_control[1].used_service_unit[0].cc_total_octets,
                    m.multiple_services_credit_control[1].reporting_reason[0],
                    ps.tgpp_charging_id,
                    ps.called_station_id,
                    ps.tgpp_user_location_info,
                )

            return decode_ccr, series
        if case == "CER":

            def decode_cer(b: bytes) -> object:
                m = from_bytes(b)
                return (
                    m.origin_host,
                    m.host_ip_address[1],
                    m.supported_vendor_id[-1],
                    m.vendor_specific_application_id[-1].acct_application_id,
                    m.firmware_revision,
                )

            return decode_cer, series

        def decode_acr(b: bytes) -> object:
            m = from_bytes(b)
            return (
                m.session_id,
                m.accounting_record_number,
                m.event_timestamp,
                m.proxy_info[0].proxy_state,
                m.route_record[1],
            )

        return decode_acr, series


def worker_main(side_name: str) -> int:
    """Serve JSON-line requests on stdin (one response line each on stdout)."""
    proto = sys.stdout
    sys.stdout = sys.stderr  # nothing a library prints may corrupt the protocol
    side: OursSide | TheirsSide = OursSide() if side_name == OURS else TheirsSide()
    fns: dict[tuple[str, Op], Callable[[], object]] = {}

    def fn(case: str, op: Op) -> Callable[[], object]:
        """One call handles the case's VARIANTS messages in a loop (so that what the timing
        measures is the codec, not a call per message into it)."""
        if (case, op) not in fns:
            one, inputs = side.op(case, op)
            assert len(inputs) == VARIANTS

            def run() -> None:
                for x in inputs:
                    one(x)

            fns[(case, op)] = run
        return fns[(case, op)]

    for line in sys.stdin:
        req = json.loads(line)
        cmd = req["cmd"]
        resp: dict[str, object]
        try:
            if cmd == "info":
                resp = side.info()
            elif cmd == "encode_all":
                resp = side.encode_all()
            elif cmd == "check":
                resp = side.check(req["peer"], req.get("shipped", {}))
            elif cmd == "calibrate":
                f = fn(req["case"], req["op"])
                for _ in range(20):  # warm up (our codec generates its functions on first use)
                    f()
                n, t = 8, 0.0
                while True:
                    t = timed(f, n)
                    if t >= min(0.05, req["target"] / 2):
                        break
                    n *= 4
                resp = {"n": max(1, round(n * req["target"] / t)), "seconds": t, "probe_n": n}
            elif cmd == "run":  # seconds per req["n"] messages
                resp = {"seconds": timed(fn(req["case"], req["op"]), req["n"]) / VARIANTS}
            elif cmd == "quit":
                resp = {}
            else:
                raise ValueError(f"unknown command {cmd!r}")
        except Exception as e:
            resp = {"error": f"{type(e).__name__}: {e}", "traceback": traceback.format_exc()}
        proto.write(json.dumps(resp) + "\n")
        proto.flush()
        if cmd == "quit":
            break
    return 0


# --- the orchestrator ------------------------------------------------------------------------


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


class WorkerError(RuntimeError):
    pass


class Worker:
    """A worker process of one side, driven over pipes."""

    def __init__(self, side: str, argv: Sequence[str], env: Mapping[str, str]) -> None:
        self.side = side
        self.proc = subprocess.Popen(
            list(argv),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=dict(env),
            cwd=str(HERE),
            text=True,
            bufsize=1,
        )

    def call(self, cmd: str, **args: object) -> dict[str, Any]:
        stdin = cast(IO[str], self.proc.stdin)
        stdout = cast(IO[str], self.proc.stdout)
        stdin.write(json.dumps({"cmd": cmd, **args}) + "\n")
        stdin.flush()
        line = stdout.readline()
        if not line:
            raise WorkerError(f"the {self.side} worker exited (status {self.proc.wait()})")
        resp: dict[str, Any] = json.loads(line)
        if "error" in resp:
            raise WorkerError(f"{self.side} worker, {cmd}: {resp['error']}\n{resp.get('traceback', '')}")
        return resp

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.call("quit")
            except (WorkerError, OSError):
                pass
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def installed_version(python: Path) -> str | None:
    r = subprocess.run(
        [str(python), "-I", "-c", "import importlib.metadata as m; print(m.version('python-diameter'))"],
        capture_output=True,
        text=True,
    )
    return r.stdout.strip() if r.returncode == 0 else None


def ensure_venv(venv: Path) -> Path:
    """The Python of a virtual environment holding python-diameter (made if needed)."""
    python = venv_python(venv)
    if python.exists() and installed_version(python) == PD_VERSION:
        return python
    if not python.exists():
        log(f"creating {venv} ...")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    log(f"installing {PD_REQUIREMENT} into {venv} ...")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", PD_REQUIREMENT],
        check=True,
        stdout=sys.stderr,
    )
    got = installed_version(python)
    if got != PD_VERSION:
        raise SystemExit(f"{venv}: python-diameter {got} installed, expected {PD_VERSION}")
    return python


def start_workers(venv_py: Path) -> dict[str, Worker]:
    script = str(Path(__file__).resolve())
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}
    ours_env = dict(env, PYTHONPATH=str(REPO))
    return {
        OURS: Worker(OURS, [sys.executable, script, "--worker", OURS], ours_env),
        # -I: isolated mode; neither PYTHONPATH, the script's directory nor the working
        # directory is on sys.path, so `import diameter` can only find python-diameter.
        THEIRS: Worker(THEIRS, [str(venv_py), "-I", script, "--worker", THEIRS], env),
    }


def run_checks(workers: Mapping[str, Worker]) -> tuple[list[str], list[str], dict[str, int]]:
    """Check both sides build the same messages: (failures, notes, message sizes)."""
    ours, theirs = workers[OURS], workers[THEIRS]
    enc_o = ours.call("encode_all")
    enc_t = theirs.call("encode_all")
    chk_o = ours.call("check", peer=enc_t["cases"], shipped=enc_t["shipped"])
    chk_t = theirs.call("check", peer=enc_o["cases"])
    failures: list[str] = []
    notes: list[str] = list(enc_t.get("notes", []))
    sizes: dict[str, int] = {}
    for case in CASES:
        ob = bytes.fromhex(enc_o["cases"][case])
        tb = bytes.fromhex(enc_t["cases"][case])
        sizes[case] = len(ob)
        notes.append(f"{case}: {count_avps(ob[20:])} AVPs (nested ones included), {len(ob)} bytes")
        case_failures = [
            f"{case}: {label}: {p}"
            for label, problems in (
                ("ours decoding its own bytes", chk_o["cases"][case]["self"]),
                ("python-diameter decoding its own bytes", chk_t["cases"][case]["self"]),
                ("ours decoding python-diameter's bytes", chk_o["cases"][case]["peer"]),
                ("python-diameter decoding our bytes", chk_t["cases"][case]["peer"]),
            )
            for p in problems
        ]
        failures += case_failures
        diff = wire_diff(ob, tb)
        if diff:
            content = "DIFFERENT content" if case_failures else "same content"
            notes.append(f"{case}: python-diameter's bytes differ from ours ({len(ob)} vs {len(tb)} bytes), {content}:")
            notes += [f"    {d}" for d in diff]
        else:
            notes.append(f"{case}: python-diameter's bytes are identical to ours ({len(ob)} bytes)")
        sb = bytes.fromhex(enc_t["shipped"][case])
        if sb != tb:
            notes.append(f"{case}: as shipped (without the avp_def fix), python-diameter's bytes differ from ours:")
            notes += [f"    {d}" for d in wire_diff(ob, sb)]
            outcome = chk_o["shipped"][case]
            notes.append("    our decoder on them: " + ("; ".join(outcome) if outcome else "decodes equal to ours"))
    return failures, notes, sizes


def measure(workers: Mapping[str, Worker], rounds: int, target: float) -> dict[tuple[str, str, str], list[float]]:
    """msgs/s per (side, case, op), one value per round."""
    series = [(case, op) for case in CASES for op in OPS]
    counts: dict[tuple[str, str, str], int] = {}
    for case, op in series:
        for side in SIDES:
            counts[(side, case, op)] = int(workers[side].call("calibrate", case=case, op=op, target=target)["n"])
    rates: dict[tuple[str, str, str], list[float]] = {k: [] for k in counts}
    for r in range(rounds):
        for case, op in series:
            order = SIDES if r % 2 == 0 else SIDES[::-1]
            for side in order:
                n = counts[(side, case, op)]
                seconds = float(workers[side].call("run", case=case, op=op, n=n)["seconds"])
                rates[(side, case, op)].append(n / seconds)
        log(f"round {r + 1}/{rounds} done")
    return rates


def fmt_rate(x: float) -> str:
    return f"{x:,.0f}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help="short run (about 10 s)")
    ap.add_argument("--json", action="store_true", help="print machine-readable results on stdout")
    ap.add_argument("--rounds", type=int, help="rounds per series (default 5; 3 with --quick)")
    ap.add_argument("--target", type=float, help="seconds per measurement (default 1.0; 0.25 with --quick)")
    ap.add_argument("--stat", choices=("best", "median"), default="best", help="statistic in the table")
    ap.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="virtual environment for python-diameter")
    ap.add_argument("--worker", choices=SIDES, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return worker_main(args.worker)

    rounds: int = args.rounds or (3 if args.quick else 5)
    target: float = args.target or (0.25 if args.quick else 1.0)
    started = time.perf_counter()
    venv_py = ensure_venv(args.venv)
    workers = start_workers(venv_py)
    try:
        info = {side: w.call("info") for side, w in workers.items()}
        if info[OURS]["python"] != info[THEIRS]["python"]:
            log(f"warning: Python {info[OURS]['python']} (ours) vs {info[THEIRS]['python']} (python-diameter venv)")
        if not str(info[OURS]["module"]).startswith(str(REPO)):
            raise SystemExit(f"ours worker imported {info[OURS]['module']}, not this repository's package")
        if str(REPO / "diameter") in str(info[THEIRS]["module"]):
            raise SystemExit(f"python-diameter worker imported {info[THEIRS]['module']}, this repository's package")
        failures, notes, sizes = run_checks(workers)
        if failures:
            for line in notes + ["FAILED: the two sides do not build the same messages:"] + failures:
                log(line)
            return 2
        if not args.json:
            for line in notes:
                print(line)
            print(flush=True)
        rates = measure(workers, rounds, target)
        ccr = bytes.fromhex(workers[OURS].call("encode_all")["cases"]["CCR"])
    finally:
        for w in workers.values():
            w.close()

    pick: Callable[[list[float]], float] = max if args.stat == "best" else statistics.median
    results: list[dict[str, object]] = []
    rows: list[tuple[str, ...]] = []
    for case in CASES:
        for op in OPS:
            o, t = rates[(OURS, case, op)], rates[(THEIRS, case, op)]
            results.append(
                {
                    "case": case,
                    "direction": op,
                    "message_bytes": sizes[case],
                    OURS: {"best": max(o), "median": statistics.median(o), "rounds": o},
                    THEIRS: {"best": max(t), "median": statistics.median(t), "rounds": t},
                    "ratio_best": max(o) / max(t),
                    "ratio_median": statistics.median(o) / statistics.median(t),
                }
            )
            ours_rate, theirs_rate = pick(o), pick(t)
            rows.append(
                (case, OP_NAMES[op], fmt_rate(ours_rate), fmt_rate(theirs_rate), f"{ours_rate / theirs_rate:.1f}x")
            )
    fd = freediameter(ccr, target, rounds)
    elapsed = time.perf_counter() - started
    if args.json:
        out = {
            "unit": "msgs/s",
            "rounds": rounds,
            "target_seconds": target,
            "elapsed_seconds": elapsed,
            "workers": info,
            "checks": {"ok": True, "notes": notes},
            "results": results,
            "freediameter": fd,
        }
        print(json.dumps(out, indent=2))
        return 0

    header = ("case", "direction", "ours msgs/s", "python-diameter msgs/s", "ratio")
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)]
    print(
        f"{args.stat} of {rounds} rounds of ~{target:g} s; CPython {info[OURS]['python']}, "
        f"python-diameter {info[THEIRS].get('version')}; ratio = ours / python-diameter"
    )
    print("  ".join(h.ljust(w) if i < 2 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths, strict=True))))
    for row in rows:
        print("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))))
    print()
    if "error" in fd:
        print(f"freeDiameter's C codec not measured: {fd['error']}")
    else:
        print(
            f"CCR against freeDiameter {fd.get('version') or ''}'s C codec, same run (its encode: fd_msg_bufferize; "
            "its decode: fd_msg_parse_buffer + fd_msg_parse_dict; ours: the rows above):"
        )
        for op, key in (("encode", "encode_ns"), ("decode", "decode_ns")):
            ours_us = 1e6 / pick(rates[(OURS, "CCR", op)])
            theirs_us = fd[key] / 1000
            print(
                f"  {op}: ours {ours_us:.2f} us, freeDiameter {theirs_us:.2f} us, ours / freeDiameter {ours_us / theirs_us:.2f}"
            )
        if not fd.get("same_bytes"):
            print("  (freeDiameter's encode of our CCR gives other bytes than ours)")
    print(f"(total {elapsed:.0f} s)")
    return 0


def freediameter(message: bytes, target: float, rounds: int) -> dict[str, Any]:
    """freeDiameter's C codec on ``message`` (:mod:`fd_codec`), or why it was not measured."""
    sys.path.insert(0, str(HERE))
    try:
        import fd_codec
    finally:
        sys.path.remove(str(HERE))
    try:
        return fd_codec.measure(message, target * rounds)
    except fd_codec.Unavailable as e:
        return {"error": str(e)}


if __name__ == "__main__":
    sys.exit(main())
