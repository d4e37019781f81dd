"""python -m bench.devgen4 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.devgen4 import generate

if __name__ == "__main__":
    main(
        generate,
        "Cuarto conjunto de desarrollo: cartas, tribunales, correos, informes y actos de Putre, "
        "con su verdad.",
    )
