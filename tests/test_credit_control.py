"""Credit-Control state machines (RFC 8506 §7), row by row of the RFC's tables, on a fake
clock: the session-based client with Tx, CCFH and failover; the event-based client with DDFH;
the server's Tcc."""

from __future__ import annotations

import pytest

from diameter.core.credit_control import (
    CCFH,
    DDFH,
    BufferRequest,
    CcState,
    ClientCreditControl,
    ClientEvent,
    CreditControlError,
    Failover,
    GrantService,
    ReleaseUnits,
    RequestType,
    SendCCR,
    SendRAA,
    ServerCreditControl,
    TerminateService,
)

INIT, U, T, E = (
    RequestType.INITIAL_REQUEST,
    RequestType.UPDATE_REQUEST,
    RequestType.TERMINATION_REQUEST,
    RequestType.EVENT_REQUEST,
)
OK = 2001


def state_of(m: ClientCreditControl | ClientEvent | ServerCreditControl) -> CcState:
    return m.state  # through a call: mypy does not narrow it


def deadline_of(m: ClientCreditControl | ClientEvent | ServerCreditControl) -> float | None:
    return m.deadline


def ccfh_of(m: ClientCreditControl) -> CCFH:
    return m.ccfh


def pending_i(ccfh: CCFH = CCFH.TERMINATE) -> ClientCreditControl:
    c = ClientCreditControl("c;1", ccfh=ccfh, tx=10.0)
    assert c.start(0.0) == [SendCCR(INIT, 0)] and state_of(c) is CcState.PENDING_I and deadline_of(c) == 10.0
    return c


def opened(ccfh: CCFH = CCFH.TERMINATE, **answer: object) -> ClientCreditControl:
    c = pending_i(ccfh)
    assert c.answered(1.0, OK, **answer) == [] and state_of(c) is CcState.OPEN  # type: ignore[arg-type]
    return c


def pending_u(ccfh: CCFH = CCFH.TERMINATE) -> ClientCreditControl:
    c = opened(ccfh)
    assert c.units_used(2.0) == [SendCCR(U, 1)] and state_of(c) is CcState.PENDING_U
    return c


# -- PendingI and PendingU ---------------------------------------------------------------------


@pytest.mark.parametrize("pending", [pending_i, pending_u])
def test_a_successful_answer_stops_tx_and_opens(pending: object) -> None:
    c = pending()  # type: ignore[operator]
    assert c.answered(3.0, OK) == [] and state_of(c) is CcState.OPEN and deadline_of(c) is None


@pytest.mark.parametrize("pending", [pending_i, pending_u])
def test_failure_to_send_or_a_temporary_error_with_continue_grants_service_after_failover(pending: object) -> None:
    c = pending(CCFH.CONTINUE)  # type: ignore[operator]
    kind, n = c.pending
    assert c.send_failed(3.0) == [Failover(kind, n)] and state_of(c) is not CcState.IDLE
    [grant] = c.send_failed(4.0, temporary=True)
    assert isinstance(grant, GrantService) and state_of(c) is CcState.IDLE and c.uncontrolled


@pytest.mark.parametrize("pending", [pending_i, pending_u])
@pytest.mark.parametrize("ccfh", [CCFH.TERMINATE, CCFH.RETRY_AND_TERMINATE])
def test_failure_to_send_with_terminate_or_retry_and_terminate_terminates(pending: object, ccfh: CCFH) -> None:
    c = pending(ccfh)  # type: ignore[operator]
    if ccfh is CCFH.RETRY_AND_TERMINATE:
        assert isinstance(c.send_failed(3.0)[0], Failover)
    [end] = c.send_failed(4.0)
    assert isinstance(end, TerminateService) and state_of(c) is CcState.IDLE


@pytest.mark.parametrize("pending", [pending_i, pending_u])
def test_tx_expired_with_continue_grants_service_and_waits(pending: object) -> None:
    c = pending(CCFH.CONTINUE)  # type: ignore[operator]
    when = deadline_of(c)
    assert when is not None
    grant, failover = c.timer(when)
    assert isinstance(grant, GrantService) and isinstance(failover, Failover)
    assert state_of(c) in (CcState.PENDING_I, CcState.PENDING_U)
    assert c.answered(when + 1, OK) == [] and state_of(c) is CcState.OPEN  # the answer came after all


