"""PySide6 windows, dialogs and models. Calls services only."""
