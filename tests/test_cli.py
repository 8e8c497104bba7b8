"""The `tipdesk` command: exit codes, one-line errors, passwords from env, stdin or prompt."""

import io
import os
import re
import subprocess
import sys

import pytest

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.helpers import file_hashes
from tipdesk import __version__
from tipdesk.cli import main
from tipdesk.store.keyslots import keys_path_for


def run(argv, capsys, password=ADMIN_PASSWORD, stdin=None, monkeypatch=None, **env):
    if password is not None:
        monkeypatch.setenv("TIPDESK_PASSWORD", password)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err):
    assert err.count("\n") == 1 and err.startswith("tipdesk: ")
    assert "Traceback" not in err


def test_init_then_check(tmp_path, capsys, monkeypatch):
    db = tmp_path / "office.tipdesk"
    code, out, err = run(
        ["init", "--db", db, "--user", ADMIN, "--office", "Maroua field office", "--country", "cm"],
        capsys,
        monkeypatch=monkeypatch,
    )
    assert code == 0, err
    recovery = re.search(r"RECOVERY CODE \(shown only this once\): (\S+)", out).group(1)
    assert out.count(recovery) == 1 and "office safe" in out
    assert "Maroua field office (Cameroon)" in out
    code, out, err = run(["check", "--db", db, "--user", ADMIN], capsys, monkeypatch=monkeypatch)
    assert code == 0 and out.startswith("OK: Maroua field office (CMR), 1 user, 0 cases")
    code, out, err = run(
        ["user", "recover", ADMIN, "--db", db],
        capsys,
        None,
        monkeypatch=monkeypatch,
        TIPDESK_RECOVERY_CODE=recovery,
        TIPDESK_NEW_PASSWORD="a new admin phrase 9",
    )
    assert code == 0, err


