"""Small questions about the dependency parse that every demand rule asks."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from pipeline.extract.demands.lexicon import Lexicon, load_lexicon
from pipeline.nlp.gazetteer import default_lexicon

DASHES = {"–", "—", "-", "--", "‑", "‐"}  # (U+2011 non-breaking hyphen and U+2010 hyphen: spaced, they are dashes)
# Dashes that separate even when written closed ("WASHINGTON—The experts", "GENEVA--We"): a hyphen
# or an en dash without spaces joins words ("Fact-Finding", "2018–2021").
_CLOSED_SEPARATORS = {"—", "--"}


def is_separator(token: Token) -> bool:
    """A headline's or dateline's colon or dash between phrases: ":", a spaced dash, an em dash."""
    return token.text == ":" or (token.text in DASHES and (bool(token.whitespace_) or token.text in _CLOSED_SEPARATORS))


def after_leading_date(doc: Doc, start: int, end: int) -> int:
    """Where a phrase starts after a dateline the parser hung on it ("8 November 2018 - INGOs in
    Yemen are appalled ..." -> "INGOs in Yemen"): after a dash that only a date precedes; else `start`."""
    dash = next((t.i for t in doc[start:end] if t.text in DASHES), None)
    if dash is None or dash == start or dash + 1 >= end or any(t.ent_type_ != "DATE" for t in doc[start:dash]):
        return start
    return dash + 1


def must_or_should(verb: Token) -> Token | None:
    """The "must" or "should" the verb takes as its auxiliary (a modal of obligation), or None."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in ("must", "should")), None)


def first_word(doc: Doc, start: int, stop: int) -> int:
    """The first token from `start` (before `stop`) with a letter or a digit: a bullet, an emoji or a
    quotation mark opening a phrase is no part of it ("🚨📢 HRW calls for ...", '"The IBAHRI, ...')."""
    while start < stop and not any(ch.isalnum() for ch in doc[start].text):
        start += 1
    return start


# Penn tags of a verb that carries its own tense: such a verb heads a clause, never a participle phrase
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


_RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
# modals of a that-clause that foretell rather than require ("should", "must" require)
_PREDICTING_MODALS = {"will", "would", "'ll", "could", "might", "may", "can", "wo", "ca"}
# prepositions that date an act: "on Tuesday", "during the session", "since 2020"
_TIME_PREPOSITIONS = {"on", "during", "since", "in", "by", "before", "after", "until", "within", "from"}


def verb_start(verb: Token) -> int:
    """First token of a to-infinitive's action: the verb or an adverb right before it
    ("to immediately release"), never "to"; a "not" before "to" is kept ("not to return")."""
    marker = to_marker(verb)
    to = marker.i if marker is not None else verb.sent.start - 1
    negation = next((c.i for c in verb.children if c.dep_ == "neg" and c.i == to - 1), None)
    if negation is not None:
        return negation  # "urged citizens NOT to take the law into their own hands": the demand is negative
    adverbs = [
        c.left_edge.i
        for c in verb.children
        if c.dep_ in ("advmod", "neg") and to < c.i < verb.i and c.tag_ != "WDT"  # not "that" read as an adverb
    ]
    # "to get rid of X": the auxiliary the parser gives "rid" is part of the action
    got = [c.i for c in verb.children if c.dep_ == "auxpass" and to < c.i < verb.i] if gets_rid(verb) else []
    return min([_hyphenated_start(verb), *adverbs, *got])  # "to immediately and unconditionally release"


def _hyphenated_start(token: Token) -> int:
    """First token of a hyphenated word the tokenizer split: "de-escalate" -> "de", "re-open" -> "re"."""
    doc, start = token.doc, token.i
    while (
        start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_
    ):
        start -= 2
    return start


def in_salutation(token: Token) -> bool:
    """Is this noun the addressee of a letter's salutation ("Dear Secretary Cheng, we ...")?"""
    return token.left_edge.lower_ == "dear"


def relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun after a comma stands for: the nearest noun before it, over a
    time phrase ("defenders this week, who" -> "defenders"); None when a verb comes first."""
    doc = pronoun.doc
    for i in range(pronoun.i - 1, max(pronoun.sent.start, pronoun.i - 8) - 1, -1):
        token = doc[i]
        if token.is_punct or token.ent_type_ in ("DATE", "TIME"):
            continue
        if token.pos_ in ("VERB", "AUX"):
            return None
        if token.pos_ in ("NOUN", "PROPN"):
            while token.dep_ in ("compound", "flat") and token.head.i > token.i:
                token = token.head
            return token
    return None


def hyphenated_end(token: Token) -> Token:
    """Last token of a hyphenated word the tokenizer split, from its first: "re" of "re-open" -> "open"
    (the parser may hang the object on that last part)."""
    doc, end = token.doc, token.i
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    return doc[end]


def _speaker_before_in_phrase(noun: Token, verb: Token) -> Token | None:
    """The name before "in a statement" when the parser hung the phrase on the name and the past verb
    after it on the phrase's noun: "X, the UN expert on Y, in a statement called on Z to ..." (X called)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or verb.tag_ not in ("VBD", "VBN"):
        return None
    name = prep.head
    named = name.pos_ == "PROPN" or name.ent_type_ in ("PERSON", "ORG", "NORP")
    return name if named and name.i < prep.i and prep.dep_ == "prep" else None


def _name_read_as_clause(verb: Token) -> Token | None:
    """A name the parser read as a clausal subject: one with an infinitive in it, "[The Committee
    to Protect Journalists] welcomes ..." (the name's head made the subject of "Protect")."""
    clause = next((c for c in verb.children if c.dep_ == "csubj" and c.i < verb.i), None)
    if clause is not None and clause.ent_iob_ == "B" and clause.ent_type_ in ("ORG", "PERSON"):
        return clause  # "[Save the Children] calls on them to ...": a name opening with a verb
    if clause is None or not has_to(clause) or not clause.text[:1].isupper():
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    return subject if subject is not None and subject.text[:1].isupper() else None


def _inverted_speaker(verb: Token) -> Token | None:
    """The speaker of an attribution that follows what was said, which the parser did not make the
    subject: after the verb when a time comes between ("X should release Y, said today the European
    Federation of Journalists", read as an adverb), or a name right before the verb that the parser
    broke up ("..., the Committee to Protect Journalists said Thursday", its "Protect" read as a verb
    of the reported clause)."""
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.ent_type_ in ("ORG", "PERSON") and before.ent_iob_ != "O":
        name = next(e for e in doc.ents if e.start <= before.i < e.end)
        if name.end == verb.i and name.start > 0 and doc[name.start - 1].text in (",", "the"):
            return name.root
    # an object is what is said or asked, not who says it; but right after the comma that ends what
    # was said, a verb that asks nothing of it has its speaker there ("..., urged Amnesty International")
    attributed = inverted_attribution_speaker(verb, load_lexicon())
    if attributed is not None:
        return attributed.root
    return next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and c.dep_ in ("npadvmod", "attr")
            and c.pos_ in ("NOUN", "PROPN")
            and c.ent_type_ not in ("DATE", "TIME")
        ),
        None,
    )


