"""Plain RGB PNGs go to libspng, every other PNG (and every failure) to PIL, with the same pixels and verdicts."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import IMAGES
from fidgui.core.base.errors import ImageSkipped
from fidgui.core.images import fast_png
from fidgui.core.images.decoding import decode_bytes

PIXELS = np.random.default_rng(9).integers(0, 256, (37, 53, 3), dtype=np.uint8)


def _png(image: Image.Image, **options: object) -> bytes:
    stream = io.BytesIO()
    image.save(stream, "PNG", **options)
    return stream.getvalue()


def _rgb(**options: object) -> bytes:
    return _png(Image.fromarray(PIXELS), **options)


def _exif_rotated() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate
    return _rgb(exif=exif.tobytes())


def _animated() -> bytes:
    frames = [Image.fromarray(PIXELS), Image.fromarray(255 - PIXELS)]
    return _png(frames[0], save_all=True, append_images=frames[1:])


NOT_PLAIN = {
    "rgba": lambda: _png(Image.fromarray(PIXELS).convert("RGBA")),
    "grayscale": lambda: _png(Image.fromarray(PIXELS[:, :, 0])),
    "palette": lambda: _png(Image.fromarray(PIXELS).convert("P")),
    "transparency colour": lambda: _rgb(transparency=(1, 2, 3)),
    "exif": _exif_rotated,
    "animated": _animated,
    "truncated": lambda: _rgb()[:-30],
    "not a png": lambda: b"GIF89a" + bytes(100),
}


def test_a_plain_rgb_png_is_recognised_and_decoded_by_libspng_with_pils_pixels() -> None:
    data = _rgb()
    assert fast_png.is_plain_rgb(data)
    pixels = fast_png.decode_plain_rgb(data, 53, 37)
    assert pixels is not None
    np.testing.assert_array_equal(pixels, PIXELS)
    np.testing.assert_array_equal(decode_bytes(data, Path("plain.png")).rgb, PIXELS)


@pytest.mark.parametrize("kind", sorted(NOT_PLAIN))
def test_every_other_png_is_left_to_pil(kind: str) -> None:
    data = NOT_PLAIN[kind]()
    assert not fast_png.is_plain_rgb(data)
    assert fast_png.decode_plain_rgb(data, 53, 37) is None


@pytest.mark.parametrize("path", sorted((IMAGES / "modes").glob("*.png")) + sorted((IMAGES / "modes").glob("*.PNG")),
                         ids=lambda path: path.name)
@pytest.mark.parametrize("policy", ["pil", "faithful"])
def test_the_fixture_pngs_read_the_same_with_and_without_libspng(
    path: Path, policy: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = path.read_bytes()
    fast = decode_bytes(data, path, policy)
    monkeypatch.setattr(fast_png, "pyspng", None)
    slow = decode_bytes(data, path, policy)
    np.testing.assert_array_equal(fast.rgb, slow.rgb)
    assert (fast.notes, fast.original_size, fast.digest) == (slow.notes, slow.original_size, slow.digest)


def test_a_damaged_plain_png_gets_pils_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    data = bytearray(_rgb())
    start = data.index(b"IDAT") + 4
    data[start + 2 : start + 40] = bytes(38)  # the compressed pixels broken, every chunk still in place
    damaged = bytes(data)
    assert fast_png.is_plain_rgb(damaged) and fast_png.decode_plain_rgb(damaged, 53, 37) is None
    with pytest.raises(ImageSkipped) as fast:
        decode_bytes(damaged, Path("damaged.png"))
    monkeypatch.setattr(fast_png, "pyspng", None)
    with pytest.raises(ImageSkipped) as slow:
        decode_bytes(damaged, Path("damaged.png"))
    assert fast.value.message == slow.value.message
