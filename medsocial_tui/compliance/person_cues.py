"""Whether a sentence is about a person: the person cues of a text ("my", "her", "patient",
"diagnosed", "year-old"…), found once per text and looked up by bisection. Kept apart from
``rules`` so that the veto modules ``rules`` reads (``place_vetoes``) can ask it too without
importing ``rules`` back."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.text import finditer_at, register_starts, sentence_around

_I = re.IGNORECASE

# A health term of the lexicon as a word of its own: the one pattern of them (``phi`` finds
# health details with it; the vetoes of rules and people_vetoes ask with it whether a
# sentence speaks of anyone's care). Here, below both, so neither imports the other for it.
HEALTH = lazy.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in lx.HEALTH_TERMS) + r")(?![\w-])", _I
)


_POSSESSIVE_ABROAD = lx.alternation(lx.POSSESSIVES_ABROAD)
_KIN_ABROAD = rf"(?:{_POSSESSIVE_ABROAD})[ \t]+(?:{lx.alternation(lx.RELATION_WORDS_ABROAD)})"

# Words before "paciente" that make it any patient ("los datos del paciente", "per paziente",
# "cada paciente", "ao paciente", "dla pacjenta")
_GENERAL_PATIENT_BEFORE = ("del", "al", "por", "per", "cada", "ogni", "do", "ao", "dla", "su")

# (clean16) "Mother Teresa", "Father Damien", "Father Christmas": "Mother" and "Father" as a
# capitalised title before a capitalised name are a nun's, a priest's or a season's figure,
# not someone's parent ("my mother Rose", "Mother had a fall" still count).
_TITLE_OF_FAITH = r"(?-i:Mother|Father)[ \t]+(?-i:[A-Z][a-z])"
# (clean16) "lives" the verb ("she lives alone", "who lives in Leeds"), not the plural noun
# of health news and history: "1,500 lives lost", "screening saves lives", "the lives of
# carers", "our busy lives", "lives saved" name no one.
_LIVES_NOUN_BEFORE = (
    "save saves saved saving change changes changed changing transform transforms transformed"
    " transforming touch touches touched touching claim claims claimed claiming cost costs took"
    " take takes taking improve improves improved improving lost ruin ruined extend extends"
    " extended shorten shortens shortened the our their your of many whose daily busy everyday"
    " million millions thousand thousands hundred hundreds more fewer countless"
).split()
_LIVES_THE_VERB = (
    "".join(rf"(?<!\b{w} )" for w in _LIVES_NOUN_BEFORE)
    + r"(?<!\d )lives(?![ \t]+(?:lost|saved|were|are|at[ \t]+risk|matter|depend|of)\b)"
)

# (clean16) A person's word in a phrase that denies any data of them: "no patient data was
# affected", "(no patient details)", "No child data included", "without patient names".
_NO_DATA_OF = (
    r"(?<=\bno[ \t])(?:patient|child)[ \t]+(?:data|details|info|information|names"
    r"|identifiers|records)\b"
    r"|(?<=\bwithout[ \t])(?:patient|child)[ \t]+(?:data|details|info|information|names"
    r"|identifiers|records)\b"
)

# (clean55) What a practice offers every patient to come, plural or after "new": "new patient
# appointments", "new patient openings", "patient bookings", "new-patient forms", "new
# patient special". A count of places or slots is no one's.
_OFFER_NOUNS = (
    r"(?:appointments|openings|bookings|slots|spaces|places|registrations|enrol?lments"
    r"|forms|paperwork|packs|specials|offers|vacancies|availability|intake"
    # what a practice or a hospital writes for every patient: "great patient guides",
    # "patient leaflets", "patient education", "patient safety" (not "patient notes": one's)
    r"|guides|leaflets|handouts|brochures|resources|materials|education|safety|newsletters"
    r"|surveys|reviews|testimonials)"
)
# "new patient" before a word of what is offered, singular too ("a new patient exam
# special", "new patient registration"); read at the start of "patient"
_NEW_PATIENT_OFFER = (
    r"(?<=\bnew[ \t-])patient[ \t-]+(?:appointment|opening|booking|slot|space|place"
    r"|registration|enrol?lment|form|pack|special|offer|exam|check-?up|consultation)s?\b"
)

# (clean55) What "infant" and "child" name as a whole population, in health news and public
# health: "infant hospitalizations fell 80%", "child mortality", "infant formula", "child
# health clinics" (not "the infant was", "a child presented"; "child care" is anyone's).
_OF_EVERY_ONE = (
    r"(?:mortality|deaths|hospitali[sz]ations|admissions|vaccinations|immuni[sz]ations"
    r"|health|nutrition|obesity|poverty|formula|feeding|development|wellbeing|well-being"
    r"|welfare|protection|safety|care|seats|car[ \t]+seats|cpr|first[ \t]+aid)"
)
# (clean55) German "man" is "one", anyone ("Den Notdienst erreicht man über die 116 117",
# "Wenn man Fieber hat", "Man sollte zweimal täglich putzen"): after a German verb or
# conjunction, or before a German verb, it is no man. English "a man", "the man" stay.
_GERMAN_BEFORE_MAN = (
    "kann muss soll darf will wie wenn dass was hat ist wird sollte könnte konnte "
    "erreicht bekommt braucht findet sieht weiß merkt sagt nimmt macht erhält erhalt "
    "kommt geht sollten muss kann darf bevor ob sobald damit weil"
).split()
_MAN_NOT_GERMAN = (
    "".join(rf"(?<!\b{w} )" for w in dict.fromkeys(_GERMAN_BEFORE_MAN))
    + r"man(?![ \t]+(?:sollte|kann|muss|darf|soll|sieht|braucht|nimmt|hat|ist|wird|bekommt"
    r"|findet|erreicht|merkt|weiß|sagt|macht|spricht|geht|erhält|sich|nicht|auch|immer"
    r"|oft|am|beim|zum|zur|die|den|das|dem|ein|eine|einen)\b)"
)
# A sentence about a person: who they are, or what happened to them.
# (personcues37b) Relatives, partners and carers as people write them in messages:
# "hubby", "the missus", "nana", "our bub", "the lad", "bestie", "sis", "cuz", "her carer"
# (singular: "Carers Week", "kids eat free" are notices to everyone; not "nan", Haitian
# Creole's "in": "Klinik Sante Fanmi nan Little Haiti"). A person cue, and one of the words
# that make a short message about one person (``_ONE_PERSON``).
_KIN_AS_WRITTEN = (
    r"hubby|wifey|missus|nana|nanna|granny|gran|kiddo|bub|bubba|lad|bestie|bro|sis|cuz"
    r"|carer|caregiver|stepson|stepdaughter|stepmum|stepmom|stepdad|fianc[eé]e?|boyfriend"
    r"|girlfriend"
)
_THIRD_PERSON_CUE = (
    # "patient enquiries", "the Patient Advice Office": a desk for patients, not one
    # (clean16) nor "no patient data was affected", "no child data included": data denied
    rf"(?!{_NO_DATA_OF})(?!{_NEW_PATIENT_OFFER})patient(?![ \t]+(?:enquiries|inquiries|liaison|advice|services|information|experience"
    r"|relations|helpline|portal|transport|access)\b)"
    # (clean55) a practice's offer to anyone who comes, "patient" before what it books or
    # fills in: "call for new patient appointments", "new patient openings", "new-patient
    # forms", "patient bookings are open" (not "the patient's appointment", "a new patient
    # presented", "new patient, 45, with …": one person's)
    rf"(?![ \t-]*{_OFFER_NOUNS}\b)"
    r"|(?<![.@/])pt|client|resident|he|she|his|her"
    r"|him|hers|mr|mrs|ms"
    # (ages99) and a title of another language before a name: "Frau Mirjana Petrović, 92 J.",
    # "la Sra. Maldonado de 97 años", "Pani Zofia", "Mme Gagnon" (not "pan", bread too)
    # (not before a doctor's title: "Herr Dr. Müller ist ab dem 3. Januar wieder da")
    r"|(?:frau|herr|sra|srta|se[ñn]ora|signora|madame|mme|monsieur|pani)"
    r"(?![ \t.]+(?:dr|dra|doktor|doktorin|doctor|doctora|dott|dottoressa|prof|professor)\b)"
    # (clean16) "pt" and "mx" ending a web or mail address are Portugal's and Mexico's
    # domains ("clinica.pt", "proveedores@clinicasalus.mx"), no patient and no Mx.
    # "Mother's Day", "Father's Day" are days of the year, no one's mother
    # (clean16) nor "Mother Teresa", "Father Miguel Alvarez", "Father Christmas": a title of
    # the church or a figure of a season, written with its capital before the name
    rf"|miss|(?<![.@/])mx|(?!{_TITLE_OF_FAITH})mother(?!['’]s\s+(?-i:Day)\b)|mom|mum"
    rf"|(?!{_TITLE_OF_FAITH})father(?!['’]s\s+(?-i:Day)\b)|dad|son|daughter|wife"
    r"|husband|brother|sister"
    rf"|{_KIN_AS_WRITTEN}"
    rf"|grand(?:mother|father|ma|pa|son|daughter)|aunt|uncle|niece|nephew|cousin|(?!{_NO_DATA_OF})child(?![ \t]+{_OF_EVERY_ONE}\b)|kid(?![-'’]|[ \t]+(?:friendly|gloves)\b)|baby(?!\s+(?:teeth|tooth|bottles?|formula|food))"
    rf"|infant(?![ \t]+{_OF_EVERY_ONE}\b)|toddler|boy|girl|{_MAN_NOT_GERMAN}|woman|gentleman|(?<!our[ \t])lady|male|female|admitted|discharged"
    r"|diagnosed|presented|presents|underwent|hospitali[sz]ed|born|died|passed\s+away"
    rf"|transferred|referred|prescribed|treated|seen|named(?![ \t]+(?:as[ \t]+)?(?:a|an|one|among|best|top)\b)|dob|ssn|mrn|{_LIVES_THE_VERB}|lived"
    r"|resides"
    # (read 135-138) one inpatient, where and since when: "Inpatient at Groote Schuur since
    # 11 April" (not "inpatient beds", "our inpatient unit": a ward's kind)
    r"|inpatient(?=[ \t]+(?:at|in|since|on|for)\b|,)"
    # (read 155-158) one patient's discharge summary, as its heading or whose it is:
    # "Discharge summary: adm 12/1, d/c 15/1" (not "our discharge summary template")
    r"|discharge[ \t]+summary(?=[ \t]*[:(]|[ \t]+(?:for|of)[ \t]+(?:pt|patient|mr|mrs|ms|my|his|her)\b)"
    # (read 103-106) a day of one patient's course after surgery, as case notes count it
    # ("Post-op day 3 after lap chole on Oct 9th", "POD 2"): no post-op leaflet counts days
    r"|post-?op(?:erative)?[ \t]+day[ \t]+\d{1,2}|(?-i:POD)[ \t]*#?\d{1,2}"
    r"|year[- ]old|yo"
    # (towns51) an age as notes and messages write it, the number glued to "yo" or before
    # "y/o" ("33yo tattoo artist", "47yo trapper", "48 y/o taxi driver", "6 y.o. boy"): the
    # words ``\b`` finds in "yo" alone are not there (spaced, "y/o" and not "yo", the word
    # above; "y.o" without its last stop, which the closing ``\b`` would refuse)
    rf"|(?<![\w.,/])\d{{1,3}}(?:{lx.AGE_YO}|{lx.AGE_YO_DOTTED})(?![\w/])"
    rf"|(?<=\d[ \t])(?:y/o|{lx.AGE_YO_DOTTED})(?![\w/])"
    r"|(?:customer|client|user|guest)(?![ \t-]+(?:service|services|support|care"
    r"|hotline|helpline|line|desk|team|relations|experience|success|portal|satisfaction|wi-?fi"
    r"|speakers?|lists?|parking|rooms?|house|guide|manual|advisors?)\b)|applicant|tenant"
    # (guard-longclean5) a hospital's or a service's kind, no one's referral: "Moi Teaching
    # and Referral Hospital", "Mbarara Regional Referral Hospital", "a tertiary referral
    # centre", "the referral pathway"
    # (clean55) nor a notice's "no referral needed", "without a referral", "self-referrals
    # welcome", "referral not required": no one is referred
    r"|caller|(?<!\bno[ \t])(?<!\bwithout[ \t])(?<!\bwithout[ \t]a[ \t])(?<!\bself-)(?<!\bself[ \t])"
    r"referral(?![ \t]+(?:is[ \t]+)?not[ \t]+(?:needed|required|necessary)\b)"
    r"(?![ \t]+(?:hospitals?|centres?|centers?|clinics?|units?|services?"
    r"|pathways?|forms?|criteria|system|networks?)\b)|insured"
    # (names16) a case note's shorthand of age and sex before what it says of them ("44M
    # from Lubbock", "32F with a rash", "67M presenting with"): not a sum ("$44M from the
    # state"), a temperature ("it was 20F in Leeds"), a size or a model ("the 3M tape")
    rf"|(?<!\bthe )(?<![$£€¥])(?-i:{lx.AGE_SEX_CODE})(?=[ \t]+(?:from|with|presents|presenting"
    r"|presented|complaining|admitted|who|hx|pmh|c/o)\b)"
    # (towns51) or opening a note or a clause, before the one's work or state, a word of one
    # in lower case ("36M welder on an offshore rig", "57F cashier from …", "pt 66F retired
    # hygienist"): not a sum a sentence goes on about ("our 10M campaign"), a count of many
    # ("24M people", "12M users": a plural), nor a temperature's place ("20F in Leeds")
    r"|(?:(?<=^)|(?<=\n)|(?<=[.!?:;,(][ \t])|(?<=\b(?:pt|Pt|PT)[ \t]))"
    rf"(?-i:{lx.AGE_SEX_CODE})(?="
    r",?[ \t]+(?-i:(?!(?:in|at|on|of|to|and|or|for|the|a|an|this|today|tonight|outside|inside"
    r"|per|plus|cap|max|min|budget|fund|grant|deal|loan|project|contract|dollars?|pounds?|euros?"
    r"|rand|worth|raised|from|bill|tape|mask|sheets?|sq|ft|lbs?|kg|units?|doses?|people|folk"
    r"|population|worldwide|globally|nationwide|annually|yearly|total)\b)"
    r"[a-z][a-z-]*[a-rt-z]"
    # (places95) or a verb of the one's own life, though it ends as a plural does ("17M,
    # plays rugby for …", "52F works nights", "36M lives alone")
    r"|(?:plays|works|lives|has|is|was|presents|complains|reports|says|takes|uses|drinks"
    r"|smokes|vapes|runs|swims|wants|needs|gets|attends|studies|rides|lifts|trains))\b)"
    # a relative in another language: a possessive and a family word ("mi madre", "ma
    # mère", "meine Mutter", "mia madre", "minha mãe", "mijn moeder", "meri behen")
    rf"|{_KIN_ABROAD}"
    # (guard-recall3) other languages' third person ("elle", "ella", "ela", "lei") and what
    # is only done to a person, as a participle ("operada", "ricoverato", "transférée"),
    # with and without the accents folding may take off
    rf"|{lx.alternation(lx.PERSON_WORDS_ABROAD)}"
    # (scripts12) one patient abroad, not patients in general after "del", "per", "cada"…
    + "|"
    + "".join(rf"(?<!\b{w} )" for w in _GENERAL_PATIENT_BEFORE)
    + rf"(?:{lx.alternation(lx.PATIENT_WORDS_ABROAD)})"
)
# "I" as a numeral, not the writer: "Type I diabetes", "a Level I trauma centre", "a Phase I
# trial", "Stage I", "World War I" (each word a lookbehind of its own: they differ in width).
_NUMERAL_BEFORE = ("type", "level", "phase", "stage", "class", "grade", "tier", "war", "category")
WRITER_I = "(?:" + "".join(rf"(?<!\b{word} )" for word in _NUMERAL_BEFORE) + "i)"
"""The writer's "I" in a case-blind pattern, not the numeral after "Type" or "Level"."""
# The writer's "my" in other languages, and what it is said of when it is the writer's own
# care: an appointment, a tooth, a treatment, an operation, a check-up.
_MY_ABROAD = (
    r"mi|mis|mon|ma|mes|minha|meu|meus|minhas|mia|mio|miei|mie|il[ \t]+mio|la[ \t]+mia|i[ \t]+miei"
    r"|le[ \t]+mie|mein|meine|meinem|meinen|meiner|mijn|moja|mój|moj|moje|mojej|mojego|mojemu"
)
_CARE_ABROAD = (
    r"cita|citas|turno|diente|dientes|muela|muelas|tratamiento|operaci[oó]n"
    r"|cirug[ií]a|limpieza|empaste|ortodoncia|endodoncia|extracci[oó]n|corona"
    r"|rendez-vous|rdv|dent|dents|traitement|op[ée]ration|d[ée]tartrage|plombage|couronne"
    r"|extraction|appareil|termin|zahn|z[äa]hne|zahnreinigung|behandlung|operation|f[üu]llung"
    r"|krone|zahnspange|wurzelbehandlung|afspraak|tand|tanden|kies|behandeling|operatie"
    r"|dente|dentes|tratamento|cirurgia|obtura[çc][ãa]o|aparelho|extra[çc][ãa]o"
    r"|appuntamento|denti|visita|cura|intervento|otturazione|apparecchio|estrazione"
    r"|wizyta|wizyty|z[ąa]b|z[ęe]by|leczenie|operacja|plomba|ekstrakcja"
)
# (towns51) The writer's "I" in French, and French and German "born" ("j'attends un
# rendez-vous chez le dentiste à Lyon", "je suis née à Lomé", "né le 12 juillet 1994 à
# Lomé"): the writer of another language as "I" and "my" are in English. Not German "ich"
# (a practice's own "Ich heiße Petra und bin Ihre Ansprechpartnerin" opens its notices as
# often), nor "moi" (Nairobi's "Moi Avenue").
_WRITER_ABROAD = (
    # ("je" before a French verb or pronoun: Dutch "je" is "your", "Bedankt Femke voor je
    # lieve woorden")
    r"je(?=[ \t]+(?:suis|ne|n['’]|me|m['’]|vais|dois|veux|peux|voudrais|sais|crois|pense|viens"
    r"|cherche|fais|prends|attends|habite|travaille|souffre|l['’]|le|la|lui|les|te|t['’]|vous"
    r"|y|n['’]ai|viens|reste|suis)\b)"
    r"|j['’](?=[a-zà-ÿ])|n[ée]e?(?=[ \t]+(?:le|en|à|a|au)\b)|geboren"
    # (dates66) German "ich" before what a patient did or had ("Ich war am 12. März zur
    # Zahnreinigung bei Ihnen", "ich hatte eine Wurzelbehandlung"), not a practice's own
    # "Ich heiße", "Ich bin Ihre Ansprechpartnerin", "Ich möchte Sie einladen"
    r"|ich(?=[ \t]+(?:war|hatte|habe|hab|wurde|brauche|wohne|lebe)\b)"
    # (places79) the writer's own age, and a family's "we live", in other languages: "ho 40
    # anni, abito a Trento", "tengo 35 años", "tenho 52 anos", "j'ai 61 ans"
    r"|(?:ho|tengo|tenho|j['’]ai)(?=[ \t]+\d{1,2}[ \t]+(?:anni|años|anos|ans)\b)"
    r"|(?<!un[ \t])(?<!l['’])abito|abitiamo|viviamo|vivimos|moramos|habitons|wohnen(?=[ \t]+(?:in|im)\b)"
    # (places83) and the writer's own "I live in" ("Vivo en Cartago", "moro em Sobral",
    # "resido en Pasto"; not "vivo" alone, "alive")
    r"|vivo(?=[ \t]+(?:en|em|a|in)\b)|moro(?=[ \t]+(?:em|en|no|na)\b)|resido"
    # (dates67) Vietnamese "tôi" (I, me; "mẹ tôi", my mother), with and without its accent
    r"|t[ôo]i"
    # (read 99-102) Swahili's "my" after its noun ("mtoto wangu", "mama yangu"), "I am"
    # ("mimi ni Halima"), and "I, we, they live" ("tunaishi Arusha")
    r"|wangu|yangu|mimi(?=[ \t]+ni\b)|ninaishi|tunaishi|anaishi|wanaishi|mnaishi"
    # and chat Arabic's "I'm from" ("ana mn Irbid"; "Ana" alone is a name, "ana" Swahili's "has")
    r"|ana(?=[ \t]+(?:mn|min|men)\b)"
    # (read 111-114) Tagalog's "lives" ("nakatira ako sa Mandaue") and a family word with its
    # possessive after it ("yung anak ko na si Princess", "lola namin", "asawa niya")
    r"|nakatira|(?:anak|lola|lolo|nanay|tatay|inay|itay|asawa|kapatid|apo|pamangkin|tita|tito"
    rf"|ate|kuya)(?=[ \t]+(?:{lx.alternation(lx.TAGALOG_POSSESSIVES)})\b)"
    # (read 115-118) Romanian kin with "my" after it ("mama mea are programare pe 3 martie",
    # "tatăl meu", "fiica mea"), as the fold writes them
    r"|(?:mama|tata|tatal|fiul|fiica|sotul|sotia|bunica|bunicul|sora|fratele|copilul|baiatul"
    r"|fetita)(?=[ \t]+(?:mea|meu|mele|mei)\b)"
    # (read 103-106) Farsi in Latin letters, "my" run into its kin ("pedaram 93 salesh
    # hast", my father is 93; "madaram", "pesaram", "dokhtaram", "shoharam")
    r"|(?:pedar|madar|maman|baba|pedarbozorg|madarbozorg|mamanbozorg|pesar|dokhtar|shohar"
    r"|hamsar|khahar|baradar|bache)am"
    # (dates66) the writer's own care in another language, "my" before an appointment, a
    # tooth or a treatment: "meinen Termin am Mittwoch, 10. Juli", "mi cita del 3 de mayo",
    # "mon rendez-vous du 14 février", "mijn afspraak", "minha consulta", "il mio
    # appuntamento", "moja wizyta" (the possessives alone are other words too: "mi", "ma")
    # (not Spanish "mi consulta", a doctor's own surgery: only Portuguese "minha consulta")
    rf"|(?:{_MY_ABROAD})[ \t]+(?:{_CARE_ABROAD})|minha[ \t]+consulta"
    # (dates99) and "I have (had) an appointment": "Tengo cita con la Dra. … el martes 8 de
    # julio", "avevo appuntamento il 15 maggio", "ich habe einen Termin am", "mam wizytę"
    r"|(?:tengo|ten[ií]a|tenho|tinha|ho|avevo|j['’]ai|j['’]avais|habe|hatte|heb|mam|mia[łl][ae]m)"
    r"[ \t]+(?:(?:una|uma|un|une|einen|een)[ \t]+)?(?:cita|turno|consulta|rendez-vous|rdv|termin"
    r"|afspraak|appuntamento|visita|wizyt[ęe])"
)
# (towns51) One worker of a trade in Portuguese, Spanish or German, before where they work
# or come from ("pescador em Peniche", "Bäckerin aus Gelsenkirchen", "albañil de Ecatepec"):
# a person as "a fisherman from" is in English (not the plural, "pescadores de Peniche").
_TRADE_ABROAD = (
    r"(?:pescador|pescadora|agricultor|agricultora|alba[ñn]il|taxista|pedreiro|motorista|padeiro"
    r"|padeira|panadero|panadera|b(?:ä|ae|a)cker(?:in)?|landwirt(?:in)?|winzer(?:in)?"
    r"|maurer(?:in)?|bergmann|rentner(?:in)?)(?=[ \t]+(?:de|do|da|em|en|no|na|aus)[ \t]+[A-ZÀ-Þ])"
)
PERSON_CUE = lazy.compile(
    rf"\b(?:my|me|mine|myself|{WRITER_I}|i'm|i've|i'd|{_WRITER_ABROAD}|{_TRADE_ABROAD}"
    rf"|{_THIRD_PERSON_CUE})\b",
    _I,
)
# Without the writer's own "I" and "my": a practice post says "I" about its events too.
THIRD_PERSON_CUE = lazy.compile(rf"\b(?:{_THIRD_PERSON_CUE})\b", _I)
# The cues are whole words (``PERSON_CUE`` ends with a word boundary): "i" for "I'm", "year"
# for "year-old", "passed" for "passed away".
register_starts(
    "person.cue",
    "my= me= mine= myself= i= je= j= né= née= ne= nee= geboren= ich= il= la= le= ho= tengo= tenho="
    " tenia= tenía= tinha= avevo= habe= hatte= heb= mam= miałam= miałem= mialam= mialem="
    " abito= abitiamo= viviamo= vivimos= moramos= habitons= wohnen= vivo= moro= resido= pescador= pescadora="
    " agricultor= agricultora= albañil= taxista= pedreiro= motorista= padeiro= padeira= panadero="
    " panadera= bäcker= bäckerin= baecker= baeckerin= backer= backerin= albanil= landwirt= landwirtin="
    " winzer= winzerin= maurer= maurerin= bergmann= rentner= rentnerin= patient= pt= client= resident= he= she= his= her= him= hers= mr= mrs="
    " frau= herr= sra= srta= señora= senora= signora= madame= mme= monsieur= pani="
    " post= postop= pod="
    " wangu= yangu= mimi= ana= ninaishi= tunaishi= anaishi= wanaishi= mnaishi="
    " nakatira= anak= lola= lolo= nanay= tatay= inay= itay= asawa= kapatid= apo= pamangkin="
    " tita= tito= ate= kuya="
    " mama= tata= tatal= fiul= fiica= sotul= sotia= bunica= bunicul= sora= fratele= copilul="
    " baiatul= fetita="
    " pedaram= madaram= mamanam= babam= pedarbozorgam= madarbozorgam= mamanbozorgam= pesaram="
    " dokhtaram= shoharam= hamsaram= khaharam= baradaram= bacheam="
    " tôi= toi= ms= miss= mx= mother= mom= mum= father= dad= son= daughter= wife= husband="
    " brother= sister= hubby= wifey= missus= nana= nanna= granny= gran= kiddo= bub="
    " bubba= lad= bestie= bro= sis= cuz= carer= caregiver= stepson= stepdaughter= stepmum="
    " stepmom= stepdad= fiance= fiancee= fiancé= fiancée= boyfriend= girlfriend="
    " grandmother= grandfather= grandma= grandpa= grandson="
    " granddaughter= aunt= uncle= niece= nephew= cousin= child= kid= baby= infant= toddler="
    " boy= girl= man= woman= gentleman= lady= male= female= admitted= discharged="
    " diagnosed= presented= presents= underwent= hospitalized= hospitalised= born="
    " died= passed= transferred= referred= prescribed= treated= seen= named= dob= ssn="
    " mrn= lives= lived= resides= inpatient= discharge= year= yo= customer= user= applicant= tenant= guest="
    f" caller= referral= insured= ~^{lx.AGE_SEX_CODE}$ y= ~^\\d{{1,3}}[yY][oO]?$ "
    + " ".join(
        f"{w}="
        for w in sorted(lx.POSSESSIVES_ABROAD | lx.PERSON_WORDS_ABROAD | lx.PATIENT_WORDS_ABROAD)
    ),
)


