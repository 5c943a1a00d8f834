"""The local toxicity scorer: how likely a comment is abusive or hateful, from the comment text alone.

Two parts, blended by weights the training fitted (``commentguard train`` writes both files):

* a lexical logistic regression in pure Python, built like the spam model (``spam_model.py``):
  word uni-/bi-grams and character 2-5-grams of the normalised text, a few signals (shouting,
  stretched-out words), and hits on a compiled list of abusive terms (``models/toxicity-terms.txt``,
  source named in the file) that the Fox News data is too small to teach. Every weight maps back
  to a word, so the reason names the words that pushed towards abuse;
* a sentence encoder (all-MiniLM-L6-v2 fine-tuned on the labelled comments, int8 weights in
  ``toxicity-encoder.bin``, run by onnxruntime with the graph in ``toxicity-encoder.onnx``, both in the
  scoring function's encoder layer: ``encoder_files``,
  its matrix products in int8):
  it reads meaning ("they should all be sent back") that n-grams of 1,000 comments cannot. A
  linear head over its pooled states (the model file names which: the last layer's [CLS] state
  and the means of the last two layers) and the lexical logit, trained with the encoder. The encoder file carries the model
  version it was trained with; a model file refuses another one (lexical-only, in its version).

The encoder needs numpy and onnxruntime and is loaded lazily on the first scoring call (not at
import): where either or the encoder files are missing, or ``TOXICITY_ENCODER=false``, the scorer
runs lexical-only with its own calibration, and says so in its version string.

What holds a comment whatever the model says: the shipped list of slurs and calls to violence
(``models/toxicity-hold-terms.txt``), to which a site adds its own terms with ``TOXIC_TERMS``
(comma-separated), and rules for language the 1,000 labelled comments are too few to teach (or, labelled
for hate against groups, do not call abuse): a group of people called vermin, parasites, animals ("they
are animals", "every one of them is a parasite") and a call for violence against people ("hang every
one of those traitors", "he deserves to die") or a wish of harm ("I hope your family gets cancer"),
in ``incitement`` (and in German, French, Spanish, Italian, Portuguese, Turkish and Dutch: "Il faudrait pendre le
maire", "Ojalá te mueras", in ``violence_abroad``), and an insult or a threat aimed at the reader ("you are a stupid idiot", "shut up
you retard", in ``insults``; "du bist ein Vollidiot", "sei un coglione", in ``insults_abroad``; "I know where you live", in ``threats``; sexual harassment and doxxing in
``harassment`` and ``doxxing``); where none of them holds, a comment close in meaning to a sentence on
the list of abusive phrases (``phrases``). Each names what it found in the reason. The
rules and lists read a masked spelling ("f*ck off", "you st*pid id1ot") as the word meant
(``text/unmask.py``); the model reads the text as it was trained to.
"""

from __future__ import annotations

import json
import logging
import math
import os
import struct
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache, partial
from itertools import pairwise
from pathlib import Path

from ..settings import flag, words
from ..text.language import FUNCTION_WORDS, detect, foreign, foreign_to_english_models
from ..text.normalize import PLACEHOLDERS, READ_CHARS, normalize, sentence_tokens, tokenize
from ..text.unmask import Unmasker
from .base import CommentInput, Effect, Finding, Reason
from .coded_hate import WORDS as CODED_WORDS
from .coded_hate import coded_hate, hate_code_in_text
from .coded_hate import reason as coded_hate_reason
from .dehumanising_abroad import dehumanising_abroad
from .doxxing import contact_details, home_address, hunt_call, whereabouts
from .encoder_files import ENCODER_GRAPH_PATH, ENCODER_PATH
from .harassment import WORDS as HARASSMENT_WORDS
from .harassment import sexual_harassment
from .incitement import ORDERS, dehumanising, group_contempt, harm_wish, named_all_of_them, violent_call
from .incitement import WORDS as INCITEMENT_WORDS
from .insults import WORDS as INSULT_WORDS
from .insults import crawled_back, insult, name_calling
from .insults_abroad import insult_abroad
from .linear import CharGramWeights, char_grams, style_features
from .linear import sigmoid as _sigmoid
from .own_group import is_group_word, own_group, without_group
from .phrases import (
    PHRASE_ENCODER_ID,
    PHRASE_ENCODER_PATH,
    SIMILAR,
    Phrase,
    PhraseMatcher,
    load_phrases,
    load_vectors,
    parse_phrases,
)
from .threats import WORDS as THREAT_WORDS
from .threats import threat, threat_to_anyone, veiled_threat
from .violence_abroad import death_wish_abroad, violent_call_abroad

