"""Reference sources: the hosts a news site's readers link to when they cite their evidence.

The spam data learns "a link is spam" (282 of 1,433 spam comments carry one, 18 of 6,636 genuine
ones), which is true on YouTube and wrong under a news article, where readers cite the report, the
statistics or another outlet's story. A link to one of these hosts is read as a citation (the
``_source_`` placeholder), not as a link: it neither counts as one nor brings its host's words.

A moderator's knowledge written once, like the shorteners: governments and parliaments, public
statistics and central banks, universities and journals, encyclopaedias and fact-checkers, wire
services, public broadcasters and major newspapers. Hosts that anyone can publish on (video and
social sites, blogs, document and file hosts, contributor networks) are left out: spammers link
there. A site adds its own domains (its other articles) with the ``SiteDomains`` parameter.

Pure standard library: this runs inside the scoring Lambda.
"""

from __future__ import annotations

_US_STATES = (
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id", "il", "in", "ia", "ks",
    "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc",
    "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy",
    "pr", "gu", "vi", "as", "mp",
)

# Matched against the host and each of its parent domains ("www.bls.gov" -> "bls.gov", "gov").
REFERENCE_SOURCES = frozenset(
    [
        # Governments, parliaments, courts and international bodies (any .gov, .mil, .edu, .int host)
        "gov", "mil", "edu", "int", "gov.uk", "parliament.uk", "nhs.uk", "police.uk", "ac.uk", "gc.ca",
        "canada.ca", "gov.au", "edu.au", "govt.nz", "ac.nz", "gov.ie", "gov.in", "gov.sg", "gov.za", "gov.br",
        "gob.mx", "gob.es", "gouv.fr", "bund.de", "admin.ch", "gv.at", "europa.eu", "un.org", "worldbank.org",
        "imf.org", "oecd.org", "wto.org", "unesco.org", "icj-cij.org",
        # Statistics, central banks, polling
        "stlouisfed.org", "newyorkfed.org", "bankofengland.co.uk", "pewresearch.org", "gallup.com",
        "ourworldindata.org", "kff.org",
        # Journals, preprints and publishers of research
        "doi.org", "arxiv.org", "nature.com", "science.org", "sciencedirect.com", "springer.com", "wiley.com",
        "thelancet.com", "nejm.org", "bmj.com", "jamanetwork.com", "plos.org", "pnas.org", "cell.com",
        "cambridge.org", "academic.oup.com", "jstor.org", "ssrn.com", "nber.org",
        # Encyclopaedias, dictionaries, archives, fact-checkers, law
        "wikipedia.org", "britannica.com", "merriam-webster.com", "web.archive.org", "snopes.com",
        "factcheck.org", "politifact.com", "fullfact.org", "oyez.org", "courtlistener.com",
        # Wire services, public broadcasters, newspapers and magazines
        "reuters.com", "apnews.com", "afp.com", "bbc.co.uk", "bbc.com", "npr.org", "pbs.org", "c-span.org",
        "propublica.org", "nytimes.com", "washingtonpost.com", "wsj.com", "ft.com", "economist.com",
        "theguardian.com", "bloomberg.com", "cnn.com", "foxnews.com", "nbcnews.com", "cbsnews.com",
        "abcnews.go.com", "usatoday.com", "latimes.com", "chicagotribune.com", "bostonglobe.com",
        "politico.com", "politico.eu", "axios.com", "thehill.com", "theatlantic.com", "newyorker.com",
        "time.com", "newsweek.com", "cnbc.com", "marketwatch.com", "nypost.com", "nationalreview.com",
        "washingtonexaminer.com", "msnbc.com", "vox.com", "businessinsider.com", "aljazeera.com", "dw.com",
        "france24.com", "euronews.com", "lemonde.fr", "spiegel.de", "cbc.ca", "theglobeandmail.com",
        "abc.net.au", "smh.com.au", "independent.co.uk", "telegraph.co.uk", "thetimes.co.uk",
    ]
    # American states' and localities' own sites, which predate .gov and still serve ("osa.state.mn.us",
    # "ci.seattle.wa.us", "k12.ca.us"): under a state's .us domain, names go to public bodies.
    + [f"{state}.us" for state in _US_STATES]
)


def parse_domains(value: str) -> frozenset[str]:
    """A site's own domains from a parameter ("example.com, news.example.org"): lower case, no
    scheme, no "www.", no path."""
    out = set()
    for part in value.replace("\n", ",").split(","):
        host = part.strip().lower().split("://", 1)[-1].split("/", 1)[0].strip(".")
        host = host.removeprefix("www.")
        if host:
            out.add(host)
    return frozenset(out)


def is_source(host: str, sources: frozenset[str] = REFERENCE_SOURCES) -> bool:
    """Whether ``host`` or one of its parent domains is in ``sources``."""
    if not host or not sources:
        return False
    parts = host.lower().strip(".").split(".")
    return any(".".join(parts[i:]) in sources for i in range(len(parts)))
