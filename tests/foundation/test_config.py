"""The practice config and secrets: errors name the file, the line or key, and the fix."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from medsocial_tui.config import Home, load_config, load_secrets, resolve_home, write_secrets
from medsocial_tui.demo import config_text
from medsocial_tui.errors import ConfigError, HomeError, SecretsError


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
