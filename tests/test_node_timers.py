"""The node's timers on virtual time (tests/vclock.py): the watchdog (RFC 3539 §3.4.1), request
timeouts, Tc (RFC 6733 §2.1, §5.6.1) and the reconnection delays, DPR/DPA timeouts.

The peer is a raw socket on loopback (tests/test_node_raw.py) that answers what each test wants
it to, and reads the node's timers from when the node's bytes arrive.
"""

from __future__ import annotations

import asyncio
import time
from itertools import pairwise

import pytest

from diameter.apps.base import (
    DeviceWatchdogRequest,
    DisconnectCause,
    DisconnectPeerAnswer,
    DisconnectPeerRequest,
    ResultCode,
)
from diameter.apps.credit_control import CCA, CCR
from diameter.asyncio import Node, PeerError, RequestTimeout
from diameter.peer import Event, Peer, PeerState
from diameter.watchdog import WatchdogState

import vclock
from test_node_raw import CLIENT, RAW, RawServer, caps, cca, ccr, client_of, now, with_raw_server


def state(peer: Peer) -> PeerState:
    return peer.state  # read through a call, so that mypy does not narrow it between awaits


def watchdog(peer: Peer) -> WatchdogState:
    return peer.watchdog.state


# -- the clock itself ---------------------------------------------------------------------------


def test_the_virtual_clock_jumps_over_sleeps_and_still_waits_for_io() -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        real, virtual = time.monotonic(), loop.time()
        await asyncio.sleep(60)
        assert loop.time() - virtual >= 60
        assert time.monotonic() - real < 0.5

        # bytes on loopback are waited for, not jumped over: the reply comes after the
        # server's 10 s (virtual) pause, long before the reader's 30 s timeout
        async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            data = await reader.readexactly(5)
            await asyncio.sleep(10)
            writer.write(data.upper())

        server = await asyncio.start_server(echo, "127.0.0.1", 0)
        reader, writer = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
        start = loop.time()
        writer.write(b"hello")
        assert await asyncio.wait_for(reader.readexactly(5), 30) == b"HELLO"
        assert 10 <= loop.time() - start < 10.5
        # and a read that gets nothing ends at its timeout
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(reader.read(1), 1000)
        assert time.monotonic() - real < 1.0
        writer.close()
        server.close()

    vclock.run(main(), 2000)


def test_an_error_in_a_loop_callback_fails_the_run() -> None:
    async def main() -> None:
        asyncio.get_running_loop().call_soon(lambda: 1 / 0)
        await asyncio.sleep(0.1)

    with pytest.raises(vclock.LoopErrors, match="ZeroDivisionError"):
        vclock.run(main())


# -- the watchdog -------------------------------------------------------------------------------


def test_watchdog_suspect_then_down_then_the_connection_is_opened_again() -> None:
    """RFC 3539 §3.4.1 with Tw = 6 s (its minimum) and a jitter of ±2 s: after Tw of silence the
    node sends a DWR; no answer within Tw: SUSPECT; none within the next Tw: DOWN, the connection
    is closed. The node opens it again after Tc (RFC 6733 §2.1) and keeps it while DWRs are
    answered."""

    async def t(server: RawServer) -> None:
        node, raw = await client_of(server, tw=6.0, tc=10.0, reconnect=True)
        peer = node.peers[RAW]
        opened = now()
        h, dwr = await raw.recv(timeout=10)
        sent = now()
        assert isinstance(dwr, DeviceWatchdogRequest) and dwr.origin_host == CLIENT
        assert 4 <= sent - opened <= 8

        seen: list[tuple[float, WatchdogState]] = []

        async def watch() -> None:
            while peer.state is not PeerState.CLOSED:
                seen.append((now(), peer.watchdog.state))
                await asyncio.sleep(0.25)

        watcher = asyncio.create_task(watch())
        assert await raw.closed(timeout=20) == b""  # no second DWR while SUSPECT: then closed
        down = now()
        await watcher
        suspect = [at for at, s in seen if s is WatchdogState.SUSPECT]
        assert suspect and 4 <= suspect[0] - sent <= 8.25
        assert 8 <= down - sent <= 16
        assert watchdog(peer) is WatchdogState.DOWN and state(peer) is PeerState.CLOSED

        raw = await server.next(timeout=15)  # opened again after Tc
        assert 10 <= server.accepted[-1] - down < 10.5
        await raw.accept(caps(RAW))
        for _ in range(20):
            if state(peer) is PeerState.I_OPEN:
                break
            await asyncio.sleep(0.05)
        assert state(peer) is PeerState.I_OPEN

        dwrs = 0
        until = now() + 60
        while now() < until:  # 60 s of DWRs, answered: the connection stays up
            try:
                h, dwr = await raw.recv(timeout=until - now())
            except TimeoutError:
                break
            assert isinstance(dwr, DeviceWatchdogRequest)
            raw.answer_dwr(h)
            dwrs += 1
        assert 60 / 8 - 1 <= dwrs <= 60 / 4 + 1
        assert state(peer) is PeerState.I_OPEN and watchdog(peer) is WatchdogState.OKAY
        assert len(server.accepted) == 2
        await node.close()

    with_raw_server(t)


