"""The referral queue, whole or by status, reads an index in its order (dated referrals
first, soonest first, then newest) instead of sorting every referral for every page.

Revision ID: 0005
Revises: 0004
"""

from alembic import op
from sqlalchemy import text

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

QUEUE_ORDER = [text("(due_on IS NULL)"), "due_on", text("id DESC")]


def upgrade() -> None:
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index("ix_referrals_status")
        batch_op.create_index("ix_referrals_queue", QUEUE_ORDER)
        batch_op.create_index("ix_referrals_status_queue", ["status", *QUEUE_ORDER])


def downgrade() -> None:
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index("ix_referrals_status_queue")
        batch_op.drop_index("ix_referrals_queue")
        batch_op.create_index("ix_referrals_status", ["status"])
