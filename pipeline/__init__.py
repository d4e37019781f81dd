"""The pipeline: job model, the ordered stages, classification and metadata extraction."""

from __future__ import annotations

from typing import TYPE_CHECKING

import lazy_loader

if TYPE_CHECKING:
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

# Loaded on first use: the flows bring OCR, signing and the holidays calendar, and a
# command that only reads the registry (or a module that needs one classifier type) needs
# none of them.
__getattr__, __dir__, _lazy = lazy_loader.attach(
    __name__,
    submod_attrs={
        "classification.classify": [
            "Classification",
            "ClassificationSettings",
            "ClassifyPolicy",
            "Unit",
            "classify",
        ],
        "flows.importing": ["ImportItem", "ImportOutcome", "Importer"],
        "flows.orchestrator": ["Ingestor", "Job", "Origin"],
        "flows.job": ["JobContext", "Outcome", "PipelineSettings", "Services"],
        "classification.routing": ["RoutingRule"],
        "flows.indexing": ["index_pending", "rebuild_index"],
    },
)


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
