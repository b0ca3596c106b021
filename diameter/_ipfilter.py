"""The IPFilterRule derived AVP data format (RFC 6733 §4.3.1).

An IPFilterRule is an ASCII text, "a modified subset of ipfw(8) from FreeBSD"::

    action dir proto from src to dst [options]

    action    permit | deny
    dir       in (from the terminal) | out (to the terminal)
    proto     an IP protocol number, or "ip" for any protocol
    src, dst  [!] address [ports]
              address: any | assigned | ipno | ipno/bits  (IPv4 or IPv6)
              ports:   {port|port-port}[,ports[,...]]     (TCP, UDP, SCTP)
    options   frag | ipoptions spec | tcpoptions spec | established | setup
              | tcpflags spec | icmptypes types

:class:`IPFilterRule` is the structured value of such a text, with :class:`FilterEndpoint`
(source / destination), :class:`PortRange`, :class:`OptionSpec` and the keyword enums.
"""

from __future__ import annotations

import enum
import ipaddress
import re
from collections.abc import Iterable, Iterator
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network
from typing import Final, Generic, TypeAlias, TypeVar

import attrs

__all__ = [
    "Action",
    "Direction",
    "AddressKeyword",
    "Address",
    "IPOption",
    "TCPOption",
    "TCPFlag",
    "ICMPType",
    "PortRange",
    "FilterEndpoint",
    "OptionSpec",
    "IPFilterRule",
    "PORT_PROTOCOLS",
]


class Action(enum.StrEnum):
    """What to do with a matching packet (RFC 6733 §4.3.1 ``action``)."""

    PERMIT = "permit"
    DENY = "deny"


class Direction(enum.StrEnum):
    """RFC 6733 §4.3.1 ``dir``: ``in`` is from the terminal, ``out`` is to the terminal."""

    IN = "in"
    OUT = "out"


class AddressKeyword(enum.StrEnum):
    """The address keywords of RFC 6733 §4.3.1.

    ``any`` is 0.0.0.0/0 *or* the IPv6 equivalent (it matches both versions, unlike an explicit
    ``0.0.0.0/0``, which tests for IPv4); ``assigned`` is the address or set of addresses
    assigned to the terminal.
    """

    ANY = "any"
    ASSIGNED = "assigned"


class IPOption(enum.StrEnum):
    """IP options of the ``ipoptions`` option (RFC 6733 §4.3.1)."""

    SSRR = "ssrr"  #: strict source route
    LSRR = "lsrr"  #: loose source route
    RR = "rr"  #: record packet route
    TS = "ts"  #: timestamp


class TCPOption(enum.StrEnum):
    """TCP options of the ``tcpoptions`` option (RFC 6733 §4.3.1)."""

    MSS = "mss"  #: maximum segment size
    WINDOW = "window"  #: TCP window advertisement
    SACK = "sack"  #: selective ack
    TS = "ts"  #: RFC 1323 timestamp
    CC = "cc"  #: RFC 1644 T/TCP connection count


class TCPFlag(enum.StrEnum):
    """TCP flags of the ``tcpflags`` option (RFC 6733 §4.3.1)."""

    FIN = "fin"
    SYN = "syn"
    RST = "rst"
    PSH = "psh"
    ACK = "ack"
    URG = "urg"


class ICMPType(enum.IntEnum):
    """The ICMP types RFC 6733 §4.3.1 lists for ``icmptypes``.

    The RFC says symbolic values may be used but names them only in prose ("echo reply (0)").
    :meth:`IPFilterRule.parse` accepts the member names in lower case with ``-`` for ``_``
    (``echo-reply``, ``time-to-live-exceeded``, ...), as well as any number 0..255.
    """

    ECHO_REPLY = 0
    DESTINATION_UNREACHABLE = 3
    SOURCE_QUENCH = 4
    REDIRECT = 5
    ECHO_REQUEST = 8
    ROUTER_ADVERTISEMENT = 9
    ROUTER_SOLICITATION = 10
    TIME_TO_LIVE_EXCEEDED = 11
    IP_HEADER_BAD = 12
    TIMESTAMP_REQUEST = 13
    TIMESTAMP_REPLY = 14
    INFORMATION_REQUEST = 15
    INFORMATION_REPLY = 16
    ADDRESS_MASK_REQUEST = 17
    ADDRESS_MASK_REPLY = 18

    @property
    def token(self) -> str:
        """The symbolic spelling accepted in a rule, e.g. ``"echo-reply"``."""
        return self.name.lower().replace("_", "-")


