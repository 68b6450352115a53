"""The name finder's rules (``names.NAME_RULES``), one by one: each decides the candidate
it is for and passes on (None) one it is not for. Then the table as a whole: unique names,
the per-kind tables give the whole table's verdicts, findings name their rule."""

from __future__ import annotations

import ast
import inspect
import textwrap

import pytest
from labelled import load_corpus

from medsocial_tui.compliance import PracticeContext, find_phi
from medsocial_tui.compliance import names as nm
from medsocial_tui.compliance.names import NAME_RULES, VETO, Candidate, _Finder, find_names
from medsocial_tui.compliance.text import parse

PLAIN = PracticeContext()
RIVERBEND = PracticeContext(practice_name="Riverbend Dental")


def candidate_at(text: str, word: str, ctx: PracticeContext = PLAIN) -> tuple[_Finder, Candidate]:
    """The finder over ``text`` and the candidate of the capitalised run starting at the
    first token reading ``word``."""
    finder = _Finder(parse(text), ctx)
    index = next(i for i, t in enumerate(finder.tokens) if t.text == word)
    found = finder.candidate(finder.run_from(index))
    assert found is not None
    return finder, found


def verdict(rule: nm.Rule, text: str, word: str, ctx: PracticeContext = PLAIN) -> str | None:
    if rule in (
        nm.staff_named_earlier,
        nm.staff_in_list,
        nm.staff_thanked,
        nm.writers_carer,
        nm.public_figures_given_name,
        nm.joined_to_a_name,
    ):
        # it reads what the runs before the candidate were found to be: the last run
        # reading ``word``, once the finder has read the text
        finder = _Finder(parse(text), ctx)
        finder.run()
        index = max(i for i, t in enumerate(finder.tokens) if t.text == word)
        found = finder.candidate(finder.run_from(index))
        assert found is not None
        return rule(finder, found)
    finder, c = candidate_at(text, word, ctx)
    return rule(finder, c)


TITLE = nm._TITLE_CUE
ADDRESSED = nm._ADDRESSED
GIVEN = nm._GIVEN_NAME
AFTER_KIN = nm._UNLISTED_AFTER_RELATIVE
IN_HEALTH = nm._UNLISTED_IN_HEALTH
FAMILY_FIRST = nm._FAMILY_FIRST_REASON

