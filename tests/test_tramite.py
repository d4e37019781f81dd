"""Distribución y seguimiento through the application core: derive, acknowledge, annotate,
send on, answer, close; plazos; the expediente and its ZIP; the hoja de ruta; the citizen's
status; the daily digest to a real SMTP server on loopback; reserved documents stay so."""

from __future__ import annotations

import hashlib
import io
import json
import re
import socket
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_bytes
from email.message import Message
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
import zxingcpp
from aiosmtpd.controller import Controller

from archive import LOCAL_TZ, EventFilter, StateConflict, list_events
from partes import services
from partes.errors import NotFoundError, PermissionDenied, UsageError
from partes.wiring import opened
from tests.docgen import make_document
from tests.office import Office, build_office


@dataclass(frozen=True)
class Desk:
    office: Office
    reply: str  # a registered outgoing oficio
    request: str  # a transparency request by a citizen
    citizen_rut: str


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    root = tmp_path_factory.mktemp("tramite")
    office = build_office(root)
    reply = make_document("oficio_salida", root / "docs" / "respuesta.pdf", seed=601)
    request = make_document("solicitud_transparencia", root / "docs" / "sai.pdf", seed=602)
    assert request.truth.ruts, "the generator writes the requester's RUT"
    with office.app() as app:
        clerk = office.actor("clara")
        (out_reply,) = services.ingest(app, actor=clerk, files=[reply.path], direction="salida")
        (out_request,) = services.ingest(
            app, actor=clerk, files=[request.path], direction="entrada"
        )
    assert out_reply.registry_number and out_request.registry_number
    return Desk(
        office=office,
        reply=out_reply.registry_number,
        request=out_request.registry_number,
        citizen_rut=request.truth.ruts[0],
    )


def test_a_derivation_is_acknowledged_answered_and_forms_an_expediente(desk: Desk) -> None:
    office = desk.office
    clerk, dom, dideco = office.actor("clara"), office.actor("diego"), office.actor("olga")
    with office.app() as app:
        (made,) = services.derive(
            app, actor=clerk, ref=office.ordinary, units=["dom"], instruction="respuesta"
        )
        assert made.state == "pendiente" and made.due_on is not None
        assert made.due_on > datetime.now(LOCAL_TZ).date()
        with pytest.raises(PermissionDenied):  # another unit's derivation
            services.acknowledge(app, actor=dideco, derivation_id=made.id)
        received = services.acknowledge(app, actor=dom, ref=office.ordinary)
        assert received.state == "recibida" and received.acknowledged_by == "diego"
        services.add_note(app, actor=dom, ref=office.ordinary, text="Se pidió informe técnico")
        assert [d.id for d in services.bandeja(app, actor=dom)] == [made.id]
        assert services.bandeja(app, actor=dideco) == []
        closed = services.answer(app, actor=dom, ref=office.ordinary, with_ref=desk.reply)
        assert closed.state == "cerrada" and closed.answer_number == desk.reply
        with pytest.raises(StateConflict):
            services.answer(app, actor=dom, ref=office.ordinary, with_ref=desk.reply)
        exp = services.expediente(app, actor=clerk, ref=office.ordinary)
        archived = services.zip_file(app, actor=clerk, ref=office.ordinary)
        index = services.index_pdf(app, actor=clerk, ref=office.ordinary)
        store = app.services.store
    assert exp.identifier == f"EXP-{office.ordinary}"
    assert [p.role for p in exp.pieces] == ["inicial", "respuesta"]
    assert [p.order for p in exp.pieces] == [1, 2]
    whats = [s.what for s in exp.steps]
    assert whats[0].startswith("Recibido") and any("Nota: Se pidió" in w for w in whats)
    assert whats[-1].startswith("Respondido") and desk.reply in whats[-1]
    with zipfile.ZipFile(io.BytesIO(archived.content)) as z:
        names = z.namelist()
        listing = json.loads(z.read("indice.json"))
        for entry in listing["documentos"]:
            data = z.read(entry["archivo"])
            assert sha256_of_bytes(data) == entry["sha256"]
            assert store.path_for(entry["sha256"]).read_bytes() == data
    assert names[0].startswith("00-indice-") and len(listing["documentos"]) == 2
    text = _pdf_text(index.content)
    assert exp.identifier in text and exp.pieces[1].sha256 in text.replace("\n", "")


def sha256_of_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _qr_codes(content: bytes) -> list[str]:
    """The QR codes printed on the first page, read back from a rendering at 200 dpi."""
    page = pypdfium2.PdfDocument(content)[0]
    image = page.render(scale=200 / 72).to_pil()
    return [code.text for code in zxingcpp.read_barcodes(image)]


