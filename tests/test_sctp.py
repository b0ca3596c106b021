"""SCTP without a kernel that has it: stream selection, addresses, the transport over a stand-in
for pysctp's socket (parts of a message, "try again", notifications, the end of an association),
peer URIs with ;transport=sctp, and the errors when SCTP cannot be used.

The same code on a kernel with SCTP, against our nodes and freeDiameter: tests/vm/guest_sctp.py,
run in a VM by tests/test_sctp_vm.py.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import struct
import sys
import zlib
from collections import deque
from ipaddress import IPv4Address, IPv6Address
from itertools import pairwise
from types import SimpleNamespace
from typing import Any

import attrs
import pytest

import diameter
from diameter.apps.base import (
    DeviceWatchdogAnswer,
    DeviceWatchdogRequest,
    DisconnectCause,
    DisconnectPeerRequest,
    ResultCode,
)
from diameter.apps.credit_control import CCA, CCR, CCRequestType
from diameter.asyncio import Node, PeerError, SctpUnavailable, sctp
from diameter.asyncio.sctp import (
    SctpParameters,
    SctpServer,
    SctpTransport,
    Seen,
    choose_stream,
    pack_addresses,
    session_id,
    session_stream,
)
from diameter.capabilities import LocalCapabilities

import vclock

CAPS = LocalCapabilities(
    origin_host="client.example.com", origin_realm="example.com", auth_application_ids=frozenset({4})
)


def ccr(session: str, n: int = 0, hbh: int = 1) -> bytes:
    return diameter.encode(
        CCR(
            session_id=session,
            origin_host="client.example.com",
            origin_realm="example.com",
            destination_realm="example.com",
            auth_application_id=4,
            service_context_id="x",
            cc_request_type=CCRequestType.EVENT_REQUEST,
            cc_request_number=n,
        ),
        hop_by_hop=hbh,
        end_to_end=n,
    )


def cca(session: str, hbh: int) -> bytes:
    return diameter.encode(
        CCA(
            session_id=session,
            result_code=ResultCode.DIAMETER_SUCCESS,
            origin_host="server.example.com",
            origin_realm="example.com",
            auth_application_id=4,
            cc_request_type=CCRequestType.EVENT_REQUEST,
            cc_request_number=0,
        ),
        hop_by_hop=hbh,
        end_to_end=hbh,
    )


def base_messages() -> list[bytes]:
    dwr = DeviceWatchdogRequest(origin_host="a", origin_realm="b")
    dwa = DeviceWatchdogAnswer(result_code=ResultCode.DIAMETER_SUCCESS, origin_host="a", origin_realm="b")
    dpr = DisconnectPeerRequest(origin_host="a", origin_realm="b", disconnect_cause=DisconnectCause.REBOOTING)
    return [diameter.encode(m, hop_by_hop=5, end_to_end=5) for m in (CAPS.cer(), CAPS.cea(2001), dwr, dwa, dpr)]


# -- streams ----------------------------------------------------------------------------------


def test_base_protocol_messages_go_on_stream_0() -> None:
    for data in base_messages():
        assert choose_stream(data, 10) == 0


def test_a_session_keeps_its_stream_and_sessions_spread_over_the_others() -> None:
    streams = {choose_stream(ccr(f"client.example.com;1;{n}"), 10) for n in range(200)}
    assert streams == set(range(1, 10))  # every stream but 0
    for n in range(20):
        sid = f"client.example.com;7;{n}"
        first = choose_stream(ccr(sid, 0), 10)
        assert all(choose_stream(ccr(sid, k, hbh=k + 3), 10) == first for k in range(5))
        assert first == session_stream(sid.encode(), 10)
    assert session_stream(b"s;1", 10) == 1 + zlib.crc32(b"s;1") % 9  # stable across processes


def test_an_answer_goes_on_the_stream_of_its_request() -> None:
    answer = cca("client.example.com;1;1", hbh=9)
    assert choose_stream(answer, 10, request_stream=7) == 7
    assert choose_stream(base_messages()[3], 10, request_stream=4) == 4  # a DWA too
    # a stream that does not exist this way, or no request seen: by its Session-Id
    assert choose_stream(answer, 5, request_stream=7) == session_stream(b"client.example.com;1;1", 5)
    assert choose_stream(answer, 10) == session_stream(b"client.example.com;1;1", 10)
    # a request ignores request_stream
    assert choose_stream(ccr("s;1"), 10, request_stream=7) == session_stream(b"s;1", 10)


def test_one_stream_and_messages_without_session_id() -> None:
    assert choose_stream(ccr("s;1"), 1) == 0 and choose_stream(ccr("s;1"), 0) == 0
    # no Session-Id (an ASR-like request of an unknown command): by End-to-End identifier
    raw = bytearray(diameter.encode(CAPS.cer(), hop_by_hop=1, end_to_end=23))
    raw[5:8] = (300).to_bytes(3, "big")
    assert choose_stream(bytes(raw), 10) == 1 + 23 % 9


def test_session_id_is_found_wherever_it_is() -> None:
    assert session_id(ccr("abc;1")) == b"abc;1"
    assert session_id(base_messages()[0]) is None
    avp = diameter.Avp(263, b"late;1", 0, 0x40)
    vendor = diameter.Avp(263, b"vendor's", 10415, 0x80)
    msg = diameter.GenericMessage(
        command_code=8388999, application_id=4, request=True, avps=(diameter.Avp(264, b"origin", 0, 0x40), vendor, avp)
    )
    assert session_id(diameter.encode(msg)) == b"late;1"
    assert session_id(diameter.encode(msg)[:30]) is None  # cut short: nothing, no error
    assert session_id(b"") is None


def test_addresses_are_packed_as_the_kernel_takes_them() -> None:
    packed = pack_addresses([("127.0.0.2", 3868), ("::1", 3869), ("fe80::1%3", 0)])
    v4 = struct.pack("=H", socket.AF_INET) + struct.pack("!H", 3868) + bytes([127, 0, 0, 2]) + bytes(8)
    v6 = struct.pack("=H", socket.AF_INET6) + struct.pack("!HI", 3869, 0) + IPv6Address("::1").packed
    v6 += struct.pack("=I", 0)
    ll = struct.pack("=H", socket.AF_INET6) + struct.pack("!HI", 0, 0) + IPv6Address("fe80::1").packed
    ll += struct.pack("=I", 3)
    assert packed == v4 + v6 + ll and len(packed) == 16 + 28 + 28
    with pytest.raises(ValueError):
        pack_addresses([("example.com", 1)])


# -- the transport over a stand-in socket -----------------------------------------------------


class FakeRawSocket:
    """The socket under :class:`FakeSctpSocket`: one end of a socket pair for the event loop (each
    scripted receive is announced by a byte on the pair, so that the loop sees it readable), with
    the messages and their SCTP_SNDRCV ancillary data scripted."""

    def __init__(self, fake: FakeSctpSocket, end: socket.socket) -> None:
        self.fake, self.end = fake, end

    def fileno(self) -> int:
        return self.end.fileno()

    def recvmsg(self, bufsize: int, ancbufsize: int) -> tuple[bytes, list[tuple[int, int, bytes]], int, Any]:
        self.end.recv(1)  # BlockingIOError when nothing is announced, as a non-blocking socket
        flags, data, stream, ppid = self.fake.incoming.popleft()
        # struct sctp_sndrcvinfo as the kernel fills it: the PPID as it came on the wire
        info = struct.pack("=HHHxxIIIIIi", stream, 0, 0, socket.htonl(ppid), 0, 0, 0, 0, 1)
        assert ancbufsize >= socket.CMSG_SPACE(len(info))
        return data, [(socket.IPPROTO_SCTP, 1, info)], flags, ("127.0.0.1", 3868)

    def sendmsg(self, buffers: list[bytes], ancdata: list[tuple[int, int, bytes]]) -> int:
        if self.fake.busy:
            self.fake.busy -= 1
            raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")
        [(level, kind, info)] = ancdata
        assert (level, kind, len(info)) == (socket.IPPROTO_SCTP, 1, 32)  # SCTP_SNDRCV
        stream, _, _, ppid = struct.unpack("=HHHxxI", info[:12])
        msg = b"".join(buffers)
        self.fake.sent.append((msg, socket.ntohl(ppid), stream))
        return len(msg)

    def getpeername(self) -> Any:
        return ("127.0.0.1", 3868)

    def getsockname(self) -> Any:
        return ("127.0.0.1", 40000)

    def setsockopt(self, *args: Any) -> None:
        pass

    def close(self) -> None:
        self.end.close()


class FakeSctpSocket:
    """What the transport uses of pysctp's ``sctpsocket_tcp`` (and of the socket under it)."""

    def __init__(self, streams: int = 10) -> None:
        self.a, self.b = socket.socketpair()
        self.a.setblocking(False)
        self.raw = FakeRawSocket(self, self.a)
        self.incoming: deque[tuple[int, bytes, int, int]] = deque()
        self.sent: list[tuple[bytes, int, int]] = []
        self.busy = 0  # sendmsg says "try again" this many times
        self.status = SimpleNamespace(instrms=streams, outstrms=streams)

    def feed(self, flags: int, data: bytes, stream: int = 0, ppid: int = 46) -> None:
        self.incoming.append((flags, data, stream, ppid))
        self.b.send(b"x")

    def get_status(self) -> SimpleNamespace:
        return self.status

    def getpaddrs(self) -> tuple[tuple[str, int], ...]:
        return (("::ffff:127.0.0.1", 3868), ("127.0.0.2", 3868))

    def getladdrs(self) -> tuple[tuple[str, int], ...]:
        return (("::ffff:127.0.0.1", 40000), ("::1", 40000), ("127.0.0.1", 40000))

    def sock(self) -> Any:
        return self.raw


