"""IPFilterRule (RFC 6733 §4.3.1)."""

from __future__ import annotations

import copy
import pickle
from ipaddress import IPv4Address, IPv6Address, ip_network
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diameter._ipfilter import (
    Action,
    AddressKeyword,
    Direction,
    FilterEndpoint,
    ICMPType,
    IPFilterRule,
    IPOption,
    OptionSpec,
    PortRange,
    TCPFlag,
    TCPOption,
)

from value_strategies import ip_filter_rules

ANY = FilterEndpoint(address=AddressKeyword.ANY)


def test_rfc_basic_example() -> None:
    text = "permit in ip from 192.0.2.1 to any"
    rule = IPFilterRule.parse(text)
    assert rule == IPFilterRule(
        action=Action.PERMIT,
        direction=Direction.IN,
        protocol=None,
        source=FilterEndpoint(address=ip_network("192.0.2.1/32")),
        destination=ANY,
    )
    assert str(rule) == rule.canonical() == text


CANONICAL_EXAMPLES: list[str] = [
    "permit in ip from 192.0.2.1 to any",
    "deny out ip from any to any",
    "permit out ip from assigned to any",
    "deny in ip from !assigned to any",
    "permit in 6 from 192.0.2.0/24 to 198.51.100.7 80",
    "permit out 17 from 10.0.0.0/8 1000-2000,3000,4000-4001 to any 53",
    "permit in 132 from any 3868 to any 3868",
    "permit in ip from any 80 to any",
    "deny in ip from !192.0.2.0/24 to !198.51.100.0/24",
    "permit out 6 from 2001:db8::/32 to 2001:db8::1 443 established",
    "permit in 6 from any to any setup",
    "permit in 6 from any to any tcpflags syn,!ack",
    "permit in 6 from any to any tcpoptions mss,window,!sack,ts,!cc",
    "deny in ip from any to any frag",
    "deny in ip from any to any ipoptions ssrr,lsrr,!rr,ts",
    "permit in 1 from any to any icmptypes 0,3-5,8",
    "permit in 58 from ::/0 to ::1",
    "deny in ip from 0.0.0.0/0 to any",
    "permit in 0 from any to any",
    "deny out 255 from any to any frag ipoptions rr tcpoptions mss established setup icmptypes 11",
]


@pytest.mark.parametrize("text", CANONICAL_EXAMPLES)
def test_canonical_examples_round_trip(text: str) -> None:
    rule = IPFilterRule.parse(text)
    assert str(rule) == text
    assert rule.canonical() == text
    assert str(attrs.evolve(rule)) == text  # the constructor renders the same text


def test_structure_of_a_full_rule() -> None:
    rule = IPFilterRule.parse(
        "deny out 6 from !10.0.0.0/8 1000-2000,3000 to 2001:db8::/64 443 established tcpflags syn,!ack"
    )
    assert rule.action is Action.DENY
    assert rule.direction is Direction.OUT
    assert rule.protocol == 6
    assert rule.source == FilterEndpoint(
        address=ip_network("10.0.0.0/8"),
        negated=True,
        ports=(PortRange(first=1000, last=2000), PortRange(first=3000)),
    )
    assert rule.destination.address == ip_network("2001:db8::/64")
    assert rule.destination.ports == (PortRange(first=443, last=443),)
    assert not rule.destination.negated
    assert rule.established and not rule.setup and not rule.frag
    assert rule.tcp_flags == OptionSpec(present=frozenset({TCPFlag.SYN}), absent=frozenset({TCPFlag.ACK}))
    assert rule.ip_options is None and rule.tcp_options is None
    assert rule.icmp_types == frozenset()
    assert 1500 in rule.source.ports[0] and 2001 not in rule.source.ports[0]


def test_options_structure() -> None:
    rule = IPFilterRule.parse(
        "permit in ip from any to any ipoptions rr,!ts tcpoptions !mss,sack icmptypes echo-request,13-15"
    )
    assert rule.ip_options == OptionSpec(present=frozenset({IPOption.RR}), absent=frozenset({IPOption.TS}))
    assert rule.tcp_options == OptionSpec(present=frozenset({TCPOption.SACK}), absent=frozenset({TCPOption.MSS}))
    assert rule.icmp_types == {8, 13, 14, 15}
    assert rule.canonical() == ("permit in ip from any to any ipoptions rr,!ts tcpoptions !mss,sack icmptypes 8,13-15")


