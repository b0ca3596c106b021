"""Dictionary 'tgpp.gx': generated from schemas/tgpp/gx.dia by `python -m diameter.dictc`.

Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter.schema import AvpDef

__all__ = [
]


# AVPs: name, code, data format, flags that MUST be set, vendor
