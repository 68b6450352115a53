"""Identifiers written in other scripts and languages (issue 14, guard-scripts).

The finders of ``names.py``, ``identifiers.py`` and ``rules.py`` read Latin letters and the
shapes English, European and a few Asian countries give numbers. A text written in Korean,
Chinese or Japanese passed whole: a patient's name beside its honorific (김지수님, 田中様,
王女士), a date (2025年11月28日, 2025. 11. 28.), a mobile number (138 0013 8000), a home
address (서울시 강남구 테헤란로 152, 東京都新宿区西新宿2丁目8番1号, 北京市朝阳区建国路88号), a
patient-card number (診察券番号, 환자번호, 病历号) or an age over 89 in those numerals. So did a
review reply thanking a patient by first name in another European language ("Bedankt Sanne
voor je review"), a nickname introducing itself ("Mags here from …"), a mailbox spelled out
in lower case and a UK registration plate standing alone.

Each rule here is small and named in its findings' reasons. The CJK rules run only on a text
with CJK characters in it; each European rule only when its trigger word is there.

What each script's rules leave alone:
- a role before the honorific (원장님, 고객님, 患者様, お客様, 皆さん, 各位女士), a business
  (山田歯科医院様, さくら薬局さん), a relative called by the relation (お母さん);
- 先生 and 선생님 in Japanese and Korean (the doctor's or teacher's title), and 先生 in Chinese
  when the text speaks of doctors (王先生 is Mr Wang; 王医生 … 王先生坐诊 is the doctor);
- a date, an address or an age in a sentence about no one (a clinic's closing days, its own
  address, "100세 시대");
- a line the clinic gives everyone: after 予約, 受付, 代表, 문의, 예약, 咨询, 预约, 热线 … with no
  "my", "mobile" or relative in the sentence, and the free and business-wide numbers (0120,
  1588, 400).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

import phonenumbers

from medsocial_tui.compliance import lazy
from medsocial_tui.compliance import lexicon as lx
from medsocial_tui.compliance.findings import Finding, group_finding
from medsocial_tui.compliance.general_vetoes import number_shown_as_example
from medsocial_tui.compliance.identifiers import an_organisations_vehicle
from medsocial_tui.compliance.normalize import (
    as_folded,
    folded_alternation,
    folded_either_case,
)

FINDER_RULES = (
    "name.cjk_honorific",
    "name.cjk_labelled",
    "name.cjk_doctor_thanked",
    "name.kana_honorific",
    "date.cjk",
    "phone.east_asian",
    "address.cjk",
    "address.street_abroad",
    "address.cyrillic_street",
    "record.cjk_labelled",
    "age.cjk_over_89",
    "name.thanked_abroad",
    "name.here_intro",
    "name.greeted_abroad",
    "name.titled_abroad",
    "name.script_subject",
    "place.lives_abroad",
    "name.script_given_name",
    "name.greek_cyrillic_given",
    "name.thai_khun",
    "name.thai_titled",
    "name.self_named_abroad",
    "name.patient_abroad",
    "name.indonesian_title",
    "name.declined_slavic",
    "name.cyrillic_patronymic",
    "name.cyrillic_relation",
    "name.cyrillic_initials",
    "age.cyrillic_over_89",
    "age.caucasus_over_89",
    "name.caucasus_given",
    "date.cyrillic",
    "id.cyrillic_labelled",
    "age.greek_over_89",
    "email.spelled_lower",
    "vehicle.uk_plate",
)

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々"
_KANA = "\u3040-\u30ff"
_HANGUL = "\uac00-\ud7a3"
_CJK = re.compile(f"[{_HAN}{_KANA}{_HANGUL}]")
_HAS_KANA = re.compile(f"[{_KANA}]")
_HAS_HANGUL = re.compile(f"[{_HANGUL}]")

# Sentences end at these; a CJK text often runs on with no space after them.
_SENTENCE_END = re.compile(r"[。！？!?\n]|[.](?=\s|$)")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: from after the last end mark before it to
    the first one after it."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    right = _SENTENCE_END.search(text, end)
    return left, right.start() if right else len(text)


# ---------------------------------------------------------------------------------- names

# The hundred most common Korean family names (with the two-syllable ones): a Korean name
# is written family name first, and the family name gates the rule.
_KO_SURNAMES = (
    "남궁|황보|제갈|선우|독고|사공|서문|"
    "김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권|황|안|송|류|유|전|홍|고|문|양|손|배|백|허|남"
    "|심|노|하|곽|성|차|주|우|구|민|진|나|지|엄|채|원|천|방|공|현|함|변|염|여|추|도|소|석|선"
    "|설|마|길|연|위|표|명|기|반|왕|금|옥|육|인|맹|제|모|탁|국|어|은|편|용|예|경|봉|사|부|가"
    "|복|태|목|형|계|피|두|감|음|빈|동|온|호|범|좌|팽|승|간|상|갈|서|견|당|화|창|옹|순|빙"
)
# Words that take 님 or 씨 and are no one's name: roles, relations, God and kings, and the
# title after a family name (김원장님: Director Kim).
_KO_NOT_NAMES = frozenset(
    (
        "원장 부원장 병원장 회장 사장 과장 부장 실장 팀장 소장 국장 차장 반장 동장 이사 교수 고객 회원"
        " 환자 손님 선생 기사 위원 주임 대표 사모 부모 어머 아버 할머 할아버 간호사 의사 조교 작가"
        " 주인 여러분 하나 부처 임금 공주 왕자 선배 후배 강사 도사 고모 이모 장모 장인 조부 조모"
        " 시어머 시아버 주치의 치위생사 위생사 기공사 형 누 언니 오빠 누나 동생 아드 따 신부 수녀"
        " 목사 스님 보호자 담당자 상담사 매니저 코치 감독 작가 가족 유가족 남편 아내 부인 아주머"
        " 아저 삼촌 친구 고객 구독자 시청자 주민 어르 성도 교우"
    ).split()
)
_KO_HONORIFIC = r"님|씨|환자(?:분|님)?|고객님|어르신|보호자(?:님|분)?|학생"
_KO_NAME = re.compile(
    rf"(?<![{_HANGUL}])(?P<name>(?:{_KO_SURNAMES})[{_HANGUL}]{{1,2}})[ ]?(?:{_KO_HONORIFIC})"
    rf"(?!{'|'.join(('장', '의사'))})"
)

# Japanese and Chinese honorifics after a name. 先生 is apart: the doctor's title in
# Japanese, "Mr" in Chinese.
# (scripts95) Cantonese's Mrs after a family name alone, the sentence's word then: 陳太，…
_HAN_HONORIFIC = (
    r"様|さま|さん|くん|君|ちゃん|氏|殿|女士|小姐|太太|夫人|阿姨|先生|太(?=[，,、。！!？?\s])"
)
# The common Chinese family names (simplified and traditional) and a few Japanese one-
# character ones: a one-character name before an honorific counts only when it is one of
# these (王女士, 陈先生, 林さん).
_ZH_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾"
    "肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白"
    "邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施"
    "文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符"
    "舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解"
    "牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛"
    "米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池乐樂"
    "森"
)
_ZH_DOUBLE_SURNAMES = frozenset(
    "欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 慕容 夏侯 皇甫 公孙 令狐".split()
)
_HAN_NAME = re.compile(
    # (scripts83) a space may stand before the honorific, as a letter's address line sets
    # it: 田中 由紀 様
    rf"(?P<name>(?:[{_HAN}]{{1,3}}[ \u3000])?[{_HAN}]{{1,4}})[ \u3000]?(?P<hon>{_HAN_HONORIFIC})"
)
# What takes an honorific and is no one's name: roles, relations, customers, gods; the
# ending of a business's name (歯科, 医院, 薬局, 屋, 店).
_HAN_NOT_NAMES = frozenset(
    (
        "お客 患者 神 奥 子 家族 利用者 会員 保護者 医師 看護師 担当 担当者 本人 殿 先生 院長 副院長"
        " 歯科医 受付 店長 社長 部長 課長 校長 園長 各位 皆 皆様 息子 旦那 主人 叔父 叔母 伯父 伯母 祖母"
        " 祖父 両親 親御 友達 彼女 彼氏 先輩 後輩 同僚 上司 店員 職員 衛生士 歯科衛生士 技工士 担当医"
        " 主治医 受診者 来院者 大家 家长 患者家属 客户 顾客 會員 会员 朋友 大家 诸位 諸位 老人 病人 孩子"
        " 医生 醫生 护士 護士 前台 女儿 兒子 儿子 媳妇 老板 老闆 师傅 師傅 同学 同學 母亲 父亲 女士 小姐"
        " 姐姐 妹妹 哥哥 弟弟 奶奶 爷爷 外婆 外公 赤 嬢 婆 爺 兄 姉 弟 妹 母 父 娘 孫 嫁 婿 坊"
        # (scripts95) a trade a child calls by さん: 歯医者さん (the dentist), 薬剤師さん
        " 医者 歯医者 薬剤師 看護婦 保健師 助産師 保育士 介護士 歯科医師 お医者"
    ).split()
)
_HAN_BUSINESS = re.compile(
    r"(?:歯科|医院|病院|診療所|薬局|会社|商店|屋|店|堂|院|科|所|局|社|会|部|課|室|組|团|團|校|園"
    r"|館|馆|公司|集团|集團|中心|银行|銀行|协会|協會|诊所|診所|大学|大學|学校|學校|政府|医生|医師|製薬|薬品|工業|商事|産業|電機|電気|食品|建設|物産|化学|新聞|放送|出版|書店|商会|組合|農園)$"
)
# A text that speaks of doctors: 先生 there is the doctor's title, not "Mr".
_DOCTOR_WORDS = re.compile(
    r"医生|醫生|医师|醫師|医師|大夫|院长|院長|主任|教授|老师|老師|主治|牙医|牙醫|坐诊|坐診|出诊"
    r"|出診|我院|本院|当院|診察|门诊|門診|专家|專家"
)
_KANA_NAME = re.compile(r"(?P<name>[ァ-ヺ][ァ-ヺー・]{1,9})(?:さん|様|さま|ちゃん|くん)")
_KANA_NOT_NAMES = frozenset(
    "スタッフ ママ パパ ナース ドクター ファン ゲスト メンバー オーナー ユーザー ドライバー サンタ"
    " ワン ニャン ハイジニスト カスタマー ヘルパー ケアマネ ケアマネージャー トレーナー コーチ".split()
)

# A label before a name in a form or a note: 환자 김민준, 患者：王小明, 氏名: 山田太郎.
_KO_LABELLED = re.compile(
    # (an insurance claim's insured, policyholder and claimant: 피보험자, 계약자, 청구인)
    rf"(?:환자\s?(?:명|이름|성명)?|성명|이름|보호자|피보험자|보험계약자|계약자|수익자|청구인)\s*[:：]?\s*"
    rf"(?P<name>(?:{_KO_SURNAMES})[{_HANGUL}]{{1,2}})(?![{_HANGUL}]{{2}})"
)
_HAN_LABELLED = re.compile(
    rf"(?:患者(?:姓名|氏名|名)?|病人(?:姓名)?|姓名|氏名|お名前|就诊人|就診人|病患)"
    rf"(?:\s*[:：]\s*|\s+)(?P<name>[{_HAN}]{{2,4}}(?:[ \u3000][{_HAN}]{{1,3}})?)"
)
# A Korean relation before a name and its particle: 딸아이 서지우가, 남편 김민수는.
_KO_RELATION_NAME = re.compile(
    rf"(?<![{_HANGUL}])(?:딸아이|딸|아들|남편|아내|어머니|엄마|아버지|아빠|할머니|할아버지|동생|언니|오빠"
    rf"|누나|형|손자|손녀|조카|아이|우리\s?애)\s+(?P<name>(?:{_KO_SURNAMES})[{_HANGUL}]{{1,2}}?)"
    rf"(?:이가|가|이|는|은|의|를|을|와|과|도|랑|하고|이는|이의)?(?=[\s,.!?]|$)"
)
_POLITE_PREFIX = re.compile("[ごお御]")
# (scripts95) A child's given name in hiragana before ちゃん or くん, as a clinic writes to the
# parent: ゆきちゃんママへ, はるとくん. Not a word a child or a pet is called by.
_KANA_GIVEN_CHAN = re.compile(r"(?<![ぁ-ゖ])(?P<name>[ぁ-ゖ]{2,4})(?:ちゃん|くん)")
_KANA_NOT_GIVEN = frozenset(
    "あか わん ねこ にゃん みな みんな うさ くま ばあ じい ねえ にい かあ とう ぼう ぼっ あん"
    " いぬ こいぬ こねこ ぶた".split()
)
# A Japanese family name in Han and a given name in hiragana: 渡辺 さくら様.
_JA_HIRAGANA_GIVEN = re.compile(
    rf"(?P<name>[{_HAN}]{{1,3}}(?:[ \u3000][ぁ-ゖ]{{2,4}}|(?![のがはをにともへでや])[ぁ-ゖ]{{2,4}}))"
    rf"(?:様|さま|さん|ちゃん|くん)"
)
# The writer saying who they are: 私は中村 健太です, 저는 김민준입니다, 我叫王小明.
_SELF_NAMED = re.compile(
    rf"(?:私|わたし|僕|ぼく)(?:は|の名前は)\s*(?P<ja>[{_HAN}]{{1,4}}(?:[ \u3000][{_HAN}]{{1,3}})?)"
    rf"(?:です|と申します|といいます)"
    # (scripts95) or "my name is": 제 이름은 김서연이고 …
    rf"|(?:저는|제\s?이름은|내\s?이름은)\s*(?P<ko>(?:{_KO_SURNAMES})[{_HANGUL}]{{1,2}})"
    rf"(?:입니다|이라고|라고|예요|이에요|이고|이며)"
    rf"|我(?:叫|是)(?P<zh>[{_HAN}]{{2,3}})(?=[，,。.！!；;\s]|$)"
)
# In Chinese a label or a relation runs into the name: 患者赵志强，男; 我老公黄建国确诊.
# (read 131-134) A Chinese case note's head: the name, then the sex, then the age ("李伟，男，
# 45岁，牙痛三天").
_ZH_CASE_HEAD = re.compile(
    rf"(?:^|(?<=[\n。；;：:]))\s*(?P<name>[{_HAN}]{{2,3}})[，,、\s]\s*[男女](?:性)?[，,、\s]\s*\d{{1,3}}\s*岁"
)
_ZH_RUN_IN = re.compile(
    rf"(?:患者|病人|病患|就诊人|我(?:的)?(?:老公|老婆|丈夫|妻子|先生|太太|儿子|女儿|兒子|女兒|妈妈|媽媽"
    rf"|爸爸|母亲|母親|父亲|父親|奶奶|爷爷|爺爺|外婆|外公|孩子|弟弟|妹妹|哥哥|姐姐))"
    rf"(?P<name>[{_HAN}]{{2,3}})"
)


# (scripts95) The prefixes of a Chinese nickname: 阿美, 小明 (a relation's pet name, family
# name or not).
_ZH_NICKNAME_PREFIXES = frozenset("阿小")
# Characters that start the verb after a run-in name (确诊, 在, 做): a two-character name
# stops before them.
_ZH_VERB_STARTS = frozenset("在是于於做得患因去今昨前确確被从從要已也又还還说說")


def _is_han(char: str) -> bool:
    return re.match(f"[{_HAN}]", char) is not None


# (read 139-142) A doctor a patient thanks by name in Chinese or Japanese, for their own or
# their family's care: "谢谢王医生，我妈妈的湿疹好多了！", "山本先生、先月15日の治療ありがとう
# ございました". The title alone (王医生, 山本先生) stays the doctor's, as "Dr. Li" in English
# does; thanks before it, or thanks and the care in the same short message, make it one
# patient's own words, as ``name.doctor_in_own_words`` reads "Thank you Dr. Wang".
_ZH_THANKS = "谢谢|感谢|多谢|謝謝|感謝|多謝"
_ZH_DOCTOR_TITLES = "医生|醫生|大夫|医师|醫師|护士|護士|老师|老師"
_ZH_DOCTOR_THANKED = re.compile(
    rf"(?:{_ZH_THANKS})(?P<name>[{_HAN}]{{1,3}}?)(?:{_ZH_DOCTOR_TITLES})"
)
_JA_DOCTOR_NAMED = re.compile(
    rf"(?P<name>[{_HAN}]{{1,4}})(?:先生|医師|看護師)(?:[、,，。!！\s]|に|の|へ|は)"
)
_JA_THANKS_AND_CARE = re.compile(r"ありがと|感謝")
_JA_OWN_CARE = re.compile(r"治療|診察|手術|抜歯|私|母|父|娘|息子|子供|子ども|主人|妻")
_ONE_MESSAGE = 160  # characters: a message this short speaks of one matter


_THANKED_DOCTOR = "a doctor a patient thanks by name for their care (谢谢王医生)"
_DOC_RULE = "name.cjk_doctor_thanked"


def _cjk_doctors_thanked(text: str) -> list[Finding]:
    found = []
    for m in _ZH_DOCTOR_THANKED.finditer(text):
        name = m.group("name")
        if name[0] not in _ZH_SURNAMES and name[:2] not in _ZH_DOUBLE_SURNAMES:
            continue
        found.append(_finding(m.start("name"), m.end("name"), "name", _THANKED_DOCTOR, _DOC_RULE))
    if (
        len(text) <= _ONE_MESSAGE
        and _HAS_KANA.search(text)
        and _JA_THANKS_AND_CARE.search(text)
        and _JA_OWN_CARE.search(text)
    ):
        for m in _JA_DOCTOR_NAMED.finditer(text):
            name = m.group("name")
            if name in _HAN_NOT_NAMES or _HAN_BUSINESS.search(name) or len(name) < 2:
                continue
            found.append(
                _finding(m.start("name"), m.end("name"), "name", _THANKED_DOCTOR, _DOC_RULE)
            )
    return found


def _cjk_names(text: str) -> list[Finding]:
    found: list[Finding] = []
    japanese = _HAS_KANA.search(text) is not None
    doctors = _DOCTOR_WORDS.search(text) is not None
    for m in _KO_NAME.finditer(text):
        name = m.group("name")
        if name in _KO_NOT_NAMES or name[1:] in _KO_NOT_NAMES or name[2:] in _KO_NOT_NAMES:
            continue
        if text.startswith("선생", m.end("name")) or text.startswith(" 선생", m.end("name")):
            continue
        found.append(
            group_finding(
                m, "name", "name", "a Korean name beside its honorific", "name.cjk_honorific"
            )
        )
    for m in _HAN_NAME.finditer(text):
        name, hon = m.group("name").strip(), m.group("hon")
        bare = name.replace(" ", "").replace("\u3000", "")
        if hon == "先生" and (japanese or doctors):
            continue
        if _POLITE_PREFIX.match(text, max(0, m.start("name") - 1)) and m.start("name") > 0:
            continue  # ご苦労様, ご馳走さま, お世話様: a polite word, no one's name
        if (len(bare) == 1 and bare not in _ZH_SURNAMES) or (
            bare == "王" and hon in ("様", "さま")
        ):
            continue  # 王様: the king
        if not japanese and bare[0] not in _ZH_SURNAMES and bare[:2] not in _ZH_DOUBLE_SURNAMES:
            continue  # a Chinese name starts with a family name: not 所有女士 ("all ladies")
        if bare in _HAN_NOT_NAMES or _HAN_BUSINESS.search(bare):
            continue
        if any(bare.endswith(w) and len(w) >= 2 for w in _HAN_NOT_NAMES):
            continue
        start = m.start("name") + (len(m.group("name")) - len(m.group("name").lstrip()))
        found.append(
            _finding(
                start, m.end("name"), "name", "a name beside its honorific", "name.cjk_honorific"
            )
        )
    if japanese:
        for m in _KANA_NAME.finditer(text):
            if m.group("name").rstrip("ー・") in _KANA_NOT_NAMES:
                continue
            found.append(
                group_finding(
                    m,
                    "name",
                    "name",
                    "a name in katakana beside its honorific",
                    "name.kana_honorific",
                )
            )
    if not japanese:
        for m in _ZH_RUN_IN.finditer(text):
            name = m.group("name")
            if name[0] in _ZH_NICKNAME_PREFIXES and name[:2] not in _HAN_NOT_NAMES:
                name = name[:2]  # (scripts95) 我老婆阿美: a nickname, its prefix and one character
            elif name[0] not in _ZH_SURNAMES or name in _HAN_NOT_NAMES:
                continue
            if len(name) == 3 and name[2] in _ZH_VERB_STARTS:
                name = name[:2]  # 黄建在…: the name stops before the verb
            found.append(
                _finding(
                    m.start("name"),
                    m.start("name") + len(name),
                    "name",
                    "a name after a patient's label or a relation",
                    "name.cjk_labelled",
                )
            )
    if not japanese:
        for m in _ZH_CASE_HEAD.finditer(text):
            name = m.group("name")
            if name[0] not in _ZH_SURNAMES or name in _HAN_NOT_NAMES:
                continue
            found.append(
                group_finding(
                    m, "name", "name", "a case note's name before sex and age", "name.cjk_labelled"
                )
            )
    for m in _KO_RELATION_NAME.finditer(text):
        if m.group("name") in _KO_NOT_NAMES:
            continue
        found.append(
            group_finding(m, "name", "name", "a name after a relation", "name.cjk_labelled")
        )
    if japanese:
        for m in _KANA_GIVEN_CHAN.finditer(text):
            if m.group("name") in _KANA_NOT_GIVEN or m.group("name")[0] == "お":
                continue  # おばあちゃん, 赤ちゃん written あかちゃん, わんちゃん: no one's name
            found.append(
                group_finding(
                    m, "name", "name", "a name beside its honorific", "name.cjk_honorific"
                )
            )
        for m in _JA_HIRAGANA_GIVEN.finditer(text):
            if m.start() > 0 and _POLITE_PREFIX.match(text, m.start() - 1):
                continue
            found.append(
                group_finding(
                    m, "name", "name", "a name beside its honorific", "name.cjk_honorific"
                )
            )
    for m in _SELF_NAMED.finditer(text):
        group = next(g for g in ("ja", "ko", "zh") if m.group(g))
        name = m.group(group)
        if group == "zh" and (name[0] not in _ZH_SURNAMES or name in _HAN_NOT_NAMES):
            continue
        found.append(
            group_finding(m, group, "name", "the writer saying who they are", "name.cjk_labelled")
        )
    for pattern in (_KO_LABELLED, _HAN_LABELLED):
        for m in pattern.finditer(text):
            if m.group("name") in _HAN_NOT_NAMES or m.group("name") in _KO_NOT_NAMES:
                continue
            found.append(
                group_finding(
                    m,
                    "name",
                    "name",
                    "a name after a patient's or a form's label",
                    "name.cjk_labelled",
                )
            )
    return found


# -------------------------------------------------------------------------- whose sentence

# What makes a CJK sentence one about a person: the writer (not "we"), a relative, a
# person's own care event, a residence, a patient's label.
_PERSON_CUE = re.compile(
    r"私(?!たち|達|共|ども)|僕|俺|母|父|妻|夫(?!婦)|息子|娘|祖母|祖父|主人|家内|子供|子ども|本人"
    r"|入院|退院|手術|抜歯|生まれ|誕生日|亡くな|診断され|住んで|自宅|在住|ご家族"
    r"|저는|제가|저의|제\s|나는|내가|어머니|엄마|아버지|아빠|남편|아내|와이프|아들|딸|할머니|할아버지"
    r"|손자|손녀|동생|언니|오빠|누나|수술|입원|퇴원|발치|태어|생일|돌아가|진단|자택|살고|거주|환자분"
    r"|我(?!们|們|院|司|校)|妈妈|媽媽|母亲|母親|爸爸|父亲|父親|老公|老婆|丈夫|妻子|儿子|兒子|女儿|女兒"
    r"|奶奶|爷爷|爺爺|外婆|外公|孩子|宝宝|寶寶|手术|住院|出院|拔牙|出生|生日|去世|诊断|診斷|确诊|確診"
    # (read 103-106) the grandparents as Taiwan and Hokkien families call them (阿嬤, 阿公)
    r"|阿嬤|阿嬷|阿媽|阿公"
    # (dates79) someone's own appointment: 王小明的預約改到3月14日 (not the clinic's: 本院的預約)
    r"|(?<![院所心们們])的(?:預約|预约|複診|复诊|門診|门诊|回診|覆诊)"
    r"|住在|家住|(?<!各位)(?:患者|病人)(?!様?各位|さま各位|さん各位|の皆|様へ|们|們)|환자(?!\s?여러분)"
)
# A notice of the clinic's own: its closing days, its address, its lines.
_CLINIC_CUE = re.compile(
    r"当院|本院|我院|本诊所|本診所|当クリニック|当医院|医院地址|诊所地址|診所地址|所在地|アクセス"
    r"|移転|开业|開業|開院|搬迁|迁址|저희\s?(?:병원|치과|의원|클리닉)|본원|오시는\s?길|이전|개원"
    r"|休診|休诊|휴진|放假|お知らせ|공지|通知"
)


def _about_a_person(text: str, start: int, end: int, names: Iterable[Finding]) -> bool:
    """A sentence about a person: a name in it or in the text (a reply that names its
    patient speaks of them throughout), or a cue of a person's own (``_PERSON_CUE``)."""
    if any(True for _ in names):
        return True
    left, right = _sentence(text, start, end)
    return _PERSON_CUE.search(text, left, right) is not None


