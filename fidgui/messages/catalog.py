"""Every message code with its English sentence; ``{name}`` marks where a parameter goes.

The English text is also the source text translators work from. Parameters are
inserted whole (numbers, file names, paths) and never translated.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "error": "Something went wrong.",
    "cancelled": "The run was cancelled.",
}

# --- Weights files and models (torch_reader, encoders/inception, model_store): the weights engineer's block ---
_STANDARD_FILE = "the standard FID weights file pt_inception-2015-12-05-6726825d.pth"
ENGLISH.update({
    "weights_unreadable": "The weights file {path} could not be read ({reason}). "
                          "Check that it exists and that you may open it, then try again.",
    "weights_not_torch": f"The file {{path}} is not a PyTorch weights file. Choose {_STANDARD_FILE}.",
    "weights_runs_code": "The file {path} asks to run code ({name}) when opened, which a weights file never needs, "
                         f"so fidgui refused to open it. Use {_STANDARD_FILE} from a source you trust.",
    "weights_tampered": "The file {path} changes {what} after creating it, which a genuine weights file never does, "
                        f"so fidgui refused to open it. Use {_STANDARD_FILE} from a source you trust.",
    "weights_unsupported_writer": "The weights file {path} was written by a PyTorch version or on a machine that "
                                  f"fidgui cannot read. Use {_STANDARD_FILE} instead.",
    "weights_not_state_dict": "The file {path} is a PyTorch file but not a plain set of weights (a state dict). "
                              f"Choose {_STANDARD_FILE}.",
    "weights_incomplete": "The weights file {path} is incomplete: it holds only {held_mb} MB, probably because a "
                          "download was cut off. Download it again.",
    "weights_incomplete_of": "The weights file {path} is incomplete: it holds only {held_mb} MB of the {expected_mb} MB "
                             "it should, probably because a download was cut off. Download it again.",
    "weights_damaged": "The weights file {path} is damaged: {problem}. Download it again.",
    "weights_problem_mismatch": "its contents do not fit together",
    "weights_problem_beyond_file": "it declares a block of data longer than the whole file ({size_mb} MB)",
    "weights_problem_header_too_long": "its description of the tensors is longer than {limit_mb} MB, "
                                       "far more than any network needs",
    "weights_problem_bad_record": "the tensor {name} has an impossible shape, stride or offset",
    "weights_problem_outside_storage": "the tensor {name} reaches beyond the data it is cut from",
    "weights_problem_too_much_memory": "its tensors would take more than {limit_mb} MB of memory, "
                                       "far more than the file itself holds",
    "weights_problem_structure": "its structure could not be read ({detail})",
    "weights_wrong_layout": "The file {path} does not hold the FID Inception network: {missing} tensors are missing "
                            "({missing_names}); {unexpected} tensors are not part of it ({unexpected_names}); "
                            "{misshapen} tensors have the wrong shape ({misshapen_names}). Choose "
                            f"{_STANDARD_FILE}.",
    "weights_wrong_dtype": "The tensor {name} in {path} holds {dtype} values where the FID Inception network needs "
                           f"floating-point numbers. Choose {_STANDARD_FILE}.",
    "weights_not_finite": "The weights file {path} holds {count} values that are not numbers or are infinite in the "
                          "tensor {name}; every figure computed with it would be meaningless, so it was not used. "
                          f"Use {_STANDARD_FILE}.",
    "weights_negative_variance": "The weights file {path} holds {count} negative variances in the BatchNorm tensor "
                                 "{name}, which no trained network has, so it was not used. "
                                 f"Use {_STANDARD_FILE}.",
})