def test_traffic_from_the_peer_keeps_the_watchdog_quiet() -> None:
    """RFC 3539 §3.4.1: any message received resets the watchdog timer: a peer that sends a
    request every 3 s (< Tw - 2 s) never gets a DWR."""

    async def t(server: RawServer) -> None:
        node, raw = await client_of(server, tw=6.0)

        async def on_ccr(req: CCR) -> CCA:
            return cca(req, CLIENT)

        node.handle(CCR, on_ccr)
        for i in range(10):
            await asyncio.sleep(3)
            sent = raw.send(ccr(i))
            h, a = await raw.recv(timeout=2.5)  # (< 3 s: the next request's turn)
            assert (h.hop_by_hop, h.end_to_end) == sent and isinstance(a, CCA)
        assert node.peers[RAW].dwa_received == 0
        await node.close()

    with_raw_server(t)


# -- requests -----------------------------------------------------------------------------------


def test_a_request_times_out_and_a_late_answer_is_discarded() -> None:
    async def t(server: RawServer) -> None:
        node, raw = await client_of(server)
        assert node.request_timeout == 10.0
        start = now()
        task = asyncio.create_task(node.request(ccr(1, origin=CLIENT)))
        h, req = await raw.recv_skipping_dwr()
        assert isinstance(req, CCR)
        with pytest.raises(RequestTimeout, match=f"no answer from {RAW}"):
            await task
        assert 10.0 <= now() - start < 10.5  # the node's request_timeout
        start = now()
        with pytest.raises(RequestTimeout):
            await node.request(ccr(2, origin=CLIENT), timeout=3.0)  # a request's own timeout
        assert 3.0 <= now() - start < 3.5
        h2, _ = await raw.recv_skipping_dwr()
        raw.send(cca(req, RAW), h.hop_by_hop, h.end_to_end)  # too late: nobody waits for it
        raw.send(cca(req, RAW), h2.hop_by_hop, h2.end_to_end)
        task = asyncio.create_task(node.request(ccr(3, origin=CLIENT)))
        h3, req3 = await raw.recv_skipping_dwr()
        assert isinstance(req3, CCR) and req3.cc_request_number == 3
        raw.send(cca(req3, RAW), h3.hop_by_hop, h3.end_to_end)
        answer = await task
        assert isinstance(answer, CCA) and answer.cc_request_number == 3
        assert node.counters[(RAW, "Credit-Control-Answer", 2001)] == 1
        assert node.counters[(RAW, "unmatched answer", "discarded")] == 2  # the late ones
        await node.close()

    with_raw_server(t)


# -- Tc: opening and reopening ----------------------------------------------------------------


def test_a_cer_without_cea_times_out_after_tc() -> None:
    """RFC 6733 §5.6.1: Wait-I-CEA, Timeout: Error, Closed."""

    async def t(server: RawServer) -> None:
        node = Node(caps(CLIENT), tc=10.0)
        start = now()
        task = asyncio.create_task(node.connect("127.0.0.1", server.port, peer_host=RAW))
        raw = await server.next()
        _, cer = await raw.recv()
        assert type(cer).__name__ == "CapabilitiesExchangeRequest"
        assert await raw.closed(timeout=15) == b""
        assert 10 <= now() - start < 10.5
        with pytest.raises(PeerError, match="could not open"):
            await task
        assert node.peers[RAW].state is PeerState.CLOSED
        await node.close()

    with_raw_server(t)


def test_reconnection_delays_double_up_to_8_tc_and_start_again_after_an_open() -> None:
    """The node opens a lost connection again after Tc (RFC 6733 §2.1), then after 2, 4 and 8 Tc
    (at most) while it fails; once it is open again, the next loss waits Tc again."""

    async def t(server: RawServer) -> None:
        node, raw = await client_of(server, tc=10.0, reconnect=True)
        peer = node.peers[RAW]
        raw.close()
        for _ in range(6):  # six attempts: accepted, then closed before the CEA
            raw = await server.next(timeout=100)
            await raw.recv()  # its CER
            raw.close()
        gaps = [round(b - a) for a, b in pairwise(server.accepted)]
        assert gaps == [10, 20, 40, 80, 80, 80]
        raw = await server.next(timeout=100)
        assert round(server.accepted[-1] - server.accepted[-2]) == 80
        await raw.accept(caps(RAW))
        while peer.state is not PeerState.I_OPEN:
            await asyncio.sleep(0.05)
        raw.close()
        raw = await server.next(timeout=100)
        assert round(server.accepted[-1] - server.accepted[-2]) == 10
        await raw.accept(caps(RAW))
        await node.close()

    with_raw_server(t, timeout=1000)


