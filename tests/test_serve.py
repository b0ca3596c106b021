"""``diameter serve`` and ``diameter send`` end to end, as processes on loopback: a node run
from its file answering requests sent from the command line, its signals (SIGTERM drains and
disconnects, SIGHUP reloads peers, routes and the allow-list without dropping connections),
traces that tshark and ``diameter decode`` read, and freeDiameter as the peer."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from test_freediameter import EXT, FreeDiameter, free_port

ROOT = Path(__file__).resolve().parent.parent

HANDLERS = """
import asyncio
from diameter.apps.credit_control import CCA, CCR

def _answer(req, code):
    return CCA(session_id=req.session_id, result_code=code, origin_host="ocs.example.com",
               origin_realm="example.com", auth_application_id=4,
               cc_request_type=req.cc_request_type, cc_request_number=req.cc_request_number)

async def answer_ccr(req: CCR) -> CCA:
    # the request number chooses the answer: 0..3 success, 4 a transient failure, 5 a
    # permanent one, 9 success after a second (a request being handled when the node stops)
    n = req.cc_request_number
    if n == 9:
        await asyncio.sleep(1.0)
    return _answer(req, {4: 4010, 5: 5003}.get(n, 2001))
"""


def _config(
    port: int | None, *, host: str = "ocs.example.com", peers: Sequence[str] = (), extra: str = "", auth: str = "[4]"
) -> str:
    listen = f'[[listen]]\ntransport = "tcp"\nport = {port}\n' if port is not None else ""
    peer_tables = "".join(f'[[peers]]\nuri = "{uri}"\n' for uri in peers)
    return f"""
[node]
origin_host = "{host}"
origin_realm = "example.com"
{extra}

[applications]
auth = {auth}

[timers]
tc = 6
tw = 30
drain = 5

{listen}
{peer_tables}

