"""The pages of the main window. Each feature registers its own; see `registry`."""
