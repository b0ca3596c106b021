"""Our dictionaries against Wireshark's (Debian wireshark-common), an independent source.

For every AVP both know by (code, vendor), the data format must agree, up to the ways
Wireshark names formats differently (listed in ``_SAME``), except for the AVPs listed in
``DIFFERENCES`` with the specification clause that justifies ours.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from diameter import apps
from diameter.registry import DEFAULT
from diameter.schema import AvpDef

WIRESHARK = Path("/usr/share/wireshark/diameter")

# Wireshark's own format names for ours.
_SAME: dict[str, set[str]] = {
    "AppId": {"Unsigned32"},
    "VendorId": {"Unsigned32"},
    "IPAddress": {"Address"},
    "OctetStringOrUTF8": {"OctetString", "UTF8String"},
    "MIPRegistrationRequest": {"OctetString"},
    "QoSFilterRule": {"OctetString"},
}

#: (code, vendor) → (Wireshark's format, ours, the clause that gives ours)
DIFFERENCES: dict[tuple[int, int], tuple[str, str, str]] = {
    (291, 0): ("Integer32", "Unsigned32", "RFC 6733 §4.5 and §8.9: Authorization-Lifetime is Unsigned32"),
    (298, 0): (
        "Enumerated",
        "Unsigned32",
        "RFC 6733 §7.7: Experimental-Result-Code is Unsigned32; each application defines its values",
    ),
    (8, 0): ("IPAddress", "OctetString", "RFC 7155 §4.4.10.5.1: Framed-IP-Address is OctetString"),
    (9, 0): ("IPAddress", "OctetString", "RFC 7155 §4.4.10.5.2: Framed-IP-Netmask is OctetString"),
    (14, 0): ("IPAddress", "OctetString", "RFC 7155 §4.4.11.1: Login-IP-Host is OctetString"),
    (23, 0): ("UTF8String", "Unsigned32", "RFC 7155 §4.4.10.6.1: Framed-IPX-Network is Unsigned32"),
    (102, 0): ("UTF8String", "OctetString", "RFC 4072 §4.1.4: EAP-Key-Name is OctetString"),
    (89, 0): ("UTF8String", "OctetString", "RFC 5778 §6.19: Chargeable-User-Identity is OctetString"),
    (131, 0): ("OctetString", "Enumerated", "RFC 5580 §4.6: Location-Capable is Enumerated in Diameter"),
    (132, 0): ("OctetString", "Enumerated", "RFC 5580 §4.7: Requested-Location-Info is Enumerated in Diameter"),
    # 3GPP TS 29.061 Table 9a gives the Diameter formats of the RADIUS-derived 3GPP-* AVPs
    (4, 10415): ("IPAddress", "OctetString", "TS 29.061 §16.4.7, Table 9a: 3GPP-CG-Address is OctetString"),
    (6, 10415): ("IPAddress", "OctetString", "TS 29.061 §16.4.7, Table 9a: 3GPP-SGSN-Address is OctetString"),
    (7, 10415): ("IPAddress", "OctetString", "TS 29.061 §16.4.7, Table 9a: 3GPP-GGSN-Address is OctetString"),
    (10, 10415): ("UTF8String", "OctetString", "TS 29.061 §16.4.7, Table 9a: 3GPP-NSAPI is OctetString"),
    (11, 10415): ("UTF8String", "OctetString", "TS 29.061 §16.4.7: 3GPP-Session-Stop-Indicator is OctetString"),
    (924, 10415): ("IPAddress", "OctetString", "TS 29.061 §20.5a.2: MBMS-GW-SSM-IP-Address is OctetString"),
    (524, 10415): ("UTF8String", "OctetString", "TS 29.214 §5.3.7: Codec-Data is OctetString"),
    (2855, 10415): ("Enumerated", "Unsigned32", "TS 29.212 §5.3.141: Presence-Reporting-Area-Node is a bit mask"),
    (314, 10415): ("OctetString", "Integer32", "TS 29.234 §10.1.27: Charging-Characteristics"),
    (2553, 10415): ("OctetString", "Unsigned32", "TS 29.172 §7.4.58: Cell-Portion-ID is Unsigned32"),
    (2101, 10415): ("Unsigned32", "UTF8String", "OMA-DDS-Charging_Data V1.0 §6.2.5: Application-Server-ID"),
    # vendor documents
    (1082, 193): (
        "Integer32",
        "Unsigned32",
        "Ericsson SCAPv2 interface description §3.1.9: Traffic-Case is Unsigned32",
    ),
    # 3GPP TS 32.299
    (1263, 10415): ("UTF8String", "OctetString", "TS 32.299 §7.2.1: Access-Network-Information is OctetString"),
    (2039, 10415): ("Enumerated", "Integer32", "TS 32.299 §7.2.54: Diagnostics is Integer32"),
    (2708, 10415): ("IPAddress", "UTF8String", "TS 32.299 §7.2.67A: From-Address is UTF8String"),
    (3423, 10415): ("OctetString", "Unsigned32", "TS 32.299 §7.2.80D: ISUP-Cause-Location is Unsigned32"),
    (885, 10415): ("Integer32", "Unsigned32", "TS 32.299 §7.2.117: Number-Of-Participants is Unsigned32"),
    (564, 0): ("Enumerated", "Unsigned32", "RFC 5777 §4.2.5: Day-Of-Month-Mask is an Unsigned32 bit mask"),
}


def _attrs(text: str) -> dict[str, str]:
    return dict(re.findall(r'([\w-]+)="([^"]*)"', text))


def wireshark_avps() -> dict[tuple[int, int], tuple[str, str]]:
    """(code, vendor id) → (name, format) from every file of Wireshark's dictionary."""
    texts = {p.name: p.read_text(encoding="utf-8", errors="replace") for p in sorted(WIRESHARK.glob("*.xml"))}
    vendors = {"None": 0}
    for text in texts.values():
        for m in re.finditer(r"<vendor\s([^>]*)/?>", text):
            a = _attrs(m.group(1))
            if "vendor-id" in a and "code" in a:
                vendors[a["vendor-id"]] = int(a["code"])
    out: dict[tuple[int, int], tuple[str, str]] = {}
    for text in texts.values():
        text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
        for m in re.finditer(r"<avp\s([^>]*)>(.*?)</avp>", text, flags=re.S):
            a = _attrs(m.group(1))
            vendor = vendors.get(a.get("vendor-id", "None"))
            if vendor is None or "code" not in a:
                continue
            body = m.group(2)
            t = re.search(r'<type\s+type-name="([^"]+)"', body)
            fmt = "Grouped" if "<grouped" in body else t.group(1) if t else ""
            out.setdefault((int(a["code"]), vendor), (a.get("name", ""), fmt))
    return out