# (rule, text, word the run starts at, what the rule says); each rule has at least one
# case where it decides and one where it passes on (None).
CASES: list[tuple[nm.Rule, str, str, str | None]] = [
    (nm.after_doctor, "Please ask doctor Emma today.", "Emma", VETO),
    (nm.after_doctor, "Please ask Emma today.", "Emma", None),
    (nm.suppressed, "Thanks to Leonardo DiCaprio for this.", "Leonardo", VETO),
    (nm.suppressed, "Thanks to Emma for this.", "Emma", None),
    # a relative of the writer's named like a public figure is the relative
    (nm.suppressed, "My mother Rosa Parks had a fall.", "Rosa", None),
    (nm.suppressed, "The mother Rosa Parks had a fall.", "Rosa", VETO),
    # a patient's form field beside a famous name: the patient's ("Patient: …", "…, DOB")
    (nm.suppressed, "Patient: Michael Jordan, seen for a filling.", "Michael", None),
    (
        nm.public_figures_given_name,
        "Angelina Jolie's surgery led to the Angelina effect.",
        "Angelina",
        nm.VETO,
    ),
    (
        nm.public_figures_given_name,
        "Angelina Jolie spoke out. My sister Angelina has the gene.",
        "Angelina",
        None,
    ),
    (nm.suppressed, "Michael Jordan, DOB 03/04/1961, came in.", "Michael", None),
    (nm.suppressed, "Michael Jordan won six titles with the Bulls.", "Michael", VETO),
    (nm.title_before_word, "Patient ID: 987654321 is on file.", "Patient", VETO),
    (nm.title_before_word, "Mr. Clean wipes are sold here.", "Mr", VETO),
    (nm.title_before_word, "Mr. Long said his knee hurts.", "Mr", None),
    (nm.title_before_word, "Mr. Clean said hello.", "Mr", None),
    (nm.family_named, "We love the Johnson family of products.", "Johnson", VETO),
    (nm.acronym, "The MRI was fine.", "MRI", VETO),
    (nm.acronym, "Mrs. MRI was fine.", "Mrs", None),
    # another language's "my" before a family word is no name, though "Mia" is one
    (nm.possessive_before_kin, "Mia madre ha 75 anni.", "Mia", VETO),
    (nm.possessive_before_kin, "Mia has a cough.", "Mia", None),
    (nm.organisation, "We visited Mayo Clinic today.", "Mayo", VETO),
    (nm.organisation, "We visited Emma today.", "Emma", None),
    (nm.organisation, "Mary Okafor, Care Home resident, fell.", "Mary", None),
    (nm.organisation, "Hyun-woo Park asked about his graft.", "Hyun-woo", None),
    (nm.organisation, "Pt John Park, 52M, presents w/ facial swelling.", "Pt", None),
    (nm.organisation, "Pt Hyun-woo Park, 52M, Korean speaking only.", "Pt", None),
    (nm.organisation, "Our Lewis Park Dental team is hiring.", "Lewis", VETO),
    (nm.organisation, "My daughter Ava Park had her braces fitted.", "Ava", None),
    (nm.organisation, "Sarah Church broke her arm at school.", "Sarah", None),
    (nm.organisation, "Victoria Park was closed after the storm.", "Victoria", VETO),
    (nm.organisation, "Albert Hall was packed for the charity concert.", "Albert", VETO),
    (nm.doctor_relative, "My stepdad Dr. Alan Whitfield.", "Alan", nm._RELATIVE_DOCTOR),
    (nm.doctor_relative, "My stepdad saw Dr. Alan Whitfield.", "Alan", None),
    (nm.room_name, "Please wait in the Lily room.", "Lily", VETO),
    (nm.room_name, "Please wait for the Lily family.", "Lily", None),
    (nm.practice_site, "The Easton office opens at 7.", "The", VETO),
    (nm.practice_site, "Emma, the office opens at 7.", "Emma", None),
    (nm.practice_site, "Visit the Easton office today.", "Easton", VETO),
    (nm.practice_site, "Visit the Easton family today.", "Easton", None),
    (nm.practice_site, "Our Sydney practice can be reached on 1300 655 321.", "Sydney", VETO),
    (nm.practice_site, "Our Sydney loves the practice.", "Sydney", None),
    (nm.calendar_after, "See you on Emma - Day one.", "Emma", VETO),
    (nm.calendar_after, "See you on Emma - day one.", "Emma", None),
    (nm.calendar_word, "This Weekend we rest.", "Weekend", VETO),
    (nm.calendar_word, "Say hello to Mrs. Weekend soon.", "Mrs", None),
    (nm.practice_word, "The Riverbend team says hi.", "Riverbend", VETO),
    (nm.practice_word, "The Riverbend team says hi.", "Riverbend", None),  # no practice
    (nm.public_title_after, "Emma Stone, the actress, said so.", "Emma", VETO),
    (nm.public_title_after, "Emma Stone said so.", "Emma", None),
    (nm.public_title_after, "Emma Stone, the lady in room 4, needs help.", "Emma", None),
    (nm.public_title_after, "Emma Stone, the first lady, said so.", "Emma", VETO),
    (nm.place_or_office_before, "We swam in lake Emma today.", "Emma", VETO),
    (nm.place_or_office_before, "We swam with Emma today.", "Emma", None),
    (nm.place_or_office_before, "The athlete Emma Reid won.", "Emma", VETO),
    (nm.place_or_office_before, "Student athlete Emma Reid, ID 2021-00873.", "Emma", None),
    (nm.eponym, "She has Alzheimer now.", "Alzheimer", VETO),
    (nm.eponym, "She has Emma now.", "Emma", None),
    (nm.eponym, "Ask the AMA today.", "AMA", VETO),
    (nm.eponym, "Happy birthday, Ama Owusu!", "Ama", None),
    (nm.eponym_disease, "He has Bell palsy.", "Bell", VETO),
    (nm.eponym_disease, "He met Bell today.", "Bell", None),
    (nm.possessive_disease, "Emma's syndrome is rare.", "Emma's", VETO),
    (nm.possessive_disease, "Emma's braces came off.", "Emma's", None),
    (nm.possessive_disease, "Mrs Okafor's fracture is healing.", "Okafor's", None),
    # (read 131-134) possessives listed before a sign's plural; not the tests of two people
    (
        nm.possessives_listed_disease,
        "Chadwick's, Goodell's and Hegar's signs mean early pregnancy.",
        "Chadwick's",
        VETO,
    ),
    (nm.possessives_listed_disease, "Sarah's and Tom's tests came back fine.", "Sarah's", None),
    (nm.possessives_listed_disease, "Sarah's and Tom's signs of flu are gone.", "Sarah's", None),
    # (clean10) a possessive eponym in a list of illnesses
    (
        nm.eponym_listed,
        "Hashimoto's, Graves' disease and Addison's are autoimmune.",
        "Addison's",
        VETO,
    ),
    (
        nm.eponym_listed,
        "Addison's crown came off; Graves' disease runs in the family.",
        "Addison's",
        None,
    ),
    (nm.staff, "Our hygienist Emma is great.", "Emma", VETO),
    (nm.staff, "My friend Emma is great.", "Emma", None),
    # (names55) a verb in the past between the role and the name: the role's act on them
    (nm.staff, "the maxfax team fixed Callum's jaw", "Callum's", None),
    (nm.staff, "the physio finally cleared Jonno to play", "Jonno", None),
    (nm.staff, "our receptionist named Gloria is lovely", "Gloria", VETO),
    (nm.possessive_care, "the nurse bandaged Shaz's ankle", "Shaz's", nm._POSSESSIVE_CARE),
    (nm.possessive_care, "Is it normal that Ngaio's gums bleed?", "Ngaio's", nm._POSSESSIVE_CARE),
    (nm.possessive_care, "Tesco's back in stock with brushes", "Tesco's", None),
    # (nameschat37) the writer's own name, then what the dentist said: no apposition
    (nm.staff, "hey its Dwayne, the dentist said my crown is ready", "Dwayne", None),
    (nm.staff, "Hi, this is Ana, the hygienist at Smile Dental.", "Ana", VETO),
    # (names14) the reader's or a patient's partner is kin; "our partner" is the firm's
    (nm.staff, "Tania, the balance for your partner Luke Hemi is $240.", "Luke", None),
    (nm.staff, "We spoke to their partner Dana about the bill.", "Dana", None),
    (nm.staff, "Our delivery partner Gurdeep Singh will call you.", "Gurdeep", VETO),
    # (guard-recall2) the staff word is the speaker: the person named after "said" is no staff
    (nm.staff, "The school nurse said Emma has lice again.", "Emma", None),
    (nm.staff, "The nurse told us Emma has strep.", "Emma", None),
    (nm.staff, "The receptionist said Emma will call you back.", "Emma", VETO),
    (nm.staff, "Our hygienist Mrs. Emma is great.", "Mrs", None),  # a title outweighs it
    (nm.title_or_family_word, "We saw Mrs. Garcia today.", "Mrs", TITLE),
    (nm.title_or_family_word, "Grandma Rose came along.", "Grandma", "a family word before a name"),
    # (names14) a Filipino elder brother's word before a name; "ate" (sister) is English too
    (
        nm.title_or_family_word,
        "Kuya Jun had his braces off.",
        "Kuya",
        "a family word before a name",
    ),
    (nm.title_or_family_word, "Ate Grace had her braces off.", "Ate", None),
    (nm.title_or_family_word, "We saw Garcia today.", "Garcia", None),
    (
        nm.relation_before,
        "My daughter Emma loves it.",
        "Emma",
        "follows a word like patient, daughter or little",
    ),
    (nm.relation_before, "My daughter Smile loves it.", "Smile", None),
    (
        nm.relation_before,
        "Ma sœur Amandine fait des crises.",
        "Amandine",
        "follows a family word of another language (mi madre, ma sœur)",
    ),
    (nm.relation_before, "La sœur Amandine fait des crises.", "Amandine", None),
    # (nameschat37) grandchildren and in-laws of other languages, after their possessive
    (
        nm.relation_before,
        "ma petite-fille Maëlle a toujours des otites",
        "Maëlle",
        "follows a family word of another language (mi madre, ma sœur)",
    ),
    (
        nm.relation_before,
        "mi yerno Tavo tiene dolor de muela",
        "Tavo",
        "follows a family word of another language (mi madre, ma sœur)",
    ),
    (nm.relation_before, "My Emma loves it.", "Emma", None),
    # (read 111-114) Tagalog's article of a person's name, in a Tagalog sentence
    (
        nm.tagalog_article_before,
        "yung anak ko na si Princess ay 2 years old pa lang",
        "Princess",
        "follows Tagalog's article of a person's name (si, ni, kay)",
    ),
    (nm.tagalog_article_before, "Sabi ni Doc okay na daw", "Doc", None),
    (nm.tagalog_article_before, "Salamat po kay Dr. Reyes sa pag-asikaso", "Dr", None),
    (nm.tagalog_article_before, "Vamos si Dios quiere, el lunes", "Dios", None),
    (nm.tagalog_article_before, "Kasama ko Si Jun kahapon", "Jun", None),
    (nm.relation_before, "my little Yorkie puppy lost a tooth", "Yorkie", None),
    # (read 111-114) a family name's particles between the title and the name
    (
        nm.lower_title_before,
        "Dossiernummer NL-TZ-55201: mevrouw de Groot wil haar röntgenfoto's laten opsturen.",
        "Groot",
        "a title written in lower case before a name (mrs Jones, pani Nowakowej)",
    ),
    (nm.lower_title_before, "la casa de Pedro", "Pedro", None),
    # (scripts12) a title in lower case before a capitalised name, in Polish declined
    (
        nm.lower_title_before,
        "Byłam wczoraj u pani Nowakowej na wizycie.",
        "Nowakowej",
        "a title written in lower case before a name (mrs Jones, pani Nowakowej)",
    ),
    (
        nm.lower_title_before,
        "I saw mrs Jones at the chemist.",
        "Jones",
        "a title written in lower case before a name (mrs Jones, pani Nowakowej)",
    ),
    (nm.lower_title_before, "Our frying pan Tefal is great.", "Tefal", None),
    (nm.lower_title_before, "Ask mr NHS about it.", "NHS", None),
    (nm.family_named, "Welcome the Garcia family!", "Garcia", "a family named in a post"),
    (nm.family_named, "Welcome the Garcias!", "Garcias", "a family named in a post"),
    # (read 111-114) a family name no list holds; a family of plants
    (
        nm.family_named,
        "Our hearts go out to the Faleolo family.",
        "Faleolo",
        "a family named in a post",
    ),
    (nm.family_named, "Roses belong to the Rosaceae family.", "Rosaceae", None),
    (nm.family_named, "Read the Garcia report.", "Garcia", None),
    (
        nm.possessive_care,
        "Emma's braces came off.",
        "Emma's",
        "someone's care or family (\"X's surgery\")",
    ),
    (nm.possessive_care, "Emma's car is red.", "Emma's", None),
    (nm.possessive_care, "Monday's surgery list.", "Monday's", None),
    # (clean37) a crown's title before a capitalised word
    (nm.possessive_care, "Our lead nurse was named a Queen's Nurse.", "Queen's", None),
    # (guard-short4) a town's hospital, no one's care; a person's new hospital bed is hers
    (nm.possessive_care, "Dubbo's new hospital opened in 2021.", "Dubbo's", None),
    (nm.possessive_care, "Ngaire's new hospital bed came.", "Ngaire's", nm._POSSESSIVE_CARE),
    # (clean8a) a town's building that opens, also when the town is a given name
    (nm.possessive_care, "Paisley's new health centre opened on Monday.", "Paisley's", None),
    (nm.possessive_care, "Ngaire's new hospital bed opened up.", "Ngaire's", nm._POSSESSIVE_CARE),
    (nm.greeting, "Hi Emma, welcome!", "Hi", "a greeting addressed to someone"),
    (nm.greeting, "Thank you, Emma!", "Emma", "a greeting addressed to someone"),
    (nm.greeting, "We saw Emma today.", "Emma", None),
    (nm.greeting, "Thank you, Town of Whitby.", "Town", VETO),
    (nm.praise, "Congrats to Emma on her braces!", "Emma", "a shout-out or wishes to someone"),
    (nm.praise, "Get well soon Emma", "Emma", "a shout-out or wishes to someone"),
    (nm.praise, "We saw Emma today.", "Emma", None),
    (nm.praise, "Our day trip to Rotorua was great fun.", "Rotorua", None),
    (
        nm.praise,
        "RIP to Marjorie, our kindest patient.",
        "Marjorie",
        "a shout-out or wishes to someone",
    ),
    # (names29) a wish to "you", then the name of the one wished well
    (nm.praise, "praying for you Oyelaran", "Oyelaran", "a shout-out or wishes to someone"),
    (nm.praise, "miss u Tavita come home soon", "Tavita", "a shout-out or wishes to someone"),
    (nm.praise, "Praying for you Texas", "Texas", None),
    (nm.praise, "Still miss you Daddy", "Daddy", None),
    (nm.praise, "I know you Oyelaran", "Oyelaran", None),
    (nm.given_and_family, "We saw Chase Miller today.", "Chase", nm._GIVEN_AND_FAMILY),
    (nm.given_and_family, "We saw Chase today.", "Chase", None),
    (nm.given_and_family, "KIM MIN-JUN has an allergy.", "KIM", nm._GIVEN_AND_FAMILY),
    (nm.given_and_family, "Kim Jones-Smith came in.", "Kim", None),
    (nm.ambiguous_name_unwell, "Jordan has had headaches.", "Jordan", nm._UNWELL_SUBJECT),
    (
        nm.ambiguous_name_unwell,
        "Paris has a fever, can she still get the vaccine?",
        "Paris",
        nm._UNWELL_SUBJECT,
    ),
    (nm.ambiguous_name_unwell, "Jordan has a high rate of diabetes.", "Jordan", None),
    (nm.ambiguous_name_unwell, "Victoria has had a measles outbreak.", "Victoria", None),
    # (nameschat37) a virtue name with a tooth, a meal, an absence or an age of its own; the
    # same words as words
    (nm.ambiguous_name_unwell, "Precious has a chipped tooth.", "Precious", nm._UNWELL_SUBJECT),
    (
        nm.ambiguous_name_unwell,
        "Patience still can't eat after the extraction.",
        "Patience",
        nm._UNWELL_SUBJECT,
    ),
    (
        nm.ambiguous_name_unwell,
        "Blessing was absent on Tuesday for a dental appointment.",
        "Blessing",
        nm._UNWELL_SUBJECT,
    ),
    (nm.ambiguous_name_unwell, "Grace is 9 and has a loose tooth.", "Grace", nm._UNWELL_SUBJECT),
    (nm.ambiguous_name_unwell, "Patience is key after an extraction.", "Patience", None),
    (nm.ambiguous_name_unwell, "Comfort food after an extraction helps.", "Comfort", None),
    (nm.ambiguous_name_unwell, "Victoria is 9 and has a new dental school.", "Victoria", None),
    (nm.name_subject_unwell, "Somchai has swelling on his cheek.", "Somchai", nm._UNWELL_SUBJECT),
    (
        nm.name_subject_unwell,
        "Mere Ngata wants her x-rays sent over.",
        "Mere",
        nm._UNWELL_SUBJECT,
    ),
    (nm.name_subject_unwell, "Ghana has had a measles outbreak.", "Ghana", None),
    # (guard-short4) in hospital tells of the subject's health by itself; not a town's
    (nm.name_subject_unwell, "Ngaire is in Hawera hospital.", "Ngaire", nm._UNWELL_SUBJECT),
    (nm.name_subject_unwell, "Boston is in the hospital rankings again.", "Boston", None),
    (nm.kin_in_apposition, "Sione (my nephew) wets the bed.", "Sione", nm._KIN_AFTER),
    (
        nm.name_then_pronoun,
        "I'm worried about Kahu, he hasn't eaten since the operation.",
        "Kahu",
        nm._NAMED_THEN_PRONOUN,
    ),
    (nm.name_then_pronoun, "On Ozempic, she has lost weight since the operation.", "Ozempic", None),
    # (guard-recall5) a name no list holds after a verb whose object is a person
    (
        nm.unlisted_person_object,
        "We visited Tiva at Mercy and she can't keep food down since the surgery.",
        "Tiva",
        nm._PERSON_OBJECT,
    ),
    (
        nm.unlisted_person_object,
        "I sat with Yevhen through his first infusion.",
        "Yevhen",
        nm._PERSON_OBJECT,
    ),
    (
        nm.unlisted_person_object,
        "The nurse told Kesiah the biopsy came back clear.",
        "Kesiah",
        nm._PERSON_OBJECT,
    ),
    (nm.unlisted_person_object, "We visited Tiva last summer and she loved it.", "Tiva", None),
    (nm.unlisted_person_object, "My boss told Kesiah the party is on Friday.", "Kesiah", None),
    # (guard-recall6) a name listed only as a family name; a pronoun opening the next sentence
    (
        nm.unlisted_person_object,
        "The dentist told Oyelaran that the abscess needs draining today.",
        "Oyelaran",
        nm._PERSON_OBJECT,
    ),
    (
        nm.unlisted_person_object,
        "Spoke to Isidore after the appointment. He says the tablets make him dizzy.",
        "Isidore",
        nm._PERSON_OBJECT,
    ),
    (
        nm.unlisted_person_object,
        "Rang Petronella this morning. She's still waiting for her MRI date.",
        "Petronella",
        nm._PERSON_OBJECT,
    ),
    (
        nm.unlisted_person_object,
        "Spoke to Isidore after the match. He says we were unlucky.",
        "Isidore",
        None,
    ),
    (
        nm.unlisted_person_object,
        "Spoke to Isidore after the appointment. We agreed on a price.",
        "Isidore",
        None,
    ),
    # (guard-recall6) a pasted chat line's writer, after its time
    (nm.chat_speaker, "[09:14] Priya: morning all, the coffee machine is fixed", "Priya", VETO),
    (nm.chat_speaker, "11:20 Jess: Mrs Oduya cancelled, her husband is in hospital", "Jess", VETO),
    (nm.chat_speaker, "Priya: she has had a fever since Sunday", "Priya", None),
    (nm.chat_speaker, "[09:14] the list: Priya has a fever again", "Priya", None),
    (nm.chat_speaker, "[10:42] Agent (Sam): Hi! We open Sundays 10-4.", "Sam", VETO),
    (nm.chat_speaker, "Advisor (Priya): your claim was sent today", "Priya", VETO),
    (nm.chat_speaker, "Customer (Joanne): my crown fell out", "Joanne", None),
    (nm.chat_speaker, "My agent (Sam) said my claim was denied", "Sam", None),
    # (guard-recall6) a care role acting on the name after it: the name is not the role's
    (nm.staff, "The dentist told Oyelaran that the abscess needs draining.", "Oyelaran", None),
    (nm.staff, "The hygienist showed Ifeoluwa how to floss around her bridge.", "Ifeoluwa", None),
    (
        nm.place_or_office_before,
        "The surgeon reassured Bartholomew that the margins were clear.",
        "Bartholomew",
        None,
    ),
    (nm.place_or_office_before, "Surgeon General Vivek Murthy spoke today.", "Vivek", VETO),
    # (guard-recall6) where the writer knows the subject from; a pronoun opening the next
    # sentence
    (
        nm.name_subject_unwell,
        "Bronwen from work has shingles. She's off for two weeks at least.",
        "Bronwen",
        nm._UNWELL_SUBJECT,
    ),
    (
        nm.name_subject_unwell,
        "Bronwen has shingles. She is off work until Monday.",
        "Bronwen",
        nm._UNWELL_SUBJECT,
    ),
    (nm.name_subject_unwell, "Ghana has cholera. She is a lovely country.", "Ghana", None),
    # (guard-recall6) an adverb before the verb; home from the ward; back in hospital
    (
        nm.ambiguous_name_unwell,
        "Hope finally got her braces off today and she can't stop smiling.",
        "Hope",
        nm._UNWELL_SUBJECT,
    ),
    (
        nm.ambiguous_name_unwell,
        "Hope finally arrived for the flood victims, she said.",
        "Hope",
        None,
    ),
    (
        nm.ambiguous_name_unwell,
        "Faith came home from the ward with a chest infection.",
        "Faith",
        nm._UNWELL_SUBJECT,
    ),
    (
        nm.ambiguous_name_unwell,
        "Faith is back in hospital with another kidney infection.",
        "Faith",
        nm._UNWELL_SUBJECT,
    ),
    (nm.ambiguous_name_unwell, "Faith is back in the news this week.", "Faith", None),
    (
        nm.name_subject_unwell,
        "My aunt says Tamatoa had a heart attack.",
        "Tamatoa",
        nm._UNWELL_SUBJECT,
    ),
    (nm.name_subject_unwell, "My aunt says Tamatoa had a stroke of luck.", "Tamatoa", None),
    (nm.kin_in_apposition, "Sun-hee, my mother, had a stroke.", "Sun-hee", nm._KIN_AFTER),
    (nm.kin_in_apposition, "Sione, my nephew loves the beach.", "Sione", None),
    (nm.kin_in_apposition, "Seattle, my husband and I moved.", "Seattle", None),
    (nm.child_after_age, "my 4yo Reid has a cavity already", "Reid", nm._CHILD_AFTER_AGE),
    (nm.child_after_age, "our 2 yr old Nasir won't sleep", "Nasir", nm._CHILD_AFTER_AGE),
    (nm.child_after_age, "my lil girl Jaylah swallowed a coin", "Jaylah", nm._CHILD_AFTER_AGE),
    (nm.child_after_age, "la niña Yaretzi nació hace 3 semanas", "Yaretzi", nm._CHILD_AFTER_AGE),
    (nm.child_after_age, "my 10 year old Subaru needs new brakes", "Subaru", None),
    (nm.child_after_age, "my 9yo Roblox account got hacked", "Roblox", None),
    (nm.child_after_age, "my 12yo Pomeranian has bad breath, says the vet", "Pomeranian", None),
    (nm.child_after_age, "Dr. Reid saw my 4yo today", "Reid", None),
    (nm.child_after_age, "my youngest Ava keeps grinding her teeth", "Ava", nm._CHILD_AFTER_AGE),
    (nm.age_stated, "Kaia is 6 weeks old and spits up, is she ok", "Kaia", nm._AGE_STATED_REASON),
    (nm.age_stated, "Kaia is 6 weeks away and she is thrilled", "Kaia", None),
    (nm.after_case_age, "My 10 year old Subaru needs new brakes", "Subaru", None),
    (nm.after_case_age, "my 6yo Chromebook laptop died", "Chromebook", None),
    (nm.initials_with_age, "J.K. is a 52-year-old with an ulcer.", "J", nm._INITIALS_REASON),
    (nm.initials_with_age, "J.K. said the clinic was busy.", "J", None),
    (nm.initials_with_age, "U.S. is a 50-year-old program.", "U", None),
    (nm.age_stated, "Ngaire is 58 and she walks daily.", "Ngaire", nm._AGE_STATED_REASON),
    (nm.age_stated, "Ngaire is 58 km from here.", "Ngaire", None),
    (nm.age_stated, "Kiwa is 40 and open late.", "Kiwa", None),
    (nm.addressed_without_comma, "Oyinda you were amazing today!", "Oyinda", nm._ADDRESSED),
    (nm.addressed_without_comma, "Team you were amazing at the run.", "Team", None),
    (nm.addressed_without_comma, "Oyinda was amazing today!", "Oyinda", None),
    (nm.addressed_without_comma, "Oyinda thank you so much!", "Oyinda", nm._ADDRESSED),
    (nm.addressed_without_comma, "Team thank you for a great year.", "Team", None),
    # (nameschat37) a request, in English or another language, after the name
    (nm.addressed_without_comma, "Mods please delete my last post", "Mods", None),
    (nm.addressed_without_comma, "Pharmacie du Parc, ouverte le lundi.", "Pharmacie", None),
    (nm.addressed_without_comma, "Tamatoa pls call mum, she's unwell", "Tamatoa", nm._ADDRESSED),
    (nm.addressed_without_comma, "Ebube te mando el audio del dentista", "Ebube", nm._ADDRESSED),
    (nm.addressed_without_comma, "Waterpik please bring back the old tips", "Waterpik", None),
    (nm.name_subject_unwell, "Dental Care has had a busy week of fillings.", "Dental", None),
    (
        nm.name_subject_unwell,
        "Imam Rahimi asked us to help a man who is diabetic; his phone is off.",
        "Imam",
        None,
    ),
    (
        nm.name_doing_something,
        "Chase got his cast off.",
        "Chase",
        'a name doing something ("Chase got his cast off")',
    ),
    (nm.name_doing_something, "Chase the dream.", "Chase", None),
    (nm.name_doing_something, "Chase, got it.", "Chase", None),
    (nm.addressed_between_commas, "Great job, Emma.", "Emma", ADDRESSED),
    (nm.addressed_between_commas, "Welcome to our team, Emma.", "Emma", VETO),
    (nm.addressed_between_commas, "Great job, Emma and Sam.", "Emma", None),
    (nm.addressed_at_start, "Emma, you did great.", "Emma", ADDRESSED),
    (nm.addressed_at_start, "Meet our team! Emma, you rock.", "Emma", VETO),
    (nm.addressed_at_start, "Emma, Sophia and Liam came by.", "Emma", None),
    # (clean12) the first of a list that holds a thing (a word in lower case, a brand)
    (nm.addressed_at_start, "Rose, lavender and chamomile teas are fine.", "Rose", None),
    (nm.addressed_at_start, "Abbott, Sensodyne and Colgate sponsor the day.", "Abbott", None),
    (nm.addressed_at_start, "Rose, you and Jack did great today.", "Rose", ADDRESSED),
    (nm.addressed_at_start, "Abbott, Mum and I are so proud of you!", "Abbott", ADDRESSED),
    (nm.addressed_at_start, "Abbott, Catalent and Lonza came by.", "Abbott", ADDRESSED),
    # (read 119-122) drug makers are brands now: a list of them is a list of things
    (nm.addressed_at_start, "Abbott, Novartis and Pfizer came by.", "Abbott", None),
    (
        nm.patient_after,
        "We thank Emma, our patient, for this.",
        "Emma",
        'a name followed by "our patient"',
    ),
    (nm.patient_after, "We thank Emma today.", "Emma", None),
    (nm.age_after, "Emma, 7, lost a tooth.", "Emma", "a name with an age"),
    (nm.age_after, "Emma (age 7) lost a tooth.", "Emma", "a name with an age"),
    (nm.age_after, "Emma, our star, lost a tooth.", "Emma", None),
    (nm.praised_by_pronoun, "Congrats to Will on his first race!", "Will", nm._PRAISED),
    (nm.praised_by_pronoun, "Congrats to Will on the first marathon!", "Will", None),
    (nm.praised_by_pronoun, "Thanks to Hope Street for its help!", "Hope", None),
    (nm.common_word, "Smile today.", "Smile", VETO),
    (nm.common_word, "Emma today.", "Emma", None),
    (nm.team_sentence, "Meet our new hygienist Emma.", "Emma", VETO),
    (nm.team_sentence, "I met Emma.", "Emma", None),
    # (vetoes55) the employee an HR record is about
    (
        nm.team_sentence,
        "Employee file note: front desk clerk Jerome Whitfield returned to work Oct 3.",
        "Jerome",
        None,
    ),
    (
        nm.team_sentence,
        "Interview scheduled with Chukwuemeka Nwosu for the front desk role on Tue 23/09.",
        "Chukwuemeka",
        None,
    ),
    (nm.team_sentence, "Meet our new front desk lead, Sarah, who joined in March!", "Sarah", VETO),
    # (guard-longtexts) a clinician named in full once, then by the given name alone
    (
        nm.staff_named_earlier,
        "Dr. Hannah Osei joins us. Later Hannah trained in Accra.",
        "Hannah",
        VETO,
    ),
    (
        nm.staff_named_earlier,
        "Our nurse Joyce Mwangi spoke. Then Joyce explained it.",
        "Joyce",
        VETO,
    ),
    (nm.staff_named_earlier, "I met Hannah Osei. Later Hannah trained in Accra.", "Hannah", None),
    (
        nm.staff_named_earlier,
        "Dr. Hannah Osei joins us. Later Hannah's son Leo was admitted.",
        "Hannah's",
        None,
    ),
    (
        nm.staff_named_earlier,
        "Dr. Hannah Osei joins us. Sadly Hannah had a tooth out after an infection.",
        "Hannah",
        None,
    ),
    (nm.staff_in_list, "Volunteers led by Dr. Grace Njeri and Peter Mwangi came.", "Peter", VETO),
    (nm.staff_in_list, "Our hygienists Laura Perez and Denise Carter came.", "Denise", VETO),
    (nm.staff_in_list, "Volunteers led by Grace Njeri and Peter Mwangi came.", "Peter", None),
    (
        nm.staff_in_list,
        "Dr. Grace Njeri and Peter Mwangi, her patient, had a crown fitted.",
        "Peter",
        None,
    ),
    (
        nm.staff_thanked,
        "We celebrate Maria Gonzalez, our front desk lead. Thank you, Maria, for it all!",
        "Maria",
        VETO,
    ),
    (nm.staff_thanked, "We met Maria Gonzalez. Thank you, Maria, for it all!", "Maria", None),
    (nm.calendar_word, "Freedom Day, Sunday 27 April: closed.", "Freedom", VETO),
    (nm.calendar_word, "Doris Day, 97, was admitted.", "Doris", None),
    (nm.staff_listed_before_clinician, "Book with Sam, Jenna or Dr. Parekh.", "Jenna", VETO),
    (nm.staff_listed_before_clinician, "Ask for Rangi or Nurse Ama at the desk.", "Rangi", VETO),
    (nm.staff_listed_before_clinician, "Book with Sam, Jenna or Parekh.", "Jenna", None),
    (
        nm.staff_listed_before_clinician,
        "Sam, Jenna or Dr. Parekh: who should see my son with his broken tooth?",
        "Sam",
        None,
    ),
    (nm.names_as_names, "Luna and Max are the most common pet names here.", "Luna", VETO),
    (nm.names_as_names, "Luna and Max are the most loyal dogs here.", "Luna", None),
    (nm.names_as_names, "Kowalski and Nowak top Poland's list of surnames.", "Kowalski", VETO),
    (nm.names_as_names, "Kowalski and Nowak top Poland's list of runners.", "Kowalski", None),
    (nm.names_as_names, "Priya, top up your name badge before the open day.", "Priya", None),
    (nm.names_as_names, "Grace and Hope are the top baby names this year.", "Grace", VETO),
    (nm.quoted_as_a_word, 'The name "Candida" comes from the Latin for white.', "Candida", VETO),
    (nm.quoted_as_a_word, '"Marisol", la nueva telenovela, tiene una dentista.', "Marisol", VETO),
    (nm.quoted_as_a_word, 'Our patient "Candida" has thrush again.', "Candida", None),
    (nm.place_of_names, "Diabetes checks in Brittany and Normandy.", "Brittany", VETO),
    (nm.place_of_names, "Diabetes checks for Brittany and Tom.", "Brittany", None),
    (nm.writers_carer, "Been seeing Tamsin here for my anxiety.", "Tamsin", VETO),
    (nm.writers_carer, "After two sessions with Maria I could sleep again.", "Maria", VETO),
    (nm.writers_carer, "Been seeing Tamsin here for her anxiety.", "Tamsin", None),
    (nm.writers_carer, "With Maria I sat through her chemo.", "Maria", None),
    (nm.news_sentence, "Emma Stone has spoken about it.", "Emma", VETO),
    (nm.news_sentence, "Emma has spoken about it.", "Emma", None),
    # a name with nothing private beside it: a singer, a sponsor, a team's supporters
    (nm.given_name, "I met Emma today.", "Emma", GIVEN),
    (nm.given_name, "See you on Jan 5.", "Jan", VETO),
    (nm.given_name, "I met Chase today.", "Chase", None),
    (nm.given_name, "Zhang Wei has a fever.", "Zhang", GIVEN),
    (nm.given_name, "Park Wei has a fever.", "Park", None),
    # (names16) a listed surname that is an English word, then a hyphenated Korean given name
    (nm.given_name, "Park Ji-hoon's x-ray is ready for collection.", "Park", GIVEN),
    # (names16) a Chinese family name, then a pinyin given name no list holds
    # (names16) a Turkish ending of "in" or "from" after a capitalised word: a place
    (nm.turkish_place_case, "Babam Almanya'da yasiyor, implant icin gelecek.", "Babam", VETO),
    (nm.turkish_place_case, "Kizim Elif'e dis teli takildi.", "Kizim", None),
    (nm.family_name_first, "Please ring Liu Yang about her scan.", "Liu", FAMILY_FIRST),
    (nm.family_name_first, "Can you call Zhou Ning, he left his glasses.", "Zhou", FAMILY_FIRST),
    (nm.family_name_first, "Liu Yang shoes are on sale in our shop.", "Liu", None),
    (nm.family_name_first, "Feng Shui for her waiting room.", "Feng", None),
    (nm.family_name_first, "Her flight from Hong Kong landed late.", "Hong", None),
    (nm.family_name_first, "Please ring Liu Man about her scan.", "Liu", None),
    (nm.ambiguous_date, "In June we rest.", "June", VETO),
    (nm.ambiguous_date, "See you June 5.", "June", VETO),
    (nm.ambiguous_date, "Late opening starts 3rd June.", "June", VETO),
    (nm.ambiguous_date, "We reopen on the 14th June.", "June", VETO),
    # (in a sentence about someone the ordinal is left to the other rules)
    (nm.ambiguous_date, "I've been off work since 3rd April with back pain.", "April", None),
    (nm.ambiguous_date, "Name: Ali Raza / Preferred date 15th April", "April", None),
    (nm.ambiguous_date, "I met June today.", "June", None),
    (nm.ambiguous_mid_sentence, "I saw Brooke today.", "Brooke", GIVEN),
    (nm.ambiguous_mid_sentence, "Brooke today.", "Brooke", VETO),
    (nm.ambiguous_mid_sentence, "I saw Emma today.", "Emma", None),
    (nm.product_after_name, "Carter's baby clothes are on sale.", "Carter's", VETO),
    (nm.product_after_name, "Aunt Jemima products were renamed.", "Aunt", VETO),
    (nm.product_after_name, "Emma's surgery went well.", "Emma's", None),
    (nm.product_after_name, "The Alexander technique helps.", "Alexander", VETO),
    (nm.product_after_name, "Heinz beans and a cuppa after your extraction?", "Heinz", VETO),
    (nm.product_after_name, "Is Heinz ketchup bad for teeth?", "Heinz", VETO),
    (nm.product_after_name, "Heinz came in with his beans.", "Heinz", None),
    (nm.product_after_name, "The Thomas Guy statue stands there.", "Thomas", VETO),
    (nm.medicine_brand, "Is Allegra or Zyrtec better for hay fever?", "Allegra", VETO),
    (nm.medicine_brand, "I've been on Camila for three months.", "Camila", VETO),
    (nm.medicine_brand, "My daughter Allegra is allergic to penicillin.", "Allegra", None),
    (nm.founders_firm, "Ben & Jerry's ice cream is sweet.", "Ben", VETO),
    (nm.founders_firm, "Ben & Sue Holloway sent a card.", "Ben", None),
    (nm.list_of_things, "Holly, ivy and mistletoe are poisonous to pets.", "Holly", VETO),
    (nm.list_of_things, "Holly, you and Tom are welcome.", "Holly", None),
    (nm.epithet_after, "Dora the Explorer toothbrushes are here.", "Dora", VETO),
    (nm.epithet_after, "Dora asked for the brush.", "Dora", None),
    # (clean12) a Latin run the fold made of a Greek word's first letters; a name beside one
    (nm.piece_of_a_word, "Ayaπητoί κύpioi κai κupίες", "Aya", VETO),
    (nm.piece_of_a_word, "Aya πήγε στο ιατρείο.", "Aya", None),
    (nm.piece_of_a_word, "Paweł Nowak ma gorączkę.", "Paweł", None),
    # (clean12) "she" or "he" of another language in its own sentence; the twins stay names
    (nm.pronoun_abroad, "Ella es la nueva higienista de la clínica.", "Ella", VETO),
    (nm.pronoun_abroad, "Ela se formou na UFMG em 2004.", "Ela", VETO),
    (nm.pronoun_abroad, "Elle est notre nouvelle assistante.", "Elle", VETO),
    # (names16) the French plural article that is a given name too
    (nm.pronoun_abroad, "Les enfants de moins de 6 ans sont soignes gratuitement.", "Les", VETO),
    (nm.pronoun_abroad, "Les has had a toothache since Friday.", "Les", None),
    # (clean59) a sentence's words asked as the fold writes them ("presenter" is French's
    # "présenter"), and grammar words of other languages that are given names elsewhere
    (
        nm.pronoun_abroad,
        "Les patients doivent présenter leur carte Vitale à chaque visite.",
        "Les",
        VETO,
    ),
    (nm.pronoun_abroad, "Esta semana la clínica cierra a las cinco de la tarde.", "Esta", VETO),
    (nm.pronoun_abroad, "Esta é a nova tabela de preços da clínica.", "Esta", VETO),
    (nm.pronoun_abroad, "Dia 12 a clínica fecha mais cedo por causa do feriado.", "Dia", VETO),
    (
        nm.pronoun_abroad,
        "Alla fine della visita il dentista ci ha dato uno spazzolino.",
        "Alla",
        VETO,
    ),
    (nm.pronoun_abroad, "Dann muss man die Zahnspange jeden Abend reinigen.", "Dann", VETO),
    (
        nm.pronoun_abroad,
        "Déjà trois semaines de douleur à la mâchoire, est-ce normal ?",
        "Déjà",
        VETO,
    ),
    (nm.pronoun_abroad, "Alleen op afspraak, bel ons tussen 9 en 12 uur.", "Alleen", VETO),
    (nm.pronoun_abroad, "Les pedimos que firmen la autorizacion antes del viernes.", "Les", VETO),
    (nm.pronoun_abroad, "Esta has had a fever since Tuesday.", "Esta", None),
    (nm.pronoun_abroad, "Dann has had toothache for three days.", "Dann", None),
    (nm.pronoun_abroad, "Hola, soy Esta, tengo dolor de muelas.", "Esta", None),
    # (clean59) everyday nouns of those languages that are given names of other peoples
    (nm.pronoun_abroad, "Vida sana: cepillate los dientes dos veces al dia.", "Vida", VETO),
    (nm.pronoun_abroad, "O prazo do Imposto de Renda termina no fim de maio.", "Renda", VETO),
    (
        nm.pronoun_abroad,
        "Bebe de 9 meses com febre, e preciso levar ao pronto-socorro?",
        "Bebe",
        VETO,
    ),
    (
        nm.pronoun_abroad,
        "Donna incinta al terzo mese, posso fare la pulizia dei denti?",
        "Donna",
        VETO,
    ),
    (nm.pronoun_abroad, "Cara dormente depois da anestesia, quanto tempo dura?", "Cara", VETO),
    (nm.pronoun_abroad, "Cara missed her appointment on 4 May.", "Cara", None),
    (nm.pronoun_abroad, "Cara, tu cita es el lunes a las 10.", "Cara", None),
    (nm.pronoun_abroad, "Renda called about her bill.", "Renda", None),
    (nm.pronoun_abroad, "Dia sakit demam sejak kemarin.", "Dia", VETO),
    (nm.pronoun_abroad, "Ella has had a fever since yesterday.", "Ella", None),
    (nm.pronoun_abroad, "Elle has a rash on her arm.", "Elle", None),
    (nm.pronoun_abroad, "Ella, tienes cita el lunes a las 10.", "Ella", None),
    # (clean37) a French notice's heading, a Portuguese mother
    (nm.pronoun_abroad, "Avis aux patients : le cabinet sera fermé du 24 au 26.", "Avis", VETO),
    (nm.pronoun_abroad, "Avis : la clinique sera fermée le 14 juillet.", "Avis", VETO),
    (nm.pronoun_abroad, "Mãe que amamenta pode tomar ibuprofeno?", "Mãe", VETO),
    (nm.pronoun_abroad, "Avis is in recovery after her knee surgery.", "Avis", None),
    (nm.pronoun_abroad, "Mae has had a fever since Sunday.", "Mae", None),
    (nm.pronoun_abroad, "Emma es la nueva higienista.", "Emma", None),
    # (clean55) an everyday word of another language opening a sentence of it; names stay
    (nm.word_abroad_opening, "Gracias, doctora, ya me siento mejor", "Gracias", VETO),
    (nm.word_abroad_opening, "Normalmente a febre da dengue dura 7 dias.", "Normalmente", VETO),
    (nm.word_abroad_opening, "Obrigada pela paciência de todos hoje.", "Obrigada", VETO),
    (nm.word_abroad_opening, "Ok. Hoy no hay consulta por la tarde.", "Hoy", VETO),
    (nm.word_abroad_opening, "Gracias for the lift home yesterday.", "Gracias", None),
    (nm.word_abroad_opening, "Rosa camina con bastón desde la caída.", "Rosa", None),
    (nm.word_abroad_opening, "Paz tiene fiebre desde ayer.", "Paz", None),
    (nm.word_abroad_opening, "Le dije gracias a Normalmente ayer.", "Normalmente", None),
    (nm.word_abroad_opening, "Jean-Baptiste, t'as ton rdv demain à 10h", "Jean-Baptiste", None),
    # (clean12) a genus that is a given name, then its species; the patient twins stay names
    (nm.species_name, "Candida albicans causes oral thrush.", "Candida", VETO),
    (nm.species_name, "Rosa canina hips are rich in vitamin C.", "Rosa", VETO),
    (nm.species_name, "Melissa officinalis tea may help.", "Melissa", VETO),
    (nm.species_name, "Candida was diagnosed with thrush.", "Candida", None),
    (nm.species_name, "Rosa camina con bastón desde la caída.", "Rosa", None),
    (nm.species_name, "Rosa started on amoxicillin.", "Rosa", None),
    (nm.species_name, "Erica tessa came in with toothache.", "Erica", None),
    (nm.family_word_before_a_thing, "Sister Act is a film.", "Sister", VETO),
    (nm.family_word_before_a_thing, "Aunt Bea has a cough.", "Aunt", None),
    (nm.family_word_before_a_thing, "Aunty Mere said you do payment plans.", "Aunty", None),
    (nm.family_word_before_a_thing, "Patient Tan Wei Ling was admitted.", "Patient", None),
    (nm.taken_for_care, "We rushed Ikenna to the ER.", "Ikenna", nm._TAKEN_FOR_CARE),
    (nm.taken_for_care, "Took Ikenna for his booster.", "Ikenna", nm._TAKEN_FOR_CARE),
    (nm.taken_for_care, "We took Precious to urgent care.", "Precious", nm._TAKEN_FOR_CARE),
    (nm.taken_for_care, "We took Precious for a walk.", "Precious", None),
    (nm.taken_for_care, "I took Tylenol for her fever.", "Tylenol", None),
    (nm.taken_for_care, "I saw Ikenna at the ER.", "Ikenna", None),
    # (names29) brought in to be seen, in a sentence about health or care
    (
        nm.taken_for_care,
        "Nurse line says to bring Ikenna in if fever goes over 39",
        "Ikenna",
        nm._TAKEN_FOR_CARE,
    ),
    (
        nm.taken_for_care,
        "Bring Ikenna back in tomorrow so we can check the stitches",
        "Ikenna",
        nm._TAKEN_FOR_CARE,
    ),
    (nm.taken_for_care, "Bring Tupperware in if you want leftovers", "Tupperware", None),
    (nm.lost_to_illness, "We lost Dimitri to leukemia.", "Dimitri", nm._LOST_TO_ILLNESS),
    (nm.lost_to_illness, "We lost Brady to free agency.", "Brady", None),
    # (lone15) a given name that also names a town, then a complaint of the body
    (
        nm.place_named_with_complaint,
        "Amos has had a cough for two weeks",
        "Amos",
        nm._COMPLAINT_SUBJECT,
    ),
    (
        nm.place_named_with_complaint,
        "Kemi has a fever and won't eat.",
        "Kemi",
        nm._COMPLAINT_SUBJECT,
    ),
    (
        nm.place_named_with_complaint,
        "Orlando has been coughing at night.",
        "Orlando",
        nm._COMPLAINT_SUBJECT,
    ),
    (nm.place_named_with_complaint, "Ghana has had a measles outbreak.", "Ghana", None),
    (nm.place_named_with_complaint, "Sydney has a high temperature today.", "Sydney", None),
    (nm.place_named_with_complaint, "Melbourne has had a cough going around.", "Melbourne", None),
    (nm.place_named_with_complaint, "Houston has had a fever for the Astros.", "Houston", None),
    (nm.place_named_with_complaint, "Denver has had a rash of break-ins.", "Denver", None),
    (nm.place_named_with_complaint, "Dashiell has had a cough.", "Dashiell", None),
    (nm.ambiguous_name_unwell, "Sydney has had a flu surge this winter.", "Sydney", None),
    (
        nm.unlisted_name_with_health,
        "Eliska still can't feel her lip after the extraction.",
        "Eliska",
        nm._UNLISTED_WITH_HEALTH,
    ),
    (
        nm.unlisted_name_with_health,
        "Invisalign still hasn't arrived for my fitting.",
        "Invisalign",
        None,
    ),
    (nm.unlisted_name_with_health, "Dashiell had a cough.", "Dashiell", nm._UNLISTED_WITH_HEALTH),
    (nm.unlisted_name_with_health, "Dashiell has had a great week.", "Dashiell", None),
    (nm.unlisted_name_with_health, "Ozempic has caused nausea.", "Ozempic", None),
    (nm.unlisted_name_with_health, "We saw Dashiell, who has a cough.", "Dashiell", None),
    # (lead) a course of care begun; a time before the subject; a month ending a date
    (
        nm.unlisted_name_with_health,
        "Odalys starts chemo on Monday.",
        "Odalys",
        nm._UNLISTED_WITH_HEALTH,
    ),
    (nm.unlisted_name_with_health, "Movember starts Sunday: men's health.", "Movember", None),
    (nm.unlisted_name_with_health, "Wegovy starts working in weeks.", "Wegovy", None),
    (
        nm.unlisted_name_with_health,
        "Last Tuesday Ngaio was diagnosed with shingles.",
        "Ngaio",
        nm._UNLISTED_WITH_HEALTH,
    ),
    (
        nm.unlisted_name_with_health,
        "On the 2nd of May Odalys starts chemo.",
        "Odalys",
        nm._UNLISTED_WITH_HEALTH,
    ),
    (
        nm.unlisted_name_with_health,
        "On 12 May Odalys starts chemo.",
        "Odalys",
        nm._UNLISTED_WITH_HEALTH,
    ),
    (nm.unlisted_name_with_health, "Somehow Ngaio was diagnosed with shingles.", "Ngaio", None),
    (
        nm.unlisted_name_with_health,
        "My Jasleen keeps squinting at the board.",
        "Jasleen",
        nm._UNLISTED_WITH_HEALTH,
    ),
    (nm.unlisted_name_with_health, "My Dexcom keeps falling off.", "Dexcom", None),
    (nm.unlisted_name_after_relative, "My son has a fever. Zola is crying.", "Zola", AFTER_KIN),
    (nm.unlisted_name_after_relative, "My son loves school. Zola is crying.", "Zola", None),
    (nm.relative_of_named, "Dr. Haddad's wife is our patient.", "Haddad's", nm._RELATIVE_OF_NAMED),
    (nm.relative_of_named, "Dr. Haddad's patients love her.", "Haddad's", None),
    # (clinicians30) one person's clinician, in that person's message about their care
    (
        nm.clinician_in_care_message,
        "finally got my braces off today!!! thank u Dr. Pham",
        "Pham",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "Dr. Okeke wants the path report faxed over before tomorrow",
        "Okeke",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "big love to Nurse Aroha on the kids ward, my girl was so brave",
        "Nurse",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "Dr. Ferrante will see you at 10:40, bring your insurance card",
        "Ferrante",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "Dr. Okeke is accepting new patients at our Lagos office.",
        "Okeke",
        None,
    ),
    (nm.clinician_in_care_message, "Thanks to Dr. Pham for the talk on implants!", "Pham", None),
    # (clinicians48) the one a record is issued, assigned or awarded to, or enrolled for; not
    # a firm or a team, nor a public person
    (
        nm.record_holder,
        "The tablet with asset tag QX-2210 was assigned to Tomasz Wrobel in Stores.",
        "Tomasz",
        nm._RECORD_HOLDER,
    ),
    (
        nm.record_holder,
        "Face template FT-0912 re-enrolled for Hinemoa Parata at the staff door.",
        "Hinemoa",
        nm._RECORD_HOLDER,
    ),
    (
        nm.record_holder,
        "Asset tag QX-2210 was assigned to Facilities Management for the spring audit.",
        "Facilities",
        None,
    ),
    (
        nm.record_holder,
        "The 2023 Nobel Prize certificate was awarded to Katalin Karikó in Stockholm.",
        "Katalin",
        None,
    ),
    # (surnames55) the name a booking or an order is kept under; not a standard, a law, a
    # menu of an app
    (
        nm.booked_under,
        "Booking: table for 6 under Adebayo at 7:30, party of six",
        "Adebayo",
        nm._BOOKED_UNDER,
    ),
    (
        nm.booked_under,
        "réservation au nom de Kowalczyk pour jeudi soir",
        "Kowalczyk",
        nm._BOOKED_UNDER,
    ),
    (nm.booked_under, "Orders placed under Medicaid need a prior authorisation.", "Medicaid", None),
    (nm.booked_under, "The clinic is under Bupa management since 2019.", "Bupa", None),
    # (namesrec37) the patient after the thanked clinician, then how they are; not a product
    (
        nm.patient_after_thanked_clinician,
        "Thank you so much Dr. Brennan, Maeve is finally eating solids again",
        "Maeve",
        nm._PATIENT_AFTER_THANKS,
    ),
    (
        nm.patient_after_thanked_clinician,
        "Thank you Dr. Singh, Google has 40 new reviews for us this week",
        "Google",
        None,
    ),
    # (namesrec37) the writer seen by the clinician for their own complaint; not on a screen
    (
        nm.clinician_in_care_message,
        "saw Dr. Haruki Sato at Kingston General today for my migraines",
        "Haruki",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "saw Dr. Haruki Sato on TV today talking about migraines",
        "Haruki",
        None,
    ),
    (
        nm.clinician_in_care_message,
        "Thank u Dr Pham for the kind words when my dad passed.",
        "Pham",
        None,
    ),
    (
        nm.clinician_in_care_message,
        "Dr. Okeke said the new scanner halves the dose of every scan.",
        "Okeke",
        None,
    ),
    # (names40a) one person's care passed on to the clinician; not a practice's tip
    (
        nm.clinician_in_care_message,
        "I'll send the panoramic over to Dr Eze-Barros this afternoon",
        "Eze-Barros",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "pls tell Dr. Lindahl I can't come Thursday, my son has a fever",
        "Lindahl",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "Ask Dr. Okeke about our new whitening offer at your next visit!",
        "Okeke",
        None,
    ),
    # (names40a) one person's booking with the clinician, its day or place; not an invitation
    (
        nm.clinician_in_care_message,
        "your root canal review with Dr. Wójcik is at the Eastgate office",
        "Wójcik",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "Su consulta con la Dra. Quispe es el jueves a las 9:00.",
        "Quispe",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "Book your consultation with Dr. Okeke online any time.",
        "Okeke",
        None,
    ),
    (
        nm.clinician_in_care_message,
        "Back from my appointment with Dr Okeke and I've never felt so listened to.",
        "Okeke",
        None,
    ),
    # (names40a) the clinician did one person's care; not a bio's own deed
    (
        nm.clinician_in_care_message,
        "Dr. Haugen already checked the CBCT, pt is fine for the extraction",
        "Haugen",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "Dr Nakagawa just examined her and says the fracture is healing",
        "Nakagawa",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "Dr. Haugen did her residency at Emory and loves anxious kids.",
        "Haugen",
        None,
    ),
    # (names40a) thanks for seeing one person, or thanks in another language with one's own
    (
        nm.clinician_in_care_message,
        "Thanks Dr. Nakamura for seeing us so quickly this morning",
        "Nakamura",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "merci Dr Lefebvre, ma fille n'a plus mal aux dents",
        "Lefebvre",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "merci Dr Lefebvre pour votre conférence sur les implants",
        "Lefebvre",
        None,
    ),
    # (names40a) a letter to the clinician carrying one person's record; not one without it
    (
        nm.clinician_in_care_message,
        "Liebe Frau Dr. Nowakowska, anbei die Röntgenbilder meines Sohnes, geb. 12.05.2015.",
        "Nowakowska",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "Dear Dr. Nowakowska, thank you for your lecture on implants.",
        "Nowakowska",
        None,
    ),
    # (names40a) the clinician will do the writer's own care; not a practice's promise to all
    (
        nm.clinician_in_care_message,
        "Dr Kaur is doing my root canal on Friday, so nervous",
        "Kaur",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "Dr. Kaur will check your gums at every visit, so don't skip them!",
        "Kaur",
        None,
    ),
    # (names40a) a relative's own clinician, with their care; an appointment the writer has
    (
        nm.clinician_in_care_message,
        "my son's orthodontist Dr. Lindqvist says his braces come off in May",
        "Lindqvist",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "I have an appointment with Dr. Owusu on Tuesday for my wisdom tooth",
        "Owusu",
        nm._CLINICIAN_IN_CARE,
    ),
    # (names40a) an everyday word or a brand after Dr. is a joke, not a carer
    (
        nm.clinician_in_care_message,
        "I have an appointment with Dr. Google every night at 2am lol",
        "Google",
        None,
    ),
    # (names40a) gave, put or changed one person's care; a symptom in the clinician's rooms
    (
        nm.clinician_in_care_message,
        "Nurse Mbali changed my dressing today and it looks better",
        "Nurse",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "Dr. Mensah started her residency at Korle Bu in 2009.",
        "Mensah",
        None,
    ),
    (
        nm.clinician_in_care_message,
        "Dr. Kim sent us a lovely Christmas card, thank you!",
        "Kim",
        None,
    ),
    (
        nm.clinician_in_care_message,
        "sitting in Dr. Nguyen's waiting room, my tooth is throbbing so bad",
        "Nguyen's",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "Dr. Nguyen's office has the comfiest chairs, and my son loves the fish tank.",
        "Nguyen's",
        None,
    ),
    (
        nm.clinician_in_care_message,
        "My husband's surgeon, Dr. Lindberg, wants him off aspirin a week before",
        "Lindberg",
        nm._CLINICIAN_IN_CARE,
    ),
    # (names40a) a named person's appointment; a carer's number for one person's care; a day
    (
        nm.clinician_in_care_message,
        "Appt for Guadalupe at 3:15 with Dr. Benitez, arrive early",
        "Benitez",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "pls call Nurse Tiihonen on 040 555 1290 if the swelling gets worse",
        "Nurse",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "ring Nurse Tiihonen on 040 555 1290 if the bleeding starts again",
        "Nurse",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "pls call Nurse Tiihonen on 040 555 1290 to book a flu jab",
        "Nurse",
        None,
    ),
    (
        nm.clinician_in_care_message,
        "Dr. Mahlangu wants a CBC before the procedure on the 18th",
        "Mahlangu",
        nm._CLINICIAN_IN_CARE,
    ),
    (
        nm.clinician_in_care_message,
        "Dr. Mahlangu wants a CBC before the procedure, always",
        "Mahlangu",
        None,
    ),
    (
        nm.clinician_in_care_message,
        "Just spoke w/ Dr. Obi's office, they'll fax the clearance by noon",
        "Obi's",
        nm._CLINICIAN_IN_CARE,
    ),
    (nm.unlisted_name_in_health_sentence, "Tell Fintan his biopsy is fine.", "Fintan", IN_HEALTH),
    (nm.unlisted_name_in_health_sentence, "His Oura ring says he has covid.", "Oura", None),
    (nm.place_or_office_before, "The city of Phoenix issued a warning.", "Phoenix", VETO),
    (nm.place_or_office_before, "My friend Phoenix has a cough.", "Phoenix", None),
    # (guard-replies) a name no list holds that the writer gives as theirs
    (nm.self_named_unlisted, "Tavita and I need check-ups.", "Tavita", nm._SELF_NAMED),
    (nm.self_named_unlisted, "Hey it's Keahi! My crown fell out.", "Keahi", nm._SELF_NAMED),
    (
        nm.self_named_unlisted,
        "Thanks for my filling. - Tamati from Rotorua",
        "Tamati",
        nm._SELF_NAMED,
    ),
    (nm.self_named_unlisted, "Tavita told us about the check-ups.", "Tavita", None),
    (nm.self_named_unlisted, "Rome and I go way back.", "Rome", None),
    (
        nm.self_named_unlisted,
        "Big thanks from Siosaia and the kids!",
        "Siosaia",
        nm._SELF_NAMED,
    ),
    (nm.self_named_unlisted, "Cheers from Aotearoa!", "Aotearoa", None),
    (nm.acronym, "My kid JT chipped a tooth.", "JT", None),
    (nm.acronym, "My patient ID is here.", "ID", VETO),
    (
        nm.relation_before,
        "My boy TK has a swollen gum.",
        "TK",
        "follows a word like patient, daughter or little",
    ),
    (nm.family_named, "Any dentists in the Hills district?", "Hills", VETO),
    (nm.title_before_word, "Mr Muscle won't shift the stains.", "Mr", VETO),
    (nm.possessive_then_person, "my Tui keeps waking, what can I give her?", "Tui", nm._MY_NAMED),
    (
        nm.possessive_then_person,
        "My Eden has had a fever since his molars came.",
        "Eden",
        nm._MY_NAMED,
    ),
    (nm.possessive_then_person, "My Bupa cover pays for his check-ups.", "Bupa", None),
    (nm.possessive_then_person, "My Christmas was ruined by toothache.", "Christmas", None),
    # (guard-recall5) a kin word before an everyday word that is the unwell subject
    (nm.family_word_before_a_thing, "Aunty Mere had her cataract done.", "Mere", None),
    (nm.family_word_before_a_thing, "Who knows Aunty Mere, she left her stick.", "Mere", None),
    # (guard-shortclean6) a family word alone names no one; a name after it is decided before
    (nm.kin_word_alone, "Granny always said honey helps a sore throat.", "Granny", VETO),
    (nm.kin_word_alone, "Nana always said honey helps a sore throat.", "Nana", None),
    (nm.kin_word_alone, "Thanks Aunty! See you at your check-up.", "Aunty", VETO),
    (nm.kin_word_alone, "Is it normal for Koro to sleep all day?", "Koro", VETO),
    (nm.kin_word_alone, "Lola has had a fever since Sunday.", "Lola", None),
    # (nameschat37) Turkish "karım" folds to Karim, a listed given name: the name alone
    (nm.kin_word_alone, "Karim has had a fever since Sunday.", "Karim", None),
    (nm.kin_word_alone, "Nana Akua has had a toothache since Sunday.", "Nana", None),
    # a day's name in another language; a month of another language after its day's number
    (nm.calendar_word, "Cerrado el 12 de octubre, Día de la Hispanidad.", "Día", VETO),
    (nm.calendar_word, "Fechado no Dia do Trabalhador.", "Dia", VETO),
    (nm.calendar_word, "Dia Mirza spoke about her pregnancy.", "Dia", None),
    (nm.calendar_word, "Thứ Hai tuần này phòng khám nghỉ lễ.", "Hai", VETO),
    (nm.calendar_word, "Hai has had a toothache since Monday.", "Hai", None),
    (nm.greeting, "Thank you, Professor! Your talk was great.", "Professor", VETO),
    (nm.greeting, "Thanks, Sweetie, you made our day!", "Sweetie", VETO),
    (nm.given_name, "Ab 2. Mai wieder offen.", "Mai", VETO),
    (nm.given_name, "Mai has had a fever since Sunday.", "Mai", GIVEN),
    # (people16) a chat's name after an interjection, spoken to as "you"
    (nm.chat_addressed, "lol Tevita you said that last time", "Tevita", nm._CHAT_ADDRESSED),
    (nm.chat_addressed, "haha Bayo ur braces look sick", "Bayo", nm._CHAT_ADDRESSED),
    (nm.chat_addressed, "lol Siri you said that last time", "Siri", None),
    (nm.chat_addressed, "so Tevita said that last time", "Tevita", None),
    (nm.chat_addressed, "lol Tevita said that last time", "Tevita", None),
    # (names29) what the person did to the writer, not what an app sent
    (
        nm.chat_addressed,
        "lol Bronagh just sent me the wedding seating chart",
        "Bronagh",
        nm._CHAT_ADDRESSED,
    ),
    (nm.chat_addressed, "lol Oyelaran literally ghosted me", "Oyelaran", nm._CHAT_ADDRESSED),
    (nm.chat_addressed, "lol Venmo just sent me a request for $4", "Venmo", None),
    (nm.chat_addressed, "omg MyChart just sent me my results", "MyChart", None),
    # (people16) the subject of a note or a reminder
    (
        nm.note_subject,
        "Reminder: Wren has speech therapy after lunch",
        "Wren",
        nm._NOTE_SUBJECT,
    ),
    (
        nm.note_subject,
        "School note: Tayshawn may use the nurse's office for his inhaler",
        "Tayshawn",
        nm._NOTE_SUBJECT,
    ),
    (nm.note_subject, "Update: Zocdoc is down for maintenance tonight", "Zocdoc", None),
    (nm.note_subject, "Reminder: Ozempic needs to be refrigerated", "Ozempic", None),
    (nm.note_subject, "Wren has speech therapy after lunch", "Wren", None),
    (nm.note_subject, "Don't forget Wren has speech at 1 today", "Wren", nm._NOTE_SUBJECT),
    (nm.note_subject, "Don't forget Walgreens has flu shots this weekend", "Walgreens", None),
    (nm.chat_addressed, "hahahaha Tevita you're so extra", "Tevita", nm._CHAT_ADDRESSED),
    # (chatnames48) the name a chat or a message opens by speaking to
    (nm.opener_addressed, "kk Abebe, I'll tell the dentist", "Abebe", nm._OPENER_ADDRESSED),
    (nm.opener_addressed, "no worries Wiremu, it's sorted", "Wiremu", nm._OPENER_ADDRESSED),
    (nm.opener_addressed, "Soo-ah your braces moved to Sat", "Soo-ah", nm._OPENER_ADDRESSED),
    (nm.opener_addressed, "Gabi can u send me the form", "Gabi", nm._OPENER_ADDRESSED),
    (nm.opener_addressed, "ok Boomer, whatever you say", "Boomer", None),
    (nm.opener_addressed, "Hey Siri, set a timer", "Siri", None),
    (nm.opener_addressed, "Meet Abebe, our new hygienist", "Abebe", None),
    (nm.opener_addressed, "Sensodyne, the toothpaste dentists trust", "Sensodyne", None),
    (nm.opener_addressed, "We saw it. kk Abebe, see you", "Abebe", None),
    # (names55) a reply of condolence, congratulation or sympathy opens with its feeling
    (nm.opener_addressed, "so sorry Shaz, your mum was lovely", "Shaz", nm._OPENER_ADDRESSED),
    (nm.opener_addressed, "condolences Inoke, he was a legend", "Inoke", nm._OPENER_ADDRESSED),
    (nm.opener_addressed, "really sorry Tomek, hope it goes ok", "Tomek", nm._OPENER_ADDRESSED),
    (nm.opener_addressed, "sorry for your loss Ngaio, xx", "Ngaio", nm._OPENER_ADDRESSED),
    (nm.opener_addressed, "aww Olek! glad the swelling's down", "Olek", nm._OPENER_ADDRESSED),
    (nm.opener_addressed, "so sorry Canberra, we're closed", "Canberra", None),
    (nm.opener_addressed, "congrats Sensodyne!! best paste", "Sensodyne", None),
    (nm.opener_addressed, "aww Wednesday, my show is back", "Wednesday", None),
    # (names55) after interjections alone, the name then a clause of its own
    (nm.opener_addressed, "lol Gaz same thing happened to me", "Gaz", nm._OPENER_ADDRESSED),
    (nm.opener_addressed, "omg Shaz congrats on the baby", "Shaz", nm._OPENER_ADDRESSED),
    (nm.opener_addressed, "ok Gaz same thing happened to me", "Gaz", None),
    (nm.opener_addressed, "lol Gaz", "Gaz", None),
    (nm.opener_addressed, "omg Duolingo sent me a notification", "Duolingo", None),
    (nm.opener_addressed, "Howzit! We're in the Menlyn complex", "Howzit", None),
    # (names55) a memo's addressee line, then the reader's own thing
    (
        nm.opener_addressed,
        "To Siddiq: your NI number is on the P60",
        "Siddiq",
        nm._OPENER_ADDRESSED,
    ),
    (nm.opener_addressed, "To Olek - your crown is back", "Olek", nm._OPENER_ADDRESSED),
    (nm.opener_addressed, "To Canberra: you were great", "Canberra", None),
    (nm.opener_addressed, "To Siddiq, with love", "Siddiq", None),
    (nm.staff, "sharp Sipho, the dentist at Chris Hani Bara said come early", "Sipho", None),
    # (chatnames48) the writer's own name as staff writing to one patient
    (
        nm.staff_writing_to_one,
        "hey it's Tamsin from the front desk, your crown is in",
        "Tamsin",
        nm._STAFF_TO_ONE,
    ),
    (
        nm.staff_writing_to_one,
        "Hi, this is Amaka from billing, call me back on 0207",
        "Amaka",
        nm._STAFF_TO_ONE,
    ),
    (
        nm.staff_writing_to_one,
        "Hi everyone, it's Tamsin from the front desk, we're closed Monday",
        "Tamsin",
        None,
    ),
    (nm.staff_writing_to_one, "This is Tamsin from reception, we're hiring", "Tamsin", None),
    (nm.staff_writing_to_one, "Our hygienist Tamsin says your gums look great", "Tamsin", None),
    (nm.staff, "Sipho, the dentist at Chris Hani Bara, joined in May", "Sipho", VETO),
    # (staff59) a record's holder named with their role
    (
        nm.record_holder,
        "iPad serial DMPXK2R4J1HW assigned to hygienist Chantelle Obi.",
        "Chantelle",
        nm._RECORD_HOLDER,
    ),
    (
        nm.record_holder,
        "Template FP-7A3F enrolled for staff member Anneliese Koval at the cabinet.",
        "Anneliese",
        nm._RECORD_HOLDER,
    ),
    (nm.record_holder, "Award certificate issued to our hygienist Team Blue", "Team", None),
    # (staff59) after a message's opener and the name, a new clause of what a carer did
    (nm.staff, "cheers Rangi, the physio at Rotorua hospital sorted my shoulder", "Rangi", None),
    (nm.staff, "hi Keisha, the orthodontist got your email", "Keisha", None),
    (nm.staff, "Thanks Hemi Walker, the nurse at our Papakura site will ring you", "Hemi", None),
    (nm.staff, "Welcome Aoife, the hygienist trained in Cork, to our team", "Aoife", VETO),
    # (staff59) a new clause between the role and the name
    (nm.staff, "hi did the dentist say when Jamal's stitches come out?", "Jamal's", None),
    (nm.staff, "hi did the dentist say Jamal is off today?", "Jamal", VETO),
    # (staff59) a carer or colleague doing something of the writer's own matter
    (
        nm.carer_of_the_writer,
        "My case manager Tonya says my Medicaid ID is inactive",
        "Tonya",
        nm._CARER_OF_THE_WRITER,
    ),
    (
        nm.carer_of_the_writer,
        "Our clinic nurse Fenna says my mom can't have it",
        "Fenna",
        nm._CARER_OF_THE_WRITER,
    ),
    (
        nm.carer_of_the_writer,
        "ugh my physio Marco cancelled on me again",
        "Marco",
        nm._CARER_OF_THE_WRITER,
    ),
    (
        nm.carer_of_the_writer,
        "My husband's colleague Brendan recommended you",
        "Brendan",
        nm._CARER_OF_THE_WRITER,
    ),
    (nm.carer_of_the_writer, "Our hygienist Tamsin says floss daily", "Tamsin", None),
    (nm.carer_of_the_writer, "Our nurse Tamsin says hi, I'll be in Monday", "Tamsin", None),
    (nm.carer_of_the_writer, "the receptionist Janine was lovely and I was in", "Janine", None),
    (nm.carer_of_the_writer, "Meet our nurse Aroha, I have worked with her", "Aroha", None),
    (nm.carer_of_the_writer, "Meet our nurse Aroha! She told me she loves it", "Aroha", None),
    (nm.carer_of_the_writer, "Hi, I'm nurse Aiyana, will ring you tomorrow", "Aiyana", None),
    (nm.carer_of_the_writer, "My coworker Lupe has had diarrhea for a week", "Lupe", None),
    (nm.recovering_subject, "Update - Amaru is out of the NICU", "Amaru", nm._RECOVERING),
    (nm.after_case_age, "2 mo old Xiadani with bronchiolitis", "Xiadani", nm._AFTER_CASE_AGE),
    (nm.addressed_without_comma, "Tevita you said that last time", "Tevita", nm._ADDRESSED),
    # (people16) how someone is after care
    (
        nm.recovering_subject,
        "Thank u all for the prayers. Kenzie is doing better",
        "Kenzie",
        nm._RECOVERING,
    ),
    (nm.recovering_subject, "Long night. Amaru is off the oxygen today", "Amaru", nm._RECOVERING),
    (nm.recovering_subject, "Thanks all. Zoom is doing better after the outage", "Zoom", None),
    (nm.recovering_subject, "Thanks all. Kenzie is coming to the party", "Kenzie", None),
    # (people16) a name after a case's shorthand age
    (
        nm.after_case_age,
        "ped dentist here: 6yo Kofi, cleft lip repair hx",
        "Kofi",
        nm._AFTER_CASE_AGE,
    ),
    (nm.after_case_age, "3 y/o Wren with a febrile seizure", "Wren", nm._AFTER_CASE_AGE),
    (nm.after_case_age, "45yo Caucasian, smoker, chest pain", "Caucasian", None),
    (nm.after_case_age, "2yo Frenchie with BOAS, spayed last year", "Frenchie", None),
    (nm.after_case_age, "Kofi, cleft lip repair hx", "Kofi", None),
    (nm.after_case_age, "my 2yo Ayla put a bead up her nose", "Ayla", nm._AFTER_CASE_AGE),
    (nm.after_case_age, "the 2yo Ayla put a bead up her nose", "Ayla", None),
    (nm.greeting, "6yo Tevita, cleft lip repair hx", "Tevita", None),
    (nm.greeting, "yo Tevita how was the dentist", "Tevita", "a greeting addressed to someone"),
    # A spaced age's "yo" is no greeting either: "35 yo F nurse with latex allergy".
    (nm.greeting, "35 yo F nurse with latex allergy, what do we flag?", "F", None),
    (nm.greeting, "79 yo Marisol with CLL, watch and wait?", "Marisol", None),
    (nm.addressed_at_start, "Jean-Baptiste, t'as ton rdv demain", "Jean-Baptiste", nm._ADDRESSED),
    (nm.addressed_at_start, "Follow-up, your next visit is soon", "Follow-up", None),
    # (names30) a nurse by first name that the writer thanks for their own care
    (
        nm.nurse_of_the_writer,
        "big love to Nurse Hinewai on the kids ward, my boy didn't cry once",
        "Hinewai",
        nm._NURSE_OF_THE_WRITER,
    ),
    (
        nm.nurse_of_the_writer,
        "huge thanks to nurse Sione for staying with me all night",
        "Sione",
        nm._NURSE_OF_THE_WRITER,
    ),
    (
        nm.nurse_of_the_writer,
        "Thanks to Nurse Adaeze, my stitches healed",
        "Adaeze",
        nm._NURSE_OF_THE_WRITER,
    ),
    (nm.nurse_of_the_writer, "Thanks to our Nurse Kiri, I got my flu jab", "Kiri", None),
    (nm.nurse_of_the_writer, "I'm Nurse Kiri, thanks for letting me look after you", "Kiri", None),
    (nm.nurse_of_the_writer, "nurse Jo said ok but I read 48hrs?", "Jo", None),
    (nm.nurse_of_the_writer, "big love to Nurse Kowalski, my boy didn't cry", "Kowalski", None),
    (nm.nurse_of_the_writer, "I love the show Nurse Jackie, I binge it", "Jackie", None),
    # (names30) a name opening a message, then "your" and its news
    (
        nm.addressed_with_news,
        "Rangi your results are back, please call to book a follow up",
        "Rangi",
        nm._ADDRESSED_WITH_NEWS,
    ),
    (
        nm.addressed_with_news,
        "Kalani your ortho retainer is at the front desk",
        "Kalani",
        nm._ADDRESSED_WITH_NEWS,
    ),
    (nm.addressed_with_news, "Tavita ur referral went through", "Tavita", nm._ADDRESSED_WITH_NEWS),
    (nm.addressed_with_news, "Priya your hygienist is back from leave", "Priya", None),
    (nm.addressed_with_news, "Venmo your share to the front desk", "Venmo", None),
    (nm.addressed_with_news, "Zoom your results are back", "Zoom", None),
    (nm.addressed_with_news, "MyChart your results are back", "MyChart", None),
    (nm.addressed_with_news, "Call Rangi your results are back", "Rangi", None),
    (nm.addressed_with_news, "Fitbit your steps are synced again", "Fitbit", None),
    # (names30) a greeting drawn out, as chats type one
    (nm.greeting, "heyy Ama hope ur wisdom teeth recovery going ok", "Ama", nm._GREETED),
    (nm.greeting, "hiiii Kemi, miss u", "Kemi", nm._GREETED),
    (nm.greeting, "heyyy Google, what is a pulpotomy", "Google", None),
    (nm.greeting, "hmmm Kemi, not sure", "Kemi", None),
    (
        nm.nurse_of_the_writer,
        "thanks to Nurse Practitioner visits I'm better",
        "Practitioner",
        None,
    ),
    # (clean30) a town and its region's letters; an acronym's plural; a newspaper after
    # "the"; a medicine in apposition; a car firm's cabs; a possessive eponym before an article
    (nm.town_and_its_region, "Free flu shots this week, Jackson MS.", "Jackson", VETO),
    (nm.town_and_its_region, "Free flu shots this week, Jackson Miller.", "Jackson", None),
    (nm.acronym, "Most RCTs were small.", "RCTs", VETO),
    (nm.acronym, "Mrs. RCTs was fine.", "Mrs", None),
    (nm.ambiguous_mid_sentence, "The ferry will stop, reports the Star.", "Star", VETO),
    # (clean99) after "the" in no one's sentence, any such word is a place's or a paper's;
    # in a sentence about someone it is left to be read as theirs ("the Royal" a hospital's)
    (nm.ambiguous_mid_sentence, "We met at the Star hotel.", "Star", VETO),
    (nm.ambiguous_mid_sentence, "My son was at the Royal for a week.", "Royal", GIVEN),
    (nm.medicine_brand, "Yasmin, the combined pill, is sold here.", "Yasmin", VETO),
    (nm.medicine_brand, "Yasmin, the receptionist, is away.", "Yasmin", None),
    # (clean40) a generic by its INN stem, "the same as", said to be a pill, taken as one
    (nm.medicine_brand, "Is Allegra safe to take with amoxicillin?", "Allegra", VETO),
    (nm.medicine_brand, "Is Allegra safe to visit with her rash?", "Allegra", None),
    (nm.medicine_brand, "Is Heather the same as Micronor?", "Heather", VETO),
    (nm.medicine_brand, "Is Heather the same as her sister?", "Heather", None),
    (nm.medicine_brand, "Ella is the morning-after pill that works for 5 days.", "Ella", VETO),
    (nm.medicine_brand, "Ella is the nurse who gave me the pill.", "Ella", None),
    (nm.medicine_brand, "Does Ella still work if taken 4 days after?", "Ella", VETO),
    (nm.medicine_brand, "Has anyone taken Yasmin for PCOS?", "Yasmin", VETO),
    (nm.medicine_brand, "Has anyone taken Yasmin to the dentist?", "Yasmin", None),
    (nm.declared_thing, "Can Florence (the app) replace a prenatal class?", "Florence", VETO),
    (nm.declared_thing, "Has anyone taken Sophia (the oral contraceptive brand)?", "Sophia", VETO),
    (nm.declared_thing, "Can Sophia (my daughter, 4) take Calpol?", "Sophia", None),
    (nm.weather_for_town, "A heat advisory is in place for Phoenix today.", "Phoenix", VETO),
    (nm.weather_for_town, "Heat warning today: drive Phoenix to school.", "Phoenix", None),
    (nm.weather_for_town, "Storm warning for tonight, so Austin stayed in.", "Austin", None),
    (nm.product_after_name, "Addison Lee cabs take cards.", "Addison", VETO),
    (nm.eponym_listed, "Is Addison's a lifelong disease?", "Addison's", VETO),
    (nm.eponym_listed, "Is Addison's crown a lifelong fix?", "Addison's", None),
    (nm.eponym_listed, "Graves' disease and Addison's can show up early.", "Addison's", VETO),
    (nm.eponym_listed, "Graves' disease and Addison's can of soup.", "Addison's", None),
    # (names35) the second of two people joined by "and" to a name found; a case's sex word
    # between its age and the name; a chat signed after a spaced dash, or "it's X —"
    (
        nm.joined_to_a_name,
        "My twins Nnamdi and Ebube both have ringworm",
        "Ebube",
        nm._JOINED_REASON,
    ),
    (nm.joined_to_a_name, "Kofi & Adwoa both got their jabs today", "Adwoa", nm._JOINED_REASON),
    (nm.joined_to_a_name, "Marks and Spencer had a sale on", "Spencer", None),
    (nm.joined_to_a_name, "My twins Nnamdi and Lagos both", "Lagos", None),
    (
        nm.after_case_age,
        "8yo girl Priyamvada with recurrent nosebleeds",
        "Priyamvada",
        nm._AFTER_CASE_AGE,
    ),
    (nm.after_case_age, "45yo male Caucasian, smoker", "Caucasian", None),
    (nm.self_named_unlisted, "ring me if the crown comes in — Shaz", "Shaz", nm._SELF_NAMED),
    (
        nm.self_named_unlisted,
        "hey its Aleksandar — my new email is below",
        "Aleksandar",
        nm._SELF_NAMED,
    ),
    (nm.self_named_unlisted, "the kit is in — Shaz will ring you", "Shaz", None),
    # (lonenames59) a lone name, then a bracket of its person's age, sex or origin
    (
        nm.in_brackets_with_particulars,
        "Kibet (Kenyan, 45) from Eldoret with sickle cell crisis, fluids or not?",
        "Kibet",
        nm._IN_BRACKETS,
    ),
    (nm.in_brackets_with_particulars, "Lanre (M, 38), BP 180/110", "Lanre", nm._IN_BRACKETS),
    (
        nm.in_brackets_with_particulars,
        "Fekadu (Ethiopian man, 70) newly diagnosed with Parkinson's",
        "Fekadu",
        nm._IN_BRACKETS,
    ),
    (
        nm.in_brackets_with_particulars,
        "Githongo (34 F) with migraines",
        "Githongo",
        nm._IN_BRACKETS,
    ),
    (nm.in_brackets_with_particulars, "Xarelto (rivaroxaban) must be paused", "Xarelto", None),
    (nm.in_brackets_with_particulars, "Ozempic (1 mg) weekly, side effects?", "Ozempic", None),
    (nm.in_brackets_with_particulars, "Kenya (2019) had a cholera outbreak", "Kenya", None),
    (nm.in_brackets_with_particulars, "Tala (Tongan, speaks English) joined", "Tala", None),
    (nm.in_brackets_with_particulars, "Tupou (age 130) is no age", "Tupou", None),
    (nm.in_brackets_with_particulars, "Mein Vater (79) hat Nachblutungen", "Vater", None),
    (nm.in_brackets_with_particulars, "Telefone (11) 3555-0100", "Telefone", None),
    (nm.in_brackets_with_particulars, "Arlo (4) has a fever", "Arlo", nm._IN_BRACKETS),
    (
        nm.in_brackets_with_particulars,
        "Top items: Strepsils (86), Lemsip (71), Piriton (39).",
        "Lemsip",
        None,
    ),
    (
        nm.in_brackets_with_particulars,
        "Meet our new hygienist Tala (F, 29), she loves hiking",
        "Tala",
        None,
    ),
    # (lonenames59) the two sides of a private lawsuit's caption
    (
        nm.court_caption,
        "Court docket CV-2023-004417: Delgado v. Whitfield, hearing set for April 8.",
        "Delgado",
        nm._CAPTION,
    ),
    (
        nm.court_caption,
        "Court docket CV-2023-004417: Delgado v. Whitfield, hearing set for April 8.",
        "Whitfield",
        nm._CAPTION,
    ),
    (nm.court_caption, "Hearing notice: Oduya vs. Brennan, May 12", "Brennan", nm._CAPTION),
    (nm.court_caption, "Hearing notice: Oduya vs Brennan, May 12", "Oduya", nm._CAPTION),
    (nm.court_caption, "Oduya v. Brennan kicks off at 7 on the big screen", "Oduya", None),
    (nm.court_caption, "Roe v. Wade was overturned by the Supreme Court", "Wade", VETO),
    (nm.court_caption, "Court hearing: State v. Okafor, June 2", "State", None),
    (nm.court_caption, "Oduya, the court clerk, called", "Oduya", None),
]


