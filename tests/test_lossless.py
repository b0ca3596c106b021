"""A decoded message encodes to the bytes it was decoded from: AVP order, flags, padding and
unknown AVPs as received, whoever encoded them; a changed copy is encoded by the rules, keeping
the received bytes of the decoded grouped AVPs it did not change."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import pytest

import diameter
from diameter import apps
from diameter.apps.base import ACR, ProxyInfo
from diameter.schema import fields_of, is_grouped

ORACLES = Path(__file__).resolve().parent / "data" / "oracles"
VECTORS = sorted(ORACLES.glob("*.hex")) + sorted((ORACLES / "interfaces").glob("*.hex"))


def _avps(data: bytes, pos: int, end: int) -> list[tuple[int, int, bytes]]:
    """(code, vendor, data) of each AVP of ``data[pos:end]``, parsed here by hand."""
    out = []
    while pos < end:
        code, fl = struct.unpack_from("!II", data, pos)
        length = fl & 0xFFFFFF
        vendor = struct.unpack_from("!I", data, pos + 8)[0] if fl & 0x80000000 else 0
        head = 12 if vendor else 8
        out.append((code, vendor, data[pos + head : pos + length]))
        pos += (length + 3) & -4
    return out


def _check_grouped(obj: Any, data: bytes) -> int:
    """Check that each decoded grouped value of ``obj`` (whose AVPs are ``data``) kept the data
    of its AVP, at every level; how many it checked."""
    checked = 0
    received = _avps(data, 0, len(data))
    for spec in fields_of(type(obj)):
        if spec.kind == "extra":
            continue
        d = spec.definition
        value = getattr(obj, spec.name)
        values = value if spec.kind == "many" else (() if value is None else (value,))
        mine = [raw for code, vendor, raw in received if (code, vendor) == (d.code, d.vendor)]
        for v, raw in zip(values, mine, strict=True):
            if is_grouped(v):
                assert v.wire_bytes == raw, (type(obj).__name__, spec.name)
                checked += 1 + _check_grouped(v, raw)
    return checked


def test_there_are_vectors() -> None:
    assert len(VECTORS) > 120


@pytest.mark.parametrize("path", VECTORS, ids=lambda p: p.stem)
def test_a_message_built_elsewhere_encodes_to_the_bytes_received(path: Path) -> None:
    apps.load_all()
    data = bytes.fromhex(path.read_text())
    msg = diameter.decode(data)
    assert diameter.encode(msg) == data
    assert msg.wire_bytes == data
    # other identifiers: only the header's identifiers change
    ids = struct.pack("!II", 0x01020304, 0x05060708)
    assert diameter.encode(msg, hop_by_hop=0x01020304, end_to_end=0x05060708) == data[:12] + ids + data[20:]
    _check_grouped(msg, data[20:])
    # a copy with only header fields changed keeps the received AVPs, as a relay forwards them
    forwarded = diameter.evolve(msg, hop_by_hop=7, retransmit=True)
    assert forwarded == diameter.evolve(msg, hop_by_hop=7, retransmit=True)
    again = diameter.encode(forwarded)
    assert again[:4] == data[:4] and again[4] == data[4] | 0x10 and again[5:12] == data[5:12]
    assert again[12:16] == struct.pack("!I", 7) and again[16:] == data[16:]
    assert diameter.decode(again) == forwarded


def _avp(code: int, value: bytes, flags: int = 0x40) -> bytes:
    return struct.pack("!II", code, (flags << 24) | (8 + len(value))) + value + bytes(-len(value) % 4)


def _acr(*avps: bytes) -> bytes:
    body = b"".join(avps)
    return struct.pack("!IIIII", 0x01000000 | (20 + len(body)), (0xC0 << 24) | 271, 3, 1, 2) + body


def test_a_changed_message_keeps_the_received_bytes_of_the_grouped_avps_it_did_not_change() -> None:
    # a Proxy-Info whose Proxy-State comes before its Proxy-Host, and a Proxy-Host without the M bit
    proxy = _avp(33, b"state") + _avp(280, b"proxy.example.com", 0x00)
    data = _acr(
        _avp(263, b"s;1"),
        _avp(264, b"h"),
        _avp(296, b"r"),
        _avp(283, b"d"),
        _avp(480, struct.pack("!I", 2)),
        _avp(485, struct.pack("!I", 0)),
        _avp(284, proxy),
    )
    msg: Any = diameter.decode(data)  # (base's ACR, or TS 32.299's where loaded)
    assert type(msg).__name__ == "AccountingRequest" and diameter.encode(msg) == data
    changed = diameter.evolve(msg, accounting_record_number=1)
    out = diameter.encode(changed)
    assert out != data and _avp(284, proxy) in out  # the Proxy-Info as received
    assert getattr(diameter.decode(out), "accounting_record_number") == 1
    # a Proxy-Info built in code is encoded by the rules
    built = diameter.evolve(msg, proxy_info=(ProxyInfo(proxy_host="proxy.example.com", proxy_state=b"state"),))
    assert _avp(284, _avp(280, b"proxy.example.com") + _avp(33, b"state")) in diameter.encode(built)
    # and a decoded Proxy-Info moved into a new message keeps its bytes there too
    moved = type(msg)(
        session_id="s;2",
        origin_host="h",
        origin_realm="r",
        destination_realm="d",
        accounting_record_type=2,
        accounting_record_number=0,
        proxy_info=msg.proxy_info,
    )
    assert _avp(284, proxy) in diameter.encode(moved)


def test_equality_and_copies_do_not_depend_on_the_received_bytes() -> None:
    a = _acr(
        _avp(263, b"s;1"),
        _avp(264, b"h"),
        _avp(296, b"r"),
        _avp(283, b"d"),
        _avp(480, struct.pack("!I", 2)),
        _avp(485, struct.pack("!I", 0)),
    )
    b = _acr(
        _avp(263, b"s;1"),
        _avp(296, b"r"),
        _avp(264, b"h"),
        _avp(283, b"d"),
        _avp(485, struct.pack("!I", 0)),
        _avp(480, struct.pack("!I", 2)),
    )
    ma, mb = diameter.decode(a), diameter.decode(b)
    assert ma == mb and hash(ma) == hash(mb) and repr(ma) == repr(mb)
    assert (diameter.encode(ma), diameter.encode(mb)) == (a, b)
    # a built message has none; a copy with a field changed has none
    assert (
        ACR(
            session_id="s;1",
            origin_host="h",
            origin_realm="r",
            destination_realm="d",
            accounting_record_type=2,
            accounting_record_number=0,
        ).wire_bytes
        is None
    )
    assert diameter.evolve(ma, origin_host="x").wire_bytes is None


def test_a_changed_copy_is_encoded_by_the_rules() -> None:
    # Origin-Host without its M bit: a copy with another field changed is encoded by the rules
    # (fast), Origin-Host with M; a copy with only header fields changed keeps the received bytes
    data = _acr(
        _avp(263, b"s;1"),
        _avp(264, b"h", 0x00),
        _avp(296, b"r"),
        _avp(283, b"d"),
        _avp(480, struct.pack("!I", 2)),
        _avp(485, struct.pack("!I", 0)),
    )
    msg: Any = diameter.decode(data)
    assert msg.wire_flags == {("origin_host", 0): 0x00}
    changed = diameter.evolve(msg, origin_realm="other")
    assert changed.wire_flags is None and changed.wire_bytes is None
    out = diameter.encode(changed)
    assert _avp(264, b"h") in out and _avp(296, b"other") in out
    relayed = diameter.evolve(msg, end_to_end=99)
    assert relayed.wire_flags == msg.wire_flags and diameter.encode(relayed)[20:] == data[20:]
