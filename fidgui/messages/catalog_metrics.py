"""English names, rows, meanings and refusals of the registered metrics."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "metric_inputs_missing": "it needs the per-image {inputs}, which this run did not keep.",
    "metric_unknown": "Unknown metric '{metric}'; choose one of: {choices}.",
    "metric_already_registered": (
        "A metric named '{metric}', or one with one of its result keys, is already registered; give the new metric "
        "a name and keys of its own."
    ),
    "metric_fid": "FID",
    "metric_fid_choice": "FID (always computed)",
    "metric_kid": "KID",
    "metric_kid_choice": "KID (Kernel Inception Distance)",
    "metric_kid_meaning": (
        "Kernel Inception Distance: like FID, lower is closer. It is unbiased, so unlike FID it can be trusted with "
        "small sets of images."
    ),
    "metric_is": "The Inception Score",
    "metric_is_choice": "Inception Score",
    "metric_is_generated": "Inception Score (generated)",
    "metric_is_meaning": (
        "How clearly and how variously the network recognises the generated images; higher is better. It does not "
        "look at the real images."
    ),
    "metric_is_real": "Inception Score (real)",
    "metric_is_real_meaning": "The same score for the real images, as a yardstick.",
    "metric_prdc": "Precision and recall",
    "metric_prdc_choice": "Precision and recall",
    "metric_precision": "Precision",
    "metric_precision_meaning": "How many generated images look like real ones (0 to 1; higher is better).",
    "metric_recall": "Recall",
    "metric_recall_meaning": "How much of the real images' variety the generated images cover (0 to 1; higher is better).",
    "metric_density": "Density",
    "metric_density_meaning": (
        "Like precision, but less sensitive to outliers; about 1 when the sets match, and can exceed 1."
    ),
    "metric_coverage": "Coverage",
    "metric_coverage_meaning": "Like recall, but less sensitive to outliers (0 to 1; higher is better).",
    "metric_fid_interval": "The FID interval",
    "metric_fid_interval_choice": "FID interval (slower: 50 extra FIDs)",
    "metric_fid_interval_row": "FID interval (bootstrap, {percent} %)",
    "metric_fid_interval_meaning": (
        "How much the FID would vary with another set of images of the same size ({percent} % bootstrap interval); "
        "a difference between two FIDs smaller than this may be chance."
    ),
    "metric_fid_infinity": "FID-infinity",
    "metric_fid_infinity_choice": "FID-infinity (needs 4,096+ generated images)",
    "metric_fid_infinity_row": "FID-infinity (extrapolated to unlimited images)",
    "metric_fid_infinity_meaning": (
        "The FID extrapolated to unlimited generated images, so that sets of different sizes can be compared; rough "
        "below about 20,000 generated images."
    ),

}
