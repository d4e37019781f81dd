"""python -m bench.devgen2 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.devgen2 import generate

if __name__ == "__main__":
    main(generate, "Segundo conjunto de desarrollo: documentos de Vichuquén con su verdad.")
