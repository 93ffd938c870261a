"""The shift lead's review of what a counter did while the server was away (issue #21)."""
