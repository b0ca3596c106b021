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

    # what diameter.mypy_plugin accepts: a value of the field's own enum, or a plain int; evolve
    # of a command or a grouped object; a handler taking the request class and returning its
    # answer class or the answer-message, or an awaitable of either (async def); a handler for
    # any request (Message -> Message)
    from collections.abc import Awaitable, Callable
    from typing import TypeVar
    from diameter.apps.base import ACA, RAR, AnswerMessage
    from diameter.apps.credit_control import CCA, CCR, CCRequestType, SubscriptionId, SubscriptionIdType
    from diameter.asyncio import Node
    from diameter.core.service import Service
    from diameter.schema import ErrorAnswer

    ccr = CCR(session_id="s", origin_host="a", origin_realm="b", destination_realm="c", auth_application_id=4,
              service_context_id="32251@3gpp.org", cc_request_type=CCRequestType.INITIAL_REQUEST, cc_request_number=0,
              subscription_id=(SubscriptionId(subscription_id_type=SubscriptionIdType.END_USER_IMSI,
                                              subscription_id_data="262011234567890"),))
    unnamed: CCR = diameter.evolve(ccr, cc_request_type=7, cc_request_number=1)
    imsi: SubscriptionId = diameter.evolve(ccr.subscription_id[0], subscription_id_data="1")  # a grouped object
    e164 = diameter.schema.evolve(imsi, subscription_id_type=SubscriptionIdType.END_USER_E164)
    relayed = diameter.evolve(diameter.decode(b""), hop_by_hop=1)  # typed Message: any field, as annotated
    Req = TypeVar("Req", bound=CCR)

    def renumber(req: Req) -> Req:
        return diameter.evolve(req, cc_request_number=req.cc_request_number + 1)

    def on_ccr(req: CCR) -> CCA:
        return CCA(session_id=req.session_id, result_code=ResultCode.DIAMETER_SUCCESS, origin_host="a",
                   origin_realm="b", auth_application_id=4, cc_request_type=req.cc_request_type,
                   cc_request_number=req.cc_request_number)

    async def on_ccr_later(req: CCR) -> CCA:
        return on_ccr(req)

    def refuse(req: CCR) -> AnswerMessage:
        return AnswerMessage(origin_host="a", origin_realm="b", result_code=ResultCode.DIAMETER_UNABLE_TO_COMPLY)

    def on_rar(req: RAR) -> ErrorAnswer:
        return refuse(ccr)

    def on_any(req: diameter.Message) -> diameter.Message:
        assert isinstance(req, CCR)
        return on_ccr(req)

    async def on_ccr_with_aca(req: CCR) -> ACA:
        return ACA(session_id="s", result_code=2001, origin_host="a", origin_realm="b", accounting_record_type=1,
                   accounting_record_number=0)

    node: Node
    service: Service
    node.handle(CCR, on_ccr)
    node.handle(CCR, on_ccr_later)
    node.handle(CCR, refuse)
    service.handle(CCR, on_ccr)
    service.handle(RAR, on_rar)
    service.handle(CCR, on_any)

    def serve(cls: type[CCR], handler: Callable[[CCR], Awaitable[CCA | ErrorAnswer] | CCA]) -> None:
        node.handle(cls, handler)

    async def result_code() -> int:
        return (await node.request(ccr)).result_code  # the answer-message has one too
