"""The reference library in the window: save a folder, compare against it, import a pytorch-fid file, delete."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest
from conftest import IMAGES
from modal_dialogs import acting_in_modal
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from test_gui_history import copy_images, run_in_window

from fidgui.core.base.errors import FidguiError
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.stores.reference_library import ReferenceLibrary
from fidgui.gui.text import say
from fidgui.gui.windows.main_window import MainWindow
from fidgui.gui.widgets.reference_table import COLUMNS
from fidgui.gui.windows.reference_dialog import ReferenceDialog

DIALOG_TIMEOUT_MS = 60_000
FIELDS = {"mode": "pytorch-fid", "decode": "faithful", "device": "cpu", "batch_size": 8, "metrics": ("fid",)}


def _answer_name(monkeypatch: pytest.MonkeyPatch, name: str, asked: list[str] | None = None) -> None:
    def get_text(parent, title, label, *args, **kwargs):  # type: ignore[no-untyped-def]
        if asked is not None:
            asked.append(label)
        return name, True

    monkeypatch.setattr(QInputDialog, "getText", get_text)


def _answering_questions(answers: list[str], within_s: float = 60.0) -> list[str]:
    """Answer the next real questions (QInputDialog) in turn: a name is typed, a choice is the item that starts
    with the answer. Each question runs its own event loop, as for a person, so what the job still had queued is
    handled while it is open. Returns the questions' labels as they come."""
    asked: list[str] = []
    seen: set[int] = set()
    deadline = time.monotonic() + within_s

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QInputDialog) and modal.isVisible() and id(modal) not in seen:
            seen.add(id(modal))
            text = answers[len(asked)]
            asked.append(modal.labelText())
            items = modal.comboBoxItems()
            modal.setTextValue(next(item for item in items if item.startswith(text)) if items else text)
            modal.accept()
        if len(asked) < len(answers) and time.monotonic() < deadline:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(0, answer)
    return asked


def _dialog_importing_a_pytorch_fid_file(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[ReferenceDialog, Path]:
    """A library dialog whose Import button will be given a statistics file as pytorch-fid writes it."""
    rng = np.random.default_rng(0)
    features = rng.normal(size=(64, 2048))
    foreign = tmp_path / "fid_stats_cifar10_train.npz"
    np.savez(foreign, mu=features.mean(axis=0), sigma=np.cov(features, rowvar=False))  # what pytorch-fid writes
    dialog = ReferenceDialog(FIELDS, use_cache=True, folder=None)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(foreign), ""))
    return dialog, foreign


def test_a_saved_reference_compared_with_its_own_folder_gives_zero(
    qtbot, installed_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = copy_images(IMAGES / "small_a", tmp_path / "real_a")
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_sources(real, real)
    window.show()
    _answer_name(monkeypatch, "Small A, pytorch-fid mode")
    steps: list[str] = []

    def in_the_dialog(dialog: ReferenceDialog) -> None:
        """Runs inside the modal dialog's own event loop, as a person would click."""
        assert dialog.save_button.text() == "&Save “real_a” as a reference…"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.job is not None and not dialog.use_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.job is None, timeout=DIALOG_TIMEOUT_MS)
        steps.append(dialog.status.text())
        assert dialog.table.rowCount() == 1 and dialog.selected_entry() is not None  # the new one is selected
        steps.append(dialog.table.item(0, COLUMNS.index("images")).text())
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)

    with acting_in_modal(ReferenceDialog, in_the_dialog):
        qtbot.mouseClick(window.real_zone.reference_button, Qt.MouseButton.LeftButton)
    saved, images = steps
    assert images == "6"
    assert saved.split("\n")[0] == "Saved “Small A, pytorch-fid mode”: 6 images, pytorch-fid mode."
    assert "6 real images are smaller than the network's" in saved  # the run's notes follow (they were lost before)

    entry = ReferenceLibrary().find("Small A, pytorch-fid mode")
    assert (entry.n, entry.mode, entry.source) == (6, "pytorch-fid", str(real))
    assert window.real_zone.source == entry.path
    qtbot.waitUntil(lambda: window.real_zone.summary is not None)  # the zone reads the library in the background
    assert window.real_zone.name.text() == "Reference: Small A, pytorch-fid mode"
    assert window.real_zone.count.text() == "Saved statistics of 6 images (mode: pytorch-fid)."

    result = run_in_window(qtbot, window)
    assert result.real.from_statistics and result.real.n_images == 6
    assert result.generated.from_cache == 6  # saving the reference filled the cache for this folder
    assert result.fid == pytest.approx(0.0, abs=1e-6)

    again = MainWindow()  # the next session remembers the reference by its name
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.real_zone.name.text() == "Reference: Small A, pytorch-fid mode")


