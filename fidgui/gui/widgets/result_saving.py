"""Taking one result out of the window: the HTML report, JSON and CSV files, and the text on the clipboard.

Kept apart from the result view, which lays the figures out. Every file is written atomically (a failed save
leaves no half file), and what happened goes to the window as a sentence through the view's ``message``.
The sentences keep the result view's translation context, so its translations serve them unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fidgui.core.base.comparison_types import ComparisonResult
from fidgui.core.base.errors import FidguiError, Message
from fidgui.core.report import document as report
from fidgui.core.report.html import write_html
from fidgui.gui import language
from fidgui.gui.text import fill, say
from fidgui.gui.widgets.file_saving import warn_not_saved
from fidgui.gui.widgets.plain_text import as_html
from fidgui.gui.widgets.result_text import summary_text

if TYPE_CHECKING:
    from fidgui.gui.widgets.result_view import ResultView


class ResultSaving:
    """The result view's buttons that copy or save the result it shows (nothing, while it shows none)."""

    def __init__(self, view: ResultView) -> None:
        """Connects the view's buttons, which exist by now."""
        self.view = view
        view.copy_button.clicked.connect(lambda: self.copy())
        view.json_button.clicked.connect(lambda: self.json())
        view.csv_button.clicked.connect(lambda: self.csv())
        view.report_button.clicked.connect(lambda: self.report())

    def copy(self) -> None:
        if self.view.result is None:
            return
        QGuiApplication.clipboard().setText(summary_text(self.view.result))
        self.view.message.emit(QCoreApplication.translate(
            "ResultView", "The result was copied; paste it wherever you keep your notes."
        ))

    def report(self, path: Path | None = None) -> Path | None:
        """Write the HTML report and say where; asks where first unless ``path`` is given. The file, or None."""
        view, result = self.view, self.view.result
        if result is None:
            return None
        if path is None:
            start = Path(result.generated.source).parent / "fid_report.html"
            chosen, _ = QFileDialog.getSaveFileName(view, say(Message("save_report_title")), str(start),
                                                    say(Message("save_report_filter")))
            if not chosen:
                return None
            path = Path(chosen)
        try:
            write_html(result, path, wording=say, language=language.switcher().current)
        except (OSError, FidguiError) as error:
            reason = say(error) if isinstance(error, FidguiError) else (error.strerror or str(error))
            QMessageBox.warning(view, QCoreApplication.translate("ResultView", "Not saved"),
                                as_html(say(Message("report_not_saved", reason=reason))))
            return None
        view.message.emit(say(Message("report_saved", path=str(path))))
        return path

    def json(self) -> None:
        title = QCoreApplication.translate("ResultView", "Save the result as JSON")
        file_filter = QCoreApplication.translate("ResultView", "JSON files (*.json)")
        self._save(title, "fid_result.json", file_filter, report.write_json)

    def csv(self) -> None:
        title = QCoreApplication.translate("ResultView", "Save the result as CSV")
        file_filter = QCoreApplication.translate("ResultView", "CSV files (*.csv)")
        self._save(title, "fid_result.csv", file_filter, report.write_csv)

    def _save(
        self, title: str, default_name: str, file_filter: str, write: Callable[[ComparisonResult, Path], None]
    ) -> None:
        view, result = self.view, self.view.result
        if result is None:
            return
        start = Path(result.generated.source).parent / default_name
        chosen, _ = QFileDialog.getSaveFileName(view, title, str(start), file_filter)
        if not chosen:
            return
        try:
            write(result, Path(chosen))
        except OSError as error:
            warn_not_saved(view, error)
            return
        view.message.emit(fill(QCoreApplication.translate("ResultView", "Saved to %1."), chosen))
