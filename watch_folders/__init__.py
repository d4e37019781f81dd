"""Watch folders of the scanning stations (built by a later issue)."""
