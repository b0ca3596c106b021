"""A node's configuration: a TOML file, or the same model built in Python.

:func:`load` reads a file (stdlib :mod:`tomllib`) into a :class:`NodeConfig`; a script builds
the same frozen classes directly. Either way :meth:`NodeConfig.node` makes the
:class:`~diameter.asyncio.Node` and :func:`start` starts it (listens, connects to the peers).
Every error in a file is a :class:`ConfigError` that names the file, the key and what was
expected. The file's tables and keys (README, "Configuration")::

    [node]                          # identity (required: origin_host, origin_realm)
    origin_host = "ocs.example.com"
    origin_realm = "example.com"
    product_name = "diameter-typed" # vendor_id, host_ip_addresses, origin_state_id,
                                    # firmware_revision
    known_peers = ["pgw.example.com"]   # the allow-list; absent: any peer
    dictionaries = ["tgpp.gx", "my.dia"] # bundled modules or .dia files, in this order

    [applications]                  # what CER/CEA advertise
    auth = [4]                      # Auth-Application-Id; acct = [...]
    supported_vendor_ids = [10415]
    vendor_specific = [{ vendor_id = 10415, auth = 16777238 }]   # or acct = ...
    relay = true                    # advertise the Relay Application-Id (an agent)

    [timers]                        # seconds: tc, tw, request_timeout, drain
    [limits]                        # diameter.core.service.Limits, by field name

    [[listen]]                      # one table per endpoint
    transport = "tcp"               # "tcp", "tls" (TLS on connect) or "sctp"
    hosts = ["127.0.0.1"]           # (or host = "..."); port = 3868 (5658 for tls)
    tls = { certificate = "srv.crt", key = "srv.key", ca = "ca.crt" }

    [[peers]]                       # the peers this node connects to
    uri = "aaa://pgw.example.com:3868;transport=tcp"   # aaas:// needs tls = {...}
    reconnect = true                # local_addresses = [...]

    [handlers]                      # request class or command name = "module:function"
    "Credit-Control-Request" = "myocs:handle_ccr"

    [hooks]                         # a proxy's hooks: request or answer = "module:function"
    "Credit-Control-Answer" = "myproxy:hide_topology"

    [[routes]]                      # the routing table (realm, application, servers)
    realm = "example.com"
    application_id = 4
    action = "relay"                # "local", "relay", "proxy" or "redirect"
    servers = ["ocs1.example.com"]  # or { host = "...", priority = 0, weight = 1 }
    # destination_host, origin_host, user_name: patterns ("*.example.com")
    # redirect_usage = "all_realm", redirect_max_cache_time = 600 (a redirect entry)

    [logging]
    format = "text"                 # or "json" (one object per line); level = "info"

Relative paths (certificates, dictionaries) are taken from the file's directory.
"""

from __future__ import annotations

import importlib
import ssl
import tomllib
from collections.abc import Callable, Mapping, Sequence
from ipaddress import ip_address
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs

from .capabilities import RELAY_APPLICATION_ID, LocalCapabilities
from .core.service import Limits
from .errors import DiameterError
from .registry import DEFAULT
from .routing import Route, RouteTable, Server
from .schema import is_command
from .types import DiameterURI

if TYPE_CHECKING:
    from .asyncio import Node

__all__ = [
    "ConfigError",
    "HandlerConfig",
    "Listen",
    "Logging",
    "NodeConfig",
    "PeerConfig",
    "Route",
    "RouteTable",
    "Server",
    "Timers",
    "Tls",
    "from_dict",
    "load",
    "start",
]

T = TypeVar("T")

ListenTransport = Literal["tcp", "tls", "sctp"]


class ConfigError(DiameterError, ValueError):
    """A configuration that cannot be used: ``file`` and ``key`` say where (``key`` as a dotted
    path, ``listen[0].port``), the message what was expected."""

    def __init__(self, file: str, key: str, message: str) -> None:
        self.file = file
        self.key = key
        super().__init__(f"{file}: {key}: {message}" if key else f"{file}: {message}")


