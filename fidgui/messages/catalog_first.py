"""English sentences for the first-use items of issue 12: inputs checked first, saved statistics described
honestly, KID's subsets explained, the ``stats`` command and the GPU libraries."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "side_is_a_file": (
        "The {side} input {path} is a file, but not saved statistics (.npz); choose the folder that holds the "
        "images, or a statistics .npz file."
    ),
    "same_input_both_sides": (
        "Both sides are the same input ({path}), so FID is 0 by construction and says nothing about the images; "
        "choose the real images on one side and the generated images on the other."
    ),
    "stats_provenance_unknown": (
        "The {side} statistics in {name} do not record the compatibility mode and the model they were computed "
        "with (pytorch-fid's and TTUR's files hold only the mean and the covariance), nor how many images they "
        "came from. The FID is only meaningful if they were made the same way as the other side: the same tool, "
        "mode and network."
    ),
    "rank_deficient_covariance": (
        "The {side} statistics do not say how many images they came from, but their covariance has rank {rank:n}, "
        "so they came from at most {count:n}"
    ),
    "metric_needs_images": "it needs the images themselves, and the {side} side was given as saved statistics.",
    "kid_subset_clamped": (
        "KID used subsets of {used:n} images instead of the {asked:n} asked for, because the smaller side has "
        "only {smallest:n} images (torch-fidelity refuses such a run, so this KID cannot be compared with its "
        "figures). A side used whole is the same in every subset, so the spread says less; when both sides are "
        "used whole it is 0 and not shown."
    ),
    "kid_negative": (
        "KID came out negative ({value}). KID is an unbiased estimate of a distance that cannot be negative, so a "
        "value below 0 means the two sets are too close to tell apart with this many images; read it as 0, "
        "within its spread."
    ),
    "option_too_small": "The setting {option} must be at least {minimum}; it is {value}.",
    "stats_written": "Statistics of {count:n} {count:one:image|images} in {mode} mode written to {path}.",
    "stats_output_not_npz": (
        "The output file {path} must end in .npz, so that pytorch-fid, TTUR and fidgui can read it."
    ),
    "api_array_shape": (
        "In-memory images must be a uint8 array of shape (N, H, W, 3); this one has the shape {shape} and the type "
        "{dtype}."
    ),
    "device_fallback_cpu": "The computation ran on the CPU because {reason}.",
    "gpu_unusable": "The GPU cannot be used because {reason}. Choose the CPU or Automatic device instead.",
    "gpu_reason_no_gpu_build": "this copy of fidgui has no GPU support installed",
    "gpu_reason_no_gpu": (
        "no working NVIDIA GPU with CUDA {cuda} and cuDNN {cudnn} was found on this computer (install the "
        "libraries with pip install \"fidgui[cuda]\" if the GPU and its driver are there)"
    ),
    "gpu_reason_library_missing": (
        "the GPU build of ONNX Runtime could not load {library}, one of the CUDA {cuda} and cuDNN {cudnn} libraries it "
        "needs; install them with pip install \"fidgui[cuda]\""
    ),
}