MODELS = Path(__file__).resolve().parent.parent / "models"
MODEL_PATH = MODELS / "toxicity.json"
ENCODER_MAGIC = b"commentguard-minilm/2\n"
TERMS_PATH = MODELS / "toxicity-terms.txt"
HOLD_TERMS_PATH = MODELS / "toxicity-hold-terms.txt"
LIST_HITS_TO_HOLD = 2
# The toxicity score of a comment a rule or list holds for abuse, at least: the score a moderator sorts by
# and ``commentguard score`` prints says what the verdict says. The model learnt the data's label, hate
# against a group, and reads a threat or an insult to the reader as it reads any angry comment (on the
# probes' threats, insults and doxxing against their genuine comments, its ROC AUC is 0.58; 0.82 with
# this floor, where the Fox News test share moves by 0.001).
HELD_TOXICITY = 0.9
FORMAT = "commentguard-toxicity/2"
MAX_CHARS = READ_CHARS
# Word pieces the encoder reads (with [CLS]/[SEP]); the lexical part reads all. A longer comment
# keeps its first ENCODER_HEAD_TOKENS pieces and its last ones: the closing words often carry the
# abuse. 64 pieces cost half of 128; of the head sizes 0/8/16/24/32/48/62 cross-validated on the
# training share, 8-16 read best (the model file records the one it was trained with).
ENCODER_MAX_TOKENS = 64
ENCODER_HEAD_TOKENS = 8
# What the encoder head reads when the model file does not say: L2-normalised pools of hidden
# states, (kind, layer) with kind "mean" (over all pieces) or "cls" and layer 1-6.
DEFAULT_POOLING = (("mean", 6),)
# Per layer, in the encoder file under "<layer>.<key>" (linear ones as "<key>.q" int8 + "<key>.s").
_LAYER_KEYS = ("qkv", "qkv.b", "o", "o.b", "ln1.g", "ln1.b", "i", "i.b", "o2", "o2.b", "ln2.g", "ln2.b")
LINEAR_WEIGHTS = frozenset({"qkv", "o", "i", "o2"})
# The arrays the encoder graph reads, in the encoder file's names.
ENCODER_WEIGHTS = ("word.q", "word.s", "pos_type", "ln.g", "ln.b") + tuple(
    name
    for i in range(6)
    for k in _LAYER_KEYS
    for name in ((f"{i}.{k}.q", f"{i}.{k}.s") if k in LINEAR_WEIGHTS else (f"{i}.{k}",))
)
_CACHE_LIMIT = 50_000


# --------------------------------------------------------------------------------------------
# Lexicon


def _fold(term: str) -> str:
    return " ".join(tokenize(normalize(term).text))


def load_terms(path: str | Path | None = None) -> tuple[str, ...]:
    with open(path or TERMS_PATH, encoding="utf-8") as f:
        lines = (line.strip() for line in f)
        return tuple(t for t in (_fold(line) for line in lines if line and not line.startswith("#")) if t)


def parse_terms(value: str) -> tuple[str, ...]:
    """A site's own terms from ``TOXIC_TERMS``: comma- or newline-separated, normalised like comments."""
    return tuple(dict.fromkeys(t for t in map(_fold, words(value)) if t))


class TermMatcher:
    """Whole-word (or whole-phrase) matching on normalised tokens."""

    def __init__(self, terms: Iterable[str]) -> None:
        self.words: set[str] = set()
        self.phrases: list[tuple[str, ...]] = []
        for t in terms:
            parts = tuple(t.split())
            if len(parts) == 1:
                self.words.add(parts[0])
            elif parts:
                self.phrases.append(parts)

    def find(self, tokens: Sequence[str]) -> list[str]:
        hits = [t for t in dict.fromkeys(tokens) if t in self.words]
        if self.phrases:
            joined = " " + " ".join(tokens) + " "
            hits.extend(" ".join(p) for p in self.phrases if " " + " ".join(p) + " " in joined)
        return hits


@lru_cache(maxsize=4)
def _kept_matcher(terms: tuple[str, ...]) -> TermMatcher:
    """The toxic terms moderators keep (``word_lists``), normalised like comments: built once for each version
    of the list a warm function meets, not for each comment."""
    return TermMatcher(t for t in map(_fold, terms) if t)


@lru_cache(maxsize=4)
def _kept_unmasker(vocabulary: frozenset[str], terms: tuple[str, ...]) -> Unmasker:
    """An unmasker that knows the words of the toxic terms moderators keep as well as ``vocabulary``, as the
    scorer's knows the deployed terms: "remo@ner" is read as a kept "remoaner"."""
    return Unmasker(vocabulary | _kept_matcher(terms).words)


# --------------------------------------------------------------------------------------------
# Lexical features: shared by training (devtools) and inference.


def _signals(signals: dict[str, float], hits: int) -> dict[str, float]:
    out: dict[str, float] = {}
    out.update(style_features(signals))
    if hits:
        out["abusive_terms"] = min(1.0, hits / 2)
    out["log_length"] = round(min(1.0, math.log1p(signals.get("length", 0)) / 8), 4)
    return out


_SIGNAL_WORDS = {
    "shouting": "shouting in capitals",
    "repeated_punct": "repeated punctuation",
    "elongated": "stretched-out words",
    "abusive_terms": "words from the list of abusive terms",
}


_clauses = partial(sentence_tokens, orders=ORDERS)


def _analyse(text: str, matcher: TermMatcher):
    """Tokens, distinct words, list hits and signals (what the model reads), and the normalised text."""
    norm = normalize(text[:MAX_CHARS])
    tokens = tokenize(norm.text)
    words = [t for t in dict.fromkeys(tokens) if t not in PLACEHOLDERS]
    hits = matcher.find(tokens)
    return tokens, words, hits, _signals(norm.signals, len(hits)), norm.text


