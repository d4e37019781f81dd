"""The one module that wires a data home: its layout on disk, and the application (registry,
store, index, pipeline settings) built from its configuration."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from archive import Actor, Database, FileStore, sqlite_url
from index import Fts5Backend, IndexUnavailable, SearchBackend
from ocr import OcrSettings
from partes.config import TEMPLATE, Config, SecuritySettings, Station, load_config
from partes.errors import ConfigError
from partes.home_modes import home_modes, protect
from pipeline.classification.classify import ClassifyPolicy
from pipeline.flows.job import PipelineSettings, Services
from pipeline.reception.policy import ReceptionPolicy
from pipeline.vocabulary import DIRECTIONS
from signing.settings import SigningSettings, resolved

if TYPE_CHECKING:
    from ocr import OcrPool
    from pipeline import Importer, Ingestor
    from signing import VerificationReport, VerifyPool

ENV_HOME = "PARTES_HOME"
DEFAULT_HOME = Path("partes-data")


@dataclass(frozen=True)
class Layout:
    root: Path

    @property
    def config(self) -> Path:
        return self.root / "partes.toml"

    @property
    def database(self) -> Path:
        return self.root / "registry.db"

    @property
    def store(self) -> Path:
        return self.root / "store"

    @property
    def index(self) -> Path:
        return self.root / "index"

    @property
    def search_db(self) -> Path:
        """The SQLite FTS5 index (``[search] backend = "fts5"``)."""
        return self.root / "search.db"

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def model(self) -> Path:
        return self.root / "modelo" / "clasificador.joblib"

    @property
    def migrate_lock(self) -> Path:
        return self.root / ".migrate.lock"

    @property
    def work(self) -> Path:
        return self.root / "work"

    @property
    def run(self) -> Path:
        return self.root / "run"

    @property
    def watch_lock(self) -> Path:
        return self.run / "vigilante.lock"

    @property
    def watch_status(self) -> Path:
        return self.run / "vigilante.json"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def station_inbox(self, station: Station) -> Path:
        """A station's inbox: its configured folder (relative to the home), or inbox/<code>."""
        if station.path:
            return (self.root / Path(station.path).expanduser()).resolve()
        return self.inbox / station.code


def resolve_home(option: str | None) -> Path:
    return Path(option or os.environ.get(ENV_HOME) or DEFAULT_HOME).expanduser().resolve()


@contextmanager
def opened(root: Path) -> Iterator[App]:
    """The application on ``root`` for the length of one command or request."""
    app = open_app(root)
    try:
        yield app
    finally:
        app.close()


def signing_settings_of(root: Path) -> SigningSettings:
    """A home's signing settings, paths made absolute; defaults when there is no home."""
    layout = Layout(root)
    if not layout.config.exists():
        return resolved(SigningSettings(), root)
    return resolved(load_config(layout.config).signing, root)


class LazyVerifier:
    """Verifies arriving signed PDFs in a worker process started on first use (most
    batches have none); trust comes only from the home's configured roots."""

    def __init__(self, settings: SigningSettings) -> None:
        self._settings = settings
        self._pool: VerifyPool | None = None

    def verify(self, path: Path) -> VerificationReport:
        from signing import SigningError, VerificationReport, VerifyPool, trust_roots

        if self._pool is None:
            try:
                roots = trust_roots(Path(self._settings.trust_roots))
            except SigningError as exc:
                return VerificationReport(file=str(path), result="error", error=exc.message)
            self._pool = VerifyPool(
                roots,
                fetch=self._settings.fetch_revocation,
                network_timeout=self._settings.network_timeout_seconds,
                time_limit=self._settings.verify_timeout_seconds,
            )
        return self._pool.verify(path)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None


@dataclass(frozen=True)
class App:
    layout: Layout
    config: Config
    services: Services
    settings: PipelineSettings
    verifier: LazyVerifier

    def ingestor(self, pool: OcrPool) -> Ingestor:
        """The pipeline on this home, with the classifier trained from its corrections."""
        from pipeline import Ingestor
        from pipeline.classification.learning import current_model

        model = current_model(self.services.db, self.services.model_path)
        return Ingestor(
            services=self.services,
            settings=self.settings,
            pool=pool,
            model=model,
            verifier=self.verifier,
        )

    def ocr_pool(self, settings: OcrSettings | None = None, *, warm: bool = False) -> OcrPool:
        """OCR workers on this home's settings, started without its secrets."""
        from ocr import OcrPool  # pdfplumber, numpy, Tesseract: only a command that reads

        return OcrPool(settings or self.settings.ocr, warm=warm, withhold=secret_names(self.config))

    def importer(self, pool: OcrPool, *, actor: Actor) -> Importer:
        """The import flow on this home (``partes import``), with the same classifier."""
        from pipeline import Importer
        from pipeline.classification.learning import current_model

        return Importer(
            services=self.services,
            settings=self.settings,
            pool=pool,
            actor=actor,
            batch=self.config.importacion.batch,
            model=current_model(self.services.db, self.services.model_path),
        )

    @property
    def signing(self) -> SigningSettings:
        """The signing settings with their paths made absolute under the home."""
        return resolved(self.config.signing, self.layout.root)

    def close(self) -> None:
        self.verifier.close()
        self.services.index.close()
        self.services.db.dispose()


