"""One image file to 8-bit RGB pixels, under one of two reading policies.

``pil`` reads exactly as pytorch-fid, torch-fidelity and clean-fid do, ``Image.open(f).convert("RGB")``, so that
fidgui can reproduce their figures to the last digit. ``faithful`` (the default) reads what a person sees in an
image viewer, and differs from ``pil`` only where that conversion is wrong for the picture:

- 16-bit grayscale (PIL modes ``I;16*`` and ``I``) is scaled to 8 bits by rounding value × 255 / 65535 to the
  nearest integer, instead of being clipped to white. Rounding maps the full 16-bit range onto 0–255 in equal
  steps, and gives back exactly the original values of a 16-bit file made from an 8-bit one (value × 257).
- The EXIF orientation tag is applied (``ImageOps.exif_transpose``), so photos stand upright.
- Transparency: when at least one pixel is not fully opaque, the picture is placed over white,
  ``round((colour × alpha + 255 × (255 − alpha)) / 255)``, the background most viewers and editors show.
  A picture whose alpha is 255 everywhere is read exactly as ``pil`` reads it.

Everything else (grayscale copied to three channels, palettes expanded, CMYK converted, the first frame of an
animation, ICC profiles not applied) is the same under both policies, so for plain RGB, L and P files the two
give identical pixels. Notes record what kind of picture each file was, whatever the policy, so the report can
say what pytorch-fid would have done differently.

Files are read once into memory: the digest and the pixels come from the same bytes. Only the formats fidgui
lists are tried (PIL's rarer plugins, such as EPS, which starts Ghostscript, never run on files from a folder).

Memory is bounded per image and across concurrent decoders (see :mod:`decode_memory`); pixels are converted in
strips of rows, and only an image over the per-image budget is read smaller (JPEG ``draft``, noted) or refused.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from fidgui.core.base.comparison_types import DECODE_POLICIES, DEFAULT_DECODE
from fidgui.core.base.errors import ImageSkipped, Message
from fidgui.core.base.regular_files import NotRegularFile, open_regular_file
from fidgui.core.images.decode_memory import DECODE_MEMORY, PER_IMAGE_BYTES, decode_bytes_needed, strip_rows
from fidgui.core.images.decode_notes import NOTE_CODES, describe_notes  # noqa: F401  (their home before the split)
from fidgui.core.images.jpeg_header import holds_too_few_bytes
from fidgui.core.images.pixel_view import rgb_view

MAX_PIXELS = 200_000_000
MAX_FILE_BYTES = 1 << 30
READABLE_FORMATS = ("PNG", "JPEG", "WEBP", "BMP", "TIFF", "GIF", "PPM")

# The one change fidgui makes to PIL's global state. PIL guards against decompression bombs inside Image.open,
# before the caller can read the size: it warns above 89 megapixels (a warning printed from a worker thread) and
# refuses above 179 without saying the width and height. decode_image applies its own limit, MAX_PIXELS, right
# after the header is read and before a single pixel is decoded, so PIL's guard is switched off here, once.
Image.MAX_IMAGE_PIXELS = None

_SIXTEEN_BIT_MODES = frozenset({"I;16", "I;16L", "I;16B", "I;16N", "I"})
_GRAY_MODES = frozenset({"L", "LA", "La", "F"}) | _SIXTEEN_BIT_MODES
_PALETTE_MODES = frozenset({"P", "PA"})
_ALPHA_MODES = frozenset({"RGBA", "RGBa", "LA", "La", "PA"})
_TRNS_MODES = frozenset({"L", "P", "RGB"})  # modes whose PNG/GIF transparency lives in info["transparency"]
_TEXT_CONTROL_BYTES = frozenset(range(32)) - frozenset(b"\t\n\r\f")


@dataclass(frozen=True)
class DecodedImage:
    """The pixels of one file, what kind of picture it was, and a digest of its bytes.

    ``original_size`` is (width, height) as PIL opens the file, before fidgui applies any EXIF rotation and before
    resizing; ``digest`` is the SHA-256 of the file's bytes (hardware-accelerated on current CPUs), used to find
    duplicate files and as a cache key. ``rgb`` is (H, W, 3) uint8 and may be a read-only view of PIL's memory
    (``pixel_view``): read it, never write into it.
    """

    rgb: np.ndarray
    original_size: tuple[int, int]
    notes: tuple[str, ...]
    digest: str


def decode_image(path: Path, policy: str = DEFAULT_DECODE) -> DecodedImage:
    """Read ``path`` under ``policy``; raise ImageSkipped with a sentence for anything that is not a usable image."""
    if policy not in DECODE_POLICIES:
        raise ValueError(f"Unknown decoding policy {policy!r}; expected one of {DECODE_POLICIES}.")
    path = Path(path)
    return decode_bytes(read_image_file(path), path, policy)


def decode_bytes(data: bytes, path: Path, policy: str = DEFAULT_DECODE, digest: str | None = None) -> DecodedImage:
    """Decode bytes already read (the pipeline reads once, to look the content up in the cache first).

    ``digest``, the SHA-256 of ``data`` when the caller has it already, spares hashing the file twice. The
    memory the decode needs is reserved from the process-wide budget for as long as it runs.
    """
    if policy not in DECODE_POLICIES:
        raise ValueError(f"Unknown decoding policy {policy!r}; expected one of {DECODE_POLICIES}.")
    digest = digest or hashlib.sha256(data).hexdigest()
    image = _open(data, path)
    with image:
        size = image.size
        notes: list[str] = []
        needed = _fit_budget(image, policy, notes)
        with DECODE_MEMORY.reserve(needed):
            rgb, mode_notes = _to_rgb(image, policy)
        notes[:0] = mode_notes
        if _is_animated(image):
            notes.append("animated")
    return DecodedImage(rgb, size, tuple(notes), digest)


def read_image_file(path: Path) -> bytes:
    """The file's bytes, or ImageSkipped with a reason (missing, empty, unreadable, too large, not a file)."""
    try:
        with open_regular_file(path) as file:
            size = os.fstat(file.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise ImageSkipped("image_file_too_large", gigabytes=round(size / 1e9, 1),
                                   limit_gigabytes=round(MAX_FILE_BYTES / 1e9, 1))
            data = file.read()
    except FileNotFoundError:
        raise ImageSkipped("image_gone") from None
    except NotRegularFile as error:  # a pipe put there after listing would block open() forever
        raise ImageSkipped("image_is_folder" if error.kind == "folder" else "image_not_regular_file") from None
    except PermissionError:
        raise ImageSkipped("image_permission_denied") from None
    except OSError as error:
        raise ImageSkipped("image_unreadable", reason=error.strerror or str(error)) from None
    if not data:
        raise ImageSkipped("image_empty")
    return data


def _open(data: bytes, path: Path) -> Image.Image:
    """Identify the format and read the header only; refuse oversized or hollow pictures before any pixel."""
    try:
        image = Image.open(io.BytesIO(data), formats=READABLE_FORMATS)
    except UnidentifiedImageError:
        raise ImageSkipped(_not_a_picture_reason(data, path)) from None
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise ImageSkipped(_damaged_reason(None, error)) from None
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise ImageSkipped("image_too_many_pixels", width=width, height=height, megapixels=width * height / 1e6,
                           limit_megapixels=MAX_PIXELS / 1e6)
    if image.format == "JPEG" and holds_too_few_bytes(data, width, height):
        image.close()
        raise ImageSkipped("image_jpeg_hollow", width=width, height=height, size_bytes=len(data))
    return image


def _fit_budget(image: Image.Image, policy: str, notes: list[str]) -> int:
    """The bytes this decode reserves; a JPEG over the per-image budget is drafted smaller, any other refused."""
    rotated = policy == "faithful" and _may_rotate(image)
    width, height = image.size
    needed = decode_bytes_needed(image.mode, width, height, rotated=rotated)
    if needed <= PER_IMAGE_BYTES:
        return needed
    if image.format == "JPEG":
        for scale in (2, 4, 8):  # the scales libjpeg decodes at directly
            small = (-(-width // scale), -(-height // scale))
            if decode_bytes_needed(image.mode, *small, rotated=rotated) <= PER_IMAGE_BYTES:
                image.draft(image.mode, small)
                notes.append("reduced")
                return decode_bytes_needed(image.mode, *image.size, rotated=rotated)
    raise ImageSkipped(
        "image_over_memory_budget", width=width, height=height, gigabytes=round(needed / 1e9, 1),
        limit_gigabytes=round(PER_IMAGE_BYTES / 1e9, 1),
    )


def _not_a_picture_reason(data: bytes, path: Path) -> Message:
    code = "image_unknown_format" if _TEXT_CONTROL_BYTES.intersection(data[:1024]) else "image_holds_text"
    return Message(f"{code}_named", suffix=path.suffix) if path.suffix else Message(code)


def _damaged_reason(image_format: str | None, error: BaseException) -> Message:
    code = "image_cut_short" if "truncated" in str(error).lower() or isinstance(error, EOFError) else "image_damaged"
    params = {} if code == "image_cut_short" else {"reason": str(error)}
    return Message(f"{code}_format", format=image_format, **params) if image_format else Message(code, params)


def _to_rgb(image: Image.Image, policy: str) -> tuple[np.ndarray, list[str]]:
    try:
        image.load()  # with ImageFile.LOAD_TRUNCATED_IMAGES left False, a short file raises instead of half-decoding
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise ImageSkipped(_damaged_reason(image.format, error)) from None
    notes = _mode_notes(image.mode)
    if _orientation(image) is not None:
        notes.append("exif_rotated")
        if policy == "faithful":
            image = ImageOps.exif_transpose(image)
    transparent = _has_transparency(image)
    if transparent:
        notes.append("alpha")
    if policy == "faithful" and image.mode in _SIXTEEN_BIT_MODES:
        return _by_strips(image, lambda strip: _sixteen_bit_to_rgb(np.asarray(strip))), notes
    if policy == "faithful" and transparent:
        return _by_strips(image, lambda strip: _over_white(np.asarray(_convert(strip, "RGBA")))), notes
    return _by_strips(image, lambda strip: _rgb_pixels(_convert(strip, "RGB"))), notes


def _rgb_pixels(image: Image.Image) -> np.ndarray:
    """An RGB image's pixels: a view of PIL's memory where Pillow can export it (no copy), else a copy."""
    view = rgb_view(image)
    return np.asarray(image) if view is None else view


def _by_strips(image: Image.Image, to_rgb: Callable[[Image.Image], np.ndarray]) -> np.ndarray:
    """Convert strip by strip into one RGB array: the conversions act pixel by pixel, so the result is the same."""
    width, height = image.size
    rows = strip_rows(width)
    if rows >= height:
        return to_rgb(image)
    rgb = np.empty((height, width, 3), dtype=np.uint8)
    for top in range(0, height, rows):
        bottom = min(height, top + rows)
        rgb[top:bottom] = to_rgb(image.crop((0, top, width, bottom)))
    return rgb


def _convert(image: Image.Image, mode: str) -> Image.Image:
    if image.mode == mode:  # convert() would only copy the pixels (20 ms for 3000 x 2250)
        return image
    try:
        return image.convert(mode)
    except ValueError:  # PIL's "conversion from LAB to RGB not supported"
        raise ImageSkipped("image_colour_format", pil_mode=image.mode) from None


def _mode_notes(mode: str) -> list[str]:
    notes = []
    if mode in _GRAY_MODES:
        notes.append("grayscale")
    if mode in _SIXTEEN_BIT_MODES:
        notes.append("sixteen_bit")
    if mode == "1":
        notes.append("bilevel")
    if mode in _PALETTE_MODES:
        notes.append("palette")
    if mode == "CMYK":
        notes.append("cmyk")
    return notes


def _may_rotate(image: Image.Image) -> bool:
    """Whether decoding may need a rotated copy, judged from what is read before the pixels.

    A PNG may keep its EXIF block after the pixel data, and PIL reads it there by decoding the whole picture:
    asking a PNG for its orientation before the memory budget is reserved decoded it outside the budget (and
    decoded an over-budget one before refusing it). Such a PNG is budgeted as if rotated: a little too much
    memory reserved, never too little.
    """
    if image.format == "PNG" and "exif" not in image.info:
        return True
    return _orientation(image) is not None


def _orientation(image: Image.Image) -> int | None:
    """The EXIF orientation when it asks for a rotation or mirror; PIL has already applied it to TIFFs."""
    try:
        orientation = image.getexif().get(ExifTags.Base.Orientation)
    except Exception:  # EXIF is optional metadata: a damaged block must not cost the picture
        return None
    return orientation if orientation in (2, 3, 4, 5, 6, 7, 8) else None


def _has_transparency(image: Image.Image) -> bool:
    """True when at least one pixel is not fully opaque (else the picture reads as plain RGB); strip by strip."""
    if image.mode not in _ALPHA_MODES and not (image.mode in _TRNS_MODES and "transparency" in image.info):
        return False
    width, height = image.size
    rows = strip_rows(width)
    for top in range(0, height, rows):
        strip = image if rows >= height else image.crop((0, top, width, min(height, top + rows)))
        if np.asarray(_convert(strip, "RGBA"))[:, :, 3].min() < 255:
            return True
    return False


def _sixteen_bit_to_rgb(values: np.ndarray) -> np.ndarray:
    wide = np.clip(values, 0, 65535).astype(np.uint32)
    gray = ((wide * 255 + 32767) // 65535).astype(np.uint8)
    return np.repeat(gray[:, :, np.newaxis], 3, axis=2)


def _over_white(rgba: np.ndarray) -> np.ndarray:
    colour = rgba[:, :, :3].astype(np.uint16)
    alpha = rgba[:, :, 3:].astype(np.uint16)
    return ((colour * alpha + 255 * (255 - alpha) + 127) // 255).astype(np.uint8)


def _is_animated(image: Image.Image) -> bool:
    try:
        return bool(getattr(image, "is_animated", False))
    except (OSError, SyntaxError, ValueError, EOFError):  # a damaged later frame: the first one was read
        return True
