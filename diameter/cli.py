"""The ``diameter`` command.

``diameter decode`` prints Diameter messages as an indented, named tree (or JSON with
``--json``). Input: hex arguments; or ``--file`` / standard input holding a pcap or pcapng
capture (TCP port 3868 and any ``--port``, reassembled; SCTP PPID 46), raw binary messages back
to back, or hex text with one message per line. A message that does not decode is reported
with its offset and Result-Code on standard error, and decoding goes on with the next one; the
exit status is 1 if any did not decode. ``diameter demo`` runs the demo.

When standard output is closed early (``diameter decode ... | head -1``), the command stops
without a traceback and exits with status 141, as the shell reports a POSIX tool killed by
SIGPIPE (128 + 13), so that ``set -o pipefail`` sees what it sees for ``cat`` or ``grep``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import string
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from .capture import CaptureError, read_capture
from .converter import Converter
from .errors import DecodeError
from .wire import Avp

__all__ = ["main"]

_HEX = set(string.hexdigits + string.whitespace + ":")

#: the exit status when standard output is a closed pipe: 128 + SIGPIPE (13), what the shell
#: reports for a POSIX tool that SIGPIPE ended
EXIT_BROKEN_PIPE = 141


@attrs.frozen
class _Input:
    data: bytes
    label: str
    error: str | None = None


def _classify(result_code: int) -> str:
    from .apps.base import ResultCode

    try:
        name = ResultCode(result_code).name
    except ValueError:
        name = "unnamed"
    kind = {1: "informational", 2: "success", 3: "protocol error", 4: "transient failure", 5: "permanent failure"}.get(
        result_code // 1000, "unknown class"
    )
    return f"Result-Code {result_code} {name} ({kind})"


def _from_hex_text(text: str, origin: str) -> Iterator[_Input]:
    for no, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        cleaned = "".join(line.split()).replace(":", "").removeprefix("0x")
        try:
            yield _Input(bytes.fromhex(cleaned), f"{origin} line {no}")
        except ValueError as e:
            yield _Input(b"", f"{origin} line {no}", f"not hex: {e}")


def _from_binary_stream(data: bytes, origin: str) -> Iterator[_Input]:
    pos = 0
    n = 1
    while pos < len(data):
        if len(data) - pos < 4 or data[pos] != 1:
            yield _Input(
                data[pos : pos + 20],
                f"{origin} offset {pos}",
                f"no Diameter header at offset {pos} (version byte {data[pos]}); stopping",
            )
            return
        length = int.from_bytes(data[pos + 1 : pos + 4], "big")
        if length < 20 or pos + length > len(data):
            yield _Input(
                data[pos : pos + 20],
                f"{origin} offset {pos}",
                f"Message Length {length} at offset {pos} does not fit the {len(data) - pos} bytes left; stopping",
            )
            return
        yield _Input(data[pos : pos + length], f"{origin} message {n} (offset {pos})")
        pos += length
        n += 1


def _looks_like_hex(data: bytes) -> bool:
    """Hex text: ASCII lines of hex digits (spaces, colons and ``#`` comments allowed)."""
    if not data or data[0] == 1:  # a binary message starts with version 1
        return False
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        return False
    return all(set(line.split("#", 1)[0]) <= _HEX for line in text.splitlines())


def _from_bytes(data: bytes, origin: str, ports: list[int]) -> Iterator[_Input]:
    if data[:4] in (
        b"\xd4\xc3\xb2\xa1",
        b"\xa1\xb2\xc3\xd4",
        b"\x4d\x3c\xb2\xa1",
        b"\xa1\xb2\x3c\x4d",
        b"\x0a\x0d\x0d\x0a",
    ):
        try:
            for m in read_capture(io.BytesIO(data), ports):
                label = f"packet {m.packet}, {m.source} -> {m.destination} ({m.transport}, t={m.time:.6f})"
                yield _Input(m.data, label, m.error)
        except CaptureError as e:
            yield _Input(b"", origin, f"unreadable capture: {e}")
        return
    if _looks_like_hex(data):
        yield from _from_hex_text(data.decode("ascii"), origin)
        return
    yield from _from_binary_stream(data, origin)


def _inputs(ns: argparse.Namespace) -> Iterator[_Input]:
    for i, h in enumerate(ns.hex, 1):
        yield from _from_hex_text(h, f"argument {i}")
    for path in ns.file:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            yield _Input(b"", path, str(e))
            continue
        yield from _from_bytes(data, path, ns.port)
    if not ns.hex and not ns.file:
        yield from _from_bytes(sys.stdin.buffer.read(), "standard input", ns.port)


def _describe(e: DecodeError) -> str:
    where = f" at byte {e.offset}" if e.offset is not None else ""
    avp = f", AVP {e.avp.code}" if e.avp is not None else ""
    return f"{e.message}{where}{avp}: {_classify(e.result_code)}"


def _decode(ns: argparse.Namespace) -> int:
    from . import apps
    from .lenient import decode_lenient
    from .text import format_message

    if ns.json:
        from .data import message_to_dict

    apps.load_all()
    if ns.dict:
        from .dictc import DictError, load

        for path in ns.dict:  # each after the bundled ones and the files before it (@inherits)
            try:
                load(path)
            except (DictError, OSError, SyntaxError) as e:
                print(f"--dict {path}: {e}", file=sys.stderr)
                return 2
    conv = Converter(strict=not ns.lenient)
    status = 0
    out: list[object] = []
    for item in _inputs(ns):
        if item.error is not None:
            print(f"{item.label}: {item.error}", file=sys.stderr)
            status = 1
            continue
        errors: tuple[DecodeError, ...] = ()
        leftovers: tuple[tuple[str, Avp], ...] = ()
        try:
            if ns.lenient:
                got = decode_lenient(item.data, conv)
                msg, errors, leftovers = got.message, got.errors, got.leftovers
            else:
                msg = conv.decode(item.data)
        except DecodeError as e:
            print(f"{item.label}: {_describe(e)}", file=sys.stderr)
            status = 1
            continue
        for err in errors:  # lenient: what a strict receiver would refuse, kept
            print(f"{item.label}: kept despite: {_describe(err)}", file=sys.stderr)
        if ns.json:
            entry = {"source": item.label, **message_to_dict(msg)}
            if ns.lenient:
                entry["decode_errors"] = [{"error": x.message, "result_code": x.result_code} for x in errors]
                entry["kept_aside"] = [
                    {"where": w, "code": a.code, "vendor": a.vendor, "flags": a.flags, "data": a.data.hex()}
                    for w, a in leftovers
                ]
            out.append(entry)
        else:
            print(f"# {item.label}")
            print(format_message(msg))
            for where, a in leftovers:
                print(
                    f"# kept aside from {where}: AVP {a.code} (vendor {a.vendor}, flags {a.flags:#04x}): {a.data.hex()}"
                )
            print()
    if ns.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
    return status


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="diameter", description="A typed Diameter stack.")
    sub = ap.add_subparsers(dest="subcommand", required=True)
    d = sub.add_parser("decode", help="decode messages (hex, raw binary, pcap/pcapng)")
    d.add_argument("hex", nargs="*", help="messages as hex")
    d.add_argument(
        "-f",
        "--file",
        action="append",
        default=[],
        help="a pcap/pcapng capture, raw binary messages, or hex text (repeatable)",
    )
    d.add_argument(
        "-p",
        "--port",
        action="append",
        type=int,
        default=[],
        help="another TCP/SCTP port carrying Diameter, besides 3868 (repeatable)",
    )
    d.add_argument("--json", action="store_true", help="print JSON instead of a tree")
    d.add_argument(
        "--lenient",
        action="store_true",
        help="decode what breaks the CCF too (an AVP another release put where this one does not, "
        "unknown AVPs with the M bit, ...): each departure reported, the AVPs that do not fit "
        "kept aside (see diameter.lenient)",
    )
    d.add_argument(
        "--dict",
        action="append",
        default=[],
        metavar="FILE.dia",
        help="a dictionary of your own, compiled and loaded after the bundled ones (repeatable; "
        "a later file may @inherits diameter.apps.loaded.NAME of an earlier one)",
    )
    sub.add_parser("demo", help="run the demo")
    sv = sub.add_parser("serve", help="run a node from its configuration file (TOML)")
    sv.add_argument("config", help="the node's configuration file (see diameter.config)")
    sv.add_argument("--trace", metavar="FILE.pcapng", help="write every message sent and received to a pcapng file")
    sv.add_argument("--check", action="store_true", help="check the configuration file, load what it names, and exit")
    sv.add_argument(
        "--metrics", metavar="HOST:PORT", help="answer Prometheus's scrapes there (needs prometheus_client)"
    )
    se = sub.add_parser("send", help="send one request to a peer and print its answer")
    se.add_argument("uri", help="the peer, as a DiameterURI: aaa://host[:port][;transport=tcp|sctp]")
    what = se.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--json", metavar="FILE", help="the request as JSON (diameter.data's format; - for standard input)"
    )
    what.add_argument("--command", help="the request's command name (or module:Class), with --avp options")
    se.add_argument(
        "--avp", action="append", default=[], metavar="NAME=VALUE", help="an AVP of the request (repeatable)"
    )
    se.add_argument("--config", help="take the node's identity and dictionaries from this configuration file")
    se.add_argument("--origin-host", default="client.localdomain", help="this node's Origin-Host (client.localdomain)")
    se.add_argument("--origin-realm", default="localdomain", help="this node's Origin-Realm (localdomain)")
    se.add_argument(
        "--vendor-id", type=int, help="advertise the request's application as vendor-specific, of this vendor"
    )
    se.add_argument(
        "--timeout", type=float, default=10.0, help="seconds to wait for the connection and the answer (10)"
    )
    se.add_argument("--json-out", action="store_true", help="print the answer as JSON")
    se.add_argument("--trace", metavar="FILE.pcapng", help="write every message sent and received to a pcapng file")
    se.add_argument(
        "--dict", action="append", default=[], metavar="FILE.dia", help="a dictionary of your own to load (repeatable)"
    )
    _tls_options(se)
    be = sub.add_parser("bench", help="load a peer with one kind of request and measure throughput and latency")
    be.add_argument("uri", help="the peer, as a DiameterURI: aaa://host[:port][;transport=tcp|sctp]")
    what = be.add_mutually_exclusive_group(required=True)
    what.add_argument("--json", metavar="FILE", help="the request template as JSON ({n}: request number, {rand})")
    what.add_argument("--command", help="the request's command name (or module:Class), with --avp options")
    be.add_argument("--avp", action="append", default=[], metavar="NAME=VALUE", help="an AVP of the template")
    load = be.add_mutually_exclusive_group()
    load.add_argument("--concurrency", type=int, default=10, help="requests kept in flight (10)")
    load.add_argument("--rate", type=float, help="requests sent a second, whatever the answers do")
    be.add_argument("--duration", type=float, help="seconds to send for (10, unless --count is given)")
    be.add_argument("--count", type=int, help="requests to send")
    be.add_argument("--warmup", type=float, default=0.0, help="seconds of load before the counted ones (0)")
    be.add_argument("--max-outstanding", type=int, default=10_000, help="with --rate: requests waiting at most")
    be.add_argument("--config", help="take the node's identity and dictionaries from this configuration file")
    be.add_argument("--origin-host", default="client.localdomain", help="this node's Origin-Host")
    be.add_argument("--origin-realm", default="localdomain", help="this node's Origin-Realm")
    be.add_argument("--vendor-id", type=int, help="advertise the request's application as vendor-specific")
    be.add_argument("--timeout", type=float, default=10.0, help="seconds a request waits for its answer (10)")
    be.add_argument("--json-out", action="store_true", help="print the results as JSON")
    be.add_argument("--plot", metavar="FILE.png", help="plot the latencies to an image (needs matplotlib)")
    be.add_argument("--trace", metavar="FILE.pcapng", help="write every message sent and received to a pcapng file")
    be.add_argument("--quiet", action="store_true", help="no progress line")
    be.add_argument("--dict", action="append", default=[], metavar="FILE.dia", help="a dictionary of your own to load")
    _tls_options(be)
    ro = sub.add_parser("route", help="which entry of a configuration's routing table a request takes, and why")
    ro.add_argument("--explain", action="store_true", help="say why (the only mode)")
    ro.add_argument("config", help="the node's configuration file")
    ro.add_argument("message", help="the request: hex, or a file of hex or JSON (diameter.data's format)")
    ro.add_argument(
        "--up",
        action="append",
        metavar="HOST",
        help="a connected peer (repeatable; default: every server of the table and every configured peer)",
    )
    ns = ap.parse_args(argv)
    try:
        if ns.subcommand == "decode":
            status = _decode(ns)
        elif ns.subcommand == "serve":
            status = _serve(ns)
        elif ns.subcommand in ("send", "bench"):
            status = _send(ns)
        elif ns.subcommand == "route":
            status = _route(ns)
        else:
            from .demo import main as demo

            status = demo()
        sys.stdout.flush()  # here, so that a closed pipe is met inside the try
    except BrokenPipeError:
        _drop_stdout()
        return EXIT_BROKEN_PIPE
    return status


