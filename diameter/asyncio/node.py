"""A Diameter node on asyncio: TCP and SCTP transports around the sans-IO :class:`~diameter.peer.Peer`.

Every callback feeds the peer state machine and then does what it returns (connect, write,
close, deliver) and re-arms the peer's one timer — the protocol logic lives in
:mod:`diameter.peer`, :mod:`diameter.watchdog` and :mod:`diameter.transactions`. Over SCTP
(:mod:`diameter.asyncio.sctp`) the transports are :class:`~diameter.asyncio.sctp.SctpTransport` s,
driven by the same protocol objects.

The node answers by itself what no handler should have to: a command it has no class or no
handler for (DIAMETER_COMMAND_UNSUPPORTED 3001), an application the peer did not agree on
(DIAMETER_APPLICATION_UNSUPPORTED 3007), a request that does not decode (its Result-Code, with
Failed-AVP), and a handler that raises (DIAMETER_UNABLE_TO_COMPLY 5012); the connection stays up.
"""

from __future__ import annotations

import asyncio
import logging
from ssl import SSLContext
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Final, Literal, TypeVar

import attrs

from ..apps.base import (
    AnswerMessage,
    InbandSecurityId,
    CapabilitiesExchangeRequest,
    DisconnectCause,
    FailedAVP,
    ResultCode,
)
from ..capabilities import LocalCapabilities
from ..converter import Converter
from ..errors import DecodeError, DiameterError
from ..peer import Closed, Connect, Deliver, Disconnect, Opened, Output, Peer, PeerState, Send, Undecodable
from ..schema import Answer, ErrorAnswer, GenericMessage, Message, Request, command_info, evolve, is_command
from ..transactions import PendingTable, SessionIds
from ..types import AddressValue
from ..wire import FLAG_P, FLAG_R, Avp, iter_avps, message_length, peek_header
from . import sctp
from .sctp import SctpServer, SctpTransport

__all__ = ["Node", "PeerError", "RequestTimeout", "Transport"]

log = logging.getLogger("diameter.node")

A = TypeVar("A", bound=Answer)
Handler = Callable[[Any], Awaitable[Message]]
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


_SESSION_ID: Final = 263
_PROXY_INFO: Final = 284

_answer_classes: dict[type, type] = {}


def _answer_class(request_cls: type) -> type | None:
    """The answer class defined with a request class (same module, code and application)."""
    from ..registry import DEFAULT

    found = _answer_classes.get(request_cls)
    if found is not None or not is_command(request_cls):
        return found
    info = command_info(request_cls)
    for cls in DEFAULT.commands_by_path.values():
        other = command_info(cls)
        if (cls.__module__ == request_cls.__module__ and not other.request and other.code == info.code
                and other.application_id == info.application_id):
            _answer_classes[request_cls] = cls
            return cls
    return None


def _echoed(request: bytes) -> tuple[str | None, tuple[Avp, ...]]:
    """The Session-Id and the Proxy-Info AVPs of a request (its wire form), which an answer
    carries back (RFC 6733 §6.2); from as much of the request as splits into AVPs."""
    session_id: str | None = None
    proxies: list[Avp] = []
    try:
        for _, a in iter_avps(request, 20):
            if a.code == _SESSION_ID and not a.vendor and session_id is None:
                session_id = a.data.decode("utf-8")
            elif a.code == _PROXY_INFO and not a.vendor:
                proxies.append(a)
    except (DecodeError, UnicodeDecodeError):
        pass
    return session_id, tuple(proxies)


def _name(msg: Message) -> str:
    if isinstance(msg, GenericMessage):
        return f"command {msg.command_code}"
    return command_info(type(msg)).name


class _Outstanding:
    """A request waiting for its answer: where it was last sent, as what."""

    __slots__ = ("future", "message", "peer")

    def __init__(self, future: asyncio.Future[Message], message: Message, peer: Peer) -> None:
        self.future = future
        self.message = message
        self.peer = peer


class PeerError(DiameterError):
    """No open peer to send to, or the peer closed before answering."""


class RequestTimeout(DiameterError, TimeoutError):
    """No answer came within the request's timeout."""


