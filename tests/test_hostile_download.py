"""Downloads from servers that misbehave on purpose: every one ends in a sentence, bounded, and cancellable.

Each server is a raw TCP listener on 127.0.0.1 that speaks just enough (or too little)
HTTP. Every loop in it is bounded and it stops by itself when the test leaves its block
or its lifetime is over, so a regression fails a test instead of hanging the suite.
"""

from __future__ import annotations

import contextlib
import hashlib
import socket
import threading
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest

from fidgui.core.base.errors import Cancelled, DownloadError
from fidgui.core.encoders.download import download_file, partial_path
from fidgui.messages.render import render

Behaviour = Callable[[socket.socket, threading.Event], None]
LIFETIME_SECONDS = 20.0
SIZE = 100_000
SHA = hashlib.sha256(b"x" * SIZE).hexdigest()
HEADERS_OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"


def _answer(connection: socket.socket, data: bytes) -> bool:
    try:
        connection.sendall(data)
        return True
    except OSError:  # the client hung up: that is how most of these servers end
        return False


def _handle(connection: socket.socket, behaviour: Behaviour, stop: threading.Event) -> None:
    with connection:
        connection.settimeout(LIFETIME_SECONDS)
        try:
            connection.recv(65536)  # the request; its content does not matter here
            behaviour(connection, stop)
        except OSError:
            pass


