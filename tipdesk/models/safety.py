"""Do no harm: the safety assessment made before anything else, and any urgent action."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tipdesk.models.base import Base, utcnow
from tipdesk.models.case import Case


class SafetyAssessment(Base):
    """Answers to the do-no-harm questions, with the safety plan and urgent action taken."""

    __tablename__ = "safety_assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    assessed_at: Mapped[datetime] = mapped_column(default=utcnow)
    immediate_danger: Mapped[bool] = mapped_column(default=False)
    exploiter_nearby: Mapped[bool] = mapped_column(default=False)
    private_space: Mapped[bool] = mapped_column(default=True)
    urgent_medical_need: Mapped[bool] = mapped_column(default=False)
    retaliation_risk: Mapped[bool] = mapped_column(default=False)
    safe_to_contact_later: Mapped[bool] = mapped_column(default=True)
    urgent_action_alerted: Mapped[str | None] = mapped_column(Text)
    urgent_action_taken: Mapped[str | None] = mapped_column(Text)
    safety_plan: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="safety_assessments")
