"""python -m bench.devgen7 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.devgen7 import generate

if __name__ == "__main__":
    main(
        generate,
        "Séptimo conjunto de desarrollo: oficios, cartas, resoluciones, decretos, memos, actas, "
        "informes y certificados de Vicuña, con su verdad.",
    )