class Recorder(asyncio.Protocol):
    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.lost: list[Exception | None] = []
        self.transport: asyncio.BaseTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.messages.append(data)

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost.append(exc)


async def settle(check: Any, rounds: int = 200) -> None:
    for _ in range(rounds):
        if check():
            return
        await asyncio.sleep(0.005)


def make() -> tuple[FakeSctpSocket, Recorder, SctpTransport]:
    fake, proto = FakeSctpSocket(), Recorder()
    fake_any: Any = fake
    return fake, proto, SctpTransport(asyncio.get_running_loop(), fake_any, proto)


def test_a_message_in_parts_comes_out_whole_with_its_stream_and_ppid() -> None:
    async def main() -> None:
        fake, proto, t = make()
        await settle(lambda: proto.transport is t)
        request = ccr("client.example.com;1;1", hbh=77)
        fake.feed(0x8000, b"\x00\x01\x00\x00")  # a notification: skipped
        fake.feed(0, request[:30], stream=3)  # no MSG_EOR: more to come
        fake.feed(0, request[30:50], stream=3)
        fake.feed(socket.MSG_EOR, request[50:], stream=3)
        fake.feed(socket.MSG_EOR, base_messages()[2], stream=0)
        await settle(lambda: sum(map(len, proto.messages)) >= len(request) + len(base_messages()[2]))
        # whole, and read in one go: handed over together, as one TCP read's bytes would be
        assert proto.messages == [request + base_messages()[2]]
        assert t.received == {Seen(3, 46, 272, True): 1, Seen(0, 46, 280, True): 1}
        # the answer goes back on stream 3, with PPID 46 (in network order on the wire)
        t.write(cca("client.example.com;1;1", hbh=77))
        t.write(base_messages()[3])
        assert [(p, s) for _, p, s in fake.sent] == [(46, 3), (46, 0)]
        assert t.sent == {Seen(3, 46, 272, False): 1, Seen(0, 46, 280, False): 1}
        assert t.get_extra_info("sctp_streams") == (10, 10)
        assert t.peer_addresses() == [("127.0.0.1", 3868), ("127.0.0.2", 3868)]
        assert t.local_ip_addresses() == (IPv4Address("127.0.0.1"), IPv6Address("::1"))
        fake.feed(socket.MSG_EOR, b"")  # the peer shut the association down
        await settle(lambda: bool(proto.lost))
        assert proto.lost == [None] and t.is_closing()
        fake.b.close()

    asyncio.run(asyncio.wait_for(main(), 10))


