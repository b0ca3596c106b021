"""The transitions the session, accounting and credit-control machines record (``history``:
time, event, new state), whole, over scenarios that cross most rows of their tables: what a
user reads back to see why a session is where it is."""

from __future__ import annotations

from diameter.core.accounting import AcctState, ClientAccounting, RecordType, ServerAccounting
from diameter.core.credit_control import (
    CCFH,
    CcState,
    ClientCreditControl,
    ClientEvent,
    RequestType,
    ServerCreditControl,
)
from diameter.core.sessions import AuthState, ClientAuthSession, ServerAuthSession, SessionTimers

P, OPEN, D, IDLE = AuthState.PENDING, AuthState.OPEN, AuthState.DISCON, AuthState.IDLE


def test_the_client_auth_session_records_each_transition() -> None:
    c = ClientAuthSession("c")
    c.request_access(0.0)
    c.answer(1.0, 2001, timers=SessionTimers(session_timeout=100, authorization_lifetime=10, auth_grace_period=5))
    c.rar(2.0)
    c.answer(3.0, 2001, timers=SessionTimers(authorization_lifetime=10, auth_grace_period=5))
    c.timer(13.0)
    c.request_access(14.0)
    c.answer(15.0, 2001)
    c.asr(16.0, comply=False)
    c.asr(17.0)
    c.asr(18.0)
    c.sta(19.0)
    assert c.history == [
        (0.0, "access requested", P),
        (1.0, "successful answer", OPEN),
        (2.0, "RAR received", OPEN),
        (3.0, "successful answer", OPEN),
        (13.0, "Authorization-Lifetime expired", OPEN),
        (14.0, "access requested", OPEN),
        (15.0, "successful answer", OPEN),
        (16.0, "ASR received, not complying", OPEN),
        (17.0, "ASR received", D),
        (18.0, "ASR received", D),
        (19.0, "STA received", IDLE),
    ]
    t = ClientAuthSession("t")
    t.request_access(0.0)
    t.answer(0.0, 2001, service_provided=False)
    u = ClientAuthSession("u")
    u.request_access(0.0)
    u.answer(0.0, 2001, valid=False)
    v = ClientAuthSession("v")
    v.request_access(0.0)
    v.answer(0.0, 5003)
    w = ClientAuthSession("w")
    w.request_access(0.0)
    w.answer(0.0, 2001, timers=SessionTimers(session_timeout=5, authorization_lifetime=1, auth_grace_period=1))
    w.timer(1.0)
    w.timer(2.0)
    assert [h[1] for h in t.history + u.history + v.history + w.history] == [
        "access requested",
        "successful answer, service not provided",
        "access requested",
        "error processing a successful answer",
        "access requested",
        "failed answer",
        "access requested",
        "successful answer",
        "Authorization-Lifetime expired",
        "Authorization-Lifetime and Auth-Grace-Period expired",
    ]


def test_the_server_auth_session_records_each_transition() -> None:
    s = ServerAuthSession("s")
    s.auth_request(0.0, authorized=True, timers=SessionTimers(authorization_lifetime=10, auth_grace_period=5))
    s.auth_request(1.0, authorized=True)
    s.abort(2.0)
    s.asr_failed(3.0)
    s.timer(3.0 + s.asr_retry)
    s.asa(9.0, 2001)
    s.auth_request(10.0, authorized=False)
    s.auth_request(11.0, authorized=True, timers=SessionTimers(session_timeout=5))
    s.timer(16.0)
    s.auth_request(17.0, authorized=True)
    s.auth_request(18.0, authorized=False)
    s.str_received(19.0)
    s.auth_request(20.0, authorized=True, timers=SessionTimers(authorization_lifetime=1, auth_grace_period=1))
    s.timer(22.0)
    assert s.history == [
        (0.0, "request authorized", OPEN),
        (1.0, "request authorized", OPEN),
        (2.0, "home server terminates the service", D),
        (3.0 + s.asr_retry, "ASR sent again", D),
        (9.0, "ASA received (2001)", IDLE),
        (10.0, "request not authorized", IDLE),
        (11.0, "request authorized", OPEN),
        (16.0, "Session-Timeout expired", IDLE),
        (17.0, "request authorized", OPEN),
        (18.0, "request not authorized", IDLE),
        (19.0, "STR received", IDLE),
        (20.0, "request authorized", OPEN),
        (22.0, "Authorization-Lifetime and Auth-Grace-Period expired", IDLE),
    ]
    stateless = ServerAuthSession("x", stateful=False)
    stateless.auth_request(0.0, authorized=True)
    assert stateless.history == [(0.0, "request processed", IDLE)]