#: An endpoint address: a keyword or an IP network (a single ``ipno`` is a /32 or /128).
Address: TypeAlias = AddressKeyword | IPv4Network | IPv6Network

#: Protocols with which ports may be given: TCP, UDP, SCTP (RFC 6733 §4.3.1), and None for
#: ``ip`` (any protocol), where the ports select the TCP, UDP and SCTP packets.
PORT_PROTOCOLS: Final = frozenset({None, 6, 17, 132})

_ICMP_NAMES: Final = {member.token: int(member) for member in ICMPType}
_ADDRESS_RE: Final = re.compile(r"(?P<ip>[0-9A-Fa-f:.]+)(?:/(?P<bits>[0-9]{1,3}))?")
_PORT_ITEM_RE: Final = re.compile(r"(?P<first>[0-9]{1,5})(?:-(?P<last>[0-9]{1,5}))?")
_ICMP_ITEM_RE: Final = re.compile(r"(?P<first>[0-9]{1,3})(?:-(?P<last>[0-9]{1,3}))?")
_PROTO_RE: Final = re.compile(r"[0-9]{1,3}")
_BLANKS: Final = " \t\r\n\f\v"
_SPLIT_RE: Final = re.compile(r"[ \t\r\n\f\v]+")

_E = TypeVar("_E", bound=enum.Enum)
_F = TypeVar("_F", IPOption, TCPOption, TCPFlag)


def _enum_member(cls: type[_E], value: object, what: str) -> _E:
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in cls)
        raise ValueError(f"{what} must be one of {allowed}, not {value!r}") from None


def _to_action(value: Action | str) -> Action:
    return _enum_member(Action, value, "action")


def _to_direction(value: Direction | str) -> Direction:
    return _enum_member(Direction, value, "direction")


