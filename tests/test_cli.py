"""`diameter decode`: hex, raw binary, pcap and pcapng input; errors; TCP and SCTP reassembly."""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import subprocess
import sys
from ipaddress import IPv4Address
from pathlib import Path

import pytest

import diameter
from diameter.apps.base import ACR, CEA, CER, DWA, DWR, AccountingRecordType
from diameter.capture import CapturedMessage, read_capture

MSGS = [
    diameter.encode(DWR(origin_host="client.example.com", origin_realm="example.com", hop_by_hop=1, end_to_end=1)),
    diameter.encode(
        DWA(result_code=2001, origin_host="server.example.com", origin_realm="example.com", hop_by_hop=1, end_to_end=1)
    ),
    diameter.encode(
        ACR(
            session_id="s;1",
            origin_host="client.example.com",
            origin_realm="example.com",
            destination_realm="example.net",
            accounting_record_type=AccountingRecordType.EVENT_RECORD,
            accounting_record_number=7,
            hop_by_hop=2,
            end_to_end=2,
        )
    ),
]
BAD = bytes.fromhex("0100001880000118000000000000000000000000" + "00000108")  # AVP header cut short


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    r = subprocess.run(
        [sys.executable, "-m", "diameter.cli", "decode", *args], input=stdin, capture_output=True, timeout=120
    )
    return subprocess.CompletedProcess(r.args, r.returncode, r.stdout.decode(), r.stderr.decode())


# --- a minimal capture writer for the tests: Ethernet / IPv4 / TCP ----------------------------


def _checksum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\x00"
    s: int = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def tcp_frame(src: str, sport: int, dst: str, dport: int, seq: int, payload: bytes, flags: int = 0x18) -> bytes:
    s, d = IPv4Address(src).packed, IPv4Address(dst).packed
    tcp = struct.pack("!HHIIBBHHH", sport, dport, seq, 0, 5 << 4, flags, 65535, 0, 0) + payload
    csum = _checksum(s + d + struct.pack("!BBH", 0, 6, len(tcp)) + tcp)
    tcp = tcp[:16] + struct.pack("!H", csum) + tcp[18:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 0, 0x4000, 64, 6, 0, s, d)
    ip = ip[:10] + struct.pack("!H", _checksum(ip)) + ip[12:]
    return b"\x02\x00\x00\x00\x00\x02\x02\x00\x00\x00\x00\x01\x08\x00" + ip + tcp


def pcap(frames: list[bytes]) -> bytes:
    out = struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)
    for i, f in enumerate(frames):
        out += struct.pack("<IIII", 1700000000 + i, 0, len(f), len(f)) + f
    return out


def pcapng(frames: list[bytes]) -> bytes:
    def block(btype: int, body: bytes) -> bytes:
        body += b"\x00" * (-len(body) % 4)
        return struct.pack("<II", btype, len(body) + 12) + body + struct.pack("<I", len(body) + 12)

    out = block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1))
    out += block(1, struct.pack("<HHI", 1, 0, 65535))
    for i, f in enumerate(frames):
        ts = (1700000000 + i) * 1_000_000
        out += block(6, struct.pack("<IIIII", 0, ts >> 32, ts & 0xFFFFFFFF, len(f), len(f)) + f)
    return out


def conversation() -> list[bytes]:
    """client -> server: SYN, DWR split in two segments (second sent first, then retransmitted),
    ACR and a second copy of its first half (a retransmission); server -> client: DWA."""
    c, s = ("10.0.0.1", 40000), ("10.0.0.2", 3868)
    dwr, dwa, acr = MSGS
    seq = 1000
    frames = [tcp_frame(*c, *s, seq, b"", flags=0x02)]
    seq += 1
    first, second = dwr[:30], dwr[30:]
    frames.append(tcp_frame(*c, *s, seq + len(first), second))  # out of order
    frames.append(tcp_frame(*c, *s, seq, first))
    frames.append(tcp_frame(*c, *s, seq + len(first), second))  # retransmission
    seq += len(dwr)
    frames.append(tcp_frame(*s, *c, 5000, dwa))
    frames.append(tcp_frame(*c, *s, seq, acr[:40]))
    frames.append(tcp_frame(*c, *s, seq, acr))  # retransmission that also carries the rest
    return frames


