"""Bytes to text: byte-order marks, UTF-8, declared charsets, legacy encodings, binary data refused."""

from __future__ import annotations

import logging
import re
import unicodedata
from typing import NamedTuple

from pipeline import config

__all__ = ["Decoded", "UnreadableError", "declared_charset", "decode", "repair_mojibake"]

log = logging.getLogger(__name__)


class UnreadableError(ValueError):
    """The file's bytes are not text we can decode (binary data, unknown encoding)."""


class Decoded(NamedTuple):
    """Text decoded from a file's bytes, the encoding used, and what had to be repaired."""

    text: str
    encoding: str
    warning: str = ""


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# Magic numbers of binary formats that turn up with a .txt or .html name (a download saved under
# the wrong extension): named in the reason so the analyst knows what the file really is.
_SIGNATURES = (
    (b"%PDF-", "a PDF document (rename it to .pdf)"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "a program (ELF executable)"),
)

# Share of NUL bytes above which a file is binary rather than text with a few stray NULs.
# Text damaged by a bad copy has a handful; binary files have many (random bytes have 1/256,
# compiled programs and images far more). 0.5% lets through neither random nor real binaries.
MAX_NUL_SHARE = 0.005
# Share of control characters (other than newline, tab, form feed) in decoded text above which
# it is binary data that happened to decode. Real text has none.
MAX_CONTROL_SHARE = 0.05
# A file that is UTF-8 apart from a few bad bytes is decoded as UTF-8 with those bytes replaced
# (U+FFFD) when it has more valid multi-byte characters than invalid sequences. A legacy 8-bit
# file (cp1251, Latin-1) has almost no valid multi-byte sequences (a Cyrillic or accented byte
# is followed by another letter, not by a UTF-8 continuation byte), so it goes on to detection.


