"""The HTTP API on 127.0.0.1: requests become API Gateway payload format 2.0 events.

Routes come from the functions' ``HttpApi`` events in the template; CORS preflights are answered
from the API's ``CorsConfiguration`` as API Gateway does. A request from a loopback address may
carry ``X-Forwarded-For``; its first address is then the client's ``sourceIp``, so a test or a
demo can play many readers from one machine.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import logging
import re
import time
import traceback
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from .auth import LocalIssuer, Unauthorized, authorize
from .loader import LocalFunction
from .template import DEFAULT_ACCOUNT_ID, HttpRoute

log = logging.getLogger("local_stack")  # no "commentguard" in the name: Powertools filters those

MAX_BODY = 10 * 1024 * 1024  # API Gateway's payload limit
API_ID = "local"
_TEXT_TYPES = re.compile(
    r"^(text/|application/(json|.*\+json|xml|.*\+xml|javascript|x-www-form-urlencoded|graphql))", re.IGNORECASE
)


_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "upgrade", "proxy-connection"}


@dataclass
class Route:
    method: str
    path: str
    function: LocalFunction
    api_id: str | None
    pattern: re.Pattern[str]
    params: list[str]
    authorizer: str | None = None

    @property
    def route_key(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def specificity(self) -> tuple[int, int, int]:
        # API Gateway prefers the most specific path: fewer greedy and fewer variable segments.
        greedy = int("+}" in self.path)
        return (greedy, len(self.params), -self.path.count("/"))


def compile_path(path: str) -> tuple[re.Pattern[str], list[str]]:
    params: list[str] = []
    out = ""
    for part in re.split(r"(\{[^}]+\})", path):
        m = re.fullmatch(r"\{([^}+]+)(\+?)\}", part)
        if m:
            params.append(m.group(1))
            out += f"(?P<p{len(params) - 1}>.+)" if m.group(2) else f"(?P<p{len(params) - 1}>[^/]+)"
        else:
            out += re.escape(part)
    return re.compile(f"^{out}$"), params


def build_routes(functions: Iterable[LocalFunction]) -> list[Route]:
    routes = []
    for fn in functions:
        for r in fn.spec.http_routes:
            r = HttpRoute(*r)
            pattern, params = compile_path(r.path)
            routes.append(Route(r.method, r.path, fn, r.api_id, pattern, params, r.authorizer))
    routes.sort(key=lambda route: route.specificity)
    return routes


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def _is_text(content_type: str) -> bool:
    return not content_type or bool(_TEXT_TYPES.match(content_type.strip()))


def _format_time(now: datetime) -> str:
    return now.strftime("%d/%b/%Y:%H:%M:%S +0000")


def build_event(
    *,
    method: str,
    raw_path: str,
    raw_query: str,
    headers: list[tuple[str, str]],
    body: bytes,
    source_ip: str,
    route_key: str,
    path_parameters: dict[str, str] | None,
    protocol: str = "HTTP/1.1",
    account_id: str = DEFAULT_ACCOUNT_ID,
) -> dict[str, Any]:
    """An API Gateway HTTP API event, payload format 2.0."""
    merged: dict[str, str] = {}
    cookies: list[str] = []
    for name, value in headers:
        key = name.lower()
        if key in _HOP_BY_HOP:
            continue
        if key == "cookie":
            cookies.extend(c.strip() for c in value.split(";") if c.strip())
            continue
        merged[key] = f"{merged[key]},{value}" if key in merged else value
    now = datetime.now(UTC)
    host = merged.get("host", "127.0.0.1")
    event: dict[str, Any] = {
        "version": "2.0",
        "routeKey": route_key,
        "rawPath": raw_path,
        "rawQueryString": raw_query,
        "headers": merged,
        "requestContext": {
            "accountId": account_id,
            "apiId": API_ID,
            "domainName": host,
            "domainPrefix": host.split(".")[0].split(":")[0],
            "http": {
                "method": method,
                "path": raw_path,
                "protocol": protocol,
                "sourceIp": source_ip,
                "userAgent": merged.get("user-agent", ""),
            },
            "requestId": uuid.uuid4().hex[:16] + "=",
            "routeKey": route_key,
            "stage": "$default",
            "time": _format_time(now),
            "timeEpoch": int(now.timestamp() * 1000),
        },
        "isBase64Encoded": False,
    }
    if cookies:
        event["cookies"] = cookies
    if raw_query:
        query: dict[str, str] = {}
        for key, value in parse_qsl(raw_query, keep_blank_values=True):
            query[key] = f"{query[key]},{value}" if key in query else value
        event["queryStringParameters"] = query
    if path_parameters:
        event["pathParameters"] = path_parameters
    if body:
        if _is_text(merged.get("content-type", "")):
            try:
                event["body"] = body.decode("utf-8")
            except UnicodeDecodeError:
                event["body"] = base64.b64encode(body).decode()
                event["isBase64Encoded"] = True
        else:
            event["body"] = base64.b64encode(body).decode()
            event["isBase64Encoded"] = True
    return event


def cors_headers(config: Any, origin: str | None, preflight: bool, request_headers: str = "") -> dict[str, str]:
    """The CORS headers API Gateway adds for ``config`` (an HttpApi CorsConfiguration)."""
    if not config or not origin:
        return {}
    if config is True or isinstance(config, str):
        config = {"AllowOrigins": ["*" if config is True else config.strip("'")],
                  "AllowMethods": ["*"], "AllowHeaders": ["*"]}
    origins = [str(o) for o in config.get("AllowOrigins") or []]
    if "*" in origins:
        allow_origin = "*"
    elif origin in origins:
        allow_origin = origin
    else:
        return {}
    out = {"access-control-allow-origin": allow_origin}
    if config.get("AllowCredentials") in (True, "true"):
        out["access-control-allow-credentials"] = "true"
    if preflight:
        methods = [str(m) for m in config.get("AllowMethods") or []]
        allowed_headers = [str(h) for h in config.get("AllowHeaders") or []]
        if methods:
            out["access-control-allow-methods"] = ",".join(methods)
        if "*" in allowed_headers and request_headers:
            out["access-control-allow-headers"] = request_headers
        elif allowed_headers:
            out["access-control-allow-headers"] = ",".join(allowed_headers)
        if config.get("MaxAge") is not None:
            out["access-control-max-age"] = str(config["MaxAge"])
    elif config.get("ExposeHeaders"):
        out["access-control-expose-headers"] = ",".join(str(h) for h in config["ExposeHeaders"])
    return out


class HttpApiServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # Connections waiting to be accepted: socketserver's 5 reset the sixth of a burst (a page's readers, a load test).
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], routes: list[Route], apis: dict[str | None, dict[str, Any]],
                 account_id: str = DEFAULT_ACCOUNT_ID, issuer: LocalIssuer | None = None):
        self.routes = routes
        self.issuer = issuer
        self.apis = apis
        self.account_id = account_id
        super().__init__(address, _Handler)

    def cors_for(self, route: Route | None) -> Any:
        """The CorsConfiguration of the route's API (without a route: the first API that has one)."""
        if route is not None:
            return (self.apis.get(route.api_id) or {}).get("CorsConfiguration")
        for config in self.apis.values():
            if (config or {}).get("CorsConfiguration"):
                return config["CorsConfiguration"]
        return None


