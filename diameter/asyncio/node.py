"""A Diameter node on asyncio: I/O only, around the sans-IO :class:`~diameter.core.service.Service`.

Every transport callback and timer expiry is handed to the service with the loop's time, and
the node carries out what the service returns — write, close, open a connection, start TLS, run
a handler, resolve a request — matching its outputs exhaustively. The protocol (the peer state
machines, routing, failover, duplicate detection, the node's own answers, the limits) lives in
:mod:`diameter.core`; here are the sockets, TLS, SCTP, one timer and the handler tasks. Over
SCTP (:mod:`diameter.asyncio.sctp`) the transports are :class:`~diameter.asyncio.sctp.SctpTransport` s,
driven by the same protocol objects.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from ssl import SSLContext
from typing import TYPE_CHECKING, Any, Literal, TypeVar, assert_never

import attrs

from ..apps.base import AnswerMessage, DisconnectCause
from ..capabilities import LocalCapabilities
from ..converter import Converter
from ..core.service import (
    Abated,
    Close,
    Connect,
    Dispatch,
    Doic,
    InvalidAnswer,
    Limits,
    Output,
    Overloaded,
    PeerDown,
    PeerEntry,
    PeerError,
    PeerUp,
    ProbeAnswered,
    Reject,
    RequestTimeout,
    Resolve,
    RoutingPolicy,
    Service,
    StartTls,
    Write,
)
from ..errors import DiameterError
from ..peer import Peer, PeerState
from ..schema import Answer, Message, Request, is_command
from ..types import AddressValue, DiameterURI
from . import sctp
from .sctp import SctpServer, SctpTransport

if TYPE_CHECKING:
    from ..trace import PcapngTrace

__all__ = [
    "Node",
    "Limits",
    "Doic",
    "PeerError",
    "Overloaded",
    "Abated",
    "RequestTimeout",
    "InvalidAnswer",
    "Transport",
]

log = logging.getLogger("diameter.node")

A = TypeVar("A", bound=Answer)
#: what answers a request: ``async def`` (runs in a task of its own), or a plain function
#: returning the answer (runs at once, without a task: the fastest, for what does not wait)
Handler = Callable[[Any], Awaitable[Message] | Message]
#: the transport protocols of RFC 6733 §2.1
Transport = Literal["tcp", "sctp"]


@attrs.frozen
class _Target:
    """Where a peer is reached: ``hosts`` (names or addresses; over SCTP, every address of
    every host is a path of one association), ``port``, from ``local`` addresses if given."""

    hosts: tuple[str, ...]
    port: int
    transport: Transport = "tcp"
    local: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.transport} {','.join(self.hosts)}:{self.port}"


def _hosts(host: str | Sequence[str] | None) -> tuple[str, ...]:
    if host is None:
        return ()
    return (host,) if isinstance(host, str) else tuple(host)


def _check_transport(transport: str, ssl: SSLContext | None) -> None:
    if transport not in ("tcp", "sctp"):
        raise ValueError(f"transport must be 'tcp' or 'sctp', not {transport!r}")
    if transport == "sctp" and ssl is not None:
        raise ValueError("TLS over SCTP (DTLS, RFC 6083) is not supported")


def _certificate_names(transport: asyncio.Transport, origin_host: str) -> bool:
    """Whether the certificate the peer presented on a TLS connection names ``origin_host``
    (a DNS subjectAltName, or the subject's common name when there is none)."""
    cert = transport.get_extra_info("peercert")
    if not cert:
        return False
    names = [v for k, v in cert.get("subjectAltName", ()) if k == "DNS"]
    if not names:
        names = [v for rdn in cert.get("subject", ()) for k, v in rdn if k == "commonName"]
    return origin_host.lower() in (n.lower() for n in names)


def _connection_cap(default: int = Limits().max_connections) -> int:
    """``Limits.max_connections`` by default: under the process's file-descriptor limit, so that
    a flood of connections is refused by the node (each closed as it comes) rather than by the
    kernel (EMFILE), which would stop the accept loop for every peer."""
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, OSError, ValueError):
        return default
    if soft == resource.RLIM_INFINITY:
        return default
    return max(1, min(default, soft - 64))


