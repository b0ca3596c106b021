"""TLS on connect (RFC 6733 §13) between two nodes, with certificates the test makes."""

from __future__ import annotations

import asyncio
import logging
import shutil
import ssl
import subprocess
from pathlib import Path

import pytest

import diameter
from diameter.apps.base import CapabilitiesExchangeAnswer, DisconnectCause
from diameter.apps.credit_control import CCA, CCR
from diameter.asyncio import Node, PeerError
from diameter.capabilities import LocalCapabilities
from diameter.converter import DEFAULT_CONVERTER
from diameter.peer import Event, Peer, PeerState

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
        openssl(
            "x509",
            "-req",
            "-in",
            f"{name}.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            f"{name}.crt",
            "-days",
            "2",
            "-extfile",
            f"{name}.ext",
            cwd=d,
        )
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


@pytest.fixture(scope="module")
def other_pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Another CA, which the nodes do not trust, and a certificate of it for the server."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    return make_pki(tmp_path_factory.mktemp("other-pki"), ("server.example.com",))


def never_opened(peer: Peer) -> bool:
    return all(h[2] not in (PeerState.I_OPEN, PeerState.R_OPEN) for h in peer.history)


async def refused(server_context: ssl.SSLContext, client_context: ssl.SSLContext) -> tuple[Node, Node]:
    """A client node's connect() to a TLS server node that must fail with PeerError, at once
    (Tc is 30 s: the failure is not a timeout); neither side has an open peer."""
    server, client = Node(caps("server.example.com")), Node(caps("client.example.com"), tc=30.0)
    port = await server.listen("127.0.0.1", 0, ssl=server_context)
    loop = asyncio.get_running_loop()
    start = loop.time()
    with pytest.raises(PeerError, match=f"could not open tcp 127.0.0.1:{port}"):
        await client.connect("127.0.0.1", port, peer_host="server.example.com", ssl=client_context, reconnect=False)
    assert loop.time() - start < 5.0
    assert not server.peers and not server.counters
    assert never_opened(client.peers["server.example.com"])
    await client.close()
    await server.close()
    return server, client


def test_client_whose_certificate_is_for_another_name_is_refused(pki: Path, caplog: pytest.LogCaptureFixture) -> None:
    """RFC 6733 §13: the peer's identity is checked against its certificate. The TLS handshake
    succeeds (the certificate is valid, for other.example.com), then the CER says
    client.example.com: the server closes the connection without a CEA."""

    async def main() -> None:
        with caplog.at_level(logging.INFO, logger="diameter.node"):
            server, client = await refused(server_ctx(pki), client_ctx(pki, "other.example.com"))
        warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
        assert any("Origin-Host client.example.com is not a name of its certificate" in w for w in warnings)
        # the client's connection came up and went before any CEA
        events = [h[1] for h in client.peers["server.example.com"].history]
        assert events == [Event.START, Event.I_RCV_CONN_ACK, Event.I_PEER_DISC]

        # seen from the socket: the CER gets no answer, the connection is closed
        port = await server.listen("127.0.0.1", 0, ssl=server_ctx(pki))
        reader, writer = await asyncio.open_connection(
            "127.0.0.1", port, ssl=client_ctx(pki, "other.example.com"), server_hostname="server.example.com"
        )
        writer.write(diameter.encode(caps("client.example.com").cer(), hop_by_hop=1, end_to_end=1))
        assert await asyncio.wait_for(reader.read(), 5) == b""
        writer.close()
        await server.close()
        assert not server.peers

    asyncio.run(asyncio.wait_for(main(), 20))


