"""Folders of photographs at the sizes generators write, for the speed benchmarks. Not a test.

    python benchmarks/photo_folders.py OUT_DIR [--count 64] [--sources DIR]

Writes ``OUT_DIR/png512`` (512x512 PNG, PIL's default compression) and ``OUT_DIR/jpeg1024`` (1024x1024 JPEG,
quality 90), each image a different seeded crop of one of the photographs in ``--sources`` (by default the six
scikit-image photographs among the shared fixtures), flipped half of the time and resized with a Lanczos
filter. Photographic content matters: noise compresses badly and decodes at a different speed from the
smooth areas and edges of real pictures, so PNG and JPEG timings on noise would mislead.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from PIL import Image

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = REPO.parent / "shared" / "fixtures" / "encoders" / "images" / "large"
FORMATS = {"png512": (512, "PNG", {}), "jpeg1024": (1024, "JPEG", {"quality": 90})}


def load_sources(folder: Path) -> list[Image.Image]:
    """The source photographs, as RGB, in name order."""
    paths = sorted(path for path in folder.iterdir() if path.suffix.lower() in (".png", ".jpg", ".jpeg"))
    if not paths:
        raise SystemExit(f"no photographs in {folder}")
    return [Image.open(path).convert("RGB") for path in paths]


def photo_crop(sources: list[Image.Image], index: int, size: int, seed: int = 0) -> Image.Image:
    """A square crop of 45-100 % of a source's shorter side, maybe mirrored, resized to ``size``."""
    rng = np.random.default_rng([seed, index])
    source = sources[index % len(sources)]
    width, height = source.size
    side = int(min(width, height) * rng.uniform(0.45, 1.0))
    left = int(rng.integers(0, width - side + 1))
    top = int(rng.integers(0, height - side + 1))
    crop = source.crop((left, top, left + side, top + side))
    if rng.random() < 0.5:
        crop = crop.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    return crop.resize((size, size), Image.Resampling.LANCZOS)


def write_folder(out: Path, name: str, count: int, sources: list[Image.Image], seed: int = 0) -> Path:
    """``count`` images of the format ``name`` (a key of FORMATS) in ``out/name``; existing files are kept."""
    size, image_format, options = FORMATS[name]
    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    suffix = ".png" if image_format == "PNG" else ".jpg"
    for index in range(count):
        path = folder / f"{index:05d}{suffix}"
        if not path.exists():
            photo_crop(sources, index, size, seed).save(path, image_format, **options)
    return folder


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=64)
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("--formats", nargs="+", choices=sorted(FORMATS), default=sorted(FORMATS))
    args = parser.parse_args(argv)
    sources = load_sources(args.sources)
    for name in args.formats:
        folder = write_folder(args.out, name, args.count, sources)
        print(f"{folder}: {args.count} images")


if __name__ == "__main__":
    sys.exit(main())