def test_sending_waits_when_the_socket_says_try_again_and_keeps_the_order() -> None:
    async def main() -> None:
        fake, proto, t = make()
        fake.busy = 3
        messages = [ccr(f"s;{n}", n, hbh=n) for n in range(5)]
        for m in messages:
            t.write(m)
        assert t.get_write_buffer_size() == sum(map(len, messages))
        t.close()  # sends what is queued first
        assert not proto.lost
        await settle(lambda: bool(proto.lost))
        assert [m for m, _, _ in fake.sent] == messages and t.get_write_buffer_size() == 0
        assert [s for _, _, s in fake.sent] == [session_stream(f"s;{n}".encode(), 10) for n in range(5)]
        assert proto.lost == [None]
        t.write(messages[0])  # after close: ignored
        assert len(fake.sent) == 5
        fake.b.close()

    asyncio.run(asyncio.wait_for(main(), 10))


def test_close_gives_up_on_a_queue_that_never_drains() -> None:
    async def main() -> None:
        fake, proto, t = make()
        fake.busy = 1 << 30  # the peer never reads: every send says "try again"
        t.close_timeout = 0.2
        t.write(ccr("s;1", 1, hbh=1))
        t.close()
        await asyncio.sleep(0.05)
        assert not proto.lost  # still trying to send what is queued
        await settle(lambda: bool(proto.lost))
        assert proto.lost == [None] and t.get_write_buffer_size() == 0 and not fake.sent
        fake.b.close()

    asyncio.run(asyncio.wait_for(main(), 10))


