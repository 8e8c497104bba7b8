"""Schema objects that SQLAlchemy models do not describe: the full-text index of case codes,
names and aliases (SQLite FTS5, inside the encrypted database) and the triggers that keep it,
and the case's latest screening outcome, in step with every insert, change and purge.

Used by the migration that introduced them and by the creation of a new database, so both
paths build exactly the same thing.
"""

from __future__ import annotations

import re

FTS_TABLE = "case_search"
FTS_SHADOW_TABLES = {
    FTS_TABLE,
    f"{FTS_TABLE}_data",
    f"{FTS_TABLE}_idx",
    f"{FTS_TABLE}_content",
    f"{FTS_TABLE}_docsize",
    f"{FTS_TABLE}_config",
}

CREATE = [
    # remove_diacritics 2: "Aissa" finds "Aïssa"; rowid is the case id.
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(code, names, aliases, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    f"""CREATE TRIGGER case_search_case_insert AFTER INSERT ON cases BEGIN
        INSERT INTO {FTS_TABLE}(rowid, code, names, aliases) VALUES (new.id, new.code, '', '');
    END""",
    f"""CREATE TRIGGER case_search_case_delete AFTER DELETE ON cases BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER case_search_identity_insert AFTER INSERT ON person_identities BEGIN
        UPDATE {FTS_TABLE} SET
            names = trim(coalesce(new.given_names, '') || ' ' || coalesce(new.family_name, '')),
            aliases = coalesce(new.aliases, '')
        WHERE rowid = new.case_id;
    END""",
    f"""CREATE TRIGGER case_search_identity_update AFTER UPDATE ON person_identities BEGIN
        UPDATE {FTS_TABLE} SET
            names = trim(coalesce(new.given_names, '') || ' ' || coalesce(new.family_name, '')),
            aliases = coalesce(new.aliases, '')
        WHERE rowid = new.case_id;
    END""",
    f"""CREATE TRIGGER case_search_identity_delete AFTER DELETE ON person_identities BEGIN
        UPDATE {FTS_TABLE} SET names = '', aliases = '' WHERE rowid = old.case_id;
    END""",
    """CREATE TRIGGER case_latest_screening AFTER INSERT ON screenings BEGIN
        UPDATE cases SET screening_outcome = new.outcome WHERE id = new.case_id;
    END""",
    """CREATE TRIGGER case_latest_screening_update AFTER UPDATE OF outcome ON screenings
    WHEN new.id = (SELECT max(id) FROM screenings WHERE case_id = new.case_id) BEGIN
        UPDATE cases SET screening_outcome = new.outcome WHERE id = new.case_id;
    END""",
]

POPULATE = [
    f"""INSERT INTO {FTS_TABLE}(rowid, code, names, aliases)
        SELECT cases.id, cases.code,
               trim(coalesce(given_names, '') || ' ' || coalesce(family_name, '')),
               coalesce(aliases, '')
        FROM cases LEFT JOIN person_identities ON person_identities.case_id = cases.id""",
    """UPDATE cases SET screening_outcome = (
        SELECT outcome FROM screenings WHERE screenings.case_id = cases.id
        ORDER BY screenings.id DESC LIMIT 1)""",
]

DROP = [
    "DROP TRIGGER IF EXISTS case_latest_screening_update",
    "DROP TRIGGER IF EXISTS case_latest_screening",
    "DROP TRIGGER IF EXISTS case_search_identity_delete",
    "DROP TRIGGER IF EXISTS case_search_identity_update",
    "DROP TRIGGER IF EXISTS case_search_identity_insert",
    "DROP TRIGGER IF EXISTS case_search_case_delete",
    "DROP TRIGGER IF EXISTS case_search_case_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
]


def fts_query(text: str) -> str | None:
    """An FTS5 query matching every word of `text` as a prefix ("aïs dia" -> aïs* AND dia*).

    Words are split the way the index splits them, on anything but letters and digits, so
    "Al-Hassan" and "N'Diaye" find what was stored."""
    words = re.findall(r"[^\W_]+", text)
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


# Rows where the index disagrees with the tables it mirrors: a case missing from the index or
# indexed under other words, or an index row left behind by a deleted case.
_OUT_OF_STEP = f"""
    SELECT count(*) FROM cases
    LEFT JOIN person_identities ON person_identities.case_id = cases.id
    LEFT JOIN {FTS_TABLE} ON {FTS_TABLE}.rowid = cases.id
    WHERE {FTS_TABLE}.rowid IS NULL OR {FTS_TABLE}.code IS NOT cases.code
       OR {FTS_TABLE}.names IS NOT trim(coalesce(person_identities.given_names, '') || ' ' ||
                                         coalesce(person_identities.family_name, ''))
       OR {FTS_TABLE}.aliases IS NOT coalesce(person_identities.aliases, '')
    UNION ALL
    SELECT count(*) FROM {FTS_TABLE} WHERE rowid NOT IN (SELECT id FROM cases)
"""


def index_problems(connection) -> list[str]:
    """What is wrong with the search index (empty when it is in step): FTS5's own check of
    its index, then a comparison with the cases and identities it mirrors. `connection` is a
    DB-API connection to the unlocked database."""
    problems = []
    try:
        connection.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')")
    except Exception as exc:  # the driver's DatabaseError: the index is corrupt
        problems.append(f"the search index is damaged ({exc})")
    missing, orphans = (row[0] for row in connection.execute(_OUT_OF_STEP).fetchall())
    if missing:
        problems.append(f"{missing} cases are missing from the search index or out of date")
    if orphans:
        problems.append(f"{orphans} search index entries belong to no case")
    return problems


def rebuild_index(connection) -> None:
    """Rebuild the search index from the tables (after `index_problems` found something)."""
    connection.execute(f"DELETE FROM {FTS_TABLE}")
    connection.execute(POPULATE[0])
