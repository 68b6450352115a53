"""Media that leak: an image comes out of the guard without its metadata, and a DICOM file
is refused, on its own and when a person attaches it to a post."""

from __future__ import annotations

import io
from pathlib import Path

import pydicom
import pytest
from PIL import Image, PngImagePlugin
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from medsocial_tui.compliance.media import clean_image, looks_like_dicom
from medsocial_tui.compose import media
from medsocial_tui.errors import ComplianceBlocked
from medsocial_tui.home import demo
from medsocial_tui.home.practice import open_practice

GPS_IFD = 0x8825
EXIF_IFD = 0x8769


def photo_with_gps(orientation: int = 1) -> bytes:
    image = Image.new("RGB", (64, 32), "white")
    image.paste((200, 0, 0), (0, 0, 16, 32))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0112] = orientation
    exif[0x0132] = "2026:03:04 10:11:12"
    exif[0x013B] = "Maria Lopez"
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (39.0, 57.0, 42.0)
    gps[3] = "W"
    gps[4] = (82.0, 59.0, 55.0)
    exif.get_ifd(EXIF_IFD)[0xA430] = "Maria Lopez"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, comment=b"Maria's first visit")
    return out.getvalue()


def dicom_bytes() -> bytes:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.1.1"  # digital X-ray
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    data = FileDataset("xray.dcm", {}, file_meta=meta, preamble=b"\0" * 128)
    data.PatientName = "Lopez^Maria"
    data.PatientID = "MRN4488123"
    data.PatientBirthDate = "19500304"
    out = io.BytesIO()
    pydicom.dcmwrite(out, data, enforce_file_format=True)
    return out.getvalue()


def test_a_photo_with_gps_exif_comes_out_clean() -> None:
    cleaned = clean_image(photo_with_gps(), "smile.jpg")
    with Image.open(io.BytesIO(cleaned.data)) as image:
        assert not image.getexif()
        assert "comment" not in image.info and "exif" not in image.info
        assert image.size == (64, 32)
    assert b"Maria" not in cleaned.data and b"PhoneMaker" not in cleaned.data
    assert {"the GPS location", "the camera owner's name", "the artist's name"} <= set(
        cleaned.removed
    )


def test_a_rotated_photo_keeps_the_way_it_looked() -> None:
    cleaned = clean_image(photo_with_gps(orientation=6), "smile.jpg")
    with Image.open(io.BytesIO(cleaned.data)) as image:
        assert image.size == (32, 64)  # turned as the EXIF said, before the EXIF went


def test_png_text_chunks_are_removed() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Maria Lopez")
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(out, "PNG", pnginfo=info)
    cleaned = clean_image(out.getvalue(), "card.png")
    assert b"Maria" not in cleaned.data and "text chunks" in cleaned.removed
    with Image.open(io.BytesIO(cleaned.data)) as image:
        assert image.format == "PNG" and image.getpixel((0, 0)) == (0, 0, 255)


def test_a_dicom_file_is_refused() -> None:
    data = dicom_bytes()
    assert looks_like_dicom(data)
    with pytest.raises(ComplianceBlocked, match="DICOM"):
        clean_image(data, "xray.dcm")


def test_an_ordinary_image_is_not_taken_for_dicom() -> None:
    out = io.BytesIO()
    Image.new("L", (300, 300), 0).save(out, "PNG")
    assert not looks_like_dicom(out.getvalue())


@pytest.fixture
def practice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MEDSOCIAL_USER", "frontdesk")
    opened = open_practice(demo.build(tmp_path / "demo", login="frontdesk").root)
    yield opened
    opened.close()


def test_attaching_a_photo_stores_it_without_gps(practice, tmp_path: Path) -> None:
    photo = tmp_path / "smile.jpg"
    photo.write_bytes(photo_with_gps())
    entry = media.attach(practice, photo, alt_text="a smile")
    stored = (practice.home.root / entry["path"]).read_bytes()
    assert b"Maria" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert not image.getexif()


def test_attaching_a_dicom_file_is_refused_and_nothing_is_stored(practice, tmp_path: Path) -> None:
    xray = tmp_path / "xray.dcm"
    xray.write_bytes(dicom_bytes())
    with pytest.raises(ComplianceBlocked) as refused:
        media.attach(practice, xray)
    assert refused.value.exit_code == 11 and "Lopez" not in refused.value.for_people()
    assert not practice.home.media_dir.exists() or not any(practice.home.media_dir.iterdir())
