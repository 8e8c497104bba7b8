"""The Directory section: search the local service directory; administrators keep it."""

from tipdesk.ui.directory.directory_page import DirectoryPage

__all__ = ["DirectoryPage"]
