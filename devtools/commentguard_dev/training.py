"""Training and evaluating the spam model (dev only: numpy and scikit-learn live here, never in Lambda).

* ``train(data_dir, out_path, extra_examples=None)`` fits the logistic regression on the labelled
  comments (+ moderator feedback) and writes a versioned model file that
  ``commentguard.scoring.spam_model`` loads in pure Python.
* ``evaluate(data_dir, model_a=None, model_b=None)`` runs leave-one-video-out on the four YouTube
  videos plus a fixed blog-comment split, for our scorer and three scikit-learn baselines in the
  same run. Given model files, it also scores them on every held-out set as they are.
* ``compare(model_path_a, model_path_b, data_dir)`` sets two model files side by side on the same
  held-out comments, to decide whether a model retrained with moderator feedback gets promoted.

Each prints its table and returns a dict.

Data (``data_dir`` is the shared data folder, never copied into the repo):
YouTube comments are deduplicated by text across all four videos before any split (repeats
always carry the same label); blog comments are split 70/30 by a stable hash of their text; SMS
messages are another medium and join the training set with a lower weight. Fox News comments
(``toxic/``, labelled for hate, none of them spam) join as ham, split 70/30 the same way: the 30%
is never trained on in ``evaluate`` and gives the false-alarm rate on real news-site comments.

Generalisation choices (each measured leave-one-video-out): numbers are one ignored shape token;
no length feature; word features are pairs and intents only (no single words); character
n-grams only for words of 4+ letters; features confined to a single video are dropped.

spam-2026.12.02 (mean MCC leave-one-video-out 0.911 -> 0.931, pooled AUC 0.9857 -> 0.9914) reads
more of what spammers write, each step measured leave-one-video-out: video timestamps
('<a href="...&t=2m19s">2:19</a>') are times, not links (0.917 with the money and link steps);
addresses in <img>/<script> markup count as links (0.923); amounts glued to their currency
("4000DOLLARS") or in millions are money; "youtu  be/ID" and "watch?v=ID" are links; intents for
misspelled "subscribe", "I made a channel", "my newest sound", 'search "name"', "plz share", a
"selling something" intent ("buy it here", 0.928); "check the views" looks at this page and sends no
one elsewhere (0.931); "paid" alone is no money offer ("I paid $87,000 in taxes", a Fox News comment
held at 0.81; 0.931). These were found by reading the earlier model's out-of-video errors, so 0.931
is the figure of rules written with those comments in view: expect less on videos never seen. The
blog and Fox News sets, which the rules were not written from, did not gain: blog MCC 0.401 -> 0.373
(one ham more held), Fox News comments held 0.32% -> 0.96% (1 -> 3 of 311, all under 0.6).

Citations (2026-12-03). Of the training comments with a link, 282 are spam and 18 genuine, so the
model learnt "a link is spam": a reader citing the Fed's figures was filed as spam (0.93), one
linking Reuters, Wikipedia, a CBO report or a Nature paper held (0.65-0.89), as high as
"Visit cheap-loans-fast.com" (0.83). The data cannot teach otherwise, so ``text/sources.py`` lists the
reference sources a news site's readers cite (governments, statistics, journals, encyclopaedias,
fact-checkers, wire services, major newspapers) and the site adds its own domains (``SITE_DOMAINS``):
such a link becomes ``_source_``, which the model never weighs, and the comment is read for its words
(0.05-0.26). Two training rows change (an SMS each way); the model file was not retrained.

spam-2026.12.03-1 has no "a money amount" feature (``has_money``): it was learnt from prizes in SMS
and YouTube spam, and on a news site amounts are taxes, rents and budgets ("My property tax bill
went up $2,400 this year" held at 0.84; the same text without its amounts 0.02). Leave-one-video-out
mean MCC 0.931 -> 0.934, blog MCC 0.373 -> 0.401 (ham held 5.26% -> 4.21%), Fox News comments held
0.64% -> 0.96% (2 -> 3 of 311, max p 0.765); amounts still count where spam puts them ("[money
amount] per" pairs, the "money offer" intent). Dropping the "money offer" intent too read 0.928.
Of 100 hand-written news-site comments (a QA probe, not training data), 13 -> 6 held by the model;
some crypto "testimonial" spam falls from spam to held (0.90 -> 0.80).
spam-2026.12.03-2: the "asks to be followed" intent no longer reads any "@name" as a handle to follow,
only one after "follow" or a platform ("twitter @mscalifornia95"). News readers address each other so
("@Dave_R your numbers are wrong ... check the county auditor's page", held at 0.56, now 0.20); no
training comment starts so, and "@" stood in 23 genuine and 22 spam texts. Leave-one-video-out mean
MCC 0.934 -> 0.935, pooled AUC 0.9921 -> 0.9920, blog MCC 0.401 (AUC 0.710 -> 0.714), Fox News
comments held 0.96%, unchanged.
spam-2026.12.04-1: nor does it read the name "Instagram" alone as an ask to follow; it takes "follow me", a
handle after a platform, or "my insta". A reader on an entertainment site wrote that the comments on a
singer's Instagram were full of slurs and was filed as spam (0.93; a blind QA probe, the 26th): an intent
that leads somewhere lets the model file. Seven training comments name Instagram, all spam, and three lose
the intent (each still has a link or a handle). Leave-one-video-out mean MCC 0.935 -> 0.934 (Katy Perry's
video 0.937 -> 0.931), pooled AUC 0.9920, blog and Fox News unchanged; that comment now 0.20.
spam-2026.12.04-2: "subscribe" said of the reader's own subscription is no ask for subscribers ("Great
reporting Dana, this is why I subscribe" was filed as spam at 0.94 in blind QA probe 27), unless it is the
trade ("I'll subscribe back"). Leave-one-video-out mean MCC 0.934, pooled AUC 0.9920 -> 0.9919, spams filed
at 0.9 78.4% -> 78.2%; blog and Fox News unchanged.
spam-2026.12.04-3: a bare host ending ".co" or ".io" is a link when its name has four letters or more
("Hot singles in Millbrook waiting 😘 datemenow.co" was approved at 0.11 in blind QA probe 27: the name read as a
word); before, those two needed a hyphen or a digit in the name, as ".ai" still does ("the future.AI will").
Leave-one-video-out unchanged (mean MCC 0.934, AUC 0.9919), spams filed at 0.99 54.3% -> 54.4%.
Dropping "a phone number" (``has_phone``) as well, for readers quoting a public service's number
(a second, independent probe held 4 such complaints at 0.57-0.84), was tried and not shipped:
leave-one-video-out 0.934 -> 0.929, Fox News comments held 0.96% -> 1.29% (the probe: 8 -> 6 of 100).

Tried and not shipped (mean MCC leave-one-video-out, 0.911 as shipped then): dropping the training
comments whose out-of-video prediction confidently contradicts their label (p of the given label
under 0.05 / 0.1 / 0.2: 0.910 / 0.909 / 0.900); adding all-MiniLM-L6-v2 sentence embeddings with a
logistic regression of their own (alone 0.741-0.747, AUC 0.937; blended into our logit at weights
0.3-1.0: 0.885-0.915), which would also break the 1 ms budget per comment. After spam-2026.12.02-5
(mean MCC 0.931): an intent for tech-support and booking-line spam ("support number", "toll free",
"tech support", "helpline", "dial our"; five blog spams rose, 0.28 -> 0.66, 0.71 -> 0.91): mean MCC
and blog MCC unchanged, but its weight (+3.4 logit) held real complaints ("I spent two hours with
Comcast tech support..." 0.16 -> 0.52, "Call the VA customer service number..." 0.54 -> 0.84).
"""

