"""Capabilities exchange and election (RFC 6733 §5.3, §5.6.4, §6.10)."""

from __future__ import annotations

from ipaddress import IPv4Address

import diameter
from diameter.apps.base import InbandSecurityId, ResultCode
from diameter.capabilities import RELAY_APPLICATION_ID, LocalCapabilities, election_won, negotiate

SERVER = LocalCapabilities(origin_host="server.example.com", origin_realm="example.com",
                           auth_application_ids=frozenset({4}), acct_application_ids=frozenset({3}),
                           vendor_specific=((10415, 16777238, None),))


def client(**kw: object) -> LocalCapabilities:
    args: dict[str, object] = dict(origin_host="client.example.com", origin_realm="example.com",
                                   host_ip_addresses=(IPv4Address("192.0.2.7"),))
    args.update(kw)
    return LocalCapabilities(**args)  # type: ignore[arg-type]


def test_cer_and_cea_round_trip_and_agree() -> None:
    cer = client(auth_application_ids=frozenset({4, 1})).cer()
    assert diameter.decode(diameter.encode(cer)) == cer
    a = negotiate(SERVER, cer)
    assert a.ok and a.auth_application_ids == {4} and a.acct_application_ids == set()
    assert a.peer_host == "client.example.com" and a.peer_addresses == (IPv4Address("192.0.2.7"),)
    assert a.inband_security == InbandSecurityId.NO_INBAND_SECURITY
    cea = SERVER.cea(a.result_code)
    back = negotiate(client(auth_application_ids=frozenset({4})), cea)
    assert back.ok and back.auth_application_ids == {4}


def test_vendor_specific_and_relay_applications() -> None:
    gx = client(vendor_specific=((10415, 16777238, None),)).cer()
    assert negotiate(SERVER, gx).auth_application_ids == {16777238}
    relay = client(auth_application_ids=frozenset({RELAY_APPLICATION_ID})).cer()
    assert negotiate(SERVER, relay).auth_application_ids == {4, 16777238}


def test_no_common_application_unknown_peer_and_security() -> None:
    assert negotiate(SERVER, client(auth_application_ids=frozenset({5})).cer()).result_code == 5010
    r = negotiate(SERVER, client(auth_application_ids=frozenset({4})).cer(), known_peers={"other.example.com"})
    assert r.result_code == ResultCode.DIAMETER_UNKNOWN_PEER and not r.ok
    tls_only = client(auth_application_ids=frozenset({4}), inband_security=frozenset({InbandSecurityId.TLS}))
    assert negotiate(SERVER, tls_only.cer()).result_code == ResultCode.DIAMETER_NO_COMMON_SECURITY
    both = LocalCapabilities(origin_host="s", origin_realm="r", auth_application_ids=frozenset({4}),
                             inband_security=frozenset({0, 1}))
    assert negotiate(both, tls_only.cer()).inband_security == InbandSecurityId.TLS


def test_election_compares_origin_host_octets() -> None:
    assert election_won("peer-b.example.com", "peer-a.example.com")
    assert not election_won("peer-a.example.com", "peer-b.example.com")
    assert election_won("b", "B")  # octets, not case-folded
