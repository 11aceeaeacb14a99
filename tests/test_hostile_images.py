"""Images that attack the decoder or the folder reader: pipes, hollow JPEGs, huge pictures, undecodable names.

Each test builds its hostile file in a temporary folder and checks that it ends as a reason, promptly, within a
stated memory bound, and never as a hang or a traceback.
"""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, PngImagePlugin

from conftest import IMAGES, REPO
from memory_peak import run_measured
from fidgui.core.base.errors import ImageSkipped
from fidgui.core.images import decode_memory, decoding
from fidgui.core.images.decoding import decode_bytes, decode_image
from fidgui.messages.render import render


def _decode_within(path: Path, seconds: float) -> BaseException | object:
    """decode_image on a daemon thread: the outcome, or TimeoutError when it is still blocked after ``seconds``."""
    outcome: list[object] = []

    def work() -> None:
        try:
            outcome.append(decode_image(path))
        except BaseException as error:  # noqa: BLE001 - the test inspects whatever came out
            outcome.append(error)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        with_writer = os.open(path, os.O_WRONLY | os.O_NONBLOCK)  # release the blocked reader before failing
        os.close(with_writer)
        return TimeoutError(f"decode_image({path.name}) still blocked after {seconds} s")
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_pipe_named_like_an_image_is_skipped_at_once_instead_of_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "0001.png"
    os.mkfifo(pipe)  # what a file replaced by a FIFO after the folder was listed looks like to the decoder
    outcome = _decode_within(pipe, 5.0)
    assert isinstance(outcome, ImageSkipped), outcome
    assert outcome.code == "image_not_regular_file"
    assert "pipe" in render(outcome)


def _hollow_jpeg(width: int, height: int, padding: int = 1400) -> bytes:
    """A real 16 × 16 JPEG whose frame header is rewritten to claim ``width`` × ``height`` pixels."""
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 30, 30)).save(buffer, "JPEG")
    data = bytearray(buffer.getvalue())
    frame = data.index(b"\xff\xc0")
    data[frame + 5 : frame + 7] = height.to_bytes(2, "big")
    data[frame + 7 : frame + 9] = width.to_bytes(2, "big")
    return bytes(data) + bytes(padding)


def test_a_2_kb_jpeg_claiming_14000_square_pixels_is_cut_short_not_grey(tmp_path: Path) -> None:
    path = tmp_path / "claims_14000.jpg"
    path.write_bytes(_hollow_jpeg(14000, 14000))
    assert path.stat().st_size < 2100
    with pytest.raises(ImageSkipped) as skipped:
        decode_image(path)  # libjpeg would fill the missing blocks with grey and PIL would not say so
    assert skipped.value.code == "image_jpeg_hollow"
    assert "14000 × 14000" in render(skipped.value) and "cut short" in render(skipped.value)


def test_real_jpegs_are_never_taken_for_hollow_ones() -> None:
    """The bound is half the smallest possible Huffman JPEG: flat colour at the lowest quality still passes."""
    for size in ((8, 8), (1000, 700), (4000, 3000)):
        buffer = io.BytesIO()
        Image.new("L", size, 77).save(buffer, "JPEG", quality=1)
        decoded = decode_bytes(buffer.getvalue(), Path("flat.jpg"), "pil")
        assert decoded.rgb.shape == (size[1], size[0], 3)
    assert decode_image(IMAGES / "modes" / "large_3000x2250.jpg").rgb.shape == (2250, 3000, 3)


_MEASURE = """
import sys, time
from pathlib import Path
from fidgui.core.images.decoding import decode_image
started = time.perf_counter()
decoded = decode_image(Path(sys.argv[1]))
print(decoded.rgb.shape, sorted(decoded.notes), peak_bytes(),
      round(time.perf_counter() - started, 2))
"""


