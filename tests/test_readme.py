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
    out, err, status = api.run(
        [
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "c"),
            "--config-file",
            str(ROOT / "mypy.ini"),
            str(f),
        ]
    )
    assert status == 0, out + err


def test_the_dictionary_table_lists_exactly_the_bundled_modules() -> None:
    from diameter import apps
    from diameter.schema import command_info, is_command

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Dictionaries") : text.index("## Performance")]
    rows = {
        m.group(1): m.group(2) for m in re.finditer(r"^\| `([a-z_0-9.]+)` \| [^|]* \|\s*([^|]*?)\s*\|$", section, re.M)
    }
    assert sorted(rows) == sorted(apps.BUNDLED)
    # each interface module's row names its commands' short names, and only those
    for name in apps.BUNDLED:
        if not name.startswith("tgpp."):
            continue
        module = __import__(f"diameter.apps.{name}", fromlist=["x"])
        aliases = {
            command_info(c).alias
            for c in apps.members(module).values()
            if isinstance(c, type) and is_command(c) and c.__module__ == module.__name__
        }
        assert set(re.findall(r"\b([A-Z]{3})\b", rows[name])) == aliases, name
