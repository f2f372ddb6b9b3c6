"""Turn tagged SOURCE/CUE/CONTENT spans and quotation marks into attributions.

Linking is structural: a content takes the nearest cue it can reach without crossing another
content or a sentence break, and a cue takes the nearest source the same way. A content with no
cue of its own continues the attribution just before it (a "floating" quote).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

from onrecord.extract.fallback import (MANNER_OF_SPEAKING, cue_after_source, cue_near, source_after, source_before,
                                      speech_verb_before)
from onrecord.extract.lexicon import cue_category
from onrecord.extract.quotemarks import QuotedSpan
from onrecord.extract.sentences import Bounds
from onrecord.extract.syntax import Syntax
from onrecord.model import Quote, Span

MIN_QUOTE_WORDS = 4
QUOTE_MARKS = "\"“”«»„‘’'`"
_WORDS = re.compile(r"\w+")
_TRANSCRIPT_TURN = re.compile(
    r"^[^\S\n]*[\"“]?(?P<label>[A-Z][A-Z.’' -]{1,30}[A-Z.]):[^\S\n]+(?P<content>\S[^\n]*?)[\"”]?[^\S\n]*$", re.M)
_INTERVIEW_TURN = re.compile(  # `Q: …` / `A: …` paragraphs of a published interview
    r"^[^\S\n]*(?P<label>Q|A|Question|Answer)(?::|\.(?=[^\S\n]))[^\S\n]*(?P<content>\S[^\n]*?)[^\S\n]*$", re.M)
_PARAGRAPH_TEXT = re.compile(r"[^\S\n]*\S[^\n]*")
_SIGNED_QUOTE = re.compile(
    r"^[^\S\n]*(?P<content>[\"“”«][^\n]*?[\w.,!?…\"”»’'])[^\S\n]*(?P<cue>―|—|–|--)[^\S\n]*"
    r"(?P<source>[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){0,4})(?:,[^\S\n]+[^\n]{1,80}?)?[^\S\n]*\.?[^\S\n]*$",
    re.M)  # `— Commissioner Ada Moss`, `— Ada Moss, on Friday.`
_NAMED_HEADLINE = re.compile(  # `Sanders: Clinton needs to …` as an article's first line, not `Stealth Over Health: …`
    r"[^\S\n]*(?P<source>[A-Z][a-z][\w.’'-]*(?:[^\S\n]+(?!(?:Over|Of|In|To|For|On|At|With|And|Or|But|The|A|An|Is|Are|"
    r"Was|Were|Be|Not|No|After|Before|By|From|As|Up|Out|Into|Than|Vs)\b)[A-Z][\w.’'-]*){0,3}):[^\S\n]+(?P<content>[^\n]{10,200}?)[.]?[^\S\n]*(?:\n|$)")
_NESTED_CUE = re.compile(
    r"(?:\b[Aa]s\s+)?(?P<source>(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w’'-]+(?:\s+of\s+[A-Z]\w+)?"
    r"|\b(?:the|a|an|my|our|his|her)\s+(?:\w+\s+){0,2}\w+)"
    r"[,]?\s+(?P<cue>said|says|put it|wrote|writes|told \w+|has said|once said)\b")


@dataclass(frozen=True)
class Tagged:
    label: str  # SOURCE | CUE | CONTENT
    start: int
    end: int


@dataclass
class _Draft:
    content: list[Span]
    quoted: bool = False
    balanced: bool = True
    cue: Span | None = None
    source: Span | None = None
    extra_content: list[Span] = field(default_factory=list)
    split_from: "_Draft | None" = None  # the attribution this one was cut out of shares its speaker
    transcript: bool = False  # a turn of a transcript or interview: the speaker's words verbatim, marks or not

    @property
    def start(self) -> int:
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end


def _word_count(text: str) -> int:
    return len(_WORDS.findall(text))


def _speech_like(quoted: str) -> bool:
    """Long enough to be an utterance, and not a Title In Capitals (a show, a book, a headline)."""
    words = _WORDS.findall(quoted)
    if len(words) < MIN_QUOTE_WORDS:
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or w.isdigit())
    return len(words) > 10 or capitalised < 0.7 * len(words)


_ATTRIBUTION_AFTER = re.compile(r"[\s,]*(?:[\w.’'-]+\s+){0,4}?(?:said|says|added|adds|told|asked|replied|wrote|tweeted|"
                                + MANNER_OF_SPEAKING + r")\b")


def _attributed_nearby(text: str, quotation: QuotedSpan) -> bool:
    """A short quotation still counts when a speech verb follows it (`“No,” she said.`)."""
    return bool(_ATTRIBUTION_AFTER.match(text, quotation.end)) and text[quotation.end - 2:quotation.end - 1] in ",?!"


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


_SENTENCE_CLOSE = re.compile(r"[.!?][^\S\n]+$")


def _merge_quotations(text: str, contents: list[Span], quotations: list[QuotedSpan]) -> list[_Draft]:
    """Tagger contents, snapped to the quote marks they sit in, plus quotations the tagger missed."""
    drafts = [_Draft([span]) for span in contents]
    outermost = [q for q in quotations
                 if not any(o is not q and o.start <= q.start and q.end <= o.end and (o.start, -o.end) < (q.start, -q.end)
                            for o in quotations)]
    for quotation in outermost:
        whole = Span(quotation.start, quotation.end)
        for draft in drafts:  # `… in a post on X. “The word is wrong!” he added.`: a new sentence quoting on its own
            if not draft.start < quotation.start < draft.end:
                continue
            lead = _SENTENCE_CLOSE.search(text, max(draft.start, quotation.start - 10), quotation.start)
            if lead and _attributed_nearby(text, quotation):
                draft.content = [Span(draft.start, lead.start() + 1)]
        touching = [d for d in drafts if any(s.overlaps(q) for s in d.content for q in quotation.spans)]
        if not touching:
            if _speech_like(" ".join(s.text(text) for s in quotation.spans)) or _attributed_nearby(text, quotation):
                drafts.append(_Draft(list(quotation.spans), quoted=True,
                                     balanced=quotation.balanced))
            continue
        within = [d for d in touching if _inside(Span(d.start, d.end), _expanded(text, whole))]
        if within and len(within) == len(touching):
            # the tagger saw (pieces of) this quotation: one attribution spanning its marks
            keep = within[0]
            keep.content = list(quotation.spans)
            keep.quoted, keep.balanced = True, quotation.balanced
            for other in within[1:]:
                drafts.remove(other)
        else:
            for draft in touching:
                draft.content = [_stop_at_new_clause(text, _cover(text, _snap(text, span, quotation.spans), quotation.spans),
                                                     quotation.spans[-1]) for span in draft.content]
                draft.quoted = True
    drafts.sort(key=lambda d: (d.start, -d.end))
    covering_end, kept = -1, []
    for draft in drafts:
        # only a draft starting no later and reaching this far can hold this one
        if draft.end <= covering_end and any(o is not draft and _covers(o, draft) for o in kept[-8:]):
            continue
        kept.append(draft)
        covering_end = max(covering_end, draft.end)
    drafts = kept
    drafts.sort(key=lambda d: d.start)
    return drafts


_CLAUSE_OPENERS = r"but|until|while|whereas|although|though|because|when|after|before|since|so|then"
_CLAUSE_AFTER_QUOTE = re.compile(rf"[\s,;]*(?:{_CLAUSE_OPENERS})\b")
_COORDINATOR = re.compile(r"[\s,;]*(?:but|so|then)\b")
_SAME_SUBJECT_GOES_ON = re.compile(r"[^\S\n]+but[^\S\n]+(?:that|would|will|could|should|can|cannot|did|does|do|not|also)\b")


_ATTRIBUTION_CLOSING = re.compile(r"[\s,]*(?:[\w.’'-]+\s+){1,8}?(?:said|says|added|adds|wrote|writes|told\s+\w+)\W*")


def _stop_at_new_clause(text: str, span: Span, quotation_end: Span) -> Span:
    """`… “jobs, jobs, jobs,” but he has also …`: a mixed quote ends with its quotation when
    a new clause follows it."""
    last_inside = text[quotation_end.end - 2:quotation_end.end - 1]  # the character before the closing mark
    opener = _CLAUSE_AFTER_QUOTE.match(text, quotation_end.end)
    if opener and last_inside not in ",;.?!" and (not _COORDINATOR.match(text, quotation_end.end)
                                                  or _SAME_SUBJECT_GOES_ON.match(text, quotation_end.end)):
        opener = None  # `that “nobody is going home” until the bill clears`, `was ‘willing to listen’ but would not …`,
        # `… “does not comment” but that …`: the reported clause goes on
    if span.start < quotation_end.end < span.end and (opener or (
            last_inside in ",?!" and _ATTRIBUTION_CLOSING.fullmatch(text, quotation_end.end, span.end))):
        return Span(span.start, quotation_end.end)  # nor does it run on into its own attribution (`…,” a rep for X said`)
    return span


_PARTICIPLE = re.compile(r"\b[a-z]+ing\b")


def _split_at_participle_cues(text: str, drafts: list[_Draft], quotations: list[QuotedSpan]) -> list[_Draft]:
    """`… “munitions,” in an op-ed outlining “what America will do.”`: a saying participle between
    two quotations of one content starts an attribution of its own."""
    result = []
    for draft in drafts:
        result.append(draft)
        if len(draft.content) != 1:
            continue
        span = draft.content[0]
        inside = [q for q in quotations if span.start <= q.start and q.end <= span.end]
        for previous, following in zip(inside, inside[1:]):
            cue = next((m for m in _PARTICIPLE.finditer(text, previous.end, following.start)
                        if cue_category(m.group()) == "speech" and not text[m.end():following.start].strip()), None)
            if cue is None:
                continue
            draft.content = [Span(span.start, previous.end)]
            result.append(_Draft(list(following.spans) if following.end == span.end else [Span(following.start, span.end)],
                                 quoted=True, balanced=following.balanced, cue=Span(cue.start(), cue.end()),
                                 split_from=draft))
            break
        else:  # no saying participle between two quotations: one after a comma inside the content
            clause = next((m for m in _COMMA_PARTICIPLE.finditer(text, span.start, span.end)
                           if cue_category(m.group("cue")) == "speech" and _word_count(text[m.end():span.end]) >= 3), None)
            if clause is not None and _word_count(text[span.start:clause.start()]) >= 2 and \
                    not any(q.start < clause.start() < q.end for q in quotations):
                draft.content = [Span(span.start, clause.start())]  # `defended the proposal, | saying the science was …`
                result.append(_Draft([Span(clause.end(), span.end)], quoted=draft.quoted, balanced=draft.balanced,
                                     cue=Span(clause.start("cue"), clause.end("cue")), split_from=draft))
    return result


_COMMA_PARTICIPLE = re.compile(r",[^\S\n]+(?P<cue>[a-z]+ing)[^\S\n]+")


def _covers(outer: _Draft, inner: _Draft) -> bool:
    """Whether `outer` holds all of `inner`."""
    return all(any(_inside(s, o) for o in outer.content) for s in inner.content)


def _expanded(text: str, span: Span) -> Span:
    """A quotation with the punctuation that hugs it, so a tagger span ending on `,”` fits."""
    start, end = span.start, span.end
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    while end < len(text) and text[end] in ".,;:!? \t":
        end += 1
    return Span(start, end)


def _snap(text: str, span: Span, quotation: list[Span]) -> Span:
    """Move a content edge lying within a few characters of a quotation's edge onto it."""
    start, end = span.start, span.end
    for q in quotation:
        if 0 <= start - q.start <= 3 or 0 <= q.start - start <= 1:
            start = q.start
        if 0 <= q.end - end <= 3 or 0 <= end - q.end <= 1:
            end = q.end
    return Span(start, end) if start < end else span


def _cover(text: str, span: Span, quotation: list[Span]) -> Span:
    """A content never cuts a quotation in half: it takes in the quotation when it shares words
    with it, and lets go of the quotation's marks when it only grazes them."""
    start, end = span.start, span.end
    for q in quotation:
        if q.start < start < q.end <= end:
            shared = Span(start, q.end)
            start, end = (q.start, end) if _word_count(shared.text(text)) else (q.end, end)
        elif start <= q.start < end < q.end:
            shared = Span(q.start, end)
            start, end = (start, q.end) if _word_count(shared.text(text)) else (start, q.start)
    return Span(start, end) if _word_count(text[start:end]) else span


def _blocked(gap: Span, drafts: list[_Draft], own: _Draft | None) -> bool:
    """Whether another content stands in the gap; one holding the whole gap is a nesting one, not in the way."""
    return any(d is not own and any(_inside(s, gap) or (s.overlaps(gap) and len(s) > 2 and not _inside(gap, s))
                                    for s in d.content)
               for d in drafts)