def _place_read_as_subject_of_gerund(subject: Token, gerund: Token) -> bool:
    """Is the subject a place the parser took from the preposition before it ("Thousands rallied in
    Tahrir Square demanding ...": "Square" the subject of "demanding", the gerund the preposition's
    complement)?"""
    prep = gerund.head
    return (
        subject.ent_type_ in ("FAC", "GPE", "LOC")
        and gerund.tag_ == "VBG"
        and gerund.dep_ == "pcomp"
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
        and subject.left_edge.i == prep.i + 1
    )


def is_definite(noun: Token) -> bool:
    """Does the noun's phrase open with "the" or hold a possessive before the noun ("the leading
    coalition", "the country's only legal aid organisation")?"""
    first = noun.left_edge
    return first.lower_ == "the" or any(t.tag_ == "POS" or t.dep_ == "poss" for t in noun.doc[first.i : noun.i])


def _describes_the_name_before(description: Token, name: Token) -> bool:
    """Is this second subject a definite description of the name right before it, set off by a
    comma ("The World League Against Hunger (WLAH), the leading coalition against hunger, urged
    ...": one speaker, the parser's two subjects)?"""
    doc = description.doc
    first = description.left_edge
    return (
        description.pos_ == "NOUN"
        and is_definite(description)
        and (name.pos_ == "PROPN" or name.ent_type_ in ("ORG", "PERSON"))
        and first.i >= 1
        and doc[first.i - 1].text == ","
        and name.right_edge.i == first.i - 2
    )


