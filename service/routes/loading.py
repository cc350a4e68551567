"""Argument schemas loaded by a plan compiled once per schema instance, for requests whose arguments are valid.

webargs calls ``schema.load(data, unknown=...)`` on every request; marshmallow then sets up an error store, a
getter closure and the hooks' bookkeeping for each field. The plan does the same per-field work
(``Field.deserialize`` with the same arguments, in field order, then the post_load hooks) and answers only when
nothing fails: at the first problem (an unknown parameter, a field that does not validate, a failing post_load)
the schema's own ``load`` runs from the start and raises its usual error, so error answers are marshmallow's own.
Schemas with pre_load or validation hooks, and loads with ``many``, ``partial`` or ``unknown=INCLUDE``, are
always loaded by marshmallow.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Callable

import marshmallow as ma
from marshmallow import EXCLUDE, RAISE, ValidationError, missing
from marshmallow.decorators import POST_LOAD, PRE_LOAD, VALIDATES, VALIDATES_SCHEMA


def compile_load(schema: ma.Schema) -> Callable[..., Any]:
    """``load(data, many=None, partial=None, unknown=None)`` returning what ``schema.load`` returns."""
    marshmallow_load = type(schema).load.__get__(schema)
    hooks = schema._hooks
    if hooks[PRE_LOAD] or hooks[VALIDATES] or hooks[VALIDATES_SCHEMA] or schema.many or schema.partial is not None:
        return marshmallow_load
    plan = []
    for attr_name, field in schema.load_fields.items():
        key = field.attribute or attr_name
        if "." in key:
            return marshmallow_load
        plan.append((field, field.data_key if field.data_key is not None else attr_name, key))
    data_keys = frozenset(data_key for _, data_key, _ in plan)
    post_load = bool(hooks[POST_LOAD])
    dict_class = schema.dict_class

    def load(data: Any, *, many: bool | None = None, partial: Any = None, unknown: str | None = None) -> Any:
        unknown_rule = schema.unknown if unknown is None else unknown
        if many or partial is not None or unknown_rule not in (RAISE, EXCLUDE) or not isinstance(data, Mapping):
            return marshmallow_load(data, many=many, partial=partial, unknown=unknown)
        if unknown_rule == RAISE and not data_keys.issuperset(data):
            return marshmallow_load(data, many=many, partial=partial, unknown=unknown)
        out = dict_class()
        try:
            for field, data_key, key in plan:
                value = field.deserialize(data.get(data_key, missing), data_key, data)
                if value is not missing:
                    out[key] = value
            if post_load:
                out = schema._invoke_load_processors(POST_LOAD, out, many=False, original_data=data, partial=None,
                                                     unknown=unknown_rule)
        except ValidationError:
            return marshmallow_load(data, many=many, partial=partial, unknown=unknown)
        return out

    return load