def _paragraph_index(bounds: Bounds, drafts: list[_Draft]) -> dict[int, list[_Draft]]:
    """The drafts touching each paragraph: linking only ever looks within one."""
    index: dict[int, list[_Draft]] = {}
    for draft in drafts:
        for number in range(bounds.paragraph(draft.start), bounds.paragraph(max(draft.start, draft.end - 1)) + 1):
            index.setdefault(number, []).append(draft)
    return index


def _spans_by_paragraph(bounds: Bounds, spans: list[Span]) -> dict[int, list[Span]]:
    index: dict[int, list[Span]] = {}
    for span in spans:
        index.setdefault(bounds.paragraph(span.start), []).append(span)
    return index


def _nearest(target: Span, candidates: list[Span], drafts_at: dict[int, list[_Draft]], own: _Draft | None,
             bounds: Bounds, after_cost: int = 0) -> Span | None:
    """The candidate closest to `target` in its paragraph, reached without crossing a content
    (other than `own`'s); a sentence break costs as much as 200 characters of distance."""
    reachable = []
    for candidate in candidates:
        if own is not None and any(candidate.overlaps(s) for s in own.content):
            continue
        if candidate.start >= target.end:
            gap, edge, extra = Span(target.end, candidate.start), target.end - 1, after_cost
        elif candidate.end <= target.start:
            gap, edge, extra = Span(candidate.end, target.start), target.start, 0
        else:
            continue  # between two pieces of the target: a quote split around its cue
        paragraph = bounds.paragraph(candidate.start)
        if paragraph != bounds.paragraph(max(edge, 0)):
            continue
        crossings = abs(bounds.sentence(candidate.start) - bounds.sentence(max(edge, 0)))
        reachable.append((len(gap) + 200 * crossings + extra, gap, paragraph, candidate))
    reachable.sort(key=lambda item: item[0])  # stable: of equal costs the first candidate wins
    # whether a content blocks the way is the costly test, so it is asked of the nearest candidates first
    return next((candidate for _, gap, paragraph, candidate in reachable
                 if not _blocked(gap, drafts_at.get(paragraph, []), own)), None)


_COMPLEMENT_OPENING = re.compile(r"(?:that|whether)\b", re.I)


def _link_cues(text: str, drafts: list[_Draft], cues: list[Span], bounds: Bounds) -> None:
    cues_at = _spans_by_paragraph(bounds, cues)
    drafts_at = _paragraph_index(bounds, drafts)
    for draft in drafts:
        if draft.cue is not None:
            continue
        edges = sorted({bounds.paragraph(draft.start), bounds.paragraph(max(draft.start, draft.end - 1))})
        nearby = [c for number in edges for c in cues_at.get(number, [])]
        after_cost = 60 if _COMPLEMENT_OPENING.match(text, draft.start) else 0
        whole = Span(draft.start, draft.end)
        tagged = _nearest(whole, nearby, drafts_at, draft, bounds, after_cost)
        lexical = cue_near(text, whole) or (speech_verb_before(text, whole) if draft.quoted else None)
        if tagged is not None and lexical is not None and \
                _in_sentences_of(bounds, lexical, draft) and not _in_sentences_of(bounds, tagged, draft):
            tagged = lexical  # `As Moss put it, “…”`: a speech verb in the quote's own sentence, the tagger's a sentence away
        draft.cue = tagged or lexical or _lead_in_cue(text, draft, cues_at, bounds)
    _claim_interrupting_cues(text, drafts)


def _in_sentences_of(bounds: Bounds, cue: Span, draft: _Draft) -> bool:
    return bounds.sentence(draft.start) <= bounds.sentence(cue.start) <= bounds.sentence(max(draft.start, draft.end - 1))


_LEAD_IN_END = re.compile(r":[^\S\n]*\n\s*[\"“'‘]*$")


def _lead_in_cue(text: str, draft: _Draft, cues_at: dict[int, list[Span]], bounds: Bounds) -> Span | None:
    """`Caddell continued:¶“The health issue …”`: a quotation opening a paragraph is introduced
    by the previous paragraph's closing colon, and takes that paragraph's last cue."""
    if not draft.quoted:
        return None
    before = text[max(0, draft.start - 400):draft.start]
    if not _LEAD_IN_END.search(before):
        return None
    colon = draft.start - len(before) + before.rindex(":")
    cues = [c for c in cues_at.get(bounds.paragraph(colon), []) if c.end <= colon + 1]
    return max(cues, key=lambda c: c.start) if cues else Span(colon, colon + 1)


def _claim_interrupting_cues(text: str, drafts: list[_Draft]) -> None:
    """`“A,” he said. “B.”`: two contents around one cue are one attribution in two pieces."""
    for first, second in zip(drafts, drafts[1:]):
        if first.cue is None or not first.quoted or not second.quoted:
            continue
        interrupts = first.end <= first.cue.start and first.cue.end <= second.start
        same_paragraph = "\n" not in text[first.end:second.start]
        second_cue_inside = second.cue is None or (same_paragraph and first.end <= second.cue.start < second.start
                                                   and not _SENTENCE_END.search(text, first.cue.end, second.cue.start))
        own_participle = second.cue is not None and second.cue.start >= first.cue.end and \
            _PARTICIPLE.fullmatch(second.cue.text(text).split()[0]) is not None  # `X said, adding that “B”`
        if interrupts and second_cue_inside and not own_participle:
            second.cue = first.cue


_SENTENCE_END = re.compile(r"[.!?][\"”’']*\s")  # `“A,” X said. But B, he added, “C.”`: a new sentence, a cue of its own
_NEXT_TO_CUE = re.compile(r"^[^\S\n]*(?:(?:also|has|have|had|is|was|then|later|would|will|once)[^\S\n]+)*$")


_DASH_ASIDE = re.compile(r"[^\S\n]*(?:—|–|--)[^—–\n]{1,80}(?:—|–|--)[^\S\n]*")  # `said — and repeated twice — that`
_CLOSE_GAP = re.compile(r"^[^\S\n]*(?:[\w’'-]+[^\S\n]*,?[^\S\n]*){0,3}[,:]?[^\S\n]*$")


def _cue_beside(text: str, draft: _Draft) -> bool:
    """A cue within a few words of its content (`said on Friday that …`, `…, officials said`)."""
    cue = draft.cue
    if cue is None:
        return False
    gap = text[cue.end:draft.start] if cue.end <= draft.start else text[draft.end:cue.start]
    return bool(_CLOSE_GAP.match(gap) or _DASH_ASIDE.fullmatch(gap))


def _cues_needing_syntax(text: str, drafts: list[_Draft], cues: list[Span], sources: list[Span]) -> list[Span]:
    """Cues the tagger leaves unclear — no content, or no source right beside them: only their
    sentences are worth parsing."""
    linked = {d.cue for d in drafts if d.cue is not None}
    starts = sorted(s.start for s in sources)
    ends = sorted(s.end for s in sources)
    unsure = []
    tagged = set(cues)
    found_otherwise = sorted(cue for cue in linked if cue not in tagged)  # a cue word the lexicon found, untagged
    for cue in cues + found_otherwise:
        if cue not in linked:
            unsure.append(cue)
            continue
        before = bisect.bisect_right(ends, cue.start) - 1
        after = bisect.bisect_left(starts, cue.end)
        beside = (before >= 0 and _NEXT_TO_CUE.match(text[ends[before]:cue.start])) or \
                 (after < len(starts) and _NEXT_TO_CUE.match(text[cue.end:starts[after]]))
        if not beside or before >= 0 and _maybe_modifier(text, ends[before], cue):
            unsure.append(cue)
    return unsure


_LAST_WORD = re.compile(r"([\w’'-]+)\W*$")
_PERSONAL = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "his", "her", "their", "its", "our"}


def _maybe_modifier(text: str, source_end: int, cue: Span) -> bool:
    """`a heated | debate about`, `openly | lie`: a lower-case word right before a cue may modify the cue
    rather than name who speaks; only the parse can tell."""
    if text[source_end:cue.start].strip():
        return False
    word = _LAST_WORD.search(text, max(0, source_end - 40), source_end)
    return bool(word) and word.group(1).islower() and word.group(1) not in _PERSONAL


_NAME_CONTINUES = re.compile(r"[^\S\n]+(?:&[^\S\n]+)?[A-Z][\w’'-]*(?![\w’'-])")  # `Johnson & Johnson`


def _complete_name(text: str, source: Span) -> Span:
    """`Councillor Ruth| Adeyemi`: a tagged name stopping short of a capitalised word runs on."""
    end = source.end
    if not text[source.start:end].split() or not text[source.start:end].split()[-1][:1].isupper():
        return source
    while (match := _NAME_CONTINUES.match(text, end)) and not _SENTENCE_START.match(text, end) \
            and not _ends_sentence(text[source.start:end].split()[-1]):
        end = match.end()
    return Span(source.start, end)


_TITLE_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt",
                        "st", "prof", "rev", "hon", "pres", "atty"}


def _ends_sentence(word: str) -> bool:
    """`…, D-N.Y.| Ocasio-Cortez said`: a full stop after anything but an initial or a title ends the name."""
    stem = word.rstrip(".")
    return word.endswith(".") and len(stem) > 1 and stem.lower() not in _TITLE_ABBREVIATIONS


_SENTENCE_START = re.compile(r"[^\S\n]+(?:The|A|An|He|She|They|It|We|I|In|On|At|But|And)\b")


def _link_sources(text: str, drafts: list[_Draft], sources: list[Span], bounds: Bounds,
                  syntax: Syntax | None) -> None:
    sources_at = _spans_by_paragraph(bounds, sources)
    drafts_at = _paragraph_index(bounds, drafts)
    for draft in drafts:
        if draft.cue is None:
            continue
        cue = draft.cue
        paragraph = bounds.paragraph(cue.start)
        agent = _agent_of(text, cue, sources_at.get(paragraph, []), draft)
        if agent is not None:
            draft.source = agent  # `As reported by The Post, …`, `Asked by Lauer whether …`: the agent is the source
            subject = _passive_subject(text, cue, sources_at.get(paragraph, []), bounds)
            if subject is not None and not any(subject.overlaps(s) for d in drafts for s in d.content):
                draft.extra_content.append(subject)
            continue
        parsed = syntax.subject_of(cue) if syntax is not None else None
        if parsed is not None and parsed.start == cue.start and parsed.end < cue.end and text[parsed.end:cue.end].strip() \
                and _SPEAKER_OPENING_CUE.fullmatch(parsed.text(text)):
            draft.cue = cue = Span(parsed.end, cue.end).stripped(text)  # `all agreed` tagged as one cue: `all` speaks
        if parsed is not None and not any(parsed.overlaps(s) for s in draft.content) and not parsed.overlaps(cue) \
                and not _dateline(text, parsed):
            tagged = [s for s in sources_at.get(paragraph, []) if s.overlaps(parsed)]
            draft.source = _past_wire_dateline(text, tagged[0] if tagged else parsed)
            continue
        nearby = [s for s in sources_at.get(paragraph, []) if not any(s.overlaps(c) for c in draft.content)]
        draft.source = _nearest(cue, nearby, drafts_at, None, bounds, after_cost=5) or \
            _fallback_source(text, draft, drafts)
        if draft.source is not None and syntax is not None and draft.source.end <= cue.start and \
                _maybe_modifier(text, draft.source.end, cue):
            draft.source = syntax.speaker_part(draft.source)
        if draft.source is not None and _dateline(text, draft.source):
            draft.source = None
        if draft.source is not None:
            draft.source = _past_wire_dateline(text, draft.source)
    _share_coordinated_sources(text, drafts, bounds)
    for draft in drafts:
        if draft.source is None and draft.split_from is not None:
            draft.source = draft.split_from.source
        if draft.source is None and draft.cue is not None and syntax is not None:
            draft.source = syntax.main_subject(draft.cue)
        _drop_speakerless_frames(text, draft)


_BY_AGENT = re.compile(r"[^\S\n]+by[^\S\n]+")
_PASSIVE_PARTICIPLE = re.compile(r"(?:.*\s)?(?:[a-z]+ed|written|known|seen|shown|told|said|given|made|drawn|chosen|thought)",
                                 re.I | re.S)
_AFTER_AGENT = re.compile(r"[\s,:—–-]*")
_NAME_GOES_ON = r"(?<![a-z]{3}\.)[^\S\n]+"  # `Sen. Ada Moss`, not `… on Ethics. He`
_AGENT_NAME = re.compile(rf"(?:the[^\S\n]+)?(?>[A-Z][\w’'.&-]*(?:{_NAME_GOES_ON}[A-Z][\w’'.&-]*){{0,5}}"  # not `American farmers`
                         rf"(?:{_NAME_GOES_ON}(?:of|for|on)[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'.&-]*(?:{_NAME_GOES_ON}[A-Z][\w’'.&-]*){{0,4}})?)"
                         r"(?![^\S\n]+(?!(?:and|or|to|for|in|on|at|of|that|who|which|as|with|from|last|this|whether|if|"
                         r"about|why|how|what|when|where|during|after|before|over|because|but)\b)[a-z])")


