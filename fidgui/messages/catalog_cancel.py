"""English sentences of cancelling and downloading: the network call, t-SNE, hostile download servers."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "tsne_cancelled": "The t-SNE map was cancelled.",
    "model_session_closed": "The FID network was already closed; run the comparison again.",
    "download_cancelled": "The download was cancelled; starting it again continues where it stopped.",
    "download_http_status": (
        "The server {host} answered '{status} {reason}' for {url}. Try again later, or download the file on another "
        "computer and choose it with 'Choose a file...'."
    ),
    "download_unreachable": (
        "Could not download from {host} ({reason}). Check the internet connection and try again; what was already "
        "downloaded is kept. Without internet, copy the file from another computer and choose it with "
        "'Choose a file...'."
    ),
    "download_save_failed": (
        "The download could not be saved to {folder} ({reason}). Free some disk space or check the folder's "
        "permissions, then try again."
    ),
    "download_incomplete": (
        "The connection to {host} closed after {done:n} of {total:n} bytes. Try again: the download continues where it "
        "stopped."
    ),
    "download_interrupted": (
        "The connection to {host} closed after {done:n} bytes. Try again: the download continues where it stopped."
    ),
    "download_wrong_file": (
        "The file downloaded from {url} is not the expected one: its SHA-256 is {actual}, not {expected}. It was "
        "deleted. Try again; if this repeats, the server or a proxy is changing the file."
    ),
    "download_too_large": (
        "The server {host} sent more than the {expected:n} bytes the file has ({size:n} bytes or more); the download was "
        "stopped and what it wrote deleted. Try again later, or download the file on another computer and choose it "
        "with 'Choose a file...'."
    ),
    "download_not_http": (
        "The server {host} sent an answer that is not valid HTTP ({reason}). Try again later, or download the file "
        "on another computer and choose it with 'Choose a file...'."
    ),
    "download_stalled": (
        "The server {host} sent nothing for {seconds} seconds. Check the internet connection and try again: the "
        "download continues where it stopped."
    ),
    "download_deadline": (
        "The download from {host} did not finish within {minutes} minutes ({done:n} of {total:n} bytes). Try again: it "
        "continues where it stopped. On a slow link, download the file on another computer and choose it with "
        "'Choose a file...'."
    ),
}
