#!/usr/bin/env python3
"""Node benchmark: closed-loop CCR/CCA over loopback TCP, ours against PyPI python-diameter 0.9.0.

For each implementation a server node runs in a process of its own and answers every
Credit-Control-Request (application 4) with a DIAMETER_SUCCESS Credit-Control-Answer; a client
node in another process keeps N requests in flight (N = 1 and N = 100: N concurrent loops, each
sending a CCR and waiting for its CCA before sending the next) over one TCP connection, after a
CER/CEA. The client measures: after a warm-up, for ``--seconds`` seconds, it counts the answers
that arrive and records each one's latency (request sent -> answer received). Reported:
requests/s, p50 and p99 latency.

* ours: ``diameter.asyncio.Node`` on both sides (asyncio, default event loop); the client runs N
  asyncio tasks awaiting ``Node.request``; the server handler is an ``async`` function.
* python-diameter: ``diameter.node.Node`` on both sides with a ``SimpleThreadingApplication``
  (the application its documentation recommends: one thread per received request); the client
  runs N threads calling ``Application.send_request``, which blocks until the answer comes.
  Both python-diameter processes run with the interpreter of ``benchmarks/.venv-python-diameter``
  (created by ``benchmarks/codec.py``) and ``-I``, so they import its ``diameter``, never ours.

Against freeDiameter (Debian's freeDiameterd, in C), with the benchmark it ships: its
``test_app`` extension in benchmark mode. Debian does not package test_app, so
``benchmarks/fd_test_app.py`` builds it from Debian's source package of the installed version
(cached in ``benchmarks/.build/``). Its client keeps N Test-Requests in flight for a whole number
of seconds after SIGUSR1 (a new Session-Id and a random Integer32 Test-AVP in each; an answer is
an error unless its Result-Code is 2001; the server echoes the Test-AVP) and prints what it
counted. Three pairings, all over loopback TCP (``--fd-transport sctp``: SCTP, where the kernel
has it, as in the VM of tests/vm/sctpvm.py), alternating within each round (the order rotates
from round to round), each with a freeDiameterd client started afresh:

* freeDiameter's client -> our server (``diameter.asyncio.Node`` answering Test-Request, with
  the Vendor-Specific-Application-Id test_app advertises);
* freeDiameter's client -> freeDiameter's test_app server (the reference of both ratios);
* our client -> freeDiameter's test_app server: ``diameter bench`` (the package's load
  generator: N requests in flight, a new Session-Id in each, with the messages of
  ``tests/data/freediameter/test_app.dia``).

Reported per pairing: requests/s (test_app's answers counted when it stops sending, divided by
the time it sent for; its own "Throughput" line divides by whole seconds), errors, latency
(test_app prints its fastest, average and slowest answer; our client its p50 and p99 too; the
average test_app prints sinks toward its fastest answer over a run, see the note printed with
the table, so N/rate, Little's law, is printed beside it), the CPU share of the client and of the
server process, and the ratio ours/freeDiameter for our server and for our client, the median
over the rounds of each round's ratio. Where test_app cannot be built (not root and no
bison/flex, no network, no freeDiameter), the freeDiameter rows are skipped with the reason.

This file is the orchestrator and every worker: ``--serve PORT --impl X`` runs a server,
``--client PORT --impl X --inflight N`` runs a client that prints one JSON line of results
(``--serve PORT --app test``: our server of the test_app messages instead of CCR/CCA; our client
of them is ``diameter bench``). The orchestrator imports no
``diameter`` package itself; it starts every process (freeDiameterd included), and stops every
one it started by PID (terminate, then kill) when done or on error.

    .venv/bin/python benchmarks/node.py                        # full run (~4 min)
    .venv/bin/python benchmarks/node.py --quick                # short run
    .venv/bin/python benchmarks/node.py --only freediameter --rounds 5 --seconds 5
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PD_VENV = HERE / ".venv-python-diameter"
PD_PYTHON = PD_VENV / "bin" / "python"

SERVER_HOST = "ocs.example.com"
CLIENT_HOST = "pgw.example.com"
REALM = "example.com"
#: transport of the freeDiameter pairings (--fd-transport)
TRANSPORT = "tcp"
#: our test_app server answers from an ``async def`` handler (--async-handler)
ASYNC_HANDLER = False
#: how much longer the waits for start-up and results may take (NODE_BENCH_SLOW: under emulation)
SLOW = float(os.environ.get("NODE_BENCH_SLOW", "1"))
CC_APP = 4

# freeDiameter's test_app, configured with these values on both sides (its configuration file
# takes them; its defaults are the same but for the AVP code)
TA_VENDOR = 999999
TA_APP = 0xFFFFFF
TA_CMD = 0xFFFFFE
TA_AVP = 345678
TA_SERVER_HOST = "ta-server.example.com"  # freeDiameter's test_app server
FD_EXT = Path("/usr/lib/freeDiameter")


def _percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[k]


def _summary(latencies: list[float], window: float, errors: int) -> dict:
    latencies.sort()
    return {
        "requests": len(latencies),
        "rps": len(latencies) / window,
        "p50_ms": _percentile(latencies, 0.50) * 1e3,
        "p99_ms": _percentile(latencies, 0.99) * 1e3,
        "errors": errors,
    }


# --------------------------------------------------------------------------------------------
# ours


async def _serve_until_signalled(server, port: int) -> None:
    """Listen, print ``READY <port>``, and serve until SIGTERM or SIGINT; then DPR and close."""
    import asyncio

    actual = await server.listen("127.0.0.1", port, transport=TRANSPORT)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    print(f"READY {actual}", flush=True)
    await stop.wait()
    await asyncio.wait_for(server.close(), 5)


def ours_serve(port: int) -> None:
    import asyncio

    from diameter.apps.base import ResultCode
    from diameter.apps.credit_control import CCA, CCR
    from diameter.asyncio import Node
    from diameter.capabilities import LocalCapabilities

    async def main() -> None:
        server = Node(
            LocalCapabilities(origin_host=SERVER_HOST, origin_realm=REALM, auth_application_ids=frozenset({CC_APP}))
        )

        def on_ccr(req: CCR) -> CCA:  # answers without waiting: no task per request
            return CCA(
                session_id=req.session_id,
                result_code=ResultCode.DIAMETER_SUCCESS,
                origin_host=SERVER_HOST,
                origin_realm=REALM,
                auth_application_id=CC_APP,
                cc_request_type=req.cc_request_type,
                cc_request_number=req.cc_request_number,
            )

        server.handle(CCR, on_ccr)
        await _serve_until_signalled(server, port)

    asyncio.run(main())


def ours_client(port: int, inflight: int, warmup: float, seconds: float) -> dict:
    import asyncio

    from diameter.apps.base import ResultCode
    from diameter.apps.credit_control import CCA, CCR, CCRequestType
    from diameter.asyncio import Node
    from diameter.capabilities import LocalCapabilities

    async def main() -> dict:
        client = Node(
            LocalCapabilities(origin_host=CLIENT_HOST, origin_realm=REALM, auth_application_ids=frozenset({CC_APP}))
        )
        await client.connect("127.0.0.1", port)
        latencies: list[float] = []
        errors = 0
        now = time.perf_counter()
        start = now + warmup
        end = start + seconds

        async def loop(i: int) -> None:
            nonlocal errors
            n = 0
            session = f"{CLIENT_HOST};{os.getpid()};{i}"
            perf = time.perf_counter
            while True:
                ccr = CCR(
                    session_id=session,
                    origin_host=CLIENT_HOST,
                    origin_realm=REALM,
                    destination_realm=REALM,
                    auth_application_id=CC_APP,
                    service_context_id="32251@3gpp.org",
                    cc_request_type=CCRequestType.UPDATE_REQUEST,
                    cc_request_number=n,
                )
                t0 = perf()
                answer = await client.request(ccr)
                t1 = perf()
                n += 1
                if not (isinstance(answer, CCA) and answer.result_code == ResultCode.DIAMETER_SUCCESS):
                    errors += 1
                elif start <= t1 < end:
                    latencies.append(t1 - t0)
                if t1 >= end:
                    return

        await asyncio.gather(*(loop(i) for i in range(inflight)))
        await asyncio.wait_for(client.close(), 5)
        return _summary(latencies, seconds, errors)

    return asyncio.run(main())


# --------------------------------------------------------------------------------------------
# ours, speaking freeDiameter's test_app application


def _test_app_messages() -> tuple[type, type]:
    """Test-Request and Test-Answer as freeDiameter's test_app defines them (a vendor-specific
    application; Test-AVP is an Integer32 of the vendor, without the M bit; both commands
    proxiable), declared with this package's schema API."""
    from diameter import AVP, Answer, Avp, AvpDef, Request, avp, command, repeated
    from diameter.apps.base import (
        DESTINATION_HOST,
        DESTINATION_REALM,
        ORIGIN_HOST,
        ORIGIN_REALM,
        RESULT_CODE,
        SESSION_ID,
    )
    from diameter.types import INTEGER32

    TEST_AVP = AvpDef("Test-AVP", TA_AVP, INTEGER32, vendor=TA_VENDOR)

    @command("Test-Answer", code=TA_CMD, application_id=TA_APP, request=False, proxiable=True)
    class TestAnswer(Answer):
        session_id: str = avp(SESSION_ID, fixed=True)
        result_code: int = avp(RESULT_CODE)
        origin_host: str = avp(ORIGIN_HOST)
        origin_realm: str = avp(ORIGIN_REALM)
        test_avp: int | None = avp(TEST_AVP, default=None)
        avps: tuple[Avp, ...] = repeated(AVP, default=())

    @command("Test-Request", code=TA_CMD, application_id=TA_APP, request=True, proxiable=True)
    class TestRequest(Request[TestAnswer]):
        session_id: str = avp(SESSION_ID, fixed=True)
        origin_host: str = avp(ORIGIN_HOST)
        origin_realm: str = avp(ORIGIN_REALM)
        destination_realm: str = avp(DESTINATION_REALM)
        destination_host: str | None = avp(DESTINATION_HOST, default=None)
        test_avp: int = avp(TEST_AVP)
        avps: tuple[Avp, ...] = repeated(AVP, default=())

    return TestRequest, TestAnswer


