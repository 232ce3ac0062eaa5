"""Entry point of the frozen app: the same CLI as the installed `sidebyside` script."""

import sys

from sidebyside.cli import main

if __name__ == "__main__":
    sys.exit(main())
