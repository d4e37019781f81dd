"""Library warnings raised while the command line imports (pyHanko's, cryptography's) are
held here and written to the data home's log once it is known: never to the terminal."""

import logging
from logging.handlers import MemoryHandler

HELD = MemoryHandler(capacity=10_000, flushLevel=logging.CRITICAL + 1)
logging.captureWarnings(True)
_warnings = logging.getLogger("py.warnings")
_warnings.addHandler(HELD)
_warnings.propagate = False
