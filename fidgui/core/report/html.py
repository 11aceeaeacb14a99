"""A comparison as one HTML file a person can e-mail: the figures, what to be careful about, how it was made.

Everything is inside the one file (styles inline, pictures as base64 ``data:`` URLs),
so it opens the same in any browser, offline, after being attached or moved. Every
piece of text that came from outside the program (folder and file names, warning
sentences, settings) is escaped: a folder named ``<script>`` shows as its name and
never runs. The pictures are PNG bytes drawn by the caller (the window renders its
charts), which keeps this module free of any drawing library.

The figures are the rows of every registered metric (``fidgui.core.metrics.registry``)
that this result has, labelled by the metric's own messages; the caller passes the
front end's ``wording`` that words them and every heading, label and row name (codes
``report_*``), since the core holds no sentences. The ``lang`` attribute and the font
stack follow the language, so a browser picks Japanese glyphs for Japanese and
Traditional ones for 繁體中文 rather than whichever CJK font it finds first.
"""

from __future__ import annotations

import base64
import html
import platform
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import onnxruntime

import fidgui
from fidgui.core.base.atomic_files import write_text_atomically
from fidgui.core.base.comparison_types import ComparisonResult, SideSummary
from fidgui.core.base.errors import FidguiError, Message, Wording, english
from fidgui.core.metrics.formats import computed_rows
from fidgui.core.report.settings_words import converted_counts, setting_rows

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
Figure = tuple[str, bytes]  # (caption, PNG bytes)
Render = Callable[[Message], str]  # a message code and its parameters -> the sentence in the reader's language

_LATIN_FONTS = 'system-ui, -apple-system, "Segoe UI", "Noto Sans"'
_CJK_FONTS = {  # per language: the Noto/Source Han face, then macOS's and Windows's own
    "zh_CN": '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"',
    "zh_TW": '"Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei"',
    "ja": '"Noto Sans CJK JP", "Source Han Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", '
    '"Meiryo"',
}
_STYLE = """
body { max-width: 60em; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.45; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.8em; border-bottom: 1px solid #ddd; }
.fid { font-size: 2.6em; font-weight: bold; margin: 0.2em 0; }
table { border-collapse: collapse; } td, th { padding: 0.25em 0.8em; border-bottom: 1px solid #eee; text-align: left; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
.warning { background: #fff4e0; border-left: 4px solid #c77700; padding: 0.4em 0.8em; margin: 0.4em 0; }
.banner { border: 2px solid #c77700; border-radius: 6px; padding: 0.6em; }
code { font-size: 0.9em; word-break: break-all; }
figure { margin: 1em 0; } figure img { max-width: 100%; border: 1px solid #ddd; }
figcaption { color: #555; }
"""


def font_stack(language: str) -> str:
    """The CSS ``font-family`` for a language: its CJK faces first, so Latin text uses their matching Latin glyphs."""
    cjk = _CJK_FONTS.get(language)
    if cjk is None:
        return f'{_LATIN_FONTS}, "Noto Sans CJK SC", sans-serif'
    return f"{cjk}, {_LATIN_FONTS}, sans-serif"


def _text(value: object) -> str:
    return html.escape(str(value), quote=True)


def _number(value: float | None, digits: str = ".4f") -> str:
    return "—" if value is None else format(value, digits)


def _figure_rows(result: ComparisonResult, render: Render) -> list[tuple[str, str]]:
    """(name, value) of every figure this result has; metrics not computed are left out, not shown as blanks."""
    return [(render(row.label), text) for row, text in computed_rows(result)]


def _table(rows: Iterable[tuple[str, object]], numeric: bool = False) -> str:
    cell = '<td class="number">' if numeric else "<td>"
    body = "".join(f"<tr><th>{_text(name)}</th>{cell}{_text(value)}</td></tr>" for name, value in rows)
    return f"<table>{body}</table>"


def _side_rows(name: str, side: SideSummary, render: Render) -> list[tuple[str, object]]:
    label = Message(f"report_{name}")
    kind = "report_side_statistics" if side.from_statistics else "report_side_folder"
    rows: list[tuple[str, object]] = [
        (render(Message(kind, side=label)), side.source),
        (render(Message("report_side_used", side=label)), f"{side.n_images:,}"),
    ]
    if side.from_cache:
        rows.append((render(Message("report_side_cached", side=label)), f"{side.from_cache:,}"))
    if side.converted:
        counts = converted_counts(side.converted, render)
        rows.append((render(Message("report_side_converted", side=label)), counts))
    return rows


