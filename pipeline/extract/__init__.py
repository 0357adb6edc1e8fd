"""Extract: one parsed document in, rows of every registered table out (see `registry`).

Kept free of imports so that the spaCy-free date rules can be imported by the read stage."""
