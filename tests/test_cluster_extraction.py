"""Feature extraction on a Dask LocalCluster of two worker processes gives a local run's answer.

The same FID (relative difference at most 1e-9), the same per-image features, the same report
(skipped files and reasons, conversions, duplicates) in every mode and whatever the shard size;
the feature cache filled on the client as a local run fills it; a worker with another model refused;
a stop request honoured within seconds; a worker killed mid-run costs nothing but time.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import time
from pathlib import Path

import numpy as np
import pytest

import fidgui

from cluster_support import mixed_folder, start_local_cluster
from conftest import IMAGES
from fidgui.core.base.comparison_types import ComparisonRequest, ComparisonResult
from fidgui.core.base.errors import Cancelled, FidguiError
from fidgui.core.run.comparison import run_comparison
from fidgui.core.stores.feature_cache import FeatureCache

_LOCAL: dict[str, ComparisonResult] = {}  # the local runs, computed once per mode for the whole module


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    yield from start_local_cluster(tmp_path_factory)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Few images keep the module fast; ``real`` beside it holds 10 of small_a."""
    return mixed_folder(tmp_path_factory.mktemp("mixed"))


def _request(model: Path, generated: Path, mode: str, **more: object) -> ComparisonRequest:
    return ComparisonRequest(real=generated.parent / "real", generated=generated, mode=mode, model=model,
                             keep_features=True, **more)  # type: ignore[arg-type]


def _local(model: Path, generated: Path, mode: str) -> ComparisonResult:
    if mode not in _LOCAL:
        _LOCAL[mode] = run_comparison(_request(model, generated, mode))
    return _LOCAL[mode]


def _assert_same(local: ComparisonResult, remote: ComparisonResult, same_device: bool = True) -> None:
    assert local.fid is not None and remote.fid is not None
    assert abs(remote.fid - local.fid) <= 1e-9 * abs(local.fid)
    assert remote.real == local.real and remote.generated == local.generated  # counts, skipped + reasons, notes
    warned = [[notice.message for notice in result.warnings if same_device or notice.code != "device_fallback"]
              for result in (local, remote)]
    assert warned[0] == warned[1]
    for side in ("real", "generated"):
        assert remote.per_image[side].paths == local.per_image[side].paths
        np.testing.assert_array_equal(remote.per_image[side].pool3, local.per_image[side].pool3)


@pytest.mark.parametrize(("mode", "shard_size"), [("pytorch-fid", 1), ("tensorflow", 7), ("clean", 10_000)])
def test_a_cluster_run_equals_a_local_run_in_every_mode_and_shard_size(
    cluster, fixture_onnx: Path, generated: Path, mode: str, shard_size: int  # type: ignore[no-untyped-def]
) -> None:
    address, _client = cluster
    notices = []
    remote = run_comparison(_request(fixture_onnx, generated, mode, cluster=address, cluster_shard_size=shard_size),
                            on_notice=notices.append)
    local = _local(fixture_onnx, generated, mode)
    assert local.generated.skipped and local.generated.n_duplicates == 1 and local.generated.converted  # a full report
    _assert_same(local, remote)
    assert remote.device.startswith("cluster ") and remote.settings["cluster"] == address
    assert [n.params["workers"] for n in notices if n.code == "cluster_workers"] == [2]  # shown while running
    assert sorted(n.params["name"] for n in notices if n.code == "skipped") == sorted(
        Path(item.path).name for item in local.generated.skipped)


def test_the_cluster_fills_the_feature_cache_as_a_local_run_reads_it(
    cluster, fixture_onnx: Path, generated: Path  # type: ignore[no-untyped-def]
) -> None:
    address, _client = cluster
    with FeatureCache() as cache:
        remote = run_comparison(_request(fixture_onnx, generated, "pytorch-fid", cluster=address), cache=cache)
        again = run_comparison(_request(fixture_onnx, generated, "pytorch-fid"), cache=cache)
    assert again.real.from_cache == again.real.n_images == 10
    assert again.generated.from_cache == again.generated.n_images
    _assert_same(_local(fixture_onnx, generated, "pytorch-fid"), remote)
    _assert_same(_uncached(remote), _uncached(again), same_device=False)  # the second run loaded no network


def _uncached(result: ComparisonResult) -> ComparisonResult:
    return dataclasses.replace(result, real=dataclasses.replace(result.real, from_cache=0),
                               generated=dataclasses.replace(result.generated, from_cache=0))


