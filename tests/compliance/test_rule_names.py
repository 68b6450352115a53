"""Every finding names the rule that made it ("… [name.greeting]"), and every rule has a
case here or in the rule tables' own tests: the name finder's table
(``test_name_rules.py``), the cue tables of ``rules.py`` (``test_general_text.py``) and,
below, the name finder's passes outside its table, the shaped-identifier finders and the
date, age, health and place finders of ``phi.py``."""

from __future__ import annotations

import re

import pytest
from labelled import load_corpus

from medsocial_tui.compliance import PracticeContext, find_phi, learned, phi, scripts
from medsocial_tui.compliance import identifiers as ids
from medsocial_tui.compliance import names as nm
from medsocial_tui.compliance import rules as guard_rules
from medsocial_tui.compliance.roster import roster_from_names

# A practice with a roster and an address on Oakridge Blvd.
PRACTICE = PracticeContext(
    address="2150 Oakridge Blvd, Columbus, OH 43215",
    roster=roster_from_names(["Hope Walker", "Bob Hennessy"]),
)

# (rule, text, the words its finding covers, with the practice?)
CASES: list[tuple[str, str, str, bool]] = [
    ("name.lower_greeting", "hi maria, the forms are ready", "maria", False),
    ("name.lower_addressed", "feel better soon danny!", "danny", False),
    ("name.lower_unwell", "jamal still has the cough, should he stay home", "jamal", False),
    ("name.lower_titled", "pt is mr. okonkwo, 80, on dialysis", "okonkwo", False),
    ("name.lower_kin", "kenji my husband has had hiccups for 3 days", "kenji", False),
    ("name.lower_age", "nguyen thi lan 67 y/o female, hx of stroke", "nguyen thi lan", False),
    ("name.lower_object", "took sarah to a&e, they sent her home", "sarah", False),
    ("name.foreign_greeting", "Kia ora Wairaka, your recall is due.", "Wairaka", False),
    ("name.greeted_abroad", "שלום דנה, התוצאות הגיעו", "דנה", False),
    ("name.titled_abroad", "גב' שרה אברהם ביקשה תור", "שרה אברהם", False),
    ("name.script_subject", "אברהם כהן was admitted with chest pain.", "אברהם כהן", False),
    ("place.lives_abroad", "Äitini asuu Tampereella, hänellä on diabetes.", "Tampereella", False),
    ("name.script_given_name", "Can פאטמה or מרים take it? מרים כהן is 40.", "מרים כהן", False),
    ("name.greek_cyrillic_given", "Мой сын Иван болеет уже неделю.", "Иван", False),
    ("name.thai_khun", "คุณสมชาย ปวดฟันมาสามวัน", "สมชาย", False),
    ("name.thai_titled", "นางมาลี ศรีสุข ปวดฟันมาสามวัน", "มาลี ศรีสุข", False),
    ("name.indonesian_title", "Bu Sri Wahyuni kontrol gigi minggu depan.", "Sri Wahyuni", False),
    ("name.declined_slavic", "Synovi Jakubovi vypadl zub.", "Jakubovi", False),
    ("name.self_named_abroad", "Με λένε Ελένη και έχω πυρετό.", "Ελένη", False),
    ("name.patient_abroad", "Ο ασθενής Γιώργος Παπαδόπουλος, 72 ετών.", "Γιώργος", False),
    ("name.roster_full_name", "so good to see hope walker here", "hope walker", True),
    ("name.roster_word", "So good to see Hennessy here.", "Hennessy", True),
    ("phone.shaped", "Text me at 614-555-0199 tonight.", "614-555-0199", False),
    ("email.address", "Mail me at jane.doe@gmail.com today.", "jane.doe@gmail.com", False),
    ("url.personal_page", "See facebook.com/profile.php?id=1234567 for it.", "", False),
    ("handle.at", "Shout out to @jenny_smiles for the kind words!", "@jenny_smiles", False),
    ("handle.bare_username", "hinge guy (marco_rides) ghosted me", "marco_rides", False),
    ("ssn.shaped", "My SSN is 123-45-6789.", "123-45-6789", False),
    ("record.labelled", "MRN 00482913 is on the chart.", "00482913", False),
    ("device.serial", "Pacemaker serial number PX44-0912 was read.", "PX44-0912", False),
    ("vehicle.vin", "VIN 1HGCM82633A004352 was on the form.", "1HGCM82633A004352", False),
    ("vehicle.plate", "My license plate 7ABC123 was towed.", "7ABC123", False),
    ("vehicle.plate", "He drives a grey Hyundai with plate 12가 3456.", "12가 3456", False),
    ("address.street", "My mom lives at 42 Elm Street now.", "42 Elm Street", False),
    ("address.rural_route", "Mail it to RR 2 Box 118, Dunseith ND.", "RR 2 Box 118", False),
    ("zip.after_state", "She lives in Columbus, OH 43215 now.", "43215", False),
    ("date.life_event", "My son was born on March 3, 2019.", "March 3, 2019", False),
    ("date.person_sentence", "She had her crown fitted on the 14th.", "the 14th", False),
    ("date.tied_to_person", "Hi Maria, see you on June 14 for the crown.", "June 14", False),
    # (dates16) a fall and a hurt wrist are the writer's body now (date.writer_care)
    ("date.first_person_full", "I lost my wallet on 2021-06-14 at the station.", "", False),
    (
        "date.writer_care",
        "Had the biopsy 4/5 and I'm still waiting.",
        "4/5",
        False,
    ),
    ("date.care_event_on", "The MRI on the 2nd of October showed a tear.", "2nd of October", False),
    # (dates59) an owner's event, a birth asked and answered, a record of one holder
    ("date.owners_event", "Ahmed Al-Rashidi's extraction for 26.05.2025", "26.05.2025", False),
    # (dates79) the writer's own care with the "I" left out
    ("date.had_it_done", "Crown feels high. had it fitted on the 9th", "the 9th", False),
    ("date.booking_moved", "the appointment with Dr. Rao got moved to the 28th", "the 28th", False),
    (
        "date.employers_action",
        "Bart Finch has been promoted to supervisor effective April 1st.",
        "April 1st",
        False,
    ),
    ("date.birth_asked", "what day was she born? — feb 2nd at 4am", "feb 2nd", False),
    (
        "date.record_holders_day",
        "Ticket holder: Ngaio Te Huia, Row F, concert on 15.11",
        "15.11",
        False,
    ),
    # (dates55) a short message about one person: its day of the month is theirs
    (
        "date.short_personal_text",
        "63M on lisinopril, angioedema in chair on 10/14, EMS called",
        "10/14",
        False,
    ),
    # (numdates48) digits in groups split by a dot are closed up before the finders read
    # them (phone.shaped finds "6 1 7 . 5 5 5 . 0 1 4 2"); digits in no groups stay spaced
    ("phone.spaced_digits", "My cell: 6 1 7 5 5 5 0 1 4 2", "6 1 7 5 5 5 0 1 4 2", False),
    ("date.relative", "My mom was discharged yesterday after a stroke.", "yesterday", False),
    # (dates35) a weekday of a person's care beside a name
    (
        "date.weekday_of_care",
        "My mom Ana was discharged on Friday after a stroke.",
        "Friday",
        False,
    ),
    ("age.over_89", "Happy 95th birthday to my nan!", "95th birthday", False),
    ("health.addressed", "So sorry your root canal still hurts.", "root canal", False),
    ("street.home_on", "My aunt lives on Oakridge Blvd.", "Oakridge Blvd", True),
    ("place.after_preposition", "Maria from Reading had her implant.", "Reading", False),
    ("place.zip_after_town", "Maria lives in Dublin, 43017 with her kids.", "43017", False),
    # the second reading of a text that names someone (test_second_reading.py)
    (
        "date.in_patient_text",
        "Chart of Maria Lopez, MRN 5518820. Next review 14 March 2027.",
        "14 March 2027",
        False,
    ),
    (
        "place.in_patient_text",
        "Maria Lopez, 07700 900123. Found near Kingsthorpe.",
        "Kingsthorpe",
        False,
    ),
    (
        "place.branch_in_patient_text",
        "Hi Dennis Wu, your orthotics are in. Pick up at our Richmond Hill clinic.",
        "Richmond Hill",
        False,
    ),
    (
        "record.in_patient_text",
        "Patient Muhammad Javed, admitted on 29-11-2026, MR# MH-26-118830.",
        "MH-26-118830",
        False,
    ),
    (
        "record.shaped_code",
        "Patient Muhammad Javed, admitted on 29-11-2026; his wristband reads KBTH-4471.",
        "KBTH-4471",
        False,
    ),
    # (clinicians30) the line to ring in a message naming one person's clinician
    (
        "phone.care_message",
        "Dr. Adeyemi said you can ring the ward on +234 803 555 2917 about your mum's scan",
        "+234 803 555 2917",
        False,
    ),
    # (ids59) the line a message addressed to one named person asks them to call back on
    (
        "phone.reader_asked_to_call",
        "Hello Mrs Adebayo, your results are ready. Kindly call +234 803 555 4172 to book.",
        "+234 803 555 4172",
        False,
    ),
    # (clinicians51) a clinician in a short text that already blocks on one patient
    (
        "name.clinician_in_patient_text",
        "Dear Dr. Oyelaran, I am referring Mr. Tunde Bakare, 91, for a lesion on his scalp.",
        "Oyelaran",
        False,
    ),
    # (namesrec37) a CV's or a licence record's subject, with their own mobile or licence
    (
        "name.record_subject",
        "CV — Thandiwe Mahlangu, dental assistant. Mobile: 082 555 0173, Pretoria",
        "Thandiwe Mahlangu",
        False,
    ),
    (
        "address.in_patient_text",
        "Maria Lopez, MRN 5518820. The van parks on Wick Lane.",
        "Wick Lane",
        False,
    ),
    # other scripts and languages (scripts.py; its look-alikes in test_scripts.py)
    ("name.cjk_honorific", "김지수님, 수술 후 통증은 괜찮으신가요?", "김지수", False),
    ("name.cjk_labelled", "患者赵志强，男，牙龈反复出血。", "赵志强", False),
    ("name.kana_honorific", "マリアさん、お薬は飲めていますか。", "マリア", False),
    ("date.cjk", "母は2025年11月28日に入院しました。", "2025年11月28日", False),
    ("phone.east_asian", "我的手机号是138 0013 8000。", "138 0013 8000", False),
    ("address.cjk", "北京市朝阳区建国路88号是我家地址。", "北京市朝阳区建国路88号", False),
    ("record.cjk_labelled", "就诊卡号：88031245", "88031245", False),
    ("address.street_abroad", "אני גר ברחוב הרצל 12 ויש לי סוכרת.", "רחוב הרצל 12", False),
    # an insurance claim's insured and its policy number
    ("name.cjk_labelled", "피보험자 이서연 / 사고일 2025.12.28", "이서연", False),
    ("record.cjk_labelled", "보험 청구: 증권번호 2025-77-0184413", "2025-77-0184413", False),
    ("age.cjk_over_89", "我奶奶今年九十二岁了。", "九十二岁", False),
    ("name.thanked_abroad", "Bedankt Femke voor je lieve woorden!", "Femke", False),
    ("name.here_intro", "Mags here from the Tuesday hydro class.", "Mags", False),
    (
        "email.spelled_lower",
        "mail me: ines dot carvalho at sapo dot pt",
        "ines dot carvalho",
        False,
    ),
    ("vehicle.uk_plate", "My dad's car, LR 19 XTM, has the blue badge.", "LR 19 XTM", False),
    # (names75) a given name and a father's name, the family name first, in Ukrainian
    (
        "name.cyrillic_patronymic",
        "Заява: прошу надати відпустку. Коваленко Ірина Петрівна, медсестра.",
        "Коваленко Ірина Петрівна",
        False,
    ),
    ("age.cyrillic_over_89", "Моей бабушке 94 года, вчера удалили зуб.", "94", False),
    # (read 139-142) and in Georgian and Armenian
    ("age.caucasus_over_89", "ჩემი ბებია 91 წლისაა, ახალი პროთეზი სჭირდება.", "91", False),
    # (read 139-142) a street, house and flat in Russian
    (
        "address.cyrillic_street",
        "Я живу на ул. Ленина, д. 5, кв. 12",
        "ул. Ленина, д. 5, кв. 12",
        False,
    ),
    # (read 139-142) a doctor a patient thanks by name, in Chinese
    ("name.cjk_doctor_thanked", "谢谢王医生，我妈妈的湿疹好多了！", "王", False),
    # (read 139-142) a common given name in Georgian or Armenian letters, with its ending
    ("name.caucasus_given", "გიორგის სწრაფ გამოჯანმრთელებას ვუსურვებთ!", "გიორგ", False),
    # (names83) a relative's name after the relation's word, in Russian and Ukrainian
    ("name.cyrillic_relation", "Хочу записать сына Матвея к ортодонту.", "Матвея", False),
    # (read 139-142) a family name with two initials, as a record writes it
    (
        "name.cyrillic_initials",
        "Оплата не прошла, пациентка Ахмедова Л.Р. просит перезвонить.",
        "Ахмедова Л.Р.",
        False,
    ),
    # (dates87, ids87) a date in Russian words of someone's care; a number after its label
    ("date.cyrillic", "Мама после операции 12 марта, держится температура.", "12 марта", False),
    ("id.cyrillic_labelled", "Меня зовут Айгерим, ИИН 900415300123.", "900415300123", False),
    # (names79) a name beside the writer, or spoken to with no comma
    ("name.with_the_writer", "Aba and I both had our wisdom teeth out the same week", "Aba", False),
    # (ages79) and in Greek, said of a relative
    ("age.greek_over_89", "Ο παππούς μου είναι 93 χρονών και έχει πόνο σε ένα δόντι.", "93", False),
    # (staff75) a doctor a patient names in their own words
    (
        "name.doctor_in_own_words",
        "had my wisdom teeth out with Dr. Siddiqui last month and honestly zero swelling, highly recommend",
        "Siddiqui",
        False,
    ),
]


