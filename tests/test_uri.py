"""DiameterURI (RFC 6733 §4.3.1)."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diameter._uri import DiameterURI

from value_strategies import diameter_uris

# The examples of RFC 6733 §4.3.1, with the structure each one means.
RFC_EXAMPLES: list[tuple[str, int | None, str | None, str | None]] = [
    ("aaa://host.example.com;transport=tcp", None, "tcp", None),
    ("aaa://host.example.com:6666;transport=tcp", 6666, "tcp", None),
    ("aaa://host.example.com;protocol=diameter", None, None, "diameter"),
    ("aaa://host.example.com:6666;protocol=diameter", 6666, None, "diameter"),
    ("aaa://host.example.com:6666;transport=tcp;protocol=diameter", 6666, "tcp", "diameter"),
    ("aaa://host.example.com:1813;transport=udp;protocol=radius", 1813, "udp", "radius"),
]


@pytest.mark.parametrize(("text", "port", "transport", "protocol"), RFC_EXAMPLES)
def test_rfc_examples(text: str, port: int | None, transport: str | None, protocol: str | None) -> None:
    uri = DiameterURI.parse(text)
    assert uri == DiameterURI(scheme="aaa", fqdn="host.example.com", port=port, transport=transport, protocol=protocol)
    assert str(uri) == text
    assert uri.canonical() == text
    assert (
        str(DiameterURI(scheme="aaa", fqdn="host.example.com", port=port, transport=transport, protocol=protocol))
        == text
    )


def test_minimal_and_defaults() -> None:
    uri = DiameterURI.parse("aaa://host.example.com")
    assert (uri.scheme, uri.fqdn, uri.port, uri.transport, uri.protocol) == (
        "aaa",
        "host.example.com",
        None,
        None,
        None,
    )
    assert not uri.secure
    assert uri.effective_port == 3868
    assert uri.effective_transport == "tcp"
    assert uri.effective_protocol == "diameter"
    secure = DiameterURI.parse("aaas://host.example.com;transport=sctp")
    assert secure.secure
    assert secure.effective_port == 5658
    assert secure.effective_transport == "sctp"
    assert DiameterURI.parse("aaas://h:1234").effective_port == 1234


def test_other_protocols_and_ports() -> None:
    assert DiameterURI.parse("aaa://h;protocol=tacacs+").protocol == "tacacs+"
    assert DiameterURI.parse("aaa://h:0").port == 0
    assert DiameterURI.parse("aaa://h:65535").port == 65535
    assert DiameterURI.parse("aaa://h;transport=udp;protocol=tacacs+").transport == "udp"


def test_ip_literal_hosts() -> None:
    v4 = DiameterURI.parse("aaa://192.0.2.1:3868")
    assert v4.fqdn == "192.0.2.1"
    v6 = DiameterURI.parse("aaas://[2001:DB8:0::1]:5658;transport=sctp")
    assert v6.fqdn == "2001:db8::1"  # RFC 5952 compressed form
    assert str(v6) == "aaas://[2001:DB8:0::1]:5658;transport=sctp"
    assert v6.canonical() == "aaas://[2001:db8::1]:5658;transport=sctp"
    assert v6 == DiameterURI(scheme="aaas", fqdn="[2001:db8:0:0::1]", port=5658, transport="sctp")
    assert str(DiameterURI(scheme="aaa", fqdn="::1")) == "aaa://[::1]"


NON_CANONICAL: list[tuple[str, str]] = [
    ("AAA://host.example.com", "aaa://host.example.com"),
    ("Aaas://host.example.com:5658", "aaas://host.example.com:5658"),
    ("aaa://host.example.com;TRANSPORT=TCP", "aaa://host.example.com;transport=tcp"),
    (
        "aaa://host.example.com:6666;protocol=diameter;transport=tcp",
        "aaa://host.example.com:6666;transport=tcp;protocol=diameter",
    ),
    ("aaa://host.example.com:06666", "aaa://host.example.com:6666"),
    ("aaa://h;Protocol=RADIUS;Transport=Udp", "aaa://h;transport=udp;protocol=radius"),
]


@pytest.mark.parametrize(("text", "canonical"), NON_CANONICAL)
def test_non_canonical_spellings_keep_their_text(text: str, canonical: str) -> None:
    uri = DiameterURI.parse(text)
    assert str(uri) == text  # decode -> encode is byte-exact
    assert uri.canonical() == canonical
    assert uri == DiameterURI.parse(canonical)
    assert hash(uri) == hash(DiameterURI.parse(canonical))
    assert repr(uri) == repr(DiameterURI.parse(canonical))
    # A value derived by the user is rendered canonically.
    assert str(attrs.evolve(uri)) == canonical
    # Copies keep the received text.
    assert str(copy.copy(uri)) == text
    assert str(pickle.loads(pickle.dumps(uri))) == text


def test_evolve_renders_canonically() -> None:
    uri = DiameterURI.parse("AAA://host.example.com;protocol=diameter;transport=tcp")
    assert str(attrs.evolve(uri, port=3869)) == "aaa://host.example.com:3869;transport=tcp;protocol=diameter"


def test_host_case_is_kept() -> None:
    uri = DiameterURI.parse("aaa://Host.Example.COM")
    assert uri.fqdn == "Host.Example.COM"
    assert str(uri) == uri.canonical() == "aaa://Host.Example.COM"


def test_text_is_not_a_constructor_argument() -> None:
    with pytest.raises(TypeError):
        DiameterURI(scheme="aaa", fqdn="h", text="aaa://h")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        DiameterURI("aaa", "h")  # type: ignore[call-arg]


INVALID: list[tuple[str, str]] = [
    ("", "aaa://"),
    ("host.example.com", "aaa://"),
    ("http://host.example.com", "scheme"),
    ("aaa:/host.example.com", "aaa://"),
    ("aaa:host.example.com", "aaa://"),
    ("aaa://", "host is empty"),
    ("aaa://:3868", "host is empty"),
    ("aaa://;transport=tcp", "host is empty"),
    ("aaa://host..example.com", "FQDN"),
    ("aaa://-host.example.com", "FQDN"),
    ("aaa://host-.example.com", "FQDN"),
    ("aaa://host.example.com.", "FQDN"),
    ("aaa://" + "a" * 64 + ".com", "FQDN"),
    ("aaa://" + ".".join(["a" * 60] * 5), "longer than 253"),
    ("aaa://user@host.example.com", "'@'"),
    ("aaa://host.example.com/", "'/'"),
    ("aaa://host.example.com?x", "'?'"),
    ("aaa://host example.com", "' '"),
    ("aaa://host.example.com ", "' '"),
    (" aaa://host.example.com", "scheme"),
    ("aaa://hôst.example.com", "'ô'"),
    ("aaa://[2001:db8::1", "unterminated"),
    ("aaa://[]", "host is empty"),
    ("aaa://[2001:db8::g]", "IPv6"),
    ("aaa://[192.0.2.1]", "IPv6"),
    ("aaa://[fe80::1%25eth0]", "zone"),
    ("aaa://[::1]x", "'x'"),
    ("aaa://host.example.com:", "port"),
    ("aaa://host.example.com:65536", "0..65535"),
    ("aaa://host.example.com:99999999999", "0..65535"),
    ("aaa://host.example.com:-1", "port"),
    ("aaa://host.example.com:+1", "port"),
    ("aaa://host.example.com:0x10", "port"),
    ("aaa://host.example.com:12:34", "port"),
    ("aaa://host.example.com;", "transport=..."),
    ("aaa://host.example.com;transport", "transport=..."),
    ("aaa://host.example.com;transport=", "unknown transport"),
    ("aaa://host.example.com;transport=tls", "unknown transport"),
    ("aaa://host.example.com;protocol=ldap", "unknown protocol"),
    ("aaa://host.example.com;foo=bar", "unknown parameter"),
    ("aaa://host.example.com;transport=tcp;transport=sctp", "duplicate"),
    ("aaa://host.example.com;transport=tcp;", "transport=..."),
    ("aaa://host.example.com;transport=tcp junk", "unknown transport"),
    ("aaa://host.example.com;transport=udp", "UDP MUST NOT"),
    ("aaa://host.example.com;transport=udp;protocol=diameter", "UDP MUST NOT"),
]


@pytest.mark.parametrize(("text", "message"), INVALID)
def test_invalid_text_is_rejected(text: str, message: str) -> None:
    with pytest.raises(ValueError, match="invalid DiameterURI") as info:
        DiameterURI.parse(text)
    assert message in str(info.value)


def test_parse_needs_a_str() -> None:
    with pytest.raises(TypeError):
        DiameterURI.parse(b"aaa://h")  # type: ignore[arg-type]


def test_constructor_validates() -> None:
    with pytest.raises(ValueError, match="scheme"):
        DiameterURI(scheme="AAA", fqdn="h")
    with pytest.raises(ValueError, match="host"):
        DiameterURI(scheme="aaa", fqdn="")
    with pytest.raises(ValueError, match="host"):
        DiameterURI(scheme="aaa", fqdn="bad host")
    with pytest.raises(ValueError, match="0..65535"):
        DiameterURI(scheme="aaa", fqdn="h", port=70000)
    with pytest.raises(TypeError):
        DiameterURI(scheme="aaa", fqdn="h", port=True)
    with pytest.raises(ValueError, match="transport"):
        DiameterURI(scheme="aaa", fqdn="h", transport="TCP")
    with pytest.raises(ValueError, match="protocol"):
        DiameterURI(scheme="aaa", fqdn="h", protocol="ldap")
    with pytest.raises(ValueError, match="UDP"):
        DiameterURI(scheme="aaa", fqdn="h", transport="udp")


def test_frozen_and_hashable() -> None:
    uri = DiameterURI.parse("aaa://h")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        uri.port = 1  # type: ignore[misc]
    assert {uri, DiameterURI(scheme="aaa", fqdn="h")} == {uri}


# -- properties -------------------------------------------------------------------------------


@given(diameter_uris())
def test_round_trip(uri: DiameterURI) -> None:
    text = str(uri)
    assert text == uri.canonical()
    parsed = DiameterURI.parse(text)
    assert parsed == uri
    assert hash(parsed) == hash(uri)
    assert str(parsed) == text
    assert parsed.canonical() == text


@st.composite
def _respelled(draw: st.DrawFn, uri: DiameterURI) -> str:
    """A non-canonical spelling of ``uri`` that means the same."""

    def case(word: str) -> str:
        return "".join(c.upper() if draw(st.booleans()) else c for c in word)

    host = f"[{draw(st.sampled_from([uri.fqdn, uri.fqdn.upper()]))}]" if ":" in uri.fqdn else uri.fqdn
    text = f"{case(uri.scheme)}://{host}"
    if uri.port is not None:
        text += ":" + "0" * draw(st.integers(0, 3)) + str(uri.port)
    params = []
    if uri.transport is not None:
        params.append(f";{case('transport')}={case(uri.transport)}")
    if uri.protocol is not None:
        params.append(f";{case('protocol')}={case(uri.protocol)}")
    return text + "".join(draw(st.permutations(params)))


@given(st.data())
def test_non_canonical_round_trip(data: st.DataObject) -> None:
    uri = data.draw(diameter_uris())
    text = data.draw(_respelled(uri))
    parsed = DiameterURI.parse(text)
    assert parsed == uri
    assert str(parsed) == text
    assert parsed.canonical() == str(uri)
    assert str(DiameterURI.parse(str(parsed))) == text


# -- an independent oracle: texts assembled from RFC 6733 §4.3.1 components -------------------
#
# Each text is put together from its parts (scheme, host, port, parameters), every part drawn
# either valid, with the structure it means, or broken in one known way. The expected outcome is
# decided here from the grammar, not by the parser: a text with no broken part must parse into
# exactly the drawn structure and render back to itself; a text with one broken part must be
# rejected with ValueError. ``broken`` is drawn first, so both kinds are always generated.

_LABEL_TEXT = st.from_regex(r"[A-Za-z0-9](?:[A-Za-z0-9_-]{0,10}[A-Za-z0-9])?", fullmatch=True)
_BAD_HOSTS = [
    "",
    "-a.example",
    "a-.example",
    "a..example",
    "a.example.",
    "a b",
    "h\u00f4st",
    "a@b",
    "a" * 64,
    ".".join(["a" * 60] * 5),
    "[2001:db8::g]",
    "[192.0.2.1]",
    "[]",
    "[2001:db8::1",
]
_BAD_PORTS = [":", ":65536", ":-1", ":+1", ":0x10", ":1a", ": 1", ":99999999999"]
_BAD_PARAMS = [
    ";",
    ";transport",
    ";transport=",
    ";transport=tls",
    ";protocol=ldap",
    ";foo=bar",
    ";transport=tcp junk",
    ";protocol= diameter",
]


def _case(draw: st.DrawFn, word: str) -> str:
    return "".join(c.upper() if draw(st.booleans()) else c for c in word)


@st.composite
def _uri_text(draw: st.DrawFn) -> tuple[str, dict[str, object] | None]:
    """(text, the structure it means) or (text, None) when exactly one part is broken."""
    broken = draw(st.sampled_from([None, "scheme", "host", "port", "param", "duplicate", "udp"]))
    scheme = draw(st.sampled_from(["aaa", "aaas"]))
    scheme_text = _case(draw, scheme) + "://"
    if broken == "scheme":
        scheme_text = draw(st.sampled_from(["http://", "aaa:/", "aaa:", "aa://", "aaaa://", "", "aaa ://"]))
    kind = draw(st.sampled_from(["name", "ipv4", "ipv6"]))
    if kind == "name":
        host = ".".join(draw(st.lists(_LABEL_TEXT, min_size=1, max_size=4)))
        host_text = host
    elif kind == "ipv4":
        host = host_text = str(draw(st.ip_addresses(v=4)))
    else:
        address = draw(st.ip_addresses(v=6))
        host, host_text = address.compressed, f"[{draw(st.sampled_from([address.compressed, address.exploded]))}]"
    if broken == "host":
        host_text = draw(st.sampled_from(_BAD_HOSTS))
    port = draw(st.none() | st.integers(0, 65535))
    port_text = "" if port is None else ":" + "0" * draw(st.integers(0, 2)) + str(port)
    if broken == "port":
        port_text = draw(st.sampled_from(_BAD_PORTS))
    transport = draw(st.none() | st.sampled_from(["tcp", "sctp", "udp"]))
    protocol = draw(st.none() | st.sampled_from(["diameter", "radius", "tacacs+"]))
    if transport == "udp" and protocol in (None, "diameter"):
        protocol = "radius"  # RFC 6733 §4.3.1: UDP MUST NOT be used for Diameter
    params = []
    if transport is not None:
        params.append(f";{_case(draw, 'transport')}={_case(draw, transport)}")
    if protocol is not None:
        params.append(f";{_case(draw, 'protocol')}={_case(draw, protocol)}")
    params = list(draw(st.permutations(params)))
    if broken == "param":
        params.insert(draw(st.integers(0, len(params))), draw(st.sampled_from(_BAD_PARAMS)))
    elif broken == "duplicate":
        params += [";transport=tcp", ";transport=sctp"] if transport is None else [f";transport={transport}"]
    elif broken == "udp":
        params = [";transport=udp"] + draw(st.sampled_from([[], [";protocol=diameter"]]))
    text = scheme_text + host_text + port_text + "".join(params)
    if broken is not None:
        return text, None
    return text, {"scheme": scheme, "fqdn": host, "port": port, "transport": transport, "protocol": protocol}


@settings(max_examples=300)
@given(_uri_text())
def test_parse_accepts_exactly_the_grammar(case: tuple[str, dict[str, object] | None]) -> None:
    text, expected = case
    if expected is None:
        with pytest.raises(ValueError, match="invalid DiameterURI"):
            DiameterURI.parse(text)
        return
    uri = DiameterURI.parse(text)
    assert attrs.asdict(uri) == {**expected, "_text": text}
    assert uri == DiameterURI(**expected)  # type: ignore[arg-type]
    assert str(uri) == text
    assert DiameterURI.parse(uri.canonical()) == uri


@given(st.text(max_size=40))
def test_parse_raises_only_value_error(text: str) -> None:
    """Any text at all: a ValueError, or a value that renders back to the text."""
    try:
        uri = DiameterURI.parse(text)
    except ValueError as e:
        assert str(e).startswith("invalid DiameterURI")
        return
    assert str(uri) == text
    assert DiameterURI.parse(uri.canonical()) == uri
