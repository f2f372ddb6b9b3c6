"""Find a cue or source the tagger missed, from the words around an attribution.

The tagger often finds a content and its cue but not the source ("…, officials said"), or a quote
with no cue at all. News grammar is regular enough there: the source is the noun phrase just
before the cue ("X said") or just after it ("said X", "according to X").
"""
from __future__ import annotations

import re

from onrecord.extract.lexicon import cue_category
from onrecord.model import Span

_SKIPPABLE = {
    "also", "later", "previously", "recently", "repeatedly", "has", "had", "have", "is", "was",
    "were", "are", "been", "then", "once", "still", "often", "again", "further", "publicly",
    "privately", "reportedly", "earlier", "now", "would", "will", "did", "does", "do", "not",
    "never", "first", "simply", "quickly", "initially", "separately", "herself", "himself",
}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who"}
_STOP = {
    "and", "but", "or", "that", "which", "as", "when", "while", "because", "if", "after", "before",
    "since", "than", "to", "of", "in", "on", "at", "for", "with", "by", "from", "about", "into",
    "said", "says", "told", "the", "a", "an", "this", "these", "those", "his", "her", "their", "its",
    "how", "what", "why", "where", "whether", "who", "whom",
}
_NOUN_LINKS = {"of", "for", "at"}  # "a spokesman for the agency", "the head of the party"
_DETERMINERS = {"the", "a", "an", "one", "two", "three", "several", "some", "many", "other", "his",
                "her", "their", "its", "our", "senior", "top", "another"}
_APPOSITIVE_TOKENS = 12  # longer runs between commas are clauses, not a description of the speaker
_TOKEN = re.compile(r"[\w’'.-]+|[^\w\s]")
# verbs that tell how a quotation was spoken (`“Let's go,” laughed Miles`): cues, though no lexicon calls them saying
MANNER_OF_SPEAKING = r"laughed|beamed|smiled|joked|quipped|shouted|yelled|sighed|grinned|exclaimed"
_CUE_WORD = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|stated|explained|noted|argued|"
    r"insisted|tweeted|stressed|warned|according to|continued|recalled|replied|responded|declared|"
    r"announced|put it|" + MANNER_OF_SPEAKING + r")\b")


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), start + m.start(), start + m.end()) for m in _TOKEN.finditer(text[start:end])]


def source_before(text: str, cue: Span, limit: int = 120) -> Span | None:
    """The noun phrase ending just before a cue ("A senior official | said")."""
    window_start = max(0, cue.start - limit, text.rfind("\n", 0, cue.start) + 1)
    tokens = _tokens(text, window_start, cue.start)
    while tokens and tokens[-1][0].lower() in _SKIPPABLE:
        tokens.pop()
    appositive_end = None
    if tokens and tokens[-1][0] == ",":
        # an appositive: "Jane Roe, the mayor of X, said" or "the mayor of X, Jane Roe, said" — the phrase
        # before the comma run with its appositive, whichever of the two names the speaker
        commas = [i for i, t in enumerate(tokens) if t[0] == ","]
        if len(commas) < 2:
            return None
        appositive = tokens[commas[-2] + 1:commas[-1]]
        if appositive and len(appositive) <= _APPOSITIVE_TOKENS and \
                (appositive[0][0][:1].isupper() or appositive[0][0].lower() in _DETERMINERS):
            appositive_end = appositive[-1][2]  # a name or a noun phrase; `dedicating the museum` is a clause
        tokens = tokens[:commas[-2]]
    if not tokens:
        return None
    word, _, end = tokens[-1]
    if re.fullmatch(r"[a-z][a-z’'-]+\.", word) and word not in ("etc.", "vs."):
        return None  # `… poised for a rebound. | Demand for`: a cue opening its sentence has no subject before it
    if word.lower() in _PRONOUNS:
        return Span(tokens[-1][1], end)
    if not re.match(r"\w", word) or word.lower() in _STOP:
        return None
    start = tokens[-1][1]
    taken = 1
    previous = tokens[:-1]
    while previous and taken < 8:
        token, token_start, _ = previous.pop()
        lower = token.lower()
        if lower in _DETERMINERS:
            start = token_start
            if not previous or previous[-1][0].lower() not in _NOUN_LINKS:
                break
            continue
        if lower in _NOUN_LINKS and previous and previous[-1][0].lower() not in _STOP:
            continue
        if not re.match(r"[\w’'-]", token) or not re.search(r"\w", token) or lower in _STOP:
            break  # `(Continental Press) - | Kestrian President Milos Varga`: a dash is no part of a name
        start = token_start
        taken += 1
    return Span(start, appositive_end or end)


def source_after(text: str, cue: Span, limit: int = 80) -> Span | None:
    """The noun phrase just after a cue ("said | Mayor Jane Roe", "according to | the report")."""
    line_end = text.find("\n", cue.end)
    tokens = _tokens(text, cue.end, min(len(text), cue.end + limit, line_end if line_end >= 0 else len(text)))
    if not tokens:
        return None
    first = tokens[0][0]
    if not (first[:1].isupper() or first.lower() in _DETERMINERS or first.lower() in _PRONOUNS):
        return None
    end, start = tokens[0][2], tokens[0][1]
    for token, _, token_end in tokens[1:]:
        if not re.match(r"[\w’'-]", token) or token.lower() in _STOP - _DETERMINERS:
            break
        end = token_end
    return Span(start, end)


def cue_near(text: str, content: Span, limit: int = 60) -> Span | None:
    """A speech verb right after or right before a content the tagger left without a cue."""
    after = _CUE_WORD.search(text, content.end, min(len(text), content.end + limit))
    if after and _one_sentence(text[content.end:after.start()]):
        return Span(after.start(), after.end())
    before = None
    for match in _CUE_WORD.finditer(text, max(0, content.start - limit), content.start):
        before = match
    if before and _one_sentence(text[before.end():content.start]):
        return Span(before.start(), before.end())
    return None


_SAYING_AFTER_SOURCE = re.compile(r"[^\S\n]+(?:(?:also|later|have|has|had|previously|separately)[^\S\n]+)*"
                                  r"(?P<cue>said|say|says|told|warned|insisted|stressed|posted|wrote|tweeted|replied)\b")


def cue_after_source(text: str, source: Span) -> Span | None:
    """`…, people familiar with the matter | said on Thursday.`: a saying verb right after a source the tagger left
    without a cue."""
    found = _SAYING_AFTER_SOURCE.match(text, source.end)
    return Span(found.start("cue"), found.end("cue")) if found else None


_VERB_FORM = re.compile(r"[a-z]+(?:ed|ing)|said|told|wrote|spoke|sang|swore", re.I)
_WORD_BEFORE = re.compile(r"[\w’'-]+")


def speech_verb_before(text: str, quotation: Span, limit: int = 60) -> Span | None:
    """`…, who joked of the museum, “…”`, `Clinton asking, “…”`: the nearest verb of saying in the quotation's own
    sentence before it, from the whole speech lexicon (the tagger and the short list above miss the long tail)."""
    start = max(0, quotation.start - limit)
    for match in reversed(list(_WORD_BEFORE.finditer(text, start, quotation.start))):
        if not _one_sentence(text[match.end():quotation.start]):
            return None
        word = match.group()
        if word.islower() and _VERB_FORM.fullmatch(word) and cue_category(word) == "speech":
            return Span(match.start(), match.end())
    return None


def _one_sentence(between: str) -> bool:
    return "\n" not in between and not re.search(r"[.!?]\s", between)