@attrs.frozen
class Tls:
    """TLS credentials: this node's certificate and key, and the CA that its peers'
    certificates must chain to (None: the system's)."""

    certificate: Path
    key: Path
    ca: Path | None = None
    #: a listening endpoint requires the peer's certificate (a connecting one always checks it)
    require_client_certificate: bool = True

    def context(self, server: bool) -> ssl.SSLContext:
        """An SSL context for a listening (``server``) or a connecting endpoint."""
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH if server else ssl.Purpose.SERVER_AUTH)
        ctx.load_cert_chain(self.certificate, self.key)
        if self.ca is not None:
            ctx.load_verify_locations(self.ca)
        if server and self.require_client_certificate:
            ctx.verify_mode = ssl.CERT_REQUIRED
        return ctx


@attrs.frozen
class Listen:
    """One endpoint the node accepts connections on."""

    transport: ListenTransport = "tcp"
    hosts: tuple[str, ...] = ("127.0.0.1",)
    #: None: 3868, or 5658 for TLS (RFC 6733 §2.1); 0: any free port
    port: int | None = None
    tls: Tls | None = None

    @property
    def effective_port(self) -> int:
        return self.port if self.port is not None else 5658 if self.transport == "tls" else 3868


@attrs.frozen
class PeerConfig:
    """A peer the node connects to, by its DiameterURI (the host is its identity)."""

    uri: str
    reconnect: bool = True
    local_addresses: tuple[str, ...] = ()
    tls: Tls | None = None

    @property
    def host(self) -> str:
        return DiameterURI.parse(self.uri).fqdn

    @property
    def key(self) -> str:
        """What tells two peers apart: host, port and transport (``host:port/transport``)."""
        u = DiameterURI.parse(self.uri)
        return f"{u.fqdn}:{u.effective_port}/{u.effective_transport}"


@attrs.frozen
class Timers:
    """Seconds: Tc (reconnection), Tw (watchdog), how long a request waits for its answer, and
    how long a stopping node waits for the answers of the requests it is handling."""

    tc: float = 30.0
    tw: float = 30.0
    request_timeout: float = 10.0
    drain: float = 5.0


@attrs.frozen
class HandlerConfig:
    """Requests of ``command`` (a request class, or its path or command name in the loaded
    dictionaries) are answered by the function named by ``entry_point`` (``module:function``)."""

    command: str | type
    entry_point: str | Callable[..., Any]


@attrs.frozen
class Logging:
    format: Literal["text", "json"] = "text"
    level: str = "info"


