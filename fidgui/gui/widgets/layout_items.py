"""Taking widgets out of a layout so that they leave the window at once, not when the event loop next runs.

``deleteLater()`` alone leaves a removed widget a child of the window until the event loop handles the deferred
delete: painted in the meantime if still shown, and found by ``findChildren`` beside the widgets that replaced it
(a test of the network columns read an old English label after a language change that way).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout


def remove_items(layout: QLayout, keep_last: int = 0) -> None:
    """Remove every item of ``layout`` but the last ``keep_last``; their widgets are detached now, deleted later."""
    while layout.count() > keep_last:
        item = layout.takeAt(0)
        if (widget := item.widget()) is not None:
            widget.setParent(None)
            widget.deleteLater()
