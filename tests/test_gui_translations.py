"""Every string the window shows is translated into each shipped language, and the .qm files match the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from conftest import REPO
from PySide6.QtCore import QLocale, QTranslator

from fidgui.gui.language import LANGUAGES, TRANSLATIONS_DIR, language_for_locale

GUI_DIR = REPO / "fidgui" / "gui"
SHIPPED = [code for code, _ in LANGUAGES if code != "en"]


def _tool(name: str) -> str:
    """The PySide6 tool beside this Python, so the test uses the same Qt as the application."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} was not found beside {sys.executable}; install PySide6-Essentials."
    return found


def _messages(ts_file: Path) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(ts_file).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What lupdate finds in the code today."""
    scratch = tmp_path_factory.mktemp("lupdate") / "current.ts"
    sources = sorted(str(path) for path in GUI_DIR.rglob("*.py"))  # every subpackage: jobs, widgets, windows
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(scratch)], check=True, capture_output=True)
    return set(_messages(scratch))


@pytest.mark.parametrize("language", SHIPPED)
def test_every_gui_string_has_a_finished_translation(language: str, current_sources: set[tuple[str, str]]) -> None:
    messages = _messages(TRANSLATIONS_DIR / f"fidgui_{language}.ts")
    missing = current_sources - set(messages)
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)[:5]}"
    for key in current_sources:
        translation = messages[key]
        assert translation.get("type") not in ("unfinished", "obsolete") and translation.text, key
        for placeholder in ("%1", "%2", "%3", "%4", "%5"):
            assert (placeholder in key[1]) == (placeholder in translation.text), (key, placeholder)


@pytest.mark.parametrize("language", SHIPPED)
def test_compiled_translations_match_their_sources(language: str) -> None:
    """The shipped .qm says what the .ts says (compare meanings, not bytes: lrelease versions differ in layout)."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS_DIR / f"fidgui_{language}.qm"))
    for (context, source), translation in _messages(TRANSLATIONS_DIR / f"fidgui_{language}.ts").items():
        assert translator.translate(context, source) == translation.text, f"run pyside6-lrelease ({source!r})"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("ja_JP", "ja"),
     ("en_US", "en"), ("de_DE", "en")],
)
def test_system_locale_picks_the_closest_language(locale: str, expected: str) -> None:
    assert language_for_locale(QLocale(locale)) == expected
