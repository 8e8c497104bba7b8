"""Full-text search of case codes, names and aliases (FTS5), and the case's latest screening
outcome kept on the case for fast lists; both kept in step by triggers.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from tipdesk.store import search_schema

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("screening_outcome", sa.String(length=20), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_cases_screening_outcome"), ["screening_outcome"], unique=False
        )
    for statement in search_schema.CREATE + search_schema.POPULATE:
        op.execute(statement)


def downgrade() -> None:
    for statement in search_schema.DROP:
        op.execute(statement)
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_screening_outcome"))
        batch_op.drop_column("screening_outcome")
