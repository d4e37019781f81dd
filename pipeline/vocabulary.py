"""The vocabulary of document types (DESIGN.md) and their names in Spanish."""

from __future__ import annotations

DOC_TYPE_NAMES = {
    "oficio": "Oficio",
    "oficio_reservado": "Oficio reservado",
    "decreto": "Decreto",
    "resolucion": "Resolución",
    "dictamen": "Dictamen",
    "memorandum": "Memorándum",
    "carta": "Carta",
    "solicitud_transparencia": "Solicitud de acceso a la información pública",
    "solicitud_audiencia_lobby": "Solicitud de audiencia (Ley del Lobby)",
    "certificado": "Certificado",
    "circular": "Circular",
    "acta_concejo": "Acta del Concejo Municipal",
    "convenio": "Convenio",
    "ordenanza": "Ordenanza",
    "informe": "Informe",
    "reclamo": "Reclamo",
    "otro": "Otro",
}
DOC_TYPES = tuple(DOC_TYPE_NAMES)
DIRECTIONS = ("entrada", "salida", "interno")