def featurize(text: str, matcher: TermMatcher) -> dict[str, float]:
    """Sparse features, keys "w:" (word n-grams), "c:" (char n-grams), "s:" (signals)."""
    tokens, words, _, sig, _ = _analyse(text, matcher)
    features: dict[str, float] = {}
    wgrams = set(tokens) | {a + " " + b for a, b in pairwise(tokens)}
    if wgrams:
        scale = 1 / math.sqrt(len(wgrams))
        for g in wgrams:
            features["w:" + g] = scale
    counts: dict[str, int] = {}
    for word in words:
        for g in char_grams(word):
            counts[g] = counts.get(g, 0) + 1
    total = sum(counts.values())
    if total:
        scale = 1 / math.sqrt(total)
        for g, c in counts.items():
            features["c:" + g] = c * scale
    for name, value in sig.items():
        features["s:" + name] = value
    return features


# --------------------------------------------------------------------------------------------
# The sentence encoder (numpy and onnxruntime, loaded on first use)


class WordPiece:
    """BERT's uncased tokenizer (basic split + greedy longest-match word pieces), standard library only."""

    def __init__(self, vocab_text: str) -> None:
        pieces = vocab_text.split("\n")
        self.ids = dict(zip(pieces, range(len(pieces)), strict=True))
        self.ids.pop("", None)
        self.unk, self.cls, self.sep = self.ids["[UNK]"], self.ids["[CLS]"], self.ids["[SEP]"]
        self._cache: dict[str, list[int]] = {}

    @staticmethod
    def basic(text: str) -> list[str]:
        text = text.lower()
        if not text.isascii():
            text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
        out: list[str] = []
        for w in text.split():
            if w.isalnum():
                out.append(w)
                continue
            cur = ""
            for ch in w:
                cp = ord(ch)
                cat = unicodedata.category(ch)
                if (
                    33 <= cp <= 47
                    or 58 <= cp <= 64
                    or 91 <= cp <= 96
                    or 123 <= cp <= 126
                    or cat.startswith("P")
                    or (0x4E00 <= cp <= 0x9FFF)
                ):
                    if cur:
                        out.append(cur)
                        cur = ""
                    out.append(ch)
                elif cp in (0, 0xFFFD) or cat in ("Cc", "Cf"):
                    continue
                else:
                    cur += ch
            if cur:
                out.append(cur)
        return out

    def word(self, w: str) -> list[int]:
        hit = self._cache.get(w)
        if hit is not None:
            return hit
        ids: list[int] = []
        start, n = 0, len(w)
        if n > 100:
            start, ids = n, [self.unk]
        while start < n:
            end, found = n, None
            while start < end:
                piece = w[start:end] if start == 0 else "##" + w[start:end]
                found = self.ids.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                ids = [self.unk]
                break
            ids.append(found)
            start = end
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[w] = ids
        return ids

    def encode(self, text: str, max_len: int = ENCODER_MAX_TOKENS, head: int | None = None) -> list[int]:
        """[CLS] + word pieces + [SEP], at most max_len; past that, the first ``head`` pieces and the
        last ones (or just the first ones if ``head`` is None)."""
        keep = max_len - 2
        ids: list[int] = []
        for w in self.basic(text):
            ids.extend(self.word(w))
            if head is None and len(ids) >= keep:
                break
        if len(ids) > keep:
            ids = ids[:keep] if head is None or head >= keep else ids[:head] + ids[len(ids) - (keep - head) :]
        return [self.cls, *ids, self.sep]


def read_encoder_file(path: str | Path) -> tuple[dict, dict]:
    """The encoder file's header and its arrays, as read-only numpy views of a memory map (no copy).

    Layout (written by ``devtools/commentguard_dev/toxicity_training.py``): ``ENCODER_MAGIC``, the
    header length (uint32 little-endian), a JSON header ``{"arrays": {name: [dtype, shape, offset]}}``,
    then each array's raw bytes at its offset (64-byte aligned, offsets from the start of the file).
    """
    import mmap

    import numpy as np

    with open(path, "rb") as f:
        mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    if mm[: len(ENCODER_MAGIC)] != ENCODER_MAGIC:
        raise ValueError(f"{path}: not a commentguard encoder file")
    at = len(ENCODER_MAGIC)
    (n,) = struct.unpack("<I", mm[at : at + 4])
    header = json.loads(mm[at + 4 : at + 4 + n])
    arrays = {}
    for name, (dtype, shape, offset) in header["arrays"].items():
        count = math.prod(shape)
        arrays[name] = np.frombuffer(mm, dtype=dtype, count=count, offset=offset).reshape(shape)
    return header, arrays


@lru_cache(maxsize=2)
def _word_piece(vocab: bytes) -> WordPiece:
    """One tokenizer per vocabulary: the toxicity model's encoder and the published one (``phrases``) share
    theirs, built once (8 ms of a cold start)."""
    return WordPiece(vocab.decode("utf-8"))


