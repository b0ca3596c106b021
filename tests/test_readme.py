"""The README's Python examples run and type-check as written."""

from __future__ import annotations

import re
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parent.parent


def _blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_readme_examples_run(capsys: object) -> None:
    blocks = _blocks()
    assert len(blocks) >= 3
    namespace: dict[str, object] = {"__name__": "readme_example"}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)


def test_readme_examples_type_check(tmp_path: Path) -> None:
    f = tmp_path / "readme_example.py"
    f.write_text("\n".join(_blocks()))
    out, err, status = api.run(["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "c"),
                                "--config-file", str(ROOT / "mypy.ini"), str(f)])
    assert status == 0, out + err
