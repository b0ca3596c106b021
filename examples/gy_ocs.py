"""A small Gy online charging server (OCS) and a gateway driving it, on loopback.

The OCS keeps each subscriber's balance in octets and each session's reservation. A CCR-I or
CCR-U asks for units (Requested-Service-Unit in Multiple-Services-Credit-Control); the OCS
debits what the session reports used (Used-Service-Unit), reserves at most ``QUOTA`` octets more,
and, when the balance cannot cover another full quota, marks the grant as the last one
(Final-Unit-Indication, TERMINATE). A CCR-T debits the last usage and releases the reservation.
A subscriber it does not know is answered DIAMETER_USER_UNKNOWN (5030), one with nothing left
DIAMETER_CREDIT_LIMIT_REACHED (4012). It runs as a
:class:`~diameter.credit_control.CreditControlServer`: a session that sends nothing for its
supervision time (Tcc, twice the Validity-Time granted) has its reservation given back.

The gateway is a :class:`~diameter.credit_control.CreditControlClient`: it opens a session for
``alice``, uses each grant, asks for more, and ends when the OCS gives the final units.

    python examples/gy_ocs.py          # prints each request and answer, then the balances
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diameter.apps.credit_control import (
    CCA,
    CCR,
    CCRequestType,
    FinalUnitAction,
    FinalUnitIndication,
    GrantedServiceUnit,
    MultipleServicesCreditControl,
    RequestedServiceUnit,
    UsedServiceUnit,
)
from diameter.asyncio import Node
from diameter.capabilities import LocalCapabilities
from diameter.core.credit_control import CcState
from diameter.credit_control import CreditControlClient, CreditControlServer

REALM = "example.com"
QUOTA = 100_000  # octets granted at a time
RATING_GROUP = 1
VALIDITY = 3600  # seconds a grant is valid (the gateway reports before; Tcc is twice this)


class Ocs:
    """The charging server's state and its CCR handler."""

    def __init__(self, host: str, balances: dict[str, int]) -> None:
        self.host = host
        self.balances = dict(balances)  # subscriber -> octets left (not yet reserved)
        self.reserved: dict[str, tuple[str, int]] = {}  # session -> (subscriber, octets reserved)

    def release(self, session_id: str) -> None:
        """The session ended without a CCR-T (Tcc expired): its reservation goes back."""
        user, held = self.reserved.pop(session_id, ("", 0))
        if user:
            self.balances[user] += held

    def _answer(self, req: CCR, result_code: int, mscc: tuple[MultipleServicesCreditControl, ...] = ()) -> CCA:
        return CCA(
            session_id=req.session_id,
            result_code=result_code,
            origin_host=self.host,
            origin_realm=REALM,
            auth_application_id=4,
            cc_request_type=req.cc_request_type,
            cc_request_number=req.cc_request_number,
            multiple_services_credit_control=mscc,
        )

    def handle(self, req: CCR) -> CCA:
        used = sum(u.cc_total_octets or 0 for m in req.multiple_services_credit_control for u in m.used_service_unit)
        if req.cc_request_type == CCRequestType.INITIAL_REQUEST:
            user = req.user_name or ""
            if user not in self.balances:
                return self._answer(req, 5030)  # DIAMETER_USER_UNKNOWN
            self.reserved[req.session_id] = (user, 0)
        if req.session_id not in self.reserved:
            return self._answer(req, 5002)  # DIAMETER_UNKNOWN_SESSION_ID
        user, held = self.reserved[req.session_id]
        # the usage reported is taken from the reservation; what was not used goes back
        self.balances[user] += held - min(used, held)
        if req.cc_request_type == CCRequestType.TERMINATION_REQUEST:
            del self.reserved[req.session_id]
            return self._answer(req, 2001)
        left = self.balances[user]
        if left <= 0:
            if req.cc_request_type == CCRequestType.INITIAL_REQUEST:
                del self.reserved[req.session_id]  # no session opens
            else:
                self.reserved[req.session_id] = (user, 0)
            return self._answer(req, 4012)  # DIAMETER_CREDIT_LIMIT_REACHED
        grant = min(QUOTA, left)
        self.balances[user] -= grant
        self.reserved[req.session_id] = (user, grant)
        final = FinalUnitIndication(final_unit_action=FinalUnitAction.TERMINATE) if left <= QUOTA else None
        mscc = MultipleServicesCreditControl(
            granted_service_unit=GrantedServiceUnit(cc_total_octets=grant),
            rating_group=RATING_GROUP,
            validity_time=VALIDITY,
            result_code=2001,
            final_unit_indication=final,
        )
        return self._answer(req, 2001, (mscc,))


def caps(host: str) -> LocalCapabilities:
    return LocalCapabilities(origin_host=host, origin_realm=REALM, auth_application_ids=frozenset({4}))


def granted(answer: object) -> int:
    mscc = getattr(answer, "multiple_services_credit_control", ())
    return sum((m.granted_service_unit.cc_total_octets or 0) for m in mscc if m.granted_service_unit is not None)


async def main() -> int:
    ocs = Ocs("ocs.example.com", {"alice": 250_000, "bob": 0})
    server = Node(caps(ocs.host))
    CreditControlServer(server, handler=ocs.handle, on_expired=ocs.release)
    port = await server.listen("127.0.0.1", 0)
    gateway = Node(caps("pgw.example.com"))
    await gateway.connect("127.0.0.1", port)
    gy = CreditControlClient(gateway, destination_realm=REALM, service_context_id="32251@3gpp.org")

    def ask(used: int | None) -> dict[str, object]:
        mscc = MultipleServicesCreditControl(
            requested_service_unit=RequestedServiceUnit(),
            used_service_unit=(UsedServiceUnit(cc_total_octets=used),) if used is not None else (),
            rating_group=RATING_GROUP,
        )
        return {"multiple_services_credit_control": (mscc,)}

    session = gy.session(user_name="alice")
    answer = await session.start(**ask(None))
    print(f"CCR-I -> {getattr(answer, 'result_code', None)}, granted {granted(answer)} octets")
    while session.state is CcState.OPEN and not session.machine.final_units:
        used = granted(session.answer)  # the user uses the whole grant
        answer = await session.update(**ask(used))
        print(f"CCR-U used {used} -> {getattr(answer, 'result_code', None)}, granted {granted(answer)} octets")
    final = granted(session.answer)
    answer = await session.update(**ask(final))  # the final units used: the session ends (CCR-T)
    print(f"final units used: the service ends, CCR-T -> {getattr(answer, 'result_code', None)}")
    print(f"session {session.state.value}, service granted: {session.granted} ({session.ended})")
    bob = gy.session(user_name="bob")
    answer = await bob.start(**ask(None))
    print(f"bob: CCR-I -> {getattr(answer, 'result_code', None)}")
    print(f"balances: {ocs.balances}, reservations: {len(ocs.reserved)}")
    await gateway.close()
    await server.close()
    ok = ocs.balances["alice"] == 0 and not ocs.reserved and session.state is CcState.IDLE
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
