"""The case list's filters by status and by officer read an index in registration order.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_status")
        batch_op.drop_index("ix_cases_assigned_officer_id")
        batch_op.create_index("ix_cases_status_registered", ["status", "registration_date"])
        batch_op.create_index(
            "ix_cases_officer_registered", ["assigned_officer_id", "registration_date"]
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_officer_registered")
        batch_op.drop_index("ix_cases_status_registered")
        batch_op.create_index("ix_cases_assigned_officer_id", ["assigned_officer_id"])
        batch_op.create_index("ix_cases_status", ["status"])
