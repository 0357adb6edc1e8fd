"""Where a text lists who signed it: the headings and lead lines above a signatory list.

Joint statements and open letters end with "Signatories:" / "Signed by:" / "Signed," / "Endorsed by:" (at
times after a phrase: "At time of publication, signed by:"), or a lead line such as "Organizations that
sign the statement:", "This statement is launched by following organizations:" or "The coalition ... is
comprised of:", then one signer per line, at times under headings that name a kind of signers ("Civil
Society Organizations:", "Groups and NGOs:"). The
entity rules read each line as one organisation; the demand rules read none of them as a demand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SIGNATORIES = re.compile(
    r"^[ \t]*(?:#+\s*)?(?:list of\s+|the\s+)?(?:signatories|signatory organi[sz]ations|signed(?: by)?|endorsed by|"
    r"endorsing organi[sz]ations|co-?signatories|co-?signatures|co-?signed by|supporting organi[sz]ations)"
    r"(?:[ \t]+(?:are|include))?[ \t]*[:,]?[ \t]*$",  # ("Signatories are:", "The signatories include:")
    re.I | re.M,
)
# a lead line naming the signers, opening with them and ending with a colon: "Organizations that sign
# the statement:", "The following groups have endorsed this letter:" (not a sentence about signing,
# which ends with a full stop, nor "We call on the organizations that signed it to:")
_SIGNATORY_LEAD = re.compile(
    r"^[ \t]*(?=[^\n]{0,100}:[ \t]*$)(?=(?:[\w-]+\s+){0,3}(?:organi[sz]ations|groups|signatories)\b)"
    r"(?=[^\n]*\b(?:sign|signed|signing|endorse|endorsed|endorsing)\b)[^\n.:]*:[ \t]*$",
    re.I | re.M,
)
# a lead line saying who the text is by, with a plural of signers or "following": "This statement is
# launched by following organizations:", "The letter was endorsed by the groups below:"
_SIGNED_BY_LEAD = re.compile(
    r"^[ \t]*(?=[^\n]{0,120}:[ \t]*$)[^\n.:]*\b(?:signed|co-signed|endorsed|launched|issued|supported|initiated)"
    r"\s+by\b[^\n.:]*\b(?:organi[sz]ations|groups|signatories|individuals|following)\b[^\n.:]*:[ \t]*$",
    re.I | re.M,
)
# a lead line naming the members of a coalition that speaks: "The coalition joining the comments is
# comprised of:", "The network brings together:" (a coalition's word, then a verb of membership, a colon)
_MEMBERS_LEAD = re.compile(
    r"^[ \t]*(?=[^\n]{0,150}:[ \t]*$)[^\n.:]*\b(?:coalition|network|alliance|platform|consortium|campaign)\b"
    r"[^\n.:]*\b(?:comprised of|composed of|consists of|consisting of|made up of|comprises|brings together|"
    r"members are|members include)[ \t]*:[ \t]*$",
    re.I | re.M,
)
_KINDS = r"(?:organi[sz]ations|groups|NGOs|CSOs|companies|associations|networks|unions|institutions|foundations)"
_KIND_WORD = r"(?!(?:to|for|by|of|on|in|with|from|the|all|other|our|their|these|those)\b)[A-Za-z-]+[ \t]+"
# a heading naming the kind of signers under it, alone or inside a list: "Groups and NGOs:", "Civil
# Society Organizations:", "Technology Companies and Trade Associations:" (a few words, the last a
# plural of a kind of body; not "Recommendations to international organisations:")
_KIND_HEADING = re.compile(
    rf"^[ \t]*(?-i:(?=[A-Z]))(?:{_KIND_WORD}){{0,4}}{_KINDS}"
    rf"(?:[ \t]+(?:and|&)[ \t]+(?:{_KIND_WORD}){{0,3}}{_KINDS})?[ \t]*:[ \t]*$",
    re.I | re.M,
)
# a short line ending with "signed by:" after a phrase of when or how: "At time of publication, signed
# by:", "This letter is co-signed by:", "Initially endorsed by:" (no full stop: not a sentence of prose)
_ENDS_SIGNED_BY = re.compile(
    r"^[ \t]*(?=[^\n]{0,80}$)[^\n.:]*\b(?:co-?signed|signed|endorsed)[ \t]+by[ \t]*:[ \t]*$",
    re.I | re.M,
)
_LEADS = (_SIGNATORIES, _SIGNATORY_LEAD, _SIGNED_BY_LEAD, _ENDS_SIGNED_BY, _MEMBERS_LEAD)


def signatory_headings(text: str) -> Iterator[re.Match[str]]:
    """Every heading or lead line of a signatory list in `text`, in order (each line once), and every
    heading that names a kind of signers (`is_kind_heading`)."""
    found = {m.start(): m for lead in (*_LEADS, _KIND_HEADING) for m in lead.finditer(text)}
    yield from (found[start] for start in sorted(found))


def is_kind_heading(line: str) -> bool:
    """Does this one line name a kind of signers ("Groups and NGOs:", "Civil Society Organizations:")?
    Inside a signatory list it heads the next part of the list; alone it opens one whose lines
    start with a name, not a verb (`signatory_headings`' caller checks that)."""
    return _KIND_HEADING.fullmatch(line.strip()) is not None


def is_signatory_lead(line: str) -> bool:
    """Does this one line head a list of signers ("Signed by:", "This statement is launched by
    following organizations:")?"""
    return any(lead.fullmatch(line.strip()) for lead in _LEADS)
