"""Destinations (folder, S3-compatible, SFTP), the resumable transfer queue and share links."""
