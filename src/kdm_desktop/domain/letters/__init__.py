"""Official letters (resmî yazı): the letter record and the centre's letter settings."""
