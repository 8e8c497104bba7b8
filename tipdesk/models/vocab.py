"""Controlled vocabularies: stable codes in the database, translatable labels, HTCDS values.

Codes never change once released; labels are English source strings that the interface and
the PDFs translate (context "vocab"). Where HTCDS 2.0 or CTDC name a value, `htcds` keeps
that spelling so imports can accept it and exports can write it.
"""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name read by lupdate
    """Mark `text` for translation in `context` without importing Qt (the core stays Qt-free)."""
    return text


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


T = QT_TRANSLATE_NOOP

ROLES = _v(
    "role",
    ("administrator", T("vocab", "Administrator")),
    ("officer", T("vocab", "Protection officer")),
    ("focal-point", T("vocab", "Focal point")),
)

CASE_STATUS = _v(
    "case_status",
    ("active", T("vocab", "Active"), "Active"),
    ("follow-up", T("vocab", "Follow-up"), "Follow Up"),
    ("closed", T("vocab", "Closed"), "Closed"),
    ("closed-referred", T("vocab", "Closed, referred"), "Closed Referred"),
)

SENSITIVITY = _v(
    "sensitivity",
    ("standard", T("vocab", "Standard")),
    ("restricted", T("vocab", "Restricted (assigned officer and administrators only)")),
)

SEX = _v(
    "sex",
    ("female", T("vocab", "Female"), "Feminine", ("F", "Woman", "Girl", "Femme")),
    ("male", T("vocab", "Male"), "Masculine", ("M", "Man", "Boy", "Homme")),
    ("trans-female", T("vocab", "Transgender female"), "Transgender feminine"),
    ("trans-male", T("vocab", "Transgender male"), "Transgender masculine"),
    (
        "non-conforming",
        T("vocab", "Non-conforming or other"),
        "Non-conforming",
        ("Transgender/NonConforming", "Other"),
    ),
    (
        "unknown",
        T("vocab", "Not specified or unknown"),
        "Not specified/unknown",
        ("Unknown", "Not specified"),
    ),
)

# CTDC's published age bands; `age_band()` maps an age in years onto them.
AGE_BAND = _v(
    "age_band",
    ("0-8", T("vocab", "0–8")),
    ("9-17", T("vocab", "9–17")),
    ("18-20", T("vocab", "18–20")),
    ("21-23", T("vocab", "21–23")),
    ("24-26", T("vocab", "24–26")),
    ("27-29", T("vocab", "27–29")),
    ("30-38", T("vocab", "30–38")),
    ("39-47", T("vocab", "39–47")),
    ("48+", T("vocab", "48 and over")),
    ("unknown", T("vocab", "Unknown")),
)

NATIONALITY_STATUS = _v(
    "nationality_status",
    ("national", T("vocab", "National")),
    ("refugee", T("vocab", "Refugee")),
    ("asylum-seeker", T("vocab", "Asylum seeker")),
    ("migrant", T("vocab", "Migrant")),
    ("idp", T("vocab", "Internally displaced person (IDP)")),
    ("returnee", T("vocab", "Returnee")),
    ("stateless", T("vocab", "Stateless")),
    ("host-community", T("vocab", "Host community")),
    ("other", T("vocab", "Other")),
    ("unknown", T("vocab", "Unknown")),
)

# The twelve sectors a victim may be referred to. The slides' "Protection" is split into its
# general part and the two areas of responsibility that trafficking cases hide in (CP, GBV);
# legal aid and documentation are service types within general protection.
SECTORS = _v(
    "sector",
    ("protection", T("vocab", "Protection (general, legal aid, documentation)")),
    ("child-protection", T("vocab", "Child protection")),
    ("gbv", T("vocab", "Gender-based violence (GBV)")),
    ("food", T("vocab", "Food security")),
    ("wash", T("vocab", "Water, sanitation and hygiene (WASH)")),
    ("shelter-nfi", T("vocab", "Shelter and non-food items (NFI)")),
    ("cccm", T("vocab", "Camp coordination and camp management (CCCM)")),
    ("health", T("vocab", "Health")),
    ("nutrition", T("vocab", "Nutrition")),
    ("mhpss", T("vocab", "Mental health and psychosocial support (MHPSS)")),
    ("education", T("vocab", "Education")),
    ("livelihoods", T("vocab", "Early recovery and livelihoods")),
)

