#!/usr/bin/env python3
"""freeDiameter's own codec, timed on a message given as bytes (used by ``codec.py``).

``fd_codec.c`` (in this directory) is compiled against the installed freeDiameter
(``libfreediameter-dev``: ``gcc -O2 fd_codec.c -lfdcore -lfdproto``) into
``benchmarks/.build/fd_codec`` (rebuilt when the source is newer). It starts freeDiameter's
core with a configuration that loads the dictionary extensions a Gy CCR needs (``dict_nasreq``,
``dict_dcca``, ``dict_dcca_3gpp``; freeDiameter refuses to start without a TLS certificate, so
a throw-away one is made with ``openssl`` and kept beside the binary), parses the message once
against that dictionary, then times:

* encode: ``fd_msg_bufferize`` of the parsed, typed message (the lengths recomputed and every
  AVP written from its value), freeing the buffer;
* decode: ``fd_msg_parse_buffer`` and ``fd_msg_parse_dict`` of a copy of the bytes (every AVP
  resolved to its dictionary entry and typed value), then ``fd_msg_free``.

Each is the best of five rounds; the result also says whether ``fd_msg_bufferize`` gave back
the bytes it was given. Where it cannot build or run, :class:`Unavailable` says why.

    python benchmarks/fd_codec.py MESSAGE.bin [SECONDS]   # prints the JSON result
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BUILD = HERE / ".build"
SOURCE = HERE / "fd_codec.c"
BINARY = BUILD / "fd_codec"
HEADERS = Path("/usr/include/freeDiameter/libfdcore.h")
EXTENSIONS = Path("/usr/lib/freeDiameter")
DICTIONARIES = ("dict_nasreq.fdx", "dict_dcca.fdx", "dict_dcca_3gpp.fdx")


class Unavailable(Exception):
    """freeDiameter's codec cannot be timed here; the message says why."""


def version() -> str | None:
    """The installed libfreediameter-dev's version, if dpkg knows it."""
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f", "${Version}", "libfreediameter-dev"], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def build() -> Path:
    """The compiled fd_codec (built if missing or older than its source)."""
    if not HEADERS.exists():
        raise Unavailable(f"{HEADERS} not found (Debian package libfreediameter-dev)")
    missing = [d for d in DICTIONARIES if not (EXTENSIONS / d).exists()]
    if missing:
        raise Unavailable(f"{', '.join(missing)} not in {EXTENSIONS} (Debian package freediameter-extensions)")
    if shutil.which("gcc") is None:
        raise Unavailable("gcc not installed")
    if BINARY.exists() and BINARY.stat().st_mtime >= SOURCE.stat().st_mtime:
        return BINARY
    BUILD.mkdir(exist_ok=True)
    done = subprocess.run(
        ["gcc", "-O2", "-o", str(BINARY), str(SOURCE), "-lfdcore", "-lfdproto"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        raise Unavailable(f"gcc failed: {done.stderr.strip()[-500:]}")
    return BINARY


def _certificate() -> tuple[Path, Path]:
    cert, key = BUILD / "fd_codec.crt", BUILD / "fd_codec.key"
    if cert.exists() and key.exists():
        return cert, key
    if shutil.which("openssl") is None:
        raise Unavailable("openssl not installed (freeDiameter will not start without a TLS certificate)")
    done = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        + ["-keyout", str(key), "-out", str(cert), "-subj", "/CN=bench.example.com", "-days", "3650"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if done.returncode != 0:
        raise Unavailable(f"openssl failed: {done.stderr.strip()[-500:]}")
    return cert, key


def measure(message: bytes, seconds: float = 1.0) -> dict[str, Any]:
    """Time freeDiameter's encode and decode of ``message``: nanoseconds per message and the
    iterations timed (``encode_ns``, ``decode_ns``, ``encodes``, ``decodes``), whether it
    encodes the message back to the same bytes (``same_bytes``), and the version."""
    binary = build()
    cert, key = _certificate()
    with tempfile.TemporaryDirectory(prefix="fd_codec-") as tmp:
        conf = Path(tmp) / "fd.conf"
        loads = "".join(f'LoadExtension = "{EXTENSIONS / d}";\n' for d in DICTIONARIES)
        conf.write_text(
            f'Identity = "bench.example.com";\nRealm = "example.com";\nNo_SCTP;\n'
            f'TLS_Cred = "{cert}", "{key}";\nTLS_CA = "{cert}";\n{loads}'
        )
        wire = Path(tmp) / "message.bin"
        wire.write_bytes(message)
        try:
            done = subprocess.run(
                [str(binary), str(conf), str(wire), str(seconds)],
                capture_output=True,
                text=True,
                timeout=60 + 20 * seconds,
            )
        except subprocess.TimeoutExpired as e:
            raise Unavailable(f"fd_codec did not finish in {e.timeout:.0f} s") from None
    if done.returncode != 0:
        raise Unavailable(f"fd_codec failed ({done.returncode}): {(done.stderr or done.stdout).strip()[-500:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["version"] = version()
    return result


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    try:
        print(json.dumps(measure(Path(sys.argv[1]).read_bytes(), float(sys.argv[2]) if len(sys.argv) == 3 else 1.0)))
    except Unavailable as e:
        sys.exit(f"unavailable: {e}")
