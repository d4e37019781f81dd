"""python -m bench.devgen6 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.devgen6 import generate

if __name__ == "__main__":
    main(
        generate,
        "Sexto conjunto de desarrollo: cartas, oficios, resoluciones, decretos, memos y actas "
        "de San Pedro de la Paz, con su verdad.",
    )
