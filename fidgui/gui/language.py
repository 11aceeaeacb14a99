"""Which language the window speaks, and switching it while the window is open.

Installing a translator makes Qt send every widget a LanguageChange event; the
widgets rebuild their texts on it, so switching needs no restart. Qt's own
translations (the buttons of standard dialogs) are loaded alongside ours.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
SYSTEM = ""  # the remembered choice that means "follow the system"
ENGLISH = "en"
# Each language is named in itself, so a person can find theirs whatever the window speaks now.
LANGUAGES: tuple[tuple[str, str], ...] = (
    (ENGLISH, "English"),
    ("zh_CN", "简体中文"),
    ("zh_TW", "繁體中文"),
    ("ja", "日本語"),
)
_TRADITIONAL_CHINESE_REGIONS = ("TW", "HK", "MO")


def language_for_locale(locale: QLocale) -> str:
    """The closest language fidgui has for a locale; English when there is none."""
    name = locale.name()  # e.g. "zh_CN", "ja_JP"
    if locale.language() == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalChineseScript or name.endswith(
            _TRADITIONAL_CHINESE_REGIONS
        )
        return "zh_TW" if traditional else "zh_CN"
    if locale.language() == QLocale.Language.Japanese:
        return "ja"
    return ENGLISH


def resolve(choice: str) -> str:
    """A remembered choice (possibly SYSTEM or unknown) to a language fidgui has."""
    if choice in dict(LANGUAGES):
        return choice
    return language_for_locale(QLocale.system())


class LanguageSwitcher:
    """Owns the installed translators; ``apply`` replaces them. One per process: see ``switcher()``."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.current = ENGLISH

    def apply(self, choice: str) -> str:
        """Switch to ``choice`` (a code from LANGUAGES or SYSTEM); returns the language now in use."""
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        language = resolve(choice)
        if language != ENGLISH:
            ours = QTranslator()
            if ours.load(str(TRANSLATIONS_DIR / f"fidgui_{language}.qm")):
                self._translators.append(ours)
            qt_own = QTranslator()
            if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._translators.append(qt_own)
        for translator in self._translators:
            app.installTranslator(translator)
        self.current = language
        QLocale.setDefault(QLocale(language))
        return language


_switcher: LanguageSwitcher | None = None


def switcher() -> LanguageSwitcher:
    """The process's one switcher, so a new window never stacks translators on an old one's."""
    global _switcher
    if _switcher is None:
        _switcher = LanguageSwitcher()
    return _switcher