_AGENT_REACH = 80
_AGENT_APPOSITION = re.compile(r",[^\S\n]+(?:[\w’'-]|\.(?=\w))+(?:[^\S\n]+(?:[\w’'-]|\.(?=\w))+){0,7}?(?=,|\.(?:\s|$))")
_CLAUSE_BEFORE_AGENT = re.compile(r"\b(?:that|which|who|whom|whose|where|when|while|after|before|because)\b|[;:]")
_AGENT_AND = re.compile(r"[^\S\n]+(?:and|&)[^\S\n]+")
_VERB_BEFORE_AGENT = re.compile(r"\b(?:[a-z]+ed|held|brought|made|taken|led|won|run|set|put|kept|sent|built|paid|"
                                r"left|lost|caught|bought|sold|found|done|given|written|known|seen|shown|told|said|drawn|"
                                r"chosen|thought)\b")
_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\b", re.I)


def _by_after_complement(text: str, cue: Span, draft: _Draft) -> re.Match | None:
    """`was called “a fraud” | by Ada Moss`, `was sentenced to probation | by a judge`: a `by` further on in the
    content right after a passive cue, when no clause or participle of its own comes first (not `the vote that was
    marred by fraud`, `a case brought by …`)."""
    piece = next((p for p in draft.content if 0 <= p.start - cue.end <= 2), None)
    if piece is None or not _BE.search(cue.text(text)):
        return None
    by = _BY_AGENT.search(text, piece.start, min(piece.end, piece.start + _AGENT_REACH))
    if by is None or _CLAUSE_BEFORE_AGENT.search(text, piece.start, by.start()):
        return None
    return by if _word_count(text[piece.start:by.start()]) and not _VERB_BEFORE_AGENT.search(text, piece.start, by.start()) \
        else None


# a subject the tagger took into its cue (`all agreed`); not `it`, `that` (`it’s assumed`, `a group that favors`) nor a
# thing (`a furor arose over`)
_SPEAKER_OPENING_CUE = re.compile(r"(?i:all|both|many|most|some|others|several|he|she|they|we|I)|"
                                  r"(?!It$|That$|This$)[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*)*")


def _agent_of(text: str, cue: Span, sources: list[Span], draft: _Draft) -> Span | None:
    """The agent of a passive cue, `reported by The Post`: a tagged source right after `by`, or a name there; a
    content the tagger began at `by` then starts after the agent, and one running on to `by` ends before it."""
    if not _PASSIVE_PARTICIPLE.fullmatch(cue.text(text)):
        return None
    by = _BY_AGENT.match(text, cue.end) or _by_after_complement(text, cue, draft)
    if by is None:
        return None
    agent = next((s for s in sources if s.start == by.end()), None)
    if agent is None:
        name = _AGENT_NAME.match(text, by.end())
        agent = Span(name.start(), name.end() - name.group().endswith(".")) if name else None
    if agent is None:
        return None
    if by.start() > cue.end:
        while (more := _AGENT_AND.match(text, agent.end)) and (other := _AGENT_NAME.match(text, more.end())):
            agent = Span(agent.start, other.end())  # `by Ada Moss and Tom Quist`
        apposition = _AGENT_APPOSITION.match(text, agent.end)
        agent = Span(agent.start, apposition.end()) if apposition else agent  # `by Ada Moss, a judge,`: who she is
    for index, piece in enumerate(draft.content):
        if by.start() > cue.end and piece.start < by.start() < piece.end:  # the content ran on past `by`
            rest = _AFTER_AGENT.match(text, agent.end).end()
            kept = rest < piece.end and _word_count(text[rest:piece.end]) and not text.startswith(",", agent.end)
            draft.content[index:index + 1] = [Span(piece.start, by.start())] + ([Span(rest, piece.end)] if kept else [])
            break
        if piece.start <= by.start() + 1 and agent.end < piece.end:  # the tagger began the content at `by`
            rest = _AFTER_AGENT.match(text, agent.end).end()
            if rest >= piece.end:
                return None
            draft.content[index] = Span(rest, piece.end)
    return None if any(agent.overlaps(c) for c in draft.content) else agent


def _passive_subject(text: str, cue: Span, sources: list[Span], bounds: Bounds) -> Span | None:
    """`Ada Moss | was fined by a judge`: the subject of a passive cue right before it in its sentence, which is part
    of what is reported, not who reports it."""
    if not _IMPERSONAL_CUE.fullmatch(cue.text(text)):
        return None
    subject = next((s for s in sources if s.end <= cue.start and not text[s.end:cue.start].strip()), None) or \
        source_before(text, cue)
    sentence_start = bounds.sentence_span(cue.start, len(text))[0]
    return Span(max(subject.start, sentence_start), subject.end) if subject and subject.end > sentence_start else None


_AGENCY = r"\((?:[A-Z][\w&.’'-]*(?:[^\S\n]+[A-Z][\w&.’'-]*){0,3})\)"  # `(AP)`, `(Continental Press)`
_DATELINE_AFTER = re.compile(r"(?:,[^\S\n]*[A-Z][a-z]+\.?(?=,))?"  # `, Calif.`
                             r"(?:,[^\S\n]*[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2}(?:,[^\S\n]*\d{4})?)?"  # `, July 19`
                             rf"[^\S\n]*(?:{_AGENCY})?[^\S\n]*(?:--|—|–|-(?=[^\S\n]))")


def _dateline(text: str, span: Span) -> bool:
    """`WASHINGTON — …`, `CLEVELAND (AP) —`, `MIAMI, July 19 (UPI) --`, `DENVER - `: the place a story is filed from
    never speaks."""
    words = span.text(text)
    return words.isupper() and bool(_DATELINE_AFTER.match(text, span.end)) and \
        not text[text.rfind("\n", 0, span.start) + 1:span.start].strip()


_WIRE_DATELINE = re.compile(r"(?:[A-Z][\w.’'-]*,?[^\S\n]+){0,4}(?:[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2}(?:,[^\S\n]*\d{4})?[^\S\n]*)?"
                            rf"(?:\((?:AFP|AP|Reuters|UPI|Bloomberg|dpa)\)?[^\S\n]*(?:--|—|–|-)?|{_AGENCY}[^\S\n]*(?:--|—|–|-))[^\S\n]*")


_DATELINE_REACH = 200
_TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:[^\S\n]*[AaPp]\.?[Mm]\.?)?(?:[^\S\n]+[A-Z]{2,4})?[^\S\n]*(?:--|—|–|-|:)[^\S\n]*")
# `10:22 GMT — `: a live blog's entry opens with its time


