"""Runs in the SCTP VM (tests/test_sctp_vm.py boots it), never on the host.

The association parameters (diameter.asyncio.sctp.SctpParameters) as the kernel holds them, on
the listening, connecting and accepted sockets of real associations (IPv4 multi-homed and IPv6),
read back with our getsockopt and with pysctp's readers; and the messages read together, handed
to the protocol in one call.

The stall of a multi-homed association when a path fails under load, with these parameters and
the kernel's: tests/vm/guest_sctp_failover.py (a tc filter drops the path's packets silently; a
route that fails or an address removed made SCTP switch paths at once, measuring nothing).
"""

from __future__ import annotations

import asyncio
import socket
import subprocess
import time
from collections.abc import Iterator

import pytest
import sctp as pysctp

from diameter.asyncio import sctp
from diameter.asyncio.sctp import SctpParameters, SctpTransport

WAIT = 120.0
CLIENT = ("10.9.9.11", "10.9.9.12")
SERVER = ("10.9.9.21", "10.9.9.22")


def ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True)


@pytest.fixture(autouse=True)
def addresses() -> Iterator[None]:
    """The client's and the server's addresses, on lo (the guest's only interface)."""
    for a in CLIENT + SERVER:
        ip("addr", "add", f"{a}/32", "dev", "lo")
    yield
    for a in CLIENT + SERVER:
        subprocess.run(["ip", "addr", "del", f"{a}/32", "dev", "lo"], check=False)


class Echo(asyncio.Protocol):
    def __init__(self) -> None:
        self.transport: SctpTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, SctpTransport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        assert self.transport is not None
        self.transport.send(data, 0)  # one stream: the order of the echoes is the order sent


class Arrivals(asyncio.Protocol):
    def __init__(self) -> None:
        self.times: dict[int, float] = {}

    def data_received(self, data: bytes) -> None:
        self.times[int.from_bytes(data[:4], "big")] = time.monotonic()


async def pair(
    params: SctpParameters | None, server_hosts: tuple[str, ...] = SERVER, client_hosts: tuple[str, ...] = CLIENT
) -> tuple[sctp.SctpServer, list[Echo], SctpTransport, Arrivals]:
    echoes: list[Echo] = []

    def echo() -> Echo:
        echoes.append(Echo())
        return echoes[-1]

    server = await sctp.create_server(echo, server_hosts, 0, params=params)
    arrivals = Arrivals()
    client = await sctp.connect(lambda: arrivals, server_hosts, server.port, local=client_hosts, params=params)
    for _ in range(400):
        if echoes and echoes[0].transport is not None:
            break
        await asyncio.sleep(0.01)
    return server, echoes, client, arrivals


def carried(raw: socket.socket, expected: SctpParameters) -> bool:
    """The association keeps its times in jiffies: equal within a tick (HZ >= 100)."""
    got = SctpParameters.of(raw)
    return all(
        abs(getattr(got, n) - getattr(expected, n)) <= 0.01
        for n in ("rto_initial", "rto_min", "rto_max", "heartbeat_interval")
    ) and (got.path_max_retrans, got.assoc_max_retrans) == (expected.path_max_retrans, expected.assoc_max_retrans)


@pytest.mark.parametrize("family", ["ipv4", "ipv6"])
def test_both_ends_carry_the_parameters(family: str) -> None:
    mine = SctpParameters(
        rto_initial=0.4, rto_min=0.15, rto_max=0.8, heartbeat_interval=2.5, path_max_retrans=3, assoc_max_retrans=5
    )

    async def main() -> None:
        hosts = SERVER if family == "ipv4" else ("::1",)
        local = CLIENT if family == "ipv4" else ("::1",)
        for params, expected in ((None, SctpParameters()), (mine, mine)):
            server, echoes, client, _ = await pair(params, hosts, local)
            assert echoes[0].transport is not None
            listening = server.sockets[0]
            accepted = echoes[0].transport.get_extra_info("socket")
            connected = client.get_extra_info("socket")
            assert SctpParameters.of(listening) == expected  # the endpoint's, in ms
            for raw in (connected, accepted):
                assert carried(raw, expected), (raw, SctpParameters.of(raw))
            if family == "ipv4":  # pysctp's own readers agree (the association's values)
                wrapped = pysctp.sctpsocket_tcp(socket.AF_INET, connected)
                rto = wrapped.get_rtoinfo()
                assert all(
                    abs(a - round(b * 1000)) <= 10
                    for a, b in zip(
                        (rto.initial, rto.min, rto.max),
                        (expected.rto_initial, expected.rto_min, expected.rto_max),
                        strict=True,
                    )
                )
                assert wrapped.get_assocparams().assocmaxrxt == expected.assoc_max_retrans
                paddr = wrapped.get_paddrparams(0, ("", 0))
                assert abs(paddr.hbinterval - round(expected.heartbeat_interval * 1000)) <= 10
                assert paddr.pathmaxrxt == expected.path_max_retrans
            client.abort()
            echoes[0].transport.abort()
            server.close()

    asyncio.run(asyncio.wait_for(main(), WAIT))


class Calls(asyncio.Protocol):
    """What the transport hands over, call by call."""

    def __init__(self) -> None:
        self.transport: SctpTransport | None = None
        self.calls: list[bytes] = []

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, SctpTransport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.calls.append(data)


def test_messages_read_together_reach_the_protocol_in_one_call() -> None:
    """Diameter messages (each an SCTP message of its own) waiting when the association is read
    reach the protocol in one call, as the bytes of one TCP read would: whole, in order, each
    counted with its stream and PPID."""
    from diameter import Avp, GenericMessage, encode
    from diameter.asyncio.sctp import PPID_DIAMETER, Seen

    async def main() -> None:
        accepted: list[Calls] = []

        def calls() -> Calls:
            accepted.append(Calls())
            return accepted[-1]

        server = await sctp.create_server(calls, SERVER, 0)
        client = await sctp.connect(asyncio.Protocol, SERVER, server.port, local=CLIENT)
        for _ in range(400):
            if accepted and accepted[0].transport is not None:
                break
            await asyncio.sleep(0.01)
        receiver = accepted[0].transport
        assert receiver is not None
        receiver.pause_reading()
        messages = [
            encode(
                GenericMessage(
                    command_code=8388999,
                    application_id=4,
                    request=True,
                    hop_by_hop=i,
                    end_to_end=i,
                    avps=(Avp(263, f"s;{i}".encode(), 0, 0x40),),
                )
            )
            for i in range(20)
        ]
        for m in messages:
            client.send(m, 0)
        await asyncio.sleep(2.0)  # all in the receiver's queue
        receiver.resume_reading()
        for _ in range(400):
            if sum(map(len, accepted[0].calls)) >= sum(map(len, messages)):
                break
            await asyncio.sleep(0.01)
        assert accepted[0].calls == [b"".join(messages)]
        assert receiver.received[Seen(0, PPID_DIAMETER, 8388999, True)] == 20
        client.abort()
        receiver.abort()
        server.close()

    asyncio.run(asyncio.wait_for(main(), WAIT))
