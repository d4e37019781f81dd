"""PAdES signing and validation of oficios (built by a later issue)."""
