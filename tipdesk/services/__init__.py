"""Use cases shared by the GUI and the command line; permissions and audit happen here."""
