"""The labelled corpus: short posts and replies with the identifiers they contain.

Source files (``corpus/dev.txt``, ``corpus/heldout.txt``) hold one text a line, ``P|`` for a
post and ``R|`` for a reply, with ``[[label:words]]`` around each identifier. ``corpus.jsonl``
is the same corpus with character offsets, written by ``python labelled.py``.
``heldout.txt`` was written before the detector and is never used for tuning.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
SOURCES = {
    "dev": HERE / "corpus" / "dev.txt",
    "dev2": HERE / "corpus" / "dev2.txt",
    "held_out": HERE / "corpus" / "heldout.txt",
}
# Clinical-style questions and general personal-data sentences in the outside evaluation's
# style (issue 14), kept out of ``corpus.jsonl``: ``general_dev`` is tuned on,
# ``general_held_out`` never is; nor is ``general_held_out2``, a second held-out set written
# before the guard was run on it (replies, review answers, obfuscations, clean look-alikes),
# nor ``general_held_out3``, a third one written the same way (every Safe Harbor kind, public
# figures, health news places, brands, eponyms, hours and staff bios on the clean side), nor
# ``general_held_out4``, a fourth one written the same way before the guard-quality round,
# nor ``general_held_out5``, a fifth one written the same way by a helper who never read the
# guard or the other sets, nor ``general_held_out6``, a sixth one written the same way by
# another such helper (forms, letters, chats and posts in many countries' formats), nor
# ``general_held_out7``, a seventh one written the same way by a third such helper (a third
# of it long letters, forms and logs in the style of the public synthetic PII sets), nor
# ``general_held_out8``, an eighth one written the same way by a fourth such helper (fewer
# titles, more non-US formats, clean texts full of numbers, places and public people), nor
# ``general_held_out9``, a ninth one written the same way by a fifth such helper (Canada,
# Ireland, New Zealand, the Philippines, Kenya, Mexico, Central Europe, Arabic and East-Asian
# names; review replies, pharmacy and insurer mail, obituaries, vet posts, obfuscations), nor
# ``general_held_out10``, half of a tenth one written the same way by a sixth such helper (the
# UK, Africa, South Asia, Europe, the Caribbean; letters, portal messages, notices in their
# own languages): its other half was read while fixing the guard and is in general_dev;
# ``general_held_out11`` and ``general_held_out12``, two more by two such helpers
# (clinical-style questions and personal-data sentences of many countries; what a US or
# Canadian practice's staff type into a social tool), kept out of the repository until the
# guard's work of that session was done, and measured then; ``general_held_out13`` and
# ``general_held_out14``, two more by two such helpers of a later session (clinical-style
# questions and case vignettes from the Americas, some in Spanish- and Portuguese-speakers'
# English; personal-data sentences from forms, letters and notices of the UK, Ireland,
# Australia, New Zealand, South Africa, India, the Philippines and Singapore), kept out
# the same way and measured before and after that session's guard work;
# ``general_held_out15``, ``16`` and ``17``, three more by three such helpers of the session of
# 2026-12-03 (clinical-style questions and notes, mostly from the USA; personal-data sentences
# and practices' posts of the Americas, Europe and East Asia, some in Korean, Chinese and
# Japanese; one- or two-sentence personal-data statements, short clinical questions and comments
# under a practice's posts), a quarter of each plain clean text, a quarter clean look-alikes,
# measured before and after that session's guard work. The lead read the texts the guard missed
# in the sixteenth (before the work) and told one helper their kinds in general words
# (identifiers written in Korean, Chinese and Japanese, thanks in European languages); the
# fifteenth and seventeenth were read by no one working on the guard;
# ``general_held_out18`` and ``19``, two more by two such helpers of the session of 2026-12-03
# (later): comments, DMs, reviews and a practice's replies under its posts, from the UK,
# Ireland, North America, Australia, New Zealand and South Africa; and longer texts
# (newsletters, forum posts, letters, notices, patient stories, local news) from the Americas,
# Europe, India, the Philippines, Nigeria and Kenya. The lead read the eighteenth's misses and
# false blocks (before the work) and told one helper their kinds in general words; the
# nineteenth was read by no one working on the guard;
# ``general_held_out21`` and ``22``, two more by two such helpers of the session of
# 2026-12-03 (evening), written before that session's guard work and read by no one working
# on the guard: clinical-style questions, case vignettes and personal-data sentences of many
# countries; and a practice's posts, patients' comments, reviews and DMs, the practice's
# replies, newsletters and patient stories. Measured on the guard as it stood (``cfe9a81``)
# before any of that session's work was merged.
# ``general_held_out24``, one more by a helper of the session of 2026-12-04 (third) who read
# no file of the project: clinical-style questions, personal-data sentences, forms, letters,
# notices and replies from the Nordic countries, Poland, Italy, Greece, Israel, Egypt, Ghana,
# Nigeria, Pakistan, Bangladesh, Indonesia, Thailand, Japan, Chile, Colombia, Peru and North
# America, a fifth in their own languages; it marks the stated age of every person, not only
# ages over 89. Read by no one working on the guard; measured on ``084f7af`` before that
# session's work was merged.
# ``general_held_out25``, one more by a helper of the session of 2026-12-04 (fourth) who
# read no file of the project, written as the outside evaluation is: half clinical-style
# questions and case vignettes, a third personal-data sentences (forms, letters, records,
# chats, reports), the rest posts and replies; the USA by region, the UK and Ireland,
# Canada, Australia, New Zealand, South Africa, India, the Philippines, Kenya, Mexico,
# Brazil, Portugal, Germany, France, Vietnam and Korea, an eighth in their own languages;
# ages marked over 89 only. Read by no one working on the guard; measured on ``6ec5558``
# before that session's work was merged.
# ``general_held_out26``, one more by a helper of the session of 2026-12-04 (fifth) who read
# no file of the project, written as the outside evaluation is: half clinical-style
# questions and case vignettes, a third personal-data sentences (forms, HR and school
# records, bank and insurance letters, chats, CVs, incident reports, shipping and booking
# confirmations), the rest posts and replies; mostly US English of every region, then
# Canada, the UK, Ireland, Australia, New Zealand, India, Nigeria, South Africa, Singapore,
# Malaysia and Jamaica, a tenth in Spanish, French, German or Portuguese; typos, lower
# case, abbreviations, dates in every format and a few obfuscations; ages marked over 89
# only. Read by no one working on the guard; measured on ``9f69f4c`` before that session's
# work was merged.
# ``general_held_out27``, one more by a helper of the session of 2026-12-04 (sixth), written
# to the same brief, asked also to spread identifiers as real text does (many texts with a
# single lone town, date, first name or ID; names of every origin; hospitals by their
# everyday names) and to vary the clean texts. Read by no one working on the guard;
# measured on ``1857896`` before that session's work was merged.
# ``general_held_out28``, one more by a helper of the session of 2026-12-04 (seventh), written
# to the same brief and asked to write every text fresh, in settings, trades, towns and
# phrasings unlike any earlier set's. Measured on ``dad86ef`` before that session's work was
# merged (caught 81.0%, where every earlier blind set was 93-100%), then read by the lead, who
# told that session's helpers the kinds of its misses in general words: a read set since,
# like 16 and 18; sets 29 and 30, written to the same brief, took its place as blind sets.
# ``general_held_out29``, ``30``: two more by two helpers of the same session who read no file
# of the project, written to the 28th's brief (every text fresh). Read by no one working on
# the guard; measured on ``dad86ef`` before that session's work was merged. The lead read
# the 29th's misses once the first round of that session's work was merged (``78cb14c``:
# 88.5% caught) and told a second round of helpers their kinds; the 30th, and a 31st written
# to the same brief then (``general_held_out31``, by a fourth helper who read no file of the
# project; measured on ``78cb14c``, the guard after that session's first round), stayed
# blind. The next session measured 30 and 31 on ``14522c1`` and read them, and three
# helpers who read no file of the project wrote 32, 33 and 34 to the same brief to judge
# that session's work blind (measured on ``14522c1``, the guard as that session found it).
# The session after read 32, 33 and 34, and three more such helpers wrote 37, 38 and 39 to
# the same brief to judge it blind (measured on ``7c7cd96``, the guard as it found it).
# The session after that read 37, 38 and 39, and three more such helpers wrote 40, 41 and 42
# to the same brief to judge it blind (measured on ``fc41eb2``, the guard as it found it).
# At its end, five more such helpers wrote 43-47 to the same brief, to be read by the next
# session all at once (so that kinds written once in a set repeat across sets); measured on
# ``c349118`` (that session's last guard) before anyone read them. The next session read 40-47
# together, and three more such helpers wrote 48, 49 and 50 to the same brief to judge it
# blind (measured on ``4ba1505``, the guard as it found it). The session after read 48, 49
# and 50 (with 40-47), and four more such helpers wrote 51-54 to the same brief to judge it
# blind (measured on ``dd6e015``, the guard as it found it). The session after read 51-54
# (with 40-50), and four more such helpers wrote 55-58 to the same brief to judge it blind
# (measured on ``3987521``, the guard as it found it). The session after read 55-58 (with
# 40-54), and four more such helpers wrote 59-62 to the same brief to judge it blind
# (measured on ``b667f01``, the guard as it found it). The session after read 59-62 (with
# 40-58), and four more such helpers wrote 63-66 to a brief written anew in the same terms
# (``blind_brief.md``; each asked to lean a little to some countries or kinds of text) to
# judge it blind (measured on ``ab1a19d``, the guard as it found it). The session after read
# 63-66 (with 28-62), and four more such helpers wrote 67-70 to the same brief to judge it
# blind (measured on ``0df2113``, the guard as it found it). The session after read 67-70
# (with 28-66), and four more such helpers wrote 71-74 to the same brief to judge it blind
# (measured on ``87d5d36``, the guard as it found it). The session after read 71-74 (with
# 28-70), and four more such helpers wrote 75-78 to the same brief to judge it blind
# (measured on ``6fc2748``, the guard as it found it). The session after read 75-78 (with
# 28-74), and four more such helpers wrote 79-82 to the same brief to judge it blind
# (measured on ``452b427``, the guard as it found it). The session after read 79-82 (with
# 28-78), and four more such helpers wrote 83-86 to the same brief to judge it blind
# (measured on ``4554d72``, the guard as it found it). The session after read 83-86 (with
# 28-82), and four more such helpers wrote 87-90 to the same brief to judge it blind
# (measured on ``9a54e23``, the guard as it found it). The session after read 87-90 (with
# 28-86), and four more such helpers wrote 91-94 to the same brief to judge it blind
# (measured on ``0f9f79e``, the guard as it found it). The session after read 91-94 (with
# 28-90), and four more such helpers wrote 95-98 to the same brief to judge it blind
# (measured on ``1182a33``, the guard as it found it). The session after read 95-98 (with
# 28-94), and four more such helpers wrote 99-102 to the same brief to judge it blind
# (measured on ``1a4bc6c``, the guard as it found it). The session after read 99-102 (with
# 28-98), and four more such helpers wrote 103-106 to the same brief to judge it blind
# (measured on ``0889791``, the guard as it found it). The session after read 103-106 (with
# 28-102), and four more such helpers wrote 107-110 to the same brief to judge it blind
# (measured on ``acdad13``, the guard as it found it). The session after read 107-110 (with
# 28-106), and four more such helpers wrote 111-114 to the same brief to judge it blind
# (measured on ``a9fdf36``, the guard as it found it). The session after read 111-114 (with
# 28-110), and four more such helpers wrote 115-118 to the same brief to judge it blind
# (measured on ``eed3172``, the guard as it found it). The session after read 115-118 (with
# 28-114), and four more such helpers wrote 119-122 to the same brief to judge it blind
# (measured on ``6d7ea7d``, the guard as it found it). The session after read 119-122 (with
# 28-118), and four more such helpers wrote 123-126 to the same brief to judge it blind
# (measured on ``2006a54``, the guard as it found it). The session after read 123-126 (with
# 28-122), and four more such helpers wrote 127-130 to the same brief to judge it blind
# (measured on ``04c5fa4``, the guard as it found it). The session after read 127-130 (with
# 28-126), and four more such helpers wrote 131-134 to the same brief to judge it blind
# (measured on ``a3f09b6``, the guard as it found it). The session after read 131-134 (with
# 28-130), and four more such helpers wrote 135-138 to the same brief to judge it blind
# (measured on ``5f4ccd0``, the guard as it found it). The session after read 135-138 (with
# 28-134), and four more such helpers wrote 139-142 to the same brief to judge it blind
# (measured on ``ee465df``, the guard as it found it). The session after read 139-142 (with
# 28-138), and four more such helpers wrote 143-146 to the same brief to judge it blind
# (measured on ``154909a``, the guard as it found it). The session after read 143-146 (with
# 28-142), and four more such helpers wrote 147-150 to the same brief to judge it blind
# (measured on ``ca9bca8``, the guard as it found it). The session after read 147-150 (with
# 28-146), and four more such helpers wrote 151-154 to the same brief to judge it blind
# (measured on ``35803ac``, the guard as it found it). The session after read 151-154 (with
# 28-150), and four more such helpers wrote 155-158 to the same brief to judge it blind
# (measured on ``a57fcb1``, the guard as it found it). The session after read 155-158 (with
# 28-154), and four more such helpers wrote 159-162 to the same brief to judge it blind
# (measured on ``4be2b9d``, the guard as it found it).
#
# ``general_train1``-``16``: written in the same session by sixteen more such helpers to the
# same brief (told the set trains the filter's learned part, each leaning to some countries,
# kinds of text, languages, obfuscations or hard look-alikes), to train the learned tagger
# (``train_tagger.py``); read sets from the start, never a judge of anything.
# ``general_train17``-``24``: eight more, the session after, leaning to what the tagger
# missed on 67-70 (small towns and suburbs, workplaces and hospitals by their everyday
# names, staff and doctors named in reviews, dates as people write them, other scripts,
# handles, text typed fast in one case, vignettes).
# ``general_train25``-``32``: eight more, the session that read 123-126, leaning to what the
# tagger trained before each read set missed on 79-126 (text typed fast in lower case, a
# community's questions about its own suburb, other scripts, East and Southeast Asia, dates
# as many languages write them, records, HR notes and CVs, Spanish and Portuguese, Africa,
# the Caribbean and South Asia).
# ``general_train33``-``40``: eight more, the session that read 127-130, leaning to what the
# taggers trained before each read set missed on 79-130 (replies that speak to someone by
# name, the Nordic, Baltic and Central European languages, the Gulf, the Levant and South
# Asian communities abroad, rural Australia, New Zealand and the Pacific, clinicians' notes
# and case questions, text typed all in lower case, Spanish and Portuguese in their own
# countries, other scripts and East and Southeast Asia).
# ``general_train41``-``48``: eight more, the session that read 131-134, leaning to what read
# sets 79-134 still showed (patients naming their own clinicians in many languages, Central
# and Eastern European languages with their declined towns, chat logs and transcripts with
# times and logins, recovery and peer-support posts, older adults and care homes, French,
# Italian, German and Dutch texts of Europe, replies of the Pacific, the Caribbean and the
# Philippines, clinicians' case vignettes and referrals).
# ``general_train49``-``56``: eight more in the same session (online reviews and replies of
# the US South in Spanglish, schools, nurseries and camps, pharmacies and prescriptions, South
# Asia and its diaspora, Turkey, Iran, Egypt and the Levant, urgent and emergency care,
# pregnancy, fertility and the first year, very short texts).
# ``general_train57``-``64``: eight more, the session that read 135-138 (eye care and hearing,
# practices' posts about their own team named by first name alone, languages that decline
# names and towns, US medical billing and debt, Indigenous communities of Canada, the US,
# Australia and the Arctic, universities and students, Southeast Asia, people writing about
# other people in community groups, lost-and-found and condolence posts).
# ``general_train65``-``72``: eight more, the session that read 139-142 (faith communities
# and the health work done through them, Ethiopia, Eritrea, Somalia and Sudan and their
# diaspora, people named with no title or role word, hospitals called by their everyday
# names, text typed all in lower case, Vietnamese, Swahili, Hausa, Yoruba, Igbo and Zulu,
# names and places in Chinese, Japanese and Korean scripts, dentistry in depth).
# ``general_train73``-``80``: eight more, written by the session that read 139-142 and
# trained on by the one after, which read 143-146 (sexual and reproductive health;
# Bangladesh, Nepal, Bhutan and Myanmar; Brazil and Portuguese-speaking Africa; several
# languages mixed in one sentence; records pasted as text; travel and transport; Israel and
# the Palestinian territories; clinicians' own papers).
# ``general_train81``-``88``: eight more, the session that read 143-146 (the Pacific Islands
# and their diaspora; the Balkans, Greece and Cyprus; care homes, dementia and end-of-life
# care; sports medicine and exercise; pharmacies and prescriptions; emergency services;
# Iran, Afghanistan, Central Asia and Mongolia; online shopping, deliveries and
# customer-service chats; none to this session's blind themes).
GENERAL = {
    "general_dev": HERE / "corpus" / "general_dev.txt",
    "general_held_out": HERE / "corpus" / "general_heldout.txt",
    "general_held_out2": HERE / "corpus" / "general_heldout2.txt",
    "general_held_out3": HERE / "corpus" / "general_heldout3.txt",
    "general_held_out4": HERE / "corpus" / "general_heldout4.txt",
    "general_held_out5": HERE / "corpus" / "general_heldout5.txt",
    "general_held_out6": HERE / "corpus" / "general_heldout6.txt",
    "general_held_out7": HERE / "corpus" / "general_heldout7.txt",
    "general_held_out8": HERE / "corpus" / "general_heldout8.txt",
    "general_held_out9": HERE / "corpus" / "general_heldout9.txt",
    "general_held_out10": HERE / "corpus" / "general_heldout10.txt",
    "general_held_out11": HERE / "corpus" / "general_heldout11.txt",
    "general_held_out12": HERE / "corpus" / "general_heldout12.txt",
    "general_held_out13": HERE / "corpus" / "general_heldout13.txt",
    "general_held_out14": HERE / "corpus" / "general_heldout14.txt",
    "general_held_out15": HERE / "corpus" / "general_heldout15.txt",
    "general_held_out16": HERE / "corpus" / "general_heldout16.txt",
    "general_held_out17": HERE / "corpus" / "general_heldout17.txt",
    "general_held_out18": HERE / "corpus" / "general_heldout18.txt",
    "general_held_out19": HERE / "corpus" / "general_heldout19.txt",
    "general_held_out20": HERE / "corpus" / "general_heldout20.txt",
    "general_held_out21": HERE / "corpus" / "general_heldout21.txt",
    "general_held_out22": HERE / "corpus" / "general_heldout22.txt",
    "general_held_out23": HERE / "corpus" / "general_heldout23.txt",
    "general_held_out24": HERE / "corpus" / "general_heldout24.txt",
    "general_held_out25": HERE / "corpus" / "general_heldout25.txt",
    "general_held_out26": HERE / "corpus" / "general_heldout26.txt",
    "general_held_out27": HERE / "corpus" / "general_heldout27.txt",
    "general_held_out28": HERE / "corpus" / "general_heldout28.txt",
    "general_held_out29": HERE / "corpus" / "general_heldout29.txt",
    "general_held_out30": HERE / "corpus" / "general_heldout30.txt",
    "general_held_out31": HERE / "corpus" / "general_heldout31.txt",
    "general_held_out32": HERE / "corpus" / "general_heldout32.txt",
    "general_held_out33": HERE / "corpus" / "general_heldout33.txt",
    "general_held_out34": HERE / "corpus" / "general_heldout34.txt",
    "general_held_out35": HERE / "corpus" / "general_heldout35.txt",
    "general_held_out36": HERE / "corpus" / "general_heldout36.txt",
    "general_held_out37": HERE / "corpus" / "general_heldout37.txt",
    "general_held_out38": HERE / "corpus" / "general_heldout38.txt",
    "general_held_out39": HERE / "corpus" / "general_heldout39.txt",
    "general_held_out40": HERE / "corpus" / "general_heldout40.txt",
    "general_held_out41": HERE / "corpus" / "general_heldout41.txt",
    "general_held_out42": HERE / "corpus" / "general_heldout42.txt",
    "general_held_out43": HERE / "corpus" / "general_heldout43.txt",
    "general_held_out44": HERE / "corpus" / "general_heldout44.txt",
    "general_held_out45": HERE / "corpus" / "general_heldout45.txt",
    "general_held_out46": HERE / "corpus" / "general_heldout46.txt",
    "general_held_out47": HERE / "corpus" / "general_heldout47.txt",
    "general_held_out48": HERE / "corpus" / "general_heldout48.txt",
    "general_held_out49": HERE / "corpus" / "general_heldout49.txt",
    "general_held_out50": HERE / "corpus" / "general_heldout50.txt",
    "general_held_out51": HERE / "corpus" / "general_heldout51.txt",
    "general_held_out52": HERE / "corpus" / "general_heldout52.txt",
    "general_held_out53": HERE / "corpus" / "general_heldout53.txt",
    "general_held_out54": HERE / "corpus" / "general_heldout54.txt",
    "general_held_out55": HERE / "corpus" / "general_heldout55.txt",
    "general_held_out56": HERE / "corpus" / "general_heldout56.txt",
    "general_held_out57": HERE / "corpus" / "general_heldout57.txt",
    "general_held_out58": HERE / "corpus" / "general_heldout58.txt",
    "general_held_out59": HERE / "corpus" / "general_heldout59.txt",
    "general_held_out60": HERE / "corpus" / "general_heldout60.txt",
    "general_held_out61": HERE / "corpus" / "general_heldout61.txt",
    "general_held_out62": HERE / "corpus" / "general_heldout62.txt",
    "general_held_out63": HERE / "corpus" / "general_heldout63.txt",
    "general_held_out64": HERE / "corpus" / "general_heldout64.txt",
    "general_held_out65": HERE / "corpus" / "general_heldout65.txt",
    "general_held_out66": HERE / "corpus" / "general_heldout66.txt",
    "general_held_out67": HERE / "corpus" / "general_heldout67.txt",
    "general_held_out68": HERE / "corpus" / "general_heldout68.txt",
    "general_held_out69": HERE / "corpus" / "general_heldout69.txt",
    "general_held_out70": HERE / "corpus" / "general_heldout70.txt",
    "general_held_out71": HERE / "corpus" / "general_heldout71.txt",
    "general_held_out72": HERE / "corpus" / "general_heldout72.txt",
    "general_held_out73": HERE / "corpus" / "general_heldout73.txt",
    "general_held_out74": HERE / "corpus" / "general_heldout74.txt",
    "general_held_out75": HERE / "corpus" / "general_heldout75.txt",
    "general_held_out76": HERE / "corpus" / "general_heldout76.txt",
    "general_held_out77": HERE / "corpus" / "general_heldout77.txt",
    "general_held_out78": HERE / "corpus" / "general_heldout78.txt",
    "general_held_out79": HERE / "corpus" / "general_heldout79.txt",
    "general_held_out80": HERE / "corpus" / "general_heldout80.txt",
    "general_held_out81": HERE / "corpus" / "general_heldout81.txt",
    "general_held_out82": HERE / "corpus" / "general_heldout82.txt",
    "general_held_out83": HERE / "corpus" / "general_heldout83.txt",
    "general_held_out84": HERE / "corpus" / "general_heldout84.txt",
    "general_held_out85": HERE / "corpus" / "general_heldout85.txt",
    "general_held_out86": HERE / "corpus" / "general_heldout86.txt",
    "general_held_out87": HERE / "corpus" / "general_heldout87.txt",
    "general_held_out88": HERE / "corpus" / "general_heldout88.txt",
    "general_held_out89": HERE / "corpus" / "general_heldout89.txt",
    "general_held_out90": HERE / "corpus" / "general_heldout90.txt",
    "general_held_out91": HERE / "corpus" / "general_heldout91.txt",
    "general_held_out92": HERE / "corpus" / "general_heldout92.txt",
    "general_held_out93": HERE / "corpus" / "general_heldout93.txt",
    "general_held_out94": HERE / "corpus" / "general_heldout94.txt",
    "general_held_out95": HERE / "corpus" / "general_heldout95.txt",
    "general_held_out96": HERE / "corpus" / "general_heldout96.txt",
    "general_held_out97": HERE / "corpus" / "general_heldout97.txt",
    "general_held_out98": HERE / "corpus" / "general_heldout98.txt",
    "general_held_out99": HERE / "corpus" / "general_heldout99.txt",
    "general_held_out100": HERE / "corpus" / "general_heldout100.txt",
    "general_held_out101": HERE / "corpus" / "general_heldout101.txt",
    "general_held_out102": HERE / "corpus" / "general_heldout102.txt",
    "general_held_out103": HERE / "corpus" / "general_heldout103.txt",
    "general_held_out104": HERE / "corpus" / "general_heldout104.txt",
    "general_held_out105": HERE / "corpus" / "general_heldout105.txt",
    "general_held_out106": HERE / "corpus" / "general_heldout106.txt",
    "general_held_out107": HERE / "corpus" / "general_heldout107.txt",
    "general_held_out108": HERE / "corpus" / "general_heldout108.txt",
    "general_held_out109": HERE / "corpus" / "general_heldout109.txt",
    "general_held_out110": HERE / "corpus" / "general_heldout110.txt",
    "general_held_out111": HERE / "corpus" / "general_heldout111.txt",
    "general_held_out112": HERE / "corpus" / "general_heldout112.txt",
    "general_held_out113": HERE / "corpus" / "general_heldout113.txt",
    "general_held_out114": HERE / "corpus" / "general_heldout114.txt",
    "general_held_out115": HERE / "corpus" / "general_heldout115.txt",
    "general_held_out116": HERE / "corpus" / "general_heldout116.txt",
    "general_held_out117": HERE / "corpus" / "general_heldout117.txt",
    "general_held_out118": HERE / "corpus" / "general_heldout118.txt",
    "general_held_out119": HERE / "corpus" / "general_heldout119.txt",
    "general_held_out120": HERE / "corpus" / "general_heldout120.txt",
    "general_held_out121": HERE / "corpus" / "general_heldout121.txt",
    "general_held_out122": HERE / "corpus" / "general_heldout122.txt",
    "general_held_out123": HERE / "corpus" / "general_heldout123.txt",
    "general_held_out124": HERE / "corpus" / "general_heldout124.txt",
    "general_held_out125": HERE / "corpus" / "general_heldout125.txt",
    "general_held_out126": HERE / "corpus" / "general_heldout126.txt",
    "general_held_out127": HERE / "corpus" / "general_heldout127.txt",
    "general_held_out128": HERE / "corpus" / "general_heldout128.txt",
    "general_held_out129": HERE / "corpus" / "general_heldout129.txt",
    "general_held_out130": HERE / "corpus" / "general_heldout130.txt",
    "general_held_out131": HERE / "corpus" / "general_heldout131.txt",
    "general_held_out132": HERE / "corpus" / "general_heldout132.txt",
    "general_held_out133": HERE / "corpus" / "general_heldout133.txt",
    "general_held_out134": HERE / "corpus" / "general_heldout134.txt",
    "general_held_out135": HERE / "corpus" / "general_heldout135.txt",
    "general_held_out136": HERE / "corpus" / "general_heldout136.txt",
    "general_held_out137": HERE / "corpus" / "general_heldout137.txt",
    "general_held_out138": HERE / "corpus" / "general_heldout138.txt",
    "general_held_out139": HERE / "corpus" / "general_heldout139.txt",
    "general_held_out140": HERE / "corpus" / "general_heldout140.txt",
    "general_held_out141": HERE / "corpus" / "general_heldout141.txt",
    "general_held_out142": HERE / "corpus" / "general_heldout142.txt",
    "general_held_out143": HERE / "corpus" / "general_heldout143.txt",
    "general_held_out144": HERE / "corpus" / "general_heldout144.txt",
    "general_held_out145": HERE / "corpus" / "general_heldout145.txt",
    "general_held_out146": HERE / "corpus" / "general_heldout146.txt",
    "general_held_out147": HERE / "corpus" / "general_heldout147.txt",
    "general_held_out148": HERE / "corpus" / "general_heldout148.txt",
    "general_held_out149": HERE / "corpus" / "general_heldout149.txt",
    "general_held_out150": HERE / "corpus" / "general_heldout150.txt",
    "general_held_out151": HERE / "corpus" / "general_heldout151.txt",
    "general_held_out152": HERE / "corpus" / "general_heldout152.txt",
    "general_held_out153": HERE / "corpus" / "general_heldout153.txt",
    "general_held_out154": HERE / "corpus" / "general_heldout154.txt",
    "general_held_out155": HERE / "corpus" / "general_heldout155.txt",
    "general_held_out156": HERE / "corpus" / "general_heldout156.txt",
    "general_held_out157": HERE / "corpus" / "general_heldout157.txt",
    "general_held_out158": HERE / "corpus" / "general_heldout158.txt",
    "general_held_out159": HERE / "corpus" / "general_heldout159.txt",
    "general_held_out160": HERE / "corpus" / "general_heldout160.txt",
    "general_held_out161": HERE / "corpus" / "general_heldout161.txt",
    "general_held_out162": HERE / "corpus" / "general_heldout162.txt",
    "general_train1": HERE / "corpus" / "general_train1.txt",
    "general_train2": HERE / "corpus" / "general_train2.txt",
    "general_train3": HERE / "corpus" / "general_train3.txt",
    "general_train4": HERE / "corpus" / "general_train4.txt",
    "general_train5": HERE / "corpus" / "general_train5.txt",
    "general_train6": HERE / "corpus" / "general_train6.txt",
    "general_train7": HERE / "corpus" / "general_train7.txt",
    "general_train8": HERE / "corpus" / "general_train8.txt",
    "general_train9": HERE / "corpus" / "general_train9.txt",
    "general_train10": HERE / "corpus" / "general_train10.txt",
    "general_train11": HERE / "corpus" / "general_train11.txt",
    "general_train12": HERE / "corpus" / "general_train12.txt",
    "general_train13": HERE / "corpus" / "general_train13.txt",
    "general_train14": HERE / "corpus" / "general_train14.txt",
    "general_train15": HERE / "corpus" / "general_train15.txt",
    "general_train16": HERE / "corpus" / "general_train16.txt",
    "general_train17": HERE / "corpus" / "general_train17.txt",
    "general_train18": HERE / "corpus" / "general_train18.txt",
    "general_train19": HERE / "corpus" / "general_train19.txt",
    "general_train20": HERE / "corpus" / "general_train20.txt",
    "general_train21": HERE / "corpus" / "general_train21.txt",
    "general_train22": HERE / "corpus" / "general_train22.txt",
    "general_train23": HERE / "corpus" / "general_train23.txt",
    "general_train24": HERE / "corpus" / "general_train24.txt",
    "general_train25": HERE / "corpus" / "general_train25.txt",
    "general_train26": HERE / "corpus" / "general_train26.txt",
    "general_train27": HERE / "corpus" / "general_train27.txt",
    "general_train28": HERE / "corpus" / "general_train28.txt",
    "general_train29": HERE / "corpus" / "general_train29.txt",
    "general_train30": HERE / "corpus" / "general_train30.txt",
    "general_train31": HERE / "corpus" / "general_train31.txt",
    "general_train32": HERE / "corpus" / "general_train32.txt",
    "general_train33": HERE / "corpus" / "general_train33.txt",
    "general_train34": HERE / "corpus" / "general_train34.txt",
    "general_train35": HERE / "corpus" / "general_train35.txt",
    "general_train36": HERE / "corpus" / "general_train36.txt",
    "general_train37": HERE / "corpus" / "general_train37.txt",
    "general_train38": HERE / "corpus" / "general_train38.txt",
    "general_train39": HERE / "corpus" / "general_train39.txt",
    "general_train40": HERE / "corpus" / "general_train40.txt",
    "general_train41": HERE / "corpus" / "general_train41.txt",
    "general_train42": HERE / "corpus" / "general_train42.txt",
    "general_train43": HERE / "corpus" / "general_train43.txt",
    "general_train44": HERE / "corpus" / "general_train44.txt",
    "general_train45": HERE / "corpus" / "general_train45.txt",
    "general_train46": HERE / "corpus" / "general_train46.txt",
    "general_train47": HERE / "corpus" / "general_train47.txt",
    "general_train48": HERE / "corpus" / "general_train48.txt",
    "general_train49": HERE / "corpus" / "general_train49.txt",
    "general_train50": HERE / "corpus" / "general_train50.txt",
    "general_train51": HERE / "corpus" / "general_train51.txt",
    "general_train52": HERE / "corpus" / "general_train52.txt",
    "general_train53": HERE / "corpus" / "general_train53.txt",
    "general_train54": HERE / "corpus" / "general_train54.txt",
    "general_train55": HERE / "corpus" / "general_train55.txt",
    "general_train56": HERE / "corpus" / "general_train56.txt",
    "general_train57": HERE / "corpus" / "general_train57.txt",
    "general_train58": HERE / "corpus" / "general_train58.txt",
    "general_train59": HERE / "corpus" / "general_train59.txt",
    "general_train60": HERE / "corpus" / "general_train60.txt",
    "general_train61": HERE / "corpus" / "general_train61.txt",
    "general_train62": HERE / "corpus" / "general_train62.txt",
    "general_train63": HERE / "corpus" / "general_train63.txt",
    "general_train64": HERE / "corpus" / "general_train64.txt",
    "general_train65": HERE / "corpus" / "general_train65.txt",
    "general_train66": HERE / "corpus" / "general_train66.txt",
    "general_train67": HERE / "corpus" / "general_train67.txt",
    "general_train68": HERE / "corpus" / "general_train68.txt",
    "general_train69": HERE / "corpus" / "general_train69.txt",
    "general_train70": HERE / "corpus" / "general_train70.txt",
    "general_train71": HERE / "corpus" / "general_train71.txt",
    "general_train72": HERE / "corpus" / "general_train72.txt",
    "general_train73": HERE / "corpus" / "general_train73.txt",
    "general_train74": HERE / "corpus" / "general_train74.txt",
    "general_train75": HERE / "corpus" / "general_train75.txt",
    "general_train76": HERE / "corpus" / "general_train76.txt",
    "general_train77": HERE / "corpus" / "general_train77.txt",
    "general_train78": HERE / "corpus" / "general_train78.txt",
    "general_train79": HERE / "corpus" / "general_train79.txt",
    "general_train80": HERE / "corpus" / "general_train80.txt",
    "general_train81": HERE / "corpus" / "general_train81.txt",
    "general_train82": HERE / "corpus" / "general_train82.txt",
    "general_train83": HERE / "corpus" / "general_train83.txt",
    "general_train84": HERE / "corpus" / "general_train84.txt",
    "general_train85": HERE / "corpus" / "general_train85.txt",
    "general_train86": HERE / "corpus" / "general_train86.txt",
    "general_train87": HERE / "corpus" / "general_train87.txt",
    "general_train88": HERE / "corpus" / "general_train88.txt",
}
JSONL = HERE / "corpus.jsonl"
CONTEXT = HERE / "corpus" / "context.json"
_MARK = re.compile(r"\[\[(?P<label>[a-z_]+):(?P<words>.+?)\]\]")


@dataclass(frozen=True)
class Sample:
    id: str
    split: str
    kind: str
    text: str
    spans: tuple[tuple[int, int, str], ...]

    @property
    def has_phi(self) -> bool:
        return bool(self.spans)


def parse_marked(marked: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """Plain text and (start, end, label) spans from a ``[[label:words]]`` line."""
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    position = 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[position : m.start()]
        out.append(before)
        length += len(before)
        words = m.group("words")
        spans.append((length, length + len(words), m.group("label")))
        out.append(words)
        length += len(words)
        position = m.end()
    out.append(marked[position:])
    return "".join(out), tuple(spans)


def read_sources(sources: dict[str, Path] = SOURCES) -> list[Sample]:
    samples: list[Sample] = []
    for split, path in sources.items():
        number = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            kind_mark, _, marked = line.partition("| ")
            number += 1
            text, spans = parse_marked(marked)
            kind = "reply" if kind_mark.strip() == "R" else "post"
            samples.append(Sample(f"{split}-{number:03d}", split, kind, text, spans))
    return samples


def load_general(split: str) -> list[Sample]:
    """One part of the general set (a key of ``GENERAL``), read from its file."""
    return read_sources({split: GENERAL[split]})


# Sets no one working on the guard may read, text by text: only their aggregate figures
# (``benchmarks/phi_eval.py``) are seen. Any set numbered 21 or more that may appear is blind too.
BLIND = frozenset(
    {"general_held_out13", "general_held_out15", "general_held_out17", "general_held_out19"}
)
# Sets numbered 20 or more are blind unless listed here: 20 was written to be read, 28 and
# 29 were read after they were measured (above), 30 and 31 likewise in the next session,
# once 32, 33 and 34 had been written to judge its work; 35 and 36 were written in that
# session to the same brief to be read (measured first, then read); 32, 33 and 34 were read
# in the session after, once 37, 38 and 39 had been written to judge it; 37, 38 and 39 in
# the session after that, once 40, 41 and 42 had been written; 43-47 were written at that
# session's end to be read (measured first, as 35 and 36 were); 40, 41 and 42 were read
# with 43-47 in the session after, once 48, 49 and 50 had been written to judge it; 48, 49 and
# 50 were read in the session after that, once 51-54 had been written to judge it; 51-54 in
# the session after that, once 55-58 had been written; 55-58 in the session after that, once
# 59-62 had been written; 59-62 in the session after that, once 63-66 had been written; 63-66
# in the session after that, once 67-70 had been written; 67-70 in the session after that,
# once 71-74 had been written; 71-74 in the session after that, once 75-78 had been written;
# 75-78 in the session after that, once 79-82 had been written; 79-82 in the session after
# that, once 83-86 had been written; 83-86 in the session after that, once 87-90 had been
# written; 87-90 in the session after that, once 91-94 had been written; 91-94 in the session
# after that, once 95-98 had been written; 95-98 in the session after that, once 99-102 had
# been written; 99-102 in the session after that, once 103-106 had been written; 103-106 in
# the session after that, once 107-110 had been written; 107-110 in the session after that,
# once 111-114 had been written; 111-114 in the session after that, once 115-118 had been
# written; 115-118 in the session after that, once 119-122 had been written; 119-122 in the
# session after that, once 123-126 had been written; 123-126 in the session after that, once
# 127-130 had been written; 127-130 in the session after that, once 131-134 had been written;
# 131-134 in the session after that, once 135-138 had been written; 135-138 in the session
# after that, once 139-142 had been written; 139-142 in the session after that, once 143-146
# had been written; 143-146 in the session after that, once 147-150 had been written;
# 147-150 in the session after that, once 151-154 had been written; 151-154 in the session
# after that, once 155-158 had been written; 155-158 in the session after that, once 159-162
# had been written. Every set numbered 21 or more (159 and after too) is blind until it is
# listed here.
READ = frozenset({"20", *(str(number) for number in range(28, 159))})


def readable_split(name: str) -> str:
    """The ``GENERAL`` key for ``name`` ("general_dev", "general_held_out8", "heldout8", "8"),
    refusing a blind set (13, 15, 17, 19, any from 21 on but 28–158) with ``ValueError``."""
    key = name.strip().lower().replace("general_heldout", "general_held_out")
    key = key.replace("heldout", "general_held_out") if key.startswith("heldout") else key
    if key.isdigit():
        key = f"general_held_out{key}"
    number = key.removeprefix("general_held_out")
    if key in BLIND or (number.isdigit() and int(number) >= 21 and number not in READ):
        raise ValueError(
            f"{name} is a blind set: its texts are read by no one working on the guard"
        )
    if key not in GENERAL:
        raise ValueError(f"no such split: {name} (one of {', '.join(sorted(GENERAL))})")
    return key


def load_corpus() -> list[Sample]:
    """The corpus from ``corpus.jsonl``."""
    samples = []
    for line in JSONL.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        spans = tuple((s["start"], s["end"], s["label"]) for s in row["spans"])
        samples.append(Sample(row["id"], row["split"], row["kind"], row["text"], spans))
    return samples


def to_jsonl(samples: list[Sample]) -> str:
    rows = [
        json.dumps(
            {
                "id": s.id,
                "split": s.split,
                "kind": s.kind,
                "text": s.text,
                "spans": [{"start": a, "end": b, "label": c} for a, b, c in s.spans],
            },
            ensure_ascii=False,
        )
        for s in samples
    ]
    return "\n".join(rows) + "\n"


def load_context_data() -> dict[str, object]:
    return json.loads(CONTEXT.read_text(encoding="utf-8"))


if __name__ == "__main__":
    JSONL.write_text(to_jsonl(read_sources()), encoding="utf-8")
    sys.stdout.write(f"wrote {JSONL}\n")


# A title before a name is no identifying word ("Mrs. [[name:Okafor]]"): the marks leave it
# out, as the guard's spans do (``phi._TITLE_OPENS``).
_TITLE_OPENING = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss)\.?[ \t]+(?=\w)")


def untitled(
    text: str, spans: tuple[tuple[int, int, str], ...]
) -> tuple[tuple[int, int, str], ...]:
    """``spans`` with each name's opening title left out of it."""
    out = []
    for start, end, label in spans:
        m = _TITLE_OPENING.match(text, start, end) if label == "name" else None
        out.append((m.end(), end, label) if m else (start, end, label))
    return tuple(out)
