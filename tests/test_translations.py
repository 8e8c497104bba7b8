"""Translations: French complete and in step with the code, every marked string visible to
lupdate, the Qt-free reader agreeing with Qt, and the command line speaking French."""

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts import build_translations
from tipdesk import i18n
from tipdesk.cli import main

TS_DIR = build_translations.TS_DIR
FRENCH = TS_DIR / "tipdesk_fr.ts"
ARABIC = TS_DIR / "tipdesk_ar.ts"
PLACEHOLDER = re.compile(r"%L?n|%\d|\{[a-z_0-9]*\}")
MARKERS = {"QT_TRANSLATE_NOOP", "translate"}


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.findall("message")
    ]


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def placeholders(text: str) -> list[str]:
    return sorted(set(PLACEHOLDER.findall(text.replace("%Ln", "%n"))))


def mnemonic(text: str) -> bool:
    return bool(re.search(r"&(?!&)\w", text.replace("&&", "")))


def test_every_french_message_has_a_finished_translation():
    unfinished = []
    for context, message in messages(FRENCH):
        kind = message.find("translation").get("type")
        texts = forms(message)
        if kind or not all(t.strip() for t in texts) or (message.get("numerus") and len(texts) < 2):
            unfinished.append(f"{context}: {message.findtext('source')!r} ({kind or 'empty'})")
    assert not unfinished, f"{len(unfinished)} French messages to translate:\n" + "\n".join(
        unfinished[:40]
    )


@pytest.mark.parametrize("ts", [FRENCH, ARABIC], ids=["fr", "ar"])
def test_translations_keep_placeholders_and_mnemonics(ts):
    wrong = []
    for context, message in messages(ts):
        source = message.findtext("source")
        if message.find("translation").get("type"):
            continue  # unfinished (Arabic is partial) or vanished: not shipped
        texts = forms(message)
        # a singular form may leave out what one item makes redundant ("%1 to %2" -> "%1")
        if placeholders(texts[-1]) != placeholders(source) or any(
            not set(placeholders(text)) <= set(placeholders(source)) for text in texts
        ):
            wrong.append(f"{context}: {source!r} -> {texts!r}")
        elif mnemonic(source) and not all(mnemonic(text) for text in texts):
            wrong.append(f"{context}: {source!r} -> {texts!r} (no & shortcut letter)")
    assert not wrong, "\n".join(wrong[:40])


def test_french_is_in_step_with_the_code(tmp_path):
    """A string added to the code (or changed) without its French fails here."""
    copy = tmp_path / FRENCH.name
    shutil.copy(FRENCH, copy)
    build_translations.run_lupdate(copy)
    before = {(c, m.findtext("source")) for c, m in messages(FRENCH)}
    after = messages(copy)
    new = [
        f"{c}: {m.findtext('source')!r}"
        for c, m in after
        if (c, m.findtext("source")) not in before
    ]
    gone = [
        f"{c}: {m.findtext('source')!r}"
        for c, m in after
        if m.find("translation").get("type") in ("vanished", "obsolete")
    ]
    assert not new, "strings without French (run scripts/build_translations.py --update):\n" + (
        "\n".join(new[:40])
    )
    assert not gone, "strings no longer in the code (--update --no-obsolete):\n" + "\n".join(gone)


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _call_problem(call: ast.Call, contexts: dict[str, str]) -> str | None:
    """Why lupdate would miss (or misfile) the string of this call, or None."""
    name, args = _name(call.func), call.args
    if name in MARKERS and len(args) >= 2 and _is_text(args[1]):
        if not _is_text(args[0]):
            return f"{name}() whose context is not a literal"
        if len(args) >= 4 and not isinstance(args[3], ast.Constant):
            return f"{name}() with a count lupdate cannot read (use a Context)"
    if name in ("tr", "_t", "_tr") and isinstance(call.func, ast.Name) and any(map(_is_text, args)):
        return f"{name}() without an object: lupdate gives it no context"
    if name == "tr" and isinstance(call.func, ast.Attribute) and args and _is_text(args[0]):
        owner = call.func.value
        if (
            isinstance(owner, ast.Name)
            and owner.id != "self"
            and contexts.get(owner.id) != owner.id
        ):
            return f"{owner.id}.tr(): lupdate files it under context {owner.id!r}"
    return None


