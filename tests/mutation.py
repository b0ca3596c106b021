"""Mutation testing of the hand-written codec and protocol modules, with mutmut.

``python tests/mutation.py`` (from the checkout, with the virtual environment of ``.ci/test`` and
``pip install mutmut``) mutates the modules listed under ``[tool.mutmut]`` in pyproject.toml one
small change at a time (an operator, a constant, a condition, a call argument), runs the tests
that cover the mutated function against each mutant, and prints the score: mutants the tests
kill, out of all mutants less those CONTRIBUTING.md explains as equivalent (a change no
behaviour can tell apart). It exits 1 when the score is under ``--floor`` (90 %) or when a
mutant listed as equivalent is no longer there or no longer survives (the list is stale).
``--fresh`` starts from nothing (after a function was added or renamed, mutmut's record of
which tests cover which function is out of date).

``python tests/mutation.py diameter.watchdog diameter.peer`` runs the mutants of those modules
only; ``--report`` prints the score of the last run without running anything. Each surviving
mutant is shown as a diff (``mutmut show NAME`` shows one). mutmut keeps its results in
``mutants/`` and re-runs only what changed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parent.parent
CONTRIBUTING: Final = ROOT / "CONTRIBUTING.md"
MUTANTS: Final = ROOT / "mutants"

#: mutmut's exit codes for a mutant (mutmut.stats.status_by_exit_code): what counts as caught
KILLED: Final = {
    1: "killed",
    3: "killed",
    36: "timeout",
    24: "timeout",
    -24: "timeout",
    152: "timeout",
    255: "timeout",
    37: "caught by type check",
    -11: "segfault",
    -9: "segfault",
}
SURVIVED: Final = {0: "survived", 5: "no tests", 33: "no tests"}

#: an entry of the equivalent-mutant list in CONTRIBUTING.md: "- `NAME`: why"
_EQUIVALENT: Final = re.compile(r"^- `(?P<name>diameter\.[^`]+__mutmut_\d+)`: (?P<why>.+)$")


def equivalent_mutants(text: str) -> dict[str, str]:
    """The mutants CONTRIBUTING.md explains as equivalent, by name, with the reason."""
    return {m["name"]: m["why"] for m in map(_EQUIVALENT.match, text.splitlines()) if m}


def results(modules: list[str]) -> dict[str, int | None]:
    """Exit code of every mutant of ``modules`` (all when empty) from mutmut's files."""
    out: dict[str, int | None] = {}
    for meta in sorted(MUTANTS.rglob("*.py.meta")):
        module = ".".join(meta.relative_to(MUTANTS).with_suffix("").with_suffix("").parts)
        if modules and module not in modules:
            continue
        out.update(json.loads(meta.read_text())["exit_code_by_key"])
    return out


def module_of(name: str) -> str:
    return name.split(".x")[0] if ".x" in name else name.rsplit(".", 1)[0]


def show(name: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "mutmut", "show", name], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return done.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("modules", nargs="*", help="dotted module names (default: all configured)")
    parser.add_argument("--report", action="store_true", help="report the last run, run nothing")
    parser.add_argument("--floor", type=float, default=90.0, help="minimum score in percent (90)")
    parser.add_argument("--max-children", type=int, default=2, help="mutants run at once (2)")
    parser.add_argument("--no-diffs", action="store_true", help="list surviving mutants without their diffs")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="leave out the tests marked slow (the properties over every class), as for the"
        " code generator's modules, whose survivors would each re-run them for minutes",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="forget mutmut's earlier results first (after functions were added or renamed,"
        " its record of which tests cover which function is out of date)",
    )
    args = parser.parse_args(argv)

    if args.fresh and MUTANTS.exists():
        shutil.rmtree(MUTANTS)
    if not args.report:
        log = ROOT / "mutants.log"
        names = [f"{m}.*" for m in args.modules]
        env = dict(os.environ, DIAMETER_MUTATION_QUICK="1") if args.quick else None
        with log.open("w") as f:
            done = subprocess.run(
                [sys.executable, "-m", "mutmut", "run", "--max-children", str(args.max_children), *names],
                cwd=ROOT,
                stdout=f,
                stderr=subprocess.STDOUT,
                check=False,
                env=env,
            )
        if done.returncode != 0:
            print(f"mutmut run failed ({done.returncode}): see {log}")
            return 2

    codes = results(args.modules)
    if not codes:
        print("no mutants: run without --report first")
        return 2
    equivalent = equivalent_mutants(CONTRIBUTING.read_text()) if CONTRIBUTING.exists() else {}
    by_module: dict[str, Counter[str]] = {}
    survivors: list[str] = []
    stale: list[str] = []
    for name, code in codes.items():
        count = by_module.setdefault(module_of(name), Counter())
        if code in KILLED:
            count["killed"] += 1
            if name in equivalent:
                stale.append(f"{name}: listed as equivalent, but the tests kill it")
        elif name in equivalent:
            count["equivalent"] += 1
        elif code in SURVIVED:
            count["survived"] += 1
            survivors.append(name)
        else:
            count["other"] += 1  # not checked, suspicious or skipped: not a kill
            survivors.append(name)
    for name in equivalent:
        module = module_of(name)
        if name not in codes and (not args.modules or module in args.modules):
            stale.append(f"{name}: listed as equivalent, but there is no such mutant")

    total = Counter[str]()
    print(f"{'module':32} {'mutants':>8} {'killed':>7} {'equiv.':>7} {'survived':>9} {'score':>7}")
    for module, count in sorted(by_module.items()):
        total.update(count)
        print(_row(module, count))
    print(_row("all", total))
    score = _score(total)
    if survivors:
        print(f"\n{len(survivors)} surviving mutants:")
        for name in survivors:
            print(name if args.no_diffs else show(name) + "\n")
    if stale:
        print("\nThe equivalent-mutant list in CONTRIBUTING.md is stale:\n" + "\n".join(stale))
    if score < args.floor or stale:
        print(f"\nFAILED: score {score:.1f} % (floor {args.floor:.0f} %)" + (", stale list" if stale else ""))
        return 1
    print(f"\nscore {score:.1f} % (floor {args.floor:.0f} %)")
    return 0


def _score(count: Counter[str]) -> float:
    counted = count["killed"] + count["survived"] + count["other"]
    return 100.0 * count["killed"] / counted if counted else 100.0


def _row(module: str, count: Counter[str]) -> str:
    mutants = sum(count.values())
    return (
        f"{module:32} {mutants:8} {count['killed']:7} {count['equivalent']:7} "
        f"{count['survived'] + count['other']:9} {_score(count):6.1f}%"
    )


if __name__ == "__main__":
    raise SystemExit(main())
