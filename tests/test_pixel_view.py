"""Decoded pixels read in place from PIL's memory: the same values as a copy, read-only, alive as long as used."""

from __future__ import annotations

import gc
import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import IMAGES
from fidgui.core.images.decoding import decode_bytes, decode_image
from fidgui.core.images.pixel_view import packed_pixels, rgb_view
from fidgui.core.images.preprocess import preprocess

PHOTO = np.random.default_rng(5).integers(0, 256, (300, 410, 3), dtype=np.uint8)
ALL_MODES = {"pytorch-fid": 299, "tensorflow": 299, "clean": 299, "dgm-eval": 224, "edm2": 224, "cmmd": 336}


def _encoded(pixels: np.ndarray, image_format: str) -> bytes:
    stream = io.BytesIO()
    Image.fromarray(pixels).save(stream, image_format, **({"quality": 90} if image_format == "JPEG" else {}))
    return stream.getvalue()


@pytest.mark.parametrize("image_format", ["PNG", "JPEG"])
def test_a_decoded_picture_is_a_read_only_view_with_the_values_of_a_copy(image_format: str) -> None:
    data = _encoded(PHOTO, image_format)
    decoded = decode_bytes(data, Path(f"photo.{image_format.lower()}"), "pil")
    with Image.open(io.BytesIO(data)) as image:
        copied = np.asarray(image.convert("RGB"))
    assert packed_pixels(decoded.rgb) is not None  # the view, not a copy
    np.testing.assert_array_equal(decoded.rgb, copied)
    with pytest.raises(ValueError, match="read-only"):
        decoded.rgb[0, 0, 0] = 1


def test_the_view_keeps_pils_memory_alive_after_the_image_is_gone() -> None:
    data = _encoded(PHOTO, "JPEG")
    pixels = decode_bytes(data, Path("photo.jpg"), "pil").rgb[::2]  # only a view of the view survives
    gc.collect()
    others = [np.full(PHOTO.shape[0] * PHOTO.shape[1] * 4, 7, np.uint8) for _ in range(20)]  # would reuse it if freed
    with Image.open(io.BytesIO(data)) as image:
        np.testing.assert_array_equal(pixels, np.asarray(image)[::2])
    assert len(others) == 20


def test_a_picture_past_pillows_block_size_is_copied_with_the_same_values() -> None:
    image = Image.new("RGB", (2049, 2049), (10, 20, 30))  # 2049 x 2049 x 4 bytes: over one 16 MB block
    assert rgb_view(image) is None
    assert rgb_view(Image.new("L", (8, 8))) is None  # only RGB is viewed
    stream = io.BytesIO()
    image.save(stream, "PNG")
    decoded = decode_bytes(stream.getvalue(), Path("large.png"), "pil")
    assert decoded.rgb.flags.c_contiguous and packed_pixels(decoded.rgb) is None
    assert decoded.rgb.shape == (2049, 2049, 3) and (decoded.rgb == (10, 20, 30)).all()


@pytest.mark.parametrize("mode", sorted(ALL_MODES))
def test_every_recipe_gives_the_same_network_input_from_the_view_and_from_a_copy(mode: str) -> None:
    path = IMAGES / "modes" / "rgb_q75.jpg"
    viewed = decode_image(path, "pil").rgb
    assert packed_pixels(viewed) is not None
    copied = np.ascontiguousarray(viewed)
    np.testing.assert_array_equal(preprocess(viewed, mode, ALL_MODES[mode]), preprocess(copied, mode, ALL_MODES[mode]))
