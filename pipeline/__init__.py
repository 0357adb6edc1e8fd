"""Human-rights documents to tidy tables: who said what, when, and demanded what of whom."""

from pipeline.records import DateMention, Demand, Document, EntityMention

__version__ = "0.1.0"
__all__ = ["DateMention", "Demand", "Document", "EntityMention", "__version__"]
