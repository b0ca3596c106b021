#!/usr/bin/env python3
"""Scale-out benchmark: our client driving 1, then 2 (or more) of our server processes through
freeDiameterd acting as a Diameter Routing Agent, over loopback TCP.

The deployment is the one tests/test_scaleout.py checks (tests/dra.py): each server
(``diameter.asyncio.Node`` answering every CCR with DIAMETER_SUCCESS at once) in a process of
its own, freeDiameterd connecting to every one of them with rt_load_balance loaded. The client,
in another process, is our node connected to freeDiameterd only, keeping ``--inflight``
requests in flight over that one connection (as many asyncio tasks, each sending a CCR-I of a
new session with a Destination-Realm and no Destination-Host, and waiting for its answer
before sending the next). After ``--warmup`` seconds it counts for ``--seconds`` seconds the
answers that arrive and each one's latency.

Reported for each number of servers: requests/s (the median over the rounds; the numbers of
servers alternate within each round, the order rotating from round to round), the ratio to one
server, p50/p99 latency, errors, how the answers divided among the servers, and the CPU share
of every process over the measured seconds (100 % = one core, all threads; from
/proc/PID/stat): our client, freeDiameterd, each server, and their sum against what the machine
has (``os.cpu_count()`` cores). Every process is started here and stopped by its PID.

    .venv/bin/python benchmarks/scaleout.py                  # 1 and 2 servers, 3 rounds
    .venv/bin/python benchmarks/scaleout.py --servers 1,2,3 --rounds 5 --inflight 200
    .venv/bin/python benchmarks/scaleout.py --quick
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))

import dra  # noqa: E402  (tests/dra.py: the deployment)
from node import _CpuMeter, _read_line, _stop, _summary  # noqa: E402  (benchmarks/node.py)

# --------------------------------------------------------------------------------------------
# the client process


def client(port: int, inflight: int, warmup: float, seconds: float) -> dict:
    import asyncio
    from collections import Counter

    from diameter.apps.base import ResultCode
    from diameter.apps.credit_control import CCA, CCR, CCRequestType
    from diameter.asyncio import Node
    from diameter.capabilities import LocalCapabilities

    async def main() -> dict:
        node = Node(
            LocalCapabilities(
                origin_host=dra.CLIENT_HOST, origin_realm=dra.CLIENT_REALM, auth_application_ids=frozenset({dra.CC_APP})
            )
        )
        node.prepare(CCR)
        await node.connect("127.0.0.1", port)
        latencies: list[float] = []
        by_server: Counter[str] = Counter()
        errors = 0
        start = time.perf_counter() + warmup
        end = start + seconds

        async def mark() -> None:
            await asyncio.sleep(max(0.0, start - time.perf_counter()))
            print("MEASURING", flush=True)

        async def loop() -> None:
            nonlocal errors
            perf = time.perf_counter
            while True:
                ccr = CCR(
                    session_id=node.session_id(),
                    origin_host=dra.CLIENT_HOST,
                    origin_realm=dra.CLIENT_REALM,
                    destination_realm=dra.REALM,
                    auth_application_id=dra.CC_APP,
                    service_context_id="32251@3gpp.org",
                    cc_request_type=CCRequestType.INITIAL_REQUEST,
                    cc_request_number=0,
                )
                t0 = perf()
                try:
                    answer = await node.request(ccr)
                    ok = isinstance(answer, CCA) and answer.result_code == ResultCode.DIAMETER_SUCCESS
                except Exception:
                    ok = False
                t1 = perf()
                if not ok:
                    errors += 1
                elif start <= t1 < end:
                    latencies.append(t1 - t0)
                    by_server[answer.origin_host] += 1
                if t1 >= end:
                    return

        await asyncio.gather(mark(), *(loop() for _ in range(inflight)))
        await asyncio.wait_for(node.close(), 5)
        result = _summary(latencies, seconds, errors)
        result["by_server"] = dict(by_server)
        return result

    return asyncio.run(main())


# --------------------------------------------------------------------------------------------
# orchestrator


def _thread_cpu(pid: int) -> dict[int, float]:
    """CPU seconds (user + system) each thread of a process has used so far."""
    out = {}
    tick = os.sysconf("SC_CLK_TCK")
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tids:
        try:
            fields = Path(f"/proc/{pid}/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
            out[int(tid)] = (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError, ValueError):
            pass
    return out


def measure(tmp: Path, n: int, inflight: int, warmup: float, seconds: float) -> dict:
    """One measurement: ``n`` servers and the DRA started afresh, then our client."""
    work = tmp / f"{n}-servers-{time.monotonic_ns()}"
    work.mkdir()
    with dra.deployment(work, n, record=False) as d:
        proc = subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--client",
                str(d.dra.port),
                "--inflight",
                str(inflight),
                "--warmup",
                str(warmup),
                "--seconds",
                str(seconds),
            ],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
        )
        try:
            _read_line(proc, "MEASURING", warmup + 60)
            cpu = _CpuMeter(proc.pid, d.dra.pid, *(s.pid for s in d.servers))
            cpu.start()
            threads = _thread_cpu(d.dra.pid)
            result = json.loads(_read_line(proc, "{", seconds + 60))
            shares = cpu.stop()
            wall = time.monotonic() - cpu.t0
            after = _thread_cpu(d.dra.pid)
            busiest = sorted(((after[t] - threads.get(t, 0.0)) / wall * 100 for t in after), reverse=True)
        finally:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                pass
            _stop(proc)
    result.update(servers=n, client_cpu=shares[0], dra_cpu=shares[1], server_cpu=shares[2:], dra_threads=busiest[:3])
    return result


def report(rows: list[dict], counts: list[int], rounds: int, inflight: int) -> None:
    cores = os.cpu_count() or 1
    print(
        f"\nour client ({inflight} in flight, one connection) -> freeDiameterd (rt_load_balance) "
        f"-> N of our servers, loopback TCP; median over {rounds} round(s), the CPU shares of the "
        f"median round; {cores} cores\n"
    )
    print(
        f"{'servers':>7} {'requests/s':>11} {'ratio':>6} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} "
        f"{'client%':>8} {'DRA%':>6} {'DRA threads%':>13} {'servers% (each)':>16} {'total%':>7} "
        f"{'us/req cli DRA srv':>19}  "
        f"answers per server"
    )
    base = None
    for n in counts:
        mine = sorted((r for r in rows if r["servers"] == n), key=lambda r: r["rps"])
        if not mine:
            continue
        med = mine[(len(mine) - 1) // 2]
        rps = statistics.median(r["rps"] for r in mine)
        if base is None and n == counts[0]:
            base = rps
        ratio = f"{rps / base:6.2f}" if base else f"{'-':>6}"
        each = " ".join(f"{x:.0f}" for x in med["server_cpu"])
        threads = " ".join(f"{x:.0f}" for x in med["dra_threads"])
        total = med["client_cpu"] + med["dra_cpu"] + sum(med["server_cpu"])
        split = " ".join(f"{v / max(1, med['requests']) * 100:.0f}%" for _, v in sorted(med["by_server"].items()))
        errors = sum(r["errors"] for r in mine)
        # CPU time per request of each tier: a share of one core (100 % = 1 s a second) / rate
        per = [
            x / 100 / med["rps"] * 1e6 if med["rps"] else float("nan")
            for x in (med["client_cpu"], med["dra_cpu"], sum(med["server_cpu"]))
        ]
        print(
            f"{n:7d} {rps:11.0f} {ratio} {med['p50_ms']:7.2f} {med['p99_ms']:7.2f} {errors:6d} "
            f"{med['client_cpu']:8.0f} {med['dra_cpu']:6.0f} {threads:>13} {each:>16} {total:7.0f} "
            f"{per[0]:6.0f} {per[1]:5.0f} {per[2]:5.0f}  {split}"
        )
    print(
        f"\nratio: requests/s against {counts[0]} server(s). CPU%: of one core, each process with all "
        f"its threads, over the measured seconds; total: all of them, out of {cores * 100} % here. DRA\n"
        f"threads: freeDiameterd's three busiest threads (a relayed request and its answer each "
        f"pass its one routing-in and one\nrouting-out thread). "
        f"us/req: CPU microseconds per request (and its answer) spent by the client, freeDiameterd "
        f"and all the servers together: a\ntier whose processes had cores of their own would "
        f"top out near 1e6 / (its us/req) requests/s per core it can use."
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--servers", default="1,2", metavar="N,N", help="numbers of servers (default 1,2)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds (default 3, --quick 1)")
    ap.add_argument("--inflight", type=int, default=100, help="requests in flight (default 100)")
    ap.add_argument("--warmup", type=float, default=None, help="seconds of warm-up (default 1)")
    ap.add_argument("--seconds", type=float, default=None, help="seconds measured (default 4)")
    ap.add_argument("--quick", action="store_true", help="1 round, 0.5 s warm-up, 2 s measured")
    ap.add_argument("--client", type=int, metavar="PORT", help=argparse.SUPPRESS)  # worker
    args = ap.parse_args()
    warmup = args.warmup if args.warmup is not None else (0.5 if args.quick else 1.0)
    seconds = args.seconds if args.seconds is not None else (2.0 if args.quick else 4.0)
    if args.client is not None:
        print(json.dumps(client(args.client, args.inflight, warmup, seconds)), flush=True)
        return
    rounds = 1 if args.quick and "--rounds" not in sys.argv else args.rounds
    counts = [int(x) for x in args.servers.split(",") if x.strip()]
    if rounds < 1 or not counts or min(counts) < 1 or args.inflight < 1:
        ap.error("--rounds, --servers and --inflight take positive numbers")
    reason = dra.unavailable()
    if reason is not None:
        sys.exit(f"cannot run: {reason}")

    def on_term(signum: int, frame: object) -> None:  # unwind, so that every process is stopped
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    print(
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the start; warm-up {warmup} s, "
        f"measured {seconds} s",
        flush=True,
    )
    tmp = Path(tempfile.mkdtemp(prefix="scaleout-bench-"))
    rows: list[dict] = []
    keep = False
    t0 = time.perf_counter()
    try:
        for r in range(rounds):
            order = counts[r % len(counts) :] + counts[: r % len(counts)]
            for n in order:
                row = measure(tmp, n, args.inflight, warmup, seconds)
                rows.append(row)
                print(
                    f"  round {r + 1}, {n} server(s): {row['rps']:8.0f} req/s, client {row['client_cpu']:.0f} %, "
                    f"DRA {row['dra_cpu']:.0f} %, servers "
                    f"{' '.join(f'{x:.0f}' for x in row['server_cpu'])} %",
                    flush=True,
                )
    except BaseException:
        keep = True
        raise
    finally:
        if keep:
            print(f"(logs kept in {tmp})", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    report(rows, counts, rounds, args.inflight)
    print(f"load average {os.getloadavg()[0]:.2f} at the end; total wall time {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
