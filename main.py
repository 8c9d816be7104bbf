#!/usr/bin/env python3
"""Start Freelance Desk: the window by default, or a subcommand (see ``main.py --help``)."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
