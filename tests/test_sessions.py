"""Authorization session state machines (RFC 6733 §8.1), row by row of the RFC's tables, on a
fake clock (the times are plain numbers)."""

from __future__ import annotations

import pytest

from diameter.core.sessions import (
    NO_STATE_MAINTAINED,
    AuthState,
    Cleanup,
    ClientAuthSession,
    DisconnectUser,
    GrantAccess,
    ProvideService,
    Reauthorize,
    SendAnswer,
    SendASA,
    SendASR,
    SendAuthRequest,
    SendRAA,
    SendSTA,
    SendSTR,
    ServerAuthSession,
    SessionError,
    SessionTimers,
    TerminationCause,
)

OK, FAIL = 2001, 5003


def deadline_of(session: ClientAuthSession | ServerAuthSession) -> float | None:
    return session.deadline


def state_of(session: ClientAuthSession | ServerAuthSession) -> AuthState:
    return session.state  # through a call: mypy does not narrow it


def client_in(state: AuthState, *, stateful: bool = True, timers: SessionTimers | None = None) -> ClientAuthSession:
    c = ClientAuthSession("c;1;1", stateful=stateful)
    if state is AuthState.IDLE:
        return c
    assert c.request_access(0.0) == [SendAuthRequest()]
    if state is AuthState.PENDING:
        return c
    assert c.answer(0.0, OK, timers=timers) == [GrantAccess()]
    if state is AuthState.OPEN:
        return c
    assert c.terminate(0.0) == [SendSTR(TerminationCause.DIAMETER_LOGOUT)]
    assert state_of(c) is AuthState.DISCON
    return c


# -- client, stateful --------------------------------------------------------------------------


def test_idle_access_requested_sends_the_request_and_waits() -> None:
    c = client_in(AuthState.IDLE)
    assert c.request_access(1.0) == [SendAuthRequest()] and state_of(c) is AuthState.PENDING


def test_idle_asr_for_no_session_is_unknown_session_id() -> None:
    c = client_in(AuthState.IDLE)
    assert c.asr(1.0) == [SendASA(5002)] and state_of(c) is AuthState.IDLE


def test_pending_success_grants_access() -> None:
    c = client_in(AuthState.PENDING)
    assert c.answer(1.0, OK) == [GrantAccess()] and state_of(c) is AuthState.OPEN


def test_pending_success_but_service_not_provided_sends_str() -> None:
    c = client_in(AuthState.PENDING)
    assert c.answer(1.0, OK, service_provided=False) == [SendSTR(TerminationCause.DIAMETER_SERVICE_NOT_PROVIDED)]
    assert state_of(c) is AuthState.DISCON


def test_pending_error_processing_a_success_sends_str() -> None:
    c = client_in(AuthState.PENDING)
    assert c.answer(1.0, OK, valid=False) == [SendSTR(TerminationCause.DIAMETER_BAD_ANSWER)]
    assert state_of(c) is AuthState.DISCON


def test_pending_failed_answer_cleans_up() -> None:
    c = client_in(AuthState.PENDING)
    [action] = c.answer(1.0, FAIL)
    assert isinstance(action, Cleanup) and state_of(c) is AuthState.IDLE


def test_open_access_requested_sends_the_request_and_stays_open() -> None:
    c = client_in(AuthState.OPEN)
    assert c.request_access(1.0) == [SendAuthRequest()] and state_of(c) is AuthState.OPEN


def test_open_success_provides_service() -> None:
    c = client_in(AuthState.OPEN)
    assert c.answer(1.0, OK) == [ProvideService()] and state_of(c) is AuthState.OPEN


def test_open_failed_answer_disconnects() -> None:
    c = client_in(AuthState.OPEN)
    [action] = c.answer(1.0, FAIL)
    assert isinstance(action, DisconnectUser) and state_of(c) is AuthState.IDLE


def test_open_rar_is_answered_then_reauthorized() -> None:
    c = client_in(AuthState.OPEN)
    assert c.rar(1.0) == [SendRAA(2001), SendAuthRequest()] and state_of(c) is AuthState.OPEN
    assert client_in(AuthState.IDLE).rar(1.0) == [SendRAA(5002)]


def test_open_session_timeout_sends_str() -> None:
    c = client_in(AuthState.OPEN, timers=SessionTimers(session_timeout=30))
    assert c.deadline == 30.0
    assert c.timer(29.9) == [] and state_of(c) is AuthState.OPEN
    assert c.timer(30.0) == [SendSTR(TerminationCause.DIAMETER_SESSION_TIMEOUT)] and state_of(c) is AuthState.DISCON
    assert c.deadline is None