def test_client_without_a_certificate_is_refused(pki: Path, caplog: pytest.LogCaptureFixture) -> None:
    """With ``verify_mode = CERT_REQUIRED`` the server fails the handshake of a client that
    presents no certificate (PEER_DID_NOT_RETURN_A_CERTIFICATE, which asyncio reports only in
    debug mode); the client's CER gets no answer."""
    no_cert = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(pki / "ca.crt"))

    async def main() -> None:
        with caplog.at_level(logging.DEBUG, logger="asyncio"):
            server, _ = await refused(server_ctx(pki), no_cert)
            port = await server.listen("127.0.0.1", 0, ssl=server_ctx(pki))
            # TLS 1.3: the client's side of the handshake ends before the server has checked
            reader, writer = await asyncio.open_connection(
                "127.0.0.1", port, ssl=no_cert, server_hostname="server.example.com"
            )
            writer.write(diameter.encode(caps("client.example.com").cer(), hop_by_hop=1, end_to_end=1))
            assert await asyncio.wait_for(reader.read(), 5) == b""
            writer.close()
            await server.close()
        assert not server.peers
        reasons = [
            getattr(r.exc_info[1], "reason", None)
            for r in caplog.records
            if r.name == "asyncio" and r.getMessage().endswith("SSL handshake failed") and r.exc_info
        ]
        assert reasons.count("PEER_DID_NOT_RETURN_A_CERTIFICATE") == 2, reasons  # the node's, then ours

    asyncio.run(asyncio.wait_for(main(), 20), debug=True)


