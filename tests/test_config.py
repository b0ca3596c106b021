"""Node configuration files (diameter.config): the model they build, and errors that name the
file, the key and what was expected."""

from __future__ import annotations

import asyncio
import sys
from ipaddress import IPv4Address
from pathlib import Path
from typing import Any

import pytest

from diameter import config as cfg
from diameter.apps import credit_control as cc
from diameter.apps.base import DWR
from diameter.config import ConfigError, HandlerConfig, Listen, NodeConfig, PeerConfig, Route, RouteTable, load

FULL = """
[node]
origin_host = "ocs.example.com"
origin_realm = "example.com"
product_name = "test OCS"
vendor_id = 10415
host_ip_addresses = ["127.0.0.1", "::1"]
origin_state_id = 7
firmware_revision = 2
known_peers = ["pgw.example.com"]
dictionaries = ["tgpp.gx", "mine.dia"]

[applications]
auth = [4, 16777238]
acct = [3]
supported_vendor_ids = [10415]
vendor_specific = [{ vendor_id = 10415, auth = 16777238 }, { vendor_id = 10415, acct = 16777239 }]

[timers]
tc = 5
tw = 6.5
request_timeout = 2
drain = 1

[limits]
max_connections = 10
max_queue_time = 0.5

[[listen]]
transport = "tcp"
hosts = ["127.0.0.1", "::1"]
port = 0

[[listen]]
transport = "tls"
host = "127.0.0.1"
tls = { certificate = "srv.crt", key = "srv.key", ca = "ca.crt", require_client_certificate = false }

[[listen]]
transport = "sctp"
port = 3869

[[peers]]
uri = "aaa://pgw.example.com:3868;transport=tcp"
reconnect = false
local_addresses = ["127.0.0.1"]

[[peers]]
uri = "aaas://hss.example.com"
tls = { certificate = "srv.crt", key = "srv.key" }

[handlers]
"Credit-Control-Request" = "mymodule:answer"

[[routes]]
realm = "example.net"
application_id = 4
action = "relay"
servers = ["ocs1.example.net", "ocs2.example.net"]

[[routes]]
servers = ["default.example.com"]

[logging]
format = "json"
level = "debug"
"""


def _write(tmp_path: Path, text: str, name: str = "node.toml") -> Path:
    for f in ("srv.crt", "srv.key", "ca.crt"):
        (tmp_path / f).write_text("-")
    p = tmp_path / name
    p.write_text(text)
    return p


def test_a_full_file_builds_the_model(tmp_path: Path) -> None:
    c = load(_write(tmp_path, FULL))
    assert (c.origin_host, c.origin_realm, c.product_name, c.vendor_id) == (
        "ocs.example.com",
        "example.com",
        "test OCS",
        10415,
    )
    assert c.host_ip_addresses == ("127.0.0.1", "::1") and (c.origin_state_id, c.firmware_revision) == (7, 2)
    assert c.known_peers == frozenset({"pgw.example.com"})
    assert c.dictionaries == ("tgpp.gx", str(tmp_path / "mine.dia"))  # relative to the file
    assert c.auth_application_ids == {4, 16777238} and c.acct_application_ids == {3}
    assert c.vendor_specific == ((10415, 16777238, None), (10415, None, 16777239))
    assert (c.timers.tc, c.timers.tw, c.timers.request_timeout, c.timers.drain) == (5.0, 6.5, 2.0, 1.0)
    assert c.limits.max_connections == 10 and c.limits.max_queue_time == 0.5
    tcp, tls, sctp = c.listen
    assert tcp == Listen("tcp", ("127.0.0.1", "::1"), 0) and tcp.effective_port == 0
    assert tls.transport == "tls" and tls.hosts == ("127.0.0.1",) and tls.effective_port == 5658
    assert (
        tls.tls is not None and tls.tls.certificate == tmp_path / "srv.crt" and not tls.tls.require_client_certificate
    )
    assert sctp.effective_port == 3869 and sctp.hosts == ("127.0.0.1",)
    pgw, hss = c.peers
    assert pgw == PeerConfig("aaa://pgw.example.com:3868;transport=tcp", False, ("127.0.0.1",))
    assert pgw.host == "pgw.example.com" and hss.host == "hss.example.com" and hss.tls is not None
    assert c.handlers == (HandlerConfig("Credit-Control-Request", "mymodule:answer"),)
    assert c.routes == (
        Route("example.net", 4, "relay", ("ocs1.example.net", "ocs2.example.net")),
        Route("*", None, "relay", ("default.example.com",)),
    )
    assert (c.logging.format, c.logging.level) == ("json", "debug")
    assert c.source == str(tmp_path / "node.toml")
    caps = c.capabilities()
    assert caps.origin_host == "ocs.example.com" and caps.host_ip_addresses[0] == IPv4Address("127.0.0.1")
    assert caps.vendor_specific == c.vendor_specific and caps.supported_vendor_ids == {10415}


