"""A result's settings as a person reads them: a label and a worded value per setting, never a key and a repr.

The HTML report and the window's details showed ``Setting: metrics ['fid']`` and ``device_requested auto``;
both now list ``Metrics: FID`` and ``Device asked for: Automatic`` from here, in the reader's language
(``render`` is the front end's). A setting added later without a label still shows, under its key.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

from fidgui.core.base.errors import FidguiError, Message

Render = Callable[[Message], str]

ORDER = ("metrics", "dims", "top_level_only", "encoder", "device_requested", "batch_size", "num_workers", "kid_subset_size",
         "kid_subsets", "isc_splits", "nearest_k", "seed", "model_path", "encoder_modes", "cluster")
_WORDED_VALUES = {"device_requested", "encoder"}  # values that are codes: worded as setting_value_<key>_<value>


def setting_rows(settings: Mapping[str, Any], render: Render) -> list[tuple[str, str]]:
    """(label, value) of each setting that was given; those left at None, False or empty (the defaults) are left
    out."""
    known = [key for key in ORDER if key in settings]
    others = sorted(key for key in settings if key not in ORDER)
    rows = []
    for key in known + others:
        value = settings[key]
        if value is None or value is False or value == "" or value == []:
            continue
        label = render(Message(f"setting_label_{key}")) if key in ORDER else render(
            Message("report_setting", name=key))
        rows.append((label, _value_text(key, value, render)))
    return rows


def _value_text(key: str, value: Any, render: Render) -> str:
    if key == "metrics":
        return render(Message("report_list_separator")).join(_metric_name(item, render) for item in value)
    if key == "encoder_modes":  # mode names, the same in every language
        return render(Message("report_list_separator")).join(str(item) for item in value)
    if isinstance(value, bool):
        return render(Message("report_yes" if value else "report_no"))
    if key in _WORDED_VALUES:
        return render(Message(f"setting_value_{key}_{value}"))
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}" if key != "seed" else str(value)
    return str(value)


def _metric_name(metric_id: str, render: Render) -> str:
    from fidgui.core.metrics.registry import metric

    try:
        return render(metric(metric_id).label)
    except FidguiError:  # a metric this version does not know (a result from a newer fidgui)
        return str(metric_id)


def converted_counts(converted: Mapping[str, int], render: Render) -> str:
    """"transparent 2, 16-bit 1": the conversion notes of a side in words, as the report lists them."""
    return render(Message("report_list_separator")).join(
        render(Message("report_converted_count", kind=Message(f"report_kind_{code}"), count=count))
        for code, count in sorted(converted.items())
    )