def _past_timestamp(text: str, span: Span) -> Span:
    """A content opening a live blog's entry starts after its time (`09:30 GMT — More than …`)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    stamp = _TIMESTAMP.match(text, line_start) if span.start - line_start < 24 else None
    return Span(stamp.end(), span.end) if stamp and span.start <= stamp.end() < span.end else span


_CLAUSE_IN_SOURCE = re.compile(r",[^\S\n]+(?:while|whereas|although)[^\S\n]+")


_AFTER_ACCORDING_TO = re.compile(r"(?i:according)[^\S\n]+to[^\S\n]+$")


def _split_at_clause(text: str, source: Span) -> list[Span]:
    """`Victor Lindqvist, a parent, while his wife, Clara,`, `According to | a draft seen by Reuters, the presidency |
    has suggested`: a tagged source run across a new clause is two sources, each with its own cue."""
    if _AFTER_ACCORDING_TO.search(text, max(0, source.start - 16), source.start) and \
            (comma := text.rfind(", ", source.start, source.end)) > source.start and \
            re.match(r"[^\S\n]+[a-z]", text[source.end:source.end + 3]):  # a verb follows, not `, a spokeswoman,`
        return [Span(source.start, comma), Span(comma + 2, source.end)]
    found = _CLAUSE_IN_SOURCE.search(text, source.start, source.end)
    if found is None or found.end() >= source.end:
        return [source]
    return [Span(source.start, found.start()), Span(found.end(), source.end)]


def _past_wire_dateline(text: str, span: Span) -> Span | None:
    """`Washington (AFP) – Vice President Ada Moss …`: a wire service's dateline opening the paragraph is no part
    of the speaker; a speaker found in the dateline alone is the subject right after it."""
    window = max(0, span.start - _DATELINE_REACH)
    line_start = text.rfind("\n", window, span.start) + 1
    if not line_start and window:
        return span  # the paragraph began too far back for a dateline to reach this span
    dateline = _WIRE_DATELINE.match(text, line_start) or _TIMESTAMP.match(text, line_start)
    if dateline is None or dateline.end() <= span.start:
        return span
    if dateline.end() < span.end:
        return Span(dateline.end(), span.end)
    subject = source_after(text, Span(dateline.end(), dateline.end()))
    return subject if subject is not None and not _OPENING_ADVERBIAL.match(text, subject.start) else None


_OPENING_ADVERBIAL = re.compile(r"(?:On|In|At|After|Before|When|While|As|With|For|By|From|Despite|During|Since|Amid|"
                                r"Following|Earlier|Later|Last|This|Next)\b")


_ADVERBS = r"(?:\w+ly|also|often|once|still|now|long|already|never|not|even|first|later|sometimes|perhaps|best|better|most|well)\s+"
_IMPERSONAL_CUE = re.compile(
    rf"(?:(?:is|are|was|were|be|been|being|(?:has|have|had|will|would|could|should|may|might|can|must)\s+"
    rf"(?:{_ADVERBS})*be(?:en)?)"
    rf"\s+(?:{_ADVERBS})*"
    r"(?!(?:shocked|concerned|convinced|outraged|scared|tired|divided|focused|dedicated|worried|pleased|"
    r"disappointed|frustrated|surprised|impressed|determined|committed|opposed|interested|prepared|"
    r"alarmed|confused|troubled|disturbed|satisfied|encouraged|angered|upset)\b)"
    r"(?:\w+(?:ed|en|wn)|said|thought|told|known|seen|held|found|heard|felt|meant)|"
    rf"(?:{_ADVERBS})*(?:(?:has|have|had|may|might|could|would|will|can|does|did|do)\s+)?(?:{_ADVERBS})*"
    r"(?:(?:seem|appear)(?:s|ed)?(?:\s+(?:to\s+)?\w+)?|look(?:s|ed)?\s+like))"
    r"(?:\s+(?:as|to|for|of|about|with|like))?", re.I)


_EXPLETIVE_FRAME = re.compile(
    r"\s*(?:(?:is|was|were|will be|would be|should be|had been|has been|seems?|seemed|remains?|became|becomes|['’]s)\s+)"
    r"(?:(?:not|also|still|now|far from|\w+ly)\s+)*(?:clear|unclear|apparent|obvious|evident|likely|unlikely|possible|"
    r"impossible|true|certain|uncertain|doubtful|known|understood|expected|reported|believed|difficult|hard|easy|"
    r"important|remarkable|striking|notable|telling|ironic|surprising|no surprise|a shame)"
    r"(?:\s+(?:not\s+)?to\s+[a-z]+(?:\s+(?:about|of|with|on|for))?)?\s*,?\s*", re.I)


_COPULA = re.compile(r"is|was|are|were|[’']s")
_TOPIC_FRAME = re.compile(  # no one's in particular: not `My impression`, `Moss's best defense`
    r"(?:the|a|an|one|another|this|that)\s+(?:[\w-]+\s+){0,3}(?:question|idea|view|refrain|complaint|issue|point|"
    r"problem|concern|argument|hope|fear|worry|answer|theory|assumption|consensus|belief|sense|feeling|thinking|"
    r"reality|truth|lesson|message|danger|risk|reason|rationale|irony|catch|challenge|suspicion|expectation|"
    r"implication|bet|calculation|thought)s?", re.I)
_ASKED = re.compile(r"(?:[Ww]hen\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned)\b")


def _question_put(text: str, cue: Span) -> bool:
    """`Asked about X, …`: a capitalised asking cue puts a question to the speaker; the asker is not said."""
    return _ASKED.match(cue.text(text)) is not None and cue.text(text)[:1].isupper()


_WHEN_BEFORE = re.compile(r"\b[Ww]hen(?:ever)?[^\S\n]+$")
_ASKED_AFTER_COMMA = re.compile(r"(?:,|\bwhen)[^\S\n]*$")
_ASKED_PASSIVE = re.compile(r"(?:asked|pressed|questioned)(?:[^\S\n]+\w+ly)?[^\S\n]+"
                            r"(?:about|whether|if|why|how|what|which|when|where|on|over)\b")
_HEARSAY = re.compile(r"(?:allegedly|reportedly|purportedly|supposedly)\b(?:\W+(?P<verb>[a-z]+))?", re.I)
_CRITICISM_RECEIVED = re.compile(  # `Moss has faced sharp criticism for`, `… took heat over`: Moss is criticised
    r"[\s,]*(?:[\w’'-]+\s+){0,4}?(?:fac(?:e|es|ed|ing)|endur(?:e|es|ed|ing)|t(?:ake|akes|ook|aking)|dr(?:aw|aws|ew|awn|awing)|"
    r"receiv(?:e|es|ed|ing)|weather(?:s|ed|ing)?|c(?:ome|omes|ame|oming) under)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:criticism|heat|questions|scrutiny|fire|backlash|flak|attacks|condemnation|rebukes?)"
    r"(?:\s+(?:for|about|over|from|on))?\s*", re.I)
_AGENT = re.compile(r"\s*by\b")


def _has_agent(text: str, cue: Span) -> bool:
    """`was first reported by The Post`: a passive cue naming who did it."""
    return bool(_AGENT.match(text, cue.end))


_RAISING = re.compile(r"(?:.*\s)?(?:seem|appear)(?:s|ed)?(?:\s+to\s+(?P<verb>[a-z]+))?", re.I)
_TO_VERB = re.compile(r"[^\S\n]+to[^\S\n]+([a-z]+)", re.I)


def _extend_raising_cue(text: str, draft: _Draft) -> bool:
    """`he appeared to suggest that …`, `she seemed to think …`: a raising verb before a verb of saying or thinking
    leaves its subject the speaker. True for such a cue, which is extended in place when it stopped at `seemed`
    (the cue then runs on to that verb)."""
    cue = draft.cue
    assert cue is not None
    raising = _RAISING.fullmatch(cue.text(text))
    if raising is None:
        return False
    following = None if raising.group("verb") else _TO_VERB.match(text, cue.end)
    verb = raising.group("verb") or (following.group(1) if following else None)
    if verb is None or cue_category(verb) == "other":
        return False
    if following is not None:
        extended = Span(cue.start, following.end())
        pieces = [Span(max(piece.start, extended.end), piece.end) if piece.start >= cue.end else piece
                  for piece in draft.content]  # the content began at `to think`: those words are the cue's
        if any(extended.overlaps(piece) for piece in pieces) or not all(len(piece.stripped(text)) for piece in pieces):
            return False
        draft.content, draft.cue = pieces, extended
    return True


def _drop_speakerless_frames(text: str, draft: _Draft) -> None:
    """Frames in which nobody speaks lose the source linking gave them: a sentence-opening
    `Asked about X`, `It was clear that …`, and passive or raising cues (`Her veto is expected to
    come Friday`, `the plan seems risky`) or a participle describing a noun (`a thriller titled …`), whose
    grammatical subject is part of what is reported."""
    cue, source = draft.cue, draft.source
    if cue is None or source is None:
        return
    if _question_put(text, cue) and not _has_agent(text, cue) and \
            re.search(r"(?:^|[.!?\n][\"”’']?)\s*(?:When\s+)?$", text[max(0, cue.start - 8):cue.start]):
        draft.source = None  # `Asked about X, Clinton said …`: who asked is not said
        return
    if _ASKED.match(cue.text(text)) and not _has_agent(text, cue) and _WHEN_BEFORE.search(text, max(0, cue.start - 10), cue.start):
        draft.source = None  # `Moss said, when asked about X, …`, `When asked whether …, Moss said`: nor here
        return
    if source.end > cue.start:
        return
    if _ASKED_AFTER_COMMA.search(text, max(0, cue.start - 8), cue.start) and \
            _ASKED_PASSIVE.match(text, cue.start):
        draft.source = None  # `Carson, asked about his claims, said …`, `she said, when asked whether …`
        return
    if _CRITICISM_RECEIVED.fullmatch(text, source.end, cue.end):
        draft.source = None  # who criticised or asked is not said
        return
    hearsay = _HEARSAY.match(cue.text(text))
    if hearsay and (hearsay.group("verb") is None or cue_category(hearsay.group("verb")) == "other"):
        draft.extra_content.append(source)  # `he allegedly brandished a pistol`: who alleges it is not said,
        draft.source = None  # and the subject is part of what is alleged
        return
    if source.text(text).lower() == "it" and cue.end <= draft.start and \
            _EXPLETIVE_FRAME.fullmatch(text[source.end:draft.start]):
        draft.cue = Span(source.start, source.end + len(text[source.end:draft.start].rstrip()))
        draft.source = None  # `It was clear that …`: the whole frame is the cue, and nobody speaks
        return
    if _COPULA.fullmatch(cue.text(text)) and _TOPIC_FRAME.fullmatch(source.text(text)) and \
            not text[source.end:cue.start].strip():
        draft.cue = Span(source.start, cue.end)
        draft.source = None  # `The question is whether …`, `One view is that …`: the frame is the cue, no speaker
        return
    if _NAMING_PARTICIPLE.fullmatch(cue.text(text)) and re.fullmatch(r"[\s,]*", text[source.end:cue.start]) and \
            not _has_agent(text, cue) and _DESCRIBED_THING.fullmatch(source.text(text)):
        draft.extra_content.append(source)  # `a thriller titled …`, `the bill, known as …`: the noun is described
        draft.source = None
        return
    if not _IMPERSONAL_CUE.fullmatch(cue.text(text)):
        return
    if _has_agent(text, cue) or any(source.overlaps(s) for s in draft.content) or _extend_raising_cue(text, draft):
        return
    draft.extra_content.append(source)
    draft.source = None


_NAMING_PARTICIPLE = re.compile(
    r"(?:(?:also|once|commonly|widely|formally|officially|informally|popularly|partly|often|sometimes|now|best)\s+)*"
    r"(?:known|titled|entitled|nicknamed|billed|seen|intended|designed|meant)(?:\s+(?:as|for|to|by))?", re.I)
_DESCRIBED_THING = re.compile(r"(?:an?|the|this|that|another|one|its|their|his|her)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*", re.I)


_COORDINATION = re.compile(r"^[\s,;]*(?:but|and|or|while|yet)?\s*(?:(?:also|then|later|has|have|had|is|was|would|will|did|not)\s+)*$", re.I)


def _share_coordinated_sources(text: str, drafts: list[_Draft], bounds: Bounds) -> None:
    """`X has urged A but has said B`: the second cue shares the first one's subject."""
    ordered = sorted(drafts, key=lambda d: d.start)
    for previous, draft in zip(ordered, ordered[1:]):
        if draft.source is not None or draft.cue is None or previous.source is None or previous.cue is None:
            continue
        if not (previous.end <= draft.cue.start <= draft.start) or previous.cue.start > previous.start:
            continue
        if bounds.sentence(previous.end) == bounds.sentence(draft.cue.start) and \
                (_COORDINATION.match(text[previous.end:draft.cue.start]) or _PARTICIPLE.match(text, draft.cue.start)):
            draft.source = previous.source  # also `X told them A, saying B`: the participle is X's


def _according_to(text: str, cue: Span) -> bool:
    """Whether a cue is `according to`, whose source follows it and whose content is the rest of its sentence."""
    return cue.text(text).lower().startswith("according")


def _fallback_source(text: str, draft: _Draft, drafts: list[_Draft]) -> Span | None:
    cue = draft.cue
    assert cue is not None
    clear = lambda span: span is not None and not any(span.overlaps(s) for d in drafts for s in d.content)
    if _according_to(text, cue):
        candidates = [source_after(text, cue)]
    elif cue.text(text).split()[0].lower().endswith("ing"):
        return None  # "…, saying …": the subject is far back, past what a guess can reach
    else:
        candidates = [source_before(text, cue), source_after(text, cue)]
    return next((span for span in candidates if clear(span)), None) or _source_swallowed(text, candidates[0], cue, drafts)


def _source_swallowed(text: str, candidate: Span | None, cue: Span, drafts: list[_Draft]) -> Span | None:
    """`''…'' of the plan, Mr. Holtz-Eakin said`: a content running on past a comma into the name
    right before the cue gives the name back."""
    if candidate is None or text[candidate.end:cue.start].strip():
        return None
    for draft in drafts:
        for number, piece in enumerate(draft.content):
            if piece.start < candidate.start and candidate.end <= piece.end and not text[candidate.end:piece.end].strip():
                lead = text[piece.start:candidate.start].rstrip()
                if lead.endswith(",") and _word_count(lead) >= 2:
                    draft.content[number] = Span(piece.start, piece.start + len(lead) - 1)
                    return candidate
    return None


_LEAD_IN = re.compile(r"^[\s:,—–-]*")
_RELATIVE_OPENING = re.compile(r",\s+(?:who|which)\s+(?:[a-z]+\s+){0,2}$")  # `Mowbray, who had | pleaded …`: the clause
# the cue speaks in ends at its closing comma, not with the sentence (`…, stared ahead`)
_TRAILING = re.compile(r"[\s.,;:!?—–-]*$")


_CUE_SAID = re.compile(r"(?:said|says|say|added|adds|told\s+\w+|wrote|noted|warned|argued)", re.I)


_SOURCE_CLOSES = re.compile(r"[^\S\n]*(?:[,.!?;:—–()\n]|-[^\S\n]|$)")


def _orphan_contents(text: str, drafts: list[_Draft], cues: list[Span], sources: list[Span], bounds: Bounds,
                     syntax: Syntax | None, quoted: list[Span]) -> list[_Draft]:
    """A cue the tagger found without its content: take the clause it governs in its sentence —
    what follows it (`said that …`) or, when it closes the sentence (`…, officials said.`, `…, warned Ada Moss.`),
    what precedes it."""
    used = {d.cue for d in drafts if d.cue is not None}
    taken = [s for d in drafts for s in d.content]
    source_ends_clause = {s.start for s in sources if _SOURCE_CLOSES.match(text, s.end)}  # `…, warned Ada Moss.`, not
    # `…, said | patience with Velnar | had "run out."`
    found = []
    def surest_first(cue: Span) -> tuple[bool, bool]:
        sentence_start, sentence_end = bounds.sentence_span(cue.start, len(text))
        closing = "," in text[sentence_start:cue.start] and _CLOSES_SENTENCE.fullmatch(text, cue.end, sentence_end)
        return not _according_to(text, cue), not closing  # `…, police said.` before `charged in`

    for cue in sorted(cues, key=surest_first):
        if cue in used:
            continue
        sentence_start, sentence_end = bounds.sentence_span(cue.start, len(text))
        before = text[sentence_start:cue.start].rstrip()
        if _according_to(text, cue):
            candidate = _according_to_content(text, cue, sentence_start, sentence_end)
            if candidate is not None:
                candidate = Span(_opening_of(taken, candidate.start), candidate.end)
        elif before.endswith(",") and _word_count(before) >= 3 and \
                _LEAD_IN.match(text[cue.end:]).end() + cue.end in source_ends_clause:
            lead = len(before) - len(before.lstrip())
            candidate = Span(sentence_start + lead, sentence_start + len(before) - 1)  # `…, warned Ada Moss`
        else:
            candidate = syntax.complement_of(cue) if syntax is not None else None
            covered = _cover(text, candidate, quoted) if candidate is not None else None
            if covered is not None and not covered.overlaps(cue):
                candidate = covered  # the parse may hang `."` on the cue: `was "dead on arrival."`
            if candidate is not None and not _reports_whole_attribution(candidate, drafts) and \
                    (_word_count(candidate.text(text)) < 2 or any(candidate.overlaps(s) for s in taken)):
                candidate = None
            if candidate is None:
                candidate = _clause_around(text, cue, sentence_start, sentence_end)
        speaker = source_before(text, cue) if candidate is not None and candidate.end <= cue.start and \
            _CUE_SAID.fullmatch(cue.text(text)) else None
        if speaker is not None and candidate.start < speaker.start < candidate.end and \
                text[candidate.start:speaker.start].rstrip().endswith(","):
            candidate = Span(candidate.start, text.rindex(",", candidate.start, speaker.start))  # `…, Ada Moss, a judge, said`
        if candidate is not None and _question_put(text, cue) and \
                "," in candidate.text(text):
            candidate = Span(candidate.start, text.index(",", candidate.start))  # `Asked about crime, Hayes said …`
        if candidate is None or len(candidate) <= 0 or \
                any(candidate.overlaps(s) for s in taken) and (not _reports_whole_attribution(candidate, drafts)
                                                                or syntax is not None and syntax.describes_noun(cue)):
            continue
        taken.append(candidate)
        found.append(_Draft([candidate], cue=cue))
    return found


_WHEN_OR_WHERE = r"(?:[^\S\n]+(?:on|in|at|late|early|this|last|during)\b[^,.;:\"“”\n]{0,40})?"  # `said | in a news release`
_CLOSES_SENTENCE = re.compile(_WHEN_OR_WHERE + r"[\s.!?\"”’']*")


_CLOSING_STOP = re.compile(_WHEN_OR_WHERE + r"[^\S\n]*[.!?]")
_CLAUSE_BEFORE_SOURCE = re.compile(r"(?P<clause>\S.*?,(?:''|[”\"’])?)[^\S\n]*$")


