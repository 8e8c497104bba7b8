"""The five operations the kill harness interrupts, and what each must leave behind.

Each operation sets up its own office, runs step after step in a child process that is killed
at a random moment, and then checks, as a freshly started TIPDesk would, that every step the
child had reported done is intact and that no step is half applied. `acked` holds the steps
reported done in the last child, as (index, what the step returned); `in_flight` the index of
the step the kill interrupted, if any.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import select

from tests.resilience.crash_office import (
    ADMIN,
    OFFICER,
    OFFICER_PASSWORD,
    PASSWORD,
    audited_refs,
    case_digest,
    cases_and_digests,
    check_integrity,
    expect,
    new_office,
    open_as_new_process,
    registration,
    restore_and_check,
)
from tipdesk.models import Service
from tipdesk.services import office as office_service
from tipdesk.services.backup import make_backup
from tipdesk.services.case_import import COLUMNS as CASE_COLUMNS
from tipdesk.services.case_import import import_register, parse_register
from tipdesk.services.case_registration import build_case, register_case
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.directory import ServiceRecord
from tipdesk.services.directory_io import COLUMNS as DIRECTORY_COLUMNS
from tipdesk.services.directory_io import import_directory, row_of
from tipdesk.services.key_rotation import rotate_database_key
from tipdesk.services.tabular import write_table
from tipdesk.store.keyslots import key_id

Acked = list[tuple[int, str]]


class Operation:
    """One kind of work the harness interrupts; subclasses fill in the three steps."""

    name = ""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = folder / "office.tipdesk"
        self.next_index = 1  # the index of the next step a child performs

    def setup(self) -> None:
        """Create the office (and files) the steps work on."""
        self.recovery_code = new_office(self.folder)

    def sign_in(self) -> UnlockedOffice:
        return office_service.sign_in(self.db, ADMIN, PASSWORD)

    def step(self, office: UnlockedOffice, index: int) -> tuple[UnlockedOffice, str]:
        """Perform step `index`; return the office to go on with and a note for the ack."""
        raise NotImplementedError

    def verify(self, acked: Acked, in_flight: int | None) -> None:
        """Check what the kill left (raises CrashDamage); remember where the next child starts."""
        raise NotImplementedError


class CaseSave(Operation):
    """register_case, one case a step: saved whole with every row, or not at all."""

    name = "case-save"

    def step(self, office, index):
        return office, register_case(office, registration(index))

    def verify(self, acked, in_flight):
        check_integrity(self.db)
        office, _ = open_as_new_process(self.db)
        try:
            stored = cases_and_digests(office)
            created = audited_refs(office, "case.create")
        finally:
            office.lock()
        numbers = {}
        for code, digest in stored.items():
            n = int(digest[4][0].split()[-1])
            numbers[code] = n
            wanted = case_digest(build_case(registration(n), code, None))
            expect(digest == wanted, f"case {code} is not what was saved: {digest} != {wanted}")
        for index, code in acked:
            expect(numbers.get(code) == index, f"case {code}, reported saved, is missing")
        done = {index for index, _ in acked} | {in_flight}
        for code, n in numbers.items():
            expect(n < self.next_index or n in done, f"case {code} was never saved (n={n})")
        expect(sorted(created) == sorted(stored), "case.create events differ from the cases")
        self.next_index = max(numbers.values(), default=0) + 1


REGISTER_ROWS = 20


class CaseImport(Operation):
    """import_register of a 20-row file, again and again: every row of a file, or none."""

    name = "case-import"

    def setup(self):
        super().setup()
        self.register = self.folder / "register.csv"
        rows = []
        for r in range(REGISTER_ROWS):
            cells = {
                "registration_date": "2026-10-01",
                "sex": "female" if r % 2 else "male",
                "age": str(19 + r),
                "given_names": f"Imported {r}",
                "family_name": "Register",
                "consent_register": "yes",
                "consent_statistics": "yes",
                "acts": "recruitment; transportation",
                "means": "deception",
                "purposes": "forced-labour",
                "forms_of_exploitation": "forced-labour",
                "trafficked_where": "abroad",
                "needs": "health: wants; shelter-nfi: declines",
            }
            rows.append([cells.get(name, "") for name in CASE_COLUMNS])
        write_table(self.register, list(CASE_COLUMNS), rows)
        registrations, _, problems = parse_register(self.register)
        assert not problems, problems
        self.expected = {}
        for reg in registrations:
            digest = case_digest(build_case(reg, "", None))
            self.expected[digest[4][0]] = digest
        self.batches = 0

    def step(self, office, index):
        result = import_register(office, self.register, allow_duplicates=True)
        return office, result.codes[0]

    def verify(self, acked, in_flight):
        check_integrity(self.db)
        office, _ = open_as_new_process(self.db)
        try:
            stored = cases_and_digests(office)
            imported = audited_refs(office, "case.import")
        finally:
            office.lock()
        expect(len(stored) % REGISTER_ROWS == 0, f"{len(stored)} cases: an import is half done")
        expect(sorted(imported) == sorted(stored), "case.import events differ from the cases")
        batches = len(stored) // REGISTER_ROWS
        expect(batches >= self.batches + len(acked), "an import reported done is missing")
        expect(batches <= self.batches + len(acked) + (in_flight is not None), "a phantom import")
        names = Counter(digest[4][0] for digest in stored.values())
        expect(set(names.values()) <= {batches}, f"rows imported unevenly: {names}")
        for code, digest in stored.items():
            expect(digest == self.expected[digest[4][0]], f"case {code} differs from its row")
        self.batches = batches
        self.next_index = batches + 1


def _service(ref: str, phone: str) -> ServiceRecord:
    return ServiceRecord(
        ref=ref,
        organisation=f"Harness organisation {ref}",
        organisation_type="ngo",
        sector="health",
        service_type="Medical care",
        admin1="Far North",
        site="Maroua",
        phone=phone,
    )


# Step i imports file i % 3: A with --replace, B added on top, C with --replace.
A = {f"SVC-A{n:03d}": f"600 100 {n:03d}" for n in range(1, 31)}
B = {f"SVC-B{n:03d}": f"600 200 {n:03d}" for n in range(1, 31)}
B.update({f"SVC-A{n:03d}": f"600 300 {n:03d}" for n in range(1, 11)})
C = {f"SVC-A{n:03d}": f"600 400 {n:03d}" for n in range(1, 16)}
C.update({f"SVC-C{n:03d}": f"600 500 {n:03d}" for n in range(1, 11)})
DIRECTORY_FILES = [(A, True), (B, False), (C, True)]
DIRECTORY_STATES = [dict(A), {**A, **B}, dict(C)]


class DirectoryImport(Operation):
    """import_directory of three files in turn (two with --replace): a whole file, or none."""

    name = "directory-import"

    def setup(self):
        super().setup()
        self.files = []
        for n, (services, _) in enumerate(DIRECTORY_FILES):
            path = self.folder / f"directory-{n}.csv"
            rows = [row_of(_service(ref, phone)) for ref, phone in sorted(services.items())]
            write_table(path, DIRECTORY_COLUMNS, rows)
            self.files.append(path)
        office = self.sign_in()
        try:
            self.step(office, 0)
        finally:
            office.lock()
        self.committed = 1  # imports applied so far; step i imports file i % 3

    def step(self, office, index):
        services, replace = DIRECTORY_FILES[index % 3]
        result = import_directory(office, self.files[index % 3], replace=replace)
        return office, f"{result.added}+{result.updated}-{result.removed}"

    def verify(self, acked, in_flight):
        check_integrity(self.db)
        office, _ = open_as_new_process(self.db)
        try:
            with office.reading() as s:
                state = {svc.ref: svc.phone for svc in s.scalars(select(Service))}
            committed = len(audited_refs(office, "directory.import"))
        finally:
            office.lock()
        expect(committed >= self.committed + len(acked), "an import reported done is missing")
        expect(committed <= self.committed + len(acked) + (in_flight is not None), "phantom")
        expect(
            state == DIRECTORY_STATES[(committed - 1) % 3],
            f"the directory after {committed} imports is not file {(committed - 1) % 3}'s",
        )
        self.committed = self.next_index = committed


BACKUP_CASES = 4


class Backup(Operation):
    """make_backup to a new file each step: a complete, restorable backup, or no file."""

    name = "backup"

    def setup(self):
        super().setup()
        office = self.sign_in()
        try:
            for n in range(BACKUP_CASES):
                register_case(office, registration(n))
        finally:
            office.lock()
        self.backups = self.folder / "backups"
        self.backups.mkdir()
        self.checked: set[str] = set()

    def path(self, index: int) -> Path:
        return self.backups / f"backup-{index:04d}.tipdesk-backup"

    def step(self, office, index):
        return office, make_backup(office, self.path(index)).path.name

    def verify(self, acked, in_flight):
        expect(check_integrity(self.db) == BACKUP_CASES, "cases lost while backing up")
        visible = {p.name for p in self.backups.iterdir() if not p.name.startswith(".")}
        for _, name in acked:
            expect(name in visible, f"backup {name}, reported done, is missing")
        allowed = self.checked | {name for _, name in acked}
        if in_flight is not None:
            allowed.add(self.path(in_flight).name)
        expect(visible <= allowed, f"unexpected files where backups go: {visible - allowed}")
        for name in sorted(visible - self.checked):
            restore_and_check(self.backups / name, self.folder / "restored", BACKUP_CASES)
            self.checked.add(name)
        last = max([index for index, _ in acked] + [in_flight or 0, self.next_index - 1])
        self.next_index = last + 1


class KeyRotation(Operation):
    """rotate_database_key again and again: the office opens afterwards, under the old key or
    the new, for every account and the recovery code; a backup made before still restores."""

    name = "key-rotation"

    def setup(self):
        super().setup()
        office = self.sign_in()
        try:
            for n in range(BACKUP_CASES):
                register_case(office, registration(n))
            self.key = key_id(office.database_key())
            self.old_backup = make_backup(office, self.folder / "before-rotation.backup").path
        finally:
            office.lock()
        self.checks = 0

    def step(self, office, index):
        office = rotate_database_key(office)
        return office, key_id(office.database_key())

    def verify(self, acked, in_flight):
        expect(check_integrity(self.db) == BACKUP_CASES, "cases lost in a key rotation")
        office, keys = open_as_new_process(self.db)
        opened_with = key_id(office.database_key())
        office.lock()
        expect(keys in (1, 2), f"{keys} database keys in the administrator's slot")
        for username, secret in ((OFFICER, OFFICER_PASSWORD), (None, self.recovery_code)):
            other, _ = open_as_new_process(self.db, username, secret)
            other.lock()
        earlier = {self.key} | {kid for _, kid in acked}
        last = acked[-1][1] if acked else self.key
        expect(
            opened_with == last or (in_flight is not None and opened_with not in earlier),
            "the database went back to a key of a rotation that had been superseded",
        )
        self.key = opened_with
        self.next_index += len(acked) + (in_flight is not None)
        self.checks += 1
        if self.checks % 5 == 1:  # restoring takes a while; the old backup never changes
            restore_and_check(self.old_backup, self.folder / "restored", BACKUP_CASES)


OPERATIONS = [CaseSave, CaseImport, DirectoryImport, Backup, KeyRotation]