@pytest.mark.parametrize("case", ["another-name", "another-ca"])
def test_server_whose_certificate_does_not_verify_is_refused(
    pki: Path, other_pki: Path, case: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The client verifies the server's certificate against its CA and against the peer_host
    it expects (RFC 6733 §13): a certificate for another name, or from a CA it does not trust,
    fails the handshake with the certificate verification error, and connect() fails at once."""
    server_context = server_ctx(pki, "other.example.com") if case == "another-name" else server_ctx(other_pki)
    expected = (
        "Hostname mismatch, certificate is not valid for 'server.example.com'."
        if case == "another-name"
        else "self-signed certificate in certificate chain"
    )  # (the server sends its CA)

    async def main() -> None:
        with caplog.at_level(logging.INFO, logger="diameter.node"):
            _, client = await refused(server_context, client_ctx(pki))
        errors = [
            r.args[1]
            for r in caplog.records
            if r.getMessage().startswith("connection to ") and isinstance(r.args, tuple)
        ]
        assert len(errors) == 1 and isinstance(errors[0], ssl.SSLCertVerificationError)
        assert errors[0].verify_message == expected
        events = [h[1] for h in client.peers["server.example.com"].history]
        assert events == [Event.START, Event.I_RCV_CONN_NACK]  # no connection, no CER

    asyncio.run(asyncio.wait_for(main(), 20))


def test_inband_tls_after_cer_cea(pki: Path) -> None:
    both = frozenset({0, 1})  # NO_INBAND_SECURITY and TLS

    async def main() -> None:
        server = Node(
            LocalCapabilities(
                origin_host="server.example.com",
                origin_realm="example.com",
                auth_application_ids=frozenset({4}),
                inband_security=both,
            ),
            inband_tls_server=server_ctx(pki),
        )
        client = Node(
            LocalCapabilities(
                origin_host="client.example.com",
                origin_realm="example.com",
                auth_application_ids=frozenset({4}),
                inband_security=both,
            ),
            inband_tls_client=client_ctx(pki),
        )
        server.handle(CCR, answer_ccr)
        port = await server.listen("127.0.0.1", 0)
        peer = await client.connect("127.0.0.1", port, peer_host="server.example.com")
        assert peer.agreement is not None and peer.agreement.inband_security == 1
        answer = await client.request(ccr(9))
        assert isinstance(answer, CCA) and answer.cc_request_number == 9
        [transport] = [c.transport for c in client._conns.values()]
        assert transport is not None and transport.get_extra_info("ssl_object") is not None  # the CCR went over TLS
        await client.close()
        await server.close()

    asyncio.run(asyncio.wait_for(main(), 20))


def test_server_whose_cea_names_another_host_than_its_certificate_is_left(
    pki: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The certificate names server.example.com, the CEA's Origin-Host is other.example.com
    (RFC 6733 §13: the identity must be the certificate's): the client leaves at once with a
    DPR saying DO_NOT_WANT_TO_TALK_TO_YOU (§5.4.3), and connect() fails."""

    async def main() -> None:
        server = Node(caps("other.example.com"))
        client = Node(caps("client.example.com"), tc=30.0)
        port = await server.listen("127.0.0.1", 0, ssl=server_ctx(pki))
        loop = asyncio.get_running_loop()
        start = loop.time()
        with caplog.at_level(logging.WARNING, logger="diameter.node"), pytest.raises(PeerError, match="could not open"):
            await client.connect(
                "127.0.0.1", port, peer_host="server.example.com", ssl=client_ctx(pki), reconnect=False
            )
        assert loop.time() - start < 5.0
        assert any(
            "peer says it is other.example.com, its certificate is for server.example.com" in r.getMessage()
            for r in caplog.records
        )
        theirs = server.peers["client.example.com"]
        for _ in range(100):
            if theirs.remote_disconnect_cause is not None:
                break
            await asyncio.sleep(0.01)
        assert theirs.remote_disconnect_cause == DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU
        assert "server.example.com" not in client.peers or client.peers["server.example.com"].state not in (
            PeerState.I_OPEN,
            PeerState.R_OPEN,
        )
        await client.close()
        await server.close()

    asyncio.run(asyncio.wait_for(main(), 20))


def test_a_tls_server_that_gets_no_client_certificate_refuses_the_cer(pki: Path) -> None:
    """A server that does not require client certificates (CERT_NONE) has nothing to check the
    CER's Origin-Host against (RFC 6733 §13): it closes the connection without a CEA."""
    lax = server_ctx(pki)
    lax.verify_mode = ssl.CERT_NONE

    async def main() -> None:
        server, _ = await refused(lax, client_ctx(pki))
        assert not server.peers

    asyncio.run(asyncio.wait_for(main(), 20))


def inband(name: str, *, server_tls: bool = True, client_tls: bool = True, pki: Path) -> tuple[Node, Node]:
    both = frozenset({0, 1})  # NO_INBAND_SECURITY and TLS
    server = Node(
        LocalCapabilities(
            origin_host="server.example.com",
            origin_realm="example.com",
            auth_application_ids=frozenset({4}),
            inband_security=both,
        ),
        inband_tls_server=server_ctx(pki) if server_tls else None,
    )
    client = Node(
        LocalCapabilities(
            origin_host="client.example.com",
            origin_realm="example.com",
            auth_application_ids=frozenset({4}),
            inband_security=both,
        ),
        inband_tls_client=client_ctx(pki, name) if client_tls else None,
        tc=30.0,
    )
    return server, client


@pytest.mark.parametrize(
    "case", ["client-certificate-for-another-name", "client-without-tls-context", "server-without-tls-context"]
)
def test_inband_tls_that_fails_closes_the_connection(pki: Path, case: str, caplog: pytest.LogCaptureFixture) -> None:
    """RFC 6733 §13.1: after a CER/CEA that chose TLS, the connection carries Diameter only once
    the handshake succeeded. A client whose certificate names another host (the server checks
    it against the CER's Origin-Host), or a client that advertised TLS without a context for
    it (or a server in the same case): the connection is closed, nothing else goes over it,
    and both peers end Closed."""

    async def main() -> None:
        server, client = inband(
            "other.example.com" if case == "client-certificate-for-another-name" else "client.example.com",
            client_tls=case != "client-without-tls-context",
            server_tls=case != "server-without-tls-context",
            pki=pki,
        )
        server.handle(CCR, answer_ccr)
        port = await server.listen("127.0.0.1", 0)
        with caplog.at_level(logging.WARNING, logger="diameter.node"):
            try:
                await client.connect("127.0.0.1", port, peer_host="server.example.com", reconnect=False)
            except PeerError:
                pass  # the client's side failed before connect() returned
            # the client's own handshake may succeed: the server refuses after it
            ours = client.peers["server.example.com"]
            for _ in range(200):
                if ours.state is PeerState.CLOSED and "client.example.com" not in server.peers:
                    break
                await asyncio.sleep(0.01)
        # (the server forgets a peer that connected to it once it is closed)
        assert ours.state is PeerState.CLOSED and "client.example.com" not in server.peers
        warnings = [r.getMessage() for r in caplog.records]
        if case == "client-without-tls-context":
            assert "in-band TLS with server.example.com failed: no TLS context for in-band TLS" in warnings
        elif case == "server-without-tls-context":
            assert "in-band TLS with client.example.com failed: no TLS context for in-band TLS" in warnings
        else:
            assert (
                "in-band TLS with client.example.com failed: client.example.com is not a name of the "
                "certificate its peer presented"
            ) in warnings
        with pytest.raises(PeerError):
            await client.request(ccr(1))
        assert not any(k[2] == "received" for k in server.counters)
        await client.close()
        await server.close()

    asyncio.run(asyncio.wait_for(main(), 20))


def test_a_client_certificate_without_subject_alt_name_is_checked_by_its_common_name(pki: Path) -> None:
    """A certificate with no DNS subjectAltName names its subject's common name: a CER whose
    Origin-Host is that name is accepted, one with another Origin-Host is not."""
    d = pki / "cn-only"
    d.mkdir(exist_ok=True)
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"]
    openssl("req", *ec, "-keyout", "c.key", "-out", "c.csr", "-subj", "/CN=client.example.com", cwd=d)
    openssl(
        "x509",
        "-req",
        "-in",
        "c.csr",
        "-CA",
        str(pki / "ca.crt"),
        "-CAkey",
        str(pki / "ca.key"),
        "-CAcreateserial",
        "-out",
        "c.crt",
        "-days",
        "2",
        cwd=d,
    )
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(pki / "ca.crt"))
    ctx.load_cert_chain(str(d / "c.crt"), str(d / "c.key"))

    async def main() -> None:
        server = Node(caps("server.example.com"))
        server.handle(CCR, answer_ccr)
        port = await server.listen("127.0.0.1", 0, ssl=server_ctx(pki))
        client = Node(caps("client.example.com"))
        await client.connect("127.0.0.1", port, peer_host="server.example.com", ssl=ctx, reconnect=False)
        assert isinstance(await client.request(ccr(2)), CCA)
        impostor = Node(caps("other.example.com"), tc=30.0)
        with pytest.raises(PeerError):
            await impostor.connect("127.0.0.1", port, peer_host="server.example.com", ssl=ctx, reconnect=False)
        assert "other.example.com" not in server.peers
        await impostor.close()
        await client.close()
        await server.close()

    asyncio.run(asyncio.wait_for(main(), 20))


