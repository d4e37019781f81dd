"""Security that every response carries: headers (a CSP with no inline code), CSRF tokens
for forms, and a limit on login attempts."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'self'",
        "frame-src 'self'",
        "frame-ancestors 'self'",
        "base-uri 'none'",
        "form-action 'self'",
    )
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "SAMEORIGIN",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


class SecurityHeaders:
    """Adds the headers to every response (a plain ASGI middleware: Starlette's
    BaseHTTPMiddleware costs a task group per request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, with_headers)


def csrf_token(session: dict[str, object]) -> str:
    """The session's CSRF token, made on first use."""
    token = session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return token


def csrf_ok(session: dict[str, object], sent: str | None) -> bool:
    expected = session.get("csrf")
    return isinstance(expected, str) and sent is not None and hmac.compare_digest(expected, sent)


class LoginLimiter:
    """At most ``attempts`` failed logins per login and per address in ``window`` seconds."""

    def __init__(self, *, attempts: int = 5, window: float = 900.0) -> None:
        self.attempts = attempts
        self.window = window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and now - failures[0] > self.window:
            failures.popleft()
        return failures

    def blocked(self, login: str, address: str) -> bool:
        now = time.monotonic()
        with self._lock:
            return any(
                len(self._recent(key, now)) >= self.attempts
                for key in (f"u:{login}", f"a:{address}")
            )

    def failed(self, login: str, address: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in (f"u:{login}", f"a:{address}"):
                self._recent(key, now).append(now)

    def succeeded(self, login: str) -> None:
        with self._lock:
            self._failures.pop(f"u:{login}", None)


class QueryLimiter(LoginLimiter):
    """At most ``attempts`` queries per key (an address, a registry number) in ``window``
    seconds: the citizen's status page answers a guess of number and code, so guessing must
    stay slow from one address and against one number."""

    def take(self, key: str) -> bool:
        """Count one query; False when this key has used up its window."""
        now = time.monotonic()
        with self._lock:
            if len(self._failures) > 10_000:  # forget keys whose window has passed
                for old in [k for k, q in self._failures.items() if not self._recent(k, now)]:
                    del self._failures[old]
            recent = self._recent(key, now)
            if len(recent) >= self.attempts:
                return False
            recent.append(now)
            return True
