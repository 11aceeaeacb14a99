"""Whether the result on screen still belongs to the inputs above it, and reopening a past result with its inputs.

The last FID used to stay on screen under newly chosen folders, and a result reopened from the
history sat beside other folders: a figure next to inputs it was not computed from. As soon as a
side or a setting that changes the figures (mode, reading, measures) changes, the result is marked
"previous comparison: A vs B" and dimmed, and so is an open Views window. Reopening from the
history first sets both sides, the mode and the measures to the result's own, so what is shown matches.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from fidgui.core.base.comparison_types import ComparisonResult
from fidgui.core.base.errors import Message, side_word
from fidgui.gui.text import say

if TYPE_CHECKING:
    from fidgui.gui.windows.main_window import MainWindow
    from fidgui.gui.windows.views_window import ViewsWindow

_NOTE_STYLE = "QLabel { border: 1px solid #c77700; border-radius: 4px; padding: 6px; }"
DIMMED_PARTS = ("fid", "interval", "interval_help", "reading", "metrics", "warnings", "skipped", "details")
"""The result's figures and texts, greyed while they are a previous comparison's (its buttons stay usable)."""


class MessageLabel(QLabel):
    """A label showing one engine message, said again in the new language when the language changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message: Message | None = None
        self.setTextFormat(Qt.TextFormat.PlainText)  # holds folder names: never read as HTML
        self.setWordWrap(True)
        self.setStyleSheet(_NOTE_STYLE)
        self.hide()

    def show_message(self, message: Message | None) -> None:
        self.message = message
        self.setText(say(message) if message is not None else "")
        self.setVisible(message is not None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and self.message is not None:
            self.setText(say(self.message))
        super().changeEvent(event)


def pair_names(result: ComparisonResult) -> dict[str, str]:
    return {"real": Path(result.real.source).name, "generated": Path(result.generated.source).name}


class ResultFreshness(QObject):
    """Watches the window's sides and settings; ``previous`` is True while the shown result is an old one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.previous = False
        self.note = MessageLabel()
        self.note.setObjectName("PreviousComparison")
        view = window.result_view
        layout = view.parentWidget().layout()
        layout.insertWidget(layout.indexOf(view), self.note)
        for zone in (window.real_zone, window.generated_zone):
            zone.inputChanged.connect(self.inputs_changed)
        panel = window.settings_panel
        panel.mode.currentIndexChanged.connect(self.inputs_changed)
        panel.exact_reading.toggled.connect(self.inputs_changed)
        for box in panel.metric_boxes.values():
            box.toggled.connect(self.inputs_changed)

    def inputs_changed(self) -> None:
        """Mark the shown result (and its views) as the previous comparison; nothing to do without one."""
        result = self.window.result_view.result
        if result is None or self.previous:
            return
        self.previous = True
        self.note.show_message(Message("result_previous", pair_names(result)))
        self._dim(True)
        self.mark_views()

    def mark_views(self) -> None:
        """Say in an open Views window that its pair is no longer the main window's."""
        views = self.window.views_window
        if views is not None:
            mark_views_previous(views, Message("views_previous", pair_names(views.result)))

    def current(self) -> None:
        """The result on screen (or none) matches the inputs again: a new run, or a result reopened with its inputs."""
        self.previous = False
        self.note.show_message(None)
        self._dim(False)

    @property
    def dimmed(self) -> bool:
        return not self.window.result_view.fid.isEnabled()

    def _dim(self, dimmed: bool) -> None:
        for name in DIMMED_PARTS:
            getattr(self.window.result_view, name).setEnabled(not dimmed)


def mark_views_previous(views: ViewsWindow, message: Message) -> None:
    """Put a note at the top of a Views window whose pair is no longer the main window's."""
    note = views.findChild(MessageLabel, "PreviousViews")
    if note is None:
        note = MessageLabel(views)
        note.setObjectName("PreviousViews")
        views.layout().insertWidget(0, note)
    note.show_message(message)


def apply_result_inputs(window: MainWindow, result: ComparisonResult) -> list[Message]:
    """Set both sides, the mode, the reading and the measures to a reopened result's; say which side is gone."""
    missing: list[Message] = []
    for side, zone, summary in (("real", window.real_zone, result.real), ("generated", window.generated_zone,
                                                                           result.generated)):
        path = Path(summary.source)
        if not path.exists():
            missing.append(Message("history_source_missing", side=side_word(side), path=str(path)))
        elif path != zone.source or zone.selection is not None:
            zone.set_source(path)
    panel = window.settings_panel
    panel.mode.setCurrentIndex(max(0, panel.mode.findData(result.mode)))
    panel.exact_reading.setChecked(result.decode == "pil")
    chosen = set(result.settings.get("metrics") or ["fid"])
    for name, box in panel.metric_boxes.items():
        box.setChecked(name in chosen)
    return missing
