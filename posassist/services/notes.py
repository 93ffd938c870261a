"""Interactions on every channel: quick notes, edits that keep history, and the two service
measures, response time (opened -> first answer -> resolved) and CSAT (1-5)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import CHANNELS, Customer, Draft, Interaction, InteractionRevision
from posassist.domain.permissions import Action
from posassist.domain.typed import no_card_number, tidy
from posassist.errors import InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import sessions
from posassist.services.dto import StaffSession

TOPICS = (
    "question_before_purchase",
    "product_problem",
    "troubleshooting",
    "complaint",
    "compliment",
    "order_status",
    "return_exchange",
    "other",
)
OUTCOMES = ("resolved", "open", "escalated", "follow_up")
# first-visit resolution: what the associate records when the interaction ends
RESOLUTIONS = ("solved", "follow_up", "not_helped")
OUTCOME_OF = {"solved": "resolved", "follow_up": "follow_up", "not_helped": "open"}
MAX_NOTE = 10_000
RECENT_SOLVED_DAYS = 30  # a matter solved this recently is offered too: the customer may be back about it


@dataclass(frozen=True)
class NoteView:
    id: int
    customer_id: int | None
    channel: str
    topic: str
    outcome: str | None
    body: str
    opened_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None
    csat: int | None
    revisions: int
    resolution: str | None = None
    matter_id: int | None = None  # the matter's first contact, when this is a later one


@dataclass(frozen=True)
class MatterView:
    """Something a customer came about: its first contact, and how it stands now."""

    id: int  # the first contact's interaction id
    topic: str
    summary: str
    opened_at: datetime
    last_at: datetime
    contacts: int
    resolution: str | None  # the latest contact's recorded outcome
    staff: str | None

    @property
    def open(self) -> bool:
        return self.resolution != "solved"


def _check_text(body: str, label: str = "note", name: str = "note") -> str:
    body = tidy(body, multiline=True)
    if not body:
        raise InvalidInput(tr("Write what happened, in a sentence or two."), field="note")
    if len(body) > MAX_NOTE:
        raise InvalidInput(
            tr("The note is {body:,} characters; keep it under {MAX_NOTE:,}.", body=len(body), MAX_NOTE=MAX_NOTE),
            field="note",
        )
    return no_card_number(body, label, name=name)


def _check(channel: str, topic: str, outcome: str | None) -> None:
    if channel not in CHANNELS:
        raise InvalidInput(tr("Channel must be one of {CHANNELS}.", CHANNELS=", ".join(CHANNELS)), field="channel")
    if topic not in TOPICS:
        raise InvalidInput(tr("Topic must be one of {TOPICS}.", TOPICS=", ".join(TOPICS)), field="topic")
    if outcome is not None and outcome not in OUTCOMES:
        raise InvalidInput(tr("Outcome must be one of {OUTCOMES}.", OUTCOMES=", ".join(OUTCOMES)), field="outcome")


def _view(i: Interaction, revisions: int = 0) -> NoteView:
    return NoteView(
        i.id,
        i.customer_id,
        i.channel,
        i.topic,
        i.outcome,
        i.body,
        i.opened_at,
        i.first_response_at,
        i.resolved_at,
        i.csat,
        revisions,
        i.resolution,
        i.matter_id,
    )


def _matter_root(s: Any, matter_id: int | None, customer_id: int | None) -> int | None:
    """The first contact of the matter ``matter_id`` belongs to (a later contact names its own
    first contact), checked to be this customer's."""
    if matter_id is None:
        return None
    m = s.get(Interaction, matter_id)
    if m is None or customer_id is None or m.customer_id != customer_id:
        raise InvalidInput(tr("That earlier matter is not this customer's; choose it again."), field="matter")
    return int(m.matter_id or m.id)


