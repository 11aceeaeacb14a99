"""English sentences of weights files and models: the restricted reader, the Inception graph, the model store."""

from __future__ import annotations

ENGLISH: dict[str, str] = {}
_STANDARD_FILE = "the standard FID weights file pt_inception-2015-12-05-6726825d.pth"
ENGLISH.update({
    "weights_unreadable": "The weights file {path} could not be read ({reason}). "
                          "Check that it exists and that you may open it, then try again.",
    "weights_not_torch": f"The file {{path}} is not a PyTorch weights file. Choose {_STANDARD_FILE}.",
    "weights_runs_code": "The file {path} asks to run code ({name}) when opened, which a weights file never needs, "
                         f"so fidgui refused to open it. Use {_STANDARD_FILE} from a source you trust.",
    "weights_tampered": "The file {path} changes {what} after creating it, which a genuine weights file never does, "
                        f"so fidgui refused to open it. Use {_STANDARD_FILE} from a source you trust.",
    "weights_object_any": "an object",
    "weights_object_storage_type": "a storage type",
    "weights_object_storage_record": "a storage record",
    "weights_object_tensor_record": "a tensor record",
    "weights_object_function": "a function it calls",
    "weights_object_state_dict": "the state dict",
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
    "weights_wrong_layout": "The file {path} does not hold the FID Inception network: {problems}. "
                            f"Choose {_STANDARD_FILE}.",
    "weights_layout_missing": "{count} tensors are missing ({names})",
    "weights_layout_unexpected": "{count} tensors are not part of it ({names})",
    "weights_layout_misshapen": "{count} tensors have the wrong shape ({names})",
    "weights_layout_and": "{first}; {rest}",
    "weights_wrong_dtype": "The tensor {name} in {path} holds {dtype} values where the FID Inception network needs "
                           f"floating-point numbers. Choose {_STANDARD_FILE}.",
    "weights_not_finite": "The weights file {path} holds {count} values that are not numbers or are infinite in the "
                          "tensor {name}; every figure computed with it would be meaningless, so it was not used. "
                          f"Use {_STANDARD_FILE}.",
    "weights_negative_variance": "The weights file {path} holds {count} negative variances in the BatchNorm tensor "
                                 "{name}, which no trained network has, so it was not used. "
                                 f"Use {_STANDARD_FILE}.",
})
ENGLISH.update({
    "model_unreadable": "The model file {path} could not be read ({reason}). "
                        "Check that it exists, or set the model up again.",
    "model_damaged": "The model file {path} is damaged or is not an ONNX model. "
                     "Set the model up again from the weights file.",
    "model_too_large": "The model file {path} is {size_mb} MB, more than the {limit_mb} MB any FID network needs, "
                       "so it was not opened. Set the model up again from the weights file.",
    "model_refused": "The model file {path} cannot be used as the FID Inception network: {reason}. "
                     "Build the model from the FID weights file instead.",
    "model_problem_input": "it must take one float32 input of shape [batch, 3, {size}, {size}]",
    "model_problem_output": "it must give a float32 output '{name}' of shape [batch, {width}]",
    "model_problem_foreign_operators": "it uses operators from outside the standard ONNX set, or far too many",
    "model_problem_operator": "it uses the operator {op}, which the FID network never needs and whose memory "
                              "cannot be bounded before running it",
    "model_problem_external_data": "it reads weights from other files on the disk",
    "model_problem_too_many_weights": "it holds {count} weights, far more than the FID network's 23.8 million",
    "model_problem_huge_tensor": "its {op} operator makes a tensor too large to be checked before running it",
    "model_problem_huge_activation": "its intermediate tensor '{name}' would be too large for one image",
    "model_problem_run_failed": "it fails when run on two test images ({detail})",
    "model_problem_output_shape": "for two test images its output '{name}' is {shape} instead of {expected}",
    "model_problem_output_values": "for two test images its output '{name}' holds values that are not finite numbers",
    "model_file_missing": "The file {path} was not found; check the path and try again.",
    "model_unknown_kind": "{name} is neither a weights file (.pth) nor an ONNX model (.onnx). Choose "
                          f"{_STANDARD_FILE} or a model converted by fidgui.",
    "model_passed_over": "Passed over {path}: {problem}",
    "model_none_set_up": "No FID model is set up yet. Run 'fidgui-cli model install' to download it (95 MB), or "
                         "'fidgui-cli model import FILE' with pt_inception-2015-12-05-6726825d.pth or a converted "
                         "model brought on a USB stick; in the window, press Compare and follow the setup dialog.",
    "model_none_usable": "No usable FID model is set up: {problem} Run 'fidgui-cli model install' to download the "
                         "standard one (95 MB), or 'fidgui-cli model import FILE' with "
                         "pt_inception-2015-12-05-6726825d.pth.",
    "cache_converted_models_status": "Models converted for single runs ({folder}): {count} kept, {size_mb} MB "
                                     "(at most {limit} are kept, the least recently used go first).",
    "cache_converted_models_cleared": "The models converted for single runs were deleted; {size_mb} MB freed.",
})
