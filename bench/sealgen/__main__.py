"""python -m bench.sealgen OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.sealgen import generate

if __name__ == "__main__":
    main(
        generate,
        "Conjunto SELLADO de Pichilemu (Región de O'Higgins): oficios de servicios, tribunales, "
        "Contraloría y Consejo para la Transparencia, cartas de empresas, organizaciones y "
        "vecinos, correos, solicitudes de transparencia y lobby, memorándums, circulares, "
        "informes, certificados, decretos, resoluciones, actas, convenios y ordenanzas, con su "
        "verdad. Se ejecuta una sola vez; no se ajusta nada con él.",
    )
