"""The demo: build a CER and an ACR, encode them, decode them, print them as a tree and as JSON.

Run ``python -m diameter.demo``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from ipaddress import IPv4Address, IPv6Address

from . import decode, encode
from .apps.base import (
    ACR,
    CER,
    AccountingRecordType,
    InbandSecurityId,
    ProxyInfo,
    VendorSpecificApplicationId,
)
from .data import message_to_dict, to_json
from .schema import Message
from .text import format_message

__all__ = ["main", "messages"]


def messages() -> list[Message]:
    """The demo's messages: a CER and an ACR (start record)."""
    cer = CER(
        origin_host="client.example.com",
        origin_realm="example.com",
        host_ip_address=(IPv4Address("127.0.0.1"), IPv6Address("::1")),
        vendor_id=0,
        product_name="diameter-typed demo",
        origin_state_id=1,
        supported_vendor_id=(10415,),
        auth_application_id=(4,),
        acct_application_id=(3,),
        inband_security_id=(InbandSecurityId.NO_INBAND_SECURITY,),
        vendor_specific_application_id=(VendorSpecificApplicationId(vendor_id=10415, auth_application_id=16777238),),
        firmware_revision=1,
        hop_by_hop=0x1001,
        end_to_end=0x5AB0001,
    )
    acr = ACR(
        session_id="client.example.com;1764000000;1",
        origin_host="client.example.com",
        origin_realm="example.com",
        destination_realm="example.net",
        accounting_record_type=AccountingRecordType.START_RECORD,
        accounting_record_number=0,
        acct_application_id=3,
        user_name="alice@example.com",
        acct_interim_interval=300,
        event_timestamp=datetime(2026, 11, 25, 12, 0, tzinfo=UTC),
        proxy_info=(ProxyInfo(proxy_host="relay.example.com", proxy_state=b"\x01\x02"),),
        hop_by_hop=0x1002,
        end_to_end=0x5AB0002,
    )
    return [cer, acr]


def _codec_demo() -> None:
    for msg in messages():
        data = encode(msg)
        back = decode(data)
        assert back == msg and encode(back) == data
        print(f"=== {type(msg).__name__}: {len(data)} bytes")
        print(data.hex(" ", 4))
        print()
        print(format_message(back))
        print()
        print(to_json(back))
        print()
    print(
        f"round trip OK for {len(messages())} messages ({', '.join(message_to_dict(m)['command'] for m in messages())})"
    )


async def _node_demo() -> None:
    """A server and a client node on loopback: CER/CEA, CCR/CCA, DWR/DWA, DPR/DPA."""
    import asyncio

    from .apps.base import AnswerMessage, ResultCode
    from .apps.credit_control import CCA, CCR, CCRequestType
    from .asyncio import Node
    from .capabilities import LocalCapabilities

    server = Node(
        LocalCapabilities(
            origin_host="server.example.com",
            origin_realm="example.com",
            auth_application_ids=frozenset({4}),
            product_name="demo server",
        )
    )
    client = Node(
        LocalCapabilities(
            origin_host="client.example.com",
            origin_realm="example.com",
            auth_application_ids=frozenset({4}),
            product_name="demo client",
        )
    )

    async def on_ccr(req: CCR) -> CCA:
        return CCA(
            session_id=req.session_id,
            result_code=ResultCode.DIAMETER_SUCCESS,
            origin_host="server.example.com",
            origin_realm="example.com",
            auth_application_id=4,
            cc_request_type=req.cc_request_type,
            cc_request_number=req.cc_request_number,
        )

    server.handle(CCR, on_ccr)
    port = await server.listen("127.0.0.1", 0)
    print(f"=== node demo: server.example.com listening on 127.0.0.1:{port}")
    peer = await client.connect("127.0.0.1", port)
    assert peer.agreement is not None
    print(
        f"client: CER/CEA done, peer {peer.agreement.peer_host} is {peer.state.value}, "
        f"common applications {sorted(peer.agreement.auth_application_ids)}"
    )
    kinds = [CCRequestType.INITIAL_REQUEST, CCRequestType.UPDATE_REQUEST, CCRequestType.TERMINATION_REQUEST]
    for n, kind in enumerate(kinds):
        ccr = CCR(
            session_id="client.example.com;1;1",
            origin_host="client.example.com",
            origin_realm="example.com",
            destination_realm="example.com",
            auth_application_id=4,
            service_context_id="32251@3gpp.org",
            cc_request_type=kind,
            cc_request_number=n,
        )
        answer = await client.request(ccr)
        rc = answer.result_code if isinstance(answer, (CCA, AnswerMessage)) else None
        print(
            f"client: CCR {kind.name} #{n} -> {type(answer).__name__} {rc.name if isinstance(rc, ResultCode) else rc}"
        )
    rtt = await client.probe()
    print(f"client: DWR/DWA round trip {rtt * 1000:.2f} ms")
    theirs = server.peers["client.example.com"]
    await client.close()
    await asyncio.sleep(0.05)
    print(f"client: DPR/DPA done, peer is {peer.state.value}; server sees the client {theirs.state.value}")
    print(
        "client transitions: "
        + ", ".join(
            f"{a.value}-[{e.value}]->{b.value}" for a, e, b in peer.history if a is not b or e.value in ("Rcv-DWA",)
        )
    )
    await server.close()


def main() -> int:
    import asyncio

    _codec_demo()
    asyncio.run(_node_demo())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
