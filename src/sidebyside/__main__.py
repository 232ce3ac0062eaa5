import sys

from sidebyside.cli import main

sys.exit(main())
