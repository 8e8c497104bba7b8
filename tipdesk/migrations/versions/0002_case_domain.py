"""The case domain: cases, person, consent, safety, screening, needs, directory, referrals,
follow-ups, notes and drafts.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("acronym", sa.String(length=40), nullable=True),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("contact", sa.String(length=400), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("name", name=op.f("uq_organisations_name")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("registration_date", sa.Date(), nullable=False),
        sa.Column("assigned_officer_id", sa.Integer(), nullable=True),
        sa.Column("sensitivity", sa.String(length=20), nullable=False),
        sa.Column("anonymous_contact", sa.Boolean(), nullable=False),
        sa.Column("prior_pathway", sa.String(length=20), nullable=False),
        sa.Column("closure_reason", sa.String(length=30), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("next_follow_up_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_officer_id"],
            ["users.id"],
            name=op.f("fk_cases_assigned_officer_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_cases_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("code", name=op.f("uq_cases_code")),
    )
    op.create_index(
        op.f("ix_cases_assigned_officer_id"), "cases", ["assigned_officer_id"], unique=False
    )
    op.create_index(
        op.f("ix_cases_next_follow_up_on"), "cases", ["next_follow_up_on"], unique=False
    )
    op.create_index(
        op.f("ix_cases_registration_date"), "cases", ["registration_date"], unique=False
    )
    op.create_index(op.f("ix_cases_status"), "cases", ["status"], unique=False)
    op.create_table(
        "services",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=20), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("sector", sa.String(length=30), nullable=False),
        sa.Column("service_type", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("admin1", sa.String(length=100), nullable=True),
        sa.Column("admin2", sa.String(length=100), nullable=True),
        sa.Column("site", sa.String(length=100), nullable=True),
        sa.Column("address", sa.String(length=400), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("focal_point", sa.String(length=200), nullable=True),
        sa.Column("opening_hours", sa.String(length=200), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("age_groups", sa.JSON(), nullable=False),
        sa.Column("sexes", sa.JSON(), nullable=False),
        sa.Column("nationality_statuses", sa.JSON(), nullable=False),
        sa.Column("disability_accessible", sa.Boolean(), nullable=False),
        sa.Column("accepts_trafficking_cases", sa.Boolean(), nullable=False),
        sa.Column("free_of_charge", sa.Boolean(), nullable=False),
        sa.Column("referral_procedure", sa.Text(), nullable=True),
        sa.Column("last_verified_on", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_services_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_services")),
        sa.UniqueConstraint("ref", name=op.f("uq_services_ref")),
    )
    op.create_index(op.f("ix_services_active"), "services", ["active"], unique=False)
    op.create_index(op.f("ix_services_admin1"), "services", ["admin1"], unique=False)
    op.create_index(
        op.f("ix_services_organisation_id"), "services", ["organisation_id"], unique=False
    )
    op.create_index(op.f("ix_services_sector"), "services", ["sector"], unique=False)
    op.create_table(
        "case_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["users.id"],
            name=op.f("fk_case_notes_author_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_notes_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_notes")),
    )
    op.create_index(op.f("ix_case_notes_case_id"), "case_notes", ["case_id"], unique=False)
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("sector", sa.String(length=30), nullable=True),
        sa.Column("partner", sa.String(length=200), nullable=True),
        sa.Column("information", sa.JSON(), nullable=True),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("given_by", sa.String(length=30), nullable=False),
        sa.Column("guardian_name", sa.String(length=200), nullable=True),
        sa.Column("best_interests_reason", sa.Text(), nullable=True),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("interpreter", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_consents_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_consents_recorded_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    op.create_index(op.f("ix_consents_case_id"), "consents", ["case_id"], unique=False)
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_drafts_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_drafts_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
    )
    op.create_index(op.f("ix_drafts_user_id"), "drafts", ["user_id"], unique=False)
    op.create_table(
        "follow_up_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("assigned_to_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_to_id"],
            ["users.id"],
            name=op.f("fk_follow_up_actions_assigned_to_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_follow_up_actions_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_actions")),
    )
    op.create_index(
        op.f("ix_follow_up_actions_case_id"), "follow_up_actions", ["case_id"], unique=False
    )
    op.create_index(
        op.f("ix_follow_up_actions_due_on"), "follow_up_actions", ["due_on"], unique=False
    )
    op.create_table(
        "needs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("sector", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("details", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_needs_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_needs")),
        sa.UniqueConstraint("case_id", "sector", name=op.f("uq_needs_case_id")),
    )
    op.create_index(op.f("ix_needs_case_id"), "needs", ["case_id"], unique=False)
    op.create_table(
        "participation",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("own_priorities", sa.Text(), nullable=True),
        sa.Column("preferred_contact", sa.String(length=200), nullable=True),
        sa.Column("safe_contact_times", sa.String(length=200), nullable=True),
        sa.Column("child_views", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_participation_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_participation")),
    )
    op.create_table(
        "person_identities",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("given_names", sa.String(length=200), nullable=True),
        sa.Column("family_name", sa.String(length=200), nullable=True),
        sa.Column("aliases", sa.String(length=400), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("other_contact", sa.String(length=200), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("caregiver_name", sa.String(length=200), nullable=True),
        sa.Column("caregiver_contact", sa.String(length=200), nullable=True),
        sa.Column("separated_or_unaccompanied", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_person_identities_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_person_identities")),
    )
    op.create_table(
        "person_profiles",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("sex", sa.String(length=20), nullable=False),
        sa.Column("age_years", sa.Integer(), nullable=True),
        sa.Column("age_band", sa.String(length=10), nullable=False),
        sa.Column("nationality_status", sa.String(length=20), nullable=False),
        sa.Column("citizenships", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("disability", sa.Boolean(), nullable=True),
        sa.Column("disability_details", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_person_profiles_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_person_profiles")),
    )
    op.create_index(
        op.f("ix_person_profiles_age_band"), "person_profiles", ["age_band"], unique=False
    )
    op.create_index(op.f("ix_person_profiles_sex"), "person_profiles", ["sex"], unique=False)
    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("sector", sa.String(length=30), nullable=False),
        sa.Column("priority", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("services_requested", sa.Text(), nullable=True),
        sa.Column("services_already_provided", sa.Text(), nullable=True),
        sa.Column("disclosed_fields", sa.JSON(), nullable=False),
        sa.Column("consent_override_reason", sa.Text(), nullable=True),
        sa.Column("consent_withdrawn", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("feedback", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_referrals_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_referrals_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["services.id"],
            name=op.f("fk_referrals_service_id_services"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    op.create_index(op.f("ix_referrals_case_id"), "referrals", ["case_id"], unique=False)
    op.create_index(op.f("ix_referrals_due_on"), "referrals", ["due_on"], unique=False)
    op.create_index(op.f("ix_referrals_service_id"), "referrals", ["service_id"], unique=False)
    op.create_index(op.f("ix_referrals_status"), "referrals", ["status"], unique=False)
    op.create_table(
        "safety_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("assessed_at", sa.DateTime(), nullable=False),
        sa.Column("immediate_danger", sa.Boolean(), nullable=False),
        sa.Column("exploiter_nearby", sa.Boolean(), nullable=False),
        sa.Column("private_space", sa.Boolean(), nullable=False),
        sa.Column("urgent_medical_need", sa.Boolean(), nullable=False),
        sa.Column("retaliation_risk", sa.Boolean(), nullable=False),
        sa.Column("safe_to_contact_later", sa.Boolean(), nullable=False),
        sa.Column("urgent_action_alerted", sa.Text(), nullable=True),
        sa.Column("urgent_action_taken", sa.Text(), nullable=True),
        sa.Column("safety_plan", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_safety_assessments_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_assessments")),
    )
    op.create_index(
        op.f("ix_safety_assessments_case_id"), "safety_assessments", ["case_id"], unique=False
    )
    op.create_table(
        "screenings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("screened_at", sa.DateTime(), nullable=False),
        sa.Column("screened_by_id", sa.Integer(), nullable=True),
        sa.Column("acts", sa.JSON(), nullable=False),
        sa.Column("means", sa.JSON(), nullable=False),
        sa.Column("purposes", sa.JSON(), nullable=False),
        sa.Column("forms_of_exploitation", sa.JSON(), nullable=False),
        sa.Column("sex_exploitation_types", sa.JSON(), nullable=False),
        sa.Column("industries", sa.JSON(), nullable=False),
        sa.Column("means_of_control", sa.JSON(), nullable=False),
        sa.Column("recruitment_methods", sa.JSON(), nullable=False),
        sa.Column("relationship_to_recruiter", sa.String(length=30), nullable=True),
        sa.Column("countries_of_recruitment", sa.JSON(), nullable=False),
        sa.Column("countries_of_exploitation", sa.JSON(), nullable=False),
        sa.Column("trafficked_where", sa.String(length=20), nullable=False),
        sa.Column("computed_outcome", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_screenings_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["screened_by_id"],
            ["users.id"],
            name=op.f("fk_screenings_screened_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screenings")),
    )
    op.create_index(op.f("ix_screenings_case_id"), "screenings", ["case_id"], unique=False)
    op.create_index(op.f("ix_screenings_outcome"), "screenings", ["outcome"], unique=False)
    op.create_table(
        "referral_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["by_id"],
            ["users.id"],
            name=op.f("fk_referral_events_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_referral_events_referral_id_referrals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_events")),
    )
    op.create_index(
        op.f("ix_referral_events_referral_id"), "referral_events", ["referral_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_referral_events_referral_id"), table_name="referral_events")
    op.drop_table("referral_events")
    op.drop_index(op.f("ix_screenings_outcome"), table_name="screenings")
    op.drop_index(op.f("ix_screenings_case_id"), table_name="screenings")
    op.drop_table("screenings")
    op.drop_index(op.f("ix_safety_assessments_case_id"), table_name="safety_assessments")
    op.drop_table("safety_assessments")
    op.drop_index(op.f("ix_referrals_status"), table_name="referrals")
    op.drop_index(op.f("ix_referrals_service_id"), table_name="referrals")
    op.drop_index(op.f("ix_referrals_due_on"), table_name="referrals")
    op.drop_index(op.f("ix_referrals_case_id"), table_name="referrals")
    op.drop_table("referrals")
    op.drop_index(op.f("ix_person_profiles_sex"), table_name="person_profiles")
    op.drop_index(op.f("ix_person_profiles_age_band"), table_name="person_profiles")
    op.drop_table("person_profiles")
    op.drop_table("person_identities")
    op.drop_table("participation")
    op.drop_index(op.f("ix_needs_case_id"), table_name="needs")
    op.drop_table("needs")
    op.drop_index(op.f("ix_follow_up_actions_due_on"), table_name="follow_up_actions")
    op.drop_index(op.f("ix_follow_up_actions_case_id"), table_name="follow_up_actions")
    op.drop_table("follow_up_actions")
    op.drop_index(op.f("ix_drafts_user_id"), table_name="drafts")
    op.drop_table("drafts")
    op.drop_index(op.f("ix_consents_case_id"), table_name="consents")
    op.drop_table("consents")
    op.drop_index(op.f("ix_case_notes_case_id"), table_name="case_notes")
    op.drop_table("case_notes")
    op.drop_index(op.f("ix_services_sector"), table_name="services")
    op.drop_index(op.f("ix_services_organisation_id"), table_name="services")
    op.drop_index(op.f("ix_services_admin1"), table_name="services")
    op.drop_index(op.f("ix_services_active"), table_name="services")
    op.drop_table("services")
    op.drop_index(op.f("ix_cases_status"), table_name="cases")
    op.drop_index(op.f("ix_cases_registration_date"), table_name="cases")
    op.drop_index(op.f("ix_cases_next_follow_up_on"), table_name="cases")
    op.drop_index(op.f("ix_cases_assigned_officer_id"), table_name="cases")
    op.drop_table("cases")
    op.drop_table("organisations")
