"""python -m bench.sealgen2 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.sealgen2 import generate

if __name__ == "__main__":
    main(
        generate,
        "Conjunto SELLADO de Calama (Región de Antofagasta): oficios de servicios regionales, "
        "tribunales, Fiscalía, Carabineros, Contraloría y Consejo para la Transparencia, cartas "
        "de Codelco, contratistas, juntas de vecinos, vecinos y comunidades lickanantay, correos, "
        "solicitudes de lobby y transparencia, oficios del Alcalde, memorándums, decretos, "
        "certificados, circulares, actas, convenios, ordenanzas e informes, con su verdad.",
    )
