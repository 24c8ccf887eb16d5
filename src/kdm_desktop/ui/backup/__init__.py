"""Backups in the window: the Yedekleme page and the start-screen reminder."""
