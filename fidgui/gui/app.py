"""Start the window: the application object, its name and icon, the language, and the smoke mode.

``fidgui --smoke-test REAL GEN`` runs one comparison through the real window, worker
and thread, prints one JSON line and exits; the installer build uses it to prove a
packaged application really computes, with no one at the screen.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence, TextIO

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import fidgui
from fidgui.core.base.atomic_files import write_text_atomically
from fidgui.core.base.comparison_types import MODES, ComparisonResult
from fidgui.core.base.log_file import configure_log_file
from fidgui.gui.garbage_collection import collect_in_gui_thread
from fidgui.gui.jobs.background_job import BackgroundJob
from fidgui.gui.windows.main_window import MainWindow
from fidgui.resource_files import resource_path

APP_NAME = "fidgui"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fidgui", description="FID between two folders of images, in a window.")
    parser.add_argument("--version", action="version", version=f"fidgui {fidgui.__version__}")
    parser.add_argument("--smoke-test", nargs=2, metavar=("REAL", "GENERATED"),
                        help="compare two folders without interaction, print one JSON line and exit")
    parser.add_argument("--model", help="with --smoke-test: a .pth or .onnx to use instead of the installed model")
    parser.add_argument("--mode", choices=MODES, help="with --smoke-test: the compatibility mode")
    parser.add_argument("--smoke-output", metavar="FILE",
                        help="with --smoke-test: also write the JSON line to FILE (a windowed Windows build has no stdout)")
    return parser


def application(qt_arguments: list[str]) -> QApplication:
    """The one QApplication of the process (tests and embedding code may have made it already)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_arguments])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(fidgui.__version__)
    collect_in_gui_thread()  # a cycle holding a widget must never be freed from a worker thread
    try:
        icon = resource_path("icons/fidgui-256.png")
    except FileNotFoundError:
        icon = None
    if icon is not None and icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _say(text: str, stream: TextIO | None) -> None:
    if stream is not None:  # None in a windowed build on Windows
        print(text, file=stream, flush=True)


def run_smoke_test(
    window: MainWindow, real: Path, generated: Path, model: Path | None, output: Path | None = None
) -> int:
    """One comparison through the window's own worker; the JSON line on stdout, or the sentence on stderr."""
    outcome: dict[str, object] = {}
    loop = QEventLoop()
    window.comparisonFinished.connect(lambda result: outcome.setdefault("result", result))
    window.comparisonFailed.connect(lambda sentence: outcome.setdefault("error", sentence))
    window.comparisonCancelled.connect(lambda: outcome.setdefault("error", "The run was cancelled."))
    job = window.start_comparison(model=model)
    job.ended.connect(loop.quit)
    loop.exec()
    result = outcome.get("result")
    if not isinstance(result, ComparisonResult):
        _say(str(outcome.get("error", "The comparison ended without a result.")), sys.stderr)
        return 1
    line = {"fid": result.fid, "n_real": result.real.n_images, "n_generated": result.generated.n_images,
            "device": result.device}
    text = json.dumps(line, ensure_ascii=False)
    if output is not None:
        write_text_atomically(output, text + "\n")
    _say(text, sys.stdout)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_arguments = build_parser().parse_known_args(list(sys.argv[1:] if argv is None else argv))
    configure_log_file()  # a windowed build has no console: a bug's traceback must land somewhere readable
    app = application(qt_arguments)
    window = MainWindow(remember=not args.smoke_test)  # a smoke test runs the defaults and changes no settings
    window.show()
    try:
        if args.smoke_test:
            if args.mode:
                window.settings_panel.mode.setCurrentIndex(window.settings_panel.mode.findData(args.mode))
            real, generated = (Path(path) for path in args.smoke_test)
            window.set_sources(real, generated)
            return run_smoke_test(
                window, real, generated, Path(args.model) if args.model else None,
                Path(args.smoke_output) if args.smoke_output else None,
            )
        return app.exec()
    finally:
        window.close()
        BackgroundJob.stop_all_and_wait()