def _take_reported_clause_before(text: str, drafts: list[_Draft], bounds: Bounds) -> None:
    """`At private courses, members may be willing to pay more ''because …,'' Mr. Chipok said. ''But …''`: a cue
    closing its sentence that claimed the quotation after it reports the sentence before it too, when that sentence
    holds another attribution whole (nested)."""
    for draft in drafts:
        cue, source = draft.cue, draft.source
        if cue is None or source is None or not draft.quoted or draft.start < cue.end or source.end > cue.start:
            continue
        sentence_start = bounds.sentence_span(cue.start, len(text))[0]
        before = _CLAUSE_BEFORE_SOURCE.match(text, sentence_start, source.start)
        if before is None or not _CLOSING_STOP.match(text, cue.end):
            continue
        clause = Span(before.start("clause"), before.end("clause"))
        others = [d for d in drafts if d is not draft]
        if _word_count(clause.text(text)) >= 4 and _reports_whole_attribution(clause, others) and \
                not any(clause.overlaps(s) for s in draft.content):
            draft.content.insert(0, clause)


_CLOSING_ATTRIBUTION_GAP = re.compile(r"[^.!?\"“”\n]{0,80},[^\S\n]*$")


def _opening_of(contents: list[Span], offset: int) -> int:
    """Where a clause starting at `offset` begins, taking in whole the quotation of several sentences it starts
    inside (`“A. B,” Moss said`)."""
    return next((s.start for s in contents if s.start < offset < s.end), offset)


def _take_vouched_clause(text: str, drafts: list[_Draft], cues: list[Span], bounds: Bounds) -> None:
    """`“A,” Moss said, according to CNN. “B.”`: an `according to` closing another cue's clause vouches for that
    whole attribution, quotation and cue, before the quotation after it (PolNeAR's one attribution in two pieces)."""
    for draft in drafts:
        cue = draft.cue
        if cue is None or draft.start < cue.end or not _according_to(text, cue) or \
                not any(c.end <= cue.start and _CLOSING_ATTRIBUTION_GAP.fullmatch(text, c.end, cue.start) for c in cues):
            continue
        sentence_start = bounds.sentence_span(cue.start, len(text))[0]
        opening = _opening_of([s for d in drafts for s in d.content], sentence_start)
        clause = Span(opening, opening + len(text[opening:cue.start].rstrip(" ,"))).stripped(text)
        if _word_count(clause.text(text)) >= 3 and not any(clause.overlaps(s) for s in draft.content):
            draft.content.insert(0, clause)


def _reports_whole_attribution(clause: Span, drafts: list[_Draft]) -> bool:
    """`Trump said that Clinton once described the deal as “the gold standard”`: a cue's clause
    holding another attribution whole — its cue and all its content — reports it (nesting)."""
    held = [d for d in drafts if any(clause.overlaps(s) for s in d.content)]
    return bool(held) and all(d.cue is not None and _inside(d.cue, clause) and all(_inside(s, clause) for s in d.content)
                              for d in held)


def _clause_around(text: str, cue: Span, sentence_start: int, sentence_end: int) -> Span | None:
    """Without a parse: the rest of the sentence after a cue, or the clause before `, X said.`."""
    after = text[cue.end:sentence_end]
    before = text[sentence_start:cue.start]
    if _has_agent(text, cue) and _IMPERSONAL_CUE.fullmatch(cue.text(text)):
        return source_before(text, cue)  # `The issue was first reported by The Post`: its subject was reported
    rest = _REST_AFTER_ADJUNCT.match(after)
    if rest and _OPENING_AND_SOURCE.fullmatch(before) and not _RELATIVE_OPENING.search(before) and \
            _word_count(after[rest.end():]) >= 2:
        tail = len(after) - _TRAILING.search(after).start()
        return Span(cue.end + rest.end(), sentence_end - tail)  # `The plan, the mayor said Tuesday, | would fail.`:
        # the piece after the attribution; the one before it joins later
    if _word_count(after) >= 4 and not re.match(r"\s*[,.]", after):
        lead = _LEAD_IN.match(after).end()
        tail = len(after) - _TRAILING.search(after).start()
        closing = after.find(",", lead) if _RELATIVE_OPENING.search(before) else -1
        return Span(cue.end + lead, cue.end + closing if closing > lead else sentence_end - tail)
    comma = before.rfind(",")
    if comma > 0 and _word_count(before[:comma]) >= 4 and _word_count(before[comma:]) <= 6:
        start = sentence_start + len(before) - len(before.lstrip())
        closing = re.match(r",[\"”’']+", before[comma:])  # `…: “No comment,” the Herald reported`: the quotation whole
        return Span(start, sentence_start + (comma + closing.end() if closing else comma))
    return None


_APPOSITION_AFTER_SOURCE = re.compile(
    r",[^\S\n]+(?:a|an|the)[^\S\n]+(?:(?!\b(?:will|would|is|are|was|were|has|have|had|can|could|should|may|might|must|"
    r"do|does|did|said|says)\b)[^,.;:\"“”\n]){1,60},(?=[^\S\n]+\S+[^\S\n]+\S)")  # `, a spokeswoman for the firm,`


def _according_to_content(text: str, cue: Span, sentence_start: int, sentence_end: int) -> Span | None:
    """`According to X, C.` or `C, according to X.`: the content is the clause without X."""
    before = text[sentence_start:cue.start]
    if _word_count(before) >= 3:
        start = sentence_start + len(before) - len(before.lstrip())
        end = sentence_start + len(before.rstrip(" ,—–-"))
        return Span(start, end) if end > start else None
    comma = text.find(",", cue.end, sentence_end)
    if comma < 0:
        return None
    apposition = _APPOSITION_AFTER_SOURCE.match(text, comma, sentence_end) \
        if _title_case(text[cue.end:comma].strip()) else None  # a name takes an apposition; `the report, the plant …`
    if apposition:
        comma = apposition.end() - 1  # `According to Ada Moss, a spokeswoman for the firm, | the plant …`
    start = comma + 1 + len(text[comma + 1:sentence_end]) - len(text[comma + 1:sentence_end].lstrip())
    end = sentence_end - (len(text[start:sentence_end]) - len(_TRAILING.sub("", text[start:sentence_end])))
    return Span(start, end) if _word_count(text[start:end]) >= 2 else None


_TAIL_BEFORE_ATTRIBUTION = re.compile(r"([^\S\n]+[a-z][^\"“”‘’\n]*?),[^\S\n]*")
_NEW_CLAUSE = re.compile(rf"\s+(?:and|or|as|which|who|{_CLAUSE_OPENERS})\b")


def _widen_mixed_quotes(text: str, drafts: list[_Draft], cues: list[Span], bounds: Bounds) -> None:
    """A quotation that starts or ends mid-sentence is part of a mixed quote: `Details aside, the
    plan sends a message that ''X,'' he said.` reports the whole clause, not just the quoted words."""
    taken = [(s.start, s.end) for d in drafts
             for s in d.content + [part for part in (d.cue, d.source) if part is not None]]
    taken += [(c.start, c.end) for c in cues]

    def free(start: int, end: int) -> bool:
        return start < end and not any(a < end and start < b for a, b in taken)

    for draft in drafts:
        if not draft.quoted or draft.cue is None or len(draft.content) != 1:
            continue
        span = draft.content[0]
        sentence_start, sentence_end = bounds.sentence_span(span.start, len(text))
        if bounds.sentence(span.end - 1) != bounds.sentence(span.start):
            continue
        lead = text[sentence_start:span.start].lstrip()
        sentence_start = span.start - len(lead)  # a sentence's bounds begin at the space after the full stop
        if draft.cue.start >= span.end:
            start, end = span.start, span.end
            if _word_count(lead) >= 3 and lead[:1].isupper() and not re.search(r"[:,]\s*$", lead) \
                    and free(sentence_start, span.start):
                start = sentence_start
            after = [draft.source.start] if draft.source is not None and draft.source.start >= span.end else []
            attribution = min([draft.cue.start] + after)
            tail = _TAIL_BEFORE_ATTRIBUTION.fullmatch(text, span.end, attribution)
            if start < span.start and tail and not _NEW_CLAUSE.match(tail.group()) and free(span.end, tail.end(1)):
                end = tail.end(1)  # `The models "missed the speed" at which it grew, a spokesman said.`
            draft.content = [Span(start, end)]
        elif draft.cue.end <= span.start:
            lead_in = _THAT_BEFORE_QUOTATION.fullmatch(text, draft.cue.end, span.start)
            if lead_in and free(lead_in.start("clause"), span.start):
                span = Span(lead_in.start("clause"), span.end)  # `claimed, without evidence, | that her campaign was “…”`
                draft.content = [span]
            tail = text[span.end:sentence_end]
            tail_end = span.end + len(tail.rstrip(" \n\t.!?"))
            if re.match(r"\s+[a-z]", tail) and not _NEW_CLAUSE.match(tail) and _word_count(tail) >= 2 \
                    and free(span.end, tail_end):
                draft.content = [Span(span.start, tail_end)]


_THAT_BEFORE_QUOTATION = re.compile(r"[^\S\n]*(?:,[^,\n]{1,40},[^\S\n]*|(?:(?!that\b)[\w’'-]+[^\S\n]+){1,4})?"  # `, …,` or
                                    r"(?P<clause>that[^\S\n][^\"“”\n.;:]{1,150}?)")  # `told a regular briefing | that`
_ANONYMITY = re.compile(r"[\s,]*(?:(?:on[^\S\n]+)?(?:the[^\S\n]+)?condition[^\S\n]+of[^\S\n]+anonymity|anonymity|"
                        r"not[^\S\n]+to[^\S\n]+be[^\S\n]+(?:named|identified|quoted)|"
                        r"to[^\S\n]+(?:give|provide|share)[^\S\n]+(?:her|his|their)[^\S\n]+(?:full[^\S\n]+|last[^\S\n]+)?names?)\b",
                        re.I)  # `who declined | to give her name`


_TOPIC_OF_ANONYMITY = re.compile(r"(?:anonymity|authori[sz]ed|allowed|permitted|cleared)[^\S\n]+to[^\S\n]+(?:publicly[^\S\n]+)?"
                                 r"(?:discuss|speak[^\S\n]+about|talk[^\S\n]+about|comment[^\S\n]+on|describe)[^\S\n]+$", re.I)
_SAID_AFTER_TOPIC = re.compile(r"[^\S\n]+(?P<cue>said|says|told[^\S\n]+(?:reporters|\w+))[^\S\n]+(?:that[^\S\n]+)?")
_WHO_ASKED = re.compile(r",?[^\S\n]+who[^\S\n]+(?:spoke|asked|requested|declined|were|was)\b")
_NOT_AUTHORIZED = re.compile(r"(?:(?:was|were|is|are|been)[^\S\n]+)?not[^\S\n]+(?:authori[sz]ed|allowed|permitted|cleared)",
                             re.I)
_SPEAKING_PURPOSE = re.compile(r"to[^\S\n]+(?:publicly[^\S\n]+)?(?:discuss|speak|talk|comment|be[^\S\n]+quoted)\b", re.I)
_REASON = re.compile(r"(?:because|as|since|in[^\S\n]+order)\b", re.I)


_HEADLINE_LABELS = frozenset("""analysis opinion exclusive q&a watch live explainer factbox editorial breaking update
updated video photos review interview commentary perspective podcast obituary correction""".split()) | {
    "q and a", "fact check", "news analysis", "first read", "live updates", "breaking news", "live blog",
    "what we know", "the latest"}  # not `Poll:`, which reports what a poll found; AP's `The Latest: …` is a kicker


def _headline_label(text: str, draft: _Draft) -> bool:
    """`Analysis: the plan …`, `Q&A: …`: a kicker before a headline's colon labels the story; nobody says it."""
    return draft.cue is not None and draft.source is not None and draft.cue.text(text).strip() == ":" and \
        draft.source.text(text).strip().lower() in _HEADLINE_LABELS


_CREDIT_CUE = re.compile(r"(?:reported|contributed(?:[^\S\n]+reporting)?|reporting)", re.I)
_CREDITED = re.compile(r"(?:from|to[^\S\n]+this[^\S\n]+(?:report|article|story))\b", re.I)


def _reporting_credit(text: str, draft: _Draft) -> bool:
    """`Ada Moss reported from Kabul.`, `… contributed to this report`: a credit line names the reporters; it
    attributes nothing."""
    return draft.cue is not None and not draft.quoted and draft.cue.end <= draft.start and \
        _CREDIT_CUE.fullmatch(draft.cue.text(text).strip()) is not None and _CREDITED.match(text, draft.start) is not None


_SMALL_WORDS = frozenset("a an the of on in and or for to at by with from as nor but".split())  # lower case in titles


