#!/usr/bin/env python3
"""Forwarding benchmark: freeDiameter's benchmark client -> a relay -> freeDiameter's server.

The client and the server are freeDiameter's own benchmark, its ``test_app`` extension
(built from Debian's source package by ``benchmarks/fd_test_app.py``, as for
``benchmarks/node.py``): the client keeps N Test-Requests in flight for a whole number of
seconds after SIGUSR1 (a new Session-Id and a random Test-AVP in each, Destination-Realm and
Destination-Host of the server) and counts the answers; the server answers each with 2001,
echoing the Test-AVP. Between them, in turn, the two relays compared, in the same run:

* ours: ``diameter serve`` with ``[applications] relay = true`` (it advertises the Relay
  Application-Id) and a relay route for test_app's application to the server, without test_app's
  dictionary: it forwards from the bytes, with a new Hop-by-Hop identifier and a Route-Record,
  and maps the answers back;
* freeDiameter: ``freeDiameterd`` with no application of its own (so it advertises the Relay
  Application-Id and forwards), connected to the same server.

Each relay is connected to the one test_app server, started once; each measurement starts a
fresh client connected to the relay under test. Rounds alternate the relays (the order rotates
from round to round). Reported: answers/s (test_app's answers counted when it stops sending,
divided by the time it sent for), errors and unanswered requests, the CPU share of the relay
process, and ours/freeDiameter per round and its median.

    .venv/bin/python benchmarks/relay.py                 # 3 rounds, 1 and 100 in flight, 4 s each
    .venv/bin/python benchmarks/relay.py --quick         # 1 round, 2 s
    .venv/bin/python benchmarks/relay.py --rounds 5 --inflight 100
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import node as nb  # noqa: E402  (benchmarks/node.py: freeDiameterd and test_app's client)

RELAY_HOST = "relay.example.com"
FD_RELAY_HOST = "fd-relay.example.com"


def _ours(tmp: Path, server_port: int, started: list[subprocess.Popen]) -> tuple[str, int, int, str]:
    """Our relay: ``diameter serve`` of a configuration file; returns (identity, port, pid,
    address) once it is connected to the server."""
    port = nb._free_port()
    conf = tmp / "relay.toml"
    conf.write_text(
        f"""
[node]
origin_host = "{RELAY_HOST}"
origin_realm = "{nb.REALM}"

[applications]
relay = true

[timers]
request_timeout = 10

[limits]
max_pending = 100000

[logging]
level = "info"

[[listen]]
port = {port}

[[peers]]
uri = "aaa://127.0.0.1:{server_port}"

