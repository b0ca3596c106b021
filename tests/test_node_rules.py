"""RFC 6733's error rules and the node's limits, over loopback, against raw peers: each hostile
or broken peer is tried while a well-behaved one (the bystander) keeps being served.

On the virtual clock of tests/vclock.py.
"""

from __future__ import annotations

import asyncio
import socket
import struct
from collections.abc import Awaitable, Callable

import pytest

import diameter
from diameter import Avp
from diameter.apps.base import (
    AnswerMessage,
    CapabilitiesExchangeAnswer,
    ResultCode,
)
from diameter.apps.credit_control import CCA, CCR
from diameter.asyncio import Limits, Node
from diameter.capabilities import LocalCapabilities
from diameter.converter import DEFAULT_CONVERTER, Converter
from diameter.peer import PeerState
from diameter.wire import AVP_M, FLAG_E, FLAG_R, encode_avps, iter_avps, peek_header

import vclock
from test_node_raw import RAW, SERVER, Raw, answer_ccr, caps, ccr, now, open_raw

BYSTANDER = "bystander.example.com"


Test = Callable[[Node, int, Raw], Awaitable[None]]


def serve_with(
    test: Test,
    *,
    local: LocalCapabilities | None = None,
    limits: Limits | None = None,
    converter: Converter | None = None,
    timeout: float = 300,
) -> None:
    """Run ``test(node, port, bystander)``: a node listening on loopback with a CCR handler, and
    a well-behaved raw peer already open on it, which must still be served when the test ends."""

    async def main() -> None:
        node = Node(local or caps(SERVER), tw=30.0, tc=10.0, request_timeout=10.0, limits=limits, converter=converter)
        node.handle(CCR, answer_ccr)
        port = await node.listen("127.0.0.1", 0)
        bystander = await open_raw(port, caps(BYSTANDER))
        try:
            await test(node, port, bystander)
            # the bystander is still served
            sent = bystander.send(ccr(99, origin=BYSTANDER))
            h, a = await bystander.recv_skipping_dwr()
            assert (h.hop_by_hop, h.end_to_end) == sent
            assert isinstance(a, CCA) and a.result_code == ResultCode.DIAMETER_SUCCESS
        finally:
            bystander.close()
            await node.close()

    vclock.run(main(), timeout)


def avps_of(raw: bytes) -> dict[int, list[Avp]]:
    out: dict[int, list[Avp]] = {}
    for _, a in iter_avps(raw, 20):
        out.setdefault(a.code, []).append(a)
    return out


def result_code(raw: bytes) -> int:
    return int.from_bytes(avps_of(raw)[268][0].data, "big")


def with_avps(msg: bytes, avps: list[Avp]) -> bytes:
    """``msg`` (a whole message) with its AVPs replaced by ``avps``."""
    body = encode_avps(avps)
    return struct.pack("!I", 0x01000000 | (20 + len(body))) + msg[4:20] + body


# -- the order of the checks --------------------------------------------------------------------


def test_an_unagreed_application_comes_before_the_command_and_the_decoding() -> None:
    """RFC 6733 §6.1 / §7.1.3: a request of an application the peer did not agree on gets
    DIAMETER_APPLICATION_UNSUPPORTED (3007) whatever else is wrong with it: an unknown command
    code of that application, or an S6a ULR missing required AVPs."""

    async def t(node: Node, port: int, bystander: Raw) -> None:
        raw = await open_raw(port)
        unknown = diameter.GenericMessage(
            command_code=8388000,
            application_id=16777251,
            request=True,
            avps=(Avp(263, f"{RAW};9;1".encode(), 0, AVP_M),),
        )
        sent = raw.send(unknown)
        h, a = await raw.recv()
        assert (h.hop_by_hop, h.end_to_end) == sent and h.flags & FLAG_E
        assert isinstance(a, AnswerMessage) and a.result_code == ResultCode.DIAMETER_APPLICATION_UNSUPPORTED
        assert a.session_id == f"{RAW};9;1"
        # an S6a ULR (316, application 16777251) with a Session-Id only: it would be 5005 if decoded
        ulr = diameter.GenericMessage(
            command_code=316,
            application_id=16777251,
            request=True,
            proxiable=True,
            avps=(Avp(263, f"{RAW};9;2".encode(), 0, AVP_M),),
        )
        sent = raw.send(ulr)
        h, a = await raw.recv()
        assert (h.hop_by_hop, h.end_to_end) == sent and h.flags & FLAG_E and h.command_code == 316
        assert isinstance(a, AnswerMessage) and a.result_code == ResultCode.DIAMETER_APPLICATION_UNSUPPORTED
        assert a.session_id == f"{RAW};9;2"
        # the base application's own commands need no agreement: an unknown one is 3001
        base = diameter.GenericMessage(command_code=8388001, application_id=0, request=True, avps=())
        raw.send(base)
        _, a = await raw.recv()
        assert isinstance(a, AnswerMessage) and a.result_code == ResultCode.DIAMETER_COMMAND_UNSUPPORTED

    serve_with(t)