#: the listening sockets' backlog, which is also how many connections asyncio accepts in one go:
#: each holds a file descriptor until the node has looked at it (and closed it, past
#: ``Limits.max_connections``), so a flood accepted in larger bursts could run past the margin
#: the connection cap leaves under the process's file-descriptor limit (64)
BACKLOG = 16

#: messages written together at most: a burst's answers leave in writes of this many, so that
#: the peer starts on the first ones while the rest are made (one write per whole burst stalls
#: two busy nodes in turn, each waiting for the other's batch)
BATCH = 16


class _Connection(asyncio.Protocol):
    """One transport connection: hands its events to the node, pauses reading while its
    write buffer is above the high-water mark (a peer that does not read its answers)."""

    def __init__(
        self, node: Node, token: int, *, inbound: bool, tls: bool = False, entry: PeerEntry | None = None
    ) -> None:
        self.node = node
        self.token = token
        self.inbound = inbound
        self.tls = tls
        self.entry = entry
        self.transport: asyncio.Transport | None = None
        self.write_paused = False
        #: messages written and not yet handed to the transport: sent together (one system
        #: call for up to BATCH of them) when the received bytes that made them are handled, or
        #: at the end of this turn of the event loop; None: nothing waiting
        self._out: list[bytes] | None = None
        self._coalesce = True

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        # over SCTP each Diameter message is an SCTP message of its own, on its own stream
        self._coalesce = not isinstance(transport, SctpTransport)
        limits = self.node.limits
        try:
            transport.set_write_buffer_limits(limits.write_high_water, limits.write_low_water)
        except (AttributeError, NotImplementedError):
            pass
        trace = self.node.trace
        if trace is not None:
            trace.open(
                self.token,
                transport.get_extra_info("sockname"),
                transport.get_extra_info("peername"),
                sctp=not self._coalesce,
            )
        self.node._made(self)

    def data_received(self, data: bytes) -> None:
        # what these bytes make the node write (the answers of handlers that do not wait)
        # leaves together, once they are handled
        node = self.node
        if node.trace is not None:
            node.trace.received(self.token, data)
        node._run_together(node.service.data_received(node._now(), self.token, data))

    def write(self, data: bytes) -> None:
        if self.node.trace is not None:
            self.node.trace.sent(self.token, data)
        if not self._coalesce:
            if self.transport is not None:
                self.transport.write(data)
        elif self._out is None:
            self._out = [data]
            receiving = self.node._receiving
            if receiving is not None:
                receiving.append(self)
            else:
                asyncio.get_running_loop().call_soon(self.flush)
        else:
            self._out.append(data)
            if len(self._out) >= BATCH:
                # the peer can start on these while the rest are made
                self.flush()

    def flush(self) -> None:
        """Hand what was written and is waiting to the transport, in one write."""
        out, self._out = self._out, None
        if out and self.transport is not None and not self.transport.is_closing():
            self.transport.write(out[0] if len(out) == 1 else b"".join(out))

    def connection_lost(self, exc: Exception | None) -> None:
        if self.node.trace is not None:
            self.node.trace.closed(self.token)
        self.node._conns.pop(self.token, None)
        self.node._run(self.node.service.connection_lost(self.node._now(), self.token))

    def pause_writing(self) -> None:
        self.write_paused = True
        if self.transport is not None and not self.transport.is_closing():
            self.transport.pause_reading()

    def resume_writing(self) -> None:
        self.write_paused = False
        if self.transport is not None and not self.transport.is_closing():
            self.transport.resume_reading()


