"""``diameter serve CONFIG``: run a node from its configuration file until it is told to stop.

The node listens on every ``[[listen]]`` endpoint, connects to every ``[[peers]]`` entry (one
that is down is tried again every Tc), answers with its ``[handlers]``, and logs through
:mod:`logging` (text, or one JSON object per line). Signals:

* SIGTERM or SIGINT: stop listening, wait for the answers of the requests being handled (at
  most ``timers.drain`` seconds), then disconnect every peer with DPR (REBOOTING), waiting at
  most Tc for the DPAs; exit status 0.
* SIGHUP: read the file again and apply its peers (new ones are connected, removed ones
  disconnected with DPR, the others left as they are), its routes and its allow-list
  (``known_peers``); a file that does not load is reported and the running configuration kept.
  The rest (identity, endpoints, handlers, dictionaries) needs a restart.

``--trace FILE.pcapng`` writes every message sent and received (:mod:`diameter.trace`);
``--metrics HOST:PORT`` answers Prometheus's scrapes (:mod:`diameter.metrics`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import sys
import time
from pathlib import Path
from typing import Any

import attrs

from .config import ConfigError, NodeConfig, _keep_connecting, load, start
from .types import DiameterURI

__all__ = ["serve", "setup_logging"]

log = logging.getLogger("diameter.serve")


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message (and the exception, if any)."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def setup_logging(fmt: str, level: str) -> None:
    """Log to standard error, as text or JSON lines, from ``level`` on."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        JsonFormatter() if fmt == "json" else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())


def _describe(config: NodeConfig) -> str:
    return (
        f"{config.origin_host} ({config.origin_realm}): {len(config.listen)} endpoints, {len(config.peers)} peers, "
        f"{len(config.handlers)} handlers, {len(config.routes)} routes"
    )


class _Server:
    """A running node and the configuration it runs."""

    def __init__(self, path: Path, config: NodeConfig) -> None:
        self.path = path
        self.config = config
        self.stopping = asyncio.Event()
        self.tasks: set[asyncio.Task[Any]] = set()
        #: each configured peer's identity (from its CEA), by its PeerConfig.key
        self.opened: dict[str, str] = {}

    def spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def reload(self, node: Any) -> None:
        from .core.service import DefaultRouting

        try:
            new = load(self.path)
        except ConfigError as e:
            log.error("reload: %s; the running configuration is kept", e)
            return
        old = self.config
        before = {p.key: p for p in old.peers}
        after = {p.key: p for p in new.peers}
        for key in before.keys() - after.keys():
            self.spawn(self._disconnect(node, self.opened.pop(key, before[key].host)))
        for key in after.keys() - before.keys():
            self.spawn(_keep_connecting(node, after[key], old.timers.tc, self.opened))
        changed = [key for key in before.keys() & after.keys() if before[key] != after[key]]
        node.known_peers = set(new.known_peers) if new.known_peers is not None else None
        node.service.known_peers = new.known_peers
        node.service.routing = new.routing() or DefaultRouting()
        node.service.uris = {DiameterURI.parse(p.uri).fqdn: p.uri for p in new.peers}
        ignored = [
            name
            for name in (
                "origin_host",
                "origin_realm",
                "listen",
                "handlers",
                "hooks",
                "relay",
                "dictionaries",
                "timers",
                "limits",
            )
            if getattr(old, name) != getattr(new, name)
        ]
        self.config = attrs.evolve(old, peers=new.peers, known_peers=new.known_peers, routes=new.routes)
        log.info(
            "reloaded %s: %d peers (%d added, %d removed), %d routes, allow-list %s",
            self.path,
            len(after),
            len(after.keys() - before.keys()),
            len(before.keys() - after.keys()),
            len(new.routes),
            "off" if new.known_peers is None else f"of {len(new.known_peers)}",
        )
        if changed:
            log.warning("reload: peers %s changed their settings; these apply when they reconnect", ", ".join(changed))
        if ignored:
            log.warning("reload: %s changed; these need a restart", ", ".join(ignored))

    async def _disconnect(self, node: Any, host: str) -> None:
        from .core.service import PeerError

        try:
            await node.disconnect(host)
            log.info("peer %s disconnected (no longer configured)", host)
        except PeerError as e:
            log.info("peer %s: %s", host, e)


def parse_endpoint(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:9464`` for IPv6) as (host, port)."""
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535 or not host:
        raise ValueError(f"expected HOST:PORT, got {text!r}")
    return host.removeprefix("[").removesuffix("]"), int(port)


async def serve(path: str | Path, *, trace: str | Path | None = None, metrics: str | None = None) -> int:
    """Run the node of the configuration file ``path`` until SIGTERM or SIGINT; with
    ``metrics`` (``HOST:PORT``), answer Prometheus's scrapes there (:mod:`diameter.metrics`)."""
    from .apps.base import DisconnectCause
    from .trace import PcapngTrace

    path = Path(path)
    config = load(path)
    setup_logging(config.logging.format, config.logging.level)
    server = _Server(path, config)
    node = config.node()
    writer = PcapngTrace(trace) if trace is not None else None
    node.trace = writer
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, server.stopping.set)
    loop.add_signal_handler(signal.SIGHUP, server.reload, node)
    exporter = None
    try:
        if metrics is not None:
            from .metrics import serve_metrics

            host, port = parse_endpoint(metrics)
            try:
                exporter = await serve_metrics(node, host, port)
            except OSError as e:
                raise ConfigError("--metrics", metrics, f"cannot listen: {e}") from None
            log.info("metrics for Prometheus on http://%s:%d/metrics", metrics.rpartition(":")[0], port)
        await start(config, node, tasks=server.tasks, opened=server.opened)
        for lst in config.listen:
            log.info("listening on %s %s port %d", lst.transport, ",".join(lst.hosts), lst.effective_port)
        log.info("serving %s", _describe(config))
        await server.stopping.wait()
        log.info("stopping: waiting up to %g s for the answers being made", config.timers.drain)
        left = await node.drain(config.timers.drain)
        if left:
            log.warning("stopping: %d requests still being handled are dropped", left)
        await node.close(DisconnectCause.REBOOTING, timeout=config.timers.tc)
        log.info("stopped")
        return 0
    finally:
        if exporter is not None:
            exporter.close()
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            loop.remove_signal_handler(sig)
        for task in list(server.tasks):
            task.cancel()
        if writer is not None:
            writer.close()
