"""The tree view (:func:`diameter.text.format_message`): the AVP flags it shows, and nesting.

Flags: a decoded message shows each AVP's M and P bits as received (a peer that leaves M off
Origin-Host), a built one the dictionary's; the V bit shows as ``vendor N``. Checked line by
line on hand-made bytes, against the wire AVP by AVP for every vector of ``tests/data``
(python-diameter's bytes and the golden messages), and against Wireshark's reading when
tshark is installed.

Nesting: the tree is printed without recursion, so neither the deepest message the decoder
accepts, nor a built object many times deeper than the recursion limit, nor grouped AVPs kept
raw (a Failed-AVP inside a Failed-AVP ..., a grouped AVP of an unknown command), which no
``max_depth`` bounds, raise RecursionError.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
from collections import Counter
from ipaddress import IPv4Address
from pathlib import Path
from typing import Any, cast

import attrs
import pytest

import diameter
from diameter import (
    AVP,
    Avp,
    AvpDef,
    Converter,
    DecodeError,
    GenericMessage,
    M,
    Message,
    Request,
    _layout,
    apps,
    avp,
    command,
    grouped,
    repeated,
)
from diameter.apps.base import CEA, CER, DWR, FailedAVP, ResultCode
from diameter.registry import DEFAULT
from diameter.text import format_message
from diameter.types import GROUPED, UTF8STRING
from diameter.wire import iter_avps

DATA = Path(__file__).resolve().parent / "data"


def raw_avp(code: int, data: bytes, flags: int = 0x40, vendor: int | None = None) -> bytes:
    """One AVP's wire form; with ``vendor`` (even 0) a 12-byte header with the V bit."""
    if vendor is not None:
        n = 12 + len(data)
        head = struct.pack("!III", code, (flags | 0x80) << 24 | n, vendor)
    else:
        n = 8 + len(data)
        head = struct.pack("!II", code, flags << 24 | n)
    return head + data + bytes(-n % 4)


def raw_message(code: int, body: bytes, *, flags: int = 0x80, app: int = 0) -> bytes:
    return struct.pack("!IIIII", 0x01000000 | (20 + len(body)), flags << 24 | code, app, 1, 2) + body


def u32(n: int) -> bytes:
    return struct.pack("!I", n)


def lines(msg: Message) -> list[str]:
    return format_message(msg).splitlines()


def line_of(msg: Message, name: str) -> str:
    [line] = [x for x in lines(msg) if x.lstrip().startswith(name + " (")]
    return line


def built(msg: Message) -> Message:
    """The same message as the application would build it: made anew from its fields (attrs'
    evolve, which calls the class), with no received flags."""
    copy: Message = attrs.evolve(cast(Any, msg))
    assert getattr(copy, "wire_flags", None) is None
    return copy


# --- flags ------------------------------------------------------------------------------------

# Origin-Host without the M bit its rule sets (RFC 6733 §6.3 says MUST), Origin-Realm with P too
DWR_WIRE = raw_message(280, raw_avp(264, b"h.example", 0x00) + raw_avp(296, b"example", 0x60) + raw_avp(278, u32(7)))


def test_a_decoded_message_shows_the_flags_received_and_a_built_one_the_dictionarys() -> None:
    msg = diameter.decode(DWR_WIRE)
    assert msg == DWR(origin_host="h.example", origin_realm="example", origin_state_id=7, hop_by_hop=1, end_to_end=2)
    header = (
        "Device-Watchdog-Request (DWR): code 280, application 0, flags R, hop-by-hop 0x00000001, end-to-end 0x00000002"
    )
    assert lines(msg) == [
        header,
        "  Origin-Host (264): h.example",
        "  Origin-Realm (296, M, P): example",
        "  Origin-State-Id (278, M): 7",
    ]
    assert diameter.encode(msg) == DWR_WIRE  # the flags shown are the ones encoding writes back
    as_built = [
        header,
        "  Origin-Host (264, M): h.example",
        "  Origin-Realm (296, M): example",
        "  Origin-State-Id (278, M): 7",
    ]
    assert lines(built(msg)) == as_built
    assert (
        lines(DWR(origin_host="h.example", origin_realm="example", origin_state_id=7, hop_by_hop=1, end_to_end=2))
        == as_built
    )


def test_a_learned_layout_shows_the_same_flags() -> None:
    # after LEARN_AFTER messages of one length the converter decodes by a learned layout
    conv = Converter()
    trees = {format_message(conv.decode(DWR_WIRE)) for _ in range(3 * _layout.LEARN_AFTER)}
    assert trees == {format_message(Converter(layouts=False).decode(DWR_WIRE))}
    assert "  Origin-Host (264): h.example" in trees.pop().splitlines()


