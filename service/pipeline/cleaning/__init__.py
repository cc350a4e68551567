"""Turn a scraped news page into a ``CleanedArticle``: metadata plus the body paragraphs.

Scraped pages mix the article with site chrome (navigation, official-site banners, cookie
notices, paywall and newsletter prompts, donation appeals, photo captions, lists of other
headlines). Every rule below is written against the *kind* of chrome, never against one
site: its position (above the headline, after a paywall), length, repetition, punctuation,
script, and vocabulary. The vocabulary lives in ``lexicons/chrome_*.txt``, ``ui_words.txt``
and ``cta_verbs.txt``, read through the language layer.

The stages, one module each (``article.clean_article`` runs them in order):

  * ``lines``: raw text to lines (decoding, entities, wrapped text, bullets, footnotes);
  * ``labels``: speaker labels printed apart from their turn joined back onto it;
  * ``chrome``: chrome recognised line by line, paywall tails, headline lists, appeals;
  * ``dates``, ``bylines``, ``sources``: metadata lines and the publisher names they state;
  * ``sitenames`` and ``publisher``: mastheads and footer names, and the publisher chosen among them;
  * ``title``: the headline, the header above it and the lead under it;
  * ``body``: captions, repeats, headings, summaries, "About" boilerplate and a release's end;
  * ``_shared``: the line model and the text shapes all of them read.
"""

from .article import SIDECAR_FIELDS, clean_article, load_sidecar, stated_metadata
from .bylines import _is_person_name
from .chrome import is_chrome_line

__all__ = ["SIDECAR_FIELDS", "clean_article", "is_chrome_line", "load_sidecar", "stated_metadata", "_is_person_name"]
