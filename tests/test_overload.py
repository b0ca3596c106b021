"""Overload control: the admission queue by DRMP priority (RFC 7944) and DOIC (RFC 7683, loss
algorithm) as reporting and reacting node.

Sans-IO on the fake clock of tests/test_service.py (:class:`Net`), and one loopback test with
two :class:`diameter.asyncio.Node` s on the virtual clock of tests/vclock.py: a server driven at
three times its capacity stays up, answers every request, and with DOIC its client abates.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from itertools import pairwise
from typing import Any

import pytest

from diameter import Avp, GenericMessage, Message
from diameter.apps.base import (
    ORIGIN_HOST,
    ORIGIN_REALM,
    RESULT_CODE,
    SESSION_ID,
    USER_NAME,
    AnswerMessage,
    ResultCode,
)
from diameter.apps.credit_control import CCA, CCR
from diameter.apps.ietf import DRMP as DRMP_AVP
from diameter.apps.ietf import OC_OLR, OC_SUPPORTED_FEATURES, OCOLR, Drmp, OCReportType, OCSupportedFeatures
from diameter.asyncio import Node, RequestTimeout
from diameter.capabilities import LocalCapabilities
from diameter.converter import DEFAULT_CONVERTER
from diameter.core import overload
from diameter.core.overload import AdmissionQueue, Reactor, Reporter, find_avp, first_avp, olr_fields
from diameter.core.service import (
    Abated,
    Doic,
    Limits,
    Overloaded,
    PeerError,
    Resolve,
    Write,
)
from diameter.schema import AVP, Answer, Request, avp, command, evolve, repeated
from diameter.wire import FLAG_E, FLAG_R, FLAG_T, iter_avps, peek_header

import vclock
from test_service import Net, caps, cca, ccr, result_code, set_flags

# -- helpers -------------------------------------------------------------------------------------


def drmp(priority: int) -> Avp:
    return Avp(301, priority.to_bytes(4, "big"))


def ccr_p(n: int, priority: int | None = None, origin: str = "a", dest: str | None = None) -> CCR:
    msg = ccr(n, origin, dest)
    return msg if priority is None else evolve(msg, avps=(drmp(priority),))


def olr_avp(
    sequence: int, reduction: int | None, validity: int | None = None, kind: int = OCReportType.HOST_REPORT
) -> Avp:
    inner = [Avp(624, sequence.to_bytes(8, "big")), Avp(626, kind.to_bytes(4, "big"))]
    if reduction is not None:
        inner.append(Avp(627, reduction.to_bytes(4, "big")))
    if validity is not None:
        inner.append(Avp(625, validity.to_bytes(4, "big")))
    return Avp(623, b"".join(a.encode() for a in inner))


def served(limits: Limits, *, doic: Doic | None = None, client_doic: Doic | None = None) -> Net:
    """Client ``a`` connected to server ``s``, whose handlers wait in ``net.dispatched``."""
    net = Net()
    net.add("a", seed=1, doic=client_doic)
    net.add("s", limits=limits, seed=2, doic=doic)
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


def top(raw: bytes) -> dict[int, list[Avp]]:
    out: dict[int, list[Avp]] = {}
    for _, a in iter_avps(raw, 20):
        out.setdefault(a.code, []).append(a)
    return out


def feature_vector(raw: bytes) -> int | None:
    """The OC-Feature-Vector of a message's OC-Supported-Features (0: it has one without a
    vector; None: it has none)."""
    found = top(raw).get(621)
    if not found:
        return None
    assert len(found) == 1
    inner = {a.code: a for _, a in iter_avps(found[0].data)}
    return int.from_bytes(inner[622].data, "big") if 622 in inner else 0


def olr(raw: bytes) -> tuple[int, int, int | None, int | None] | None:
    found = top(raw).get(623)
    if not found:
        return None
    assert len(found) == 1
    return olr_fields(found[0])


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
    return PriorityRequest(
        session_id=f"a;1;{name}", origin_host="a", origin_realm="example.com", user_name=name, drmp=priority
    )


def prio_answer(req: PriorityRequest, olr: OCOLR | None = None) -> PriorityAnswer:
    return PriorityAnswer(
        session_id=req.session_id,
        result_code=ResultCode.DIAMETER_SUCCESS,
        origin_host="s",
        origin_realm="example.com",
        oc_olr=olr,
    )


# -- the admission queue -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("default", "expected"),
    [
        (10, [0, 8, 3, 5, 1, 4, 2, 7, 6]),  # RFC 7944: without DRMP, PRIORITY_10
        (0, [0, 2, 8, 3, 5, 1, 4, 7, 6]),
        (15, [0, 8, 3, 5, 1, 4, 7, 2, 6]),
    ],
)
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
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    order: list[str] = []

    def answer(req: PriorityRequest) -> PriorityAnswer:
        order.append(req.user_name)
        return prio_answer(req)

    net = prio_net(answer)
    net.manual.add("s")
    decoded: list[bytes] = []
    decode, decode_as = DEFAULT_CONVERTER.decode, DEFAULT_CONVERTER.decode_as

    def counting(raw: bytes) -> Any:
        if raw[4] & FLAG_R:
            decoded.append(raw)
        return decode(raw)

    def counting_as(cls: type, raw: bytes) -> Any:
        if raw[4] & FLAG_R:
            decoded.append(raw)
        return decode_as(cls, raw)

    def no_scan(data: bytes, code: int, start: int = 20) -> None:
        raise AssertionError(f"AVP {code} looked for in the bytes")

    monkeypatch.setattr(DEFAULT_CONVERTER, "decode", counting)
    monkeypatch.setattr(DEFAULT_CONVERTER, "decode_as", counting_as)
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
    assert {n: rc(net, ref) for n, ref in r.items()} == {
        0: 2001,
        1: 3004,
        2: 3004,
        3: 3004,
        4: 2001,
        5: 3004,
        6: 3004,
        7: 2001,
    }
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
    [(when, _)] = [
        (t, o)
        for t, o in net.timed("s", Write)
        if isinstance(o, Write) and not o.data[4] & FLAG_R and peek_header(o.data).command_code == 272
    ]
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
        got = {
            peek_header(d).hop_by_hop: result_code(d)
            for _, o in net.seen["s"]
            if isinstance(o, Write)
            for d in [o.data]
            if peek_header(d).end_to_end == 0xE2
        }
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
    Doic(validity=1, interval=0.001, max_reduction=1)
    Doic(validity=86_400, max_reduction=100)
    for kw, message in (
        (dict(validity=0), "validity"),
        (dict(validity=86_401), "validity"),
        (dict(interval=0.0), "interval"),
        (dict(max_reduction=0), "max_reduction"),
        (dict(max_reduction=101), "max_reduction"),
    ):
        with pytest.raises(ValueError, match=f"^{message} must"):
            Doic(**kw)


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


# -- DOIC: the reporting node --------------------------------------------------------------------


def offering(n: int, hbh: int) -> bytes:
    """A CCR that offers DOIC (OC-Supported-Features, loss), as bytes."""
    data = DEFAULT_CONVERTER.encode(ccr(n), hop_by_hop=hbh, end_to_end=0xE000 + n)
    return overload.append_avps(data, Avp(621, Avp(622, (1).to_bytes(8, "big")).encode()).encode())


def test_oc_supported_features_is_in_the_requests_of_a_reacting_node_and_echoed_only_to_them() -> None:
    net = Net()
    net.add("a", seed=1, doic=Doic(react=False))
    net.add("b", seed=3)  # DOIC on by default
    net.add("s", seed=2)
    net.add("t", seed=4, doic=Doic(report=False))
    for c in ("a", "b"):
        for srv in ("s", "t"):
            net.connect(c, srv)
    for c in ("a", "b"):
        for srv in ("s", "t"):
            ref = net.request(c, ccr_p(0, origin=c), peer=srv)
            assert rc(net, ref, c) == 2001
    at_s = [
        (w, feature_vector(d))
        for _, w, _, d in net.received["s"]
        if d[4] & FLAG_R and peek_header(d).command_code == 272
    ]
    assert at_s == [("a", None), ("b", 1)]
    answered = {
        (c, w): (feature_vector(d), olr(d))
        for c in ("a", "b")
        for _, w, _, d in net.received[c]
        if peek_header(d).command_code == 272 and not d[4] & FLAG_R
    }
    assert answered == {
        ("a", "s"): (None, None),
        ("b", "s"): (1, None),  # not overloaded: no OC-OLR
        ("a", "t"): (None, None),
        ("b", "t"): (None, None),
    }


def test_a_request_that_already_carries_oc_supported_features_keeps_its_own() -> None:
    net = Net()
    net.add("a", seed=1)
    net.add("s", seed=2)
    net.connect("a", "s")
    own = Avp(621, Avp(622, (5).to_bytes(8, "big")).encode())
    net.request("a", evolve(ccr(0), avps=(own,)))
    [req] = net.requests_at("s")
    assert feature_vector(req) == 5  # one, the application's


def test_while_overloaded_the_answers_carry_an_oc_olr_with_growing_sequence_numbers_then_its_end() -> None:
    """max_in_flight 1, max_queued 1, reports valid 10 s, updated every second."""
    net = served(Limits(max_in_flight=1, max_queued=1, max_queue_time=100.0), doic=Doic(validity=10, interval=1.0))
    conn = net.conn_of("s", "a")
    seen: list[tuple[float, int, tuple[int, int, int | None, int | None] | None]] = []
    hbh = 0x100

    def send(answer_now: bool = False) -> None:
        nonlocal hbh
        hbh += 1
        before = len(net.seen["s"])
        net.inject("s", conn, offering(hbh, hbh))
        if answer_now:
            while net.dispatched["s"]:
                net.answer("s", net.dispatched["s"].pop(0))
        for _, o in net.seen["s"][before:]:
            if isinstance(o, Write) and peek_header(o.data).command_code == 272:
                assert feature_vector(o.data) == 1  # every answer to a request that offered DOIC
                seen.append((net.now, result_code(o.data), olr(o.data)))

    for _ in range(5):  # 1 runs, 1 waits, 3 refused: no report before the first interval ends
        send()
    assert [(rc_, o) for _, rc_, o in seen] == [(3004, None)] * 3
    net.advance(1.0)
    send()  # 3 of 5 refused in the last second: 60 %
    assert seen[-1][1:] == (3004, (1, 0, 60, 10))
    net.advance(0.5)
    send()  # the same interval: the same report, the same sequence number
    assert seen[-1][1:] == (3004, (1, 0, 60, 10))
    for _ in range(6):  # t = 2 .. 7, every request refused: 1 - 0.4 * 0 = 100 %, capped at 95 %
        net.advance(0.5 if net.now == 1.5 else 1.0)
        send()
    reports = [o for _, _, o in seen[5:]]
    assert all(o is not None and o[2] == 95 and o[3] == 10 for o in reports)
    seqs = [o[0] for o in reports if o is not None]
    assert seqs[0] == 2 and seqs[-1] == 3  # a new number after half the validity (t = 7)
    assert [t for t, _, o in seen[5:] if o is not None and o[0] == 3] == [7.0]
    # the overload ends: the handler answers, the queue drains, ten points less a second
    net.advance(0.5)
    send(answer_now=True)
    start = len(seen)
    while net.now < 30:
        net.advance(1.0)
        send(answer_now=True)
    tail = [(t, o) for t, _, o in seen[start:]]
    assert all(rc_ == 2001 for _, rc_, _ in seen[start:])
    reductions = [o[2] for _, o in tail if o is not None]
    assert reductions[:11] == [95, 85, 75, 65, 55, 45, 35, 25, 15, 5, 0]
    numbers = [o[0] for _, o in tail if o is not None]
    assert all(a < b for a, b in pairwise(numbers[:11]))  # a new number for each change
    end = [(t, o) for t, o in tail if o is not None and o[2] == 0]
    assert all(o == (numbers[10], 0, 0, 0) for _, o in end)  # reduction 0, validity 0: it ended
    last_positive = max(t for t, o in tail if o is not None and o[2])
    assert [t for t, o in tail if o is None] and all(t >= last_positive + 10 for t, o in tail if o is None)
    assert end[-1][0] < last_positive + 10


def test_the_reduction_follows_the_formula() -> None:
    r = Reporter(Doic(max_reduction=90))
    r.step(0.5, 1.0)
    assert r.reduction == 0.5
    r.step(0.5, 1.0)  # the clients send half; of that half is refused
    assert r.reduction == 0.75
    r.step(0.0, 0.5)  # half full: it stays
    assert r.reduction == 0.75
    r.step(0.0, 0.49)
    assert r.reduction == pytest.approx(0.65)
    r.step(1.0, 0.0)
    assert r.reduction == 0.9  # capped
    for _ in range(10):
        r.step(0.0, 0.0)
    assert r.reduction == 0.0


def test_intervals_in_which_no_request_came_lower_the_reduction_too() -> None:
    r = Reporter(Doic(interval=1.0))
    r.arrival(0.0, 1.0)
    r.refusal(0.0, 1.0)
    assert not r.overloaded(0.5, 1.0)
    assert r.overloaded(1.0, 1.0) and r.percent == 95
    assert r.overloaded(4.5, 0.0) and r.percent == 65  # 3 intervals with nothing: 30 points less
    assert not r.overloaded(100.0, 0.0)


# -- DOIC: the reacting node ---------------------------------------------------------------------


class Reports:
    """A handler that answers CCRs with the OC-OLR set in ``olr`` (in the answer's * [ AVP ])."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.olr: Avp | None = None

    def __call__(self, req: Message) -> Message:
        assert isinstance(req, CCR)
        return evolve(cca(req, self.origin), avps=() if self.olr is None else (self.olr,))


def reacting(*servers: str, seed: int = 7, doic: Doic | None = None) -> tuple[Net, dict[str, Reports]]:
    net = Net()
    net.add("a", seed=seed, doic=doic)
    reports = {}
    for i, name in enumerate(servers):
        reports[name] = Reports(name)
        net.add(name, seed=20 + i, handler=reports[name])
    for name in servers:
        net.connect("a", name)
    return net, reports


def abated(net: Net, requests: list[CCR], **kw: Any) -> list[int]:
    """The CC-Request-Numbers of ``requests`` that failed with Abated."""
    out = []
    for msg in requests:
        try:
            net.request("a", msg, **kw)
        except Abated:
            out.append(msg.cc_request_number)
    return out


def test_a_reported_reduction_abates_that_share_of_the_requests_with_the_services_rng() -> None:
    patterns = []
    for _ in range(2):
        net, reports = reacting("s")
        reports["s"].olr = olr_avp(5, 30, 600)
        net.request("a", ccr_p(0))
        a = net.services["a"]
        [report] = a.reactor.reports.values()
        assert (report.host, report.sequence, report.reduction, report.expires) == ("s", 5, 30, 600.0)
        before = len(net.requests_at("s"))
        lost = abated(net, [ccr_p(n) for n in range(1, 2001)])
        assert 0.27 < len(lost) / 2000 < 0.33
        assert len(net.requests_at("s")) - before == 2000 - len(lost)  # the others were sent
        assert a.counters[("s", "Credit-Control-Request", "abated")] == len(lost)
        patterns.append(lost)
    assert patterns[0] == patterns[1]  # seeded: the same requests
    net, reports = reacting("s", seed=8)
    reports["s"].olr = olr_avp(5, 30, 600)
    net.request("a", ccr_p(0))
    assert abated(net, [ccr_p(n) for n in range(1, 2001)]) != patterns[0]


def test_the_abated_error_is_overloaded_and_says_which_peer_and_which_report() -> None:
    net, reports = reacting("s")
    reports["s"].olr = olr_avp(9, 100, 60)
    net.request("a", ccr_p(0))
    with pytest.raises(Abated) as e:
        net.request("a", ccr_p(1))
    assert isinstance(e.value, Overloaded) and isinstance(e.value, PeerError)
    assert e.value.peer == "s" and e.value.report.reduction == 100 and e.value.report.sequence == 9
    assert "s reported overload: 100 %" in str(e.value)


def test_abated_requests_are_diverted_to_another_peer_unless_pinned_to_the_reporting_one() -> None:
    net, reports = reacting("s1", "s2")
    reports["s1"].olr = olr_avp(1, 100, 60)
    net.request("a", ccr_p(0))  # to s1 (connected first): its answer reports overload
    assert len(net.requests_at("s1")) == 1
    assert abated(net, [ccr_p(n) for n in range(1, 21)]) == []
    assert len(net.requests_at("s1")) == 1 and len(net.requests_at("s2")) == 20
    a = net.services["a"]
    assert a.counters[("s1", "Credit-Control-Request", "diverted")] == 20
    # pinned to s1: by Destination-Host, or by the caller's peer=
    assert abated(net, [ccr_p(21, dest="s1")]) == [21]
    assert abated(net, [ccr_p(22)], peer="s1") == [22]
    # a Destination-Host elsewhere leaves the diversion free
    assert abated(net, [ccr_p(23, dest="s2")]) == []
    assert len(net.requests_at("s1")) == 1 and len(net.requests_at("s2")) == 21
    # both overloaded: nowhere to divert
    reports["s2"].olr = olr_avp(1, 100, 60)
    net.request("a", ccr_p(24), peer="s2")
    assert set(a.reactor.reports) == {"s1", "s2"}
    assert abated(net, [ccr_p(25)]) == [25]


def test_without_doic_the_reacting_node_neither_offers_nor_abates() -> None:
    net, reports = reacting("s", doic=Doic(react=False))
    reports["s"].olr = olr_avp(1, 100, 60)
    net.request("a", ccr_p(0))
    assert not net.services["a"].reactor.reports
    assert abated(net, [ccr_p(1)]) == []
    assert all(feature_vector(d) is None for d in net.requests_at("s"))


def test_a_report_holds_until_its_validity_ends_and_newer_numbers_replace_or_end_it() -> None:
    net, reports = reacting("s")
    a = net.services["a"]
    reports["s"].olr = olr_avp(5, 100, 10)
    net.request("a", ccr_p(0))
    net.advance(9.9)
    assert abated(net, [ccr_p(1)]) == [1]
    net.advance(0.1)  # 10 s after it came: expired
    assert abated(net, [ccr_p(2)]) == []
    assert not a.reactor.reports  # and the same report again is not taken as new
    reports["s"].olr = olr_avp(6, 100, 10)
    net.request("a", ccr_p(3))
    assert a.reactor.reports["s"].sequence == 6
    net.advance(5.0)
    a.reactor.learn(net.now, "s", olr_avp(7, 100, 10))  # a newer report: its validity counts from now
    net.advance(9.0)
    assert abated(net, [ccr_p(5)]) == [5]
    a.reactor.learn(net.now, "s", olr_avp(6, 0, 0))  # older: ignored
    assert a.reactor.reports["s"].sequence == 7
    a.reactor.learn(net.now, "s", olr_avp(8, 0, 10))  # reduction 0: ended
    assert not a.reactor.reports
    a.reactor.learn(net.now, "s", olr_avp(9, 50, 10))
    a.reactor.learn(net.now, "s", olr_avp(10, 50, 0))  # validity 0: ended
    assert not a.reactor.reports


def test_a_report_for_a_host_behind_the_peer_abates_the_requests_to_that_host_only() -> None:
    # s answers for x (as an agent would): the report is x's, by the answer's Origin-Host
    net, _reports = reacting("s")
    behind = Reports("x")
    net.services["s"].handle(CCR, behind)
    behind.olr = olr_avp(1, 100, 60)
    net.request("a", ccr_p(0))
    assert set(net.services["a"].reactor.reports) == {"x"}
    assert abated(net, [ccr_p(1, dest="x"), ccr_p(2), ccr_p(3, dest="s")]) == [1]


def test_an_oc_olr_that_does_not_split_into_avps_is_ignored() -> None:
    net, reports = reacting("s")
    reports["s"].olr = Avp(623, b"\x00\x00\x02\x70\x00\x00\x00\x20")  # an AVP longer than its group
    ref = net.request("a", ccr_p(0))
    assert rc(net, ref) == 2001 and not net.services["a"].reactor.reports


def test_the_reacting_node_reads_reports_as_the_rfc_says() -> None:
    r = Reactor()
    r.learn(0.0, "x", olr_avp(1, 40))  # no validity: 30 s
    assert r.active(29.9, "x") is not None and r.active(30.0, "x") is None
    r.learn(0.0, "y", olr_avp(1, 40, 86_401))  # above the maximum: the default
    assert r.active(0.0, "y") is not None and r.reports["y"].expires == 30.0
    r.learn(0.0, "z", olr_avp(1, 101, 60))  # above 100: ignored
    r.learn(0.0, "z", olr_avp(2, 40, 60, kind=OCReportType.REALM_REPORT))  # not a host report
    r.learn(0.0, "z", Avp(623, Avp(624, (3).to_bytes(8, "big")).encode()))  # no report type
    assert r.active(0.0, "z") is None and r.active(0.0, None) is None
    r.learn(
        0.0,
        "z",
        OCOLR(
            oc_sequence_number=4,
            oc_report_type=OCReportType.HOST_REPORT,
            oc_reduction_percentage=20,
            oc_validity_duration=5,
        ),
    )  # decoded
    assert r.reports["z"].reduction == 20 and r.reports["z"].expires == 5.0


def test_a_report_in_an_answer_class_with_an_oc_olr_field_is_read_from_the_decoded_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def answer(req: PriorityRequest) -> PriorityAnswer:
        assert req.oc_supported_features is not None  # decoded in its field
        return prio_answer(
            req,
            OCOLR(
                oc_sequence_number=3,
                oc_report_type=OCReportType.HOST_REPORT,
                oc_reduction_percentage=25,
                oc_validity_duration=20,
            ),
        )

    net = prio_net(answer)

    def no_scan(data: bytes, code: int, start: int = 20) -> None:
        raise AssertionError(f"AVP {code} looked for in the bytes")

    monkeypatch.setattr(overload, "find_avp", no_scan)
    net.request("a", prio("u"))
    [answered] = [d for _, _, _, d in net.received["a"] if peek_header(d).command_code == 0x8A9B0D]
    assert len(top(answered)[621]) == 1  # the node's, the handler gave none
    report = net.services["a"].reactor.reports["s"]
    assert (report.sequence, report.reduction, report.expires) == (3, 25, 20.0)


def test_first_avp_finds_an_avp_in_a_field_in_the_extra_avps_or_in_the_bytes() -> None:
    msg = evolve(ccr(1), avps=(drmp(3),))
    raw = DEFAULT_CONVERTER.encode(msg)
    assert first_avp(msg, raw, 301) == drmp(3)
    assert first_avp(ccr(1), raw, 301) is None  # from the decoded message, not the bytes
    found = find_avp(raw, 301)
    assert found is not None and found.data == (3).to_bytes(4, "big")
    assert find_avp(raw, 999) is None and find_avp(raw[:30], 263) is None
    assert find_avp(raw[:20] + b"\x00\x00\x01\x07\x00\x00\x00\x04", 263) is None  # AVP too short
    vendor = Avp(301, b"\x00\x00\x00\x01", vendor=10415).encode()
    assert find_avp(overload.append_avps(raw[:20], vendor), 301) is None
    assert peek_header(overload.append_avps(raw, drmp(1).encode())).length == len(raw) + 12
    # a DRMP outside PRIORITY_0..15, or of another length, is the default priority
    assert [overload.priority_of(v, 7) for v in (None, drmp(3), Drmp.PRIORITY_2, drmp(16), Avp(301, b"\x01"), "x")] == [
        7,
        3,
        2,
        7,
        7,
        7,
    ]
    # a message of no command class: its AVPs
    generic = GenericMessage(command_code=272, application_id=4, request=True, avps=(drmp(4),))
    assert first_avp(generic, b"", 301) == drmp(4) and first_avp(generic, b"", 621) is None
    assert overload.append_avps(raw, b"") is raw


# -- the acceptance test: three times the capacity, on loopback ------------------------------------


SERVER = "server.example.com"
CLIENT = "client.example.com"
SERVICE_TIME = 0.1  # seconds per request
HANDLERS = 2  # max_in_flight: capacity 20 requests/s
RATE = 60.0  # 3 times the capacity
DURATION = 20.0
MAX_QUEUE_TIME = 0.25
SLACK = 0.1  # what the loop itself takes on a loaded machine (the virtual clock runs with real time)


def drive(client_doic: Doic) -> dict[str, Any]:
    """A server of capacity 20 requests/s driven at 60 requests/s for 20 s; what happened to
    each request."""

    async def main() -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        server = Node(
            LocalCapabilities(origin_host=SERVER, origin_realm="example.com", auth_application_ids=frozenset({4})),
            limits=Limits(max_in_flight=HANDLERS, max_queued=20, max_queue_time=MAX_QUEUE_TIME),
        )

        async def handler(req: CCR) -> CCA:
            await asyncio.sleep(SERVICE_TIME)
            return cca(req, SERVER)

        server.handle(CCR, handler)
        client = Node(
            LocalCapabilities(origin_host=CLIENT, origin_realm="example.com", auth_application_ids=frozenset({4})),
            request_timeout=5.0,
            doic=client_doic,
        )
        client.prepare(CCR)
        port = await server.listen("127.0.0.1", 0)
        await client.connect("127.0.0.1", port)
        await client.request(ccr_p(1 << 30, origin=CLIENT))  # the rest of the first use, out of the measure
        outcomes: list[tuple[float, str, float]] = []  # (sent at, outcome, latency)

        async def one(n: int) -> None:
            start = loop.time()
            try:
                answer = await client.request(ccr_p(n, origin=CLIENT))
                outcome = str(getattr(answer, "result_code"))
            except Abated:
                outcome = "abated"
            except RequestTimeout:
                outcome = "timeout"
            outcomes.append((start, outcome, loop.time() - start))

        t0 = loop.time()
        tasks = []
        n = 0
        while loop.time() - t0 < DURATION:
            tasks.append(asyncio.create_task(one(n)))
            n += 1
            await asyncio.sleep(1 / RATE)
        await asyncio.gather(*tasks)
        await client.close()
        await server.close()
        return {"sent": n, "outcomes": [(t - t0, o, lat) for t, o, lat in outcomes]}

    result: dict[str, Any] = vclock.run(main(), 600)
    return result


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.99) - 1)]