def _ctx_for(rule: nm.Rule, text: str, expected: str | None) -> PracticeContext:
    return RIVERBEND if rule is nm.practice_word and expected == VETO else PLAIN


@pytest.mark.parametrize(
    ("rule", "text", "word", "expected"),
    CASES,
    ids=[f"{rule.__name__}-{n}" for n, (rule, *_rest) in enumerate(CASES)],
)
def test_rule(rule: nm.Rule, text: str, word: str, expected: str | None) -> None:
    assert verdict(rule, text, word, _ctx_for(rule, text, expected)) == expected


def test_every_rule_decides_and_passes_on_in_a_case() -> None:
    decides = {rule for rule, _t, _w, expected in CASES if expected is not None}
    passes = {rule for rule, _t, _w, expected in CASES if expected is None}
    for entry in NAME_RULES:
        assert entry.rule in decides, entry.name
        assert entry.rule in passes, entry.name


def test_rule_names_are_unique_and_documented() -> None:
    table_names = [r.name for r in NAME_RULES]
    assert len(table_names) == len(set(table_names))
    for r in NAME_RULES:
        doc = r.rule.__doc__ or ""
        assert doc.strip() and "\n" not in doc.strip(), r.name


def _whole_table(finder: _Finder, c: Candidate) -> tuple[str, str | None]:
    for r in NAME_RULES:
        said = r.rule(finder, c)
        if said is not None:
            return r.name, said
    return "", None


