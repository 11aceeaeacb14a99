"""What a comparison is asked to do, what it reports while it runs, and what it returns.

These plain dataclasses are the contract between the engine and its two faces
(the window and the command line); neither face computes anything itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Literal

from fidgui.core.base.errors import SkippedFile

Side = Literal["real", "generated"]
MODES = ("pytorch-fid", "tensorflow", "clean")
DEFAULT_MODE = "pytorch-fid"
DECODE_POLICIES = ("faithful", "pil")
DEFAULT_DECODE = "faithful"
DEVICES = ("auto", "cpu", "cuda")
DEFAULT_SEED = 2020  # every seeded subset (KID, IS splits, the FID interval) starts here unless asked otherwise
METRICS = ("fid", "kid", "is", "prdc", "fid_interval", "fid_infinity")
PER_IMAGE_METRICS = frozenset({"kid", "is", "prdc", "fid_interval", "fid_infinity"})  # need every image's features


@dataclass(frozen=True)
class ComparisonRequest:
    """One comparison. Each side is a folder of images or a saved statistics ``.npz``."""

    real: Path
    generated: Path
    mode: str = DEFAULT_MODE
    decode: str = DEFAULT_DECODE
    batch_size: int = 16
    device: str = "auto"
    metrics: tuple[str, ...] = ("fid",)
    model: Path | None = None  # a .pth or .onnx for this run instead of the installed model
    keep_features: bool = False  # keep per-image features in the result, for the views
    save_stats_prefix: Path | None = None  # writes PREFIX_real.npz and PREFIX_generated.npz
    kid_subset_size: int = 1000
    kid_subsets: int = 100
    seed: int = DEFAULT_SEED


@dataclass(frozen=True)
class Progress:
    """One progress report; sent once per batch, never per image."""

    side: Side
    done: int
    total: int
    images_per_second: float
    seconds_left: float | None
    stage: str = "features"  # "counting", "loading model", "features", "metrics"


@dataclass(frozen=True)
class Notice:
    """A warning as one plain sentence; ``code`` lets the window translate or group it."""

    code: str
    text: str


@dataclass
class SideSummary:
    """What was read on one side."""

    source: str
    n_images: int
    skipped: list[SkippedFile] = field(default_factory=list)
    converted: dict[str, int] = field(default_factory=dict)  # note code -> count, e.g. "grayscale": 3
    from_statistics: bool = False
    from_cache: int = 0  # images whose features came from the feature cache
    n_duplicates: int = 0
    n_upsampled: int = 0


@dataclass(frozen=True)
class PerImageFeatures:
    """One side's used images and their pool3 rows, kept for views (maps, nearest images); never saved."""

    paths: list[str]
    pool3: object  # np.ndarray (n, 2048) float32; typed loosely to keep numpy out of this contract


@dataclass
class ComparisonResult:
    """Everything needed to show, save or reproduce one comparison."""

    fid: float | None
    real: SideSummary
    generated: SideSummary
    mode: str
    decode: str
    model_sha256: str
    model_is_standard: bool
    device: str  # a sentence-ready description, e.g. "CPU (2 threads)"
    seconds: float
    warnings: list[Notice] = field(default_factory=list)
    kid_mean: float | None = None
    kid_std: float | None = None
    is_mean: float | None = None  # Inception Score of the generated images
    is_std: float | None = None
    is_real_mean: float | None = None  # ... and of the real images, for reference
    is_real_std: float | None = None
    precision: float | None = None
    recall: float | None = None
    density: float | None = None
    coverage: float | None = None
    fid_low: float | None = None  # bootstrap interval of the FID at these image counts
    fid_high: float | None = None
    fid_infinity: float | None = None
    settings: dict[str, object] = field(default_factory=dict)
    per_image: dict[str, PerImageFeatures] = field(default_factory=dict, repr=False)


ProgressCallback = Callable[[Progress], None]
NoticeCallback = Callable[[Notice], None]
StopCheck = Callable[[], bool]
