"""What kind of statement an attribution reports, and whether it affirms or negates.

The kind is that of the content's main statement — its first sentence — read with the cue. Hand-written
rules over the cue and those words (modal + negation + verb patterns) give a verdict in an order that puts
the specific before the general: an assurance first (including a pledge made for someone else; an
assurance that an allegation is false is a denial), then refusal cues, questions, refusals in the content
(negated future or will), denials (negated past or a denying cue) and commitments (will, promise, vow).
A multinomial logistic regression (`kinds_model.json`, trained on all the development labels by
`python benchmarks/bench_analysis.py train-kinds`) then decides the kind from that verdict, each rule's
own test, hand-written cue lexicons (opinion verbs and cues that take a side), the cue's category and
words, the content's subject, shape and opening words, and counts of evaluative, negative, hedging,
prescriptive, belief and future words. The rules were written while reading the older labels; on batches
labelled blind later they missed denials and commitments phrased otherwise and read the opinion/claim
boundary differently, and learned weights over them carried over better than the rules alone.
The word model's probabilities are averaged with those of a fine-tuned sentence encoder (`encoder.py`),
which reads phrasings no label showed; measured apart, each scored below the average.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from onrecord.analysis.encoder import KindsEncoder, shipped_encoder
from onrecord.extract.lexicon import cue_category

KINDS = ("commitment", "refusal", "denial", "assurance", "claim", "opinion", "question")
POLARITIES = ("positive", "negative")
OPENING_WORDS = 12  # polarity is the main clause's; later clauses of a long quote add noise
MODEL = Path(__file__).with_name("kinds_model.json")
ENCODER_SHARE = 0.45  # the encoder's weight in the average, chosen by grouped cross-validation (cv-kinds)


def _words(*alternatives: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)


_NEGATION = r"(?:not|n['’]t|never|no longer)"
_FUTURE = r"(?:will|would|shall|['’]ll|['’]d|going to|gonna)"
ASSURANCE_CUES = _words(r"(?<!self-)assur(?:e|es|ed|ing|ance|ances)(?! of)", r"reassur\w*", r"guarantee\w*",
                        r"promises? (?:that|from)")
# An assurance in the content is the source's own: the content opens with it ("to reassure investors",
# "assurances that …") or the source guarantees in the first person. Another's reassurance or promise that the
# source reports ("the mayor reassured them", "they hold promises from the mayor") is a claim about it.
ASSURANCE_CONTENT = re.compile(
    r"^\W*(?:that\s+|to\s+)?(?:(?<!self-)assurances?|reassur\w*|assur(?:e|es|ed|ing)(?! of)|guarantees? that)\b"
    r"|\b(?:i|we)\s+(?:can\s+)?(?:guarantee|promise|assure)\b", re.I)
# Denial comes before assurance: reassuring someone that an allegation is false, or that someone is not what
# they were called, denies it. A verdict of falsity on a statement ("those reports were wrong", "deemed the
# claims false") denies it too, whatever the cue
_STATEMENTS = (r"(?:claims?|allegations?|charges?|accusations?|reports?|stories|story|rumou?rs?|statements?|assertions?|"
               r"narratives?|accounts?|remarks?|comments?)")
_FALSE = r"(?:false|untrue|baseless|unfounded|lies|wrong|inaccurate|fabricated|bogus)"
FALSITY = re.compile(
    rf"\b{_STATEMENTS}\b[^.]{{0,40}}?\b(?:is|are|was|were|be)\s+(?:\w+\s+)?{_FALSE}\b"
    rf"|^\W*(?:that\s+)?(?:[\w’'-]+\s+){{0,3}}{_STATEMENTS}\b[^.]{{0,40}}?\b{_FALSE}\W*$"
    r"|^\W*(?:that|this|it|they|he|she|you)\s*(?:['’]s|['’]d\s+be|['’]re|is|are|was|were|would\s+be)\s+"
    r"(?:just\s+|simply\s+|flat\s+|dead\s+)?(?:wrong|false|untrue|a\s+lie|not\s+true)\W*$", re.I)
NEGATED_PREDICATION = re.compile(rf"^\W*(?:that\s+)?(?:[\w’'-]+\s+){{0,3}}(?:is|are|was|were|['’]s)\s+{_NEGATION}\s+(?:a|an)\b",
                                 re.I)
ON_ANOTHERS_BEHALF = re.compile(r"^\W*that\s+(?:his|her|their|the)\s+\w+\s+(?:will|would)\b", re.I)
QUESTION_CUES = _words(r"ask(?:ed|s|ing)?(?! for)", r"wonder\w*", r"inquir\w*", r"questions? (?:about|over|of|whether)")
DELIBERATION_CUES = _words(r"decid\w*", r"debat\w*", r"deliberat\w*", r"unclear", r"unsure", r"not sure",
                           r"consider\w*", r"weigh\w*", r"thinking about", r"disagree\w*")
WHETHER = re.compile(r"^\W*whether\b", re.I)
# "whether it is A, whether it is B" lists cases instead of asking; doubts about whether something holds are
# the source's view of it
CONCESSIVE = re.compile(r"^\W*whether\b.*\bwhether\b", re.I | re.S)
DOUBT_CUES = _words(r"caveats?", r"doubts?", r"doubted", r"concerns?", r"concerned", r"reservations?", r"skeptic\w*",
                    r"worr\w*")
# a wh- word with words after it: a bare relative pronoun ("which", "what … to be") is an annotation
# fragment, not a question
INDIRECT_QUESTION = re.compile(r"^\W*(?:whether|if|what|why|how|who|whom|which|when|where)\b(?!\W*(?:…|$))", re.I)
REFUSAL_CUES = _words(r"refus\w*", r"declin\w*", r"rebuff\w*", r"hesitat\w*", r"stop(?:s|ped|ping)? short of",
                      r"not having any",
                      r"(?<!not )(?<!n['’]t )rul(?:e|ed|es|ing) out", r"not (?:respond|return)\w*", r"would not",
                      r"will not", r"won['’]t", r"wouldn['’]t")
REJECTION_CUES = _words(r"reject\w*", r"turn(?:s|ed|ing)? down", r"den(?:y|ied|ies|ying)", r"dismiss\w*")
REQUESTS = _words(r"requests?", r"questions?", r"motions?", r"offers?", r"invitations?", r"proposals?", r"idea",
                  r"plea", r"calls? for", r"customers", r"applications?", r"(?:the )?changes? (?:being )?sought")
REFUSAL_CONTENT = re.compile(
    rf"(?:^\W*(?:that\s+)?(?:he|she|they|it)|\b(?:i|we))\s+(?:{_FUTURE}\s+{_NEGATION}|won['’]t|wouldn['’]t|"
    rf"(?:could|can)\s*(?:not|n['’]t) support|(?:are|is|am|['’]re|['’]m)\s+{_NEGATION}\s+(?:going to|voting|supporting|endorsing))\b"
    rf"|\b(?:i|we)\s*(?:am|are|['’]m|['’]re)\s+(?:just\s+|simply\s+)?not\s+(?:ready|willing|prepared)\s+to\b"
    rf"|^\W*(?:not to|to not|no longer)\b|\bnot (?:voting|going to vote|supporting|endorsing)\b", re.I)
DENIAL_CUES = _words(r"den(?:y|ied|ies|ying)", r"contradict\w*",
                     r"(?<!a )(?<!the )disput(?:e|es|ed|ing)(?!\s+(?:over|between)\b)", r"rebut\w*", r"refut\w*",
                     r"disavow\w*", r"repudiat\w*", r"recant\w*", r"retract\w*")
NEGATED_DENIAL_CUE = re.compile(rf"\b(?:{_NEGATION}|no)\s+(?:\w+\s+)?(?:den|contradict|disput|rebut|refut|disavow|repudiat)",
                                re.I)
DENIAL_CONTENT = re.compile(
    rf"\b(?:i|we)\s*(?:(?:have|has|had|did|do|does|was|were|am|are|['’]m|['’]re)\s+{_NEGATION}|never)\b"
    r"(?!\s+(?:been\s+(?:more|\w+er)|seen|heard|imagined|knew\s+(?:what|how|whether|if))\b)"
    r"|\bnever (?:said|says|pledged|promised|told|claimed|called|threatened|suggested)\b"
    r"|\bthere (?:was|were|has been|had been) never\b|\bthere never (?:was|were|has been|had been)\b"
    rf"|\bno (?:violations?|evidence|truth|wrongdoing)\b"
    rf"|\bnot (?:true|guilty)\b", re.I)
PUSHBACK_CUES = _words(r"reject\w*", r"dismiss\w*", r"push(?:es|ed|ing)? back", r"bristl\w*", r"challeng\w*",
                       r"defend\w*", r"walk(?:s|ed|ing)? back", r"brush(?:es|ed|ing)? (?:off|aside)", r"scoff\w*")
REJECTED_STATEMENT = re.compile(rf"\b(?:{_STATEMENTS}|implications?|ideas? that|suggestions?|notions?|labels?|criticisms?|"
                                r"characteri[sz]ations?)\b", re.I)
REPORTED_SELF_NEGATION = re.compile(
    rf"^\W*(?:that\s+)?(?:he|she|they|it|his\s+\w+|her\s+\w+|their\s+\w+|its\s+\w+)\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?:(?:had|has|have|did|does|do|was|were|is|are)\s+(?:{_NEGATION}|nothing)|never|{_NEGATION}\s+\w+ed)\b", re.I)
COMMITMENT_CUES = _words(r"pledg\w*", r"promis\w*", r"vow\w*", r"commit\w*", r"seeks?", r"threaten\w*",
                         r"agreed", r"plans?", r"intends?")
ANNOUNCEMENT_CUES = _words(r"announc\w*")
INTENTION = re.compile(rf"^\W*(?:that\s+)?(?:[\w’'-]+\s+){{0,3}}(?:{_FUTURE}|plans?\s+to|intends?\s+to)\b|^\W*to\s+\w+", re.I)
COMMITMENT_CONTENT = re.compile(
    rf"^\W*(?:(?:that\s+)?(?:he|she|they|we|i)\s*(?:will|would|['’]ll|['’]d)"
    rf"(?:\s+(?!be\b|have\b|been\b|never\b|win\b|lose\b)\w+|\W*$))"
    rf"|^\W*(?:that\s+)?(?:he|she|they)\s+(?:wants?|plans?|intends?) to\b(?! see\b)"
    rf"|\b(?:i|we)(?:\s+(?:will|shall|am going to|are going to|plan to|intend to)|['’](?:ll|m going to|re going to))\b"
    rf"(?!\s+have\s+to\b)", re.I)
WANT_CUES = _words(r"want(?:s|ed)?")
INFINITIVE = re.compile(r"^\W*to\s+\w+", re.I)
OPINION_CUES = _words(r"think\w*", r"thought", r"believ\w*", r"feel\w*", r"felt", r"argu\w*", r"suggest\w*", r"hop\w*",
                      r"wish\w*", r"expect\w*", r"call\w*", r"prais\w*", r"critici\w*", r"denounc\w*", r"rail\w*",
                      r"slam\w*", r"blast\w*", r"complain\w*", r"favou?r\w*", r"endors\w*", r"compliment\w*", r"regard\w*",
                      r"sees?", r"seems?", r"worr\w*", r"fear\w*", r"predict\w*", r"warn\w*", r"condemn\w*",
                      r"questioned", r"disagree\w*", r"casts?", r"contend\w*", r"float\w*", r"trust\w*", r"outrag\w*",
                      r"plead\w*(?! guilty)", r"urg\w*", r"propos\w*", r"spoke out", r"attack\w*", r"insist\w*")
# Cues of taking a side (support, blame, admire, doubt …) beyond the verbs of opinion above: opinions when the
# cue is not also a neutral verb of saying ("said he supports" leaves it to the content)
STANCE_CUES = _words(r"support\w*", r"oppos\w*", r"back(?:s|ed|ing|ers?)?", r"champion\w*", r"proponents?", r"advocat\w*",
                     r"commend\w*", r"hail\w*", r"applaud\w*", r"welcom\w*", r"blam\w*", r"decr(?:y|ies|ied|ying)", r"bemoan\w*",
                     r"lament\w*", r"scorn\w*", r"lambast\w*", r"assail\w*", r"mock\w*", r"ridicul\w*", r"derid\w*", r"fault\w*",
                     r"prefer\w*", r"recommend\w*", r"respect\w*", r"admir\w*", r"appeal\w*", r"approv\w*", r"disapprov\w*",
                     r"likes?", r"liked", r"lov(?:e|es|ed)", r"hat(?:e|es|ed)", r"dislik\w*", r"doubt\w*", r"concern\w*",
                     r"sick of", r"tired of", r"fed up", r"frustrat\w*", r"disappoint\w*", r"angr\w*", r"upset", r"distrust\w*",
                     r"skeptic\w*", r"confiden\w*", r"optimis\w*", r"pessimis\w*", r"excited", r"proud", r"ashamed", r"regret\w*",
                     r"want(?:s|ed)?", r"deem\w*", r"consider\w*", r"view\w*", r"celebrat\w*", r"cheer\w*", r"thank\w*",
                     r"congratulat\w*", r"object\w*", r"protest\w*")
# A nominal or infinitive content naming an act of taking a side ("endorsements", "doubts about the plan",
# "to hail the mayor", "a push to unseat her") is an opinion, whatever the cue
SIDE_TAKING_ACT = re.compile(
    r"^\W*(?:to\s+|an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?:\w+\s+)?(?:"
    r"support\w*|oppos\w*|endors\w*|back(?:s|ed|ing)|champion\w*|prais\w*|hail\w*|applaud\w*|commend\w*|"
    r"critici\w*|condemn\w*|denounc\w*|blam\w*|doubts?|concerns?|push\s+to|calls?\s+(?:for|to)|"
    r"nod|the\s+nod)\b", re.I)
# A negated cue of saying or advocacy ("has not called for", "did not suggest") reports that nothing was said
NEGATED_SAYING = re.compile(
    r"(?:\b(?:not|never)|n['’]t)\s+(?:\w+\s+)?(?:say|said|call|called|suggest\w*|urg\w*|endors\w*|advocat\w*|"
    r"propos\w*|argu\w*|mention\w*|disavow\w*|repudiat\w*)\b", re.I)
NEUTRAL_CUES = _words(r"said", r"says?", r"saying", r"told", r"tells?", r"added", r"adds?", r"noted?", r"notes", r"wrote",
                      r"writes?", r"stated?", r"according to", r"reported", r"reports?", r"explain\w*", r"continued",
                      r"recall\w*", r"recount\w*", r"confirm\w*", r"acknowledg\w*", r"testif\w*", r"cited", r"mentioned",
                      r"described", r"repl\w*", r"respond\w*", r"announc\w*", r"show\w*", r"found", r"finds?", r"records?",
                      r"revealed", r"disclos\w*", r"tweeted", r"posted")
OPINION_CONTENT = _words(
    r"i think", r"i believe", r"i feel", r"i hope", r"in my view", r"should(?:n['’]t)?", r"ought", r"must", r"need to",
    r"needs to", r"seems?", r"probably", r"likely", r"clearly", r"obviously", r"inevitabl\w*", r"great", r"good",
    r"bad", r"best", r"worst", r"terrible", r"horrible", r"horrific", r"wrong", r"mistake", r"failure", r"disaster",
    r"amazing", r"important", r"ridiculous", r"absurd", r"suspect", r"offensive", r"stupid", r"strong", r"weak",
    r"unfair\w*", r"incredibl\w*", r"rigged", r"disgusting", r"dirty", r"corrupt\w*", r"dangerous", r"crazy",
    r"outrageous", r"lacks?", r"unfit", r"unqualified", r"typical", r"appropriate", r"asset", r"improvement",
    r"hopeful", r"optimistic",
    r"(?:will|would|could) (?:really|never|probably|lose|win|be the end)")
# Word classes the opinion/claim model counts (words and two-word phrases, looked up in sets because
# this runs on every attribution); written as general lists, not from the labelled items
EVALUATIVE = frozenset("""
good great better best bad worse worst terrible horrible awful excellent wonderful fantastic amazing incredible
remarkable perfect ideal brilliant smart stupid dumb foolish silly naive ignorant crazy insane ridiculous absurd
ludicrous laughable pathetic sad shameful disgraceful disgusting outrageous offensive appalling shocking troubling
disturbing alarming scary dangerous reckless careless irresponsible responsible wise unwise fair unfair unjust wrong
false honest dishonest corrupt crooked rigged dirty evil racist bigoted sexist extreme extremist radical weak strong
tough soft failed failing failure disaster disastrous catastrophe catastrophic mistake mess liar lies lying phony
fake hypocrite hypocrites hypocrisy hypocritical unfit unqualified qualified incompetent competent effective
ineffective successful unsuccessful important critical crucial essential vital necessary unnecessary significant
serious huge tremendous massive historic unprecedented unique typical appropriate inappropriate acceptable
unacceptable inexcusable deplorable despicable vile nasty cruel hateful divisive toxic ugly beautiful nice decent
gifted talented proud ashamed happy unhappy pleased disappointed disappointing frustrated frustrating frustration
angry upset worried afraid confident surprised surprising grateful thrilled excited sorry difficult hard easy
impossible obvious interesting sophomoric grumpy questionable suspicious suspect weakness weaknesses strength
strengths problem problems threat risk risks asset liability vulnerable vulnerability coup loser losers winner
winners genius idiot idiots clown clowns buffoon buffoons goofball goofballs joke nonsense garbage helpful harmful
betray betrayed betrayal betraying destroy destroyed destroying destroys ruin ruined ruining ruins deserve deserved
deserves deserving worthy unworthy too very really extremely absolutely totally completely utterly deeply truly
""".split())
HEDGES = frozenset("""may might could likely unlikely probably perhaps maybe possibly seem seems appear appears apparently
surely certainly definitely clearly obviously undoubtedly inevitable inevitably hopefully unfortunately sadly frankly
""".split()) | {"of course"}
PRESCRIPTIONS = frozenset({"should", "shouldn't", "must", "mustn't", "ought", "need to", "needs to", "has to",
                           "have to", "had better", "got to", "let's", "let us", "time to", "cannot be", "can't be"})
BELIEFS = frozenset({"i think", "i believe", "i feel", "i hope", "i guess", "i suspect", "i'm sure", "am sure",
                     "i'm confident", "my view", "my opinion", "to me", "i doubt", "we think", "we believe",
                     "i expect", "i fear", "i wish", "i want", "i love", "i hate", "i like", "i agree", "i disagree"})
FUTURES = frozenset({"will", "won't", "would", "wouldn't", "'ll", "going to", "gonna"})
FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us"})
NUMBERS = frozenset({"percent", "million", "billion"})
IRREGULAR_PAST = frozenset("was were had did said told met went came made took gave got found left won lost".split())
# words of criticism, accusation and complaint: they make a statement negative, and most often an opinion
NEGATIVE_WORDS = frozenset("""
wrong mistake mistakes bad worse worst terrible horrible horrific awful failure failed failing disaster disastrous
suspect offensive stupid dumb foolish silly idiot idiots unfair unfairly fault reject rejected flawed corrupt
corrupted corruption rigged disgusting dirty crooked dishonest liar liars lie lies lying phony fake hypocrite
hypocrisy hypocritical ridiculous absurd outrageous insane insanity crazy dangerous reckless careless irresponsible
incompetent unfit unqualified disgrace disgraceful shameful shame pathetic sad sophomoric buffoon buffoons clown
goofball goofballs joke nonsense garbage threat threats threaten problem troubling disturbing alarming appalling
shocking deplorable despicable vile nasty cruel hateful hatred racist bigot bigoted sexist divisive toxic ugly weak
weakness weaknesses myth lacks lacked lacking grumpy questionable afraid fear fears scared angry anger upset
frustrated frustrating disappointed disappointing horrified explode betray betrayed betrayal destroy destroyed ruin
ruined stole stolen steal abuse abused wrongdoing inflammatory perverse obstacle breach unjust injustice gimmicks
extreme extremist radical
""".split())
WORD_CLASSES = {"evaluative": EVALUATIVE, "negative": NEGATIVE_WORDS, "hedge": HEDGES, "prescription": PRESCRIPTIONS,
                "belief": BELIEFS, "future": FUTURES, "first_person": FIRST_PERSON, "number": NUMBERS, "past": IRREGULAR_PAST}
CLASS_OF = {term: tuple(name for name, terms in WORD_CLASSES.items() if term in terms)
            for term in set().union(*WORD_CLASSES.values())}
TOKENS = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
SUBJECT = re.compile(r"^\W*(?:that\s+)?(i|we|he|she|they|it)\b", re.I)
# an opening "if" or "when" most often sets a condition or a time, not an indirect question
CONDITION = re.compile(r"^\W*(?:if|when)\b", re.I)


def _word_classes(text: str) -> dict[str, int]:
    """How many words (or two-word phrases) of each class the text has."""
    words = TOKENS.findall(text.lower().replace("’", "'"))
    counts: dict[str, int] = {}
    for term in words + [f"{a} {b}" for a, b in zip(words, words[1:])]:
        for name in CLASS_OF.get(term, ()):
            counts[name] = counts.get(name, 0) + 1
    for word in words:
        name = "number" if word[0].isdigit() else "future" if word.endswith("'ll") else \
            "past" if len(word) >= 5 and word.endswith("ed") else None
        if name:
            counts[name] = counts.get(name, 0) + 1
    return counts


# Polarity: a statement that criticises, accuses, complains, warns or opposes is negative, by its cue or by the
# words opening its main statement
NEGATIVE_CUES = _words(r"against", r"denounc\w*", r"critici\w*", r"slam\w*", r"rail\w*", r"reject\w*", r"complain\w*",
                       r"attack\w*", r"blam\w*", r"skewer\w*", r"questioned", r"oppos\w*", r"contradict\w*", r"dismiss\w*",
                       r"accus\w*", r"disagree\w*", r"condemn\w*", r"decr(?:y|ies|ied|ying)", r"bemoan\w*", r"lament\w*",
                       r"scorn\w*", r"lambast\w*", r"assail\w*", r"mock\w*", r"ridicul\w*", r"derid\w*", r"fault\w*",
                       r"outrag\w*", r"anger\w*", r"angr\w*", r"boo(?:s|ed|ing)?", r"warn\w*", r"worr\w*", r"fear\w*",
                       r"doubt\w*", r"concern\w*", r"caveats?", r"sick of", r"tired of", r"fed up", r"frustrat\w*",
                       r"disappoint\w*", r"troubl\w*", r"alleg\w*", r"charg(?:e|es|ed|ing)")
# "n't" has no word boundary before it ("won't"), so contractions are matched on their own
NEGATION_WORD = re.compile(r"\b(?:not|never|no longer|no|nobody|nothing|none|neither|nor|cannot)\b|n['’]t\b", re.I)
# the pledge negated at its head ("not to raise taxes", "he will never sign"), not a negation inside the pledged
# act ("to make it work for everyone, not just a few") nor one setting up its contrary ("not X, but Y")
PLEDGE_NEGATION = re.compile(
    rf"^\W*(?:that\s+)?(?:(?:[\w’'-]+\s+){{0,2}}(?:will|would|shall|['’]ll|['’]d)\s+{_NEGATION}|(?:to\s+)?{_NEGATION})\b"
    r"(?![^.]*\bbut\b)", re.I)
ABBREVIATIONS = frozenset("mr mrs ms dr st jr sr sen rep gov gen col lt sgt capt mt vs no u.s d.c".split())
SENTENCE_END = re.compile(r"[.!?]+[\"”’']*\s+(?=[\"“‘'(]*[A-Z0-9])|\s…\s")


@dataclass(frozen=True)
class StatementKind:
    kind: str
    polarity: str

    def to_dict(self) -> dict:
        return {"kind": self.kind, "polarity": self.polarity}


def _unquoted(content: str) -> str:
    return content.strip().strip("\"“”'‘’ ").strip()


def first_sentence(text: str) -> str:
    """The content's main statement: its first sentence, or its first quoted fragment when fragments are elided."""
    for end in SENTENCE_END.finditer(text):
        before = text[:end.start()].rstrip()
        if end.group().strip() == "…":
            if before[-1:] in "\"”’'.!?":
                return before.rstrip(",")
            continue
        word = re.search(r"([\w.]+)$", before)
        if word and (word.group(1).lower() in ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1))):
            continue
        return text[:end.start() + len(end.group().rstrip())]
    return text


