"""Diameter messages out of packet captures: pcap and pcapng files, TCP and SCTP reassembled.

:func:`read_capture` yields a :class:`CapturedMessage` for every Diameter message carried over
TCP (port 3868 and any other ports given) or SCTP (DATA chunks of PPID 46, or of the ports
given) in a capture, in the order they complete. TCP streams are reassembled per direction by
sequence number, so a message split across segments, or several messages in one segment, come
out whole; retransmitted bytes are used once. SCTP user messages fragmented over several DATA
chunks (RFC 9260 §6.9: the first with the B bit, the last with the E bit) are reassembled per
association direction and stream from consecutive TSNs, whatever order the chunks arrive in,
ordered and unordered alike; several chunks bundled in one packet are each read; a chunk seen
twice (a retransmission, by its TSN) is used once. Link types: Ethernet (with VLAN tags), Linux
cooked (SLL and SLL2), raw IP, BSD loopback. A capture that cannot be read raises
:class:`CaptureError`; a stream whose bytes are not Diameter is reported as a
:class:`CapturedMessage` with ``error`` set, and reading goes on with the other streams. A
message the capture does not hold whole is dropped without a report, over TCP and SCTP alike:
one cut short by the end of the capture, and over SCTP one whose B or E chunk or one of whose
fragments between them was not captured.
"""

from __future__ import annotations

import struct
from collections import deque
from collections.abc import Iterable, Iterator
from ipaddress import IPv4Address, IPv6Address
from typing import BinaryIO

import attrs

from .errors import DiameterError

__all__ = ["CaptureError", "CapturedMessage", "read_capture", "DIAMETER_PORT"]

DIAMETER_PORT = 3868
_SCTP_PPID_DIAMETER = 46
_TSN_MASK = 0xFFFFFFFF
_SCTP_B, _SCTP_E = 0x02, 0x01  # DATA chunk flags: first and last fragment (U is 0x04)


class CaptureError(DiameterError):
    """A file that is not a readable pcap or pcapng capture."""


@attrs.frozen
class CapturedMessage:
    """One message (or the bytes of a stream that could not be framed, with ``error``)."""

    data: bytes
    time: float
    source: str  # "address:port"
    destination: str
    transport: str  # "tcp" or "sctp"
    packet: int  # number (from 1) of the packet that completed the message
    error: str | None = None


# --- file formats ---------------------------------------------------------------------------


def _packets(f: BinaryIO) -> Iterator[tuple[int, float, bytes]]:
    """(link type, time, frame bytes) for every packet of a pcap or pcapng file."""
    head = f.read(4)
    if len(head) < 4:
        raise CaptureError("empty file")
    if head == b"\x0a\x0d\x0d\x0a":
        yield from _pcapng(f, head)
        return
    magic = head
    if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1"):
        e = "<"
    elif magic in (b"\xa1\xb2\xc3\xd4", b"\xa1\xb2\x3c\x4d"):
        e = ">"
    else:
        raise CaptureError(f"not a pcap or pcapng file (magic {head.hex()})")
    nano = magic in (b"\x4d\x3c\xb2\xa1", b"\xa1\xb2\x3c\x4d")
    rest = f.read(20)
    if len(rest) < 20:
        raise CaptureError("truncated pcap header")
    linktype = struct.unpack(e + "I", rest[16:20])[0] & 0x0FFFFFFF
    rec = struct.Struct(e + "IIII")
    while True:
        h = f.read(16)
        if not h:
            return
        if len(h) < 16:
            raise CaptureError("truncated pcap record header")
        sec, frac, incl, _orig = rec.unpack(h)
        data = f.read(incl)
        if len(data) < incl:
            raise CaptureError("truncated pcap record")
        yield linktype, sec + frac / (1e9 if nano else 1e6), data


