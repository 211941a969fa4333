"""A real server refuses a 10 MB body with 413 without reading it whole."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from leadqual.web.live import LiveServer
from web_support import PROFILE, delivery_toml, make_key

TEN_MB = 10 * 1024 * 1024


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, str]]:
    tmp = tmp_path_factory.mktemp("limits")
    db = f"sqlite:///{tmp / 'limits.db'}"
    key = make_key(db)
    args = ["--delivery", str(delivery_toml(tmp / "d.toml", None, sinks=()))]
    with LiveServer(db, PROFILE, extra_args=args, log=tmp / "server.log") as live:
        yield live, key


def _exchange(port: int, head: bytes, body_part: bytes) -> tuple[bytes, int]:
    """Send the head and part of a body, then read the answer; returns (answer, bytes sent)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head)
        sock.sendall(body_part)
        sent = len(body_part)
        chunks = []
        while True:
            data = sock.recv(65536)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks), sent


def test_declared_10mb_body_is_refused_after_only_64kb_were_sent(server: tuple[LiveServer, str]) -> None:
    live, key = server
    head = (f"POST /v1/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {key}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {TEN_MB}\r\n\r\n").encode()
    started = time.perf_counter()
    answer, sent = _exchange(live.port, head, b"{" + b" " * 65535)
    # The answer came although 99% of the body was never sent: the server did not wait for it.
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"262,144 bytes" in answer and sent < TEN_MB // 100
    assert time.perf_counter() - started < 5
    assert httpx.get(live.url + "/healthz").status_code == 200


def test_chunked_10mb_body_is_cut_off_at_the_limit(server: tuple[LiveServer, str]) -> None:
    live, key = server
    head = (f"POST /v1/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {key}\r\n"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").encode()
    chunk = b" " * 65536
    # 257 KB of a 10 MB stream: just past the limit, and no more, so the server has read every
    # byte sent when it answers (bytes left unread when it closes would reset the connection
    # and could take the answer with them)
    framed = (f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n") * 4 + b"400\r\n" + b" " * 1024
    answer, _ = _exchange(live.port, head, framed)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]


def test_a_body_under_the_limit_still_works(server: tuple[LiveServer, str]) -> None:
    live, key = server
    lead = {"id": "small", "conversation": "Customer: " + "my AC is broken. " * 1000}
    answer = httpx.post(live.url + "/v1/leads", json=lead, headers={"Authorization": f"Bearer {key}"})
    assert answer.status_code == 202, answer.text
