"""Controlled vocabularies: stable codes in the database, translatable labels, HTCDS values.

Codes never change once released; labels are English source strings that the interface and
the PDFs translate (context "vocab"). Where HTCDS 2.0 or CTDC name a value, `htcds` keeps
that spelling so imports can accept it and exports can write it.
"""

from __future__ import annotations

from dataclasses import dataclass

from tipdesk.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Term:
    """One value of a vocabulary."""

    code: str
    label: str
    htcds: str | None = None
    aliases: tuple[str, ...] = ()  # other spellings met in files (HTCDS labels, v1 values)


class Vocabulary:
    """An ordered set of terms, looked up by code, label or HTCDS value."""

    def __init__(self, name: str, terms: list[Term]) -> None:
        self.name = name
        self.terms = tuple(terms)
        self._by_code = {t.code: t for t in terms}
        self._by_any: dict[str, Term] = {}
        for term in terms:
            for spelling in (term.code, term.label, term.htcds, *term.aliases):
                if spelling:
                    self._by_any[_fold(spelling)] = term

    def __iter__(self):
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    def label(self, code: str) -> str:
        """The English label of `code` (the code itself when unknown, so nothing is hidden)."""
        term = self._by_code.get(code)
        return term.label if term else code

    def match(self, text: str) -> Term | None:
        """The term whose code, label or HTCDS value equals `text`, ignoring case and spacing."""
        return self._by_any.get(_fold(text))


def _fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _v(name: str, *rows: tuple) -> Vocabulary:
    return Vocabulary(name, [Term(*row) for row in rows])


ROLES = _v(
    "role",
    ("administrator", QT_TRANSLATE_NOOP("vocab", "Administrator")),
    ("officer", QT_TRANSLATE_NOOP("vocab", "Protection officer")),
    ("focal-point", QT_TRANSLATE_NOOP("vocab", "Focal point")),
)

CASE_STATUS = _v(
    "case_status",
    ("active", QT_TRANSLATE_NOOP("vocab", "Active"), "Active"),
    ("follow-up", QT_TRANSLATE_NOOP("vocab", "Follow-up"), "Follow Up"),
    ("closed", QT_TRANSLATE_NOOP("vocab", "Closed"), "Closed"),
    ("closed-referred", QT_TRANSLATE_NOOP("vocab", "Closed, referred"), "Closed Referred"),
)

SENSITIVITY = _v(
    "sensitivity",
    ("standard", QT_TRANSLATE_NOOP("vocab", "Standard")),
    (
        "restricted",
        QT_TRANSLATE_NOOP("vocab", "Restricted (assigned officer and administrators only)"),
    ),
)

SEX = _v(
    "sex",
    ("female", QT_TRANSLATE_NOOP("vocab", "Female"), "Feminine", ("F", "Woman", "Girl", "Femme")),
    ("male", QT_TRANSLATE_NOOP("vocab", "Male"), "Masculine", ("M", "Man", "Boy", "Homme")),
    ("trans-female", QT_TRANSLATE_NOOP("vocab", "Transgender female"), "Transgender feminine"),
    ("trans-male", QT_TRANSLATE_NOOP("vocab", "Transgender male"), "Transgender masculine"),
    (
        "non-conforming",
        QT_TRANSLATE_NOOP("vocab", "Non-conforming or other"),
        "Non-conforming",
        ("Transgender/NonConforming", "Other"),
    ),
    (
        "unknown",
        QT_TRANSLATE_NOOP("vocab", "Not specified or unknown"),
        "Not specified/unknown",
        ("Unknown", "Not specified"),
    ),
)

# CTDC's published age bands; `age_band()` maps an age in years onto them.
AGE_BAND = _v(
    "age_band",
    ("0-8", QT_TRANSLATE_NOOP("vocab", "0–8")),
    ("9-17", QT_TRANSLATE_NOOP("vocab", "9–17")),
    ("18-20", QT_TRANSLATE_NOOP("vocab", "18–20")),
    ("21-23", QT_TRANSLATE_NOOP("vocab", "21–23")),
    ("24-26", QT_TRANSLATE_NOOP("vocab", "24–26")),
    ("27-29", QT_TRANSLATE_NOOP("vocab", "27–29")),
    ("30-38", QT_TRANSLATE_NOOP("vocab", "30–38")),
    ("39-47", QT_TRANSLATE_NOOP("vocab", "39–47")),
    ("48+", QT_TRANSLATE_NOOP("vocab", "48 and over")),
    ("unknown", QT_TRANSLATE_NOOP("vocab", "Unknown")),
)

