"""Hypothesis strategies for the derived value types (RFC 6733 §4.3.1).

``diameter_uris()`` and ``ip_filter_rules()`` generate valid, constructor-built values (whose
``str()`` is therefore the canonical text).
"""

from __future__ import annotations

import ipaddress
from ipaddress import IPv4Network, IPv6Network
from typing import TypeVar

from hypothesis import strategies as st

from diameter._ipfilter import (
    PORT_PROTOCOLS,
    Action,
    Address,
    AddressKeyword,
    Direction,
    FilterEndpoint,
    IPFilterRule,
    IPOption,
    OptionSpec,
    PortRange,
    TCPFlag,
    TCPOption,
)
from diameter._uri import PROTOCOLS, TRANSPORTS, DiameterURI

__all__ = [
    "diameter_uris",
    "host_names",
    "ip_filter_rules",
    "filter_endpoints",
    "ip_networks",
    "option_specs",
    "port_ranges",
]

_LABEL_RE = r"[A-Za-z0-9_]([A-Za-z0-9_-]{0,20}[A-Za-z0-9_])?"


def host_names() -> st.SearchStrategy[str]:
    """Host names valid in a DiameterURI: 1..5 labels (RFC 1123 syntax, ``_`` allowed)."""
    labels = st.one_of(
        st.from_regex(_LABEL_RE, fullmatch=True),
        st.just("a" * 63),  # the longest label
    )
    return st.lists(labels, min_size=1, max_size=5).map(".".join).filter(lambda h: len(h) <= 253)


@st.composite
def _diameter_uri(draw: st.DrawFn) -> DiameterURI:
    scheme = draw(st.sampled_from(["aaa", "aaas"]))
    host = draw(
        st.one_of(
            host_names(),
            st.ip_addresses(v=4).map(str),
            st.ip_addresses(v=6).map(str),
        )
    )
    port = draw(st.none() | st.integers(0, 65535))
    transport = draw(st.none() | st.sampled_from(sorted(TRANSPORTS)))
    protocol = draw(st.none() | st.sampled_from(sorted(PROTOCOLS)))
    if transport == "udp" and protocol in (None, "diameter"):
        # RFC 6733 §4.3.1: UDP MUST NOT be used with Diameter (the default protocol).
        protocol = draw(st.sampled_from(["radius", "tacacs+"]))
    return DiameterURI(scheme=scheme, fqdn=host, port=port, transport=transport, protocol=protocol)


def diameter_uris() -> st.SearchStrategy[DiameterURI]:
    """Valid :class:`DiameterURI` values built by the constructor."""
    return _diameter_uri()


@st.composite
def _ip_network(draw: st.DrawFn) -> IPv4Network | IPv6Network:
    address = draw(st.ip_addresses())
    bits = draw(st.one_of(st.just(address.max_prefixlen), st.integers(0, address.max_prefixlen)))
    return ipaddress.ip_network((address, bits), strict=False)


def ip_networks() -> st.SearchStrategy[IPv4Network | IPv6Network]:
    """IPv4 and IPv6 networks (often single addresses)."""
    return _ip_network()


@st.composite
def _port_range(draw: st.DrawFn) -> PortRange:
    first = draw(st.integers(0, 65535))
    last = draw(st.one_of(st.just(first), st.integers(first, 65535)))
    return PortRange(first=first, last=last)


def port_ranges() -> st.SearchStrategy[PortRange]:
    return _port_range()


@st.composite
def _filter_endpoint(draw: st.DrawFn, with_ports: bool) -> FilterEndpoint:
    address: Address = draw(st.one_of(st.sampled_from(list(AddressKeyword)), ip_networks()))
    ports = draw(st.lists(port_ranges(), max_size=3)) if with_ports else []
    return FilterEndpoint(address=address, negated=draw(st.booleans()), ports=ports)


def filter_endpoints(with_ports: bool = True) -> st.SearchStrategy[FilterEndpoint]:
    return _filter_endpoint(with_ports)


_F = TypeVar("_F", IPOption, TCPOption, TCPFlag)


def option_specs(kind: type[_F]) -> st.SearchStrategy[OptionSpec[_F] | None]:
    """None (option absent) or an :class:`OptionSpec` of ``kind``'s members."""

    @st.composite
    def spec(draw: st.DrawFn) -> OptionSpec[_F] | None:
        chosen = draw(st.lists(st.sampled_from(list(kind)), unique=True))
        if not chosen:
            return None
        cut = draw(st.integers(0, len(chosen)))
        return OptionSpec(present=frozenset(chosen[:cut]), absent=frozenset(chosen[cut:]))

    return spec()


@st.composite
def _ip_filter_rule(draw: st.DrawFn) -> IPFilterRule:
    protocol = draw(st.one_of(st.none(), st.sampled_from([1, 6, 17, 58, 132]), st.integers(0, 255)))
    frag = draw(st.booleans())
    # Ports only with TCP/UDP/SCTP/ip; frag excludes ports and tcpflags (RFC 6733 §4.3.1).
    with_ports = protocol in PORT_PROTOCOLS and not frag
    icmp = draw(
        st.one_of(
            st.frozensets(st.integers(0, 255), max_size=6),
            st.tuples(st.integers(0, 255), st.integers(0, 20)).map(
                lambda t: frozenset(range(t[0], min(255, t[0] + t[1]) + 1))
            ),
        )
    )
    return IPFilterRule(
        action=draw(st.sampled_from(list(Action))),
        direction=draw(st.sampled_from(list(Direction))),
        protocol=protocol,
        source=draw(filter_endpoints(with_ports)),
        destination=draw(filter_endpoints(with_ports)),
        frag=frag,
        ip_options=draw(option_specs(IPOption)),
        tcp_options=draw(option_specs(TCPOption)),
        established=draw(st.booleans()),
        setup=draw(st.booleans()),
        tcp_flags=None if frag else draw(option_specs(TCPFlag)),
        icmp_types=icmp,
    )


def ip_filter_rules() -> st.SearchStrategy[IPFilterRule]:
    """Valid :class:`IPFilterRule` values built by the constructor."""
    return _ip_filter_rule()
