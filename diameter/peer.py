"""The peer state machine of RFC 6733 §5.6, sans-IO.

Theory of operation
-------------------
A :class:`Peer` is the local node's view of one remote Diameter peer. It owns up to two
transport connections to it, identified by tokens the I/O layer chooses: the one the local node
initiated (the "I" side) and the one the peer initiated (the "R" side). The I/O layer tells the
peer what happened — :meth:`Peer.start`, :meth:`Peer.connected` (I-Rcv-Conn-Ack),
:meth:`Peer.connect_failed` (I-Rcv-Conn-Nack), :meth:`Peer.incoming` (R-Conn-CER: a new
connection whose first message, a CER, the node has read to find out which peer it is from),
:meth:`Peer.data_received`, :meth:`Peer.connection_lost`, :meth:`Peer.timer`, :meth:`Peer.stop`
— always with the current time ``now``, and carries out the :class:`Output` s the peer returns:
open a connection, send bytes on one, close one, hand a received message to the application.
:attr:`Peer.deadline` says when :meth:`Peer.timer` is next due.

The transitions are RFC 6733 §5.6.1's table, kept as data in :data:`TRANSITIONS` (state,
event) → (actions, next state) and tested row by row; the code below carries the actions out.
In the open states, the RFC 3539 watchdog (:mod:`diameter.watchdog`) sends DWRs when the
connection is idle and closes it when they go unanswered; DWRs are answered in every state.
"""

from __future__ import annotations

import enum
import random
from collections import deque
from collections.abc import Iterable
from typing import Final

import attrs

from .apps.base import (
    AnswerMessage,
    CapabilitiesExchangeAnswer,
    CapabilitiesExchangeRequest,
    DeviceWatchdogAnswer,
    DeviceWatchdogRequest,
    DisconnectCause,
    DisconnectPeerAnswer,
    DisconnectPeerRequest,
    ResultCode,
)
from .capabilities import Agreement, LocalCapabilities, election_won, negotiate
from .converter import Converter
from .errors import DecodeError, InvalidMessageLength
from .schema import ErrorAnswer, Message, evolve
from .transactions import EndToEnd, HopByHop
from .types import AddressValue
from .watchdog import Action, Watchdog, WatchdogState
from .wire import FLAG_R, Framer, Oversized

__all__ = [
    "PeerState",
    "Event",
    "TRANSITIONS",
    "Output",
    "Connect",
    "Send",
    "Disconnect",
    "Opened",
    "Closed",
    "Deliver",
    "Undecodable",
    "Failover",
    "Failback",
    "Peer",
    "BASE_COMMANDS",
]

#: the commands the peer state machine handles itself (Application-Id 0): CER/CEA, DWR/DWA, DPR/DPA
BASE_COMMANDS: Final = frozenset({257, 280, 282})


class PeerState(enum.Enum):
    CLOSED = "Closed"
    WAIT_CONN_ACK = "Wait-Conn-Ack"
    WAIT_I_CEA = "Wait-I-CEA"
    WAIT_CONN_ACK_ELECT = "Wait-Conn-Ack/Elect"
    WAIT_RETURNS = "Wait-Returns"
    R_OPEN = "R-Open"
    I_OPEN = "I-Open"
    CLOSING = "Closing"


class Event(enum.Enum):
    START = "Start"
    R_CONN_CER = "R-Conn-CER"
    I_RCV_CONN_ACK = "I-Rcv-Conn-Ack"
    I_RCV_CONN_NACK = "I-Rcv-Conn-Nack"
    TIMEOUT = "Timeout"
    I_RCV_CEA = "I-Rcv-CEA"
    I_RCV_NON_CEA = "I-Rcv-Non-CEA"
    I_PEER_DISC = "I-Peer-Disc"
    R_PEER_DISC = "R-Peer-Disc"
    WIN_ELECTION = "Win-Election"
    SEND_MESSAGE = "Send-Message"
    RCV_MESSAGE = "Rcv-Message"
    RCV_DWR = "Rcv-DWR"
    RCV_DWA = "Rcv-DWA"
    STOP = "Stop"
    RCV_DPR = "Rcv-DPR"
    RCV_DPA = "Rcv-DPA"


