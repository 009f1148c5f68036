"""A tiny HTTP server on 127.0.0.1 that stands in for Telegram's Bot API in tests."""

import json

from tests.local_server import LocalServer, QuietHandler


class FakeBotApi(LocalServer):
    """Records each request; answers with the next status of `statuses` (then 200)."""

    def __init__(self):
        self.requests = []
        self.statuses = []
        api = self

        class Handler(QuietHandler):
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

        super().__init__(Handler)