def encoder_texts(content: str, cue: str) -> tuple[str, str]:
    """What the encoder reads: the cue with the main statement, then the rest of the content."""
    return _encoder_pair(*_main_and_rest(content), cue)


def _encoder_pair(main: str, rest: str, cue: str) -> tuple[str, str]:
    return f"{cue} : {main}", rest.strip() or "."


def statement_kind(content: str, cue: str = "", model: KindsModel | None = None,
                   encoder: KindsEncoder | None = None) -> StatementKind:
    """The kind and polarity of one attribution from its content and cue words; `model` and `encoder` replace
    the shipped ones (cross-validation scores models trained without the items it classifies)."""
    return statement_kinds([(content, cue)], model, encoder)[0]


_SHIPPED_READINGS: dict[tuple[str, str], StatementKind] = {}
_SHIPPED_READINGS_KEPT = 100_000


def statement_kinds(attributions: list[tuple[str, str]], model: KindsModel | None = None,
                    encoder: KindsEncoder | None = None) -> list[StatementKind]:
    """`statement_kind` of many (content, cue) pairs at once: the encoder runs them in batches. The shipped
    models' readings are remembered, since the encoder costs milliseconds an attribution and a speaker's page
    reads the same attributions at each visit."""
    if model is None and encoder is None:
        missing = list(dict.fromkeys(pair for pair in attributions if pair not in _SHIPPED_READINGS))
        if len(_SHIPPED_READINGS) + len(missing) > _SHIPPED_READINGS_KEPT:
            _SHIPPED_READINGS.clear()
            missing = list(dict.fromkeys(attributions))
        _SHIPPED_READINGS.update(zip(missing, _read_kinds(missing, _model(), shipped_encoder())))
        return [_SHIPPED_READINGS[pair] for pair in attributions]
    return _read_kinds(attributions, model or _model(), encoder or shipped_encoder())


