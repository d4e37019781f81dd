"""python -m bench.sealgen4 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.sealgen4 import generate

if __name__ == "__main__":
    main(
        generate,
        "Conjunto SELLADO de Tomé (Región del Biobío): oficios de servicios regionales, "
        "tribunales, Fiscalía, Carabineros y Contraloría, resoluciones, cartas de empresas, "
        "sindicatos de caletas, juntas de vecinos y vecinos, correos, solicitudes de "
        "transparencia, memorándums, decretos, certificados, actas del Concejo y convenios.",
    )
