"""Accounting state machines (RFC 6733 §8.2), row by row of the RFC's tables, on a fake clock."""

from __future__ import annotations

import pytest

from diameter.core.accounting import (
    AccountingError,
    AcctAnswer,
    AcctState,
    ClientAccounting,
    DisconnectUser,
    LoseRecord,
    Realtime,
    RecordType,
    SendRecord,
    ServerAccounting,
    SessionExpired,
    StoreRecord,
)

START, INTERIM, EVENT, STOP = (
    RecordType.START_RECORD,
    RecordType.INTERIM_RECORD,
    RecordType.EVENT_RECORD,
    RecordType.STOP_RECORD,
)
OK, FAIL = 2001, 5012


def state_of(machine: ClientAccounting | ServerAccounting) -> AcctState:
    return machine.state  # through a call: mypy does not narrow it


def deadline_of(machine: ClientAccounting | ServerAccounting) -> float | None:
    return machine.deadline


def opened(realtime: Realtime = Realtime.GRANT_AND_STORE, interim: int | None = 60) -> ClientAccounting:
    c = ClientAccounting("c;1", realtime=realtime, interim_interval=interim)
    assert c.start(0.0) == [SendRecord(START, 0)]
    assert c.answered(0.0, OK) == [] and state_of(c) is AcctState.OPEN
    return c


def interim_pending(realtime: Realtime = Realtime.GRANT_AND_STORE) -> ClientAccounting:
    c = opened(realtime)
    assert c.timer(60.0) == [SendRecord(INTERIM, 1)] and state_of(c) is AcctState.PENDING_I
    return c


# -- client --------------------------------------------------------------------------------------


def test_idle_access_requested_sends_the_start_record() -> None:
    c = ClientAccounting("c;1")
    assert c.start(0.0) == [SendRecord(START, 0)] and state_of(c) is AcctState.PENDING_S


def test_idle_one_time_service_sends_an_event_record() -> None:
    c = ClientAccounting("c;1")
    assert c.event(0.0) == [SendRecord(EVENT, 0)] and state_of(c) is AcctState.PENDING_E


def test_pending_s_successful_answer_opens_and_starts_the_interim_timer() -> None:
    c = opened(interim=30)
    assert c.deadline == 30.0


@pytest.mark.parametrize("realtime", [Realtime.GRANT_AND_STORE])
def test_pending_s_failure_with_buffer_space_stores_the_start_record(realtime: Realtime) -> None:
    c = ClientAccounting("c;1", realtime=realtime)
    c.start(0.0)
    assert c.send_failed(1.0) == [StoreRecord(START, 0)] and state_of(c) is AcctState.OPEN


def test_pending_s_failure_without_space_and_grant_and_lose_goes_on() -> None:
    c = ClientAccounting("c;1", realtime=Realtime.GRANT_AND_LOSE)
    c.start(0.0)
    assert c.send_failed(1.0, buffer_space=False) == [LoseRecord(START, 0)] and state_of(c) is AcctState.OPEN


@pytest.mark.parametrize("realtime", [Realtime.GRANT_AND_STORE, Realtime.DELIVER_AND_GRANT])
def test_pending_s_failure_without_space_and_not_grant_and_lose_disconnects(realtime: Realtime) -> None:
    c = ClientAccounting("c;1", realtime=realtime)
    c.start(0.0)
    lose, disconnect = c.send_failed(1.0, buffer_space=False)
    assert lose == LoseRecord(START, 0) and isinstance(disconnect, DisconnectUser)
    assert state_of(c) is AcctState.IDLE


def test_pending_s_failure_with_deliver_and_grant_disconnects_even_with_space() -> None:
    c = ClientAccounting("c;1", realtime=Realtime.DELIVER_AND_GRANT)
    c.start(0.0)
    _, disconnect = c.send_failed(1.0)
    assert isinstance(disconnect, DisconnectUser) and state_of(c) is AcctState.IDLE


def test_pending_s_failed_answer_grant_and_lose_opens_otherwise_disconnects() -> None:
    c = ClientAccounting("c;1", realtime=Realtime.GRANT_AND_LOSE)
    c.start(0.0)
    assert c.answered(1.0, FAIL) == [] and state_of(c) is AcctState.OPEN
    c = ClientAccounting("c;1", realtime=Realtime.GRANT_AND_STORE)
    c.start(0.0)
    [disconnect] = c.answered(1.0, FAIL)
    assert isinstance(disconnect, DisconnectUser) and state_of(c) is AcctState.IDLE


def test_pending_s_service_terminated_stores_the_stop_record() -> None:
    c = ClientAccounting("c;1")
    c.start(0.0)
    assert c.stop(1.0) == [StoreRecord(STOP, 1)] and state_of(c) is AcctState.PENDING_S
    assert c.answered(2.0, OK) == [] and state_of(c) is AcctState.IDLE  # its stop is stored
    assert c.deadline is None


def test_open_interim_interval_sends_interim_records_numbered_in_order() -> None:
    c = opened()
    assert c.timer(59.0) == []
    assert c.timer(60.0) == [SendRecord(INTERIM, 1)] and state_of(c) is AcctState.PENDING_I
    assert c.answered(61.0, OK, interim_interval=120) == [] and c.deadline == 181.0  # the server's interval
    assert c.timer(181.0) == [SendRecord(INTERIM, 2)]


