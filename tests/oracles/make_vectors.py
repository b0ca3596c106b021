#!/usr/bin/env python3
# mypy: ignore-errors
# (it imports PyPI python-diameter, which is also called "diameter": mypy would check it
# against this repository's package)
"""Independent test vectors: Diameter messages encoded by PyPI python-diameter 0.9.0.

Re-run, from the repository root (the first two commands only once)::

    python3 -m venv tests/oracles/.venv-python-diameter
    tests/oracles/.venv-python-diameter/bin/pip install python-diameter==0.9.0
    tests/oracles/.venv-python-diameter/bin/python -I tests/oracles/make_vectors.py

(``-I`` keeps the environment and the current directory out of ``sys.path``, so that
``import diameter`` finds python-diameter and never this repository's package; the script
checks that.) It (re)writes ``tests/data/oracles/<name>.hex`` (the message, one line of hex)
and ``tests/data/oracles/<name>.json`` (what the message contains) for every vector, and
removes stale ones; the output is deterministic, so an unchanged script gives unchanged files.
The virtual environment's directory is in .gitignore.

Every message is built with python-diameter's own API: its command class (which sets the
command code and the R/P flags), ``Avp.new(code, vendor, value)`` for every AVP (the AVP's data
format and its M flag come from python-diameter's dictionary; the V flag from the vendor) and
``Message.as_bytes()``. The M flags are python-diameter's even where the specification says
otherwise (tests/test_oracles.py lists those AVPs with the specification's verdict). Two
exceptions, each marked in the JSON:

* ``"source": "struct"``: AVPs python-diameter's dictionary does not know, or types as
  something else than the specification does, are written here with ``struct`` from the
  specification's table (code, vendor, data format, flags): see :func:`spec_avp`;
* ``"corrected"``: python-diameter 0.9.0 encodes Time values after the NTP wrap of 2036 one
  hour early (see :data:`TIME_BUG`); their data is written here from RFC 6733 and the JSON
  keeps python-diameter's bytes as ``python_diameter_data``;

The AVPs of each level are listed in the order of the command's or grouped AVP's CCF in the
specification, so that an encoder which follows the CCF gives the same bytes.

JSON node of one AVP: ``name``, ``code``, ``vendor``, ``flags`` (the AVP header's flag byte),
``kind`` (how ``value`` is written: ``int``, ``float32``, ``float64``, ``str``, ``bytes``
(hex), ``time`` (ISO 8601, UTC), ``address``, ``grouped`` (then ``avps``)) and, for a
non-grouped AVP, ``data`` (the hex of the AVP's data as encoded).
"""

from __future__ import annotations

import datetime as dt
import json
import struct
import sys
from pathlib import Path
from typing import Any

import diameter  # python-diameter, never this repository's package (checked below)
from diameter.message import Message, MessageHeader
from diameter.message import commands as C
from diameter.message.avp import Avp
from diameter.message.avp.avp import AvpGrouped, AvpOctetString
from diameter.message.avp.dictionary import AVP_DICTIONARY, AVP_VENDOR_DICTIONARY

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "oracles"

if "site-packages" not in (diameter.__file__ or ""):
    raise SystemExit(f"imported {diameter.__file__}, not python-diameter: run with -I from outside the repository")

TGPP, ETSI, TGPP2, ERICSSON = 10415, 13019, 5535, 193
UTC = dt.UTC
BEFORE_2036 = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)  # NTP era 0: most significant bit set
AFTER_2036 = dt.datetime(2040, 2, 29, 23, 59, 58, tzinfo=UTC)  # NTP era 1: most significant bit clear
NEAR_WRAP = dt.datetime(2036, 2, 7, 6, 28, 15, tzinfo=UTC)  # the last second of NTP era 0
NON_ASCII = "José Grüße ✓ 東京"


def _index() -> dict[str, list[tuple[int, int]]]:
    by_name: dict[str, list[tuple[int, int]]] = {}
    for code, e in AVP_DICTIONARY.items():
        by_name.setdefault(e["name"], []).append((code, 0))
    for vendor, d in AVP_VENDOR_DICTIONARY.items():
        for code, e in d.items():
            by_name.setdefault(e["name"], []).append((code, vendor))
    return by_name


BY_NAME = _index()


_NTP_OFFSET = 2208988800  # seconds from 1900-01-01 to 1970-01-01

# python-diameter 0.9.0 (AvpTime.overflow_timestamp = 2085974896) encodes a Time on or after
# 2036-02-07 06:28:16 UTC 3600 s early, and one in the last hour before it as if it were after
# it. RFC 6733 §4.3.1 / RFC 5905: the value is the NTP seconds since 1900-01-01 modulo 2**32,
# i.e. unix time + 2208988800 - 2**32 after the wrap (2**32 - 2208988800 = 2085978496).
TIME_BUG = (
    "data written from RFC 6733 §4.3.1 (NTP seconds modulo 2**32): python-diameter 0.9.0 "
    "encodes Time values from 2036-02-07 05:28:16 UTC on 3600 s early (era-1 offset 2085974896 "
    "instead of 2085978496)"
)


def _ntp(value: dt.datetime) -> bytes:
    return struct.pack("!I", (int(value.timestamp()) + _NTP_OFFSET) % 2**32)


class Node:
    """One AVP: python-diameter's object and its description."""

    def __init__(self, avp: Any, desc: dict[str, Any]) -> None:
        self.avp = avp
        self.desc = desc


def _kind(value: Any, avp: Any) -> tuple[str, Any]:
    if isinstance(value, bool):
        raise TypeError("no booleans")
    if isinstance(value, int):
        return "int", value
    if isinstance(value, float):
        return ("float32" if len(avp.payload) == 4 else "float64"), value
    if isinstance(value, str):
        return "str", value
    if isinstance(value, bytes):
        return "bytes", value.hex()
    if isinstance(value, dt.datetime):
        return "time", value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    raise TypeError(f"no kind for {value!r}")


class Addr(str):
    """An Address value (python-diameter takes it as text)."""


