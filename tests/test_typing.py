"""mypy checks application code: what it must reject, and what it must accept."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parent.parent

GOOD = """
    from ipaddress import IPv4Address
    import diameter
    from diameter.apps.base import CER, CEA, DWR, ProxyInfo, ACR, AccountingRecordType, ResultCode

    dwr = DWR(origin_host="a", origin_realm="b")
    cer = CER(origin_host="a", origin_realm="b", host_ip_address=(IPv4Address("127.0.0.1"),), vendor_id=0,
              product_name="p")
    acr = ACR(session_id="s", origin_host="a", origin_realm="b", destination_realm="c",
              accounting_record_type=AccountingRecordType.EVENT_RECORD, accounting_record_number=1,
              proxy_info=(ProxyInfo(proxy_host="p", proxy_state=b"x"),))
    state: int | None = dwr.origin_state_id
    ok: bool = isinstance(diameter.decode(diameter.encode(cer)), CEA)
    changed: DWR = diameter.evolve(dwr, origin_host="z")
    rc: int = ResultCode.DIAMETER_SUCCESS
"""

BAD = {
    "missing required AVP": ('DWR(origin_host="a")', r'Missing named argument "origin_realm"'),
    "wrong value type": ('DWR(origin_host="a", origin_realm=5)', r'incompatible type "int"; expected "str"'),
    "misspelt field": ('DWR(origin_host="a", origin_realm="b", orgin_state_id=1)', r'Unexpected keyword argument "orgin_state_id"'),
    "frozen message": ('dwr.origin_host = "x"', r"read-only|frozen"),
    "positional argument": ('DWR("a", "b")', r"Too many positional arguments"),
    "repeated AVP given one value": (
        'CER(origin_host="a", origin_realm="b", host_ip_address=IPv4Address("127.0.0.1"), vendor_id=0, product_name="p")',
        r'incompatible type "IPv4Address"',
    ),
    "grouped AVP of the wrong class": (
        'ACR(session_id="s", origin_host="a", origin_realm="b", destination_realm="c", accounting_record_type=1, '
        'accounting_record_number=1, proxy_info=(dwr,))',
        r"incompatible type",
    ),
    "optional AVP read without a None check": ("x: int = dwr.origin_state_id", r'Incompatible types in assignment'),
}


def _check(source: str, tmp_path: Path) -> tuple[int, str]:
    f = tmp_path / "app.py"
    f.write_text(textwrap.dedent(source))
    out, err, status = api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), "--config-file", str(ROOT / "mypy.ini"),
         str(f)]
    )
    return status, out + err


def test_correct_application_code_type_checks(tmp_path: Path) -> None:
    status, output = _check(GOOD, tmp_path)
    assert status == 0, output


def test_mistakes_are_type_errors(tmp_path: Path) -> None:
    lines = textwrap.dedent(GOOD).splitlines()
    source = "\n".join(lines) + "\n" + "\n".join(f"{code}  # {name}" for name, (code, _) in BAD.items()) + "\n"
    status, output = _check(source, tmp_path)
    assert status == 1, output
    first = len(lines) + 1
    for i, (name, (_, pattern)) in enumerate(BAD.items()):
        line_errors = [m for m in output.splitlines() if re.match(rf".*app\.py:{first + i}: error", m)]
        assert line_errors, f"mypy accepted: {name}\n{output}"
        assert any(re.search(pattern, m) for m in line_errors), f"{name}: {line_errors}"


REQUEST = """
    from diameter.asyncio import Node
    from diameter.apps.credit_control import CCA, CCR
    from diameter.schema import ErrorAnswer

    async def client(node: Node, ccr: CCR) -> int:
        answer = await node.request(ccr)
        either: CCA | ErrorAnswer = answer
        if isinstance(answer, CCA):
            return answer.cc_request_number
        return 0

    async def wrong(node: Node, ccr: CCR) -> None:
        only: CCA = await node.request(ccr)  # the error answer is possible too
"""


def test_request_is_typed_by_the_answer_class(tmp_path: Path) -> None:
    status, output = _check(REQUEST, tmp_path)
    errors = [line for line in output.splitlines() if ": error" in line]
    assert len(errors) == 1 and "ErrorAnswer" in errors[0] and "app.py:14" in errors[0], output


INTERFACES = """
    from diameter.apps.tgpp import CCR, RequestedServiceUnit, ProxyInfo, UserDataRequest
    from diameter.apps.tgpp.gx import CCR as GxCCR, RAA, SubscriptionId, CCRequestType
    from diameter.apps.tgpp.sh import UDR, PUR
    from diameter.apps.tgpp.rx import AAR
    from diameter.apps.nasreq import IPFilterRule

    gy = CCR(session_id="s", origin_host="a", origin_realm="b", destination_realm="c", auth_application_id=4,
             service_context_id="32251@3gpp.org", cc_request_type=1, cc_request_number=0,
             requested_service_unit=RequestedServiceUnit(cc_time=60))
    gx = GxCCR(session_id="s", auth_application_id=16777238, origin_host="a", origin_realm="b",
               destination_realm="c", cc_request_type=CCRequestType.INITIAL_REQUEST, cc_request_number=0,
               subscription_id=(SubscriptionId(subscription_id_type=1, subscription_id_data="262011234567890"),))
    moved: type[UDR] = UserDataRequest
    not_the_same: type[GxCCR] = CCR
"""


def test_interface_modules_and_the_types_their_classes_take(tmp_path: Path) -> None:
    """The classes a command's fields take can be imported from the module of the command (they
    are re-exported explicitly); the interface modules' classes are their own types (a Gy CCR is
    no Gx CCR); Sh's commands keep their old import path."""
    status, output = _check(INTERFACES, tmp_path)
    errors = [line for line in output.splitlines() if ": error" in line]
    assert len(errors) == 1 and "app.py:15" in errors[0] and "incompatible" in errors[0].lower(), output
