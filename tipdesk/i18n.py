"""Translations for the Qt-free core: the command line, the PDFs and the error messages.

The Qt Linguist sources in resources/translations (`tipdesk_fr.ts`, ...) are the one source
of every translation. `scripts/build_translations.py` compiles them with pyside6-lrelease into
`.qm` catalogues; the window loads those with QTranslator, and this module reads the very same
files without Qt, so a message says the same thing in the window, on the command line and in
a PDF. Strings are marked where `pyside6-lupdate` finds them: `translate("context", "text")`
or `QT_TRANSLATE_NOOP("context", "text")`, both with literal arguments.

lupdate reads a count only from a literal in `translate()`'s fourth argument; a message with
a plural (%n) goes through a `Context` instead, named as its context, e.g.
`cli = Context("cli")` then `cli.tr("Imported %n case(s).", "", count)` (lupdate takes the name
before `.tr` as the context; tests/test_translations.py checks the two agree).

One language is in use per process (like Qt's installed translators): the window sets it
with the user's choice, the command line from TIPDESK_LANG or the system locale.
"""

from __future__ import annotations

import gettext
import os
import struct
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from tipdesk.paths import resource_path

SOURCE_LANGUAGE = "en"
LANGUAGES = {"en": "English", "fr": "Français", "ar": "العربية"}  # each in its own words
RIGHT_TO_LEFT = frozenset({"ar"})
LANGUAGE_VARIABLES = ("TIPDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")

Translate = Callable[..., str]  # (context, text, disambiguation=None, n=-1) -> str

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES, _NUMERUS_RULES, _LANGUAGE = 0x69, 0x88, 0xA7
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
# Numerus rule byte code, as lrelease writes it (qtranslator.cpp)
_EQ, _LT, _LEQ, _BETWEEN, _OP_MASK = 1, 2, 3, 4, 7
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark `text` for translation in `context` and return it unchanged (translated later)."""
    return text


class Catalogue:
    """The finished translations of one compiled Qt Linguist file (.qm), read without Qt."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(_MAGIC):
            raise ValueError("not a Qt translation file")
        self.language = ""
        self._rules = b""
        self._messages: dict[tuple[str, str, str], tuple[str, ...]] = {}
        offset = len(_MAGIC)
        while offset + 5 <= len(data):
            tag, length = data[offset], struct.unpack_from(">I", data, offset + 1)[0]
            block = data[offset + 5 : offset + 5 + length]
            offset += 5 + length
            if tag == _MESSAGES:
                self._read_messages(block)
            elif tag == _NUMERUS_RULES:
                self._rules = block
            elif tag == _LANGUAGE:
                self.language = block.decode("utf-8")

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        return cls(Path(path).read_bytes())

    def __len__(self) -> int:
        return len(self._messages)

    def _read_messages(self, block: bytes) -> None:
        at, translations, fields = 0, [], {}
        while at < len(block):
            tag = block[at]
            at += 1
            if tag == _END:
                key = (fields.get(_CONTEXT, ""), fields.get(_SOURCE, ""), fields.get(_COMMENT, ""))
                self._messages[key] = tuple(translations)
                translations, fields = [], {}
            elif tag == _OBSOLETE1:
                at += 4
            elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
                (length,) = struct.unpack_from(">I", block, at)
                at += 4
                if length == 0xFFFFFFFF:  # a null translation
                    continue
                raw = block[at : at + length]
                at += length
                if tag == _TRANSLATION:
                    translations.append(raw.decode("utf-16-be"))
                else:
                    fields[tag] = raw.decode("utf-8")
            else:
                raise ValueError(f"unknown tag {tag} in a Qt translation file")

    def plural_form(self, n: int) -> int:
        """Which of a message's plural forms stands for the count `n` (the file's own rules)."""
        return _numerus(n, self._rules) if self._rules else 0

    def lookup(self, context: str, text: str, disambiguation: str = "", n: int = -1) -> str | None:
        """The translation, or None when this catalogue has no finished one."""
        forms = self._messages.get((context, text, disambiguation or ""))
        if forms is None and disambiguation:
            forms = self._messages.get((context, text, ""))
        if not forms:
            return None
        index = self.plural_form(n) if n >= 0 else 0
        return forms[min(index, len(forms) - 1)]