def test_inband_tls_holds_the_nodes_messages_until_the_handshake_is_done(pki: Path) -> None:
    """RFC 6733 §13.1: once CER/CEA chose TLS, the next bytes are the TLS handshake. A request
    the server node sends meanwhile waits for it and then goes over TLS, never in the clear.
    The client is a raw socket that delays its handshake."""
    both = frozenset({0, 1})
    local = LocalCapabilities(
        origin_host="client.example.com",
        origin_realm="example.com",
        auth_application_ids=frozenset({4}),
        inband_security=both,
    )

    async def main() -> None:
        server = Node(
            LocalCapabilities(
                origin_host="server.example.com",
                origin_realm="example.com",
                auth_application_ids=frozenset({4}),
                inband_security=both,
            ),
            inband_tls_server=server_ctx(pki),
        )
        port = await server.listen("127.0.0.1", 0)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(diameter.encode(local.cer(), hop_by_hop=1, end_to_end=1))
        head = await asyncio.wait_for(reader.readexactly(20), 5)
        cea = diameter.decode(head + await reader.readexactly(int.from_bytes(head[1:4], "big") - 20))
        # the CEA lists both securities the server accepts (RFC 6733 §6.10)
        assert isinstance(cea, CapabilitiesExchangeAnswer) and tuple(cea.inband_security_id) == (0, 1)
        request = asyncio.create_task(server.request(ccr(4), peer="client.example.com"))
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(reader.read(1), 0.3)  # nothing in the clear meanwhile
        await writer.start_tls(client_ctx(pki), server_hostname="server.example.com")
        head = await asyncio.wait_for(reader.readexactly(20), 5)  # the request, over TLS now
        raw = head + await reader.readexactly(int.from_bytes(head[1:4], "big") - 20)
        req = DEFAULT_CONVERTER.decode_as(CCR, raw)  # (diameter.decode's class depends on what is loaded)
        assert req.cc_request_number == 4
        h = diameter.header_of(req)
        writer.write(
            diameter.encode(
                CCA(
                    session_id=req.session_id,
                    result_code=2001,
                    origin_host="client.example.com",
                    origin_realm="example.com",
                    auth_application_id=4,
                    cc_request_type=req.cc_request_type,
                    cc_request_number=4,
                ),
                hop_by_hop=h.hop_by_hop,
                end_to_end=h.end_to_end,
            )
        )
        answer = await asyncio.wait_for(request, 5)
        assert isinstance(answer, CCA) and answer.cc_request_number == 4
        writer.close()
        await server.close()

    asyncio.run(asyncio.wait_for(main(), 20))
