"""The Qt binding we install must not leak references to None.

PySide6-Essentials 6.12.0 drops one reference to None on every call that returns
nothing (setText, processEvents ...). On Python 3.11, where None is not immortal,
a long run then aborts with "Fatal Python error: none_dealloc". pyproject.toml keeps
that release out; this test fails if a release with the same defect comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_that_return_nothing_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for index in range(2000):
        label.setText(str(index))
    assert sys.getrefcount(None) - before > -100
