"""Builds fidgui as a one-folder desktop application with PyInstaller, and proves the result works.

Usage::

    python -m installer                      # bundle the installed model, if there is one
    python -m installer --model model.onnx   # bundle this model
    python -m installer --no-model --smoke   # build without a model, then smoke-test it
    python -m installer --smoke-only         # smoke-test the existing build

The result is ``dist/fidgui``: run ``dist/fidgui/fidgui`` (``fidgui.exe`` on Windows;
macOS also gets ``dist/fidgui.app``). A bundled model sits at
``dist/fidgui/models/fid_inception.onnx`` beside the executable, outside PyInstaller's
``_internal`` folder, so an administrator can swap it without rebuilding.

The plan is in ``plan``, the build in ``build`` and the smoke test in ``smoke``.
"""

from __future__ import annotations

import sys
from typing import Sequence

from fidgui.core.base.errors import FidguiError
from installer.build import build
from installer.plan import APP_NAME, BuildFailed, parse_arguments
from installer.smoke import smoke_test


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    try:
        app_dir = args.dist / APP_NAME if args.smoke_only else build(args).app_dir
        if args.smoke or args.smoke_only:
            smoke_test(app_dir, args)
    except (BuildFailed, FidguiError) as failure:
        print(str(failure), file=sys.stderr)
        return 1
    return 0



if __name__ == "__main__":
    sys.exit(main())
