"""Framework-free text pipeline: cleaning, passages, entities, quantities, attribution, facts, claims.

Nothing in this package imports Flask, marshmallow or ``service.search``.
"""
