"""Response schemas dumped by a plan compiled once per schema instance.

The marshmallow schemas stay the contract (the spec is generated from them, routes return what they describe);
only how a response is dumped changes. ``Schema.dump`` walks every field through ``Field.serialize``, the schema's
accessor and ``Field._serialize`` on each request; the plan does the same steps for the field types the API uses
(strings, integers, floats, lists, nested schemas), with the same results, and hands every other field to its own
``_serialize``. A schema with dump hooks, its own accessor or a field with its own ``serialize`` or ``get_value``
is dumped by marshmallow itself.
"""

from __future__ import annotations

from typing import Any, Callable

import marshmallow as ma
from marshmallow import fields, missing
from marshmallow.decorators import POST_DUMP, PRE_DUMP
from marshmallow.utils import ensure_text_type, get_value

Converter = Callable[[Any, str, Any], Any]  # (value, attribute name, object) -> dumped value


class DumpPlan:
    """``schema.dump`` as a plan: ``plan(obj, many=None)`` returns what ``schema.dump(obj, many=many)`` returns."""

    def __init__(self, schema: ma.Schema, one: Callable[[Any], dict]):
        self.many = schema.many
        self.one = one

    def __call__(self, obj: Any, *, many: bool | None = None) -> Any:
        many = self.many if many is None else bool(many)
        if many and obj is not None:
            return [self.one(item) for item in obj]
        return self.one(obj)


def compile_dump(schema: ma.Schema) -> Callable[..., Any]:
    """A DumpPlan of the schema, or its own ``dump`` when marshmallow must do it (hooks, a custom accessor)."""
    one = _compile_one(schema)
    return schema.dump if one is None else DumpPlan(schema, one)


def _compile_one(schema: ma.Schema) -> Callable[[Any], dict] | None:
    """One object's dump, or None when marshmallow must do it (hooks, a custom accessor).

    The dump is a function written for the schema's fields (``_one_source``): the same steps as a loop over them,
    without the loop's per-field unpacking and calls for strings and numbers."""
    if schema._hooks[PRE_DUMP] or schema._hooks[POST_DUMP] or type(schema).get_attribute is not ma.Schema.get_attribute:
        return None
    plan = []
    for attr_name, field in schema.dump_fields.items():
        key = field.data_key if field.data_key is not None else attr_name
        plan.append((attr_name, key, *_field_steps(field, attr_name)))
    namespace = {"dict_class": schema.dict_class, "missing": missing, "get_value": get_value,
                 "accessor": schema.get_attribute, "ensure_text_type": ensure_text_type}
    exec(_one_source(plan, namespace), namespace)  # noqa: S102 - source built from the schema's own field names
    return namespace["one"]


def _one_source(plan: list, namespace: dict) -> str:
    """The source of ``one(obj)`` for a plan of (attribute, key, field, key to read, converter); names the code
    needs (fields, converters, number types) are added to ``namespace``."""
    lines = ["def one(obj):", "    out = dict_class()", "    plain = type(obj) is dict"]
    for i, (attr_name, key, field, check_key, convert) in enumerate(plan):
        if field is not None:  # marshmallow's own serialize
            namespace[f"field_{i}"] = field
            lines += [f"    value = field_{i}.serialize({attr_name!r}, obj, accessor=accessor)",
                      "    if value is not missing:", f"        out[{key!r}] = value"]
            continue
        read, conversion = repr(check_key), _conversion(i, attr_name, convert, namespace)
        lines += ["    if plain:", f"        value = obj[{read}] if {read} in obj else getattr(obj, {read}, missing)",
                  "    else:", f"        value = get_value(obj, {read}, missing)",
                  "    if value is not missing:", f"        out[{key!r}] = {conversion}"]
    lines.append("    return out")
    return "\n".join(lines) + "\n"


def _conversion(i: int, attr_name: str, convert: Converter, namespace: dict) -> str:
    """The expression that converts ``value``: strings, numbers and nested schemas (alone or in a list) spelled out
    as ``_string``, ``_number``, ``dumped`` and ``listed`` do them, anything else a call of its converter."""
    if convert is _string:
        return "value if value is None or type(value) is str else ensure_text_type(value)"
    num_type = getattr(convert, "num_type", None)
    if num_type is not None:
        namespace[f"num_type_{i}"] = num_type
        return f"value if value is None or type(value) is num_type_{i} else num_type_{i}(value)"
    one = getattr(convert, "one", None)
    if one is not None:  # a nested schema dumped by its plan: its one object's dump
        namespace[f"one_{i}"] = one
        return f"None if value is None else one_{i}(value)"
    item_one = getattr(convert, "item_one", None)
    if item_one is not None:  # a list of a nested schema dumped by its plan
        namespace[f"one_{i}"] = item_one
        return f"None if value is None else [None if each is None else one_{i}(each) for each in value]"
    namespace[f"convert_{i}"] = convert
    return f"convert_{i}(value, {attr_name!r}, obj)"


def _field_steps(field: fields.Field, attr_name: str) -> tuple[fields.Field | None, str | None, Converter | None]:
    """(field, None, None) for fields marshmallow serialises itself; (None, key to read, converter) otherwise."""
    check_key = attr_name if field.attribute is None else field.attribute
    plain = (field._CHECK_ATTRIBUTE and field.dump_default is missing and "." not in check_key
             and type(field).serialize is fields.Field.serialize and type(field).get_value is fields.Field.get_value)
    if not plain:
        return field, None, None
    return None, check_key, _converter(field)


def _converter(field: fields.Field) -> Converter:
    """``field._serialize``, spelled out for the types of the API's schemas."""
    kind = type(field)
    if kind is fields.String:
        return _string
    if kind in (fields.Integer, fields.Float) and not field.as_string:
        return _number(field.num_type)
    if kind is fields.List:
        inner = _converter(field.inner)

        def listed(value, attr, obj):
            return None if value is None else [inner(each, attr, obj) for each in value]

        listed.item_one = getattr(inner, "one", None)
        return listed
    if kind is fields.Nested:
        nested = field.schema  # resolved once, with its only / exclude
        dump = compile_dump(nested)
        many = nested.many or field.many

        def dumped(value, attr, obj):
            return None if value is None else dump(value, many=many)

        dumped.one = dump.one if isinstance(dump, DumpPlan) and not many else None
        return dumped
    return field._serialize


def _string(value, attr, obj):
    if value is None:
        return None
    return value if type(value) is str else ensure_text_type(value)


def _number(num_type: type) -> Converter:
    def number(value, attr, obj):
        if value is None:
            return None
        return value if type(value) is num_type else num_type(value)

    number.num_type = num_type
    return number
