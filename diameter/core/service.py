"""A Diameter node's protocol, sans-IO: the peer table and everything between the peers and
the application.

Theory of operation
-------------------
A :class:`Service` is one node. The I/O layer (:mod:`diameter.asyncio`) tells it what happened
— a connection accepted or opened, bytes received, a connection lost, the timer due, a request
from the application, a handler's answer — always with the current time ``now``, and carries
out the :data:`Output` s it returns: write bytes, close a connection, open one, start TLS on one,
run a handler, resolve or fail a request. :attr:`Service.deadline` says when :meth:`Service.timer`
is next due. Nothing here reads a clock or touches a socket, so every rule below is tested on a
fake clock (tests/test_service.py).

What the service owns:

- the peer table: one :class:`PeerEntry` per remote Diameter identity, each with its RFC 6733
  §5.6 state machine (:class:`~diameter.peer.Peer`), its RFC 3539 watchdog (kept across
  reconnects, so a connection that failed goes through REOPEN), its pending requests and its
  reconnect schedule; entries of peers that connected to us are dropped when they close;
- new connections until their CER (first-CER dispatch): each must send a valid CER within
  ``Limits.cer_timeout``, and at most ``Limits.max_connections`` are open at once;
- routing: which peer a request goes to (a :class:`RoutingPolicy`; agent roles plug in here),
  never a peer its watchdog does not trust;
- pending requests: timeouts, failover to another peer with the T flag (RFC 6733 §5.5.4) when
  a connection fails or its watchdog suspects it, and a typed error at once when none can take
  them;
- received requests: the order of RFC 6733's checks (the application first, 3007; the command,
  3001; then decoding, with the Result-Code the error carries), duplicate detection within
  ``Limits.duplicate_window`` (§5.5.4), admission (at most ``Limits.max_in_flight`` handlers at
  once; the others wait in a bounded queue by RFC 7944 DRMP priority, and are answered 3004
  when it is full or after ``Limits.max_queue_time``), and the node's own answers
  (:mod:`diameter.core.answers`);
- received answers: matched by Hop-by-Hop identifier before they are decoded, an answer that
  does not decode failing its request at once;
- overload control (RFC 7683 DOIC, loss algorithm; :mod:`diameter.core.overload`): as reporting
  node, the answers to requests that offer DOIC say so and carry an overload report computed
  from the admission queue while the node is overloaded; as reacting node, the requests offer
  DOIC and the share of them a peer's report asks for is diverted to another peer or fails
  with :class:`Abated`.
"""

from __future__ import annotations

import logging
import random
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final, Protocol

import attrs

from ..apps.base import (
    AnswerMessage,
    CapabilitiesExchangeRequest,
    DeviceWatchdogRequest,
    DisconnectCause,
    DisconnectPeerRequest,
    FailedAVP,
    InbandSecurityId,
    ResultCode,
)
from ..capabilities import RELAY_APPLICATION_ID, LocalCapabilities
from ..converter import Converter
from ..errors import DecodeError, DiameterError, EncodeError
from ..metrics import Histograms
from ..peer import (
    Closed,
    Deliver,
    Disconnect,
    Failback,
    Failover,
    Opened,
    Peer,
    PeerState,
    Send,
    Undecodable,
)
from ..peer import Connect as PeerConnect
from ..peer import Output as PeerOutput
from ..routing import Route, RouteTable
from ..schema import ErrorAnswer, GenericMessage, Message, command_info, evolve, is_command
from ..transactions import Deadlines, PendingTable, SessionIds, TableFull
from ..types import AddressValue
from ..wire import FLAG_E, FLAG_R, FLAG_T, Framer, Oversized
from .agent import (
    RedirectUsage,
    RoutingView,
    add_proxy_info,
    forwarded,
    proxy_infos_echoed,
    redirect_answer,
    redirect_of,
    result_code,
    routing_view,
    take_proxy_info,
)
from .answers import own_answer
from .overload import (
    DEFAULT_PRIORITY,
    DRMP,
    LOWEST_PRIORITY,
    OC_OLR,
    OC_SUPPORTED_FEATURES,
    AdmissionQueue,
    Doic,
    OverloadReport,
    Reactor,
    Reporter,
    append_avps,
    find_avp,
    first_avp,
    priority_of,
    supported_features,
)

__all__ = [
    "Limits",
    "Service",
    "PeerEntry",
    "RoutingPolicy",
    "DefaultRouting",
    "PeerError",
    "Overloaded",
    "Abated",
    "Doic",
    "OverloadReport",
    "RequestTimeout",
    "InvalidAnswer",
    "Write",
    "Close",
    "Connect",
    "StartTls",
    "Dispatch",
    "Resolve",
    "Reject",
    "ProbeAnswered",
    "PeerUp",
    "PeerDown",
    "Output",
]

log = logging.getLogger("diameter.node")

_CER: Final = 257
#: the first bytes of a Proxy-Info AVP header (code 284)
_PROXY_INFO_CODE: Final = (284).to_bytes(4, "big")
#: redirect indications followed for one request, at most (a redirect loop ends there)
MAX_REDIRECTS: Final = 3
#: redirect indications cached, at most (the oldest is forgotten first)
MAX_CACHED_REDIRECTS: Final = 10_000


# -- errors ------------------------------------------------------------------------------------


class PeerError(DiameterError):
    """No open peer to send to, or the peer closed before answering."""


class Overloaded(PeerError):
    """The peer a request would go to already has as many requests pending as it may
    (``Limits.max_pending``)."""


class Abated(Overloaded):
    """The request was not sent: ``peer`` reported overload (``report``, an RFC 7683 OC-OLR) and
    this request falls in the share the node abates, with no other peer to divert it to."""

    def __init__(self, message: str, peer: str, report: OverloadReport) -> None:
        super().__init__(message)
        self.peer = peer
        self.report = report


class RequestTimeout(DiameterError, TimeoutError):
    """No answer came within the request's timeout."""


class InvalidAnswer(DiameterError):
    """The answer to a request came but does not decode; ``error`` says why (and ``raw`` is
    the answer as received)."""

    def __init__(self, message: str, error: DecodeError, raw: bytes) -> None:
        super().__init__(message)
        self.error = error
        self.raw = raw


# -- limits ------------------------------------------------------------------------------------


