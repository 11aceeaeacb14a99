"""The windows and dialogs the main window opens: model setup, views, compare-many, history, references, About.

A mixin of the main window, so the window's own module stays about the comparison it runs.
Each companion is opened here and its answer handed back to the window; the texts keep the
window's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot

from fidgui.core.base.comparison_types import ComparisonResult
from fidgui.gui.text import fill, say
from fidgui.gui.windows.about_dialog import AboutDialog
from fidgui.gui.windows.compare_many_window import CompareManyWindow
from fidgui.gui.windows.history_window import HistoryWindow
from fidgui.gui.windows.model_setup_dialog import ModelSetupDialog
from fidgui.gui.windows.network_setup_dialog import NetworkSetupDialog, set_up_sentence
from fidgui.gui.windows.reference_dialog import ReferenceDialog
from fidgui.gui.widgets.model_state import non_standard_import
from fidgui.gui.windows.result_freshness import apply_result_inputs
from fidgui.gui.windows.views_window import ViewsWindow

if TYPE_CHECKING:
    from fidgui.gui.windows.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class CompanionWindows(_Base):
    """Opens the main window's companions; expects the main window's widgets and ``_show_message``."""

    @Slot()
    def set_up_model(self) -> None:
        dialog = ModelSetupDialog(self)
        accepted = dialog.exec() == ModelSetupDialog.DialogCode.Accepted
        self.model_state.refresh()
        if accepted and dialog.installed is not None:
            sentence = QCoreApplication.translate("MainWindow", "The model is set up; you can compare images now.")
            if not dialog.installed.is_standard:  # said at once, not after a long run
                sentence = say(non_standard_import(dialog.installed.weights_sha256))
            self._show_message(sentence)

    @Slot(str)
    def set_up_network(self, encoder: str) -> None:
        """Another network's setup (DINOv2, CLIP), from its button in the row or the Model menu."""
        dialog = NetworkSetupDialog(encoder, self)
        accepted = dialog.exec() == NetworkSetupDialog.DialogCode.Accepted
        self.model_state.refresh()
        if accepted and dialog.installed is not None:
            self._show_message(set_up_sentence(encoder, dialog.installed))

    @Slot()
    def show_views(self) -> None:
        if self.last_result is not None and self.last_result.per_image:
            if self.views_window is not None:
                self.views_window.close()
            self.views_window = ViewsWindow(self.last_result, self)
            if self.freshness.previous:  # opened after the inputs changed: still the previous pair's views
                self.freshness.mark_views()
            self.views_window.show()

    @Slot()
    def show_compare_many(self) -> None:
        if self.compare_many_window is None:
            self.compare_many_window = CompareManyWindow(self.settings_panel.request_fields, self)
        self.compare_many_window.show()
        self.compare_many_window.raise_()

    @Slot()
    def show_about(self) -> None:
        AboutDialog(self).exec()

    @Slot()
    def show_history(self) -> None:
        if self.history_window is None:
            self.history_window = HistoryWindow(self)
            self.history_window.resultOpened.connect(self._show_recorded_result)
        else:
            self.history_window.refresh()
        self.history_window.show()
        self.history_window.raise_()
        self.history_window.activateWindow()

    @Slot()
    def choose_reference(self) -> None:
        """The reference library; a reference picked there becomes the real side, in its own mode."""
        fields = self.settings_panel.request_fields()
        cache = self.settings_panel.cache_wanted()
        dialog = ReferenceDialog(fields, cache, self.real_zone.source, self, sessions=self.sessions)
        if dialog.exec() != ReferenceDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        entry = dialog.chosen
        if entry.mode != fields["mode"]:
            self.settings_panel.mode.setCurrentIndex(self.settings_panel.mode.findData(entry.mode))
            sentence = QCoreApplication.translate(
                "MainWindow", "The compatibility mode is now %1, the mode of this reference."
            )
            self._show_message(fill(sentence, entry.mode))
        self.real_zone.choose(entry.path)

    @Slot(object, object)
    def _show_recorded_result(self, result: ComparisonResult, recorded: tuple[str, str]) -> None:
        self.problem.hide()
        missing = apply_result_inputs(self, result)  # the inputs first, so the result shown matches them
        self.history_note.setText(" ".join(say(message) for message in missing))
        self.history_note.setVisible(bool(missing))
        self.result_view.show_result(result, recorded)
        self.freshness.current()
        sentence = QCoreApplication.translate("MainWindow", "Showing the comparison of %1 from the history.")
        self._show_message(fill(sentence, recorded[0]))
