"""``python -m fidgui`` opens the window, like the ``fidgui`` command."""

import sys

from fidgui.gui.app import main

sys.exit(main())