def _ccr_avps(n: int) -> list[Avp]:
    return [a for _, a in iter_avps(diameter.encode(ccr(n), hop_by_hop=1, end_to_end=1), 20)]


def _bad_ccr(case: str, n: int) -> bytes:
    """A CCR (Session-Id ``raw.example.com;1;n``) made invalid in one way."""
    good = diameter.encode(ccr(n), hop_by_hop=0x100 + n, end_to_end=0x200 + n)
    avps = _ccr_avps(n)
    if case == "5001":  # an AVP with the M bit no dictionary knows
        return with_avps(good, avps + [Avp(0xFFFF01, b"\x00\x00\x00\x01", 0, AVP_M)])
    if case == "5004":  # Service-Context-Id (a UTF8String) that is not UTF-8
        return with_avps(good, [Avp(461, b"\xff\xfe", 0, AVP_M) if a.code == 461 else a for a in avps])
    if case == "5005":  # CC-Request-Number missing
        return with_avps(good, [a for a in avps if a.code != 415])
    if case == "5009":  # CC-Request-Number twice
        return with_avps(good, avps + [a for a in avps if a.code == 415])
    if case == "5014":  # CC-Request-Number (an Unsigned32) with 3 bytes of data
        number = next(a for a in avps if a.code == 415)
        body = b"".join(a.encode() for a in avps if a.code != 415)
        odd = struct.pack("!II", 415, (AVP_M << 24) | 11) + number.data[1:] + b"\x00"
        return struct.pack("!I", 0x01000000 | (20 + len(body) + 12)) + good[4:20] + body + odd
    raise AssertionError(case)


@pytest.mark.parametrize(
    "case, failed", [("5001", 0xFFFF01), ("5004", 461), ("5005", 415), ("5009", 415), ("5014", 415)]
)
def test_permanent_failures_are_the_commands_own_answer_without_the_e_bit(case: str, failed: int) -> None:
    """RFC 6733 §7.2: the E bit is for protocol errors (3xxx) only. A request that fails to
    decode with a permanent failure (5xxx) is answered in its command's own answer (a CCA,
    E clear) with the Result-Code, the Session-Id (§6.2), Failed-AVP naming the AVP (§7.5),
    and the CCA's required AVPs the request carries (Auth-Application-Id, CC-Request-Type,
    CC-Request-Number when it is not the culprit)."""

    async def t(node: Node, port: int, bystander: Raw) -> None:
        raw = await open_raw(port)
        bad = _bad_ccr(case, 7)
        raw.write(bad)
        answer = await raw.frame()
        h = peek_header(answer)
        assert (h.command_code, h.application_id, h.hop_by_hop, h.end_to_end) == (272, 4, 0x107, 0x207)
        assert not h.flags & FLAG_E and not h.flags & FLAG_R
        avps = avps_of(answer)
        assert result_code(answer) == int(case)
        assert [a.data for a in avps[263]] == [f"{RAW};1;7".encode()]
        assert next(iter_avps(answer, 20))[1].code == 263  # Session-Id first (its CCF's fixed position)
        assert avps[264][0].data == SERVER.encode() and avps[296][0].data == b"example.com"
        assert int.from_bytes(avps[258][0].data, "big") == 4
        assert 416 in avps  # CC-Request-Type
        if failed != 415:
            assert int.from_bytes(avps[415][0].data, "big") == 7
        if case != "5005":
            assert [a.code for _, a in iter_avps(avps[279][0].data)] == [failed]
        assert node.peers[RAW].state is PeerState.R_OPEN  # the connection stays

    serve_with(t)