def test_icmp_symbolic_names() -> None:
    names = ",".join(member.token for member in ICMPType)
    rule = IPFilterRule.parse(f"permit in 1 from any to any icmptypes {names}")
    assert rule.icmp_types == {int(member) for member in ICMPType}
    assert rule.canonical().endswith("icmptypes 0,3-5,8-18")


NON_CANONICAL: list[tuple[str, str]] = [
    ("permit  in ip   from 192.0.2.1 to any", "permit in ip from 192.0.2.1 to any"),
    (" permit in ip from 192.0.2.1 to any\t", "permit in ip from 192.0.2.1 to any"),
    ("permit\tin\tip\tfrom\tany\tto\tany", "permit in ip from any to any"),
    ("PERMIT IN IP FROM ANY TO ASSIGNED", "permit in ip from any to assigned"),
    ("permit in ip from 192.0.2.1/32 to any", "permit in ip from 192.0.2.1 to any"),
    ("permit in ip from 2001:DB8:0:0::1 to any", "permit in ip from 2001:db8::1 to any"),
    ("deny in ip from ! 192.0.2.0/24 to any", "deny in ip from !192.0.2.0/24 to any"),
    ("permit in 006 from any 0080 to any", "permit in 6 from any 80 to any"),
    ("permit in 6 from any 80-80 to any", "permit in 6 from any 80 to any"),
    ("permit in 6 from any to any tcpflags !ACK,SYN", "permit in 6 from any to any tcpflags syn,!ack"),
    ("permit in 6 from any to any tcpflags syn,syn", "permit in 6 from any to any tcpflags syn"),
    ("permit in 6 from any to any setup established", "permit in 6 from any to any established setup"),
    ("permit in 1 from any to any icmptypes 5,3,4,3-4", "permit in 1 from any to any icmptypes 3-5"),
    ("permit in 1 from any to any icmptypes Echo-Reply", "permit in 1 from any to any icmptypes 0"),
    # RFC 6733 §4.3.1's own example of a masked address with host bits set: 192.0.2.0 .. 192.0.2.255.
    ("permit in ip from 192.0.2.10/24 to any", "permit in ip from 192.0.2.0/24 to any"),
]


@pytest.mark.parametrize(("text", "canonical"), NON_CANONICAL)
def test_non_canonical_spellings_keep_their_text(text: str, canonical: str) -> None:
    rule = IPFilterRule.parse(text)
    assert str(rule) == text  # decode -> encode is byte-exact
    assert rule.canonical() == canonical
    assert rule == IPFilterRule.parse(canonical)
    assert hash(rule) == hash(IPFilterRule.parse(canonical))
    assert repr(rule) == repr(IPFilterRule.parse(canonical))
    assert str(attrs.evolve(rule)) == canonical
    assert str(copy.deepcopy(rule)) == text
    assert str(pickle.loads(pickle.dumps(rule))) == text


def test_any_differs_from_ipv4_zero_network() -> None:
    # "any" matches both IP versions; 0.0.0.0/0 tests for IPv4 (RFC 6733 §4.3.1).
    assert IPFilterRule.parse("permit in ip from any to any") != IPFilterRule.parse(
        "permit in ip from 0.0.0.0/0 to any"
    )


def test_constructor_conveniences() -> None:
    rule = IPFilterRule(
        action="deny",
        direction="out",
        protocol=17,
        source=FilterEndpoint(address="10.0.0.0/8", ports="53,1000-2000"),
        destination=FilterEndpoint(address=IPv6Address("2001:db8::1"), negated=True, ports=[53]),
        icmp_types=[ICMPType.ECHO_REPLY, 3],
    )
    assert rule.action is Action.DENY and rule.direction is Direction.OUT
    assert str(rule) == "deny out 17 from 10.0.0.0/8 53,1000-2000 to !2001:db8::1 53 icmptypes 0,3"
    assert FilterEndpoint(address="any") == ANY
    assert FilterEndpoint(address="assigned").address is AddressKeyword.ASSIGNED
    assert FilterEndpoint(address=IPv4Address("192.0.2.1")) == FilterEndpoint(address="192.0.2.1/32")
    assert IPFilterRule(action=Action.PERMIT, direction=Direction.IN).canonical() == "permit in ip from any to any"