def _figures_html(figures: Sequence[Figure]) -> str:
    parts = []
    for caption, data in figures:
        if not data.startswith(PNG_SIGNATURE):
            raise FidguiError("report_picture_not_png", caption=caption)
        encoded = base64.b64encode(data).decode("ascii")
        parts.append(
            f'<figure><img src="data:image/png;base64,{encoded}" alt="{_text(caption)}">'
            f"<figcaption>{_text(caption)}</figcaption></figure>"
        )
    return "".join(parts)


def result_to_html(
    result: ComparisonResult,
    figures: Sequence[Figure] = (),
    title: str | None = None,
    *,
    wording: Wording | None = None,
    language: str = "en",
) -> str:
    """The whole report as one HTML document (UTF-8 text), every word of it worded by the front end's ``wording``."""
    say = wording or english

    def heading(code: str, **params: object) -> str:
        return f"<h2>{_text(say(Message(code, params)))}</h2>"

    title = title if title is not None else say(Message("report_title"))
    sections = [f"<h1>{_text(title)}</h1>"]
    if not result.model_is_standard:
        sections.append(f'<p class="banner">{_text(say(Message("report_banner_non_standard")))}</p>')
    sections.append(f'<p class="fid">FID {_text(_number(result.fid, ".2f"))}</p>')
    sections.append(heading("report_figures") + _table(_figure_rows(result, say), numeric=True))
    sides = _side_rows("real", result.real, say) + _side_rows("generated", result.generated, say)
    sections.append(heading("report_images") + _table(sides))
    warnings = [notice for notice in result.warnings if notice.code != "skipped"]
    if warnings:
        items = "".join(f'<p class="warning">{_text(say(notice.message))}</p>' for notice in warnings)
        sections.append(heading("report_warnings", count=len(warnings)) + items)
    skipped = result.real.skipped + result.generated.skipped
    if skipped:
        items = "".join(f"<li><code>{_text(item.path)}</code>: {_text(say(item.reason))}</li>" for item in skipped)
        sections.append(heading("report_skipped", count=len(skipped)) + f"<ul>{items}</ul>")
    if figures:
        sections.append(heading("report_views") + _figures_html(figures))
    sections.append(heading("report_how") + _table(_how_rows(result, say)))
    sections.append(heading("report_versions") + _table(_version_rows(say)))
    body = "\n".join(sections)
    return (
        f'<!DOCTYPE html>\n<html lang="{_text(language.replace("_", "-"))}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_text(title)}</title>\n<style>body {{ font-family: {font_stack(language)}; }}{_STYLE}</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _how_rows(result: ComparisonResult, say: Render) -> list[tuple[str, object]]:
    """Settings and provenance; mode and reading names (pytorch-fid, faithful) stay as written, settings in words."""
    standard = Message("report_yes" if result.model_is_standard else "report_no")
    return [
        (say(Message("report_mode")), result.mode),
        (say(Message("report_decode")), result.decode),
        (say(Message("report_weights_sha256")), result.model_sha256),
        (say(Message("report_standard_weights")), say(standard)),
        (say(Message("report_device")), say(result.described_device())),
        (say(Message("report_time")), say(Message("report_seconds", seconds=result.seconds))),
        *setting_rows(result.settings, say),  # "Metrics: FID, KID", never "Setting: metrics ['fid', 'kid']"
        *_network_rows(result, say),
    ]


def _network_rows(result: ComparisonResult, say: Render) -> list[tuple[str, object]]:
    """The network, mode and weights of each metric not computed with the result's own (FID's) network."""
    from fidgui.core.metrics.registry import metric_ids, metric

    rows: list[tuple[str, object]] = []
    for metric_id, record in result.metric_encoders.items():
        if record.get("encoder") == result.settings.get("encoder"):
            continue
        label = say(metric(metric_id).label) if metric_id in metric_ids() else metric_id
        value = f"{record.get('encoder')} / {record.get('mode')} / {record.get('model_sha256')}"
        rows.append((say(Message("report_metric_network", metric=label)), value))
    return rows


def _version_rows(say: Render) -> list[tuple[str, object]]:
    return [
        ("fidgui", fidgui.__version__),
        ("numpy", np.__version__),
        ("onnxruntime", onnxruntime.__version__),
        ("Python", platform.python_version()),
        (say(Message("report_written")), datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
    ]


def write_html(
    result: ComparisonResult,
    path: Path,
    figures: Sequence[Figure] = (),
    title: str | None = None,
    *,
    wording: Wording | None = None,
    language: str = "en",
) -> None:
    """Write the report in one step: a cancelled or failed save leaves no half file."""
    write_text_atomically(Path(path), result_to_html(result, figures, title, wording=wording, language=language))
