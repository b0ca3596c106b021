"""A Diameter Routing Agent in front of our servers: freeDiameterd relaying Credit-Control
requests to N of our server nodes, each in a process of its own (tests/test_scaleout.py,
benchmarks/scaleout.py).

Who connects to whom: each server listens on a loopback port of its own, and freeDiameterd,
started after them, connects to every one of them (a ``ConnectPeer`` entry per server, so that
it keeps them as configured peers: freeDiameter never expires those, and reconnects to them
after Tc); the clients connect to freeDiameterd (its acl_wl extension admits them). Routing:
freeDiameter's own scores (a peer of the request's Destination-Realm, and far more for its
Destination-Host) and its rt_load_balance extension (a penalty growing with the log of each
peer's unanswered requests). TLS is off (SecPort = 0, No_TLS), SCTP too.

Run as a script, this module is one server: ``python tests/dra.py IDENTITY LOG [--port P]
[--delay S] [--no-requests]``. It answers every CCR (application 4) with DIAMETER_SUCCESS and
its own Origin-Host, after ``--delay`` seconds, accepting the DRA only; it appends to the file
LOG, a line at a time, ``listening PORT``, ``open PEER`` / ``closed PEER`` as its peers come and
go, and one ``ccr`` line per request received (unless ``--no-requests``), which
:meth:`ServerProcess.received` reads back, also after the process was killed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import NamedTuple

EXT = Path("/usr/lib/freeDiameter")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

DRA_HOST = "dra.example.com"
REALM = "example.com"  # the DRA's and the servers'
CLIENT_HOST = "pgw.example.net"
CLIENT_REALM = "example.net"
CC_APP = 4


def server_host(i: int) -> str:
    return f"server{i}.example.com"


def unavailable() -> str | None:
    """Why the deployment cannot run here, or None."""
    if shutil.which("freeDiameterd") is None:
        return "freeDiameterd not installed (Debian: apt-get install freediameterd freediameter-extensions)"
    for ext in ("acl_wl", "rt_load_balance"):
        if not (EXT / f"{ext}.fdx").exists():
            return f"{EXT / ext}.fdx missing (Debian: apt-get install freediameter-extensions)"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Received(NamedTuple):
    """One request as a server received it."""

    session_id: str
    request_type: int
    request_number: int
    retransmit: bool  # the T flag
    destination_host: str | None


class ServerProcess:
    """One of our server nodes in a process of its own (this module run as a script)."""

    def __init__(self, workdir: Path, identity: str, *, delay: float = 0.0, record: bool = True, port: int = 0) -> None:
        self.identity = identity
        workdir.mkdir(parents=True, exist_ok=True)
        self.log = workdir / f"{identity}.log"
        self.err = workdir / f"{identity}.err"
        self.log.write_text("")
        args = [
            sys.executable,
            str(Path(__file__).resolve()),
            identity,
            str(self.log),
            "--delay",
            str(delay),
            "--port",
            str(port),
        ]
        if not record:
            args.append("--no-requests")
        with self.err.open("w") as err:
            self.proc = subprocess.Popen(args, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=err, stderr=err)
        self.port = 0

    @property
    def pid(self) -> int:
        return self.proc.pid

    def lines(self) -> list[str]:
        return self.log.read_text().splitlines()

    def wait_listening(self, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.lines():
                if line.startswith("listening "):
                    self.port = int(line.split()[1])
                    return self.port
            if self.proc.poll() is not None:
                break
            time.sleep(0.02)
        raise self.failed("not listening")

    def is_open(self, peer: str = DRA_HOST) -> bool:
        state = [line.split()[0] for line in self.lines() if line.split()[1:2] == [peer]]
        return bool(state) and state[-1] == "open"

    def received(self) -> list[Received]:
        out = []
        for line in self.lines():
            f = line.split()
            if f[0] == "ccr" and len(f) == 6:  # a line cut by a kill has fewer fields
                out.append(Received(f[1], int(f[2]), int(f[3]), f[4] == "1", None if f[5] == "-" else f[5]))
        return out

    def failed(self, why: str) -> RuntimeError:
        return RuntimeError(
            f"server {self.identity} (pid {self.pid}, exit status {self.proc.poll()}): {why}; "
            f"stderr: {self.err.read_text()[-2000:]}"
        )

    def kill(self) -> None:
        """SIGKILL: the process ends at once; the kernel closes its connections."""
        if self.proc.poll() is None:
            os.kill(self.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        """SIGTERM (the node closes, DPR to its peers), SIGKILL after 10 s."""
        if self.proc.poll() is None:
            os.kill(self.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


def dra_conf(
    workdir: Path, port: int, servers: Sequence[tuple[str, int]], *, load_balance: bool = True, extra: str = ""
) -> str:
    """freeDiameterd's configuration as the DRA: ``servers`` are (identity, port) on 127.0.0.1."""
    acl = workdir / "acl.conf"
    acl.write_text(f"ALLOW_IPSEC *.{CLIENT_REALM}\n")  # the clients may connect, without TLS
    peers = "".join(
        f'ConnectPeer = "{host}" {{ ConnectTo = "127.0.0.1"; Port = {p}; No_TLS; }};\n' for host, p in servers
    )
    balance = f'LoadExtension = "{EXT}/rt_load_balance.fdx";\n' if load_balance else ""
    return (
        f'Identity = "{DRA_HOST}";\nRealm = "{REALM}";\n'
        f'Port = {port};\nSecPort = 0;\nNo_SCTP;\nListenOn = "127.0.0.1";\n'
        f"TcTimer = 2;\nTwTimer = 30;\n"
        f'LoadExtension = "{EXT}/acl_wl.fdx" : "{acl}";\n'
        f"{balance}{extra}{peers}"
    )


