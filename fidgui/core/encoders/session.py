"""Run the FID network with ONNX Runtime on the GPU when one truly works, else on the CPU, and say which.

onnxruntime-gpu lists the CUDA provider even on machines without CUDA libraries;
a session asked for CUDA then logs a red error and quietly runs on the CPU. So the
runtime's own logging is turned down, the session is created, and the providers it
actually got are read back: the user sees one plain sentence, never a stack of
red text, and a run that asked for the GPU never silently uses the CPU.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from types import TracebackType
from typing import Callable

import numpy as np
import onnxruntime

from fidgui.core.base.core_share import available_cores
from fidgui.core.base.device_keys import CUDA_KEY, cpu_key
from fidgui.core.base.errors import Cancelled, Message, ModelError
from fidgui.core.base.stopping import stop_if_asked
from fidgui.core.encoders import cuda_libraries
from fidgui.core.encoders.concurrent_calls import ConcurrentCalls
from fidgui.core.encoders.inception import BLOCK_OUTPUTS as _BLOCKS

BLOCK_OUTPUTS = frozenset(output.name for output in _BLOCKS)  # given only when asked (``--dims``)

_CUDA = "CUDAExecutionProvider"
_CPU = "CPUExecutionProvider"
_FATAL_ONLY = 4  # onnxruntime severities: 0 verbose ... 3 error, 4 fatal; failures still come back as exceptions


class InceptionSession:
    """One loaded model on one device; ``run`` maps a preprocessed batch to the network's outputs."""

    def __init__(
        self, model_path: Path, device: str = "auto", threads: int | None = None, outputs: tuple[str, ...] = (),
    ) -> None:
        if device not in ("auto", "cpu", "cuda"):
            raise ValueError(f"unknown device {device!r}")
        self.fallback_reason: Message | None = None
        why_not_cuda: Message | None = None
        if device != "cpu" and _CUDA not in onnxruntime.get_available_providers():
            why_not_cuda = Message("gpu_reason_no_gpu_build")
        want_cuda = device != "cpu" and why_not_cuda is None
        # Every allowed core, even on a busy machine: on the CPU as that many concurrent single-threaded calls
        # (concurrent_calls), which a core lost to another program slows only in proportion.
        self.threads = threads or available_cores()
        if want_cuda:
            _preload_cuda_libraries()
        session = self._create(Path(model_path), [_CUDA, _CPU] if want_cuda else [_CPU], outputs)
        self._session: onnxruntime.InferenceSession | None = session
        if want_cuda and session.get_providers()[0] != _CUDA:
            why_not_cuda = _why_cuda_did_not_start()
        if why_not_cuda and device == "cuda":
            raise ModelError("gpu_unusable", reason=why_not_cuda)
        if why_not_cuda:
            self.fallback_reason = Message("device_fallback_cpu", reason=why_not_cuda)
        self.device = "cuda" if session.get_providers()[0] == _CUDA else "cpu"
        self._calls = ConcurrentCalls(1 if self.device == "cuda" else self.threads, whole_batch=self.device == "cuda")
        self._input = session.get_inputs()[0].name
        given = [output.name for output in session.get_outputs()]
        # Without a list, the outputs every model gives (pool3 and the logits); the block outputs only when asked.
        self._outputs = [name for name in given if (name in outputs if outputs else name not in BLOCK_OUTPUTS)]

    def _create(
        self, model_path: Path, providers: list[str], outputs: tuple[str, ...] = ()
    ) -> onnxruntime.InferenceSession:
        options = onnxruntime.SessionOptions()
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        # One thread per call: on the CPU the cores are used by concurrent calls (concurrent_calls says why); on a
        # GPU the CPU has only the copies to do. Nothing spins, so idle threads leave the cores to decoding.
        options.intra_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = _FATAL_ONLY
        # Provider libraries that fail to load report through the default logger, not the session's.
        onnxruntime.set_default_logger_severity(_FATAL_ONLY)
        source: str | bytes = _with_outputs(model_path, outputs)
        try:
            return onnxruntime.InferenceSession(source, sess_options=options, providers=providers)
        except Exception as error:  # onnxruntime raises its own untyped errors
            raise ModelError("runtime_load_failed", path=str(model_path), reason=_first_line(error)) from error

    @property
    def providers(self) -> list[str]:
        """The execution providers ONNX Runtime actually gave this session, best first (for speed checks)."""
        if self._session is None:
            raise ModelError("model_session_closed")
        return list(self._session.get_providers())

    @property
    def device_message(self) -> Message:
        """Which device computed the features, worded by the front end (``device_cpu`` with its thread count)."""
        return Message("device_cuda") if self.device == "cuda" else Message("device_cpu", threads=self.threads)

    @property
    def device_description(self) -> str:
        """The stable machine-readable form kept in ``ComparisonResult.device`` and the history (never translated)."""
        return CUDA_KEY if self.device == "cuda" else cpu_key(self.threads)

    def run(self, batch: np.ndarray, should_stop: Callable[[], bool] | None = None) -> dict[str, np.ndarray]:
        """Outputs by name (the encoder's, e.g. pool3) for a float32 batch of shape [N, 3, S, S], S its input size.

        With ``should_stop``, the network call itself is aborted (ONNX Runtime's terminate flag) within a
        fraction of a second of the stop request, and Cancelled is raised: a large batch never delays a cancel.
        """
        if self._session is None:
            raise ModelError("model_session_closed")
        stop_if_asked(should_stop)
        batch = np.ascontiguousarray(batch, dtype=np.float32)
        parts, stopped = self._calls.run(self._call, batch, should_stop)
        if stopped:
            raise Cancelled()
        if len(parts) == 1:
            values = parts[0]
        else:
            values = [np.concatenate([part[index] for part in parts]) for index in range(len(self._outputs))]
        return {name: np.asarray(value, dtype=np.float32) for name, value in zip(self._outputs, values)}

    def _call(self, rows: np.ndarray, options: onnxruntime.RunOptions | None) -> list[np.ndarray]:
        session = self._session
        if session is None:
            raise ModelError("model_session_closed")
        return session.run(self._outputs, {self._input: rows}, options)

    def close(self) -> None:
        """Release the network's memory (about 100 MB on the CPU, more on a GPU) and its call threads now, not
        when collected."""
        self._session = None
        self._calls.close()

    def __enter__(self) -> "InceptionSession":
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def _why_cuda_did_not_start() -> Message:
    """The missing CUDA or cuDNN library by name when the loader says which, with the versions this
    onnxruntime-gpu was built for (read from the package: CUDA 13 and cuDNN 9 for 1.31, not a literal)."""
    versions = {"cuda": cuda_libraries.cuda_version() or "?", "cudnn": cuda_libraries.cudnn_major() or "?"}
    library = cuda_libraries.missing_library()
    if library is not None:
        return Message("gpu_reason_library_missing", library=library, **versions)
    return Message("gpu_reason_no_gpu", **versions)


def _preload_cuda_libraries() -> None:
    """Load pip-installed CUDA and cuDNN libraries so the CUDA provider can find them; it prints, so hush it."""
    preload = getattr(onnxruntime, "preload_dlls", None)
    if preload is None:
        return
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(Exception):
        preload()


def _with_outputs(model_path: Path, outputs: tuple[str, ...]) -> str | bytes:
    """The model's path when it gives every output asked for, else its bytes with the missing block outputs added
    (a model converted before pytorch-fid's other widths were offered; its file stays as it is)."""
    wanted = [name for name in outputs if name in BLOCK_OUTPUTS]
    if not wanted:
        return str(model_path)
    import onnx

    from fidgui.core.encoders.inception.graph import add_block_outputs

    try:
        model = onnx.load(str(model_path))
    except Exception as error:  # protobuf's own errors
        raise ModelError("runtime_load_failed", path=str(model_path), reason=_first_line(error)) from error
    if all(name in {value.name for value in model.graph.output} for name in wanted):
        return str(model_path)
    try:
        return add_block_outputs(model, wanted).SerializeToString()
    except KeyError:
        raise ModelError("model_lacks_block", path=str(model_path), output=wanted[0]) from None


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
