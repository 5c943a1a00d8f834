"""Which address a request came from, where the site's proxy names the reader's in a header."""

from __future__ import annotations

import logging

import pytest

from commentguard.api.client import PROXY_HEADER, address_in, client_address, client_country, proxy_token

PEER = "203.0.113.9"  # the proxy, as API Gateway sees it
TOKEN = proxy_token(b"the stack's key")
PROXIED = {PROXY_HEADER: TOKEN}  # what the site's proxy adds to every request it forwards


def _never() -> str:
    raise AssertionError("the stack's key is read only where a header is named")


@pytest.mark.parametrize("value, port_always, address", [
    ("198.51.100.7", False, "198.51.100.7"),
    ("198.51.100.7:46532", False, "198.51.100.7"),
    ("[2001:db8::1]:443", False, "2001:db8::1"),
    ("2001:db8::1", False, "2001:db8::1"),
    ("2001:db8::1:46532", True, "2001:db8::1"),  # CloudFront-Viewer-Address: the port after an IPv6 address
    ("198.51.100.7:46532", True, "198.51.100.7"),
    ("::ffff:203.0.113.77:443", True, "203.0.113.77"),  # an IPv4 reader through an IPv6 connection
    ("10.0.0.1, 198.51.100.7", False, "198.51.100.7"),  # the nearest proxy's entry, not what the reader wrote
])
def test_a_proxys_header_gives_the_readers_address_with_its_port_cut_off(value, port_always, address):
    assert address_in(value, port_always) == address


@pytest.mark.parametrize("value", ["", "unknown", "198.51.100.999", "1.2.3.4, not-an-address"])
def test_a_header_without_an_address_gives_none(value):
    assert address_in(value) is None


def test_with_no_header_named_the_peer_is_the_reader():
    assert client_address({"cloudfront-viewer-address": "198.51.100.7:1"}, PEER, "", _never) == PEER


def test_the_named_header_is_read_whatever_its_case_and_a_missing_one_falls_back_to_the_peer_with_a_warning(caplog):
    headers = {"cloudfront-viewer-address": "2001:db8::7:51000", **PROXIED}
    assert client_address(headers, PEER, "CloudFront-Viewer-Address", lambda: TOKEN) == "2001:db8::7"
    with caplog.at_level(logging.WARNING):
        assert client_address(PROXIED, PEER, "CloudFront-Viewer-Address", lambda: TOKEN) == PEER
    assert "no client address in the configured header" in caplog.text


def test_a_header_that_holds_no_address_is_logged_by_its_length_never_its_value(caplog):
    with caplog.at_level(logging.WARNING):
        assert client_address({"x-real-ip": "198.51.100.23, unknown", **PROXIED}, PEER, "X-Real-IP", lambda: TOKEN) == PEER
    assert "198.51.100.23" not in caplog.text and all(r.value_length == 22 for r in caplog.records)


@pytest.mark.parametrize("sent", [{}, {PROXY_HEADER: ""}, {PROXY_HEADER: "guess"}, {PROXY_HEADER: TOKEN[:-1] + ("1" if TOKEN.endswith("0") else "0")}])
def test_an_address_header_sent_without_the_proxys_token_is_not_believed(sent, caplog):
    headers = {"cloudfront-viewer-address": "198.51.100.50:443", **sent}  # a reader calling the API directly
    with caplog.at_level(logging.WARNING):
        assert client_address(headers, PEER, "CloudFront-Viewer-Address", lambda: TOKEN) == PEER
    assert "without the proxy's token" in caplog.text and TOKEN not in caplog.text


COUNTRY = "CloudFront-Viewer-Country"


@pytest.mark.parametrize("value, country", [("DE", "DE"), (" gb ", "GB"), ("XX", None), ("T1", None), ("", None),
                                            ("Germany", None), ("D", None)])
def test_the_cdns_header_gives_the_readers_country_as_an_iso_code_and_none_for_no_country(value, country):
    assert client_country({"cloudfront-viewer-country": value, **PROXIED}, COUNTRY, lambda: TOKEN) == country


def test_a_country_header_is_believed_only_from_the_proxy_and_only_where_the_site_names_it(caplog):
    caplog.set_level(logging.WARNING)
    assert client_country({"cloudfront-viewer-country": "RU"}, COUNTRY, lambda: TOKEN) is None
    assert "its country header is not believed" in caplog.text
    assert client_country({"cloudfront-viewer-country": "RU", **PROXIED}, "", _never) is None
    assert client_country({"cf-ipcountry": "RU", **PROXIED}, "CF-IPCountry", lambda: TOKEN) == "RU"


def test_a_proxy_that_forwards_no_country_is_logged_as_the_misconfiguration_it_is(caplog):
    caplog.set_level(logging.WARNING)
    assert client_country(dict(PROXIED), COUNTRY, lambda: TOKEN) is None
    assert "no country in the configured header" in caplog.text
