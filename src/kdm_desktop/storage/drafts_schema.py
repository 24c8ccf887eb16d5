"""Schema step: the drafts of unsaved editors, one per user, editor kind and object.

Kept apart from `migrations.py` so the step reads as one unit; once released it
is never edited (a change is a new step).

Design notes:
- A draft is what a counsellor typed and has not saved yet. It lives here, inside
  the encrypted case file, and nowhere else (no temp file, no settings, no log).
- The key is (username, kind, object_id): each user has at most one draft per
  editor of one object. Another user's drafts are never read: every query names
  the user.
- A case's drafts are deleted with the case (a trigger), so destroying a file
  at the end of its retention leaves no draft of it behind.
- The content is the editor's own JSON (field by field, as typed), so a draft
  holds even input that does not validate yet.
"""

from __future__ import annotations

DRAFTS_SCHEMA: tuple[str, ...] = (
    """CREATE TABLE drafts (
        username TEXT NOT NULL,
        kind TEXT NOT NULL,
        object_id TEXT NOT NULL,
        content TEXT NOT NULL CHECK (json_valid(content)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (username, kind, object_id)
    ) STRICT""",
    # A draft of a case holds her data: it goes with the case (retention, erasure).
    """CREATE TRIGGER drafts_follow_case AFTER DELETE ON cases
       BEGIN DELETE FROM drafts WHERE object_id = OLD.id; END""",
)
