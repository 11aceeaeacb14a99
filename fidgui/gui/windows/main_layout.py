"""The main window's look: the two sides, the settings, the Compare button, the problem frame, progress and result.

Only building and laying out; what the widgets do is wired to the window's own slots here
and decided in ``main_window``. Kept apart so the window's module is about the run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from fidgui.gui.jobs.folder_scan import is_statistics_file
from fidgui.gui.widgets.drop_zone import DropZone
from fidgui.gui.widgets.result_view import ResultView
from fidgui.gui.widgets.screens import screen_of
from fidgui.gui.widgets.run_progress import SIDES, RunProgress
from fidgui.gui.widgets.settings_panel import SettingsPanel

if TYPE_CHECKING:
    from fidgui.gui.windows.main_window import MainWindow

_MESSAGE_STYLE = "QFrame#Problem { border: 2px solid #c0392b; border-radius: 6px; }"


def build_main_layout(window: MainWindow) -> None:
    """Create the window's widgets as its attributes (``window.compare_button``, ...) and lay them out."""
    window.real_zone = DropZone("real")
    window.generated_zone = DropZone("generated")
    for side, zone in zip(SIDES, (window.real_zone, window.generated_zone)):
        zone.sourceChosen.connect(lambda path, side=side: window._remember_source(side, path))
    window.real_zone.referenceRequested.connect(window.choose_reference)
    zones = QHBoxLayout()
    zones.setSpacing(16)
    zones.addWidget(window.real_zone)
    zones.addWidget(window.generated_zone)

    window.settings_panel = SettingsPanel()
    window.settings_panel.top_level_only.toggled.connect(lambda on: follow_top_level(window, on))

    window.compare_button = QPushButton()
    window.compare_button.setDefault(True)
    window.compare_button.setMinimumHeight(44)
    font = window.compare_button.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    window.compare_button.setFont(font)
    window.compare_button.setMinimumWidth(200)
    window.compare_button.clicked.connect(window.compare)
    window.cancel_button = QPushButton()
    window.cancel_button.clicked.connect(window.cancel)
    window.cancel_button.hide()
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(window.compare_button)
    buttons.addWidget(window.cancel_button)
    buttons.addStretch(1)

    window.problem = QFrame()
    window.problem.setObjectName("Problem")
    window.problem.setStyleSheet(_MESSAGE_STYLE)
    window.problem_text = QLabel()
    window.problem_text.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
    window.problem_text.setWordWrap(True)
    window.problem_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    QVBoxLayout(window.problem).addWidget(window.problem_text)
    window.problem.hide()

    window.progress_box = RunProgress()
    window.progress_box.hide()
    window.side_progress = window.progress_box.side_progress

    window.result_view = ResultView()
    window.result_view.message.connect(window._show_message)
    window.history_note = QLabel()  # why a result was not added to the history: a note, never a dialog
    window.history_note.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
    window.history_note.setWordWrap(True)
    window.history_note.hide()

    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(14)
    layout.addLayout(zones)
    layout.addWidget(window.settings_panel)
    layout.addLayout(buttons)
    layout.addWidget(window.problem)
    layout.addWidget(window.progress_box)
    layout.addWidget(window.result_view, 1)
    layout.addWidget(window.history_note)
    layout.addStretch(0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    window.setCentralWidget(scroll)
    window.setMinimumSize(760, 560)
    window.resize(fitting_size(window, 980, 820))


def follow_top_level(window: MainWindow, on: bool) -> None:
    """Recount each chosen folder as the run will list it: with "top level only" its subfolders are not read, so
    a count that included them would promise images the run never reads."""
    for zone in (window.real_zone, window.generated_zone):
        if zone.top_level_only == on:
            continue
        zone.top_level_only = on
        if zone.selection is None and zone.source is not None and not is_statistics_file(zone.source):
            zone.set_source(zone.source)  # a statistics file or a chosen list of files reads the same either way


def fitting_size(window: QWidget, width: int, height: int) -> QSize:
    """The size asked for, made smaller where the screen is smaller (a 1366x768 laptop has about 1366x728 free
    under its task bar); the scroll area takes what does not fit."""
    screen = screen_of(window)
    if screen is None:
        return QSize(width, height)
    free = screen.availableGeometry()
    frame = 40  # title bar and borders, which the window's own size does not count
    return QSize(max(window.minimumWidth(), min(width, free.width() - 16)),
                 max(window.minimumHeight(), min(height, free.height() - frame)))
