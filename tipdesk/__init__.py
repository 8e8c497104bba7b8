"""TIPDesk: case management for humanitarian protection staff who meet victims of trafficking."""

__version__ = "0.1.0"
