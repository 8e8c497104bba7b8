"""The encrypted office store: key slots, keyed connections, migrations, backups."""
