"""``python -m skow_desk``."""

from skow_desk.cli import main

raise SystemExit(main())