def A(name: str, value: Any = None, *children: Node, vendor: int | None = None) -> Node:
    """An AVP built by python-diameter: ``Avp.new`` with the code found by name in its
    dictionary (``vendor`` picks among AVPs of the same name)."""
    pd_name = name
    keys = [k for k in BY_NAME.get(name, []) if vendor is None or k[1] == vendor]
    if not keys:  # python-diameter names some 3GPP AVPs with a "3GPP-" prefix
        pd_name = "3GPP-" + name
        keys = [k for k in BY_NAME.get(pd_name, []) if vendor is None or k[1] == vendor]
    if len(keys) != 1:
        raise SystemExit(f"python-diameter knows {len(keys)} AVPs named {name!r} (vendor {vendor})")
    code, vend = keys[0]
    probe = Avp.new(code, vend)
    if isinstance(probe, AvpGrouped):
        avp = Avp.new(code, vend, [c.avp for c in children])
        kind: tuple[str, Any] = ("grouped", None)
    else:
        if children:
            raise SystemExit(f"{name} is not grouped in python-diameter")
        v = value
        if isinstance(probe, AvpOctetString) and isinstance(value, str) and not isinstance(value, Addr):
            v = value.encode()  # python-diameter types DiameterIdentity as OctetString
        avp = Avp.new(code, vend, v)
        kind = ("address", str(value)) if isinstance(value, Addr) else _kind(value, avp)
    desc: dict[str, Any] = {"name": name, "code": code, "vendor": vend}
    if pd_name != name:
        desc["python_diameter_name"] = pd_name
    if kind[0] == "time":
        spec = _ntp(value)
        if avp.payload != spec:
            desc["python_diameter_data"] = avp.payload.hex()
            desc["corrected"] = TIME_BUG
            avp.payload = spec
    desc["flags"] = avp.flags
    desc["kind"] = kind[0]
    if kind[0] == "grouped":
        desc["avps"] = [c.desc for c in children]
    else:
        desc["value"] = kind[1]
        desc["data"] = avp.payload.hex()
    return Node(avp, desc)


def spec_avp(name: str, code: int, vendor: int, fmt: str, flags: int, value: Any, *children: Node, ref: str) -> Node:
    """An AVP written here with ``struct`` from a specification table: ``fmt`` is the data
    format, ``flags`` the V/M/P byte the table gives (V is implied by ``vendor``)."""
    if vendor:
        flags |= 0x80
    if fmt == "Grouped":
        data = b"".join(c.avp.as_bytes() for c in children)
        kind: tuple[str, Any] = ("grouped", None)
    elif fmt == "Unsigned32":
        data, kind = struct.pack("!I", value), ("int", value)
    elif fmt == "Unsigned64":
        data, kind = struct.pack("!Q", value), ("int", value)
    elif fmt in ("Integer32", "Enumerated"):
        data, kind = struct.pack("!i", value), ("int", value)
    elif fmt == "Integer64":
        data, kind = struct.pack("!q", value), ("int", value)
    elif fmt == "Float32":
        data, kind = struct.pack("!f", value), ("float32", value)
    elif fmt == "Float64":
        data, kind = struct.pack("!d", value), ("float64", value)
    elif fmt in ("UTF8String", "DiameterIdentity", "DiameterURI", "IPFilterRule"):
        data, kind = value.encode(), ("str", value)
    elif fmt == "OctetString":
        data, kind = value, ("bytes", value.hex())
    elif fmt == "Time":  # RFC 6733 §4.3.1: NTP seconds, modulo 2**32 (RFC 5905 era)
        data, kind = _ntp(value), _kind(value, None)
    elif fmt == "Address":  # RFC 6733 §4.3.1: 2-byte IANA family, then the address
        import ipaddress

        ip = ipaddress.ip_address(value)
        data = struct.pack("!H", 1 if ip.version == 4 else 2) + ip.packed
        kind = ("address", str(value))
    else:
        raise SystemExit(f"no format {fmt}")
    avp = Avp(code, vendor, data, flags)
    desc: dict[str, Any] = {
        "name": name,
        "code": code,
        "vendor": vendor,
        "flags": flags,
        "kind": kind[0],
        "source": "struct",
        "reference": ref,
    }
    if fmt == "Grouped":
        desc["avps"] = [c.desc for c in children]
    else:
        desc["value"] = kind[1]
        desc["data"] = data.hex()
    return Node(avp, desc)


VECTORS: list[dict[str, Any]] = []
_SEEN: set[int] = set()


def vector(
    name: str,
    cls: Any,
    app: int,
    ours: str,
    about: str,
    avps: list[Node],
    *,
    hbh: int,
    e2e: int,
    retransmit: bool = False,
) -> None:
    """One message: ``cls`` is python-diameter's command class, ``ours`` the class of this
    repository it must decode to (module.Class)."""
    assert hbh not in _SEEN, "hop-by-hop identifiers are distinct per vector"
    _SEEN.add(hbh)
    # The command class gives the header (command code, R and P flags); the AVPs go into a plain
    # Message, since the class's own attributes would add AVPs of its own (Auth-Application-Id).
    header = cls().header
    header.application_id = app
    header.hop_by_hop_identifier = hbh
    header.end_to_end_identifier = e2e
    header.is_retransmit = retransmit
    m = Message(header, [n.avp for n in avps])
    data = m.as_bytes()
    VECTORS.append(
        {
            "name": name,
            "about": about,
            "class": ours,
            "python_diameter_class": cls.__name__,
            "command_code": m.header.command_code,
            "application_id": app,
            "command_flags": m.header.command_flags,
            "hop_by_hop": hbh,
            "end_to_end": e2e,
            "length": len(data),
            "avps": [n.desc for n in avps],
            "hex": data.hex(),
        }
    )


# -- the messages ---------------------------------------------------------------------------------


def common_proxy() -> list[Node]:
    return [
        A("Proxy-Info", None, A("Proxy-Host", "proxy-a.example.net"), A("Proxy-State", b"\x01\x02\xfe\xff")),
        A("Route-Record", "relay1.example.com"),
        A("Route-Record", "relay-22.example.net"),
    ]


