"""RFC 3539 §3.4 watchdog, driven by a fake clock."""

from __future__ import annotations

import random

import pytest

from diameter.watchdog import Action, Watchdog, WatchdogState

S = WatchdogState


def state(w: Watchdog) -> WatchdogState:
    return w.state  # read through a call, so that mypy does not narrow it between events


def fire(w: Watchdog) -> list[Action]:
    assert w.deadline is not None
    return w.timer(w.deadline)


def pending(w: Watchdog) -> bool:
    return w.pending  # read through a call, as state()


def num_dwa(w: Watchdog) -> int:
    return w.num_dwa


def deadline(w: Watchdog) -> float | None:
    return w.deadline


def due(w: Watchdog) -> float:
    assert w.deadline is not None
    return w.deadline


def test_tw_at_least_six_seconds_with_jitter() -> None:
    with pytest.raises(ValueError):
        Watchdog(5.0)
    deadlines = set()
    for seed in range(20):
        w = Watchdog(6.0, rng=random.Random(seed))
        w.connection_up(100.0)
        assert w.deadline is not None and 104.0 <= w.deadline <= 108.0
        deadlines.add(w.deadline)
    assert len(deadlines) > 1  # jittered


def test_okay_suspect_down_reopen_okay() -> None:
    w = Watchdog(30.0, rng=random.Random(1))
    assert w.connection_up(0.0) == [] and state(w) is S.OKAY
    assert fire(w) == [Action.SEND_DWR] and w.pending
    assert fire(w) == [Action.FAILOVER] and state(w) is S.SUSPECT  # no DWA within Tw
    assert fire(w) == [Action.CLOSE] and state(w) is S.DOWN
    assert fire(w) == [Action.OPEN] and state(w) is S.DOWN
    assert w.connection_up(200.0) == [Action.SEND_DWR] and state(w) is S.REOPEN
    # traffic other than DWA is thrown away until three DWAs came back
    assert w.received(201.0, is_dwa=False) == [Action.THROWAWAY]
    assert w.received(201.0, is_dwa=True) == [] and state(w) is S.REOPEN
    assert fire(w) == [Action.SEND_DWR]
    assert w.received(230.0, is_dwa=True) == [] and state(w) is S.REOPEN
    assert fire(w) == [Action.SEND_DWR]
    assert w.received(260.0, is_dwa=True) == [Action.FAILBACK] and state(w) is S.OKAY


def test_traffic_keeps_the_connection_okay() -> None:
    w = Watchdog(30.0, rng=random.Random(2))
    w.connection_up(0.0)
    for t in range(10, 300, 10):
        assert w.received(float(t), is_dwa=False) == []
        assert w.timer(float(t)) == []  # the deadline moves on with traffic
    assert state(w) is S.OKAY and not w.pending


def test_messages_read_together_set_the_timer_once() -> None:
    """Every message received resets the timer (RFC 3539 §3.4.1); messages handled at the same
    time (read together) reset it once: one jitter drawn, the same deadline."""

    class Counting(random.Random):
        draws = 0

        def uniform(self, a: float, b: float) -> float:
            self.draws += 1
            return super().uniform(a, b)

    rng = Counting(4)
    w = Watchdog(30.0, rng=rng)
    w.connection_up(0.0)
    assert rng.draws == 1
    for _ in range(5):
        assert w.received(10.0, is_dwa=False) == []
    first = due(w)
    assert rng.draws == 2 and 38.0 <= first <= 42.0
    assert w.received(10.0, is_dwa=False) == [] and due(w) == first
    assert w.received(11.0, is_dwa=False) == [] and rng.draws == 3 and 39.0 <= due(w) <= 43.0


def test_suspect_recovers_on_any_message() -> None:
    w = Watchdog(30.0, rng=random.Random(3))
    w.connection_up(0.0)
    fire(w)
    fire(w)
    assert state(w) is S.SUSPECT
    assert w.received(100.0, is_dwa=False) == [Action.FAILBACK] and state(w) is S.OKAY


def test_reopen_closes_after_two_unanswered_intervals() -> None:
    w = Watchdog(30.0, rng=random.Random(4))
    w.connection_up(0.0)
    w.connection_down(1.0)
    assert state(w) is S.DOWN
    w.connection_up(2.0)
    assert fire(w) == []  # first interval without DWA: NumDWA = -1
    assert fire(w) == [Action.CLOSE] and state(w) is S.DOWN and pending(w) is False


def test_connection_down_fails_over_only_from_okay() -> None:
    w = Watchdog(30.0, rng=random.Random(5))
    assert w.connection_down(0.0) == [] and state(w) is S.INITIAL
    w.connection_up(0.0)
    assert w.connection_down(1.0) == [Action.FAILOVER] and state(w) is S.DOWN
    assert w.timer(1.5) == []  # not due yet


