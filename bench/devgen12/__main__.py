"""python -m bench.devgen12 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.devgen12 import generate

if __name__ == "__main__":
    main(
        generate,
        "Conjunto de desarrollo de Lo Prado (Región Metropolitana): oficios de ministerios, "
        "servicios, tribunales, Contraloría y Consejo para la Transparencia, cartas de empresas, "
        "universidades, juntas de vecinos y vecinos, correos de Gmail y Outlook, memorándums, "
        "decretos, resoluciones, actas del Concejo, convenios y formularios, con su verdad.",
    )