def test_password_from_stdin(new_office, db_path, capsys, monkeypatch):
    code, out, _ = run(
        ["check", "--db", db_path, "--user", ADMIN, "--password-stdin"],
        capsys,
        None,
        stdin=ADMIN_PASSWORD + "\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0 and out.startswith("OK:")


def test_no_password_and_no_terminal_is_a_usage_error(new_office, db_path, capsys, monkeypatch):
    code, _, err = run(
        ["check", "--db", db_path, "--user", ADMIN], capsys, None, stdin="", monkeypatch=monkeypatch
    )
    assert code == 2 and "TIPDESK_PASSWORD" in err
    assert_one_line_error(err)


@pytest.mark.parametrize(
    "spoil, code, words",
    [
        ("wrong-password", 3, "Wrong user name or password"),
        ("missing-db", 4, "There is no database"),
        ("missing-keys", 4, "is missing"),
        ("damaged-keys", 5, "is damaged"),
        ("corrupt-page", 5, "FAILED: "),
    ],
)
def test_check_failures_exit_codes_and_untouched_files(
    new_office, db_path, capsys, monkeypatch, spoil, code, words
):
    keys = keys_path_for(db_path)
    password = ADMIN_PASSWORD
    if spoil == "wrong-password":
        password = "wrong password here"
    elif spoil == "missing-db":
        db_path.unlink()
    elif spoil == "missing-keys":
        keys.unlink()
    elif spoil == "damaged-keys":
        keys.write_text("{}")
    elif spoil == "corrupt-page":
        data = bytearray(db_path.read_bytes())
        data[4096 * 5 + 200 : 4096 * 5 + 260] = os.urandom(60)
        db_path.write_bytes(bytes(data))
    before = file_hashes(db_path, keys)
    result, out, err = run(
        ["check", "--db", db_path, "--user", ADMIN], capsys, password, monkeypatch=monkeypatch
    )
    assert result == code
    assert words in (out + err)
    if err:
        assert_one_line_error(err)
    assert file_hashes(db_path, keys) == before


def test_unknown_command_exits_2(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["frobnicate"])
    assert caught.value.code == 2
    assert_one_line_error(capsys.readouterr().err)


def test_user_commands(new_office, db_path, capsys, monkeypatch):
    base = ["--db", db_path, "--user", ADMIN]
    code, out, err = run(
        ["user", "add", "fatou", "--role", "officer", "--display-name", "Fatou Diallo", *base],
        capsys,
        monkeypatch=monkeypatch,
        TIPDESK_NEW_PASSWORD="temporary phrase 42",
    )
    assert code == 0 and "must change the password" in out
    code, out, _ = run(["user", "list", *base], capsys, monkeypatch=monkeypatch)
    assert re.search(r"fatou\s+officer\s+active\s+never\s+Fatou Diallo", out)
    fatou = ["--db", db_path, "--user", "fatou"]
    code, _, err = run(["check", *fatou], capsys, "temporary phrase 42", monkeypatch=monkeypatch)
    assert code == 0  # check is read-only and allowed
    code, _, err = run(
        ["user", "list", *fatou], capsys, "temporary phrase 42", monkeypatch=monkeypatch
    )
    assert code == 3 and "change it first" in err
    code, out, err = run(
        ["user", "passwd", *fatou, "--password-stdin", "--new-password-stdin"],
        capsys,
        None,
        stdin="temporary phrase 42\nher own long phrase\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0 and "changed" in out
    code, _, err = run(
        ["user", "add", "eve", "--role", "administrator", *fatou],
        capsys,
        "her own long phrase",
        monkeypatch=monkeypatch,
        TIPDESK_NEW_PASSWORD="sneaky phrase 1234",
    )
    assert code == 3 and "may not manage user accounts" in err
    code, out, _ = run(["user", "disable", "fatou", *base], capsys, monkeypatch=monkeypatch)
    assert code == 0
    code, _, err = run(["check", *fatou], capsys, "her own long phrase", monkeypatch=monkeypatch)
    assert code == 3
    code, _, err = run(
        ["user", "add", "x", "--role", "chief", *base],
        capsys,
        monkeypatch=monkeypatch,
        TIPDESK_NEW_PASSWORD="temporary phrase 42",
    )
    assert code == 4 and "is not a role" in err


def test_installed_command_runs_with_the_real_key_derivation(tmp_path):
    """The entry point as a user runs it: a separate process, the shipped scrypt cost."""
    db = tmp_path / "office.tipdesk"
    env = dict(os.environ, TIPDESK_PASSWORD=ADMIN_PASSWORD)
    tipdesk = [sys.executable, "-m", "tipdesk"]
    version = subprocess.run([*tipdesk, "--version"], capture_output=True, text=True)
    assert version.stdout.strip() == f"TIPDesk {__version__}"
    made = subprocess.run(
        [*tipdesk, "init", "--db", str(db), "--user", ADMIN, "--office", "Bo", "--country", "LBR"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert made.returncode == 0, made.stderr
    checked = subprocess.run(
        [*tipdesk, "check", "--db", str(db), "--user", ADMIN],
        capture_output=True,
        text=True,
        env=env,
    )
    assert checked.returncode == 0 and checked.stdout.startswith("OK: Bo (LBR)")
    assert checked.stderr == ""  # SQLCipher's own logging is silenced
    wrong = subprocess.run(
        [*tipdesk, "check", "--db", str(db), "--user", ADMIN],
        capture_output=True,
        text=True,
        env=dict(env, TIPDESK_PASSWORD="not it at all"),
    )
    assert wrong.returncode == 3 and wrong.stderr.count("\n") == 1


def test_backup_restore_rotate_and_purge_commands(
    new_office, db_path, tmp_path, capsys, monkeypatch
):
    base = ["--db", db_path, "--user", ADMIN]
    out_file = tmp_path / "b.tipdesk-backup"
    code, out, err = run(["backup", "--out", out_file, *base], capsys, monkeypatch=monkeypatch)
    assert code == 0 and f"verified: {out_file} (0 cases, 1 user)." in out, err
    code, _, err = run(["backup", "--out", out_file, *base], capsys, monkeypatch=monkeypatch)
    assert code == 4 and "already exists" in err
    code, _, err = run(["restore", out_file, *base], capsys, monkeypatch=monkeypatch)
    assert code == 4 and "--force" in err
    code, out, err = run(["restore", out_file, "--force", *base], capsys, monkeypatch=monkeypatch)
    assert code == 0 and "Restored 0 cases to" in out and "kept as" in out, err
    code, out, err = run(["rotate-key", *base], capsys, monkeypatch=monkeypatch)
    assert code == 0 and "new key" in out, err
    code, out, err = run(["purge", *base], capsys, monkeypatch=monkeypatch)
    assert code == 0 and "0 closed cases are past the retention period" in out
    code, _, err = run(["purge", "--case", "CMR-2020-0001", *base], capsys, monkeypatch=monkeypatch)
    assert code == 4 and "no case CMR-2020-0001" in err
    code, out, _ = run(["check", *base], capsys, monkeypatch=monkeypatch)
    assert code == 0 and out.startswith("OK:")


def test_cases_template_and_import(new_office, db_path, tmp_path, capsys, monkeypatch):
    base = ["--db", db_path, "--user", ADMIN]
    template = tmp_path / "cases.csv"
    code, out, _ = run(["cases", "template", template], capsys, None, monkeypatch=monkeypatch)
    assert code == 0 and template.exists()
    code, out, err = run(["cases", "import", template, *base], capsys, monkeypatch=monkeypatch)
    assert code == 0 and "Imported 1 case (CMR-2026-0001" in out, err
    code, out, err = run(["cases", "import", template, *base], capsys, monkeypatch=monkeypatch)
    assert code == 4 and "row 2, column names" in out and "Nothing was imported" in err
    assert_one_line_error(err)


def test_directory_commands(new_office, db_path, tmp_path, capsys, monkeypatch):
    from tipdesk.paths import resource_path

    base = ["--db", db_path, "--user", ADMIN]
    code, out, err = run(
        ["directory", "import", resource_path("sample_directory.csv"), *base],
        capsys,
        monkeypatch=monkeypatch,
    )
    assert code == 0 and "48 added" in out, err
    exported = tmp_path / "dir.xlsx"
    code, out, _ = run(["directory", "export", exported, *base], capsys, monkeypatch=monkeypatch)
    assert code == 0 and "Exported 48 services" in out
    code, out, _ = run(
        ["directory", "import", exported, "--replace", *base], capsys, monkeypatch=monkeypatch
    )
    assert code == 0 and "0 added, 0 updated, 48 unchanged, 0 removed" in out
    bad = tmp_path / "bad.csv"
    bad.write_text("organisation,sector\nX,circus\n", encoding="utf-8")
    code, out, err = run(["directory", "import", bad, *base], capsys, monkeypatch=monkeypatch)
    assert code == 4 and "column service_type" in out and "Nothing was imported" in err