def test_a_stream_can_be_given_and_must_exist() -> None:
    async def main() -> None:
        fake, proto, t = make()
        t.send(ccr("s;1"), stream=9)
        with pytest.raises(ValueError):
            t.send(ccr("s;1"), stream=10)
        assert [s for _, _, s in fake.sent] == [9]
        t.pause_reading()
        assert not t.is_reading()
        t.resume_reading()
        assert t.is_reading()
        t.abort()
        await settle(lambda: bool(proto.lost))
        assert proto.lost == [None]
        fake.b.close()

    asyncio.run(asyncio.wait_for(main(), 10))


def test_a_receive_error_ends_the_association_with_it() -> None:
    async def main() -> None:
        fake, proto, _t = make()

        def broken(bufsize: int, ancbufsize: int) -> Any:
            raise ConnectionResetError(errno.ECONNRESET, "Connection reset by peer")

        fake.raw.recvmsg = broken  # type: ignore[method-assign]
        fake.b.send(b"x")
        await settle(lambda: bool(proto.lost))
        assert isinstance(proto.lost[0], ConnectionResetError)
        fake.b.close()

    asyncio.run(asyncio.wait_for(main(), 10))


# -- when SCTP cannot be used -----------------------------------------------------------------


class NoSctpSocket(socket.socket):
    """socket.socket on a kernel without SCTP (errno 93 for IPPROTO_SCTP)."""

    def __init__(self, family: int = -1, type: int = -1, proto: int = -1, fileno: int | None = None) -> None:
        if proto == socket.IPPROTO_SCTP:
            raise OSError(errno.EPROTONOSUPPORT, "Protocol not supported")
        super().__init__(family, type, proto, fileno)


