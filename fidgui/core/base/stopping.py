"""Stop checks and progress for long computations: what lets a user cancel a minutes-long step in a second.

Every long step (extraction, a metric, a map) takes ``should_stop`` (called between steps;
True means the user asked to stop) and reports ``progress(done, total)``. Most steps are short, so checking between them is
enough. A few are one long library call (a covariance product or an eigenvalue
decomposition of 2048 x 2048, 0.3 to 3 s on two busy cores): ``call_stoppably`` runs such
a step in a helper thread and polls the stop check while it waits, so the caller raises
``Cancelled`` within ``POLL_SECONDS`` even though the step itself cannot be interrupted.
The abandoned step finishes in the background and its result is dropped; callers make
each step small so that little work is wasted. This only helps for steps that release
the GIL (numpy's BLAS and LAPACK calls do; scipy's ``eigh`` does not, which is why
``frechet`` uses numpy's).
"""

from __future__ import annotations

import threading
from typing import Callable, TypeVar

from fidgui.core.base.comparison_types import StopCheck
from fidgui.core.base.errors import Cancelled

T = TypeVar("T")
StepProgress = Callable[[int, int], None]
POLL_SECONDS = 0.05


def never_stop() -> bool:
    return False


def no_progress(_done: int, _total: int) -> None:
    """The progress callback of a caller that shows none."""


def stop_if_asked(should_stop: StopCheck | None, code: str = "cancelled") -> None:
    """Raise ``Cancelled`` (with ``code``, the sentence a front end shows) when the user asked to stop."""
    if should_stop is not None and should_stop():
        raise Cancelled(code)


def call_stoppably(
    work: Callable[[], T], should_stop: StopCheck | None, poll: float = POLL_SECONDS, code: str = "cancelled"
) -> T:
    """``work()``, or ``Cancelled`` within about ``poll`` seconds of a stop request, whichever comes first."""
    stop_if_asked(should_stop, code)
    if should_stop is None:
        return work()
    outcome: dict[str, object] = {}
    finished = threading.Event()

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed to the caller's thread below
            outcome["error"] = error
        finally:
            finished.set()

    threading.Thread(target=run, name="fidgui-stoppable-step", daemon=True).start()
    while not finished.wait(poll):
        stop_if_asked(should_stop, code)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
