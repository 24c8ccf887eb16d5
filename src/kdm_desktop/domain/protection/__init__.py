"""Protection under Law 6284: orders, risk assessment, safety plan, reminders, emergency numbers.

Named as in ui/protection, storage/protection_repo.py and cli/cmd_protection.py.
"""
