"""Capabilities exchange (RFC 6733 §5.3) and the election (§5.6.4), sans-IO.

A node's :class:`LocalCapabilities` build its CER and its CEA; :func:`negotiate` takes a peer's
CER (or CEA) and says what the two have in common and which Result-Code to answer with:

- the applications both support (RFC 6733 §5.3: Auth-Application-Id, Acct-Application-Id and
  Vendor-Specific-Application-Id; the relay Application-Id 0xffffffff matches every
  application), else DIAMETER_NO_COMMON_APPLICATION (5010);
- the in-band security both accept (Inband-Security-Id, §6.10; NO_INBAND_SECURITY when the
  peer advertises none), else DIAMETER_NO_COMMON_SECURITY (5017);
- a peer the node does not know is refused with DIAMETER_UNKNOWN_PEER (3010) unless unknown
  peers are accepted (§5.3).

:func:`election_won` is §5.6.4: when both sides connect at once, the side with the higher
Origin-Host keeps the connection it initiated.
"""

from __future__ import annotations

from collections.abc import Iterable
from ipaddress import IPv4Address

import attrs

from .apps.base import (
    CapabilitiesExchangeAnswer,
    CapabilitiesExchangeRequest,
    InbandSecurityId,
    ResultCode,
    VendorSpecificApplicationId,
)
from .types import AddressValue

__all__ = ["RELAY_APPLICATION_ID", "LocalCapabilities", "Agreement", "negotiate", "election_won"]

#: RFC 6733 §2.4: the Relay Application-Id, advertised by relay agents.
RELAY_APPLICATION_ID = 0xFFFFFFFF

_CerOrCea = CapabilitiesExchangeRequest | CapabilitiesExchangeAnswer


@attrs.frozen
class LocalCapabilities:
    """What a node advertises in its CER and CEA."""

    origin_host: str
    origin_realm: str
    host_ip_addresses: tuple[AddressValue, ...] = (IPv4Address("127.0.0.1"),)
    vendor_id: int = 0
    product_name: str = "diameter-typed"
    auth_application_ids: frozenset[int] = frozenset()
    acct_application_ids: frozenset[int] = frozenset()
    #: (Vendor-Id, Auth-Application-Id or None, Acct-Application-Id or None)
    vendor_specific: tuple[tuple[int, int | None, int | None], ...] = ()
    supported_vendor_ids: frozenset[int] = frozenset()
    inband_security: frozenset[int] = frozenset({InbandSecurityId.NO_INBAND_SECURITY})
    origin_state_id: int | None = None
    firmware_revision: int | None = None

    def _vsai(self) -> tuple[VendorSpecificApplicationId, ...]:
        return tuple(
            VendorSpecificApplicationId(vendor_id=v, auth_application_id=auth, acct_application_id=acct)
            for v, auth, acct in self.vendor_specific
        )

    def _inband_security_ids(self) -> tuple[int, ...]:
        """The Inband-Security-Id values to advertise (RFC 6733 §6.10): none when
        NO_INBAND_SECURITY is all the node accepts (the AVP's absence says just that), else every
        value it accepts, NO_INBAND_SECURITY included, so that a peer without TLS still agrees."""
        if self.inband_security == {InbandSecurityId.NO_INBAND_SECURITY}:
            return ()
        return tuple(sorted(self.inband_security))

    def cer(self) -> CapabilitiesExchangeRequest:
        return CapabilitiesExchangeRequest(
            origin_host=self.origin_host,
            origin_realm=self.origin_realm,
            host_ip_address=self.host_ip_addresses,
            vendor_id=self.vendor_id,
            product_name=self.product_name,
            origin_state_id=self.origin_state_id,
            supported_vendor_id=tuple(sorted(self.supported_vendor_ids)),
            auth_application_id=tuple(sorted(self.auth_application_ids)),
            inband_security_id=self._inband_security_ids(),
            acct_application_id=tuple(sorted(self.acct_application_ids)),
            vendor_specific_application_id=self._vsai(),
            firmware_revision=self.firmware_revision,
        )

    def cea(self, result_code: int, *, error_message: str | None = None) -> CapabilitiesExchangeAnswer:
        return CapabilitiesExchangeAnswer(
            result_code=result_code,
            origin_host=self.origin_host,
            origin_realm=self.origin_realm,
            host_ip_address=self.host_ip_addresses,
            vendor_id=self.vendor_id,
            product_name=self.product_name,
            origin_state_id=self.origin_state_id,
            error_message=error_message,
            supported_vendor_id=tuple(sorted(self.supported_vendor_ids)),
            auth_application_id=tuple(sorted(self.auth_application_ids)),
            inband_security_id=self._inband_security_ids(),
            acct_application_id=tuple(sorted(self.acct_application_ids)),
            vendor_specific_application_id=self._vsai(),
            firmware_revision=self.firmware_revision,
        )


