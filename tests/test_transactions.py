"""Identifiers and the pending-request table."""

from __future__ import annotations

import random
import re

import pytest

from diameter.transactions import Deadlines, EndToEnd, HopByHop, PendingTable, SessionIds, TableFull


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


class Extreme(random.Random):
    """An rng whose draws are all at the top of their range: identifiers start at their
    largest value, so the next one must wrap."""

    def getrandbits(self, k: int) -> int:
        return (1 << k) - 1


def test_hop_by_hop_wraps_at_32_bits() -> None:
    """RFC 6733 §3: the Hop-by-Hop Identifier is an unsigned 32-bit field; the sequence
    continues from 0 after 0xFFFFFFFF."""
    h = HopByHop(Extreme())
    assert [h.next() for _ in range(3)] == [0xFFFFFFFF, 0, 1]


def test_end_to_end_wraps_at_32_bits() -> None:
    """RFC 6733 §3: the End-to-End Identifier is an unsigned 32-bit field."""
    e = EndToEnd(start_time=0xFFF, rng=Extreme())
    assert [e.next() for _ in range(3)] == [0xFFFFFFFF, 0, 1]


def test_hop_by_hop_start_covers_all_32_bits() -> None:
    """RFC 6733 §3: "starting at a random value": any 32-bit value, not only small ones."""
    starts = [HopByHop(random.Random(seed)).next() for seed in range(200)]
    assert all(0 <= s <= 0xFFFFFFFF for s in starts)
    assert max(starts) >= 1 << 31 and min(starts) < 1 << 31
    assert len(set(starts)) == len(starts)
    assert 0 <= HopByHop().next() <= 0xFFFFFFFF  # without an rng: a random one of its own


def test_end_to_end_low_20_bits_are_random() -> None:
    """RFC 6733 §3: "the high order 12 bits contain the low order 12 bits of current time, and
    the low order 20 bits to a random value"."""
    firsts = [EndToEnd(start_time=1764000000.7, rng=random.Random(seed)).next() for seed in range(200)]
    assert {v >> 20 for v in firsts} == {1764000000 & 0xFFF}
    low = [v & 0xFFFFF for v in firsts]
    assert max(low) >= 1 << 19 and min(low) < 1 << 19 and len(set(low)) > 190
    assert EndToEnd(start_time=0x12345678).next() >> 20 == 0x678  # without an rng


def test_session_id_low_part_wraps_into_the_high_part() -> None:
    """RFC 6733 §8.8: the pair (high, low) stays unique when the low 32 bits wrap."""
    s = SessionIds("h.example.com", start_time=(1 << 32) + 5)  # high: the low 32 bits of the time
    assert s.next() == "h.example.com;5;1"
    s._low = 0xFFFFFFFE
    assert s.next() == "h.example.com;5;4294967295"
    assert s.next() == "h.example.com;6;0"
    assert s.next() == "h.example.com;6;1"
    s.high = 0xFFFFFFFF
    s._low = 0xFFFFFFFF
    assert s.next() == "h.example.com;0;0"


@pytest.mark.parametrize("identity", ["", "a;b"])
def test_session_ids_need_a_diameter_identity(identity: str) -> None:
    """RFC 6733 §8.8: the Session-Id starts with the sender's DiameterIdentity, and ';' separates
    its parts."""
    with pytest.raises(ValueError, match=f"^{re.escape(repr(identity))} is not a DiameterIdentity$"):
        SessionIds(identity, 0)


def test_pending_table_limit_and_messages() -> None:
    t: PendingTable[int] = PendingTable()
    assert t.limit == 10_000
    for i in range(10_000):
        t.add(i, i, 1.0, i)
    with pytest.raises(TableFull, match="^10000 requests are already waiting for answers$"):
        t.add(10_000, 0, 1.0, 0)
    small: PendingTable[str] = PendingTable(limit=2)
    small.add(0x1F, 1, 1.0, "a")
    with pytest.raises(ValueError, match="^Hop-by-Hop identifier 0x0000001f is already pending$"):
        small.add(0x1F, 2, 1.0, "b")
    assert len(small) == 1  # the duplicate was not added


def test_pending_entries_keep_what_was_added() -> None:
    t: PendingTable[str] = PendingTable(limit=5)
    added = t.add(7, 70, deadline=3.5, context="ctx")
    assert (added.hop_by_hop, added.end_to_end, added.deadline, added.context) == (7, 70, 3.5, "ctx")
    t.add(8, 80, deadline=2.0, context="early")
    t.add(9, 90, deadline=9.0, context="late")
    assert t.next_deadline == 2.0
    got = t.answer(7, 70)
    assert got is added
    assert [e.context for e in t.expire(5.0)] == ["early"]  # only what is due
    assert t.next_deadline == 9.0 and len(t) == 1
    assert [(e.hop_by_hop, e.end_to_end) for e in t.take_all()] == [(9, 90)]
    assert t.take_all() == [] and t.next_deadline is None