def ta_serve(port: int) -> None:
    """Our server in test_app's place: answers each Test-Request with 2001, echoing Test-AVP."""
    import asyncio

    from diameter.apps.base import ResultCode
    from diameter.asyncio import Node
    from diameter.capabilities import LocalCapabilities

    TestRequest, TestAnswer = _test_app_messages()

    async def main() -> None:
        server = Node(
            LocalCapabilities(origin_host=SERVER_HOST, origin_realm=REALM, vendor_specific=((TA_VENDOR, TA_APP, None),))
        )

        def on_test(req):  # answers without waiting: no task per request
            return TestAnswer(
                session_id=req.session_id,
                result_code=ResultCode.DIAMETER_SUCCESS,
                origin_host=SERVER_HOST,
                origin_realm=REALM,
                test_avp=req.test_avp,
            )

        async def on_test_async(req):  # the same in a task of its own
            return on_test(req)

        server.handle(TestRequest, on_test_async if ASYNC_HANDLER else on_test)
        await _serve_until_signalled(server, port)

    asyncio.run(main())


# --------------------------------------------------------------------------------------------
# python-diameter 0.9.0 (runs only under the interpreter of .venv-python-diameter, with -I)


def pd_serve(port: int) -> None:
    import logging
    import signal

    from diameter.message.constants import E_RESULT_CODE_DIAMETER_SUCCESS
    from diameter.node import Node
    from diameter.node.application import SimpleThreadingApplication

    logging.basicConfig(level=logging.ERROR)
    node = Node(SERVER_HOST, REALM, ip_addresses=["127.0.0.1"], tcp_port=port)
    node.wakeup_interval = 1
    peer = node.add_peer(f"aaa://{CLIENT_HOST}", REALM)

    def on_ccr(app, req):
        answer = app.generate_answer(req, result_code=E_RESULT_CODE_DIAMETER_SUCCESS)
        answer.cc_request_type = req.cc_request_type
        answer.cc_request_number = req.cc_request_number
        return answer

    app = SimpleThreadingApplication(CC_APP, is_auth_application=True, request_handler=on_ccr)
    node.add_application(app, [peer])
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    node.start()
    print(f"READY {port}", flush=True)
    while not stop.wait(0.2):
        pass
    node.stop(wait_timeout=3)


