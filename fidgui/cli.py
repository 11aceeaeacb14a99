"""``fidgui-cli``: the engine for scripts, and a way to check the window's figures.

Results go to stdout (one JSON object with --json), progress and warnings to
stderr, so ``fidgui-cli fid a b --json > result.json`` keeps a clean file.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
import time
from pathlib import Path
from typing import Sequence, TextIO

import fidgui
from fidgui.core.base.comparison_types import DECODE_POLICIES, DEVICES, METRICS, MODES, ComparisonRequest, Notice, Progress
from fidgui.core.base.errors import Cancelled, FidguiError, Message
from fidgui.core.base.log_file import configure_log_file, log_file
from fidgui.messages.render import render

_DEFAULTS = {f.name: f.default for f in dataclasses.fields(ComparisonRequest)}


class ProgressPrinter:
    """A one-line progress bar on a terminal; a line every 10% when stderr is a file."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._is_tty = stream.isatty()
        self._last_decile: dict[str, int] = {}
        self._last_draw = 0.0

    def __call__(self, progress: Progress) -> None:
        if progress.total == 0:
            return
        fraction = progress.done / progress.total
        if self._is_tty:
            now = time.monotonic()
            if progress.done < progress.total and now - self._last_draw < 0.1:
                return
            self._last_draw = now
            filled = int(fraction * 30)
            left = "" if progress.seconds_left is None else f"  {int(progress.seconds_left) // 60}:{int(progress.seconds_left) % 60:02d} left"
            line = (
                f"\r{progress.side:>9} [{'#' * filled}{'.' * (30 - filled)}] {progress.done}/{progress.total}"
                f"  {progress.images_per_second:5.1f} images/s{left}"
            )
            self._stream.write(line + ("\n" if progress.done >= progress.total else ""))
        else:
            decile = int(fraction * 10)
            if decile == self._last_decile.get(progress.side) or progress.done == 0:
                return
            self._last_decile[progress.side] = decile
            self._stream.write(
                f"{progress.side}: {progress.done}/{progress.total} images, {progress.images_per_second:.1f} images/s\n"
            )
        self._stream.flush()


def _print_notice(notice: Notice) -> None:
    if notice.code != "skipped":  # skipped files are listed once, at the end
        print(f"warning: {notice.text}", file=sys.stderr)


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
        model=Path(args.model) if args.model else None,
        save_stats_prefix=Path(args.save_stats) if getattr(args, "save_stats", None) else None,
        kid_subset_size=getattr(args, "kid_subset_size", _DEFAULTS["kid_subset_size"]),
        seed=getattr(args, "seed", _DEFAULTS["seed"]),
    )