# (guard-recall5) A row of a table pasted into a chat: a cell of a family name, a comma and
# a given name, then a full date in a cell after it ("Rahman, Farhana | 1995-02-27 | +971 50
# …", "Kowalski, Marta<tab>09.09.1958"): one person's record, whoever pasted it; its
# sentence is about a person as a "patient" cue would say (a clinic's timetable row, "Flu
# clinic | 14/10/2026 | 9am", names no one).
_NAME_CELL = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?,[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
ROW_WITH_A_DATE = lazy.compile(
    rf"\b{_NAME_CELL}[ \t]*[|;\t][^\n]{{0,60}}?(?<![\w/.-])(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}"
    r"|\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d)(?![\w/.-])"
)


@dataclass(frozen=True)
class _TextIndex:
    """Person cues of one text, found once, looked up by bisection."""

    cues: tuple[int, ...]
    third_person_cues: tuple[int, ...]


_WRITER_WORDS = frozenset({"my", "me", "i", "i'm", "i've", "i'd", "je", "j'", "j’"})


# A sentence that opens with the writer's care and leaves the writer out, as notes and
# questions do: "Had a colonoscopy at Valley Endoscopy on Monday 11/16, they found three
# polyps", "Just got my MRI results". The writer is the sentence's person (a care word
# within the next few words: "Had a great time at the fair" is no one's care).
_SUBJECTLESS_CARE = lazy.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:just[ \t]+|finally[ \t]+)?(?:had|got|went[ \t]+for"
    r"|been[ \t]+for)[ \t]+(?:a|an|my|the|another|some)[ \t]+",
    _I,
)


