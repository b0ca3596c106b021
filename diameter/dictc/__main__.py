"""Command line of the dictionary compiler (see :mod:`diameter.dictc`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import DictError, compile_file, compile_folder, lint


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m diameter.dictc", description="Compile .dia dictionaries to Python.")
    ap.add_argument("source", help="a .dia file, or a folder with --all")
    ap.add_argument(
        "-o",
        "--output",
        help="output .py file, its stub written beside it as .pyi (default: the module "
        "on standard output), or folder with --all",
    )
    ap.add_argument("--stub", action="store_true", help="without -o: write the stub (.pyi) to standard output")
    ap.add_argument("--all", action="store_true", help="compile every .dia file of the folder SOURCE")
    ap.add_argument("--check", action="store_true", help="only report whether the outputs are up to date")
    ap.add_argument(
        "--lint",
        nargs="*",
        metavar="MORE",
        help="check SOURCE (and MORE files of the same @name) "
        "without writing; list the AVPs they use that none of them defines",
    )
    args = ap.parse_args(argv)
    try:
        if args.lint is not None:
            s, unresolved = lint([args.source, *args.lint])
            print(
                f"{s.name}: {len(s.avps)} AVPs, {len(s.enums)} enums, {len(s.grouped)} grouped, "
                f"{len(s.messages)} commands"
            )
            if unresolved:
                print(f"{len(unresolved)} AVPs used but not defined here: {', '.join(unresolved)}")
            return 0
        if args.all:
            if not args.output:
                ap.error("--all needs -o FOLDER")
            texts = compile_folder(args.source, args.output, write=not args.check)
            stale = [p for p, t in texts.items() if not p.exists() or p.read_text(encoding="utf-8") != t]
            if args.check and stale:
                for p in stale:
                    print(f"out of date: {p}", file=sys.stderr)
                return 1
            return 0
        emitted = compile_file(args.source)
        if args.output:
            outputs = {Path(args.output): emitted.module, Path(args.output).with_suffix(".pyi"): emitted.stub}
            if args.check:
                stale = [p for p, t in outputs.items() if not p.exists() or p.read_text(encoding="utf-8") != t]
                for p in stale:
                    print(f"out of date: {p}", file=sys.stderr)
                return 1 if stale else 0
            for p, t in outputs.items():
                p.write_text(t, encoding="utf-8")
        elif args.check:
            ap.error("--check needs -o MODULE.py")
        else:
            sys.stdout.write(emitted.stub if args.stub else emitted.module)
    except (DictError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