def test_open_asr_complied_with_is_asa_success_and_str() -> None:
    c = client_in(AuthState.OPEN)
    assert c.asr(1.0) == [SendASA(2001), SendSTR(TerminationCause.DIAMETER_ADMINISTRATIVE)]
    assert state_of(c) is AuthState.DISCON


def test_open_asr_not_complied_with_is_asa_failure_and_stays_open() -> None:
    c = client_in(AuthState.OPEN)
    [asa] = c.asr(1.0, comply=False)
    assert isinstance(asa, SendASA) and asa.result_code != 2001 and state_of(c) is AuthState.OPEN


def test_open_lifetime_asks_for_reauthorization_then_grace_expiry_sends_str() -> None:
    c = client_in(AuthState.OPEN, timers=SessionTimers(authorization_lifetime=60, auth_grace_period=10))
    assert c.deadline == 60.0
    assert c.timer(60.0) == [Reauthorize()] and state_of(c) is AuthState.OPEN
    assert c.deadline == 70.0
    assert c.timer(70.0) == [SendSTR(TerminationCause.DIAMETER_AUTH_EXPIRED)] and state_of(c) is AuthState.DISCON


def test_open_reauthorized_in_the_grace_period_starts_a_new_lifetime() -> None:
    timers = SessionTimers(session_timeout=1000, authorization_lifetime=60, auth_grace_period=10)
    c = client_in(AuthState.OPEN, timers=timers)
    assert c.timer(60.0) == [Reauthorize()]
    assert c.request_access(61.0) == [SendAuthRequest()]
    assert c.answer(62.0, OK, timers=SessionTimers(authorization_lifetime=60, auth_grace_period=10)) == [
        ProvideService()
    ]
    assert c.deadline == 122.0
    assert c.timer(72.0) == [] and state_of(c) is AuthState.OPEN
    assert c.timer(1000.0) == [SendSTR(TerminationCause.DIAMETER_SESSION_TIMEOUT)]  # (kept: not re-granted)


def test_lifetime_zero_reauthorizes_at_once_and_forever_never() -> None:
    c = client_in(AuthState.OPEN, timers=SessionTimers(authorization_lifetime=0))
    assert c.deadline == 0.0 and c.timer(0.0) == [Reauthorize()]
    assert client_in(AuthState.OPEN, timers=SessionTimers(authorization_lifetime=0xFFFFFFFF)).deadline is None
    assert client_in(AuthState.OPEN, timers=SessionTimers(session_timeout=0)).deadline is None


def test_discon_asr_is_answered_and_sta_disconnects() -> None:
    c = client_in(AuthState.DISCON)
    assert c.asr(1.0) == [SendASA(2001)] and state_of(c) is AuthState.DISCON
    [action] = c.sta(2.0)
    assert isinstance(action, DisconnectUser) and state_of(c) is AuthState.IDLE


def test_events_out_of_their_state_change_nothing_or_are_refused() -> None:
    c = client_in(AuthState.PENDING)
    with pytest.raises(SessionError):
        c.request_access(1.0)
    assert c.sta(1.0) == [] and state_of(c) is AuthState.PENDING
    assert client_in(AuthState.IDLE).answer(1.0, OK) == []
    assert client_in(AuthState.IDLE).timer(100.0) == []
    idle = client_in(AuthState.IDLE)
    assert idle.terminate(1.0) == [] and state_of(idle) is AuthState.IDLE
    pending = client_in(AuthState.PENDING)
    [action] = pending.terminate(1.0)
    assert isinstance(action, Cleanup) and state_of(pending) is AuthState.IDLE
    assert [e for _, e, _ in client_in(AuthState.DISCON).history] == [
        "access requested",
        "successful answer",
        "service terminated",
    ]


# -- client, stateless -------------------------------------------------------------------------


def test_stateless_success_grants_access_and_session_timeout_disconnects() -> None:
    c = ClientAuthSession("c;1;2")
    assert c.request_access(0.0) == [SendAuthRequest()]
    timers = SessionTimers(session_timeout=30, authorization_lifetime=5)
    assert c.answer(0.0, OK, auth_session_state=NO_STATE_MAINTAINED, timers=timers) == [GrantAccess()]
    assert not c.stateful and c.deadline == 30.0  # no lifetime in a stateless session
    [action] = c.timer(30.0)
    assert isinstance(action, DisconnectUser) and state_of(c) is AuthState.IDLE


