"""python -m bench.devgen3 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.devgen3 import generate

if __name__ == "__main__":
    main(
        generate,
        "Tercer conjunto de desarrollo: lo que Chile Chico recibe del Estado, con su verdad.",
    )