NATIONALITY_STATUS = _v(
    "nationality_status",
    ("national", QT_TRANSLATE_NOOP("vocab", "National")),
    ("refugee", QT_TRANSLATE_NOOP("vocab", "Refugee")),
    ("asylum-seeker", QT_TRANSLATE_NOOP("vocab", "Asylum seeker")),
    ("migrant", QT_TRANSLATE_NOOP("vocab", "Migrant")),
    ("idp", QT_TRANSLATE_NOOP("vocab", "Internally displaced person (IDP)")),
    ("returnee", QT_TRANSLATE_NOOP("vocab", "Returnee")),
    ("stateless", QT_TRANSLATE_NOOP("vocab", "Stateless")),
    ("host-community", QT_TRANSLATE_NOOP("vocab", "Host community")),
    ("other", QT_TRANSLATE_NOOP("vocab", "Other")),
    ("unknown", QT_TRANSLATE_NOOP("vocab", "Unknown")),
)

# The twelve sectors a victim may be referred to. The slides' "Protection" is split into its
# general part and the two areas of responsibility that trafficking cases hide in (CP, GBV);
# legal aid and documentation are service types within general protection.
SECTORS = _v(
    "sector",
    ("protection", QT_TRANSLATE_NOOP("vocab", "Protection (general, legal aid, documentation)")),
    ("child-protection", QT_TRANSLATE_NOOP("vocab", "Child protection")),
    ("gbv", QT_TRANSLATE_NOOP("vocab", "Gender-based violence (GBV)")),
    ("food", QT_TRANSLATE_NOOP("vocab", "Food security")),
    ("wash", QT_TRANSLATE_NOOP("vocab", "Water, sanitation and hygiene (WASH)")),
    ("shelter-nfi", QT_TRANSLATE_NOOP("vocab", "Shelter and non-food items (NFI)")),
    ("cccm", QT_TRANSLATE_NOOP("vocab", "Camp coordination and camp management (CCCM)")),
    ("health", QT_TRANSLATE_NOOP("vocab", "Health")),
    ("nutrition", QT_TRANSLATE_NOOP("vocab", "Nutrition")),
    ("mhpss", QT_TRANSLATE_NOOP("vocab", "Mental health and psychosocial support (MHPSS)")),
    ("education", QT_TRANSLATE_NOOP("vocab", "Education")),
    ("livelihoods", QT_TRANSLATE_NOOP("vocab", "Early recovery and livelihoods")),
)

# The Palermo Act.
ACTS = _v(
    "act",
    ("recruitment", QT_TRANSLATE_NOOP("vocab", "Recruitment"), "Recruitment"),
    ("transportation", QT_TRANSLATE_NOOP("vocab", "Transportation"), "Transit"),
    ("transfer", QT_TRANSLATE_NOOP("vocab", "Transfer")),
    ("harbouring", QT_TRANSLATE_NOOP("vocab", "Harbouring")),
    ("receipt", QT_TRANSLATE_NOOP("vocab", "Receipt of persons")),
)

# The Palermo Means.
MEANS = _v(
    "means",
    ("force", QT_TRANSLATE_NOOP("vocab", "Threat or use of force")),
    ("coercion", QT_TRANSLATE_NOOP("vocab", "Other forms of coercion")),
    ("abduction", QT_TRANSLATE_NOOP("vocab", "Abduction")),
    ("fraud", QT_TRANSLATE_NOOP("vocab", "Fraud")),
    ("deception", QT_TRANSLATE_NOOP("vocab", "Deception")),
    ("abuse-of-power", QT_TRANSLATE_NOOP("vocab", "Abuse of power")),
    ("abuse-of-vulnerability", QT_TRANSLATE_NOOP("vocab", "Abuse of a position of vulnerability")),
    (
        "payments",
        QT_TRANSLATE_NOOP("vocab", "Payments or benefits to a person in control of the victim"),
    ),
)