def secret_names(config: Config) -> tuple[str, ...]:
    """The environment variables the configuration says hold a secret: each signing
    profile's passphrase, PIN and FirmaGob keys, and the SMTP password."""
    names = {config.mail.password_env}
    for profile in config.signing.profiles:
        names |= {
            profile.pkcs12.passphrase_env,
            profile.pkcs11.pin_env,
            profile.firmagob.api_token_key_env,
            profile.firmagob.secret_env,
        }
    return tuple(sorted(n for n in names if n))


def init_home(root: Path) -> tuple[Layout, bool]:
    """Create the home (never overwrites an existing configuration); True if it was new."""
    layout = Layout(root)
    os.umask(home_modes(SecuritySettings()).umask)  # nothing readable before the config says
    root.mkdir(parents=True, exist_ok=True)
    created = not layout.config.exists()
    if created:
        layout.config.write_text(TEMPLATE, encoding="utf-8")
    config = load_config(layout.config)
    modes = home_modes(config.security)
    protect(root, modes)
    for folder in (layout.store, layout.quarantine, layout.logs, layout.work):
        folder.mkdir(exist_ok=True)  # index/ only for Whoosh: its backend makes it
    (root / config.signing.trust_roots).mkdir(parents=True, exist_ok=True)
    for station in config.stations:
        for direction in DIRECTIONS:
            (layout.station_inbox(station) / direction).mkdir(parents=True, exist_ok=True)
    db = Database(sqlite_url(layout.database))
    try:
        db.upgrade(layout.migrate_lock)
    finally:
        db.dispose()
    search = search_backend(layout, config)
    with contextlib.suppress(IndexUnavailable):  # damaged: «partes reindex» rebuilds it
        search.ensure()
    search.close()
    protect(root, modes, everything=True)
    return layout, created


def search_backend(layout: Layout, config: Config) -> SearchBackend:
    """The full-text index ``[search] backend`` names, on its files in the home."""
    if config.search.backend == "fts5":
        return Fts5Backend(layout.search_db)
    from index.whoosh_backend import WhooshBackend  # only a home that chose it loads Whoosh

    return WhooshBackend(layout.index)


def classify_policy(config: Config) -> ClassifyPolicy:
    return ClassifyPolicy(
        units=config.units,
        own_names=(config.municipality.name, f"MUNICIPALIDAD DE {config.municipality.commune}"),
        routing=config.routing,
        review_threshold=config.classification.review_threshold,
    )


def open_app(root: Path) -> App:
    """Load the configuration and open the registry (migrating an older schema)."""
    layout = Layout(root)
    if not layout.config.exists():
        raise ConfigError(
            f"{root} no es un directorio de datos de Oficina de Partes. "
            f"Ejecute «partes --home {root} init» para crearlo."
        )
    config = load_config(layout.config)
    modes = home_modes(config.security)
    protect(root, modes)
    busy_ms = round(config.database.busy_timeout_seconds * 1000)
    db = Database(sqlite_url(layout.database), busy_timeout_ms=busy_ms)
    if not db.is_current():
        db.upgrade(layout.migrate_lock)
    services = Services(
        db=db,
        store=FileStore(layout.store, blob_mode=modes.blob),
        index=search_backend(layout, config),
        quarantine_root=layout.quarantine,
        model_path=layout.model,
    )
    settings = PipelineSettings(
        ocr=config.ocr,
        series=config.series,
        classify=classify_policy(config),
        reception=ReceptionPolicy(
            municipality=config.municipality.name,
            commune=config.municipality.commune,
            region=config.municipality.region,
            station_names=tuple((s.code, s.name) for s in config.stations),
        ),
    )
    verifier = LazyVerifier(resolved(config.signing, root))
    return App(
        layout=layout, config=config, services=services, settings=settings, verifier=verifier
    )
