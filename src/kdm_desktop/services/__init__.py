"""Use cases shared by the `kdm` command and the window. Permissions are checked here."""
