"""English sentences about which network a figure or a warning belongs to: the enlargement warning of a network
beside Inception, whose figures are not FIDs."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "upsampled_metric": (
        "{count:n} {side} {count:one:image is|images are} smaller than the network's {size} x {size} pixels and "
        "{count:one:was|were} enlarged to fit it. The reference tools do the same, but {metric} values of small "
        "images are only comparable with {metric} values of images of the same size."
    ),
    "upsampled_network": (
        "{count:n} {side} {count:one:image is|images are} smaller than the network's {size} x {size} pixels and "
        "{count:one:was|were} enlarged to fit it. The reference tools do the same, but figures from small images "
        "are only comparable with figures from images of the same size."
    ),
}
