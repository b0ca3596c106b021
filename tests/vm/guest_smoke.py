"""Runs in the SCTP VM (tests/test_sctp_vm.py boots it), never on the host: its name does not
start with test_, so pytest collects it only when given it by name.

It shows that the guest's kernel has SCTP: a raw SCTP socket, a one-to-one echo over 127.0.0.1
and ::1 with pysctp, an association over two addresses (127.0.0.1 and 127.0.0.2: bindx and
connectx), and that freeDiameter starts there.

Every wait is bounded with select(): pysctp's settimeout() makes the socket non-blocking, and
its calls then raise instead of waiting.
"""

from __future__ import annotations

import select
import shutil
import socket
import subprocess
from collections.abc import Iterator, Sequence

import pytest
import sctp  # pysctp: installed with the sctp extra; this file runs only in the VM

WAIT = 30.0  # seconds; generous, the guest is emulated
DIAMETER_PPID = 46  # RFC 6733 §2.1


def sctp_socket(family: socket.AddressFamily) -> sctp.sctpsocket_tcp:
    sock = sctp.sctpsocket_tcp(family)
    sock.events.data_io = True  # fills the sndrcvinfo returned with each message (its ppid)
    return sock


def wait_readable(sock: sctp.sctpsocket_tcp) -> None:
    readable, _, _ = select.select([sock.fileno()], [], [], WAIT)
    assert readable, f"nothing to read after {WAIT} s"


def recv_message(sock: sctp.sctpsocket_tcp) -> tuple[bytes, sctp.sndrcvinfo]:
    while True:
        wait_readable(sock)
        _, flags, data, info = sock.sctp_recv(65536)
        if not flags & sctp.FLAG_NOTIFICATION:
            assert data is not None and isinstance(info, sctp.sndrcvinfo)
            return data, info


@pytest.fixture
def sockets() -> Iterator[list[sctp.sctpsocket_tcp]]:
    opened: list[sctp.sctpsocket_tcp] = []
    yield opened
    for sock in opened:
        sock.close()


def associate(
    opened: list[sctp.sctpsocket_tcp],
    family: socket.AddressFamily,
    server_addresses: Sequence[str],
) -> tuple[sctp.sctpsocket_tcp, sctp.sctpsocket_tcp, int]:
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


@pytest.mark.parametrize(
    ("family", "address"), [(socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")], ids=["ipv4", "ipv6"]
)
def test_echo(sockets: list[sctp.sctpsocket_tcp], family: socket.AddressFamily, address: str) -> None:
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


def test_multihoming(sockets: list[sctp.sctpsocket_tcp]) -> None:
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
