"""Transfer bundles between centres."""