def test_constructor_validates() -> None:
    with pytest.raises(ValueError, match="action"):
        IPFilterRule(action="allow", direction="in")
    with pytest.raises(ValueError, match="direction"):
        IPFilterRule(action="permit", direction="both")
    with pytest.raises(ValueError, match="0..255"):
        IPFilterRule(action="permit", direction="in", protocol=256)
    with pytest.raises(TypeError):
        IPFilterRule(action="permit", direction="in", protocol=True)
    with pytest.raises(ValueError, match="ports are only allowed"):
        IPFilterRule(action="permit", direction="in", protocol=1, source=FilterEndpoint(address="any", ports=[1]))
    with pytest.raises(ValueError, match="frag"):
        IPFilterRule(
            action="permit", direction="in", protocol=6, frag=True, destination=FilterEndpoint(address="any", ports=[1])
        )
    with pytest.raises(ValueError, match="frag"):
        IPFilterRule(action="permit", direction="in", frag=True, tcp_flags=OptionSpec(present=frozenset({TCPFlag.SYN})))
    with pytest.raises(TypeError, match="tcp_flags"):
        IPFilterRule(
            action="permit",
            direction="in",
            tcp_flags=OptionSpec(present=frozenset({IPOption.RR})),  # type: ignore[arg-type]
        )
    with pytest.raises(ValueError, match="0..255"):
        IPFilterRule(action="permit", direction="in", icmp_types=[256])
    with pytest.raises(ValueError, match="bits set beyond"):
        FilterEndpoint(address="192.0.2.10/24")
    with pytest.raises(ValueError, match="bad address"):
        FilterEndpoint(address="example.com")
    with pytest.raises(ValueError, match="0..65535"):
        PortRange(first=65536)
    with pytest.raises(ValueError, match="empty"):
        PortRange(first=10, last=9)
    with pytest.raises(ValueError, match="at least one"):
        OptionSpec[TCPFlag]()
    with pytest.raises(ValueError, match="both required and excluded"):
        OptionSpec(present=frozenset({TCPFlag.SYN}), absent=frozenset({TCPFlag.SYN}))
    with pytest.raises(TypeError):
        OptionSpec(present=frozenset({TCPFlag.SYN, IPOption.RR}))  # type: ignore[type-var]


def test_text_is_not_a_constructor_argument() -> None:
    with pytest.raises(TypeError):
        IPFilterRule(action="permit", direction="in", text="x")  # type: ignore[call-arg]


INVALID: list[tuple[str, str]] = [
    ("", "missing action"),
    ("   ", "missing action"),
    ("permit", "missing direction"),
    ("permit in", "missing protocol"),
    ("permit in ip", "missing 'from'"),
    ("permit in ip from", "missing source address"),
    ("permit in ip from any", "missing 'to'"),
    ("permit in ip from any to", "missing destination address"),
    ("allow in ip from any to any", "action"),
    ("permit up ip from any to any", "direction"),
    ("permit in tcp from any to any", "protocol"),
    ("permit in 256 from any to any", "protocol"),
    ("permit in -1 from any to any", "protocol"),
    ("permit in ip any to any", "'from'"),
    ("permit in ip from any any", "'to'"),
    ("permit in ip from any to any to any", "unknown option"),
    ("permit in ip from host.example.com to any", "bad address"),
    ("permit in ip from 192.0.2 to any", "bad IP number"),
    ("permit in ip from 192.0.2.256 to any", "bad IP number"),
    ("permit in ip from 192.0.2.1/33 to any", "mask width"),
    ("permit in ip from 2001:db8::/129 to any", "mask width"),
    ("permit in ip from 192.0.2.0/255.255.255.0 to any", "bad address"),
    ("permit in ip from 192.0.2.0/ to any", "bad address"),
    ("permit in ip from fe80::1%eth0 to any", "bad address"),
    ("permit in ip from !! any to any", "bad address"),
    ("permit in ip from ! to any", "bad address"),
    ("permit in ip from any to !", "missing destination address after '!'"),
    ("permit in 6 from any 80, to any", "bad port"),
    ("permit in 6 from any 80-90-100 to any", "bad port"),
    ("permit in 6 from any 65536 to any", "0..65535"),
    ("permit in 6 from any 90-80 to any", "empty"),
    ("permit in 6 from any 8o to any", "bad port"),
    ("permit in 1 from any 80 to any", "ports are only allowed"),
    ("permit in 6 from any to any 80 frag", "frag"),
    ("permit in 6 from any to any tcpflags syn frag", "frag"),
    ("permit in ip from any to any frag frag", "more than once"),
    ("permit in ip from any to any tcpflags syn tcpflags ack", "more than once"),
    ("permit in ip from any to any log", "unknown option"),
    ("permit in ip from any to any tcpflags", "missing tcpflags spec"),
    ("permit in ip from any to any tcpflags xyz", "unknown tcpflags entry"),
    ("permit in ip from any to any tcpflags syn,", "unknown tcpflags entry"),
    ("permit in ip from any to any tcpflags syn,!syn", "both required and excluded"),
    ("permit in ip from any to any ipoptions mss", "unknown ipoptions entry"),
    ("permit in ip from any to any tcpoptions rr", "unknown tcpoptions entry"),
    ("permit in ip from any to any icmptypes", "missing icmptypes"),
    ("permit in ip from any to any icmptypes 256", "0..255"),
    ("permit in ip from any to any icmptypes 5-3", "empty"),
    ("permit in ip from any to any icmptypes ping", "bad ICMP type"),
    ("permit in ip from any to any icmptypes 3,,4", "bad ICMP type"),
    ("permit in ip from 192.0.2.1 to any\u00a0", "ASCII"),
]