def subject_of(verb: Token) -> Token | None:
    """Grammatical subject of `verb`, climbing through coordinated and embedded verbs
    ("X met the authorities and called on them", "X continues to call for")."""
    head = verb
    for _ in range(8):
        # the subject nearest the verb: in "Belarus: UN experts call for ..." the topic before the
        # colon is parsed as a second subject
        subjects = [
            c
            for c in head.children
            if c.dep_ == "nsubj" and not _is_item_number(c) and not c.is_punct and not _opening_adverb(c)
        ]
        if len(subjects) > 1:
            # "HAVANA TIMES – The Commission (IACHR) today urged ...": a date word read as a second subject
            subjects = [c for c in subjects if c.ent_type_ != "DATE"] or subjects
        if len(subjects) > 1 and _describes_the_name_before(subjects[-1], subjects[-2]):
            subjects = subjects[:-1]  # "The World League (WL), the leading coalition against hunger, urged ..."
        after_colon = [c for c in subjects if not any(t.text == ":" for t in head.doc[c.i : head.i])]
        subject = (after_colon or subjects or [None])[-1]
        if subject is not None and not after_colon and subject.ent_type_ in ("GPE", "LOC"):
            # "Vietnam: Prisoner amnesty welcomed, call for ...": the headline's topic; but a dateline's
            # place ("Kampala, October 16th, 2015: We, the Coalition, call on ...") has the speakers after it
            speakers = after_dateline(subject, before=head)
            return speakers if speakers is not subject else None
        if subject is not None and _place_read_as_subject_of_gerund(subject, head):
            head = head.head.head  # "rallied in Tahrir Square demanding an end to ...": the ralliers demand
            continue
        if subject is not None:
            if subject.lower_ in _RELATIVE_PRONOUNS and head.dep_ == "relcl":
                if head.head.ent_type_ in ("DATE", "TIME") or head.head.like_num:
                    # "protests in 2016-2017, which demanded ...": the clause hung on the time
                    return relative_antecedent(subject) or head.head
                return head.head
            writer = next((c for c in subject.children if c.dep_ == "appos"), None)
            if in_salutation(subject) and writer is not None:
                # "Dear Secretary Cheng, We, a group of NGOs, are writing to call on ...": the
                # salutation on the letter's first line read as the subject; the writers are its apposition
                return writer
            if subject.lower_ in ("who", "which") and head.dep_ != "relcl":
                # "She met defenders this week, who are pleading with X to ...": a relative clause
                # the parser hung on the main verb; its subject is the noun the clause follows
                return relative_antecedent(subject) or subject
            # "GENEVA (14 June) – UN experts today called for ...": the dateline taken as subject
            # (the speakers come before the verb: "I call on X—the SAF and the RSF—to ..." names addressees)
            return after_dateline(subject, before=head if subject.i < head.i else None)
        if hung_on_dateline(head):
            # "GENEVA (16 July) – Three UN experts* today call on ...": the speakers the parser made
            # the dateline's apposition, their verb a clause beside it
            speakers = after_dateline(head.head, before=head)
            if speakers is not head.head:
                return speakers
        inverted = _inverted_speaker(head)
        if inverted is not None:
            return inverted
        first = _first_of_a_series(head)
        if first is not None:
            head = first
            continue
        earlier = _subject_earlier_in_series(head)
        if earlier is not None:
            return earlier
        named = _name_read_as_clause(head)
        if named is not None:
            return named
        fronted = _subject_in_fronted_phrase(head)
        if fronted is not None:
            return fronted
        dated = next(
            (c for c in head.children if c.dep_ == "npadvmod" and c.i < head.i and c.ent_type_ == "DATE"), None
        )
        speakers = after_dateline(dated, before=head) if dated is not None else None
        if speakers is not None and speakers != dated:
            # "16 February 2024 – UN experts* today called on ...": a dateline of a date alone, the
            # speakers its apposition after the dash
            return speakers
        if head.dep_ == "acl" and _finite_or_active(head) and head.i > 0 and head.doc[head.i - 1].text == ",":
            # "X demanded the release of Y, called on Z to ... and urged ...": a finite verb after a
            # comma is the clause's next coordinated verb, misread as a clause on the object noun
            # (with no verb above, the noun itself is the subject: "The UN, represented by X, called on ...")
            governor = next((a for a in head.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if governor is None:
                return head.head
            head = governor
            continue
        if head.dep_ == "acl" and has_to(head) and head.head.dep_ == "attr":
            return None  # "This was an opportunity to call for ...": no one named; the voice speaks
        if head.dep_ == "acl" and head.tag_ == "VB" and has_to(head) and head.head.dep_ == "dobj":
            # "The High Commissioner takes this opportunity to urge ...", "issued a statement to call
            # on ...": the to-infinitive on the object is its verb's subject's
            head = head.head.head
            continue
        if head.dep_ in ("relcl", "acl") and head.head.pos_ in ("NOUN", "PROPN"):
            # "a resolution urging States to ...", and the parser's "On 12 May, the experts
            # [called upon the authorities to ...]" read as a participle on the noun; on the last of
            # coordinated nouns the participle is all of theirs ("a letter by 50 members and other
            # groups calling on ...")
            noun = head.head
            while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head
            speaker = _speaker_before_in_phrase(noun, head)
            if speaker is not None:
                return speaker
            # "GENEVA (11 July 2023) – UN experts* today [called on ...]": the dateline read as the
            # noun, the speakers as its apposition after the dash
            return after_dateline(noun, before=head)
        if head.dep_ == "conj" and head.head != head:
            governor = _finite_governor(head)
            if governor is not None:
                head = governor
                continue
            if _joins_the_outer_clause(head) or _thing_says_nothing(head):
                # "X welcomed a ruling that sections of the Act restrict Y, and called on ...": a
                # past verb after a present-tense that-clause continues the clause around it
                head = head.head.head
                continue
            head = head.head
            # "they were alarmed by the reports and called for ...": the passive's subject is both verbs'
            passive_subject = [c for c in head.children if c.dep_ == "nsubjpass"]
            if passive_subject and not any(c.dep_ == "nsubj" for c in head.children):
                return passive_subject[-1]
        elif head.dep_ in ("xcomp", "advcl") and head.head != head:
            head = _reporter_of_trailing_participle(head) or head.head
        elif head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX"):
            # "She closed her remarks by urging the Government to ...": the gerund's subject is the verb's
            prep = head.head
            head = prep.head
            joined = _joined_subject(head)
            if joined is not None:
                return joined
            reason = _gerund_of_reason(prep, head)
            if reason is not None:
                return reason
        elif head.dep_ == "pcomp" and head.head.dep_ == "prep":
            # the parser may hang "in calling for" on the last name of a long list of those who joined
            verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            return _joined_subject(verb) if verb is not None else None
        elif head.dep_ == "acomp" and head.head != head:
            # "The Committee is concerned about X and calls on Japan to ...": the call hung on the
            # adjective; the copula above it has the subject
            head = head.head
        else:
            return None
    return None


def lost_attribution_subject(verb: Token) -> Span | None:
    """The speaker's name in a trailing attribution whose subject the parser hung on the words
    before it, right after the comma that opens the attribution: "..., the Observatory for the
    Protection of Human Rights Defenders, a partnership of FIDH and OMCT, urged today": the nearest
    name after a comma before the verb, past the appositions that describe it ("a partnership of
    ..."). None when the verb has a subject or does not end its clause, or when a phrase that is
    neither comes first."""
    doc, sent = verb.doc, verb.sent
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or verb.dep_ not in ("conj", "ROOT"):
        return None
    if any(t.i > verb.i and not (t.is_punct or t.is_space or verb.is_ancestor(t)) for t in sent):
        return None  # only the verb's own modifiers may follow: "urged today", "said in a statement"
    end = verb.i
    if doc[end - 1].text in _FOOTNOTE_MARKS:
        end -= 1  # "..., UN human rights experts* said today": the mark refers to a note below the release
    if doc[end - 1].text == ",":
        end -= 1
    for _ in range(4):
        comma = _comma_before(doc, end, sent.start)
        if comma is None or comma + 1 >= end:
            return None
        phrase = doc[comma + 1 : end]
        if _describes_a_party(phrase):
            end = comma
            continue
        return phrase if _names_someone(phrase) else None
    return None


def has_subject(verb: Token) -> bool:
    """Does the verb have a subject of its own?"""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def subjunctive(verb: Token) -> bool:
    """Is the verb a clause with its own subject in the subjunctive a demand takes ("that an inquiry
    be opened", "that the government compensate the victims"): a base form, or a passive with bare
    "be"; not a tensed or modal verb ("that it was opened", "that it must be opened")?"""
    if not has_subject(verb):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return all(c.lower_ == "be" for c in auxiliaries)
    return verb.tag_ in ("VB", "VBP")


def inverted_attribution_speaker(verb: Token, lexicon: Lexicon) -> Span | None:
    """The speaker of an attribution set after what was said with its verb first, which the parser
    reads as the verb's object: "Progress must be accelerated, urged civil society organisations from
    around the world" (they urged). The verb follows a comma, has no subject and asks nothing of the
    noun after it ("..., urged the government to act" asks the government); None otherwise."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ"):
        return None
    if verb.lemma_.lower() not in lexicon.reporting_verbs or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "xcomp") or (c.dep_ == "ccomp" and c.i > verb.i and has_subject(c))
        for c in verb.children
    ):
        return None  # (a participle after the name is no clause asked for: "urged groups gathered in X")
    said_before = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) or (
        verb.dep_ in ("dep", "parataxis", "conj") and verb.head.i < verb.i
    )
    noun = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "attr", "npadvmod")), None)
    if not said_before or noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME"):
        return None
    if noun.left_edge.i != verb.i + 1 or any(t.tag_ == "TO" for t in noun.subtree):
        return None
    phrase = doc[noun.left_edge.i : noun.right_edge.i + 1]
    parties = lexicon.organisation_nouns | lexicon.person_roles
    return phrase if _names_someone(phrase) or noun.lemma_.lower() in parties else None


# Marks that refer a name to a footnote ("UN experts*": OHCHR's releases list the experts below)
_FOOTNOTE_MARKS = frozenset({"*", "**", "†"})


def _comma_before(doc: Doc, end: int, limit: int) -> int | None:
    """The last comma before `end` outside brackets ("the World Organisation Against Torture
    (OMCT)" is one phrase), not before `limit`."""
    depth = 0
    for i in range(end - 1, limit - 1, -1):
        text = doc[i].text
        depth += (text == ")") - (text == "(")
        if text == "," and depth == 0:
            return i
    return None


def _describes_a_party(phrase: Span) -> bool:
    """An apposition that describes rather than names: "a partnership of FIDH and OMCT", "a global
    movement of ten million people"."""
    return phrase[0].lower_ in ("a", "an") and len(phrase) > 1 and phrase[1].is_lower


def _names_someone(phrase: Span) -> bool:
    """A phrase that names a body or person: its head a capitalised name, a named organisation or
    person inside it ("the Observatory for the Protection of Human Rights Defenders"); or people by
    their role and the body they belong to ("UN human rights experts")."""
    root = phrase.root
    named = root.pos_ == "PROPN" and root.text[:1].isupper() and any(t.ent_type_ in ("ORG", "PERSON") for t in phrase)
    members = root.lemma_.lower() in default_lexicon().roles and any(t.ent_type_ == "ORG" for t in phrase)
    return (named or members) and not any(
        t.pos_ in ("VERB", "AUX") and t.ent_type_ not in ("ORG", "PERSON") for t in phrase
    )


def _reporter_of_trailing_participle(participle: Token) -> Token | None:
    """The reporting verb a participle after a comma belongs to, which the parser hangs on the verb
    of the reported clause: "Activists said Buhari's government is not doing enough, urging the
    state to ..." (the activists urge, not the government), "Amnesty said the trial was unfair,
    calling on the court to ..."; None for any other participle."""
    verb = participle.head
    doc = participle.doc
    trailing = participle.dep_ == "advcl" and participle.tag_ == "VBG" and doc[participle.i - 1].text == ","
    if not trailing or verb.dep_ != "ccomp" or not verb.i < participle.i:
        return None
    reporter = verb.head
    return reporter if reporter.i < verb.i and reporter.pos_ == "VERB" else None


# Adverbs that open a resolution's operative paragraph before its verb ("4. Further calls upon the
# Government ...", "Also requests ..."), which the tagger may read as a capitalised name.
_OPERATIVE_ADVERBS = frozenset({"further", "also", "again", "furthermore", "moreover", "finally", "strongly"})


def _opening_adverb(token: Token) -> bool:
    """An operative paragraph's opening adverb read as the verb's subject (`_OPERATIVE_ADVERBS`)."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    opens = before is None or "\n" in before.text or before.is_punct or _is_item_number(before)
    alone = all(c.is_punct for c in token.children)  # (the parser may hang the item's dash on it)
    return token.lower_ in _OPERATIVE_ADVERBS and alone and opens and token.i < token.head.i


def _is_item_number(token: Token) -> bool:
    """A list item's number or bracketed letter the parser read as a subject: "(8) urges the
    President to ...", "(c) called on the authorities to ..."."""
    doc = token.doc
    bracketed = 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"
    lettered = token.is_lower and (len(token) == 1 or set(token.text) <= set("ivx"))  # "(c)", "(iv)"
    if bracketed and lettered:
        return True
    number = token.text.rstrip(").")
    return (number.isdigit() or token.like_num) and (
        token.text != number
        or (token.i + 1 < len(doc) and doc[token.i + 1].text in (")", "."))
        or (token.i > 0 and doc[token.i - 1].text == "(")
    )


def _first_of_a_series(verb: Token) -> Token | None:
    """The first verb of a series that shares one subject, when the parser made it a clause of a
    later one: "The Committee welcomes X's decision, urges the authorities to ..., and calls on
    ..." ("welcomes" read as the ccomp of "urges", which is left with no subject); None else."""
    if verb.tag_ not in FINITE_TAGS or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.i < verb.i
            and c.tag_ in FINITE_TAGS
            and c.tag_ == verb.tag_  # one series: "welcomes ..., urges" (not a quotation's "is ...," urges)
            and any(g.dep_ in ("nsubj", "csubj") for g in c.children)  # csubj: "The Committee to Protect ..."
            and not any(t.is_quote for t in verb.doc[c.i : verb.i])
        ),
        None,
    )


def _subject_earlier_in_series(verb: Token) -> Token | None:
    """The subject of the verb before a comma that opens a series the parser broke off into a
    sentence of its own: "... the voice of Cuban people as they clamor for change, demand an end to
    political violence, and implore the regime to ..." ("demand" read as the root, with no subject;
    "they clamor" the verb before it in the same tense)."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_TAGS or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    for i in range(verb.i - 2, verb.sent.start - 1, -1):
        token = doc[i]
        if token.pos_ in ("VERB", "AUX") and token.tag_ in FINITE_TAGS:
            subject = child_with_dep(token, "nsubj")
            return subject if token.tag_ == verb.tag_ and token.dep_ != "ROOT" and subject is not None else None
    return None


def _finite_governor(verb: Token) -> Token | None:
    """The finite verb a finite verb really coordinates with when the parser hung it on a
    to-infinitive: "X welcomes Egypt's decision to release a photographer and calls on ..." (a
    finite "calls" does not coordinate with "release"); None when it is not so hung."""
    if verb.tag_ not in FINITE_TAGS or verb.head.tag_ != "VB" or not has_to(verb.head):
        return None
    return next((a for a in verb.head.ancestors if a.tag_ in FINITE_TAGS), None)


def _joins_the_outer_clause(verb: Token) -> bool:
    """Is this coordinated verb hung on a that-clause's verb of another tense or number, when it has
    the form of the verb governing that clause (the parser's attachment, not the sentence's)? "X
    welcomed a ruling that sections restrict Y, and called on ..." (tense); "The Observatory
    deplores that the two remain prosecuted, and calls upon ..." (number: the two would "call")."""
    clause = verb.head
    governor = clause.head
    if clause.dep_ != "ccomp" or governor == clause:
        return False
    if not (verb.tag_ in FINITE_TAGS and verb.tag_ == governor.tag_):
        return False
    clause_tag = _finite_tag(clause)
    if clause_tag == "":
        # a clause with no tense of its own, a subjunctive or a modal's ("insists that all prisoners
        # be released without delay and calls on ..."): a verb in a tense cannot join it
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return clause_tag != verb.tag_


def _finite_tag(verb: Token) -> str:
    """The tag of the verb's finite form: its own, or its first auxiliary's ("have been held": VBP)."""
    if verb.tag_ in FINITE_TAGS:
        return verb.tag_
    return next((c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS), "")


def _thing_says_nothing(verb: Token) -> bool:
    """Is this coordinated verb hung on a that-clause whose subject is a thing, under a verb whose
    subject is a party? "Türk highlighted that the sentence raised questions and called for his
    release": the one who highlighted calls, not the sentence."""
    clause = verb.head
    governor = clause.head
    if clause.dep_ != "ccomp" or governor == clause:
        return False
    inner, outer = child_with_dep(clause, "nsubj"), child_with_dep(governor, "nsubj")
    return (
        inner is not None
        and outer is not None
        and inner.pos_ != "PRON"
        and not is_party(inner)
        and (outer.pos_ == "PRON" or is_party(outer))
    )


def _gerund_of_reason(prep: Token, verb: Token) -> Token | None:
    """Who did what a verb's "for" gives as its reason: its object, or in the passive its subject
    ("The court jailed him for calling for a protest", "He was sentenced to 25 days for calling for
    a protest"); None for other prepositions and for a verb with neither."""
    if prep.lower_ != "for":
        return None
    return child_with_dep(verb, "dobj") or nearest_subject(verb, "nsubjpass")


def _joined_subject(verb: Token) -> Token | None:
    """ "X was joined by Y in calling for ...": X calls, with Y; None for any other verb."""
    return child_with_dep(verb, "nsubjpass") if verb.lemma_ == "join" else None


def _subject_in_fronted_phrase(verb: Token) -> Token | None:
    """The subject the parser hung on a long opening phrase as an apposition of its last noun:
    "In a statement issued in Geneva, [the experts], including X, urged ..." (the verb has no
    subject), also when the verb itself is read as a clause on the phrase's noun ("In a statement
    released in Geneva, [the Special Rapporteur] ... also called for ...")."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    phrases = [c for c in verb.lefts if c.dep_ == "prep"]
    root = verb.sent.root
    if not phrases and verb.dep_ == "acl" and root.pos_ == "ADP" and root.i < verb.i:
        phrases = [root]
    for phrase in phrases:
        for token in phrase.subtree:
            if token.i >= verb.i:
                break
            if (
                token.dep_ == "appos"
                and token.pos_ in ("NOUN", "PROPN")
                and token.head.dep_ == "pobj"
                and token.left_edge.i > 0
                and token.doc[token.left_edge.i - 1].text == ","
            ):
                return token
    return None


def agent_of(verb: Token) -> Token | None:
    """ "were urged by the experts" -> experts."""
    agent = child_with_dep(verb, "agent")
    return child_with_dep(agent, "pobj") if agent is not None else None


def _finite_or_active(verb: Token) -> bool:
    """A finite verb, or a participle with an object, which only the active voice has: "...
    repressions on the eve of the demonstrations, called upon the authorities to ..." (the tagger's
    VBN for a past tense; a passive participle has none: "the people called upon to serve")."""
    if verb.tag_ in FINITE_TAGS:
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "upon") and child_with_dep(c, "pobj") is not None)
        for c in verb.children
    )


def after_dateline(noun: Token, before: Token | None = None) -> Token:
    """The noun, or its apposition after a dash or colon when the noun is a dateline the parser
    read as the phrase's head ("GENEVA (14 June) – [UN experts] ..."); with ``before``, only an
    apposition before that token (not "Belarus must end X: UN experts", speakers after a headline)."""
    # (not a time phrase opening the story: "GENEVA (11 April) – More than a month after X, UN experts ...")
    apposition = next(
        (
            c
            for c in noun.children
            if c.dep_ == "appos"
            and (before is None or c.i < before.i)
            and _after_separator(c)
            and c.ent_type_ not in ("DATE", "TIME")
        ),
        None,
    )
    if apposition is not None and apposition.tag_ == "VBG":
        return _named_after_opening_participle(apposition) or noun
    if apposition is not None:
        return apposition
    # "New York, March 17 – The Committee welcomes X, urges Y ...": the clause after the dash hung
    # on the dateline's place, which the parser made the next verb's subject; its subject speaks
    clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and _after_separator(c)), None)
    if clause is not None and clause.tag_ == "VBG" and child_with_dep(clause, "nsubj") is None:
        return _named_after_opening_participle(clause) or noun
    speaker = child_with_dep(clause, "nsubj") if clause is not None else None
    if speaker is not None and speaker.i > noun.i and (before is None or speaker.i < before.i):
        return speaker
    return _named_after_dateline(noun, before) or noun


def _named_after_opening_participle(participle: Token) -> Token | None:
    """The speakers after the comma of an opening participle clause the parser hung on the dateline:
    "GENEVA (31 October) - Speaking ahead of X, UN human rights experts* strongly urge ..." (the
    last noun phrase set off by a comma inside the clause's phrase), or None."""
    speakers = [
        t
        for t in participle.subtree
        if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN") and t.doc[t.left_edge.i - 1].text == ","
    ]
    return speakers[-1] if speakers else None


def _named_after_dateline(noun: Token, before: Token | None) -> Token | None:
    """The name that opens the story after a dateline's dash when the parser hung it anywhere in
    the dateline: "DUSHANBE, May 4, 2016, Asia-Plus – [Human Rights Watch] (HRW) and ... released"
    (the name a conjunct of the date). Only for a capitalised noun whose phrase opens its sentence."""
    doc = noun.doc
    if noun.left_edge.i != noun.sent.start or not noun.text[:1].isupper():
        return None
    end = before.i if before is not None else noun.right_edge.i + 1
    separator = next((t for t in doc[noun.i + 1 : end] if is_separator(t) and t.text != ":"), None)
    if separator is None:
        return None
    first = separator.i + 1
    # the head of the phrase after the dash: the first token whose head lies outside that phrase
    head = next((t for t in doc[first:end] if not first <= t.head.i < end), None)
    if head is None or head.ent_type_ not in ("ORG", "PERSON", "NORP") or not noun.is_ancestor(head):
        return None
    return head


def name_before_verb_after_dateline(place: Token) -> Span | None:
    """The name between a dateline the parser read as its verb's subject and that verb, when the
    parser hung the words after the dash elsewhere (on the date): "VIENNA, 23 July 2015 – OSCE
    Representative on Freedom of the Media Dunja Mijatović today wrote ..." (the last person's name
    before the verb, else the first organisation's); None without a dash or a name."""
    doc, verb = place.doc, place.head
    separator = next((t.i for t in doc[place.i + 1 : verb.i] if is_separator(t)), None)
    if separator is None:
        return None
    names = [e for e in doc.ents if separator < e.start and e.end <= verb.i]
    person = next((e for e in reversed(names) if e.label_ == "PERSON"), None)
    return person or next((e for e in names if e.label_ == "ORG"), None)


def s_form_stem(word: str, lemmas: Collection[str]) -> str:
    """The lemma of the list that a third-person or plural "-s" form is made from ("calls" ->
    "call", "pushes" -> "push", "renews" -> "renew"), or ""."""
    if not word.endswith("s"):
        return ""
    return next((stem for stem in (word[:-1], word[:-2]) if stem in lemmas), "")


def _after_separator(token: Token) -> bool:
    """Is a colon or spaced dash between this apposition and its head?"""
    start = token.left_edge.i
    # the dash hung on the apposition itself: "GENEVA (10 May) - [- UN experts]"; and the dateline's
    # date with it: "WARSAW/VIENNA, [24 April 2022 - OSCE Chairman-in-Office] and ..."
    while start < token.i and (token.doc[start].is_punct or token.doc[start].ent_type_ == "DATE"):
        start += 1
    between = token.doc[token.head.i + 1 : start]
    return any(is_separator(t) for t in between)


def hung_on_dateline(clause: Token) -> bool:
    """Is the clause hung, across the dash, on the place of a dateline that opens its sentence ("New
    York, June 23, 2021 — [X should release Y], CPJ said today")? Then it is the sentence's main
    clause (or the one its reporting verb reports), whatever the parser attached it to."""
    place = clause.head
    return (
        clause.dep_ in ("acl", "relcl", "appos", "parataxis")
        and place.i < clause.i
        and place.left_edge.i == place.sent.start
        and place.ent_type_ in ("GPE", "LOC")
        and _after_separator(clause)
    )


def across_colon(clause: Token) -> bool:
    """Is the clause hung on a word before a headline colon ("UN experts: X must ...")? Then it is
    the headline's main clause, whatever the parser attached it to."""
    low, high = sorted((clause.i, clause.head.i))
    return any(t.text == ":" for t in clause.doc[low:high])


def child_with_dep(token: Token, dep: str) -> Token | None:
    """The token's first child with the dependency `dep`; a punctuation mark only for "punct" (the
    parser may make a closing guillemet a subject: "..., » said X")."""
    return next((c for c in token.children if c.dep_ == dep and (dep == "punct" or not c.is_punct)), None)


def nearest_subject(verb: Token, dep: str = "nsubj") -> Token | None:
    """The verb's subject (``dep``) nearest before it, past a dateline the parser read as a subject:
    a second subject ("GENEVA, Switzerland – Venezuelan authorities must ...") or one whose
    apposition is the real subject ("(Strasbourg) – The Committee should ...")."""
    subjects = [c for c in verb.children if c.dep_ == dep]
    if not subjects:
        return None
    # (a date the parser made a second subject is when, not who: "Restrictions imposed ... since at
    # least January 2019 should be lifted")
    subjects = [c for c in subjects if c.ent_type_ != "DATE"] or subjects
    subject = ([c for c in subjects if c.i < verb.i] or subjects)[-1]
    # (not "Belarus must end X: UN experts", the speakers after a headline colon)
    return after_dateline(subject, before=verb)


def according_to(prep: Token) -> Token | None:
    """The object of "according to X" when `prep` is that phrase's "according", else None."""
    if prep.dep_ != "prep" or prep.lower_ != "according":
        return None
    to = next((c for c in prep.children if c.lower_ == "to"), None)
    return prep_object(to) if to is not None else None


def prep_object(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def gets_rid(verb: Token) -> bool:
    """ "get rid of", which the parser reads as a passive ("get" its auxiliary), says an action of its
    subject: "Vietnam ought to get rid of these laws" is demanded of Vietnam."""
    return verb.lower_ == "rid" and any(c.dep_ == "auxpass" and c.lemma_ == "get" for c in verb.children)


def to_marker(verb: Token) -> Token | None:
    """The "to" of a to-infinitive ("to | release"), else None."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)


def has_to(verb: Token) -> bool:
    return to_marker(verb) is not None


def infinitive_child(token: Token) -> Token | None:
    return next((c for c in token.children if c.i > token.i and c.pos_ in ("VERB", "AUX") and has_to(c)), None)


def is_clause(token: Token, past_demands: bool = False) -> bool:
    """A clause that can say what is demanded: a verb's (also one the tagger read as a noun), not a
    copula's, not an indirect question ("asked whether the Government would investigate"), and not
    in the past tense: "insisted that the police report contained errors" states a fact (a demand
    takes the base form or "should": "insisted that the report be withdrawn"; a past form that is
    also the base form, "recommends that Belarus set up", may be either), nor with "do"
    ("insist that they do not understand"; a demand says "that they not ..."). With
    ``past_demands``, after "It is (high) time", a past form is the demand: "It's high time the boy
    was sent back"."""
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in token.children):
        return False
    if token.left_edge.tag_ in ("WRB", "WP", "WDT") and token.left_edge.lower_ != "that":
        return False  # "Asked how the company hopes to expand, X said": an indirect question
    if token.tag_ == "VBD" and token.lower_ != token.lemma_.lower() and not past_demands:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _PREDICTING_MODALS for c in token.children):
        return False  # "insisting the boy would be turned over": what will be, not what is to be done
    if any(c.dep_ == "aux" and c.lemma_ == "do" for c in token.children):
        return False  # "insist the majority of Americans don't understand X": do-support is a statement
    if token.tag_ in ("VBG", "VBN") and any(
        c.dep_ == "aux" and c.lemma_ in ("be", "have") and c.tag_ in FINITE_TAGS for c in token.children
    ):
        return False  # "insist the U.S. isn't trying to ...", "said it has released": a tense, not a demand
    if (
        token.tag_ == "VBN"
        and not past_demands
        and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in token.children)
    ):
        return False  # "insists that the detainees were denied their rights": a past passive states a fact
    if token.pos_ == "NOUN" and token.dep_ == "ccomp":
        # "recommends that the State party release all prisoners": the tagger reads the verb as a
        # noun ("release", "repeal") but the parser still built the clause around it
        dependents = {c.dep_ for c in token.children}
        return opens_with_that(token) and "nsubj" in dependents
    return token.pos_ in ("VERB", "AUX") and token.lemma_ != "be"


