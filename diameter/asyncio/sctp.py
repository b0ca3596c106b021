"""Diameter over SCTP (RFC 6733 §2.1): one-to-one associations on the asyncio event loop.

The node uses :func:`connect` and :func:`create_server` when given ``transport="sctp"``; both
hand their :class:`SctpTransport` s the same protocol objects as TCP, so the peer state machine
and everything above it do not know which transport carries them. pysctp (the ``[sctp]`` extra)
is imported when an SCTP socket is first needed; without it, or on a kernel without SCTP, they
raise :class:`SctpUnavailable`.

- Every message is one SCTP message with Payload Protocol Identifier 46 (Diameter).
- Streams (:func:`choose_stream`): the base protocol's requests (CER, DWR, DPR) go on stream 0;
  other requests on stream 1 + CRC-32(Session-Id) mod (streams - 1), so the messages of one
  session stay in order; an answer goes on the stream its request came on.
- Multi-homing: an association binds every local address given and reaches every address of
  the peer (host names resolve to all their addresses); IPv4 and IPv6 mix on one IPv6 socket.
- A message larger than what one read takes (partial delivery) is put together again from its
  parts until the kernel says it is complete (MSG_EOR).

All socket calls are non-blocking and driven by the event loop (``add_reader`` / ``add_writer``
on the socket): pysctp's own timeouts switch the socket to non-blocking mode and then raise
"operation in progress" or "try again" instead of waiting. Messages are read and sent with the
standard library's ``recvmsg`` and ``sendmsg`` on the socket, their stream and PPID in the
SCTP_SNDRCV ancillary data (RFC 6458 §5.3.2), without pysctp's per-message wrappers. A few
pysctp 0.7.3 behaviours are worked around here: ``bindx`` and ``connectx`` copy an IPv6 address
into a 16-byte ``struct sockaddr`` (overflowing it and leaving its flow label and scope id
uninitialised), so addresses are packed here and given to the kernel with ``setsockopt``, as
libsctp does; its ``initparams`` writes the maximum number of INIT attempts into the INIT
timeout, so SCTP_INITMSG is set here whole; the association parameters
(:class:`SctpParameters`: SCTP_RTOINFO, SCTP_PEER_ADDR_PARAMS, SCTP_ASSOCINFO) are set the same
way, since pysctp's helpers pass peer addresses through the same 16-byte ``struct sockaddr``.
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import logging
import math
import os
import socket
import struct
import sys
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final, NamedTuple

import attrs

from ..errors import DiameterError, InvalidAvpLength
from ..types import AddressValue
from ..wire import AVP_V, FLAG_R, iter_avps

if TYPE_CHECKING:
    import sctp

__all__ = [
    "PPID_DIAMETER",
    "BASE_COMMANDS",
    "DEFAULT_STREAMS",
    "SctpUnavailable",
    "SctpParameters",
    "SctpTransport",
    "SctpServer",
    "Seen",
    "available",
    "check",
    "choose_stream",
    "session_id",
    "session_stream",
    "pack_addresses",
    "connect",
    "create_server",
]

log = logging.getLogger("diameter.sctp")

#: The SCTP Payload Protocol Identifier of Diameter (RFC 6733 §2.1, IANA).
PPID_DIAMETER: Final = 46
#: CER/CEA, DWR/DWA, DPR/DPA: sent on stream 0.
BASE_COMMANDS: Final = frozenset({257, 280, 282})
#: Streams asked for in each direction (the association gets the smaller of both sides' numbers).
DEFAULT_STREAMS: Final = 16
#: Bytes asked for by one read; a larger message comes in parts.
RECEIVE_SIZE: Final = 65536
#: A message whose parts add up to more than this closes the association.
MAX_MESSAGE: Final = 1 << 24

_MSG_NOTIFICATION: Final = 0x8000  # <linux/sctp.h>
_SCTP_RTOINFO: Final = 0
_SCTP_ASSOCINFO: Final = 1
_SCTP_INITMSG: Final = 2
_SCTP_PEER_ADDR_PARAMS: Final = 9
_SPP_HB_ENABLE: Final = 1
# struct sctp_rtoinfo {assoc_id; initial; max; min} (ms)
_RTOINFO: Final = struct.Struct("=iIII")
# struct sctp_assocparams {assoc_id; asocmaxrxt; number_peer_destinations; peer_rwnd; local_rwnd; cookie_life}
_ASSOCINFO: Final = struct.Struct("=iHHIII")
# struct sctp_paddrparams, packed: {assoc_id; sockaddr_storage address; hbinterval (ms); pathmaxrxt;
# pathmtu; sackdelay; flags}, padded to 4 bytes: the size every kernel since 2.6 takes (newer ones
# also take the size with spp_ipv6_flowlabel and spp_dscp after it).
_PADDRPARAMS: Final = struct.Struct("=i128sIHIII2x")
# struct sctp_sndrcvinfo {stream; ssn; flags; ppid (as on the wire); context; timetolive; tsn;
# cumtsn; assoc_id}: the ancillary data (cmsg type SCTP_SNDRCV) of each message read or sent
_SCTP_SNDRCV: Final = 1
_SNDRCVINFO: Final = struct.Struct("=HHH2x4sIIIIi")
_ANCILLARY: Final = socket.CMSG_SPACE(_SNDRCVINFO.size)
_SEND_INFO: dict[int, list[tuple[int, int, bytes]]] = {}  # stream -> the ancillary data to send on it
_SCTP_SOCKOPT_BINDX_ADD: Final = 100
_SCTP_SOCKOPT_CONNECTX: Final = 110
_SESSION_ID: Final = 263
_REMEMBERED: Final = 65536  # streams of requests waiting for their answers, at most


class SctpUnavailable(DiameterError):
    """SCTP cannot be used here: pysctp is not installed, or the kernel has no SCTP."""


def _ms(name: str, seconds: float) -> int:
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not math.isfinite(seconds):
        raise ValueError(f"SCTP {name} must be a number of seconds, not {seconds!r}")
    ms = round(seconds * 1000)
    if not 1 <= ms <= 0x7FFFFFFF:
        raise ValueError(f"SCTP {name} must be between 0.001 and 2147483.647 seconds, not {seconds!r}")
    return ms


def _count(name: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
        raise ValueError(f"SCTP {name} must be an integer in 1..65535, not {value!r}")
    return value


@attrs.frozen
class SctpParameters:
    """The parameters of every association a node opens or accepts (RFC 4960 §15), set on the
    socket before it connects or listens (an accepted association takes them from its listening
    socket). Times in seconds (the kernel keeps milliseconds); invalid values raise ValueError.

    The kernel's defaults are RFC 4960's (RTO 3 s initial, 1..60 s; heartbeat every 30 s; a path
    fails after 5 retransmissions, the association after 10): for a link across the world. Between
    Diameter nodes of an operator network (RTT of a few ms, a few hundred across an IPX), they
    leave a multi-homed association sending on a dead path for seconds and a dead peer undetected
    for minutes. The defaults here are the usual signalling (SIGTRAN/Diameter) values:

    - ``rto_min`` 0.2 s: not below the 200 ms by which a peer may delay its SACK (RFC 4960 §6.2,
      Linux's default), or a lone message would be retransmitted before its SACK could come;
    - ``rto_max`` 1 s: caps the doubling of the RTO, so that three lost retransmissions (and a
      dead path) take at most 0.2 + 0.4 + 0.8 s, and still exceeds any Diameter RTT;
    - ``rto_initial`` 1 s: before any RTT is measured (the INIT, the first message), as TCP's
      initial RTO (RFC 6298 §2); the RTT measured then takes over;
    - ``heartbeat_interval`` 1 s: an idle path (the alternate of a multi-homed association) is
      probed every second plus its RTO, so that its failure is known before traffic needs it;
    - ``path_max_retrans`` 2: a path is inactive after 3 timeouts in a row (well under a second
      or two), and traffic moves to another (Linux already avoids it after the first, as
      "potentially failed");
    - ``assoc_max_retrans`` 4: the association fails after 5 timeouts in a row without any
      answer on any path (a few seconds, far under the watchdog's Tw); RFC 4960 §8.2 wants it
      no larger than the sum of the paths' ``path_max_retrans``: 2 × 2 for a peer with two
      addresses. It may not be smaller than ``path_max_retrans``, or the association would end
      before it could change paths.
    """

    rto_initial: float = 1.0
    rto_min: float = 0.2
    rto_max: float = 1.0
    heartbeat_interval: float = 1.0
    path_max_retrans: int = 2
    assoc_max_retrans: int = 4

    def __attrs_post_init__(self) -> None:
        initial, low, high = (
            _ms("RTO.Initial (rto_initial)", self.rto_initial),
            _ms("RTO.Min (rto_min)", self.rto_min),
            _ms("RTO.Max (rto_max)", self.rto_max),
        )
        _ms("heartbeat interval (heartbeat_interval)", self.heartbeat_interval)
        path = _count("Path.Max.Retrans (path_max_retrans)", self.path_max_retrans)
        assoc = _count("Association.Max.Retrans (assoc_max_retrans)", self.assoc_max_retrans)
        if not low <= initial <= high:
            raise ValueError(
                f"SCTP RTOs must be rto_min <= rto_initial <= rto_max, not {self.rto_min} <= "
                f"{self.rto_initial} <= {self.rto_max}"
            )
        if assoc < path:
            raise ValueError(
                f"SCTP assoc_max_retrans ({assoc}) must not be smaller than path_max_retrans "
                f"({path}): the association would fail before a path does"
            )

    @classmethod
    def rfc4960(cls) -> SctpParameters:
        """RFC 4960 §15's values, which are also Linux's defaults."""
        return cls(
            rto_initial=3.0,
            rto_min=1.0,
            rto_max=60.0,
            heartbeat_interval=30.0,
            path_max_retrans=5,
            assoc_max_retrans=10,
        )

    def apply(self, raw: socket.socket) -> None:
        """Set these parameters on an SCTP socket (for the associations it opens or accepts; on a
        connected one-to-one socket, for its association)."""
        try:
            raw.setsockopt(
                socket.IPPROTO_SCTP,
                _SCTP_RTOINFO,
                _RTOINFO.pack(0, _ms("", self.rto_initial), _ms("", self.rto_max), _ms("", self.rto_min)),
            )
            raw.setsockopt(
                socket.IPPROTO_SCTP,
                _SCTP_PEER_ADDR_PARAMS,
                _PADDRPARAMS.pack(
                    0, b"", _ms("", self.heartbeat_interval), self.path_max_retrans, 0, 0, _SPP_HB_ENABLE
                ),
            )
            raw.setsockopt(socket.IPPROTO_SCTP, _SCTP_ASSOCINFO, _ASSOCINFO.pack(0, self.assoc_max_retrans, 0, 0, 0, 0))
        except OSError as e:
            if e.errno == errno.EINVAL:
                raise ValueError(f"the kernel does not take these SCTP parameters: {self} ({e.strerror})") from e
            raise

    @classmethod
    def of(cls, raw: socket.socket) -> SctpParameters:
        """The parameters an SCTP socket carries (its association's, once it has one)."""
        _, initial, high, low = _RTOINFO.unpack(_getsockopt(raw, _SCTP_RTOINFO, _RTOINFO.pack(0, 0, 0, 0)))
        _, _, hb, path, _, _, _ = _PADDRPARAMS.unpack(
            _getsockopt(raw, _SCTP_PEER_ADDR_PARAMS, _PADDRPARAMS.pack(0, b"", 0, 0, 0, 0, 0))
        )
        _, assoc, _, _, _, _ = _ASSOCINFO.unpack(_getsockopt(raw, _SCTP_ASSOCINFO, _ASSOCINFO.pack(0, 0, 0, 0, 0, 0)))
        return cls(
            rto_initial=initial / 1000,
            rto_min=low / 1000,
            rto_max=high / 1000,
            heartbeat_interval=hb / 1000,
            path_max_retrans=path,
            assoc_max_retrans=assoc,
        )


def _getsockopt(raw: socket.socket, option: int, given: bytes) -> bytes:
    """getsockopt(2) on IPPROTO_SCTP with a buffer that starts as ``given``: SCTP reads its
    association id and address from it (Python's getsockopt passes an uninitialised one)."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    buf = ctypes.create_string_buffer(given, len(given))
    size = ctypes.c_uint32(len(given))
    if libc.getsockopt(raw.fileno(), socket.IPPROTO_SCTP, option, buf, ctypes.byref(size)) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))
    if size.value != len(given):
        raise OSError(errno.EINVAL, f"SCTP option {option}: {size.value} bytes, not {len(given)}")
    return buf.raw


# -- the pure parts: streams, Session-Id, addresses ------------------------------------------


def session_id(data: bytes) -> bytes | None:
    """The value of the Session-Id AVP of an encoded message, or None when it has none."""
    try:
        for _, avp in iter_avps(data, 20, min(len(data), int.from_bytes(data[1:4], "big"))):
            if avp.code == _SESSION_ID and not avp.flags & AVP_V:
                return avp.data
    except InvalidAvpLength:
        pass
    return None


def session_stream(session: bytes, streams: int) -> int:
    """The stream of a session's requests among ``streams`` outbound streams: 1 + CRC-32 of
    the Session-Id modulo (streams - 1) — stable across processes — or 0 if there is one."""
    if streams <= 1:
        return 0
    return 1 + zlib.crc32(session) % (streams - 1)


def choose_stream(data: bytes, streams: int, request_stream: int | None = None) -> int:
    """The stream to send an encoded message on, among ``streams`` outbound streams.

    An answer goes on ``request_stream``, the stream its request came on, when there is one
    and it exists in this direction; CER, DWR, DPR (and their answers otherwise) go on stream
    0; other messages on :func:`session_stream` of their Session-Id, or by their End-to-End
    identifier when they have none (an answer has its request's)."""
    if streams <= 1 or len(data) < 20:
        return 0
    if not data[4] & FLAG_R and request_stream is not None and 0 <= request_stream < streams:
        return request_stream
    code = int.from_bytes(data[5:8], "big")
    if code in BASE_COMMANDS and data[8:12] == b"\0\0\0\0":
        return 0
    sid = session_id(data)
    if sid is None:
        return 1 + int.from_bytes(data[16:20], "big") % (streams - 1)
    return session_stream(sid, streams)


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    return ipaddress.ip_address(host)


def pack_addresses(addresses: Sequence[tuple[str, int]]) -> bytes:
    """``sockaddr_in`` / ``sockaddr_in6`` structures back to back, as the kernel takes them for
    sctp_bindx(3) and sctp_connectx(3). Addresses are IP literals (IPv6 with an optional
    ``%scope``)."""
    out = bytearray()
    for host, port in addresses:
        ip = _ip(host)
        if isinstance(ip, ipaddress.IPv4Address):
            out += struct.pack("=H", socket.AF_INET) + struct.pack("!H4s8x", port, ip.packed)
        else:
            scope = 0
            if ip.scope_id:
                scope = int(ip.scope_id) if ip.scope_id.isdigit() else socket.if_nametoindex(ip.scope_id)
            out += struct.pack("=H", socket.AF_INET6) + struct.pack("!HI16s", port, 0, ip.packed)
            out += struct.pack("=I", scope)
    return bytes(out)


def _family(hosts: Iterable[str]) -> int:
    """IPv4 only: an AF_INET socket; otherwise AF_INET6, which takes IPv4 addresses too."""
    return socket.AF_INET6 if any(_ip(h).version == 6 for h in hosts) else socket.AF_INET


def _address_value(host: str) -> AddressValue:
    ip = ipaddress.ip_address(host.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def _plain(addresses: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """Addresses as the kernel gives them, IPv4-mapped IPv6 ones as IPv4."""
    return [(str(_address_value(a)), p) for a, p in addresses]


async def _resolve(hosts: Iterable[str], port: int) -> list[str]:
    """Every address of every host (IP literals as they are), in order, without repeats.
    The empty host is the wildcard of both families (``::``)."""
    loop = asyncio.get_running_loop()
    found: list[str] = []
    for host in hosts:
        if host == "":
            found.append("::")
            continue
        try:
            _ip(host)
        except ValueError:
            pass
        else:
            found.append(host)
            continue
        for family, _, _, _, sockaddr in await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM):
            if family in (socket.AF_INET, socket.AF_INET6):
                addr = str(sockaddr[0])
                if family == socket.AF_INET6 and len(sockaddr) > 3 and sockaddr[3]:
                    addr = f"{addr.split('%')[0]}%{sockaddr[3]}"
                found.append(addr)
    unique = list(dict.fromkeys(found))
    if not unique:
        raise OSError(errno.EADDRNOTAVAIL, f"no address for {', '.join(hosts) or 'nothing'}")
    return unique


# -- sockets ----------------------------------------------------------------------------------


def _import() -> None:
    try:
        import sctp  # noqa: F401
    except (ImportError, OSError) as e:
        raise SctpUnavailable(f"SCTP needs pysctp: pip install 'diameter-typed[sctp]' ({e})") from e


def _open_socket(family: int, streams: int, params: SctpParameters | None = None) -> sctp.sctpsocket_tcp:
    """A non-blocking one-to-one SCTP socket asking for ``streams`` streams each way, with the
    association parameters ``params`` (None: the kernel's), receiving every message with its
    stream and PPID (no notifications)."""
    _import()
    import sctp

    try:
        raw = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_SCTP)
    except OSError as e:
        if e.errno in (errno.EPROTONOSUPPORT, errno.ESOCKTNOSUPPORT):
            raise SctpUnavailable(
                f"this kernel has no SCTP (socket: {e.strerror}); on Linux, load it with `modprobe sctp`"
            ) from e
        raise
    try:
        raw.setblocking(False)
        # zeros keep the kernel's maximum INIT attempts and INIT timeout
        raw.setsockopt(socket.IPPROTO_SCTP, _SCTP_INITMSG, struct.pack("=HHHH", streams, streams, 0, 0))
        if params is not None:
            params.apply(raw)
        sock = sctp.sctpsocket_tcp(family, raw)
        sock.events.clear()  # data_io only: each message comes with its sndrcvinfo
    except BaseException:
        raw.close()
        raise
    return sock


def available() -> str | None:
    """None if SCTP sockets can be made here, else the reason why not."""
    try:
        check()
    except SctpUnavailable as e:
        return str(e)
    return None


def check() -> None:
    """Raise :class:`SctpUnavailable` unless SCTP sockets can be made here."""
    _open_socket(socket.AF_INET, 1).sock().close()


def _bindx(raw: socket.socket, hosts: Sequence[str], port: int) -> None:
    """Bind to every address (sctp_bindx(3); the first binds the port, 0 for any)."""
    raw.setsockopt(socket.IPPROTO_SCTP, _SCTP_SOCKOPT_BINDX_ADD, pack_addresses([(h, port) for h in hosts]))


async def _writable(loop: asyncio.AbstractEventLoop, fd: int) -> None:
    ready: asyncio.Future[None] = loop.create_future()

    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    loop.add_writer(fd, wake)
    try:
        await ready
    finally:
        loop.remove_writer(fd)


# -- the transport ----------------------------------------------------------------------------


def _send_info(stream: int) -> list[tuple[int, int, bytes]]:
    """The ancillary data that sends a message on ``stream`` with the PPID of Diameter."""
    info = _SEND_INFO.get(stream)
    if info is None:
        info = _SEND_INFO[stream] = [
            (
                socket.IPPROTO_SCTP,
                _SCTP_SNDRCV,
                _SNDRCVINFO.pack(stream, 0, 0, PPID_DIAMETER.to_bytes(4, "big"), 0, 0, 0, 0, 0),
            )
        ]
    return info


class Seen(NamedTuple):
    """What :attr:`SctpTransport.received` and :attr:`SctpTransport.sent` count."""

    stream: int
    ppid: int
    command_code: int
    request: bool


class SctpTransport(asyncio.Transport):
    """One SCTP association, as an :class:`asyncio.Transport` that carries whole Diameter
    messages: :meth:`write` sends one message on the stream :func:`choose_stream` picks
    (:meth:`send` on a given one); the protocol's ``data_received`` gets one message at a time.

    ``get_extra_info``: ``"peername"`` (the primary peer address), ``"sockname"``,
    ``"peernames"`` and ``"socknames"`` (every address of the association), ``"socket"``,
    ``"sctp_streams"`` ((inbound, outbound)). :attr:`received` and :attr:`sent` count the
    messages by (stream, PPID, command code, request). :meth:`close` sends what is queued
    first, for :attr:`close_timeout` seconds at most, then aborts."""

    #: seconds :meth:`close` waits for the queue to drain before it aborts the association
    close_timeout: float = 10.0

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        sock: sctp.sctpsocket_tcp,
        protocol: asyncio.Protocol,
        waiter: asyncio.Future[None] | None = None,
    ) -> None:
        super().__init__()
        self._loop = loop
        self._sock = sock
        self._raw = sock.sock()
        self._fd = self._raw.fileno()
        self._protocol = protocol
        status = sock.get_status()
        #: the streams negotiated for the association, each way
        self.inbound_streams: int = status.instrms
        self.outbound_streams: int = status.outstrms
        self._queue: deque[tuple[bytes, int]] = deque()
        self._queued = 0
        self._writing = False
        self._reading = False
        self._paused = False
        self._closing = False
        self._closed = False
        self._close_timer: asyncio.TimerHandle | None = None
        self._part = bytearray()
        self._part_stream = 0
        self._part_ppid = 0
        self._request_streams: dict[int, int] = {}  # Hop-by-Hop id of a received request -> its stream
        self.received: Counter[Seen] = Counter()
        self.sent: Counter[Seen] = Counter()
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(lambda: None if waiter.done() else waiter.set_result(None))

    def __repr__(self) -> str:
        return f"<SctpTransport fd={self._fd} streams={self.inbound_streams}/{self.outbound_streams}>"

    # -- addresses ------------------------------------------------------------------------

    def peer_addresses(self) -> list[tuple[str, int]]:
        """Every address of the peer in the association (sctp_getpaddrs(3))."""
        return _plain(self._sock.getpaddrs())

    def local_addresses(self) -> list[tuple[str, int]]:
        """Every local address of the association (sctp_getladdrs(3))."""
        return _plain(self._sock.getladdrs())

    def local_ip_addresses(self) -> tuple[AddressValue, ...]:
        """The local addresses as Host-IP-Address values (RFC 6733 §5.3.5: one for each
        address the association may use)."""
        return tuple(dict.fromkeys(_address_value(a) for a, _ in self._sock.getladdrs()))

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        if self._closed and name != "sctp_streams":
            return default
        try:
            if name == "peername":
                return self._raw.getpeername()
            if name == "sockname":
                return self._raw.getsockname()
            if name == "peernames":
                return self.peer_addresses()
            if name == "socknames":
                return self.local_addresses()
        except OSError:
            return default
        if name == "socket":
            return self._raw
        if name == "sctp_streams":
            return (self.inbound_streams, self.outbound_streams)
        return default

    # -- reading --------------------------------------------------------------------------

    def _start_reading(self) -> None:
        if not self._closing and not self._paused and not self._reading:
            self._loop.add_reader(self._fd, self._readable)
            self._reading = True

    def _stop_reading(self) -> None:
        if self._reading:
            self._loop.remove_reader(self._fd)
            self._reading = False

    def pause_reading(self) -> None:
        self._paused = True
        self._stop_reading()

    def resume_reading(self) -> None:
        self._paused = False
        self._start_reading()

    def is_reading(self) -> bool:
        return self._reading

    def _readable(self) -> None:
        # the messages read now go to the protocol together (one call: the node handles them as
        # one batch, as the bytes of one TCP read), before anything that ends the association
        got: list[bytes] = []
        for _ in range(64):  # then let the loop run other callbacks
            if not self._reading:
                break
            try:
                data, ancillary, flags, _ = self._raw.recvmsg(RECEIVE_SIZE, _ANCILLARY)
            except InterruptedError:
                continue
            except BlockingIOError:
                break
            except OSError as e:
                self._deliver(got)
                self._finish(e)
                return
            if flags & _MSG_NOTIFICATION:
                continue
            if not data:  # the peer shut the association down
                self._deliver(got)
                self._finish(None)
                return
            if not self._part:  # a data message comes with its sndrcvinfo (the PPID as on the wire)
                self._part_stream = self._part_ppid = 0
                for level, kind, info in ancillary:
                    if level == socket.IPPROTO_SCTP and kind == _SCTP_SNDRCV and len(info) >= 12:
                        self._part_stream = int.from_bytes(info[0:2], sys.byteorder)
                        self._part_ppid = int.from_bytes(info[8:12], "big")
            self._part += data
            if not flags & socket.MSG_EOR:  # a part of a larger message
                if len(self._part) > MAX_MESSAGE:
                    self._deliver(got)
                    self._finish(OSError(errno.EMSGSIZE, f"SCTP message larger than {MAX_MESSAGE} bytes"))
                    return
                continue
            message = bytes(self._part)
            self._part.clear()
            self._note(message, self._part_stream, self._part_ppid)
            got.append(message)
        self._deliver(got)

    def _deliver(self, got: list[bytes]) -> None:
        if got and not self._closed:
            self._protocol.data_received(got[0] if len(got) == 1 else b"".join(got))

    def _note(self, message: bytes, stream: int, ppid: int) -> None:
        pos = 0
        while pos + 20 <= len(message):  # one Diameter message, unless a peer packed several
            length = int.from_bytes(message[pos + 1 : pos + 4], "big")
            if length < 20:
                break
            request = bool(message[pos + 4] & FLAG_R)
            self.received[Seen(stream, ppid, int.from_bytes(message[pos + 5 : pos + 8], "big"), request)] += 1
            if request:
                self._request_streams[int.from_bytes(message[pos + 12 : pos + 16], "big")] = stream
                if len(self._request_streams) > _REMEMBERED:
                    del self._request_streams[next(iter(self._request_streams))]
            pos += length

    # -- writing --------------------------------------------------------------------------

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Send one encoded Diameter message, on the stream :func:`choose_stream` picks."""
        self.send(bytes(data))

    def send(self, data: bytes, stream: int | None = None) -> None:
        """Send one encoded Diameter message on ``stream`` (None: :func:`choose_stream`)."""
        if self._closing:
            return
        if stream is None:
            request_stream = None
            if len(data) >= 20 and not data[4] & FLAG_R:
                request_stream = self._request_streams.pop(int.from_bytes(data[12:16], "big"), None)
            stream = choose_stream(data, self.outbound_streams, request_stream)
        elif not 0 <= stream < self.outbound_streams:
            raise ValueError(f"stream {stream} is not one of the association's {self.outbound_streams}")
        if len(data) >= 20:
            self.sent[Seen(stream, PPID_DIAMETER, int.from_bytes(data[5:8], "big"), bool(data[4] & FLAG_R))] += 1
        self._queue.append((data, stream))
        self._queued += len(data)
        if not self._writing:
            self._flush()

    def _flush(self) -> None:
        while self._queue:
            data, stream = self._queue[0]
            try:
                self._raw.sendmsg((data,), _send_info(stream))
            except InterruptedError:
                continue
            except BlockingIOError:
                if not self._writing:
                    self._loop.add_writer(self._fd, self._flush)
                    self._writing = True
                return
            except OSError as e:
                self._finish(e)
                return
            self._queue.popleft()
            self._queued -= len(data)
        if self._writing:
            self._loop.remove_writer(self._fd)
            self._writing = False
        if self._closing:
            self._finish(None)

    def get_write_buffer_size(self) -> int:
        return self._queued

    def can_write_eof(self) -> bool:
        return False

    # -- closing --------------------------------------------------------------------------

    def is_closing(self) -> bool:
        return self._closing

    def close(self) -> None:
        """Send what is queued, then shut the association down (SHUTDOWN)."""
        if self._closing:
            return
        self._closing = True
        self._stop_reading()
        if not self._queue:
            self._finish(None)
        else:  # a peer that never reads must not hold the association open
            self._close_timer = self._loop.call_later(self.close_timeout, self.abort)

    def abort(self) -> None:
        """End the association at once (ABORT), dropping what is queued."""
        if self._closed:
            return
        try:
            self._raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        self._finish(None)

    def _finish(self, exc: Exception | None) -> None:
        if self._closed:
            return
        if exc is not None:
            log.debug("%r: %s", self, exc)
        self._closed = self._closing = True
        if self._close_timer is not None:
            self._close_timer.cancel()
        self._stop_reading()
        if self._writing:
            self._loop.remove_writer(self._fd)
            self._writing = False
        self._queue.clear()
        self._queued = 0
        self._raw.close()
        self._loop.call_soon(self._protocol.connection_lost, exc)

    def get_protocol(self) -> asyncio.BaseProtocol:
        return self._protocol

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        if not isinstance(protocol, asyncio.Protocol):
            raise TypeError("an SCTP transport needs an asyncio.Protocol")
        self._protocol = protocol


# -- opening associations ---------------------------------------------------------------------


async def connect(
    protocol_factory: Callable[[], asyncio.Protocol],
    hosts: Sequence[str],
    port: int,
    *,
    local: Sequence[str] = (),
    streams: int = DEFAULT_STREAMS,
    params: SctpParameters | None = None,
) -> SctpTransport:
    """Open an association to every address of ``hosts`` (names resolve to all their
    addresses) on ``port``, from every address of ``local`` (none: the kernel chooses), with
    the association parameters ``params`` (None: ``SctpParameters()``)."""
    params = SctpParameters() if params is None else params
    loop = asyncio.get_running_loop()
    peers = await _resolve(hosts, port)
    mine = await _resolve(local, 0) if local else []
    sock = _open_socket(_family(peers + mine), streams, params)
    raw = sock.sock()
    transport: SctpTransport | None = None
    try:
        if mine:
            _bindx(raw, mine, 0)
        try:
            raw.setsockopt(socket.IPPROTO_SCTP, _SCTP_SOCKOPT_CONNECTX, pack_addresses([(a, port) for a in peers]))
        except BlockingIOError as e:
            if e.errno != errno.EINPROGRESS:
                raise
            await _writable(loop, raw.fileno())
        err = raw.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err:
            raise OSError(err, f"SCTP association to {', '.join(peers)} port {port}: {os.strerror(err)}")
        waiter: asyncio.Future[None] = loop.create_future()
        transport = SctpTransport(loop, sock, protocol_factory(), waiter)
        await waiter
        return transport
    except BaseException:
        if transport is not None:
            transport.abort()
        else:
            raw.close()
        raise


class SctpServer:
    """A listening one-to-one SCTP socket bound to one or several addresses (multi-homed);
    each association it accepts gets an :class:`SctpTransport` and a new protocol.

    When accept fails (out of file descriptors or memory: EMFILE, ENFILE, ENOBUFS, ENOMEM, or
    anything but an association aborted before it was accepted), the server stops watching its
    socket for :attr:`accept_delay` seconds, doubled at each failure in a row up to
    :attr:`max_accept_delay`, and logs one warning for the whole run of failures; the first
    association accepted again resets the delay. (Otherwise the loop would call accept again at
    once, as long as the queue holds associations: a busy loop and a flood of log lines.)"""

    #: seconds without accepting after a first failure (asyncio's TCP servers wait 1 s)
    accept_delay: float = 0.1
    #: the longest wait between two attempts
    max_accept_delay: float = 5.0

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        sock: sctp.sctpsocket_tcp,
        protocol_factory: Callable[[], asyncio.Protocol],
    ) -> None:
        self._loop = loop
        self._sock = sock
        self._raw = sock.sock()
        self._factory = protocol_factory
        self._closed = False
        self._delay = 0.0  # the last wait after a failed accept; 0 after a success
        self._failures = 0  # failed accepts in a row
        self._retry: asyncio.TimerHandle | None = None
        loop.add_reader(self._raw.fileno(), self._accept)

    @property
    def port(self) -> int:
        return int(self._raw.getsockname()[1])

    @property
    def sockets(self) -> tuple[socket.socket, ...]:
        return () if self._closed else (self._raw,)

    def addresses(self) -> list[tuple[str, int]]:
        """The addresses it is bound to."""
        return _plain(self._sock.getladdrs())

    def _accept(self) -> None:
        import sctp

        for _ in range(32):
            try:
                conn, _ = self._raw.accept()
            except (BlockingIOError, InterruptedError):
                return
            except (ConnectionAbortedError, ConnectionResetError) as e:  # gone before it was accepted
                log.debug("SCTP accept: %s", e)
                continue
            except OSError as e:  # out of file descriptors, for one
                self._back_off(e)
                return
            if self._failures:
                log.warning("SCTP accept works again, after %d failures", self._failures)
                self._failures = 0
            self._delay = 0.0
            try:
                conn.setblocking(False)
                sock = sctp.sctpsocket_tcp(self._raw.family, conn)
                sock.events.clear()
                SctpTransport(self._loop, sock, self._factory())
            except OSError as e:
                log.info("SCTP association lost before it started: %s", e)
                conn.close()

    def _back_off(self, e: OSError) -> None:
        self._failures += 1
        self._delay = min(self.max_accept_delay, self._delay * 2 if self._delay else self.accept_delay)
        if self._failures == 1:
            log.warning("SCTP accept: %s; trying again in %g s, less and less often while it fails", e, self._delay)
        else:
            log.debug("SCTP accept: %s (%d in a row); trying again in %g s", e, self._failures, self._delay)
        self._loop.remove_reader(self._raw.fileno())
        self._retry = self._loop.call_later(self._delay, self._resume)

    def _resume(self) -> None:
        self._retry = None
        if not self._closed:
            self._loop.add_reader(self._raw.fileno(), self._accept)

    def close(self) -> None:
        """Stop accepting (associations already open stay)."""
        if not self._closed:
            self._closed = True
            if self._retry is not None:
                self._retry.cancel()
                self._retry = None
            self._loop.remove_reader(self._raw.fileno())
            self._raw.close()

    async def wait_closed(self) -> None:
        return


async def create_server(
    protocol_factory: Callable[[], asyncio.Protocol],
    hosts: Sequence[str],
    port: int,
    *,
    streams: int = DEFAULT_STREAMS,
    backlog: int = 100,
    params: SctpParameters | None = None,
) -> SctpServer:
    """Listen on ``port`` (0: any free port) of every address of ``hosts`` (one multi-homed
    endpoint; ``""`` is every address of both families); the associations it accepts have the
    parameters ``params`` (None: ``SctpParameters()``)."""
    params = SctpParameters() if params is None else params
    loop = asyncio.get_running_loop()
    addresses = await _resolve(hosts, port)
    sock = _open_socket(_family(addresses), streams, params)
    raw = sock.sock()
    try:
        raw.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        _bindx(raw, addresses, port)
        raw.listen(backlog)
    except BaseException:
        raw.close()
        raise
    return SctpServer(loop, sock, protocol_factory)