def _pcapng(f: BinaryIO, first: bytes) -> Iterator[tuple[int, float, bytes]]:
    e = "<"
    interfaces: list[tuple[int, float]] = []  # (link type, seconds per tick)
    block_type = first
    while True:
        if block_type is None or len(block_type) < 4:
            return
        raw_len = f.read(4)
        if len(raw_len) < 4:
            raise CaptureError("truncated pcapng block")
        if block_type == b"\x0a\x0d\x0d\x0a":
            bom = f.read(4)
            e = "<" if bom == b"\x4d\x3c\x2b\x1a" else ">" if bom == b"\x1a\x2b\x3c\x4d" else ""
            if not e:
                raise CaptureError("bad pcapng byte-order magic")
            length = struct.unpack(e + "I", raw_len)[0]
            if length < 28 or length % 4:
                raise CaptureError(f"bad pcapng section header length {length}")
            f.read(length - 12)
            interfaces = []
        else:
            btype = struct.unpack(e + "I", block_type)[0]
            length = struct.unpack(e + "I", raw_len)[0]
            if length < 12 or length % 4:
                raise CaptureError(f"bad pcapng block length {length}")
            body = f.read(length - 8)
            if len(body) < length - 8:
                raise CaptureError("truncated pcapng block")
            body = body[:-4]
            if btype == 1:  # Interface Description Block
                linktype = struct.unpack(e + "H", body[:2])[0]
                resolution = 1e-6
                opts = body[8:]
                while len(opts) >= 4:
                    code, olen = struct.unpack(e + "HH", opts[:4])
                    if code == 0:
                        break
                    if code == 9 and olen >= 1:  # if_tsresol
                        v = opts[4]
                        resolution = 2.0 ** -(v & 0x7F) if v & 0x80 else 10.0**-v
                    opts = opts[4 + ((olen + 3) & ~3) :]
                interfaces.append((linktype, resolution))
            elif btype == 6:  # Enhanced Packet Block
                iface, hi, lo, cap, _orig = struct.unpack(e + "IIIII", body[:20])
                if iface >= len(interfaces):
                    raise CaptureError(f"packet on undeclared interface {iface}")
                linktype, res = interfaces[iface]
                yield linktype, ((hi << 32) | lo) * res, body[20 : 20 + cap]
            elif btype == 3:  # Simple Packet Block
                if not interfaces:
                    raise CaptureError("packet before any interface")
                yield interfaces[0][0], 0.0, body[4:]
            elif btype == 2:  # obsolete Packet Block
                iface, _drops, hi, lo, cap, _orig = struct.unpack(e + "HHIIII", body[:20])
                if iface >= len(interfaces):
                    raise CaptureError(f"packet on undeclared interface {iface}")
                linktype, res = interfaces[iface]
                yield linktype, ((hi << 32) | lo) * res, body[20 : 20 + cap]
        block_type = f.read(4)


# --- link and network layers ----------------------------------------------------------------


def _ip_payload(linktype: int, frame: bytes) -> bytes | None:
    """The IP packet inside a frame, or None for other protocols."""
    if linktype == 1:  # Ethernet
        off, etype = 14, struct.unpack("!H", frame[12:14])[0] if len(frame) >= 14 else 0
        while etype in (0x8100, 0x88A8) and len(frame) >= off + 4:  # VLAN tags
            etype = struct.unpack("!H", frame[off + 2 : off + 4])[0]
            off += 4
        return frame[off:] if etype in (0x0800, 0x86DD) else None
    if linktype == 113:  # Linux cooked capture (SLL)
        if len(frame) < 16:
            return None
        return frame[16:] if struct.unpack("!H", frame[14:16])[0] in (0x0800, 0x86DD) else None
    if linktype == 276:  # SLL2
        if len(frame) < 20:
            return None
        return frame[20:] if struct.unpack("!H", frame[0:2])[0] in (0x0800, 0x86DD) else None
    if linktype in (101, 12, 14, 228, 229):  # raw IP
        return frame
    if linktype in (0, 108):  # BSD loopback: 4-byte family in host or network order
        return frame[4:]
    return None


