"""Where a text lists who signed it: the headings and lead lines above a signatory list.

Joint statements and open letters end with "Signatories:" / "Signed by:" / "Signed," / "Endorsed by:", or a
lead line such as "Organizations that sign the statement:" or "This statement is launched by
following organizations:", then one signer per line. The entity rules read each line as one
organisation; the demand rules read none of them as a demand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SIGNATORIES = re.compile(
    r"^[ \t]*(?:#+\s*)?(?:list of\s+)?(?:signatories|signatory organi[sz]ations|signed(?: by)?|endorsed by|"
    r"endorsing organi[sz]ations|co-signatories|supporting organi[sz]ations)[ \t]*[:,]?[ \t]*$",
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
_LEADS = (_SIGNATORIES, _SIGNATORY_LEAD, _SIGNED_BY_LEAD)


def signatory_headings(text: str) -> Iterator[re.Match[str]]:
    """Every heading or lead line of a signatory list in `text`, in order (each line once)."""
    found = {m.start(): m for lead in _LEADS for m in lead.finditer(text)}
    yield from (found[start] for start in sorted(found))


def is_signatory_lead(line: str) -> bool:
    """Does this one line head a list of signers ("Signed by:", "This statement is launched by
    following organizations:")?"""
    return any(lead.fullmatch(line.strip()) for lead in _LEADS)
