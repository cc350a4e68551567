"""Who says what: reporting clauses, anonymous sources and coreference across an article.

An ``Attributor`` reads an article's sentences in order and keeps the discourse state needed to
resolve "she said", "Patel stated", "the newspaper's sources", "they said" and "according to the
sources" to speakers named earlier.

Forms recognised in one sentence, in order of preference:
  * a reporting clause outside quotation marks: "X said (that) ...", "..., X said.",
    "..., said X, who ...", "X reported/confirmed/stated/noted/told/wrote/warned/added/..."
    (a clause opened by "while/although/if" or negated — "has not confirmed" — is not one);
  * "according to X";
  * a passive reporting clause, "... was disclosed by X"; when its subject is an anaphor
    ("This information was disclosed by ...") it belongs to the previous statement;
  * "citing X".
A sentence inside a quotation that an earlier sentence opened keeps that sentence's speaker.

The package's modules, by concern: ``records`` (what is returned), ``cues`` (reporting verbs, the patterns around
them and whether a cue form is a verb), ``quotes`` (quotation masks), ``candidates`` (vocabularies of candidate
speakers, tests on a speaker phrase and on the appositives after a name), ``clauses`` (two speakers or a contrast in
one sentence), the method mixins of ``attributor.Attributor`` (``learning``, ``sentence``, ``reporting``,
``resolve``, ``references``; no two define the same method) and ``attributor`` (``Attributor``).
"""

from .attributor import Attributor
from .candidates import _measured_by_kind
from .cues import _is_plural_noun
from .quotes import _double_quoted
from .records import SentenceAttribution

__all__ = ["Attributor", "SentenceAttribution", "_double_quoted", "_is_plural_noun", "_measured_by_kind"]