# ---------------------------------------------------------------------------------- dates

_CN_DIGIT = "〇零一二三四五六七八九十"
_DATE = re.compile(
    rf"(?:(?:令和|平成|昭和)\s*(?:元|\d{{1,2}})|\d{{4}})\s*年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*[日号號])?"
    rf"|\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号號]"
    rf"|(?:上个?月|上個?月|下个?月|下個?月|本月|这个月|這個月|先月|今月|来月)\s*\d{{1,2}}\s*[日号號]"
    rf"|(?:지난\s?달|이번\s?달|다음\s?달)\s*\d{{1,2}}\s*일"
    rf"|[{_CN_DIGIT}]{{1,3}}月[{_CN_DIGIT}]{{1,3}}[日号號]"
    rf"|\d{{4}}\s*년\s*\d{{1,2}}\s*월(?:\s*\d{{1,2}}\s*일)?|\d{{1,2}}\s*월\s*\d{{1,2}}\s*일"
    rf"|(?<![\d.])(?:19|20)\d\d\.\s?(?:0?[1-9]|1[0-2])\.\s?(?:0?[1-9]|[12]\d|3[01])\.?(?![\d])"
)


def _dates(text: str, names: list[Finding]) -> list[Finding]:
    found = []
    for m in _DATE.finditer(text):
        end = m.end() - (1 if m.group().endswith(".") else 0)
        if _about_a_person(text, m.start(), m.end(), names):
            found.append(
                _finding(m.start(), end, "date", "a date in a sentence about a person", "date.cjk")
            )
    return found


# --------------------------------------------------------------------------------- phones

_PHONE_REGIONS = ("KR", "JP", "CN", "TW", "HK")
# A line the clinic gives everyone: its booking, reception or main number, a hotline.
_PUBLIC_LINE = re.compile(
    r"予約|受付|代表|お問い?合わせ|問合せ|お電話|TEL|Tel|FAX|Fax|예약|문의|대표|상담|고객센터|콜센터"
    r"|预约|預約|咨询|諮詢|热线|熱線|客服|服务电话|服務電話|挂号|掛號|联系我们|聯絡我們|总机|總機"
    r"|营业|營業|診療時間|诊疗时间|診療時間|진료\s?시간|영업\s?시간|電話\s*[:：]|电话\s*[:：]|전화\s*[:：]"
)
_PERSONAL_LINE = re.compile(
    r"姓名|氏名|성명|이름|患者|病人|환자|私の|携帯|ケータイ|自宅|本人|휴대폰|핸드폰|휴대전화|제\s?번호|내\s?번호|手机|手機|我的|本人"
    r"|母|父|妈妈|媽媽|爸爸|어머니|엄마|아버지|아빠|남편|아내|老公|老婆|ご家族"
)
_SHARED_COST = re.compile(r"^(?:\+?8[12]\s?)?(?:0120|0570|0800|15\d\d|16\d\d|18\d\d|400|800)\b")


def public_line_abroad(text: str, start: int, end: int, names: Iterable[Finding] = ()) -> bool:
    """A number the clinic gives everyone, in a CJK text: after its booking, reception or
    main-line word in the sentence, with no one's own phone or relative in it; and the free
    and business-wide numbers (0120, 1588, 400) however they are written."""
    if _SHARED_COST.match(text[start:end]):
        return True
    left, right = _sentence(text, start, end)
    if _PERSONAL_LINE.search(text, left, right) or any(left <= f.start < right for f in names):
        return False
    return _PUBLIC_LINE.search(text, max(left, start - 25), start) is not None or (
        _PUBLIC_LINE.search(text, end, min(right, end + 12)) is not None
    )


def _phones(text: str, names: list[Finding]) -> list[Finding]:
    found: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for region in _PHONE_REGIONS:
        try:
            matches = list(
                phonenumbers.PhoneNumberMatcher(text, region, phonenumbers.Leniency.VALID)
            )
        except Exception:  # noqa: BLE001 - a library's odd input is no reason to pass a text
            continue
        for m in matches:
            if (m.start, m.end) in seen or any(s < m.end and m.start < e for s, e in seen):
                continue
            seen.add((m.start, m.end))
            if public_line_abroad(text, m.start, m.end, names):
                continue
            found.append(
                _finding(
                    m.start,
                    m.end,
                    "phone",
                    "a phone number in an East-Asian format",
                    "phone.east_asian",
                )
            )
    return found


def drop_public_lines_abroad(text: str, findings: list[Finding]) -> list[Finding]:
    """Any finder's phone number in a CJK text that is the clinic's line given everyone
    (``public_line_abroad``) is no one's identifier."""
    if not _CJK.search(text):
        return findings
    names = [f for f in findings if f.label == "name"]
    return [
        f
        for f in findings
        if f.label != "phone" or not public_line_abroad(text, f.start, f.end, names)
    ]


# ------------------------------------------------------------------------------ addresses

_ADDRESS = re.compile(
    # Korea: 시/도, 구/군, a road (로, 길) or a neighbourhood (동) and the number, flat (호)
    rf"(?:[{_HANGUL}]+(?:특별시|광역시|특별자치시|도|시)\s*)?[{_HANGUL}]+(?:구|군|시)\s+"
    rf"[{_HANGUL}\d]+(?:로|길|동)\s*\d+(?:-\d+)?(?:\s*번길\s*\d+(?:-\d+)?)?"
    rf"(?:\s*,?\s*(?:\d+\s*동\s*)?\d+\s*호)?"
    # Japan: 都道府県, 市区町村, 丁目, 番(地), 号, or the three numbers joined by hyphens
    rf"|(?:東京都|北海道|(?:大阪|京都)府|[{_HAN}]{{2,3}}県)?\s*[{_HAN}{_KANA}]{{1,6}}?[市区町村郡]"
    rf"[{_HAN}{_KANA}]{{0,8}}?\d+\s*(?:丁目\s*\d+\s*(?:番地?|-)\s*\d*\s*号?|-\d+(?:-\d+)?)"
    # China: 省, 市, 区/县, a road or street and its number (号), a building and a room
    rf"|(?:[{_HAN}]{{2,3}}[省市])?[{_HAN}]{{2,3}}[市区县區縣][{_HAN}]{{1,8}}?[路街道巷弄]"
    rf"(?:[一二三四五六七八九十\d]{{1,3}}段)?\s*\d+\s*[号號弄]"
    rf"(?:\s*\d+\s*[栋棟幢楼樓单元室号號])*"
)
_RESIDENCE = re.compile(
    r"住所|住址|地址|주소|住んで|自宅|我家|家住|住在|자택|집|살고|거주|実家|老家"
)


def _addresses(text: str, names: list[Finding]) -> list[Finding]:
    found = []
    for m in _ADDRESS.finditer(text):
        left, right = _sentence(text, m.start(), m.end())
        personal = _about_a_person(text, m.start(), m.end(), names) or bool(
            _RESIDENCE.search(text, left, right)
        )
        clinic = _CLINIC_CUE.search(text, left, right) is not None
        if personal and not (clinic and not _PERSON_CUE.search(text, left, right)):
            found.append(_finding(m.start(), m.end(), "address", "a home address", "address.cjk"))
    return found


# -------------------------------------------------------------------------------- records

_RECORD = re.compile(
    # a Korean label starts its word: 사업자등록번호 is a business's registration
    r"(?<![\uac00-\ud7a3])(?:診察券(?:番号|No\.?)?|患者(?:番号|ID|id)|カルテ(?:番号|No\.?)|保険証(?:番号)?|被保険者番号"
    r"|マイナンバー|환자\s?번호|등록\s?번호|차트\s?번호|진료\s?(?:카드\s?)?번호|건강보험증?\s?번호"
    # an insurance policy's or a claim's number: 증권번호, 보험증권번호, 청구번호, 証券番号
    r"|(?:보험\s?)?증권\s?번호|청구\s?번호|証券番号|保[单單]号"
    r"|주민\s?(?:등록\s?)?번호|病[历歷]号|病[历歷]號|病案号|病[历歷]编号|住院号|住院號|门诊号|門診號"
    r"|就诊卡号|就診卡號|医保卡号|醫保卡號|社保卡号|身份证号(?:码)?|身分證字號|卡号"
    # (records12) a health check's or a visit's number: 体检编号 TJ20251104088, 就诊号
    r"|体检编号|體檢編號|就诊号|就診號)"
    r"\s*(?:[:：#]|は|是|为|為|는|은)?\s*(?P<id>[A-Za-z0-9][A-Za-z0-9-]{3,}\d)"
)


def _records(text: str) -> list[Finding]:
    return [
        group_finding(
            m, "id", "record_number", "a patient's number after its label", "record.cjk_labelled"
        )
        for m in _RECORD.finditer(text)
        if any(c.isdigit() for c in m.group("id"))
    ]


# ------------------------------------------------------------------------------------ ages

_AGE = re.compile(
    r"(?<!\d)(?:9\d|1[01]\d)\s*(?:歳|才|岁|歲|세|살)"
    r"|(?:九十[一二三四五六七八九]?|一百(?:零?[一二三四五六七八九十]{1,2})?|百)多?\s*(?:岁|歲|歳|才)"
    r"|아흔\s*(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉)?\s*살"
    r"|(?:구십\s*[일이삼사오육칠팔구]?|백(?:\s*[일이삼사오육칠팔구십]{1,2})?)\s*세(?!\s*시대)"
)


def _ages(text: str, names: list[Finding]) -> list[Finding]:
    return [
        _finding(m.start(), m.end(), "age", "an age over 89", "age.cjk_over_89")
        for m in _AGE.finditer(text)
        if _about_a_person(text, m.start(), m.end(), names)
        and not text.startswith(("시대", " 시대"), m.end())
    ]


# --------------------------------------------------------------- thanks and greetings abroad