def _per_kind_table(finder: _Finder, c: Candidate) -> tuple[str, str | None]:
    for name, rule in nm._RULES_FOR[bool(c.strong), c.common, c.ambiguous]:
        said = rule(finder, c)
        if said is not None:
            return name, said
    return "", None


def _added_by_classify(finder: _Finder, run: list[int]) -> list[tuple[int, int, str, str]]:
    """What ``classify`` (its cues asked first) adds for the run."""
    finder.found = []
    finder.classify(run)
    return [(s.start, s.end, s.reason, s.rule) for s in finder.found]


def _added_by_table(finder: _Finder, c: Candidate) -> list[tuple[int, int, str, str]]:
    name, said = _whole_table(finder, c)
    return [(c.start, c.end, said, name)] if said else []


@pytest.mark.parametrize("with_practice", [False, True], ids=["no-practice", "practice"])
def test_per_kind_tables_give_the_whole_tables_verdicts(
    with_practice: bool, practice: PracticeContext
) -> None:
    """The ``strong``/``common``/``ambiguous``/``always`` marks only skip rules that
    would pass on: on every candidate of the corpus both tables agree."""
    ctx = practice if with_practice else PLAIN
    seen = 0
    for sample in load_corpus():
        for text in (sample.text, sample.text.lower(), sample.text.upper()):
            finder = _Finder(parse(text), ctx)
            for i, t in enumerate(finder.tokens):
                if t.kind != "word" or not t.capitalized:
                    continue
                c = finder.candidate(finder.run_from(i))
                if c is None:
                    continue
                seen += 1
                assert _per_kind_table(finder, c) == _whole_table(finder, c), text
                run = finder.run_from(i)
                assert _added_by_classify(finder, run) == _added_by_table(finder, c), text
    assert seen > 1000


