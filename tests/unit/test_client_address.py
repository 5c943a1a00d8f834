"""Which address a request came from, where the site's proxy names the reader's in a header."""

from __future__ import annotations

import logging

import pytest

from commentguard.api.client import address_in, client_address

PEER = "203.0.113.9"  # the proxy, as API Gateway sees it


@pytest.mark.parametrize("value, port_always, address", [
    ("198.51.100.7", False, "198.51.100.7"),
    ("198.51.100.7:46532", False, "198.51.100.7"),
    ("[2001:db8::1]:443", False, "2001:db8::1"),
    ("2001:db8::1", False, "2001:db8::1"),
    ("2001:db8::1:46532", True, "2001:db8::1"),  # CloudFront-Viewer-Address: the port after an IPv6 address
    ("198.51.100.7:46532", True, "198.51.100.7"),
    ("10.0.0.1, 198.51.100.7", False, "198.51.100.7"),  # the nearest proxy's entry, not what the reader wrote
])
def test_a_proxys_header_gives_the_readers_address_with_its_port_cut_off(value, port_always, address):
    assert address_in(value, port_always) == address


@pytest.mark.parametrize("value", ["", "unknown", "198.51.100.999", "1.2.3.4, not-an-address"])
def test_a_header_without_an_address_gives_none(value):
    assert address_in(value) is None


def test_with_no_header_named_the_peer_is_the_reader():
    assert client_address({"cloudfront-viewer-address": "198.51.100.7:1"}, PEER, "") == PEER


def test_the_named_header_is_read_whatever_its_case_and_a_missing_one_falls_back_to_the_peer_with_a_warning(caplog):
    headers = {"cloudfront-viewer-address": "2001:db8::7:51000"}
    assert client_address(headers, PEER, "CloudFront-Viewer-Address") == "2001:db8::7"
    with caplog.at_level(logging.WARNING):
        assert client_address({}, PEER, "CloudFront-Viewer-Address") == PEER
    assert "no client address in the configured header" in caplog.text


def test_a_header_that_holds_no_address_is_logged_by_its_length_never_its_value(caplog):
    with caplog.at_level(logging.WARNING):
        assert client_address({"x-real-ip": "198.51.100.23, unknown"}, PEER, "X-Real-IP") == PEER
    assert "198.51.100.23" not in caplog.text and all(r.value_length == 22 for r in caplog.records)
