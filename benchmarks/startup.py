"""Start-up: what loading the dictionaries costs a process, against `import asyncio, ssl`.

Each command below runs in a fresh interpreter, the commands taking turns, ``--rounds`` times
(default 7); the script prints the median wall time of each, its ratio to the reference
(``python -c "import asyncio, ssl"``) measured in the same run, and the peak RSS of each process.

    python benchmarks/startup.py [--rounds N]

The commands: ``import diameter`` (the base protocol), ``diameter.apps.load_all()`` (every
bundled dictionary), and ``diameter decode`` of one Gx CCR given as hex (the command-line tool,
which loads every dictionary first).

The package's bytecode is compiled first (``compileall``), as ``pip install`` does: without it
every run would compile the sources again (``PYTHONDONTWRITEBYTECODE`` would stop Python from
keeping what it compiled).
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

REFERENCE = "import asyncio, ssl"


_GX_CCR = """
import diameter
from diameter.apps.tgpp.gx import CCR
print(diameter.encode(CCR(session_id="pgw.example.com;1;1", auth_application_id=16777238, origin_host="pgw.example.com",
                          origin_realm="example.com", destination_realm="pcrf.example.com", cc_request_type=1,
                          cc_request_number=0, hop_by_hop=1, end_to_end=2)).hex())
"""


def _gx_ccr_hex() -> str:
    # built in another process: this one stays small (a child's peak RSS counts the pages it
    # shares with its parent between fork and exec)
    return subprocess.run(
        [sys.executable, "-c", _GX_CCR], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()


def commands() -> list[tuple[str, list[str]]]:
    py = sys.executable
    return [
        (f"python -c {REFERENCE!r}", [py, "-c", REFERENCE]),
        ("import diameter", [py, "-c", "import diameter"]),
        ("diameter.apps.load_all()", [py, "-c", "import diameter.apps; diameter.apps.load_all()"]),
        ("diameter decode <one Gx CCR>", [py, "-m", "diameter.cli", "decode", _gx_ccr_hex()]),
    ]


def run(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one run (``os.wait4`` gives the child's own usage)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise SystemExit(f"{argv} exited with {p.returncode}")
    return wall, usage.ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    compileall.compile_dir(ROOT / "diameter", quiet=1)
    cmds = commands()
    times: dict[str, list[float]] = {name: [] for name, _ in cmds}
    rss: dict[str, list[float]] = {name: [] for name, _ in cmds}
    for _ in range(args.rounds):
        for name, argv in cmds:
            wall, peak = run(argv)
            times[name].append(wall)
            rss[name].append(peak)
    ref = statistics.median(times[cmds[0][0]])
    print(f"start-up, median of {args.rounds} runs each, taking turns (Python {sys.version.split()[0]})")
    print(f"{'command':<32} {'wall ms':>8} {'ratio':>6} {'peak RSS MiB':>13}")
    for name, _ in cmds:
        med = statistics.median(times[name])
        print(f"{name:<32} {med * 1e3:8.1f} {med / ref:6.1f} {statistics.median(rss[name]):13.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