@pytest.mark.parametrize("fmt", [pcap, pcapng], ids=["pcap", "pcapng"])
def test_capture_reader_reassembles_tcp(fmt: object) -> None:
    data = fmt(conversation())  # type: ignore[operator]
    got = list(read_capture(io.BytesIO(data)))
    assert [m.data for m in got] == MSGS
    assert [m.error for m in got] == [None, None, None]
    assert (got[0].source, got[0].destination, got[0].transport) == ("10.0.0.1:40000", "10.0.0.2:3868", "tcp")
    assert got[1].source == "10.0.0.2:3868" and got[0].packet == 3


def test_decode_capture_file_tree_and_json(tmp_path: Path) -> None:
    f = tmp_path / "c.pcap"
    f.write_bytes(pcap(conversation()))
    r = run("--file", str(f))
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("Device-Watchdog-Request (DWR)") == 1
    assert "Device-Watchdog-Answer (DWA)" in r.stdout and "Accounting-Request (ACR)" in r.stdout
    assert "# packet 3, 10.0.0.1:40000 -> 10.0.0.2:3868 (tcp" in r.stdout
    r = run("--json", "--file", str(f))
    doc = json.loads(r.stdout)
    assert [d["command"] for d in doc] == ["Device-Watchdog-Request", "Device-Watchdog-Answer", "Accounting-Request"]
    assert doc[2]["accounting_record_type"] == "EVENT_RECORD"


def test_other_ports_are_read_only_when_given(tmp_path: Path) -> None:
    frames = [tcp_frame("10.0.0.1", 40000, "10.0.0.2", 3869, 1, MSGS[0])]
    f = tmp_path / "p.pcap"
    f.write_bytes(pcap(frames))
    assert run("--file", str(f)).stdout == ""
    assert "Device-Watchdog-Request" in run("--file", str(f), "--port", "3869").stdout


# --- SCTP: DATA chunks, user messages fragmented over several of them (RFC 9260 §6.9) -------

CER_MSG = diameter.encode(
    CER(
        origin_host="client.example.com",
        origin_realm="example.com",
        host_ip_address=(IPv4Address("192.0.2.1"),),
        vendor_id=0,
        product_name="capture-test",
        auth_application_id=(4,),
        hop_by_hop=7,
        end_to_end=7,
    )
)
CLIENT, SERVER = ("10.0.0.1", 40000), ("10.0.0.2", 3868)
SCTP_B, SCTP_E, SCTP_U = 0x02, 0x01, 0x04


def _crc32c(data: bytes) -> int:
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def data_chunk(
    tsn: int, payload: bytes, flags: int = SCTP_B | SCTP_E, sid: int = 0, ssn: int = 0, ppid: int = 46
) -> bytes:
    chunk = struct.pack("!BBHIHHI", 0, flags, 16 + len(payload), tsn, sid, ssn, ppid) + payload
    return chunk + b"\x00" * (-len(chunk) % 4)


def sctp_frame(src: str, sport: int, dst: str, dport: int, chunks: list[bytes], vtag: int = 0x5EC7A900) -> bytes:
    s, d = IPv4Address(src).packed, IPv4Address(dst).packed
    sctp = struct.pack("!HHII", sport, dport, vtag, 0) + b"".join(chunks)
    sctp = sctp[:8] + struct.pack("<I", _crc32c(sctp)) + sctp[12:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(sctp), 0, 0x4000, 64, 132, 0, s, d)
    ip = ip[:10] + struct.pack("!H", _checksum(ip)) + ip[12:]
    return b"\x02\x00\x00\x00\x00\x02\x02\x00\x00\x00\x00\x01\x08\x00" + ip + sctp


