"""Every message code with its English sentence; ``{name}`` marks where a parameter goes.

The English text is also the source text translators work from. Parameters are
inserted whole (numbers, file names, paths) and never translated. ``{n:n}`` groups
a count's thousands; ``{n:one:image|images}`` picks the words that follow a count;
``{reason:clause}`` drops a nested sentence's final full stop. Each area keeps its
codes in a block of its own (a comment names it), so parallel work merges cleanly.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "error": "Something went wrong.",
    "cancelled": "The run was cancelled.",
    # --- codes: words other sentences are built from ---
    "side_real": "real",
    "side_generated": "generated",
    "side_real_images": "Real images",
    "side_generated_images": "Generated images",
    "subject_kid": "KID",
    "subject_inception_score": "The Inception Score",
    "subject_precision_recall": "Precision and recall",
    "subject_density_coverage": "Density and coverage",
    "subject_prdc": "Precision, recall, density and coverage",
    "subject_fid_interval": "The FID interval",
    "subject_fid_infinity": "FID-infinity",
    # --- codes: the comparison (core/run) ---
    "unknown_mode": "Unknown compatibility mode '{mode}'; choose one of: {choices}.",
    "batch_size_too_small": "The batch size must be at least 1.",
    "side_not_found": "The {side} images were not found at {path}; check the folder and try again.",
    "metrics_need_images": (
        "KID, the Inception Score, precision and recall and the FID interval need the images themselves, not "
        "saved statistics; use image folders on both sides or compute only FID."
    ),
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
        "were enlarged to fit it. That is what every FID tool does, but FIDs of small images are only comparable "
        "with FIDs of images of the same size."
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
    "cli_history_not_recorded": "the result was not added to the history: {reason}",
    # encoders
    "unknown_encoder": "fidgui knows no network called '{name}'; choose one of: {known}.",
    "statistics_width_mismatch": (
        "The statistics in {name} describe {width} features per image, but the {encoder} network gives {expected}; "
        "they were computed with another network or setting. Recompute them from the images."
    ),
    "feature_cache_rebuilt": (
        "The feature cache was written by an older version of fidgui (format {version}) and could not be converted, "
        "so it has been emptied and is being rebuilt: images are read through the network again once. "
        "Nothing else is affected."
    ),
    # metrics (fidgui.core.metrics.registry and entries/: names, rows, meanings, checkbox texts)
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

# --- Weights files and models (torch_reader, encoders/inception, model_store): the weights engineer's block ---
_STANDARD_FILE = "the standard FID weights file pt_inception-2015-12-05-6726825d.pth"
ENGLISH.update({
    "weights_unreadable": "The weights file {path} could not be read ({reason}). "
                          "Check that it exists and that you may open it, then try again.",
    "weights_not_torch": f"The file {{path}} is not a PyTorch weights file. Choose {_STANDARD_FILE}.",
    "weights_runs_code": "The file {path} asks to run code ({name}) when opened, which a weights file never needs, "
                         f"so fidgui refused to open it. Use {_STANDARD_FILE} from a source you trust.",
    "weights_tampered": "The file {path} changes {what} after creating it, which a genuine weights file never does, "
                        f"so fidgui refused to open it. Use {_STANDARD_FILE} from a source you trust.",
    "weights_object_any": "an object",
    "weights_object_storage_type": "a storage type",
    "weights_object_storage_record": "a storage record",
    "weights_object_tensor_record": "a tensor record",
    "weights_object_function": "a function it calls",
    "weights_object_state_dict": "the state dict",
    "weights_unsupported_writer": "The weights file {path} was written by a PyTorch version or on a machine that "
                                  f"fidgui cannot read. Use {_STANDARD_FILE} instead.",
    "weights_not_state_dict": "The file {path} is a PyTorch file but not a plain set of weights (a state dict). "
                              f"Choose {_STANDARD_FILE}.",
    "weights_incomplete": "The weights file {path} is incomplete: it holds only {held_mb} MB, probably because a "
                          "download was cut off. Download it again.",
    "weights_incomplete_of": "The weights file {path} is incomplete: it holds only {held_mb} MB of the {expected_mb} MB "
                             "it should, probably because a download was cut off. Download it again.",
    "weights_damaged": "The weights file {path} is damaged: {problem}. Download it again.",
    "weights_problem_mismatch": "its contents do not fit together",
    "weights_problem_beyond_file": "it declares a block of data longer than the whole file ({size_mb} MB)",
    "weights_problem_header_too_long": "its description of the tensors is longer than {limit_mb} MB, "
                                       "far more than any network needs",
    "weights_problem_bad_record": "the tensor {name} has an impossible shape, stride or offset",
    "weights_problem_outside_storage": "the tensor {name} reaches beyond the data it is cut from",
    "weights_problem_too_much_memory": "its tensors would take more than {limit_mb} MB of memory, "
                                       "far more than the file itself holds",
    "weights_problem_structure": "its structure could not be read ({detail})",
    "weights_wrong_layout": "The file {path} does not hold the FID Inception network: {problems}. "
                            f"Choose {_STANDARD_FILE}.",
    "weights_layout_missing": "{count} tensors are missing ({names})",
    "weights_layout_unexpected": "{count} tensors are not part of it ({names})",
    "weights_layout_misshapen": "{count} tensors have the wrong shape ({names})",
    "weights_layout_and": "{first}; {rest}",
    "weights_wrong_dtype": "The tensor {name} in {path} holds {dtype} values where the FID Inception network needs "
                           f"floating-point numbers. Choose {_STANDARD_FILE}.",
    "weights_not_finite": "The weights file {path} holds {count} values that are not numbers or are infinite in the "
                          "tensor {name}; every figure computed with it would be meaningless, so it was not used. "
                          f"Use {_STANDARD_FILE}.",
    "weights_negative_variance": "The weights file {path} holds {count} negative variances in the BatchNorm tensor "
                                 "{name}, which no trained network has, so it was not used. "
                                 f"Use {_STANDARD_FILE}.",
})
ENGLISH.update({
    "model_unreadable": "The model file {path} could not be read ({reason}). "
                        "Check that it exists, or set the model up again.",
    "model_damaged": "The model file {path} is damaged or is not an ONNX model. "
                     "Set the model up again from the weights file.",
    "model_too_large": "The model file {path} is {size_mb} MB, more than the {limit_mb} MB any FID network needs, "
                       "so it was not opened. Set the model up again from the weights file.",
    "model_refused": "The model file {path} cannot be used as the FID Inception network: {reason}. "
                     "Build the model from the FID weights file instead.",
    "model_problem_input": "it must take one float32 input of shape [batch, 3, {size}, {size}]",
    "model_problem_output": "it must give a float32 output '{name}' of shape [batch, {width}]",
    "model_problem_foreign_operators": "it uses operators from outside the standard ONNX set, or far too many",
    "model_problem_operator": "it uses the operator {op}, which the FID network never needs and whose memory "
                              "cannot be bounded before running it",
    "model_problem_external_data": "it reads weights from other files on the disk",
    "model_problem_too_many_weights": "it holds {count} weights, far more than the FID network's 23.8 million",
    "model_problem_huge_tensor": "its {op} operator makes a tensor too large to be checked before running it",
    "model_problem_run_failed": "it fails when run on two test images ({detail})",
    "model_problem_output_shape": "for two test images its output '{name}' is {shape} instead of {expected}",
    "model_problem_output_values": "for two test images its output '{name}' holds values that are not finite numbers",
    "model_file_missing": "The file {path} was not found; check the path and try again.",
    "model_unknown_kind": "{name} is neither a weights file (.pth) nor an ONNX model (.onnx). Choose "
                          f"{_STANDARD_FILE} or a model converted by fidgui.",
    "model_passed_over": "Passed over {path}: {problem}",
    "model_none_set_up": "No FID model is set up yet. Run 'fidgui-cli model install' to download it (95 MB), or "
                         "'fidgui-cli model import FILE' with pt_inception-2015-12-05-6726825d.pth or a converted "
                         "model brought on a USB stick; in the window, press Compare and follow the setup dialog.",
    "model_none_usable": "No usable FID model is set up: {problem} Run 'fidgui-cli model install' to download the "
                         "standard one (95 MB), or 'fidgui-cli model import FILE' with "
                         "pt_inception-2015-12-05-6726825d.pth.",
    "cache_converted_models_status": "Models converted for single runs ({folder}): {count} kept, {size_mb} MB "
                                     "(at most {limit} are kept, the least recently used go first).",
    "cache_converted_models_cleared": "The models converted for single runs were deleted; {size_mb} MB freed.",
})
