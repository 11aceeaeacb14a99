"""English sentences of the DINOv2 encoder (its weights file's layout check) and of the FD_DINOv2 metric."""

from __future__ import annotations

_FILE = "dinov2_vitl14_pretrain.pth"
_GET = f"Choose the official DINOv2 backbone file, e.g. {_FILE} from dl.fbaipublicfiles.com/dinov2."

ENGLISH: dict[str, str] = {
    "dinov2_not_backbone": f"The file {{path}} does not hold a DINOv2 backbone (it has no class token). {_GET}",
    "dinov2_unknown_width": "The file {path} holds a network {width} values wide, which is none of the DINOv2 "
                            f"sizes (ViT-S/14 384, ViT-B/14 768, ViT-L/14 1,024, ViT-g/14 1,536). {_GET}",
    "dinov2_tensor_missing": "The file {path} does not hold the DINOv2 {size} backbone: the tensor {name} is "
                             f"missing. {_GET}",
    "dinov2_tensor_unexpected": "The file {path} does not hold the DINOv2 {size} backbone: the tensor {name} is not "
                                "part of it (files with register tokens or a classifier head are other networks). "
                                f"{_GET}",
    "dinov2_tensor_shape": "The file {path} does not hold the DINOv2 {size} backbone: the tensor {name} has the "
                           f"shape {{shape}} where the network needs {{expected}}. {_GET}",
    "dinov2_wrong_dtype": "The tensor {name} in {path} holds {dtype} values where the DINOv2 backbone needs "
                          f"floating-point numbers. {_GET}",
    "dinov2_not_finite": "The weights file {path} holds {count} values that are not numbers or are infinite in the "
                         "tensor {name}; every figure computed with it would be meaningless, so it was not used. "
                         f"{_GET}",
    "metric_fd_dinov2": "FD_DINOv2",
    "metric_fd_dinov2_choice": "FD_DINOv2 (Fréchet distance on DINOv2 ViT-L/14 features)",
    "metric_fd_dinov2_meaning": (
        "The same distance as FID, on the features of DINOv2 ViT-L/14 instead of Inception: lower means closer. It "
        "agrees better with human judgement of modern generators (Stein et al., 2023); compare it only with figures "
        "from the same preprocessing mode."
    ),
}