def test_a_kernel_without_sctp_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import sctp as pysctp  # the [test] extra installs pysctp: this test must run, not skip

    assert pysctp.sctpsocket_tcp is not None
    monkeypatch.setattr(socket, "socket", NoSctpSocket)
    with pytest.raises(SctpUnavailable, match="no SCTP.*modprobe sctp"):
        sctp.check()
    assert "modprobe sctp" in (sctp.available() or "")

    async def main() -> None:
        node = Node(CAPS)
        with pytest.raises(SctpUnavailable):
            await node.listen("127.0.0.1", 0, transport="sctp")
        with pytest.raises(SctpUnavailable):
            await node.connect("127.0.0.1", 3868, transport="sctp")
        with pytest.raises(SctpUnavailable):
            await node.connect_uri("aaa://localhost:3868;transport=sctp")
        assert not node.peers
        await node.close()

    asyncio.run(asyncio.wait_for(main(), 10))


def test_without_pysctp_the_error_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sctp", None)  # import sctp raises ImportError
    with pytest.raises(SctpUnavailable, match=r"pip install 'diameter-typed\[sctp\]'"):
        sctp.check()
    assert issubclass(SctpUnavailable, diameter.DiameterError)

    async def main() -> None:
        with pytest.raises(SctpUnavailable):
            await Node(CAPS).listen("127.0.0.1", 0, transport="sctp")

    asyncio.run(main())


def test_uris_with_transport_sctp(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []

    async def fake_connect(self: Node, host: Any, port: int = 3868, **kw: Any) -> Any:
        calls.append((host, port, kw["transport"], kw["peer_host"], kw["ssl"], kw["local_addresses"]))
        return None

    monkeypatch.setattr(Node, "connect", fake_connect)

    async def main() -> None:
        node = Node(CAPS)
        await node.connect_uri("aaa://peer.example.com;transport=sctp")
        await node.connect_uri("aaa://[::1]:3869;transport=SCTP", local_addresses=("::1", "127.0.0.1"))
        await node.connect_uri("aaa://peer.example.com:3870")
        assert calls == [
            ("peer.example.com", 3868, "sctp", "peer.example.com", None, None),
            ("::1", 3869, "sctp", "::1", None, ("::1", "127.0.0.1")),
            ("peer.example.com", 3870, "tcp", "peer.example.com", None, None),
        ]
        with pytest.raises(PeerError, match="DTLS"):
            await node.connect_uri("aaas://peer.example.com;transport=sctp")
        with pytest.raises(PeerError, match="udp"):
            await node.connect_uri("aaa://peer.example.com;transport=udp;protocol=radius")

    asyncio.run(main())


def test_transport_arguments_are_checked() -> None:
    import ssl

    with pytest.raises(ValueError):
        Node(CAPS, sctp_streams=0)

    async def main() -> None:
        node = Node(CAPS)
        with pytest.raises(ValueError, match="DTLS"):
            await node.listen("127.0.0.1", 0, transport="sctp", ssl=ssl.create_default_context())
        with pytest.raises(ValueError, match="transport"):
            await node.connect("127.0.0.1", 1, transport="quic")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="one local address"):
            await node.connect("127.0.0.1", 1, local_addresses=("127.0.0.1", "127.0.0.2"))

    asyncio.run(main())


# -- association parameters -------------------------------------------------------------------


