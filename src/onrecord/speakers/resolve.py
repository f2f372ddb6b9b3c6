"""Resolve each attribution's source mention to a speaker within its article.

No coreference model can be shipped here, so this follows what works in news: a table of the
article's names (title + name patterns), surname → fullest name, pronouns → the most recent
compatible speaker, descriptions ("the president") → whoever carried that title, and anonymous
descriptions kept as typed, unnamed speakers.
"""
from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from onrecord.model import Quote, Span, Speaker
from onrecord.speakers.given_names import gender_of

TITLES = (
    "President", "Vice President", "Secretary", "Senator", "Sen.", "Rep.", "Representative", "Gov.",
    "Governor", "Mayor", "Judge", "Justice", "Gen.", "General", "Prime Minister", "Minister",
    "Chancellor", "Speaker", "Leader", "Chairman", "Chairwoman", "Director", "Commissioner",
    "Ambassador", "Attorney General", "Dr.", "Mr.", "Mrs.", "Ms.", "Dr", "Mr", "Mrs", "Ms", "Professor", "Prof.", "Pope",
    "King", "Queen", "Sheriff", "Chief", "Spokesman", "Spokeswoman", "CEO", "Candidate", "Former",
    "Councillor", "Councilor", "Councilman", "Councilwoman", "Councilmember", "Alderman", "Alderwoman", "Deputy", "Lawmaker", "Assemblyman",
    "Assemblywoman", "Congressman", "Congresswoman", "Superintendent", "Chairperson", "Coach",
    "Archbishop", "Bishop", "Rabbi", "Father", "Sister", "Captain", "Capt.", "Sgt.", "Lt.", "Col.",
    "Rev.", "Reverend", "Msgr.",
)
ORG_WORDS = {
    "house", "kremlin", "times", "post", "journal", "news", "committee", "party", "department", "unit",
    "ministry", "campaign", "agency", "office", "council", "court", "congress", "senate",
    "administration", "government", "inc", "corp", "company", "group", "association", "union",
    "bank", "fund", "foundation", "institute", "university", "network", "press", "reuters",
    "cnn", "fox", "nbc", "abc", "cbs", "msnbc", "breitbart", "pentagon", "fbi", "cia", "nato",
    "un", "eu", "gop", "dnc", "rnc", "commission", "board", "police", "army", "coalition",
    "organization", "organisation", "center", "centre", "magazine", "daily", "tribune", "guardian",
    "telegraph", "herald", "gazette", "courier", "bureau", "service", "authority", "politico", "hill",
    "clinic", "hospital", "school", "college", "state", "states", "journalism", "media", "review", "radio",
    "television", "tv", "channel", "pac", "services", "fed", "xinhua", "interfax", "tass", "yonhap", "kyodo", "afp",
    "irna", "anadolu", "bernama", "ria", "novosti", "pictures", "bros", "records", "entertainment", "studios",
    "pharmaceuticals", "pharma", "therapeutics", "technologies", "labs", "laboratories", "airlines", "airways", "motors",
    "systems", "partners", "holdings", "ventures", "industries", "energies", "brands", "communications", "productions",
    "united", "fc", "league", "federation", "club", "street", "prevention", "health", "retail", "logistics",
    "solutions", "capital", "energy", "foods", "insurance", "telecom", "semiconductor", "semiconductors", "biotech",
    "family",
}
# a country or its capital speaking (`Beijing said`, `Iran rejected`) is its government; names that are also given
# names or surnames (Jordan, Chad, Victoria, Israel) are left out
_STATES = frozenset("""afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh
belarus belgium bolivia bosnia brazil bulgaria burma cambodia cameroon canada chile china colombia congo croatia cuba
cyprus czechia denmark ecuador egypt eritrea estonia ethiopia finland france germany ghana greece guatemala haiti
honduras hungary iceland india indonesia iran iraq ireland italy japan kazakhstan kenya kosovo kuwait kyrgyzstan
laos latvia lebanon libya lithuania luxembourg malaysia mali mexico moldova mongolia montenegro morocco mozambique
myanmar nepal netherlands nicaragua niger nigeria norway oman pakistan panama paraguay peru philippines poland portugal
qatar romania russia rwanda serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan
tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen
zambia zimbabwe britain beijing moscow tehran kyiv kiev ankara cairo riyadh damascus baghdad kabul islamabad
pyongyang seoul tokyo taipei hanoi manila jakarta canberra ottawa brasilia caracas havana bogota berlin paris rome
madrid lisbon brussels warsaw budapest prague vienna athens minsk tbilisi yerevan baku doha ankara nairobi addis
abuja pretoria khartoum tripoli algiers rabat tunis amman jerusalem""".split()) | {
    "south korea", "north korea", "saudi arabia", "south africa", "new zealand", "united kingdom", "sri lanka",
    "new delhi", "abu dhabi", "downing street", "the kremlin", "kremlin", "the vatican", "vatican"}
_ACRONYM_ORG_WORDS = {"un", "eu", "gop", "dnc", "rnc", "fbi", "cia", "nato", "pac", "tv", "afp", "irna", "ria"}
NEWSPAPER_WORDS = {"times", "post", "journal", "news", "tribune", "guardian", "telegraph", "herald", "gazette",
                   "daily", "courier", "star", "globe", "chronicle", "observer", "independent", "mail"}
# heads that a definite short name shortens a longer name to (`the Post`, `the Committee`), unlike `the Republican`,
# or `the House`, which names a chamber of its own
_SHORTENED_HEADS = NEWSPAPER_WORDS | {"committee", "department", "ministry", "agency", "council", "court", "commission",
                                     "board", "bureau", "authority", "administration", "campaign", "foundation",
                                     "institute", "university"}
ORG_DESCRIPTIONS = {
    "newspaper": NEWSPAPER_WORDS,
    "paper": NEWSPAPER_WORDS,
    "daily": NEWSPAPER_WORDS,
    "network": {"cnn", "fox", "nbc", "abc", "cbs", "msnbc", "news"},
    "campaign": {"campaign"},
    "committee": {"committee"},
    "agency": {"agency", "fbi", "cia"},
    "company": {"inc", "corp", "company"},
    "firm": {"inc", "corp", "company"},
    "chipmaker": {"inc", "corp", "company"},
    "automaker": {"inc", "corp", "company"},
    "retailer": {"inc", "corp", "company"},
    "startup": {"inc", "corp", "company"},
    "administration": {"administration", "house"},
    "hospital": {"hospital", "infirmary", "clinic", "medical"},
    "orchestra": {"orchestra", "symphony", "philharmonic"},
    "museum": {"museum"},
    "school": {"school", "academy"},
    "church": {"church", "cathedral"},
}
GROUP_NOUNS = {"forces", "troops", "democrats", "republicans", "officials", "voters", "americans", "police"}
ROLE_WORDS = {t.lower().rstrip(".") for t in TITLES} | {"official", "spokesman", "spokeswoman", "lawmaker", "candidate", "nominee"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"they", "them"}
SELF_PRONOUNS = {"i", "we", "me", "us", "you"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
_NOBODY_NAMED = SELF_PRONOUNS | RELATIVE_PRONOUNS | {"this", "these", "those"}  # `I`, and `That suggests …`
_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | _NOBODY_NAMED | {"it", "its"}
# offices one person of the article may hold alone: `the Vermont senator` is its only senator
_LOCAL_OFFICES = frozenset({"senator", "representative", "governor", "mayor"})
ANONYMOUS_HEADS = (
    "official", "officials", "source", "sources", "aide", "aides", "spokesman", "spokeswoman",
    "spokesperson", "adviser", "advisers", "advisor", "advisors", "staffer", "staffers", "person",
    "people", "insider", "insiders", "diplomat", "diplomats", "analyst", "analysts", "expert",
    "experts", "critics", "supporters", "observers", "lawmakers", "member", "members", "officer",
    "officers", "strategist", "strategists", "operative", "operatives", "voters", "residents",
    "witnesses", "investigators", "prosecutors", "economists", "democrats", "republicans", "leaders",
    "spokesmen", "spokeswomen", "spokespeople", "lawmaker", "legislator", "legislators", "backbencher", "backbenchers", "mp", "mps", "negotiator",
    "negotiators", "executive", "executives", "employee", "employees", "ally", "allies", "confidant",
    "confidants", "donor", "donors", "activist", "activists", "advocates", "scientists", "researchers", "doctors",
    "physicians", "pediatricians", "nurses", "rep", "reps", "representatives", "juror", "jurors", "trader", "traders",
    "investor", "investors", "manager", "managers", "banker", "bankers", "worker", "workers", "neighbor", "neighbors",
    "neighbour", "neighbours", "resident", "nurse", "representative", "teacher", "teachers", "student", "students",
    "parent", "parents", "patient", "patients", "passenger", "passengers", "commuter", "commuters", "volunteer",
    "volunteers", "shopper", "shoppers", "colleagues", "friends", "relatives", "classmates", "teammates",
    "witness", "eyewitness", "eyewitnesses", "fan", "fans", "bartender", "bystander", "bystanders", "onlooker",
    "onlookers", "spectator", "spectators", "customer", "customers", "passerby", "passersby", "consultant",
    "consultants", "fundraiser", "fundraisers",
)
_PERSON_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|der|bin|al))*")
_NAME = re.compile(r"(?:(?:[A-Z][a-z]*\.?\s+)*?)(?:[A-Z][\w’'.-]+)(?:\s+(?:[A-Z][\w’'.-]+|de|van|von|al-\w+))*")
_TITLES_ALTERNATION = r"\b(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")"
_SURNAME = r"([A-Z][\w-]*(?:[’'][A-Z][\w-]*)?)(?![\w-])"
_GIVEN_AND_SURNAME = re.compile(r"\b(?=([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?" + _SURNAME + ")")
_TITLE_AND_SURNAME = re.compile(r"(?=(" + _TITLES_ALTERNATION + r")\s+" + _SURNAME + ")")
_TITLE_NAME = re.compile(
    r"(?P<title>" + _TITLES_ALTERNATION + r")"
    r"\s+(?P<name>(?:[A-Z][\w’'.-]+(?<![’']s)\s+|(?:von|van|der|den|de|del|da|di|du|la|le|bin|ibn|al)\s+){0,4}[A-Z][\w’'-]+)")
_ALSO_DESCRIBED_AS = {"justice": ("judge",)}  # `Justice Eleanor Pike … the judge told …`
_QUESTIONING = re.compile(  # `Prosecutor Dan Poole questioned the witness, Theo Blaine`
    r"(?P<asker>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*)*)[^\S\n]+(?:questioned|cross-examined|examined|interviewed)"
    r"[^\S\n]+(?:(?:the|a|an)[^\S\n]+(?:[a-z-]+[^\S\n]+){0,2}?[a-z-]+,?[^\S\n]+)?"
    r"(?P<answerer>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*)+)"
    # `Under questioning from prosecutor Dan Poole, Theo Blaine described …`
    r"|(?i:under[^\S\n]+(?:questioning|cross-examination)[^\S\n]+(?:from|by))[^\S\n]+(?:[a-z-]+[^\S\n]+){0,2}?"
    r"(?P<asker_first>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*)*),[^\S\n]+"
    r"(?P<answerer_after>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*)+)")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w’'.-]*(?:[^\S\n]+(?:of[^\S\n]+|the[^\S\n]+)?[A-Z][\w’'.-]*)*")
