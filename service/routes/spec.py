"""The OpenAPI document as YAML (flask-smorest serves the JSON form at /openapi.json)."""

import yaml
from flask import Blueprint, Response, current_app

blp = Blueprint("spec", __name__)
TOP_LEVEL_ORDER = ("openapi", "info", "servers", "tags", "paths", "components")


class _SpecDumper(yaml.SafeDumper):
    """Multi-line descriptions as readable literal blocks; a value shared by two schemas is written out twice, not
    as a YAML anchor and alias."""

    def ignore_aliases(self, data):
        return True


def _str(dumper, value):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_SpecDumper.add_representer(str, _str)


def spec_as_yaml(app) -> str:
    spec = app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict()
    ordered = {key: spec[key] for key in TOP_LEVEL_ORDER if key in spec}
    ordered.update((key, value) for key, value in spec.items() if key not in ordered)
    return yaml.dump(ordered, Dumper=_SpecDumper, sort_keys=False, allow_unicode=True, width=120)


@blp.route("/openapi.yaml")
def openapi_yaml():
    return Response(spec_as_yaml(current_app), mimetype="application/yaml")