def _numerus(n: int, rules: bytes) -> int:
    """Evaluate lrelease's numerus rules: the index of the first rule that `n` satisfies."""
    i, form = 0, 0
    while True:
        any_true = False
        while True:  # rules joined by OR
            all_true = True
            while True:  # conditions joined by AND
                opcode, operand = rules[i], rules[i + 1]
                i += 2
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                op = opcode & _OP_MASK
                if op == _EQ:
                    truth = left == operand
                elif op == _LT:
                    truth = left < operand
                elif op == _LEQ:
                    truth = left <= operand
                else:  # _BETWEEN
                    truth = operand <= left <= rules[i]
                    i += 1
                if opcode & _NOT:
                    truth = not truth
                all_true = all_true and truth
                if i >= len(rules) or rules[i] != _AND:
                    break
                i += 1
            any_true = any_true or all_true
            if i >= len(rules) or rules[i] != _OR:
                break
            i += 1
        if any_true:
            return form
        form += 1
        if i >= len(rules) or rules[i] != _NEWRULE:
            return form
        i += 1


class Context:
    """The messages of one translation context, for plurals: `name.tr(text, "", n)`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`text` in the language in use; %n becomes `n` in the right plural form."""
        return translate(self.name, text, disambiguation, n)


def catalogue_path(language: str) -> Path:
    """Where the compiled catalogue of `language` is (it may not be built yet)."""
    return resource_path("translations", f"tipdesk_{language}.qm")


def supported_language(tag: str | None) -> str | None:
    """The TIPDesk language of a locale name ("fr_CM.UTF-8" -> "fr"), or None."""
    if not tag:
        return None
    code = tag.replace("-", "_").split("_")[0].split(".")[0].split("@")[0].lower()
    return code if code in LANGUAGES else None


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """TIPDESK_LANG, else the locale's language (LC_ALL, LC_MESSAGES, LANG), else English."""
    environ = os.environ if environ is None else environ
    for name in LANGUAGE_VARIABLES:
        value = environ.get(name, "")
        if not value:
            continue
        for tag in value.split(":"):  # LANGUAGE is a list of preferences
            code = supported_language(tag)
            if code:
                return code
        if name != "TIPDESK_LANG":
            return SOURCE_LANGUAGE  # the first locale variable set decides, as in C
    return SOURCE_LANGUAGE


class _State:
    language = SOURCE_LANGUAGE
    catalogue: Catalogue | None = None
    loaded = False  # the English plural forms load on first use


def _load(language: str) -> Catalogue | None:
    try:
        return Catalogue.load(catalogue_path(language))
    except (OSError, ValueError):
        return None


def use_language(language: str) -> str:
    """Translate into `language` from now on; the language in use (English if not built)."""
    code = supported_language(language) or SOURCE_LANGUAGE
    catalogue = _load(code)
    if catalogue is None and code != SOURCE_LANGUAGE:
        code = SOURCE_LANGUAGE  # not built: English rather than a half-translated screen
        catalogue = _load(code)
    _State.language, _State.catalogue, _State.loaded = code, catalogue, True
    return code


def current_language() -> str:
    """The language `translate` uses now (a code of LANGUAGES)."""
    return _State.language


def is_right_to_left(language: str | None = None) -> bool:
    """Whether `language` (default: the one in use) is written right to left."""
    return (language or _State.language) in RIGHT_TO_LEFT


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the language in use (as QCoreApplication.translate: %n becomes `n`)."""
    if not _State.loaded:
        use_language(_State.language)
    catalogue = _State.catalogue
    found = catalogue.lookup(context, text, disambiguation or "", n) if catalogue else None
    result = text if found is None else found
    if n >= 0:
        result = result.replace("%Ln", str(n)).replace("%n", str(n))
    return result


def country_name(name: str) -> str:
    """A country's name (pycountry's English one) in the language in use, by pycountry's own
    ISO 3166 translations; unchanged when it has none."""
    return _iso_names(current_language()).gettext(name) if name else name


def country_name_of(alpha3: str) -> str:
    """The name of an ISO 3166 country, by its alpha-3 code, in the language in use (the
    code itself when pycountry does not know it)."""
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3) if alpha3 else None
    return country_name(country.name) if country is not None else alpha3


def language_name(code: str) -> str:
    """The name of an ISO 639-3 language in the language in use (English if untranslated;
    the code itself when pycountry does not know it)."""
    import pycountry

    language = pycountry.languages.get(alpha_3=code) if code else None
    if language is None:
        return code
    return _iso_names(current_language(), "iso639-3").gettext(language.name)


@cache
def _iso_names(language: str, domain: str = "iso3166-1") -> gettext.NullTranslations:
    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)