def test_a_message_over_the_limit_is_answered_5015_and_skipped() -> None:
    """A request longer than the node takes (``Converter.max_length``) is known from its header:
    the node answers DIAMETER_INVALID_MESSAGE_LENGTH (5015) at once, then drops its bytes as
    they come without keeping them, and the connection goes on."""

    async def t(node: Node, port: int, bystander: Raw) -> None:
        raw = await open_raw(port)
        big = diameter.encode(
            diameter.evolve(ccr(5), avps=(Avp(0xFFFF02, bytes(8000)),)), hop_by_hop=0x55, end_to_end=0x66
        )
        assert len(big) > node.conv.max_length
        raw.write(big[:20])  # its header only: the answer comes before the rest
        answer = await raw.frame()
        h = peek_header(answer)
        assert (h.command_code, h.hop_by_hop, h.end_to_end) == (272, 0x55, 0x66) and not h.flags & FLAG_E
        assert result_code(answer) == ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH
        raw.write(big[20:])
        sent = raw.send(ccr(6))
        h, a = await raw.recv()
        assert (h.hop_by_hop, h.end_to_end) == sent and isinstance(a, CCA) and a.result_code == 2001

    serve_with(t, converter=Converter(max_length=4096))


def test_a_5001_answer_with_the_unknown_avp_in_failed_avp_reaches_a_strict_client() -> None:
    """What is inside Failed-AVP is never subject to M-bit strictness: the node's client gets
    the 5001 answer (its CCA, Failed-AVP holding the unknown M-bit AVP), not a timeout or an
    error."""

    async def main() -> None:
        server = Node(caps(SERVER))
        server.handle(CCR, answer_ccr)
        client = Node(caps("client.example.com"), request_timeout=5.0)
        port = await server.listen("127.0.0.1", 0)
        await client.connect("127.0.0.1", port)
        unknown = Avp(0xFFFF03, b"\x00\x00\x00\x09", 0, AVP_M)
        a = await client.request(diameter.evolve(ccr(3, origin="client.example.com"), avps=(unknown,)))
        assert isinstance(a, CCA) and a.result_code == ResultCode.DIAMETER_AVP_UNSUPPORTED
        failed = a.failed_avp  # (RFC 4006's CCA allows several, TS 32.299's one)
        assert [list(f.avps) for f in (failed if isinstance(failed, tuple) else (failed,))] == [[unknown]]
        await client.close()
        await server.close()

    vclock.run(main(), 30)


# -- the capabilities exchange --------------------------------------------------------------------


def test_a_second_cer_on_an_open_connection_is_refused_and_the_connection_kept() -> None:
    """RFC 6733 §5.3: capabilities are exchanged once per connection. A CER on an open
    connection gets a CEA with DIAMETER_UNABLE_TO_COMPLY (5012); the connection stays open with
    the capabilities first agreed."""

    async def t(node: Node, port: int, bystander: Raw) -> None:
        raw = await open_raw(port)
        sent = raw.send(caps(RAW, auth=frozenset({1})).cer())
        h, cea = await raw.recv()
        assert (h.hop_by_hop, h.end_to_end) == sent and not h.flags & FLAG_E
        assert isinstance(cea, CapabilitiesExchangeAnswer) and cea.result_code == ResultCode.DIAMETER_UNABLE_TO_COMPLY
        assert node.peers[RAW].state is PeerState.R_OPEN
        sent = raw.send(ccr(1))
        h, a = await raw.recv()
        assert isinstance(a, CCA) and a.result_code == 2001  # application 4 still agreed

    serve_with(t)


