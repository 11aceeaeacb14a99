"""English sentences that were written inline before they had codes (issue 11), and the CLI's and report's words.

Conversion notes, device descriptions, skipped-file and folder reasons, the command line's own lines and the
HTML report's headings and labels. The English is kept exactly as it read before, so nothing changes for
English readers; every other language translates these codes in ``translations_words.py``.
"""

from __future__ import annotations

_FORMATS = "fidgui reads PNG, JPEG, WebP, BMP, TIFF, GIF, PGM and PPM files."
_COUNT = "{count:n} {count:one:image was|images were}"

ENGLISH: dict[str, str] = {
    # How the pictures of one side were read (core/images/decode_notes.py).
    "note_grayscale": _COUNT + " grayscale and copied to three colour channels.",
    "note_bilevel": _COUNT + " black and white only (1 bit per pixel) and copied to three colour channels.",
    "note_palette": _COUNT + " saved with a colour palette, which was expanded to full colour.",
    "note_cmyk": _COUNT + " in print colours (CMYK) and converted to RGB; colours may look a little different "
    "than in an image editor.",
    "note_animated": _COUNT + " animated; only the first frame was used.",
    "note_reduced": _COUNT + " read at a reduced scale (1/2, 1/4 or 1/8) by the JPEG decoder, because decoding at "
    "full size would have needed more memory than fidgui allows one image; FID scales every image to 299 × 299 "
    "pixels anyway.",
    "note_sixteen_bit_faithful": _COUNT + " 16-bit and scaled to 8 bits. pytorch-fid reads 16-bit images as nearly "
    "all white.",
    "note_exif_rotated_faithful": _COUNT + " turned upright, as the camera's rotation tag asks. pytorch-fid ignores "
    "the tag and reads such photos sideways or upside down.",
    "note_alpha_faithful": _COUNT + " partly transparent and placed on a white background. pytorch-fid drops "
    "transparency and uses whatever colour is hidden underneath.",
    "note_sixteen_bit_pil": _COUNT + " 16-bit and read as nearly all white, which is what pytorch-fid does. The "
    "faithful reading would scale 16-bit images to 8 bits.",
    "note_exif_rotated_pil": _COUNT + " read sideways or upside down, which is what pytorch-fid does: it ignores "
    "the camera's rotation tag. The faithful reading would turn such photos upright.",
    "note_alpha_pil": _COUNT + " partly transparent; the transparency was dropped and the colours hidden "
    "underneath were used, which is what pytorch-fid does. The faithful reading would place such images on white.",
    # Which device computed the features (core/encoders/session.py, core/run/comparison.py).
    "device_cpu": "CPU ({threads} {threads:one:thread|threads})",
    "device_cuda": "NVIDIA GPU via CUDA",
    "device_none": "none (every image came from saved statistics or the feature cache)",
    "runtime_load_failed": "The model file {path} could not be loaded by ONNX Runtime ({reason}). Set the "
    "model up again from the weights file.",
    # Why one image file was skipped (core/images/decoding.py).
    "image_gone": "This file no longer exists; it was moved or deleted after the folder was read.",
    "image_permission_denied": "fidgui is not allowed to read this file (permission denied); check its "
    "permissions, or copy the images to a folder you own.",
    "image_unreadable": "This file could not be read ({reason}); check that the drive holding it is still "
    "connected.",
    "image_empty": "This file is empty (0 bytes), so there is no picture in it; it was probably not saved or "
    "copied completely.",
    "image_too_many_pixels": "This image is {width} × {height} pixels ({megapixels:,.0f} megapixels), more than "
    "the {limit_megapixels:.0f} megapixels fidgui reads safely, so it was not opened; save a smaller copy of it "
    "(FID scales every image to 299 × 299 pixels anyway).",
    "image_holds_text": "This file holds text, not a picture.",
    "image_holds_text_named": "This file holds text, not a picture, although its name ends in {suffix}.",
    "image_unknown_format": "This file is not a picture fidgui can read; it may be damaged or in another format. "
    "Open it in an image editor and save it as PNG or JPEG.",
    "image_unknown_format_named": "This file is not a picture fidgui can read, although its name ends in "
    "{suffix}; it may be damaged or in another format. Open it in an image editor and save it as PNG or JPEG.",
    "image_cut_short": "This image file is cut short: it ends before all of its pixels, probably after an "
    "interrupted download or copy. Copy it again, or remove it.",
    "image_cut_short_format": "This {format} file is cut short: it ends before all of its pixels, probably after "
    "an interrupted download or copy. Copy it again, or remove it.",
    "image_damaged": "This image file is damaged and its pixels could not be decoded ({reason}). Copy it again, "
    "or remove it.",
    "image_damaged_format": "This {format} file is damaged and its pixels could not be decoded ({reason}). Copy "
    "it again, or remove it.",
    "image_colour_format": "This image uses a colour format ({pil_mode}) that fidgui cannot turn into RGB; save "
    "it as an ordinary RGB PNG or JPEG.",
    # Why a folder or an entry in it was not read (core/images/discovery.py).
    "folder_is_file": "“{path}” is a file, not a folder. Choose the folder that holds the images.",
    "folder_missing": "The folder “{path}” does not exist. Check the path, or choose the folder again.",
    "folder_permission_denied": "fidgui is not allowed to open the folder “{path}” (permission denied). Check its "
    "permissions, or copy the images to a folder you own.",
    "folder_unreadable_drive": "The folder “{path}” could not be read ({reason}). Check that its drive is "
    "connected.",
    "subfolder_permission_denied": "fidgui is not allowed to open this folder (permission denied), so the images "
    "in it were not read.",
    "subfolder_unreadable": "This folder could not be read ({reason}), so the images in it were not read.",
    "entry_permission_denied": "fidgui is not allowed to look at this file or folder (permission denied), so it "
    "was not read.",
    "entry_unreadable": "This file or folder could not be looked at ({reason}), so it was not read.",
    "folder_link_seen": "This folder link leads to a folder that was already read, so it was not read again.",
    "ignored_apple_double": "This is a macOS resource file (AppleDouble) that sits beside a real file; it holds "
    "no picture.",
    "ignored_system_file": "This is a settings file that the operating system keeps in folders; it holds no "
    "picture.",
    "ignored_hidden": "This is hidden, so it was not read; rename it without the leading dot to include it.",
    "ignored_windows_hidden": "This is hidden in Windows, so it was not read; clear its Hidden attribute to "
    "include it.",
    "link_to_missing_file": "This link points to a file that does not exist any more.",
    "link_to_missing_entry": "This link points to a file or folder that does not exist any more.",
    "entry_not_regular_file": "This is not a regular file (it may be a device or a pipe), so it was not read.",
    "picture_format_unsupported": "Pictures in this format (.{extension}) cannot be read; export them as PNG or "
    "JPEG. " + _FORMATS,
    "file_without_extension": "This file has no extension, so it is not read as an image; " + _FORMATS,
    "file_not_image": "This is not an image file (.{extension}); " + _FORMATS,
}