# a name never runs across a line break (`… the Comeback of Ada Moss\n\nAda Moss spoke to us`)
_DETERMINER = re.compile(r"^(?:a|an|one|another|two|three|several|some|many|most|all|both|other|multiple|few|a few|"
                         r"a number of)\b"
                         r"(?:\s+of\s+(?:the|its|their|his|her|our|your|my|these|those)\b)?", re.I)  # `Two of the seven
# board members`, `Some of your colleagues`
_CLOSED_CLASS = frozenset("""a an the this that these those some many most few several all both each every any no
other such and but or nor yet so if when whether while as because although though unless until since after before
once where why how what who whom which than then there here about above across against along among around at by
down during for from in inside into like near of off on onto out outside over past per since through to toward
towards under unlike until up upon via with within without not only even also just still poor dear did does do is
was were are be been will would can could should shall may might must has have had let
first second third last next late early team camp brand project operation club family friends generation""".split())  # and `Team Trump`, `Camp Clinton`
_HONORIFICS = frozenset({"mr", "mrs", "ms"})  # they say who is a man or a woman, not what anyone does
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_OPENING_MARKS = "\"“‘'«„`"
_POSSESSIVE = re.compile(r"[’']s?$")
_ACRONYM = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){1,5}[A-Z]\.?")  # `IMF`, `I.R.S.`
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])|\n")
_DEFINITE_TITLE = re.compile(r"\b[Tt]he\s+(president|senator|governor|mayor|secretary|chairman|speaker|candidate|nominee)(?:[’']s)?\b")
_AFTER_PREPOSITION = re.compile(r"\b(?:by|with|to|for|of|against|from|about|on|at|than|as|and|or)\s+(?:(?:[A-Z][\w.]*|the)\s+){0,3}$")
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|''.*?''")


@dataclass
class _Entity:
    name: str
    kind: str
    titles: set[str]
    first_seen: int
    last_seen: int


def _clean(mention: str) -> str:
    return _POSSESSIVE.sub("", mention.strip().strip(",.;:\"“”‘’'()")).strip()


def _is_org(name: str) -> bool:
    if name.lower() in _STATES or " & " in name:  # `Johnson & Johnson`, `Procter & Gamble`
        return True
    written = name.split()
    if written and written[-1].lower() in _ACRONYM_ORG_WORDS and not written[-1].isupper():
        return False  # `Kim Jong Un` is no UN
    words = [w.lower().strip(".") for w in written]
    headed = "of" in words[1:] and words[words.index("of") - 1] in ORG_WORDS  # `Bank of America`
    role_of = words[0] == "the" and len(written) > 2 and written[1][:1].islower() and "of" in words[2:4]  # `the
    # president of Marandi`, `the father of the boy`
    return bool(words) and (words[-1] in ORG_WORDS | GROUP_NOUNS or words[0] == "the" and not role_of or name.isupper()
                            or headed)


_TITLE_WORDS = frozenset(title.lower() for title in TITLES if " " not in title) | {"retired", "lt.", "lt", "sens.", "reps."}
_ABBREVIATIONS = {"jr.", "sr.", "st.", "mt.", "ft."}
# a full stop after an initial, a title or an abbreviation ends no sentence: `George W. Bush`, `Sen. Ada Moss`
_NO_SENTENCE_END = re.compile(r"(?:^|\s)(?:[A-Z]|" + "|".join(re.escape(word.rstrip(".")) for word in sorted(
    _TITLE_WORDS | _ABBREVIATIONS)) + r")\.$", re.I)