from __future__ import annotations

import csv
import datetime as _dt
import hashlib
import json
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from commentguard.scoring.policy import Thresholds
from commentguard.scoring.spam_model import (
    CHAR_MIN_WORD,
    CHAR_NGRAMS,
    FORMAT,
    SpamModel,
    featurize,
    load_model,
    scoring_text,
)

VIDEOS = ("Psy", "KatyPerry", "LMFAO", "Eminem")
HOLD, SPAM = Thresholds().hold, Thresholds().spam  # policy.py defaults the figures are reported at


@dataclass
class Config:
    """Everything that shapes a trained model; recorded in the model file's meta."""

    C: float = 10.0  # inverse L2 strength of the logistic regression
    blog_weight: float = 0.5
    blog_ham_weight: float | None = None  # None: same as blog_weight
    sms_spam_weight: float = 0.2
    sms_ham_weight: float = 0.1
    # Fox News article comments (toxic/): real news-site comments, hateful or not, none of them spam.
    # They join training as ham so that long, well-formed comments about politics read as ham.
    news_weight: float = 1.0
    feedback_weight: float = 2.0  # a moderator's decision counts more than a corpus label
    use_author: bool = False  # YouTube author names as part of the text
    balance: bool = True  # weigh classes so each sums to the same total
    # The blog annotator labelled one-word, greeting-only and non-English comments spam
    # (LABELING_NOTES.md); as training targets those teach "short = spam", which is wrong on a
    # news site. Such rows (few words, no link/phone/e-mail) stay out of training, never out of tests.
    blog_drop_short_spam: int = 6
    # Features seen in the comments of one single video and nowhere else (artist, song, in-jokes)
    # cannot generalise to another video or site: they are dropped before fitting.
    drop_single_video: bool = True
    # Single words ("follow", "new", "out") are spam words on YouTube and everyday words on a news
    # site; the word view keeps only the pairs ("follow me", "check out") and the intents, while
    # the character n-grams still read each word. (The scorer's 1/sqrt scaling still counts them.)
    word_unigrams: bool = False
    nb_scale: bool = True  # NB-SVM: scale each feature by its naive-Bayes log-count ratio before the LR
    nb_alpha: float = 1.0
    # Drop weights smaller than this (absolute, before quantisation). 0.1 gives the same figures as
    # 0.05 on every held-out set (0.2 lost one blog spam) with a third fewer weights to load.
    prune: float = 0.1
    quant_levels: int = 32767