def base_vectors() -> None:
    vector(
        "base_cer",
        C.CapabilitiesExchangeRequest,
        0,
        "base.CapabilitiesExchangeRequest",
        "RFC 6733 §5.3.1 CER: IPv4 and IPv6 Host-IP-Address, non-ASCII Product-Name, two grouped "
        "Vendor-Specific-Application-Id",
        [
            A("Origin-Host", "peer1.example.com"),
            A("Origin-Realm", "example.com"),
            A("Host-IP-Address", Addr("192.0.2.17")),
            A("Host-IP-Address", Addr("2001:db8::17:1")),
            A("Vendor-Id", 10415),
            A("Product-Name", NON_ASCII),
            A("Origin-State-Id", 0xFEDC_BA98),
            A("Supported-Vendor-Id", 10415),
            A("Supported-Vendor-Id", 5535),
            A("Auth-Application-Id", 4),
            A("Auth-Application-Id", 16777251),
            A("Inband-Security-Id", 0),
            A("Acct-Application-Id", 3),
            A("Vendor-Specific-Application-Id", None, A("Vendor-Id", 10415), A("Auth-Application-Id", 16777216)),
            A("Vendor-Specific-Application-Id", None, A("Vendor-Id", 10415), A("Acct-Application-Id", 16777217)),
            A("Firmware-Revision", 0x0102_0304),
        ],
        hbh=0x0A01_0203,
        e2e=0x5B04_0506,
    )
    vector(
        "base_cea",
        C.CapabilitiesExchangeAnswer,
        0,
        "base.CapabilitiesExchangeAnswer",
        "RFC 6733 §5.3.2 CEA with an error: Error-Message, Failed-AVP holding an Origin-Host",
        [
            A("Result-Code", 5010),
            A("Origin-Host", "peer22.example.org"),
            A("Origin-Realm", "example.org"),
            A("Host-IP-Address", Addr("2001:db8:ffff::a:b")),
            A("Vendor-Id", 5535),
            A("Product-Name", "core-aaa"),
            A("Error-Message", "no common application"),
            A("Failed-AVP", None, A("Origin-Host", "x.example")),
            A("Auth-Application-Id", 0xFFFF_FFFF),
        ],
        hbh=0x0A11_1213,
        e2e=0x5B14_1516,
    )
    vector(
        "base_str",
        C.SessionTerminationRequest,
        16777238,
        "base.SessionTerminationRequest",
        "RFC 6733 §8.4.1 STR of an application without its own STR (Gx's Application-Id), "
        "retransmitted (T flag), with Class, Proxy-Info and Route-Record",
        [
            A("Session-Id", "pcef1.example.com;1876543210;523;" + NON_ASCII),
            A("Origin-Host", "pcef1.example.com"),
            A("Origin-Realm", "example.com"),
            A("Destination-Realm", "pcrf.example.org"),
            A("Auth-Application-Id", 16777238),
            A("Termination-Cause", 4),
            A("User-Name", "alice@example.net"),
            A("Destination-Host", "pcrf1.pcrf.example.org"),
            A("Class", b"\x00cls\xff"),
            A("Origin-State-Id", 0x0102_0304),
            *common_proxy(),
        ],
        hbh=0x0A21_2223,
        e2e=0x5B24_2526,
        retransmit=True,
    )
    vector(
        "base_sta",
        C.SessionTerminationAnswer,
        16777238,
        "base.SessionTerminationAnswer",
        "RFC 6733 §8.5 STA redirecting (Result-Code 3006): two Redirect-Host DiameterURIs, "
        "Redirect-Host-Usage, Redirect-Max-Cache-Time, Error-Reporting-Host",
        [
            A("Session-Id", "pcef1.example.com;1876543210;523;" + NON_ASCII),
            A("Result-Code", 3006),
            A("Origin-Host", "redirect1.example.org"),
            A("Origin-Realm", "example.org"),
            A("Error-Message", "ask elsewhere"),
            A("Error-Reporting-Host", "redirect1.example.org"),
            A("Redirect-Host", "aaa://host.example.com:3868;transport=tcp"),
            A("Redirect-Host", "aaas://backup.example.net:5658;transport=sctp;protocol=diameter"),
            A("Redirect-Host-Usage", 2),
            A("Redirect-Max-Cache-Time", 86400),
        ],
        hbh=0x0A41_4243,
        e2e=0x5B44_4546,
    )
    vector(
        "base_acr",
        C.AccountingRequest,
        3,
        "base.AccountingRequest",
        "RFC 6733 §9.7.1 ACR: Unsigned64 Accounting-Sub-Session-Id, Event-Timestamp after 2036",
        [
            A("Session-Id", "nas.example.com;1;2;acct"),
            A("Origin-Host", "nas.example.com"),
            A("Origin-Realm", "example.com"),
            A("Destination-Realm", "acct.example.org"),
            A("Accounting-Record-Type", 3),
            A("Accounting-Record-Number", 0x8000_0001),
            A("Acct-Application-Id", 3),
            A("User-Name", NON_ASCII),
            A("Accounting-Sub-Session-Id", 0xFEDC_BA98_7654_3210),
            A("Acct-Interim-Interval", 300),
            A("Origin-State-Id", 77),
            A("Event-Timestamp", AFTER_2036),
        ],
        hbh=0x0A31_3233,
        e2e=0x5B34_3536,
    )


def unit_value(digits: int, exponent: int) -> Node:
    return A("Unit-Value", None, A("Value-Digits", digits), A("Exponent", exponent))


def credit_control_vectors() -> None:
    vector(
        "cc_ccr",
        C.CreditControlRequest,
        4,
        "credit_control.CreditControlRequest",
        "RFC 4006 §3.1 CCR: CC-Money/Unit-Value nested 3 deep with a negative Integer64 "
        "Value-Digits, Unsigned64 octet counters, Event-Timestamp before 2036",
        [
            A("Session-Id", "gw.example.com;99;1"),
            A("Origin-Host", "gw.example.com"),
            A("Origin-Realm", "example.com"),
            A("Destination-Realm", "ocs.example.org"),
            A("Auth-Application-Id", 4),
            A("Service-Context-Id", "32251@3gpp.org"),
            A("CC-Request-Type", 2),
            A("CC-Request-Number", 0x0102_0304),
            A("User-Name", "bob@example.org"),
            A("CC-Sub-Session-Id", 0x0102_0304_0506_0708),
            A("Event-Timestamp", BEFORE_2036),
            A("Subscription-Id", None, A("Subscription-Id-Type", 0), A("Subscription-Id-Data", "491701234567")),
            A("Subscription-Id", None, A("Subscription-Id-Type", 1), A("Subscription-Id-Data", "262011234567890")),
            A(
                "Requested-Service-Unit",
                None,
                A("CC-Money", None, unit_value(-0x0102_0304_0506_0708, -2), A("Currency-Code", 978)),
            ),
            A(
                "Used-Service-Unit",
                None,
                A("CC-Time", 3600),
                A("CC-Input-Octets", 0x0000_0011_2233_4455),
                A("CC-Output-Octets", 0xF0E1_D2C3_B4A5_9687),
            ),
            A(
                "User-Equipment-Info",
                None,
                A("User-Equipment-Info-Type", 0),
                A("User-Equipment-Info-Value", b"\x35\x36\x11\x22\x33\x44\x55\x66"),
            ),
        ],
        hbh=0x0B01_0203,
        e2e=0x6C04_0506,
    )
    vector(
        "cc_cca",
        C.CreditControlAnswer,
        4,
        "credit_control.CreditControlAnswer",
        "RFC 4006 §3.2 CCA: Granted-Service-Unit with Tariff-Time-Change on the last second of "
        "NTP era 0, Final-Unit-Indication with IPv4 and IPv6 Restriction-Filter-Rule and "
        "Redirect-Server, Cost-Information",
        [
            A("Session-Id", "gw.example.com;99;1"),
            A("Result-Code", 2001),
            A("Origin-Host", "ocs1.ocs.example.org"),
            A("Origin-Realm", "ocs.example.org"),
            A("Auth-Application-Id", 4),
            A("CC-Request-Type", 2),
            A("CC-Request-Number", 0x0102_0304),
            A(
                "Granted-Service-Unit",
                None,
                A("Tariff-Time-Change", NEAR_WRAP),
                A("CC-Total-Octets", 0x7FFF_FFFF_FFFF_FFFF),
            ),
            A("Cost-Information", None, unit_value(123456, -3), A("Currency-Code", 840), A("Cost-Unit", "€/min")),
            A(
                "Final-Unit-Indication",
                None,
                A("Final-Unit-Action", 1),
                A("Restriction-Filter-Rule", "permit out 6 from 198.51.100.0/24 80,443 to 10.45.0.7"),
                A("Restriction-Filter-Rule", "permit out 17 from any 53 to 2001:db8::/32"),
                A(
                    "Redirect-Server",
                    None,
                    A("Redirect-Address-Type", 2),
                    A("Redirect-Server-Address", "http://top-up.example.com/é"),
                ),
            ),
            A("Validity-Time", 0xDEAD_BEEF),
        ],
        hbh=0x0B11_1213,
        e2e=0x6C14_1516,
    )


