"""Who a cue's subject is, read off a dependency parse of just the sentences that hold cues.

The tagger finds sources well when they sit next to their cue; the parse reaches the rest
("Clinton, like Obama, has urged …", "…, saying …", "according to a report by …"). Parsing only
cue sentences keeps the cost a fraction of running spaCy's full pipeline over the article.
"""
from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc, Token

from onrecord.extract.sentences import Bounds
from onrecord.model import Span

_UNIT_SIGNS = {"%", "‰", "°", "$", "£", "€", "¥"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_CUE_MODIFIERS = {"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "HYPH", "VBG", "VBN"}
_NAMING_TAGS = ("NN", "PRP", "WP", "WDT", "CD", "POS")
_SPANS_OF_TIME = {"decade", "year", "month", "week", "day", "hour", "minute", "time", "night", "morning", "evening",
                  "afternoon", "weekend", "career", "life", "lifetime"}  # `has spent a decade | arguing`: no speaker
CLIMB = {"xcomp", "advcl", "conj", "acl", "ccomp", "relcl", "pcomp", "prep", "acomp"}


class Syntax:
    """Parses of an article's cue sentences, addressed by character offsets into the article."""

    def __init__(self, parsed: list[tuple[int, Doc]]):
        self._parsed = sorted(parsed, key=lambda item: item[0])
        self._starts = [offset for offset, _ in self._parsed]
        self._offset_of_doc = {id(doc): offset for offset, doc in self._parsed}

    @classmethod
    def parse(cls, nlp: Language, text: str, bounds: Bounds, cue_offsets: list[int]) -> "Syntax":
        sentences = sorted({bounds.sentence_span(offset, len(text)) for offset in cue_offsets})
        docs = nlp.pipe(text[start:end] for start, end in sentences)
        return cls([(start, doc) for (start, _), doc in zip(sentences, docs)])

    def _tokens(self, span: Span) -> list[Token]:
        number = bisect.bisect_right(self._starts, span.start) - 1
        if number < 0:
            return []
        offset, doc = self._parsed[number]
        start, end = max(0, span.start - offset), min(len(doc.text), span.end - offset)
        if start >= end:
            return []
        tokens = doc.char_span(start, end, alignment_mode="expand")
        return [t for t in tokens if t.idx < end and t.idx + len(t) > start] if tokens is not None else []

    def _offset(self, token: Token) -> int:
        return self._offset_of_doc[id(token.doc)]

    def subject_of(self, cue: Span) -> Span | None:
        """The subject phrase of the cue's verb, climbing out of participles and coordinations."""
        tokens = self._tokens(cue)
        if not tokens:
            return None
        if tokens[0].lower_ == "according":
            objects = [t for t in tokens[-1].subtree if t.dep_ == "pobj"] or \
                      [c for t in tokens for c in t.children if c.dep_ == "pobj"]
            return self._phrase(objects[0]) if objects else None
        verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")]
        head = verbs[-1] if verbs else tokens[-1]
        owners = [c for c in head.children if c.dep_ == "poss"] if head.tag_.startswith("NN") else []
        if owners:
            return self._phrase(owners[0])
        climbed = False
        for _ in range(4):
            if climbed and head.dep_ == "ccomp" and head.head.tag_.startswith("VB") and head.head.i < head.i:
                head = head.head  # `X said he did A and argued B`: the speaker of both is X
                continue
            agents = [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents:
                return self._phrase(agents[0])  # `was reported by The Post`: the speaker is the agent
            subjects = [c for c in head.children if c.dep_ in SUBJECTS]
            if subjects:
                before = [c for c in subjects if c.i < head.i]  # `The plan, Ada Moss said, …` parsed with two
                return self._phrase(before[-1] if before else subjects[0])  # subjects: the one next to the verb
            if not climbed and head.tag_ == "VBG" and head.dep_ == "advcl" and head.i > 0 and head.nbor(-1).text == "," \
                    and head.head.dep_ in ("ccomp", "acl", "relcl") and head.sent.root.i < head.head.i:
                head, climbed = head.sent.root, True  # `X rejected claims that his army shelled towns, telling …`:
                continue  # the participle is the sentence's subject's act, not the reported clause's
            opening = next((t.i for t in head.doc if not t.is_space), 0)
            if head.tag_ == "VBG" and head.left_edge.i == opening and head.sent.root is not head:
                head = head.sent.root  # `Claiming …, Trump told Fox`: an opening participle is the main subject's
                continue
            if climbed and head.dep_ == "acl" and head.head.dep_ in ("dobj", "pobj") and head.tag_ == "VB":
                head, climbed = head.head.head, True  # `ran on his ability to jolt …`: the act hangs off the verb's object
                continue
            if head.dep_ not in CLIMB or head.head is head:
                return None
            stranded = self._subject_left_in_object(head)
            if stranded is not None:
                return self._phrase(stranded)
            objects = [c for c in head.head.children if c.dep_ == "dobj"
                       and c.lower_.removesuffix("s") not in _SPANS_OF_TIME] \
                if head.dep_ == "xcomp" else []
            if objects and objects[0].i < head.i:
                return self._phrase(objects[0])  # `pressed Stumpf to admit …`: the one pressed admits
            head, climbed = head.head, True
        return None

    @staticmethod
    def _subject_left_in_object(verb: Token) -> Token | None:
        """`Critics mocked the plan and Ada Moss said …` parsed with `Ada Moss` joined to `the plan`: a noun
        right before a coordinated verb (and its auxiliaries) is that verb's own subject, not the first one's."""
        if verb.dep_ != "conj" or not verb.tag_.startswith("VB"):
            return None
        start = verb.i
        while start > 0 and verb.doc[start - 1].head.i == verb.i and verb.doc[start - 1].dep_ in ("aux", "neg", "advmod"):
            start -= 1
        before = verb.doc[start - 1] if start > 0 else None
        if before is None or before.dep_ != "conj" or not (before.tag_.startswith("NN") or before.tag_ == "PRP") \
                or before.head.i >= before.i:
            return None
        return before

    def main_subject(self, cue: Span) -> Span | None:
        """`Stumpf tried to make the case …, explaining …`: a participle the parse hangs anywhere is most often
        the act of the sentence's own subject, when that subject comes first."""
        tokens = self._tokens(cue)
        if not tokens or tokens[0].tag_ != "VBG" or tokens[0].dep_ == "amod":
            return None  # not `growing concern`
        root = tokens[0].sent.root
        subjects = [c for c in root.children if c.dep_ in SUBJECTS and c.i < tokens[0].i
                    and c.tag_ not in ("DT", "WDT")]  # not `That`
        return self._phrase(subjects[-1]) if root.i < tokens[0].i and subjects else None

    def governor_of(self, content: Span) -> Span | None:
        """The verb a content depends on (`… continues to insist | that …`), as a cue."""
        tokens = self._tokens(content)
        inside = {t.i for t in tokens}
        roots = [t for t in tokens if t.head.i not in inside and t.head is not t]
        if not roots:
            return None
        root = roots[0]
        head, last = root.head, root.head
        if root.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.i < root.i:
            head = head.head  # `worried about | how …`: the verb and its preposition
            if not 0 < last.i - head.i <= 3 or any(t.dep_ == "agent" for t in head.doc[head.i + 1:last.i]):
                last = head  # a preposition far from its verb, or past its agent (`pressed by Holt about`), is no
                # part of the cue
        elif root.dep_ in ("acl", "ccomp") and head.tag_.startswith("NN") and tokens[0].lower_ in ("that", "to") \
                and any(c.dep_ == "poss" for c in head.children):
            pass  # `Trump's claim | that …`: a noun of saying with its sayer
        elif root.dep_ not in ("ccomp", "xcomp", "dobj", "prep"):
            return None
        if not (head.tag_.startswith("VB") or head.tag_.startswith("NN")) or head.i > last.i:
            return None
        offset = self._offset(head)
        return Span(offset + head.idx, offset + last.idx + len(last))

    def complement_of(self, cue: Span) -> Span | None:
        """What a cue verb governs — its clausal complement, else its object — as a span."""
        tokens = self._tokens(cue)
        verbs = [t for t in tokens if t.tag_.startswith("VB")]
        if not verbs:
            return None
        head = verbs[-1]
        for relation in ("ccomp", "xcomp", "dobj"):
            children = [c for c in head.children if c.dep_ == relation]
            if children:
                child = children[0]
                doc, offset = child.doc, self._offset(child)
                left, right = child.left_edge, child.right_edge
                while right.i > left.i and right.is_punct and right.text not in _UNIT_SIGNS:  # not `3.9%`
                    right = doc[right.i - 1]
                if left.i < head.i < right.i:
                    return None  # the cue sits inside its own complement: a parse gone wrong
                return Span(offset + left.idx, offset + right.idx + len(right))
        return None

    def describes_noun(self, cue: Span) -> bool:
        """Whether a cue is a participle describing a noun (`One email | cited in the notice | said …`): it
        reports nothing of what follows it."""
        verbs = [t for t in self._tokens(cue) if t.tag_.startswith("VB")]
        return bool(verbs) and verbs[-1].tag_ == "VBN" and verbs[-1].dep_ == "acl" and verbs[-1].head.tag_.startswith("NN")

    def speaker_part(self, phrase: Span) -> Span | None:
        """A phrase right before a noun cue cut back past the cue's own modifiers (`his long-standing | ideas`) to
        the word naming who speaks; None when no word in it does (`a heated | debate`); the phrase itself when
        its sentence was not parsed."""
        tokens = [t for t in self._tokens(phrase) if not t.is_space]
        while tokens and (tokens[-1].is_punct or tokens[-1].tag_ in _CUE_MODIFIERS):
            tokens.pop()
        if not tokens:
            return None if self._tokens(phrase) else phrase
        last = tokens[-1]
        if not last.tag_.startswith(_NAMING_TAGS):
            return None
        if not last.whitespace_ and last.i + 1 < len(last.doc) and last.doc[last.i + 1].text == "-":
            return phrase  # `the 31-year-old`: a word is never cut at its hyphen
        return Span(phrase.start, min(phrase.end, self._offset(last) + last.idx + len(last)))

    def _phrase(self, token: Token) -> Span:
        """The subject's own words: its subtree, cut before any clause or quote hanging off it, but
        keeping a name in apposition (`the party's leader, Ada Moss,`), which says who the speaker is."""
        offset = self._offset(token)
        left = token.left_edge.i
        right = token.i
        rights = list(token.rights)
        for number, child in enumerate(rights):
            if child.dep_ == "punct" and child.text == "," and number + 1 < len(rights) \
                    and rights[number + 1].dep_ == "appos" and rights[number + 1].tag_.startswith("NNP"):
                continue
            if child.dep_ == "acl" and child.tag_ == "VBN" and not child.nbor(-1).is_punct and \
                    not any(grand.dep_ == "agent" for grand in child.children):
                right = child.right_edge.i  # `a person briefed on its finances`: who; not `emails published by Vox`
                continue
            if child.text == "&" or child.dep_ == "conj" and child.nbor(-1).text == "&":
                right = child.right_edge.i  # `Johnson & Johnson`, `AT & T`: one name
                continue
            if child.dep_ in ("relcl", "acl", "punct", "cc", "conj", "advcl") or child.text in ("“", '"'):
                break
            right = child.right_edge.i
        doc = token.doc
        while left < token.i and doc[left].is_space:
            left += 1  # a double space is a token of its own: never the edge of a phrase
        start = doc[left].idx
        end = doc[right].idx + len(doc[right])
        return Span(offset + start, offset + end)
