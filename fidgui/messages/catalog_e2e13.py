"""English sentences of FD_DINOv2 and CMMD end to end: the DINOv2 size refusal, the FID model's status lines,
the window's per-network mode setting."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "dinov2_other_size": (
        "FD_DINOv2 is defined on DINOv2 {expected} ({expected_width} values per image), as dgm-eval and EDM2 "
        "compute it; the file {path} is DINOv2 {size} ({width} values per image). Use dinov2_vitl14_pretrain.pth."
    ),
    "model_status_file": "Model file: {path}",
    "model_status_weights": "Weights SHA-256: {sha256}",
    "model_status_weights_unverified": (
        "Weights SHA-256: {sha256} (as the model file says; fidgui did not convert it in this profile, so this is "
        "not verified)"
    ),
    "model_status_model_sha256": "Model file SHA-256: {sha256}",
    "model_status_standard": (
        "These are the standard FID weights (pt_inception-2015-12-05): results are comparable with pytorch-fid and "
        "published FIDs."
    ),
    "model_status_not_standard": (
        "These are not the standard FID weights: results are only comparable with other results of this same model. "
        "Install the standard weights ({sha256}...) for publishable FIDs."
    ),
    "model_status_looked_in": "Looked in: {paths}",
    "e2e13_network_modes_title": "Other networks",
    "e2e13_mode_label": "{metric} preprocessing:",
    "e2e13_mode_dgm-eval": "dgm-eval (EDM2's exact reference route)",
    "e2e13_mode_edm2": "edm2 (EDM2's default, torch resize)",
    "e2e13_mode_edm2-pil": "edm2-pil (EDM2 with the PIL resize)",
    "e2e13_mode_cmmd": "cmmd (cmmd-pytorch)",
    "e2e13_results_title": "Each network's result",
    "e2e13_result_row": "{metric}: {value}",
    "e2e13_result_network": "{network}, {mode}, {count_real} and {count_generated} images",
    "e2e13_result_not_asked": "{metric}: not computed (choose it among the metrics)",
}
