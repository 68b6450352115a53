"""The second reading (``phi._second_reading``, guard-secondary): in a text that already
has a blocking finding saying who it is about, the days and places that no cue ties to a
person in their own sentence are identifiers too (Safe Harbor: once a text identifies
someone, every date and every place smaller than a state in it that relates to them is).
Each rule has a text where the day or the place joins because someone is named, and the
same text without the name, where it does not; the vetoes other than "no one here" still
rule out."""

from __future__ import annotations

import re
from typing import Any

import pytest
from labelled import load_general

from medsocial_tui.compliance import find_phi, phi


def _by_rule(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in find_phi(text):
        rule = re.search(r"\[([\w.]+)\]$", f.reason)
        found.setdefault(rule.group(1) if rule else "", []).append(text[f.start : f.end])
    return found


SECOND_RULES = (
    "[date.in_patient_text]",
    "[place.in_patient_text]",
    "[place.branch_in_patient_text]",
    "[address.in_patient_text]",
    "[record.in_patient_text]",
    "[record.shaped_code]",
)

# (rule, the text naming someone, the words it adds, the same text without the name)
JOINS = [
    # (records15) a record's code with no label, in a text naming someone
    (
        "record.shaped_code",
        "Found the referral for Daniela Vogt. I filed it in her folder under KV-2231987.",
        "KV-2231987",
        "Found the referral. I filed it in the folder under KV-2231987.",
    ),
    (
        "record.shaped_code",
        "Mr Venter, the account you gave (CAP-2211-V) is cleared.",
        "CAP-2211-V",
        "The account you gave (CAP-2211-V) is cleared.",
    ),
    (
        "date.in_patient_text",
        "Chart of Maria Lopez, MRN 5518820. Next review 14 March 2027.",
        "14 March 2027",
        "Next review 14 March 2027.",
    ),
    (
        "place.in_patient_text",
        "Maria Lopez, MRN 5518820. Kept in overnight at Mercy General.",
        "Mercy General",
        "Kept in overnight at Mercy General.",
    ),
    (
        "place.in_patient_text",
        "Maria Lopez, 07700 900123. Found near Kingsthorpe.",
        "Kingsthorpe",
        "Found near Kingsthorpe.",
    ),
    (
        "place.in_patient_text",
        "Mijn zoon Daan is op 4 december in het UMC Utrecht geopereerd.",
        "UMC Utrecht",
        "Op 4 december is in het UMC Utrecht een nieuwe vleugel geopend.",
    ),
    (
        "place.in_patient_text",
        # (personcues37b) not "Ma fille Chloé Martin": a short message cueing a relative
        # is about her in every sentence, and the first reading finds Nantes then; (towns51)
        # nor "Née à Nantes": French "née" is a person cue of its own sentence now
        "Mme Chloé Martin, 06 12 55 01 23. Habite à Nantes.",
        "Nantes",
        "Le congrès se tient à Nantes.",
    ),
    (
        "record.in_patient_text",
        "Maria Lopez, 07700 900123. Reg. no HJH-5512093 on her wristband.",
        "HJH-5512093",
        "Reg. no HJH-5512093 on the wristband.",
    ),
    # (guard-recall7) the paper or thing a person's number labels: a sample, a referral, an
    # incident form, a file in brackets, another language's "number is"
    (
        "record.in_patient_text",
        "Hi, this is Marta Kowalczyk, the lab lost my sample SMP-20931 from Tuesday.",
        "SMP-20931",
        "The lab lost sample SMP-20931 from Tuesday.",
    ),
    (
        "record.in_patient_text",
        "My son Thabo's school incident form IR-2025-0912 says he lost a tooth.",
        "IR-2025-0912",
        "The school incident form IR-2025-0912 says a tooth was lost.",
    ),
    (
        "record.in_patient_text",
        "Reply to Rosa Delgado: your file (#88213) shows the surgeon was called away.",
        "88213",
        "The file (#88213) shows the surgeon was called away.",
    ),
    (
        "record.in_patient_text",
        # (a patient's number under its own label is id.labelled's in the first reading, as
        # "The patient number is PN-775123" is record.labelled's)
        "Sehr geehrter Herr Jürgen Wolff, Ihre Rechnung RE-2026-0871 ist bezahlt.",
        "RE-2026-0871",
        "Die Rechnung RE-2026-0871 ist bezahlt.",
    ),
    # (records14) a labelled code in a sentence of its own that names no one: the receipt
    # or the invoice of the person the text names
    (
        "record.in_patient_text",
        "Mrs Choo, the e-receipt for Ethan's braces was emailed. Receipt no. RCP-2025-001184,"
        " paid via PayNow.",
        "RCP-2025-001184",
        "The e-receipt for the braces was emailed. Receipt no. RCP-2025-001184, paid via PayNow.",
    ),
    (
        "address.in_patient_text",
        "Maria Lopez, MRN 5518820. The van parks on Wick Lane.",
        "Wick Lane",
        "The van parks on Wick Lane.",
    ),
    # (guard-extents4) a branch by its place after "our", "your", "their"
    (
        "place.branch_in_patient_text",
        "Mehmet Aydın, 0532 555 0190, was treated at your Kadıköy branch.",
        "Kadıköy",
        "Walk-ins are welcome at your Kadıköy branch.",
    ),
    (
        "place.branch_in_patient_text",
        "Dear Siobhán Doherty, your smear is booked at our Letterkenny surgery.",
        "Letterkenny",
        "Smears are booked at our Letterkenny surgery.",
    ),
    # (places12) and in a sentence that names no one, in the practice's voice: the branch
    # where the person named is seen
    (
        "place.branch_in_patient_text",
        "Mr Nakamura, your licence was left at the desk. Please collect it at our Clementi branch.",
        "Clementi",
        "Please collect parcels at our Clementi branch.",
    ),
    (
        "place.branch_in_patient_text",
        "Hi Dennis Wu, your orthotics are in! Pick up at our Richmond Hill clinic after Dec 3.",
        "Richmond Hill",
        "Orthotics can be picked up at our Richmond Hill clinic.",
    ),
    # (places12) a question put to "anyone" there, in a text naming someone: where the
    # writer looks for help, not a place for a group ((places29) "Anyone in Moncton know a
    # dentist?" is the writer's town on the first reading now, ``place.writer_is_in``;
    # (places59) and beside the writer's father named, no group's: ``place.town_suffix``)
    (
        "place.town_suffix",
        "Anyone from Moncton been to the new CDCP office? My dad Roger LeBlanc is 71.",
        "Moncton",
        "Anyone from Moncton been to the new CDCP office?",
    ),
    # (lone15) the first reading now takes it as the town where the writer seeks care for
    # their daughter; without the writer it stays clean as before ((places59) with the
    # daughter named, ``place.town_suffix`` keeps it first: no group's town)
    (
        "place.town_suffix",
        "my daughter Ruby has a fever. does anyone have the number for the GP in Palmerston North?",
        "Palmerston North",
        "does anyone have the number for the GP in Palmerston North?",
    ),
    # (places12) a place's kind that is a family name too, after a word that is no given
    # name: a hospital or a district, not a person (careplaces37: a park no list names,
    # as Northwick Park is on the world's hospitals and found at the first reading now)
    (
        "place.in_patient_text",
        "Sorry to hear Gary Olsen is unwell. He is in Hartwell Park until Friday.",
        "Hartwell Park",
        "The new wing is in Hartwell Park.",
    ),
    # (guard-extents4) the town a person named is of, after their name and age
    (
        "place.in_patient_text",
        "Best wishes to Ngaire Thompson, 96, of Taumarunui, home from hospital.",
        "Taumarunui",
        "Best wishes to everyone of Taumarunui, home from the show.",
    ),
    (
        "place.in_patient_text",
        "Obituary: Cornelius Botha, late of Riebeek-Kasteel, passed away at home.",
        "Riebeek-Kasteel",
        "Obituary notices for people late of Riebeek-Kasteel are free.",
    ),
    (
        "place.in_patient_text",
        "Nota: José Luis Paredes, 64, de Chiclayo, diabético.",
        "Chiclayo",
        "Nota: la campaña de Chiclayo empieza pronto.",
    ),
    # (places13) after the rest of a name the name finder cut short: a partner's name
    # after "and", or a family name
    (
        "place.in_patient_text",
        "A thank-you card arrived from Gordon and June Hatherley of Wetherby today.",
        "Wetherby",
        "A thank-you card arrived from the Rotary Club of Wetherby today.",
    ),
    # (places13) a place opening with an everyday word that opens many places' names
    (
        "place.in_patient_text",
        "Best wishes to Mrs Edna Kershaw, 94, of Little Budworth, home from hospital.",
        "Little Budworth",
        "Best wishes to everyone of Little Budworth, home from the show.",
    ),
    # (places13) an age over 89 said of someone makes the text one person's
    (
        "place.in_patient_text",
        "My great-aunt just turned 104. The staff at Maungaraki are lovely.",
        "Maungaraki",
        "My great-aunt just retired. The staff at Maungaraki are lovely.",
    ),
    # (places13) where someone lives, said with no preposition
    (
        "place.in_patient_text",
        "Ewan Pollock, 07700 900123. He lives out Penrith way, so we post his batteries.",
        "Penrith",
        "No way Penrith patients should wait this long, so we opened on Saturdays.",
    ),
    (
        "place.in_patient_text",
        "Ring Moira Buchan on 07700 900461, she lives Kirkcaldy and can't drive.",
        "Kirkcaldy",
        "Kirkcaldy's new health centre opens in March.",
    ),
    # (places11) set off by commas after the name, as Spanish and Portuguese say it
    (
        "place.in_patient_text",
        "Cuba: mi tía Yolanda Pérez Rivero, de Holguín, operada de catarata.",
        "Holguín",
        "Cuba: la campaña, de Holguín, empieza pronto.",
    ),
]


@pytest.mark.parametrize(("rule", "text", "words", "without"), JOINS, ids=[j[0] for j in JOINS])
def test_joins_only_beside_someone_named(rule: str, text: str, words: str, without: str) -> None:
    assert words in _by_rule(text).get(rule, []), _by_rule(text)
    # (the rules alone: the learned tagger reads some of these places on its own, as it
    # does "our Richmond Hill clinic" at 0.73, a false block an approver clears)
    assert not [
        f for f in find_phi(without) if f.severity == "block" and "[learned." not in f.reason
    ], _by_rule(without)


# A text naming someone, and a day or a place in it a veto other than "no one here" rules
# out: the practice's own day, a talk's day, a country, an organisation's address, a
# sponsor thanked.
KEPT_OUT = [
    ("Call Maria Lopez on 07700 900123. The practice reopens on 14 March.", "14 March"),
    ("Maria Lopez, MRN 5518820. Our webinar is on Thursday 22 January.", "22 January"),
    ("Maria Lopez, MRN 5518820. She flew in from Kenya.", "Kenya"),
    (
        "Maria Lopez, 07700 900123. Our Leeds branch is at 4 Park Row, Leeds LS1 5HD.",
        "Park Row",
    ),
    ("Maria Lopez, 07700 900123. Thanks to the Rotary Club for the raffle.", "Rotary"),
    # (places12) a notice to a group states, it does not ask
    ("Maria Lopez, 07700 900123. Patients in Leeds can now book online.", "Leeds"),
    ("Maria Lopez, 07700 900123. Anyone in Leeds can book online.", "Leeds"),
    ("Maria Lopez, MRN 5518820. The letter was sent to Grace Park.", "Park"),
    # (places12) a branch of everyday words, in a sentence naming no one
    ("Hi Chidi Okafor, 0803 555 0199. Your physio moves to our Main clinic.", "Main"),
    ("Maria Lopez, 07700 900123. Examples are written like 03/04/2025.", "03/04/2025"),
    ("Maria Lopez, MRN 5518820. The form is in English.", "English"),
    ("Maria Lopez, MRN 5518820. Moved to ICU.", "ICU"),
    ("Maria Lopez, MRN 5518820. The device was implanted in Bartholomew Nakamura.", "Nakamura"),
    ("Maria Lopez, MRN 5518820. He drives a Toyota Corolla.", "Toyota"),
    ("Kwame Mensah, 024 555 0101, wrote to us. We are based in Kumasi.", "Kumasi"),
    ("Grace Achieng, 0722 555 190. Research from Makerere University shows it helps.", "Makerere"),
    (
        "Hi Tevita, 021 555 0193. Happy Christmas from all of us at Harbourside Dental!",
        "Harbourside",
    ),
    ("Maria Lopez, MRN 5518820. World Kidney Day is 12 March.", "12 March"),
    ("Maria Lopez, MRN 5518820. Dr. Park presented at the meeting in Busan.", "Busan"),
    ("Maria Lopez, MRN 5518820. Her ZIP 78207 is on file.", "ZIP"),
    ("Maria Lopez, 07700 900123. Our clinic's licence number is 2024/00871.", "2024/00871"),
    ("Maria Lopez, 07700 900123. Example: a record number looks like AB-12345.", "AB-12345"),
    ("Maria Lopez, 07700 900123. Case no 2024 is closed.", "2024"),
    # (guard-extents4) a branch of everyday words is no place; a person of a firm, a team or
    # a department is of no town; another language's "of" before a name's particle
    ("Hi Chidi Okafor, 0803 555 0199: your physio at our Main clinic moves.", "Main"),
    ("Ali Raza, 07700 900123: your booking at our Dental Surgery office.", "Dental"),
    ("Janice Holt, 07700 900123. Thanks to Janice Holt of Holt & Partners LLP.", "Partners"),
    ("Janice Holt, 07700 900123. Thanks to Sam Reid of Marketing.", "Marketing"),
    ("Janice Holt, 07700 900123. Marcus Reid of Acme Corp called.", "Acme"),
    ("Agradecemos a Ms Maria Lopez de Ciudad de México, 55 5555 0199.", "México"),
    # (places13) a job's words after a name are no rest of it; an everyday word after a
    # place's opening word makes no place
    ("Janice Holt, 07700 900123. Thanks to Sam Reid Head of Research.", "Research"),
    ("Janice Holt, 07700 900123. Thanks to Sam Reid, Director of Nursing.", "Nursing"),
    ("Janice Holt, 07700 900123. Thanks to Sam Reid of New Business.", "Business"),
    ("Janice Holt, 07700 900123. We wish you a Happy New Year from Great Things.", "Things"),
    ("Janice Holt, 07700 900123. Our hours: she lives Monday to Friday here.", "Monday"),
    ("Janice Holt, 07700 900123. Head out Main Street way to find us.", "Main"),
    # (records15) a product's, a model's or an order's code, and a code of fewer than four
    # figures in a row, are no one's record
    ("Anna Berg, 07700 900123. Is the toothbrush model HX-6730 safe?", "HX-6730"),
    ("Anna Berg, 07700 900123. Her new pump came from lot AX-22910.", "AX-22910"),
    ("Anna Berg, 07700 900123. She had COVID-19 and an ICD-10 code.", "COVID-19"),
    # (places11) a department set off by commas is no town
    ("Janice Holt, 07700 900123. Gracias a Carlos Mendoza, de Recursos Humanos, hoy.", "Recursos"),
]


@pytest.mark.parametrize(("text", "words"), KEPT_OUT, ids=[k[1] for k in KEPT_OUT])
def test_other_vetoes_still_rule_out(text: str, words: str) -> None:
    at = text.index(words)
    second = [f for f in find_phi(text) if f.reason.endswith(SECOND_RULES)]
    assert not [f for f in second if f.start <= at < f.end], _by_rule(text)
    assert any(f.severity == "block" for f in find_phi(text))  # it was read twice


def test_a_text_that_does_not_block_is_not_read_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    second = phi._second_reading
    monkeypatch.setattr(
        phi, "_second_reading", lambda doc, *a: read.append(doc.text) or second(doc, *a)
    )
    find_phi("The clinic in Leeds is closed on 14 March for training.")
    find_phi("Maria Lopez, MRN 5518820. Found near Kingsthorpe.")
    assert read == ["Maria Lopez, MRN 5518820. Found near Kingsthorpe."]


def test_the_second_reading_changes_no_verdict_on_general_dev(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A text the second reading was not asked about reads the same without it: each text
    # is read once with it, and only those it read are read again without it. (Every
    # sixteenth of general_dev's 13,762 texts, 860: every eighth took 29 s of a suite whose
    # fresh-clone CI reached 673 s of its 600; benchmarks/guard_golden.py reads them all.)
    samples = load_general("general_dev")[::16]
    second, asked = phi._second_reading, [0]

    def reading(*args: Any) -> Any:
        asked[0] += 1
        return second(*args)

    monkeypatch.setattr(phi, "_second_reading", reading)
    with_second: dict[str, bool] = {}
    for sample in samples:
        asked[0] = 0
        blocks = _blocks(sample.text)
        if asked[0]:
            with_second[sample.text] = blocks
    assert len(with_second) > len(samples) // 4  # the PHI texts among them, at least
    monkeypatch.setattr(phi, "_second_reading", lambda doc, ctx, found, about: found)
    assert with_second == {text: _blocks(text) for text in with_second}


def _blocks(text: str) -> bool:
    return any(f.severity == "block" for f in find_phi(text))
