"""The window in a pseudo-language: every translated string comes out marked ⟦…⟧, so an unmarked word was missed.

Both routes by which the window gets its words are marked: Qt's (``self.tr``, through an installed QTranslator
whose ``translate`` marks every source text) and the message catalogue's (``say``/``render``, through
``fidgui.messages.translations``). Then a real comparison runs in the real main window on a folder with
skipped files and converted images (grayscale, alpha, 16-bit), on the CPU, and every shown text of the main
window, the Details, the history, compare-many, the views window and the model dialog after a refused
weights file is read back. A Latin word outside the marks that is neither a kept name (words_check.NAMES), a
file name, a path nor a number is a sentence a reader of Chinese or Japanese would get in English.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from conftest import IMAGES, TRUNCATED_WEIGHTS
from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtCore import QTranslator as _QTranslator
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget
from test_report_words import uneven_folder
from window_texts import visible_texts
from words_check import english_words, mark_template, strip_marked

from fidgui.core.base.device_keys import CUDA_KEY
from fidgui.gui import language
from fidgui.gui.windows.main_window import MainWindow
from fidgui.gui.windows.model_setup_dialog import ModelSetupDialog
from fidgui.messages import translations

RUN_TIMEOUT_MS = 120_000


class MarkingTranslator(_QTranslator):
    """Every source text of every context, its own words marked: what a complete translation looks like, legibly."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return mark_template(source) if source else source

    def isEmpty(self) -> bool:  # an empty translator would not be announced to the widgets
        return False


def _marking(language_code: str):  # type: ignore[no-untyped-def]
    return lambda code, english: mark_template(english)


