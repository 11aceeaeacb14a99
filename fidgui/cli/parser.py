"""The command line's arguments; defaults come from ``ComparisonRequest`` so the CLI and the window never drift."""

from __future__ import annotations

import argparse

import fidgui
from fidgui.cli import commands
from fidgui.cli.messages import LANGUAGE_CHOICES, say
from fidgui.cli.stats_command import add_stats
from fidgui.cli.stats_merge_command import add_stats_merge
from fidgui.core.base.comparison_types import DECODE_POLICIES, DEVICES, MODES
from fidgui.core.encoders.registry import all_modes, encoders
from fidgui.core.encoders.inception import INCEPTION
from fidgui.core.metrics.registry import all_metrics, optional_ids

_DEFAULTS = commands.DEFAULTS


def _add_pipeline_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--mode", choices=MODES, default=_DEFAULTS["mode"],
                        help="which published implementation to match (default: %(default)s)")
    for encoder in encoders()[1:]:  # every other network's mode, e.g. --dinov2-mode dgm-eval|edm2
        parser.add_argument(f"--{encoder.name}-mode", choices=encoder.modes, dest=f"{encoder.name}_mode",
                            help=f"the {encoder.name} network's preprocessing mode, for its metrics "
                                 f"(default: {encoder.modes[0]})")
    parser.add_argument("--decode", choices=DECODE_POLICIES, default=_DEFAULTS["decode"],
                        help="'faithful' fixes 16-bit, rotated and transparent images; 'pil' reads them exactly as "
                             "pytorch-fid does (default: %(default)s)")
    parser.add_argument("--batch-size", type=int, default=_DEFAULTS["batch_size"],
                        help="images per network call; changes speed and memory, never the figures "
                             "(default: %(default)s)")
    parser.add_argument("--device", choices=DEVICES, default=_DEFAULTS["device"],
                        help="where the network runs: 'auto' uses an NVIDIA GPU when one works, else the CPU "
                             "(default: %(default)s)")
    parser.add_argument("--num-workers", type=int, metavar="N",
                        help="image decoding threads (default: one per core beyond the first, at most 4; "
                             "on a GPU one per core)")
    parser.add_argument("--dims", type=int, choices=INCEPTION.feature_widths, metavar="D",
                        help="feature width, as pytorch-fid's --dims: 64, 192 or 768 take pytorch-fid's earlier "
                             "Inception blocks, 2048 its pool3 (default: 2048); FIDs of different widths cannot be "
                             "compared")
    parser.add_argument("--top-level-only", action="store_true",
                        help="read only the images directly in each folder, listed exactly as pytorch-fid lists "
                             "them (its extensions, case-sensitive), not those in subfolders")
    parser.add_argument("--model", help="a .pth or .onnx to use for this run instead of the installed model")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor fill the feature cache")
    parser.add_argument("--cluster", metavar="ADDRESS",
                        help="extract the features on a Dask cluster: a scheduler's tcp://HOST:8786, or local:N to "
                             "start N worker processes here (needs the fidgui[cluster] extra)")
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="print no progress, warnings or skipped files on stderr; only results and errors")


