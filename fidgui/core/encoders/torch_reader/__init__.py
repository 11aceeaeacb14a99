"""Read the tensors of a ``torch.save`` file without PyTorch and without trusting it.

A pickle can run any code it names, allocate whatever it declares and rewrite any
object it made; users import weights files from USB sticks and colleagues. So the
reader here resolves only the few names a state dict needs, each to a sealed
stand-in (``records``); checks every pickle's declared lengths against the file
before unpickling it (``pickles``); hands the tensor records to the caller's layout
check before reading any data; and proves every tensor lies inside its storage
before cutting it out (``views``). Both containers are read: the legacy format of
the standard FID weights (``legacy``) and the zip format (``zipped``).

Whatever goes wrong comes back as one ``WeightsError`` naming the file and the
problem: never a traceback, a crash, or memory beyond a few times the file's size.
"""

from __future__ import annotations

from pathlib import Path

from fidgui.core.base.errors import FidguiError, WeightsError
from fidgui.core.encoders.torch_reader.hashing import ByteProgress, HashingReader
from fidgui.core.encoders.torch_reader.legacy import LEGACY_MAGIC, LEGACY_PROTOCOL, read_legacy
from fidgui.core.encoders.torch_reader.problems import ReaderProblem, for_network, unexpected
from fidgui.core.encoders.torch_reader.records import TensorRecord
from fidgui.core.encoders.torch_reader.state import RecordCheck, StateDict
from fidgui.core.encoders.torch_reader.zipped import ZIP_SIGNATURE, read_zip

__all__ = [
    "LEGACY_MAGIC", "LEGACY_PROTOCOL", "ByteProgress", "RecordCheck", "StateDict", "TensorRecord", "read_state_dict",
]


def read_state_dict(path: Path, progress: ByteProgress | None = None, check: RecordCheck | None = None,
                    network: str | None = None) -> StateDict:
    """Read a ``torch.save`` state dict (legacy or zip) into numpy arrays, running none of its code.

    ``check`` sees every tensor's name and declared shape before any tensor data is
    read or any memory is committed to it; it raises to refuse the file. ``network``
    names the network the file was chosen for (``"DINOv2"``, ``"CLIP"``): the generic
    refusals then ask for that network's file; without it (the FID Inception) they
    name the standard FID weights file.
    """
    path = Path(path)
    total = 0
    try:
        total = path.stat().st_size
        with open(path, "rb") as raw:
            if raw.read(len(ZIP_SIGNATURE)) == ZIP_SIGNATURE:
                return read_zip(path, raw, total, progress, check)
            raw.seek(0)
            return read_legacy(path, HashingReader(raw, total, progress), check)
    except FidguiError:  # already a sentence (a layout refusal, an incomplete file) or a cancel
        raise
    except ReaderProblem as problem:
        raise for_network(problem.error(path, total), network) from None
    except OSError as error:
        raise WeightsError("weights_unreadable", path=str(path), reason=error.strerror or str(error)) from None
    except Exception as error:  # OverflowError, MemoryError, RecursionError...: a hostile file, said in one sentence
        raise unexpected(path, error) from None
