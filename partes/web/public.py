"""Public pages, without login: a citizen checks a signed oficio by the code printed on it
(as typed from paper), downloads it unless it is reserved, or uploads a copy to check it."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from partes import services
from partes.errors import NotFoundError, TooManyRequests
from partes.formats import local_date, local_time
from partes.services import PublicSignature
from partes.web import _views as views
from partes.web._auth import CoreApp, csrf_protected
from partes.web._render import render
from partes.web._security import csrf_token

router = APIRouter(include_in_schema=False)
STATE_NAMES = {
    "recibido": "Recibido; aún no ha sido derivado",
    "derivado": "Derivado; en trámite",
    "respondido": "Respondido",
    "tramitado": "Tramitado (cerrado sin respuesta escrita)",
}
RESULTS = {
    "valid": "Las firmas son válidas.",
    "invalid": "Una firma NO es válida.",
    "unsigned": "El archivo no tiene firmas.",
    "error": "No se pudo verificar el archivo.",
}


@router.get("/verificar", response_class=HTMLResponse)
def ask(request: Request, codigo: Annotated[str | None, Query(max_length=60)] = None) -> Response:
    if codigo:
        return RedirectResponse(f"/verificar/{quote(codigo.strip())}", status_code=303)
    values = views.page(None, "Verificar un documento firmado", csrf_token(request.session))
    return render(request, "verify.html", values)


def _view(shown: PublicSignature) -> dict[str, str]:
    return {
        "code": shown.code,
        "number": shown.registry_number,
        "signed_at": local_time(shown.signed_at),
        "signer": shown.signer,
        "level": shown.level,
        "sha256": shown.sha256,
        "subject": shown.subject or "",
        "doc_date": local_date(shown.doc_date),
        "pdf": "" if shown.reserved else f"/verificar/{shown.code}/pdf",
        "verdict": RESULTS.get(shown.verdict or "", ""),
        "valid": "sí" if shown.verdict == "valid" else "",
    }


@router.get("/verificar/{code}", response_class=HTMLResponse)
def show(request: Request, core: CoreApp, code: str) -> Response:
    shown = services.check_code(core, code=code, verify=True)
    values = views.page(None, f"Documento firmado {shown.code}", csrf_token(request.session))
    values |= {"doc": _view(shown), "reserved": shown.reserved, "check": None}
    return render(request, "verified.html", values)


@router.get("/verificar/{code}/pdf")
def pdf(core: CoreApp, code: str) -> FileResponse:
    found = services.signed_file(core, code=code)
    return FileResponse(found.path, media_type="application/pdf", filename=found.name)


@router.post(
    "/verificar/{code}", response_class=HTMLResponse, dependencies=[Depends(csrf_protected)]
)
def check(
    request: Request, core: CoreApp, code: str, archivo: Annotated[UploadFile, File()]
) -> Response:
    from partes.web._uploads import received

    with received(core, [archivo]) as (path,):
        result = services.check_upload(core, code=code, path=path)
    values = views.page(
        None, f"Documento firmado {result.signature.code}", csrf_token(request.session)
    )
    values |= {
        "doc": _view(result.signature),
        "reserved": result.signature.reserved,
        "check": {
            "same": result.same_file,
            "result": RESULTS.get(result.result, result.result),
            "ok": result.same_file and result.result == "valid",
            "problems": list(result.problems),
        },
    }
    return render(request, "verified.html", values)


@router.get("/estado", response_class=HTMLResponse)
def status_form(request: Request) -> Response:
    values = views.page(None, "Estado de una presentación", csrf_token(request.session))
    return render(request, "estado.html", values | {"found": None, "number": "", "error": ""})


@router.post("/estado", response_class=HTMLResponse, dependencies=[Depends(csrf_protected)])
def status_answer(
    request: Request,
    core: CoreApp,
    numero: Annotated[str, Form(max_length=40)],
    clave: Annotated[str, Form(max_length=20)],
) -> Response:
    """Only the status, to whoever holds the number and the RUT; slowed per address."""
    address = request.client.host if request.client else "?"
    limits = request.app.state
    number = numero.strip().upper()
    if not (limits.status_limiter.take(address) and limits.number_limiter.take(number)):
        raise TooManyRequests(
            "Demasiadas consultas desde esta dirección.", "Espere un minuto y vuelva a intentar."
        )
    values = views.page(None, "Estado de una presentación", csrf_token(request.session))
    try:
        found = services.public_status(core, registry_number=number, key=clave)
    except NotFoundError as exc:
        values |= {"found": None, "number": numero, "error": exc.message}
        return render(request, "estado.html", values, 404)
    values |= {
        "found": {
            "number": found.registry_number,
            "received": local_date(found.received_on),
            "state": STATE_NAMES[found.state],
            "units": ", ".join(found.units),
            "answered": local_date(found.answered_on) if found.answered_on else "",
        },
        "number": found.registry_number,
        "error": "",
    }
    return render(request, "estado.html", values)
