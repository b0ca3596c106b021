"""A node's metrics: readable in code (:func:`snapshot`), and exposed for Prometheus.

The node's core counts every message by peer, command and outcome (``Node.counters``) and
keeps two latency histograms, each by peer and command: the time from sending a request to its
answer (``Service.latency``), and from receiving a request to sending its answer
(``Service.handling``). :func:`snapshot` gathers those with the peer states, the requests
pending at each peer and the received requests queued and in flight, as plain data.

For Prometheus (the ``prometheus_client`` package: ``pip install 'diameter-typed[metrics]'``),
:func:`prometheus_text` renders them in its text format, and :func:`serve_metrics` answers
``GET /metrics`` with it on the node's own event loop (``diameter serve --metrics
127.0.0.1:9464``), so nothing is read from another thread:

* ``diameter_messages_total{peer, command, result}``: messages; ``result`` is a Result-Code,
  or what happened: ``sent``, ``received``, ``duplicate``, ``dropped``, ``discarded``, ...
* ``diameter_request_latency_seconds{peer, command}``: histogram, request sent to answer received;
* ``diameter_handling_seconds{peer, command}``: histogram, request received to answer sent;
* ``diameter_peer_up{peer}`` and ``diameter_peer_state{peer, state}`` (1 for the current
  state): the peer table;
* ``diameter_pending_requests{peer}``: sent requests waiting for their answers;
* ``diameter_queued_requests`` and ``diameter_in_flight_requests``: received requests waiting
  for a handler, and being handled.
"""

from __future__ import annotations

import asyncio
import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .asyncio import Node

__all__ = ["BUCKETS", "Histogram", "Histograms", "prometheus_text", "serve_metrics", "snapshot"]

#: histogram bucket bounds, in seconds
BUCKETS: tuple[float, ...] = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Histogram:
    """Observations counted in :data:`BUCKETS` (each bucket counts those up to its bound; one
    more for those above all), with their sum."""

    __slots__ = ("counts", "sum", "count")

    def __init__(self) -> None:
        self.counts = [0] * (len(BUCKETS) + 1)
        self.sum = 0.0
        self.count = 0

    def observe(self, value: float) -> None:
        self.counts[bisect.bisect_left(BUCKETS, value)] += 1
        self.sum += value
        self.count += 1

    def cumulative(self) -> list[tuple[float, int]]:
        """(bound, observations up to it) for each bound and +inf, as Prometheus counts them."""
        out, total = [], 0
        for bound, n in zip((*BUCKETS, float("inf")), self.counts, strict=True):
            total += n
            out.append((bound, total))
        return out


class Histograms(dict[tuple[str, str], Histogram]):
    """Histograms by (peer, command)."""

    def observe(self, peer: str | None, command: str, value: float) -> None:
        key = (peer or "?", command)
        h = self.get(key)
        if h is None:
            h = self[key] = Histogram()
        h.observe(value)


def snapshot(node: Node) -> dict[str, Any]:
    """The node's metrics now, as plain data."""
    service = node.service

    def hist(hs: Histograms) -> list[dict[str, Any]]:
        return [
            {"peer": peer, "command": command, "count": h.count, "sum": h.sum, "buckets": h.cumulative()}
            for (peer, command), h in sorted(hs.items())
        ]

    return {
        "messages": [
            {"peer": peer, "command": command, "result": str(result), "count": n}
            for (peer, command, result), n in sorted(service.counters.items(), key=lambda kv: tuple(map(str, kv[0])))
        ],
        "request_latency": hist(service.latency),
        "handling": hist(service.handling),
        "peers": {
            e.host or "?": {"state": e.peer.state.value, "up": e.up, "pending": len(e.pending)}
            for e in service._entries
        },
        "queued": service.queued,
        "in_flight": service.in_flight,
    }


def _families(node: Node) -> Iterator[Any]:
    from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily

    from .peer import PeerState

    data = snapshot(node)
    messages = CounterMetricFamily(
        "diameter_messages", "Diameter messages by peer, command and outcome", labels=["peer", "command", "result"]
    )
    for m in data["messages"]:
        messages.add_metric([m["peer"], m["command"], m["result"]], m["count"])
    yield messages
    for name, key, text in (
        ("diameter_request_latency_seconds", "request_latency", "Requests sent: seconds to their answers"),
        ("diameter_handling_seconds", "handling", "Requests received: seconds to their answers"),
    ):
        family = HistogramMetricFamily(name, text, labels=["peer", "command"])
        for h in data[key]:
            buckets = [("+Inf" if b == float("inf") else repr(b), n) for b, n in h["buckets"]]
            family.add_metric([h["peer"], h["command"]], buckets, h["sum"])
        yield family
    up = GaugeMetricFamily("diameter_peer_up", "1 when the peer is open", labels=["peer"])
    state = GaugeMetricFamily("diameter_peer_state", "1 for the peer's state (RFC 6733 §5.6)", labels=["peer", "state"])
    pending = GaugeMetricFamily("diameter_pending_requests", "Requests sent and waiting for answers", labels=["peer"])
    for host, p in data["peers"].items():
        up.add_metric([host], 1.0 if p["up"] else 0.0)
        for s in PeerState:
            state.add_metric([host, s.value], 1.0 if s.value == p["state"] else 0.0)
        pending.add_metric([host], p["pending"])
    yield up
    yield state
    yield pending
    yield GaugeMetricFamily("diameter_queued_requests", "Received requests waiting for a handler", value=data["queued"])
    yield GaugeMetricFamily("diameter_in_flight_requests", "Received requests being handled", value=data["in_flight"])


def prometheus_text(node: Node) -> tuple[bytes, str]:
    """The node's metrics in Prometheus's text format, and its content type."""
    from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

    class _Collector:
        def collect(self) -> Iterator[Any]:
            return _families(node)

    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Collector())
    return generate_latest(registry), CONTENT_TYPE_LATEST


async def serve_metrics(node: Node, host: str, port: int) -> asyncio.AbstractServer:
    """Answer ``GET /metrics`` (and ``GET /``) with :func:`prometheus_text` on ``host:port``."""
    import prometheus_client  # noqa: F401  (here, so that a missing package is said at once)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line = await asyncio.wait_for(reader.readline(), 10)
            while (await asyncio.wait_for(reader.readline(), 10)) not in (b"\r\n", b"\n", b""):
                pass
            parts = line.split()
            if len(parts) >= 2 and parts[0] == b"GET" and parts[1].split(b"?")[0] in (b"/metrics", b"/"):
                body, ctype = prometheus_text(node)
                head = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
            else:
                body, head = (
                    b"not found\n",
                    "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n",
                )
            writer.write((head + "Connection: close\r\n\r\n").encode() + body)
            await writer.drain()
        except (TimeoutError, ConnectionError):
            pass
        finally:
            writer.close()

    return await asyncio.start_server(handle, host, port)
