"""Accounting on nodes over loopback TCP: the client's records numbered and answered, interim
records on the server's interval, records stored while no server is there and delivered when
one comes, each kept once by the server; Accounting-Realtime-Required; the SQLite store. The
client killed (SIGKILL) and restarted: tests/test_accounting_crash.py."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from diameter.accounting import AccountingClient, AccountingServer, AccountingSession
from diameter.apps.base import AccountingRecordType
from diameter.asyncio import Node
from diameter.capabilities import LocalCapabilities
from diameter.core.accounting import AcctState, Realtime, RecordType
from diameter.store import MemoryStore, SqliteStore, StoreFull

REALM = "example.com"


def caps(host: str) -> LocalCapabilities:
    return LocalCapabilities(origin_host=host, origin_realm=REALM, acct_application_ids=frozenset({3}))


def state_of(session: AccountingSession) -> AcctState:
    return session.state  # through a call: mypy does not narrow it


def run(main: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(asyncio.wait_for(main(), 60))


async def server_node(store: MemoryStore | SqliteStore, **kw: object) -> tuple[Node, AccountingServer, int]:
    node = Node(caps("acct.example.com"))
    server = AccountingServer(node, store, **kw)  # type: ignore[arg-type]
    port = await node.listen("127.0.0.1", 0)
    return node, server, port


def test_a_session_start_interim_stop_is_answered_and_kept_once() -> None:
    async def main() -> None:
        received = MemoryStore()
        snode, server, port = await server_node(received, interim_interval=1)
        cnode = Node(caps("pgw.example.com"))
        await cnode.connect("127.0.0.1", port)
        client = AccountingClient(cnode, destination_realm=REALM, interim_interval=60)
        s = client.session(user_name="alice")
        await s.start()
        assert state_of(s) is AcctState.OPEN and s.machine.interim_interval == 1  # the server's
        await asyncio.sleep(1.3)  # one interim record
        await s.stop()
        assert state_of(s) is AcctState.IDLE and client.sessions == {}
        kinds = [(n, t) for sid, n, t in received.received() if sid == s.session_id]
        assert kinds[0] == (0, AccountingRecordType.START_RECORD)
        assert kinds[-1] == (len(kinds) - 1, AccountingRecordType.STOP_RECORD)
        assert [t for _, t in kinds[1:-1]] == [AccountingRecordType.INTERIM_RECORD] * (len(kinds) - 2)
        assert len(kinds) >= 3 and len(client.store) == 0 and client.delivered == len(kinds)
        assert server.duplicates == 0 and server.sessions == {}
        await client.close()
        await cnode.close()
        await snode.close()

    run(main)


def test_records_made_with_no_server_are_stored_then_delivered_once_when_it_comes(tmp_path: Path) -> None:
    async def main() -> None:
        store = SqliteStore(tmp_path / "client.db")
        cnode = Node(caps("pgw.example.com"), tc=1.0)
        client = AccountingClient(cnode, destination_realm=REALM, store=store, resend_interval=0.2)
        sessions = [client.session() for _ in range(5)]
        for s in sessions:
            await s.start()
            assert state_of(s) is AcctState.OPEN and s.disconnected is None  # granted, GRANT_AND_STORE
            await s.stop()
        assert len(store) == 10 and client.stored == 10
        received = SqliteStore(tmp_path / "server.db")
        snode, server, port = await server_node(received)
        await cnode.connect("127.0.0.1", port)
        assert await client.flush(20) == 0
        got = sorted((sid, n) for sid, n, _ in received.received())
        assert got == sorted((s.session_id, n) for s in sessions for n in (0, 1))
        assert server.duplicates == 0
        await client.close()
        await cnode.close()
        await snode.close()
        store.close()
        received.close()

    run(main)


def test_a_record_received_again_is_answered_and_kept_once() -> None:
    async def main() -> None:
        received = MemoryStore()
        snode, server, port = await server_node(received)
        cnode = Node(caps("pgw.example.com"))
        await cnode.connect("127.0.0.1", port)
        client = AccountingClient(cnode, destination_realm=REALM)
        s = client.session()
        await s.event()
        # the same record once more, as a client does after a failure (T flag)
        again = client._build(s, RecordType.EVENT_RECORD, 0, {})
        from diameter.schema import evolve

        answer = await cnode.request(evolve(again, retransmit=True))  # type: ignore[arg-type]
        assert getattr(answer, "result_code", None) == 2001
        assert server.duplicates == 1 and len(received.received()) == 1
        await cnode.close()
        await snode.close()

    run(main)


@pytest.mark.parametrize("realtime", [Realtime.DELIVER_AND_GRANT, Realtime.GRANT_AND_LOSE])
def test_realtime_decides_what_an_undelivered_record_means(realtime: Realtime) -> None:
    async def main() -> None:
        cnode = Node(caps("pgw.example.com"))
        client = AccountingClient(cnode, destination_realm=REALM, realtime=realtime)
        s = client.session()
        await s.start()
        if realtime is Realtime.DELIVER_AND_GRANT:
            assert s.disconnected is not None and state_of(s) is AcctState.IDLE
        else:
            assert s.disconnected is None and state_of(s) is AcctState.OPEN
        assert len(client.store) == 0 and client.lost == 1
        await client.close()
        await cnode.close()

    run(main)


def test_a_full_store_has_no_buffer_space() -> None:
    async def main() -> None:
        cnode = Node(caps("pgw.example.com"))
        client = AccountingClient(cnode, destination_realm=REALM, store=MemoryStore(capacity=1))
        first, second = client.session(), client.session()
        await first.start()
        assert state_of(first) is AcctState.OPEN and len(client.store) == 1
        await second.start()  # no room: not GRANT_AND_LOSE, so the user is disconnected
        assert second.disconnected is not None and state_of(second) is AcctState.IDLE
        with pytest.raises(StoreFull):
            client.store.add("x", 0, b"")
        await client.close()
        await cnode.close()

    run(main)


def test_the_sqlite_store_keeps_records_across_opening_it_again(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    a = SqliteStore(path, capacity=3)
    ids = [a.add("s;1", n, bytes([n])) for n in range(3)]
    with pytest.raises(StoreFull):
        a.add("s;1", 3, b"")
    a.attempted(ids[1])
    a.delete(ids[0])
    assert a.receive("h", "s;1", 0, 2, b"x") and not a.receive("h", "s;1", 0, 2, b"x")
    a.close()
    b = SqliteStore(path, synchronous="NORMAL")
    assert [(r.number, r.data, r.attempts) for r in b.pending()] == [(1, b"\x01", 1), (2, b"\x02", 0)]
    assert len(b) == 2 and [r.number for r in b] == [1, 2]
    assert b.received() == [("s;1", 0, 2)]
    b.close()


def test_a_session_without_records_for_its_supervision_time_is_ended_by_the_server() -> None:
    async def main() -> None:
        received = MemoryStore()
        snode, server, port = await server_node(received, supervision=0.5)
        cnode = Node(caps("pgw.example.com"))
        await cnode.connect("127.0.0.1", port)
        client = AccountingClient(cnode, destination_realm=REALM)
        quiet = client.session()
        await quiet.start()
        assert set(server.sessions) == {quiet.session_id}
        await asyncio.sleep(1.2)
        other = client.session()
        await other.start()  # the next record looks at the timers
        assert set(server.sessions) == {other.session_id} and server.expired == 1
        await client.close()
        await cnode.close()
        await snode.close()

    run(main)


def test_a_record_of_no_known_type_is_answered_invalid_avp_value_and_not_kept() -> None:
    from diameter.apps.base import AccountingAnswer, AccountingRequest

    async def main() -> None:
        received = MemoryStore()
        snode, server, port = await server_node(received)
        cnode = Node(caps("pgw.example.com"))
        await cnode.connect("127.0.0.1", port)
        answer = await cnode.request(
            AccountingRequest(
                session_id="pgw;odd",
                origin_host="pgw.example.com",
                origin_realm=REALM,
                destination_realm=REALM,
                accounting_record_type=99,
                accounting_record_number=0,
                acct_application_id=3,
            )
        )
        assert isinstance(answer, AccountingAnswer) and answer.result_code == 5004
        assert answer.failed_avp is not None and [(a.code, a.data) for a in answer.failed_avp.avps] == [
            (480, (99).to_bytes(4, "big"))
        ]
        assert received.received() == [] and server.sessions == {}
        await cnode.close()
        await snode.close()

    run(main)
