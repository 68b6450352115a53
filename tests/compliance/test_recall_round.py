"""The guard-recall round (issue 14): each class it works, caught where a person is named or
given away, and left alone in its look-alikes, with no practice configured."""

from __future__ import annotations

import pytest

from medsocial_tui.compliance import find_phi


def blocked(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a shared file of someone's own scans or results (url.personal_site)
        ("My bloodwork is on my Dropbox: dropbox.com/s/8fj2k/labs.pdf", "dropbox.com/s/8fj2k"),
        ("I put my MRI on https://wetransfer.com/downloads/8a7f2 for you.", "wetransfer.com"),
        ("My blog about my daughter's epilepsy is www.livingwithlila.net", "livingwithlila"),
        # an unlisted given name where only a person stands
        ("We rushed Ikenna to the ER when his lips swelled.", "Ikenna"),
        ("Dashiell has had a cough for two weeks.", "Dashiell"),
        ("My hubby Rafferty snores and stops breathing.", "Rafferty"),
        # a named doctor's relative as the patient
        ("Dr. Lindqvist's husband is our patient and needs a crown.", "Lindqvist"),
        # the writer's own care said with "mine", or a device put in (date.writer_care)
        ("Does a stent hurt? Mine went in on June 9th at Baptist Memorial.", "June 9th"),
        ("Does a stent hurt? Mine went in on June 9th at Baptist Memorial.", "Baptist Memorial"),
        ("My IUD went in on the 2nd and I'm still cramping.", "the 2nd"),
        # a handle is the writer's when they say so, even after "follow ... for updates"
        ("Follow @kidney_warrior_dave for updates on my transplant.", "@kidney_warrior_dave"),
        # someone moved or taken to a place for care, said between verb and place
        ("They transferred my son to Rainbow Babies this morning.", "Rainbow Babies"),
        ("I drove my dad to Mercy Plains for his chemo.", "Mercy Plains"),
        # a doctor's relative with care in the sentence
        ("Dr. Singh's daughter needs a filling.", "Singh"),
        # a birthday written short, a Reddit user, an image of someone's body at a file host
        ("my bday is 4/3, I'm turning 40", "4/3"),
        ("I'm on Reddit as u/sad_knee_surgery", "u/sad_knee_surgery"),
        ("The x-ray is at https://imgur.com/a/Xk3Lm9", "imgur.com/a/Xk3Lm9"),
        # letters and digits spelt one by one (normalize closes them up)
        ("S S N: 5 3 2 - 4 8 - 1 1 9 0", "5 3 2 - 4 8 - 1 1 9 0"),
        ("m r n 4 4 8 1 9 2 7", "4 4 8 1 9 2 7"),
        ("my chart number is 4 4 8 1 9 2 7", "4 4 8 1 9 2 7"),
        # an age over 89 asked about, with the relative in the next sentence
        ("Is chemo safe at 95? Asking for my grandpa.", "95"),
        # a romanised hyphenated given name, a month-named given name before a surname
        ("Dae-jung Lim drives a grey Hyundai to his dialysis.", "Dae-jung Lim"),
        ("Jan Kowalski lives at ul. Marszałkowska 10, Warszawa.", "Jan Kowalski"),
        # a personal fact told with a kind of number first (name.personal_fact)
        ("Duncan Fraser's bank account number is 31926819.", "Duncan Fraser"),
        # a sentence-opening verb before a title or a name is no part of it
        ("Reach Mr. Pham on +61 412 555 019 about his wound care.", "Mr. Pham"),
        ("Ask Mrs. Obi about her stitches.", "Mrs. Obi"),
        # a provider away beside the writer's own care is still the writer's date
        ("Dr. Kim is out on the 14th, so my crown is moved to the 21st.", "the 21st"),
        # a Korean plate
        ("He parks the van, plate 34나 7812, at the clinic.", "34나 7812"),
    ],
)
def test_caught(text: str, words: str) -> None:
    assert any(words in w for w in blocked(text)), blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "For my results, the CDC explains A1c at www.cdc.gov/a1c.",
        "See my results in the portal at mychart.example.org.",
        "The city of Tucson opened cooling centers this week.",
        "Kingston, Ontario has a new cancer centre.",
        "Chad and Niger have the highest child mortality rates.",
        "Catholic, Christian and Jewish hospitals merged.",
        "Lot number 7KX21 of the insulin pens was recalled.",
        "Elton John had prostate cancer surgery and went back on tour.",
        "Mr. Bean is on TV tonight in the waiting room.",
        "I took Tylenol for her fever.",
        "Dr. Haddad's patients love her.",
        "I'm hosting the implant seminar on the 14th.",
        "Follow @brightsmileaustin for tips.",
        "Dr. Kim is on vacation June 10-17; Dr. Ortiz will see her patients.",
        "Our CPR class with instructor Mike Dolan is on June 3 at 6pm.",
        "Thank you to Councilwoman Reyes for visiting our clinic on Tuesday!",
        "Text HOME to 741741 to reach the Crisis Text Line.",
        "Jan 15 is our open day.",
        "Follow-up Visits are on Tuesdays.",
        "Is a dental implant safe at 95? Most studies say yes.",
        "Plan A B C for the clinic.",
        "Steps: 1 2 3 4 and you're done!",
        "Check r/dentistry and u/AutoModerator rules.",
        "The photos from our 5K are at https://flickr.com/photos/brightsmile/albums/72177720",
        "The report is at https://www.nytimes.com/2024/05/12/health/flu-season.html",
        "Tax ID 12-3456789 is on the invoice.",
        "Routing number 021000021 is for the bank, not us.",
        "Order 123-45-6789 shipped today.",
        "Welcome our new front desk lead, Marisol Reyes!",
        "Dr. Singh's daughter just started dental school too!",
        "John Doe and Jane Doe are placeholder names on sample forms.",
        "My MRN is 0000000? That can't be right.",
        "Scrubs is still the most realistic hospital show.",
        "Burt's Bees lip balm helps with chapped lips.",
        "Will Ferrell jokes about his back pain.",
        "Sean Combs is in the news again.",
    ],
)
def test_look_alikes_stay_clean(text: str) -> None:
    assert blocked(text) == []
