"""The few charts the views need, drawn with QPainter, one module per chart; the names are gathered here."""

from fidgui.gui.widgets.charts.base import (
    GENERATED_COLOUR,
    KID_COLOUR,
    REAL_COLOUR,
    Chart,
    nice_ticks,
    png_bytes,
    save_png,
)
from fidgui.gui.widgets.charts.contact_sheet import contact_sheet
from fidgui.gui.widgets.charts.heat_map import HeatMap
from fidgui.gui.widgets.charts.line import LineChart, LineSeries
from fidgui.gui.widgets.charts.scatter import ScatterChart, ScatterSeries

__all__ = [
    "GENERATED_COLOUR", "KID_COLOUR", "REAL_COLOUR", "Chart", "HeatMap", "LineChart", "LineSeries", "ScatterChart",
    "ScatterSeries", "contact_sheet", "nice_ticks", "png_bytes", "save_png",
]