def pd_client(port: int, inflight: int, warmup: float, seconds: float) -> dict:
    import logging

    from diameter.message.commands.credit_control import CreditControlRequest
    from diameter.message.constants import E_RESULT_CODE_DIAMETER_SUCCESS
    from diameter.node import Node
    from diameter.node.application import SimpleThreadingApplication

    logging.basicConfig(level=logging.ERROR)
    node = Node(CLIENT_HOST, REALM)
    node.wakeup_interval = 1
    peer = node.add_peer(
        f"aaa://{SERVER_HOST}:{port};transport=tcp", REALM, ip_addresses=["127.0.0.1"], is_persistent=True
    )
    app = SimpleThreadingApplication(CC_APP, is_auth_application=True)
    node.add_application(app, [peer])
    node.start()
    app.wait_for_ready(10)

    lock = threading.Lock()
    latencies: list[float] = []
    errors = 0
    now = time.perf_counter()
    start = now + warmup
    end = start + seconds

    def loop(i: int) -> None:
        nonlocal errors
        mine: list[float] = []
        bad = 0
        n = 0
        session = f"{CLIENT_HOST};{os.getpid()};{i}"
        perf = time.perf_counter
        while True:
            ccr = CreditControlRequest()
            ccr.session_id = session
            ccr.origin_host = CLIENT_HOST.encode()
            ccr.origin_realm = REALM.encode()
            ccr.destination_realm = REALM.encode()
            ccr.auth_application_id = CC_APP
            ccr.service_context_id = "32251@3gpp.org"
            ccr.cc_request_type = 2  # UPDATE_REQUEST
            ccr.cc_request_number = n
            t0 = perf()
            try:
                answer = app.send_request(ccr, timeout=10)
                ok = answer.result_code == E_RESULT_CODE_DIAMETER_SUCCESS
            except Exception:
                ok = False
            t1 = perf()
            n += 1
            if not ok:
                bad += 1
            elif start <= t1 < end:
                mine.append(t1 - t0)
            if t1 >= end:
                break
        with lock:
            latencies.extend(mine)
            errors += bad

    threads = [threading.Thread(target=loop, args=(i,), daemon=True) for i in range(inflight)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result = _summary(latencies, seconds, errors)
    # report first: the node's shutdown (DPR/DPA, thread joins) takes a few seconds
    print(json.dumps(result), flush=True)
    try:
        node.stop(wait_timeout=3)
    finally:
        os._exit(0)


# --------------------------------------------------------------------------------------------
# orchestrator


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen, grace: float = 8.0) -> None:
    if proc.poll() is not None:
        return
    try:
        os.kill(proc.pid, 15)
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, 9)
        proc.wait()
    except ProcessLookupError:
        pass


