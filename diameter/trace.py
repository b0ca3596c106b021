"""Traces: every message a node sends and receives, written as a pcapng capture.

A :class:`PcapngTrace` given to a node (``Node(trace=...)``, ``diameter serve --trace``) writes
each chunk of bytes read from or written to a connection as one packet, with its time: over TCP
a segment of a TCP stream whose sequence numbers follow the bytes (so Wireshark and tshark
reassemble the messages, and ``diameter decode -f`` reads them back), over SCTP one DATA chunk
per message with Payload Protocol Identifier 46 (fragments in several chunks when it is larger
than an IP packet holds). The IP and TCP/SCTP headers are made up from
the connection's addresses and ports (link type raw IP), as a capture on the host would show
them; the checksums are left at zero (Wireshark does not check them by default).

tshark dissects TCP port 3868 as Diameter; for another port, ``-d tcp.port==PORT,diameter``
(and ``diameter decode -f TRACE -p PORT``).
"""

from __future__ import annotations

import os
import struct
import time
from ipaddress import IPv4Address, IPv6Address, ip_address
from pathlib import Path
from typing import IO, Any

__all__ = ["PcapngTrace"]

_LINKTYPE_RAW = 101
_MAX_SEGMENT = 65000  # TCP payload per packet (an IP packet is at most 65,535 bytes)
_IPPROTO_TCP = 6
_IPPROTO_SCTP = 132
_DIAMETER_PPID = 46


def _block(kind: int, body: bytes) -> bytes:
    pad = b"\x00" * (-len(body) & 3)
    n = 12 + len(body) + len(pad)
    return struct.pack("<II", kind, n) + body + pad + struct.pack("<I", n)


def _checksum(header: bytes) -> int:
    s: int = sum(struct.unpack(f"!{len(header) // 2}H", header))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


class _Flow:
    """One connection as the trace shows it: its two endpoints and the next sequence number
    (TCP) or TSN (SCTP) of each direction."""

    __slots__ = ("local", "remote", "sctp", "seq", "ident")

    def __init__(self, local: tuple[Any, int], remote: tuple[Any, int], sctp: bool) -> None:
        self.local = local
        self.remote = remote
        self.sctp = sctp
        start = int.from_bytes(os.urandom(4), "big")
        self.seq = {True: start, False: start ^ 0x5A5A5A5A}  # by "sent"
        self.ident = 0


class PcapngTrace:
    """A pcapng file of a node's messages. ``close`` it (or use it as a context manager) to
    have everything on disk; each packet is flushed as it is written, so a trace read while
    the node runs holds what it has done so far."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._f: IO[bytes] | None = self.path.open("wb")
        shb = struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1)
        idb = struct.pack("<HHI", _LINKTYPE_RAW, 0, 0)
        idb += struct.pack("<HHB3x", 9, 1, 6) + struct.pack("<HH", 0, 0)  # if_tsresol: microseconds
        self._f.write(_block(0x0A0D0D0A, shb) + _block(1, idb))
        self._f.flush()
        self._flows: dict[object, _Flow] = {}
        #: packets written
        self.packets = 0

    def __enter__(self) -> PcapngTrace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._f is not None:
            self._f.close()
            self._f = None

    def open(self, key: object, local: Any, remote: Any, *, sctp: bool = False) -> None:
        """A connection ``key`` between ``local`` and ``remote`` (socket addresses, as
        ``getsockname()`` / ``getpeername()`` give them)."""
        self._flows[key] = _Flow(_endpoint(local), _endpoint(remote), sctp)

    def closed(self, key: object) -> None:
        self._flows.pop(key, None)

    def sent(self, key: object, data: bytes) -> None:
        self._write(key, data, True)

    def received(self, key: object, data: bytes) -> None:
        self._write(key, data, False)

    def _write(self, key: object, data: bytes, sent: bool) -> None:
        flow = self._flows.get(key)
        if flow is None or self._f is None:
            return
        src, dst = (flow.local, flow.remote) if sent else (flow.remote, flow.local)
        now = time.time_ns() // 1000
        out = bytearray()
        if flow.sctp:
            # one message, in DATA chunks of consecutive TSNs (B on the first, E on the last)
            # where it does not fit one; one stream sequence number for them all
            ssn = flow.ident & 0xFFFF
            parts = [data[i : i + _MAX_SEGMENT] for i in range(0, max(len(data), 1), _MAX_SEGMENT)]
            for i, part in enumerate(parts):
                tsn = flow.seq[sent]
                flow.seq[sent] = (tsn + 1) & 0xFFFFFFFF
                flags = (0x02 if i == 0 else 0) | (0x01 if i == len(parts) - 1 else 0)
                chunk = struct.pack("!BBHIHHI", 0, flags, 16 + len(part), tsn, 0, ssn, _DIAMETER_PPID)
                chunk += part + b"\x00" * (-len(part) & 3)
                payload = struct.pack("!HHII", src[1], dst[1], 0, 0) + chunk
                out += self._packet(flow, src[0], dst[0], _IPPROTO_SCTP, payload, now)
        else:
            for i in range(0, max(len(data), 1), _MAX_SEGMENT):
                part = data[i : i + _MAX_SEGMENT]
                seq = flow.seq[sent]
                flow.seq[sent] = (seq + len(part)) & 0xFFFFFFFF
                ack = flow.seq[not sent]
                tcp = struct.pack("!HHIIBBHHH", src[1], dst[1], seq, ack, 5 << 4, 0x18, 65535, 0, 0)
                out += self._packet(flow, src[0], dst[0], _IPPROTO_TCP, tcp + part, now)
        self._f.write(out)
        self._f.flush()

    def _packet(
        self,
        flow: _Flow,
        src: IPv4Address | IPv6Address,
        dst: IPv4Address | IPv6Address,
        proto: int,
        payload: bytes,
        now: int,
    ) -> bytes:
        flow.ident = (flow.ident + 1) & 0xFFFF
        if isinstance(src, IPv4Address) and isinstance(dst, IPv4Address):
            header = struct.pack(
                "!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), flow.ident, 0x4000, 64, proto, 0, src.packed, dst.packed
            )
            header = header[:10] + struct.pack("!H", _checksum(header)) + header[12:]
        else:
            header = struct.pack("!IHBB16s16s", 0x60000000, len(payload), proto, 64, _v6(src), _v6(dst))
        frame = header + payload
        self.packets += 1
        epb = struct.pack("<IIIII", 0, now >> 32, now & 0xFFFFFFFF, len(frame), len(frame)) + frame
        return _block(6, epb)


def _v6(a: IPv4Address | IPv6Address) -> bytes:
    return a.packed if isinstance(a, IPv6Address) else IPv6Address(f"::ffff:{a}").packed


def _endpoint(addr: Any) -> tuple[IPv4Address | IPv6Address, int]:
    """(address, port) of a socket address; an unknown one as 0.0.0.0 port 0."""
    try:
        host, port = addr[0], int(addr[1])
        return ip_address(host.split("%")[0]), port
    except (TypeError, ValueError, IndexError):
        return IPv4Address(0), 0
