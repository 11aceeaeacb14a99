"""Decoding every kind of file a user may drop in: real files from the fixtures, compared with PIL's own reading."""

from __future__ import annotations

import hashlib
import io
import time
import tracemalloc
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFile

from conftest import IMAGES
from fidgui.messages.render import render
from sentences import raises_sentence, worded
from fidgui.core.images import decoding
from fidgui.core.images.decoding import NOTE_CODES, DecodedImage, decode_image, describe_notes
from fidgui.core.images.discovery import discover_images
from fidgui.core.base.errors import ImageSkipped

MODES = IMAGES / "modes"
BROKEN = IMAGES / "broken"
MODE_FILES = sorted(MODES.iterdir())

EXPECTED_NOTES = {
    "UPPER_CASE.PNG": (),
    "animated.gif": ("palette", "animated"),
    "bilevel_1.png": ("bilevel",),
    "cmyk.jpg": ("cmyk",),
    "exif_rotated.jpg": ("exif_rotated",),
    "gray16_I16.png": ("grayscale", "sixteen_bit"),
    "gray_L.png": ("grayscale",),
    "gray_alpha_LA.png": ("grayscale",),  # its alpha is 255 everywhere: nothing to composite
    "large_3000x2250.jpg": (),
    "palette_P.png": ("palette",),
    "palette_transparent_P.png": ("palette", "alpha"),
    "rgb.bmp": (),
    "rgb.png": (),
    "rgb.tiff": (),
    "rgb.webp": (),
    "rgb_q75.jpg": (),
    "rgba.png": ("alpha",),
    "tiny_1x1.png": (),
    "名前_中文.png": (),
}
# Files where the faithful reading must differ from convert("RGB"), each checked in its own test below.
READ_DIFFERENTLY = {"gray16_I16.png", "exif_rotated.jpg", "rgba.png", "palette_transparent_P.png"}


def pil_rgb(path: Path) -> np.ndarray:
    """What pytorch-fid, torch-fidelity and clean-fid feed their networks."""
    with Image.open(path) as image:
        return np.asarray(image.convert("RGB"))


def rgba_of(path: Path) -> np.ndarray:
    with Image.open(path) as image:
        return np.asarray(image.convert("RGBA"))


def test_the_fixture_table_covers_every_file() -> None:
    assert sorted(path.name for path in MODE_FILES) == sorted(EXPECTED_NOTES)


@pytest.mark.parametrize("path", MODE_FILES, ids=lambda path: path.name)
def test_pil_policy_reproduces_the_reference_tools_bit_for_bit(path: Path) -> None:
    decoded = decode_image(path, "pil")
    assert decoded.rgb.dtype == np.uint8
    assert decoded.rgb.flags.c_contiguous or not decoded.rgb.flags.writeable  # a copy, or a view of PIL's memory
    assert decoded.rgb.ndim == 3 and decoded.rgb.shape[2] == 3
    np.testing.assert_array_equal(decoded.rgb, pil_rgb(path))


@pytest.mark.parametrize("path", MODE_FILES, ids=lambda path: path.name)
def test_notes_name_the_kind_of_picture_whatever_the_policy(path: Path) -> None:
    faithful, pil = decode_image(path, "faithful"), decode_image(path, "pil")
    assert faithful.notes == pil.notes == EXPECTED_NOTES[path.name]
    with Image.open(path) as image:
        assert faithful.original_size == pil.original_size == image.size
    assert faithful.digest == pil.digest == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "path", [path for path in MODE_FILES if path.name not in READ_DIFFERENTLY], ids=lambda path: path.name
)
def test_faithful_reads_plain_pictures_exactly_as_pil(path: Path) -> None:
    decoded = decode_image(path, "faithful")
    assert decoded.rgb.dtype == np.uint8 and (decoded.rgb.flags.c_contiguous or not decoded.rgb.flags.writeable)
    np.testing.assert_array_equal(decoded.rgb, pil_rgb(path))


def test_sixteen_bit_gray_is_scaled_to_eight_bits_instead_of_white() -> None:
    path = MODES / "gray16_I16.png"
    assert (pil_rgb(path) == 255).all()  # what pytorch-fid sees
    decoded = decode_image(path, "faithful")
    assert decoded.rgb.min() < 100 and decoded.rgb.max() < 255
    with Image.open(path) as image:
        values = np.asarray(image).astype(np.float64)
    expected = np.rint(values * 255 / 65535).astype(np.uint8)
    np.testing.assert_array_equal(decoded.rgb, np.repeat(expected[:, :, None], 3, axis=2))
    # The fixture is the 8-bit grayscale picture times 257: rounding gives back exactly the 8-bit picture.
    np.testing.assert_array_equal(decoded.rgb, pil_rgb(MODES / "gray_L.png"))