# (towns51) A short message that opens with what the writer did or had done to them, the
# subject left out as people post it: "stung by a jellyfish at the beach in Durban
# yesterday", "been waiting for a root canal in Leicester since March", "landed in Accra this
# morning with a fever", "tested positive at the Tulsa health dept", "ran the whole 5k in
# Sioux Falls one year after chemo". The writer is the person of its first sentence when the
# message speaks of a body's ailment or care and in no practice's or crowd's voice
# (``_the_writers_own_ailment``): "Ran a free screening day in Leeds with our team" is a
# practice's.
_SUBJECTLESS_DEED = lazy.compile(
    r"[ \t]*(?:(?:just|finally|still|recently|only|also)[ \t]+)?"
    r"((?:been[ \t]+(?:waiting|stuck|sick|ill|unwell|hurting)|got|ran|flew|landed|stung|bitten"
    r"|tested|worked|spent|woke|ended[ \t]+up|fell|slipped|broke|hurt|injured|stuck|waiting"
    r"|waited|travelled|traveled)"
    r")\b",
    _I,
)


def writers_deed_opening(text: str) -> int:
    """(towns51) Where the verb of a short message opening with the writer's own deed, the
    subject left out (``_SUBJECTLESS_DEED``), starts in ``text``; -1 for none."""
    if len(text) > SHORT_MESSAGE:
        return -1
    opener = _SUBJECTLESS_DEED.match(text)
    if opener is None or not _the_writers_own_ailment(text):
        return -1
    return opener.start(1)


