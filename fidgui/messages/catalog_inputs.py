"""English sentences for hostile and unlucky inputs: images, folders, statistics files, stores, outputs."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "image_file_too_large": "This file is {gigabytes} GB, more than the {limit_gigabytes} GB fidgui reads; save a "
    "smaller copy of it (FID scales every image to 299 × 299 pixels anyway).",
    "image_is_folder": "This is a folder, not an image file.",
    "image_not_regular_file": "This is not a regular file but a pipe, a device or a socket, so it was not opened "
    "(reading it could wait forever).",
    "image_jpeg_hollow": "This JPEG file is cut short: its header announces {width} × {height} pixels, but its "
    "{size_bytes} bytes cannot hold them, probably after an interrupted download or copy. Copy it again, or remove it.",
    "image_over_memory_budget": "This image is {width} × {height} pixels and would need {gigabytes} GB of memory to "
    "decode, more than the {limit_gigabytes} GB fidgui allows one image; save a smaller copy of it (FID scales every "
    "image to 299 × 299 pixels anyway).",
    "folder_is_special_file": "“{path}” is a pipe, a device or a socket, not a folder or a file; choose the folder "
    "that holds the images, or a statistics .npz file.",
    "stats_not_regular_file": "{name} is not a regular file but a pipe, a device or a socket, so it was not "
    "opened (reading it could wait forever); choose the .npz file itself.",
    "stats_unreadable": "{name} could not be read ({reason}); check that the drive holding it is still connected.",
    "stats_text_file": "{name} holds text, not saved statistics; choose an .npz file saved by fidgui, pytorch-fid "
    "or TTUR.",
    "stats_npy_not_npz": "{name} is a single NumPy array (an .npy file renamed to .npz), not saved statistics, "
    "which hold a mean and a covariance; choose an .npz file saved by fidgui, pytorch-fid or TTUR.",
    "stats_not_npz": "{name} is not an .npz archive, so it holds no saved statistics; choose an .npz file saved by "
    "fidgui, pytorch-fid or TTUR.",
    "stats_damaged": "{name} is damaged and could not be read as saved statistics ({reason}); copy it again, or "
    "recompute the statistics.",
    "stats_missing_arrays": "{name} holds no FID statistics (it needs the arrays 'mu' and 'sigma'); choose a file "
    "saved by fidgui, pytorch-fid or TTUR.",
    "stats_array_shape": "In {name}, the array '{array}' has the shape {shape} where {expected} was expected; the "
    "file is damaged or not FID statistics.",
    "stats_array_not_numbers": "In {name}, the array '{array}' does not hold plain numbers (its type is {dtype}); "
    "the file is damaged or not FID statistics.",
    "stats_array_too_large": "In {name}, the array '{array}' declares {gigabytes} GB, more than statistics of at "
    "most {max_dims} features need or than a {archive_megabytes} MB file can hold; the file is damaged or made to "
    "exhaust memory, so it was not read.",
    "stats_shapes_mismatch": "{name} has a mean of shape {mu_shape} and a covariance of shape {sigma_shape}; they "
    "do not fit together, so the file is damaged or not FID statistics.",
    "stats_count_invalid": "{name} gives the number of images as {count}, which is not a whole number of at least "
    "2; the file is damaged.",
    "stats_text_invalid": "In {name}, the entry '{array}' is not a short text; the file is damaged.",
    "stats_not_finite": "{name} holds values that are not finite numbers (NaN or infinity); it is damaged, so "
    "recompute it.",
    "stats_covariance_not_symmetric": "The covariance in {name} is not symmetric (entries differ from their mirror "
    "image by up to {difference}); a covariance always is, so the file is damaged or not FID statistics.",
    "stats_covariance_not_psd": "The covariance in {name} has a negative variance in some direction (its smallest "
    "eigenvalue is {eigenvalue}), which no set of images can produce; the file is damaged or was altered, and an "
    "FID computed from it would be meaningless. Recompute the statistics.",
    "output_not_written": "{path} could not be written ({reason}); choose another place, free some disk space, or "
    "check that the folder can be written. Nothing was changed there.",
    "output_is_folder": "{path} is a folder; choose a file name to write to.",
    "output_parent_not_folder": "{path} cannot be written: {parent} is a file, not a folder; choose another place.",
    "output_pipe_without_reader": "{path} is a pipe that no program is reading from, so nothing was written to it.",
    "store_read_only": "The {label} at {path} can only be read ({reason}): it is shown, but nothing new is "
    "recorded in it until the folder can be written and the disk has space.",
    "store_read_only_other_format": "The {label} at {path} cannot be written ({reason}) and is in format {version}, "
    "not {expected}; this version of fidgui cannot read it without converting it.",
    "store_unopenable": "The {label} at {path} could not be opened ({reason}); check that the folder exists and "
    "can be written, and that the disk is not full.",
    "history_no_entry": "Comparison number {id} is not in the history; it may have been deleted. Refresh the list.",
    "history_entry_damaged": "Comparison number {id} is damaged in the history: its stored result cannot be read. "
    "Delete it, or look at the other comparisons.",
    "stats_not_saved": "The statistics files were not saved; the figures above are complete.",
}