"""

BAD = {
    "missing required AVP": ('DWR(origin_host="a")', r'Missing named argument "origin_realm"'),
    "wrong value type": ('DWR(origin_host="a", origin_realm=5)', r'incompatible type "int"; expected "str"'),
    "misspelt field": (
        'DWR(origin_host="a", origin_realm="b", orgin_state_id=1)',
        r'Unexpected keyword argument "orgin_state_id"',
    ),
    "frozen message": ('dwr.origin_host = "x"', r"read-only|frozen"),
    "positional argument": ('DWR("a", "b")', r"Too many positional arguments"),
    "repeated AVP given one value": (
        'CER(origin_host="a", origin_realm="b", host_ip_address=IPv4Address("127.0.0.1"), vendor_id=0, product_name="p")',
        r'incompatible type "IPv4Address"',
    ),
    "grouped AVP of the wrong class": (
        'ACR(session_id="s", origin_host="a", origin_realm="b", destination_realm="c", accounting_record_type=1, '
        "accounting_record_number=1, proxy_info=(dwr,))",
        r"incompatible type",
    ),
    "optional AVP read without a None check": ("x: int = dwr.origin_state_id", r"Incompatible types in assignment"),
    "the answer is the answer class or the answer-message": (
        "async def only(node: Node) -> CCA: return await node.request(ccr)",
        r'Incompatible return value type \(got "CreditControlAnswer \| AnswerMessage"',
    ),
    "evolve returns the type it is given": ("rar: RAR = diameter.evolve(ccr)", r"Incompatible types in assignment"),
    # from here on, the mistakes only the plugin sees (BY_THE_PLUGIN)
    "a member of another AVP's enum": (
        'CCR(session_id="s", origin_host="a", origin_realm="b", destination_realm="c", auth_application_id=4, '
        'service_context_id="x", cc_request_type=SubscriptionIdType.END_USER_IMSI, cc_request_number=0)',
        r'"SubscriptionIdType" given where "CCRequestType \| int" is expected: a value of another AVP\'s enum',
    ),
    "another AVP's enum in a grouped AVP": (
        'SubscriptionId(subscription_id_type=CCRequestType(1), subscription_id_data="1")',
        r'"CCRequestType" given where "SubscriptionIdType \| int" is expected',
    ),
    "another AVP's enum given to evolve": (
        "diameter.evolve(ccr, cc_request_type=SubscriptionIdType.END_USER_E164)",
        r'"SubscriptionIdType" given where "CCRequestType \| int" is expected',
    ),
    "another AVP's enum in a repeated field": (
        "diameter.evolve(cer, inband_security_id=(AccountingRecordType.EVENT_RECORD,))",
        r'"AccountingRecordType" given where "InbandSecurityId \| int" is expected',
    ),
    "evolve: misspelt field": ("diameter.evolve(ccr, no_such_field=1)", r'Unexpected keyword argument "no_such_field"'),
    "evolve: wrong value type": (
        'diameter.schema.evolve(ccr, cc_request_number="2")',
        r'Argument "cc_request_number" to "evolve" has incompatible type "str"',
    ),
    "evolve: no constructor argument": (
        "diameter.evolve(ccr, wire_flags=None)",
        r'Unexpected keyword argument "wire_flags"',
    ),
    "handler of another request": (
        "node.handle(CCR, on_rar)",
        r'The handler for "CreditControlRequest" does not accept a "CreditControlRequest"',
    ),
    "handler returning another command's answer": (
        "node.handle(CCR, on_ccr_with_aca)",
        r'The handler for "CreditControlRequest" returns "AccountingAnswer" where "CreditControlAnswer \| ErrorAnswer"',
    ),
    "sans-IO handler of another request": ("service.handle(RAR, on_ccr)", r'does not accept a "ReAuthRequest"'),
    "sans-IO handler returning another command's answer": (
        "service.handle(CCR, on_ccr_with_aca)",
        r'returns "AccountingAnswer" where "CreditControlAnswer \| ErrorAnswer"',
    ),
}
#: the mistakes that only the plugin sees
BY_THE_PLUGIN = list(BAD)[list(BAD).index("a member of another AVP's enum") :]


def _check(source: str, tmp_path: Path, config: Path = ROOT / "mypy.ini") -> tuple[int, str]:
    f = tmp_path / "app.py"
    f.write_text(textwrap.dedent(source))
    out, err, status = api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), "--config-file", str(config), str(f)]
    )
    return status, out + err


def test_correct_application_code_type_checks(tmp_path: Path) -> None:
    status, output = _check(GOOD, tmp_path)
    assert status == 0, output


def _mistakes() -> tuple[str, int]:
    """GOOD followed by each of BAD, one a line; and the number of BAD's first line."""
    lines = textwrap.dedent(GOOD).splitlines()
    return "\n".join(lines) + "\n" + "\n".join(f"{code}  # {name}" for name, (code, _) in BAD.items()) + "\n", len(
        lines
    ) + 1


def test_mistakes_are_type_errors(tmp_path: Path) -> None:
    source, first = _mistakes()
    status, output = _check(source, tmp_path)
    assert status == 1, output
    for i, (name, (_, pattern)) in enumerate(BAD.items()):
        line_errors = [m for m in output.splitlines() if re.match(rf".*app\.py:{first + i}: error", m)]
        assert line_errors, f"mypy accepted: {name}\n{output}"
        assert any(re.search(pattern, m) for m in line_errors), f"{name}: {line_errors}"


def test_the_plugin_only_adds_errors(tmp_path: Path) -> None:
    """Without diameter.mypy_plugin the same code type-checks, but for the mistakes only the
    plugin sees."""
    config = tmp_path / "mypy.ini"
    config.write_text(re.sub(r"(?m)^plugins\s*=.*\n", "", (ROOT / "mypy.ini").read_text()))
    source, first = _mistakes()
    status, output = _check(source, tmp_path, config)
    lines = {int(m.group(1)) for m in re.finditer(r"app\.py:(\d+): error", output)}
    assert lines == {first + i for i, name in enumerate(BAD) if name not in BY_THE_PLUGIN}, output


REQUEST = """
    from diameter.asyncio import Node
    from diameter.apps.credit_control import CCA, CCR
    from diameter.schema import ErrorAnswer

    async def client(node: Node, ccr: CCR) -> int:
        answer = await node.request(ccr)
        either: CCA | ErrorAnswer = answer
        if isinstance(answer, CCA):
            return answer.cc_request_number
        return answer.result_code  # the answer-message's

    async def wrong(node: Node, ccr: CCR) -> None:
        only: CCA = await node.request(ccr)  # the error answer is possible too
"""


def test_request_is_typed_by_the_answer_class(tmp_path: Path) -> None:
    status, output = _check(REQUEST, tmp_path)
    errors = [line for line in output.splitlines() if ": error" in line]
    assert len(errors) == 1 and "AnswerMessage" in errors[0] and "app.py:14" in errors[0], output


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


SESSIONS = """
    from diameter.apps.nasreq import AAA, AAR
    from diameter.asyncio import Node
    from diameter.sessions import AuthClient

    async def nas(node: Node) -> int:
        client = AuthClient(node, request_class=AAR, auth_application_id=1, destination_realm="r")
        session = client.session()
        answer = await session.open()
        if isinstance(answer, AAA):
            return answer.auth_request_type
        return 0

    async def wrong(node: Node) -> None:
        client = AuthClient(node, request_class=AAR, auth_application_id=1, destination_realm="r")
        only: AAA = await client.session().open()  # the answer-message, or none, are possible too
"""


def test_an_auth_session_is_typed_by_its_requests_answer_class(tmp_path: Path) -> None:
    status, output = _check(SESSIONS, tmp_path)
    errors = [line for line in output.splitlines() if ": error" in line]
    assert len(errors) == 1 and "AAAnswer | AnswerMessage | None" in errors[0] and "app.py:16" in errors[0], output
