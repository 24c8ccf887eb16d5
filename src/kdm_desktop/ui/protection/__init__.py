"""Risk, safety plan and protection order tabs of the case view; the reminders card."""
