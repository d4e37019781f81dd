"""Reception of incoming documents: the legal reception date, the stamp on page 1, the
certificado de presentación, and the verification of signed documents that arrive."""
