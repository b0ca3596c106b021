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
    assert fire(w) == [Action.CLOSE] and state(w) is S.DOWN


def test_connection_down_fails_over_only_from_okay() -> None:
    w = Watchdog(30.0, rng=random.Random(5))
    assert w.connection_down(0.0) == [] and state(w) is S.INITIAL
    w.connection_up(0.0)
    assert w.connection_down(1.0) == [Action.FAILOVER] and state(w) is S.DOWN
    assert w.timer(1.5) == []  # not due yet
