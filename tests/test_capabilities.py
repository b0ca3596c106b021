"""Capabilities exchange and election (RFC 6733 §5.3, §5.6.4, §6.10)."""

from __future__ import annotations

from ipaddress import IPv4Address

import diameter
from diameter.apps.base import InbandSecurityId, ResultCode
from diameter.capabilities import RELAY_APPLICATION_ID, LocalCapabilities, election_won, negotiate

SERVER = LocalCapabilities(
    origin_host="server.example.com",
    origin_realm="example.com",
    auth_application_ids=frozenset({4}),
    acct_application_ids=frozenset({3}),
    vendor_specific=((10415, 16777238, None),),
)


def client(**kw: object) -> LocalCapabilities:
    args: dict[str, object] = dict(
        origin_host="client.example.com", origin_realm="example.com", host_ip_addresses=(IPv4Address("192.0.2.7"),)
    )
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
    assert negotiate(SERVER, relay).acct_application_ids == {3}  # the relay is in one list: both match
    local_relay = LocalCapabilities(
        origin_host="r", origin_realm="r", auth_application_ids=frozenset({RELAY_APPLICATION_ID})
    )
    assert negotiate(local_relay, client(acct_application_ids=frozenset({3})).cer()).acct_application_ids == {3}


def test_no_common_application_unknown_peer_and_security() -> None:
    assert negotiate(SERVER, client(auth_application_ids=frozenset({5})).cer()).result_code == 5010
    r = negotiate(SERVER, client(auth_application_ids=frozenset({4})).cer(), known_peers={"other.example.com"})
    assert r.result_code == ResultCode.DIAMETER_UNKNOWN_PEER and not r.ok
    tls_only = client(auth_application_ids=frozenset({4}), inband_security=frozenset({InbandSecurityId.TLS}))
    assert negotiate(SERVER, tls_only.cer()).result_code == ResultCode.DIAMETER_NO_COMMON_SECURITY
    both = LocalCapabilities(
        origin_host="s", origin_realm="r", auth_application_ids=frozenset({4}), inband_security=frozenset({0, 1})
    )
    assert negotiate(both, tls_only.cer()).inband_security == InbandSecurityId.TLS


def test_election_compares_origin_host_octets() -> None:
    assert election_won("peer-b.example.com", "peer-a.example.com")
    assert not election_won("peer-a.example.com", "peer-b.example.com")
    assert election_won("b", "B")  # octets, not case-folded


def test_election_needs_a_strictly_higher_origin_host() -> None:
    """RFC 6733 §5.6.4: Win-Election only when the local Origin-Host lexicographically
    *succeeds* the received one: equal hosts win nothing."""
    assert not election_won("peer.example.com", "peer.example.com")
    assert election_won("peer.example.com.", "peer.example.com")  # a longer one succeeds its prefix
    assert not election_won("peer.example.com", "peer.example.com.")
    assert election_won("é.example.com", "z.example.com")  # UTF-8 octets: 0xc3 > 0x7a


def test_accounting_only_or_auth_only_in_common_is_enough() -> None:
    """RFC 6733 §5.3: DIAMETER_NO_COMMON_APPLICATION (5010) only when *no* application is
    shared, whether authentication/authorization or accounting."""
    acct_only = negotiate(
        SERVER, client(acct_application_ids=frozenset({3}), auth_application_ids=frozenset({99})).cer()
    )
    assert acct_only.ok and acct_only.auth_application_ids == set() and acct_only.acct_application_ids == {3}
    auth_only = negotiate(
        SERVER, client(auth_application_ids=frozenset({4}), acct_application_ids=frozenset({98})).cer()
    )
    assert auth_only.ok and auth_only.auth_application_ids == {4} and auth_only.acct_application_ids == set()
    none = negotiate(SERVER, client(auth_application_ids=frozenset({99}), acct_application_ids=frozenset({98})).cer())
    assert none.result_code == ResultCode.DIAMETER_NO_COMMON_APPLICATION and not none.ok
    assert none.error_message == "no application in common" and none.inband_security is None
    assert none.auth_application_ids == set() and none.acct_application_ids == set()


def test_tls_is_preferred_when_both_offer_it() -> None:
    """RFC 6733 §6.10: when both sides accept NO_INBAND_SECURITY and TLS, TLS is chosen."""
    both = frozenset({InbandSecurityId.NO_INBAND_SECURITY, InbandSecurityId.TLS})
    me = client(auth_application_ids=frozenset({4}), inband_security=both)
    peer = LocalCapabilities(
        origin_host="p.example.com",
        origin_realm="example.com",
        auth_application_ids=frozenset({4}),
        inband_security=both,
    )
    agreed = negotiate(me, peer.cer())
    assert agreed.ok and agreed.inband_security == InbandSecurityId.TLS
    plain = negotiate(me, client(auth_application_ids=frozenset({4})).cer())  # no Inband-Security-Id
    assert plain.ok and plain.inband_security == InbandSecurityId.NO_INBAND_SECURITY
    refused = negotiate(
        client(
            auth_application_ids=frozenset({4}), acct_application_ids=frozenset({3}), inband_security=frozenset({1})
        ),
        client(auth_application_ids=frozenset({4}), acct_application_ids=frozenset({3})).cer(),
    )
    assert refused.result_code == ResultCode.DIAMETER_NO_COMMON_SECURITY and refused.inband_security is None
    assert refused.error_message == "no in-band security in common"
    assert refused.auth_application_ids == {4} and refused.acct_application_ids == {3}


