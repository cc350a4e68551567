"""Responses dumped by the compiled plans (routes/dumping.py) are exactly what marshmallow's Schema.dump gives."""

from __future__ import annotations

import datetime
import importlib
import random

import marshmallow as ma
import pytest

from service.routes import dumping

ROUTE_MODULES = ("articles", "claims", "common", "entities", "facts", "health", "passages")
SAMPLES = 60


def api_schemas() -> list[type[ma.Schema]]:
    found = {}
    for name in ROUTE_MODULES:
        module = importlib.import_module(f"service.routes.{name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, ma.Schema) and value.__module__ == module.__name__:
                found[value.__qualname__] = value
    errors = importlib.import_module("service.errors")
    found["ProblemSchema"] = errors.ProblemSchema
    return list(found.values())


def value_for(field: ma.fields.Field, rng: random.Random, depth: int = 0):
    """A value the field may meet: its own type, None, or one another type turns into it (or fails on)."""
    roll = rng.random()
    if roll < 0.1:
        return None
    if isinstance(field, ma.fields.Nested):
        many = field.many or field.schema.many
        if depth > 3:
            return None
        if many:
            return [object_for(field.schema, rng, depth + 1) for _ in range(rng.randint(0, 3))]
        return object_for(field.schema, rng, depth + 1)
    if isinstance(field, ma.fields.List):
        return [value_for(field.inner, rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if isinstance(field, ma.fields.Integer):
        return rng.choice([0, 7, -3, True, 2.9, "12", 10**20])
    if isinstance(field, ma.fields.Float):
        return rng.choice([0.5, 3, -1.25, "2.5", float("inf"), True])
    if isinstance(field, ma.fields.Boolean):
        return rng.choice([True, False, 1, 0, "true", "no", "maybe"])
    if isinstance(field, ma.fields.String):
        return rng.choice(["x", "", "Kursk <b>", 12, 1.5, b"bytes", "é"])
    if isinstance(field, ma.fields.Date):
        return rng.choice([datetime.date(2024, 11, 17), "2024-11-17"])
    if isinstance(field, ma.fields.Dict):
        return rng.choice([{}, {"a": 1}, {"q": ["bad"]}])
    return rng.choice(["raw", 1, None, {"a": 1}])


def object_for(schema: ma.Schema, rng: random.Random, depth: int = 0) -> dict:
    """A dict with some of the schema's keys (by attribute name), some missing, and keys it does not know."""
    obj = {}
    for name, field in schema.fields.items():
        if field.load_only or rng.random() < 0.15:
            continue
        obj[field.attribute or name] = value_for(field, rng, depth)
    if rng.random() < 0.3:
        obj["unknown_key"] = "ignored"
    return obj


def outcome(dump, obj, many=None):
    try:
        return "ok", dump(obj, many=many)
    except Exception as error:  # noqa: BLE001 - the same failure is the same answer
        return "error", type(error)


@pytest.mark.parametrize("schema_class", api_schemas(), ids=lambda cls: cls.__qualname__)
def test_compiled_dump_equals_marshmallows(schema_class):
    schema = schema_class()
    compiled = dumping.compile_dump(schema)
    rng = random.Random(schema_class.__qualname__)
    for _ in range(SAMPLES):
        obj = object_for(schema, rng)
        assert outcome(compiled, obj) == outcome(schema.dump, obj), obj
        assert repr(outcome(compiled, obj)) == repr(outcome(schema.dump, obj)), obj  # the same key order
    objs = [object_for(schema, rng) for _ in range(3)]
    assert outcome(compiled, objs, many=True) == outcome(schema.dump, objs, many=True)


def test_objects_that_are_not_dicts_are_read_like_marshmallow_reads_them():
    class Row:
        def __init__(self):
            self.total, self.limit, self.offset = 3, 10, 0

    from service.routes.common import PageSchema

    schema = PageSchema()
    assert dumping.compile_dump(schema)(Row()) == schema.dump(Row()) == {"total": 3, "limit": 10, "offset": 0}


def test_a_schema_with_dump_hooks_is_dumped_by_marshmallow():
    class Hooked(ma.Schema):
        a = ma.fields.String()

        @ma.post_dump
        def shout(self, data, **kwargs):
            return {key: value.upper() for key, value in data.items()}

    schema = Hooked()
    assert dumping.compile_dump(schema)({"a": "x"}) == {"a": "X"}


def test_route_responses_are_the_schema_dump_of_the_domain_result(app):
    from service.routes import catalog
    from service.routes.passages import PassagePageSchema

    client = app.test_client()
    for q in ("Kursk", '"long-range missiles"', "escalat*", "Kursk NOT troops", "troops OR missiles"):
        body = client.get(f"/v1/passages?q={q}&limit=5").get_json()
        with app.app_context():
            result = catalog().passages.search(q=q, limit=5, offset=0)
        assert body == ma.Schema.dump(PassagePageSchema(), result)
