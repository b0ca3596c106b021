"""The dictionary compiler: ``.dia`` sources (RFC 6733 CCF) to typed Python modules.

``python -m diameter.dictc SOURCE.dia -o MODULE.py`` compiles one file (into ``MODULE.py``, which
builds its classes on first use, and its stub ``MODULE.pyi`` for type checkers);
``python -m diameter.dictc --all schemas/ diameter/apps/`` regenerates every file of a folder
in dependency order; ``--check`` reports differences instead of writing.
"""

from __future__ import annotations

import graphlib
import importlib
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from .emit import Emitted, class_name, const_name, emit, module_for
from .parser import DictError, Schema, merge, parse, parse_file

__all__ = [
    "DictError",
    "Emitted",
    "Schema",
    "parse",
    "parse_file",
    "merge",
    "emit",
    "load",
    "lint",
    "compile_file",
    "compile_folder",
    "module_path",
    "class_name",
    "const_name",
    "module_for",
]


def load(source: str | Path, *, module_name: str | None = None) -> ModuleType:
    """Compile a ``.dia`` file and import the result at run time, teaching the decoder its
    AVPs and commands. The module is registered in ``sys.modules`` under ``module_name``
    (default ``diameter.apps.loaded.<@name>``) so that other loaded files can ``@inherits``
    it by that name."""
    s = parse_file(source)
    text = emit(s, Path(source).as_posix()).module
    name = module_name or f"diameter.apps.loaded.{s.name}"
    module = ModuleType(name)
    module.__file__ = f"<compiled from {Path(source).as_posix()}>"
    sys.modules[name] = module
    try:
        exec(compile(text, module.__file__, "exec"), module.__dict__)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def lint(paths: list[str | Path]) -> tuple[Schema, list[str]]:
    """Parse and merge ``paths`` (files of one ``@name``) and emit them, returning the merged
    schema and the AVP names they use that none of them (nor what they inherit) defines."""
    s = merge([parse_file(p) for p in paths])
    unresolved: list[str] = []
    emit(s, "lint", unresolved=unresolved)
    return s, sorted(set(unresolved))


def compile_file(source: str | Path, *, source_name: str | None = None) -> Emitted:
    """The module and stub texts for one ``.dia`` file."""
    s = parse_file(source)
    return emit(s, source_name or Path(source).as_posix())


def _ordered(folder: Path) -> list[tuple[list[Path], Schema]]:
    """The folder's schemas, files sharing a @name merged, each after those it inherits."""
    files: dict[str, list[tuple[Path, Schema]]] = {}
    for p in sorted(folder.rglob("*.dia")):
        s = parse_file(p)
        files.setdefault(s.name, []).append((p, s))
    merged = {name: merge([s for _, s in group]) for name, group in files.items()}
    graph = graphlib.TopologicalSorter[str]()
    for name, s in merged.items():
        graph.add(name, *(n for n, _ in s.inherits if n in merged and n != name))
    return [([p for p, _ in files[name]], merged[name]) for name in graph.static_order()]


def module_path(out_dir: str | Path, name: str, names: Iterable[str]) -> Path:
    """Where the module of ``@name`` ``name`` goes under ``out_dir``: ``a.b`` is ``a/b.py``, and
    a name that others extend (``tgpp`` of ``tgpp.gx``) is the package ``tgpp/__init__.py``."""
    parts = name.split(".")
    if any(n.startswith(f"{name}.") for n in names):
        return Path(out_dir, *parts, "__init__.py")
    return Path(out_dir, *parts[:-1], f"{parts[-1]}.py")


def compile_folder(source_dir: str | Path, out_dir: str | Path, *, write: bool = True) -> dict[Path, str]:
    """Compile every ``.dia`` file under ``source_dir`` (subfolders too) into its module under
    ``out_dir`` (:func:`module_path`) and its stub beside it (``.pyi``), dependencies first (each
    is written before the files that inherit from it are compiled, since the compiler imports
    inherited modules). Returns {output path: text}, for modules and stubs."""
    src = Path(source_dir)
    out = Path(out_dir)
    result: dict[Path, str] = {}
    ordered = _ordered(src)
    names = [s.name for _, s in ordered]
    for paths, s in ordered:
        name = ", ".join(p.resolve().relative_to(src.resolve().parent).as_posix() for p in paths)
        emitted = emit(s, name)
        target = module_path(out, s.name, names)
        for path, text in ((target, emitted.module), (target.with_suffix(".pyi"), emitted.stub)):
            result[path] = text
            if write and (not path.exists() or path.read_text(encoding="utf-8") != text):
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                importlib.invalidate_caches()
    return result
