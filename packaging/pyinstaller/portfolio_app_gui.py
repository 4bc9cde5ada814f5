"""Entry point of the bundled desktop app (PyInstaller runs this file)."""

import sys

from portfolio_app.ui.app import main

sys.exit(main())
