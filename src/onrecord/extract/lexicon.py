"""What a cue says about its attribution: speech, thought or evidence.

The lists hold base forms; a cue word is looked up with its inflection stripped (`warned`,
`warning`, `warns` → `warn`), so the lists stay short and cover every tense.
"""
from __future__ import annotations

import re

SPEECH = {
    "say", "tell", "write", "add", "according", "announce", "tweet", "ask", "claim", "state", "stress",
    "insist", "argue", "explain", "note", "report", "declare", "warn", "promise", "vow", "call", "deny",
    "admit", "acknowledge", "suggest", "reply", "respond", "continue", "comment", "confirm", "recall",
    "quote", "accuse", "criticize", "criticise", "praise", "describe", "urge", "predict", "charge",
    "boast", "joke", "mock", "pledge", "testify", "statement", "interview", "speech", "post", "op-ed",
    "put", "decline", "agree", "point", "maintain", "contend", "assert", "repeat", "emphasize",
    "emphasise", "concede", "shout", "outline", "publish", "blast", "cite", "liken", "condemn",
    "conclude", "encourage", "refer", "reference", "denounce", "complain", "observe", "proclaim", "scold",
    "wonder", "bemoan", "compare", "yell", "chant", "exhort", "blame", "dismiss", "demand", "label",
    "lament", "threaten", "recount", "remark", "retort", "counter", "question", "slam", "attack",
    "characterize", "dub", "brand", "allege", "assure", "reassure", "caution", "advise", "recommend",
    "propose", "mention", "reiterate", "clarify", "apologize", "thank", "reject", "disagree", "dispute",
    "rebut", "refute", "contradict", "chide", "rail", "lash", "decry", "hail", "applaud", "laud",
    "congratulate", "plead", "beg", "order", "instruct", "preach", "lecture", "sing", "text", "email",
    "message", "broadcast", "air", "tout", "trumpet", "brag", "quip", "muse", "whisper", "scream",
    "cry", "exclaim", "pronounce", "speak", "talk", "address", "discuss", "detail", "spell",
    "disclose", "inform", "notify", "remind", "signal", "hint", "imply", "scoff", "chime", "snap", "fume",
    "grumble", "gush", "rave", "sneer", "concur", "elaborate", "volunteer", "shoot",
    "said", "told", "wrote", "written", "spoke", "spoken", "sang", "sung", "swore", "sworn",
    ":", "—", "–", "―",
}
THOUGHT = {
    "believe", "think", "thought", "want", "hope", "fear", "feel", "felt", "expect", "know", "knew",
    "worry", "consider", "doubt", "see", "saw", "view", "like", "support", "oppose", "plan", "intend",
    "seek", "sought", "decide", "prefer", "realize", "realise", "wish", "convinced", "skeptical",
    "sure", "concerned", "aware", "understand", "understood", "suspect", "assume", "imagine",
    "remember", "recognize", "recognise", "trust", "favor", "favour", "regard", "afraid", "confident",
    "seen",
}
EVIDENCE = {
    "show", "shown", "find", "found", "poll", "survey", "data", "study", "reveal", "estimate", "record",
    "document", "analysis", "research", "figure", "result", "indicate", "suggest",
}
_NO_RESPONSE = re.compile(r"\b(?:not|n['’]t|never)\b.*\b(?:respond|repl|return)", re.I)  # `did not respond to`: nothing said
_WORD = re.compile(r"[\w'’-]+|[:—–―]")


def _base_forms(word: str) -> list[str]:
    """The word and what it may be inflected from: `cited` → cite, `blasting` → blast, `likens` → liken."""
    forms = [word]
    for suffix, replacements in (("ies", ("y",)), ("ied", ("y",)), ("es", ("", "e")), ("s", ("",)),
                                 ("ed", ("", "e")), ("d", ("",)), ("ing", ("", "e"))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms += [stem + r for r in replacements]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # `stopped` → stop
    return forms


def _in(words: list[str], lexicon: set[str]) -> bool:
    return any(form in lexicon for word in words for form in _base_forms(word))


def cue_category(cue_text: str) -> str:
    """speech / thought / evidence / other, from the cue's words (speech wins ties)."""
    words = [w.lower() for w in _WORD.findall(cue_text)]
    if not words or _NO_RESPONSE.search(cue_text):
        return "other"
    if _in(words, SPEECH):
        return "speech"
    if _in(words, EVIDENCE):
        return "evidence"
    if _in(words, THOUGHT):
        return "thought"
    return "other"