def _add_fid(commands_: argparse._SubParsersAction) -> None:
    fid = commands_.add_parser("fid", help="compare two folders (or saved statistics .npz files)")
    fid.add_argument("real", help="folder of real images, a statistics .npz, or ref:NAME from the reference library")
    fid.add_argument("generated", help="folder of generated images, or a statistics .npz")
    _add_pipeline_options(fid)
    fid.add_argument("--metrics", nargs="*", choices=optional_ids(), default=[],
                     help="more metrics besides FID: " + ", ".join(
                         f"{item.id} ({say(item.choice)})" for item in all_metrics() if item.optional
                     ).replace("%", "%%"))
    fid.add_argument("--kid-subsets", type=int, default=_DEFAULTS["kid_subsets"], metavar="N",
                     help="how many random subsets KID averages over (default: %(default)s, as torch-fidelity)")
    fid.add_argument("--kid-subset-size", type=int, default=_DEFAULTS["kid_subset_size"], metavar="N",
                     help="images per KID subset; a larger size than the smaller side is reduced to it, and the "
                          "result says so (default: %(default)s, as torch-fidelity)")
    fid.add_argument("--isc-splits", type=int, default=_DEFAULTS["isc_splits"], metavar="N",
                     help="splits of the Inception Score (default: %(default)s, as torch-fidelity)")
    fid.add_argument("--nearest-k", type=int, metavar="K",
                     help="neighbours for precision, recall, density and coverage (default: 3 for precision and "
                          "recall, as torch-fidelity; 5 for density and coverage, as the prdc package)")
    fid.add_argument("--seed", type=int, default=_DEFAULTS["seed"],
                     help="seed of KID's subsets, the Inception Score's shuffle and the FID interval, so a run "
                          "repeats exactly (default: %(default)s, as torch-fidelity)")
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
            listing.add_argument("file", help="the CSV file to write")
        listing.add_argument("--filter", help="only comparisons whose folders, mode, device ... contain these words")
        listing.add_argument("--limit", type=int, help="at most this many comparisons, newest first")
    history_commands.add_parser("show", help="the whole stored result as JSON").add_argument(
        "id", type=int, help="the comparison's number, as 'history list' shows it")
    history.set_defaults(handler=commands.command_history)


def _add_reference(commands_: argparse._SubParsersAction) -> None:
    reference = commands_.add_parser("reference", help="saved statistics of reference sets, to compare against")
    reference_commands = reference.add_subparsers(dest="reference_command", required=True)
    save = reference_commands.add_parser("save", help="compute a folder's statistics and save them under a name")
    save.add_argument("name", help="the name to save it under; compare against it as ref:NAME")
    save.add_argument("folder", help="the folder of reference images")
    _add_pipeline_options(save)
    imported = reference_commands.add_parser("import", help="add a .npz from pytorch-fid or TTUR")
    imported.add_argument("file", help="the .npz file holding mu and sigma")
    imported.add_argument("name", help="the name to save it under; compare against it as ref:NAME")
    imported.add_argument("--mode", choices=all_modes(), required=True, help="the mode the statistics were computed in")
    reference_commands.add_parser("delete", help="remove a saved reference").add_argument(
        "name", help="the reference's name, as 'reference list' shows it")
    reference_commands.add_parser("list", help="every saved reference, with its image count, mode and model")
    reference.set_defaults(handler=commands.command_reference)


def _add_cache_and_model(commands_: argparse._SubParsersAction) -> None:
    cache = commands_.add_parser("cache", help="the feature cache that makes repeated comparisons fast")
    cache_commands = cache.add_subparsers(dest="cache_command", required=True)
    cache_commands.add_parser("status", help="where it is and how large")
    cache_commands.add_parser("clear", help="delete every cached feature")
    cache.set_defaults(handler=commands.command_cache)

    model = commands_.add_parser("model", help="install or inspect the networks' models")
    model_commands = model.add_subparsers(dest="model_command", required=True)
    model_import = model_commands.add_parser(
        "import", help="convert weights or check an .onnx and install it as its network's model; the network "
                       "(Inception, DINOv2, CLIP) is recognised from the file's contents")
    model_import.add_argument("file", help="Inception's pt_inception-2015-12-05-6726825d.pth or an .onnx, a DINOv2 "
                                           "dinov2_vit*14_pretrain.pth, or a CLIP model folder (or its "
                                           "model.safetensors with config.json and preprocessor_config.json)")
    model_commands.add_parser("install", help="download the standard FID weights (95 MB) and install them")
    model_commands.add_parser("status", help="say which model file each network uses and whether it is the "
                                             "standard one")
    model.set_defaults(handler=commands.command_model)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fidgui-cli", description="Fréchet Inception Distance and companions.")
    parser.add_argument("--version", action="version", version=f"fidgui {fidgui.__version__}")
    parser.add_argument("--lang", choices=LANGUAGE_CHOICES,
                        help="the language of messages (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)")
    commands_ = parser.add_subparsers(dest="command", required=True)
    _add_fid(commands_)
    add_stats(commands_, _add_pipeline_options)
    add_stats_merge(commands_)
    _add_history(commands_)
    _add_reference(commands_)
    _add_cache_and_model(commands_)
    return parser