# A thanks or a greeting in the main European languages and the language its next word is
# read in.
_THANKS_LANG = (
    ("nl", r"Bedankt|Dank\s+je(?:\s+wel)?|Dank\s+u(?:\s+wel)?|Hartelijk\s+dank|Hoi|Beste"),
    ("de", r"Danke(?:\s+sch[oö]n|\s+sehr)?|Vielen\s+Dank|Herzlichen\s+Dank|Hallo|Liebe|Lieber"),
    ("fr", r"Merci(?:\s+beaucoup)?|Bonjour|Ch[eè]re|Cher|Coucou"),
    ("es", r"Gracias|Muchas\s+gracias|Hola|Querid[oa]|Estimad[oa]"),
    ("it", r"Grazie(?:\s+mille)?|Ciao|Car[oa]|Gentile"),
    ("pt", r"Obrigad[oa]|Muito\s+obrigad[oa]|Ol[aá]|Prezad[oa]"),
    ("pl", r"Dzi[eę]kujemy|Dzi[eę]kuj[eę]|Dzi[eę]ki|Cze[sś][cć]|Drog[aie]|Witaj"),
    # (names83) the Nordic languages' and Finnish greetings and thanks, and a reminder's
    # opening word ("Hej Ole, påmindelse om …", "Muistutus Aino: ota Kela-kortti mukaan")
    ("da", r"Hej|K[æa]re|Tak|P[åa]mindelse"),
    ("sv", r"Hej(?:san)?|K[äa]ra|Tack|P[åa]minnelse"),
    ("nb", r"Hei|Kj[æa]re|Takk|P[åa]minnelse"),
    ("fi", r"Hei|Moi|Kiitos|Hyv[äa]|Muistutus"),
)
_TITLE_ABROAD = (
    r"Frau|Herr|Herrn|Mevrouw|Meneer|Madame|Monsieur|Mme\.?|Señora|Señor|Sra\.|Sr\.|Signora"
    r"|Signor|Sig\.ra|Sig\.|Senhora|Senhor|Dona|Pani|Panie|Pan"
)
_CAP = r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][a-zà-öø-ÿąćęłńóśźż'’-]+"
# What follows a thanked name: a comma or a stop, or "for" in the same language.
_AFTER_NAME = r"(?=\s*[,!.:;)]|\s+(?:voor|f[uü]r|pour|por|per|pela|pelo|za|for|för)\b)"
_THANKED = [
    (
        lang,
        re.compile(
            rf"\b(?:{words})\s*,?\s+(?P<name>(?:(?:{_TITLE_ABROAD})\s+)?{_CAP}(?:\s+{_CAP})?){_AFTER_NAME}"
        ),
    )
    for lang, words in _THANKS_LANG
]
# (scripts13) the name opens the text, a sentence, or a reply quoted after a colon or a
# dash ('Review reply: "Kasia, dziękujemy…"', 'Antwort: „Jürgen, danke…"')
_NAME_THEN_THANKS = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=[:—–-]\s[\"“„«'‘])|(?<=^[\"“„«'‘]))(?P<name>(?-i:{_CAP})),\s+(?P<thanks>dzi[eę]kujemy|dzi[eę]kuj[eę]|danke|vielen\s+dank"
    r"|merci|gracias|grazie|obrigad[oa]|bedankt|dank\s+je|dank\s+u)\b",
    re.IGNORECASE,
)
# A thanks or a greeting starts a word with a capital ("Merci", "Hola"), or follows the name
# and its comma ("Bogusia, dziękujemy"): asked once a text, before the seven patterns.
_THANKS_TRIGGER = lazy.compile(
    r"\b(?:Bedankt|Dank|Hoi|Beste|Hallo|Lieb|Merci|Bonjour|Ch[eè]r|Coucou|Gracias|Muchas|Hola"
    r"|Querid|Estimad|Grazie|Ciao|Car[oa]|Gentile|Obrigad|Muito|Ol[aá]|Prezad|Dzi[eę]k|Cze[sś]"
    r"|Drog[aie]|Witaj|Hej|Hei|Moi|K[æaä]r|Kj[æa]r|Tak|Tack|Kiitos|Hyv|P[åa]mind|P[åa]minn|Muistutus)"
    r"|,\s+(?i:dzi[eę]kuj|danke|vielen|merci|gracias|grazie|obrigad|bedankt|dank)"
)
_LANG_OF = {
    "dziekujemy": "pl",
    "dziekuje": "pl",
    "danke": "de",
    "vielen": "de",
    "merci": "fr",
    "gracias": "es",
    "grazie": "it",
    "obrigado": "pt",
    "obrigada": "pt",
    "bedankt": "nl",
    "dank": "nl",
}
_WORD = re.compile(r"[^\W\d_]+")


def _written_in(text: str, lang: str, m: re.Match[str]) -> bool:
    """The thanks is in a text of its language: a word of that language's everyday words,
    no English word, somewhere outside the thanks and the name ("voor je review", "pour
    votre avis"). "Cher", "Cara" and "Ola" are names too, and an English text's."""
    if lang == "en":
        return True
    words, english = _folded_words(lang), lx.english_words()
    for w in _WORD.finditer(text):
        if m.start() <= w.start() < m.end():
            continue
        low = lx.ascii_fold(w.group().lower())
        if len(low) > 1 and low in words and low not in english:
            return True
    return False


_NOT_THANKED = frozenset(
    lx.ascii_fold(word)
    for word in (
        "dra dott dottssa doc prof profa profe ing arch avv lic mgr mag dipl dyr mw dhr mr mrs ms sr sra srta mme mlle hr fr sig sigra dna don dona doktorin doutora doctores medico medica arzt arztin schwester pfleger zahnarzt zahnarztin tandarts huisarts infirmiere infermiera enfermera pielegniarka lekarz"
        " ihnen ihr dir euch sie allen alle tous toutes todos todas vous tutti tutte voi wszystkim państwu"
        " allemaal iedereen jullie team equipo équipe squadra equipe zespół praxis clinique clínica"
        " clinica klinik kliniek dr doctor doktor docteur doctora doctor dottore dottoressa doutor"
        " doutora dokter mama papa patienten patientinnen kunden freunde kollegen eltern familie"
        " familia famille famiglia família rodzina mitglieder gäste nachbarn damen herren amigos amis"
        " amici amigos usted ustedes madame monsieur señora señor signora signore senhora senhor pani"
        " panie pan frau herr mevrouw meneer sanitas kolego koleżanko"
    ).split()
)  # read as the guard reads them, accents folded ("panstwu")


# How common a word must be in the thanks' language to be read as a word, not a name.
_WORD_ZIPF = 3.3


@lru_cache(maxsize=16)
def _folded_words(lang: str) -> frozenset[str]:
    """The everyday words of ``lang`` as the guard reads them, accents folded away
    ("élèves" is read "eleves"), Zipf >= ``_WORD_ZIPF``."""
    floor = 10 ** (_WORD_ZIPF - 9)
    return frozenset(
        lx.ascii_fold(word)
        for word, share in lazy.frequencies(lang, "small").items()
        if share >= floor
    )


def _a_first_name(word: str, lang: str) -> bool:
    """A word read as someone's name: on the given-name lists, or no everyday word in the
    language of the thanks nor in English."""
    low = lx.ascii_fold(word.lower())
    if low in _NOT_THANKED or low.startswith(("pacjen", "klient", "client", "patien", "pazien")):
        return False
    if low in lx.GIVEN_NAMES:
        return True
    words = _folded_words(lang)
    if low in words or low in lx.english_words():
        return False
    # a compound noun ("Praxisteam", "Zahnarztpraxis", "Kolleginnen"): its head is a word
    return not (
        low.endswith("innen")
        or (len(low) >= 8 and any(low[i:] in words for i in range(2, len(low) - 4)))
    )


def _thanked_abroad(text: str) -> list[Finding]:
    if not _THANKS_TRIGGER.search(text):
        return []
    found = []
    for lang, pattern in _THANKED:
        for m in pattern.finditer(text):
            words = m.group("name").split()
            titled = len(words) > 1 and re.fullmatch(_TITLE_ABROAD, words[0]) is not None
            first = words[1] if titled else words[0]
            if not _a_first_name(first, lang) or not _written_in(text, lang, m):
                continue
            found.append(_thanked(m))
    for m in _NAME_THEN_THANKS.finditer(text):
        lang = _LANG_OF.get(lx.ascii_fold(m.group("thanks").lower()).split()[0], "en")
        if _a_first_name(m.group("name"), lang) and _written_in(text, lang, m):
            found.append(_thanked(m))
    return found


def _thanked(m: re.Match[str]) -> Finding:
    """The name a match of a thanks or a greeting holds, as ``name.thanked_abroad``."""
    return group_finding(
        m, "name", "name", "a patient thanked or greeted by name", "name.thanked_abroad"
    )


# --------------------------------------------------------------------- "Mags here from …"

_HERE_INTRO = lazy.compile(
    r"(?:^|(?<=[.!?\n]))(?:[ ]*[A-Z][a-z]{1,7}(?:[ ]+(?:all|everyone|folks|guys|there))?[,!])?[ ]*\s*(?P<name>[A-Z][a-z]{1,14})[ ]+here"
    r"(?=[ ]*(?:[,!.\-—–]|from\b|again\b|with\b|$))"
)
_TITLE_BEFORE_HERE = re.compile(r"\b(?:Dr|Prof|Nurse|Mr|Mrs|Ms|Sister)\.?[ ]+$")
_NOT_HERE = frozenset(
    "everyone nobody staff team summer spring winter autumn fall santa admin".split()
)


# Endings of nouns ("Bookings", "Vaccinations", "Referrals", "Dentistry"), not of names.
_NOUN_ENDINGS = ("ings", "ions", "als", "ers", "ies", "ists", "ians", "ry", "ity", "ics", "ment")


def _a_nickname(low: str) -> bool:
    """A word off the name lists read as a short name ("Mags", "Gaz"): short, no English
    word, no staff role ("Physio here"), no noun's ending, no plural of a longer word."""
    english = lx.english_words()
    return (
        len(low) <= 8
        and low not in english
        and low not in lx.STAFF_WORDS
        and not low.endswith(_NOUN_ENDINGS)
        and not (len(low) >= 6 and low.endswith("s") and low[:-1] in english)
    )


def _here_intro(text: str) -> list[Finding]:
    if " here" not in text:
        return []
    found = []
    for m in _HERE_INTRO.finditer(text):
        name = m.group("name")
        low = name.lower()
        if low in _NOT_HERE or _TITLE_BEFORE_HERE.search(
            text, max(0, m.start("name") - 8), m.start("name")
        ):
            continue
        if low not in lx.GIVEN_NAMES and not _a_nickname(low):
            continue
        found.append(
            group_finding(
                m, "name", "name", "someone introducing themselves by name", "name.here_intro"
            )
        )
    return found


# ------------------------------------------------- a greeting in Hebrew, Arabic, Russian, Hindi

# (guard-recall5) A greeting in a script with no capitals, or whose letters folding turns
# half Latin, then a name and a comma or an honorific: "שלום דנה,", "مرحبا فاطمة،", "Привет,
# Оля,", "नमस्ते सुनीता जी". Not the greetings to everyone ("שלום לכולם", "مرحبا بالجميع",
# "Привет всем", "नमस्ते दोस्तों"). The text is folded (Cyrillic letters that look Latin are
# Latin, Devanagari's vowel signs are gone), so the greetings are folded the same way.
_GREETINGS_ABROAD = (
    "שלום",
    "היי",
    "מרחבא",
    "مرحبا",
    "مرحباً",
    "أهلا",
    "اهلا",
    "هلا",
    "Привет",
    "Здравствуйте",
    "Добрый день",
    "Дорогая",
    "Дорогой",
    "नमस्ते",
    "नमस्कार",
)
_NOT_GREETED = frozenset(
    """לכולם לכם לך רב חברים וברכה עולם בוקר ערב بالجميع بكم بك جميعا الجميع وسهلا وسهلاً
    صباح مساء всем все друзья दोस्तों सभी""".split()
)
# The vocative particle of Arabic before the name ("مرحبا يا فاطمة").
_VOCATIVE = "يا"
# (Devanagari's vowel signs are no word characters to Python: listed with the letters)
_ABROAD_NAME_WORD = r"(?:[^\W\d_]|[\u0900-\u097f]){2,20}"
# An honorific after the name: Hindi's ji, Arabic's and Urdu's "جي".
_HONORIFICS_AFTER = ("जी", "ji", "جي")


@lru_cache(maxsize=1)
def _greeted_pattern() -> tuple[re.Pattern[str], frozenset[str]]:
    """The pattern of a greeting then a name, and the words no name, both folded."""
    from medsocial_tui.compliance.normalize import normalize

    def fold(word: str) -> str:
        return normalize(word).text

    folded = sorted({fold(g) for g in _GREETINGS_ABROAD}, key=lx.longest_first)
    greetings = "|".join(re.escape(g) for g in folded)
    honorifics = "|".join(re.escape(fold(h)) for h in _HONORIFICS_AFTER)
    pattern = re.compile(
        rf"(?:^|(?<=[\s.!?]))(?:{greetings})\s*[,،!]?\s+(?:{_VOCATIVE}\s+)?"
        rf"(?P<name>{_ABROAD_NAME_WORD}(?:\s+(?!(?:{honorifics})(?!\w)){_ABROAD_NAME_WORD})?)"
        rf"(?=\s*[,،!.:؛]|\s+(?:{honorifics})(?!\w)|\s*$)"
    )
    return pattern, frozenset(fold(w).lower() for w in _NOT_GREETED)


_NOT_LATIN = re.compile(
    r"[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0370-\u03ff\u1f00-\u1fff\u0e00-\u0e7f]"
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _greeted_abroad(text: str) -> list[Finding]:
    if not _NOT_LATIN.search(text):
        return []
    found = []
    pattern, not_names = _greeted_pattern()
    for m in pattern.finditer(text):
        name = m.group("name")
        first = name.split()[0]
        if first.lower() in not_names or not _NOT_LATIN.search(name):
            continue  # a Latin word after the greeting is read by the English rules
        if _CYRILLIC.search(name) and not first[0].isupper():
            continue  # Russian writes a name with a capital ("Привет всем": everyone)
        found.append(
            group_finding(
                m, "name", "name", "a greeting addressed to someone", "name.greeted_abroad"
            )
        )
    return found


# (lang9) Mr and Mrs in Hebrew and Arabic before a name in the same letters, as a clinic's
# letter or a relative's message writes a patient ("מר יוסף לוי גר ב…", "גב' רחל כהן",
# "السيدة فاطمة الزهراء", "للسيد أحمد منصور"): the one or two words after the title. Not an
# office or a role after it ("السيد الرئيس": Mr President; "מר הרופא"); "מר" after a Hebrew
# word is "bitter" as often ("טעם מר בפה": a bitter taste in the mouth).
_HE_WORD = r"[\u05d0-\u05ea]{2,15}"
_AR_WORD = r"[\u0621-\u064a]{2,15}"
_GR_NAME = (
    r"(?:(?=[A-ZΑ-ΩΆ-Ώ][a-zα-ωά-ώ])(?=[^\W\d_]{0,19}[\u0370-\u03ff\u1f00-\u1fff])[^\W\d_]{2,20}"
    # (clean12) or a name in Latin letters ("Αγαπητέ κύριε Schmidt"): the fold no longer
    # finds the first letters of "Αγαπητέ" as a name, which had blocked these by chance
    r"|[A-Z][a-z][a-z'’-]{0,18}(?![^\W\d_]))"
)
_TITLED_ABROAD = re.compile(
    r"(?:^|(?<=[\s(\"'«,،:]))(?:"
    rf"(?:(?:ל|ו)מר|(?<![\u05d0-\u05ea]\s)מר|(?:ל|ו)?(?:גב['׳’]|גברת|הגב['׳’]))"
    rf"\s+(?P<he>{_HE_WORD}(?:\s+{_HE_WORD})?)"
    rf"|(?:لل|ول|وال|ال|ل)?سيد(?:ة)?\s+(?P<ar>{_AR_WORD}(?:\s+{_AR_WORD})?)"
    # (scripts10) Greek's Mr and Mrs, written out or short ("ο κύριος Νίκος Κωνσταντίνου",
    # "η κα Παπαδοπούλου", "κ. Γεωργίου", "Κύριε Παπαδόπουλε,"), folded as the guard reads them ("κύpioς"), then
    # one or two capitalised words holding a Greek letter
    r"|(?:κ\.|κ[αaά]\.?|[κK][υuύ][ρp][ιiί][οoό][ςs]|[κK][υuύ][ρp][ιiί][αaά]|[κK][υuύ][ρp][ιiί][εe])"
    rf"\s+(?P<gr>{_GR_NAME}(?:\s+{_GR_NAME})?)"
    r")(?!\w)"
)
_NOT_TITLED = frozenset(
    "الرئيس الوزير المدير الطبيب الدكتور النائب المسيح الرب السفير الأمين المحافظ"
    " הרופא השר הנשיא ראש".split()
)


def _titled_abroad(text: str) -> list[Finding]:
    if not _NOT_LATIN.search(text):
        return []
    found = []
    for m in _TITLED_ABROAD.finditer(text):
        group = "he" if m.group("he") else "ar" if m.group("ar") else "gr"
        if m.group(group).split()[0] in _NOT_TITLED:
            continue
        found.append(
            group_finding(m, group, "name", "Mr or Mrs before a name", "name.titled_abroad")
        )
    return found


# (guard-recall6) A name written in Arabic, Hebrew, Devanagari or Cyrillic letters as the
# subject of an English sentence about health, with no greeting before it: "محمد العلي has
# had toothache for a week", "אברהם כהן was admitted with chest pain", "प्रिया पटेल had her
# root canal". An English verb right after words of another script opening the sentence
# makes them someone's name; the sentence must tell of health.
_SCRIPT_WORD = (
    r"(?:(?:[\u0400-\u04ff]|[\u0590-\u05ff]|[\u0600-\u06ff]|[\u0900-\u097f]){2,20}"
    # (scripts10) Greek, which folding makes half Latin ("Γιώργος" is "Γiώpyoς"): a capital
    # and a Greek letter in the word; and Thai, which writes no capitals
    r"|(?=[^\W\d_]{0,19}[\u0370-\u03ff\u1f00-\u1fff])[A-ZΑ-ΩΆ-Ώ][^\W\d_]{1,19}"
    r"|[\u0e00-\u0e7f]{2,20})"
)
_SCRIPT_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?:\n]\s)|(?<=\n))(?P<name>{_SCRIPT_WORD}(?:\s+{_SCRIPT_WORD}){{0,2}})"
    r"(?=\s*(?:,\s*\d{1,3}\s*,\s*)?\s(?:has|had|was|is|needs|needed|got|gets|came|went|started"
    r"|keeps|fell|broke|can't|cannot|won't|still)\b)"
)
_ENGLISH_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _script_subjects(text: str) -> list[Finding]:
    if not _NOT_LATIN.search(text):
        return []
    from medsocial_tui.compliance.names import SYMPTOMS

    found = []
    for m in _SCRIPT_SUBJECT.finditer(text):
        name = m.group("name")
        if _CYRILLIC.search(name) and not name[0].isupper():
            continue  # Russian writes a name with a capital
        start, end = _sentence(text, m.start(), m.end())
        words = set(_ENGLISH_WORD.findall(text[start:end].lower()))
        if words.isdisjoint(lx.HEALTH_SINGLE_WORDS) and words.isdisjoint(SYMPTOMS):
            continue
        found.append(
            group_finding(
                m,
                "name",
                "name",
                "a name in another script as the subject of a sentence about health",
                "name.script_subject",
            )
        )
    return found


