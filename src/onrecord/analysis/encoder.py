"""A small sentence encoder fine-tuned to read statement kinds, run in NumPy.

The word-feature model in `kinds.py` cannot tell a pledge from a forecast or a rebuttal from a claim when the
words that decide it are ones its labels never showed; a pretrained encoder (MiniLM-L6, 6 layers of 384,
fine-tuned on the kinds labels by `train_encoder.py`) has read enough English to generalise. It ships as int8
weights and runs here in NumPy, so that reading kinds needs neither PyTorch nor a download.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

ENCODER_DIR = Path(__file__).resolve().parent.parent / "models" / "kinds"
MAX_PIECES = 96  # word pieces per attribution: the cue and main statement, then as much of the rest as fits
LAYERS = 6
HEADS = 12
_CHINESE = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F), (0x2B740, 0x2B81F),
            (0x2B820, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


class WordPieces:
    """BERT's uncased tokenizer (lower-case, strip accents, split punctuation, greedy longest word pieces), as
    the encoder was pretrained with it; checked piece for piece against Hugging Face's on the labelled texts."""

    def __init__(self, vocabulary: list[str]):
        self.index = {piece: n for n, piece in enumerate(vocabulary)}
        self.cls, self.sep, self.unknown = self.index["[CLS]"], self.index["[SEP]"], self.index["[UNK]"]

    @staticmethod
    def _splits_alone(character: str, category: str) -> bool:
        code = ord(character)
        return (33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126
                or category.startswith("P") or any(low <= code <= high for low, high in _CHINESE))

    def words(self, text: str) -> list[str]:
        words, word = [], []
        for character in unicodedata.normalize("NFD", text.lower()):
            category = unicodedata.category(character)
            if character.isspace():
                if word:
                    words.append("".join(word))
                    word = []
            elif category == "Mn" or category.startswith("C") or character == "\ufffd":
                continue
            elif self._splits_alone(character, category):
                if word:
                    words.append("".join(word))
                    word = []
                words.append(character)
            else:
                word.append(character)
        if word:
            words.append("".join(word))
        return words

    def pieces(self, text: str) -> list[int]:
        pieces = []
        for word in self.words(text):
            if len(word) > 100:
                pieces.append(self.unknown)
                continue
            start, found = 0, []
            while start < len(word):
                for end in range(len(word), start, -1):
                    piece = self.index.get(("##" if start else "") + word[start:end])
                    if piece is not None:
                        found.append(piece)
                        start = end
                        break
                else:
                    found = [self.unknown]
                    break
            pieces += found
        return pieces

    def pair(self, first: str, second: str, limit: int = MAX_PIECES) -> tuple[list[int], list[int]]:
        """Ids and segment ids of `[CLS] first [SEP] second [SEP]`, the longer part cut first to fit `limit`."""
        a, b = self.pieces(first), self.pieces(second)
        while len(a) + len(b) > limit - 3:
            if len(a) > len(b):
                a.pop()
            else:
                b.pop()
        return [self.cls, *a, self.sep, *b, self.sep], [0] * (len(a) + 2) + [1] * (len(b) + 1)


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + 1e-12) * gain + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU by its tanh form (within 1e-3 of the exact one the encoder was trained with), in place: the largest
    array of a layer, where temporaries cost more than the arithmetic."""
    y = x * x
    y *= x
    y *= np.float32(0.044715)
    y += x
    y *= np.float32(0.7978845608028654)
    np.tanh(y, out=y)
    y += 1
    y *= x
    y *= np.float32(0.5)
    return y


def quantize(weights: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Matrices as int8 with one float scale per output (embeddings: per row), a quarter of float32's size;
    vectors stay float32."""
    packed = {}
    for name, value in weights.items():
        if value.ndim == 2:
            axis = 1 if name.startswith("emb.") else 0
            scale = np.abs(value).max(axis=axis, keepdims=True) / 127.0
            scale[scale == 0] = 1.0
            packed[name + ".q"] = np.round(value / scale).astype(np.int8)
            packed[name + ".scale"] = scale.astype(np.float32)
        else:
            packed[name] = value.astype(np.float32)
    return packed


