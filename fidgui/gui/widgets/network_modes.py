"""The preprocessing mode of each network beside Inception (FD_DINOv2: dgm-eval, edm2, edm2-pil; CMMD: cmmd).

Inception's mode has its own choice above ("Compatibility mode"); every other registered network gets a
row here, named after its metrics, enabled while one of those metrics is ticked. A network nobody asks for
is never read, so its row is only a setting; the chosen modes go into ``ComparisonRequest.encoder_modes``,
and every row's choice is remembered with the other settings (``settings_table``).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from fidgui.core.base.errors import Message
from fidgui.core.encoders.registry import encoders
from fidgui.core.metrics.registry import all_metrics
from fidgui.gui.text import say
from fidgui.gui.widgets.retranslating import Retranslating
from fidgui.messages import catalog_e2e13

_MODE_CODE = "e2e13_mode_{}"


def mode_name(mode: str) -> str:
    """A mode's name with what it matches, in the reader's language (the bare name for a mode not described)."""
    code = _MODE_CODE.format(mode)
    return say(Message(code)) if code in catalog_e2e13.ENGLISH else mode


class NetworkModes(Retranslating, QWidget):
    """One mode choice per network beside Inception; ``metric_boxes`` are the settings' metric check boxes."""

    def __init__(self, metric_boxes: dict[str, QCheckBox], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metric_boxes = metric_boxes
        self.labels: dict[str, QLabel] = {}
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for encoder in encoders()[1:]:
            combo = QComboBox()
            for mode in encoder.modes:
                combo.addItem(mode, mode)
            label = QLabel()
            label.setBuddy(combo)
            self.labels[encoder.name], self.combos[encoder.name] = label, combo
            form.addRow(label, combo)
        for box in metric_boxes.values():
            box.toggled.connect(self.follow_metrics)
        self.retranslate()

    def _metrics_of(self, network: str) -> list[str]:
        return [item.id for item in all_metrics() if item.encoder == network and item.id in self.metric_boxes]

    @Slot()
    def follow_metrics(self) -> None:
        """A network's choice is enabled while one of its metrics is ticked."""
        for network, combo in self.combos.items():
            combo.setEnabled(any(self.metric_boxes[item].isChecked() for item in self._metrics_of(network)))

    def encoder_modes(self) -> tuple[str, ...]:
        """The chosen mode of every network a ticked measure reads (a result then records only modes that were used)."""
        return tuple(combo.currentData() for combo in self.combos.values() if combo.isEnabled())

    def modes(self) -> list[str]:
        """Every row's chosen mode, asked for or not: what the settings remember for the next start."""
        return [combo.currentData() for combo in self.combos.values()]

    def set_modes(self, modes: list[str]) -> None:
        """Each row to the mode of ``modes`` it offers, else to its first (default) mode; unknown modes are
        ignored (a settings file from a version with other modes)."""
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        for mode in modes:
            self.set_mode(mode)

    def set_mode(self, mode: str) -> bool:
        """Choose ``mode`` in its network's row; False when no row offers it."""
        for combo in self.combos.values():
            index = combo.findData(mode)
            if index >= 0:
                combo.setCurrentIndex(index)
                return True
        return False

    @Slot()
    def retranslate(self) -> None:
        for network, label in self.labels.items():
            names = ", ".join(say(item.label) for item in all_metrics() if item.encoder == network) or network
            label.setText(say(Message("e2e13_mode_label", metric=names)))
            combo = self.combos[network]
            for index in range(combo.count()):
                combo.setItemText(index, mode_name(combo.itemData(index)))
        self.follow_metrics()