def nasreq_vectors() -> None:
    vector(
        "nasreq_aar",
        C.AaRequest,
        1,
        "nasreq.AARequest",
        "RFC 7155 §3.1 AAR: NAS-IP-Address and Framed-IP-Address (OctetString, 4 bytes), "
        "Framed-IPv6-Prefix, Unsigned64 Framed-Interface-Id, CHAP-Auth, Tunneling",
        [
            A("Session-Id", "nas1.example.net;42;7"),
            A("Auth-Application-Id", 1),
            A("Origin-Host", "nas1.example.net"),
            A("Origin-Realm", "example.net"),
            A("Destination-Realm", "aaa.example.org"),
            A("Auth-Request-Type", 3),
            A("NAS-Identifier", "nas-ü-1"),
            A("NAS-IP-Address", b"\xc0\x00\x02\x21"),
            A("NAS-Port", 0x0001_0203),
            A("NAS-Port-Type", 5),
            A("User-Name", "carol"),
            A("Service-Type", 2),
            A("Called-Station-Id", "00-11-22-33-44-55:ssid"),
            A(
                "CHAP-Auth",
                None,
                A("CHAP-Algorithm", 5),
                A("CHAP-Ident", b"\x07"),
                A("CHAP-Response", bytes(range(0x10, 0x20))),
            ),
            A("CHAP-Challenge", bytes(range(0xA0, 0xB0))),
            A("Framed-Interface-Id", 0x0211_22FF_FE33_4455),
            A("Framed-IP-Address", b"\xc6\x33\x64\x07"),
            A("Framed-IPv6-Prefix", b"\x00\x40\x20\x01\x0d\xb8\x00\x0a\x00\x0b"),
            A("Framed-MTU", 1500),
            A(
                "Tunneling",
                None,
                A("Tunnel-Type", 3),
                A("Tunnel-Medium-Type", 2),
                A("Tunnel-Client-Endpoint", "2001:db8::1"),
                A("Tunnel-Server-Endpoint", "2001:db8::2"),
                A("Tunnel-Preference", 0x0A0B_0C0D),
            ),
        ],
        hbh=0x0C01_0203,
        e2e=0x7D04_0506,
    )


def eap_vectors() -> None:
    vector(
        "eap_der",
        C.DiameterEapRequest,
        5,
        "eap.DiameterEAPRequest",
        "RFC 4072 §3.1 DER carrying an EAP-Response/Identity",
        [
            A("Session-Id", "ap.example.com;1;eap"),
            A("Auth-Application-Id", 5),
            A("Origin-Host", "ap.example.com"),
            A("Origin-Realm", "example.com"),
            A("Destination-Realm", "aaa.example.org"),
            A("Auth-Request-Type", 3),
            A("User-Name", "dave@example.org"),
            A("EAP-Payload", b"\x02\x05\x00\x15\x01" + b"dave@example.org"),
            A("State", b"\xaa\xbb\xcc"),
        ],
        hbh=0x0D01_0203,
        e2e=0x8E04_0506,
    )


def mip4_vectors() -> None:
    vector(
        "mip4_amr",
        C.AaMobileNodeRequest,
        2,
        "mip4.AAMobileNodeRequest",
        "RFC 4004 §5.1 AMR: MIP-MN-AAA-Auth, IPv4 and IPv6 Address AVPs, MIP-Feature-Vector",
        [
            A("Session-Id", "fa.example.com;3;mip"),
            A("Auth-Application-Id", 2),
            A("User-Name", "mn1@example.org"),
            A("Destination-Realm", "home.example.org"),
            A("Origin-Host", "fa.example.com"),
            A("Origin-Realm", "example.com"),
            A("MIP-Reg-Request", bytes([1, 0x40, 0, 0xFF]) + bytes(range(20))),
            A(
                "MIP-MN-AAA-Auth",
                None,
                A("MIP-MN-AAA-SPI", 0x0000_1234),
                A("MIP-Auth-Input-Data-Length", 44),
                A("MIP-Authenticator-Length", 16),
                A("MIP-Authenticator-Offset", 48),
            ),
            A("MIP-Mobile-Node-Address", Addr("198.51.100.77")),
            A("MIP-Home-Agent-Address", Addr("2001:db8:0:1::a")),
            A("MIP-Feature-Vector", 0x0000_0021),
        ],
        hbh=0x0E01_0203,
        e2e=0x9F04_0506,
    )


def supported_features(list_id: int, features: int) -> Node:
    return A(
        "Supported-Features", None, A("Vendor-Id", TGPP), A("Feature-List-ID", list_id), A("Feature-List", features)
    )


