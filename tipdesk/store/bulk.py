"""Bulk insertion of new ORM object graphs, one executemany per table.

The unit of work tracks every attribute of every object, which costs milliseconds per case.
Generating 100,000 demo cases cannot afford that, yet the mapping from a registration to rows
must stay in one place (`build_case`). So demo generation builds the same ORM objects and hands
them here in two steps:

- `collect_rows` reads the rows from the objects, numbering new rows 1, 2, 3... per table and
  copying those numbers into the foreign keys along the relationships. The result is plain data
  (it can be built in another process).
- `insert_rows` moves those numbers after the largest key already in each table, then writes
  each table with one INSERT and many parameter sets (column defaults still apply).

The objects never join the session. Only for new rows written inside one write transaction
(`UnlockedOffice.writing()`), so that no one else allocates keys meanwhile.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import MetaData, func, insert, inspect, select
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.interfaces import MANYTOONE

Rows = dict[str, list[dict]]  # table name -> rows with keys numbered from 1


def collect_rows(roots: Iterable[object]) -> Rows:
    """The rows of `roots` and of everything they own (one-to-many and one-to-one children).
    The objects must be new (no keys yet); objects they merely point at (a user, a service)
    must be stored ones of tables that the graphs do not add to, and carry their keys."""
    rows: Rows = defaultdict(list)
    for root in roots:
        _collect(root, rows)
    return dict(rows)


def insert_rows(session: Session, metadata: MetaData, rows: Rows) -> int:
    """Insert rows from `collect_rows` after the existing ones; returns how many were written.
    The rows' keys are changed in place to the keys they were stored under."""
    shift = {}
    for name in rows:
        serial = metadata.tables[name].autoincrement_column
        if serial is not None:
            shift[name] = session.scalar(select(func.max(serial))) or 0
    written = 0
    for table in metadata.sorted_tables:
        groups: dict[frozenset, list[dict]] = defaultdict(list)
        moved = [
            (fk.parent.key, shift[fk.column.table.name])
            for fk in table.foreign_keys
            if fk.column.table.name in shift
        ]
        serial = table.autoincrement_column
        for row in rows.get(table.name, []):
            if serial is not None:
                row[serial.key] += shift[table.name]
            for key, by in moved:
                if row.get(key) is not None:
                    row[key] += by
            groups[frozenset(row)].append(row)
        for group in groups.values():
            session.execute(insert(table), group)
            written += len(group)
    return written


def _collect(obj: object, rows: Rows) -> None:
    state = inspect(obj)
    mapper: Mapper = state.mapper
    table = mapper.local_table
    values = state.dict
    row: dict = {}
    for relation in mapper.relationships:
        target = values.get(relation.key)
        if relation.direction is MANYTOONE and target is not None:
            target_mapper = inspect(target).mapper
            for local, remote in relation.local_remote_pairs:
                row[local.key] = getattr(target, target_mapper.get_property_by_column(remote).key)
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if column.key in row or prop.key not in values:
            continue  # unset: the column's default applies, as with the unit of work
        value = values[prop.key]
        if value is not None or column.type.should_evaluate_none:  # JSON stores null
            row[column.key] = value
    serial = table.autoincrement_column
    if serial is not None and serial.key not in row:
        row[serial.key] = len(rows[table.name]) + 1
        values[mapper.get_property_by_column(serial).key] = row[serial.key]  # for children
    rows[table.name].append(row)
    for relation in mapper.relationships:
        if relation.direction is MANYTOONE or relation.key not in values:
            continue
        children = values[relation.key]
        for child in children if relation.uselist else [children]:
            if child is not None:
                _collect(child, rows)