@retrying
def add(
    db: Database,
    *,
    customer_id: int | None,
    staff: StaffSession,
    store_id: int | None,
    channel: str,
    topic: str,
    body: str,
    outcome: str | None = "resolved",
    opened_at: datetime | None = None,
    first_response_at: datetime | None = None,
    resolved_at: datetime | None = None,
    matter_id: int | None = None,
) -> NoteView:
    """A note for a counter conversation is opened and answered now; one for an email that came in
    earlier carries its own opened time, so the response time is real."""
    body = _check_text(body)
    _check(channel, topic, outcome)
    now = utcnow()
    opened = opened_at or now
    if opened > now:
        raise InvalidInput(tr("The contact cannot have started in the future."), field="opened_at")
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.NOTE_WRITE)
        if customer_id is not None and s.get(Customer, customer_id) is None:
            raise NotFound(tr("That customer is not on file any more."))
        i = Interaction(
            customer_id=customer_id,
            staff_id=who.staff_id,
            store_id=store_id,
            channel=channel,
            topic=topic,
            outcome=outcome,
            body=body,
            opened_at=opened,
            first_response_at=first_response_at or now,
            resolved_at=resolved_at or (now if outcome == "resolved" else None),
            created_at=now,
            counter=who.counter or None,
            matter_id=_matter_root(s, matter_id, customer_id),
        )
        s.add(i)
        s.flush()
        return _view(i)


@retrying
def edit(
    db: Database, note_id: int, *, staff: StaffSession, body: str, topic: str | None = None, outcome: str | None = None
) -> NoteView:
    """Edits keep the earlier text: who changed it and when."""
    body = _check_text(body)
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.NOTE_WRITE)
        i = s.get(Interaction, note_id)
        if i is None:
            raise NotFound(tr("That note is not on file any more."))
        _check(i.channel, topic or i.topic, outcome or i.outcome)
        s.add(
            InteractionRevision(
                interaction_id=i.id, body=i.body, topic=i.topic, outcome=i.outcome, edited_by=who.staff_id
            )
        )
        i.body, i.topic = body, topic or i.topic
        if outcome:
            i.outcome = outcome
            if outcome == "resolved" and i.resolved_at is None:
                i.resolved_at = utcnow()
        n = len(s.execute(select(InteractionRevision.id).where(InteractionRevision.interaction_id == i.id)).all())
        return _view(i, n)


def history(db: Database, note_id: int) -> list[tuple[datetime, str | None, str]]:
    """(edited at, by whom, the text before the edit), oldest first."""
    from posassist.db.tables.people import Staff

    with db.read() as s:
        rows = s.execute(
            select(InteractionRevision.edited_at, Staff.name, InteractionRevision.body)
            .outerjoin(Staff, Staff.id == InteractionRevision.edited_by)
            .where(InteractionRevision.interaction_id == note_id)
            .order_by(InteractionRevision.edited_at, InteractionRevision.id)
        ).all()
        return [(at, name, body) for at, name, body in rows]


@retrying
def finish(
    db: Database,
    note_id: int,
    *,
    staff: StaffSession,
    csat: int | None,
    comment: str | None = None,
    resolution: str | None = "solved",
    matter_id: int | None = None,
) -> NoteView:
    """The end of an interaction: the outcome the associate records (solved now, needs a
    follow-up, could not help), the customer's rating if they gave one, and, for a later contact
    about something they came about before, that earlier matter."""
    if csat is not None and (not isinstance(csat, int) or not 1 <= csat <= 5):
        raise InvalidInput(tr("The rating is 1 to 5 stars (or none)."), field="csat")
    if resolution is not None and resolution not in RESOLUTIONS:
        raise InvalidInput(tr("The outcome is solved now, needs a follow-up or could not help."), field="resolution")
    if comment:
        comment = _check_text(comment, "rating comment", "comment")
    with db.transaction() as s:
        sessions.verify(s, staff, Action.NOTE_WRITE)
        i = s.get(Interaction, note_id)
        if i is None:
            raise NotFound(tr("That note is not on file any more."))
        if matter_id is not None and matter_id != i.id:
            root = _matter_root(s, matter_id, i.customer_id)
            i.matter_id = root if root != i.id else None
        now = utcnow()
        i.first_response_at = i.first_response_at or now
        if resolution is not None:
            i.resolution, i.outcome = resolution, OUTCOME_OF[resolution]
        else:
            i.outcome = "resolved"
        if i.outcome == "resolved":
            i.resolved_at = i.resolved_at or now
        i.csat, i.csat_comment = csat, comment or None
        return _view(i)


