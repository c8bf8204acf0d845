"""The user's own layer: pins, notes, tags and saved views, in a database of their own (no Qt)."""
