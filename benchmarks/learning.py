"""What learning a layout costs one message (diameter/_layout.py), with the bound and without it.

Every command class of every dictionary, filled with every field at every level (the largest
message of its kind) and filled less deep, is decoded until its layout is learned; each learning
walk (walk, generate, compile) is timed, with the garbage collector off. The same run is made twice: with MAX_LAYOUT_AVPS (a
larger message is not learned) and without a bound, for comparison.

    python benchmarks/learning.py
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import diameter  # noqa: E402
from diameter import _layout  # noqa: E402
from diameter.apps import load_all  # noqa: E402
from diameter.converter import Converter  # noqa: E402
from diameter.registry import DEFAULT  # noqa: E402

from builders import full_instance  # noqa: E402


def messages() -> list[tuple[type, bytes]]:
    out = []
    for cls in sorted(
        set(DEFAULT.commands.values()) | set(DEFAULT.any_application.values()),
        key=lambda c: (c.__module__, c.__qualname__),
    ):
        for start in (0, 2, 3):  # every field down to depth 4 - start
            try:
                out.append((cls, diameter.encode(full_instance(cls, start))))
            except Exception:  # noqa: BLE001 (a class the generic filler cannot fill)
                break
    return out


def run(msgs: list[tuple[type, bytes]], bound: int) -> list[tuple[float, str, int, bool]]:
    _layout.MAX_LAYOUT_AVPS = bound
    walks: list[tuple[float, str, int, bool]] = []
    learn = _layout.Layouts.learn

    def timed(self: Any, b: bytes, pos: int, end: int) -> Any:
        t0 = time.perf_counter()
        fn = learn(self, b, pos, end)
        walks.append((time.perf_counter() - t0, self.cls.__name__, end - pos, fn is not None))
        return fn

    _layout.Layouts.learn = timed  # type: ignore[method-assign]
    gc.collect()
    gc.disable()  # a collection would be charged to the walk it falls in
    try:
        for cls, wire in msgs:
            conv = Converter()
            conv.decoder(cls)
            for _ in range(_layout.LEARN_AFTER + 1):
                conv.decode_as(cls, wire)
    finally:
        gc.enable()
        _layout.Layouts.learn = learn  # type: ignore[method-assign]
    return walks


def main() -> None:
    load_all()
    msgs = messages()
    bound = _layout.MAX_LAYOUT_AVPS
    print(
        f"{len(msgs)} messages of {len({c for c, _ in msgs})} command classes, "
        f"{min(len(w) for _, w in msgs)} to {max(len(w) for _, w in msgs)} bytes"
    )
    print(f"{'bound':>12} {'walks':>6} {'learned':>8} {'median ms':>10} {'worst ms':>9}  worst: class, bytes walked")
    for label, b in ((f"{bound} AVPs", bound), ("none", 1 << 30)):
        walks = run(msgs, b)
        worst = max(walks)
        print(
            f"{label:>12} {len(walks):6d} {sum(1 for w in walks if w[3]):8d} "
            f"{statistics.median(w[0] for w in walks) * 1e3:10.2f} {worst[0] * 1e3:9.2f}  "
            f"{worst[1]}, {worst[2]}"
        )
    _layout.MAX_LAYOUT_AVPS = bound


if __name__ == "__main__":
    main()