def _cache(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from fidgui.core.stores.feature_cache import FeatureCache

    return None if args.no_cache else FeatureCache()


def _command_fid(args: argparse.Namespace) -> int:
    from fidgui.core.run.comparison import run_comparison
    from fidgui.core.run.recording import record_comparison
    from fidgui.core.report.document import result_to_dict

    request = _request(args, _side_path(args.real), _side_path(args.generated))
    cache = _cache(args)
    try:
        result = run_comparison(request, on_progress=ProgressPrinter(sys.stderr), on_notice=_print_notice, cache=cache)
    finally:
        if cache is not None:
            cache.close()
    document = result_to_dict(result)
    if not args.no_history:
        try:
            record_comparison(result)
        except FidguiError as error:
            print(f"warning: the result was not added to the history: {error}", file=sys.stderr)
    if args.json:
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return 0
    for skipped in result.real.skipped + result.generated.skipped:
        print(f"skipped: {skipped.path}: {skipped.reason}", file=sys.stderr)
    for line in _result_lines(result):
        print(line)
    return 0


def _result_lines(result) -> list[str]:  # type: ignore[no-untyped-def]
    lines = [f"FID: {result.fid:.6f}"]
    if result.fid_low is not None:
        lines[0] += f"  (bootstrap interval at these image counts: {result.fid_low:.4f} to {result.fid_high:.4f})"
    if result.fid_infinity is not None:
        lines.append(f"FID-infinity (extrapolated to unlimited images): {result.fid_infinity:.6f}")
    if result.kid_mean is not None:
        lines.append(f"KID: {result.kid_mean:.6g} ± {result.kid_std:.3g}")
    if result.is_mean is not None:
        lines.append(f"Inception Score (generated): {result.is_mean:.6g} ± {result.is_std:.3g}")
        lines.append(f"Inception Score (real): {result.is_real_mean:.6g} ± {result.is_real_std:.3g}")
    if result.precision is not None:
        lines.append(
            f"Precision {result.precision:.4f}, recall {result.recall:.4f}, density {result.density:.4f}, "
            f"coverage {result.coverage:.4f}"
        )
    cached = result.real.from_cache + result.generated.from_cache
    lines.append(
        f"images: {result.real.n_images} real, {result.generated.n_images} generated"
        + (f" ({cached} from the feature cache)" if cached else "")
        + f"; mode {result.mode}; device {result.device}; {result.seconds:.1f} s"
    )
    return lines


def _command_history(args: argparse.Namespace) -> int:
    from fidgui.core.run.recording import ReferenceNames
    from fidgui.core.stores.history import History, export_csv

    with History() as history:
        if args.history_command == "show":
            print(json.dumps(history.get(args.id), indent=2, ensure_ascii=False))
            return 0
        entries = history.list_entries(args.filter, args.limit)
        if args.history_command == "export":
            export_csv(entries, Path(args.file))
            print(f"{len(entries)} comparisons written to {args.file}")
            return 0
    names = ReferenceNames()  # a saved reference is shown as ref:NAME, as it is typed

    def source(path: str) -> str:
        name = names.name(path)
        return path if name is None else REFERENCE_PREFIX + name

    for entry in entries:
        fid = "-" if entry.fid is None else f"{entry.fid:.4f}"
        print(f"{entry.id:>5}  {entry.created[:19]}  FID {fid:>12}  {entry.n_real}/{entry.n_generated} images  "
              f"{entry.mode}  {source(entry.real_source)} vs {source(entry.generated_source)}")
    if not entries:
        print("No comparisons recorded yet." if not args.filter else "No comparisons match that filter.")
    return 0


def _command_reference(args: argparse.Namespace) -> int:
    from fidgui.core.run.comparison import compute_statistics
    from fidgui.core.stores.reference_library import ReferenceLibrary

    library = ReferenceLibrary()
    if args.reference_command == "save":
        cache = _cache(args)
        try:
            statistics, summary = compute_statistics(
                _request(args, Path(args.folder), Path(args.folder)), on_progress=ProgressPrinter(sys.stderr),
                on_notice=_print_notice, cache=cache,
            )
        finally:
            if cache is not None:
                cache.close()
        entry = library.save(args.name, statistics, source=args.folder)
        print(f"Saved '{entry.name}': {summary.n_images} images, {entry.mode} mode (use it as {REFERENCE_PREFIX}{entry.name}).")
    elif args.reference_command == "import":
        entry = library.import_npz(Path(args.file), args.name, mode=args.mode)
        print(f"Imported '{entry.name}' as {entry.mode} statistics of {entry.n or 'an unknown number of'} images.")
    elif args.reference_command == "delete":
        print(f"Deleted '{library.delete(args.name).name}'.")
    else:
        entries = library.list_entries()
        for entry in entries:
            print(f"{entry.name}: {entry.n or '?'} images, {entry.mode} mode, model {str(entry.model_sha256)[:12]}, "
                  f"saved {entry.created[:10]}, from {entry.source}")
        if not entries:
            print("No references saved yet: 'fidgui-cli reference save NAME FOLDER' makes one.")
    return 0


def _command_cache(args: argparse.Namespace) -> int:
    from fidgui.core.stores.feature_cache import FeatureCache

    with FeatureCache() as cache:
        if args.cache_command == "clear":
            print(f"The feature cache was cleared; {cache.clear() / 1e6:.1f} MB freed.")
        else:
            print(f"The feature cache at {cache.path} holds {cache.size_bytes() / 1e6:.1f} MB.")
        for notice in cache.notices:
            print(f"warning: {notice}", file=sys.stderr)
    return 0


class StagePrinter:
    """Model setup progress: a rewritten line on a terminal, a line per stage and per 10% otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._is_tty = stream.isatty()
        self._last: tuple[str, int] | None = None

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        percent = 100 * done // total if total else None
        step = (stage, percent if self._is_tty or percent is None else percent // 10)
        if step == self._last:
            return
        self._last = step
        text = stage if percent is None else f"{stage}: {percent}%"
        if self._is_tty:
            self._stream.write(f"\r\033[K{text}")
            if percent is None or percent >= 100:
                self._stream.write("\n")
        else:
            self._stream.write(text + "\n")
        self._stream.flush()


def _command_model(args: argparse.Namespace) -> int:
    from fidgui.core.encoders import model_store

    if args.model_command == "status":
        status = model_store.model_status()
        print("\n".join(status.lines()))
        return 0 if status.model is not None else 1
    if args.model_command == "import":
        info = model_store.import_model(Path(args.file), progress=StagePrinter(sys.stderr))
    else:
        info = model_store.install_from_internet(progress=StagePrinter(sys.stderr))
    print(f"Model installed at {info.path}")
    print("\n".join(model_store.model_status().lines()))
    return 0


def _add_pipeline_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--mode", choices=MODES, default=_DEFAULTS["mode"],
                        help="which published implementation to match (default: %(default)s)")
    parser.add_argument("--decode", choices=DECODE_POLICIES, default=_DEFAULTS["decode"],
                        help="'faithful' fixes 16-bit, rotated and transparent images; 'pil' reads them exactly as "
                             "pytorch-fid does (default: %(default)s)")
    parser.add_argument("--batch-size", type=int, default=_DEFAULTS["batch_size"])
    parser.add_argument("--device", choices=DEVICES, default=_DEFAULTS["device"])
    parser.add_argument("--model", help="a .pth or .onnx to use for this run instead of the installed model")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor fill the feature cache")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fidgui-cli", description="Fréchet Inception Distance and companions.")
    parser.add_argument("--version", action="version", version=f"fidgui {fidgui.__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    fid = commands.add_parser("fid", help="compare two folders (or saved statistics .npz files)")
    fid.add_argument("real", help="folder of real images, a statistics .npz, or ref:NAME from the reference library")
    fid.add_argument("generated", help="folder of generated images, or a statistics .npz")
    _add_pipeline_options(fid)
    fid.add_argument("--metrics", nargs="*", choices=[m for m in METRICS if m != "fid"], default=[],
                     help="more metrics besides FID: kid, is (Inception Score), prdc (precision, recall, density, "
                          "coverage), fid_interval (bootstrap), fid_infinity")
    fid.add_argument("--kid-subset-size", type=int, default=_DEFAULTS["kid_subset_size"])
    fid.add_argument("--seed", type=int, default=_DEFAULTS["seed"])
    fid.add_argument("--save-stats", metavar="PREFIX", help="write PREFIX_real.npz and PREFIX_generated.npz")
    fid.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    fid.add_argument("--no-history", action="store_true", help="do not record this comparison in the history")
    fid.set_defaults(handler=_command_fid)

    history = commands.add_parser("history", help="list, show or export earlier comparisons")
    history_commands = history.add_subparsers(dest="history_command", required=True)
    for name, text in (("list", "newest first"), ("export", "write them to a CSV file")):
        listing = history_commands.add_parser(name, help=text)
        if name == "export":
            listing.add_argument("file")
        listing.add_argument("--filter", help="only comparisons whose folders, mode, device ... contain these words")
        listing.add_argument("--limit", type=int)
    history_commands.add_parser("show", help="the whole stored result as JSON").add_argument("id", type=int)
    history.set_defaults(handler=_command_history)

    reference = commands.add_parser("reference", help="saved statistics of reference sets, to compare against")
    reference_commands = reference.add_subparsers(dest="reference_command", required=True)
    save = reference_commands.add_parser("save", help="compute a folder's statistics and save them under a name")
    save.add_argument("name")
    save.add_argument("folder")
    _add_pipeline_options(save)
    imported = reference_commands.add_parser("import", help="add a .npz from pytorch-fid or TTUR")
    imported.add_argument("file")
    imported.add_argument("name")
    imported.add_argument("--mode", choices=MODES, required=True, help="the mode the statistics were computed in")
    reference_commands.add_parser("delete").add_argument("name")
    reference_commands.add_parser("list")
    reference.set_defaults(handler=_command_reference)

    cache = commands.add_parser("cache", help="the feature cache that makes repeated comparisons fast")
    cache_commands = cache.add_subparsers(dest="cache_command", required=True)
    cache_commands.add_parser("status", help="where it is and how large")
    cache_commands.add_parser("clear", help="delete every cached feature")
    cache.set_defaults(handler=_command_cache)

    model = commands.add_parser("model", help="install or inspect the Inception model")
    model_commands = model.add_subparsers(dest="model_command", required=True)
    model_import = model_commands.add_parser("import", help="convert a .pth or check an .onnx and install it")
    model_import.add_argument("file")
    model_commands.add_parser("install", help="download the standard weights (95 MB) and install them")
    model_commands.add_parser("status", help="say which model file is used and whether it is the standard one")
    model.set_defaults(handler=_command_model)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    log = configure_log_file()
    try:
        return args.handler(args)
    except Cancelled as stopped:
        print(f"fidgui-cli: {stopped}", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("fidgui-cli: stopped.", file=sys.stderr)
        return 130
    except FidguiError as error:
        print(f"fidgui-cli: {error}", file=sys.stderr)
        return 1
    except Exception as error:  # a bug: the traceback goes to the log file, the person gets a sentence naming it
        logging.getLogger("fidgui.cli").exception("unexpected error")
        details = {"error": f"{type(error).__name__}: {error}", "log": log or log_file()}
        print(f"fidgui-cli: {render(Message('unexpected_error', details))}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