class Dra:
    """freeDiameterd as the DRA, started and stopped by its PID."""

    def __init__(
        self, workdir: Path, servers: Sequence[tuple[str, int]], *, load_balance: bool = True, extra: str = ""
    ) -> None:
        self.port = free_port()
        self.conf = workdir / "dra.conf"
        self.conf.write_text(dra_conf(workdir, self.port, servers, load_balance=load_balance, extra=extra))
        self.log = workdir / "dra.log"
        with self.log.open("w") as out:
            self.proc = subprocess.Popen(
                ["freeDiameterd", "-c", str(self.conf)], stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise self.failed("exited")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise self.failed("not listening within 15 s")

    @property
    def pid(self) -> int:
        return self.proc.pid

    def failed(self, why: str) -> RuntimeError:
        return RuntimeError(
            f"freeDiameterd (pid {self.pid}, exit status {self.proc.poll()}): {why}; "
            f"last lines of {self.log}:\n{self.log.read_text(errors='replace')[-2000:]}"
        )

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.pid, signal.SIGTERM)  # DPR to its peers, then it exits
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.kill(self.pid, signal.SIGKILL)
                self.proc.wait(5)


class Deployment(NamedTuple):
    dra: Dra
    servers: list[ServerProcess]


@contextmanager
def deployment(
    workdir: Path,
    n: int = 2,
    *,
    delays: Sequence[float] = (),
    load_balance: bool = True,
    record: bool = True,
    extra: str = "",
    timeout: float = 30.0,
) -> Iterator[Deployment]:
    """``n`` servers (``server1.example.com`` ...; server i answers after ``delays[i - 1]``
    seconds, default 0), then the DRA connected to every one of them; on leaving, the DRA and
    every server still running are stopped, each by its PID."""
    with ExitStack() as stack:
        servers = []
        for i in range(1, n + 1):
            s = ServerProcess(workdir, server_host(i), delay=delays[i - 1] if i <= len(delays) else 0.0, record=record)
            stack.callback(s.stop)
            servers.append(s)
        for s in servers:  # started together: the interpreters start up in parallel
            s.wait_listening(timeout)
        dra = Dra(workdir, [(s.identity, s.port) for s in servers], load_balance=load_balance, extra=extra)
        stack.callback(dra.stop)
        deadline = time.monotonic() + 15
        while not all(s.is_open() for s in servers):
            if time.monotonic() > deadline:
                raise dra.failed(f"not open with {[s.identity for s in servers if not s.is_open()]} within 15 s")
            time.sleep(0.02)
        yield Deployment(dra, servers)
        # leaving: the DRA first (its DPRs close the servers' connections), then the servers


# -- the server process ---------------------------------------------------------------------------


async def serve(identity: str, log_path: str, port: int, delay: float, record: bool) -> None:
    from diameter.apps.base import ResultCode
    from diameter.apps.credit_control import CCA, CCR
    from diameter.asyncio import Node
    from diameter.capabilities import LocalCapabilities
    from diameter.peer import PeerState

    # a line at a time: what was written survives a SIGKILL (closed when the node stops)
    log = open(log_path, "a", buffering=1)  # noqa: SIM115
    node = Node(
        LocalCapabilities(origin_host=identity, origin_realm=REALM, auth_application_ids=frozenset({CC_APP})),
        known_peers={DRA_HOST},
        tw=30.0,
    )

    async def on_ccr(req: CCR) -> CCA:
        if record:
            log.write(
                f"ccr {req.session_id} {int(req.cc_request_type)} {req.cc_request_number} "
                f"{int(req.retransmit)} {req.destination_host or '-'}\n"
            )
        if delay:
            await asyncio.sleep(delay)
        return CCA(
            session_id=req.session_id,
            result_code=ResultCode.DIAMETER_SUCCESS,
            origin_host=identity,
            origin_realm=REALM,
            auth_application_id=CC_APP,
            cc_request_type=req.cc_request_type,
            cc_request_number=req.cc_request_number,
            proxy_info=req.proxy_info,
        )

    node.handle(CCR, on_ccr)
    log.write(f"listening {await node.listen('127.0.0.1', port)}\n")
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    up: set[str] = set()
    while not stop.is_set():  # the peers coming and going, for whoever waits for them
        now = {host for host, peer in node.peers.items() if peer.state in (PeerState.R_OPEN, PeerState.I_OPEN)}
        for host in sorted(now - up):
            log.write(f"open {host}\n")
        for host in sorted(up - now):
            log.write(f"closed {host}\n")
        up = now
        try:
            await asyncio.wait_for(stop.wait(), 0.02)
        except TimeoutError:
            pass
    await node.close()
    log.close()


def main() -> None:
    ap = argparse.ArgumentParser(description="one of our server nodes behind the DRA")
    ap.add_argument("identity")
    ap.add_argument("log")
    ap.add_argument("--port", type=int, default=0, help="the port to listen on (0: any free port)")
    ap.add_argument("--delay", type=float, default=0.0, help="seconds before each answer")
    ap.add_argument("--no-requests", action="store_true", help="log no line per request")
    args = ap.parse_args()
    asyncio.run(serve(args.identity, args.log, args.port, args.delay, not args.no_requests))


if __name__ == "__main__":
    main()