@pytest.mark.parametrize(
    "case, code", [("missing-origin-realm", 5005), ("unknown-m-bit-avp", 5001), ("own-origin-host", 3010)]
)
def test_a_bad_cer_gets_its_cea_then_the_connection_closes(case: str, code: int) -> None:
    """A CER that does not decode is answered with a CEA carrying the error's Result-Code, then
    the connection closes; a CER claiming the node's own Origin-Host gets DIAMETER_UNKNOWN_PEER,
    a protocol error, in the answer-message with the E bit (RFC 6733 §7.2), then the close."""

    async def t(node: Node, port: int, bystander: Raw) -> None:
        raw = await Raw.connect(port)
        cer = diameter.encode(caps(SERVER if case == "own-origin-host" else RAW).cer(), hop_by_hop=3, end_to_end=4)
        avps = [a for _, a in iter_avps(cer, 20)]
        if case == "missing-origin-realm":
            cer = with_avps(cer, [a for a in avps if a.code != 296])
        elif case == "unknown-m-bit-avp":
            cer = with_avps(cer, avps + [Avp(0xFFFF04, b"x", 0, AVP_M)])
        raw.write(cer)
        sent = await raw.closed()
        h = peek_header(sent)
        assert (h.command_code, h.hop_by_hop, h.end_to_end, h.length) == (257, 3, 4, len(sent))
        assert result_code(sent) == code
        assert bool(h.flags & FLAG_E) is (code // 1000 == 3)  # a protocol error: answer-message, E bit
        cea = DEFAULT_CONVERTER.decode(sent)
        assert isinstance(cea, CapabilitiesExchangeAnswer if code // 1000 == 5 else AnswerMessage)
        assert cea.origin_host == SERVER
        assert RAW not in node.peers and len(node.service._entries) == 1  # the bystander's only

    serve_with(t)


# -- limits ---------------------------------------------------------------------------------------


def test_connections_that_send_no_cer_are_closed_and_their_number_is_capped() -> None:
    """``Limits.cer_timeout``: a connection that sends no valid CER in time is closed;
    ``Limits.max_connections``: connections past the cap are closed as they come, and the
    bystander (one of the cap) is served throughout."""

    async def t(node: Node, port: int, bystander: Raw) -> None:
        started = now()
        silent = [await Raw.connect(port) for _ in range(3)]  # with the bystander: the cap of 4
        extra = await Raw.connect(port)
        assert await extra.closed(timeout=1.0) == b""  # over the cap: closed at once
        assert now() - started < 1.0
        for s in silent:
            assert await s.closed(timeout=10.0) == b""
        assert 2.0 <= now() - started < 3.0  # after cer_timeout
        fresh = await open_raw(port)  # room again
        fresh.send(ccr(1))
        _h, a = await fresh.recv()
        assert isinstance(a, CCA)

    serve_with(t, limits=Limits(max_connections=4, cer_timeout=2.0))


def test_a_huge_first_message_closes_the_connection_at_its_header() -> None:
    """A first message claiming 16 MiB: the node does not wait for it or buffer it."""

    async def t(node: Node, port: int, bystander: Raw) -> None:
        raw = await Raw.connect(port)
        raw.write(struct.pack("!I", 0x01FFFFFC) + bytes(16))
        assert await raw.closed(timeout=1.0) == b""

    serve_with(t)


def test_the_peer_table_does_not_keep_peers_that_came_and_went() -> None:
    """One entry per Origin-Host that ever connected would grow without end: the entry of a
    peer that connected to the node goes when it closes (refused ones too)."""

    async def t(node: Node, port: int, bystander: Raw) -> None:
        for i in range(40):
            raw = await Raw.connect(port)
            host = f"p{i}.example.com"
            raw.send((caps(host) if i % 2 else caps(host, auth=frozenset({77}))).cer())
            _, cea = await raw.recv()
            assert isinstance(cea, CapabilitiesExchangeAnswer)
            raw.close()
        for _ in range(50):
            if len(node.service._entries) == 1:
                break
            await asyncio.sleep(0.01)
        assert list(node.peers) == [BYSTANDER] and len(node.service._entries) == 1
        assert node.service.connections == 1

    serve_with(t)


def test_a_peer_that_does_not_read_its_answers_stops_being_read() -> None:
    """Write backpressure: a peer sending requests and never reading their answers makes the
    node stop reading from it once the answers queued for it pass ``Limits.write_high_water``
    (so neither its requests nor its answers pile up), while the bystander is served."""

    async def t(node: Node, port: int, bystander: Raw) -> None:
        # small kernel buffers on both sides, so that they fill soon
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.setblocking(False)
        await asyncio.get_running_loop().sock_connect(sock, ("127.0.0.1", port))
        reader, writer = await asyncio.open_connection(sock=sock)
        raw = Raw(reader, writer)
        assert (await raw.handshake(caps(RAW))).result_code == ResultCode.DIAMETER_SUCCESS
        [conn] = [
            c for t, c in node._conns.items() if (e := node.service._conns[t].entry) is not None and e.host == RAW
        ]
        assert conn.transport is not None
        conn.transport.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
        raw.reader_transport().pause_reading()  # never read (the socket buffers fill, then the node's)
        for i in range(60000):
            raw.send(ccr(i))
            if i % 200 == 0:
                await asyncio.sleep(0.01)
                if conn.write_paused:
                    break
        for _ in range(100):
            if not conn.transport.is_reading():
                break
            await asyncio.sleep(0.01)
        assert conn.write_paused and not conn.transport.is_reading()
        assert conn.transport.get_write_buffer_size() < 3 * node.limits.write_high_water
        raw.reader_transport().resume_reading()  # it reads again: the node resumes
        for _ in range(200):
            if conn.transport.is_reading():
                break
            await raw.reader.read(65536)
        assert conn.transport.is_reading()

    serve_with(t, limits=Limits(write_high_water=64 << 10, write_low_water=16 << 10))


def test_a_retransmitted_request_is_answered_from_the_window_and_handled_again_after_it() -> None:
    """RFC 6733 §5.5.4: a request coming again (T flag, same Origin-Host and End-to-End
    identifier) within ``Limits.duplicate_window`` gets the first answer again, without the
    handler; after the window it is a new request."""

    async def t(node: Node, port: int, bystander: Raw) -> None:
        calls: list[int] = []

        async def counting(req: CCR) -> CCA:
            calls.append(req.cc_request_number)
            return await answer_ccr(req)

        node.handle(CCR, counting)
        raw = await open_raw(port)
        first = raw.send(ccr(1), 0x11, 0x99)
        h, _a = await raw.recv()
        again = diameter.encode(diameter.evolve(ccr(1), retransmit=True), hop_by_hop=0x12, end_to_end=0x99)
        raw.write(again)
        h2, a2 = await raw.recv()
        assert calls == [1] and h2.hop_by_hop == 0x12 and h2.end_to_end == 0x99
        assert isinstance(a2, CCA) and a2.cc_request_number == 1
        await asyncio.sleep(11.0)  # past the window
        raw.write(again)
        h3, _a3 = await raw.recv_skipping_dwr()
        assert calls == [1, 1] and h3.hop_by_hop == 0x12
        assert first == (0x11, 0x99) and h.hop_by_hop == 0x11

    serve_with(t, limits=Limits(duplicate_window=10.0))


_FD_NODE = r"""
import asyncio, logging, resource, sys
resource.setrlimit(resource.RLIMIT_NOFILE, (128, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s %(message)s")
from diameter.apps.credit_control import CCR
from diameter.asyncio import Node
from diameter.capabilities import LocalCapabilities
sys.path.insert(0, "tests")
from test_node_raw import answer_ccr

async def main() -> None:
    node = Node(LocalCapabilities(origin_host="server.example.com", origin_realm="example.com",
                                  auth_application_ids=frozenset({4})))
    node.handle(CCR, answer_ccr)
    port = await node.listen("127.0.0.1", 0)
    print(port, node.limits.max_connections, flush=True)
    await asyncio.sleep(8)
    await node.close()

asyncio.run(main())
"""


def test_a_connection_flood_at_the_file_descriptor_limit_is_refused_by_the_node() -> None:
    """A node whose process may open 128 files, flooded with 300 connections that send nothing:
    it closes those past its connection cap (derived from the limit) as they come instead of
    running out of descriptors (EMFILE stops the accept loop and logs on every attempt), and a
    well-behaved peer still gets in."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen(
        [sys.executable, "-c", _FD_NODE], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        port, cap = map(int, proc.stdout.readline().split())
        assert cap == 128 - 64

        async def flood() -> None:
            socks = []
            for _ in range(300):
                try:
                    socks.append(await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 2.0))
                except (TimeoutError, OSError):
                    pass
                await asyncio.sleep(0)
            await asyncio.sleep(0.2)
            # the flood's connections past the cap were closed as they came; the others (the cap
            # is full of them) wait for their CER timeout, or go now
            for _, w in socks:
                w.close()
            await asyncio.sleep(0.5)
            raw = await Raw.connect(port)  # a peer that behaves: the node still serves
            cea = await raw.handshake(caps(RAW))
            assert cea.result_code == ResultCode.DIAMETER_SUCCESS
            sent = raw.send(ccr(1))
            h, a = await raw.recv()
            assert (h.hop_by_hop, h.end_to_end) == sent and isinstance(a, CCA)
            raw.close()

        asyncio.run(asyncio.wait_for(flood(), 30))
    finally:
        proc.kill()
        _, err = proc.communicate(timeout=10)
    lines = err.splitlines()
    assert not [x for x in lines if "out of system resource" in x or "Too many open files" in x], err[-2000:]
    refused = [x for x in lines if "max_connections" in x]
    assert len(refused) >= 300 - cap - 1