# The Palermo Purpose (exploitation, at a minimum).
PURPOSES = _v(
    "purpose",
    (
        "sexual-exploitation",
        QT_TRANSLATE_NOOP("vocab", "Prostitution of others or other sexual exploitation"),
    ),
    ("forced-labour", QT_TRANSLATE_NOOP("vocab", "Forced labour or services")),
    ("slavery", QT_TRANSLATE_NOOP("vocab", "Slavery or practices similar to slavery")),
    ("servitude", QT_TRANSLATE_NOOP("vocab", "Servitude")),
    ("organ-removal", QT_TRANSLATE_NOOP("vocab", "Removal of organs")),
)

FORMS_OF_EXPLOITATION = _v(
    "form_of_exploitation",
    ("forced-labour", QT_TRANSLATE_NOOP("vocab", "Forced labour"), "Forced labour"),
    (
        "sexual-exploitation",
        QT_TRANSLATE_NOOP("vocab", "Sexual exploitation"),
        "Sexual exploitation",
    ),
    ("child-labour", QT_TRANSLATE_NOOP("vocab", "Child labour"), "Child labour"),
    ("forced-marriage", QT_TRANSLATE_NOOP("vocab", "Forced marriage"), "Forced marriage"),
    ("servitude", QT_TRANSLATE_NOOP("vocab", "Domestic or other servitude"), "Servitude"),
    (
        "forced-military",
        QT_TRANSLATE_NOOP("vocab", "Forced military service (non-state actors)"),
        "Forced military",
    ),
    ("organ-removal", QT_TRANSLATE_NOOP("vocab", "Organ removal"), "Organ removal"),
    ("forced-begging", QT_TRANSLATE_NOOP("vocab", "Forced begging"), "Forced begging"),
    (
        "forced-adoption",
        QT_TRANSLATE_NOOP("vocab", "Forced or illegal adoption"),
        "Forced adoption",
    ),
    ("surrogacy", QT_TRANSLATE_NOOP("vocab", "Forced surrogacy"), "Surrogacy"),
    ("forced-criminality", QT_TRANSLATE_NOOP("vocab", "Forced criminality")),
    ("other", QT_TRANSLATE_NOOP("vocab", "Other"), "Other"),
)

SEX_EXPLOITATION_TYPES = _v(
    "sex_exploitation_type",
    ("prostitution", QT_TRANSLATE_NOOP("vocab", "Prostitution"), "Prostitution"),
    ("pornography", QT_TRANSLATE_NOOP("vocab", "Pornography"), "Pornography"),
    (
        "remote-interactive",
        QT_TRANSLATE_NOOP("vocab", "Remote interactive services"),
        "Remote interactive services",
    ),
    (
        "private-sexual-services",
        QT_TRANSLATE_NOOP("vocab", "Private sexual services"),
        "Private sexual services",
    ),
)

# ISIC rev. 4 sections where forced labour is met (fishing kept apart from agriculture).
INDUSTRIES = _v(
    "industry",
    ("agriculture", QT_TRANSLATE_NOOP("vocab", "Agriculture and forestry"), "Agriculture"),
    ("fishing", QT_TRANSLATE_NOOP("vocab", "Fishing and aquaculture"), "Fishing"),
    ("mining", QT_TRANSLATE_NOOP("vocab", "Mining and quarrying"), "Mining"),
    ("manufacturing", QT_TRANSLATE_NOOP("vocab", "Manufacturing"), "Manufacturing"),
    ("construction", QT_TRANSLATE_NOOP("vocab", "Construction"), "Construction"),
    ("hospitality", QT_TRANSLATE_NOOP("vocab", "Hospitality and food services"), "Hospitality"),
    ("domestic-work", QT_TRANSLATE_NOOP("vocab", "Domestic work"), "Domestic work"),
    ("transport", QT_TRANSLATE_NOOP("vocab", "Transport and storage"), "Transport"),
    ("trade", QT_TRANSLATE_NOOP("vocab", "Wholesale and retail trade")),
    ("begging", QT_TRANSLATE_NOOP("vocab", "Begging and street selling")),
    ("other", QT_TRANSLATE_NOOP("vocab", "Other"), "Other"),
)

