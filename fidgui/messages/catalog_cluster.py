"""English sentences of computing on a Dask cluster and of merging statistics files."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "cluster_needs_dask": (
        "Computing on a cluster needs Dask, which is not installed. Install it with: "
        "pip install \"fidgui[cluster]\" (or pip install \"dask[distributed]\")."
    ),
    "cluster_address_invalid": (
        "'{address}' is not a cluster address. Give a Dask scheduler's address, such as tcp://lab-server:8786, or "
        "local:N to start N worker processes on this computer."
    ),
    "cluster_unreachable": (
        "The cluster's scheduler at {address} did not answer within {seconds} s. Is 'dask scheduler' running there, "
        "and can this computer reach its port?"
    ),
    "cluster_no_workers": (
        "The cluster's scheduler at {address} has no workers. Start one on each machine with: dask worker {address}"
    ),
    "cluster_model_missing": (
        "The cluster worker {worker} has not received this run's model (SHA-256 {expected}...). Run again; if it "
        "repeats, restart that worker."
    ),
    "cluster_model_differs": (
        "The cluster worker {worker} holds another model (SHA-256 {found}..., expected {expected}...), so it was "
        "refused: its features would not be comparable. Restart that worker so it receives this run's model."
    ),
    "cluster_shard_failed": (
        "A part of the work ({count:n} {count:one:image|images}) failed on the cluster: {reason:clause}. Check the "
        "workers' logs, then run again."
    ),
    "cluster_workers": "Computing on the cluster at {address}: {workers} {workers:one:worker|workers}.",
    "device_cluster": "the cluster at {address} ({workers} {workers:one:worker|workers})",
    "stats_merge_too_few": "Give at least two statistics files to merge.",
    "stats_merge_no_count": (
        "{name} does not record how many images it was made from (pytorch-fid and TTUR files do not), so it cannot "
        "be merged exactly. Compute it again with fidgui-cli stats."
    ),
    "stats_merge_mode_differs": (
        "{name} was computed in mode {found}, but {first} in mode {mode}; statistics of different modes are never "
        "merged."
    ),
    "stats_merge_model_differs": (
        "{name} was computed with another model (SHA-256 {found}...) than {first} ({model}...); statistics of "
        "different models are never merged."
    ),
    "stats_merge_width_differs": (
        "{name} holds {width}-dimensional features, but {first} {expected}-dimensional ones: they come from different "
        "encoders and are never merged."
    ),
    "stats_merge_unknown_provenance": (
        "{name} does not record its mode or its model, so it cannot be checked against the others and is not merged."
    ),
    "stats_merged": "Merged {files} statistics files ({count:n} {count:one:image|images}, mode {mode}) into {path}.",
    "cluster_setting_label": "Cluster:",
    "cluster_setting_placeholder": "scheduler address, e.g. tcp://lab-server:8786 (empty: this computer)",
    "cluster_setting_help": (
        "Compute on a cluster: the address of a Dask scheduler whose workers can read the folders at the same paths. "
        "Empty computes on this computer. The figures do not change."
    ),
}
