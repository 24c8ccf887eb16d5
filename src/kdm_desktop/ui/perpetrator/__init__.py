"""The perpetrator section of the case view."""