def _agree(theirs: str, ours: AvpDef[Any]) -> bool:
    mine = ours.format.name
    if theirs == mine or mine in _SAME.get(theirs, set()):
        return True
    # Wireshark models named values of an Unsigned32 (Result-Code, Inband-Security-Id, ...)
    # as Enumerated; ours keeps the specification's Unsigned32 and names the values.
    if theirs == "Enumerated" and mine in ("Unsigned32", "Integer32") and ours.enum is not None:
        return True
    # Wireshark's IPAddress below code 256 is a bare RADIUS-style address (no family), which is
    # an OctetString in Diameter terms.
    return theirs == "IPAddress" and mine == "OctetString" and ours.code < 256 and ours.vendor not in (0, 10415)


@pytest.mark.skipif(not WIRESHARK.is_dir(), reason="Wireshark's dictionary (Debian wireshark-common) is not installed")
def test_codes_vendors_and_formats_agree_with_wireshark() -> None:
    apps.load_all()
    theirs = wireshark_avps()
    assert len(theirs) > 1000
    compared = 0
    disagree: list[str] = []
    for key, d in sorted(DEFAULT.avps.items()):
        if key not in theirs:
            continue
        compared += 1
        name, fmt = theirs[key]
        if _agree(fmt, d):
            assert key not in DIFFERENCES, f"{d.name}: listed as a difference but agrees with Wireshark"
            continue
        listed = DIFFERENCES.get(key)
        if listed is not None and listed[:2] == (fmt, d.format.name):
            continue
        disagree.append(f"{d.name} {key}: Wireshark {name} {fmt}, ours {d.format.name}")
    assert not disagree, f"{len(disagree)} disagreements:\n" + "\n".join(disagree)
    assert compared >= 40
    print(f"{compared} AVPs compared with Wireshark's dictionary; {len(DIFFERENCES)} listed differences")


def test_listed_differences_are_ours() -> None:
    apps.load_all()
    for key, (_, mine, clause) in DIFFERENCES.items():
        d = DEFAULT.avp(*key)
        assert d is not None and d.format.name == mine and clause


def wireshark_experimental_result_codes() -> dict[int, str]:
    """Wireshark's 3GPP Experimental-Result-Code values (dictionary.xml, from TS 29.230)."""
    text = re.sub(
        r"<!--.*?-->", "", (WIRESHARK / "dictionary.xml").read_text(encoding="utf-8", errors="replace"), flags=re.S
    )
    m = re.search(r'<avp\s[^>]*name="Experimental-Result-Code"[^>]*>(.*?)</avp>', text, flags=re.S)
    assert m is not None
    return {int(a["code"]): a["name"] for a in map(_attrs, re.findall(r"<enum\s([^>]*)/>", m.group(1)))}


@pytest.mark.skipif(not WIRESHARK.is_dir(), reason="Wireshark's dictionary (Debian wireshark-common) is not installed")
def test_3gpp_experimental_result_codes_agree_with_wireshark() -> None:
    """Every value of tgpp.ExperimentalResultCode (the @values of the TS files) that Wireshark's
    list also has carries the same name; most of ours are in it."""
    from diameter.apps.tgpp import ExperimentalResultCode

    theirs = wireshark_experimental_result_codes()
    both = [m for m in ExperimentalResultCode if m.value in theirs]
    for member in both:
        names = {n for n, x in ExperimentalResultCode.__members__.items() if x is member}
        # (its first word: Wireshark 4.0 writes 4241 "DIAMETER_ERROR_NO_AVAILABLE_POLICY_COUNTERS LCS_CLIENT",
        # and marks some "(Deprecated value)")
        their = re.sub(r"[^A-Za-z0-9_]", "_", theirs[member.value].split("(")[0].split()[0])
        assert their in names, (member.value, names, theirs[member.value])
    assert len(both) >= 0.9 * len(ExperimentalResultCode), sorted(set(ExperimentalResultCode) - set(both))
    assert ExperimentalResultCode(5001).name == "DIAMETER_ERROR_USER_UNKNOWN"
