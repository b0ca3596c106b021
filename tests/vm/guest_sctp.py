"""Runs in the SCTP VM (tests/test_sctp_vm.py boots it), never on the host: its name does not
start with test_, so pytest collects it only when given it by name.

Our nodes over real SCTP associations: CER/CEA, DWR/DWA, requests and answers on streams chosen
by Session-Id, DPR/DPA; multi-homing (two addresses on each side, listed in CER and CEA);
PPID 46 on every message, seen by the receiver and on the wire (a capture of the loopback
interface read back by diameter.capture); IPv6 and both families in one association; the number
of streams negotiated; a peer URI with ;transport=sctp; a message larger than one read; the
election, failover and reconnection; the watchdog (SUSPECT, then closed); and freeDiameter
over SCTP.

Python is emulated here (several times slower than on the host): every wait is bounded, and
generously.
"""

from __future__ import annotations

import asyncio
import io
import shutil
import socket
import struct
import subprocess
import sys
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from ipaddress import IPv4Address, IPv6Address
from pathlib import Path

import pytest

import diameter
from diameter.apps.base import AnswerMessage, DisconnectCause, ResultCode
from diameter.apps.credit_control import CCA, CCR, CCRequestType
from diameter.asyncio import Node
from diameter.asyncio.sctp import BASE_COMMANDS, PPID_DIAMETER, SctpTransport, Seen, session_stream
from diameter.capabilities import LocalCapabilities
from diameter.capture import read_capture
from diameter.peer import Event, Peer, PeerState

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_freediameter import FreeDiameter
from vclock import VirtualClockLoop

WAIT = 60.0  # seconds for each test, at most
CCR_CODE = 272


def node(host: str, *, sctp_streams: int = 16, tc: float = 30.0, tw: float = 30.0) -> Node:
    return Node(
        LocalCapabilities(origin_host=host, origin_realm="example.com", auth_application_ids=frozenset({4})),
        request_timeout=20.0,
        sctp_streams=sctp_streams,
        tc=tc,
        tw=tw,
    )


def ccr(session: str, n: int = 0, *, big: int = 0) -> CCR:
    extra = (diameter.Avp(99999, bytes(big), 0, 0),) if big else ()
    return CCR(
        session_id=session,
        origin_host="client.example.com",
        origin_realm="example.com",
        destination_realm="example.com",
        auth_application_id=4,
        service_context_id="32251@3gpp.org",
        cc_request_type=CCRequestType.EVENT_REQUEST,
        cc_request_number=n,
        avps=extra,
    )


def answerer(
    host: str, delay: float = 0.0, seen: list[tuple[str, bool]] | None = None
) -> Callable[[CCR], Awaitable[CCA]]:
    async def answer(req: CCR) -> CCA:
        if seen is not None:
            seen.append((host, req.retransmit))
        await asyncio.sleep(delay)
        return CCA(
            session_id=req.session_id,
            result_code=ResultCode.DIAMETER_SUCCESS,
            origin_host=host,
            origin_realm="example.com",
            auth_application_id=4,
            cc_request_type=req.cc_request_type,
            cc_request_number=req.cc_request_number,
        )

    return answer


def only_transport(n: Node) -> SctpTransport:
    [t] = [c.transport for c in n._conns.values()]
    assert isinstance(t, SctpTransport)
    return t


def state(peer: Peer) -> PeerState:
    return peer.state  # read through a call, so that mypy does not narrow it between awaits


async def until(check: Callable[[], bool], seconds: float = 20.0) -> None:
    for _ in range(int(seconds * 20)):
        if check():
            return
        await asyncio.sleep(0.05)


