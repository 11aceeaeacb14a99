"""The smoke test of a build: the frozen app computes the source's FID and writes nowhere else.

It starts the executable the way a user's machine would (no repository, no virtual environment,
a fresh per-user folder) and fails unless the figure matches the engine run from source to 1e-6
relative and nothing was written beside the app or in the working directory.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from fidgui.core.encoders.model_store import find_installed_model
from installer.plan import BUNDLED_MODEL, BuildFailed, executable_path

SMOKE_IMAGES_PER_SIDE = 20
SMOKE_IMAGE_SIZE = 64
SMOKE_SEED = 20240601
SMOKE_RELATIVE_TOLERANCE = 1e-6
SMOKE_TIMEOUT_S = 600


def make_smoke_images(real: Path, generated: Path) -> None:
    """Two deterministic, clearly different folders: smooth noise on one side, gradients with noise on the other."""
    rng = np.random.default_rng(SMOKE_SEED)
    size = SMOKE_IMAGE_SIZE
    ramp = np.linspace(0.0, 255.0, size)
    for folder in (real, generated):
        folder.mkdir(parents=True, exist_ok=True)
    for index in range(SMOKE_IMAGES_PER_SIDE):
        coarse = rng.integers(0, 256, size=(8, 8, 3), dtype=np.uint8)
        Image.fromarray(coarse).resize((size, size), Image.Resampling.BICUBIC).save(real / f"real_{index:02d}.png")
        angle = rng.uniform(0, math.pi)
        gradient = np.cos(angle) * ramp[None, :] + np.sin(angle) * ramp[:, None]
        channels = np.stack([gradient, gradient[::-1], np.full_like(gradient, 128.0)], axis=-1)
        noisy = channels / channels.max() * 255.0 + rng.normal(0.0, 12.0, size=(size, size, 3))
        Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8)).save(generated / f"generated_{index:02d}.png")


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file with its size and modification time, and every folder (as -1, 0), to spot writes."""
    entries = {}
    for path in folder.rglob("*"):
        status = path.lstat()
        is_folder = path.is_dir() and not path.is_symlink()
        entries[str(path.relative_to(folder))] = (-1, 0) if is_folder else (status.st_size, status.st_mtime_ns)
    return entries


