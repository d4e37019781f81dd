"""Classification and metadata extraction: document type, direction, unit, fields, and the
model that learns from the clerks' corrections."""
