"""``diameter send URI``: send one request to a peer and print its answer.

The request comes from JSON (``--json FILE``, ``-`` for standard input: the format of
:func:`diameter.data.message_to_dict`, with its ``"command"`` or ``"class"``), or from
``--command NAME`` and ``--avp NAME=VALUE`` options (the AVP's name or the field's; a value is
read as the field's type, an enumerated value by its name; a grouped or repeated value as JSON;
an AVP given twice is a repeated field). What the request leaves out that the node knows is
filled in: Session-Id (a new one), Origin-Host, Origin-Realm, and Destination-Realm (the
peer's realm, from its CEA). The node connects (CER/CEA) advertising the request's application
(``--vendor-id`` advertises it as vendor-specific), sends, waits for the answer, disconnects
(DPR/DPA), and prints the answer as a tree (or JSON with ``--json-out``).

Exit status: 0 for a Result-Code (or Experimental-Result-Code) of class 2xxx, 1 for 1xxx, 3, 4
or 5 for the error classes, 6 when the peer could not be reached or refused the capabilities
exchange, 7 when no answer came in time, 8 for an answer with neither code, 2 for a request
that cannot be built (the reason on standard error).
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

from .config import ConfigError, NodeConfig, _request_class

__all__ = ["send", "build_request", "resolve", "exit_status", "SendError"]

EXIT_UNREACHABLE = 6
EXIT_TIMEOUT = 7
EXIT_NO_RESULT = 8


class SendError(Exception):
    """A request that cannot be built from what was given."""


def _field_for(cls: type, name: str) -> Any:
    from .schema import fields_of

    for spec in fields_of(cls):
        if name in (spec.name, spec.definition.name) or name.replace("-", "_").lower() == spec.name:
            return spec
    names = ", ".join(s.definition.name for s in fields_of(cls) if s.kind != "extra")
    raise SendError(f"{cls.__diameter__.name} has no AVP {name!r} (it has: {names})")  # type: ignore[attr-defined]


_INTEGERS = ("Integer32", "Integer64", "Unsigned32", "Unsigned64", "Enumerated")


def _value(spec: Any, text: str) -> Any:
    """A command-line value: JSON for a table, a list or a quoted string; a number for a
    numeric AVP (an enumerated value by its name or number); otherwise the text itself (an
    address, a time, a string; hex for an OctetString)."""
    stripped = text.strip()
    if stripped in ("{n}", "{rand}"):  # a placeholder of diameter bench, filled per request
        return stripped
    if stripped[:1] in ("{", "[", '"'):
        try:
            return json.loads(stripped)
        except json.JSONDecodeError as e:
            raise SendError(f"--avp {spec.definition.name}: {text!r} is not valid JSON: {e}") from None
    fmt = spec.definition.format.name
    if fmt in _INTEGERS:
        try:
            return int(stripped, 0)
        except ValueError:
            if fmt == "Enumerated":
                return stripped  # a name, which the enum knows or not (said when it is built)
            raise SendError(f"--avp {spec.definition.name}: expected an integer, got {text!r}") from None
    if fmt in ("Float32", "Float64"):
        try:
            return float(stripped)
        except ValueError:
            raise SendError(f"--avp {spec.definition.name}: expected a number, got {text!r}") from None
    return text


def build_request(command: str, avps: Sequence[str]) -> tuple[type, dict[str, Any]]:
    """The request class named by ``command`` (a command name, a ``module:Class`` or a class
    path) and its fields from the ``NAME=VALUE`` AVPs (as :func:`diameter.data.from_dict` takes
    them)."""
    try:
        cls = _request_class(command, "--command", "")
    except ConfigError as e:
        raise SendError(str(e).removeprefix("--command: ")) from None
    fields: dict[str, Any] = {}
    for item in avps:
        name, sep, text = item.partition("=")
        if not sep:
            raise SendError(f"--avp {item!r}: expected NAME=VALUE")
        spec = _field_for(cls, name.strip())
        value = _value(spec, text)
        if spec.kind == "many":
            items = value if isinstance(value, list) else [value]
            fields.setdefault(spec.name, []).extend(items)
        elif spec.name in fields:
            raise SendError(f"--avp {spec.definition.name} given twice, and it is not a repeated AVP")
        else:
            fields[spec.name] = value
    return cls, fields


def resolve(request: dict[str, Any] | None, command: str | None, avps: Sequence[str]) -> tuple[type, dict[str, Any]]:
    """The request class and fields of a JSON request (its ``"command"`` or ``"class"`` naming
    the class), or of ``--command`` and ``--avp`` options."""
    if request is None:
        assert command is not None
        return build_request(command, avps)
    named = request.get("class") or request.get("command")
    if not isinstance(named, str):
        raise SendError('the JSON request names no "command" (or "class")')
    try:
        cls = _request_class(named, "the JSON request", "")
    except ConfigError as e:
        raise SendError(str(e)) from None
    return cls, {k: v for k, v in request.items() if k not in ("command", "class")}


def known_fields(cls: type, fields: dict[str, Any], **values: Any) -> dict[str, Any]:
    """Of ``values`` (field name: what the node knows), those that class ``cls`` has, that
    ``fields`` leaves out, and that are known (not None)."""
    from .schema import fields_of

    names = {s.name for s in fields_of(cls)}
    return {k: v for k, v in values.items() if v is not None and k in names and k not in fields}


def _complete(cls: type, fields: dict[str, Any], node: Any, peer_realm: str | None) -> Any:
    """The request with what the node knows filled in."""
    from .data import from_dict

    local = node.local
    known = known_fields(
        cls,
        fields,
        session_id=node.session_id(),
        origin_host=local.origin_host,
        origin_realm=local.origin_realm,
        destination_realm=peer_realm,
    )
    return from_dict(cls, {**fields, **known})


def result_code(answer: Any) -> int | None:
    """An answer's Result-Code, or its Experimental-Result-Code (None: it has neither)."""
    code = getattr(answer, "result_code", None)
    if code is None:
        code = getattr(getattr(answer, "experimental_result", None), "experimental_result_code", None)
    return None if code is None else int(code)


