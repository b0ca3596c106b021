"""An accounting server keeping its records in PostgreSQL (diameter.store.PostgresStore, asyncpg):
Debian's PostgreSQL server, started by the test in a directory of its own on a loopback port (as
the postgres user when run as root) and stopped by its PID. Records from a client whose store
held them while the server was away arrive once each; a record sent again is a duplicate."""

from __future__ import annotations

import asyncio
import glob
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from diameter.accounting import AccountingClient, AccountingServer
from diameter.apps.base import AccountingRecordType
from diameter.asyncio import Node
from diameter.capabilities import LocalCapabilities
from diameter.schema import evolve
from diameter.store import MemoryStore, PostgresStore

from test_freediameter import free_port

REALM = "example.com"


def _unavailable() -> str | None:
    try:
        import asyncpg  # noqa: F401
    except ImportError:
        return "asyncpg not installed (pip install -e '.[postgres]')"
    if not glob.glob("/usr/lib/postgresql/*/bin/postgres"):
        return "PostgreSQL's server not installed (Debian: apt-get install postgresql)"
    return None


@pytest.fixture(scope="module")
def postgres() -> Iterator[str]:
    """A PostgreSQL server of the test's own; yields its DSN."""
    why = _unavailable()
    if why is not None:
        if os.environ.get("CI") == "true":
            raise AssertionError(f"PostgreSQL must run in CI: {why}")
        print(f"SKIPPED tests/test_accounting_postgres.py: {why}")
        pytest.skip(why)
    bindir = Path(sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1])
    root = Path(tempfile.mkdtemp(prefix="diameter-pg-"))
    data = root / "data"
    user: dict[str, str] = {}
    if os.geteuid() == 0:  # PostgreSQL does not run as root
        shutil.chown(root, "postgres", "postgres")
        user = {"user": "postgres", "group": "postgres"}
    port = free_port()
    log = (root / "server.log").open("w")
    try:
        subprocess.run(
            [str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "diameter", "--no-sync"],
            check=True,
            capture_output=True,
            timeout=120,
            **user,  # type: ignore[call-overload]
        )
        proc = subprocess.Popen(
            [str(bindir / "postgres"), "-D", str(data), "-p", str(port), "-k", str(root)]
            + ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"],
            stdout=log,
            stderr=subprocess.STDOUT,
            **user,  # type: ignore[call-overload]
        )
    except BaseException:
        log.close()
        shutil.rmtree(root, ignore_errors=True)
        raise
    dsn = f"postgresql://diameter@127.0.0.1:{port}/postgres"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                asyncio.run(_ping(dsn))
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"PostgreSQL did not start: {(root / 'server.log').read_text()}") from None
                time.sleep(0.2)
        yield dsn
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)  # fast shutdown
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
        log.close()
        shutil.rmtree(root, ignore_errors=True)


async def _ping(dsn: str) -> None:
    import asyncpg

    try:
        db = await asyncpg.connect(dsn, timeout=2)
    except Exception as e:  # not up yet: refused, or starting
        raise OSError(str(e)) from None
    await db.close()


def caps(host: str) -> LocalCapabilities:
    return LocalCapabilities(origin_host=host, origin_realm=REALM, acct_application_ids=frozenset({3}))


def test_records_are_kept_once_each_in_postgresql(postgres: str) -> None:
    async def main() -> None:
        store = await PostgresStore.connect(postgres, table="acct_test")
        snode = Node(caps("acct.example.com"))
        server = AccountingServer(snode, store)
        cnode = Node(caps("pgw.example.com"))
        client = AccountingClient(cnode, destination_realm=REALM, store=MemoryStore(), resend_interval=0.2)
        sessions = [client.session() for _ in range(4)]
        for s in sessions:
            await s.start()  # no server yet: stored
            await s.stop()
        assert len(client.store) == 8
        port = await snode.listen("127.0.0.1", 0)
        await cnode.connect("127.0.0.1", port)
        assert await client.flush(30) == 0
        again = client._build(sessions[0], AccountingRecordType.START_RECORD, 0, {})  # type: ignore[arg-type]
        answer = await cnode.request(evolve(again, retransmit=True))  # type: ignore[arg-type]
        assert getattr(answer, "result_code", None) == 2001 and server.duplicates == 1
        got = sorted((sid, n) for sid, n, _ in await store.received())
        assert got == sorted((s.session_id, n) for s in sessions for n in (0, 1))
        # a second store on the same table sees the same rows (the data is the database's)
        other = await PostgresStore.connect(postgres, table="acct_test")
        assert len(await other.received()) == 8
        assert not await other.receive("x", sessions[0].session_id, 0, 2, b"")
        with pytest.raises(ValueError, match="letters, digits and _ only"):
            await PostgresStore.connect(postgres, table="acct; drop")
        await other.close()
        await store.close()
        await client.close()
        await cnode.close()
        await snode.close()

    asyncio.run(asyncio.wait_for(main(), 60))


def test_a_database_that_fails_is_out_of_space(postgres: str) -> None:
    async def main() -> None:
        store = await PostgresStore.connect(postgres, table="acct_gone")
        await store.close()  # every insert now fails
        snode = Node(caps("acct.example.com"))
        AccountingServer(snode, store)
        port = await snode.listen("127.0.0.1", 0)
        cnode = Node(caps("pgw.example.com"))
        await cnode.connect("127.0.0.1", port)
        client = AccountingClient(cnode, destination_realm=REALM)
        s = client.session()
        await s.start()
        assert s.disconnected is not None and "4002" in s.disconnected  # DIAMETER_OUT_OF_SPACE
        await client.close()
        await cnode.close()
        await snode.close()

    asyncio.run(asyncio.wait_for(main(), 60))
