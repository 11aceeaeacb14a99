"""What a Dask cluster costs and gives, on this machine. Not a test: run it by hand.

    python benchmarks/cluster_overhead.py [--images 400] [--shard-size 25]

For the same generated 64x64 PNGs it times one folder's statistics computed locally, and on a
``local:2`` cluster (two worker processes of one thread), with automatic shards and with small ones,
and reports the per-shard overhead: the workers' time not spent inside a shard (scheduling, sending the
shard's rows back, waiting for the last shard), divided by the number of shards. Both runs load their
network once beforehand, so only the extraction is compared, and the statistics must come out equal.

On a 2-core computer no speed-up is to be expected: the local run already uses both cores (the network's
threads and the decoding threads), and two worker processes only share the same two cores, plus the
overhead. A cluster pays off with more machines (or more cores than one process uses well); see the
README's "Computing on several machines".
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from run_benchmarks import DEFAULT_WEIGHTS, write_pngs  # noqa: E402  (the same generated images)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--images", type=int, default=400)
    parser.add_argument("--shard-size", type=int, default=25, help="the small shards' size (default: 25)")
    parser.add_argument("--weights", type=Path, default=DEFAULT_WEIGHTS)
    args = parser.parse_args()

    from distributed import LocalCluster

    from fidgui.core.base.comparison_types import ComparisonRequest
    from fidgui.core.cluster.address import WORKER_THREADS_VARIABLE
    from fidgui.core.base.core_share import available_cores
    from fidgui.core.cluster.work import ClusterWork
    from fidgui.core.encoders.inception.graph import build_inception_onnx, save_model_atomically
    from fidgui.core.encoders.inception.weights import load_fid_weights
    from fidgui.core.run.comparison import compute_statistics
    from fidgui.core.run.sessions import SessionCache

    class TimedWork(ClusterWork):
        """Records each shard's time inside the worker."""

        shard_seconds: list[float] = []

        def _take(self, result, keys, on_notice):  # type: ignore[no-untyped-def]
            TimedWork.shard_seconds.append(result.seconds)
            super()._take(result, keys, on_notice)

    with tempfile.TemporaryDirectory(prefix="fidgui-cluster-bench-") as scratch:
        workdir = Path(scratch)
        model = workdir / "model.onnx"
        save_model_atomically(build_inception_onnx(load_fid_weights(args.weights)), model)
        folder = write_pngs(workdir / "png64", args.images)
        warm = write_pngs(workdir / "warm", 4, seed=1)
        request = ComparisonRequest(real=folder, generated=folder, model=model, device="cpu")

        sessions = SessionCache()
        compute_statistics(ComparisonRequest(real=warm, generated=warm, model=model, device="cpu"), sessions=sessions)
        started = time.perf_counter()
        local, _ = compute_statistics(request, sessions=sessions)
        local_seconds = time.perf_counter() - started
        print(f"local: {args.images} images in {local_seconds:.1f} s ({args.images / local_seconds:.1f} images/s)")

        started = time.perf_counter()
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR,  # as local:2 starts it: each worker on half the cores
                               env={WORKER_THREADS_VARIABLE: str(max(1, available_cores() // 2))})
        print(f"starting local:2 took {time.perf_counter() - started:.1f} s (not counted below)")
        try:
            from fidgui.core.run import side_reading

            side_reading.ClusterWork = TimedWork  # type: ignore[misc]  # the comparison's own path, timed
            warm_request = ComparisonRequest(real=warm, generated=warm, model=model, device="cpu",
                                             cluster=cluster.scheduler_address, cluster_shard_size=2)
            compute_statistics(warm_request)  # sends the model and loads the network on both workers
            for label, size in (("automatic shards", None), (f"shards of {args.shard_size}", args.shard_size)):
                TimedWork.shard_seconds = []
                clustered = ComparisonRequest(real=folder, generated=folder, model=model, device="cpu",
                                              cluster=cluster.scheduler_address, cluster_shard_size=size)
                started = time.perf_counter()
                remote, _ = compute_statistics(clustered)
                seconds = time.perf_counter() - started
                shards = len(TimedWork.shard_seconds)
                overhead = (seconds * 2 - sum(TimedWork.shard_seconds)) / max(shards, 1)
                same = np.array_equal(remote.mu, local.mu) and np.array_equal(remote.sigma, local.sigma)
                print(f"local:2, {label}: {seconds:.1f} s ({args.images / seconds:.1f} images/s, "
                      f"{seconds / local_seconds:.2f}x the local time), {shards} shards, "
                      f"overhead {overhead:.2f} s per shard; statistics identical to local: {same}")
        finally:
            cluster.close()
    print("On 2 cores no speed-up is expected: the local run already keeps both cores busy, and the two worker "
          "processes share those same cores. A cluster helps when it adds machines.")


if __name__ == "__main__":
    main()