def invisible_marks(root: Path) -> list[str]:
    """Marked strings that lupdate cannot see, or would file under the wrong context."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(root.parent)
        contexts = {  # cli = Context("cli")
            node.targets[0].id: node.value.args[0].value
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and _name(node.value.func) == "Context"
            and isinstance(node.targets[0], ast.Name)
        }
        for node in ast.walk(tree):
            aliased = isinstance(node, ast.ImportFrom) and any(
                a.name == "QT_TRANSLATE_NOOP" and a.asname for a in node.names
            )
            aliased |= (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Name | ast.Attribute)
                and _name(node.value) in MARKERS
                and any(_name(target) != _name(node.value) for target in node.targets)
            )
            if aliased:
                found.append(f"{where}:{node.lineno}: another name for a marker lupdate reads")
            problem = _call_problem(node, contexts) if isinstance(node, ast.Call) else None
            if problem:
                found.append(f"{where}:{node.lineno}: {problem}")
            if isinstance(node, ast.JoinedStr):
                found += [
                    f"{where}:{call.lineno}: {_name(call.func)}() inside an f-string"
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call)
                    and _name(call.func) in {"tr", *MARKERS}
                    and call.args
                    and _is_text(call.args[0] if _name(call.func) == "tr" else call.args[-1])
                ]
    return found


def test_every_marked_string_is_visible_to_lupdate():
    assert invisible_marks(Path(i18n.__file__).parent) == []


def test_every_message_has_a_context():
    assert [m.findtext("source") for c, m in messages(FRENCH) if not c] == []


def test_the_core_reads_the_catalogues_as_qt_does():
    from PySide6.QtCore import QTranslator

    qm = i18n.catalogue_path("fr")
    catalogue = i18n.Catalogue.load(qm)
    qt = QTranslator()
    assert qt.load(str(qm))
    checked = 0
    for context, message in messages(FRENCH):
        source = message.findtext("source")
        comment = message.findtext("comment") or ""
        for n in (1, 2, 5) if message.get("numerus") == "yes" else (-1,):
            assert (catalogue.lookup(context, source, comment, n) or "") == qt.translate(
                context, source, comment, n
            ), (context, source, n)
            checked += 1
    assert checked > 1500


def test_french_plurals_follow_french_rules():
    i18n.use_language("fr")
    cli = i18n.Context("cli")
    text = "Imported %n case(s) ({first} to {last})."
    assert cli.tr(text, "", 1) == "1 dossier importé ({first} à {last})."
    assert cli.tr(text, "", 2) == "2 dossiers importés ({first} à {last})."
    assert cli.tr(text, "", 0) == "0 dossier importé ({first} à {last})."  # 0 is singular
    i18n.use_language("en")
    assert cli.tr(text, "", 1) == "Imported 1 case ({first} to {last})."


def test_the_language_comes_from_tipdesk_lang_then_the_locale():
    assert i18n.environment_language({"TIPDESK_LANG": "fr", "LANG": "en_GB.UTF-8"}) == "fr"
    assert i18n.environment_language({"LANG": "fr_CM.UTF-8"}) == "fr"
    assert i18n.environment_language({"LC_ALL": "C", "LANG": "fr_FR"}) == "en"  # LC_ALL wins
    assert i18n.environment_language({"LANGUAGE": "de:ar", "LANG": "de_DE"}) == "en"
    assert i18n.environment_language({"TIPDESK_LANG": "sw", "LANGUAGE": "pt:ar"}) == "ar"
    assert i18n.environment_language({}) == "en"


def test_a_cli_error_is_in_french_with_tipdesk_lang(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("TIPDESK_LANG", "fr")
    monkeypatch.setenv("TIPDESK_PASSWORD", "whatever-it-is")
    code = main(["check", "--db", str(tmp_path / "nowhere.tipdesk"), "--user", "amina"])
    err = capsys.readouterr().err
    assert code == 4
    assert err.startswith("tipdesk: Il n'y a pas de base de données à "), err
    assert str(tmp_path / "nowhere.tipdesk") in err


def test_a_cli_usage_error_is_in_french_and_english_without_it(monkeypatch, capsys, db_path):
    monkeypatch.setenv("TIPDESK_LANG", "fr")
    assert main(["check", "--db", str(db_path)]) == 2
    assert "nom d'utilisateur" in capsys.readouterr().err
    monkeypatch.setenv("TIPDESK_LANG", "en")
    assert main(["check", "--db", str(db_path)]) == 2
    assert "give your TIPDesk user name" in capsys.readouterr().err