def test_a_large_transparent_png_decodes_within_seven_bytes_a_pixel(tmp_path: Path) -> None:
    """6000 × 6000 RGBA (36 MP, a few hundred KB): PIL's 4-byte buffer and the 3-byte result, not 30 bytes a pixel.

    Before: about 1.1 GB peak (whole-image RGBA copies widened to 16 bits). Bound: 7 bytes a pixel plus 200 MB
    for the interpreter, numpy and PIL; measured with getrusage in a fresh process.
    """
    side = 6000
    alpha = np.full((side, side), 255, np.uint8)
    alpha[:100, :100] = 0
    rgba = np.dstack([np.full((side, side, 3), 90, np.uint8), alpha])
    path = tmp_path / "big_rgba.png"
    Image.fromarray(rgba, "RGBA").save(path)
    del rgba, alpha
    output = run_measured(_MEASURE, str(path), repo=REPO)
    peak = int(output[-2])
    assert "'alpha']" in output[3]
    assert peak < side * side * 7 + 200_000_000, f"peak {peak / 1e6:.0f} MB"


def test_concurrent_decoders_never_hold_more_than_the_shared_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    path = IMAGES / "modes" / "large_3000x2250.jpg"
    one = decode_memory.decode_bytes_needed("RGB", 3000, 2250)
    budget = decode_memory.DecodeMemory(one + one // 2)  # room for one decode at a time, not two
    monkeypatch.setattr(decoding, "DECODE_MEMORY", budget)
    results: list[np.ndarray] = []
    threads = [threading.Thread(target=lambda: results.append(decode_image(path).rgb)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(results) == 4 and all(np.array_equal(result, results[0]) for result in results)
    assert budget.peak == one and budget.in_use == 0


def test_over_the_per_image_budget_a_jpeg_is_drafted_and_a_png_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    full = decode_memory.decode_bytes_needed("RGB", 3000, 2250)
    monkeypatch.setattr(decoding, "PER_IMAGE_BYTES", full // 2)
    drafted = decode_image(IMAGES / "modes" / "large_3000x2250.jpg")
    assert "reduced" in drafted.notes and drafted.original_size == (3000, 2250)
    assert drafted.rgb.shape == (1125, 1500, 3)  # libjpeg's 1/2 scale, decoded without the full-size buffer
    monkeypatch.setattr(decoding, "PER_IMAGE_BYTES", 100)
    loaded: list[str] = []
    real_load = PngImagePlugin.PngImageFile.load
    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", lambda image: loaded.append("pixels") or real_load(image))
    with pytest.raises(ImageSkipped) as refused:
        decode_image(IMAGES / "modes" / "rgba.png")
    assert refused.value.code == "image_over_memory_budget"
    assert loaded == []  # refused from its header: not one pixel decoded (asking a PNG for EXIF used to decode it)
    monkeypatch.undo()
    assert "reduced" not in decode_image(IMAGES / "modes" / "large_3000x2250.jpg").notes


def test_an_image_edited_in_place_with_its_size_and_time_restored_changes_the_fid(
    tmp_path: Path, fixture_onnx: Path
) -> None:
    """``touch -r`` after an edit used to keep the stale folder statistics (FID 245.14 where the truth was 8596.71)."""
    from fidgui.core.base.comparison_types import ComparisonRequest
    from fidgui.core.run.comparison import run_comparison
    from fidgui.core.stores.feature_cache import FeatureCache

    real, generated = tmp_path / "real", tmp_path / "generated"
    for folder, source in ((real, "small_a"), (generated, "small_b")):
        folder.mkdir()
        for index, file in enumerate(sorted((IMAGES / source).iterdir())[:6]):
            with Image.open(file) as image:
                image.convert("RGB").save(folder / f"{index:04d}.bmp")  # BMP: same pixels count, same byte size

    def fid(cache: FeatureCache | None) -> float:
        return run_comparison(ComparisonRequest(real, generated, model=fixture_onnx), cache=cache).fid

    edited = generated / "0003.bmp"
    with FeatureCache(tmp_path / "cache.sqlite3") as cache:
        before = fid(cache)
        status = edited.stat()
        with Image.open(edited) as image:
            inverted = Image.fromarray(255 - np.asarray(image.convert("RGB")))
        inverted.save(edited)
        os.utime(edited, ns=(status.st_atime_ns, status.st_mtime_ns))  # what `touch -r` does
        after = edited.stat()
        assert (after.st_size, after.st_mtime_ns) == (status.st_size, status.st_mtime_ns)
        again = fid(cache)
    truth = fid(None)
    assert truth != pytest.approx(before, rel=1e-6)
    assert again == pytest.approx(truth, rel=1e-9)
