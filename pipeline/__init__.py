"""The pipeline: job model, the ordered stages, classification and metadata extraction."""

from pipeline.classification.classify import (
    Classification,
    ClassificationSettings,
    ClassifyPolicy,
    Unit,
    classify,
)
from pipeline.classification.routing import RoutingRule
from pipeline.flows.importing import Importer, ImportItem, ImportOutcome
from pipeline.flows.indexing import index_pending, rebuild_index
from pipeline.flows.job import JobContext, Outcome, PipelineSettings, Services
from pipeline.flows.orchestrator import Ingestor, Job, Origin

__all__ = [
    "Classification",
    "ClassificationSettings",
    "ClassifyPolicy",
    "ImportItem",
    "ImportOutcome",
    "Importer",
    "Ingestor",
    "Job",
    "JobContext",
    "Origin",
    "Outcome",
    "PipelineSettings",
    "RoutingRule",
    "Services",
    "Unit",
    "classify",
    "index_pending",
    "rebuild_index",
]