def test_importing_a_pytorch_fid_file_asks_its_mode_and_deleting_removes_it(
    qtbot, installed_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, foreign = _dialog_importing_a_pytorch_fid_file(qtbot, tmp_path, monkeypatch)
    questions: list[str] = []

    def get_item(parent, title, label, items, current, editable, *args, **kwargs):  # type: ignore[no-untyped-def]
        questions.append(label)
        assert items[current].startswith("pytorch-fid")  # the current settings' mode is offered first
        return next(item for item in items if item.startswith("TensorFlow")), True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    names: list[str] = []
    _answer_name(monkeypatch, "CIFAR-10 train (TTUR)", names)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.status.isVisibleTo(dialog), timeout=DIALOG_TIMEOUT_MS)
    assert questions and "fid_stats_cifar10_train.npz" in questions[0]
    assert dialog.status.text() == "Imported “CIFAR-10 train (TTUR)” (tensorflow mode)."
    row = {name: dialog.table.item(0, column).text() for column, name in enumerate(COLUMNS)}
    assert (row["name"], row["images"], row["mode"], row["source"]) == (
        "CIFAR-10 train (TTUR)", "?", "tensorflow", str(foreign.resolve())
    )

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # the same name again: a sentence, no crash
    # the status line is said by the job's failure, just before its end lets the dialog go: wait for both
    qtbot.waitUntil(lambda: dialog.job is None and "already exists" in dialog.status.text(), timeout=DIALOG_TIMEOUT_MS)
    assert dialog.table.rowCount() == 1

    entry = dialog.selected_entry()
    assert entry is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    assert not entry.path.exists()
    assert dialog.status.text() == "Deleted “CIFAR-10 train (TTUR)”."


def test_a_reference_is_written_off_the_window_s_thread_and_a_name_taken_meanwhile_is_asked_again(
    qtbot, installed_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = copy_images(IMAGES / "small_a", tmp_path / "real_a")
    dialog = ReferenceDialog(FIELDS, use_cache=True, folder=real)
    qtbot.addWidget(dialog)
    rng = np.random.default_rng(0)
    features = rng.normal(size=(16, 2048))  # another window has saved the name this one is about to use
    other = FeatureStatistics(features.mean(axis=0), np.cov(features, rowvar=False), 16, "pytorch-fid")
    ReferenceLibrary().save("Small A", other)
    asked = _answering_questions(["Small A", "Small A again"])
    writers: list[bool] = []
    save = ReferenceLibrary.save

    def spied_save(library: ReferenceLibrary, *args, **kwargs):  # type: ignore[no-untyped-def]
        writers.append(threading.current_thread() is threading.main_thread())
        return save(library, *args, **kwargs)

    monkeypatch.setattr(ReferenceLibrary, "save", spied_save)
    stages: list[str] = []
    monkeypatch.setattr(dialog.stage, "setText", stages.append)  # what the dialog says it does, in order
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.status.isVisibleTo(dialog), timeout=DIALOG_TIMEOUT_MS)

    assert len(asked) == 2 and writers == [False, False]  # both tries ran in a job's thread, never in the window's
    assert stages.count("Saving “Small A”…") == 1 and stages.count("Saving “Small A again”…") == 1
    assert "A reference called 'Small A' already exists" in asked[1] and asked[1].endswith("Type another name:")
    assert dialog.status.text().split("\n")[0] == "Saved “Small A again”: 6 images, pytorch-fid mode."
    assert sorted(entry.name for entry in dialog.entries()) == ["Small A", "Small A again"]
    assert dialog.selected_entry() is not None and dialog.selected_entry().name == "Small A again"
    assert dialog.save_button.isEnabled() and dialog.close_button.text() == "Close"


def test_a_reference_that_cannot_be_written_is_said_with_what_to_do_and_leaves_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "references"
    blocked.write_text("a file where the library's folder should be")
    rng = np.random.default_rng(0)
    features = rng.normal(size=(16, 2048))
    statistics = FeatureStatistics(features.mean(axis=0), np.cov(features, rowvar=False), 16, "pytorch-fid")
    with pytest.raises(FidguiError) as raised:
        ReferenceLibrary(blocked).save("Small A", statistics)
    assert raised.value.message.code == "reference_save_failed"
    assert str(blocked) in say(raised.value) and "free some disk space" in say(raised.value)
    assert blocked.read_text() == "a file where the library's folder should be"


def test_importing_with_the_real_questions_imports_once_they_are_answered(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The questions come after the file's header was read; answered, the import runs (it used to do nothing:
    the header job's end was handled while the questions were open, so the import was never started)."""
    dialog, _ = _dialog_importing_a_pytorch_fid_file(qtbot, tmp_path, monkeypatch)
    asked = _answering_questions(["TensorFlow", "CIFAR-10 train (TTUR)"])
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported" in dialog.status.text() and dialog.job is None, timeout=DIALOG_TIMEOUT_MS)
    assert len(asked) == 2 and "fid_stats_cifar10_train.npz" in asked[0]
    assert dialog.status.text() == "Imported “CIFAR-10 train (TTUR)” (tensorflow mode)."
    assert [(entry.name, entry.mode) for entry in dialog.entries()] == [("CIFAR-10 train (TTUR)", "tensorflow")]
