"""an audit log an insider cannot rewrite unseen: each entry signed (Ed25519) by a counter's key
the database does not hold, the public keys (added by an audited admin action, append-only), an
index to find the audit entries of one record (staff seals), and the long-term count of wrong
PINs since the last good sign-in (an unlock does not reset it)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 05:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "audit_keys",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_keys")),
        sa.UniqueConstraint("key_id", name=op.f("uq_audit_keys_key_id")),
    )
    with op.batch_alter_table("audit_log") as b:
        b.add_column(sa.Column("key_id", sa.String(32), nullable=True))
        b.add_column(sa.Column("sig", sa.String(100), nullable=True))
        b.create_index(b.f("ix_audit_log_entity_entity_id"), ["entity", "entity_id"], unique=False)
    with op.batch_alter_table("staff") as b:
        b.add_column(sa.Column("failed_since_sign_in", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("pin_set_by_id", BigId, nullable=True))
    _seal_existing_staff()
    if op.get_bind().dialect.name == "sqlite":
        # batch mode re-creates audit_log: its append-only triggers go with the old table
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_log_no_{verb.lower()}")
            op.execute(
                f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                f"BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
            )
            op.execute(
                f"CREATE TRIGGER audit_keys_no_{verb.lower()} BEFORE {verb} ON audit_keys "
                f"BEGIN SELECT RAISE(ABORT, 'the audit keys are append-only'); END"
            )
    else:
        op.execute(
            "CREATE TRIGGER audit_keys_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_keys "
            "FOR EACH STATEMENT EXECUTE FUNCTION posassist_audit_append_only()"
        )


def _seal_existing_staff() -> None:
    """The accounts and role limits that exist now were made by posassist: each gets its seal in
    the audit chain (services/staff_seal), so that from here on a row inserted or edited with SQL
    cannot sign in, nor spend limits raised with SQL."""
    from posassist.db.tables.base import JsonDoc, UTCDateTime, utcnow
    from posassist.services.audit import GENESIS, canonical, chain_hash
    from posassist.services.staff_seal import LIMIT_FIELDS, LIMITS_SEALED, SEALED, digest, limits_digest

    bind = op.get_bind()
    staff = sa.table(
        "staff",
        sa.column("id", sa.Integer),
        sa.column("code", sa.String),
        sa.column("role", sa.String),
        sa.column("pin_hash", sa.String),
        sa.column("active", sa.Boolean),
        sa.column("badge_code", sa.String),
        sa.column("home_store_id", sa.Integer),
    )
    log = sa.table(
        "audit_log",
        sa.column("seq", sa.Integer),
        sa.column("at", UTCDateTime()),
        sa.column("actor_id", sa.Integer),
        sa.column("action", sa.String),
        sa.column("entity", sa.String),
        sa.column("entity_id", sa.String),
        sa.column("payload", JsonDoc),
        sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    limits = sa.table(
        "role_limits",
        sa.column("role", sa.String),
        *(sa.column(f) for f in LIMIT_FIELDS),
    )
    seals = [
        (SEALED, "staff", str(r.id), {"digest": digest(r), "code": r.code, "role": r.role})
        for r in bind.execute(sa.select(staff).order_by(staff.c.id)).all()
    ]
    if seals:  # an installation in use: its limits as they are (a new one seals at its first account)
        seals += [
            (LIMITS_SEALED, "role_limits", r.role, {"digest": limits_digest(r)})
            for r in bind.execute(sa.select(limits).order_by(limits.c.role)).all()
        ]
    if not seals:
        return
    last = bind.execute(sa.select(log.c.seq, log.c.hash).order_by(log.c.seq.desc()).limit(1)).first()
    seq, prev = (int(last[0]), str(last[1])) if last else (0, GENESIS)
    for action, entity, entity_id, payload in seals:
        seq += 1
        at = utcnow()
        payload = {**payload, "where": "db upgrade 0011"}
        h = chain_hash(prev, canonical(seq, at, None, action, entity, entity_id, payload))
        bind.execute(
            log.insert().values(
                seq=seq,
                at=at,
                actor_id=None,
                action=action,
                entity=entity,
                entity_id=entity_id,
                payload=payload,
                prev_hash=prev,
                hash=h,
            )
        )
        prev = h


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_keys_no_{verb}")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_keys_append_only ON audit_keys")
    with op.batch_alter_table("staff") as b:
        b.drop_column("pin_set_by_id")
        b.drop_column("failed_since_sign_in")
    with op.batch_alter_table("audit_log") as b:
        b.drop_index(b.f("ix_audit_log_entity_entity_id"))
        b.drop_column("sig")
        b.drop_column("key_id")
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_log_no_{verb.lower()}")
            op.execute(
                f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                f"BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
            )
    op.drop_table("audit_keys")