def _transport(ip: bytes) -> tuple[int, IPv4Address | IPv6Address, IPv4Address | IPv6Address, bytes] | None:
    """(protocol, source, destination, transport payload) of an IP packet."""
    if not ip:
        return None
    version = ip[0] >> 4
    if version == 4 and len(ip) >= 20:
        ihl = (ip[0] & 0x0F) * 4
        total = struct.unpack("!H", ip[2:4])[0]
        frag = struct.unpack("!H", ip[6:8])[0]
        if frag & 0x1FFF or frag & 0x2000:  # IP fragments are not reassembled
            return None
        return ip[9], IPv4Address(ip[12:16]), IPv4Address(ip[16:20]), ip[ihl : total if total >= ihl else len(ip)]
    if version == 6 and len(ip) >= 40:
        nxt = ip[6]
        plen = struct.unpack("!H", ip[4:6])[0]
        payload = ip[40 : 40 + plen]
        # skip hop-by-hop, routing and destination options headers
        while nxt in (0, 43, 60) and len(payload) >= 8:
            nxt, hlen = payload[0], (payload[1] + 1) * 8
            payload = payload[hlen:]
        return nxt, IPv6Address(ip[8:24]), IPv6Address(ip[24:40]), payload
    return None


def _endpoint(addr: IPv4Address | IPv6Address, port: int) -> str:
    return f"[{addr}]:{port}" if addr.version == 6 else f"{addr}:{port}"


# --- TCP reassembly ---------------------------------------------------------------------------


class _Stream:
    """One direction of a TCP connection: bytes in sequence order, framed into messages."""

    def __init__(self) -> None:
        self.next_seq: int | None = None
        self.pending: dict[int, bytes] = {}  # out-of-order segments by sequence number
        self.buffer = bytearray()
        self.broken: str | None = None

    def add(self, seq: int, data: bytes, syn: bool) -> None:
        if syn:
            self.next_seq = (seq + 1) & 0xFFFFFFFF
            if not data:
                return
            seq = self.next_seq
        if self.next_seq is None:
            self.next_seq = seq
        self.pending[seq] = max(data, self.pending.get(seq, b""), key=len)
        progressed = True
        while progressed:
            progressed = False
            for s in list(self.pending):
                d = self.pending[s]
                offset = (self.next_seq - s) & 0xFFFFFFFF
                if offset < 0x80000000:  # starts at or before next_seq
                    del self.pending[s]
                    if offset < len(d):
                        self.buffer += d[offset:]
                        self.next_seq = (self.next_seq + len(d) - offset) & 0xFFFFFFFF
                    progressed = True

    def messages(self) -> Iterator[bytes | str]:
        """Whole messages from the buffer; a string for bytes that are not Diameter."""
        while not self.broken and len(self.buffer) >= 4:
            if self.buffer[0] != 1:
                self.broken = f"stream is not Diameter (version byte {self.buffer[0]})"
                yield self.broken
                return
            length = int.from_bytes(self.buffer[1:4], "big")
            if length < 20 or length % 4:
                self.broken = f"invalid Message Length {length}"
                yield self.broken
                return
            if len(self.buffer) < length:
                return
            msg = bytes(self.buffer[:length])
            del self.buffer[:length]
            yield msg


# --- SCTP reassembly --------------------------------------------------------------------------


class _SctpStream:
    """The fragments of one stream of one association direction, joined by consecutive TSNs.

    Runs of fragments with consecutive TSNs that belong to one user message (no E bit before
    the last of the run, no B bit after its first) are kept by their first and last TSN, so each
    chunk costs the same however many fragments a message has.
    """

    def __init__(self) -> None:
        self.fragments: dict[int, tuple[int, bytes]] = {}  # TSN -> (flags, user data)
        self.run_last: dict[int, int] = {}  # first TSN of a run -> its last TSN
        self.run_first: dict[int, int] = {}  # last TSN of a run -> its first TSN

    def add(self, tsn: int, flags: int, data: bytes) -> bytes | None:
        """Takes one DATA chunk; the whole user message when this chunk completes one."""
        if tsn in self.fragments:
            return None
        self.fragments[tsn] = (flags, data)
        first = last = tsn
        before, after = (tsn - 1) & _TSN_MASK, (tsn + 1) & _TSN_MASK
        if not flags & _SCTP_B and before in self.run_first and not self.fragments[before][0] & _SCTP_E:
            first = self.run_first.pop(before)
        if not flags & _SCTP_E and after in self.run_last and not self.fragments[after][0] & _SCTP_B:
            last = self.run_last.pop(after)
        if self.fragments[first][0] & _SCTP_B and self.fragments[last][0] & _SCTP_E:
            self.run_last.pop(first, None)
            self.run_first.pop(last, None)
            parts = []
            t = first
            while True:
                parts.append(self.fragments.pop(t)[1])
                if t == last:
                    return b"".join(parts)
                t = (t + 1) & _TSN_MASK
        self.run_last[first] = last
        self.run_first[last] = first
        return None


