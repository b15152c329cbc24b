"""The page's views, one module per concern; importing them registers them on ``core.bp``."""

from pipeline.web.views import inbox, page, review, scan

__all__ = ["inbox", "page", "review", "scan"]