def s6a_vectors() -> None:
    vsai = A("Vendor-Specific-Application-Id", None, A("Vendor-Id", TGPP), A("Auth-Application-Id", 16777251))
    vector(
        "s6a_ulr",
        C.UpdateLocationRequest,
        16777251,
        "tgpp.UpdateLocationRequest",
        "TS 29.272 §7.2.3 ULR: Terminal-Information, RAT-Type, ULR-Flags, Visited-PLMN-Id, "
        "OC-Supported-Features (RFC 7683), Supported-Features",
        [
            A("Session-Id", "mme1.epc.mnc001.mcc001.3gppnetwork.org;1;ulr"),
            vsai,
            A("Auth-Session-State", 1),
            A("Origin-Host", "mme1.epc.mnc001.mcc001.3gppnetwork.org"),
            A("Origin-Realm", "epc.mnc001.mcc001.3gppnetwork.org"),
            A("Destination-Realm", "epc.mnc002.mcc002.3gppnetwork.org"),
            A("User-Name", "001010123456789"),
            A("OC-Supported-Features", None, A("OC-Feature-Vector", 1)),
            supported_features(1, 0x0800_0001),
            A("Terminal-Information", None, A("IMEI", "35345678901234"), A("Software-Version", "07")),
            A("RAT-Type", 1004),
            A("ULR-Flags", 0x0000_0022),
            A("UE-SRVCC-Capability", 1),
            A("Visited-PLMN-Id", b"\x00\xf1\x10"),
            A("SF-ULR-Timestamp", AFTER_2036),
        ],
        hbh=0x1A01_0203,
        e2e=0x2B04_0506,
    )
    vector(
        "s6a_ula",
        C.UpdateLocationAnswer,
        16777251,
        "tgpp.UpdateLocationAnswer",
        "TS 29.272 §7.2.4 ULA: Subscription-Data with AMBR and APN-Configuration-Profile / "
        "APN-Configuration / EPS-Subscribed-QoS-Profile / Allocation-Retention-Priority (4 deep), "
        "IPv4 and IPv6 Served-Party-IP-Address",
        [
            A("Session-Id", "mme1.epc.mnc001.mcc001.3gppnetwork.org;1;ulr"),
            vsai,
            A("Result-Code", 2001),
            A("Auth-Session-State", 1),
            A("Origin-Host", "hss1.epc.mnc001.mcc001.3gppnetwork.org"),
            A("Origin-Realm", "epc.mnc001.mcc001.3gppnetwork.org"),
            A("ULA-Flags", 1),
            A(
                "Subscription-Data",
                None,
                A("Subscriber-Status", 0),
                A("MSISDN", b"\x94\x71\x02\x43\x65\xf7"),
                A("Network-Access-Mode", 2),
                A("Access-Restriction-Data", 0x0000_0120),
                A(
                    "AMBR",
                    None,
                    A("Max-Requested-Bandwidth-UL", 50_000_000),
                    A("Max-Requested-Bandwidth-DL", 150_000_000),
                ),
                A(
                    "APN-Configuration-Profile",
                    None,
                    A("Context-Identifier", 1),
                    A("All-APN-Configurations-Included-Indicator", 0),
                    A(
                        "APN-Configuration",
                        None,
                        A("Context-Identifier", 1),
                        A("Served-Party-IP-Address", Addr("10.45.0.7")),
                        A("Served-Party-IP-Address", Addr("2001:db8:45::7")),
                        A("PDN-Type", 2),
                        A("Service-Selection", "internet"),
                        A(
                            "EPS-Subscribed-QoS-Profile",
                            None,
                            A("QoS-Class-Identifier", 9),
                            A(
                                "Allocation-Retention-Priority",
                                None,
                                A("Priority-Level", 8),
                                A("Pre-emption-Capability", 1),
                                A("Pre-emption-Vulnerability", 0),
                            ),
                        ),
                        A(
                            "AMBR",
                            None,
                            A("Max-Requested-Bandwidth-UL", 10_000_000),
                            A("Max-Requested-Bandwidth-DL", 20_000_000),
                        ),
                    ),
                ),
                A("Subscribed-Periodic-RAU-TAU-Timer", 3240),
            ),
        ],
        hbh=0x1A11_1213,
        e2e=0x2B14_1516,
    )
    vector(
        "s6a_air",
        C.AuthenticationInformationRequest,
        16777251,
        "tgpp.AuthenticationInformationRequest",
        "TS 29.272 §7.2.5 AIR: Requested-EUTRAN-Authentication-Info with Re-Synchronization-Info",
        [
            A("Session-Id", "mme1.epc.mnc001.mcc001.3gppnetwork.org;2;air"),
            vsai,
            A("Auth-Session-State", 1),
            A("Origin-Host", "mme1.epc.mnc001.mcc001.3gppnetwork.org"),
            A("Origin-Realm", "epc.mnc001.mcc001.3gppnetwork.org"),
            A("Destination-Host", "hss1.epc.mnc001.mcc001.3gppnetwork.org"),
            A("Destination-Realm", "epc.mnc001.mcc001.3gppnetwork.org"),
            A("User-Name", "001010123456789"),
            A(
                "Requested-EUTRAN-Authentication-Info",
                None,
                A("Number-Of-Requested-Vectors", 3),
                A("Immediate-Response-Preferred", 1),
                A("Re-Synchronization-Info", bytes(range(0x30, 0x3E))),
            ),
            A("Visited-PLMN-Id", b"\x00\xf1\x10"),
        ],
        hbh=0x1A21_2223,
        e2e=0x2B24_2526,
    )
    vector(
        "s6a_aia",
        C.AuthenticationInformationAnswer,
        16777251,
        "tgpp.AuthenticationInformationAnswer",
        "TS 29.272 §7.2.6 AIA: two E-UTRAN-Vector (RAND, XRES, AUTN, KASME) in Authentication-Info",
        [
            A("Session-Id", "mme1.epc.mnc001.mcc001.3gppnetwork.org;2;air"),
            vsai,
            A("Result-Code", 2001),
            A("Auth-Session-State", 1),
            A("Origin-Host", "hss1.epc.mnc001.mcc001.3gppnetwork.org"),
            A("Origin-Realm", "epc.mnc001.mcc001.3gppnetwork.org"),
            A(
                "Authentication-Info",
                None,
                *[
                    A(
                        "E-UTRAN-Vector",
                        None,
                        A("Item-Number", i),
                        A("RAND", bytes((i * 16 + k) & 0xFF for k in range(16))),
                        A("XRES", bytes((0x80 + i * 8 + k) & 0xFF for k in range(8))),
                        A("AUTN", bytes((0x40 + i * 16 + k) & 0xFF for k in range(16))),
                        A("KASME", bytes((0xC0 + i * 32 + k) & 0xFF for k in range(32))),
                    )
                    for i in (1, 2)
                ],
            ),
        ],
        hbh=0x1A31_3233,
        e2e=0x2B34_3536,
    )


