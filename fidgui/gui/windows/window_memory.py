"""What the main window brings back from the last session, and writes down for the next one.

The settings panel's values go through the settings table; here are the rest: the window's
geometry, the two chosen sources and the language. Apart from the window so that what is
remembered can be read in one place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fidgui.gui import language
from fidgui.gui.app_settings import AppSettings

if TYPE_CHECKING:
    from fidgui.gui.windows.main_window import MainWindow

SIDES = ("real", "generated")
LANGUAGE_KEY = "language"


def source_key(side: str) -> str:
    return f"sources/{side}"


def restore(window: MainWindow, settings: AppSettings) -> None:
    """Geometry, settings, the sources that still exist, and the language (applied at once)."""
    geometry = settings.geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    window.settings_panel.load(settings)
    for side, zone in zip(SIDES, (window.real_zone, window.generated_zone)):
        path = settings.path(source_key(side))
        if path is not None and path.exists():
            zone.set_source(path)
    choice = settings.text(LANGUAGE_KEY, language.SYSTEM)
    language.switcher().apply(choice)
    actions = window.menus.language_actions
    actions.get(choice, actions[language.SYSTEM]).setChecked(True)


def save(window: MainWindow, settings: AppSettings) -> None:
    window.settings_panel.save(settings)
    settings.set_geometry(window.saveGeometry())
    settings.sync()


def remember_source(settings: AppSettings, side: str, path: Path) -> None:
    settings.set_path(source_key(side), path)


def remember_language(settings: AppSettings, code: str) -> None:
    settings.set_text(LANGUAGE_KEY, code)