# (scripts12) A common given name written in Hebrew or Arabic letters, with no title or cue
# before it, as a relative writes in English or in their own language: "My neighbour יוסי
# לוי had a stroke", "לבנך איתי לוי נקבע תור", "ابني محمد عنده حرارة", "Can فاطمة take
# ibuprofen while breastfeeding?". The romanised world lists cannot read these letters and
# the words before a name are as often verbs, so the name itself is the cue: the most common
# given names of Israel and of the Arab countries, leaving out every one that is an everyday
# word too (Hebrew אור light, טל dew, גל wave, חן charm, קרן fund, אלי to me, ישראל, רעות;
# Arabic نور light, أمل hope, سعيد happy, جميل, كريم cream, هدى, منى, هند India, إيمان faith,
# صباح morning, أسماء names). A family name after it is taken with it when it is on the short
# list of common ones below or is a given name too (an Arabic father's name, "أحمد حسن").
# Not after a title of office or faith, a public post or a clinician's word (the Prophet,
# a president, a player, a rabbi, the doctor): "النبي محمد", "الرئيس محمد مرسي", "הרב יוסף";
# nor the Prophet named with his blessing ("محمد صلى الله عليه وسلم").
_HE_GIVEN = (
    "משה יוסף יוסי אברהם יעקב יצחק דוד דני דניאל מיכאל אריאל איתי יונתן נועם אורי עידו אלון"
    " אסף גיא יואב עמית רועי תומר אליהו שמואל חיים מאיר אהרון בנימין שלמה מרדכי צבי אבי"
    " רפאל נתנאל אליעזר יהודה שמעון ראובן אלעד ניר ליאור אופיר אייל ערן אמיר יובל עמרי איתן"
    " שרה רחל רבקה לאה מרים אסתר חנה רות נועה מיכל יעל תמר הדס אפרת אורית אורנה שושנה"
    " רונית סיגל ליאת מורן הילה ענבל שני מאיה אביגיל דנה טליה נגה רוני יפית דבורה זהבה"
    " ציפורה בתיה אילנה גלית לימור אדוה שלומית נעמה איילת אסנת מירב"
)
_HE_FAMILY = (
    "כהן לוי מזרחי פרץ ביטון דהן אזולאי אוחיון פרידמן כץ מלכה חדד גבאי שפירא אברמוביץ"
    " רוזנברג גולדברג וייס שטרן אשכנזי סויסה עמר אברהם יוסף דוד בירנבאום גרינברג"
)
_AR_GIVEN = (
    "محمد أحمد احمد محمود مصطفى علي عمر خالد حسن حسين يوسف إبراهيم ابراهيم عبدالله عبدالرحمن"
    " طارق ياسر وليد هشام سامي ماجد فيصل فهد سلطان ناصر بلال حمزة زياد رامي أيمن ايمن عماد"
    " مراد أنس انس ياسين إسماعيل اسماعيل موسى عيسى هاني عثمان صالح سليمان منصور"
    " فاطمة عائشة مريم خديجة زينب سارة ليلى نادية هالة سلمى رانيا دينا رنا لينا سعاد نجلاء"
    " آمنة لمى شيماء غادة سميرة نوال رحاب"
)
_AR_FAMILY = "الأحمد العلي الحسن المصري الخطيب الشريف النجار الحداد الزهراني القحطاني العتيبي"
_NOT_GIVEN_AFTER = (
    "النبي سيدنا الرسول رسول الرئيس الملك الأمير الشيخ الإمام الامام اللاعب الفنان الفنانة"
    " الوزير الدكتور د. الطبيب الطبيبة المطرب الكاتب"
    ' הרב הנביא המלך הנשיא השר ראש הממשלה הזמר הזמרת השחקן השחקנית הסופר ד"ר דוקטור'
    " פרופ' פרופסור הרופא הרופאה רופא"
    " Dr Dr. Doctor Prof Prof. President King Prophet Rabbi Imam Sheikh singer player"
)
_HE_OR_AR = re.compile(r"[\u05d0-\u05ea\u0621-\u064a]")
# A word of either script, with the one-letter prefixes Hebrew joins to a name (and, to,
# that) and Arabic's "and", which are taken off before the lists are read
_SCRIPT_NAME_WORD = re.compile(
    r"(?<![\w\"'׳״])[\u05d0-\u05ea\u0621-\u064a][\u05d0-\u05ea\u0621-\u064a\"'׳״]{1,15}"
)


@lru_cache(maxsize=1)
def _script_given_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The given names, the family names and the words before a public name, as folded."""
    return (
        frozenset(as_folded(_HE_GIVEN + " " + _AR_GIVEN)),
        frozenset(as_folded(_HE_FAMILY + " " + _AR_FAMILY)),
        frozenset(as_folded(_NOT_GIVEN_AFTER)),
    )


def _bare_name(word: str, given: frozenset[str]) -> str | None:
    """``word`` as a listed given name, without a joined "and", "to" or "that"."""
    if word in given:
        return word
    if word[0] in "ולש" and word[1:] in given and len(word) > 3:
        return word[1:]
    if word[0] == "و" and word[1:] in given and len(word) > 3:
        return word[1:]
    return None


# The blessing a Muslim writes after the Prophet's name ("محمد صلى الله عليه وسلم", "ﷺ"),
# which makes the name his
_BLESSING_AFTER = re.compile(r"\s*(?:ﷺ|صلى\s+الله|صلي\s+الله|عليه\s+السلام|\(ص\))")
# "عبد" (servant of) and the name of God after it are one given name ("عبد الرحمن")
_ABD = "عبد"


def _script_given_names(text: str) -> list[Finding]:
    if not _HE_OR_AR.search(text):
        return []
    given, family, public = _script_given_lists()
    found = []
    words = list(_SCRIPT_NAME_WORD.finditer(text))
    for i, m in enumerate(words):
        bare = _bare_name(m.group(), given)
        if bare is None:
            continue
        before = text[max(0, m.start() - 30) : m.start()].split()
        if before and before[-1] in public:
            continue
        if _BLESSING_AFTER.match(text, m.end()):
            continue  # the Prophet, named with his blessing
        start, end = m.end() - len(bare), m.end()
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and text[end : nxt.start()].strip() == "":
            after = words[i + 2] if i + 2 < len(words) else None
            if nxt.group() == _ABD and after is not None and after.group().startswith("ال"):
                end = after.end()  # a father's name "عبد الرحمن"
            elif nxt.group() in family or nxt.group() in given:
                end = nxt.end()
        found.append(
            _finding(
                start,
                end,
                "name",
                "a common given name written in Hebrew or Arabic letters",
                "name.script_given_name",
            )
        )
    return found


# (read 139-142) A common given name written in Georgian or Armenian letters, with no cue
# before it, as a relative or a note writes a person in those languages: "ჩემი ბებია ლამარა
# 91 წლისაა", "გიორგი, სწრაფ გამოჯანმრთელებას გისურვებ!", "Մայրս՝ Անահիտ, …". Each name
# with the endings its cases take (Georgian's -ს, -მა, -ის, -ო; Armenian's article and
# case endings -ն, -ը, -ի, -ին, -ից, -ով). The lists hold the most common given names of
# Georgia and Armenia, leaving out the everyday words among them (Georgian იმედი hope,
# Armenian Արև sun, Սեր love, Հույս hope).
_KA_GIVEN = (
    "გიორგი დავითი დავით ნიკა ლუკა ლევანი ლევან ირაკლი ზურაბი ზურაბ გიგა ალექსანდრე"
    " ნიკოლოზი ნიკოლოზ დიმიტრი დათო ვახტანგი ვახტანგ თორნიკე ბექა გოჩა ზაზა მამუკა"
    " ნინო მარიამი მარიამ ანა ანი თამარი თამარ ეკატერინე ეკა ნათია ლამარა მანანა ქეთევანი"
    " ქეთევან ქეთი სალომე ელენე მაია ნანა ლიკა თეონა ხატია ნესტან ციცინო ლია ნატო"
)
_HY_GIVEN = (
    "Արամ Նարեկ Տիգրան Դավիթ Արմեն Հայկ Գևորգ Գրիգոր Սարգիս Արթուր Վահե Աշոտ Կարեն Ռուբեն"
    " Հովհաննես Սուրեն Վարդան Արսեն Էդգար Միքայել Անահիտ Գոհար Մարիամ Աննա Լուսինե Սոնա"
    " Նարինե Անի Արմինե Լիլիթ Հասմիկ Նունե Տաթևիկ Զարուհի Սիրանուշ Մանե Քնարիկ Շուշան"
)
_KA_ENDINGS = ("", "ს", "მა", "მ", "ის", "ო", "ით", "სი", "საც")
_HY_ENDINGS = ("", "ն", "ը", "ի", "ին", "ից", "ով", "ենց", "ս", "դ")


@lru_cache(maxsize=1)
def _ka_hy_given() -> dict[str, int]:
    """Each name's forms, and how long the name is in each (the ending left out)."""
    forms: dict[str, int] = {}
    for name in _KA_GIVEN.split():
        stem = name[:-1] if name.endswith("ი") else name
        for ending in _KA_ENDINGS:
            forms.setdefault(stem + ending, len(name))
        forms[name] = len(name)
    for name in _HY_GIVEN.split():
        for ending in _HY_ENDINGS:
            forms.setdefault(name + ending, len(name))
    # as the guard's fold spells them (it writes some Armenian letters as Latin ones)
    folded = as_folded(" ".join(forms))
    return dict(zip(folded, forms.values(), strict=True))


def _caucasus_given_names(text: str) -> list[Finding]:
    if not _KA_OR_HY.search(text):
        return []
    forms = _ka_hy_given()
    found = []
    for m in _LETTERS.finditer(text):
        length = forms.get(m.group())
        if length is None:
            continue
        end = m.start() + min(length, len(m.group()))
        found.append(
            _finding(
                m.start(),
                end,
                "name",
                "a common given name written in Georgian or Armenian letters",
                "name.caucasus_given",
            )
        )
    return found


# (names14) A common given name written in Greek or Cyrillic letters, with no cue before
# it, as a relative or a case note writes a person in those languages or in English: "Η
# Μαρία Παπαδοπούλου έχει πυρετό", "Мой сын Иван болеет уже неделю", "My mother Ελένη has
# diabetes", "Передайте Анне Петровне, что анализы готовы". Both scripts write a name with
# a capital and decline it ("του Γιώργου", "сыну Ивану", "с Анной"), so each name is listed
# with its case forms; the capitalised word of the same script right after it is taken as
# the family name (or the Russian father's name and family name). The lists hold the most
# common names of Greece, Russia and Ukraine and their everyday short forms (Маша, Γιάννης),
# leaving out every one that is an everyday word too (Вера faith, Надежда hope, Любовь
# love, Роман novel, Лев lion, Слава glory, Роза, Лилия, Света, Костя: of light, bones;
# Ειρήνη peace, Ελπίδα, Χαρά, Αγάπη, Ζωή life, Νίκη victory, Άγγελος angel, Άρης Mars and a
# club, Κυριακή and Παρασκευή Sunday and Friday, Αθηνά). Not after a saint's, a ruler's or an office's word, a clinician's word or a
# street's ("Άγιος Νικόλαος", "Дева Мария", "президент Владимир", "доктор Иван", "улица
# Ивана Франко"), nor a public person's family name after it ("Владимир Путин").
_GR_GIVEN_MALE = (
    "Γιώργος Γεώργιος Γιάννης Ιωάννης Κωνσταντίνος Κώστας Δημήτρης Δημήτριος Νίκος Νικόλαος"
    " Παναγιώτης Βασίλης Βασίλειος Χρήστος Αθανάσιος Θανάσης Μιχάλης Μιχαήλ Ευάγγελος"
    " Βαγγέλης Σπύρος Σπυρίδων Αντώνης Αντώνιος Αλέξανδρος Στέλιος Στυλιανός Μανώλης"
    " Εμμανουήλ Πέτρος Σταύρος Θοδωρής Θεόδωρος Ηλίας Παύλος Ανδρέας Τάσος Αναστάσιος Λευτέρης"
    " Ελευθέριος Μάριος Φώτης Στάθης Ευστάθιος Απόστολος Γρηγόρης Πάνος Χαράλαμπος Μπάμπης"
)
_GR_GIVEN_FEMALE = (
    "Μαρία Ελένη Αικατερίνη Κατερίνα Βασιλική Βάσω Σοφία Αγγελική Γεωργία Δήμητρα Κωνσταντίνα"
    " Παναγιώτα Ιωάννα Χριστίνα Ευαγγελία Αναστασία Άννα Δέσποινα Ευτυχία Μαρίνα"
    " Σταυρούλα Φωτεινή Χρυσούλα Αλεξάνδρα Θεοδώρα Ευγενία Στέλλα Ολγα"
)
_CYR_GIVEN_MALE = (
    "Иван Александр Сергей Дмитрий Андрей Алексей Михаил Николай Владимир Павел Евгений"
    " Максим Артём Артем Никита Олег Юрий Игорь Виктор Денис Антон Илья Кирилл Егор Борис"
    " Григорий Фёдор Федор Пётр Петр Василий Анатолий Геннадий Константин Станислав Тимур"
    " Олександр Андрій Сергій Микола Тарас Богдан Дмитро Юрій Василь Петро Іван Вадим Руслан"
    " Саша Дима Миша Коля Серёжа Сережа Петя Вася Ваня Лёша Леша Женя Паша Витя"
)
_CYR_GIVEN_FEMALE = (
    "Анна Мария Елена Ольга Наталья Татьяна Ирина Светлана Екатерина Юлия Анастасия Дарья"
    " Марина Людмила Галина Алина Ксения Полина Софья София Виктория Валентина Тамара Алла"
    " Оксана Олена Наталія Юлія Марія Ганна Катерина Людмила Лариса Зинаида Нина Евгения"
    " Маша Наташа Таня Катя Лена Оля Юля Настя Даша Ира Галя Соня Вика Аня"
)
_GR_CYR_NOT_AFTER = (
    "Άγιος Αγίου Αγίας Αγία Άγιο Αγ. Αγίων Παναγία Παναγίας Προφήτης Πρόεδρος πρόεδρος"
    " υπουργός Υπουργός βασιλιάς βουλευτής γιατρός Γιατρός Δρ. Δρ ιατρός οδός Οδός οδό"
    " Λεωφόρος λεωφόρος Λεωφ. πλατεία Πλατεία"
    " Святой Святая Святого Святой Св. св. святой святого Дева Девы Богородица царь Царь"
    " император императрица президент Президент министр Министр депутат губернатор мэр"
    " патриарх Патриарх митрополит писатель актёр актер певец певица доктор Доктор врач Врач"
    " д-р др. улица ул. улицы улице улицу проспект проспекте пр. переулок переулке пер. площадь"
    " площади бульвар бульваре вулиця вулиці вул."
    " проспекту шоссе имени им."
)
# Family names of public people that follow a common given name in the news
_GR_CYR_PUBLIC_AFTER = (
    "Путин Путина Путину Зеленский Зеленского Зеленський Толстой Толстого Пушкин Пушкина"
    " Достоевский Гагарин Гагарина Чехов Чехова Ленин Ленина Медведев Лавров Навальный"
    " Шевченко Ломоносов Менделеев Павлов Павлова Горбачёв Горбачев Ельцин Шойгу Мишустин"
    " Каренина Каренину Карениной Онегин Онегина Καρενίνα"
    " Κάλλας Τσίπρας Μητσοτάκης Παπανδρέου Καραμανλής Σεφέρης Ελύτης Καζαντζάκης Βενιζέλος"
    " Αντετοκούνμπο"
)


def _greek_forms(name: str) -> list[str]:
    """A Greek given name with its genitive, accusative and vocative ("Γιώργος": Γιώργου,
    Γιώργο, Γιώργε; "Μαρία": Μαρίας; "Ελένη": Ελένης)."""
    if name.endswith("ος"):
        stem = name[:-2]
        return [name, stem + "ου", stem + "ο", stem + "ε"]
    if name.endswith(("ης", "ας")):
        return [name, name[:-1]]
    if name.endswith(("α", "η", "ά", "ή")):
        return [name, name + "ς"]
    return [name]


def _cyrillic_forms(name: str) -> list[str]:
    """A Russian or Ukrainian given name with its case endings ("Иван": Ивана, Ивану,
    Иваном, Иване; "Анна": Анны, Анне, Анну, Анной; "Сергей": Сергея…; "Илья": Ильи…)."""
    if name.endswith(("а", "я")):
        stem = name[:-1]
        return [name, *(stem + e for e in ("ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею", "о"))]
    if name.endswith(("й", "ь")):
        stem = name[:-1]
        return [name, *(stem + e for e in ("я", "ю", "ем", "ём", "е", "і", "ю"))]
    return [name, *(name + e for e in ("а", "у", "ом", "е", "ем", "ові", "і"))]


_GR_OR_CYRILLIC = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]")
# A word as folded: letters only (folding writes some of them as Latin look-alikes)
_LETTERS = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,24}(?![^\W\d_])")
# A family name's endings that make the capitalised word before a given name its family
# name ("Иванов Иван", "Παπαδοπούλου Μαρία")
_SURNAME_ENDINGS = (
    "ов ова ев ева ёв ин ина ский ская цкий цкая енко ко ук юк чук ич ян"
    " ου ίδης ίδου άκης άκη όπουλος οπούλου άτος άτου ίου"
)


@lru_cache(maxsize=1)
def _gr_cyr_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    """The given names in all their case forms, the words before a public name, the public
    family names and the family names' endings, all as folded."""
    names = []
    for listed in (_GR_GIVEN_MALE, _GR_GIVEN_FEMALE):
        names += [form for name in listed.split() for form in _greek_forms(name)]
    for listed in (_CYR_GIVEN_MALE, _CYR_GIVEN_FEMALE):
        names += [form for name in listed.split() for form in _cyrillic_forms(name)]
    return (
        frozenset(as_folded(" ".join(names))),
        frozenset(as_folded(_GR_CYR_NOT_AFTER)),
        frozenset(as_folded(_GR_CYR_PUBLIC_AFTER)),
        as_folded(_SURNAME_ENDINGS),
    )


# (read 147-150) The family words a given name typed in lower case follows ("η κόρη μου η
# ελένη", "моей дочери айгерим", "дружина оксана"): Greek's here, with the patient's word
# of a case note ("ο ασθενής δημήτρης παππάς"), Russian's and Ukrainian's the relations'
# list below (``_CYR_RELATIONS``); and the small words that may stand between ("μου", "η",
# "моей").
_GR_KIN = (
    "κόρη κόρης γιος γιου μητέρα μητέρας μάνα πατέρας πατέρα σύζυγος γυναίκα άντρας αδελφή"
    " αδερφή αδελφός αδερφός γιαγιά παππούς εγγονή εγγονός ανιψιά ανιψιός"
    " ασθενής ασθενούς ασθενή ασθενείς"
)
_GR_CYR_KIN_FILLERS = (
    "μου σου του της μας η ο τη το моей мой моя мою моего моему нашей наш наша мій моя моєї"
    " моїй моєму мого наша нашого"
)


@lru_cache(maxsize=1)
def _gr_cyr_kin() -> tuple[frozenset[str], frozenset[str]]:
    """The family words and the small words between, as folded."""
    kin = as_folded(_GR_KIN) + as_folded(_CYR_RELATIONS)
    return frozenset(kin), frozenset(as_folded(_GR_CYR_KIN_FILLERS))


# Family names' endings that everyday words in lower case share ("только", "один", "машина"):
# not read so after a lower-case given name.
_NOT_LOWER_SURNAME_ENDINGS = as_folded("ко ин ина ич ук юк")
_KIN_GAP = re.compile(r"[ \t]+(?:[^\W\d_][ \t]+)?")


def _after_gr_cyr_kin(text: str, words: list[re.Match[str]], i: int) -> bool:
    """``words[i]`` follows a family word with only small words between, in one clause."""
    kin, fillers = _gr_cyr_kin()
    for j in range(i - 1, max(-1, i - 4), -1):
        if _KIN_GAP.fullmatch(text, words[j].end(), words[j + 1].start()) is None:
            return False  # a mark between: another clause (a one-letter article may stand)
        word = words[j].group().lower()
        if word in kin:
            return True
        if word not in fillers:
            return False
    return False


def _gr_cyr_word(word: str) -> bool:
    """A capitalised word holding a Greek or Cyrillic letter (the name's script)."""
    return word[0].isupper() and _GR_OR_CYRILLIC.search(word) is not None


