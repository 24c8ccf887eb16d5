"""The 'Takvim' page: month, week and day views, booking dialog, today card."""
