"""The dictionary compiler: ``.dia`` sources (RFC 6733 CCF) to typed Python modules.

``python -m diameter.dictc SOURCE.dia -o MODULE.py`` compiles one file;
``python -m diameter.dictc --all schemas/ diameter/apps/`` regenerates every file of a folder
in dependency order; ``--check`` reports differences instead of writing.
"""

from __future__ import annotations

import graphlib
from pathlib import Path

from .emit import class_name, const_name, emit, module_for
from .parser import DictError, Schema, parse, parse_file

__all__ = ["DictError", "Schema", "parse", "parse_file", "emit", "compile_file", "compile_folder", "class_name",
           "const_name", "module_for"]


def compile_file(source: str | Path, *, source_name: str | None = None) -> str:
    """The module text for one ``.dia`` file."""
    s = parse_file(source)
    return emit(s, source_name or Path(source).as_posix())


def _ordered(folder: Path) -> list[tuple[Path, Schema]]:
    schemas = {p: parse_file(p) for p in sorted(folder.glob("*.dia"))}
    by_name = {s.name: p for p, s in schemas.items()}
    graph = graphlib.TopologicalSorter[Path]()
    for p, s in schemas.items():
        graph.add(p, *(by_name[n] for n, _ in s.inherits if n in by_name))
    return [(p, schemas[p]) for p in graph.static_order()]


def compile_folder(source_dir: str | Path, out_dir: str | Path, *, write: bool = True) -> dict[Path, str]:
    """Compile every ``.dia`` file of ``source_dir`` into ``out_dir/<name>.py``, dependencies
    first (each is written before the files that inherit from it are compiled, since the
    compiler imports inherited modules). Returns {output path: text}."""
    src = Path(source_dir)
    out = Path(out_dir)
    result: dict[Path, str] = {}
    for p, s in _ordered(src):
        name = f"{p.resolve().parent.name}/{p.name}"
        text = emit(s, name)
        target = out / f"{s.name}.py"
        result[target] = text
        if write and (not target.exists() or target.read_text(encoding="utf-8") != text):
            target.write_text(text, encoding="utf-8")
    return result
