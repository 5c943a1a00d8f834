"""Which address a request came from: API Gateway's peer, or the reader's, as the site's proxy says.

Behind CloudFront, or when the site's backend posts for its readers, API Gateway's ``sourceIp`` is the
proxy's, the same for every reader: one flood limit, one reports budget and one spam mark for all of
them. ``ClientAddressHeader`` names the header that proxy sets to the reader's address (CloudFront's
``CloudFront-Viewer-Address``, say).

A reader may call the API's own endpoint directly and write any address in that header, and so report a
comment off the page alone, pass the flood limit, or blame another address. The header is believed only
from the proxy: it also sends ``X-Commentguard-Proxy`` with ``proxy_token`` (CloudFront's custom origin
header; ``commentguard proxy-token`` prints it), a value derived from the stack's key, which no reader has.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import re
from collections.abc import Callable

from ..keys import keyed_hash

log = logging.getLogger(__name__)


# CloudFront writes the viewer's port after the address, an IPv6 one too ("2001:db8::1:46532"): the port
# must be cut off there, where elsewhere "2001:db8::1:443" would be an address.
_PORT_ALWAYS = {"cloudfront-viewer-address"}


def address_in(value: str, port_always: bool = False) -> str | None:
    """The address a proxy's header gives: "198.51.100.7", "198.51.100.7:46532", "[2001:db8::1]:443", or
    with ``port_always`` CloudFront's "2001:db8::1:46532"; in a list ("X-Forwarded-For: a, b"), the last,
    which the nearest proxy added (those before it, the reader may have written). None for anything else."""
    last = value.rsplit(",", 1)[-1].strip()
    if last.startswith("[") and "]" in last:
        candidates = [last[1:last.index("]")]]
    elif port_always:
        candidates = [last.rsplit(":", 1)[0]]
    else:  # an address, or an IPv4 one with its port
        candidates = [last, last.rsplit(":", 1)[0]] if last.count(":") == 1 else [last]
    for candidate in candidates:
        try:
            ip = ipaddress.ip_address(candidate)
        except ValueError:
            continue
        mapped = getattr(ip, "ipv4_mapped", None)  # "::ffff:203.0.113.77": an IPv4 reader, shown as one
        return str(mapped or ip)
    return None


PROXY_HEADER = "x-commentguard-proxy"
_COUNTRY = re.compile(r"[A-Z]{2}")


def proxy_token(key: bytes) -> str:
    """What the site's proxy sends in ``PROXY_HEADER``: the stack's key (HashKeySecret) stands behind it."""
    return keyed_hash(key, "proxy", "client-address-header")


def from_proxy(headers: dict[str, str], token: Callable[[], str]) -> bool:
    """Whether the request came through the site's proxy: it carries ``proxy_token`` in ``PROXY_HEADER``."""
    return hmac.compare_digest(headers.get(PROXY_HEADER, "").encode(), token().encode())


def client_country(headers: dict[str, str] | None, header: str, token: Callable[[], str]) -> str | None:
    """The reader's country as the site's CDN tells it in ``header`` (CloudFront's ``CloudFront-Viewer-Country``,
    Cloudflare's ``CF-IPCountry``): an ISO 3166-1 code, believed from the proxy alone, as the address is. None
    where none is told, or a code for no country (Cloudflare's XX, unknown; T1, Tor): unknown is no evidence."""
    if not header:
        return None
    headers = headers or {}
    value = headers.get(header.lower(), "").strip().upper()
    if not from_proxy(headers, token):
        if value:
            log.warning("a request without the proxy's token; its country header is not believed",
                        extra={"header": PROXY_HEADER})
        return None
    if not value:
        # The proxy forwards no country: with CloudFront, the header is missing from the origin request policy.
        log.warning("no country in the configured header; no country list can hold this comment",
                    extra={"header": header})
        return None
    return value if _COUNTRY.fullmatch(value) and value != "XX" else None


def client_address(headers: dict[str, str] | None, source_ip: str, header: str, token: Callable[[], str]) -> str:
    """The reader's address: from ``header`` when the site names one, the request came through its proxy
    (``token``, asked for only then) and the header holds an address; else the peer API Gateway saw (logged:
    a proxy that stopped setting the header puts every reader behind one)."""
    if not header:
        return source_ip
    headers = headers or {}
    if not from_proxy(headers, token):
        # Straight to the API's endpoint, or a proxy not yet given the token: its address header proves nothing.
        log.warning("a request without the proxy's token; its address header is not believed",
                    extra={"header": PROXY_HEADER})
        return source_ip
    name = header.lower()
    value = headers.get(name)
    address = address_in(value, name in _PORT_ALWAYS) if value else None
    if address is None:
        # What the header held is not logged: it may well be the reader's address in a form not read here.
        log.warning("no client address in the configured header; using the peer's",
                    extra={"header": header, "value_length": len(value or "")})
        return source_ip
    return address
