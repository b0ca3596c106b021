"""A small Gx PCRF and a PCEF (the gateway) driving it, on loopback (3GPP TS 29.212).

The PCRF installs the subscriber's rules in its answer to the CCR-I (Charging-Rule-Install),
then, while the session is open, pushes one more rule with a Re-Auth-Request; the PCEF installs
what it is told, answers the RAR, and removes everything at the CCR-T. The PCEF's requests go
through a :class:`~diameter.credit_control.CreditControlClient` with Gx's CCR class, so the
session stays with the PCRF that answered it and fails over as its Credit-Control-Failure-
Handling says.

    python examples/gx_pcrf.py         # prints the rules as they come and go
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diameter.apps.tgpp import gx
from diameter.asyncio import Node
from diameter.capabilities import LocalCapabilities
from diameter.credit_control import CreditControlClient

REALM = "example.com"
GX = 16777238
TGPP = 10415


def caps(host: str) -> LocalCapabilities:
    return LocalCapabilities(
        origin_host=host,
        origin_realm=REALM,
        vendor_specific=((TGPP, GX, None),),
        supported_vendor_ids=frozenset({TGPP}),
    )


def rules(*names: str) -> tuple[gx.ChargingRuleInstall, ...]:
    return (gx.ChargingRuleInstall(charging_rule_name=tuple(n.encode() for n in names)),)


class Pcrf:
    """The policy server: rules by subscriber, sessions open, and the RARs it pushed."""

    def __init__(self, node: Node, policy: dict[str, list[str]]) -> None:
        self.node = node
        self.policy = policy
        self.sessions: dict[str, str] = {}  # Session-Id -> the PCEF's Origin-Host
        self.pushed: list[asyncio.Task[object]] = []
        node.handle(gx.CCR, self.handle)

    def handle(self, req: gx.CCR) -> gx.CCA:
        installs: tuple[gx.ChargingRuleInstall, ...] = ()
        if req.cc_request_type == gx.CCRequestType.INITIAL_REQUEST:
            self.sessions[req.session_id] = req.origin_host
            installs = rules(*self.policy.get(req.session_id.split(";")[-1], ["default"]))
            # later, while the session is open: one more rule, pushed with a RAR
            self.pushed.append(asyncio.get_running_loop().create_task(self.push(req.session_id, "video-boost")))
        elif req.cc_request_type == gx.CCRequestType.TERMINATION_REQUEST:
            self.sessions.pop(req.session_id, None)
        return gx.CCA(
            session_id=req.session_id,
            auth_application_id=GX,
            origin_host=self.node.local.origin_host,
            origin_realm=REALM,
            result_code=2001,
            cc_request_type=req.cc_request_type,
            cc_request_number=req.cc_request_number,
            charging_rule_install=installs,
        )

    async def push(self, session_id: str, rule: str) -> object:
        await asyncio.sleep(0.1)
        pcef = self.sessions.get(session_id)
        if pcef is None:
            return None
        return await self.node.request(
            gx.RAR(
                session_id=session_id,
                auth_application_id=GX,
                origin_host=self.node.local.origin_host,
                origin_realm=REALM,
                destination_realm=REALM,
                destination_host=pcef,
                re_auth_request_type=0,  # AUTHORIZE_ONLY
                charging_rule_install=rules(rule),
            ),
            peer=pcef,
        )


class Pcef:
    """The gateway: the rules installed per session."""

    def __init__(self, node: Node) -> None:
        self.node = node
        self.installed: dict[str, list[str]] = {}
        node.handle(gx.RAR, self.on_rar)

    def install(self, session_id: str, installs: tuple[gx.ChargingRuleInstall, ...]) -> None:
        names = [n.decode() for i in installs for n in i.charging_rule_name]
        self.installed.setdefault(session_id, []).extend(names)
        print(f"{session_id}: installed {', '.join(names)}")

    def on_rar(self, req: gx.RAR) -> gx.RAA:
        known = req.session_id in self.installed
        if known:
            self.install(req.session_id, req.charging_rule_install)
        return gx.RAA(
            session_id=req.session_id,
            origin_host=self.node.local.origin_host,
            origin_realm=REALM,
            result_code=2001 if known else 5002,
        )


async def main() -> int:
    pcrf_node = Node(caps("pcrf.example.com"))
    pcrf = Pcrf(pcrf_node, {"alice": ["default", "voice"]})
    port = await pcrf_node.listen("127.0.0.1", 0)
    pcef_node = Node(caps("pgw.example.com"))
    pcef = Pcef(pcef_node)
    await pcef_node.connect("127.0.0.1", port)
    client = CreditControlClient(pcef_node, destination_realm=REALM, request_class=gx.CCR, auth_application_id=GX)
    session = client.session("pgw.example.com;1;alice")
    answer = await session.start()
    assert isinstance(answer, gx.CCA)
    pcef.install(session.session_id, answer.charging_rule_install)
    raa = await pcrf.pushed[0]
    print(f"RAR answered {getattr(raa, 'result_code', None)}")
    await session.terminate()
    removed = pcef.installed.pop(session.session_id, [])
    print(f"{session.session_id}: CCR-T, removed {', '.join(removed)}; PCRF sessions open: {len(pcrf.sessions)}")
    await pcef_node.close()
    await pcrf_node.close()
    return 0 if removed == ["default", "voice", "video-boost"] and not pcrf.sessions else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
