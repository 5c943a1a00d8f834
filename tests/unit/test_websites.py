import pytest

from commentguard.text.websites import host, spam_trade, template_praise


def test_a_website_s_host_is_read_without_scheme_www_port_or_path():
    assert host("https://www.Casino-Royale.net:8080/bonus?x=1") == "casino-royale.net"
    assert host("megaslots.xyz/free") == "megaslots.xyz"
    assert host("") == host(None) == ""


@pytest.mark.parametrize(("url", "trade"), [
    ("https://livecasino-royale.net", "casino"),
    ("https://writemyessayfast.net/order", "essay"),
    ("https://www.paydayadvance-now.info", "payday"),
    ("https://swissreplicas.shop", "replica"),
    ("https://cheapviagrastore.online", "viagra"),
    ("https://bestseoservices-pro.net", "seo"),
    ("https://instafollowers-cheap.shop", "followers"),
    ("https://cryptoprofitclub.xyz", "crypto"),
])
def test_a_host_that_names_a_trade_comment_spam_sells_is_found_inside_its_run_together_words(url, trade):
    assert spam_trade(url) == trade


@pytest.mark.parametrize("url", [
    "https://www.sweetcrumbbakery.com",
    "https://seoulgardenrestaurant.com",  # "seo" inside "seoul"
    "https://pillsburylaw.com",
    "https://synthesisdesign.co",
    "https://www.kowalskiplumbingandheating.com",
    "https://jenabernathy.substack.com",
    "https://www.facebook.com/casinonight.fundraiser",  # a path, not the host
])
def test_a_reader_s_business_blog_or_profile_names_no_spam_trade(url):
    assert spam_trade(url) is None


@pytest.mark.parametrize("text", [
    "Great post, thanks for sharing!",
    "I have been browsing online more than 3 hours today, yet I never found any interesting article like yours.",
    "Wow, awesome blog layout! How long have you been blogging for?",
    "Hi there, I found your site via Google while searching for a related topic.",
    "Very informative, bookmarked your site.",
    "Keep up the very good works guys!",
    "Thank you for the auspicious writeup.",
])
def test_praise_that_fits_any_post_is_template_praise(text):
    assert template_praise(text)


@pytest.mark.parametrize("text", [
    "Great article, the council should have done this years ago.",
    "Thanks for the update, the detour map helped.",
    "This site has too many ads lately.",
    "I read this paper every day for the high school scores.",
    "Thank you Sarah for covering the zoning meeting, nobody else did.",
])
def test_a_reader_naming_what_they_read_is_no_template_praise(text):
    assert template_praise(text) is None
