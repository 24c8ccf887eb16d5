"""Backups (`.kdmbak`): one file holding an encrypted snapshot and the key slots."""
