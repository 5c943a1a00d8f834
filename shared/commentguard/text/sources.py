"""Reference sources: the hosts a news site's readers link to when they cite their evidence.

The spam data learns "a link is spam" (282 of 1,433 spam comments carry one, 18 of 6,636 genuine
ones), which is true on YouTube and wrong under a news article, where readers cite the report, the
statistics or another outlet's story. A link to one of these hosts is read as a citation (the
``_source_`` placeholder), not as a link: it neither counts as one nor brings its host's words.

A moderator's knowledge written once, like the shorteners: governments and parliaments, public
statistics and central banks, universities and journals, encyclopaedias and fact-checkers, wire
services, public broadcasters and major newspapers, in the languages a European or American news
site's readers write (their own country's broadcaster, statistics office and city hall are what they
cite). Public bodies under a country's code are matched by the name every country gives them
("gov.*": tuik.gov.tr; "gob.*", "gouv.*", "go.*", "ac.*", ...). Hosts that anyone can publish on (video
and social sites, blogs, document and file hosts, contributor networks) are left out: spammers link
there. A site adds its own domains (its other articles) with the ``SiteDomains`` parameter, and the
sources its readers cite that are not here (a regional paper, its city's sites) with ``ReferenceSources``
(``cited_sources``).

Pure standard library: this runs inside the scoring Lambda.
"""

from __future__ import annotations

