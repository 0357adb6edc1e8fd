"""Demands: who calls on whom to do what, read from the dependency parse and the page layout.

One row per demanded action. Rule families (each a function below, with examples):

- recommendation lists under a lead sentence (`frames._lead_frames`, layout in `layout`): UPR
  Working Group reports ("The following recommendations will be examined by X ...:" then
  "115.12 Ratify ... (Denmark) (Estonia);"), one demand per item, the States in its trailing
  parentheses as actor, the response (supported / noted / examined) from the lead;
- imperative and polite requests (`frames._imperative_frame`, `frames._polite_frame`): "Please
  provide information on ...", "Release X now!", "We would welcome a response from X";

- demand verbs (`frames._verb_frame`, relayed ones `frames._relayed`): "calls on the authorities
  to release ...", "urges States to ...", "- Requests the Secretary-General to ..." (a resolution's
  operative paragraph), "I call on you to urge X to ..." (a demand of X),
  "calls for the release of ...", "appealed to X to ...", "recommends that the Government ...",
  passives ("the authorities were urged to ..."), "called for the authorities to release ..." (a
  for-to clause), and lists introduced by "... to:" whose items (one per line, "- " after
  cleaning, or inline: "to: repeal X; release Y", "(a) ...; (b) ...") each inherit the actor and
  target;
- need statements (`frames._need_frame`): "stressed the need to protect human rights defenders";
- calls made as nouns (`frames._call_noun_frame`): "reiterated her call for the release of X";
- modal statements and headlines (`frames._modal_frame`): "Belarus must release X", "UN experts: Belarus
  must ...", "Belarus must end ...: UN experts", "The experts said the authorities should ...",
  "According to the experts, the authorities must ..."; a modal that leads a list ("The State
  party should:" and its items, `frames._modal_list_frame`).

Coordinated actions are split (`spans.split`): "stop torturing protesters and prevent enforced
disappearances" is two demands, "calls for the release of X, ensuring Y, and ending Z" three;
coordinated objects are not ("respect the right to assembly and expression" is one).
Coordinated calls of one news lede are split too (`frames.end_before_coordinated_calls`): "demanded
the release of X, called on Y to end Z and urged W to ..." is three demands; and so is a semicolon
list of actions after one call (`frames.with_semicolon_lists`): "urged X to review A; suspend B;
and release C".

Actors and targets are the phrases as written, with pronouns and roles resolved to the nearest
named party the text allows (`parties.resolve_actor`, `parties.resolve_target`): "It also urges" -> the
subject of the previous sentence; "the latter" -> the previous object; "urges them to" -> the
party the coordinated verb before it named ("Commends the efforts of X, urges them to"); a relative "that" -> its
noun; a document ("the report") -> its first mention and its author ("report by the UN High Commissioner ..."); a
headline without a named actor -> the "X:" prefix, the ": X" / "– X" suffix, or the subject of the
lede line that follows ("49 NGOs issue a joint letter ..."); a quoted "X should ..." or "We call
on ..." -> the speaker of its paragraph.

Not demands: obligations reminders ("reminds the authorities of their obligations"), hopes,
condemnations without a requested action, descriptions of what someone did ("the court ruled
that he must serve five years"), what rules require ("Under the law, NGOs must register", "the
law calls for"), negated or refused calls ("did not call for", "refused to urge"), requests with
no addressee ("asked to meet the minister") and questions.

The document's author (`author`: a resolution's opening "The General Assembly,", a title "Statement
by X", a letterhead "Mandates of ...", a signature, a first-person subject) is the actor of demands
whose sentence names none and of "we"/"I" when no quoted speaker is found.

The modules, in the order the data flows: `lexicon` (word lists), `syntax` (questions about the
parse), `layout` (list items and their attributions, from the text's lines), `frames` (which
sentences demand, and their trigger, actor and target tokens), `spans` (the demanded token
ranges, split and trimmed), `author` (who speaks in the document), `parties` (actor and target
resolved), `rows` (one `Demand` per action). Word lists live in
`pipeline/data/demand_lexicon.json`; themes in `themes.json`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.demands.links import link_parties
from pipeline.extract.demands.rows import extract_demands

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipeline.extract.registry import Context
    from pipeline.records import Demand

__all__ = ["extract", "extract_demands", "link_parties"]


def extract(doc: Doc, context: Context) -> list[Demand]:
    """The `demands` extractor of the registry: demands with their date, joined to the entities."""
    found = extract_demands(
        doc, context.doc_id, context.sent_of, context.published, context.found.get("dates", []), context.text
    )
    return link_parties(found, context.found.get("entities", []))