@attrs.frozen
class Limits:
    """What one node takes in at most; a peer past a limit gets the RFC's answer or is closed,
    and the other peers are served on (README: "Limits and defaults")."""

    #: connections open at once (accepted and opened); more are closed as they are accepted
    max_connections: int = 1024
    #: seconds a new connection has to send a valid CER before it is closed
    cer_timeout: float = 10.0
    #: requests waiting for answers from one peer; a request past it fails with Overloaded
    max_pending: int = 10_000
    #: received requests being handled at once; more wait in the admission queue
    max_in_flight: int = 10_000
    #: received requests waiting for a handler at most (0: none wait); when it is full, the
    #: request of the lowest DRMP priority (the new one or the newest of a lower priority
    #: queued) is answered DIAMETER_TOO_BUSY (3004)
    max_queued: int = 1000
    #: seconds a request waits in the admission queue at most; then it is answered 3004
    max_queue_time: float = 1.0
    #: the DRMP priority (RFC 7944: 0 highest, 15 lowest) of a request without DRMP
    default_priority: int = DEFAULT_PRIORITY
    #: seconds an answer is kept to answer a retransmission of its request again (§5.5.4)
    duplicate_window: float = 60.0
    #: answers kept for duplicate detection at most (the oldest go first)
    max_duplicates: int = 10_000
    #: bytes queued for writing to one connection above which the node stops reading from it,
    #: until they fall under ``write_low_water`` (a peer that sends and never reads)
    write_high_water: int = 1 << 20
    write_low_water: int = 256 << 10

    def __attrs_post_init__(self) -> None:
        for name in ("max_connections", "max_pending", "max_in_flight", "max_duplicates", "write_high_water"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        if self.cer_timeout <= 0 or self.duplicate_window < 0:
            raise ValueError("cer_timeout must be positive and duplicate_window not negative")
        if self.max_queued < 0 or self.max_queue_time <= 0:
            raise ValueError("max_queued must not be negative and max_queue_time must be positive")
        if not 0 <= self.default_priority <= LOWEST_PRIORITY:
            raise ValueError(f"default_priority must be between 0 and {LOWEST_PRIORITY}")
        if not 0 <= self.write_low_water <= self.write_high_water:
            raise ValueError("write_low_water must be between 0 and write_high_water")


# -- outputs -----------------------------------------------------------------------------------


@attrs.frozen
class Write:
    """Send ``data`` on connection ``conn``."""

    conn: int
    data: bytes


@attrs.frozen
class Close:
    """Close connection ``conn`` (the service has forgotten it)."""

    conn: int


@attrs.frozen(eq=False)
class Connect:
    """Open a transport connection to ``peer`` (its ``target``); then call
    :meth:`Service.connected` or :meth:`Service.connect_failed`."""

    peer: PeerEntry


@attrs.frozen(eq=False)
class StartTls:
    """In-band TLS on ``conn`` (RFC 6733 §13.1), client or server side; the service holds what
    it would write there until :meth:`Service.tls_done`."""

    conn: int
    peer: PeerEntry
    server_side: bool


@attrs.frozen(eq=False)
class Dispatch:
    """Run ``handler`` on ``request``; give its answer (or exception) to
    :meth:`Service.answered` with ``ref``."""

    ref: int
    handler: Any
    request: Message


@attrs.frozen(eq=False)
class Resolve:
    """The answer to the application's request ``ref``."""

    ref: int
    answer: Message


@attrs.frozen(eq=False)
class Reject:
    """The application's request (or probe) ``ref`` failed."""

    ref: int
    error: DiameterError


@attrs.frozen
class ProbeAnswered:
    """The DWA of probe ``ref`` came."""

    ref: int


@attrs.frozen(eq=False)
class PeerUp:
    """``peer`` is open (capabilities agreed, in-band TLS up)."""

    peer: PeerEntry


@attrs.frozen(eq=False)
class PeerDown:
    """``peer`` closed (or could not be opened)."""

    peer: PeerEntry
    reason: str


Output = Write | Close | Connect | StartTls | Dispatch | Resolve | Reject | ProbeAnswered | PeerUp | PeerDown


# -- state -------------------------------------------------------------------------------------


class _Sent:
    """A request of the application waiting for its answer."""

    __slots__ = ("ref", "message", "data", "sent_at", "redirects")

    def __init__(self, ref: int, message: Message, data: bytes, sent_at: float) -> None:
        self.ref = ref
        self.message = message  # as the application gave it (for routing it again)
        self.data = data  # as last sent (Hop-by-Hop identifier, T flag)
        self.sent_at = sent_at  # when first sent (the latency is the application's wait)
        self.redirects = 0  # redirect indications followed


class _Forwarded:
    """A request an agent forwarded, waiting for its answer: where the answer goes back, and
    what it takes to send the request again to another server."""

    __slots__ = ("source", "conn", "hop_by_hop", "raw", "view", "route", "tried", "sent_at", "proxy", "name")

    def __init__(
        self,
        source: PeerEntry,
        conn: int,
        raw: bytes,
        view: RoutingView,
        route: Route | None,
        sent_at: float,
        proxy: bool,
        name: str,
    ) -> None:
        self.source = source  # the peer it came from, its connection and Hop-by-Hop identifier
        self.conn = conn
        self.hop_by_hop = int.from_bytes(raw[12:16], "big")
        self.raw = raw  # as received (after the proxy's hooks), without this node's Route-Record
        self.view = view
        self.route = route  # the routing table's entry (None: forwarded to its Destination-Host)
        self.tried: list[PeerEntry] = []  # the servers it went to
        self.sent_at = sent_at
        self.proxy = proxy
        self.name = name


class PeerEntry:
    """One remote peer in the node's table: its state machine, pending requests, and how the
    node reaches it (``target``, the I/O layer's; ``None`` for a peer that connected to us)."""

    def __init__(
        self,
        peer: Peer,
        *,
        target: object = None,
        reconnect: bool = False,
        max_pending: int,
        expected_host: str | None = None,
    ) -> None:
        self.peer = peer
        self.target = target
        self.reconnect = reconnect
        self.expected_host = expected_host
        self.pending: PendingTable[_Sent | _Forwarded] = PendingTable(max_pending)
        self.waiting: list[bytes] = []  # requests to send when it opens (after a redirect)
        self.attempts = 0
        self.restart_at: float | None = None
        self.probes: list[tuple[int, int]] = []  # (ref, DWAs received when sent)
        self.up = False

    @property
    def host(self) -> str | None:
        return self.peer.peer_host

    @property
    def configured(self) -> bool:
        return self.target is not None

    def __repr__(self) -> str:
        return f"<PeerEntry {self.host} {self.peer.state.value}>"


class _Conn:
    """One transport connection: before its CER (``framer``), or belonging to ``entry``."""

    __slots__ = ("conn", "entry", "framer", "deadline", "identity", "host_ips", "held")

    def __init__(
        self,
        conn: int,
        entry: PeerEntry | None,
        framer: Framer | None,
        deadline: float | None,
        identity: Callable[[str], bool] | None,
        host_ips: tuple[AddressValue, ...] | None,
    ) -> None:
        self.conn = conn
        self.entry = entry
        self.framer = framer
        self.deadline = deadline
        self.identity = identity
        self.host_ips = host_ips
        self.held: list[bytes] | None = None  # writes held during in-band TLS set-up


class _Handlers(dict[type, Any]):
    """The handlers by request class: a dict that counts its changes (``generation``), so that
    what was found in it can be kept until it changes."""

    generation = 0

    def _changed(self) -> None:
        self.generation += 1

    def __setitem__(self, key: type, value: Any) -> None:
        super().__setitem__(key, value)
        self._changed()

    def __delitem__(self, key: type) -> None:
        super().__delitem__(key)
        self._changed()

    def clear(self) -> None:
        super().clear()
        self._changed()

    def pop(self, key: type, *default: Any) -> Any:
        self._changed()
        return super().pop(key, *default)

    def popitem(self) -> tuple[type, Any]:
        self._changed()
        return super().popitem()

    def setdefault(self, key: type, default: Any = None) -> Any:
        self._changed()
        return super().setdefault(key, default)

    def update(self, *args: Any, **kwargs: Any) -> None:
        super().update(*args, **kwargs)
        self._changed()

    def __ior__(self, other: Any) -> _Handlers:  # type: ignore[override,misc]
        self.update(other)
        return self


class _Incoming:
    """A received request queued or being handled: where its answer goes."""

    __slots__ = ("key", "request_cls", "answer_cls", "raw", "to", "handler", "request", "doic", "received_at", "name")

    def __init__(
        self,
        key: tuple[str, int],
        request_cls: type,
        answer_cls: type | None,
        raw: bytes,
        to: list[tuple[PeerEntry, int, int]],
        handler: Any = None,
        request: Message | None = None,
        doic: bool = False,
        received_at: float = 0.0,
        name: str = "",
    ) -> None:
        self.received_at = received_at
        self.name = name  # the command's (for the counts and histograms)
        self.key = key
        self.request_cls = request_cls
        self.answer_cls = answer_cls
        self.raw = raw
        self.to = to  # (entry, connection, Hop-by-Hop identifier) of each copy received
        self.handler = handler  # while queued: what runs it, and on what
        self.request = request
        self.doic = doic  # the request offered DOIC: its answer says what the node supports


# -- routing -----------------------------------------------------------------------------------


class RoutingPolicy(Protocol):
    """Chooses the peer a request goes to among ``candidates`` (open peers whose watchdog
    trusts them), or ``None`` when none may take it."""

    def choose(self, message: Message, candidates: Sequence[PeerEntry]) -> PeerEntry | None: ...


class DefaultRouting:
    """The request's Destination-Host if it is a candidate; else a candidate that agreed on
    the request's application, one of its Destination-Realm first (RFC 6733 §6.1)."""

    def choose(self, message: Message, candidates: Sequence[PeerEntry]) -> PeerEntry | None:
        dest_host = getattr(message, "destination_host", None)
        if isinstance(dest_host, str):
            for e in candidates:
                if e.host == dest_host:
                    return e
        app = _application_id(message)
        chosen = [e for e in candidates if _agreed(e, app)] or list(candidates)
        realm = getattr(message, "destination_realm", None)
        for e in chosen:
            agreement = e.peer.agreement
            if agreement is not None and agreement.peer_realm == realm:
                return e
        return chosen[0] if chosen else None


def _application_id(message: Message) -> int | None:
    if isinstance(message, GenericMessage):
        return message.application_id
    if not is_command(message):
        return None
    info = command_info(type(message))
    if info.application_id is not None:
        return info.application_id
    value = getattr(message, info.application_id_field or "", None)
    return int(value) if isinstance(value, int) else None


def _earliest(*times: float | None) -> float | None:
    best: float | None = None
    for t in times:
        if t is not None and (best is None or t < best):
            best = t
    return best


def _agreed(entry: PeerEntry, app: int | None) -> bool:
    agreement = entry.peer.agreement
    if agreement is None:
        return False
    if app is None or app == 0:
        return True
    ids = agreement.application_ids
    return app in ids or RELAY_APPLICATION_ID in ids


def _patch(data: bytes, hop_by_hop: int, retransmit: bool = False) -> bytes:
    """``data`` (a message) with another Hop-by-Hop identifier, and the T flag if asked
    (``data`` itself when it already has them)."""
    if not retransmit and int.from_bytes(data[12:16], "big") == hop_by_hop:
        return data
    flags = data[4] | (FLAG_T if retransmit else 0)
    return data[:4] + bytes((flags,)) + data[5:12] + hop_by_hop.to_bytes(4, "big") + data[16:]


# -- the service -------------------------------------------------------------------------------


class Service:
    """A Diameter node's protocol: its identity and applications (``local``), its limits, its
    handlers (request class → an object the I/O layer runs), its peer table."""

    def __init__(
        self,
        local: LocalCapabilities,
        *,
        converter: Converter | None = None,
        known_peers: Iterable[str] | None = None,
        tw: float = 30.0,
        tc: float = 30.0,
        limits: Limits | None = None,
        routing: RoutingPolicy | None = None,
        start_time: float = 0.0,
        rng: random.Random | None = None,
        doic: Doic | None = None,
        forward_timeout: float = 10.0,
    ) -> None:
        self.local = local
        self.conv = converter or Converter()
        self.known_peers = None if known_peers is None else frozenset(known_peers)
        self.tw = tw
        self.tc = tc
        self.limits = limits or Limits()
        self.routing: RoutingPolicy = routing or DefaultRouting()
        #: as an agent (RFC 6733 §2.8): how long a forwarded request waits for its answer,
        #: the typed hooks of a proxy (request or answer class → function), and where a
        #: redirect indication's DiameterURI is reached (the I/O layer's target; None: not)
        self.forward_timeout = forward_timeout
        self.hooks: dict[type, Callable[[Any], Any]] = {}
        self.target_of: Callable[[Any], object | None] | None = None
        #: the DiameterURI of peers by identity, for the redirect indications naming them
        self.uris: dict[str, str] = {}
        #: the redirect indications followed, by their Redirect-Host-Usage key (§6.13)
        self.redirects: OrderedDict[tuple[object, ...], tuple[PeerEntry, float]] = OrderedDict()
        apps = set(local.auth_application_ids) | set(local.acct_application_ids)
        apps |= {a for _, x, y in local.vendor_specific for a in (x, y) if a is not None}
        self._relay = RELAY_APPLICATION_ID in apps  # advertises the Relay Application-Id
        self._local_apps = frozenset(apps - {RELAY_APPLICATION_ID})
        self.start_time = start_time
        self._rng = rng or random.Random()
        self.handlers: dict[type, Any] = _Handlers()
        #: open or configured peers by Diameter identity
        self.peers: dict[str, PeerEntry] = {}
        self._entries: list[PeerEntry] = []  # every entry, also those whose identity is not known yet
        # the deadline, kept without walking every entry (see deadline): the entries touched since
        # it was read, the earliest time of each entry, and the CER deadlines of the connections
        # waiting for one
        self._touched: set[PeerEntry] = set()
        self._entry_times: Deadlines[PeerEntry] = Deadlines()
        self._cer_times: Deadlines[int] = Deadlines()
        self._conns: dict[int, _Conn] = {}
        self._ref = 0
        self._in_flight: dict[int, _Incoming] = {}
        self._in_progress: dict[tuple[str, int], int] = {}
        self._queued: dict[int, _Incoming] = {}
        self._queue: AdmissionQueue[int] = AdmissionQueue()
        #: overload control (RFC 7683): what the node reports and what it was told
        self.doic = doic or Doic()
        self.reporter = Reporter(self.doic, first_sequence=int(start_time))
        self.reactor = Reactor()
        self._offer = supported_features()
        self._answered: OrderedDict[tuple[str, int], tuple[bytes, float]] = OrderedDict()
        self._stopping = False
        self.sessions = SessionIds(local.origin_host, start_time)
        #: (peer, command, Result-Code or "sent" / "received")
        self.counters: Counter[tuple[str, str, int | str]] = Counter()
        #: seconds from sending a request to its answer, and from receiving one to answering
        #: it, by (peer, command) (diameter.metrics)
        self.latency = Histograms()
        self.handling = Histograms()
        self._answer_classes: dict[type, type | None] = {}
        #: how requests are handled, by (Application-Id << 24 | command code): see _handling
        self._routes: dict[int, tuple[type | None, Any, type | None, type | None, str]] = {}
        self._routes_of = (-1, -1)  # the generations of the dictionary and the handlers they were found in
        self.prepare(CapabilitiesExchangeRequest, DeviceWatchdogRequest, DisconnectPeerRequest, AnswerMessage)

    # -- queries ----------------------------------------------------------------------------

    @property
    def connections(self) -> int:
        return len(self._conns)

    @property
    def deadline(self) -> float | None:
        """When :meth:`timer` is next due (``None``: nothing is timed).

        Kept up to date without a walk over every peer and connection: only the entries touched
        since it was last read are looked at again (each message touches one), their earliest
        times and those of the connections waiting for their CER kept in :class:`Deadlines`."""
        for e in self._touched:
            self._entry_times.set(e, _earliest(e.peer.deadline, e.pending.next_deadline, e.restart_at))
        self._touched.clear()
        entry = self._entry_times.earliest()
        while (cer := self._cer_times.earliest()) is not None and (
            (c := self._conns.get(cer[1])) is None or c.deadline != cer[0]
        ):
            self._cer_times.discard(cer[1])  # the CER came, or the connection is gone
        best = _earliest(entry[0] if entry else None, cer[0] if cer else None)
        if self._queued:
            best = _earliest(best, self._queue.next_deadline)
        return best

    @property
    def queued(self) -> int:
        """Received requests waiting in the admission queue."""
        return len(self._queued)

    @property
    def in_flight(self) -> int:
        """Received requests whose handler runs."""
        return len(self._in_flight)

    @property
    def forwarding(self) -> int:
        """Requests this node forwarded (as an agent) that wait for their answers."""
        return sum(1 for e in self._entries for p in e.pending.entries() if type(p.context) is _Forwarded)

    def open_peers(self) -> list[PeerEntry]:
        return [e for e in self._entries if e.up]

    def _count(self, host: str | None, command: str, what: int | str) -> None:
        self.counters[(host or "?", command, what)] += 1

    def _new_ref(self) -> int:
        self._ref += 1
        return self._ref

    def _new_entry(
        self, peer_host: str | None, *, target: object = None, reconnect: bool = False, expected_host: str | None = None
    ) -> PeerEntry:
        peer = Peer(
            self.local,
            peer_host=peer_host,
            known_peers=self.known_peers,
            tc=self.tc,
            tw=self.tw,
            converter=self.conv,
            rng=self._rng,
            start_time=self.start_time,
        )
        entry = PeerEntry(
            peer, target=target, reconnect=reconnect, max_pending=self.limits.max_pending, expected_host=expected_host
        )
        self._entries.append(entry)
        self._touched.add(entry)
        return entry

    def _forget(self, entry: PeerEntry) -> None:
        """Drop an entry that is closed and that the node does not connect to."""
        if entry in self._entries:
            self._entries.remove(entry)
        self._touched.discard(entry)
        self._entry_times.discard(entry)
        if entry.host is not None and self.peers.get(entry.host) is entry:
            del self.peers[entry.host]

    # -- set-up -----------------------------------------------------------------------------

    def handle(self, cls: type, handler: Any) -> None:
        if not is_command(cls) or not command_info(cls).request:
            raise TypeError(f"{cls.__name__} is not a request class")
        self.handlers[cls] = handler
        self.prepare(cls)

    def prepare(self, *classes: type) -> None:
        """Generate now the code that decodes and encodes the command classes ``classes`` (and,
        for a request, its answer class), so that no message waits for it: a handled request
        class is prepared when its handler is registered, the base protocol's when the service is
        made; a client prepares the requests it will send."""
        for cls in classes:
            if not is_command(cls):
                raise TypeError(f"{cls.__name__} is not a command class")
            answer = self._answer_class(cls) if command_info(cls).request else None
            for c in (cls, answer):
                if c is not None:
                    self.conv.decoder(c)
                    self.conv.encoder(c)

    def connect(
        self,
        now: float,
        target: object,
        *,
        peer_host: str | None = None,
        reconnect: bool = True,
        expected_host: str | None = None,
    ) -> tuple[PeerEntry, list[Output]]:
        """Start a peer the node connects to (``target``: how the I/O layer reaches it). A
        closed entry of the same identity is reused (with its watchdog)."""
        old = self.peers.get(peer_host) if peer_host is not None else None
        if old is not None and old.configured and old.peer.state is PeerState.CLOSED and not old.up:
            old.target, old.reconnect, old.expected_host, old.restart_at = target, reconnect, expected_host, None
            self._stopping = False
            return old, self._apply(now, old, old.peer.start(now))
        entry = self._new_entry(peer_host, target=target, reconnect=reconnect, expected_host=expected_host)
        if peer_host is not None:
            # known before it answers: a CER from it meanwhile goes to this entry (the election)
            old = self.peers.get(peer_host)
            if old is None or not old.up:
                if old is not None and not old.configured:
                    self._forget(old)
                self.peers[peer_host] = entry
        self._stopping = False
        return entry, self._apply(now, entry, entry.peer.start(now))

    def disconnect(
        self, now: float, entry: PeerEntry, cause: DisconnectCause = DisconnectCause.REBOOTING
    ) -> list[Output]:
        """Stop one peer: DPR/DPA when open; no reconnection."""
        entry.reconnect = False
        entry.restart_at = None
        return self._apply(now, entry, entry.peer.stop(now, cause))

    def stop(self, now: float, cause: DisconnectCause = DisconnectCause.REBOOTING) -> list[Output]:
        """Stop the node: every open peer gets a DPR; nothing reconnects; connections before
        their CER are closed."""
        self._stopping = True
        out: list[Output] = []
        for c in list(self._conns.values()):
            if c.entry is None:
                del self._conns[c.conn]
                out.append(Close(c.conn))
        for e in list(self._entries):
            e.restart_at = None
            out += self._apply(now, e, e.peer.stop(now, cause))
        return out

    # -- transport events -------------------------------------------------------------------

    def accepted(
        self,
        now: float,
        conn: int,
        *,
        identity: Callable[[str], bool] | None = None,
        host_ip_addresses: tuple[AddressValue, ...] | None = None,
    ) -> list[Output]:
        """A connection from a peer was accepted. ``identity``: for TLS, whether the
        certificate the peer presented names a given Origin-Host; ``host_ip_addresses``: the
        connection's local addresses for the CEA (SCTP)."""
        if self._stopping or len(self._conns) >= self.limits.max_connections:
            log.warning("connection %d refused: %d connections open (max_connections)", conn, len(self._conns))
            return [Close(conn)]
        self._conns[conn] = _Conn(
            conn, None, Framer(self.conv.max_length), now + self.limits.cer_timeout, identity, host_ip_addresses
        )
        self._cer_times.set(conn, now + self.limits.cer_timeout)
        return []

    def connected(
        self, now: float, entry: PeerEntry, conn: int, host_ip_addresses: tuple[AddressValue, ...] | None = None
    ) -> list[Output]:
        """The connection the node opened to ``entry`` is up."""
        self._conns[conn] = _Conn(conn, entry, None, None, None, host_ip_addresses)
        return self._apply(now, entry, entry.peer.connected(now, conn, host_ip_addresses))

    def connect_failed(self, now: float, entry: PeerEntry) -> list[Output]:
        return self._apply(now, entry, entry.peer.connect_failed(now))

    def data_received(self, now: float, conn: int, data: bytes) -> list[Output]:
        c = self._conns.get(conn)
        if c is None:
            return []
        if c.entry is not None:
            return self._apply(now, c.entry, c.entry.peer.data_received(now, conn, data))
        assert c.framer is not None
        items = c.framer.feed(data)
        if not items:
            if c.framer.error is not None:
                log.warning("connection %d: %s before its CER; closing", conn, c.framer.error)
                return self._close(conn)
            return []
        first = items[0]
        if c.framer.error is not None:
            log.warning("connection %d: %s after its CER; closing", conn, c.framer.error)
            return self._close(conn)
        if isinstance(first, Oversized):
            log.warning("connection %d: a first message of %d bytes; closing", conn, first.length)
            return self._close(conn)
        rest = b"".join(i for i in items[1:] if isinstance(i, bytes))
        return self._first(now, c, first, rest + c.framer.take_buffered())

    def _first(self, now: float, c: _Conn, raw: bytes, rest: bytes) -> list[Output]:
        """The first message on an accepted connection: a CER, or the connection closes."""
        conn = c.conn
        code = int.from_bytes(raw[5:8], "big")
        app = int.from_bytes(raw[8:12], "big")
        if code != _CER or app != 0 or not raw[4] & FLAG_R:
            log.warning("connection %d: first message is not a CER (command %d); closing", conn, code)
            return self._close(conn)
        try:
            cer = self.conv.decode(raw)
            if not isinstance(cer, CapabilitiesExchangeRequest):
                raise DecodeError("not a CER")
        except DecodeError as e:
            # answer the CER with the error's Result-Code, then close (RFC 6733 §5.3, §7)
            log.warning("connection %d: invalid CER: %s; closing", conn, e)
            if 3000 <= e.result_code < 4000:  # a protocol error: the answer-message, E bit (§7.2)
                return [
                    Write(
                        conn,
                        own_answer(
                            raw,
                            e.result_code,
                            origin_host=self.local.origin_host,
                            origin_realm=self.local.origin_realm,
                            error_message=e.message,
                        ),
                    ),
                    *self._close(conn),
                ]
            cea = self.local.cea(e.result_code, error_message=e.message)
            if e.avp is not None:
                cea = evolve(cea, failed_avp=FailedAVP(avps=(e.avp,)))
            h = int.from_bytes(raw[12:16], "big"), int.from_bytes(raw[16:20], "big")
            data = self.conv.encode(evolve(cea, hop_by_hop=h[0], end_to_end=h[1]))
            return [Write(conn, data), *self._close(conn)]
        if cer.origin_host == self.local.origin_host:
            # a loop back to this node, or a peer configured with its identity: Diameter
            # identities are unique (RFC 6733 §2.5), so not a peer it may talk to
            log.warning("connection %d: a CER with this node's own Origin-Host; closing", conn)
            return [
                Write(
                    conn,
                    own_answer(
                        raw,
                        ResultCode.DIAMETER_UNKNOWN_PEER,
                        origin_host=self.local.origin_host,
                        origin_realm=self.local.origin_realm,
                        error_message=f"{cer.origin_host} is this node's own Origin-Host",
                    ),
                ),
                *self._close(conn),
            ]
        if c.identity is not None and not c.identity(cer.origin_host):
            log.warning(
                "connection %d: Origin-Host %s is not a name of its certificate; closing", conn, cer.origin_host
            )
            return self._close(conn)
        entry = self.peers.get(cer.origin_host)
        if entry is None:
            entry = self._new_entry(cer.origin_host)
            self.peers[cer.origin_host] = entry
        c.entry, c.framer, c.deadline = entry, None, None
        return self._apply(now, entry, entry.peer.incoming(now, conn, cer, rest, c.host_ips))

    def connection_lost(self, now: float, conn: int) -> list[Output]:
        c = self._conns.pop(conn, None)
        if c is None or c.entry is None:
            return []
        return self._apply(now, c.entry, c.entry.peer.connection_lost(now, conn))

    def tls_done(self, now: float, conn: int, error: str | None = None) -> list[Output]:
        """In-band TLS on ``conn`` is up (``error``: it failed, and why)."""
        c = self._conns.get(conn)
        if c is None or c.entry is None:
            return []
        entry = c.entry
        if error is not None:
            log.warning("in-band TLS with %s failed: %s", entry.host, error)
            del self._conns[conn]
            return [Close(conn), *self._apply(now, entry, entry.peer.connection_lost(now, conn))]
        held, c.held = c.held or [], None
        out: list[Output] = [Write(conn, d) for d in held]
        out.append(PeerUp(entry))
        return out

    def _close(self, conn: int) -> list[Output]:
        self._conns.pop(conn, None)
        return [Close(conn)]

    def timer(self, now: float) -> list[Output]:
        """Call at or after :attr:`deadline`."""
        out: list[Output] = []
        for c in list(self._conns.values()):
            if c.deadline is not None and c.deadline <= now:
                log.warning("connection %d: no CER within %.1f s; closing", c.conn, self.limits.cer_timeout)
                out += self._close(c.conn)
        for e in list(self._entries):
            self._touched.add(e)
            for p in e.pending.expire(now):
                if isinstance(p.context, _Forwarded):
                    out += self._unforwarded(now, p.context, f"no answer from {e.host} in {self.forward_timeout} s")
                else:
                    out.append(Reject(p.context.ref, RequestTimeout(f"no answer from {e.host}")))
            if e.peer.deadline is not None and e.peer.deadline <= now:
                out += self._apply(now, e, e.peer.timer(now))
            if e.restart_at is not None and e.restart_at <= now:
                e.restart_at = None
                if not self._stopping and e.peer.state is PeerState.CLOSED:
                    out += self._apply(now, e, e.peer.start(now))
        while self._answered:
            key, (_, expires) = next(iter(self._answered.items()))
            if expires > now:
                break
            del self._answered[key]
        out += self._expire(now)
        return out

    # -- application requests ---------------------------------------------------------------

    def _candidates(self, exclude: PeerEntry | None = None) -> list[PeerEntry]:
        return [e for e in self._entries if e is not exclude and e.up and e.peer.available]

    def _route(self, message: Message, peer: str | None, exclude: PeerEntry | None = None) -> PeerEntry:
        if peer is not None:
            e = self.peers.get(peer)
            if e is None or not e.up:
                raise PeerError(f"no open peer {peer}")
            if not e.peer.available:
                raise PeerError(f"peer {peer} is not available (watchdog {e.peer.watchdog.state.value})")
            return e
        chosen = self.routing.choose(message, self._candidates(exclude))
        if chosen is None:
            raise PeerError("no open peer")
        return chosen

    def request(
        self, now: float, message: Message, *, timeout: float, peer: str | None = None
    ) -> tuple[int, list[Output]]:
        """Send a request of the application; its answer comes as :class:`Resolve` (or
        :class:`Reject`) with the returned reference. Raises :class:`PeerError` when no peer
        can take it (:class:`Overloaded`: the chosen peer's pending table is full;
        :class:`Abated`: the chosen peer reported overload, this request is in the share to
        abate, and no other peer may take it).

        As a DOIC reacting node (``Doic.react``) the request offers DOIC (OC-Supported-Features,
        loss algorithm) unless it carries OC-Supported-Features already."""
        entry = (self.redirects and peer is None and self._cached_redirect(now, message)) or self._route(message, peer)
        if self.reactor.reports:
            entry = self._abate(now, message, peer, entry)
        hbh, e2e = entry.peer.identifiers()
        data = self.conv.encode(message, hop_by_hop=hbh, end_to_end=e2e)
        if self.doic.react and first_avp(message, data, OC_SUPPORTED_FEATURES) is None:
            data = append_avps(data, self._offer)
        ref = self._new_ref()
        try:
            entry.pending.add(hbh, e2e, now + timeout, _Sent(ref, message, data, now))
        except TableFull as e:
            raise Overloaded(f"peer {entry.host}: {e}") from None
        self._count(entry.host, _name(message), "sent")
        return ref, self._apply(now, entry, entry.peer.send_raw(now, data))

    def _abate(self, now: float, message: Message, peer: str | None, entry: PeerEntry) -> PeerEntry:
        """RFC 7683 loss algorithm: a request to a host that reported overload is abated with the
        probability of its reduction percentage: diverted to another peer where routing allows
        (not pinned by ``peer`` or its Destination-Host), else refused with :class:`Abated`."""
        dest = getattr(message, "destination_host", None)
        dest = dest if isinstance(dest, str) else None
        tried: list[PeerEntry] = []
        while True:
            report = self.reactor.active(now, entry.host)
            if report is None and dest is not None and dest != entry.host:
                report = self.reactor.active(now, dest)
            if report is None or self._rng.random() * 100 >= report.reduction:
                return entry
            tried.append(entry)
            if peer is None and dest != report.host:
                alt = self.routing.choose(message, [e for e in self._candidates() if e not in tried])
                if alt is not None:
                    self._count(entry.host, _name(message), "diverted")
                    entry = alt
                    continue
            self._count(entry.host, _name(message), "abated")
            raise Abated(
                f"{report.host} reported overload: {report.reduction} % of the requests to it are abated",
                report.host,
                report,
            )

    def cancel(self, ref: int) -> None:
        """Forget request ``ref`` (its caller gave up)."""
        for e in self._entries:
            for p in e.pending.entries():  # noqa: B007
                if isinstance(p.context, _Sent) and p.context.ref == ref:
                    e.pending.answer(p.hop_by_hop, p.end_to_end)
                    self._touched.add(e)
                    return

    def probe(self, now: float, peer: str | None = None) -> tuple[int, list[Output]]:
        """Send a DWR; :class:`ProbeAnswered` comes with the returned reference when a DWA does."""
        if peer is not None:
            entry = self.peers.get(peer)
            if entry is None or not entry.up:
                raise PeerError(f"no open peer {peer}")
        else:
            open_ = [e for e in self._entries if e.up]
            if not open_:
                raise PeerError("no open peer")
            entry = open_[0]
        ref = self._new_ref()
        entry.probes.append((ref, entry.peer.dwa_received))
        return ref, self._apply(now, entry, entry.peer.probe(now))

    def _failover(self, now: float, entry: PeerEntry, reason: str, *, closed: bool) -> list[Output]:
        """RFC 6733 §5.5.4: requests pending on ``entry`` go to another peer with the T flag
        (same End-to-End identifier). Those no other peer can take fail at once when the
        connection closed, and stay when it is only suspected."""
        out: list[Output] = []
        if closed:
            for ref, _ in entry.probes:
                out.append(Reject(ref, PeerError(f"peer {entry.host} closed: {reason}")))
            entry.probes.clear()
        for p in entry.pending.take_all():
            sent = p.context
            if isinstance(sent, _Forwarded):
                out += self._forward_again(now, entry, p, sent, reason, closed=closed)
                continue
            try:
                alt = self._route(sent.message, None, exclude=entry)
                hbh = alt.peer.identifiers()[0]
                alt.pending.add(hbh, p.end_to_end, p.deadline, sent)
            except TableFull as e:
                out.append(Reject(sent.ref, Overloaded(f"request failed over from {entry.host}: {e}")))
                continue
            except PeerError:
                if closed:
                    out.append(Reject(sent.ref, PeerError(f"peer {entry.host} closed: {reason}")))
                else:
                    entry.pending.add(p.hop_by_hop, p.end_to_end, p.deadline, sent)
                continue
            sent.data = _patch(sent.data, hbh, retransmit=True)
            log.info("request %#x failed over from %s to %s", p.end_to_end, entry.host, alt.host)
            out += self._apply(now, alt, alt.peer.send_raw(now, sent.data))
        return out

    def _forward_again(
        self, now: float, entry: PeerEntry, p: Any, fw: _Forwarded, reason: str, *, closed: bool
    ) -> list[Output]:
        """A forwarded request pending on a server that failed: sent with the T flag to another
        server of its route (§5.5.4); DIAMETER_UNABLE_TO_DELIVER to its sender when none is left
        and the connection closed (kept while the server is only suspected)."""
        alt = self._forward_target(fw)
        if alt is None:
            if closed:
                return self._unforwarded(now, fw, f"{entry.host} closed ({reason}) and no other server is open")
            entry.pending.add(p.hop_by_hop, p.end_to_end, p.deadline, fw)
            return []
        log.info("forwarded request %#x failed over from %s to %s", p.end_to_end, entry.host, alt.host)
        return self._forward(now, fw, alt, retransmit=True)

    # -- carrying out what a peer says ------------------------------------------------------

    def _apply(self, now: float, entry: PeerEntry, outputs: list[PeerOutput]) -> list[Output]:
        # what a peer says follows what was asked of it: its times may have changed
        self._touched.add(entry)
        out: list[Output] = []
        now_dwa = entry.peer.dwa_received
        if entry.probes and any(seen < now_dwa for _, seen in entry.probes):
            out += [ProbeAnswered(ref) for ref, seen in entry.probes if seen < now_dwa]
            entry.probes = [(ref, seen) for ref, seen in entry.probes if seen >= now_dwa]
        for o in outputs:
            if isinstance(o, Deliver):
                out += self._received(now, entry, o.conn, o.raw)
            elif isinstance(o, Send):
                c = self._conns.get(o.conn)
                if c is not None and c.held is not None:
                    c.held.append(o.data)
                else:
                    out.append(Write(o.conn, o.data))
            elif isinstance(o, Disconnect):
                out += self._close(o.conn)
            elif isinstance(o, Undecodable):
                out += self._undecodable(now, entry, o)
            elif isinstance(o, Opened):
                out += self._opened(now, entry, o)
            elif isinstance(o, Closed):
                out += self._closed(now, entry, o.reason)
            elif isinstance(o, PeerConnect):
                out.append(Connect(entry))
            elif isinstance(o, Failover):
                log.info("peer %s suspected by its watchdog: failing requests over", entry.host)
                out += self._failover(now, entry, "watchdog", closed=False)
            elif isinstance(o, Failback):
                log.info("peer %s trusted again by its watchdog", entry.host)
        return out

    def _opened(self, now: float, entry: PeerEntry, o: Opened) -> list[Output]:
        host = o.agreement.peer_host
        if entry.expected_host is not None and host != entry.expected_host:
            log.warning("peer says it is %s, its certificate is for %s; closing", host, entry.expected_host)
            entry.reconnect = False
            return self._apply(now, entry, entry.peer.stop(now, DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU))
        old = self.peers.get(host)
        if old is not None and old is not entry and not old.up:
            if not old.configured:
                self._forget(old)
        self.peers[host] = entry
        entry.attempts = 0
        log.info("peer %s open (%s)", host, entry.peer.state.value)
        entry.up = True  # requests may go to it now; during in-band TLS they wait in ``held``
        out: list[Output]
        if o.agreement.inband_security == InbandSecurityId.TLS:
            c = self._conns.get(o.conn)
            if c is not None:
                c.held = []
            out = [StartTls(o.conn, entry, server_side=entry.peer.state is PeerState.R_OPEN)]
        else:
            out = [PeerUp(entry)]
        waiting, entry.waiting = entry.waiting, []
        for data in waiting:
            out += self._apply(now, entry, entry.peer.send_raw(now, data))
        return out

    def _closed(self, now: float, entry: PeerEntry, reason: str) -> list[Output]:
        log.info("peer %s closed: %s", entry.host, reason)
        entry.up = False
        entry.waiting.clear()  # the requests are in its pending table: they fail over
        for conn in [c.conn for c in self._conns.values() if c.entry is entry]:
            if conn not in (entry.peer.i_conn, entry.peer.r_conn):
                self._conns.pop(conn, None)
        out = self._failover(now, entry, reason, closed=True)
        out.append(PeerDown(entry, reason))
        if entry.configured:
            self._schedule_reconnect(now, entry)
        elif entry.peer.state is PeerState.CLOSED:
            self._forget(entry)
        return out

    def _schedule_reconnect(self, now: float, entry: PeerEntry) -> None:
        if not entry.reconnect or self._stopping:
            return
        cause = entry.peer.remote_disconnect_cause
        if cause == DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU:
            log.info("peer %s does not want to talk to us: no reconnection", entry.host)
            entry.reconnect = False
            return
        delay = self.tc * (8 if cause == DisconnectCause.BUSY else min(2**entry.attempts, 8))
        entry.attempts += 1
        entry.peer.remote_disconnect_cause = None
        entry.restart_at = now + delay  # (within _apply: the entry is touched)
        log.info("reconnecting to %s in %.1f s", entry.host, delay)

    # -- received messages ------------------------------------------------------------------

    def _received(self, now: float, entry: PeerEntry, conn: int, raw: bytes) -> list[Output]:
        if raw[4] & FLAG_R:
            return self._request(now, entry, conn, raw)
        hbh = int.from_bytes(raw[12:16], "big")
        e2e = int.from_bytes(raw[16:20], "big")
        p = entry.pending.answer(hbh, e2e)
        if p is None:
            log.warning("answer from %s matches no pending request; discarded", entry.host)
            self._count(entry.host, "unmatched answer", "discarded")
            return []
        sent = p.context
        if type(sent) is _Forwarded:
            return self._forwarded_answer(now, entry, raw, sent)
        assert isinstance(sent, _Sent)
        if raw[4] & FLAG_E and sent.redirects < MAX_REDIRECTS:
            followed = self._follow(now, entry, raw, p, sent)
            if followed is not None:
                return followed
        try:
            # the class the request promises (RFC 8506's CCA for its CCR even while TS 32.299's
            # is loaded), decoded once; an answer with the E bit is the generic answer-message
            expected = None if raw[4] & FLAG_E else self._answer_class(type(sent.message))
            answer = self.conv.decode(raw) if expected is None else self.conv.decode_as(expected, raw)
        except DecodeError as e:
            log.warning("undecodable answer from %s: %s", entry.host, e)
            self._count(entry.host, "undecodable answer", e.result_code)
            return [Reject(sent.ref, InvalidAnswer(f"the answer from {entry.host} does not decode: {e}", e, raw))]
        rc = getattr(answer, "result_code", None)
        self._count(entry.host, _name(answer), int(rc) if isinstance(rc, int) else "-")
        self.latency.observe(entry.host, _name(sent.message), now - sent.sent_at)
        if self.doic.react:
            olr = first_avp(answer, raw, OC_OLR)
            if olr is not None:
                origin = getattr(answer, "origin_host", None)
                self.reactor.learn(now, origin if isinstance(origin, str) else entry.host or "", olr)
        return [Resolve(sent.ref, answer)]

    def _answer_class(self, request_cls: type) -> type | None:
        if request_cls not in self._answer_classes:
            found = None
            if is_command(request_cls) and command_info(request_cls).request:
                found = self.conv.dictionary.answer_class(request_cls)
            self._answer_classes[request_cls] = found
        return self._answer_classes[request_cls]

    def _own(
        self,
        now: float,
        entry: PeerEntry,
        conn: int,
        raw: bytes,
        result_code: int,
        *,
        answer_cls: type | None = None,
        failed: DecodeError | None = None,
        message: str | None = None,
    ) -> list[Output]:
        """The node's own answer to request ``raw``."""
        data = own_answer(
            raw,
            result_code,
            origin_host=self.local.origin_host,
            origin_realm=self.local.origin_realm,
            answer_class=answer_cls,
            failed=(failed.avp,) if failed is not None and failed.avp else (),
            error_message=message,
            origin_state_id=self.local.origin_state_id,
        )
        self._count(
            entry.host,
            "answer-message" if answer_cls is None or 3000 <= result_code < 4000 else command_info(answer_cls).name,
            result_code,
        )
        return self._send(now, entry, conn, data)

    def _send(self, now: float, entry: PeerEntry, conn: int, data: bytes) -> list[Output]:
        """Send ``data`` to ``entry`` if ``conn`` is still its open connection."""
        if conn != entry.peer.message_conn:
            return []
        # Send-Message while open: what the peer would say (peer.send_raw), without asking it
        c = self._conns.get(conn)
        if c is not None and c.held is not None:
            c.held.append(data)
            return []
        return [Write(conn, data)]

    def _request(self, now: float, entry: PeerEntry, conn: int, raw: bytes) -> list[Output]:
        code = int.from_bytes(raw[5:8], "big")
        app = int.from_bytes(raw[8:12], "big")
        # RFC 6733 §6.1 / §7.1.3: an application the peer did not agree on comes first
        if not _agreed(entry, app):
            return self._own(
                now,
                entry,
                conn,
                raw,
                ResultCode.DIAMETER_APPLICATION_UNSUPPORTED,
                message=f"application {app} was not agreed in the capabilities exchange",
            )
        table = self.routing
        if type(table) is RouteTable and (table.forwards or self._relay):
            handled = self._agent(now, entry, conn, raw, app, table)
            if handled is not None:
                return handled
        seen = (self.conv.dictionary.generation, getattr(self.handlers, "generation", -1))
        if self._routes_of != seen:
            self._routes.clear()
            self._routes_of = seen
        route = self._routes.get((app << 24) | code)
        if route is None:
            route = self._routes[(app << 24) | code] = self._handling(app, code)
        cls, handler, as_class, answer_cls, name = route
        if cls is None:
            self._count(entry.host, name, "received")
            return self._own(
                now,
                entry,
                conn,
                raw,
                ResultCode.DIAMETER_COMMAND_UNSUPPORTED,
                message=f"command {code} of application {app} is not supported",
            )
        try:
            msg: Message = self.conv.decode(raw) if as_class is None else self.conv.decode_as(as_class, raw)
        except DecodeError as e:
            self._count(entry.host, name, "received")
            return self._own(now, entry, conn, raw, e.result_code, answer_cls=answer_cls, failed=e, message=e.message)
        self._count(entry.host, name, "received")
        if handler is None:
            return self._own(
                now, entry, conn, raw, ResultCode.DIAMETER_COMMAND_UNSUPPORTED, message=f"no handler for {name}"
            )
        # RFC 6733 §5.5.4: a request may come again (T flag, after a failover) from the same
        # Origin-Host with the same End-to-End identifier: it is answered once, and its answer
        # goes to every connection it came on
        origin = getattr(msg, "origin_host", None)
        key = (
            origin if type(origin) is str else str(origin if origin is not None else entry.host or ""),
            msg.end_to_end,
        )
        done = self._answered.get(key)
        if done is not None and done[1] <= now:
            del self._answered[key]  # past the window: a new request
            done = None
        if done is not None:
            self._count(entry.host, name, "duplicate")
            return self._send(now, entry, conn, _patch(done[0], msg.hop_by_hop))
        ref = self._in_progress.get(key)
        if ref is not None:
            self._count(entry.host, name, "duplicate")
            (self._in_flight.get(ref) or self._queued[ref]).to.append((entry, conn, msg.hop_by_hop))
            return []
        # RFC 7683: a request that offers DOIC gets what the node supports in its answer
        doic = self.doic.report and first_avp(msg, raw, OC_SUPPORTED_FEATURES) is not None
        inc = _Incoming(
            key, cls, answer_cls, raw, [(entry, conn, msg.hop_by_hop)], doic=doic, received_at=now, name=name
        )
        self.reporter.arrival(now, self._occupancy())
        if len(self._in_flight) < self.limits.max_in_flight:
            self._ref += 1
            ref = self._ref
            self._in_flight[ref] = inc
            self._in_progress[key] = ref
            return [Dispatch(ref, handler, msg)]
        return self._enqueue(now, inc, handler, msg)

    def _handling(self, app: int, code: int) -> tuple[type | None, Any, type | None, type | None, str]:
        """How a request of (``app``, ``code``) is handled: the class it is decoded as, its
        handler, that class when it is not the dictionary's (else ``None``), its answer class,
        and its name for the counters; the class is ``None`` for a command not in the
        dictionary. Kept (in _routes) until the dictionary or the handlers change."""
        cls = self.conv.dictionary.command(app, code, True)
        if cls is None:
            return None, None, None, None, f"command {code}"
        handler = self.handlers.get(cls)
        as_class: type | None = None  # decode as this class instead of the dictionary's
        if handler is None:
            # a handler registered for another dictionary's class of the same command (RFC
            # 8506's CCR while TS 32.299's is loaded): the request is decoded as the class it
            # was written for, once
            info = command_info(cls)
            for hcls, h in self.handlers.items():
                ci = command_info(hcls)
                if ci.code == info.code and ci.request and ci.application_id in (info.application_id, None):
                    handler, as_class = h, hcls
                    break
        answer_cls = (self._answer_class(as_class) if as_class is not None else None) or self._answer_class(cls)
        cls = as_class or cls
        return cls, handler, as_class, answer_cls, command_info(cls).name

    # -- agent roles: relay, proxy, redirect (RFC 6733 §2.8, §6.1) ------------------------------

    def _agent(
        self, now: float, entry: PeerEntry, conn: int, raw: bytes, app: int, table: RouteTable
    ) -> list[Output] | None:
        """A request received by an agent: forwarded, redirected or refused here; None when it
        is for this node (RFC 6733 §6.1.4) and goes on to its handlers."""
        try:
            view = routing_view(raw)
        except DecodeError as e:
            return self._own(now, entry, conn, raw, e.result_code, message=e.message)
        me = self.local.origin_host
        # §6.1.3: a loop when this node's identity is in a Route-Record
        if me in view.route_records:
            return self._own(
                now,
                entry,
                conn,
                raw,
                ResultCode.DIAMETER_LOOP_DETECTED,
                message=f"{me} is in the request's Route-Record AVPs",
            )
        dest_host, realm = view.destination_host, view.destination_realm
        # §6.1.4: for this node (its own realm and an application it serves come before the
        # routing table)
        if dest_host == me or (dest_host is None and realm is None):
            return None
        if dest_host is None and realm == self.local.origin_realm and app in self._local_apps:
            return None
        route = table.entry(realm, app, view)
        if route is not None and route.action == "local":
            return None
        if route is not None and route.action == "redirect":
            return self._redirect(now, entry, conn, raw, route)
        proxy = route is not None and route.action == "proxy"
        name = f"command {int.from_bytes(raw[5:8], 'big')}"
        if proxy and self.hooks:
            hooked = self._hook_request(now, entry, conn, raw)
            if isinstance(hooked, list):
                return hooked
            raw = hooked
        fw = _Forwarded(entry, conn, raw, view, route, now, proxy, name)
        target = self._forward_target(fw)
        if target is None:
            where = f"Destination-Host {dest_host}" if route is None else route.describe()
            return self._own(
                now,
                entry,
                conn,
                raw,
                ResultCode.DIAMETER_UNABLE_TO_DELIVER,
                message=f"no peer to deliver to ({where})" if dest_host or route else f"no route to realm {realm}",
            )
        self._count(entry.host, name, "received")
        return self._forward(now, fw, target, retransmit=False)

    def _forward_target(self, fw: _Forwarded) -> PeerEntry | None:
        """The peer a forwarded request goes to (§6.1.5, §6.1.6): its Destination-Host when that
        is an open peer, else the best server of its routing entry (the lowest priority, then
        the fewest pending requests per weight, then the entry's order; as
        :meth:`RouteTable.order`); never one it went to. Looks up the named peers only, not
        the whole peer table."""
        app = fw.view.application_id
        dest = fw.view.destination_host
        if dest is not None:
            e = self.peers.get(dest)
            if e is not None and e.up and e.peer.available and e not in fw.tried and _agreed(e, app):
                return e
        if fw.route is None:
            return None
        best: PeerEntry | None = None
        best_key: tuple[int, float, int] | None = None
        for i, server in enumerate(fw.route.servers):
            e = self.peers.get(server.host)
            if e is None or not e.up or not e.peer.available or e in fw.tried or not _agreed(e, app):
                continue
            key = (server.priority, len(e.pending) / server.weight, i)
            if best_key is None or key < best_key:
                best, best_key = e, key
        return best

    def _forward(self, now: float, fw: _Forwarded, target: PeerEntry, *, retransmit: bool) -> list[Output]:
        """Send ``fw`` to ``target`` (§6.1.8): a Hop-by-Hop identifier of that connection, this
        node's Route-Record of the peer it came from, a Proxy-Info of this node for a proxy."""
        hbh = target.peer.identifiers()[0]
        data = forwarded(fw.raw, hbh, fw.source.host, retransmit=retransmit)
        if fw.proxy:
            data = add_proxy_info(data, self.local.origin_host, fw.hop_by_hop.to_bytes(4, "big"))
        try:
            target.pending.add(hbh, int.from_bytes(fw.raw[16:20], "big"), now + self.forward_timeout, fw)
        except TableFull as e:
            return self._own(now, fw.source, fw.conn, fw.raw, ResultCode.DIAMETER_TOO_BUSY, message=str(e))
        fw.tried.append(target)
        self._count(target.host, fw.name, "forwarded")
        return self._apply(now, target, target.peer.send_raw(now, data))

    def _forwarded_answer(self, now: float, entry: PeerEntry, raw: bytes, fw: _Forwarded) -> list[Output]:
        """The answer to a forwarded request, back to where the request came from with its
        Hop-by-Hop identifier (§6.1.9); DIAMETER_TOO_BUSY from a server is retried at another
        when the request does not name that server as its Destination-Host."""
        code = result_code(raw)
        self._count(entry.host, "answer to " + fw.name, code if code is not None else "-")
        if code == ResultCode.DIAMETER_TOO_BUSY and fw.view.destination_host != entry.host:
            alt = self._forward_target(fw)
            if alt is not None:
                log.info("%s is too busy for request %#x: sent to %s", entry.host, fw.hop_by_hop, alt.host)
                return self._forward(now, fw, alt, retransmit=False)
        if fw.proxy:
            raw, _ = take_proxy_info(raw, self.local.origin_host)
            if self.hooks:
                raw = self._hook_answer(raw)
        self.latency.observe(entry.host, fw.name, now - fw.sent_at)
        return self._send(now, fw.source, fw.conn, _patch(raw, fw.hop_by_hop))

    def _unforwarded(self, now: float, fw: _Forwarded, why: str) -> list[Output]:
        """A forwarded request no server answers: DIAMETER_UNABLE_TO_DELIVER to its sender."""
        return self._own(now, fw.source, fw.conn, fw.raw, ResultCode.DIAMETER_UNABLE_TO_DELIVER, message=why)

    def _redirect(self, now: float, entry: PeerEntry, conn: int, raw: bytes, route: Route) -> list[Output]:
        """§6.1.7: the redirect indication, naming the entry's servers: a server given as a
        DiameterURI as it is, an identity by the URI the node is configured with for it, else
        ``aaa://`` and the identity."""
        uris = [
            s.host if "://" in s.host else self.uris.get(s.host, f"aaa://{s.host}")
            for s in sorted(route.servers, key=lambda s: s.priority)
        ]
        if not uris:
            return self._own(
                now, entry, conn, raw, ResultCode.DIAMETER_UNABLE_TO_DELIVER, message="no server to redirect to"
            )
        data = redirect_answer(
            raw,
            origin_host=self.local.origin_host,
            origin_realm=self.local.origin_realm,
            hosts=uris,
            usage=RedirectUsage.NAMES[route.redirect_usage],
            max_cache_time=route.redirect_max_cache_time,
            origin_state_id=self.local.origin_state_id,
        )
        self._count(entry.host, "answer-message", ResultCode.DIAMETER_REDIRECT_INDICATION)
        return self._send(now, entry, conn, data)

    def _hook(self, app: int, code: int, request: bool) -> tuple[type, Callable[[Any], Any]] | None:
        cls = self.conv.dictionary.command(app, code, request)
        if cls is not None and cls in self.hooks:
            return cls, self.hooks[cls]
        for hcls, fn in self.hooks.items():
            info = command_info(hcls)
            if info.code == code and info.request == request and info.application_id in (app, None):
                return hcls, fn
        return None

    def _hook_request(self, now: float, entry: PeerEntry, conn: int, raw: bytes) -> bytes | list[Output]:
        """A proxy's hook for this request, if it has one: the request to forward (as it was,
        or as the hook changed it), or the outputs of the hook's own answer (or of the error
        answer when the hook fails)."""
        found = self._hook(int.from_bytes(raw[8:12], "big"), int.from_bytes(raw[5:8], "big"), True)
        if found is None:
            return raw
        cls, fn = found
        try:
            msg: Message = self.conv.decode_as(cls, raw)
        except DecodeError as e:
            return self._own(now, entry, conn, raw, e.result_code, failed=e, message=e.message)
        hbh, e2e = int.from_bytes(raw[12:16], "big"), int.from_bytes(raw[16:20], "big")
        try:
            result = fn(msg)
            if result is None or result is msg:
                return raw
            data = self.conv.encode(result, hop_by_hop=hbh, end_to_end=e2e)
        except Exception as e:  # the hook's failure is this node's: 5012
            log.error("proxy hook for %s failed", command_info(cls).name, exc_info=e)
            return self._own(
                now,
                entry,
                conn,
                raw,
                ResultCode.DIAMETER_UNABLE_TO_COMPLY,
                answer_cls=self._answer_class(cls),
                message=f"proxy hook failed: {type(e).__name__}",
            )
        if data[4] & FLAG_R:
            return data
        self._count(entry.host, _name(result), "answered by hook")
        return self._send(now, entry, conn, data)

    def _hook_answer(self, raw: bytes) -> bytes:
        """A proxy's hook for this answer, if it has one: the answer as the hook left it (as
        it came when the hook fails or its answer does not encode)."""
        if raw[4] & FLAG_E:
            return raw
        found = self._hook(int.from_bytes(raw[8:12], "big"), int.from_bytes(raw[5:8], "big"), False)
        if found is None:
            return raw
        cls, fn = found
        try:
            msg: Message = self.conv.decode_as(cls, raw)
            result = fn(msg)
            if result is None or result is msg:
                return raw
            return self.conv.encode(
                result, hop_by_hop=int.from_bytes(raw[12:16], "big"), end_to_end=int.from_bytes(raw[16:20], "big")
            )
        except Exception as e:
            log.error(
                "proxy hook for %s failed; its answer is forwarded as it came", command_info(cls).name, exc_info=e
            )
            return raw

    # -- following redirect indications (RFC 6733 §6.1.7, §6.13, §6.14) -------------------------

    def _redirect_keys(self, message: Message) -> dict[int, tuple[object, ...]]:
        realm = getattr(message, "destination_realm", None)
        app = _application_id(message)
        return {
            RedirectUsage.ALL_SESSION: ("session", getattr(message, "session_id", None)),
            RedirectUsage.ALL_REALM: ("realm", realm),
            RedirectUsage.REALM_AND_APPLICATION: ("realm+application", realm, app),
            RedirectUsage.ALL_APPLICATION: ("application", app),
            RedirectUsage.ALL_HOST: ("host", getattr(message, "destination_host", None)),
            RedirectUsage.ALL_USER: ("user", getattr(message, "user_name", None)),
        }

    def _cached_redirect(self, now: float, message: Message) -> PeerEntry | None:
        """The open peer a cached redirect indication sends ``message`` to."""
        for key in self._redirect_keys(message).values():
            if key[-1] is None:
                continue
            found = self.redirects.get(key)
            if found is None:
                continue
            e, expires = found
            if expires <= now:
                del self.redirects[key]
                continue
            if e.up and e.peer.available:
                return e
        return None

    def _redirect_peer(self, host: str, how: object | None) -> PeerEntry | None:
        """The peer a Redirect-Host names: the one the node reaches where the URI says (``how``,
        the I/O layer's target), else the peer of that identity unless the node reaches it
        elsewhere (a URI of an address and port names no identity)."""
        if how is not None:
            for e in self._entries:
                if e.target == how:
                    return e
        named = self.peers.get(host)
        if named is not None and (how is None or named.target is None or named.target == how):
            return named
        return None

    def _follow(self, now: float, entry: PeerEntry, raw: bytes, p: Any, sent: _Sent) -> list[Output] | None:
        """A redirect indication to a request of the application: the request sent to the
        first Redirect-Host the node reaches (connecting to it if need be), and the indication
        cached by its usage for its time; None when it is not followed (the answer then goes to
        the application)."""
        from ..types import DiameterURI

        found = redirect_of(raw)
        if found is None or sent.redirects >= MAX_REDIRECTS or self._stopping:
            return None
        uris, usage, max_time = found
        for text in uris:
            try:
                uri = DiameterURI.parse(text)
            except ValueError:
                continue
            how = self.target_of(uri) if self.target_of is not None else None
            target = self._redirect_peer(uri.fqdn, how)
            out: list[Output] = []
            if target is None or not target.up:
                if target is None or target.peer.state is PeerState.CLOSED:
                    if how is None:
                        continue
                    if target is not None and target.configured:
                        out = self._apply(now, target, target.peer.start(now))
                    else:
                        target, out = self.connect(now, how, peer_host=uri.fqdn, reconnect=False)
                # else it is being opened: the request waits for it
            elif not target.peer.available:
                continue
            sent.redirects += 1
            hbh = target.peer.identifiers()[0]
            target.pending.add(hbh, p.end_to_end, p.deadline, sent)
            sent.data = _patch(sent.data, hbh)
            if usage != RedirectUsage.DONT_CACHE and max_time > 0:
                key = self._redirect_keys(sent.message).get(usage)
                if key is not None and key[-1] is not None:
                    self.redirects[key] = (target, now + max_time)
                    self.redirects.move_to_end(key)
                    while len(self.redirects) > MAX_CACHED_REDIRECTS:
                        self.redirects.popitem(last=False)
            log.info("request %#x redirected by %s to %s", p.end_to_end, entry.host, uri.fqdn)
            self._count(entry.host, _name(sent.message), "redirected")
            if target.up:
                return out + self._apply(now, target, target.peer.send_raw(now, sent.data))
            target.waiting.append(sent.data)
            return out
        return None

    # -- admission: the queue of received requests waiting for a handler ----------------------

    def _occupancy(self) -> float:
        """How full the admission queue is, 0 to 1."""
        if self.limits.max_queued:
            return len(self._queued) / self.limits.max_queued
        return 1.0 if len(self._in_flight) >= self.limits.max_in_flight else 0.0

    def _enqueue(self, now: float, inc: _Incoming, handler: Any, msg: Message) -> list[Output]:
        """Every handler is busy: ``inc`` waits by its DRMP priority (RFC 7944), or the request
        of the lowest priority is refused if the queue is full."""
        limits = self.limits
        priority = priority_of(first_avp(msg, inc.raw, DRMP), limits.default_priority)
        out: list[Output] = []
        if len(self._queued) >= limits.max_queued:
            lowest = self._queue.lowest()
            if lowest is None or priority >= lowest:
                return self._refuse(
                    now, inc, f"{len(self._in_flight)} requests in progress, {len(self._queued)} queued"
                )
            evicted = self._queued.pop(self._queue.evict())
            out += self._refuse(now, evicted, "evicted from the admission queue by a request of a higher priority")
        ref = self._new_ref()
        inc.handler, inc.request = handler, msg
        self._queued[ref] = inc
        self._in_progress[inc.key] = ref
        self._queue.push(priority, now + limits.max_queue_time, ref)
        return out

    def _refuse(self, now: float, inc: _Incoming, reason: str) -> list[Output]:
        """Answer ``inc`` DIAMETER_TOO_BUSY (3004) on every connection it came on."""
        self._in_progress.pop(inc.key, None)
        self.reporter.refusal(now, self._occupancy())
        data = own_answer(
            inc.raw,
            ResultCode.DIAMETER_TOO_BUSY,
            origin_host=self.local.origin_host,
            origin_realm=self.local.origin_realm,
            error_message=reason,
            origin_state_id=self.local.origin_state_id,
        )
        if inc.doic:
            data = append_avps(data, self.reporter.avps(now, self._occupancy()))
        self._count(inc.to[0][0].host, "answer-message", ResultCode.DIAMETER_TOO_BUSY)
        return self._answer_all(now, inc, data)

    def _answer_all(self, now: float, inc: _Incoming, data: bytes) -> list[Output]:
        """Send the answer ``data`` on every connection request ``inc`` came on, each with the
        Hop-by-Hop identifier of its copy of the request."""
        self.handling.observe(inc.to[0][0].host, inc.name, now - inc.received_at)
        if len(inc.to) == 1:
            entry, conn, hbh = inc.to[0]
            return self._send(now, entry, conn, _patch(data, hbh))
        out: list[Output] = []
        for entry, conn, hbh in inc.to:
            out += self._send(now, entry, conn, _patch(data, hbh))
        return out

    def _expire(self, now: float) -> list[Output]:
        """Refuse the queued requests that waited ``Limits.max_queue_time``."""
        out: list[Output] = []
        if self._queued:
            for ref in self._queue.expire(now):
                out += self._refuse(
                    now, self._queued.pop(ref), f"waited {self.limits.max_queue_time} s in the admission queue"
                )
        return out

    def _admit(self, now: float) -> list[Output]:
        """Run the queued requests a handler is free for, the highest priority first."""
        out = self._expire(now)
        while self._queued and len(self._in_flight) < self.limits.max_in_flight:
            ref = self._queue.pop()
            assert ref is not None
            inc = self._queued.pop(ref)
            handler, msg = inc.handler, inc.request
            inc.handler = inc.request = None
            assert msg is not None
            if not any(
                e.peer.state in (PeerState.I_OPEN, PeerState.R_OPEN) and c == e.peer.open_conn for e, c, _ in inc.to
            ):
                # no connection left to answer on: not worth a handler
                self._in_progress.pop(inc.key, None)
                self._count(inc.to[0][0].host, _name(msg), "dropped")
                continue
            self._in_flight[ref] = inc
            out.append(Dispatch(ref, handler, msg))
        return out

    def _undecodable(self, now: float, entry: PeerEntry, u: Undecodable) -> list[Output]:
        if not u.raw[4] & FLAG_R:
            log.warning("undecodable answer from %s discarded: %s", entry.host, u.error)
            return []
        code = int.from_bytes(u.raw[5:8], "big")
        app = int.from_bytes(u.raw[8:12], "big")
        cls = self.conv.dictionary.command(app, code, True)
        answer_cls = self._answer_class(cls) if cls is not None else None
        return self._own(
            now,
            entry,
            u.conn,
            u.raw,
            u.error.result_code,
            answer_cls=answer_cls,
            failed=u.error,
            message=u.error.message,
        )

    def answered(self, now: float, ref: int, result: Message | BaseException) -> list[Output]:
        """The handler of :class:`Dispatch` ``ref`` returned ``result`` (or raised it)."""
        inc = self._in_flight.pop(ref, None)
        if inc is None:
            return []
        self._in_progress.pop(inc.key, None)
        data: bytes | None = None
        problem: str | None = None
        if isinstance(result, BaseException):
            log.error("handler for %s failed", command_info(inc.request_cls).name, exc_info=result)
            problem = f"handler failed: {type(result).__name__}"
        elif type(result) is not inc.answer_cls and not self._answers(inc, result):
            log.error(
                "handler for %s returned %s, not its answer", command_info(inc.request_cls).name, type(result).__name__
            )
            problem = f"handler returned {type(result).__name__}"
        else:
            try:
                data = self.conv.encode(
                    result, hop_by_hop=inc.to[0][2], end_to_end=int.from_bytes(inc.raw[16:20], "big")
                )
            except (EncodeError, DiameterError, TypeError, ValueError) as e:
                log.error("the answer of the handler for %s does not encode: %s", command_info(inc.request_cls).name, e)
                problem = f"handler's answer does not encode: {type(e).__name__}"
        if data is None:
            data = own_answer(
                inc.raw,
                ResultCode.DIAMETER_UNABLE_TO_COMPLY,
                origin_host=self.local.origin_host,
                origin_realm=self.local.origin_realm,
                answer_class=inc.answer_cls,
                error_message=problem,
                origin_state_id=self.local.origin_state_id,
            )
        if inc.doic and find_avp(data, OC_SUPPORTED_FEATURES) is None:
            data = append_avps(data, self.reporter.avps(now, self._occupancy()))
        if _PROXY_INFO_CODE in inc.raw:  # (a quick test first: few requests carry one)
            data = proxy_infos_echoed(inc.raw, data)
        if self.limits.duplicate_window > 0:
            self._answered[inc.key] = (data, now + self.limits.duplicate_window)
            self._answered.move_to_end(inc.key)
            while len(self._answered) > self.limits.max_duplicates:
                self._answered.popitem(last=False)
        out = self._answer_all(now, inc, data)
        if self._queued:
            out += self._admit(now)
        return out

    def _answers(self, inc: _Incoming, answer: object) -> bool:
        """Whether ``answer`` is an answer to the request of ``inc``: its answer class, the
        generic answer-message, or another dictionary's answer class of the same command."""
        if isinstance(answer, ErrorAnswer):
            return True
        if not isinstance(answer, Message) or not is_command(answer):
            return False
        if inc.answer_cls is not None and type(answer) is inc.answer_cls:
            return True
        info = command_info(type(answer))
        return not info.request and info.code == command_info(inc.request_cls).code


def _name(msg: Message) -> str:
    if isinstance(msg, GenericMessage):
        return f"command {msg.command_code}"
    return command_info(type(msg)).name
