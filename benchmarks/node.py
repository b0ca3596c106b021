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

This file is the orchestrator and every worker: ``--serve PORT --impl X`` runs a server,
``--client PORT --impl X --inflight N`` runs a client that prints one JSON line of results. The
orchestrator imports no ``diameter`` package itself; it starts every process, and stops every one
it started by PID (terminate, then kill) when done or on error.

    .venv/bin/python benchmarks/node.py            # full run (~1.5 min)
    .venv/bin/python benchmarks/node.py --quick    # short run
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
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
CC_APP = 4


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


def ours_serve(port: int) -> None:
    import asyncio
    import signal

    from diameter.apps.base import ResultCode
    from diameter.apps.credit_control import CCA, CCR
    from diameter.asyncio import Node
    from diameter.capabilities import LocalCapabilities

    async def main() -> None:
        server = Node(LocalCapabilities(origin_host=SERVER_HOST, origin_realm=REALM,
                                        auth_application_ids=frozenset({CC_APP})))

        async def on_ccr(req: CCR) -> CCA:
            return CCA(session_id=req.session_id, result_code=ResultCode.DIAMETER_SUCCESS,
                       origin_host=SERVER_HOST, origin_realm=REALM, auth_application_id=CC_APP,
                       cc_request_type=req.cc_request_type,
                       cc_request_number=req.cc_request_number)

        server.handle(CCR, on_ccr)
        actual = await server.listen("127.0.0.1", port)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        loop.add_signal_handler(signal.SIGINT, stop.set)
        print(f"READY {actual}", flush=True)
        await stop.wait()
        await asyncio.wait_for(server.close(), 5)

    asyncio.run(main())


def ours_client(port: int, inflight: int, warmup: float, seconds: float) -> dict:
    import asyncio

    from diameter.apps.base import ResultCode
    from diameter.apps.credit_control import CCA, CCR, CCRequestType
    from diameter.asyncio import Node
    from diameter.capabilities import LocalCapabilities

    async def main() -> dict:
        client = Node(LocalCapabilities(origin_host=CLIENT_HOST, origin_realm=REALM,
                                        auth_application_ids=frozenset({CC_APP})))
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
                ccr = CCR(session_id=session, origin_host=CLIENT_HOST, origin_realm=REALM,
                          destination_realm=REALM, auth_application_id=CC_APP,
                          service_context_id="32251@3gpp.org",
                          cc_request_type=CCRequestType.UPDATE_REQUEST, cc_request_number=n)
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
    peer = node.add_peer(f"aaa://{SERVER_HOST}:{port};transport=tcp", REALM,
                         ip_addresses=["127.0.0.1"], is_persistent=True)
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
        raise RuntimeError(f"no {prefix!r} line from pid {proc.pid} within {timeout} s "
                           f"(exit status {proc.poll()})")
    return box[0]


def run_impl(impl: str, levels: list[int], warmup: float, seconds: float,
             started: list[subprocess.Popen]) -> list[dict]:
    port = _free_port() if impl == "python-diameter" else 0
    server = subprocess.Popen(_python(impl) + [__file__, "--impl", impl, "--serve", str(port)],
                              stdout=subprocess.PIPE, text=True, env=_env(impl), cwd=HERE)
    started.append(server)
    rows = []
    try:
        port = int(_read_line(server, "READY", 30).split()[1])
        for n in levels:
            client = subprocess.Popen(
                _python(impl) + [__file__, "--impl", impl, "--client", str(port),
                                 "--inflight", str(n), "--warmup", str(warmup),
                                 "--seconds", str(seconds)],
                stdout=subprocess.PIPE, text=True, env=_env(impl), cwd=HERE)
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="short run (0.5 s warm-up, 1.5 s measured)")
    ap.add_argument("--warmup", type=float, default=None, help="seconds of warm-up (default 1)")
    ap.add_argument("--seconds", type=float, default=None, help="seconds measured (default 4)")
    ap.add_argument("--inflight", type=int, default=None, help="(worker) requests in flight")
    ap.add_argument("--only", choices=["ours", "python-diameter"], help="one implementation only")
    ap.add_argument("--impl", choices=["ours", "python-diameter"], help=argparse.SUPPRESS)
    ap.add_argument("--serve", type=int, metavar="PORT", help="(worker) run a server node")
    ap.add_argument("--client", type=int, metavar="PORT", help="(worker) run a client node")
    args = ap.parse_args()
    warmup = args.warmup if args.warmup is not None else (0.5 if args.quick else 1.0)
    seconds = args.seconds if args.seconds is not None else (1.5 if args.quick else 4.0)

    if args.serve is not None:
        (ours_serve if args.impl == "ours" else pd_serve)(args.serve)
        return
    if args.client is not None:
        if args.impl == "ours":
            print(json.dumps(ours_client(args.client, args.inflight, warmup, seconds)), flush=True)
        else:
            pd_client(args.client, args.inflight, warmup, seconds)
        return

    impls = [args.only] if args.only else ["ours", "python-diameter"]
    if "python-diameter" in impls and not PD_PYTHON.exists():
        print(f"{PD_PYTHON} missing (run benchmarks/codec.py once to create it); skipping "
              f"python-diameter", file=sys.stderr)
        impls.remove("python-diameter")
    levels = [1, 100]
    print(f"closed-loop CCR/CCA over loopback TCP, server and client in separate processes; "
          f"warm-up {warmup} s, measured {seconds} s per row", flush=True)
    started: list[subprocess.Popen] = []
    rows: list[dict] = []
    t0 = time.perf_counter()

    def on_term(signum, frame):  # SIGTERM/SIGINT: unwind, so that the finally below stops workers
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    try:
        for impl in impls:
            rows += run_impl(impl, levels, warmup, seconds, started)
    finally:
        for p in started:
            _stop(p, grace=3)
    print()
    print(f"{'implementation':16} {'in flight':>9} {'requests/s':>11} {'p50 ms':>8} {'p99 ms':>8}"
          f" {'errors':>6}")
    for r in rows:
        print(f"{r['impl']:16} {r['inflight']:9d} {r['rps']:11.0f} {r['p50_ms']:8.3f}"
              f" {r['p99_ms']:8.3f} {r['errors']:6d}")
    print(f"\ntotal wall time {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