def opens_with_that(clause: Token) -> bool:
    """Does the clause have "that" as its mark ("recommends that the State party ...")?"""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def is_named(token: Token) -> bool:
    """A name, a pronoun or a named person, body, place or group ("Belarus", "them", "the UN")."""
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("ORG", "GPE", "PERSON", "NORP")


def is_party_like(token: Token, lexicon: Lexicon) -> bool:
    """A name, a named entity or a noun of the lexicon's parties, roles and collective bodies.
    Stricter than `is_party`, which takes any plural noun ("efforts", "meetings") for an
    addressee when it already sits in the addressee's slot."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "PROPN"
        or token.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
        or lemma in lexicon.party_nouns
        or lemma in lexicon.person_roles
        or lemma in lexicon.collective_parties
    )


def is_party(token: Token) -> bool:
    """Is this object someone addressed (the authorities, Belarus) rather than a demanded thing?"""
    if is_named(token):
        return True
    # (a prepositional phrase makes a thing, "efforts to ...", "meetings with ..."; one that gives
    # examples does not: "The protestors, including women and children, ...")
    return not any(c.dep_ == "prep" and c.lower_ not in _EXAMPLES for c in token.children) and token.tag_ in (
        "NNS",
        "NNPS",
    )


# Prepositions that give examples of the noun they follow.
_EXAMPLES = frozenset({"including", "like"})


def _where_a_person_speaks(person: Token, child: Token) -> bool:
    """Is the child the place set off after a person's name, where the person spoke, not who they
    are ("said CPJ Executive Director Robert Mahoney, in New York")?"""
    if child.lower_ != "in" or child.dep_ != "prep" or child.i < person.i or person.ent_type_ != "PERSON":
        return False
    place = child_with_dep(child, "pobj")
    return place is not None and place.ent_type_ in ("GPE", "LOC") and person.doc[child.i - 1].text == ","


def phrase_bounds(token: Token, keep: tuple[str, ...] | None = None, without: Token | None = None) -> tuple[int, int]:
    """Token range of the phrase headed by `token` on its line, without relative clauses, the
    dependent holding `without` (the trigger, when the parser hung it on its subject), and
    prepositions on the left ("On 12 May, the experts"); with `keep`, only those dependents."""
    doc = token.doc
    dropped: set[int] = set()
    for child in token.children:
        if (
            child.dep_ in ("relcl", "mark")
            or (child.dep_ == "prep" and child.i < token.i)
            or (without is not None and _holds(child, without) and child.dep_ != "conj")
            or (keep is not None and child.dep_ not in (*keep, "punct"))
            or is_time_modifier(child)
            or _where_a_person_speaks(token, child)
        ):
            dropped.update(t.i for t in child.subtree)
        elif without is not None and _holds(child, without):
            # a coordinated noun carrying the trigger stays, without the trigger's branch: "50
            # members and [other groups] calling on ..."
            dropped.update(t.i for c in child.children if _holds(c, without) for t in c.subtree)
    indices = {t.i for t in token.subtree if t.i not in dropped}
    start, end = token.i, token.i + 1
    while start - 1 in indices:  # the unbroken run around the head: a stray attachment across
        start -= 1  # the line ("Belarus must ...: UN experts" with experts as Belarus' apposition)
    while end in indices:  # does not pull the verb in between into the phrase
        end += 1
    for i in range(token.i, end):  # never across a line break
        if "\n" in doc[i].text_with_ws and i + 1 < end:
            end = i + 1
            break
    for i in range(token.i, start, -1):
        if "\n" in doc[i - 1].text_with_ws:
            start = i
            break
    while end - 1 > token.i and doc[end - 1].dep_ == "npadvmod" and doc[end - 1].ent_type_ in ("DATE", "TIME"):
        end -= 1  # "The official dedicated to human rights in Myanmar [today] called on ...": when, not who
    for i in range(token.i + 1, end):  # nor across a headline's colon or dash ("Belarus must ...: UN experts")
        if is_separator(doc[i]):
            end = i
            break
    for i in range(token.i - 1, start - 1, -1):
        if is_separator(doc[i]):
            start = i + 1
            break
    if start < token.i and _bare_dateline(doc[start]):
        start += 1  # "GENEVA United Nations human rights investigators called ...": the city, not the name
    return trim_edges(doc, start, end) or (token.i, token.i + 1)


def _bare_dateline(token: Token) -> bool:
    """A dateline's city in capitals opening a paragraph with no mark after it ("GENEVA United
    Nations investigators ..."): a place written in capitals of five letters or more, before a word
    in ordinary case (not an acronym such as "UK" or "DPRK", which names)."""
    doc = token.doc
    at_line_start = token.i == 0 or "\n" in doc[token.i - 1].text_with_ws
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        at_line_start
        and token.ent_type_ in ("GPE", "LOC")
        and token.is_alpha
        and token.is_upper
        and len(token.text) >= 5
        and following is not None
        and following.is_alpha
        and not following.is_upper
    )


def is_set_off_participle(child: Token) -> bool:
    """A participle phrase set off by a comma after its noun: "the government[, led by the Prime
    Minister,]" describes the party, it does not name it."""
    return (
        child.dep_ == "acl"
        and child.tag_ in ("VBN", "VBG")
        and child.i > child.head.i
        and child.doc[child.left_edge.i - 1].text == ","
    )


def is_set_off_apposition(child: Token) -> bool:
    """An apposition set off by a comma after its noun: "Israel[, the NSO Group's home,]" says what
    the party is, it does not name it."""
    comma = child.left_edge.i - 1
    return child.dep_ == "appos" and comma > child.head.i and child.doc[comma].text == ","


def _holds(token: Token, other: Token) -> bool:
    """Is ``other`` in the subtree of ``token``?"""
    return token.left_edge.i <= other.i <= token.right_edge.i


def is_time_modifier(child: Token) -> bool:
    """A date the parser hung on a party ("A group of UN experts [on Tuesday] called on ...",
    "UN experts [today] called for ..."): when the party acted, not who it is."""
    if child.dep_ == "npadvmod":
        return child.ent_type_ in ("DATE", "TIME")
    if child.dep_ == "prep" and child.lower_ in _TIME_PREPOSITIONS and child.i > child.head.i:
        obj = prep_object(child)
        return obj is not None and obj.ent_type_ in ("DATE", "TIME")
    return False


def trim_edges(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None
