"""The commented ``partes.toml`` that ``partes init`` writes (its values are the defaults)."""

from partes.config._defaults import _UNITS

_HEAD = """\
# Configuración de la Oficina de Partes digital.
# Cada clave desconocida o valor inválido detiene el sistema con un mensaje que la nombra.
# Después de editar este archivo, los comandos «partes» leen la nueva configuración.

[municipality]
name = "Ilustre Municipalidad de Negrete"
commune = "Negrete"
# Región (código ISO 3166-2:CL sin «CL-»), para los feriados regionales: BI = Biobío.
region = "BI"

# Distribución y seguimiento: plazos de las derivaciones, en días hábiles.
[tramite]
# Un escrito presentado después de esta hora se cuenta desde el día hábil siguiente.
closing_hour = "14:00"
# Días que el municipio declara cerrados, además de los feriados (AAAA-MM-DD).
closed_days = []
# Una derivación abierta está «por vencer» estos días hábiles antes de su plazo.
due_soon_days = 3

# Plazo por instrucción (Ley 19.880 art. 24: mero trámite 1, informes 10, decisiones 20).
# Las solicitudes de transparencia tienen 20, prorrogables una vez por 10 (Ley 20.285).
[tramite.plazos]
conocimiento = 1
tramitacion = 1
informe = 10
respuesta = 20

# Resumen diario por correo a cada unidad («partes plazos --send»). Sin «host», no se
# envía nada. La contraseña se lee de la variable de entorno que nombra «password_env».
[mail]
host = ""
port = 25
sender = ""
starttls = false
username = ""
password_env = "PARTES_SMTP_PASSWORD"
base_url = ""
# [[mail.mailboxes]]
# unit = "dom"
# address = "dom@municipalidad.cl"

# Conservación: los puntos de control (la cabeza del libro de registro y de los eventos,
# con sello de tiempo de «signing.tsa_url») se escriben en una carpeta FUERA del
# directorio de datos: otro disco o una carpeta de red, por ejemplo
# checkpoints = "/mnt/respaldo/partes-puntos-de-control". Vacío: no se escriben.
# El servicio escribe uno cada día a «checkpoint_hour» y audita el archivo el día
# «audit_weekday» (1 = lunes … 7 = domingo; 0: nunca).
[conservation]
checkpoints = ""
checkpoint_hour = "23:30"
audit_weekday = 7

# Importación de un archivo existente («partes import CARPETA --metadata planilla.xlsx»).
# Cada documento conserva su número y fecha históricos en una serie histórica propia: las
# series actuales no se tocan. La primera serie es la que se usa sin «--series».
[importacion]
# Dirección de los documentos cuando la planilla no la indica.
direction = "entrada"
# Documentos registrados por transacción y por escritura del índice.
batch = 50

# Títulos de las columnas de la planilla (CSV o XLSX); no importan tildes ni mayúsculas.
# numero: 123, 123/2019, 2019-123 o H-2019-000123; fecha: DD-MM-AAAA, DD/MM/AAAA o
# AAAA-MM-DD; archivo: nombre o ruta del archivo dentro de la carpeta importada.
[importacion.columns]
number = "numero"
date = "fecha"
sender = "remitente"
subject = "materia"
doc_type = "tipo"
unit = "unidad"
file = "archivo"
direction = "direccion"

[[importacion.series]]
code = "historico"
prefix = "H"
name = "Archivo histórico"

[ocr]
# Idioma de Tesseract. Debian trae «spa» (español).
language = "spa"
# Resolución que se asume para imágenes que no la declaran (puntos por pulgada).
image_dpi = 300
# Tiempo máximo de OCR por documento y por página, en segundos.
timeout_seconds = 600
page_timeout_seconds = 180
# Límites de seguridad: páginas por documento, megapíxeles por imagen, memoria por proceso.
max_pages = 2000
max_megapixels = 250
max_memory_mb = 3072
# Enderezar páginas giradas 90/180/270 grados (detección de orientación de Tesseract).
rotate_pages = true
# Buscar también texto claro sobre fondo oscuro (Tesseract relee cada línea dudosa
# invertida: cerca de un 20 % más lento). Actívelo si recibe documentos así.
inverted_text = false
# Leer las imágenes con forma de timbre (alargadas, bajo el membrete, acostadas o a lo largo
# del margen) y los timbres visibles de firma de la primera y la última página de un PDF
# nacido digital: el timbre de firma electrónica suele ser el único lugar con el número y la
# fecha de una resolución.
stamp_pictures = true
# La copia buscable se guarda como PDF/A-2b (validada).
pdfa = true
# Procesos de OCR en paralelo (por defecto, uno por núcleo) y procesos por documento.
# workers = 2
jobs = 1

# Vigilancia de las bandejas («partes watch»).
[watch]
# Un archivo se toma cuando lleva estos segundos sin cambiar de tamaño ni de fecha.
stability_seconds = 5
# Cada cuántos segundos se revisan completas todas las bandejas (por si se perdió un aviso).
rescan_seconds = 120
# Cada cuántos segundos se listan las carpetas de red (estaciones con network_share).
poll_seconds = 2
# Archivos tomados en espera de un proceso de OCR; el resto espera en su bandeja.
queue_size = 100
# Si falla el sistema (falta el idioma de Tesseract, el disco está lleno, la base de datos
# está bloqueada), el vigilante se pausa sin tocar los archivos y reintenta: primero a los
# pause_seconds, luego al doble cada vez, hasta pause_max_seconds.
pause_seconds = 5
pause_max_seconds = 300

# Base de datos del registro.
[database]
# Segundos que una escritura espera a otro proceso que retiene la base de datos; después,
# el sistema se considera no disponible (el vigilante se pausa, un comando lo informa).
busy_timeout_seconds = 120

# Permisos del directorio de datos: solo el usuario del servicio lo lee (carpetas 0700,
# archivos 0600, archivos del almacén 0400). Con un grupo del sistema (por ejemplo el de
# un respaldo que corre con otro usuario), ese grupo también lee (0750, 0640, 0440).
[security]
group = ""

# Búsqueda de texto completo.
[search]
# "fts5" (SQLite FTS5, archivo search.db; por defecto) o "whoosh" (carpeta index/). Después
# de cambiarlo, «partes reindex» construye el índice nuevo desde el archivo.
backend = "fts5"

# Firma electrónica avanzada (PAdES) de los oficios que salen, y verificación de las firmas
# de los documentos que llegan.
[signing]
# Dirección pública donde cualquiera verifica un oficio firmado: el QR del timbre apunta a
# <verify_url>/<código de verificación>.
verify_url = "https://municipalidad.example/verificar"
# Autoridad de sellado de tiempo (RFC 3161), necesaria para los niveles B-T, B-LT y B-LTA.
tsa_url = ""
# Carpeta (relativa a este directorio) con los certificados raíz de confianza (PEM o DER):
# las únicas autoridades en que se confía; nunca las del sistema operativo.
trust_roots = "confianza"
# Consultar OCSP/CRL en línea al firmar y al verificar.
fetch_revocation = true
# Tiempo máximo de cada consulta de red y de la verificación de un archivo (segundos).
network_timeout_seconds = 15
verify_timeout_seconds = 60

# Perfiles de firma: quién firma, con qué clave, a qué nivel y con qué timbre.
# La contraseña o el PIN nunca se escriben aquí: se leen de la variable de entorno indicada
# (o se preguntan en la terminal).
# [[signing.profiles]]
# name = "secretario"
# backend = "pkcs12"            # pkcs12 (archivo .p12/.pfx), pkcs11 (token), firmagob
# level = "B-LT"                # B-B, B-T, B-LT o B-LTA
# location = "Negrete"
# [signing.profiles.pkcs12]
# file = "firma/secretario.p12"
# passphrase_env = "PARTES_FIRMA_CLAVE"
# [signing.profiles.stamp]
# title = "Secretario Municipal — Ministro de Fe"

# Estaciones de digitalización: cada una tiene su bandeja inbox/<code>/ con las carpetas
# entrada/, salida/ e interno/ (la carpeta fija la dirección del documento).
# path = "/mnt/escaner-alcaldia" para usar otra carpeta (p. ej. una carpeta de red montada).
# network_share = true para carpetas compartidas por red (SMB/NFS): se vigilan por sondeo.
# separators = false para no buscar hojas separadoras (partes separator) en los PDF.
[[stations]]
code = "oficina-partes"
name = "Mesón de la Oficina de Partes"

[[stations]]
code = "alcaldia"
name = "Escáner de Alcaldía"

# Unidades municipales a las que se derivan los documentos.
# keywords: palabras del texto que sugieren la unidad de destino.
"""

