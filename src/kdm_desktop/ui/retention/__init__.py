"""The 'Saklama ve imha' page (admin) and the start screen's retention card."""
