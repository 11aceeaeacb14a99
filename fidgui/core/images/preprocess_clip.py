"""The ``cmmd`` preprocessing: what cmmd-pytorch feeds its CLIP network, bit for bit.

cmmd-pytorch (the PyTorch port of google-research's CMMD that the fixtures' reference
figures come from) crops each image to its largest centred square (floor division for
the offsets), resizes it with Pillow's bicubic filter on the 8-bit image to the model's
crop size, divides by 255 in float32, then normalises with the model's
``image_mean`` and ``image_std`` (subtract, then divide, in float32). Its later
``interpolate`` to the same size is an identity. Note the order: crop first, then resize,
where transformers' own CLIP image processor resizes the shortest edge first; for
non-square images the two differ, and CMMD's figures are cmmd-pytorch's.

The mean and deviation are those of OpenAI's CLIP models (the published CMMD model's
``preprocessor_config.json``); the CLIP weights reader refuses a model that asks for others.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

MODE = "cmmd"
OPENAI_CLIP_MEAN = np.array([0.48145466, 0.4578275, 0.40821073], np.float32)
OPENAI_CLIP_STD = np.array([0.26862954, 0.26130258, 0.27577711], np.float32)


def centre_square(rgb: np.ndarray) -> np.ndarray:
    """The largest centred square, offsets rounded down (a 512 x 384 image keeps columns 64 to 447)."""
    height, width = rgb.shape[:2]
    side = min(height, width)
    top, left = (height - side) // 2, (width - side) // 2
    return rgb[top:top + side, left:left + side]


def cmmd_route(rgb: np.ndarray, size: int) -> np.ndarray:
    """(H, W, 3) uint8 -> (size, size, 3) float32 network input, as cmmd-pytorch makes it."""
    square = Image.fromarray(np.ascontiguousarray(centre_square(rgb)), "RGB")
    resized = np.asarray(square.resize((size, size), resample=Image.Resampling.BICUBIC)).astype(np.float32)
    return (resized / np.float32(255) - OPENAI_CLIP_MEAN) / OPENAI_CLIP_STD