def test_the_smallest_file(tmp_path: Path) -> None:
    c = load(_write(tmp_path, '[node]\norigin_host = "a.example.com"\norigin_realm = "example.com"\n'))
    assert c == NodeConfig("a.example.com", "example.com", source=str(tmp_path / "node.toml"))
    assert c.known_peers is None and c.listen == () and c.routing() is None


BASE = '[node]\norigin_host = "a.example.com"\norigin_realm = "example.com"\n'


@pytest.mark.parametrize(
    ("text", "key", "message"),
    [
        ("[node]\norigin_realm = 'x'\n", "node.origin_host", "required: expected a string"),
        ("[node]\norigin_host = 1\norigin_realm = 'x'\n", "node.origin_host", "expected a string, got integer 1"),
        (BASE + "colour = 'blue'\n", "node.colour", "unknown key"),
        (BASE + "[nodes]\n", "nodes", "unknown key"),
        (BASE + "vendor_id = -1\n", "node.vendor_id", "expected an integer from 0 to 4294967295"),
        (BASE + "vendor_id = true\n", "node.vendor_id", "expected an integer, got True"),
        (BASE + "host_ip_addresses = ['nowhere']\n", "node.host_ip_addresses[0]", "expected an IP address"),
        (BASE + "known_peers = 'a.example.com'\n", "node.known_peers", "expected a list of Diameter identities"),
        (BASE + "known_peers = [1]\n", "node.known_peers[0]", "expected Diameter identities, got integer 1"),
        (BASE + "[applications]\nauth = [-4]\n", "applications.auth[0]", "from 0 to 4294967295"),
        (
            BASE + "[applications]\nvendor_specific = [{ vendor_id = 1 }]\n",
            "applications.vendor_specific[0].auth",
            "one of auth and acct",
        ),
        (
            BASE + "[applications]\nvendor_specific = [{ vendor_id = 1, auth = 2, acct = 3 }]\n",
            "applications.vendor_specific[0].auth",
            "one of auth and acct",
        ),
        (BASE + "[timers]\ntw = 5\n", "timers.tw", "at least 6 seconds"),
        (BASE + "[timers]\ntc = 0\n", "timers.tc", "above 0"),
        (BASE + "[timers]\ntc = 'soon'\n", "timers.tc", "expected a number of seconds"),
        (BASE + "[limits]\nmax_connections = 0\n", "limits", "max_connections"),
        (BASE + "[limits]\nmax_sockets = 3\n", "limits.max_sockets", "unknown key"),
        (BASE + "[[listen]]\ntransport = 'udp'\n", "listen[0].transport", "expected one of 'tcp', 'tls', 'sctp'"),
        (BASE + "[[listen]]\nport = 70000\n", "listen[0].port", "from 0 to 65535"),
        (BASE + "[[listen]]\nport = '3868'\n", "listen[0].port", "expected an integer, got string"),
        (BASE + "[[listen]]\nhost = 'a'\nhosts = ['b']\n", "listen[0].host", "not both"),
        (BASE + "[[listen]]\ntransport = 'tls'\n", "listen[0].tls", "exactly when transport is 'tls'"),
        (BASE + "[[listen]]\ntls = { certificate = 'srv.crt', key = 'srv.key' }\n", "listen[0].tls", "exactly when"),
        (BASE + "[[listen]]\ntransport = 'tls'\ntls = { key = 'srv.key' }\n", "listen[0].tls.certificate", "required"),
        (
            BASE + "[[listen]]\ntransport = 'tls'\ntls = { certificate = 'none.crt', key = 'srv.key' }\n",
            "listen[0].tls.certificate",
            "no such file",
        ),
        ("listen = 3\n" + BASE, "listen", "expected an array of tables"),
        (BASE + "[[peers]]\nreconnect = true\n", "peers[0].uri", "required"),
        (BASE + "[[peers]]\nuri = 'http://x'\n", "peers[0].uri", "expected a DiameterURI"),
        (BASE + "[[peers]]\nuri = 'aaa://x;transport=udp'\n", "peers[0].uri", "UDP MUST NOT be used"),
        (BASE + "[[peers]]\nuri = 'aaas://x'\n", "peers[0].tls", "needs a tls table"),
        (
            BASE + "[[peers]]\nuri = 'aaa://x:3869'\n[[peers]]\nuri = 'aaa://x:3869;transport=tcp'\n",
            "peers[1].uri",
            "x:3869/tcp is listed twice",
        ),
        (
            BASE + "[handlers]\n'Credit-Control-Request' = 'answer'\n",
            "handlers.Credit-Control-Request",
            "module:function",
        ),
        (BASE + "[handlers]\n'Credit-Control-Request' = 3\n", "handlers.Credit-Control-Request", "expected a string"),
        (BASE + "[[routes]]\naction = 'forward'\n", "routes[0].action", "'local', 'relay', 'proxy', 'redirect'"),
        (BASE + "[logging]\nformat = 'xml'\n", "logging.format", "'text', 'json'"),
    ],
)
def test_errors_name_the_file_the_key_and_what_was_expected(tmp_path: Path, text: str, key: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as e:
        load(path)
    assert e.value.file == str(path) and e.value.key == key
    assert str(e.value).startswith(f"{path}: {key}: ") and message in str(e.value)


def test_a_file_that_is_not_toml_or_not_there(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"node.toml: not valid TOML"):
        load(_write(tmp_path, "[node\n"))
    with pytest.raises(ConfigError, match=r"missing.toml: cannot read"):
        load(tmp_path / "missing.toml")


def test_what_is_named_is_checked_when_the_node_is_made(tmp_path: Path) -> None:
    def node_of(extra: str) -> Any:
        return load(_write(tmp_path, BASE + extra)).node()

    with pytest.raises(ConfigError, match=r"node.dictionaries\[0\]: no bundled dictionary 'tgpp.gy'"):
        node_of("dictionaries = ['tgpp.gy']\n")
    with pytest.raises(ConfigError, match=r"node.dictionaries\[0\]: dictionary .*nowhere.dia does not load"):
        node_of("dictionaries = ['nowhere.dia']\n")
    for handlers, message in [
        ("'No-Such-Request' = 'os:getcwd'", "expected a request class"),
        ("'Credit-Control-Answer' = 'os:getcwd'", "is an answer"),
        ("'Credit-Control-Request' = 'no_such_module_here:f'", "cannot import no_such_module_here"),
        ("'Credit-Control-Request' = 'os:no_such_function'", "os has no no_such_function"),
        ("'Credit-Control-Request' = 'os:sep'", "os:sep is not a function"),
        ("'diameter.apps.credit_control:NoSuchClass' = 'os:getcwd'", "expected a request class"),
    ]:
        with pytest.raises(ConfigError, match=message) as e:
            node_of(f"[handlers]\n{handlers}\n")
        assert e.value.key.startswith("handlers.")


def test_the_same_configuration_built_in_python() -> None:
    def answer(req: cc.CCR) -> cc.CCA:
        raise AssertionError

    c = NodeConfig(
        "ocs.example.com",
        "example.com",
        auth_application_ids=frozenset({4}),
        handlers=(HandlerConfig(cc.CCR, answer), HandlerConfig("Device-Watchdog-Request", "os:getcwd")),
        listen=(Listen(port=0),),
        known_peers=frozenset({"pgw.example.com"}),
    )
    node = c.node()
    assert node.handlers[cc.CCR] is answer and DWR in node.handlers
    assert node.known_peers == {"pgw.example.com"} and node.local.auth_application_ids == {4}

    async def main() -> None:
        await cfg.start(c, node)
        await node.close()

    asyncio.run(asyncio.wait_for(main(), 10))


class _Candidate:
    def __init__(self, host: str, pending: int = 0) -> None:
        self.peer = type("P", (), {"host": host})()
        self.pending = [None] * pending


def test_the_route_table_chooses_by_realm_and_application() -> None:
    table = RouteTable(
        [
            Route("example.net", 4, "relay", ("ocs1.example.net", "ocs2.example.net")),
            Route("example.net", None, "relay", ("any.example.net",)),
        ]
    )
    a, b, other = _Candidate("ocs1.example.net"), _Candidate("ocs2.example.net"), _Candidate("any.example.net")
    ccr = cc.CCR(
        session_id="s",
        origin_host="pgw.example.com",
        origin_realm="example.com",
        destination_realm="example.net",
        auth_application_id=4,
        service_context_id="x",
        cc_request_type=cc.CCRequestType.INITIAL_REQUEST,
        cc_request_number=0,
    )
    assert table.entry("example.net", 4) is table.routes[0] and table.entry("example.net", 5) is table.routes[1]
    assert table.entry("example.org", 4) is None
    assert table.choose(ccr, [other, b, a]) is a  # in the entry's order
    assert table.choose(ccr, [other, b]) is b
    assert table.choose(ccr, [other]) is None  # none of its servers is up
    to_host = cc.CCR(**{**_fields(ccr), "destination_host": "any.example.net"})
    assert table.choose(to_host, [a, other]) is other  # Destination-Host first
    elsewhere = cc.CCR(**{**_fields(ccr), "destination_realm": "example.org"})
    assert table.choose(elsewhere, []) is None  # the default routing: no candidate


def _fields(m: Any) -> dict[str, Any]:
    import attrs

    return {f.name: getattr(m, f.name) for f in attrs.fields(type(m)) if f.init}


def test_bench_templates_and_percentiles() -> None:
    from diameter.bench import Template, percentile

    assert percentile([], 50) == 0.0
    values = [float(i) for i in range(1, 101)]
    assert [percentile(values, p) for p in (0, 50, 90, 99, 99.9, 100)] == [1.0, 50.0, 90.0, 99.0, 100.0, 100.0]
    t = Template(
        cc.CCR,
        {
            "auth_application_id": 4,
            "service_context_id": "ctx-{n}",
            "cc_request_type": "INITIAL_REQUEST",
            "cc_request_number": "{n}",
            "user_name": "u{rand}",
        },
    )
    t.check("s;0", "pgw.example.com", "example.com", "example.net")
    a, b = t.make(3, "s;3"), t.make(4, "s;4")
    assert (a.session_id, a.service_context_id, a.cc_request_number) == ("s;3", "ctx-3", 3)
    assert (b.session_id, b.cc_request_number, b.destination_realm) == ("s;4", 4, "example.net")
    assert a.user_name is not None and a.user_name[1:].isdigit()
    fixed = Template(
        cc.CCR, {"auth_application_id": 4, "service_context_id": "x", "cc_request_type": 1, "cc_request_number": 0}
    )
    fixed.check("s;0", "pgw.example.com", "example.com", "example.net")
    c = fixed.make(1, "s;1")
    assert c.session_id == "s;1" and c.origin_host == "pgw.example.com" and c.cc_request_number == 0
    own = Template(
        cc.CCR,
        {
            "session_id": "mine",
            "auth_application_id": 4,
            "service_context_id": "x",
            "cc_request_type": 1,
            "cc_request_number": 0,
            "destination_realm": "r",
        },
    )
    own.check("s;0", "pgw.example.com", "example.com", "example.net")
    assert own.make(2, "s;2").session_id == "mine" and own.make(2, "s;2").destination_realm == "r"


def test_the_bench_progress_line(capsys: pytest.CaptureFixture[str]) -> None:
    from diameter.bench import BenchResult, _progress_line

    r = BenchResult(sent=120, answered=100, samples=[(0.0, 0.002)] * 100)
    r.errors["timeout"] += 2
    _progress_line(r, 2.0)
    err = capsys.readouterr().err
    assert err.startswith("\r[") and "sent 120  answered 100  errors 2  50/s  p99 2.00 ms" in err


def test_json_log_lines_and_metrics_endpoints() -> None:
    import json
    import logging

    from diameter.serve import JsonFormatter, parse_endpoint

    record = logging.LogRecord("diameter.node", logging.WARNING, __file__, 1, "peer %s closed", ("a",), None)
    line = json.loads(JsonFormatter().format(record))
    assert (line["level"], line["logger"], line["message"]) == ("warning", "diameter.node", "peer a closed")
    assert line["time"].endswith("Z") and "T" in line["time"]
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        failed = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    assert "ValueError: boom" in json.loads(JsonFormatter().format(failed))["exception"]
    assert parse_endpoint("127.0.0.1:9464") == ("127.0.0.1", 9464)
    assert parse_endpoint("[::1]:9464") == ("::1", 9464)
    for bad in ("9464", "host:", ":9464", "host:99999", "host:x"):
        with pytest.raises(ValueError, match="expected HOST:PORT"):
            parse_endpoint(bad)


def test_routes_by_priority_weight_and_patterns() -> None:
    from diameter.routing import Server

    table = RouteTable(
        [
            Route("example.net", 4, "relay", ("vip.example.net",), user_name="*@vip.example.net"),
            Route(
                "example.net",
                4,
                "relay",
                (Server("a.example.net", 0, 1), Server("b.example.net", 0, 3), Server("backup.example.net", 1)),
            ),
            Route("*", None, "redirect", ("any.example.org",), origin_host="pgw*.example.com"),
        ]
    )
    base: dict[str, Any] = dict(
        session_id="s",
        origin_host="pgw.example.com",
        origin_realm="example.com",
        destination_realm="example.net",
        auth_application_id=4,
        service_context_id="x",
        cc_request_type=cc.CCRequestType.INITIAL_REQUEST,
        cc_request_number=0,
    )
    ccr = cc.CCR(**base)
    vip = cc.CCR(**{**base, "user_name": "alice@vip.example.net"})
    assert table.entry_for(vip) is table.routes[0] and table.entry_for(ccr) is table.routes[1]
    a, b, backup = _Candidate("a.example.net", 2), _Candidate("b.example.net", 3), _Candidate("backup.example.net")
    assert table.choose(ccr, [a, b, backup]) is b  # 3 pending for weight 3 beats 2 for weight 1
    assert table.choose(ccr, [_Candidate("a.example.net", 0), b]).peer.host == "a.example.net"
    assert table.choose(ccr, [backup]) is backup  # the next priority when the first has none up
    other_realm = cc.CCR(**{**base, "destination_realm": "example.org"})
    assert table.entry_for(other_realm) is table.routes[2]
    assert (
        table.entry_for(cc.CCR(**{**base, "destination_realm": "example.org", "origin_host": "mme.example.com"}))
        is None
    )
    lines = table.explain(ccr, ["a.example.net", "b.example.net"])
    assert lines[1] == "entry 2 of 3 matches (realm example.net, application 4: relay)"
    assert lines[-1] == "-> a.example.net: the connected server of the best priority"
    assert table.explain(ccr, [])[-1] == "-> no connected server: DIAMETER_UNABLE_TO_DELIVER (3002)"
    to_host = cc.CCR(**{**base, "destination_host": "b.example.net"})
    assert "its Destination-Host is a connected peer" in table.explain(to_host, ["b.example.net"])[-1]
    assert "no entry matches" in table.explain(cc.CCR(**{**base, "destination_realm": "x", "origin_host": "y"}), [])[-1]
    with pytest.raises(ValueError, match="weight must be at least 1"):
        Server("x", 0, 0)


def test_routes_in_the_file(tmp_path: Path) -> None:
    from diameter.routing import Server

    c = load(
        _write(
            tmp_path,
            BASE
            + '[[routes]]\nrealm = "example.net"\nuser_name = "*@vip.example.net"\n'
            + 'servers = ["a.example.net", { host = "b.example.net", priority = 1, weight = 5 }]\n',
        )
    )
    [r] = c.routes
    assert r.servers == (Server("a.example.net"), Server("b.example.net", 1, 5)) and r.user_name == "*@vip.example.net"
    for servers, key, message in [
        ("[{ priority = 1 }]", "routes[0].servers[0].host", "required"),
        ("[{ host = 'a', weight = 0 }]", "routes[0].servers[0].weight", "from 1 to"),
        ("[{ host = 'a', colour = 1 }]", "routes[0].servers[0].colour", "unknown key"),
        ("[3]", "routes[0].servers[0]", "expected an identity or a table"),
    ]:
        with pytest.raises(ConfigError) as e:
            load(_write(tmp_path, BASE + f"[[routes]]\nservers = {servers}\n"))
        assert e.value.key == key and message in str(e.value)


def test_route_explain_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    import diameter
    from diameter.cli import main
    from diameter.data import message_to_dict

    conf = _write(
        tmp_path,
        BASE
        + '[[routes]]\nrealm = "example.net"\napplication_id = 4\n'
        + 'servers = [{ host = "ocs1.example.net", priority = 1 }, "ocs2.example.net"]\n',
    )
    ccr = cc.CCR(
        session_id="s",
        origin_host="pgw.example.com",
        origin_realm="example.com",
        destination_realm="example.net",
        auth_application_id=4,
        service_context_id="x",
        cc_request_type=cc.CCRequestType.INITIAL_REQUEST,
        cc_request_number=0,
    )
    assert main(["route", "--explain", str(conf), diameter.encode(ccr).hex()]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "entry 1 of 1 matches (realm example.net, application 4: relay)"
    assert out[-1] == "-> ocs2.example.net: the connected server of the best priority"
    as_json = tmp_path / "ccr.json"
    as_json.write_text(json.dumps(message_to_dict(ccr)))
    assert main(["route", "--explain", str(conf), str(as_json), "--up", "ocs1.example.net"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "-> ocs1.example.net: the connected server of the best priority"
    assert main(["route", "--explain", str(conf), "00zz"]) == 2
    assert "the message:" in capsys.readouterr().err
    assert main(["route", "--explain", str(tmp_path / "none.toml"), "00"]) == 2


def test_an_agents_file_relay_hooks_and_redirect_routes(tmp_path: Path) -> None:
    from diameter.capabilities import RELAY_APPLICATION_ID
    from diameter.core.agent import RedirectUsage

    (tmp_path / "agent_hooks.py").write_text("def hide(answer):\n    return None\n")
    text = (
        BASE
        + "[applications]\nrelay = true\n"
        + '[hooks]\n"Credit-Control-Answer" = "agent_hooks:hide"\n'
        + '[[peers]]\nuri = "aaa://ocs1.example.net:3870"\n'
        + '[[routes]]\nrealm = "example.net"\naction = "redirect"\nservers = ["ocs1.example.net", "aaa://10.0.0.9"]\n'
        + 'redirect_usage = "realm_and_application"\nredirect_max_cache_time = 600\n'
        + '[[routes]]\nrealm = "example.org"\naction = "local"\n'
    )
    c = load(_write(tmp_path, text))
    assert c.relay and RELAY_APPLICATION_ID in c.capabilities().auth_application_ids
    redirect, local = c.routes
    assert local.action == "local"
    assert (redirect.redirect_usage, redirect.redirect_max_cache_time) == ("realm_and_application", 600)
    sys.path.insert(0, str(tmp_path))
    try:
        node = c.node()
    finally:
        sys.path.remove(str(tmp_path))
    [(cls, fn)] = node.service.hooks.items()
    assert cls.__name__ == "CreditControlAnswer" and fn.__name__ == "hide"
    assert node.service.uris == {"ocs1.example.net": "aaa://ocs1.example.net:3870"}
    assert RedirectUsage.NAMES[redirect.redirect_usage] == RedirectUsage.REALM_AND_APPLICATION
    lines = c.routing().explain(  # type: ignore[union-attr]
        cc.CCR(
            session_id="s",
            origin_host="a.example.com",
            origin_realm="example.com",
            destination_realm="example.net",
            auth_application_id=4,
            service_context_id="x",
            cc_request_type=cc.CCRequestType.INITIAL_REQUEST,
            cc_request_number=0,
        ),
        [],
    )
    assert lines[-1] == (
        "-> answered DIAMETER_REDIRECT_INDICATION (3006) naming them, Redirect-Host-Usage REALM_AND_APPLICATION, for 600 s"
    )
    for extra, key, message in [
        (
            '[[routes]]\naction = "redirect"\nredirect_usage = "all_realm"\n',
            "routes[0].redirect_max_cache_time",
            "seconds",
        ),
        ('[[routes]]\nredirect_usage = "sometimes"\n', "routes[0].redirect_usage", "expected one of"),
        ("[applications]\nrelay = 1\n", "applications.relay", "true or false"),
        ('[hooks]\n"Credit-Control-Answer" = "nomodule"\n', "hooks.Credit-Control-Answer", "module:function"),
    ]:
        with pytest.raises(ConfigError) as e:
            load(_write(tmp_path, BASE + extra)).node()
        assert e.value.key == key and message in str(e.value), str(e.value)