def _python(impl: str) -> list[str]:
    if impl == "ours":
        return [sys.executable]
    return [str(PD_PYTHON), "-I"]


def _env(impl: str) -> dict:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if impl == "ours":
        env["PYTHONPATH"] = str(ROOT)
    return env


def _read_line(proc: subprocess.Popen, prefix: str, timeout: float) -> str:
    timeout *= SLOW
    box: list[str] = []

    def reader() -> None:
        for line in proc.stdout:
            if line.startswith(prefix):
                box.append(line)
                return

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    t.join(timeout)
    if not box:
        raise RuntimeError(f"no {prefix!r} line from pid {proc.pid} within {timeout} s (exit status {proc.poll()})")
    return box[0]


def run_impl(
    impl: str, levels: list[int], warmup: float, seconds: float, started: list[subprocess.Popen]
) -> list[dict]:
    port = _free_port() if impl == "python-diameter" else 0
    server = subprocess.Popen(
        _python(impl) + [__file__, "--impl", impl, "--serve", str(port)],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(impl),
        cwd=HERE,
    )
    started.append(server)
    rows = []
    try:
        port = int(_read_line(server, "READY", 30).split()[1])
        for n in levels:
            client = subprocess.Popen(
                _python(impl)
                + [
                    __file__,
                    "--impl",
                    impl,
                    "--client",
                    str(port),
                    "--inflight",
                    str(n),
                    "--warmup",
                    str(warmup),
                    "--seconds",
                    str(seconds),
                ],
                stdout=subprocess.PIPE,
                text=True,
                env=_env(impl),
                cwd=HERE,
            )
            started.append(client)
            try:
                line = _read_line(client, "{", warmup + seconds + 60)
                rows.append({"impl": impl, "inflight": n, **json.loads(line)})
                print(f"  {impl:16} in flight {n:3}: {rows[-1]['rps']:9.0f} req/s", flush=True)
            finally:
                try:
                    client.wait(10)
                except subprocess.TimeoutExpired:
                    pass
                _stop(client)
    finally:
        _stop(server)
    return rows


# --------------------------------------------------------------------------------------------
# against freeDiameter's test_app


#: over SCTP, freeDiameter needs addresses to listen on that are not loopback ones (it leaves
#: those out of ListenOn): these (TEST-NET-1, RFC 5737) are added to lo for the run
FD_SCTP_ADDRESSES = ("192.0.2.1", "192.0.2.2")


def _fd_address(i: int) -> str:
    """The address freeDiameter's test_app server (0) or client (1) listens on."""
    return "127.0.0.1" if TRANSPORT == "tcp" else FD_SCTP_ADDRESSES[i]


def _ip(*args: str, check: bool = True) -> None:
    """iproute2's ip, or busybox's (in the VM)."""
    found = shutil.which("ip", path="/usr/sbin:/sbin:/usr/bin:/bin")
    subprocess.run([*([found] if found else ["busybox", "ip"]), *args], check=check, timeout=30)


