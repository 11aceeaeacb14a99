"""Running the build: PyInstaller, then the plug-ins the app never loads removed and the model placed beside it."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from fidgui.core.encoders import model_records
from installer.plan import (
    CUDA_PROVIDER,
    REPO,
    RESOURCES,
    UNUSED_PROVIDERS,
    WORK_DIR,
    BuildFailed,
    BuildPlan,
    choose_model,
    executable_path,
    find_translations,
    model_destinations,
    pyinstaller_arguments,
    write_launcher,
)


def prune_providers(bundles: list[Path], cpu_only: bool) -> list[Path]:
    """Deletes ONNX Runtime plug-ins the app never loads; returns what it removed."""
    unwanted = UNUSED_PROVIDERS + ((CUDA_PROVIDER,) if cpu_only else ())
    removed = [path for bundle in bundles for path in bundle.rglob("*")
               if path.is_file() and not path.is_symlink() and any(name in path.name for name in unwanted)]
    for path in removed:
        path.unlink()
    return removed


def place_model(plan: BuildPlan) -> list[Path]:
    """Copy the model beside the program, with this profile's record of converting it when there is one.

    The record (``conversions.json``) is what lets the built app call its bundled model the standard
    network: without it a user's machine could only trust the model file's own claim, which it never does.
    """
    if plan.model is None:
        return []
    info = model_records.checked(plan.model)  # a broken model fails the build here, not on a user's machine
    targets = model_destinations(plan)
    for target in targets:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(plan.model, target)
        if info.weights_verified:
            record = {info.network_sha256: info.weights_sha256}
            (target.parent / model_records.CONVERSIONS_FILENAME).write_text(json.dumps(record, indent=1), "utf-8")
    return targets


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of everything under ``folder``, not following links."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def build(args: argparse.Namespace) -> BuildPlan:
    plan = BuildPlan(
        launcher=WORK_DIR / "fidgui_launcher.py",
        dist=args.dist,
        work=WORK_DIR,
        platform=sys.platform,
        resources=RESOURCES,
        translations=find_translations(),
        model=choose_model(args),
        clean=args.clean,
    )
    if plan.icon is not None and not plan.icon.is_file():
        raise BuildFailed(f"The icon {plan.icon} is missing; run: python resources/make_icons.py")
    if args.clean:
        print("[0/4] Removing earlier build files...")
        for folder in (plan.work, *plan.bundles):
            shutil.rmtree(folder, ignore_errors=True)
    write_launcher(plan.launcher)
    print(f"[1/4] Running PyInstaller {'(clean build) ' if plan.clean else ''}into {plan.app_dir} (a few minutes)...")
    started = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", *pyinstaller_arguments(plan)]
    if subprocess.run(command, cwd=REPO).returncode != 0:
        raise BuildFailed("PyInstaller failed; the lines above say why.")
    print(f"      PyInstaller finished in {time.perf_counter() - started:.0f} s.")
    removed = prune_providers(plan.bundles, args.cpu_only)
    print(f"[2/4] Removed {len(removed)} ONNX Runtime plug-in(s) the app never loads: "
          f"{', '.join(p.name for p in removed) or 'none'}.")
    placed = place_model(plan)
    print(f"[3/4] Model: {', '.join(map(str, placed)) if placed else 'none bundled'}.")
    size, count = folder_size(plan.app_dir)
    print(f"[4/4] Built {executable_path(plan.app_dir)}\n"
          f"      {size / 2**20:.0f} MB in {count} files ({plan.app_dir}).")
    return plan
