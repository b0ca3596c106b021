"""The answers a node sends by itself (RFC 6733 §6.2, §7), built from the request's bytes.

A request the node cannot hand to an application — one it cannot decode, of an application the
peer did not agree on, of a command it does not support, or one whose handler failed — still
gets an answer. :func:`own_answer` builds it from the request's wire form, so that it works for
a request that does not decode at all:

- a protocol error (3xxx, §7.1.3) is the generic answer-message with the E bit (§7.2);
- any other Result-Code (a permanent failure, 5xxx, §7.1.5) is the command's own answer with
  the E bit clear, carrying the AVPs that answer requires which the node can fill: Origin-Host,
  Origin-Realm and Result-Code, and those the request carries too (Auth-Application-Id,
  CC-Request-Type, Accounting-Record-Number, ...);
- both carry the request's Session-Id first (§6.2: MUST) and its Proxy-Info AVPs in their order
  (§6.7.3), then Error-Message and Failed-AVP when given (§7.5).
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import Final

from ..errors import DecodeError
from ..schema import fields_of, is_command
from ..wire import AVP_M, FLAG_E, FLAG_P, Avp, encode_avps, iter_avps, peek_header

__all__ = ["own_answer", "is_protocol_error"]

_SESSION_ID: Final = 263
_ORIGIN_HOST: Final = 264
_ORIGIN_REALM: Final = 296
_RESULT_CODE: Final = 268
_ORIGIN_STATE_ID: Final = 278
_ERROR_MESSAGE: Final = 281
_FAILED_AVP: Final = 279
_PROXY_INFO: Final = 284
_VENDOR_SPECIFIC_APPLICATION_ID: Final = 260
#: AVPs the node writes itself, never copied from the request
_OWN: Final = frozenset(
    {
        (_SESSION_ID, 0),
        (_ORIGIN_HOST, 0),
        (_ORIGIN_REALM, 0),
        (_RESULT_CODE, 0),
        (_ORIGIN_STATE_ID, 0),
        (_ERROR_MESSAGE, 0),
        (_FAILED_AVP, 0),
        (_PROXY_INFO, 0),
    }
)
_HEADER: Final = struct.Struct("!IIIII")


def is_protocol_error(result_code: int) -> bool:
    """RFC 6733 §7.1.3: 3xxx, answered with the E bit in the generic answer-message."""
    return 3000 <= result_code < 4000


def _echoed_fields(answer_class: type | None) -> frozenset[tuple[int, int]]:
    """The (code, vendor) of the AVPs an answer of ``answer_class`` requires, plus its
    Vendor-Specific-Application-Id: what the node copies from the request when it has them."""
    if answer_class is None or not is_command(answer_class):
        return frozenset()
    out = set()
    for spec in fields_of(answer_class):
        d = spec.definition
        if d.code < 0:
            continue
        if spec.kind == "one" or (spec.kind == "many" and spec.min > 0) or d.code == _VENDOR_SPECIFIC_APPLICATION_ID:
            out.add((d.code, d.vendor))
    return frozenset(out - _OWN)


def own_answer(
    request: bytes,
    result_code: int,
    *,
    origin_host: str,
    origin_realm: str,
    answer_class: type | None = None,
    failed: Sequence[Avp] = (),
    error_message: str | None = None,
    origin_state_id: int | None = None,
) -> bytes:
    """The wire form of the node's answer to ``request`` (a whole request, at least its
    20-byte header) with ``result_code``.

    ``answer_class``: the command's answer class, whose required AVPs are copied from the
    request when it carries them (ignored for a protocol error); ``failed``: the AVPs for
    Failed-AVP; ``error_message``: the Error-Message text.
    """
    h = peek_header(request)
    protocol = is_protocol_error(result_code) or answer_class is None
    session: Avp | None = None
    proxies: list[Avp] = []
    copied: list[Avp] = []
    wanted = frozenset() if protocol else _echoed_fields(answer_class)
    bad = {(a.code, a.vendor, a.data) for a in failed}
    try:
        for _, a in iter_avps(request, 20, min(len(request), h.length)):
            key = (a.code, a.vendor)
            if (a.code, a.vendor, a.data) in bad or not _valid(a):
                continue  # never echo what is wrong: the answer must decode
            if key == (_SESSION_ID, 0):
                if session is None:
                    session = a
            elif key == (_PROXY_INFO, 0):
                proxies.append(a)
            elif key in wanted:
                copied.append(a)
                if not (answer_class is not None and _repeats(answer_class, key)):
                    wanted = wanted - {key}
    except DecodeError:
        pass  # as much of the request as splits into AVPs
    avps: list[Avp] = []
    if session is not None:
        avps.append(session)
    avps.append(Avp(_ORIGIN_HOST, origin_host.encode(), flags=AVP_M))
    avps.append(Avp(_ORIGIN_REALM, origin_realm.encode(), flags=AVP_M))
    avps.append(Avp(_RESULT_CODE, result_code.to_bytes(4, "big"), flags=AVP_M))
    avps.extend(copied)
    if origin_state_id is not None:
        avps.append(Avp(_ORIGIN_STATE_ID, origin_state_id.to_bytes(4, "big"), flags=AVP_M))
    if error_message:
        avps.append(Avp(_ERROR_MESSAGE, error_message.encode()))
    if failed:
        avps.append(Avp(_FAILED_AVP, encode_avps(tuple(failed)), flags=AVP_M))
    avps.extend(proxies)
    body = encode_avps(avps)
    flags = (h.flags & FLAG_P) | (FLAG_E if is_protocol_error(result_code) else 0)
    return (
        _HEADER.pack(
            0x01000000 | (20 + len(body)), (flags << 24) | h.command_code, h.application_id, h.hop_by_hop, h.end_to_end
        )
        + body
    )


def _valid(avp: Avp) -> bool:
    """Whether the AVP's data fits its data format (an AVP no dictionary knows is taken as is)."""
    try:
        avp.value  # noqa: B018  (decoding the value is the check)
    except DecodeError:
        return False
    return True


def _repeats(answer_class: type, key: tuple[int, int]) -> bool:
    return any(s.kind == "many" and (s.definition.code, s.definition.vendor) == key for s in fields_of(answer_class))
