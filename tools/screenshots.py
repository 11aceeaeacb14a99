"""Screenshots of the window in each language, to look at for clipped, overlapping or boxed (tofu) text.

Run under a display with CJK fonts, beside the shared fixtures::

    xvfb-run -a -s "-screen 0 1600x1400x24" python tools/screenshots.py   # writes resources/screenshots/*.png

One real comparison (the fixture's random-valued network, so the non-standard banner shows) on a folder with
skipped files and converted images, on the CPU: the result carries several notices. The model dialog is shown
after it refused a truncated weights file. Then each language in turn is switched to, as the Language menu
does, and the main window, the model dialog and the history window are saved as
``window_<lang>.png``, ``model_error_<lang>.png`` and ``history_<lang>.png``, in 256 colours to stay small.
Everything is written in a scratch FIDGUI_HOME: the user's own history, settings and model are left alone.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO.parent / "shared" / "fixtures"
OUT = REPO / "resources" / "screenshots"
os.environ["FIDGUI_HOME"] = tempfile.mkdtemp(prefix="fidgui-screenshots-")
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget  # noqa: E402

from fidgui.core.encoders import model_store  # noqa: E402
from fidgui.core.encoders.inception.graph import build_inception_onnx, save_model_atomically  # noqa: E402
from fidgui.core.encoders.inception.weights import load_fid_weights  # noqa: E402
from fidgui.gui import language  # noqa: E402
from fidgui.gui.windows.main_window import MainWindow  # noqa: E402
from fidgui.gui.windows.model_setup_dialog import ModelSetupDialog  # noqa: E402

LANGUAGES = ("en", "zh_CN", "zh_TW", "ja")
TIMEOUT_MS = 300_000


def wait_until(condition, timeout_ms: int = TIMEOUT_MS) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop until ``condition()`` holds; fail loudly rather than save a half-drawn window."""
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: condition() and loop.quit())
    poll.start(50)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    poll.stop()
    if not condition():
        raise SystemExit("timed out waiting for the window")


def settle(milliseconds: int = 300) -> None:
    """Let layouts and the posted LanguageChange events finish before a grab."""
    wait_until(lambda: True)
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def odd_folder(root: Path) -> Path:
    """Fixture images with a grayscale, a transparent and a 16-bit one, an empty file and a text file."""
    root.mkdir(parents=True)
    for path in sorted((FIXTURES / "images" / "small_a").iterdir())[:10]:
        shutil.copyfile(path, root / path.name)
    Image.fromarray(np.arange(64 * 64, dtype=np.uint8).reshape(64, 64)).save(root / "gray.png")
    rgba = np.zeros((64, 64, 4), dtype=np.uint8)
    rgba[..., 0], rgba[..., 3] = 200, np.arange(64, dtype=np.uint8)[None, :] * 4
    Image.fromarray(rgba, "RGBA").save(root / "alpha.png")
    (root / "empty.png").write_bytes(b"")
    (root / "notes.png").write_text("not a picture\n", encoding="utf-8")
    return root


def save(widget: QWidget, name: str) -> None:
    """The widget as drawn, in 256 colours (text stays sharp, the file stays small)."""
    scratch = Path(os.environ["FIDGUI_HOME"]) / f"{name}.png"
    widget.grab().save(str(scratch))
    picture = Image.open(scratch).convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    picture.save(OUT / f"{name}.png", optimize=True)
    print(f"{OUT / (name + '.png')}: {(OUT / (name + '.png')).stat().st_size // 1024} KB")


def main() -> None:
    app = QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    model = model_store.user_model_path()
    model.parent.mkdir(parents=True, exist_ok=True)
    weights = load_fid_weights(FIXTURES / "weights" / "fid_inception_random_seed0.pth")
    save_model_atomically(build_inception_onnx(weights), model)
    real = odd_folder(Path(os.environ["FIDGUI_HOME"]) / "samples" / "real")

    window = MainWindow(remember=False)
    window.resize(1000, 1180)
    window.show()
    window.set_sources(real, FIXTURES / "images" / "small_b")
    wait_until(lambda: window.real_zone.summary is not None and window.generated_zone.summary is not None)
    finished: list[object] = []
    window.comparisonFinished.connect(finished.append)
    window.resultRecorded.connect(lambda: finished.append("recorded"))
    window.compare()
    wait_until(lambda: "recorded" in finished)

    window.show_history()
    history = window.history_window
    assert history is not None
    history.resize(1100, 360)
    wait_until(lambda: not history.busy and history.rows.rowCount() > 0)

    dialog = ModelSetupDialog(window)
    dialog.setModal(False)
    dialog.show()
    truncated = FIXTURES / "weights" / "pt_inception-2015-12-05-6726825d.head.pth"
    QFileDialog.getOpenFileName = lambda *args, **kwargs: (str(truncated), "")  # type: ignore[method-assign]
    dialog.choose_file()
    wait_until(lambda: dialog.job is None and bool(dialog.status.text()))

    for code in LANGUAGES:
        language.switcher().apply(code)
        settle()
        save(window, f"window_{code}")
        save(dialog, f"model_error_{code}")
        history.refresh()
        wait_until(lambda: not history.busy)
        settle()
        save(history, f"history_{code}")
    dialog.close()
    history.close()
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
