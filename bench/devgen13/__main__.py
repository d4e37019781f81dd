"""python -m bench.devgen13 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.devgen13 import generate

if __name__ == "__main__":
    main(
        generate,
        "Conjunto de desarrollo de Pozo Almonte (Región de Tarapacá): oficios de servicios "
        "regionales, tribunales, Contraloría, Consejo para la Transparencia y Cámara, cartas de "
        "mineras, empresas, comunidades indígenas, bailes religiosos y vecinos, correos, "
        "solicitudes de transparencia, memorándums, informes, certificados, decretos, "
        "resoluciones, actas del Concejo, convenios y ordenanzas, con su verdad.",
    )
