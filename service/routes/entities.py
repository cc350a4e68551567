"""Known and discovered entities."""

import marshmallow as ma

from ..records import ENTITY_TYPES
from . import catalog
from .common import IN_QUERY, READ_PROBLEMS, ApiBlueprint, PageArgs, PageSchema, name_field, one_of, problems

blp = ApiBlueprint("entities", __name__, url_prefix="/v1/entities", description="People, organisations, places")

TYPES = ENTITY_TYPES


class EntityArgs(PageArgs):
    q = name_field("Name or alias prefix, case-insensitive")
    type = one_of("EntityType", "Only entities of this type")


class EntitySchema(ma.Schema):
    name = ma.fields.String(required=True)
    type = one_of("EntityType", required=True)
    aliases = ma.fields.List(ma.fields.String())
    mentions = ma.fields.Integer(metadata={"description": "Mentions across all facts"})
    facts = ma.fields.Integer(metadata={"description": "Facts that name the entity"})


class EntityPageSchema(PageSchema):
    items = ma.fields.List(ma.fields.Nested(EntitySchema), required=True)


@blp.route("")
@blp.doc(operationId="listEntities")
@blp.arguments(EntityArgs, **IN_QUERY)
@blp.response(200, EntityPageSchema)
@problems(blp, 400, *READ_PROBLEMS, instance="/v1/entities", s400="Bad parameters")
def list_entities(q=None, type=None, **page):
    """List entities with their aliases and how often they occur."""
    return catalog().entities.list(prefix=q, type_=type, **page)
