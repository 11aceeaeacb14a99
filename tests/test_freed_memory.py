"""Each image's arrays reuse the previous image's pages instead of faulting in new ones (Linux, glibc)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from conftest import REPO

PREPROCESS_PHOTOS = textwrap.dedent("""
    import resource, sys
    import numpy as np
    from fidgui.core.base.freed_memory import keep_freed_memory
    from fidgui.core.images.preprocess import preprocess
    tuned = sys.argv[1] == "tuned" and keep_freed_memory()
    pictures = [np.random.default_rng(i).integers(0, 256, (512, 512, 3), dtype=np.uint8) for i in range(3)]
    for picture in pictures:  # warm up: the first images may fault in whatever they use first
        preprocess(picture, "pytorch-fid", 299)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for round in range(10):
        for picture in pictures:
            preprocess(picture, "pytorch-fid", 299)
    print(tuned, (resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before) / 30)
""")


def _faults_per_image(setting: str) -> tuple[str, float]:
    done = subprocess.run([sys.executable, "-c", PREPROCESS_PHOTOS, setting], cwd=REPO, capture_output=True,
                          text=True, check=True, timeout=120)
    tuned, faults = done.stdout.split()
    return tuned, float(faults)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator is the one tuned")
def test_preprocessing_one_image_after_another_faults_in_no_new_pages() -> None:
    default_tuned, default_faults = _faults_per_image("default")
    tuned, tuned_faults = _faults_per_image("tuned")
    print(f"\npage faults per 512x512 image: {default_faults:.0f} by default, {tuned_faults:.0f} tuned")
    assert (default_tuned, tuned) == ("False", "True")
    assert default_faults > 500  # the defaults hand the arrays' pages back after each image...
    assert tuned_faults < default_faults / 20  # ...tuned, the next image reuses them
