"""Runs in the SCTP VM (tests/test_sctp_vm.py boots it), never on the host: its name does not
start with test_, so pytest collects it only when given it by name.

It shows that the guest's kernel has SCTP: a raw SCTP socket, a one-to-one echo over 127.0.0.1
and ::1 with pysctp, an association over two addresses (127.0.0.1 and 127.0.0.2: bindx and
connectx), and that freeDiameter starts there.

Every wait is bounded with select(): pysctp's settimeout() makes the socket non-blocking, and
its calls then raise instead of waiting.
"""

from __future__ import annotations

import importlib
import select
import shutil
import socket
import subprocess
from collections.abc import Iterator, Sequence
from typing import Protocol, cast

import pytest

WAIT = 30.0   # seconds; generous, the guest is emulated
DIAMETER_PPID = 46   # RFC 6733 §2.1


class SndRcvInfo(Protocol):
    ppid: int
    stream: int


class Events(Protocol):
    data_io: bool


class SctpSocket(Protocol):
    """What is used here of pysctp's sctpsocket_tcp (it delegates the rest to its socket)."""

    events: Events

    def bind(self, address: tuple[str, int]) -> None: ...
    def bindx(self, addresses: Sequence[tuple[str, int]]) -> None: ...
    def connect(self, address: tuple[str, int]) -> None: ...
    def connectx(self, addresses: Sequence[tuple[str, int]]) -> None: ...
    def listen(self, backlog: int) -> None: ...
    def accept(self) -> tuple[SctpSocket, tuple[str, int]]: ...
    def fileno(self) -> int: ...
    def getsockname(self) -> tuple[str, int]: ...
    def getpaddrs(self) -> tuple[tuple[str, int], ...]: ...
    def getladdrs(self) -> tuple[tuple[str, int], ...]: ...
    def sctp_send(self, msg: bytes, ppid: int = 0, stream: int = 0) -> int: ...
    def sctp_recv(self, maxlen: int) -> tuple[object, int, bytes, SndRcvInfo]: ...
    def set_primary(self, assoc_id: int, address: tuple[str, int]) -> None: ...
    def close(self) -> None: ...


def sctp_socket(family: socket.AddressFamily) -> SctpSocket:
    sctp = importlib.import_module("sctp")
    sock = cast(SctpSocket, sctp.sctpsocket_tcp(family))
    sock.events.data_io = True   # fills the sndrcvinfo returned with each message (its ppid)
    return sock


def wait_readable(sock: SctpSocket) -> None:
    readable, _, _ = select.select([sock.fileno()], [], [], WAIT)
    assert readable, f"nothing to read after {WAIT} s"


def recv_message(sock: SctpSocket) -> tuple[bytes, SndRcvInfo]:
    notification = importlib.import_module("sctp").FLAG_NOTIFICATION
    while True:
        wait_readable(sock)
        _, flags, data, info = sock.sctp_recv(65536)
        if not flags & notification:
            return data, info


@pytest.fixture
def sockets() -> Iterator[list[SctpSocket]]:
    opened: list[SctpSocket] = []
    yield opened
    for sock in opened:
        sock.close()


def associate(opened: list[SctpSocket], family: socket.AddressFamily, server_addresses: Sequence[str],
              ) -> tuple[SctpSocket, SctpSocket, int]:
    """A listening server bound to all of server_addresses, a client connected to all of them:
    (client, server's end, port)."""
    server = sctp_socket(family)
    opened.append(server)
    server.bind((server_addresses[0], 0))
    port = server.getsockname()[1]
    if len(server_addresses) > 1:
        server.bindx([(address, port) for address in server_addresses[1:]])
    server.listen(1)
    client = sctp_socket(family)
    opened.append(client)
    if len(server_addresses) > 1:
        client.connectx([(address, port) for address in server_addresses])
    else:
        client.connect((server_addresses[0], port))
    wait_readable(server)
    conn, _ = server.accept()
    opened.append(conn)
    return client, conn, port


def test_kernel_has_sctp() -> None:
    for family in (socket.AF_INET, socket.AF_INET6):
        for kind in (socket.SOCK_STREAM, socket.SOCK_SEQPACKET):
            socket.socket(family, kind, socket.IPPROTO_SCTP).close()


@pytest.mark.parametrize(("family", "address"), [(socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")],
                         ids=["ipv4", "ipv6"])
def test_echo(sockets: list[SctpSocket], family: socket.AddressFamily, address: str) -> None:
    client, conn, _ = associate(sockets, family, [address])
    message = b"\x01\x00\x00\x14" + bytes(16)
    assert client.sctp_send(message, ppid=DIAMETER_PPID) == len(message)
    data, info = recv_message(conn)
    assert data == message
    # pysctp converts the PPID to network byte order when sending, not back when receiving.
    assert socket.ntohl(info.ppid) == DIAMETER_PPID
    conn.sctp_send(data[::-1], ppid=DIAMETER_PPID)
    echoed, info = recv_message(client)
    assert echoed == message[::-1]
    assert socket.ntohl(info.ppid) == DIAMETER_PPID


def test_multihoming(sockets: list[SctpSocket]) -> None:
    """One association over two server addresses; data still flows with the second as primary."""
    client, conn, port = associate(sockets, socket.AF_INET, ["127.0.0.1", "127.0.0.2"])
    expected = {("127.0.0.1", port), ("127.0.0.2", port)}
    assert set(client.getpaddrs()) == expected
    assert set(conn.getladdrs()) == expected
    client.set_primary(0, ("127.0.0.2", port))
    client.sctp_send(b"over the second address", ppid=DIAMETER_PPID)
    data, _ = recv_message(conn)
    assert data == b"over the second address"


def test_freediameter_starts() -> None:
    daemon = shutil.which("freeDiameterd")
    if daemon is None:
        pytest.skip("freeDiameterd is not installed")
    done = subprocess.run([daemon, "--help"], capture_output=True, text=True, timeout=WAIT, check=False)
    assert done.returncode == 0, done.stderr
    assert "freeDiameter" in done.stdout
