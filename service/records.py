"""The record contract shared by the pipeline, the index and the API.

The closed vocabularies (quantity dimension and bound, entity type, claim status, verdict, document kind) are
defined once in ``service.pipeline.models``; the API's allowed values are derived here from them, so a value the
extractor produces is always a value the API accepts.
"""

from .pipeline.models import Bound, ClaimStatus, Dimension, DocumentKind, EntityType, Verdict, values

DIMENSIONS = values(Dimension)
BOUNDS = values(Bound)
ENTITY_TYPES = values(EntityType)
CLAIM_STATUSES = values(ClaimStatus)
VERDICTS = values(Verdict)
DOCUMENT_KINDS = values(DocumentKind)

__all__ = ["BOUNDS", "CLAIM_STATUSES", "DIMENSIONS", "DOCUMENT_KINDS", "ENTITY_TYPES", "VERDICTS", "Bound",
           "ClaimStatus", "Dimension", "DocumentKind", "EntityType", "Verdict"]