def _read_kinds(attributions: list[tuple[str, str]], model: KindsModel, encoder: KindsEncoder) -> list[StatementKind]:
    return decide_kinds(attributions, *kind_probabilities(attributions, model, encoder), model.classes)


def kind_probabilities(attributions: list[tuple[str, str]], model: KindsModel,
                       encoder: KindsEncoder) -> tuple[np.ndarray, np.ndarray]:
    """The word model's and the encoder's probabilities of each kind (columns in `model.classes` order), kept
    apart so that cross-validation can choose how to weigh them without refitting either."""
    if not attributions:
        return np.zeros((0, len(model.classes))), np.zeros((0, len(model.classes)))
    splits = [_main_and_rest(content) for content, _ in attributions]
    read = encoder.probabilities([_encoder_pair(text, rest, cue) for (text, rest), (_, cue) in zip(splits, attributions)])
    words = np.array([model.probabilities(kind_features(text, rest, cue))
                      for (text, rest), (_, cue) in zip(splits, attributions)])
    return words, read[:, [encoder.classes.index(kind) for kind in model.classes]]


def decide_kinds(attributions: list[tuple[str, str]], words: np.ndarray, encoded: np.ndarray, classes: list[str],
                 share: float = ENCODER_SHARE) -> list[StatementKind]:
    """The kind of each attribution from the two models' probabilities: their weighted average, then the
    guideline's outright readings and the polarity."""
    average = (1 - share) * words + share * encoded
    kinds = []
    for ranked, (content, cue) in zip(np.argsort(-average, axis=1), attributions):
        text = _main_and_rest(content)[0]
        first, second = (classes[int(n)] for n in ranked[:2])
        kinds.append(_with_polarity(second if first == "question" and not _asks(text, cue) else first, text, cue))
    return kinds