@attrs.frozen
class NodeConfig:
    """Everything a node is started from. Built by :func:`load` from a file, or in Python."""

    origin_host: str
    origin_realm: str
    product_name: str = "diameter-typed"
    vendor_id: int = 0
    host_ip_addresses: tuple[str, ...] = ("127.0.0.1",)
    origin_state_id: int | None = None
    firmware_revision: int | None = None
    auth_application_ids: frozenset[int] = frozenset()
    acct_application_ids: frozenset[int] = frozenset()
    #: (Vendor-Id, Auth-Application-Id or None, Acct-Application-Id or None)
    vendor_specific: tuple[tuple[int, int | None, int | None], ...] = ()
    supported_vendor_ids: frozenset[int] = frozenset()
    #: the peers allowed to connect (None: any)
    known_peers: frozenset[str] | None = None
    dictionaries: tuple[str, ...] = ()
    listen: tuple[Listen, ...] = ()
    peers: tuple[PeerConfig, ...] = ()
    handlers: tuple[HandlerConfig, ...] = ()
    #: a proxy's typed hooks: request or answer class (or command name) and function
    hooks: tuple[HandlerConfig, ...] = ()
    routes: tuple[Route, ...] = ()
    #: advertise the Relay Application-Id (RFC 6733 §2.4): a relay or proxy of any application
    relay: bool = False
    timers: Timers = attrs.field(factory=Timers)
    limits: Limits = attrs.field(factory=Limits)
    logging: Logging = attrs.field(factory=Logging)
    #: where it was read from (for errors), or "<python>"
    source: str = "<python>"

    def capabilities(self) -> LocalCapabilities:
        """What the node advertises in its CER and CEA."""
        return LocalCapabilities(
            origin_host=self.origin_host,
            origin_realm=self.origin_realm,
            host_ip_addresses=tuple(ip_address(a) for a in self.host_ip_addresses),
            vendor_id=self.vendor_id,
            product_name=self.product_name,
            auth_application_ids=self.auth_application_ids | ({RELAY_APPLICATION_ID} if self.relay else set()),
            acct_application_ids=self.acct_application_ids,
            vendor_specific=self.vendor_specific,
            supported_vendor_ids=self.supported_vendor_ids,
            origin_state_id=self.origin_state_id,
            firmware_revision=self.firmware_revision,
        )

    def load_dictionaries(self) -> None:
        """Import the configured dictionaries (bundled modules by name, or .dia files)."""
        from .apps import module_name

        for i, name in enumerate(self.dictionaries):
            key = f"node.dictionaries[{i}]"
            if name.endswith(".dia"):
                from .dictc import DictError
                from .dictc import load as load_dia

                try:
                    load_dia(name)
                except (OSError, DictError) as e:
                    raise ConfigError(self.source, key, f"dictionary {name} does not load: {e}") from None
            else:
                try:
                    importlib.import_module(module_name(name))
                except ImportError:
                    raise ConfigError(
                        self.source, key, f"no bundled dictionary {name!r} (see diameter.apps.BUNDLED)"
                    ) from None

    def resolve_handlers(self) -> dict[type, Callable[..., Any]]:
        """The request class and function of each handler."""
        out: dict[type, Callable[..., Any]] = {}
        for i, h in enumerate(self.handlers):
            key = f"handlers[{i}]" if self.source == "<python>" else f"handlers.{h.command!r}"
            cls = _request_class(h.command, self.source, key)
            fn = h.entry_point if callable(h.entry_point) else _entry_point(h.entry_point, self.source, key)
            out[cls] = fn
        return out

    def resolve_hooks(self) -> dict[type, Callable[..., Any]]:
        """The request or answer class and function of each proxy hook."""
        out: dict[type, Callable[..., Any]] = {}
        for i, h in enumerate(self.hooks):
            key = f"hooks[{i}]" if self.source == "<python>" else f"hooks.{h.command!r}"
            cls = _request_class(h.command, self.source, key, answers=True)
            fn = h.entry_point if callable(h.entry_point) else _entry_point(h.entry_point, self.source, key)
            out[cls] = fn
        return out

    def routing(self) -> RouteTable | None:
        """The routing policy of :attr:`routes` (None when there are none)."""
        return RouteTable(self.routes) if self.routes else None

    def node(self) -> Node:
        """A node of this configuration, its dictionaries loaded and its handlers set (not yet
        listening or connected: see :func:`start`)."""
        from .asyncio import Node

        self.load_dictionaries()
        handlers = self.resolve_handlers()
        hooks = self.resolve_hooks()
        node = Node(
            self.capabilities(),
            known_peers=set(self.known_peers) if self.known_peers is not None else None,
            tw=self.timers.tw,
            tc=self.timers.tc,
            request_timeout=self.timers.request_timeout,
            limits=self.limits,
            routing=self.routing(),
        )
        for cls, fn in handlers.items():
            node.handle(cls, fn)
        for cls, fn in hooks.items():
            node.hook(cls, fn)
        for p in self.peers:
            node.service.uris[DiameterURI.parse(p.uri).fqdn] = p.uri
        return node


def _request_class(command: str | type, source: str, key: str, *, answers: bool = False) -> type:
    if isinstance(command, type):
        cls: type | None = command
    elif ":" in command:
        module, _, name = command.partition(":")
        try:
            cls = getattr(importlib.import_module(module), name, None)
        except ImportError as e:
            raise ConfigError(source, key, f"cannot import {module}: {e}") from None
    else:
        DEFAULT.load_autoload()
        cls = DEFAULT.commands_by_path.get(command)
        if cls is None:
            cls = DEFAULT.commands_by_name.get(command)
    if cls is None or not is_command(cls):
        raise ConfigError(
            source,
            key,
            f"expected a {'command' if answers else 'request'} class (module:Class, or a command name of a loaded"
            f" dictionary), got {command!r}",
        )
    if not answers and not cls.__diameter__.request:  # type: ignore[attr-defined]
        raise ConfigError(source, key, f"{cls.__name__} is an answer; a handler is set for a request class")
    return cls


