"""What compare-many compares: one real folder against several, or every pair; which folders; which metrics.

Apart from the window, which runs the job and shows the results; this widget only holds
the person's choices. Its KID and precision boxes are placed by the window, beside Start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fidgui.gui.widgets.retranslating import Retranslating
from fidgui.gui.jobs.compare_many_job import AGAINST_REAL, PAIRWISE
from fidgui.gui.widgets.folder_list import FolderList


class ManyFoldersChoice(Retranslating, QWidget):
    """``modeChanged`` when the person switches between against-real and pairwise."""

    modeChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.against_real = QRadioButton()
        self.against_real.setChecked(True)
        self.pairwise = QRadioButton()
        self.against_real.toggled.connect(self._mode_changed)
        modes = QHBoxLayout()
        modes.addWidget(self.against_real)
        modes.addWidget(self.pairwise)
        modes.addStretch(1)

        self.real_label = QLabel()
        self.real_path = QLineEdit()
        self.real_path.setReadOnly(True)
        self.real_button = QPushButton()
        self.real_button.clicked.connect(self.browse_real)
        self.real_row = QWidget()
        real_layout = QHBoxLayout(self.real_row)
        real_layout.setContentsMargins(0, 0, 0, 0)
        real_layout.addWidget(self.real_label)
        real_layout.addWidget(self.real_path, 1)
        real_layout.addWidget(self.real_button)

        self.folders_label = QLabel()
        self.folder_list = FolderList()
        self.folder_list.setMaximumHeight(140)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.browse_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        folder_buttons = QVBoxLayout()
        folder_buttons.addWidget(self.add_button)
        folder_buttons.addWidget(self.remove_button)
        folder_buttons.addStretch(1)
        folders = QHBoxLayout()
        folders.addWidget(self.folder_list, 1)
        folders.addLayout(folder_buttons)

        self.kid_box, self.prdc_box = QCheckBox(), QCheckBox()
        self.kid_box.setChecked(True)
        self.prdc_box.setChecked(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(modes)
        layout.addWidget(self.real_row)
        layout.addWidget(self.folders_label)
        layout.addLayout(folders)
        self.retranslate()

    @property
    def mode(self) -> str:
        return AGAINST_REAL if self.against_real.isChecked() else PAIRWISE

    def set_mode(self, mode: str) -> None:
        (self.against_real if mode == AGAINST_REAL else self.pairwise).setChecked(True)

    def real(self) -> Path | None:
        return Path(self.real_path.text()) if self.real_path.text() else None

    def set_real(self, folder: Path) -> None:
        self.real_path.setText(str(folder))

    def add_folders(self, folders: list[Path]) -> None:
        for folder in folders:
            self.folder_list.add_folder(Path(folder))

    def metrics(self) -> tuple[str, ...]:
        """FID always; KID and precision-recall as ticked, and only against the real folder."""
        metrics = ["fid"]
        if self.mode == AGAINST_REAL:
            metrics += ["kid"] * self.kid_box.isChecked() + ["prdc"] * self.prdc_box.isChecked()
        return tuple(metrics)

    def set_locked(self, locked: bool) -> None:
        for widget in (self.against_real, self.pairwise, self.real_button, self.add_button, self.remove_button,
                       self.kid_box, self.prdc_box, self.folder_list):
            widget.setEnabled(not locked)

    @Slot()
    def browse_real(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder of real images"))
        if chosen:
            self.set_real(Path(chosen))

    @Slot()
    def browse_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of images"))
        if chosen:
            self.folder_list.add_folder(Path(chosen))

    @Slot()
    def remove_selected(self) -> None:
        for item in self.folder_list.selectedItems():
            self.folder_list.takeItem(self.folder_list.row(item))

    @Slot()
    def _mode_changed(self) -> None:
        self.real_row.setVisible(self.mode == AGAINST_REAL)
        self.kid_box.setVisible(self.mode == AGAINST_REAL)
        self.prdc_box.setVisible(self.mode == AGAINST_REAL)
        self.retranslate()
        self.modeChanged.emit()

    def retranslate(self) -> None:
        self.against_real.setText(self.tr("One real folder against several generated folders"))
        self.pairwise.setText(self.tr("Every pair of several folders"))
        self.real_label.setText(self.tr("Real images:"))
        self.real_button.setText(self.tr("Choose…"))
        self.folders_label.setText(
            self.tr("Generated folders (drop folders here or add them):")
            if self.mode == AGAINST_REAL
            else self.tr("Folders to compare with each other (drop folders here or add them):")
        )
        self.add_button.setText(self.tr("Add folder…"))
        self.remove_button.setText(self.tr("Remove"))
        self.kid_box.setText(self.tr("KID (Kernel Inception Distance)"))
        self.prdc_box.setText(self.tr("Precision and recall (needs more than 5 images a folder)"))
