"""``fidgui-cli stats merge A.npz B.npz ... -o ALL.npz``: statistics computed on separate machines, merged exactly.

argparse cannot give ``stats FOLDER OUT.npz`` and ``stats merge FILES`` one parser, so ``stats merge`` is
routed to its own subcommand before parsing (:func:`route_stats_merge`); a folder that is really named
``merge`` is given as ``./merge``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Sequence

from fidgui.cli.messages import say
from fidgui.core.base.errors import FidguiError, Message

COMMAND = "stats-merge"


def route_stats_merge(argv: Sequence[str]) -> list[str]:
    """``... stats merge ...`` as ``... stats-merge ...``; any other command line unchanged."""
    words = list(argv)
    for index, word in enumerate(words[:-1]):
        if word == "stats" and words[index + 1] == "merge":
            return words[:index] + [COMMAND] + words[index + 2:]
        if not word.startswith("-") and (index == 0 or words[index - 1] != "--lang"):
            break  # the first plain word is the command: only "stats" followed by "merge" is routed
    return words


def command_stats_merge(args: argparse.Namespace) -> int:
    from fidgui.core.statistics.merging import merge_statistics_files

    output = Path(args.output)
    if output.suffix.lower() != ".npz":
        raise FidguiError("stats_output_not_npz", path=str(output))
    merged = merge_statistics_files([Path(name) for name in args.files])
    merged.save(output)  # atomically: a refused or failed merge leaves no file
    print(say(Message("stats_merged", files=len(args.files), count=merged.n or 0, mode=merged.mode or "",
                      path=str(output))))
    return 0


def add_stats_merge(commands_: argparse._SubParsersAction) -> None:
    merge = commands_.add_parser(
        COMMAND, prog="fidgui-cli stats merge", help="merge statistics files of parts of one set (also written: stats merge A.npz B.npz -o ALL.npz)",
        description="Merge statistics files that record their image count (fidgui's), computed on separate "
                    "machines or folders, into the statistics of all their images together. Files of different "
                    "modes, models or encoders, and files without a count (pytorch-fid's, TTUR's), are refused.",
    )
    merge.add_argument("files", nargs="+", metavar="FILE.npz", help="the statistics files to merge")
    merge.add_argument("-o", "--output", required=True, metavar="ALL.npz", help="the merged file to write")
    merge.set_defaults(handler=command_stats_merge)
