"""SideBySide: compare how two outlets cover the same story."""

__version__ = "0.1.0"