def decode(data: bytes, declared: str = "") -> Decoded:
    """Bytes to text: byte-order mark first, then UTF-8, then the encoding the file declares (an
    HTML page's <meta charset>), then detection among legacy encodings.

    Raises UnreadableError for binary data (a known binary signature, many NUL bytes or
    control characters) and for bytes no encoding fits.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return _checked(Decoded(text, encoding, _replaced_warning(text, data, encoding)))
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise UnreadableError(f"binary data ({kind}), not text")
    warnings: list[str] = []
    if b"\x00" in data:
        wide = _bomless_utf16(data)
        if wide:
            text = data.decode(wide, errors="replace")
            return _checked(Decoded(text, wide, _replaced_warning(text, data, wide)))
        nuls = data.count(b"\x00")
        trailing = len(data) - len(data.rstrip(b"\x00"))
        if nuls - trailing > MAX_NUL_SHARE * len(data):
            raise UnreadableError(f"binary data ({nuls:,} NUL bytes), not text")
        data = data.replace(b"\x00", b"")
        warnings.append(f"{nuls:,} NUL bytes removed")
    try:
        return _checked(_repaired(data.decode("utf-8"), "utf-8", warnings))
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return _checked(_repaired(data.decode(declared), declared, warnings))
        except (LookupError, UnicodeDecodeError):
            log.info("declared charset %r does not fit the bytes; detecting", declared)
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    valid = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    if valid > invalid:
        warnings.append(_replaced_warning(text, data, "utf-8"))
        return _checked(Decoded(text, "utf-8", "; ".join(w for w in warnings if w)))
    text, encoding = _detect_legacy(data)
    return _checked(Decoded(text, encoding, "; ".join(w for w in warnings if w)))


# Mojibake: UTF-8 bytes read once as Latin-1 or cp1252 and saved again as UTF-8, as scraped
# pages often are ("donâ€™t", "Â " for a no-break space, "Ã©" for "é"). Each character of
# such a run stands for one byte: a UTF-8 lead byte (U+00C2-U+00F4) then the continuation
# bytes 0x80-0xBF, written as U+0080-U+00BF (Latin-1) or as cp1252's symbols for 0x80-0x9F.
_CP1252_SYMBOLS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_CONTINUATION = f"[\u0080-\u00bf{_CP1252_SYMBOLS}]"
# A no-break space so read is "Â\xa0", and a later step often made its second half a plain space:
# "Â" then a space, not inside an uppercase word, is such a space.
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}|[\u00f0-\u00f4]{_CONTINUATION}{{3}}"
    "|(?<![A-ZÀ-Þ])Â(?= )"
)


def _as_byte(character: str) -> int:
    """The byte a Latin-1 or cp1252 reading turned into `character`."""
    code = ord(character)
    return code if code <= 0xFF else character.encode("cp1252")[0]


# Leads of the commonest mojibake (a no-break space or symbol, an accented Latin letter,
# typographic punctuation): "Â" or "Ã" before a symbol, "Â" before a space, or "â" before two,
# never occur in real text, so one of them shows the text is double-encoded. Without one nothing is repaired: an
# uppercase "É" before a no-break space in French also spells a UTF-8 sequence.
_TELLTALE_LEADS = "ÂÃâ"


def repair_mojibake(text: str) -> tuple[str, int]:
    """`text` with every run of characters that spells a valid UTF-8 sequence as Latin-1 or
    cp1252 ("â€™", "Ã©", "Â\xa0") replaced by the character it encodes, and how many were;
    `text` unchanged unless a run with a telltale lead shows it is double-encoded."""
    runs = list(_MOJIBAKE.finditer(text))
    if not any(run.group()[0] in _TELLTALE_LEADS for run in runs):
        return text, 0
    pieces: list[str] = []
    done = 0
    repaired = 0
    for run in runs:
        character = _encoded_character(run.group())
        if character is not None:
            pieces += [text[done : run.start()], character]
            done = run.end()
            repaired += 1
    pieces.append(text[done:])
    return "".join(pieces), repaired


def _encoded_character(run: str) -> str | None:
    """The character a mis-decoded run stands for, or None when the run is no UTF-8 sequence."""
    if run == "Â":
        return ""  # the half of a no-break space whose other half is now a space
    try:
        return bytes(_as_byte(ch) for ch in run).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _repaired(text: str, encoding: str, warnings: list[str]) -> Decoded:
    """`text` decoded with `encoding`, its mojibake repaired and counted in the warning."""
    text, repaired = repair_mojibake(text)
    if repaired:
        warnings = [*warnings, f"{repaired:,} mis-decoded character(s) repaired (UTF-8 read as Latin-1 or cp1252)"]
    return Decoded(text, encoding, "; ".join(w for w in warnings if w))


def _detect_legacy(data: bytes) -> tuple[str, str]:
    if _ends_lines_with_bare_cr(data):
        return _classic_mac_text(data)
    from charset_normalizer import from_bytes  # imported lazily: only needed for legacy files

    best = from_bytes(data, cp_isolation=list(config.LEGACY_ENCODINGS)).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UnreadableError("not text: no character encoding fits the bytes")
    text, encoding = str(best), best.encoding
    if encoding != "cp1252" and _looks_like_mojibake(text):
        # A Western file with one or two accented letters ("café") is as valid in cp1251 as in
        # cp1252; Cyrillic letters inside Latin words ("cafй") show the guess was wrong.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return text, encoding


def _classic_mac_text(data: bytes) -> tuple[str, str]:
    """A classic Mac OS file (before OS X; lines end with a bare carriage return) is in Mac Roman,
    or in Mac Cyrillic when that reading makes most of its words Cyrillic; not in a Windows code
    page ("Ndiaye, chargé d’affaires" read as cp1252 gives "chargŽ dÕaffaires")."""
    cyrillic_reading = data.decode("mac_cyrillic")
    words = _WORD.findall(cyrillic_reading[:100_000])
    cyrillic = sum(1 for word in words if all("\u0400" <= ch <= "\u04ff" for ch in word))
    if cyrillic > len(words) / 2:
        return cyrillic_reading, "mac_cyrillic"
    return data.decode("mac_roman"), "mac_roman"


def _ends_lines_with_bare_cr(data: bytes) -> bool:
    """Whether most line ends are a carriage return alone, as in classic Mac OS text files."""
    carriage_returns = data.count(b"\r")
    line_feeds = data.count(b"\n")
    return carriage_returns - data.count(b"\r\n") > line_feeds


_WORD = re.compile(r"[^\W\d_]+")


def _looks_like_mojibake(text: str) -> bool:
    """More words mixing Latin and Cyrillic letters than purely Cyrillic words."""
    mixed = cyrillic = 0
    for word in _WORD.findall(text[:100_000]):
        has_cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in word)
        has_latin = any(ch.isascii() for ch in word)
        if has_cyrillic and has_latin:
            mixed += 1
        elif has_cyrillic:
            cyrillic += 1
    return mixed > cyrillic


def _bomless_utf16(data: bytes) -> str:
    """ "utf-16-le"/"utf-16-be" when NUL bytes sit in every other position (UTF-16 text of
    mostly Latin characters exported without a byte-order mark), else ""."""
    sample = data[:8192]
    if len(sample) < 16:
        return ""
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return ""


def _replaced_warning(text: str, data: bytes, encoding: str) -> str:
    """How many invalid byte sequences decoding with errors="replace" turned into U+FFFD."""
    replaced = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    return f"{replaced:,} invalid byte sequence(s) replaced with U+FFFD" if replaced > 0 else ""


def _checked(decoded: Decoded) -> Decoded:
    """Refuse binary data that happened to decode (many control characters)."""
    sample = decoded.text[:65536]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise UnreadableError("binary data (control characters), not text")
    return decoded


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str:
    """The charset an HTML page declares in its first 4 KB (<meta charset> or http-equiv), or ""."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else ""