class Node:
    """A Diameter node: its identity and applications (``local``), its peers, its handlers."""

    def __init__(
        self,
        local: LocalCapabilities,
        *,
        known_peers: set[str] | None = None,
        tw: float = 30.0,
        tc: float = 30.0,
        request_timeout: float = 10.0,
        converter: Converter | None = None,
        inband_tls_server: SSLContext | None = None,
        inband_tls_client: SSLContext | None = None,
        sctp_streams: int = sctp.DEFAULT_STREAMS,
        limits: Limits | None = None,
        routing: RoutingPolicy | None = None,
        sctp_params: sctp.SctpParameters | None = None,
        doic: Doic | None = None,
        trace: PcapngTrace | None = None,
    ) -> None:
        """``inband_tls_server`` / ``inband_tls_client``: the TLS contexts for in-band TLS,
        started after CER/CEA when both sides advertise TLS in Inband-Security-Id (RFC 6733
        §13.1; the side that sent the CER is the TLS client; over TCP only).

        ``sctp_streams``: the streams each SCTP association asks for in each direction (it
        gets the smaller of this and the peer's number).

        ``limits``: what the node takes in at most (:class:`~diameter.core.service.Limits`);
        ``routing``: the policy choosing the peer of each request; ``sctp_params``: the RTO,
        heartbeat and retransmission values of every SCTP association
        (:class:`~diameter.asyncio.sctp.SctpParameters`; default: its Diameter-suited values);
        ``doic``: overload control (RFC 7683) as reporting and reacting node
        (:class:`~diameter.core.overload.Doic`; default: both on); ``trace``: a
        :class:`~diameter.trace.PcapngTrace` that every message sent and received is written
        to (it may also be set or cleared later, as :attr:`trace`)."""
        if not 1 <= sctp_streams <= 65535:
            raise ValueError(f"sctp_streams must be in 1..65535, not {sctp_streams}")
        self.local = local
        #: where every message sent and received is written (None: nowhere)
        self.trace = trace
        self.sctp_streams = sctp_streams
        self.sctp_params = sctp_params
        self.inband_tls_server = inband_tls_server
        self.inband_tls_client = inband_tls_client
        self.known_peers = known_peers
        self.tw = tw
        self.tc = tc
        self.request_timeout = request_timeout
        self.limits = limits or Limits(max_connections=_connection_cap())
        self.service = Service(
            local,
            converter=converter,
            known_peers=known_peers,
            tw=tw,
            tc=tc,
            limits=self.limits,
            routing=routing,
            start_time=time.time(),
            doic=doic,
            forward_timeout=request_timeout,
        )
        self.service.target_of = self._target_of
        self.conv = self.service.conv
        self._token = 0
        self._conns: dict[int, _Connection] = {}
        self._waiting: dict[int, asyncio.Future[Any]] = {}  # request and probe references
        self._opening: dict[PeerEntry, asyncio.Future[None]] = {}
        self._closing: dict[PeerEntry, asyncio.Future[None]] = {}
        self._tasks: dict[int, asyncio.Task[None]] = {}  # the handlers that run, by their request's ref
        self._servers: list[asyncio.AbstractServer | SctpServer] = []
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at: float | None = None
        self._ssl: dict[PeerEntry, SSLContext] = {}
        self._all_closed: asyncio.Event | None = None
        #: within _run_together: the connections written to, flushed at its end
        self._receiving: list[_Connection] | None = None
        #: the answers (or exceptions) of handler tasks that ended in this turn of the loop
        self._answers: list[tuple[int, Message | BaseException]] = []
        self._stopped: asyncio.Event | None = None

    # -- state --------------------------------------------------------------------------------

    @property
    def handlers(self) -> dict[type, Handler]:
        return self.service.handlers

    @property
    def peers(self) -> dict[str, Peer]:
        """The peers by Diameter identity (open, or that the node connects to)."""
        return {host: e.peer for host, e in self.service.peers.items()}

    @property
    def counters(self) -> Counter[tuple[str, str, int | str]]:
        """Messages by (peer, command, Result-Code or "sent" / "received" / "duplicate")."""
        return self.service.counters

    # -- set-up -------------------------------------------------------------------------------

    def handle(self, cls: type, handler: Handler) -> None:
        """Answer requests of class ``cls`` with ``handler(request)``: an ``async def`` (or any
        function returning an awaitable) runs in a task of its own and may wait; a plain
        function returning the answer runs at once, without a task (the fastest: for handlers
        that answer from what they have)."""
        self.service.handle(cls, handler)

    def hook(self, cls: type, hook: Callable[[Any], Any]) -> None:
        """As a proxy (a routing entry with action "proxy"), run ``hook`` on each forwarded
        request or answer of class ``cls``, decoded (only the commands that have a hook are
        decoded). A request hook returns None (forward it as it came), a request (forward that
        instead) or an answer (the proxy answers, and forwards nothing); an answer hook returns
        None or the answer to send back instead. A hook that raises gets the request answered
        DIAMETER_UNABLE_TO_COMPLY (5012); for an answer, the answer goes back as it came."""
        if not is_command(cls):
            raise TypeError(f"{cls.__name__} is not a command class")
        self.service.hooks[cls] = hook
        self.service.prepare(cls)

    def _target_of(self, uri: DiameterURI) -> _Target | None:
        """Where a redirect indication's DiameterURI is reached: aaa over TCP or SCTP (an
        aaas URI needs a TLS context, which the node does not have for a peer it did not
        configure: not followed)."""
        if uri.effective_transport not in ("tcp", "sctp") or uri.scheme == "aaas":
            return None
        transport: Transport = "sctp" if uri.effective_transport == "sctp" else "tcp"
        return _Target((uri.fqdn,), uri.effective_port, transport)

    def prepare(self, *classes: type) -> None:
        """Generate now the code that encodes and decodes these command classes (a request's
        answer class too), so that the first messages do not wait for it on the event loop.
        Handled request classes are prepared by :meth:`handle`; a client prepares the requests
        it sends."""
        self.service.prepare(*classes)

    async def listen(
        self,
        host: str | Sequence[str] = "127.0.0.1",
        port: int = 3868,
        *,
        ssl: SSLContext | None = None,
        transport: Transport = "tcp",
    ) -> int:
        """Accept connections on ``host:port`` (port 0: any free port); returns the port.

        ``host`` may be several hosts: over TCP, a listening socket for each; over SCTP
        (``transport="sctp"``), one multi-homed endpoint bound to every address of them all
        (``""``: every address). SCTP needs pysctp and a kernel with SCTP, or raises
        :class:`~diameter.asyncio.sctp.SctpUnavailable`.

        With ``ssl`` (TLS on connect, RFC 6733 §13; require client certificates with
        ``ssl.verify_mode = CERT_REQUIRED``), a peer's Origin-Host must be one of the names of
        the certificate it presented, or its connection is closed."""
        _check_transport(transport, ssl)
        loop = asyncio.get_running_loop()

        def protocol() -> _Connection:
            return _Connection(self, self._new_token(), inbound=True, tls=ssl is not None)

        if transport == "sctp":
            sctp_server = await sctp.create_server(
                protocol, _hosts(host), port, streams=self.sctp_streams, params=self.sctp_params
            )
            self._servers.append(sctp_server)
            return sctp_server.port
        server = await loop.create_server(protocol, host, port, ssl=ssl, backlog=BACKLOG)
        self._servers.append(server)
        return int(server.sockets[0].getsockname()[1])

    async def serve_forever(self) -> None:
        """Serve until :meth:`close` is called (from a handler, a signal handler, another task)."""
        if self._stopped is None:
            self._stopped = asyncio.Event()
        await self._stopped.wait()

    def _new_token(self) -> int:
        self._token += 1
        return self._token

    async def connect(
        self,
        host: str | Sequence[str],
        port: int = 3868,
        *,
        peer_host: str | None = None,
        reconnect: bool = True,
        ssl: SSLContext | None = None,
        transport: Transport = "tcp",
        local_addresses: str | Sequence[str] | None = None,
    ) -> Peer:
        """Open a connection to a peer and exchange capabilities; returns when the peer is open.

        ``host`` may be several hosts (names or addresses): over TCP they are tried in turn;
        over SCTP (``transport="sctp"``) the association reaches every address of them all
        (multi-homing; a name stands for all its addresses), and binds every address of
        ``local_addresses`` (over TCP, at most one), which its CER lists as Host-IP-Address.
        SCTP needs pysctp and a kernel with SCTP, or raises
        :class:`~diameter.asyncio.sctp.SctpUnavailable`.

        With ``reconnect``, the node opens the connection again when it closes, after Tc and
        then after doubling delays up to 8 Tc (RFC 6733 §2.1), unless the peer said
        DO_NOT_WANT_TO_TALK_TO_YOU in its DPR (§5.4.3); BUSY waits the longest delay.

        With ``ssl``, the connection is TLS from the start (RFC 6733 §13); the peer's
        certificate must name ``peer_host`` (required then), and so must its CEA."""
        if ssl is not None and peer_host is None:
            raise ValueError("TLS needs peer_host: the identity the peer's certificate must carry")
        _check_transport(transport, ssl)
        target = _Target(_hosts(host), port, transport, _hosts(local_addresses))
        if not target.hosts:
            raise ValueError("no host to connect to")
        if transport == "tcp" and len(target.local) > 1:
            raise ValueError("a TCP connection has one local address")
        if transport == "sctp":
            sctp.check()
        now = self._now()
        entry, out = self.service.connect(
            now, target, peer_host=peer_host, reconnect=False, expected_host=peer_host if ssl is not None else None
        )
        if ssl is not None:
            self._ssl[entry] = ssl
        opened: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._opening[entry] = opened
        self._run(out)
        try:
            await asyncio.wait_for(asyncio.shield(opened), self.tc + 1)
        except (asyncio.TimeoutError, PeerError):
            pass
        finally:
            self._opening.pop(entry, None)
        if not entry.up:
            self._run(self.service.disconnect(self._now(), entry))
            raise PeerError(f"could not open {target}: {entry.peer.closed_reason or entry.peer.state.value}")
        entry.reconnect = reconnect
        return entry.peer

    async def connect_uri(
        self,
        uri: str,
        *,
        ssl: SSLContext | None = None,
        reconnect: bool = True,
        local_addresses: str | Sequence[str] | None = None,
    ) -> Peer:
        """Connect to a peer given as a DiameterURI (RFC 6733 §4.3.1), e.g.
        ``aaa://peer.example.com:3868;transport=tcp`` or ``aaas://peer.example.com`` (TLS, port
        5658 by default; ``ssl`` is then required). The URI's host is also the peer's identity.
        ``;transport=sctp``: one SCTP association to every address of the host."""
        from ..types import DiameterURI

        u = DiameterURI.parse(uri)
        if u.effective_transport not in ("tcp", "sctp"):
            raise PeerError(f"transport {u.transport} is not supported")
        transport: Transport = "sctp" if u.effective_transport == "sctp" else "tcp"
        if u.scheme == "aaas" and transport == "sctp":
            raise PeerError("aaas over SCTP (DTLS, RFC 6083) is not supported")
        if u.scheme == "aaas" and ssl is None:
            raise ValueError("an aaas:// peer needs an ssl context")
        return await self.connect(
            u.fqdn,
            u.effective_port,
            peer_host=u.fqdn,
            reconnect=reconnect,
            ssl=ssl if u.scheme == "aaas" else None,
            transport=transport,
            local_addresses=local_addresses,
        )

    async def disconnect(self, peer_host: str, cause: DisconnectCause = DisconnectCause.REBOOTING) -> None:
        """Disconnect one peer with DPR/DPA (RFC 6733 §5.4; waiting at most Tc for the DPA);
        the node does not reconnect to it."""
        entry = self.service.peers.get(peer_host)
        if entry is None:
            raise PeerError(f"no peer {peer_host}")
        closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._closing[entry] = closed
        self._run(self.service.disconnect(self._now(), entry, cause))
        try:
            if entry.peer.state is not PeerState.CLOSED:
                await asyncio.wait_for(closed, self.tc)
        except asyncio.TimeoutError:
            pass
        finally:
            self._closing.pop(entry, None)

    async def drain(self, timeout: float) -> int:
        """Stop accepting connections and wait, at most ``timeout`` seconds, until the requests
        being handled are answered, and those an agent forwarded (a node about to
        :meth:`close`); returns how many are still being handled or forwarded."""
        for s in self._servers:
            s.close()
        deadline = self._now() + timeout
        while self._tasks:
            left = deadline - self._now()
            if left <= 0:
                break
            await asyncio.wait(list(self._tasks.values()), timeout=left)
        while self.service.forwarding and self._now() < deadline:
            await asyncio.sleep(min(0.05, max(0.0, deadline - self._now())))
        return len(self._tasks) + self.service.forwarding

    async def close(self, cause: DisconnectCause = DisconnectCause.REBOOTING, *, timeout: float = 1.0) -> None:
        """Disconnect every peer with DPR/DPA (waiting at most ``timeout`` seconds for the
        DPAs), then stop listening and close what is left."""
        for s in self._servers:
            s.close()
        self._all_closed = asyncio.Event()
        self._run(self.service.stop(self._now(), cause))
        if self.service.open_peers() or any(e.peer.state is not PeerState.CLOSED for e in self.service._entries):
            try:
                await asyncio.wait_for(self._all_closed.wait(), min(timeout, self.tc))
            except asyncio.TimeoutError:
                pass
        for c in list(self._conns.values()):
            if c.transport is not None:
                c.transport.close()
        for s in self._servers:
            await s.wait_closed()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        for task in list(self._tasks.values()):
            task.cancel()
        if self._stopped is None:
            self._stopped = asyncio.Event()
        self._stopped.set()

    # -- requests -----------------------------------------------------------------------------

    def session_id(self, optional: str | None = None) -> str:
        """A new Session-Id of this node (RFC 6733 §8.8)."""
        return self.service.sessions.next(optional)

    async def request(
        self, message: Request[A], *, peer: str | None = None, timeout: float | None = None
    ) -> A | AnswerMessage:
        """Send a request and wait for its answer: an object of the request's answer class, or
        the generic answer-message (E bit). Raises :class:`RequestTimeout`, :class:`PeerError`
        (:class:`Overloaded`: the peer has too many requests pending; :class:`Abated`: the peer
        reported overload and this request is in the share abated, with no other peer for it),
        or :class:`InvalidAnswer` (the answer came but does not decode)."""
        wait = self.request_timeout if timeout is None else timeout
        ref, out = self.service.request(self._now(), message, timeout=wait, peer=peer)
        fut: asyncio.Future[Message] = asyncio.get_running_loop().create_future()
        self._waiting[ref] = fut
        self._run(out)
        try:
            answer = await fut
        except asyncio.CancelledError:
            self.service.cancel(ref)
            raise
        finally:
            self._waiting.pop(ref, None)
        return answer  # type: ignore[return-value]

    async def probe(self, peer: str | None = None, timeout: float = 5.0) -> float:
        """Send a DWR to a peer and wait for its DWA; returns the round-trip time in seconds."""
        start = self._now()
        ref, out = self.service.probe(start, peer)
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting[ref] = fut
        self._run(out)
        try:
            await asyncio.wait_for(fut, timeout)
        except asyncio.TimeoutError:
            name = peer or next((e.host for e in self.service.open_peers()), None) or "the peer"
            raise RequestTimeout(f"no DWA from {name} within {timeout} s") from None
        finally:
            self._waiting.pop(ref, None)
        return self._now() - start

    # -- carrying out what the service says ---------------------------------------------------

    def _now(self) -> float:
        return asyncio.get_running_loop().time()

    def _made(self, c: _Connection) -> None:
        self._conns[c.token] = c
        now = self._now()
        if c.inbound:
            identity = None
            if c.tls:
                transport = c.transport
                assert transport is not None

                def identity(host: str) -> bool:
                    return _certificate_names(transport, host)

            self._run(self.service.accepted(now, c.token, identity=identity, host_ip_addresses=self._host_ips(c)))
        else:
            assert c.entry is not None
            self._run(self.service.connected(now, c.entry, c.token, self._host_ips(c)))

    def _host_ips(self, c: _Connection) -> tuple[AddressValue, ...] | None:
        """Over SCTP, every local address of the association: its CER or CEA lists them as
        Host-IP-Address (RFC 6733 §5.3.5)."""
        if isinstance(c.transport, SctpTransport):
            try:
                return c.transport.local_ip_addresses()
            except OSError:
                return None
        return None

    def _run(self, outputs: list[Output]) -> None:
        # a handler run at once adds its answer's outputs to the end of this list
        outputs = list(outputs)
        for o in outputs:
            if isinstance(o, Write):
                c = self._conns.get(o.conn)
                if c is not None:
                    c.write(o.data)
            elif isinstance(o, Dispatch):
                outputs += self._dispatch(o)
            elif isinstance(o, Close):
                c = self._conns.get(o.conn)
                if c is not None and c.transport is not None:
                    c.flush()
                    c.transport.close()
            elif isinstance(o, Resolve):
                fut = self._waiting.get(o.ref)
                if fut is not None and not fut.done():
                    fut.set_result(o.answer)
            elif isinstance(o, Reject):
                fut = self._waiting.get(o.ref)
                if fut is not None and not fut.done():
                    fut.set_exception(o.error)
            elif isinstance(o, ProbeAnswered):
                fut = self._waiting.get(o.ref)
                if fut is not None and not fut.done():
                    fut.set_result(None)
            elif isinstance(o, Connect):
                asyncio.get_running_loop().create_task(self._open(o.peer))
            elif isinstance(o, StartTls):
                c = self._conns.get(o.conn)
                if c is not None:
                    c.flush()  # the CEA goes in the clear, before the handshake
                asyncio.get_running_loop().create_task(self._start_tls(o.conn, o.peer, o.server_side))
            elif isinstance(o, PeerUp):
                opened = self._opening.get(o.peer)
                if opened is not None and not opened.done():
                    opened.set_result(None)
            elif isinstance(o, PeerDown):
                opened = self._opening.get(o.peer)
                if opened is not None and not opened.done():
                    opened.set_exception(PeerError(o.reason))
                    opened.exception()  # retrieved: connect() reports the state instead
                closing = self._closing.get(o.peer)
                if closing is not None and not closing.done():
                    closing.set_result(None)
                if self._all_closed is not None and all(
                    e.peer.state is PeerState.CLOSED for e in self.service._entries
                ):
                    self._all_closed.set()
            else:
                assert_never(o)
        self._arm()

    def _arm(self) -> None:
        """One timer, at the service's deadline (moved only when that comes earlier)."""
        when = self.service.deadline
        if when is None:
            return
        if self._timer is not None and self._timer_at is not None and self._timer_at <= when:
            return
        if self._timer is not None:
            self._timer.cancel()
        self._timer_at = when
        self._timer = asyncio.get_running_loop().call_at(when, self._fire)

    def _fire(self) -> None:
        self._timer = self._timer_at = None
        self._run(self.service.timer(self._now()))

    def _dispatch(self, o: Dispatch) -> list[Output]:
        """Run a handler. A plain function's answer is given to the service at once (no task;
        the outputs are returned, to be carried out with the rest); a coroutine (``async
        def``) or another awaitable runs in a task of its own. Either way in a copy of the
        current context, as in a task."""
        ctx = contextvars.copy_context()
        result: Any
        try:
            result = ctx.run(o.handler, o.request)
        except Exception as e:  # the service answers for a failing handler (5012)
            result = e
        if isinstance(result, BaseException) or not hasattr(type(result), "__await__"):
            return self.service.answered(self._now(), o.ref, result)
        task = asyncio.get_running_loop().create_task(self._handle(o.ref, result), context=ctx)
        self._tasks[o.ref] = task
        return []

    async def _handle(self, ref: int, awaitable: Awaitable[Message]) -> None:
        try:
            answer: Message | BaseException = await awaitable
        except asyncio.CancelledError:
            raise
        except Exception as e:  # the service answers for a failing handler (5012)
            answer = e
        finally:
            self._tasks.pop(ref, None)
        # the answers of the tasks that end in this turn of the event loop are given to the
        # service together, right after it, and leave together; at once when no other handler
        # runs (none can add to them)
        self._answers.append((ref, answer))
        if not self._tasks:
            self._answer_all()
        elif len(self._answers) == 1:
            asyncio.get_running_loop().call_soon(self._answer_all)

    def _answer_all(self) -> None:
        answers, self._answers = self._answers, []
        if not answers:
            return
        now = self._now()
        out: list[Output] = []
        for ref, answer in answers:
            out += self.service.answered(now, ref, answer)
        self._run_together(out)

    def _run_together(self, outputs: list[Output]) -> None:
        """:meth:`_run`, the messages it writes handed to the transports when it is done (in
        writes of up to BATCH), not at the end of the loop's turn."""
        written: list[_Connection] = []
        self._receiving = written
        try:
            self._run(outputs)
        finally:
            self._receiving = None
            for c in written:
                c.flush()

    async def _start_tls(self, conn: int, entry: PeerEntry, server_side: bool) -> None:
        """In-band TLS after CER/CEA (RFC 6733 §13.1); messages wait until it is up."""
        ctx = self.inband_tls_server if server_side else self.inband_tls_client
        c = self._conns.get(conn)
        transport = c.transport if c is not None else None
        try:
            if ctx is None or transport is None or c is None:
                raise OSError("no TLS context for in-band TLS")
            if isinstance(transport, SctpTransport):
                raise OSError("in-band TLS over SCTP (RFC 3436) is not supported")
            transport.pause_reading()  # the next bytes are the TLS handshake
            new = await asyncio.get_running_loop().start_tls(
                transport, c, ctx, server_side=server_side, server_hostname=None if server_side else entry.host
            )
            if new is None:
                raise OSError("the connection closed during the TLS handshake")
            if server_side and not _certificate_names(new, entry.host or ""):
                raise OSError(f"{entry.host} is not a name of the certificate its peer presented")
        except (OSError, ValueError) as e:
            if transport is not None:
                transport.close()
            self._run(self.service.tls_done(self._now(), conn, str(e) or type(e).__name__))
            return
        c.transport = new
        self._run(self.service.tls_done(self._now(), conn))

    async def _open(self, entry: PeerEntry) -> None:
        target = entry.target
        assert isinstance(target, _Target)
        token = self._new_token()
        loop = asyncio.get_running_loop()
        ctx = self._ssl.get(entry)

        def protocol() -> _Connection:
            return _Connection(self, token, inbound=False, entry=entry)

        try:
            if target.transport == "sctp":
                # bounded: an unanswered INIT is retried for minutes
                await asyncio.wait_for(
                    sctp.connect(
                        protocol,
                        target.hosts,
                        target.port,
                        local=target.local,
                        streams=self.sctp_streams,
                        params=self.sctp_params,
                    ),
                    self.tc,
                )
            else:
                error: OSError | None = None
                for host in target.hosts:
                    try:
                        await loop.create_connection(
                            protocol,
                            host,
                            target.port,
                            ssl=ctx,
                            server_hostname=entry.expected_host if ctx is not None else None,
                            local_addr=(target.local[0], 0) if target.local else None,
                        )
                        break
                    except OSError as e:
                        error = e
                else:
                    assert error is not None
                    raise error
        except (OSError, DiameterError) as e:  # TimeoutError is an OSError
            log.info("connection to %s failed: %s", target, e)
            self._run(self.service.connect_failed(self._now(), entry))