def _route(ns: argparse.Namespace) -> int:
    from .config import ConfigError, load
    from .data import DataError, message_from_dict
    from .routing import RouteTable

    try:
        config = load(ns.config)
        config.load_dictionaries()
    except ConfigError as e:
        print(f"diameter route: {e}", file=sys.stderr)
        return 2
    try:
        is_file = Path(ns.message).is_file()
    except OSError:  # (hex longer than a file name may be)
        is_file = False
    try:
        text = Path(ns.message).read_text(encoding="utf-8") if is_file else ns.message
    except OSError as e:
        print(f"diameter route: {ns.message}: {e}", file=sys.stderr)
        return 2
    try:
        if text.lstrip().startswith("{"):
            message = message_from_dict(json.loads(text))
        else:
            from .converter import decode

            message = decode(bytes.fromhex("".join(text.split()).replace(":", "")))
    except (DataError, DecodeError, ValueError) as e:
        print(f"diameter route: the message: {e}", file=sys.stderr)
        return 2
    table = config.routing() or RouteTable(())
    up = (
        ns.up
        if ns.up is not None
        else [s.host for r in config.routes for s in r.servers] + [p.host for p in config.peers]
    )
    for line in table.explain(message, up):
        print(line)
    return 0


def _tls_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cert", metavar="FILE", help="for aaas:// (TLS): this node's certificate (PEM)")
    p.add_argument("--key", metavar="FILE", help="for aaas://: its private key (PEM)")
    p.add_argument("--ca", metavar="FILE", help="for aaas://: the CA the peer's certificate must chain to")


