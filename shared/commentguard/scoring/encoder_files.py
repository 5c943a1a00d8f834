"""Where the sentence encoders' files are: the scoring function's encoder layer (``commentguard_encoders``,
from ``layers/encoder/``), which only that function lists. Without it, the paths name files that are not
there, and the toxicity scorer runs lexical-only and matches no phrases, as for any missing encoder."""

from pathlib import Path

try:
    import commentguard_encoders

    ENCODERS = commentguard_encoders.DIR
except ImportError:
    ENCODERS = Path(__file__).resolve().parent / "no-encoder-layer"

ENCODER_PATH = ENCODERS / "toxicity-encoder.bin"
ENCODER_GRAPH_PATH = ENCODERS / "toxicity-encoder.onnx"
PHRASE_ENCODER_PATH = ENCODERS / "phrase-encoder.bin"