def _pdf_text(content: bytes) -> str:
    with pdfplumber.open(io.BytesIO(content)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_a_reserved_document_reaches_only_the_unit_it_is_derived_to(desk: Desk) -> None:
    office = desk.office
    clerk, dideco = office.actor("clara"), office.actor("olga")
    with office.app() as app:
        with pytest.raises(Exception, match="No existe"):
            services.show(app, actor=dideco, ref=office.reserved)
        (made,) = services.derive(
            app, actor=clerk, ref=office.reserved, units=["dideco"], instruction="informe"
        )
        assert services.show(app, actor=dideco, ref=office.reserved).reserved
        assert made.due_on is not None
        slip = services.route_slip(
            app, actor=clerk, ref=office.reserved, base_url="https://partes.example"
        )
        report = services.plazos(app, actor=clerk, today=made.due_on + timedelta(days=9))
        secret_subject = services.show(app, actor=clerk, ref=office.reserved).subject
    text = _pdf_text(slip.content)
    assert "(documento reservado)" in text and office.reserved in text
    assert _qr_codes(slip.content) == [f"https://partes.example/documentos/{office.reserved}"]
    assert secret_subject and secret_subject[:25] not in text
    assert any(x.derivation.id == made.id and x.standing == "vencida" for x in report.lines)


def test_the_citizen_sees_only_the_status(desk: Desk) -> None:
    office = desk.office
    clerk, dom = office.actor("clara"), office.actor("diego")
    with office.app() as app:
        status = services.public_status(app, registry_number=desk.request, key=desk.citizen_rut)
        assert status.state == "recibido" and status.units == ()
        (made,) = services.derive(
            app, actor=clerk, ref=desk.request, units=["dom"], instruction="respuesta"
        )
        assert made.plazo_days == 20  # Ley 20.285 art. 14
        extended = services.extend(app, actor=clerk, derivation_id=made.id)
        assert made.due_on and extended.due_on and extended.due_on > made.due_on
        with pytest.raises(StateConflict):
            services.extend(app, actor=clerk, derivation_id=made.id)
        assert (
            services.public_status(
                app, registry_number=desk.request, key=desk.citizen_rut.replace(".", "")
            ).state
            == "derivado"
        )
        services.answer(app, actor=dom, ref=desk.request, with_ref=desk.reply)
        status = services.public_status(app, registry_number=desk.request, key=desk.citizen_rut)
        certificate = services.receipt(app, actor=clerk, ref=desk.request).path.read_bytes()
        found = re.search(r"Código de consulta ([A-Z2-7]{4}-[A-Z2-7]{4})", _pdf_text(certificate))
        assert found, "the certificado prints the código de consulta"
        by_code = services.public_status(
            app, registry_number=desk.request.lower(), key=found.group(1).lower()
        )
        assert by_code == status
        for wrong in (
            (desk.request, "11.111.111-1"),
            (office.reserved, desk.citizen_rut),
            (desk.request, "AAAA-AAAA"),
        ):
            with pytest.raises(NotFoundError):
                services.public_status(app, registry_number=wrong[0], key=wrong[1])
    # the municipality's day, not the machine's (UTC runs three or four hours ahead)
    today = datetime.now(LOCAL_TZ).date()
    assert status.state == "respondido" and status.answered_on == today
    assert status.units == ("Dirección de Obras Municipales",)
    assert "diego" not in repr(status) and "clara" not in repr(status)


def test_an_outgoing_oficio_citing_a_received_one_is_proposed_as_its_answer(desk: Desk) -> None:
    office = desk.office
    clerk = office.actor("clara")
    with office.app() as app:
        incoming = services.show(app, actor=clerk, ref=office.ordinary)
        services.derive(
            app, actor=clerk, ref=office.ordinary, units=["dideco"], instruction="respuesta"
        )
        assert incoming.doc_number and incoming.doc_date
        for antecedents in (
            f"Su ORD. N° {incoming.doc_number} de fecha {incoming.doc_date:%d.%m.%Y}",
            f"Presentación ingresada con el N° {office.ordinary.lower()}",
        ):
            services.correct_labels(
                app, actor=clerk, ref=desk.reply, changes={"antecedents": antecedents}
            )
            found = services.answer_candidates(app, actor=clerk, ref=desk.reply)
            assert [r.registry_number for r in found] == [office.ordinary], antecedents
        services.correct_labels(
            app, actor=clerk, ref=desk.reply, changes={"antecedents": "Su ORD. N° 999999"}
        )
        assert services.answer_candidates(app, actor=clerk, ref=desk.reply) == []
        assert services.answer_candidates(app, actor=clerk, ref=office.ordinary) == []


def test_bad_derivations_are_refused_with_nothing_changed(desk: Desk) -> None:
    office = desk.office
    clerk, dom = office.actor("clara"), office.actor("diego")
    with office.app() as app:
        before = len(list_events(app.services.db, EventFilter(action="derivado")))
        with pytest.raises(UsageError, match="unidad «bodega»"):
            services.derive(
                app, actor=clerk, ref=office.ordinary, units=["bodega"], instruction="informe"
            )
        with pytest.raises(UsageError, match="Instrucción desconocida"):
            services.derive(app, actor=clerk, ref=office.ordinary, units=["dom"], instruction="x")
        with pytest.raises(UsageError, match="providencia"):
            services.derive(
                app, actor=clerk, ref=office.ordinary, units=["dom"], instruction="otra"
            )
        with pytest.raises(UsageError, match="no pertenece"):
            services.derive(
                app, actor=clerk, ref=office.ordinary, units=["dom"], instruction="informe",
                person="olga",
            )  # fmt: skip
        with pytest.raises(PermissionDenied):
            services.derive(
                app, actor=dom, ref=office.ordinary, units=["dom"], instruction="informe"
            )
        after = len(list_events(app.services.db, EventFilter(action="derivado")))
    assert after == before


def _body(message: Message) -> str:
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode()


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802
        self.messages.append(message_from_bytes(envelope.content))  # type: ignore[attr-defined]
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[_Inbox, int]]:
    inbox = _Inbox()
    with socket.socket() as probe:  # a free port on loopback
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def test_the_digest_reaches_each_unit_with_its_own_overdue_items(
    desk: Desk, smtp: tuple[_Inbox, int], tmp_path: Path
) -> None:
    inbox, port = smtp
    office = desk.office
    clerk = office.actor("clara")
    config = office.home / "partes.toml"
    original = config.read_text(encoding="utf-8")
    config.write_text(
        original.replace('host = ""', 'host = "127.0.0.1"')
        .replace("port = 25", f"port = {port}")
        .replace('sender = ""', 'sender = "partes@negrete.cl"')
        .replace(
            "# [[mail.mailboxes]]",
            '[[mail.mailboxes]]\nunit = "dom"\naddress = "dom@negrete.cl"\n'
            '[[mail.mailboxes]]\nunit = "dideco"\naddress = "dideco@negrete.cl"\n'
            "# [[mail.mailboxes]]",
        ),
        encoding="utf-8",
    )
    try:
        with opened(office.home) as app:
            (made,) = services.derive(
                app, actor=clerk, ref=office.ordinary, units=["dom"], instruction="conocimiento"
            )
            services.derive(
                app, actor=clerk, ref=office.reserved, units=["dideco"], instruction="conocimiento"
            )
            assert made.due_on
            later = made.due_on + timedelta(days=30)
            report = services.plazos(app, actor=clerk, today=later)
            sent = services.send_digest(app, actor=clerk, today=later)
            assert services.send_digest(app, actor=clerk, today=later) == []  # once a day
    finally:
        config.write_text(original, encoding="utf-8")
    by_address = {m["To"]: m for m in inbox.messages}
    assert {s.address for s in sent} == set(by_address)
    dom_mail = by_address["dom@negrete.cl"].get_payload()
    assert office.ordinary in dom_mail and "Vencida" in dom_mail
    for line in report.urgent():
        where = by_address.get(f"{line.derivation.unit}@negrete.cl")
        assert where is not None and line.derivation.registry_number in where.get_payload()
    dideco_mail = _body(by_address["dideco@negrete.cl"])
    assert office.reserved in dideco_mail and "(documento reservado)" in dideco_mail
    for address, mail in by_address.items():  # each unit's own items, and only those
        unit = address.split("@")[0]
        listed = set(re.findall(r"^- (\S+) ", _body(mail), re.M))
        assert listed == {
            x.derivation.registry_number for x in report.urgent() if x.derivation.unit == unit
        }


