"""English sentences of the comparison, sample-size warnings, metric refusals, feature cache, maps and CLI."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "error": "Something went wrong.",
    "cancelled": "The run was cancelled.",
    # --- codes: words other sentences are built from ---
    "side_real": "real",
    "side_generated": "generated",
    "side_real_images": "Real images",
    "side_generated_images": "Generated images",
    "subject_precision_recall": "Precision and recall",
    "subject_density_coverage": "Density and coverage",
    "subject_prdc": "Precision, recall, density and coverage",
    # --- codes: the comparison (core/run) ---
    "unknown_mode": "Unknown compatibility mode '{mode}'; choose one of: {choices}.",
    "batch_size_too_small": "The batch size must be at least 1.",
    "side_not_found": "The {side} images were not found at {path}; check the folder and try again.",
    "too_few_images": (
        "The {side} side has {count} usable {count:one:image|images} in {path}; FID needs at least 2 images on each "
        "side (and thousands for a trustworthy figure). Add images or choose another folder."
    ),
    "too_few_images_skipped": (
        "The {side} side has {count} usable {count:one:image|images} in {path}; FID needs at least 2 images on each "
        "side (and thousands for a trustworthy figure). {skipped} {skipped:one:file was|files were} skipped, for "
        "example {name}: {reason:clause}. Add images or choose another folder."
    ),
    "statistics_mode_differs": (
        "The statistics in {name} were computed in '{found}' mode, but this comparison uses '{mode}'; FIDs from "
        "different modes cannot be mixed. Choose '{found}' mode or recompute the statistics from the images."
    ),
    "statistics_model_differs": (
        "The statistics in {name} were computed with a different model ({found}…) than this run's ({model}…); "
        "recompute them with the current model."
    ),
    "not_a_folder": "{path} is not a folder; choose the folder of images to describe.",
    "conversion": "{side_images}: {note}",
    "metric_skipped": "{metric} was not computed: {reason}",
    "pairwise_needs_two": "A pairwise comparison needs at least two folders; add another folder and start again.",
    "folder_unreadable": "{path} could not be read ({reason}); check the folder and try again.",
    # --- codes: sample-size warnings (core/report) ---
    "rank_deficient": (
        "{shortage} images, not more than the {features:n} features the network describes each image with, so the "
        "covariance is incomplete (rank-deficient). The FID is still computed, but it is inflated by this shortage "
        "and only comparable with FIDs computed from the same number of images. Use more than {features:n} images "
        "per side, ideally 10,000 or more, or look at KID, which has no such bias."
    ),
    "rank_deficient_real": "The real side has only {count:n}",
    "rank_deficient_generated": "The generated side has only {count:n}",
    "rank_deficient_both": "The real side has only {real:n} and the generated side has only {generated:n}",
    "small_sample": (
        "FID is biased upward with few images: with {count:n} images on the smaller side the figure comes out "
        "higher than it would with {recommended:n} or {published:n} (the number most papers use). Compare it only "
        "with FIDs computed from the same number of images."
    ),
    "unbalanced": (
        "The two sides have very different numbers of images ({real:n} real, {generated:n} generated). The smaller "
        "side limits how precise the FID is; use similar numbers on both sides when you can."
    ),
    "duplicates": (
        "{count:n} {side} {count:one:image is an exact copy|images are exact copies} of another image in the same "
        "folder. Copies count twice and make the set look less varied than it is; remove them unless that is "
        "intended."
    ),
    "upsampled": (
        "{count:n} {side} {count:one:image is|images are} smaller than the network's {size} x {size} pixels and "
        "{count:one:was|were} enlarged to fit it. That is what every FID tool does, but FIDs of small images are "
        "only comparable with FIDs of images of the same size."
    ),
    "report_picture_not_png": "The picture '{caption}' is not a PNG image, so the report was not written; try again.",
    # --- codes: metrics' refusals (core/metrics) ---
    "statistics_size_mismatch": (
        "The two sets of statistics have different sizes ({first} and {second} features); they were made with "
        "different networks or layers and cannot be compared."
    ),
    "statistics_not_finite": (
        "The statistics contain invalid values (NaN or infinity), so no FID can be computed; recompute them from "
        "the images."
    ),
    "statistics_mode_mismatch": (
        "One side was computed in '{first}' mode and the other in '{second}' mode; FIDs from different modes differ "
        "by design. Compute both sides in the same mode."
    ),
    "statistics_model_mismatch": (
        "The two sides were computed with different networks (their weights differ); recompute both with the same "
        "model."
    ),
    "features_not_table": (
        "The {side} features must be a table of one row per image; they have shape {shape}. Recompute them from "
        "the images."
    ),
    "covariance_too_few_images": "A covariance needs at least {needed} images, and the {side} set has {count}; add images to it.",
    "features_not_finite": "The {side} features contain invalid values (NaN or infinity); recompute them from the images.",
    "feature_width_mismatch": (
        "The two sides have different feature sizes ({first} and {second}); they were made with different networks "
        "or layers and cannot be compared."
    ),
    "bootstrap_too_few_rounds": "A bootstrap interval needs at least 2 rounds; {rounds} were asked.",
    "confidence_out_of_range": "The confidence of an interval must lie between 0 and 1 (such as 0.9); {confidence} was asked.",
    "fid_infinity_too_few_points": "FID-infinity fits a line, so it needs at least 2 subset sizes; {points} were asked.",
    "fid_infinity_too_few_images": (
        "FID-infinity needs at least {needed} generated images (twice the {dims} features, so that every subset has "
        "more images than features); this set has {count}. Add images, or report the plain FID."
    ),
    "fid_infinity_min_size": (
        "The smallest FID-infinity subset must hold from {dims} (the number of features) to {largest} images; "
        "{asked} was asked."
    ),
    "kid_too_few_images": "KID needs at least 2 images on each side; add images to the smaller folder.",
    "inception_score_too_few_images": "The Inception Score needs at least {splits} images (one per split); this set has {count}.",
    "neighbours_bad_arguments": "{metric} needs a neighbour count and a block size of at least 1; {k} and {block} were asked.",
    "neighbours_too_few_images": (
        "{metric} needs more than {k} images on each side, because each image's neighbourhood is set by its {k} "
        "nearest neighbours in the same set; the {side} set has {count}. Add images to it."
    ),
    "features_not_finite_for_metric": (
        "The {side} features contain invalid values (NaN or infinity), so {metric} cannot be computed; recompute "
        "them from the images."
    ),
    "real_generated_width_mismatch": (
        "The real and generated features have different sizes ({first} and {second}); they were made with different "
        "networks or layers and cannot be compared."
    ),
    # --- codes: the feature cache turning itself off (core/stores/feature_cache) ---
    "feature_cache_off": "{reason} This run goes on without the feature cache.",
    "feature_cache_unusable": (
        "The feature cache could not be used ({reason}); this run goes on without it, so images are computed again. "
        "Nothing else is affected."
    ),
    # --- codes: maps and nearest images (core/insight) ---
    "map_features_mismatch": (
        "The map needs one row of features per image with the same width on both sides; got {real_shape} and "
        "{generated_shape}. Run the comparison again."
    ),
    "map_too_few_images": "The map needs at least two images in all; add images and run the comparison again.",
    "nearest_features_mismatch": (
        "Nearest images need features of the same width on both sides and at least one image to compare with; got "
        "{first_shape} and {second_shape}. Run the comparison again."
    ),
    "features_invalid": "The features contain invalid values (NaN or infinity); run the comparison again.",
    "no_per_image_features": (
        "This result has no per-image features, so its images cannot be ranked; run the comparison again with "
        "per-image features kept."
    ),
    "tsne_too_many_images": (
        "The t-SNE map can show at most {limit:n} images in all and these results hold {count:n}; it would take too "
        "long and too much memory. Use the PCA map instead, or compare smaller folders."
    ),
    # --- codes: the command line's own sentences (fidgui/cli) ---
    "skipped_file": "{name}: {reason}",
    "cli_history_not_recorded": "the result was not added to the history: {reason}",
}
