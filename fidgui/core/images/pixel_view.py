"""The pixels of a decoded RGB picture as a read-only numpy view of PIL's own memory, without copying them.

Why: ``np.asarray(image)`` goes through ``Image.tobytes()``, which packs PIL's four bytes per pixel into three,
64 KB at a time, and joins the pieces: 4.1 ms for a 1024 x 1024 picture (its JPEG decodes in 4.9 ms), 1.2 ms at
512 x 512. The preprocessing that follows reads only some rows and columns of the picture anyway.

How: Pillow (11.2 and later) exports an image through the Arrow C data interface, zero-copy, when its rows lie
in one block of memory: an array of width x height fixed-size lists of four uint8 (R, G, B and a padding byte).
The view shows the first three bytes of each pixel, and keeps the exported array (and with it PIL's memory)
alive for as long as the view or anything made from it exists. Every field of the export is checked first; an
image whose rows are not in one block (over Pillow's block size), an older Pillow or any other layout gets
``None``, and the caller copies as before. The values are the same either way (tested).
"""

from __future__ import annotations

import ctypes
from typing import Any

import numpy as np
from PIL import Image


class _ArrowSchema(ctypes.Structure):
    pass


_ArrowSchema._fields_ = [
    ("format", ctypes.c_char_p), ("name", ctypes.c_char_p), ("metadata", ctypes.c_char_p),
    ("flags", ctypes.c_int64), ("n_children", ctypes.c_int64),
    ("children", ctypes.POINTER(ctypes.POINTER(_ArrowSchema))), ("dictionary", ctypes.POINTER(_ArrowSchema)),
    ("release", ctypes.c_void_p), ("private_data", ctypes.c_void_p),
]


class _ArrowArray(ctypes.Structure):
    pass


_ArrowArray._fields_ = [
    ("length", ctypes.c_int64), ("null_count", ctypes.c_int64), ("offset", ctypes.c_int64),
    ("n_buffers", ctypes.c_int64), ("n_children", ctypes.c_int64), ("buffers", ctypes.POINTER(ctypes.c_void_p)),
    ("children", ctypes.POINTER(ctypes.POINTER(_ArrowArray))), ("dictionary", ctypes.POINTER(_ArrowArray)),
    ("release", ctypes.c_void_p), ("private_data", ctypes.c_void_p),
]

_capsule_pointer = ctypes.pythonapi.PyCapsule_GetPointer
_capsule_pointer.restype = ctypes.c_void_p
_capsule_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]


class _Exported:
    """Holds the export (and the image) alive; numpy keeps this object as the view's base."""

    def __init__(self, address: int, height: int, width: int, keep: tuple[Any, ...]) -> None:
        self.__array_interface__ = {
            "version": 3, "typestr": "|u1", "data": (address, True),  # True: read-only
            "shape": (height, width, 3), "strides": (width * 4, 4, 1),
        }
        self._keep = keep


def rgb_view(image: Image.Image) -> np.ndarray | None:
    """An (H, W, 3) read-only uint8 view of an RGB image's pixels, or None where Pillow cannot export them whole."""
    if image.mode != "RGB" or not hasattr(image, "__arrow_c_array__"):
        return None
    width, height = image.size
    if width == 0 or height == 0:
        return None
    try:
        schema_capsule, array_capsule = image.__arrow_c_array__()
        schema = ctypes.cast(_capsule_pointer(schema_capsule, b"arrow_schema"), ctypes.POINTER(_ArrowSchema)).contents
        array = ctypes.cast(_capsule_pointer(array_capsule, b"arrow_array"), ctypes.POINTER(_ArrowArray)).contents
    except (ValueError, TypeError, AttributeError):  # "Image rows are not contiguous in memory", or no export
        return None
    pixels = width * height
    if schema.format != b"+w:4" or schema.n_children != 1 or schema.children[0].contents.format != b"C":
        return None
    if array.length != pixels or array.offset != 0 or array.n_children != 1 or array.null_count not in (0, -1):
        return None
    values = array.children[0].contents
    if values.length != 4 * pixels or values.offset != 0 or values.n_buffers != 2 or not values.buffers[1]:
        return None
    exported = _Exported(values.buffers[1], height, width, (schema_capsule, array_capsule, image))
    return np.asarray(exported)


def packed_pixels(rgb: np.ndarray) -> np.ndarray | None:
    """For a view made by :func:`rgb_view` (four bytes per pixel), the (H, W) uint32 array of whole pixels, else None.

    Gathering rows and columns of one 4-byte value per pixel is several times faster than of three separate
    bytes (0.2 against 1.3 ms for the columns pytorch-fid's filter reads at 512 x 512); the padding byte read
    with them lies inside PIL's buffer and is dropped by the caller.
    """
    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8 or rgb.strides[1:] != (4, 1):
        return None
    if rgb.strides[0] % 4 or rgb.ctypes.data % 4 or not isinstance(rgb.base, _Exported):
        return None
    height, width = rgb.shape[:2]
    whole = np.lib.stride_tricks.as_strided(rgb, shape=(height, width, 4), strides=(rgb.strides[0], 4, 1),
                                            writeable=False)
    return whole.view(np.uint32)[:, :, 0]


def channels_first(packed: np.ndarray) -> np.ndarray:
    """(3, R, C) uint8 channel planes of gathered (R, C) packed pixels, a view (the padding byte left out)."""
    return packed.view(np.uint8).reshape(*packed.shape, 4).transpose(2, 0, 1)[:3]