class _Protocol(asyncio.Protocol):
    def __init__(self, node: Node, token: int) -> None:
        self.node = node
        self.token = token
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.node._transports[self.token] = transport

    def data_received(self, data: bytes) -> None:
        self.node._data(self.token, data)

    def connection_lost(self, exc: Exception | None) -> None:
        self.node._lost(self.token)


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
    ) -> None:
        """``inband_tls_server`` / ``inband_tls_client``: the TLS contexts for in-band TLS,
        started after CER/CEA when both sides advertise TLS in Inband-Security-Id (RFC 6733
        §13.1; the side that sent the CER is the TLS client; over TCP only).

        ``sctp_streams``: the streams each SCTP association asks for in each direction (it
        gets the smaller of this and the peer's number)."""
        if not 1 <= sctp_streams <= 65535:
            raise ValueError(f"sctp_streams must be in 1..65535, not {sctp_streams}")
        self.local = local
        self.sctp_streams = sctp_streams
        self.inband_tls_server = inband_tls_server
        self.inband_tls_client = inband_tls_client
        self.known_peers = known_peers
        self.tw = tw
        self.tc = tc
        self.request_timeout = request_timeout
        self.conv = converter or Converter()
        self.handlers: dict[type, Handler] = {}
        self.peers: dict[str, Peer] = {}
        self.counters: Counter[tuple[str, str, int | str]] = Counter()  # (peer, command, Result-Code or "sent")
        self._token = 0
        self._transports: dict[int, asyncio.Transport] = {}
        self._owner: dict[int, Peer] = {}  # connection -> peer
        self._fresh: dict[int, bytearray] = {}  # accepted connections before their CER
        self._timers: dict[int, asyncio.TimerHandle] = {}
        self._pending: dict[int, PendingTable[_Outstanding]] = {}
        self._opened: dict[int, asyncio.Event] = {}
        self._servers: list[asyncio.AbstractServer | SctpServer] = []
        self._addresses: dict[int, _Target] = {}
        self._keep: dict[int, Peer] = {}  # peers to reconnect to
        self._ssl: dict[int, SSLContext] = {}  # peers reached over TLS
        self._tls: set[int] = set()  # accepted TLS connections
        self._expected: dict[int, str] = {}  # the identity a TLS peer's certificate carries
        self._upgrading: dict[int, list[bytes]] = {}  # connections in their in-band TLS handshake
        # duplicate detection (RFC 6733 §5.5.4), by (Origin-Host, End-to-End identifier)
        self._answered: dict[tuple[str, int], Message] = {}
        self._in_progress: dict[tuple[str, int], list[tuple[Peer, int]]] = {}
        self._attempts: dict[int, int] = {}
        self._stopping = False
        self._start = time.time()
        self._sessions = SessionIds(local.origin_host, self._start)

    # -- set-up -------------------------------------------------------------------------------

    def handle(self, cls: type, handler: Handler) -> None:
        """Answer requests of class ``cls`` with ``await handler(request)``."""
        if not is_command(cls) or not command_info(cls).request:
            raise TypeError(f"{cls.__name__} is not a request class")
        self.handlers[cls] = handler

    async def listen(self, host: str | Sequence[str] = "127.0.0.1", port: int = 3868, *,
                     ssl: SSLContext | None = None, transport: Transport = "tcp") -> int:
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

        def protocol() -> _Protocol:
            token = self._new_fresh()
            if ssl is not None:
                self._tls.add(token)
            return _Protocol(self, token)

        if transport == "sctp":
            sctp_server = await sctp.create_server(protocol, _hosts(host), port, streams=self.sctp_streams)
            self._servers.append(sctp_server)
            return sctp_server.port
        server = await loop.create_server(protocol, host, port, ssl=ssl)
        self._servers.append(server)
        return int(server.sockets[0].getsockname()[1])

    def _new_token(self) -> int:
        self._token += 1
        return self._token

    def _new_fresh(self) -> int:
        token = self._new_token()
        self._fresh[token] = bytearray()
        return token

    async def connect(self, host: str | Sequence[str], port: int = 3868, *, peer_host: str | None = None,
                      reconnect: bool = True, ssl: SSLContext | None = None, transport: Transport = "tcp",
                      local_addresses: str | Sequence[str] | None = None) -> Peer:
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
        peer = Peer(self.local, peer_host=peer_host, known_peers=self.known_peers, tc=self.tc, tw=self.tw,
                    converter=self.conv, start_time=self._start)
        key = id(peer)
        self._pending[key] = PendingTable()
        self._opened[key] = asyncio.Event()
        self._addresses[key] = target
        if ssl is not None:
            self._ssl[key] = ssl
            self._expected[key] = peer_host or target.hosts[0]
        if peer_host is not None:
            # known before it answers: a CER from it meanwhile goes to this peer (the election)
            self.peers.setdefault(peer_host, peer)
        self._apply(peer, peer.start(self._now()))
        await asyncio.wait_for(self._opened[key].wait(), self.tc + 1)
        if not peer.state in (PeerState.I_OPEN, PeerState.R_OPEN):
            raise PeerError(f"could not open {target}: {peer.state.value}")
        if reconnect:
            self._keep[key] = peer
        return peer

    async def connect_uri(self, uri: str, *, ssl: SSLContext | None = None, reconnect: bool = True,
                          local_addresses: str | Sequence[str] | None = None) -> Peer:
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
        return await self.connect(u.fqdn, u.effective_port, peer_host=u.fqdn, reconnect=reconnect,
                                  ssl=ssl if u.scheme == "aaas" else None, transport=transport,
                                  local_addresses=local_addresses)

    def _schedule_reconnect(self, peer: Peer) -> None:
        key = id(peer)
        if key not in self._keep or self._stopping:
            return
        cause = peer.remote_disconnect_cause
        if cause == DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU:
            log.info("peer %s does not want to talk to us: no reconnection", peer.peer_host)
            del self._keep[key]
            return
        attempt = self._attempts.get(key, 0)
        delay = self.tc * (8 if cause == DisconnectCause.BUSY else min(2 ** attempt, 8))
        self._attempts[key] = attempt + 1
        peer.remote_disconnect_cause = None
        log.info("reconnecting to %s in %.1f s", peer.peer_host, delay)
        asyncio.get_running_loop().call_later(delay, self._restart, peer)

    def _restart(self, peer: Peer) -> None:
        if id(peer) in self._keep and not self._stopping and peer.state is PeerState.CLOSED:
            self._apply(peer, peer.start(self._now()))

    async def close(self, cause: DisconnectCause = DisconnectCause.REBOOTING) -> None:
        """Disconnect every peer with DPR/DPA, then stop listening."""
        self._stopping = True
        for peer in list(self.peers.values()):
            if peer.state in (PeerState.I_OPEN, PeerState.R_OPEN):
                self._apply(peer, peer.stop(self._now(), cause))
        for _ in range(100):
            if all(p.state is PeerState.CLOSED for p in self.peers.values()):
                break
            await asyncio.sleep(0.01)
        for t in list(self._transports.values()):
            t.close()
        for s in self._servers:
            s.close()
            await s.wait_closed()
        for h in self._timers.values():
            h.cancel()

    # -- requests -----------------------------------------------------------------------------

    def session_id(self, optional: str | None = None) -> str:
        """A new Session-Id of this node (RFC 6733 §8.8)."""
        return self._sessions.next(optional)

    async def request(self, message: Request[A], *, peer: str | None = None,
                      timeout: float | None = None) -> A | ErrorAnswer:
        """Send a request and wait for its answer: an object of the request's answer class, or
        the generic answer-message (E bit). Raises :class:`RequestTimeout` or :class:`PeerError`."""
        target = self._choose(peer, message)
        hbh, e2e = target.identifiers()
        msg = evolve(message, hop_by_hop=hbh, end_to_end=e2e)
        fut: asyncio.Future[Message] = asyncio.get_running_loop().create_future()
        wait = self.request_timeout if timeout is None else timeout
        rec = _Outstanding(fut, msg, target)
        self._pending[id(target)].add(hbh, e2e, self._now() + wait, rec)
        self.counters[(target.peer_host or "?", _name(message), "sent")] += 1
        self._apply(target, target.send(self._now(), msg))
        try:
            answer = await asyncio.wait_for(fut, wait)
        except asyncio.TimeoutError:
            self._pending[id(rec.peer)].answer(rec.message.hop_by_hop, rec.message.end_to_end)
            raise RequestTimeout(f"no answer from {rec.peer.peer_host} within {wait} s") from None
        expected = _answer_class(type(message))
        if expected is not None and not isinstance(answer, ErrorAnswer) and type(answer) is not expected:
            # another dictionary's class for the same command (e.g. TS 32.299's CCA for
            # RFC 8506's): give the caller the class its request promises
            answer = self.conv.decode_as(expected, self.conv.encode(answer))
        return answer  # type: ignore[return-value]

    async def probe(self, peer: str | None = None, timeout: float = 5.0) -> float:
        """Send a DWR to a peer and wait for its DWA; returns the round-trip time in seconds."""
        target = self._choose(peer)
        seen = target.dwa_received
        start = self._now()
        self._apply(target, target.probe(start))
        while target.dwa_received == seen:
            if self._now() - start > timeout:
                raise RequestTimeout(f"no DWA from {target.peer_host} within {timeout} s")
            await asyncio.sleep(0.001)
        return self._now() - start

    def _choose(self, name: str | None, message: Message | None = None, exclude: Peer | None = None) -> Peer:
        """The open peer to send to: ``name`` if given; else the request's Destination-Host if
        it is an open peer; else an open peer that agreed on the request's application, one of
        its Destination-Realm first."""
        def is_open(p: Peer) -> bool:
            return p is not exclude and p.state in (PeerState.I_OPEN, PeerState.R_OPEN)

        if name is not None:
            p = self.peers.get(name)
            if p is not None and is_open(p):
                return p
            raise PeerError(f"no open peer {name}")
        dest_host = getattr(message, "destination_host", None)
        if isinstance(dest_host, str) and dest_host in self.peers and is_open(self.peers[dest_host]):
            return self.peers[dest_host]
        app: int | None = None
        if message is not None and is_command(message):
            app = command_info(type(message)).application_id
        realm = getattr(message, "destination_realm", None)
        candidates = [p for p in self.peers.values() if is_open(p)]
        if app is not None:
            candidates = [p for p in candidates if p.agreement is not None and app in
                          p.agreement.auth_application_ids | p.agreement.acct_application_ids] or candidates
        for p in candidates:
            if p.agreement is not None and p.agreement.peer_realm == realm:
                return p
        if candidates:
            return candidates[0]
        raise PeerError("no open peer")

    def _failover(self, peer: Peer, reason: str) -> None:
        """RFC 6733 §5.5.4: requests pending on a connection that failed go to another peer
        with the T flag (same End-to-End identifier), or fail when there is none."""
        for entry in self._pending[id(peer)].take_all():
            rec = entry.context
            if rec.future.done():
                continue
            try:
                alt = self._choose(None, rec.message, exclude=peer)
            except PeerError:
                rec.future.set_exception(PeerError(f"peer {peer.peer_host} closed: {reason}"))
                continue
            hbh = alt.identifiers()[0]
            rec.message = evolve(rec.message, hop_by_hop=hbh, retransmit=True)
            rec.peer = alt
            self._pending[id(alt)].add(hbh, rec.message.end_to_end, entry.deadline, rec)
            log.info("request %#x failed over from %s to %s", rec.message.end_to_end, peer.peer_host,
                     alt.peer_host)
            self._apply(alt, alt.send(self._now(), rec.message))

    # -- transport callbacks ------------------------------------------------------------------

    def _now(self) -> float:
        return asyncio.get_running_loop().time()

    def _data(self, token: int, data: bytes) -> None:
        peer = self._owner.get(token)
        if peer is not None:
            self._apply(peer, peer.data_received(self._now(), token, data))
            return
        buf = self._fresh.get(token)
        if buf is None:
            return
        buf += data
        if len(buf) < 4:
            return
        try:
            # RFC 6733 §3: version 1, a length that counts the header and is a multiple of 4
            length = message_length(bytes(buf[:4]))
        except DecodeError:
            length = 0
        if not 20 <= length <= self.conv.max_length:  # unframeable, or more than the node takes
            log.warning("connection %d: bad Diameter header %s; closing", token, bytes(buf[:4]).hex())
            del self._fresh[token]
            self._transports[token].close()
            return
        if len(buf) < length:
            return
        first, rest = bytes(buf[:length]), bytes(buf[length:])
        del self._fresh[token]
        try:
            cer = self.conv.decode(first)
        except DecodeError:
            cer = None
        if not isinstance(cer, CapabilitiesExchangeRequest):
            log.warning("connection %d: first message is not a CER; closing", token)
            self._transports[token].close()
            return
        if token in self._tls and not _certificate_names(self._transports[token], cer.origin_host):
            log.warning("connection %d: Origin-Host %s is not a name of its certificate; closing", token,
                        cer.origin_host)
            self._transports[token].close()
            return
        peer = self.peers.get(cer.origin_host)
        if peer is None:
            peer = Peer(self.local, peer_host=cer.origin_host, known_peers=self.known_peers, tc=self.tc,
                        tw=self.tw, converter=self.conv, start_time=self._start)
            self._pending[id(peer)] = PendingTable()
            self._opened[id(peer)] = asyncio.Event()
        self._owner[token] = peer
        self._apply(peer, peer.incoming(self._now(), token, cer, rest, self._host_ips(token)))

    def _host_ips(self, token: int) -> tuple[AddressValue, ...] | None:
        """Over SCTP, every local address of the association: its CER or CEA lists them as
        Host-IP-Address (RFC 6733 §5.3.5)."""
        t = self._transports.get(token)
        if isinstance(t, SctpTransport):
            try:
                return t.local_ip_addresses()
            except OSError:
                return None
        return None

    def _lost(self, token: int) -> None:
        self._transports.pop(token, None)
        self._fresh.pop(token, None)
        peer = self._owner.pop(token, None)
        if peer is not None:
            self._apply(peer, peer.connection_lost(self._now(), token))

    # -- carrying out what the peer says ------------------------------------------------------

    def _apply(self, peer: Peer, outputs: list[Output]) -> None:
        for o in outputs:
            if isinstance(o, Send):
                if o.conn in self._upgrading:
                    self._upgrading[o.conn].append(o.data)
                    continue
                t = self._transports.get(o.conn)
                if t is not None:
                    t.write(o.data)
            elif isinstance(o, Disconnect):
                t = self._transports.get(o.conn)
                if t is not None:
                    t.close()
                self._owner.pop(o.conn, None)
            elif isinstance(o, Connect):
                asyncio.get_running_loop().create_task(self._open(peer))
            elif isinstance(o, Opened):
                host = o.agreement.peer_host
                if id(peer) in self._ssl and host != self._expected.get(id(peer), host):
                    log.warning("peer says it is %s, its certificate is for %s; closing", host,
                                self._expected[id(peer)])
                    self._apply(peer, peer.stop(self._now(), DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU))
                    self._opened[id(peer)].set()
                    continue
                self.peers[host] = peer
                log.info("peer %s open (%s)", host, peer.state.value)
                self._attempts.pop(id(peer), None)
                if o.agreement.inband_security == InbandSecurityId.TLS:
                    self._upgrading[o.conn] = []
                    t = self._transports.get(o.conn)
                    if t is not None:
                        t.pause_reading()  # the next bytes are the TLS handshake
                    asyncio.get_running_loop().create_task(
                        self._start_tls(peer, o.conn, server_side=peer.state is PeerState.R_OPEN))
                else:
                    self._opened[id(peer)].set()
            elif isinstance(o, Closed):
                log.info("peer %s closed: %s", peer.peer_host, o.reason)
                self._failover(peer, o.reason)
                self._opened[id(peer)].set()
                self._schedule_reconnect(peer)
            elif isinstance(o, Deliver):
                self._deliver(peer, o.message)
            elif isinstance(o, Undecodable):
                self._undecodable(peer, o)
        self._arm(peer)

    async def _start_tls(self, peer: Peer, conn: int, *, server_side: bool) -> None:
        """In-band TLS after CER/CEA (RFC 6733 §13.1); messages wait until it is up."""
        ctx = self.inband_tls_server if server_side else self.inband_tls_client
        transport = self._transports.get(conn)
        try:
            if ctx is None or transport is None:
                raise OSError("no TLS context for in-band TLS")
            if isinstance(transport, SctpTransport):
                raise OSError("in-band TLS over SCTP (RFC 3436) is not supported")
            protocol = transport.get_protocol()
            new = await asyncio.get_running_loop().start_tls(
                transport, protocol, ctx, server_side=server_side,
                server_hostname=None if server_side else peer.peer_host)
            if new is None:
                raise OSError("the connection closed during the TLS handshake")
            if server_side and not _certificate_names(new, peer.peer_host or ""):
                raise OSError(f"{peer.peer_host} is not a name of the certificate its peer presented")
        except (OSError, ValueError) as e:
            log.warning("in-band TLS with %s failed: %s", peer.peer_host, e)
            self._upgrading.pop(conn, None)
            if transport is not None:
                transport.close()
            self._opened[id(peer)].set()
            return
        self._transports[conn] = new
        for data in self._upgrading.pop(conn, []):
            new.write(data)
        self._opened[id(peer)].set()

    async def _open(self, peer: Peer) -> None:
        target = self._addresses[id(peer)]
        token = self._new_token()
        loop = asyncio.get_running_loop()
        ctx = self._ssl.get(id(peer))
        try:
            if target.transport == "sctp":
                # bounded: an unanswered INIT is retried for minutes
                await asyncio.wait_for(sctp.connect(lambda: _Protocol(self, token), target.hosts, target.port,
                                                    local=target.local, streams=self.sctp_streams), self.tc)
            else:
                error: OSError | None = None
                for host in target.hosts:
                    try:
                        await loop.create_connection(
                            lambda: _Protocol(self, token), host, target.port, ssl=ctx,
                            server_hostname=peer.peer_host if ctx is not None else None,
                            local_addr=(target.local[0], 0) if target.local else None)
                        break
                    except OSError as e:
                        error = e
                else:
                    assert error is not None
                    raise error
        except (OSError, DiameterError) as e:  # TimeoutError is an OSError
            log.info("connection to %s failed: %s", target, e)
            self._apply(peer, peer.connect_failed(self._now()))
            return
        self._owner[token] = peer
        self._apply(peer, peer.connected(self._now(), token, self._host_ips(token)))

    def _arm(self, peer: Peer) -> None:
        key = id(peer)
        old = self._timers.pop(key, None)
        if old is not None:
            old.cancel()
        deadlines = [d for d in (peer.deadline, self._pending[key].next_deadline) if d is not None]
        if deadlines:
            when = min(deadlines)
            loop = asyncio.get_running_loop()
            self._timers[key] = loop.call_at(when, self._fire, peer)

    def _fire(self, peer: Peer) -> None:
        now = self._now()
        for entry in self._pending[id(peer)].expire(now):
            if not entry.context.future.done():
                entry.context.future.set_exception(RequestTimeout(f"no answer from {peer.peer_host}"))
        self._apply(peer, peer.timer(now))

    # -- messages -----------------------------------------------------------------------------

    def _deliver(self, peer: Peer, msg: Message) -> None:
        host = peer.peer_host or "?"
        is_request = (msg.request if isinstance(msg, GenericMessage) else command_info(type(msg)).request)
        if not is_request:
            rc = getattr(msg, "result_code", "-")
            self.counters[(host, _name(msg), int(rc) if isinstance(rc, int) else str(rc))] += 1
            entry = self._pending[id(peer)].answer(msg.hop_by_hop, msg.end_to_end)
            if entry is None:
                log.warning("answer from %s matches no pending request; discarded", host)
            elif not entry.context.future.done():
                entry.context.future.set_result(msg)
            return
        self.counters[(host, _name(msg), "received")] += 1
        if isinstance(msg, GenericMessage):
            self._error_answer(peer, msg.command_code, msg.application_id, msg.proxiable, msg.hop_by_hop,
                               msg.end_to_end, ResultCode.DIAMETER_COMMAND_UNSUPPORTED, None, None,
                               self.conv.encode(msg))
            return
        info = command_info(type(msg))
        app = info.application_id
        if app is None:  # ASR, STR, RAR: the Application-Id is their Auth-Application-Id's value
            app = int(getattr(msg, info.application_id_field or "", 0))
        agreement = peer.agreement
        if agreement is not None and app not in agreement.auth_application_ids | agreement.acct_application_ids:
            self._error_answer(peer, info.code or 0, app, info.proxiable, msg.hop_by_hop, msg.end_to_end,
                               ResultCode.DIAMETER_APPLICATION_UNSUPPORTED, None, None, self.conv.encode(msg))
            return
        handler = self.handlers.get(type(msg))
        if handler is None:
            # a handler registered for another dictionary's class of the same command (RFC
            # 8506's CCR while TS 32.299's is loaded): give it the class it was written for
            for cls, h in self.handlers.items():
                ci = command_info(cls)
                if ci.code == info.code and ci.request and ci.application_id in (info.application_id, None):
                    msg = self.conv.decode_as(cls, self.conv.encode(msg))
                    handler = h
                    break
        if handler is None:
            self._error_answer(peer, info.code or 0, app, info.proxiable, msg.hop_by_hop, msg.end_to_end,
                               ResultCode.DIAMETER_COMMAND_UNSUPPORTED, None, "no handler for this command",
                               self.conv.encode(msg))
            return
        # RFC 6733 §5.5.4: a request may come again (T flag, after a failover) from the same
        # Origin-Host with the same End-to-End identifier: it is answered once, and its answer
        # goes to every connection it came on.
        key = (str(getattr(msg, "origin_host", "")), msg.end_to_end)
        done = self._answered.get(key)
        if done is not None:
            self._apply(peer, peer.send(self._now(), evolve(done, hop_by_hop=msg.hop_by_hop)))
            return
        waiting = self._in_progress.get(key)
        if waiting is not None:
            waiting.append((peer, msg.hop_by_hop))
            return
        self._in_progress[key] = [(peer, msg.hop_by_hop)]
        asyncio.get_running_loop().create_task(self._run(key, handler, msg, app))

    async def _run(self, key: tuple[str, int], handler: Handler, request: Message, app: int) -> None:
        info = command_info(type(request))
        try:
            answer = await handler(request)
            answer = evolve(answer, end_to_end=request.end_to_end)
        except Exception as e:  # the stack answers for a failing handler
            log.exception("handler for %s failed", info.name)
            answer = self._error_message(info.code or 0, app, info.proxiable, request.hop_by_hop,
                                         request.end_to_end, ResultCode.DIAMETER_UNABLE_TO_COMPLY, None,
                                         f"handler failed: {type(e).__name__}", self.conv.encode(request))
        self._answered[key] = answer
        while len(self._answered) > 10_000:  # bounded: the oldest go first
            del self._answered[next(iter(self._answered))]
        for peer, hbh in self._in_progress.pop(key, []):
            if peer.state in (PeerState.I_OPEN, PeerState.R_OPEN):
                self._apply(peer, peer.send(self._now(), evolve(answer, hop_by_hop=hbh)))

    def _undecodable(self, peer: Peer, u: Undecodable) -> None:
        try:
            h = peek_header(u.raw)
        except DiameterError:
            return
        if not h.flags & FLAG_R:
            log.warning("undecodable answer from %s discarded: %s", peer.peer_host, u.error)
            return
        failed = FailedAVP(avps=(u.error.avp,)) if u.error.avp is not None else None
        self._error_answer(peer, h.command_code, h.application_id, bool(h.flags & FLAG_P), h.hop_by_hop,
                           h.end_to_end, u.error.result_code, failed, u.error.message, u.raw)

    def _error_message(self, code: int, app: int, proxiable: bool, hbh: int, e2e: int, result_code: int,
                       failed: FailedAVP | None, message: str | None, request: bytes) -> AnswerMessage:
        """The node's own answer to ``request`` (its wire form): RFC 6733 §6.2 — with the
        request's Session-Id and its Proxy-Info AVPs, in their order."""
        session_id, proxies = _echoed(request)
        return AnswerMessage(
            command_code=code, application_id=app, proxiable=proxiable, session_id=session_id,
            origin_host=self.local.origin_host, origin_realm=self.local.origin_realm, result_code=result_code,
            failed_avp=failed, error_message=message, avps=proxies, hop_by_hop=hbh, end_to_end=e2e,
        )

    def _error_answer(self, peer: Peer, code: int, app: int, proxiable: bool, hbh: int, e2e: int,
                      result_code: int, failed: FailedAVP | None, message: str | None, request: bytes) -> None:
        answer = self._error_message(code, app, proxiable, hbh, e2e, result_code, failed, message, request)
        self.counters[(peer.peer_host or "?", "answer-message", int(result_code))] += 1
        if peer.state in (PeerState.I_OPEN, PeerState.R_OPEN):
            self._apply(peer, peer.send(self._now(), answer))
