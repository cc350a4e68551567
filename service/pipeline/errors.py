"""Exceptions raised by the text pipeline."""


class PipelineError(Exception):
    """Base class for pipeline errors."""


class ArticleRejected(PipelineError):
    """The raw text cannot become an article (empty, too short, not text)."""


class ArticleTooShort(ArticleRejected):
    """Too little prose survives cleaning. ``article`` holds what was found (metadata and the short body), so a
    caller that keeps every page it is given can still store it, with ``str(error)`` as the warning."""

    def __init__(self, message: str, article):
        super().__init__(message)
        self.article = article


class GazetteerError(PipelineError):
    """The entity file is missing or malformed."""


class ClaimInputError(PipelineError):
    """A fact record or claim handed to claim clustering/checking is malformed."""
