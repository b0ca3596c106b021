"""Authorization sessions (RFC 6733 §8.1), sans-IO: the client's and the server's state
machines, for stateful and stateless sessions, with their timers (Session-Timeout §8.13,
Authorization-Lifetime §8.9, Auth-Grace-Period §8.10).

Each machine takes events (a call per event of the RFC's tables, always with the current time
``now``) and returns what to do, as actions the caller carries out: send a service-specific
authorization request, an STR, an ASA, an RAA, an ASR, an STA; grant access or disconnect the
user or device; clean up. :attr:`deadline` says when :meth:`timer` is next due. Nothing here
reads a clock or builds a message: the node (or a test) does, so every row of the tables is
tested on a fake clock (tests/test_sessions.py).

The rows, RFC 6733 §8.1 (client, stateful)::

    Idle     access requested                      send auth request         Pending
    Idle     ASR received (no state for it)        ASA UNKNOWN_SESSION_ID    Idle
    Pending  successful answer, state maintained   grant access              Open
    Pending  successful answer, service not given  STR                       Discon
    Pending  error processing a successful answer  STR                       Discon
    Pending  failed answer                         clean up                  Idle
    Open     access requested                      send auth request         Open
    Open     successful answer                     provide service           Open
    Open     failed answer                         disconnect user/device    Idle
    Open     RAR received                          RAA, then auth request    Open
    Open     Session-Timeout expires               STR                       Discon
    Open     ASR, client complies                  ASA SUCCESS, STR          Discon
    Open     ASR, client does not comply           ASA (not SUCCESS)         Open
    Open     Authorization-Lifetime + Grace expire STR                       Discon
    Discon   ASR received                          ASA                       Discon
    Discon   STA received                          disconnect user/device    Idle

(client, stateless: Idle -> Pending on a request; a successful answer with NO_STATE_MAINTAINED
grants access, Open; a failed one cleans up, Idle; Session-Timeout or the end of the service
disconnects, Idle.) Server, stateful: a request authorized -> successful answer, Open; not
authorized -> failed answer, Idle (cleaning up when Open); the home server ending the service
-> ASR, Discon; an ASR that could not be sent is sent again; an ASA -> clean up, Idle; lifetime
plus grace, or Session-Timeout, expiring -> clean up, Idle; an STR in any state -> STA, clean
up, Idle. Server, stateless: every request is answered and the session stays Idle.

The client also asks for re-authorization when Authorization-Lifetime expires
(:class:`Reauthorize`): the lifetime is how long service is given before the user is to be
re-authorized (§8.9); the grace period is the server's wait after it (§8.10).
"""

from __future__ import annotations

import enum
from typing import Final

import attrs

__all__ = [
    "AuthState",
    "ClientAuthSession",
    "ServerAuthSession",
    "SessionTimers",
    "SessionError",
    "SendAuthRequest",
    "Reauthorize",
    "SendSTR",
    "SendASA",
    "SendRAA",
    "SendAnswer",
    "SendASR",
    "SendSTA",
    "GrantAccess",
    "ProvideService",
    "DisconnectUser",
    "Cleanup",
    "AuthAction",
    "TerminationCause",
    "STATE_MAINTAINED",
    "NO_STATE_MAINTAINED",
]

#: Auth-Session-State (RFC 6733 §8.11)
STATE_MAINTAINED: Final = 0
NO_STATE_MAINTAINED: Final = 1
#: "no limit" in Authorization-Lifetime (§8.9)
FOREVER: Final = 0xFFFFFFFF
DIAMETER_SUCCESS: Final = 2001
DIAMETER_UNKNOWN_SESSION_ID: Final = 5002
DIAMETER_UNABLE_TO_COMPLY: Final = 5012
#: how long a server waits before sending an ASR again that could not be sent
ASR_RETRY: Final = 5.0


class SessionError(Exception):
    """An event the session's state machine does not take in its state."""


class TerminationCause(enum.IntEnum):
    """Termination-Cause (RFC 6733 §8.15)."""

    DIAMETER_LOGOUT = 1
    DIAMETER_SERVICE_NOT_PROVIDED = 2
    DIAMETER_BAD_ANSWER = 3
    DIAMETER_ADMINISTRATIVE = 4
    DIAMETER_LINK_BROKEN = 5
    DIAMETER_AUTH_EXPIRED = 6
    DIAMETER_USER_MOVED = 7
    DIAMETER_SESSION_TIMEOUT = 8


