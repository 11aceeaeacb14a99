"""What the window remembers between sessions: the last folders and settings.

An INI file under the per-user config folder (never the registry or a plist), so a
person can read or delete it, and tests stay isolated through FIDGUI_HOME.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from fidgui.core.base import user_dirs

SETTINGS_FILE_NAME = "fidgui.ini"


def settings_file() -> Path:
    return user_dirs.config_dir() / SETTINGS_FILE_NAME


class AppSettings:
    """Typed access to the few remembered values; a missing or odd value gives the default."""

    def __init__(self) -> None:
        path = settings_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def text(self, key: str, default: str = "") -> str:
        value = self._store.value(key, default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self._store.setValue(key, value)

    def number(self, key: str, default: int) -> int:
        try:
            return int(self._store.value(key, default))
        except (TypeError, ValueError):
            return default

    def set_number(self, key: str, value: int) -> None:
        self._store.setValue(key, int(value))

    def flag(self, key: str, default: bool) -> bool:
        value = self._store.value(key, default)
        if isinstance(value, str):  # INI files store booleans as text
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    def set_flag(self, key: str, value: bool) -> None:
        self._store.setValue(key, bool(value))

    def words(self, key: str) -> list[str]:
        """A list stored as one comma-separated text, which INI files keep readable."""
        return [word for word in self.text(key).split(",") if word]

    def set_words(self, key: str, words: list[str]) -> None:
        self.set_text(key, ",".join(words))

    def path(self, key: str) -> Path | None:
        text = self.text(key)
        return Path(text) if text else None

    def set_path(self, key: str, path: Path | None) -> None:
        self.set_text(key, str(path) if path is not None else "")

    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)

    def sync(self) -> None:
        self._store.sync()
