"""Dates: the spaCy-free rules (`rules`) and the extractor over a parsed document (`extractor`)."""