class AuthState(enum.Enum):
    IDLE = "Idle"
    PENDING = "Pending"
    OPEN = "Open"
    DISCON = "Discon"


# -- actions -------------------------------------------------------------------------------------


@attrs.frozen
class SendAuthRequest:
    """Send the application's authorization request for the session."""


@attrs.frozen
class Reauthorize:
    """Authorization-Lifetime expired: send the authorization request again before the grace
    period ends (the session is disconnected when it does)."""


@attrs.frozen
class SendSTR:
    termination_cause: TerminationCause


@attrs.frozen
class SendASA:
    result_code: int


@attrs.frozen
class SendRAA:
    result_code: int


@attrs.frozen
class SendAnswer:
    """(server) Answer the authorization request: successfully or not."""

    success: bool


@attrs.frozen
class SendASR:
    """(server) Ask the client to end the session."""


@attrs.frozen
class SendSTA:
    result_code: int = DIAMETER_SUCCESS


@attrs.frozen
class GrantAccess:
    pass


@attrs.frozen
class ProvideService:
    """Re-authorized: the service goes on."""


@attrs.frozen
class DisconnectUser:
    reason: str


@attrs.frozen
class Cleanup:
    reason: str


AuthAction = (
    SendAuthRequest
    | Reauthorize
    | SendSTR
    | SendASA
    | SendRAA
    | SendAnswer
    | SendASR
    | SendSTA
    | GrantAccess
    | ProvideService
    | DisconnectUser
    | Cleanup
)


@attrs.frozen
class SessionTimers:
    """The timers an authorization answer grants, in seconds (None: the AVP was absent):
    Session-Timeout (0 or absent: no limit), Authorization-Lifetime (absent or 0xFFFFFFFF: no
    limit; 0: re-authorize at once), Auth-Grace-Period (absent: 0)."""

    session_timeout: int | None = None
    authorization_lifetime: int | None = None
    auth_grace_period: int | None = None

    def session_deadline(self, now: float) -> float | None:
        return now + self.session_timeout if self.session_timeout else None

    def lifetime_deadline(self, now: float) -> float | None:
        lifetime = self.authorization_lifetime
        return None if lifetime is None or lifetime == FOREVER else now + lifetime

    def grace_deadline(self, now: float) -> float | None:
        end = self.lifetime_deadline(now)
        return None if end is None else end + (self.auth_grace_period or 0)


def _earliest(*times: float | None) -> float | None:
    known = [t for t in times if t is not None]
    return min(known) if known else None


