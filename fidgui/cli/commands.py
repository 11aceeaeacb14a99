"""What each ``fidgui-cli`` command does; every sentence from the engine is worded by ``fidgui.cli.messages``."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from fidgui.cli.messages import say, warn
from fidgui.cli.output import add_store_notices, json_document, print_json, print_notice, print_skipped, result_lines
from fidgui.cli.progress import ProgressPrinter
from fidgui.core.base.comparison_types import ComparisonRequest
from fidgui.core.base.errors import FidguiError, Message

DEFAULTS = {f.name: f.default for f in dataclasses.fields(ComparisonRequest)}
REFERENCE_PREFIX = "ref:"


def _side_path(argument: str) -> Path:
    """A folder, a statistics file, or ``ref:NAME`` for a statistics file saved in the reference library."""
    if argument.startswith(REFERENCE_PREFIX):
        from fidgui.core.stores.reference_library import ReferenceLibrary

        return ReferenceLibrary().find(argument[len(REFERENCE_PREFIX):]).path
    return Path(argument)


def _request(args: argparse.Namespace, real: Path, generated: Path) -> ComparisonRequest:
    return ComparisonRequest(
        real=real,
        generated=generated,
        mode=args.mode,
        decode=args.decode,
        batch_size=args.batch_size,
        device=args.device,
        metrics=tuple(dict.fromkeys(["fid", *getattr(args, "metrics", [])])),
        encoder_modes=_encoder_modes(args),
        model=Path(args.model) if args.model else None,
        save_stats_prefix=Path(args.save_stats) if getattr(args, "save_stats", None) else None,
        kid_subset_size=getattr(args, "kid_subset_size", DEFAULTS["kid_subset_size"]),
        seed=getattr(args, "seed", DEFAULTS["seed"]),
        **{name: getattr(args, name) for name in _MORE_OPTIONS if hasattr(args, name)},
    )


_MORE_OPTIONS = ("kid_subsets", "isc_splits", "nearest_k", "num_workers", "cluster", "dims", "top_level_only")


def _encoder_modes(args: argparse.Namespace) -> tuple[str, ...]:
    """The other networks' modes given as ``--NAME-mode`` (each mode names its network)."""
    from fidgui.core.encoders.registry import encoders

    return tuple(mode for encoder in encoders()[1:] if (mode := getattr(args, f"{encoder.name}_mode", None)))


def progress_printer(args: argparse.Namespace) -> ProgressPrinter | None:
    """Progress on stderr, or none with ``--quiet``."""
    return None if getattr(args, "quiet", False) else ProgressPrinter(sys.stderr)


