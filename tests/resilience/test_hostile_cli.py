"""Hostile command lines: every command of `tipdesk` with odd paths, Unicode, very long values
and missing values. Whatever the arguments, the exit code is one of the contract's (0, 2, 3,
4, 5), standard error holds at most one line, and never a traceback.

The commands and their options are read from the parser itself, so a new command is fuzzed
as soon as it exists.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from tests.resilience.hostile_text import (
    ADMIN,
    PASSWORD,
    hostile_text,
    hypothesis_examples,
    make_office,
)
from tipdesk.cli import build_parser, main
from tipdesk.services import backup, case_import, directory_io
from tipdesk.services import office as office_service

CONTRACT = {0, 2, 3, 4, 5}
SKIPPED = {"selfcheck"}  # it starts a second process to probe Qt: tested on its own


def leaf_commands() -> dict[tuple[str, ...], list[argparse.Action]]:
    """Every command path (("user", "add"), ...) with the arguments it takes."""
    found = {}

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subparsers and path:
            found[path] = [a for a in parser._actions if a.dest != "help"]
        for action in subparsers:
            for name, sub in action.choices.items():
                walk(sub, (*path, name))

    walk(build_parser(), ())
    return {path: actions for path, actions in found.items() if path[0] not in SKIPPED}


COMMANDS = leaf_commands()
ODD_PATHS = [
    "",
    "-",
    ".",
    "/",
    "missing/folder/file.csv",
    "a\x00b.csv",
    "line\nbreak.csv",
    "x" * 5_000 + ".csv",
    "\udcff\udcfe.csv",  # a file name that is not UTF-8, as Linux hands it over
    "عربى ✓ .xlsx",
    "../../../../../../../../etc/passwd",
    "~/office.tipdesk",
]


def sometimes(draw, sensible: list[str], hostile: st.SearchStrategy[str]) -> str:
    """A sensible value three times in four, else a hostile one."""
    if draw(st.integers(0, 3)):
        return draw(st.sampled_from(sensible))
    return draw(hostile)


def value(draw, action: argparse.Action, folder: Path) -> str:
    """A value for `action`: a real file or a sensible word, or something hostile."""
    if action.type is Path or action.dest in ("db", "out", "file", "backup"):
        real = {
            "db": folder / "office.tipdesk",
            "out": folder / "out.pdf",
            "file": folder / "directory.csv",
            "backup": folder / "office.backup",
        }.get(action.dest, folder / "file.csv")
        others = [folder / "cases.csv", folder / "out.xlsx", folder / "out.csv", folder]
        sensible = [str(real)] * 4 + [str(p) for p in others]
        return sometimes(draw, sensible, st.one_of(st.sampled_from(ODD_PATHS), hostile_text()))
    if action.type is int:
        return sometimes(draw, [str(n) for n in range(-2, 25)], hostile_text())
    sensible = {
        "user": [ADMIN, ADMIN.upper(), "nobody"],
        "role": ["officer", "administrator", "focal-point", "admin"],
        "country": ["CMR", "cm", "Cameroon", "Atlantis"],
        "name": ["kofi", ADMIN],
        "referral": ["REF-2026-00001", "1", "0"],
        "period_from": ["2026-01", "2026-13-45"],
        "period_to": ["2026-12", "yesterday"],
        "case": ["CMR-2026-0001", "none"],
    }.get(action.dest, ["Maroua field office"])
    return sometimes(draw, sensible, hostile_text())


@st.composite
def command_lines(draw, folder: Path) -> list[str]:
    """A command and its arguments, each present or not, with a good, odd or missing value."""
    path = draw(st.sampled_from(sorted(COMMANDS)))
    argv = list(path)
    for action in COMMANDS[path]:
        if not action.option_strings:  # a positional argument
            if action.required and draw(st.integers(0, 19)) == 0:
                continue  # forgotten
            argv.append(value(draw, action, folder))
        elif action.required or action.dest in ("db", "user") or draw(st.booleans()):
            argv.append(action.option_strings[0])
            if action.nargs != 0 and draw(st.integers(0, 19)):  # else the value is missing
                argv.append(value(draw, action, folder))
    if draw(st.integers(0, 9)) == 0:
        argv.insert(draw(st.integers(1, len(argv))), draw(hostile_text()))  # a stray word
    return argv


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """An office with a directory file, a case register and a backup beside it."""
    folder = tmp_path_factory.mktemp("cli-template")
    db = make_office(folder)
    directory_io.write_template(folder / "directory.csv")
    case_import.write_template(folder / "cases.csv")
    office = office_service.sign_in(db, ADMIN, PASSWORD)
    backup.make_backup(office, folder / "office.backup")
    office.lock()
    return folder


@hypothesis_examples(150)
@given(data=st.data())
def test_any_command_line_ends_with_a_contract_exit_code_and_one_line(template, capsys, data):
    with tempfile.TemporaryDirectory() as temp, pytest.MonkeyPatch.context() as patch:
        folder = Path(temp)
        shutil.copytree(template, folder, dirs_exist_ok=True)
        argv = data.draw(command_lines(folder), label="argv")
        patch.chdir(folder)  # relative paths land here, never in the working tree
        patch.setattr("tipdesk.store.keyslots.SCRYPT_N", 2**12)
        patch.setenv("HOME", str(folder / "home"))
        patch.setenv("XDG_DATA_HOME", str(folder / "home" / "data"))
        for name in ("TIPDESK_PASSWORD", "TIPDESK_NEW_PASSWORD", "TIPDESK_RECOVERY_CODE"):
            secret = data.draw(st.sampled_from([PASSWORD] * 3) | hostile_text(), label=name)
            if "\x00" not in secret and not any("\ud800" <= c <= "\udfff" for c in secret):
                patch.setenv(name, secret)  # an environment cannot hold the others
        stdin = data.draw(st.sampled_from([PASSWORD] * 3) | hostile_text(), label="stdin")
        patch.setattr(sys, "stdin", io.StringIO(stdin + "\n"))
        capsys.readouterr()
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse: usage problems, --help
            code = exit_.code
        out, err = capsys.readouterr()
    event(f"exit code {code}")
    assert code in CONTRACT, (code, err)
    assert "Traceback" not in err and "Traceback" not in out
    assert err.count("\n") <= 1 and (not err or err.endswith("\n")), err
    assert os.getcwd() != temp


@pytest.mark.parametrize(
    "argv",
    [
        ["restore", "--db", "", "--user", ADMIN, "{folder}/office.backup"],  # found by hypothesis
        ["check", "--db", ".", "--user", ADMIN],
        ["directory", "import", "/", "--db", "{folder}/office.tipdesk", "--user", ADMIN],
        [
            "backup",
            "--out",
            "{folder}/" + "x" * 5_000,
            "--db",
            "{folder}/office.tipdesk",
            "--user",
            ADMIN,
        ],
    ],
)
def test_paths_that_name_no_file_are_refused_in_one_line(template, capsys, monkeypatch, argv):
    monkeypatch.setenv("TIPDESK_PASSWORD", PASSWORD)
    monkeypatch.chdir(template)
    code = main([a.replace("{folder}", str(template)) for a in argv])
    err = capsys.readouterr().err
    assert code in (2, 4) and err.count("\n") == 1, err
