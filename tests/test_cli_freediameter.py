"""The command line against freeDiameter's own benchmark application, test_app: ``diameter
send`` and ``diameter bench`` against test_app's server, and ``diameter serve`` answering
test_app's benchmark client. Debian does not package test_app; ``benchmarks/fd_test_app.py``
builds it from Debian's source package of the installed freeDiameter (as root, it installs
bison, flex and dpkg-dev first), cached in ``benchmarks/.build/``."""

from __future__ import annotations

import importlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from test_freediameter import EXT, free_port
from test_serve import Served

ROOT = Path(__file__).resolve().parent.parent
DICT = Path(__file__).parent / "data" / "freediameter" / "test_app.dia"
# the values of tests/data/freediameter/test_app.dia
VENDOR, APP, CMD, AVP = 999999, 0xFFFFFF, 0xFFFFFE, 345678


@pytest.fixture(scope="module")
def test_app() -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        fd_test_app: Any = importlib.import_module("fd_test_app")  # (benchmarks/, not a package)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    try:
        return Path(fd_test_app.build(say=print))
    except fd_test_app.Unavailable as e:
        if os.environ.get("CI") == "true":
            raise AssertionError(f"test_app must build in CI: {e}") from None
        print(f"SKIPPED tests/test_cli_freediameter.py: {e}")
        pytest.skip(str(e))


class FdTestApp:
    """freeDiameterd with test_app loaded, stopped by its PID."""

    def __init__(self, work: Path, identity: str, fdx: Path, ta_conf: str, connect: str = "") -> None:
        if shutil.which("freeDiameterd") is None or not (EXT / "acl_wl.fdx").exists():
            pytest.skip("freeDiameterd not installed")
        work.mkdir()
        self.port = free_port()
        (work / "acl.conf").write_text("ALLOW_IPSEC *.example.com\n")
        (work / "test_app.conf").write_text(ta_conf)
        (work / "fd.conf").write_text(
            f'Identity = "{identity}";\nRealm = "example.com";\nPort = {self.port};\nSecPort = 0;\nNo_SCTP;\n'
            f'ListenOn = "127.0.0.1";\nTwTimer = 30;\n'
            f'LoadExtension = "{EXT}/acl_wl.fdx" : "{work / "acl.conf"}";\n'
            f'LoadExtension = "{fdx}" : "{work / "test_app.conf"}";\n{connect}'
        )
        self.log = work / "fd.log"
        self.proc = subprocess.Popen(
            ["freeDiameterd", "-c", str(work / "fd.conf")],
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )

    def text(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_for(self, needle: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.text():
                return
            if self.proc.poll() is not None:
                raise AssertionError(f"freeDiameterd exited {self.proc.returncode}: {self.text()[-3000:]}")
            time.sleep(0.1)
        raise AssertionError(f"{needle!r} not in freeDiameter's log within {timeout} s: {self.text()[-3000:]}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def _ta_conf(mode: str, extra: str = "") -> str:
    return f"vendor-id = {VENDOR};\nappli-id = {APP};\ncmd-id = {CMD};\navp-id = {AVP};\nmode = {mode};\n{extra}"


@pytest.fixture
def nodes() -> Iterator[list[FdTestApp | Served]]:
    started: list[FdTestApp | Served] = []
    try:
        yield started
    finally:
        for n in started:
            n.stop()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "diameter", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


def test_send_and_bench_against_test_apps_server(
    tmp_path: Path, test_app: Path, nodes: list[FdTestApp | Served]
) -> None:
    server = FdTestApp(tmp_path / "fd", "ta-server.example.com", test_app, _ta_conf("server"))
    nodes.append(server)
    server.wait_for("freeDiameterd daemon initialized")
    uri = f"aaa://127.0.0.1:{server.port}"
    common = ["--dict", str(DICT), "--command", "Test-Request", "--vendor-id", str(VENDOR)]
    identity = ["--origin-host", "client.example.com", "--origin-realm", "example.com"]
    done = _cli("send", uri, *common, *identity, "--avp", "Test-AVP=42", "--json-out")
    assert done.returncode == 0, done.stdout + done.stderr
    answer = json.loads(done.stdout)
    assert answer["command"] == "Test-Answer" and answer["result_code"] == "DIAMETER_SUCCESS"
    assert answer["test_avp"] == 42 and answer["origin_host"] == "ta-server.example.com"  # echoed
    done = _cli(
        "bench",
        uri,
        *common,
        *identity,
        "--avp",
        "Test-AVP={rand}",
        "--count",
        "2000",
        "--concurrency",
        "20",
        "--json-out",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    out = json.loads(done.stdout)
    assert (out["sent"], out["answered"], out["result_codes"], out["errors"]) == (2000, 2000, {"2001": 2000}, {})
    assert out["peer"] == "ta-server.example.com" and out["throughput"] > 0


def test_serve_answers_test_apps_benchmark_client(
    tmp_path: Path, test_app: Path, nodes: list[FdTestApp | Served]
) -> None:
    port = free_port()
    (tmp_path / "ta_handlers.py").write_text(
        "from diameter.apps.loaded.fd_test_app import TestAnswer, TestRequest\n\n"
        "def answer(req: TestRequest) -> TestAnswer:\n"
        "    return TestAnswer(session_id=req.session_id, result_code=2001, origin_host='ocs.example.com',\n"
        "                      origin_realm='example.com', test_avp=req.test_avp)\n"
    )
    text = f"""
[node]
origin_host = "ocs.example.com"
origin_realm = "example.com"
dictionaries = ["{DICT}"]

[applications]
vendor_specific = [{{ vendor_id = {VENDOR}, auth = {APP} }}]
supported_vendor_ids = [{VENDOR}]

[[listen]]
port = {port}

[handlers]
"diameter.apps.loaded.fd_test_app:TestRequest" = "ta_handlers:answer"
"""
    ours = Served(tmp_path, "ocs", text)
    nodes.append(ours)
    client = FdTestApp(
        tmp_path / "fd",
        "ta-client.example.com",
        test_app,
        _ta_conf(
            "client",
            f'benchmark 2 10;\ndest-realm = "example.com";\ndest-host = "ocs.example.com";\nsignal = {int(signal.SIGUSR1)};\n',
        ),
        connect=f'ConnectPeer = "ocs.example.com" {{ ConnectTo = "127.0.0.1"; Port = {port}; No_TLS; }};\n',
    )
    nodes.append(client)
    ours.wait_for("peer ta-client.example.com open")
    client.wait_for("'STATE_OPEN'")
    client.proc.send_signal(signal.SIGUSR1)  # test_app's benchmark starts
    client.wait_for("answer(s) received", timeout=60)
    time.sleep(1.0)  # the block that follows when the last answers are in
    log = client.text()
    answers = [int(n) for n in re.findall(r"(\d+) answer\(s\) received", log)]
    errors = [int(n) for n in re.findall(r"(\d+) error\(s\) received", log)]
    assert answers and answers[-1] > 100, log[-3000:]
    assert errors and errors[-1] == 0, log[-3000:]
