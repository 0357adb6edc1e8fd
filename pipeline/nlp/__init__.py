"""NLP: the spaCy model (`model`), our components (`sentences`, `gazetteer_ruler`, `entity_rules`),
the gazetteer data they use (`gazetteer`), and text chunking for long documents (`chunks`)."""