def _subheading(text: str, bounds: Bounds, draft: _Draft) -> bool:
    """`'Legend in the Coal Fields.'` alone on its line: a quoted subheading in title case, not a quote."""
    paragraph = bounds.paragraph(draft.start)
    if len(draft.content) != 1 or draft.cue is not None and bounds.paragraph(draft.cue.start) == paragraph:
        return False
    starts = bounds.paragraph_starts
    line = text[starts[paragraph]:starts[paragraph + 1] if paragraph + 1 < len(starts) else len(text)].strip()
    words = _WORDS.findall(draft.content[0].text(text))
    return line == draft.content[0].text(text).strip() and 2 <= len(words) <= 10 and \
        all(word[:1].isupper() or word.lower() in _SMALL_WORDS for word in words)


_QUOTATION_INSIDE = re.compile(r"[\"“«]([^\"“”«»\n]{1,120})[\"”»]")


def _names_a_work(text: str, bounds: Bounds, draft: _Draft) -> bool:
    """`Calder directed “Starfall Protocol,” which opened Friday`, `Her book, “Notes on a Slow Pandemic,” will …`: a
    quotation in Title Case names a film, a book or a show, and nobody says it, when it is all the content of a cue
    of making or performing, or sits in a short content with no cue in its paragraph."""
    cued = draft.cue is not None and bounds.paragraph(draft.cue.start) == bounds.paragraph(draft.start)
    if cued and not _MAKING_CUE.fullmatch(draft.cue.text(text)):
        return False  # PolNeAR reads `likes “The Walking Dead”` and `a memo titled “The Facts”` as attributions
    titles = [quotation for piece in draft.content
              for quotation in _QUOTATION_INSIDE.finditer(text, max(0, piece.start - 1), piece.end + 1)
              if _title_case(quotation.group(1))]
    if not cued:
        opening = text[bounds.paragraph_starts[bounds.paragraph(draft.start)]:draft.start + 1].lstrip()
        if opening[:1] in QUOTE_MARKS and not _title_case(draft.content[0].text(text)):
            return False  # `"The latest example is the so-called “Fair Tax.”`: a quoted paragraph is speech
        return bool(titles) and _word_count(" ".join(p.text(text) for p in draft.content)) <= \
            sum(_word_count(t.group(1)) for t in titles) + 8
    return len(titles) == len(draft.content) and all(
        not text[piece.start:piece.end].strip(QUOTE_MARKS + " ,.").replace(title.group(1).strip(" ,."), "").strip(QUOTE_MARKS + " ,.")
        for piece, title in zip(draft.content, titles))


_MAKING_CUE = re.compile(r"(?:(?:has|had|have|will|was|is)\s+)?(?:direct|produc|star|sing|sang|sung|perform|releas|premier|"
                         r"publish|record|compos|cover|play|film|stag|host)\w*(?:\s+in)?", re.I)


_ABSOLUTE_PHRASE = re.compile(r"(?:his|her|their|its)[^\S\n]+[a-z]+[^\S\n]+[a-z]+ing")
_ON_A_PROGRAMME = re.compile(r"(?:\b(?:on|in|to|for)|[A-Z][\w.&-]*['’]s)[^\S\n]+$")


def _programme_title(text: str, quotation: Span) -> bool:
    """`said on CNN's “State of the Union.”`, `Speaking on “Fox News Sunday,”`: a quotation in Title Case right after
    `on` or a broadcaster's name names a programme or a publication; nobody says it."""
    inside = text[quotation.start + 1:quotation.end - 1]
    return _title_case(inside.rstrip(" ,.")) and \
        _ON_A_PROGRAMME.search(text, max(0, quotation.start - 40), quotation.start) is not None


def _title_case(words_text: str) -> bool:
    words = _WORDS.findall(words_text)
    return 2 <= len(words) <= 10 and not words_text.rstrip(" ,").endswith(("!", "?")) and \
        all(w[0].isupper() or w.isdigit() or w.lower() in _SMALL_WORDS for w in words) and words[0][0].isupper()


def _past_anonymity_topic(text: str, draft: _Draft) -> None:
    """`Two officials who spoke on condition of anonymity to discuss internal deliberations said the dispute was
    resolved`: a content the tagger ran from the topic of the anonymity into what was said starts at the saying."""
    said = _SAID_AFTER_TOPIC.search(text, draft.start, draft.end) if not draft.quoted and \
        _TOPIC_OF_ANONYMITY.search(text, max(0, draft.start - 120), draft.start) else None
    if said is None:
        return
    draft.cue, draft.content = Span(said.start("cue"), said.end("cue")), [Span(said.end(), draft.end)]
    if draft.source is not None and (who := _WHO_ASKED.search(text, draft.source.start, draft.source.end)):
        draft.source = Span(draft.source.start, who.start())  # `Two officials | who spoke on condition of …`


_DEAD = re.compile(r"[\s,]*dead\b", re.I)


def _pronounced_dead(text: str, draft: _Draft) -> bool:
    """`was pronounced dead at the scene`: a death certified, not a statement."""
    return draft.cue is not None and draft.cue.text(text).lower().endswith("pronounced") and \
        _DEAD.match(text, draft.cue.end) is not None


_TIME_CLAUSE = re.compile(r"(?:as|while|when|before|after|until)[^\S\n]", re.I)


def _when_it_was_said(text: str, draft: _Draft, drafts: list[_Draft]) -> bool:
    """`“…,” the minister told reporters | as he arrived for the meeting.`: after a cue closing a quotation, a time
    clause tells when it was said, not more of what."""
    cue = draft.cue
    return cue is not None and len(draft.content) == 1 and _TIME_CLAUSE.match(text, draft.start) is not None and \
        draft.start >= cue.end and any(other is not draft and other.quoted and other.cue == cue and other.end <= cue.start
                                          for other in drafts)


def _asks_anonymity(text: str, draft: _Draft) -> bool:
    """`who asked not to be named`, `who spoke on the condition of anonymity`: how a source speaks, not what it
    says — no attribution, and a quote after it continues the source's own words."""
    if draft.quoted or draft.cue is None:
        return False
    if _TOPIC_OF_ANONYMITY.search(text, max(0, draft.start - 120), draft.start):
        return True  # `… because he was not authorized to discuss | the negotiations`: what they may not discuss
    if _NOT_AUTHORIZED.fullmatch(draft.cue.text(text)) and _SPEAKING_PURPOSE.match(text, draft.content[-1].start):
        return True  # `… because they were not authorised to discuss the case`
    if _ANONYMITY.search(draft.cue.text(text)) and _REASON.match(text, draft.start):
        return True  # `The source spoke on condition of anonymity because …`: the reason, not a statement
    return len(draft.content) == 1 and \
        _ANONYMITY.match(text, draft.cue.end if draft.cue.end <= draft.start else draft.start) is not None


_OPENING = r"[^\S\n]*(?P<opening>[A-Z][^,;:\"“”\n]{2,80}?),"  # `The plan, | the mayor said, …`
_ADJUNCT_TO_COMMA = r"[^,.;:\"“”\n]{0,45},[^\S\n]*"  # `, he said | on Tuesday, | was …`
_INTERRUPTION_BEFORE = re.compile(_OPENING + r"[^\S\n]*$")
_INTERRUPTION_AFTER = re.compile(_ADJUNCT_TO_COMMA + r"$")
_OPENING_AND_SOURCE = re.compile(_OPENING + r"[^\S\n]+(?:[\w’'.-]+[^\S\n]+){1,5}$")  # `The plan, the mayor |`
_REST_AFTER_ADJUNCT = re.compile(_ADJUNCT_TO_COMMA + r"(?=\S)")


_ANSWER = re.compile(r",[^\S\n]+(?P<source>(?:[\w’'.-]+[^\S\n]+){0,4}?[\w’'.-]+)[^\S\n]+"
                     r"(?P<cue>said|says|replied|answered|responded|told\s+\w+)[^\S\n]+(?:that[^\S\n]+)?")