S = PeerState
E = Event

#: how many transitions a peer remembers in ``history``
HISTORY: Final = 256

#: RFC 6733 §5.6.1. Events named without I-/R- in the open states apply to the open side.
TRANSITIONS: Final[dict[tuple[PeerState, Event], tuple[tuple[str, ...], PeerState]]] = {
    (S.CLOSED, E.START): (("I-Snd-Conn-Req",), S.WAIT_CONN_ACK),
    (S.CLOSED, E.R_CONN_CER): (("R-Accept", "Process-CER", "R-Snd-CEA"), S.R_OPEN),
    (S.WAIT_CONN_ACK, E.I_RCV_CONN_ACK): (("I-Snd-CER",), S.WAIT_I_CEA),
    (S.WAIT_CONN_ACK, E.I_RCV_CONN_NACK): (("Cleanup",), S.CLOSED),
    (S.WAIT_CONN_ACK, E.R_CONN_CER): (("R-Accept", "Process-CER"), S.WAIT_CONN_ACK_ELECT),
    (S.WAIT_CONN_ACK, E.TIMEOUT): (("Error",), S.CLOSED),
    (S.WAIT_I_CEA, E.I_RCV_CEA): (("Process-CEA",), S.I_OPEN),
    (S.WAIT_I_CEA, E.R_CONN_CER): (("R-Accept", "Process-CER", "Elect"), S.WAIT_RETURNS),
    (S.WAIT_I_CEA, E.I_PEER_DISC): (("I-Disc",), S.CLOSED),
    (S.WAIT_I_CEA, E.I_RCV_NON_CEA): (("Error",), S.CLOSED),
    (S.WAIT_I_CEA, E.TIMEOUT): (("Error",), S.CLOSED),
    (S.WAIT_CONN_ACK_ELECT, E.I_RCV_CONN_ACK): (("I-Snd-CER", "Elect"), S.WAIT_RETURNS),
    (S.WAIT_CONN_ACK_ELECT, E.I_RCV_CONN_NACK): (("R-Snd-CEA",), S.R_OPEN),
    (S.WAIT_CONN_ACK_ELECT, E.R_PEER_DISC): (("R-Disc",), S.WAIT_CONN_ACK),
    (S.WAIT_CONN_ACK_ELECT, E.R_CONN_CER): (("R-Reject",), S.WAIT_CONN_ACK_ELECT),
    (S.WAIT_CONN_ACK_ELECT, E.TIMEOUT): (("Error",), S.CLOSED),
    (S.WAIT_RETURNS, E.WIN_ELECTION): (("I-Disc", "R-Snd-CEA"), S.R_OPEN),
    (S.WAIT_RETURNS, E.I_PEER_DISC): (("I-Disc", "R-Snd-CEA"), S.R_OPEN),
    (S.WAIT_RETURNS, E.I_RCV_CEA): (("R-Disc",), S.I_OPEN),
    (S.WAIT_RETURNS, E.R_PEER_DISC): (("R-Disc",), S.WAIT_I_CEA),
    (S.WAIT_RETURNS, E.R_CONN_CER): (("R-Reject",), S.WAIT_RETURNS),
    (S.WAIT_RETURNS, E.TIMEOUT): (("Error",), S.CLOSED),
    (S.R_OPEN, E.SEND_MESSAGE): (("Snd-Message",), S.R_OPEN),
    (S.R_OPEN, E.RCV_MESSAGE): (("Process",), S.R_OPEN),
    (S.R_OPEN, E.RCV_DWR): (("Process-DWR", "Snd-DWA"), S.R_OPEN),
    (S.R_OPEN, E.RCV_DWA): (("Process-DWA",), S.R_OPEN),
    (S.R_OPEN, E.R_CONN_CER): (("R-Reject",), S.R_OPEN),
    (S.R_OPEN, E.STOP): (("Snd-DPR",), S.CLOSING),
    (S.R_OPEN, E.RCV_DPR): (("Snd-DPA",), S.CLOSING),
    (S.R_OPEN, E.R_PEER_DISC): (("R-Disc",), S.CLOSED),
    (S.I_OPEN, E.SEND_MESSAGE): (("Snd-Message",), S.I_OPEN),
    (S.I_OPEN, E.RCV_MESSAGE): (("Process",), S.I_OPEN),
    (S.I_OPEN, E.RCV_DWR): (("Process-DWR", "Snd-DWA"), S.I_OPEN),
    (S.I_OPEN, E.RCV_DWA): (("Process-DWA",), S.I_OPEN),
    (S.I_OPEN, E.R_CONN_CER): (("R-Reject",), S.I_OPEN),
    (S.I_OPEN, E.STOP): (("Snd-DPR",), S.CLOSING),
    (S.I_OPEN, E.RCV_DPR): (("Snd-DPA",), S.CLOSING),
    (S.I_OPEN, E.I_PEER_DISC): (("I-Disc",), S.CLOSED),
    (S.CLOSING, E.RCV_DPA): (("Disc",), S.CLOSED),
    (S.CLOSING, E.TIMEOUT): (("Error",), S.CLOSED),
    (S.CLOSING, E.I_PEER_DISC): (("I-Disc",), S.CLOSED),
    (S.CLOSING, E.R_PEER_DISC): (("R-Disc",), S.CLOSED),
}