def _asks(text: str, cue: str) -> bool:
    """The guideline's question is asked by the main statement or the cue; a "?" later in the content is not it."""
    return _ends_in_question_mark(text) or bool(QUESTION_CUES.search(cue)) or bool(WHETHER.match(text)) or \
        bool(INDIRECT_QUESTION.match(text))


def _ends_in_question_mark(text: str) -> bool:
    return text.rstrip("\"”’' ").endswith("?")


def _with_polarity(kind: str, text: str, cue: str) -> StatementKind:
    opening = " ".join(text.split()[:OPENING_WORDS])
    kind = _guideline_reading(kind, text, opening, cue)
    if kind in ("commitment", "assurance"):
        # a pledge is positive unless the pledge itself is negated, however hostile the pledged act
        negative = bool(NEGATION_WORD.search(cue)) or bool(
            (PLEDGE_NEGATION if kind == "commitment" else NEGATION_WORD).search(opening))
    else:
        negative = kind in ("refusal", "denial") or bool(NEGATIVE_CUES.search(cue)) or \
            bool(NEGATION_WORD.search(opening + " " + cue)) or \
            kind != "question" and not NEGATIVE_WORDS.isdisjoint(TOKENS.findall(opening.lower().replace("’", "'")))
    return StatementKind(kind, "negative" if negative else "positive")


