"""The layers stay apart: the core never imports Qt, so it runs headless and in the CLI."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO


def test_core_imports_no_qt_per_import_linter_contract() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports())"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "Contracts: 3 kept, 0 broken" in completed.stdout


def test_cli_and_core_run_without_importing_qt() -> None:
    code = "import sys, fidgui.cli, fidgui.core.run.comparison; sys.exit(1 if 'PySide6' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO, timeout=120).returncode == 0
