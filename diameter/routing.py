"""The routing table (RFC 6733 §2.7, §6.1): which entry a request matches, and which of the
entry's servers it goes to.

An entry (:class:`Route`) matches by Destination-Realm and Application-Id, and optionally by
Destination-Host, Origin-Host and User-Name patterns (shell-style, ``*.example.com``); the first
entry that matches is used. Its servers are tried by ``priority`` (lowest first); among the
connected servers of the best priority, the request goes to the one with the fewest requests
pending for its ``weight`` (weighted least-outstanding). A request's Destination-Host that is a
connected peer takes it directly (§6.1). The entry's ``action`` (LOCAL, RELAY, PROXY, REDIRECT)
says what an agent does with the request; a client or server node uses the table to choose the
peer of its own requests.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Sequence
from typing import Any, Literal

import attrs

__all__ = ["Action", "RedirectUsageName", "Route", "RouteTable", "Server"]

Action = Literal["local", "relay", "proxy", "redirect"]
RedirectUsageName = Literal[
    "dont_cache", "all_session", "all_realm", "realm_and_application", "all_application", "all_host", "all_user"
]


@attrs.frozen
class Server:
    """A server of a route: its Diameter identity, priority (lowest first) and weight."""

    host: str
    priority: int = 0
    weight: int = 1

    def __attrs_post_init__(self) -> None:
        if self.weight < 1:
            raise ValueError(f"server {self.host}: weight must be at least 1, not {self.weight}")


def _servers(value: Iterable[Server | str]) -> tuple[Server, ...]:
    return tuple(s if isinstance(s, Server) else Server(s) for s in value)


@attrs.frozen
class Route:
    """An entry of the routing table: requests for ``realm`` (``"*"``: any) and
    ``application_id`` (None: any), and, where given, whose Destination-Host, Origin-Host and
    User-Name match the patterns, go to one of ``servers`` by ``action``."""

    realm: str = "*"
    application_id: int | None = None
    action: Action = "relay"
    servers: tuple[Server, ...] = attrs.field(default=(), converter=_servers)
    destination_host: str | None = None
    origin_host: str | None = None
    user_name: str | None = None
    #: for a redirect entry: the Redirect-Host-Usage of its answers (RFC 6733 §6.13: which
    #: later requests the client sends to the same server) and Redirect-Max-Cache-Time (s)
    redirect_usage: RedirectUsageName = "dont_cache"
    redirect_max_cache_time: int | None = None

    def __attrs_post_init__(self) -> None:
        if self.redirect_usage != "dont_cache" and self.redirect_max_cache_time is None:
            raise ValueError(f"redirect_usage {self.redirect_usage} needs a redirect_max_cache_time")
        if self.redirect_max_cache_time is not None and not 0 <= self.redirect_max_cache_time < 2**32:
            raise ValueError(f"redirect_max_cache_time {self.redirect_max_cache_time} is not an Unsigned32")

    def matches(self, realm: str | None, application_id: int, message: Any) -> bool:
        if self.realm != "*" and self.realm != realm:
            return False
        if self.application_id is not None and self.application_id != application_id:
            return False
        for pattern, name in (
            (self.destination_host, "destination_host"),
            (self.origin_host, "origin_host"),
            (self.user_name, "user_name"),
        ):
            if pattern is not None:
                value = getattr(message, name, None)
                if not isinstance(value, str) or not fnmatch.fnmatchcase(value, pattern):
                    return False
        return True

    def describe(self) -> str:
        parts = [
            f"realm {self.realm}",
            f"application {self.application_id if self.application_id is not None else 'any'}",
        ]
        for label, pattern in (
            ("Destination-Host", self.destination_host),
            ("Origin-Host", self.origin_host),
            ("User-Name", self.user_name),
        ):
            if pattern is not None:
                parts.append(f"{label} {pattern}")
        return ", ".join(parts) + f": {self.action}"


class RouteTable:
    """A routing policy from :class:`Route` entries (see the module's text). A request no entry
    matches goes where the default routing sends it."""

    def __init__(self, routes: Sequence[Route]) -> None:
        from .core.service import DefaultRouting

        self.routes = tuple(routes)
        self._default = DefaultRouting()
        #: whether an entry forwards or redirects (a node with such a table is an agent)
        self.forwards = any(r.action != "local" for r in self.routes)

    def entry(self, realm: str | None, application_id: int, message: Any = None) -> Route | None:
        """The first entry matching (None: none does)."""
        for r in self.routes:
            if r.matches(realm, application_id, message):
                return r
        return None

    def entry_for(self, message: Any) -> Route | None:
        from .converter import header_of

        return self.entry(getattr(message, "destination_realm", None), header_of(message).application_id, message)

    @staticmethod
    def order(route: Route, pending: dict[str, int]) -> list[Server]:
        """The servers of ``route`` that are in ``pending`` (connected, with their pending
        requests), best first: by priority, then by pending requests per weight, then in the
        entry's order."""
        up = [(i, s) for i, s in enumerate(route.servers) if s.host in pending]
        up.sort(key=lambda item: (item[1].priority, pending[item[1].host] / item[1].weight, item[0]))
        return [s for _, s in up]

    def choose(self, message: Any, candidates: Sequence[Any]) -> Any:
        dest_host = getattr(message, "destination_host", None)
        if dest_host is not None:
            for c in candidates:
                if c.peer.host == dest_host:
                    return c
        route = self.entry_for(message)
        if route is None:
            return self._default.choose(message, candidates)
        by_host = {c.peer.host: c for c in candidates}
        best = self.order(route, {h: len(c.pending) for h, c in by_host.items()})
        return by_host[best[0].host] if best else None

    def explain(self, message: Any, connected: Iterable[str]) -> list[str]:
        """Why ``message`` would go where it goes, with the peers ``connected`` open and idle."""
        from .converter import header_of

        up = set(connected)
        dest_host = getattr(message, "destination_host", None)
        realm = getattr(message, "destination_realm", None)
        app = header_of(message).application_id
        lines = [f"request: application {app}, Destination-Realm {realm}, Destination-Host {dest_host}"]
        if dest_host is not None and dest_host in up:
            lines.append(f"-> {dest_host}: its Destination-Host is a connected peer (RFC 6733 §6.1.5)")
            return lines
        for i, r in enumerate(self.routes):
            if r.matches(realm, app, message):
                lines.append(f"entry {i + 1} of {len(self.routes)} matches ({r.describe()})")
                if r.action == "local":
                    lines.append("-> handled by this node (action local)")
                    return lines
                servers = ", ".join(f"{s.host} (priority {s.priority}, weight {s.weight})" for s in r.servers)
                lines.append(f"its servers: {servers or 'none'}")
                if r.action == "redirect":
                    usage = r.redirect_usage.upper()
                    cache = f", for {r.redirect_max_cache_time} s" if r.redirect_max_cache_time is not None else ""
                    lines.append(
                        f"-> answered DIAMETER_REDIRECT_INDICATION (3006) naming them, Redirect-Host-Usage {usage}{cache}"
                    )
                    return lines
                best = self.order(r, {h: 0 for h in up})
                if best:
                    lines.append(f"-> {best[0].host}: the connected server of the best priority")
                else:
                    lines.append("-> no connected server: DIAMETER_UNABLE_TO_DELIVER (3002)")
                return lines
        lines.append(
            "no entry matches: the default routing (a peer that agreed on the application, one of the realm first)"
        )
        return lines