@pytest.fixture
def pseudo(qapp, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``pseudo()`` switches the window to the marking language, as the Language menu switches it."""
    marking = MarkingTranslator()

    def switch() -> None:
        monkeypatch.setattr(translations, "translator", _marking)
        monkeypatch.setattr(translations, "lookup", lambda language_code, code: None)
        QCoreApplication.installTranslator(marking)
        QCoreApplication.processEvents()  # the widgets get the LanguageChange event posted to them

    yield switch
    QCoreApplication.removeTranslator(marking)
    language.switcher().apply(language.ENGLISH)


def _odd_folder(root: Path) -> Path:
    """A copy of fixture images with skipped files (empty, text, truncated) and converted ones (grayscale, 16-bit,
    alpha)."""
    folder = uneven_folder(root)
    rgba = np.zeros((64, 64, 4), dtype=np.uint8)
    rgba[..., 0], rgba[..., 3] = 200, np.arange(64, dtype=np.uint8)[None, :] * 4
    Image.fromarray(rgba, "RGBA").save(folder / "alpha.png")
    for name in ("notes.txt", "truncated.jpg"):  # skipped when the folder is counted, and when it is read
        shutil.copyfile(IMAGES / "broken" / name, folder / name)
    return folder


def _first_six(folder: str, target: Path) -> Path:
    target.mkdir()
    for path in sorted((IMAGES / folder).iterdir())[:6]:
        shutil.copyfile(path, target / path.name)
    return target


def _refused_weights(qtbot, monkeypatch: pytest.MonkeyPatch) -> ModelSetupDialog:  # type: ignore[no-untyped-def]
    dialog = ModelSetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(TRUNCATED_WEIGHTS), ""))
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and bool(dialog.status.text()), timeout=30_000)
    return dialog


@pytest.mark.parametrize("switched_after", [False, True], ids=["marked_from_the_start", "switched_after_the_runs"])
def test_no_shown_text_of_the_windows_is_left_untranslated(  # type: ignore[no-untyped-def]
    qtbot, pseudo, monkeypatch: pytest.MonkeyPatch, installed_model: Path, tmp_path: Path, switched_after: bool,
) -> None:
    """Marked from the start, the texts seen during the run are checked too; switched after, every text must
    also have been worded again on the switch (a text set once, in the old language, is a missed one)."""
    if not switched_after:
        pseudo()
    real = _odd_folder(tmp_path / "real")
    generated = IMAGES / "small_b"  # 24: the generated side's progress line (rate, time left) is seen while it runs
    # compare-many's real folder: 6 images, enough for every metric it shows (precision/recall need more than 5);
    # its generated folder comes from the feature cache. 24 here cost as much network time as the run itself.
    many_real = _first_six("small_a", tmp_path / "many_real")
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    window.show()
    window.settings_panel.toggle.setChecked(True)  # the settings, unfolded
    window.set_sources(real, generated)
    qtbot.waitUntil(lambda: window.real_zone.summary is not None and window.generated_zone.summary is not None)
    assert not window.real_zone.skipped_button.isHidden()
    window.real_zone.skipped_button.setChecked(True)  # "Show why": the skipped files' reasons
    during_run: list[tuple[str, str]] = []
    sampling = QTimer(window)
    sampling.timeout.connect(lambda: during_run.extend(visible_texts(window)))
    sampling.start(100)
    with qtbot.waitSignal(window.resultRecorded, timeout=RUN_TIMEOUT_MS):
        with qtbot.waitSignal(window.comparisonFinished, timeout=RUN_TIMEOUT_MS) as finished:
            qtbot.mouseClick(window.compare_button, Qt.MouseButton.LeftButton)
    sampling.stop()
    result = finished.args[0]
    codes = {notice.code for notice in result.warnings}
    assert "conversion" in codes and len(result.real.skipped) >= 2, (codes, result.real.skipped)
    assert "device_fallback" in codes or result.device == CUDA_KEY, codes  # the CPU notice, where there is no GPU
    assert during_run, "the window was not looked at while the comparison ran"

    window.show_history()
    history = window.history_window
    assert history is not None
    qtbot.waitUntil(lambda: not history.busy and history.rows.rowCount() == 1, timeout=30_000)
    window.show_compare_many()
    many = window.compare_many_window
    assert many is not None
    many.set_real(many_real)
    many.add_folders([generated])
    with qtbot.waitSignal(many.finished, timeout=RUN_TIMEOUT_MS):
        qtbot.mouseClick(many.start_button, Qt.MouseButton.LeftButton)
    window.views_action.trigger()
    views = window.views_window
    assert views is not None
    qtbot.waitSignal(views.viewsReady, timeout=RUN_TIMEOUT_MS).wait()
    dialog = _refused_weights(qtbot, monkeypatch)
    if switched_after:
        pseudo()
    details = window.result_view.details.toPlainText()
    assert "empty.png" in details and "notes.png" in details and "⟦" in details
    assert window.windowTitle().startswith("⟦") and TRUNCATED_WEIGHTS.name in dialog.status.text()
    qtbot.waitUntil(lambda: all(label.height() >= label.heightForWidth(label.width())  # no wrapped line cut off
                                for label in dialog.findChildren(QLabel) if label.wordWrap() and label.isVisible()))

    parameters = (str(real), str(generated), str(many_real), str(installed_model), str(TRUNCATED_WEIGHTS),
                  *(path.name for path in real.iterdir()), *(path.name for path in generated.iterdir()),
                  *(path.suffix.lstrip(".") for path in real.iterdir()),  # a skipped file's extension, as is
                  *real.parts, *generated.parts, TRUNCATED_WEIGHTS.name, installed_model.name,
                  *(name for _, name in language.LANGUAGES))  # each language is named in itself
    tops: list[QWidget] = [window, history, many, views, dialog]
    found = [(type(top).__name__, where, text) for top in tops for where, text in visible_texts(top)]
    if not switched_after:  # what the run showed, in the language it ran in
        found += [("MainWindow while running", where, text) for where, text in during_run]
    if os.environ.get("FIDGUI_DUMP_TEXTS"):  # to read every text the test saw
        Path(os.environ["FIDGUI_DUMP_TEXTS"]).write_text("\n".join(map(repr, found)), encoding="utf-8")
    left = sorted({(top, where.split("(")[0], text, tuple(words)) for top, where, text in found
                   if (words := english_words(strip_marked(text), parameters))})
    assert left == [], "\n".join(map(repr, left))