@dataclass
class Example:
    text: str
    label: int  # 1 = spam
    source: str  # "youtube:Psy", "blog", "sms", "feedback"
    weight: float = 1.0


# --------------------------------------------------------------------------------------------
# Data


def _dedupe_key(text: str) -> str:
    return " ".join(text.replace("\ufeff", " ").split())


def load_youtube(data_dir: Path, use_author: bool = False) -> dict[str, list[Example]]:
    """The four videos, each text kept once across all of them (first video wins)."""
    seen: set[str] = set()
    out: dict[str, list[Example]] = {}
    for path in sorted((data_dir / "youtube").glob("Youtube0*.csv")):
        video = path.stem.split("-", 1)[1]
        out[video] = [
            Example(scoring_text(r["CONTENT"], r["AUTHOR"]) if use_author else r["CONTENT"], int(r["CLASS"]),
                    f"youtube:{video}")
            for r in _unique_rows(path, "CONTENT", seen)
        ]
    return out


def _unique_rows(path: Path, column: str, seen: set):
    """A CSV's rows whose ``column`` text was not seen before (repeats carry the same label)."""
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            key = _dedupe_key(r[column])
            if key not in seen:
                seen.add(key)
                yield r


def _stable_fraction(text: str) -> float:
    return int(hashlib.sha256(_dedupe_key(text).encode()).hexdigest()[:8], 16) / 0xFFFFFFFF


def load_blog(data_dir: Path) -> tuple[list[Example], list[Example]]:
    """Blog comments split by a stable hash of the text: (train 70%, test 30%)."""
    train, test, seen = [], [], set()
    path = next((data_dir / "blog_comments").glob("*.csv"))
    for r in _unique_rows(path, "comment", seen):
        ex = Example(r["comment"], int(r["label"]), "blog")
        (test if _stable_fraction(r["comment"]) < 0.3 else train).append(ex)
    return train, test


def load_sms(data_dir: Path) -> list[Example]:
    out, seen = [], set()
    with open(data_dir / "sms" / "SMSSpamCollection", encoding="utf-8", errors="replace") as f:
        for line in f:
            label, _, text = line.rstrip("\n").partition("\t")
            if not text or text in seen:
                continue
            seen.add(text)
            out.append(Example(text, 1 if label == "spam" else 0, "sms"))
    return out


def load_news(data_dir: Path) -> tuple[list[Example], list[Example]]:
    """Fox News comments as ham (their labels are about hate, not spam): (train 70%, test 30%) by hash."""
    train, test, seen = [], [], set()
    path = data_dir / "toxic" / "fox-news-comments.train.jsonl"
    if not path.exists():
        return train, test
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            text = json.loads(line).get("text") or ""
            key = _dedupe_key(text)
            if not key or key in seen:
                continue
            seen.add(key)
            ex = Example(text, 0, "news")
            (test if _stable_fraction(text) < 0.3 else train).append(ex)
    return train, test


