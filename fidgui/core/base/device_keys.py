"""The device a comparison ran on: one stable English key to store, and the message a front end words from it.

Results and the history keep the device as a fixed English key ("CPU (2 threads)"), which scripts and the
history's filter read and which never changes with the reader's language. What a person reads is the
``device_*`` message made from that key, so an entry stored by any version — before device messages
existed too — is shown in the reader's language. A key this module does not know is shown as written.
"""

from __future__ import annotations

import re

from fidgui.core.base.errors import Message, as_message

CUDA_KEY = "NVIDIA GPU via CUDA"
NONE_KEY = "none (every image came from saved statistics or the feature cache)"
_CPU_KEY = re.compile(r"CPU \((\d+) threads?\)")


def cpu_key(threads: int) -> str:
    """The stored key of a CPU run with ``threads`` threads."""
    return f"CPU ({threads} thread{'s' if threads != 1 else ''})"


def device_message(key: str | None) -> Message:
    """The message for a stored device key: ``device_cpu`` (with its threads), ``device_cuda`` or ``device_none``."""
    if not key:
        return as_message("")  # not recorded
    if key == NONE_KEY or key.startswith("none ("):
        return Message("device_none")
    if key == CUDA_KEY:
        return Message("device_cuda")
    cpu = _CPU_KEY.fullmatch(key.strip())
    if cpu is not None:
        return Message("device_cpu", threads=int(cpu.group(1)))
    return as_message(key)
