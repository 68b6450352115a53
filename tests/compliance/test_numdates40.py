"""numdates40: days, phones, IDs, handles and links as messages, logs and records write
them, each with the clean look-alike it must leave alone."""

from __future__ import annotations

import pytest
from blocked_view import blocked_words as blocked


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a private link handed to its reader (url.readers_link)
        (
            "your telehealth link is https://meet.clinicvisit.io/r/ahmed-yusuf-4421",
            "https://meet.clinicvisit.io/r/ahmed-yusuf-4421",
        ),
        (
            "Sent you the imaging link: https://share.medimg-portal.com/v/7QK2ZR9 – expires in 48h",
            "https://share.medimg-portal.com/v/7QK2ZR9",
        ),
        ("here's ur x-ray link https://files.smileclinic.co/s/Qx81kP2z", None),
        # the last digits of someone's phone (phone.ending_digits)
        ("Your login code was sent to phone ending 4470", "4470"),
        ("we'll text the mobile ending in 0192 when it's ready", "0192"),
        # a login an administrator acts on, or a log shows acting (handle.admin_request)
        ("Please reset password for user k.okonkwo, locked out since 08:00", "k.okonkwo"),
        ("pls reset the password for j.mensah2 she's locked out", "j.mensah2"),
        ("Access log shows dr_fhernandez viewed the chart at 02:13.", "dr_fhernandez"),
        # an account before its network (handle.account_on_network)
        ("my account is taniela_fifita on insta if you want the pics", "taniela_fifita"),
        ("her page is sunny.smiles22 on TikTok", "sunny.smiles22"),
        # a person's network before the handle, an agency's letters inside it
        ("his twitter is @dr_who_not_really but dont tell him", "@dr_who_not_really"),
        # a chat's "pls" between a licence's label and its number (id.labelled)
        ("confirm ur DL no. pls: D6101-40706-60905", "D6101-40706-60905"),
        # a weekday after a dental or an injury's word, in a text that names someone
        (
            "hi im Lupita i had a root canal on friday and my face is swollen today",
            "friday",
        ),
        (
            "School note: please excuse Brayden from PE, he sprained his wrist on Saturday.",
            "Saturday",
        ),
        # the day of care a writer tells of with no "I" (date.writers_care_on_day_month)
        ("had it placed at Smile Studio Ballarat on 3/9", "3/9"),
        ("Got them out on 14/2, still sore", "14/2"),
        # an appointment's or a discharge's word abroad before a weekday, beside a name
        ("Tomás dice que su cita era el jueves, no hoy", "jueves"),
        ("Hola Guadalupe, le recordamos su cita el martes 8 a las 10:30.", "martes 8"),
        ("Ximena, dice el doctor que tu prima sale el sábado", "sábado"),
        ("ma fille Inès a été mordue par un chien samedi dernier", "samedi dernier"),
        # a date of birth typed with a letter O for a nought
        ("DOB: O4/11/1957", "O4/11/1957"),
        ("dob 12/O3/198O", "12/O3/198O"),
        # a phone a courier is to call at someone's home, one someone left, one a named
        # reader is told to ring
        (
            "delivery to Blk 412 Ang Mo Kio Ave 10 #08-1123, call +65 9123 4567 on arrival",
            "+65 9123 4567",
        ),
        ("delivery for Mdm Tan, call 9123 4567 on arrival", "9123 4567"),
        (
            "hit the bollard outside the practice; driver left a note with number 072 555 8821.",
            "072 555 8821",
        ),
        ("Ngozi pls call the clinic on 0803 412 7765 to get your result", "0803 412 7765"),
        # an account's address changed is the account holder's, no practice's premises
        (
            "Delivery address updated: Blk 512 Bedok North Ave 3, #08-217, Singapore 460512",
            "Blk 512 Bedok North Ave 3, #08-217, Singapore 460512",
        ),
    ],
)
def test_numdates40_identifier_is_blocked(text: str, words: str | None) -> None:
    found = blocked(text)
    assert found
    if words is not None:
        assert words in found


@pytest.mark.parametrize(
    "text",
    [
        "Join our free webinar on gum health: https://meet.clinicvisit.io/r/gum-health-2026",
        "Your class link: https://zoom.us/j/84412093711 (everyone welcome)",
        "Book your checkup at https://smileclinic.com/book",
        "You can read the guide at https://www.nhs.uk/conditions/gum-disease/",
        "Please reset your password every 90 days.",
        "IT notice: we will reset passwords for all users on Monday.",
        "The log shows the server restarted at 2am.",
        "Please unlock the account of the front desk.",
        "my account is private on insta",
        "Follow our page on Instagram for tips!",
        "Follow @WHO on twitter for updates",
        "Our delivery address for lab work is 2 Bridge Street, Enniskillen BT74 7BW.",
        "We had it fixed on 3/9 so the lift works again.",
        "Score: had it done on 3/4 of the pitch",
        "su cita era el jueves",
        "Hola, las consultas son de lunes a viernes.",
        "Deliveries: use the rear entrance on Kent Road. Call Sipho on 082 555 0142 on arrival.",
        "Lab work deliveries to the back door please, call 0161 496 0500 on arrival.",
        "I rang the surgery on 0161 496 0500 and nobody answered.",
        "Please call the clinic on 0161 496 0500 to book.",
        # the weekday alone names no one (date.weekday_of_care blocks beside an identifier)
        "i had a root canal on friday and my face is swollen, is that normal?",
    ],
)
def test_numdates40_look_alike_is_clean(text: str) -> None:
    assert blocked(text) == []
