"""The main window's menus and shortcuts: built once, wired to the window's actions, retitled on a language change.

Apart from the window so the window's module stays about the run itself; the texts keep the
window's translation context, so translators see them with the rest of the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from fidgui.core.encoders.registry import DEFAULT_ENCODER, encoders
from fidgui.gui import language
from fidgui.gui.windows.compare_many_window import CompareManyWindow
from fidgui.gui.windows.network_setup_dialog import menu_text as network_setup_menu_text
from fidgui.gui.windows.views_window import ViewsWindow

if TYPE_CHECKING:
    from fidgui.gui.windows.main_window import MainWindow


class MainMenus:
    """Every action of the menu bar; the window reaches them as attributes of its own (``window.compare_action``)."""

    def __init__(self, window: MainWindow) -> None:
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.choose_real_action = QAction(window, shortcut=QKeySequence.StandardKey.Open)
        self.choose_real_action.triggered.connect(window.real_zone.browse_folder)
        self.choose_generated_action = QAction(window, shortcut=QKeySequence("Ctrl+Shift+O"))
        self.choose_generated_action.triggered.connect(window.generated_zone.browse_folder)
        self.quit_action = QAction(window, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(window.close)
        self.history_action = QAction(window, shortcut=QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(window.show_history)
        self.file_menu.addActions([self.choose_real_action, self.choose_generated_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.history_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.run_menu = bar.addMenu("")
        self.compare_action = QAction(window)
        self.compare_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.compare_action.triggered.connect(window.compare)
        self.cancel_action = QAction(window, shortcut=QKeySequence(Qt.Key.Key_Escape))
        self.cancel_action.triggered.connect(window.cancel)
        self.cancel_action.setEnabled(False)
        self.run_menu.addActions([self.compare_action, self.cancel_action])
        self.views_action = QAction(window, enabled=False)  # enabled by a result that kept per-image features
        self.views_action.triggered.connect(window.show_views)
        self.compare_many_action = QAction(window)
        self.compare_many_action.triggered.connect(window.show_compare_many)
        self.run_menu.addSeparator()
        self.run_menu.addActions([self.views_action, self.compare_many_action])

        self.model_menu = bar.addMenu("")
        self.setup_model_action = QAction(window)
        self.setup_model_action.triggered.connect(window.set_up_model)
        self.clear_cache_action = QAction(window)
        self.clear_cache_action.triggered.connect(window.clear_feature_cache)
        self.model_menu.addAction(self.setup_model_action)
        self.network_setup_actions: dict[str, QAction] = {}  # the other networks' setup, each optional
        for encoder in encoders():
            if encoder.name != DEFAULT_ENCODER:
                action = self.network_setup_actions[encoder.name] = QAction(window)
                action.triggered.connect(lambda _=False, name=encoder.name: window.set_up_network(name))
                self.model_menu.addAction(action)
        self.model_menu.addAction(self.clear_cache_action)

        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for code, name in ((language.SYSTEM, ""), *language.LANGUAGES):
            action = QAction(name, window, checkable=True)
            action.triggered.connect(lambda checked=False, code=code: window.choose_language(code))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(window)
        self.about_action.triggered.connect(window.show_about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.choose_real_action.setText(QCoreApplication.translate("MainWindow", "Choose &real images…"))
        self.choose_generated_action.setText(QCoreApplication.translate("MainWindow", "Choose &generated images…"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.history_action.setText(QCoreApplication.translate("MainWindow", "Comparison &history…"))
        self.run_menu.setTitle(QCoreApplication.translate("MainWindow", "&Run"))
        self.compare_action.setText(QCoreApplication.translate("MainWindow", "&Compare"))
        self.cancel_action.setText(QCoreApplication.translate("MainWindow", "C&ancel"))
        self.views_action.setText(ViewsWindow.menu_text())
        self.compare_many_action.setText(CompareManyWindow.menu_text())
        self.model_menu.setTitle(QCoreApplication.translate("MainWindow", "&Model"))
        self.setup_model_action.setText(QCoreApplication.translate("MainWindow", "&Set up the FID model…"))
        for name, action in self.network_setup_actions.items():
            action.setText(network_setup_menu_text(name))
        self.clear_cache_action.setText(QCoreApplication.translate("MainWindow", "&Clear the feature cache…"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.language_actions[language.SYSTEM].setText(QCoreApplication.translate("MainWindow", "Same as the system"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About fidgui"))
