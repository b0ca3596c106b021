"""The transport watchdog of RFC 3539 §3.4 (used by Diameter, RFC 6733 §5.5), sans-IO.

Theory of operation
-------------------
One :class:`Watchdog` watches one connection. The owner feeds it what happens — the
connection comes up or goes down, a message arrives (a DWA or anything else), the timer
fires — always with the current time ``now`` (seconds, any monotonic clock), and gets back the
:class:`Action` s to carry out: send a DWR, fail pending requests over to another peer, fail
back, close the connection, try to open it again, or throw a received message away. After each
call, :attr:`Watchdog.deadline` is when :meth:`Watchdog.timer` is next due.

The state machine is RFC 3539 §3.4.1's pseudo-code, state by state (INITIAL, OKAY, SUSPECT,
DOWN, REOPEN): after a reopen, three DWAs (RFC 3539 §3.4.1, "NumDWA") must come back before
the connection carries traffic again. The watchdog interval Tw is TwInit (at least 6 seconds,
§3.4.1) plus a random jitter of up to ±2 seconds drawn anew each time it is set (§3.4.1
"SetWatchdog"). Answering a peer's DWR is not the watchdog's business: the peer state machine
answers DWR in every state.
"""

from __future__ import annotations

import enum
import random
from typing import Final

__all__ = ["WatchdogState", "Action", "Watchdog", "MIN_TW"]

#: RFC 3539 §3.4.1: "TwInit ... MUST NOT be set lower than 6 seconds".
MIN_TW: Final = 6.0
_JITTER: Final = 2.0


class WatchdogState(enum.Enum):
    INITIAL = "INITIAL"
    OKAY = "OKAY"
    SUSPECT = "SUSPECT"
    DOWN = "DOWN"
    REOPEN = "REOPEN"


class Action(enum.Enum):
    SEND_DWR = "send a Device-Watchdog-Request"
    FAILOVER = "fail pending requests over to another peer"
    FAILBACK = "take traffic again"
    CLOSE = "close the connection"
    OPEN = "attempt to open the connection"
    THROWAWAY = "discard the received message"


class Watchdog:
    """RFC 3539 §3.4 for one connection. ``rng`` draws the jitter (seed it in tests)."""

    def __init__(self, tw_init: float = 30.0, *, rng: random.Random | None = None) -> None:
        if tw_init < MIN_TW:
            raise ValueError(f"Tw must be at least {MIN_TW} s (RFC 3539 §3.4.1), not {tw_init}")
        self.tw_init = tw_init
        self._rng = rng or random.Random()
        self.state = WatchdogState.INITIAL
        self.pending = False
        self.num_dwa = 0
        self.deadline: float | None = None
        self._set_at: float | None = None  # when the timer was last set

    def _set_watchdog(self, now: float) -> None:
        self._set_at = now
        self.deadline = now + self.tw_init + self._rng.uniform(-_JITTER, _JITTER)

    # -- events -----------------------------------------------------------------------------

    def connection_up(self, now: float) -> list[Action]:
        """The transport connection (and its capabilities exchange) is up."""
        if self.state is WatchdogState.INITIAL:
            self.state = WatchdogState.OKAY
            self._set_watchdog(now)
            return []
        if self.state is WatchdogState.DOWN:
            self.num_dwa = 0
            self.pending = True
            self.state = WatchdogState.REOPEN
            self._set_watchdog(now)
            return [Action.SEND_DWR]
        return []

    def connection_down(self, now: float) -> list[Action]:
        """The transport connection failed or was closed."""
        actions = [Action.FAILOVER] if self.state is WatchdogState.OKAY else []
        if self.state is not WatchdogState.INITIAL:
            self.state = WatchdogState.DOWN
            self.pending = False
            self._set_watchdog(now)
        return actions

    def received(self, now: float, *, is_dwa: bool) -> list[Action]:
        """A message arrived on the connection (``is_dwa``: a Device-Watchdog-Answer)."""
        s = self.state
        if s is WatchdogState.OKAY:
            if is_dwa:
                self.pending = False
            if now != self._set_at:  # (messages read together: the timer is set once)
                self._set_watchdog(now)
            return []
        if s is WatchdogState.SUSPECT:
            if is_dwa:
                self.pending = False
            self.state = WatchdogState.OKAY
            self._set_watchdog(now)
            return [Action.FAILBACK]
        if s is WatchdogState.REOPEN:
            if not is_dwa:
                return [Action.THROWAWAY]
            self.pending = False
            if self.num_dwa == 2:
                self.num_dwa += 1
                self.state = WatchdogState.OKAY
                self._set_watchdog(now)
                return [Action.FAILBACK]
            self.num_dwa += 1
            return []
        return []

    def timer(self, now: float) -> list[Action]:
        """The watchdog timer fired (call it at or after :attr:`deadline`)."""
        if self.deadline is None or now < self.deadline:
            return []
        s = self.state
        actions: list[Action] = []
        if s is WatchdogState.OKAY:
            if self.pending:
                self.state = WatchdogState.SUSPECT
                actions.append(Action.FAILOVER)
            else:
                self.pending = True
                actions.append(Action.SEND_DWR)
        elif s is WatchdogState.SUSPECT:
            self.state = WatchdogState.DOWN
            self.pending = False
            actions.append(Action.CLOSE)
        elif s is WatchdogState.DOWN:
            actions.append(Action.OPEN)
        elif s is WatchdogState.REOPEN:
            if self.pending:
                if self.num_dwa < 0:
                    self.state = WatchdogState.DOWN
                    self.pending = False
                    actions.append(Action.CLOSE)
                else:
                    self.num_dwa = -1
            else:
                self.pending = True
                actions.append(Action.SEND_DWR)
        self._set_watchdog(now)
        return actions