class MiniLMEncoder:
    """all-MiniLM-L6-v2's forward pass, run by onnxruntime: word-piece ids in, pools of hidden states out.

    The graph (``toxicity-encoder.onnx``, built by ``commentguard_dev.encoder_graph``) holds
    the computation only; its weights come from the encoder file, memory-mapped and handed over as
    they are: each layer's linear weights int8, already transposed to (in, out) with query, key and
    value fused, and one float32 scale per output column (the attention's 1/sqrt(32) is in the query
    scales, GELU's 0.5 in the second feed-forward's); the word embeddings int8 too, the graph
    dequantising the rows it looks up. Each linear layer is an int8 matrix product whose input is
    quantised on the fly (onnxruntime's ``DynamicQuantizeMatMul``): half the time of float32 products
    of the same weights (median 4.3 against 9.1 ms a comment, p95 8.8 against 18.8), a third of the
    memory and of the time to open the session. The scores move a little (median 0.004, p95 0.04 on
    the Fox News comments); the hash split's held-out AUC read 0.7882 against 0.7862, the same
    fine-tuned encoder scored both ways.
    """

    def __init__(self, path: str | Path | None = None, *, prepack: bool = True) -> None:
        """``prepack``: onnxruntime lays the int8 weights out for its kernels when the session opens (about
        10 ms a session, a third faster per comment after); without it, a session opens in a third of the
        time."""
        import numpy as np
        import onnxruntime as ort

        self.np = np
        header, A = read_encoder_file(path or ENCODER_PATH)
        # The model version the encoder was fine-tuned with (None: the published weights).
        self.id: str | None = header.get("id")
        self.tokenizer = _word_piece(A["vocab"].tobytes())
        options = ort.SessionOptions()
        # One comment's matrices are small: a thread pool only adds contention on Lambda's share of a core.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        # The graph is built fused (commentguard_dev.encoder_graph): the extended rewrites find nothing to do
        # but cost 5 to 10 ms when a session opens.
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        if not prepack:
            options.add_session_config_entry("session.disable_prepacking", "1")
        # Shared, not copied (add_external_initializers copied every array: +25 ms, +28 MB at first use): the
        # buffers, and the values wrapping them, must live as long as the session.
        self._weights = [
            # A linear layer's scales are a (1, out) row in the file, a vector of its columns in the graph.
            ort.OrtValue.ortvalue_from_numpy(A[name].reshape(-1) if name != "word.s" and name.endswith(".s") else A[name])
            for name in ENCODER_WEIGHTS
        ]
        for name, value in zip(ENCODER_WEIGHTS, self._weights, strict=True):
            options.add_initializer(name, value)
        try:
            self._session = ort.InferenceSession(str(ENCODER_GRAPH_PATH), options, providers=["CPUExecutionProvider"])
        except Exception as e:  # onnxruntime's errors (a missing or mismatched graph) derive from Exception alone
            raise ValueError(f"{ENCODER_GRAPH_PATH}: the encoder graph does not load: {e}") from e

    def embed(self, text: str, max_tokens: int = ENCODER_MAX_TOKENS, head: int = ENCODER_HEAD_TOKENS):
        """The sentence embedding: the last layer's mean, L2 normalised."""
        return self.pooled(text, DEFAULT_POOLING, max_tokens, head)

    def pooled(
        self,
        text: str,
        pooling: Sequence[tuple[str, int]],
        max_tokens: int = ENCODER_MAX_TOKENS,
        head: int = ENCODER_HEAD_TOKENS,
    ):
        """The pools of hidden states that ``pooling`` names, each L2 normalised, concatenated."""
        return self.pooled_ids(self.tokenizer.encode(text, max_tokens, head), pooling)

    def pooled_ids(self, piece_ids: Sequence[int], pooling: Sequence[tuple[str, int]]):
        """``pooled`` from word-piece ids ([CLS] ... [SEP])."""
        np = self.np
        layers = sorted({layer for _, layer in pooling})
        states = dict(
            zip(layers, self._session.run([f"h{n}" for n in layers], {"ids": np.asarray(piece_ids, dtype=np.int64)}),
                strict=True)
        )
        parts = []
        for kind, layer in pooling:
            v = states[layer][0] if kind == "cls" else states[layer].mean(0)
            parts.append(v / (np.linalg.norm(v) + 1e-12))
        return parts[0] if len(parts) == 1 else np.concatenate(parts)


# --------------------------------------------------------------------------------------------
# The model


# Function words never make a useful reason, whatever their weight.
_PLAIN = FUNCTION_WORDS


def _readable(words: Sequence[str]) -> str:
    return ", ".join(f'"{w}"' for w in words)


def _dehumanises(name: str, phrase: str) -> str:
    return f'calls people {name} ("{phrase}"): language that dehumanises'


