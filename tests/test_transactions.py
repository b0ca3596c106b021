"""Identifiers and the pending-request table."""

from __future__ import annotations

import random
import re

import pytest

from diameter.transactions import EndToEnd, HopByHop, PendingTable, SessionIds, TableFull


def test_hop_by_hop_is_an_increasing_sequence_from_a_random_start() -> None:
    a, b = HopByHop(random.Random(1)), HopByHop(random.Random(2))
    first = a.next()
    assert [a.next() for _ in range(3)] == [(first + i) & 0xFFFFFFFF for i in (1, 2, 3)]
    assert first != b.next()


def test_end_to_end_high_bits_from_the_start_time() -> None:
    e = EndToEnd(start_time=0x12345678, rng=random.Random(1))
    v = e.next()
    assert v >> 20 == 0x678  # RFC 6733 §3: low 12 bits of the time in the high 12 bits
    assert e.next() == v + 1


def test_session_ids_follow_rfc_6733() -> None:
    s = SessionIds("client.example.com", start_time=1764000000)
    a, b = s.next(), s.next("imsi-1")
    assert re.fullmatch(r"client\.example\.com;1764000000;1", a)
    assert b == "client.example.com;1764000000;2;imsi-1"
    with pytest.raises(ValueError):
        SessionIds("bad;identity", 0)


def deadline(t: PendingTable[str]) -> float | None:
    return t.next_deadline


def test_pending_table_matches_answers_expires_and_empties() -> None:
    t: PendingTable[str] = PendingTable(limit=3)
    t.add(1, 100, deadline=10.0, context="a")
    t.add(2, 200, deadline=20.0, context="b")
    with pytest.raises(ValueError):
        t.add(1, 101, deadline=10.0, context="dup")
    assert t.answer(2, 999) is None  # End-to-End does not match: not ours
    entry = t.answer(2, 200)
    assert entry is not None and entry.context == "b"
    assert t.answer(2, 200) is None  # answered once
    assert deadline(t) == 10.0
    assert [e.context for e in t.expire(9.9)] == []
    assert [e.context for e in t.expire(10.0)] == ["a"]
    assert len(t) == 0 and deadline(t) is None
    for i in range(3):
        t.add(10 + i, i, 1.0, "x")
    with pytest.raises(TableFull):
        t.add(99, 99, 1.0, "y")
    assert len(t.take_all()) == 3 and len(t) == 0
