"""What of a case may leave the building.

A confidential address (shelter, hiding place, an Art. 8/6 order) is never
printed, exported or shared: every letter, PDF and export starts from
`shareable_draft`, so forgetting to strip it is not possible one feature at a time.
"""

from __future__ import annotations

import dataclasses

from kdm_desktop.domain.cases.draft import ADDRESS_FIELDS, CaseDraft


def shareable_draft(draft: CaseDraft) -> CaseDraft:
    """The draft with the address removed when it is confidential.

    The district goes too: for a woman in a small district's shelter it alone can
    be enough to find her.
    """
    if not draft.address_confidential:
        return draft
    return dataclasses.replace(draft, address="", neighbourhood="", district="")


def withheld_fields(draft: CaseDraft) -> tuple[str, ...]:
    return ADDRESS_FIELDS if draft.address_confidential else ()
