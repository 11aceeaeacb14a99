"""Bias-free logits to the Inception Score (Salimans et al. 2016), as torch-fidelity computes it.

The samples are shuffled once with a ``RandomState`` seeded like torch-fidelity's,
cut into ``splits`` consecutive chunks (chunk i holds rows i*N//splits up to
(i+1)*N//splits), and each chunk scores exp(mean KL(p(y|x) || p(y))) in float64.
The score uses the logits without the classifier's bias, as the original
TensorFlow code did; the mean and the (population) standard deviation of the
chunk scores are reported.
"""

from __future__ import annotations

import numpy as np
from scipy.special import log_softmax

from fidgui.core.base.errors import FidguiError
from fidgui.core.base.comparison_types import DEFAULT_SEED
from fidgui.core.base.stopping import StepProgress, StopCheck, stop_if_asked

DEFAULT_SPLITS = 10


def inception_score(
    logits: np.ndarray,
    *,
    splits: int = DEFAULT_SPLITS,
    seed: int = DEFAULT_SEED,
    should_stop: StopCheck | None = None,
    progress: StepProgress | None = None,
) -> tuple[float, float]:
    """Mean and population standard deviation of the split scores; the stop check runs before each split."""
    count = len(logits)
    if count < splits:
        raise FidguiError("inception_score_too_few_images", splits=splits, count=count)
    shuffled = np.asarray(logits, np.float64)[np.random.RandomState(seed).permutation(count)]
    log_p = log_softmax(shuffled, axis=1)
    p = np.exp(log_p)
    scores = []
    for index in range(splits):
        stop_if_asked(should_stop)
        rows = slice(index * count // splits, (index + 1) * count // splits)
        log_marginal = np.log(p[rows].mean(axis=0, keepdims=True))
        kl = (p[rows] * (log_p[rows] - log_marginal)).sum(axis=1).mean()
        scores.append(np.exp(kl))
        if progress is not None:
            progress(index + 1, splits)
    return float(np.mean(scores)), float(np.std(scores))
