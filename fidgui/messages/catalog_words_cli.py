"""English lines the command line prints around the engine's messages (issue 11): prefixes, summaries, lists.

The English is what ``fidgui-cli`` printed before these lines had codes, so scripts reading English output see
no change. Column padding is done by the caller on the values (``{id}`` arrives already right-aligned).
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "cli_warning": "warning: {message}",
    "cli_skipped": "skipped: {path}: {reason}",
    "cli_stopped": "stopped.",
    "cli_summary": "images: {real:n} real, {generated:n} generated; mode {mode}; device {device}; {seconds:.1f} s",
    "cli_summary_cached": "images: {real:n} real, {generated:n} generated ({cached:n} from the feature cache); "
    "mode {mode}; device {device}; {seconds:.1f} s",
    "cli_metric_steps": "metrics: {done}/{total} steps",
    "cli_progress_side": "{side}: {done}/{total} images, {rate:.1f} images/s",
    "cli_progress_rate": "{rate:5.1f} images/s",
    "cli_progress_left": "{time} left",
    "cli_history_exported": "{count} comparisons written to {path}",
    "cli_history_line": "{id}  {created}  FID {fid}  {real}/{generated} images  {mode}  {real_source} vs "
    "{generated_source}",
    "cli_history_empty": "No comparisons recorded yet.",
    "cli_history_no_match": "No comparisons match that filter.",
    "cli_reference_saved": "Saved '{name}': {count} images, {mode} mode (use it as {reference}).",
    "cli_reference_imported": "Imported '{name}' as {mode} statistics of {count} images.",
    "cli_reference_imported_unknown": "Imported '{name}' as {mode} statistics of an unknown number of images.",
    "cli_reference_deleted": "Deleted '{name}'.",
    "cli_reference_line": "{name}: {count} images, {mode} mode, model {model}, saved {date}, from {source}",
    "cli_references_empty": "No references saved yet: 'fidgui-cli reference save NAME FOLDER' makes one.",
    "cli_cache_cleared": "The feature cache was cleared; {megabytes:.1f} MB freed.",
    "cli_cache_size": "The feature cache at {path} holds {megabytes:.1f} MB.",
    "cli_model_installed": "Model installed at {path}",
}
