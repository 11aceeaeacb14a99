"""How a metric's figures read: the few number layouts every front end and report shares.

A row's ``format`` takes its values (never None: a row is shown only when all its keys
have one) and returns the text; the CLI, the HTML report and the result document use
the same function, so a figure reads the same wherever it is copied from.
"""

from __future__ import annotations

from typing import Sequence

from fidgui.core.base.comparison_types import ComparisonResult
from fidgui.core.metrics.registry import Format, Row, all_metrics


def fixed(spec: str = ".4f") -> Format:
    """One value: ``12.3457``."""
    return lambda values: format(values[0], spec)


def plus_minus(mean_spec: str = ".6g", spread_spec: str = ".3g") -> Format:
    """A mean and its spread: ``0.0123 ± 0.0004``."""
    return lambda values: f"{values[0]:{mean_spec}} ± {values[1]:{spread_spec}}"


def interval(spec: str = ".4f") -> Format:
    """A low and a high bound: ``21.9000 – 25.1000``."""
    return lambda values: f"{values[0]:{spec}} – {values[1]:{spec}}"


def row_text(format_: Format, values: Sequence[float | None]) -> str | None:
    """The row's text, or None when a value is missing (the metric was not computed)."""
    if any(value is None for value in values):
        return None
    return format_([float(value) for value in values if value is not None])


def computed_rows(result: ComparisonResult) -> list[tuple[Row, str]]:
    """Every row of every registered metric that ``result`` has figures for, with its text, in display order."""
    rows = []
    for metric in all_metrics():
        for row in metric.rows:
            text = row_text(row.format, [result.metric_value(key) for key in row.keys])
            if text is not None:
                rows.append((row, text))
    return rows