def _greek_cyrillic_given_names(text: str) -> list[Finding]:
    if not _GR_OR_CYRILLIC.search(text):
        return []
    given, not_after, public, endings = _gr_cyr_lists()
    words = list(_LETTERS.finditer(text))
    found: list[Finding] = []
    taken = -1
    for i, m in enumerate(words):
        word = m.group()
        if i <= taken:
            continue
        in_lower_case = word not in given or not _gr_cyr_word(word)
        if in_lower_case:
            # (read 147-150) in lower case, a listed name right after a family word
            if not (
                word[:1].islower()
                and as_folded(word[:1].upper())[0] + word[1:] in given
                and _GR_OR_CYRILLIC.search(word)
                and _after_gr_cyr_kin(text, words, i)
            ):
                continue
        before = text[max(0, m.start() - 30) : m.start()].split()
        if before and before[-1] in not_after:
            continue
        start, end, last = m.start(), m.end(), i
        # the family name (and a Russian father's name) right after it
        while last + 1 < len(words) and last < i + 2:
            nxt = words[last + 1]
            if text[end : nxt.start()].strip() or not (
                _gr_cyr_word(nxt.group())
                # (in lower case, a family name by its ending: "отец тимур ахмедов")
                or (
                    in_lower_case
                    and nxt.group().endswith(endings)
                    and not nxt.group().endswith(_NOT_LOWER_SURNAME_ENDINGS)
                    and nxt.group() not in public
                )
            ):
                break
            if nxt.group() in public:
                start = -1
                break
            end, last = nxt.end(), last + 1
        if start < 0:
            continue
        # a family name written first ("Иванов Иван"), by its ending
        if i > 0 and last == i:
            prev = words[i - 1]
            if (
                not text[prev.end() : start].strip()
                and _gr_cyr_word(prev.group())
                and prev.group().endswith(endings)
            ):
                start = prev.start()
        taken = last
        found.append(
            _finding(
                start,
                end,
                "name",
                "a common given name written in Greek or Cyrillic letters",
                "name.greek_cyrillic_given",
            )
        )
    return found


# (names75) A Russian or Ukrainian full name as a form, a letter or a record writes it: a
# given name and a father's name (its endings say so: "Петрович", "Петрівна", "Ильинична"),
# the family name before or after them ("Коваленко Ірина Петрівна", "Анна Сергеевна
# Иванова"). Whatever the given name: the list above cannot hold them all, and only a
# person's name ends that way. Not a public figure's (a family name of the public list in
# the run: "Владимир Владимирович Путин").
_PATRONYMIC_ENDINGS = " ".join(
    stem + case
    for stem, cases in (
        ("вич", ("", "а", "у", "ем", "і", "еві")),  # Петрович, Петровича, Петровичу
        ("вн", ("а", "ы", "е", "у", "ой", "и", "і", "ою")),  # Петровна, Петрівна, Петрівни
        ("ичн", ("а", "ы", "е", "у", "ой", "і", "ою")),  # Ильинична, Кузьмінична
        ("ьич", ("", "а", "у", "ем")),  # Ильич, Кузьмич
    )
    for case in cases
)


@lru_cache(maxsize=1)
def _folded_patronymic_endings() -> tuple[str, ...]:
    return as_folded(_PATRONYMIC_ENDINGS)


def _cyrillic_patronymic_names(text: str) -> list[Finding]:
    if not _GR_OR_CYRILLIC.search(text):
        return []
    public = _gr_cyr_lists()[2]
    endings = _folded_patronymic_endings()
    words = list(_LETTERS.finditer(text))
    found: list[Finding] = []
    taken = -1
    for i, m in enumerate(words):
        if i < 1 or i <= taken or not _gr_cyr_word(m.group()) or len(m.group()) < 6:
            continue
        if not m.group().endswith(endings):
            continue
        given = words[i - 1]
        if text[given.end() : m.start()].strip() or not _gr_cyr_word(given.group()):
            continue
        first, last = i - 1, i
        # the family name before the given name, or after the father's name
        if first > 0:
            prev = words[first - 1]
            if not text[prev.end() : given.start()].strip() and _gr_cyr_word(prev.group()):
                first -= 1
        if last + 1 < len(words):
            nxt = words[last + 1]
            if not text[m.end() : nxt.start()].strip() and _gr_cyr_word(nxt.group()):
                last += 1
        if any(words[k].group() in public for k in range(first, last + 1)):
            continue
        taken = last
        found.append(
            _finding(
                words[first].start(),
                words[last].end(),
                "name",
                "a given name and a father's name in Cyrillic letters (Ірина Петрівна)",
                "name.cyrillic_patronymic",
            )
        )
    return found


# (read 139-142) A family name in Cyrillic letters with the initials of the given and the
# father's names, as Russian, Ukrainian and Central Asian forms, records and letters write a
# person: "пациентка Ахмедова Л.Р. просит перезвонить", "врач Петрова А.С.", "Л.Р.
# Ахмедова". Two initials, each a capital and a full stop, right before or after a
# capitalised word with a Cyrillic letter in it: only a person is written so. Not a public
# figure's family name (the public list above).
_TWO_INITIALS = r"[^\W\d_]\.[ ]?[^\W\d_]\."
_INITIALS_AFTER = re.compile(rf"[ ]+(?P<initials>{_TWO_INITIALS})")
_INITIALS_BEFORE = re.compile(rf"(?P<initials>{_TWO_INITIALS})[ ]?$")


def _initials(found: re.Match[str] | None) -> bool:
    """Whether ``found`` holds two initials that are capitals."""
    return found is not None and all(c.isupper() for c in found.group("initials") if c.isalpha())


def _cyrillic_initials_names(text: str) -> list[Finding]:
    if not _GR_OR_CYRILLIC.search(text) or "." not in text:
        return []
    public = _gr_cyr_lists()[2]
    found: list[Finding] = []
    for m in _LETTERS.finditer(text):
        word = m.group()
        if len(word) < 3 or not _gr_cyr_word(word) or word in public:
            continue
        after = _INITIALS_AFTER.match(text, m.end())
        if after is not None and _initials(after):
            start, end = m.start(), after.end()
        else:
            before = _INITIALS_BEFORE.search(text, max(0, m.start() - 6), m.start())
            if before is None or not _initials(before):
                continue
            start, end = before.start(), m.end()
        found.append(
            _finding(
                start,
                end,
                "name",
                "a family name in Cyrillic letters with two initials (Ахмедова Л.Р.)",
                "name.cyrillic_initials",
            )
        )
    return found


# (ages75) An age over 89 in Russian or Ukrainian: the number and the word for years
# ("года", "лет", "років", "рік"), in a sentence that says whose (a relative or a pronoun in
# the case that gives an age: "Моей бабушке 94 года", "Ей уже 92 года", "Дідусеві 95
# років"). Not a firm's or a town's years ("Компания работает 95 лет": no one there).
_CYR_YEARS = "года год лет років роки рік"
_CYR_WHOSE = (
    "ей ему мне бабушке дедушке маме папе отцу матери сыну дочери мужу жене тёте тете дяде"
    " бабуле дедуле пациентке пациенту їй йому мені бабусі дідусеві мамі татові батькові"
    " матері сину доньці чоловікові дружині тітці дядькові пацієнтці пацієнтові"
)


@lru_cache(maxsize=4)
def _age_words(years: str, whose: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """The number before a word of ``years``, and the words of ``whose``, as folded (one
    pair for Russian and Ukrainian, one for Greek)."""
    alternation = "|".join(re.escape(w) for w in as_folded(years))
    pattern = re.compile(rf"(?<![\d.,])\b(9\d|1[01]\d)[ \t]+(?:{alternation})(?!\w)", re.IGNORECASE)
    return pattern, frozenset(w.lower() for w in as_folded(whose))


# (ages79) And in Greek: the number and a word for years ("χρονών", "ετών"), in a sentence
# with a relative, a patient or "my" before it ("Ο παππούς μου είναι 93 χρονών"); not a
# building's or a firm's years ("Το νοσοκομείο είναι 95 ετών": no one's). Not "του" or "της"
# (his, her, but also "of the").
_GR_YEARS = "χρονών χρόνων ετών χρονων ετων χρονώ"
_GR_WHOSE = (
    "μου παππούς παππού παπού γιαγιά γιαγιάς μητέρα μητέρας μαμά μαμάς πατέρας πατέρα"
    " μπαμπάς μπαμπά θεία θείας θείος θείου ασθενής ασθενούς ασθενή ασθενείς σύζυγος συζύγου"
)


def _ages_said_of_someone(
    text: str,
    words: tuple[re.Pattern[str], frozenset[str]],
    reason: str,
    rule: str,
) -> list[Finding]:
    """The number before a word for years (``words``' pattern) in a sentence with a word
    that says whose before it (``words``' set, as folded)."""
    pattern, whose = words
    found: list[Finding] = []
    for m in pattern.finditer(text):
        left, _right = _sentence(text, m.start(), m.end())
        # (words as folded may hold digits: "бабушке" is read "6a6yшкe")
        before = {w.lower() for w in re.findall(r"\w+", text[left : m.start()])}
        if before & whose:
            found.append(_finding(m.start(1), m.end(1), "age", reason, rule))
    return found


# (read 139-142) And in Georgian and Armenian: the number and the word for years of age
# ("წლის", "წლისაა"; "տարեկան"), in a sentence with a relative, a patient or "my" before it
# ("ჩემი ბებია ლამარა 91 წლისაა", "Մայրս՝ Անահիտ, 91 տարեկան է").
_KA_HY_YEARS = "წლის წლისაა წლისა տարեկան տարեկանը տարեկանում"
_KA_HY_WHOSE = (
    "ჩემი ჩემს ბებია ბებიაჩემი ბაბუა ბაბუაჩემი დედა დედაჩემი მამა მამაჩემი დეიდა ბიძა"
    " პაციენტი პაციენტის მეუღლე ქმარი ცოლი"
    " իմ մայրս հայրս տատս պապս տատիկս պապիկս մայրիկս հայրիկս մորս հորս տատիկիս պապիկիս"
    " հիվանդը հիվանդի ամուսինս կինս մորաքույրս հորաքույրս"
)
_KA_OR_HY = re.compile(r"[\u0530-\u058f\u10a0-\u10ff]")


# Each language's ages over 89: the script that lets it be tried, its words for years and
# for whose, the finding's reason and its rule.
_AGES_ABROAD = (
    (
        _CYRILLIC,
        _CYR_YEARS,
        _CYR_WHOSE,
        "an age over 89 in Russian or Ukrainian said of someone (бабушке 94 года)",
        "age.cyrillic_over_89",
    ),
    (
        re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"),
        _GR_YEARS,
        _GR_WHOSE,
        "an age over 89 in Greek said of someone (ο παππούς μου είναι 93 χρονών)",
        "age.greek_over_89",
    ),
    (
        _KA_OR_HY,
        _KA_HY_YEARS,
        _KA_HY_WHOSE,
        "an age over 89 in Georgian or Armenian said of someone (ბებია 91 წლისაა)",
        "age.caucasus_over_89",
    ),
)


def _ages_abroad(text: str) -> list[Finding]:
    """The ages over 89 of ``_AGES_ABROAD``, each language's where its script is."""
    found: list[Finding] = []
    for script, years, whose, reason, rule in _AGES_ABROAD:
        if script.search(text):
            found += _ages_said_of_someone(text, _age_words(years, whose), reason, rule)
    return found


# (scripts12) Thai's "คุณ" (Khun, Mr or Ms) joined to a given name, as a clinic's message, a
# relative or a case note writes a person: "คุณสมชาย ปวดฟันมาสามวัน", "My mother คุณมาลี has
# diabetes". Thai writes no space inside a phrase, so the name runs to the next space or
# mark. คุณ is also "you" ("คุณจะมาไหม", will you come?) and sits inside ขอบคุณ (thank you);
# before a kin or role word it is polite address to no one named ("คุณหมอ" doctor, "คุณแม่"
# mother, "คุณลูกค้า" customer). So: not after another Thai letter, a run of two to eight
# letters as folded (Thai given names are short; a clause is longer), and none of the
# everyday words that make it a clause (will, can, not, is, please, must, a polite ending).
# Written as the folding reads Thai: without its vowel and tone marks ("คุณ" is "คณ").
_TH_KHUN = "คุณ"
_TH_NOT_NAMES_START = "หมอ แม่ พ่อ ครู ยาย ตา ป้า ลุง น้า พี่ ปู่ ย่า ลูกค้า ลูก ผู้ คน ทุก พยาบาล ทั้ง"
_TH_CLAUSE_WORDS = "จะ ได้ ไม่ เป็น ช่วย ค่ะ ครับ ต้อง ควร สามารถ ท่าน กรุณา อยาก ของ และ เคย รู้ หรือ"


@lru_cache(maxsize=1)
def _thai_khun() -> tuple[re.Pattern[str], tuple[str, ...], re.Pattern[str]]:
    """The pattern of คุณ and a short run of Thai letters, the starts that make it no
    name, and the clause words, all as folded."""
    (khun,) = as_folded(_TH_KHUN)
    words = {w for w in as_folded(_TH_CLAUSE_WORDS) if len(w) > 1}  # ("มี" folds to one letter)
    clause = "|".join(re.escape(w) for w in sorted(words, key=lx.longest_first))
    return (
        re.compile(
            rf"(?<![\u0e00-\u0e7f]){khun}(?P<name>[\u0e00-\u0e7f]{{2,8}})(?![\u0e00-\u0e7f])"
        ),
        as_folded(_TH_NOT_NAMES_START),
        re.compile(clause),
    )


def _thai_khun_names(text: str) -> list[Finding]:
    if "\u0e04" not in text:  # ค, the first letter of คุณ
        return []
    pattern, not_starts, clause = _thai_khun()
    found = []
    for m in pattern.finditer(text):
        name = m.group("name")
        if name.startswith(not_starts) or clause.search(name):
            continue
        found.append(
            group_finding(m, "name", "name", "Khun (คุณ) joined to a Thai name", "name.thai_khun")
        )
    return found


# (names14) Thai's formal titles joined to a name, then the family name after the space, as
# a registration, a referral or a case note writes a person: "นายสมชาย แสงทอง อยู่ที่ 123
# ถนนสุขุมวิท", "นางสาวสมศรี ใจดี", "นางมาลี ศรีสุข". นาย (Mr), นาง (Mrs) and นางสาว (Miss)
# open many everyday words too: an employer, a mayor or prime minister, a doctor's title,
# a broker, an officer, a nurse, a model, a beauty queen, Miss Thailand ("นายจ้าง", "นายก",
# "นายแพทย์", "นายหน้า", "นายทหาร", "นางพยาบาล", "นางแบบ", "นางงาม", "นางสาวไทย"), which
# are left out by their first letters; the given name is two to eight letters as folded, and
# the family name (two to twelve letters, standing alone) is taken only when none of the
# clause words of คุณ's rule is in it.
_TH_TITLES = "นางสาว นาย นาง"
_TH_NOT_TITLED_START = (
    "จ้าง ก แพทย์ หน้า ทหาร อำเภอ ตำรวจ ช่าง ท่า ทุน พราน ประกัน ด่าน ห้าง งาน สถานี ร้อย พัน พล"
    " เรือ สิบ พยาบาล งาม แบบ ฟ้า เอก ร้าย ไม้ กวัก สนม ใน ไทย ทาส ท้าย ตรวจ บ้าน"
)


@lru_cache(maxsize=1)
def _thai_titled() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The pattern of a title, a short run of Thai letters and the word after the space, and
    the starts that make it no name, as folded."""
    titles = "|".join(re.escape(w) for w in as_folded(_TH_TITLES))
    return (
        re.compile(
            rf"(?<![\u0e00-\u0e7f])(?:{titles})(?P<name>[\u0e00-\u0e7f]{{2,8}})(?![\u0e00-\u0e7f])"
            r"(?P<family>[ ][\u0e00-\u0e7f]{2,12}(?![\u0e00-\u0e7f]))?"
        ),
        as_folded(_TH_NOT_TITLED_START),
    )


def _thai_titled_names(text: str) -> list[Finding]:
    if "\u0e19" not in text:  # น, the first letter of each title
        return []
    pattern, not_starts = _thai_titled()
    clause = _thai_khun()[2]
    found = []
    for m in pattern.finditer(text):
        name = m.group("name")
        if name.startswith(not_starts) or clause.search(name):
            continue
        family = m.group("family")
        end = m.end() if family and not clause.search(family) else m.end("name")
        found.append(
            _finding(
                m.start("name"), end, "name", "a Thai title joined to a name", "name.thai_titled"
            )
        )
    return found


# (scripts12) The writer's own name after "my name is" or "I am called" in Greek, Hebrew,
# Arabic, Bengali and Thai, whether or not the name is on a list: "Με λένε Ελένη",
# "Ονομάζομαι Νίκος Παππάς", "שמי דנה לוי", "קוראים לי אביגיל", "اسمي فاطمة الزهراء",
# "আমার নাম রহিম", "ผมชื่อสมศักดิ์" (Thai joins the name to "ชื่อ", name, after I: ผม, ฉัน,
# ดิฉัน, หนู; a bare ชื่อ starts "ชื่อเสียง", fame). One or two words of the same script.
_SELF_NAMED_GR = "Με λένε|με λένε|Ονομάζομαι|ονομάζομαι|Λέγομαι|λέγομαι|όνομά μου είναι"
_SELF_NAMED_TH = "ผม ฉัน ดิฉัน หนู"
# (names87) and in Russian, Ukrainian, Belarusian and Kazakh: "Меня зовут Айгуль", "Мене
# звати Оксана", "Менің атым Айгүл" (a capitalised word holding a Cyrillic letter after it;
# each cue capitalised too: ``with_capitals``)
_SELF_NAMED_CY = (
    "меня зовут|мене звати|моё имя|мое имя|мяне завуць|менің атым|менин атым|менің есімім"
)
_BN_WORD = r"[\u0980-\u09ff]{2,15}"
# (read 151-154) and in Amharic and Tigrinya, the name between "my name" and "is" ("ስሜ ሰላም
# ተክሌ ነው", "ስመይ ሳባ እዩ"): Ethiopic writes no capitals, the closing "is" ends the name.
_ET_WORD = r"[\u1200-\u135a]{2,12}"


@lru_cache(maxsize=1)
def _self_named_abroad_pattern() -> re.Pattern[str]:
    """The cues above as the fold spells them, each with its script's name words."""
    greek = folded_alternation(_SELF_NAMED_GR, "|")
    thai = folded_alternation(_SELF_NAMED_TH)
    cyrillic = folded_either_case(_SELF_NAMED_CY, "|").replace("\\ ", r"[ \t]+")
    (name,) = as_folded("ชื่อ")
    return re.compile(
        rf"(?<![^\W\d_])(?:{cyrillic})[ \t,:]+(?P<cy>(?:{_CYR_TOWN}|{_CYR_LOWER_NAME})"
        rf"(?:[ \t]+{_CYR_TOWN})?)(?![^\W\d_])|"
        rf"(?:(?<!\w)(?:{greek})\s+(?P<gr>{_GR_NAME}(?:\s+{_GR_NAME})?)"
        rf"|(?<![\u05d0-\u05ea])(?:שמי|קוראים\s+לי|השם\s+שלי(?:\s+הוא)?)\s+(?P<he>{_HE_WORD}(?:\s+{_HE_WORD})?)"
        rf"|(?<![\u0621-\u064a])(?:اسمي|إسمي)\s+(?P<ar>{_AR_WORD}(?:\s+{_AR_WORD})?)"
        rf"|আমার\s+নাম\s+(?P<bn>{_BN_WORD}(?:\s+{_BN_WORD})?)"
        rf"|(?<![\u1200-\u135a])(?:ስሜ|ስመይ)\s+(?P<et>{_ET_WORD}(?:\s+{_ET_WORD})?)(?=\s+(?:ነው|እዩ|ይባላል)(?![\u1200-\u135a]))"
        rf"|(?<![\u0e00-\u0e7f])(?:{thai}){name}(?P<th>[\u0e00-\u0e7f]{{2,12}})(?![\u0e00-\u0e7f]))"
    )


# Words that end the name: "and", "I", "from", "live" after it ("שמי דנה ואני", "اسمي فاطمة
# وأسكن"), or a verb of being after the Greek name
_SELF_NAMED_STOP = frozenset(
    "ואני אני ואנחנו הוא היא בת בן גר גרה מ ו وأنا انا أنا من وأسكن واسكن عمري و আমি থাকি".split()
)


_NOT_LATIN_OR_BENGALI = re.compile(rf"{_NOT_LATIN.pattern}|[\u0980-\u09ff\u1200-\u137f]")


def _joined_and(group: str, word: str) -> bool:
    """A Hebrew or Arabic word that opens with "and" ("ויש", "وعندي"), which ends a name: not
    a Hebrew family name spelled with a double vav ("וייס", "וולף")."""
    if group == "he":
        return word.startswith("ו") and not word.startswith(("וו", "ויי"))
    return group == "ar" and word.startswith("و")


def _self_named_abroad(text: str) -> list[Finding]:
    if not _NOT_LATIN_OR_BENGALI.search(text):
        return []
    given = _script_given_lists()[0]
    found = []
    for m in _self_named_abroad_pattern().finditer(text):
        group = next(g for g in ("cy", "gr", "he", "ar", "bn", "th", "et") if m.group(g))
        start, end = m.span(group)
        words = m.group(group).split()
        if words[0] in _SELF_NAMED_STOP or _joined_and(group, words[0]):
            continue
        if group == "cy" and words[0].lower() in _CYR_NOT_A_NAME_AFTER:
            continue
        if group == "he" and words[0].startswith("ה") and words[0] not in given:
            continue  # "the …" after שמי, which is also "the skies of" ("שמי הארץ")
        if len(words) == 2 and (
            words[1] in _SELF_NAMED_STOP or (_joined_and(group, words[1]) and words[1] not in given)
        ):
            end = start + len(words[0])
        found.append(
            _finding(
                start,
                end,
                "name",
                "the writer's own name, in their language",
                "name.self_named_abroad",
            )
        )
    return found


# (scripts12) A patient's name after the word "patient" in Greek, Hebrew and Arabic, as a
# case note or a referral writes it: "Ο ασθενής Γιώργος Παπαδόπουλος, 72 ετών", "מטופלת
# רחל כהן, בת 45", "المريضة رقية البنا، 45 سنة". Greek writes a name with a capital, which
# is the cue there; Hebrew and Arabic write none and the word after "the patient" is as often
# a verb ("המטופל הגיע", the patient arrived), so there the name must be followed by the age
# ("רחל כהן, בת 45", "رقية البنا، 45 سنة"). Not Greek's plural ("Οι ασθενείς Παρασκευής",
# Friday's patients).
_PATIENT_GR = "ασθενής ασθενούς ασθενή"
_PATIENT_NAME_HE = re.compile(
    rf"(?<![\u05d0-\u05ea])(?:ה|ל|של\s+ה)?(?:מטופל|מטופלת|חולה)\s+"
    rf"(?P<he>{_HE_WORD}(?:\s+{_HE_WORD}){{0,2}})(?=\s*[,(]?\s*(?:בן|בת)\s+\d)"
)
_PATIENT_NAME_AR = re.compile(
    rf"(?<![\u0621-\u064a])(?:لل|ال|و?ال)?مريض(?:ة)?\s+"
    rf"(?P<ar>{_AR_WORD}(?:\s+{_AR_WORD}){{0,2}})(?=\s*[،,(]?\s*(?:\d|[٠-٩]|عمره|عمرها|البالغ))"
)


@lru_cache(maxsize=1)
def _patient_name_greek() -> re.Pattern[str]:
    """``_PATIENT_GR`` as the fold spells it, then one to three capitalised Greek words."""
    words = folded_alternation(_PATIENT_GR)
    return re.compile(rf"(?<!\w)(?:{words})\s+(?P<gr>{_GR_NAME}(?:\s+{_GR_NAME}){{0,2}})")


def _patients_named_abroad(text: str) -> list[Finding]:
    if not _NOT_LATIN.search(text):
        return []
    found = []
    for pattern, group in (
        (_patient_name_greek(), "gr"),
        (_PATIENT_NAME_HE, "he"),
        (_PATIENT_NAME_AR, "ar"),
    ):
        for m in pattern.finditer(text):
            found.append(
                group_finding(
                    m, group, "name", "a name after the word patient", "name.patient_abroad"
                )
            )
    return found


# (scripts13) Indonesian and Malay "Pak" (Bapak, Mr) and "Bu" (Ibu, Mrs) before one to three
# capitalised words, as a relative, a neighbour or a clinic's chat writes an older person:
# "Bu Sri Wahyuni kontrol minggu depan", "Pak Joko sudah 3 hari demam", "my neighbour Pak
# Hartono has a cough". The long forms Bapak and Ibu are titles on the shared list
# (lx.TITLES); the short ones are not, as English writes "Pak" for Pakistan ("the Pak Army")
# and the vegetable "pak choi", and "Bu" ends place names ("Korle Bu Teaching Hospital").
# So: not after a capitalised word that is no everyday English or Indonesian word (the title
# opens the name, "Kemarin Pak Ahmad" is "yesterday Mr Ahmad"), not an office or a role after
# it (Pak RT, Bu Guru, Pak Dokter, Pak Presiden), not pak choi, and a word that is a listed
# given name or no everyday English word (not "Pak Army", "Pak Navy").
_ID_SHORT_TITLE = re.compile(
    r"(?<![\w'’-])(?:Pak|Bu)[ \t]+"
    r"(?P<name>[A-Z][a-z'’-]{1,20}(?:[ \t]+[A-Z][a-z'’-]{1,20}){0,2})(?![\w'’-])"
)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ \t]+$")
_NOT_AFTER_ID_TITLE = frozenset(
    "rt rw guru dokter dok dr lurah camat bupati wali walikota gubernur menteri presiden kades"
    " kepala ustad ustaz haji hajjah polisi satpam bidan perawat mantri choi choy".split()
)


