"""Keep freed memory for the next image instead of handing it back to the system after each one (Linux, glibc).

Why: every image's decoding and preprocessing make a dozen arrays of 0.5-4 MB and free them. glibc's defaults
give arrays over 128 KB fresh pages from the system (mmap) and hand freed space above 6 MB or so back at once,
so every image's arrays started on new pages, each page faulted in and zeroed by the kernel: in pytorch-fid
mode 2,100 page faults per 512 x 512 PNG and 2,100-2,500 per 1024 x 1024 JPEG, 3-5 ms of system time each.
Decoding and preprocessing took 16.4-17.3 ms of CPU per PNG and 13.8-16.8 per JPEG by default, 13.6-14.1 and
9.2-9.3 with this setting (48 photographs, two runs each). With arrays up to 32 MB taken from the heap and up to
64 MB of freed space kept there, the next image reuses the last one's pages: no page faults. What is kept is
never more than the largest set of arrays in use at once; larger arrays (a 30-megapixel picture) still come
from and go back to the system.

Set once per process, before the first image (``extract_features`` calls it). Elsewhere (Windows, macOS, musl)
nothing changes and nothing is needed: their allocators keep freed memory by themselves.
"""

from __future__ import annotations

import ctypes
import sys
import threading

_M_TRIM_THRESHOLD = -1  # glibc's malloc.h
_M_MMAP_THRESHOLD = -3
HEAP_BELOW_BYTES = 32 * 1024 * 1024  # glibc's own ceiling for this setting on 64-bit systems
KEEP_FREED_BYTES = 64 * 1024 * 1024

_lock = threading.Lock()
_done: bool | None = None


def keep_freed_memory() -> bool:
    """Tune glibc's allocator once for this process; True when it took effect (now or earlier)."""
    global _done
    with _lock:
        if _done is None:
            _done = _tune()
        return _done


def _tune() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
        libc.gnu_get_libc_version  # glibc only: musl's mallopt ignores every setting
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, HEAP_BELOW_BYTES)) and bool(mallopt(_M_TRIM_THRESHOLD, KEEP_FREED_BYTES))
