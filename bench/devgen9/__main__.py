"""python -m bench.devgen9 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.devgen9 import generate

if __name__ == "__main__":
    main(
        generate,
        "Undécimo conjunto de desarrollo: oficios de servicios de Ñuble, del Congreso y de "
        "tribunales, cartas de empresas, vecinos y organizaciones, correos reenviados, "
        "decretos, resoluciones, dictámenes, circulares, ordenanzas, memorándums, "
        "providencias, actas, convenios, informes y certificados de Quirihue, con su verdad.",
    )
