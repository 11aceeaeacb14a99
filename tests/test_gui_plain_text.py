"""Folder, file and reference names are shown as typed, never as HTML (real widgets, real runs).

Qt takes text that looks like HTML for HTML unless told otherwise: a folder named
``<h1><font color=red>FID 0.00 identical`` would show a large red claim in the window.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from conftest import IMAGES
from PySide6.QtCore import Qt
from PySide6 import QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox

from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.stores.reference_library import ReferenceLibrary
from fidgui.gui.widgets.plain_text import as_html
from fidgui.gui.windows.main_window import MainWindow
from fidgui.gui.windows.reference_dialog import ReferenceDialog

RUN_TIMEOUT_MS = 120_000
HOSTILE_NAMES = ["<h1><font color=red>FID 0.00 identical", "<img src=probe.png>the rest & more"]


def _shown_as(html_text: str) -> str:
    """What Qt displays for rich text: the document's plain text."""
    document = QTextDocument()
    document.setHtml(html_text)
    return document.toPlainText()


def _assert_plain(label: QLabel, expected: str) -> None:
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == expected


@pytest.mark.parametrize("text", [*HOSTILE_NAMES, "a & b", "&lt;b&gt; typed", "two\nlines <b>x</b>", "  spaced  "])
def test_as_html_makes_qt_show_the_text_exactly(text: str) -> None:
    shown = as_html(text)
    assert QtGui.Qt.mightBeRichText(shown)  # Qt reads it as HTML, so it cannot guess otherwise
    assert _shown_as(shown) == text
    assert as_html("") == ""  # an empty tooltip stays no tooltip


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_hostile_folder_name_is_plain_in_the_zone_and_in_the_error_sentence(
    qtbot, installed_model: Path, tmp_path: Path, name: str  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / name
    folder.mkdir()
    shutil.copy(sorted((IMAGES / "small_a").iterdir())[0], folder / "only.png")  # one image: the run refuses it
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.set_sources(folder, IMAGES / "small_b")
    _assert_plain(window.real_zone.name, name)
    assert _shown_as(window.real_zone.name.toolTip()) == str(folder)
    qtbot.waitUntil(lambda: window.real_zone.summary is not None, timeout=RUN_TIMEOUT_MS)
    with qtbot.waitSignal(window.comparisonFailed, timeout=RUN_TIMEOUT_MS) as failed:
        window.start_comparison()
    sentence = failed.args[0]
    assert str(folder) in sentence
    _assert_plain(window.problem_text, sentence)
    qtbot.waitUntil(lambda: window.job is None)


def test_a_hostile_reference_name_is_plain_in_the_zone_the_table_and_the_question(
    qtbot, installed_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    name = HOSTILE_NAMES[0]
    features = np.random.default_rng(0).normal(size=(32, 2048))
    statistics = FeatureStatistics(features.mean(axis=0), np.cov(features, rowvar=False), 32, "pytorch-fid")
    entry = ReferenceLibrary().save(name, statistics, source=tmp_path)

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_sources(entry.path, IMAGES / "small_b")
    qtbot.waitUntil(lambda: window.real_zone.reference is not None, timeout=RUN_TIMEOUT_MS)  # named by the scan
    _assert_plain(window.real_zone.name, f"Reference: {name}")

    fields = {"mode": "pytorch-fid", "decode": "faithful", "device": "cpu", "batch_size": 8, "metrics": ("fid",)}
    dialog = ReferenceDialog(fields, use_cache=False, folder=None)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    names = [dialog.table.item(0, column) for column in range(dialog.table.columnCount())]
    assert any(item.text() == name and _shown_as(item.toolTip()) == name for item in names)
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.table.selectRow(0)
    dialog.delete_selected()
    assert len(asked) == 1
    assert _shown_as(asked[0]) == f"Delete the reference “{name}”? Its statistics file is removed too."
    assert dialog.table.rowCount() == 1  # answered No: kept
