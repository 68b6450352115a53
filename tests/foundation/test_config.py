"""The practice config and secrets: errors name the file, the line or key, and the fix."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from medsocial_tui.errors import ConfigError, HomeError, SecretsError
from medsocial_tui.home.config import Home, load_config, load_secrets, resolve_home, write_secrets
from medsocial_tui.home.demo import config_text


def home_with(tmp_path: Path, text: str) -> Home:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "practice.toml").write_text(text, "utf-8")
    return Home(tmp_path)


def test_the_example_config_is_valid_and_keeps_its_comments(tmp_path):
    text = config_text("Oak Family Medicine", "America/Denver")
    config = load_config(home_with(tmp_path, text))
    assert config.name == "Oak Family Medicine"
    assert config.timezone == "America/Denver"
    assert len(config.accounts) >= 4
    assert "# Secrets (tokens, passwords) never go here" in text


def test_broken_toml_names_the_file_and_line(tmp_path):
    home = home_with(tmp_path, '[practice]\nname = "Oak\ntimezone = "UTC"\n')
    with pytest.raises(ConfigError) as error:
        load_config(home)
    assert "line 2" in error.value.what
    assert str(home.config_path) == error.value.where


def test_unknown_timezone_names_the_line_and_suggests_a_name(tmp_path):
    home = home_with(tmp_path, '[practice]\nname = "Oak"\ntimezone = "Mars/Olympus"\n')
    with pytest.raises(ConfigError) as error:
        load_config(home)
    assert "Mars/Olympus" in error.value.what
    assert "line 3" in error.value.where
    assert "America/Chicago" in error.value.fix


def test_missing_required_key_says_which(tmp_path):
    home = home_with(tmp_path, '[practice]\nname = "Oak"\n')
    with pytest.raises(ConfigError, match="practice.timezone"):
        load_config(home)


def test_a_token_in_the_main_config_is_refused(tmp_path):
    text = (
        '[practice]\nname = "Oak"\ntimezone = "UTC"\n[[accounts]]\nid = "fb"\nchannel = "x"\n'
        '[accounts.settings]\naccess_token = "EAAB-secret"\n'
    )
    with pytest.raises(ConfigError) as error:
        load_config(home_with(tmp_path, text))
    assert "secrets.toml" in error.value.fix
    assert "EAAB-secret" not in error.value.for_people()


def test_a_duplicate_account_id_is_refused(tmp_path):
    text = (
        '[practice]\nname = "Oak"\ntimezone = "UTC"\n'
        '[[accounts]]\nid = "a"\nchannel = "manual"\n[[accounts]]\nid = "a"\nchannel = "manual"\n'
    )
    with pytest.raises(ConfigError, match="used twice"):
        load_config(home_with(tmp_path, text))


def test_a_missing_home_says_how_to_make_one(tmp_path):
    with pytest.raises(HomeError) as error:
        resolve_home(tmp_path / "nowhere")
    assert "medsocial init" in error.value.fix


def test_home_comes_from_the_environment(tmp_path, monkeypatch):
    home_with(tmp_path, config_text("Oak", "UTC"))
    monkeypatch.setenv("MEDSOCIAL_HOME", str(tmp_path))
    assert resolve_home().root == tmp_path.resolve()


def test_secrets_file_is_written_private_and_read_back(tmp_path):
    home = Home(tmp_path)
    write_secrets(home, {"fb": {"page_access_token": "s3cret"}})
    assert oct(home.secrets_path.stat().st_mode & 0o777) == "0o600"
    secrets = load_secrets(home)
    assert secrets.for_account("fb") == {"page_access_token": "s3cret"}
    assert "s3cret" not in repr(secrets)


def test_a_secrets_file_others_can_read_is_refused_and_left_alone(tmp_path):
    home = Home(tmp_path)
    write_secrets(home, {"fb": {"token": "s3cret"}})
    os.chmod(home.secrets_path, 0o644)
    before = home.secrets_path.read_bytes()
    with pytest.raises(SecretsError) as error:
        load_secrets(home)
    assert "chmod 600" in error.value.fix
    assert home.secrets_path.read_bytes() == before


def test_environment_variables_supply_credentials(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSOCIAL_SECRET_FB_MAIN_PAGE_ACCESS_TOKEN", "from-env")
    secrets = load_secrets(Home(tmp_path))
    assert secrets.for_account("fb-main", ["page_access_token"]) == {
        "page_access_token": "from-env"
    }


BASE = '[practice]\nname = "Oak"\ntimezone = "UTC"\n'


def test_an_unknown_key_is_warned_about_with_its_line_and_a_suggestion(tmp_path):
    text = '[practice]\nnmae = "Oak"\nname = "Oak"\ntimezone = "UTC"\n\n[bogus]\nx = 1\n'
    config = load_config(home_with(tmp_path, text))
    said = [str(w) for w in config.warnings]
    assert any("'nmae'" in w and "line 2" in w and "did you mean 'name'" in w for w in said)
    assert any("'bogus'" in w and "line 6" in w for w in said)


@pytest.mark.parametrize(
    ("table", "line", "key"),
    [
        ("[publishing]\nlease_seconds = -5\n", 5, "publishing.lease_seconds"),
        ("[publishing]\nrequest_timeout_seconds = -1.0\n", 5, "publishing.request_timeout_seconds"),
        ("[publishing]\nlate_tolerance_minutes = 99999999999\n", 5, "late_tolerance_minutes"),
        ("[publishing]\nrequest_timeout_seconds = inf\n", 5, "request_timeout_seconds"),
        ("[publishing]\nquiet_after_days = true\n", 5, "publishing.quiet_after_days"),
        ("[database]\nbusy_timeout_seconds = -1\n", 5, "database.busy_timeout_seconds"),
    ],
)
def test_a_value_out_of_range_names_file_line_key_and_fix(tmp_path, table, line, key):
    home = home_with(tmp_path, BASE + table)
    with pytest.raises(ConfigError) as error:
        load_config(home)
    assert f"{home.config_path}, line {line}" in error.value.where
    assert key in error.value.where
    assert error.value.fix


def test_a_bad_id_in_the_second_account_is_reported_at_its_own_line(tmp_path):
    text = BASE + (
        '\n[[accounts]]\nid = "good"\nchannel = "manual"\n[accounts.settings]\nnetwork = "A"\n'
        '\n[[accounts]]\nid = "Bad Id"\nchannel = "manual"\n'
    )
    with pytest.raises(ConfigError) as error:
        load_config(home_with(tmp_path, text))
    assert "line 12, key accounts[1].id" in error.value.where


def test_a_wrong_type_in_the_second_account_is_reported_at_its_own_line(tmp_path):
    text = BASE + (
        '\n[[accounts]]\nid = "a"\nchannel = "manual"\n'
        '\n[[accounts]]\nid = "b"\nchannel = "manual"\nenabled = "yes"\n'
    )
    with pytest.raises(ConfigError) as error:
        load_config(home_with(tmp_path, text))
    assert "line 12, key accounts[1].enabled" in error.value.where
    assert "true or false" in error.value.fix


def test_a_range_error_from_the_cli_exits_4_in_words(tmp_path):
    from .conftest import run_cli

    home_with(
        tmp_path, config_text("Oak", "UTC").replace("lease_seconds = 600", "lease_seconds = -5")
    )
    result = run_cli("post", "list", home=tmp_path)
    assert result.returncode == 4
    assert "lease_seconds" in result.stderr and "line" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_keys_are_said_by_commands_and_the_doctor(tmp_path):
    from medsocial_tui.store import open_store

    from .conftest import run_cli

    text = config_text("Oak", "UTC").replace('name = "Oak"', 'name = "Oak"\nnmae = "Oak"', 1)
    home = home_with(tmp_path, text)
    # Only init and demo create a database; this home gets one as init would have made it.
    open_store(home.database_path, create=True).close()
    listed = run_cli("post", "list", home=tmp_path)
    assert "warning: unknown key 'nmae'" in listed.stderr
    doctor = run_cli("doctor", home=tmp_path)
    assert "unknown key 'nmae'" in doctor.stdout + doctor.stderr


def test_an_unknown_key_in_the_second_account_is_warned_about_at_its_line(tmp_path):
    text = BASE + (
        '\n[[accounts]]\nid = "a"\nchannel = "manual"\n'
        '\n[[accounts]]\nid = "b"\nchannel = "manual"\nchanel = "x"\n'
    )
    [warning] = load_config(home_with(tmp_path, text)).warnings
    assert "line 12, key accounts[1].chanel" in warning.where
    assert "did you mean 'channel'" in warning.fix