def _check_int(value: object, what: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{what} must be an int, got {type(value).__name__}")
    if not low <= value <= high:
        raise ValueError(f"{what} {value} is not in {low}..{high}")
    return value


# -- ports ------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class PortRange:
    """A port or an inclusive port range ``first-last`` (RFC 6733 §4.3.1); ``last`` defaults
    to ``first``, and ``PortRange(first=80)`` renders as ``80``."""

    first: int
    last: int = attrs.field()

    @last.default
    def _last_default(self) -> int:
        return self.first

    def __attrs_post_init__(self) -> None:
        _check_int(self.first, "port", 0, 65535)
        _check_int(self.last, "port", 0, 65535)
        if self.first > self.last:
            raise ValueError(f"port range {self.first}-{self.last} is empty (first > last)")

    def __contains__(self, port: object) -> bool:
        return isinstance(port, int) and self.first <= port <= self.last

    def __str__(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"


def _parse_ports(token: str) -> tuple[PortRange, ...]:
    ranges = []
    for item in token.split(","):
        match = _PORT_ITEM_RE.fullmatch(item)
        if match is None:
            raise ValueError(f"bad port {item!r} in {token!r} (expected port or port-port)")
        first = int(match["first"])
        last = int(match["last"]) if match["last"] is not None else first
        ranges.append(PortRange(first=first, last=last))
    return tuple(ranges)


def _to_ports(value: Iterable[PortRange | int] | str) -> tuple[PortRange, ...]:
    """Converter: a port list text (``"80,8000-8080"``) or an iterable of ports / ranges."""
    if isinstance(value, str):
        return _parse_ports(value)
    ports = []
    for item in value:
        if isinstance(item, PortRange):
            ports.append(item)
        else:
            ports.append(PortRange(first=item))
    return tuple(ports)


# -- addresses --------------------------------------------------------------------------------


def _parse_address(token: str, *, strict: bool) -> Address:
    """``any`` | ``assigned`` | ipno | ipno/bits. With ``strict``, an IP number with bits set
    beyond the mask is an error; otherwise those bits are cleared (see IPFilterRule)."""
    keyword = token.lower()
    if keyword in ("any", "assigned"):
        return AddressKeyword(keyword)
    match = _ADDRESS_RE.fullmatch(token)
    if match is None:
        raise ValueError(f"bad address {token!r} (expected any, assigned, ipno or ipno/bits)")
    try:
        ip = ipaddress.ip_address(match["ip"])
    except ValueError:
        raise ValueError(f"bad IP number {match['ip']!r} in {token!r}") from None
    if match["bits"] is None:
        return ipaddress.ip_network(ip)
    bits = int(match["bits"])
    if bits > ip.max_prefixlen:
        raise ValueError(f"mask width /{bits} is not valid for IPv{ip.version} in {token!r}")
    try:
        return ipaddress.ip_network((ip, bits), strict=strict)
    except ValueError:
        raise ValueError(
            f"{token!r} has bits set beyond the /{bits} mask (RFC 6733 §4.3.1: the IP number "
            "MUST NOT have bits set beyond the mask)"
        ) from None


def _to_address(value: Address | IPv4Address | IPv6Address | str) -> Address:
    """Converter: a keyword, an IP address or network, or the text of one."""
    if isinstance(value, (AddressKeyword, IPv4Network, IPv6Network)):
        return value
    if isinstance(value, (IPv4Address, IPv6Address)):
        return ipaddress.ip_network(value)
    if isinstance(value, str):
        return _parse_address(value, strict=True)
    raise TypeError(f"address must be a keyword, IP address or network, got {type(value).__name__}")


def _address_text(address: Address) -> str:
    if isinstance(address, AddressKeyword):
        return address.value
    if address.prefixlen == address.max_prefixlen:
        return str(address.network_address)
    return str(address)


@attrs.frozen(kw_only=True)
class FilterEndpoint:
    """The ``src`` or ``dst`` of an IPFilterRule (RFC 6733 §4.3.1): ``[!] address [ports]``.

    ``address`` is :class:`AddressKeyword` ``ANY`` / ``ASSIGNED`` or an ``IPv4Network`` /
    ``IPv6Network``; a single IP number is a /32 or /128 network and renders without a mask.
    The constructor also takes an ``IPv4Address`` / ``IPv6Address`` or the text of an
    address (``"any"``, ``"192.0.2.0/24"``), rejecting host bits beyond the mask.
    ``negated`` is the ``!`` modifier: it inverts the address match only, not the ports.
    ``ports`` is the port list in the order given (empty: any port); the constructor also
    takes ints and a port list text such as ``"80,8000-8080"``.
    """

    address: Address = attrs.field(converter=_to_address)
    negated: bool = False
    ports: tuple[PortRange, ...] = attrs.field(default=(), converter=_to_ports)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.negated, bool):
            raise TypeError(f"negated must be a bool, got {type(self.negated).__name__}")

    def __str__(self) -> str:
        text = ("!" if self.negated else "") + _address_text(self.address)
        if self.ports:
            text += " " + ",".join(str(p) for p in self.ports)
        return text


_ANY_ENDPOINT: Final = FilterEndpoint(address=AddressKeyword.ANY)


# -- options ----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class OptionSpec(Generic[_F]):
    """The ``spec`` of ``ipoptions``, ``tcpoptions`` or ``tcpflags`` (RFC 6733 §4.3.1).

    ``present`` must be in the packet, ``absent`` (written with ``!``) must not; the two are
    disjoint and not both empty. The order of the text is not kept in the structure: the
    canonical text lists the members in the order of the enum (e.g. ``syn,!ack``).
    """

    present: frozenset[_F] = frozenset()
    absent: frozenset[_F] = frozenset()

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.present, frozenset) or not isinstance(self.absent, frozenset):
            raise TypeError("OptionSpec present and absent must be frozensets")
        if not self.present and not self.absent:
            raise ValueError("an option spec needs at least one entry")
        both = self.present & self.absent
        if both:
            raise ValueError(f"{', '.join(sorted(both))} both required and excluded ('!')")
        kinds = {type(member) for member in self.present | self.absent}
        if len(kinds) != 1 or not kinds <= {IPOption, TCPOption, TCPFlag}:
            raise TypeError("OptionSpec members must all be IPOption, all TCPOption or all TCPFlag")

    @property
    def kind(self) -> type[_F]:
        """The enum of the members (IPOption, TCPOption or TCPFlag)."""
        return type(next(iter(self.present | self.absent)))

    def __str__(self) -> str:
        items = []
        for member in self.kind:
            if member in self.present:
                items.append(member.value)
            elif member in self.absent:
                items.append("!" + member.value)
        return ",".join(items)


