"""python -m bench.devgen14 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.devgen14 import generate

if __name__ == "__main__":
    main(
        generate,
        "Conjunto de desarrollo de Chimbarongo (Región de O'Higgins): oficios de servicios "
        "regionales, de municipalidades vecinas y asociaciones, del tribunal, la Fiscalía, "
        "Carabineros, Contraloría y el Consejo para la Transparencia, resoluciones, cartas de "
        "empresas frutícolas, artesanos del mimbre, canalistas, comités APR y vecinos, escritos, "
        "oficios y cartas que la Municipalidad envía, invitaciones, certificados, memorándums, "
        "informes, decretos, actas del Concejo y convenios, con su verdad.",
    )
