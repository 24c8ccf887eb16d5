"""Qt item models over service results. They hold no connection, only rows."""