def _reasons(text: str, ctx: PracticeContext | None) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in find_phi(text, ctx):
        rule = re.search(r"\[([\w.]+)\]$", f.reason)
        found.setdefault(rule.group(1) if rule else "", []).append(text[f.start : f.end])
    return found


@pytest.mark.parametrize(
    ("rule", "text", "words", "with_practice"), CASES, ids=[c[0] for c in CASES]
)
def test_each_finder_rule_names_itself(
    rule: str, text: str, words: str, with_practice: bool
) -> None:
    found = _reasons(text, PRACTICE if with_practice else None)
    assert rule in found, found
    if words:
        assert any(words in w or w in words for w in found[rule]), found


def test_every_rule_outside_the_tables_has_a_case() -> None:
    cased = {case[0] for case in CASES}
    outside = (
        {f"name.{r}" for r in nm.PASS_RULES}
        | set(ids.FINDER_RULES)
        | set(phi.FINDER_RULES)
        | set(scripts.FINDER_RULES)
    )
    assert outside <= cased, sorted(outside - cased)


def all_rule_names() -> list[str]:
    tables = guard_rules.IDENTIFIER_RULES + guard_rules.NAME_RULES + guard_rules.FACILITY_RULES
    return [
        *(f"name.{r.name}" for r in nm.NAME_RULES),
        *(f"name.{r}" for r in nm.PASS_RULES),
        *(r.name for r in tables),
        *ids.FINDER_RULES,
        *phi.FINDER_RULES,
        *scripts.FINDER_RULES,
        *learned.FINDER_RULES,
    ]