def _the_writers_own_ailment(text: str) -> bool:
    """(towns51) ``text`` speaks of a body's ailment or care (a health term of the lexicon
    or a word of a body's conditions) and not in a practice's or a crowd's voice."""
    if _PRACTICE_VOICE.search(text) is not None:
        return False
    return (
        AILMENT.search(text) is not None
        or HEALTH.search(text) is not None
        or _BODY_STEMS.search(text) is not None
    )


# (towns51) A body's ailment or care in everyday words, as a message tells its own.
AILMENT = lazy.compile(
    r"\b(?:fever|feverish|rash|pain|painful|sore|swollen|swelling|aches?|aching|hurts?|bleeding"
    r"|cough|coughing|flu|covid|malaria|dengue|tested[ \t]+positive|chemo|surgery|stroke|sprained|infection"
    r"|infected|breathless|short[ \t]+of[ \t]+breath|dizzy|vomiting|diarrh\w+|burning|itchy"
    r"|itching|stung|bitten|tooth|teeth|toothache|root[ \t]+canal|filling|extraction|stitches"
    r"|crown|cracked|chipped|fell[ \t]+out|knocked[ \t]+out)\b",
    _I,
)


@lru_cache(maxsize=4)
def _index(text: str) -> _TextIndex:
    """One pass for the cues: a third-person cue is a person cue that is not the writer's
    own "I" or "my" (scanning once instead of twice)."""
    cues = [(m.start(), m.group(0).lower()) for m in finditer_at(PERSON_CUE, text, "person.cue")]
    if "ad " in text or "ot " in text or " for " in text:  # (had, got, went/been for)
        writer = [
            (m.start(), "i")
            for m in _SUBJECTLESS_CARE.finditer(text)
            if HEALTH.search(text, m.end(), min(len(text), m.end() + 40))
        ]
        if writer:
            cues = sorted(cues + writer)
    opener = writers_deed_opening(text)
    if opener >= 0:
        cues = sorted([*cues, (opener, "i")])
    if "|" in text or "\t" in text or ";" in text:
        rows = [(m.start(), "|") for m in ROW_WITH_A_DATE.finditer(text)]
        if rows:
            cues = sorted(cues + rows)
    return _TextIndex(
        tuple(at for at, _ in cues),
        tuple(at for at, word in cues if word not in _WRITER_WORDS),
    )


