"""`python -m jupyterlab_isolation_info`: the isolation report on the command line."""

import sys

from .cli import main

sys.exit(main())