def test_the_accounting_machines_record_each_transition() -> None:
    a = ClientAccounting("a", interim_interval=10)
    a.start(0.0)
    a.answered(1.0, 2001)
    a.timer(11.0)
    a.send_failed(12.0)
    a.timer(22.0)
    a.stop(23.0)
    a.answered(24.0, 2001)
    assert a.history == [
        (0.0, "access requested", AcctState.PENDING_S),
        (1.0, "successful start answer", AcctState.OPEN),
        (11.0, "interim interval elapsed", AcctState.PENDING_I),
        (12.0, "failure to send, interim record stored", AcctState.OPEN),
        (22.0, "interim interval elapsed", AcctState.PENDING_I),
        (23.0, "user service terminated", AcctState.PENDING_I),
        (24.0, "successful interim answer (stop record stored)", AcctState.IDLE),
    ]
    e = ClientAccounting("e")
    e.event(0.0)
    e.send_failed(1.0)
    assert [h[1] for h in e.history] == ["one-time service", "failure to send the event record"]
    s = ServerAccounting("s", supervision=5.0)
    s.record(0.0, RecordType.START_RECORD)
    s.record(1.0, RecordType.INTERIM_RECORD)
    s.record(2.0, RecordType.EVENT_RECORD)
    s.timer(7.0)
    s.record(8.0, RecordType.START_RECORD)
    s.record(9.0, RecordType.STOP_RECORD)
    s.record(10.0, RecordType.START_RECORD, stored=False)
    assert s.history == [
        (0.0, "start_record processed", AcctState.OPEN),
        (1.0, "interim_record processed", AcctState.OPEN),
        (2.0, "event_record processed", AcctState.OPEN),
        (7.0, "session supervision timer expired", AcctState.IDLE),
        (8.0, "start_record processed", AcctState.OPEN),
        (9.0, "stop record processed", AcctState.IDLE),
        (10.0, "no space to store records", AcctState.IDLE),
    ]


def test_the_credit_control_machines_record_each_transition() -> None:
    k = ClientCreditControl("k", ccfh=CCFH.RETRY_AND_TERMINATE, tx=5.0)
    k.start(0.0)
    k.rating_changed(0.5)
    k.answered(1.0, 2001, validity_time=30)
    k.answered(2.0, 2001, validity_time=30)
    k.timer(32.0)
    k.send_failed(33.0)
    k.answered(34.0, 2001)
    k.terminate(35.0)
    k.answered(36.0, 2001)
    assert k.history == [
        (0.0, "access requested", CcState.PENDING_I),
        (0.5, "change in rating condition queued", CcState.PENDING_I),
        (1.0, "successful initial answer", CcState.OPEN),
        (1.0, "queued change in rating condition", CcState.PENDING_U),
        (2.0, "successful update answer", CcState.OPEN),
        (32.0, "Validity-Time elapsed", CcState.PENDING_U),
        (33.0, "failover to an alternate server", CcState.PENDING_U),
        (34.0, "successful update answer", CcState.OPEN),
        (35.0, "user service terminated", CcState.PENDING_T),
        (36.0, "termination answer", CcState.IDLE),
    ]
    r = ClientCreditControl("r", ccfh=CCFH.RETRY_AND_TERMINATE, tx=5.0)
    r.start(0.0)
    r.answered(0.0, 2001)
    r.rar(1.0)
    r.timer(6.0)
    r.timer(11.0)
    c = ClientCreditControl("c", ccfh=CCFH.CONTINUE, tx=5.0)
    c.start(0.0)
    c.timer(5.0)
    c.answered(6.0, 5012)
    t = ClientCreditControl("t", tx=5.0)
    t.start(0.0)
    t.terminate(1.0)
    t.answered(2.0, 2001)
    t.answered(3.0, 5012)
    f = ClientCreditControl("f")
    f.start(0.0)
    f.answered(0.0, 2001, final_unit_terminate=True)
    f.units_used(1.0)
    f.send_failed(2.0)
    n = ClientCreditControl("n")
    n.start(0.0)
    n.answered(0.0, 4011)
    assert [h[1] for h in r.history + c.history + t.history + f.history + n.history] == [
        "access requested",
        "successful initial answer",
        "RAR received",
        "Tx expired, failover",
        "Tx expired at the alternate server too",
        "access requested",
        "Tx expired, CONTINUE",
        "failed initial answer 5012, CONTINUE",
        "access requested",
        "termination queued",
        "successful initial answer",
        "queued termination",
        "failed termination answer",
        "access requested",
        "successful initial answer",
        "final units used",
        "failure to send the termination",
        "access requested",
        "CREDIT_CONTROL_NOT_APPLICABLE",
    ]
    e = ClientEvent("e")
    e.request(0.0)
    e.send_failed(1.0)
    e.send_failed(2.0)
    e.buffered_sent(3.0)
    assert e.history == [
        (0.0, "one-time service requested", CcState.PENDING_E),
        (1.0, "failover to an alternate server", CcState.PENDING_E),
        (2.0, "failure to send, TERMINATE_OR_BUFFER", CcState.PENDING_B),
        (3.0, "buffered request delivered", CcState.IDLE),
    ]
    v = ServerCreditControl("v", tcc=10.0)
    v.request(0.0, RequestType.INITIAL_REQUEST)
    v.request(1.0, RequestType.UPDATE_REQUEST)
    v.request(2.0, RequestType.EVENT_REQUEST)
    v.timer(11.0)
    v.request(12.0, RequestType.INITIAL_REQUEST)
    v.request(13.0, RequestType.TERMINATION_REQUEST)
    assert v.history == [
        (0.0, "INITIAL_REQUEST processed", CcState.OPEN),
        (1.0, "UPDATE_REQUEST processed", CcState.OPEN),
        (2.0, "EVENT_REQUEST processed", CcState.OPEN),
        (11.0, "Tcc expired", CcState.IDLE),
        (12.0, "INITIAL_REQUEST processed", CcState.OPEN),
        (13.0, "TERMINATION_REQUEST processed", CcState.IDLE),
    ]