@pytest.mark.parametrize(("text", "message"), INVALID)
def test_invalid_text_is_rejected(text: str, message: str) -> None:
    with pytest.raises(ValueError, match="invalid IPFilterRule") as info:
        IPFilterRule.parse(text)
    assert message in str(info.value)


def test_frozen_and_hashable() -> None:
    rule = IPFilterRule.parse("permit in ip from any to any")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rule.protocol = 6  # type: ignore[misc]
    assert len({rule, IPFilterRule(action="permit", direction="in")}) == 1


# -- properties -------------------------------------------------------------------------------


@given(ip_filter_rules())
def test_round_trip(rule: IPFilterRule) -> None:
    text = str(rule)
    assert text == rule.canonical()
    parsed = IPFilterRule.parse(text)
    assert parsed == rule
    assert hash(parsed) == hash(rule)
    assert str(parsed) == text
    assert str(IPFilterRule.parse(str(parsed))) == text


@st.composite
def _respelled(draw: st.DrawFn, rule: IPFilterRule) -> str:
    """The canonical text with random keyword case and white space: the same rule."""
    words = rule.canonical().split(" ")
    words = [w.upper() if draw(st.booleans()) else w for w in words]
    blanks = st.sampled_from([" ", "  ", "\t", " \t "])
    text = words[0]
    for word in words[1:]:
        text += draw(blanks) + word
    return draw(st.sampled_from(["", " ", "\t"])) + text + draw(st.sampled_from(["", " ", "\r\n"]))


@given(st.data())
def test_non_canonical_round_trip(data: st.DataObject) -> None:
    rule = data.draw(ip_filter_rules())
    text = data.draw(_respelled(rule))
    parsed = IPFilterRule.parse(text)
    assert parsed == rule
    assert str(parsed) == text
    assert parsed.canonical() == str(rule)


# -- an independent oracle: texts assembled word by word -------------------------------------
#
# The text of a rule drawn by ip_filter_rules() is written here word by word from its fields
# (not by canonical()), in spellings the grammar allows (keyword case, white space, "!" apart
# from its address, a single address with or without /32, ICMP types by name or number,
# options in any order); or, with one word replaced or added, broken in one known way. A text
# with no broken word must parse into exactly the drawn rule; a broken one must be rejected with
# ValueError. ``broken`` is drawn first, so both kinds are always generated.

_BLANKS = st.sampled_from([" ", "  ", "\t", " \t "])
_BROKEN = {
    "action": ["allow", "permitted", "!permit"],
    "direction": ["inout", "both", "ni"],
    "protocol": ["256", "tcp", "-1", "6.0", "0x6"],
    "from": ["form", "src"],
    "to": ["too", "dst"],
    "address": ["300.1.1.1", "10.0.0.0/33", "2001:db8::/129", "any/8", "!!any", "host", "10.0.0/8"],
    "option": ["fragment", "established,", "tcpflag", "icmptype"],
    "spec": [
        "tcpflags xyz",
        "tcpflags syn,!syn",
        "ipoptions",
        "tcpoptions mss,",
        "icmptypes 256",
        "icmptypes 5-3",
        "icmptypes echo",
    ],
}


