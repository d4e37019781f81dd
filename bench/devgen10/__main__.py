"""python -m bench.devgen10 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.devgen10 import generate

if __name__ == "__main__":
    main(
        generate,
        "Duodécimo conjunto de desarrollo: oficios de servicios mineros y ambientales de "
        "Atacama, cartas de mineras, contratistas, vecinos y comunidades collas, correos de "
        "Outlook, decretos, resoluciones exentas, actas, informes técnicos y convenios de "
        "Tierra Amarilla, con su verdad.",
    )
