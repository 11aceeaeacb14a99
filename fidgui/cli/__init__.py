"""``fidgui-cli``: the engine for scripts, and a way to check the window's figures.

Results go to stdout (one JSON object with --json), progress and warnings to
stderr, so ``fidgui-cli fid a b --json > result.json`` keeps a clean file.
Modules: ``parser`` (arguments), ``commands`` (what each does), ``output`` (result
lines and the JSON document), ``progress`` (bars on stderr), ``messages`` (the
reader's language and every engine message worded in it), ``main`` (exit codes).
"""

from fidgui.cli.main import main

__all__ = ["main"]
