"""The examples run as users run them (examples/), and their servers answer as they say."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "examples"))

import gy_ocs  # noqa: E402

from diameter.apps.credit_control import CCR, CCRequestType, MultipleServicesCreditControl, UsedServiceUnit  # noqa: E402


def test_the_gy_ocs_example_runs_a_session_to_its_final_units() -> None:
    assert example("gy_ocs.py") == [
        "CCR-I -> 2001, granted 100000 octets",
        "CCR-U used 100000 -> 2001, granted 100000 octets",
        "CCR-U used 100000 -> 2001, granted 50000 octets",
        "final units used: the service ends, CCR-T -> 2001",
        "session Idle, service granted: False (final units used)",
        "bob: CCR-I -> 4012",
        "balances: {'alice': 0, 'bob': 0}, reservations: 0",
    ]


def example(name: str) -> list[str]:
    """The lines an example prints, run as a user runs it (it must exit 0)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout.splitlines()


def ccr(kind: CCRequestType, number: int, user: str | None = "alice", used: int | None = None) -> CCR:
    mscc = MultipleServicesCreditControl(
        used_service_unit=(UsedServiceUnit(cc_total_octets=used),) if used is not None else (), rating_group=1
    )
    return CCR(
        session_id="s;1",
        origin_host="pgw",
        origin_realm="example.com",
        destination_realm="example.com",
        auth_application_id=4,
        service_context_id="32251@3gpp.org",
        cc_request_type=kind,
        cc_request_number=number,
        user_name=user,
        multiple_services_credit_control=(mscc,),
    )


def test_the_ocs_debits_what_is_used_and_gives_back_what_is_not() -> None:
    ocs = gy_ocs.Ocs("ocs", {"alice": 150_000})
    assert gy_ocs.granted(ocs.handle(ccr(CCRequestType.INITIAL_REQUEST, 0))) == 100_000
    assert ocs.balances["alice"] == 50_000
    update = ocs.handle(ccr(CCRequestType.UPDATE_REQUEST, 1, used=30_000))  # 70,000 come back
    assert gy_ocs.granted(update) == 100_000 and ocs.balances["alice"] == 20_000
    assert update.multiple_services_credit_control[0].final_unit_indication is None
    end = ocs.handle(ccr(CCRequestType.TERMINATION_REQUEST, 2, used=10_000))
    assert end.result_code == 2001 and ocs.balances["alice"] == 110_000 and ocs.reserved == {}
    assert ocs.handle(ccr(CCRequestType.INITIAL_REQUEST, 0, user="carol")).result_code == 5030
    assert ocs.handle(ccr(CCRequestType.UPDATE_REQUEST, 1)).result_code == 5002


def test_the_ocs_example_main_leaves_no_reservation() -> None:
    assert asyncio.run(asyncio.wait_for(gy_ocs.main(), 60)) == 0


def test_the_gx_pcrf_example_installs_rules_and_pushes_one_with_a_rar() -> None:
    assert example("gx_pcrf.py") == [
        "pgw.example.com;1;alice: installed default, voice",
        "pgw.example.com;1;alice: installed video-boost",
        "RAR answered 2001",
        "pgw.example.com;1;alice: CCR-T, removed default, voice, video-boost; PCRF sessions open: 0",
    ]


def test_the_pcef_refuses_a_rar_for_a_session_it_does_not_have() -> None:
    import gx_pcrf

    from diameter.apps.tgpp import gx
    from diameter.asyncio import Node

    pcef = gx_pcrf.Pcef(Node(gx_pcrf.caps("pgw.example.com")))
    rar = gx.RAR(
        session_id="nobody",
        auth_application_id=gx_pcrf.GX,
        origin_host="pcrf",
        origin_realm="example.com",
        destination_realm="example.com",
        destination_host="pgw.example.com",
        re_auth_request_type=0,
        charging_rule_install=gx_pcrf.rules("x"),
    )
    assert pcef.on_rar(rar).result_code == 5002 and pcef.installed == {}


def test_the_ocs_gives_back_the_reservation_of_a_session_silent_for_tcc(monkeypatch: object) -> None:
    from diameter.asyncio import Node
    from diameter.core.credit_control import CcState
    from diameter.credit_control import CreditControlClient, CreditControlServer

    monkeypatch.setattr(gy_ocs, "VALIDITY", 1)  # type: ignore[attr-defined]  # Tcc: 2 s

    async def main() -> None:
        ocs = gy_ocs.Ocs("ocs.example.com", {"alice": 250_000})
        server = Node(gy_ocs.caps(ocs.host))
        cc = CreditControlServer(server, handler=ocs.handle, on_expired=ocs.release)
        port = await server.listen("127.0.0.1", 0)
        gateway = Node(gy_ocs.caps("pgw.example.com"))
        await gateway.connect("127.0.0.1", port)
        gy = CreditControlClient(gateway, destination_realm="example.com", service_context_id="32251@3gpp.org")
        silent = gy.session(user_name="alice")
        await silent.start()
        assert ocs.balances["alice"] == 150_000 and cc.state(silent.session_id) is CcState.OPEN
        await asyncio.sleep(2.2)  # no report within Tcc

        assert cc.expired == [silent.session_id] and ocs.balances["alice"] == 250_000 and ocs.reserved == {}
        assert cc.state(silent.session_id) is CcState.IDLE
        await gateway.close()
        await server.close()

    asyncio.run(asyncio.wait_for(main(), 60))
