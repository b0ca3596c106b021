"""The tree view and the demo."""

from __future__ import annotations

import subprocess
import sys
from ipaddress import IPv4Address

import diameter
from diameter import Avp
from diameter.apps.base import CEA, FailedAVP, ResultCode, VendorSpecificApplicationId
from diameter.text import format_message


def test_tree_names_every_avp() -> None:
    cea = CEA(
        result_code=ResultCode.DIAMETER_SUCCESS,
        origin_host="h.example",
        origin_realm="example",
        host_ip_address=(IPv4Address("192.0.2.1"),),
        vendor_id=0,
        product_name="p",
        vendor_specific_application_id=(VendorSpecificApplicationId(vendor_id=10415, auth_application_id=4),),
        failed_avp=FailedAVP(avps=(Avp(263, b"s;1", 0, 0x40),)),
        avps=(Avp(424242, b"\x00\x01", 7, 0),),
        hop_by_hop=1,
        end_to_end=2,
    )
    text = format_message(cea)
    assert text.splitlines() == [
        "Capabilities-Exchange-Answer (CEA): code 257, application 0, flags -, hop-by-hop 0x00000001, "
        "end-to-end 0x00000002",
        "  Result-Code (268, M): DIAMETER_SUCCESS (2001)",
        "  Origin-Host (264, M): h.example",
        "  Origin-Realm (296, M): example",
        "  Host-IP-Address (257, M): 192.0.2.1",
        "  Vendor-Id (266, M): 0",
        "  Product-Name (269): p",
        "  Failed-AVP (279, M):",
        "    Session-Id (263, M): s;1",
        "  Vendor-Specific-Application-Id (260, M):",
        "    Vendor-Id (266, M): 10415",
        "    Auth-Application-Id (258, M): 4",
        "  Unknown-AVP (424242, vendor 7): 0x0001",
    ]


def test_demo_runs() -> None:
    r = subprocess.run([sys.executable, "-m", "diameter.demo"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "Capabilities-Exchange-Request (CER): code 257" in r.stdout
    assert "Accounting-Request (ACR): code 271, application 3" in r.stdout
    assert '"accounting_record_type": "START_RECORD"' in r.stdout
    assert "round trip OK for 2 messages" in r.stdout
    assert "client: CER/CEA done, peer server.example.com is I-Open" in r.stdout
    assert r.stdout.count("-> CreditControlAnswer DIAMETER_SUCCESS") == 3
    assert "DWR/DWA round trip" in r.stdout and "I-Open-[Stop]->Closing, Closing-[Rcv-DPA]->Closed" in r.stdout
    assert "server sees the client Closed" in r.stdout


def test_experimental_result_codes_are_named_by_their_vendor() -> None:
    from diameter import apps
    from diameter.apps.base import ExperimentalResult
    from diameter.apps.tgpp import UpdateLocationAnswer

    apps.load_all()

    def shown(vendor: int) -> str:
        ula = UpdateLocationAnswer(
            session_id="s;1",
            auth_session_state=1,
            origin_host="hss.example.com",
            origin_realm="example.com",
            experimental_result=ExperimentalResult(vendor_id=vendor, experimental_result_code=5420),
        )
        [line] = [
            x
            for x in format_message(diameter.decode(diameter.encode(ula))).splitlines()
            if "Experimental-Result-Code" in x
        ]
        return line.split(": ", 1)[1]

    assert shown(10415) == "DIAMETER_ERROR_UNKNOWN_EPS_SUBSCRIPTION (5420)"  # TS 29.272 §7.4.3, 3GPP's
    assert shown(99999) == "5420"  # another vendor's code: the number only