def test_jitter_is_two_sided_and_within_two_seconds() -> None:
    """RFC 3539 §3.4.1 SetWatchdog: Tw = TwInit plus a jitter of up to ±2 seconds, drawn anew each
    time the timer is set: over many draws, intervals both shorter and longer than TwInit occur,
    none further than 2 s from it."""
    rng = random.Random(2026)
    w = Watchdog(10.0, rng=rng)
    w.connection_up(0.0)
    offsets = []
    for _ in range(2000):
        assert w.deadline is not None
        start = w.deadline
        w.received(start, is_dwa=False)  # any message restarts the timer (OKAY)
        assert w.deadline is not None
        offsets.append(w.deadline - start - 10.0)
    assert all(-2.0 <= o <= 2.0 for o in offsets)
    assert sum(o < -1.0 for o in offsets) > 300 and sum(o > 1.0 for o in offsets) > 300
    assert min(offsets) < -1.9 and max(offsets) > 1.9
    assert abs(sum(offsets) / len(offsets)) < 0.2  # centred on TwInit


class Top(random.Random):
    """An rng that always draws the top of the range."""

    def uniform(self, a: float, b: float) -> float:
        return b


class Bottom(random.Random):
    def uniform(self, a: float, b: float) -> float:
        return a


def test_jitter_bounds_are_plus_and_minus_two_seconds() -> None:
    """RFC 3539 §3.4.1: the jitter lengthens or shortens TwInit by at most 2 seconds."""
    top, bottom = Watchdog(6.0, rng=Top()), Watchdog(6.0, rng=Bottom())
    top.connection_up(100.0)
    bottom.connection_up(100.0)
    assert (top.deadline, bottom.deadline) == (108.0, 104.0)


def test_tw_init_limits_and_default() -> None:
    """RFC 3539 §3.4.1: "TwInit ... MUST NOT be set lower than 6 seconds"; 30 s by default."""
    with pytest.raises(ValueError, match=r"^Tw must be at least 6\.0 s \(RFC 3539 §3\.4\.1\), not 5\.99$"):
        Watchdog(5.99)
    assert Watchdog(6.0).tw_init == 6.0
    w = Watchdog(rng=random.Random(1))
    assert w.tw_init == 30.0 and deadline(w) is None and state(w) is S.INITIAL and pending(w) is False
    assert num_dwa(w) == 0  # RFC 3539 §3.4.1: NumDWA starts at 0
    w.connection_up(10.0)
    assert 38.0 <= due(w) <= 42.0
    unseeded = Watchdog()  # draws from an rng of its own
    unseeded.connection_up(0.0)
    assert unseeded.deadline is not None and 28.0 <= unseeded.deadline <= 32.0


def test_only_a_dwa_clears_the_pending_dwr_in_okay() -> None:
    """RFC 3539 §3.4.1, OKAY: any message restarts the timer, but only a DWA answers the DWR
    (pending = FALSE). A DWR unanswered when the timer fires again means failover (SUSPECT),
    not a second DWR."""
    w = Watchdog(30.0, rng=random.Random(6))
    w.connection_up(0.0)
    assert fire(w) == [Action.SEND_DWR] and pending(w)
    assert w.deadline is not None
    later = w.deadline - 1.0
    assert w.received(later, is_dwa=False) == [] and pending(w) and state(w) is S.OKAY
    assert w.deadline is not None and w.deadline >= later + 28.0  # restarted by the message
    assert fire(w) == [Action.FAILOVER] and state(w) is S.SUSPECT


def test_a_dwa_in_okay_answers_the_dwr() -> None:
    """RFC 3539 §3.4.1, OKAY: the DWA clears pending; the next expiry sends a new DWR."""
    w = Watchdog(30.0, rng=random.Random(7))
    w.connection_up(0.0)
    fire(w)
    assert w.received(35.0, is_dwa=True) == [] and pending(w) is False and state(w) is S.OKAY
    assert w.deadline is not None and 63.0 <= w.deadline <= 67.0
    assert fire(w) == [Action.SEND_DWR] and pending(w)


def test_suspect_non_dwa_fails_back_but_the_dwr_stays_unanswered() -> None:
    """RFC 3539 §3.4.1, SUSPECT: any message fails back to OKAY, but only a DWA clears pending;
    with the DWR still unanswered, the next expiry fails over again."""
    w = Watchdog(30.0, rng=random.Random(8))
    w.connection_up(0.0)
    fire(w)
    fire(w)
    assert w.received(70.0, is_dwa=False) == [Action.FAILBACK] and state(w) is S.OKAY and pending(w)
    assert w.deadline is not None and 98.0 <= w.deadline <= 102.0
    assert fire(w) == [Action.FAILOVER] and state(w) is S.SUSPECT


def test_suspect_dwa_fails_back_and_answers_the_dwr() -> None:
    w = Watchdog(30.0, rng=random.Random(9))
    w.connection_up(0.0)
    fire(w)
    fire(w)
    assert w.received(70.0, is_dwa=True) == [Action.FAILBACK] and state(w) is S.OKAY and pending(w) is False
    assert fire(w) == [Action.SEND_DWR] and state(w) is S.OKAY


