"""The guard-quality round (issue 14): hospitals named without a facility word, a provider's
home, device addresses, office holders in the news and names a veto rules out. Each new
veto rules out its case and leaves alone the same words beside a person."""

from __future__ import annotations

import re

import pytest

from medsocial_tui.compliance import find_phi
from medsocial_tui.compliance import rules as guard_rules
from medsocial_tui.compliance.context import EMPTY_CONTEXT
from medsocial_tui.compliance.findings import Finding


def _labelled(text: str, label: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.label == label]


def _match(pattern: str, text: str) -> re.Match[str]:
    found = re.search(pattern, text)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("text", "label", "words"),
    [
        ("My doctor at Kaiser Sunnyside says my thyroid is fine.", "geo", "Kaiser Sunnyside"),
        ("Been at Addenbrooke's since Sunday with my dad; it's sepsis.", "geo", "Addenbrooke's"),
        ("My surgeon at Hopkins wants to operate on my spine.", "geo", "Hopkins"),
        ("We ended up at Sick Kids at 3am with our daughter's asthma.", "geo", "Sick Kids"),
        ("My mother's doctor at Westbury Heights wants her on it.", "geo", "Westbury Heights"),
        ("Dr. Patel lives in Westfield with her two kids.", "geo", "Westfield"),
        ("The lab kept Farida's DNA profile on file.", "name", "Farida"),
        ("Dear Ms. Beaumont, your CT scan is booked.", "name", "Beaumont"),
        ("Anouk — thank you for trusting us with your son's first visit!", "name", "Anouk"),
        ("insta: jane_doe_smiles (that's me, with the braces)", "handle", "jane_doe_smiles"),
        ("Thanks for the kind words, Oyelaran.", "name", "Oyelaran"),
        ("Is it normal for Kenzie to still wet the bed at 7?", "name", "Kenzie"),
        ("How long will Fitz need the cast?", "name", "Fitz"),
        # (extent37) the hospital, not its unit: "ER" is where in it
        ("The Riverside ER sent my son home with a fever of 104.", "geo", "Riverside"),
    ],
)
def test_places_and_names_the_round_finds(text: str, label: str, words: str) -> None:
    """Hospitals without a facility word, a provider's home, names beside what they tell."""
    assert words in _labelled(text, label)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Patel has joined our team after ten years at Mass General.",
        "Dr. Patel trained in Westfield before joining us.",
        "Kaiser Permanente raised its premiums for next year.",
        "Sloan Kettering is running a trial for a new pancreatic cancer vaccine.",
        "St. Vincent's Hospital in Sydney was founded in 1857.",
        "Pope Francis was treated for pneumonia in Rome.",
        "We ended up at Costco after my filling.",
        "Our router is at 192.168.1.1; the guest network has no password.",
        "Version 10.2.3.4 of the imaging software is installed on every chair.",
        "The printer at 192.168.1.20 is for staff only.",
        "Contact us: info@brightsmiledental.com or 555-010-2000.",
        "Dr. Boateng was born in Accra and trained in London.",
        "We're at 1600 Main St, Suite 200, Springfield, IL 62701.",
        "The Jackson Heart Study followed adults in Mississippi.",
        "The code for the guest Wi-Fi is BRIGHT2025.",
        "Update — thank you for your patience!",
        "Download our app: apps.apple.com/app/id1234567890",
        "Instagram: follow our page for tips",
        "Thanks for the kind words, Springfield!",
        "Sample claim form: Member ID XXX-XX-0000, Group 00000.",
        "The Lakeside Clinic is hiring nurses.",
        "Is it safe for Invisalign to be worn overnight?",
        "Mail payments to Bright Smiles, 12 Elm St, Dover, DE 19901.",
        "The conference is at 1 Convention Plaza, St. Louis, MO.",
        "Meet Jenna, our patient coordinator, who grew up in Dayton.",
    ],
)
def test_look_alikes_stay_clean(text: str) -> None:
    assert [f for f in find_phi(text) if f.severity == "block"] == []


