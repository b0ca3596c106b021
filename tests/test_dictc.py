"""The dictionary compiler: the committed modules match their sources; user dictionaries."""

from __future__ import annotations

import importlib
import subprocess
import sys
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest

import diameter
from diameter.dictc import DictError, compile_file, compile_folder, emit, parse
from diameter.schema import command_info, fields_of

ROOT = Path(__file__).resolve().parent.parent


def test_committed_modules_match_their_sources(tmp_path: Path) -> None:
    texts = compile_folder(ROOT / "schemas", tmp_path, write=False)
    assert texts, "no .dia sources found"
    for target, text in texts.items():
        committed = ROOT / "diameter" / "apps" / target.relative_to(tmp_path)
        assert committed.exists(), (
            f"{committed} is missing: run python -m diameter.dictc --all schemas -o diameter/apps"
        )
        assert committed.read_text(encoding="utf-8") == text, (
            f"{committed} differs from its source: run python -m diameter.dictc --all schemas -o diameter/apps"
        )


def test_dotted_names_are_modules_of_packages(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "fam").mkdir(parents=True)
    (src / "fam.dia").write_text("@name fam\n@avps\nFam-Thing 70001 Unsigned32 M\n")
    (src / "fam" / "one.dia").write_text(
        "@name fam.one\n@id 16777900\n@avps\nOne-Thing 70003 Unsigned32 M\n"
        "@messages\n<One-Request> (OR) ::= < Diameter Header: 8388900, REQ >\n"
        "  { One-Thing }\n"
    )
    (src / "solo.dia").write_text("@name solo.two\n@avps\nSolo-Thing 70002 Unsigned32 M\n")
    out = tmp_path / "out"
    texts = compile_folder(src, out, write=False)
    # a name others extend is a package; a dotted name is a module of its package
    # (each module with its stub: the stub declares the class, the module builds it on first use)
    assert {p.relative_to(out).as_posix(): "class OneRequest" in t for p, t in texts.items()} == {
        "fam/__init__.py": False,
        "fam/one.py": False,
        "solo/two.py": False,
        "fam/__init__.pyi": False,
        "fam/one.pyi": True,
        "solo/two.pyi": False,
    }
    assert '"OneRequest": (' in texts[out / "fam" / "one.py"]
    assert "generated from src/fam/one.dia" in texts[out / "fam" / "one.py"]
    with pytest.raises(DictError, match="not a Python module name"):
        parse("@name fam..one\n", "t.dia")


def test_check_mode_of_the_command_line() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "diameter.dictc", "--all", "schemas", "-o", "diameter/apps", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr


USER_DIA = """\
# A private application, for the test.
@name acme_test
@id 16777777
@vendor 99998 Acme
@inherits base

@avps
Acme-Greeting        1   UTF8String   MV
Acme-Counter         2   Unsigned64   V
Acme-Color           3   Enumerated   MV
Acme-Box             4   Grouped      MV
Acme-Seen            5   Time         V

@enum Acme-Color
RED     1
GREEN   2

@grouped
Acme-Box ::= < AVP Header: 4 99998 >
             { Acme-Color }
        0*3  [ Acme-Counter ]
             [ Acme-Seen ]
           * [ AVP ]

@messages
<Acme-Hello-Request> (AHR) ::= < Diameter Header: 16777001, REQ, PXY >
             < Session-Id >
             { Origin-Host }
             { Origin-Realm }
             { Acme-Greeting }
          1* { Acme-Box }
           * [ Proxy-Info ]
           * [ AVP ]

<Acme-Hello-Answer> (AHA) ::= < Diameter Header: 16777001, PXY >
             < Session-Id >
             { Result-Code }
             { Origin-Host }
             { Origin-Realm }
             [ Acme-Greeting ]
           * [ AVP ]
"""


def test_user_dictionary_compiles_imports_and_round_trips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "acme_test.dia"
    src.write_text(USER_DIA)
    out = tmp_path / "acme_test.py"
    r = subprocess.run(
        [sys.executable, "-m", "diameter.dictc", str(src), "-o", str(out)], capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 0, r.stderr
    emitted = compile_file(src)
    assert out.read_text() == emitted.module and out.with_suffix(".pyi").read_text() == emitted.stub
    monkeypatch.syspath_prepend(str(tmp_path))
    mod = importlib.import_module("acme_test")
    info = command_info(mod.AHR)
    assert (info.code, info.application_id, info.request, info.proxiable) == (16777001, 16777777, True, True)
    box_def = mod.ACME_BOX
    assert (box_def.code, box_def.vendor, box_def.flags) == (4, 99998, 0xC0)
    assert [f.name for f in fields_of(mod.AcmeBox)] == ["acme_color", "acme_counter", "acme_seen", "avps"]
    from datetime import datetime

    msg = mod.AHR(
        session_id="s;1",
        origin_host="h",
        origin_realm="r",
        acme_greeting="hi",
        acme_box=(
            mod.AcmeBox(
                acme_color=mod.AcmeColor.GREEN, acme_counter=(1, 2**63), acme_seen=datetime(2050, 1, 1, tzinfo=UTC)
            ),
        ),
    )
    wire = diameter.encode(msg)
    assert diameter.decode(wire) == msg
    answer = diameter.decode(
        diameter.encode(mod.AHA(session_id="s;1", result_code=2001, origin_host="h", origin_realm="r"))
    )
    assert type(answer) is mod.AcmeHelloAnswer
    # the generated module type-checks under mypy --strict
    from mypy import api

    out_text, err_text, status = api.run(
        [
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "c"),
            "--config-file",
            str(ROOT / "mypy.ini"),
            str(out),
        ]
    )
    assert status == 0, out_text + err_text