# a CER whose second Host-IP-Address, and the Vendor-Id in the first Vendor-Specific-Application-Id,
# come without M, and an Auth-Application-Id with P
CER_WIRE = raw_message(
    257,
    (
        raw_avp(264, b"client.example")
        + raw_avp(296, b"example")
        + raw_avp(257, b"\x00\x01" + bytes([192, 0, 2, 1]))
        + raw_avp(257, b"\x00\x01" + bytes([192, 0, 2, 2]), 0x00)
        + raw_avp(266, u32(0))
        + raw_avp(269, b"p")
        + raw_avp(260, raw_avp(266, u32(10415), 0x00) + raw_avp(258, u32(16777238), 0x60))
        + raw_avp(260, raw_avp(266, u32(10415)) + raw_avp(258, u32(4)))
    ),
)


def test_repeated_and_nested_avps_show_their_own_flags() -> None:
    wire = CER_WIRE
    msg = diameter.decode(wire)
    assert isinstance(msg, CER) and diameter.encode(msg) == wire
    assert lines(msg)[1:] == [
        "  Origin-Host (264, M): client.example",
        "  Origin-Realm (296, M): example",
        "  Host-IP-Address (257, M): 192.0.2.1",
        "  Host-IP-Address (257): 192.0.2.2",
        "  Vendor-Id (266, M): 0",
        "  Product-Name (269, M): p",
        "  Vendor-Specific-Application-Id (260, M):",
        "    Vendor-Id (266): 10415",
        "    Auth-Application-Id (258, M, P): 16777238",
        "  Vendor-Specific-Application-Id (260, M):",
        "    Vendor-Id (266, M): 10415",
        "    Auth-Application-Id (258, M): 4",
    ]
    assert "  Host-IP-Address (257, M): 192.0.2.2" in lines(built(msg))
    assert "  Product-Name (269): p" in lines(built(msg))  # Product-Name: M not set by the rule


def test_the_v_bit_shows_as_a_vendor_id_even_zero() -> None:
    # Origin-Host with the V bit and a Vendor-ID of 0 (RFC 6733 §4.1: a 12-byte header)
    wire = raw_message(280, raw_avp(264, b"h.example", 0x40, vendor=0) + raw_avp(296, b"example"))
    msg = diameter.decode(wire)
    assert msg == DWR(origin_host="h.example", origin_realm="example", hop_by_hop=1, end_to_end=2)
    assert line_of(msg, "Origin-Host") == "  Origin-Host (264, vendor 0, M): h.example"
    assert diameter.encode(msg) == wire
    assert line_of(built(msg), "Origin-Host") == "  Origin-Host (264, M): h.example"
    # raw AVPs: the V bit and Vendor-ID as they hold them
    generic = GenericMessage(command_code=8388621, avps=(Avp(424242, b"\x01", 0, 0x80), Avp(424243, b"\x02", 7, 0x20)))
    assert lines(generic)[1:] == ["  Unknown-AVP (424242, vendor 0): 0x01", "  Unknown-AVP (424243, vendor 7, P): 0x02"]


# python-diameter 0.9.0's CCR (an independent encoder), which sends Origin-Host and Origin-Realm
# without the M bit; made with its interpreter (tests/oracles/.venv-python-diameter, python -I):
#   m = diameter.message.commands.CreditControlRequest(); m.header.application_id = 4
#   m.header.hop_by_hop_identifier, m.header.end_to_end_identifier = 1, 2; m.session_id = "s;1"
#   m.origin_host, m.origin_realm, m.destination_realm = b"client.example.net", b"example.net", b"example.com"
#   m.auth_application_id = 4; m.service_context_id = "x@3gpp.org"; m.cc_request_type = 1
#   m.cc_request_number = 0; print(m.as_bytes().hex())
PD_CCR = bytes.fromhex(
    "0100009cc0000110000000040000000100000002000001074000000b733b3100000001080000001a636c69656e742e"
    "6578616d706c652e6e6574000000000128000000136578616d706c652e6e6574000000011b400000136578616d706c"
    "652e636f6d00000001024000000c00000004000001cd400000127840336770702e6f72670000000001a04000000c00"
    "0000010000019f4000000c00000000"
)


