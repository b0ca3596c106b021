"""``diameter bench URI``: load a Diameter server with one kind of request and measure it.

The request is a template, given as for ``diameter send`` (``--command`` and ``--avp``
options, or ``--json``). Each request gets a new Session-Id (unless the template sets one),
and in the template's strings ``{n}`` becomes the request's number (from 0) and ``{rand}`` a
random number below 2**31; a field that is all placeholder (``"{n}"``) of a numeric AVP
becomes that number. Load: ``--concurrency N`` keeps N requests in flight (each sent when
another is answered, as freeDiameter's test_app benchmark does), or ``--rate R`` sends R
requests a second whatever the answers do (at most ``--max-outstanding`` waiting); after
``--warmup`` seconds that are not counted (the line ``measuring`` on standard error marks their
end), for ``--duration`` seconds or ``--count`` requests. A progress line is written to standard error
each second; at the end, the answers by Result-Code, the errors (timeouts, peer errors),
throughput and latency (min, mean, p50, p90, p99, p99.9, max) as a table or JSON (``--json-out``), and
with ``--plot FILE.png`` the latency of every answer over time and their distribution (needs
matplotlib: ``pip install 'diameter-typed[plot]'``).

Exit status: 0 when every request was answered 2xxx, 1 when some were not, 6 when the peer
could not be reached, 2 for a template that does not build.
"""

from __future__ import annotations

import asyncio
import json
import math
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from .config import NodeConfig

__all__ = ["BenchResult", "bench", "percentile", "Template"]

_PLACEHOLDER = re.compile(r"\{(n|rand)\}")


def percentile(sorted_values: Sequence[float], p: float) -> float:
    """The ``p``-th percentile (0..100) of sorted values, nearest rank (0.0 for none)."""
    if not sorted_values:
        return 0.0
    k = max(0, math.ceil(p / 100 * len(sorted_values)) - 1)
    return sorted_values[min(k, len(sorted_values) - 1)]


class Template:
    """Requests of class ``cls`` from ``fields`` (as :func:`diameter.data.from_dict` takes them),
    the placeholders filled for each."""

    def __init__(self, cls: type, fields: dict[str, Any]) -> None:
        from .data import from_dict
        from .schema import fields_of

        self.cls = cls
        self.fields = fields
        self.variable = _has_placeholder(fields)
        self.own_session = "session_id" in fields
        self.has_session = any(s.name == "session_id" for s in fields_of(cls))
        self._from_dict = from_dict
        self._rng = random.Random()
        self._numeric = {s.name for s in fields_of(cls) if s.definition.format.struct_code is not None}

    def check(self, session_id: str, origin_host: str, origin_realm: str, destination_realm: str | None) -> None:
        """Build request 0, so that a template that does not build fails before the run."""
        from .send import known_fields

        self.defaults = known_fields(
            self.cls,
            self.fields,
            origin_host=origin_host,
            origin_realm=origin_realm,
            destination_realm=destination_realm,
        )
        self.base = self._build(0, session_id)

    def _build(self, n: int, session_id: str) -> Any:
        fields = dict(self.fields)
        if self.variable:
            fields = _fill(fields, n, self._rng)
        fields.update(self.defaults)
        if self.has_session and not self.own_session:
            fields["session_id"] = session_id
        return self._from_dict(self.cls, fields)

    def make(self, n: int, session_id: str) -> Any:
        """Request ``n``."""
        if self.variable:
            return self._build(n, session_id)
        if self.has_session and not self.own_session:
            from .schema import evolve

            return evolve(self.base, session_id=session_id)
        return self.base


def _has_placeholder(v: Any) -> bool:
    if isinstance(v, str):
        return _PLACEHOLDER.search(v) is not None
    if isinstance(v, dict):
        return any(_has_placeholder(x) for x in v.values())
    if isinstance(v, list):
        return any(_has_placeholder(x) for x in v)
    return False


def _fill(v: Any, n: int, rng: random.Random) -> Any:
    if isinstance(v, str):
        if v == "{n}":
            return n
        if v == "{rand}":
            return rng.randrange(1 << 31)
        return _PLACEHOLDER.sub(lambda m: str(n if m.group(1) == "n" else rng.randrange(1 << 31)), v)
    if isinstance(v, dict):
        return {k: _fill(x, n, rng) for k, x in v.items()}
    if isinstance(v, list):
        return [_fill(x, n, rng) for x in v]
    return v