def matters(db: Database, customer_id: int, now: datetime | None = None) -> list[MatterView]:
    """What the customer came about and is not settled (needs a follow-up, could not help, or
    no outcome recorded), then what was solved in the last 30 days, newest first: a new
    interaction chooses one of these when it is about the same thing."""
    from posassist.db.tables.people import Staff

    now = now or utcnow()
    with db.read() as s:
        rows = s.execute(
            select(Interaction, Staff.name)
            .outerjoin(Staff, Staff.id == Interaction.staff_id)
            .where(Interaction.customer_id == customer_id)
            .order_by(Interaction.opened_at, Interaction.id)
        ).all()
    roots: dict[int, tuple[Interaction, Any]] = {}
    latest: dict[int, Interaction] = {}
    counts: dict[int, int] = {}
    for i, name in rows:
        key = i.matter_id or i.id
        if i.matter_id is None:
            roots[i.id] = (i, name)
        counts[key] = counts.get(key, 0) + 1
        latest[key] = i
    out = []
    for key, (root, name) in roots.items():
        last = latest[key]
        resolution = last.resolution
        if resolution is None and counts[key] == 1:
            continue  # a plain note with no outcome recorded: not a matter anyone came back about
        if resolution == "solved" and last.opened_at < now - timedelta(days=RECENT_SOLVED_DAYS):
            continue
        summary = root.body.splitlines()[0][:80] if root.body else ""
        out.append(
            MatterView(root.id, root.topic, summary, root.opened_at, last.opened_at, counts[key], resolution, name)
        )
    out.sort(key=lambda m: (not m.open, -m.last_at.timestamp()))
    return out


# -- drafts: a note being typed survives closing the window -------------------------------------


@retrying
def save_draft(db: Database, staff: StaffSession, customer_id: int, text: str) -> None:
    no_card_number(text, "note", name="note")  # a draft is stored too
    with db.transaction() as s:
        staff_id = sessions.verify(s, staff, Action.NOTE_WRITE).staff_id
        key = f"{staff_id}:{customer_id}"
        row = s.execute(select(Draft).where(Draft.kind == "note", Draft.key == key)).scalar_one_or_none()
        if not text.strip():
            if row is not None:
                s.delete(row)
            return
        if row is None:
            s.add(Draft(kind="note", key=key, staff_id=staff_id, payload={"text": text}))
        else:
            row.payload = {"text": text}


def load_draft(db: Database, staff: StaffSession, customer_id: int) -> str:
    """The signed-in person's own half-typed note for this customer (nobody else's)."""
    with db.read() as s:
        staff_id = sessions.actor(s, staff).staff_id
        row = s.execute(
            select(Draft.payload).where(Draft.kind == "note", Draft.key == f"{staff_id}:{customer_id}")
        ).scalar_one_or_none()
        return str(row.get("text", "")) if row else ""


class Notes:
    """Interactions on every channel, with the two service measures (response time and CSAT)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, session: StaffSession, **kw: Any) -> NoteView:
        return add(self._db, staff=session, **kw)

    def edit(self, session: StaffSession, note_id: int, **kw: Any) -> NoteView:
        return edit(self._db, note_id, staff=session, **kw)

    def finish(self, session: StaffSession, note_id: int, **kw: Any) -> NoteView:
        return finish(self._db, note_id, staff=session, **kw)

    def history(self, note_id: int) -> list[tuple[datetime, str | None, str]]:
        return history(self._db, note_id)

    def matters(self, customer_id: int) -> list[MatterView]:
        return matters(self._db, customer_id)

    def save_draft(self, session: StaffSession, customer_id: int, text: str) -> None:
        save_draft(self._db, session, customer_id, text)

    def load_draft(self, session: StaffSession, customer_id: int) -> str:
        return load_draft(self._db, session, customer_id)