[handlers]
"diameter.apps.credit_control:CreditControlRequest" = "ocs_handlers:answer_ccr"
"""


class Served:
    """``diameter serve`` in a process of its own, stopped by its PID."""

    def __init__(
        self, tmp: Path, name: str, text: str, *, trace: Path | None = None, metrics: str | None = None
    ) -> None:
        (tmp / "ocs_handlers.py").write_text(HANDLERS)
        self.conf = tmp / f"{name}.toml"
        self.conf.write_text(text)
        self.log = tmp / f"{name}.log"
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp), str(ROOT)]))
        args = [sys.executable, "-m", "diameter", "serve", str(self.conf)]
        if trace is not None:
            args += ["--trace", str(trace)]
        if metrics is not None:
            args += ["--metrics", metrics]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=self.log.open("w"), env=env, cwd=tmp)
        self.wait_for("serving ")

    def text(self) -> str:
        return self.log.read_text()

    def wait_for(self, needle: str, timeout: float = 20.0, count: int = 1) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.text().count(needle) >= count:
                return
            if self.proc.poll() is not None:
                raise AssertionError(f"diameter serve exited {self.proc.returncode}: {self.text()}")
            time.sleep(0.05)
        raise AssertionError(f"{needle!r} not logged within {timeout} s: {self.text()}")

    def signal(self, sig: int) -> None:
        self.proc.send_signal(sig)

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        return self.proc.returncode


@pytest.fixture
def served() -> Iterator[list[Served]]:
    procs: list[Served] = []
    try:
        yield procs
    finally:
        for p in procs:
            p.stop()


def send(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "diameter", "send", *args],
        capture_output=True,
        text=True,
        timeout=60,
        input=stdin,
        cwd=cwd,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


CCR_AVPS = [
    "--command",
    "diameter.apps.credit_control:CreditControlRequest",
    "--avp",
    "Auth-Application-Id=4",
    "--avp",
    "Service-Context-Id=32251@3gpp.org",
    "--avp",
    "CC-Request-Type=INITIAL_REQUEST",
]


def test_serve_answers_send_and_both_traces_read_back(tmp_path: Path, served: list[Served]) -> None:
    port = free_port()
    server_trace = tmp_path / "server.pcapng"
    served.append(Served(tmp_path, "ocs", _config(port), trace=server_trace))
    uri = f"aaa://127.0.0.1:{port}"
    client_trace = tmp_path / "client.pcapng"
    done = send(uri, *CCR_AVPS, "--avp", "CC-Request-Number=0", "--trace", str(client_trace))
    assert done.returncode == 0, done.stderr
    assert (
        "Credit-Control-Answer (CCA)" in done.stdout and "Result-Code (268, M): DIAMETER_SUCCESS (2001)" in done.stdout
    )
    assert "Origin-Host (264, M): ocs.example.com" in done.stdout
    # the answer as JSON; the exit status from the Result-Code's class
    done = send(uri, *CCR_AVPS, "--avp", "CC-Request-Number=1", "--json-out")
    answer = json.loads(done.stdout)
    assert (
        done.returncode == 0
        and answer["command"] == "Credit-Control-Answer"
        and answer["result_code"] == "DIAMETER_SUCCESS"
    )
    assert answer["session_id"].startswith("client.localdomain;")  # filled in by send
    assert send(uri, *CCR_AVPS, "--avp", "CC-Request-Number=4").returncode == 4
    done = send(uri, *CCR_AVPS, "--avp", "CC-Request-Number=5")
    assert done.returncode == 5 and "DIAMETER_AUTHORIZATION_REJECTED (5003)" in done.stdout
    # a request from JSON, on standard input
    request = {
        "command": "Credit-Control-Request",
        "class": "diameter.apps.credit_control.CreditControlRequest",
        "auth_application_id": 4,
        "service_context_id": "32251@3gpp.org",
        "cc_request_type": "UPDATE_REQUEST",
        "cc_request_number": 2,
        "destination_realm": "example.com",
    }
    done = send(uri, "--json", "-", "--json-out", stdin=json.dumps(request))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["cc_request_type"] == "UPDATE_REQUEST"

    # the client's trace: decoded by this package and by tshark
    decoded = subprocess.run(
        [sys.executable, "-m", "diameter", "decode", "-f", str(client_trace), "-p", str(port)],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert decoded.returncode == 0, decoded.stderr
    commands = [line.split(" (")[0] for line in decoded.stdout.splitlines() if line and line[0] not in "# "]
    assert commands == [
        "Capabilities-Exchange-Request",
        "Capabilities-Exchange-Answer",
        "Credit-Control-Request",
        "Credit-Control-Answer",
        "Disconnect-Peer-Request",
        "Disconnect-Peer-Answer",
    ]
    assert served[0].stop() == 0
    tshark = shutil.which("tshark")
    if tshark is None:
        print("SKIPPED the tshark half: tshark not installed (this package's decoder read the trace above)")
        return
    for trace, n in ((client_trace, 6), (server_trace, 6 * 5)):
        out = subprocess.run(
            [
                tshark,
                "-r",
                str(trace),
                "-d",
                f"tcp.port=={port},diameter",
                "-T",
                "fields",
                "-e",
                "diameter.cmd.code",
                "-e",
                "diameter.flags.request",
                "-e",
                "diameter.Result-Code",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        rows = [line.split("\t") for line in out.stdout.splitlines()]
        assert len(rows) == n, out.stdout + out.stderr
        assert rows[2][:2] == ["272", "1"] and rows[3] == ["272", "0", "2001"]


def test_send_reports_what_went_wrong(tmp_path: Path) -> None:
    closed = free_port()
    done = send(f"aaa://127.0.0.1:{closed}", *CCR_AVPS, "--avp", "CC-Request-Number=0", "--timeout", "3")
    assert done.returncode == 6 and f"aaa://127.0.0.1:{closed}" in done.stderr
    for extra, message in [
        (["--avp", "No-Such-AVP=1"], "has no AVP 'No-Such-AVP'"),
        (["--avp", "CC-Request-Number=one"], "CC-Request-Number: expected an integer"),
        (["--avp", "CC-Request-Number"], "expected NAME=VALUE"),
        (["--avp", "CC-Request-Number=1", "--avp", "CC-Request-Number=2"], "given twice"),
        (["--avp", "Subscription-Id={bad json"], "is not valid JSON"),
    ]:
        done = send(f"aaa://127.0.0.1:{closed}", *CCR_AVPS, *extra)
        assert done.returncode == 2 and message in done.stderr, done.stderr
    done = send(f"aaa://127.0.0.1:{closed}", "--command", "No-Such-Request")
    assert done.returncode == 2 and "expected a request class" in done.stderr
    done = send(f"aaa://127.0.0.1:{closed}", "--json", "-", stdin="[1]")
    assert done.returncode == 2 and "expected a JSON object" in done.stderr
    done = send(f"aaa://127.0.0.1:{closed}", "--json", "-", stdin='{"command": "Nothing"}')
    assert done.returncode == 2 and "expected a request class" in done.stderr
    done = send(f"aaa://127.0.0.1:{closed}", "--json", "-", stdin='{"cc_request_number": 1}')
    assert done.returncode == 2 and 'names no "command"' in done.stderr


def test_sigterm_waits_for_the_answers_being_made_then_disconnects(tmp_path: Path, served: list[Served]) -> None:
    port = free_port()
    node = Served(tmp_path, "ocs", _config(port) + '\n[logging]\nformat = "json"\n')
    served.append(node)
    client = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "diameter",
            "send",
            f"aaa://127.0.0.1:{port}",
            *CCR_AVPS,
            "--avp",
            "CC-Request-Number=9",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    try:
        node.wait_for("peer client.localdomain open")
        time.sleep(0.3)  # the request is in its handler (one second long)
        node.signal(signal.SIGTERM)
        out, err = client.communicate(timeout=30)
    finally:
        if client.poll() is None:
            client.kill()
    assert client.returncode == 0, err
    assert "DIAMETER_SUCCESS (2001)" in out
    assert node.proc.wait(20) == 0
    lines = [json.loads(line) for line in node.text().splitlines()]  # one JSON object a line
    messages = [line["message"] for line in lines]
    assert "stopping: waiting up to 5 s for the answers being made" in messages and messages[-1] == "stopped"
    assert not any("requests still being handled" in m for m in messages)
    assert {line["logger"] for line in lines} >= {"diameter.serve", "diameter.node"}


def test_sighup_applies_peers_routes_and_allow_list_and_keeps_connections(tmp_path: Path, served: list[Served]) -> None:
    a_port, b_port = free_port(), free_port()
    a = Served(tmp_path, "a", _config(a_port, host="a.example.com"))
    b = Served(tmp_path, "b", _config(b_port, host="b.example.com"))
    served += [a, b]
    # (the URIs name the address: the identities come from the CEAs)
    c = Served(tmp_path, "c", _config(None, host="c.example.com", peers=[f"aaa://127.0.0.1:{a_port}"]))
    served.append(c)
    c.wait_for("peer a.example.com open")
    a.wait_for("peer c.example.com open")
    # add b, a route and an allow-list: a stays connected
    c.conf.write_text(
        _config(
            None,
            host="c.example.com",
            peers=[f"aaa://127.0.0.1:{a_port}", f"aaa://127.0.0.1:{b_port}"],
            extra='known_peers = ["a.example.com", "b.example.com"]',
        )
        + '\n[[routes]]\nrealm = "example.com"\napplication_id = 4\nservers = ["b.example.com"]\n'
    )
    c.signal(signal.SIGHUP)
    c.wait_for("reloaded")
    assert "1 added, 0 removed" in c.text() and "1 routes" in c.text() and "allow-list of 2" in c.text()
    c.wait_for("peer b.example.com open")
    b.wait_for("peer c.example.com open")
    assert "closed" not in a.text() and c.text().count("peer a.example.com open") == 1
    # a file that does not load keeps the running configuration
    c.conf.write_text("[node\n")
    c.signal(signal.SIGHUP)
    c.wait_for("the running configuration is kept")
    # remove a: it is disconnected with DPR, b stays
    c.conf.write_text(_config(None, host="c.example.com", peers=[f"aaa://127.0.0.1:{b_port}"]))
    c.signal(signal.SIGHUP)
    c.wait_for("reloaded", count=2)
    c.wait_for("peer a.example.com disconnected (no longer configured)")
    a.wait_for("peer c.example.com closed")
    assert "closed" not in b.text()
    assert c.stop() == 0
    b.wait_for("peer c.example.com closed")


def test_a_configuration_error_names_file_and_key(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[node]\norigin_host = "a.example.com"\norigin_realm = "example.com"\n[[listen]]\nport = "x"\n')
    done = subprocess.run(
        [sys.executable, "-m", "diameter", "serve", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert done.returncode == 2
    assert f"{bad}: listen[0].port: expected an integer, got string 'x'" in done.stderr
    good = tmp_path / "good.toml"
    good.write_text(_config(0))
    (tmp_path / "ocs_handlers.py").write_text(HANDLERS)
    done = subprocess.run(
        [sys.executable, "-m", "diameter", "serve", "--check", str(good)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)])),
    )
    assert done.returncode == 0 and done.stdout.strip() == f"{good}: ok", done.stderr


def _freediameter(tmp_path: Path, extra: str = "") -> FreeDiameter:
    if shutil.which("freeDiameterd") is None or not (EXT / "acl_wl.fdx").exists():
        reason = "freeDiameterd not installed (Debian: apt-get install freediameterd freediameter-extensions)"
        print(f"SKIPPED freeDiameter half of test_serve: {reason}")
        pytest.skip(reason)
    return FreeDiameter(tmp_path, 30, extra=extra)


def test_send_to_freediameter_and_serve_with_freediameter_as_peer(tmp_path: Path, served: list[Served]) -> None:
    """freeDiameter without relaying, supporting application 5 only (the tiny extension of
    tests/data/freediameter/test_app.c): ``send`` from a host its allow-list does not name is
    refused at the capabilities exchange (3010, exit status 6), and so is one advertising
    application 4 alone (5010); advertising 4 and 5 (from a
    configuration file) it gets freeDiameter's 3007 answer (exit status 3). ``serve`` accepts
    freeDiameter connecting to it (CER/CEA, DWR/DWA)."""
    if shutil.which("gcc") is None or not Path("/usr/include/freeDiameter/extension.h").exists():
        reason = "gcc or libfreediameter-dev not installed"
        print(f"SKIPPED test_send_to_freediameter_and_serve_with_freediameter_as_peer: {reason}")
        pytest.skip(reason)
    ext = tmp_path / "test_app.fdx"
    source = Path(__file__).parent / "data" / "freediameter" / "test_app.c"
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-o", str(ext), str(source)], check=True, timeout=120, capture_output=True
    )
    port = free_port()
    fd = _freediameter(
        tmp_path,
        extra=f'NoRelay;\nLoadExtension = "{ext}";\n'
        f'ConnectPeer = "ocs.example.com" {{ ConnectTo = "127.0.0.1"; Port = {port}; No_TLS; }};',
    )
    try:
        args = (f"aaa://127.0.0.1:{fd.port}", *CCR_AVPS, "--avp", "CC-Request-Number=0", "--timeout", "5")
        done = send(*args)  # client.localdomain: not in its allow-list
        assert done.returncode == 6 and "capabilities exchange refused: Result-Code 3010" in done.stderr, done.stderr
        done = send(*args, "--origin-host", "client.example.com", "--origin-realm", "example.com")
        assert done.returncode == 6 and "capabilities exchange refused: Result-Code 5010" in done.stderr, done.stderr
        client = tmp_path / "client.toml"
        client.write_text(
            '[node]\norigin_host = "client.example.com"\norigin_realm = "example.com"\n[applications]\nauth = [4, 5]\n'
        )
        done = send(f"aaa://127.0.0.1:{fd.port}", "--config", str(client), *CCR_AVPS, "--avp", "CC-Request-Number=0")
        assert done.returncode == 3, done.stdout + done.stderr
        assert (
            "DIAMETER_APPLICATION_UNSUPPORTED (3007)" in done.stdout
            and "Origin-Host (264, M): fd.example.com" in done.stdout
        )
        node = Served(tmp_path, "ocs", _config(port, auth="[4, 5]"))
        served.append(node)
        node.wait_for("peer fd.example.com open", timeout=30)
    finally:
        fd.stop()


def bench(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "diameter", "bench", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


def test_bench_loads_a_served_node_and_reports(tmp_path: Path, served: list[Served]) -> None:
    port = free_port()
    served.append(Served(tmp_path, "ocs", _config(port)))
    uri = f"aaa://127.0.0.1:{port}"
    # fixed concurrency, a count; {n} numbers the requests (all 0..3 here: the handler answers 2001)
    done = bench(uri, *CCR_AVPS, "--avp", "CC-Request-Number=1", "--count", "300", "--concurrency", "8", "--json-out")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert (out["sent"], out["answered"], out["errors"], out["result_codes"]) == (300, 300, {}, {"2001": 300})
    assert out["load"] == {"concurrency": 8} and out["command"] == "Credit-Control-Request"
    lat = out["latency_ms"]
    assert 0 < lat["min"] <= lat["p50"] <= lat["p90"] <= lat["p99"] <= lat["p99_9"] <= lat["max"]
    assert lat["min"] <= lat["mean"] <= lat["max"]
    assert out["throughput"] > 0
    # the answers of {n} = 0..5: four successes, a 4010 and a 5003: exit status 1
    done = bench(uri, *CCR_AVPS, "--avp", "CC-Request-Number={n}", "--count", "6", "--concurrency", "1", "--quiet")
    assert done.returncode == 1, done.stderr
    assert "Result-Code 2001: 4" in done.stdout and "Result-Code 4010: 1" in done.stdout
    assert "Result-Code 5003: 1" in done.stdout and done.stderr == ""
    # a fixed rate, and the plot
    plot = tmp_path / "latency.png"
    done = bench(
        uri,
        *CCR_AVPS,
        "--avp",
        "CC-Request-Number=2",
        "--rate",
        "200",
        "--count",
        "100",
        "--json-out",
        "--plot",
        str(plot),
        "--quiet",
    )
    if done.returncode == 2 and "needs matplotlib" in done.stderr:
        print("SKIPPED the plot of test_bench_loads_a_served_node_and_reports: matplotlib not installed")
        done = bench(
            uri, *CCR_AVPS, "--avp", "CC-Request-Number=2", "--rate", "200", "--count", "100", "--json-out", "--quiet"
        )
    else:
        assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["load"] == {"rate": 200.0} and out["answered"] == 100 and out["not_sent"] == 0
    assert out["seconds"] >= 99 / 200  # the 100th request leaves at 0.495 s
    # a warm-up, not counted, its end marked; the CPU the load generator used
    done = bench(
        uri, *CCR_AVPS, "--avp", "CC-Request-Number=2", "--warmup", "0.5", "--duration", "0.5", "--json-out", "--quiet"
    )
    assert done.returncode == 0 and done.stderr.splitlines() == ["measuring"], done.stderr
    out = json.loads(done.stdout)
    assert out["answered"] == out["sent"] > 0 and out["cpu_percent"] >= 0 and 0.5 <= out["seconds"] < 5


def test_bench_reports_what_went_wrong() -> None:
    closed = free_port()
    done = bench(
        f"aaa://127.0.0.1:{closed}", *CCR_AVPS, "--avp", "CC-Request-Number=0", "--count", "1", "--timeout", "3"
    )
    assert done.returncode == 6 and f"aaa://127.0.0.1:{closed}" in done.stderr
    for extra, message in [
        (["--concurrency", "0"], "--concurrency must be at least 1"),
        (["--rate", "0"], "--rate must be above 0"),
        (["--warmup", "-1"], "--warmup must not be negative"),
        (["--avp", "No-Such-AVP=1"], "has no AVP"),
    ]:
        done = bench(f"aaa://127.0.0.1:{closed}", *CCR_AVPS, *extra)
        assert done.returncode == 2 and message in done.stderr, done.stderr


def test_serve_exposes_metrics_for_prometheus(tmp_path: Path, served: list[Served]) -> None:
    import urllib.error
    import urllib.request

    from prometheus_client.parser import text_string_to_metric_families

    port, metrics_port = free_port(), free_port()
    node = Served(tmp_path, "ocs", _config(port), metrics=f"127.0.0.1:{metrics_port}")
    served.append(node)
    assert f"metrics for Prometheus on http://127.0.0.1:{metrics_port}/metrics" in node.text()
    for n in (0, 5):
        send(f"aaa://127.0.0.1:{port}", *CCR_AVPS, "--avp", f"CC-Request-Number={n}")
    with urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=10) as r:
        text = r.read().decode()
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for f in text_string_to_metric_families(text)
        for s in f.samples
    }
    ccr = (("command", "Credit-Control-Request"), ("peer", "client.localdomain"))
    assert samples[("diameter_messages_total", (*ccr, ("result", "received")))] == 2
    assert samples[("diameter_handling_seconds_count", ccr)] == 2
    assert samples[("diameter_queued_requests", ())] == 0
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/other", timeout=10)
    assert e.value.code == 404
    done = subprocess.run(
        [sys.executable, "-m", "diameter", "serve", str(node.conf), "--metrics", "nowhere"],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert done.returncode == 2 and "--metrics: expected HOST:PORT, got 'nowhere'" in done.stderr


def test_serve_listens_with_tls_from_its_file(tmp_path: Path, served: list[Served]) -> None:
    """A ``transport = "tls"`` endpoint: TLS on connect with the file's certificate, key and CA;
    the client's certificate required; a client without one refused."""
    import asyncio
    import ssl

    from diameter.apps import credit_control as cc
    from diameter.asyncio import Node
    from diameter.capabilities import LocalCapabilities
    from diameter.core.service import PeerError

    from test_tls import make_pki

    if shutil.which("openssl") is None:
        print("SKIPPED test_serve_listens_with_tls_from_its_file: openssl not installed")
        pytest.skip("openssl not installed")
    pki = make_pki(tmp_path, ("ocs.example.com", "client.example.com", "localhost"))
    port = free_port()
    text = _config(None) + (
        f'\n[[listen]]\ntransport = "tls"\nport = {port}\n'
        f'tls = {{ certificate = "ocs.example.com.crt", key = "ocs.example.com.key", ca = "ca.crt" }}\n'
    )
    served.append(Served(tmp_path, "ocs", text))

    def context(cert: bool) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(pki / "ca.crt"))
        if cert:
            ctx.load_cert_chain(pki / "client.example.com.crt", pki / "client.example.com.key")
        return ctx

    async def main() -> None:
        apps = frozenset({4})
        client = Node(LocalCapabilities("client.example.com", "example.com", auth_application_ids=apps))
        await client.connect("127.0.0.1", port, peer_host="ocs.example.com", ssl=context(True), reconnect=False)
        answer = await client.request(
            cc.CCR(
                session_id=client.session_id(),
                origin_host="client.example.com",
                origin_realm="example.com",
                destination_realm="example.com",
                auth_application_id=4,
                service_context_id="x",
                cc_request_type=cc.CCRequestType.EVENT_REQUEST,
                cc_request_number=0,
            )
        )
        assert getattr(answer, "result_code", None) == 2001
        await client.close()
        stranger = Node(LocalCapabilities("client.example.com", "example.com", auth_application_ids=apps))
        with pytest.raises((PeerError, OSError)):
            await stranger.connect("127.0.0.1", port, peer_host="ocs.example.com", ssl=context(False), reconnect=False)
        await stranger.close()

    asyncio.run(asyncio.wait_for(main(), 60))
    # diameter send to an aaas:// URI (the URI's host is the identity: "localhost" resolves)
    tls_port = free_port()
    text = _config(None, host="localhost") + (
        f'\n[[listen]]\ntransport = "tls"\nport = {tls_port}\n'
        f'tls = {{ certificate = "localhost.crt", key = "localhost.key", ca = "ca.crt" }}\n'
    )
    served.append(Served(tmp_path, "local", text))
    credentials = ["--cert", str(pki / "client.example.com.crt"), "--key", str(pki / "client.example.com.key")]
    identity = ["--origin-host", "client.example.com", "--origin-realm", "example.com"]
    uri = f"aaas://localhost:{tls_port}"
    done = send(uri, *CCR_AVPS, "--avp", "CC-Request-Number=0", *identity, *credentials, "--ca", str(pki / "ca.crt"))
    assert done.returncode == 0 and "DIAMETER_SUCCESS (2001)" in done.stdout, done.stdout + done.stderr
    done = send(
        uri, *CCR_AVPS, "--avp", "CC-Request-Number=0", *identity, "--ca", str(pki / "ca.crt"), "--timeout", "5"
    )
    assert done.returncode == 6, done.stdout + done.stderr  # no client certificate: refused
    done = send(uri, *CCR_AVPS, "--avp", "CC-Request-Number=0", "--cert", str(pki / "client.example.com.crt"))
    assert done.returncode == 2 and "--cert and --key go together" in done.stderr
