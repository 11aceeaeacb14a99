"""Builds the one-folder desktop application and smoke-tests it: a thin entry for ``python -m installer``.

Kept so ``python build_installer.py --model model.onnx --smoke`` works as the README says; the
build lives in the ``installer`` package (the plan, the build, the smoke test).
"""

import sys

from installer.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
