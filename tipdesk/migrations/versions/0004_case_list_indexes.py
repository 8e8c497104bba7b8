"""The case list, unfiltered or filtered by status or by officer, reads an index in its
order (registration date, then id) that also holds what decides who may see a case, so it
counts without reading the table.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

VISIBILITY = ["sensitivity", "assigned_officer_id"]


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_registration_date")
        batch_op.drop_index("ix_cases_status")
        batch_op.drop_index("ix_cases_assigned_officer_id")
        batch_op.create_index("ix_cases_registered", ["registration_date", "id", *VISIBILITY])
        batch_op.create_index(
            "ix_cases_status_registered", ["status", "registration_date", "id", *VISIBILITY]
        )
        batch_op.create_index(
            "ix_cases_officer_registered",
            ["assigned_officer_id", "registration_date", "id", "sensitivity"],
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_officer_registered")
        batch_op.drop_index("ix_cases_status_registered")
        batch_op.drop_index("ix_cases_registered")
        batch_op.create_index("ix_cases_assigned_officer_id", ["assigned_officer_id"])
        batch_op.create_index("ix_cases_status", ["status"])
        batch_op.create_index("ix_cases_registration_date", ["registration_date"])
