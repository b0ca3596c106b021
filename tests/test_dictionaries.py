"""Every bundled dictionary: golden bytes and round trips of every command and grouped class."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diameter
from diameter import apps
from diameter.registry import DEFAULT
from diameter.schema import is_grouped

from builders import full_instance
from golden import GOLDEN, command_classes, path_of
from strategies import instances

COMMANDS = command_classes()
GROUPED = sorted(
    {c for m in apps.load_all() for c in vars(m).values() if isinstance(c, type) and is_grouped(c)},
    key=lambda c: (c.__module__, c.__name__),
)
_ids = [f"{m}.{c.__name__}" for m, c in COMMANDS]


@pytest.mark.parametrize("module, cls", COMMANDS, ids=_ids)
def test_golden_bytes(module: str, cls: type) -> None:
    p = path_of(module, cls)
    assert p.exists(), f"{p.name} missing: run python tests/golden.py"
    golden = bytes.fromhex(p.read_text())
    msg = full_instance(cls)
    assert diameter.encode(msg) == golden
    back: object = diameter.Converter().decode_as(cls, golden)
    assert back == msg


def test_no_stale_golden_files() -> None:
    expected = {path_of(m, c).name for m, c in COMMANDS}
    assert {p.name for p in GOLDEN.glob("*.hex")} == expected


@pytest.mark.parametrize("module, cls", COMMANDS, ids=_ids)
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_command_round_trips(module: str, cls: type, data: st.DataObject) -> None:
    msg = data.draw(instances(cls, 2))
    wire = diameter.encode(msg)
    back: diameter.Message = diameter.Converter().decode_as(cls, wire)
    assert back == msg
    assert diameter.encode(back) == wire


@pytest.mark.parametrize("cls", GROUPED, ids=[f"{c.__module__.rsplit('.', 1)[1]}.{c.__name__}" for c in GROUPED])
@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_grouped_avp_round_trips(cls: type, data: st.DataObject) -> None:
    conv = diameter.converter.DEFAULT_CONVERTER
    value = data.draw(instances(cls, 2))
    assert conv.decode_grouped(cls, conv.encode_grouped(value)) == value


def test_decode_dispatches_to_the_latest_definition() -> None:
    # every command decodes through the registry into a class registered for its header
    for _, cls in COMMANDS:
        msg = full_instance(cls)
        back = diameter.decode(diameter.encode(msg))
        assert type(back).__diameter__.code == cls.__diameter__.code  # type: ignore[attr-defined]


def test_dictionary_breadth() -> None:
    apps.load_all()
    print(f"{len(DEFAULT.avps)} AVP definitions, {len(COMMANDS)} command classes, {len(GROUPED)} grouped classes")
    assert len(DEFAULT.avps) >= 3000
