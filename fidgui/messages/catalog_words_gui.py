"""The window's own words that need the catalogue (issue 11): a warning's heading, counts with plurals.

The heading ends with the reader's full stop (。 in Chinese and Japanese, with no space after it); the markup
stays in the template so a translation moves the stop, never the bold. ``heading`` and ``sentence`` arrive
already escaped for rich text.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "gui_notice_item": "<b>{heading}.</b> {sentence}",
    # The history window's count (Qt's %1 could not say "1 comparison").
    "gui_history_count": "{count:n} {count:one:comparison|comparisons}",
    "gui_history_count_shown": "{shown:n} of {total:n} {total:one:comparison|comparisons} shown",
}