@attrs.define
class BenchResult:
    """What a run measured."""

    sent: int = 0
    answered: int = 0
    #: answers by Result-Code (or Experimental-Result-Code; "none" for an answer with neither)
    result_codes: Counter[str] = attrs.field(factory=Counter)
    #: requests without an answer, by why ("timeout", the peer error's text, ...)
    errors: Counter[str] = attrs.field(factory=Counter)
    #: requests the rate could not send because ``max_outstanding`` were waiting
    not_sent: int = 0
    seconds: float = 0.0
    #: CPU seconds this process used over those seconds (all its threads)
    cpu_seconds: float = 0.0
    #: (seconds since the start when sent, latency in seconds) of every answer
    samples: list[tuple[float, float]] = attrs.field(factory=list)

    def summary(self) -> dict[str, Any]:
        lat = sorted(x for _, x in self.samples)
        ms = {f"p{p:g}".replace(".", "_"): percentile(lat, p) * 1e3 for p in (50, 90, 99, 99.9)}
        return {
            "sent": self.sent,
            "answered": self.answered,
            "errors": dict(self.errors),
            "not_sent": self.not_sent,
            "result_codes": dict(self.result_codes),
            "seconds": round(self.seconds, 3),
            "throughput": round(self.answered / self.seconds, 1) if self.seconds else 0.0,
            "cpu_percent": round(self.cpu_seconds / self.seconds * 100, 1) if self.seconds else 0.0,
            "latency_ms": {
                "min": round(lat[0] * 1e3, 3) if lat else 0.0,
                "mean": round(sum(lat) / len(lat) * 1e3, 3) if lat else 0.0,
                **{k: round(v, 3) for k, v in ms.items()},
                "max": round(lat[-1] * 1e3, 3) if lat else 0.0,
            },
        }


def _code(answer: Any) -> str:
    from .send import result_code

    code = result_code(answer)
    return "none" if code is None else str(code)


async def run(
    node: Any,
    template: Template,
    *,
    peer: str,
    concurrency: int = 10,
    rate: float | None = None,
    duration: float | None = 10.0,
    count: int | None = None,
    timeout: float = 10.0,
    max_outstanding: int = 10_000,
    warmup: float = 0.0,
    progress: Callable[[BenchResult, float], None] | None = None,
    measuring: Callable[[], None] | None = None,
) -> BenchResult:
    """Load ``peer`` through ``node`` with requests of ``template``: first for ``warmup``
    seconds, counting nothing (then ``measuring`` is called), then for ``duration`` seconds or
    ``count`` requests, which are counted."""
    from .core.service import PeerError, RequestTimeout

    result = BenchResult()
    loop = asyncio.get_running_loop()
    begin = loop.time()
    start = begin + warmup  # what is sent from then on is counted
    deadline = start + duration if duration is not None else math.inf
    n_next = 0
    counted = 0

    def next_number() -> int | None:
        nonlocal n_next, counted
        now = loop.time()
        if now >= deadline or (count is not None and counted >= count):
            return None
        if now >= start:
            counted += 1
        n = n_next
        n_next += 1
        return n

    async def one(n: int) -> None:
        req = template.make(n, node.session_id())
        sent_at = loop.time()
        if sent_at < start:  # the warm-up: answered, not counted
            try:
                await node.request(req, peer=peer, timeout=timeout)
            except (RequestTimeout, PeerError):
                pass
            return
        result.sent += 1
        try:
            answer = await node.request(req, peer=peer, timeout=timeout)
        except RequestTimeout:
            result.errors["timeout"] += 1
            return
        except PeerError as e:
            result.errors[type(e).__name__ + ": " + str(e)] += 1
            return
        now = loop.time()
        result.answered += 1
        result.result_codes[_code(answer)] += 1
        result.samples.append((sent_at - start, now - sent_at))

    cpu_at_start = time.process_time()

    async def reporter() -> None:
        nonlocal cpu_at_start
        if warmup > 0:
            await asyncio.sleep(warmup)
        cpu_at_start = time.process_time()
        if measuring is not None:
            measuring()
        while True:
            await asyncio.sleep(1.0)
            if progress is not None:
                progress(result, loop.time() - start)

    report = loop.create_task(reporter())
    try:
        if rate is None:

            async def worker() -> None:
                while (n := next_number()) is not None:
                    await one(n)

            await asyncio.gather(*(worker() for _ in range(concurrency)))
        else:
            pending: set[asyncio.Task[None]] = set()
            interval = 1.0 / rate
            i = 0
            while (n := next_number()) is not None:
                due = begin + i * interval
                i += 1
                wait = due - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                if len(pending) >= max_outstanding:
                    result.not_sent += 1
                    continue
                task = loop.create_task(one(n))
                pending.add(task)
                task.add_done_callback(pending.discard)
            if pending:
                await asyncio.gather(*pending)
    finally:
        report.cancel()
        result.seconds = max(0.0, loop.time() - start)
        result.cpu_seconds = time.process_time() - cpu_at_start
    return result


def _progress_line(result: BenchResult, elapsed: float) -> None:
    lat = sorted(x for _, x in result.samples[-10_000:])
    errors = sum(result.errors.values())
    sys.stderr.write(
        f"\r[{elapsed:6.1f} s] sent {result.sent:,}  answered {result.answered:,}  errors {errors:,}  "
        f"{result.answered / elapsed if elapsed else 0:,.0f}/s  p99 {percentile(lat, 99) * 1e3:.2f} ms   "
    )
    sys.stderr.flush()


