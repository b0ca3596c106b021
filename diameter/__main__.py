"""``python -m diameter``: the ``diameter`` command (see :mod:`diameter.cli`)."""

import sys

from .cli import main

sys.exit(main())
