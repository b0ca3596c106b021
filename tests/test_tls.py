"""TLS on connect (RFC 6733 §13) between two nodes, with certificates the test makes."""

from __future__ import annotations

import asyncio
import shutil
import ssl
import subprocess
from pathlib import Path

import pytest

from diameter.apps.credit_control import CCA, CCR
from diameter.asyncio import Node, PeerError
from diameter.capabilities import LocalCapabilities
from diameter.peer import PeerState

from test_node import answer_ccr, ccr


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_pki(d: Path, names: tuple[str, ...]) -> Path:
    """A CA (ca.crt, ca.key) and a certificate and key for each name, in ``d``."""
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"]
    openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.crt", "-subj", "/CN=Test CA", "-days", "2", cwd=d)
    for name in names:
        (d / f"{name}.ext").write_text(f"subjectAltName=DNS:{name}\n")
        openssl("req", *ec, "-keyout", f"{name}.key", "-out", f"{name}.csr", "-subj", f"/CN={name}", cwd=d)
        openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", f"{name}.crt", "-days", "2", "-extfile", f"{name}.ext", cwd=d)
    return d


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("openssl") is None:
        print("SKIPPED test_tls: openssl not installed")
        pytest.skip("openssl not installed")
    return make_pki(tmp_path_factory.mktemp("pki"), ("server.example.com", "client.example.com", "other.example.com"))


def server_ctx(d: Path, name: str = "server.example.com") -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=str(d / "ca.crt"))
    ctx.load_cert_chain(str(d / f"{name}.crt"), str(d / f"{name}.key"))
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def client_ctx(d: Path, name: str = "client.example.com") -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(d / "ca.crt"))
    ctx.load_cert_chain(str(d / f"{name}.crt"), str(d / f"{name}.key"))
    return ctx


def caps(host: str) -> LocalCapabilities:
    return LocalCapabilities(origin_host=host, origin_realm="example.com", auth_application_ids=frozenset({4}))


def test_mutual_tls(pki: Path) -> None:
    async def main() -> None:
        server, client = Node(caps("server.example.com")), Node(caps("client.example.com"))
        server.handle(CCR, answer_ccr)
        port = await server.listen("127.0.0.1", 0, ssl=server_ctx(pki))
        peer = await client.connect("127.0.0.1", port, peer_host="server.example.com", ssl=client_ctx(pki))
        assert peer.state is PeerState.I_OPEN
        answer = await client.request(ccr(7))
        assert isinstance(answer, CCA) and answer.cc_request_number == 7
        await client.close()
        await server.close()

    asyncio.run(asyncio.wait_for(main(), 20))


def test_client_whose_certificate_is_for_another_name_is_refused(pki: Path) -> None:
    async def main() -> None:
        server, client = Node(caps("server.example.com")), Node(caps("client.example.com"), tc=2.0)
        port = await server.listen("127.0.0.1", 0, ssl=server_ctx(pki))
        with pytest.raises((PeerError, asyncio.TimeoutError)):
            await client.connect("127.0.0.1", port, peer_host="server.example.com",
                                 ssl=client_ctx(pki, "other.example.com"), reconnect=False)
        assert "client.example.com" not in server.peers or server.peers["client.example.com"].state is PeerState.CLOSED
        await client.close()
        await server.close()

    asyncio.run(asyncio.wait_for(main(), 20))


def test_server_whose_certificate_is_for_another_name_is_refused(pki: Path) -> None:
    async def main() -> None:
        server, client = Node(caps("server.example.com")), Node(caps("client.example.com"), tc=2.0)
        port = await server.listen("127.0.0.1", 0, ssl=server_ctx(pki, "other.example.com"))
        with pytest.raises((PeerError, asyncio.TimeoutError)):
            await client.connect("127.0.0.1", port, peer_host="server.example.com", ssl=client_ctx(pki),
                                 reconnect=False)
        await client.close()
        await server.close()

    asyncio.run(asyncio.wait_for(main(), 20))


def test_inband_tls_after_cer_cea(pki: Path) -> None:
    both = frozenset({0, 1})  # NO_INBAND_SECURITY and TLS

    async def main() -> None:
        server = Node(LocalCapabilities(origin_host="server.example.com", origin_realm="example.com",
                                        auth_application_ids=frozenset({4}), inband_security=both),
                      inband_tls_server=server_ctx(pki))
        client = Node(LocalCapabilities(origin_host="client.example.com", origin_realm="example.com",
                                        auth_application_ids=frozenset({4}), inband_security=both),
                      inband_tls_client=client_ctx(pki))
        server.handle(CCR, answer_ccr)
        port = await server.listen("127.0.0.1", 0)
        peer = await client.connect("127.0.0.1", port, peer_host="server.example.com")
        assert peer.agreement is not None and peer.agreement.inband_security == 1
        answer = await client.request(ccr(9))
        assert isinstance(answer, CCA) and answer.cc_request_number == 9
        [transport] = client._transports.values()
        assert transport.get_extra_info("ssl_object") is not None  # the CCR went over TLS
        await client.close()
        await server.close()

    asyncio.run(asyncio.wait_for(main(), 20))
