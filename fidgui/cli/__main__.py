"""``python -m fidgui.cli``: the same as the ``fidgui-cli`` script."""

import sys

from fidgui.cli.main import main

sys.exit(main())
