"""python -m bench.devgen8 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.devgen8 import generate

if __name__ == "__main__":
    main(
        generate,
        "Décimo conjunto de desarrollo: oficios, escritos, cartas, solicitudes, resoluciones, "
        "decretos, circulares, memos, actas, convenios, informes, invitaciones y correos de "
        "Río Bueno, con su verdad.",
    )
