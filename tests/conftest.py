"""Test-run options shared by every module.

``DIAMETER_MUTATION_QUICK=1`` (set by ``tests/mutation.py --quick``) leaves out the tests marked
``slow``: the hypothesis properties over every class of every dictionary, which take minutes and
which mutmut would re-run in full for every mutant that survives the others.

Under mutmut (``MUTANT_UNDER_TEST`` set), every converter forgets the code it generated before
the tests run, and before each test while mutmut records which tests reach which function
(``stats``). mutmut runs each mutant in a process forked from one whose converters have already
generated their code with the unmutated generator; without this, a mutant of the code generator
would never reach the tests that use a converter made at import time, and those tests would
never be chosen to run against it.
"""

from __future__ import annotations

import gc
import os
import weakref

import pytest

from diameter.converter import DEFAULT_CONVERTER, Converter

_CONVERTERS: weakref.WeakSet[Converter] = weakref.WeakSet()


def _under_mutmut() -> str:
    return os.environ.get("MUTANT_UNDER_TEST", "")


def _forget_generated_code() -> None:
    for conv in [*_CONVERTERS, *DEFAULT_CONVERTER.dictionary.listeners]:
        for value in vars(conv).values():
            if isinstance(value, (dict, set)):
                value.clear()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not os.environ.get("DIAMETER_MUTATION_QUICK"):
        return
    slow = [item for item in items if item.get_closest_marker("slow") is not None]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if item.get_closest_marker("slow") is None]


def pytest_collection_finish(session: pytest.Session) -> None:
    if not _under_mutmut():
        return
    # mutmut freezes its heap before forking; frozen objects are not listed by gc.get_objects
    gc.unfreeze()
    _CONVERTERS.update(obj for obj in gc.get_objects() if isinstance(obj, Converter))
    _forget_generated_code()


def pytest_runtest_setup(item: pytest.Item) -> None:
    if _under_mutmut() == "stats":
        _forget_generated_code()
