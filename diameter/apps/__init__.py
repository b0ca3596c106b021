"""The bundled dictionaries, compiled from ``schemas/``.

``diameter.apps.base`` is loaded by ``import diameter``; :func:`load_all` imports every bundled
dictionary, in dependency order, so that the decoder knows all their AVPs and commands (the
3GPP module's CCR and ACR then replace the IETF ones, being their union).

The 3GPP interfaces whose commands share a code with another application's (Gx's CCR and RAR,
Rx's AAR, ...) each have a module of their own in ``diameter.apps.tgpp`` (``tgpp.gx``, ...),
named after the interface; their classes are chosen by the Application-Id of the header.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["BUNDLED", "load_all", "module_name"]

#: The bundled dictionary modules, each after those it builds on.
BUNDLED: tuple[str, ...] = ("base", "nasreq", "mip4", "eap", "ietf", "credit_control", "etsi", "tgpp", "tgpp.gx", "tgpp.gxx", "tgpp.sd", "tgpp.rx", "tgpp.s9", "tgpp.sh", "tgpp.s13", "tgpp.s7a", "tgpp.swx", "tgpp.s6b", "tgpp.swm", "tgpp.sta", "tgpp.s6c", "tgpp.s6t", "tgpp.sgd", "tgpp.slg", "tgpp.slh", "tgpp.t6a", "tgpp2", "vendor_cisco", "vendor_misc")


def module_name(name: str) -> str:
    """The module a dictionary name refers to: a full path (``diameter.apps.loaded.acme``) as
    it is, else the bundled one (``tgpp.gx`` is ``diameter.apps.tgpp.gx``)."""
    return name if name.startswith("diameter.") else f"{__name__}.{name}"


def load_all() -> list[ModuleType]:
    """Import every bundled dictionary module (idempotent)."""
    return [importlib.import_module(module_name(name)) for name in BUNDLED]
