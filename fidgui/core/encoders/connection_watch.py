"""Ends a download's connection from outside when the person cancels or the deadline passes.

A read blocked in a socket looks at nothing until data comes or its timeout expires;
a server that trickles one byte every few seconds (in the headers or in the body)
keeps it alive forever. A watcher thread therefore looks at the stop request and the
clock a few times a second and, when either says so, shuts the socket down: the
blocked read returns at once and the download reports why it ended. The socket is
taken from the connection as it opens (urllib's handlers accept a connection class),
so this works for redirects, HTTPS and proxies alike.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
import urllib.request
from types import TracebackType
from typing import Any, Callable

from fidgui.core.base.errors import Cancelled, DownloadError

POLL_SECONDS = 0.1


class ConnectionWatch:
    """A watcher thread while in a ``with`` block; ``reason`` is "cancelled" or "deadline" once it acted."""

    def __init__(self, should_stop: Callable[[], bool] | None, deadline: float) -> None:
        self._should_stop = should_stop or (lambda: False)
        self.deadline = deadline
        self._ends_at = time.monotonic() + deadline
        self.reason: str | None = None
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()
        self._finished = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="fidgui-download-watch", daemon=True)

    def __enter__(self) -> "ConnectionWatch":
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._finished.set()
        self._thread.join()

    def attach(self, connection: socket.socket) -> None:
        """The socket of a connection just opened (a redirect opens another); shut at once if already ended."""
        with self._lock:
            self._socket = connection
            if self.reason is not None:
                _shut(connection)

    def _watch(self) -> None:
        while not self._finished.wait(POLL_SECONDS):
            if self._should_stop():
                self.reason = "cancelled"
            elif time.monotonic() > self._ends_at:
                self.reason = "deadline"
            else:
                continue
            with self._lock:
                if self._socket is not None:
                    _shut(self._socket)
            return

    def raise_if_ended(self, host: str, done: int, total: int | None) -> None:
        """Raise Cancelled or the deadline's DownloadError when the transfer was ended for either."""
        if self.reason == "cancelled" or self._should_stop():
            raise Cancelled("download_cancelled")
        if self.reason == "deadline":
            raise DownloadError(
                "download_deadline", host=host, minutes=max(1, round(self.deadline / 60)), done=done,
                total=total if total is not None else "?",
            )


def _shut(connection: socket.socket) -> None:
    """Shut the connection down, not close it: the reading thread still owns the descriptor.

    The plain socket's method is called even on an SSL socket, whose own ``shutdown`` would
    also drop its TLS state under the feet of the thread still reading.
    """
    try:
        socket.socket.shutdown(connection, socket.SHUT_RDWR)
    except OSError:  # already closed or never connected
        pass


def watched_opener(watch: ConnectionWatch) -> urllib.request.OpenerDirector:
    """An opener like urllib's default one (proxies, redirects, HTTPS) whose connections ``watch`` can end."""

    class WatchedHTTP(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            watch.attach(self.sock)

    class WatchedHTTPS(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            watch.attach(self.sock)

    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, request: urllib.request.Request) -> Any:
            return self.do_open(WatchedHTTP, request)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def __init__(self) -> None:
            self.tls = ssl.create_default_context()
            super().__init__(context=self.tls)

        def https_open(self, request: urllib.request.Request) -> Any:
            return self.do_open(WatchedHTTPS, request, context=self.tls)

    return urllib.request.build_opener(HTTPHandler, HTTPSHandler)
