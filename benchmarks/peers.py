"""What one request costs our server as the number of connected peers grows.

In one process, without sockets: a server node (``diameter.asyncio.Node``) with 1, 100 and 500
peers connected (each through a transport that only counts what is written to it, after a real
CER/CEA), then 20,000 Test-Requests (freeDiameter test_app's, as in benchmarks/node.py), one per
read, spread over the peers in turn; each answered by a plain-function handler. Printed: the
microseconds per request (read, decode, handle, encode, write) for each number of peers, and the
ratio to one peer. Work that walks every peer per message shows as a ratio that grows.

    python benchmarks/peers.py
"""

from __future__ import annotations

import asyncio
import sys
import time
from ipaddress import IPv4Address
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import diameter  # noqa: E402
from diameter.apps.base import CapabilitiesExchangeRequest, ResultCode, VendorSpecificApplicationId  # noqa: E402
from diameter.asyncio import Node  # noqa: E402
from diameter.asyncio.node import _Connection  # noqa: E402
from diameter.capabilities import LocalCapabilities  # noqa: E402

import node as bench  # noqa: E402

TestRequest, TestAnswer = bench._test_app_messages()
REQUESTS = 20_000


class Counting(asyncio.Transport):
    """A transport that counts the writes it is given."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, data: Any) -> None:
        self.writes += 1

    def is_closing(self) -> bool:
        return False

    def close(self) -> None:
        pass

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        pass

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"peername": ("127.0.0.1", 50000), "sockname": ("127.0.0.1", 3868)}.get(name, default)


async def per_request(peers: int) -> float:
    server = Node(
        LocalCapabilities(
            origin_host=bench.SERVER_HOST,
            origin_realm=bench.REALM,
            vendor_specific=((bench.TA_VENDOR, bench.TA_APP, None),),
        )
    )

    def on_test(req: Any) -> Any:
        return TestAnswer(
            session_id=req.session_id,
            result_code=ResultCode.DIAMETER_SUCCESS,
            origin_host=bench.SERVER_HOST,
            origin_realm=bench.REALM,
            test_avp=req.test_avp,
        )

    server.handle(TestRequest, on_test)
    conns, transports = [], []
    for p in range(peers):
        c = _Connection(server, getattr(server, "_new_token")(), inbound=True)
        t = Counting()
        c.connection_made(t)
        cer = CapabilitiesExchangeRequest(
            origin_host=f"client{p}.{bench.REALM}",
            origin_realm=bench.REALM,
            host_ip_address=(IPv4Address("127.0.0.1"),),
            vendor_id=0,
            product_name="peers",
            vendor_specific_application_id=(
                VendorSpecificApplicationId(vendor_id=bench.TA_VENDOR, auth_application_id=bench.TA_APP),
            ),
        )
        c.data_received(diameter.encode(cer, hop_by_hop=1, end_to_end=1))
        conns.append(c)
        transports.append(t)
    await asyncio.sleep(0)
    assert all(t.writes == 1 for t in transports), "a CER was not answered"
    requests = [
        diameter.encode(
            TestRequest(
                session_id=f"client{i % peers}.{bench.REALM};1;{i}",
                origin_host=f"client{i % peers}.{bench.REALM}",
                origin_realm=bench.REALM,
                destination_realm=bench.REALM,
                test_avp=i,
            ),
            hop_by_hop=i,
            end_to_end=i,
        )
        for i in range(REQUESTS)
    ]
    start = time.perf_counter()
    for i, data in enumerate(requests):
        conns[i % peers].data_received(data)
    elapsed = time.perf_counter() - start
    answered = sum(t.writes for t in transports) - peers
    assert answered == REQUESTS, f"{answered} of {REQUESTS} answered"
    await server.close(timeout=0)
    return elapsed / REQUESTS * 1e6


def main() -> None:
    print(f"{REQUESTS} Test-Requests, one per read, spread over the peers; a plain-function handler")
    print(f"{'peers':>6} {'us/request':>11} {'ratio':>6}")
    first = None
    for peers in (1, 100, 500):
        us = min(asyncio.run(per_request(peers)) for _ in range(3))
        first = first or us
        print(f"{peers:6d} {us:11.1f} {us / first:6.2f}")


if __name__ == "__main__":
    main()
