"""The views' Map tab: every image as a point, by PCA (quick) or t-SNE (on request), with how to read it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fidgui.core.insight.feature_map import FeatureMap
from fidgui.core.insight.tsne import MAX_POINTS as TSNE_MAX_POINTS
from fidgui.core.insight.tsne import METHOD as TSNE_METHOD
from fidgui.gui.text import fill
from fidgui.gui.widgets.charts import GENERATED_COLOUR, REAL_COLOUR, ScatterChart, ScatterSeries

PCA_INDEX, TSNE_INDEX = 0, 1


class MapTab(QWidget):
    """The caption, the PCA / t-SNE choice, the scatter and its Save as PNG button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)  # user-controlled text: never read as HTML
        self.caption.setWordWrap(True)
        self.chart = ScatterChart()
        self.choice_label = QLabel()
        self.choice = QComboBox()
        self.choice.addItems(["", ""])  # PCA, t-SNE; texts set in retranslate
        self.choice_label.setBuddy(self.choice)
        self.png_button = QPushButton()
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.choice_label)
        choice_row.addWidget(self.choice)
        choice_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addLayout(choice_row)
        layout.addWidget(self.chart, 1)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.png_button)
        layout.addLayout(button_row)
        self.retranslate()

    def wants_tsne(self) -> bool:
        return self.choice.currentIndex() == TSNE_INDEX

    def retranslate(self) -> None:
        self.choice_label.setText(self.tr("&Map:"))
        self.choice.setItemText(PCA_INDEX, self.tr("PCA"))
        self.choice.setItemText(TSNE_INDEX, fill(self.tr("t-SNE (slower, up to %1 images)"), f"{TSNE_MAX_POINTS:,}"))
        self.choice.setToolTip(
            self.tr(
                "PCA shows the two main directions of variation and is quick. t-SNE keeps similar images close "
                "together, which shows groups better, but takes up to a few minutes."
            )
        )

    def show_map(self, found: FeatureMap) -> None:
        if found.method == TSNE_METHOD:
            self._show_tsne_map(found)
            return
        first, second = (f"{100 * share:.1f}" for share in found.explained_variance_ratio)
        self.caption.setText(
            fill(
                self.tr(
                    "Each point is one image, placed along the two directions in which the features of both sets "
                    "vary most; they hold %1 % and %2 % of the variation, so points close on the map may still "
                    "differ. Generated points away from the real cloud look unlike the real images; parts of the "
                    "real cloud without generated points are kinds of picture the generator misses. Hover over a "
                    "point to see its image."
                ),
                first,
                second,
            )
        )
        self.chart.set_series(
            self._series(found),
            self.tr("Map of the features of both sets"),
            fill(self.tr("Direction 1 (%1 % of the variation)"), first),
            fill(self.tr("Direction 2 (%1 % of the variation)"), second),
        )

    def _show_tsne_map(self, found: FeatureMap) -> None:
        self.caption.setText(
            self.tr(
                "Each point is one image, placed by t-SNE so that images with similar features sit close together. "
                "Look for groups of real points with no generated points among them: kinds of picture the "
                "generator misses. The axes, the distances between groups and their sizes mean nothing. Hover over "
                "a point to see its image."
            )
        )
        self.chart.set_series(
            self._series(found),
            self.tr("Map of the features of both sets (t-SNE)"),
            self.tr("t-SNE axis 1"),
            self.tr("t-SNE axis 2"),
        )

    def _series(self, found: FeatureMap) -> list[ScatterSeries]:
        return [
            ScatterSeries(fill(self.tr("Real images (%1)"), f"{len(found.real):,}"), REAL_COLOUR, found.real),
            ScatterSeries(
                fill(self.tr("Generated images (%1)"), f"{len(found.generated):,}"), GENERATED_COLOUR, found.generated
            ),
        ]