from collections.abc import Mapping

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
        # Public bodies under a country code, by the names countries give them ("*": any two-letter code)
        "gov.*", "gob.*", "gouv.*", "govt.*", "gv.*", "go.*", "gub.*", "mil.*", "edu.*", "ac.*", "bel.tr",
        "fgov.be", "riik.ee", "gc.ca", "gouv.qc.ca", "who.int", "coe.int", "eurostat.ec.europa.eu",
        # European governments, parliaments, statistics offices, central banks and capitals' city halls
        "bundesregierung.de", "bundestag.de", "bundesrat.de", "bundesverfassungsgericht.de", "destatis.de",
        "bundesbank.de", "rki.de", "berlin.de", "hamburg.de", "muenchen.de", "stadt-koeln.de", "frankfurt.de",
        "service-public.fr", "vie-publique.fr", "insee.fr", "banque-france.fr", "assemblee-nationale.fr",
        "senat.fr", "conseil-constitutionnel.fr", "conseil-etat.fr", "courdecassation.fr", "paris.fr",
        "marseille.fr", "lyon.fr", "ine.es", "boe.es", "bde.es", "congreso.es", "senado.es", "poderjudicial.es",
        "madrid.es", "barcelona.cat", "istat.it", "governo.it", "camera.it", "senato.it", "bancaditalia.it",
        "cbs.nl", "rijksoverheid.nl", "overheid.nl", "tweedekamer.nl", "dnb.nl", "amsterdam.nl", "belgium.be",
        "statbel.be", "statistik.at", "parlament.gv.at", "wien.gv.at", "parlament.ch", "ine.pt", "bportugal.pt",
        "parlamento.pt", "scb.se", "riksdagen.se", "regeringen.se", "ssb.no", "regjeringen.no", "dst.dk",
        "ft.dk", "stat.fi", "cso.ie", "oireachtas.ie", "ons.gov.uk", "ibb.istanbul", "tbmm.gov.tr",
        # Wire services, public broadcasters and newspapers of Europe, the Americas, the Arab world and Asia
        "dpa.com", "tagesschau.de", "ard.de", "zdf.de", "deutschlandfunk.de", "br.de", "ndr.de", "wdr.de",
        "swr.de", "mdr.de", "hr.de", "rbb24.de", "zeit.de", "sueddeutsche.de", "faz.net", "welt.de",
        "handelsblatt.com", "taz.de", "tagesspiegel.de", "stern.de", "n-tv.de", "orf.at", "derstandard.at",
        "diepresse.com", "apa.at", "srf.ch", "rts.ch", "swissinfo.ch", "nzz.ch", "tagesanzeiger.ch",
        "lefigaro.fr", "liberation.fr", "francetvinfo.fr", "francetelevisions.fr", "radiofrance.fr",
        "rfi.fr", "lesechos.fr", "ouest-france.fr", "leparisien.fr", "lexpress.fr", "lepoint.fr",
        "nouvelobs.com", "la-croix.com", "mediapart.fr", "20minutes.fr", "tv5monde.com", "rtbf.be", "vrt.be",
        "lesoir.be", "standaard.be", "efe.com", "europapress.es", "elpais.com", "elmundo.es", "rtve.es",
        "abc.es", "lavanguardia.com", "eldiario.es", "elconfidencial.com", "elperiodico.com", "20minutos.es",
        "publico.es", "cadenaser.com", "ansa.it", "rai.it", "corriere.it", "repubblica.it", "lastampa.it",
        "ilsole24ore.com", "ilpost.it", "anp.nl", "nos.nl", "nrc.nl", "volkskrant.nl", "trouw.nl", "lusa.pt",
        "rtp.pt", "publico.pt", "expresso.pt", "pap.pl", "tvn24.pl", "rp.pl", "wyborcza.pl", "svt.se",
        "sverigesradio.se", "dn.se", "svd.se", "nrk.no", "aftenposten.no", "dr.dk", "politiken.dk", "yle.fi",
        "hs.fi", "rte.ie", "irishtimes.com", "independent.ie", "irishexaminer.com", "thejournal.ie",
        "news.sky.com", "channel4.com", "itv.com", "scotsman.com", "ekathimerini.com", "aa.com.tr",
        "trt.net.tr", "trthaber.com", "hurriyet.com.tr", "milliyet.com.tr", "sozcu.com.tr", "cumhuriyet.com.tr",
        "ntv.com.tr", "haberturk.com", "bianet.org", "t24.com.tr", "aljazeera.net", "alarabiya.net",
        "skynewsarabia.com", "aawsat.com", "ahram.org.eg", "annahar.com", "alquds.co.uk", "independentarabia.com",
        "thenationalnews.com", "arabnews.com", "hespress.com", "haaretz.com", "timesofisrael.com", "jpost.com",
        "ctvnews.ca", "globalnews.ca", "radio-canada.ca", "lapresse.ca", "ledevoir.com", "nationalpost.com",
        "thestar.com", "clarin.com", "lanacion.com.ar", "infobae.com", "eluniversal.com.mx", "milenio.com",
        "eltiempo.com", "emol.com", "latercera.com", "folha.uol.com.br", "g1.globo.com", "estadao.com.br",
        "nhk.or.jp", "japantimes.co.jp", "kyodonews.net", "asahi.com", "yna.co.kr", "scmp.com",
        "straitstimes.com", "thehindu.com", "indianexpress.com", "hindustantimes.com", "dawn.com", "sbs.com.au",
        "theage.com.au", "news24.com", "dailymaverick.co.za",
        # Fact-checkers outside the English-speaking world, and Wikipedia's sister projects
        "correctiv.org", "maldita.es", "newtral.es", "pagellapolitica.it", "teyit.org", "misbar.com",
        "wikimedia.org", "wikidata.org", "wikisource.org",
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


def cited_sources(env: Mapping[str, str]) -> frozenset[str]:
    """What a site's readers cite: ``REFERENCE_SOURCES``, the site's own domains (SITE_DOMAINS) and the sources it
    adds (REFERENCE_SOURCES), which, unlike its own domains, may not post its comment form."""
    return (REFERENCE_SOURCES | parse_domains(env.get("SITE_DOMAINS", ""))
            | parse_domains(env.get("REFERENCE_SOURCES", "")))


def is_source(host: str, sources: frozenset[str] = REFERENCE_SOURCES) -> bool:
    """Whether ``host`` or one of its parent domains is in ``sources``; under a two-letter country code,
    ``sources`` may name it with "*" ("gov.*" takes "tuik.gov.tr")."""
    if not host or not sources:
        return False
    parts = host.lower().strip(".").split(".")
    if any(".".join(parts[i:]) in sources for i in range(len(parts))):
        return True
    if len(parts) < 3 or len(parts[-1]) != 2:
        return False
    wild = [*parts[:-1], "*"]
    return any(".".join(wild[i:]) in sources for i in range(len(wild) - 1))