def _only_vetoes(node: ast.expr | None) -> bool:
    """An answer that is ``VETO`` or None (or a choice between them)."""
    if node is None or (isinstance(node, ast.Constant) and node.value is None):
        return True
    if isinstance(node, ast.Name):
        return node.id == "VETO"
    if isinstance(node, ast.IfExp):
        return _only_vetoes(node.body) and _only_vetoes(node.orelse)
    return False


def test_veto_only_rules_never_say_yes() -> None:
    """``classify`` skips the rules in ``VETO_ONLY`` unless another rule says yes: each
    of them answers ``VETO`` or None and nothing else (a veto left unmarked is only read
    more often)."""
    assert len(nm.VETO_ONLY) > 10
    assert nm.VETO_ONLY <= {r.rule for r in NAME_RULES}
    for rule in nm.VETO_ONLY:
        tree = ast.parse(textwrap.dedent(inspect.getsource(rule)))
        answers = [n.value for n in ast.walk(tree) if isinstance(n, ast.Return)]
        assert answers and all(_only_vetoes(a) for a in answers), rule.__name__
    said_yes = ast.parse("def rule(f, c):\n    return VETO if c else 'a name'\n")
    assert not _only_vetoes(next(n for n in ast.walk(said_yes) if isinstance(n, ast.Return)).value)


