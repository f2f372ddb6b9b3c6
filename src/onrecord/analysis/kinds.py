"""What kind of statement an attribution reports, and whether it affirms or negates.

Rules over the cue and the content words (modal + negation + verb patterns), in an order that
puts the specific before the general: an assurance first (including a pledge made for someone
else), then refusal cues, questions, refusals in the content (negated future or will), denials (negated past or a denying cue), commitments (will, promise, vow),
opinions (belief cues, evaluative or normative words) and finally plain claims.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("commitment", "refusal", "denial", "assurance", "claim", "opinion", "question")
POLARITIES = ("positive", "negative")
OPENING_WORDS = 12  # polarity is the main clause's; later clauses of a long quote add noise


def _words(*alternatives: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)


_NEGATION = r"(?:not|n['’]t|never|no longer)"
_FUTURE = r"(?:will|would|shall|['’]ll|['’]d|going to|gonna)"
ASSURANCE_WORDS = _words(r"assur\w*", r"reassur\w*", r"guarantee\w*", r"promises? (?:that|from)")
ON_ANOTHERS_BEHALF = re.compile(r"^\W*that\s+(?:his|her|their|the)\s+\w+\s+(?:will|would)\b", re.I)
QUESTION_CUES = _words(r"ask(?:ed|s|ing)?(?! for)", r"wonder\w*", r"inquir\w*", r"questions? (?:about|over|of|whether)")
INDIRECT_QUESTION = re.compile(r"^\W*(?:whether|if|what|why|how|who|whom|which|when|where)\b", re.I)
REFUSAL_CUES = _words(r"refus\w*", r"declin\w*", r"rebuff\w*", r"dismiss\w*", r"hesitat\w*",
                      r"(?<!not )(?<!n['’]t )rul(?:e|ed|es|ing) out", r"not (?:respond|return)\w*", r"would not",
                      r"will not", r"won['’]t", r"wouldn['’]t")
REFUSAL_CONTENT = re.compile(
    rf"(?:^\W*(?:that\s+)?(?:he|she|they|it)|\b(?:i|we))\s+(?:{_FUTURE}\s+{_NEGATION}|won['’]t|wouldn['’]t|"
    rf"(?:could|can)\s*(?:not|n['’]t) support|(?:are|is|am|['’]re|['’]m)\s+{_NEGATION}\s+(?:going to|voting|supporting|endorsing))\b"
    rf"|^\W*(?:not to|to not|no longer)\b|\bnot (?:voting|going to vote|supporting|endorsing)\b", re.I)
DENIAL_CUES = _words(r"den(?:y|ied|ies|ying)", r"contradict\w*", r"disput\w*", r"rebut\w*", r"refut\w*")
DENIAL_CONTENT = re.compile(
    rf"\b(?:i|we)\s*(?:(?:have|has|had|did|do|does|was|were|am|are|['’]m|['’]re)\s+{_NEGATION}|never)\b"
    rf"|\bno (?:violations?|evidence|truth|wrongdoing)\b"
    rf"|\bnot (?:true|guilty)\b", re.I)
COMMITMENT_CUES = _words(r"pledg\w*", r"promis\w*", r"vow\w*", r"commit\w*", r"seeks?", r"threaten\w*",
                         r"agreed", r"announc\w*", r"plans?", r"intends?")
COMMITMENT_CONTENT = re.compile(
    rf"^\W*(?:(?:that\s+)?(?:he|she|they|we|i)\s*(?:will|would|['’]ll|['’]d)(?:\s+(?!be\b|have\b)\w+|\W*$))"
    rf"|^\W*(?:that\s+)?(?:he|she|they)\s+(?:wants?|plans?|intends?) to\b"
    rf"|\b(?:i|we)\s+(?:will|shall|['’]ll|am going to|are going to|['’]m going to|['’]re going to|plan to|intend to)\b", re.I)
OPINION_CUES = _words(r"think\w*", r"thought", r"believ\w*", r"feel\w*", r"felt", r"argu\w*", r"suggest\w*", r"hop\w*",
                      r"wish\w*", r"expect\w*", r"call\w*", r"prais\w*", r"critici\w*", r"denounc\w*", r"rail\w*",
                      r"slam\w*", r"blast\w*", r"complain\w*", r"favou?r\w*", r"endors\w*", r"compliment\w*", r"regard\w*",
                      r"sees?", r"seems?", r"worr\w*", r"fear\w*", r"predict\w*", r"warn\w*", r"condemn\w*",
                      r"questioned", r"disagree\w*", r"casts?", r"contend\w*", r"float\w*", r"trust\w*", r"outrag\w*",
                      r"plead\w*(?! guilty)", r"urg\w*", r"propos\w*", r"spoke out", r"attack\w*", r"insist\w*")
OPINION_CONTENT = _words(
    r"i think", r"i believe", r"i feel", r"i hope", r"in my view", r"should(?:n['’]t)?", r"ought", r"must", r"need to",
    r"needs to", r"seems?", r"probably", r"likely", r"clearly", r"obviously", r"inevitabl\w*", r"great", r"good",
    r"bad", r"best", r"worst", r"terrible", r"horrible", r"horrific", r"wrong", r"mistake", r"failure", r"disaster",
    r"amazing", r"important", r"ridiculous", r"absurd", r"suspect", r"offensive", r"stupid", r"strong", r"weak",
    r"unfair\w*", r"incredibl\w*", r"rigged", r"disgusting", r"dirty", r"corrupt\w*", r"dangerous", r"crazy",
    r"outrageous", r"lacks?", r"unfit", r"unqualified", r"typical", r"appropriate", r"asset", r"improvement",
    r"hopeful", r"optimistic",
    r"(?:will|would|could) (?:really|never|probably|lose|win|be the end)")
NEGATIVE_CUES = _words(r"against", r"denounc\w*", r"critici\w*", r"slam\w*", r"rail\w*", r"reject\w*", r"complain\w*", r"attack\w*", r"blam\w*", r"skewer\w*", r"questioned", r"oppos\w*",
                       r"contradict\w*", r"dismiss\w*", r"accus\w*", r"disagree\w*")
NEGATED_CUE = re.compile(rf"\b{_NEGATION}\b", re.I)
NEGATIVE_CONTENT = re.compile(
    rf"\b{_NEGATION}\b|\b(?:no|nobody|nothing|none|neither|nor|cannot)\b"
    r"|\b(?:wrong|mistake|bad|terrible|horrible|horrific|failure|disaster|suspect|offensive|stupid|"
    r"unfair\w*|fault|reject\w*)\b", re.I)


@dataclass(frozen=True)
class StatementKind:
    kind: str
    polarity: str

    def to_dict(self) -> dict:
        return {"kind": self.kind, "polarity": self.polarity}


def _unquoted(content: str) -> str:
    return content.strip().strip("\"“”'‘’ ").strip()


def statement_kind(content: str, cue: str = "") -> StatementKind:
    """The kind and polarity of one attribution from its content and cue words."""
    text = _unquoted(content)
    kind = _kind(text, cue)
    opening = " ".join(text.split()[:OPENING_WORDS])
    negative = kind in ("refusal", "denial") or bool(NEGATIVE_CUES.search(cue)) or \
        bool(NEGATIVE_CONTENT.search(opening)) or bool(NEGATED_CUE.search(cue))
    return StatementKind(kind, "negative" if negative else "positive")


def _kind(text: str, cue: str) -> str:
    if ASSURANCE_WORDS.search(cue) or ASSURANCE_WORDS.search(text) or \
            COMMITMENT_CUES.search(cue) and ON_ANOTHERS_BEHALF.match(text):
        return "assurance"
    if REFUSAL_CUES.search(cue):
        return "refusal"
    if text.rstrip("\"”’' ").endswith("?") or QUESTION_CUES.search(cue) or INDIRECT_QUESTION.match(text) and not \
            re.match(r"\W*(?:if|when)\b", text, re.I):
        return "question"
    if REFUSAL_CONTENT.search(text):
        return "refusal"
    if DENIAL_CUES.search(cue) or DENIAL_CONTENT.search(text):
        return "denial"
    if COMMITMENT_CUES.search(cue) or COMMITMENT_CONTENT.search(text):
        return "commitment"
    if OPINION_CUES.search(cue) or OPINION_CONTENT.search(text):
        return "opinion"
    return "claim"
