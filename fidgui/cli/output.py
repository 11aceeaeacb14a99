"""What ``fidgui-cli fid`` prints: the result lines for a person, or the JSON document for a script."""

from __future__ import annotations

import json
import sys
from typing import Any

from fidgui.cli.messages import current_language, english, say
from fidgui.core.base.comparison_types import ComparisonResult, Notice, SideSummary
from fidgui.core.base.errors import Message, as_message, message_to_dict
from fidgui.core.metrics.formats import computed_rows


def print_notice(notice: Notice) -> None:
    """A warning as it happens; skipped files and failed saves are reported once, at the end."""
    if notice.code not in ("skipped", "stats_not_saved"):
        print(say(Message("cli_warning", message=notice.message)), file=sys.stderr)


def print_skipped(result: ComparisonResult) -> None:
    for skipped in result.real.skipped + result.generated.skipped:
        print(say(Message("cli_skipped", path=skipped.path, reason=skipped.reason)), file=sys.stderr)


def json_document(result: ComparisonResult) -> dict[str, Any]:
    """The result document (English sentences, codes, parameters) plus each sentence in the chosen language."""
    from fidgui.core.report.document import result_to_dict

    document = result_to_dict(result, english)
    document["language"] = current_language()
    document["device_translated"] = say(result.described_device())
    for entry, notice in zip(document["notices"], result.warnings):
        entry["translated"] = say(notice)
    skipped = result.real.skipped + result.generated.skipped
    for entry, item in zip(document["skipped"], skipped):
        entry["reason_translated"] = say(item.reason)
    return document


def add_store_notices(document: dict[str, Any], notices: list[Any]) -> None:
    """Notices of the stores around the run (a cache that turned itself off, a read-only history) in the JSON too."""
    for notice in notices:
        message = as_message(notice)
        document["warnings"].append(english(message))
        document["warning_codes"].append(message.code)
        document["notices"].append({"code": message.code, "text": english(message), "message": message_to_dict(message),
                                    "translated": say(message)})


def print_json(document: dict[str, Any]) -> None:
    print(json.dumps(document, indent=2, ensure_ascii=False, default=str))


def _count(side: SideSummary) -> int | str:
    return side.n_images if side.count_known else "?"  # a pytorch-fid or TTUR file records no count


def result_lines(result: ComparisonResult) -> list[str]:
    """A line per figure of every registered metric this result has (the registry's labels and formats)."""
    lines = [f"{say(row.label)}: {text}" for row, text in computed_rows(result)]
    cached = result.real.from_cache + result.generated.from_cache
    summary = Message(
        "cli_summary_cached" if cached else "cli_summary", real=_count(result.real),
        generated=_count(result.generated), cached=cached, mode=result.mode, device=result.described_device(),
        seconds=result.seconds,
    )
    lines.append(say(summary))
    return lines