[[routes]]
realm = "{nb.REALM}"
application_id = {nb.TA_APP}
action = "relay"
servers = ["{nb.TA_SERVER_HOST}"]
"""
    )
    log = tmp / "relay.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "diameter", "serve", str(conf)],
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
        stdin=subprocess.DEVNULL,
        env=dict(nb._env("ours"), PYTHONPATH=str(nb.ROOT)),
        cwd=tmp,
    )
    started.append(proc)
    deadline = time.monotonic() + 30 * nb.SLOW
    while f"peer {nb.TA_SERVER_HOST} open" not in log.read_text():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"our relay did not connect to the server: {log.read_text()[-2000:]}")
        time.sleep(0.05)
    return RELAY_HOST, port, proc.pid, "127.0.0.1"


def _freediameter(tmp: Path, server_port: int, started: list[subprocess.Popen]) -> tuple[str, int, int, str]:
    """freeDiameterd as the relay: no application of its own, connected to the server."""
    work = tmp / "fd-relay"
    work.mkdir()
    port = nb._free_port()
    (work / "acl.conf").write_text(f"ALLOW_IPSEC *.{nb.REALM}\n")
    (work / "fd.conf").write_text(
        f'Identity = "{FD_RELAY_HOST}";\nRealm = "{nb.REALM}";\nPort = {port};\nSecPort = 0;\nNo_SCTP;\n'
        f'ListenOn = "127.0.0.1";\n'
        f'LoadExtension = "{nb.FD_EXT}/acl_wl.fdx" : "{work / "acl.conf"}";\n'
        f'ConnectPeer = "{nb.TA_SERVER_HOST}" {{ ConnectTo = "127.0.0.1"; Port = {server_port}; No_TLS; }};\n'
    )
    log = work / "fd.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            ["freeDiameterd", "-c", str(work / "fd.conf")],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    started.append(proc)
    deadline = time.monotonic() + 30 * nb.SLOW
    while "'STATE_OPEN'" not in log.read_text(errors="replace"):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"freeDiameter's relay did not connect to the server: {log.read_text()[-2000:]}")
        time.sleep(0.05)
    return FD_RELAY_HOST, port, proc.pid, "127.0.0.1"


OURS, FD = "ours", "freeDiameter"


def run(levels: list[int], rounds: int, seconds: int) -> list[dict]:
    import fd_test_app

    try:
        fdx = fd_test_app.build(say=lambda s: print(f"  {s}", flush=True))
    except fd_test_app.Unavailable as e:
        print(f"freeDiameter's test_app unavailable: {e}", file=sys.stderr)
        raise SystemExit(2) from None
    tmp = Path(tempfile.mkdtemp(prefix="relay-bench-"))
    started: list[subprocess.Popen] = []
    rows: list[dict] = []
    keep = False
    try:
        server = nb._FreeDiameterd(
            tmp / "server", nb.TA_SERVER_HOST, fdx, nb._test_app_conf("server", seconds, max(levels))
        )
        server.start(started)
        server.wait_listening(15)
        relays = {OURS: _ours(tmp, server.port, started), FD: _freediameter(tmp, server.port, started)}
        order = [OURS, FD]
        k = 0
        for r in range(rounds):
            turn = order[r % 2 :] + order[: r % 2]
            for n in levels:
                for relay in turn:
                    k += 1
                    ident, port, pid, address = relays[relay]
                    res = nb._fd_client_run(
                        tmp,
                        fdx,
                        f"ta-client-{k}",
                        (ident, port, pid, address),
                        n,
                        seconds,
                        started,
                        dest_host=nb.TA_SERVER_HOST,
                    )
                    rows.append({"round": r, "relay": relay, "inflight": n, **res})
                    bad = res["errors"] + res["unanswered"]
                    print(
                        f"  round {r + 1} relay {relay:<12} in flight {n:3}: {res['rps']:9.0f} answers/s, "
                        f"relay CPU {res['server_cpu']:4.0f} %" + (f", {bad} errors" if bad else ""),
                        flush=True,
                    )
    except Exception:
        keep = True
        raise
    finally:
        for p in started:
            nb._stop(p, grace=10)
        if keep:
            print(f"(files and logs kept in {tmp})", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return rows


def report(rows: list[dict], levels: list[int], rounds: int) -> None:
    print(f"\nfreeDiameter's test_app client -> relay -> test_app server, loopback TCP; median over {rounds} round(s)")
    print(f"{'relay':<14} {'in flight':>9} {'answers/s':>10} {'relay CPU%':>10} {'errors':>6}")
    for n in levels:
        for relay in (OURS, FD):
            mine = [x for x in rows if (x["relay"], x["inflight"]) == (relay, n)]
            if not mine:
                continue
            errors = sum(x["errors"] + x["unanswered"] for x in mine)
            print(
                f"{relay:<14} {n:9d} {statistics.median(x['rps'] for x in mine):10.0f} "
                f"{statistics.median(x['server_cpu'] for x in mine):10.0f} {errors:6d}"
            )
    print("\nours/freeDiameter, answers/s (median of the per-round ratios; each round's in brackets)")
    for n in levels:
        ratios = []
        for r in range(rounds):
            ours = [x["rps"] for x in rows if (x["round"], x["relay"], x["inflight"]) == (r, OURS, n)]
            ref = [x["rps"] for x in rows if (x["round"], x["relay"], x["inflight"]) == (r, FD, n)]
            if ours and ref and ref[0]:
                ratios.append(ours[0] / ref[0])
        if ratios:
            print(f"  in flight {n:3}: {statistics.median(ratios):5.2f}  [{' '.join(f'{x:.2f}' for x in ratios)}]")
    print("CPU%: of one core, the relay process with all its threads, over the measured seconds.")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="one round of 2 s")
    ap.add_argument("--rounds", type=int, default=None, help="rounds (default 3, --quick 1)")
    ap.add_argument("--seconds", type=int, default=None, help="seconds each client sends for (default 4)")
    ap.add_argument("--inflight", default="1,100", metavar="N,N", help="requests in flight (default 1,100)")
    args = ap.parse_args()
    rounds = args.rounds or (1 if args.quick else 3)
    seconds = args.seconds or (2 if args.quick else 4)
    levels = [int(x) for x in args.inflight.split(",")]
    rows = run(levels, rounds, seconds)
    report(rows, levels, rounds)


if __name__ == "__main__":
    main()