def _an_indonesian_short_title(text: str, m: re.Match[str]) -> bool:
    """ "Pak"/"Bu" at ``m`` opens a person's name: not the end of a capitalised name before
    it (a capitalised everyday word may stand there), its first word no role, and one of its words a listed given name or no everyday
    English word ("Bu Sri Wahyuni": "Sri" is English's "Sri Lanka", "Wahyuni" is no word)."""
    before = _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if before is not None:
        word = lx.ascii_fold(before.group().split()[0].lower())
        if word not in lx.english_words() and word not in _folded_words("id"):
            return False  # the end of a place's or a person's name ("Korle Bu Hospital")
    words = m.group("name").lower().split()
    if words[0] in _NOT_AFTER_ID_TITLE:
        return False
    english = lx.english_words()
    return any(w in lx.GIVEN_NAMES or w not in english for w in words)


def _indonesian_titled(text: str) -> list[Finding]:
    if "Pak " not in text and "Bu " not in text:
        return []
    return [
        group_finding(
            m, "name", "name", "Pak or Bu (Mr, Mrs) before a name", "name.indonesian_title"
        )
        for m in _ID_SHORT_TITLE.finditer(text)
        if _an_indonesian_short_title(text, m)
    ]


# (scripts13) A listed given name in a Polish or Czech case, with no cue, as a parent or a
# relative writes it: the dative ("Piotrowi wypadł ząb", "Synovi Jakubovi vypadl zub"), the
# instrumental ("byłam z Kasią u lekarza", "s Petrou", "z Adamem"). The name lists hold the
# plain form only; the ending is taken off (and the plain form's "a" put back: Kasią is
# Kasia, Petrou is Petra) and the rest looked up. Only in a text with a Polish or Czech
# everyday word that is no English one, and not a title's declined form ("Panem").
_SLAVIC_CASE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-ZĄĆĘŁŃÓŚŹŻČĎŘŠŤŽ][a-ząćęłńóśźżčďěňřšťůýáéí]{1,15}"
    r"(?:owi|ovi|em|ą|ou))(?![\w'’-])"
)
_SLAVIC_NOT_NAMES = frozenset("pan pani bog buh".split())


