"""English sentences of the CLIP model reader (safetensors, config.json) and of the CMMD metric."""

from __future__ import annotations

_STANDARD = "the folder of openai/clip-vit-large-patch14-336 (config.json, preprocessor_config.json, model.safetensors)"

ENGLISH: dict[str, str] = {
    # What can be wrong inside a .safetensors file: the {problem} of "weights_damaged".
    "safetensors_problem_header_json": "its description of the tensors is not readable",
    "safetensors_problem_duplicate": "it describes the tensor {name} twice",
    "safetensors_problem_entry": "the description of {name} is incomplete or impossible",
    "safetensors_problem_dtype": "the tensor {name} has an element type fidgui does not read ({dtype})",
    "safetensors_problem_span": "the tensor {name} takes {span} bytes where its shape and type need {needed}",
    "safetensors_problem_outside": "the tensor {name} reaches beyond the end of the file",
    "safetensors_problem_overlap": "the tensors {name} and {other} claim the same bytes",
    "safetensors_problem_gap": "unexplained bytes come before the tensor {name}",
    "safetensors_problem_trailing": "{count} unexplained bytes follow the last tensor",
    # The model folder and its configuration.
    "clip_not_model_folder": f"{{path}} is not a CLIP model. Choose {_STANDARD}, or the model.safetensors or pytorch_model.bin inside it.",
    "clip_file_missing": f"The CLIP model folder {{path}} has no {{name}}. Copy the whole of {_STANDARD}.",
    "clip_config_bad": "The file {path} is not a usable CLIP configuration: {problem}. "
                       f"Use the files of {_STANDARD}.",
    "clip_config_not_json": "it is not a readable JSON object",
    "clip_config_not_vision": "it describes no CLIP image network",
    "clip_config_value": "the value of {field} is missing or impossible",
    "clip_config_activation": "its activation function {name} is not one fidgui knows (quick_gelu, gelu)",
    "clip_wrong_layout": f"The file {{path}} does not hold the CLIP image network its config.json describes: "
                         f"{{problems}}. Use {_STANDARD}.",
    "clip_wrong_dtype": "The tensor {name} in {path} holds {dtype} values where the CLIP network needs "
                        f"floating-point numbers. Use {_STANDARD}.",
    "clip_not_finite": "The weights file {path} holds {count} values that are not numbers or are infinite in the "
                       "tensor {name}; every figure computed with it would be meaningless, so it was not used. "
                       f"Use {_STANDARD}.",
    "clip_other_size": "The CLIP model in {path} takes {size}\u00d7{size} images and gives {width} values per image, "
                       "but CMMD is defined with openai/clip-vit-large-patch14-336 ({expected_size}\u00d7"
                       "{expected_size} images, {expected_width} values). Use that model.",
    "clip_image_settings_differ": "The image settings in {path} ({field}) differ from those of "
                                  "openai/clip-vit-large-patch14-336, which CMMD's preprocessing reproduces; "
                                  "images would reach the network wrongly prepared. Use that model's folder.",
    # The metric.
    "metric_cmmd": "CMMD",
    "metric_cmmd_choice": "CMMD (CLIP Maximum Mean Discrepancy)",
    "metric_cmmd_meaning": (
        "CLIP Maximum Mean Discrepancy: the distance between the two sets' CLIP image embeddings; lower is closer. "
        "Unlike FID it assumes no normal distribution of the embeddings, and it settles with fewer images."
    ),
    "cmmd_no_embeddings": "CMMD needs at least one image's CLIP embedding on each side.",
    "cmmd_not_clip_embeddings": (
        "CMMD is computed on CLIP image embeddings, but this run gave it other features, so it was not computed."
    ),
}