def test_python_diameters_ccr_without_m_on_origin_host() -> None:
    assert [(a.code, a.flags) for _, a in iter_avps(PD_CCR, 20)][1:3] == [(264, 0), (296, 0)]
    apps.load_all()
    msg = diameter.decode(PD_CCR)
    assert type(msg).__name__ == "CreditControlRequest"
    assert line_of(msg, "Origin-Host") == "  Origin-Host (264): client.example.net"
    assert line_of(msg, "Origin-Realm") == "  Origin-Realm (296): example.net"
    assert line_of(msg, "Destination-Realm") == "  Destination-Realm (283, M): example.com"
    assert diameter.encode(msg) == PD_CCR
    assert line_of(built(msg), "Origin-Host") == "  Origin-Host (264, M): client.example.net"
    assert line_of(built(msg), "Origin-Realm") == "  Origin-Realm (296, M): example.net"


# "  Name (code[, vendor N][, M][, P])[: value]"
_HEAD = re.compile(r"^( *)[^ ].*? \((\d+)(?:, vendor (\d+))?(, M)?(, P)?\)(?::|$)")

AvpKey = tuple[int, int, int, bool, bool]  # depth, code, vendor, M, P


def tree_avps(text: str) -> Counter[AvpKey]:
    out: Counter[AvpKey] = Counter()
    for line in text.splitlines()[1:]:
        m = _HEAD.match(line)
        assert m is not None, line
        out[(len(m[1]) // 2 - 1, int(m[2]), int(m[3] or 0), bool(m[4]), bool(m[5]))] += 1
    return out


def wire_avps(data: bytes, start: int, depth: int = 0) -> Counter[AvpKey]:
    """The AVPs of the bytes, into grouped AVPs the dictionaries know as grouped."""
    out: Counter[AvpKey] = Counter()
    for _, a in iter_avps(data, start):
        out[(depth, a.code, a.vendor, bool(a.flags & 0x40), bool(a.flags & 0x20))] += 1
        d = DEFAULT.avp(a.code, a.vendor)
        if d is not None and d.format is GROUPED:
            out += wire_avps(a.data, 0, depth + 1)
    return out


def vectors() -> list[Path]:
    return sorted([*(DATA / "oracles").rglob("*.hex"), *(DATA / "golden").glob("*.hex")])


def test_the_tree_shows_every_avp_with_its_wire_flags_for_every_vector() -> None:
    # the tree in field order, the wire in its own: compared as multisets of (depth, code,
    # vendor, M, P); the oracles differ from our dictionary's flags in places, the golden do not
    apps.load_all()
    decoded = received = 0
    for path in vectors():
        wire = bytes.fromhex("".join(path.read_text().split("#", 1)[0].split()))
        try:
            msg = diameter.decode(wire)
        except DecodeError:  # a vector of a known gap (see test_oracles)
            continue
        decoded += 1
        assert tree_avps(format_message(msg)) == wire_avps(wire, 20), path.name
        received += _has_wire_flags(msg)
    assert decoded >= 250
    assert received >= 5  # vectors whose received flags differ from the dictionary's


def _has_wire_flags(obj: Any) -> bool:
    if getattr(obj, "wire_flags", None):
        return True
    for f in attrs.fields(type(obj)):
        value = getattr(obj, f.name)
        for v in value if isinstance(value, tuple) else (value,):
            if attrs.has(type(v)) and not isinstance(v, Avp) and _has_wire_flags(v):
                return True
    return False


def test_tshark_reads_the_flags_the_tree_shows(tmp_path: Path) -> None:
    missing = [tool for tool in ("tshark",) if shutil.which(tool) is None]
    if missing:
        reason = "tshark not installed (Debian/Ubuntu: apt-get install tshark)"
        print(f"SKIPPED test_tshark_reads_the_flags_the_tree_shows: {reason}")
        pytest.skip(reason)
    from test_cli import pcap, tcp_frame

    apps.load_all()
    v_bit = raw_message(280, raw_avp(264, b"h.example", 0x40, vendor=0) + raw_avp(296, b"e", 0x00))
    wires = [DWR_WIRE, v_bit, PD_CCR, CER_WIRE]
    # how many AVPs of each code come without the M bit (Origin-Host, Origin-Realm, Host-IP-Address,
    # Vendor-Id, Product-Name)
    without_m = [{264: 1}, {296: 1}, {264: 1, 296: 1}, {257: 1, 266: 1}]
    frames = [tcp_frame("10.0.0.1", 40000 + i, "10.0.0.2", 3868, 1, w) for i, w in enumerate(wires)]
    (tmp_path / "m.pcap").write_bytes(pcap(frames))
    env = dict(os.environ, WIRESHARK_CONFIG_DIR=str(tmp_path / "config"), LC_ALL="C.UTF-8")
    (tmp_path / "config").mkdir()
    done = subprocess.run(
        [
            "tshark",
            "-n",
            "-r",
            str(tmp_path / "m.pcap"),
            "-o",
            "tcp.desegment_tcp_streams:FALSE",
            "-T",
            "fields",
            "-E",
            "occurrence=a",
            "-E",
            "aggregator=;",
            "-e",
            "diameter.avp.code",
            "-e",
            "diameter.avp.flags",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = done.stdout.splitlines()
    assert len(rows) == len(wires), done.stdout
    for wire, row, plain in zip(wires, rows, without_m):
        codes, flags = (col.split(";") for col in row.split("\t"))
        theirs = Counter(
            (int(c), bool(int(f, 16) & 0x40), bool(int(f, 16) & 0x20)) for c, f in zip(codes, flags, strict=True)
        )
        ours: Counter[tuple[int, bool, bool]] = Counter()
        for (_, code, _, m, p), n in tree_avps(format_message(diameter.decode(wire))).items():
            ours[(code, m, p)] += n
        # tshark descends into the grouped AVPs its dictionary knows: those agree AVP by AVP
        assert theirs == ours
        assert {c: n for (c, m, _), n in theirs.items() if c in (257, 264, 266, 296) and not m} == plain


# --- nesting ----------------------------------------------------------------------------------

T_LINK = AvpDef("Test-Tree-Link", 4790, GROUPED, M, register=False)
T_TAG = AvpDef("Test-Tree-Tag", 4791, UTF8STRING, M, register=False)


@grouped(T_LINK)
class Link:
    """A grouped AVP that may hold one of its own kind: a chain as long as the message."""

    tag: str = avp(T_TAG)
    next: Link | None = avp(T_LINK, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@command("Test-Tree-Chain", code=16000201, application_id=16777101, request=True, register=False)
class ChainRequest(Request[Any]):
    chain: Link = avp(T_LINK)


def chain_wire(levels: int) -> bytes:
    inner = raw_avp(4790, raw_avp(4791, b"last"))
    for _ in range(levels - 1):
        inner = raw_avp(4790, raw_avp(4791, b"x") + inner)
    return raw_message(16000201, inner, app=16777101)


def chain_lines(levels: int) -> list[str]:
    out = []
    for i in range(levels):
        pad = "  " * (i + 1)
        out += [
            f"{pad}Test-Tree-Link (4790, M):",
            f"{pad}  Test-Tree-Tag (4791, M): {'last' if i == levels - 1 else 'x'}",
        ]
    return out


def deepest_decoded(conv: Converter, ceiling: int) -> int:
    """The most levels of the chain ``conv`` decodes here (the interpreter's stack bounds it
    when ``max_depth`` does not)."""
    lo, hi = 1, ceiling
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            conv.decode_as(ChainRequest, chain_wire(mid))
            lo = mid
        except (RecursionError, DecodeError):
            hi = mid - 1
    return lo


def test_the_deepest_message_the_decoder_accepts_prints() -> None:
    conv = Converter(max_depth=1 << 20, layouts=False)
    levels = deepest_decoded(conv, 4000)  # (a fixed ceiling: another test may have raised the recursion limit)
    assert levels >= 200  # the decoder's own recursion: one frame a level
    msg = conv.decode_as(ChainRequest, chain_wire(levels))
    assert lines(msg)[1:] == chain_lines(levels)
    with pytest.raises(DecodeError, match="nested deeper"):  # the default limit: 16 levels
        Converter().decode_as(ChainRequest, chain_wire(17))


def test_a_built_object_far_deeper_than_the_recursion_limit_prints() -> None:
    # (a fixed depth: the output's indentation grows with the square of it, and another test may
    # have raised the recursion limit)
    levels = 3500  # (Python's default recursion limit is 1000)
    link = Link(tag="last")
    for _ in range(levels - 1):
        link = Link(tag="x", next=link)
    assert lines(ChainRequest(chain=link))[1:] == chain_lines(levels)


def nested_failed_avps(levels: int, innermost: bytes) -> bytes:
    """Failed-AVP inside Failed-AVP ``levels`` deep: no field of FailedAVP takes one, so each
    inner one is kept raw, which ``max_depth`` does not bound."""
    inner = innermost
    for _ in range(levels):
        inner = raw_avp(279, inner)
    return inner


def failed_avp_lines(levels: int, indent: int) -> list[str]:
    return [f"{'  ' * (indent + i)}Failed-AVP (279, M):" for i in range(levels)] + [
        f"{'  ' * (indent + levels)}Session-Id (263, M): s;1"
    ]


@pytest.mark.parametrize("levels", [1000, 5000])
def test_raw_grouped_avps_nested_deep_print(levels: int) -> None:
    session = raw_avp(263, b"s;1")
    # an unknown command: a GenericMessage of raw AVPs, named and typed by the dictionary
    generic = diameter.decode(raw_message(8388621, nested_failed_avps(levels, session), app=16777999))
    assert isinstance(generic, GenericMessage)
    assert lines(generic)[1:] == failed_avp_lines(levels, 1)
    # a CEA's Failed-AVP: its avps field keeps the inner ones raw
    body = (
        raw_avp(268, u32(5001))
        + raw_avp(264, b"h")
        + raw_avp(296, b"r")
        + raw_avp(257, b"\x00\x01" + bytes(4))
        + raw_avp(266, u32(0))
        + raw_avp(269, b"p", 0x00)
        + nested_failed_avps(levels, session)
    )
    cea = diameter.decode(raw_message(257, body, flags=0x00))
    assert isinstance(cea, CEA) and cea.result_code == ResultCode.DIAMETER_AVP_UNSUPPORTED
    assert isinstance(cea.failed_avp, FailedAVP)
    assert lines(cea)[7:] == failed_avp_lines(levels, 1)
    # and in the typed chain's own avps field, with the flags each raw AVP holds
    chain = Converter().decode_as(
        ChainRequest,
        raw_message(
            16000201,
            raw_avp(4790, raw_avp(4791, b"t") + nested_failed_avps(levels, raw_avp(263, b"s;1", 0x20))),
            app=16777101,
        ),
    )
    got = lines(chain)
    assert got[1:3] == ["  Test-Tree-Link (4790, M):", "    Test-Tree-Tag (4791, M): t"]
    assert got[3:] == failed_avp_lines(levels, 2)[:-1] + [f"{'  ' * (levels + 2)}Session-Id (263, P): s;1"]


def test_unknown_grouped_looking_avps_nested_deep_print_as_data() -> None:
    # AVPs no dictionary knows are data, however many AVP headers they hold
    deep = b"\x00\x00\x00\x01"
    for _ in range(1000):
        deep = raw_avp(424242, deep, 0x00)
    msg = diameter.decode(raw_message(8388621, deep, app=16777999))
    assert lines(msg)[1:] == [f"  Unknown-AVP (424242): 0x{deep[8:].hex()}"]


# --- the command ------------------------------------------------------------------------------


def decode_command(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    r = subprocess.run(
        [sys.executable, "-m", "diameter.cli", "decode", *args], input=stdin, capture_output=True, timeout=300
    )
    return subprocess.CompletedProcess(r.args, r.returncode, r.stdout.decode(), r.stderr.decode())


def test_diameter_decode_prints_deep_nesting_and_received_flags() -> None:
    levels = 3000
    generic = raw_message(8388621, nested_failed_avps(levels, raw_avp(263, b"s;1")), app=16777999)
    r = decode_command(stdin=(generic.hex() + "\n" + DWR_WIRE.hex() + "\n").encode())
    assert r.returncode == 0 and r.stderr == "", r.stderr[-2000:]
    out = r.stdout.splitlines()
    assert out[2 : 2 + levels + 1] == failed_avp_lines(levels, 1)
    assert "  Origin-Host (264): h.example" in out and "  Origin-Realm (296, M, P): example" in out


@pytest.mark.parametrize("form", [[], ["--json"]], ids=["tree", "json"])
def test_a_closed_pipe_ends_diameter_decode_quietly(tmp_path: Path, form: list[str]) -> None:
    # diameter decode ... | head -1: far more output than a pipe holds, so the command is still
    # writing when the reader closes its end
    message = diameter.encode(
        CER(
            origin_host="client.example.com",
            origin_realm="example.com",
            host_ip_address=(IPv4Address("192.0.2.1"),),
            vendor_id=0,
            product_name="p",
            auth_application_id=(4,),
            hop_by_hop=1,
            end_to_end=2,
        )
    ).hex()
    count = 1500  # 1,500 trees of ~600 bytes, or as JSON ~1.5 MB: far past a pipe's 64 KiB
    with open(tmp_path / "stderr", "wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "diameter.cli", "decode", *form, *[message] * count],
            stdout=subprocess.PIPE,
            stderr=err,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()
        proc.stdout.close()
        status = proc.wait(timeout=300)
    stderr = (tmp_path / "stderr").read_text()
    assert first == (b"[\n" if form else b"# argument 1 line 1\n")
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr and "Exception ignored" not in stderr, stderr
    assert status == 141  # 128 + SIGPIPE, as the shell reports for cat or grep
    # the same command with nobody closing: all of it, status 0
    r = decode_command(*form, *[message] * 3)
    assert r.returncode == 0 and r.stderr == ""
