"""Referral letters in the case view: the 'letter' action and the 'referrals' tab."""
