"""The toxicity encoder's ONNX graph: what the builder writes, and that onnxruntime computes MiniLM with it."""

import numpy as np
import pytest

from commentguard.scoring import toxicity
from commentguard.scoring.toxicity import ENCODER_GRAPH_PATH, ENCODER_PATH, MiniLMEncoder, read_encoder_file
from commentguard_dev import encoder_graph

SENTENCES = [
    "Deport all of these animals, they are vermin",
    "Thanks for the balanced report on the council vote",
    "ok",
    "word " * 80,
]


def _reference_pools(arrays: dict, ids: list[int]) -> np.ndarray:
    """The forward pass in plain numpy and float32 (the int8 weights times their scales): [CLS] of
    layer 6, the means of layers 5 and 6, each L2 normalised."""

    def layer_norm(x, g, b):
        x = x - x.mean(-1, keepdims=True)
        return x / np.sqrt((x * x).mean(-1, keepdims=True) + 1e-12) * g + b

    def linear(x, name):
        return x @ (arrays[name + ".q"].astype(np.float32) * arrays[name + ".s"]) + arrays[name + ".b"]

    n = len(ids)
    x = arrays["word.q"][ids].astype(np.float32) * arrays["word.s"][ids] + arrays["pos_type"][:n]
    x = layer_norm(x, arrays["ln.g"], arrays["ln.b"])
    states = {}
    for i in range(6):
        p = f"{i}."
        qkv = linear(x, p + "qkv").reshape(n, 3, 12, 32)
        q, k, v = (qkv[:, j].transpose(1, 0, 2) for j in range(3))
        s = q @ k.transpose(0, 2, 1)
        s = np.exp(s - s.max(-1, keepdims=True))
        s /= s.sum(-1, keepdims=True)
        att = (s @ v).transpose(1, 0, 2).reshape(n, 384)
        x = layer_norm(linear(att, p + "o") + x, arrays[p + "ln1.g"], arrays[p + "ln1.b"])
        h = linear(x, p + "i")
        h = h * (1 + np.tanh(0.7978845608028654 * (h + 0.044715 * h**3)))  # its 0.5 is in o2's scales
        x = layer_norm(linear(h, p + "o2") + x, arrays[p + "ln2.g"], arrays[p + "ln2.b"])
        states[i + 1] = x
    pools = [states[6][0], states[5].mean(0), states[6].mean(0)]
    return np.concatenate([v / (np.linalg.norm(v) + 1e-12) for v in pools])


def test_the_shipped_encoder_graph_is_the_one_the_graph_builder_writes():
    assert ENCODER_GRAPH_PATH.read_bytes() == encoder_graph.build().SerializeToString(deterministic=True)


def test_the_graph_holds_no_weights_and_reads_every_array_the_scorer_hands_over():
    import onnx

    model = onnx.load(str(ENCODER_GRAPH_PATH), load_external_data=False)
    external = [t.name for t in model.graph.initializer if t.data_location == onnx.TensorProto.EXTERNAL]
    assert tuple(external) == toxicity.ENCODER_WEIGHTS
    assert ENCODER_GRAPH_PATH.stat().st_size < 100_000
    # The placeholder onnxruntime checks (never reads): the encoder file, every declared range inside it.
    for t in model.graph.initializer[: len(external)]:
        where = {e.key: e.value for e in t.external_data}
        assert where["location"] == ENCODER_PATH.name
        assert int(where["offset"]) + int(where["length"]) <= ENCODER_PATH.stat().st_size


def test_onnxruntime_computes_the_encoder_within_the_int8_products_noise_of_the_float_forward_pass():
    # Quantising each linear layer's input moves a pool's direction by a cosine of 0.98 at worst over
    # 300 Fox News comments (median 0.992); a graph wired wrong lands nowhere near.
    _, arrays = read_encoder_file(ENCODER_PATH)
    encoder = MiniLMEncoder(ENCODER_PATH)
    pooling = (("cls", 6), ("mean", 5), ("mean", 6))
    cosines = []
    for text in SENTENCES:
        ids = encoder.tokenizer.encode(text, 64, 8)
        want = _reference_pools(arrays, ids)
        got = encoder.pooled_ids(ids, pooling)
        assert got.shape == want.shape == (1152,)
        cosines += [float(a @ b) for a, b in zip(np.split(got, 3), np.split(want, 3), strict=True)]
    assert min(cosines) > 0.975 and np.mean(cosines) > 0.99, cosines


def test_every_linear_layer_is_an_int8_product_of_the_weights_as_the_encoder_file_holds_them():
    import onnx

    model = onnx.load(str(ENCODER_GRAPH_PATH), load_external_data=False)
    weights = {t.name: t.data_type for t in model.graph.initializer}
    products = [n for n in model.graph.node if n.op_type in ("MatMul", "DynamicQuantizeMatMul")]
    linear = [n for n in products if n.op_type == "DynamicQuantizeMatMul"]
    assert len(linear) == 6 * 4  # query-key-value, attention output, feed-forward in and out
    assert all(weights[n.input[1]] == onnx.TensorProto.INT8 for n in linear)
    assert {n.op_type for n in products} - {"DynamicQuantizeMatMul"} == {"MatMul"}  # attention's own, float
    assert all(n.input[1] not in weights for n in products if n.op_type == "MatMul")


def test_without_its_graph_the_encoder_is_not_loaded_and_the_scorer_runs_lexical_only(tmp_path, monkeypatch):
    bad = tmp_path / "graph.onnx"
    bad.write_bytes(b"not a graph")
    monkeypatch.setattr(toxicity, "ENCODER_GRAPH_PATH", bad)
    with pytest.raises(ValueError, match="encoder graph does not load"):
        MiniLMEncoder(ENCODER_PATH)
    m = toxicity.load_model()
    assert 0 <= m.probability("They are vermin") <= 1
    assert m.encoder() is None and m.version.endswith("-lexical")
