"""Serve the built site the way GitHub Pages does: gzip for text, `dir/` → `dir/index.html`,
`dir` → redirect to `dir/`, 404.html for anything missing, optionally under a sub-path (/REPO/).

Used by `make serve`, the browser tests and the benchmark.
"""
from __future__ import annotations

import argparse
import gzip
import mimetypes
import threading
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .paths import SITE

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml",
                "application/x-ipynb+json")
mimetypes.add_type("application/javascript", ".js")
mimetypes.add_type("text/csv", ".csv")
mimetypes.add_type("application/x-ipynb+json", ".ipynb")


class SiteHandler(BaseHTTPRequestHandler):
    server_version = "ict-site"

    def __init__(self, *args, root: Path, base: str, **kwargs):
        self.root = root
        self.base = base
        super().__init__(*args, **kwargs)

    def log_message(self, format, *args):  # noqa: A002 - quiet: tests and bench read their own logs
        pass

    def do_HEAD(self):
        self.do_GET(head=True)

    def do_GET(self, head: bool = False):
        path = unquote(urlsplit(self.path).path)
        if not path.startswith(self.base):
            return self._send_file(self.root / "404.html", HTTPStatus.NOT_FOUND, head)
        rel = path[len(self.base):]
        target = (self.root / rel).resolve()
        if self.root not in target.parents and target != self.root:
            return self._send_file(self.root / "404.html", HTTPStatus.NOT_FOUND, head)
        if target.is_dir():
            if not path.endswith("/"):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            target = target / "index.html"
        if not target.is_file():
            return self._send_file(self.root / "404.html", HTTPStatus.NOT_FOUND, head)
        self._send_file(target, HTTPStatus.OK, head)

    def _send_file(self, file: Path, status: HTTPStatus, head: bool):
        body = file.read_bytes() if file.is_file() else b"not found"
        ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript", "application/json"):
            ctype += "; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if ctype.startswith(COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, compresslevel=6, mtime=0)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if not head:
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the reader left (or a test closed its page) mid-download: not a server error


def make_server(site_dir: Path = SITE, host: str = "127.0.0.1", port: int = 0, base_path: str = "/") -> ThreadingHTTPServer:
    base = "/" + base_path.strip("/") + "/" if base_path.strip("/") else "/"
    handler = partial(SiteHandler, root=Path(site_dir).resolve(), base=base)
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.base_url = f"http://{host}:{server.server_address[1]}{base}"
    return server


def start_in_background(site_dir: Path = SITE, host: str = "127.0.0.1", port: int = 0,
                        base_path: str = "/") -> ThreadingHTTPServer:
    """Start a server on a thread; call .shutdown() when done. `.base_url` is where the site is."""
    server = make_server(site_dir, host, port, base_path)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the built site (gzip, like GitHub Pages).")
    parser.add_argument("--dir", type=Path, default=SITE)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--base", default="/", help="serve under a sub-path, e.g. /ict-trade-story/")
    args = parser.parse_args()
    if not (args.dir / "index.html").exists():
        raise SystemExit(f"{args.dir}/index.html not found: run `make site` first")
    server = make_server(args.dir, args.host, args.port, args.base)
    print(f"Serving {args.dir} at {server.base_url} (Korean) and {server.base_url}en/ (English); Ctrl-C stops.")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
