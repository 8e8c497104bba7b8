"""The frozen program's entry point: the same `tipdesk` command as an installed TIPDesk."""

from tipdesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