# The Palermo Act.
ACTS = _v(
    "act",
    ("recruitment", T("vocab", "Recruitment"), "Recruitment"),
    ("transportation", T("vocab", "Transportation"), "Transit"),
    ("transfer", T("vocab", "Transfer")),
    ("harbouring", T("vocab", "Harbouring")),
    ("receipt", T("vocab", "Receipt of persons")),
)

# The Palermo Means.
MEANS = _v(
    "means",
    ("force", T("vocab", "Threat or use of force")),
    ("coercion", T("vocab", "Other forms of coercion")),
    ("abduction", T("vocab", "Abduction")),
    ("fraud", T("vocab", "Fraud")),
    ("deception", T("vocab", "Deception")),
    ("abuse-of-power", T("vocab", "Abuse of power")),
    ("abuse-of-vulnerability", T("vocab", "Abuse of a position of vulnerability")),
    ("payments", T("vocab", "Payments or benefits to a person in control of the victim")),
)

# The Palermo Purpose (exploitation, at a minimum).
PURPOSES = _v(
    "purpose",
    ("sexual-exploitation", T("vocab", "Prostitution of others or other sexual exploitation")),
    ("forced-labour", T("vocab", "Forced labour or services")),
    ("slavery", T("vocab", "Slavery or practices similar to slavery")),
    ("servitude", T("vocab", "Servitude")),
    ("organ-removal", T("vocab", "Removal of organs")),
)

FORMS_OF_EXPLOITATION = _v(
    "form_of_exploitation",
    ("forced-labour", T("vocab", "Forced labour"), "Forced labour"),
    ("sexual-exploitation", T("vocab", "Sexual exploitation"), "Sexual exploitation"),
    ("child-labour", T("vocab", "Child labour"), "Child labour"),
    ("forced-marriage", T("vocab", "Forced marriage"), "Forced marriage"),
    ("servitude", T("vocab", "Domestic or other servitude"), "Servitude"),
    (
        "forced-military",
        T("vocab", "Forced military service (non-state actors)"),
        "Forced military",
    ),
    ("organ-removal", T("vocab", "Organ removal"), "Organ removal"),
    ("forced-begging", T("vocab", "Forced begging"), "Forced begging"),
    ("forced-adoption", T("vocab", "Forced or illegal adoption"), "Forced adoption"),
    ("surrogacy", T("vocab", "Forced surrogacy"), "Surrogacy"),
    ("forced-criminality", T("vocab", "Forced criminality")),
    ("other", T("vocab", "Other"), "Other"),
)

SEX_EXPLOITATION_TYPES = _v(
    "sex_exploitation_type",
    ("prostitution", T("vocab", "Prostitution"), "Prostitution"),
    ("pornography", T("vocab", "Pornography"), "Pornography"),
    (
        "remote-interactive",
        T("vocab", "Remote interactive services"),
        "Remote interactive services",
    ),
    ("private-sexual-services", T("vocab", "Private sexual services"), "Private sexual services"),
)

# ISIC rev. 4 sections where forced labour is met (fishing kept apart from agriculture).
INDUSTRIES = _v(
    "industry",
    ("agriculture", T("vocab", "Agriculture and forestry"), "Agriculture"),
    ("fishing", T("vocab", "Fishing and aquaculture"), "Fishing"),
    ("mining", T("vocab", "Mining and quarrying"), "Mining"),
    ("manufacturing", T("vocab", "Manufacturing"), "Manufacturing"),
    ("construction", T("vocab", "Construction"), "Construction"),
    ("hospitality", T("vocab", "Hospitality and food services"), "Hospitality"),
    ("domestic-work", T("vocab", "Domestic work"), "Domestic work"),
    ("transport", T("vocab", "Transport and storage"), "Transport"),
    ("trade", T("vocab", "Wholesale and retail trade")),
    ("begging", T("vocab", "Begging and street selling")),
    ("other", T("vocab", "Other"), "Other"),
)

