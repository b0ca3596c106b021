"""Golden bytes of every bundled command class: tests/data/golden/<module>.<Class>.hex.

``python tests/golden.py`` (re)writes them from :func:`builders.full_instance`; the tests check
that encoding still gives exactly these bytes, that they decode back, and (test_tshark) that
Wireshark dissects them without complaint.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import diameter
from diameter import apps
from diameter.schema import is_command

from builders import full_instance

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"


def command_classes() -> list[tuple[str, type]]:
    """(module name, class) for every command class of the bundled dictionaries."""
    out = []
    for module in apps.load_all():
        name = module.__name__.rsplit(".", 1)[1]
        for cls in apps.members(module).values():
            if (
                isinstance(cls, type)
                and is_command(cls)
                and cls.__module__ == module.__name__
                and (name, cls) not in out
            ):
                out.append((name, cls))
    return sorted(out, key=lambda t: (t[0], t[1].__name__))


def path_of(module: str, cls: type) -> Path:
    return GOLDEN / f"{module}.{cls.__name__}.hex"


def main() -> int:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for module, cls in command_classes():
        p = path_of(module, cls)
        wanted.add(p)
        data = diameter.encode(full_instance(cls))
        p.write_text(data.hex() + "\n")
    for stale in set(GOLDEN.glob("*.hex")) - wanted:
        stale.unlink()
    print(f"{len(wanted)} golden messages in {GOLDEN}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
