"""The frozen program's entry point: the same `tipdesk` command as an installed TIPDesk."""

import multiprocessing

from tipdesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # `tipdesk demo` builds cases in worker processes
    raise SystemExit(main())