MEANS_OF_CONTROL = _v(
    "means_of_control",
    ("physical-threats", T("vocab", "Threats of physical harm"), "Physical threats"),
    (
        "law-enforcement-threats",
        T("vocab", "Threats of law enforcement or deportation"),
        "Threats of law enforcement",
    ),
    ("threatens-family", T("vocab", "Threatens children or family"), "Threatens children/family"),
    ("debt-bondage", T("vocab", "Debt bondage"), "Debt bondage"),
    ("false-promises", T("vocab", "False promises"), "False promises"),
    ("physical-abuse", T("vocab", "Physical abuse"), "Physical abuse"),
    ("sexual-abuse", T("vocab", "Sexual abuse"), "Sexual abuse"),
    ("takes-earnings", T("vocab", "Takes earnings"), "Takes earnings"),
    (
        "restricts-financial-access",
        T("vocab", "Restricts access to money"),
        "Restricts financial access",
    ),
    ("restricts-medical-care", T("vocab", "Restricts medical care"), "Restricts medical care"),
    (
        "withholds-necessities",
        T("vocab", "Withholds food, water or sleep"),
        "Withholds necessities",
    ),
    ("psychological-abuse", T("vocab", "Psychological abuse"), "Psychological abuse"),
    (
        "psychoactive-substances",
        T("vocab", "Forced use of alcohol or drugs"),
        "Psychoactive substance",
    ),
    ("excessive-hours", T("vocab", "Excessive working hours"), "Excessive working hours"),
    (
        "withholds-documents",
        T("vocab", "Withholds identity or travel documents"),
        "Withholds documents",
    ),
    ("restricts-movement", T("vocab", "Restricts movement"), "Restricts movement"),
    ("uses-children", T("vocab", "Uses the person's children"), "Uses children"),
    ("other", T("vocab", "Other"), "Other"),
)

RECRUITMENT_METHODS = _v(
    "recruitment_method",
    ("place-of-business", T("vocab", "At a place of business"), "At a place of business"),
    (
        "educational-institution",
        T("vocab", "At a school or college"),
        "At an educational institution",
    ),
    ("at-work", T("vocab", "At work"), "At work"),
    ("online-social-network", T("vocab", "Online social network"), "Online social network"),
    ("online-advertisement", T("vocab", "Online advertisement"), "Online advertisement"),
    (
        "media-advertisement",
        T("vocab", "TV, radio or newspaper advertisement"),
        "TV or newspaper advertisement",
    ),
    ("family", T("vocab", "Through family"), "Family"),
    ("friends", T("vocab", "Through friends"), "Friends"),
    ("other", T("vocab", "Other"), "Other"),
    ("unknown", T("vocab", "Unknown")),
)

RELATIONSHIP_TO_RECRUITER = _v(
    "relationship_to_recruiter",
    ("family", T("vocab", "Family member"), "Family"),
    ("intimate-partner", T("vocab", "Intimate partner"), "Intimate partner"),
    ("friend", T("vocab", "Friend"), "Friend"),
    ("acquaintance", T("vocab", "Acquaintance"), "Acquainted"),
    ("unacquainted", T("vocab", "Did not know them"), "Unacquainted"),
    ("other", T("vocab", "Other"), "Other"),
    ("unknown", T("vocab", "Unknown"), "Unknown"),
)

TRAFFICKED_WHERE = _v(
    "trafficked_where",
    ("in-country", T("vocab", "In-country")),
    ("abroad", T("vocab", "Abroad (across a border)")),
    ("both", T("vocab", "Both in-country and abroad")),
    ("unknown", T("vocab", "Unknown")),
)

SCREENING_OUTCOMES = _v(
    "screening_outcome",
    (
        "presumed-victim",
        T("vocab", "Presumed victim of trafficking"),
        "ActualVictimOfTrafficking",
        ("Actual victim", "Actual victim of trafficking"),
    ),
    (
        "assess-further",
        T("vocab", "Indicators present, assess further"),
        "PossibleVictimOfTrafficking",
        ("Possible victim", "Possible victim of trafficking"),
    ),
    (
        "no-indicators",
        T("vocab", "No indicators of trafficking"),
        "NotAVictimOfTrafficking",
        ("Not a victim", "Not a victim of trafficking"),
    ),
)

PRIOR_PATHWAY = _v(
    "prior_pathway",
    ("none", T("vocab", "Not handled by another pathway")),
    ("child-protection", T("vocab", "Handled as a child-protection case")),
    ("gbv", T("vocab", "Handled as a GBV case")),
    ("other", T("vocab", "Handled by another pathway")),
)

NEED_STATUS = _v(
    "need_status",
    ("wants", T("vocab", "Wants this service")),
    ("declines", T("vocab", "Declines this service")),
    ("already-receiving", T("vocab", "Already receiving it")),
)

