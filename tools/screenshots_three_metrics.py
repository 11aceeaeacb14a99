"""Screenshots of one result with FID, FD_DINOv2 and CMMD side by side, in English and Japanese.

Run under a display with CJK fonts, beside the shared fixtures::

    xvfb-run -a -s "-screen 0 1600x1400x24" python tools/screenshots_three_metrics.py

The fixture networks (random values: Inception, DINOv2 ViT-S/14 and the reduced CLIP) are converted into a
scratch FIDGUI_HOME under declarations of their own sizes (FD_DINOv2 and CMMD are declared on ViT-L/14 and
CLIP ViT-L/14-336, whose readers refuse these files), ``small_a`` is compared with ``small_b`` with both
metrics ticked, and the result is saved as ``resources/screenshots/three_metrics_<lang>.png`` in 256 colours.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO.parent / "shared" / "fixtures"
ENCODERS = FIXTURES / "encoders"
os.environ["FIDGUI_HOME"] = tempfile.mkdtemp(prefix="fidgui-screenshots-")
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from fidgui.core.encoders import encoder_models, model_store  # noqa: E402
from fidgui.core.encoders.clip import clip_encoder  # noqa: E402
from fidgui.core.encoders.dinov2 import dinov2_encoder  # noqa: E402
from fidgui.core.encoders.registry import register_encoder, unregister_encoder  # noqa: E402
from fidgui.gui import language  # noqa: E402
from fidgui.gui.windows.main_window import MainWindow  # noqa: E402
from screenshots import save, settle, wait_until  # noqa: E402

LANGUAGES = ("en", "ja")


def install_fixture_networks() -> None:
    """Inception, DINOv2 ViT-S/14 and the reduced CLIP, each converted from the fixture weights and installed."""
    model_store.import_model(FIXTURES / "weights" / "fid_inception_random_seed0.pth")
    sources = {"dinov2": ENCODERS / "dinov2_vits14_random_seed0.pth", "clip": ENCODERS / "clip_vit_l14_336_reduced"}
    for encoder in (dinov2_encoder(width=384), clip_encoder(width=32)):
        unregister_encoder(encoder.name)
        register_encoder(encoder)
        encoder_models.import_model(sources[encoder.name], encoder)


def main() -> None:
    app = QApplication(sys.argv)
    install_fixture_networks()
    window = MainWindow(remember=False)
    window.resize(1100, 1300)
    window.show()
    for metric in ("fd_dinov2", "cmmd"):
        window.settings_panel.metric_boxes[metric].setChecked(True)
    window.set_sources(FIXTURES / "images" / "small_a", FIXTURES / "images" / "small_b")
    wait_until(lambda: window.real_zone.summary is not None and window.generated_zone.summary is not None)
    finished: list[object] = []
    window.resultRecorded.connect(lambda: finished.append("recorded"))
    window.compare()
    wait_until(lambda: "recorded" in finished)
    for code in LANGUAGES:
        language.switcher().apply(code)
        settle()
        save(window.result_view, f"three_metrics_{code}")
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