def notice_printer(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Warnings on stderr as they happen, or none with ``--quiet`` (they stay in the JSON's notices)."""
    return None if getattr(args, "quiet", False) else print_notice


def _cache(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from fidgui.core.stores.feature_cache import FeatureCache

    return None if args.no_cache else FeatureCache()


def command_fid(args: argparse.Namespace) -> int:
    from fidgui.core.run.comparison import run_comparison
    from fidgui.core.run.recording import record_comparison

    request = _request(args, _side_path(args.real), _side_path(args.generated))
    cache = _cache(args)
    seen = len(cache.notices) if cache is not None else 0  # those the run reports itself
    try:
        result = run_comparison(request, on_progress=progress_printer(args), on_notice=notice_printer(args),
                                cache=cache)
    finally:
        if cache is not None:
            cache.close()
    store_notices: list[object] = list(cache.notices[seen:]) if cache is not None else []  # e.g. a cache turned off
    document = json_document(result)
    if not args.no_history:
        try:
            store_notices += record_comparison(result)
        except FidguiError as error:
            store_notices.append(Message("cli_history_not_recorded", reason=error.message))
    for notice in store_notices:
        warn(notice)
    add_store_notices(document, store_notices)
    not_saved = [notice for notice in result.warnings if notice.code == "stats_not_saved"]
    if args.json:
        print_json(document)
    else:
        if not args.quiet:
            print_skipped(result)
        for line in result_lines(result):
            print(line)
    for notice in not_saved:  # after the figures, which a failed save never loses
        print(f"fidgui-cli: {say(notice)}", file=sys.stderr)
    return 1 if not_saved else 0


def command_history(args: argparse.Namespace) -> int:
    from fidgui.core.stores.history import History, export_csv

    with History() as history:
        for notice in history.notices:  # e.g. a damaged history set aside, or a read-only one
            warn(notice)
        if args.history_command == "show":
            print(json.dumps(history.get(args.id), indent=2, ensure_ascii=False))
            return 0
        entries = history.list_entries(args.filter, args.limit)
        if args.history_command == "export":
            export_csv(entries, Path(args.file))
            print(say(Message("cli_history_exported", count=len(entries), path=args.file)))
            return 0
    from fidgui.core.run.recording import ReferenceNames

    names = ReferenceNames()  # a saved reference is shown as ref:NAME, as it is typed

    def source(path: str) -> str:
        name = names.name(path)
        return path if name is None else REFERENCE_PREFIX + name

    for entry in entries:
        fid = "-" if entry.fid is None else f"{entry.fid:.4f}"
        print(say(Message("cli_history_line", id=f"{entry.id:>5}", created=entry.created[:19], fid=f"{fid:>12}",
                          real="?" if entry.n_real is None else entry.n_real, generated="?" if entry.n_generated is None else entry.n_generated, mode=entry.mode,
                          real_source=source(entry.real_source), generated_source=source(entry.generated_source))))
    if not entries:
        print(say(Message("cli_history_no_match" if args.filter else "cli_history_empty")))
    return 0


def command_reference(args: argparse.Namespace) -> int:
    from fidgui.core.run.comparison import compute_statistics
    from fidgui.core.stores.reference_library import ReferenceLibrary

    library = ReferenceLibrary()
    if args.reference_command == "save":
        cache = _cache(args)
        try:
            statistics, summary = compute_statistics(
                _request(args, Path(args.folder), Path(args.folder)), on_progress=ProgressPrinter(sys.stderr),
                on_notice=print_notice, cache=cache,
            )
        finally:
            if cache is not None:
                cache.close()
        entry = library.save(args.name, statistics, source=args.folder)
        print(say(Message("cli_reference_saved", name=entry.name, count=summary.n_images, mode=entry.mode,
                          reference=f"{REFERENCE_PREFIX}{entry.name}")))
    elif args.reference_command == "import":
        entry = library.import_npz(Path(args.file), args.name, mode=args.mode)
        known = "cli_reference_imported" if entry.n else "cli_reference_imported_unknown"
        print(say(Message(known, name=entry.name, mode=entry.mode, count=entry.n)))
    elif args.reference_command == "delete":
        print(say(Message("cli_reference_deleted", name=library.delete(args.name).name)))
    else:
        entries = library.list_entries()
        for entry in entries:
            print(say(Message("cli_reference_line", name=entry.name, count=entry.n or "?", mode=entry.mode,
                              model=str(entry.model_sha256)[:12], date=entry.created[:10], source=entry.source)))
        if not entries:
            print(say(Message("cli_references_empty")))
    return 0


def command_cache(args: argparse.Namespace) -> int:
    from fidgui.core.stores.feature_cache import FeatureCache

    with FeatureCache() as cache:
        if args.cache_command == "clear":
            print(say(Message("cli_cache_cleared", megabytes=cache.clear() / 1e6)))
        else:
            print(say(Message("cli_cache_size", path=cache.path, megabytes=cache.size_bytes() / 1e6)))
        for notice in cache.notices:
            warn(notice)
    from fidgui.core.encoders import converted_models  # the models converted for --model X.pth live in the cache too

    print(say(converted_models.clear_report() if args.cache_command == "clear" else converted_models.status_report()))
    return 0


def command_model(args: argparse.Namespace) -> int:
    from fidgui.core.encoders import model_store

    if args.model_command == "status":
        status = model_store.model_status()
        print("\n".join(status.lines(say) + _network_lines(model_store)))
        return 0 if status.model is not None else 1
    from fidgui.cli.model_install import import_and_judge, install_or_explain

    info = import_and_judge(Path(args.file)) if args.model_command == "import" else install_or_explain()
    if info is None:
        return 1
    print(say(Message("cli_model_installed", path=info.path)))
    print("\n".join(model_store.model_status().lines(say) + _network_lines(model_store)))
    return 0


def _network_lines(model_store) -> list[str]:  # type: ignore[no-untyped-def]
    """A line per network beside Inception: its model, or that it is not set up and which metrics need it."""
    from fidgui.core.metrics.registry import all_metrics

    lines = []
    for status in model_store.network_statuses():
        if status.model is None:
            metrics = ", ".join(say(item.label) for item in all_metrics() if item.encoder == status.encoder)
            lines.append(say(Message("cli_model_network_missing", network=status.encoder, metrics=metrics or "-")))
            continue
        standard = Message("model_network_standard" if status.model.is_standard else "model_network_not_standard")
        lines.append(say(Message("cli_model_network_installed", network=status.encoder, path=str(status.model.path),
                                 sha256=status.model.weights_sha256, standard=standard)))
    return lines
