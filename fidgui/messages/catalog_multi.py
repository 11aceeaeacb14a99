"""English sentences of comparisons that run several networks (FID's Inception beside DINOv2, CLIP, ...),
of the statistics files that record their network, and of each network's model setup."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    # --- the run: encoders chosen by the metrics ---
    "metric_mixes_encoders": (
        "The metric {metric} reads several networks ({encoders}); all of a metric's inputs must come from one."
    ),
    "modes_same_encoder": (
        "The modes '{first}' and '{second}' both belong to the {encoder} network; choose one of them."
    ),
    "statistics_other_encoder": (
        "{name} holds statistics of the {found} network, but this figure needs the {encoder} network's. Compute "
        "them from the images, or give a statistics file made with that network."
    ),
    "statistics_encoders_differ": (
        "These statistics come from different networks ({first} and {second}), so a distance between them means "
        "nothing. Compute both with the same network."
    ),
    "metric_encoder_not_read": "the {encoder} network did not read these images.",
    "stats_width_recorded_differs": (
        "{name} says its statistics are {width:n} features wide, but they are {found:n} wide, so the file is "
        "damaged. Compute it again from the images."
    ),
    "rank_deficient_metric": (
        "{shortage} images, not more than the {features:n} features the {encoder} network describes each image "
        "with, so its covariance is incomplete (rank-deficient). {metric} is still computed, but it is inflated by "
        "this shortage and only comparable with figures computed from the same number of images. Use more than "
        "{features:n} images per side."
    ),
    "report_metric_network": "{metric}: network / mode / weights SHA-256",
    # --- each network's model ---
    "encoder_model_not_set_up": (
        "The {network} network is not set up, and a chosen metric needs it ({problem:clause}). Import its weights "
        "with 'fidgui-cli model import FILE' (fidgui recognises the network from the file), or leave its metrics "
        "out."
    ),
    "encoder_model_not_found": "no model file was found.",
    "encoder_model_unusable": "{path} cannot be used as the {network} network: {detail}",
    "encoder_model_wrong_output": (
        "{path} is not the {network} network: its output {output} came back as {shape}, not {width:n} values per "
        "image."
    ),
    "encoder_weights_unhashed": "fidgui could not compute the SHA-256 of the {network} weights at {path}.",
    "model_network_not_available": (
        "{path} looks like the weights of the {network} network, which this version of fidgui does not include."
    ),
    "model_folder_not_recognised": (
        "{path} is a folder but not a CLIP model (model.safetensors or pytorch_model.bin with config.json and "
        "preprocessor_config.json beside it); give a weights file or a CLIP model folder."
    ),
    "encoder_model_not_standard": (
        "The {network} model {path} is not the published one (weights SHA-256 {sha256}): its figures can only be "
        "compared with figures made with the same model, not with published ones."
    ),
    "model_stage_checking": "Checking the model",
    "model_stage_copying": "Copying the model",
    "model_stage_reading": "Reading and checking the weights",
    "model_stage_building": "Building the network",
    "model_stage_saving": "Saving the model",
    "model_stage_downloading": "Downloading the FID weights",
    "model_stage_done": "Done",
    "model_stage_checking_network": "Checking the {network} model",
    "model_stage_copying_network": "Copying the {network} model",
    "model_stage_reading_network": "Reading and checking the {network} weights",
    "model_stage_building_network": "Building and saving the {network} network",
    "cli_model_network_installed": "{network}: {path} (weights SHA-256 {sha256}; {standard:clause})",
    "cli_model_network_missing": (
        "{network}: not set up; needed only for {metrics}. Import its weights with 'fidgui-cli model import FILE'."
    ),
    "model_network_standard": "the published weights.",
    "model_network_not_standard": "not the published weights: figures compare only with this model's.",
    "cli_stats_written_network": "Wrote the {network} statistics of {count:n} images ({mode}) to {path}",
}
