#!/usr/bin/env python3
"""Build freeDiameter's ``test_app`` extension (its benchmark client and server) for the
installed freeDiameter, as a user of Debian would: from Debian's source package.

Debian ships freeDiameterd and its extensions (``freediameterd``, ``freediameter-extensions``)
but not ``test_app``. This script takes the source package of the installed version
(``apt-get source`` with a private deb-src list and private apt state and cache directories, so
the system's apt configuration is left as it is), unpacks it with ``dpkg-source -x`` (Debian's
patches applied), and compiles ``extensions/test_app`` alone against the installed headers
(``libfreediameter-dev``): bison and flex for its configuration parser, then one ``gcc -O2
-shared`` call, as the extension's CMake rules do. The result is cached as
``benchmarks/.build/test_app-<version>.fdx`` and rebuilt only when missing (a new freeDiameter
version gets a new name).

Needs root only to install what is missing (flex, bison, gcc, dpkg-dev, with apt-get). Where
it cannot build, :class:`Unavailable` says why.

    python benchmarks/fd_test_app.py     # build if needed, print the path
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUILD = HERE / ".build"
HEADERS = Path("/usr/include/freeDiameter/extension.h")
EXTENSIONS = Path("/usr/lib/freeDiameter")
KEYRING = Path("/usr/share/keyrings/debian-archive-keyring.gpg")
SUITE = "bookworm"
TOOLS = {"bison": "bison", "flex": "flex", "gcc": "gcc", "dpkg-source": "dpkg-dev"}
SOURCES = ("test_app.c", "ta_dict.c", "ta_cli.c", "ta_bench.c", "ta_serv.c")


class Unavailable(Exception):
    """test_app cannot be had here; the message says why."""


def _run(cmd: list[str], log: Path, cwd: Path | None = None) -> None:
    with log.open("a") as out:
        out.write(f"$ {' '.join(cmd)}\n")
        out.flush()
        status = subprocess.run(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT).returncode
    if status != 0:
        tail = "".join(log.read_text(errors="replace").splitlines(keepends=True)[-15:])
        raise Unavailable(f"{cmd[0]} failed (exit {status}); see {log}:\n{tail}")


def source_version() -> str:
    """The version of the source package of the installed libfreediameter-dev (e.g. 1.2.1-8)."""
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${source:Version}", "libfreediameter-dev"], capture_output=True, text=True
        )
    except FileNotFoundError:
        raise Unavailable("dpkg-query not found: not a Debian system") from None
    if out.returncode != 0 or not out.stdout.strip():
        raise Unavailable(
            "libfreediameter-dev is not installed "
            "(apt-get install freediameterd freediameter-extensions libfreediameter-dev)"
        )
    return out.stdout.strip()


def target() -> Path:
    """Where the extension for the installed version is (or will be) cached."""
    return BUILD / f"test_app-{source_version()}.fdx"


def _check_installed() -> None:
    if shutil.which("freeDiameterd") is None or not (EXTENSIONS / "acl_wl.fdx").exists():
        raise Unavailable(
            "freeDiameterd not installed (apt-get install freediameterd freediameter-extensions libfreediameter-dev)"
        )
    if not HEADERS.exists():
        raise Unavailable(f"{HEADERS} missing (apt-get install libfreediameter-dev)")


def _ensure_tools(log: Path) -> None:
    missing = sorted({pkg for tool, pkg in TOOLS.items() if shutil.which(tool) is None})
    if not missing:
        return
    if os.geteuid() != 0:
        raise Unavailable(
            f"building test_app needs {', '.join(missing)} (apt-get install {' '.join(missing)}, as root)"
        )
    # waits, up to 10 minutes, for another apt or dpkg to release its lock
    _run(["apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "--no-install-recommends", *missing], log)


def build(say=print) -> Path:
    """The path of test_app.fdx for the installed freeDiameter, built first if missing."""
    _check_installed()
    version = source_version()
    fdx = BUILD / f"test_app-{version}.fdx"
    if fdx.exists():
        return fdx
    if not KEYRING.exists():
        raise Unavailable(f"{KEYRING} missing (apt-get install debian-archive-keyring)")
    BUILD.mkdir(parents=True, exist_ok=True)
    work = BUILD / f"freediameter-{version}"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir()
    log = work / "build.log"
    say(f"building freeDiameter's test_app {version} from Debian's source package in {work} ...")
    _ensure_tools(log)

    # apt with a deb-src list, lists and cache of its own: nothing of the system's apt changes
    apt = work / "apt"
    for d in ("parts", "lists/partial", "cache/archives/partial"):
        (apt / d).mkdir(parents=True)
    (apt / "parts" / "debian-src.sources").write_text(
        f"Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: {SUITE}\nComponents: main\nSigned-By: {KEYRING}\n"
    )
    opts = [
        "-o",
        "Dir::Etc::SourceList=/dev/null",
        "-o",
        f"Dir::Etc::SourceParts={apt / 'parts'}",
        "-o",
        f"Dir::State::Lists={apt / 'lists'}",
        "-o",
        f"Dir::Cache={apt / 'cache'}",
    ]
    if os.geteuid() == 0:
        opts += ["-o", "APT::Sandbox::User=root"]  # apt's _apt user cannot write in this tree
    _run(["apt-get", *opts, "-q", "update"], log)
    src = work / "src"
    src.mkdir()
    _run(["apt-get", *opts, "-q", "source", "--download-only", f"freediameter={version}"], log, cwd=src)
    dsc = src / f"freediameter_{version.split(':')[-1]}.dsc"
    if not dsc.exists():
        raise Unavailable(f"apt-get source did not give {dsc.name}; see {log}")
    tree = src / "freediameter"
    _run(["dpkg-source", "-x", str(dsc), str(tree)], log)

    # extensions/test_app alone: its parser, then the module
    ext = tree / "extensions" / "test_app"
    out = work / "obj"
    out.mkdir()
    _run(["bison", "-d", "-o", str(out / "ta_conf.tab.c"), "-p", "ta_conf", "ta_conf.y"], log, cwd=ext)
    _run(["flex", "-o", str(out / "lex.ta_conf.c"), "-P", "ta_conf", "ta_conf.l"], log, cwd=ext)
    _run(
        [
            "gcc",
            "-O2",
            "-shared",
            "-fPIC",
            "-I.",
            f"-I{out}",
            "-o",
            str(out / "test_app.fdx"),
            *SOURCES,
            str(out / "ta_conf.tab.c"),
            str(out / "lex.ta_conf.c"),
        ],
        log,
        cwd=ext,
    )
    tmp = fdx.with_suffix(".tmp")
    shutil.copyfile(out / "test_app.fdx", tmp)
    tmp.replace(fdx)
    say(f"built {fdx}")
    return fdx


def main() -> int:
    try:
        print(build(say=lambda s: print(s, file=sys.stderr)))
    except Unavailable as e:
        print(f"test_app unavailable: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