def feedback_examples(extra: Iterable[dict] | None) -> list[Example]:
    """Moderator decisions: {"text": ..., "label": "spam"|"ham"} (label 1/0 accepted too); a decision
    that said nothing of spam (label null or absent: only of abuse) teaches this model nothing."""
    out = []
    for item in extra or ():
        label = item.get("label")
        if label is None:
            continue
        if isinstance(label, str):
            label = {"spam": 1, "ham": 0}[label.strip().lower()]
        # Train from the raw content when the feedback keeps it; else from the stored normalised text.
        text = item.get("text") or item.get("normalized") or ""
        if text:
            out.append(Example(text, int(label), "feedback"))
    return out


def _idiosyncratic_blog_spam(ex: Example, min_words: int) -> bool:
    from commentguard.text.normalize import normalize, tokenize

    if ex.source != "blog" or not ex.label or not min_words:
        return False
    norm = normalize(ex.text)
    s = norm.signals
    if s["urls"] or s["sources"] or s["shorteners"] or s["phones"] or s["emails"]:
        return False
    words = [t for t in tokenize(norm.text) if t.isalpha()]
    return len(words) < min_words or not text_is_mostly_english(words)


_COMMON_EN = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "of",
        "in",
        "is",
        "it",
        "you",
        "i",
        "this",
        "that",
        "for",
        "on",
        "with",
        "your",
        "are",
        "was",
        "be",
        "have",
        "my",
        "thanks",
        "thank",
        "great",
        "nice",
        "good",
        "very",
        "article",
        "post",
        "tutorial",
        "please",
        "help",
        "me",
        "can",
        "how",
        "what",
    ]
)


def text_is_mostly_english(words: list[str]) -> bool:
    return any(w in _COMMON_EN for w in words)


def _weighted(examples: list[Example], cfg: Config) -> list[Example]:
    weights = {"blog": cfg.blog_weight, "feedback": cfg.feedback_weight, "news": cfg.news_weight}
    out = []
    for ex in examples:
        if _idiosyncratic_blog_spam(ex, cfg.blog_drop_short_spam):
            continue
        if ex.source == "sms":
            w = cfg.sms_spam_weight if ex.label else cfg.sms_ham_weight
        elif ex.source == "blog" and not ex.label and cfg.blog_ham_weight is not None:
            w = cfg.blog_ham_weight
        else:
            w = weights.get(ex.source, 1.0)
        if w > 0:
            out.append(Example(ex.text, ex.label, ex.source, w))
    return out


# --------------------------------------------------------------------------------------------
# Fitting our model


_FEATURE_CACHE: dict[str, dict[str, float]] = {}


def _features(text: str) -> dict[str, float]:
    f = _FEATURE_CACHE.get(text)
    if f is None:
        f = _FEATURE_CACHE[text] = featurize(text)
    return f


def _matrix(texts: Sequence[str], vocab: dict[str, int] | None = None):
    import numpy as np
    from scipy.sparse import csr_matrix

    grow = vocab is None
    vocab = {} if vocab is None else vocab
    indptr, indices, data = [0], [], []
    for t in texts:
        for k, v in _features(t).items():
            j = vocab.get(k)
            if j is None:
                if not grow:
                    continue
                j = vocab[k] = len(vocab)
            indices.append(j)
            data.append(v)
        indptr.append(len(indices))
    m = csr_matrix((np.array(data), np.array(indices), np.array(indptr)), shape=(len(texts), len(vocab)))
    return m, vocab


def _is_word_unigram(key: str) -> bool:
    return key.startswith("w:") and " " not in key and not key.startswith("w:_")


def _drop_single_video(X, vocab: dict[str, int], examples: list[Example]):
    """Keep the columns not confined to one YouTube video (signals always stay)."""
    import numpy as np

    sources = sorted({e.source for e in examples})
    code = {s: i for i, s in enumerate(sources)}
    src = np.array([code[e.source] for e in examples])
    coo = X.tocoo()
    n = X.shape[1]
    first = np.full(n, -1)
    multi = np.zeros(n, dtype=bool)
    for j, s_ in zip(coo.col, src[coo.row], strict=True):
        if first[j] == -1:
            first[j] = s_
        elif first[j] != s_:
            multi[j] = True
    single_video = np.array([s.startswith("youtube:") for s in sources])
    names = [None] * n
    for k, j in vocab.items():
        names[j] = k
    keep = np.array(
        [multi[j] or first[j] < 0 or not single_video[first[j]] or names[j].startswith("s:") for j in range(n)]
    )
    idx = np.flatnonzero(keep)
    new_vocab = {names[j]: i for i, j in enumerate(idx)}
    return X[:, idx], new_vocab


