"""Framework-free Whoosh layer: schema, query parsing, writer and searcher.

Nothing in this package imports Flask, marshmallow or ``service.pipeline``; it stores and returns plain dicts.
"""