def test_a_server_driven_at_three_times_its_capacity_answers_every_request_in_bounded_time() -> None:
    runs = {name: drive(Doic(react=react)) for name, react in (("plain", False), ("doic", True))}
    busy = {}
    for name, run in runs.items():
        outcomes = run["outcomes"]
        kinds = {o for _, o, _ in outcomes}
        assert len(outcomes) == run["sent"] > 1000
        assert kinds <= {"2001", "3004", "abated"} and "timeout" not in kinds  # every request ends
        admitted = [lat for _, o, lat in outcomes if o == "2001"]
        # the server served about its capacity, and no admitted request waited past the queue bound
        assert len(admitted) >= 0.8 * DURATION * HANDLERS / SERVICE_TIME
        assert p99(admitted) <= MAX_QUEUE_TIME + SERVICE_TIME + SLACK
        assert max(lat for _, o, lat in outcomes if o == "3004") <= MAX_QUEUE_TIME + SLACK
        busy[name] = sum(1 for t, o, _ in outcomes if o == "3004" and t >= DURATION / 2)
    plain, doic = runs["plain"]["outcomes"], runs["doic"]["outcomes"]
    assert not any(o == "abated" for _, o, _ in plain)
    # without DOIC about two thirds are refused; with it the client abates and the 3004s fall
    assert busy["plain"] > 0.5 * RATE * DURATION / 2
    assert sum(1 for t, o, _ in doic if o == "abated" and t >= DURATION / 2) > 0.4 * RATE * DURATION / 2
    assert busy["doic"] < busy["plain"] / 3