def test_suspect_to_down_resets_pending_and_keeps_timing() -> None:
    """RFC 3539 §3.4.1: SUSPECT expiry closes the connection (DOWN, pending = FALSE) and sets the
    timer again: the next expiry attempts to open it."""
    w = Watchdog(30.0, rng=random.Random(10))
    w.connection_up(0.0)
    fire(w)
    fire(w)
    assert w.deadline is not None
    closed_at = w.deadline
    assert w.timer(closed_at) == [Action.CLOSE] and state(w) is S.DOWN and pending(w) is False
    assert w.deadline is not None and closed_at + 28.0 <= w.deadline <= closed_at + 32.0
    assert w.received(closed_at + 1.0, is_dwa=True) == [] and state(w) is S.DOWN  # nothing to watch
    assert fire(w) == [Action.OPEN] and state(w) is S.DOWN
    assert w.deadline is not None and w.deadline > closed_at + 32.0  # the timer runs on in DOWN


def test_connection_down_from_suspect_or_reopen() -> None:
    """RFC 3539 §3.4.1 "connection down": failover only from OKAY (SUSPECT already failed over);
    every state goes DOWN with no DWR pending, the timer set to retry."""
    w = Watchdog(30.0, rng=random.Random(11))
    w.connection_up(0.0)
    fire(w)
    fire(w)
    assert state(w) is S.SUSPECT and pending(w)
    assert w.connection_down(70.0) == [] and state(w) is S.DOWN and pending(w) is False
    assert w.deadline is not None and 98.0 <= w.deadline <= 102.0
    assert w.connection_up(80.0) == [Action.SEND_DWR] and state(w) is S.REOPEN and pending(w)
    assert w.connection_down(81.0) == [] and state(w) is S.DOWN and pending(w) is False


def test_events_that_change_nothing() -> None:
    """Connection-up in OKAY, SUSPECT or REOPEN, messages in INITIAL or DOWN and an early timer
    leave the watchdog as it was."""
    w = Watchdog(30.0, rng=random.Random(12))
    assert w.received(0.0, is_dwa=True) == [] and state(w) is S.INITIAL and deadline(w) is None
    assert w.timer(1000.0) == [] and state(w) is S.INITIAL and deadline(w) is None  # not armed
    w.connection_up(0.0)
    before = w.deadline
    assert w.connection_up(5.0) == [] and state(w) is S.OKAY and w.deadline == before
    assert before is not None
    assert w.timer(before - 0.001) == [] and pending(w) is False and w.deadline == before
    assert w.timer(before) == [Action.SEND_DWR]  # due exactly at the deadline
    fire(w)
    assert state(w) is S.SUSPECT
    assert w.connection_up(100.0) == [] and state(w) is S.SUSPECT


def test_reopen_needs_three_dwas_and_counts_from_zero_each_time() -> None:
    """RFC 3539 §3.4.1, REOPEN: NumDWA is reset on connection up; the third DWA fails back; a
    message other than DWA is thrown away and answers nothing."""
    w = Watchdog(30.0, rng=random.Random(13))
    w.connection_up(0.0)
    w.connection_down(1.0)
    assert w.connection_up(2.0) == [Action.SEND_DWR] and num_dwa(w) == 0 and pending(w)
    assert w.deadline is not None and 30.0 <= w.deadline <= 34.0
    assert w.received(3.0, is_dwa=False) == [Action.THROWAWAY] and pending(w) and num_dwa(w) == 0
    assert w.received(3.0, is_dwa=True) == [] and pending(w) is False and num_dwa(w) == 1
    assert fire(w) == [Action.SEND_DWR] and pending(w)
    assert w.received(40.0, is_dwa=True) == [] and num_dwa(w) == 2 and state(w) is S.REOPEN
    # the connection goes again: the count starts over
    w.connection_down(41.0)
    w.connection_up(42.0)
    assert num_dwa(w) == 0
    for i in range(2):
        assert w.received(43.0 + i, is_dwa=True) == [] and state(w) is S.REOPEN
    assert w.received(50.0, is_dwa=True) == [Action.FAILBACK] and state(w) is S.OKAY and pending(w) is False
    assert num_dwa(w) == 3
    assert w.deadline is not None and 78.0 <= w.deadline <= 82.0
    assert fire(w) == [Action.SEND_DWR]  # OKAY again: watchdog as usual


def test_reopen_unanswered_interval_then_answer() -> None:
    """RFC 3539 §3.4.1, REOPEN expiry with the DWR pending: NumDWA = -1 the first time (no
    close); a DWA then still counts from there."""
    w = Watchdog(30.0, rng=random.Random(14))
    w.connection_up(0.0)
    w.connection_down(1.0)
    w.connection_up(2.0)
    assert fire(w) == [] and num_dwa(w) == -1 and state(w) is S.REOPEN and pending(w)
    assert w.deadline is not None and w.deadline > 32.0  # set again
    assert w.received(70.0, is_dwa=True) == [] and num_dwa(w) == 0 and pending(w) is False
    assert fire(w) == [Action.SEND_DWR] and pending(w)
