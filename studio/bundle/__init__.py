"""The bundle format: manifest, writer, reader/verifier, HTML viewer, PDF and JSON schema."""
