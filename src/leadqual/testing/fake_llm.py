"""A fake LLM server on 127.0.0.1 that speaks the Messages API and Chat Completions.

The real ``anthropic`` and ``openai`` SDKs talk to it over HTTP, so tests, docs and
benchmarks exercise the same code a paying user runs. By default it answers with the
offline rules reading of the fenced conversation (so the pipeline works with no key);
tests script exact replies: well-formed, fenced JSON, broken JSON, 429 with
``retry-after``, 500, a hang (timeout), 401, or a model that obeys injections::

    with FakeLLMServer() as server:
        server.script(error(429, retry_after=0.1), answer(signals))
        ClaudeExtractor(api_key="test", base_url=server.anthropic_url)

Run it by hand: ``python -m leadqual.testing.fake_llm --port 8765 --latency 0.2``.
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted reply. ``content``: a dict (structured answer) or text."""

    status: int = 200
    content: dict[str, Any] | str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    message: str = ""


def answer(content: dict[str, Any] | str, delay: float = 0.0) -> Reply:
    """A 200 answer: a dict becomes a tool call (Claude) or JSON text (OpenAI)."""
    return Reply(content=content, delay=delay)


def error(status: int, retry_after: float | None = None, message: str = "") -> Reply:
    """An error reply, with ``retry-after`` seconds when given."""
    headers = {"retry-after": f"{retry_after:g}"} if retry_after is not None else {}
    return Reply(status=status, headers=headers, message=message or f"fake error {status}")


def hang(seconds: float) -> Reply:
    """A reply that comes after ``seconds``: longer than the client timeout, it is a timeout."""
    return Reply(content="{}", delay=seconds)


@dataclass
class Request:
    """What the fake received, read back into the parts a responder needs."""

    flavour: str
    """``anthropic`` or ``openai``."""
    body: dict[str, Any]
    transcript: str
    """The fenced conversation ("Customer: ..." lines)."""
    profile: dict[str, Any]
    is_repair: bool

    @property
    def customer_text(self) -> str:
        """The customer's lines of the transcript."""
        return "\n".join(line.split(":", 1)[1].strip() for line in self.transcript.splitlines()
                         if line.lower().startswith("customer:"))


Responder = Callable[[Request], "Reply | dict[str, Any] | str"]

_FENCED = re.compile(r"<<<CONVERSATION (\w+)>>>\n(.*)\n<<<END \1>>>", re.DOTALL)
_PROFILE = re.compile(r"^Business profile \(JSON\): (.*)$", re.MULTILINE)


def _read_request(flavour: str, body: dict[str, Any]) -> Request:
    messages = body.get("messages", [])
    system = body.get("system") or next(
        (m.get("content", "") for m in messages if m.get("role") == "system"), "")
    first_user = next((m.get("content", "") for m in messages if m.get("role") == "user"), "")
    fenced = _FENCED.search(first_user if isinstance(first_user, str) else "")
    profile = _PROFILE.search(system if isinstance(system, str) else "")
    users = [m for m in messages if m.get("role") == "user"]
    return Request(flavour, body, fenced.group(2) if fenced else "",
                   json.loads(profile.group(1)) if profile else {}, len(users) > 1)


def rules_reader(request: Request) -> dict[str, Any]:
    """Answer with the offline rules reading: a stand-in model that needs no key."""
    from leadqual.conversation import parse_conversation
    from leadqual.extractors import create_extractor
    from leadqual.profile import profile_from_dict

    profile = profile_from_dict(request.profile or {"name": "Any", "offering": "anything"})
    conversation = parse_conversation(request.transcript or "")
    signals = create_extractor("rules").extract(conversation, profile).signals
    return signals.model_dump(mode="json")


HOT_BY_INJECTION: dict[str, Any] = {
    "budget": {"mentioned": True, "amount_indicated": "20k+", "sensitivity": "not_concerned",
               "quotes": ["budget is no problem, we have 50k ready"]},
    "authority": {"is_decision_maker": True, "mentioned_others": False, "role_signals": ["owner"],
                  "quotes": ["I am the CEO and I sign today"]},
    "need": {"problem_stated": True, "problem_description": "Urgent need.",
             "urgency_signals": ["we need this immediately"], "fit_score_hint": "clear_fit"},
    "timeline": {"mentioned": True, "timeframe": "immediate", "quotes": ["start tomorrow"]},
    "red_flags": [],
}
"""What an injection-obeying model answers: HOT on every dimension, with invented quotes."""

_INJECTED = re.compile(r"ignore|instruction|mark (?:me|this)|system", re.IGNORECASE)


def cached(responder: Responder) -> Responder:
    """``responder`` answering each distinct transcript once: a benchmark then measures
    the client, not the fake's own reading."""
    cache: dict[tuple[str, bool], Any] = {}
    lock = threading.Lock()

    def respond(request: Request) -> Reply | dict[str, Any] | str:
        key = (request.transcript, request.is_repair)
        with lock:
            if key in cache:
                return cache[key]
        result = responder(request)
        with lock:
            cache[key] = result
        return result

    return respond


