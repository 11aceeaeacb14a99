"""Issue 12, items 11, 14, 18, 19 at the command line: ``stats``, the options people know, help for everything."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import IMAGES, REFERENCE, REPO

from fidgui.cli.parser import build_parser

SMALL = json.loads((REFERENCE / "metrics_small.json").read_text())
BOTH_ORDERS = json.loads((REFERENCE / "kid_subset10_both_orders.json").read_text())


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fidgui.cli", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=300, env=dict(os.environ))


def _parsers(parser: argparse.ArgumentParser, name: str = "fidgui-cli"):  # type: ignore[no-untyped-def]
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for sub, subparser in action.choices.items():
                assert helps.get(sub), f"'{name} {sub}' has no help text"
                yield from _parsers(subparser, f"{name} {sub}")


def test_every_option_and_subcommand_has_help() -> None:
    for name, parser in _parsers(build_parser()):
        for action in parser._actions:
            if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
                continue
            assert action.help, f"{name}: {action.option_strings or action.dest} has no help text"


def test_stats_writes_pytorch_fid_readable_files_whose_fid_needs_no_model(fixture_onnx: Path, tmp_path: Path) -> None:
    outputs = []
    for folder in ("small_a", "small_b"):
        output = tmp_path / f"{folder}.npz"
        done = _cli("stats", str(IMAGES / folder), str(output), "--model", str(fixture_onnx), "--decode", "pil",
                    "--batch-size", "24", "--no-cache", "--quiet")
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""  # --quiet: no progress
        assert done.stdout.strip() == f"Statistics of 24 images in pytorch-fid mode written to {output}."
        with np.load(output) as saved:  # what pytorch-fid's loader reads
            assert saved["mu"].shape == (2048,) and saved["sigma"].shape == (2048, 2048)
        outputs.append(str(output))
    # FIDGUI_HOME is fresh: no model is installed, and two statistics files need none
    done = _cli("fid", *outputs, "--json", "--no-history")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["fid"] == pytest.approx(SMALL["pytorch_fid"], rel=1e-5)


def test_stats_in_tensorflow_mode_records_its_mode(fixture_onnx: Path, few_images: Path, tmp_path: Path) -> None:
    output = tmp_path / "a.npz"
    done = _cli("stats", str(few_images / "a"), str(output), "--mode", "tensorflow", "--model", str(fixture_onnx),
                "--no-cache", "--num-workers", "1")
    assert done.returncode == 0, done.stderr
    with np.load(output) as saved:
        assert str(saved["mode"]) == "tensorflow" and int(saved["n"]) == 4


def test_stats_refuses_an_output_that_is_not_npz_before_reading(tmp_path: Path) -> None:
    done = _cli("stats", str(IMAGES / "small_a"), str(tmp_path / "out.txt"))
    assert done.returncode == 1 and "must end in .npz" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_kid_options_reach_the_metric_and_match_torch_fidelity(fixture_onnx: Path) -> None:
    done = _cli("fid", str(IMAGES / "small_a"), str(IMAGES / "small_b"), "--model", str(fixture_onnx), "--mode",
                "tensorflow", "--decode", "pil", "--metrics", "kid", "is", "prdc", "--kid-subset-size", "10",
                "--kid-subsets", "100", "--isc-splits", "4", "--nearest-k", "2", "--json", "--no-history", "--quiet")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    document = json.loads(done.stdout)
    usual = BOTH_ORDERS["input1_generated_small_b__input2_real_small_a"]
    assert document["kid_mean"] == pytest.approx(usual["kernel_inception_distance_mean"], rel=1e-5)
    assert document["settings"]["isc_splits"] == 4 and document["settings"]["nearest_k"] == 2
    assert "kid_negative" in document["warning_codes"]


def test_an_option_below_its_minimum_is_one_sentence(fixture_onnx: Path) -> None:
    done = _cli("fid", str(IMAGES / "small_a"), str(IMAGES / "small_b"), "--model", str(fixture_onnx),
                "--kid-subsets", "0")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip() == "fidgui-cli: The setting kid_subsets must be at least 1; it is 0."