@pytest.mark.parametrize(
    "text, message",
    [
        ("@avps\nX 1 UTF8String M\n", "missing @name"),
        ("@name x\n@avps\nX 1 Text M\n", "unknown data format Text"),
        ("@name x\n@avps\nX one UTF8String M\n", "AVP code 'one' is not a number"),
        ("@name x\n@avps\nX 1 UTF8String V\n", "V flag without a vendor"),
        ("@name x\n@avps\nX 1 UTF8String Q\n", "flags 'Q'"),
        (
            "@name x\n@id 5\n@avps\nX 1 UTF8String M\n@messages\n<R> ::= < Diameter Header: 1, REQ >\n { Y }\n",
            "unknown AVP Y",
        ),
        (
            "@name x\n@id 5\n@avps\nX 1 UTF8String M\n@messages\n<R> ::= < Diameter Header: 1, REQ >\n { X ]\n",
            "closed by",
        ),
        ("@name x\n@avps\nG 1 Grouped M\n", "no definition under @grouped"),
        ("@name x\n@avps\nG 1 Grouped M\n@grouped\nG ::= < AVP Header: 2 >\n", "does not match"),
        ("@name x\n@avps\nX 1 UTF8String M\n@enum X\nA 1\n", "UTF8String AVPs have no named values"),
        ("@name x\n@bogus\n", "unknown section @bogus"),
        ("@name x\n@inherits no_such_dictionary\n@avps\nX 1 UTF8String M\n", "cannot import"),
    ],
)
def test_compiler_errors_name_the_problem(text: str, message: str) -> None:
    from diameter.dictc import emit

    with pytest.raises(DictError, match=message):
        emit(parse(text, "t.dia"), "t.dia")


def test_error_carries_file_and_line() -> None:
    with pytest.raises(DictError, match=r"t\.dia:3: unknown data format"):
        parse("@name x\n@avps\nX 1 Text M\n", "t.dia")


RUNTIME_DIA = """\
@name runtime_test
@id 16777778
@vendor 99997 Example
@inherits base

@avps
Example-Token        7   OctetString   MV
Example-Level        8   Enumerated    MV

@enum Example-Level
LOW   1
HIGH  2

@messages
<Example-Probe-Request> (EPR) ::= < Diameter Header: 16777002, REQ >
             < Session-Id >
             { Origin-Host }
             { Origin-Realm }
             [ Example-Level ]
           * [ AVP ]
"""


def test_runtime_loading_teaches_the_decoder(tmp_path: Path) -> None:
    from diameter import Avp, GenericMessage
    from diameter.dictc import load

    # a message of an application nobody has loaded yet: generic, its new AVPs unnamed
    wire = diameter.encode(
        GenericMessage(
            command_code=16777002,
            application_id=16777778,
            request=True,
            avps=(
                Avp(263, b"s;9", 0, 0x40),
                Avp(264, b"h", 0, 0x40),
                Avp(296, b"r", 0, 0x40),
                Avp(8, (2).to_bytes(4, "big"), 99997, 0xC0),
                Avp(7, b"tok", 99997, 0xC0),
            ),
        )
    )
    before = diameter.decode(wire)
    assert isinstance(before, GenericMessage) and before.avps[4].name is None
    src = tmp_path / "runtime_test.dia"
    src.write_text(RUNTIME_DIA)
    mod = load(src)
    after = diameter.decode(wire)
    assert type(after) is mod.ExampleProbeRequest
    assert after.example_level is mod.ExampleLevel.HIGH  # type: ignore[attr-defined]
    assert after.avps == (Avp(7, b"tok", 99997, 0xC0),)  # type: ignore[attr-defined]
    assert after.avps[0].name == "Example-Token"  # type: ignore[attr-defined]
    assert diameter.encode(after) == wire
    # the generic view names the new AVPs too
    assert [a.name for a in before.avps][3:] == ["Example-Level", "Example-Token"]


