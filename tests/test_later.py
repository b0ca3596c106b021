"""Dictionaries built on first use: a module defines its AVPs on import, and builds each enum and
class the first time it is asked for, the same as its stub declares for type checkers."""

from __future__ import annotations

import ast
import pickle
import subprocess
import sys
import typing
from enum import IntEnum
from pathlib import Path
from typing import Any

import attrs
import pytest

import diameter
from diameter import apps
from diameter.registry import DEFAULT, Dictionary, LaterCommand
from diameter.schema import command_info, is_command, is_grouped

ROOT = Path(__file__).resolve().parent.parent
APPS = ROOT / "diameter" / "apps"


def _python(code: str) -> str:
    """Run ``code`` in a fresh interpreter (whose dictionaries start unbuilt); its output."""
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def test_importing_a_dictionary_builds_none_of_its_classes_until_asked() -> None:
    out = _python(
        "import diameter.apps.tgpp.gx as gx, diameter.apps.tgpp as tgpp\n"
        "from diameter.registry import DEFAULT, LaterCommand\n"
        "print('CreditControlRequest' in vars(gx), 'QoSInformation' in vars(tgpp), 'BearerUsage' in vars(tgpp))\n"
        "print(type(DEFAULT.commands.entry((16777238, 272, True))).__name__)\n"
        "ccr = gx.CCR\n"
        "print(ccr is gx.CreditControlRequest is DEFAULT.command(16777238, 272, True), ccr.__module__, ccr.__qualname__)\n"
        "print('CreditControlRequest' in vars(gx), 'QoSInformation' in vars(tgpp))\n"
        "print(tgpp.QOS_INFORMATION.cls is tgpp.QoSInformation, 'QoSInformation' in vars(tgpp))\n"
        "print(tgpp.BEARER_USAGE.enum is tgpp.BearerUsage, tgpp.BEARER_USAGE.enum_map[1].name)\n"
    )
    assert out.splitlines() == [
        "False False False",
        "LaterCommand",
        "True diameter.apps.tgpp.gx CreditControlRequest",
        "True False",  # its grouped fields' classes wait for their own first use
        "True True",
        "True IMS_SIGNALLING",
    ]


def test_the_default_dictionary_loads_the_bundled_ones_on_the_first_miss() -> None:
    # a Gx CCR decodes to its class without any dictionary imported by hand; a dictionary made of
    # chosen modules does not reach for the others
    from diameter.apps.tgpp.gx import CCR

    data = diameter.encode(
        CCR(
            session_id="s;1",
            auth_application_id=16777238,
            origin_host="h",
            origin_realm="r",
            destination_realm="d",
            cc_request_type=1,
            cc_request_number=0,
        )
    )
    out = _python(
        "import sys, diameter\n"
        "from diameter import Converter\n"
        "from diameter.registry import Dictionary\n"
        "print('diameter.apps.tgpp.gx' in sys.modules)\n"
        f"data = bytes.fromhex('{data.hex()}')\n"
        "mine = Converter(dictionary=Dictionary.of('credit_control'))\n"
        "print(type(mine.decode(data)).__name__, 'diameter.apps.tgpp.gx' in sys.modules)\n"
        "msg = diameter.decode(data)\n"
        "print(type(msg).__module__, type(msg).__name__, msg.cc_request_type.name)\n"
    )
    assert out.splitlines() == [
        "False",
        "GenericMessage False",
        "diameter.apps.tgpp.gx CreditControlRequest INITIAL_REQUEST",
    ]


def test_a_class_built_late_does_not_take_over_the_decoder() -> None:
    # TS 32.299's CCR (tgpp) replaced RFC 8506's (credit_control) for application 4 when its
    # module was loaded; building RFC 8506's class afterwards does not change that choice
    apps.load_all()
    from diameter.apps import credit_control, tgpp

    assert DEFAULT.command(4, 272, True) is tgpp.CreditControlRequest
    rfc8506: type = credit_control.CCR
    assert rfc8506 is not tgpp.CCR and command_info(rfc8506).application_id == 4
    assert DEFAULT.command(4, 272, True) is tgpp.CreditControlRequest
    assert DEFAULT.commands_by_path["diameter.apps.credit_control.CreditControlRequest"] is rfc8506


