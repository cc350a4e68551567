"""Exceptions raised by the text pipeline."""


class PipelineError(Exception):
    """Base class for pipeline errors."""


class ArticleRejected(PipelineError):
    """The raw text cannot become an article (empty, too short, not text)."""


class GazetteerError(PipelineError):
    """The entity file is missing or malformed."""


class ClaimInputError(PipelineError):
    """A fact record or claim handed to claim clustering/checking is malformed."""