def _slavic_plain_forms(word: str) -> tuple[str, ...]:
    """The plain forms a declined ``word`` (lower case) may come from: "piotrowi" ->
    piotr, "kasią" -> kasia, "petrou" -> petra, "adamem" -> adam."""
    for ending in ("owi", "ovi"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return (stem, stem + "a")  # (Honzovi: Honza, a man's name declined as a woman's)
    if word.endswith("em"):
        return (word[:-2],)  # a man's name: Adamem ("Lorem", "Item" are no Lora, no Ita)
    stem = word[:-2] if word.endswith("ou") else word[:-1]
    return (stem + "a",)


def _in_polish_or_czech(text: str, m: re.Match[str]) -> bool:
    """``text`` holds, besides the name at ``m``, an everyday Polish or Czech word that is
    no English one."""
    english = lx.english_words()
    words = _folded_words("pl") | _folded_words("cs")
    for w in _WORD.finditer(text):
        if m.start() <= w.start() < m.end():
            continue
        low = lx.ascii_fold(w.group().lower())
        if len(low) > 2 and low in words and low not in english:
            return True
    return False


def _a_romance_word(word: str) -> bool:
    """``word`` is an everyday Portuguese, Spanish, Italian or French word and no Polish or
    Czech one ("Estou", "Mesmo", "Ninguém": read as declined names by their endings)."""
    low = lx.ascii_fold(word.lower())
    if low in _folded_words("pl") or low in _folded_words("cs"):
        return False
    return any(low in _folded_words(lang) for lang in ("pt", "es", "it", "fr"))


def _declined_slavic_names(text: str) -> list[Finding]:
    found: list[Finding] = []
    for m in _SLAVIC_CASE.finditer(text):
        forms = _slavic_plain_forms(m.group("name").lower())
        if any(f in _SLAVIC_NOT_NAMES for f in forms):
            continue
        if not any(f in lx.GIVEN_NAMES for f in forms):
            continue
        if _a_romance_word(m.group("name")):
            continue  # (read 103-106) "Estou com aftas" (Portuguese "I am"): no Esta declined
        if not found and not _in_polish_or_czech(text, m):
            return []
        found.append(
            group_finding(
                m, "name", "name", "a given name in a Polish or Czech case", "name.declined_slavic"
            )
        )
    return found


# (scripts10) A street's word in Hebrew, Arabic, Greek, Thai or Indonesian, its name and the
# house number, as a patient or a relative writes where someone lives: "רחוב הרצל 12",
# "ברח' ויצמן 4", "شارع التحرير 15", "οδός Πατησίων 45" (folded: "oδός Πaτηoίωv"), "ถนนสุขุมวิท
# ซอย 11", "Jl. Sudirman No. 12", "Jalan Merdeka 45". A street named with no house number
# is news, a meeting place ("the protest on Herzl Street"): the number must follow. A
# clinic's own address in a notice is no one's (a clinic's word and no person's in the
# sentence).
_HE_STREET = r"(?:[בלמו]|מ?ה)?(?:רחוב|רח['׳’]|שדרות|שד['׳’])"
_AR_STREET = r"(?:ب|و|في\s+)?(?:شارع|ش\.|طريق)"
_GR_STREET = r"(?:[oο]δ(?:[oοό]|ό)(?:[sςσ]|ύ)?|[oο]δ\.|[Λλ]εωφ(?:[oο]ρ(?:[oο]ς|ό)|\.))"
_TH_STREET = r"(?:ถนน|ซอย|ถ\.|ซ\.)"
_ID_STREET = r"\b(?:Jl|Jln)\.?|\bJalan"
_FOLDED_WORD = r"[^\W\d_]{2,20}"
_STREET_ABROAD = re.compile(
    rf"(?:(?<![\w])(?:{_HE_STREET})\s*{_HE_WORD}(?:\s+{_HE_WORD}){{0,2}}"
    rf"|(?<![\w])(?:{_AR_STREET})\s*{_AR_WORD}(?:\s+{_AR_WORD}){{0,2}}\s*(?:رقم\s*)?"
    rf"|(?<![\w])(?:{_GR_STREET})\s+(?=[A-ZΑ-ΩΆ-Ώ])(?:{_FOLDED_WORD})(?:\s+(?=[A-ZΑ-ΩΆ-Ώ]){_FOLDED_WORD}){{0,2}}"
    rf"|(?:\d{{1,4}}(?:/\d{{1,4}})?\s*)?{_TH_STREET}\s*[\u0e00-\u0e7f]*"
    rf"(?:\s*{_TH_STREET}\s*[\u0e00-\u0e7f]*)?"
    rf"|(?:{_ID_STREET})\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}\s*,?\s*(?:No\.?\s*)?"
    rf")\s*\d{{1,4}}(?:[/-]\d{{1,4}})?(?:\s?[A-Za-z\u05d0-\u05ea](?![\w]))?"
)
_STREET_ABROAD_WORDS = re.compile(r"רח|שד|شارع|ش\.|طريق|δ|εωφ|ถนน|ซอย|ถ\.|ซ\.|\bJl|\bJalan")
# (the words as the folded text spells them: Greek letters that look Latin are Latin, Thai's
# vowel marks are gone)
_CLINIC_ABROAD_WORDS = (
    "מרפא בית חולים عياد مستشف صيدلي ιατρ κλινικ κλινική φαρμακ คลินิก โรงพยาบาล ร้านยา"
)
_PERSON_ABROAD_WORDS = (
    "גר גרה אני שלי أسكن يسكن تسكن منزل بيت عنوان บ้าน ผม ฉัน อาศัย Μένω μένω Μένει μένει σπίτι"
)
_CLINIC_ABROAD_LATIN = (
    r"(?i:clinic|practice|surgery|pharmacy|hospital|office|klinik|praktek|apotek|rumah\s+sakit"
    r"|puskesmas)"
)
_PERSON_ABROAD_LATIN = (
    r"\b(?i:I|I'm|my|his|her|lives?|living|saya|tinggal|rumah|ibu|bapak|ayah|anak)\b"
)


@lru_cache(maxsize=1)
def _street_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A clinic's words and a person's, in the languages ``_STREET_ABROAD`` reads, folded."""
    return (
        re.compile(rf"{_CLINIC_ABROAD_LATIN}|{folded_alternation(_CLINIC_ABROAD_WORDS)}"),
        re.compile(rf"{_PERSON_ABROAD_LATIN}|{folded_alternation(_PERSON_ABROAD_WORDS)}"),
    )


def _streets_abroad(text: str) -> list[Finding]:
    if not _STREET_ABROAD_WORDS.search(text):
        return []
    clinic, person = _street_cues()
    return _personal_streets(
        text,
        (m for m in _STREET_ABROAD.finditer(text) if any(c.isdigit() for c in m.group())),
        clinic,
        person,
        "a street and house number written in another script or country's way",
        "address.street_abroad",
    )


def _personal_streets(
    text: str,
    matches: Iterable[re.Match[str]],
    clinic: re.Pattern[str],
    person: re.Pattern[str],
    reason: str,
    rule: str,
) -> list[Finding]:
    """The addresses of ``matches``, but a clinic's own in its notice: a sentence with a
    clinic's word (``clinic``) and no one's (``person``)."""
    found = []
    for m in matches:
        left, right = _sentence(text, m.start(), m.end())
        if clinic.search(text, left, right) and not person.search(text, left, right):
            continue
        found.append(_finding(m.start(), m.end(), "address", reason, rule))
    return found


# (read 139-142) A street address as Russia, Ukraine, Belarus and Central Asia write it: the
# street's word shortened or whole (ул., улица, пр-т, проспект, пер., бульвар, вул., вулиця,
# мкр), the street's name, the house's number (after д. or буд. or alone) and the flat's
# (кв.), the building's and the office's: "ул. Абая 150, кв. 32", "на ул. Ленина, д. 5, кв.
# 12", "вул. Шевченка 14, кв. 3". Read on the folded text, where the fold writes some
# Cyrillic letters as Latin or as digits ("ул. Абая" is "yл. A6aя"): the street's name is
# any run of letters and marks up to a comma or the number. Not a clinic's own address in
# its notice (a clinic's word in the sentence and no one's).
_CYR_STREET_WORDS = (
    "ул|улица|улице|улицу|улицы|пр-т|просп|проспект|проспекте|пер|переулок|переулке|бул"
    "|бульвар|бульваре|ш|шоссе|пл|площадь|наб|набережная|мкр|микрорайон|вул|вулиця|вулиці"
    "|пров|провулок|бульв|просп-т|даңғылы|көшесі"
)
_CYR_HOUSE_WORDS = "д|дом|буд|будинок|стр|корп|к"
_CYR_FLAT_WORDS = "кв|квартира|корп|корпус|к|стр|строение|офис|оф|под|подъезд|эт|этаж"
_CYR_CLINIC_WORDS = (
    "клиника клиники клинику стоматология стоматологии поликлиника поликлиники больница"
    " больницы аптека аптеки центр центра медцентр регистратура клініка лікарня аптека"
)
_CYR_PERSON_WORDS = (
    "я мой моя мою мне живу живёт живет проживает проживаю прописан прописана пациент"
    " пациентка для адрес мама папа сын дочь бабушка дедушка мешкаю живе мій моя мені"
)


@lru_cache(maxsize=1)
def _cyrillic_street() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The street's pattern, and a clinic's and a person's words, all as folded."""
    street = folded_either_case(_CYR_STREET_WORDS, "|")
    house = folded_alternation(_CYR_HOUSE_WORDS, "|")
    flat = folded_alternation(_CYR_FLAT_WORDS, "|")
    pattern = re.compile(
        rf"(?<![^\W_])(?:{street})\.?[ \t]+(?P<street>[^\s,.;:!?()]+(?:[ \t]+[^\s,.;:!?()]+){{0,2}}?)"
        rf",?[ \t]*(?:(?:{house})\.?[ \t]*)?\d{{1,4}}(?:[/-]\d{{1,3}})?(?:[^\W\d_](?![^\W_]))?"
        rf"(?:,?[ \t]*(?:{flat})\.?[ \t]*\d{{1,4}})*",
        re.IGNORECASE,
    )
    clinic = re.compile(folded_either_case(_CYR_CLINIC_WORDS), re.IGNORECASE)
    person = re.compile(
        rf"(?<![^\W_])(?:{folded_either_case(_CYR_PERSON_WORDS)})(?![^\W_])",
        re.IGNORECASE,
    )
    return pattern, clinic, person


def _cyrillic_streets(text: str) -> list[Finding]:
    if not _CYRILLIC.search(text):
        return []
    pattern, clinic, person = _cyrillic_street()
    return _personal_streets(
        text,
        pattern.finditer(text),
        clinic,
        person,
        "a street, house and flat as Russian, Ukrainian or Kazakh write them (ул. Абая 150, кв. 32)",
        "address.cyrillic_street",
    )


# (scripts12) Where a person lives or comes from, said in their own language: the verb of
# living or the word of origin, then the town. A case note or a relative writes it so
# ("Paciente masculino de 45 años, procedente de Cusco", "Paciente feminina, natural de
# Recife", "residente a Bergamo", "mieszka w Krakowie", "Äitini asuu Tampereella",
# "kotoisin Oulusta", "bor i Tromsø", "tinggal di Surabaya", "sống ở Thủ Đức", "μένει στη
# Θεσσαλονίκη", "גרה בחיפה", "يسكن في الإسكندرية"). These verbs take a person (or a family)
# as their subject, so the town after them is that person's; Polish, Finnish and Greek write
# it inflected ("Krakowie", "Tampereella", "Θεσσαλονίκη" after στη), which no list of towns
# holds, so the capital after the verb is the cue. Not a country or a state (Safe Harbor
# keeps those: "mieszka w Polsce", "asuu Suomessa", "يسكن في مصر"), nor a house, a flat or
# a village's word before the name ("גרה בדירה", "يسكن في شقة").
# Each verb or word of origin with the prepositions it takes before a town (as folded: "på"
# is "pa", "från" "fran"); Finnish puts the town right after the verb, inflected. (Spanish,
# Portuguese, Italian, French, German and Dutch, and Polish "mieszka w", are read by
# rules.toml's place.resident_abroad.)
_LIVES_LATIN = (
    # Polish and Czech
    r"(?:mieszkam|mieszkaja|mieszkal[ae]?)\s+(?:w|we)|(?:pochodzi|pochodze)\s+(?:z|ze)"
    r"|(?:bydli|bydlim)\s+(?:v|ve)|pochazi\s+(?:z|ze)"
    # (read 131-134) Slovak, Czech and Polish "I am from", Slovak "I live in": "som z Prešova",
    # "jsem z Brna", "jestem z Krakowa", "bývam v Žiline" (read folded)
    r"|(?:som|jsem|jestem|sme|jsme|jestesmy)\s+(?:z|ze)|(?:byvam|byva|byvame|zijem|zijeme)\s+(?:v|vo)"
    # Finnish
    r"|asuu|asun|asumme|asuvat|asui|kotoisin"
    # Swedish, Norwegian and Danish
    r"|(?:bor|bodde|bosatt|bosat)\s+(?:i|pa)|(?:kommer|kom)\s+(?:fran|fra)"
    # and in hospital there: "ligger på sjukhuset i Umeå", "indlagt på Rigshospitalet"
    r"|(?:indlagt|innlagt|inlagd|inlagt|ligger)\s+pa|(?:sjukhuset|sykehuset|sygehuset)\s+i"
    # Indonesian and Malay
    r"|berdomisili\s+di"
    # (scripts12) Polish "w" (in) before any capitalised town, inflected ("w szpitalu w
    # Rzeszowie", "u dentysty w Lublinie"): only with a person near, as every verb here
    r"|(?-i:w|we)"
)
# Finnish writes "in", "at" and "from" as the town's ending ("sairaalassa Kuopiossa",
# "Helsingissä", "Oulusta"): a capitalised word with such an ending, with a person near
_FI_PLACE_CASE = re.compile(
    r"(?<![\w-])(?P<place>[A-ZÄÖÅ][a-zäöå]{2,}(?:ssa|ssä|sta|stä|lla|llä|lta|ltä))(?![\w-])"
)
# (read 131-134) The writer's own "I am from", "I live in": the verb says who
_FIRST_PERSON_FROM = re.compile(
    r"(?i:som|jsem|jestem|sme|jsme|jestesmy|byvam|byvame|zijem|zijeme|mieszkam|bydlim|pochodze)\s"
)
_PLACE_CAP = r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻĐ][\w'’-]+"
_LIVES_PLACE_LATIN = re.compile(
    rf"(?<![\w-])(?i:{_LIVES_LATIN})\s+"
    rf"(?P<place>{_PLACE_CAP}(?:\s+(?:(?:de|del|da|do|di|la|los|las)\s+)?{_PLACE_CAP}){{0,2}})"
)
# Vietnamese, as folded ("sống ở Thủ Đức" is "song o Thu Đuc"): living, residing (a lower-case
# "o": "the song O Holy Night" is a carol)
_LIVES_VI = re.compile(
    rf"(?<![\w-])(?:[Ss]ong|[Ss]inh\s+song|[Cc]u\s+tru)\s+(?:o|tai)\s+"
    rf"(?P<place>{_PLACE_CAP}(?:\s+{_PLACE_CAP}){{0,2}})"
)
_LIVES_HE = re.compile(
    rf"(?<![\u05d0-\u05ea])(?:ו|ש)?(?:גר|גרה|גרים|גרות|מתגורר|מתגוררת|מתגוררים|התגורר|התגוררה"
    # in hospital there: "מאושפז בסורוקה"
    rf"|מאושפז|מאושפזת|אושפז|אושפזה)"
    rf"\s+ב-?(?P<place>{_HE_WORD}(?:\s+{_HE_WORD})?)"
)
# (read 131-134) Chinese: living in ("住在浦东，", "家住朝阳区。"), the place up to the clause's end
# and at most four characters and its kind (a longer run is a sentence going on).
_LIVES_ZH = re.compile(
    rf"(?:住在|家住|住于|住於|居住在|居住于)(?P<place>[{_HAN}]{{2,4}}?[市区县區縣镇鎮村]?)"
    r"(?=[，,。；;、！!？?\s]|$)"
)
# (read 135-138) Korean: living in ("분당에 사는 30대입니다", "대구에서 살고 있어요", "수원에
# 거주하는"), the place two to six syllables right before the particle; not what one lives
# near, in or with (근처, 시골, 혼자 …: ``_NOT_LIVED_IN``).
_LIVES_KO = re.compile(
    rf"(?<![{_HANGUL}])(?P<place>[{_HANGUL}]{{2,6}}?)에서?\s?(?:사는|사니|살고|살아|삽니다|살았|거주)"
)
_LIVES_AR = re.compile(
    rf"(?<![\u0621-\u064a])(?:و)?(?:يسكن|تسكن|أسكن|اسكن|نسكن|يسكنون|يقيم|تقيم|أقيم|اقيم|مقيم|مقيمة"
    rf"|من\s+سكان|من\s+أهالي|في\s+مستشفى|بمستشفى|مستشفى)\s+(?:في\s+|ب)?(?P<place>{_AR_WORD}(?:\s+{_AR_WORD})?)"
)
# Greek, folded as the guard reads it: μένει/μένω/ζει/κατοικεί, then σε/στη(ν)/στο(ν)/στα
_LIVES_GR_VERBS = (
    "μένει μένω μένουμε μένουν έμενε ζει ζω ζουν κατοικεί κατοικώ κατάγεται"
    " νοσηλεύεται νοσηλεύτηκε νοσηλεύομαι εισήχθη"
)
_LIVES_GR_JOINS = "στη στην στο στον στα σε από"
# (places83) Russian and Ukrainian verbs of living and "I am from", then the town: "живём в
# Казани", "я живу в Харкові", "родом из Твери", "мы из Самары". Not a country's name (their
# stems in _CYR_COUNTRIES).
_LIVES_CYR_VERBS = (
    "живу|живём|живем|живёт|живет|живут|живемо|живе|мешкаю|мешкаємо|мешкає|проживаю|проживаем"
    "|проживает|проживаємо|родом из|родом з|я из|мы из|я з|ми з"
)
_CYR_TOWN = r"(?=[A-ZА-ЯЁІЇЄҐ])(?=[^\W\d_]{0,19}[\u0400-\u04ff])[^\W\d_'’-]{2,20}"
# (read 147-150) one word typed in lower case after "меня зовут", "мене звати": the cue
# says it is the writer's name ("мене звати ірина, чоловік повернувся з фронту")
_CYR_LOWER_NAME = r"(?=[a-zа-яёіїєґ])(?=[^\W\d_]{0,19}[\u0400-\u04ff])[^\W\d_'’-]{3,20}"
# (what is no name after the cue in lower case: "как меня зовут не важно", "… зовут так")
_CYR_NOT_A_NAME_AFTER = frozenset(
    as_folded("это так как все уже тоже никак просто важно неважно теперь здесь тут там")
)


@lru_cache(maxsize=1)
def _lives_cyrillic() -> re.Pattern[str]:
    """``_LIVES_CYR_VERBS`` and the prepositions as the fold spells them, then a capitalised
    word holding a Cyrillic letter (the fold writes look-alike letters in Latin: "Харкові"
    is read "Xapкoвi")."""
    verbs = folded_alternation(_LIVES_CYR_VERBS, "|").replace("\\ ", r"[ \t]+")
    joins = folded_alternation("в во у на")
    return re.compile(
        rf"(?<![^\W\d_])(?:{verbs})[ \t]+(?:(?:{joins})[ \t]+)?"
        rf"(?P<place>{_CYR_TOWN}(?:[ \t-]{_CYR_TOWN})?)"
    )


_CYR_COUNTRIES_WRITTEN = (
    "росси украин україн казахстан беларус білорус польш польщ германи німеччин израил"
    " ізраїл америк сша грузи армени вірмен узбекистан молдов латви литв эстони естоні"
    " канад франци франці испани іспані итали італі турци туреччин чехи чехі европ європ"
    " англи англі финлянди фінлянді кита япони японі азербайджан киргиз таджикистан"
    " туркмен болгари румыни румуні сербии австри"
)


# (names83) A relative's word in Russian or Ukrainian, then a capitalised word: the relative's
# name, in whatever case the sentence declines it ("записать сына Матвея к ортодонту", "мой
# муж Олег", "донька Соломія"). The name needs no list: the word after a relation is a name.
_CYR_RELATIONS = (
    "сын сына сыну сыном дочь дочку дочери дочка дочке муж мужа мужу мужем жена жену жены жене"
    " мама маму мамы маме папа папу папы папе бабушка бабушку бабушки бабушке дедушка дедушку"
    " дедушки дедушке брат брата брату сестра сестру сестры сестре внук внука внуку внучка внучку"
    " внучке син сина сину донька доньку доньки доньці чоловік чоловіка чоловіку дружина дружину"
    " дружини мати матір батько батька бабуся бабусю бабусі дідусь дідуся"
    # (read 147-150) a father and a mother as Russian names them, and Ukrainian's dad
    " отец отца отцу мать матери тато"
    # (read 139-142) a neighbour, a friend, a colleague, an aunt or uncle, a patient: "Моя
    # соседка Асель дала номер …"
    " соседка соседку соседки соседке сосед соседа соседу подруга подругу подруги подруге"
    " друг друга другу коллега коллегу коллеги тётя тетя тётю тетю дядя дядю племянник"
    " племянница сусідка сусідку сусід сусіда колега тітка тітку дядько дядька"
    " пациент пациента пациенту пациентка пациентку пациентки пацієнт пацієнта пацієнтка"
)


@lru_cache(maxsize=1)
def _cyrillic_relation() -> re.Pattern[str]:
    """``_CYR_RELATIONS`` as the fold spells them, then a capitalised word."""
    relations = folded_alternation(_CYR_RELATIONS)
    # (names87) any capitalised word: the fold may spell a name in Latin letters whole
    # ("Тарас" is read "Tapac")
    return re.compile(
        rf"(?<![^\W\d_])(?:{relations})[ \t]+(?P<name>[A-ZА-ЯЁІЇЄҐ][^\W\d_'’-]{{1,19}})(?![^\W\d_])"
    )


def _cyrillic_relation_names(text: str) -> list[Finding]:
    if not _CYRILLIC.search(text):
        return []
    return [
        group_finding(
            m,
            "name",
            "name",
            "a relative's name after the relation's word",
            "name.cyrillic_relation",
        )
        for m in _cyrillic_relation().finditer(text)
    ]


# (dates87) A date in Russian or Ukrainian words, the day's number before the month as its
# genitive ("после операции 5 февраля", "з 3 березня"), or a day of this month alone after a
# preposition ("перенесли на 15-е", "до 20-го числа"): in a text where someone is (the
# writer, a relative, he or she), not in a practice's notice ("Клиника закрыта 5 февраля")
# nor beside a holiday ("9 мая — День Победы").
_CYR_MONTHS = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
    " січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"
)
_CYR_DAY_ALONE_BEFORE = "на до с к по після после від от з"
_CYR_SOMEONE = (
    "я мне меня мной мой моя моё мое мою моего моей мои моих мені мене мій моє"
    " он она его её ее ему ей него неё нее він вона його її йому їй ним ней нею"
    " пациент пациентка пациента пациентки пацієнт пацієнтка хворий больной больная"
)
_CYR_HOLIDAY = "день праздник праздника свято свята рождество різдво новый новий пасха великдень"
_CYR_DAY_NUMBER = r"(?:0?[1-9]|[12]\d|3[01])"


