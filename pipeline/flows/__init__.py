"""The flows: the job model, the ordered stages and their orchestrator, indexing, and the
outgoing (signing) flow."""
