"""Key slots, accounts, roles and the audit chain."""