def test_moved_commands_stay_importable_from_their_old_module() -> None:
    # TS 29.329's commands moved from diameter.apps.tgpp to diameter.apps.tgpp.sh (their short
    # names, PUR and SNR, are S6a's and Sy's in tgpp); the old import path still gives the class
    code = """
import sys
import diameter.apps.tgpp as tgpp
assert "diameter.apps.tgpp.sh" not in sys.modules  # imported on first use only
from diameter.apps.tgpp import UserDataRequest, PushNotificationAnswer
from diameter.apps.tgpp import sh
assert UserDataRequest is sh.UDR and PushNotificationAnswer is sh.PNA
assert tgpp.PUR is tgpp.PurgeUERequest and sh.PUR is sh.ProfileUpdateRequest and tgpp.SNR is not sh.SNR
assert "UserDataRequest" in tgpp.__all__ and "UDR" not in tgpp.__all__
try:
    tgpp.UserDataRequestX
except AttributeError as e:
    assert "UserDataRequestX" in str(e)
else:
    raise AssertionError("no AttributeError")
"""
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    with pytest.raises(DictError, match="@moved needs"):
        parse("@name x\n@moved tgpp.sh\n", "t.dia")


def test_generated_names_follow_one_rule(tmp_path: Path) -> None:
    """schemas/README.md, "Generated names": a leading 3GPP is TGPP/tgpp everywhere (enum members
    too, with their earlier V_3GPP_ names as aliases), another leading digit N/n/V_."""
    src = tmp_path / "names.dia"
    src.write_text(
        "@name names_test\n@avps\n3GPP-Thing-Kind 70011 Enumerated M\n5G-Thing 70012 Unsigned32 M\n"
        "AMBR 70013 Grouped M\n@enum 3GPP-Thing-Kind\n3GPP-EPS 5\n1000_MS 7\nNON-3GPP 9\n"
        "@grouped\nAMBR ::= < AVP Header: 70013 >\n  { 5G-Thing }\n"
    )
    m = diameter.dictc.load(src, module_name="names_test_module")
    kind = m.TGPPThingKind
    assert [(x.name, x.value) for x in kind] == [("TGPP_EPS", 5), ("V_1000_MS", 7), ("NON_3GPP", 9)]
    assert kind.V_3GPP_EPS is kind.TGPP_EPS and kind["V_3GPP_EPS"] is kind.TGPP_EPS
    assert (m.TGPP_THING_KIND.name, m.N5G_THING.name) == ("3GPP-Thing-Kind", "5G-Thing")
    assert [s.name for s in fields_of(m.Ambr)] == ["n5g_thing"] and m.AMBR.cls is m.Ambr


def test_values_of_an_inherited_avp_for_the_modules_vendor(tmp_path: Path) -> None:
    """@values: named values of an AVP another module defines (3GPP's Experimental-Result-Code
    values, valid with Vendor-Id 10415): one enum from every file of the module, a value two
    files name differently has the first name and the other as an alias."""
    one = tmp_path / "one.dia"
    one.write_text(
        "@name values_test\n@vendor 99996 Acme\n@inherits base\n"
        "@values Experimental-Result-Code\nACME_FIRST 5901\nACME_SHARED 5902\n"
    )
    two = tmp_path / "two.dia"
    two.write_text(
        "@name values_test\n@vendor 99996 Acme\n@inherits base\n"
        "@values Experimental-Result-Code\nACME_SHARED 5902\nACME_OTHER_NAME 5902\nACME_LAST 5903\n"
    )
    from diameter.dictc import merge, parse_file

    text = emit(merge([parse_file(one), parse_file(two)]), "t").module
    ns: dict[str, Any] = {"__name__": "values_test"}
    exec(compile(text, "values_test", "exec"), ns)
    e: Any = ns["__getattr__"]("ExperimentalResultCode")
    assert [(m.name, m.value) for m in e] == [("ACME_FIRST", 5901), ("ACME_SHARED", 5902), ("ACME_LAST", 5903)]
    assert e.ACME_OTHER_NAME is e.ACME_SHARED and "Vendor-Id 99996" in (e.__doc__ or "")
    # recorded on the AVP for that vendor (the tree view names the values by it)
    from diameter.apps.base import EXPERIMENTAL_RESULT_CODE

    assert EXPERIMENTAL_RESULT_CODE.vendor_values.pop(99996) is e
    with pytest.raises(DictError, match="not an AVP this module inherits"):
        emit(parse("@name x\n@values Experimental-Result-Code\nA 1\n", "t.dia"), "t")
    with pytest.raises(DictError, match="is 1 and 2"):
        emit(parse("@name x\n@inherits base\n@values Experimental-Result-Code\nA 1\nA 2\n", "t.dia"), "t")