class _FreeDiameterd:
    """One freeDiameterd with test_app loaded, its files in a directory of its own (logs at the
    default level, NOTICE, which includes test_app's benchmark results)."""

    def __init__(
        self,
        workdir: Path,
        identity: str,
        fdx: Path,
        test_app_conf: str,
        connect: tuple[str, int, str] | None = None,
        listen: str = "127.0.0.1",
    ) -> None:
        workdir.mkdir(parents=True)
        self.identity = identity
        self.listen = listen
        self.port = _free_port()
        (workdir / "acl.conf").write_text(f"ALLOW_IPSEC *.{REALM}\n")
        (workdir / "test_app.conf").write_text(test_app_conf)
        peer = ""
        if connect is not None:
            peer = f'ConnectPeer = "{connect[0]}" {{ ConnectTo = "{connect[2]}"; Port = {connect[1]}; No_TLS; }};\n'
        self.conf = workdir / "fd.conf"
        self.conf.write_text(
            f'Identity = "{identity}";\nRealm = "{REALM}";\nPort = {self.port};\nSecPort = 0;\n'
            f'{"No_SCTP" if TRANSPORT == "tcp" else "No_TCP"};\nListenOn = "{listen}";\n'
            f'LoadExtension = "{FD_EXT}/acl_wl.fdx" : "{workdir / "acl.conf"}";\n'
            f'LoadExtension = "{fdx}" : "{workdir / "test_app.conf"}";\n{peer}'
        )
        self.log = workdir / "fd.log"
        self.proc: subprocess.Popen | None = None

    def start(self, started: list[subprocess.Popen]) -> None:
        with self.log.open("w") as out:
            self.proc = subprocess.Popen(
                ["freeDiameterd", "-c", str(self.conf)], stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
        started.append(self.proc)

    def text(self) -> str:
        return self.log.read_text(errors="replace")

    def failed(self, why: str) -> RuntimeError:
        tail = "".join(self.text().splitlines(keepends=True)[-20:])
        return RuntimeError(
            f"freeDiameterd {self.identity} (pid {self.proc.pid}): {why}; last lines of {self.log}:\n{tail}"
        )

    def wait_listening(self, timeout: float) -> None:
        if TRANSPORT == "sctp":
            # not by connecting: freeDiameter 1.2.1 stops when an SCTP association it accepts is
            # gone before it asks for its streams (a probe's)
            if not self.wait_for("freeDiameterd daemon initialized", timeout):
                raise self.failed(f"not started within {timeout * SLOW} s")
            return
        deadline = time.monotonic() + timeout * SLOW
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise self.failed(f"exited with status {self.proc.returncode}")
            try:
                socket.create_connection((self.listen, self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.05)
        raise self.failed(f"not listening within {timeout} s")

    def wait_for(self, needle: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout * SLOW
        while time.monotonic() < deadline:
            if needle in self.text():
                return True
            if self.proc.poll() is not None:
                raise self.failed(f"exited with status {self.proc.returncode} before {needle!r}")
            time.sleep(0.05)
        return needle in self.text()


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system, all threads) a process has used so far; NaN without /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


class _CpuMeter:
    """The CPU share (100 = one core) of some processes between start() and stop()."""

    def __init__(self, *pids: int) -> None:
        self.pids = pids

    def start(self) -> None:
        self.t0 = time.monotonic()
        self.c0 = [_cpu_seconds(p) for p in self.pids]

    def stop(self) -> list[float]:
        wall = time.monotonic() - self.t0
        return [(_cpu_seconds(p) - c) / wall * 100 for p, c in zip(self.pids, self.c0, strict=True)]


def _test_app_conf(mode: str, seconds: int, inflight: int, dest_host: str | None = None) -> str:
    conf = (
        f"vendor-id = {TA_VENDOR};\nappli-id = {TA_APP};\ncmd-id = {TA_CMD};\n"
        f"avp-id = {TA_AVP};\nmode = {mode};\nbenchmark {seconds} {inflight};\n"
    )
    if mode == "client":
        conf += f'dest-realm = "{REALM}";\ndest-host = "{dest_host}";\nsignal = {int(signal.SIGUSR1)};\n'
    return conf


_TA_LINES = {
    "elapsed": r"Executing for: (\d+\.\d+) sec",
    "sent": r"(\d+) messages sent",
    "errors": r"(\d+) error\(s\) received",
    "answers": r"(\d+) answer\(s\) received",
    "fastest": r"fastest: (\d+\.\d+) sec",
    "slowest": r"slowest: (\d+\.\d+) sec",
    "average": r"Average: (\d+\.\d+) sec",
    "throughput": r"Throughput: (\d+) messages / sec",
}


def _parse_test_app(text: str) -> list[dict]:
    """test_app's result blocks: one when it stops sending, then one a second until every
    request is answered."""
    blocks = []
    for chunk in text.split("Benchmark results")[1:]:
        block = {}
        for key, rx in _TA_LINES.items():
            m = re.search(rx, chunk)
            if m:
                block[key] = float(m.group(1))
        if len(block) == len(_TA_LINES):
            blocks.append(block)
    return blocks


def _fd_client_run(
    tmp: Path,
    fdx: Path,
    name: str,
    server: tuple[str, int, int, str],
    inflight: int,
    seconds: int,
    started: list[subprocess.Popen],
    dest_host: str | None = None,
) -> dict:
    """A fresh freeDiameterd with test_app's benchmark client: connect, SIGUSR1, read its results.
    ``server``: its Diameter identity, port, PID and address (the peer it connects to; the
    requests' Destination-Host is ``dest_host``, by default that peer)."""
    fd = _FreeDiameterd(
        tmp / name,
        f"{name}.{REALM}",
        fdx,
        _test_app_conf("client", seconds, inflight, dest_host=dest_host or server[0]),
        connect=(server[0], server[1], server[3]),
        listen=_fd_address(1),
    )
    fd.start(started)
    try:
        if not fd.wait_for("-> 'STATE_OPEN'", 20):
            raise fd.failed(f"no connection to {server[0]} within 20 s")
        cpu = _CpuMeter(fd.proc.pid, server[2])
        cpu.start()
        os.kill(fd.proc.pid, signal.SIGUSR1)
        fd.wait_for("Benchmark results", seconds + 20)
        client_cpu, server_cpu = cpu.stop()
        complete = fd.wait_for("Test Complete", 20)
        text = fd.text()
    finally:
        _stop(fd.proc)
    blocks = _parse_test_app(text)
    if not blocks:
        raise fd.failed("no benchmark results")
    first, last = blocks[0], blocks[-1]
    rps = first["answers"] / first["elapsed"]
    return {
        "requests": int(first["answers"]),
        "rps": rps,
        "errors": int(last["errors"]),
        "unanswered": 0 if complete else int(last["sent"] - last["errors"] - last["answers"]),
        "min_ms": last["fastest"] * 1e3,
        "mean_ms": last["average"] * 1e3,
        "max_ms": last["slowest"] * 1e3,
        "p50_ms": float("nan"),
        "p99_ms": float("nan"),
        "little_ms": inflight / rps * 1e3 if rps else float("nan"),
        "printed_rps": first["throughput"],
        "client_cpu": client_cpu,
        "server_cpu": server_cpu,
    }


def _ours_ta_client_run(
    server: tuple[str, int, int, str], inflight: int, warmup: float, seconds: int, started: list[subprocess.Popen]
) -> dict:
    """Our client: the package's load generator, ``diameter bench``, with test_app's messages
    from ``tests/data/freediameter/test_app.dia`` (a new Session-Id each; one Test-AVP value)."""
    uri = f"aaa://{_fd_address(0)}:{server[1]};transport={TRANSPORT}"
    client = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "diameter",
            "bench",
            uri,
            "--dict",
            str(ROOT / "tests" / "data" / "freediameter" / "test_app.dia"),
            "--command",
            "Test-Request",
            "--vendor-id",
            str(TA_VENDOR),
            "--origin-host",
            CLIENT_HOST,
            "--origin-realm",
            REALM,
            "--avp",
            f"Destination-Host={TA_SERVER_HOST}",
            "--avp",
            "Test-AVP=1234567",
            "--concurrency",
            str(inflight),
            "--warmup",
            str(warmup),
            "--duration",
            str(seconds),
            "--json-out",
            "--quiet",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env("ours"),
        cwd=HERE,
    )
    started.append(client)
    try:
        box: list[str] = []

        def wait_measuring() -> None:
            assert client.stderr is not None
            for line in client.stderr:
                if line.strip() == "measuring":
                    box.append(line)
                    return

        t = threading.Thread(target=wait_measuring, daemon=True)
        t.start()
        t.join((warmup + 60) * SLOW)
        if not box:
            raise RuntimeError(f"diameter bench (pid {client.pid}) did not start measuring (exit {client.poll()})")
        cpu = _CpuMeter(client.pid, server[2])
        cpu.start()
        out, err = client.communicate(timeout=(seconds + 60) * SLOW)
        _, server_cpu = cpu.stop()
    finally:
        _stop(client)
    if client.returncode not in (0, 1):
        raise RuntimeError(f"diameter bench exited {client.returncode}: {err[-2000:]}")
    r = json.loads(out)
    ok = r["result_codes"].get("2001", 0)
    return {
        "requests": ok,
        "rps": r["throughput"],
        "min_ms": r["latency_ms"]["min"],
        "mean_ms": r["latency_ms"]["mean"],
        "p50_ms": r["latency_ms"]["p50"],
        "p99_ms": r["latency_ms"]["p99"],
        "max_ms": r["latency_ms"]["max"],
        "errors": sum(r["errors"].values()) + r["answered"] - ok,
        "unanswered": 0,
        "little_ms": inflight / r["throughput"] * 1e3 if r["throughput"] else float("nan"),
        "client_cpu": r["cpu_percent"],  # (measured by diameter bench itself: it has exited by now)
        "server_cpu": server_cpu,
    }


FD, OURS = "freeDiameter", "ours"
PAIRINGS = [(FD, OURS), (FD, FD), (OURS, FD)]  # (client, server)


def run_freediameter(
    levels: list[int], rounds: int, warmup: float, seconds: int, started: list[subprocess.Popen]
) -> list[dict]:
    """Every pairing at every level, ``rounds`` times; one row per measurement."""
    sys.path.insert(0, str(HERE))
    import fd_test_app

    try:
        fdx = fd_test_app.build(say=lambda s: print(f"  {s}", flush=True))
    except fd_test_app.Unavailable as e:
        print(f"freeDiameter's test_app unavailable, skipping the freeDiameter rows: {e}", file=sys.stderr, flush=True)
        return []
    if TRANSPORT == "sctp":
        for address in FD_SCTP_ADDRESSES:
            _ip("address", "add", f"{address}/32", "dev", "lo")
    try:
        return _run_freediameter(fdx, levels, rounds, warmup, seconds, started)
    finally:
        if TRANSPORT == "sctp":
            for address in FD_SCTP_ADDRESSES:
                _ip("address", "del", f"{address}/32", "dev", "lo", check=False)


def _run_freediameter(
    fdx: Path, levels: list[int], rounds: int, warmup: float, seconds: int, started: list[subprocess.Popen]
) -> list[dict]:
    tmp = Path(tempfile.mkdtemp(prefix="node-bench-fd-"))
    rows: list[dict] = []
    keep = False  # the logs, when something failed
    first = len(started)
    ours = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--impl",
            "ours",
            "--app",
            "test",
            "--fd-transport",
            TRANSPORT,
            *(["--async-handler"] if ASYNC_HANDLER else []),
            "--serve",
            "0",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=_env("ours"),
        cwd=HERE,
    )
    started.append(ours)
    try:
        servers = {OURS: (SERVER_HOST, int(_read_line(ours, "READY", 30).split()[1]), ours.pid, "127.0.0.1")}
        fd_server = _FreeDiameterd(
            tmp / "server", TA_SERVER_HOST, fdx, _test_app_conf("server", seconds, max(levels)), listen=_fd_address(0)
        )
        fd_server.start(started)
        fd_server.wait_listening(15)
        servers[FD] = (TA_SERVER_HOST, fd_server.port, fd_server.proc.pid, _fd_address(0))
        k = 0
        for r in range(rounds):
            order = PAIRINGS[r % len(PAIRINGS) :] + PAIRINGS[: r % len(PAIRINGS)]
            for n in levels:
                for client, server in order:
                    k += 1
                    if client == FD:
                        res = _fd_client_run(tmp, fdx, f"ta-client-{k}", servers[server], n, seconds, started)
                    else:
                        res = _ours_ta_client_run(servers[server], n, warmup, seconds, started)
                    rows.append({"round": r, "client": client, "server": server, "inflight": n, **res})
                    bad = res["errors"] + res["unanswered"]
                    own = f" (test_app's own figure {res['printed_rps']:.0f})" if "printed_rps" in res else ""
                    print(
                        f"  round {r + 1} {client:>12} -> {server:<12} in flight {n:3}: "
                        f"{res['rps']:9.0f} req/s{own}" + (f", {bad} errors" if bad else ""),
                        flush=True,
                    )
    except Exception:
        keep = True
        raise
    finally:
        for p in started[first:]:
            _stop(p, grace=10)
        if keep:
            print(f"(freeDiameter files and logs kept in {tmp})", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return rows


def _ms(x: float) -> str:
    return f"{x:8.3f}" if x == x else f"{'-':>8}"


def report_freediameter(rows: list[dict], levels: list[int], rounds: int) -> None:
    print(
        f"\nagainst freeDiameter's test_app benchmark, loopback {TRANSPORT.upper()}; median over {rounds} "
        f"round(s) (latencies of the median round; errors summed)"
    )
    print(
        f"{'client':>12} -> {'server':<12} {'in flight':>9} {'requests/s':>11} {'min ms':>8} "
        f"{'avg ms':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'N/rate ms':>9} "
        f"{'cli CPU%':>8} {'srv CPU%':>8} {'errors':>6}"
    )
    for n in levels:
        for client, server in PAIRINGS:
            mine = sorted(
                (x for x in rows if (x["client"], x["server"], x["inflight"]) == (client, server, n)),
                key=lambda x: x["rps"],
            )
            if not mine:
                continue
            med = mine[(len(mine) - 1) // 2]
            errors = sum(x["errors"] + x["unanswered"] for x in mine)
            avg = _ms(med["mean_ms"]) + ("*" if client == FD else " ")
            print(
                f"{client:>12} -> {server:<12} {n:9d} {statistics.median(x['rps'] for x in mine):11.0f} "
                f"{_ms(med['min_ms'])} {avg}{_ms(med['p50_ms'])} {_ms(med['p99_ms'])} "
                f"{_ms(med['max_ms'])} {med['little_ms']:9.3f} {med['client_cpu']:8.0f} "
                f"{med['server_cpu']:8.0f} {errors:6d}"
            )
    print("\nours/freeDiameter, requests/s (median of the per-round ratios; each round's ratio in brackets)")
    for n in levels:
        for what, pairing in (
            ("our server, driven by test_app's client ", (FD, OURS)),
            ("our client, driving test_app's server   ", (OURS, FD)),
        ):
            ratios = []
            for r in range(rounds):
                num = [
                    x["rps"]
                    for x in rows
                    if x["round"] == r and x["inflight"] == n and (x["client"], x["server"]) == pairing
                ]
                ref = [
                    x["rps"]
                    for x in rows
                    if x["round"] == r and x["inflight"] == n and (x["client"], x["server"]) == (FD, FD)
                ]
                if num and ref and ref[0]:
                    ratios.append(num[0] / ref[0])
            if ratios:
                print(
                    f"  {what} in flight {n:3}: {statistics.median(ratios):5.2f}  "
                    f"[{' '.join(f'{x:.2f}' for x in ratios)}]"
                )
    print(
        "min/avg/max: test_app's fastest/average/slowest answer, or our client's. (*) test_app's\n"
        "average is a running mean kept in whole microseconds and truncated at each answer: it\n"
        "drops 1 us with every answer below it and rises only with one more than n us above it\n"
        "(n answers so far), so over a run it sinks toward the fastest answer. N/rate: the mean\n"
        "latency N requests always in flight would give (Little's law). CPU%: of one core, each\n"
        "process with all its threads, over the measured seconds."
    )


# --------------------------------------------------------------------------------------------
# against freeDiameter's test_app


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="short run (0.5 s warm-up, 1.5 s measured)")
    ap.add_argument("--warmup", type=float, default=None, help="seconds of warm-up (default 1)")
    ap.add_argument("--seconds", type=float, default=None, help="seconds measured (default 4)")
    ap.add_argument("--inflight", type=int, default=None, help="(worker) requests in flight")
    ap.add_argument(
        "--only",
        choices=["ours", "python-diameter", "freediameter"],
        help="one part only: our CCR/CCA rows, python-diameter's, or the freeDiameter test_app pairings",
    )
    ap.add_argument(
        "--rounds", type=int, default=None, help="rounds of the freeDiameter pairings (default 3, --quick 1)"
    )
    ap.add_argument(
        "--fd-inflight",
        default="1,100",
        metavar="N,N",
        help="requests in flight of the freeDiameter pairings (default 1,100)",
    )
    ap.add_argument(
        "--fd-transport",
        choices=["tcp", "sctp"],
        default="tcp",
        help="transport of the freeDiameter pairings (default tcp; sctp needs a kernel with SCTP and pysctp)",
    )
    ap.add_argument(
        "--async-handler",
        action="store_true",
        help="our server in the freeDiameter pairings answers from an async def handler "
        "(a task per request) instead of a plain function",
    )
    ap.add_argument("--impl", choices=["ours", "python-diameter"], help=argparse.SUPPRESS)
    ap.add_argument("--app", choices=["ccr", "test"], default="ccr", help=argparse.SUPPRESS)
    ap.add_argument("--serve", type=int, metavar="PORT", help="(worker) run a server node")
    ap.add_argument("--client", type=int, metavar="PORT", help="(worker) run a client node")
    args = ap.parse_args()
    global TRANSPORT, ASYNC_HANDLER
    TRANSPORT = args.fd_transport
    ASYNC_HANDLER = args.async_handler
    warmup = args.warmup if args.warmup is not None else (0.5 if args.quick else 1.0)
    seconds = args.seconds if args.seconds is not None else (1.5 if args.quick else 4.0)

    if args.app == "test":  # (our client of test_app's messages is diameter bench)
        if args.serve is not None:
            ta_serve(args.serve)
        return
    if args.serve is not None:
        (ours_serve if args.impl == "ours" else pd_serve)(args.serve)
        return
    if args.client is not None:
        if args.impl == "ours":
            print(json.dumps(ours_client(args.client, args.inflight, warmup, seconds)), flush=True)
        else:
            pd_client(args.client, args.inflight, warmup, seconds)
        return

    rounds = args.rounds if args.rounds is not None else (1 if args.quick else 3)
    fd_levels = [int(x) for x in args.fd_inflight.split(",") if x.strip()]
    if rounds < 1 or not fd_levels or min(fd_levels) < 1:
        ap.error("--rounds and --fd-inflight take positive numbers")
    fd_seconds = max(1, round(seconds))  # test_app measures whole seconds
    impls = [args.only] if args.only else ["ours", "python-diameter", "freediameter"]
    freediameter = "freediameter" in impls
    if freediameter:
        impls.remove("freediameter")
    if "python-diameter" in impls and not PD_PYTHON.exists():
        print(
            f"{PD_PYTHON} missing (run benchmarks/codec.py once to create it); skipping python-diameter",
            file=sys.stderr,
        )
        impls.remove("python-diameter")
    levels = [1, 100]
    if impls:
        print(
            f"closed-loop CCR/CCA over loopback TCP, server and client in separate processes; "
            f"warm-up {warmup} s, measured {seconds} s per row",
            flush=True,
        )
    started: list[subprocess.Popen] = []
    rows: list[dict] = []
    fd_rows: list[dict] = []
    t0 = time.perf_counter()

    def on_term(signum, frame):  # SIGTERM/SIGINT: unwind, so that the finally below stops workers
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    try:
        for impl in impls:
            rows += run_impl(impl, levels, warmup, seconds, started)
        if freediameter:
            print(
                f"freeDiameter's test_app benchmark (client and server) against ours, loopback "
                f"{TRANSPORT.upper()}; "
                f"{rounds} round(s), {fd_seconds} s per measurement (our client: after {warmup} s "
                f"of warm-up)",
                flush=True,
            )
            fd_rows = run_freediameter(fd_levels, rounds, warmup, fd_seconds, started)
    finally:
        for p in started:
            _stop(p, grace=3)
    if rows:
        print()
        print(f"{'implementation':16} {'in flight':>9} {'requests/s':>11} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}")
    for r in rows:
        print(
            f"{r['impl']:16} {r['inflight']:9d} {r['rps']:11.0f} {r['p50_ms']:8.3f} {r['p99_ms']:8.3f} {r['errors']:6d}"
        )
    if fd_rows:
        report_freediameter(fd_rows, fd_levels, rounds)
    print(f"\ntotal wall time {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
