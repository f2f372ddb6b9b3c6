"""Person names as speakers appear in extracted sources, reduced to something comparable.

Extracted sources come with their titles and appositions attached ("Clinton campaign Chairman
John Podesta", "Sarandon, 69", "Axelrod, a former newspaperman"); merging across articles needs
the bare name, a key that ignores initials and nicknames, and the roles kept apart.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from onrecord.speakers.resolve import ANONYMOUS_HEADS, ORG_WORDS, TITLES

HONORIFICS = {"mr", "mrs", "ms", "dr", "miss", "former"}
TITLE_WORDS = {word.lower().rstrip(".") for title in TITLES for word in title.split()} | {
    "spokesman", "spokeswoman", "spokesperson", "manager", "chair", "adviser", "advisor", "aide",
    "strategist", "pollster", "host", "anchor", "founder", "chief", "head", "executive", "officer",
    "nominee", "candidate", "rev", "sgt", "lt", "col", "capt", "adm", "amb", "us", "u.s", "republican",
    "democratic", "democrat", "gop", "ally", "lawyer", "attorney", "economist", "professor", "pastor", "father", "sister", "brother", "lord", "sir", "prince",
}
NICKNAMES = {
    "joe": "joseph", "bill": "william", "billy": "william", "will": "william", "bernie": "bernard",
    "ben": "benjamin", "mike": "michael", "bob": "robert", "rob": "robert", "bobby": "robert",
    "jim": "james", "jimmy": "james", "tom": "thomas", "dick": "richard", "rick": "richard",
    "dan": "daniel", "dave": "david", "steve": "steven", "stephen": "steven", "tony": "anthony",
    "chuck": "charles", "charlie": "charles", "ed": "edward", "andy": "andrew", "nick": "nicholas",
    "pat": "patrick", "matt": "matthew", "sam": "samuel", "liz": "elizabeth", "beth": "elizabeth",
    "kate": "katherine", "jon": "jonathan", "greg": "gregory", "jeff": "jeffrey", "ken": "kenneth",
    "larry": "lawrence", "ron": "ronald", "don": "donald", "vlad": "vladimir",
}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
PARTICLES = {"de", "van", "von", "der", "den", "al", "bin", "da", "di", "du", "la", "le", "del", "dos", "st"}
NOT_NAMES = {
    "the", "a", "an", "and", "but", "or", "as", "like", "unlike", "only", "others", "other", "another",
    "some", "many", "most", "all", "both", "one", "two", "three", "several", "this", "that", "these",
    "those", "it", "its", "he", "she", "they", "we", "i", "you", "who", "which", "what", "yesterday",
    "today", "tomorrow", "when", "while", "if", "after", "before", "since", "in", "on", "at", "for",
    "with", "from", "by", "of", "to", "so", "then", "also", "still", "even", "meanwhile", "however",
    "though", "says", "said", "told", "asked", "according", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "mrs", "mr", "ms",
    "dr", "sen", "rep", "gov", "records", "report", "reports", "poll", "polls", "data", "survey",
    "emails", "statement", "analysis", "study", "democrats", "republicans", "americans", "voters",
}
TRAILING_NOISE = {"himself", "herself", "themselves", "however", "though", "too", "also", "but",
                  "for", "example", "instead", "said", "says", "added", "told", "alone"}
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w’'-]*\.?|[A-Z]\.(?:[A-Z]\.)*|O’\w+|O'\w+|Mc\w+)$")
_PARENTHETICAL = re.compile(r"\([^)]*\)")
_RELATIVE = re.compile(r"\s+(?:who|which|that|whose)\b.*$", re.I)
_ROLE_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)


def fold(word: str) -> str:
    """Lowercase without accents or trailing dots, so 'Lazăr' and 'Lazar' compare equal."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip(".’'")


@dataclass
class ParsedName:
    name: str | None
    roles: list[str] = field(default_factory=list)


def _is_name_token(token: str) -> bool:
    return bool(_NAME_TOKEN.match(token)) or token.lower() in PARTICLES


def _is_title(token: str) -> bool:
    word = fold(token)
    return word in TITLE_WORDS or word in ORG_WORDS or word in HONORIFICS


def parse_name(raw: str) -> ParsedName:
    """Split an extracted person source into its bare name and the roles written around it."""
    raw = _PARENTHETICAL.sub(" ", raw.split("\n")[-1]).strip(" ,.;:")
    head, _, tail = raw.partition(",")
    roles = []
    apposition = _RELATIVE.sub("", tail.split(",")[0]).strip()
    if _ROLE_ARTICLE.match(apposition) and len(apposition.split()) <= 8:
        roles.append(_ROLE_ARTICLE.sub("", apposition))
    tokens = [t.strip("’'\"“”") for t in head.split()]
    possessive = any(t.endswith(("’s", "'s")) for t in tokens)
    tokens = [t[:-2] if t.endswith(("’s", "'s")) else t for t in tokens if t]
    while tokens and fold(tokens[-1]) in TRAILING_NOISE:
        tokens.pop()
    start = len(tokens)
    while start > 0 and _is_name_token(tokens[start - 1]):
        start -= 1
    run = tokens[start:]
    titled = [i for i, token in enumerate(run[:-1]) if _is_title(token)]
    if titled:
        start += titled[-1] + 1
        run = run[titled[-1] + 1:]
    prefix = [t for t in tokens[:start] if fold(t) not in HONORIFICS]
    if prefix and _is_title(prefix[-1]) and not possessive:
        roles.insert(0, " ".join(prefix))
    return ParsedName(" ".join(run) if _looks_like_name(run) else None, roles)


def _looks_like_name(tokens: list[str]) -> bool:
    words = [fold(t) for t in tokens]
    if not 1 <= len(tokens) <= 5 or any(w in NOT_NAMES for w in words):
        return False
    if len(tokens) == 1 and (words[0] in ORG_WORDS or words[0] in ANONYMOUS_HEADS or words[0] in TITLE_WORDS):
        return False
    return any(len(w) > 1 and t[:1].isupper() and not t.isupper() for w, t in zip(words, tokens))


def name_key(name: str) -> tuple[str, str, str]:
    """(first name, surname, suffix) ignoring initials, middle names, nicknames and accents."""
    words = [fold(t) for t in name.split()]
    suffix = words.pop() if len(words) > 1 and words[-1] in SUFFIXES else ""
    words = [w for w in words if len(w) > 1 or not w.isalpha()]
    if not words:
        return "", fold(name), suffix
    surname_start = len(words) - 1
    while surname_start > 0 and words[surname_start - 1] in PARTICLES:
        surname_start -= 1
    surname = " ".join(words[surname_start:])
    first = words[0] if surname_start > 0 else ""
    return NICKNAMES.get(first, first), surname, suffix
