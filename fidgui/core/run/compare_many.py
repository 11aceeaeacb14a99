"""Several comparisons as one job: one real folder against many generated ones, or every pair of several folders.

Choosing between checkpoints or settings means comparing many generated folders with
the same real set. Every run goes through :func:`run_comparison` with one shared
:class:`FeatureCache`, so the real folder is read through the network once and costs
only a cache lookup afterwards (``SideSummary.from_cache`` says so on the later runs).
A folder that fails (too few images, unreadable) is recorded with its sentence and the
others go on; only a cancel stops the whole job.

The pairwise matrix fills each unordered pair once: the Fréchet distance is symmetric
(tr √(Σ₁Σ₂) = tr √(Σ₂Σ₁)), and the diagonal is zero by definition.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict, Unpack

import numpy as np

from fidgui.core.metrics.registry import result_keys
from fidgui.core.run.comparison import run_comparison
from fidgui.core.base.comparison_types import (
    ComparisonRequest,
    ComparisonResult,
    NoticeCallback,
    ProgressCallback,
    StopCheck,
)
from fidgui.core.base.errors import Cancelled, FidguiError, Message, Wording, as_message, english
from fidgui.core.stores.feature_cache import FeatureCache

StepCallback = Callable[[int, int, Path, Path], None]  # (step, steps, real, generated), step counted from 0


@dataclass(frozen=True)
class FolderOutcome:
    """One comparison of the job: its result, or the message that says why there is none."""

    real: Path
    generated: Path
    result: ComparisonResult | None
    error: Message | None = None

    def __post_init__(self) -> None:
        if self.error is not None:
            object.__setattr__(self, "error", as_message(self.error))


@dataclass
class PairwiseMatrix:
    """FID between every two folders; NaN where that pair failed (its sentence is in ``outcomes``)."""

    folders: list[Path]
    fid: np.ndarray  # (n, n) symmetric, zero diagonal
    outcomes: list[FolderOutcome] = field(default_factory=list)  # one per pair i < j, in row order

    @property
    def errors(self) -> list[Message]:
        return [outcome.error for outcome in self.outcomes if outcome.error is not None]


@contextlib.contextmanager
def _shared_cache(cache: FeatureCache | None) -> Iterator[FeatureCache]:
    """The caller's cache, or one opened for this job alone and closed after it."""
    if cache is not None:
        yield cache
        return
    with FeatureCache() as opened:
        yield opened


def _compare(
    real: Path,
    generated: Path,
    request_fields: Mapping[str, Any],
    cache: FeatureCache,
    on_progress: ProgressCallback | None,
    on_notice: NoticeCallback | None,
    should_stop: StopCheck | None,
) -> FolderOutcome:
    request = ComparisonRequest(real=Path(real), generated=Path(generated), **request_fields)
    try:
        result = run_comparison(request, on_progress, on_notice, should_stop, cache=cache)
    except Cancelled:
        raise
    except FidguiError as error:
        return FolderOutcome(Path(real), Path(generated), None, error.message)
    except OSError as error:
        unreadable = Message("folder_unreadable", path=str(generated), reason=str(error.strerror or error))
        return FolderOutcome(Path(real), Path(generated), None, unreadable)
    return FolderOutcome(Path(real), Path(generated), result)


class JobHooks(TypedDict, total=False):
    """The keyword arguments both kinds of job take: callbacks passed on to every comparison, and the shared cache."""

    on_progress: ProgressCallback | None
    on_notice: NoticeCallback | None
    should_stop: StopCheck | None
    on_step: StepCallback | None
    cache: FeatureCache | None


def _compare_pairs(
    pairs: Sequence[tuple[Path, Path]], request_fields: Mapping[str, Any] | None, hooks: JobHooks
) -> list[FolderOutcome]:
    """The request loop of both jobs: one comparison per (real, generated) pair, in order, over one cache."""
    unknown = sorted(set(hooks) - JobHooks.__optional_keys__)
    if unknown:  # as Python itself refuses a misspelt keyword, rather than ignore it
        raise TypeError(f"unexpected keyword argument(s): {', '.join(unknown)}")
    fields = dict(request_fields or {})
    on_step = hooks.get("on_step")
    callbacks = (hooks.get("on_progress"), hooks.get("on_notice"), hooks.get("should_stop"))
    outcomes = []
    with _shared_cache(hooks.get("cache")) as shared:
        for step, (real, generated) in enumerate(pairs):
            if on_step is not None:
                on_step(step, len(pairs), Path(real), Path(generated))
            outcomes.append(_compare(real, generated, fields, shared, *callbacks))
    return outcomes


def compare_with_real(
    real: Path,
    generated_folders: Sequence[Path],
    request_fields: Mapping[str, Any] | None = None,
    **hooks: Unpack[JobHooks],
) -> list[FolderOutcome]:
    """One outcome per generated folder, in the order given.

    ``request_fields`` are the other keyword arguments of :class:`ComparisonRequest` (mode, metrics, ...).
    Raises Cancelled when ``should_stop()`` turns true; every other failure stays with its folder.
    """
    return _compare_pairs([(real, generated) for generated in generated_folders], request_fields, hooks)


def pairwise_fid(
    folders: Sequence[Path], request_fields: Mapping[str, Any] | None = None, **hooks: Unpack[JobHooks]
) -> PairwiseMatrix:
    """FID between every two of ``folders`` (at least two), each pair computed once."""
    folders = [Path(folder) for folder in folders]
    if len(folders) < 2:
        raise FidguiError("pairwise_needs_two")
    pairs = [(i, j) for i in range(len(folders)) for j in range(i + 1, len(folders))]
    outcomes = _compare_pairs([(folders[i], folders[j]) for i, j in pairs], request_fields, hooks)
    matrix = np.zeros((len(folders), len(folders)))
    for (i, j), outcome in zip(pairs, outcomes):
        value = outcome.result.fid if outcome.result is not None and outcome.result.fid is not None else np.nan
        matrix[i, j] = matrix[j, i] = value
    return PairwiseMatrix(folders, matrix, outcomes)


def outcome_columns() -> tuple[str, ...]:
    """Both folders, every registered metric's keys, then counts, settings and the failure sentence with its code."""
    return ("real", "generated", *result_keys(), "n_real", "n_generated", "mode", "model_sha256", "error", "error_code")


def outcomes_to_csv(outcomes: Sequence[FolderOutcome], wording: Wording | None = None) -> str:
    """One row per comparison, failed ones included with their sentence (in the front end's words) and code."""
    wording = wording or english
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=outcome_columns(), lineterminator="\n")
    writer.writeheader()
    for outcome in outcomes:
        row: dict[str, Any] = {"real": str(outcome.real), "generated": str(outcome.generated)}
        if outcome.error is not None:
            row.update(error=wording(outcome.error), error_code=outcome.error.code)
        result = outcome.result
        if result is not None:
            row.update({key: result.metric_value(key) for key in result_keys()})
            row.update(
                n_real=result.real.n_images, n_generated=result.generated.n_images, mode=result.mode,
                model_sha256=result.model_sha256,
            )
        writer.writerow(row)
    return buffer.getvalue()


def matrix_to_csv(matrix: PairwiseMatrix) -> str:
    """The matrix with folder paths as the first row and column; an empty cell where a pair failed."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    names = [str(folder) for folder in matrix.folders]
    writer.writerow(["", *names])
    for name, row in zip(names, matrix.fid):
        writer.writerow([name, *("" if np.isnan(value) else repr(float(value)) for value in row)])
    return buffer.getvalue()
