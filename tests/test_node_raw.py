"""The node against a peer that speaks raw bytes on loopback: a hostile or merely independent
Diameter peer whose messages are built with :func:`diameter.encode` (or by hand), and whose
view of the node is only what comes over the socket.

Everything runs on the virtual clock of tests/vclock.py: a wait for bytes that never come ends
at its (virtual) timeout at once.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import ssl
import struct
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

import diameter
from diameter import Avp, GenericMessage, Message
from diameter.apps.base import (
    ACA,
    ACR,
    STA,
    STR,
    AccountingRecordType,
    AnswerMessage,
    CapabilitiesExchangeAnswer,
    CapabilitiesExchangeRequest,
    DeviceWatchdogAnswer,
    DeviceWatchdogRequest,
    ProxyInfo,
    ResultCode,
    TerminationCause,
)
from diameter.apps.credit_control import CCA, CCR, CCRequestType
from diameter.asyncio import InvalidAnswer, Node, PeerError, RequestTimeout
from diameter.capabilities import LocalCapabilities
from diameter.converter import DEFAULT_CONVERTER
from diameter.peer import PeerState
from diameter.wire import FLAG_E, FLAG_P, FLAG_R, FLAG_T, Header, encode_avps, iter_avps, peek_header

import vclock

SERVER = "server.example.com"
CLIENT = "client.example.com"
RAW = "raw.example.com"


def caps(host: str, auth: frozenset[int] = frozenset({4}), acct: frozenset[int] = frozenset()) -> LocalCapabilities:
    return LocalCapabilities(
        origin_host=host, origin_realm="example.com", auth_application_ids=auth, acct_application_ids=acct
    )


def ccr(n: int = 0, origin: str = RAW, proxy: tuple[ProxyInfo, ...] = ()) -> CCR:
    return CCR(
        session_id=f"{origin};1;{n}",
        origin_host=origin,
        origin_realm="example.com",
        destination_realm="example.com",
        auth_application_id=4,
        service_context_id="32251@3gpp.org",
        cc_request_type=CCRequestType.EVENT_REQUEST,
        cc_request_number=n,
        proxy_info=proxy,
    )


def cca(req: CCR, origin: str) -> CCA:
    return CCA(
        session_id=req.session_id,
        result_code=ResultCode.DIAMETER_SUCCESS,
        origin_host=origin,
        origin_realm="example.com",
        auth_application_id=4,
        cc_request_type=req.cc_request_type,
        cc_request_number=req.cc_request_number,
    )


async def answer_ccr(req: CCR) -> CCA:
    return cca(req, SERVER)


def now() -> float:
    return asyncio.get_running_loop().time()


def decode(raw: bytes) -> Message:
    """``raw`` decoded, Credit-Control (code 272, RFC 4006) as RFC 4006's own classes: the class
    ``diameter.decode`` picks for it depends on which dictionaries other tests have loaded (the
    3GPP one defines its own CCR and CCA)."""
    h = peek_header(raw)
    if h.command_code == 272 and not h.flags & FLAG_E:
        return DEFAULT_CONVERTER.decode_as(CCR if h.flags & FLAG_R else CCA, raw)
    return diameter.decode(raw)


class Raw:
    """One end of a TCP connection on loopback, speaking Diameter by hand."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self._ids = 0x1000

    @classmethod
    async def connect(cls, port: int) -> Raw:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        return cls(reader, writer)

    def ids(self) -> tuple[int, int]:
        self._ids += 1
        return self._ids, 0x5A000000 + self._ids

    def write(self, data: bytes) -> None:
        self.writer.write(data)

    def reader_transport(self) -> asyncio.Transport:
        transport = self.writer.transport
        assert isinstance(transport, asyncio.Transport)
        return transport

    def send(self, msg: Message, hbh: int | None = None, e2e: int | None = None) -> tuple[int, int]:
        """Encode and send ``msg`` (a request gets fresh identifiers unless given)."""
        fresh = self.ids()
        hbh = fresh[0] if hbh is None else hbh
        e2e = fresh[1] if e2e is None else e2e
        self.writer.write(diameter.encode(msg, hop_by_hop=hbh, end_to_end=e2e))
        return hbh, e2e

    async def frame(self, timeout: float = 5.0) -> bytes:
        """The next whole message, as bytes."""

        async def read() -> bytes:
            head = await self.reader.readexactly(20)
            length = int.from_bytes(head[1:4], "big")
            return head + await self.reader.readexactly(length - 20)

        return await asyncio.wait_for(read(), timeout)

    async def recv(self, timeout: float = 5.0) -> tuple[Header, Message]:
        raw = await self.frame(timeout)
        return peek_header(raw), decode(raw)

    async def recv_skipping_dwr(self, timeout: float = 5.0) -> tuple[Header, Message]:
        """The next message that is not a DWR (DWRs are answered)."""
        while True:
            h, msg = await self.recv(timeout)
            if not isinstance(msg, DeviceWatchdogRequest):
                return h, msg
            self.answer_dwr(h)

    def answer_dwr(self, h: Header) -> None:
        self.send(
            DeviceWatchdogAnswer(result_code=ResultCode.DIAMETER_SUCCESS, origin_host=RAW, origin_realm="example.com"),
            h.hop_by_hop,
            h.end_to_end,
        )

    async def closed(self, timeout: float = 5.0) -> bytes:
        """Wait for the node to close the connection; returns what it sent before (raises
        TimeoutError if it keeps the connection open)."""
        data = await asyncio.wait_for(self.reader.read(), timeout)
        rest = data
        while data:
            data = await asyncio.wait_for(self.reader.read(), timeout)
            rest += data
        return rest

    async def handshake(self, local: LocalCapabilities) -> CapabilitiesExchangeAnswer:
        """Send a CER, return the CEA."""
        self.send(local.cer())
        _, cea = await self.recv()
        assert isinstance(cea, CapabilitiesExchangeAnswer)
        return cea

    async def accept(self, local: LocalCapabilities) -> CapabilitiesExchangeRequest:
        """Answer the node's CER with a CEA (success); return the CER."""
        h, cer = await self.recv()
        assert isinstance(cer, CapabilitiesExchangeRequest)
        self.send(local.cea(ResultCode.DIAMETER_SUCCESS), h.hop_by_hop, h.end_to_end)
        return cer

    def close(self) -> None:
        self.writer.close()


