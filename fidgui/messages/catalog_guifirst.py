"""English sentences of the window's first-use items of issue 12: the model's state from the start, the setup
dialog offline, a non-standard model said everywhere, results that no longer match the inputs, dropped image
files, and counts checked in the background so they agree with the run."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    # Dropping onto a side
    "drop_nothing_local": "Only files and folders on this computer can be dropped here: a folder of images, image "
    "files, or a statistics file (.npz).",
    "drop_not_image": "{name} is not an image fidgui reads. Drop a folder of images, image files ({types}) or a "
    "statistics file (.npz).",
    "drop_no_images": "None of the {count:n} dropped files is an image fidgui reads ({types}).",
    "drop_several_folders": "{count:n} folders were dropped on one side, which compares one set of images. To "
    "compare several folders with the real images, use Run > Compare many folders.",
    "drop_mixed": "Drop either one folder, or image files, or one statistics file: not a mixture of them.",
    "selection_name": "{count:n} chosen {count:one:file|files} in {folder}",
    # Counts checked in the background
    "zone_checking": "Image files: {total:n}. Checking that each one opens: {done:n} of {total:n}…",
    "zone_usable": "Usable images: {usable:n}",
    "zone_usable_of_chosen": "Usable images: {usable:n} of the {chosen:n} chosen files",
    "zone_too_few": "Only {usable:n} usable {usable:one:image|images} here: FID needs at least 2 on each side. Every "
    "file that will be left out, and why, is listed below.",
    # The model's state in the main window
    "model_state_title": "Networks:",
    "model_state_checking": "{network}: checking the installed model…",
    "model_state_none": "{network}: not set up yet; it is needed before images can be compared.",
    "model_state_standard": "{network}: the standard network, set up.",
    "model_state_not_standard": "{network}: set up, but not the standard network (weights SHA-256 {sha256}); its "
    "figures are not comparable with published ones.",
    "model_state_not_installed": "{network}: not installed.",
    "model_state_not_installed_needed": "{network}: not installed, and a chosen measure needs it.",
    "model_state_set_up": "Set up…",
    "model_state_set_up_standard": "Set up the standard model…",
    "network_inception": "FID Inception",
    "network_dinov2": "DINOv2 (FD_DINOv2)",
    "network_clip": "CLIP (CMMD)",
    # The Model menu
    "model_menu_none": "No model set up",
    "model_menu_file": "File: {path}",
    "model_menu_hash": "Weights SHA-256: {sha256}",
    "model_menu_standard": "The standard FID network",
    "model_menu_not_standard": "Not the standard FID network",
    # A non-standard model, wherever results are made
    "model_not_standard": "The model {path} is not the standard FID network (weights SHA-256 {sha256}): this figure "
    "can only be compared with figures made with the same model, not with published FIDs.",
    "model_imported_not_standard": "These weights are not the standard FID weights (SHA-256 {sha256}, the standard "
    "is {standard}): every result made with them will say so, and cannot be compared with published FIDs.",
    # The setup dialog and `model install` offline
    "setup_offline": "This computer cannot reach {host}, where the weights are published. Download the file below on "
    "a computer with internet access, bring it here (for example on a USB stick) and use “Choose a file…”.",
    "setup_url": "Address: {url}",
    "setup_sha256": "Its SHA-256, to check the file: {sha256}",
    "setup_copy_url": "Copy the address",
    "setup_url_copied": "The address was copied.",
    "cli_install_offline": "This computer cannot reach {host}. On a computer with internet access, download\n  {url}\n"
    "check that its SHA-256 is\n  {sha256}\nthen bring it here and run:\n  fidgui-cli model import FILE",
    "cli_install_failed_next": "Or download {url} on another computer, check that its SHA-256 is {sha256}, and run "
    "'fidgui-cli model import FILE'.",
    # Results that no longer match the inputs
    "result_previous": "Previous comparison: {real} vs {generated}. The inputs or settings have changed since; press "
    "Compare for a figure of the current choice.",
    "views_previous": "These views belong to the previous comparison ({real} vs {generated}); the main window's inputs "
    "have changed since.",
    "history_source_missing": "The {side} input of this result, {path}, no longer exists; it was left as it was.",
}
