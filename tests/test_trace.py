"""Traces (diameter.trace): the pcapng files a node writes, read back by this package's
capture reader and by tshark, over TCP (IPv4 and IPv6, messages larger than an IP packet) and
SCTP."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from ipaddress import IPv4Address
from pathlib import Path

import pytest

import diameter
from diameter.apps.base import ACR, CER, DWR, AccountingRecordType
from diameter.asyncio import Node
from diameter.capabilities import LocalCapabilities
from diameter.capture import read_capture
from diameter.trace import PcapngTrace

PORT = 3868


def _messages() -> list[bytes]:
    cer = CER(
        origin_host="a.example.com",
        origin_realm="example.com",
        host_ip_address=(IPv4Address("127.0.0.1"),),
        vendor_id=0,
        product_name="t",
    )
    dwr = DWR(origin_host="a.example.com", origin_realm="example.com")
    big = ACR(
        session_id="s" * 100_000,  # a message longer than an IP packet holds
        origin_host="a.example.com",
        origin_realm="example.com",
        destination_realm="example.com",
        accounting_record_type=AccountingRecordType.EVENT_RECORD,
        accounting_record_number=1,
    )
    return [diameter.encode(m) for m in (cer, dwr, big)]


@pytest.mark.parametrize(
    ("local", "remote", "sctp"),
    [
        (("127.0.0.1", 50000), ("127.0.0.2", PORT), False),
        (("::1", 50000, 0, 0), ("::1", PORT, 0, 0), False),
        (("127.0.0.1", 50000), ("127.0.0.1", PORT), True),
    ],
    ids=["tcp-ipv4", "tcp-ipv6", "sctp"],
)
def test_a_trace_reads_back_as_written(
    tmp_path: Path, local: tuple[object, ...], remote: tuple[object, ...], sctp: bool
) -> None:
    path = tmp_path / "t.pcapng"
    sent, received = _messages(), _messages()[:2]
    with PcapngTrace(path) as trace:
        trace.open(1, local, remote, sctp=sctp)
        trace.sent(2, b"not a connection of the trace")  # ignored
        for m in sent:
            trace.sent(1, m)
        for m in received:
            if sctp:
                trace.received(1, m)
            else:  # the bytes as they arrive, in pieces that do not follow the messages
                stream = b"".join(received)
                for i in range(0, len(stream), 37):
                    trace.received(1, stream[i : i + 37])
                break
        trace.closed(1)
        trace.sent(1, b"after the close")  # ignored
    got = list(read_capture(str(path)))
    assert [m.error for m in got] == [None] * 5
    ours = f"{local[0]}:{local[1]}" if ":" not in str(local[0]) else f"[{local[0]}]:{local[1]}"
    outgoing = [m.data for m in got if m.source == ours]
    incoming = [m.data for m in got if m.source != ours]
    assert outgoing == sent and incoming == received
    assert {m.transport for m in got} == {"sctp" if sctp else "tcp"}
    tshark = shutil.which("tshark")
    if tshark is None:
        print("SKIPPED the tshark half of test_a_trace_reads_back_as_written: tshark not installed")
        return
    out = subprocess.run(
        [tshark, "-r", str(path), "-T", "fields", "-e", "diameter.cmd.code", "-e", "diameter.flags.request"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    codes = [line.split("\t")[0] for line in out.stdout.splitlines() if line.strip()]
    # tshark shows a message where its last segment is (several on one line where they end together)
    assert sorted(",".join(codes).split(",")) == sorted(["257", "280", "271", "257", "280"]), out.stdout + out.stderr


def test_a_node_writes_what_it_sends_and_receives(tmp_path: Path) -> None:
    path = tmp_path / "node.pcapng"

    async def main() -> None:
        with PcapngTrace(path) as trace:
            apps = frozenset({4})
            server = Node(
                LocalCapabilities("server.example.com", "example.com", auth_application_ids=apps), trace=trace
            )
            port = await server.listen("127.0.0.1", 0)
            client = Node(LocalCapabilities("client.example.com", "example.com", auth_application_ids=apps))
            await client.connect("127.0.0.1", port, reconnect=False)
            await client.probe()
            await client.close()
            await server.close()
            assert trace.packets >= 6
        names = [type(diameter.decode(m.data)).__name__ for m in read_capture(str(path), [port])]
        assert names[:2] == ["CapabilitiesExchangeRequest", "CapabilitiesExchangeAnswer"]
        assert "DeviceWatchdogRequest" in names and "DeviceWatchdogAnswer" in names
        assert names[-2:] == ["DisconnectPeerRequest", "DisconnectPeerAnswer"]

    asyncio.run(asyncio.wait_for(main(), 30))
