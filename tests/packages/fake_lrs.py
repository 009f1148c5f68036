"""A stand-in learning record store on 127.0.0.1: keeps statements by id, as an LRS does."""

import json
from urllib.parse import parse_qs, urlparse

from tests.local_server import LocalServer, QuietHandler


class FakeLrs(LocalServer):
    """`down`: answer 503 without storing; `lose_answers`: store, then answer 500 (the
    answer lost on the way back). A statement id already stored answers 204 again."""

    def __init__(self):
        self.stored = {}
        self.requests = []
        self.down = False
        self.lose_answers = 0
        lrs = self

        class Handler(QuietHandler):
            def do_PUT(self):
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length))
                statement_id = parse_qs(urlparse(self.path).query)["statementId"][0]
                lrs.requests.append((self.headers, statement_id, body))
                if lrs.down:
                    status = 503
                else:
                    lrs.stored.setdefault(statement_id, body)
                    status = 204
                    if lrs.lose_answers:
                        lrs.lose_answers -= 1
                        status = 500
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        super().__init__(Handler, "/xapi")
