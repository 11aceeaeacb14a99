"""A URL to a verified file: resumable, bounded, cancellable, checked against its SHA-256, placed atomically.

The weights are 95 MB and lab networks drop connections, so a broken transfer
keeps its partial file and the next attempt asks the server for the rest (an HTTP
Range request). The file only takes its final name once its hash matches; a file
that does not match is deleted, never used.

A server cannot be trusted to behave: it may send an endless body, trickle one byte
every few seconds, or answer with something that is not HTTP. So the body is capped
at the file's known size, each read has a timeout and the whole transfer a deadline,
and a watcher thread shuts the connection down as soon as a stop is requested or the
deadline passes, which ends a read blocked in the socket at once. Every failure is a
``DownloadError`` code, never a traceback.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Callable

from fidgui.core.base.errors import Cancelled, DownloadError
from fidgui.core.encoders.connection_watch import ConnectionWatch, watched_opener

ByteProgress = Callable[[int, int | None], None]
"""Called with (bytes so far, bytes in all, or None when the server does not say)."""

_CHUNK = 1 << 20
READ_TIMEOUT_SECONDS = 60.0
"""The longest a single read may wait for data: a link that carries anything at all sends a packet sooner."""
DEADLINE_SECONDS = 3600.0
"""The whole transfer: 95 MB in an hour is 26 kB/s, slower than any working link; a retry resumes anyway."""
MAX_BYTES_UNKNOWN_SIZE = 1 << 30  # the cap when the caller does not know the file's size
_USER_AGENT = "fidgui"


def partial_path(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def download_file(
    url: str,
    target: Path,
    *,
    expected_sha256: str,
    expected_size: int | None = None,
    progress: ByteProgress | None = None,
    should_stop: Callable[[], bool] | None = None,
    read_timeout: float = READ_TIMEOUT_SECONDS,
    deadline: float = DEADLINE_SECONDS,
) -> Path:
    """Fetch ``url`` to ``target``, resuming a previous partial download; raises DownloadError or Cancelled.

    ``expected_size`` caps the body (an endless or oversized body stops one byte past it);
    ``read_timeout`` bounds each wait for data and ``deadline`` the whole transfer, in seconds.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = partial_path(target)
    host = urllib.parse.urlsplit(url).hostname or url
    limit = expected_size if expected_size is not None else MAX_BYTES_UNKNOWN_SIZE
    offset = part.stat().st_size if part.exists() else 0
    if offset > limit:  # a partial file longer than the whole file cannot be the start of it
        part.unlink()
        offset = 0
    digest = _hash_of(part) if offset else hashlib.sha256()
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    if offset:
        request.add_header("Range", f"bytes={offset}-")
    watch = ConnectionWatch(should_stop, deadline)
    total: int | None = None
    done = offset
    try:
        with watch, watched_opener(watch).open(request, timeout=read_timeout) as response:
            if offset and response.status != 206:  # the server ignored the range: start again
                offset, done, digest = 0, 0, hashlib.sha256()
            total = _total_size(response.headers, offset)
            if total is not None and total > limit:
                raise DownloadError("download_too_large", host=host, size=total, expected=limit)
            with open(part, "ab" if offset else "wb") as stream:
                while chunk := response.read1(min(_CHUNK, limit + 1 - done)):
                    watch.raise_if_ended(host, done, total)
                    stream.write(chunk)
                    digest.update(chunk)
                    done += len(chunk)
                    if done > limit:
                        break
                    if progress is not None:
                        progress(done, total)
            watch.raise_if_ended(host, done, total)
    except (Cancelled, DownloadError):
        raise
    except urllib.error.HTTPError as error:
        if error.code == 416 and offset:  # the partial file is already whole (or longer than the file)
            return _place(part, target, _hash_of(part).hexdigest(), expected_sha256, url)
        raise DownloadError(
            "download_http_status", host=host, status=error.code, reason=error.reason, url=url
        ) from error
    except Exception as error:
        watch.raise_if_ended(host, done, total)  # the watcher closed the connection: that, not the symptom
        sentence = _as_download_error(error, host, part, done, total, read_timeout)
        if sentence is None:
            raise
        raise sentence from error
    if done > limit:
        part.unlink(missing_ok=True)
        raise DownloadError("download_too_large", host=host, size=done, expected=limit)
    if total is not None and done < total:
        raise _cut_short(host, done, total)
    return _place(part, target, digest.hexdigest(), expected_sha256, url)


def _cut_short(host: str, done: int, total: int | None) -> DownloadError:
    if total is None:  # a body without a length (chunked) that broke off
        return DownloadError("download_interrupted", host=host, done=done)
    return DownloadError("download_incomplete", host=host, done=done, total=total)


def _as_download_error(
    error: Exception, host: str, part: Path, done: int, total: int | None, read_timeout: float
) -> DownloadError | None:
    """The sentence for what went wrong on the wire or on disk; None for anything else (a defect, left as is)."""
    if isinstance(error, http.client.IncompleteRead):
        return _cut_short(host, done, total)
    if isinstance(error, http.client.RemoteDisconnected):  # closed without answering: a network failure, not bad HTTP
        return DownloadError("download_unreachable", host=host, reason=_first_line(error))
    if isinstance(error, http.client.HTTPException):  # a bad status line, a line too long, too many headers
        return DownloadError("download_not_http", host=host, reason=_first_line(error))
    if isinstance(error, (socket.timeout, TimeoutError)):
        return DownloadError("download_stalled", host=host, seconds=f"{read_timeout:g}")
    if isinstance(error, urllib.error.URLError):
        reason = error.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            return DownloadError("download_stalled", host=host, seconds=f"{read_timeout:g}")
        return DownloadError("download_unreachable", host=host, reason=_first_line(reason))
    if isinstance(error, ConnectionError):
        return DownloadError("download_unreachable", host=host, reason=_first_line(error))
    if isinstance(error, OSError):
        reason = error.strerror or _first_line(error)
        return DownloadError("download_save_failed", folder=str(part.parent), reason=reason)
    return None


def _first_line(error: object) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:200] if text else type(error).__name__


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
        raise DownloadError("download_wrong_file", url=url, actual=actual, expected=expected)
    os.replace(part, target)
    return target
