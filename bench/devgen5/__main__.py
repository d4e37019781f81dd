"""python -m bench.devgen5 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.devgen5 import generate

if __name__ == "__main__":
    main(
        generate,
        "Quinto conjunto de desarrollo: oficios, actos, memos, actas y cartas de Lonquimay, "
        "con su verdad.",
    )