def test_cer_carries_every_capability() -> None:
    """RFC 6733 §5.3.1: the CER's AVPs, each from the local capabilities, through the codec."""
    from ipaddress import IPv6Address

    from diameter.apps.base import CapabilitiesExchangeRequest, VendorSpecificApplicationId

    me = LocalCapabilities(
        origin_host="me.example.com",
        origin_realm="realm.example",
        vendor_id=10415,
        product_name="pgw",
        host_ip_addresses=(IPv4Address("192.0.2.1"), IPv6Address("2001:db8::1")),
        auth_application_ids=frozenset({16777238, 4}),
        acct_application_ids=frozenset({19302, 3}),
        vendor_specific=((10415, 16777251, None), (5535, None, 42)),
        supported_vendor_ids=frozenset({10415, 5535}),
        inband_security=frozenset({InbandSecurityId.TLS}),
        origin_state_id=77,
        firmware_revision=3,
    )
    wire = diameter.decode(diameter.encode(me.cer()))
    assert isinstance(wire, CapabilitiesExchangeRequest)
    assert (wire.origin_host, wire.origin_realm, wire.vendor_id, wire.product_name) == (
        "me.example.com",
        "realm.example",
        10415,
        "pgw",
    )
    assert wire.host_ip_address == (IPv4Address("192.0.2.1"), IPv6Address("2001:db8::1"))
    assert wire.origin_state_id == 77 and wire.firmware_revision == 3
    assert wire.supported_vendor_id == (5535, 10415)
    assert wire.auth_application_id == (4, 16777238) and wire.acct_application_id == (3, 19302)
    assert wire.inband_security_id == (InbandSecurityId.TLS,)
    assert wire.vendor_specific_application_id == (
        VendorSpecificApplicationId(vendor_id=10415, auth_application_id=16777251),
        VendorSpecificApplicationId(vendor_id=5535, acct_application_id=42),
    )


def test_cea_carries_every_capability_and_the_result() -> None:
    """RFC 6733 §5.3.2: the CEA has the Result-Code, an Error-Message when given, and the same
    capabilities as a CER."""
    from diameter.apps.base import CapabilitiesExchangeAnswer, VendorSpecificApplicationId

    me = LocalCapabilities(
        origin_host="me.example.com",
        origin_realm="realm.example",
        vendor_id=9,
        product_name="hss",
        auth_application_ids=frozenset({4}),
        acct_application_ids=frozenset({3}),
        vendor_specific=((10415, 16777216, None),),
        supported_vendor_ids=frozenset({10415}),
        inband_security=frozenset({InbandSecurityId.TLS}),
        origin_state_id=5,
        firmware_revision=12,
    )
    wire = diameter.decode(diameter.encode(me.cea(5010, error_message="nothing shared")))
    assert isinstance(wire, CapabilitiesExchangeAnswer)
    assert wire.result_code == 5010 and wire.error_message == "nothing shared"
    assert (wire.origin_host, wire.origin_realm, wire.vendor_id, wire.product_name) == (
        "me.example.com",
        "realm.example",
        9,
        "hss",
    )
    assert wire.host_ip_address == (IPv4Address("127.0.0.1"),)  # the default address
    assert wire.origin_state_id == 5 and wire.firmware_revision == 12
    assert wire.supported_vendor_id == (10415,) and wire.inband_security_id == (InbandSecurityId.TLS,)
    assert wire.auth_application_id == (4,) and wire.acct_application_id == (3,)
    assert wire.vendor_specific_application_id == (
        VendorSpecificApplicationId(vendor_id=10415, auth_application_id=16777216),
    )
    ok = diameter.decode(diameter.encode(me.cea(ResultCode.DIAMETER_SUCCESS)))
    assert isinstance(ok, CapabilitiesExchangeAnswer) and ok.error_message is None


def test_defaults_advertise_no_inband_security_and_no_optional_avps() -> None:
    """RFC 6733 §6.10: no Inband-Security-Id AVP stands for NO_INBAND_SECURITY; §5.3.1: the
    optional Origin-State-Id and Firmware-Revision are left out unless configured."""
    me = LocalCapabilities(origin_host="me", origin_realm="r")
    assert me.inband_security == {InbandSecurityId.NO_INBAND_SECURITY}
    assert me.product_name == "diameter-typed" and me.vendor_id == 0
    for m in (me.cer(), me.cea(2001)):
        assert m.inband_security_id == () and m.origin_state_id is None and m.firmware_revision is None
        assert m.host_ip_address == (IPv4Address("127.0.0.1"),)
        assert m.auth_application_id == () and m.acct_application_id == () and m.supported_vendor_id == ()
        assert m.vendor_specific_application_id == ()


