"""The command line's arguments; defaults come from ``ComparisonRequest`` so the CLI and the window never drift."""

from __future__ import annotations

import argparse

import fidgui
from fidgui.cli import commands
from fidgui.cli.messages import LANGUAGE_CHOICES, say
from fidgui.core.base.comparison_types import DECODE_POLICIES, DEVICES, MODES
from fidgui.core.metrics.registry import all_metrics, optional_ids

_DEFAULTS = commands.DEFAULTS


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


def _add_fid(commands_: argparse._SubParsersAction) -> None:
    fid = commands_.add_parser("fid", help="compare two folders (or saved statistics .npz files)")
    fid.add_argument("real", help="folder of real images, a statistics .npz, or ref:NAME from the reference library")
    fid.add_argument("generated", help="folder of generated images, or a statistics .npz")
    _add_pipeline_options(fid)
    fid.add_argument("--metrics", nargs="*", choices=optional_ids(), default=[],
                     help="more metrics besides FID: " + ", ".join(
                         f"{item.id} ({say(item.choice)})" for item in all_metrics() if item.optional
                     ).replace("%", "%%"))
    fid.add_argument("--kid-subset-size", type=int, default=_DEFAULTS["kid_subset_size"])
    fid.add_argument("--seed", type=int, default=_DEFAULTS["seed"])
    fid.add_argument("--save-stats", metavar="PREFIX", help="write PREFIX_real.npz and PREFIX_generated.npz")
    fid.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    fid.add_argument("--no-history", action="store_true", help="do not record this comparison in the history")
    fid.set_defaults(handler=commands.command_fid)


def _add_history(commands_: argparse._SubParsersAction) -> None:
    history = commands_.add_parser("history", help="list, show or export earlier comparisons")
    history_commands = history.add_subparsers(dest="history_command", required=True)
    for name, text in (("list", "newest first"), ("export", "write them to a CSV file")):
        listing = history_commands.add_parser(name, help=text)
        if name == "export":
            listing.add_argument("file")
        listing.add_argument("--filter", help="only comparisons whose folders, mode, device ... contain these words")
        listing.add_argument("--limit", type=int)
    history_commands.add_parser("show", help="the whole stored result as JSON").add_argument("id", type=int)
    history.set_defaults(handler=commands.command_history)


def _add_reference(commands_: argparse._SubParsersAction) -> None:
    reference = commands_.add_parser("reference", help="saved statistics of reference sets, to compare against")
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
    reference.set_defaults(handler=commands.command_reference)


def _add_cache_and_model(commands_: argparse._SubParsersAction) -> None:
    cache = commands_.add_parser("cache", help="the feature cache that makes repeated comparisons fast")
    cache_commands = cache.add_subparsers(dest="cache_command", required=True)
    cache_commands.add_parser("status", help="where it is and how large")
    cache_commands.add_parser("clear", help="delete every cached feature")
    cache.set_defaults(handler=commands.command_cache)

    model = commands_.add_parser("model", help="install or inspect the Inception model")
    model_commands = model.add_subparsers(dest="model_command", required=True)
    model_import = model_commands.add_parser("import", help="convert a .pth or check an .onnx and install it")
    model_import.add_argument("file")
    model_commands.add_parser("install", help="download the standard weights (95 MB) and install them")
    model_commands.add_parser("status", help="say which model file is used and whether it is the standard one")
    model.set_defaults(handler=commands.command_model)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fidgui-cli", description="Fréchet Inception Distance and companions.")
    parser.add_argument("--version", action="version", version=f"fidgui {fidgui.__version__}")
    parser.add_argument("--lang", choices=LANGUAGE_CHOICES,
                        help="the language of messages (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)")
    commands_ = parser.add_subparsers(dest="command", required=True)
    _add_fid(commands_)
    _add_history(commands_)
    _add_reference(commands_)
    _add_cache_and_model(commands_)
    return parser