def _tls_context(ns: argparse.Namespace) -> Any:
    """The client TLS context of --cert, --key and --ca (None without them)."""
    import ssl

    if ns.cert is None and ns.ca is None:
        return None
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ns.ca)
    if ns.cert is not None:
        ctx.load_cert_chain(ns.cert, ns.key)
    return ctx


def _serve(ns: argparse.Namespace) -> int:
    import asyncio

    from .config import ConfigError, load
    from .serve import serve

    try:
        if ns.check:
            config = load(ns.config)
            config.load_dictionaries()
            config.resolve_handlers()
            print(f"{ns.config}: ok")
            return 0
        if ns.metrics is not None:
            from .serve import parse_endpoint

            try:
                parse_endpoint(ns.metrics)
                import prometheus_client  # noqa: F401
            except ValueError as e:
                print(f"diameter serve: --metrics: {e}", file=sys.stderr)
                return 2
            except ImportError:
                print(
                    "diameter serve: --metrics needs prometheus_client (pip install 'diameter-typed[metrics]')",
                    file=sys.stderr,
                )
                return 2
        return asyncio.run(serve(ns.config, trace=ns.trace, metrics=ns.metrics))
    except ConfigError as e:
        print(f"diameter serve: {e}", file=sys.stderr)
        return 2


