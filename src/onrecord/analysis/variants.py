"""Same quote, many reports: group attributions of one utterance across articles and outlets.

Exact copies are grouped by their normalised words; near copies and partial overlaps through
MinHash signatures over word shingles, banded into an LSH index (numpy, so a million attributions
fit in minutes), then confirmed by the exact share of the shorter quote's shingles found in the longer.
Each group keeps its earliest report and a word-level diff of every other wording against it, so
"munitions" → "ammunition" shows up while punctuation and case never do.
"""
from __future__ import annotations

import difflib
import re
import zlib
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np

from onrecord.analysis.attributions import Attribution

GAP = "…"
_WORD = re.compile(r"…|\.\.\.|[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_SEED = 20240607
MIN_SHARED_SHINGLES = 3  # five words in a row in common, so stock phrases ("that would be") never join quotes


def words(text: str) -> list[str]:
    """Lowercased words with apostrophes unified; elisions ("…", "...") kept as a gap marker."""
    return [GAP if w in (GAP, "...") else w.lower().replace("’", "'") for w in _WORD.findall(text)]


def shingles(tokens: Sequence[str], size: int = 3) -> list[int]:
    """32-bit hashes of the word n-grams that do not straddle an elision."""
    out = []
    for start in range(len(tokens) - size + 1):
        gram = tokens[start:start + size]
        if GAP not in gram:
            out.append(zlib.crc32(" ".join(gram).encode()))
    return out


class MinHasher:
    """Signatures from multiply-shift hashing of 32-bit shingle hashes: one numpy pass per batch."""

    def __init__(self, permutations: int = 64, seed: int = _SEED):
        rng = np.random.default_rng(seed)
        self.multipliers = rng.integers(1, 2**63, size=permutations, dtype=np.uint64) | np.uint64(1)
        self.offsets = rng.integers(0, 2**63, size=permutations, dtype=np.uint64)

    def signatures(self, shingle_sets: Sequence[Sequence[int]], batch: int = 4096) -> np.ndarray:
        out = np.empty((len(shingle_sets), len(self.multipliers)), dtype=np.uint32)
        for first in range(0, len(shingle_sets), batch):
            chunk = shingle_sets[first:first + batch]
            lengths = np.fromiter((len(s) for s in chunk), dtype=np.int64, count=len(chunk))
            flat = np.fromiter((h for s in chunk for h in s), dtype=np.uint64, count=int(lengths.sum()))
            hashed = ((flat[:, None] * self.multipliers + self.offsets) >> np.uint64(32)).astype(np.uint32)
            starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
            out[first:first + len(chunk)] = np.minimum.reduceat(hashed, starts, axis=0)
        return out


def candidate_pairs(signatures: np.ndarray, bands: int, max_bucket: int = 64) -> np.ndarray:
    """Pairs (i < j) sharing a band; a large bucket contributes a chain and a star, not all its pairs."""
    rows = signatures.shape[1] // bands
    found = []
    for band in range(bands):
        block = np.ascontiguousarray(signatures[:, band * rows:(band + 1) * rows])
        keys = block.view(np.dtype((np.void, block.dtype.itemsize * rows))).ravel()
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        same = sorted_keys[1:] == sorted_keys[:-1]
        if not same.any():
            continue
        found.append(np.stack([order[:-1][same], order[1:][same]], axis=1))
        boundaries = np.flatnonzero(np.concatenate(([True], ~same)))
        sizes = np.diff(np.concatenate((boundaries, [len(order)])))
        for start, size in zip(boundaries[(sizes > 2) & (sizes <= max_bucket)], sizes[(sizes > 2) & (sizes <= max_bucket)]):
            members = order[start:start + size]
            found.append(np.stack([np.repeat(members[0], size - 2), members[2:]], axis=1))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.sort(np.concatenate(found), axis=1).astype(np.int64)
    return np.unique(pairs, axis=0)


class _UnionFind:
    def __init__(self, size: int):
        self.parent = np.arange(size)

    def find(self, item: int) -> int:
        parent = self.parent
        root = item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def cluster_texts(texts: Sequence[str], overlap: float = 0.5, min_words: int = 4,
                  permutations: int = 64, bands: int = 32) -> list[list[int]]:
    """Indices of texts reporting the same words: exact, near or partial (≥ `overlap` of the shorter)."""
    token_lists = [words(t) for t in texts]
    by_normalised: dict[str, int] = {}
    unique_of = np.full(len(texts), -1, dtype=np.int64)
    unique_shingles: list[list[int]] = []
    for position, tokens in enumerate(token_lists):
        if sum(1 for t in tokens if t != GAP) < min_words:
            continue
        key = " ".join(t for t in tokens if t != GAP)
        if key not in by_normalised:
            by_normalised[key] = len(unique_shingles)
            unique_shingles.append(sorted(set(shingles(tokens))) or [zlib.crc32(key.encode())])
        unique_of[position] = by_normalised[key]
    groups = _UnionFind(len(unique_shingles))
    if len(unique_shingles) > 1:
        signatures = MinHasher(permutations).signatures(unique_shingles)
        pairs = candidate_pairs(signatures, bands)
        if len(pairs):
            similarity = (signatures[pairs[:, 0]] == signatures[pairs[:, 1]]).mean(axis=1)
            sizes = np.fromiter((len(s) for s in unique_shingles), dtype=np.float64, count=len(unique_shingles))
            size_a, size_b = sizes[pairs[:, 0]], sizes[pairs[:, 1]]
            shared = similarity / (1 + similarity) * (size_a + size_b)
            contained = shared / np.minimum(size_a, size_b)
            for a, b in pairs[contained >= overlap - 0.15]:
                first, second = unique_shingles[a], unique_shingles[b]
                common = len(set(first).intersection(second))
                if common >= MIN_SHARED_SHINGLES and common >= overlap * min(len(first), len(second)):
                    groups.union(int(a), int(b))
    members: dict[int, list[int]] = {}
    for position, unique in enumerate(unique_of):
        if unique >= 0:
            members.setdefault(groups.find(int(unique)), []).append(position)
    return [m for m in members.values() if len(m) > 1]


@dataclass
class Change:
    """One word-level difference between the earliest wording and a later one."""

    earliest: str
    variant: str

    def to_dict(self) -> dict:
        return {"earliest": self.earliest, "variant": self.variant}


@dataclass
class Variant:
    attribution: Attribution
    changes: list[Change]

    @property
    def substantive(self) -> bool:
        return bool(self.changes)

    def to_dict(self) -> dict:
        out = self.attribution.to_dict()
        out["changes"] = [c.to_dict() for c in self.changes]
        return out


@dataclass
class QuoteGroup:
    """Reports of one utterance, earliest first."""

    id: int
    members: list[Attribution]
    variants: list[Variant] = field(default_factory=list)

    @property
    def earliest(self) -> Attribution:
        return self.members[0]

    @property
    def outlets(self) -> list[str]:
        return sorted({m.outlet for m in self.members if m.outlet})

    def misquotes(self) -> list[Variant]:
        """Direct quotations whose words differ from the earliest direct report in substance.

        Paraphrases are expected to differ, so only quotation-mark reports are compared."""
        direct = [m for m in self.members if m.is_direct]
        if len(direct) < 2:
            return []
        reference = direct[0]
        compared = (Variant(m, word_changes(reference.content, m.content)) for m in direct[1:])
        return [v for v in compared if v.substantive]

    def to_dict(self) -> dict:
        return {"id": self.id, "earliest": self.earliest.to_dict(), "reports": len(self.members),
                "documents": len({m.ref.document_id for m in self.members}), "outlets": self.outlets,
                "members": [m.to_dict() for m in self.members],
                "variants": [v.to_dict() for v in self.variants if v.substantive]}


def word_changes(earliest: str, later: str) -> list[Change]:
    """Differences inside the stretch both wordings cover; what one quotes beyond the other, or elides, is no change."""
    a, b = words(earliest), words(later)
    opcodes = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()]
    equal = [i for i, op in enumerate(opcodes) if op[0] == "equal"]
    if not equal:
        return []
    changes = []
    for tag, a_start, a_end, b_start, b_end in opcodes[equal[0]:equal[-1] + 1]:
        removed, added = a[a_start:a_end], b[b_start:b_end]
        if tag == "equal" or GAP in removed or GAP in added:
            continue
        changes.append(Change(" ".join(removed), " ".join(added)))
    return changes


def _chronological(attribution: Attribution) -> tuple:
    return (attribution.published is None, attribution.published or "", attribution.ref.document_id, attribution.ref.index)


def group_quotes(attributions: Iterable[Attribution], overlap: float = 0.5, min_words: int = 4) -> list[QuoteGroup]:
    """Groups of attributions reporting the same utterance, each earliest-first with its variant wordings."""
    attributions = list(attributions)
    clusters = cluster_texts([a.content for a in attributions], overlap=overlap, min_words=min_words)
    groups = []
    for cluster in clusters:
        members = sorted((attributions[i] for i in cluster), key=_chronological)
        groups.append(QuoteGroup(0, members))
    groups.sort(key=lambda g: _chronological(g.earliest))
    for number, group in enumerate(groups, 1):
        group.id = number
        seen: dict[str, list[Change]] = {}
        for member in group.members[1:]:
            if member.content not in seen:
                seen[member.content] = word_changes(group.earliest.content, member.content)
            group.variants.append(Variant(member, seen[member.content]))
    return groups