_TITLE_FORMS = {"sen": "senator", "sens": "senator", "rep": "representative", "gov": "governor", "gen": "general",
                "prof": "professor", "capt": "captain", "sgt": "sergeant", "col": "colonel",
                "congressman": "representative", "congresswoman": "representative"}


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _surname(name: str) -> str:
    """The family name, past a `Jr.` or `III`: `John G. Roberts Jr.` is a Roberts."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _SUFFIXES:
        words = words[:-1]
    return words[-1] if words else ""


def _title_key(title: str) -> str:
    """`Sen.` and `Senator` are one title, so that "the senator" finds "Sen. Ada Moss"."""
    key = title.rstrip(".").lower()
    return _TITLE_FORMS.get(key, key)


def _without_titles(name: str) -> str:
    """`Retired Lt. Gen. Michael Flynn` is Michael Flynn, and `Obama. Trump` is Obama (a capitalised
    run read across a sentence end); a title is only dropped before a name of two words or more, so that
    `General Motors` stays whole."""
    words = name.split("\n")[0].split()
    for number, word in enumerate(words):
        if word.endswith(".") and len(word) > 2 and "." not in word[:-1] and \
                word.lower() not in _TITLE_WORDS | _ABBREVIATIONS:
            words = words[:number + 1]
            words[-1] = words[-1].rstrip(".")
            break
    titled = [n for n, word in enumerate(words[:-1]) if word.lower() in _TITLE_WORDS and words[n + 1][:1].isupper()]
    if titled and len(words) - titled[-1] > 2:
        words = words[titled[-1] + 1:]  # `Pennsylvania Gov. Ed Rendell`, `Senate Majority Leader Mitch McConnell`
    given = next((n for n, word in enumerate(words[:-1]) if gender_of(word)), 0)
    if given and all(word[:1].isupper() or word in ("of", "for", "the") for word in words[:given]):
        words = words[given:]  # `Chief Executive Laura Benning`, `Secretary of State Paul Whitmore`: titles no list has
    positions = [n for n, word in enumerate(words[:-2]) if word.lower() in _POSITION_WORDS]
    if positions and all(word[:1].isupper() for word in words[positions[-1]:]) and not _is_org(" ".join(words)):
        words = words[positions[-1] + 1:]  # `Chief Financial Officer Maren Holt`, `Detective Inspector Raj Malhotra`
    return " ".join(words)


_KNIGHTED = re.compile(r"(?:Sir|Dame)\s+[A-Z][a-z]+")
_PARTY_MEMBERS = frozenset({"democrat", "republican", "independent", "libertarian", "conservative", "labour", "tory",
                            "treasurer", "comptroller", "whip", "auditor"})  # `Democrat Keisha Boyd`: Boyd is Keisha
_POSITION_WORDS = frozenset("""officer executive inspector detective attorney prosecutor analyst economist strategist
counsel agent trooper constable sergeant lieutenant corporal editor correspondent adviser advisor spokesperson treasurer
""".split())


def _same_given_name(name: str, other: str) -> bool:
    """`Clinton` and `H. Clinton` may be `Hillary Clinton`; `Bill Clinton` may not."""
    first, second = name.lower().split(), other.lower().split()
    shorter, longer = sorted((first, second), key=len)
    if len(shorter) < 2 or longer[-len(shorter):] == shorter or first[0] in _TITLE_WORDS or second[0] in _TITLE_WORDS:
        return True  # `Bin Laden` is `Osama bin Laden`, and `Justice Roberts` may be `John G. Roberts`
    a, b = first[0].rstrip("."), second[0].rstrip(".")
    return a == b or (len(a) == 1 or len(b) == 1) and a[:1] == b[:1]


class ArticleEntities:
    """The names an article uses, with the titles it gives them, in order of appearance."""

    def __init__(self, text: str):
        self.text = text
        self.entities: list[_Entity] = []
        self._by_surname: dict[str, list[_Entity]] = {}
        self._by_name: dict[str, _Entity] = {}
        self._salience: dict[str, int] = {}
        self._given_names: dict[str, str | None] = {}  # surname → the full name `_most_named` chose
        self._lower_case_words: set[str] | None = None
        self._pairs: dict[str, list[re.Match]] | None = None
        self._pair_starts: tuple[list[int], list[re.Match]] | None = None
        self._genders: dict[str, str | None] = {}
        self._titles: dict[str, list[str]] | None = None
        self._longer_names: dict[str, str | None] = {}
        self._unquoted: str | None = None  # the text with quotations blanked out
        self._descriptions: dict[str, list[tuple[str, set[str], int]]] = {}  # head → (name, qualifiers, offset)
        self._described_by_heads = False  # the descriptions without a title are read on first lookup
        self._organization_names: list[tuple[int, int, list[str]]] | None = None
        self._companies: set[str] = set()  # names the text shows to be businesses or organisations, lower-cased
        self._company_evidence: dict[tuple[str, str], bool] = {}  # (context pattern, name) → found in the text
        self._shortened: dict[str, str | None] = {}  # a one-word name → the organisation's name it shortens
        self._answerer: _Entity | None | bool = None  # False once looked for and not found
        for match in _TITLE_NAME.finditer(text):
            if _is_org(match.group("name")):
                continue  # `Kelby General Hospital`, `General Motors`: a title word inside an organisation's name
            title = _title_key(match.group("title"))
            office = _TITLE_NAME.match(match.group("name"))
            if title == "former" and office:
                title = _title_key(office.group("title"))  # `Former President Clay Trumbull` is `the former president`
            entity = self._add(match.group("name"), match.start(), title if title not in _HONORIFICS | {"dr", "former"} else None)
            qualifiers = _QUALIFIERS_BEFORE.search(text, max(0, match.start() - 60), match.start())
            self._describe(title, entity.name, qualifiers.group() if qualifiers else "", match.start())

    def _describe(self, head: str, name: str, qualifier: str, offset: int) -> None:
        for described in (head, *_ALSO_DESCRIBED_AS.get(head, ())):
            self._descriptions.setdefault(described, []).append((name, _qualifier_words(qualifier), offset))

    def _add(self, name: str, offset: int, title: str | None = None, gender: str | None = None) -> _Entity:
        name = _without_titles(_clean(name))
        if _KNIGHTED.fullmatch(name):  # a Sir or Dame is called by the given name: `Sir Ada` is `Sir Ada Moss`
            full = re.search(r"\b" + re.escape(name) + r"[^\S\n]+[A-Z][\w’'-]+", self.text)
            name = _without_titles(full.group()) if full else name
        if " " not in name and name[:1].isupper():
            name = self._organization_shortened_to(name) or name
        kind = "organization" if _is_org(name) else "person"
        entity = self._fullest(name, offset, gender)
        if kind == "person" and (entity is None or len(entity.name.split()) == 1 or _BUSINESS_NAMED.fullmatch(entity.name)) \
                and self._named_as_company(name):
            kind = "organization"  # and no person's surname: `Chipmaker Nvidia` names no Mr. Nvidia
            self._companies.add(name.lower())
            entity = self._by_name.get(name.lower())
            entity = entity if entity is not None and entity.kind == "organization" else None
        if entity is None:
            entity = self._new(name, kind, offset)
        elif len(name.split()) > len(entity.name.split()) and _surname(name) == _surname(entity.name):
            entity.name = name
        if title:
            entity.titles.add(title)
        entity.first_seen = min(entity.first_seen, offset)
        entity.last_seen = max(entity.last_seen, offset)
        self._by_name[name.lower()] = entity
        return entity

    def _named_as_company(self, name: str) -> bool:
        """A one-word name the article treats as a business (`Nvidia Corp.`, `chipmaker Nvidia`, `Nvidia, which`,
        `Nvidia's shares`, `Nvidia said its …`): `Nvidia said` alone reads like a surname. A longer name counts
        only when the article introduces it by what it is (`rating agency Halden Ratings`, `environmental group
        Clearwater Alliance`) and it does not open with a given name."""
        if not name[:1].isupper() or gender_of(name.split()[0]):
            return False
        return self._context_shows(_COMPANY_CONTEXT if " " not in name else _INTRODUCED_ORGANIZATION, name)

    def _context_shows(self, context: re.Pattern, name: str) -> bool:
        """Whether the text has `name` in one of the context's places (NAME in its pattern), once per article."""
        key = (context.pattern, name)
        if key not in self._company_evidence:
            self._company_evidence[key] = re.search(context.pattern.replace("NAME", re.escape(name)), self.text) is not None
        return self._company_evidence[key]

    def _organization_shortened_to(self, word: str) -> str | None:
        """`Solvane` after `Solvane Technologies reported …`: the organisation's full name, when the article writes
        the word before an organisation word and never as anyone's surname."""
        if word not in self._shortened:
            longer = None if self._before_surnames().get(word) or self._titles_before_surnames().get(word) or \
                gender_of(word) else re.search(r"\b" + re.escape(word) + r"((?:[^\S\n]+[A-Z][\w&.’'-]*){1,3})", self.text)
            self._shortened[word] = word + longer.group(1) if longer is not None and \
                longer.group(1).split()[-1].lower().strip(".") in ORG_WORDS else None
        return self._shortened[word]

    def _acts_as_company(self, organization: str) -> bool:
        """An organisation the text shows doing business (`Fenwick & Rowe said it would close 38 stores`, `Kestrel
        Micro's shares`): `the company` may be it."""
        return self._context_shows(_COMPANY_CONTEXT, organization)

    def _new(self, name: str, kind: str, offset: int) -> _Entity:
        entity = _Entity(name, kind, set(), offset, offset)
        self.entities.append(entity)
        self._by_surname.setdefault(_surname(name), []).append(entity)
        return entity

    def _fullest(self, name: str, offset: int, gender: str | None = None) -> _Entity | None:
        """The entity a name is a form of; `Ms. Hale` (gender "f") is never Robert Hale."""
        if name.lower() in self._by_name and gender is None:
            return self._by_name[name.lower()]
        last = _surname(name).lower()
        matches = [e for e in self.entities if e.kind == "person" and _surname(e.name).lower() == last
                   and _same_given_name(name, e.name) and (gender is None or gender_of(e.name.split()[0]) in (gender, None))]
        if gender is not None and len(name.split()) == 1:
            gendered = [e for e in matches if gender_of(e.name.split()[0]) == gender]
            written = Counter(f"{m.group(1)} {m.group(2)}" for m in self._before_surnames().get(name, [])
                              if gender_of(m.group(1)) == gender)
            if gendered or not written:
                return max(gendered or matches, key=lambda e: len(e.name)) if gendered or matches else None
            return self._full_name_entity(written.most_common(1)[0][0], offset)
        if len(name.split()) == 1 and not _is_org(name) and not any(e.titles and e.name == name for e in matches):
            named = self._most_named(name)  # `President Obama` names Obama: no guess overrides a title
            if named and not any(e.name.split()[0] == named.split()[0] for e in matches if len(e.name.split()) > 1):
                entity = self._new(named, "person", offset)
                self._by_name[named.lower()] = entity
                matches.append(entity)
            if named:
                return max(matches, key=lambda e: (self._full_mentions(e.name), len(e.name)))
        if matches and not _is_org(name):
            return max(matches, key=lambda e: len(e.name))
        if len(name.split()) == 1 and gender_of(name):
            fulls = {f"{m.group(1)} {m.group(2)}" for pairs in self._before_surnames().values() for m in pairs
                     if m.group(1) == name and not _is_org(m.group(2))}
            if len(fulls) == 1:  # `Denise` after `Denise Carter`, as features call people
                return self._full_name_entity(fulls.pop(), offset)
        return None

    def _full_name_entity(self, full: str, offset: int) -> _Entity:
        entity = self._by_name.get(full.lower()) or self._new(full, "person", offset)
        self._by_name[full.lower()] = entity
        return entity

    def _full_mentions(self, name: str) -> int:
        """How often the article writes the given name before the surname (`John G. Roberts Jr.` counts as a
        `John Roberts`): how a bare surname chooses between two people of that name."""
        words = name.split()
        if len(words) < 2:
            return 0
        return len(re.findall(r"\b" + re.escape(words[0]) + r"\s+(?:[A-Z]\.\s+)?" + re.escape(_surname(name)) + r"\b",
                              self.text))

    def _most_named(self, surname: str) -> str | None:
        if surname not in self._given_names:
            self._given_names[surname] = self._choose_given_name(surname)
        return self._given_names[surname]

    def named_before(self, offset: int, gender: str, reach: int = 400, alone: bool = False) -> _Entity | None:
        """The latest full name shortly before `offset` whose given name is of that gender (`Lopez's predecessor,
        Tom Grant, disagreed. "…," he said.`): a name the article writes without a title or a quote of its own;
        `alone`, only when no other person the article knows is named between it and `offset`."""
        if self._pair_starts is None:
            pairs = sorted((m for matches in self._before_surnames().values() for m in matches), key=lambda m: m.start())
            self._pair_starts = ([m.start() for m in pairs], pairs)
        starts, pairs = self._pair_starts
        for number in range(bisect.bisect_left(starts, offset) - 1, -1, -1):
            match = pairs[number]
            if match.start() < offset - reach:
                break
            name = f"{match.group(1)} {match.group(2)}"
            if gender_of(match.group(1)) == gender and not _is_org(name):  # not `Virginia House`
                if alone and (self.person_named_between(match.end(), offset) or self._names_near(offset)):
                    return None  # `… Jimmy Carter … And as for Trump, he was subdued`
                return self.named(name, match.start())
        return None

    def _names_near(self, offset: int) -> bool:
        """Whether a capitalised word stands inside a sentence (not opening it) in the sentence of `offset` or the
        one before: a name there, known or not, may be whom a pronoun means."""
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(self.text, max(0, offset - 600), offset + 2) if m.end() <= offset]
        start = breaks[-2] if len(breaks) > 1 else max(0, offset - 600)
        return re.search(r"(?<=[a-z,;:][^\S\n])[A-Z][a-z]+", self.text[start:offset]) is not None

    def _before_surnames(self) -> dict[str, list[re.Match]]:
        """Every capitalised word followed by a (middle initial and a) capitalised word, by the second word:
        one pass over the article, however many surnames are looked up."""
        if self._pairs is None:
            self._pairs = {}
            for match in _GIVEN_AND_SURNAME.finditer(self.text):
                self._pairs.setdefault(match.group(2), []).append(match)
        return self._pairs

    def _titles_before_surnames(self) -> dict[str, list[str]]:
        if self._titles is None:
            self._titles = {}
            for match in _TITLE_AND_SURNAME.finditer(self.text):
                self._titles.setdefault(match.group(2), []).append(_title_key(match.group(1)))
        return self._titles

    def _choose_given_name(self, surname: str) -> str | None:
        """The given name an article writes most often before a bare surname (`Hillary Clinton` five times,
        `Bill Clinton` once: `Clinton` is Hillary; the first named on a tie), so that a surname is not given to
        whoever has a title. A word the article also writes in lower case (`Many`, `See`) is no given name."""
        counts: dict[str, int] = {}
        first_seen: dict[str, int] = {}
        for match in self._before_surnames().get(surname, []):
            given = match.group(1)
            before = self.text[max(0, match.start() - 40):match.start()].split()
            if given.lower() in _TITLE_WORDS or before and before[-1][:1].isupper() and not before[-1].endswith((".", ",")) \
                    and before[-1].lower() not in _PLAYER_HEADS | _DESCRIPTION_HEADS | _PARTY_MEMBERS \
                    and before[-1].lower().removesuffix("s") not in _TITLE_WORDS:
                continue  # `Washington Post Trump`: the run began before the given name (not in `Quarterback Marcus`,
                # `Commissioners Gail Somerby`, nor after the comma of a list)
            if self._in_headline(match.start(), match.end()):
                continue
            if not self._may_be_given_name(given):
                continue  # `Whether Clinton …`, or written in lower case somewhere: no given name
            counts[given] = counts.get(given, 0) + 1
            first_seen.setdefault(given, match.start())
        if not counts:
            return None
        given = max(counts, key=lambda g: (counts[g], -first_seen[g]))
        titles = self._titles_before_surnames().get(surname, [])
        honorifics = _HONORIFICS.intersection(titles)
        offices = [title for title in titles if title not in _HONORIFICS | {"dr"}]
        # `President Obama` three times and `Michelle Obama` once, or both a Mr. and a Mrs. of the name:
        # the surname may be someone else's than the full name the article happens to write
        if len(offices) > counts[given] or {"mr", "mrs"} <= honorifics or {"mr", "ms"} <= honorifics:
            return None
        return f"{given} {surname}"

    def _may_be_given_name(self, word: str) -> bool:
        """Whether a capitalised word may be a given name: no function word, nor one the article writes in lower case."""
        if self._lower_case_words is None:
            self._lower_case_words = set(re.findall(r"\b[a-z]+\b", self.text))
        return word.lower() not in _CLOSED_CLASS and word.lower() not in self._lower_case_words

    def _full_name_at(self, given: str, surname: str, start: int, end: int) -> bool:
        """Whether a pair of capitalised words between two offsets is a person's full name though its given name
        tells no gender (`Rosalind Peake`): two words alone, not after `the` nor a preposition (`the horrors of Sandy
        Hook`), the first a possible given name."""
        clause = re.split(r"[.!?]\s", self.text[max(0, start - 30):start])[-1]  # not `… on Friday. Ada Moss`
        alone = not re.search(r"(?:\b[Tt]he|[A-Z][\w’'-]*)[^\S\n]+$", clause) and \
            not re.match(r"[^\S\n]+[A-Z]", self.text[end:end + 20]) and \
            not any(pattern.search(clause) for pattern in (_AFTER_PREPOSITION, _IN_PLACE))
        return alone and self._may_be_given_name(given) and given.lower() not in _TITLE_WORDS and \
            not _is_org(f"{given} {surname}") and not self._in_headline(start, end)

    def named(self, mention: str, offset: int, kind: str | None = None, gender: str | None = None) -> _Entity:
        entity = self._add(mention, offset, gender=gender)
        entity.kind = kind or entity.kind
        return entity

    def gender(self, entity: _Entity) -> str | None:
        """"m" or "f" when the article says so (only Mr., or only Mrs. or Ms., before the surname) or the given name
        does; None when neither tells."""
        if entity.name not in self._genders:
            surname = _surname(entity.name)
            honorifics = _HONORIFICS.intersection(self._titles_before_surnames().get(surname, []))
            by_title = "m" if honorifics == {"mr"} else "f" if honorifics and "mr" not in honorifics else None
            words = entity.name.split()
            self._genders[entity.name] = (gender_of(words[0]) if len(words) > 1 else None) or by_title  # `Daniel
            # Ellery` is a man though the article calls his mother `Ms. Ellery`
        return self._genders[entity.name]

    def with_title(self, title: str, before: int) -> _Entity | None:
        """The most talked-about holder of a title: "the president" is the article's president,
        not a foreign one it mentions in passing."""
        candidates = [e for e in self.entities if title in e.titles and e.first_seen <= before] or \
                     [e for e in self.entities if title in e.titles]
        return max(candidates, key=lambda e: (self.salience(e), -e.first_seen)) if candidates else None

    def described_as(self, head: str, qualifier: str | None, before: int) -> _Entity | None:
        """The person the article named earlier with that description (`the New York businessman` after `New York
        businessman Donald Trump`, `the Ukrainian president` after `Ukrainian President Petro Poroshenko`): the one
        whose description has the same capitalised words, else the only one described so if nothing in its
        description conflicts; unqualified, the most talked-about."""
        if not self._described_by_heads:
            self._described_by_heads = True
            for pattern in (_HEAD_BEFORE_NAME, _NAME_BEFORE_HEAD, _HEAD_OF_PLACE_THEN_NAME):
                for match in pattern.finditer(self.text):
                    if gender_of(match.group("name").split()[0]):  # `candidate Ada Moss`, not `candidate Trump National`
                        self._describe(match.group("head").lower(), match.group("name"), match.group("qualifier"),
                                       match.start("name"))
        described: dict[str, set[str]] = {}
        for name, words, offset in self._descriptions.get(head, []):
            if offset < before:
                described.setdefault(name, set()).update(words)
        wanted = _qualifier_words(qualifier or "")
        if wanted:
            fitting = [name for name, words in described.items() if wanted <= words]
            lone = [name for name, words in described.items() if not words] if len(described) == 1 else []
            described = {name: described[name] for name in fitting or lone}
        if not described:
            return None
        name = max(described, key=lambda name: self._surname_count(_surname(name)))
        return self.named(name, before)

    def leading_person(self) -> _Entity | None:
        """The person an article is about, when one surname is written at least twice as often as any other: who
        `the businessman` or `the retired neurosurgeon` is when the article never says so outright."""
        by_surname: dict[str, tuple[int, _Entity]] = {}
        for entity in self.entities:
            surname = _surname(entity.name)
            named = _PERSON_NAME.fullmatch(entity.name) and (" " in entity.name or entity.titles)  # not `Latinos`
            if entity.kind == "person" and named and surname not in by_surname:
                by_surname[surname] = (self._surname_count(surname), entity)
        ranked = sorted(by_surname.values(), key=lambda pair: -pair[0])
        if ranked and ranked[0][0] >= 3 and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]):
            return ranked[0][1]
        return None

    def sole_holder(self, title: str, qualifier: str, before: int) -> _Entity | None:
        """The one person named so far with a local office (`the California congressman`), unless the article
        qualifies them otherwise (`Iowa Sen. Ada Moss` is no Florida senator); none when several hold it."""
        holders = [e for e in self.entities if title in e.titles and e.first_seen < before]
        if len(holders) != 1:
            return None
        surname = re.escape(_surname(holders[0].name))
        place_before = r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+" + _TITLES_ALTERNATION + r"\s+(?:[A-Z][\w’'.-]*\s+){0,3}" + \
            surname + r"\b"  # `Iowa Sen. Ada Moss`
        place_after = surname + r"\b[,(\s]+[RDI]-([A-Z][\w.]*(?:\s?[A-Z][\w.]*)?)"  # `Ada Moss, R-Iowa` or `(D-Calif.)`
        written = [match.group(1) for pattern in (place_before, place_after) for match in re.finditer(pattern, self.text)]
        return None if any(not _abbreviates(place, qualifier) for place in written) else holders[0]

    def named_just_before(self, offset: int, current: _Entity | None, gender: str) -> _Entity | None:
        """Whom a he or she at `offset` most likely means, in news prose: the first person of its gender named
        outside quotation marks earlier in its own sentence (`Lauer faced criticism after he asked`), else in the
        sentence before (`Scott bristles at the question. "…," he said`); the current antecedent wherever it is
        named there, or when a he or she comes first in the sentence before (a chain of pronouns goes on)."""
        reach = max(0, offset - 1500)
        starts = [reach] + [m.end() for m in _SENTENCE_BREAK.finditer(self.text, reach, offset + 2)  # the lookahead
                            # sees a pronoun opening its sentence
                            if m.end() <= offset and not _NO_SENTENCE_END.search(self.text, max(0, m.start() - 12), m.start())]
        own, before = starts[-1], starts[-2] if len(starts) > 1 else reach
        if self._unquoted is None:
            self._unquoted = _QUOTED.sub(lambda m: " " * len(m.group()), self.text)
        window = self._unquoted[before:offset]
        if current and re.search(r"\b" + re.escape(_surname(current.name)) + r"\b", window, re.I):
            return current
        for match in _GIVEN_AND_SURNAME.finditer(window):
            if gender_of(match.group(1)) and not _is_org(f"{match.group(1)} {match.group(2)}") or \
                    self._full_name_at(match.group(1), match.group(2), before + match.start(), before + match.end(2)):
                self.named(f"{match.group(1)} {match.group(2)}", before + match.start())
        named = []
        for word in re.finditer(r"\b(?![RDI]-)[A-Z][\w’'-]*", window):  # not `R-Tenn.`
            candidates = [e for e in self._by_surname.get(_POSSESSIVE.sub("", word.group()), [])
                          if e.kind == "person" and _PERSON_NAME.fullmatch(e.name) and self.gender(e) in (gender, None)]
            if candidates:  # not `Some courses`, nor a man for a she; the first of a surname named, on a tie
                named.append((before + word.start(), word.group(), candidates[0]))
        for title in _DEFINITE_TITLE.finditer(window):  # `the president's comments` names the president
            holder = self.with_title(_title_key(title.group(1)), before + title.start())
            if holder is not None and holder.kind == "person" and self.gender(holder) in (gender, None):
                named.append((before + title.start(), title.group(), holder))
        named.sort(key=lambda item: item[0])
        if current is not None and any(entity is current for _, _, entity in named):
            return current
        pronoun = re.search(r"\b(?:[Hh]e|[Ss]he)\b", window)
        pronoun_in_own = re.search(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b", window[own - before:])
        in_own = [(position, entity) for position, word, entity in named if position >= own and
                  not _POSSESSIVE.search(word) and not _AFTER_PREPOSITION.search(self.text, max(0, position - 30), position)]
        if in_own and not (pronoun_in_own and own + pronoun_in_own.start() < in_own[0][0]):
            return in_own[0][1]  # not a possessor (`Holt's colleague Matt Lauer`), nor `negotiated by President Obama`
        if not named or pronoun and before + pronoun.start() < named[0][0]:
            return current
        return named[0][2]

    def interview_answerer(self, first_answer: int) -> _Entity | None:
        """Who answers a published interview: the first person the lines before the first answer name (`Mayor
        Tanya Brooks`, or with a given name: `In an interview with The Ledger, actress Ada Lowe`), else the person
        the article is about."""
        if self._answerer is None and (questioning := self._questioning(first_answer)) is not None:
            self._answerer = self.named(*questioning[1])
        if self._answerer is None:
            titled = [e for e in self.entities if e.kind == "person" and e.first_seen < first_answer]
            given = next(((" ".join(words[start:]), run.start())
                          for run in _CAPITALISED_RUN.finditer(self.text, 0, first_answer)
                          for words in [run.group().split()] for start in range(len(words) - 1)
                          if gender_of(words[start])), None)
            first = min(titled, key=lambda e: e.first_seen) if titled else None
            if given and (first is None or given[1] < first.first_seen):
                first = self.named(*given)
            self._answerer = first or self.leading_person() or False
        return self._answerer or None

    def interview_questioner(self, first_question: int) -> _Entity | None:
        """Who asks in a transcript that the lines before it introduce (`Prosecutor Dan Poole questioned the witness,
        Theo Blaine.`); None for a published interview, whose questions are the outlet's."""
        questioning = self._questioning(first_question)
        return self.named(*questioning[0]) if questioning else None

    def _questioning(self, before: int) -> tuple[tuple[str, int], tuple[str, int]] | None:
        """The asker and the answerer (name, offset) of the last questioning the text tells before an offset."""
        found = next(reversed(list(_QUESTIONING.finditer(self.text, 0, before))), None)
        if found is None:
            return None
        asker, answerer = ("asker", "answerer") if found.group("asker") else ("asker_first", "answerer_after")
        return (found.group(asker), found.start(asker)), (found.group(answerer), found.start(answerer))

    def person_named_between(self, start: int, end: int) -> bool:
        """Whether a person the article names is written between two offsets (`A campaign aide said that
        Clinton misspoke … she …`: the she may be Clinton)."""
        between = self.text[start:end]
        return any(re.search(r"\b" + re.escape(_surname(e.name)) + r"\b", between)
                   for e in self.entities if e.kind == "person" and e.name[:1].isupper())

    def person_just_named(self, offset: int) -> _Entity | None:
        """Who `the 67-year-old` or `the veteran midfielder` is: the person named last before it."""
        near = [e for e in (self.named_before(offset, "m"), self.named_before(offset, "f"), self.person_before(offset))
                if e is not None]
        return max(near, key=lambda e: e.last_seen) if near else None

    def person_before(self, offset: int) -> _Entity | None:
        """The latest titled person named before a pronoun that no earlier speaker explains."""
        candidates = [e for e in self.entities if e.kind == "person" and e.first_seen < offset]
        return max(candidates, key=lambda e: e.first_seen) if candidates else None

    def salience(self, entity: _Entity) -> int:
        return self._surname_count(_surname(entity.name))

    def _surname_count(self, surname: str) -> int:
        if surname not in self._salience:
            self._salience[surname] = len(re.findall(r"\b" + re.escape(surname) + r"\b", self.text))
        return self._salience[surname]

    def longer_name(self, short: str) -> str | None:
        """The name an article shortens to a definite one-word name (`the Post` after `The Washington Post`, `the
        Committee` after `the House Oversight Committee`) or to initials (`the IMF` after `the International Monetary
        Fund`). The longer name written most often; none on a tie."""
        if short not in self._longer_names:
            counts = self._spelled_out(short.replace(".", "")) if _ACRONYM.fullmatch(short) else self._ending_in(short)
            top = counts.most_common(2)
            self._longer_names[short] = None if not top or len(top) == 2 and top[0][1] == top[1][1] else top[0][0]
        return self._longer_names[short]

    def _ending_in(self, short: str) -> Counter[str]:
        counts: Counter[str] = Counter()
        for match in re.finditer(r"(?<![\w’'.-])((?:[A-Z][\w’'.&-]*[^\S\n]+){1,3})" + re.escape(short) + r"\b", self.text):
            words = _without_leading_function_words(match.group(1).split())  # `The Washington Post` → `Washington Post`
            if words:
                counts[" ".join(words + [short])] += 1
        return counts

    def _spelled_out(self, initials: str) -> Counter[str]:
        """Runs of capitalised words whose initials spell `initials`, small linking words aside (`Federal Bureau of
        Investigation`)."""
        linked = r"[^\S\n]+(?:(?:of|the|and|for|on|in|&)[^\S\n]+)?"
        pattern = r"\b" + linked.join(letter + r"[a-z][\w’'-]*" for letter in initials) + \
            r"(?:[^\S\n]+and[^\S\n]+[A-Z][a-z]+(?:tion|ment|ance|ence|ity)(?![^\S\n]+[A-Z]))?\b"  # `Centers for Disease
        # Control and Prevention` (CDC), not `… Association and Everytown`
        return Counter(match.group(0) for match in re.finditer(pattern, self.text))

    def named_with(self, words: list[str], before: int) -> _Entity | None:
        """The organisation named last before `before` with these words in its name: `the alliance` after `the
        Alliance to Reclaim Our Schools`, `the appeals court` after `the U.S. Court of Appeals for …` (not after `the
        Supreme Court`). Title Case lines (headlines) name nothing."""
        if self._organization_names is None:
            self._organization_names = self._read_organization_names()
        for start, end, name in reversed(self._organization_names):
            if end <= before and all(any(w.lower() == word.lower() for w in name) for word in words):
                return self.named(" ".join(name), start, "organization")
        return None

    def _read_organization_names(self) -> list[tuple[int, int, list[str]]]:
        """Every capitalised run outside headlines, cut at sentence ends (`Democrats. But the U.S. Court`) and rid of
        leading function words (`While the State Department`): (where its run starts, where it ends, its words)."""
        names = []
        for match in _ORGANIZATION_NAME.finditer(self.text):
            if self._in_headline(match.start(), match.end()):
                continue
            end = match.start()
            for sentence in re.split(r"(?<=[a-z]{2}\.)(?=\s)", match.group()):
                end += len(sentence)
                name = _without_leading_function_words(sentence.strip().rstrip(".").split())
                _, employer = _person_and_employer(" ".join(name))
                name = employer.split() if employer else name  # `Professor Rahul Menon of Eastbridge University`
                if len(name) > 1:
                    names.append((match.start(), end, name))
        return names

    def _in_headline(self, start: int, end: int) -> bool:
        """Whether `start`–`end` lies on a Title Case line (a headline), where capitals name nothing."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line = self.text[line_start:self.text.find("\n", end) % (len(self.text) + 1)]
        if re.search(r"[a-z]\.\s+[A-Z]", line):
            return False  # two sentences full of names (`… moved to delay the vote. Commissioners Gail Somerby, Ray …`)
        words = line.split()
        return sum(word[:1].isupper() for word in words) * 2 > len(words)

    def issuer(self, document: str, offset: int) -> _Entity | None:
        """Who `the statement` is from: the one written last before it as issuing one (`The Kremlin issued a
        statement`, `Tillery apologized in a statement`, `a statement from the league`)."""
        head = re.escape(document)
        found = None
        for match in re.finditer(
                r"(?P<by>" + _ISSUER_NAME + r")\s+(?:(?:issued|released|put\s+out|sent|posted|published|shared)\s+"
                r"(?:a|an)\s+(?:[\w-]+\s+){0,2}|(?:[a-z]+\s+){1,3}in\s+(?:a|an)\s+(?:[\w-]+\s+){0,2})" + head + r"\b"
                r"|\b(?:a|an)\s+(?:[\w-]+\s+){0,2}" + head + r"\s+(?:from|by|issued\s+by|released\s+by)\s+(?P<from>"
                + _ISSUER_NAME + r")"
                r"|\b[Ii]n\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}" + head + r"\b[^.;:\n]{0,80}?,\s+(?P<opening>" + _ISSUER_NAME +
                r"(?:\s+(?:family|campaign|team))?)\s+[a-z]+", self.text[max(0, offset - 1500):offset]):
            found = match  # the last, `In a statement released through their lawyer, the Pruitt family said`
        if found is None:
            return None
        name = re.sub(r"^[Tt]he\s+", "", found.group("by") or found.group("from") or found.group("opening"))
        return self.named(name, max(0, offset - 1500) + found.start())

    def organization_before(self, head: str, offset: int) -> _Entity | None:
        """Who `the band`, `the agency` or `the airline` is: the organisation of that sort named last before it (a
        speaker, or a name the text shows to be one), never a news outlet."""
        if self._organization_names is None:
            self._organization_names = self._read_organization_names()

        def fits(words: list[str], spoke: bool = False) -> bool:
            lowered = [w.lower().strip(".,") for w in words]
            if not lowered or set(lowered) & _NEWS_WORDS or " ".join(words).isupper():
                return False
            if head in _PUBLIC_BODY_HEADS:
                return lowered[-1] in _PUBLIC_BODY_WORDS
            if head in _BUSINESS_DESCRIPTIONS:
                return " ".join(lowered) in self._companies or lowered[-1] in _BUSINESS_WORDS
            return spoke or lowered[-1] in ORG_WORDS or " ".join(lowered) in self._companies  # `The Hollow Pines said`

        spoken = [e for e in self.entities if e.kind == "organization" and e.last_seen < offset
                  and fits(e.name.split(), spoke=True)]
        latest = max(spoken, key=lambda e: e.last_seen) if spoken else None
        written = next(((start, name) for start, end, name in reversed(self._organization_names)
                        if end <= offset and fits(name)), None)
        if head in _BUSINESS_DESCRIPTIONS:  # `Orvale, a biotech company`, `the drugmaker Solvane`, though never quoted
            introduced = [(m.start("name"), _without_leading_function_words(m.group("name").split()))
                          for pattern in (_APPOSED_BUSINESS, _BUSINESS_NAMED) for m in pattern.finditer(self.text, 0, offset)
                          if not gender_of(m.group("name").split()[0])]
            introduced = [(start, name) for start, name in introduced if name]
            written = max(filter(None, [written, *introduced]), key=lambda found: found[0], default=None)
        if written and (latest is None or written[0] > latest.last_seen):
            return self.named(" ".join(written[1]), written[0], "organization")
        return latest

    def org_like(self, words: set[str], before: int) -> _Entity | None:
        """The organisation named last whose name has one of these words, or that the text shows to be a business
        when `company` is one; a public body never is (`the Safety Agency, which …`)."""
        candidates = [e for e in self.entities if e.kind == "organization"
                      and ({w.lower().strip(".") for w in e.name.split()} & words
                           or "company" in words and e.name.split()[-1].lower() not in _PUBLIC_BODY_WORDS
                           and (e.name.lower() in self._companies or self._acts_as_company(e.name)))
                      and e.last_seen <= before]
        return max(candidates, key=lambda e: e.last_seen) if candidates else None


def _without_leading_function_words(words: list[str]) -> list[str]:
    while words and words[0].lower() in _CLOSED_CLASS:
        words = words[1:]
    return words


def _qualifier_words(qualifier: str) -> set[str]:
    """The capitalised words that qualify a description, `GOP` read as `Republican`."""
    return {_QUALIFIER_SYNONYMS.get(word, word) for word in re.findall(r"[A-Z][\w’'.-]*", qualifier)}


def _abbreviates(place: str, qualifier: str) -> bool:
    """`Fla.` may be `Florida` and `N.J.` `New Jersey` (its letters in order); `Iowa` is no `Florida`."""
    letters = iter(qualifier.lower())
    return all(letter in letters for letter in re.sub(r"[\W_]", "", place.lower()))


_INDEFINITE = ("a", "an", "one", "another")


def _listed_person(mention: str) -> bool:
    """Whether a description's own words make it an unnamed person (`a source`, `A European ambassador`, `one
    whip`), not only the ending of its head (`a questioner`), which is too weak to draw a he or she."""
    lowered = [w.lower().strip(",.") for w in mention.split()]
    head = _head_noun(mention)
    return any(w in ANONYMOUS_HEADS for w in lowered) or bool(lowered) and lowered[0] in _INDEFINITE and (
        head.lower() in ROLE_WORDS | _DESCRIPTION_HEADS or head in _PARTY_MEMBERS)  # `one whip`, not `One Republican`


def _anonymous(mention: str, unnamed: bool = False) -> Speaker | None:
    """An unnamed source, typed; `unnamed` when the text says so (`Another nurse, who asked not to be named,`)."""
    words = mention.split()
    lowered = [w.lower().strip(",.") for w in words]
    head = _head_noun(mention)
    guessed = bool(words) and lowered[0] in _INDEFINITE and (unnamed or head.islower() and _person_head(mention) and
                                                             head not in _DOCUMENT_HEADS and not head.endswith("ment"))
    # `a senior engineer`, not `a letter` or `a statement`
    if not words or not (guessed or _listed_person(mention)) or \
            _TITLE_NAME.fullmatch(mention.strip()) or head.lower() in _ORG_HEADS:
        return None  # `Rep. Delgado` is named; `The state teachers union` is an organisation
    capitalised = [w for w in words[1:] if w[:1].isupper()]
    if words[0][:1].isupper() and not _DETERMINER.match(mention) and len(capitalised) >= 2 and lowered[0] != "the" \
            and not (lowered[0] in ANONYMOUS_HEADS and len(words) > 1 and words[1][:1].islower()):
        return None  # "Campaign Manager Robby Mook" names someone; "Officials at the State Department" do not
    descriptor = _DETERMINER.sub("", mention).strip()
    descriptor = re.sub(r"^(?:the|a|an)\s+", "", descriptor, flags=re.I)
    affiliation_match = _CAPITALISED_RUN.search(" ".join(words[1:]) if _DETERMINER.match(mention) or lowered[0] == "the" else mention)
    if affiliation_match and affiliation_match.group().strip().lower() in ANONYMOUS_HEADS:
        # `Officials at the State Department`: the capital opening the sentence names no one they work for
        affiliation_match = _CAPITALISED_RUN.search(affiliation_match.string, affiliation_match.end())
    affiliation = affiliation_match.group().strip() if affiliation_match else None
    return Speaker(name=descriptor or mention, kind="anonymous", mention=mention,
                   descriptor=descriptor or mention, affiliation=affiliation)


_NAME_BEFORE = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*$")
_DESCRIPTION_HEADS = frozenset("""nominee candidate frontrunner front-runner businessman businesswoman billionaire mogul
tycoon magnate developer host anchor commentator columnist journalist reporter author writer economist analyst
strategist pollster lawyer attorney actor actress comedian singer rapper star veteran pastor preacher officer senator
governor congressman congresswoman lawmaker mayor president secretary chairman chairwoman leader founder executive
director challenger opponent rival incumbent contender hopeful dictator strongman premier chancellor legislator judge
justice prosecutor scientist professor academic historian doctor physician surgeon neurosurgeon heiress heir investor
donor minister ambassador diplomat""".split())
# what a sports or arts story calls the person it just named (`the veteran midfielder`, `the rookie`)
_PLAYER_HEADS = frozenset("""midfielder striker forward defender goalkeeper goalie keeper winger fullback guard center
centre quarterback linebacker receiver pitcher catcher shortstop outfielder infielder slugger batter bowler batsman
rookie ace right-hander left-hander sprinter swimmer skier golfer boxer fighter wrestler driver rider cyclist runner
champion player captain teenager youngster filmmaker director producer singer songwriter singer-songwriter rapper
actor actress musician guitarist drummer artist author novelist comedian star designer chef spaniard frenchman
frenchwoman englishman englishwoman scot scotsman welshman irishman dutchman dane swede""".split())
# descriptions a news story uses for its own subject, not for an office several people hold
_SUBJECT_HEADS = frozenset("""nominee candidate frontrunner front-runner businessman businesswoman billionaire mogul tycoon
magnate developer journalist author actor actress comedian singer rapper star neurosurgeon surgeon physician
heiress heir investor donor hopeful contender challenger incumbent""".split())
_HEADS_ALTERNATION = "|".join(sorted(_DESCRIPTION_HEADS, key=len, reverse=True))
_FULL_NAME = r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+)+)"
_QUALIFIER = r"(?P<qualifier>(?:(?:[A-Z][\w’'.-]*|[a-z][\w-]*)\s+){0,3}?)"
_HEAD_BEFORE_NAME = re.compile(r"(?<![\w’'.-])" + _QUALIFIER + r"(?P<head>" + _HEADS_ALTERNATION + r")\s+" + _FULL_NAME)
_HEAD_OF_PLACE_THEN_NAME = re.compile(r"\b[Tt]he\s+(?P<head>" + _HEADS_ALTERNATION + r")\s+of\s+"
                                      r"(?P<qualifier>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}),\s+" + _FULL_NAME)
# `the governor of Colorado, Lucas Pratt`
_NAME_BEFORE_HEAD = re.compile(_FULL_NAME + r",\s+(?:the|a|an)\s+" + _QUALIFIER + r"(?P<head>" + _HEADS_ALTERNATION +
                               r")(?=\s*[,.;:)]|\s+(?:of|at|for|in|with|from|on|to|who|and)\b)")  # its last noun
_ORGANIZATION_NAME = re.compile(r"\b[A-Z][\w’'.&-]*(?:[^\S\n]+(?:(?:of|for|to|the|and|&)[^\S\n]+)*[A-Z][\w’'.&-]*)+")
# organisation nouns that a definite description takes from a name written before (`the commission`)
_NAMED_WITH = frozenset({"commission", "committee", "council", "board", "foundation", "institute", "court", "union",
                         "alliance", "coalition", "association", "department", "bureau", "university", "fund",
                         "agency", "authority", "ministry"})
_QUALIFIERS_BEFORE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}$")
_QUALIFIER_SYNONYMS = {"GOP": "Republican", "Democrat": "Democratic"}
_APPOSED_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and|the|de)\s+)*[A-Z][\w’'.-]*)*$")  # `Democracy for America`
_BEFORE_APPOSITION = re.compile(r"(?:\s*\([^)]*\))?,\s+$")  # `Ada Moss (D-Ore.), ` before `the top Democrat`
_BUSINESS_HEADS = r"(?:company|firm|maker|chipmaker|automaker|carmaker|retailer|startup|start-up|airline|insurer|lender|" \
    r"conglomerate|manufacturer|giant|platform|brand|developer|publisher|studio|carrier|supplier|rival|subsidiary|" \
    r"operator|utility|provider)"
_COMPANY_CONTEXT = re.compile(  # NAME stands for the name looked for
    r"\bNAME,?\s+(?:Inc|Corp|Co|Ltd|LLC|plc|Holdings|Group|AG|SA)\b"
    r"|\bNAME,\s+which\b"
    r"|\bNAME,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}" + _BUSINESS_HEADS + r"\b"
    r"|\b(?i:" + _BUSINESS_HEADS + r")\s+NAME\b"
    r"|\bNAME(?:['’]s)?\s+(?:shares|stock|share price|chief executive|CEO|board|headquarters|employees|products|users)\b"
    r"|\bshares\s+(?:of|in)\s+NAME\b"
    r"|\bNAME\s+(?:said|says|announced|reported)\s+(?:\w+\s+){0,5}(?:that\s+)?(?:it|its)\b(?!\s+(?:is|was|would be)\b)")
_APPOSED_BUSINESS = re.compile(r"(?P<name>[A-Z][\w&.’'-]*(?:[^\S\n]+[A-Z][\w&.’'-]*){0,3}),\s+(?:a|an|the)\s+"
                               r"(?:[\w-]+\s+){0,3}" + _BUSINESS_HEADS +
                               r"(?=[,.;)]|\s+(?:based|headquartered|founded|owned|run|that|which|whose|with)\b)")
# `funded by Genvara, a biotech company based in Lund`, not the phrase opening a sentence (`In March, a rival firm said`)
_INTRODUCED_ORGANIZATION = re.compile(  # NAME stands for the name looked for
    r"\b(?i:" + _BUSINESS_HEADS + r"|group|agency|organi[sz]ation|coalition|alliance|union|association|nonprofit|"
    r"non-profit|charity|watchdog|bank|fund|network|broadcaster|institute|foundation|think tank)\s+NAME\b")
_BUSINESS_NAMED = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\w-]+\s+){0,2}?(?i:" + _BUSINESS_HEADS + r")\s+"
                             r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})")
_DOCUMENT_HEADS = frozenset({"statement", "release", "letter", "memo", "email", "e-mail", "post", "tweet"})
_ISSUER_NAME = r"(?:[Tt]he\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*"
# what an article calls the organisation it just named (`the band`, `the league`, `the agency`, `the airline`)
_PUBLIC_BODY_HEADS = frozenset({"agency", "regulator", "ministry", "department", "office", "commission", "bureau"})
_PUBLIC_BODY_WORDS = frozenset({"agency", "administration", "office", "department", "commission", "ministry", "bureau",
                                "service", "authority", "board", "council", "prevention", "institute", "regulator"})
_BUSINESS_DESCRIPTIONS = frozenset({"drugmaker", "automaker", "carmaker", "chipmaker", "retailer", "airline", "startup",
                                    "company", "firm"})
_BUSINESS_WORDS = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "company", "group", "holdings", "pharmaceuticals",
                             "pharma", "therapeutics", "technologies", "labs", "airlines", "airways", "motors",
                             "industries", "brands", "entertainment", "pictures", "studios", "records", "bank"})
_STANDS_FOR_ORGANIZATION = _PUBLIC_BODY_HEADS | _BUSINESS_DESCRIPTIONS | {"band", "team", "club", "league", "studio",
                                                                           "label", "streamer", "federation"}
_NEWS_WORDS = NEWSPAPER_WORDS | ORG_DESCRIPTIONS["network"] | {"reuters", "press", "xinhua", "interfax", "tass", "afp"}
_ORG_HEADS = frozenset({"organization", "organisation", "group", "company", "firm", "foundation", "nonprofit", "charity",
                        "pac", "museum", "center", "centre", "institute", "association", "coalition", "committee",
                        "agency", "network", "union", "party", "newspaper", "magazine", "journal", "website", "outlet",
                        "corporation", "bank", "fund", "tank", "police"})


def _head_noun(phrase: str) -> str:
    """The word a description is about: `a tech staffer at the department` is a staffer; '' for a relative
    clause (`who ran a super PAC`)."""
    words = re.split(r"\s+(?:at|of|for|in|with|from|on|to|who|that|which|and|whose)\b|,", phrase.strip(), maxsplit=1)[0].split()
    return "" if not words or words[0].lower() in RELATIVE_PRONOUNS | {"whose"} else words[-1].strip("’'")


def _person_head(phrase: str) -> bool:
    head = _head_noun(phrase)
    return bool(re.fullmatch(r"[A-Z][a-z]+|[\w’'-]+(?:er|or|ist|ian|ant|ent)s?", head)) or \
        head.lower() in ROLE_WORDS | set(ANONYMOUS_HEADS)


_ANONYMOUS_REACH = 400  # characters a he or she looks back for an unnamed source who just spoke
_PERSON_BY_TRAIT = re.compile(r"[Tt]he\s+(?:[\w-]+\s+){0,2}(?:\d+-year-old|Republican|Democrat|Independent|"
                              r"(?:Democratic|Republican|GOP)\s+(?:lawmaker|senator|congressman|congresswoman|leader))")
_PARTICLE_NAME = re.compile(r"(?:(?:van|von|der|den|de|del|della|da|di|du|la|le|al|el|bin|ibn)\s+)+[A-Z][\w’'-]+")  # `van der Berg`
_DOCUMENT_FROM = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:statement|release|letter|memo|e-?mail|report|filing|notice)"
                            r"\s+(?:from|by|issued\s+by|released\s+by)\s+(?:the\s+)?(?P<name>[A-Z].*)")
_DOCUMENT_OF = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:new\s+|latest\s+|recent\s+)?(?P<name>[A-Z][\w&.’'-]*(?:[/\s]+[A-Z][\w&.’'-]*)*)"
                          r"\s+(?:poll|survey|study|report|analysis)\b")
_UNNAMED = re.compile(r",\s+(?:who|speaking)\b[^,]*\b(?:named|identified|anonymity|anonymously)\b")  # `…, who declined
# to be named`, `…, speaking on condition of anonymity`
_ELLIPTICAL = re.compile(r"another|one|a\s+(?:second|third|fourth)|the\s+other", re.I)  # one of a group named before
_NAME_APPOSED_AFTER = re.compile(r",\s+(?P<apposition>(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?"
                                 r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+),")
_CONTRACTION = re.compile(r"(?<=\w)[’'](?:ve|re|ll|d|s)$", re.I)
_HONORIFIC_GENDER = {"mr": "m", "ms": "f", "mrs": "f", "miss": "f"}
_PLACE_OF_PHRASE = re.compile(r"\s+(?:at|of|for|in|with|from|on)\s+(?:the\s+)?$")
_IN_PLACE = re.compile(r"\s+(?:in|from|near|for|to)\s+(?:[A-Z][\w’'.-]*,?\s+){0,3}$")  # `in Dayton, Ohio, ` before `Ohio`
_PHRASE_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|one|some|many)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+$", re.I)


def _antecedent(text: str, offset: int) -> str | None:
    """`Donald Trump, who said …`, `an architect who said …`: a relative pronoun speaks for the
    noun phrase just before it."""
    before = text[max(0, offset - 100):offset].rstrip(" ,\t")
    if "\n" in before:
        before = before[before.rindex("\n") + 1:]
    name, phrase = _NAME_BEFORE.search(before), _PHRASE_BEFORE.search(before)
    who = text[offset:offset + 3].lower() == "who"
    placed = None
    if name and who:  # `a staffer at the State Department who`, `a clerk in Dayton, Ohio, who`: no place speaks
        placed = _PLACE_OF_PHRASE.search(before, 0, name.start()) if _is_org(name.group()) else \
            _IN_PLACE.search(before, 0, name.start())
    if placed:  # `a staffer at the State Department who` is the staffer; `Ada Moss of Fox News, who` is Ada Moss
        person, role = _NAME_BEFORE.search(before, 0, placed.start()), _PHRASE_BEFORE.search(before, 0, placed.start())
        if role and (person is None or person.start() >= role.start()):
            if _person_head(role.group()) or _BEFORE_APPOSITION.search(before, 0, role.start()):  # not `a lot of`
                name, phrase = None, role
        elif person and not _is_org(person.group()):
            name, phrase = person, None
    if name and not (phrase and name.group().isupper() and phrase.start() < name.start()):
        return name.group()  # `Senator Ada Moss, who` — but `a super PAC that` is a description
    if phrase:
        apposed = _BEFORE_APPOSITION.search(before, 0, phrase.start())
        named = _APPOSED_NAME.search(before, 0, apposed.start()) if apposed else None
        if named and (" " in named.group() or re.search(r"[^.!?\s]\s*$", before[:named.start()])):  # not `Instead,`
            return f"{named.group()}, {phrase.group()}"  # `Ada Moss, a staffer at the department who`
        return phrase.group()[0].lower() + phrase.group()[1:]  # `A clerk` names no one
    clause = re.split(r"[.,;:!?()\"“”—–]", before)[-1]  # `… voters: idealists who`, never across a sentence end
    bare = re.search(r"(?:\b(\d[\d,.]*)\s+)?\b([a-z][\w’'-]*)$", clause) if text[offset:offset + 1].islower() else None
    if bare is None or bare.group(2) in _CLOSED_CLASS or re.search(r"(?:ing|ed|ly)$", bare.group(2)):
        return None
    return bare.group()  # `uniting liberals who`, `23 percent who`: a bare plural or a share


_PERSON_OF = re.compile(r"(?P<person>(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)\s+of\s+(?:the\s+)?(?P<employer>[A-Z].*)")


def _has_given_name(words: str) -> bool:
    return any(gender_of(word) for word in words.split())


def _person_and_employer(mention: str) -> tuple[str, str | None]:
    """`Lisa Donner of Americans for Financial Reform` is Lisa Donner, who speaks for that group; a given name
    tells a person from `Bank of America`."""
    split = _PERSON_OF.fullmatch(mention)
    if split is None or not _has_given_name(split.group("person").rsplit(maxsplit=1)[0]) or \
            _has_given_name(split.group("employer")):
        return mention, None  # not `Sens. Mark Kirk of Illinois and Susan Collins of Maine`
    return split.group("person"), split.group("employer")


_PAIR = re.compile(r"[A-Z][\w’'.-]*(?:\s*\([^)]*\))?,?\s+and\s+(?:[a-z]+\s+){0,3}[A-Z]")
_APPOSITION = re.compile(r",\s+")  # not the comma of `5,300 employees`
_PARENTHESES = re.compile(r"\s*\([^)]*(?:\)|$)")  # `(R-Ky.)`, or one cut short at the mention's end
_DESCRIBED_NAME = re.compile(r"(?:[\w’'.-]+\s+)*?(?P<head>[a-z][\w’'-]*)\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+)")
_OWN_BODY = re.compile(r"(his|her)\s+(campaign|team|office|administration|foundation|company)")  # `his campaign`
_EPITHET_BEFORE_TITLE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){1,2}(?=" + _TITLES_ALTERNATION +
                                   r"\s+(?:[A-Z][\w’'.-]*\s+)?[A-Z][\w’'-]+$)")
_OCCUPATION_OPENING = re.compile(r"(?P<head>[A-Z][a-z]+)\s+(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+")
_QUALIFIED_ROLE = re.compile(r"(?:[Tt]he\s+)?(?:(?!(?:The|" + "|".join(w.capitalize() for w in _INDEFINITE) + r")\b)"
                             r"[A-Z][\w’'.-]*\s+){1,3}(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z]+)")  # not `One professor`
_REFLEXIVE = re.compile(r"(?<=\w)\s+(?:himself|herself|themselves|itself)$", re.I)
_NAME_OF_PLACE = re.compile(r"(?P<name>(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'.-]*)\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?")
_NAME_ONLY = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*")


def _mention_parts(mention: str) -> list[str]:
    """A mention's comma-separated parts, party tags left out: `Ada Moss (D-Ore.), a lawyer` → Ada Moss, a lawyer."""
    return [part.strip() for part in _APPOSITION.split(_PARENTHESES.sub("", mention)) if part.strip()]


def _names_listed(mention: str) -> bool:
    """`Trump, Clinton and Sanders` lists people; `Bill Moss, the pollster for The Post and NBC` describes one."""
    parts = [re.sub(r"^and\s+", "", part) for part in _mention_parts(mention)]
    return bool(_PAIR.search(mention)) and all(_NAME_ONLY.fullmatch(re.sub(r"\s+and\s+", " ", part)) for part in parts if part)


def _named_part(mention: str) -> tuple[str, str | None]:
    """`Ada Moss, a lecturer at X` and `the party's leader, Ada Moss`: the name in an appositive pair,
    with the description's last word as a title when the name comes second (it says what she is); with
    no name, the phrase before the first comma."""
    parts = _mention_parts(mention)
    if len(parts) < 2:
        return mention, None
    office = _office(parts[0])
    if _NAME_ONLY.fullmatch(parts[0]) and not office:
        return parts[0], None
    name = next((part for part in parts[1:] if _NAME_ONLY.fullmatch(part) or
                 (placed := _NAME_OF_PLACE.fullmatch(part)) and _has_given_name(placed.group("name"))), None)
    if name is None:
        return parts[0], None  # `the spokesman, who asked not to be named`: what follows only describes
    name = _NAME_OF_PLACE.sub(r"\g<name>", name)  # `A Holloway ally, Rep. Janet Pike of Ohio`
    title = office or parts[0].split()[-1].lower()
    return name, title if title.replace(" ", "").isalpha() else None


def _office(phrase: str) -> str | None:
    """The office a capitalised definite description names (`The Home Secretary` → `home secretary`), which
    a name in apposition holds; not `The Washington Post`."""
    office = re.fullmatch(r"[Tt]he\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)", phrase.strip())
    if office is None or office.group(1).split()[-1].lower() not in ROLE_WORDS | _DESCRIPTION_HEADS:
        return None
    return _title_key(office.group(1).lower())


def _title_inside(mention: str) -> re.Match | None:
    """`Pennsylvania Gov. Ed Rendell`, `Senate Majority Leader Mitch McConnell`: a title after words that
    qualify it, the name ending the mention."""
    inside = _TITLE_NAME.search(mention)
    if not inside or inside.end() != len(mention) or inside.start() == 0 or _is_org(inside.group("name")):
        return None
    qualifiers = mention[:inside.start()].split()
    return inside if all(word[:1].isupper() or not word[:1].isalpha() for word in qualifiers) else None  # not `Spokesmen at the … Justice Department`


def _inside_any(offset: int, starts: list[int], reach: list[int]) -> bool:
    """Whether an offset lies inside some content (a name quoted by someone else)."""
    number = bisect.bisect_right(starts, offset) - 1
    return number >= 0 and reach[number] > offset


def _interview_label(text: str, quote: Quote) -> str | None:
    """"Q" or "A" when the source is the label opening a turn of a published interview (`A: …`)."""
    label = quote.source[0]
    if len(quote.source) != 1 or quote.type != "direct" or label.text(text) not in ("Q", "A", "Question", "Answer") \
            or not quote.cue or quote.cue[0].start != label.end or text[text.rfind("\n", 0, label.start) + 1:label.start].strip():
        return None
    return label.text(text)[0]


def resolve_speakers(text: str, quotes: list[Quote]) -> list[Quote]:
    """Fill in each attribution's speaker, in reading order so pronouns see what came before."""
    entities = ArticleEntities(text)
    contents = sorted((c.start, c.end) for q in quotes for c in q.content)
    content_starts = [start for start, _ in contents]
    content_reach = list(itertools.accumulate((end for _, end in contents), max))
    last_person: _Entity | None = None
    spoke_before: list[_Entity] = []  # people who spoke, in order
    last_group: Speaker | None = None
    last_anonymous: tuple[int, Speaker] | None = None  # one unnamed source who spoke last, and where
    spoken: list[tuple[Span, str]] = []  # each resolved direct quotation of a person with the person's name (in reported
    # speech, `Moss said she would run`, the pronoun is the speaker)

    def quoting(offset: int) -> set[str]:
        return {name for span, name in spoken if span.start <= offset < span.end}

    def person_meant(wanted: str, offset: int) -> _Entity | None:
        """Whom a he or she (or his, her) at `offset` means, given who has spoken so far."""
        antecedent = entities.named_just_before(offset, last_person or entities.person_before(offset), wanted)
        if antecedent and entities.gender(antecedent) not in (wanted, None):
            # `Trump said … She replied`: the latest speaker known to be a woman, else nobody named
            antecedent = next((e for e in reversed(spoke_before) if entities.gender(e) == wanted), None) or \
                entities.named_before(offset, wanted) or \
                next((e for e in reversed(spoke_before) if entities.gender(e) is None), None)  # `Clay Trumbull`
        if antecedent and antecedent.name in quoting(offset):
            return None  # `Moss said: "She told me …"`: the one quoted speaks of someone else
        return antecedent or entities.named_before(offset, wanted, alone=True)  # `Ada Moss, the conductor, died.
        # She was 84.`

    for quote in sorted(quotes, key=lambda q: q.content[0].start):
        if not quote.source:
            quote.speaker = None
            continue
        offset = quote.source[0].start
        mention = " ".join(s.text(text) for s in quote.source).strip()
        recent_anonymous = last_anonymous if last_anonymous and offset - last_anonymous[0] <= _ANONYMOUS_REACH else None
        cleaned = _CONTRACTION.sub("", _REFLEXIVE.sub("", _clean(mention)))  # `Obama himself` is Obama, `They've` they
        if cleaned.lower() in RELATIVE_PRONOUNS and not cleaned.isupper():  # `WHO said` is the World Health Organization
            cleaned = _antecedent(text, offset) or cleaned
        if _ELLIPTICAL.fullmatch(cleaned) and (apposed := _NAME_APPOSED_AFTER.match(text, quote.source[-1].end)):
            cleaned = apposed.group("apposition")  # `Another, the backbencher Ada Moss, said`: she is the one
        described_as, described_organization = None, False
        unnamed = bool(_UNNAMED.search(cleaned) or _UNNAMED.match(text, quote.source[-1].end))  # before or after the
        # description after a comma is cut off
        if "," in cleaned and not _names_listed(cleaned):
            parts = _mention_parts(cleaned)
            if len(parts) > 1:
                named_first = _NAME_ONLY.fullmatch(parts[0]) is not None
                description = parts[1] if named_first else parts[0]
                described_organization = (named_first or any(_NAME_ONLY.fullmatch(part) for part in parts[1:])) and \
                    re.match(r"(?:a|an|the|one)\s", description, re.I) is not None and \
                    _head_noun(description).lower() in _ORG_HEADS
            cleaned, described_as = _named_part(cleaned)  # `Quadrivium, a foundation` is an organisation
        cleaned, works_for = _person_and_employer(cleaned)
        described = _DESCRIBED_NAME.match(cleaned) if works_for is None else None
        if described and described.end() < len(cleaned) and described.group("head").lower() not in _CLOSED_CLASS \
                and not _PAIR.search(cleaned):
            person, works_for = _person_and_employer(cleaned[described.start("name"):])
            cleaned = cleaned[:described.start("name")] + person  # `Political scientist Ada Moss of Hallby University`
        business = _BUSINESS_NAMED.fullmatch(cleaned)
        if business:
            cleaned = business.group("name")  # `Chipmaker Nvidia` is Nvidia, which the article shows is a business
        occupation = _OCCUPATION_OPENING.fullmatch(cleaned)
        if occupation and occupation.group("head").lower() in (_PLAYER_HEADS | _DESCRIPTION_HEADS) - _TITLE_WORDS:
            cleaned = occupation.group("head").lower() + cleaned[occupation.end("head"):]  # `Actress Ada Moss` opening a
            # sentence is `actress Ada Moss`
        described = _DESCRIBED_NAME.fullmatch(cleaned)
        if described and described.group("head").lower() not in _CLOSED_CLASS and \
                not re.search(r"(?:ed|ing)$", described.group("head")):
            # `Oscar-winning actress Susan Sarandon`, `campaign spokesman Brian Fallon`; not `supporters of X`
            cleaned, described_as = described.group("name"), described_as or described.group("head").lower()
            titled = _TITLE_NAME.fullmatch(cleaned)
            described_organization = described_organization or described.group("head").lower() in _ORG_HEADS and \
                not (titled and len(titled.group("name").split()) > 1)  # `group Justice Forward`, not `party
            # Chairman Reince Priebus`
        qualified = None
        role = _QUALIFIED_ROLE.fullmatch(cleaned)
        if role and role.group("role").lower() in (ROLE_WORDS | _DESCRIPTION_HEADS | _PLAYER_HEADS) - set(ANONYMOUS_HEADS):
            # `the Vermont senator`, `Russian leader`: a person described, not an organisation; not looked up by
            # title, since the article's most talked-about president need not be the Ukrainian one
            qualified, cleaned = re.sub(r"^[Tt]he\s+", "", cleaned), "the " + role.group("role").lower()
        epithet = _EPITHET_BEFORE_TITLE.match(cleaned)
        if epithet:
            cleaned = cleaned[epithet.end():]  # `the embattled Rep. Walter Gibbs`, `the late Sen. Ada Moss`
        demonym = re.fullmatch(r"[Tt]he\s+([A-Z][a-z]+)", cleaned)
        if demonym and demonym.group(1).lower() in _PLAYER_HEADS:
            cleaned = "the " + demonym.group(1).lower()  # `the Spaniard` describes the one just named, like `the striker`
        definite_name = bool(re.match(r"[Tt]he\s+[A-Z]", cleaned))
        titled_person = False
        if definite_name:
            cleaned = cleaned[4:].strip()  # "the White House" is named like "White House", and is no person
            titled_person = cleaned.split()[0].lower() in _TITLE_WORDS and not _is_org(cleaned)  # `the Rev. Ada Moss`
            if cleaned.lower() in _SHORTENED_HEADS:
                cleaned = entities.longer_name(cleaned) or cleaned
        names_organization = definite_name and not titled_person or described_organization
        document = _DOCUMENT_FROM.fullmatch(cleaned)
        if document:  # `A statement from Harlow Dynamics`: who issued it speaks, a company unless a person is named
            cleaned = document.group("name")
            names_organization = not _has_given_name(cleaned)
        spelled = entities.longer_name(cleaned) if _ACRONYM.fullmatch(cleaned) and cleaned.lower() not in _PRONOUNS else None
        if spelled:
            names_organization, cleaned = True, spelled  # `IMF`, `RT`, not `PENCE` in a headline
        lowered = cleaned.lower()
        speaker: Speaker
        interview_label = _interview_label(text, quote)
        if interview_label == "A":
            entity = entities.interview_answerer(offset)
            speaker = Speaker(entity.name, "person", mention) if entity else Speaker("interviewee", "unknown", mention)
        elif interview_label == "Q":
            entity = entities.interview_questioner(offset)
            speaker = Speaker(entity.name, entity.kind, mention) if entity else Speaker("interviewer", "unknown", mention)
        elif lowered in PERSON_PRONOUNS and recent_anonymous and not entities.person_named_between(recent_anonymous[0], offset):
            # `A Western diplomat said … “…,” he said`: the one who spoke just before, though unnamed
            speaker = dataclasses.replace(recent_anonymous[1], mention=mention)
        elif lowered in PERSON_PRONOUNS:
            antecedent = person_meant(_PRONOUN_GENDER[lowered], offset)
            speaker = Speaker(antecedent.name, "person", mention) if antecedent else Speaker(mention, "unknown", mention)
        elif (body := _OWN_BODY.fullmatch(lowered)) is not None:
            antecedent = person_meant(_PRONOUN_GENDER[body.group(1)], offset)  # `His campaign later clarified`
            speaker = Speaker(f"{_surname(antecedent.name)} {body.group(2)}", "organization", mention) if antecedent \
                else Speaker(mention, "organization", mention)
        elif _PERSON_BY_TRAIT.fullmatch(_clean(mention)):
            antecedent = entities.person_just_named(offset)
            speaker = Speaker(antecedent.name, "person", mention) if antecedent else Speaker(mention, "person", mention)
        elif lowered in GROUP_PRONOUNS:
            speaker = Speaker(last_group.name, last_group.kind, mention) if last_group else Speaker(mention, "unknown", mention)
        elif lowered == "it":  # `It said …`: an organisation, never a person called "It"
            organization = last_group if last_group and last_group.kind == "organization" else None
            speaker = Speaker(organization.name, "organization", mention) if organization else Speaker(mention, "unknown", mention)
        elif lowered == "i" and len(quoting(offset)) == 1:
            speaker = Speaker(next(iter(quoting(offset))), "person", mention)  # `“I told them,” she said`: she
        elif lowered in _NOBODY_NAMED and not (cleaned.isupper() and len(cleaned) > 1):  # not `WHO`
            speaker = Speaker(mention, "unknown", mention)
        elif (finding := _DOCUMENT_OF.match(cleaned)) is not None:
            speaker = Speaker(cleaned, "unknown", mention, affiliation=finding.group("name"))  # a poll or study, and
            # who made it (`A Gallup poll released Tuesday`)
        elif (anonymous := _anonymous(cleaned, unnamed)) is not None:
            speaker = anonymous
            if lowered.startswith("the ") and recent_anonymous and \
                    _head_noun(recent_anonymous[1].descriptor or "").lower() == _head_noun(cleaned).lower():
                speaker = dataclasses.replace(recent_anonymous[1], mention=mention)  # `A senior official from X said …
                # The official said`: the one just described
        elif lowered.startswith("the ") and len(cleaned.split()) <= 3 and cleaned.split()[-1][:1].islower():
            head = lowered.split()[-1]
            title = _title_key(head)
            if qualified:
                entity = entities.sole_holder(title, qualified, offset) if title in _LOCAL_OFFICES else \
                    entities.described_as(title, qualified, offset) or (
                    entities.person_just_named(offset) if head in _PLAYER_HEADS else None)  # `the Polish striker`
            else:
                whole = _title_key(" ".join(lowered.split()[1:]))  # `the prime minister` before any `minister`
                entity = (entities.with_title(whole, offset) if whole != title else None) or \
                    entities.with_title(title, offset) or entities.described_as(title, None, offset) or (
                    entities.org_like(ORG_DESCRIPTIONS[head], offset) if head in ORG_DESCRIPTIONS else None) or (
                    entities.named_with(cleaned.split()[1:], offset) if head in _NAMED_WITH else None) or (
                    entities.leading_person() if head in _SUBJECT_HEADS else None) or (
                    entities.person_just_named(offset) if head in _PLAYER_HEADS else None) or (
                    entities.organization_before(head, offset) if head in _STANDS_FOR_ORGANIZATION else None) or (
                    entities.issuer(head, offset) if head in _DOCUMENT_HEADS else None)
            if entity:
                speaker = Speaker(entity.name, entity.kind, mention)
            else:
                kind = "person" if head in ROLE_WORDS | _DESCRIPTION_HEADS | _PLAYER_HEADS else \
                    "organization" if head in _ORG_HEADS | _NAMED_WITH | _STANDS_FOR_ORGANIZATION | {"government"} else "unknown"
                speaker = Speaker(qualified or cleaned, kind, mention)
        elif definite_name and (office := _office("the " + cleaned)) and \
                (holder := entities.with_title(office, offset)) is not None and holder.kind == "person":
            speaker = Speaker(holder.name, "person", mention)  # `the Home Secretary` after `The Home Secretary, Ada Moss,`
        elif _PAIR.search(cleaned) and not _is_org(cleaned) and not spelled:
            speaker = Speaker(cleaned, "unknown", mention)  # `Trump and Sanders`, `Kim (D-Ore.) and former Gov. Lee`
        elif (cleaned[:1].isupper() or _PARTICLE_NAME.fullmatch(cleaned)) and not re.match(r"(?:A|An)\s+[a-z]", cleaned):
            # a name, not a description opening a sentence (`An exit poll for the broadcaster`)
            title = None if described_organization else _TITLE_NAME.match(cleaned) or _title_inside(cleaned)  # not
            # `civil rights group Justice Forward`
            entity = entities.named(title.group("name") if title else cleaned, offset,
                                    "organization" if names_organization else None,
                                    _HONORIFIC_GENDER.get(title.group("title").lower().strip(".")) if title else None)
            if title:
                entity.titles.add(_title_key(title.group("title")))
            if described_as:
                entity.titles.update({described_as, _title_key(described_as.split()[-1])})  # `home secretary`, and
                # so `the secretary`
            speaker = Speaker(entity.name, entity.kind, mention)
        else:
            speaker = Speaker(cleaned or mention, "organization" if lowered in _ORG_HEADS else "unknown", mention)
        if speaker.kind == "person" and not _inside_any(offset, content_starts, content_reach):
            # a name, not a description left unresolved (`Vermont senator`, `A reporter`)
            named = speaker.name[:1].isupper() and speaker.name.split()[-1][:1].isupper()
            last_person = entities.named(speaker.name, offset) if named else last_person
            if last_person is not None and (not spoke_before or spoke_before[-1] is not last_person):
                spoke_before.append(last_person)
        if speaker.kind == "person" and works_for:
            speaker.affiliation = works_for
        if speaker.kind == "anonymous" or speaker.kind == "organization" and not re.match(r"the\s", speaker.name, re.I):
            last_group = speaker  # a name, not a description left unresolved (`the league`)
        one_unnamed = speaker.kind == "anonymous" and re.match(r"(?:a|an|one|another)\s", mention, re.I) and \
            (unnamed or _listed_person(cleaned)) and \
            not re.search(r"[^s]s$", _head_noun(speaker.descriptor or speaker.name).lower()) and \
            not _inside_any(offset, content_starts, content_reach)  # `A diplomat`, not `the analyst` (often named)
        refers_back = speaker.kind == "anonymous" and last_anonymous is not None and \
            speaker.name == last_anonymous[1].name and (lowered in PERSON_PRONOUNS or lowered.startswith("the "))
        if one_unnamed or refers_back:
            last_anonymous = (offset, speaker)
        elif lowered not in PERSON_PRONOUNS:
            last_anonymous = None
        quote.speaker = speaker
        if speaker.kind == "person":
            spoken.extend((span, speaker.name) for span in quote.content
                          if quote.type == "direct" or text[span.start:span.start + 1] in _OPENING_MARKS)
    return quotes
