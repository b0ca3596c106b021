"""Two nodes over loopback TCP: capabilities, requests and answers, the stack's own answers.

On the virtual clock of tests/vclock.py, but for a test that resolves a host name (in a thread)
and the blocking facade (a loop in a thread of its own)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from diameter import Avp, GenericMessage
from diameter.apps.base import AnswerMessage, DisconnectCause, ResultCode
from diameter.apps.credit_control import CCA, CCR, CCRequestType
from diameter.asyncio import Node, RequestTimeout
from diameter.capabilities import LocalCapabilities
from diameter.peer import Event, PeerState

import vclock


def node(host: str, apps: frozenset[int] = frozenset({4})) -> Node:
    # (a request's first decode generates code: a loaded machine under coverage takes seconds)
    return Node(
        LocalCapabilities(origin_host=host, origin_realm="example.com", auth_application_ids=apps), request_timeout=10.0
    )


def ccr(n: int = 0) -> CCR:
    return CCR(
        session_id=f"client;1;{n}",
        origin_host="client.example.com",
        origin_realm="example.com",
        destination_realm="example.com",
        auth_application_id=4,
        service_context_id="32251@3gpp.org",
        cc_request_type=CCRequestType.INITIAL_REQUEST,
        cc_request_number=n,
    )


async def answer_ccr(req: CCR) -> CCA:
    return CCA(
        session_id=req.session_id,
        result_code=ResultCode.DIAMETER_SUCCESS,
        origin_host="server.example.com",
        origin_realm="example.com",
        auth_application_id=4,
        cc_request_type=req.cc_request_type,
        cc_request_number=req.cc_request_number,
    )


def run(
    test: Callable[[Node, Node], Awaitable[None]],
    server_apps: frozenset[int] = frozenset({4}),
    client_apps: frozenset[int] = frozenset({4}),
) -> None:
    async def main() -> None:
        server, client = node("server.example.com", server_apps), node("client.example.com", client_apps)
        server.handle(CCR, answer_ccr)
        port = await server.listen("127.0.0.1", 0)
        await client.connect("127.0.0.1", port)
        try:
            await asyncio.wait_for(test(server, client), 20)
        finally:
            await client.close()
            await server.close()

    vclock.run(main())


def test_request_and_typed_answer() -> None:
    async def t(server: Node, client: Node) -> None:
        assert client.peers["server.example.com"].state is PeerState.I_OPEN
        assert server.peers["client.example.com"].state is PeerState.R_OPEN
        answers = await asyncio.gather(*(client.request(ccr(i)) for i in range(20)))
        for i, a in enumerate(answers):
            assert isinstance(a, CCA) and a.cc_request_number == i and a.result_code == ResultCode.DIAMETER_SUCCESS
        assert client.counters[("server.example.com", "Credit-Control-Request", "sent")] == 20
        assert client.counters[("server.example.com", "Credit-Control-Answer", 2001)] == 20
        assert len(client.service.peers["server.example.com"].pending) == 0  # nothing left behind
        sid = client.session_id()
        assert sid.startswith("client.example.com;") and sid != client.session_id()

    run(t)


def test_the_stack_answers_errors_and_keeps_the_connection() -> None:
    async def t(server: Node, client: Node) -> None:
        unknown: Any = GenericMessage(
            command_code=8388999, application_id=4, request=True, avps=(Avp(263, b"s;1", 0, 0x40),)
        )
        a = await client.request(unknown)
        assert isinstance(a, AnswerMessage) and a.result_code == ResultCode.DIAMETER_COMMAND_UNSUPPORTED

        async def broken(req: CCR) -> CCA:
            raise RuntimeError("bug")

        server.handle(CCR, broken)
        a = await client.request(ccr(7))
        # RFC 6733 §7.2: a permanent failure is the command's own answer, E bit clear, with
        # what the answer requires that the request carries
        assert isinstance(a, CCA) and a.result_code == ResultCode.DIAMETER_UNABLE_TO_COMPLY
        assert a.session_id == "client;1;7" and a.cc_request_number == 7 and a.auth_application_id == 4

        from diameter.apps.base import ACA

        async def aca(req: CCR) -> Any:  # another command's answer: the handler's mistake
            return ACA(
                session_id=req.session_id,
                result_code=ResultCode.DIAMETER_SUCCESS,
                origin_host="server.example.com",
                origin_realm="example.com",
                accounting_record_type=1,
                accounting_record_number=0,
            )

        server.handle(CCR, aca)
        a = await client.request(ccr(8))
        assert isinstance(a, CCA) and a.result_code == ResultCode.DIAMETER_UNABLE_TO_COMPLY
        assert [x.data for x in a.avps if x.code == 281] == [b"handler returned AccountingAnswer"]

        async def slow(req: CCR) -> CCA:
            await asyncio.sleep(1.0)
            return await answer_ccr(req)

        server.handle(CCR, slow)
        with pytest.raises(RequestTimeout):
            await client.request(ccr(), timeout=0.2)
        server.handle(CCR, answer_ccr)
        assert isinstance(await client.request(ccr(5)), CCA)  # still connected

    run(t)


def test_application_not_agreed_is_3007() -> None:
    async def t(server: Node, client: Node) -> None:
        # the client advertises 4 and 1; the server only 4: a NASREQ request gets 3007
        from diameter.apps.nasreq import AAR

        aar = AAR(
            session_id="s;2",
            auth_application_id=1,
            origin_host="client.example.com",
            origin_realm="example.com",
            destination_realm="example.com",
            auth_request_type=1,
        )
        a = await client.request(aar)
        assert isinstance(a, AnswerMessage) and a.result_code == ResultCode.DIAMETER_APPLICATION_UNSUPPORTED

    run(t, client_apps=frozenset({4, 1}))


def test_disconnect_with_dpr() -> None:
    async def main() -> None:
        server, client = node("server.example.com"), node("client.example.com")
        port = await server.listen("127.0.0.1", 0)
        peer = await client.connect("127.0.0.1", port)
        await client.close()
        assert peer.state is PeerState.CLOSED
        theirs = server.peers["client.example.com"]
        for _ in range(50):
            if theirs.state is PeerState.CLOSED:
                break
            await asyncio.sleep(0.01)
        assert theirs.state is PeerState.CLOSED
        # a peer that connected to the node is forgotten once closed: no table that only grows
        assert "client.example.com" not in server.peers and not server.service._entries
        await server.close()

    vclock.run(main(), 20)


def test_blocking_facade_and_ipv6() -> None:
    from diameter.asyncio import BlockingNode

    caps = LocalCapabilities(
        origin_host="server.example.com", origin_realm="example.com", auth_application_ids=frozenset({4})
    )
    with BlockingNode(caps) as server:
        server.node.handle(CCR, answer_ccr)
        port = server.listen("::1", 0)
        with BlockingNode(
            LocalCapabilities(
                origin_host="client.example.com", origin_realm="example.com", auth_application_ids=frozenset({4})
            )
        ) as client:
            client.connect("::1", port)
            answer = client.request(ccr(3))
            assert isinstance(answer, CCA) and answer.cc_request_number == 3
            peer = client.node.peers["server.example.com"]
            assert peer.agreement is not None and peer.state is PeerState.I_OPEN


def test_election_when_two_nodes_connect_to_each_other_at_once() -> None:
    async def main() -> None:
        a, b = node("a.example.com"), node("b.example.com")
        pa, pb = await a.listen("127.0.0.1", 0), await b.listen("127.0.0.1", 0)
        peer_a, peer_b = await asyncio.gather(
            a.connect("127.0.0.1", pb, peer_host="b.example.com"), b.connect("127.0.0.1", pa, peer_host="a.example.com")
        )
        for _ in range(50):
            if {peer_a.state, peer_b.state} <= {PeerState.I_OPEN, PeerState.R_OPEN} and len(a._conns) == 1:
                break
            await asyncio.sleep(0.02)
        # one connection survives: the one b (the higher Origin-Host) accepted (RFC 6733 §5.6.4)
        assert peer_b.state is PeerState.R_OPEN and peer_a.state is PeerState.I_OPEN
        assert len(a._conns) == 1 and len(b._conns) == 1
        assert any(
            h[0] in (PeerState.WAIT_RETURNS, PeerState.WAIT_CONN_ACK_ELECT) for p in (peer_a, peer_b) for h in p.history
        )
        b.handle(CCR, answer_ccr)
        assert isinstance(await a.request(ccr(1)), CCA)
        await a.close()
        await b.close()

    vclock.run(main(), 20)


def test_connect_by_uri() -> None:
    async def main() -> None:
        server, client = node("localhost"), node("client.example.com")
        server.handle(CCR, answer_ccr)
        port = await server.listen("127.0.0.1", 0)
        peer = await client.connect_uri(f"aaa://localhost:{port};transport=tcp")
        assert peer.state is PeerState.I_OPEN and peer.peer_host == "localhost"
        with pytest.raises(ValueError):
            await client.connect_uri("aaas://localhost:5658")
        await client.close()
        await server.close()

    asyncio.run(asyncio.wait_for(main(), 20))


def test_pending_requests_fail_over_with_the_t_flag() -> None:
    async def main() -> None:
        s1, s2, client = node("s1.example.com"), node("s2.example.com"), node("client.example.com")
        seen: list[tuple[str, bool, int]] = []

        def handler(name: str, delay: float) -> Callable[[CCR], Awaitable[CCA]]:
            async def h(req: CCR) -> CCA:
                seen.append((name, req.retransmit, req.end_to_end))
                await asyncio.sleep(delay)
                return await answer_ccr(req)

            return h

        s1.handle(CCR, handler("s1", 5.0))  # never answers in time: its connection will fail
        s2.handle(CCR, handler("s2", 0.0))
        p1, p2 = await s1.listen("127.0.0.1", 0), await s2.listen("127.0.0.1", 0)
        await client.connect("127.0.0.1", p1, peer_host="s1.example.com", reconnect=False)
        await client.connect("127.0.0.1", p2, peer_host="s2.example.com", reconnect=False)
        request = CCR(
            session_id="client;1;9",
            origin_host="client.example.com",
            origin_realm="example.com",
            destination_realm="example.com",
            destination_host="s1.example.com",
            auth_application_id=4,
            service_context_id="x",
            cc_request_type=CCRequestType.EVENT_REQUEST,
            cc_request_number=9,
        )
        task = asyncio.create_task(client.request(request, timeout=5.0))
        for _ in range(100):
            if seen:
                break
            await asyncio.sleep(0.01)
        for c in list(s1._conns.values()):
            assert c.transport is not None
            c.transport.abort()  # the connection to s1 fails with the request pending
        answer = await task
        assert isinstance(answer, CCA) and answer.cc_request_number == 9
        assert [(n, t) for n, t, _ in seen] == [("s1", False), ("s2", True)]
        assert seen[0][2] == seen[1][2]  # same End-to-End identifier
        await client.close()
        await s1.close()
        await s2.close()

    vclock.run(main(), 20)


@pytest.mark.parametrize(
    "cause, reconnects", [(DisconnectCause.REBOOTING, True), (DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU, False)]
)
def test_reconnection_follows_the_disconnect_cause(cause: DisconnectCause, reconnects: bool) -> None:
    async def main() -> None:
        server = node("server.example.com")
        client = Node(
            LocalCapabilities(
                origin_host="client.example.com", origin_realm="example.com", auth_application_ids=frozenset({4})
            ),
            tc=0.2,
        )
        port = await server.listen("127.0.0.1", 0)
        peer = await client.connect("127.0.0.1", port, peer_host="server.example.com")
        await server.disconnect("client.example.com", cause)  # the server says goodbye with a DPR
        for _ in range(100):
            if peer.state is PeerState.CLOSED:
                break
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.6)  # past the first reconnection delay
        opened = sum(1 for h in peer.history if h[1] is Event.I_RCV_CEA)
        assert opened == (2 if reconnects else 1)
        await client.close()
        await server.close()

    vclock.run(main(), 20)


def test_watchdog_suspect_then_down_when_the_peer_goes_silent() -> None:
    from diameter.watchdog import WatchdogState

    async def main() -> None:
        server = node("server.example.com")
        client = Node(
            LocalCapabilities(
                origin_host="client.example.com", origin_realm="example.com", auth_application_ids=frozenset({4})
            ),
            tw=6.0,
        )
        port = await server.listen("127.0.0.1", 0)
        peer = await client.connect("127.0.0.1", port, peer_host="server.example.com", reconnect=False)
        for c in server._conns.values():
            assert c.transport is not None
            c.transport.pause_reading()  # the server stops reading: DWRs go unanswered
        states = []
        for _ in range(100):
            states.append(peer.watchdog.state)
            if peer.state is PeerState.CLOSED:
                break
            await asyncio.sleep(0.5)
        assert WatchdogState.SUSPECT in states  # RFC 3539: no DWA within Tw
        assert peer.state is PeerState.CLOSED  # and none within the next Tw either: closed
        await client.close()
        await server.close()

    vclock.run(main(), 40)


def test_a_node_with_a_dictionary_of_chosen_applications() -> None:
    """Node(converter=Converter(dictionary=Dictionary.of(...))): the node decodes with exactly
    those applications; a command of another one is answered 3001 (DIAMETER_COMMAND_UNSUPPORTED)."""
    from diameter import apps
    from diameter.converter import Converter
    from diameter.registry import Dictionary

    apps.load_all()  # TS 32.299's CCR would replace RFC 8506's in the default dictionary
    from diameter.apps.base import VendorSpecificApplicationId
    from diameter.apps.tgpp import sh

    seen: list[type] = []

    async def on_ccr(req: CCR) -> CCA:
        seen.append(type(req))
        return await answer_ccr(req)

    async def main() -> None:
        caps = LocalCapabilities(
            origin_host="server.example.com", origin_realm="example.com", auth_application_ids=frozenset({4, 16777217})
        )
        server = Node(caps, converter=Converter(dictionary=Dictionary.of("credit_control")), request_timeout=10.0)
        server.handle(CCR, on_ccr)
        client = node("client.example.com", frozenset({4, 16777217}))
        port = await server.listen("127.0.0.1", 0)
        await client.connect("127.0.0.1", port)
        try:
            a = await asyncio.wait_for(client.request(ccr(1)), 20)
            assert isinstance(a, CCA) and a.result_code == ResultCode.DIAMETER_SUCCESS and seen == [CCR]
            vsai = VendorSpecificApplicationId(vendor_id=10415, auth_application_id=16777217)
            udr: Any = sh.UDR(
                session_id="client;1;9",
                vendor_specific_application_id=vsai,
                auth_session_state=1,
                origin_host="client.example.com",
                origin_realm="example.com",
                destination_realm="example.com",
                user_identity=sh.UserIdentity(public_identity="sip:a@b"),
                data_reference=(0,),
            )
            other = await asyncio.wait_for(client.request(udr), 20)
            assert getattr(other, "result_code") == ResultCode.DIAMETER_COMMAND_UNSUPPORTED
        finally:
            await client.close()
            await server.close()

    vclock.run(main())
