"""When positions shift: one speaker, one topic, statements of opposite stance at different times.

Stance toward a topic is the sign of what the statement wants for it (staying, support: +;
downfall, removal, opposition: −) flipped by each negation, so "this man can't stay in power" (−)
and "will not seek his downfall" (+) come out opposed although both are negative sentences.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from typing import Iterable

from onrecord.analysis.attributions import Attribution, attributions
from onrecord.analysis.speakers import SpeakerIndex, canonical_speakers
from onrecord.model import ExtractedDocument

AGAINST = re.compile(
    r"\b(?:downfall|oust\w*|remov\w*|topple\w*|overthrow\w*|oppos\w*|against|end(?:ed|ing)?|stop\w*|ban\w*|"
    r"block\w*|reject\w*|scrap\w*|abolish\w*|repeal\w*|cut\w*|withdraw\w*|leave|resign\w*|condemn\w*|"
    r"punish\w*|sanction\w*|attack\w*|defeat\w*|fire|fired|impeach\w*|kill\w*|wrong|bad|terrible|disaster|"
    r"failure|mistake|dangerous|criminal|corrupt\w*|unfit)\b", re.I)
NEGATION = re.compile(r"\b(?:not|never|no|cannot|nor|neither)\b|n['’]t\b", re.I)
_TOPIC = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]+)*")
_NOT_TOPICS = {"I", "We", "He", "She", "They", "It", "The", "But", "And", "This", "That", "Mr", "Mrs", "Ms", "If", "In"}


@dataclass
class Statement:
    attribution: Attribution
    stance: int
    signals: int

    def to_dict(self) -> dict:
        out = self.attribution.to_dict()
        out["stance"] = "for" if self.stance > 0 else "against"
        return out


@dataclass
class Shift:
    """Two statements of one speaker on one topic, earlier first, whose stances disagree."""

    speaker_id: str
    speaker: str
    topic: str
    earlier: Statement
    later: Statement
    confidence: float

    def to_dict(self) -> dict:
        return {"speaker": {"id": self.speaker_id, "name": self.speaker}, "topic": self.topic,
                "confidence": round(self.confidence, 3), "earlier": self.earlier.to_dict(), "later": self.later.to_dict()}


def stance(content: str) -> tuple[int, int]:
    """(+1 for / −1 against, how many words decided it)."""
    against = len(AGAINST.findall(content))
    negations = len(NEGATION.findall(content))
    sign = (-1 if against % 2 else 1) * (-1 if negations % 2 else 1)
    return sign, against + negations


def mentions_topic(content: str, topic: str) -> bool:
    return re.search(r"\b" + re.escape(topic) + r"\b", content, re.I) is not None


def topics_of(statements: Iterable[Attribution], minimum: int = 2) -> list[str]:
    """Names and capitalised phrases a speaker returns to in at least `minimum` articles."""
    seen: Counter = Counter()
    for attribution in statements:
        found = {m.group().strip() for m in _TOPIC.finditer(attribution.content)}
        seen.update({(t, attribution.ref.document_id) for t in found if t not in _NOT_TOPICS and len(t) > 2})
    per_topic = Counter(topic for topic, _ in seen)
    return sorted(t for t, n in per_topic.items() if n >= minimum)


def position_shifts(documents: Iterable[ExtractedDocument], speaker: str | None = None, topic: str | None = None,
                    index: SpeakerIndex | None = None, limit: int = 50) -> list[Shift]:
    """Opposite-stance statement pairs per speaker and topic, at different times, most confident first."""
    documents = list(documents)
    index = index or canonical_speakers(documents)
    by_ref = {a.ref: a for a in attributions(documents)}
    speakers = index.find(speaker)[:1] if speaker else [s for s in index.ranked() if s.kind != "anonymous"]
    shifts = []
    for canonical in speakers:
        said = [by_ref[ref] for ref in canonical.mentions if ref in by_ref]
        for subject in [topic] if topic else topics_of(said):
            statements = _distinct([Statement(a, *stance(a.content)) for a in said if mentions_topic(a.content, subject)])
            for first, second in combinations(statements, 2):
                if first.stance == second.stance or not _different_times(first.attribution, second.attribution):
                    continue
                earlier, later = sorted((first, second), key=lambda s: (s.attribution.published or "", s.attribution.ref.document_id))
                shifts.append(Shift(canonical.id, canonical.name, subject, earlier, later, _confidence(earlier, later)))
    shifts.sort(key=lambda s: (-s.confidence, s.speaker_id, s.topic))
    return shifts[:limit]


def _distinct(statements: list[Statement]) -> list[Statement]:
    """One statement per wording and date: a line repeated in many reports is one position, and
    comparing every copy with every other would make a much-quoted speaker's page crawl."""
    seen, kept = set(), []
    for statement in statements:
        key = (" ".join(statement.attribution.content.lower().split()), statement.attribution.published)
        if key not in seen:
            seen.add(key)
            kept.append(statement)
    return kept


def _different_times(a: Attribution, b: Attribution) -> bool:
    if a.published and b.published:
        return a.published != b.published
    return a.ref.document_id != b.ref.document_id


def _confidence(earlier: Statement, later: Statement) -> float:
    """Direct quotes, explicit stance words and dated reports each make a shift more believable."""
    score = 0.3
    score += 0.2 * (earlier.attribution.is_direct and later.attribution.is_direct)
    score += 0.15 * min(earlier.signals, 2) / 2 + 0.15 * min(later.signals, 2) / 2
    score += 0.2 * bool(earlier.attribution.published and later.attribution.published)
    return min(score, 1.0)
