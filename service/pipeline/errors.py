"""Exceptions raised by the text pipeline."""


class PipelineError(Exception):
    """Base class for pipeline errors."""


class ArticleRejected(PipelineError):
    """The raw text cannot become an article (empty, too short, not text)."""


class GazetteerError(PipelineError):
    """The entity file is missing or malformed."""