def test_a_worker_holding_another_model_is_refused(
    cluster, fixture_onnx: Path, generated: Path  # type: ignore[no-untyped-def]
) -> None:
    address, client = cluster
    request = _request(fixture_onnx, generated, "pytorch-fid", cluster=address)

    def swap_model(keep: bool) -> None:  # runs on each worker (sent by value)
        from fidgui.core.cluster import worker_model

        for path in worker_model._INSTALLED.values():
            kept = path.with_suffix(".kept")
            if keep:
                path.replace(kept)
                path.write_bytes(b"another network")
            elif kept.exists():
                kept.replace(path)

    run_comparison(request)  # installs the model on both workers
    client.run(swap_model, True)
    try:
        with pytest.raises(FidguiError) as refused:
            run_comparison(request)
    finally:
        client.run(swap_model, False)
    assert refused.value.code == "cluster_model_differs"
    assert refused.value.params["worker"] in client.nthreads()


def test_a_stop_request_cancels_the_submitted_shards_within_seconds(
    cluster, fixture_onnx: Path  # type: ignore[no-untyped-def]
) -> None:
    address, client = cluster
    asked: list[float] = []

    def on_progress(progress) -> None:  # type: ignore[no-untyped-def]
        if progress.stage == "features" and not asked:
            asked.append(time.monotonic())

    request = ComparisonRequest(real=IMAGES / "small_a", generated=IMAGES / "small_b", model=fixture_onnx,
                                cluster=address, cluster_shard_size=1)
    with pytest.raises(Cancelled):
        run_comparison(request, on_progress=on_progress, should_stop=lambda: bool(asked))
    assert time.monotonic() - asked[0] < 5
    deadline = time.monotonic() + 10
    while any(str(key).startswith("fidgui-shard") for keys in client.processing().values() for key in keys):
        assert time.monotonic() < deadline, "shards still run on the workers after the stop"
        time.sleep(0.1)


def test_a_worker_killed_mid_run_has_its_shard_recomputed_and_nothing_counted_twice(
    cluster, fixture_onnx: Path, generated: Path  # type: ignore[no-untyped-def]
) -> None:
    address, client = cluster
    pids = client.run(os.getpid)
    killed: list[str] = []

    def on_progress(progress) -> None:  # type: ignore[no-untyped-def]
        if killed or progress.stage != "features" or progress.done >= progress.total:
            return
        busy = [worker for worker, keys in client.processing().items() if keys and worker in pids]
        victim = busy[0] if busy else sorted(pids)[0]
        os.kill(pids[victim], signal.SIGKILL)
        killed.append(victim)

    remote = run_comparison(_request(fixture_onnx, generated, "pytorch-fid", cluster=address, cluster_shard_size=3),
                            on_progress=on_progress)
    assert killed
    _assert_same(_local(fixture_onnx, generated, "pytorch-fid"), remote)
    client.wait_for_workers(2, timeout=60)  # the nanny restarts the worker: the cluster is whole again


def test_the_command_line_computes_statistics_on_the_cluster(
    cluster, fixture_onnx: Path, generated: Path, tmp_path: Path, capsys  # type: ignore[no-untyped-def]
) -> None:
    from fidgui.cli.main import main
    from fidgui.core.statistics.running import FeatureStatistics, RunningStatistics

    address, _client = cluster
    real = generated.parent / "real"
    there = tmp_path / "there.npz"
    assert main(["stats", str(real), str(there), "--model", str(fixture_onnx), "--no-cache", "--cluster", address]) == 0
    assert "10 images" in capsys.readouterr().out
    rows = _local(fixture_onnx, generated, "pytorch-fid").per_image["real"].pool3
    folded = RunningStatistics()
    for start in range(0, len(rows), ComparisonRequest.batch_size):  # the local run's own batches
        folded.update(rows[start:start + ComparisonRequest.batch_size])
    remote = FeatureStatistics.load(there)
    local = FeatureStatistics(folded.mean, folded.covariance, folded.n, "pytorch-fid", remote.model_sha256)
    from_python = fidgui.statistics(real, model=fixture_onnx, use_cache=False, cluster=address, cluster_shard_size=4)
    for computed in (remote, from_python):
        assert computed.n == local.n == 10 and computed.mode == local.mode
        assert computed.model_sha256 == _local(fixture_onnx, generated, "pytorch-fid").model_sha256
        np.testing.assert_array_equal(computed.mu, local.mu)
        np.testing.assert_array_equal(computed.sigma, local.sigma)