def person_in(text: str, start: int, end: int, *, third_person: bool = False) -> bool:
    """True when the sentence around ``text[start:end]`` is about a person (with
    ``third_person``, about someone other than the writer)."""
    left, right = sentence_around(text, start, end)
    return person_between(text, left, right, third_person=third_person)


def person_between(text: str, left: int, right: int, *, third_person: bool = False) -> bool:
    """``person_in`` for a sentence already bounded (``sentence_around``): whether a person
    cue starts in ``text[left:right]``."""
    index = _index(text)
    return _any_between(index.third_person_cues if third_person else index.cues, left, right)


# (personcues37b) A short message or question is about one person as a whole: "Rady
# Children's does frenectomies? my son has a tongue tie", "Seen at Karolinska. Hubby still
# sore." The person named or cued in one of its sentences is the one its other sentences
# speak of, so a rule that needs a person reads the whole of a text this short.
SHORT_MESSAGE = 280
"""The most characters of a text whose sentences all count as about the person it cues."""


# Who a short message is about: the writer's "my", a relative ("hubby", "nana", "the
# missus", "our little one", "mi hijo"), or a patient's age and sex ("44M", "a 6 year old",
# "51 y/o"). Not "he", "she", "Mrs" or "patient" alone: notices, news and bios name staff
# and public people with those.
_ONE_PERSON = lazy.compile(
    r"\b(?:my|mother|mom|mum|mummy|mommy|mam|father|dad|daddy|son|daughter|wife|husband"
    r"|brother|sister|grand(?:mother|father|ma|pa|son|daughter|kid|child)|aunt|auntie"
    r"|uncle|niece|nephew|cousin|partner|kid|toddler|in-laws?"
    r"|(?:mother|father|mum|mom|sister|brother)-in-law"
    rf"|{_KIN_AS_WRITTEN}"
    rf"|year[- ]old|{lx.AGE_YO}|(?-i:{lx.AGE_SEX_CODE})"
    # (dates91) the writer in German, French and Portuguese: "Bei mir wurde es am 3. April
    # gemacht", "j'ai mal depuis le 2 mars", "eu fiz o canal dia 14" (as words are written,
    # not in capitals: "EU" is the Union, "MIR" a space station)
    r"|(?-i:[Ii]ch|[Mm]ich|[Mm]ir|[Jj]['’]ai|[Jj]e|[Ee]u|[Mm]eu|[Mm]inha))\b"
    rf"|\b(?:{_KIN_ABROAD})\b",
    _I,
)
# A practice, a team or a crowd speaking: "our team", "we are open", "all are welcome".
_PRACTICE_VOICE = lazy.compile(r"\b(?:our|we|we're|we've|we'll|us|everyone|all|here)\b", _I)
# (careplaces55) The same less "we": a family speaks in "we" of the child or the relative it
# names as "my" ("is it normal for my son to still wet the bed? we saw someone at Crumlin"),
# where a practice says "our", "us", "all" or "here" too.
_A_CROWDS_VOICE = lazy.compile(r"\b(?:our|us|everyone|all|here)\b", _I)
_THE_WRITERS_OWN_KIN = lazy.compile(
    r"\bmy[ \t]+(?:little[ \t]+|youngest[ \t]+|eldest[ \t]+|oldest[ \t]+)?(?:daughter|son|kid|boy"
    r"|girl|baby|child|toddler|mum|mom|dad|mother|father|husband|wife|grandma|grandpa|nan|gran)\b",
    _I,
)