def _measuring() -> None:
    sys.stderr.write("measuring\n")  # (the warm-up is over: what a caller may time from)
    sys.stderr.flush()


def _print_table(summary: dict[str, Any]) -> None:
    print(f"sent {summary['sent']:,}, answered {summary['answered']:,} in {summary['seconds']:.2f} s")
    print(f"throughput {summary['throughput']:,.1f} answers/s")
    lat = summary["latency_ms"]
    print("latency ms: " + ", ".join(f"{k.replace('_', '.')} {v:.3f}" for k, v in lat.items()))
    for code, n in sorted(summary["result_codes"].items()):
        print(f"Result-Code {code}: {n:,}")
    for why, n in sorted(summary["errors"].items()):
        print(f"error {why}: {n:,}")
    if summary["not_sent"]:
        print(f"not sent (too many waiting): {summary['not_sent']:,}")


def plot(result: BenchResult, path: str | Path, title: str) -> None:
    """The latency of every answer over time, and their distribution, as an image (matplotlib)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (over_time, spread) = plt.subplots(1, 2, figsize=(11, 4))
    xs = [t for t, _ in result.samples]
    ys = [x * 1e3 for _, x in result.samples]
    over_time.plot(xs, ys, ",", alpha=0.6)
    over_time.set_xlabel("seconds since the start")
    over_time.set_ylabel("latency (ms)")
    over_time.set_title("latency of each answer")
    spread.hist(ys, bins=100)
    spread.set_xlabel("latency (ms)")
    spread.set_ylabel("answers")
    lat = sorted(ys)
    for p, colour in ((50, "tab:green"), (99, "tab:orange"), (99.9, "tab:red")):
        spread.axvline(percentile(lat, p), color=colour, linestyle="--", linewidth=1, label=f"p{p:g}")
    spread.legend()
    spread.set_title("distribution")
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


async def bench(
    uri: str,
    *,
    request: dict[str, Any] | None = None,
    command: str | None = None,
    avps: Sequence[str] = (),
    config: NodeConfig | None = None,
    origin_host: str = "client.localdomain",
    origin_realm: str = "localdomain",
    vendor_id: int | None = None,
    concurrency: int = 10,
    rate: float | None = None,
    duration: float | None = 10.0,
    count: int | None = None,
    timeout: float = 10.0,
    max_outstanding: int = 10_000,
    json_out: bool = False,
    plot_path: str | None = None,
    trace: str | Path | None = None,
    progress: bool = True,
    warmup: float = 0.0,
    tls: Any = None,
) -> int:
    """``diameter bench``: returns the exit status."""
    from .data import DataError
    from .send import SendError, Unreachable, client, resolve

    if plot_path is not None:
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            print("diameter bench: --plot needs matplotlib (pip install 'diameter-typed[plot]')", file=sys.stderr)
            return 2
    try:
        cls, fields = resolve(request, command, avps)
    except SendError as e:
        print(f"diameter bench: {e}", file=sys.stderr)
        return 2
    try:
        async with client(
            uri,
            cls,
            config=config,
            origin_host=origin_host,
            origin_realm=origin_realm,
            vendor_id=vendor_id,
            timeout=timeout,
            trace=trace,
            tls=tls,
        ) as (node, host, realm):
            template = Template(cls, fields)
            try:
                template.check(node.session_id(), node.local.origin_host, node.local.origin_realm, realm)
            except (DataError, ValueError, TypeError) as e:
                print(f"diameter bench: the request does not build: {e}", file=sys.stderr)
                return 2
            result = await run(
                node,
                template,
                peer=host,
                concurrency=concurrency,
                rate=rate,
                duration=duration,
                count=count,
                timeout=timeout,
                max_outstanding=max_outstanding,
                warmup=warmup,
                progress=_progress_line if progress else None,
                measuring=_measuring if warmup > 0 else None,
            )
    except Unreachable as e:
        print(f"diameter bench: {e}", file=sys.stderr)
        return 6
    if progress:
        sys.stderr.write("\n")
    summary = result.summary()
    summary.update(
        peer=host,
        command=cls.__diameter__.name,  # type: ignore[attr-defined]
        load={"concurrency": concurrency} if rate is None else {"rate": rate},
    )
    if json_out:
        print(json.dumps(summary, indent=2))
    else:
        _print_table(summary)
    if plot_path is not None:
        mode = f"{concurrency} in flight" if rate is None else f"{rate:g}/s"
        plot(result, plot_path, f"{summary['command']} to {host}, {mode}: {summary['throughput']:,.0f}/s")
    ok = result.answered == result.sent and all(code.startswith("2") and len(code) == 4 for code in result.result_codes)
    return 0 if ok and result.sent else 1