def exit_status(answer: Any) -> int:
    """The exit status of an answer, by the class of its Result-Code or Experimental-Result-Code."""
    code = result_code(answer)
    if code is None:
        return EXIT_NO_RESULT
    return {1: 1, 2: 0, 3: 3, 4: 4, 5: 5}.get(code // 1000, EXIT_NO_RESULT)


class Unreachable(Exception):
    """The peer could not be reached, or refused the capabilities exchange."""


@contextlib.asynccontextmanager
async def client(
    uri: str,
    cls: type,
    *,
    config: NodeConfig | None,
    origin_host: str,
    origin_realm: str,
    vendor_id: int | None,
    timeout: float,
    trace: str | Path | None,
    tls: Any,
) -> AsyncIterator[tuple[Any, str, str | None]]:
    """A node connected to the peer at ``uri`` (CER/CEA), advertising the application of
    request class ``cls`` (see :func:`_local`): the node, the peer's identity and its realm
    (from its CEA). The node disconnects (DPR/DPA) at the end. :class:`Unreachable` when the
    connection does not open."""
    from .asyncio import Node
    from .core.service import PeerError
    from .trace import PcapngTrace

    writer = PcapngTrace(trace) if trace is not None else None
    node = Node(
        _local(cls, config, origin_host, origin_realm, vendor_id),
        tw=30.0,
        tc=min(timeout, 30.0),
        request_timeout=timeout,
        trace=writer,
    )
    node.prepare(cls)
    try:
        try:
            peer = await node.connect_uri(uri, ssl=tls, reconnect=False)
        except (OSError, PeerError, ValueError) as e:
            raise Unreachable(f"{uri}: {e}") from None
        agreement = peer.agreement
        if agreement is None:  # pragma: no cover - an open peer has agreed
            raise Unreachable(f"{uri}: no capabilities agreed")
        yield node, agreement.peer_host, agreement.peer_realm
    finally:
        await node.close(timeout=min(timeout, 5.0))
        if writer is not None:
            writer.close()


async def send(
    uri: str,
    *,
    request: dict[str, Any] | None = None,
    command: str | None = None,
    avps: Sequence[str] = (),
    config: NodeConfig | None = None,
    origin_host: str = "client.localdomain",
    origin_realm: str = "localdomain",
    vendor_id: int | None = None,
    timeout: float = 10.0,
    json_out: bool = False,
    trace: str | Path | None = None,
    tls: Any = None,
) -> int:
    """Send one request to the peer at ``uri``; print its answer; return the exit status."""
    from .core.service import PeerError, RequestTimeout
    from .data import DataError, message_to_dict
    from .text import format_message

    try:
        cls, fields = resolve(request, command, avps)
    except SendError as e:
        print(f"diameter send: {e}", file=sys.stderr)
        return 2
    try:
        async with client(
            uri,
            cls,
            config=config,
            origin_host=origin_host,
            origin_realm=origin_realm,
            vendor_id=vendor_id,
            timeout=timeout,
            trace=trace,
            tls=tls,
        ) as (node, host, realm):
            try:
                req = _complete(cls, fields, node, realm)
            except (DataError, ValueError, TypeError) as e:
                print(f"diameter send: the request does not build: {e}", file=sys.stderr)
                return 2
            try:
                answer = await node.request(req, peer=host, timeout=timeout)
            except RequestTimeout:
                print(f"diameter send: no answer from {host} in {timeout:g} s", file=sys.stderr)
                return EXIT_TIMEOUT
            except PeerError as e:
                print(f"diameter send: {host}: {e}", file=sys.stderr)
                return EXIT_UNREACHABLE
            if json_out:
                print(json.dumps(message_to_dict(answer), indent=2, ensure_ascii=False))
            else:
                print(format_message(answer))
            return exit_status(answer)
    except Unreachable as e:
        print(f"diameter send: {e}", file=sys.stderr)
        return EXIT_UNREACHABLE


def _local(cls: type, config: NodeConfig | None, origin_host: str, origin_realm: str, vendor_id: int | None) -> Any:
    """What the sending node advertises: the identity and applications of ``config`` (or the
    given identity), and the application of request class ``cls`` (vendor-specific with
    ``vendor_id``; accounting for application 3)."""
    import attrs

    from .capabilities import LocalCapabilities
    from .schema import command_info

    info = command_info(cls)
    app = info.application_id if info.application_id is not None else 0
    if config is not None:
        config.load_dictionaries()
        local = config.capabilities()
    else:
        local = LocalCapabilities(origin_host=origin_host, origin_realm=origin_realm)
    if vendor_id is not None:
        vs = (vendor_id, None, app) if app == 3 else (vendor_id, app, None)
        return attrs.evolve(
            local,
            vendor_specific=(*local.vendor_specific, vs),
            supported_vendor_ids=local.supported_vendor_ids | {vendor_id},
        )
    if app == 3:
        return attrs.evolve(local, acct_application_ids=local.acct_application_ids | {app})
    return attrs.evolve(local, auth_application_ids=local.auth_application_ids | {app})
