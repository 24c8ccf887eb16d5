"""Case transfers between centres (ui/transfers, services/transfers.py, bundle/)."""