def test_stateless_failure_cleans_up_and_termination_disconnects_without_str() -> None:
    c = ClientAuthSession("c;1;3", stateful=False)
    c.request_access(0.0)
    [action] = c.answer(0.0, FAIL)
    assert isinstance(action, Cleanup) and state_of(c) is AuthState.IDLE
    c.request_access(1.0)
    c.answer(1.0, OK)
    [action] = c.terminate(2.0)
    assert isinstance(action, DisconnectUser) and state_of(c) is AuthState.IDLE
    c.request_access(3.0)
    c.answer(3.0, OK)
    with pytest.raises(SessionError):
        c.request_access(4.0)  # stateless: no re-authorization in Open
    assert c.rar(4.0) == [SendRAA(5002)] and c.asr(4.0) == [SendASA(5002)]


# -- server, stateful --------------------------------------------------------------------------


def server_open(timers: SessionTimers | None = None) -> ServerAuthSession:
    s = ServerAuthSession("c;1;1")
    assert s.auth_request(0.0, authorized=True, timers=timers) == [SendAnswer(True)]
    assert state_of(s) is AuthState.OPEN
    return s


def test_server_idle_request_authorized_or_not() -> None:
    s = ServerAuthSession("c;1;1")
    assert s.auth_request(0.0, authorized=False) == [SendAnswer(False)] and state_of(s) is AuthState.IDLE
    assert s.auth_request(0.0, authorized=True) == [SendAnswer(True)] and state_of(s) is AuthState.OPEN


def test_server_open_request_authorized_or_not() -> None:
    s = server_open()
    assert s.auth_request(1.0, authorized=True) == [SendAnswer(True)] and state_of(s) is AuthState.OPEN
    answer, cleanup = s.auth_request(2.0, authorized=False)
    assert answer == SendAnswer(False) and isinstance(cleanup, Cleanup) and state_of(s) is AuthState.IDLE


def test_server_abort_sends_asr_retries_it_and_cleans_up_on_the_asa() -> None:
    s = server_open()
    assert s.abort(1.0) == [SendASR()] and state_of(s) is AuthState.DISCON
    assert deadline_of(s) is None
    assert s.asr_failed(2.0) == [] and deadline_of(s) == 2.0 + s.asr_retry
    assert s.timer(2.0 + s.asr_retry) == [SendASR()] and state_of(s) is AuthState.DISCON
    assert s.auth_request(8.0, authorized=True) == [SendAnswer(False)]
    [action] = s.asa(9.0, 2001)
    assert isinstance(action, Cleanup) and state_of(s) is AuthState.IDLE
    assert s.asa(10.0, 2001) == [] and s.abort(10.0) == []  # not Discon: no change


def test_server_lifetime_and_grace_or_session_timeout_clean_up() -> None:
    s = server_open(SessionTimers(authorization_lifetime=60, auth_grace_period=5))
    assert s.deadline == 65.0 and s.timer(64.0) == []
    [action] = s.timer(65.0)
    assert isinstance(action, Cleanup) and state_of(s) is AuthState.IDLE
    s = server_open(SessionTimers(session_timeout=30))
    [action] = s.timer(30.0)
    assert isinstance(action, Cleanup) and state_of(s) is AuthState.IDLE and s.deadline is None


@pytest.mark.parametrize("state", ["idle", "open", "discon"])
def test_server_str_in_any_state_is_sta_and_cleanup(state: str) -> None:
    s = ServerAuthSession("c;1;1")
    if state != "idle":
        s.auth_request(0.0, authorized=True)
    if state == "discon":
        s.abort(0.0)
    sta, cleanup = s.str_received(1.0)
    assert sta == SendSTA(2001) and isinstance(cleanup, Cleanup) and state_of(s) is AuthState.IDLE


def test_server_stateless_answers_and_stays_idle() -> None:
    s = ServerAuthSession("c;1;1", stateful=False)
    assert s.auth_request(0.0, authorized=True, timers=SessionTimers(session_timeout=5)) == [SendAnswer(True)]
    assert state_of(s) is AuthState.IDLE and s.deadline is None
    assert s.auth_request(0.0, authorized=False) == [SendAnswer(False)]