class _SctpDirection:
    """One direction of an SCTP association: its DATA chunks, each TSN taken once."""

    SEEN = 1 << 16  # TSNs remembered against retransmissions (far more than a peer's window)

    def __init__(self) -> None:
        self.seen: set[int] = set()
        self.order: deque[int] = deque()
        self.streams: dict[int, _SctpStream] = {}

    def add(self, tsn: int, stream: int, flags: int, data: bytes) -> bytes | None:
        if tsn in self.seen:
            return None
        self.seen.add(tsn)
        self.order.append(tsn)
        if len(self.order) > self.SEEN:
            self.seen.discard(self.order.popleft())
        return self.streams.setdefault(stream, _SctpStream()).add(tsn, flags, data)


def read_capture(source: str | BinaryIO, ports: Iterable[int] = ()) -> Iterator[CapturedMessage]:
    """Every Diameter message in a pcap/pcapng file (path or binary file object)."""
    if isinstance(source, str):
        with open(source, "rb") as f:
            yield from read_capture(f, ports)
        return
    port_set = {DIAMETER_PORT, *ports}
    streams: dict[tuple[str, str], _Stream] = {}
    associations: dict[tuple[int | str, int | str, int], _SctpDirection] = {}
    for number, (linktype, when, frame) in enumerate(_packets(source), 1):
        ip = _ip_payload(linktype, frame)
        if ip is None:
            continue
        t = _transport(ip)
        if t is None:
            continue
        proto, src, dst, payload = t
        if proto == 6 and len(payload) >= 20:  # TCP
            sport, dport, seq = struct.unpack("!HHI", payload[:8])
            if sport not in port_set and dport not in port_set:
                continue
            off = (payload[12] >> 4) * 4
            flags = payload[13]
            key = (_endpoint(src, sport), _endpoint(dst, dport))
            stream = streams.setdefault(key, _Stream())
            stream.add(seq, payload[off:], bool(flags & 0x02))
            for m in stream.messages():
                if isinstance(m, str):
                    yield CapturedMessage(bytes(stream.buffer[:64]), when, key[0], key[1], "tcp", number, m)
                else:
                    yield CapturedMessage(m, when, key[0], key[1], "tcp", number)
        elif proto == 132 and len(payload) >= 12:  # SCTP: DATA chunks, fragments reassembled
            sport, dport, vtag = struct.unpack("!HHI", payload[:8])
            here, there = _endpoint(src, sport), _endpoint(dst, dport)
            # An association direction is known by its ports and verification tag, so the paths
            # of a multi-homed association are one; the tag is never 0 on DATA chunks of a real
            # association, but is in captures made up by tools (text2pcap), so the addresses
            # tell those apart.
            akey = (sport, dport, vtag) if vtag else (here, there, 0)
            pos = 12
            while pos + 4 <= len(payload):
                ctype, cflags, clen = struct.unpack("!BBH", payload[pos : pos + 4])
                if clen < 4 or pos + clen > len(payload):  # (a chunk the capture cut short: not used)
                    break
                if ctype == 0 and clen >= 16:  # DATA
                    tsn, sid, _ssn, ppid = struct.unpack("!IHHI", payload[pos + 4 : pos + 16])
                    if ppid == _SCTP_PPID_DIAMETER or sport in port_set or dport in port_set:
                        direction = associations.get(akey)
                        if direction is None:
                            direction = associations[akey] = _SctpDirection()
                        whole = direction.add(tsn, sid, cflags, bytes(payload[pos + 16 : pos + clen]))
                        if whole is not None:
                            yield CapturedMessage(whole, when, here, there, "sctp", number)
                pos += (clen + 3) & ~3
