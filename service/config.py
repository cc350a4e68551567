"""Typed settings read from environment variables (documented in the README's configuration table)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Mapping

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MIN_ARTICLE_CHARS = 200  # default shortest cleaned article; also the API's minLength for raw text


class ConfigError(ValueError):
    """An environment variable holds a value of the wrong type or range."""


def _bool(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ConfigError(f"{name} must be a boolean (true/false), got {raw!r}")


def _int(name: str, raw: str, minimum: int = 0) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be >= {minimum}, got {value}")
    return value


def _float(name: str, raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None
    if value < 0:
        raise ConfigError(f"{name} must be >= 0, got {value}")
    return value


def _origins(name: str, raw: str) -> tuple[str, ...]:
    origins = tuple(o.strip().rstrip("/") for o in raw.split(",") if o.strip())
    for origin in origins:
        if origin != "*" and not re.fullmatch(r"https?://[^/\s]+", origin):
            raise ConfigError(f"{name} must be '*' or comma-separated origins like https://example.org, got {origin!r}")
    return origins


@dataclass(frozen=True)
class Settings:
    data_dir: Path = PROJECT_ROOT / "data" / "articles"
    index_dir: Path = PROJECT_ROOT / "index"
    entities_file: Path = PROJECT_ROOT / "data" / "entities.yaml"
    api_keys: tuple[str, ...] = field(default=(), repr=False)
    protect_reads: bool = False
    max_body_bytes: int = 1024 * 1024
    min_article_chars: int = MIN_ARTICLE_CHARS
    write_lock_timeout: float = 10.0
    reconcile_on_start: bool = True
    result_cache_size: int = 512
    public_url: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    access_log: bool = True
    cors_origins: tuple[str, ...] = ()

    # name of env var -> (field, parser)
    ENV = {
        "CLAIMDEX_DATA_DIR": ("data_dir", lambda n, v: Path(v)),
        "CLAIMDEX_INDEX_DIR": ("index_dir", lambda n, v: Path(v)),
        "CLAIMDEX_ENTITIES_FILE": ("entities_file", lambda n, v: Path(v)),
        "CLAIMDEX_API_KEYS": ("api_keys", lambda n, v: tuple(k.strip() for k in v.split(",") if k.strip())),
        "CLAIMDEX_PROTECT_READS": ("protect_reads", _bool),
        "CLAIMDEX_MAX_BODY_BYTES": ("max_body_bytes", lambda n, v: _int(n, v, 1)),
        "CLAIMDEX_MIN_ARTICLE_CHARS": ("min_article_chars", lambda n, v: _int(n, v, 1)),
        "CLAIMDEX_WRITE_LOCK_TIMEOUT": ("write_lock_timeout", _float),
        "CLAIMDEX_RECONCILE_ON_START": ("reconcile_on_start", _bool),
        "CLAIMDEX_RESULT_CACHE_SIZE": ("result_cache_size", lambda n, v: _int(n, v, 0)),
        "CLAIMDEX_PUBLIC_URL": ("public_url", lambda n, v: v.rstrip("/") or None),
        "HOST": ("host", lambda n, v: v.strip() or "127.0.0.1"),
        "PORT": ("port", lambda n, v: _int(n, v, 1)),
        "CLAIMDEX_ACCESS_LOG": ("access_log", _bool),
        "CLAIMDEX_CORS_ORIGINS": ("cors_origins", _origins),
    }

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        environ = os.environ if environ is None else environ
        values = {}
        for name, (attr, parse) in cls.ENV.items():
            if name in environ:
                values[attr] = parse(name, environ[name])
        return cls(**values)

    @property
    def public_base_url(self) -> str:
        """Where this service is reached: CLAIMDEX_PUBLIC_URL, else the configured HOST and PORT (never a request's
        Host header, which any client can set)."""
        if self.public_url:
            return self.public_url
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    def with_overrides(self, overrides: Mapping) -> "Settings":
        known = {f.name for f in fields(self)}
        unknown = set(overrides) - known
        if unknown:
            raise ConfigError(f"unknown settings: {', '.join(sorted(unknown))}")
        values = dict(overrides)
        for key in ("data_dir", "index_dir", "entities_file"):
            if key in values:
                values[key] = Path(values[key])
        for key in ("api_keys", "cors_origins"):
            if key in values:
                values[key] = tuple(values[key])
        return replace(self, **values)
