"""Pure-Python rules: no Qt, no SQLAlchemy, nothing else from posassist."""