@attrs.frozen
class Agreement:
    """The outcome of a capabilities exchange."""

    result_code: int
    auth_application_ids: frozenset[int]
    acct_application_ids: frozenset[int]
    inband_security: int | None  # the common Inband-Security-Id, None if there is none
    peer_host: str
    peer_realm: str
    peer_addresses: tuple[AddressValue, ...]
    error_message: str | None = None
    #: every agreed Application-Id, authentication and accounting
    application_ids: frozenset[int] = attrs.field(init=False, eq=False, repr=False)

    @application_ids.default
    def _application_ids(self) -> frozenset[int]:
        return self.auth_application_ids | self.acct_application_ids

    @property
    def ok(self) -> bool:
        return self.result_code == ResultCode.DIAMETER_SUCCESS


def _common(mine: Iterable[int], theirs: Iterable[int]) -> frozenset[int]:
    mine, theirs = frozenset(mine), frozenset(theirs)
    if RELAY_APPLICATION_ID in mine:
        return theirs
    if RELAY_APPLICATION_ID in theirs:
        return mine
    return mine & theirs


def negotiate(
    local: LocalCapabilities,
    peer: _CerOrCea,
    *,
    known_peers: Iterable[str] | None = None,
) -> Agreement:
    """What ``local`` and the peer that sent ``peer`` (its CER, or its CEA) have in common.

    ``known_peers``: the Origin-Host values the node accepts; ``None`` accepts any peer.
    """

    def done(code: int, auth: frozenset[int], acct: frozenset[int], sec: int | None, msg: str | None) -> Agreement:
        return Agreement(code, auth, acct, sec, peer.origin_host, peer.origin_realm, tuple(peer.host_ip_address), msg)

    if known_peers is not None and peer.origin_host not in set(known_peers):
        return done(
            ResultCode.DIAMETER_UNKNOWN_PEER,
            frozenset(),
            frozenset(),
            None,
            f"{peer.origin_host} is not a configured peer",
        )
    peer_auth = set(peer.auth_application_id)
    peer_acct = set(peer.acct_application_id)
    for v in peer.vendor_specific_application_id:
        if v.auth_application_id is not None:
            peer_auth.add(v.auth_application_id)
        if v.acct_application_id is not None:
            peer_acct.add(v.acct_application_id)
    my_auth = set(local.auth_application_ids) | {a for _, a, _ in local.vendor_specific if a is not None}
    my_acct = set(local.acct_application_ids) | {a for _, _, a in local.vendor_specific if a is not None}
    # the relay Application-Id stands for every application, advertised in either list
    if RELAY_APPLICATION_ID in peer_auth | peer_acct:
        peer_auth |= {RELAY_APPLICATION_ID}
        peer_acct |= {RELAY_APPLICATION_ID}
    if RELAY_APPLICATION_ID in my_auth | my_acct:
        my_auth |= {RELAY_APPLICATION_ID}
        my_acct |= {RELAY_APPLICATION_ID}
    auth = _common(my_auth, peer_auth)
    acct = _common(my_acct, peer_acct)
    if not auth and not acct:
        return done(ResultCode.DIAMETER_NO_COMMON_APPLICATION, auth, acct, None, "no application in common")
    # RFC 6733 §6.10: no Inband-Security-Id means NO_INBAND_SECURITY only.
    theirs = set(peer.inband_security_id) or {InbandSecurityId.NO_INBAND_SECURITY}
    both = set(local.inband_security) & {int(x) for x in theirs}
    if not both:
        return done(ResultCode.DIAMETER_NO_COMMON_SECURITY, auth, acct, None, "no in-band security in common")
    # prefer TLS when both offer it
    security = max(both)
    return done(ResultCode.DIAMETER_SUCCESS, auth, acct, security, None)


def election_won(local_host: str, peer_host: str) -> bool:
    """RFC 6733 §5.6.4: "The responder compares the Origin-Host received in the CER with its
    own Origin-Host as two streams of octets. If the local Origin-Host lexicographically
    succeeds the received Origin-Host, a Win-Election event is issued locally." """
    return local_host.encode() > peer_host.encode()
