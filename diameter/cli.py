"""The ``diameter`` command.

``diameter decode [HEX ...]`` decodes messages given as hex (arguments, or standard input) and
prints each as a tree, or as JSON with ``--json``. ``diameter demo`` runs the demo.
"""

from __future__ import annotations

import argparse
import json
import sys

from .converter import Converter
from .errors import DecodeError

__all__ = ["main"]


def _hex_messages(args: list[str]) -> list[str]:
    if args:
        return args
    text = sys.stdin.read()
    return [line for line in (ln.strip() for ln in text.splitlines()) if line and not line.startswith("#")]


def _decode(ns: argparse.Namespace) -> int:
    from .apps import base  # noqa: F401  (registers the base dictionary)
    from .data import message_to_dict
    from .text import format_message

    conv = Converter(strict=not ns.lenient)
    status = 0
    for i, text in enumerate(_hex_messages(ns.hex)):
        try:
            data = bytes.fromhex("".join(text.split()).removeprefix("0x"))
        except ValueError as e:
            print(f"message {i + 1}: not hex: {e}", file=sys.stderr)
            status = 1
            continue
        try:
            msg = conv.decode(data)
        except DecodeError as e:
            print(f"message {i + 1}: {e}", file=sys.stderr)
            status = 1
            continue
        if ns.json:
            print(json.dumps(message_to_dict(msg), indent=2, ensure_ascii=False, default=str))
        else:
            print(format_message(msg))
    return status


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="diameter", description="A typed Diameter stack.")
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("decode", help="decode messages given as hex")
    d.add_argument("hex", nargs="*", help="messages as hex (default: one per line on standard input)")
    d.add_argument("--json", action="store_true", help="print JSON instead of a tree")
    d.add_argument("--lenient", action="store_true", help="accept unknown AVPs with the M bit")
    sub.add_parser("demo", help="run the demo")
    ns = ap.parse_args(argv)
    if ns.command == "decode":
        return _decode(ns)
    from .demo import main as demo

    return demo()


if __name__ == "__main__":
    sys.exit(main())
