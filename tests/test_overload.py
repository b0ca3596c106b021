"""Overload control: the admission queue by DRMP priority (RFC 7944).

Sans-IO on the fake clock of tests/test_service.py (:class:`Net`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from diameter import Avp, Message
from diameter.apps.base import ORIGIN_HOST, ORIGIN_REALM, RESULT_CODE, SESSION_ID, USER_NAME, AnswerMessage, ResultCode
from diameter.apps.credit_control import CCR
from diameter.apps.ietf import DRMP as DRMP_AVP
from diameter.apps.ietf import OC_OLR, OC_SUPPORTED_FEATURES, OCOLR, Drmp, OCSupportedFeatures
from diameter.converter import DEFAULT_CONVERTER
from diameter.core import overload
from diameter.core.overload import AdmissionQueue
from diameter.core.service import Limits, Resolve, Write
from diameter.schema import AVP, Answer, Request, avp, command, evolve, repeated
from diameter.wire import FLAG_E, FLAG_R, FLAG_T, peek_header

from test_service import Net, caps, ccr, result_code, set_flags


# -- helpers -------------------------------------------------------------------------------------


def drmp(priority: int) -> Avp:
    return Avp(301, priority.to_bytes(4, "big"))


def ccr_p(n: int, priority: int | None = None, origin: str = "a", dest: str | None = None) -> CCR:
    msg = ccr(n, origin, dest)
    return msg if priority is None else evolve(msg, avps=(drmp(priority),))


def served(limits: Limits) -> Net:
    """Client ``a`` connected to server ``s``, whose handlers wait in ``net.dispatched``."""
    net = Net()
    net.add("a", seed=1)
    net.add("s", limits=limits, seed=2)
    net.connect("a", "s")
    net.manual.add("s")
    return net


def run_all(net: Net, who: str = "s") -> list[int]:
    """Answer the dispatched requests one by one (each answer admits the next): their
    CC-Request-Numbers in the order they ran."""
    order = []
    while net.dispatched[who]:
        d = net.dispatched[who].pop(0)
        assert isinstance(d.request, CCR)
        order.append(d.request.cc_request_number)
        net.answer(who, d)
    return order


def rc(net: Net, ref: int, who: str = "a") -> int | None:
    res = net.result(who, ref)
    if res is None:
        return None
    assert isinstance(res, Resolve)
    code = getattr(res.answer, "result_code")
    assert isinstance(code, int)
    return int(code)


def writes(outputs: list[Any]) -> list[bytes]:
    return [o.data for o in outputs if isinstance(o, Write)]


def answers_at(net: Net, who: str) -> list[bytes]:
    return [d for _, _, _, d in net.received[who] if peek_header(d).command_code == 272 and not d[4] & FLAG_R]


# -- a command with DRMP and DOIC fields of its own, as 3GPP's have ---------------------------------

PRIO_APP = 16777990


@command("Priority-Request", code=0x8A9B0D, application_id=PRIO_APP, request=True, proxiable=True)
class PriorityRequest(Request["PriorityAnswer"]):
    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP_AVP, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str = avp(USER_NAME)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@command("Priority-Answer", code=0x8A9B0D, application_id=PRIO_APP, request=False, proxiable=True)
class PriorityAnswer(Answer):
    session_id: str = avp(SESSION_ID, fixed=True)
    result_code: int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


def prio_net(handler: Callable[[PriorityRequest], PriorityAnswer]) -> Net:
    net = Net()
    apps = frozenset({4, PRIO_APP})
    net.add("a", caps("a", apps), seed=1)
    s = net.add("s", caps("s", apps), limits=Limits(max_in_flight=1, max_queued=10), seed=2)

    def handle(req: Message) -> Message:
        assert isinstance(req, PriorityRequest)
        return handler(req)

    s.handle(PriorityRequest, handle)
    net.connect("a", "s")
    return net


def prio(name: str, priority: Drmp | None = None) -> PriorityRequest:
    return PriorityRequest(session_id=f"a;1;{name}", origin_host="a", origin_realm="example.com", user_name=name,
                           drmp=priority)


def prio_answer(req: PriorityRequest, olr: OCOLR | None = None) -> PriorityAnswer:
    return PriorityAnswer(session_id=req.session_id, result_code=ResultCode.DIAMETER_SUCCESS, origin_host="s",
                          origin_realm="example.com", oc_olr=olr)


# -- the admission queue -------------------------------------------------------------------------


@pytest.mark.parametrize(("default", "expected"), [
    (10, [0, 8, 3, 5, 1, 4, 2, 7, 6]),  # RFC 7944: without DRMP, PRIORITY_10
    (0, [0, 2, 8, 3, 5, 1, 4, 7, 6]),
    (15, [0, 8, 3, 5, 1, 4, 7, 2, 6]),
])
def test_queued_requests_run_by_drmp_priority_then_in_their_order_of_arrival(default: int, expected: list[int]) -> None:
    net = served(Limits(max_in_flight=1, max_queued=10, default_priority=default))
    s = net.services["s"]
    refs = [net.request("a", ccr_p(0))]
    for n, p in [(1, 5), (2, None), (3, 2), (4, 5), (5, 2), (6, 15), (7, 10), (8, 0)]:
        refs.append(net.request("a", ccr_p(n, p)))
    assert len(net.dispatched["s"]) == 1 and s.in_flight == 1 and s.queued == 8
    assert all(net.result("a", r) is None for r in refs)  # nothing refused: they wait
    assert run_all(net) == expected
    assert [rc(net, r) for r in refs] == [2001] * 9
    assert s.queued == 0 and s.in_flight == 0


def test_the_drmp_of_a_class_with_a_drmp_field_is_read_from_the_decoded_request_not_again_from_its_bytes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    order: list[str] = []

    def answer(req: PriorityRequest) -> PriorityAnswer:
        order.append(req.user_name)
        return prio_answer(req)

    net = prio_net(answer)
    net.manual.add("s")
    decoded: list[bytes] = []
    decode = DEFAULT_CONVERTER.decode

    def counting(raw: bytes) -> Any:
        if raw[4] & FLAG_R:
            decoded.append(raw)
        return decode(raw)

    def no_scan(data: bytes, code: int, start: int = 20) -> None:
        raise AssertionError(f"AVP {code} looked for in the bytes")

    monkeypatch.setattr(DEFAULT_CONVERTER, "decode", counting)
    monkeypatch.setattr(overload, "find_avp", no_scan)
    for name, p in [("first", None), ("low", Drmp.PRIORITY_14), ("none", None), ("high", Drmp.PRIORITY_1)]:
        net.request("a", prio(name, p))
    assert len(decoded) == 4  # each request decoded once
    while net.dispatched["s"]:
        net.answer("s", net.dispatched["s"].pop(0))
    assert order == ["first", "high", "none", "low"]


def test_a_full_queue_refuses_the_request_of_the_lowest_priority_the_new_one_or_the_newest_queued() -> None:
    net = served(Limits(max_in_flight=1, max_queued=2))
    s = net.services["s"]
    r = {0: net.request("a", ccr_p(0))}  # runs
    r[1] = net.request("a", ccr_p(1, 10))
    r[2] = net.request("a", ccr_p(2, 10))
    assert s.queued == 2
    r[3] = net.request("a", ccr_p(3, 10))  # not above the lowest queued: refused
    assert rc(net, r[3]) == 3004 and rc(net, r[1]) is None and rc(net, r[2]) is None
    r[4] = net.request("a", ccr_p(4, 2))  # above: the newest of the lowest priority goes
    assert rc(net, r[2]) == 3004 and rc(net, r[4]) is None and rc(net, r[1]) is None
    r[5] = net.request("a", ccr_p(5, 15))
    r[6] = net.request("a", ccr_p(6, 10))
    assert rc(net, r[5]) == 3004 and rc(net, r[6]) == 3004
    r[7] = net.request("a", ccr_p(7, 5))  # evicts 1, the last of priority 10
    assert rc(net, r[1]) == 3004 and s.queued == 2
    assert run_all(net) == [0, 4, 7]
    assert {n: rc(net, ref) for n, ref in r.items()} == {0: 2001, 1: 3004, 2: 3004, 3: 3004, 4: 2001, 5: 3004,
                                                          6: 3004, 7: 2001}
    busy = [d for d in answers_at(net, "a") if result_code(d) == 3004]
    assert len(busy) == 5 and all(d[4] & FLAG_E for d in busy)  # the answer-message, E bit
    res = net.result("a", r[1])
    assert isinstance(res, Resolve) and isinstance(res.answer, AnswerMessage)
    assert "higher priority" in (res.answer.error_message or "")
    assert s.counters[("a", "answer-message", 3004)] == 5


def test_with_no_queue_a_request_past_max_in_flight_is_refused_at_once() -> None:
    net = served(Limits(max_in_flight=1, max_queued=0))
    first, second = net.request("a", ccr_p(0)), net.request("a", ccr_p(1, 0))
    assert rc(net, second) == 3004 and rc(net, first) is None


def test_a_request_queued_longer_than_max_queue_time_is_answered_3004_at_its_deadline() -> None:
    net = served(Limits(max_in_flight=1, max_queued=5, max_queue_time=2.0))
    s = net.services["s"]
    r0 = net.request("a", ccr_p(0))
    net.advance(0.5)
    r1 = net.request("a", ccr_p(1))
    net.advance(0.25)
    r2 = net.request("a", ccr_p(2, 0))
    assert s.deadline is not None and s.deadline <= 2.5
    net.advance(1.749)
    assert rc(net, r1) is None
    net.advance(0.001)  # 2.5: r1's deadline
    assert rc(net, r1) == 3004 and rc(net, r2) is None
    [(when, _)] = [(t, o) for t, o in net.timed("s", Write) if isinstance(o, Write) and not o.data[4] & FLAG_R
                   and peek_header(o.data).command_code == 272]
    assert when == 2.5
    res = net.result("a", r1)
    assert isinstance(res, Resolve) and "admission queue" in (getattr(res.answer, "error_message") or "")
    net.advance(0.25)  # r2's
    assert rc(net, r2) == 3004 and s.queued == 0
    assert run_all(net) == [0]  # the refused ones never run
    assert rc(net, r0) == 2001


def test_a_queued_request_past_its_deadline_when_a_handler_frees_is_refused_not_run() -> None:
    # the I/O layer may hand over the finished handler before the timer: they agree
    net = served(Limits(max_in_flight=1, max_queued=5, max_queue_time=2.0))
    net.request("a", ccr_p(0))
    r1 = net.request("a", ccr_p(1))
    net.now = 2.0  # the timer has not run yet
    net.answer("s", net.dispatched["s"].pop())
    assert rc(net, r1) == 3004 and not net.dispatched["s"]


def test_a_retransmission_of_a_queued_request_joins_it_and_gets_its_answer_or_its_3004() -> None:
    for refused in (False, True):
        net = served(Limits(max_in_flight=1, max_queued=5, max_queue_time=2.0))
        s = net.services["s"]
        conn = net.conn_of("s", "a")
        net.inject("s", conn, DEFAULT_CONVERTER.encode(ccr(0), hop_by_hop=0x1001, end_to_end=0xE1))
        q = DEFAULT_CONVERTER.encode(ccr(1), hop_by_hop=0x2001, end_to_end=0xE2)
        net.inject("s", conn, q)
        out = net.inject("s", conn, set_flags(q, q[4] | FLAG_T, hbh=0x2002))
        assert not writes(out) and s.queued == 1
        assert s.counters[("a", "Credit-Control-Request", "duplicate")] == 1
        if refused:
            net.advance(2.0)
        else:
            assert run_all(net) == [0, 1]
        got = {peek_header(d).hop_by_hop: result_code(d) for _, o in net.seen["s"] if isinstance(o, Write)
               for d in [o.data] if peek_header(d).end_to_end == 0xE2}
        assert got == ({0x2001: 3004, 0x2002: 3004} if refused else {0x2001: 2001, 0x2002: 2001})


def test_a_queued_request_whose_connection_closed_is_not_run() -> None:
    net = Net()
    net.add("a", seed=1)
    net.add("b", seed=3)
    net.add("s", limits=Limits(max_in_flight=1, max_queued=5), seed=2)
    net.connect("a", "s")
    net.connect("b", "s")
    net.manual.add("s")
    net.request("a", ccr_p(0))
    net.request("b", ccr_p(1, origin="b"))
    net.request("a", ccr_p(2))
    net.cut("b", net.conn_of("b", "s"))
    assert run_all(net) == [0, 2]
    assert net.services["s"].counters[("b", "Credit-Control-Request", "dropped")] == 1


def test_limits_of_the_queue_take_their_smallest_values_and_refuse_the_others() -> None:
    Limits(max_queued=0, max_queue_time=0.001, default_priority=0)
    Limits(default_priority=15)
    for kwargs in ({"max_queued": -1}, {"max_queue_time": 0.0}, {"max_queue_time": -1.0}):
        with pytest.raises(ValueError, match="^max_queued must not be negative and max_queue_time must be positive$"):
            Limits(**kwargs)
    for p in (-1, 16):
        with pytest.raises(ValueError, match="^default_priority must be between 0 and 15$"):
            Limits(default_priority=p)
    assert Limits().max_queued == 1000 and Limits().max_queue_time == 1.0 and Limits().default_priority == 10


def test_the_admission_queue_orders_evicts_and_expires() -> None:
    q: AdmissionQueue[str] = AdmissionQueue()
    assert q.pop() is None and q.lowest() is None and len(q) == 0
    q.push(10, 5.0, "a")
    q.push(2, 7.0, "b")
    q.push(10, 6.0, "c")
    q.push(15, 4.0, "d")
    assert (len(q), q.lowest(), q.next_deadline) == (4, 15, 4.0)
    assert q.evict() == "d"
    assert q.lowest() == 10
    assert q.evict() == "c"
    assert len(q) == 2
    q.push(10, 6.0, "c")
    assert q.expire(5.999) == ["a"] and len(q) == 2
    assert q.expire(7.0) == ["c", "b"] and len(q) == 0 and q.items() == []
    assert q.next_deadline is None
