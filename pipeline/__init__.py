"""The pipeline: job model, the ordered stages, classification and metadata extraction."""

from pipeline.classify import Classification, Unit, classify
from pipeline.indexing import index_pending, rebuild_index
from pipeline.job import JobContext, Outcome, PipelineSettings, Services
from pipeline.orchestrator import Ingestor

__all__ = [
    "Classification",
    "Ingestor",
    "JobContext",
    "Outcome",
    "PipelineSettings",
    "Services",
    "Unit",
    "classify",
    "index_pending",
    "rebuild_index",
]