def _split_question_from_answer(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """`Asked whether he would fire her, de la Cruz said he was "reviewing all options."`: a content the tagger ran
    from the question into the answer is the question up to its comma, and the answer an attribution of its own."""
    result = []
    for draft in drafts:
        result.append(draft)
        cue = draft.cue
        if cue is None or len(draft.content) != 1 or not _question_put(text, cue):
            continue
        piece = draft.content[0]
        answer = _ANSWER.search(text, piece.start, piece.end)
        if answer is None or answer.end() >= piece.end:
            continue
        draft.content = [Span(piece.start, answer.start())]
        result.append(_Draft([Span(answer.end(), piece.end)], quoted=draft.quoted,
                             cue=Span(answer.start("cue"), answer.end("cue")),
                             source=Span(answer.start("source"), answer.end("source"))))
    return result


_QUOTED_AS = re.compile(
    r"\b(?:(?P<passive>(?:was|were|is|are|has\s+been|had\s+been)\s+)?quoted\s+"
    r"(?(passive)(?P<agent>by\s+[^,.;:\n]{1,60}?\s+)?|(?P<speaker>[^,.;:\n]{1,80}?)\s+))"
    r"(?P<cue>as\s+(?:saying|telling|vowing|stating|warning|writing|adding|calling|promising|describing|"
    r"pledging|insisting|arguing|claiming|acknowledging)\b)")
_GAP = re.compile(r"[\s:,—–-]*")


def _quoted_as_saying(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """`Xinhua quoted the minister as saying …`: PolNeAR's attribution is the outlet's (cue `quoted`, content
    `the minister as saying …`); who said the words is the minister, so the saying is an attribution of its own
    (source the minister, cue `as saying`), nested in the outlet's. Where the tagger cut the outlet's content at
    `as saying`, or ran outlet and minister into one source, it is made whole again."""
    if not drafts:
        return drafts
    added = []
    for match in _QUOTED_AS.finditer(text, max(0, drafts[0].start - 400), drafts[-1].end + 400):
        quoted = Span(match.start(), match.start("cue"))
        cue = Span(match.start("cue"), match.end("cue"))
        outer = next((d for d in drafts if d.cue is not None and d.cue.overlaps(quoted)), None)
        inner = next((d for d in drafts if d is not outer and d.cue is not None and d.cue.overlaps(cue)), None)
        if outer is None and inner is not None and inner.source is not None and inner.source.start < match.start() and \
                not match.group("passive"):  # `Pyongyang's state media quoted leader Kim` tagged as one source
            outlet = Span(inner.source.start, len(text[:match.start()].rstrip()))
            outer = _Draft(list(inner.content), quoted=inner.quoted, cue=Span(match.start(), match.start() + 6), source=outlet)
            drafts = drafts + [outer]
        if outer is None:
            continue
        if match.group("passive"):  # `the minister was quoted by Interfax as saying …`; with no outlet, the subject said it
            speaker = outer.content[0] if outer.content[0].end <= match.start() and match.group("agent") else None
        else:
            speaker = Span(match.start("speaker"), match.end("speaker"))
        if speaker is None:
            continue
        if inner is not None:  # the tagger's two halves: the outlet's content runs from the speaker to the end
            said = inner.content
            drafts = [d for d in drafts if d is not inner]
            outer.content = [speaker] + list(said) if match.group("passive") else \
                [Span(speaker.start, max(s.end for s in said))]
        elif outer.start >= speaker.start and outer.end > cue.end:
            said = [Span(_GAP.match(text, cue.end).end(), outer.end)]  # `the minister as saying the navy was ready`
            if text[said[0].start] in QUOTE_MARKS:
                outer.content = said  # `… as saying “…”`: PolNeAR's outlet quotes the quotation alone
        else:
            said = outer.content  # `“…,” Interfax quoted the minister as saying.`
        drafts = [d for d in drafts if d is outer or not all(_inside(c, speaker) for c in d.content)]
        added.append(_Draft(list(said), quoted=outer.quoted, cue=cue, source=speaker))
    return sorted(added + drafts, key=lambda d: d.start)  # the outlet's, nesting the other, listed after it


def _join_interrupted_clauses(text: str, drafts: list[_Draft], bounds: Bounds) -> None:
    """`The delay, he said, was unacceptable.`: reported speech split by its attribution is one content in two
    pieces; the tagger mostly finds only the second."""
    contents = [s for d in drafts for s in d.content]
    for draft in drafts:
        if draft.source is None or draft.cue is None or len(draft.content) != 1 or \
                draft.quoted and text[draft.content[0].start] in QUOTE_MARKS:
            continue  # `Sanctions, she said, were “the only language …”` joins too; a quotation split so is elsewhere
        source, cue, piece = draft.source, draft.cue, draft.content[0]
        if not (source.end <= cue.start < cue.end <= piece.start) or not _INTERRUPTION_AFTER.match(text[cue.end:piece.start]):
            continue
        sentence_start = bounds.sentence_span(source.start, len(text))[0]
        opening = _INTERRUPTION_BEFORE.fullmatch(text, sentence_start, source.start)
        if opening is None or text[source.end:cue.start].strip():
            continue
        span = Span(opening.start("opening"), opening.end("opening"))
        if not any(span.overlaps(c) for c in contents):
            draft.content = [span, piece]


def _continue_floating(text: str, drafts: list[_Draft], bounds: Bounds) -> list[_Draft]:
    """A quoted paragraph with no cue continues the previous speaker's attribution."""
    kept: list[_Draft] = []
    for draft in drafts:
        last = kept[-1] if kept else None
        previous = _speaking_before(text, kept, bounds) if draft.cue is None else last
        if draft.cue is None and draft.quoted and previous is not None and previous.cue is not None \
                and not any(previous.cue.overlaps(s) for s in draft.content):
            reach = max([previous.end] + [s.end for s in previous.extra_content if s.end <= draft.start
                                          and not text[bounds.paragraph_starts[bounds.paragraph(s.start)]:s.start].strip()])
            near = bounds.paragraph(draft.start) - bounds.paragraph(reach) <= 1
            if near and not text[reach:draft.start].strip(QUOTE_MARKS + " \n\t.,"):
                previous.extra_content.extend(draft.content)
                continue
            if near:
                draft.cue, draft.source = previous.cue, previous.source
        elif previous is not None and draft.cue is not None and previous.cue == draft.cue and draft.quoted \
                and previous.end <= draft.cue.start <= draft.start:
            previous.extra_content.extend(draft.content)
            continue
        kept.append(draft)
    return kept


def _take_introduced_speakers(text: str, drafts: list[_Draft], sources: list[Span], bounds: Bounds) -> None:
    """`Tom Whitfield, an analyst, was skeptical.` and then a quoted paragraph or sentence with no cue: the quote
    is the speaker the paragraph or sentence before opened with, when the tagger marked that one as a source of
    nothing else."""
    used = {d.source for d in drafts if d.source is not None}
    for draft in drafts:
        if draft.cue is not None or draft.source is not None or not draft.quoted:
            continue
        paragraph = bounds.paragraph(draft.start)
        sentence_start = bounds.sentence_span(draft.start, len(text))[0]
        if not text[bounds.paragraph_starts[paragraph]:draft.start].strip():
            if paragraph == 0:
                continue
            opening = bounds.paragraph_starts[paragraph - 1]
        elif not text[sentence_start:draft.start].strip() and sentence_start > bounds.paragraph_starts[paragraph]:
            opening = bounds.sentence_span(sentence_start - 1, len(text))[0]  # `Ada Moss was blunt. “…”`
        else:
            continue
        opening += len(text[opening:]) - len(text[opening:].lstrip())
        speaker = next((s for s in sources if s.start == opening and s not in used), None)
        if speaker is not None and not any(opening <= d.start < draft.start for d in drafts):
            draft.source = speaker


def _speaking_before(text: str, kept: list[_Draft], bounds: Bounds) -> _Draft | None:
    """The attribution a floating quote may continue: the last one, unless that is a thought or an act told in
    passing (`said Moss, who thinks often about …`) or a question put to the speaker (`she said when asked
    whether …`) after a speech attribution of the same paragraph."""
    if not kept:
        return None
    last = kept[-1]
    if last.cue is None or last.source is not None and cue_category(last.cue.text(text)) == "speech":
        return last
    paragraph = bounds.paragraph(last.start)
    for earlier in reversed(kept[-4:-1]):
        if bounds.paragraph(earlier.end) != paragraph:
            break
        if earlier.cue is not None and earlier.source is not None and cue_category(earlier.cue.text(text)) == "speech":
            return earlier
    return last


def _nested(text: str, quotations: list[QuotedSpan]) -> list[Quote]:
    """A quotation inside a quotation, introduced there by `As X said,`: its own attribution."""
    found = []
    for inner in quotations:
        outer = [o for o in quotations if o is not inner and o.start < inner.start and inner.end <= o.end]
        if not outer:
            continue
        lead = text[outer[-1].start:inner.start]
        match = None
        for candidate in _NESTED_CUE.finditer(lead):
            match = candidate
        if match is None:
            continue
        base = outer[-1].start
        found.append(Quote(content=list(inner.spans), cue=[Span(base + match.start("cue"), base + match.end("cue"))],
                           source=[Span(base + match.start("source"), base + match.end("source"))],
                           type="direct", category="speech", confidence=0.6))
    return found


def _paragraph_pieces(text: str, span: Span) -> list[Span]:
    """A tagged content cut at paragraph breaks; a stray word or two past a break is dropped."""
    pieces, start = [], span.start
    for match in re.finditer(r"\n+", span.text(text)):
        pieces.append(Span(start, span.start + match.start()))
        start = span.start + match.end()
    pieces.append(Span(start, span.end))
    return [p for p in pieces if _word_count(p.text(text)) >= 3 or len(pieces) == 1]


def _paragraph_attributions(text: str) -> tuple[list[_Draft], list[Span]]:
    """Paragraphs that say who speaks by their shape, and the paragraphs they take up:
    `SMITH: words` (an interview transcript), a first line `Smith: words` (a headline) and
    `“words” — Jane Smith` (a signed quote)."""
    found, taken = [], []
    turns = list(_TRANSCRIPT_TURN.finditer(text))
    for number, match in enumerate(turns):
        colon = match.end("label")
        turn = _Draft([Span(match.start("content"), match.end("content"))], quoted=True,
                      cue=Span(colon, colon + 1), source=Span(match.start("label"), colon), transcript=True)
        found.append(turn)
        taken.append(Span(match.start(), match.end()))
        if len(turns) > 1 and text[match.start():match.start("label")].strip():
            following = turns[number + 1].start() if number + 1 < len(turns) else len(text)
            _continue_turn(text, turn, match.end(), following, taken)
    _interview_turns(text, found)
    headline = _NAMED_HEADLINE.match(text)
    if headline:
        colon = headline.end("source")
        found.append(_Draft([Span(headline.start("content"), headline.end("content"))],
                            cue=Span(colon, colon + 1), source=Span(headline.start("source"), colon)))
        taken.append(Span(headline.start(), headline.end()))
    for match in _SIGNED_QUOTE.finditer(text):
        found.append(_Draft([Span(match.start("content"), match.end("content"))], quoted=True,
                            cue=Span(match.start("cue"), match.end("cue")),
                            source=Span(match.start("source"), match.end("source"))))
        taken.append(Span(match.start(), match.end()))
    return found, taken


def _interview_turns(text: str, found: list[_Draft]) -> None:
    """A published interview (`Q: …` then `A: …`): each question and answer is a turn spoken by its label, as
    PolNeAR marks them, the answer running on to the next question; who `A` is, the speaker stage decides."""
    turns = list(_INTERVIEW_TURN.finditer(text))
    if {turn.group("label")[0] for turn in turns} != {"Q", "A"}:
        return
    for number, turn in enumerate(turns):
        following = turns[number + 1].start() if number + 1 < len(turns) else turn.end()
        label_end = turn.end("label")
        found.append(_Draft([Span(turn.start("content"), turn.end("content"))], quoted=True,
                            cue=Span(label_end, label_end + 1), source=Span(turn.start("label"), label_end),
                            transcript=True,
                            extra_content=[Span(paragraph.start(), paragraph.end())
                                           for paragraph in _PARAGRAPH_TEXT.finditer(text, turn.end() + 1, following)
                                           if turn.group("label")[0] == "A"]))


_FIRST_OR_SECOND_PERSON = re.compile(r"(?:I|we|you|me|us|my|our)", re.I)


def _answers_stop_at_narration(text: str, drafts: list[_Draft]) -> None:
    """`A: Nobody pushed me.` then `Her doctor, Ada Moss, said the rehab was strict.`: an answer runs on to the next
    question only through paragraphs where no one else is reported speaking (the answerer's own `I told him` is
    still the answer)."""
    narrated = [d.cue for d in drafts if d.cue is not None and not d.transcript and d.source is not None
                and not _FIRST_OR_SECOND_PERSON.fullmatch(d.source.text(text))]
    for draft in drafts:
        for number, paragraph in enumerate(draft.extra_content if draft.transcript else []):
            if any(paragraph.start <= cue.start < paragraph.end for cue in narrated):
                draft.extra_content = draft.extra_content[:number]
                break


_OPENED_PARAGRAPH = re.compile(r"^[^\S\n]*[\"“](?P<content>[^\n]*?)[\"”]?[^\S\n]*$", re.M)


def _continue_turn(text: str, turn: _Draft, start: int, end: int, taken: list[Span]) -> None:
    """In a transcript whose turns each open with a quote mark (`"SMITH: …`), the paragraphs
    opening with a mark before the next turn are more of the same turn; `(CROSSTALK)` is no one's."""
    for match in _OPENED_PARAGRAPH.finditer(text, start, end):
        content = Span(match.start("content"), match.end("content"))
        if not content.text(text).strip():
            continue
        if not re.fullmatch(r"\s*[(\[].*[)\]]\W*", content.text(text)):
            turn.extra_content.append(content)
        taken.append(Span(match.start(), match.end()))


def quote_type(text: str, content: list[Span], quotations: Sequence[QuotedSpan] = ()) -> str:
    """direct when the content is all inside quote marks (a paragraph a quote runs on from opens with a
    mark and leaves it unclosed), mixed when it only contains some (‘ never being an apostrophe; a straight
    single mark only where it makes a quotation, `said the bill was 'long overdue'`)."""
    pieces = [s.text(text).strip() for s in content]
    if all(p and p[0] in QUOTE_MARKS for p in pieces) and pieces[-1].rstrip(".,;:!? ")[-1:] in QUOTE_MARKS:
        return "direct"
    if any(mark in p for p in pieces for mark in "\"“”«»‘") or any("''" in p or "``" in p for p in pieces) or \
            any(_inside(quoted, piece) for quotation in quotations for quoted in quotation.spans for piece in content):
        return "mixed"
    return "indirect"


MIN_CONFIDENCE = 0.45
_FUNCTION_WORDS = {"however", "which", "what", "that", "this", "these", "those", "so", "also", "but", "and",
                   "then", "meanwhile", "still", "yet", "though", "moreover"}


def _only_function_words(content: list[Span], text: str) -> bool:
    """A "content" of nothing but a connective ("However", "which") is a tagging slip."""
    words = [w.lower() for s in content for w in _WORDS.findall(s.text(text))]
    return all(w in _FUNCTION_WORDS for w in words)


def _confidence(kind: str, words: int, draft: _Draft) -> float:
    """How often attributions of this shape were right on PolNeAR dev (rounded, coarse), so that
    a user filtering on confidence gets the precision the number promises."""
    if draft.cue is None and draft.source is None:
        return 0.05  # nothing says who said it: mostly a relative clause the tagger took for speech (`the votes | that
        # he won in 2012`), a title or a scare quote; on PolNeAR dev 1 in 28 was right end to end
    if kind != "indirect":
        value = 0.95 if draft.cue and draft.source and words >= 5 else 0.8 if draft.cue else 0.6
    elif draft.cue and draft.source:
        value = 0.8 if words >= 5 else 0.7 if words >= 3 else 0.5
    else:
        value = 0.6 if words >= 5 else 0.4 if draft.cue else 0.2
    return round(value - (0.1 if not draft.balanced else 0.0), 2)


SEGMENT_CHARS = 20_000


Parser = Callable[[str, Bounds, list[int]], Syntax]


def attribute(text: str, tagged: list[Tagged], quotations: list[QuotedSpan], parser: Parser | None = None) -> list[Quote]:
    """Attributions (without speakers) from the tagger's spans and the quotation-mark pass;
    with a `parser` (see `Syntax.parse`), a cue's grammatical subject is preferred as its source.

    Linking never reaches past a paragraph, so a long text is linked in segments of whole
    paragraphs (never cutting a quotation), each parsed on its own: time stays linear in the
    text's length and memory bounded by a segment."""
    bounds = Bounds(text)
    turns, taken = _paragraph_attributions(text)
    cuts = _segment_starts(bounds, quotations)
    buckets: dict[int, dict[str, list]] = {}

    def bucket(offset: int, kind: str) -> list:
        number = bisect.bisect_right(cuts, offset) - 1
        return buckets.setdefault(number, {"tagged": [], "quotations": [], "turns": [], "taken": []})[kind]

    for item in tagged:
        bucket(item.start, "tagged").append(item)
    for quotation in quotations:
        bucket(quotation.start, "quotations").append(quotation)
    for turn in turns:
        bucket(turn.start, "turns").append(turn)
    for area in taken:
        bucket(area.start, "taken").append(area)
    quotes = []
    for number in sorted(buckets):
        part = buckets[number]
        quotes.extend(_attribute_segment(text, bounds, part["tagged"], part["quotations"], part["turns"],
                                         part["taken"], parser))
    quotes.sort(key=lambda q: q.content[0].start)
    return quotes


_DANGLING_CONJUNCTION = re.compile(r"(?<=\w)[\s,;]+(?:and|but|or|because|while|when)[\s,]*$")


_MAIN_CLAUSE_RESUMES = re.compile(r",[^\S\n]+(?:(?:also|then|later|still|ultimately|nonetheless)[^\S\n]+)?"
                                  r"(?:was|were|is|are|has|have|had|did|does|will|would|could|remains?|remained|"
                                  r"[a-z]+ed)\b(?![^\S\n]+(?:that|by)\b)")


def _within_aside(text: str, draft: _Draft, span: Span) -> Span:
    """`Officials from Dobara, which accuses Marandi of …, were unmoved`, `Ada Moss, asked about …, smiled`: a cue in
    a relative clause or a question put between commas reports up to the aside's end, where the sentence's own verb
    resumes."""
    source, cue = draft.source, draft.cue
    relative = source is not None and re.search(r",[^\S\n]*(?:who|which)$", text[max(0, source.start - 2):source.end])
    asked = cue is not None and _ASKED_PASSIVE.match(text, cue.start) and text[:cue.start].rstrip().endswith(",")
    if not (relative or asked) or re.search(r"\b(?:who|which|whom|whose)\b", text[span.start:span.end]):
        return span
    resumes = _MAIN_CLAUSE_RESUMES.search(text, span.start, span.end)
    if resumes is None or resumes.start() <= span.start or "," in text[span.start:resumes.start()]:
        return span  # not the comma closing an aside inside the content (`that his father, a lawyer, was …`)
    return Span(span.start, resumes.start())


def _without_dangling_conjunction(text: str, span: Span) -> Span:
    """`declined to give a forecast but`: a content the tagger ran into the next clause's conjunction ends before it."""
    dangling = _DANGLING_CONJUNCTION.search(text, span.start, span.end)
    return Span(span.start, dangling.start()) if dangling else span


_WEEKDAY = re.compile(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
_TIME_AFTER_SOURCE = re.compile(r"(?<=\w)(?<!ed)[^\S\n]+(?:(?:late|early)[^\S\n]+)?(?:on[^\S\n]+(?:" + _WEEKDAY.pattern +
                                r")|(?:last|this)[^\S\n]+week)$")
_ON_DAY = re.compile(r"(?<=\w)[^\S\n]+on[^\S\n]+$")


def _without_time(text: str, source: Span) -> Span:
    """`The UN rights chief on Monday said …`: when something was said is no part of who said it (but a clause
    keeps its own: `Pence, who is running this year,`); a day taken for the speaker (`A jury on Monday ordered`,
    misparsed) gives way to the noun phrase before it."""
    on = _ON_DAY.search(text, max(0, source.start - 12), source.start)
    if on is not None and _WEEKDAY.fullmatch(source.text(text)):
        return source_before(text, Span(on.start(), on.start())) or source
    found = _TIME_AFTER_SOURCE.search(text, source.start, source.end)
    if found is None or found.start() <= source.start or re.search(r"\b(?:who|which|that)\b|,", source.text(text)):
        return source
    return Span(source.start, found.start())


_MEDIUM_BEFORE_CONTENT = re.compile(
    r"in[^\S\n]+(?:an?|the|his|her|their|its)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:release|statement|post|interview|e-?mail|"
    r"letter|video|message|tweet|op-ed|filing|memo|briefing|call|speech)(?:[^\S\n]+on[^\S\n]+\w+)?[^\S\n]+(?=that[^\S\n])")


def _without_medium(text: str, cue: Span | None, span: Span) -> tuple[Span | None, Span]:
    """`said in a news release that Palmer …`: where it was said belongs to the cue, not to what was said."""
    found = _MEDIUM_BEFORE_CONTENT.match(text, span.start, span.end)
    if found is None or cue is None or text[cue.end:span.start].strip():
        return cue, span
    return Span(cue.start, len(text[:found.end()].rstrip())), Span(found.end(), span.end)


_OBJECT_BEFORE_THAT = re.compile(r"(?:[A-Z][\w.-]*[^\S\n]+){1,3}(?=that[^\S\n])")  # a name, not `ratings that …`


def _past_prepositional_object(text: str, cue: Span | None, span: Span) -> Span:
    """`acknowledged under questioning from | Boone | that …`: the object of a cue's closing preposition is no part
    of what was said."""
    if cue is None or not 0 <= span.start - cue.end <= 2 or not re.search(r"\b(?:from|by|with|to)$", cue.text(text)):
        return span
    object_phrase = _OBJECT_BEFORE_THAT.match(text, span.start)
    return Span(object_phrase.end(), span.end) if object_phrase and object_phrase.end() < span.end else span


def _trimmed(text: str, spans: list[Span]) -> list[Span]:
    """The spans without white space at their edges, dropping any that held nothing else."""
    return [piece for piece in (span.stripped(text) for span in spans) if len(piece)]


def _clear_of_content(text: str, source: Span, content: list[Span]) -> list[Span]:
    """A source never reaches into its own content: `According to an aide, the talks …` tagged as one
    phrase keeps only what comes before the content."""
    clash = [piece for piece in content if piece.overlaps(source)]
    if not clash:
        return [source]
    before = text[source.start:clash[0].start].rstrip(" \t\n,;:—–-")
    return [Span(source.start, source.start + len(before))] if before.strip() else []


def _segment_starts(bounds: Bounds, quotations: list[QuotedSpan]) -> list[int]:
    """Paragraph starts at least SEGMENT_CHARS apart that no quotation runs across."""
    spans = sorted((q.start, q.end) for q in quotations)
    cuts, index, reach = [0], 0, -1
    for start in bounds.paragraph_starts:
        while index < len(spans) and spans[index][0] < start:
            reach = max(reach, spans[index][1])
            index += 1
        if start - cuts[-1] >= SEGMENT_CHARS and reach <= start:
            cuts.append(start)
    return cuts


_INVERTED_CUE = re.compile(r"(?:said|says|added|adds|wrote|writes|noted|explained|warned|cautioned|argued|continued)")
_SUBJECT_WITH_APPOSITION = re.compile(r"[^\S\n]*[^,\n]{2,60},[^\S\n]+(?:a|an|the)[^\S\n][^,\n]{2,60},")  # `Another
# witness, a bartender, | said …`: the subject before the cue, not a clause reported
_SPEAKER_PHRASE = re.compile(  # `a spokeswoman for Pfizer`, `the lead author, Ingrid Solberg`: a noun phrase, no clause
    r"(?:(?:a|an|the|one|two|three|four|several|some|another)\s+|[A-Z])"
    r"(?!.*\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|that|"
    r"it|there|they|he|she|we|I|not)\b)[^\n]*")


def _inverted_speakers(text: str, contents: list[Span], cues: list[Span], sources: list[Span],
                       bounds: Bounds) -> tuple[list[Span], list[Span]]:
    """`The drug is safe, said a spokeswoman for Pfizer.`: the tagger reads the noun phrase after an inverted
    `said` as its content; when it closes the sentence, has no verb and no source precedes the cue, it is the
    source (and the clause before the comma, found later, the content)."""
    speakers = []
    cue_ending = {cue.end: cue for cue in cues}
    for content in contents:
        gap = re.search(r"\s*$", text[max(0, content.start - 20):content.start])
        cue = cue_ending.get(content.start - len(gap.group()))
        if cue is None or not _INVERTED_CUE.fullmatch(cue.text(text)) or _word_count(content.text(text)) > 12:
            continue
        sentence_start, sentence_end = bounds.sentence_span(cue.start, len(text))
        before = text[sentence_start:cue.start].rstrip()
        if before.endswith(",") and _word_count(before) >= 3 and not text[content.end:sentence_end].strip(" .\n") \
                and _SPEAKER_PHRASE.fullmatch(content.text(text)) and not _SUBJECT_WITH_APPOSITION.fullmatch(before) \
                and not any(sentence_start <= s.start < cue.start for s in sources):
            speakers.append(content)
    return [c for c in contents if c not in speakers], sorted(sources + speakers)


def _attribute_segment(text: str, bounds: Bounds, tagged: list[Tagged], quotations: list[QuotedSpan],
                       turns: list[_Draft], taken: list[Span], parser: Parser | None) -> list[Quote]:
    contents = [piece for t in tagged if t.label == "CONTENT" for piece in _paragraph_pieces(text, Span(t.start, t.end))]
    cues = [Span(t.start, t.end) for t in tagged if t.label == "CUE"]
    sources = [piece for t in tagged if t.label == "SOURCE"
               if (source := _past_wire_dateline(text, _complete_name(text, Span(t.start, t.end)))) is not None
               for piece in _split_at_clause(text, source)]
    if turns:
        contents = [c for c in contents if not any(c.overlaps(t) for t in taken)]
        cues = [c for c in cues if not any(c.overlaps(t) for t in taken)]
        quotations = [q for q in quotations if not any(s.overlaps(t) for s in q.spans for t in taken)]
        sources = [s for s in sources if not any(s.overlaps(t) for t in taken)]
    contents, sources = _inverted_speakers(text, contents, cues, sources, bounds)
    contents = [c for c in contents if not (_ABSOLUTE_PHRASE.fullmatch(c.text(text)) and
                                            text[:c.start].rstrip().endswith(","))]  # `…,” Ada said, | her voice
    # breaking |. “…”`: how it was said, not what
    titles = [Span(q.start, q.end) for q in quotations if len(q.spans) == 1 and _programme_title(text, q.spans[0])]
    quotations = [q for q in quotations if Span(q.start, q.end) not in titles]
    contents = [c for c in contents if not any(_inside(c, _expanded(text, t)) for t in titles)]
    cues = sorted(cues + [cue for source in sources if (cue := cue_after_source(text, source)) is not None
                          and not any(cue.overlaps(c) for c in cues)])
    drafts = _merge_quotations(text, contents, quotations)
    drafts = _split_at_participle_cues(text, drafts, quotations)
    _link_cues(text, drafts, cues, bounds)
    unsure = [c.start for c in _cues_needing_syntax(text, drafts, cues, sources)]
    # contents with no cue, or (unless quoted) a cue far off: the word governing them may be the real cue
    unanchored = [d for d in drafts if (d.cue is None or not d.quoted) and len(d.content) == 1 and not _cue_beside(text, d)]
    unsure += [d.start for d in unanchored] + [d.cue.start for d in unanchored if d.cue is not None]  # a cue the
    # governor replaces is left free, and is read like any other orphan cue
    syntax = parser(text, bounds, unsure) if parser is not None and unsure else None
    if syntax is not None:
        for draft in unanchored:
            governor = syntax.governor_of(draft.content[0])
            if governor is not None:
                draft.cue = governor
    drafts = sorted(drafts + _orphan_contents(text, drafts, cues, sources, bounds, syntax,
                                                     [s for q in quotations for s in q.spans]), key=lambda d: d.start)
    _link_sources(text, drafts, sources, bounds, syntax)
    _take_reported_clause_before(text, drafts, bounds)
    _take_vouched_clause(text, drafts, cues, bounds)
    _widen_mixed_quotes(text, drafts, cues, bounds)
    _join_interrupted_clauses(text, drafts, bounds)
    drafts = _split_question_from_answer(text, drafts)
    drafts = _quoted_as_saying(text, drafts)
    for draft in drafts:
        _past_anonymity_topic(text, draft)
    drafts = sorted([d for d in drafts + turns if not (_asks_anonymity(text, d) or _headline_label(text, d) or _names_a_work(text, bounds, d)
                                                      or _reporting_credit(text, d) or _subheading(text, bounds, d)
                                                      or _pronounced_dead(text, d) or _when_it_was_said(text, d, drafts))],
                    key=lambda d: d.start)
    _answers_stop_at_narration(text, drafts)
    drafts = _continue_floating(text, drafts, bounds)
    _take_introduced_speakers(text, drafts, sources, bounds)
    quotes = []
    for draft in drafts:
        if draft.content:
            draft.cue, draft.content[0] = _without_medium(text, draft.cue, draft.content[0])
            draft.content[0] = _past_prepositional_object(text, draft.cue, draft.content[0])
        if not draft.quoted and len(draft.content) == 1:
            draft.content[0] = _within_aside(text, draft, draft.content[0])
        content = sorted(_trimmed(text, [_without_dangling_conjunction(text, _past_timestamp(text, s))
                                         for s in draft.content + draft.extra_content]))
        if not content:
            continue
        cue = _trimmed(text, [draft.cue] if draft.cue else [])
        category = cue_category(" ".join(c.text(text) for c in cue)) if cue else ("speech" if draft.quoted else "other")
        kind = "direct" if draft.transcript else quote_type(text, content, quotations)
        if kind == "direct" and category == "other":
            category = "speech"  # words in quotation marks with a cue no list knows (`scoffed`, `chimed in`) were said
        confidence = _confidence(kind, _word_count(" ".join(s.text(text) for s in content)), draft)
        if confidence >= MIN_CONFIDENCE and not _only_function_words(content, text):
            source = _clear_of_content(text, _without_time(text, draft.source), content) if draft.source else []
            quotes.append(Quote(content=content, cue=cue, source=_trimmed(text, source),
                                type=kind, category=category, confidence=confidence))
    quotes.extend(_nested(text, quotations))
    return quotes