@pytest.mark.parametrize("pending", [pending_i, pending_u])
def test_tx_expired_with_terminate_terminates(pending: object) -> None:
    c = pending(CCFH.TERMINATE)  # type: ignore[operator]
    [end] = c.timer(deadline_of(c))
    assert isinstance(end, TerminateService) and state_of(c) is CcState.IDLE


def test_tx_expired_with_retry_and_terminate_fails_over_then_terminates() -> None:
    c = pending_i(CCFH.RETRY_AND_TERMINATE)
    assert c.timer(10.0) == [Failover(INIT, 0)] and deadline_of(c) == 20.0 and state_of(c) is CcState.PENDING_I
    [end] = c.timer(20.0)
    assert isinstance(end, TerminateService) and state_of(c) is CcState.IDLE


def test_service_denied_or_user_unknown_terminates_and_not_applicable_grants() -> None:
    for code in (4010, 5030):
        c = pending_i(CCFH.CONTINUE)
        [end] = c.answered(1.0, code)
        assert isinstance(end, TerminateService) and state_of(c) is CcState.IDLE
    c = pending_u(CCFH.CONTINUE)
    [end] = c.answered(3.0, 4010)
    assert isinstance(end, TerminateService)
    for pending in (pending_i, pending_u):
        c = pending(CCFH.TERMINATE)
        [grant] = c.answered(3.0, 4011)
        assert isinstance(grant, GrantService) and state_of(c) is CcState.IDLE


@pytest.mark.parametrize("pending", [pending_i, pending_u])
def test_a_failed_answer_goes_by_ccfh(pending: object) -> None:
    c = pending(CCFH.CONTINUE)  # type: ignore[operator]
    [grant] = c.answered(3.0, 5012)
    assert isinstance(grant, GrantService) and state_of(c) is CcState.IDLE
    for ccfh in (CCFH.TERMINATE, CCFH.RETRY_AND_TERMINATE):
        c = pending(ccfh)  # type: ignore[operator]
        [end] = c.answered(3.0, 5012)
        assert isinstance(end, TerminateService) and state_of(c) is CcState.IDLE


def test_termination_and_rating_change_are_queued_while_pending_then_sent() -> None:
    c = pending_i()
    assert c.rating_changed(1.0) == [] and state_of(c) is CcState.PENDING_I
    assert c.answered(2.0, OK) == [SendCCR(U, 1)] and state_of(c) is CcState.PENDING_U
    assert c.terminate(3.0) == [] and c.rating_changed(3.5) == []
    assert c.answered(4.0, OK) == [SendCCR(T, 2)] and state_of(c) is CcState.PENDING_T


def test_pending_u_rar_is_answered() -> None:
    c = pending_u()
    assert c.rar(3.0) == [SendRAA(2001)] and state_of(c) is CcState.PENDING_U


# -- Open --------------------------------------------------------------------------------------


def test_open_units_used_sends_an_update_or_with_final_units_terminates() -> None:
    c = opened()
    assert c.units_used(2.0) == [SendCCR(U, 1)]
    c = opened(final_unit_terminate=True)
    end, ccr_t = c.units_used(2.0)
    assert isinstance(end, TerminateService) and ccr_t == SendCCR(T, 1) and state_of(c) is CcState.PENDING_T


def test_open_rating_change_validity_time_termination_and_rar() -> None:
    c = opened()
    assert c.rating_changed(2.0) == [SendCCR(U, 1)]
    c = opened(validity_time=30)
    assert deadline_of(c) == 31.0 and c.timer(30.9) == []
    assert c.timer(31.0) == [SendCCR(U, 1)] and state_of(c) is CcState.PENDING_U
    c = opened()
    assert c.terminate(2.0) == [SendCCR(T, 1)] and state_of(c) is CcState.PENDING_T and deadline_of(c) is None
    c = opened()
    assert c.rar(2.0) == [SendRAA(2001), SendCCR(U, 1)] and state_of(c) is CcState.PENDING_U


# -- PendingT ----------------------------------------------------------------------------------


@pytest.mark.parametrize("outcome", ["answer", "failed answer", "failure"])
def test_pending_t_ends_in_idle_whatever_comes(outcome: str) -> None:
    c = opened(CCFH.CONTINUE)
    c.terminate(2.0)
    if outcome == "answer":
        assert c.answered(3.0, OK) == []
    elif outcome == "failed answer":
        assert c.answered(3.0, 5012) == []
    else:
        assert c.send_failed(3.0) == []  # no failover for a termination
    assert state_of(c) is CcState.IDLE
    assert c.rating_changed(4.0) == [] and c.terminate(4.0) == [] and c.answered(4.0, OK) == []