def test_the_reasons_the_machines_give_for_ending_a_service() -> None:
    from diameter.core.credit_control import DDFH, GrantService, TerminateService
    from diameter.core.sessions import Cleanup, DisconnectUser, SendSTA, SendSTR, TerminationCause

    moved = ClientAuthSession("c")
    moved.request_access(0.0)
    moved.answer(0.0, 2001)
    assert moved.terminate(1.0, TerminationCause.DIAMETER_USER_MOVED) == [SendSTR(TerminationCause.DIAMETER_USER_MOVED)]
    assert moved.history[-1] == (1.0, "service terminated", D)
    stateless = ClientAuthSession("c", stateful=False)
    stateless.request_access(0.0)
    stateless.answer(0.0, 2001)
    assert stateless.terminate(1.0) == [DisconnectUser("service terminated")]
    assert stateless.history[-1] == (1.0, "service terminated", IDLE)
    early = ClientAuthSession("c")
    early.request_access(0.0)
    assert early.terminate(1.0) == [Cleanup("terminated before the answer")]
    assert early.history[-1] == (1.0, "service terminated", IDLE)
    s = ServerAuthSession("s")
    s.auth_request(0.0, authorized=True)
    s.abort(1.0)
    assert s.asa(2.0, 5012) == [Cleanup("aborted (ASA 5012)")]
    s = ServerAuthSession("s")
    s.auth_request(0.0, authorized=True)
    assert s.str_received(2.0) == [SendSTA(2001), Cleanup("session terminated by the client")]
    # an event's answer by its Result-Code: the temporary errors are exactly 4000 to 4999
    cases = [
        (2001, DDFH.TERMINATE_OR_BUFFER, GrantService("debited"), "successful answer"),
        (
            4011,
            DDFH.TERMINATE_OR_BUFFER,
            GrantService("credit control not applicable"),
            "CREDIT_CONTROL_NOT_APPLICABLE",
        ),
        (4000, DDFH.CONTINUE, GrantService("temporary error 4000"), "temporary error 4000, CONTINUE"),
        (4999, DDFH.CONTINUE, GrantService("temporary error 4999"), "temporary error 4999, CONTINUE"),
        (5000, DDFH.CONTINUE, TerminateService("answer 5000"), "failed answer 5000"),
        (3999, DDFH.CONTINUE, TerminateService("answer 3999"), "failed answer 3999"),
        (4012, DDFH.TERMINATE_OR_BUFFER, TerminateService("answer 4012"), "failed answer 4012"),
    ]
    for code, ddfh, action, event in cases:
        e = ClientEvent("e", ddfh=ddfh)
        e.request(0.0)
        assert e.answered(1.0, code) == [action] and e.history[-1] == (1.0, event, CcState.IDLE), code
        assert e.deadline is None


def test_accounting_answers_by_their_result_code_class_and_what_the_server_sets() -> None:
    from diameter.core.accounting import DisconnectUser, Realtime

    for code, success in ((2000, True), (2999, True), (1999, False), (3000, False)):
        c = ClientAccounting("a")
        c.start(0.0)
        actions = c.answered(1.0, code)
        assert (c.state is AcctState.OPEN) is success, code
        if not success:
            assert actions == [DisconnectUser(f"start record refused ({code})")]
            assert c.history[-1] == (1.0, "failed start answer", AcctState.IDLE)
    # the server's Accounting-Realtime-Required applies to the next record: GRANT_AND_LOSE goes on
    c = ClientAccounting("a", realtime=Realtime.DELIVER_AND_GRANT, interim_interval=10)
    c.start(0.0)
    c.answered(1.0, 2001, realtime=Realtime.GRANT_AND_LOSE)
    assert c.realtime is Realtime.GRANT_AND_LOSE
    c.timer(11.0)
    assert c.answered(12.0, 5012) == [] and c.history[-1] == (
        12.0,
        "failed interim answer, GRANT_AND_LOSE",
        AcctState.OPEN,
    )
    c.answered(13.0, 2001)  # nothing pending: the realtime it had stays
    assert c.realtime is Realtime.GRANT_AND_LOSE
    for first, kind in (("event", "event"), ("stop", "stop")):
        for code, word in ((2001, "successful"), (5012, "failed")):
            m = ClientAccounting("b")
            if first == "event":
                m.event(0.0)
            else:
                m.start(0.0)
                m.answered(0.0, 2001)
                m.stop(1.0)
            assert m.answered(2.0, code) == [] and m.history[-1] == (2.0, f"{word} {kind} answer", AcctState.IDLE)
            assert m.pending is None