def test_the_registry_builds_a_command_on_its_first_lookup() -> None:
    built: list[str] = []

    class Made(diameter.Request[diameter.ErrorAnswer]):
        pass

    def build() -> type:
        built.append("x")
        return Made

    d = Dictionary()
    later = LaterCommand("m", "Made", "Made-Request", 8388720, 16777999, True, False, "MR", build)
    d.add_command(later)
    assert repr(later) == "<command m.Made, built on first use>"
    assert (d.commands.entry((16777999, 8388720, True)), built) == (later, [])
    assert "MR" in d.commands_by_name and len(d.commands_by_path) == 1 and built == []
    assert d.command(16777999, 8388720, True) is Made and built == ["x"]
    assert d.commands_by_name["Made-Request"] is Made and built == ["x", "x"]  # (each table asks once)
    assert d.commands.entry((16777999, 8388720, True)) is Made and d.command(16777999, 8388720, True) is Made
    assert len(built) == 2


def _stub_classes(path: Path) -> dict[str, ast.ClassDef]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}


def _stub_fields(node: ast.ClassDef) -> list[tuple[str, str]]:
    return [
        (n.target.id, ast.unparse(n.annotation))
        for n in node.body
        if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
    ]


@pytest.mark.parametrize("name", apps.BUNDLED)
def test_every_class_built_is_the_one_its_stub_declares(name: str) -> None:
    # type checkers read the stub, the program runs the module: the two must agree on every
    # enum (members and values), every class (fields in order, their types, the base class) and
    # the docstring
    module = __import__(apps.module_name(name), fromlist=["x"])
    assert module.__file__ is not None
    stub = Path(module.__file__).with_suffix(".pyi")
    declared = _stub_classes(stub)
    members = apps.members(module)
    own = {
        k: v for k, v in members.items() if isinstance(v, type) and v.__module__ == module.__name__ and k == v.__name__
    }
    assert set(own) == set(declared), name
    for cname, node in declared.items():
        cls: Any = own[cname]
        assert cls.__qualname__ == cname and getattr(module, cname) is cls
        if issubclass(cls, IntEnum):
            values = [
                (t.id, ast.literal_eval(n.value))
                for n in node.body
                if isinstance(n, ast.Assign)
                for t in n.targets
                if isinstance(t, ast.Name)
            ]
            assert [(m, cls[m].value) for m, _ in values] == values
            assert cls.__doc__ == ast.get_docstring(node, clean=False)
            continue
        assert is_command(cls) or is_grouped(cls)
        # (the annotations as written: diameter.data resolves the attrs fields' types in place)
        fields = [
            (a.name, cls.__annotations__[a.name])
            for a in attrs.fields(cls)
            if a.name in cls.__annotations__ and a.name not in ("wire_flags", "wire_bytes")
        ]
        assert fields == _stub_fields(node), f"{name}.{cname}"
        assert cls.__doc__ == ast.get_docstring(node, clean=False)
        if is_grouped(cls):
            assert node.bases == []
            continue
        (base,) = node.bases
        if isinstance(base, ast.Subscript):  # Request["TheAnswer"], or Request[ErrorAnswer]
            arg = typing.get_args(cls.__orig_bases__[0])[0]
            got = arg.__forward_arg__ if isinstance(arg, typing.ForwardRef) else arg.__name__
            assert ast.unparse(base.value) == "Request" and command_info(cls).request
            assert got == (base.slice.value if isinstance(base.slice, ast.Constant) else ast.unparse(base.slice))
        else:
            assert ast.unparse(base) == cls.__mro__[1].__name__ and not command_info(cls).request