@lru_cache(maxsize=4)
def short_text_about_someone(text: str) -> bool:
    """Whether ``text`` is a short message (at most ``SHORT_MESSAGE`` characters) about one
    person (``_ONE_PERSON``) in no practice's voice: then each of its sentences is about
    that person. (careplaces55) A family's "we" beside the writer's own child or relative
    (``_THE_WRITERS_OWN_KIN``) is no practice's."""
    if len(text) > SHORT_MESSAGE or _ONE_PERSON.search(text) is None:
        return False
    if _PRACTICE_VOICE.search(text) is None:
        return True
    return _A_CROWDS_VOICE.search(text) is None and _THE_WRITERS_OWN_KIN.search(text) is not None


# (dates55) "Father Tomasz Wiśniewski will bless the new wing on Sunday, 7 December": a
# priest's title, no one's parent (``_TITLE_OF_FAITH``)
_A_TITLE_OF_FAITH = lazy.compile(_TITLE_OF_FAITH)


def one_person_cues(text: str) -> list[str]:
    """(dates55) The cues of one person in ``text`` (``_ONE_PERSON``), in lower case, but a
    capitalised "Mother" or "Father" before a name, a nun's or a priest's title ("Father
    Tomasz will bless the wing"); "my father", "Dad" count."""
    return [
        m.group().lower()
        for m in _ONE_PERSON.finditer(text)
        if not _A_TITLE_OF_FAITH.match(text, m.start())
    ]


