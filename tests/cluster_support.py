"""A Dask LocalCluster of two worker processes for the cluster tests, started once per test module."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Iterator

import pytest

from conftest import IMAGES
from fidgui.core.cluster.address import WORKER_THREADS_VARIABLE


def start_local_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object]]:
    """Two worker processes of one thread each; yields (scheduler address, a client for the test's own checks)."""
    from distributed import Client, LocalCluster

    with pytest.MonkeyPatch.context() as patch:  # the workers inherit a private FIDGUI_HOME, never the real one
        patch.setenv("FIDGUI_HOME", str(tmp_path_factory.mktemp("cluster_home")))
        patch.setenv(WORKER_THREADS_VARIABLE, "1")  # two processes on two cores, as local:2 starts them
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=logging.CRITICAL) as cluster:
            with Client(cluster, set_as_default=False) as client:
                yield cluster.scheduler_address, client


def mixed_folder(parent: Path) -> Path:
    """``parent/real`` (10 images of small_a) and ``parent/generated``, returned: images that exercise the whole
    report (skipped files, conversions, a duplicate, small pictures)."""
    (parent / "real").mkdir()
    for path in sorted((IMAGES / "small_a").iterdir())[:10]:
        shutil.copy(path, parent / "real" / path.name)
    target = parent / "generated"
    target.mkdir()
    for path in sorted((IMAGES / "small_b").iterdir())[:6]:
        shutil.copy(path, target / path.name)
    shutil.copy(sorted((IMAGES / "small_b").iterdir())[0], target / "zz_duplicate.jpg")
    for name in ("gray_L.png", "exif_rotated.jpg", "gray16_I16.png"):
        shutil.copy(IMAGES / "modes" / name, target / name)
    for name in ("empty.png", "truncated.jpg", "not_an_image.jpg"):
        shutil.copy(IMAGES / "broken" / name, target / f"broken_{name}")
    return target
