"""What an encoder (a network that turns images into feature vectors) declares, so no other module knows its numbers.

The rest of the engine asks the encoder instead of writing Inception's figures down: the
preprocessing resizes to ``input_size``, the feature cache stores each named output with its
width, the running statistics and the sample-size warnings take the width of
``statistics_output``, the Inception Score reads ``class_output`` when there is one. A new
network (DINOv2, CLIP) is one declaration registered in :mod:`fidgui.core.encoders.registry`.

Preprocessing modes are declared by name; the recipe behind each name lives with the other
image operations in :mod:`fidgui.core.images.preprocess` (the encoders and images layers do not
import each other), and a mode name belongs to exactly one encoder, so a request's mode says
which network it needs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Protocol

from fidgui.core.base.errors import FidguiError


class ModelFile(Protocol):
    """A checked model file as the run sees it; ``weights_sha256`` keys the cache and the statistics."""

    path: Path
    sha256: str
    weights_sha256: str
    is_standard: bool


@dataclass(frozen=True)
class EncoderOutput:
    """One named output of the network, a float32 vector of ``width`` values per image."""

    name: str
    width: int


@dataclass(frozen=True)
class StandardWeights:
    """The published weights file whose SHA-256 makes results comparable with the reference tool's."""

    sha256: str
    filename: str
    url: str | None = None
    size: int | None = None


ByteProgress = Callable[[int, int], None]
ReadWeights = Callable[[Path, "ByteProgress | None"], Any]
"""(weights file, progress in bytes) -> the checked weights; raises WeightsError with a code."""
BuildGraph = Callable[[Any], Any]
"""checked weights -> an ``onnx.ModelProto`` taking [batch, 3, S, S] and giving each declared output."""
ResolveModel = Callable[["Path | None"], ModelFile]
"""The model file a run uses: the one given for this run (weights or .onnx), else the installed one."""


@dataclass(frozen=True)
class Encoder:
    """One network's declaration. ``outputs`` lists what its graph gives; the run keeps per image
    ``statistics_output`` (the features every distance is computed on) and ``class_output``
    (class scores for the Inception Score; None when the network has no classifier)."""

    name: str
    input_size: int
    outputs: tuple[EncoderOutput, ...]
    statistics_output: str
    modes: tuple[str, ...]
    read_weights: ReadWeights
    build_graph: BuildGraph
    resolve_model: ResolveModel
    standard_weights: tuple[StandardWeights, ...] = ()
    class_output: str | None = None
    recognise: Callable[[Path], bool] | None = None
    """Whether a file or folder is this network's weights, judged by its structure (never its name); an
    encoder without one is recognised by the rules of :mod:`fidgui.core.encoders.model_kinds`."""
    other_widths: tuple[EncoderOutput, ...] = ()
    """Other layers a run may take its statistics from instead (pytorch-fid's ``--dims``), each of its own width."""

    def __post_init__(self) -> None:
        names = [output.name for output in self.outputs]
        if len(set(names)) != len(names):
            raise ValueError(f"encoder {self.name!r} declares an output twice: {names}")
        for wanted in (self.statistics_output, self.class_output):
            if wanted is not None and wanted not in names:
                raise ValueError(f"encoder {self.name!r} has no output {wanted!r}; it declares {names}")
        if self.input_size < 1 or any(output.width < 1 for output in self.outputs) or not self.modes:
            raise ValueError(f"encoder {self.name!r} needs a positive input size, widths and at least one mode")

    def width(self, output: str) -> int:
        """The width of a declared output; KeyError for a name the network does not give."""
        for declared in self.outputs:
            if declared.name == output:
                return declared.width
        raise KeyError(output)

    @property
    def feature_width(self) -> int:
        """Values per image in the statistics output: the size of mu and the side of sigma."""
        return self.width(self.statistics_output)

    @property
    def kept_outputs(self) -> dict[str, int]:
        """The outputs a run keeps per image and caches, with their widths, statistics output first."""
        names = [self.statistics_output] + ([self.class_output] if self.class_output else [])
        return {name: self.width(name) for name in names}

    @property
    def feature_widths(self) -> tuple[int, ...]:
        """Every width the statistics may have, narrowest first."""
        return tuple(sorted({output.width for output in self.other_widths} | {self.feature_width}))

    def at_width(self, width: int | None) -> "Encoder":
        """This encoder with its statistics taken from the output of that width (None: as declared).

        Each output keeps its own name, so the feature cache and the folder cache never mix widths.
        """
        if width is None or width == self.feature_width:
            return self
        for output in self.other_widths:
            if output.width == width:
                current = EncoderOutput(self.statistics_output, self.feature_width)
                others = tuple(other for other in self.other_widths if other != output) + (current,)
                outputs = self.outputs if output in self.outputs else self.outputs + (output,)
                return replace(self, outputs=outputs, statistics_output=output.name, other_widths=others)
        raise FidguiError("unknown_dims", dims=width, encoder=self.name,
                          choices=", ".join(str(choice) for choice in self.feature_widths))

    def is_standard(self, weights_sha256: str) -> bool:
        """True when the weights are one of the published files results are comparable with."""
        return any(standard.sha256 == weights_sha256 for standard in self.standard_weights)
