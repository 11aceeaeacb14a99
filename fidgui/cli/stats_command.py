"""``fidgui-cli stats FOLDER OUT.npz``: one folder's statistics in a file you name, like pytorch-fid's
``--save-stats``; readable by pytorch-fid and TTUR (``mu``, ``sigma``) and by fidgui (with count, mode, model)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fidgui.cli.messages import say
from fidgui.core.base.errors import FidguiError, Message
from fidgui.core.encoders.registry import DEFAULT_ENCODER, encoders


def command_stats(args: argparse.Namespace) -> int:
    from fidgui.cli.commands import _cache, _request, progress_printer, notice_printer
    from fidgui.core.run.comparison import compute_statistics

    output = Path(args.output)
    if output.suffix.lower() != ".npz":  # checked before an hour of reading, not after
        raise FidguiError("stats_output_not_npz", path=str(output))
    cache = _cache(args)
    try:
        statistics, summary = compute_statistics(
            _request(args, Path(args.folder), Path(args.folder)), on_progress=progress_printer(args),
            on_notice=notice_printer(args), cache=cache, encoder=args.encoder,
        )
    finally:
        if cache is not None:
            cache.close()
    statistics.save(output)  # written to a temporary file beside it, then renamed: never a half-written file
    if not args.quiet:
        for skipped in summary.skipped:
            print(f"skipped: {skipped.path}: {say(skipped.reason)}", file=sys.stderr)
    if args.encoder in (None, DEFAULT_ENCODER):
        print(say(Message("stats_written", count=summary.n_images, mode=statistics.mode or args.mode,
                          path=str(output))))
    else:
        print(say(Message("cli_stats_written_network", network=args.encoder, count=summary.n_images,
                          mode=statistics.mode, path=str(output))))
    return 0


def add_stats(commands_: argparse._SubParsersAction, add_pipeline_options) -> None:  # type: ignore[no-untyped-def]
    stats = commands_.add_parser(
        "stats", help="save one folder's statistics to a .npz file you name (like pytorch-fid's --save-stats)",
        description="Compute the mean and covariance of a folder's features and write them to OUT.npz, which "
                    "pytorch-fid, TTUR and fidgui read.",
    )
    stats.add_argument("folder", help="the folder of images")
    stats.add_argument("output", metavar="OUT.npz", help="the statistics file to write (replaced atomically)")
    add_pipeline_options(stats)
    stats.add_argument("--encoder", choices=[encoder.name for encoder in encoders()], default=None,
                       help="the network whose statistics to write, in its mode (--mode for Inception, "
                            "--NAME-mode for the others); the file records it (default: inception)")
    stats.set_defaults(handler=command_stats)
