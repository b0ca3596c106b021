"""Every command class of the 3GPP interface modules against a message another encoder built.

tests/data/oracles/interfaces/: one message per command class of ``diameter.apps.tgpp.<interface>``
(Gx, Rx, Sh, SWx, S6b, ...), every AVP of its CCF present, built by PyPI python-diameter 0.9.0
(tests/oracles/make_vectors.py), each AVP chosen by its name in python-diameter's dictionary
(its code, vendor, data format and flags) and encoded by it; the few AVPs python-diameter does
not know, or types otherwise, are written with ``struct`` and marked ``"source": "struct"``.
Our decoder must give the command's own class, with every AVP in a named field (nothing left to
``avps``) and the described values; encoding that object gives the same AVPs in the same order.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Final

import pytest

import diameter
from diameter import apps
from diameter.schema import GenericMessage, fields_of

from test_oracles import all_nodes, build, class_named, split_avps

VECTORS: Final = Path(__file__).resolve().parent / "data" / "oracles" / "interfaces"
NAMES: Final = sorted(p.stem for p in VECTORS.glob("*.json"))

apps.load_all()


def load(name: str) -> tuple[dict[str, Any], bytes]:
    meta = json.loads((VECTORS / f"{name}.json").read_text(encoding="utf-8"))
    return meta, bytes.fromhex((VECTORS / f"{name}.hex").read_text())


def unmodelled(obj: Any, where: str) -> list[str]:
    """The AVPs left to ``* [ AVP ]`` fields, at every level."""
    out: list[str] = []
    for spec in fields_of(type(obj)):
        value = getattr(obj, spec.name)
        if spec.kind == "extra":
            out += [f"{where}: AVP {a.code} (vendor {a.vendor})" for a in value]
        elif spec.definition.is_grouped:
            for i, v in enumerate(value if spec.kind == "many" else (() if value is None else (value,))):
                out += unmodelled(v, f"{where}.{spec.name}[{i}]")
    return out


def test_every_interface_command_class_has_a_vector() -> None:
    from golden import command_classes

    classes = {
        f"{c.__module__.removeprefix('diameter.apps.')}.{c.__name__}"
        for _, c in command_classes()
        if c.__module__.startswith("diameter.apps.tgpp.")
    }
    assert classes and {load(n)[0]["class"] for n in NAMES} == classes


@pytest.mark.parametrize("name", NAMES)
def test_decodes_to_its_class_with_every_avp_modelled(name: str) -> None:
    meta, data = load(name)
    cls = class_named(meta["class"])
    decoded = diameter.decode(data)
    assert not isinstance(decoded, GenericMessage)
    assert type(decoded) is cls, f"{type(decoded).__module__}.{type(decoded).__name__}"
    assert not unmodelled(decoded, cls.__name__)
    expected = build(cls, meta["avps"], hop_by_hop=meta["hop_by_hop"], end_to_end=meta["end_to_end"])
    assert decoded == expected


@pytest.mark.parametrize("name", NAMES)
def test_encodes_the_same_avps(name: str) -> None:
    """Our encoding of what was decoded: the vector's header and the same AVPs with the same
    data in the same order (the M flags are ours: python-diameter's dictionary sets M on many
    3GPP AVPs whose specification table says "must not")."""
    _meta, data = load(name)
    ours = diameter.encode(diameter.decode(data))
    assert ours[:20] == data[:20]

    def same(a: bytes, b: bytes, where: str) -> None:
        xs, ys = list(split_avps(a)), list(split_avps(b))
        assert [(x.code, x.vendor) for x in xs] == [(y.code, y.vendor) for y in ys], where
        for x, y in zip(xs, ys, strict=True):
            if x.data != y.data:
                same(x.data, y.data, f"{where}/{x.code}")

    same(data[20:], ours[20:], name)


def test_most_avps_are_python_diameters() -> None:
    """python-diameter built (chose, typed and encoded) at least 90 % of the AVPs; each of the
    others says why it was written with struct."""
    sources: Counter[str] = Counter()
    for name in NAMES:
        meta, _ = load(name)
        for node in all_nodes(meta["avps"]):
            sources[node.get("source", "python-diameter")] += 1
            if node.get("source") == "struct":
                assert "(" in node["reference"], node
    assert sources["python-diameter"] >= 0.9 * sum(sources.values()), sources
