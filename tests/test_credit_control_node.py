"""Credit-Control on nodes over loopback TCP (RFC 8506): a session's requests numbered and kept
with the server that answered the first; a server that stops answering or whose connection dies
mid-session, the client failing over (T flag) or not by Credit-Control-Failure-Handling; a
queued termination. The state machine row by row: tests/test_credit_control.py."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from diameter.apps.credit_control import CCA, CCR
from diameter.asyncio import Node
from diameter.capabilities import LocalCapabilities
from diameter.core.credit_control import CCFH, CcState, RequestType
from diameter.credit_control import CreditControlClient, CreditControlSession

REALM = "example.com"


def caps(host: str) -> LocalCapabilities:
    return LocalCapabilities(origin_host=host, origin_realm=REALM, auth_application_ids=frozenset({4}))


def state_of(s: CreditControlSession) -> CcState:
    return s.state


class Ocs:
    """A server node answering CCRs with 2001, recording them; ``silent``: it stops answering."""

    def __init__(self, host: str) -> None:
        self.host = host
        self.node = Node(caps(host))
        self.seen: list[tuple[int, int, bool, str | None]] = []  # (type, number, T flag, Destination-Host)
        self.silent = False

        async def on_ccr(req: CCR) -> CCA:
            self.seen.append((int(req.cc_request_type), req.cc_request_number, req.retransmit, req.destination_host))
            if self.silent:
                await asyncio.sleep(3600)
            return CCA(
                session_id=req.session_id,
                result_code=2001,
                origin_host=host,
                origin_realm=REALM,
                auth_application_id=4,
                cc_request_type=req.cc_request_type,
                cc_request_number=req.cc_request_number,
                validity_time=None,
            )

        self.node.handle(CCR, on_ccr)

    async def listen(self) -> int:
        return await self.node.listen("127.0.0.1", 0)


def run(main: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(asyncio.wait_for(main(), 60))


async def setup(ccfh: CCFH, tx: float = 0.5) -> tuple[Node, CreditControlClient, Ocs, Ocs]:
    a, b = Ocs("ocs1.example.com"), Ocs("ocs2.example.com")
    pa, pb = await a.listen(), await b.listen()
    client = Node(caps("pgw.example.com"))
    await client.connect("127.0.0.1", pa)
    await client.connect("127.0.0.1", pb)
    cc = CreditControlClient(client, destination_realm=REALM, ccfh=ccfh, tx=tx, service_context_id="32251@3gpp.org")
    return client, cc, a, b


async def teardown(*nodes: Node) -> None:
    for n in nodes:
        await n.close()


def first_and_other(a: Ocs, b: Ocs) -> tuple[Ocs, Ocs]:
    return (a, b) if a.seen else (b, a)


def test_a_session_stays_with_the_server_of_its_initial_answer() -> None:
    async def main() -> None:
        client, cc, a, b = await setup(CCFH.TERMINATE)
        s = cc.session()
        answer = await s.start()
        assert isinstance(answer, CCA) and s.granted and state_of(s) is CcState.OPEN
        first, other = first_and_other(a, b)
        assert s.server == first.host
        await s.update()
        await s.update()
        await s.terminate()
        assert state_of(s) is CcState.IDLE and cc.sessions == {}
        assert [(t, n) for t, n, _, _ in first.seen] == [(1, 0), (2, 1), (2, 2), (3, 3)]
        assert [d for _, _, _, d in first.seen] == [None, first.host, first.host, first.host]
        assert other.seen == []
        await teardown(client, a.node, b.node)

    run(main)


@pytest.mark.parametrize("ccfh", [CCFH.RETRY_AND_TERMINATE, CCFH.CONTINUE])
def test_a_server_that_stops_answering_mid_session_is_failed_over_with_the_t_flag(ccfh: CCFH) -> None:
    async def main() -> None:
        client, cc, a, b = await setup(ccfh)
        s = cc.session()
        await s.start()
        first, other = first_and_other(a, b)
        first.silent = True
        await s.update()  # Tx expires at the first server: the alternate takes it
        assert s.granted and state_of(s) is CcState.OPEN and s.server == other.host
        assert other.seen == [(int(RequestType.UPDATE_REQUEST), 1, True, other.host)]
        await s.terminate()
        assert other.seen[-1][:2] == (int(RequestType.TERMINATION_REQUEST), 2)
        assert [(t, p, flag) for t, _, p, flag in s.sent] == [
            (RequestType.INITIAL_REQUEST, first.host, False),
            (RequestType.UPDATE_REQUEST, first.host, False),
            (RequestType.UPDATE_REQUEST, other.host, True),
            (RequestType.TERMINATION_REQUEST, other.host, False),
        ]
        await teardown(client, a.node, b.node)

    run(main)


def test_with_terminate_a_silent_server_ends_the_service_without_failover() -> None:
    async def main() -> None:
        client, cc, a, b = await setup(CCFH.TERMINATE)
        s = cc.session()
        await s.start()
        first, other = first_and_other(a, b)
        first.silent = True
        await s.update()
        assert not s.granted and s.ended == "no answer within Tx" and state_of(s) is CcState.IDLE
        assert other.seen == []
        await teardown(client, a.node, b.node)

    run(main)


def test_a_server_whose_connection_dies_mid_session_is_failed_over() -> None:
    async def main() -> None:
        client, cc, a, b = await setup(CCFH.RETRY_AND_TERMINATE, tx=2.0)
        s = cc.session()
        await s.start()
        first, other = first_and_other(a, b)
        first.silent = True
        pending = asyncio.ensure_future(s.update())
        await asyncio.sleep(0.2)
        for conn in list(first.node._conns.values()):  # the server's connections die
            assert conn.transport is not None
            conn.transport.abort()
        await pending
        assert s.granted and state_of(s) is CcState.OPEN
        # the node's own failover (RFC 6733 §5.5.4) took the pending update to the other server
        assert [(t, n, flag) for t, n, flag, _ in other.seen] == [(int(RequestType.UPDATE_REQUEST), 1, True)]
        assert s.server == other.host  # the next requests go to the server that answered
        await s.terminate()
        assert other.seen[-1] == (int(RequestType.TERMINATION_REQUEST), 2, False, other.host)
        await teardown(client, a.node, b.node)

    run(main)


def test_with_no_server_at_all_continue_grants_the_service_and_terminate_does_not() -> None:
    async def main() -> None:
        node = Node(caps("pgw.example.com"))
        for ccfh, granted in ((CCFH.CONTINUE, True), (CCFH.TERMINATE, False)):
            cc = CreditControlClient(node, destination_realm=REALM, ccfh=ccfh, service_context_id="x")
            s = cc.session()
            assert await s.start() is None
            assert s.granted is granted and state_of(s) is CcState.IDLE
        await node.close()

    run(main)


def test_an_event_request_is_debited_failed_over_or_buffered_by_ddfh() -> None:
    from diameter.core.credit_control import DDFH

    async def main() -> None:
        client, cc, a, b = await setup(CCFH.TERMINATE)
        done = await cc.event()
        assert done.granted and done.reason == "debited" and isinstance(done.answer, CCA)
        first, other = first_and_other(a, b)
        assert [(t, n, flag) for t, n, flag, _ in first.seen] == [(int(RequestType.EVENT_REQUEST), 0, False)]
        first.silent = True
        done = await cc.event()  # Tx passes at the first server: the other debits it
        assert done.granted and other.seen == [(int(RequestType.EVENT_REQUEST), 0, True, None)]
        await teardown(client, a.node, b.node)
        # no server: buffered and refused, or granted with CONTINUE
        lone = Node(caps("pgw.example.com"))
        cc = CreditControlClient(lone, destination_realm=REALM, tx=0.5, service_context_id="x")
        kept = await cc.event()
        assert not kept.granted and kept.buffered and len(cc.buffered) == 1
        given = await cc.event(ddfh=DDFH.CONTINUE)
        assert given.granted and not given.buffered and len(cc.buffered) == 1
        ocs = Ocs("ocs3.example.com")
        port = await ocs.listen()
        await lone.connect("127.0.0.1", port)
        assert await cc.send_buffered() == 0
        assert ocs.seen == [(int(RequestType.EVENT_REQUEST), 0, True, None)]  # T flag: it may have been debited
        await teardown(lone, ocs.node)

    run(main)


def test_the_server_answers_a_request_of_no_known_type_and_keeps_no_state_for_it() -> None:
    from diameter.credit_control import CreditControlServer

    async def main() -> None:
        snode = Node(caps("ocs.example.com"))

        def answer(req: CCR) -> CCA:
            return CCA(
                session_id=req.session_id,
                result_code=2001,
                origin_host="ocs.example.com",
                origin_realm=REALM,
                auth_application_id=4,
                cc_request_type=req.cc_request_type,
                cc_request_number=req.cc_request_number,
            )

        server = CreditControlServer(snode, handler=answer)
        port = await snode.listen("127.0.0.1", 0)
        cnode = Node(caps("pgw.example.com"))
        await cnode.connect("127.0.0.1", port)
        odd = CCR(
            session_id="pgw;odd",
            origin_host="pgw.example.com",
            origin_realm=REALM,
            destination_realm=REALM,
            auth_application_id=4,
            service_context_id="x",
            cc_request_type=7,
            cc_request_number=0,
        )
        got = await cnode.request(odd)
        assert isinstance(got, CCA) and got.result_code == 2001 and server.sessions == {}
        await teardown(cnode, snode)

    run(main)