MEANS_OF_CONTROL = _v(
    "means_of_control",
    (
        "physical-threats",
        QT_TRANSLATE_NOOP("vocab", "Threats of physical harm"),
        "Physical threats",
    ),
    (
        "law-enforcement-threats",
        QT_TRANSLATE_NOOP("vocab", "Threats of law enforcement or deportation"),
        "Threats of law enforcement",
    ),
    (
        "threatens-family",
        QT_TRANSLATE_NOOP("vocab", "Threatens children or family"),
        "Threatens children/family",
    ),
    ("debt-bondage", QT_TRANSLATE_NOOP("vocab", "Debt bondage"), "Debt bondage"),
    ("false-promises", QT_TRANSLATE_NOOP("vocab", "False promises"), "False promises"),
    ("physical-abuse", QT_TRANSLATE_NOOP("vocab", "Physical abuse"), "Physical abuse"),
    ("sexual-abuse", QT_TRANSLATE_NOOP("vocab", "Sexual abuse"), "Sexual abuse"),
    ("takes-earnings", QT_TRANSLATE_NOOP("vocab", "Takes earnings"), "Takes earnings"),
    (
        "restricts-financial-access",
        QT_TRANSLATE_NOOP("vocab", "Restricts access to money"),
        "Restricts financial access",
    ),
    (
        "restricts-medical-care",
        QT_TRANSLATE_NOOP("vocab", "Restricts medical care"),
        "Restricts medical care",
    ),
    (
        "withholds-necessities",
        QT_TRANSLATE_NOOP("vocab", "Withholds food, water or sleep"),
        "Withholds necessities",
    ),
    (
        "psychological-abuse",
        QT_TRANSLATE_NOOP("vocab", "Psychological abuse"),
        "Psychological abuse",
    ),
    (
        "psychoactive-substances",
        QT_TRANSLATE_NOOP("vocab", "Forced use of alcohol or drugs"),
        "Psychoactive substance",
    ),
    (
        "excessive-hours",
        QT_TRANSLATE_NOOP("vocab", "Excessive working hours"),
        "Excessive working hours",
    ),
    (
        "withholds-documents",
        QT_TRANSLATE_NOOP("vocab", "Withholds identity or travel documents"),
        "Withholds documents",
    ),
    ("restricts-movement", QT_TRANSLATE_NOOP("vocab", "Restricts movement"), "Restricts movement"),
    ("uses-children", QT_TRANSLATE_NOOP("vocab", "Uses the person's children"), "Uses children"),
    ("other", QT_TRANSLATE_NOOP("vocab", "Other"), "Other"),
)

RECRUITMENT_METHODS = _v(
    "recruitment_method",
    (
        "place-of-business",
        QT_TRANSLATE_NOOP("vocab", "At a place of business"),
        "At a place of business",
    ),
    (
        "educational-institution",
        QT_TRANSLATE_NOOP("vocab", "At a school or college"),
        "At an educational institution",
    ),
    ("at-work", QT_TRANSLATE_NOOP("vocab", "At work"), "At work"),
    (
        "online-social-network",
        QT_TRANSLATE_NOOP("vocab", "Online social network"),
        "Online social network",
    ),
    (
        "online-advertisement",
        QT_TRANSLATE_NOOP("vocab", "Online advertisement"),
        "Online advertisement",
    ),
    (
        "media-advertisement",
        QT_TRANSLATE_NOOP("vocab", "TV, radio or newspaper advertisement"),
        "TV or newspaper advertisement",
    ),
    ("family", QT_TRANSLATE_NOOP("vocab", "Through family"), "Family"),
    ("friends", QT_TRANSLATE_NOOP("vocab", "Through friends"), "Friends"),
    ("other", QT_TRANSLATE_NOOP("vocab", "Other"), "Other"),
    ("unknown", QT_TRANSLATE_NOOP("vocab", "Unknown")),
)

RELATIONSHIP_TO_RECRUITER = _v(
    "relationship_to_recruiter",
    ("family", QT_TRANSLATE_NOOP("vocab", "Family member"), "Family"),
    ("intimate-partner", QT_TRANSLATE_NOOP("vocab", "Intimate partner"), "Intimate partner"),
    ("friend", QT_TRANSLATE_NOOP("vocab", "Friend"), "Friend"),
    ("acquaintance", QT_TRANSLATE_NOOP("vocab", "Acquaintance"), "Acquainted"),
    ("unacquainted", QT_TRANSLATE_NOOP("vocab", "Did not know them"), "Unacquainted"),
    ("other", QT_TRANSLATE_NOOP("vocab", "Other"), "Other"),
    ("unknown", QT_TRANSLATE_NOOP("vocab", "Unknown"), "Unknown"),
)

