"""Against a real peer: freeDiameter (Debian freediameterd) on 127.0.0.1.

The suite starts freeDiameterd with a configuration written here (no TLS: SecPort = 0; the
acl_wl extension admits *.example.com; no SCTP unless asked, as in tests/vm/guest_sctp.py), and
stops it by the PID it started.
"""

from __future__ import annotations

import asyncio
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from diameter.apps.base import AnswerMessage, ResultCode
from diameter.apps.credit_control import CCR, CCRequestType
from diameter.asyncio import Node
from diameter.capabilities import LocalCapabilities
from diameter.peer import Event, Peer, PeerState

EXT = Path("/usr/lib/freeDiameter")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class FreeDiameter:
    def __init__(
        self,
        tmp: Path,
        tw: int,
        pki: Path | None = None,
        extra: str = "",
        sctp: bool = False,
        listen: tuple[str, ...] = ("127.0.0.1",),
    ) -> None:
        # freeDiameter leaves loopback addresses out of ListenOn (then it listens on every
        # address); over SCTP it needs an address that is not loopback
        self.host = listen[0]
        self.port = free_port()
        self.tls_port = free_port() if pki is not None else 0
        tls = (
            (f'TLS_Cred = "{pki}/fd.example.com.crt", "{pki}/fd.example.com.key";\nTLS_CA = "{pki}/ca.crt";\n')
            if pki is not None
            else ""
        )
        listen_on = "\n".join(f'ListenOn = "{a}";' for a in listen)
        acl = "ALLOW_OLD_TLS *.example.com" if pki is not None else "ALLOW_IPSEC *.example.com"
        (tmp / "acl.conf").write_text(acl + "\n")
        (tmp / "fd.conf").write_text(f"""
Identity = "fd.example.com";
Realm = "example.com";
Port = {self.port};
SecPort = {self.tls_port};
{"" if sctp else "No_SCTP;"}
{tls}
{listen_on}
TcTimer = 6;
TwTimer = {tw};
LoadExtension = "{EXT}/dict_nasreq.fdx";
LoadExtension = "{EXT}/dict_dcca.fdx";
LoadExtension = "{EXT}/acl_wl.fdx" : "{tmp / "acl.conf"}";
{extra}
""")
        self.conf = tmp / "fd.conf"
        self.log = tmp / "fd.log"
        self.start()

    def start(self) -> None:
        self.proc = subprocess.Popen(
            ["freeDiameterd", "-c", str(self.conf)], stdout=self.log.open("a"), stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"freeDiameterd exited: {self.log.read_text()[-2000:]}")
            try:
                socket.create_connection((self.host, self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("freeDiameterd did not listen within 15 s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


@pytest.fixture(params=[6], ids=["fd-tw6"])
def fd(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[FreeDiameter]:
    if shutil.which("freeDiameterd") is None or not (EXT / "acl_wl.fdx").exists():
        reason = "freeDiameterd not installed (Debian: apt-get install freediameterd freediameter-extensions)"
        print(f"SKIPPED test_freediameter: {reason}")
        pytest.skip(reason)
    server = FreeDiameter(tmp_path, int(request.param))
    try:
        yield server
    finally:
        server.stop()


def client(tw: float) -> Node:
    return Node(
        LocalCapabilities(
            origin_host="client.example.com", origin_realm="example.com", auth_application_ids=frozenset({4})
        ),
        tw=tw,
        tc=10.0,
    )


async def until(check: Callable[[], bool], seconds: float) -> None:
    for _ in range(int(seconds * 10)):
        if check():
            return
        await asyncio.sleep(0.1)


def state(peer: Peer) -> PeerState:
    return peer.state  # read through a call, so that mypy does not narrow it between awaits


def test_capabilities_watchdog_and_dpr_against_freediameter(fd: FreeDiameter) -> None:
    async def main() -> None:
        node = client(30.0)  # freeDiameter's Tw (6 s) fires first: it sends the DWRs
        peer = await node.connect("127.0.0.1", fd.port)
        assert state(peer) is PeerState.I_OPEN and peer.agreement is not None
        assert peer.agreement.peer_host == "fd.example.com"
        # freeDiameter relays: it advertises the relay Application-Id, so 4 is in common
        assert 4 in peer.agreement.auth_application_ids
        # a request freeDiameter cannot route comes back as an error answer (E bit), typed
        ccr = CCR(
            session_id="client.example.com;1;1",
            origin_host="client.example.com",
            origin_realm="example.com",
            destination_realm="nowhere.example.net",
            auth_application_id=4,
            service_context_id="32251@3gpp.org",
            cc_request_type=CCRequestType.EVENT_REQUEST,
            cc_request_number=0,
        )
        answer = await node.request(ccr)
        assert isinstance(answer, AnswerMessage) and answer.result_code == ResultCode.DIAMETER_UNABLE_TO_DELIVER
        # freeDiameter's DWR, answered by us, within a little more than its Tw (6 s, jittered)
        await until(lambda: any(h[1] is Event.RCV_DWR for h in peer.history), 12)
        assert any(h[1] is Event.RCV_DWR for h in peer.history) and state(peer) is PeerState.I_OPEN
        await node.close()
        assert state(peer) is PeerState.CLOSED
        assert (PeerState.CLOSING, Event.RCV_DPA, PeerState.CLOSED) in peer.history

    asyncio.run(asyncio.wait_for(main(), 40))


@pytest.mark.parametrize("fd", [30], ids=["fd-tw30"], indirect=True)
def test_our_watchdog_and_freediameter_disconnecting(fd: FreeDiameter) -> None:
    async def main() -> None:
        node = client(6.0)  # our Tw fires first: we send the DWRs, freeDiameter answers
        peer = await node.connect("127.0.0.1", fd.port)
        assert state(peer) is PeerState.I_OPEN
        await until(lambda: any(h[1] is Event.RCV_DWA for h in peer.history), 12)
        assert any(h[1] is Event.RCV_DWA for h in peer.history)
        fd.proc.send_signal(signal.SIGTERM)  # freeDiameter sends DPR to its peers when stopping
        await until(lambda: state(peer) is PeerState.CLOSED, 10)
        assert state(peer) is PeerState.CLOSED
        assert any(h[1] is Event.RCV_DPR for h in peer.history)
        await node.close()

    asyncio.run(asyncio.wait_for(main(), 30))


def test_reconnects_after_freediameter_restarts(fd: FreeDiameter) -> None:
    async def main() -> None:
        node = Node(
            LocalCapabilities(
                origin_host="client.example.com", origin_realm="example.com", auth_application_ids=frozenset({4})
            ),
            tw=30.0,
            tc=1.0,
        )
        peer = await node.connect("127.0.0.1", fd.port)
        opened = sum(1 for h in peer.history if h[1] is Event.I_RCV_CEA)
        fd.stop()  # DPR (REBOOTING), then the connection goes
        await until(lambda: state(peer) is PeerState.CLOSED, 10)
        assert state(peer) is PeerState.CLOSED
        await asyncio.sleep(1.5)  # a failed attempt or two while it is down
        fd.start()
        await until(lambda: state(peer) is PeerState.I_OPEN, 20)
        assert state(peer) is PeerState.I_OPEN
        assert sum(1 for h in peer.history if h[1] is Event.I_RCV_CEA) == opened + 1
        assert any(h[1] is Event.I_RCV_CONN_NACK for h in peer.history)  # it kept trying while down
        await node.close()

    asyncio.run(asyncio.wait_for(main(), 60))


def test_freediameter_relays_between_two_nodes(fd: FreeDiameter) -> None:
    from diameter.apps.base import AccountingRecordType
    from diameter.apps.credit_control import CCA
    from diameter.apps.tgpp import ACA, ACR

    async def main() -> None:
        server = Node(
            LocalCapabilities(
                origin_host="server.example.com",
                origin_realm="example.com",
                auth_application_ids=frozenset({4}),
                acct_application_ids=frozenset({3}),
            ),
            tw=30.0,
        )
        client = Node(
            LocalCapabilities(
                origin_host="client.example.com",
                origin_realm="example.com",
                auth_application_ids=frozenset({4}),
                acct_application_ids=frozenset({3}),
            ),
            tw=30.0,
        )

        got: list[CCR | ACR] = []

        async def on_ccr(req: CCR) -> CCA:
            got.append(req)
            return CCA(
                session_id=req.session_id,
                result_code=ResultCode.DIAMETER_SUCCESS,
                origin_host="server.example.com",
                origin_realm="example.com",
                auth_application_id=4,
                cc_request_type=req.cc_request_type,
                cc_request_number=req.cc_request_number,
                proxy_info=req.proxy_info,
            )

        async def on_acr(req: ACR) -> ACA:
            got.append(req)
            return ACA(
                session_id=req.session_id,
                result_code=ResultCode.DIAMETER_SUCCESS,
                origin_host="server.example.com",
                origin_realm="example.com",
                accounting_record_type=req.accounting_record_type,
                accounting_record_number=req.accounting_record_number,
                proxy_info=req.proxy_info,
            )

        server.handle(CCR, on_ccr)
        server.handle(ACR, on_acr)
        await server.connect("127.0.0.1", fd.port)
        await client.connect("127.0.0.1", fd.port)
        ccr = CCR(
            session_id="client.example.com;9;1",
            origin_host="client.example.com",
            origin_realm="example.com",
            destination_realm="example.com",
            destination_host="server.example.com",
            auth_application_id=4,
            service_context_id="32251@3gpp.org",
            cc_request_type=CCRequestType.INITIAL_REQUEST,
            cc_request_number=0,
        )
        answer = await client.request(ccr)
        assert isinstance(answer, CCA), answer
        assert answer.result_code == ResultCode.DIAMETER_SUCCESS and answer.origin_host == "server.example.com"
        acr = ACR(
            session_id="client.example.com;9;2",
            origin_host="client.example.com",
            origin_realm="example.com",
            destination_realm="example.com",
            destination_host="server.example.com",
            accounting_record_type=AccountingRecordType.EVENT_RECORD,
            accounting_record_number=1,
        )
        acct = await client.request(acr)
        assert isinstance(acct, ACA) and acct.result_code == ResultCode.DIAMETER_SUCCESS
        assert acct.accounting_record_number == 1
        # each request reached the server once, over its connection to freeDiameter, which
        # appended a Route-Record naming the peer it got the request from (RFC 6733 §6.7.1)
        assert server.counters[("fd.example.com", "Credit-Control-Request", "received")] == 1
        assert server.counters[("fd.example.com", "Accounting-Request", "received")] == 1
        assert [type(r) for r in got] == [CCR, ACR]
        for r in got:
            assert r.origin_host == "client.example.com" and r.destination_host == "server.example.com"
            assert r.route_record == ("client.example.com",), r.route_record
        assert got[0].session_id == ccr.session_id and got[1].session_id == acr.session_id
        # and the answers came back through it: nothing is left pending, nothing else was sent
        assert client.counters[("fd.example.com", "Credit-Control-Request", "sent")] == 1
        assert client.counters[("fd.example.com", "Credit-Control-Answer", 2001)] == 1
        assert client.counters[("fd.example.com", "Accounting-Answer", 2001)] == 1
        await client.close()
        await server.close()

    asyncio.run(asyncio.wait_for(main(), 40))


def test_tls_on_connect_with_freediameter(tmp_path: Path) -> None:
    import ssl

    from test_tls import make_pki

    if shutil.which("freeDiameterd") is None or shutil.which("openssl") is None:
        reason = "freeDiameterd or openssl not installed"
        print(f"SKIPPED test_tls_on_connect_with_freediameter: {reason}")
        pytest.skip(reason)
    pki = make_pki(tmp_path, ("fd.example.com", "client.example.com"))
    server = FreeDiameter(tmp_path, 30, pki)
    try:
        ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(pki / "ca.crt"))
        ctx.load_cert_chain(str(pki / "client.example.com.crt"), str(pki / "client.example.com.key"))

        async def main() -> None:
            node = client(30.0)
            peer = await node.connect(
                "127.0.0.1", server.tls_port, peer_host="fd.example.com", ssl=ctx, reconnect=False
            )
            assert state(peer) is PeerState.I_OPEN
            [transport] = [c.transport for c in node._conns.values()]
            assert transport is not None and transport.get_extra_info("ssl_object") is not None
            assert await node.probe() < 5.0  # DWR/DWA over TLS
            await node.close()
            assert state(peer) is PeerState.CLOSED

        asyncio.run(asyncio.wait_for(main(), 30))
    finally:
        server.stop()


def test_freediameter_answers_an_unsupported_application_with_3007(tmp_path: Path) -> None:
    """freeDiameter without relaying, supporting application 5 only (a tiny extension the test
    compiles from tests/data/freediameter/test_app.c): a CCR (application 4) gets 3007."""
    source = Path(__file__).parent / "data" / "freediameter" / "test_app.c"
    headers = Path("/usr/include/freeDiameter/extension.h")
    if shutil.which("freeDiameterd") is None or shutil.which("gcc") is None or not headers.exists():
        reason = "freeDiameterd, gcc or libfreediameter-dev not installed"
        print(f"SKIPPED test_freediameter_answers_an_unsupported_application_with_3007: {reason}")
        pytest.skip(reason)
    ext = tmp_path / "test_app.fdx"
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-o", str(ext), str(source)], check=True, timeout=120, capture_output=True
    )
    server = FreeDiameter(tmp_path, 30, extra=f'NoRelay;\nLoadExtension = "{ext}";')
    try:

        async def main() -> None:
            node = Node(
                LocalCapabilities(
                    origin_host="client.example.com", origin_realm="example.com", auth_application_ids=frozenset({4, 5})
                ),
                tw=30.0,
                tc=10.0,
            )
            peer = await node.connect("127.0.0.1", server.port, reconnect=False)
            assert peer.agreement is not None and peer.agreement.auth_application_ids == {5}
            ccr = CCR(
                session_id="client.example.com;3;1",
                origin_host="client.example.com",
                origin_realm="example.com",
                destination_realm="example.com",
                auth_application_id=4,
                service_context_id="32251@3gpp.org",
                cc_request_type=CCRequestType.EVENT_REQUEST,
                cc_request_number=0,
            )
            answer = await node.request(ccr)
            assert isinstance(answer, AnswerMessage)
            assert answer.result_code == ResultCode.DIAMETER_APPLICATION_UNSUPPORTED
            assert answer.origin_host == "fd.example.com" and answer.application_id == 4
            await node.close()

        asyncio.run(asyncio.wait_for(main(), 30))
    finally:
        server.stop()
