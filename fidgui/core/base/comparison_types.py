"""What a comparison is asked to do, what it reports while it runs, and what it returns.

These plain dataclasses are the contract between the engine and its two faces
(the window and the command line); neither face computes anything itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Literal, Mapping

from fidgui.core.base.device_keys import device_message
from fidgui.core.base.errors import LEGACY_TEXT, Message, SkippedFile, as_message
from fidgui.core.base.image_selection import ImageSelection

Side = Literal["real", "generated"]
MODES = ("pytorch-fid", "tensorflow", "clean")
DEFAULT_MODE = "pytorch-fid"
DECODE_POLICIES = ("faithful", "pil")
DEFAULT_DECODE = "faithful"
DEVICES = ("auto", "cpu", "cuda")
# The metrics themselves (their ids, keys, inputs) are declared in fidgui.core.metrics.registry.
DEFAULT_SEED = 2020  # every seeded subset (KID, IS splits, the FID interval) starts here unless asked otherwise


@dataclass(frozen=True)
class ComparisonRequest:
    """One comparison. Each side is a folder of images, chosen image files, or a saved statistics ``.npz``."""

    real: Path | ImageSelection
    generated: Path | ImageSelection
    mode: str = DEFAULT_MODE  # FID's (Inception's) mode; another encoder's mode makes that one the main encoder
    encoder_modes: tuple[str, ...] = ()  # the modes of the other networks, e.g. ("edm2",): a mode names its network
    decode: str = DEFAULT_DECODE
    batch_size: int = 16
    device: str = "auto"
    metrics: tuple[str, ...] = ("fid",)
    model: Path | None = None  # a .pth or .onnx for this run instead of the installed model (of the main encoder)
    keep_features: bool = False  # keep per-image features in the result, for the views
    save_stats_prefix: Path | None = None  # writes PREFIX_real.npz and PREFIX_generated.npz
    kid_subset_size: int = 1000
    kid_subsets: int = 100
    seed: int = DEFAULT_SEED
    isc_splits: int = 10  # the Inception Score's splits, as torch-fidelity's isc_splits
    nearest_k: int | None = None  # neighbours for precision/recall/density/coverage; None: 3 and 5 (their papers)
    num_workers: int | None = None  # decoding threads; None: one per core beyond the first, at most 4 (GPU: all)
    cluster: str | None = None  # a Dask scheduler (tcp://HOST:8786) or local:N extracts the features; None: here
    cluster_shard_size: int | None = None  # images per cluster task; None: chosen from the worker count
    dims: int | None = None  # the features' width (pytorch-fid's --dims 64/192/768/2048); None: the encoder's own
    top_level_only: bool = False  # read only the folder's own files, as pytorch-fid lists them; else subfolders too


@dataclass(frozen=True)
class Progress:
    """One progress report; sent once per batch, never per image."""

    side: Side
    done: int
    total: int
    images_per_second: float
    seconds_left: float | None
    stage: str = "features"  # "counting", "loading model", "features", "from cache", "metrics"
    encoder: str = ""  # the network being read (an encoder's registered name); "" where none runs (metrics)


class Notice:
    """A warning: ``code`` groups it (the window's heading, the CLI's filter), ``message`` is what the front end words.

    ``Notice("duplicates", count=3, side="real")`` is the usual form: the message has the
    notice's own code. A notice may instead carry another message under its group code
    (``Notice("metric_skipped", Message(...))``); a plain English sentence is accepted
    during the move to codes and kept as a ``legacy_text`` message.
    """

    __slots__ = ("code", "message")

    def __init__(self, code: str, message: Message | Mapping[str, Any] | str | None = None, /, **params: Any) -> None:
        if isinstance(message, Message):
            chosen = message
        elif isinstance(message, str):
            chosen = as_message(message)
        else:
            chosen = Message(code, {**dict(message or {}), **params})
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "message", chosen)

    @property
    def params(self) -> Mapping[str, Any]:
        return self.message.params

    @property
    def is_legacy(self) -> bool:
        return self.message.code == LEGACY_TEXT

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Notice cannot be changed")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Notice) and (other.code, other.message) == (self.code, self.message)

    def __hash__(self) -> int:
        return hash((self.code, self.message))

    def __repr__(self) -> str:
        return f"Notice({self.code!r}, {self.message!s})"

    def __reduce__(self):  # picklable across processes
        return (Notice, (self.code, self.message))


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
    count_known: bool = True  # False for pytorch-fid's and TTUR's statistics, which do not record n_images
    n_from_subfolders: int = 0  # images read from below the folder's top level (pytorch-fid reads none of them)


@dataclass(frozen=True)
class PerImageFeatures:
    """One side's used images and their pool3 rows, kept for views (maps, nearest images); never saved."""

    paths: list[str]
    pool3: object  # np.ndarray (n, feature width) float32; typed loosely to keep numpy out of this contract


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
    device: str  # a stable machine key, e.g. "CPU (2 threads)", kept as the history stores it; never shown translated
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
    device_message: Message | None = None  # the device as people read it (``device_cpu`` and its thread count)
    per_image: dict[str, PerImageFeatures] = field(default_factory=dict, repr=False)
    more_metrics: dict[str, float | None] = field(default_factory=dict)  # keys of metrics without a field above
    metric_encoders: dict[str, dict[str, object]] = field(default_factory=dict)
    """Metric id -> the network it was computed with: ``encoder``, ``mode``, ``model_sha256``, ``model_is_standard``."""

    def described_device(self) -> Message:
        """The device as a message to word; a result stored before device messages gets one from its stored key."""
        return self.device_message if self.device_message is not None else device_message(self.device)

    def metric_value(self, key: str) -> float | None:
        """A figure by its result key (``"kid_mean"``), whether the built-in fields or ``more_metrics`` hold it.

        The built-in metrics keep named fields because scripts and views read them by name;
        a metric registered later (``fidgui.core.metrics.registry``) needs no change here.
        """
        if key in _METRIC_FIELDS:
            value = getattr(self, key)
            return None if value is None else float(value)
        return self.more_metrics.get(key)

    def set_metric_value(self, key: str, value: float | None) -> None:
        if key in _METRIC_FIELDS:
            setattr(self, key, value)
        else:
            self.more_metrics[key] = value


_METRIC_FIELDS = frozenset({
    "fid", "kid_mean", "kid_std", "is_mean", "is_std", "is_real_mean", "is_real_std", "precision", "recall",
    "density", "coverage", "fid_low", "fid_high", "fid_infinity",
})


ProgressCallback = Callable[[Progress], None]
NoticeCallback = Callable[[Notice], None]
StopCheck = Callable[[], bool]