def test_a_sign_off_town_does_not_hide_the_name_before_a_care_home() -> None:
    text = "Best, Harvey (Room 12) at Sunnyvale Care Home"
    assert _labelled(text, "name") == ["Harvey"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("The portal shows a login from 192.168.1.44, which wasn't me.", "192.168.1.44"),
        ("My CPAP uploads from 10.0.4.18 every night.", "10.0.4.18"),
        ("Our router logged my login from 81.56.120.7 last night.", "81.56.120.7"),
    ],
)
def test_device_addresses_private_or_public_tied_to_someone_block(text: str, address: str) -> None:
    assert _labelled(text, "ip") == [address]


def test_not_a_device_of_anyone_rules_out_versions_and_the_practices_equipment() -> None:
    veto = guard_rules._not_a_device_of_anyone
    ip = r"\d+\.\d+\.\d+\.\d+"
    for text, vetoed in [
        ("Version 10.2.3.4 is out.", True),
        ("Set the printer to 10.0.0.5 today.", True),
        ("Set my printer to 10.0.0.5 today.", False),
        ("Someone logged in from 10.0.0.5 today.", False),
    ]:
        assert veto(text, _match(ip, text), EMPTY_CONTEXT) is vetoed, text


def test_public_person_sentence_rules_out_an_office_holders_places_only() -> None:
    veto = guard_rules._public_person_sentence
    for text, vetoed in [
        ("Pope Francis was treated for pneumonia in Rome.", True),
        ("King Charles was treated in London.", True),
        ("My dad was treated for pneumonia in Rome.", False),
        ("Pope Francis blessed my mum in Rome.", False),
    ]:
        place = _match(r"(?P<place>Rome|London)", text)
        assert veto(text, place, EMPTY_CONTEXT) is vetoed, text


def test_not_an_unknown_pair_keeps_two_words_on_no_list_only() -> None:
    veto = guard_rules._not_an_unknown_pair
    for text, vetoed in [
        ("Ama Serwaa was married.", False),
        ("Nkem Oparaocha died in May.", False),
        ("Delta Dental was founded in 1954.", True),  # everyday words
        ("San Jose was hit and three were injured.", True),  # a town
        ("McKesson Corp was sued.", True),  # a brand's inner capital, an organisation word
    ]:
        name = _match(r"(?P<name>^\w+ \w+)", text)
        assert veto(text, name, EMPTY_CONTEXT) is vetoed, text


def test_a_providers_home_is_no_bio_but_where_they_grew_up_is() -> None:
    veto = guard_rules._provider_bio
    lives = "Dr. Patel lives in Westfield."
    grew = "Meet Dr. Allen, who grew up in Leeds."
    assert veto(lives, _match(r"lives in (?P<place>Westfield)", lives), EMPTY_CONTEXT) is False
    assert veto(grew, _match(r"grew up in (?P<place>Leeds)", grew), EMPTY_CONTEXT) is True


def test_health_system_names_are_read_from_the_data_file() -> None:
    from medsocial_tui.compliance import lexicon

    assert "Addenbrooke's" in lexicon.HEALTH_SYSTEMS
    assert not any(name.startswith("#") for name in lexicon.HEALTH_SYSTEMS)
    # longest first, so "Kaiser Permanente" wins over "Kaiser"
    assert lexicon.HEALTH_SYSTEMS.index("Kaiser Permanente") < lexicon.HEALTH_SYSTEMS.index(
        "Kaiser"
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Betty White's birthday is January 17; she loved animals.", []),
        ("Gene Hackman and his wife died at their home in Santa Fe.", []),
        ("My mum met Dolly Parton in Nashville on March 3.", ["Nashville", "March 3"]),
        ("Tom Hanks and Maria Lopez were admitted on June 2.", ["June 2"]),
    ],
)
def test_places_and_dates_of_a_public_figures_news_are_dropped(text: str, kept: list[str]) -> None:
    found = [text[f.start : f.end] for f in find_phi(text) if f.label in ("geo", "date")]
    assert found == kept


def test_drop_public_lives_leaves_other_findings_and_texts_without_figures() -> None:
    text = "Betty White's birthday is January 17."
    date = text.index("January 17")
    mine = [Finding(date, date + 10, "date", "d"), Finding(0, 5, "phone", "p")]
    assert guard_rules.drop_public_lives(text, mine) == mine[1:]
    plain = "Her birthday is January 17."
    at = plain.index("January")
    assert guard_rules.drop_public_lives(plain, [Finding(at, at + 10, "date", "d")])
