"""Docker, compose, Make and CI files agree with each other and with the settings the app reads.

No Docker engine runs here, so the files are checked for structure rather than built.
"""

import fnmatch
import importlib.metadata
import json
import re
import subprocess
from pathlib import Path

import pytest
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
    user = next(args for name, args in instructions if name == "USER")
    assert re.fullmatch(r"[1-9]\d*(:\d+)?", user.strip()), "USER must be numeric and not root"
    healthcheck = next(args for name, args in instructions if name == "HEALTHCHECK")
    probe = json.loads(healthcheck.split(" CMD ", 1)[1])  # exec form: a JSON array, no shell, no curl
    assert probe[0] == "python" and "/ready" in probe[-1] and "PORT" in probe[-1]
    cmd = next(args for name, args in instructions if name == "CMD")
    make_run = (ROOT / "Makefile").read_text()
    assert "gunicorn -c python:service.gunicorn_conf service.wsgi:app" in make_run
    assert '"-c", "python:service.gunicorn_conf", "service.wsgi:app"' in cmd


def test_dockerfile_environment_names_real_settings():
    env = " ".join(args for name, args in dockerfile_instructions() if name == "ENV")
    names = set(re.findall(r"([A-Z_]+)=", env))
    assert names - {"PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED"} <= set(Settings.ENV) | GUNICORN_ENV


def _compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_service_mirrors_the_image():
    compose = _compose()
    service = compose["services"]["claimdex"]
    assert service["build"] == "."
    assert "ports" not in service, "gunicorn must not be published: nginx faces clients"
    assert service["expose"] == [service["environment"]["PORT"]]
    assert set(service["environment"]) <= set(Settings.ENV) | GUNICORN_ENV
    mounts = {volume.split(":")[1] for volume in service["volumes"]}
    assert mounts == {service["environment"]["CLAIMDEX_DATA_DIR"], service["environment"]["CLAIMDEX_INDEX_DIR"]}
    assert {volume.split(":")[0] for volume in service["volumes"]} <= set(compose["volumes"])
    probe = service["healthcheck"]["test"]
    assert probe[:2] == ["CMD", "python"] and "/ready" in probe[-1] and "PORT" in probe[-1]


def test_compose_puts_the_shipped_nginx_config_in_front():
    compose = _compose()
    app, nginx = compose["services"]["claimdex"], compose["services"]["nginx"]
    source, target = nginx["volumes"][0].split(":")[:2]
    template = ROOT / source
    assert template.is_file() and target.startswith("/etc/nginx/templates/") and target.endswith(".template")
    needed = set(re.findall(r"\$\{(\w+)\}", template.read_text()))
    assert needed <= set(nginx["environment"]), needed - set(nginx["environment"])
    assert nginx["environment"]["CLAIMDEX_UPSTREAM"] == f"claimdex:{app['environment']['PORT']}"
    assert f":{nginx['environment']['NGINX_PORT']}" in nginx["ports"][0]
    # nginx and the app refuse exactly the same bodies.
    assert int(nginx["environment"]["CLAIMDEX_MAX_BODY_BYTES"]) == int(app["environment"]["CLAIMDEX_MAX_BODY_BYTES"])
    assert int(app["environment"]["CLAIMDEX_MAX_BODY_BYTES"]) == Settings().max_body_bytes
    assert nginx["depends_on"]["claimdex"]["condition"] == "service_healthy"


def _ignored(path: str, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatch(path, pattern) or path.startswith(pattern.rstrip("/") + "/") for pattern in patterns)


def test_dockerignore_keeps_what_the_image_needs_and_nothing_else():
    patterns = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    for heavy in (".venv", "index", "build", ".git", ".pytest_cache", "data/articles/a0123456789abcdef012"):
        assert _ignored(heavy, patterns), heavy
    copied = [args.split()[0] for name, args in dockerfile_instructions() if name == "COPY"]
    tracked = subprocess.run(["git", "ls-files", *copied], cwd=ROOT, capture_output=True, text=True).stdout.split()
    assert tracked and not [path for path in tracked if _ignored(path, patterns)]


