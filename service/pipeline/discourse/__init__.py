"""Who is speaking: the kind of document, its speaker turns and its default speaker.

``analyse(text, ...)`` reads a cleaned article and returns a ``Discourse``:

  * **kind** (``DocumentKind``): a transcript has speaker labels at paragraph starts ("DEPUTY PRESS SECRETARY
    SABRINA SINGH:", "MS. SINGH:", "Q:", "Lt. Col. Charlie Dietz:"); a statement, speech or address is headed
    "Statement by ...", "Remarks by ...", "Address by ..."; a readout "Readout of ..."; an institutional release
    carries release cues ("News Release", "For release at", "Released:") or a heading such as "Federal Reserve
    issues FOMC statement" (a release headed by a meeting or call, "PM meeting with ...", is a readout); a
    questions-and-answers page is headed so or labels its turns "Q:"/"A:"; anything else is a news report. Sidecar
    metadata (``kind``, ``speaker``, ``publisher``) fills in what a page does not say and wins over what is guessed
    from it.
  * **turns**: each labelled paragraph starts a turn that lasts until the next label. A label's short form
    ("MS. SINGH") resolves to the full name given earlier ("DEPUTY PRESS SECRETARY SABRINA SINGH") or anywhere
    in the heading and text ("Sabrina Singh"); the words before the name are the role. A role alone ("Spokesman:",
    "THE PRESIDENT:") is the briefer or author the heading names with that role. Question turns ("Q:")
    and floor turns ("MODERATOR:") are never facts. ``label_spans()`` are the label characters, which passages
    leave out.
  * **default speaker**: the author of a statement, the issuing body of a release or readout (or its deciding body
    when the text names it in full: "the Committee" -> "Federal Open Market Committee"), the interviewee or
    publisher answering a questions-and-answers page; news has none.

Vocabulary lives in lexicon files: label titles, question, floor and answer labels, label exclusions, statement,
briefing and readout openers, meeting, release and Q&A cues, institution words and issue verbs.

The package, one module a concern (``analysis.analyse`` ties them together):

  * ``model``: ``Discourse``, ``Turn``, ``Speaker``;
  * ``labels`` and ``roles``: speaker turns from paragraph labels, and role-only labels resolved to people;
  * ``kind``, ``headings``, ``speech``, ``header``, ``intro``: the kind of document and who the heading, the page's
    other lines or an introduction say speaks;
  * ``default``: the default speaker;
  * ``people``, ``voice``, ``page``, ``_shared``: names and roles, first-person voice, the raw page's dropped lines,
    and the limits and helpers all of them read.
"""

from .analysis import analyse
from .model import Discourse, Speaker
from .speech import _heading_person, _possessive_speaker

__all__ = ["Discourse", "Speaker", "analyse", "_heading_person", "_possessive_speaker"]