def fragments(msg: bytes, tsn: int, n: int, sid: int = 0, ssn: int = 0, flags: int = 0, ppid: int = 46) -> list[bytes]:
    """``msg`` cut into ``n`` DATA chunks of consecutive TSNs from ``tsn`` (wrapping at 2**32)."""
    size = -(-len(msg) // n)
    pieces = [msg[i * size : (i + 1) * size] for i in range(n)]
    assert all(pieces) and b"".join(pieces) == msg
    return [
        data_chunk(
            (tsn + i) & 0xFFFFFFFF,
            piece,
            flags | (SCTP_B if i == 0 else 0) | (SCTP_E if i == n - 1 else 0),
            sid,
            ssn,
            ppid,
        )
        for i, piece in enumerate(pieces)
    ]


def read(frames: list[bytes], ports: tuple[int, ...] = ()) -> list[CapturedMessage]:
    return list(read_capture(io.BytesIO(pcap(frames)), ports))


@pytest.mark.parametrize("fmt", [pcap, pcapng], ids=["pcap", "pcapng"])
@pytest.mark.parametrize(("n", "tsn"), [(2, 1000), (3, 0xFFFFFFFF)], ids=["2-chunks", "3-chunks-tsn-wraps"])
def test_sctp_message_over_several_data_chunks(fmt: object, n: int, tsn: int) -> None:
    frames = [sctp_frame(*CLIENT, *SERVER, [c]) for c in fragments(CER_MSG, tsn, n)]
    got = list(read_capture(io.BytesIO(fmt(frames))))  # type: ignore[operator]
    assert [m.data for m in got] == [CER_MSG]
    [m] = got
    assert (m.source, m.destination, m.transport, m.packet, m.error) == (
        "10.0.0.1:40000",
        "10.0.0.2:3868",
        "sctp",
        n,
        None,
    )
    assert m.time == 1700000000 + n - 1  # the time of the packet that completed the message
    cer = diameter.decode(m.data)
    assert isinstance(cer, CER) and cer.product_name == "capture-test" and cer.auth_application_id == (4,)


def test_sctp_streams_interleave_bundled_and_unordered() -> None:
    # client -> server: a whole ACR (TSN 99) bundled with the first of three fragments of the CER
    # on stream 1 (TSNs 100-102); an unordered DWR in two fragments on stream 2 (TSNs 103-104),
    # its chunks between those of the CER, one bundled with a CER fragment. Server -> client,
    # with the same TSNs but its own verification tag: a DWA in two fragments.
    cer = fragments(CER_MSG, 100, 3, sid=1, ssn=5)
    dwr = fragments(MSGS[0], 103, 2, sid=2, flags=SCTP_U)
    dwa = fragments(MSGS[1], 100, 2)
    frames = [
        sctp_frame(*CLIENT, *SERVER, [data_chunk(99, MSGS[2], sid=1, ssn=4), cer[0]]),
        sctp_frame(*CLIENT, *SERVER, [dwr[0]]),
        sctp_frame(*SERVER, *CLIENT, [dwa[0]], vtag=0x0BADCAFE),
        sctp_frame(*CLIENT, *SERVER, [cer[1], dwr[1]]),
        sctp_frame(*SERVER, *CLIENT, [dwa[1]], vtag=0x0BADCAFE),
        sctp_frame(*CLIENT, *SERVER, [cer[2]]),
    ]
    got = read(frames)
    assert [(m.data, m.packet) for m in got] == [(MSGS[2], 1), (MSGS[0], 4), (MSGS[1], 5), (CER_MSG, 6)]
    assert got[2].source == "10.0.0.2:3868" and all(m.error is None for m in got)
    assert [type(diameter.decode(m.data)).__name__ for m in got] == [c.__name__ for c in (ACR, DWR, DWA, CER)]


def test_sctp_retransmitted_chunks_are_used_once() -> None:
    cer = fragments(CER_MSG, 10, 3)
    frames = [sctp_frame(*CLIENT, *SERVER, [c]) for c in (cer[0], cer[1], cer[1], cer[2])]
    frames.append(sctp_frame(*CLIENT, *SERVER, [cer[2]]))  # after the message completed
    frames.append(sctp_frame(*CLIENT, *SERVER, [cer[0], cer[1]]))  # a whole retransmitted run
    whole = data_chunk(13, MSGS[0])
    frames += [sctp_frame(*CLIENT, *SERVER, [whole]), sctp_frame(*CLIENT, *SERVER, [whole])]
    got = read(frames)
    assert [(m.data, m.packet) for m in got] == [(CER_MSG, 4), (MSGS[0], 7)]


def test_sctp_chunks_out_of_tsn_order() -> None:
    cer = fragments(CER_MSG, 500, 3)
    acr = fragments(MSGS[2], 503, 2)
    order = [cer[2], acr[1], cer[0], acr[0], cer[1]]
    got = read([sctp_frame(*CLIENT, *SERVER, [c]) for c in order])
    assert [(m.data, m.packet) for m in got] == [(MSGS[2], 4), (CER_MSG, 5)]
    # all in one packet, last fragment first
    got = read([sctp_frame(*CLIENT, *SERVER, order)])
    assert [m.data for m in got] == [MSGS[2], CER_MSG]


def test_sctp_incomplete_message_is_dropped_like_a_cut_tcp_stream(tmp_path: Path) -> None:
    # a run without its E chunk at the end of the capture, a B and an E chunk without the middle
    # one, fragments without their B chunk, a B and an E chunk of consecutive TSNs on two
    # streams: none is a message; the DWR between them is
    cer = fragments(CER_MSG, 20, 3)
    acr = fragments(MSGS[2], 40, 3)
    frames = [sctp_frame(*CLIENT, *SERVER, [c]) for c in (acr[0], acr[2], cer[1], cer[2])]
    frames.append(
        sctp_frame(
            *CLIENT, *SERVER, [data_chunk(80, MSGS[2][:40], SCTP_B, sid=1), data_chunk(81, MSGS[2][40:], SCTP_E, sid=2)]
        )
    )
    frames.append(sctp_frame(*CLIENT, *SERVER, [data_chunk(60, MSGS[0])]))
    frames += [sctp_frame(*SERVER, *CLIENT, [c], vtag=7) for c in fragments(MSGS[1], 1, 3)[:2]]
    got = read(frames)
    assert [(m.data, m.error) for m in got] == [(MSGS[0], None)]
    # the TCP path does the same with a message the end of the capture cut short
    assert read([tcp_frame(*CLIENT, *SERVER, 1, MSGS[0] + MSGS[2][:30])]) == [
        CapturedMessage(MSGS[0], 1700000000.0, "10.0.0.1:40000", "10.0.0.2:3868", "tcp", 1)
    ]
    f = tmp_path / "cut.pcap"
    f.write_bytes(pcap(frames))
    r = run("-f", str(f))
    assert r.returncode == 0 and r.stderr == "" and r.stdout.count("\n# ") + r.stdout.startswith("# ") == 1


def test_sctp_chunks_the_capture_cut_short_are_not_used() -> None:
    # a capture that kept only the first bytes of a frame (its snapshot length): the chunk
    # cut short gives no message, nor does a message one of whose fragments it was
    cer = fragments(CER_MSG, 20, 2)
    whole = [sctp_frame(*CLIENT, *SERVER, [c]) for c in cer]
    assert [m.data for m in read(whole)] == [CER_MSG]
    assert read([whole[0], whole[1][:-5]]) == []
    assert read([sctp_frame(*CLIENT, *SERVER, [data_chunk(1, MSGS[0])])[:-3]]) == []


def test_sctp_ppid_and_ports() -> None:
    # PPID 46 on any ports; another PPID (18, S1AP) only on the Diameter port or the ports given
    frames = [sctp_frame("10.0.0.1", 36412, "10.0.0.2", 36412, [c]) for c in fragments(MSGS[2], 1, 2, ppid=18)]
    frames += [sctp_frame("10.0.0.1", 5000, "10.0.0.2", 5001, [c]) for c in fragments(CER_MSG, 1, 2)]
    frames += [sctp_frame(*CLIENT, *SERVER, [c]) for c in fragments(MSGS[0], 1, 2, ppid=0)]
    assert [m.data for m in read(frames)] == [CER_MSG, MSGS[0]]
    assert [m.data for m in read(frames, (36412,))] == [MSGS[2], CER_MSG, MSGS[0]]


def test_sctp_verification_tag_0_associations_are_told_apart_by_address() -> None:
    # text2pcap -S writes tag 0 and TSNs from 0 for every association: two clients on the same
    # ports are not one association whose second chunk of TSN 0 is a retransmission
    frames = [
        sctp_frame(*CLIENT, *SERVER, [data_chunk(0, MSGS[0])], vtag=0),
        sctp_frame("10.0.0.3", CLIENT[1], *SERVER, [data_chunk(0, MSGS[2])], vtag=0),
    ]
    assert [(m.data, m.source) for m in read(frames)] == [(MSGS[0], "10.0.0.1:40000"), (MSGS[2], "10.0.0.3:40000")]
    # with a tag, an association's paths (multi-homing) are one: a fragment over the other path
    cer = fragments(CER_MSG, 1, 2)
    frames = [
        sctp_frame(*CLIENT, *SERVER, [cer[0]]),
        sctp_frame("10.0.1.1", CLIENT[1], "10.0.1.2", SERVER[1], [cer[1]]),
    ]
    assert [(m.data, m.source) for m in read(frames)] == [(CER_MSG, "10.0.1.1:40000")]


def test_decode_sctp_fragments_and_tshark_agrees(tmp_path: Path) -> None:
    f = tmp_path / "sctp2.pcap"
    f.write_bytes(pcap([sctp_frame(*CLIENT, *SERVER, [c]) for c in fragments(CER_MSG, 1000, 2)]))
    r = run("-f", str(f))
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("Capabilities-Exchange-Request (CER)") == 1
    assert "# packet 2, 10.0.0.1:40000 -> 10.0.0.2:3868 (sctp" in r.stdout and "capture-test" in r.stdout
    if shutil.which("tshark") is None:
        reason = "tshark not installed (Debian/Ubuntu: apt-get install tshark)"
        print(f"SKIPPED tshark's count of the SCTP capture: {reason}")
        pytest.skip(reason)
    # a configuration directory of its own: the user's Wireshark preferences do not apply
    env = dict(os.environ, WIRESHARK_CONFIG_DIR=str(tmp_path / "config"), LC_ALL="C.UTF-8", TZ="UTC")
    (tmp_path / "config").mkdir()
    done = subprocess.run(
        [
            "tshark",
            "-n",
            "-r",
            str(f),
            "-o",
            "sctp.reassembly:TRUE",
            "-Y",
            "diameter",
            "-T",
            "fields",
            "-e",
            "diameter.hopbyhopid",
            "-e",
            "diameter.cmd.code",
        ],
        capture_output=True,
        encoding="utf-8",
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = [line.split("\t") for line in done.stdout.splitlines() if line.strip()]
    assert rows == [["0x00000007", "257"]], done.stdout  # one CER, in the packet that completes it
    assert len(rows) == len(list(read_capture(str(f))))


def test_hex_arguments_stdin_and_raw_binary(tmp_path: Path) -> None:
    r = run(MSGS[0].hex(), MSGS[1].hex(" "))
    assert r.returncode == 0 and "Device-Watchdog-Request" in r.stdout and "Device-Watchdog-Answer" in r.stdout
    r = run(stdin=(MSGS[0].hex() + "\n# a comment\n" + MSGS[2].hex() + "\n").encode())
    assert r.returncode == 0 and "Accounting-Request" in r.stdout
    raw = tmp_path / "raw.bin"
    raw.write_bytes(b"".join(MSGS))
    r = run("-f", str(raw))
    assert r.returncode == 0 and "offset 0" in r.stdout and f"offset {len(MSGS[0])}" in r.stdout
    r = run(stdin=b"".join(MSGS))
    assert r.returncode == 0 and r.stdout.count("\n# ") + r.stdout.startswith("# ") == 3


def test_bad_messages_are_reported_and_decoding_goes_on(tmp_path: Path) -> None:
    r = run(BAD.hex(), MSGS[0].hex(), "zz")
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert lines[0].startswith("argument 1 line 1:") and "at byte 20" in lines[0]
    assert "Result-Code 5014 DIAMETER_INVALID_AVP_LENGTH (permanent failure)" in lines[0]
    assert "argument 3 line 1: not hex" in lines[1]
    assert "Device-Watchdog-Request (DWR)" in r.stdout
    missing = diameter.encode(
        CEA(
            result_code=2001,
            origin_host="h",
            origin_realm="r",
            host_ip_address=(IPv4Address("192.0.2.1"),),
            vendor_id=0,
            product_name="p",
        )
    )
    # drop Product-Name (the last AVP) and fix the length: 5005 with the AVP named
    cut = bytearray(missing[:-12])
    cut[1:4] = len(cut).to_bytes(3, "big")
    r = run(bytes(cut).hex())
    assert "Product-Name is missing" in r.stderr and "Result-Code 5005 DIAMETER_MISSING_AVP" in r.stderr
    f = tmp_path / "junk.bin"
    f.write_bytes(MSGS[0] + b"\x02garbage-garbage-garbage")
    r = run("-f", str(f))
    assert r.returncode == 1 and "Device-Watchdog-Request" in r.stdout and "version byte 2" in r.stderr
    f.write_bytes(b"\x0a\x0d\x0d\x0a\x00\x00")
    r = run("-f", str(f))
    assert r.returncode == 1 and "unreadable capture" in r.stderr


@pytest.mark.skipif(shutil.which("text2pcap") is None, reason="text2pcap (Debian wireshark-common) is not installed")
def test_capture_written_by_text2pcap_as_pcapng(tmp_path: Path) -> None:
    # an independent writer: text2pcap builds Ethernet/IP/TCP headers and pcapng blocks itself
    dump = tmp_path / "dump.txt"
    dump.write_text("".join("0000 " + " ".join(f"{b:02x}" for b in m) + "\n" for m in (MSGS[0], MSGS[2])))
    out = tmp_path / "t.pcapng"
    subprocess.run(
        ["text2pcap", "-q", "-n", "-T", "40000,3868", str(dump), str(out)], check=True, timeout=60, capture_output=True
    )
    r = run("-f", str(out))
    assert r.returncode == 0, r.stderr
    assert "Device-Watchdog-Request" in r.stdout and "Accounting-Request" in r.stdout


ACME_DIA = """\
@name acme_cli
@id 16777700
@vendor 99997 Acme
@inherits base
@avps
Acme-Colour      7001  Enumerated   MV
Acme-Weight      7002  Unsigned32   MV
@enum Acme-Colour
RED      1
GREEN    2
@messages
<Acme-Request> (AMR) ::= < Diameter Header: 8388700, REQ, PXY >
    < Session-Id >
    { Origin-Host }
    { Origin-Realm }
    { Acme-Colour }
    [ Acme-Weight ]
  * [ AVP ]
"""


def _acme_request() -> bytes:
    def avp(code: int, data: bytes, vendor: int = 0, flags: int = 0x40) -> bytes:
        head = struct.pack("!I", code) + bytes([flags | (0x80 if vendor else 0)])
        body = struct.pack("!I", vendor) + data if vendor else data
        length = 8 + len(body)
        return head + length.to_bytes(3, "big") + body + b"\0" * (-length % 4)

    avps = (
        avp(263, b"acme;1")
        + avp(264, b"client.acme.example")
        + avp(296, b"acme.example")
        + avp(7001, struct.pack("!I", 2), vendor=99997)
        + avp(7002, struct.pack("!I", 70), vendor=99997)
    )
    return (
        struct.pack(
            "!B3sB3sIII", 1, (20 + len(avps)).to_bytes(3, "big"), 0xC0, (8388700).to_bytes(3, "big"), 16777700, 5, 6
        )
        + avps
    )


def test_decode_with_a_dictionary_of_ones_own(tmp_path: Path) -> None:
    data = _acme_request().hex()
    without = run(data)  # a command of no bundled dictionary: generic, its AVPs unknown
    assert without.returncode == 0 and "Unknown-AVP (7001, vendor 99997" in without.stdout
    assert "Acme-Colour" not in without.stdout
    dia = tmp_path / "acme.dia"
    dia.write_text(ACME_DIA)
    r = run("--dict", str(dia), "--json", data)
    assert r.returncode == 0, r.stderr
    [msg] = json.loads(r.stdout)
    assert (msg["command"], msg["class"]) == ("Acme-Request", "diameter.apps.loaded.acme_cli.AcmeRequest")
    assert (msg["acme_colour"], msg["acme_weight"], msg["session_id"]) == ("GREEN", 70, "acme;1")
    tree = run("--dict", str(dia), data)
    assert tree.returncode == 0 and "Acme-Colour" in tree.stdout and "GREEN" in tree.stdout


def test_a_dictionary_that_does_not_compile_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.dia"
    bad.write_text("@name bad\n@avps\nBad-Thing 7003 NoSuchType M\n")
    r = run("--dict", str(bad), MSGS[0].hex())
    assert r.returncode == 2 and str(bad) in r.stderr and not r.stdout
    r = run("--dict", str(tmp_path / "missing.dia"), MSGS[0].hex())
    assert r.returncode == 2 and "missing.dia" in r.stderr


def test_lenient_decoding_keeps_what_does_not_fit() -> None:
    # a TS 32.299 ACR whose PS-Information holds PDN-Connection-ID (TS 29.212), which it does not admit
    def avp(code: int, data: bytes, vendor: int = 0, flags: int = 0x40) -> bytes:
        return diameter.Avp(code, data, vendor, flags | (0x80 if vendor else 0)).encode()

    ps = avp(874, avp(2, struct.pack("!I", 77), 10415, 0x80) + avp(1065, b"\x01\x02", 10415, 0x80), 10415, 0xC0)
    body = (
        avp(263, b"s;1")
        + avp(264, b"pgw.example.com")
        + avp(296, b"example.com")
        + avp(283, b"ofcs.example.com")
        + avp(480, struct.pack("!I", 2))
        + avp(485, struct.pack("!I", 1))
        + avp(873, ps, 10415, 0xC0)
    )
    data = (
        struct.pack("!II", 0x01000000 | (20 + len(body)), 0xC0 << 24 | 271) + struct.pack("!III", 3, 1, 2) + body
    ).hex()
    strict = run(data)
    assert strict.returncode == 1 and "5008" in strict.stderr and not strict.stdout
    tree = run("--lenient", data)
    assert tree.returncode == 0, tree.stderr
    assert "Accounting-Request" in tree.stdout and "3GPP-Charging-Id" in tree.stdout
    assert "kept aside from AccountingRequest.service_information.ps_information: AVP 1065 (vendor 10415" in tree.stdout
    assert "kept despite" in tree.stderr and "PDN-Connection-ID" in tree.stderr and "5008" in tree.stderr
    [msg] = json.loads(run("--lenient", "--json", data).stdout)
    assert msg["kept_aside"] == [
        {
            "where": "AccountingRequest.service_information.ps_information",
            "code": 1065,
            "vendor": 10415,
            "flags": 0x80,
            "data": "0102",
        }
    ]
    assert [e["result_code"] for e in msg["decode_errors"]] == [5008]