def test_findings_name_their_rule() -> None:
    doc = parse("Hi Emma! Congrats to Sophia. We saw Mrs. Garcia, and my son Liam too.")
    rules = {doc.text[s.start : s.end]: s.rule for s in find_names(doc, PLAIN)}
    assert rules == {
        "Emma": "greeting",
        "Sophia": "praise",
        "Garcia": "title_or_family_word",
        "Liam": "relation_before",
    }


@pytest.mark.parametrize(
    ("text", "word", "plain"),
    [
        ("The office opens at 8.", "The", True),
        ("We love it. Thanks for coming!", "Thanks", True),
        ("Congrats to Hope on her new smile!", "Hope", False),  # a given name
        ("My brave Awesome made it.", "Awesome", False),  # after an affection word
        ("kasama ko si Happy kahapon", "Happy", False),  # after Tagalog's "si"
        ("We saw the Brave yesterday.", "Brave", False),  # after "the"
        ("Awesome's braces came off.", "Awesome", False),  # a possessive
        ("Emma smiled.", "Emma", False),  # no common word
    ],
)
def test_a_plainly_common_word_alone_is_one_no_cue_can_say_yes_to(
    text: str, word: str, plain: bool
) -> None:
    """``classify`` drops a run of one common word that ``plainly_common`` accepts without
    building its candidate: only while every cue for such runs is one it reads for."""
    finder = _Finder(parse(text), PLAIN)
    index = next(i for i, t in enumerate(finder.tokens) if t.text.startswith(word))
    assert finder.plainly_common(index) is plain
    if plain:
        c = finder.candidate([index])
        assert c is not None
        assert not any(
            rule(finder, c) for rule in nm._CUES_FOR[bool(c.strong), c.common, c.ambiguous]
        )
    assert nm._COMMON_ALONE_DECIDED, (
        "a cue for runs of one common word was added: teach Finder.plainly_common what it "
        "reads and add it to _COMMON_ALONE_CUES"
    )


