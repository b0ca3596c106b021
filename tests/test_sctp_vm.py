"""The SCTP VM (tests/vm/sctpvm.py) boots, and SCTP works in it: tests/vm/guest_smoke.py (the kernel's
SCTP, pysctp, freeDiameter), tests/vm/guest_sctp.py (our nodes over SCTP, with each other and
with freeDiameter), tests/vm/guest_sctp_params.py (the association parameters, read back from
the kernel) and tests/vm/guest_sctp_failover.py (the stall when a multi-homed association's path
silently fails, with our parameters and the kernel's: printed) pass there, in one boot.

Skipped, with the reason, when the VM cannot run on this machine (no qemu, no kernel package to
download, not x86_64); SCTP_VM_REQUIRED=1 makes that a failure instead.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "vm"))
# mypy finds it when given the tests directory (mypy.ini), not when given this file alone
import sctpvm  # type: ignore[import-not-found, unused-ignore]

REPO = Path(__file__).resolve().parents[1]


def guest_env() -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/root"),
        "LANG": "C.UTF-8",
        "PYTHONUNBUFFERED": "1",
    }
    return env


def test_vm_boots_with_sctp() -> None:
    reason = sctpvm.unavailable_reason()
    if reason is not None:
        print(f"SKIPPED test_vm_boots_with_sctp: SCTP VM unavailable: {reason}")
        if os.environ.get("SCTP_VM_REQUIRED") == "1":
            pytest.fail(f"SCTP VM unavailable: {reason}")
        pytest.skip(f"SCTP VM unavailable: {reason}")
    result = sctpvm.run_in_vm(
        # Without hypothesis' plugin: unused here, and importing hypothesis under emulation costs seconds.
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-rA",
            "--durations=0",
            "tests/vm/guest_smoke.py",
            "tests/vm/guest_sctp.py",
            "tests/vm/guest_sctp_params.py",
            "tests/vm/guest_sctp_failover.py",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:hypothesispytest",
        ],
        cwd=str(REPO),
        env=guest_env(),
        timeout=600,
    )
    report = f"exit status {result.status} after {result.seconds:.1f} s\n{result.output}\n--- console\n{result.console}"
    assert not result.timed_out, report
    assert result.status == 0, report
    summary = re.search(r"(\d+) passed", result.output)
    assert summary is not None and int(summary.group(1)) > 0, report
    assert "failed" not in result.output.splitlines()[-1], report
    if os.environ.get("SCTP_VM_REQUIRED") == "1":  # CI: freeDiameter is there, nothing may skip
        assert "skipped" not in result.output.splitlines()[-1], report
    print(f"SCTP VM: {result.seconds:.1f} s\n{result.output}")
