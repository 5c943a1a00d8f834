"""The toxicity encoder's forward pass as an ONNX graph (``commentguard_encoders/toxicity-encoder.onnx``).

The graph holds the computation only: all-MiniLM-L6-v2's six layers as ``MiniLMEncoder`` runs them
(query, key and value fused, the attention's 1/sqrt(32) in the query weights, GELU's tanh form with
its 0.5 in the second feed-forward weights, each linear layer an int8 matrix product:
``DynamicQuantizeMatMul``), word-piece ids in, each layer's hidden states out. Its
weights are declared external, under the names of the encoder file's arrays, and the scorer hands
them over from the memory-mapped encoder file when it opens the session: one graph serves every
fine-tuned encoder file, and no weight is stored twice.

Dev only (the ``onnx`` package); the graph depends on nothing trained, so it is rebuilt only when the
architecture or the encoder file's layout changes: ``python -m commentguard_dev.encoder_graph``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from commentguard.scoring.toxicity import ENCODER_GRAPH_PATH, ENCODER_PATH, ENCODER_WEIGHTS
from commentguard.scoring.toxicity import LINEAR_WEIGHTS as LINEAR

WIDTH, HEADS, FFN, LAYERS, VOCAB, POSITIONS = 384, 12, 1536, 6, 30522, 512
OPSET = 18  # LayerNormalization (17) and ReduceMean with its axes as an input (18)


def _weight_shapes() -> dict[str, tuple[np.dtype, tuple[int, ...]]]:
    """What the scorer hands over under each name in ``ENCODER_WEIGHTS`` (linear weights int8, (in, out),
    with one scale per output column)."""
    f32 = np.dtype(np.float32)
    shapes = {
        "word.q": (np.dtype(np.int8), (VOCAB, WIDTH)),
        "word.s": (f32, (VOCAB, 1)),
        "pos_type": (f32, (POSITIONS, WIDTH)),
        "ln.g": (f32, (WIDTH,)),
        "ln.b": (f32, (WIDTH,)),
    }
    per_layer = {
        "qkv": (WIDTH, 3 * WIDTH), "qkv.b": (3 * WIDTH,), "o": (WIDTH, WIDTH), "o.b": (WIDTH,),
        "ln1.g": (WIDTH,), "ln1.b": (WIDTH,), "i": (WIDTH, FFN), "i.b": (FFN,), "o2": (FFN, WIDTH),
        "o2.b": (WIDTH,), "ln2.g": (WIDTH,), "ln2.b": (WIDTH,),
    }
    for i in range(LAYERS):
        for key, shape in per_layer.items():
            if key in LINEAR:
                shapes[f"{i}.{key}.q"] = (np.dtype(np.int8), shape)
                shapes[f"{i}.{key}.s"] = (f32, shape[1:])
            else:
                shapes[f"{i}.{key}"] = (f32, shape)
    assert tuple(shapes) == ENCODER_WEIGHTS, "the graph's weights and the scorer's list differ"
    return shapes


def build():
    """The ONNX model (weights external, handed over at session creation)."""
    from onnx import TensorProto, helper, numpy_helper

    nodes: list = []
    constants: list = []
    weights: list = []
    for name, (dtype, shape) in _weight_shapes().items():
        t = TensorProto(name=name, data_type=helper.np_dtype_to_tensor_dtype(dtype), dims=shape)
        t.data_location = TensorProto.EXTERNAL
        # Never read: the scorer supplies every weight (``add_initializer``, its own buffers shared,
        # not copied). onnxruntime still checks that the file named exists: the shipped encoder file,
        # whose length covers every range declared here.
        for key, value in (("location", ENCODER_PATH.name), ("offset", "0"),
                           ("length", str(int(np.prod(shape)) * dtype.itemsize))):
            t.external_data.add(key=key, value=value)
        weights.append(t)

    def const(name: str, value) -> str:
        constants.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    count = 0

    def op(kind: str, inputs: list[str], **attrs) -> str:
        nonlocal count
        count += 1
        out = f"{kind.lower()}_{count}"
        nodes.append(helper.make_node(kind, inputs, [out], **attrs))
        return out

    def layer_norm(x: str, prefix: str) -> str:
        return op("LayerNormalization", [x, prefix + ".g", prefix + ".b"], axis=-1, epsilon=1e-12)

    def linear(x: str, name: str) -> str:
        # onnxruntime's int8 matrix product: the activations quantised on the fly (uint8, one scale
        # and zero point per call), the weights as the encoder file holds them, the bias added in.
        return op("DynamicQuantizeMatMul", [x, name + ".q", name + ".s", "", name + ".b"], domain="com.microsoft")

    # Embeddings: int8 word rows times their scale, plus position (+ token type 0) for the first n.
    ids = "ids"
    words = op("Mul", [op("Cast", [op("Gather", ["word.q", ids])], to=TensorProto.FLOAT), op("Gather", ["word.s", ids])])
    positions = op("Slice", ["pos_type", const("zero", np.array([0], np.int64)), op("Shape", [ids]),
                             const("axis0", np.array([0], np.int64))])
    x = layer_norm(op("Add", [words, positions]), "ln")

    by_head = const("by_head", np.array([-1, HEADS, WIDTH // HEADS], np.int64))
    flat = const("flat", np.array([-1, WIDTH], np.int64))
    axis1 = const("axis1", np.array([1], np.int64))
    cubic = const("gelu_cubic", np.float32(0.044715))
    root = const("gelu_root", np.float32(0.7978845608028654))
    one = const("one", np.float32(1.0))
    outputs = []
    for i in range(LAYERS):
        p = f"{i}."
        qkv = linear(x, p + "qkv")
        cut = [const(f"{p}cut{k}", np.array([k * WIDTH], np.int64)) for k in range(4)]
        q, k, v = (op("Reshape", [op("Slice", [qkv, cut[j], cut[j + 1], axis1]), by_head]) for j in range(3))
        scores = op("MatMul", [op("Transpose", [q], perm=[1, 0, 2]), op("Transpose", [k], perm=[1, 2, 0])])
        attended = op("MatMul", [op("Softmax", [scores], axis=-1), op("Transpose", [v], perm=[1, 0, 2])])
        h = op("Add", [linear(op("Reshape", [op("Transpose", [attended], perm=[1, 0, 2]), flat]), p + "o"), x])
        x = layer_norm(h, p + "ln1")
        h = linear(x, p + "i")
        inner = op("Add", [h, op("Mul", [op("Mul", [op("Mul", [h, h]), h]), cubic])])
        gelu = op("Mul", [h, op("Add", [op("Tanh", [op("Mul", [inner, root])]), one])])
        y = op("Add", [linear(gelu, p + "o2"), x])
        out = f"h{i + 1}"
        nodes.append(helper.make_node("LayerNormalization", [y, p + "ln2.g", p + "ln2.b"], [out], axis=-1, epsilon=1e-12))
        outputs.append(helper.make_tensor_value_info(out, TensorProto.FLOAT, ["n", WIDTH]))
        x = out

    graph = helper.make_graph(
        nodes, "minilm-l6", [helper.make_tensor_value_info(ids, TensorProto.INT64, ["n"])], outputs,
        initializer=weights + constants,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid("com.microsoft", 1)],
                              producer_name="commentguard")
    model.ir_version = 9
    return model


def write(path: Path = ENCODER_GRAPH_PATH) -> Path:
    import onnx

    model = build()
    # (onnx.checker would read the external weights from the placeholder: types and shapes are checked.)
    onnx.shape_inference.infer_shapes(model, check_type=True, strict_mode=True)
    path.write_bytes(model.SerializeToString(deterministic=True))
    return path


if __name__ == "__main__":
    print(write())
