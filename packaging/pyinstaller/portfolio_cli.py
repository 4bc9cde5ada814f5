"""Entry point of the bundled command line (PyInstaller runs this file)."""

import sys

from portfolio_app.cli import main

sys.exit(main())
