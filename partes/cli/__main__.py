"""``python -m partes.cli``."""

import sys

from partes.cli import main

sys.exit(main())
