"""What a weights file yields, and the check that its top object is a flat mapping of names to tensors."""

from __future__ import annotations

import collections
from dataclasses import dataclass
from typing import Callable, Mapping

import numpy as np

from fidgui.core.encoders.torch_reader.problems import NotStateDict
from fidgui.core.encoders.torch_reader.records import StateDictMapping, TensorRecord

RecordCheck = Callable[[Mapping[str, TensorRecord]], None]
"""Called with every tensor's declared record (name, shape, element type) before any data is read;
raises (a ``WeightsError``) to refuse the file. The architecture's layout check goes here."""


@dataclass(frozen=True)
class StateDict:
    """The tensors of a weights file by name, and the SHA-256 of the whole file."""

    tensors: dict[str, np.ndarray]
    sha256: str


def state_records(state: object) -> dict[str, TensorRecord]:
    """The state dict's tensor records by name; anything else at the top is not a plain set of weights."""
    if type(state) not in (dict, StateDictMapping, collections.OrderedDict):
        raise NotStateDict()
    records = {}
    for name, record in state.items():  # type: ignore[attr-defined]
        if type(name) is not str or type(record) is not TensorRecord:
            raise NotStateDict()
        records[name] = record
    return records