# Readings the guideline states outright and the models miss on sentences unlike their labels: calling a
# statement false or wrong denies it, a pledge to do what one will have to do states a necessity (an opinion), a
# negated cue of saying reports that nothing was said (a claim), a hedged statement speculates (an opinion)
# unless it is the source's own hedged plan, and an attempt already made is an act, not a pledge (a claim)
OBLIGATION = re.compile(r"\b(?:will|shall|['’]ll|going to|gonna)\s+(?:\w+\s+)?(?:have|need)\s+to\b", re.I)
HEDGED = _words("probably", "likely", "unlikely", "perhaps", "maybe", "possibly", "might")
PAST_ATTEMPT = _words("sought", "tried", "attempted", "strove")  # `sought to calm the markets` tells of an act


def _subject_person(text: str) -> str | None:
    """Whose act a statement opening with a pronoun subject is about: the source's own ("first_person": I, we)
    or another's ("third_person": he, she, they, it); None when it opens otherwise."""
    subject = SUBJECT.match(text)
    if subject is None:
        return None
    return "first_person" if subject.group(1).lower() in FIRST_PERSON else "third_person"


def _guideline_reading(kind: str, text: str, opening: str, cue: str) -> str:
    if FALSITY.search(text) and kind not in ("refusal", "question"):
        return "denial"
    if kind == "commitment" and OBLIGATION.search(opening):
        return "opinion"
    if NEGATED_SAYING.search(cue) and kind not in ("refusal", "denial", "question"):
        return "claim"
    if kind == "claim" and HEDGED.search(opening):
        return "opinion"
    if kind == "commitment" and HEDGED.search(opening) and _subject_person(opening) != "first_person":
        return "opinion"  # `the plan would probably fail` forecasts; only the source's own act is pledged
    if kind == "commitment" and PAST_ATTEMPT.search(cue):
        return "claim"  # a pledge is of a future act; an attempt already made is reported
    return kind


