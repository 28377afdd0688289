"""Closed forms: the string fields that reach a training set without going through Presidio.

A string column of a training set is either free text that the de-identifier
rewrote, a keyed pseudonym, or one of the closed forms below. A closed form
only lets through values drawn from a small vocabulary or a strict pattern,
so that nothing a person could be named by (``"Windows (Jane Doe)"``,
``"en-jane.doe@example.com"``) survives. Each normaliser returns the value
in its canonical spelling, or ``None`` when it is not of the form: the field
is then nulled (and counted in the manifest), never copied.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

import langcodes

Normaliser = Callable[[str], Optional[str]]

#: Operating-system families, by their canonical spelling; matched without case or spaces.
OS_FAMILIES = (
    "Windows",
    "macOS",
    "Mac OS X",
    "iOS",
    "iPadOS",
    "Android",
    "Linux",
    "ChromeOS",
    "Ubuntu",
    "Debian",
    "Fedora",
    "Red Hat Enterprise Linux",
    "watchOS",
    "tvOS",
    "visionOS",
    "HarmonyOS",
    "Web",
)
_OS_BY_KEY = {re.sub(r"\s+", "", family).casefold(): family for family in OS_FAMILIES}
_OS = re.compile(r"(?P<family>[A-Za-z][A-Za-z ]{1,30}?)(?: (?P<version>[0-9]{1,3}(?:\.[0-9]{1,4}){0,3}))?")

#: ``6.1.0``, ``5.17.11 (31580)``, ``2.3.0-rc.2``: numbers, a closed set of pre-release labels, a build number.
_APP_VERSION = re.compile(
    r"[0-9]{1,4}(?:\.[0-9]{1,5}){0,3}"  # 5.17.11 (ASCII digits: other scripts' digits could encode data)
    r"(?:-(?:alpha|beta|rc|dev|preview)(?:\.?[0-9]{1,3})?)?"  # -rc.2
    r"(?: \([0-9]{1,6}\))?"  # (31580)
)
#: At most this many digits in a version: a phone or card number is a longer run of digits.
_MAX_VERSION_DIGITS = 9
#: Private-use language, script and region subtags (BCP 47): they can stand for anything.
_PRIVATE_LANGUAGE = re.compile(r"q[a-t][a-z]")
_PRIVATE_SCRIPT = re.compile(r"Qa(?:a[a-z]|b[a-x])")
_PRIVATE_REGION = re.compile(r"AA|Q[M-Z]|X[A-Z]|ZZ")

#: Words an event type is made of (``join``, ``network_quality``, ``screen_share.start``).
#: Closed on purpose: a pattern alone would let ``jane_doe_joined`` through.
EVENT_WORDS = frozenset(
    """
    join joined leave left rejoin reconnect reconnected disconnect disconnected connect connected
    error warning crash timeout failure failed retry start started stop stopped end ended pause resume
    network quality sample stats latency jitter loss bandwidth bitrate
    audio video camera microphone mic speaker screen share sharing recording record transcription caption
    mute unmute on off enabled disabled device change changed switch switched
    chat message reaction raise lower hand poll breakout room waiting lobby admit admitted remove removed
    meeting call session participant host role promote demote
    cpu memory battery thermal throttle throttled background foreground
    app update install launch login logout auth token refresh
    user client server connection reconnecting stream streaming livestream frame frames fps packet packets
    drop dropped high low poor good issue alert test feedback rating survey transcript whiteboard
    annotation emoji gallery view active mode layout virtual background blur noise echo volume
    """.split()
)
_EVENT_TYPE = re.compile(r"[a-z]+(?:[._][a-z]+){0,4}")


def language_tag(value: str) -> Optional[str]:
    """A well-formed, registered BCP 47 tag reduced to language, script and region (``en-GB``).

    Variants, extensions and private-use parts (``en-x-janedoe``) are dropped:
    they can carry arbitrary text.
    """
    value = value.strip()
    if not langcodes.tag_is_valid(value) or value.lower().startswith("x-"):  # a private-use tag names nothing
        return None
    language = langcodes.Language.get(value)
    if language.language is None or _PRIVATE_LANGUAGE.fullmatch(language.language):  # "und", "qaa"
        return None
    script = None if language.script and _PRIVATE_SCRIPT.fullmatch(language.script) else language.script
    region = None if language.territory and _PRIVATE_REGION.fullmatch(language.territory) else language.territory
    reduced = langcodes.Language.make(language=language.language, script=script, territory=region)
    return reduced.to_tag() if reduced.is_valid() else None


def os_name(value: str) -> Optional[str]:
    """An operating-system family from :data:`OS_FAMILIES`, optionally with a numeric version."""
    match = _OS.fullmatch(value.strip())
    if match is None:
        return None
    family = _OS_BY_KEY.get(re.sub(r"\s+", "", match.group("family")).casefold())
    if family is None:
        return None
    version = match.group("version")
    if version is not None and _digits(version) > _MAX_VERSION_DIGITS:
        return None
    return family if version is None else f"{family} {version}"


def app_version(value: str) -> Optional[str]:
    """A version number (``6.1.0``, ``5.17.11 (31580)``, ``2.3.0-rc.2``)."""
    value = value.strip()
    if not _APP_VERSION.fullmatch(value) or _digits(value.split(" (")[0]) > _MAX_VERSION_DIGITS:
        return None
    return value


def event_type(value: str) -> Optional[str]:
    """Lower-case words from :data:`EVENT_WORDS` joined by ``_`` or ``.`` (``network_quality``)."""
    value = value.strip().lower()
    if not _EVENT_TYPE.fullmatch(value):
        return None
    return value if all(word in EVENT_WORDS for word in re.split(r"[._]", value)) else None


def country_code(value: str) -> Optional[str]:
    """An assigned ISO 3166-1 alpha-2 code (``JD`` is a person's initials, not a country)."""
    if not re.fullmatch(r"[A-Z]{2}", value) or _PRIVATE_REGION.fullmatch(value):
        return None
    return value if langcodes.Language.make(territory=value).is_valid() else None


def _digits(text: str) -> int:
    return sum(char.isdigit() for char in text)