def _send(ns: argparse.Namespace) -> int:
    """``diameter send`` and ``diameter bench``: the request, then the one or the other."""
    import asyncio

    from .config import ConfigError, load
    from .send import send

    try:
        config = load(ns.config) if ns.config else None
    except ConfigError as e:
        print(f"diameter {ns.subcommand}: {e}", file=sys.stderr)
        return 2
    if ns.dict:
        from .dictc import DictError
        from .dictc import load as load_dia

        for path in ns.dict:
            try:
                load_dia(path)
            except (OSError, DictError) as e:
                print(f"diameter {ns.subcommand}: {path}: {e}", file=sys.stderr)
                return 2
    if (ns.cert is None) != (ns.key is None):
        print(f"diameter {ns.subcommand}: --cert and --key go together", file=sys.stderr)
        return 2
    try:
        tls = _tls_context(ns)
    except (OSError, ValueError) as e:
        print(f"diameter {ns.subcommand}: TLS credentials: {e}", file=sys.stderr)
        return 2
    request = None
    if ns.json is not None:
        try:
            text = sys.stdin.read() if ns.json == "-" else Path(ns.json).read_text(encoding="utf-8")
            request = json.loads(text)
        except (OSError, json.JSONDecodeError) as e:
            print(f"diameter {ns.subcommand}: {ns.json}: {e}", file=sys.stderr)
            return 2
        if not isinstance(request, dict):
            print(f"diameter {ns.subcommand}: {ns.json}: expected a JSON object", file=sys.stderr)
            return 2
    common: dict[str, Any] = dict(
        uri=ns.uri,
        request=request,
        command=ns.command,
        avps=ns.avp,
        config=config,
        origin_host=ns.origin_host,
        origin_realm=ns.origin_realm,
        vendor_id=ns.vendor_id,
        timeout=ns.timeout,
        json_out=ns.json_out,
        trace=ns.trace,
        tls=tls,
    )
    if ns.subcommand == "bench":
        from .bench import bench

        for name, value in (("--concurrency", ns.concurrency), ("--count", ns.count)):
            if value is not None and value < 1:
                print(f"diameter bench: {name} must be at least 1", file=sys.stderr)
                return 2
        if ns.warmup < 0:
            print("diameter bench: --warmup must not be negative", file=sys.stderr)
            return 2
        for name, fvalue in (("--rate", ns.rate), ("--duration", ns.duration), ("--timeout", ns.timeout)):
            if fvalue is not None and not fvalue > 0:
                print(f"diameter bench: {name} must be above 0", file=sys.stderr)
                return 2
        return asyncio.run(
            bench(
                **common,
                concurrency=ns.concurrency,
                rate=ns.rate,
                duration=ns.duration if ns.duration is not None else None if ns.count is not None else 10.0,
                count=ns.count,
                max_outstanding=ns.max_outstanding,
                plot_path=ns.plot,
                progress=not ns.quiet,
                warmup=ns.warmup,
            )
        )
    return asyncio.run(send(**common))


def _drop_stdout() -> None:
    """Point standard output at the null device: what is still buffered for the closed pipe
    goes there when the interpreter flushes it at exit, instead of failing again (the recipe
    of the Python documentation, "Note on SIGPIPE")."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)
    except (OSError, ValueError):  # a standard output without a file descriptor (replaced, closed)
        pass


if __name__ == "__main__":
    sys.exit(main())