# -- rare_pair: a clinic's or a hospital's name in another language is no person's --------


@pytest.mark.parametrize(
    "text",
    [
        "A Clínica Sorriso Feliz estará fechada na segunda-feira por falta de energia.",
        "Ankara Şehir Hastanesi'nde ücretsiz tarama yapılacak.",
        "Terima kasih atas dedikasi anda di Klinik Pergigian Mutiara, Penang.",
        "Aarhus Universitetshospital har åbent hus lørdag.",
        "Grünerløkka Legesenter holder stengt fredag.",
    ],
)
def test_a_clinics_name_in_another_language_is_no_persons(text: str) -> None:
    assert [f for f in find_phi(text) if f.label == "name"] == []


def test_a_rare_pair_with_no_clinic_word_is_still_a_name() -> None:
    text = "My neighbour Oluwaseun Adeyemi was admitted last night."
    assert any(f.label == "name" for f in find_phi(text))


# (clean12) A genus then its species is no one, in a statement or a question; the same
# given name with a verb, a name or another language after it stays a name.
@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        ("Is Candida albicans contagious through kissing?", False),
        ("Is Candida ok to come in with a cold?", True),
        ("Should Melissa officinalis be avoided in pregnancy?", False),
        ("Should Melissa keep taking her metformin?", True),
        ("Candida auris is spreading in hospitals.", False),
        ("Candida seems tired since her chemo.", True),
        ("Rosa damascena oil is not a treatment for eczema.", False),
        ("Rosa necesita una receta para su tos.", True),
    ],
)
def test_a_species_named_after_its_genus_is_no_one(text: str, blocked: bool) -> None:
    names = [f for f in find_phi(text) if f.label == "name" and f.severity == "block"]
    assert bool(names) is blocked