TRAFFICKED_WHERE = _v(
    "trafficked_where",
    ("in-country", QT_TRANSLATE_NOOP("vocab", "In-country")),
    ("abroad", QT_TRANSLATE_NOOP("vocab", "Abroad (across a border)")),
    ("both", QT_TRANSLATE_NOOP("vocab", "Both in-country and abroad")),
    ("unknown", QT_TRANSLATE_NOOP("vocab", "Unknown")),
)

SCREENING_OUTCOMES = _v(
    "screening_outcome",
    (
        "presumed-victim",
        QT_TRANSLATE_NOOP("vocab", "Presumed victim of trafficking"),
        "ActualVictimOfTrafficking",
        ("Actual victim", "Actual victim of trafficking"),
    ),
    (
        "assess-further",
        QT_TRANSLATE_NOOP("vocab", "Indicators present, assess further"),
        "PossibleVictimOfTrafficking",
        ("Possible victim", "Possible victim of trafficking"),
    ),
    (
        "no-indicators",
        QT_TRANSLATE_NOOP("vocab", "No indicators of trafficking"),
        "NotAVictimOfTrafficking",
        ("Not a victim", "Not a victim of trafficking"),
    ),
)

PRIOR_PATHWAY = _v(
    "prior_pathway",
    ("none", QT_TRANSLATE_NOOP("vocab", "Not handled by another pathway")),
    ("child-protection", QT_TRANSLATE_NOOP("vocab", "Handled as a child-protection case")),
    ("gbv", QT_TRANSLATE_NOOP("vocab", "Handled as a GBV case")),
    ("other", QT_TRANSLATE_NOOP("vocab", "Handled by another pathway")),
)

NEED_STATUS = _v(
    "need_status",
    ("wants", QT_TRANSLATE_NOOP("vocab", "Wants this service")),
    ("declines", QT_TRANSLATE_NOOP("vocab", "Declines this service")),
    ("already-receiving", QT_TRANSLATE_NOOP("vocab", "Already receiving it")),
)

CONSENT_SCOPES = _v(
    "consent_scope",
    ("register", QT_TRANSLATE_NOOP("vocab", "Registering personal data")),
    ("referral", QT_TRANSLATE_NOOP("vocab", "Referral to a sector")),
    ("share", QT_TRANSLATE_NOOP("vocab", "Sharing named information with a named partner")),
    ("statistics", QT_TRANSLATE_NOOP("vocab", "Use in anonymised statistics")),
)

CONSENT_DECISIONS = _v(
    "consent_decision",
    ("given", QT_TRANSLATE_NOOP("vocab", "Given")),
    ("refused", QT_TRANSLATE_NOOP("vocab", "Refused")),
)

CONSENT_GIVERS = _v(
    "consent_giver",
    ("person", QT_TRANSLATE_NOOP("vocab", "The person")),
    (
        "child-and-guardian",
        QT_TRANSLATE_NOOP("vocab", "The child's assent and a parent or guardian's consent"),
    ),
    (
        "best-interests",
        QT_TRANSLATE_NOOP("vocab", "The child's assent and a documented best-interests decision"),
    ),
)

CONSENT_METHODS = _v(
    "consent_method",
    ("verbal", QT_TRANSLATE_NOOP("vocab", "Verbal")),
    ("written", QT_TRANSLATE_NOOP("vocab", "Written")),
)

REFERRAL_PRIORITY = _v(
    "referral_priority",
    ("emergency", QT_TRANSLATE_NOOP("vocab", "Emergency (within 24 hours)")),
    ("urgent", QT_TRANSLATE_NOOP("vocab", "Urgent (within 72 hours)")),
    ("normal", QT_TRANSLATE_NOOP("vocab", "Normal (within 2 weeks)")),
)

REFERRAL_STATUS = _v(
    "referral_status",
    ("draft", QT_TRANSLATE_NOOP("vocab", "Draft")),
    ("sent", QT_TRANSLATE_NOOP("vocab", "Sent")),
    ("received", QT_TRANSLATE_NOOP("vocab", "Received")),
    ("accepted", QT_TRANSLATE_NOOP("vocab", "Accepted")),
    ("service-provided", QT_TRANSLATE_NOOP("vocab", "Service provided")),
    ("declined-by-provider", QT_TRANSLATE_NOOP("vocab", "Declined by the provider")),
    ("no-response", QT_TRANSLATE_NOOP("vocab", "No response")),
    ("cancelled", QT_TRANSLATE_NOOP("vocab", "Cancelled")),
)

