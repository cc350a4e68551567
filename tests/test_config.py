from pathlib import Path

import pytest

from service.config import ConfigError, Settings


def test_defaults_point_into_the_project():
    settings = Settings.from_env({})
    assert settings.data_dir.name == "articles"
    assert settings.index_dir.name == "index"
    assert settings.api_keys == ()
    assert settings.max_body_bytes == 1024 * 1024


def test_environment_is_parsed_into_types():
    settings = Settings.from_env({
        "CLAIMDEX_DATA_DIR": "/srv/corpus", "CLAIMDEX_API_KEYS": " k1, ,k2 ", "CLAIMDEX_PROTECT_READS": "yes",
        "CLAIMDEX_MAX_BODY_BYTES": "2048", "CLAIMDEX_WRITE_LOCK_TIMEOUT": "2.5",
    })
    assert settings.data_dir == Path("/srv/corpus")
    assert settings.api_keys == ("k1", "k2")
    assert settings.protect_reads is True
    assert settings.max_body_bytes == 2048
    assert settings.write_lock_timeout == 2.5


@pytest.mark.parametrize("name, value", [
    ("CLAIMDEX_MAX_BODY_BYTES", "lots"), ("CLAIMDEX_MAX_BODY_BYTES", "0"),
    ("CLAIMDEX_PROTECT_READS", "maybe"), ("CLAIMDEX_WRITE_LOCK_TIMEOUT", "-1"),
])
def test_bad_values_name_the_variable(name, value):
    with pytest.raises(ConfigError, match=name):
        Settings.from_env({name: value})


def test_overrides_reject_unknown_settings():
    with pytest.raises(ConfigError, match="unknown settings: nope"):
        Settings.from_env({}).with_overrides({"nope": 1})


def test_api_keys_are_not_shown_in_repr():
    assert "secret" not in repr(Settings.from_env({"CLAIMDEX_API_KEYS": "secret"}))


def test_cors_origins_are_parsed_and_checked():
    settings = Settings.from_env({"CLAIMDEX_CORS_ORIGINS": "https://a.example, http://b.example:8080/ "})
    assert settings.cors_origins == ("https://a.example", "http://b.example:8080")
    with pytest.raises(ConfigError, match="CLAIMDEX_CORS_ORIGINS"):
        Settings.from_env({"CLAIMDEX_CORS_ORIGINS": "a.example"})


def test_public_base_url_comes_from_configuration_only():
    assert Settings.from_env({"CLAIMDEX_PUBLIC_URL": "https://claims.example/"}).public_base_url == \
        "https://claims.example"
    assert Settings.from_env({"HOST": "10.1.2.3", "PORT": "9000"}).public_base_url == "http://10.1.2.3:9000"
    assert Settings.from_env({"HOST": "0.0.0.0", "PORT": "9000"}).public_base_url == "http://127.0.0.1:9000"
    assert Settings.from_env({"HOST": "::1", "PORT": "80"}).public_base_url == "http://[::1]:80"


def test_access_log_is_on_by_default():
    assert Settings.from_env({}).access_log is True
    assert Settings.from_env({"CLAIMDEX_ACCESS_LOG": "off"}).access_log is False