class ClientAuthSession:
    """The client's authorization session (RFC 6733 §8.1, client stateful and stateless).

    ``stateful``: whether the client asks for a stateful session; the server's answer decides
    (an Auth-Session-State of NO_STATE_MAINTAINED makes it stateless)."""

    def __init__(self, session_id: str, *, stateful: bool = True) -> None:
        self.session_id = session_id
        self.stateful = stateful
        self.state = AuthState.IDLE
        self.timers = SessionTimers()
        self._session_end: float | None = None
        self._reauth_at: float | None = None
        self._expires: float | None = None
        #: (time, event, new state) of every transition
        self.history: list[tuple[float, str, AuthState]] = []

    @property
    def deadline(self) -> float | None:
        """When :meth:`timer` is next due (None: nothing is timed)."""
        if self.state is not AuthState.OPEN:
            return None
        return _earliest(self._session_end, self._reauth_at, self._expires)

    def _go(self, now: float, event: str, state: AuthState) -> None:
        self.state = state
        self.history.append((now, event, state))
        if state is not AuthState.OPEN:
            self._session_end = self._reauth_at = self._expires = None

    def request_access(self, now: float) -> list[AuthAction]:
        """The user or device requests access (also: the client re-authorizes)."""
        if self.state is AuthState.IDLE:
            self._go(now, "access requested", AuthState.PENDING)
            return [SendAuthRequest()]
        if self.state is AuthState.OPEN and self.stateful:
            self._go(now, "access requested", AuthState.OPEN)
            return [SendAuthRequest()]
        raise SessionError(f"session {self.session_id}: no access request in state {self.state.value}")

    def answer(
        self,
        now: float,
        result_code: int,
        *,
        auth_session_state: int | None = None,
        timers: SessionTimers | None = None,
        service_provided: bool = True,
        valid: bool = True,
    ) -> list[AuthAction]:
        """The service-specific authorization answer: its Result-Code, Auth-Session-State and
        timers; ``service_provided`` False when the client cannot give the service it
        authorizes, ``valid`` False when processing a successful answer failed."""
        success = 2000 <= result_code < 3000
        if self.state is AuthState.PENDING:
            if not success:
                self._go(now, "failed answer", AuthState.IDLE)
                return [Cleanup("authorization failed")]
            if auth_session_state == NO_STATE_MAINTAINED:
                self.stateful = False
            if self.stateful and not service_provided:
                self._go(now, "successful answer, service not provided", AuthState.DISCON)
                return [SendSTR(TerminationCause.DIAMETER_SERVICE_NOT_PROVIDED)]
            if self.stateful and not valid:
                self._go(now, "error processing a successful answer", AuthState.DISCON)
                return [SendSTR(TerminationCause.DIAMETER_BAD_ANSWER)]
            self._go(now, "successful answer", AuthState.OPEN)
            self._start(now, timers or SessionTimers())
            return [GrantAccess()]
        if self.state is AuthState.OPEN and self.stateful:
            if not success:
                self._go(now, "failed answer", AuthState.IDLE)
                return [DisconnectUser("re-authorization failed")]
            self._go(now, "successful answer", AuthState.OPEN)
            self._start(now, timers or self.timers, keep_session=True)
            return [ProvideService()]
        return []  # an answer with no request pending: nothing changes

    def _start(self, now: float, timers: SessionTimers, *, keep_session: bool = False) -> None:
        self.timers = timers
        if not keep_session or timers.session_timeout is not None:
            self._session_end = timers.session_deadline(now)
        if self.stateful:
            self._reauth_at = timers.lifetime_deadline(now)
            self._expires = timers.grace_deadline(now)

    def rar(self, now: float) -> list[AuthAction]:
        """A Re-Auth-Request from the server."""
        if self.state is AuthState.OPEN and self.stateful:
            self._go(now, "RAR received", AuthState.OPEN)
            return [SendRAA(DIAMETER_SUCCESS), SendAuthRequest()]
        return [SendRAA(DIAMETER_UNKNOWN_SESSION_ID)]

    def asr(self, now: float, *, comply: bool = True) -> list[AuthAction]:
        """An Abort-Session-Request from the server; ``comply``: the client ends the session."""
        if self.state is AuthState.OPEN and self.stateful:
            if not comply:
                self._go(now, "ASR received, not complying", AuthState.OPEN)
                return [SendASA(DIAMETER_UNABLE_TO_COMPLY)]
            self._go(now, "ASR received", AuthState.DISCON)
            return [SendASA(DIAMETER_SUCCESS), SendSTR(TerminationCause.DIAMETER_ADMINISTRATIVE)]
        if self.state is AuthState.DISCON:
            self._go(now, "ASR received", AuthState.DISCON)
            return [SendASA(DIAMETER_SUCCESS)]
        return [SendASA(DIAMETER_UNKNOWN_SESSION_ID)]

    def sta(self, now: float) -> list[AuthAction]:
        """The Session-Termination-Answer to the client's STR."""
        if self.state is AuthState.DISCON:
            self._go(now, "STA received", AuthState.IDLE)
            return [DisconnectUser("session terminated")]
        return []

    def terminate(self, now: float, cause: TerminationCause = TerminationCause.DIAMETER_LOGOUT) -> list[AuthAction]:
        """The service to the user ends (logout, the device's decision): STR for a stateful
        session, a disconnection for a stateless one."""
        if self.state is AuthState.OPEN:
            if self.stateful:
                self._go(now, "service terminated", AuthState.DISCON)
                return [SendSTR(cause)]
            self._go(now, "service terminated", AuthState.IDLE)
            return [DisconnectUser("service terminated")]
        if self.state is AuthState.PENDING:
            self._go(now, "service terminated", AuthState.IDLE)
            return [Cleanup("terminated before the answer")]
        return []

    def timer(self, now: float) -> list[AuthAction]:
        """Call at or after :attr:`deadline`."""
        if self.state is not AuthState.OPEN:
            return []
        if self._session_end is not None and now >= self._session_end:
            if self.stateful:
                self._go(now, "Session-Timeout expired", AuthState.DISCON)
                return [SendSTR(TerminationCause.DIAMETER_SESSION_TIMEOUT)]
            self._go(now, "Session-Timeout expired", AuthState.IDLE)
            return [DisconnectUser("Session-Timeout expired")]
        if self._reauth_at is not None and now >= self._reauth_at:
            # first the request to re-authorize (once per lifetime: the answer starts the next
            # one), then, at the end of the grace period, the end of the session
            self._reauth_at = None
            self.history.append((now, "Authorization-Lifetime expired", self.state))
            return [Reauthorize()]
        if self._expires is not None and now >= self._expires:
            self._go(now, "Authorization-Lifetime and Auth-Grace-Period expired", AuthState.DISCON)
            return [SendSTR(TerminationCause.DIAMETER_AUTH_EXPIRED)]
        return []


