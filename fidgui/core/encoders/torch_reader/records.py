"""The harmless stand-ins a weights pickle may create, immutable in fact and not only by convention.

The pickle BUILD opcode writes into an object's ``__dict__`` (or calls ``setattr``)
after the object was made, bypassing any check its constructor did: a frozen
dataclass is not enough. So every object handed to the unpickler here has no
``__dict__`` (``__slots__``), refuses ``setattr``, and answers BUILD
(``__setstate__``) by refusing the file. The one legitimate BUILD, ``_metadata`` on
the state dict's OrderedDict (``torch.save`` writes it, the zip-format DINOv2 files
included), is allowed on ``StateDictMapping`` alone, once.
"""

from __future__ import annotations

import collections
from typing import Any, Callable

import numpy as np

from fidgui.core.encoders.torch_reader.problems import Tampering


class _Sealed:
    """Base of the stand-ins: set once in ``__init__`` through ``object.__setattr__``, never again."""

    __slots__ = ()
    _kind = "weights_object_any"

    def __setattr__(self, name: str, value: object) -> None:
        raise Tampering(self._kind)

    def __delattr__(self, name: str) -> None:
        raise Tampering(self._kind)

    def __setstate__(self, state: object) -> None:  # what BUILD calls when it exists
        raise Tampering(self._kind)

    def __reduce__(self) -> tuple:  # never written back out
        raise TypeError(f"{type(self).__name__} is not picklable")


class StorageType(_Sealed):
    """``torch.FloatStorage`` and the like: only the element type they stand for."""

    __slots__ = ("dtype",)
    _kind = "weights_object_storage_type"

    def __init__(self, dtype: np.dtype) -> None:
        object.__setattr__(self, "dtype", dtype)


class StorageRef(_Sealed):
    """A storage named by a persistent id: its key, element type and declared element count."""

    __slots__ = ("key", "dtype", "numel")
    _kind = "weights_object_storage_record"

    def __init__(self, key: str, dtype: np.dtype, numel: int) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "dtype", dtype)
        object.__setattr__(self, "numel", numel)

    @property
    def nbytes(self) -> int:
        return self.numel * self.dtype.itemsize

    def same_as(self, other: "StorageRef") -> bool:
        return (self.key, self.dtype, self.numel) == (other.key, other.dtype, other.numel)


class TensorRecord(_Sealed):
    """Where a tensor lies in its storage, as declared; checked again before any view is made."""

    __slots__ = ("storage", "offset", "shape", "stride")
    _kind = "weights_object_tensor_record"

    def __init__(self, storage: StorageRef, offset: int, shape: tuple, stride: tuple) -> None:
        object.__setattr__(self, "storage", storage)
        object.__setattr__(self, "offset", offset)
        object.__setattr__(self, "shape", shape)
        object.__setattr__(self, "stride", stride)

    @property
    def dtype(self) -> np.dtype:
        return self.storage.dtype


class AllowedCallable(_Sealed):
    """A name the pickle may call (``_rebuild_tensor_v2``, ``OrderedDict``): a sealed wrapper, so that
    BUILD cannot set attributes on the module-level function itself and change the next file's reading."""

    __slots__ = ("_function", "_name")
    _kind = "weights_object_function"

    def __init__(self, name: str, function: Callable[..., Any]) -> None:
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_function", function)

    def __call__(self, *args: Any) -> Any:
        return self._function(*args)


class StateDictMapping(collections.OrderedDict):
    """The OrderedDict a state dict is saved as; BUILD may give it ``_metadata`` and nothing else."""

    def __setstate__(self, state: object) -> None:
        if not isinstance(state, dict) or not set(state) <= {"_metadata"} or "_metadata" in self.__dict__:
            raise Tampering("weights_object_state_dict")
        self.__dict__.update(state)
