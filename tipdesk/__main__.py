from tipdesk.cli import main

raise SystemExit(main())
