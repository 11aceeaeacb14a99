"""English sentences of the setup of the networks beside Inception (DINOv2 for FD_DINOv2, CLIP for CMMD): the
dialog, the Model menu's entries, the row's buttons, and the refusal of another network's file."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "netsetup_other_network": (
        "{path} is a model of the {found} network, not of {wanted}: nothing was installed. Choose the {wanted} "
        "file here; a {found} model is set up from its own entry in the Model menu."
    ),
    "netsetup_menu_dinov2": "Set up the DINOv2 model (FD_DINOv2)…",
    "netsetup_menu_clip": "Set up the CLIP model (CMMD)…",
    "netsetup_menu_other": "Set up the {network} model…",
    "netsetup_title_dinov2": "Set up the DINOv2 model (FD_DINOv2)",
    "netsetup_title_clip": "Set up the CLIP model (CMMD)",
    "netsetup_title_other": "Set up the {network} model",
    "netsetup_explain_dinov2": (
        "FD_DINOv2, the Fréchet distance on DINOv2 features, is defined with Meta's DINOv2 ViT-L/14 network "
        "(as dgm-eval and EDM2 compute it). fidgui does not download it: bring the official file {file} "
        "(1.2 GB) from the address below, check its SHA-256, and choose it. It is converted once and then works "
        "offline. The other DINOv2 sizes (ViT-S/14, B/14, g/14) are not what FD_DINOv2 means and are refused."
    ),
    "netsetup_explain_clip": (
        "CMMD, the MMD on CLIP image embeddings, is defined with OpenAI's CLIP ViT-L/14-336 network in the "
        "Hugging Face format ({model}). fidgui does not download it: bring a folder holding config.json, "
        "preprocessor_config.json and {file} (1.7 GB, from the address below, check its SHA-256), and choose "
        "the folder, or the weights file in it. It is converted once and then works offline."
    ),
    "netsetup_explain_other": (
        "The {network} network is needed only by the measures that read it. Choose its model file; it is "
        "converted once and then works offline."
    ),
    "netsetup_configs_clip": "The two configuration files, from the same model: {url}",
    "netsetup_choose_file": "Choose a &file…",
    "netsetup_choose_folder": "Choose a f&older…",
    "netsetup_pick_dinov2": "Choose the DINOv2 weights (dinov2_vitl14_pretrain.pth)",
    "netsetup_filter_dinov2": "DINOv2 weights or model",
    "netsetup_pick_clip_file": "Choose the CLIP weights (model.safetensors)",
    "netsetup_filter_clip": "CLIP weights or model",
    "netsetup_pick_clip_folder": "Choose the CLIP model folder",
    "netsetup_filter_all": "All files",
    "netsetup_next_dinov2": "Choose the official file {file} (its address and SHA-256 are above).",
    "netsetup_next_clip": (
        "Choose the folder of {model} holding config.json, preprocessor_config.json and model.safetensors, or "
        "that model.safetensors with the two .json files beside it."
    ),
    "netsetup_next_other": "Choose a model file of the {network} network.",
    "netsetup_done": "The {network} model is set up; the measures that read it can be computed now.",
    "netsetup_done_not_standard": (
        "The {network} model is set up, but it is not the standard network (weights SHA-256 {sha256}): its figures "
        "are comparable only with other figures of this same model, not with published ones."
    ),
}
