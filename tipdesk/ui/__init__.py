"""The PySide6 desktop interface: dialogs, the main window and its sections."""