# The rules that hold a comment on a phrase of it, in the order their reasons are listed, each with
# the sentence that quotes the phrase.
_PHRASE_RULES = (
    ("dehumanising", dehumanising, lambda p: _dehumanises(p.split()[-1], p)),
    ("dehumanising", dehumanising_abroad, lambda p: _dehumanises(p.split()[-1], p)),
    ("dehumanising", group_contempt, lambda p: f'speaks of a whole people with contempt ("{p}")'),
    ("violence", violent_call, lambda p: f'calls for violence against people ("{p}")'),
    ("violence", violent_call_abroad, lambda p: f'calls for violence against people ("{p}")'),
    ("insult", insult, lambda p: f'insults the reader ("{p}")'),
    ("insult", name_calling, lambda p: f'insults someone ("{p}")'),
    ("insult", insult_abroad, lambda p: f'insults the reader ("{p}")'),
    ("insult", crawled_back, lambda p: f'sends people back to where they are said to have crawled from ("{p}")'),
    ("threat", threat, lambda p: f'threatens the reader ("{p}")'),
    ("threat", veiled_threat, lambda p: f'makes a veiled threat ("{p}")'),
    ("threat", threat_to_anyone, lambda p: f'threatens someone ("{p}")'),
    ("sexual_harassment", sexual_harassment, lambda p: f'sexually harasses someone ("{p}")'),
    ("harm_wish", harm_wish, lambda p: f'wishes people harm ("{p}")'),
    ("harm_wish", death_wish_abroad, lambda p: f'wishes people harm ("{p}")'),
    ("doxxing", home_address, lambda p: f'posts where someone lives ("{p}")'),
    ("doxxing", whereabouts, lambda p: f'posts where someone works or where a child goes to school ("{p}")'),
    ("doxxing", contact_details, lambda p: f'posts someone\'s private phone number or car plate to set readers on them ("{p}")'),
    ("doxxing", hunt_call, lambda p: f'calls on readers to find where someone lives or works ("{p}")'),
    ("coded_hate", coded_hate, coded_hate_reason),
)
# Rules that read the comment's raw text (numbers, brackets and punctuation, which the tokens lose): "1488",
# "13/50", "(((them)))", "... one of them. Animals, all of them."
_TEXT_RULES = (
    ("dehumanising", named_all_of_them, lambda named: _dehumanises(*named)),
    ("coded_hate", hate_code_in_text, coded_hate_reason),
)


def _held(scorer: str, reason: Reason) -> Finding:
    """A hold for abuse, scored ``HELD_TOXICITY``: a site's toxicity threshold above that still holds it
    (the policy falls back on the effect)."""
    return Finding(scorer, Effect.HOLD, reason, scores={"toxicity": HELD_TOXICITY})


def _own_encoder(path: str | Path, expected_id: str | None, expected: str, **options) -> MiniLMEncoder:
    """The encoder file at ``path``; ValueError unless it carries ``expected_id`` (``expected`` says what
    that is): weights trained for another model must not feed its head."""
    encoder = MiniLMEncoder(path, **options)
    if encoder.id != expected_id:
        raise ValueError(f"encoder {encoder.id!r} is not {expected}")
    return encoder


log = logging.getLogger(__name__)


class _OnFirstUse:
    """A part of the scorer built when first asked for (an encoder costs a cold start tens of ms), or
    never: ``build`` None switches it off, and a build that fails (a library or file missing, damaged, or
    not the one expected) leaves it off for good, said in the log, so every comment is still scored, by
    what remains; the verdicts name the version that scored them ("-lexical")."""

    def __init__(self, build, what: str = "a part of the toxicity scorer") -> None:
        self._build = build
        self._value = None
        self._what = what

    @property
    def wanted(self) -> bool:
        return self._build is not None

    @property
    def loaded(self) -> bool:
        return self._value is not None

    def get(self):
        if self._value is None and self._build is not None:
            try:
                self._value = self._build()
            except Exception:  # whatever a missing or damaged file raises (struct.error for a header cut short)
                log.warning("%s could not be loaded: scoring without it", self._what, exc_info=True)
                self._build = None
        return self._value

    def switch_off(self, why: str) -> None:
        """Off for good, once it has shown itself broken (a damaged file that loaded)."""
        log.error("%s switched off: %s", self._what, why)
        self._build = self._value = None


