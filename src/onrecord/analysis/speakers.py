"""Canonical speakers across articles: one entity for "Biden", "President Biden" and "Joe Biden".

Merging is deliberately conservative, because a wrong merge puts words in someone's mouth:
full names merge on (first name, surname, suffix) after folding initials, nicknames and accents;
a bare surname merges only when its own article names exactly one person with that surname (or
one clearly dominates), or, failing that, when the whole collection knows one person by it and
that person shares co-speakers with the article. Anonymous sources become typed groups by their
description ("senior White House official") and never meet named people; organisations merge on
their name without "the".
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from onrecord.analysis.attributions import Attribution, AttributionRef, attributions
from onrecord.analysis.names import (NOT_NAMES, ORG_WORDS, TITLE_WORDS, ParsedName, fold, name_key, parse_name)
from onrecord.model import ExtractedDocument
from onrecord.speakers.resolve import ANONYMOUS_HEADS, GROUP_PRONOUNS, PERSON_PRONOUNS, SELF_PRONOUNS, TITLES

DOMINANT_SHARE = 0.9
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | SELF_PRONOUNS | {"its", "their", "it", "our", "my", "your"}
_DETERMINERS = re.compile(
    r"^(?:(?:a|an|the|one|two|three|four|several|some|many|other|multiple|few|a few|a number of|"
    r"numerous|more|most|top|another)\s+)+", re.I)
_CLAUSE = re.compile(r"\s*(?:,|\bwho\b|\bspeaking\b|\bon condition\b|\bon the condition\b|\bwhich\b).*$", re.I)
_IRREGULAR_SINGULAR = {"people": "person", "staffers": "staffer", "analysts": "analyst"}
_TITLE_PATTERN = "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))


@dataclass
class RoleSighting:
    role: str
    first_seen: str | None
    last_seen: str | None
    documents: set[str] = field(default_factory=set)

    def to_dict(self) -> dict:
        return {"role": self.role, "first_seen": self.first_seen, "last_seen": self.last_seen,
                "documents": sorted(self.documents)}


@dataclass
class CanonicalSpeaker:
    """One person, organisation or anonymous group, with every way the articles named it."""

    id: str
    name: str
    kind: str
    aliases: Counter = field(default_factory=Counter)
    roles: dict[str, RoleSighting] = field(default_factory=dict)
    mentions: list[AttributionRef] = field(default_factory=list)
    outlets: set[str] = field(default_factory=set)

    @property
    def documents(self) -> set[str]:
        return {ref.document_id for ref in self.mentions}

    def add_role(self, role: str, document_id: str, published: str | None) -> None:
        role = " ".join(role.split()).strip(" ,.").lower()
        if not role or len(role) > 80 or " and " in role:
            return
        sighting = self.roles.setdefault(role, RoleSighting(role, published, published))
        sighting.documents.add(document_id)
        if published:
            sighting.first_seen = min(filter(None, (sighting.first_seen, published)))
            sighting.last_seen = max(filter(None, (sighting.last_seen, published)))

    def to_dict(self) -> dict:
        return {
            "id": self.id, "name": self.name, "kind": self.kind,
            "aliases": dict(self.aliases.most_common()),
            "roles": [r.to_dict() for r in sorted(self.roles.values(), key=lambda r: (r.first_seen or "", r.role))],
            "attributions": len(self.mentions), "documents": len(self.documents),
            "outlets": sorted(self.outlets),
        }


class SpeakerIndex:
    """Canonical speakers and which one said each attribution; built by `canonical_speakers`."""

    def __init__(self) -> None:
        self.speakers: dict[str, CanonicalSpeaker] = {}
        self._by_ref: dict[AttributionRef, str] = {}

    def of(self, ref: AttributionRef) -> CanonicalSpeaker | None:
        speaker_id = self._by_ref.get(ref)
        return self.speakers[speaker_id] if speaker_id else None

    def find(self, query: str) -> list[CanonicalSpeaker]:
        """Speakers whose id, name or an alias matches the query, best known first."""
        wanted = fold(query)
        exact = [s for s in self.speakers.values()
                 if wanted in (s.id, fold(s.name)) or any(fold(a) == wanted for a in s.aliases)]
        found = exact or [s for s in self.speakers.values()
                          if wanted in fold(s.name) or any(wanted in fold(a) for a in s.aliases)]
        return sorted(found, key=lambda s: -len(s.mentions))

    def assign(self, attribution: Attribution, speaker_id: str, name: str, kind: str, alias: str) -> CanonicalSpeaker:
        speaker = self.speakers.setdefault(speaker_id, CanonicalSpeaker(speaker_id, name, kind))
        if fold(alias) not in PRONOUNS:
            speaker.aliases[alias] += 1
        speaker.mentions.append(attribution.ref)
        if attribution.outlet:
            speaker.outlets.add(attribution.outlet)
        self._by_ref[attribution.ref] = speaker_id
        return speaker

    def ranked(self) -> list[CanonicalSpeaker]:
        return sorted(self.speakers.values(), key=lambda s: (-len(s.mentions), s.id))


def anonymous_type(description: str) -> str:
    """The group an anonymous source belongs to: "two senior White House officials" → "senior White House official"."""
    text = _CLAUSE.sub("", " ".join(description.split()))
    text = _DETERMINERS.sub("", text).strip(" ,.")
    words = text.split()
    if not words:
        return description.strip().lower()
    position = next((i for i, w in enumerate(words) if w.lower() in ANONYMOUS_HEADS), len(words) - 1)
    head = words[position].lower()
    words[position] = _IRREGULAR_SINGULAR.get(head, head[:-1] if head.endswith("s") and not head.endswith("ss") else head)
    if len(words) == 1 or not words[1][:1].isupper():
        words[0] = words[0].lower()
    return " ".join(words)


def _slug(*parts: str) -> str:
    return "-".join(re.sub(r"[^a-z0-9]+", "-", fold(p)).strip("-") for p in parts if p)


def _person_id(key: tuple[str, str, str]) -> str:
    return "person:" + _slug(*key)


class _Article:
    """The people one article names, found in its whole text, not only in its sources."""

    def __init__(self, text: str):
        self.text = text
        self._cache: dict[str, Counter] = {}
        self.surfaces: dict[tuple[str, str, str], str] = {}

    def full_names(self, surname: str) -> Counter:
        """Keys of "First [M.] Surname" written in the article, counted; `surfaces` keeps how each was written."""
        if surname not in self._cache:
            pattern = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:[A-Z]\.\s+)?" + re.escape(surname)
                                 + r"(?:\s+(Jr\.?|Sr\.?|III|II))?\b(?![\w-])")
            found: Counter = Counter()
            for match in pattern.finditer(self.text):
                first = match.group(1)
                if fold(first) in NOT_NAMES or fold(first) in TITLE_WORDS or fold(first) in ORG_WORDS:
                    continue
                written = " ".join(filter(None, (first, surname, match.group(2))))
                found[name_key(written)] += 1
                self.surfaces.setdefault(name_key(written), written)
            self._cache[surname] = found
        return self._cache[surname]

    def titles_of(self, surname: str) -> set[str]:
        pattern = re.compile(r"\b(" + _TITLE_PATTERN + r")\s+(?:[A-Z][a-z]+\s+)?(?:[A-Z]\.\s+)?" + re.escape(surname) + r"\b")
        return {m.group(1).rstrip(".") for m in pattern.finditer(self.text)
                if fold(m.group(1)) not in ("mr", "mrs", "ms", "dr", "former")}


def canonical_speakers(documents: Iterable[ExtractedDocument]) -> SpeakerIndex:
    """Merge the speakers of many articles into canonical people, organisations and anonymous groups."""
    documents = list(documents)
    index = SpeakerIndex()
    unresolved: list[tuple[Attribution, str, list[str], _Article]] = []
    names_by_key: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for extracted in documents:
        article = _Article(extracted.document.text)
        for attribution in attributions([extracted]):
            speaker = attribution.speaker
            if speaker is None or speaker.kind == "unknown" or not speaker.name.strip():
                continue
            if speaker.kind == "anonymous":
                group = anonymous_type(speaker.descriptor or speaker.name)
                index.assign(attribution, "anonymous:" + _slug(group), group, "anonymous", speaker.mention or speaker.name)
            elif speaker.kind == "organization":
                name = re.sub(r"^the\s+", "", " ".join(speaker.name.split()), flags=re.I).strip(" ,.")
                # a pronoun or a description left unresolved (`the party`) names no organisation beyond its article
                local = f"@{_slug(attribution.ref.document_id)}" if fold(name.split()[0]) in PRONOUNS or name[:1].islower() else ""
                index.assign(attribution, "organization:" + _slug(name) + local, name, "organization",
                             speaker.mention or speaker.name)
            else:
                parsed = _person_name(speaker.name, speaker.mention)
                if parsed.name is None:
                    continue
                roles = parsed.roles + _description_role(speaker.mention)
                key = name_key(parsed.name)
                if not key[0]:
                    key = _resolve_surname(key, article)
                if key[0]:
                    names_by_key[key][article.surfaces.get(key, parsed.name)] += 1
                    speaker_obj = index.assign(attribution, _person_id(key), parsed.name, "person", speaker.mention or speaker.name)
                    _add_roles(speaker_obj, roles, article, key[1], attribution)
                else:
                    unresolved.append((attribution, parsed.name, roles, article))
    _attach_surnames(index, unresolved, documents)
    for key, surface in names_by_key.items():
        speaker = index.speakers[_person_id(key)]
        speaker.name = max(surface.items(), key=lambda item: (len(item[0].split()) > 1, item[1]))[0]
    return index


def _person_name(name: str, mention: str) -> ParsedName:
    """What the article wrote at this spot wins over in-article resolution when it is a full name."""
    written = parse_name(mention) if mention else ParsedName(None)
    if written.name and name_key(written.name)[0]:
        return written
    resolved = parse_name(name)
    if resolved.name and re.search(re.escape(resolved.name.split()[-1]) + r"[’']s\b", mention):
        return ParsedName(None)
    resolved.roles += written.roles
    return resolved


def _description_role(mention: str) -> list[str]:
    """A speaker mentioned as "the president" carries that role in that article."""
    words = mention.strip().split()
    if len(words) in (2, 3) and words[0].lower() == "the" and all(w[:1].islower() for w in words[1:]):
        return [" ".join(words[1:])]
    return []


def _resolve_surname(key: tuple[str, str, str], article: _Article) -> tuple[str, str, str]:
    """The full name a bare surname stands for in its own article, if the article says so unambiguously."""
    surname = key[1]
    written = " ".join(w.capitalize() for w in surname.split())
    candidates = article.full_names(written) or article.full_names(surname.title())
    if not candidates:
        return key
    ranked = candidates.most_common(2)
    best, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return best if count >= 2 * runner_up else key


def _add_roles(speaker: CanonicalSpeaker, roles: list[str], article: _Article, surname: str,
               attribution: Attribution) -> None:
    document_id = attribution.ref.document_id
    for role in roles + sorted(article.titles_of(surname.title())):
        speaker.add_role(role, document_id, attribution.published)


def _attach_surnames(index: SpeakerIndex, unresolved: list, documents: list[ExtractedDocument]) -> None:
    """Bare surnames no article resolved: join the one known person of that surname who shares co-speakers."""
    people_by_surname: dict[str, list[CanonicalSpeaker]] = defaultdict(list)
    for speaker in index.speakers.values():
        if speaker.kind == "person":
            people_by_surname[name_key(speaker.name)[1]].append(speaker)
    speakers_in_document: dict[str, set[str]] = defaultdict(set)
    for speaker in index.speakers.values():
        for document_id in speaker.documents:
            speakers_in_document[document_id].add(speaker.id)
    for attribution, name, roles, article in unresolved:
        surname = name_key(name)[1]
        document_id = attribution.ref.document_id
        candidates = people_by_surname.get(surname, [])
        speaker_id = f"person:{_slug(surname)}@{_slug(document_id)}"
        known = sum(len(c.mentions) for c in candidates)
        dominant = [c for c in candidates if len(c.mentions) >= DOMINANT_SHARE * known]
        if dominant:
            candidate = dominant[0]
            co_speakers = set().union(*(speakers_in_document[d] for d in candidate.documents)) - {candidate.id}
            titles = {r.lower().rstrip(".") for r in roles} | {t.lower() for t in article.titles_of(name.split()[-1])}
            if co_speakers & speakers_in_document[document_id] or titles & set(candidate.roles):
                speaker_id = candidate.id
        speaker = index.assign(attribution, speaker_id, name, "person", attribution.speaker.mention or name)
        _add_roles(speaker, roles, article, surname, attribution)