def run(main: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(asyncio.wait_for(main(), WAIT))


class Loopback:
    """A capture of the loopback interface (AF_PACKET; the guest runs as root), as pcap bytes."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0003))  # ETH_P_ALL
        # SO_RCVBUFFORCE (33): more than net.core.rmem_max, so that no frame is dropped;
        # PACKET_IGNORE_OUTGOING (SOL_PACKET 263, 23): each packet once, as it comes in
        self.sock.setsockopt(socket.SOL_SOCKET, 33, 1 << 24)
        self.sock.setsockopt(263, 23, 1)
        self.sock.bind(("lo", 0))
        self.sock.setblocking(False)

    def pcap(self) -> bytes:
        out = [struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 1 << 18, 1)]  # Ethernet
        while True:
            try:
                frame = self.sock.recv(1 << 18)  # whole frames: the loopback's MTU is 65536
            except BlockingIOError:
                break
            out.append(struct.pack("<IIII", 0, 0, len(frame), len(frame)) + frame)
        self.sock.close()
        return b"".join(out)


def distinct_stream_sessions(client: Node, count: int, streams: int) -> list[str]:
    """Session-Ids of ``client`` whose requests go on ``count`` different streams."""
    chosen: dict[int, str] = {}
    while len(chosen) < count:
        sid = client.session_id()
        chosen.setdefault(session_stream(sid.encode(), streams), sid)
    return list(chosen.values())


def test_two_nodes_multihomed_with_streams_and_ppid_46() -> None:
    async def main() -> None:
        server, client = node("server.example.com"), node("client.example.com")
        server.handle(CCR, answerer("server.example.com"))
        capture = Loopback()
        port = await server.listen(["127.0.0.1", "127.0.0.2"], 0, transport="sctp")
        peer = await client.connect(
            ["127.0.0.1", "127.0.0.2"],
            port,
            transport="sctp",
            peer_host="server.example.com",
            local_addresses=["127.0.0.1", "127.0.0.2"],
        )
        assert state(peer) is PeerState.I_OPEN
        ct, st = only_transport(client), only_transport(server)
        both = [IPv4Address("127.0.0.1"), IPv4Address("127.0.0.2")]
        # multi-homing: one association over both addresses of each side ...
        assert sorted(a for a, _ in ct.peer_addresses()) == ["127.0.0.1", "127.0.0.2"]
        assert sorted(a for a, _ in st.peer_addresses()) == ["127.0.0.1", "127.0.0.2"]
        assert {p for _, p in ct.peer_addresses()} == {port}
        # ... each listed as Host-IP-Address: in the client's CER and in the server's CEA
        assert peer.agreement is not None and sorted(peer.agreement.peer_addresses) == both
        theirs = server.peers["client.example.com"].agreement
        assert theirs is not None and sorted(theirs.peer_addresses) == both
        assert ct.get_extra_info("sctp_streams") == (16, 16) == st.get_extra_info("sctp_streams")
        # requests of three sessions, three each: one stream per session, in order
        sessions = distinct_stream_sessions(client, 3, 16)
        answers = await asyncio.gather(*(client.request(ccr(sid, n)) for n in range(3) for sid in sessions))
        assert all(isinstance(a, CCA) and a.result_code == ResultCode.DIAMETER_SUCCESS for a in answers)
        for sid in sessions:
            stream = session_stream(sid.encode(), 16)
            assert stream != 0
            assert st.received[Seen(stream, PPID_DIAMETER, CCR_CODE, True)] == 3  # the requests
            assert ct.received[Seen(stream, PPID_DIAMETER, CCR_CODE, False)] == 3  # their answers
        assert await client.probe() < 10  # DWR/DWA
        # a message larger than one read (65536 bytes) comes in parts, and whole to the node
        big = await client.request(ccr(sessions[0], 9, big=150_000))
        assert isinstance(big, CCA) and big.cc_request_number == 9
        assert st.received[Seen(session_stream(sessions[0].encode(), 16), PPID_DIAMETER, CCR_CODE, True)] == 4
        server_side = server.peers["client.example.com"]
        await client.close()  # DPR/DPA
        await until(lambda: state(server_side) is PeerState.CLOSED)
        assert state(peer) is PeerState.CLOSED and (PeerState.CLOSING, Event.RCV_DPA, PeerState.CLOSED) in peer.history
        assert state(server_side) is PeerState.CLOSED and "client.example.com" not in server.peers
        # the base protocol on stream 0, both ways: CER/CEA, DWR/DWA, DPR/DPA
        for code in BASE_COMMANDS:
            assert ct.sent[Seen(0, PPID_DIAMETER, code, True)] == 1 == st.received[Seen(0, PPID_DIAMETER, code, True)]
            assert st.sent[Seen(0, PPID_DIAMETER, code, False)] == 1 == ct.received[Seen(0, PPID_DIAMETER, code, False)]
        seen = ct.received + st.received
        assert all(k.stream == 0 for k in seen if k.command_code in BASE_COMMANDS)
        assert {k.ppid for k in seen} == {PPID_DIAMETER}  # as the receivers got them
        assert sum(seen.values()) == sum((ct.sent + st.sent).values()) == 2 * (3 + 9 + 1)
        await server.close()
        # on the wire: every message in a DATA chunk whose PPID is 46 (the capture reader takes
        # SCTP by PPID 46 only, the port being no 3868), the large one in several chunks
        wire = [m for m in read_capture(io.BytesIO(capture.pcap())) if m.transport == "sctp"]
        # (a DATA chunk sent again, its SACK late on the emulated VM, is one message)
        wire = list({m.data: m for m in wire}.values())  # (sent again on the other path, too)
        # (the large one too: the capture reader reassembles it from its chunks)
        assert len(wire) == sum(seen.values())
        assert Counter(diameter.header_of(diameter.decode(m.data)).command_code for m in wire) == Counter(
            {257: 2, 280: 2, 282: 2, CCR_CODE: 20}
        )

    run(main)


def test_ipv6_both_families_fewer_streams_and_a_peer_uri() -> None:
    async def main() -> None:
        server = node("server.example.com", sctp_streams=5)
        server.handle(CCR, answerer("server.example.com"))
        port = await server.listen(["::1", "127.0.0.1"], 0, transport="sctp")
        v6 = node("v6.example.com")
        peer = await v6.connect("::1", port, transport="sctp", peer_host="server.example.com")
        assert peer.agreement is not None and IPv6Address("::1") in peer.agreement.peer_addresses
        t = only_transport(v6)
        assert t.peer_addresses()[0][0] == "::1" or ("::1", port) in t.peer_addresses()
        assert t.get_extra_info("sctp_streams") == (5, 5)  # the smaller number of each side
        sessions = distinct_stream_sessions(v6, 4, 5)
        answers = await asyncio.gather(*(v6.request(ccr(sid)) for sid in sessions))
        assert all(isinstance(a, CCA) for a in answers)
        assert {k.stream for k in t.sent if k.command_code == CCR_CODE} == {1, 2, 3, 4}
        # both families: IPv6 and IPv4 paths in one association
        mixed = node("mixed.example.com")
        await mixed.connect(
            ["::1", "127.0.0.1"],
            port,
            transport="sctp",
            peer_host="server.example.com",
            local_addresses=["::1", "127.0.0.1"],
        )
        m = only_transport(mixed)
        assert {a for a, _ in m.peer_addresses()} == {"::1", "127.0.0.1"}
        agreement = server.peers["mixed.example.com"].agreement
        assert agreement is not None and set(agreement.peer_addresses) == {IPv6Address("::1"), IPv4Address("127.0.0.1")}
        assert isinstance(await mixed.request(ccr("mixed.example.com;1;1")), CCA)
        # a peer URI with ;transport=sctp: an association to every address of its host
        named = node("localhost")
        named_port = await named.listen("127.0.0.1", 0, transport="sctp")
        by_uri = node("uri.example.com")
        uri_peer = await by_uri.connect_uri(f"aaa://localhost:{named_port};transport=sctp")
        assert state(uri_peer) is PeerState.I_OPEN and isinstance(only_transport(by_uri), SctpTransport)
        for n in (v6, mixed, by_uri, server, named):
            await n.close()

    run(main)


def test_election_failover_and_reconnection_over_sctp() -> None:
    async def main() -> None:
        # the election (RFC 6733 §5.6.4): both connect at once, one association stays
        a, b = node("a.example.com"), node("b.example.com")
        pa, pb = await a.listen("127.0.0.1", 0, transport="sctp"), await b.listen("127.0.0.1", 0, transport="sctp")
        peer_a, peer_b = await asyncio.gather(
            a.connect("127.0.0.1", pb, peer_host="b.example.com", transport="sctp", reconnect=False),
            b.connect("127.0.0.1", pa, peer_host="a.example.com", transport="sctp", reconnect=False),
        )
        await until(lambda: len(a._conns) == 1 and len(b._conns) == 1)
        assert state(peer_b) is PeerState.R_OPEN and state(peer_a) is PeerState.I_OPEN
        b.handle(CCR, answerer("b.example.com"))
        assert isinstance(await a.request(ccr("a;1;1")), CCA)
        await a.close()
        await b.close()

        # failover (RFC 6733 §5.5.4): a request pending on an association that is aborted goes
        # to the other peer, with the T flag
        seen: list[tuple[str, bool]] = []
        s1, s2, client = node("s1.example.com"), node("s2.example.com"), node("client.example.com")
        s1.handle(CCR, answerer("s1.example.com", 30.0, seen))
        s2.handle(CCR, answerer("s2.example.com", 0.0, seen))
        p1, p2 = await s1.listen("127.0.0.1", 0, transport="sctp"), await s2.listen("127.0.0.1", 0, transport="sctp")
        await client.connect("127.0.0.1", p1, peer_host="s1.example.com", transport="sctp", reconnect=False)
        await client.connect("127.0.0.1", p2, peer_host="s2.example.com", transport="sctp", reconnect=False)
        pending = asyncio.create_task(client.request(ccr("client;1;9"), peer="s1.example.com", timeout=30.0))
        await until(lambda: bool(seen))
        only_transport(s1).abort()  # ABORT: the association to s1 fails with the request pending
        answer = await pending
        assert isinstance(answer, CCA) and answer.origin_host == "s2.example.com"
        assert seen == [("s1.example.com", False), ("s2.example.com", True)]
        await client.close()
        await s1.close()
        await s2.close()

        # reconnection: after the server's DPR (REBOOTING), the client associates again after Tc
        server = node("server.example.com")
        client = node("client.example.com", tc=1.0)
        port = await server.listen("127.0.0.1", 0, transport="sctp")
        peer = await client.connect("127.0.0.1", port, peer_host="server.example.com", transport="sctp")
        await server.disconnect("client.example.com", DisconnectCause.REBOOTING)
        await until(lambda: sum(1 for h in peer.history if h[1] is Event.I_RCV_CEA) == 2)
        assert sum(1 for h in peer.history if h[1] is Event.I_RCV_CEA) == 2 and state(peer) is PeerState.I_OPEN
        await client.close()
        await server.close()

    run(main)


def test_watchdog_over_sctp_suspect_then_closed() -> None:
    from diameter.watchdog import WatchdogState

    async def main() -> None:
        # RFC 3539 over an association: the server stops reading, so DWRs go unanswered: the
        # client's watchdog goes SUSPECT after Tw (6 s, the least allowed), then closes
        server, client = node("server.example.com"), node("client.example.com", tw=6.0)
        port = await server.listen("127.0.0.1", 0, transport="sctp")
        peer = await client.connect(
            "127.0.0.1", port, peer_host="server.example.com", transport="sctp", reconnect=False
        )
        only_transport(server).pause_reading()
        states: set[WatchdogState] = set()
        for _ in range(60):  # a look every virtual second: SUSPECT lasts one Tw (6 s ± 2 s)
            states.add(peer.watchdog.state)
            if state(peer) is PeerState.CLOSED:
                break
            await asyncio.sleep(1.0)
        assert WatchdogState.SUSPECT in states and state(peer) is PeerState.CLOSED
        assert not client._conns  # the association is gone
        await client.close()
        await server.close()

    # On virtual time (tests/vclock.py): the two Tw intervals pass without waiting for them. The
    # loop waits up to 50 ms of real time for the association's own packets before it jumps
    # (the guest's kernel is emulated, and slow).
    with asyncio.Runner(loop_factory=lambda: VirtualClockLoop(slice=0.05)) as runner:
        runner.run(asyncio.wait_for(main(), WAIT))


FD_ADDRESSES = ("192.0.2.1", "192.0.2.2")  # TEST-NET-1 (RFC 5737), on the guest's loopback


@pytest.fixture
def fd(tmp_path: Path) -> Iterator[FreeDiameter]:
    """freeDiameter with SCTP, multi-homed on two addresses that are not loopback ones (it leaves
    those out of ListenOn, and over SCTP it needs the addresses it listens on)."""
    if shutil.which("freeDiameterd") is None:
        pytest.skip("freeDiameterd is not installed")
    # iproute2's ip, or busybox's (the VM needs busybox-static)
    found = shutil.which("ip", path="/usr/sbin:/sbin:/usr/bin:/bin")
    ip = [found] if found is not None else ["busybox", "ip"]
    for address in FD_ADDRESSES:
        subprocess.run([*ip, "address", "add", f"{address}/32", "dev", "lo"], check=True, timeout=30)
    server = FreeDiameter(tmp_path, 6, sctp=True, listen=FD_ADDRESSES)
    try:
        yield server
    finally:
        server.stop()
        for address in FD_ADDRESSES:
            subprocess.run([*ip, "address", "del", f"{address}/32", "dev", "lo"], check=False, timeout=30)


def test_freediameter_over_sctp(fd: FreeDiameter) -> None:
    async def main() -> None:
        client = node("client.example.com", tw=30.0)
        peer = await client.connect(list(FD_ADDRESSES), fd.port, transport="sctp", reconnect=False)
        assert state(peer) is PeerState.I_OPEN and peer.agreement is not None
        assert peer.agreement.peer_host == "fd.example.com"
        t = only_transport(client)
        # one association over both of its addresses, both in its CEA; ours all in our CER
        assert sorted(a for a, _ in t.peer_addresses()) == list(FD_ADDRESSES)
        assert sorted(map(str, peer.agreement.peer_addresses)) == list(FD_ADDRESSES)
        assert set(t.local_ip_addresses()) >= {IPv4Address(a) for a in FD_ADDRESSES}
        assert await client.probe() < 10  # our DWR, its DWA
        answer = await client.request(ccr("client.example.com;5;1"))  # a realm it cannot route to
        assert isinstance(answer, AnswerMessage) and answer.result_code == ResultCode.DIAMETER_UNABLE_TO_DELIVER
        await until(lambda: any(h[1] is Event.RCV_DWR for h in peer.history), 20)  # its DWR (Tw 6 s)
        assert any(h[1] is Event.RCV_DWR for h in peer.history)
        await client.close()  # our DPR, its DPA
        assert state(peer) is PeerState.CLOSED
        assert (PeerState.CLOSING, Event.RCV_DPA, PeerState.CLOSED) in peer.history
        print(f"freeDiameter over SCTP: streams {t.get_extra_info('sctp_streams')}, received {dict(t.received)}")
        # we send PPID 46 on every message; freeDiameter 1.2.1 sets none (0), which we accept
        assert {k.ppid for k in t.sent} == {PPID_DIAMETER} and {k.ppid for k in t.received} <= {0, PPID_DIAMETER}
        assert [k.stream for k in t.received if k.command_code == 257] == [0]  # its CEA, on stream 0
        assert all(k.stream == 0 for k in t.sent if k.command_code in BASE_COMMANDS and k.request)

    run(main)