class RawServer:
    """A listening socket whose connections queue up as :class:`Raw` s (their accept times in
    ``accepted``)."""

    def __init__(self) -> None:
        self.connections: asyncio.Queue[Raw] = asyncio.Queue()
        self.accepted: list[float] = []
        self.port = 0
        self._server: asyncio.AbstractServer | None = None

    async def start(self) -> RawServer:
        async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            self.accepted.append(now())
            await self.connections.put(Raw(reader, writer))

        self._server = await asyncio.start_server(accept, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def next(self, timeout: float = 5.0) -> Raw:
        return await asyncio.wait_for(self.connections.get(), timeout)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        while not self.connections.empty():
            self.connections.get_nowait().close()


SERVER_CAPS = caps(SERVER)  # frozen: one default for every call


def serve(test: Callable[[Node, int], Awaitable[None]], local: LocalCapabilities = SERVER_CAPS) -> None:
    """Run ``test(node, port)`` with a node listening on loopback (a CCR handler registered
    unless the test removes it), on the virtual clock."""

    async def main() -> None:
        node = Node(local, tw=30.0, tc=10.0, request_timeout=10.0)
        node.handle(CCR, answer_ccr)
        port = await node.listen("127.0.0.1", 0)
        try:
            await test(node, port)
        finally:
            await node.close()

    vclock.run(main(), 120)


def assert_answers(h: Header, request: tuple[int, int], code: int, *, app: int, proxiable: bool = True) -> None:
    """An answer to the request with identifiers ``request`` (RFC 6733 §6.2: same Hop-by-Hop
    and End-to-End identifiers, same P bit, R bit clear)."""
    assert (h.hop_by_hop, h.end_to_end) == request
    assert h.command_code == code and h.application_id == app
    assert not h.flags & FLAG_R
    assert bool(h.flags & FLAG_P) is proxiable


# -- the first message on a new connection ------------------------------------------------------


def test_a_first_message_other_than_cer_closes_the_connection_without_an_answer() -> None:
    """RFC 6733 §5.3/§5.6.1: the capabilities exchange comes first on a new connection; a node
    receiving anything else (here a DWR, then a CCR) closes it, answering nothing."""

    async def t(node: Node, port: int) -> None:
        for first in (DeviceWatchdogRequest(origin_host=RAW, origin_realm="example.com"), ccr(1)):
            raw = await Raw.connect(port)
            raw.send(first)
            assert await raw.closed() == b""  # no answer, and the connection is gone
        assert RAW not in node.peers and not node.counters
        # the node is still fine: a well-behaved peer gets in
        raw = await Raw.connect(port)
        cea = await raw.handshake(caps(RAW))
        assert cea.result_code == ResultCode.DIAMETER_SUCCESS and cea.origin_host == SERVER
        assert node.peers[RAW].state is PeerState.R_OPEN

    serve(t)


def test_an_undecodable_first_message_is_answered_then_closed() -> None:
    """A CER that does not decode gets a CEA with the error's Result-Code (here 5014, an AVP
    length shorter than its header), then the connection closes (RFC 6733 §5.3, §7.1.5)."""

    async def t(node: Node, port: int) -> None:
        raw = await Raw.connect(port)
        cer = bytearray(diameter.encode(caps(RAW).cer(), hop_by_hop=0x77, end_to_end=0x88))
        cer[20 + 5 : 20 + 8] = (3).to_bytes(3, "big")  # the first AVP's length is shorter than its header
        raw.write(bytes(cer))
        sent = await raw.closed()
        h = peek_header(sent)
        assert (h.command_code, h.hop_by_hop, h.end_to_end, h.length) == (257, 0x77, 0x88, len(sent))
        cea = diameter.decode(sent)
        assert isinstance(cea, CapabilitiesExchangeAnswer)
        assert cea.result_code == ResultCode.DIAMETER_INVALID_AVP_LENGTH and cea.origin_host == SERVER
        assert RAW not in node.peers

    serve(t)


def header(version: int, length: int, flags: int = 0x80, code: int = 257) -> bytes:
    return struct.pack("!B3sB3sIII", version, length.to_bytes(3, "big"), flags, code.to_bytes(3, "big"), 0, 1, 1)


@pytest.mark.parametrize("version", [2, 0])
def test_a_cer_of_another_version_gets_5011_then_the_connection_closes(version: int) -> None:
    """RFC 6733 §7.1.5: DIAMETER_UNSUPPORTED_VERSION (5011), in a CEA, for a CER whose header
    has a version other than 1 (and a valid length); then the connection closes."""

    async def t(node: Node, port: int) -> None:
        raw = await Raw.connect(port)
        cer = bytearray(diameter.encode(caps(RAW).cer(), hop_by_hop=5, end_to_end=6))
        cer[0] = version
        raw.write(bytes(cer))
        sent = await raw.closed()
        cea = diameter.decode(sent)
        assert isinstance(cea, CapabilitiesExchangeAnswer) and (cea.hop_by_hop, cea.end_to_end) == (5, 6)
        assert cea.result_code == ResultCode.DIAMETER_UNSUPPORTED_VERSION
        assert not node.peers

    serve(t)


@pytest.mark.parametrize(
    "first",
    [
        pytest.param(header(2, 0x200000), id="version-2-length-beyond-the-limit"),
        pytest.param(header(0, 12)[:4], id="version-0-length-below-20"),
        pytest.param(header(1, 12)[:4], id="length-below-20"),
        pytest.param(header(1, 0)[:4], id="length-0"),
        pytest.param(header(1, 22), id="length-not-a-multiple-of-4"),
        pytest.param(header(1, 0xFFFFFC), id="length-16MiB"),
    ],
)
def test_bad_framing_on_a_new_connection_closes_it(first: bytes) -> None:
    """RFC 6733 §3: the version is 1 and the Message Length, which counts the 20-byte header, is
    always a multiple of 4. A header that breaks this cannot be framed: the node closes the
    connection at once, without waiting for (or buffering) the length it claims; a length
    above the converter's limit (``Converter.max_length``, 1 MiB) is refused the same way."""

    async def t(node: Node, port: int) -> None:
        raw = await Raw.connect(port)
        raw.write(first)
        assert await raw.closed(timeout=2.0) == b""
        assert not node.peers and not node.counters

    serve(t)


def test_an_oversized_message_is_not_buffered() -> None:
    """A peer claiming a 16 MiB message and sending bytes without end: the node closes the
    connection before it has taken much more than its limit (``Converter.max_length``)."""

    async def t(node: Node, port: int) -> None:
        assert node.conv.max_length == 1 << 20
        raw = await Raw.connect(port)
        raw.write(header(1, 0xFFFFFC))
        sent = 20
        chunk = bytes(64 * 1024)
        try:
            while sent < 0xFFFFFC and not raw.reader.at_eof():
                raw.write(chunk)
                await asyncio.wait_for(raw.writer.drain(), 2.0)  # (a node that stops reading fails here)
                sent += len(chunk)
                await asyncio.sleep(0)
        except ConnectionError:
            pass  # reset: the node closed the connection with bytes of ours unread
        assert sent <= 4 << 20  # the socket buffers hold the rest: well under the 16 MiB claimed

    serve(t)


# -- requests the node answers by itself -------------------------------------------------------


async def open_raw(port: int, local: LocalCapabilities | None = None) -> Raw:
    raw = await Raw.connect(port)
    cea = await raw.handshake(local or caps(RAW))
    assert cea.result_code == ResultCode.DIAMETER_SUCCESS
    return raw


def test_a_known_command_without_a_handler_gets_3001() -> None:
    """RFC 6733 §7.1.3 DIAMETER_COMMAND_UNSUPPORTED (3001), in an answer built as §6.2 and §7.2
    say: E bit, the node's Origin-Host and Origin-Realm, the request's Hop-by-Hop and End-to-End
    identifiers, P bit, Session-Id and Proxy-Info."""

    async def t(node: Node, port: int) -> None:
        node.handlers.clear()  # the node knows CCR, but nothing handles it
        raw = await open_raw(port)
        proxy = (ProxyInfo(proxy_host="relay.example.com", proxy_state=b"\x01\x02"),)
        sent = raw.send(ccr(3, proxy=proxy))
        h, a = await raw.recv()
        assert_answers(h, sent, 272, app=4)
        assert h.flags & FLAG_E
        assert isinstance(a, AnswerMessage) and a.result_code == ResultCode.DIAMETER_COMMAND_UNSUPPORTED
        assert a.origin_host == SERVER and a.origin_realm == "example.com"
        assert a.session_id == f"{RAW};1;3"
        assert a.proxy_info == proxy
        assert node.counters[(RAW, "Credit-Control-Request", "received")] == 1
        assert node.counters[(RAW, "answer-message", 3001)] == 1
        # the connection stays up: a handler registered now answers
        node.handle(CCR, answer_ccr)
        sent = raw.send(ccr(4))
        h, a = await raw.recv()
        assert_answers(h, sent, 272, app=4)
        assert isinstance(a, CCA) and a.result_code == ResultCode.DIAMETER_SUCCESS and a.cc_request_number == 4

    serve(t)


def test_an_unknown_command_gets_3001_and_an_unknown_answer_gets_nothing() -> None:
    """A command code no dictionary knows: 3001 (RFC 6733 §7.1.3) with the request's Session-Id
    and Proxy-Info (§6.2)."""

    async def t(node: Node, port: int) -> None:
        raw = await open_raw(port)
        session = Avp(263, b"raw.example.com;7", 0, 0x40)
        proxy = Avp(284, encode_avps((Avp(280, b"relay.example.com", 0, 0x40), Avp(33, b"state", 0, 0x40))), 0, 0x40)
        req = GenericMessage(
            command_code=8388999, application_id=4, request=True, proxiable=True, avps=(session, proxy)
        )
        sent = raw.send(req)
        h, a = await raw.recv()
        assert_answers(h, sent, 8388999, app=4)
        assert h.flags & FLAG_E
        assert isinstance(a, AnswerMessage) and a.result_code == ResultCode.DIAMETER_COMMAND_UNSUPPORTED
        assert a.origin_host == SERVER and a.session_id == "raw.example.com;7"
        assert a.proxy_info == (ProxyInfo(proxy_host="relay.example.com", proxy_state=b"state"),)
        # an answer of an unknown command matches no pending request: ignored, not answered
        # (RFC 6733 §6.2.1; only requests get answers)
        raw.send(GenericMessage(command_code=8388999, application_id=4, request=False, avps=(session,)))
        dwr = DeviceWatchdogRequest(origin_host=RAW, origin_realm="example.com")
        sent = raw.send(dwr)
        h, dwa = await raw.recv()  # the next thing the node sends is the DWA
        assert (h.hop_by_hop, h.end_to_end) == sent and isinstance(dwa, DeviceWatchdogAnswer)

    serve(t)


def test_application_agreed_only_for_accounting_is_accepted_others_get_3007() -> None:
    """RFC 6733 §6.1/§7.1.3: a request of an application the capabilities exchange did not
    agree on gets DIAMETER_APPLICATION_UNSUPPORTED (3007); an application is agreed when it is
    common as an Auth-Application-Id or as an Acct-Application-Id (§5.3)."""

    async def t(node: Node, port: int) -> None:
        async def on_acr(req: ACR) -> ACA:
            return ACA(
                session_id=req.session_id,
                result_code=ResultCode.DIAMETER_SUCCESS,
                origin_host=SERVER,
                origin_realm="example.com",
                accounting_record_type=req.accounting_record_type,
                accounting_record_number=req.accounting_record_number,
            )

        node.handle(ACR, on_acr)
        # the raw peer advertises accounting (3) only: the server also supports 4, not agreed here
        raw = await Raw.connect(port)
        cea = await raw.handshake(caps(RAW, auth=frozenset(), acct=frozenset({3})))
        assert cea.result_code == ResultCode.DIAMETER_SUCCESS
        agreement = node.peers[RAW].agreement
        assert agreement is not None and agreement.acct_application_ids == {3}
        assert not agreement.auth_application_ids
        acr = ACR(
            session_id="raw.example.com;2;1",
            origin_host=RAW,
            origin_realm="example.com",
            destination_realm="example.com",
            accounting_record_type=AccountingRecordType.EVENT_RECORD,
            accounting_record_number=7,
        )
        sent = raw.send(acr)
        h, a = await raw.recv()
        assert_answers(h, sent, 271, app=3)
        assert not h.flags & FLAG_E
        assert type(a).__name__ == "AccountingAnswer" and getattr(a, "result_code") == 2001
        assert getattr(a, "accounting_record_number") == 7
        sent = raw.send(ccr(5))
        h, a = await raw.recv()
        assert_answers(h, sent, 272, app=4)
        assert h.flags & FLAG_E
        assert isinstance(a, AnswerMessage) and a.result_code == ResultCode.DIAMETER_APPLICATION_UNSUPPORTED
        assert a.origin_host == SERVER and a.session_id == f"{RAW};1;5"
        assert node.counters[(RAW, "answer-message", 3007)] == 1

    serve(t, caps(SERVER, auth=frozenset({4}), acct=frozenset({3})))


def test_a_request_that_does_not_decode_or_whose_handler_fails_is_answered_with_its_session() -> None:
    """A request with an AVP of the wrong length gets DIAMETER_INVALID_AVP_LENGTH (5014) with
    the AVP in Failed-AVP (RFC 6733 §7.1.5, §7.5); a handler that raises gets
    DIAMETER_UNABLE_TO_COMPLY (5012, §7.1.5). Both are permanent failures, answered in the
    command's own answer (a CCA) with the E bit clear (§7.2), with the request's Session-Id
    and Proxy-Info (§6.2) and what a CCA requires that the request carries."""

    async def t(node: Node, port: int) -> None:
        raw = await open_raw(port)
        proxy = (ProxyInfo(proxy_host="relay.example.com", proxy_state=b"\x07"),)
        hbh, e2e = raw.ids()
        good = diameter.encode(ccr(6, proxy=proxy), hop_by_hop=hbh, end_to_end=e2e)
        # CC-Request-Number (415, an Unsigned32) with 3 bytes of data
        bad = good.replace(bytes.fromhex("0000019f4000000c00000006"), bytes.fromhex("0000019f4000000b00000006"))
        assert bad != good
        raw.write(bad)
        answer = await raw.frame()
        h = peek_header(answer)
        # (the CCA lacks the CC-Request-Number the request had wrong: decoded as the generic form)
        generic = DEFAULT_CONVERTER.decode_as(AnswerMessage, answer)
        assert_answers(h, (hbh, e2e), 272, app=4)
        assert not h.flags & FLAG_E
        assert generic.result_code == ResultCode.DIAMETER_INVALID_AVP_LENGTH
        assert generic.failed_avp is not None and [f.code for f in generic.failed_avp.avps] == [415]
        assert generic.session_id == f"{RAW};1;6" and generic.proxy_info == proxy

        async def broken(req: CCR) -> CCA:
            raise RuntimeError("bug")

        node.handle(CCR, broken)
        sent = raw.send(ccr(7, proxy=proxy))
        h, a = await raw.recv()
        assert_answers(h, sent, 272, app=4)
        assert not h.flags & FLAG_E
        assert isinstance(a, CCA) and a.result_code == ResultCode.DIAMETER_UNABLE_TO_COMPLY
        assert a.origin_host == SERVER and a.session_id == f"{RAW};1;7" and a.proxy_info == proxy
        assert (a.auth_application_id, a.cc_request_type, a.cc_request_number) == (4, CCRequestType.EVENT_REQUEST, 7)
        assert node.peers[RAW].state is PeerState.R_OPEN

    serve(t)


def test_the_application_of_str_is_its_auth_application_id() -> None:
    """STR, ASR and RAR carry the application they belong to in Auth-Application-Id (and the
    header's Application-Id, RFC 6733 §8.3-§8.5): an STR of the agreed application 4 goes to
    its handler; one of application 1 (NASREQ's own STR class) or of an application no
    dictionary has (the base protocol's STR), neither agreed, gets 3007 (§7.1.3)."""

    async def t(node: Node, port: int) -> None:
        got: list[int] = []

        async def on_str(req: STR) -> STA:
            got.append(req.auth_application_id)
            return STA(
                session_id=req.session_id,
                result_code=ResultCode.DIAMETER_SUCCESS,
                origin_host=SERVER,
                origin_realm="example.com",
                application_id=req.auth_application_id,
            )

        node.handle(STR, on_str)
        raw = await open_raw(port)
        for app in (4, 1, 999):
            request = STR(
                session_id=f"{RAW};3;{app}",
                origin_host=RAW,
                origin_realm="example.com",
                destination_realm="example.com",
                auth_application_id=app,
                termination_cause=TerminationCause.DIAMETER_LOGOUT,
            )
            sent = raw.send(request)
            h, a = await raw.recv()
            assert_answers(h, sent, 275, app=app)
            if app == 4:
                assert not h.flags & FLAG_E and isinstance(a, STA) and a.result_code == ResultCode.DIAMETER_SUCCESS
            else:
                assert h.flags & FLAG_E
                assert isinstance(a, AnswerMessage) and a.result_code == ResultCode.DIAMETER_APPLICATION_UNSUPPORTED
        assert got == [4]

    serve(t)


def test_a_session_id_that_is_not_utf8_is_not_echoed() -> None:
    """A request whose Session-Id is not UTF-8 gets DIAMETER_INVALID_AVP_VALUE (5004, RFC 6733
    §7.1.5) with the AVP in Failed-AVP; the answer has no Session-Id rather than a broken one."""

    async def t(node: Node, port: int) -> None:
        raw = await open_raw(port)
        hbh, e2e = raw.ids()
        good = diameter.encode(ccr(8), hop_by_hop=hbh, end_to_end=e2e)
        sid = f"{RAW};1;8".encode()
        bad = good.replace(sid, b"\xff" + sid[1:])
        assert bad != good
        raw.write(bad)
        answer = await raw.frame()
        h = peek_header(answer)
        assert_answers(h, (hbh, e2e), 272, app=4)
        assert not h.flags & FLAG_E  # a permanent failure: in the CCA, which lacks its Session-Id now
        avps = {a.code: a for _, a in iter_avps(answer, 20)}
        assert 263 not in avps and avps[268].data == (5004).to_bytes(4, "big")
        assert [a.code for _, a in iter_avps(avps[279].data)] == [263]

    serve(t)


def test_the_node_refuses_bad_arguments() -> None:
    async def main() -> None:
        with pytest.raises(ValueError, match="sctp_streams"):
            Node(caps(CLIENT), sctp_streams=0)
        node = Node(caps(CLIENT))
        with pytest.raises(TypeError, match="not a request class"):
            node.handle(CCA, answer_ccr)
        with pytest.raises(ValueError, match="transport must be 'tcp' or 'sctp'"):
            await node.listen("127.0.0.1", 0, transport="udp")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="TLS over SCTP"):
            await node.listen("127.0.0.1", 0, transport="sctp", ssl=ssl.create_default_context())
        with pytest.raises(ValueError, match="TLS needs peer_host"):
            await node.connect("127.0.0.1", 1, ssl=ssl.create_default_context())
        with pytest.raises(ValueError, match="no host"):
            await node.connect((), 1)
        with pytest.raises(ValueError, match="one local address"):
            await node.connect("127.0.0.1", 1, local_addresses=("127.0.0.1", "127.0.0.2"))
        with pytest.raises(PeerError, match="not supported"):
            await node.connect_uri("aaa://peer.example.com;transport=udp;protocol=radius")
        with pytest.raises(PeerError, match="aaas over SCTP"):
            await node.connect_uri("aaas://peer.example.com;transport=sctp", ssl=ssl.create_default_context())
        assert not node.peers and not node.handlers
        await node.close()

    vclock.run(main(), 10)