def test_rule_names_are_unique_across_every_finder() -> None:
    names = all_rule_names()
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


# Findings named outside the registries above: phone numbers of any region, spelled-out
# numbers and link values (rules.py), each with its own tests in test_general_text.py.
_OTHER = re.compile(r"phone\.\w+|record_number\.spelled_out|link\.query_value")


@pytest.mark.parametrize("with_practice", [False, True], ids=["no-practice", "practice"])
def test_every_finding_on_the_corpus_names_a_known_rule(
    with_practice: bool, practice: PracticeContext
) -> None:
    known = set(all_rule_names())
    for sample in load_corpus():
        for f in find_phi(sample.text, practice if with_practice else None):
            rule = re.search(r"\[([\w.]+)\]$", f.reason)
            assert rule is not None, (sample.id, f.reason)
            assert rule.group(1) in known or _OTHER.fullmatch(rule.group(1)), (sample.id, f.reason)


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # (clean10) "at the surgery": a UK practice's premises, where an event is held
        ("Come and meet Santa at the surgery on 20 December.", False),
        ("Flu jabs at the surgery on Saturday 4 October, no appointment needed.", False),
        # an operation's day stays one person's
        ("Mum's knee replacement: the surgery on 3 May went fine.", True),
        ("We took Dad to the surgery on 14 March and he was admitted.", True),
    ],
)
def test_care_event_on_leaves_the_surgerys_premises(text: str, blocks: bool) -> None:
    found = [f for f in find_phi(text) if f.label == "date" and f.severity == "block"]
    assert bool(found) == blocks, found
