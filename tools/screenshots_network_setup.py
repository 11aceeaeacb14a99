"""Screenshots of the DINOv2 setup dialog, opened from the Networks row after FD_DINOv2 was ticked, in English and
Japanese.

Run under a display with CJK fonts, beside the shared fixtures::

    xvfb-run -a -s "-screen 0 1600x1400x24" python tools/screenshots_network_setup.py

The FID network is set up from the fixture weights (random values) in a scratch FIDGUI_HOME; DINOv2 is not, so
ticking FD_DINOv2 makes the row offer its Set up… button, which is pressed; the dialog that opens is saved as
``resources/screenshots/network_setup_<lang>.png`` in 256 colours.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO.parent / "shared" / "fixtures"
os.environ["FIDGUI_HOME"] = tempfile.mkdtemp(prefix="fidgui-screenshots-")
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fidgui.core.encoders import model_store  # noqa: E402
from fidgui.gui import language  # noqa: E402
from fidgui.gui.windows.main_window import MainWindow  # noqa: E402
from fidgui.gui.windows.network_setup_dialog import NetworkSetupDialog  # noqa: E402
from screenshots import save, settle, wait_until  # noqa: E402

LANGUAGES = ("en", "ja")


def grab_dialog(code: str) -> None:
    """Inside the modal dialog's own event loop: save it, then close it."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, NetworkSetupDialog):
        QTimer.singleShot(50, lambda: grab_dialog(code))
        return
    settle()
    save(dialog, f"network_setup_{code}")
    dialog.reject()


def main() -> None:
    app = QApplication(sys.argv)
    model_store.import_model(FIXTURES / "weights" / "fid_inception_random_seed0.pth")
    window = MainWindow(remember=False)
    window.resize(1000, 900)
    window.show()
    bar = window.model_state
    bar.refresh()
    wait_until(lambda: "dinov2" in bar.states)
    window.settings_panel.metric_boxes["fd_dinov2"].setChecked(True)
    for code in LANGUAGES:
        language.switcher().apply(code)
        settle()
        button = bar.network_buttons["dinov2"]
        assert button.isVisible() and not bar.network_buttons["clip"].isVisible()
        QTimer.singleShot(50, lambda code=code: grab_dialog(code))
        button.click()
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
