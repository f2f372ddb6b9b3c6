"""What a cue says about its attribution: speech, thought or evidence."""
from __future__ import annotations

import re

SPEECH = {
    "say", "said", "says", "saying", "tell", "told", "tells", "telling", "write", "wrote", "writes",
    "written", "writing", "add", "added", "adds", "adding", "according", "announce", "announced",
    "tweet", "tweeted", "tweets", "ask", "asked", "asks", "claim", "claimed", "claims", "state",
    "stated", "states", "stress", "stressed", "insist", "insisted", "argue", "argued", "argues",
    "explain", "explained", "note", "noted", "notes", "report", "reported", "reports", "reporting",
    "declare", "declared", "warn", "warned", "warns", "promise", "promised", "vow", "vowed",
    "call", "called", "calls", "calling", "deny", "denied", "denies", "admit", "admitted",
    "acknowledge", "acknowledged", "suggest", "suggested", "suggests", "reply", "replied",
    "respond", "responded", "continue", "continued", "comment", "commented", "confirm",
    "confirmed", "recall", "recalled", "quote", "quoted", "accuse", "accused", "criticize",
    "criticized", "praise", "praised", "describe", "described", "urge", "urged", "predict",
    "predicted", "charge", "charged", "boast", "boasted", "joke", "joked", "mock", "mocked",
    "pledge", "pledged", "testify", "testified", "told reporters", "statement", "interview",
    "speech", "tell", "posted", "post", "wrote", "op-ed", "put", "declined", "agree", "agreed",
    "point", "pointed", "maintain", "maintained", "contend", "contended", "assert", "asserted",
    "repeat", "repeated", "emphasize", "emphasized", "concede", "conceded", "shout", "shouted",
    "outline", "outlined", "outlines", "outlining", "publish", "published", "publishes",
    ":", "—", "–", "―",
}
THOUGHT = {
    "believe", "believes", "believed", "think", "thinks", "thought", "want", "wants", "wanted",
    "hope", "hopes", "hoped", "fear", "fears", "feared", "feel", "feels", "felt", "expect",
    "expects", "expected", "know", "knows", "knew", "worry", "worried", "worries", "consider",
    "considers", "considered", "doubt", "doubts", "see", "sees", "saw", "view", "views", "like",
    "likes", "support", "supports", "oppose", "opposes", "plan", "plans", "intend", "intends",
    "seek", "seeks", "decide", "decided", "prefer", "prefers", "realize", "realized", "wish",
    "convinced", "skeptical", "sure", "concerned", "aware", "understand", "understood", "agree",
}
EVIDENCE = {
    "show", "shows", "showed", "shown", "find", "found", "finds", "poll", "polls", "survey",
    "surveys", "indicate", "indicates", "indicated", "data", "study", "suggests", "reveal",
    "reveals", "revealed", "estimate", "estimates", "estimated", "records", "documents",
    "analysis", "research", "figures", "results",
}
_WORD = re.compile(r"[\w'’-]+|[:—–]")


def cue_category(cue_text: str) -> str:
    """speech / thought / evidence / other, from the cue's words (speech wins ties)."""
    words = [w.lower() for w in _WORD.findall(cue_text)]
    if not words:
        return "other"
    if "according" in words or any(w in SPEECH for w in words):
        return "speech"
    if any(w in EVIDENCE for w in words):
        return "evidence"
    if any(w in THOUGHT for w in words):
        return "thought"
    return "other"
