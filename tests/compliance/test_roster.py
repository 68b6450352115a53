"""The patient roster is stored as keyed hashes only and still catches patients' names."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from medsocial_tui.compliance import PracticeContext, find_phi
from medsocial_tui.compliance.roster import (
    import_roster,
    load_key,
    load_roster,
    read_names_csv,
    roster_from_names,
)
from medsocial_tui.errors import SecretsError, UsageError
from medsocial_tui.store import open_store


@pytest.fixture
def store(tmp_path: Path):
    s = open_store(tmp_path / "medsocial.db", create=True)
    yield s
    s.close()


def test_reads_first_and_last_name_columns() -> None:
    data = (
        b"Patient ID,First Name,Last Name,DOB\n1,Hope,Walker,1990-01-01\n2,Will,Baker,1985-02-02\n"
    )
    assert read_names_csv(data) == [("Hope", "Walker"), ("Will", "Baker")]


def test_reads_a_full_name_column_in_last_comma_first_form() -> None:
    data = b'"Patient Name",Phone\n"Gonzalez, Maria",555\n"Bob Hennessy",556\n'
    assert read_names_csv(data) == [("Maria", "Gonzalez"), ("Bob", "Hennessy")]


def test_reads_semicolons_latin1_and_no_header() -> None:
    data = "Jos\xe9;Mart\xednez\nAna;Lopez\n".encode("latin-1")
    assert read_names_csv(data) == [("José", "Martínez"), ("Ana", "Lopez")]


def test_preferred_name_column_is_added_as_a_given_name() -> None:
    data = b"first_name,last_name,preferred_name\nRobert,Hennessy,Bob\n"
    assert ("Bob", "Hennessy") in read_names_csv(data)


def test_import_stores_digests_never_names(store, tmp_path: Path) -> None:
    count = import_roster(store, tmp_path, b"first,last\nFaith,Ortiz\n", actor="maria")
    assert count == 1
    raw = (tmp_path / "medsocial.db").read_bytes()
    assert b"Faith" not in raw and b"Ortiz" not in raw and b"faith" not in raw
    rows = store.query("SELECT digest, kind FROM roster_hashes")
    assert rows and all(len(r["digest"]) == 64 for r in rows)


def test_import_records_an_audit_event_with_a_count_only(store, tmp_path: Path) -> None:
    import_roster(store, tmp_path, b"first,last\nFaith,Ortiz\n", actor="maria")
    events = store.query("SELECT action, details FROM events WHERE action = 'roster.imported'")
    assert events and "Ortiz" not in events[0]["details"] and '"people": 1' in events[0]["details"]


def test_the_key_file_is_private_to_its_owner(store, tmp_path: Path) -> None:
    import_roster(store, tmp_path, b"first,last\nFaith,Ortiz\n", actor="maria")
    mode = stat.S_IMODE((tmp_path / "roster.key").stat().st_mode)
    assert mode == 0o600


def test_a_key_readable_by_others_is_refused(tmp_path: Path) -> None:
    load_key(tmp_path, create=True)
    (tmp_path / "roster.key").chmod(0o644)
    with pytest.raises(SecretsError):
        load_key(tmp_path)


def test_a_lost_key_makes_the_roster_unusable_and_says_so(store, tmp_path: Path) -> None:
    import_roster(store, tmp_path, b"first,last\nFaith,Ortiz\n", actor="maria")
    (tmp_path / "roster.key").unlink()
    with pytest.raises(SecretsError, match="import the roster again|different key"):
        load_roster(store, tmp_path)


def test_an_imported_roster_catches_a_patient_named_like_an_ordinary_word(
    store, tmp_path: Path
) -> None:
    import_roster(store, tmp_path, b"first,last\nFaith,Ortiz\n", actor="maria")
    roster = load_roster(store, tmp_path)
    context = PracticeContext(roster=roster)
    text = "So glad to see Faith today, what a smile!"
    assert [text[f.start : f.end] for f in find_phi(text, context)] == ["Faith"]
    assert find_phi("Keep the faith, flu season is almost over!", context) == []


def test_reimport_replaces_the_previous_roster(store, tmp_path: Path) -> None:
    import_roster(store, tmp_path, b"first,last\nFaith,Ortiz\n", actor="maria")
    import_roster(store, tmp_path, b"first,last\nGrace,Kim\n", actor="maria")
    roster = load_roster(store, tmp_path)
    assert roster is not None and roster.has_full_name("Grace", "Kim")
    assert not roster.has_full_name("Faith", "Ortiz")


def test_an_empty_export_is_a_usage_error(store, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        import_roster(store, tmp_path, b"first,last\n", actor="maria")


def test_no_roster_imported_means_none(store, tmp_path: Path) -> None:
    assert load_roster(store, tmp_path) is None


def test_roster_repr_shows_no_names_or_key() -> None:
    assert repr(roster_from_names(["Faith Ortiz"])).startswith("Roster(")
    assert "Ortiz" not in repr(roster_from_names(["Faith Ortiz"]))


def test_the_roster_answers_the_same_when_asked_again_as_its_digests_do() -> None:
    """Answers are remembered per word as written: the second answer is the first, and
    both are what the keyed digests say."""
    roster = roster_from_names(["Maria Lopez", "Kowalczyk, Anna"])
    asks = [("Maria", "Lopez"), ("maria", "LOPEZ"), ("Anna", "Kowalczyk"), ("Lopez", "Maria")]
    for _ in range(2):
        assert [roster.has_full_name(a, b) for a, b in asks] == [True, True, True, False]
        assert [roster.has_given_name(w) for w in ("Maria", "Lopez", "ANNA")] == [
            True,
            False,
            True,
        ]
        assert [roster.has_surname(w) for w in ("Lopez", "Maria", "Kowalczyk")] == [
            True,
            False,
            True,
        ]
