"""Exceptions raised by the search layer."""


class SearchError(Exception):
    """Base class for search errors."""


class QuerySyntaxError(SearchError):
    """The user's query cannot be parsed; ``str(error)`` says why and where."""

    def __init__(self, message: str, *, query: str, position: int | None = None):
        super().__init__(message)
        self.query = query
        self.position = position


class NoSearchableTerms(QuerySyntaxError):
    """The query is well-formed but holds nothing to look up (only stop words or symbols)."""


class IndexUnavailable(SearchError):
    """No usable index exists at the configured location."""


class IndexBusy(SearchError):
    """Another process held the index write lock for longer than the allowed wait."""

    def __init__(self, message: str, *, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


class IndexVersionMismatch(SearchError):
    """The index on disk was built with a different schema version."""


class IndexBuildIncomplete(SearchError):
    """A full build committed fewer documents than it was given; it is discarded and the live index kept."""
