"""A stand-in for ClinicalTrials.gov's API v2 on 127.0.0.1, for the online look-up tests (no network)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

SINGLE_PATH = Path(__file__).parent / "fixtures" / "ctgov" / "v2-single-study_NCT00763412_cystic-fibrosis.json"
SINGLE = SINGLE_PATH.read_bytes()


class FakeRegistry(BaseHTTPRequestHandler):
    """Answers like the API v2: NCT00763412 is found; a few ids answer with an error, a wrong body or late;
    any other id is not found. Every request is remembered in ``requests``."""

    requests: list[tuple[str, dict[str, list[str]], str]] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        parts = urlsplit(self.path)
        FakeRegistry.requests.append((parts.path, parse_qs(parts.query), self.headers.get("Accept", "")))
        nct_id = parts.path.rsplit("/", 1)[-1]
        if parts.path.startswith("/api/v2/studies/") and nct_id == "NCT00763412":
            self._send(200, SINGLE)
        elif nct_id == "NCT00000500":
            self._send(500, b'{"message": "internal error"}')
        elif nct_id == "NCT00000200":
            self._send(200, b"<html>maintenance</html>")
        elif nct_id == "NCT00000201":
            self._send(200, b'{"studies": []}')
        elif nct_id == "NCT00000999":
            self._send(200, b"[" + b" " * 5000 + b"]")
        elif nct_id == "NCT00000300":
            time.sleep(2)
            self._send(200, SINGLE)
        else:
            self._send(404, b'{"message": "not found"}')

    def _send(self, code: int, body: bytes) -> None:
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet tests
        pass


@contextmanager
def serve_registry() -> Iterator[str]:
    """Run the fake registry; yields its API base address."""
    FakeRegistry.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeRegistry)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/v2"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
