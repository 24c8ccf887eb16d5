"""Case records (dosya): the woman, her application, violence, consent, services, notes."""
