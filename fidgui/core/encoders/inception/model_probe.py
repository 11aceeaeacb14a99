"""Run a model once on a small probe batch and check what comes out, before any real run depends on it.

The declared outputs of an ONNX graph are promises, not facts: a graph can declare
``[batch, 2048]`` and return no rows, twice the rows, another width, or fail inside
a Reshape. A run would then end in a traceback, or worse, in a figure computed from
the wrong rows. So a model is run on two images when it is imported or first used,
and every output is checked for rank, rows, width and finite values. A network
that passed is remembered by its digest for the rest of the process.
"""

from __future__ import annotations

import numpy as np
import onnxruntime

from fidgui.core.base.errors import Message
from fidgui.core.encoders.inception.model_limits import GraphRefused

PROBE_ROWS = 2
_FATAL_ONLY = 4
_passed: set[str] = set()


def probe_outputs(content: bytes, digest: str, input_size: int, widths: dict[str, int]) -> None:
    """Raise GraphRefused unless the model gives, for a 2-image batch, each output as [2, width] of finite numbers."""
    if digest in _passed:
        return
    try:
        session = _session(content)
        names = [output.name for output in session.get_outputs()]
        batch = np.random.default_rng(0).uniform(-1, 1, (PROBE_ROWS, 3, input_size, input_size)).astype(np.float32)
        values = dict(zip(names, session.run(names, {session.get_inputs()[0].name: batch})))
    except GraphRefused:
        raise
    except Exception as error:  # onnxruntime raises its own untyped errors (and MemoryError is possible)
        raise GraphRefused(Message("model_problem_run_failed", {"detail": _first_line(error)})) from None
    for name, width in widths.items():
        value = np.asarray(values.get(name))
        if value.shape != (PROBE_ROWS, width):
            raise GraphRefused(Message("model_problem_output_shape", {
                "name": name, "shape": _shape(value.shape), "expected": _shape((PROBE_ROWS, width)),
            }))
        if not np.issubdtype(value.dtype, np.floating) or not np.isfinite(value).all():
            raise GraphRefused(Message("model_problem_output_values", {"name": name}))
    _passed.add(digest)


def _session(content: bytes) -> onnxruntime.InferenceSession:
    options = onnxruntime.SessionOptions()
    options.log_severity_level = _FATAL_ONLY
    options.intra_op_num_threads = 2
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return onnxruntime.InferenceSession(content, sess_options=options, providers=["CPUExecutionProvider"])


def _shape(shape: tuple[int, ...]) -> str:
    return "[" + ", ".join(str(n) for n in shape) + "]"


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return (text.splitlines()[0] if text else type(error).__name__)[:200]