class _Handler(BaseHTTPRequestHandler):
    server: HttpApiServer
    protocol_version = "HTTP/1.1"
    server_version = "commentguard-local"
    timeout = 30  # an idle keep-alive connection does not hold a thread forever

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("http: " + format, *args)

    def __getattr__(self, name: str) -> Any:
        # Every method reaches the routing, as at API Gateway: one it does not route (TRACE, QUERY, ...)
        # gets 404 or 405, where http.server would answer 501 by itself.
        if name.startswith("do_"):
            return self._handle
        raise AttributeError(name)

    # -- helpers

    def _read_body(self) -> bytes | None:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            total = 0
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                total += size
                if total > MAX_BODY:
                    return None
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return None
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, headers: dict[str, str] | list[tuple[str, str]], body: bytes) -> None:
        self.send_response(status)
        items = headers.items() if isinstance(headers, dict) else headers
        names = set()
        for name, value in items:
            if name.lower() in ("content-length", "connection", "transfer-encoding"):
                continue
            names.add(name.lower())
            self.send_header(name, value)
        if "content-type" not in names and body:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("apigw-requestid", uuid.uuid4().hex[:16] + "=")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, payload: dict[str, Any], extra: dict[str, str] | None = None) -> None:
        self._send(status, {"Content-Type": "application/json", **(extra or {})},
                   json.dumps(payload).encode())

    # -- the request

    def _handle(self) -> None:
        started = time.monotonic()
        method = self.command.upper()
        split = urlsplit(self.path)
        raw_path = split.path or "/"
        decoded_path = unquote(raw_path)
        peer = self.client_address[0]
        source_ip = peer
        forwarded = self.headers.get("X-Forwarded-For")
        if forwarded and _is_loopback(peer):
            first = forwarded.split(",")[0].strip()
            if first:
                source_ip = first
        origin = self.headers.get("Origin")

        path_matches = [r for r in self.server.routes if r.pattern.match(decoded_path)]
        route = next((r for r in path_matches if r.method in (method, "ANY")), None)
        cors_config = self.server.cors_for(route or (path_matches[0] if path_matches else None))

        if method == "OPTIONS" and cors_config and route is None and origin:
            headers = cors_headers(cors_config, origin, preflight=True,
                                   request_headers=self.headers.get("Access-Control-Request-Headers", ""))
            self._send(204, headers, b"")
            log.info("%s %s -> CORS preflight 204 (%s)", method, raw_path, source_ip)
            return
        if route is None:
            status = 405 if path_matches else 404
            message = "Method Not Allowed" if path_matches else "Not Found"
            self._json(status, {"message": message}, cors_headers(cors_config, origin, preflight=False))
            log.info("%s %s -> %d %s (%s)", method, raw_path, status, message, source_ip)
            return

        body = self._read_body()
        if body is None:
            self.close_connection = True
            self._json(413, {"message": "Request Entity Too Large"})
            return
        match = route.pattern.match(decoded_path)
        assert match is not None
        path_parameters = {name: match.group(f"p{i}") for i, name in enumerate(route.params)}
        event = build_event(
            method=method,
            raw_path=raw_path,
            raw_query=split.query,
            headers=list(self.headers.items()),
            body=body,
            source_ip=source_ip,
            route_key=route.route_key,
            path_parameters=path_parameters or None,
            protocol=self.request_version,
            account_id=self.server.account_id,
        )
        try:
            authorize(route, event, self.server.issuer)
        except Unauthorized as exc:
            self._json(401, {"message": "Unauthorized"},
                       {**cors_headers(cors_config, origin, preflight=False), "WWW-Authenticate": exc.challenge})
            log.info("%s %s -> 401 Unauthorized: %s (%s)", method, raw_path, exc, source_ip)
            return
        event["headers"].setdefault("x-forwarded-for", source_ip)
        event["headers"].setdefault("x-forwarded-proto", "http")
        event["headers"].setdefault("x-forwarded-port", str(self.server.server_address[1]))

        try:
            result = route.function.invoke(event)
            status, headers, payload = to_http_response(result)
        except Exception:
            log.error("%s %s -> %s raised:\n%s", method, raw_path, route.function.logical_id,
                      traceback.format_exc())
            status, headers, payload = 500, [("Content-Type", "application/json")], \
                json.dumps({"message": "Internal Server Error"}).encode()
        for name, value in cors_headers(cors_config, origin, preflight=False).items():
            headers = [(n, v) for n, v in headers if n.lower() != name] + [(name, value)]
        try:
            self._send(status, headers, payload)
        except (BrokenPipeError, ConnectionResetError):
            pass
        log.info("%s %s -> %s %d (%d ms, %s)", method, raw_path, route.function.logical_id, status,
                 (time.monotonic() - started) * 1000, source_ip)


def to_http_response(result: Any) -> tuple[int, list[tuple[str, str]], bytes]:
    """Turn a payload 2.0 handler result into status, headers, body (as API Gateway does)."""
    if not (isinstance(result, dict) and "statusCode" in result):
        # Valid JSON without a statusCode: API Gateway answers 200 with the result as the body.
        body = result if isinstance(result, str) else json.dumps(result)
        return 200, [("Content-Type", "application/json")], body.encode()
    status = int(result["statusCode"])
    headers: list[tuple[str, str]] = [(str(k), str(v)) for k, v in (result.get("headers") or {}).items()]
    for name, values in (result.get("multiValueHeaders") or {}).items():
        headers.extend((str(name), str(v)) for v in values)
    for cookie in result.get("cookies") or []:
        headers.append(("Set-Cookie", str(cookie)))
    body = result.get("body")
    if body is None:
        payload = b""
    elif result.get("isBase64Encoded"):
        payload = base64.b64decode(body)
    else:
        payload = (body if isinstance(body, str) else json.dumps(body)).encode()
    return status, headers, payload
