"""The device a comparison ran on, worded in the reader's language from the stored key, old history entries too.

The history keeps the device as a fixed English key ("CPU (2 threads)"); what a reader sees is the ``device_*``
message made from it, so an entry stored before device messages existed reads as well as a new one.
"""

from __future__ import annotations

from pathlib import Path

from fidgui.core.base.device_keys import CUDA_KEY, NONE_KEY, cpu_key, device_message
from fidgui.core.base.errors import Message
from fidgui.core.stores.history import HistoryEntry
from fidgui.gui import language
from fidgui.gui.widgets.history_table import COLUMNS, SORT_ROLE, history_row
from fidgui.messages import translations
from fidgui.messages.render import render


def _entry(device: str | None) -> HistoryEntry:
    return HistoryEntry(id=1, created="2026-01-02T03:04:05+00:00", real_source=str(Path("/a/real")),
                        generated_source=str(Path("/a/generated")), n_real=10, n_generated=10, mode="pytorch-fid",
                        decode="faithful", model_sha256="0" * 64, model_is_standard=True, device=device)


def test_every_stored_key_becomes_its_message_and_an_unknown_one_is_shown_as_written() -> None:
    assert device_message("CPU (2 threads)") == Message("device_cpu", threads=2)
    assert device_message("CPU (1 thread)") == Message("device_cpu", threads=1) == device_message(cpu_key(1))
    assert device_message(cpu_key(16)) == Message("device_cpu", threads=16)
    assert device_message("NVIDIA GPU via CUDA") == device_message(CUDA_KEY) == Message("device_cuda")
    assert device_message(NONE_KEY) == Message("device_none")
    assert render(device_message("TPU v5")) == "TPU v5"  # a key from another version: as written, not lost
    assert render(device_message(None)) == ""


def test_the_history_device_column_speaks_the_window_language_for_old_and_new_entries(qapp) -> None:  # type: ignore
    japanese = translations.translator("ja")
    expected = {"CPU (4 threads)": render(Message("device_cpu", threads=4), japanese),
                CUDA_KEY: render(Message("device_cuda"), japanese), NONE_KEY: render(Message("device_none"), japanese)}
    assert expected["CPU (4 threads)"] == "CPU（4 スレッド）"
    try:
        language.switcher().apply("ja")
        for key, worded in expected.items():
            cell = history_row(_entry(key), {})[COLUMNS.index("device")]
            assert cell.text() == worded
            assert cell.data(SORT_ROLE) == key  # sorting (and nothing else) keeps the stored key
    finally:
        language.switcher().apply(language.ENGLISH)
    assert history_row(_entry("CPU (4 threads)"), {})[COLUMNS.index("device")].text() == "CPU (4 threads)"
