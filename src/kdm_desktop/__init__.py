"""KDM Desktop: the encrypted, offline case file of a women's counselling centre."""

__version__ = "0.2.0"