def _fit_linear(examples: list[Example], cfg: Config):
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    X, vocab = _matrix([e.text for e in examples])
    if not cfg.word_unigrams:
        idx = [j for k, j in sorted(vocab.items(), key=lambda kv: kv[1]) if not _is_word_unigram(k)]
        names = {j: k for k, j in vocab.items()}
        X, vocab = X[:, idx], {names[j]: i for i, j in enumerate(idx)}
    if cfg.drop_single_video:
        X, vocab = _drop_single_video(X, vocab, examples)
    y = np.array([e.label for e in examples])
    w = np.array([e.weight for e in examples], dtype=float)
    if cfg.balance:
        for cls in (0, 1):
            mask = y == cls
            if mask.any():
                w[mask] *= w.sum() / 2 / w[mask].sum()
    w *= len(w) / w.sum()
    r = None
    if cfg.nb_scale:
        from scipy.sparse import diags

        Xb = (X > 0).astype(float)
        p = cfg.nb_alpha + np.asarray(Xb[y == 1].T @ w[y == 1]).ravel()
        q = cfg.nb_alpha + np.asarray(Xb[y == 0].T @ w[y == 0]).ravel()
        r = np.log((p / p.sum()) / (q / q.sum()))
        X = X @ diags(r)
    clf = LogisticRegression(C=cfg.C, solver="liblinear", max_iter=2000)
    clf.fit(X, y, sample_weight=w)
    coef = clf.coef_[0] if r is None else clf.coef_[0] * r
    return coef, float(clf.intercept_[0]), vocab


def _export(coef, bias: float, vocab: dict[str, int], cfg: Config, version: str, calibration, meta) -> dict:
    keep = {k: float(coef[j]) for k, j in vocab.items() if abs(coef[j]) >= cfg.prune or k.startswith("s:")}
    top = max(abs(v) for v in keep.values()) if keep else 1.0
    scale = top / cfg.quant_levels
    groups: dict[str, dict[str, int]] = {"w": {}, "c": {}, "s": {}}
    for k, v in sorted(keep.items()):
        q = round(v / scale)
        if q:
            groups[k[0]][k[2:]] = q
    return {
        "format": FORMAT,
        "version": version,
        "scale": scale,
        "bias": round(bias, 6),
        "calibration": [round(calibration[0], 6), round(calibration[1], 6)],
        "char_min_word": CHAR_MIN_WORD,
        "char_ngrams": list(CHAR_NGRAMS),
        "intents": "signals",
        "words": groups["w"],
        "chars": groups["c"],
        "signals": groups["s"],
        "meta": meta,
    }