def _entry_point(text: str, source: str, key: str) -> Callable[..., Any]:
    module, sep, name = text.partition(":")
    if not sep or not module or not name:
        raise ConfigError(source, key, f"expected 'module:function', got {text!r}")
    try:
        obj: Any = importlib.import_module(module)
    except ImportError as e:
        raise ConfigError(source, key, f"cannot import {module}: {e}") from None
    for part in name.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            raise ConfigError(source, key, f"{module} has no {name}")
    if not callable(obj):
        raise ConfigError(source, key, f"{text} is not a function")
    return obj  # type: ignore[no-any-return]


# -- reading a file -----------------------------------------------------------------------------


class _Reader:
    """Typed access to one table of the file, naming the key of every error."""

    def __init__(self, source: str, data: Mapping[str, Any], path: str, base: Path) -> None:
        self.source = source
        self.data = data
        self.path = path
        self.base = base
        self.used: set[str] = set()

    def key(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def error(self, name: str, message: str) -> ConfigError:
        return ConfigError(self.source, self.key(name), message)

    def _get(self, name: str, kinds: tuple[type, ...], what: str, default: Any) -> Any:
        self.used.add(name)
        if name not in self.data:
            if default is _REQUIRED:
                raise self.error(name, f"required: expected {what}")
            return default
        v = self.data[name]
        if isinstance(v, bool) and bool not in kinds:
            raise self.error(name, f"expected {what}, got {v!r}")
        if not isinstance(v, kinds):
            raise self.error(name, f"expected {what}, got {_kind(v)} {v!r}")
        return v

    def text(self, name: str, default: Any = None) -> Any:
        return self._get(name, (str,), "a string", default)

    def integer(self, name: str, default: Any = None, *, low: int = 0, high: int = 0xFFFFFFFF) -> Any:
        v = self._get(name, (int,), "an integer", default)
        if isinstance(v, int) and not low <= v <= high:
            raise self.error(name, f"expected an integer from {low} to {high}, got {v}")
        return v

    def seconds(self, name: str, default: Any = None) -> Any:
        v = self._get(name, (int, float), "a number of seconds", default)
        if isinstance(v, (int, float)) and not v > 0:
            raise self.error(name, f"expected a number of seconds above 0, got {v}")
        return float(v) if isinstance(v, (int, float)) else v

    def flag(self, name: str, default: Any = None) -> Any:
        return self._get(name, (bool,), "true or false", default)

    def choice(self, name: str, choices: Sequence[str], default: Any = None) -> Any:
        v = self.text(name, default)
        if v is not None and v not in choices:
            raise self.error(name, f"expected one of {', '.join(map(repr, choices))}, got {v!r}")
        return v

    def items(self, name: str, item: type, what: str, default: Any = None) -> Any:
        v = self._get(name, (list,), f"a list of {what}", default)
        if isinstance(v, list):
            for i, x in enumerate(v):
                if (isinstance(x, bool) and item is not bool) or not isinstance(x, item):
                    raise self.error(f"{name}[{i}]", f"expected {what}, got {_kind(x)} {x!r}")
        return v

    def u32s(self, name: str) -> frozenset[int]:
        v = self.items(name, int, "integers", [])
        for i, x in enumerate(v):
            if not 0 <= x <= 0xFFFFFFFF:
                raise self.error(f"{name}[{i}]", f"expected an integer from 0 to 4294967295, got {x}")
        return frozenset(v)

    def table(self, name: str) -> _Reader:
        v = self._get(name, (dict,), "a table", {})
        return _Reader(self.source, v, self.key(name), self.base)

    def tables(self, name: str) -> list[_Reader]:
        v = self._get(name, (list,), "an array of tables ([[...]])", [])
        out = []
        for i, x in enumerate(v):
            if not isinstance(x, dict):
                raise self.error(f"{name}[{i}]", f"expected a table, got {_kind(x)} {x!r}")
            out.append(_Reader(self.source, x, f"{self.key(name)}[{i}]", self.base))
        return out

    def path_(self, name: str, default: Any = None) -> Path | None:
        v = self.text(name, default)
        if v is None or v is _REQUIRED:
            return None
        p = Path(v)
        return p if p.is_absolute() else self.base / p

    def done(self) -> None:
        """Refuse the keys this table does not have."""
        for name in self.data:
            if name not in self.used:
                known = ", ".join(sorted(self.used)) or "none"
                raise self.error(name, f"unknown key (this table has: {known})")


_REQUIRED: Any = object()


def _kind(v: object) -> str:
    return {str: "string", int: "integer", float: "number", bool: "boolean", list: "list", dict: "table"}.get(
        type(v), type(v).__name__
    )


def _tls(r: _Reader, name: str) -> Tls | None:
    if name not in r.data:
        r.used.add(name)
        return None
    t = r.table(name)
    cert, key = t.path_("certificate", _REQUIRED), t.path_("key", _REQUIRED)
    assert cert is not None and key is not None
    tls = Tls(
        certificate=cert,
        key=key,
        ca=t.path_("ca"),
        require_client_certificate=t.flag("require_client_certificate", True),
    )
    t.done()
    for field, p in (("certificate", tls.certificate), ("key", tls.key), ("ca", tls.ca)):
        if p is not None and not p.exists():
            raise t.error(field, f"no such file: {p}")
    return tls


def from_dict(data: Mapping[str, Any], *, source: str = "<dict>", base: Path | None = None) -> NodeConfig:
    """A :class:`NodeConfig` from the parsed TOML (``source`` names it in errors, ``base`` is
    the folder of relative paths)."""
    top = _Reader(source, data, "", base or Path.cwd())
    node = top.table("node")
    origin_host = node.text("origin_host", _REQUIRED)
    origin_realm = node.text("origin_realm", _REQUIRED)
    addresses = node.items("host_ip_addresses", str, "IP addresses", ["127.0.0.1"])
    for i, a in enumerate(addresses):
        try:
            ip_address(a)
        except ValueError:
            raise node.error(f"host_ip_addresses[{i}]", f"expected an IP address, got {a!r}") from None
    known = node.items("known_peers", str, "Diameter identities", None)
    dictionaries = []
    for name in node.items("dictionaries", str, "dictionary names or .dia files", []):
        if name.endswith(".dia") and not Path(name).is_absolute():
            name = str(top.base / name)
        dictionaries.append(name)
    identity: dict[str, Any] = dict(
        origin_host=origin_host,
        origin_realm=origin_realm,
        product_name=node.text("product_name", "diameter-typed"),
        vendor_id=node.integer("vendor_id", 0),
        host_ip_addresses=tuple(addresses),
        origin_state_id=node.integer("origin_state_id"),
        firmware_revision=node.integer("firmware_revision"),
        known_peers=frozenset(known) if known is not None else None,
        dictionaries=tuple(dictionaries),
    )
    node.done()

    apps = top.table("applications")
    vendor_specific = []
    for t in apps.tables("vendor_specific"):
        vid = t.integer("vendor_id", _REQUIRED)
        auth, acct = t.integer("auth"), t.integer("acct")
        if (auth is None) == (acct is None):
            raise t.error("auth", "expected one of auth and acct (the Application-Id)")
        t.done()
        vendor_specific.append((vid, auth, acct))
    applications: dict[str, Any] = dict(
        auth_application_ids=apps.u32s("auth"),
        acct_application_ids=apps.u32s("acct"),
        supported_vendor_ids=apps.u32s("supported_vendor_ids"),
        vendor_specific=tuple(vendor_specific),
        relay=apps.flag("relay", False),
    )
    apps.done()

    t = top.table("timers")
    timers = Timers(
        tc=t.seconds("tc", 30.0),
        tw=t.seconds("tw", 30.0),
        request_timeout=t.seconds("request_timeout", 10.0),
        drain=t.seconds("drain", 5.0),
    )
    if timers.tw < 6:
        raise t.error("tw", f"expected at least 6 seconds (RFC 3539 §3.4.1), got {timers.tw:g}")
    t.done()

    lim = top.table("limits")
    values: dict[str, Any] = {}
    for f in attrs.fields(Limits):
        if f.name in lim.data:
            values[f.name] = lim.seconds(f.name) if f.type in (float, "float") else lim.integer(f.name, high=2**62)
    lim.done()
    try:
        limits = Limits(**values)
    except ValueError as e:
        raise ConfigError(source, "limits", str(e)) from None

    listen = []
    for r in top.tables("listen"):
        transport = r.choice("transport", ("tcp", "tls", "sctp"), "tcp")
        if "host" in r.data and "hosts" in r.data:
            raise r.error("host", "expected host or hosts, not both")
        hosts = [r.text("host")] if "host" in r.data else r.items("hosts", str, "addresses or names", ["127.0.0.1"])
        r.used.update(("host", "hosts"))
        tls = _tls(r, "tls")
        if (transport == "tls") != (tls is not None):
            raise r.error("tls", "expected a tls table exactly when transport is 'tls'")
        listen.append(
            Listen(transport=transport, hosts=tuple(hosts), port=r.integer("port", None, high=65535), tls=tls)
        )
        r.done()

    peers = []
    for r in top.tables("peers"):
        uri = r.text("uri", _REQUIRED)
        try:
            u = DiameterURI.parse(uri)
        except ValueError as e:
            raise r.error("uri", f"expected a DiameterURI (aaa://host:port;transport=tcp): {e}") from None
        tls = _tls(r, "tls")
        if u.scheme == "aaas" and tls is None:
            raise r.error("tls", "an aaas:// peer needs a tls table (certificate, key, ca)")
        peers.append(
            PeerConfig(
                uri=uri,
                reconnect=r.flag("reconnect", True),
                local_addresses=tuple(r.items("local_addresses", str, "addresses", [])),
                tls=tls,
            )
        )
        r.done()
    keys = [p.key for p in peers]
    for i, k in enumerate(keys):
        if k in keys[:i]:
            raise ConfigError(source, f"peers[{i}].uri", f"peer {k} is listed twice")

    h = top.table("handlers")
    handlers = []
    for name in h.data:
        entry = h.text(name)
        if ":" not in entry:
            raise h.error(name, f"expected 'module:function', got {entry!r}")
        handlers.append(HandlerConfig(command=name, entry_point=entry))
    h.done()

    h = top.table("hooks")
    hooks = []
    for name in h.data:
        entry = h.text(name)
        if ":" not in entry:
            raise h.error(name, f"expected 'module:function', got {entry!r}")
        hooks.append(HandlerConfig(command=name, entry_point=entry))
    h.done()

    routes = []
    for r in top.tables("routes"):
        servers: list[Server] = []
        raw = r._get("servers", (list,), "a list of servers (identities, or tables of host, priority, weight)", [])
        for i, item in enumerate(raw):
            if isinstance(item, str):
                servers.append(Server(item))
            elif isinstance(item, dict):
                t = _Reader(source, item, f"{r.key('servers')}[{i}]", top.base)
                host = t.text("host", _REQUIRED)
                priority = t.integer("priority", 0, high=1 << 31)
                weight = t.integer("weight", 1, low=1, high=1 << 31)
                t.done()
                servers.append(Server(host, priority, weight))
            else:
                raise r.error(
                    f"servers[{i}]", f"expected an identity or a table of host, priority, weight, got {item!r}"
                )
        routes.append(
            Route(
                realm=r.text("realm", "*"),
                application_id=r.integer("application_id"),
                action=r.choice("action", ("local", "relay", "proxy", "redirect"), "relay"),
                servers=tuple(servers),
                destination_host=r.text("destination_host"),
                origin_host=r.text("origin_host"),
                user_name=r.text("user_name"),
                **_redirect(r),
            )
        )
        r.done()

    lg = top.table("logging")
    logging = Logging(
        format=lg.choice("format", ("text", "json"), "text"),
        level=lg.choice("level", ("debug", "info", "warning", "error"), "info"),
    )
    lg.done()
    top.done()
    return NodeConfig(
        **identity,
        **applications,
        timers=timers,
        limits=limits,
        listen=tuple(listen),
        peers=tuple(peers),
        handlers=tuple(handlers),
        hooks=tuple(hooks),
        routes=tuple(routes),
        logging=logging,
        source=source,
    )


def _redirect(r: _Reader) -> dict[str, Any]:
    """A route's redirect_usage and redirect_max_cache_time (RFC 6733 §6.13, §6.14)."""
    usage = r.choice(
        "redirect_usage",
        (
            "dont_cache",
            "all_session",
            "all_realm",
            "realm_and_application",
            "all_application",
            "all_host",
            "all_user",
        ),
        "dont_cache",
    )
    time = r.integer("redirect_max_cache_time", None, high=2**32 - 1)
    if usage != "dont_cache" and time is None:
        raise r.error("redirect_max_cache_time", f"expected seconds: redirect_usage {usage} caches the redirect")
    return {"redirect_usage": usage, "redirect_max_cache_time": time}


def load(path: str | Path) -> NodeConfig:
    """Read a node's configuration from a TOML file."""
    p = Path(path)
    try:
        text = p.read_bytes()
    except OSError as e:
        raise ConfigError(str(p), "", f"cannot read: {e.strerror or e}") from None
    try:
        data = tomllib.loads(text.decode())
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(str(p), "", f"not valid TOML: {e}") from None
    return from_dict(data, source=str(p), base=p.resolve().parent)


async def start(
    config: NodeConfig, node: Node | None = None, *, tasks: set[Any] | None = None, opened: dict[str, str] | None = None
) -> Node:
    """Make the node of ``config`` (or use ``node``), listen on every endpoint and start
    connecting to every peer (a peer that is down is retried every Tc, as RFC 6733 §2.1 says;
    the node does not wait for it). Returns the node. The tasks that connect are added to
    ``tasks`` (to cancel them; by default a set of this module's); ``opened`` gets the
    identity each peer gave in its CEA, by its :attr:`PeerConfig.key`."""
    import asyncio

    tasks = _CONNECTING if tasks is None else tasks

    node = node or config.node()
    for i, lst in enumerate(config.listen):
        try:
            await node.listen(
                list(lst.hosts),
                lst.effective_port,
                ssl=lst.tls.context(server=True) if lst.tls is not None else None,
                transport="sctp" if lst.transport == "sctp" else "tcp",
            )
        except OSError as e:
            raise ConfigError(config.source, f"listen[{i}]", f"cannot listen: {e}") from None
    for p in config.peers:
        task = asyncio.get_running_loop().create_task(_keep_connecting(node, p, config.timers.tc, opened))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    return node


#: the tasks :func:`start` connects peers with, when it is given no set of its own
_CONNECTING: set[Any] = set()


async def _keep_connecting(node: Node, peer: PeerConfig, tc: float, opened: dict[str, str] | None = None) -> None:
    """Connect to ``peer`` until it opens once (then the node reconnects it itself); its
    identity (from its CEA) goes into ``opened`` under its :attr:`PeerConfig.key`."""
    import asyncio
    import logging

    from .core.service import PeerError

    log = logging.getLogger("diameter.node")
    while True:
        try:
            p = await node.connect_uri(
                peer.uri,
                ssl=peer.tls.context(server=False) if peer.tls is not None else None,
                reconnect=peer.reconnect,
                local_addresses=list(peer.local_addresses) or None,
            )
            identity = p.agreement.peer_host if p.agreement is not None else peer.host
            if opened is not None:
                opened[peer.key] = identity
            log.info("peer %s (%s) open", identity, peer.uri)
            return
        except (OSError, PeerError) as e:
            log.warning("peer %s: %s; again in %g s", peer.host, e, tc)
        if not peer.reconnect:
            return
        await asyncio.sleep(tc)
