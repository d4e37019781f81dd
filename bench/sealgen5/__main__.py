"""python -m bench.sealgen5 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.sealgen5 import generate

if __name__ == "__main__":
    main(
        generate,
        "Conjunto SELLADO de Vallenar (Provincia del Huasco, Región de Atacama): oficios de "
        "servicios regionales, Contraloría, tribunales, Fiscalía, Carabineros y municipios "
        "vecinos, cartas de agrícolas, mineras, juntas de vigilancia, comités APR, "
        "comunidades diaguitas y vecinos, correos, solicitudes de transparencia, oficios y "
        "cartas del municipio, memorándums, informes, certificados, decretos, resoluciones, "
        "actas del Concejo y convenios, con su verdad.",
    )
