"""Command line: ``python -m service index build|rebuild|ensure|optimize|status``, ``ingest FILES...``, ``openapi``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .config import ConfigError, Settings

INGEST_CHUNK = 50
HTML_SUFFIXES = {".html", ".htm"}  # ingested as HTML pages; any other file as scraped text


def _settings(args) -> Settings:
    overrides = {}
    if getattr(args, "data_dir", None):
        overrides["data_dir"] = args.data_dir
    if getattr(args, "index_dir", None):
        overrides["index_dir"] = args.index_dir
    return Settings.from_env().with_overrides(overrides)


def _catalog(args):
    from .catalog import Catalog

    return Catalog(_settings(args))


def cmd_index(args) -> int:
    catalog = _catalog(args)
    if args.action in ("build", "rebuild"):
        result = catalog.build(progress=True, workers=args.workers, claims=not args.without_claims)
    elif args.action == "ensure":
        result = catalog.ensure(progress=True)
    elif args.action == "optimize":
        result = catalog.optimize()
    else:
        reason = catalog.needs_rebuild()
        result = {"manifest": catalog.location.manifest(), "needs_rebuild": reason}
        if reason is None:
            result["claims_pending"] = len(catalog.claims_pending())
    print(json.dumps(result, indent=2))
    return 0


def cmd_ingest(args) -> int:
    from tqdm import tqdm

    from .corpus import SIDECAR_FIELDS

    catalog = _catalog(args)
    catalog.ensure()
    created = existing = failed = 0
    paths = [Path(p) for p in args.files]
    with tqdm(total=len(paths), unit="article", desc="ingesting", disable=None) as bar:
        for start in range(0, len(paths), INGEST_CHUNK):
            batch = []
            for path in paths[start:start + INGEST_CHUNK]:
                sidecar_path = path.with_suffix(".json")
                metadata = {}
                if sidecar_path.exists():
                    loaded = json.loads(sidecar_path.read_text(encoding="utf-8"))
                    metadata = {k: loaded[k] for k in SIDECAR_FIELDS if loaded.get(k)}
                kind = "html" if path.suffix.lower() in HTML_SUFFIXES else "text"
                batch.append((str(path), path.read_bytes(), metadata, kind))
            for key, _article, was_created, error in catalog.ingest_many(batch):
                if error:
                    failed += 1
                    tqdm.write(f"{key}: rejected: {error}", file=sys.stderr)
                elif was_created:
                    created += 1
                else:
                    existing += 1
            bar.update(len(batch))
            catalog.settle_claims()
    catalog.merge_segments()
    print(json.dumps({"created": created, "existing": existing, "failed": failed}))
    return 1 if failed and not (created or existing) else 0


def cmd_openapi(args) -> int:
    from .app import create_app
    from .routes.spec import spec_as_yaml

    text = spec_as_yaml(create_app({"reconcile_on_start": False}))
    if args.output:
        Path(args.output).write_text(text)
    else:
        sys.stdout.write(text)
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service", description="Claimdex command line")
    sub = parser.add_subparsers(dest="command", required=True)

    index = sub.add_parser("index", help="build or check the search index")
    index.add_argument("action", choices=["build", "rebuild", "ensure", "optimize", "status"],
                       help="build/rebuild: from scratch, swapped in atomically; ensure: build when missing or "
                            "outdated, else sync with the corpus; optimize: merge the segments writes left into one; "
                            "status: show the manifest")
    index.add_argument("--data-dir", help="corpus directory (default: CLAIMDEX_DATA_DIR)")
    index.add_argument("--index-dir", help="index directory (default: CLAIMDEX_INDEX_DIR)")
    index.add_argument("--workers", type=int, default=None, help="processes for a build (default: CPU count)")
    index.add_argument("--without-claims", action="store_true",
                       help="build passages and facts only, no claims (to measure passage search at large scales)")
    index.set_defaults(func=cmd_index)

    ingest = sub.add_parser("ingest", help="add article files (with optional .json sidecars) to the corpus")
    ingest.add_argument("files", nargs="+")
    ingest.add_argument("--data-dir")
    ingest.add_argument("--index-dir")
    ingest.set_defaults(func=cmd_ingest)

    openapi = sub.add_parser("openapi", help="print the OpenAPI document as YAML")
    openapi.add_argument("--output", "-o")
    openapi.set_defaults(func=cmd_openapi)

    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except ConfigError as error:
        parser.error(str(error))
    return 2


if __name__ == "__main__":
    sys.exit(main())