CLOSURE_REASONS = _v(
    "closure_reason",
    ("goals-met", QT_TRANSLATE_NOOP("vocab", "Support plan completed")),
    ("referred", QT_TRANSLATE_NOOP("vocab", "Referred to another organisation"), "Referred"),
    ("person-request", QT_TRANSLATE_NOOP("vocab", "At the person's request")),
    ("lost-contact", QT_TRANSLATE_NOOP("vocab", "Contact lost")),
    ("relocated", QT_TRANSLATE_NOOP("vocab", "Moved out of the area")),
    ("not-trafficking", QT_TRANSLATE_NOOP("vocab", "Not a trafficking case")),
    ("deceased", QT_TRANSLATE_NOOP("vocab", "Deceased")),
    ("other", QT_TRANSLATE_NOOP("vocab", "Other"), "Other"),
)

ORGANISATION_TYPES = _v(
    "organisation_type",
    ("un-agency", QT_TRANSLATE_NOOP("vocab", "UN agency")),
    ("ingo", QT_TRANSLATE_NOOP("vocab", "International NGO")),
    ("ngo", QT_TRANSLATE_NOOP("vocab", "National NGO")),
    ("community-based", QT_TRANSLATE_NOOP("vocab", "Community-based organisation")),
    ("government", QT_TRANSLATE_NOOP("vocab", "Government")),
    ("law-enforcement", QT_TRANSLATE_NOOP("vocab", "Law enforcement")),
    ("health", QT_TRANSLATE_NOOP("vocab", "Health provider")),
    ("legal-service", QT_TRANSLATE_NOOP("vocab", "Legal service")),
    ("other", QT_TRANSLATE_NOOP("vocab", "Other")),
)


# Populations a service serves (directory); an empty list means "everyone".
AGE_GROUPS = _v(
    "age_group",
    ("children", QT_TRANSLATE_NOOP("vocab", "Children (under 18)")),
    ("adults", QT_TRANSLATE_NOOP("vocab", "Adults (18 to 59)")),
    ("older-people", QT_TRANSLATE_NOOP("vocab", "Older people (60 and over)")),
)


# What a consent to share may name (Consent.information for scope "share"): the identifying
# fields a referral may carry to that named partner. The codes are the referral form's.
SHARED_INFORMATION = _v(
    "shared_information",
    ("name", QT_TRANSLATE_NOOP("vocab", "Name")),
    ("alias", QT_TRANSLATE_NOOP("vocab", "Alias")),
    ("date_of_birth", QT_TRANSLATE_NOOP("vocab", "Date of birth")),
    ("age", QT_TRANSLATE_NOOP("vocab", "Exact age")),
    ("citizenship", QT_TRANSLATE_NOOP("vocab", "Citizenship")),
    ("phone", QT_TRANSLATE_NOOP("vocab", "Phone and other contact")),
    ("address", QT_TRANSLATE_NOOP("vocab", "Address")),
    ("caregiver", QT_TRANSLATE_NOOP("vocab", "Caregiver (for a child)")),
    ("safe_contact", QT_TRANSLATE_NOOP("vocab", "Safe way and time to contact")),
    ("exploitation", QT_TRANSLATE_NOOP("vocab", "Form of exploitation")),
)

# What any referral to a consented sector may carry without naming the person.
REFERRAL_BASIC_FIELDS = _v(
    "referral_basic_field",
    ("sex", QT_TRANSLATE_NOOP("vocab", "Sex")),
    ("age_band", QT_TRANSLATE_NOOP("vocab", "Age band")),
    ("nationality_status", QT_TRANSLATE_NOOP("vocab", "Nationality status")),
    ("languages", QT_TRANSLATE_NOOP("vocab", "Languages")),
    ("disability", QT_TRANSLATE_NOOP("vocab", "Disability")),
    ("needs", QT_TRANSLATE_NOOP("vocab", "Needs in this sector")),
)


def age_band(age_years: int | None) -> str:
    """The CTDC age band of an age in whole years ('unknown' when not known)."""
    if age_years is None or age_years < 0:
        return "unknown"
    for upper, band in (
        (8, "0-8"),
        (17, "9-17"),
        (20, "18-20"),
        (23, "21-23"),
        (26, "24-26"),
        (29, "27-29"),
        (38, "30-38"),
        (47, "39-47"),
    ):
        if age_years <= upper:
            return band
    return "48+"


CHILD_AGE_BANDS = frozenset({"0-8", "9-17"})