def test_vendor_specific_accounting_and_peer_lists() -> None:
    """RFC 6733 §5.3: applications advertised inside Vendor-Specific-Application-Id count as
    the Auth- or Acct-Application-Id they carry, on either side."""
    billing = LocalCapabilities(
        origin_host="b.example.com", origin_realm="example.com", vendor_specific=((10415, None, 16777300),)
    )
    peer = client(vendor_specific=((10415, None, 16777300), (10415, 16777251, None)))
    agreed = negotiate(billing, peer.cer())
    assert agreed.ok and agreed.acct_application_ids == {16777300} and agreed.auth_application_ids == set()
    mixed = client(acct_application_ids=frozenset({16777300}))
    assert negotiate(billing, mixed.cer()).acct_application_ids == {16777300}
    vs_auth = LocalCapabilities(origin_host="x", origin_realm="r", vendor_specific=((10415, 16777251, None),))
    assert negotiate(vs_auth, peer.cer()).auth_application_ids == {16777251}


def test_relay_on_either_side_matches_every_application() -> None:
    """RFC 6733 §2.4: the Relay Application-Id (0xffffffff) matches every application, whether
    advertised as Auth- or Acct-Application-Id."""
    relay = LocalCapabilities(
        origin_host="relay.example.com",
        origin_realm="example.com",
        acct_application_ids=frozenset({RELAY_APPLICATION_ID}),
    )
    peer = client(auth_application_ids=frozenset({4}), acct_application_ids=frozenset({3}))
    agreed = negotiate(relay, peer.cer())
    assert agreed.ok and agreed.auth_application_ids == {4} and agreed.acct_application_ids == {3}
    back = negotiate(client(auth_application_ids=frozenset({4}), acct_application_ids=frozenset({3})), relay.cer())
    assert back.ok and back.auth_application_ids == {4} and back.acct_application_ids == {3}
    two_relays = negotiate(relay, relay.cer())
    assert two_relays.ok and two_relays.auth_application_ids == {RELAY_APPLICATION_ID}


def test_known_peers_and_the_agreement_fields() -> None:
    """RFC 6733 §5.3: a CER from a peer not configured gets DIAMETER_UNKNOWN_PEER (3010) with an
    Error-Message naming it; a known one is agreed with, and the agreement names the peer."""
    cer = client(auth_application_ids=frozenset({4}), origin_realm="other.example").cer()
    agreed = negotiate(SERVER, cer, known_peers=["x.example.com", "client.example.com"])
    assert agreed.ok and agreed.result_code == ResultCode.DIAMETER_SUCCESS and agreed.error_message is None
    assert (agreed.peer_host, agreed.peer_realm) == ("client.example.com", "other.example")
    assert agreed.peer_addresses == (IPv4Address("192.0.2.7"),)
    unknown = negotiate(SERVER, cer, known_peers=iter(["x.example.com"]))
    assert unknown.result_code == ResultCode.DIAMETER_UNKNOWN_PEER
    assert unknown.error_message == "client.example.com is not a configured peer"
    assert unknown.auth_application_ids == set() and unknown.acct_application_ids == set()
    assert unknown.inband_security is None
    assert unknown.peer_host == "client.example.com"
    assert not negotiate(SERVER, cer, known_peers=[]).ok  # an empty list accepts nobody


def test_a_node_accepting_tls_or_none_advertises_both() -> None:
    """RFC 6733 §6.10: a node that accepts both NO_INBAND_SECURITY and TLS lists both values in
    its CER and CEA; a peer that only does without in-band security then agrees on
    NO_INBAND_SECURITY instead of refusing with DIAMETER_NO_COMMON_SECURITY (5017)."""
    either = client(
        auth_application_ids=frozenset({4}),
        inband_security=frozenset({InbandSecurityId.NO_INBAND_SECURITY, InbandSecurityId.TLS}),
    )
    expected = (InbandSecurityId.NO_INBAND_SECURITY, InbandSecurityId.TLS)
    assert either.cer().inband_security_id == expected and either.cea(2001).inband_security_id == expected
    plain = LocalCapabilities(
        origin_host="p.example.com", origin_realm="example.com", auth_application_ids=frozenset({4})
    )
    for message in (either.cer(), either.cea(2001)):
        agreed = negotiate(plain, message)
        assert agreed.ok and agreed.inband_security == InbandSecurityId.NO_INBAND_SECURITY


def test_relay_application_id_is_all_ones() -> None:
    """RFC 6733 §2.4: the Relay Application-Id is 0xffffffff, on the wire as in the lists."""
    assert RELAY_APPLICATION_ID == 0xFFFFFFFF
    relay = negotiate(
        LocalCapabilities(origin_host="r", origin_realm="r", auth_application_ids=frozenset({0xFFFFFFFF})),
        client(auth_application_ids=frozenset({16777251})).cer(),
    )
    assert relay.ok and relay.auth_application_ids == {16777251}
