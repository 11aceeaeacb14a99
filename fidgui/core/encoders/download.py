"""A URL to a verified file: resumable, checked against its SHA-256, placed atomically.

The weights are 95 MB and lab networks drop connections, so a broken transfer
keeps its partial file and the next attempt asks the server for the rest (an HTTP
Range request). The file only takes its final name once its hash matches; a file
that does not match is deleted, never used.
"""

from __future__ import annotations

import hashlib
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Callable

from fidgui.core.base.errors import Cancelled, DownloadError

ByteProgress = Callable[[int, int | None], None]
"""Called with (bytes so far, bytes in all, or None when the server does not say)."""

_CHUNK = 1 << 20
_TIMEOUT_SECONDS = 30
_USER_AGENT = "fidgui"


def partial_path(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def download_file(
    url: str,
    target: Path,
    *,
    expected_sha256: str,
    progress: ByteProgress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Path:
    """Fetch ``url`` to ``target``, resuming a previous partial download; raises DownloadError or Cancelled."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = partial_path(target)
    host = urllib.parse.urlsplit(url).hostname or url
    offset = part.stat().st_size if part.exists() else 0
    digest = _hash_of(part) if offset else hashlib.sha256()
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    if offset:
        request.add_header("Range", f"bytes={offset}-")
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT_SECONDS) as response:
            if offset and response.status != 206:  # the server ignored the range: start again
                offset, digest = 0, hashlib.sha256()
            total = _total_size(response.headers, offset)
            with open(part, "ab" if offset else "wb") as stream:
                done = offset
                while True:
                    if should_stop is not None and should_stop():
                        raise Cancelled("The download was cancelled; starting it again continues where it stopped.")
                    chunk = response.read(_CHUNK)
                    if not chunk:
                        break
                    stream.write(chunk)
                    digest.update(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
    except urllib.error.HTTPError as error:
        if error.code == 416 and offset:  # the partial file is already whole (or longer than the file)
            return _place(part, target, _hash_of(part).hexdigest(), expected_sha256, url)
        raise DownloadError(
            f"The server {host} answered '{error.code} {error.reason}' for {url}. "
            "Try again later, or download the file on another computer and choose it with 'Choose a file...'."
        ) from error
    except (urllib.error.URLError, socket.timeout, ConnectionError) as error:
        reason = getattr(error, "reason", error)
        raise DownloadError(
            f"Could not download from {host} ({reason}). Check the internet connection and try again; what was "
            "already downloaded is kept. Without internet, copy the file from another computer and choose it with "
            "'Choose a file...'."
        ) from error
    except OSError as error:
        raise DownloadError(
            f"The download could not be saved to {part.parent} ({error.strerror or error}). "
            "Free some disk space or check the folder's permissions, then try again."
        ) from error
    if total is not None and done < total:
        raise DownloadError(
            f"The connection to {host} closed after {done:,} of {total:,} bytes. Try again: the download "
            "continues where it stopped."
        )
    return _place(part, target, digest.hexdigest(), expected_sha256, url)


def _total_size(headers: object, offset: int) -> int | None:
    length = getattr(headers, "get")("Content-Length")
    return int(length) + offset if length and length.isdigit() else None


def _hash_of(path: Path) -> hashlib._Hash:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest


def _place(part: Path, target: Path, actual: str, expected: str, url: str) -> Path:
    if actual != expected.lower():
        part.unlink(missing_ok=True)
        raise DownloadError(
            f"The file downloaded from {url} is not the expected one: its SHA-256 is {actual}, "
            f"not {expected}. It was deleted. Try again; if this repeats, the server or a proxy is changing the file."
        )
    os.replace(part, target)
    return target