@contextlib.contextmanager
def hostile(behaviour: Behaviour) -> Iterator[str]:
    """Serve ``behaviour`` to every connection; yields the URL. All threads end when the block ends."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    stop = threading.Event()
    started = time.monotonic()
    handlers: list[threading.Thread] = []

    def accept() -> None:
        while not stop.is_set() and time.monotonic() - started < LIFETIME_SECONDS:
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            handler = threading.Thread(target=_handle, args=(connection, behaviour, stop), daemon=True)
            handler.start()
            handlers.append(handler)

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/weights.pth"
    finally:
        stop.set()
        acceptor.join()
        listener.close()
        for handler in handlers:
            handler.join(timeout=LIFETIME_SECONDS)


def _trickle(head: bytes, every: float, most: int) -> Behaviour:
    """Send ``head``, then one byte every ``every`` seconds, at most ``most`` of them."""

    def behaviour(connection: socket.socket, stop: threading.Event) -> None:
        if not _answer(connection, head):
            return
        for _ in range(most):
            if stop.wait(every) or not _answer(connection, b"x"):
                return

    return behaviour


def _endless(head: bytes, chunked: bool) -> Behaviour:
    """An endless body (bounded at 64 MB so the server itself ends), plain or chunked."""

    def behaviour(connection: socket.socket, stop: threading.Event) -> None:
        block = b"x" * 65536
        if chunked:
            block = b"10000\r\n" + block + b"\r\n"
        if not _answer(connection, head):
            return
        for _ in range(1024):
            if stop.is_set() or not _answer(connection, block):
                return

    return behaviour


def _says(reply: bytes) -> Behaviour:
    def behaviour(connection: socket.socket, stop: threading.Event) -> None:
        _answer(connection, reply)

    return behaviour


def _fails_with(url: str, target: Path, **options: object) -> DownloadError:
    with pytest.raises(DownloadError) as failed:
        download_file(url, target, expected_sha256=SHA, expected_size=SIZE, **options)  # type: ignore[arg-type]
    return failed.value


@pytest.mark.parametrize(
    "reply, code",
    [
        (b"HELLO THERE\r\n\r\n", "download_not_http"),  # BadStatusLine
        (b"HTTP/1.1 200 " + b"O" * 70_000 + b"\r\n\r\n", "download_not_http"),  # LineTooLong (status line)
        (HEADERS_OK + b"X-Long: " + b"a" * 70_000 + b"\r\n\r\n", "download_not_http"),  # LineTooLong (header)
        (HEADERS_OK + b"".join(b"X-%d: y\r\n" % i for i in range(150)) + b"\r\n", "download_not_http"),  # 150 headers
        # IncompleteRead: a chunk size that is not a number, then a chunk cut short
        (HEADERS_OK + b"Transfer-Encoding: chunked\r\n\r\nzz\r\nabc", "download_interrupted"),
        (HEADERS_OK + b"Transfer-Encoding: chunked\r\n\r\n1000\r\n" + b"x" * 10, "download_interrupted"),
        (HEADERS_OK + b"Content-Length: 100000\r\n\r\n" + b"x" * 10, "download_incomplete"),  # body cut short
        (b"", "download_unreachable"),  # RemoteDisconnected: the connection closes without an answer
    ],
)
def test_broken_http_is_a_sentence_not_a_traceback(tmp_path: Path, reply: bytes, code: str) -> None:
    with hostile(_says(reply)) as url:
        error = _fails_with(url, tmp_path / "w.pth")
    assert error.code == code
    sentence = render(error)
    assert "127.0.0.1" in sentence and "{" not in sentence and "Traceback" not in sentence
    assert not (tmp_path / "w.pth").exists()


@pytest.mark.parametrize("chunked", [False, True])
def test_an_endless_body_stops_at_the_known_size(tmp_path: Path, chunked: bool) -> None:
    framing = b"Transfer-Encoding: chunked\r\n" if chunked else b"Connection: close\r\n"
    written: list[int] = []
    with hostile(_endless(HEADERS_OK + framing + b"\r\n", chunked)) as url:
        error = _fails_with(url, tmp_path / "w.pth", progress=lambda done, total: written.append(done))
    assert error.code == "download_too_large"
    assert render(error).startswith(f"The server 127.0.0.1 sent more than the {SIZE:,} bytes the file has")
    # Never more than the file's size reported (one byte more is read to notice). When the first read already
    # brings more than the size, nothing is reported at all: which happens depends on how the socket fills.
    assert all(done <= SIZE for done in written)
    assert not partial_path(tmp_path / "w.pth").exists() and not (tmp_path / "w.pth").exists()


def test_a_declared_length_beyond_the_known_size_is_refused_before_reading(tmp_path: Path) -> None:
    with hostile(_endless(HEADERS_OK + b"Content-Length: 10000000000\r\n\r\n", chunked=False)) as url:
        error = _fails_with(url, tmp_path / "w.pth")
    assert error.code == "download_too_large" and error.params["size"] == 10_000_000_000
    assert not partial_path(tmp_path / "w.pth").exists()


def test_without_a_known_size_the_default_cap_still_applies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fidgui.core.encoders import download

    monkeypatch.setattr(download, "MAX_BYTES_UNKNOWN_SIZE", 300_000)
    with hostile(_endless(HEADERS_OK + b"Connection: close\r\n\r\n", chunked=False)) as url:
        with pytest.raises(DownloadError) as failed:
            download_file(url, tmp_path / "w.pth", expected_sha256=SHA)
    assert failed.value.code == "download_too_large" and failed.value.params["expected"] == 300_000


@pytest.mark.parametrize(
    "head",
    [
        HEADERS_OK + b"Content-Length: 100000\r\n\r\n",  # the body trickles
        b"HTTP/1.1 200 OK\r\nX-Slow: ",  # the headers trickle: urllib is still inside urlopen
    ],
    ids=["body", "headers"],
)
def test_one_byte_every_five_seconds_is_cancellable_within_a_second(tmp_path: Path, head: bytes) -> None:
    stop = threading.Event()
    requested: list[float] = []

    def request_stop() -> None:
        requested.append(time.perf_counter())
        stop.set()

    with hostile(_trickle(head, every=5.0, most=3)) as url:
        threading.Timer(0.5, request_stop).start()
        with pytest.raises(Cancelled) as cancelled:
            download_file(url, tmp_path / "w.pth", expected_sha256=SHA, expected_size=SIZE, should_stop=stop.is_set)
        seconds = time.perf_counter() - requested[0]
    print(f"\ntrickling {head[-8:]!r}: cancel took {seconds:.3f} s")
    assert cancelled.value.code == "download_cancelled"
    assert seconds < 1.0


def test_the_overall_deadline_ends_a_slow_transfer(tmp_path: Path) -> None:
    with hostile(_trickle(HEADERS_OK + b"Content-Length: 100000\r\n\r\n", every=0.2, most=40)) as url:
        started = time.perf_counter()
        error = _fails_with(url, tmp_path / "w.pth", deadline=1.0)
        seconds = time.perf_counter() - started
    assert error.code == "download_deadline"
    assert render(error).startswith("The download from 127.0.0.1 did not finish within 1 minutes (")
    assert 0 < error.params["done"] < SIZE
    assert seconds < 2.5
    assert partial_path(tmp_path / "w.pth").stat().st_size == error.params["done"]  # kept, to resume later


def test_a_server_that_goes_silent_hits_the_read_timeout(tmp_path: Path) -> None:
    with hostile(_trickle(HEADERS_OK + b"Content-Length: 100000\r\n\r\n", every=10.0, most=1)) as url:
        started = time.perf_counter()
        error = _fails_with(url, tmp_path / "w.pth", read_timeout=0.5)
        seconds = time.perf_counter() - started
    assert error.code == "download_stalled"
    assert render(error) == (
        "The server 127.0.0.1 sent nothing for 0.5 seconds. Check the internet connection and try again: the "
        "download continues where it stopped."
    )
    assert seconds < 3.0


def test_every_download_and_cancel_code_has_its_sentence_in_english_and_three_translations() -> None:
    import re

    from fidgui.messages.catalog import ENGLISH
    from fidgui.messages.translations_cancel import TRANSLATIONS

    codes = {code for code in ENGLISH if code.startswith("download_")} | {"model_session_closed", "tsne_cancelled"}
    assert len(codes) == 13
    placeholders = re.compile(r"\{(\w+)\}")
    for language in ("zh_CN", "zh_TW", "ja"):
        assert set(TRANSLATIONS[language]) == codes, language
        for code in codes:
            translated = TRANSLATIONS[language][code]
            assert set(placeholders.findall(translated)) == set(placeholders.findall(ENGLISH[code])), (language, code)