def _main_and_rest(content: str) -> tuple[str, str]:
    whole = _unquoted(content)
    main = first_sentence(whole)
    return _unquoted(main), whole[len(main):]


def _pushes_back(text: str, cue: str) -> bool:
    """A cue of rejecting or pushing back aimed at a statement, named in the cue or the content's first words."""
    return bool(PUSHBACK_CUES.search(cue)) and bool(REJECTED_STATEMENT.search(cue + " " + " ".join(text.split()[:4])))


def _specific_kind(text: str, cue: str) -> str | None:
    if ASSURANCE_CUES.search(cue) or ASSURANCE_CONTENT.search(text) or \
            COMMITMENT_CUES.search(cue) and ON_ANOTHERS_BEHALF.match(text):
        denies = DENIAL_CONTENT.search(text) or FALSITY.search(text) or NEGATED_PREDICATION.match(text)
        return "denial" if denies else "assurance"
    if _pushes_back(text, cue):
        return "denial"  # `rejected the idea that …`, `dismissed criticism from …`, `bristled at the suggestion`
    if REFUSAL_CUES.search(cue) or REJECTION_CUES.search(cue) and REQUESTS.search(text):
        return "refusal"
    if _ends_in_question_mark(text) or QUESTION_CUES.search(cue) or \
            WHETHER.match(text) and not CONCESSIVE.match(text) and not DOUBT_CUES.search(cue) or \
            INDIRECT_QUESTION.match(text) and DELIBERATION_CUES.search(cue):
        return "question"
    if REFUSAL_CONTENT.search(text):
        return "refusal"
    if DENIAL_CUES.search(cue) and not NEGATED_DENIAL_CUE.search(cue) or DENIAL_CONTENT.search(text) or \
            FALSITY.search(text):
        return "denial"
    if COMMITMENT_CUES.search(cue) or ANNOUNCEMENT_CUES.search(cue) and INTENTION.search(text) or \
            WANT_CUES.search(cue) and INFINITIVE.match(text) or COMMITMENT_CONTENT.search(text):
        return "commitment"
    return None