def test_events_out_of_their_state() -> None:
    c = opened()
    with pytest.raises(CreditControlError):
        c.start(2.0)
    idle = ClientCreditControl("c;2")
    with pytest.raises(CreditControlError):
        idle.units_used(0.0)
    assert idle.rar(0.0) == [SendRAA(5002)] and idle.send_failed(0.0) == [] and idle.timer(100.0) == []
    c = opened()
    c.answered(2.0, OK, ccfh=CCFH.CONTINUE)  # no request pending: nothing
    assert c.ccfh is CCFH.TERMINATE
    c.units_used(2.0)
    c.answered(3.0, OK, ccfh=CCFH.CONTINUE)  # the server's CCFH applies from its answer
    assert ccfh_of(c) is CCFH.CONTINUE


# -- event based -------------------------------------------------------------------------------


def test_event_request_answered_or_not_applicable_grants() -> None:
    e = ClientEvent("e;1", tx=5.0)
    assert e.request(0.0) == [SendCCR(E, 0)] and state_of(e) is CcState.PENDING_E and deadline_of(e) == 5.0
    [grant] = e.answered(1.0, OK)
    assert isinstance(grant, GrantService) and state_of(e) is CcState.IDLE
    e = ClientEvent("e;2")
    e.request(0.0)
    [grant] = e.answered(1.0, 4011)
    assert isinstance(grant, GrantService)
    with pytest.raises(CreditControlError):
        e2 = ClientEvent("e;3")
        e2.request(0.0)
        e2.request(0.0)


def test_event_failure_fails_over_then_buffers_or_continues_by_ddfh() -> None:
    e = ClientEvent("e;1", ddfh=DDFH.TERMINATE_OR_BUFFER, tx=5.0)
    e.request(0.0)
    assert e.timer(5.0) == [Failover(E, 0)] and deadline_of(e) == 10.0
    buffered, end = e.send_failed(6.0)
    assert buffered == BufferRequest(0) and isinstance(end, TerminateService) and state_of(e) is CcState.PENDING_B
    assert e.buffered_sent(7.0) == [] and state_of(e) is CcState.IDLE
    e = ClientEvent("e;2", ddfh=DDFH.CONTINUE)
    e.request(0.0)
    e.send_failed(1.0)
    [grant] = e.send_failed(2.0)
    assert isinstance(grant, GrantService) and state_of(e) is CcState.IDLE


def test_event_failed_answers_by_ddfh() -> None:
    e = ClientEvent("e;1", ddfh=DDFH.CONTINUE)
    e.request(0.0)
    [grant] = e.answered(1.0, 4012)  # a temporary error: CONTINUE grants
    assert isinstance(grant, GrantService)
    e = ClientEvent("e;2", ddfh=DDFH.CONTINUE)
    e.request(0.0)
    [end] = e.answered(1.0, 5003)  # a permanent one does not
    assert isinstance(end, TerminateService)
    e = ClientEvent("e;3")
    e.request(0.0)
    [end] = e.answered(1.0, 4012)
    assert isinstance(end, TerminateService)
    assert e.answered(2.0, OK) == [] and e.send_failed(2.0) == []


# -- server ------------------------------------------------------------------------------------


def test_server_tcc_runs_from_each_request_and_releases_units_when_it_expires() -> None:
    s = ServerCreditControl("c;1", tcc=20.0)
    assert s.request(0.0, INIT) == [] and state_of(s) is CcState.OPEN and deadline_of(s) == 20.0
    assert s.request(10.0, U) == [] and deadline_of(s) == 30.0
    assert s.timer(29.0) == [] and s.timer(30.0) == [ReleaseUnits()] and state_of(s) is CcState.IDLE
    s = ServerCreditControl("c;2")
    s.request(0.0, INIT)
    assert s.request(1.0, T) == [] and state_of(s) is CcState.IDLE and deadline_of(s) is None
    assert s.request(2.0, E) == [] and state_of(s) is CcState.IDLE
    assert s.request(3.0, U) == [] and state_of(s) is CcState.IDLE  # an update of no session
