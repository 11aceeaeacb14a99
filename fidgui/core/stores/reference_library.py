"""Named reference statistics ("FFHQ 1024 train, pytorch-fid mode"), kept so a real set is computed once.

Each reference is two files in ``data_dir()/references``: the statistics as an ``.npz`` that pytorch-fid
and TTUR read as is (written by :meth:`FeatureStatistics.save`), and a small JSON file beside it with the
name, counts, mode, model hash, date and source. There is no shared index to lose: listing reads the JSON
files, every file is written atomically (the ``.npz`` first, the JSON last, so a reference exists only once
both are complete), and two programs saving different references at once cannot overwrite each other.

Files from pytorch-fid or TTUR carry only ``mu`` and ``sigma``; whoever imports one says which mode made
it, and that is recorded, so a later comparison in another mode is refused with a reason instead of
quietly producing a meaningless FID.
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from fidgui.core.base.atomic_files import write_text_atomically
from fidgui.core.base.errors import FidguiError, Message
from fidgui.core.encoders.registry import all_modes, encoder_for_mode
from fidgui.core.statistics.running import FeatureStatistics
from fidgui.core.base.user_dirs import data_dir

FOLDER_NAME = "references"
FORMAT = 1
MAX_NAME_LENGTH = 200
ORIGINS = ("computed", "imported")


@dataclass(frozen=True)
class ReferenceEntry:
    """One saved reference, as listed; :meth:`ReferenceLibrary.load` reads its statistics."""

    id: str
    name: str
    n: int | None
    mode: str
    model_sha256: str | None  # None for an imported file whose model nobody stated
    created: str  # UTC, ISO 8601
    source: str  # the folder it was computed from, or the file it was imported from
    origin: str  # "computed" or "imported"
    path: Path  # the .npz

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "id": self.id, "name": self.name, "n": self.n, "mode": self.mode,
            "model_sha256": self.model_sha256, "created": self.created, "source": self.source,
            "origin": self.origin, "file": self.path.name,
        }


def _short(model_sha256: str | None) -> Message:
    return Message("reference_model_unrecorded") if model_sha256 is None else Message("reference_model_hash",
                                                                                      sha=model_sha256[:12])


def check_compatible(
    statistics: FeatureStatistics, mode: str, model_sha256: str | None, *, name: str | None = None
) -> None:
    """Refuse, with the reason and the way out, statistics made in another mode or by another network.

    What is unknown on either side (an imported file whose model nobody stated) cannot be checked and passes.
    """
    mode_differs = statistics.mode is not None and statistics.mode != mode
    model_differs = (
        statistics.model_sha256 is not None and model_sha256 is not None and statistics.model_sha256 != model_sha256
    )
    if not mode_differs and not model_differs:
        return
    subject = Message("reference_subject_named", name=name) if name else Message("reference_subject_unnamed")
    ours = (Message("reference_in_mode", mode=statistics.mode) if statistics.mode is not None
            else Message("reference_in_unrecorded_mode"))
    advice = "mode_and_model" if mode_differs and model_differs else "mode" if mode_differs else "model"
    raise FidguiError(
        "reference_incompatible", subject=subject, ours=ours, their_model=_short(statistics.model_sha256), mode=mode,
        our_model=_short(model_sha256), advice=Message(f"reference_advice_{advice}"),
    )


def _clean_name(name: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise FidguiError("reference_name_empty")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise FidguiError("reference_name_too_long", length=len(cleaned), limit=MAX_NAME_LENGTH)
    if any(unicodedata.category(char) == "Cc" for char in cleaned):
        raise FidguiError("reference_name_control")
    return cleaned


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-") or "reference"


def _utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class ReferenceLibrary:
    """The saved references of this user (or of ``folder``); see the module docstring."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else data_dir() / FOLDER_NAME
        self.notices: list[Message] = []  # messages about entries that could not be read, filled by list_entries

    def list_entries(self) -> list[ReferenceEntry]:
        """Every readable reference, sorted by name; unreadable ones are named in :attr:`notices`."""
        self.notices = []
        entries = []
        if not self.folder.is_dir():
            return []
        for sidecar in sorted(self.folder.glob("*.json")):
            try:
                entries.append(self._read_sidecar(sidecar))
            except (OSError, ValueError, KeyError, TypeError) as error:
                self.notices.append(Message("reference_sidecar_unreadable", name=sidecar.name, reason=str(error)))
        return sorted(entries, key=lambda entry: (_name_key(entry.name), entry.created))

    def _read_sidecar(self, sidecar: Path) -> ReferenceEntry:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        npz = self.folder / str(data["file"])
        if npz.parent != self.folder or not npz.is_file():
            raise ValueError(f"its statistics file {npz.name} is missing")
        return ReferenceEntry(
            id=sidecar.stem, name=str(data["name"]), n=None if data["n"] is None else int(data["n"]),
            mode=str(data["mode"]), model_sha256=None if data["model_sha256"] is None else str(data["model_sha256"]),
            created=str(data["created"]), source=str(data["source"]), origin=str(data["origin"]), path=npz,
        )

    def find(self, name_or_id: str) -> ReferenceEntry:
        """The reference with this id, or else with this name (case and spacing ignored)."""
        entries = self.list_entries()
        for entry in entries:
            if entry.id == name_or_id:
                return entry
        key = _name_key(str(name_or_id))
        for entry in entries:
            if _name_key(entry.name) == key:
                return entry
        names = ", ".join(f"'{entry.name}'" for entry in entries)
        if names:
            raise FidguiError("reference_not_found", name=str(name_or_id), names=names)
        raise FidguiError("reference_not_found_empty", name=str(name_or_id))

    def load(self, name_or_id: str) -> FeatureStatistics:
        """The statistics of a saved reference, with the mode and model hash recorded for it."""
        entry = self.find(name_or_id)
        statistics = FeatureStatistics.load(entry.path)
        return FeatureStatistics(
            statistics.mu, statistics.sigma, statistics.n if statistics.n is not None else entry.n,
            entry.mode, entry.model_sha256, encoder_for_mode(entry.mode).name if entry.mode in all_modes() else None,
        )

    def save(self, name: str, statistics: FeatureStatistics, source: str | Path | None = None) -> ReferenceEntry:
        """Keep ``statistics`` under a new, unique ``name``; ``source`` is the folder they came from."""
        if statistics.mode is None:
            raise FidguiError("reference_mode_missing")
        return self._store(name, statistics, str(source) if source is not None else "", "computed")

    def import_npz(
        self, path: Path, name: str, mode: str | None = None, model_sha256: str | None = None
    ) -> ReferenceEntry:
        """Add a pytorch-fid, TTUR or fidgui ``.npz``; ``mode`` (and the model, if known) as the user states them.

        A fidgui file knows its own mode and model; stating different ones is refused, not overridden.
        """
        path = Path(path)
        loaded = FeatureStatistics.load(path)
        if mode is not None and mode not in all_modes():
            raise FidguiError("reference_mode_unknown", mode=mode, modes=", ".join(all_modes()))
        if mode is not None and loaded.mode is not None and mode != loaded.mode:
            raise FidguiError("reference_mode_differs", name=path.name, found=loaded.mode, mode=mode)
        if model_sha256 is not None and loaded.model_sha256 is not None and model_sha256 != loaded.model_sha256:
            raise FidguiError("reference_model_differs", name=path.name, found=_short(loaded.model_sha256),
                              model=_short(model_sha256))
        chosen_mode = mode or loaded.mode
        if chosen_mode is None:
            raise FidguiError("reference_mode_unstated", name=path.name)
        width = encoder_for_mode(chosen_mode).feature_width
        if loaded.mu.size != width:
            raise FidguiError("reference_width_mismatch", name=path.name, width=loaded.mu.size, expected=width)
        if not (np.all(np.isfinite(loaded.mu)) and np.all(np.isfinite(loaded.sigma))):
            raise FidguiError("reference_not_finite", name=path.name)
        statistics = FeatureStatistics(
            loaded.mu, loaded.sigma, loaded.n, chosen_mode, model_sha256 or loaded.model_sha256,
            encoder_for_mode(chosen_mode).name,
        )
        return self._store(name, statistics, str(path.resolve()), "imported")

    def _store(self, name: str, statistics: FeatureStatistics, source: str, origin: str) -> ReferenceEntry:
        cleaned = _clean_name(name)
        if statistics.mode not in all_modes():
            raise FidguiError("reference_mode_unknown", mode=statistics.mode, modes=", ".join(all_modes()))
        for entry in self.list_entries():
            if _name_key(entry.name) == _name_key(cleaned):
                raise FidguiError("reference_name_taken", name=entry.name, date=entry.created[:10])
        try:
            return self._write(cleaned, statistics, source, origin)
        except OSError as error:  # a full disk or a read-only folder: said, with what to do, not a traceback
            raise FidguiError("reference_save_failed", name=cleaned, folder=str(self.folder),
                              reason=str(error.strerror or error)) from error

    def _write(self, name: str, statistics: FeatureStatistics, source: str, origin: str) -> ReferenceEntry:
        """The statistics, then their description: an entry is listed only once both are whole."""
        self.folder.mkdir(parents=True, exist_ok=True)
        reference_id = f"{_slug(name)}-{secrets.token_hex(3)}"
        while (self.folder / f"{reference_id}.json").exists() or (self.folder / f"{reference_id}.npz").exists():
            reference_id = f"{_slug(name)}-{secrets.token_hex(3)}"
        assert statistics.mode is not None
        entry = ReferenceEntry(
            id=reference_id, name=name, n=statistics.n, mode=statistics.mode,
            model_sha256=statistics.model_sha256, created=_utc_now(), source=source, origin=origin,
            path=self.folder / f"{reference_id}.npz",
        )
        statistics.save(entry.path)
        try:
            write_text_atomically(
                self.folder / f"{reference_id}.json", json.dumps(entry.to_json(), indent=2, ensure_ascii=False) + "\n"
            )
        except BaseException:
            with contextlib.suppress(OSError):
                entry.path.unlink()
            raise
        return entry

    def delete(self, name_or_id: str) -> ReferenceEntry:
        """Remove a reference (its description first, so a half-finished delete never lists a broken entry)."""
        entry = self.find(name_or_id)
        try:
            (self.folder / f"{entry.id}.json").unlink()
            entry.path.unlink(missing_ok=True)
        except OSError as error:
            raise FidguiError("reference_delete_failed", name=entry.name, reason=str(error),
                              file=entry.path.name) from error
        return entry