class ToxicityModel:
    """A loaded model file. ``score`` is what the pipeline calls; ``predict_proba`` serves evaluation."""

    name = "toxicity"

    def __init__(
        self,
        doc: dict,
        *,
        terms: Iterable[str] | None = None,
        site_terms: Iterable[str] = (),
        encoder_path: str | Path | None = None,
        use_encoder: bool = True,
        phrases: Iterable[Phrase] | None = None,
        phrase_encoder_path: str | Path | None = None,
    ) -> None:
        if doc.get("format") != FORMAT:
            raise ValueError(f"not a toxicity model file: format {doc.get('format')!r}, expected {FORMAT!r}")
        self.base_version: str = doc["version"]
        self.scale = float(doc["scale"])
        self.bias = float(doc["bias"])
        self.words: dict[str, int] = doc["words"]
        self.chars: dict[str, int] = doc["chars"]
        self.signals: dict[str, float] = {k: v * self.scale for k, v in doc["signals"].items()}
        self.lexical_only = tuple(doc["blend"]["lexical_only"])  # (a, b): p = sigmoid(a * z_lex + b)
        self.combined = tuple(doc["blend"]["combined"])  # (a, c, b): p = sigmoid(a*z_lex + c*z_enc + b)
        head = doc.get("encoder_head")
        # {"pooling": [[kind, layer], ...], "max_tokens", "head_tokens", "weights": [384 per pool], "bias",
        #  "encoder_id": the encoder file's id, when the encoder was fine-tuned with the head} or None
        self.head = head
        if head:
            self.pooling = tuple((str(k), int(n)) for k, n in head.get("pooling", DEFAULT_POOLING))
            bad = [p for p in self.pooling if p[0] not in ("mean", "cls") or not 1 <= p[1] <= 6]
            if bad or len(head["weights"]) != 384 * len(self.pooling):
                raise ValueError(f"encoder head does not match its pooling {self.pooling}")
            self.max_tokens = int(head.get("max_tokens", ENCODER_MAX_TOKENS))
            self.head_tokens = int(head.get("head_tokens", ENCODER_HEAD_TOKENS))
        self.meta: dict = doc.get("meta", {})
        self.matcher = TermMatcher(load_terms() if terms is None else terms)
        self.site_matcher = TermMatcher(site_terms)
        self._unmasker = Unmasker(
            self.matcher.words | self.site_matcher.words | INSULT_WORDS | THREAT_WORDS | HARASSMENT_WORDS | CODED_WORDS | INCITEMENT_WORDS
        )
        self._encoder_path = encoder_path or ENCODER_PATH
        self._encoder = _OnFirstUse(self._open_encoder if use_encoder and head else None, "the toxicity encoder")
        self._word_chars = CharGramWeights(self.chars, self.scale, _CACHE_LIMIT)
        # Abuse matched by meaning (``phrases``): None switches it off.
        self._phrases = None if phrases is None else tuple(phrases)
        self._phrase_encoder_path = phrase_encoder_path or PHRASE_ENCODER_PATH
        self._phrase_matcher = _OnFirstUse(self._open_phrase_matcher if phrases is not None else None,
                                           "the matcher of abusive phrases")

    @property
    def version(self) -> str:
        return self.base_version if self._encoder.wanted else self.base_version + "-lexical"

    # -- encoder, on first use -----------------------------------------------------------------
    def encoder(self) -> MiniLMEncoder | None:
        loaded = self._encoder.get()
        return loaded[0] if loaded else None

    def _open_encoder(self):
        encoder = _own_encoder(self._encoder_path, self.head.get("encoder_id"), f"the one model {self.base_version} was trained with")
        return encoder, encoder.np.asarray(self.head["weights"], dtype="float32")

    def phrase_matcher(self) -> PhraseMatcher | None:
        """The matcher of abusive phrases, built on first use; None where switched off or its encoder is missing."""
        return self._phrase_matcher.get()

    def _open_phrase_matcher(self) -> PhraseMatcher:
        # Opened on a cold start's first comment: 11 ms sooner unpacked, 0.8 ms slower a comment.
        encoder = _own_encoder(self._phrase_encoder_path, PHRASE_ENCODER_ID, PHRASE_ENCODER_ID, prepack=False)
        return PhraseMatcher(encoder, self._phrases, load_vectors(encoder_id=encoder.id))

    def encoder_logit(self, text: str) -> float | None:
        loaded = self._encoder.get()
        if loaded is None:
            return None
        enc, head_w = loaded
        feats = enc.pooled(text[:MAX_CHARS], self.pooling, self.max_tokens, self.head_tokens)
        z = float(feats @ head_w) + float(self.head["bias"])
        if not math.isfinite(z):
            # Weights damaged past the header load and read NaN for every text: a NaN is no score, and "not
            # toxic" by every comparison, so the encoder goes and the lexical model scores from here on.
            self._encoder.switch_off(f"it read {z} for a comment")
            return None
        return z

    # -- lexical part ----------------------------------------------------------------------------

    def lexical(self, text: str) -> tuple[float, dict[str, float], list[str], list[tuple[str, float]]]:
        """Raw lexical logit, each word's share of it, the abusive-list hits, and the signals' shares."""
        return self._lexical(*_analyse(text, self.matcher)[:4])

    def _lexical(self, tokens, words, hits, sig):
        wgrams = set(tokens) | {a + " " + b for a, b in pairwise(tokens)}
        wscale = self.scale / math.sqrt(len(wgrams)) if wgrams else 0.0
        per_word = {w: self._word_chars(w) for w in words}
        ctotal = sum(n for _, n in per_word.values())
        cscale = 1 / math.sqrt(ctotal) if ctotal else 0.0
        contrib = {w: cscale * s for w, (s, _) in per_word.items()}
        z = self.bias + sum(contrib.values())
        for g in wgrams:
            w = self.words.get(g)
            if not w:
                continue
            v = w * wscale
            z += v
            if " " in g:
                a, b = g.split(" ", 1)
                contrib[a] = contrib.get(a, 0.0) + v / 2
                contrib[b] = contrib.get(b, 0.0) + v / 2
            else:
                contrib[g] = contrib.get(g, 0.0) + v
        signal_parts = []
        for name, value in sig.items():
            c = self.signals.get(name, 0.0) * value
            z += c
            if name in _SIGNAL_WORDS:
                signal_parts.append((_SIGNAL_WORDS[name], c))
        return z, contrib, hits, signal_parts

    def probability(self, text: str) -> float:
        z_lex = self.lexical(text)[0]
        return self._blend(z_lex, self.encoder_logit(text))

    def _blend(self, z_lex: float, z_enc: float | None) -> float:
        if z_enc is None:
            a, b = self.lexical_only
            return _sigmoid(a * z_lex + b)
        a, c, b = self.combined
        return _sigmoid(a * z_lex + c * z_enc + b)

    def predict_proba(self, texts: Iterable[str]) -> list[float]:
        return [self.probability(t) for t in texts]

    def explain(self, text: str, top: int = 2) -> tuple[float, list[str], list[str]]:
        """The probability, the words (or signals) that pushed hardest towards abuse, and list hits.

        Words are ranked by their exact share of the lexical logit (word n-grams + char n-grams)."""
        p, named, hits, _, _ = self._explain(text, top)
        return p, named, hits

    def _explain(self, text: str, top: int):
        """``explain``, plus the lexical logit and the analysis, for ``score`` to reuse: a comment's
        text is normalised and its lexical logit summed once."""
        analysis = _analyse(text, self.matcher)
        z_lex, contrib, hits, signal_parts = self._lexical(*analysis[:4])
        p = self._blend(z_lex, self.encoder_logit(text))
        pushes = sorted(((w, c) for w, c in contrib.items() if c > 0 and w not in _PLAIN), key=lambda kv: -kv[1])
        pushes = pushes[:top]
        named = [f'"{w}"' for w, _ in pushes]
        for label, c in signal_parts:
            if c > 0 and (len(named) < top or (pushes and c > pushes[-1][1])):
                named.append(label)
        return p, named[:top], hits, z_lex, analysis

    def score(self, comment: CommentInput) -> list[Finding]:
        text = comment.content or ""
        p, named, hits, z_lex, analysis = self._explain(text, 2)
        message = f"toxicity probability {p:.2f}"
        own = own_group(analysis[0])
        p_without = self.probability(without_group(text, own[1])) if own else p
        if own and p_without < p:
            message = (f"toxicity probability {p_without:.2f} ({p:.2f} with \"{own[0]}\": the writer's own people, "
                       "whose name the model learnt from hateful comments, read as \"local\")")
            p = p_without
            named = [w for w in named if not is_group_word(w.strip('"'), own[1])]
        elif self._encoder.loaded:
            p_words = self._blend(z_lex, None)
            if abs(p - p_words) >= 0.1:
                moved = "raised" if p > p_words else "lowered"
                message += f" (the wording alone {p_words:.2f}; the sentence's meaning {moved} it)"
        if hits:
            message += f"; uses {_readable(hits[:3])} from the list of abusive terms"
        if named and p >= 0.3:
            verb = "pushes" if len(named) == 1 else "push"
            message += f"; {' and '.join(named)} {verb} towards abuse"
        # The model learnt English comments: in another language its score is noise ("Dziękuję za ten
        # artykuł" held at 0.77, "Gracias por el artículo" at 0.56), so it holds nothing there; the rules
        # and lists still do. (A language ``detect`` cannot tell, Welsh say, is read as English.)
        language = detect(text)
        kept = comment.word_lists.toxic_terms
        holds = [*self._holds(analysis, text, language, kept), *self.name_holds(comment.author_name, kept)]
        if p < HELD_TOXICITY and any("toxicity" in h.scores for h in holds):
            # The score a moderator sorts by is the hold's, not this one: say so beside the model's figure.
            message += f"; a rule holds it for abuse, so the comment scores {HELD_TOXICITY:g}"
        message += f"; model {self.version}"
        ceiling = None
        if foreign_to_english_models(language, text):
            ceiling = Effect.NOTE
            what = language.describe() if foreign(language) else "too short to tell, with words English does not write"
            message += f"; the model reads English and this is {what}: its score holds nothing"
        finding = Finding(self.name, Effect.NOTE, Reason("toxicity", message), scores={"toxicity": round(p, 4)},
                          ceiling=ceiling)
        return [finding, *holds]

    def _unmasker_for(self, kept: tuple[str, ...]) -> Unmasker:
        return _kept_unmasker(self._unmasker.vocabulary, kept) if kept else self._unmasker

    def _site_hits(self, tokens: Sequence[str], kept: tuple[str, ...]) -> list[str]:
        """Terms on the hold list, the site's and those its moderators keep (``kept``)."""
        hits = self.site_matcher.find(tokens)
        return list(dict.fromkeys([*hits, *_kept_matcher(kept).find(tokens)])) if kept else hits

    def name_holds(self, name: str, kept: tuple[str, ...] = ()) -> list[Finding]:
        """The author's name on the lists that hold a comment (a slur, a site's term, one its moderators
        keep), read as the text is, masked spellings too: readers see the name above the comment. WordPress
        checks its disallowed words in the name as well as the text."""
        if not name or not name.strip():
            return []
        tokens, _, _, _, norm_text = _analyse(name, self.matcher)
        hits = self._site_hits(self._unmasker_for(kept).tokens(norm_text, tokens), kept)
        if not hits:
            return []
        return [_held("toxic_name", Reason(
            "toxic_term", f"the author's name uses {_readable(hits[:3])}, on the list of terms that hold a comment"))]

    def holds(self, text: str, kept: tuple[str, ...] = ()) -> list[Finding]:
        """What holds a comment whatever a score says (Comprehend's included): several terms from the
        list of abusive terms, a group of people called vermin, a call for violence or a wish of harm,
        an insult or a threat aimed at the reader, a term on the hold list, the site's or one its
        moderators keep (``kept``)."""
        return self._holds(_analyse(text, self.matcher), text, kept=kept)

    def _holds(self, analysis, text: str, language=None, kept: tuple[str, ...] = ()) -> list[Finding]:
        tokens, _, hits, _, norm_text = analysis
        # The rules and lists read masked words as meant ("f*ck off", "you st*pid id1ot"), Scots words as English
        # ones ("a waste o skin") and where a sentence or an order ends; the model reads the text as it was trained to.
        seen = self._unmasker_for(kept).tokens(norm_text, _clauses(norm_text, tokens), _clauses)
        if seen is not tokens:
            tokens, hits = seen, self.matcher.find(seen)
        findings = []
        if len(hits) >= LIST_HITS_TO_HOLD:
            # One listed word can be innocent ("animals" in a farming story); several together rarely are.
            findings.append(_held(
                "abusive_terms",
                Reason("abusive_terms", f"uses {_readable(hits[:3])}: {len(hits)} terms from the list of abusive terms"),
            ))
        held: set[str] = set()
        for code, rule, message in _PHRASE_RULES:
            if code in held or (code == "harm_wish" and "violence" in held):
                continue  # "I hope he dies" is both, "you are a retard" both insults: named once
            phrase = rule(tokens)
            if phrase:
                held.add(code)
                findings.append(_held(code, Reason(code, message(phrase))))
        for code, rule, message in _TEXT_RULES:
            phrase = None if code in held else rule(text[:MAX_CHARS])
            if phrase:
                held.add(code)
                findings.append(_held(code, Reason(code, message(phrase))))
        site_hits = self._site_hits(tokens, kept)
        if site_hits:
            findings.append(_held(
                "toxic_terms", Reason("toxic_term", f"uses {_readable(site_hits[:3])}, on the list of terms that hold a comment")))
        if not findings and self._phrases is not None:
            found = self._resembles(text, language, own_group(tokens))
            if found:
                findings.append(found)
        return findings

    def _resembles(self, text: str, language, own: tuple[str, frozenset[str]] | None = None) -> Finding | None:
        """A hold for a comment that reads like an abusive phrase (``phrases``). It sets no toxicity score:
        a resemblance is weaker evidence than a rule's phrase, and the score a moderator sorts by stays the
        model's. The published encoder reads English, as the model does. A writer who names their ``own``
        group is read with its name as "local", as the model reads them: "As a Muslim, I'm glad the city
        did this" sat near "Muslims can't be trusted" by the group's name alone."""
        if foreign_to_english_models(detect(text) if language is None else language, text):
            return None
        if own:
            text = without_group(text, own[1])
        matcher = self.phrase_matcher()
        found = matcher.match(text[:MAX_CHARS]) if matcher is not None else None
        if found is None:
            return None
        if not math.isfinite(found.similarity):  # damaged weights: it would hold every comment
            self._phrase_matcher.switch_off(f"it read a similarity of {found.similarity}")
            return None
        return Finding("abuse_phrases", Effect.HOLD, Reason("resembles_abuse", (
            f'reads like {found.phrase.category}: close in meaning to "{found.phrase.text}" '
            f"(similarity {found.similarity:.2f}; from {SIMILAR:g} it holds)")))