# -- outputs ---------------------------------------------------------------------------------


class Output:
    """Something the I/O layer must do."""


@attrs.frozen
class Connect(Output):
    """Open a transport connection to the peer; answer with connected() or connect_failed()."""


@attrs.frozen
class Send(Output):
    conn: int
    data: bytes


@attrs.frozen
class Disconnect(Output):
    conn: int


@attrs.frozen
class Opened(Output):
    """The peer is open: capabilities agreed (``agreement``) on connection ``conn``."""

    conn: int
    agreement: Agreement


@attrs.frozen
class Closed(Output):
    reason: str


@attrs.frozen
class Undecodable(Output):
    """Bytes on connection ``conn`` that are not a valid message: ``error`` carries the
    Result-Code and Failed-AVP to answer a request with."""

    conn: int
    raw: bytes
    error: DecodeError


@attrs.frozen
class Deliver(Output):
    """A message for the application (requests and answers other than the base protocol's),
    in its wire form: the node decides what to decode it as (and whether to)."""

    conn: int
    raw: bytes


@attrs.frozen
class Failover(Output):
    """RFC 3539: the watchdog suspects the connection (a DWR went unanswered for Tw): send
    new requests elsewhere and fail the pending ones over to another peer."""


@attrs.frozen
class Failback(Output):
    """RFC 3539: the connection is trusted again (after SUSPECT, or after the three DWAs of
    REOPEN): it may carry requests."""