_TAIL = """\
[classification]
# Bajo esta confianza (0 a 1) en el tipo o la unidad, el documento queda «por revisar» y
# aparece en «partes review». Las correcciones («partes correct») entrenan el modelo.
review_threshold = 0.6

# Reglas de derivación, en orden: la primera que calza decide la unidad y gana al modelo.
# Una regla de solo «doc_type» cede al modelo cuando los funcionarios derivaron a otras
# unidades la mayoría de al menos 10 documentos de ese tipo.
# Condiciones (todas las que se indiquen deben cumplirse):
#   doc_type = tipo del documento; sender = palabras del remitente o de su organización;
#   words = palabras o frases del texto, buscadas según «match»:
#     "any" (alguna, sin tildes ni mayúsculas), "all" (todas), "exact" (tal cual, con
#     tildes y mayúsculas), "regex" (expresión regular), "fuzzy" (parecida, tolera errores
#     de OCR; umbral «fuzzy_threshold» de 0 a 100, por defecto 85).
[[routing]]
name = "Solicitudes de transparencia al encargado de transparencia"
doc_type = "solicitud_transparencia"
unit = "administracion"

[[routing]]
name = "Solicitudes de audiencia (Ley del Lobby) a Alcaldía"
doc_type = "solicitud_audiencia_lobby"
unit = "alcaldia"

[[routing]]
name = "Actas del Concejo a Secretaría Municipal"
doc_type = "acta_concejo"
unit = "secretaria-municipal"

[[routing]]
name = "Ordenanzas municipales a Secretaría Municipal"
doc_type = "ordenanza"
unit = "secretaria-municipal"

[[routing]]
name = "Dictámenes de Contraloría a Dirección de Control"
doc_type = "dictamen"
unit = "control"

[[routing]]
name = "Informes sociales a Desarrollo Comunitario"
doc_type = "informe"
words = ["informe social"]
unit = "dideco"

[[routing]]
name = "Informes jurídicos a Asesoría Jurídica"
doc_type = "informe"
words = ["informe jurídico", "informe en derecho"]
unit = "juridica"

# Ejemplos:
# [[routing]]
# name = "Todo lo de Contraloría a Control"
# sender = "Contraloría"
# unit = "control"
#
# [[routing]]
# name = "Licencias médicas a Salud"
# words = ["licencia medica", "licencias medicas"]
# match = "fuzzy"
# unit = "salud"

# Series de numeración correlativa: cada una se numera por año calendario desde 1
# (p. ej. E-2026-000123). Un documento toma la primera serie cuya dirección y tipo calzan;
# una lista vacía calza con todo. Cada dirección necesita una serie sin doc_types.
[[series]]
code = "ingreso"
prefix = "E"
name = "Ingreso de documentos"
directions = ["entrada"]

[[series]]
code = "oficios"
prefix = "OF"
name = "Oficios ordinarios"
directions = ["salida"]
doc_types = ["oficio", "oficio_reservado"]

[[series]]
code = "decretos"
prefix = "DA"
name = "Decretos alcaldicios"
directions = ["salida", "interno"]
doc_types = ["decreto"]

[[series]]
code = "memos"
prefix = "M"
name = "Memorándums internos"
directions = ["interno"]
doc_types = ["memorandum"]

[[series]]
code = "despacho"
prefix = "S"
name = "Despacho de otros documentos"
directions = ["salida"]

[[series]]
code = "interno"
prefix = "I"
name = "Otros documentos internos"
directions = ["interno"]
"""


def _units_toml() -> str:
    """The [[units]] tables, written from the defaults: the file and the code never differ."""
    blocks = []
    for code, name, keywords in _UNITS:
        quoted = [f'"{k}"' for k in keywords]
        if len(", ".join(quoted)) <= 84:
            listed = f"[{', '.join(quoted)}]"
        else:
            listed = "[\n" + "".join(f"    {line},\n" for line in _lines_of(quoted)) + "]"
        blocks.append(f'[[units]]\ncode = "{code}"\nname = "{name}"\nkeywords = {listed}\n')
    return "\n".join(blocks) + "\n"


def _lines_of(items: list[str], width: int = 92) -> list[str]:
    """Items joined by commas into lines of at most ``width`` (an item is never split)."""
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + 2 + len(item) <= width:
            lines[-1] += f", {item}"
        else:
            lines.append(item)
    return lines


TEMPLATE = _HEAD + _units_toml() + _TAIL
