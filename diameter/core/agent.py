"""What an agent reads and writes in a message it does not handle itself (RFC 6733 §2.8, §6.1,
§6.7), on the message's bytes: a relay forwards requests of applications and AVPs in no loaded
dictionary, so nothing here decodes more than the message header and the routing AVPs.

- :func:`routing_view`: the top-level routing AVPs of a request (Destination-Realm,
  Destination-Host, Origin-Host, User-Name, Session-Id, every Route-Record), reading the AVP
  headers and only those values;
- :func:`forwarded`: the request as forwarded (§6.1.8): another Hop-by-Hop identifier, a
  Route-Record with the identity of the peer it came from appended, the T flag if asked;
- :func:`add_proxy_info` / :func:`take_proxy_info`: a Proxy-Info of this node (Proxy-Host,
  Proxy-State; §6.7.2 to §6.7.4) added to a request, and removed from its answer when it is the
  last one and names this node (§6.1.9);
- :func:`redirect_answer` / :func:`redirect_of`: the redirect indication (§6.1.7, §6.12 to
  §6.14) built and read.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import Final

from ..errors import InvalidAvpLength
from ..wire import AVP_M, AVP_V, FLAG_E, FLAG_T, Avp, encode_avps, iter_avps
from .answers import own_answer
from .overload import append_avps, find_avp

__all__ = [
    "RoutingView",
    "routing_view",
    "forwarded",
    "add_proxy_info",
    "take_proxy_info",
    "result_code",
    "redirect_answer",
    "redirect_of",
    "RedirectUsage",
    "ROUTE_RECORD",
    "proxy_infos_echoed",
]

USER_NAME: Final = 1
PROXY_STATE: Final = 33
REDIRECT_HOST_USAGE: Final = 261
REDIRECT_MAX_CACHE_TIME: Final = 262
SESSION_ID: Final = 263
ORIGIN_HOST: Final = 264
RESULT_CODE: Final = 268
PROXY_HOST: Final = 280
ROUTE_RECORD: Final = 282
DESTINATION_REALM: Final = 283
PROXY_INFO: Final = 284
REDIRECT_HOST: Final = 292
DESTINATION_HOST: Final = 293

_AVP_HEADER = struct.Struct("!II")
_READ: Final = frozenset({USER_NAME, SESSION_ID, ORIGIN_HOST, ROUTE_RECORD, DESTINATION_REALM, DESTINATION_HOST})


class RedirectUsage:
    """Redirect-Host-Usage values (RFC 6733 §6.13)."""

    DONT_CACHE: Final = 0
    ALL_SESSION: Final = 1
    ALL_REALM: Final = 2
    REALM_AND_APPLICATION: Final = 3
    ALL_APPLICATION: Final = 4
    ALL_HOST: Final = 5
    ALL_USER: Final = 6

    NAMES: Final = {
        "dont_cache": 0,
        "all_session": 1,
        "all_realm": 2,
        "realm_and_application": 3,
        "all_application": 4,
        "all_host": 5,
        "all_user": 6,
    }


class RoutingView:
    """The routing AVPs of a request, read from its bytes (None / empty when absent; text that
    is not UTF-8 is read with replacement characters: it then matches nothing)."""

    __slots__ = (
        "application_id",
        "destination_realm",
        "destination_host",
        "origin_host",
        "user_name",
        "session_id",
        "route_records",
    )

    def __init__(self, application_id: int) -> None:
        self.application_id = application_id
        self.destination_realm: str | None = None
        self.destination_host: str | None = None
        self.origin_host: str | None = None
        self.user_name: str | None = None
        self.session_id: str | None = None
        self.route_records: list[str] = []


def routing_view(raw: bytes) -> RoutingView:
    """The routing AVPs of the request ``raw``. Raises :class:`InvalidAvpLength` when its
    top-level AVPs do not split (RFC 6733 §7: DIAMETER_INVALID_AVP_LENGTH)."""
    view = RoutingView(int.from_bytes(raw[8:12]))
    end = min(len(raw), int.from_bytes(raw[1:4]))
    pos = 20
    while pos < end:
        if end - pos < 8:
            raise InvalidAvpLength(f"{end - pos} bytes left, too few for an AVP header", offset=pos)
        code, fl = _AVP_HEADER.unpack_from(raw, pos)
        length = fl & 0xFFFFFF
        if length < (12 if fl >> 24 & AVP_V else 8) or pos + length > end:
            raise InvalidAvpLength(f"AVP {code} length {length} does not fit", offset=pos)
        if code in _READ and not fl >> 24 & AVP_V:
            value = bytes(raw[pos + 8 : pos + length]).decode("utf-8", "replace")
            if code == ROUTE_RECORD:
                view.route_records.append(value)
            elif code == DESTINATION_REALM:
                view.destination_realm = value if view.destination_realm is None else view.destination_realm
            elif code == DESTINATION_HOST:
                view.destination_host = value if view.destination_host is None else view.destination_host
            elif code == ORIGIN_HOST:
                view.origin_host = value if view.origin_host is None else view.origin_host
            elif code == USER_NAME:
                view.user_name = value if view.user_name is None else view.user_name
            elif view.session_id is None:
                view.session_id = value
        pos += (length + 3) & ~3
    return view


def forwarded(raw: bytes, hop_by_hop: int, route_record: str | None, *, retransmit: bool = False) -> bytes:
    """The request ``raw`` as a relay or proxy forwards it (RFC 6733 §6.1.8): Hop-by-Hop
    identifier ``hop_by_hop``, a Route-Record AVP with ``route_record`` (the identity of the
    peer it came from, as in that peer's CER) after its AVPs, the T flag when ``retransmit``.
    Its AVPs are not otherwise touched."""
    length = min(len(raw), int.from_bytes(raw[1:4]))
    flags = raw[4] | (FLAG_T if retransmit else 0)
    head = raw[:4] + bytes((flags,)) + raw[5:12] + hop_by_hop.to_bytes(4) + raw[16:length]
    if route_record is None:
        return head
    return append_avps(head, Avp(ROUTE_RECORD, route_record.encode(), flags=AVP_M).encode())


def add_proxy_info(message: bytes, host: str, state: bytes) -> bytes:
    """``message`` with a Proxy-Info AVP of this node after its AVPs: Proxy-Host ``host``,
    Proxy-State ``state`` (opaque to every other node, RFC 6733 §6.7.4)."""
    inner = encode_avps((Avp(PROXY_HOST, host.encode(), flags=AVP_M), Avp(PROXY_STATE, state, flags=AVP_M)))
    return append_avps(message, Avp(PROXY_INFO, inner, flags=AVP_M).encode())


def take_proxy_info(answer: bytes, host: str) -> tuple[bytes, bytes | None]:
    """RFC 6733 §6.1.9: when the last Proxy-Info AVP of ``answer`` names ``host`` as its
    Proxy-Host, the answer without it and its Proxy-State; else ``answer`` and None."""
    end = min(len(answer), int.from_bytes(answer[1:4]))
    last: tuple[int, Avp] | None = None
    try:
        for pos, a in iter_avps(answer, 20, end):
            if a.code == PROXY_INFO and not a.vendor:
                last = (pos, a)
    except InvalidAvpLength:
        return answer, None
    if last is None:
        return answer, None
    pos, info = last
    proxy_host: str | None = None
    state: bytes | None = None
    try:
        for _, a in iter_avps(info.data):
            if a.code == PROXY_HOST and not a.vendor and proxy_host is None:
                proxy_host = a.data.decode("utf-8", "replace")
            elif a.code == PROXY_STATE and not a.vendor and state is None:
                state = a.data
    except InvalidAvpLength:
        return answer, None
    if proxy_host != host:
        return answer, None
    size = (int.from_bytes(answer[pos + 5 : pos + 8]) + 3) & ~3
    rest = answer[:pos] + answer[pos + size : end]
    return rest[:1] + len(rest).to_bytes(3) + rest[4:], state if state is not None else b""


def proxy_infos_echoed(request: bytes, answer: bytes) -> bytes:
    """``answer`` with the Proxy-Info AVPs of ``request``, in their order, when it has none of
    its own (RFC 6733 §6.2: a node answering a request MUST copy them into its answer)."""
    infos: list[bytes] = []
    try:
        for pos, a in iter_avps(request, 20, min(len(request), int.from_bytes(request[1:4]))):
            if a.code == PROXY_INFO and not a.vendor:
                infos.append(request[pos : pos + ((int.from_bytes(request[pos + 5 : pos + 8]) + 3) & ~3)])
        if not infos:
            return answer
        for _, a in iter_avps(answer, 20, min(len(answer), int.from_bytes(answer[1:4]))):
            if a.code == PROXY_INFO and not a.vendor:
                return answer
    except InvalidAvpLength:
        return answer
    return append_avps(answer, b"".join(infos))


def _u32(avp: Avp) -> int | None:
    return int.from_bytes(avp.data) if len(avp.data) == 4 else None


def result_code(message: bytes) -> int | None:
    """The top-level Result-Code of ``message`` (None: none, or the AVPs do not split), read
    from the AVP headers."""
    avp = find_avp(message, RESULT_CODE)
    return _u32(avp) if avp is not None else None


def redirect_answer(
    request: bytes,
    *,
    origin_host: str,
    origin_realm: str,
    hosts: Sequence[str],
    usage: int = RedirectUsage.DONT_CACHE,
    max_cache_time: int | None = None,
    origin_state_id: int | None = None,
) -> bytes:
    """The redirect agent's answer to ``request`` (RFC 6733 §6.1.7): the answer-message with
    the E bit and DIAMETER_REDIRECT_INDICATION (3006), a Redirect-Host per DiameterURI of
    ``hosts``, and Redirect-Host-Usage with Redirect-Max-Cache-Time unless ``usage`` is
    DONT_CACHE and no time is given (§6.14: the time MUST be there with a usage that caches)."""
    if usage != RedirectUsage.DONT_CACHE and max_cache_time is None:
        raise ValueError("a Redirect-Host-Usage other than DONT_CACHE needs a Redirect-Max-Cache-Time")
    data = own_answer(
        request,
        3006,
        origin_host=origin_host,
        origin_realm=origin_realm,
        origin_state_id=origin_state_id,
    )
    avps = [Avp(REDIRECT_HOST, h.encode(), flags=AVP_M) for h in hosts]
    if usage != RedirectUsage.DONT_CACHE or max_cache_time is not None:
        avps.append(Avp(REDIRECT_HOST_USAGE, usage.to_bytes(4), flags=AVP_M))
        avps.append(Avp(REDIRECT_MAX_CACHE_TIME, (max_cache_time or 0).to_bytes(4), flags=AVP_M))
    return append_avps(data, encode_avps(avps))


def redirect_of(answer: bytes) -> tuple[list[str], int, int] | None:
    """A redirect indication's Redirect-Host URIs, Redirect-Host-Usage (DONT_CACHE when absent)
    and Redirect-Max-Cache-Time (0 when absent); None when ``answer`` is not one (E bit and
    Result-Code 3006) or names no Redirect-Host."""
    if not answer[4] & FLAG_E or result_code(answer) != 3006:
        return None
    hosts: list[str] = []
    usage = RedirectUsage.DONT_CACHE
    max_time = 0
    try:
        for _, a in iter_avps(answer, 20, min(len(answer), int.from_bytes(answer[1:4]))):
            if a.vendor:
                continue
            if a.code == REDIRECT_HOST:
                hosts.append(a.data.decode("utf-8", "replace"))
            elif a.code == REDIRECT_HOST_USAGE:
                usage = _u32(a) or 0
            elif a.code == REDIRECT_MAX_CACHE_TIME:
                max_time = _u32(a) or 0
    except InvalidAvpLength:
        return None  # AVPs that do not split: not followed (the answer goes to the application)
    return (hosts, usage, max_time) if hosts else None
