"""The language and country pickers name their choices in the language in use."""

from tipdesk import i18n
from tipdesk.ui.wizard.code_picker import CodePicker, countries, language_choices


def test_languages_and_countries_are_named_in_the_language_in_use(qtbot):
    assert ("French", "fra") in language_choices()
    i18n.use_language("fr")
    languages = {code: name for name, code in language_choices()}
    assert (languages["fra"], languages["ful"]) == ("Français", "Peul")
    assert dict((code, name) for name, code in countries())["CMR"] == "Cameroun"
    picker = CodePicker(language_choices(), "Langues parlées")
    qtbot.addWidget(picker)
    picker.set_values(["ful"])
    assert picker.values() == ["ful"]
    assert picker.code_for("Peul") == "ful"  # typed as shown
