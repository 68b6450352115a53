"""Identifiers in other scripts and languages (``compliance/scripts.py``): each rule finds
its cases, and leaves alone the look-alikes it was written against: a role or a business
before an honorific, the doctor's 先生, a clinic's notice, its own address and hotline, a
thanks to everyone or to a city, a season "here", a date or a word in capitals."""

from __future__ import annotations

import re

import pytest

from medsocial_tui.compliance import find_phi


def _rules(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in find_phi(text):
        if f.severity != "block":
            continue
        rule = re.search(r"\[([\w.]+)\]$", f.reason)
        found.setdefault(rule.group(1) if rule else "", []).append(text[f.start : f.end])
    return found


FINDS = [
    ("name.cjk_honorific", "박서연 씨, 다음 예약은 언제가 좋으세요?", "박서연"),
    ("name.cjk_honorific", "田中様、抜歯後の経過はいかがですか。", "田中"),
    ("name.cjk_honorific", "王女士，您好！", "王"),
    ("name.cjk_honorific", "高橋 美咲さん、次回のご予約です。", "高橋 美咲"),
    ("name.cjk_labelled", "환자명: 한지민, 내원 예정", "한지민"),
    ("name.cjk_labelled", "氏名：山田 太郎", "山田 太郎"),
    ("name.cjk_labelled", "我老公黄建国确诊糖尿病。", "黄建国"),
    ("date.cjk", "저희 어머니가 2025년 10월 17일에 수술을 받으셨어요.", "2025년 10월 17일"),
    ("date.cjk", "母は令和6年10月2日に入院しました。", "令和6年10月2日"),
    ("date.cjk", "환자 이하나 2025. 11. 28. 수술 예정", "2025. 11. 28"),
    ("date.cjk", "我妈妈十一月二十日做了手术。", "十一月二十日"),
    ("phone.east_asian", "我的手机号是139 1234 5678，请给我打电话。", "139 1234 5678"),
    (
        "address.cjk",
        "택배는 부산광역시 해운대구 센텀중앙로 79, 1203호 저희 집으로 보내 주세요.",
        "센텀중앙로 79",
    ),
    ("address.cjk", "自宅の住所は大阪府大阪市北区梅田1丁目3番1号です。", "梅田1丁目3番1号"),
    ("record.cjk_labelled", "진료카드번호 20250431 김민준", "20250431"),
    ("record.cjk_labelled", "保険証番号 12345678 の記載をお願いします。", "12345678"),
    ("age.cjk_over_89", "할머니는 올해 아흔두 살이세요.", "아흔두 살"),
    ("age.cjk_over_89", "祖母は96歳ですが、入れ歯の調整をお願いできますか。", "96歳"),
    ("name.thanked_abroad", "Bogusia, dziękujemy za miłe słowa!", "Bogusia"),
    (
        "name.thanked_abroad",
        "Merci Solène pour ce gentil message, à bientôt au cabinet !",
        "Solène",
    ),
    (
        "name.thanked_abroad",
        "Liebe Anneliese Brandstätter, vielen Dank für Ihr Vertrauen.",
        "Brandstätter",
    ),
    ("name.here_intro", "Hi all, Gaz here, anyone else waiting on a hip referral?", "Gaz"),
    (
        "email.spelled_lower",
        "email me: tomasz dot wrobel at onet dot pl",
        "tomasz dot wrobel at onet dot pl",
    ),
    # second round: run-in names, "I am", a road's section, last month's day, "Oi, X here"
    ("name.cjk_labelled", "我女儿林小雨今年六岁。", "林小雨"),
    ("name.cjk_labelled", "私は中村 健太です。", "中村 健太"),
    ("name.cjk_labelled", "저는 김민준입니다.", "김민준"),
    ("address.cjk", "我外公住在成都市武侯区人民南路四段9号。", "人民南路四段9号"),
    ("date.cjk", "我女儿上个月15号拔了一颗乳牙。", "上个月15号"),
    ("phone.east_asian", "姓名：何志明，电话：139 1234 5678", "139 1234 5678"),
    ("name.here_intro", "Oi, Shaz here again, my daughter's brace snapped.", "Shaz"),
    # third round: a Korean relation before a name, a given name in hiragana
    ("name.cjk_labelled", "딸아이 서지우가 어제 충치 치료를 받았어요.", "서지우"),
    ("name.cjk_honorific", "渡辺 さくら様、11月29日抜歯予定です。", "渡辺 さくら"),
    ("vehicle.uk_plate", "Someone scraped my van (BD 68 WKE) in the car park.", "BD 68 WKE"),
    # (guard-recall5) a greeting in Hebrew, Arabic, Russian or Hindi, then a name
    ("name.greeted_abroad", "שלום דנה, התוצאות של בדיקת הדם שלך הגיעו.", "דנה"),
    ("name.greeted_abroad", "مرحبا يا أحمد، موعدك غدا في العاشرة.", "أحمد"),
    ("name.greeted_abroad", "Привет, Оля, как прошла операция на колене?", "Оля"),
    ("name.greeted_abroad", "नमस्ते सुनीता जी, आपकी रिपोर्ट आ गई है।", "सुनीता"),
    # (lang9) Mr or Mrs in Hebrew or Arabic before a name
    ("name.titled_abroad", "גב' שרה אברהם ביקשה להעביר את התיקים שלה.", "שרה אברהם"),
    ("name.titled_abroad", "שלום, קבעתי תור למר דוד מזרחי ליום שלישי.", "דוד מזרחי"),
    ("name.titled_abroad", "للسيد خالد العتيبي موعد غداً في العيادة.", "خالد العتيبي"),
    # (guard-recall6) a name in another script as the subject of an English health sentence
    ("name.script_subject", "אברהם כהן was admitted with chest pain last night.", "אברהם כהן"),
    ("name.script_subject", "فاطمة الزهراء has a follow-up for her diabetes.", "فاطمة الزهراء"),
    ("name.script_subject", "Update: प्रिया पटेल had a root canal and the pain is worse.", ""),
    (
        "name.script_subject",
        "My wife is fine. राहुल शर्मा has had a fever since Sunday.",
        "राहुल शर्मा",
    ),
    # (guard-recall8) a CJK date in a text that names someone in Latin letters is theirs
    (
        "date.cjk",
        "I am Mei Nakamura from Chiba, born 1990年3月12日. Is my TSH high?",
        "1990年3月12日",
    ),
    (
        "date.cjk",
        "Patient: Park Ji-hoon, 1978년 5월 9일생, asking about his implant.",
        "1978년 5월 9일",
    ),
]


# (scripts10) a street's word in another script or Indonesian, its name and the house number
FINDS += [
    ("address.street_abroad", "אני גר ברחוב הרצל 12 ויש לי סוכרת.", "רחוב הרצל 12"),
    ("address.street_abroad", "أسكن في شارع التحرير 15 وعندي سكري.", "شارع التحرير 15"),
    ("address.street_abroad", "Μένω στην οδό Πατησίων 45 και έχω διαβήτη.", "οδό Πατησίων 45"),
    ("address.street_abroad", "I live at ถนนสุขุมวิท ซอย 11, I have HIV.", "ซอย 11"),
    ("name.script_subject", "Γιώργος Παπαδόπουλος has diabetes and needs insulin.", "Γιώργος"),
    ("name.script_subject", "สมหญิง รักไทย was admitted with dengue fever.", "สมหญิง"),
    (
        "address.street_abroad",
        "Ibu saya tinggal di Jl. Diponegoro 7, beliau kena stroke.",
        "Jl. Diponegoro 7",
    ),
]


# (scripts12) where someone lives or comes from in their own language; a given name in
# Hebrew or Arabic letters with no cue; Thai's คุณ joined to a name
# (scripts95) a nickname after a relation, Cantonese's Mrs, "my name is" in Korean, a
# child's name in hiragana before ちゃん
FINDS += [
    ("name.cjk_labelled", "我老婆阿美下礼拜二要洗牙。", "阿美"),
    ("name.cjk_labelled", "我儿子小明牙痛", "小明"),
    ("name.cjk_honorific", "陳太，你嘅洗牙預約改咗去下星期三。", "陳"),
    ("name.cjk_labelled", "제 이름은 김서연이고 사랑니 발치 비용이 얼마예요?", "김서연"),
    ("name.cjk_honorific", "ゆきちゃんママへ 明日の矯正チェックは15:00です。", "ゆき"),
]
CLEAN_95 = [
    "あかちゃんの歯みがきはいつから？",
    "おばあちゃんの入れ歯が合わない",
    "我今天太累了，牙很痛。",
    "小孩子牙痛怎么办？",
    "歯医者さんで歯石取りをしたら歯がしみるようになりました。普通ですか？",
]


@pytest.mark.parametrize("text", CLEAN_95)
def test_words_beside_a_childs_honorific_or_a_nickname_prefix_are_no_names(text: str) -> None:
    """(scripts95) 赤ちゃん written in hiragana, a grandmother, "too tired", "a small child"."""
    assert find_phi(text) == []


FINDS += [
    # (a case note's "paciente" and "feminina", Indonesian "saya", are person cues now, so
    # rules.toml's place.resident_abroad reads these sentences)
    ("place.resident_abroad", "Paciente masculino de 45 años, procedente de Cusco.", "Cusco"),
    ("place.resident_abroad", "Paciente feminina, 62 anos, natural de Recife.", "Recife"),
    ("place.resident_abroad", "Ibu saya tinggal di Surabaya dan sakit diabetes.", "Surabaya"),
    ("place.lives_abroad", "Mama pochodzi z Gdańska, ma 80 lat i cukrzycę.", "Gdańska"),
    ("place.lives_abroad", "Min mor bor i Tromsø og har diabetes.", "Tromsø"),
    ("place.lives_abroad", "Äitini asuu Tampereella ja hänellä on diabetes.", "Tampereella"),
    ("place.lives_abroad", "Η μητέρα μου μένει στη Θεσσαλονίκη και έχει πίεση.", "Θεσσαλονίκη"),
    ("place.lives_abroad", "אמא שלי גרה בחיפה ויש לה סוכרת.", "חיפה"),
    ("place.lives_abroad", "والدتي تسكن في الإسكندرية وعندها سكري.", "الإسكندرية"),
    # (the grandmother of no "tôi": with it, rules.toml's place.resident_abroad reads the
    # writer's sentence first and finds the same town)
    ("place.lives_abroad", "Bà ngoại của em sống ở Thủ Đức và bị tiểu đường.", "Thủ Đức"),
    ("place.lives_abroad", "Mój syn leży w szpitalu w Rzeszowie z zapaleniem płuc.", "Rzeszowie"),
    ("place.lives_abroad", "Isäni on sairaalassa Kuopiossa, hänellä on keuhkokuume.", "Kuopiossa"),
    ("place.lives_abroad", "Mamma ligger på sjukhuset i Umeå med lunginflammation.", "Umeå"),
    (
        "place.lives_abroad",
        "Min far er indlagt på Rigshospitalet med lungebetændelse.",
        "Rigshospitalet",
    ),
    ("place.lives_abroad", "Η γιαγιά μου νοσηλεύεται στο Ηράκλειο με πνευμονία.", "Ηράκλειο"),
    ("place.lives_abroad", "אבא שלי מאושפז בסורוקה עם דלקת ריאות.", "סורוקה"),
    ("place.lives_abroad", "والدي في مستشفى أسيوط بسبب جلطة.", "أسيوط"),
    ("name.script_given_name", "My neighbour יוסי לוי had a stroke last night.", "יוסי לוי"),
    ("name.script_given_name", "ابني محمد عنده حرارة من يومين.", "محمد"),
    (
        "name.script_given_name",
        "المريض أحمد عبد الرحمن، 60 سنة، يعاني من السكري.",
        "أحمد عبد الرحمن",
    ),
    # (names14) a Greek or Cyrillic given name with no cue, in its case forms, with the
    # family or father's name after it and a family name written first
    ("name.greek_cyrillic_given", "Η Μαρία Παπαδοπούλου έχει πυρετό.", "Μαρία Παπαδοπούλου"),
    ("name.greek_cyrillic_given", "Ο πόνος του Γιώργου δεν περνάει.", "Γιώργου"),
    ("name.greek_cyrillic_given", "Передайте Анне Петровне, что анализы готовы.", "Анне Петровне"),
    ("name.greek_cyrillic_given", "Иванов Иван, 45 лет, боль в груди.", "Иванов Иван"),
    ("name.greek_cyrillic_given", "Can Наташа take ibuprofen with her pills?", "Наташа"),
    ("name.thai_khun", "คุณสมชาย ปวดฟันมาสามวันแล้วค่ะ", "สมชาย"),
    # (names14) Thai's formal titles, the family name after the space
    ("name.thai_titled", "นายสมชาย แสงทอง อยู่ที่ 123 ถนนสุขุมวิท", "สมชาย แสงทอง"),
    ("name.thai_titled", "My mother นางมาลี has diabetes.", "มาลี"),
    ("name.thai_khun", "My mother คุณมาลี has diabetes and her feet are numb.", "มาลี"),
    ("name.self_named_abroad", "Ονομάζομαι Νίκος Παππάς και έχω διαβήτη.", "Νίκος Παππάς"),
    ("name.self_named_abroad", "קוראים לי אביטל ויש לי כאב שיניים.", "אביטל"),
    ("name.self_named_abroad", "اسمي رقية البنا وعندي ضغط.", "رقية البنا"),
    ("name.self_named_abroad", "আমার নাম রহিম, আমার ডায়াবেটিস আছে।", "রহিম"),
    ("name.self_named_abroad", "ผมชื่อสมศักดิ์ อยู่เชียงใหม่", "สมศักดิ์"),
    ("name.patient_abroad", "Η ασθενής Αικατερίνη Λαμπράκη έχει πονόδοντο.", "Αικατερίνη Λαμπράκη"),
    ("name.patient_abroad", "מטופלת שלומציון ברגר, בת 45, מתלוננת על כאבי ראש.", "שלומציון ברגר"),
    ("name.patient_abroad", "المريضة رقية البنا، 45 سنة، تعاني من الضغط.", "رقية البنا"),
    ("name.thanked_abroad", 'Odpowiedź: "Jadzia, dziękujemy za opinię!"', "Jadzia"),
    ("name.thanked_abroad", '"Mietek, dziękujemy za wizytę!" napisała recepcja.', "Mietek"),
    ("name.declined_slavic", "Piotrowi wypadł ząb, co robić?", "Piotrowi"),
    ("name.declined_slavic", "Mluvila jsem s Petrou, má horečku.", "Petrou"),
    ("name.indonesian_title", "Bu Sri Wahyuni kontrol gigi minggu depan.", "Sri Wahyuni"),
    ("name.indonesian_title", "Kemarin Pak Ahmad Fauzi jatuh di kamar mandi.", "Ahmad Fauzi"),
    ("name.indonesian_title", "Terima kasih Bu Ratih sudah datang kontrol.", "Ratih"),
]


@pytest.mark.parametrize(("rule", "text", "words"), FINDS)
def test_each_scripts_rule_finds_its_case(rule: str, text: str, words: str) -> None:
    found = _rules(text)
    assert rule in found, found
    assert any(words in w or w in words for w in found[rule]), found


CLEAN = [
    # (lang9) "bitter" after a Hebrew word, an office after the Arabic title
    "יש לי טעם מר בפה כבר שבוע, זה נורמלי?",
    "ألقى السيد الرئيس كلمة حول الصحة العامة.",
    # (guard-recall6) words of another script before an English verb, no health in the sentence
    "مرحبا is how we say hello at the front desk.",
    "שלום was the first word on the new welcome sign.",
    "नमस्ते is printed on our new leaflets in Hindi.",
    # a role, a relation or a business before the honorific
    "김원장님이 이번 주 토요일 학회 참석으로 휴진합니다.",
    "고객님, 예약 변경은 대표번호 1588-1234로 연락 주세요.",
    "선생님들과 직원 모두 새해 복 많이 받으세요!",
    "患者様各位：インフルエンザの予防接種を10月1日から開始します。",
    "お客様、さくら薬局さんで処方箋を受け取ってください。",
    "山田歯科医院様より、学会のご案内をいただきました。",
    "各位女士、先生，欢迎参加本周六的口腔健康讲座。",
    # 先生 as the doctor's title
    "田中先生は当院の院長で、インプラントを専門としています。",
    "王先生是我院的正畸科主任医生，每周三下午出诊。",
    # notices: closing days, the clinic's address and lines, "the 100-year era"
    "12월 24일부터 12월 26일까지 휴진합니다.",
    "当院は12月29日から1月3日まで休診いたします。",
    "本院春节放假通知：2月9日至2月17日停诊。",
    "저희 치과는 서울특별시 강남구 테헤란로 212, 3층에 있습니다.",
    "当院の所在地は東京都渋谷区神南1丁目2番3号です。ご予約は03-1234-5678まで。",
    "我院地址：广州市天河区体育西路103号，咨询热线 400-888-1234。",
    "예약 문의 02-555-1234 (대표번호)",
    "营业时间：周一至周六 9:00-18:00，电话：010-8888 6666",
    "フリーダイヤル 0120-123-456 でご予約を承ります。",
    "100세 시대, 건강한 치아가 평생의 자산입니다.",
    # thanks to everyone, to the team, to a doctor, to a city
    "Vielen Dank für Ihre Bewertung, wir freuen uns auf Ihren nächsten Besuch!",
    "Danke, Team, für ein tolles Praxisjahr!",
    "Bedankt allemaal voor de mooie reviews dit jaar.",
    "Merci à tous nos patients pour leur confiance en 2025.",
    "Gracias, doctora, por la charla sobre higiene dental en el colegio.",
    "Chers élèves, merci pour votre visite au cabinet.",
    "Merci Lyon pour l'accueil au salon dentaire !",
    # "here" after a season or a word, a mailbox of an organisation, capitals that are no plate
    "Summer here at last, so remember sunscreen on your lips too!",
    "Spring here already — time to book the kids' check-ups.",
    "Look at our site dot com for the new opening hours.",
    "CLOSED ON 25 NOV FOR STAFF TRAINING.",
    "사업자등록번호 123-45-67890 (our Seoul branch).",
    # second round: no family name first, a firm, a compound, another language's text, a desk
    "本周六（3月8日）妇女节，所有女士洗牙八折。",
    "佐藤製薬さんの新しい歯磨き粉をご紹介します。",
    "Hallo Praxisteam, danke!",
    "Liebe Kolleginnen, das Meeting ist morgen.",
    "Cher Lloyd sang at the charity gala last night.",
    "email praxis dot mueller at t-online dot de",
    "Hi all, Dr. Patel here from the surgery.",
    "Hi all, Physio here, flu jabs next week.",
    "Bookings here from Monday.",
    # third round: a polite word before 様 is no name
    "ご苦労様でした。",
    "ご馳走さまでした！",
    "Our new scanners arrived; ask about code XY 21 ABC at reception.",
    # (guard-recall5) greetings to everyone
    "שלום לכולם, המרפאה תהיה סגורה ביום שישי.",
    "مرحبا بالجميع، العيادة مغلقة يوم الجمعة.",
    "Привет всем, сколько заживает лунка после удаления зуба?",
    "नमस्ते दोस्तों, आज क्लिनिक बंद है।",
    # (guard-recall8) a CJK date in a text that names no one in Latin letters either
    "Our Tokyo branch is closed from 12月29日 to 1月3日 for the New Year.",
    "Our new branch opens at 서울특별시 마포구 월드컵북로 396 next month.",
    # (scripts10) a clinic's own street in its notice, a street with no house number, walking
    "המרפאה שלנו עברה לרחוב הרצל 12, תל אביב.",
    "Η κλινική μας βρίσκεται στην οδό Πατησίων 45.",
    "คลินิกของเราย้ายไปที่ถนนสุขุมวิท ซอย 11 แล้ว",
    "Traffic on Jalan Sudirman was heavy for 2 hours this morning.",
    "Jalan kaki 30 menit setiap hari baik untuk jantung.",
    "Ευχαριστώ is printed on our new leaflets in Greek.",
    "สวัสดี is how we greet patients at the desk.",
    # (scripts10) Greek's κύριος as "main", κυρία before a lower-case word or capitals
    "Ο κύριος στόχος είναι η πρόληψη.",
    "Η κυρία του Σαββάτου είναι η γραμματεία μας.",
    "Kυρία ΦΠΑ: όλα τα φάρμακα.",
    # (scripts12) a verb of living with a thing, a clinician, a public person or many people
    # as its subject; a country after it; a heading in capitals
    "El gas natural de Camisea llega a Lima desde 2004.",
    "Un vuelo procedente de Miami aterrizó con retraso.",
    "Nuestra odontóloga, la Dra. Camila Torres, es natural de Arequipa.",
    "Pisarka Olga Tokarczuk mieszka we Wrocławiu.",
    "Vår tandläkare bor i Lund sedan 2010.",
    "Muchos pacientes mayores viven en Lima Metropolitana.",
    "Moja siostra mieszka w Polsce od roku.",
    "الفنان عمرو دياب يقيم في القاهرة.",
    "הזמר שלמה ארצי גר בתל אביב.",
    "Ο πρωθυπουργός μένει στην Αθήνα.",
    "Mi madre vive en España desde 1990.",
    "Firma pochodzi z Poznania i produkuje szczoteczki.",
    "Asun Suomessa ja minulla on astma.",
    "Her son loves Nutella and Vanilla ice cream.",
    "W Krakowie otwarto nowe centrum onkologii.",
    "Jestem w Wigilię w domu z rodziną.",
    # (scripts12) the Prophet named with his blessing, a public post before a name, a Hebrew
    # or Arabic everyday word that is a name elsewhere (light, hope)
    "محمد صلى الله عليه وسلم is mentioned in many health traditions.",
    "ألقى الرئيس محمد كلمة عن الصحة.",
    "نور الشمس مفيد لفيتامين د.",
    "יש אור בקצה המנהרה.",
    # (names14) a saint, a ruler's office, a street, a public person, a novel, an everyday
    # word that is a name elsewhere (hope), a name in lower case
    "Ο Άγιος Νικόλαος είναι ο προστάτης των ναυτικών.",
    "Дева Мария изображена на иконе в холле.",
    "Президент Владимир Зеленский посетил больницу.",
    "Владимир Путин провёл совещание по здравоохранению.",
    "Клиника находится на улице Ивана Франко, 12.",
    "Η Μαρία Κάλλας ήταν σπουδαία τραγουδίστρια.",
    "Роман «Анна Каренина» экранизировали много раз.",
    "Надежда умирает последней.",
    "Ο γιατρός Νίκος Παππάς δέχεται κάθε Τρίτη.",
    # (names14) the words นาย, นาง, นางสาว open: employer, prime minister, nurse, Miss Thailand
    "นายจ้างของผมไม่ให้ลางาน",
    "นายกรัฐมนตรีเปิดโรงพยาบาลใหม่",
    "นางพยาบาลใจดีมาก",
    "นางสาวไทยปีนี้สวยมาก",
    # (scripts12) คุณ as "you", in thanks, before a kin or role word
    "ขอบคุณคุณหมอทุกท่านที่ดูแลคนไข้",
    "คุณจะมาไหม",
    "คุณแม่ตั้งครรภ์ควรตรวจฟันทุก 6 เดือน",
    "คุณสามารถนัดหมายออนไลน์ได้",
    "คุณลูกค้าสามารถจองคิวได้ที่หน้าเว็บ",
    # (scripts12) ชื่อ opening "fame", a name written on a card, שמי as "the skies of"
    "ชื่อเสียงของคลินิกเรามาจากการดูแลที่ดี",
    "Το όνομά μου είναι γραμμένο στην κάρτα.",
    "שמי הארץ היו אפורים כל השבוע.",
    # (scripts12) a verb or a word after "the patient", Greek's plural before a day
    "Οι ασθενείς Παρασκευής εξυπηρετούνται από τις 9.",
    "המטופל הגיע בזמן, ולכן התור התחיל מוקדם.",
    "حقوق المريض مكفولة، والسرية مضمونة.",
    # (scripts13) a country, a town or a title in a Polish case; a declined-looking brand in
    # an English sentence
    "Polską rządzi nowy minister zdrowia.",
    "Z Panem Bogiem, do zobaczenia.",
    "Lekarz z Krakowem w tle udziela wywiadu.",
    "We worked with Adamem Productions on the video.",
    # (a capitalised word ending "-em" is a man's name only as it stands: "Lorem" is no Lora)
    'Szablon strony: "Lorem ipsum dolor sit amet", tekst do zmiany.',
    # (scripts13) a word, a country or a team thanked in a quoted slogan
    'Hasło kampanii: "Razem, dziękujemy wszystkim medykom."',
    'Motto: "Polsko, dziękujemy za wsparcie!"',
    'Odpowiedź: "Zespole, dziękujemy za ten rok!"',
    # (scripts13) Pak as Pakistan, pak choi, "Bu" ending a place's name, a role after Pak/Bu
    "The Pak Army said the border was calm.",
    "Stir-fry the Pak Choi with garlic for two minutes.",
    "Korle Bu Teaching Hospital is the largest hospital in Ghana.",
    "Bu Guru meminta anak-anak sikat gigi setelah makan.",
    "Pak RT mengumumkan vaksinasi gratis hari Sabtu.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_scripts_rules_leave_look_alikes_alone(text: str) -> None:
    found = {rule: words for rule, words in _rules(text).items() if rule in _SCRIPTS_RULES}
    assert not found, found


def _scripts_rules() -> frozenset[str]:
    from medsocial_tui.compliance import scripts

    return frozenset(scripts.FINDER_RULES)


_SCRIPTS_RULES = _scripts_rules()


def test_a_hotline_word_makes_any_finders_number_the_clinics() -> None:
    """``drop_public_lines_abroad``: "02-555-1234" is found by the shaped-number finder;
    after 예약 문의 with no one's own word it is the clinic's."""
    assert "phone" not in {f.label for f in find_phi("예약 문의 02-555-1234 (대표번호)")}
    assert "phone" in {
        f.label for f in find_phi("제 휴대폰 번호는 010-3392-5518입니다. 문의 주세요.")
    }
