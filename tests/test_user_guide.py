"""The user guide holds together: English and French have the same pages and pictures, every
link and picture it names exists, and every committed screenshot is shown somewhere."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "guide"
LANGUAGES = ("en", "fr")
LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)\)")


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = heading.strip().lower().replace("`", "")
    text = "".join(c for c in text if c.isalnum() or c in " -_")
    return text.replace(" ", "-")


def anchors(page: Path) -> set[str]:
    lines = page.read_text(encoding="utf-8").splitlines()
    return {slug(line.lstrip("#")) for line in lines if line.startswith("#")}


def links(page: Path) -> list[tuple[bool, str]]:
    """(is a picture, target) of every Markdown link on `page`, code blocks left out."""
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [(bang == "!", target) for bang, target in LINK.findall(text)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_and_picture_of_the_guide_exists(language):
    problems = []
    for page in sorted((GUIDE / language).glob("*.md")):
        for _picture, target in links(page):
            if target.startswith(("http://", "https://")):
                continue
            path, _, anchor = target.partition("#")
            goal = (page.parent / path).resolve() if path else page
            if not goal.exists():
                problems.append(f"{page.name}: {target} does not exist")
            elif anchor and anchor not in anchors(goal):
                problems.append(f"{page.name}: no heading for #{anchor} in {goal.name}")
    assert problems == []


def test_both_languages_have_the_same_pages_and_pictures():
    pages = {lang: sorted(p.name for p in (GUIDE / lang).glob("*.md")) for lang in LANGUAGES}
    assert pages["en"] == pages["fr"]
    assert {"README.md", "data-protection.md", "forgotten-password.md"} <= set(pages["en"])
    for name in pages["en"]:
        shown = {
            lang: [Path(t).name for picture, t in links(GUIDE / lang / name) if picture]
            for lang in LANGUAGES
        }
        assert shown["en"] == shown["fr"], name  # the same pictures, in the same order


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_committed_screenshot_is_shown_in_the_guide(language):
    shown = {
        Path(target).name
        for page in (GUIDE / language).glob("*.md")
        for picture, target in links(page)
        if picture
    }
    drawn = {path.name for path in (GUIDE / "img" / language).glob("*.png")}
    assert drawn - shown == set()