def _endpoint_words(draw: st.DrawFn, e: FilterEndpoint) -> list[str]:
    address = e.address
    if isinstance(address, AddressKeyword):
        text = draw(st.sampled_from([address.value, address.value.upper()]))
    elif address.prefixlen == address.max_prefixlen and draw(st.booleans()):
        text = str(address.network_address)
    else:
        text = f"{address.network_address}/{address.prefixlen}"
    words = (["!", text] if draw(st.booleans()) else ["!" + text]) if e.negated else [text]
    if e.ports:
        words.append(
            ",".join(
                str(p.first) if p.first == p.last and draw(st.booleans()) else f"{p.first}-{p.last}" for p in e.ports
            )
        )
    return words


def _spec_words(draw: st.DrawFn, name: str, spec: OptionSpec[Any] | None) -> list[list[str]]:
    if spec is None:
        return []
    items = [m.value for m in spec.present] + ["!" + m.value for m in spec.absent]
    return [[draw(st.sampled_from([name, name.upper()])), ",".join(draw(st.permutations(items)))]]


def _icmp_word(draw: st.DrawFn, types: frozenset[int]) -> str:
    names = {int(m): m.token for m in ICMPType}
    return ",".join(
        names[t] if t in names and draw(st.booleans()) else str(t) for t in draw(st.permutations(sorted(types)))
    )


@st.composite
def _rule_text(draw: st.DrawFn) -> tuple[str, IPFilterRule | None]:
    """(text, the rule it means) or (text, None) when one word is broken."""
    rule = draw(ip_filter_rules())
    broken = draw(st.sampled_from([None, *_BROKEN, "duplicate", "frag+ports", "missing"]))
    words = [
        draw(st.sampled_from([rule.action.value, rule.action.value.upper()])),
        draw(st.sampled_from([rule.direction.value, rule.direction.value.capitalize()])),
        "ip" if rule.protocol is None else str(rule.protocol),
        "from",
        *_endpoint_words(draw, rule.source),
        "to",
        *_endpoint_words(draw, rule.destination),
    ]
    options: list[list[str]] = [[o] for o in ("frag", "established", "setup") if getattr(rule, o)]
    options += _spec_words(draw, "ipoptions", rule.ip_options)
    options += _spec_words(draw, "tcpoptions", rule.tcp_options)
    options += _spec_words(draw, "tcpflags", rule.tcp_flags)
    if rule.icmp_types:
        options.append(["icmptypes", _icmp_word(draw, rule.icmp_types)])
    for option in draw(st.permutations(options)):
        words += option
    if broken in ("action", "direction", "protocol"):
        words[("action", "direction", "protocol").index(broken)] = draw(st.sampled_from(_BROKEN[broken]))
    elif broken in ("from", "to"):
        words[words.index(broken)] = draw(st.sampled_from(_BROKEN[broken]))
    elif broken == "address":
        words[words.index("to") + 1] = draw(st.sampled_from(_BROKEN["address"]))
    elif broken in ("option", "spec"):
        words += draw(st.sampled_from(_BROKEN[broken])).split(" ")
    elif broken == "duplicate":
        words += [draw(st.sampled_from(["frag", "setup", "established"]))] * 2
    elif broken == "frag+ports":  # RFC 6733 §4.3.1: frag not with TCP/UDP port specifications
        words = [words[0], words[1], "6", "from", "any", "80", "to", "any", "frag"]
    elif broken == "missing":
        words = words[: draw(st.integers(0, words.index("to") + 1))]
    text = draw(st.sampled_from(["", " "])) + words[0] if words else ""
    for word in words[1:]:
        text += draw(_BLANKS) + word
    return text, (rule if broken is None else None)


@settings(max_examples=300)
@given(_rule_text())
def test_parse_accepts_exactly_the_grammar(case: tuple[str, IPFilterRule | None]) -> None:
    text, expected = case
    if expected is None:
        with pytest.raises(ValueError):
            IPFilterRule.parse(text)
        return
    rule = IPFilterRule.parse(text)
    assert rule == expected
    assert str(rule) == text
    assert IPFilterRule.parse(rule.canonical()) == expected


@given(st.text(max_size=60))
def test_parse_raises_only_value_error(text: str) -> None:
    """Any text at all: a ValueError, or a rule that renders back to the text."""
    try:
        rule = IPFilterRule.parse(text)
    except ValueError:
        return
    assert str(rule) == text
    assert IPFilterRule.parse(rule.canonical()) == rule