def cx_vectors() -> None:
    vsai = A("Vendor-Specific-Application-Id", None, A("Vendor-Id", TGPP), A("Auth-Application-Id", 16777216))
    common = [
        A("Auth-Session-State", 1),
        A("Origin-Host", "icscf1.ims.mnc001.mcc001.3gppnetwork.org"),
        A("Origin-Realm", "ims.mnc001.mcc001.3gppnetwork.org"),
    ]
    vector(
        "cx_uar",
        C.UserAuthorizationRequest,
        16777216,
        "tgpp.UserAuthorizationRequest",
        "TS 29.229 §6.1.1 UAR",
        [
            A("Session-Id", "icscf1;1;uar"),
            vsai,
            *common,
            A("Destination-Realm", "ims.mnc001.mcc001.3gppnetwork.org"),
            A("User-Name", "001010123456789@ims.mnc001.mcc001.3gppnetwork.org"),
            supported_features(1, 0x0000_000D),
            A("Public-Identity", "sip:+4917012345@ims.example.org"),
            A("Visited-Network-Identifier", b"ims.mnc002.mcc002.3gppnetwork.org"),
            A("User-Authorization-Type", 2),
            A("UAR-Flags", 1),
        ],
        hbh=0x2A01_0203,
        e2e=0x3B04_0506,
    )
    vector(
        "cx_mar",
        C.MultimediaAuthRequest,
        16777216,
        "tgpp.MultimediaAuthRequest",
        "TS 29.229 §6.1.7 MAR: SIP-Auth-Data-Item with an ETSI Line-Identifier (vendor 13019)",
        [
            A("Session-Id", "scscf1;2;mar"),
            vsai,
            *common,
            A("Destination-Realm", "ims.mnc001.mcc001.3gppnetwork.org"),
            A("User-Name", "001010123456789@ims.mnc001.mcc001.3gppnetwork.org"),
            A("Public-Identity", "sip:+4917012345@ims.example.org"),
            A(
                "SIP-Auth-Data-Item",
                None,
                A("SIP-Authentication-Scheme", "Digest-AKAv1-MD5", vendor=TGPP),
                A("SIP-Authorization", bytes(range(0x50, 0x62)), vendor=TGPP),
                A("Line-Identifier", b"line-\x00\x01\x02", vendor=ETSI),
                vendor=TGPP,
            ),
            A("SIP-Number-Auth-Items", 2, vendor=TGPP),
            A("Server-Name", "sip:scscf1.ims.example.org:5060"),
        ],
        hbh=0x2A11_1213,
        e2e=0x3B14_1516,
    )
    vector(
        "cx_sar",
        C.ServerAssignmentRequest,
        16777216,
        "tgpp.ServerAssignmentRequest",
        "TS 29.229 §6.1.3 SAR: SCSCF-Restoration-Info / Restoration-Info / Subscription-Info "
        "(3 deep), Registration-Time-Out after 2036, two Public-Identity",
        [
            A("Session-Id", "scscf1;3;sar"),
            vsai,
            *common,
            A("Destination-Realm", "ims.mnc001.mcc001.3gppnetwork.org"),
            A("User-Name", "001010123456789@ims.mnc001.mcc001.3gppnetwork.org"),
            A("Public-Identity", "sip:+4917012345@ims.example.org"),
            A("Public-Identity", "tel:+4917012345"),
            A("Server-Name", "sip:scscf1.ims.example.org:5060"),
            A("Server-Assignment-Type", 1),
            A("User-Data-Already-Available", 0),
            A(
                "SCSCF-Restoration-Info",
                None,
                A("User-Name", "001010123456789@ims.mnc001.mcc001.3gppnetwork.org"),
                A(
                    "Restoration-Info",
                    None,
                    A("Path", b"<sip:pcscf1.ims.example.org;lr>"),
                    A("Contact", b"<sip:[2001:db8::9]:5060>"),
                    A(
                        "Subscription-Info",
                        None,
                        A("Call-ID-SIP-Header", b"a84b4c76e66710"),
                        A("From-SIP-Header", b"<sip:+4917012345@ims.example.org>;tag=1928"),
                        A("To-SIP-Header", b"<sip:+4917012345@ims.example.org>"),
                        A("Record-Route", b"<sip:scscf1.ims.example.org;lr>"),
                        A("Contact", b"<sip:[2001:db8::9]:5060>"),
                    ),
                ),
                spec_avp(
                    "Registration-Time-Out",
                    661,
                    TGPP,
                    "Time",
                    0,
                    AFTER_2036,
                    ref="TS 29.229 §6.3.1 table (AVP 661, Time, V set, M must not be set)",
                ),
            ),
        ],
        hbh=0x2A21_2223,
        e2e=0x3B24_2526,
    )


def sh_vectors() -> None:
    vector(
        "sh_udr",
        C.UserDataRequest,
        16777217,
        "tgpp.UserDataRequest",
        "TS 29.329 §6.1.1 UDR: User-Identity with Public-Identity and MSISDN, two Data-Reference",
        [
            A("Session-Id", "as1.example.com;5;udr"),
            A("Vendor-Specific-Application-Id", None, A("Vendor-Id", TGPP), A("Auth-Application-Id", 16777217)),
            A("Auth-Session-State", 1),
            A("Origin-Host", "as1.example.com"),
            A("Origin-Realm", "example.com"),
            A("Destination-Realm", "hss.example.com"),
            A(
                "User-Identity",
                None,
                A("Public-Identity", "sip:user@example.com"),
                A("MSISDN", b"\x94\x71\x02\x43\x65\xf7"),
            ),
            A("Service-Indication", b"svc-\xc3\xa9"),
            A("Data-Reference", 0),
            A("Data-Reference", 14),
            A("Requested-Domain", 1),
        ],
        hbh=0x3A01_0203,
        e2e=0x4B04_0506,
    )


def gy_vectors() -> None:
    vector(
        "gy_ccr",
        C.CreditControlRequest,
        4,
        "tgpp.CreditControlRequest",
        "TS 32.299 §6.4.2 Gy CCR (update): Multiple-Services-Credit-Control with Used-Service-Unit "
        "and Reporting-Reason; Service-Information / PS-Information with IPv4 and IPv6 addresses, "
        "3GPP2-BSID (vendor 5535), QoS-Information with a Float32 Max-PLR-DL (TS 29.212), "
        "Ericsson Cost (Float64, vendor 193) as an extension AVP",
        [
            A("Session-Id", "pgw1.example.com;1876543210;7"),
            A("Origin-Host", "pgw1.example.com"),
            A("Origin-Realm", "example.com"),
            A("Destination-Realm", "ocs.example.com"),
            A("Auth-Application-Id", 4),
            A("Service-Context-Id", "32251@3gpp.org"),
            A("CC-Request-Type", 2),
            A("CC-Request-Number", 7),
            A("Destination-Host", "ocs1.ocs.example.com"),
            A("Origin-State-Id", 0x5A5A_0001),
            A("Event-Timestamp", BEFORE_2036),
            A("Subscription-Id", None, A("Subscription-Id-Type", 0), A("Subscription-Id-Data", "4917012345")),
            A("Subscription-Id", None, A("Subscription-Id-Type", 1), A("Subscription-Id-Data", "262011234567890")),
            A("Multiple-Services-Indicator", 1),
            A(
                "Multiple-Services-Credit-Control",
                None,
                A("Requested-Service-Unit", None),
                A(
                    "Used-Service-Unit",
                    None,
                    A("CC-Time", 120),
                    A("CC-Input-Octets", 0x0000_0001_0203_0405),
                    A("CC-Output-Octets", 0x0000_0A0B_0C0D_0E0F),
                ),
                A("Rating-Group", 100),
                A("Reporting-Reason", 3),
            ),
            A(
                "User-Equipment-Info",
                None,
                A("User-Equipment-Info-Type", 0),
                A("User-Equipment-Info-Value", b"\x35\x36\x11\x22\x33\x44\x55\x66"),
            ),
            A(
                "Service-Information",
                None,
                A(
                    "PS-Information",
                    None,
                    A("3GPP-Charging-Id", b"\x01\x02\x03\x04"),
                    A("3GPP-PDP-Type", 0),
                    A("PDP-Address", Addr("10.45.0.7")),
                    A("PDP-Address", Addr("2001:db8:45::7")),
                    A(
                        "QoS-Information",
                        None,
                        A("QoS-Class-Identifier", 9),
                        A("Max-Requested-Bandwidth-UL", 64_000),
                        A("Max-Requested-Bandwidth-DL", 128_000),
                        A(
                            "Allocation-Retention-Priority",
                            None,
                            A("Priority-Level", 15),
                            A("Pre-emption-Capability", 1),
                            A("Pre-emption-Vulnerability", 1),
                        ),
                        A("APN-Aggregate-Max-Bitrate-UL", 2_000_000),
                        A("APN-Aggregate-Max-Bitrate-DL", 4_000_000),
                        A("Max-PLR-DL", 0.015625),
                    ),
                    A("SGSN-Address", Addr("203.0.113.9")),
                    A("GGSN-Address", Addr("2001:db8:6::1")),
                    A("3GPP-IMSI-MCC-MNC", "26201"),
                    A("3GPP-GGSN-MCC-MNC", "26202"),
                    A("3GPP-NSAPI", b"5"),
                    A("Called-Station-Id", "internet.example"),
                    A("3GPP-Selection-Mode", "0"),
                    A("3GPP-Charging-Characteristics", "0800"),
                    A("3GPP-SGSN-MCC-MNC", "26203"),
                    A("3GPP-MS-TimeZone", b"\x40\x00"),
                    A("3GPP-User-Location-Info", b"\x82\x62\xf2\x10\x12\x34\x62\xf2\x10\x00\x12\x34\x56"),
                    A("3GPP2-BSID", "bsid-0123", vendor=TGPP2),
                    A("3GPP-RAT-Type", b"\x06"),
                    A("Start-Time", BEFORE_2036),
                    A("Stop-Time", AFTER_2036),
                ),
            ),
            A("Cost", 0.1, vendor=ERICSSON),
        ],
        hbh=0x4A01_0203,
        e2e=0x5B04_0506,
    )


