"""A fictional service directory for demo offices: 500+ services over every sector.

Organisation names say "Fictional", "Sample", "Pretend" or "Demo"; phones are in the 555 range
and e-mails end in .example, so nobody can mistake a demo service for a real one.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tipdesk.models import vocab as v
from tipdesk.services.directory import ServiceRecord

PLACES = [  # (admin1, admin2, sites)
    ("Far North", "Diamaré", ["Maroua", "Bogo", "Pétté"]),
    ("Far North", "Logone-et-Chari", ["Kousseri", "Goulfey", "Makary"]),
    ("Far North", "Mayo-Sava", ["Mora", "Kolofata", "Tokombéré"]),
    ("Far North", "Mayo-Tsanaga", ["Mokolo", "Koza", "Mogodé"]),
    ("North", "Bénoué", ["Garoua", "Pitoa", "Lagdo"]),
    ("Adamawa", "Vina", ["Ngaoundéré", "Belel", "Mbé"]),
    ("East", "Lom-et-Djérem", ["Bertoua", "Garoua-Boulaï", "Bétaré-Oya"]),
    ("Littoral", "Wouri", ["Douala", "Manoka", "Bonabéri"]),
]
ORGANISATIONS = [  # (name, acronym, type)
    ("Fictional Hope Network", "FHN", "ngo"),
    ("Sample Women's Association", "SWA", "community-based"),
    ("Pretend UN Agency", "PUNA", "un-agency"),
    ("Demo Regional Health Delegation", "DRHD", "health"),
    ("Fictional Legal Clinic", "FLC", "legal-service"),
    ("Sample Red Crescent Branch", "SRCB", "ngo"),
    ("Demo International Relief", "DIR", "ingo"),
    ("Pretend Youth Centre", "PYC", "community-based"),
    ("Fictional Livelihoods Cooperative", "FLCO", "ngo"),
    ("Demo Social Affairs Delegation", "DSAD", "government"),
]
SERVICE_TYPES = {  # by sector code (vocab.SECTORS)
    "protection": ["Case management", "Legal aid and documentation", "Protection monitoring"],
    "child-protection": ["Case management for children", "Family tracing", "Interim care"],
    "gbv": ["GBV case management", "Clinical management of rape", "Women's safe space"],
    "food": ["Food distribution", "Cash for food"],
    "wash": ["Hygiene kits", "Water point"],
    "shelter-nfi": ["Emergency shelter", "Safe house", "Household items"],
    "cccm": ["Site management desk", "Registration desk"],
    "health": ["Primary health care", "Sexual and reproductive health", "Mobile clinic"],
    "nutrition": ["Nutrition screening", "Supplementary feeding"],
    "mhpss": ["Psychosocial support", "Mental health consultations"],
    "education": ["Catch-up classes", "School fees support"],
    "livelihoods": ["Vocational training", "Start-up grants", "Job placement"],
}
LANGUAGES = ["fra", "eng", "ful", "ara", "hau", "kan"]


def demo_services(count: int, rng: random.Random, today: date | None = None) -> list[ServiceRecord]:
    """`count` services spread over every sector, place and kind of organisation; some are
    inactive, some not verified for a long time, some do not take trafficking cases."""
    today = today or date.today()
    records = []
    for n in range(count):
        sector = v.SECTORS.codes[n % len(v.SECTORS.codes)]
        organisation, acronym, kind = ORGANISATIONS[(n // len(v.SECTORS.codes)) % 10]
        admin1, admin2, sites = PLACES[(n // 120) % len(PLACES)]
        site = sites[(n // 40) % 3]
        number = f"{n:04d}"
        records.append(
            ServiceRecord(
                organisation=organisation,
                organisation_acronym=acronym,
                organisation_type=kind,
                organisation_contact=f"contact@{acronym.lower()}.example",
                sector=sector,
                service_type=rng.choice(SERVICE_TYPES[sector]),
                description="Fictional demo entry for training; not a real service.",
                admin1=admin1,
                admin2=admin2,
                site=f"{site} {number}",
                address=f"{n + 1} Demo Street, {site}",
                phone=f"+000 555 {number[:2]}{rng.randint(0, 9)} {number[2:]}{rng.randint(0, 9)}",
                email=f"{sector}.{n}@{acronym.lower()}.example",
                focal_point=f"Demo Focal Point {n}",
                opening_hours=rng.choice(["Mon-Fri 08:00-16:00", "Every day 24h", "Tue, Thu"]),
                languages=rng.sample(LANGUAGES, rng.randint(1, 3)),
                age_groups=rng.choice([[], [], ["children"], ["adults"]]),
                sexes=rng.choice([[], [], [], ["female"]]),
                disability_accessible=rng.random() < 0.4,
                accepts_trafficking_cases=rng.random() < 0.6,
                free_of_charge=rng.random() < 0.9,
                referral_procedure="Call the focal point, then send the referral form.",
                last_verified_on=today - timedelta(days=rng.choice([20, 90, 200, 400, 800])),
                active=rng.random() > 0.05,
            )
        )
    return records
