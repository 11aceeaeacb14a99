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

DEFAULT_SPLITS = 10


def inception_score(logits: np.ndarray, *, splits: int = DEFAULT_SPLITS, seed: int = DEFAULT_SEED) -> tuple[float, float]:
    count = len(logits)
    if count < splits:
        raise FidguiError(
            f"The Inception Score needs at least {splits} images (one per split); this set has {count}."
        )
    shuffled = np.asarray(logits, np.float64)[np.random.RandomState(seed).permutation(count)]
    log_p = log_softmax(shuffled, axis=1)
    p = np.exp(log_p)
    scores = []
    for index in range(splits):
        rows = slice(index * count // splits, (index + 1) * count // splits)
        log_marginal = np.log(p[rows].mean(axis=0, keepdims=True))
        kl = (p[rows] * (log_p[rows] - log_marginal)).sum(axis=1).mean()
        scores.append(np.exp(kl))
    return float(np.mean(scores)), float(np.std(scores))
