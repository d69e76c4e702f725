"""`python -m studio` runs the same entry point as the `brief-studio` command."""

import sys

from studio.cli import main

sys.exit(main())