def test_a_cer_in_pieces_and_requests_across_segments_are_framed() -> None:
    """TCP is a byte stream (RFC 6733 §2.1): a CER that comes a byte at a time, and two requests
    in one write with a third split across writes, are each framed by their Message Length."""

    async def t(node: Node, port: int) -> None:
        raw = await Raw.connect(port)
        cer = diameter.encode(caps(RAW).cer(), hop_by_hop=1, end_to_end=1)
        for i in range(len(cer)):
            raw.write(cer[i : i + 1])
            await raw.writer.drain()
            await asyncio.sleep(0)
        h, cea = await raw.recv()
        assert (h.hop_by_hop, h.end_to_end) == (1, 1) and isinstance(cea, CapabilitiesExchangeAnswer)
        wires = [diameter.encode(ccr(n), hop_by_hop=100 + n, end_to_end=200 + n) for n in range(3)]
        stream = b"".join(wires)
        cut = len(wires[0]) + len(wires[1]) + 7
        raw.write(stream[:cut])
        await raw.writer.drain()
        await asyncio.sleep(0.01)
        raw.write(stream[cut:])
        numbers = []
        for _ in range(3):
            h, a = await raw.recv()
            assert isinstance(a, CCA) and h.hop_by_hop == 100 + a.cc_request_number
            numbers.append(a.cc_request_number)
        assert sorted(numbers) == [0, 1, 2]

    serve(t)