class ServerAuthSession:
    """The server's authorization session (RFC 6733 §8.1, server stateful and stateless)."""

    def __init__(self, session_id: str, *, stateful: bool = True, asr_retry: float = ASR_RETRY) -> None:
        self.session_id = session_id
        self.stateful = stateful
        self.asr_retry = asr_retry
        self.state = AuthState.IDLE
        self.timers = SessionTimers()
        self._session_end: float | None = None
        self._expires: float | None = None
        self._asr_again: float | None = None
        self.history: list[tuple[float, str, AuthState]] = []

    @property
    def deadline(self) -> float | None:
        if self.state is AuthState.OPEN:
            return _earliest(self._session_end, self._expires)
        if self.state is AuthState.DISCON:
            return self._asr_again
        return None

    def _go(self, now: float, event: str, state: AuthState) -> None:
        self.state = state
        self.history.append((now, event, state))

    def auth_request(self, now: float, *, authorized: bool, timers: SessionTimers | None = None) -> list[AuthAction]:
        """An authorization request for the session, the user ``authorized`` or not, with the
        timers the answer grants."""
        if not self.stateful:
            self._go(now, "request processed", AuthState.IDLE)
            return [SendAnswer(authorized)]
        if self.state is AuthState.DISCON:
            return [SendAnswer(False)]  # the session is being aborted
        if not authorized:
            was_open = self.state is AuthState.OPEN
            self._go(now, "request not authorized", AuthState.IDLE)
            self._session_end = self._expires = None
            return [SendAnswer(False), Cleanup("not authorized")] if was_open else [SendAnswer(False)]
        t = timers or SessionTimers()
        if self.state is AuthState.IDLE or t.session_timeout is not None:
            self._session_end = t.session_deadline(now)
        self.timers = t
        self._expires = t.grace_deadline(now)
        self._go(now, "request authorized", AuthState.OPEN)
        return [SendAnswer(True)]

    def abort(self, now: float) -> list[AuthAction]:
        """The home server wants to end the service: ASR."""
        if self.state is AuthState.OPEN:
            self._go(now, "home server terminates the service", AuthState.DISCON)
            self._asr_again = None
            return [SendASR()]
        return []

    def asr_failed(self, now: float) -> list[AuthAction]:
        """The ASR could not be sent: it is sent again after ``asr_retry`` seconds."""
        if self.state is AuthState.DISCON:
            self._asr_again = now + self.asr_retry
        return []

    def asa(self, now: float, result_code: int) -> list[AuthAction]:
        """The client's Abort-Session-Answer."""
        if self.state is AuthState.DISCON:
            self._go(now, f"ASA received ({result_code})", AuthState.IDLE)
            self._asr_again = None
            return [Cleanup(f"aborted (ASA {result_code})")]
        return []  # not Discon: no change

    def str_received(self, now: float) -> list[AuthAction]:
        """A Session-Termination-Request, in any state: STA, clean up."""
        self._go(now, "STR received", AuthState.IDLE)
        self._session_end = self._expires = self._asr_again = None
        return [SendSTA(DIAMETER_SUCCESS), Cleanup("session terminated by the client")]

    def timer(self, now: float) -> list[AuthAction]:
        if self.state is AuthState.DISCON and self._asr_again is not None and now >= self._asr_again:
            self._asr_again = None
            self.history.append((now, "ASR sent again", self.state))
            return [SendASR()]
        if self.state is not AuthState.OPEN:
            return []
        if self._expires is not None and now >= self._expires:
            self._go(now, "Authorization-Lifetime and Auth-Grace-Period expired", AuthState.IDLE)
            self._session_end = self._expires = None
            return [Cleanup("authorization expired")]
        if self._session_end is not None and now >= self._session_end:
            self._go(now, "Session-Timeout expired", AuthState.IDLE)
            self._session_end = self._expires = None
            return [Cleanup("Session-Timeout expired")]
        return []
