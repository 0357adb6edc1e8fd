"""Cut long texts into pieces the model can parse, so that offsets shift back exactly."""

from __future__ import annotations

__all__ = ["chunk_text"]

# Where a text may be cut into pieces for the model, best first: a blank line (between
# paragraphs), a line break, the end of a sentence, a space. Only when none occurs in the
# second half of a piece is it cut at exactly max_chars (one enormous token).
_CUT_POINTS = ("\n\n", "\n", ". ", "? ", "! ", " ")


def chunk_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Split `text` into `(offset, piece)` pairs of at most `max_chars` characters each.

    The pieces cover the text exactly (``"".join(p for _, p in chunks) == text`` and
    ``text[offset:offset + len(piece)] == piece``) so offsets found in a piece shift back into
    the text by adding its offset. Cuts fall after a paragraph break, else a line break, else
    a sentence end, else a space, within the second half of the window. A text that fits is
    one piece at offset 0.

    >>> chunk_text("One.\\n\\nTwo.", 8)
    [(0, 'One.\\n\\n'), (6, 'Two.')]
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    chunks: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        end = start + max_chars
        cut = end
        for separator in _CUT_POINTS:
            found = text.rfind(separator, start + max_chars // 2, end - len(separator) + 1)
            if found != -1:
                cut = found + len(separator)
                break
        chunks.append((start, text[start:cut]))
        start = cut
    if start < len(text) or not chunks:
        chunks.append((start, text[start:]))
    return chunks