def _any_between(offsets: Sequence[int], left: int, right: int) -> bool:
    """Whether one of ``offsets`` (ascending) is in ``left:right``."""
    at = bisect_left(offsets, left)
    return at < len(offsets) and offsets[at] < right


# Words of a person's private record that are not care: home, money, law, accounts, school
# ("her landlord", "the lease", "his portal login", "custody this week").
_PRIVATE_RECORD = lazy.compile(
    r"\b(?:rent|lease|landlord|tenancy|mortgage|custody|divorce[ds]?|married|engaged|widowed"
    r"|salary|wages|payslip|loan|debt|owes|bank|account|login|password|username|pin"
    r"|passport|visa|licen[cs]e|insurance|claim|benefits|court|arrested|police|probation"
    r"|school|grades|suspended|fired|address|phone|email|birthday|age|aged|pregnant|pregnancy"
    # the special kinds of personal data (belief, origin, sexuality, politics, crime, genes),
    # work and what someone drives: what a personal-data sentence tells of a person
    r"|religion|religious|catholic|muslim|jewish|hindu|buddhist|sikh|atheist|ethnic"
    r"|ethnicity|nationality|citizen|citizenship|immigrant|immigration|refugee|asylum|gay"
    r"|lesbian|bisexual|transgender|sexuality|orientation|voted|votes|union[ \t]+member"
    r"|criminal|convicted|conviction|prison|jail|genetic|dna|works|worked|employer|employed"
    r"|job|occupation|drives|plate|vehicle|ip[ \t]+address|diet|vegan|vegetarian|weight"
    r"|height|blood[ \t]+type|name[ \t]*:"
    # where someone lives and has lived, studies, what they earn and own, their pictures
    # (written small: "Bleak House", "University of Leeds" are names of things)
    r"|(?-i:house|apartment|flat|university|college)|moved|moving|graduated|graduates|student"
    r"|tuition|photo|photos|selfie|credit[ \t]+card|debit|pension|retired"
    r"|tax|income|wedding|anniversary|adopted|adoption|foster"
    # a body measured to know someone: prints, a face scan, a check-in
    r"|fingerprints?|retina|iris|voiceprint|check-in|checked[ \t]+in"
    # money owed for care, and what a body suffers in everyday words
    r"|bill|billed|invoice|collections|payment|refund|care|sick|sickness|ill"
    r"|illness|unwell|hurt|injured|injury|pain|sore|swollen|bleeding|fever|wound|rash|cough|flu"
    r"|(?:room|ward|bed)[ \t]*\d+)\b"
    # a day or a number beside the name: "Sent: Tuesday, March 5, 2024 by Emma Jones"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\d{3}[ -]?\d{3,4}[ -]?\d{3,4}"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}\b"
    # a house number or a postcode beside a raffle winner ("Dee from Hilliard, 43026")
    r"|,[ \t]*\d{5}\b|\b\d{1,5}[ \t]+(?:\w+[ \t]+){1,3}(?:lane|street|road|avenue|drive|close|court"
    r"|crescent|way|boulevard)\b|\bwinners?\b"
    # a day of a month in words ("11 Apr 1995", "the 3rd of March", "March 3rd"), a number of
    # four digits or more that is no year alone (an identifier), a mailbox, a handle, a link
    r"|\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)\b"
    r"|(?<![\d,.])\b(?!(?:1\d|20)\d\d\b)\d{4,}\b(?![,.]\d)|\w@\w|(?<!\w)@\w|\bwww\.|https?://"
    # a stay in a hospital or a hospice, and wishes or mourning for someone
    r"|\b(?:hospital|hospice|icu|intensive[ \t]+care|a&e|emergency[ \t]+room|thinking[ \t]+of|prayers?"
    r"|praying|get[ \t]+well|sending[ \t]+(?:love|hugs)|condolences|in[ \t]+memory|rip|funeral"
    r"|recover(?:y|ing|ed)?|passed)\b",
    _I,
)