def gx_vectors() -> None:
    vector(
        "gx_ccr",
        C.CreditControlRequest,
        16777238,
        "tgpp.gx.CreditControlRequest",
        "TS 29.212 §5.6.2 Gx CCR (initial) of a PCEF: Supported-Features, IP-CAN-Type, RAT-Type, "
        "IPv4 and IPv6 AN-GW-Address, QoS-Information with APN-AMBR, Default-EPS-Bearer-QoS with "
        "Allocation-Retention-Priority, Event-Trigger, 3GPP-User-Location-Info",
        [
            A("Session-Id", "pgw1.example.com;1876543210;gx"),
            A("Auth-Application-Id", 16777238),
            A("Origin-Host", "pgw1.example.com"),
            A("Origin-Realm", "example.com"),
            A("Destination-Realm", "pcrf.example.com"),
            A("CC-Request-Type", 1),
            A("CC-Request-Number", 0),
            A("Subscription-Id", None, A("Subscription-Id-Type", 1), A("Subscription-Id-Data", "262011234567890")),
            supported_features(1, 0x0000_0003),
            A("Network-Request-Support", 1),
            A("Framed-IP-Address", b"\x0a\x2d\x00\x07"),
            A("IP-CAN-Type", 5),
            A("RAT-Type", 1004),
            A(
                "QoS-Information",
                None,
                A("APN-Aggregate-Max-Bitrate-UL", 50_000_000),
                A("APN-Aggregate-Max-Bitrate-DL", 150_000_000),
            ),
            A(
                "Default-EPS-Bearer-QoS",
                None,
                A("QoS-Class-Identifier", 9),
                A(
                    "Allocation-Retention-Priority",
                    None,
                    A("Priority-Level", 8),
                    A("Pre-emption-Capability", 1),
                    A("Pre-emption-Vulnerability", 0),
                ),
            ),
            A("AN-GW-Address", Addr("198.51.100.20")),
            A("AN-GW-Address", Addr("2001:db8:20::1")),
            A("3GPP-User-Location-Info", b"\x82\x62\xf2\x10\x12\x34\x62\xf2\x10\x00\x12\x34\x56"),
            A("Called-Station-Id", "internet"),
            A("Online", 1),
            A("Offline", 0),
            A("Event-Trigger", 13),
            A("Event-Trigger", 26),
        ],
        hbh=0x4A11_1213,
        e2e=0x5B14_1516,
    )


def rf_vectors() -> None:
    vector(
        "rf_acr",
        C.AccountingRequest,
        3,
        "tgpp.AccountingRequest",
        "TS 32.299 §6.2.2 Rf ACR (interim): Service-Context-Id and Service-Information / "
        "IMS-Information with an Event-Type and Time-Stamps",
        [
            A("Session-Id", "scscf1.ims.example.org;9;rf"),
            A("Origin-Host", "scscf1.ims.example.org"),
            A("Origin-Realm", "ims.example.org"),
            A("Destination-Realm", "cdf.example.org"),
            A("Accounting-Record-Type", 3),
            A("Accounting-Record-Number", 2),
            A("Acct-Application-Id", 3),
            A("User-Name", "user@ims.example.org"),
            A("Acct-Interim-Interval", 600),
            A("Origin-State-Id", 12),
            A("Event-Timestamp", BEFORE_2036),
            A("Service-Context-Id", "32260@3gpp.org"),
            A(
                "Service-Information",
                None,
                A(
                    "IMS-Information",
                    None,
                    A("Event-Type", None, A("SIP-Method", "INVITE", vendor=TGPP), A("Event", "präsenz")),
                    A("Role-Of-Node", 0),
                    A("Node-Functionality", 0),
                    A("User-Session-ID", "a84b4c76e66710@pc33.example.org"),
                    A("Calling-Party-Address", "sip:+4917012345@ims.example.org"),
                    A("Called-Party-Address", "tel:+4930123456"),
                    A(
                        "Time-Stamps",
                        None,
                        A("SIP-Request-Timestamp", BEFORE_2036),
                        A("SIP-Response-Timestamp", AFTER_2036),
                    ),
                    A("IMS-Charging-Identifier", "icid-0001"),
                ),
            ),
        ],
        hbh=0x5A01_0203,
        e2e=0x6B04_0506,
    )


