"""The pipeline: job model, the ordered stages, classification and metadata extraction."""

from pipeline.classify import (
    Classification,
    ClassificationSettings,
    ClassifyPolicy,
    Unit,
    classify,
)
from pipeline.indexing import index_pending, rebuild_index
from pipeline.job import JobContext, Outcome, PipelineSettings, Services
from pipeline.orchestrator import Ingestor, Job, Origin
from pipeline.routing import RoutingRule

__all__ = [
    "Classification",
    "ClassificationSettings",
    "ClassifyPolicy",
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
