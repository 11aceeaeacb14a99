"""The comparison's settings, folded away behind a disclosure because the defaults suit most people.

Each choice carries a one-line explanation, so nobody has to know what a
"compatibility mode" is to pick the right one.
"""

from __future__ import annotations

from typing import Any

import onnxruntime
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fidgui.core.base.comparison_types import DEVICES, MODES
from fidgui.core.base.errors import Message
from fidgui.core.metrics.registry import metric, optional_ids
from fidgui.gui.widgets.retranslating import Retranslating
from fidgui.gui.app_settings import AppSettings
from fidgui.gui.text import fill, say
from fidgui.gui.widgets import settings_table
from fidgui.gui.widgets.network_modes import NetworkModes

MAX_BATCH_SIZE = 512


class SettingsPanel(Retranslating, QWidget):
    """Holds the choices; ``request_fields()`` hands them to a ComparisonRequest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_device: Message | None = None  # worded again in each language the window switches to
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_expanded)
        self.summary = QLabel()
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        header = QHBoxLayout()
        header.addWidget(self.toggle)
        header.addWidget(self.summary, 1)

        self.mode = QComboBox()
        for code in MODES:
            self.mode.addItem(code, code)
        self.mode.currentIndexChanged.connect(self.retranslate)
        self.mode_help = _help_label()
        self.exact_reading = QCheckBox()
        self.exact_reading.toggled.connect(self.retranslate)
        self.top_level_only = QCheckBox()  # pytorch-fid's listing: no subfolders, its extensions as written
        self.device = QComboBox()
        for code in DEVICES:
            self.device.addItem(code, code)
        self.device.currentIndexChanged.connect(self.retranslate)
        self.device_help = _help_label()
        self.batch_size = QSpinBox()
        self.batch_size.setRange(1, MAX_BATCH_SIZE)
        self.batch_help = _help_label()
        self.fid = QCheckBox()
        self.fid.setChecked(True)
        self.fid.setEnabled(False)  # FID is what the application is for
        self.kid = QCheckBox()
        self.inception_score = QCheckBox()
        self.prdc = QCheckBox()
        self.fid_interval = QCheckBox()
        self.fid_infinity = QCheckBox()
        self.save_statistics = QCheckBox()
        self.use_cache = QCheckBox()
        self.cache_help = _help_label()
        self.cluster = QLineEdit()  # a Dask scheduler's address; empty computes here
        self.cluster_label, self.cluster_help = QLabel(), _help_label()
        self.cluster_label.setBuddy(self.cluster)
        named = {"kid": self.kid, "is": self.inception_score, "prdc": self.prdc, "fid_interval": self.fid_interval,
                 "fid_infinity": self.fid_infinity}
        self.metric_boxes = {item: named.get(item) or QCheckBox() for item in optional_ids()}  # the registry's order
        self._more_metrics = [item for item in self.metric_boxes if item not in named]  # labelled by the registry
        metrics = QVBoxLayout()
        for box in (self.fid, *self.metric_boxes.values()):
            metrics.addWidget(box)
        self.network_modes = NetworkModes(self.metric_boxes)

        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.mode_label, self.device_label, self.batch_label, self.metrics_label = (QLabel() for _ in range(4))
        self.mode_label.setBuddy(self.mode)
        self.device_label.setBuddy(self.device)
        self.batch_label.setBuddy(self.batch_size)
        form.addRow(self.mode_label, self.mode)
        form.addRow("", self.mode_help)
        form.addRow("", self.exact_reading)
        form.addRow("", self.top_level_only)
        form.addRow(self.device_label, self.device)
        form.addRow("", self.device_help)
        form.addRow(self.batch_label, self.batch_size)
        form.addRow("", self.batch_help)
        form.addRow(self.metrics_label, metrics)
        form.addRow("", self.network_modes)
        form.addRow("", self.save_statistics)
        form.addRow("", self.use_cache)
        form.addRow("", self.cache_help)
        form.addRow(self.cluster_label, self.cluster)
        form.addRow("", self.cluster_help)
        self.body.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.body)
        self.reset()

    @Slot(bool)
    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)

    def request_fields(self) -> dict[str, Any]:
        """The keyword arguments of ComparisonRequest that these settings decide."""
        chosen = {name: box.isChecked() for name, box in self._optional_metrics().items()}
        metrics = ["fid"] + [name for name, wanted in chosen.items() if wanted]
        return {
            "mode": self.mode.currentData(),
            "decode": "pil" if self.exact_reading.isChecked() else "faithful",
            "top_level_only": self.top_level_only.isChecked(),
            "device": self.device.currentData(),
            "batch_size": self.batch_size.value(),
            "metrics": tuple(metrics),
            "cluster": self.cluster.text().strip() or None,
            "encoder_modes": self.network_modes.encoder_modes(),
        }

    def _optional_metrics(self) -> dict[str, QCheckBox]:
        """Each metric besides FID by its id in the metric registry, in the order they are listed."""
        return self.metric_boxes

    def cache_wanted(self) -> bool:
        return self.use_cache.isChecked()

    def show_device_used(self, description: Message) -> None:
        self.last_device = description
        self.retranslate()

    def state(self) -> dict[str, Any]:
        """Every remembered choice by its name in ``settings_table.SETTINGS``."""
        fields = self.request_fields()
        return {
            "mode": fields["mode"],
            "device": fields["device"],
            "decode": fields["decode"],
            "top_level_only": fields["top_level_only"],
            "batch_size": fields["batch_size"],
            "metrics": list(fields["metrics"]),
            "feature_cache": self.use_cache.isChecked(),
            "save_statistics": self.save_statistics.isChecked(),
            "cluster": self.cluster.text().strip(),
            "expanded": self.toggle.isChecked(),
            "network_modes": self.network_modes.modes(),
        }

    def set_state(self, values: dict[str, Any]) -> None:
        _select(self.mode, values["mode"])
        _select(self.device, values["device"])
        self.exact_reading.setChecked(values["decode"] == "pil")
        self.top_level_only.setChecked(bool(values["top_level_only"]))
        self.batch_size.setValue(int(values["batch_size"]))
        for name, box in self._optional_metrics().items():
            box.setChecked(name in values["metrics"])
        self.use_cache.setChecked(bool(values["feature_cache"]))
        self.save_statistics.setChecked(bool(values["save_statistics"]))
        self.cluster.setText(str(values.get("cluster") or ""))
        self.set_expanded(bool(values["expanded"]))
        self.network_modes.set_modes(list(values["network_modes"]))
        self.retranslate()

    def reset(self) -> None:
        """Back to the defaults: the engine's own for the comparison, the table's for the rest."""
        self.set_state(settings_table.defaults())

    def load(self, settings: AppSettings) -> None:
        self.set_state(settings_table.load(settings))

    def save(self, settings: AppSettings) -> None:
        settings_table.save(settings, self.state())

    @Slot()
    def retranslate(self) -> None:
        self.toggle.setText(self.tr("&Settings"))
        self.mode_label.setText(self.tr("Compatibility &mode:"))
        self.device_label.setText(self.tr("&Device:"))
        self.batch_label.setText(self.tr("&Batch size:"))
        self.metrics_label.setText(self.tr("Metrics:"))
        mode_names = {
            "pytorch-fid": self.tr("pytorch-fid (recommended)"),
            "tensorflow": self.tr("TensorFlow (original TTUR code)"),
            "clean": self.tr("clean-fid"),
        }
        mode_help = {
            "pytorch-fid": self.tr("Gives the numbers of pytorch-fid, used by most papers since 2020."),
            "tensorflow": self.tr(
                "Gives the numbers of the original TensorFlow code (TTUR), as torch-fidelity reproduces them."
            ),
            "clean": self.tr("Gives the numbers of clean-fid, which resizes images with antialiasing."),
        }
        for index in range(self.mode.count()):
            self.mode.setItemText(index, mode_names[self.mode.itemData(index)])
        self.mode_help.setText(mode_help[self.mode.currentData()])
        self.exact_reading.setText(
            self.tr("Read images exactly as pytorch-fid does (16-bit, rotated and transparent pictures are not fixed)")
        )
        self.top_level_only.setText(say(Message("setting_top_level_only")))
        self.top_level_only.setToolTip(say(Message("setting_top_level_only_tip")))
        device_names = {"auto": self.tr("Automatic"), "cuda": self.tr("GPU (NVIDIA CUDA)"), "cpu": self.tr("CPU")}
        for index in range(self.device.count()):
            self.device.setItemText(index, device_names[self.device.itemData(index)])
        if "CUDAExecutionProvider" in onnxruntime.get_available_providers():
            detected = self.tr(
                "GPU support is installed; whether this computer's GPU works is checked when a comparison starts."
            )
        else:
            detected = self.tr("This copy of fidgui has no GPU support, so it computes on the CPU.")
        if self.last_device:
            detected += " " + fill(self.tr("The last comparison ran on: %1."), say(self.last_device))
        self.device_help.setText(detected)
        self.batch_help.setText(
            self.tr("Images read at once. Lower it if the computer runs out of memory; the result does not change.")
        )
        self.fid.setText(self.tr("FID (always computed)"))
        self.kid.setText(self.tr("KID (Kernel Inception Distance)"))
        self.inception_score.setText(self.tr("Inception Score"))
        self.prdc.setText(self.tr("Precision and recall"))
        self.prdc.setToolTip(self.tr("Also density and coverage; needs at least 6 images on each side."))
        self.fid_interval.setText(self.tr("FID interval (slower: 50 extra FIDs)"))
        self.fid_infinity.setText(self.tr("FID-infinity (needs 4,096+ generated images)"))
        for name in self._more_metrics:
            self.metric_boxes[name].setText(say(metric(name).choice))
        self.use_cache.setText(self.tr("Use the feature cache"))
        self.cache_help.setText(
            self.tr(
                "Remembers what the network saw in each image, so comparing the same images again takes seconds. "
                "The figures do not change."
            )
        )
        self.save_statistics.setText(
            self.tr("Also save the statistics of both sides (.npz), to compare against them later without the images")
        )
        self.cluster_label.setText(say(Message("cluster_setting_label")))
        self.cluster.setPlaceholderText(say(Message("cluster_setting_placeholder")))
        self.cluster_help.setText(say(Message("cluster_setting_help")))
        fields = self.request_fields()
        summary = self.tr("Mode: %1 · Device: %2")
        self.summary.setText(fill(summary, mode_names[fields["mode"]], device_names[fields["device"]]))


def _help_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _select(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)
