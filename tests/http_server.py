"""A real HTTP server on 127.0.0.1 that serves one file, honours Range, and can misbehave on cue."""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator


@dataclass
class ServerScript:
    """What the server does; tests change it between requests."""

    content: bytes
    cut_after: int | None = None  # close the connection after this many body bytes (once)
    honour_range: bool = True
    status: int = 200
    range_headers: list[str | None] = field(default_factory=list)


def _handler(script: ServerScript) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:
            requested = self.headers.get("Range")
            script.range_headers.append(requested)
            if script.status != 200:
                self.send_error(script.status)
                return
            start = 0
            if requested and script.honour_range:
                start = int(requested.removeprefix("bytes=").split("-")[0])
                if start >= len(script.content):
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{len(script.content)}")
                    self.end_headers()
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(script.content) - 1}/{len(script.content)}")
            else:
                self.send_response(200)
            body = script.content[start:]
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if script.cut_after is not None:
                self.wfile.write(body[: script.cut_after])
                script.cut_after = None
                self.close_connection = True
                return
            self.wfile.write(body)

    return Handler


@contextlib.contextmanager
def serve(script: ServerScript) -> Iterator[str]:
    """Yield the URL of the served file while a server thread answers."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/weights.pth"
    finally:
        server.shutdown()
        server.server_close()
