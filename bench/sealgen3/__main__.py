"""python -m bench.sealgen3 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.sealgen3 import generate

if __name__ == "__main__":
    main(
        generate,
        "Conjunto SELLADO de Casablanca (Región de Valparaíso): oficios de servicios "
        "regionales, tribunales, Fiscalía, Carabineros, Congreso, Contraloría y Consejo para "
        "la Transparencia, cartas de empresas, organizaciones y vecinos, correos, solicitudes "
        "de transparencia, memorándums, informes, certificados, decretos, resoluciones, "
        "actas, convenios y ordenanzas, con su verdad.",
    )
