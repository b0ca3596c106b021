"""Test-run options shared by every module.

``DIAMETER_MUTATION_QUICK=1`` (set by ``tests/mutation.py --quick``) leaves out the tests marked
``slow``: the hypothesis properties over every class of every dictionary, which take minutes and
which mutmut would re-run in full for every mutant that survives the others.
"""

from __future__ import annotations

import os

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not os.environ.get("DIAMETER_MUTATION_QUICK"):
        return
    slow = [item for item in items if item.get_closest_marker("slow") is not None]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if item.get_closest_marker("slow") is None]
