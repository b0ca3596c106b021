"""The bundled dictionaries, compiled from ``schemas/``.

``diameter.apps.base`` is loaded by ``import diameter``; the default dictionary imports the
others, in dependency order, on the first lookup the modules imported so far cannot answer (a
command or an AVP they do not define), and :func:`load_all` imports them all at once (the 3GPP
module's CCR and ACR then replace the IETF ones, being their union). A module defines its AVPs
when imported; its enums and classes are built on first use (:mod:`diameter._later`), so that
importing every dictionary costs milliseconds.

The 3GPP interfaces whose commands share a code with another application's (Gx's CCR and RAR,
Rx's AAR, ...) each have a module of their own in ``diameter.apps.tgpp`` (``tgpp.gx``, ...),
named after the interface; their classes are chosen by the Application-Id of the header.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from ..registry import DEFAULT

__all__ = ["BUNDLED", "load_all", "module_name", "members"]

#: The bundled dictionary modules, each after those it builds on.
BUNDLED: tuple[str, ...] = ("base", "nasreq", "mip4", "eap", "ietf", "credit_control", "etsi", "tgpp", "tgpp.gx", "tgpp.gxx", "tgpp.sd", "tgpp.rx", "tgpp.s9", "tgpp.sh", "tgpp.s13", "tgpp.s7a", "tgpp.swx", "tgpp.s6b", "tgpp.swm", "tgpp.sta", "tgpp.s6c", "tgpp.s6t", "tgpp.sgd", "tgpp.slg", "tgpp.slh", "tgpp.t6a", "tgpp2", "vendor_cisco", "vendor_misc")


def module_name(name: str) -> str:
    """The module a dictionary name refers to: a full path (``diameter.apps.loaded.acme``) as
    it is, else the bundled one (``tgpp.gx`` is ``diameter.apps.tgpp.gx``)."""
    return name if name.startswith("diameter.") else f"{__name__}.{name}"


# The default dictionary knows every bundled application: their modules are imported on the
# first lookup that the modules imported so far cannot answer, and each class is built on first
# use. Where two of them define the same command, the one later in BUNDLED is used, whatever the
# order of the imports.
DEFAULT.autoload = BUNDLED
DEFAULT.precedence = {module_name(name): i for i, name in enumerate(BUNDLED)}


def load_all() -> list[ModuleType]:
    """Import every bundled dictionary module (idempotent). Each defines its AVPs and registers
    its commands; the classes and enums are built on first use."""
    return [importlib.import_module(module_name(name)) for name in BUNDLED]


def members(module: ModuleType | str) -> dict[str, Any]:
    """Every name a dictionary module defines (a module, or a name as for :func:`module_name`),
    with its enums and classes built: what ``vars(module)`` would give if nothing were left to
    build on first use. For tools and tests that walk a whole dictionary."""
    from .._later import build_all

    return build_all(importlib.import_module(module_name(module)) if isinstance(module, str) else module)
