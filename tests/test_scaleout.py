"""Scale-out: N of our server nodes behind freeDiameter acting as a Diameter Routing Agent.

The deployment is tests/dra.py's: each server in a process of its own, freeDiameterd (Debian's
freediameterd) connecting to every one of them with rt_load_balance loaded, and our client,
here in the test's process, connected only to freeDiameterd, sending Credit-Control-Requests
with a Destination-Realm (and, once a session has its server, that server as Destination-Host).
Everything is on 127.0.0.1; every test stops what it started by PID.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from diameter.apps.base import ResultCode
from diameter.apps.credit_control import CCA, CCR, CCRequestType
from diameter.asyncio import Node
from diameter.capabilities import LocalCapabilities

import dra
from dra import CLIENT_HOST, CLIENT_REALM, REALM, Deployment, Received, deployment


@pytest.fixture(autouse=True)
def _needs_freediameter() -> Iterator[None]:
    reason = dra.unavailable()
    if reason is not None:
        print(f"SKIPPED test_scaleout: {reason}")
        pytest.skip(reason)
    yield


def client() -> Node:
    return Node(
        LocalCapabilities(
            origin_host=CLIENT_HOST, origin_realm=CLIENT_REALM, auth_application_ids=frozenset({dra.CC_APP})
        ),
        tw=30.0,
        tc=5.0,
    )


def ccr(session: str, kind: CCRequestType, number: int, destination_host: str | None = None) -> CCR:
    return CCR(
        session_id=session,
        origin_host=CLIENT_HOST,
        origin_realm=CLIENT_REALM,
        destination_realm=REALM,
        destination_host=destination_host,
        auth_application_id=dra.CC_APP,
        service_context_id="32251@3gpp.org",
        cc_request_type=kind,
        cc_request_number=number,
    )


def success(answer: object) -> str:
    """The Origin-Host of a DIAMETER_SUCCESS CCA (anything else fails the test)."""
    assert isinstance(answer, CCA) and answer.result_code == ResultCode.DIAMETER_SUCCESS, answer
    return answer.origin_host


async def initial_requests(node: Node, count: int, in_flight: int) -> dict[str, str]:
    """``count`` CCR-I of as many new sessions, ``in_flight`` at a time; session -> the Origin-Host
    of its answer."""
    answered: dict[str, str] = {}
    sessions = [node.session_id() for _ in range(count)]

    async def worker() -> None:
        while sessions:
            session = sessions.pop()
            answer = await node.request(ccr(session, CCRequestType.INITIAL_REQUEST, 0), timeout=5.0)
            answered[session] = success(answer)

    await asyncio.gather(*(worker() for _ in range(in_flight)))
    return answered


def received_once(d: Deployment) -> dict[str, list[Received]]:
    """What each server received; no server received a request twice."""
    out = {s.identity: s.received() for s in d.servers}
    for host, got in out.items():
        keys = Counter((r.session_id, r.request_number) for r in got)
        assert max(keys.values(), default=1) == 1, (host, keys.most_common(3))
    return out


def test_requests_are_balanced_over_the_servers(tmp_path: Path) -> None:
    """300 CCR-I of as many sessions, 16 in flight, through the DRA to 3 servers: each server
    gets at least a fifth of them (a third expected), received once, answered by that server.
    The bound holds whatever the load: between peers of equal score freeDiameter picks at random
    (libfdproto/rt_data.c), and 60 of 300 lies 4.9 standard deviations below a fair draw."""
    with deployment(tmp_path, 3) as d:

        async def main() -> dict[str, str]:
            node = client()
            await node.connect("127.0.0.1", d.dra.port)
            answered = await initial_requests(node, 300, 16)
            await node.close()
            return answered

        answered = asyncio.run(asyncio.wait_for(main(), 60))
        got = received_once(d)
    shares = Counter(answered.values())
    assert set(shares) == {s.identity for s in d.servers} and min(shares.values()) >= 60, shares
    for host, requests in got.items():
        assert {r.session_id for r in requests} == {s for s, h in answered.items() if h == host}
        assert not any(r.retransmit or r.destination_host for r in requests)


def test_rt_load_balance_sends_fewer_requests_to_a_slower_server(tmp_path: Path) -> None:
    """What rt_load_balance adds to the random choice: it lowers each peer's score by the
    base-2 logarithm of its unanswered requests, so a server that answers after 50 ms, holding
    its requests, gets few of 200 CCR-I kept 8 in flight, and one that answers at once most of
    them (without the extension both get about half)."""
    with deployment(tmp_path, 2, delays=(0.0, 0.05)) as d:

        async def main() -> dict[str, str]:
            node = client()
            await node.connect("127.0.0.1", d.dra.port)
            answered = await initial_requests(node, 200, 8)
            await node.close()
            return answered

        answered = asyncio.run(asyncio.wait_for(main(), 60))
    shares = Counter(answered.values())
    fast, slow = (s.identity for s in d.servers)
    assert shares[slow] <= 50 and shares[fast] >= 150, shares


def test_a_session_s_later_requests_stay_on_its_server(tmp_path: Path) -> None:
    """60 sessions, 16 at a time: CCR-I with Destination-Realm only, then CCR-U, CCR-U and CCR-T
    with Destination-Host set to the Origin-Host of the session's first answer. Every request of
    a session reaches that server, under load (freeDiameter scores a Destination-Host peer 100
    and one of the Destination-Realm 15; rt_load_balance takes off at most the logarithm of the
    pending requests), while the sessions spread over both servers."""
    with deployment(tmp_path, 2) as d:

        async def main() -> dict[str, str]:
            node = client()
            await node.connect("127.0.0.1", d.dra.port)
            sessions = [node.session_id() for _ in range(60)]
            home: dict[str, str] = {}

            async def worker() -> None:
                while sessions:
                    session = sessions.pop()
                    first = await node.request(ccr(session, CCRequestType.INITIAL_REQUEST, 0), timeout=5.0)
                    home[session] = success(first)
                    for n, kind in (
                        (1, CCRequestType.UPDATE_REQUEST),
                        (2, CCRequestType.UPDATE_REQUEST),
                        (3, CCRequestType.TERMINATION_REQUEST),
                    ):
                        later = await node.request(ccr(session, kind, n, destination_host=home[session]), timeout=5.0)
                        assert success(later) == home[session]

            await asyncio.gather(*(worker() for _ in range(16)))
            await node.close()
            return home

        home = asyncio.run(asyncio.wait_for(main(), 60))
        got = received_once(d)
    per_server = Counter(home.values())
    assert len(per_server) == 2 and min(per_server.values()) >= 15, per_server
    for host, requests in got.items():
        mine = {s for s, h in home.items() if h == host}
        assert {r.session_id for r in requests} == mine
        assert sorted((r.session_id, r.request_number, r.request_type) for r in requests) == sorted(
            (s, n, t) for s in mine for n, t in ((0, 1), (1, 2), (2, 2), (3, 3))
        )
        for r in requests:
            assert r.destination_host == (None if r.request_number == 0 else host) and not r.retransmit


def test_a_server_killed_under_load_its_pending_requests_fail_over_with_the_t_flag(tmp_path: Path) -> None:
    """Two servers answering after 40 ms; the client starts a CCR-I every 2 ms (300 sessions,
    about 20 in flight), and once server1 has answered 20 of them its process is killed
    (SIGKILL). freeDiameter sees the connection drop, and sends every request server1 had not
    answered to server2 with the T flag set (libfdcore/p_psm.c, peers.c, p_sr.c): every request
    gets a DIAMETER_SUCCESS answer, none times out (5 s), none is answered twice. Then the
    sessions server1 answered send their CCR-T with Destination-Host server1: freeDiameter, which
    routes to a Destination-Host only while it is an open peer, sends them by realm to server2."""
    with deployment(tmp_path, 2, delays=(0.04, 0.04)) as d:
        victim, survivor = d.servers

        async def main() -> tuple[dict[str, str], dict[str, str]]:
            node = client()
            await node.connect("127.0.0.1", d.dra.port)
            answered: dict[str, str] = {}
            killed = False

            async def one(session: str) -> None:
                nonlocal killed
                answer = await node.request(ccr(session, CCRequestType.INITIAL_REQUEST, 0), timeout=5.0)
                answered[session] = success(answer)
                if not killed and sum(h == victim.identity for h in answered.values()) >= 20:
                    killed = True
                    os.kill(victim.pid, signal.SIGKILL)  # its requests still in flight

            tasks = []
            for _ in range(300):
                tasks.append(asyncio.create_task(one(node.session_id())))
                await asyncio.sleep(0.002)
            await asyncio.gather(*tasks)
            assert killed
            # the sessions server1 answered, ended with server1 as their Destination-Host
            ended: dict[str, str] = {}
            for session in [s for s, h in answered.items() if h == victim.identity]:
                answer = await node.request(
                    ccr(session, CCRequestType.TERMINATION_REQUEST, 1, destination_host=victim.identity), timeout=5.0
                )
                ended[session] = success(answer)
            await node.close()
            return answered, ended

        answered, ended = asyncio.run(asyncio.wait_for(main(), 60))
        victim.kill()  # reaped
        got = received_once(d)
    by_victim = {s for s, h in answered.items() if h == victim.identity}
    by_survivor = {s for s, h in answered.items() if h == survivor.identity}
    assert len(answered) == 300 and len(by_victim) >= 20 and len(by_victim) + len(by_survivor) == 300
    initial = [r for r in got[survivor.identity] if r.request_number == 0]
    taken = {r.session_id for r in got[victim.identity]}
    retransmitted = {r.session_id for r in initial if r.retransmit}
    # each session's CCR-I reached server2 once, and only if server1's answer never came back
    assert {r.session_id for r in initial} == by_survivor
    # every request server1 took and never answered reached server2 again, with the T flag; the
    # others with the T flag were sent to server1 but not yet read by it when it was killed
    assert taken - by_victim <= retransmitted, "requests server1 held came to server2 without the T flag"
    assert retransmitted, "no request came to server2 with the T flag"
    assert retransmitted <= by_survivor and not retransmitted & by_victim
    # the CCR-T of server1's sessions, Destination-Host server1, all answered by server2
    assert set(ended) == by_victim and set(ended.values()) == {survivor.identity}
    final = [r for r in got[survivor.identity] if r.request_number == 1]
    assert {r.session_id for r in final} == by_victim
    assert all(r.destination_host == victim.identity and not r.retransmit for r in final)
    print(
        f"server1 answered {len(by_victim)}, took {len(taken)}; server2 received {len(retransmitted)} with the T flag"
    )


def test_the_dra_reconnects_to_a_restarted_server(tmp_path: Path) -> None:
    """Why freeDiameterd connects to the servers (ConnectPeer) rather than they to it: it keeps
    a configured peer through a failure and tries to connect to it again after Tc, give or take
    its jitter (between Tc - 2 s and Tc + 3 s, libfdcore/p_psm.c; Tc is 2 s here), so a server
    killed and started again on its port rejoins the pool by itself, and gets its share of new
    sessions."""
    with deployment(tmp_path, 2) as d:
        first, other = d.servers
        first.kill()
        again = dra.ServerProcess(tmp_path / "again", first.identity, port=first.port)
        try:
            again.wait_listening(30)
            deadline = time.monotonic() + 15
            while not again.is_open() and time.monotonic() < deadline:
                time.sleep(0.05)
            assert again.is_open(), "freeDiameterd did not reconnect to the restarted server within 15 s"

            async def main() -> dict[str, str]:
                node = client()
                await node.connect("127.0.0.1", d.dra.port)
                answered = await initial_requests(node, 100, 8)
                await node.close()
                return answered

            shares = Counter(asyncio.run(asyncio.wait_for(main(), 60)).values())
        finally:
            again.stop()
    assert shares[first.identity] >= 20 and shares[other.identity] >= 20, shares
