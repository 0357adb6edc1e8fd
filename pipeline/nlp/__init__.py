"""NLP: the spaCy model (`model`), our components (`sentences`, `gazetteer_ruler`, `entity_rules`),
the gazetteer data they use (`gazetteer`), text chunking for long documents (`chunks`), and a parsed
document's text built once (`text`)."""