# The beginnings of words of a body's conditions and treatments that the lexicon's health
# terms do not hold in every spelling or form ("apnoea", "allergic", "anaesthesia",
# "penicillin", "prescribed", "sickle cell"): what is wrong with someone, or done for it.
_BODY_STEMS = lazy.compile(
    r"\b(?:allerg|apn(?:o)?ea|an(?:a)?esth|prescri|heal(?!th)|diabet|asthma|cancer|tumou?r|chemo"
    r"|infect|antibiot|\w+cillin\b|\w+mycin\b|\w+oin\b|vaccin|inject|fractur|sprain|stitch"
    r"|seizure|stroke|sickle|symptom|medicat|tablet|dose|numb|swell|abscess|ulcer|vomit"
    r"|dizz|faint|migraine|nause|sedat|remission|dementia|autis|deaf|blind|disab|insulin"
    r"|arthrit|osteopor|bruis|burn|bleed|scar|wheelchair|crutch)",
    _I,
)


@lru_cache(maxsize=4)
def private_life_in(text: str) -> bool:
    """Whether ``text`` says anything of a private person's life: a person cue ("my", "her",
    "son", "patient", "born", "year-old"), a health term, a word of a private record
    ("landlord", "custody", "login"), or a question (people ask about someone). A name in a
    text with none of these (news, thanks to a sponsor, a book, a team, a product) has
    nothing private beside it: a pair of rare words there is a firm, a product or a place."""
    if "?" in text:
        return True
    if _index(text).cues:
        return True
    return (
        HEALTH.search(text) is not None
        or _PRIVATE_RECORD.search(text) is not None
        or _BODY_STEMS.search(text) is not None
    )


# Care, a service or goods given to someone, as the beginnings of words: a booking, an order
# shipped, a receipt, a vaccination, physiotherapy, a consultation ("Ship to Aigerim Bekova",
# "Booking confirmed for Jean-Baptiste Mbala").
_CARE_OR_SERVICE = lazy.compile(
    r"\b(?:vaccin|immuni|physio|therap|consult|appoint|test|kit|stoma|compression|walking"
    r"|wheelchair|prescri|refill|medic|pill|dose|booster|jab|scan|x-?ray|surg|treat|exam"
    r"|order|ship|deliver|receipt|packing|booking|booked|subscri|renew|paid|pay|sign|fee"
    r"|session|list|referr|discharg|admit"
    # (lead) imaging and lab work, viewed or sent ("downloaded Keanu Makoa's radiographs")
    r"|radiograph|ultrasound|mri\b|biops|blood[ \t]*work|lab[ \t]+results?"
    # (names83) a sick note's words: "attended our clinic on June 3 and is unfit for work"
    r"|attend(?:s|ed|ing)?[ \t]+(?:our|the|your|this)[ \t]+(?:clinic|surgery|practice|hospital|appointment)"
    r"|unfit[ \t]+for|fit[ \t]+note|sick[ \t]+(?:note|leave)|medical[ \t]+certificate"
    # the writer's own name given, in several languages ("Mera naam Arjun Malhotra hai")
    r"|my[ \t]+name|mera[ \t]+naam|meu[ \t]+nome|mi[ \t]+nombre|me[ \t]+llamo|je[ \t]+m['’]appelle"
    r"|ich[ \t]+hei(?:ß|ss)e|mi[ \t]+chiamo|mijn[ \t]+naam|nasci|naci)",
    _I,
)


@lru_cache(maxsize=4)
def care_or_private_in(text: str) -> bool:
    """``private_life_in``, or care, a service or goods given to someone: a pair of rare
    words that reads as a name ("Sione Latu", "Aigerim Bekova") is one when the text books,
    bills, ships or treats; a firm, a place or an author is named in text that does none."""
    return private_life_in(text) or _CARE_OR_SERVICE.search(text) is not None


# What a sentence says of the named person's own health or life: then the name is theirs to
# keep private, whatever frame names them as staff ("my physio Dane broke his leg", "Sister
# Ndlovu was admitted on Friday"). Said of a third person, or of the name itself.
THEIR_OWN_HEALTH = lazy.compile(
    r"\b(?:he|she|they|his|her|their|him)\b[^.!?\n]{0,30}\b(?:sick|ill|illness|injur\w*"
    r"|surgery|operation|hospital\w*|diagnos\w*|pregnan\w*|cancer|stroke|chemo\w*|biopsy"
    r"|admitted|recover\w*|passed[ \t]+away|died|funeral|broke|broken|fractur\w*|get[ \t]+well)\b"
    r"|\b(?:admitted|passed[ \t]+away|died|funeral|condolences|get[ \t]+well)\b"
    r"|\b(?:broke|broken|fractured|hurt|injured|sprained|tore)[ \t]+(?:his|her|their)\b"
    # "had a stroke", "has an abscess"; "her dentures", "his crown": care told of them
    r"|\b(?:had|has|having|suffered|got)[ \t]+(?:a[ \t]+|an[ \t]+)?(?:stroke|fall|heart[ \t]+attack"
    r"|seizure|fit|surgery|operation|cancer|infection|abscess|procedure|extraction|fracture"
    r"|breakdown|miscarriage|baby|covid|flu)\b"
    r"|\b(?:his|her|their)[ \t]+(?:new[ \t]+|front[ \t]+|top[ \t]+|bottom[ \t]+)?(?:teeth|tooth|dentures?"
    r"|crowns?|fillings?|implants?|braces|gums?|bridge|root[ \t]+canal|scan|results?|diagnosis"
    r"|treatment|medication|prescription|appointment)\b",
    re.IGNORECASE,
)