def test_the_answers_to_a_burst_of_requests_leave_in_one_write(monkeypatch: pytest.MonkeyPatch) -> None:
    """The answers to a burst of requests are handed to the transport in writes of up to
    BATCH answers: one system call for BATCH answers, not one per answer (and not one for the
    whole burst, which the peer would wait for); each answer still whole and matched."""
    from asyncio import selector_events

    from diameter.asyncio.node import BATCH

    writes: list[tuple[object, int]] = []
    socket_transport: Any = getattr(selector_events, "_SelectorSocketTransport")  # noqa: B009 (private)
    original = socket_transport.write

    def counting(self: object, data: bytes) -> None:
        writes.append((self, len(data)))
        original(self, data)

    monkeypatch.setattr(socket_transport, "write", counting)

    async def t(node: Node, port: int) -> None:
        raw = await Raw.connect(port)
        await raw.handshake(caps(RAW))
        mine = raw.reader_transport()
        writes.clear()
        raw.write(b"".join(diameter.encode(ccr(n), hop_by_hop=100 + n, end_to_end=200 + n) for n in range(50)))
        seen = []
        for _ in range(50):
            h, a = await raw.recv()
            assert isinstance(a, CCA) and (h.hop_by_hop, h.end_to_end) == (
                100 + a.cc_request_number,
                200 + a.cc_request_number,
            )
            seen.append(a.cc_request_number)
        assert sorted(seen) == list(range(50))
        theirs = [n for transport, n in writes if transport is not mine]
        whole = -(-50 // BATCH)
        assert BATCH == 16 and whole <= len(theirs) <= whole + 1, theirs  # read in one or two parts

    serve(t)


# -- handlers: plain functions, coroutines, other awaitables ------------------------------------

REQUEST_NUMBER: contextvars.ContextVar[int] = contextvars.ContextVar("REQUEST_NUMBER", default=-1)


def test_a_plain_function_handler_answers_at_once_in_a_context_of_its_own() -> None:
    """A handler that is a plain function returning the answer runs when its request is read,
    without a task (``current_task()`` is ``None`` in it), each call in a copy of the context
    (what one call sets, the next does not see, nor the node); its answers are matched like
    any other. One that raises, or returns what is not its answer, gets 5012 (RFC 6733
    §7.1.5)."""

    async def t(node: Node, port: int) -> None:
        seen: list[tuple[int, int, bool]] = []

        def on_ccr(req: CCR) -> CCA:
            seen.append((req.cc_request_number, REQUEST_NUMBER.get(), asyncio.current_task() is None))
            REQUEST_NUMBER.set(req.cc_request_number)
            if req.cc_request_number == 3:
                raise ValueError("bug")
            if req.cc_request_number == 4:
                return req  # type: ignore[return-value]  # not an answer
            return cca(req, SERVER)

        node.handle(CCR, on_ccr)
        raw = await open_raw(port)
        ids = [raw.send(ccr(n)) for n in range(5)]
        for n, sent in enumerate(ids):
            h, a = await raw.recv()
            assert_answers(h, sent, 272, app=4)
            assert isinstance(a, CCA) and a.cc_request_number == n
            ok = ResultCode.DIAMETER_SUCCESS if n < 3 else ResultCode.DIAMETER_UNABLE_TO_COMPLY
            assert a.result_code == ok and not h.flags & FLAG_E
        assert seen == [(n, -1, True) for n in range(5)]
        assert REQUEST_NUMBER.get() == -1
        assert node.peers[RAW].state is PeerState.R_OPEN

    serve(t)


def test_a_handler_may_return_any_awaitable_and_coroutines_run_in_tasks() -> None:
    """A plain function may return an awaitable (here a future resolved later): the answer is
    what it resolves to. An ``async def`` handler runs in a task of its own, and may wait."""

    async def t(node: Node, port: int) -> None:
        loop = asyncio.get_running_loop()
        tasks: list[asyncio.Task[Any] | None] = []

        def later(req: CCR) -> asyncio.Future[CCA]:
            fut: asyncio.Future[CCA] = loop.create_future()
            loop.call_later(0.5, fut.set_result, cca(req, SERVER))
            return fut

        async def waits(req: CCR) -> CCA:
            tasks.append(asyncio.current_task())
            await asyncio.sleep(0.5)
            return cca(req, SERVER)

        raw = await open_raw(port)
        for handler in (later, waits):
            node.handle(CCR, handler)
            start = now()
            sent = raw.send(ccr(9))
            h, a = await raw.recv()
            assert_answers(h, sent, 272, app=4)
            assert isinstance(a, CCA) and a.result_code == ResultCode.DIAMETER_SUCCESS and a.cc_request_number == 9
            assert now() - start >= 0.5
        assert len(tasks) == 1 and tasks[0] is not None

    serve(t)


def test_handlers_changed_between_requests_take_the_next_one() -> None:
    """What the node found for a command is kept until the handlers change, however they are
    changed (``handle``, or the ``handlers`` dict itself), or the dictionary gets a new class
    of that command."""
    from diameter import AVP, Answer, Request, avp, command, repeated
    from diameter import Avp as AvpValue
    from diameter.apps.base import ORIGIN_HOST, ORIGIN_REALM, RESULT_CODE, SESSION_ID

    def numbered(k: int) -> Callable[[CCR], CCA]:
        def on(req: CCR) -> CCA:
            return CCA(
                session_id=req.session_id,
                result_code=ResultCode.DIAMETER_SUCCESS,
                origin_host=SERVER,
                origin_realm="example.com",
                auth_application_id=4,
                cc_request_type=req.cc_request_type,
                cc_request_number=k,
            )

        return on

    async def t(node: Node, port: int) -> None:
        raw = await open_raw(port, caps(RAW, auth=frozenset({4, 0x7E57})))

        async def number() -> int:
            raw.send(ccr(0))
            _, a = await raw.recv()
            assert isinstance(a, CCA) and a.result_code == ResultCode.DIAMETER_SUCCESS
            return a.cc_request_number

        async def unsupported() -> bool:
            raw.send(ccr(0))
            _, a = await raw.recv()
            return isinstance(a, AnswerMessage) and a.result_code == ResultCode.DIAMETER_COMMAND_UNSUPPORTED

        node.handle(CCR, numbered(1))
        assert await number() == 1
        node.handlers[CCR] = numbered(2)
        assert await number() == 2
        node.handlers.update({CCR: numbered(3)})
        assert await number() == 3
        del node.handlers[CCR]
        assert await unsupported()
        node.handlers.setdefault(CCR, numbered(4))
        assert await number() == 4

        node.handlers.pop(CCR)
        assert await unsupported()
        handlers = node.handlers
        handlers |= {CCR: numbered(5)}
        assert await number() == 5
        node.handlers.clear()
        assert await unsupported()
        node.handlers[CCR] = numbered(6)
        assert await number() == 6
        node.handlers.popitem()
        assert await unsupported()

        # a command of application 0x7E57 unknown to the dictionary, then declared
        probe = GenericMessage(
            command_code=0x7E57,
            application_id=0x7E57,
            request=True,
            proxiable=True,
            avps=(
                AvpValue(263, b"raw;1", 0, 0x40),
                AvpValue(264, RAW.encode(), 0, 0x40),
                AvpValue(296, b"example.com", 0, 0x40),
                AvpValue(283, b"example.com", 0, 0x40),
            ),
        )
        raw.send(probe)
        _, unknown = await raw.recv()
        assert isinstance(unknown, AnswerMessage) and unknown.result_code == ResultCode.DIAMETER_COMMAND_UNSUPPORTED
        assert unknown.error_message == "command 32343 of application 32343 is not supported"

        @command("Probe-Answer", code=0x7E57, application_id=0x7E57, request=False, proxiable=True)
        class ProbeAnswer(Answer):
            session_id: str = avp(SESSION_ID, fixed=True)
            result_code: int = avp(RESULT_CODE)
            origin_host: str = avp(ORIGIN_HOST)
            origin_realm: str = avp(ORIGIN_REALM)
            avps: tuple[AvpValue, ...] = repeated(AVP, default=())

        @command("Probe-Request", code=0x7E57, application_id=0x7E57, request=True, proxiable=True)
        class ProbeRequest(Request[ProbeAnswer]):
            session_id: str = avp(SESSION_ID, fixed=True)
            origin_host: str = avp(ORIGIN_HOST)
            origin_realm: str = avp(ORIGIN_REALM)
            avps: tuple[AvpValue, ...] = repeated(AVP, default=())

        raw.send(probe)  # now a known command, without a handler
        _, unhandled = await raw.recv()
        assert isinstance(unhandled, AnswerMessage)
        assert unhandled.result_code == ResultCode.DIAMETER_COMMAND_UNSUPPORTED
        assert unhandled.error_message == "no handler for Probe-Request"

        def on_probe(req: ProbeRequest) -> ProbeAnswer:
            return ProbeAnswer(
                session_id=req.session_id,
                result_code=ResultCode.DIAMETER_SUCCESS,
                origin_host=SERVER,
                origin_realm="example.com",
            )

        node.handle(ProbeRequest, on_probe)
        sent = raw.send(probe)
        h, known = await raw.recv()
        assert_answers(h, sent, 0x7E57, app=0x7E57)
        assert not h.flags & FLAG_E and isinstance(known, ProbeAnswer)
        assert known.result_code == ResultCode.DIAMETER_SUCCESS

    serve(t, caps(SERVER, auth=frozenset({4, 0x7E57})))


def test_a_handler_for_another_dictionarys_class_of_the_command_gets_that_class() -> None:
    """NASREQ (RFC 7155) defines its own STR (275, application 1); a handler registered for the
    base protocol's STR (any application) still gets a NASREQ STR, as the class it was
    registered for."""
    from diameter.apps import nasreq

    async def t(node: Node, port: int) -> None:
        got: list[object] = []

        async def on_str(req: STR) -> STA:
            got.append(req)
            return STA(
                session_id=req.session_id,
                result_code=ResultCode.DIAMETER_SUCCESS,
                origin_host=SERVER,
                origin_realm="example.com",
                application_id=req.auth_application_id,
            )

        node.handle(STR, on_str)
        raw = await Raw.connect(port)
        await raw.handshake(caps(RAW, auth=frozenset({1})))
        request = nasreq.STR(
            session_id=f"{RAW};5;1",
            origin_host=RAW,
            origin_realm="example.com",
            destination_realm="example.com",
            auth_application_id=1,
            termination_cause=TerminationCause.DIAMETER_LOGOUT,
        )
        wire = diameter.encode(request, hop_by_hop=1, end_to_end=1)
        assert type(diameter.decode(wire)) is nasreq.STR  # what the node decodes it as
        sent = raw.send(request)
        h, a = await raw.recv()
        assert_answers(h, sent, 275, app=1)
        assert not h.flags & FLAG_E and isinstance(a, nasreq.STA)  # (decoded here as NASREQ's)
        assert a.result_code == ResultCode.DIAMETER_SUCCESS
        assert len(got) == 1 and type(got[0]) is STR
        assert getattr(got[0], "session_id") == f"{RAW};5;1"

    serve(t, caps(SERVER, auth=frozenset({1, 4})))


# -- answers ------------------------------------------------------------------------------------


async def client_of(
    server: RawServer, *, tw: float = 30.0, tc: float = 10.0, reconnect: bool = False
) -> tuple[Node, Raw]:
    """A node connected to the raw server (which accepts its CER)."""
    node = Node(caps(CLIENT), tw=tw, tc=tc, request_timeout=10.0)
    task = asyncio.create_task(node.connect("127.0.0.1", server.port, peer_host=RAW, reconnect=reconnect))
    raw = await server.next()
    await raw.accept(caps(RAW))
    peer = await task
    assert peer.state is PeerState.I_OPEN
    return node, raw


def with_raw_server(test: Callable[[RawServer], Awaitable[None]], timeout: float = 300) -> None:
    async def main() -> None:
        server = await RawServer().start()
        try:
            await test(server)
        finally:
            await server.stop()

    vclock.run(main(), timeout)


def test_an_answer_matching_no_pending_request_is_discarded() -> None:
    """RFC 6733 §6.2.1: an answer whose Hop-by-Hop Identifier matches no pending request is
    ignored; it is not answered, it completes no other request, and the connection stays."""

    async def t(server: RawServer) -> None:
        node, raw = await client_of(server)
        pending = asyncio.create_task(node.request(ccr(1, origin=CLIENT)))
        h, req = await raw.recv_skipping_dwr()
        assert isinstance(req, CCR)
        stray = cca(req, RAW)
        raw.send(stray, h.hop_by_hop ^ 0x5555, h.end_to_end)  # wrong Hop-by-Hop
        raw.send(stray, h.hop_by_hop + 1000, h.end_to_end + 1000)
        await asyncio.sleep(1.0)
        assert not pending.done()
        assert node.counters[(RAW, "unmatched answer", "discarded")] == 2  # counted, then discarded
        raw.send(evolve_cc(stray, 42), h.hop_by_hop, h.end_to_end)  # the real one
        answer = await pending
        assert isinstance(answer, CCA) and answer.cc_request_number == 42
        assert node.peers[RAW].state is PeerState.I_OPEN
        # and nothing was sent back for the stray answers: the next bytes are the node's next request
        task = asyncio.create_task(node.request(ccr(2, origin=CLIENT)))
        h, req = await raw.recv_skipping_dwr()
        assert isinstance(req, CCR) and req.cc_request_number == 2
        raw.send(cca(req, RAW), h.hop_by_hop, h.end_to_end)
        assert isinstance(await task, CCA)
        await node.close()

    with_raw_server(t)


def evolve_cc(answer: CCA, n: int) -> CCA:
    return diameter.evolve(answer, cc_request_number=n)


def test_an_undecodable_answer_fails_its_request_at_once() -> None:
    """An answer that does not decode is not answered (only requests get answers, RFC 6733
    §6.2); its request fails at once with :class:`InvalidAnswer` carrying the error (not at
    its timeout), and the connection carries the next request."""

    async def t(server: RawServer) -> None:
        node, raw = await client_of(server)
        pending = asyncio.create_task(node.request(ccr(1, origin=CLIENT), timeout=4.0))
        h, req = await raw.recv_skipping_dwr()
        assert isinstance(req, CCR)
        good = diameter.encode(cca(req, RAW), hop_by_hop=h.hop_by_hop, end_to_end=h.end_to_end)
        bad = bytearray(good)
        bad[20 + 5 : 20 + 8] = (7).to_bytes(3, "big")  # the Session-Id AVP's length: shorter than its header
        started = now()
        raw.write(bytes(bad))
        with pytest.raises(InvalidAnswer) as caught:
            await pending
        assert caught.value.error.result_code == ResultCode.DIAMETER_INVALID_AVP_LENGTH and caught.value.raw == bad
        assert now() - started < 4.0  # before the request's timeout: at once
        assert node.peers[RAW].state is PeerState.I_OPEN
        task = asyncio.create_task(node.request(ccr(2, origin=CLIENT)))
        h2, req2 = await raw.recv_skipping_dwr()  # nothing came back for the bad answer
        assert isinstance(req2, CCR) and req2.cc_request_number == 2
        raw.send(cca(req2, RAW), h2.hop_by_hop, h2.end_to_end)
        assert isinstance(await task, CCA)
        await node.close()

    with_raw_server(t)


def test_pending_requests_fail_when_the_only_peer_goes() -> None:
    """RFC 6733 §5.5.4: requests pending on a failed connection go to another peer; with no
    other peer they fail at once with :class:`PeerError`, not at their timeout."""

    async def t(server: RawServer) -> None:
        node, raw = await client_of(server)
        started = now()
        pending = [asyncio.create_task(node.request(ccr(i, origin=CLIENT), timeout=30.0)) for i in range(3)]
        for _ in range(3):
            await raw.recv_skipping_dwr()
        raw.writer.transport.abort()
        for p in pending:
            with pytest.raises(PeerError, match=f"peer {RAW} closed"):
                await p
        assert now() - started < 1.0
        assert node.peers[RAW].state is PeerState.CLOSED
        with pytest.raises(PeerError, match="no open peer"):
            await node.request(ccr(9, origin=CLIENT))
        await node.close()

    with_raw_server(t)


def test_probe_measures_a_dwr_round_trip() -> None:
    async def t(server: RawServer) -> None:
        node, raw = await client_of(server)
        probe = asyncio.create_task(node.probe(RAW))
        h, dwr = await raw.recv()
        assert isinstance(dwr, DeviceWatchdogRequest)  # RFC 6733 §5.5.1
        assert h.flags & FLAG_R and not h.flags & FLAG_P
        assert dwr.origin_host == CLIENT and dwr.origin_realm == "example.com"
        await asyncio.sleep(0.05)
        raw.answer_dwr(h)
        rtt = await probe
        assert 0.05 <= rtt < 0.1  # (the node polls for the DWA every millisecond)
        # a DWA that does not come: RequestTimeout after the probe's timeout
        started = now()
        with pytest.raises(RequestTimeout, match=f"no DWA from {RAW}"):
            await node.probe(timeout=0.1)
        assert 0.1 <= now() - started < 0.15
        with pytest.raises(PeerError):
            await node.probe("nobody.example.com")
        await node.close()

    with_raw_server(t)


def test_connection_refused_is_a_prompt_peer_error(caplog: pytest.LogCaptureFixture) -> None:
    """Nothing listens on the port: connect() fails at once with a PeerError naming the target
    (the refusal itself is logged), not after Tc."""

    async def main() -> None:
        server = await RawServer().start()
        port = server.port
        await server.stop()  # nothing listens on the port now
        node = Node(caps(CLIENT), tc=10.0)
        started = now()
        with (
            caplog.at_level(logging.INFO, logger="diameter.node"),
            pytest.raises(PeerError, match=f"could not open tcp 127.0.0.1:{port}"),
        ):
            await node.connect("127.0.0.1", port, peer_host=RAW)
        assert now() - started < 1.0  # not the Tc of a timeout: refused at once
        errors = [
            r.args[1]
            for r in caplog.records
            if r.getMessage().startswith("connection to ") and isinstance(r.args, tuple)
        ]
        assert len(errors) == 1 and isinstance(errors[0], ConnectionRefusedError)
        assert node.peers[RAW].state is PeerState.CLOSED
        await node.close()

    vclock.run(main(), 60)


def test_a_cancelled_request_is_not_failed_over() -> None:
    """RFC 6733 §5.5.4 fails over the requests still pending; one its caller gave up on (the
    task was cancelled) is not sent again, while another still pending is, with the T flag."""

    async def main() -> None:
        s1, s2 = await RawServer().start(), await RawServer().start()
        node = Node(caps(CLIENT), tw=30.0, tc=10.0)
        peers = []
        for server, name in ((s1, "one.example.com"), (s2, "two.example.com")):
            task = asyncio.create_task(node.connect("127.0.0.1", server.port, peer_host=name, reconnect=False))
            raw = await server.next()
            await raw.accept(caps(name))
            await task
            peers.append(raw)
        r1, r2 = peers

        def request(n: int) -> CCR:
            return diameter.evolve(ccr(n, origin=CLIENT), destination_host="one.example.com")

        cancelled = asyncio.create_task(node.request(request(1)))
        kept = asyncio.create_task(node.request(request(2)))
        for _ in range(2):
            await r1.recv_skipping_dwr()
        cancelled.cancel()
        await asyncio.sleep(0)
        r1.writer.transport.abort()
        h, again = await r2.recv_skipping_dwr()
        assert isinstance(again, CCR) and again.cc_request_number == 2 and h.flags & FLAG_T
        r2.send(cca(again, "two.example.com"), h.hop_by_hop, h.end_to_end)
        answer = await kept
        assert isinstance(answer, CCA) and answer.cc_request_number == 2
        with pytest.raises(asyncio.TimeoutError):
            await r2.recv_skipping_dwr(timeout=5)  # request 1 never comes
        assert cancelled.cancelled()
        await node.close()
        await s1.stop()
        await s2.stop()

    vclock.run(main(), 60)


def test_request_gives_the_answer_class_its_request_promises() -> None:
    """A base STR of application 1 is answered with an STA that decodes as NASREQ's (the
    decoder goes by the header's Application-Id); request() gives the caller the base STA,
    the class the base STR promises."""
    from diameter.apps import nasreq

    async def t(server: RawServer) -> None:
        node, raw = await client_of(server)
        request = STR(
            session_id=f"{CLIENT};6;1",
            origin_host=CLIENT,
            origin_realm="example.com",
            destination_realm="example.com",
            auth_application_id=1,
            termination_cause=TerminationCause.DIAMETER_LOGOUT,
        )
        task = asyncio.create_task(node.request(request, peer=RAW))
        h, got = await raw.recv_skipping_dwr()
        assert h.application_id == 1 and isinstance(got, nasreq.STR)
        sta = nasreq.STA(
            session_id=got.session_id,
            result_code=ResultCode.DIAMETER_SUCCESS,
            origin_host=RAW,
            origin_realm="example.com",
        )
        raw.send(sta, h.hop_by_hop, h.end_to_end)
        answer = await task
        assert type(answer) is STA and answer.result_code == ResultCode.DIAMETER_SUCCESS
        assert answer.session_id == f"{CLIENT};6;1" and answer.origin_host == RAW
        await node.close()

    with_raw_server(t)