def test_sixteen_bit_pgm_opened_by_pil_as_32_bit_mode_i_is_scaled_too(tmp_path: Path) -> None:
    values = np.array([[0, 257, 32896], [65535, 1000, 50000]], dtype=">u2")
    path = tmp_path / "deep.pgm"
    path.write_bytes(b"P5\n3 2\n65535\n" + values.tobytes())
    decoded = decode_image(path, "faithful")
    assert decoded.notes == ("grayscale", "sixteen_bit")
    np.testing.assert_array_equal(decoded.rgb[:, :, 0], [[0, 1, 128], [255, 4, 195]])
    np.testing.assert_array_equal(decode_image(path, "pil").rgb, pil_rgb(path))


def test_exif_orientation_six_is_turned_upright() -> None:
    path = MODES / "exif_rotated.jpg"
    pil = pil_rgb(path)
    decoded = decode_image(path, "faithful")
    assert decoded.rgb.shape == (pil.shape[1], pil.shape[0], 3)  # width and height swapped
    np.testing.assert_array_equal(decoded.rgb, np.rot90(pil, k=-1))  # orientation 6: turn 90° clockwise
    assert decoded.original_size == (120, 90)


def test_partly_transparent_rgba_is_placed_over_white() -> None:
    path = MODES / "rgba.png"
    rgba = rgba_of(path).astype(np.float64)
    decoded = decode_image(path, "faithful")
    alpha = rgba[:, :, 3:] / 255
    over_white = rgba[:, :, :3] * alpha + 255 * (1 - alpha)
    assert np.abs(decoded.rgb - over_white).max() <= 0.5 + 1e-9
    assert not np.array_equal(decoded.rgb, pil_rgb(path))


def test_transparent_palette_entries_become_white_and_the_rest_is_untouched() -> None:
    path = MODES / "palette_transparent_P.png"
    alpha = rgba_of(path)[:, :, 3]
    assert set(np.unique(alpha)) == {0, 255}
    decoded, pil = decode_image(path, "faithful").rgb, pil_rgb(path)
    assert (decoded[alpha == 0] == 255).all()
    assert not (pil[alpha == 0] == 255).all()
    np.testing.assert_array_equal(decoded[alpha == 255], pil[alpha == 255])


def test_animation_gives_its_first_frame() -> None:
    path = MODES / "animated.gif"
    with Image.open(path) as image:
        first = np.asarray(image.convert("RGB"))
        image.seek(1)
        second = np.asarray(image.convert("RGB"))
    assert not np.array_equal(first, second)
    np.testing.assert_array_equal(decode_image(path, "faithful").rgb, first)


def test_identical_files_share_a_digest_whatever_their_names() -> None:
    digests = {path.name: decode_image(path).digest for path in MODE_FILES}
    assert digests["rgb.png"] == digests["UPPER_CASE.PNG"] == digests["名前_中文.png"]
    assert len(set(digests.values())) == len(digests) - 2


def test_large_jpeg_keeps_every_pixel() -> None:
    decoded = decode_image(MODES / "large_3000x2250.jpg")
    assert decoded.rgb.shape == (2250, 3000, 3)
    assert decoded.original_size == (3000, 2250)


def broken_reasons() -> dict[str, str]:
    """Every file of the broken folder with the sentence that leaves it out, from discovery or from decoding."""
    discovery = discover_images(BROKEN)
    reasons = {Path(item.path).name: render(item.reason) for item in discovery.skipped + discovery.ignored}
    for path in discovery.files:
        with pytest.raises(ImageSkipped) as refused:
            decode_image(path)
        reasons[path.name] = render(refused.value)
    return reasons


def test_every_broken_file_is_left_out_with_its_own_reason() -> None:
    reasons = broken_reasons()
    assert sorted(reasons) == sorted(path.name for path in BROKEN.iterdir())
    assert len(set(reasons.values())) == len(reasons)
    assert all(reason[0].isupper() and reason.endswith(".") and len(reason) > 40 for reason in reasons.values())
    assert "empty" in reasons["empty.png"]
    assert "JPEG" in reasons["truncated.jpg"] and "cut short" in reasons["truncated.jpg"]
    assert "PNG" in reasons["truncated.png"] and "cut short" in reasons["truncated.png"]
    assert "text" in reasons["not_an_image.jpg"] and ".jpg" in reasons["not_an_image.jpg"]
    assert "40000 × 40000" in reasons["bomb_40000x40000.png"] and "megapixels" in reasons["bomb_40000x40000.png"]
    assert ".txt" in reasons["notes.txt"]