def _parse_spec(kind: type[_F], token: str, option: str) -> OptionSpec[_F]:
    present: set[_F] = set()
    absent: set[_F] = set()
    for item in token.split(","):
        negated = item.startswith("!")
        name = item[1:] if negated else item
        try:
            member = kind(name.lower())
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            raise ValueError(f"unknown {option} entry {item!r} (supported: {allowed})") from None
        (absent if negated else present).add(member)
    return OptionSpec(present=frozenset(present), absent=frozenset(absent))


def _parse_icmp_types(token: str) -> frozenset[int]:
    types: set[int] = set()
    for item in token.split(","):
        symbolic = _ICMP_NAMES.get(item.lower())
        if symbolic is not None:
            types.add(symbolic)
            continue
        match = _ICMP_ITEM_RE.fullmatch(item)
        if match is None:
            raise ValueError(f"bad ICMP type {item!r} (expected a number 0..255, a range or a name)")
        first = int(match["first"])
        last = int(match["last"]) if match["last"] is not None else first
        if last > 255:
            raise ValueError(f"ICMP type {last} is not in 0..255")
        if first > last:
            raise ValueError(f"ICMP type range {item!r} is empty (first > last)")
        types.update(range(first, last + 1))
    return frozenset(types)


def _to_icmp_types(value: Iterable[int]) -> frozenset[int]:
    """Converter: any iterable of ICMP type numbers (e.g. :class:`ICMPType` members)."""
    result = set()
    for item in value:
        result.add(int(_check_int(item, "ICMP type", 0, 255)))
    return frozenset(result)


def _ranges_text(values: frozenset[int]) -> str:
    """``{0, 3, 4, 5, 8}`` -> ``"0,3-5,8"``."""
    items: list[str] = []
    ordered = sorted(values)
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and ordered[end + 1] == ordered[end] + 1:
            end += 1
        first, last = ordered[start], ordered[end]
        items.append(str(first) if first == last else f"{first}-{last}")
        start = end + 1
    return ",".join(items)


