"""Self-determination: what the person wants, declines or already receives, per sector."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tipdesk.models.base import Base
from tipdesk.models.case import Case


class Need(Base):
    """The person's decision about one sector's services."""

    __tablename__ = "needs"
    __table_args__ = (UniqueConstraint("case_id", "sector"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    sector: Mapped[str] = mapped_column(String(30))  # vocab.SECTORS
    status: Mapped[str] = mapped_column(String(20))  # vocab.NEED_STATUS
    details: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="needs")