def test_open_service_terminated_sends_the_stop_record() -> None:
    c = opened()
    assert c.stop(5.0) == [SendRecord(STOP, 1)] and state_of(c) is AcctState.PENDING_L


def test_pending_i_rows() -> None:
    c = interim_pending()
    assert c.answered(61.0, OK) == [] and state_of(c) is AcctState.OPEN
    c = interim_pending()
    assert c.send_failed(61.0) == [StoreRecord(INTERIM, 1)] and state_of(c) is AcctState.OPEN
    c = interim_pending(Realtime.GRANT_AND_LOSE)
    assert c.send_failed(61.0, buffer_space=False) == [LoseRecord(INTERIM, 1)] and state_of(c) is AcctState.OPEN
    c = interim_pending()
    _, disconnect = c.send_failed(61.0, buffer_space=False)
    assert isinstance(disconnect, DisconnectUser) and state_of(c) is AcctState.IDLE
    c = interim_pending(Realtime.GRANT_AND_LOSE)
    assert c.answered(61.0, FAIL) == [] and state_of(c) is AcctState.OPEN
    c = interim_pending()
    [disconnect] = c.answered(61.0, FAIL)
    assert isinstance(disconnect, DisconnectUser) and state_of(c) is AcctState.IDLE
    c = interim_pending()
    assert c.stop(61.0) == [StoreRecord(STOP, 2)] and state_of(c) is AcctState.PENDING_I


@pytest.mark.parametrize("first", ["event", "stop"])
def test_pending_e_and_pending_l_rows(first: str) -> None:
    def pending() -> tuple[ClientAccounting, RecordType, int]:
        if first == "event":
            c = ClientAccounting("c;1")
            c.event(0.0)
            return c, EVENT, 0
        c = opened()
        c.stop(1.0)
        return c, STOP, 1

    c, kind, n = pending()
    assert c.answered(2.0, OK) == [] and state_of(c) is AcctState.IDLE
    c, kind, n = pending()
    assert c.send_failed(2.0) == [StoreRecord(kind, n)] and state_of(c) is AcctState.IDLE
    c, kind, n = pending()
    assert c.send_failed(2.0, buffer_space=False) == [LoseRecord(kind, n)] and state_of(c) is AcctState.IDLE
    c, kind, n = pending()
    assert c.answered(2.0, FAIL) == [] and state_of(c) is AcctState.IDLE


def test_events_out_of_their_state_are_refused_or_change_nothing() -> None:
    c = opened()
    with pytest.raises(AccountingError):
        c.start(1.0)
    with pytest.raises(AccountingError):
        c.event(1.0)
    c.stop(1.0)
    with pytest.raises(AccountingError):
        c.stop(2.0)
    idle = ClientAccounting("c;2")
    assert idle.answered(0.0, OK) == [] and idle.send_failed(0.0) == [] and idle.timer(99.0) == []
    done = ClientAccounting("c;3")
    done.event(0.0)
    done.answered(0.0, OK)
    with pytest.raises(AccountingError):
        done.start(1.0)  # a session's records are numbered once


def test_realtime_from_the_answer_applies_to_the_next_records() -> None:
    c = opened(Realtime.GRANT_AND_STORE)
    c.timer(60.0)
    c.answered(60.0, OK, realtime=Realtime.DELIVER_AND_GRANT)
    c.timer(120.0)
    _, disconnect = c.send_failed(121.0)
    assert isinstance(disconnect, DisconnectUser)


# -- server (stateful) ---------------------------------------------------------------------------


def test_server_start_interim_stop_and_event() -> None:
    s = ServerAccounting("c;1")
    assert s.record(0.0, START, interim_interval=30) == [AcctAnswer(2001)] and state_of(s) is AcctState.OPEN
    assert deadline_of(s) == 60.0
    assert s.record(30.0, INTERIM, interim_interval=30) == [AcctAnswer(2001)] and deadline_of(s) == 90.0
    assert s.record(40.0, STOP) == [AcctAnswer(2001)] and state_of(s) is AcctState.IDLE
    assert deadline_of(s) is None
    e = ServerAccounting("c;2")
    assert e.record(0.0, EVENT) == [AcctAnswer(2001)] and state_of(e) is AcctState.IDLE


def test_server_out_of_space_in_idle_and_open() -> None:
    s = ServerAccounting("c;1")
    assert s.record(0.0, START, stored=False) == [AcctAnswer(4002)] and state_of(s) is AcctState.IDLE
    s.record(1.0, START, interim_interval=10)
    assert s.record(2.0, INTERIM, stored=False) == [AcctAnswer(4002)] and state_of(s) is AcctState.IDLE
    assert s.deadline is None


def test_server_supervision_timer_expires() -> None:
    s = ServerAccounting("c;1", supervision=100.0)
    s.record(0.0, START)
    assert s.timer(99.0) == [] and s.timer(100.0) == [SessionExpired()] and state_of(s) is AcctState.IDLE
    t = ServerAccounting("c;2")
    t.record(0.0, START)  # no interval, no supervision
    assert t.deadline is None
    u = ServerAccounting("c;3")
    u.record(0.0, INTERIM, interim_interval=5)  # state lost (a restart): the interim opens it
    assert state_of(u) is AcctState.OPEN and u.deadline == 10.0
