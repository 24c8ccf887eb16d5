"""Case screens: list, intake, case view."""
