"""``fidgui-cli``: the engine for scripts, and a way to check the window's figures.

Results go to stdout (one JSON object with --json), progress and warnings to
stderr, so ``fidgui-cli fid a b --json > result.json`` keeps a clean file.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import Sequence, TextIO

import fidgui
from fidgui.core.comparison_types import DECODE_POLICIES, DEVICES, METRICS, MODES, ComparisonRequest, Notice, Progress
from fidgui.core.errors import Cancelled, FidguiError

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


def _command_fid(args: argparse.Namespace) -> int:
    from fidgui.core.comparison import run_comparison
    from fidgui.core.report import result_to_dict

    metrics = tuple(dict.fromkeys(["fid", *args.metrics]))
    request = ComparisonRequest(
        real=Path(args.real),
        generated=Path(args.generated),
        mode=args.mode,
        decode=args.decode,
        batch_size=args.batch_size,
        device=args.device,
        metrics=metrics,
        model=Path(args.model) if args.model else None,
        save_stats_prefix=Path(args.save_stats) if args.save_stats else None,
        kid_subset_size=args.kid_subset_size,
        seed=args.seed,
    )
    result = run_comparison(request, on_progress=ProgressPrinter(sys.stderr), on_notice=_print_notice)
    if args.json:
        print(json.dumps(result_to_dict(result), indent=2, ensure_ascii=False))
        return 0
    for skipped in result.real.skipped + result.generated.skipped:
        print(f"skipped: {skipped.path}: {skipped.reason}", file=sys.stderr)
    print(f"FID: {result.fid:.6f}")
    if result.kid_mean is not None:
        print(f"KID: {result.kid_mean:.6g} ± {result.kid_std:.3g}")
    if result.is_mean is not None:
        print(f"Inception Score (generated): {result.is_mean:.6g} ± {result.is_std:.3g}")
    if result.is_real_mean is not None:
        print(f"Inception Score (real): {result.is_real_mean:.6g} ± {result.is_real_std:.3g}")
    print(
        f"images: {result.real.n_images} real, {result.generated.n_images} generated; mode {result.mode}; "
        f"device {result.device}; {result.seconds:.1f} s"
    )
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
    from fidgui.core import model_store

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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fidgui-cli", description="Fréchet Inception Distance and companions.")
    parser.add_argument("--version", action="version", version=f"fidgui {fidgui.__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    fid = commands.add_parser("fid", help="compare two folders (or saved statistics .npz files)")
    fid.add_argument("real", help="folder of real images, or a statistics .npz")
    fid.add_argument("generated", help="folder of generated images, or a statistics .npz")
    fid.add_argument("--mode", choices=MODES, default=_DEFAULTS["mode"],
                     help="which published implementation to match (default: %(default)s)")
    fid.add_argument("--decode", choices=DECODE_POLICIES, default=_DEFAULTS["decode"],
                     help="'faithful' fixes 16-bit, rotated and transparent images; 'pil' reads them exactly as "
                          "pytorch-fid does (default: %(default)s)")
    fid.add_argument("--batch-size", type=int, default=_DEFAULTS["batch_size"])
    fid.add_argument("--device", choices=DEVICES, default=_DEFAULTS["device"])
    fid.add_argument("--model", help="a .pth or .onnx to use for this run instead of the installed model")
    fid.add_argument("--metrics", nargs="*", choices=METRICS, default=[],
                     help="more metrics besides FID: kid, is")
    fid.add_argument("--kid-subset-size", type=int, default=_DEFAULTS["kid_subset_size"])
    fid.add_argument("--seed", type=int, default=_DEFAULTS["seed"])
    fid.add_argument("--save-stats", metavar="PREFIX", help="write PREFIX_real.npz and PREFIX_generated.npz")
    fid.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    fid.set_defaults(handler=_command_fid)

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


if __name__ == "__main__":
    sys.exit(main())