# Signals the model weighs besides the rules' verdict: each rule's own test, and general shapes of denials and
# commitments that the ordered rules miss (a negated statement in the past, a future act after any subject,
# a word of pledging in the opening)
_NEGATION_OPENING = re.compile(r"\b(?:not|never|no longer|no|nothing|none|nobody)\b|n['’]t\b", re.I)
_PAST = re.compile(r"\b(?:was|were|did|had|has|have|been|\w{3,}ed)\b", re.I)
_NEVER = _words("never")
_FUTURE_ACT = re.compile(
    r"^\W*(?:that\s+)?(?:[\w’'-]+\s+){0,3}?(?:will|shall|['’]ll|is going to|are going to|['’]s going to|['’]re going to|"
    r"plans? to|intends? to|is planning to|are planning to)\s+(?:also\s+|soon\s+)?"
    r"(?!be\b(?!\s+\w+ing)|have\b|never\b|not\b)\w+", re.I)
_PLEDGE_WORDS = _words(r"pledg\w*", r"promis\w*", r"vow\w*", r"commit\w*", r"willing\w*", r"intend\w*", r"determined")
OPENING_TOKENS = 3  # the first words as features of their own: "that", "to", "i", "we", "how" … open each kind


def _signals(text: str, cue: str) -> dict[str, float]:
    opening = " ".join(text.split()[:OPENING_WORDS])
    checks = {
        "assurance_cue": ASSURANCE_CUES.search(cue), "assurance_content": ASSURANCE_CONTENT.search(text),
        "on_anothers_behalf": COMMITMENT_CUES.search(cue) and ON_ANOTHERS_BEHALF.match(text),
        "refusal_cue": REFUSAL_CUES.search(cue), "rejection_cue": REJECTION_CUES.search(cue),
        "rejected_request": REJECTION_CUES.search(cue) and REQUESTS.search(text),
        "question_mark": _ends_in_question_mark(text), "question_cue": QUESTION_CUES.search(cue),
        "whether": WHETHER.match(text), "concessive": CONCESSIVE.match(text), "doubt_cue": DOUBT_CUES.search(cue),
        "deliberation_cue": DELIBERATION_CUES.search(cue), "refusal_content": REFUSAL_CONTENT.search(text),
        "denial_cue": DENIAL_CUES.search(cue) and not NEGATED_DENIAL_CUE.search(cue),
        "denial_content": DENIAL_CONTENT.search(text), "falsity": FALSITY.search(text),
        "negated_predication": NEGATED_PREDICATION.match(text), "commitment_cue": COMMITMENT_CUES.search(cue),
        "announced_intention": ANNOUNCEMENT_CUES.search(cue) and INTENTION.search(text),
        "intention": INTENTION.search(text), "wanted_act": WANT_CUES.search(cue) and INFINITIVE.match(text),
        "commitment_content": COMMITMENT_CONTENT.search(text), "negated_saying": NEGATED_SAYING.search(cue),
        "side_taking_act": len(text.split()) < 8 and SIDE_TAKING_ACT.match(text),
        "negated_cue": NEGATION_WORD.search(cue), "pledge_word": _PLEDGE_WORDS.search(opening),
        "infinitive_under_stance": INFINITIVE.match(text) and not NEUTRAL_CUES.search(cue),
        "rejected_statement": _pushes_back(text, cue),
        "reported_self_negation": REPORTED_SELF_NEGATION.match(text),
    }
    features = {"signal:" + name: 1.0 for name, hit in checks.items() if hit}
    person = _subject_person(text) or ""
    if _NEGATION_OPENING.search(opening):
        features["signal:negated"] = 1.0
        if _PAST.search(opening):
            features["signal:negated_past"] = 1.0
        if _NEVER.search(opening):
            features["signal:never"] = 1.0
        if person:
            features["signal:negated_" + person] = 1.0
    if _FUTURE_ACT.search(text):
        features["signal:future_act"] = 1.0
        if person:
            features["signal:future_act_" + person] = 1.0
    return features


