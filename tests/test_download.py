"""Downloads against a real local HTTP server: resume, checksum, refusal, cancel."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from fidgui.core.encoders.download import download_file, partial_path
from fidgui.core.base.errors import Cancelled, DownloadError
from fidgui.messages.render import render
from http_server import ServerScript, serve

CONTENT = bytes(range(256)) * 12_000  # 3 MB, several chunks
SHA = hashlib.sha256(CONTENT).hexdigest()


def test_a_whole_download_is_verified_and_placed(tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    with serve(ServerScript(CONTENT)) as url:
        path = download_file(url, tmp_path / "w.pth", expected_sha256=SHA, progress=lambda d, t: seen.append((d, t)))
    assert path.read_bytes() == CONTENT
    assert seen[-1] == (len(CONTENT), len(CONTENT))
    assert not partial_path(path).exists()


def test_a_broken_transfer_resumes_where_it_stopped(tmp_path: Path) -> None:
    script = ServerScript(CONTENT, cut_after=1_000_000)
    target = tmp_path / "w.pth"
    with serve(script) as url:
        with pytest.raises(DownloadError) as broken:
            download_file(url, target, expected_sha256=SHA)
        assert render(broken.value) == (
            f"The connection to 127.0.0.1 closed after 1,000,000 of {len(CONTENT):,} bytes. Try again: the download "
            "continues where it stopped."
        )
        assert partial_path(target).stat().st_size == 1_000_000 and not target.exists()
        download_file(url, target, expected_sha256=SHA)
    assert script.range_headers == [None, "bytes=1000000-"]
    assert target.read_bytes() == CONTENT


def test_a_server_that_ignores_range_is_downloaded_again_from_the_start(tmp_path: Path) -> None:
    target = tmp_path / "w.pth"
    partial_path(target).write_bytes(CONTENT[:5000])
    with serve(ServerScript(CONTENT, honour_range=False)) as url:
        download_file(url, target, expected_sha256=SHA)
    assert target.read_bytes() == CONTENT


def test_a_complete_partial_file_is_finished_without_downloading(tmp_path: Path) -> None:
    target = tmp_path / "w.pth"
    partial_path(target).write_bytes(CONTENT)
    with serve(ServerScript(CONTENT)) as url:
        download_file(url, target, expected_sha256=SHA)
    assert target.read_bytes() == CONTENT


def test_a_file_with_the_wrong_hash_is_deleted_and_never_placed(tmp_path: Path) -> None:
    target = tmp_path / "w.pth"
    with serve(ServerScript(CONTENT)) as url:
        with pytest.raises(DownloadError) as wrong:
            download_file(url, target, expected_sha256="0" * 64)
    assert wrong.value.code == "download_wrong_file"
    assert f"its SHA-256 is {SHA}, not {'0' * 64}. It was deleted." in render(wrong.value)
    assert not target.exists() and not partial_path(target).exists()


def test_http_errors_and_unreachable_servers_are_sentences(tmp_path: Path) -> None:
    with serve(ServerScript(CONTENT, status=404)) as url:
        with pytest.raises(DownloadError) as refused:
            download_file(url, tmp_path / "w.pth", expected_sha256=SHA)
    assert render(refused.value).startswith(f"The server 127.0.0.1 answered '404 Not Found' for {url}. Try again later")
    with pytest.raises(DownloadError) as unreachable:
        download_file("http://127.0.0.1:9/weights.pth", tmp_path / "w.pth", expected_sha256=SHA)
    assert unreachable.value.code == "download_unreachable"
    assert render(unreachable.value).startswith("Could not download from 127.0.0.1 (")
    assert "Check the internet connection" in render(unreachable.value)


def test_cancel_keeps_the_partial_file_for_later(tmp_path: Path) -> None:
    target = tmp_path / "w.pth"
    received: list[int] = []
    with serve(ServerScript(CONTENT)) as url:
        with pytest.raises(Cancelled) as cancelled:
            download_file(
                url, target, expected_sha256=SHA, progress=lambda done, total: received.append(done),
                should_stop=lambda: bool(received),  # stop once the first bytes are in
            )
        assert render(cancelled.value) == "The download was cancelled; starting it again continues where it stopped."
        kept = partial_path(target).stat().st_size
        assert kept == received[-1] and 0 < kept < len(CONTENT) and not target.exists()
        download_file(url, target, expected_sha256=SHA)
    assert target.read_bytes() == CONTENT
