"""A node's metrics (diameter.metrics): counts and latency histograms by peer and command, the
peer table, and Prometheus's text format of them."""

from __future__ import annotations

import asyncio
import math
from typing import Any

from diameter.apps import credit_control as cc
from diameter.asyncio import Node
from diameter.capabilities import LocalCapabilities
from diameter.metrics import BUCKETS, Histogram, Histograms, prometheus_text, snapshot

APPS = frozenset({4})


def test_histogram_buckets() -> None:
    h = Histogram()
    for v in (0.0001, 0.0005, 0.0006, 0.02, 99.0):
        h.observe(v)
    assert h.count == 5 and math.isclose(h.sum, 99.0212)
    cum = dict(h.cumulative())
    assert cum[0.0005] == 2  # a bound counts what equals it
    assert cum[0.001] == 3 and cum[0.025] == 4 and cum[10.0] == 4 and cum[float("inf")] == 5
    assert [b for b, _ in h.cumulative()] == [*BUCKETS, float("inf")]
    hs = Histograms()
    hs.observe(None, "X", 1.0)
    hs.observe(None, "X", 2.0)
    assert hs[("?", "X")].count == 2


def _ccr(node: Node, n: int) -> cc.CCR:
    return cc.CCR(
        session_id=node.session_id(),
        origin_host="client.example.com",
        origin_realm="example.com",
        destination_realm="example.com",
        auth_application_id=4,
        service_context_id="x",
        cc_request_type=cc.CCRequestType.EVENT_REQUEST,
        cc_request_number=n,
    )


def test_a_node_counts_and_times_what_it_sends_and_answers() -> None:
    from prometheus_client.parser import text_string_to_metric_families  # (the test extra has it)

    async def main() -> tuple[dict[str, Any], dict[str, Any], bytes, str]:
        server = Node(LocalCapabilities("server.example.com", "example.com", auth_application_ids=APPS))

        async def answer(req: cc.CCR) -> cc.CCA:
            return cc.CCA(
                session_id=req.session_id,
                result_code=2001 if req.cc_request_number else 5003,
                origin_host="server.example.com",
                origin_realm="example.com",
                auth_application_id=4,
                cc_request_type=req.cc_request_type,
                cc_request_number=req.cc_request_number,
            )

        server.handle(cc.CCR, answer)
        port = await server.listen("127.0.0.1", 0)
        client = Node(LocalCapabilities("client.example.com", "example.com", auth_application_ids=APPS))
        await client.connect("127.0.0.1", port, reconnect=False)
        for n in range(5):
            await client.request(_ccr(client, n))
        text, ctype = prometheus_text(client)
        snaps = snapshot(client), snapshot(server)
        await client.close()
        await server.close()
        return snaps[0], snaps[1], text, ctype

    client, server, text, ctype = asyncio.run(asyncio.wait_for(main(), 30))
    counts = {(m["peer"], m["command"], m["result"]): m["count"] for m in client["messages"]}
    assert counts[("server.example.com", "Credit-Control-Request", "sent")] == 5
    assert counts[("server.example.com", "Credit-Control-Answer", "2001")] == 4
    assert counts[("server.example.com", "Credit-Control-Answer", "5003")] == 1
    [lat] = client["request_latency"]
    assert (lat["peer"], lat["command"], lat["count"]) == ("server.example.com", "Credit-Control-Request", 5)
    assert lat["buckets"][-1] == (float("inf"), 5) and 0 < lat["sum"] < 5
    assert client["peers"]["server.example.com"] == {"state": "I-Open", "up": True, "pending": 0}
    [handled] = [h for h in server["handling"] if h["command"] == "Credit-Control-Request"]
    assert (handled["peer"], handled["count"]) == ("client.example.com", 5)
    assert server["queued"] == 0 and server["in_flight"] == 0
    # Prometheus's text format, as its own parser reads it
    assert ctype.startswith("text/plain")
    families = {f.name: f for f in text_string_to_metric_families(text.decode())}
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value for f in families.values() for s in f.samples}
    assert (
        samples[
            (
                "diameter_messages_total",
                (("command", "Credit-Control-Answer"), ("peer", "server.example.com"), ("result", "2001")),
            )
        ]
        == 4
    )
    assert (
        samples[
            (
                "diameter_request_latency_seconds_count",
                (("command", "Credit-Control-Request"), ("peer", "server.example.com")),
            )
        ]
        == 5
    )
    assert samples[("diameter_peer_up", (("peer", "server.example.com"),))] == 1
    assert samples[("diameter_peer_state", (("peer", "server.example.com"), ("state", "I-Open")))] == 1
    assert samples[("diameter_peer_state", (("peer", "server.example.com"), ("state", "Closed")))] == 0
    assert samples[("diameter_pending_requests", (("peer", "server.example.com"),))] == 0
    assert samples[("diameter_queued_requests", ())] == 0 and samples[("diameter_in_flight_requests", ())] == 0