def test_dir_star_import_and_pickle_see_the_classes_built_on_first_use() -> None:
    out = _python(
        "import pickle, diameter.apps.tgpp.rx as rx\n"
        "print('AAR' in dir(rx), 'AARequest' in dir(rx), 'AARequest' in vars(rx))\n"
        "ns = {}\n"
        "exec('from diameter.apps.tgpp.rx import *', ns)\n"
        "print(all(n in ns for n in rx.__all__), ns['AAR'] is rx.AARequest)\n"
        "m = rx.STR(session_id='s', origin_host='h', origin_realm='r', destination_realm='d',\n"
        "           auth_application_id=16777236, termination_cause=1)\n"
        "print(pickle.loads(pickle.dumps(m)) == m)\n"
        "try:\n"
        "    rx.NoSuchThing\n"
        "except AttributeError as e:\n"
        "    print(e)\n"
    )
    assert out.splitlines() == [
        "True True False",
        "True True",
        "True",
        "module 'diameter.apps.tgpp.rx' has no attribute 'NoSuchThing'",
    ]


def test_json_of_a_class_whose_field_types_are_not_built_yet() -> None:
    # diameter.data reads the annotations, which name classes of other modules built on first use
    out = _python(
        "from diameter.apps.tgpp.gx import CCA\n"
        "from diameter.data import message_from_dict, message_to_dict\n"
        "import diameter.apps.tgpp as tgpp\n"
        "qos = tgpp.QoSInformation(qos_class_identifier=tgpp.QoSClassIdentifier.QCI_9, apn_aggregate_max_bitrate_ul=1)\n"
        "m = CCA(session_id='s', origin_host='h', origin_realm='r', auth_application_id=16777238, cc_request_type=1,\n"
        "        cc_request_number=0, qos_information=(qos,), result_code=2001)\n"
        "d = message_to_dict(m)\n"
        "print(d['qos_information'], message_from_dict(d) == m)\n"
    )
    assert out == "[{'qos_class_identifier': 'QCI_9', 'apn_aggregate_max_bitrate_ul': 1}] True"


def test_load_all_is_cheap_because_it_builds_nothing() -> None:
    # every bundled module imported, and no class of theirs built (what the start-up benchmark
    # times), not even the base protocol's (the node and peer layers build theirs when they run)
    out = _python(
        "import diameter.apps as apps\n"
        "modules = apps.load_all()\n"
        "from diameter.registry import DEFAULT, LaterCommand\n"
        "entries = DEFAULT.commands_by_path.entries().values()\n"
        "later = sum(len(m._LATER_COMMANDS) for m in modules)\n"
        "print(len(modules), len(entries) == later > 150, all(isinstance(e, LaterCommand) for e in entries))\n"
        "print([m.__name__ for m in modules if any(isinstance(v, type) and v.__module__ == m.__name__\n"
        "                                          for v in vars(m).values())])\n"
    )
    assert out.splitlines() == [f"{len(apps.BUNDLED)} True True", "[]"]


def test_pickled_classes_come_back_as_the_same_objects() -> None:
    from diameter.apps.tgpp import s6c

    assert pickle.loads(pickle.dumps(s6c.SRR)) is s6c.SendRoutingInfoForSMRequest


def test_which_of_two_definitions_is_used_does_not_depend_on_the_import_order() -> None:
    made: dict[str, type] = {}

    def later(module: str, app: int, name: str = "Thing-Request") -> LaterCommand:
        def build() -> type:
            made[module] = type(f"Thing{module}", (diameter.Request,), {})
            return made[module]

        return LaterCommand(module, f"Thing_{app}", name, 8388730, app, True, False, "THR", build)

    for order in (("rfc", "spec"), ("spec", "rfc")):
        d = Dictionary()
        d.precedence = {"rfc": 0, "spec": 1}
        for module in order:
            d.add_command(later(module, 16777999))
        d.add_command(later("iface", 16777998))  # another application's command of the same name
        # the ranked later module's class is used, and the name stays with the first application
        assert d.commands.entry((16777999, 8388730, True)).module == "spec"  # type: ignore[union-attr]
        assert d.commands_by_name.entry("THR").module == "spec"  # type: ignore[union-attr]
        # an unranked module (a user's own) comes after the ranked ones
        d.add_command(later("mine", 16777999))
        assert d.commands.entry((16777999, 8388730, True)).module == "mine"  # type: ignore[union-attr]
    # the default dictionary ranks the bundled modules in BUNDLED order
    assert list(DEFAULT.precedence) == [apps.module_name(n) for n in apps.BUNDLED]
