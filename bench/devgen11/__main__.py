"""python -m bench.devgen11 OUT --count N --seed S [--scan]"""

from __future__ import annotations

from bench.devgen.__main__ import main
from bench.devgen11 import generate

if __name__ == "__main__":
    main(
        generate,
        "Decimotercer conjunto de desarrollo: oficios de servicios de Magallanes (también por "
        "DocDigital), de la Armada y de Contraloría, cartas de estancias, pesqueras, "
        "operadores turísticos, vecinos y organizaciones, escritos, decretos, resoluciones, "
        "memorándums, providencias, certificados, actas y convenios de Porvenir, con su verdad.",
    )
