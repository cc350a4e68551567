"""The OpenAPI document as YAML (flask-smorest serves the JSON form at /openapi.json)."""

import yaml
from flask import Blueprint, Response, current_app

blp = Blueprint("spec", __name__)


def spec_as_yaml(app) -> str:
    spec = app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict()
    return yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=120)


@blp.route("/openapi.yaml")
def openapi_yaml():
    return Response(spec_as_yaml(current_app), mimetype="application/yaml")