def snapshot_changes(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    changes = [f"added {name}" for name in sorted(after.keys() - before.keys())]
    changes += [f"removed {name}" for name in sorted(before.keys() - after.keys())]
    changes += [f"changed {name}" for name in sorted(before.keys() & after.keys()) if before[name] != after[name]]
    return changes


def smoke_model(app_dir: Path, args: argparse.Namespace) -> Path:
    """The bundled model, else the one named with --model, else the installed one."""
    bundled = app_dir / BUNDLED_MODEL
    if bundled.is_file():
        return bundled
    if args.model is not None:
        return args.model
    installed = find_installed_model()
    if installed is None:
        raise BuildFailed(f"No model is bundled at {bundled} and none is installed, so the smoke test has none to "
                          "use; pass --model PATH or install one with 'fidgui-cli model install'.")
    return installed.path


@dataclass(frozen=True)
class FrozenRun:
    result: dict[str, object]
    seconds_to_result: float


def run_frozen(executable: Path, real: Path, generated: Path, model: Path, home: Path, cwd: Path) -> FrozenRun:
    """Starts the built app in its --smoke-test mode; returns its JSON line and how long it took to print it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIDGUI_HOME": str(home)}
    for variable in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):  # the frozen app must not lean on this checkout
        env.pop(variable, None)
    output = home / "smoke-result.json"  # read from a file too: a windowed Windows build has no stdout
    command = [str(executable), "--smoke-test", str(real), str(generated), "--model", str(model),
               "--smoke-output", str(output)]
    started = time.perf_counter()
    try:
        completed = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=SMOKE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise BuildFailed(f"The built app gave no answer within {SMOKE_TIMEOUT_S} s.") from None
    elapsed = time.perf_counter() - started
    if completed.returncode != 0:
        raise BuildFailed(f"The built app exited with status {completed.returncode}: "
                          f"{completed.stderr.strip() or '(nothing on stderr)'}")
    printed = output.read_text(encoding="utf-8") if output.is_file() else ""
    for line in (printed + "\n" + completed.stdout).splitlines():
        try:
            parsed = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(parsed, dict) and "fid" in parsed:
            return FrozenRun(parsed, elapsed)
    raise BuildFailed(f"The built app printed no JSON result line; stdout was: {completed.stdout.strip()!r}")


def time_to_version(executable: Path, home: Path, cwd: Path) -> float:
    """Seconds for the frozen app to unpack, import everything and answer --version: its bare start-up cost."""
    import fidgui

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIDGUI_HOME": str(home)}
    started = time.perf_counter()
    completed = subprocess.run([str(executable), "--version"], env=env, cwd=cwd, capture_output=True, text=True,
                               timeout=SMOKE_TIMEOUT_S)
    elapsed = time.perf_counter() - started
    if completed.returncode != 0 or fidgui.__version__ not in completed.stdout:
        raise BuildFailed(f"The built app did not answer --version with {fidgui.__version__}: "
                          f"{(completed.stdout + completed.stderr).strip()!r}")
    return elapsed


def expected_fid(real: Path, generated: Path, model: Path, home: Path) -> float:
    """The same comparison through the engine from source, in a per-user folder of its own."""
    from fidgui.core.run.comparison import run_comparison
    from fidgui.core.base.comparison_types import ComparisonRequest

    previous = os.environ.get("FIDGUI_HOME")
    os.environ["FIDGUI_HOME"] = str(home)
    try:
        return run_comparison(ComparisonRequest(real=real, generated=generated, model=model)).fid
    finally:
        if previous is None:
            del os.environ["FIDGUI_HOME"]
        else:
            os.environ["FIDGUI_HOME"] = previous


def agrees(frozen: float, reference: float, tolerance: float = SMOKE_RELATIVE_TOLERANCE) -> bool:
    return math.isclose(frozen, reference, rel_tol=tolerance, abs_tol=0.0)


def smoke_test(app_dir: Path, args: argparse.Namespace) -> None:
    executable = executable_path(app_dir)
    if not executable.is_file():
        raise BuildFailed(f"There is no build at {executable}; run python -m installer without --smoke-only first.")
    model = smoke_model(app_dir, args)
    print(f"Smoke test: {executable} with model {model}")
    with tempfile.TemporaryDirectory(prefix="fidgui-smoke-") as scratch_name:
        scratch = Path(scratch_name)
        real, generated = scratch / "real", scratch / "generated"
        make_smoke_images(real, generated)
        cwd = scratch / "cwd"
        cwd.mkdir()
        watched = {"the application folder": app_dir, "the working directory": cwd}
        before = {label: snapshot(folder) for label, folder in watched.items()}
        startup = time_to_version(executable, scratch / "home-frozen", cwd)
        print(f"  Built app answered --version in {startup:.1f} s.")
        frozen = run_frozen(executable, real, generated, model, scratch / "home-frozen", cwd)
        writes = [f"{label}: {change}" for label, folder in watched.items()
                  for change in snapshot_changes(before[label], snapshot(folder))]
        print(f"  Built app: FID {frozen.result['fid']} on {frozen.result.get('n_real')} + "
              f"{frozen.result.get('n_generated')} images, device {frozen.result.get('device')}, "
              f"{frozen.seconds_to_result:.1f} s from start to result.")
        reference = expected_fid(real, generated, model, scratch / "home-source")
        print(f"  From source: FID {reference}")
    failures = []
    if not agrees(float(frozen.result["fid"]), reference):
        failures.append(f"the built app's FID {frozen.result['fid']} differs from the source's {reference} "
                        f"by more than {SMOKE_RELATIVE_TOLERANCE:g} relative")
    for side in ("n_real", "n_generated"):
        if frozen.result.get(side) != SMOKE_IMAGES_PER_SIDE:
            failures.append(f"{side} is {frozen.result.get(side)}, not {SMOKE_IMAGES_PER_SIDE}")
    if writes:
        failures.append("the app wrote outside its per-user folders (" + "; ".join(writes[:10]) + ")")
    if failures:
        raise BuildFailed("Smoke test FAILED: " + "; ".join(failures) + ".")
    print(f"Smoke test passed: FID agrees to {SMOKE_RELATIVE_TOLERANCE:g}, nothing written beside the app "
          f"or in the working directory; start-up {startup:.1f} s, {frozen.seconds_to_result:.1f} s to result.")