def test_association_parameters_defaults_and_checks() -> None:
    p = SctpParameters()
    assert (p.rto_initial, p.rto_min, p.rto_max, p.heartbeat_interval, p.path_max_retrans, p.assoc_max_retrans) == (
        1.0,
        0.2,
        1.0,
        1.0,
        2,
        4,
    )
    assert SctpParameters.rfc4960() == SctpParameters(3.0, 1.0, 60.0, 30.0, 5, 10)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        p.rto_min = 0.1  # type: ignore[misc]
    bad: list[tuple[dict[str, Any], str]] = [
        ({"rto_min": 0.5, "rto_initial": 0.3}, "rto_min <= rto_initial <= rto_max"),
        ({"rto_max": 0.5}, "rto_min <= rto_initial <= rto_max"),
        ({"rto_min": 0}, r"RTO.Min \(rto_min\) must be between 0.001"),
        ({"rto_min": -1}, "between"),
        ({"rto_max": float("inf")}, r"RTO.Max \(rto_max\) must be a number"),
        ({"rto_initial": float("nan")}, "must be a number"),
        ({"heartbeat_interval": 0.0}, r"heartbeat interval \(heartbeat_interval\)"),
        ({"heartbeat_interval": 3e6}, "between"),
        ({"heartbeat_interval": "1"}, "must be a number"),
        ({"path_max_retrans": 0}, r"Path.Max.Retrans \(path_max_retrans\) must be an integer in 1..65535"),
        ({"path_max_retrans": 2.0}, "must be an integer"),
        ({"assoc_max_retrans": True}, "must be an integer"),
        ({"assoc_max_retrans": 65536}, "1..65535"),
        ({"path_max_retrans": 5, "assoc_max_retrans": 4}, "must not be smaller than path_max_retrans"),
    ]
    for kw, message in bad:
        with pytest.raises(ValueError, match=message):
            SctpParameters(**kw)
    assert SctpParameters(rto_min=0.1, rto_initial=0.1, rto_max=0.1, path_max_retrans=1, assoc_max_retrans=1)


class OptionRecorder:
    """A raw socket that records setsockopt and answers getsockopt from what was set, as the
    kernel does on a one-to-one socket (tests/vm/guest_sctp.py reads them back from a kernel)."""

    def __init__(self, fail: int | None = None) -> None:
        self.options: dict[tuple[int, int], bytes] = {}
        self.fail = fail

    def setsockopt(self, level: int, option: int, value: bytes) -> None:
        if option == self.fail:
            raise OSError(errno.EINVAL, "Invalid argument")
        self.options[level, option] = value


def test_parameters_are_packed_as_the_kernel_takes_them() -> None:
    rec = OptionRecorder()
    rec_any: Any = rec
    SctpParameters(
        rto_initial=0.3, rto_min=0.15, rto_max=0.8, heartbeat_interval=2.5, path_max_retrans=3, assoc_max_retrans=6
    ).apply(rec_any)
    sctp_level = socket.IPPROTO_SCTP
    # struct sctp_rtoinfo: assoc id, initial, max, min (ms)
    assert rec.options[sctp_level, 0] == struct.pack("=iIII", 0, 300, 800, 150)
    # struct sctp_assocparams: assoc id, asocmaxrxt (the rest 0: unchanged)
    assert rec.options[sctp_level, 1] == struct.pack("=iHHIII", 0, 6, 0, 0, 0, 0)
    # struct sctp_paddrparams (packed): assoc id, any address, hbinterval, pathmaxrxt, pathmtu,
    # sackdelay, flags = SPP_HB_ENABLE (without it the kernel ignores hbinterval)
    paddr = rec.options[sctp_level, 9]
    assert len(paddr) == 152
    assert paddr == struct.pack("=i", 0) + bytes(128) + struct.pack("=IHIII", 2500, 3, 0, 0, 1) + bytes(2)
    with pytest.raises(ValueError, match="the kernel does not take these SCTP parameters"):
        SctpParameters().apply(OptionRecorder(fail=9))  # type: ignore[arg-type]


