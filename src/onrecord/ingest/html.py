"""Web pages: the article's main text and metadata, boilerplate (menus, footers, ads) left out."""
from __future__ import annotations

import logging
from urllib.parse import urlsplit

from onrecord.model import Document

logging.getLogger("trafilatura").setLevel(logging.ERROR)


def document_from_html(html: bytes | str, id: str, url: str | None = None) -> Document | None:
    """The page as an article, or None when trafilatura finds no main text in it.

    trafilatura is imported here, not at module load, so plain-text runs never pay for it.
    """
    import trafilatura

    found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                        include_tables=False)
    if found is None or not (found.text or "").strip():
        return None
    page_url = url or found.url
    outlet = found.sitename or (urlsplit(page_url).hostname if page_url else None)
    return Document(id=id, text=found.text, url=page_url, title=found.title or None, outlet=outlet or None,
                    published=found.date or None)