# (clean12) The fold writes Greek letters that look Latin as Latin ones: the first letters
# of "Αγαπητοί" ("Dear") were found as the name "Aya"; a name written in Latin letters in a
# Greek sentence, or with a Greek letter in place of a Latin one, is still found.
@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        ("Αγαπητοί γονείς, η σχολική οδοντιατρική εξέταση θα γίνει την Τρίτη.", False),
        ("Αγαπητοί κύριοι και κυρίες, το ιατρείο θα είναι κλειστό την Παρασκευή.", False),
        ("Αγαπητή Anna, τα αποτελέσματά σου είναι έτοιμα.", True),
        # (name.titled_abroad reads a Latin name after a Greek Mr or Mrs)
        ("Αγαπητέ κύριε Schmidt, το ραντεβού σας μετακινήθηκε.", True),
        ("Ο κ. Smith έχει ραντεβού την Τρίτη.", True),
        ("\u0391nna has a fever and a rash.", True),
    ],
)
def test_a_greek_word_the_fold_half_latinised_is_no_name(text: str, blocked: bool) -> None:
    names = [f for f in find_phi(text) if f.label == "name" and f.severity == "block"]
    assert bool(names) is blocked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hey its Dwayne, the dentist said my crown would be ready but it's throbbing", "Dwayne"),
        ("Hi, this is Tevita, the hygienist told me to ring about my bleeding gums", "Tevita"),
    ],
)
def test_writer_named_before_what_the_carer_said(text: str, name: str) -> None:
    """(nameschat37) "it's X, the dentist said …": X is the writer, not staff in apposition."""
    assert name in [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]


@pytest.mark.parametrize(
    ("text", "name", "blocked"),
    [
        ("kk Abebe, I'll tell Dr. Tesfaye you're running late", "Abebe", True),
        ("no worries Wiremu, the orthodontist will sort the retainer", "Wiremu", True),
        ("sharp Sipho, the dentist at Chris Hani Bara said come early", "Sipho", True),
        ("eh Jean-Guy, your appointment at the Jewish General is at 2", "Jean-Guy", True),
        ("Tomasz, the physio at Hillingdon will see you Tuesday.", "Tomasz", True),
        ("cheers Aroha, the hygienist said your gums look heaps better", "Aroha", True),
        ("ok Boomer, whatever you say", "Boomer", False),
        ("Hey Siri, set a timer for 2 minutes", "Siri", False),
        ("Hi {first_name}, your appointment is confirmed", "first_name", False),
        ("Meet Aoife, the orthodontist at our Cork clinic, who joined this spring", "Aoife", False),
    ],
)
def test_the_one_a_message_opens_by_speaking_to(text: str, name: str, blocked: bool) -> None:
    """(chatnames48) "kk Abebe,", "sharp Sipho, the dentist … said": the one written to,
    after a chat's opener; not a slang word, an assistant, a template or a staff bio."""
    found = [text[f.start : f.end] for f in find_phi(text) if f.severity == "block"]
    assert (name in found) is blocked


# (names40a) a lower-case surname after a lower-case "dr", read where a capitalised one is
@pytest.mark.parametrize(
    ("text", "name", "blocked"),
    [
        (
            "anyone else seeing dr park at the Lakeview clinic? she moved my appointment",
            "park",
            True,
        ),
        ("can u tell dr okafor i cant come tmrw, my kid is sick", "okafor", True),
        ("anyone else think dr park on that tiktok is hilarious?", "park", False),
        ("dr oz says lemon water whitens teeth, is that true?", "oz", False),
    ],
)
def test_a_lower_case_doctor_in_one_persons_care(text: str, name: str, blocked: bool) -> None:
    found = [
        text[f.start : f.end]
        for f in find_phi(text)
        if f.severity == "block" and f.reason.endswith(nm.CLINICIAN_IN_CARE_TAG)
    ]
    assert (name in found) is blocked
