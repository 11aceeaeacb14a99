"""The sentences that say how the pictures of one side were read, from the notes the decoder records.

They are written for people who never heard of a PIL mode, and depend on the decoding policy where the two
policies read a kind of picture differently.
"""

from __future__ import annotations

NOTE_CODES = (
    "grayscale", "bilevel", "palette", "cmyk", "sixteen_bit", "exif_rotated", "alpha", "animated", "reduced"
)

# {n} becomes "1 image was" or "3 images were".
_READ_ALIKE = {
    "grayscale": "{n} grayscale and copied to three colour channels.",
    "bilevel": "{n} black and white only (1 bit per pixel) and copied to three colour channels.",
    "palette": "{n} saved with a colour palette, which was expanded to full colour.",
    "cmyk": "{n} in print colours (CMYK) and converted to RGB; colours may look a little different than in an "
    "image editor.",
    "animated": "{n} animated; only the first frame was used.",
    "reduced": "{n} read at a reduced scale (1/2, 1/4 or 1/8) by the JPEG decoder, because decoding at full "
    "size would have needed more memory than fidgui allows one image; FID scales every image to 299 × 299 "
    "pixels anyway.",
}
_SENTENCES = {
    "faithful": _READ_ALIKE | {
        "sixteen_bit": "{n} 16-bit and scaled to 8 bits. pytorch-fid reads 16-bit images as nearly all white.",
        "exif_rotated": "{n} turned upright, as the camera's rotation tag asks. pytorch-fid ignores the tag and "
        "reads such photos sideways or upside down.",
        "alpha": "{n} partly transparent and placed on a white background. pytorch-fid drops transparency and "
        "uses whatever colour is hidden underneath.",
    },
    "pil": _READ_ALIKE | {
        "sixteen_bit": "{n} 16-bit and read as nearly all white, which is what pytorch-fid does. The faithful "
        "reading would scale 16-bit images to 8 bits.",
        "exif_rotated": "{n} read sideways or upside down, which is what pytorch-fid does: it ignores the camera's "
        "rotation tag. The faithful reading would turn such photos upright.",
        "alpha": "{n} partly transparent; the transparency was dropped and the colours hidden underneath were "
        "used, which is what pytorch-fid does. The faithful reading would place such images on white.",
    },
}


def describe_notes(counts: dict[str, int], policy: str) -> list[str]:
    """Plain sentences for one side's note counts, in a fixed order, for people who never heard of a PIL mode."""
    sentences = _SENTENCES[policy]
    described = []
    for code in NOTE_CODES:
        count = counts.get(code, 0)
        if count > 0:
            described.append(sentences[code].format(n="1 image was" if count == 1 else f"{count:,} images were"))
    return described