def test_broken_files_leak_no_warning_and_leave_pil_strict() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        broken_reasons()
        for path in MODE_FILES:
            decode_image(path)
    assert [str(warning.message) for warning in caught] == []
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


def test_the_decompression_bomb_is_refused_quickly_without_allocating_its_pixels() -> None:
    path = BROKEN / "bomb_40000x40000.png"
    tracemalloc.start()
    try:
        started = time.perf_counter()
        with raises_sentence("1,600 megapixels", ImageSkipped):
            decode_image(path)
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seconds < 0.5  # decoding its 1.6 billion pixels would take a minute
    assert peak < 5 * path.stat().st_size + 2_000_000  # the file's bytes, not its 4.8 GB of pixels


def test_a_picture_just_over_the_pixel_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "wide.png"
    Image.new("RGB", (300, 200), (10, 20, 30)).save(path)
    monkeypatch.setattr(decoding, "MAX_PIXELS", 300 * 200 - 1)
    with raises_sentence("300 × 200", ImageSkipped):
        decode_image(path)
    monkeypatch.setattr(decoding, "MAX_PIXELS", 300 * 200)
    assert decode_image(path).rgb.shape == (200, 300, 3)


def test_premultiplied_gray_tiff_that_pil_cannot_convert_is_skipped(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("LA", (4, 3), (100, 128)).save(buffer, "TIFF")
    unassociated_alpha = b"\x52\x01\x03\x00\x01\x00\x00\x00\x02\x00"  # ExtraSamples = 2, little-endian IFD entry
    assert buffer.getvalue().count(unassociated_alpha) == 1
    path = tmp_path / "premultiplied.tif"
    path.write_bytes(buffer.getvalue().replace(unassociated_alpha, b"\x52\x01\x03\x00\x01\x00\x00\x00\x01\x00"))
    for policy in ("faithful", "pil"):
        with raises_sentence(r"colour format \(La\)", ImageSkipped):
            decode_image(path, policy)


def test_files_that_cannot_be_read_are_skipped_with_a_sentence(tmp_path: Path) -> None:
    with raises_sentence("no longer exists", ImageSkipped):
        decode_image(tmp_path / "gone.png")
    folder = tmp_path / "folder.png"
    folder.mkdir()
    with pytest.raises(ImageSkipped) as folder_error:
        decode_image(folder)
    assert render(folder_error.value) == "This is a folder, not an image file."
    binary = tmp_path / "binary.png"
    binary.write_bytes(bytes(range(256)) * 4)
    with raises_sentence("not a picture fidgui can read, although its name ends in .png", ImageSkipped):
        decode_image(binary)


def test_permission_denied_is_a_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(decoding, "open_regular_file", refuse)  # tests may run as root, who may read anything
    with raises_sentence("permission denied", ImageSkipped):
        decode_image(MODES / "rgb.png")


def test_an_unknown_policy_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="policy"):
        decode_image(MODES / "rgb.png", "torchvision")


def test_decoded_image_is_a_plain_record() -> None:
    decoded = decode_image(MODES / "tiny_1x1.png")
    assert isinstance(decoded, DecodedImage)
    assert decoded.rgb.shape == (1, 1, 3) and decoded.original_size == (1, 1) and decoded.notes == ()


def test_every_note_of_the_modes_folder_gets_one_sentence_per_policy() -> None:
    counts = Counter(note for path in MODE_FILES for note in decode_image(path).notes)
    assert set(counts) <= set(NOTE_CODES)
    faithful, pil = worded(describe_notes(dict(counts), "faithful")), worded(describe_notes(dict(counts), "pil"))
    assert len(faithful) == len(pil) == len(counts)
    assert faithful[0] == pil[0] == "3 images were grayscale and copied to three colour channels."
    assert "1 image was 16-bit and scaled to 8 bits." in " ".join(faithful)
    assert "pytorch-fid reads 16-bit images as nearly all white" in " ".join(faithful)
    assert "1 image was animated; only the first frame was used." in faithful


def test_sentences_differ_by_policy_exactly_where_the_pixels_differ() -> None:
    for code in NOTE_CODES:
        faithful, pil = worded(describe_notes({code: 2}, "faithful")), worded(describe_notes({code: 2}, "pil"))
        assert len(faithful) == len(pil) == 1 and faithful[0].startswith("2 images were")
        assert (faithful != pil) == (code in {"sixteen_bit", "exif_rotated", "alpha"})


def test_no_notes_no_sentences() -> None:
    assert describe_notes({}, "faithful") == []
    assert describe_notes({"grayscale": 0}, "pil") == []
    assert worded(describe_notes({"grayscale": 12345}, "pil")) == [
        "12,345 images were grayscale and copied to three colour channels."
    ]
