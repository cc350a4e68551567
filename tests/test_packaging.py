"""Docker, compose, Make and CI files agree with each other and with the settings the app reads.

No Docker engine runs here, so the files are checked for structure rather than built.
"""

import re
from pathlib import Path

import yaml

from service.config import Settings

ROOT = Path(__file__).resolve().parent.parent
GUNICORN_ENV = {"HOST", "PORT", "WEB_CONCURRENCY"}


def dockerfile_instructions():
    text = re.sub(r"\\\n\s*", " ", (ROOT / "Dockerfile").read_text())
    return [line.split(None, 1) for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_dockerfile_is_slim_non_root_prebuilt_and_health_checked():
    instructions = dockerfile_instructions()
    commands = [name for name, _ in instructions]
    assert instructions[0][1].startswith("python:3.11-slim")
    assert "USER" in commands and commands.index("USER") > commands.index("RUN")
    assert any(name == "RUN" and "python -m service index build" in args for name, args in instructions)
    healthcheck = next(args for name, args in instructions if name == "HEALTHCHECK")
    assert "/health" in healthcheck
    cmd = next(args for name, args in instructions if name == "CMD")
    make_run = (ROOT / "Makefile").read_text()
    assert "gunicorn -c python:service.gunicorn_conf service.wsgi:app" in make_run
    assert '"-c", "python:service.gunicorn_conf", "service.wsgi:app"' in cmd


def test_dockerfile_environment_names_real_settings():
    env = " ".join(args for name, args in dockerfile_instructions() if name == "ENV")
    names = set(re.findall(r"([A-Z_]+)=", env))
    assert names - {"PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED"} <= set(Settings.ENV) | GUNICORN_ENV


def test_compose_service_mirrors_the_image():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    service = compose["services"]["claimdex"]
    assert service["build"] == "."
    assert "8000:8000" in service["ports"]
    assert set(service["environment"]) <= set(Settings.ENV) | GUNICORN_ENV
    mounts = {volume.split(":")[1] for volume in service["volumes"]}
    assert mounts == {service["environment"]["CLAIMDEX_DATA_DIR"], service["environment"]["CLAIMDEX_INDEX_DIR"]}
    assert {volume.split(":")[0] for volume in service["volumes"]} <= set(compose["volumes"])
    assert any("/health" in part for part in service["healthcheck"]["test"])


def test_ci_installs_what_the_tests_need_then_runs_make_test():
    script = (ROOT / ".ci" / "run").read_text()
    assert "chromium" in script and "wrk" in script
    assert script.index("apt-get install") < script.index("make bench-smoke") < script.index("make test")
    assert script.strip().endswith("make test")


def test_requirements_are_pinned_exactly():
    for name in ("requirements.txt", "requirements-dev.txt"):
        for line in (ROOT / name).read_text().splitlines():
            line = line.strip()
            if line and not line.startswith(("#", "-r ")):
                assert re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[\w.]+", line), f"{name}: {line}"


def test_readme_documents_every_setting():
    readme = (ROOT / "README.md").read_text()
    for name in set(Settings.ENV) | GUNICORN_ENV:
        assert f"`{name}`" in readme, name