def load_model(
    path: str | Path | None = None,
    *,
    site_terms: Iterable[str] = (),
    encoder_path: str | Path | None = None,
    use_encoder: bool = True,
    phrases: Iterable[Phrase] | None = None,
    phrase_encoder_path: str | Path | None = None,
) -> ToxicityModel:
    with open(path or MODEL_PATH, encoding="utf-8") as f:
        doc = json.load(f)
    return ToxicityModel(doc, site_terms=site_terms, encoder_path=encoder_path, use_encoder=use_encoder,
                         phrases=phrases, phrase_encoder_path=phrase_encoder_path)


def load_scorer(
    env: dict | None = None, path: str | Path | None = None, encoder_path: str | Path | None = None
) -> ToxicityModel:
    """The scorer the pipeline uses, configured from the environment (TOXIC_TERMS, TOXIC_PHRASES,
    TOXICITY_ENCODER, TOXICITY_PHRASES).

    ``path``/``encoder_path``: another model version, scored the way the pipeline scores it."""
    env = dict(os.environ if env is None else env)
    return load_model(
        path,
        # Slurs and calls to violence always hold; a site adds its own terms.
        site_terms=load_terms(HOLD_TERMS_PATH) + parse_terms(env.get("TOXIC_TERMS", "")),
        encoder_path=encoder_path,
        use_encoder=flag(env, "TOXICITY_ENCODER", True),
        # Abuse in words no rule lists, by its meaning; a site adds its own sentences.
        phrases=load_phrases() + parse_phrases(env.get("TOXIC_PHRASES", "")) if flag(env, "TOXICITY_PHRASES", True) else None,
    )


__all__ = [
    "DEFAULT_POOLING",
    "FORMAT",
    "MiniLMEncoder",
    "TermMatcher",
    "ToxicityModel",
    "WordPiece",
    "dehumanising",
    "featurize",
    "load_model",
    "load_scorer",
    "load_terms",
    "parse_terms",
    "read_encoder_file",
]