def test_pending_entries_lists_a_copy_without_removing() -> None:
    """``entries()``: every pending request, in the order added, as a copy: the table keeps
    them (unlike take_all), and changing the list does not change the table."""
    t: PendingTable[str] = PendingTable(limit=5)
    assert t.entries() == []
    first = t.add(1, 10, deadline=4.0, context="a")
    second = t.add(2, 20, deadline=3.0, context="b")
    listed = t.entries()
    assert listed == [first, second] and len(t) == 2
    listed.clear()
    assert t.entries() == [first, second] and t.next_deadline == 3.0
    assert t.answer(1, 10) is first and t.entries() == [second]


def test_pending_deadlines_in_any_order_expire_earliest_first() -> None:
    """Requests with timeouts of their own: the next deadline is always the earliest still
    pending (answered ones no longer count), and expiry returns the overdue ones earliest
    first, leaving the rest."""
    rng = random.Random(7)
    t: PendingTable[int] = PendingTable()
    deadlines = {hbh: rng.uniform(1.0, 100.0) for hbh in range(200)}
    for hbh, d in deadlines.items():
        t.add(hbh, hbh, d, hbh)
    for hbh in list(deadlines)[::3]:  # a third answered
        assert t.answer(hbh, hbh) is not None
        del deadlines[hbh]
    assert t.next_deadline == min(deadlines.values())
    earliest = min(deadlines, key=deadlines.__getitem__)
    assert t.answer(earliest, earliest) is not None
    del deadlines[earliest]
    assert t.next_deadline == min(deadlines.values())
    gone = t.expire(50.0)
    assert [p.hop_by_hop for p in gone] == sorted(
        (h for h, d in deadlines.items() if d <= 50.0), key=deadlines.__getitem__
    )
    assert sorted(p.hop_by_hop for p in t.entries()) == sorted(h for h, d in deadlines.items() if d > 50.0)
    assert t.next_deadline == min(d for d in deadlines.values() if d > 50.0)
    assert t.expire(1000.0) and len(t) == 0 and t.next_deadline is None


def test_pending_table_stays_small_under_steady_traffic() -> None:
    """A request that waits long while many others are sent and answered behind it: what the
    table keeps stays in proportion to what is pending (answered requests are not kept)."""
    t: PendingTable[None] = PendingTable()
    t.add(0, 0, 5.0, None)  # the earliest deadline, unanswered
    for hbh in range(1, 100_001):
        t.add(hbh, hbh, 60.0 + hbh, None)
        assert t.answer(hbh, hbh) is not None
    assert len(t) == 1 and t.next_deadline == 5.0
    assert len(getattr(getattr(t, "_deadlines"), "_heap")) <= 2 * len(t) + 65  # noqa: B009 (the private heap)
    assert [p.hop_by_hop for p in t.expire(5.0)] == [0] and t.next_deadline is None


def test_deadlines_keep_the_earliest_of_times_set_replaced_and_cleared() -> None:
    """Deadlines: each key's latest time counts, a cleared key none; the earliest is read
    without a walk, and what the heap keeps stays in proportion to the keys with a time (checked
    as new times go in, when it is trimmed)."""
    rng = random.Random(5)
    d: Deadlines[str] = Deadlines()
    times: dict[str, float] = {}
    assert d.earliest() is None and len(d) == 0
    for step in range(5000):
        key = f"k{rng.randrange(40)}"
        action = rng.random()
        pushed = False
        if action < 0.6:
            when = rng.choice([rng.uniform(0, 100), times.get(key, 1.0)])
            pushed = times.get(key) != when
            times[key] = when
            d.set(key, when)
        elif action < 0.8:
            times.pop(key, None)
            d.set(key, None) if step % 2 else d.discard(key)
        got = d.earliest()
        if times:
            assert got is not None and got[0] == min(times.values()) and times[got[1]] == got[0]
        else:
            assert got is None
        assert len(d) == len(times)
        if pushed:  # kept in proportion each time a new time goes in
            assert len(getattr(d, "_heap")) <= 2 * len(times) + 65  # noqa: B009 (the private heap)
    d.clear()
    assert d.earliest() is None and len(d) == 0


def test_deadlines_setting_the_same_time_again_keeps_the_heap_as_it_is() -> None:
    """The node sets a peer's time after each message, mostly to the time it already has: that
    must not add to the heap (it would grow by one entry per message until trimmed)."""
    d: Deadlines[str] = Deadlines()
    d.set("a", 10.0)
    d.set("b", 20.0)
    heap = getattr(d, "_heap")  # noqa: B009 (the private heap)
    before = list(heap)
    for _ in range(100):
        d.set("a", 10.0)
        d.set("b", 20.0)
    assert heap == before and d.earliest() == (10.0, "a")


def test_deadlines_of_equal_times_come_in_the_order_they_were_set() -> None:
    for first, second in (("a", "b"), ("b", "a")):
        d: Deadlines[str] = Deadlines()
        d.set(first, 5.0)
        d.set(second, 5.0)
        d.set("c", 9.0)
        assert d.earliest() == (5.0, first)
        d.discard(first)
        assert d.earliest() == (5.0, second)
    # keys that cannot be compared with each other are fine: equal times never compare keys
    mixed: Deadlines[object] = Deadlines()
    mixed.set(("peer", 1), 3.0)
    mixed.set(7, 3.0)
    assert mixed.earliest() == (3.0, ("peer", 1))
