"""The sentence encoders' files, in the scoring function's own layer beside numpy and onnxruntime.

``toxicity-encoder.bin``: the toxicity model's fine-tuned all-MiniLM-L6-v2 (``commentguard train``);
``phrase-encoder.bin``: the published one the abusive phrases are read with (``commentguard phrases
--encoder``); ``toxicity-encoder.onnx``: the graph both run on (``commentguard_dev.encoder_graph``).
48 MB that the functions which never run an encoder do not carry in their layers.
"""

from pathlib import Path

DIR = Path(__file__).resolve().parent