def _platt(scores, labels) -> tuple[float, float]:
    """Fit p = sigmoid(a * z + b) on held-out raw scores (unweighted: real class proportions)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    z = np.asarray(scores, dtype=float).reshape(-1, 1)
    lr = LogisticRegression(C=1e4, solver="lbfgs")
    lr.fit(z, np.asarray(labels))
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def fit_model(examples: list[Example], cfg: Config, version: str, calibrate_groups=None, meta=None) -> SpamModel:
    """Fit on examples, calibrate on out-of-group predictions, return the loaded pure-Python model.

    ``calibrate_groups``: lists of example indices; each group is predicted by a model fitted on
    the rest, and a Platt scaling fitted on those honest scores turns raw scores into probabilities.
    """
    weighted = _weighted(examples, cfg)
    coef, bias, vocab = _fit_linear(weighted, cfg)
    calibration = (1.0, 0.0)
    if calibrate_groups:
        zs, ys = [], []
        for group in calibrate_groups:
            held = set(group)
            rest = [e for i, e in enumerate(examples) if i not in held]
            c2, b2, v2 = _fit_linear(_weighted(rest, cfg), cfg)
            inner = SpamModel(_export(c2, b2, v2, cfg, "inner", (1.0, 0.0), {}))
            for i in group:
                zs.append(inner.raw_score(examples[i].text))
                ys.append(examples[i].label)
        calibration = _platt(zs, ys)
    doc = _export(coef, bias, vocab, cfg, version, calibration, dict(meta or {}, config=cfg.__dict__))
    return SpamModel(doc), doc


def _calibration_groups(examples: list[Example]) -> list[list[int]]:
    """Out-of-group calibration sets: one per YouTube video, plus the blog comments as one group."""
    groups: dict[str, list[int]] = {}
    for i, e in enumerate(examples):
        if e.source.startswith("youtube:") or e.source == "blog":
            groups.setdefault(e.source, []).append(i)
    return list(groups.values())


# --------------------------------------------------------------------------------------------
# Public: train


def _next_version(out_path: Path) -> str:
    day = _dt.date.today().strftime("%Y.%m.%d")
    n = 1
    try:
        old = json.loads(out_path.read_text(encoding="utf-8")).get("version", "")
        m = re.fullmatch(r"spam-(\d{4}\.\d{2}\.\d{2})-(\d+)", old)
        if m and m.group(1) == day:
            n = int(m.group(2)) + 1
    except (OSError, ValueError):
        pass
    return f"spam-{day}-{n}"


def train(data_dir, out_path, extra_examples=None, config: Config | None = None, version: str | None = None) -> dict:
    """Train on all the labelled data (+ moderator feedback) and write a versioned model file.

    ``extra_examples``: [{"text": ..., "label": "spam"|"ham"}, ...] from moderators.
    Returns {"version", "path", "bytes", "examples", "features", ...}.
    """
    cfg = config or Config()
    data_dir, out_path = Path(data_dir), Path(out_path)
    t0 = time.perf_counter()
    videos = load_youtube(data_dir, cfg.use_author)
    blog_train, blog_test = load_blog(data_dir)
    news_train, news_test = load_news(data_dir)
    examples = [e for v in VIDEOS for e in videos[v]] + blog_train + blog_test + load_sms(data_dir)
    examples += news_train + news_test
    feedback = feedback_examples(extra_examples)
    examples += feedback
    version = version or _next_version(out_path)
    meta = {
        "trained": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "data": "youtube (4 videos, deduplicated) + blog_comments + sms (low weight) + fox news comments as ham"
        + (f" + {len(feedback)} moderator examples" if feedback else ""),
        "examples": len(examples),
    }
    _, doc = fit_model(examples, cfg, version, _calibration_groups(examples), meta)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    out_path.write_text(payload, encoding="utf-8")
    info = {
        "version": version,
        "path": str(out_path),
        "bytes": len(payload.encode()),
        "examples": len(examples),
        "feedback_examples": len(feedback),
        "features": len(doc["words"]) + len(doc["chars"]) + len(doc["signals"]),
        "calibration": doc["calibration"],
        "seconds": round(time.perf_counter() - t0, 1),
    }
    print(
        f"trained {version}: {info['examples']} examples ({len(feedback)} from moderators), "
        f"{info['features']} weights, {info['bytes'] / 1024:.0f} KiB -> {out_path} in {info['seconds']} s"
    )
    return info


# --------------------------------------------------------------------------------------------
# Metrics


def metrics(labels: Sequence[int], probs: Sequence[float], hold: float = HOLD, spam: float = SPAM) -> dict:
    from sklearn.metrics import matthews_corrcoef, roc_auc_score

    pred = [1 if p >= hold else 0 for p in probs]
    ham = [p for p, y in zip(probs, labels, strict=True) if y == 0]
    pos = [p for p, y in zip(probs, labels, strict=True) if y == 1]
    return {
        "n": len(labels),
        "mcc": float(matthews_corrcoef(labels, pred)) if 0 < sum(labels) < len(labels) else float("nan"),
        "auc": float(roc_auc_score(labels, probs)) if 0 < sum(labels) < len(labels) else float("nan"),
        "recall": sum(p >= hold for p in pos) / len(pos) if pos else float("nan"),
        "spam_filed": sum(p >= spam for p in pos) / len(pos) if pos else float("nan"),
        "ham_held": sum(p >= hold for p in ham) / len(ham) if ham else float("nan"),
        "ham_spam": sum(p >= spam for p in ham) / len(ham) if ham else float("nan"),
    }


# --------------------------------------------------------------------------------------------
# Baselines (scikit-learn, trained on exactly the same examples and weights as ours)


def _baselines():
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.naive_bayes import MultinomialNB
    from sklearn.pipeline import make_pipeline

    return {
        "tfidf-word12+LR": lambda: make_pipeline(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1),
            LogisticRegression(C=10, max_iter=2000),
        ),
        "tfidf-char_wb25+LR": lambda: make_pipeline(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1),
            LogisticRegression(C=10, max_iter=2000),
        ),
        "counts+MultinomialNB": lambda: make_pipeline(CountVectorizer(ngram_range=(1, 1)), MultinomialNB(alpha=1.0)),
    }


def _fit_baseline(factory, examples: list[Example], cfg: Config):
    import numpy as np

    weighted = _weighted(examples, cfg)
    pipe = factory()
    y = np.array([e.label for e in weighted])
    w = np.array([e.weight for e in weighted])
    if cfg.balance:
        for cls in (0, 1):
            m = y == cls
            w[m] *= w.sum() / 2 / w[m].sum()
    step = pipe.steps[-1][0]
    pipe.fit([e.text for e in weighted], y, **{f"{step}__sample_weight": w})
    return pipe


# --------------------------------------------------------------------------------------------
# Public: evaluate and compare


def _folds(data_dir: Path, cfg: Config):
    """(name, train examples, test examples, calibration groups) for each held-out set."""
    videos = load_youtube(data_dir, cfg.use_author)
    blog_train, blog_test = load_blog(data_dir)
    sms = load_sms(data_dir)
    news_train, news_test = load_news(data_dir)
    for held in VIDEOS:
        train_ex = [e for v in VIDEOS if v != held for e in videos[v]] + blog_train + blog_test + sms + news_train
        yield f"video:{held}", train_ex, videos[held]
    train_ex = [e for v in VIDEOS for e in videos[v]] + blog_train + sms + news_train
    yield "blog(30%)", train_ex, blog_test
    if news_test:
        # Real news-site comments no model saw (all ham for spam purposes): the false-alarm rate
        # a news site would see. Trained like the blog fold (all videos, never these comments).
        yield "news(30%)", train_ex, news_test


def _fmt_row(name: str, fold_names: list[str], per_fold: dict[str, dict]) -> str:
    vids = [f for f in fold_names if f.startswith("video:")]
    mccs = [per_fold[f]["mcc"] for f in vids]
    cells = " ".join(f"{per_fold[f]['mcc']:6.3f}" for f in fold_names)
    pooled = per_fold["_videos"]
    return (
        f"{name:24s} {cells} | {sum(mccs) / len(mccs):6.3f} | {pooled['auc']:.4f} {pooled['recall']:6.1%}"
        f" {pooled['ham_held']:6.2%} {pooled['ham_spam']:6.2%}"
    )


def evaluate(data_dir, model_a=None, model_b=None, config: Config | None = None, baselines: bool = True) -> dict:
    """Leave-one-video-out (+ blog split) for our scorer, the scikit-learn baselines and given model files.

    For every held-out set, our scorer and each baseline are trained on the other sets only (blog
    comments and SMS may join training, the held-out video never does). ``model_a``/``model_b`` are
    model files scored as they are (they may have seen the held-out data: use them to compare files,
    not as a generalisation figure). Figures are at the policy's default thresholds: MCC, recall and
    "ham held" at p >= 0.5, "ham spam" (ham that would be filed as spam) at p >= 0.9.
    """
    cfg = config or Config()
    data_dir = Path(data_dir)
    t0 = time.perf_counter()
    probs_by: dict[str, dict[str, list[float]]] = {}
    labels_by: dict[str, list[int]] = {}
    fixed = {}
    for tag, path in (("model_a", model_a), ("model_b", model_b)):
        if path:
            m = path if isinstance(path, SpamModel) else load_model(path)
            fixed[f"{tag}:{m.version}"] = m
    fold_names = []
    fitted: dict[int, tuple] = {}  # folds sharing one training list share the fitted models
    for name, train_ex, test_ex in _folds(data_dir, cfg):
        fold_names.append(name)
        texts = [e.text for e in test_ex]
        labels = [e.label for e in test_ex]
        labels_by[name] = labels
        if id(train_ex) not in fitted:
            ours, _ = fit_model(train_ex, cfg, f"eval-{name}", _calibration_groups(train_ex))
            pipes = {b: _fit_baseline(f, train_ex, cfg) for b, f in _baselines().items()} if baselines else {}
            fitted[id(train_ex)] = (ours, pipes)
        ours, pipes = fitted[id(train_ex)]
        probs_by.setdefault("ours", {})[name] = ours.predict_proba(texts)
        for bname, pipe in pipes.items():
            probs_by.setdefault(bname, {})[name] = list(pipe.predict_proba(texts)[:, 1])
        for fname, m in fixed.items():
            probs_by.setdefault(fname, {})[name] = m.predict_proba(texts)
    vids = [f for f in fold_names if f.startswith("video:")]
    news = [f for f in fold_names if f.startswith("news")]
    fold_names = [f for f in fold_names if f not in news]
    header = f"{'system':24s} " + " ".join(f"{f.split(':')[-1][:6]:>6s}" for f in fold_names)
    header += " | meanMCC| AUC    recall  hamHeld hamSpam  (pooled over the 4 videos)"
    print(f"leave-one-video-out + blog split, thresholds hold {HOLD} / spam {SPAM}")
    print(header)
    report = {"folds": fold_names, "systems": {}}
    for sname, by_fold in probs_by.items():
        per = {f: metrics(labels_by[f], by_fold[f]) for f in fold_names}
        per["_videos"] = metrics([y for f in vids for y in labels_by[f]], [p for f in vids for p in by_fold[f]])
        per["_mean_video_mcc"] = sum(per[f]["mcc"] for f in vids) / len(vids)
        print(_fmt_row(sname, fold_names, per))
        report["systems"][sname] = per
    for sname, per in report["systems"].items():
        b = per["blog(30%)"]
        print(
            f"  blog(30%) {sname:22s} MCC {b['mcc']:.3f} AUC {b['auc']:.3f} recall {b['recall']:.1%}"
            f" ham held {b['ham_held']:.2%} ham spam {b['ham_spam']:.2%}"
        )
    for sname in ("ours",):
        pooled_y = [y for f in vids for y in labels_by[f]]
        pooled_p = [p for f in vids for p in probs_by[sname][f]]
        cells = []
        for t in (0.8, 0.9, 0.95, 0.99):
            m = metrics(pooled_y, pooled_p, spam=t)
            cells.append(f"{t}: ham {m['ham_spam']:.2%} spam {m['spam_filed']:.1%}")
        print(f"  filed as spam at thresholds (4 videos pooled, {sname}): " + "; ".join(cells))
    for f in news:
        print(f"  {f}: Fox News comments (ham for spam purposes), never trained on")
        for sname, by_fold in probs_by.items():
            probs = by_fold[f]
            m = metrics(labels_by[f], probs)
            report["systems"][sname][f] = m
            print(
                f"  {f} {sname:22s} n {m['n']} ham held {m['ham_held']:.2%} ham spam {m['ham_spam']:.2%}"
                f" max p {max(probs):.3f}"
            )
    report["seconds"] = round(time.perf_counter() - t0, 1)
    return report


def compare(model_path_a, model_path_b, data_dir, holdout=None) -> dict:
    """Score two model files on the same comments: each video, the blog 30% split, and ``holdout``.

    ``train`` fits on all the shared data, so for two shipped files the video and blog rows show
    fit, not generalisation (they catch a retrained model that forgot what the old one knew). The
    deciding row is ``holdout``: moderator decisions ({"text", "label": "spam"|"ham"}) that neither
    model was trained on, e.g. the most recent 20% of feedback kept back from ``train``.
    """
    data_dir = Path(data_dir)
    a, b = load_model(model_path_a), load_model(model_path_b)
    videos = load_youtube(data_dir, False)
    _, blog_test = load_blog(data_dir)
    sets = {f"video:{v}": videos[v] for v in VIDEOS}
    sets["blog(30%)"] = blog_test
    if holdout:
        sets["holdout"] = feedback_examples(holdout)
    out: dict = {"a": a.version, "b": b.version, "sets": {}}
    print(f"{'set':16s} {'model':28s}   MCC    AUC    recall hamHeld hamSpam")
    flips = 0
    for name, ex in sets.items():
        texts, labels = [e.text for e in ex], [e.label for e in ex]
        pa, pb = a.predict_proba(texts), b.predict_proba(texts)
        ma, mb = metrics(labels, pa), metrics(labels, pb)
        flips += sum((x >= HOLD) != (y >= HOLD) for x, y in zip(pa, pb, strict=True))
        out["sets"][name] = {"a": ma, "b": mb}
        for tag, m, model in (("a", ma, a), ("b", mb, b)):
            print(
                f"{name:16s} {tag}:{model.version:26s} {m['mcc']:6.3f} {m['auc']:.4f} {m['recall']:6.1%}"
                f" {m['ham_held']:6.2%} {m['ham_spam']:6.2%}"
            )
    out["hold_decisions_changed"] = flips
    print(f"hold decisions that differ between the two models: {flips}")
    return out
