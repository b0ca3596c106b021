"""`diameter decode`: hex, raw binary, pcap and pcapng input; errors; TCP reassembly."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
from ipaddress import IPv4Address
from pathlib import Path

import pytest

import diameter
from diameter.apps.base import ACR, CEA, DWA, DWR, AccountingRecordType
from diameter.capture import read_capture

MSGS = [
    diameter.encode(DWR(origin_host="client.example.com", origin_realm="example.com", hop_by_hop=1, end_to_end=1)),
    diameter.encode(DWA(result_code=2001, origin_host="server.example.com", origin_realm="example.com",
                        hop_by_hop=1, end_to_end=1)),
    diameter.encode(ACR(session_id="s;1", origin_host="client.example.com", origin_realm="example.com",
                        destination_realm="example.net", accounting_record_type=AccountingRecordType.EVENT_RECORD,
                        accounting_record_number=7, hop_by_hop=2, end_to_end=2)),
]
BAD = bytes.fromhex("0100001880000118000000000000000000000000" + "00000108")  # AVP header cut short


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    r = subprocess.run([sys.executable, "-m", "diameter.cli", "decode", *args], input=stdin,
                       capture_output=True, timeout=120)
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
    import io

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
    missing = diameter.encode(CEA(result_code=2001, origin_host="h", origin_realm="r",
                                  host_ip_address=(IPv4Address("192.0.2.1"),), vendor_id=0, product_name="p"))
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
    dump.write_text("".join(
        "0000 " + " ".join(f"{b:02x}" for b in m) + "\n" for m in (MSGS[0], MSGS[2])
    ))
    out = tmp_path / "t.pcapng"
    subprocess.run(["text2pcap", "-q", "-n", "-T", "40000,3868", str(dump), str(out)], check=True, timeout=60,
                   capture_output=True)
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

    avps = (avp(263, b"acme;1") + avp(264, b"client.acme.example") + avp(296, b"acme.example")
            + avp(7001, struct.pack("!I", 2), vendor=99997) + avp(7002, struct.pack("!I", 70), vendor=99997))
    return struct.pack("!B3sB3sIII", 1, (20 + len(avps)).to_bytes(3, "big"), 0xC0, (8388700).to_bytes(3, "big"),
                       16777700, 5, 6) + avps


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
    body = (avp(263, b"s;1") + avp(264, b"pgw.example.com") + avp(296, b"example.com") + avp(283, b"ofcs.example.com")
            + avp(480, struct.pack("!I", 2)) + avp(485, struct.pack("!I", 1)) + avp(873, ps, 10415, 0xC0))
    data = (struct.pack("!II", 0x01000000 | (20 + len(body)), 0xC0 << 24 | 271) + struct.pack("!III", 3, 1, 2) + body).hex()
    strict = run(data)
    assert strict.returncode == 1 and "5008" in strict.stderr and not strict.stdout
    tree = run("--lenient", data)
    assert tree.returncode == 0, tree.stderr
    assert "Accounting-Request" in tree.stdout and "3GPP-Charging-Id" in tree.stdout
    assert "kept aside from AccountingRequest.service_information.ps_information: AVP 1065 (vendor 10415" in tree.stdout
    assert "kept despite" in tree.stderr and "PDN-Connection-ID" in tree.stderr and "5008" in tree.stderr
    [msg] = json.loads(run("--lenient", "--json", data).stdout)
    assert msg["kept_aside"] == [{"where": "AccountingRequest.service_information.ps_information", "code": 1065,
                                  "vendor": 10415, "flags": 0x80, "data": "0102"}]
    assert [e["result_code"] for e in msg["decode_errors"]] == [5008]
