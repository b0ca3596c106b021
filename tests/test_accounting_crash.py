"""An accounting client killed with SIGKILL loses nothing (RFC 6733 §9.4): its records are in
its SQLite store from the moment they are made until answered; a new client on the same file
sends them, and the server keeps each once (by Session-Id and Accounting-Record-Number), the
records that may have arrived before coming with the T flag. Client and server run in processes
of their own (tests/acct_node.py), stopped by their PIDs."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from test_freediameter import free_port

HERE = Path(__file__).resolve().parent
SESSIONS = 10


class Proc:
    """tests/acct_node.py in a process of its own; its output lines collected as they come."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "acct_node.py"), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=dict(os.environ, PYTHONPATH=str(HERE.parent)),
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, prefix: str, count: int = 1, timeout: float = 30.0) -> list[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [line for line in self.lines if line.startswith(prefix)]
            if len(found) >= count:
                return found
            if self.proc.poll() is not None and not self._reader.is_alive():
                break
            time.sleep(0.05)
        raise AssertionError(f"{count} lines {prefix!r} not seen in {timeout} s: {self.lines[-30:]}")

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture
def procs() -> Iterator[list[Proc]]:
    started: list[Proc] = []
    try:
        yield started
    finally:
        for p in started:
            p.stop()


def kept(db: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(db) as c:
        return sorted((s, int(n)) for s, n in c.execute("SELECT session_id, number FROM received"))


def expected() -> list[tuple[str, int]]:
    return sorted((f"pgw.example.com;crash;{i}", n) for i in range(SESSIONS) for n in (0, 1))


def test_records_made_while_the_server_is_down_survive_a_kill_of_the_client(tmp_path: Path, procs: list[Proc]) -> None:
    port = free_port()
    client = Proc("client", str(tmp_path / "client.db"), "--port", str(port), "--sessions", str(SESSIONS))
    procs.append(client)
    client.wait_for(f"made {SESSIONS}")
    client.kill()  # kill -9: the records are only in the client's file
    server = Proc("server", str(tmp_path / "server.db"), "--port", str(port))
    procs.append(server)
    server.wait_for("listening")
    again = Proc("flush", str(tmp_path / "client.db"), "--port", str(port))
    procs.append(again)
    assert again.wait_for("stored")[0] == f"stored {2 * SESSIONS}"
    assert again.wait_for("left", timeout=60)[0] == "left 0"
    assert again.proc.wait(20) == 0
    records = server.wait_for("record ", 2 * SESSIONS)
    assert all(r.endswith(" new -") for r in records), records  # never sent before: no T flag
    server.stop()
    assert kept(tmp_path / "server.db") == expected()


def test_records_in_flight_when_the_client_is_killed_are_sent_again_with_the_t_flag_and_kept_once(
    tmp_path: Path, procs: list[Proc]
) -> None:
    port = free_port()
    server = Proc("server", str(tmp_path / "server.db"), "--port", str(port), "--delay", "2")
    procs.append(server)
    server.wait_for("listening")
    client = Proc(
        "client", str(tmp_path / "client.db"), "--port", str(port), "--sessions", str(SESSIONS), "--connected"
    )
    procs.append(client)
    server.wait_for("record ", SESSIONS)  # every start record received, none answered yet
    client.kill()
    again = Proc("flush", str(tmp_path / "client.db"), "--port", str(port))
    procs.append(again)
    assert again.wait_for("stored")[0] == f"stored {SESSIONS}"  # the start records, unanswered
    assert again.wait_for("left", timeout=60)[0] == "left 0"
    assert again.proc.wait(20) == 0
    lines = server.wait_for("record ", 2 * SESSIONS)
    duplicates = [line for line in lines if " duplicate " in line]
    assert len(duplicates) == SESSIONS and all(line.endswith(" T") for line in duplicates), lines
    server.stop()
    assert kept(tmp_path / "server.db") == sorted((f"pgw.example.com;crash;{i}", 0) for i in range(SESSIONS))