@pytest.mark.parametrize(
    "cause, delay",
    [
        (DisconnectCause.REBOOTING, 10),
        (DisconnectCause.BUSY, 80),
        (DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU, None),
    ],
)
def test_a_dpr_is_answered_and_its_cause_decides_the_reconnection(cause: DisconnectCause, delay: int | None) -> None:
    """RFC 6733 §5.4: the node answers a DPR with a DPA (same identifiers, 2001); the DPR's
    sender closes the connection. Then (§5.4.3) REBOOTING: the node comes back after Tc;
    BUSY: later (8 Tc here); DO_NOT_WANT_TO_TALK_TO_YOU: not at all."""

    async def t(server: RawServer) -> None:
        node, raw = await client_of(server, tc=10.0, reconnect=True)
        peer = node.peers[RAW]
        sent = raw.send(DisconnectPeerRequest(origin_host=RAW, origin_realm="example.com", disconnect_cause=cause))
        h, dpa = await raw.recv()
        assert (h.hop_by_hop, h.end_to_end) == sent
        assert isinstance(dpa, DisconnectPeerAnswer) and dpa.result_code == ResultCode.DIAMETER_SUCCESS
        assert dpa.origin_host == CLIENT
        assert peer.state is PeerState.CLOSING
        raw.close()
        closed = now()
        if delay is None:
            with pytest.raises(asyncio.TimeoutError):
                await server.next(timeout=200)  # 20 Tc
            assert len(server.accepted) == 1
        else:
            raw = await server.next(timeout=100)
            assert round(server.accepted[-1] - closed) == delay
            await raw.accept(caps(RAW))
        await node.close()

    with_raw_server(t)


def test_a_dpr_sender_that_does_not_close_is_closed_after_tc() -> None:
    """RFC 6733 §5.6.1: after its DPA the node is Closing; the DPR's sender should close the
    connection; if it does not, Timeout: the node closes it after Tc."""

    async def t(server: RawServer) -> None:
        node, raw = await client_of(server, tc=10.0)
        start = now()
        raw.send(
            DisconnectPeerRequest(
                origin_host=RAW, origin_realm="example.com", disconnect_cause=DisconnectCause.REBOOTING
            )
        )
        await raw.recv()
        assert await raw.closed(timeout=20) == b""
        assert 10 <= now() - start < 10.5
        assert node.peers[RAW].state is PeerState.CLOSED
        await node.close()

    with_raw_server(t)


def test_close_sends_a_dpr_and_does_not_wait_long_for_its_dpa() -> None:
    """Node.close(): a DPR with the cause given (RFC 6733 §5.4.1); without a DPA the node does
    not hang: it closes the connection within a second or so."""

    async def t(server: RawServer) -> None:
        node, raw = await client_of(server, tc=10.0)
        start = now()
        closing = asyncio.create_task(node.close(DisconnectCause.BUSY))
        _h, dpr = await raw.recv()
        assert isinstance(dpr, DisconnectPeerRequest) and dpr.disconnect_cause == DisconnectCause.BUSY
        assert dpr.origin_host == CLIENT
        assert await raw.closed(timeout=5) == b""
        await closing
        assert now() - start < 2
        assert node.peers[RAW].state is PeerState.CLOSED

    with_raw_server(t)


def test_a_dpa_ends_close_at_once() -> None:
    async def t(server: RawServer) -> None:
        node, raw = await client_of(server, tc=10.0)
        start = now()
        closing = asyncio.create_task(node.close())
        h, dpr = await raw.recv()
        assert isinstance(dpr, DisconnectPeerRequest) and dpr.disconnect_cause == DisconnectCause.REBOOTING
        await asyncio.sleep(0.05)
        assert not raw.reader.at_eof()  # the node waits for the DPA
        raw.send(
            DisconnectPeerAnswer(result_code=ResultCode.DIAMETER_SUCCESS, origin_host=RAW, origin_realm="example.com"),
            h.hop_by_hop,
            h.end_to_end,
        )
        await closing
        assert now() - start < 0.1
        assert node.peers[RAW].state is PeerState.CLOSED
        assert (PeerState.CLOSING, Event.RCV_DPA, PeerState.CLOSED) in node.peers[RAW].history
        assert await raw.closed() == b""

    with_raw_server(t)


def test_close_cancels_a_reconnection_that_is_due() -> None:
    async def t(server: RawServer) -> None:
        node, raw = await client_of(server, tc=10.0, reconnect=True)
        peer = node.peers[RAW]
        raw.close()
        while state(peer) is not PeerState.CLOSED:
            await asyncio.sleep(0.05)
        await node.close()  # the reconnection was due in Tc
        with pytest.raises(asyncio.TimeoutError):
            await server.next(timeout=100)
        assert len(server.accepted) == 1 and state(peer) is PeerState.CLOSED

    with_raw_server(t)