# -- the rule ---------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class IPFilterRule:
    """An IPFilterRule (RFC 6733 §4.3.1): ``action dir proto from src to dst [options]``.

    Fields: ``action`` (:class:`Action`), ``direction`` (:class:`Direction`), ``protocol``
    (an IP protocol number 0..255, or None for the keyword ``ip``, any protocol),
    ``source`` / ``destination`` (:class:`FilterEndpoint`, default ``any``), and the options:
    ``frag``, ``ip_options`` (``ipoptions``), ``tcp_options`` (``tcpoptions``),
    ``established``, ``setup``, ``tcp_flags`` (``tcpflags``), each :class:`OptionSpec` or
    None when absent, and ``icmp_types`` (``icmptypes``; the set of type numbers, empty when
    absent). The constructor takes ``"permit"`` / ``"in"`` strings for the enums.

    Constraints enforced by the constructor and :meth:`parse` (``ValueError``):

    * ports only with TCP (6), UDP (17), SCTP (132) -- "with the TCP, UDP, and SCTP protocols,
      optional ports may be specified" -- or with ``ip``, where they can only match those;
    * ``frag`` "may not be used in conjunction with either tcpflags or TCP/UDP port
      specifications";
    * an option at most once, a flag not both required and excluded.

    **Leniency of parse.** Keywords are case-insensitive, tokens may be separated by any ASCII
    white space (leading and trailing white space is allowed), ``!`` may stand apart from
    its address (``! 192.0.2.1``), ICMP types may be ranges or names (see :class:`ICMPType`),
    options may come in any order. An ``ipno/bits`` with bits set beyond the mask, which
    §4.3.1 forbids ("the IP number MUST NOT have bits set beyond the mask") but also uses as
    its own example (``192.0.2.10/24`` matching 192.0.2.0 to 192.0.2.255), is accepted as that
    network, with the extra bits cleared; the constructor, given such a text, rejects it.

    **Text and equality.** Equality and hashing compare the structure only: ``ipno`` equals
    ``ipno/32``, option order and ``tcpflags`` entry order do not matter, ICMP types are a set,
    the port list keeps its order. ``str()`` of a value from :meth:`parse` returns the exact
    parsed text (kept in a private field that is neither compared, hashed, shown by ``repr``
    nor accepted by the constructor), so decoding then encoding is byte-exact; ``str()`` of a
    constructed value (also via :func:`attrs.evolve`) is :meth:`canonical`.
    """

    action: Action = attrs.field(converter=_to_action)
    direction: Direction = attrs.field(converter=_to_direction)
    protocol: int | None = None
    source: FilterEndpoint = _ANY_ENDPOINT
    destination: FilterEndpoint = _ANY_ENDPOINT
    frag: bool = False
    ip_options: OptionSpec[IPOption] | None = None
    tcp_options: OptionSpec[TCPOption] | None = None
    established: bool = False
    setup: bool = False
    tcp_flags: OptionSpec[TCPFlag] | None = None
    icmp_types: frozenset[int] = attrs.field(default=frozenset(), converter=_to_icmp_types)
    # The text this value was parsed from; set by parse() only (see the class docstring).
    _text: str | None = attrs.field(default=None, init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.protocol is not None:
            _check_int(self.protocol, "protocol", 0, 255)
        for name, endpoint in (("source", self.source), ("destination", self.destination)):
            if not isinstance(endpoint, FilterEndpoint):
                raise TypeError(f"{name} must be a FilterEndpoint, got {type(endpoint).__name__}")
        for name, flag in (("frag", self.frag), ("established", self.established), ("setup", self.setup)):
            if not isinstance(flag, bool):
                raise TypeError(f"{name} must be a bool, got {type(flag).__name__}")
        for name, spec, kind in (
            ("ip_options", self.ip_options, IPOption),
            ("tcp_options", self.tcp_options, TCPOption),
            ("tcp_flags", self.tcp_flags, TCPFlag),
        ):
            if spec is not None and (not isinstance(spec, OptionSpec) or spec.kind is not kind):
                raise TypeError(f"{name} must be an OptionSpec of {kind.__name__} or None")
        has_ports = bool(self.source.ports or self.destination.ports)
        if has_ports and self.protocol not in PORT_PROTOCOLS:
            raise ValueError(
                f"ports are only allowed with protocols TCP (6), UDP (17), SCTP (132) or ip, "
                f"not {self.protocol} (RFC 6733 §4.3.1)"
            )
        if self.frag and (has_ports or self.tcp_flags is not None):
            raise ValueError("frag may not be used with tcpflags or port specifications (RFC 6733 §4.3.1)")

    # -- text -------------------------------------------------------------------------------

    def _option_words(self) -> Iterator[str]:
        if self.frag:
            yield "frag"
        if self.ip_options is not None:
            yield f"ipoptions {self.ip_options}"
        if self.tcp_options is not None:
            yield f"tcpoptions {self.tcp_options}"
        if self.established:
            yield "established"
        if self.setup:
            yield "setup"
        if self.tcp_flags is not None:
            yield f"tcpflags {self.tcp_flags}"
        if self.icmp_types:
            yield f"icmptypes {_ranges_text(self.icmp_types)}"

    def canonical(self) -> str:
        """The canonical text: lower-case keywords, single spaces, ``ip`` or the decimal
        protocol, ``!`` attached to the address, options in the order of RFC 6733 §4.3.1."""
        proto = "ip" if self.protocol is None else str(self.protocol)
        words = [self.action.value, self.direction.value, proto, "from", str(self.source)]
        words += ["to", str(self.destination), *self._option_words()]
        return " ".join(words)

    def __str__(self) -> str:
        return self._text if self._text is not None else self.canonical()

    @classmethod
    def parse(cls, text: str) -> IPFilterRule:
        """Parse an IPFilterRule text (RFC 6733 §4.3.1); raise ``ValueError`` if it is invalid.

        ``str()`` of the result is ``text`` itself; see the class docstring.
        """
        if not isinstance(text, str):
            raise TypeError(f"IPFilterRule.parse expects a str, got {type(text).__name__}")
        try:
            rule = _Parser(text).rule()
        except ValueError as exc:
            raise ValueError(f"invalid IPFilterRule {text!r}: {exc}") from None
        object.__setattr__(rule, "_text", text)
        return rule


class _Parser:
    """Recursive-descent parser over the white-space separated words of a rule."""

    def __init__(self, text: str) -> None:
        if not text.isascii():
            raise ValueError("an IPFilterRule uses the ASCII charset")
        stripped = text.strip(_BLANKS)
        self.words = _SPLIT_RE.split(stripped) if stripped else []
        self.pos = 0

    def peek(self) -> str | None:
        return self.words[self.pos] if self.pos < len(self.words) else None

    def next(self, what: str) -> str:
        word = self.peek()
        if word is None:
            raise ValueError(f"missing {what}")
        self.pos += 1
        return word

    def keyword(self, allowed: tuple[str, ...], what: str | None = None) -> str:
        expected = " or ".join(repr(o) for o in allowed)
        label = f"{what} {expected}" if what else expected
        word = self.next(label)
        if word.lower() not in allowed:
            raise ValueError(f"expected {label}, got {word!r}")
        return word.lower()

    def endpoint(self, what: str) -> FilterEndpoint:
        word = self.next(f"{what} address")
        negated = word.startswith("!")
        if word == "!":
            word = self.next(f"{what} address after '!'")
        elif negated:
            word = word[1:]
        address = _parse_address(word, strict=False)
        ports: tuple[PortRange, ...] = ()
        after = self.peek()
        if after is not None and after[0].isdigit():
            ports = _parse_ports(self.next("ports"))
        return FilterEndpoint(address=address, negated=negated, ports=ports)

    def rule(self) -> IPFilterRule:
        action = self.keyword(("permit", "deny"), "action")
        direction = self.keyword(("in", "out"), "direction")
        proto_word = self.next("protocol")
        protocol: int | None = None
        if proto_word.lower() != "ip":
            if not _PROTO_RE.fullmatch(proto_word) or int(proto_word) > 255:
                raise ValueError(f"protocol must be 'ip' or a number 0..255, got {proto_word!r}")
            protocol = int(proto_word)
        self.keyword(("from",))
        source = self.endpoint("source")
        self.keyword(("to",))
        destination = self.endpoint("destination")

        seen: set[str] = set()
        frag = established = setup = False
        ip_options: OptionSpec[IPOption] | None = None
        tcp_options: OptionSpec[TCPOption] | None = None
        tcp_flags: OptionSpec[TCPFlag] | None = None
        icmp_types: frozenset[int] = frozenset()
        while (word := self.peek()) is not None:
            self.pos += 1
            option = word.lower()
            if option in seen:
                raise ValueError(f"option {option!r} given more than once")
            seen.add(option)
            if option == "frag":
                frag = True
            elif option == "established":
                established = True
            elif option == "setup":
                setup = True
            elif option == "ipoptions":
                ip_options = _parse_spec(IPOption, self.next("ipoptions spec"), option)
            elif option == "tcpoptions":
                tcp_options = _parse_spec(TCPOption, self.next("tcpoptions spec"), option)
            elif option == "tcpflags":
                tcp_flags = _parse_spec(TCPFlag, self.next("tcpflags spec"), option)
            elif option == "icmptypes":
                icmp_types = _parse_icmp_types(self.next("icmptypes list"))
            else:
                raise ValueError(
                    f"unknown option {word!r} (expected frag, ipoptions, tcpoptions, established, "
                    "setup, tcpflags or icmptypes)"
                )
        return IPFilterRule(
            action=action,
            direction=direction,
            protocol=protocol,
            source=source,
            destination=destination,
            frag=frag,
            ip_options=ip_options,
            tcp_options=tcp_options,
            established=established,
            setup=setup,
            tcp_flags=tcp_flags,
            icmp_types=icmp_types,
        )