@lru_cache(maxsize=1)
def _cyrillic_date() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The date pattern, the words of someone and the words of a holiday, as the fold spells
    them."""
    months = folded_alternation(_CYR_MONTHS)
    before = folded_alternation(_CYR_DAY_ALONE_BEFORE)
    ye, go, ogo, chisla = as_folded("е го ого числа")
    date = re.compile(
        rf"(?<![\w.-])(?P<date>{_CYR_DAY_NUMBER}[ \t]+(?:{months})(?:[ \t]+(?:19|20)\d\d)?)"
        rf"(?![^\W\d_])|(?<![^\W\d_])(?:{before})[ \t]+"
        rf"(?P<day>{_CYR_DAY_NUMBER}-(?:{ogo}|{go}|{ye})(?:[ \t]+{chisla})?)(?![^\W\d_])",
        re.IGNORECASE,
    )
    someone = re.compile(
        rf"(?<![^\W\d_])(?:{folded_either_case(_CYR_SOMEONE)}"
        rf"|{folded_either_case(_CYR_RELATIONS)})(?![^\W\d_])"
    )
    holiday = re.compile(rf"(?<![^\W\d_])(?:{folded_either_case(_CYR_HOLIDAY)})(?![^\W\d_])")
    return date, someone, holiday


# (ids87) A national or a personal number of the former Soviet countries after its label:
# Kazakhstan's ИИН (ЖСН in Kazakh), Russia's and Ukraine's tax numbers (ИНН, ІПН, РНОКПП),
# Russia's СНИЛС, a passport's or an insurance policy's number ("полис ОМС 7755 …").
_CYR_ID_LABELS = "ИИН ЖСН ИНН ІПН РНОКПП СНИЛС ПИН"
_CYR_RECORD_LABELS = (
    "паспорт паспорта паспорту паспортом полис полиса поліс полісу ОМС медкарта медкарты"
    " медкарти договор договора договору"
    # (read 139-142) and a bank account's ("по счёту 40817810099910004312", "рахунок …")
    " счёт счёта счёту счет счета счету рахунок рахунку рахунка"
)


@lru_cache(maxsize=1)
def _cyrillic_ids() -> re.Pattern[str]:
    """The labels above as the fold spells them, then the number (eight digits or more)."""
    ids = folded_alternation(_CYR_ID_LABELS)
    records = folded_alternation(_CYR_RECORD_LABELS)
    (number,) = as_folded("номер")
    return re.compile(
        rf"(?<![^\W\d_])(?:(?P<id>{ids})|(?P<rec>{records}))(?![^\W\d_])"
        rf"[ \t]*(?:(?:№|N|{number})[ \t]*)?[:.]?[ \t]*"
        r"(?P<value>\d[\d \t-]{6,22}\d)(?!\d)",
        re.IGNORECASE,
    )


def _cyrillic_dates_and_ids(text: str) -> list[Finding]:
    if not _CYRILLIC.search(text):
        return []
    found = []
    for m in _cyrillic_ids().finditer(text):
        if sum(c.isdigit() for c in m.group("value")) < 8:
            continue
        found.append(
            _finding(
                m.start("value"),
                m.end("value"),
                "ssn" if m.group("id") else "record_number",
                "a personal number after its label, in Russian, Ukrainian or Kazakh",
                "id.cyrillic_labelled",
            )
        )
    date, someone, holiday = _cyrillic_date()
    dates = list(date.finditer(text))
    if dates and someone.search(text) is not None:
        for m in dates:
            if holiday.search(text, max(0, m.start() - 40), min(len(text), m.end() + 40)):
                continue
            group = "date" if m.group("date") else "day"
            found.append(
                _finding(
                    m.start(group),
                    m.end(group),
                    "date",
                    "a date of someone's care, in Russian or Ukrainian",
                    "date.cyrillic",
                )
            )
    return found


@lru_cache(maxsize=1)
def _cyr_countries() -> tuple[str, ...]:
    """``_CYR_COUNTRIES_WRITTEN`` as the fold spells them, lower-cased."""
    return tuple(w.lower() for w in as_folded(_CYR_COUNTRIES_WRITTEN))


_LIVES_TRIGGER = lazy.compile(
    r"(?i:mieszk|pochodz|bydli|pochazi|jsem|jestem|som|sme|jsme|byva|zije|asu|kotoisin|bor|bodde|bosat|kom|berdomisili|lagt|lagd"
    r"|ligger|sjukhuset|sykehuset|sygehuset)|\bwe?\s[A-Z]|[a-z](?:ssa|ssä|sta|stä|lla|llä)\b"
    r"|גר|מתגורר|אושפז|مستشفى|سكن|يقيم|تقيم|مقيم|سكان|أهالي|\bsong\b|\btru\b|[\u0370-\u03ff]"
    # (the Cyrillic verbs of living are read folded, "мешкаю" as "мeшкaю": any Cyrillic letter
    # lets them be tried, as any Greek one does the Greek)
    r"|[\u0400-\u04ff]|住"
    # (read 135-138) Korean "living in": 에 사는, 에 살고, 에서 살아요, 에 거주하는
    r"|에서?\s?(?:사[는니]|살|삽|거주)"
)
# Countries and the word for abroad, as these languages write them after the verb (the
# English names are the guard's own country list)
_NOT_LIVED_IN = frozenset(
    # (read 135-138) Korean: near, the country, abroad, a neighbourhood, a town, a flat, a
    # dormitory, alone, together, here, there; the countries of its writers
    "근처 시골 외국 해외 동네 지방 도시 아파트 기숙사 혼자 같이 함께 여기 거기 저기 이곳 그곳 근방 주변"
    " 한국 미국 일본 중국 캐나다 호주 영국 독일 프랑스 시내 지역 우리집 본가 고향 "
    "espana espanha mexico brasil peru italia francia franca alemania alemanha inglaterra"
    " estados unidos japon japao suiza suica"
    " polsce polski niemczech niemiec anglii irlandii holandii norwegii szwecji ukrainie ukrainy"
    " stanach wielkiej czechach slovensku nemecku wigilie wigilię boze boże wielkanoc sylwestra"
    " swieta święta"
    " suomessa suomesta ruotsissa ruotsista virossa saksassa norjassa venajalla espanjassa"
    " sveitsissa englannissa amerikassa ulkomailla"
    " sverige norge danmark tyskland spanien spania polen udlandet utlandet"
    " germania svizzera inghilterra"
    " malaysia jawa"
    " ישראל הארץ חול אמריקה ארצות הברית אנגליה צרפת רוסיה דירה בית עיר כפר שכונה קיבוץ מושב"
    " مصر السعودية الأردن الاردن لبنان الخارج الإمارات الامارات الكويت أمريكا امريكا العراق سوريا"
    " المغرب تونس الجزائر ليبيا السودان قطر اليمن عمان شقة منزل بيت البيت المنزل الشقة مدينة قرية"
    " المدينة القرية الريف"
    " Ελλάδα Κύπρο Κύπρος Γερμανία Αμερική Αγγλία εξωτερικό".split()
)


@lru_cache(maxsize=1)
def _lives_greek() -> re.Pattern[str]:
    """``_LIVES_GR_VERBS`` and ``_LIVES_GR_JOINS`` as the fold spells them, then a
    capitalised word holding a Greek letter (a town inflected or not)."""
    verbs, joins = folded_alternation(_LIVES_GR_VERBS), folded_alternation(_LIVES_GR_JOINS)
    articles = folded_alternation("την το τη τον")
    return re.compile(
        rf"(?<!\w)(?:{verbs})\s+(?:(?:{joins})\s+)?"
        rf"(?:(?:{articles})\s+)?(?P<place>{_GR_NAME}(?:\s+{_GR_NAME})?)"
    )


# Whose town it is not: a clinician's or a public person's (a staff bio, "Nuestra odontóloga
# … es natural de Arequipa", "Pisarka Olga Tokarczuk mieszka we Wrocławiu", "הזמר … גר בתל
# אביב"), or many people's ("Muchos pacientes viven en …", a figure); word starts, folded.
# A patient's word in the same stretch keeps the town ("el paciente, hijo del alcalde, …").
# A word with "=" is whole ("vår", folded "var", is no start of "Varón").
_NOT_ONES_OWN_TOWN = (
    "dra= dr= doctor doctora dottor dottore dottoressa odontolog dentista higienista medic"
    " lekarz lekarka dentyst stomatolog hammaslaakari laakari tandlakare tannlege tandlaege"
    " dokter drg= nuestr nosso= nossa= nostr nasz vår= vores= kami= klinik clinica"
    " escritor autor cantante cantor cantora actor actriz ator atriz futbolista jugador"
    " president ministr alcalde prefeit sindaco pisar pilkarz mistrz aktor piosenkar"
    " kirjailija laulaja nayttelija paaministeri forfattar sangare skadespelare forfatter"
    " menteri penyanyi artis= pacientes personas habitantes poblacion pessoas persone osob"
    " ihmis manniskor orang= warga= muchos= muchas="
    " οδοντίατρ γιατρ ιατρ πρωθυπουργ πρόεδρ τραγουδιστ ηθοποι υπουργ"
    " רופא הזמר הזמרת השחקן השחקנית הנשיא ראש השר"
    " طبيب الدكتور الفنان الفنانة الرئيس الوزير المطرب المطربة اللاعب"
)
# Finnish's own (the case endings of a Finnish town are also English names' ends: "Stella",
# "Vanessa", "Costa"), so a Finnish person: mother, father, son, daughter, grandmother, wife,
# my husband, "-year-old", the writer "minä", "I live", a patient
_PERSON_NEAR_FINNISH_TOWN = (
    "mina= minä= aiti äiti isa= isä= isän= isäni= poika poikani tytar tytär mummo vaimo mieheni"
    " vuotia"
    " asun= potilas olen="
)
_PATIENT_WORDS = "paciente pacjent potilas pasien patient paziente ασθεν מטופל المريض"
# Whose verb it is: the Latin-script verbs take things as well as people ("Firma pochodzi z
# Poznania", "Tuote tulee…", "Kontoret bor i…" hardly, but a firm "kommer från Lund"), so a
# person must be near: the writer ("ja", "saya", "minä", "jag", the verb's own first person),
# a family word, a patient, someone's age ("lat 67", "54-vuotias", "tahun"); word starts,
# folded, "=" whole.
_PERSON_NEAR_TOWN = (
    " ja= moj= moja moje mama= tata= matk ojc syn= synek corka córka babci dziad maz= mąż"
    " brat= siostr lat= pani= pan= pana= mieszkam pacjent zona= zony= żona= żony= byłam= byłem= jestem= leży= leżę="
    " jag= jeg= min= mitt= mina= mor= far= mamma pappa son= sonen dotter datter farmor mormor"
    " farfar morfar fru= år= ar= aar= patient"
    " saya= aku= ibu= bapak ayah anak suami istri kakak adik nenek kakek tahun= pasien"
    " moje= můj muj= máma dcera let= pacient"
)


@lru_cache(maxsize=1)
def _not_ones_own() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``_NOT_ONES_OWN_TOWN``, ``_PATIENT_WORDS`` and ``_PERSON_NEAR_TOWN`` folded, as word
    starts (not a plural's:
    "pacientes" is many patients)."""
    from medsocial_tui.compliance.normalize import normalize

    def starts(listed: str) -> re.Pattern[str]:
        words = "|".join(
            re.escape(normalize(w.rstrip("=")).text.lower()) + (r"(?!\w)" if w[-1] == "=" else "")
            for w in listed.split()
        )
        return re.compile(rf"(?<!\w)(?:{words})(?!s\b)")

    return (
        starts(_NOT_ONES_OWN_TOWN),
        starts(_PATIENT_WORDS),
        starts(_PERSON_NEAR_TOWN),
        starts(_PERSON_NEAR_FINNISH_TOWN),
    )


def _a_town_not_ones_own(text: str, start: int, end: int) -> bool:
    """The stretch around a town after a verb of living names a clinician, a public person or
    many people, and no patient (``_NOT_ONES_OWN_TOWN``): a staff bio, news, a figure."""
    around = text[max(0, start - 200) : end + 100].lower()
    others, patient, _, _ = _not_ones_own()
    return others.search(around) is not None and patient.search(around) is None


def _no_person_near(text: str, start: int, end: int, finnish: bool = False) -> bool:
    """No one near a town after a Latin-script verb of living (``_PERSON_NEAR_TOWN``; a
    Finnish town by its ending, ``_PERSON_NEAR_FINNISH_TOWN``): the verb's subject is a
    thing ("Firma pochodzi z Poznania")."""
    around = text[max(0, start - 150) : end + 100].lower()
    _, patient, person, finnish_person = _not_ones_own()
    if finnish:
        return finnish_person.search(around) is None
    return person.search(around) is None and patient.search(around) is None


@lru_cache(maxsize=1)
def _not_lived_in() -> frozenset[str]:
    """``_NOT_LIVED_IN`` folded and lower-cased, as the place is compared."""
    return frozenset(w.lower() for w in as_folded(" ".join(_NOT_LIVED_IN)))


def _lives_abroad(text: str) -> list[Finding]:
    if not _LIVES_TRIGGER.search(text):
        return []
    from medsocial_tui.compliance.rules import no_smaller_than_a_state

    found = []
    not_places = _not_lived_in()
    cyrillic = _lives_cyrillic()
    for pattern in (
        _LIVES_PLACE_LATIN,
        _FI_PLACE_CASE,
        _LIVES_VI,
        _LIVES_HE,
        _LIVES_AR,
        _LIVES_ZH,
        _LIVES_KO,
        _lives_greek(),
        cyrillic,
    ):
        for m in pattern.finditer(text):
            place = m.group("place")
            if pattern is cyrillic and place.lower().startswith(_cyr_countries()):
                continue  # "живём в России": a country, no town
            if text[m.start() : m.start("place")].isupper():
                continue  # a heading in capitals ("NATURAL DE …" on a label), not a sentence
            low = place.lower()
            first = low.split()[0]
            if first in not_places or low in not_places or no_smaller_than_a_state(low):
                continue
            if first in lx.MONTHS or first in lx.WEEKDAYS and pattern is not _LIVES_VI:
                continue
            if _a_town_not_ones_own(text, m.start(), m.end()):
                continue
            if (
                pattern in (_LIVES_PLACE_LATIN, _FI_PLACE_CASE)
                and _FIRST_PERSON_FROM.match(text, m.start()) is None
                and _no_person_near(text, m.start(), m.end(), finnish=pattern is _FI_PLACE_CASE)
            ):
                continue
            found.append(
                group_finding(
                    m,
                    "place",
                    "geo",
                    "the town someone lives in or comes from, in their own language",
                    "place.lives_abroad",
                )
            )
    return found


# ---------------------------------------------------------------- mailbox spelled in words

# (numdates48) "dot" and "at" as other languages spell them out: German and Nordic "punkt",
# Spanish and Italian "punto", Portuguese "ponto", French "point"; Spanish and Portuguese
# "arroba", French "arobase" ("lena punkt hoffmann at gmx punkt de", "ana_souza arroba
# hotmail ponto com").
_DOT_WORDS = r"(?:dot|punkt|punto|ponto|point)"
_SPELLED_MAIL = lazy.compile(
    # (a dot inside the name, as mailboxes are named: "dovile.k at inbox dot lt")
    rf"\b(?P<box>[a-z0-9_]+(?:\.[a-z0-9_]+)*(?:\s+(?:{_DOT_WORDS}|underscore|dash)\s+[a-z0-9_]+)*)"
    r"\s+(?:at|arroba|arobase)\s+"
    rf"(?P<host>[a-z0-9-]+)(?:\s+{_DOT_WORDS}\s+[a-z0-9-]+)*\s+{_DOT_WORDS}\s+(?P<tld>[a-z]{{2,6}})\b",
    re.IGNORECASE,
)
_FREE_HOSTS = r"(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|aol|proton|protonmail|gmx)"
# (numdates48) A free mail provider with no ending, as chats write it ("mike underscore
# dds at yahoo", "mike_dds at yahoo", "jdoe88 at gmail"); not one a dot or an ending
# follows (the pattern above has those).
_BARE_FREE_MAIL = lazy.compile(
    rf"\b(?P<box>[a-z0-9_]+(?:\s+(?:{_DOT_WORDS}|underscore|dash)\s+[a-z0-9_]+)*)"
    rf"\s+(?:at|arroba|arobase)\s+(?P<host>{_FREE_HOSTS})\b(?![.@-]\w)(?!\s+{_DOT_WORDS}\s)",
    re.IGNORECASE,
)
# What a text holds before the mailbox patterns are tried: a spelt-out dot, or a free mail
# provider right after "at".
_SPELLED_DOT_HINT = lazy.compile(rf"\s{_DOT_WORDS}\s", re.IGNORECASE)
_FREE_HOST_HINT = lazy.compile(rf"\s(?:at|arroba|arobase)\s+{_FREE_HOSTS}\b", re.IGNORECASE)
# A mailbox with no ending is one only when its name is no word ("mike_dds", "jdoe88",
# "mike underscore dds"): "I work at Yahoo" names a firm.
_BOX_NO_WORD = lazy.compile(r"[_\d]|\s", re.IGNORECASE)
_MAIL_HOSTS = frozenset(
    "gmail googlemail yahoo hotmail outlook live msn icloud me aol proton protonmail gmx web"
    " onet wp o2 interia op orange free laposte sfr wanadoo libero virgilio tiscali telenet"
    " ziggo kpnmail seznam centrum naver daum hanmail qq 163 126 sina yandex mail btinternet"
    " bigpond xtra sky talktalk ntlworld"
    # and the large providers of other countries (inbox.lt, abv.bg, ukr.net, uol.com.br …)
    " inbox abv ukr rambler bol uol terra t-online freenet bluewin posteo tutanota tuta"
    " fastmail zoho ymail rocketmail rediffmail mailbox".split()
)


_DESK_MAILBOX = re.compile(
    r"\b(?:info|contact|office|admin|reception|enquiries|inquiries|bookings?|appointments?|praxis"
    r"|clinic|kliniek|klinik|cabinet|studio|hello|team|support|noreply|mail|kontakt|contacto"
    r"|secretaria|recepcja|rejestracja)\b",
    re.IGNORECASE,
)


def _spelled_mail(text: str) -> list[Finding]:
    low = text.lower()
    if " at " not in low and " arroba " not in low and " arobase " not in low:
        return []
    if _SPELLED_DOT_HINT.search(text) is None and _FREE_HOST_HINT.search(text) is None:
        return []
    found = []
    bare = [m for m in _BARE_FREE_MAIL.finditer(text) if _BOX_NO_WORD.search(m.group("box"))]
    for m in [*_SPELLED_MAIL.finditer(text), *bare]:
        box = m.group("box")
        if not (
            " " in box
            or "." in box
            or any(c.isdigit() for c in box)
            or m.group("host").lower() in _MAIL_HOSTS
        ):
            continue
        if box.lower() in ("us", "me", "them", "him", "her", "look", "you", "it"):
            continue
        if _DESK_MAILBOX.search(box):
            continue  # info at …, praxis dot mueller at …: a desk's or a firm's mailbox
        found.append(
            _finding(
                m.start(), m.end(), "email", "a mailbox spelled out in words", "email.spelled_lower"
            )
        )
    return found


# ------------------------------------------------------------------------ UK number plates

# The current UK shape: two letters of the region, the age figures (02-25, 51-75) and three
# letters, with no I, Q or Z where the DVLA does not use them.
_UK_PLATE = lazy.compile(
    r"\b[A-HJ-PR-Y]{2}[ ]?(?:0[2-9]|1\d|2[0-5]|5[1-9]|6\d|7[0-5])[ ]?[A-HJ-PR-Z]{3}\b"
)
_OTHER_LABEL = lazy.compile(
    r"\b(?:ref|reference|order|code|booking|invoice|voucher|promo|coupon|postcode|model|part"
    r"|sku|serial|lot|batch)\b[^.\n]{0,20}$",
    re.IGNORECASE,
)


# Shapes of the plate that are words and dates in capitals: "ON 25 NOV", "BY 12 DEC".
_NOT_PLATE_LETTERS = frozenset(
    "ON BY TO AT IN OF UP NO SO GO DO WE ME HE US IS IT OR AN AS BE MY".split()
)
_NOT_PLATE_ENDS = frozenset(
    "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC MON TUE WED THU FRI SAT SUN MIN HRS YRS"
    " AND THE FOR PER".split()
)


def _uk_plates(text: str) -> list[Finding]:
    found = []
    for m in _UK_PLATE.finditer(text):
        plate = m.group()
        if plate[:2] in _NOT_PLATE_LETTERS or plate[-3:] in _NOT_PLATE_ENDS:
            continue
        if _OTHER_LABEL.search(text, max(0, m.start() - 30), m.start()):
            continue
        if an_organisations_vehicle(text, m.start(), m.end()):
            continue  # (clean8b) "The practice's courier van, registration KX19 LMN, …"
        if number_shown_as_example(text, m.start()):
            continue  # (clean79) "your car reg …, e.g. in the format AB12 CDE"
        found.append(
            _finding(
                m.start(), m.end(), "vehicle_id", "a UK registration plate", "vehicle.uk_plate"
            )
        )
    return found


# ------------------------------------------------------------------------------------ all


def _finding(start: int, end: int, label: str, reason: str, rule: str) -> Finding:
    return Finding(start, end, label, f"{reason} [{rule}]")


def _not_over_a_name(new: list[Finding], found: list[Finding]) -> list[Finding]:
    """The findings of ``new`` that overlap no name of ``found``."""
    return [
        f
        for f in new
        if not any(g.label == "name" and g.start < f.end and f.start < g.end for g in found)
    ]


def find_scripts(
    text: str,
    vet: Callable[[str, list[Finding]], list[Finding]] | None = None,
    people: Iterable[Finding] = (),
) -> list[Finding]:
    """Every identifier the rules above find in ``text`` (already folded). ``vet`` (the
    name vetoes of ``rules.py``, read for English) is asked about the names found in English
    sentences only: its frames (fame, a staff duty) misread other languages' words
    ("cabinet", "message"). ``people``: the names the Latin-script finders kept (after their
    vetoes); a CJK date in a text that names someone in Latin letters is that person's
    ("I am Aiko Tanaka, born 1988年4月7日", "Child: Tanaka Yui | DOB: 2019年4月8日")."""
    found: list[Finding] = []
    if _CJK.search(text):
        names = _cjk_names(text)
        names += _not_over_a_name(_cjk_doctors_thanked(text), names)
        found += names
        who = [*names, *people]  # (read four times below: a generator given as people once)
        found += _dates(text, who)
        found += _phones(text, who)
        found += _addresses(text, who)
        found += _records(text)
        found += _ages(text, who)
    found += _thanked_abroad(text)
    found += _greeted_abroad(text)
    found += _titled_abroad(text)
    found += _script_subjects(text)
    found += _streets_abroad(text)
    found += _cyrillic_streets(text)
    found += _lives_abroad(text)
    found += _script_given_names(text)
    found += _thai_khun_names(text)
    found += _thai_titled_names(text)
    found += _self_named_abroad(text)
    found += _patients_named_abroad(text)
    # (names14) after the cued rules, which name the span their own way
    found += _not_over_a_name(_greek_cyrillic_given_names(text), found)
    found += _not_over_a_name(_cyrillic_patronymic_names(text), found)
    found += _not_over_a_name(_cyrillic_initials_names(text), found)
    found += _not_over_a_name(_cyrillic_relation_names(text), found)
    found += _not_over_a_name(_caucasus_given_names(text), found)
    found += _cyrillic_dates_and_ids(text)
    found += _ages_abroad(text)
    here = _here_intro(text) + _indonesian_titled(text) + _declined_slavic_names(text)
    found += vet(text, here) if vet and here else here
    found += _spelled_mail(text)
    found += _uk_plates(text)
    return found