def test_connect_and_create_server_set_the_parameters_before_anything_else(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[int, int, SctpParameters | None]] = []

    class Stop(Exception):
        pass

    def fake_open(family: int, streams: int, params: SctpParameters | None = None) -> Any:
        opened.append((family, streams, params))
        raise Stop

    monkeypatch.setattr(sctp, "_open_socket", fake_open)
    mine = SctpParameters(heartbeat_interval=5.0)

    async def main() -> None:
        for call in (
            lambda p: sctp.connect(Recorder, ["127.0.0.1"], 3868, params=p),
            lambda p: sctp.create_server(Recorder, ["::1"], 3868, streams=3, params=p),
        ):
            with pytest.raises(Stop):
                await call(None)
            with pytest.raises(Stop):
                await call(mine)

    asyncio.run(main())
    assert opened == [
        (socket.AF_INET, 16, SctpParameters()),
        (socket.AF_INET, 16, mine),
        (socket.AF_INET6, 3, SctpParameters()),
        (socket.AF_INET6, 3, mine),
    ]


# -- accepting --------------------------------------------------------------------------------


class FailingListener:
    """A listening socket whose accept fails as told; its descriptor is always readable."""

    def __init__(self) -> None:
        self.a, self.b = socket.socketpair()
        self.b.send(b"x")  # readable until closed: the loop calls accept as long as it watches
        self.family = socket.AF_INET
        self.errors: deque[OSError | None] = deque()  # None: an association
        self.calls: list[float] = []

    def fileno(self) -> int:
        return self.a.fileno()

    def accept(self) -> tuple[socket.socket, tuple[str, int]]:
        self.calls.append(asyncio.get_running_loop().time())
        error = self.errors.popleft() if self.errors else OSError(errno.EMFILE, "Too many open files")
        if error is None:
            conn, other = socket.socketpair()
            other.close()
            return conn, ("127.0.0.1", 40000)
        raise error

    def close(self) -> None:
        self.a.close()
        self.b.close()


def test_accept_backs_off_when_out_of_descriptors(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import sctp as pysctp

    def not_sctp(family: int, sk: socket.socket) -> Any:
        raise OSError(errno.ENOPROTOOPT, "not an SCTP socket")  # the accepted stand-in is a socketpair

    monkeypatch.setattr(pysctp, "sctpsocket_tcp", not_sctp)
    listener = FailingListener()
    holder = SimpleNamespace(sock=lambda: listener)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = SctpServer(loop, holder, Recorder)  # type: ignore[arg-type]
        start = loop.time()
        await asyncio.sleep(30)  # virtual seconds
        gaps = [round(b - a, 2) for a, b in pairwise(listener.calls)]
        assert listener.calls[0] - start < 0.01
        # 0.1 s after the first failure, doubling up to 5 s: not a busy loop
        assert gaps[:8] == [0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 5.0, 5.0], gaps
        assert len(listener.calls) == 11
        warnings = [r for r in caplog.records if r.levelname == "WARNING"]
        assert len(warnings) == 1 and "Too many open files" in warnings[0].getMessage()
        # an association accepted again (then EAGAIN) resets the delay; the next failure logs anew
        listener.errors.extend(
            [None, BlockingIOError(errno.EAGAIN, "again"), OSError(errno.ENFILE, "Too many open files in system")]
        )
        await asyncio.sleep(5.5)
        calls = listener.calls[11:]  # the association, EAGAIN, at once ENFILE (still readable), ...
        assert round(calls[2] - calls[0], 2) == 0.0
        assert [round(b - a, 2) for a, b in pairwise(calls[2:])] == [0.1, 0.2, 0.4, 0.8, 1.6]
        said = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
        assert len(said) == 3, said
        assert "works again, after 11 failures" in said[1] and "in system" in said[2]
        n = len(listener.calls)
        server.close()
        await asyncio.sleep(10)
        assert len(listener.calls) == n  # closed: no retry after all

    with caplog.at_level(logging.DEBUG, logger="diameter.sctp"):
        vclock.run(main())
    listener.close()