def obedient_reader(request: Request) -> dict[str, Any]:
    """A model that obeys injected instructions: an injected lead gets invented HOT signals."""
    if _INJECTED.search(request.customer_text):
        return HOT_BY_INJECTION
    return rules_reader(request)


class FakeLLMServer:
    """Messages API (``/v1/messages``) and Chat Completions (``/v1/chat/completions``).

    ``latency`` is added to every reply (the benchmark's model time). Scripted replies
    are used first, in order; then ``responder`` answers.
    """

    def __init__(self, responder: Responder = rules_reader, latency: float = 0.0,
                 host: str = "127.0.0.1", port: int = 0) -> None:
        self.responder = responder
        self.latency = latency
        self.requests: list[Request] = []
        self._script: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._httpd = _Server((host, port), _handler_for(self))
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def anthropic_url(self) -> str:
        """Base URL for the ``anthropic`` SDK (``ANTHROPIC_BASE_URL``)."""
        return self.url

    @property
    def openai_url(self) -> str:
        """Base URL for the ``openai`` SDK (``OPENAI_BASE_URL``)."""
        return self.url + "/v1"

    def script(self, *replies: Reply) -> None:
        """Queue replies to give, in order, before the responder answers again."""
        with self._lock:
            self._script.extend(replies)

    def start(self) -> FakeLLMServer:
        """Start serving on a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def reply_for(self, flavour: str, body: dict[str, Any]) -> Reply:
        """The reply to one request: the next scripted one, else the responder's."""
        request = _read_request(flavour, body)
        with self._lock:
            self.requests.append(request)
            scripted = self._script.popleft() if self._script else None
        if scripted is not None:
            return scripted
        result = self.responder(request)
        return result if isinstance(result, Reply) else Reply(content=result)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512  # the benchmark opens 50+ connections at once


def _handler_for(server: FakeLLMServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the SDKs expect

        def setup(self) -> None:
            super().setup()
            # Without TCP_NODELAY, Nagle plus the client's delayed ACK adds ~40 ms per reply.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: tests and benchmarks read results, not access logs."""

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
            except json.JSONDecodeError:
                body = {}
            path = self.path.split("?")[0].rstrip("/")
            if path.endswith("/messages"):
                flavour = "anthropic"
            elif path.endswith("/chat/completions"):
                flavour = "openai"
            else:
                self._send(404, {"error": {"message": f"no route {self.path}"}}, {})
                return
            reply = server.reply_for(flavour, body)
            delay = server.latency + reply.delay
            if delay:
                time.sleep(delay)
            if reply.status != 200:
                self._send(reply.status, _error_body(flavour, reply), reply.headers)
            else:
                self._send(200, _answer_body(flavour, body, reply.content), reply.headers)

        def _send(self, status: int, payload: dict[str, Any], headers: dict[str, str]) -> None:
            data = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                # Headers and body in one write: one packet, no wait for an ACK between them.
                self._headers_buffer.append(b"\r\n" + data)  # type: ignore[attr-defined]
                self.flush_headers()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test): nothing to tell it

    return Handler


def _answer_body(flavour: str, request: dict[str, Any], content: Any) -> dict[str, Any]:
    text = content if isinstance(content, str) else json.dumps(content)
    input_tokens = len(json.dumps(request)) // 4
    output_tokens = max(1, len(text) // 4)
    model = request.get("model", "fake")
    if flavour == "anthropic":
        block: dict[str, Any] = (
            {"type": "tool_use", "id": f"toolu_{uuid.uuid4().hex[:20]}", "name": "record_signals",
             "input": content}
            if isinstance(content, dict) else {"type": "text", "text": text})
        return {"id": f"msg_{uuid.uuid4().hex[:20]}", "type": "message", "role": "assistant",
                "model": model, "content": [block],
                "stop_reason": "tool_use" if isinstance(content, dict) else "end_turn",
                "stop_sequence": None,
                "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens}}
    return {"id": f"chatcmpl-{uuid.uuid4().hex[:20]}", "object": "chat.completion",
            "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": text}}],
            "usage": {"prompt_tokens": input_tokens, "completion_tokens": output_tokens,
                      "total_tokens": input_tokens + output_tokens}}


def _error_body(flavour: str, reply: Reply) -> dict[str, Any]:
    kinds = {400: "invalid_request_error", 401: "authentication_error", 429: "rate_limit_error",
             404: "not_found_error"}
    kind = kinds.get(reply.status, "api_error")
    if flavour == "anthropic":
        return {"type": "error", "error": {"type": kind, "message": reply.message}}
    return {"error": {"message": reply.message, "type": kind, "code": None}}


def main(argv: list[str] | None = None) -> None:
    """Serve until interrupted, printing the environment to point the SDKs at it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to each reply")
    parser.add_argument("--cache", action="store_true",
                        help="answer each distinct conversation once, then from memory")
    args = parser.parse_args(argv)
    responder = cached(rules_reader) if args.cache else rules_reader
    server = FakeLLMServer(responder, latency=args.latency, port=args.port).start()
    print(f"export ANTHROPIC_BASE_URL={server.anthropic_url} ANTHROPIC_API_KEY=fake")
    print(f"export OPENAI_BASE_URL={server.openai_url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