def test_make_test_checks_for_chromium_in_one_line():
    result = subprocess.run(["make", "-s", "check-chromium", "CHROMIUM=/nonexistent/chromium"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode != 0
    lines = (result.stdout + result.stderr).strip().splitlines()
    assert len(lines) == 1 and "apt-get install chromium" in lines[0]
    make_test = re.search(r"^test:(.*)$", (ROOT / "Makefile").read_text(), re.MULTILINE).group(1)
    assert make_test.split()[0] == "check-chromium"


def test_ci_installs_what_the_tests_need_then_runs_make_test():
    script = (ROOT / ".ci" / "run").read_text()
    assert "chromium" in script and "wrk" in script and "nginx" in script
    assert script.index("apt-get install") < script.index("make bench-smoke") < script.index("make test")
    assert script.strip().endswith("make test")


def test_top_level_requirements_are_pinned_exactly():
    for name in ("requirements.in", "requirements-dev.in"):
        for line in (ROOT / name).read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                assert re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[\w.]+", line), f"{name}: {line}"


LOCK_ENTRY = re.compile(r"^([A-Za-z0-9_.\-]+)(?:\[([\w,\-]+)\])?==([\w.]+) \\\n\s+--hash=sha256:[0-9a-f]{64}$", re.M)


def _lock_entries(name: str) -> list[tuple[str, str, str]]:
    """(package, extras, version) of a lock file, asserting every entry carries a sha256 hash."""
    text = (ROOT / name).read_text()
    entries = LOCK_ENTRY.findall(text)
    pins = [line for line in text.splitlines() if "==" in line]
    assert len(entries) == len(pins) > 0, f"{name}: an entry without its hash"
    return [(package.lower().replace("_", "-"), extras, version) for package, extras, version in entries]


def _locked(name: str) -> dict[str, str]:
    """Package -> version of a lock file."""
    return {package: version for package, _, version in _lock_entries(name)}


@pytest.mark.parametrize("name", ["requirements.txt", "requirements-dev.txt"])
def test_lock_entries_carry_the_extras_their_dependents_ask_for(name):
    """pip 23 in --require-hashes mode refuses a dependency's `smart-open[http]>=5` unless the pin names the extra."""
    from tools.lock import canonical, demanded_extras

    entries = _lock_entries(name)
    items = []
    for package, _, _ in entries:
        meta = importlib.metadata.metadata(package)
        items.append({"metadata": {"name": package, "requires_dist": meta.get_all("Requires-Dist") or [],
                                   "provides_extra": meta.get_all("Provides-Extra") or []}})
    wanted = demanded_extras(items)
    assert wanted, "no locked package asks for an extra: the check has nothing to look at"
    locked: dict[str, set[str]] = {}
    for package, extras, _ in entries:
        locked.setdefault(canonical(package), set()).update(filter(None, extras.split(",")))
    plain = {canonical(package) for package, extras, _ in entries if not extras}
    for package, extras in wanted.items():
        # as the dependents spell them (pip 23 compares extras as written), beside a plain pin of the package
        assert locked.get(package, set()) >= extras and package in plain, package


def test_lock_files_hash_every_package_and_cover_the_top_level_pins():
    runtime, dev = _locked("requirements.txt"), _locked("requirements-dev.txt")
    assert runtime.items() <= dev.items()  # one resolution: the runtime lock is part of the dev lock
    for source, lock in (("requirements.in", runtime), ("requirements-dev.in", dev)):
        for line in (ROOT / source).read_text().splitlines():
            if line.strip() and not line.startswith("#"):
                package, version = line.strip().split("==")
                assert lock.get(package.lower().replace("_", "-")) == version, f"{source}: {line} not locked"


def test_installs_require_hashes():
    assert (ROOT / "Makefile").read_text().count("--require-hashes") == 2
    assert "--require-hashes" in (ROOT / "Dockerfile").read_text()


def test_readme_documents_every_setting():
    readme = (ROOT / "README.md").read_text()
    for name in set(Settings.ENV) | GUNICORN_ENV:
        assert f"`{name}`" in readme, name