def test_sending_on_keeps_reserved_documents_and_plazos_in_bounds(desk: Desk) -> None:
    office = desk.office
    clerk, dom, alba = office.actor("clara"), office.actor("diego"), office.actor("alba")
    with office.app() as app:
        (made,) = services.derive(
            app, actor=clerk, ref=office.reserved, units=["dom"], instruction="informe"
        )
        with pytest.raises(PermissionDenied):  # only the Oficina sends it to another unit
            services.rederive(
                app, actor=dom, derivation_id=made.id, to_unit="dideco", reason="No es nuestro"
            )
        (plain,) = services.derive(
            app, actor=clerk, ref=office.ordinary, units=["dom"], instruction="conocimiento"
        )
        with pytest.raises(PermissionDenied):  # a unit's role without a unit acts on none
            services.close(app, actor=alba, derivation_id=plain.id, note="visto")
        inside = services.rederive(
            app, actor=dom, derivation_id=made.id, to_unit="dom", person="diego", reason="Revisar"
        )
        assert inside.parent_id == made.id and inside.due_on == made.due_on
        (first, second) = services.derive(
            app, actor=clerk, ref=desk.request, units=["dideco", "salud"], instruction="respuesta"
        )
        services.extend(app, actor=clerk, derivation_id=first.id)
        moved = services.rederive(
            app, actor=clerk, derivation_id=first.id, to_unit="secplan", reason="Corresponde"
        )
        with pytest.raises(StateConflict):  # the one extension of Ley 20.285 was used
            services.extend(app, actor=clerk, derivation_id=moved.id)
        closed = services.answer(app, actor=clerk, with_ref=desk.reply, derivation_id=second.id)
        assert closed.id == second.id and closed.unit == "salud"
        report = services.plazos(app, actor=clerk)
        summary = dict(services.plazos_summary(app, actor=clerk))
    for unit in report.units:
        assert {k: v for k, v in unit.counts.items() if v} == summary[unit.unit]
