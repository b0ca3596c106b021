"""The DiameterURI derived AVP data format (RFC 6733 §4.3.1).

RFC 6733 §4.3.1 defines the text of a DiameterURI as::

    "aaa://" FQDN [ port ] [ transport ] [ protocol ]     ; no transport security
    "aaas://" FQDN [ port ] [ transport ] [ protocol ]    ; transport security used

    port               = ":" 1*DIGIT
    transport          = ";transport=" transport-protocol
    transport-protocol = ( "tcp" / "sctp" / "udp" )
    protocol           = ";protocol=" aaa-protocol
    aaa-protocol       = ( "diameter" / "radius" / "tacacs+" )

and adds that UDP MUST NOT be used when the protocol is Diameter (the default when the
protocol is absent). :class:`DiameterURI` is the structured value of such a text.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Final

import attrs

__all__ = [
    "DiameterURI",
    "SCHEMES",
    "TRANSPORTS",
    "PROTOCOLS",
    "DEFAULT_PORT",
    "DEFAULT_SECURE_PORT",
]

#: The URI schemes of RFC 6733 §4.3.1: ``aaa`` (no transport security), ``aaas`` (TLS/DTLS).
SCHEMES: Final = frozenset({"aaa", "aaas"})
#: The ``transport-protocol`` values of RFC 6733 §4.3.1.
TRANSPORTS: Final = frozenset({"tcp", "sctp", "udp"})
#: The ``aaa-protocol`` values of RFC 6733 §4.3.1.
PROTOCOLS: Final = frozenset({"diameter", "radius", "tacacs+"})
#: Port assumed when an ``aaa`` URI has none (RFC 6733 §4.3.1).
DEFAULT_PORT: Final = 3868
#: Port assumed when an ``aaas`` URI has none (RFC 6733 §4.3.1).
DEFAULT_SECURE_PORT: Final = 5658

# A host name label (RFC 1035 §2.3.1 as relaxed by RFC 1123 §2.1: may start with a digit).
# Underscores are tolerated because deployed Diameter node names sometimes carry them; RFC 3986
# reg-name allows them too.
_LABEL: Final = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?")
_HOST_CHARS: Final = re.compile(r"[A-Za-z0-9._-]*")
_DIGITS: Final = re.compile(r"[0-9]+")
_MAX_HOST_LENGTH: Final = 253  # RFC 1035 §2.3.4: 255 octets on the wire, 253 in text


def _host_problem(host: str) -> str | None:
    """Why ``host`` is not a valid (bracket-less) URI host, or None if it is valid."""
    if not host:
        return "the host is empty"
    if ":" in host:
        return _ipv6_problem(host)
    if len(host) > _MAX_HOST_LENGTH:
        return f"the host name is longer than {_MAX_HOST_LENGTH} characters"
    for label in host.split("."):
        if not _LABEL.fullmatch(label):
            return f"{host!r} is not a valid FQDN (bad label {label!r})"
    return None


def _ipv6_problem(host: str) -> str | None:
    if "%" in host:
        return f"IPv6 zone identifiers are not supported ({host!r})"
    try:
        ipaddress.IPv6Address(host)
    except ValueError:
        return f"{host!r} is not a valid IPv6 address"
    return None


def _normalize_host(value: str) -> str:
    """Converter for ``fqdn``: strip IPv6 brackets and compress IPv6 literals (RFC 5952)."""
    if not isinstance(value, str):
        raise TypeError(f"fqdn must be a str, got {type(value).__name__}")
    if value.startswith("[") and value.endswith("]") and ":" in value:
        value = value[1:-1]
    if ":" in value and _ipv6_problem(value) is None:
        return ipaddress.IPv6Address(value).compressed
    return value


@attrs.frozen(kw_only=True)
class DiameterURI:
    """A DiameterURI (RFC 6733 §4.3.1), e.g. ``aaa://host.example.com:6666;transport=tcp``.

    ``scheme`` is ``"aaa"`` or ``"aaas"``; ``fqdn`` the host; ``port``, ``transport``
    (``"tcp"``, ``"sctp"``, ``"udp"``) and ``protocol`` (``"diameter"``, ``"radius"``,
    ``"tacacs+"``) are None when the text leaves them out. The RFC defaults (port 3868 or 5658,
    TCP, Diameter) are *not* filled in, so that an absent component stays absent; read them
    with :attr:`effective_port`, :attr:`effective_transport` and :attr:`effective_protocol`.

    The constructor validates every field and raises ``ValueError``: a ``DiameterURI`` always
    renders to a text that :meth:`parse` accepts. The combination of UDP with the Diameter
    protocol (explicit or by default) is rejected, as §4.3.1 says UDP MUST NOT be used for it.

    **Host.** The RFC's grammar names the host ``FQDN``; a host name is checked label by label
    (letters, digits, ``-`` and, leniently, ``_``; 1..63 characters per label, 253 in all; no
    trailing dot). Its case is kept as given and is significant for equality. IPv4 dotted-quad
    hosts fit that syntax. IPv6 literals are accepted as an extension: §4.3.1 says the
    DiameterURI MUST follow the URI syntax of RFC 3986, whose host may be an ``IP-literal``
    (``"[" IPv6address "]"``, RFC 3986 §3.2.2), although the §4.3.1 ABNF itself only shows
    ``FQDN``. ``fqdn`` then holds the address without brackets, in its RFC 5952 compressed
    form (brackets and other spellings given to the constructor are normalized).

    **Text and equality.** Equality and hashing compare the structured components only.
    :meth:`parse` is lenient where RFC 3986 / RFC 5234 are (scheme, parameter names and values
    are case-insensitive; ``transport`` and ``protocol`` may come in either order; the port may
    have leading zeros) and normalizes those components, but remembers the exact text it was
    given, in a private field that is neither compared, hashed, shown by ``repr`` nor accepted
    by the constructor. ``str()`` of a parsed value returns that text, so decoding then
    encoding an AVP is byte-exact; ``str()`` of a value built by the constructor (including by
    :func:`attrs.evolve`, even from a parsed value) is the canonical text, see
    :meth:`canonical`. For canonical texts the two agree:
    ``str(DiameterURI.parse(t)) == t == DiameterURI.parse(t).canonical()``.
    """

    scheme: str
    fqdn: str = attrs.field(converter=_normalize_host)
    port: int | None = None
    transport: str | None = None
    protocol: str | None = None
    # The text this value was parsed from; set by parse() only (see the class docstring).
    _text: str | None = attrs.field(default=None, init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.scheme not in SCHEMES:
            raise ValueError(f"DiameterURI scheme must be 'aaa' or 'aaas', not {self.scheme!r}")
        problem = _host_problem(self.fqdn)
        if problem is not None:
            raise ValueError(f"invalid DiameterURI host: {problem}")
        if self.port is not None:
            if not isinstance(self.port, int) or isinstance(self.port, bool):
                raise TypeError(f"DiameterURI port must be an int, got {type(self.port).__name__}")
            if not 0 <= self.port <= 65535:
                raise ValueError(f"DiameterURI port {self.port} is not in 0..65535")
        if self.transport is not None and self.transport not in TRANSPORTS:
            raise ValueError(f"DiameterURI transport must be one of tcp, sctp, udp, not {self.transport!r}")
        if self.protocol is not None and self.protocol not in PROTOCOLS:
            raise ValueError(f"DiameterURI protocol must be one of diameter, radius, tacacs+, not {self.protocol!r}")
        if self.transport == "udp" and self.effective_protocol == "diameter":
            raise ValueError(
                "UDP MUST NOT be used with the Diameter protocol (RFC 6733 §4.3.1); give protocol='radius' or 'tacacs+'"
            )

    # -- derived properties -----------------------------------------------------------------

    @property
    def secure(self) -> bool:
        """True for ``aaas`` (transport security: TLS/TCP or DTLS/SCTP)."""
        return self.scheme == "aaas"

    @property
    def effective_port(self) -> int:
        """The port, or the RFC 6733 §4.3.1 default (3868, or 5658 for ``aaas``)."""
        if self.port is not None:
            return self.port
        return DEFAULT_SECURE_PORT if self.secure else DEFAULT_PORT

    @property
    def effective_transport(self) -> str:
        """The transport, or ``"tcp"``, the RFC 6733 §4.3.1 default."""
        return self.transport if self.transport is not None else "tcp"

    @property
    def effective_protocol(self) -> str:
        """The AAA protocol, or ``"diameter"``, the RFC 6733 §4.3.1 default."""
        return self.protocol if self.protocol is not None else "diameter"

    # -- text -------------------------------------------------------------------------------

    def canonical(self) -> str:
        """The canonical text: lower-case scheme and parameters, ``transport`` before
        ``protocol``, decimal port without leading zeros, IPv6 host in brackets; absent
        components stay absent."""
        host = f"[{self.fqdn}]" if ":" in self.fqdn else self.fqdn
        parts = [self.scheme, "://", host]
        if self.port is not None:
            parts.append(f":{self.port}")
        if self.transport is not None:
            parts.append(f";transport={self.transport}")
        if self.protocol is not None:
            parts.append(f";protocol={self.protocol}")
        return "".join(parts)

    def __str__(self) -> str:
        return self._text if self._text is not None else self.canonical()

    @classmethod
    def parse(cls, text: str) -> DiameterURI:
        """Parse a DiameterURI text (RFC 6733 §4.3.1); raise ``ValueError`` if it is invalid.

        ``str()`` of the result is ``text`` itself; see the class docstring.
        """
        if not isinstance(text, str):
            raise TypeError(f"DiameterURI.parse expects a str, got {type(text).__name__}")

        def fail(reason: str) -> ValueError:
            return ValueError(f"invalid DiameterURI {text!r}: {reason}")

        sep = text.find("://")
        if sep < 0:
            raise fail("expected 'aaa://' or 'aaas://'")
        scheme = text[:sep].lower()
        if scheme not in SCHEMES:
            raise fail(f"unsupported scheme {text[:sep]!r} (expected 'aaa' or 'aaas')")
        pos = sep + 3

        # Host: an IPv6 literal in brackets (RFC 3986 §3.2.2, see the class docstring) or a name.
        if text.startswith("[", pos):
            close = text.find("]", pos)
            if close < 0:
                raise fail("unterminated '[' in the host")
            host = text[pos + 1 : close]
            problem = _ipv6_problem(host) if host else "the host is empty"
            pos = close + 1
        else:
            match = _HOST_CHARS.match(text, pos)
            assert match is not None  # the pattern matches the empty string
            host = match.group()
            problem = _host_problem(host)
            pos = match.end()
        if problem is not None:
            if pos < len(text) and not host and text[pos] not in ":;":
                problem = f"unexpected character {text[pos]!r} in the host"
            raise fail(problem)
        if pos < len(text) and text[pos] not in ":;":
            raise fail(f"unexpected character {text[pos]!r} after the host")

        port: int | None = None
        if text.startswith(":", pos):
            end = text.find(";", pos)
            if end < 0:
                end = len(text)
            digits = text[pos + 1 : end]
            if not _DIGITS.fullmatch(digits):
                raise fail(f"the port must be 1*DIGIT, got {digits!r}")
            port = int(digits)
            if port > 65535:
                raise fail(f"port {port} is not in 0..65535")
            pos = end

        params: dict[str, str] = {}
        if pos < len(text):
            # Here text[pos] == ";" (checked above, or the port ended at a ';').
            for item in text[pos + 1 :].split(";"):
                name, eq, value = item.partition("=")
                key = name.lower()
                if not eq:
                    raise fail(f"expected 'transport=...' or 'protocol=...', got {item!r}")
                if key not in ("transport", "protocol"):
                    raise fail(f"unknown parameter {name!r} (expected 'transport' or 'protocol')")
                if key in params:
                    raise fail(f"duplicate {key!r} parameter")
                allowed = TRANSPORTS if key == "transport" else PROTOCOLS
                if value.lower() not in allowed:
                    raise fail(f"unknown {key} {value!r} (expected one of {', '.join(sorted(allowed))})")
                params[key] = value.lower()

        try:
            uri = cls(
                scheme=scheme,
                fqdn=host,
                port=port,
                transport=params.get("transport"),
                protocol=params.get("protocol"),
            )
        except ValueError as exc:
            raise fail(str(exc)) from None
        object.__setattr__(uri, "_text", text)
        return uri
