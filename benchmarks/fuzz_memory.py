"""Memory of a long-running decoder: peak RSS while decoding fuzzed messages.

The python-diameter vectors of ``tests/data/oracles`` (every interface) are mutated at random (1
to 4 bytes past the header) and decoded by one converter, which builds classes, generates
functions and learns layouts as it goes; the peak RSS is printed five times along the way. What
the converter learns is bounded (``diameter._layout``: layouts per class, lengths counted), so
after the first messages of each kind the figure should stay flat.

    python benchmarks/fuzz_memory.py [COUNT]     # default 1,000,000
"""

from __future__ import annotations

import random
import resource
import sys
import time
from pathlib import Path

import diameter.apps
from diameter import Converter, DecodeError

ORACLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "oracles"


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    diameter.apps.load_all()
    seeds = [bytes.fromhex(p.read_text()) for p in sorted(ORACLES.rglob("*.hex"))]
    conv = Converter()
    rng = random.Random(1)
    start = time.perf_counter()
    print(f"{len(seeds)} seed messages; peak RSS before decoding {peak_rss_mib():.1f} MiB")
    for i in range(1, count + 1):
        b = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(20, len(b))] = rng.randrange(256)
        try:
            conv.decode(bytes(b))
        except DecodeError:
            pass
        if i % max(1, count // 5) == 0:
            print(f"{i:>9,} decoded: peak RSS {peak_rss_mib():.1f} MiB ({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
