"""A tiny HTTP server on 127.0.0.1 that stands in for Telegram's Bot API in tests."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeBotApi:
    """Records each request; answers with the next status of `statuses` (then 200)."""

    def __init__(self):
        self.requests = []
        self.statuses = []
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                api.requests.append((self.path, json.loads(self.rfile.read(length))))
                status = api.statuses.pop(0) if api.statuses else 200
                body = json.dumps({"ok": status == 200, "result": {}}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
