"""Persistence: tables, engine set-up, migrations, engine-specific queries."""