class Peer:
    """One remote peer (RFC 6733 §5.6). ``peer_host`` is the Origin-Host it is expected to
    have (``None``: any, for a peer that connects to us first)."""

    def __init__(
        self,
        local: LocalCapabilities,
        *,
        peer_host: str | None = None,
        known_peers: Iterable[str] | None = None,
        tc: float = 30.0,
        tw: float = 30.0,
        converter: Converter | None = None,
        rng: random.Random | None = None,
        start_time: float = 0.0,
    ) -> None:
        self.local = local
        self.peer_host = peer_host
        self.known_peers = None if known_peers is None else frozenset(known_peers)
        self.tc = tc
        self.conv = converter or Converter()
        self._rng = rng or random.Random()
        self.state = PeerState.CLOSED
        self.i_conn: int | None = None
        self.r_conn: int | None = None
        self._r_cer: CapabilitiesExchangeRequest | None = None  # the CER of the R side
        self._r_agreement: Agreement | None = None
        self.agreement: Agreement | None = None
        #: why the peer last closed ("capabilities exchange refused: Result-Code 5010", ...)
        self.closed_reason: str | None = None
        self.watchdog = Watchdog(tw, rng=self._rng)
        self.hbh = HopByHop(self._rng)
        self.e2e = EndToEnd(start_time, self._rng)
        self._buffers: dict[int, Framer] = {}
        self._host_ips: dict[int, tuple[AddressValue, ...]] = {}  # Host-IP-Address for a connection's CER/CEA
        self._timeout: float | None = None
        self._out: list[Output] = []
        #: the latest transitions (state, event, next state), oldest first; application
        #: messages sent or received while open (Send-Message, Rcv-Message: no change of state)
        #: are not recorded, so that traffic does not push the exchanges that matter out
        self.history: deque[tuple[PeerState, Event, PeerState]] = deque(maxlen=HISTORY)
        #: DWAs received, for a caller waiting for the answer to its DWR
        self.dwa_received = 0
        #: the Disconnect-Cause of the last DPR the peer sent (RFC 6733 §5.4.3)
        self.remote_disconnect_cause: int | None = None
        #: whether the last close followed a DPR/DPA exchange (not a failure)
        self._clean_close = False

    # -- helpers ------------------------------------------------------------------------------

    @property
    def open_conn(self) -> int | None:
        if self.state is PeerState.I_OPEN:
            return self.i_conn
        if self.state is PeerState.R_OPEN:
            return self.r_conn
        if self.state is PeerState.CLOSING:
            return self.i_conn if self.i_conn is not None else self.r_conn
        return None

    @property
    def deadline(self) -> float | None:
        timeout = self._timeout
        if self.state is not PeerState.I_OPEN and self.state is not PeerState.R_OPEN:
            return timeout
        watchdog = self.watchdog.deadline
        if timeout is None or (watchdog is not None and watchdog < timeout):
            return watchdog
        return timeout

    def _is_open(self) -> bool:
        return self.state in (PeerState.I_OPEN, PeerState.R_OPEN)

    @property
    def message_conn(self) -> int | None:
        """The connection application messages go and come on: the open one while I-Open or
        R-Open (Send-Message, Rcv-Message), else None."""
        state = self.state
        return self.i_conn if state is PeerState.I_OPEN else self.r_conn if state is PeerState.R_OPEN else None

    @property
    def available(self) -> bool:
        """Open, and trusted by its watchdog (RFC 3539: OKAY; not SUSPECT, not REOPEN before
        its three DWAs): new requests may go to it."""
        return self._is_open() and self.watchdog.state is WatchdogState.OKAY

    def _framer(self) -> Framer:
        return Framer(self.conv.max_length)

    def _go(self, event: Event) -> tuple[str, ...]:
        actions, nxt = TRANSITIONS[(self.state, event)]
        self.history.append((self.state, event, nxt))
        self.state = nxt
        return actions

    def _send(self, conn: int | None, msg: Message) -> None:
        if conn is not None:
            self._out.append(Send(conn, self.conv.encode(msg)))

    def _request(self, conn: int | None, msg: Message) -> None:
        self._send(conn, evolve(msg, hop_by_hop=self.hbh.next(), end_to_end=self.e2e.next()))

    def _answer(self, conn: int | None, request: Message, answer: Message) -> None:
        self._send(conn, evolve(answer, hop_by_hop=request.hop_by_hop, end_to_end=request.end_to_end))

    def _capabilities(self, conn: int) -> LocalCapabilities:
        """What the CER or CEA on ``conn`` advertises: ``local``, with the connection's own
        addresses as Host-IP-Address when the I/O layer gave them (SCTP)."""
        addresses = self._host_ips.get(conn)
        return self.local if addresses is None else attrs.evolve(self.local, host_ip_addresses=addresses)

    def _drop(self, conn: int | None) -> None:
        if conn is not None:
            self._out.append(Disconnect(conn))
            self._buffers.pop(conn, None)
            self._host_ips.pop(conn, None)
            if conn == self.i_conn:
                self.i_conn = None
            if conn == self.r_conn:
                self.r_conn = None

    def _closed(self, reason: str, now: float) -> None:
        self._drop(self.i_conn)
        self._drop(self.r_conn)
        self._timeout = None
        self.agreement = None
        if self._clean_close:
            # a DPR/DPA exchange is no failure: the next connection starts afresh (RFC 3539's
            # REOPEN is for connections that failed)
            self.watchdog = Watchdog(self.watchdog.tw_init, rng=self._rng)
            self._clean_close = False
        else:
            self.watchdog.connection_down(now)
        self.closed_reason = reason
        self._out.append(Closed(reason))

    def _opened(self, conn: int, agreement: Agreement, now: float) -> None:
        self._timeout = None
        self.agreement = agreement
        self.peer_host = agreement.peer_host
        self._out.append(Opened(conn, agreement))
        # one watchdog per peer, kept across connections: after a failure it is DOWN, and the
        # new connection goes through REOPEN (three DWAs) before it carries requests
        self._watchdog_actions(now, self.watchdog.connection_up(now))

    def _take(self) -> list[Output]:
        out, self._out = self._out, []
        return out

    # -- inputs -------------------------------------------------------------------------------

    def start(self, now: float) -> list[Output]:
        """Start: open a connection to the peer (state Closed)."""
        if self.state is PeerState.CLOSED:
            self._go(Event.START)
            self._timeout = now + self.tc
            self._out.append(Connect())
        return self._take()

    def connected(
        self, now: float, conn: int, host_ip_addresses: tuple[AddressValue, ...] | None = None
    ) -> list[Output]:
        """I-Rcv-Conn-Ack: the connection the local node opened is up. ``host_ip_addresses``:
        the connection's local addresses, for the CER's Host-IP-Address (None: ``local``'s)."""
        if (self.state, Event.I_RCV_CONN_ACK) not in TRANSITIONS:
            # the peer stopped waiting for it (Timeout, Stop): close it
            self._out.append(Disconnect(conn))
            return self._take()
        self.i_conn = conn
        self._buffers[conn] = self._framer()
        if host_ip_addresses:
            self._host_ips[conn] = host_ip_addresses
        actions = self._go(Event.I_RCV_CONN_ACK)
        self._request(conn, self._capabilities(conn).cer())
        self._timeout = now + self.tc
        if "Elect" in actions:
            self._elect(now)
        return self._take()

    def connect_failed(self, now: float) -> list[Output]:
        """I-Rcv-Conn-Nack: the connection could not be opened."""
        if (self.state, Event.I_RCV_CONN_NACK) not in TRANSITIONS:
            return self._take()  # the peer stopped waiting for it (Timeout, Stop)
        actions = self._go(Event.I_RCV_CONN_NACK)
        if "R-Snd-CEA" in actions:
            self._r_snd_cea(now)
        else:
            self._closed("connection failed", now)
        return self._take()

    def incoming(
        self,
        now: float,
        conn: int,
        cer: CapabilitiesExchangeRequest,
        rest: bytes = b"",
        host_ip_addresses: tuple[AddressValue, ...] | None = None,
    ) -> list[Output]:
        """R-Conn-CER: a new connection from the peer, whose first message was ``cer``
        (``rest``: bytes already read after it; ``host_ip_addresses``: the connection's local
        addresses, for the CEA's Host-IP-Address)."""
        if (self.state, Event.R_CONN_CER) not in TRANSITIONS:
            self._out.append(Disconnect(conn))
            return self._take()
        actions = self._go(Event.R_CONN_CER)
        if "R-Reject" in actions:
            self._out.append(Disconnect(conn))
            return self._take()
        # R-Accept, Process-CER
        self.r_conn = conn
        self._buffers[conn] = self._framer()
        if host_ip_addresses:
            self._host_ips[conn] = host_ip_addresses
        self._r_cer = cer
        self._r_agreement = negotiate(self.local, cer, known_peers=self.known_peers)
        if "R-Snd-CEA" in actions:
            self._r_snd_cea(now)
        elif "Elect" in actions:
            self._elect(now)
        else:
            self._timeout = now + self.tc
        if rest and conn in self._buffers:
            self._frame(now, conn, rest)
        return self._take()

    def _r_snd_cea(self, now: float) -> None:
        agreement = self._r_agreement
        cer = self._r_cer
        conn = self.r_conn
        assert agreement is not None and cer is not None and conn is not None
        if 3000 <= agreement.result_code < 4000:
            # a protocol error (DIAMETER_UNKNOWN_PEER): the answer-message with the E bit (§7.2)
            self._answer(
                conn,
                cer,
                AnswerMessage(
                    command_code=257,
                    application_id=0,
                    origin_host=self.local.origin_host,
                    origin_realm=self.local.origin_realm,
                    result_code=agreement.result_code,
                    error_message=agreement.error_message,
                ),
            )
        else:
            self._answer(
                conn, cer, self._capabilities(conn).cea(agreement.result_code, error_message=agreement.error_message)
            )
        if agreement.ok:
            self.state = PeerState.R_OPEN
            self._opened(conn, agreement, now)
        else:
            self.state = PeerState.CLOSED
            self._closed(f"capabilities exchange failed: Result-Code {agreement.result_code}", now)

    def _elect(self, now: float) -> None:
        """RFC 6733 §5.6.4: on the responder, compare Origin-Hosts."""
        cer = self._r_cer
        assert cer is not None
        if self.state is PeerState.WAIT_RETURNS and election_won(self.local.origin_host, cer.origin_host):
            self._go(Event.WIN_ELECTION)
            self._drop(self.i_conn)
            self._r_snd_cea(now)

    def connection_lost(self, now: float, conn: int) -> list[Output]:
        """I-Peer-Disc or R-Peer-Disc: a transport connection closed or failed."""
        self._peer_disc(now, conn, "connection lost")
        return self._take()

    def _peer_disc(self, now: float, conn: int, reason: str) -> None:
        self._buffers.pop(conn, None)
        self._host_ips.pop(conn, None)
        if conn == self.i_conn:
            self.i_conn = None
            event = Event.I_PEER_DISC
        elif conn == self.r_conn:
            self.r_conn = None
            event = Event.R_PEER_DISC
        else:
            return
        if (self.state, event) not in TRANSITIONS:
            return
        actions = self._go(event)
        if "R-Snd-CEA" in actions:
            self._r_snd_cea(now)
        elif self.state is PeerState.CLOSED:
            self._closed(reason, now)

    def stop(self, now: float, cause: DisconnectCause = DisconnectCause.REBOOTING) -> list[Output]:
        """Stop: send a DPR (open states) or close (others)."""
        if self._is_open():
            conn = self.open_conn
            self._go(Event.STOP)
            self._request(
                conn,
                DisconnectPeerRequest(
                    origin_host=self.local.origin_host, origin_realm=self.local.origin_realm, disconnect_cause=cause
                ),
            )
            self._timeout = now + self.tc
        elif self.state is not PeerState.CLOSED:
            self.state = PeerState.CLOSED
            self._closed("stopped", now)
        return self._take()

    def send(self, now: float, message: Message) -> list[Output]:
        """Send-Message: an application message on the open connection (requests should carry
        their own Hop-by-Hop and End-to-End identifiers: see :meth:`identifiers`)."""
        self._send(self._sending(), message)
        return self._take()

    def send_raw(self, now: float, data: bytes) -> list[Output]:
        """Send-Message: a message already encoded (with its identifiers)."""
        self._out.append(Send(self._sending(), data))
        return self._take()

    def _sending(self) -> int:
        """Send-Message, open (a transition to the same state, not recorded): the open connection."""
        conn = self.message_conn
        if conn is None:
            raise RuntimeError(f"peer is {self.state.value}, not open")
        return conn

    def probe(self, now: float) -> list[Output]:
        """Send a DWR now (the watchdog sends them by itself on an idle connection)."""
        if self._is_open():
            self._request(
                self.open_conn,
                DeviceWatchdogRequest(
                    origin_host=self.local.origin_host,
                    origin_realm=self.local.origin_realm,
                    origin_state_id=self.local.origin_state_id,
                ),
            )
        return self._take()

    def identifiers(self) -> tuple[int, int]:
        """A fresh (Hop-by-Hop, End-to-End) pair for a request to this peer."""
        return self.hbh.next(), self.e2e.next()

    def timer(self, now: float) -> list[Output]:
        """Call at or after :attr:`deadline`."""
        if self._timeout is not None and now >= self._timeout:
            self._timeout = None
            if (self.state, Event.TIMEOUT) in TRANSITIONS:
                self._go(Event.TIMEOUT)
                self._closed("timeout", now)
        if self._is_open():
            self._watchdog_actions(now, self.watchdog.timer(now))
        return self._take()

    def _watchdog_actions(self, now: float, actions: list[Action]) -> None:
        for action in actions:
            if action is Action.SEND_DWR:
                self._request(
                    self.open_conn,
                    DeviceWatchdogRequest(
                        origin_host=self.local.origin_host,
                        origin_realm=self.local.origin_realm,
                        origin_state_id=self.local.origin_state_id,
                    ),
                )
            elif action is Action.FAILOVER:
                self._out.append(Failover())
            elif action is Action.FAILBACK:
                self._out.append(Failback())
            elif action is Action.CLOSE and self._is_open():
                side = Event.I_PEER_DISC if self.state is PeerState.I_OPEN else Event.R_PEER_DISC
                self._go(side)
                self._closed("watchdog: no answer to DWR", now)

    def data_received(self, now: float, conn: int, data: bytes) -> list[Output]:
        """Bytes arrived on a connection: frame them into messages and process each."""
        if conn in self._buffers:
            self._frame(now, conn, data)
        return self._take()

    def _frame(self, now: float, conn: int, data: bytes) -> None:
        framer = self._buffers[conn]
        for item in framer.feed(data):
            if conn not in self._buffers:
                break  # closed by an earlier message (a DPA, a failed CEA)
            if isinstance(item, Oversized):
                self._out.append(
                    Undecodable(
                        conn,
                        item.header,
                        InvalidMessageLength(
                            f"Message Length {item.length} exceeds the limit of {framer.max_length}", offset=1
                        ),
                    )
                )
            else:
                self._message(now, conn, item)
        if framer.error is not None and conn in self._buffers:
            # the stream cannot be framed any further: close it, as a failed connection
            self._out.append(Disconnect(conn))
            self._peer_disc(now, conn, "invalid bytes on the connection")

    def _message(self, now: float, conn: int, raw: bytes) -> None:
        app = int.from_bytes(raw[8:12], "big")
        code = int.from_bytes(raw[5:8], "big")
        if app != 0 or code not in BASE_COMMANDS:
            self._application(now, conn, raw)
            return
        try:
            msg = self.conv.decode(raw)
        except DecodeError as e:
            if self.state is PeerState.WAIT_I_CEA and conn == self.i_conn:
                # before the CEA, whatever does not decode ends the attempt (§5.6.1: I-Rcv-CEA
                # that fails, or I-Rcv-Non-CEA: Error, Closed)
                is_cea = code == 257 and not raw[4] & FLAG_R
                self._go(Event.I_RCV_CEA if is_cea else Event.I_RCV_NON_CEA)
                self.state = PeerState.CLOSED
                self._closed(f"undecodable {'CEA' if is_cea else 'message before the CEA'}: {e}", now)
                return
            self._out.append(Undecodable(conn, raw, e))  # the node answers it (or drops an answer)
            return
        if isinstance(msg, CapabilitiesExchangeRequest) and self._is_open() and conn == self.open_conn:
            # a CER on a connection whose capabilities are already exchanged (RFC 6733 §5.3:
            # CER/CEA do not change capabilities once open): refused, the connection stays
            self._answer(
                conn,
                msg,
                self._capabilities(conn).cea(
                    ResultCode.DIAMETER_UNABLE_TO_COMPLY, error_message="capabilities already exchanged"
                ),
            )
            self._watchdog_actions(
                now, [a for a in self.watchdog.received(now, is_dwa=False) if a is not Action.THROWAWAY]
            )
            return
        if isinstance(msg, ErrorAnswer) and msg.command_code == 257 and conn == self.i_conn:
            # the CER refused with a protocol error (answer-message, E bit): a failed CEA
            if self.state in (PeerState.WAIT_I_CEA, PeerState.WAIT_RETURNS):
                self._go(Event.I_RCV_CEA)
                self.state = PeerState.CLOSED
                rc = int(getattr(msg, "result_code", 0))
                self._closed(f"capabilities exchange refused: Result-Code {rc}", now)
            return
        if isinstance(msg, CapabilitiesExchangeAnswer) and conn == self.i_conn:
            if self.state not in (PeerState.WAIT_I_CEA, PeerState.WAIT_RETURNS):
                return
            self._go(Event.I_RCV_CEA)
            agreement = negotiate(self.local, msg, known_peers=self.known_peers)
            if msg.result_code != ResultCode.DIAMETER_SUCCESS or not agreement.ok:
                self.state = PeerState.CLOSED
                self._closed(f"capabilities exchange refused: Result-Code {int(msg.result_code)}", now)
                return
            self._drop(self.r_conn)
            self._opened(conn, agreement, now)
            return
        if self.state is PeerState.WAIT_I_CEA and conn == self.i_conn:
            self._go(Event.I_RCV_NON_CEA)
            self._closed("a message other than CEA before the capabilities exchange", now)
            return
        if isinstance(msg, DeviceWatchdogRequest):
            # answered in every state (RFC 3539 §3.4.1: the watchdog does not gate it)
            self._answer(
                conn,
                msg,
                DeviceWatchdogAnswer(
                    result_code=ResultCode.DIAMETER_SUCCESS,
                    origin_host=self.local.origin_host,
                    origin_realm=self.local.origin_realm,
                    origin_state_id=self.local.origin_state_id,
                ),
            )
            if self._is_open():
                self._go(Event.RCV_DWR)
                self._watchdog_actions(
                    now, [a for a in self.watchdog.received(now, is_dwa=False) if a is not Action.THROWAWAY]
                )
            return
        if isinstance(msg, DeviceWatchdogAnswer):
            self.dwa_received += 1
            if self._is_open():
                self._go(Event.RCV_DWA)
                self._watchdog_actions(now, self.watchdog.received(now, is_dwa=True))
            return
        if isinstance(msg, DisconnectPeerRequest):
            self.remote_disconnect_cause = int(msg.disconnect_cause)
            if self._is_open():
                self._go(Event.RCV_DPR)
                self._clean_close = True
            self._answer(
                conn,
                msg,
                DisconnectPeerAnswer(
                    result_code=ResultCode.DIAMETER_SUCCESS,
                    origin_host=self.local.origin_host,
                    origin_realm=self.local.origin_realm,
                ),
            )
            self._timeout = now + self.tc  # the peer closes the connection; Timeout otherwise
            return
        if isinstance(msg, DisconnectPeerAnswer):
            if self.state is PeerState.CLOSING:
                self._go(Event.RCV_DPA)
                self._clean_close = True
                self._closed("disconnected (DPR/DPA)", now)
            return

    def _application(self, now: float, conn: int, raw: bytes) -> None:
        """A message other than the base protocol's: for the node, on the open connection."""
        if conn != self.message_conn:
            state = self.state
            if state is PeerState.WAIT_I_CEA and conn == self.i_conn:
                self._go(Event.I_RCV_NON_CEA)
                self._closed("a message other than CEA before the capabilities exchange", now)
            elif state is PeerState.CLOSING and conn == self.open_conn and not raw[4] & FLAG_R:
                self._out.append(Deliver(conn, raw))  # an answer still due after our DPR
            return
        # Rcv-Message on the open connection: a transition to the same state (not recorded)
        actions = self.watchdog.received(now, is_dwa=False)
        if not actions:
            self._out.append(Deliver(conn, raw))
            return
        if Action.THROWAWAY in actions and not raw[4] & FLAG_R:
            return  # RFC 3539 REOPEN: an answer on a connection not yet trusted again
        self._watchdog_actions(now, [a for a in actions if a is not Action.THROWAWAY])
        self._out.append(Deliver(conn, raw))
