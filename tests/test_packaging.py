"""The source distribution carries what its tests need (MANIFEST.in), and nothing a run leaves.

The rules of MANIFEST.in are applied by setuptools' own template machinery (the FileList that
``python -m build --sdist`` uses) to a copy of the tracked tree made of empty files, with the
leftovers of a run added (virtual environments, bytecode, caches). Building the sdist itself is
not done here: that needs setuptools >= 77 (PEP 639), which an isolated build fetches from the
package index, and it writes egg-info into the tree; this check needs neither the network nor a
particular setuptools, and takes a fraction of a second. It runs in a git checkout (an unpacked
sdist has no git to compare with: there it is skipped).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# What the tests, the benchmarks and mypy read from the tree, besides the package.
NEEDED_DIRS = (".ci/", "benchmarks/", "schemas/", "tests/", "typings/")
NEEDED_FILES = ("CHANGELOG.md", "CONTRIBUTING.md", "LICENSE", "MANIFEST.in", "README.md", "mypy.ini", "pyproject.toml")

# What a run leaves in the tree, never to be shipped.
LEFTOVERS = (
    "benchmarks/.venv-python-diameter/bin/python",
    "benchmarks/.venv-python-diameter/lib/python3.11/site-packages/diameter/__init__.py",
    "benchmarks/.build/freeDiameter/test_app.fdx",
    "tests/oracles/.venv-python-diameter/pyvenv.cfg",
    "tests/oracles/.venv-python-diameter/lib/python3.11/site-packages/diameter/message/__init__.py",
    "tests/.venv/lib/python3.11/site-packages/x.py",
    "tests/__pycache__/test_codec.cpython-311.pyc",
    "tests/vm/__pycache__/sctpvm.cpython-311.pyc",
    "tests/.hypothesis/examples/0123/4567",
    "tests/.pytest_cache/v/cache/nodeids",
    "tests/.mypy_cache/3.11/tests/test_codec.data.json",
    "tests/.coverage",
    "tests/.coverage.host.pid1.x",
    "benchmarks/codec.pyc",
)


def _tracked() -> list[str]:
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (an unpacked sdist): nothing to compare MANIFEST.in with")
    out = subprocess.run([git, "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [p for p in out.decode().split("\0") if p]


def _manifest(tree: Path, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The files of ``tree`` that MANIFEST.in's rules select, as setuptools' sdist applies them."""
    egg_info = pytest.importorskip("setuptools.command.egg_info")
    monkeypatch.chdir(tree)  # the template's graft and include read the file system from here
    files = egg_info.FileList()
    for line in (ROOT / "MANIFEST.in").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            files.process_template_line(line)
    return {f.replace("\\", "/") for f in files.files}


def test_the_sdist_has_what_the_tests_need_and_no_leftovers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tracked = _tracked()
    tracked += [f for f in NEEDED_FILES if f not in tracked and (ROOT / f).exists()]  # LICENSE before its commit
    for path in (*tracked, *LEFTOVERS):
        f = tmp_path / path
        f.parent.mkdir(parents=True, exist_ok=True)
        f.touch()
    shipped = _manifest(tmp_path, monkeypatch)
    needed = {f for f in tracked if f.startswith(NEEDED_DIRS) or f in NEEDED_FILES}
    for d in (*NEEDED_DIRS, "tests/data/golden/", "tests/data/oracles/", "tests/oracles/", "tests/vm/"):
        assert any(f.startswith(d) for f in needed), d  # not a vacuous check
    assert sorted(needed - shipped) == []
    assert sorted(shipped & set(LEFTOVERS)) == []
