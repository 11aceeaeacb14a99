"""English sentences for issue 12's items 9, 15, 16, 17 and ``--dims``: feature widths, top-level reading,
compare-many's rows, the report's settings, and the small wording fixes of the window and the command line."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    # --- --dims ---
    "unknown_dims": "The {encoder} network gives features of width {choices}, not {dims}; choose one of those.",
    "model_lacks_block": (
        "The model {path} has no inner layer for the output {output} (it was not converted by fidgui), so it can "
        "only give 2048-wide features; import the weights file (.pth) to use other widths."
    ),
    "statistics_width_other_dims": (
        "The statistics in {name} describe {width} features per image, as pytorch-fid's --dims {width} makes them, "
        "but this comparison uses {expected}; compare with --dims {width} (both sides need that width)."
    ),
    "rank_deficient_dims": (
        "{shortage} images, not more than the {features:n} features the network describes each image with, so the "
        "covariance is incomplete (rank-deficient). The FID is still computed, but it is inflated by this shortage "
        "and only comparable with FIDs computed from the same number of images. Use more than {features:n} images "
        "per side, ideally 10,000 or more; or, as pytorch-fid advises for small sets, use narrower features with "
        "--dims {narrower} (FIDs of different widths cannot be compared with each other); or look at KID, which "
        "has no such bias."
    ),
    # --- item 9: subfolders ---
    "from_subfolders": (
        "{side_images}: {count:n} of the {total:n} images used came from subfolders. pytorch-fid reads only the "
        "folder's top level; to read exactly what it reads, use --top-level-only (in the window: the setting "
        "\"Top level only, as pytorch-fid\")."
    ),
    "top_level_subfolder_left_out": "a subfolder: only the top level is read (as pytorch-fid does)",
    "top_level_extension_left_out": (
        "pytorch-fid's listing leaves out the extension .{extension} (it matches png, jpg, jpeg, bmp, tif, tiff, "
        "webp, pgm and ppm, in that case only)"
    ),
    "setting_top_level_only": "Top level only, as pytorch-fid",
    "setting_top_level_only_tip": (
        "Read only the images directly in each folder, listed exactly as pytorch-fid lists them (its nine "
        "extensions, case as written); subfolders are left out. Off: subfolders are read too."
    ),
    # --- item 17: small things ---
    "result_information": "For information:",
    "progress_side_done": "{side}: all {total} images read",
    "device_fallback_cpu_running": "The computation runs on the CPU because {reason}.",
    "cli_progress_from_cache": "{side}: all {total:n} images from the feature cache",
    "cli_progress_side_left": "{side}: {done}/{total} images, {rate:.1f} images/s, about {time} left",
    # --- item 16: the report beside the result, its settings in words ---
    "save_report_button": "Save &report…",
    "save_report_title": "Save the result as an HTML report",
    "save_report_filter": "Web pages (*.html)",
    "report_saved": "The report was saved as {path}.",
    "report_not_saved": "The report could not be saved ({reason}). Choose another folder and try again.",
    "setting_label_metrics": "Metrics",
    "setting_label_dims": "Feature width",
    "setting_label_top_level_only": "Top level of each folder only, as pytorch-fid",
    "setting_label_encoder": "Network",
    "setting_label_device_requested": "Device asked for",
    "setting_label_batch_size": "Batch size",
    "setting_label_num_workers": "Image decoding threads",
    "setting_label_kid_subset_size": "KID subset size",
    "setting_label_kid_subsets": "KID subsets",
    "setting_label_isc_splits": "Inception Score splits",
    "setting_label_nearest_k": "Neighbours for precision and recall",
    "setting_label_seed": "Random seed",
    "setting_label_model_path": "Model file for this run",
    "setting_label_encoder_modes": "Modes of the other networks",
    "setting_label_cluster": "Features computed on the cluster",
    "setting_value_device_requested_auto": "Automatic (the GPU when one works, else the CPU)",
    "setting_value_device_requested_cpu": "CPU",
    "setting_value_device_requested_cuda": "GPU (NVIDIA CUDA)",
    "setting_value_encoder_inception": "Inception-v3 (FID's network)",
    # --- item 15: compare-many ---
    "many_column_warnings": "Warnings",
    "many_time_left": "about {time} left in all",
}