def dequantize(packed: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    weights = {}
    for name, value in packed.items():
        if name.endswith(".q"):
            weights[name[:-2]] = value.astype(np.float32) * packed[name[:-2] + ".scale"]
        elif not name.endswith(".scale"):
            weights[name] = value
    return weights


class KindsEncoder:
    """Probabilities of each kind for (cue + main statement, rest of the content) pairs."""

    def __init__(self, weights: dict[str, np.ndarray], vocabulary: list[str], classes: list[str]):
        self.weights = weights
        self.tokenizer = WordPieces(vocabulary)
        self.classes = classes

    @classmethod
    def load(cls, directory: Path = ENCODER_DIR) -> "KindsEncoder":
        with np.load(directory / "encoder.npz") as packed:
            weights = dequantize(dict(packed))
        vocabulary = (directory / "vocab.txt").read_text(encoding="utf-8").splitlines()
        classes = (directory / "classes.txt").read_text(encoding="utf-8").split()
        return cls(weights, vocabulary, classes)

    def hidden(self, pairs: list[tuple[list[int], list[int]]]) -> np.ndarray:
        """Mean of the last layer's states over each input's pieces."""
        w = self.weights
        length = max(len(ids) for ids, _ in pairs)
        ids = np.zeros((len(pairs), length), dtype=np.int64)
        segments = np.zeros_like(ids)
        mask = np.zeros((len(pairs), length), dtype=np.float32)
        for row, (piece_ids, segment_ids) in enumerate(pairs):
            ids[row, :len(piece_ids)] = piece_ids
            segments[row, :len(segment_ids)] = segment_ids
            mask[row, :len(piece_ids)] = 1.0
        x = w["emb.word"][ids] + w["emb.pos"][:length][None] + w["emb.type"][segments]
        batch, _, width = x.shape
        x = _layer_norm(x.reshape(batch * length, width), w["emb.ln.g"], w["emb.ln.b"])  # 2-D: one BLAS call a matrix
        size = width // HEADS
        padding = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)

        def heads(y: np.ndarray) -> np.ndarray:
            return y.reshape(batch, length, HEADS, size).transpose(0, 2, 1, 3)

        for layer in range(LAYERS):
            p = f"l{layer}."
            query = heads(x @ w[p + "q.w"] + w[p + "q.b"])
            key = heads(x @ w[p + "k.w"] + w[p + "k.b"])
            value = heads(x @ w[p + "v.w"] + w[p + "v.b"])
            attention = query @ key.transpose(0, 1, 3, 2) * np.float32(1 / np.sqrt(size)) + padding
            attention = np.exp(attention - attention.max(-1, keepdims=True))
            attention /= attention.sum(-1, keepdims=True)
            context = (attention @ value).transpose(0, 2, 1, 3).reshape(batch * length, width)
            x = _layer_norm(x + context @ w[p + "o.w"] + w[p + "o.b"], w[p + "ln1.g"], w[p + "ln1.b"])
            inner = _gelu(x @ w[p + "i.w"] + w[p + "i.b"])
            x = _layer_norm(x + inner @ w[p + "f.w"] + w[p + "f.b"], w[p + "ln2.g"], w[p + "ln2.b"])
        x = x.reshape(batch, length, width)
        return (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)

    def probabilities(self, texts: list[tuple[str, str]], batch_size: int = 32) -> np.ndarray:
        """One row of kind probabilities (in `self.classes` order) per (first, second) text pair; inputs of
        like length are run together, so that a batch pads little."""
        encoded = [self.tokenizer.pair(first, second) for first, second in texts]
        order = sorted(range(len(encoded)), key=lambda n: len(encoded[n][0]))
        result = np.zeros((len(encoded), len(self.classes)))
        for start in range(0, len(order), batch_size):
            chosen = order[start:start + batch_size]
            scores = self.hidden([encoded[n] for n in chosen]) @ self.weights["head.w"] + self.weights["head.b"]
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            result[chosen] = scores / scores.sum(-1, keepdims=True)
        return result


@lru_cache(maxsize=1)
def shipped_encoder() -> KindsEncoder:
    return KindsEncoder.load()