CONSENT_SCOPES = _v(
    "consent_scope",
    ("register", T("vocab", "Registering personal data")),
    ("referral", T("vocab", "Referral to a sector")),
    ("share", T("vocab", "Sharing named information with a named partner")),
    ("statistics", T("vocab", "Use in anonymised statistics")),
)

CONSENT_DECISIONS = _v(
    "consent_decision",
    ("given", T("vocab", "Given")),
    ("refused", T("vocab", "Refused")),
)

CONSENT_GIVERS = _v(
    "consent_giver",
    ("person", T("vocab", "The person")),
    ("child-and-guardian", T("vocab", "The child's assent and a parent or guardian's consent")),
    ("best-interests", T("vocab", "The child's assent and a documented best-interests decision")),
)

CONSENT_METHODS = _v(
    "consent_method",
    ("verbal", T("vocab", "Verbal")),
    ("written", T("vocab", "Written")),
)

REFERRAL_PRIORITY = _v(
    "referral_priority",
    ("emergency", T("vocab", "Emergency (within 24 hours)")),
    ("urgent", T("vocab", "Urgent (within 72 hours)")),
    ("normal", T("vocab", "Normal (within 2 weeks)")),
)

REFERRAL_STATUS = _v(
    "referral_status",
    ("draft", T("vocab", "Draft")),
    ("sent", T("vocab", "Sent")),
    ("received", T("vocab", "Received")),
    ("accepted", T("vocab", "Accepted")),
    ("service-provided", T("vocab", "Service provided")),
    ("declined-by-provider", T("vocab", "Declined by the provider")),
    ("no-response", T("vocab", "No response")),
    ("cancelled", T("vocab", "Cancelled")),
)

CLOSURE_REASONS = _v(
    "closure_reason",
    ("goals-met", T("vocab", "Support plan completed")),
    ("referred", T("vocab", "Referred to another organisation"), "Referred"),
    ("person-request", T("vocab", "At the person's request")),
    ("lost-contact", T("vocab", "Contact lost")),
    ("relocated", T("vocab", "Moved out of the area")),
    ("not-trafficking", T("vocab", "Not a trafficking case")),
    ("deceased", T("vocab", "Deceased")),
    ("other", T("vocab", "Other"), "Other"),
)

ORGANISATION_TYPES = _v(
    "organisation_type",
    ("un-agency", T("vocab", "UN agency")),
    ("ingo", T("vocab", "International NGO")),
    ("ngo", T("vocab", "National NGO")),
    ("community-based", T("vocab", "Community-based organisation")),
    ("government", T("vocab", "Government")),
    ("law-enforcement", T("vocab", "Law enforcement")),
    ("health", T("vocab", "Health provider")),
    ("legal-service", T("vocab", "Legal service")),
    ("other", T("vocab", "Other")),
)


# Populations a service serves (directory); an empty list means "everyone".
AGE_GROUPS = _v(
    "age_group",
    ("children", T("vocab", "Children (under 18)")),
    ("adults", T("vocab", "Adults (18 to 59)")),
    ("older-people", T("vocab", "Older people (60 and over)")),
)


# What a consent to share may name (Consent.information for scope "share"): the identifying
# fields a referral may carry to that named partner. The codes are the referral form's.
SHARED_INFORMATION = _v(
    "shared_information",
    ("name", T("vocab", "Name")),
    ("alias", T("vocab", "Alias")),
    ("date_of_birth", T("vocab", "Date of birth")),
    ("age", T("vocab", "Exact age")),
    ("citizenship", T("vocab", "Citizenship")),
    ("phone", T("vocab", "Phone and other contact")),
    ("address", T("vocab", "Address")),
    ("caregiver", T("vocab", "Caregiver (for a child)")),
    ("safe_contact", T("vocab", "Safe way and time to contact")),
    ("exploitation", T("vocab", "Form of exploitation")),
)

# What any referral to a consented sector may carry without naming the person.
REFERRAL_BASIC_FIELDS = _v(
    "referral_basic_field",
    ("sex", T("vocab", "Sex")),
    ("age_band", T("vocab", "Age band")),
    ("nationality_status", T("vocab", "Nationality status")),
    ("languages", T("vocab", "Languages")),
    ("disability", T("vocab", "Disability")),
    ("needs", T("vocab", "Needs in this sector")),
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
