"""What can be wrong with a weights file, as exceptions the reader raises deep inside and words once at the top.

The pickle, container and view code does not know the file's path, and must not
build sentences; it raises one of the small exceptions below. ``read_state_dict``
turns each into a ``WeightsError`` code naming the file and the problem, so every
failure, however exotic, reaches the user as one sentence and never as a traceback.
"""

from __future__ import annotations

from pathlib import Path

from fidgui.core.base.errors import Message, WeightsError


class ReaderProblem(Exception):
    """Something in the file that fidgui refuses; ``error(path, size)`` words it.

    Unless a subclass words it otherwise, the file is called damaged and the problem is its
    ``code`` with ``details(size)`` as the parameters (``size``: the file's bytes).
    """

    code = "weights_problem_mismatch"

    def details(self, size: int) -> dict[str, str]:
        return {}

    def error(self, path: Path, size: int) -> WeightsError:
        return damaged(path, Message(self.code, self.details(size)))


class UnsafeName(ReaderProblem):
    """The pickle named a callable outside the allow-list: it asks to run code."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def error(self, path: Path, size: int) -> WeightsError:
        return WeightsError("weights_runs_code", path=str(path), name=self.name)


class Tampering(ReaderProblem):
    """The pickle tried to change an object after creating it (a BUILD beyond the state dict's ``_metadata``)."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what  # a message code naming the kind of object

    def error(self, path: Path, size: int) -> WeightsError:
        return WeightsError("weights_tampered", path=str(path), what=Message(self.what))


class Truncated(ReaderProblem):
    """The file ends inside something it has begun: the usual sign of a cut-off download."""

    def error(self, path: Path, size: int) -> WeightsError:
        return incomplete(path, size)


class BeyondFile(ReaderProblem):
    """A declared length (bytes, frame, storage, memo slot) larger than the whole file could hold."""

    code = "weights_problem_beyond_file"

    def details(self, size: int) -> dict[str, str]:
        return {"size_mb": _mb(size)}


class OverLimit(ReaderProblem):
    """A size past one of the reader's limits (in bytes); the subclass's ``code`` says which, the sentence the limit."""

    code = "weights_problem_too_much_memory"

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit

    def details(self, size: int) -> dict[str, str]:
        return {"limit_mb": _mb(self.limit)}


class HeaderTooLong(OverLimit):
    """A pickle longer than any state dict's description needs; refused before it is unpickled."""

    code = "weights_problem_header_too_long"


class BadRecord(ReaderProblem):
    """A tensor record with an impossible shape, stride or offset (negative, not an integer, mismatched)."""

    code = "weights_problem_bad_record"

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def details(self, size: int) -> dict[str, str]:
        return {"name": self.name}


class OutsideStorage(BadRecord):
    """A tensor whose furthest element lies past the end of the storage it is cut from."""

    code = "weights_problem_outside_storage"


class TooMuchMemory(OverLimit):
    """Tensors that would take far more memory than the file's own bytes (stride-0 tricks)."""

    code = "weights_problem_too_much_memory"


class Mismatch(ReaderProblem):
    """The parts of the file disagree (keys, lengths, storage descriptions)."""


class NotStateDict(ReaderProblem):
    """A torch file whose top object is not a flat mapping of names to tensors."""

    def error(self, path: Path, size: int) -> WeightsError:
        return WeightsError("weights_not_state_dict", path=str(path))


class UnsupportedWriter(ReaderProblem):
    """A legacy file from a big-endian machine or an unknown serialization protocol."""

    def error(self, path: Path, size: int) -> WeightsError:
        return WeightsError("weights_unsupported_writer", path=str(path))


class NotTorch(ReaderProblem):
    def error(self, path: Path, size: int) -> WeightsError:
        return WeightsError("weights_not_torch", path=str(path))


def damaged(path: Path, problem: Message) -> WeightsError:
    return WeightsError("weights_damaged", path=str(path), problem=problem)


def incomplete(path: Path, size: int, expected: int | None = None) -> WeightsError:
    if expected is None or expected > 1 << 50:  # an absurd claim is not worth repeating as a size
        return WeightsError("weights_incomplete", path=str(path), held_mb=_mb(size))
    return WeightsError("weights_incomplete_of", path=str(path), held_mb=_mb(size), expected_mb=_mb(expected))


def unexpected(path: Path, error: BaseException) -> WeightsError:
    """Any other failure (OverflowError, MemoryError, RecursionError...): named by its kind, never a traceback."""
    return damaged(path, Message("weights_problem_structure", {"detail": type(error).__name__}))


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f}"


NAMES_THE_STANDARD_FILE = frozenset({
    "weights_not_torch", "weights_runs_code", "weights_tampered", "weights_unsupported_writer",
    "weights_not_state_dict",
})
"""The refusals whose sentence ends by asking for the standard FID weights file."""


def for_network(error: WeightsError, network: str | None) -> WeightsError:
    """The same refusal asking for ``network``'s file (code ``<code>_for``) when the file was read for another
    network than the FID Inception; a DINOv2 user must not be told to choose the Inception weights."""
    message = error.message
    if network is None or message.code not in NAMES_THE_STANDARD_FILE:
        return error
    return WeightsError(f"{message.code}_for", **dict(message.params), network=network)
