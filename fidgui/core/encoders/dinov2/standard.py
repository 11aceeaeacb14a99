"""The published DINOv2 backbone files, recognised by SHA-256, so results say when they match dgm-eval's and EDM2's.

Meta publishes no checksums for ``dl.fbaipublicfiles.com/dinov2/...`` (the hub loader checks none:
the names carry no hash prefix). The values below are the SHA-256 digests that other projects
recorded after downloading these exact URLs, each confirmed by more than one independent project:

* finegrain-ai/refiners, ``scripts/conversion/convert_dinov2.py`` (commit e34b728): ``expected_sha256``
  of each original file next to its ``download_url`` — all four values below.
* ViT-S/14 and ViT-B/14 also: a README table of a project pinning torch-hub checkpoints with their
  byte sizes (88,283,115 and 346,378,731), and several training scripts that refuse any other file.
* ViT-L/14 also: a provenance note giving 1,217,586,395 bytes with the same digest, RoMa deployment
  scripts and model cards that pin it.
* ViT-g/14 also: a lock file test of a MapAnything deployment and an asset inventory giving
  4,546,108,579 bytes.

(Found with the code search of public repositories; none of these values was computed here.)
"""

from __future__ import annotations

from fidgui.core.encoders.protocol import StandardWeights

_URL = "https://dl.fbaipublicfiles.com/dinov2/dinov2_{arch}/dinov2_{arch}_pretrain.pth"


def _standard(arch: str, sha256: str, size: int) -> StandardWeights:
    return StandardWeights(sha256, f"dinov2_{arch}_pretrain.pth", _URL.format(arch=arch), size)


VITL14 = _standard("vitl14", "d5383ea8f4877b2472eb973e0fd72d557c7da5d3611bd527ceeb1d7162cbf428", 1_217_586_395)
"""ViT-L/14: what FD_DINOv2 means (dgm-eval's default, EDM2's ``fd_dinov2``); listed first."""

STANDARD_WEIGHTS = (
    VITL14,
    _standard("vits14", "b938bf1bc15cd2ec0feacfe3a1bb553fe8ea9ca46a7e1d8d00217f29aef60cd9", 88_283_115),
    _standard("vitb14", "0b8b82f85de91b424aded121c7e1dcc2b7bc6d0adeea651bf73a13307fad8c73", 346_378_731),
    _standard("vitg14", "baf8467e50af277596bbbafa06887c177ee899ab46033649c383577d7e9309d3", 4_546_108_579),
)
