import pytest

from commentguard.text.profiles import is_profile_link


@pytest.mark.parametrize("url", [
    "https://www.facebook.com/gregk",
    "https://facebook.com/jane.doe/",
    "https://m.facebook.com/profile.php?id=100012345",
    "https://www.facebook.com/jane.doe?mibextid=ZbWKwL",
    "https://x.com/jane_d",
    "https://twitter.com/@jane_d",
    "https://www.linkedin.com/in/greg-k-123/",
    "https://bsky.app/profile/jane.bsky.social",
    "https://mastodon.social/@jane",
    "https://www.threads.net/@jane",
    "https://github.com/janed",
])
def test_a_person_s_own_page_on_a_social_network_is_a_profile_link(url):
    assert is_profile_link(url)


@pytest.mark.parametrize("url", [
    "https://www.gregkphotography.com",
    "https://rx-medsdirect.shop/",
    "https://www.facebook.com",  # the network, nobody's page
    "https://m.facebook.com/groups/deals",
    "https://www.facebook.com/share/abc123",
    "https://www.linkedin.com/company/acme",
    "https://x.com/jane/status/123",  # a post
    "https://facebook.com.offers.ru/jane",  # not the network's host
    "https://www.youtube.com/@janevlogs",  # where spam sends readers for views
    "https://www.tiktok.com/@jane",
    "https://www.instagram.com/jane",
    "",
    None,
])
def test_a_site_a_post_a_group_or_a_video_channel_is_not_a_profile_link(url):
    assert not is_profile_link(url)