def kind_features(text: str, rest: str, cue: str) -> dict[str, float]:
    """What the kinds model weighs: the ordered rules' verdict and each rule's own test (so that the weights,
    not the order the rules were written in, decide between them), word classes in the main statement and
    in the rest, whether the cue takes a side, its category and (crudely stemmed) words, the shape of the
    content (length, its subject, a that-, to- or wh- clause at its head, negation, a future act) and the
    words of its opening: with ~2,000 labels, learned weights carried over to freshly labelled batches
    better than the hand rules alone, which had been written while reading the older labels."""
    features: dict[str, float] = {"rule:" + (_specific_kind(text, cue) or "none"): 1.0}
    features.update(_signals(text, cue))
    for part, counts in (("main:", _word_classes(text)), ("rest:", _word_classes(rest))):
        for name, count in counts.items():
            features[part + name] = 0.5 + min(count, 3) / 3
    neutral = bool(NEUTRAL_CUES.search(cue))
    if OPINION_CUES.search(cue) or STANCE_CUES.search(cue) and not neutral:
        features["rule:opinion_cue"] = 1.0
    features["cue_category:" + cue_category(cue)] = 1.0
    if OPINION_CONTENT.search(text):
        features["rule:opinion_content"] = 1.0
    elif OPINION_CONTENT.search(rest):
        features["rule:opinion_rest"] = 1.0
    if "!" in text or "!" in rest:
        features["exclamation"] = 1.0
    length = len(text.split())
    features["length:" + ("short" if length < 6 else "mid" if length < 20 else "long")] = 1.0
    if re.match(r"\W*that\b", text, re.I):
        features["that_clause"] = 1.0
    if re.match(r"\W*to\b", text, re.I):
        features["infinitive"] = 1.0
    person = _subject_person(text)
    if person:
        features["subject:" + ("first_person" if person == "first_person" else "pronoun")] = 1.0
    if INDIRECT_QUESTION.match(text) and not CONDITION.match(text):
        features["wh_clause"] = 1.0
    if neutral:
        features["neutral_cue"] = 1.0
    for word in re.findall(r"[a-z]+", cue.lower()):
        features["cue:" + _stem(word)] = 1.0
    words = TOKENS.findall(" ".join(text.split()[:OPENING_WORDS]).lower().replace("’", "'"))
    for n, word in enumerate(words[:OPENING_TOKENS]):
        features[f"opening{n}:{word}"] = 1.0
    for word in words:
        features["word:" + word] = 0.5
    return features


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


class KindsModel:
    """A multinomial logistic regression over `kind_features`, held as a matrix so that scoring one
    attribution is a row lookup and a sum."""

    def __init__(self, classes: list[str], bias: list[float], weights: dict[str, list[float]]):
        self.classes = list(classes)
        self.bias = np.array(bias)
        self.index = {name: row for row, name in enumerate(weights)}
        self.matrix = np.array(list(weights.values())).reshape(len(weights), len(classes))

    def scores(self, features: dict[str, float]) -> np.ndarray:
        known = [(self.index[name], value) for name, value in features.items() if name in self.index]
        if not known:
            return self.bias.copy()
        rows, values = zip(*known)
        return self.bias + np.array(values) @ self.matrix[list(rows)]

    def probabilities(self, features: dict[str, float]) -> np.ndarray:
        scores = self.scores(features)
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()

    def to_dict(self) -> dict:
        return {"classes": self.classes, "bias": [round(float(b), 4) for b in self.bias],
                "weights": {name: [round(float(w), 4) for w in self.matrix[row]] for name, row in self.index.items()}}


@lru_cache(maxsize=1)
def _model() -> KindsModel:
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    return KindsModel(model["classes"], model["bias"], model["weights"])


def train_kinds_model(examples: list[tuple[str, str, str]], l2: float = 1.0, min_count: int = 2,
                      iterations: int = 1500, balance: float = 0.5) -> KindsModel:
    """Multinomial logistic regression on (content, cue, kind) examples: each class weighted by the square root
    of its inverse frequency (the rare kinds matter in macro F1, but fully balanced weights made a pledge of any
    future-sounding sentence once there were 3,000 labels), L2, features seen fewer than `min_count` times
    dropped, fitted by accelerated gradient descent from zero, so that the shipped weights can be rebuilt exactly."""
    rows = [kind_features(*_main_and_rest(content), cue) for content, cue, _ in examples]
    seen: dict[str, int] = {}
    for row in rows:
        for name in row:
            seen[name] = seen.get(name, 0) + 1
    names = sorted(name for name, count in seen.items() if count >= min_count)
    column = {name: n for n, name in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, -1] = 1.0  # the bias, not penalised
    for r, row in enumerate(rows):
        for name, value in row.items():
            if name in column:
                x[r, column[name]] = value
    classes = [kind for kind in KINDS if any(kind == label for _, _, label in examples)]
    y = np.array([[label == kind for kind in classes] for _, _, label in examples], dtype=float)
    weight = ((len(rows) / (len(classes) * y.sum(axis=0))) ** balance)[y.argmax(axis=1)]
    penalty = np.full((x.shape[1], 1), l2)
    penalty[-1] = 0.0
    step = 1.0 / (0.5 * np.linalg.norm(x * np.sqrt(weight)[:, None], 2) ** 2 + l2)
    w = np.zeros((x.shape[1], len(classes)))
    previous, momentum = w, w
    for n in range(1, iterations + 1):
        z = x @ momentum
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        gradient = x.T @ ((p - y) * weight[:, None]) + penalty * momentum
        previous, w = w, momentum - step * gradient
        momentum = w + (n - 1) / (n + 2) * (w - previous)
    return KindsModel(classes, list(w[-1]), {name: list(w[column[name]]) for name in names})