def sy_vectors() -> None:
    vector(
        "sy_slr",
        C.SpendingLimitRequest,
        16777302,
        "tgpp.SpendingLimitRequest",
        "TS 29.219 §5.6.2 Sy SLR: Policy-Counter-Identifier, ETSI Logical-Access-ID and "
        "Physical-Access-ID (vendor 13019)",
        [
            A("Session-Id", "pcrf1.example.com;11;sy"),
            A("Auth-Application-Id", 16777302),
            A("Origin-Host", "pcrf1.example.com"),
            A("Origin-Realm", "example.com"),
            A("Destination-Realm", "ocs.example.com"),
            A("SL-Request-Type", 0),
            A("Subscription-Id", None, A("Subscription-Id-Type", 0), A("Subscription-Id-Data", "4917012345")),
            A("Policy-Counter-Identifier", "pc-gold"),
            A("Policy-Counter-Identifier", "pc-roaming-ü"),
            A("Logical-Access-ID", b"\x00\x11logical", vendor=ETSI),
            A("Physical-Access-ID", "dslam-7/1/2", vendor=ETSI),
        ],
        hbh=0x6A01_0203,
        e2e=0x7B04_0506,
    )


# -- the interface vectors: every command class of the 3GPP interface modules -------------------

REPO = HERE.parent.parent
INTERFACES_OUT = OUT / "interfaces"
# python-diameter's AVP classes that encode a value of each of our data formats as that format
_SAME_ENCODING: dict[str, tuple[str, ...]] = {
    "Integer32": ("AvpInteger32", "AvpEnumerated"),
    "Enumerated": ("AvpEnumerated", "AvpInteger32"),
    "Integer64": ("AvpInteger64",),
    "Unsigned32": ("AvpUnsigned32",),
    "Unsigned64": ("AvpUnsigned64",),
    "Float32": ("AvpFloat32",),
    "Float64": ("AvpFloat64",),
    "OctetString": ("AvpOctetString",),
    "UTF8String": ("AvpUtf8String", "AvpOctetString"),
    "DiameterIdentity": ("AvpOctetString", "AvpUtf8String"),
    "DiameterURI": ("AvpOctetString", "AvpUtf8String"),
    "IPFilterRule": ("AvpOctetString", "AvpUtf8String"),
    "Address": ("AvpAddress",),
    "Time": ("AvpTime",),
    "Grouped": ("AvpGrouped",),
}
# 32-bit integer classes: a value in 0..2**31-1 is the same four bytes in any of them
_INT32: dict[str, str] = {"AvpInteger32": "Integer32", "AvpEnumerated": "Enumerated", "AvpUnsigned32": "Unsigned32"}
INTERFACE_STATS: dict[str, int] = {"python-diameter": 0, "struct": 0}


def _value(node: dict[str, Any]) -> Any:
    kind, value = node["kind"], node.get("value")
    if kind == "bytes":
        return bytes.fromhex(value)
    if kind == "address":
        return Addr(value)
    if kind == "time":
        return dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return value


def interface_avp(node: dict[str, Any]) -> Node:
    """One described AVP, built by python-diameter when its dictionary knows the name with our
    code, vendor and a class that encodes our data format; else with ``struct`` (marked)."""
    children = [interface_avp(c) for c in node.get("avps", [])]
    name, code, vendor, fmt = node["name"], node["code"], node["vendor"], node["format"]
    keys = BY_NAME.get(name, []) or BY_NAME.get("3GPP-" + name, [])
    why = None
    if (code, vendor) not in keys:
        why = "unknown to python-diameter" if not keys else f"python-diameter has {name} as {sorted(keys)}"
    else:
        probe = type(Avp.new(code, vendor)).__name__
        same_bytes = probe in _INT32 and fmt in _INT32.values() and 0 <= node["value"] < 2**31
        if probe not in _SAME_ENCODING[fmt] and not same_bytes:
            why = f"python-diameter types it {probe}"
    if why is None:
        try:
            built = A(name, _value(node), *children, vendor=vendor)
        except (SystemExit, Exception) as e:  # noqa: BLE001 - any refusal: written with struct
            why = f"python-diameter refuses the value: {e}"
        else:
            INTERFACE_STATS["python-diameter"] += 1
            return built
    INTERFACE_STATS["struct"] += 1
    return spec_avp(
        name,
        code,
        vendor,
        fmt,
        node["flags"] & 0x7F,
        _value(node) if fmt != "Grouped" else None,
        *children,
        ref=f"described by tests/oracles/describe_interfaces.py ({why})",
    )


def interface_vectors() -> list[dict[str, Any]]:
    """The messages tests/oracles/describe_interfaces.py describes (run with this repository's
    environment, .venv), each built by python-diameter."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        described = Path(tmp) / "interfaces.json"
        subprocess.run(
            [str(REPO / ".venv" / "bin" / "python"), str(HERE / "describe_interfaces.py"), str(described)],
            cwd=REPO,
            check=True,
        )
        descriptions = json.loads(described.read_text(encoding="utf-8"))
    out = []
    for d in descriptions:
        avps = [interface_avp(n) for n in d["avps"]]
        flags = (0x80 if d["request"] else 0) | (0x40 if d["proxiable"] else 0)
        header = MessageHeader(
            command_flags=flags,
            command_code=d["command_code"],
            application_id=d["application_id"],
            hop_by_hop_identifier=d["hop_by_hop"],
            end_to_end_identifier=d["end_to_end"],
        )
        m = Message(header, [n.avp for n in avps])
        data = m.as_bytes()
        out.append(
            {
                "name": d["name"],
                "about": f"every AVP of {d['class']} ({d['command']}), built by python-diameter",
                "class": d["class"],
                "command_code": d["command_code"],
                "application_id": d["application_id"],
                "command_flags": m.header.command_flags,
                "hop_by_hop": d["hop_by_hop"],
                "end_to_end": d["end_to_end"],
                "length": len(data),
                "avps": [n.desc for n in avps],
                "hex": data.hex(),
            }
        )
    return out


def write(vectors: list[dict[str, Any]], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    wanted: set[Path] = set()
    for v in vectors:
        hex_path = folder / f"{v['name']}.hex"
        json_path = folder / f"{v['name']}.json"
        hex_path.write_text(v["hex"] + "\n")
        meta = {k: x for k, x in v.items() if k != "hex"}
        meta["made_by"] = "python-diameter 0.9.0 (tests/oracles/make_vectors.py)"
        indent = 1 if folder == OUT else None  # the interface vectors are large: one line each
        json_path.write_text(json.dumps(meta, indent=indent, ensure_ascii=False) + "\n", encoding="utf-8")
        wanted |= {hex_path, json_path}
    for stale in set(folder.glob("*.hex")) | set(folder.glob("*.json")):
        if stale not in wanted:
            stale.unlink()
    print(f"{len(vectors)} vectors in {folder}")


def main() -> int:
    base_vectors()
    credit_control_vectors()
    nasreq_vectors()
    eap_vectors()
    mip4_vectors()
    s6a_vectors()
    cx_vectors()
    sh_vectors()
    gy_vectors()
    gx_vectors()
    rf_vectors()
    sy_vectors()
    write(VECTORS, OUT)
    write(interface_vectors(), INTERFACES_OUT)
    print(
        f"interface vectors: {INTERFACE_STATS['python-diameter']} AVPs built by python-diameter, "
        f"{INTERFACE_STATS['struct']} with struct"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
